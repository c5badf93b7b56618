"""A unit's own Word template for a letter or a decree: made from the built-in layout, checked, filled (export layer).

``make_template`` saves the built-in DOCX with docxtpl fields where the values go; ``check_template``
refuses a template with an unknown field, a syntax error or a file that is not a DOCX, naming the
problem; ``fill_template`` fills it (docxtpl) and adds the built-in lampiran after it.
"""

from __future__ import annotations

import io
import re
import tempfile
import zipfile
from collections.abc import Callable
from pathlib import Path
from typing import Any

from sp_desktop.domain.model import Project

from .atomic import atomic_write
from .blocks import ReportDocument
from .catalog import DocRequest
from .errors import ExportError
from .template_context import FIELDS, KINDS, context, letter_blocks, split
from .user_templates_sentinel import sentinel_project

MAX_BYTES = 25 * 1024 * 1024
DOCX_MIME = "application/vnd.openxmlformats-officedocument.wordprocessingml.document"


class TemplateRejected(ExportError):
    """A Word template that cannot be used; ``str(error)`` names the problem, in Indonesian."""


def _docx_bytes(word) -> bytes:
    buffer = io.BytesIO()
    word.save(buffer)
    return buffer.getvalue()


def _marked(kind: str, project: Project) -> tuple[ReportDocument, list, dict[str, Any]]:
    marked = sentinel_project(kind, project)
    request = DocRequest(session_index=0)
    doc, blocks = letter_blocks(kind, marked, request, marked.layanan if kind == "sk-penetapan" else None)
    return doc, blocks, context(kind, marked, blocks, request)


def make_template(kind: str, project: Project, paper: str | None = None) -> bytes:
    """The built-in layout of ``kind`` (its letter part) as a DOCX with docxtpl fields.

    Args:
        kind: one of ``template_context.KINDS``.
        project: the project; its kop logo, paper and settings shape the layout.
        paper: ``"f4"``/``"a4"``; None for the project's setting.
    """
    from docx import Document

    from .docx_writer import DocxWriter
    from .user_templates_xml import templatize

    _require_kind(kind)
    if paper:
        from dataclasses import replace

        project = replace(project, pengaturan=replace(project.pengaturan, kertas=paper))
    doc, blocks, values = _marked(kind, project)
    letter = ReportDocument(doc.kind, KINDS[kind], doc.page, blocks, doc.author)
    with tempfile.TemporaryDirectory(prefix="sp-templat-") as folder:
        built = Path(folder) / "bawaan.docx"
        DocxWriter().write(letter, built)
        word = Document(str(built))
    parts = [section.header._element for section in word.sections] + [s.footer._element for s in word.sections]
    templatize(word, values, parts)
    return _docx_bytes(word)


def _require_kind(kind: str) -> None:
    if kind not in KINDS:
        raise ExportError(f"Dokumen '{kind}' tidak memakai templat Word; pilih salah satu dari: {', '.join(KINDS)}.")


def field_names(kind: str) -> list[str]:
    return [f.name for f in FIELDS[kind]]


def _environment():
    from jinja2 import Environment, StrictUndefined

    return Environment(undefined=StrictUndefined, autoescape=True)


def _open(data: bytes, name: str = ""):
    from docxtpl import DocxTemplate

    shown = f"\u201c{name}\u201d" if name else "Berkas ini"
    if len(data) > MAX_BYTES:
        raise TemplateRejected(f"{shown} lebih besar dari 25 MB; templat surat biasanya jauh lebih kecil.")
    try:
        with zipfile.ZipFile(io.BytesIO(data)) as archive:
            archive.getinfo("word/document.xml")
        template = DocxTemplate(io.BytesIO(data))
        template.init_docx()
    except (zipfile.BadZipFile, KeyError, ValueError, OSError) as exc:
        raise TemplateRejected(
            f"{shown} bukan dokumen Word (.docx). Di Word, simpan templat dengan \u201cSimpan Sebagai\u201d "
            "jenis \u201cDokumen Word (*.docx)\u201d, lalu muat lagi."
        ) from exc
    except Exception as exc:  # python-docx raises its own errors for a damaged package
        raise TemplateRejected(f"{shown} tidak dapat dibaca sebagai dokumen Word: {exc}.") from exc
    return template


