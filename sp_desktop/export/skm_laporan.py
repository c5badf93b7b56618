"""The Laporan Survei Kepuasan Masyarakat in the structure units submit (export layer).

Cover; BAB I Pendahuluan (dasar hukum, maksud, tujuan); BAB II Pengumpulan Data (team, method,
place, period, sample); BAB III Hasil (``skm_laporan_hasil``); BAB IV Analisis
(``skm_laporan_analisis``); BAB V Penutup and the head's signature. Registered in
``catalog.BUILDERS`` as ``laporan-skm``.
"""

from __future__ import annotations

from sp_desktop.domain import skm
from sp_desktop.domain.enums import Peran
from sp_desktop.domain.formatting.dates import format_date
from sp_desktop.domain.model import Project
from sp_desktop.domain.survei import Survei

from . import skm_laporan_common as common
from .blocks import Heading, Labeled, LogoImage, PageBreak, Paragraph, ReportDocument, Spacer, Table
from .catalog import DocRequest
from .parts import BLANK, iso_date, jabatan_kepala, signature
from .skm_laporan_analisis import bab_iv
from .skm_laporan_hasil import bab_iii, lowest

DASAR_HUKUM = (
    "Undang-Undang Nomor 25 Tahun 2009 tentang Pelayanan Publik;",
    "Peraturan Pemerintah Nomor 96 Tahun 2012 tentang Pelaksanaan Undang-Undang Nomor 25 Tahun 2009 tentang "
    "Pelayanan Publik;",
    "Peraturan Menteri Pendayagunaan Aparatur Negara dan Reformasi Birokrasi Nomor 14 Tahun 2017 tentang Pedoman "
    "Penyusunan Survei Kepuasan Masyarakat Unit Penyelenggara Pelayanan Publik.",
)
TUJUAN = (
    "mengetahui tingkat kepuasan masyarakat terhadap kinerja pelayanan;",
    "mengetahui kelemahan dan kekuatan tiap unsur pelayanan;",
    "menjadi bahan penetapan kebijakan dan rencana tindak lanjut untuk perbaikan pelayanan;",
    "menjadi bahan evaluasi dan perbaikan Standar Pelayanan.",
)
METODE = ("Survei dilakukan dengan kuesioner tertulis yang diisi oleh responden pengguna layanan setelah "
          "menerima pelayanan. Kuesioner memuat sembilan unsur pelayanan sesuai Peraturan Menteri PANRB Nomor 14 "
          "Tahun 2017, masing-masing dengan empat pilihan jawaban bernilai 1 (tidak baik) sampai 4 (sangat baik).")


def _list(entries) -> Labeled:
    return Labeled("", tuple((f"{n}.", text) for n, text in enumerate(entries, start=1)), marker_width_mm=7,
                   gap_pt=1)


def _cover(project: Project, s: Survei) -> list:
    year = (s.selesai or s.mulai)[:4] or BLANK
    out: list = [Spacer(30), Heading("LAPORAN", level=0), Heading("SURVEI KEPUASAN MASYARAKAT", level=0),
                 Paragraph(f"PERIODE {s.periode.strip().upper() or BLANK}", align="center", bold=True, size=1.2),
                 Spacer(20)]
    if project.logo is not None and project.logo.data:
        out += [LogoImage(project.logo.data, 45.0), Spacer(20)]
    else:
        out.append(Spacer(60))
    out += [Paragraph(project.instansi.nama.strip().upper() or BLANK, align="center", bold=True, size=1.25),
            Paragraph(project.instansi.pemerintah_daerah.strip().upper(), align="center", bold=True, size=1.15),
            Paragraph(year, align="center", bold=True, size=1.15), PageBreak()]
    return out


def _bab_i(project: Project) -> list:
    unit = common.unit(project)
    return [
        Heading("BAB I", level=1), Heading("PENDAHULUAN", level=1),
        Heading("A. Latar Belakang", level=2, align="left"),
        Paragraph(f"Survei Kepuasan Masyarakat (SKM) adalah kegiatan pengukuran yang menyeluruh atas tingkat "
                  f"kepuasan masyarakat terhadap pelayanan {unit}. Survei wajib dilaksanakan paling sedikit satu "
                  "kali dalam setahun; hasilnya dipublikasikan dan menjadi dasar perbaikan pelayanan serta "
                  "Standar Pelayanan.", align="justify"),
        Heading("B. Dasar Hukum", level=2, align="left"), _list(DASAR_HUKUM),
        Heading("C. Maksud dan Tujuan", level=2, align="left"),
        Paragraph("Survei dimaksudkan untuk memperoleh gambaran objektif tentang mutu pelayanan yang diterima "
                  "masyarakat. Tujuannya adalah untuk:", align="justify", space_after=2),
        Labeled("", tuple((f"{chr(97 + n)}.", text) for n, text in enumerate(TUJUAN)), marker_width_mm=7, gap_pt=1),
    ]


