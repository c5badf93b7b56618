"""Strict readers for the monitoring keys of SP JSON: ``survei`` and ``pengaduan_masuk`` (domain layer).

Every rule of sp-json.md "Monitoring": dates ISO, hours ``HH:MM``, the nine answers 1-4 or null, a whole
age of 0-130 years, the contract's values of ``jenis_kelamin``, ``pendidikan``, ``pekerjaan``, ``saluran``,
``komponen`` and ``status``, a non-empty period named once. Each error names its place, e.g.
``survei[0].responden[12].nilai[3]: 5 bukan nilai 1, 2, 3, atau 4``. The same readers check a record
before the session stores it (:func:`check_record`), so the app and its files obey one rule.
"""

from __future__ import annotations

import copy
import re
from datetime import date
from typing import Any

from .enums import JenisSaluran
from .formatting import format_number
from .names import name_key
from .sp_json_validate import KOMPONEN_KEYS, Obj, SpJsonError, describe, show_number, wrong_type
from .survei import (
    JENIS_KELAMIN,
    PEKERJAAN,
    PENDIDIKAN,
    STATUS_PENGADUAN,
    PengaduanMasuk,
    Responden,
    Survei,
    TindakLanjut,
    to_dict,
)

JUMLAH_NILAI = 9
MAX_USIA = 130
MAX_POPULASI = 1_000_000_000
"""The largest population a survey may name: more people than the country has, so only typing errors are refused."""

_DATE = re.compile(r"[0-9]{4}-[0-9]{2}-[0-9]{2}")
_TIME = re.compile(r"([01][0-9]|2[0-3]):[0-5][0-9]")


def read_date(o: Obj, key: str, *, allow_blank: bool, allow_null: bool = False) -> str | None:
    """The ISO date ``YYYY-MM-DD`` under ``key`` ("" when ``allow_blank``; None when ``allow_null``)."""
    value = o.raw(key)
    if value is None and allow_null:
        return None
    text = o.text(key)
    if text == "" and allow_blank:
        return text
    try:
        if not _DATE.fullmatch(text):
            raise ValueError(text)
        date.fromisoformat(text)
    except ValueError:
        raise SpJsonError(o.at(key), f"'{text}' bukan tanggal yang sah dalam bentuk TTTT-BB-HH") from None
    return text


def _optional(o: Obj, key: str, reader, default: Any) -> Any:
    return reader() if key in o.data else default


def _whole(o: Obj, key: str, least: int, most: int, what: str) -> int:
    value = o.raw(key)
    if isinstance(value, bool) or not isinstance(value, int):
        raise wrong_type(o.at(key), "bilangan bulat", value)
    if not least <= value <= most:
        raise SpJsonError(o.at(key), f"{what} {show_number(value)} di luar {format_number(least)}\u2013"
                                     f"{format_number(most)}")
    return value


def _nullable_enum(o: Obj, key: str, allowed: tuple[str, ...]) -> str | None:
    if key not in o.data or o.data[key] is None:
        return None
    return o.enum(key, allowed)


def _read_nilai(o: Obj) -> list[int | None]:
    values = o.array("nilai")
    if len(values) != JUMLAH_NILAI:
        raise SpJsonError(o.at("nilai"), f"harus memuat tepat {JUMLAH_NILAI} nilai (U1\u2013U9), bukan "
                                         f"{format_number(len(values))}")
    for i, value in enumerate(values):
        if value is None:
            continue
        if isinstance(value, bool) or not isinstance(value, int):
            raise SpJsonError(f"{o.at('nilai')}[{i}]", f"harus 1, 2, 3, 4, atau null, bukan {describe(value)}")
        if not 1 <= value <= 4:
            raise SpJsonError(f"{o.at('nilai')}[{i}]", f"{show_number(value)} bukan nilai 1, 2, 3, atau 4")
    return list(values)


def read_responden(o: Obj, layanan: list[str] | None = None) -> None:
    """Check one respondent; ``layanan`` (when given and not empty) the services its ``layanan`` may name."""
    service = _optional(o, "layanan", lambda: o.text("layanan"), "")
    if layanan and service and name_key(service) not in {name_key(n) for n in layanan}:
        raise SpJsonError(o.at("layanan"), f"'{service[:60]}' bukan layanan survei ini ({', '.join(layanan)})")
    _optional(o, "tanggal", lambda: read_date(o, "tanggal", allow_blank=True), "")
    jam = _optional(o, "jam", lambda: o.text("jam"), "")
    if jam and not _TIME.fullmatch(jam):
        raise SpJsonError(o.at("jam"), f"'{jam[:40]}' bukan jam yang sah dalam bentuk JJ:MM")
    _nullable_enum(o, "jenis_kelamin", tuple(JENIS_KELAMIN))
    if o.data.get("usia") is not None:
        _whole(o, "usia", 0, MAX_USIA, "usia")
    _nullable_enum(o, "pendidikan", PENDIDIKAN)
    _nullable_enum(o, "pekerjaan", PEKERJAAN)
    _read_nilai(o)
    _optional(o, "saran", lambda: o.text("saran"), "")


