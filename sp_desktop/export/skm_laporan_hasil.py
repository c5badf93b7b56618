"""BAB III of the Laporan SKM: the respondents' profile, the grid of every answer, the figures per unsur,
the chart and the mutu legend (export layer)."""

from __future__ import annotations

from collections import Counter
from fractions import Fraction

from sp_desktop.domain import skm
from sp_desktop.domain.skm_monitoring import TIDAK_DIISI, USIA_BANDS, usia_band
from sp_desktop.domain.survei import JENIS_KELAMIN, PEKERJAAN, PEKERJAAN_LABELS, PENDIDIKAN, Responden

from .blocks import Heading, Image, Labeled, NumberGrid, Paragraph, Table
from .skm_chart import figure, nrr_chart
from .skm_laporan_common import ikm_text, mutu_text, percent

GRID_TITLE = "PENGOLAHAN DATA SKM PER RESPONDEN DAN PER UNSUR PELAYANAN"
GRID_WIDTHS = (0.235,) + (0.085,) * 9
GRID_HEADER = ("NO. RESPONDEN", *(f"U{n}" for n in range(1, 10)))
CHART_HEIGHT_MM = 92.0
LEGEND_HEADER = ("NILAI PERSEPSI", "NILAI INTERVAL (NI)", "NILAI INTERVAL KONVERSI (NIK)", "MUTU PELAYANAN (x)",
                 "KINERJA UNIT PELAYANAN (y)")


def _profile_table(title: str, counts: Counter, order: list[tuple[str, str]], total: int) -> list:
    rows = []
    for key, label in order:
        if counts.get(key, 0) or key != TIDAK_DIISI:
            rows.append((str(len(rows) + 1), label, str(counts.get(key, 0)), percent(counts.get(key, 0), total)))
    rows.append(("", "JUMLAH", str(total), percent(total, total)))
    return [Heading(title, level=2, align="left"),
            Table(("NO", "KELOMPOK", "JUMLAH", "PERSENTASE"), tuple(rows), (0.08, 0.52, 0.18, 0.22),
                  ("center", "left", "center", "center"), size=0.92, total_row=True)]


def profile_blocks(items: list[Responden]) -> list:
    """The profile tables: jenis kelamin, usia, pendidikan, pekerjaan, jenis layanan (counts and shares)."""
    total = len(items)
    blank = [(TIDAK_DIISI, TIDAK_DIISI)]
    out = _profile_table("1. Jenis Kelamin", Counter(r.jenis_kelamin or TIDAK_DIISI for r in items),
                         [*JENIS_KELAMIN.items(), *blank], total)
    out += _profile_table("2. Usia", Counter(usia_band(r.usia) for r in items),
                          [(label, label) for _a, _b, label in USIA_BANDS] + blank, total)
    out += _profile_table("3. Pendidikan", Counter(r.pendidikan or TIDAK_DIISI for r in items),
                          [(p, "Lainnya" if p == "lainnya" else p) for p in PENDIDIKAN] + blank, total)
    out += _profile_table("4. Pekerjaan", Counter(r.pekerjaan or TIDAK_DIISI for r in items),
                          [(k, PEKERJAAN_LABELS[k]) for k in PEKERJAAN] + blank, total)
    services = Counter(r.layanan.strip() or TIDAK_DIISI for r in items)
    names = [name for name in services if name != TIDAK_DIISI]
    out += _profile_table("5. Jenis Layanan", services, [(n, n) for n in names] + blank, total)
    return out


def grid(items: list[Responden], r: skm.IkmResult) -> NumberGrid:
    """Every respondent's nine answers with the sums, NRR, weighted NRR and IKM below them."""
    rows = tuple((str(n), *("-" if v is None else str(v) for v in resp.nilai))
                 for n, resp in enumerate(items, start=1))
    footer = (
        ("\u03a3 Nilai/Unsur", *(str(u.jumlah) for u in r.unsur)),
        ("NRR/Unsur", *(figure(u.nrr) for u in r.unsur)),
        ("NRR tertimbang/Unsur", *(figure(u.nrr_tertimbang, 3) for u in r.unsur)),
        ("IKM (skala 1\u20134)", figure(r.ikm, 3)),
        ("IKM UNIT PELAYANAN", f"{ikm_text(r)}   Mutu {mutu_text(r)}"),
    )
    return NumberGrid(GRID_HEADER, rows, GRID_WIDTHS, footer=footer, size=0.8)


