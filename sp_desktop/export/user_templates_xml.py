"""Turns the built-in DOCX of the marked project into a docxtpl template: markers become fields (export layer).

A scalar's text becomes ``{{ name }}`` (``{{ name|upper }}`` where it is printed in capitals); the table row
that holds a list's first entry becomes a ``{%tr for … %}`` loop and the row of its second entry goes.
"""

from __future__ import annotations

import copy
import re
from collections.abc import Iterable, Mapping, Sequence
from typing import Any

from lxml.etree import SubElement

from .parts import BLANK
from .user_templates_sentinel import mark

_W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"
_SPACE = ("{http://www.w3.org/XML/1998/namespace}space", "preserve")
MARK = mark("")[0]
_PIECES = re.compile(r"(\n|\t)")


def run_text(r) -> str:
    """The text of a run, with its line breaks as newlines and its tabs as tabs."""
    out = []
    for child in r:
        if child.tag == _W + "t":
            out.append(child.text or "")
        elif child.tag in (_W + "br", _W + "cr"):
            out.append("\n")
        elif child.tag == _W + "tab":
            out.append("\t")
    return "".join(out)


def set_run_text(r, text: str) -> None:
    """Replace the run's text (keeping its formatting), newlines and tabs as Word's own."""
    for child in list(r):
        if child.tag in (_W + "t", _W + "br", _W + "cr", _W + "tab"):
            r.remove(child)
    for piece in _PIECES.split(text):
        if piece == "\n":
            SubElement(r, _W + "br")
        elif piece == "\t":
            SubElement(r, _W + "tab")
        elif piece:
            t = SubElement(r, _W + "t")
            t.text = piece
            t.set(*_SPACE)


def _runs(element) -> Iterable:
    return element.iter(_W + "r")


def _row_text(tr) -> str:
    return "".join(run_text(r) for r in _runs(tr))


def _cells(tr) -> list:
    return [tc for tc in tr if tc.tag == _W + "tc"]


def _cell_text(tc) -> str:
    return "".join(run_text(r) for r in _runs(tc))


def replacements(values: Mapping[str, Any], prefix: str = "") -> list[tuple[str, str]]:
    """(printed text, field tag) pairs, longest text first; capitals as ``|upper`` where distinct."""
    pairs: dict[str, str] = {}
    for name, value in values.items():
        if isinstance(value, str) and len(value) >= 3 and value != BLANK:
            pairs.setdefault(value, f"{{{{ {prefix}{name} }}}}")
    for name, value in values.items():
        if isinstance(value, str) and len(value) >= 3 and value != BLANK and value.upper() not in pairs:
            pairs[value.upper()] = f"{{{{ {prefix}{name}|upper }}}}"
    return sorted(pairs.items(), key=lambda kv: len(kv[0]), reverse=True)


def _replace_in(runs: Iterable, pairs: Sequence[tuple[str, str]]) -> None:
    for r in runs:
        text = run_text(r)
        if not text:
            continue
        new = text
        for printed, tag in pairs:
            if printed in new:
                new = new.replace(printed, tag)
        if new != text:
            set_run_text(r, new)


def _distinct(item: Mapping[str, str]) -> list[str]:
    return [v for v in item.values() if isinstance(v, str) and MARK in v]


def _tag_run(p, text: str):
    """A run holding only a docxtpl tag, small and grey so that the layout around it stays readable in Word."""
    r = SubElement(p, _W + "r")
    rpr = SubElement(r, _W + "rPr")
    SubElement(rpr, _W + "color", {_W + "val": "808080"})
    SubElement(rpr, _W + "sz", {_W + "val": "12"})
    set_run_text(r, text)
    return r


