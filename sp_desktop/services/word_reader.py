"""Reading an old standard's DOCX into plain blocks, and refusing what cannot be read (services layer).

The body is walked in its own XML (python-docx opens the package and resolves styles), so that text in
fields, hyperlinks, tracked insertions, content controls and text boxes is kept, a cell merged across
columns or rows appears once, and a nested table is flattened into its cell. Recognising the layout is
``domain.word_layouts``; this module only turns the file into ``Block`` s.
"""

from __future__ import annotations

import io
import zipfile
import zlib
from pathlib import Path

import docx
from docx.enum.style import WD_STYLE_TYPE
from docx.oxml.ns import qn

from ..domain.word_import_model import Block, Cell, Para, Row, Table, WordReading
from ..domain.word_layouts import find_services

MAX_FILE_BYTES = 50 * 1024 * 1024
MAX_UNPACKED_BYTES = 500 * 1024 * 1024
HEADING_MAX_CHARS = 160
_OLE2 = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"
_ZIP = b"PK\x03\x04"
_READS = "Aplikasi membaca dokumen Word .docx (Word 2007 atau lebih baru, LibreOffice, WPS)."
_SAVE_AS = "Buka berkas itu di Word lalu pilih Simpan Sebagai \u2192 \u201cDokumen Word (*.docx)\u201d."

_W_P, _W_TBL, _W_TR, _W_TC = qn("w:p"), qn("w:tbl"), qn("w:tr"), qn("w:tc")
_WRAPPERS = {qn("w:sdt"), qn("w:sdtContent"), qn("w:customXml"), qn("w:ins"), qn("w:smartTag")}
_SKIP = {qn("w:del"), qn("w:moveFrom"), qn("w:instrText"), qn("w:delText"), qn("w:pPr"), qn("w:rPr"),
         qn("w:sdtPr"), qn("w:sdtEndPr"), "{http://schemas.openxmlformats.org/markup-compatibility/2006}Fallback"}
_TXBX = qn("w:txbxContent")


class WordUnreadable(Exception):
    """A file the import cannot read; ``message`` says why in Indonesian and how to save it so it can."""

    def __init__(self, message: str) -> None:
        super().__init__(message)
        self.message = message


def _refuse(path: Path, why: str, how: str = _SAVE_AS) -> WordUnreadable:
    return WordUnreadable(f"Berkas {path.name} tidak dapat dibaca: {why} {_READS} {how}".strip())


# --- checking the file before python-docx opens it ------------------------------------------------------


def _check_file(path: Path) -> None:
    try:
        if not path.exists():
            raise _refuse(path, "berkasnya tidak ditemukan.", "Periksa lokasi berkas lalu pilih lagi.")
        if path.is_dir():
            raise _refuse(path, "yang dipilih adalah folder, bukan berkas.", "Pilih berkas .docx di dalam folder itu.")
        size = path.stat().st_size
        with path.open("rb") as stream:
            head = stream.read(8)
    except PermissionError as exc:
        raise _refuse(path, "aplikasi tidak diberi izin membuka berkas itu.",
                      "Salin berkas ke folder Dokumen Anda lalu pilih salinannya.") from exc
    except OSError as exc:
        raise _refuse(path, "berkasnya tidak dapat dibuka dari penyimpanan.",
                      "Salin berkas ke folder Dokumen Anda lalu pilih salinannya.") from exc
    if size > MAX_FILE_BYTES:
        raise _refuse(path, f"ukurannya lebih dari {MAX_FILE_BYTES // (1024 * 1024)} MB.",
                      "Hapus gambar besar dari dokumen, atau simpan hanya bagian standarnya sebagai .docx.")
    if head.startswith(_OLE2):
        if _encrypted(path):
            raise _refuse(path, "dokumennya dilindungi kata sandi.",
                          "Buka di Word, hapus kata sandinya (Berkas \u2192 Info \u2192 Lindungi Dokumen), "
                          "lalu simpan lagi sebagai .docx.")
        raise _refuse(path, "ini dokumen Word 97-2003 (.doc).", _SAVE_AS)
    if head.startswith(b"{\\rtf"):
        raise _refuse(path, "ini dokumen RTF, bukan .docx.", _SAVE_AS)
    if not head.startswith(_ZIP):
        raise _refuse(path, "isinya bukan dokumen Word (berkasnya rusak atau jenis lain).", _SAVE_AS)


