"""Projects built in code for the export tests and the export benchmark (no storage layer)."""

from __future__ import annotations

import struct
import zlib

from sp_desktop.domain.model import (
    Biaya,
    Durasi,
    Instansi,
    Kepala,
    LangkahProsedur,
    Layanan,
    Logo,
    Pengaduan,
    Pengaturan,
    Persyaratan,
    PetugasPengaduan,
    Project,
    SaluranPengaduan,
)

NIP = "196801012000031001"
NIP_GROUPED = "NIP. 19680101 200003 1 001"



def _png(width: int, height: int, pixel) -> bytes:
    """A minimal RGB PNG; ``pixel(x, y)`` gives an (r, g, b) tuple."""
    raw = b"".join(b"\x00" + bytes(c for x in range(width) for c in pixel(x, y)) for y in range(height))

    def chunk(kind: bytes, data: bytes) -> bytes:
        return struct.pack(">I", len(data)) + kind + data + struct.pack(">I", zlib.crc32(kind + data))

    header = struct.pack(">IIBBBBB", width, height, 8, 2, 0, 0, 0)
    return b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", header) + chunk(b"IDAT", zlib.compress(raw)) + chunk(b"IEND", b"")


def _emblem(x: int, y: int) -> tuple[int, int, int]:
    d = (x - 40) ** 2 + (y - 48) ** 2
    if d < 30**2:
        return (200, 30, 40) if y < 48 else (245, 245, 245)
    return (255, 255, 255) if d > 36**2 else (20, 60, 140)


LOGO_PNG = _png(80, 96, _emblem)
"""A shield-like logo, 80 x 96 pixels (taller than wide, like most regional emblems)."""


def instansi() -> Instansi:
    return Instansi(
        pemerintah_daerah="Pemerintah Kota Bontang",
        nama="Dinas Kependudukan dan Pencatatan Sipil",
        singkatan="Disdukcapil",
        alamat="Jl. Bessai Berinta, Bontang Lestari",
        telepon="(0548) 123456",
        email="disdukcapil@bontangkota.go.id",
        laman="https://disdukcapil.bontangkota.go.id",
        kota="Bontang",
        zona_waktu="WITA",
        kepala=Kepala(
            nama="Drs. NAMA LENGKAP, M.Si.",
            nip=NIP,
            pangkat="Pembina Utama Muda",
            golongan="IV/c",
            jabatan="Kepala Dinas Kependudukan dan Pencatatan Sipil",
        ),
    )


def layanan(n: int = 1, name: str | None = None, fee: int = 0) -> Layanan:
    """A complete service (no blocking findings) whose texts carry its number ``n``."""
    tag = f"L{n}"
    return Layanan(
        id=n,
        position=n,
        jenis_pelayanan=name or f"Penerbitan Akta Kelahiran {tag}",
        klasifikasi="administratif",
        dasar_hukum=[
            f"Undang-Undang Nomor 25 Tahun 2009 tentang Pelayanan Publik {tag}",
            f"Undang-Undang Nomor 24 Tahun 2013 tentang Administrasi Kependudukan {tag}",
        ],
        persyaratan=[
            Persyaratan(f"Surat keterangan kelahiran dari dokter/bidan {tag}", "awal"),
            Persyaratan(f"Fotokopi KTP dan KK orang tua {tag}", "awal"),
            Persyaratan(f"Fotokopi KTP 2 orang saksi {tag}", "akhir"),
        ],
        prosedur=[
            LangkahProsedur(f"Pemohon menyerahkan formulir F-2.01 {tag}", "Pemohon", Durasi(10, "menit"),
                            fee, 0, "Berkas permohonan"),
            LangkahProsedur(f"Petugas memverifikasi berkas {tag}", "Petugas loket", Durasi(30, "menit"),
                            0, 5000, "Berkas terverifikasi"),
            LangkahProsedur(f"Kepala Dinas menandatangani akta {tag}", "Kepala Dinas", Durasi(1, "hari_kerja"),
                            0, 0, "Kutipan akta"),
        ],
        waktu_penyelesaian=None,
        biaya=None if fee == 0 else Biaya(fee, "", f"Peraturan Daerah Nomor 5 Tahun 2019 {tag}", 0),
        produk=[f"Kutipan Akta Kelahiran {tag}"],
        pengaduan=Pengaduan(
            saluran=[
                SaluranPengaduan("telepon", f"(0548) 4438894 {tag}"),
                SaluranPengaduan("kotak_saran", f"Ruang tunggu lantai 1 {tag}"),
            ],
            petugas=PetugasPengaduan(f"Siti Aminah {tag}", "0812 3456 7890", "pengaduan@bontangkota.go.id",
                                     "Jl. Bessai Berinta"),
            tindak_lanjut=f"Pengaduan yang tidak selesai di unit diteruskan ke Inspektorat {tag}",
        ),
        sarana_prasarana=[f"Komputer dan printer {tag}", f"Ruang tunggu ber-AC {tag}"],
        kompetensi_pelaksana=[f"Memahami peraturan administrasi kependudukan {tag}"],
        pengawasan_internal=[f"Dilakukan oleh atasan langsung secara berjenjang {tag}"],
        jumlah_pelaksana=f"8 orang {tag}",
        jaminan_pelayanan=[f"Pelayanan diberikan sesuai standar {tag}"],
        jaminan_keamanan=[f"Produk ditandatangani pejabat berwenang {tag}"],
        evaluasi_kinerja=[f"Survei kepuasan masyarakat setiap tahun {tag}", f"Rapat evaluasi bulanan {tag}"],
    )


def incomplete_layanan(n: int = 99) -> Layanan:
    """A service with empty components (blocking findings)."""
    item = layanan(n, name=f"Layanan Belum Lengkap L{n}")
    item.persyaratan = []
    item.sarana_prasarana = []
    item.jumlah_pelaksana = ""
    return item


