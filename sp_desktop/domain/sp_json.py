"""The SP JSON codec (version 1): domain objects to JSON-ready dicts and back, validating strictly (domain layer).

The format is a fixed contract described in ``sp-json.md``; readers refuse a document with any error.
"""

from __future__ import annotations

import copy
from collections.abc import Mapping
from typing import Any

from .enums import JenisSaluran, Klasifikasi, Peran, SatuanDurasi, StatusLayanan, Tahap, ZonaWaktu
from .model import (
    Biaya,
    Durasi,
    Instansi,
    Kepala,
    LangkahProsedur,
    Layanan,
    Member,
    Pengaduan,
    Persyaratan,
    PetugasPengaduan,
    Project,
    SaluranPengaduan,
)
from .names import duplicate_names
from .sp_json_extra import EXTRA_READERS, read_layanan_state, read_riwayat_versi
from .sp_json_monitoring import MONITORING_READERS
from .sp_json_validate import (
    ROOT,
    Obj,
    SpJsonError,
    check_structure,
    describe,
    load_json_bytes,
    read_durasi_nilai,
    read_nip,
    show_number,
    wrong_type,
)

__all__ = [
    "FORMAT_LAYANAN", "FORMAT_PROYEK", "VERSI", "SpJsonError", "layanan_from_dict", "layanan_to_dict",
    "load_json_bytes", "parse_document", "project_from_dict", "project_to_dict", "riwayat_of_document",
    "service_file_to_dict",
]

FORMAT_PROYEK = "sp-desktop/proyek"
FORMAT_LAYANAN = "sp-desktop/layanan"
VERSI = 1
"""The newest format version this app reads and the one it writes."""

# Optional project keys kept verbatim in Project.extra, each with its validator (see sp_json_extra).
_EXTRA_READERS = EXTRA_READERS


# ---------------------------------------------------------------------------------------------- writing


def _nilai_out(nilai: float) -> int | float:
    return int(nilai) if isinstance(nilai, float) and nilai.is_integer() else nilai


def _step_to_dict(step: LangkahProsedur) -> dict[str, Any]:
    durasi = None if step.durasi is None else {"nilai": _nilai_out(step.durasi.nilai), "satuan": step.durasi.satuan}
    return {
        "uraian": step.uraian,
        "pelaksana": step.pelaksana,
        "durasi": durasi,
        "biaya_pengguna": step.biaya_pengguna,
        "biaya_unit": step.biaya_unit,
        "keluaran": step.keluaran,
    }


def layanan_to_dict(layanan: Layanan) -> dict[str, Any]:
    """One service as a LAYANAN object, with the keys in the order of the contract.

    Args:
        layanan: the service; it is not validated (run the checks first).

    Returns:
        A JSON-ready dict; ``waktu_penyelesaian``, ``biaya`` and a step's ``durasi`` are None (null)
        when not set, and an integral ``nilai`` is written as an int.
    """
    biaya = layanan.biaya
    pengaduan = layanan.pengaduan
    petugas = pengaduan.petugas
    return {
        "jenis_pelayanan": layanan.jenis_pelayanan,
        "klasifikasi": layanan.klasifikasi,
        "dasar_hukum": list(layanan.dasar_hukum),
        "persyaratan": [{"uraian": p.uraian, "tahap": p.tahap} for p in layanan.persyaratan],
        "prosedur": [_step_to_dict(s) for s in layanan.prosedur],
        "waktu_penyelesaian": layanan.waktu_penyelesaian,
        "biaya": None if biaya is None else {
            "tarif": biaya.tarif, "uraian": biaya.uraian, "dasar": biaya.dasar, "beban_unit": biaya.beban_unit,
        },
        "produk": list(layanan.produk),
        "pengaduan": {
            "saluran": [_channel_to_dict(s) for s in pengaduan.saluran],
            "petugas": {"nama": petugas.nama, "telepon": petugas.telepon, "email": petugas.email,
                        "alamat": petugas.alamat},
            "tindak_lanjut": pengaduan.tindak_lanjut,
        },
        "sarana_prasarana": list(layanan.sarana_prasarana),
        "kompetensi_pelaksana": list(layanan.kompetensi_pelaksana),
        "pengawasan_internal": list(layanan.pengawasan_internal),
        "jumlah_pelaksana": layanan.jumlah_pelaksana,
        "jaminan_pelayanan": list(layanan.jaminan_pelayanan),
        "jaminan_keamanan": list(layanan.jaminan_keamanan),
        "evaluasi_kinerja": list(layanan.evaluasi_kinerja),
    }


