"""A copy of the project whose every printed value is a unique marker, to find where a field goes (export layer).

The built-in document of this copy is the saved Word template before its markers become fields; each
list has two entries so the row of the first becomes the loop and the row of the second is dropped.
"""

from __future__ import annotations

from dataclasses import replace

from sp_desktop.domain.model import Instansi, Kepala, Layanan, Member, Project

MEETING_DAY = "1901-02-03"
LETTER_DAY = "1902-04-05"
DECREE_DAY = "1903-05-06"
NIP = "190101011901011001"


def mark(name: str) -> str:
    """The marker of a value: unique, kept whole by the writers, changed by ``upper()`` only in case."""
    return f"\u27e6{name}\u27e7"


def _peserta(n: int, diundang: bool = True) -> dict:
    return {"nama": mark(f"peserta {n}"), "unsur": "pengguna_layanan", "instansi": mark(f"instansi {n}"),
            "jabatan": mark(f"jabatan {n}"), "telepon": "", "hadir": True, "diundang": diundang}


def _discussion() -> dict:
    return {
        "id": "contoh", "metode": mark("metode"), "tanggal": MEETING_DAY, "mulai": "07:13", "selesai": "08:47",
        "tempat": mark("tempat"), "nomor_undangan": mark("nomor undangan"),
        "nomor_berita_acara": mark("nomor berita acara"), "layanan": [],
        "peserta": [_peserta(1), _peserta(2)],
        "masukan": [
            {"layanan": mark("layanan masukan 1"), "komponen": "persyaratan", "masukan": mark("masukan 1"),
             "tindak_lanjut": mark("tindak lanjut 1"), "disepakati": True},
            {"layanan": mark("layanan masukan 2"), "komponen": "prosedur", "masukan": mark("masukan 2"),
             "tindak_lanjut": mark("tindak lanjut 2"), "disepakati": False},
        ],
        "penandatangan_masyarakat": mark("peserta 1"), "sifat": mark("sifat"), "lampiran": mark("lampiran"),
        "hal": mark("hal"), "tanggal_undangan": LETTER_DAY, "acara": mark("acara"),
        "penandatangan_undangan": "kepala", "notulen": "",
    }


def _decree(prefix: str) -> dict:
    return {"nomor": mark(f"nomor {prefix}"), "tanggal": DECREE_DAY, "tempat": mark("tempat ditetapkan"),
            "menimbang": [mark("menimbang 1"), mark("menimbang 2")],
            "mengingat": [mark("mengingat 1"), mark("mengingat 2")]}


def sentinel_project(kind: str, project: Project) -> Project:
    """``project`` with markers in place of every value the letter of ``kind`` prints.

    The logo, the paper and the project's settings (who adopts, margins) are kept: the template is
    the unit's own built-in document.
    """
    ins = project.instansi
    instansi = Instansi(
        pemerintah_daerah=f"Pemerintah {mark('wilayah')}", nama=mark("nama unit"), singkatan=ins.singkatan,
        alamat=mark("alamat"), telepon=mark("telepon"), email=mark("email"), laman=mark("laman"),
        kota=mark("kota"), zona_waktu=ins.zona_waktu or "WIB",
        kepala=Kepala(nama=mark("nama kepala"), nip=NIP, pangkat=mark("pangkat"), golongan="",
                      jabatan=mark("jabatan kepala")),
    )
    extra = dict(project.extra)
    layanan = [Layanan(jenis_pelayanan=mark(f"layanan {n}"), status="siap_ditetapkan", id=n) for n in (1, 2)]
    if kind in ("undangan", "berita-acara"):
        discussion = _discussion()
        if kind == "berita-acara":
            discussion["layanan"] = [mark("layanan dibahas 1"), mark("layanan dibahas 2")]
        extra["pembahasan"] = [discussion]
    extra["penetapan"] = _decree("penetapan")
    extra["sk_tim"] = _decree("tim")
    extra["kepala_daerah"] = {"nama": mark("nama kepala daerah"), "jabatan": mark("kepala daerah")}
    tim = [Member(nama=mark("ketua tim"), nip=NIP, jabatan=mark("jabatan ketua"), peran="ketua", id=1)]
    return replace(project, instansi=instansi, tim=tim, layanan=layanan, extra=extra,
                   pengaturan=replace(project.pengaturan, pengesahan_kepala_daerah=False))