def project(n_services: int = 2, logo: bool = True, **pengaturan) -> Project:
    settings = Pengaturan(tanggal_rancangan="2018-11-23", tanggal_maklumat="2018-11-30", versi_rancangan="2")
    for key, value in pengaturan.items():
        setattr(settings, key, value)
    return Project(
        instansi=instansi(),
        layanan=[layanan(i, fee=50000 if i % 2 == 0 else 0) for i in range(1, n_services + 1)],
        logo=Logo(LOGO_PNG, "image/png") if logo else None,
        pengaturan=settings,
    )


ODD_TEXTS = (
    "Tom & Jerry <b>tebal</b> bukan tebal",
    "Kutip “ganda” dan ‘tunggal’ serta \"lurus\" dan 'lurus'",
    "Emoji 😀 dan 👍 juga ✓ centang",
    "a < b > c && d",
)


def odd_project() -> Project:
    """A project whose first service carries odd characters and a 20,000-character paragraph."""
    proj = project(1)
    item = proj.layanan[0]
    item.jenis_pelayanan = "Layanan <Uji> & “Kutip”"
    item.persyaratan = [Persyaratan(text, "awal") for text in ODD_TEXTS]
    item.sarana_prasarana = [long_text()]
    return proj


def long_text(n_chars: int = 20_000) -> str:
    words = []
    i = 0
    while sum(len(w) + 1 for w in words) < n_chars:
        words.append(f"kata{i}")
        i += 1
    return " ".join(words)[:n_chars].rstrip()


def item_texts(items) -> list[str]:
    """The printed strings of URAIAN items, in order (for in-order checks of a written file)."""
    from sp_desktop.export.blocks import KeyValue, NumberedList, TextItem

    out: list[str] = []
    for item in items:
        if isinstance(item, TextItem):
            out.append(item.text)
        elif isinstance(item, NumberedList):
            for entry in item.entries:
                out.append(entry.text)
                if entry.detail:
                    out.append(entry.detail)
        elif isinstance(item, KeyValue):
            if item.title:
                out.append(item.title)
            out.extend(f"{k}: {v}" for k, v in item.pairs)
    return out


def document_texts(doc) -> list[str]:
    """Every string a written document must contain, in reading order (headings, rows, items)."""
    from sp_desktop.export import blocks as b

    out: list[str] = []
    for block in doc.blocks:
        if isinstance(block, b.Kop):
            out += [t for t in (block.pemerintah, block.unit, *block.lines) if t]
        elif isinstance(block, (b.Heading, b.Paragraph, b.PledgeBox)):
            out.append(block.text)
        elif isinstance(block, b.Notice):
            out += [block.title, *block.lines]
        elif isinstance(block, b.ComponentTable):
            out += list(block.header)
            for row in block.rows:
                out += [row.no, row.komponen, *item_texts(row.uraian)]
        elif isinstance(block, b.LampiranBlock):
            out.append(block.title)
            for key, value in block.rows:
                out += [key, value]
        elif isinstance(block, b.SignatureBlock):
            out += [*block.lines_before, block.jabatan, block.nama, block.pangkat, block.nip_line]
    return [t for t in out if t]


def missing_in_order(haystack: str, needles: list[str]) -> list[str]:
    """The needles not found in ``haystack`` in the given order (whitespace normalised)."""
    import re

    def norm(s: str) -> str:
        return re.sub(r"\s+", " ", s).strip()

    text = norm(haystack)
    pos = 0
    missing = []
    for needle in needles:
        found = text.find(norm(needle), pos)
        if found < 0:
            missing.append(needle)
        else:
            pos = found + len(norm(needle))
    return missing


CONTROL_CHARS = "\x00\x01\x08\x0b\x0c\x1f\x7f\ud800\udfff\ufffe\uffff"
"""Characters XML cannot hold (U+000B is a Word soft line break); each must print as a space."""


def control_project() -> tuple[Project, list[str]]:
    """A project with XML-forbidden characters in the unit name (file properties, kop, page footer),
    the draft's version (page header), a heading, a table cell, a list entry, the decree number
    (lampiran) and the signatory; returns it with the texts each must print as (one space each).
    """
    proj = project(1)
    proj.extra["penetapan"] = {"nomor": "188.4/\x0155/DKPS", "tanggal": "2018-11-30"}
    typed = {
        "unit": "Dinas\x0bKependudukan\x01dan Pencatatan Sipil",
        "pemerintah": "Pemerintah\x0cKota Bontang",
        "versi": "2\x1frevisi",
        "heading": "Akta\ud800Kelahiran\ufffeBaru",
        "cell": "8\x00orang\x08petugas",
        "entry": "KTP\x7fasli\uffffdan KK",
        "kepala": f"Drs.{CONTROL_CHARS}NAMA",
    }
    proj.instansi.nama = typed["unit"]
    proj.instansi.pemerintah_daerah = typed["pemerintah"]
    proj.pengaturan.versi_rancangan = typed["versi"]
    item = proj.layanan[0]
    item.jenis_pelayanan = typed["heading"]
    item.jumlah_pelaksana = typed["cell"]
    item.persyaratan[0] = Persyaratan(typed["entry"], "awal")
    proj.instansi.kepala.nama = typed["kepala"]
    printed = [
        "Dinas Kependudukan dan Pencatatan Sipil",
        "Versi 2 revisi",
        "Akta Kelahiran Baru",
        "8 orang petugas",
        "KTP asli dan KK",
        "188.4/ 55/DKPS",
        "Drs." + " " * len(CONTROL_CHARS) + "NAMA",
    ]
    return proj, printed
