"""Finding the services of an old standard in its blocks: which layout, which rows, which name (domain layer).

Tables are read first: a table is a component table when at least two of its row titles are component
names (``word_labels.recognise_label``); its label column is the column those titles stand in, so a
number column, a ":" column or a vertically merged label cell do not matter. Header rows (also repeated
on every page or mid-table) and the A/B section rows are skipped; a "Jenis Pelayanan" row, a full-width
name row, or the first component written again after a full set starts the next service. A table with no name of
its own that holds other components than the service before it continues that service (the app's own A
and B tables). Paragraph layouts ("1.<tab>Jenis Pelayanan<tab>:<tab>…") are read the same way from the
paragraphs between tables. Every row that is not a header becomes a ``FoundRow``.
"""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass, field

from .word_import_model import Block, Cell, FoundRow, FoundService, Para, Row, Table, WordReading
from .word_labels import JENIS_PELAYANAN, is_header_row, recognise_label, section_of
from .word_names import PREFIX as _PREFIX
from .word_names import clean_name, name_above, name_rank

LAYOUT_14_AB = "Tabel 14 komponen (A/B)"
LAYOUT_14 = "Tabel 14 komponen"
LAYOUT_METRO_8 = "Rancangan 8 butir (Perwali Metro)"
LAYOUT_METRO_6 = "Standar 6 butir (Perwali Metro)"
LAYOUT_OTHER = "Tabel komponen"
PARAGRAPHS = " (paragraf)"

_METRO_6 = frozenset({"persyaratan", "prosedur", "waktu_penyelesaian", "biaya", "produk", "pengaduan"})
_METRO_8 = _METRO_6 | {"dasar_hukum"}  # with the "Jenis Pelayanan" row first
_LABEL_MAX = 80
_MIN_KEYS = 2
_PARA_MIN_KEYS = 3
_NEW_SERVICE_AFTER = 3  # the first component seen again after this many others starts the next service
_NUMBER = re.compile(r"^\s*\(?(?:\d{1,3}|[a-zA-Z]|[ivxlcIVXLC]{1,8})(?:\.\d{1,3})*[.)]?\s*$")


@dataclass
class _Service:
    name: str = ""
    rows: list[FoundRow] = field(default_factory=list)
    where: str = ""
    sections: bool = False
    name_row: bool = False
    paragraphs: bool = False

    def keys(self) -> list[str]:
        return [r.komponen for r in self.rows if r.komponen and r.komponen != JENIS_PELAYANAN]

    def restarts_with(self, key: str | None) -> bool:
        """Whether ``key`` begins a second full set of rows: it is this service's first component, seen again
        after several others ("Persyaratan" after a whole standard)."""
        keys = self.keys()
        return bool(keys) and key == keys[0] and len(set(keys)) >= _NEW_SERVICE_AFTER


# --- tables --------------------------------------------------------------------------------------------


def _label_column(table: Table) -> tuple[int | None, int]:
    votes: Counter[int] = Counter()
    keys: set[str] = set()
    for row in table.rows:
        for cell in row.cells[:-1]:
            text = cell.text
            if text and len(text) <= _LABEL_MAX and not _NUMBER.match(text):
                key = recognise_label(text)
                if key is not None:
                    votes[cell.col] += 1
                    keys.add(key)
                    break
    if not votes:
        return None, 0
    return votes.most_common(1)[0][0], len(keys - {JENIS_PELAYANAN})


def _content(cells: list[Cell]) -> list[Para]:
    paras: list[Para] = []
    for cell in cells:
        text = cell.text
        if not text or text == ":":
            continue
        paras.extend(p for p in cell.paras if p.text.strip() or paras)
    while paras and not paras[-1].text.strip():
        paras.pop()
    return paras


def _split_row(row: Row, label_col: int) -> tuple[Cell | None, list[Cell], bool]:
    """The row's label cell (None when merged from above), its content cells, whether the label is full width."""
    label = next((c for c in row.cells if c.col <= label_col < c.col + c.span), None)
    if label is None:
        return None, [c for c in row.cells if c.col > label_col], False
    content = [c for c in row.cells if c.col >= label.col + label.span]
    wide = not content and label.span > 1 and len(row.cells) - row.cells.index(label) == 1
    return label, content, wide