def _encrypted(path: Path) -> bool:
    """An OLE2 file holding an encrypted OOXML package (a password-protected DOCX)."""
    with path.open("rb") as stream:
        data = stream.read(MAX_FILE_BYTES)
    return any(name.encode("utf-16-le") in data for name in ("EncryptionInfo", "EncryptedPackage"))


def _check_package(path: Path) -> None:
    try:
        with zipfile.ZipFile(path) as archive:
            infos = archive.infolist()
            names = {info.filename for info in infos}
            mimetype = archive.read("mimetype")[:80] if "mimetype" in names else b""
            types = archive.read("[Content_Types].xml")[:20000] if "[Content_Types].xml" in names else b""
            with archive.open("word/document.xml") if "word/document.xml" in names else _empty() as stream:
                start = stream.read(4096)
    except (zipfile.BadZipFile, OSError, EOFError, ValueError, zlib.error) as exc:
        raise _refuse(path, "berkasnya rusak (arsip .docx tidak utuh).",
                      "Pilih salinan lain bila ada, atau buka di Word lalu simpan lagi sebagai .docx.") from exc
    if sum(info.file_size for info in infos) > MAX_UNPACKED_BYTES:
        raise _refuse(path, f"isinya setelah dibuka lebih dari {MAX_UNPACKED_BYTES // (1024 * 1024)} MB.",
                      "Simpan hanya bagian standarnya sebagai .docx baru.")
    if b"macroEnabled.main" in types:
        raise _refuse(path, "ini dokumen Word bermakro (.docm).", _SAVE_AS)
    if b"wordprocessingml.template.main" in types:
        raise _refuse(path, "ini templat Word (.dotx), bukan dokumen.", _SAVE_AS)
    if b"purl.oclc.org/ooxml" in start:
        raise _refuse(path, "dokumennya disimpan sebagai \u201cStrict Open XML\u201d.", _SAVE_AS)
    if "word/document.xml" in names:
        return
    if b"opendocument.text" in mimetype:
        raise _refuse(path, "ini dokumen OpenDocument (.odt).",
                      "Di LibreOffice pilih Berkas \u2192 Simpan Sebagai \u2192 \u201cWord 2007-365 (.docx)\u201d.")
    if "xl/workbook.xml" in names or b"spreadsheet" in mimetype:
        raise _refuse(path, "ini buku kerja lembar sebar (Excel/Calc), bukan dokumen Word.",
                      "Salin tabelnya ke Word lalu simpan sebagai .docx.")
    raise _refuse(path, "arsipnya tidak berisi dokumen Word.", _SAVE_AS)


def _empty():
    return io.BytesIO(b"")


def _open(path: Path):
    _check_file(path)
    _check_package(path)
    try:
        return docx.Document(str(path))
    except Exception as exc:  # noqa: BLE001 - python-docx/lxml/zipfile raise many kinds for a damaged file
        raise _refuse(path, "isi dokumennya rusak (XML tidak utuh).",
                      "Buka di Word (Word menawarkan memperbaikinya) lalu simpan lagi sebagai .docx.") from exc


# --- walking the body ------------------------------------------------------------------------------------


