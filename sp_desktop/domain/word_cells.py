"""Split the content cell of an old Word standard into a component's structure (domain layer).

A cell is a list of paragraphs (``word_import_model.Para``). Items come from Word numbering or from typed
markers ("1." "1)" "a." "-" "•"); a line without a marker continues the item above it; a sub-list (Word
level 1, or "a." lines under "1." items) stays inside its item, its entries joined with "; ". The
parsers then read requirement stages, step durations and fees, the fee and the complaint channels.
Every pattern is bounded so that a 100 kB cell is read in linear time.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from sp_desktop.domain.model import Biaya, LangkahProsedur, Pengaduan, Persyaratan
from sp_desktop.domain.word_amounts import find_amount, find_duration, is_only_amount
from sp_desktop.domain.word_import_model import Para
from sp_desktop.domain.word_pengaduan import describe_pengaduan, pengaduan_from_lines

__all__ = [
    "describe_pengaduan",
    "find_amount",
    "find_duration",
    "items_of",
    "parse_biaya",
    "parse_dasar_hukum",
    "parse_list",
    "parse_pengaduan",
    "parse_persyaratan",
    "parse_prosedur",
    "parse_text",
    "parse_waktu",
    "tidy",
]

# "1." "1)" "(1)" "1.2." not followed by a digit, so "1.5 jam" stays text.
_NUMBER = re.compile(r"^\s*(?:\((\d{1,3})\)|(\d{1,3}(?:\.\d{1,3}){0,3})[.)])(?![\d.,])\s*")
# "a." "a)" "(a)" need a blank (or the end) after them, so "S.H." stays text.
_LETTER = re.compile(r"^\s*(?:\([A-Za-z]\)|[A-Za-z][.)])(?:\s+|$)")
_ROMAN = re.compile(r"^\s*(?:\((?:[ivx]{1,4}|[IVX]{1,4})\)|(?:[ivx]{2,4}|[IVX]{2,4})[.)])(?:\s+|$)")
_BULLET = re.compile(r"^\s*[-–—•·▪●◦‣○■□►➢✓*]{1,3}\s*")
_BLANKS = re.compile(r"\s+")
_TRAILING = re.compile(r"(?:\s*[;,]\s*(?:dan|atau|dan/atau)?)\s*$", re.IGNORECASE)


@dataclass
class _Line:
    text: str
    kind: tuple | None  # None: no marker


@dataclass
class _Item:
    text: str
    kind: tuple | None
    subs: list[str] = field(default_factory=list)

    def add(self, text: str) -> None:
        if self.subs:
            self.subs[-1] = f"{self.subs[-1]} {text}"
        else:
            self.text = f"{self.text} {text}".strip()

    def joined(self) -> str:
        if not self.subs:
            return self.text
        subs = "; ".join(self.subs)
        if not self.text:
            return subs
        return f"{self.text} {subs}" if self.text.endswith(":") else f"{self.text}; {subs}"


def tidy(text: str) -> str:
    """One line of text with single blanks and no list punctuation at its end ("…; dan" -> "…")."""
    text = _BLANKS.sub(" ", text or "").strip()
    return _TRAILING.sub("", text).strip() if len(text) < 100_000 else text


def _marker(raw: str) -> tuple[str, tuple | None]:
    match = _NUMBER.match(raw)
    if match:
        if match.group(1) and f"({int(match.group(1)) + 1})" in raw[match.end() :]:
            return raw, None  # "(1) … (2) …" run in one paragraph: one text, its numbers kept
        number = match.group(1) or match.group(2)
        return raw[match.end() :], ("num", number.count("."))
    for pattern, kind in ((_ROMAN, ("rom",)), (_LETTER, ("let",)), (_BULLET, ("bul",))):
        match = pattern.match(raw)
        if match:
            return raw[match.end() :], kind
    return raw, None


def _lines(paras: list[Para]) -> list[_Line]:
    lines = []
    for para in paras:
        first = True
        for raw in (para.text or "").splitlines():
            if not raw.strip():
                continue
            body, kind = _marker(raw)
            if para.numbered and first:
                kind = ("word", para.level)
            if re.match(r"\s*1[.)]", raw):
                parts = _run_in(body)
                lines.extend(_Line(tidy(part), kind) for part in parts)
            else:
                lines.append(_Line(tidy(body), kind))
            first = False
    return [line for line in lines if line.text or line.kind]


_RUN_IN = re.compile(r"\s(\d{1,2})[.)]\s")


def _run_in(body: str) -> list[str]:
    """Split "KTP 2. KK 3. Pas foto" (a list typed in one line after "1.") at its consecutive numbers."""
    parts, start, expected = [], 0, 2
    for match in _RUN_IN.finditer(body):
        if int(match.group(1)) == expected:
            parts.append(body[start : match.start()])
            start, expected = match.end(), expected + 1
    parts.append(body[start:])
    return parts


def _is_top(kind: tuple, top: tuple) -> bool:
    if kind == top:
        return True
    return kind[0] == "word" == top[0] and kind[1] <= top[1]


def _is_group_heading(line: _Line) -> bool:
    """An unnumbered short line ending in ":" ("Persyaratan teknis:") heads the items below it, never continues."""
    return line.kind is None and line.text.endswith(":") and len(line.text) <= 100


def _items(lines: list[_Line]) -> list[_Item]:
    items: list[_Item] = []
    top = next((line.kind for line in lines if line.kind), None)
    for line in lines:
        if top is None or not items or _is_group_heading(line):
            items.append(_Item(line.text, line.kind))
        elif line.kind is None:
            items[-1].add(line.text)
        elif _is_top(line.kind, top):
            items.append(_Item(line.text, line.kind))
        else:
            items[-1].subs.append(line.text)
    return [item for item in items if item.text or item.subs]


def items_of(paras: list[Para]) -> list[str]:
    """The list items of a cell, in order, without their numbering.

    Args:
        paras: the cell's paragraphs.

    Returns:
        One string per item; continuation lines joined to their item, sub-items inside it ("…; …").
    """
    return [text for text in (tidy(item.joined()) for item in _items(_lines(paras))) if text]


def parse_pengaduan(paras: list[Para]) -> Pengaduan:
    """The complaint channels, the officer and the follow-up text written in a cell."""
    return pengaduan_from_lines([line.text for line in _lines(paras) if line.text])


def parse_list(paras: list[Para]) -> list[str]:
    """A component that is a plain list (produk, sarana, …)."""
    return items_of(paras)


def parse_dasar_hukum(paras: list[Para]) -> list[str]:
    """The legal bases; one unnumbered line of citations with semicolons ("UU …; Perpres …") is split there."""
    lines = _lines(paras)
    items = items_of(paras)
    if len(lines) == 1 and lines[0].kind is None and len(items) == 1 and "; " in items[0]:
        parts = [tidy(re.sub(r"^(?:dan|atau)\s+", "", part.strip())) for part in items[0].split(";")]
        return [part for part in parts if part]
    return items


def parse_text(paras: list[Para]) -> str:
    """A component that is one text (jumlah pelaksana): its lines as written, blanks tidied."""
    return "\n".join(tidy(p.text) for p in paras if tidy(p.text))


def parse_waktu(paras: list[Para]) -> str:
    """The stated completion time as written ("3 (tiga) hari kerja"), several lines joined with "; "."""
    return "; ".join(items_of(paras))


# ---- requirements -------------------------------------------------------------------------------------------

_STAGE_NOTE = re.compile(
    r"\s*\((?:diserahkan\s+|dilampirkan\s+)?(?:(?:di|pada)\s+)?(?:saat\s+)?"
    r"(awal|akhir|bertahap|pengambilan)[^()]{0,30}\)\s*$",
    re.IGNORECASE,
)


def _stage_of(text: str) -> str | None:
    low = text.casefold()
    if "bertahap" in low:
        return "bertahap"
    if "di akhir" in low or "pengambilan" in low or "diserahkan akhir" in low or "persyaratan akhir" in low:
        return "akhir"
    if "di awal" in low or "persyaratan awal" in low or "diserahkan awal" in low:
        return "awal"
    return None


def _stage_heading(line: _Line) -> str | None:
    """The stage a heading line such as "Persyaratan awal:" or "Diserahkan saat pengambilan:" sets."""
    text = line.text
    if not text.endswith(":") or len(text) > 60:
        return None
    return _stage_of(text) or ("awal" if text.casefold().startswith("awal") else None)


def parse_persyaratan(paras: list[Para]) -> list[Persyaratan]:
    """The requirements with their stage (``awal`` unless the text or a stage heading says otherwise)."""
    result: list[Persyaratan] = []
    segment: list[_Line] = []
    stage = "awal"

    def flush() -> None:
        for item in _items(segment):
            text = tidy(item.joined())
            if not text:
                continue
            own = None
            note = _STAGE_NOTE.search(text)
            if note:
                own = _stage_of(note.group(0)) or ("akhir" if note.group(1).lower() == "akhir" else None)
                text = tidy(text[: note.start()])
            own = own or (_stage_of(text) if len(text) < 300 else None)
            result.append(Persyaratan(text, own or stage))
        segment.clear()

    for line in _lines(paras):
        heading = _stage_heading(line)
        if heading:
            flush()
            stage = heading
        else:
            segment.append(line)
    flush()
    return result


# ---- procedure ----------------------------------------------------------------------------------------------

_DETAIL = re.compile(r"^(pelaksana|waktu|biaya|keluaran)\s*:\s*(.*)$", re.IGNORECASE)
_ACTOR = re.compile(
    r"^((?:petugas|pemohon|kepala|kasi|kasubag|kabid|sekretaris|operator|staf|pejabat|verifikator|camat|lurah"
    r"|front\s?office|back\s?office|bendahara|kasir|admin)[\w .,/-]{0,40}?)\s*:\s*(\S.*)$",
    re.IGNORECASE,
)
# "… oleh Kepala Dinas." at the end of a step: up to five words, each a whole word (no nested repetition).
_BY = re.compile(r"\boleh\s([A-Za-z/.-]{1,30}(?:\s[A-Za-z/.-]{1,30}){0,4})\s?[.;]?\s?$", re.IGNORECASE)
_NOTE_IN_PARENS = re.compile(r"\s*\(([^()]{1,60})\)")
_TAIL_DURATION = re.compile(
    r"[\s,;]{1,3}(?:±|\+/-|kurang\s+lebih|maks(?:imal)?\.?|paling\s+lama)?\s{0,3}\d{1,4}(?:[.,]\d{1,2})?\s{0,3}"
    r"(?:\([a-z ]{1,30}\)\s{0,3})?(?:menit|jam|hari\s{1,3}kerja|hari)\s*$",
    re.IGNORECASE,
)


def _apply_detail(step: LangkahProsedur, text: str) -> bool:
    """Read the app's own detail line ("Pelaksana: X; Waktu: 15 menit; Biaya: Rp50.000,00") into ``step``."""
    parts = [part.strip() for part in text.split(";")]
    matches = [_DETAIL.match(part) for part in parts if part]
    if not matches or not all(matches):
        return False
    for match in matches:
        name, value = match.group(1).casefold(), match.group(2).strip()
        if name == "pelaksana":
            step.pelaksana = value
        elif name == "keluaran":
            step.keluaran = value
        elif name == "waktu" and find_duration(value):
            step.durasi = find_duration(value)[0]
        elif name == "biaya" and find_amount(value):
            step.biaya_pengguna = find_amount(value)[0]
    return True


