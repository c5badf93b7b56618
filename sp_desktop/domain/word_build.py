"""Turn a service found in an old Word standard into a draft Layanan, its notes and the preview lines (domain layer).

Each row goes to the component its label maps to (or the team's choice in the preview); rows mapped to the
same component are joined, none is dropped: a row mapped to nothing becomes a note on the service.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from sp_desktop.domain.components import TEXT_LIST_KEYS
from sp_desktop.domain.derive import effective_biaya, effective_waktu
from sp_desktop.domain.formatting import format_duration, format_rupiah
from sp_desktop.domain.model import Biaya, Layanan, Pengaduan
from sp_desktop.domain.word_cells import (
    describe_pengaduan,
    parse_biaya,
    parse_dasar_hukum,
    parse_list,
    parse_pengaduan,
    parse_persyaratan,
    parse_prosedur,
    parse_text,
    parse_waktu,
)
from sp_desktop.domain.word_import_model import FoundRow, FoundService, Para
from sp_desktop.domain.word_labels import JENIS_PELAYANAN, LABELS

NOTE_PREVIEW = "Tidak dikenali: disimpan sebagai catatan layanan"
EMPTY_PREVIEW = "(kosong)"
PREVIEW_CHARS = 300
_LIST_KEYS = ("dasar_hukum", "produk", *TEXT_LIST_KEYS)
# What the app's own documents print in an empty row or under a row; not content of the old standard.
_PLACEHOLDERS = ("(belum diisi)", "...diisi hasil identifikasi", "…diisi hasil identifikasi", "-", "–")
_FOLLOW_UP = "Perlu dilengkapi:"


@dataclass
class RowPreview:
    """What the preview shows of one row: the label as written, its component and what was read from it.

    Attributes:
        index: the row's position in ``FoundService.rows``.
        label: the label as written.
        komponen: the key it goes to, or None when it is kept as a note.
        items: Indonesian lines of what was parsed ("Persyaratan (awal): Fotokopi KTP").
    """

    index: int
    label: str
    komponen: str | None
    items: list[str] = field(default_factory=list)


@dataclass
class BuiltService:
    """A draft service built from a found one, the notes to keep with it (judul, teks) and the preview rows."""

    layanan: Layanan
    notes: list[tuple[str, str]] = field(default_factory=list)
    previews: list[RowPreview] = field(default_factory=list)


def _content(row: FoundRow) -> tuple[list[Para], list[str]]:
    """The row's paragraphs without the app's own placeholders, and the follow-up lines it printed."""
    paras, follow_ups = [], []
    for para in row.paras:
        text = (para.text or "").strip()
        if not text or text.casefold() in _PLACEHOLDERS:
            continue
        if text.startswith(_FOLLOW_UP):
            follow_ups.append(text[len(_FOLLOW_UP) :].strip())
            continue
        paras.append(para)
    return paras, follow_ups


def _guess_klasifikasi(name: str) -> str:
    words = set(re.findall(r"[a-z]+", name.casefold()))
    if "jasa" in words and "barang" not in words:
        return "jasa"
    if "barang" in words and "jasa" not in words:
        return "barang"
    return "administratif"


def _join(first: str | None, second: str, sep: str = "; ") -> str:
    return f"{first}{sep}{second}" if first and second else (first or second)


def _add_biaya(layanan: Layanan, biaya: Biaya) -> None:
    if layanan.biaya is None:
        layanan.biaya = biaya
        return
    old = layanan.biaya
    if old.tarif == 0 and biaya.tarif > 0:
        old.tarif = biaya.tarif
    old.uraian = _join(old.uraian, biaya.uraian)
    old.dasar = _join(old.dasar, biaya.dasar)


def _add_pengaduan(target: Pengaduan, found: Pengaduan) -> None:
    for channel in found.saluran:
        if all((c.jenis, c.alamat, c.nama) != (channel.jenis, channel.alamat, channel.nama) for c in target.saluran):
            target.saluran.append(channel)
    for name in ("nama", "telepon", "email", "alamat"):
        if not getattr(target.petugas, name):
            setattr(target.petugas, name, getattr(found.petugas, name))
    target.tindak_lanjut = _join(target.tindak_lanjut, found.tindak_lanjut, " ")


def _short(line: str) -> str:
    """A preview line cut to what a table cell can show; the service keeps the whole text."""
    return line if len(line) <= PREVIEW_CHARS else line[: PREVIEW_CHARS - 1].rstrip() + "…"


def _fee(amount: int) -> str:
    return format_rupiah(amount, cents=False)


def _apply(layanan: Layanan, key: str, paras: list[Para]) -> list[str]:
    """Put the row's content into ``layanan`` under ``key``; return the preview lines of what was read."""
    if key == JENIS_PELAYANAN:
        name = parse_text(paras).replace("\n", " ")
        if name and not layanan.jenis_pelayanan:
            layanan.jenis_pelayanan = name
        return [f"Jenis pelayanan: {name}"] if name else []
    if key == "persyaratan":
        found = parse_persyaratan(paras)
        layanan.persyaratan.extend(found)
        return [f"Persyaratan ({p.tahap}): {p.uraian}" for p in found]
    if key == "prosedur":
        lines = []
        for step in parse_prosedur(paras):
            layanan.prosedur.append(step)
            bits = [f"Langkah {len(layanan.prosedur)}: {step.uraian}"]
            if step.pelaksana:
                bits.append(step.pelaksana)
            if step.durasi is not None:
                bits.append(format_duration(step.durasi.nilai, step.durasi.satuan))
            if step.biaya_pengguna:
                bits.append(_fee(step.biaya_pengguna))
            lines.append(" · ".join(bits))
        return lines
    if key == "waktu_penyelesaian":
        waktu = parse_waktu(paras)
        if waktu:
            layanan.waktu_penyelesaian = _join(layanan.waktu_penyelesaian, waktu)
        return [f"Waktu: {waktu}"] if waktu else []
    if key == "biaya":
        if not paras:
            return []
        biaya = parse_biaya(paras)
        _add_biaya(layanan, biaya)
        shown = _fee(biaya.tarif) if biaya.tarif else (biaya.uraian or "Tidak dipungut biaya")
        lines = [f"Biaya: {shown}"]
        if biaya.tarif and biaya.uraian:
            lines.append(f"Keterangan biaya: {biaya.uraian}")
        if biaya.dasar:
            lines.append(f"Dasar: {biaya.dasar}")
        return lines
    if key == "pengaduan":
        found = parse_pengaduan(paras)
        _add_pengaduan(layanan.pengaduan, found)
        return describe_pengaduan(found)
    if key == "jumlah_pelaksana":
        text = parse_text(paras).replace("\n", "; ")
        layanan.jumlah_pelaksana = _join(layanan.jumlah_pelaksana, text)
        return [f"Jumlah pelaksana: {text}"] if text else []
    items = parse_dasar_hukum(paras) if key == "dasar_hukum" else parse_list(paras)
    getattr(layanan, key).extend(items)
    return [f"{n}. {item}" for n, item in enumerate(items, start=1)]


