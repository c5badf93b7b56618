"""The text of each component of a service as a reviewer reads it: for the index, the comparison, the report.

One line per item (a requirement, a step, a channel), final Indonesian text; nothing here writes.
"""

from __future__ import annotations

from ..domain.components import KOMPONEN
from ..domain.derive import effective_biaya, effective_waktu
from ..domain.enums import JenisSaluran, SatuanDurasi, Tahap
from ..domain.formatting import format_duration, format_fee
from ..domain.model import Layanan

NAME_KEY = "jenis_pelayanan"
NAME_LABEL = "Jenis pelayanan"


def _label(enum, value: str) -> str:
    try:
        return enum(value).label
    except ValueError:
        return value


def _step(i: int, step) -> str:
    parts = [f"{i}. {step.uraian}".rstrip()]
    if step.pelaksana:
        parts.append(f"pelaksana: {step.pelaksana}")
    if step.durasi is not None and step.durasi.satuan:
        try:
            parts.append(format_duration(step.durasi.nilai, step.durasi.satuan))
        except (ValueError, KeyError):
            parts.append(f"{step.durasi.nilai} {_label(SatuanDurasi, step.durasi.satuan)}")
    if step.keluaran:
        parts.append(f"keluaran: {step.keluaran}")
    return "; ".join(parts)


def component_lines(layanan: Layanan, key: str) -> list[str]:
    """The lines of one component (``components.KOMPONEN`` key); [] when it is empty."""
    if key == "persyaratan":
        return [f"{p.uraian} ({_label(Tahap, p.tahap)})" if p.tahap != "awal" else p.uraian
                for p in layanan.persyaratan if p.uraian.strip()]
    if key == "prosedur":
        return [_step(i, s) for i, s in enumerate(layanan.prosedur, start=1)]
    if key == "waktu_penyelesaian":
        text = effective_waktu(layanan)
        return [text] if text.strip() else []
    if key == "biaya":
        biaya = effective_biaya(layanan)
        try:
            line = format_fee(biaya.tarif, biaya.uraian)
        except (ValueError, TypeError):
            line = biaya.uraian or str(biaya.tarif)
        return [line + (f" ({biaya.dasar})" if biaya.dasar else "")]
    if key == "pengaduan":
        p = layanan.pengaduan
        lines = [f"{s.nama or _label(JenisSaluran, s.jenis)}: {s.alamat}".rstrip(": ") for s in p.saluran]
        if p.petugas.nama:
            lines.append(f"Petugas: {p.petugas.nama}")
        if p.tindak_lanjut:
            lines.append(p.tindak_lanjut)
        return lines
    if key == "jumlah_pelaksana":
        return [layanan.jumlah_pelaksana] if layanan.jumlah_pelaksana.strip() else []
    value = getattr(layanan, key, None)
    if isinstance(value, list):
        return [str(x) for x in value if str(x).strip()]
    return []


def component_texts(layanan: Layanan) -> list[tuple[str, str, str]]:
    """``(key, label, text)`` of the name and of each of the fourteen components, in the printed order."""
    out = [(NAME_KEY, NAME_LABEL, layanan.jenis_pelayanan)]
    out += [(k.key, k.label, "\n".join(component_lines(layanan, k.key))) for k in KOMPONEN]
    return out
