"""The per-period summary of the complaints log as the page shows it (ui layer)."""

from __future__ import annotations

from html import escape

from sp_desktop.domain.formatting import format_number
from sp_desktop.domain.pengaduan_masuk import NO_SERVICE_LABEL, ComplaintSummary, component_text
from sp_desktop.domain.survei import STATUS_PENGADUAN

_TOP = 4


def _counts(pairs, label) -> str:
    shown = [f"{escape(label(v))} {format_number(n)}" for v, n in pairs[:_TOP]]
    more = len(pairs) - _TOP
    return ", ".join(shown) + (f", dan {more} lainnya" if more > 0 else "")


def summary_html(rekap: ComplaintSummary) -> str:
    """Counts by status, service and component, the average days to close, and the open ones with their age."""
    if not rekap.jumlah:
        return "Belum ada pengaduan pada periode ini."
    status = ", ".join(f"{STATUS_PENGADUAN[s].lower()} {format_number(n)}" for s, n in rekap.per_status)
    if rekap.rata_hari_selesai is not None:
        average = f"rata-rata selesai dalam {format_number(round(rekap.rata_hari_selesai, 1))} hari"
    else:
        average = "belum ada yang selesai"
    lines = [
        f"<b>{format_number(rekap.jumlah)} pengaduan</b>: {status}; {average}.",
        "Per jenis pelayanan: " + _counts(rekap.per_layanan, lambda v: v or NO_SERVICE_LABEL) + ".",
        "Per komponen: " + _counts(rekap.per_komponen, component_text) + ".",
    ]
    if rekap.terbuka:
        oldest, age = rekap.terbuka[0]
        lines.append(f"<span style='color:#8a5a00'>{format_number(len(rekap.terbuka))} belum selesai; yang paling "
                     f"lama {format_number(age)} hari ({escape(oldest.layanan or NO_SERVICE_LABEL)}: "
                     f"{escape(' '.join(oldest.ringkasan.split())[:80])}).</span>")
    else:
        lines.append("Semua pengaduan sudah selesai ditindaklanjuti.")
    return "<br>".join(lines)
