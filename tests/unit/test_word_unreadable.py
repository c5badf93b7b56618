"""Files the Word import cannot read get a clear Indonesian message saying how to save them (word_reader)."""

import os
import sys
import zipfile

import pytest

from sp_desktop.services import word_reader
from sp_desktop.services.word_reader import WordUnreadable, read_blocks, read_word
from tests import word_docs as wd

OLE2 = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"


def _refused(path, *needles, reader=read_blocks):
    with pytest.raises(WordUnreadable) as caught:
        reader(path)
    message = caught.value.message
    assert message == str(caught.value)
    assert path.name in message
    for needle in needles:
        assert needle in message, (needle, message)
    return message


def _ole2(tmp_path, name, names=()):
    body = OLE2 + b"\x00" * 504
    for stream in names:
        body += stream.encode("utf-16-le") + b"\x00" * 64
    path = tmp_path / name
    path.write_bytes(body + b"\x00" * 1024)
    return path


def test_unreadable_word_97_doc(tmp_path):
    message = _refused(_ole2(tmp_path, "lama.doc", ["WordDocument", "1Table"]), "Word 97-2003", ".docx")
    assert "Simpan Sebagai" in message and "Dokumen Word (*.docx)" in message


def test_unreadable_password_protected_docx(tmp_path):
    for stream in ("EncryptionInfo", "EncryptedPackage"):
        path = _ole2(tmp_path, f"rahasia-{stream}.docx", [stream])
        message = _refused(path, "kata sandi")
        assert "97-2003" not in message


def test_unreadable_not_a_zip_and_rtf(tmp_path):
    text = tmp_path / "catatan.docx"
    text.write_text("Persyaratan: KTP", encoding="utf-8")
    _refused(text, "bukan dokumen Word", ".docx")
    rtf = tmp_path / "standar.docx"
    rtf.write_bytes(b"{\\rtf1\\ansi Standar}")
    _refused(rtf, "RTF", ".docx")