def service_file_to_dict(layanan: Layanan) -> dict[str, Any]:
    """One service as a whole ``sp-desktop/layanan`` file: ``format``, ``versi`` and the LAYANAN keys."""
    return {"format": FORMAT_LAYANAN, "versi": VERSI, **layanan_to_dict(layanan)}


def _instansi_to_dict(instansi: Instansi) -> dict[str, Any]:
    kepala = instansi.kepala
    return {
        "pemerintah_daerah": instansi.pemerintah_daerah,
        "nama": instansi.nama,
        "singkatan": instansi.singkatan,
        "alamat": instansi.alamat,
        "telepon": instansi.telepon,
        "email": instansi.email,
        "laman": instansi.laman,
        "kota": instansi.kota,
        "zona_waktu": instansi.zona_waktu,
        "kepala": {"nama": kepala.nama, "nip": kepala.nip, "pangkat": kepala.pangkat,
                   "golongan": kepala.golongan, "jabatan": kepala.jabatan},
    }


def _layanan_with_history(lay: Layanan, riwayat: Mapping[int, list[dict[str, Any]]] | None) -> dict[str, Any]:
    data = layanan_to_dict(lay)
    # The app's own keys, written only when they say more than a first draft would.
    if lay.status != StatusLayanan.DRAF.value or lay.versi != 1:
        data["status"], data["versi"] = lay.status, lay.versi
    if riwayat and riwayat.get(lay.id):
        data["riwayat_versi"] = copy.deepcopy(riwayat[lay.id])
    return data


def project_to_dict(project: Project, riwayat: Mapping[int, list[dict[str, Any]]] | None = None) -> dict[str, Any]:
    """A whole project as an ``sp-desktop/proyek`` document.

    Args:
        project: the project; storage ids and the logo are not part of the format.
        riwayat: the adopted versions of each service by ``Layanan.id``, as ``riwayat_versi`` entries
            (``versi``, ``sidik``, ``nomor_sk``, ``tanggal_sk``, ``waktu``, ``isi``); a service's
            ``status`` and ``versi`` are written when it is past a first draft.

    Returns:
        ``format``, ``versi``, ``instansi``, ``tim``, ``layanan``, then the keys of ``project.extra``
        (``pembahasan``, ``penetapan``) verbatim, in their stored order.
    """
    data: dict[str, Any] = {
        "format": FORMAT_PROYEK,
        "versi": VERSI,
        "instansi": _instansi_to_dict(project.instansi),
        "tim": [{"nama": m.nama, "nip": m.nip, "jabatan": m.jabatan, "peran": m.peran} for m in project.tim],
        "layanan": [_layanan_with_history(lay, riwayat) for lay in project.layanan],
    }
    for key, value in project.extra.items():
        if key not in data:
            data[key] = copy.deepcopy(value)
    return data


# ---------------------------------------------------------------------------------------------- reading


def _read_step(o: Obj) -> LangkahProsedur:
    uraian, pelaksana = o.text("uraian"), o.text("pelaksana")
    d = o.raw("durasi")
    durasi = None
    if d is not None:
        do = Obj(d, o.at("durasi"))
        # A unit not chosen yet ("") is a draft the review blocks on; an unknown unit is an error.
        satuan = "" if do.raw("satuan") == "" else do.enum("satuan", SatuanDurasi.values())
        durasi = Durasi(nilai=read_durasi_nilai(do.raw("nilai"), do.at("nilai")), satuan=satuan)
    return LangkahProsedur(
        uraian=uraian, pelaksana=pelaksana, durasi=durasi, biaya_pengguna=o.money("biaya_pengguna"),
        biaya_unit=o.money("biaya_unit"), keluaran=o.text("keluaran"),
    )


def _read_biaya(o: Obj | None) -> Biaya | None:
    if o is None:
        return None
    return Biaya(
        tarif=o.money("tarif"), uraian=o.text("uraian"), dasar=o.text("dasar"), beban_unit=o.money("beban_unit")
    )


def _channel_to_dict(channel: SaluranPengaduan) -> dict[str, str]:
    # ``nama`` is optional in the contract: written only when the channel has its own name.
    data = {"jenis": channel.jenis, "alamat": channel.alamat}
    if channel.nama:
        data["nama"] = channel.nama
    return data