def _team(project: Project, s: Survei) -> list:
    members = s.lain.get("tim")
    rows = []
    if isinstance(members, list) and members:
        for m in members:
            if isinstance(m, dict):
                rows.append((str(m.get("nama") or BLANK), str(m.get("jabatan") or "-"), str(m.get("peran") or "-")))
            else:
                rows.append((str(m), "-", "-"))
    else:
        for m in project.tim:
            try:
                peran = Peran(m.peran).label
            except ValueError:
                peran = m.peran or "-"
            rows.append((m.nama.strip() or BLANK, m.jabatan.strip() or "-", peran))
    if not rows:
        return [Paragraph(f"Survei dilaksanakan oleh {common.unit(project)}.")]
    numbered = tuple((str(n), *row) for n, row in enumerate(rows, start=1))
    return [Table(("NO", "NAMA", "JABATAN", "KEDUDUKAN DALAM TIM"), numbered, (0.07, 0.36, 0.35, 0.22),
                  ("center", "left", "left", "left"), size=0.92)]


def _bab_ii(project: Project, s: Survei, request: DocRequest, count: int) -> list:
    target = skm.sample_size(s.populasi)
    place = str(s.lain.get("tempat") or "").strip() or (
        f"Ruang pelayanan {common.unit(project)}" + (f", {project.instansi.alamat.strip()}"
                                                     if project.instansi.alamat.strip() else ""))
    services = [common.service(request)] if common.service(request) else [name for name in s.layanan if name]
    reached = f" ({common.percent(count, target)} dari jumlah minimal)" if target else ""
    return [
        Heading("BAB II", level=1), Heading("PENGUMPULAN DATA SURVEI", level=1),
        Heading("A. Pelaksana Survei", level=2, align="left"), *_team(project, s),
        Heading("B. Metode Pengumpulan Data", level=2, align="left"),
        Paragraph(str(s.lain.get("metode") or "").strip() or METODE, align="justify"),
        Heading("C. Lokasi Pengumpulan Data", level=2, align="left"), Paragraph(place, align="justify"),
        Heading("D. Waktu Pelaksanaan", level=2, align="left"),
        Paragraph(f"Survei periode {common.period_line(s)}.", align="justify"),
        Heading("E. Penentuan Jumlah Responden", level=2, align="left"),
        Paragraph(f"Populasi penerima layanan dalam periode survei diperkirakan {s.populasi} orang. Menurut tabel "
                  f"Krejcie dan Morgan yang digunakan Peraturan Menteri PANRB Nomor 14 Tahun 2017, jumlah responden "
                  f"minimal adalah {target} orang. Responden yang mengisi kuesioner sebanyak {count} "
                  f"orang{reached}.", align="justify"),
        Heading("F. Jenis Layanan yang Disurvei", level=2, align="left"),
        _list(services or [BLANK]),
    ]


def _bab_v(project: Project, s: Survei, r: skm.IkmResult) -> list:
    weakest = ", ".join(f"U{u.nomor} {skm.UNSUR[u.nomor - 1]}" for u in lowest(r)) or "-"
    d = iso_date(s.tanggal_laporan, default_today=False)
    kota = project.instansi.kota.strip() or BLANK
    return [
        Heading("BAB V", level=1), Heading("PENUTUP", level=1),
        Paragraph(f"Berdasarkan hasil survei periode {s.periode.strip() or BLANK}, nilai Indeks Kepuasan Masyarakat "
                  f"{common.unit(project)} adalah {common.ikm_text(r)} dengan mutu pelayanan {common.mutu_text(r)}. "
                  f"Unsur yang perlu mendapat prioritas perbaikan adalah {weakest}.", align="justify"),
        Paragraph("Hasil survei ini dipublikasikan kepada masyarakat dan ditindaklanjuti sesuai rencana tindak "
                  f"lanjut, serta menjadi bahan evaluasi Standar Pelayanan. Demikian laporan ini disusun untuk "
                  f"menjadi bahan pertimbangan {jabatan_kepala(project)}.", align="justify"),
        Spacer(6),
        signature(project, (f"{kota}, {format_date(d) if d else BLANK}",)),
    ]


def build_laporan_skm(project: Project, request: DocRequest) -> ReportDocument:
    """The report of the survey in ``request.options["survei"]`` (its trend in ``options["tren"]``)."""
    s = common.survey(request)
    items = common.respondents(request)
    r = common.result(items)
    trend = list(request.options.get(common.TREND_OPTION) or ())
    blocks = [*_cover(project, s), *_bab_i(project), PageBreak(), *_bab_ii(project, s, request, len(items)),
              PageBreak(), *bab_iii(items, r), PageBreak(), *bab_iv(s, items, r, trend), PageBreak(),
              *_bab_v(project, s, r)]
    title = f"Laporan Survei Kepuasan Masyarakat {s.periode.strip()}".strip()
    return ReportDocument(kind="laporan-skm", title=title, page=common.page(project, request), blocks=blocks,
                          author=project.instansi.nama)
