"""Read the complaint channels, the officer and the follow-up of an old standard's Pengaduan cell (domain layer).

Two shapes are read: the app's own ("Saluran pengaduan:" then "Telepon: 0725 41234" lines, "Petugas
pengaduan:" then "Nama: …" lines) and free text, where numbers, e-mail addresses, websites, SP4N-LAPOR!,
kotak saran and coming in person are found by their look. Lines naming no channel are the follow-up text.
"""

from __future__ import annotations

import re

from sp_desktop.domain.enums import JenisSaluran
from sp_desktop.domain.model import Pengaduan, SaluranPengaduan

_EMAIL = re.compile(r"[\w.+-]{1,64}@[\w-]{1,63}(?:\.[\w-]{1,63}){1,4}")
_URL = re.compile(
    r"(?:https?://|www\.)[^\s,;()<>]{2,200}"
    r"|\b[a-z0-9-]{2,63}(?:\.[a-z0-9-]{2,63}){0,3}\.(?:go\.id|co\.id|or\.id|id|com|org|net)\b[^\s,;()<>]{0,200}",
    re.IGNORECASE,
)
_PHONE = re.compile(r"(?<![\d\w])(?:\+62|\(0\d{2,4}\)|0)[\d \t().-]{5,16}\d(?!\d)")
_TEL_WORD = re.compile(r"\b(?:telp|telepon|telpon|tlp|tel|hp|hotline|call\s?center|nomor|no)\b", re.IGNORECASE)
_WA_WORD = re.compile(r"\b(?:whatsapp|whats\s?app|wa|w\.a)\b", re.IGNORECASE)
_SMS_WORD = re.compile(r"\bsms\b", re.IGNORECASE)
_LAPOR = re.compile(r"\bsp4n\b|\blapor\s?!|\blapor\.go\.id", re.IGNORECASE)
_BOX = re.compile(r"\bkotak\s+(?:saran|pengaduan)(?:\s+(?:dan|&)\s+pengaduan)?\b", re.IGNORECASE)
_IN_PERSON = re.compile(
    r"\b(?:datang\s+langsung|secara\s+langsung|tatap\s+muka|langsung\s+ke|loket\s+pengaduan)\b", re.IGNORECASE
)
_SOCIAL = re.compile(r"\b(?:instagram|facebook|twitter|tiktok|youtube|media\s+sosial|medsos|ig|fb)\b", re.IGNORECASE)
_HANDLE = re.compile(r"(?<![\w.])@[\w.]{2,40}")
_ADDRESS = re.compile(r"\b(?:jl\.?|jalan)\s", re.IGNORECASE)
_PETUGAS_KEYS = {"nama": "nama", "telepon": "telepon", "e-mail": "email", "email": "email", "alamat": "alamat"}
_CHANNEL_HEADINGS = ("saluran pengaduan", "saluran", "media pengaduan", "sarana pengaduan")
_KEY_VALUE = re.compile(r"^([^:]{1,40}?)\s*:(?!//)\s*(.*)$")


def _clean(text: str) -> str:
    return " ".join(text.split()).strip(" :;,-")


def _phones(text: str) -> list[str]:
    return [_clean(m.group(0)) for m in _PHONE.finditer(text)]


def channels_in(line: str) -> list[SaluranPengaduan]:
    """The channels a free-text line names, by their look ("Telp/WA 0812 3456 789", "lapor.go.id")."""
    found: list[SaluranPengaduan] = []
    rest = line
    for match in _EMAIL.finditer(line):
        found.append(SaluranPengaduan("email", match.group(0)))
    rest = _EMAIL.sub(" ", rest)
    for match in _URL.finditer(rest):
        url = match.group(0).rstrip(".")
        low = url.casefold()
        jenis = "sp4n_lapor" if "lapor.go.id" in low else "media_sosial" if _SOCIAL.search(low) else "website"
        found.append(SaluranPengaduan(jenis, url))
    rest = _URL.sub(" ", rest)
    if _LAPOR.search(line) and not any(s.jenis == "sp4n_lapor" for s in found):
        found.append(SaluranPengaduan("sp4n_lapor", ""))
    phones = _phones(rest)
    if phones:
        kinds = []
        if _WA_WORD.search(rest):
            kinds.append("whatsapp")
        if _SMS_WORD.search(rest):
            kinds.append("sms")
        if _TEL_WORD.search(rest) or not kinds:
            kinds.insert(0, "telepon")
        found.extend(SaluranPengaduan(kind, phone) for kind in kinds for phone in phones)
    box = _BOX.search(line)
    if box:
        found.append(SaluranPengaduan("kotak_saran", _clean(line[box.end() :])))
    if _IN_PERSON.search(line):
        address = _ADDRESS.search(line)
        found.append(SaluranPengaduan("petugas", _clean(line[address.start() :]) if address else ""))
    if _HANDLE.search(line) or (_SOCIAL.search(rest) and not any(s.jenis == "media_sosial" for s in found)):
        handle = _HANDLE.search(line)
        if _SOCIAL.search(line) or handle:
            found.append(SaluranPengaduan("media_sosial", handle.group(0) if handle else ""))
    unique: list[SaluranPengaduan] = []
    for channel in found:
        if all((c.jenis, c.alamat) != (channel.jenis, channel.alamat) for c in unique):
            unique.append(channel)
    return unique