def _step(text: str) -> LangkahProsedur:
    step = LangkahProsedur(uraian=text)
    actor = _ACTOR.match(text)
    if actor:
        step.pelaksana, text = tidy(actor.group(1)), actor.group(2)
    elif len(text) < 400 and (by := _BY.search(text)):
        step.pelaksana = tidy(by.group(1)).rstrip(".")
    duration = find_duration(text)
    if duration:
        step.durasi = duration[0]
    amount = find_amount(text)
    if amount:
        step.biaya_pengguna = amount[0]
    # A note in parentheses that only states the time or the fee is not part of the step's wording.
    text = _NOTE_IN_PARENS.sub(lambda m: "" if _only_time_or_fee(m.group(1)) else m.group(0), text)
    text = _TAIL_DURATION.sub("", text)
    step.uraian = tidy(text)
    return step


def _only_time_or_fee(note: str) -> bool:
    rest = note
    for finder in (find_duration, find_amount):
        found = finder(rest)
        if found:
            rest = rest[: found[1].start()] + rest[found[1].end() :]
    rest = re.sub(r"±|\+/-|kurang lebih|maks(imal)?|paling lama|per\s+\w+|[\s,;:/.-]", "", rest, flags=re.I)
    return rest == "" and rest != note


_DETAIL_START = re.compile(r"(?:^|\s)(?:Pelaksana|Waktu|Biaya|Keluaran):\s")