def unsur_table(r: skm.IkmResult) -> Table:
    """Per unsur: NRR, weighted NRR, converted value, mutu and kinerja; the IKM in the last row."""
    rows = []
    for u, name in zip(r.unsur, skm.UNSUR):
        mutu = u.mutu
        rows.append((f"U{u.nomor}", name, figure(u.nrr), figure(u.nrr_tertimbang, 3), figure(u.konversi),
                     mutu[0] if mutu else "-", mutu[1] if mutu else "-"))
    mutu = r.mutu
    rows.append(("", "IKM UNIT PELAYANAN", figure(r.ikm), figure(r.ikm, 3), ikm_text(r),
                 mutu[0] if mutu else "-", mutu[1] if mutu else "-"))
    return Table(("NO", "UNSUR PELAYANAN", "NRR", "NRR\nTERTIMBANG", "NILAI\nKONVERSI", "MUTU", "KINERJA"),
                 tuple(rows), (0.07, 0.27, 0.09, 0.17, 0.13, 0.09, 0.18),
                 ("center", "left", "center", "center", "center", "center", "center"), size=0.88, total_row=True)


def legend() -> list:
    """The keterangan under the grid and the interval table of Permenpan RB 14/2017."""
    notes = (
        ("-", "U1 s.d. U9 = unsur pelayanan (" + "; ".join(f"U{n} {name}" for n, name in
                                                          enumerate(skm.UNSUR, start=1)) + ")."),
        ("-", "NRR = nilai rata-rata = \u03a3 nilai per unsur : jumlah responden yang mengisi unsur itu."),
        ("-", f"NRR tertimbang = NRR \u00d7 bobot; bobot tiap unsur = 1/9 = {skm.BOBOT_LABEL} "
              "(dihitung tepat 1/9, dibulatkan hanya saat ditampilkan)."),
        ("-", "IKM (skala 1\u20134) = \u03a3 NRR tertimbang; IKM unit pelayanan = IKM \u00d7 25 "
              "(nilai dasar 25, rentang 25\u2013100)."),
    )
    return [
        Heading("Keterangan", level=2, align="left"),
        Labeled("", notes, marker_width_mm=5, gap_pt=1),
        Heading("Nilai Persepsi, Interval, Interval Konversi, Mutu dan Kinerja Unit Pelayanan", level=2,
                align="left"),
        Table(LEGEND_HEADER, tuple(skm.INTERVALS), (0.14, 0.22, 0.26, 0.16, 0.22), ("center",) * 5, size=0.9),
    ]


def bab_iii(items: list[Responden], r: skm.IkmResult) -> list:
    """BAB III HASIL: the profile, the grid of every answer, the figures per unsur, the chart, the legend."""
    out: list = [
        Heading("BAB III", level=1),
        Heading("HASIL SURVEI KEPUASAN MASYARAKAT", level=1),
        Heading("A. Jumlah dan Profil Responden", level=2, align="left"),
        Paragraph(f"Jumlah responden yang mengisi kuesioner adalah {len(items)} orang, dengan profil sebagai "
                  "berikut.", align="justify"),
        *profile_blocks(items),
        Heading("B. Pengolahan Data", level=2, align="left"),
        Heading(GRID_TITLE, level=2),
        grid(items, r),
    ]
    out += [
        Heading("C. Nilai per Unsur Pelayanan", level=2, align="left"),
        unsur_table(r),
        Paragraph(f"Nilai IKM unit pelayanan adalah {ikm_text(r)} dengan mutu pelayanan {mutu_text(r)}.",
                  align="justify", bold=True),
        Heading("D. Grafik Nilai per Unsur", level=2, align="left"),
        Image(nrr_chart(r), 170.0, CHART_HEIGHT_MM, caption="Grafik 1. Nilai rata-rata (NRR) per unsur pelayanan"),
        *legend(),
    ]
    return out


def lowest(r: skm.IkmResult, count: int = 3) -> list[skm.UnsurResult]:
    """The ``count`` unsur with the lowest NRR (ties in unsur order): the priorities of the follow-up."""
    known = [u for u in r.unsur if u.nrr is not None]
    return sorted(known, key=lambda u: (u.nrr or Fraction(0), u.nomor))[:count]