def _named_channel(line: str) -> SaluranPengaduan | None:
    """A line of the app's own list: "<channel name>: <address>" or "<channel name>"."""
    match = _KEY_VALUE.match(line)
    name, address = (match.group(1), match.group(2)) if match else (line, "")
    jenis = JenisSaluran.from_text(name)
    if jenis is not None:
        return SaluranPengaduan(jenis.value, _clean(address))
    if match and len(name) <= 40:
        return SaluranPengaduan("lainnya", _clean(address), _clean(name))
    return None


def pengaduan_from_lines(lines: list[str]) -> Pengaduan:
    """The Pengaduan component written in ``lines`` (list markers already removed).

    Args:
        lines: the cell's lines in order.

    Returns:
        Its channels (no two alike), the officer when written, and the other lines as ``tindak_lanjut``.
    """
    pengaduan = Pengaduan()
    other: list[str] = []
    context = ""
    own_shape = False  # the app's own layout: after its lists, every line is the follow-up text
    for raw in lines:
        line = _clean(raw)
        if not line:
            continue
        low = line.casefold().rstrip(":").strip()
        if raw.rstrip().endswith(":") and low in _CHANNEL_HEADINGS:
            context, own_shape = "saluran", True
            continue
        if raw.rstrip().endswith(":") and low in ("petugas pengaduan", "petugas", "pengelola pengaduan"):
            context, own_shape = "petugas", True
            continue
        key_value = _KEY_VALUE.match(line)
        if context == "petugas" and key_value and key_value.group(1).casefold().strip() in _PETUGAS_KEYS:
            setattr(pengaduan.petugas, _PETUGAS_KEYS[key_value.group(1).casefold().strip()], _clean(key_value.group(2)))
            continue
        if (
            key_value
            and key_value.group(1).casefold().strip() in ("nama petugas", "petugas pengaduan")
            and (not channels_in(key_value.group(2)))
            and key_value.group(2).strip()
        ):
            pengaduan.petugas.nama = _clean(key_value.group(2))
            continue
        context = "saluran" if context == "saluran" else ""
        if context == "saluran":
            channel = _named_channel(line)
            if channel is not None and (channel.jenis != "lainnya" or not channels_in(channel.nama)):
                _add(pengaduan, [channel])
                continue
            if found := channels_in(line):  # a list under the heading, written freely ("Telepon 0725 41234")
                _add(pengaduan, found)
                continue
            context = ""
        found = [] if own_shape else channels_in(line)
        if found:
            _add(pengaduan, found)
        else:
            other.append(line)
    pengaduan.tindak_lanjut = "\n".join(other)
    return pengaduan


def _add(pengaduan: Pengaduan, channels: list[SaluranPengaduan]) -> None:
    for channel in channels:
        if all((c.jenis, c.alamat) != (channel.jenis, channel.alamat) for c in pengaduan.saluran):
            pengaduan.saluran.append(channel)


def describe_pengaduan(pengaduan: Pengaduan) -> list[str]:
    """Short Indonesian lines naming the channels, the officer and the follow-up, for the import preview."""
    lines = [
        f"Saluran: {JenisSaluran.name_of(s.jenis, s.nama)}" + (f" {s.alamat}" if s.alamat else "")
        for s in pengaduan.saluran
    ]
    petugas = pengaduan.petugas
    bits = [v for v in (petugas.nama, petugas.telepon, petugas.email, petugas.alamat) if v]
    if bits:
        lines.append("Petugas pengaduan: " + " · ".join(bits))
    if pengaduan.tindak_lanjut:
        lines.append(f"Tindak lanjut: {pengaduan.tindak_lanjut}")
    return lines
