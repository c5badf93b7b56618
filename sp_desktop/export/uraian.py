"""What each component row says: the URAIAN items of one service, built from its fields (export layer)."""

from __future__ import annotations

from collections.abc import Sequence

from sp_desktop.domain.components import KOMPONEN, TEXT_LIST_KEYS
from sp_desktop.domain.derive import effective_biaya, effective_waktu, is_usable_duration
from sp_desktop.domain.enums import JenisSaluran, Tahap
from sp_desktop.domain.formatting import format_duration, format_fee, format_rupiah
from sp_desktop.domain.model import Layanan

from .blocks import ComponentRow, Item, KeyValue, ListEntry, NumberedList, TextItem

MISSING_TEXT = "(belum diisi)"
"""Placeholder printed in an empty component of a draft."""

PART_A_TITLE = (
    "A. Komponen Standar Pelayanan yang terkait dengan proses penyampaian pelayanan (service delivery)"
)
PART_B_TITLE = (
    "B. Komponen Standar Pelayanan yang terkait dengan proses pengelolaan pelayanan di internal "
    "organisasi (manufacturing)"
)

# The eight rows of the "RANCANGAN STANDAR PELAYANAN" format of Perwali Metro 19/2018, Bab III huruf A.
BRIEF_ROWS: tuple[tuple[str, str], ...] = (
    ("jenis_pelayanan", "Jenis Pelayanan"),
    ("dasar_hukum", "Dasar Hukum"),
    ("persyaratan", "Persyaratan"),
    ("prosedur", "Prosedur"),
    ("waktu_penyelesaian", "Waktu Pelayanan"),
    ("biaya", "Biaya/Tarif"),
    ("produk", "Produk"),
    ("pengaduan", "Pengelolaan Pengaduan"),
)

_TAHAP_SUFFIX = {Tahap.AKHIR.value: " (diserahkan di akhir)", Tahap.BERTAHAP.value: " (diserahkan bertahap)"}


def _filled(text: object) -> bool:
    return isinstance(text, str) and bool(text.strip())


def _as_list(entries: Sequence[ListEntry]) -> list[Item]:
    """One entry as a paragraph, several as a numbered list."""
    if not entries:
        return []
    if len(entries) == 1 and not entries[0].detail:
        return [TextItem(entries[0].text)]
    return [NumberedList(tuple(entries))]


def _text_list(values: Sequence[str]) -> list[Item]:
    return _as_list([ListEntry(v) for v in values if _filled(v)])


def _step_detail(step) -> str:
    parts = []
    if _filled(step.pelaksana):
        parts.append(f"Pelaksana: {step.pelaksana}")
    if is_usable_duration(step.durasi):
        parts.append(f"Waktu: {format_duration(step.durasi.nilai, step.durasi.satuan)}")
    if isinstance(step.biaya_pengguna, int) and step.biaya_pengguna > 0:
        parts.append(f"Biaya: {format_rupiah(step.biaya_pengguna)}")
    if _filled(step.keluaran):
        parts.append(f"Keluaran: {step.keluaran}")
    return "; ".join(parts)


def _prosedur(layanan: Layanan, detail_steps: bool) -> list[Item]:
    entries = [
        ListEntry(step.uraian, _step_detail(step) if detail_steps else "")
        for step in layanan.prosedur
        if _filled(step.uraian)
    ]
    if len(entries) == 1 and entries[0].detail:
        return [TextItem(entries[0].text), TextItem(entries[0].detail, italic=True)]
    return _as_list(entries)


def _biaya(layanan: Layanan) -> list[Item]:
    if layanan.biaya is None and not layanan.prosedur:
        return []
    biaya = effective_biaya(layanan)
    try:
        items: list[Item] = [TextItem(format_fee(biaya.tarif, biaya.uraian))]
    except (TypeError, ValueError):
        items = [TextItem(str(biaya.tarif))]
    if isinstance(biaya.tarif, int) and biaya.tarif > 0 and _filled(biaya.uraian):
        items.append(TextItem(biaya.uraian))
    if _filled(biaya.dasar):
        items.append(TextItem(f"Dasar: {biaya.dasar}"))
    return items


