"""The differences between two versions of a service, component by component (domain layer).

Works on SP JSON LAYANAN objects (``sp_json.layanan_to_dict``), so a stored version and the current
content compare the same way. A list component (persyaratan, prosedur, produk, …) is compared item
by item in order: items added, removed and changed; a text component shows its old and new text.
Every word is the one the printed Standar uses.
"""

from __future__ import annotations

import difflib
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any

from .components import KOMPONEN
from .enums import JenisSaluran, Klasifikasi, Tahap
from .formatting.durations import format_duration
from .formatting.money import format_rupiah
from .model import Layanan

TAMBAH, HAPUS, UBAH = "tambah", "hapus", "ubah"
JENIS_LABEL = {TAMBAH: "Ditambahkan", HAPUS: "Dihapus", UBAH: "Diubah"}

_EMPTY = "(kosong)"


@dataclass(frozen=True)
class Change:
    """One difference.

    Attributes:
        komponen: the LAYANAN key; ``label``: its Indonesian name, with the item ("Persyaratan butir 2").
        jenis: ``"tambah"``, ``"hapus"`` or ``"ubah"``.
        butir: the item's number (1-based; in the old version for a removed or changed item, in the new
            one for an added item), or None for a text component.
        semula, menjadi: the old and new text ("" for an added / removed item).
    """

    komponen: str
    label: str
    jenis: str
    butir: int | None
    semula: str
    menjadi: str


@dataclass
class ServiceDiff:
    """The differences of one service, in the order of the printed Standar."""

    jenis_pelayanan: str
    changes: list[Change] = field(default_factory=list)

    @property
    def unchanged(self) -> bool:
        return not self.changes

    def komponen_changed(self) -> list[str]:
        """The keys of the components that differ, each once, in order."""
        return list(dict.fromkeys(c.komponen for c in self.changes))


# ---------------------------------------------------------------------------------------------- rendering


def _rupiah(value: Any) -> str:
    return format_rupiah(int(value or 0), cents=False)


def _persyaratan(item: dict[str, Any]) -> str:
    tahap = item.get("tahap", "")
    label = Tahap(tahap).label.lower() if tahap in Tahap.values() else tahap
    return f"{item.get('uraian', '')} (diserahkan {label})" if label else str(item.get("uraian", ""))


def _langkah(item: dict[str, Any]) -> str:
    parts = [str(item.get("uraian", ""))]
    if item.get("pelaksana"):
        parts.append(f"pelaksana: {item['pelaksana']}")
    durasi = item.get("durasi")
    if durasi:
        try:
            parts.append(f"waktu: {format_duration(durasi['nilai'], durasi['satuan'])}")
        except (KeyError, ValueError, TypeError):
            parts.append(f"waktu: {durasi.get('nilai')} {durasi.get('satuan', '')}".rstrip())
    if item.get("biaya_pengguna"):
        parts.append(f"biaya pengguna: {_rupiah(item['biaya_pengguna'])}")
    if item.get("biaya_unit"):
        parts.append(f"biaya unit: {_rupiah(item['biaya_unit'])}")
    if item.get("keluaran"):
        parts.append(f"keluaran: {item['keluaran']}")
    return "; ".join(parts)


def _saluran(item: dict[str, Any]) -> str:
    jenis = item.get("jenis", "")
    label = JenisSaluran(jenis).label if jenis in JenisSaluran.values() else jenis
    if item.get("nama"):
        label = f"{label} ({item['nama']})"
    return f"{label}: {item.get('alamat', '')}"


def _biaya(value: dict[str, Any] | None) -> str:
    if value is None:
        return "Dihitung dari prosedur"
    parts = [f"Tarif {_rupiah(value.get('tarif'))}" if value.get("tarif") else "Gratis (tidak dipungut biaya)"]
    if value.get("uraian"):
        parts.append(str(value["uraian"]))
    if value.get("dasar"):
        parts.append(f"dasar: {value['dasar']}")
    if value.get("beban_unit"):
        parts.append(f"beban unit: {_rupiah(value['beban_unit'])}")
    return "; ".join(parts)


def _waktu(value: str | None) -> str:
    return "Dihitung dari prosedur" if value is None else value


def _klasifikasi(value: str) -> str:
    return Klasifikasi(value).label if value in Klasifikasi.values() else value


# ---------------------------------------------------------------------------------------------- comparing


