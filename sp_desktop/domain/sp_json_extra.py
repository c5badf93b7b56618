"""Strict readers for the optional keys of SP JSON: discussions, decrees, the standards' history (domain layer).

Every key is validated and then kept verbatim (a deep copy), so ``export-json`` writes back what was
read. The contract fixes ``pembahasan`` and ``penetapan``; the history keys are the app's own
additions (the contract accepts more): at project level ``riwayat_penetapan``, ``sk_tim``,
``evaluasi_sk``, ``penerapan`` and ``kepala_daerah``; per LAYANAN ``status``, ``versi`` and
``riwayat_versi`` (the adopted versions, each with its fingerprint, decree and content).
"""

from __future__ import annotations

import copy
import re
from datetime import date
from typing import Any

from .enums import StatusLayanan
from .evaluasi import read_evaluasi_layanan
from .sp_json_validate import (
    KOMPONEN_KEYS,
    METODE_PEMBAHASAN,
    UNSUR_PESERTA,
    Obj,
    SpJsonError,
    show_number,
    wrong_type,
)

_DATE = re.compile(r"[0-9]{4}-[0-9]{2}-[0-9]{2}")
_TIME = re.compile(r"([01][0-9]|2[0-3]):[0-5][0-9]")


def _read_date(o: Obj, key: str, allow_blank: bool) -> None:
    text = o.text(key)
    if allow_blank and text == "":
        return
    try:
        if not _DATE.fullmatch(text):
            raise ValueError
        date.fromisoformat(text)
    except ValueError:
        raise SpJsonError(o.at(key), f"'{text}' bukan tanggal yang sah dalam bentuk TTTT-BB-HH") from None


def _read_time(o: Obj, key: str) -> str:
    text = o.text(key)
    if text and not _TIME.fullmatch(text):
        raise SpJsonError(o.at(key), f"'{text}' bukan jam yang sah dalam bentuk JJ:MM")
    return text


def _read_peserta(o: Obj) -> None:
    for key in ("nama", "instansi", "jabatan", "telepon"):
        o.text(key)
    o.enum("unsur", UNSUR_PESERTA)
    o.boolean("hadir")


def _read_masukan(o: Obj) -> None:
    o.text("layanan")
    o.enum("komponen", KOMPONEN_KEYS)
    for key in ("masukan", "tindak_lanjut"):
        o.text(key)
    o.boolean("disepakati")


def _read_sesi(o: Obj) -> None:
    o.enum("metode", METODE_PEMBAHASAN)
    _read_date(o, "tanggal", allow_blank=True)
    mulai, selesai = _read_time(o, "mulai"), _read_time(o, "selesai")
    if mulai and selesai and selesai < mulai:
        raise SpJsonError(o.at("selesai"), f"{selesai} lebih awal daripada jam mulai {mulai}")
    for key in ("tempat", "nomor_undangan", "nomor_berita_acara", "penandatangan_masyarakat"):
        o.text(key)
    o.texts("layanan")
    o.objects("peserta", _read_peserta)
    o.objects("masukan", _read_masukan)


def read_pembahasan(value: Any, path: str) -> list[Any]:
    """Validate the optional ``pembahasan`` list and return a deep copy of it, verbatim."""
    if not isinstance(value, list):
        raise wrong_type(path, "daftar", value)
    for i, item in enumerate(value):
        _read_sesi(Obj(item, f"{path}[{i}]"))
    return copy.deepcopy(value)


def read_penetapan(value: Any, path: str) -> dict[str, Any] | None:
    """Validate the optional ``penetapan`` object (or null) and return a deep copy of it, verbatim."""
    if value is None:
        return None
    o = Obj(value, path)
    o.text("nomor")
    _read_date(o, "tanggal", allow_blank=False)
    return copy.deepcopy(value)


# ---------------------------------------------------------------------------------------------- history, project level


def _texts_if_present(o: Obj, keys: tuple[str, ...]) -> None:
    for key in keys:
        if key in o.data:
            o.text(key)


def _read_decree(o: Obj) -> None:
    _texts_if_present(o, ("nomor", "menggantikan", "tempat"))
    if "tanggal" in o.data:
        _read_date(o, "tanggal", allow_blank=True)


def read_verbatim_object(value: Any, path: str) -> dict[str, Any] | None:
    """An object (or null) the app keeps as it is, e.g. ``kepala_daerah``, ``evaluasi_sk``."""
    if value is None:
        return None
    if not isinstance(value, dict):
        raise wrong_type(path, "objek", value)
    return copy.deepcopy(value)