def _split_detail(text: str) -> tuple[str, LangkahProsedur | None]:
    """The step's wording and the detail the app's own Rancangan prints under it ("Pelaksana: …; Waktu: …")."""
    match = _DETAIL_START.search(text)
    if match is None:
        return text, None
    probe = LangkahProsedur()
    if not _apply_detail(probe, text[match.start() :].strip()):
        return text, None
    return text[: match.start()].strip(), probe


def parse_prosedur(paras: list[Para]) -> list[LangkahProsedur]:
    """The procedure steps, with a duration, a fee and who does it when the text states them clearly."""
    steps: list[LangkahProsedur] = []
    for item in _items(_lines(paras)):
        head, detail = _split_detail(tidy(item.joined()))
        if detail is not None and not head and steps:
            _merge(steps[-1], detail)  # a detail paragraph of its own, under a single step
            continue
        if not head and detail is None:
            continue
        step = _step(head)
        if detail is not None:
            _merge(step, detail)
        steps.append(step)
    return steps


def _merge(step: LangkahProsedur, detail: LangkahProsedur) -> None:
    step.pelaksana = detail.pelaksana or step.pelaksana
    step.durasi = detail.durasi or step.durasi
    step.biaya_pengguna = detail.biaya_pengguna or step.biaya_pengguna
    step.keluaran = detail.keluaran or step.keluaran