class _Reader:
    """Turns body XML into blocks; holds the style lookups of one document."""

    def __init__(self, document) -> None:
        self._styles = {}
        for style in document.styles:
            try:
                self._styles[style.style_id] = style
            except Exception:  # noqa: BLE001 - a broken style entry is skipped
                continue
        default = document.styles.default(WD_STYLE_TYPE.PARAGRAPH) if document.styles else None
        self._default_para = default.style_id if default is not None else None
        self._tables = 0

    # styles

    def _style_chain(self, style_id: str | None):
        seen = set()
        style = self._styles.get(style_id) if style_id else None
        if style is None and self._default_para:
            style = self._styles.get(self._default_para)
        while style is not None and style.style_id not in seen:
            seen.add(style.style_id)
            yield style
            style = style.base_style

    def _style_num(self, style_id: str | None) -> tuple[bool, int]:
        for style in self._style_chain(style_id):
            p_pr = style.element.find(qn("w:pPr"))
            num_pr = p_pr.find(qn("w:numPr")) if p_pr is not None else None
            if num_pr is not None:
                return _num_of(num_pr, 0)
        return False, 0

    def _style_heading(self, style_id: str | None) -> bool:
        for style in self._style_chain(style_id):
            names = f"{style.style_id} {style.name or ''}".lower()
            if any(word in names for word in ("heading", "judul", "title")):
                return True
            p_pr = style.element.find(qn("w:pPr"))
            if p_pr is not None and p_pr.find(qn("w:outlineLvl")) is not None:
                return True
        return False

    def _style_bold(self, style_id: str | None) -> bool:
        for style in self._style_chain(style_id):
            r_pr = style.element.find(qn("w:rPr"))
            flag = _flag(r_pr, "w:b") if r_pr is not None else None
            if flag is not None:
                return flag
        return False

    # paragraphs

    def para(self, p) -> list[Para]:
        """The paragraph, then the paragraphs of text boxes anchored in it."""
        p_pr = p.find(qn("w:pPr"))
        style_id = None
        numbered, level = False, 0
        heading = False
        if p_pr is not None:
            p_style = p_pr.find(qn("w:pStyle"))
            style_id = p_style.get(qn("w:val")) if p_style is not None else None
            num_pr = p_pr.find(qn("w:numPr"))
            if num_pr is not None and num_pr.find(qn("w:numId")) is not None:
                numbered, level = _num_of(num_pr, 0)
            else:
                numbered, level = self._style_num(style_id)
                if num_pr is not None:  # a level without a list: the style's list at that level
                    level = _num_of(num_pr, level)[1]
            heading = p_pr.find(qn("w:outlineLvl")) is not None
        else:
            numbered, level = self._style_num(None)
        parts: list[str] = []
        boxes: list[Para] = []
        bold_all = self._collect(p, parts, boxes, self._style_bold(style_id))
        text = "".join(parts)
        heading = heading or self._style_heading(style_id)
        if not heading and bold_all and text.strip() and len(text.strip()) <= HEADING_MAX_CHARS:
            heading = True
        style = self._styles.get(style_id) if style_id else None
        name = (style.name or "") if style is not None else ""
        return [Para(text=text, numbered=numbered, level=level, heading=heading, style=name), *boxes]

    def _collect(self, node, parts: list[str], boxes: list[Para], style_bold: bool) -> bool:
        """Append the text under ``node`` to ``parts``; returns whether every run with text is bold."""
        bold_all = True
        for child in node:
            tag = child.tag
            if tag in _SKIP or not isinstance(tag, str):
                continue
            if tag == _TXBX:
                for inner in child:
                    if inner.tag == _W_P:
                        boxes.extend(self.para(inner))
                continue
            if tag == qn("w:r"):
                run_text = _run_text(child, boxes, self)
                if run_text.strip():
                    r_pr = child.find(qn("w:rPr"))
                    flag = _flag(r_pr, "w:b") if r_pr is not None else None
                    if flag is None and r_pr is not None:
                        r_style = r_pr.find(qn("w:rStyle"))
                        if r_style is not None:
                            flag = self._style_bold(r_style.get(qn("w:val")))
                    if not (style_bold if flag is None else flag):
                        bold_all = False
                parts.append(run_text)
                continue
            if not self._collect(child, parts, boxes, style_bold):
                bold_all = False
        return bold_all

    # tables

    def table(self, tbl, nested: bool = False) -> Table:
        if not nested:
            self._tables += 1
        result = Table(index=self._tables if not nested else 0)
        for tr in _unwrapped(tbl, _W_TR):
            row = Row(header=_row_header(tr))
            col = 0
            tr_pr = tr.find(qn("w:trPr"))
            before = tr_pr.find(qn("w:gridBefore")) if tr_pr is not None else None
            if before is not None:
                col = _int(before.get(qn("w:val")), 0)
            for tc in _unwrapped(tr, _W_TC):
                tc_pr = tc.find(qn("w:tcPr"))
                span = 1
                continued = False
                if tc_pr is not None:
                    grid = tc_pr.find(qn("w:gridSpan"))
                    span = max(1, _int(grid.get(qn("w:val")) if grid is not None else None, 1))
                    v_merge = tc_pr.find(qn("w:vMerge"))
                    continued = v_merge is not None and v_merge.get(qn("w:val"), "continue") != "restart"
                if not continued:
                    row.cells.append(Cell(paras=self.cell_paras(tc), col=col, span=span))
                col += span
            result.rows.append(row)
        return result

    def cell_paras(self, tc) -> list[Para]:
        paras: list[Para] = []
        for child in _unwrapped_any(tc):
            if child.tag == _W_P:
                paras.extend(self.para(child))
            elif child.tag == _W_TBL:
                for row in self.table(child, nested=True).rows:
                    texts = [c.text for c in row.cells if c.text]
                    if all(len(c.paras) <= 1 for c in row.cells):
                        if texts:
                            paras.append(Para(text="\t".join(texts)))
                    else:
                        for cell in row.cells:
                            paras.extend(p for p in cell.paras if p.text.strip())
        return paras

    def blocks(self, body) -> list[Block]:
        result: list[Block] = []
        for child in _unwrapped_any(body):
            if child.tag == _W_P:
                result.extend(self.para(child))
            elif child.tag == _W_TBL:
                result.append(self.table(child))
        return result


