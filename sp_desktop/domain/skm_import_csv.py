"""Reading a CSV file of survey responses as a stream of numbered rows (domain layer).

Excel in an Indonesian locale saves "CSV" with ``;`` between fields (the comma is the decimal mark),
often with a UTF-8 byte-order mark, or in the Windows code page (cp1252) for older versions; "Unicode
text" is UTF-16 with tabs. The encoding is found by reading the file once, the separator from its
first rows, and rows are numbered as a spreadsheet shows them (a quoted field may span lines).
"""

from __future__ import annotations

import codecs
import csv
import io
from collections.abc import Iterator
from pathlib import Path

from .skm_import import SkmImportError

SEPARATORS = (";", ",", "\t", "|")
_CHUNK = 1 << 20
_SAMPLE = 64 * 1024
_CP1252_UNDEFINED = bytes((0x81, 0x8D, 0x8F, 0x90, 0x9D))


def csv_encoding(path: Path) -> str:
    """``utf-8-sig``, ``utf-16``, ``utf-8``, or ``cp1252`` (``latin-1`` when cp1252 cannot hold the bytes)."""
    with open(path, "rb") as f:
        head = f.read(4)
        if head.startswith(codecs.BOM_UTF8):
            return "utf-8-sig"
        if head[:2] in (codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE):
            return "utf-16"
        f.seek(0)
        decoder = codecs.getincrementaldecoder("utf-8")()
        utf8, cp1252 = True, True
        while chunk := f.read(_CHUNK):
            if b"\x00" in chunk:
                raise SkmImportError("Berkas ini bukan teks CSV (berisi data biner).")
            if utf8:
                try:
                    decoder.decode(chunk)
                except UnicodeDecodeError:
                    utf8 = False
            if cp1252 and chunk.translate(None, _CP1252_UNDEFINED) != chunk:
                cp1252 = False
        if utf8:
            try:
                decoder.decode(b"", final=True)
            except UnicodeDecodeError:
                utf8 = False
    return "utf-8" if utf8 else "cp1252" if cp1252 else "latin-1"


def sniff_separator(sample: str) -> str:
    """The separator that splits the first rows of ``sample`` into the most columns (``;`` first on a tie)."""
    lines = sample.splitlines(keepends=True)
    if len(sample) >= _SAMPLE and len(lines) > 1:
        lines = lines[:-1]  # the last line may be cut in the middle
    text = "".join(lines[:50])
    best, best_width = SEPARATORS[0], 1
    for sep in SEPARATORS:
        try:
            widths = [len(r) for r in csv.reader(io.StringIO(text), delimiter=sep) if r][:20]
        except csv.Error:
            continue
        width = max(widths, default=1)
        if width > best_width:
            best, best_width = sep, width
    return best


def _separator_line(line: str) -> str | None:
    """The separator an Excel ``sep=;`` first line names, or None."""
    text = line.strip().strip('"')
    if text.casefold().startswith("sep=") and len(text) == 5:
        return text[4]
    return None


def csv_rows(path: Path) -> Iterator[tuple[int, list[str]]]:
    """Every row of the file with its number (1 = the first row a spreadsheet shows), read as a stream."""
    encoding = csv_encoding(path)
    with open(path, encoding=encoding, newline="") as f:
        sample = f.read(_SAMPLE)
        f.seek(0)
        first = sample.split("\n", 1)[0]
        separator = _separator_line(first)
        if separator is not None:
            f.readline()
        else:
            separator = sniff_separator(sample)
        reader = csv.reader(f, delimiter=separator)
        number = 0
        try:
            for number, cells in enumerate(reader, start=1):  # noqa: B007 - kept for the message below
                yield number, cells
        except csv.Error as exc:
            raise SkmImportError(f"Berkas CSV rusak pada baris {number + 1}: isinya tidak dapat dibaca.") from exc