def _text_change(key: str, label: str, old: str, new: str) -> list[Change]:
    if old == new:
        return []
    return [Change(key, label, UBAH, None, old or _EMPTY, new or _EMPTY)]


def _list_changes(key: str, label: str, old: list[str], new: list[str]) -> list[Change]:
    """Item by item: equal runs are skipped, a replaced run pairs its items as changes."""
    changes: list[Change] = []
    matcher = difflib.SequenceMatcher(a=old, b=new, autojunk=False)
    for tag, i1, i2, j1, j2 in matcher.get_opcodes():
        if tag == "equal":
            continue
        paired = min(i2 - i1, j2 - j1) if tag == "replace" else 0
        for k in range(paired):
            changes.append(Change(key, f"{label} butir {i1 + k + 1}", UBAH, i1 + k + 1, old[i1 + k], new[j1 + k]))
        for i in range(i1 + paired, i2):
            changes.append(Change(key, f"{label} butir {i + 1}", HAPUS, i + 1, old[i], ""))
        for j in range(j1 + paired, j2):
            changes.append(Change(key, f"{label} butir {j + 1}", TAMBAH, j + 1, "", new[j]))
    return changes


def _items(render: Callable[[Any], str]) -> Callable[[list[Any]], list[str]]:
    return lambda values: [render(v) for v in values or []]


_LISTS: dict[str, Callable[[list[Any]], list[str]]] = {
    "persyaratan": _items(_persyaratan),
    "prosedur": _items(_langkah),
    "produk": _items(str),
    "dasar_hukum": _items(str),
    "sarana_prasarana": _items(str),
    "kompetensi_pelaksana": _items(str),
    "pengawasan_internal": _items(str),
    "jaminan_pelayanan": _items(str),
    "jaminan_keamanan": _items(str),
    "evaluasi_kinerja": _items(str),
}
_TEXTS: dict[str, Callable[[Any], str]] = {
    "waktu_penyelesaian": _waktu,
    "biaya": _biaya,
    "jumlah_pelaksana": lambda v: str(v or ""),
}
_PETUGAS = (("nama", "nama petugas"), ("telepon", "telepon petugas"), ("email", "surel petugas"),
            ("alamat", "alamat petugas"))


def _pengaduan_changes(label: str, old: dict[str, Any], new: dict[str, Any]) -> list[Change]:
    old, new = old or {}, new or {}
    changes = _list_changes("pengaduan", f"{label} – saluran", _items(_saluran)(old.get("saluran")),
                            _items(_saluran)(new.get("saluran")))
    petugas_a, petugas_b = old.get("petugas") or {}, new.get("petugas") or {}
    for key, name in _PETUGAS:
        changes += _text_change("pengaduan", f"{label} – {name}", str(petugas_a.get(key, "")),
                                str(petugas_b.get(key, "")))
    changes += _text_change("pengaduan", f"{label} – tindak lanjut", str(old.get("tindak_lanjut", "")),
                            str(new.get("tindak_lanjut", "")))
    return changes


def diff_dicts(old: dict[str, Any], new: dict[str, Any]) -> ServiceDiff:
    """The differences from LAYANAN object ``old`` to ``new``, in the order of the printed Standar."""
    changes = _text_change("jenis_pelayanan", "Jenis pelayanan", str(old.get("jenis_pelayanan", "")),
                           str(new.get("jenis_pelayanan", "")))
    changes += _text_change("klasifikasi", "Klasifikasi", _klasifikasi(old.get("klasifikasi", "")),
                            _klasifikasi(new.get("klasifikasi", "")))
    for komponen in KOMPONEN:
        key, label = komponen.key, komponen.label
        if key in _LISTS:
            changes += _list_changes(key, label, _LISTS[key](old.get(key)), _LISTS[key](new.get(key)))
        elif key in _TEXTS:
            changes += _text_change(key, label, _TEXTS[key](old.get(key)), _TEXTS[key](new.get(key)))
        elif key == "pengaduan":
            changes += _pengaduan_changes(label, old.get(key), new.get(key))
    return ServiceDiff(str(new.get("jenis_pelayanan", "")), changes)


def diff_layanan(old: Layanan, new: Layanan) -> ServiceDiff:
    """The differences from service version ``old`` to ``new`` (see :func:`diff_dicts`)."""
    from .sp_json import layanan_to_dict

    return diff_dicts(layanan_to_dict(old), layanan_to_dict(new))