def _read_table(table: Table, above: list[Para], previous: _Service | None, reading: WordReading,
                services: list[_Service]) -> None:
    label_col, key_count = _label_column(table)
    if label_col is None or key_count < _MIN_KEYS:
        if any(c.text for r in table.rows for c in r.cells):
            reading.remarks.append(f"Tabel {table.index} dilewati: bukan tabel komponen.")
        return
    sections_above = any(section_of(p.text) for p in above)
    current = _Service(name=name_above(above), where=f"tabel {table.index}", sections=sections_above)
    found = [current]
    skipped = 0
    for number, row in enumerate(table.rows, start=1):
        where = f"tabel {table.index}, baris {number}"
        texts = [c.text for c in row.cells]
        if row.header or is_header_row(texts):
            skipped += 1
            continue
        if any(section_of(t) for t in texts if t) and not any(recognise_label(t) for t in texts if t):
            current.sections = True  # a section row written across unmerged cells
            skipped += 1
            continue
        label, content, wide = _split_row(row, label_col)
        if wide:
            text = label.text
            if not text:
                continue
            if section_of(text):
                current.sections = True
                skipped += 1
                continue
            name = clean_name(text)
            if name and current.rows:
                current = _Service(name=name, where=where, sections=current.sections, name_row=True)
                found.append(current)
            elif name:
                current.name, current.name_row = name, True
            else:
                current.rows.append(FoundRow(label=text, paras=list(label.paras), komponen=None, where=where))
            continue
        paras = _content(content)
        label_text = label.text if label is not None else ""
        if not label_text or _NUMBER.match(label_text):
            if paras and current.rows:
                current.rows[-1].paras.extend(paras)  # a label cell merged over several rows
            elif paras:
                current.rows.append(FoundRow(label="", paras=paras, komponen=None, where=where))
            continue
        key = recognise_label(label_text) if len(label_text) <= _LABEL_MAX else None
        if key == JENIS_PELAYANAN:
            name = clean_name("\n".join(p.text for p in paras).split("\n")[0]) if paras else ""
            if current.keys():
                current = _Service(where=where, sections=current.sections)
                found.append(current)
            current.name = name or current.name
            current.name_row = True
        elif key is not None and current.rows and current.rows[-1].komponen == key:
            current.rows[-1].paras.extend(paras)
            continue
        elif current.restarts_with(key):
            current = _Service(where=where, sections=current.sections)
            found.append(current)
        current.rows.append(FoundRow(label=label_text, paras=paras, komponen=key, where=where))
    if skipped:
        reading.remarks.append(f"Tabel {table.index}: {skipped} baris judul/bagian dilewati.")
    first = found[0]
    if (previous is not None and not first.name and not first.name_row and first.keys()
            and not set(first.keys()) & set(previous.keys())):
        previous.rows.extend(first.rows)  # the B table of the service above (the app's own layout)
        previous.sections = True  # split into two tables: the A and B parts
        found = found[1:]
    services.extend(s for s in found if s.rows)


def _name_in_table(table: Table) -> str:
    """The name in a table that is not a component table ("Jenis Pelayanan | : | Akta Kelahiran"), or ""."""
    for row in table.rows:
        texts = [c.text for c in row.cells if c.text and c.text != ":" and not _NUMBER.match(c.text)]
        for index, text in enumerate(texts):
            label, colon, rest = text.partition(":")
            if recognise_label(label if colon else text) != JENIS_PELAYANAN:
                continue
            value = rest if colon and rest.strip() else (texts[index + 1] if index + 1 < len(texts) else "")
            if clean_name(value):
                return clean_name(value)
    return ""


# --- paragraphs ----------------------------------------------------------------------------------------


@dataclass(frozen=True)
class _Title:
    key: str | None
    label: str
    rest: str
    strong: bool  # written "Label : …" or as a heading; a bare numbered line only may be a list item
    form: tuple[str, int] | None  # how it is numbered: typed digits / letters, or Word numbering and level


def _para_label(para: Para) -> _Title:
    """What a paragraph that may title a component ("2.<tab>Persyaratan<tab>:") says; key None when it does not."""
    text = para.text.strip()
    none = _Title(None, "", "", False, None)
    if not text:
        return none
    typed = _PREFIX.match(text)
    form: tuple[str, int] | None = None
    if typed:
        form = ("digits" if text[:1].isdigit() else "letters", 0)
    elif para.numbered:
        form = ("word", para.level)
    body = _PREFIX.sub("", text, count=1) if typed else text
    label, colon, rest = body.partition(":")
    label = label.strip(" \t")
    if not label or len(label) > _LABEL_MAX or not (form or colon or para.heading):
        return none
    if not colon and len(body) > _LABEL_MAX:
        return none
    return _Title(recognise_label(label), label, rest.strip(" \t"), bool(colon or para.heading), form)


def _titles(paras: list[tuple[int, Para]]) -> dict[int, _Title]:
    """The paragraphs that title a component: every strong one, and the bare numbered lines numbered like
    the strong ones (or like the first bare one when none is strong), so a list item that happens to start
    with "Biaya" does not pass for the Biaya row."""
    found = {i: t for i, (_, p) in enumerate(paras) if (t := _para_label(p)).key is not None}
    forms = {t.form for t in found.values() if t.strong and t.form}
    if not forms:
        forms = {next((t.form for t in found.values() if t.form), None)}
    return {i: t for i, t in found.items() if t.strong or t.form in forms}