def _read_channel(o: Obj) -> SaluranPengaduan:
    return SaluranPengaduan(o.enum("jenis", JenisSaluran.values()), o.text("alamat"), o.optional_text("nama") or "")


def _read_pengaduan(o: Obj) -> Pengaduan:
    saluran = o.objects("saluran", _read_channel)
    p = o.obj("petugas")
    petugas = PetugasPengaduan(p.text("nama"), p.text("telepon"), p.text("email"), p.text("alamat"))
    return Pengaduan(saluran=saluran, petugas=petugas, tindak_lanjut=o.text("tindak_lanjut"))


def layanan_from_dict(data: Any, path: str = "layanan[0]") -> Layanan:
    """Read and validate one LAYANAN object.

    Args:
        data: the parsed JSON object; unknown keys (such as ``format``) are ignored.
        path: where the object sits in its document, used in error messages ("" for the root).

    Returns:
        A new Layanan with its text kept verbatim.

    Raises:
        SpJsonError: at the first missing key, wrong type or value outside the contract.
    """
    o = Obj(data, path)
    status, versi = read_layanan_state(o)
    return Layanan(
        status=status,
        versi=versi,
        jenis_pelayanan=o.text("jenis_pelayanan"),
        klasifikasi=o.enum("klasifikasi", Klasifikasi.values()),
        dasar_hukum=o.texts("dasar_hukum"),
        persyaratan=o.objects("persyaratan", lambda p: Persyaratan(p.text("uraian"), p.enum("tahap", Tahap.values()))),
        prosedur=o.objects("prosedur", _read_step),
        waktu_penyelesaian=o.optional_text("waktu_penyelesaian"),
        biaya=_read_biaya(o.optional_obj("biaya")),
        produk=o.texts("produk"),
        pengaduan=_read_pengaduan(o.obj("pengaduan")),
        sarana_prasarana=o.texts("sarana_prasarana"),
        kompetensi_pelaksana=o.texts("kompetensi_pelaksana"),
        pengawasan_internal=o.texts("pengawasan_internal"),
        jumlah_pelaksana=o.text("jumlah_pelaksana"),
        jaminan_pelayanan=o.texts("jaminan_pelayanan"),
        jaminan_keamanan=o.texts("jaminan_keamanan"),
        evaluasi_kinerja=o.texts("evaluasi_kinerja"),
    )


def _read_instansi(o: Obj) -> Instansi:
    values = {key: o.text(key) for key in ("pemerintah_daerah", "nama", "singkatan", "alamat", "telepon", "email",
                                           "laman", "kota")}
    zona = o.enum("zona_waktu", ZonaWaktu.values())
    k = o.obj("kepala")
    kepala = Kepala(nama=k.text("nama"), nip=read_nip(k.raw("nip"), k.at("nip")), pangkat=k.text("pangkat"),
                    golongan=k.text("golongan"), jabatan=k.text("jabatan"))
    return Instansi(**values, zona_waktu=zona, kepala=kepala)


def _read_member(o: Obj) -> Member:
    return Member(nama=o.text("nama"), nip=read_nip(o.raw("nip"), o.at("nip")), jabatan=o.text("jabatan"),
                  peran=o.enum("peran", Peran.values()))


def _check_team(tim: list[Member]) -> None:
    # A team still being formed (no ketua or no sekretaris yet) must travel between laptops;
    # the review checks report it. Two ketua can never be right.
    ketua = [i for i, m in enumerate(tim) if m.peran == Peran.KETUA.value]
    if len(ketua) > 1:
        raise SpJsonError(f"tim[{ketua[1]}].peran", f"tim hanya boleh memiliki satu ketua; tim[{ketua[0]}] sudah ketua")


def _short(text: str) -> str:
    return text if len(text) <= 60 else text[:60] + "…"


def _check_unique_names(layanan: list[Layanan]) -> None:
    # Services are matched by name on import and named in pembahasan, so a name may appear once, by the one
    # rule of domain.names (case, spacing and Unicode composition do not tell names apart).
    repeats = duplicate_names(lay.jenis_pelayanan for lay in layanan)
    if repeats:
        first, repeat = repeats[0]
        name, other = layanan[repeat].jenis_pelayanan, layanan[first].jenis_pelayanan
        same, why = "sama dengan", ""
        if name != other:
            same = f"dianggap sama dengan '{_short(other)}' pada"
            why = " (huruf besar/kecil dan spasi tidak membedakan nama)"
        raise SpJsonError(f"layanan[{repeat}].jenis_pelayanan",
                          f"'{_short(name)}' {same} layanan[{first}]; setiap jenis pelayanan harus bernama unik{why}")


