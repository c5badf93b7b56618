"""BAB IV of the Laporan SKM: the lowest unsur as priorities, the follow-up plan, the trend across periods,
and the respondents' suggestions (export layer)."""

from __future__ import annotations

from collections.abc import Sequence
from fractions import Fraction

from sp_desktop.domain import skm
from sp_desktop.domain.formatting.dates import format_date
from sp_desktop.domain.survei import Responden, Survei

from .blocks import Heading, Labeled, Paragraph, Table
from .parts import iso_date
from .skm_chart import figure
from .skm_laporan_hasil import lowest

MAX_SUGGESTIONS = 15


def _date(text: str | None) -> str:
    d = iso_date(text, default_today=False)
    return format_date(d) if d else "-"


def priorities(r: skm.IkmResult) -> list:
    weakest = lowest(r)
    if not weakest:
        return [Paragraph("Belum ada jawaban responden yang dapat dianalisis.")]
    entries = tuple((f"{n}.", f"U{u.nomor} {skm.UNSUR[u.nomor - 1]}: NRR {figure(u.nrr)} (nilai konversi "
                              f"{figure(u.konversi)}, mutu {u.mutu[0]} \u2013 {u.mutu[1]})")
                    for n, u in enumerate(weakest, start=1))
    return [
        Paragraph("Unsur pelayanan dengan nilai terendah, yang menjadi prioritas perbaikan, adalah:",
                  align="justify", space_after=2),
        Labeled("", entries, marker_width_mm=7, gap_pt=1, justify=False),
    ]


def follow_up_table(s: Survei) -> list:
    if not s.tindak_lanjut:
        return [Paragraph("Rencana tindak lanjut belum disusun.", italic=True)]
    rows = tuple(
        (str(n), f"U{t.unsur} {skm.UNSUR[t.unsur - 1]}" if 1 <= t.unsur <= 9 else str(t.unsur),
         t.rencana.strip() or "-", t.penanggung_jawab.strip() or "-", _date(t.target),
         _date(t.selesai) if t.selesai else "Belum selesai")
        for n, t in enumerate(s.tindak_lanjut, start=1))
    done = sum(1 for t in s.tindak_lanjut if t.selesai)
    share = figure(Fraction(100 * done, len(s.tindak_lanjut)))
    return [
        Table(("NO", "UNSUR", "RENCANA TINDAK LANJUT", "PENANGGUNG JAWAB", "TARGET", "SELESAI"), rows,
              (0.06, 0.20, 0.30, 0.18, 0.13, 0.13), ("center", "left", "left", "left", "center", "center"),
              size=0.88),
        Paragraph(f"Tindak lanjut yang telah selesai: {done} dari {len(s.tindak_lanjut)} rencana ({share} %).",
                  space_after=6),
    ]


def trend_table(trend: Sequence) -> list:
    """The IKM of each period (``(SurveiInfo, IkmResult)`` pairs) and the change from the one before."""
    if not trend:
        return [Paragraph("Survei ini adalah survei pertama yang tercatat; tren antarperiode belum dapat "
                          "disajikan.", italic=True)]
    rows = []
    previous = None
    for info, r in trend:
        change = "-"
        if previous is not None and r.konversi is not None and previous.konversi is not None:
            delta = skm.round_half_up(r.konversi) - skm.round_half_up(previous.konversi)
            change = ("+" if delta > 0 else "") + figure(delta)
        mutu = r.mutu
        rows.append((str(len(rows) + 1), info.periode, str(r.responden), figure(r.konversi),
                     f"{mutu[0]} ({mutu[1]})" if mutu else "-", change))
        previous = r
    return [
        Table(("NO", "PERIODE", "RESPONDEN", "IKM", "MUTU", "PERUBAHAN"), tuple(rows),
              (0.07, 0.26, 0.17, 0.11, 0.22, 0.17), ("center", "left", "center", "center", "center", "center"),
              size=0.9),
    ]


def suggestions(items: list[Responden]) -> list:
    texts = [r.saran.strip() for r in items if r.saran.strip()]
    if not texts:
        return [Paragraph("Tidak ada saran atau masukan tertulis dari responden.", italic=True)]
    shown = texts[:MAX_SUGGESTIONS]
    out: list = [Labeled("", tuple((f"{n}.", text) for n, text in enumerate(shown, start=1)), marker_width_mm=8,
                         gap_pt=1)]
    if len(texts) > len(shown):
        out.append(Paragraph(f"(dan {len(texts) - len(shown)} saran lainnya, tercatat dalam berkas survei)",
                             italic=True, size=0.9))
    return out


def bab_iv(s: Survei, items: list[Responden], r: skm.IkmResult, trend: Sequence) -> list:
    return [
        Heading("BAB IV", level=1),
        Heading("ANALISIS HASIL SURVEI", level=1),
        Heading("A. Prioritas Perbaikan", level=2, align="left"),
        *priorities(r),
        Heading("B. Rencana Tindak Lanjut", level=2, align="left"),
        *follow_up_table(s),
        Heading("C. Tren Nilai IKM antarperiode", level=2, align="left"),
        *trend_table(trend),
        Heading("D. Saran dan Masukan Responden", level=2, align="left"),
        *suggestions(items),
    ]