def _read_paragraphs(paras: list[tuple[int, Para]], services: list[_Service]) -> list[tuple[int, Para]]:
    """Services written as paragraphs; returns the paragraphs they did not use (for a table's name)."""
    title_at = _titles(paras)
    keys = {t.key for t in title_at.values()} - {JENIS_PELAYANAN}
    if len(keys) < _PARA_MIN_KEYS:
        return paras
    first_i = min(title_at)
    current: _Service | None = None
    gap = 0  # where the paragraphs that may name the next service begin
    closed = True
    for i in range(first_i, len(paras)):
        number, para = paras[i]
        title = title_at.get(i)
        if title is not None and not title.strong and not closed and title.key in current.keys() \
                and not current.restarts_with(title.key):
            title = None  # the same component again, bare: an item of the row above
        if title is not None:
            if closed or (title.key == JENIS_PELAYANAN and current.keys()) or current.restarts_with(title.key):
                name = name_above([p for _, p in paras[gap:i]]) if closed else ""
                current = _Service(name=name, where=f"paragraf {number}", paragraphs=True)
                services.append(current)
                closed = False
            if title.key == JENIS_PELAYANAN:
                current.name, current.name_row = clean_name(title.rest) or current.name, True
            first = [Para(text=title.rest)] if title.rest else []
            current.rows.append(FoundRow(label=title.label, paras=first, komponen=title.key,
                                         where=f"paragraf {number}"))
        elif para.heading and clean_name(para.text) and not closed:
            closed, gap = True, i  # a heading after the list names what follows
        elif para.text.strip() and not closed:
            current.rows[-1].paras.append(Para(text=para.text.strip(), numbered=para.numbered, level=para.level,
                                               heading=para.heading, style=para.style))
    return paras[gap:] if closed else []


# --- the whole document --------------------------------------------------------------------------------


def _dasar_above(paras: list[Para], service: _Service) -> None:
    """A "Dasar hukum: …" paragraph above a table (Perwali Metro's Standar) becomes the service's dasar hukum."""
    if "dasar_hukum" in service.keys():
        return
    for index, para in enumerate(paras):
        label, colon, rest = para.text.partition(":")
        if colon and len(label) <= _LABEL_MAX and recognise_label(label) == "dasar_hukum":
            lines = [Para(text=rest.strip())] if rest.strip() else []
            lines += [p for p in paras[index + 1:] if p.text.strip() and not name_rank(p)[0]]
            service.rows.insert(0, FoundRow(label=label.strip(), paras=lines, komponen="dasar_hukum",
                                            where="paragraf di atas tabel"))
            return


def _layout(service: _Service) -> str:
    keys = set(service.keys())
    suffix = PARAGRAPHS if service.paragraphs else ""
    if service.sections:
        return LAYOUT_14_AB + suffix
    if len(keys) > len(_METRO_8):
        return LAYOUT_14 + suffix
    if keys <= _METRO_8 and service.name_row:
        return LAYOUT_METRO_8 + suffix
    if keys <= _METRO_8:
        return LAYOUT_METRO_6 + suffix
    return LAYOUT_OTHER + suffix


def find_services(blocks: list[Block]) -> WordReading:
    """The services found in ``blocks``, in document order, with remarks on what was skipped."""
    reading = WordReading()
    services: list[_Service] = []
    pending: list[tuple[int, Para]] = []
    carried = ""  # a name written in a small table above the component table
    count = 0
    for block in blocks:
        if isinstance(block, Para):
            count += 1
            pending.append((count, block))
            continue
        left = [p for _, p in _read_paragraphs(pending, services)]
        if carried:
            left.insert(0, Para(text=f"Jenis Pelayanan: {carried}"))
        before = len(services)
        previous = services[-1] if services and not any(name_rank(p)[0] for p in left) else None
        _read_table(block, left, previous, reading, services)
        if len(services) > before:
            _dasar_above(left, services[before])
            carried = ""
        else:
            carried = _name_in_table(block) or carried
        pending = []
    _read_paragraphs(pending, services)
    for number, service in enumerate(services, start=1):
        name = service.name
        if not name:
            name = f"Layanan {number} tanpa nama"
            reading.remarks.append(f"Nama layanan di {service.where} tidak ditemukan; diberi nama \u201c{name}\u201d.")
        reading.services.append(FoundService(jenis_pelayanan=name, rows=service.rows, layout=_layout(service),
                                             where=service.where))
    return reading
