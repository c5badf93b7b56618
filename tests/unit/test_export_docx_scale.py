import pytest
from docx import Document
from docx.oxml.ns import qn
from docx.oxml.xmlchemy import BaseOxmlElement
from docx.text.paragraph import Paragraph

from sp_desktop.export import export_document
from sp_desktop.export.docx_writer import DocxWriter
from sp_desktop.export.report_model import build_maklumat, build_rancangan, build_standar
from tests.unit import export_fixtures as fx

# python-docx's own ways of looking through an element's children. On the body (or the whole
# document) each costs time in proportion to the document written so far.
SEARCHES = ("xpath", "find", "findall", "iterfind", "iterchildren")
WHOLE_BODY = {qn("w:body"), qn("w:document")}


def _body_searches(monkeypatch, write) -> int:
    """How many times ``write()`` makes python-docx look through the body's (or document's) children."""
    calls = []

    def spy(name):
        original = getattr(BaseOxmlElement, name)

        def counted(self, *args, **kwargs):
            if self.tag in WHOLE_BODY:
                calls.append(name)
            return original(self, *args, **kwargs)

        return counted

    with monkeypatch.context() as patch:
        for name in SEARCHES:
            patch.setattr(BaseOxmlElement, name, spy(name))
        write()
    return len(calls)


@pytest.mark.parametrize("build", [build_rancangan, build_standar])
def test_export_docx_scale_body_searches_do_not_grow_with_services(tmp_path, monkeypatch, build):
    few, many = tmp_path / "sedikit.docx", tmp_path / "banyak.docx"
    few_searches = _body_searches(monkeypatch, lambda: DocxWriter().write(build(fx.project(2)), few))
    many_searches = _body_searches(monkeypatch, lambda: DocxWriter().write(build(fx.project(25)), many))
    assert few_searches == many_searches  # a fixed number for the page setup, none per table or paragraph
    assert len(Document(str(many)).tables) > len(Document(str(few)).tables)


def test_export_docx_scale_spy_sees_python_docx_searching_the_body(monkeypatch):
    # The guard above is only worth something if the spy sees the searches python-docx's own
    # add_table and add_paragraph make (the quadratic growth this writer avoids).
    def python_docx(n):
        word = Document()
        for _ in range(n):
            word.add_table(rows=1, cols=1)
            word.add_paragraph("teks")

    assert _body_searches(monkeypatch, lambda: python_docx(10)) > _body_searches(monkeypatch, lambda: python_docx(2))


def test_export_docx_scale_300_services_complete(tmp_path):
    proj = fx.project(300)
    path = export_document(proj, "rancangan", tmp_path / "besar.docx")
    word = Document(str(path))
    component_tables = [t for t in word.tables if t._tbl.tr_lst[0].xpath("string(./w:tc[1])") == "NO"]
    assert len(component_tables) == 2 * 300
    paragraphs = [Paragraph(p, None).text for p in word.element.body.iter(qn("w:p"))]
    assert fx.missing_in_order("\n".join(paragraphs), fx.document_texts(build_rancangan(proj))) == []
    headings = [t for t in paragraphs if t.startswith("JENIS PELAYANAN : ")]
    assert headings == [f"JENIS PELAYANAN : Penerbitan Akta Kelahiran L{i}" for i in range(1, 301)]
    last_rows = [t._tbl.tr_lst[-1].xpath("string(./w:tc[3])") for t in component_tables[1::2]]
    assert last_rows == [f"Survei kepuasan masyarakat setiap tahun L{i}Rapat evaluasi bulanan L{i}"
                         for i in range(1, 301)]


def _documents():
    incomplete = fx.project(2)
    incomplete.layanan.append(fx.incomplete_layanan())
    decree = fx.project(2)
    decree.extra["penetapan"] = {"nomor": "188.4/55/DKPS/2018", "tanggal": "2018-11-30"}
    return [build_rancangan(incomplete), build_standar(decree), build_maklumat(fx.project(1)),
            build_maklumat(fx.project(1), poster=True)]


@pytest.mark.parametrize("doc", _documents(), ids=["rancangan", "standar", "maklumat", "poster"])
def test_export_docx_scale_written_xml_is_well_formed_word(tmp_path, doc):
    DocxWriter().write(doc, tmp_path / "x.docx")
    word = Document(str(tmp_path / "x.docx"))
    body = word.element.body
    assert body[-1].tag == qn("w:sectPr")  # the section stays last
    cells = list(body.iter(qn("w:tc")))
    assert cells and all(tc[-1].tag == qn("w:p") for tc in cells)  # a cell must end with a paragraph
    for tr_pr in body.iter(qn("w:trPr")):
        tags = [c.tag for c in tr_pr]
        assert len(tags) == len(set(tags)), tags
    used = {int(n.get(qn("w:val"))) for n in body.iter(qn("w:numId"))}
    defined = {int(n.numId) for n in word.part.numbering_part.element.num_lst}
    assert used <= defined
    for table in word.tables:
        columns = len(table._tbl.tblGrid.findall(qn("w:gridCol")))
        assert {sum(tc.grid_span for tc in tr.tc_lst) for tr in table._tbl.tr_lst} == {columns}  # rows fill the grid
