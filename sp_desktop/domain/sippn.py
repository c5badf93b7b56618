"""The services as rows for the national portal SIPPN, with an editable column mapping (domain layer).

``domain.md`` §5: the portal asks per jenis layanan for its description, requirements, procedure,
time, fee, product, complaints, the other components, the Maklumat and the unit with its address
and contacts; the exact headings of its import template are not published, so the team may rename,
drop or keep each column. The mapping lives in ``Project.extra["sippn_kolom"]`` as
``{"kolom": [{"bidang": key, "judul": heading, "aktif": bool}, …]}``; keys it does not know are kept.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass
from typing import Any

from . import maklumat
from .enums import JenisSaluran, Klasifikasi
from .formatting import format_duration, format_fee
from .model import Layanan, Project

EXTRA_KEY = "sippn_kolom"


@dataclass(frozen=True)
class Kolom:
    """One column of the workbook: which field of the app (``bidang``), its heading, whether exported."""

    bidang: str
    judul: str
    aktif: bool = True


def _lines(items: Sequence[str]) -> str:
    return "\n".join(s.strip() for s in items if s and s.strip())


def _prosedur(layanan: Layanan) -> str:
    lines = []
    for number, step in enumerate(layanan.prosedur, start=1):
        extras = [step.pelaksana.strip()] if step.pelaksana.strip() else []
        if step.durasi is not None and step.durasi.nilai > 0:
            extras.append(format_duration(step.durasi.nilai, step.durasi.satuan))
        tail = f" ({'; '.join(extras)})" if extras else ""
        lines.append(f"{number}. {step.uraian.strip()}{tail}")
    return "\n".join(lines)


def _saluran(layanan: Layanan) -> str:
    lines = []
    for s in layanan.pengaduan.saluran:
        label = s.nama.strip() if s.jenis == JenisSaluran.LAINNYA.value and s.nama.strip() else (
            JenisSaluran(s.jenis).label if s.jenis in JenisSaluran.values() else s.jenis)
        lines.append(f"{label}: {s.alamat.strip()}" if s.alamat.strip() else label)
    return "\n".join(lines)


def _biaya(layanan: Layanan) -> str:
    if layanan.biaya is None:
        return ""
    text = format_fee(layanan.biaya.tarif, layanan.biaya.uraian if not layanan.biaya.tarif else "")
    return f"{text}\nDasar: {layanan.biaya.dasar.strip()}" if layanan.biaya.dasar.strip() else text


def _kontak(project: Project) -> str:
    i = project.instansi
    parts = [f"Telepon: {i.telepon.strip()}" if i.telepon.strip() else "",
             f"E-mail: {i.email.strip()}" if i.email.strip() else "",
             f"Laman: {i.laman.strip()}" if i.laman.strip() else ""]
    return _lines(parts)


# (bidang, default heading, value of a service in a project)
_FIELDS: tuple[tuple[str, str, Callable[[Project, Layanan], str]], ...] = (
    ("jenis_pelayanan", "Nama Layanan", lambda p, s: s.jenis_pelayanan),
    ("klasifikasi", "Kategori Layanan",
     lambda p, s: Klasifikasi(s.klasifikasi).label if s.klasifikasi in Klasifikasi.values() else s.klasifikasi),
    ("dasar_hukum", "Dasar Hukum", lambda p, s: _lines(s.dasar_hukum)),
    ("persyaratan", "Persyaratan", lambda p, s: _lines([r.uraian for r in s.persyaratan])),
    ("prosedur", "Prosedur", lambda p, s: _prosedur(s)),
    ("waktu_penyelesaian", "Jangka Waktu Penyelesaian", lambda p, s: (s.waktu_penyelesaian or "").strip()),
    ("biaya", "Biaya/Tarif", lambda p, s: _biaya(s)),
    ("produk", "Produk Pelayanan", lambda p, s: _lines(s.produk)),
    ("pengaduan", "Pengaduan", lambda p, s: _saluran(s)),
    ("sarana_prasarana", "Sarana dan Prasarana", lambda p, s: _lines(s.sarana_prasarana)),
    ("kompetensi_pelaksana", "Kompetensi Pelaksana", lambda p, s: _lines(s.kompetensi_pelaksana)),
    ("pengawasan_internal", "Pengawasan Internal", lambda p, s: _lines(s.pengawasan_internal)),
    ("jumlah_pelaksana", "Jumlah Pelaksana", lambda p, s: s.jumlah_pelaksana.strip()),
    ("jaminan_pelayanan", "Jaminan Pelayanan", lambda p, s: _lines(s.jaminan_pelayanan)),
    ("jaminan_keamanan", "Jaminan Keamanan dan Keselamatan", lambda p, s: _lines(s.jaminan_keamanan)),
    ("evaluasi_kinerja", "Evaluasi Kinerja Pelaksana", lambda p, s: _lines(s.evaluasi_kinerja)),
    ("maklumat", "Maklumat Pelayanan", lambda p, s: maklumat.effective_text(p.pengaturan.maklumat_teks)),
    ("unit", "Unit Penyelenggara", lambda p, s: p.instansi.nama.strip()),
    ("alamat", "Alamat/Lokasi", lambda p, s: p.instansi.alamat.strip()),
    ("kontak", "Kontak", lambda p, s: _kontak(p)),
)
_VALUES = {key: value for key, _heading, value in _FIELDS}
FIELD_LABELS = {key: heading for key, heading, _value in _FIELDS}
"""The app's fields the workbook can hold, by key, with their default heading (also their name on screen)."""

DEFAULT_COLUMNS = tuple(Kolom(key, heading) for key, heading, _value in _FIELDS)


def columns_from_extra(extra: Mapping[str, Any]) -> list[Kolom]:
    """The project's mapping: its stored columns in order, then any field it does not name (inactive).

    A stored column with an unknown field or a blank heading is skipped; nothing stored gives the default.
    """
    stored = extra.get(EXTRA_KEY)
    items = stored.get("kolom") if isinstance(stored, dict) else None
    if not isinstance(items, list):
        return list(DEFAULT_COLUMNS)
    out: list[Kolom] = []
    seen: set[str] = set()
    for item in items:
        if not isinstance(item, dict):
            continue
        key, heading = item.get("bidang"), item.get("judul")
        if key not in _VALUES or key in seen:
            continue
        heading = heading.strip() if isinstance(heading, str) and heading.strip() else FIELD_LABELS[key]
        out.append(Kolom(key, heading, item.get("aktif", True) is not False))
        seen.add(key)
    out.extend(Kolom(c.bidang, c.judul, False) for c in DEFAULT_COLUMNS if c.bidang not in seen)
    return out


def columns_to_extra(columns: Sequence[Kolom], previous: Any = None) -> dict[str, Any]:
    """The stored object of a mapping; keys of ``previous`` other than ``kolom`` are kept."""
    out = {k: v for k, v in previous.items() if k != "kolom"} if isinstance(previous, dict) else {}
    out["kolom"] = [{"bidang": c.bidang, "judul": c.judul, "aktif": c.aktif} for c in columns]
    return out


def rows(project: Project, columns: Sequence[Kolom]) -> tuple[list[str], list[list[str]]]:
    """The headings of the active columns and one row of texts per service of ``project``, in order."""
    active = [c for c in columns if c.aktif and c.bidang in _VALUES]
    return [c.judul for c in active], [[_VALUES[c.bidang](project, s) for c in active] for s in project.layanan]