def test_unreadable_damaged_zip(tmp_path):
    good = wd.save(wd.doc_14(), tmp_path / "utuh.docx").read_bytes()
    cut = tmp_path / "terpotong.docx"
    cut.write_bytes(good[: len(good) // 2])
    _refused(cut, "rusak")


def test_unreadable_zip_member_damaged_inside(tmp_path):
    source = wd.save(wd.doc_14(), tmp_path / "utuh.docx")
    broken = tmp_path / "isi-rusak.docx"
    data = bytearray(source.read_bytes())
    with zipfile.ZipFile(source) as archive:
        info = archive.getinfo("word/document.xml")
    start = info.header_offset + 30 + len(info.filename) + len(info.extra)
    for i in range(start + 10, start + 60):
        data[i] ^= 0xFF
    broken.write_bytes(bytes(data))
    _refused(broken, "rusak")


def test_unreadable_odt_and_xlsx_renamed(tmp_path):
    odt = tmp_path / "standar.docx"
    with zipfile.ZipFile(odt, "w") as archive:
        archive.writestr("mimetype", "application/vnd.oasis.opendocument.text")
        archive.writestr("content.xml", "<office:document-content/>")
    message = _refused(odt, ".odt", "LibreOffice", ".docx")
    assert "Simpan Sebagai" in message
    xlsx = tmp_path / "tabel.docx"
    with zipfile.ZipFile(xlsx, "w") as archive:
        archive.writestr("[Content_Types].xml", "<Types/>")
        archive.writestr("xl/workbook.xml", "<workbook/>")
    _refused(xlsx, "Excel")
    other = tmp_path / "arsip.docx"
    with zipfile.ZipFile(other, "w") as archive:
        archive.writestr("foto.jpg", b"\xff\xd8")
    _refused(other, "tidak berisi dokumen Word")


def test_unreadable_broken_xml(tmp_path):
    source = wd.save(wd.doc_14(), tmp_path / "utuh.docx")
    broken = tmp_path / "xml-rusak.docx"
    with zipfile.ZipFile(source) as src, zipfile.ZipFile(broken, "w", zipfile.ZIP_DEFLATED) as dst:
        for item in src.infolist():
            data = src.read(item.filename)
            if item.filename == "word/document.xml":
                data = data[: len(data) // 2]
            dst.writestr(item, data)
    _refused(broken, "XML", "Word")


def test_unreadable_too_large_file(tmp_path, monkeypatch):
    path = wd.save(wd.doc_14(), tmp_path / "besar.docx")
    monkeypatch.setattr(word_reader, "MAX_FILE_BYTES", path.stat().st_size - 1)
    _refused(path, "lebih dari")


def test_unreadable_zip_bomb(tmp_path):
    bomb = tmp_path / "bom.docx"
    with zipfile.ZipFile(bomb, "w", zipfile.ZIP_DEFLATED) as archive:
        archive.writestr("word/document.xml", "<w:document/>")
        chunk = b"\x00" * (64 * 1024 * 1024)
        for i in range(8):
            archive.writestr(f"word/media/isi{i}.bin", chunk)
    assert bomb.stat().st_size < word_reader.MAX_FILE_BYTES
    _refused(bomb, "500 MB")


def test_unreadable_missing_path_and_folder(tmp_path):
    _refused(tmp_path / "tidak-ada.docx", "tidak ditemukan")
    folder = tmp_path / "folder.docx"
    folder.mkdir()
    _refused(folder, "folder")


@pytest.mark.skipif(sys.platform == "win32" or os.geteuid() == 0, reason="root reads any file")
def test_unreadable_without_permission(tmp_path):
    path = wd.save(wd.doc_14(), tmp_path / "terkunci.docx")
    path.chmod(0)
    try:
        _refused(path, "izin")
    finally:
        path.chmod(0o644)


def test_unreadable_permission_error_is_a_message(tmp_path, monkeypatch):
    path = wd.save(wd.doc_14(), tmp_path / "terkunci.docx")
    real_open = type(path).open

    def refuse(self, *args, **kwargs):
        if self == path:
            raise PermissionError(13, "Permission denied")
        return real_open(self, *args, **kwargs)

    monkeypatch.setattr(type(path), "open", refuse)
    _refused(path, "izin")


def test_unreadable_docx_without_any_service(tmp_path):
    document = wd.new()
    document.add_paragraph("Notulen rapat tim penyusun.")
    table = document.add_table(rows=2, cols=2)
    table.cell(0, 0).text = "Nama"
    table.cell(0, 1).text = "Jabatan"
    path = wd.save(document, tmp_path / "notulen.docx")
    assert read_blocks(path)
    message = _refused(path, "tidak ada tabel/daftar komponen Standar Pelayanan", reader=read_word)
    assert "NO / KOMPONEN / URAIAN" in message


def test_unreadable_messages_are_indonesian_and_short(tmp_path):
    path = _ole2(tmp_path, "lama.doc", ["WordDocument"])
    message = _refused(path)
    assert "Traceback" not in message and "Error" not in message
    assert len(message) < 400


def _rewritten(tmp_path, name, member, change):
    source = wd.save(wd.doc_14(), tmp_path / "asal.docx")
    target = tmp_path / name
    with zipfile.ZipFile(source) as src, zipfile.ZipFile(target, "w", zipfile.ZIP_DEFLATED) as dst:
        for item in src.infolist():
            data = src.read(item.filename)
            dst.writestr(item, change(data) if item.filename == member else data)
    return target


@pytest.mark.parametrize("name, main_type, needle", [
    ("bermakro.docm", b"application/vnd.ms-word.document.macroEnabled.main+xml", ".docm"),
    ("templat.dotx", b"application/vnd.openxmlformats-officedocument.wordprocessingml.template.main+xml", ".dotx"),
])
def test_unreadable_macro_document_and_template(tmp_path, name, main_type, needle):
    main = b"application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"
    path = _rewritten(tmp_path, name, "[Content_Types].xml", lambda data: data.replace(main, main_type))
    message = _refused(path, needle, "Dokumen Word (*.docx)")
    assert "rusak" not in message


def test_unreadable_strict_open_xml(tmp_path):
    transitional = b"http://schemas.openxmlformats.org/wordprocessingml/2006/main"
    path = _rewritten(tmp_path, "strict.docx", "word/document.xml",
                      lambda data: data.replace(transitional, b"http://purl.oclc.org/ooxml/wordprocessingml/main"))
    _refused(path, "Strict Open XML", ".docx")