def _run_text(run, boxes: list[Para], reader: _Reader) -> str:
    out: list[str] = []
    _run_walk(run, out, boxes, reader)
    return "".join(out)


def _run_walk(node, out: list[str], boxes: list[Para], reader: _Reader) -> None:
    for child in node:
        tag = child.tag
        if not isinstance(tag, str) or tag in _SKIP:
            continue
        if tag == qn("w:t"):
            out.append(child.text or "")
        elif tag in (qn("w:tab"), qn("w:ptab")):
            out.append("\t")
        elif tag in (qn("w:br"), qn("w:cr")):
            out.append("\n")
        elif tag == qn("w:noBreakHyphen"):
            out.append("-")
        elif tag == _TXBX:
            for inner in child:
                if inner.tag == _W_P:
                    boxes.extend(reader.para(inner))
        else:
            _run_walk(child, out, boxes, reader)


def _num_of(num_pr, default_level: int) -> tuple[bool, int]:
    num_id = num_pr.find(qn("w:numId"))
    ilvl = num_pr.find(qn("w:ilvl"))
    level = _int(ilvl.get(qn("w:val")) if ilvl is not None else None, default_level)
    if num_id is None:
        return False, level
    return _int(num_id.get(qn("w:val")), 0) != 0, level


def _flag(parent, tag: str) -> bool | None:
    el = parent.find(qn(tag))
    if el is None:
        return None
    return el.get(qn("w:val"), "true").lower() not in ("0", "false", "off")


def _row_header(tr) -> bool:
    tr_pr = tr.find(qn("w:trPr"))
    return tr_pr is not None and bool(_flag(tr_pr, "w:tblHeader"))


def _int(value: str | None, default: int) -> int:
    try:
        return int(value) if value is not None else default
    except ValueError:
        return default


def _unwrapped_any(node):
    """The children of ``node``, looking through content controls and custom XML."""
    for child in node:
        if child.tag in _WRAPPERS:
            yield from _unwrapped_any(child)
        else:
            yield child


def _unwrapped(node, tag: str):
    for child in _unwrapped_any(node):
        if child.tag == tag:
            yield child


# --- public ----------------------------------------------------------------------------------------------


def read_blocks(path: Path) -> list[Block]:
    """The paragraphs and tables of the DOCX at ``path`` in body order; raises WordUnreadable."""
    path = Path(path)
    document = _open(path)
    try:
        return _Reader(document).blocks(document.element.body)
    except RecursionError as exc:
        raise _refuse(path, "susunan tabelnya terlalu dalam bertingkat.", "Sederhanakan tabel bersarangnya.") from exc


def read_word(path: Path) -> WordReading:
    """The services found in the DOCX at ``path``; raises WordUnreadable, also when none was found."""
    path = Path(path)
    reading = find_services(read_blocks(path))
    if not reading.services:
        raise WordUnreadable(
            f"Berkas {path.name} terbaca, tetapi tidak ada tabel/daftar komponen Standar Pelayanan di dalamnya. "
            "Aplikasi mengenali tabel 14 komponen (NO / KOMPONEN / URAIAN), rancangan 8 butir dan standar 6 "
            "butir Perwali Metro. Pastikan dokumennya memuat tabel komponen dengan judul baris seperti "
            "\u201cPersyaratan\u201d dan \u201cSistem, Mekanisme dan Prosedur\u201d."
        )
    return reading