def _pengaduan(layanan: Layanan) -> list[Item]:
    pengaduan = layanan.pengaduan
    names = [JenisSaluran.name_of(s.jenis, s.nama if isinstance(s.nama, str) else "") for s in pengaduan.saluran]
    channels = [
        ListEntry(f"{name}: {s.alamat}" if _filled(s.alamat) else name)
        for name, s in zip(names, pengaduan.saluran, strict=True)
    ]
    items: list[Item] = []
    if channels:
        items.append(TextItem("Saluran pengaduan:"))
        items.append(NumberedList(tuple(channels)))
    petugas = pengaduan.petugas
    pairs = tuple(
        (label, value)
        for label, value in (
            ("Nama", petugas.nama),
            ("Telepon", petugas.telepon),
            ("E-mail", petugas.email),
            ("Alamat", petugas.alamat),
        )
        if _filled(value)
    )
    if pairs:
        items.append(KeyValue(pairs, title="Petugas pengaduan:"))
    if _filled(pengaduan.tindak_lanjut):
        items.append(TextItem(pengaduan.tindak_lanjut))
    return items


def component_items(layanan: Layanan, key: str, detail_steps: bool = False) -> list[Item]:
    """The URAIAN items of one component, empty when the component has no content.

    Args:
        layanan: The service.
        key: An SP JSON component key, or ``"jenis_pelayanan"``.
        detail_steps: Add who, how long, cost and output under each procedure step (drafts).

    Returns:
        The items in print order.
    """
    if key == "jenis_pelayanan":
        return [TextItem(layanan.jenis_pelayanan)] if _filled(layanan.jenis_pelayanan) else []
    if key == "persyaratan":
        return _as_list([
            ListEntry(p.uraian + _TAHAP_SUFFIX.get(p.tahap, "")) for p in layanan.persyaratan if _filled(p.uraian)
        ])
    if key == "prosedur":
        return _prosedur(layanan, detail_steps)
    if key == "waktu_penyelesaian":
        waktu = effective_waktu(layanan)
        return [TextItem(waktu)] if _filled(waktu) else []
    if key == "biaya":
        return _biaya(layanan)
    if key == "pengaduan":
        return _pengaduan(layanan)
    if key == "jumlah_pelaksana":
        return [TextItem(layanan.jumlah_pelaksana)] if _filled(layanan.jumlah_pelaksana) else []
    if key in TEXT_LIST_KEYS or key in ("dasar_hukum", "produk"):
        return _text_list(getattr(layanan, key))
    raise KeyError(key)


def _row(no: int, label: str, key: str, layanan: Layanan, notes: dict[str, list[str]], detail: bool) -> ComponentRow:
    items = component_items(layanan, key, detail)
    if not items:
        return ComponentRow(str(no), label, (TextItem(MISSING_TEXT, italic=True, missing=True),), key, missing=True)
    extra = tuple(TextItem(f"Perlu dilengkapi: {text}", italic=True, note=True) for text in notes.get(key, ()))
    return ComponentRow(str(no), label, tuple(items) + extra, key)


def full_rows(
    layanan: Layanan, notes: dict[str, list[str]] | None = None, detail_steps: bool = False
) -> tuple[tuple[ComponentRow, ...], tuple[ComponentRow, ...]]:
    """The fourteen rows in two parts: A (service delivery, 6 rows) and B (internal, 8 rows).

    Args:
        layanan: The service.
        notes: Blocking finding messages by component key, printed under the row's content.
        detail_steps: See :func:`component_items`.

    Returns:
        Part A rows and part B rows, each numbered from 1.
    """
    notes = notes or {}
    parts = []
    for group in ("A", "B"):
        comps = [k for k in KOMPONEN if k.group == group]
        parts.append(
            tuple(_row(i, k.label, k.key, layanan, notes, detail_steps) for i, k in enumerate(comps, start=1))
        )
    return parts[0], parts[1]


def brief_rows(layanan: Layanan, notes: dict[str, list[str]] | None = None) -> tuple[ComponentRow, ...]:
    """The eight rows of the Perwali Metro 19/2018 draft format."""
    notes = notes or {}
    return tuple(
        _row(i, label, key, layanan, notes, True) for i, (key, label) in enumerate(BRIEF_ROWS, start=1)
    )