def check_template(kind: str, data: bytes, project: Project, name: str = "") -> None:
    """Refuse a template that cannot be filled: not a DOCX, a Jinja syntax error, an unknown field.

    After those checks the template is filled once with example values, so a field of a list entry
    that does not exist (``{{ m.nomer }}``) is refused now rather than when the document is made.

    Raises:
        TemplateRejected: naming the problem (and where, for a syntax error).
    """
    from jinja2 import TemplateError, TemplateSyntaxError, UndefinedError

    _require_kind(kind)
    template = _open(data, name)
    title = KINDS[kind]
    try:
        used = template.get_undeclared_template_variables(_environment())
    except TemplateSyntaxError as exc:
        where = _where(template)
        raise TemplateRejected(
            f"Templat {title} memuat penulisan kolom yang salah ({exc.message})" + (f" di \u201c{where}\u201d" if where
                                                                                     else "")
            + ". Periksa pasangan {{ }} dan {% %} lalu muat lagi."
        ) from exc
    known = field_names(kind)
    unknown = sorted(set(used) - set(known))
    if unknown:
        names = ", ".join(f"'{n}'" for n in unknown)
        raise TemplateRejected(f"Kolom {names} tidak dikenal untuk {title}; kolom yang tersedia: {', '.join(known)}.")
    _doc, _blocks, values = _marked(kind, project)
    try:
        template.render(_prepared(values), _environment(), autoescape=True)
    except UndefinedError as exc:
        raise TemplateRejected(f"Templat {title} memakai kolom yang tidak ada: {_undefined(exc)}.") from exc
    except TemplateError as exc:
        raise TemplateRejected(f"Templat {title} tidak dapat diisi: {exc}.") from exc


_UNDEFINED = re.compile(r"has no attribute '([^']+)'|'([^']+)' is undefined")


def _undefined(exc: Exception) -> str:
    found = _UNDEFINED.search(str(exc))
    return f"'{found.group(1) or found.group(2)}'" if found else str(exc)


_TAG = re.compile(r"\{\{(.*?)\}\}")


def _where(template) -> str:
    """The text of the first paragraph whose fields do not parse on their own (at most 80 characters)."""
    from jinja2 import Environment, TemplateSyntaxError

    env = Environment()
    body = template.docx.element.body
    w = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"
    for p in body.iter(w + "p"):
        text = "".join(t.text or "" for t in p.iter(w + "t"))
        if "{" not in text and "}" not in text:
            continue
        bad = text.count("{{") != text.count("}}") or text.count("{%") != text.count("%}")
        for expression in _TAG.findall(text):
            try:
                env.parse("{{" + expression + "}}")
            except TemplateSyntaxError:
                bad = True
        if bad:
            text = " ".join(text.split())
            return text if len(text) <= 80 else text[:77] + "\u2026"
    return ""


def _prepared(values: dict[str, Any]) -> dict[str, Any]:
    """Values as docxtpl wants them: a text with line breaks as a ``Listing`` (printed with Word's breaks)."""
    from docxtpl import Listing

    def one(value: Any) -> Any:
        if isinstance(value, str) and "\n" in value:
            return Listing(value)
        if isinstance(value, list):
            return [{k: one(v) for k, v in item.items()} for item in value]
        return value

    return {k: one(v) for k, v in values.items()}


def fill_template(kind: str, data: bytes, project: Project, request: DocRequest, out_path: Path,
                  progress: Callable[[int, int], None] | None = None) -> Path:
    """Fill the unit's template of ``kind`` for ``project`` and write it to ``out_path`` (a .docx), atomically.

    The lampiran (the list of invitees, the attendance, Lampiran I and II of a decree) follow in the
    built-in layout. Nothing is written when filling fails.

    Raises:
        TemplateRejected: the template fails while it is filled (the message says how, in Indonesian).
        ExportError, DocumentRefused, BlockingFindings: as the built-in document would.
    """
    from jinja2 import TemplateError, UndefinedError

    from .user_templates_append import append_blocks

    _require_kind(kind)
    if progress is not None:
        progress(0, 100)
    doc, blocks = letter_blocks(kind, project, request)
    values = context(kind, project, blocks, request)
    template = _open(data)
    title = KINDS[kind]
    try:
        template.render(_prepared(values), _environment(), autoescape=True)
    except UndefinedError as exc:
        raise TemplateRejected(f"Templat Word {title} memakai kolom yang tidak ada: {_undefined(exc)}. "
                               "Perbaiki templatnya atau kembalikan ke bawaan.") from exc
    except (TemplateError, ArithmeticError, LookupError, ValueError, TypeError) as exc:
        raise TemplateRejected(f"Templat Word {title} gagal diisi: {exc}. "
                               "Perbaiki templatnya atau kembalikan ke bawaan.") from exc
    if progress is not None:
        progress(60, 100)
    append_blocks(template.docx, doc, split(doc)[1])
    atomic_write(Path(out_path), lambda temp: template.docx.save(str(temp)))
    if progress is not None:
        progress(100, 100)
    return Path(out_path)


def examples(kind: str, project: Project, request: DocRequest) -> dict[str, Any]:
    """Each field's value for ``project`` (for the list in the dialog); the marked project's when the
    document cannot be made yet (no discussion, no adopted service)."""
    try:
        _doc, blocks = letter_blocks(kind, project, request)
        return context(kind, project, blocks, request)
    except ExportError:
        return {}
