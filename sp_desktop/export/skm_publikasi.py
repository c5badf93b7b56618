"""The one-page publication of a survey's result, for the notice board and the website (export layer).

IKM, mutu, the chart per unsur, respondents and period; registered in ``catalog.BUILDERS`` as
``publikasi-skm``.
"""

from __future__ import annotations

from sp_desktop.domain.formatting.dates import format_date
from sp_desktop.domain.model import Project

from . import skm_laporan_common as common
from .blocks import Heading, Image, Labeled, Paragraph, PledgeBox, ReportDocument, Spacer
from .catalog import DocRequest
from .parts import BLANK, iso_date, kop, signature
from .skm_chart import nrr_chart

CHART_HEIGHT_MM = 78.0
THANKS = ("Terima kasih atas partisipasi Saudara. Saran dan pengaduan tetap kami terima melalui sarana pengaduan "
          "yang tersedia untuk perbaikan pelayanan kami.")


def build_publikasi_skm(project: Project, request: DocRequest) -> ReportDocument:
    """The publication sheet of the survey in ``request.options["survei"]``."""
    s = common.survey(request)
    items = common.respondents(request)
    r = common.result(items)
    setup = common.page(project, request)
    services = common.service(request) or ", ".join(name for name in s.layanan if name) or BLANK
    mutu = f"MUTU PELAYANAN: {r.mutu[0]} ({r.mutu[1].upper()})" if r.mutu else "MUTU PELAYANAN: -"
    d = iso_date(s.tanggal_laporan, default_today=False)
    kota = project.instansi.kota.strip() or BLANK
    facts = (("Periode survei", common.period_line(s)), ("Jumlah responden", f"{len(items)} orang"),
             ("Jenis layanan", services))
    blocks: list = [
        kop(project),
        Heading("HASIL SURVEI KEPUASAN MASYARAKAT", level=0),
        Paragraph(f"PADA {common.unit(project).upper()}", align="center", bold=True, space_after=8),
        PledgeBox(f"INDEKS KEPUASAN MASYARAKAT (IKM)\n{common.ikm_text(r)}\n{mutu}", size=1.5),
        Spacer(4),
        *[Labeled(label, (("", value),), label_width_mm=40, gap_pt=1, justify=False) for label, value in facts],
        Image(nrr_chart(r), setup.text_width_mm, CHART_HEIGHT_MM),
        Paragraph(THANKS, align="center", italic=True, size=0.9, space_after=4),
        signature(project, (f"{kota}, {format_date(d) if d else BLANK}",), size=0.9),
    ]
    title = f"Publikasi Hasil Survei Kepuasan Masyarakat {s.periode.strip()}".strip()
    return ReportDocument(kind="publikasi-skm", title=title, page=setup, blocks=blocks,
                          author=project.instansi.nama)