# ---- fee ----------------------------------------------------------------------------------------------------

_FREE = re.compile(
    r"\b(?:gratis|tidak\s+dipungut(?:\s+biaya)?|tidak\s+ada\s+biaya|tanpa\s+biaya|bebas\s+biaya|nihil|"
    r"tidak\s+dikenakan\s+biaya|tidak\s+berbayar)\b|^\s*rp\.?\s{0,3}0(?:[.,]0{1,2})?\s*,?-?\s*$|^\s*0\s*$|^\s*-\s*$",
    re.IGNORECASE,
)
_DASAR_LINE = re.compile(r"^dasar(?:\s+hukum)?\s*:\s*(.+)$", re.IGNORECASE)
_DASAR_IN = re.compile(
    r"\b(?:sesuai|berdasarkan|mengacu)\s+(?:dengan\s+|pada\s+)?((?:perda|peraturan|perwali|perbup|perkada|pp|uu|undang)"
    r"[^;]{0,200})",
    re.IGNORECASE,
)
_WORDS_NOTE = re.compile(r"\([a-z ]{3,120}rupiah\)", re.IGNORECASE)


def parse_biaya(paras: list[Para]) -> Biaya:
    """The stated fee: ``tarif`` 0 with its wording when free, else the first amount written."""
    lines = items_of(paras)
    if not lines and parse_text(paras) in ("-", "–", "—"):
        lines = ["-"]  # a dash alone in the fee row: nothing to pay
    biaya = Biaya()
    rest: list[str] = []
    for line in lines:
        dasar = _DASAR_LINE.match(line)
        if dasar:
            biaya.dasar = tidy(dasar.group(1))
            continue
        if not biaya.dasar and (found := _DASAR_IN.search(line)):
            biaya.dasar = tidy(found.group(1).rstrip("."))
        amount = find_amount(line)
        if amount and amount[0] > 0 and biaya.tarif == 0:
            biaya.tarif = amount[0]
            residue = _WORDS_NOTE.sub("", line[: amount[1].start()] + line[amount[1].end() :])
            if re.sub(r"[\s,.;:/-]", "", residue):
                rest.append(line)
            continue
        rest.append(line)
    if biaya.tarif == 0:
        free = next((line for line in rest if _FREE.search(line)), "")
        biaya.uraian = "Tidak dipungut biaya" if free.strip() in ("0", "-") else (free or "; ".join(rest))
        if biaya.uraian and is_only_amount(biaya.uraian):
            biaya.uraian = "Tidak dipungut biaya"
    else:
        biaya.uraian = "; ".join(rest)
    return biaya