def read_decree(value: Any, path: str) -> dict[str, Any] | None:
    """A decree object (or null) such as ``sk_tim``: ``nomor`` text and ``tanggal`` date when present."""
    if value is None:
        return None
    _read_decree(Obj(value, path))
    return copy.deepcopy(value)


def read_decrees(value: Any, path: str) -> list[Any]:
    """A list of decree objects (``riwayat_penetapan``), kept verbatim."""
    if not isinstance(value, list):
        raise wrong_type(path, "daftar", value)
    for i, item in enumerate(value):
        _read_decree(Obj(item, f"{path}[{i}]"))
    return copy.deepcopy(value)


def read_verbatim_objects(value: Any, path: str) -> list[Any]:
    """A list of objects the app keeps as it is (``penerapan``)."""
    if not isinstance(value, list):
        raise wrong_type(path, "daftar", value)
    for i, item in enumerate(value):
        if not isinstance(item, dict):
            raise wrong_type(f"{path}[{i}]", "objek", item)
    return copy.deepcopy(value)


# ---------------------------------------------------------------------------------------------- history, per LAYANAN


def _read_versi_number(o: Obj, key: str) -> int:
    value = o.raw(key)
    if isinstance(value, bool) or not isinstance(value, int):
        raise wrong_type(o.at(key), "bilangan bulat", value)
    if value < 1:
        raise SpJsonError(o.at(key), f"versi {show_number(value)} tidak sah; versi dimulai dari 1")
    return value


def read_layanan_state(o: Obj) -> tuple[str, int]:
    """The optional ``status`` and ``versi`` of a LAYANAN: ``("draf", 1)`` when absent."""
    status = o.enum("status", StatusLayanan.values()) if "status" in o.data else StatusLayanan.DRAF.value
    versi = _read_versi_number(o, "versi") if "versi" in o.data else 1
    return status, versi


def read_riwayat_versi(o: Obj, versi_now: int, read_layanan: Any, fingerprint_of: Any) -> list[dict[str, Any]]:
    """Validate the optional ``riwayat_versi`` of a LAYANAN and return it verbatim (``[]`` when absent).

    Each entry is ``{"versi", "sidik", "nomor_sk", "tanggal_sk", "waktu", "isi"}`` with ``isi`` a LAYANAN
    object; versions are increasing, not beyond the service's ``versi``, and each ``sidik`` must be the
    fingerprint of its ``isi`` (a printed copy is matched to its version by it).
    """
    if "riwayat_versi" not in o.data:
        return []
    entries = o.array("riwayat_versi")
    previous = 0
    for i, item in enumerate(entries):
        e = Obj(item, f"{o.at('riwayat_versi')}[{i}]")
        versi = _read_versi_number(e, "versi")
        if versi <= previous:
            raise SpJsonError(e.at("versi"), f"versi {versi} tidak lebih besar daripada versi sebelumnya ({previous})")
        if versi > versi_now:
            raise SpJsonError(e.at("versi"), f"versi {versi} melebihi versi layanan ini ({versi_now})")
        previous = versi
        sidik = e.text("sidik")
        _texts_if_present(e, ("nomor_sk", "waktu"))
        if "tanggal_sk" in e.data:
            _read_date(e, "tanggal_sk", allow_blank=True)
        content = read_layanan(e.raw("isi"), e.at("isi"))
        expected = fingerprint_of(content)
        if sidik != expected:
            raise SpJsonError(e.at("sidik"), f"'{sidik}' tidak cocok dengan isi versi ini (sidik isinya {expected}); "
                                             "isi versi yang sudah ditetapkan tidak boleh diubah")
    return copy.deepcopy(entries)


# Optional project keys kept verbatim in Project.extra, each with its validator.
EXTRA_READERS = {
    "pembahasan": read_pembahasan,
    "penetapan": read_penetapan,
    "riwayat_penetapan": read_decrees,
    "sk_tim": read_decree,
    "evaluasi_sk": read_verbatim_object,
    "penerapan": read_verbatim_objects,
    "kepala_daerah": read_verbatim_object,
    "sop": read_verbatim_object,  # the SOP's own fields per service (domain/sop.py)
    "evaluasi_layanan": read_evaluasi_layanan,
    "publikasi": read_verbatim_objects,  # the publication record (domain/publikasi.py)
    "sippn_kolom": read_verbatim_object,  # the SIPPN column mapping (domain/sippn.py)
}