def build_layanan(found: FoundService, mapping: dict[int, str | None] | None = None) -> BuiltService:
    """Build the draft of one found service.

    Args:
        found: the service as the reader found it.
        mapping: the team's corrections, row index -> component key (None keeps the row as a note); rows
            not in it keep the key the reader recognised.

    Returns:
        The draft ``Layanan`` (status ``draf``), the notes (label, text) of the rows kept as notes, and one
        preview per row.
    """
    layanan = Layanan(jenis_pelayanan=" ".join((found.jenis_pelayanan or "").split()), status="draf")
    built = BuiltService(layanan)
    for index, row in enumerate(found.rows):
        key = mapping[index] if mapping and index in mapping else row.komponen
        if key is not None and key not in LABELS:
            key = None
        paras, follow_ups = _content(row)
        built.notes.extend(("Perlu dilengkapi", text) for text in follow_ups if text)
        if key is None:
            text = row.text
            built.notes.append((row.label.strip() or "Tanpa judul", text))
            first = text.splitlines()[0][:120] if text else ""
            items = [NOTE_PREVIEW] + ([first] if first else [])
        else:
            items = _apply(layanan, key, paras) or [EMPTY_PREVIEW]
        built.previews.append(RowPreview(index, row.label, key, [_short(item) for item in items]))
    layanan.klasifikasi = _guess_klasifikasi(layanan.jenis_pelayanan)
    _prefer_derived(layanan)
    return built


def _prefer_derived(layanan: Layanan) -> None:
    """Leave the time and the fee to be derived from the steps when what is written is exactly their total.

    The app prints a derived total when nothing is stated; reading it back as stated would freeze it.
    """
    if not layanan.prosedur:
        return
    stated_waktu, stated_biaya = layanan.waktu_penyelesaian, layanan.biaya
    layanan.waktu_penyelesaian = layanan.biaya = None
    derived_waktu, derived_biaya = effective_waktu(layanan), effective_biaya(layanan)
    if not (stated_waktu and stated_waktu == derived_waktu):
        layanan.waktu_penyelesaian = stated_waktu
    same_fee = stated_biaya is not None and (stated_biaya.tarif, stated_biaya.uraian, stated_biaya.dasar) == (
        derived_biaya.tarif,
        derived_biaya.uraian,
        derived_biaya.dasar,
    )
    if not same_fee:
        layanan.biaya = stated_biaya
