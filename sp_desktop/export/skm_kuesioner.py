"""The questionnaire of the Survei Kepuasan Masyarakat, to print and hand to respondents (export layer).

Kop, the respondent profile with boxes to tick (Permenpan RB 14/2017's model: jenis kelamin, usia,
pendidikan, pekerjaan, jenis layanan, date and hour), the nine questions with their four choices and
a box for suggestions. Registered in ``catalog.BUILDERS`` as ``kuesioner``.
"""

from __future__ import annotations

from sp_desktop.domain import skm
from sp_desktop.domain.model import Project
from sp_desktop.domain.survei import JENIS_KELAMIN, PEKERJAAN, PEKERJAAN_LABELS, PENDIDIKAN

from . import skm_laporan_common as common
from .blocks import Heading, Paragraph, ReportDocument, Table
from .catalog import DocRequest
from .parts import kop

BOX = "\u2610"
LINE = "........................................"
INSTRUCTION = ("Dalam rangka meningkatkan kualitas pelayanan publik, kami mohon kesediaan Saudara mengisi kuesioner "
               "ini dengan jujur. Jawaban Saudara dijamin kerahasiaannya. Berilah tanda silang (X) pada kotak "
               "atau huruf pilihan yang sesuai dengan pendapat Saudara.")
THANKS = "Terima kasih atas kesediaan Saudara mengisi kuesioner ini."


def _boxes(labels) -> str:
    return "    ".join(f"{BOX}\u00a0{label}" for label in labels)


def _profile(request: DocRequest) -> Table:
    s = common.survey(request)
    services = [common.service(request)] if common.service(request) else [name for name in s.layanan if name]
    pendidikan = [p if p != "lainnya" else "Lainnya" for p in PENDIDIKAN]
    rows = (
        ("Nomor responden", LINE),
        ("Jenis kelamin", _boxes(JENIS_KELAMIN.values())),
        ("Usia", f"{'.' * 12} tahun"),
        ("Pendidikan terakhir", _boxes(pendidikan)),
        ("Pekerjaan", _boxes(PEKERJAAN_LABELS[k] for k in PEKERJAAN) + f" {'.' * 16}"),
        ("Jenis layanan yang diterima", "\n".join(f"{BOX}\u00a0{name}" for name in services) or LINE),
        ("Tanggal survei", f"{'.' * 6} / {'.' * 6} / {'.' * 10}"),
        ("Jam survei", f"pukul {'.' * 6} \u2013 {'.' * 6}"),
    )
    return Table(("PROFIL RESPONDEN", "ISIAN (beri tanda X pada kotak yang sesuai)"), rows, (0.32, 0.68),
                 size=0.95)


def _questions() -> Table:
    rows = []
    for n, (unsur, question, choices) in enumerate(zip(skm.UNSUR, skm.QUESTIONS, skm.CHOICES), start=1):
        answers = "\n".join(f"{letter}. {text}" for letter, text in zip("abcd", choices))
        rows.append((f"{n}.", f"{unsur}\n{question}", answers))
    return Table(("NO", "UNSUR DAN PERTANYAAN", "PILIHAN JAWABAN"), tuple(rows), (0.07, 0.58, 0.35),
                 ("center", "left", "left"), size=0.92)


def build_kuesioner(project: Project, request: DocRequest) -> ReportDocument:
    """The questionnaire of the survey in ``request.options["survei"]``, ready to print."""
    s = common.survey(request)
    setup = common.page(project, request)
    blocks: list = [
        kop(project),
        Heading("KUESIONER SURVEI KEPUASAN MASYARAKAT", level=0),
        Paragraph(f"PADA {common.unit(project).upper()}", align="center", bold=True, space_after=0),
        Paragraph(f"Periode {common.period_line(s)}", align="center", space_after=8),
        Paragraph(INSTRUCTION, align="justify", size=0.95, space_after=6),
        _profile(request),
        Heading("PENDAPAT RESPONDEN TENTANG PELAYANAN", level=2, align="left"),
        _questions(),
        Heading("SARAN DAN MASUKAN", level=2, align="left"),
        Table(("Tuliskan saran dan masukan Saudara untuk perbaikan pelayanan",), (("",),), (1.0,),
              row_height_mm=38.0, size=0.95),
        Paragraph(THANKS, align="center", italic=True, space_after=0),
    ]
    return ReportDocument(kind="kuesioner", title="Kuesioner Survei Kepuasan Masyarakat", page=setup,
                          blocks=blocks, author=project.instansi.nama)