def read_tindak_lanjut(o: Obj) -> None:
    """Check one follow-up action: ``unsur`` 1-9, texts, ``target`` a date (or ""), ``selesai`` a date or null."""
    _whole(o, "unsur", 1, JUMLAH_NILAI, "unsur")
    for key in ("rencana", "penanggung_jawab"):
        o.text(key)
    read_date(o, "target", allow_blank=True)
    read_date(o, "selesai", allow_blank=False, allow_null=True)


def read_survei_plan(o: Obj) -> None:
    """Check a survey's plan fields (everything but its respondents and follow-up)."""
    periode = o.text("periode")
    if not periode.strip():
        raise SpJsonError(o.at("periode"), "wajib diisi, misalnya 'Semester I 2026'")
    mulai = read_date(o, "mulai", allow_blank=True)
    selesai = read_date(o, "selesai", allow_blank=True)
    if mulai and selesai and selesai < mulai:
        raise SpJsonError(o.at("selesai"), f"{selesai} lebih awal daripada tanggal mulai {mulai}")
    o.texts("layanan")
    _whole(o, "populasi", 0, MAX_POPULASI, "populasi")
    if "id" in o.data:
        o.text("id")
    if "tanggal_laporan" in o.data:
        read_date(o, "tanggal_laporan", allow_blank=True)


def read_survei_item(o: Obj) -> None:
    """Check one whole survey: plan, respondents (named services among the plan's) and follow-up."""
    read_survei_plan(o)
    layanan = o.texts("layanan")
    o.objects("responden", lambda r: read_responden(r, layanan))
    o.objects("tindak_lanjut", read_tindak_lanjut)


def read_survei(value: Any, path: str) -> list[Any]:
    """Validate the optional ``survei`` list and return a deep copy of it; each period named once."""
    if not isinstance(value, list):
        raise wrong_type(path, "daftar", value)
    holder = Obj({path: value}, "")
    items = holder.array(path)  # the length bound
    seen: dict[str, int] = {}
    for i, item in enumerate(items):
        o = Obj(item, f"{path}[{i}]")
        read_survei_item(o)
        key = name_key(o.data["periode"])
        if key in seen:
            raise SpJsonError(o.at("periode"), f"'{o.data['periode'][:60]}' sudah dipakai {path}[{seen[key]}]; "
                                               "setiap periode survei harus bernama unik")
        seen[key] = i
    return copy.deepcopy(value)


def read_pengaduan(o: Obj) -> None:
    """Check one received complaint."""
    tanggal = read_date(o, "tanggal", allow_blank=False)
    o.enum("saluran", JenisSaluran.values())
    o.text("layanan")
    if o.raw("komponen") is not None:
        o.enum("komponen", KOMPONEN_KEYS)
    o.text("ringkasan")
    status = o.enum("status", tuple(STATUS_PENGADUAN))
    o.text("tindak_lanjut")
    closed = read_date(o, "tanggal_selesai", allow_blank=False, allow_null=True)
    if closed is not None and status != "selesai":
        raise SpJsonError(o.at("tanggal_selesai"), f"harus null selama status belum selesai (status '{status}')")
    if closed is not None and tanggal and closed < tanggal:
        raise SpJsonError(o.at("tanggal_selesai"), f"{closed} lebih awal daripada tanggal pengaduan {tanggal}")
    if "id" in o.data:
        o.text("id")


def read_pengaduan_masuk(value: Any, path: str) -> list[Any]:
    """Validate the optional ``pengaduan_masuk`` list and return a deep copy of it."""
    if not isinstance(value, list):
        raise wrong_type(path, "daftar", value)
    Obj({path: value}, "").objects(path, read_pengaduan)
    return copy.deepcopy(value)


MONITORING_READERS = {"survei": read_survei, "pengaduan_masuk": read_pengaduan_masuk}
"""The monitoring keys of a project file with their validators (stored in tables, not in ``extra``)."""


_CHECKERS = {
    Responden: read_responden,
    TindakLanjut: read_tindak_lanjut,
    Survei: read_survei_plan,
    PengaduanMasuk: read_pengaduan,
}


def check_record(record: Responden | TindakLanjut | Survei | PengaduanMasuk) -> None:
    """Check a record as its SP JSON object would be checked (a Survei: its plan fields only).

    Raises:
        SpJsonError: with the path of the field inside the object (e.g. ``usia``, ``nilai[2]``).
    """
    data = to_dict(record)
    if isinstance(record, Survei):
        data = {k: v for k, v in data.items() if k not in ("responden", "tindak_lanjut")}
    _CHECKERS[type(record)](Obj(data, ""))
