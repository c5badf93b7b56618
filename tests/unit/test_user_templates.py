"""The unit's own Word templates: the saved built-in layout, refusals that name the problem, filling."""

from __future__ import annotations

import io
import re

import pytest
from docx import Document

from sp_desktop.export.catalog import DocRequest
from sp_desktop.export.render import export_document
from sp_desktop.export.template_context import FIELDS, KINDS
from sp_desktop.export.user_templates import TemplateRejected, check_template, fill_template, make_template
from tests.unit.test_meeting_docs import meeting_project
from tests.unit.test_sk_penetapan import adopted


def project_for(kind: str):
    if kind.startswith("sk"):
        project = adopted(2)
        project.tim = meeting_project().tim
        return project
    return meeting_project()


def texts(source) -> list[str]:
    """Every non-blank paragraph of the body and of each table cell, in order."""
    doc = Document(source)
    out = [p.text for p in doc.paragraphs]
    for table in doc.tables:
        for row in table.rows:
            out += [cell.text for cell in row.cells]
    return [t for t in out if t.strip()]


def docx_with(*paragraphs: str) -> bytes:
    doc = Document()
    for text in paragraphs:
        doc.add_paragraph(text)
    buffer = io.BytesIO()
    doc.save(buffer)
    return buffer.getvalue()


@pytest.mark.parametrize("kind", sorted(KINDS))
def test_user_template_builtin_filled_unchanged_matches_builtin_docx(kind, tmp_path):
    project = project_for(kind)
    template = make_template(kind, project)
    xml = Document(io.BytesIO(template)).element.xml
    assert "{{ nomor }}" in xml and "{{ ttd_nama }}" in xml
    assert not re.findall("\u27e6[^\u27e7]*\u27e7", xml)  # every marker became a field
    check_template(kind, template, project)
    filled = fill_template(kind, template, project, DocRequest(), tmp_path / "isi.docx")
    builtin = export_document(project, kind, tmp_path / "bawaan.docx", request=DocRequest())
    assert texts(filled) == texts(builtin)


def test_user_template_undangan_lists_invitees_in_a_row_loop():
    template = make_template("undangan", meeting_project())
    cells = [c.text for t in Document(io.BytesIO(template)).tables for r in t.rows for c in r.cells]
    assert "{%tr for t in yth %}" in cells and "{%tr endfor %}" in cells
    assert "{{ t.alamat }}" in cells and "{% if loop.first %}Yth.{% endif %}" in cells


def test_user_template_good_field_is_filled(tmp_path):
    project = meeting_project()
    data = docx_with("SURAT UNDANGAN KAMI", "Nomor surat: {{ nomor }}", "Pada {{ hari_tanggal }} di {{ tempat }}",
                     "{%p for t in yth %}", "{{ t.no }} {{ t.alamat }}", "{%p endfor %}")
    check_template("undangan", data, project)
    out = fill_template("undangan", data, project, DocRequest(), tmp_path / "undangan.docx")
    body = "\n".join(texts(out))
    assert "Nomor surat: 005/123/Disdukcapil" in body
    assert "Pada Jumat, 23 November 2018 di Ruang Rapat Disdukcapil" in body
    assert "Bapak/Ibu Peserta Nomor 2, Jabatan 2, Instansi 2" in body
    assert "{{" not in body


def test_user_template_unknown_field_is_refused_naming_it():
    with pytest.raises(TemplateRejected) as caught:
        check_template("undangan", docx_with("Nomor: {{ nomer }}"), meeting_project())
    message = str(caught.value)
    assert "Kolom 'nomer' tidak dikenal untuk Undangan" in message
    assert "kolom yang tersedia:" in message and "nomor" in message and "hari_tanggal" in message


def test_user_template_unknown_entry_field_is_refused():
    data = docx_with("{%p for t in yth %}", "{{ t.nomer }}", "{%p endfor %}")
    with pytest.raises(TemplateRejected, match="'nomer'"):
        check_template("undangan", data, meeting_project())


def test_user_template_broken_syntax_is_refused_with_where():
    data = docx_with("Kepada Yth.", "Nomor: {{ nomor }", "Hal: {{ hal }}")
    with pytest.raises(TemplateRejected) as caught:
        check_template("undangan", data, meeting_project())
    message = str(caught.value)
    assert message.startswith("Templat Undangan memuat penulisan kolom yang salah (")
    assert "\u201cNomor: {{ nomor }\u201d" in message


def test_user_template_not_a_docx_is_refused():
    with pytest.raises(TemplateRejected, match="bukan dokumen Word"):
        check_template("sk-tim", b"%PDF-1.4 bukan docx", project_for("sk-tim"), "surat.pdf")


def test_user_template_runtime_failure_writes_nothing(tmp_path):
    data = docx_with("Tamu ke-20: {{ yth[19].alamat }}", "{{ 1 / (nomor|length - nomor|length) }}")
    target = tmp_path / "x.docx"
    with pytest.raises(TemplateRejected, match="Templat Word Undangan"):
        fill_template("undangan", data, meeting_project(), DocRequest(), target)
    assert not target.exists()


def test_user_template_fields_have_indonesian_descriptions():
    for kind, fields in FIELDS.items():
        names = [f.name for f in fields]
        assert len(names) == len(set(names)), kind
        assert all(f.keterangan for f in fields)


def test_user_template_help_lists_every_field():
    from pathlib import Path

    text = (Path(__file__).parents[2] / "resources" / "help" / "templat.md").read_text(encoding="utf-8")
    for kind, fields in FIELDS.items():
        assert f"### {KINDS[kind]}" in text
        for f in fields:
            assert (f"`{f.name}`" if f.items else f"`{{{{ {f.name} }}}}`") in text, (kind, f.name)