def _tag_row(template_row, text: str):
    """A row of one cell across the table holding ``text`` (docxtpl drops the whole row when filling)."""
    row = copy.deepcopy(template_row)
    cells = _cells(row)
    span = 0
    for tc in cells:
        found = tc.find(f"{_W}tcPr/{_W}gridSpan")
        span += int(found.get(_W + "val")) if found is not None else 1
    first = cells[0]
    for tc in cells[1:]:
        row.remove(tc)
    tcpr = first.find(_W + "tcPr")
    if tcpr is None:
        tcpr = first.makeelement(_W + "tcPr", {})
        first.insert(0, tcpr)
    grid = tcpr.find(_W + "gridSpan")
    if grid is None:
        grid = tcpr.makeelement(_W + "gridSpan", {})
        width = tcpr.find(_W + "tcW")
        (width.addnext(grid) if width is not None else tcpr.insert(0, grid))
    grid.set(_W + "val", str(span))
    width = tcpr.find(_W + "tcW")
    if width is not None:
        tcpr.remove(width)
    paragraphs = first.findall(_W + "p")
    for extra in paragraphs[1:]:
        first.remove(extra)
    for r in list(_runs(paragraphs[0])):
        r.getparent().remove(r)
    _tag_run(paragraphs[0], text)
    return row


def _first_only(r) -> None:
    """Wrap the run's text (a list's label) in ``{% if loop.first %}`` tags of their own runs."""
    p = r.getparent()
    before = _tag_run(p, "{% if loop.first %}")
    after = _tag_run(p, "{% endif %}")
    r.addprevious(before)
    r.addnext(after)


def _loop(body, name: str, var: str, first: Mapping[str, str], second: Mapping[str, str]) -> bool:
    """Make the row of ``first`` a loop over ``name`` and drop the row of ``second``; False when not found."""
    rows = list(body.iter(_W + "tr"))
    loop_row = next((tr for tr in rows if any(v in _row_text(tr) for v in _distinct(first))), None)
    if loop_row is None:
        return False
    drop = next((tr for tr in rows if any(v in _row_text(tr) for v in _distinct(second))), None)
    whole = {v: k for k, v in first.items() if v and MARK not in v}  # "1.", "a.": only as a whole cell
    drop_cells = _cells(drop) if drop is not None else []
    for n, tc in enumerate(_cells(loop_row)):
        text = _cell_text(tc)
        if text in whole:
            for i, r in enumerate(_runs(tc)):
                set_run_text(r, f"{{{{ {var}.{whole[text]} }}}}" if i == 0 else "")
            continue
        if text and MARK not in text and n < len(drop_cells) and not _cell_text(drop_cells[n]):
            # The list's label ("Menimbang", its colon): printed on the first entry only.
            for r in [r for r in _runs(tc) if run_text(r)]:
                _first_only(r)
    pairs = [(p, t) for p, t in replacements({k: v for k, v in first.items() if MARK in v}, var + ".")]
    _replace_in(_runs(loop_row), pairs)
    loop_row.addprevious(_tag_row(loop_row, f"{{%tr for {var} in {name} %}}"))
    loop_row.addnext(_tag_row(loop_row, "{%tr endfor %}"))
    if drop is not None and drop is not loop_row:
        drop.getparent().remove(drop)
    return True


LOOP_VARS = {"yth": "t", "layanan": "s", "masukan": "m", "menimbang": "a", "mengingat": "d"}
"""The name of a list's entry in its loop (``{%tr for m in masukan %}``)."""


def templatize(word, values: Mapping[str, Any], parts: Iterable = ()) -> list[str]:
    """Put the fields of ``values`` (computed from the marked project) into ``word`` (python-docx Document).

    Args:
        word: the built-in DOCX of the marked project, changed in place.
        values: every field's value for the marked project (lists: entries as dicts).
        parts: further XML roots to treat (headers, footers).

    Returns:
        The lists whose rows were not found (their fields are then not in the template).
    """
    body = word.element.body
    missing = []
    for name, value in values.items():
        if isinstance(value, list) and value:
            second = value[1] if len(value) > 1 else {}
            if not _loop(body, name, LOOP_VARS.get(name, "x"), value[0], second):
                missing.append(name)
    pairs = replacements(values)
    for root in (body, *parts):
        _replace_in(_runs(root), pairs)
    return missing