def _check_header(data: Any, expected: str | None = None) -> str:
    o = Obj(data, "")
    if "format" not in data:
        raise SpJsonError("format", "wajib ada; berkas ini bukan berkas SP Desktop")
    fmt = o.text("format")
    if fmt not in (FORMAT_PROYEK, FORMAT_LAYANAN):
        raise SpJsonError("format", f"'{fmt}' tidak dikenal; SP Desktop membaca {FORMAT_PROYEK} atau {FORMAT_LAYANAN}")
    if expected is not None and fmt != expected:
        raise SpJsonError("format", f"berkas ini berformat '{fmt}', padahal yang diharapkan '{expected}'")
    versi = o.raw("versi")
    if isinstance(versi, bool) or not isinstance(versi, int):
        raise wrong_type("versi", "bilangan bulat", versi)
    if versi > VERSI:
        raise SpJsonError("versi", f"berkas ini memakai versi format {show_number(versi)}, lebih baru daripada yang "
                                   f"dikenal aplikasi ini (versi {VERSI}); perbarui SP Desktop untuk membukanya")
    if versi < 1:
        raise SpJsonError("versi", f"versi {show_number(versi)} tidak dikenal; versi yang dikenal adalah {VERSI}")
    return fmt


def project_from_dict(data: Any) -> Project:
    """Read and validate a whole ``sp-desktop/proyek`` document.

    Args:
        data: the parsed JSON object.

    Returns:
        A new Project; ``pembahasan`` / ``penetapan``, when present, are validated and kept verbatim in
        ``extra``; other unknown keys are ignored.

    Raises:
        SpJsonError: for a wrong format or versi, at the first error in the content, or for a value beyond the
            bounds of :mod:`limits` anywhere.
    """
    check_structure(data)
    return _project(data)


def _project(data: Any) -> Project:
    _check_header(data, FORMAT_PROYEK)
    o = Obj(data, "")
    instansi = _read_instansi(o.obj("instansi"))
    tim = o.objects("tim", _read_member)
    _check_team(tim)
    layanan = [layanan_from_dict(item, f"layanan[{i}]") for i, item in enumerate(o.array("layanan"))]
    _check_unique_names(layanan)
    for i, (item, lay) in enumerate(zip(o.array("layanan"), layanan, strict=True)):
        read_riwayat_versi(Obj(item, f"layanan[{i}]"), lay.versi, layanan_from_dict, _fingerprint)
    for i, lay in enumerate(layanan):
        lay.position = i
    extra = {key: _EXTRA_READERS[key](value, key) for key, value in data.items() if key in _EXTRA_READERS}
    for key, reader in MONITORING_READERS.items():  # stored in their own tables (services.transfer_monitoring)
        if key in data:
            reader(data[key], key)
    return Project(instansi=instansi, tim=tim, layanan=layanan, extra=extra)


def _fingerprint(lay: Layanan) -> str:
    from .fingerprint import fingerprint

    return fingerprint(lay)


def riwayat_of_document(data: dict[str, Any]) -> list[list[dict[str, Any]]]:
    """The ``riwayat_versi`` of each LAYANAN of a project document already read by :func:`project_from_dict`."""
    return [copy.deepcopy(item.get("riwayat_versi", [])) for item in data.get("layanan", [])]


def parse_document(data: Any) -> Project | Layanan:
    """Read an SP JSON document of either kind, chosen by its ``format``.

    Args:
        data: the parsed JSON value (see :func:`load_json_bytes`).

    Returns:
        A Project for ``sp-desktop/proyek``, a Layanan for ``sp-desktop/layanan``.

    Raises:
        SpJsonError: for anything but an object, an unknown format, a missing or newer versi, invalid content,
            or a value beyond the bounds of :mod:`limits` anywhere (see :func:`check_structure`).
    """
    if not isinstance(data, dict):
        raise SpJsonError(ROOT, f"isi berkas harus berupa objek JSON {{…}}, bukan {describe(data)}")
    check_structure(data)  # again, for data that did not come through load_json_bytes
    if _check_header(data) == FORMAT_PROYEK:
        return _project(data)
    return layanan_from_dict(data, "")
