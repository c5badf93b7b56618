"""Regulation guidance texts (Markdown) for each identification step.

Domain layer: stdlib only; reads the bundled ``guidance/*.md`` files.
"""

from __future__ import annotations

import re
from importlib import resources
from pathlib import Path
from typing import TYPE_CHECKING

from .components import STEP_KEYS

if TYPE_CHECKING:
    from importlib.resources.abc import Traversable

# One guidance text per identification step, in the steps' order.
GUIDANCE_KEYS: tuple[str, ...] = STEP_KEYS

SOURCE_PREFIX = "— "
"""A quote's source line starts with this dash: "— Perwali Kota Bontang 31/2018, Lampiran …"."""

# The two cities whose own Perwali the guidance quotes: what names the unit's city, what names the source.
_HOME_CITIES = {
    "metro": (re.compile(r"\bmetro\b", re.IGNORECASE), "Perwali Kota Metro"),
    "bontang": (re.compile(r"\bbontang\b", re.IGNORECASE), "Perwali Kota Bontang"),
}

# Source checkout layout: <repo>/sp_desktop/domain/guidance.py -> <repo>/resources/guidance
_REPO_GUIDANCE_DIR = Path(__file__).resolve().parents[2] / "resources" / "guidance"


def _packaged_guidance_dir() -> Traversable | None:
    """Return the guidance folder installed as package data, if present."""
    try:
        candidate = resources.files("sp_desktop") / "_resources" / "guidance"
    except (ModuleNotFoundError, TypeError):
        return None
    return candidate if candidate.is_dir() else None


def guidance_dir() -> Traversable | Path:
    """Locate the folder holding the guidance Markdown files.

    Installed package data (``sp_desktop/_resources/guidance``) wins over the
    source checkout's ``resources/guidance`` folder.

    Returns:
        The folder as a ``Traversable`` (package data) or ``Path`` (checkout).

    Raises:
        FileNotFoundError: If neither location exists.
    """
    packaged = _packaged_guidance_dir()
    if packaged is not None:
        return packaged
    if _REPO_GUIDANCE_DIR.is_dir():
        return _REPO_GUIDANCE_DIR
    raise FileNotFoundError(f"Folder panduan tidak ditemukan: {_REPO_GUIDANCE_DIR}")


def home_city(kota: str = "", pemerintah_daerah: str = "") -> str | None:
    """The city whose own Perwali the guidance quotes, when the unit is there: "metro", "bontang" or None.

    Args:
        kota: ``Instansi.kota`` (e.g. "Metro").
        pemerintah_daerah: ``Instansi.pemerintah_daerah`` (e.g. "Pemerintah Kota Bontang"), read when
            ``kota`` names neither city.
    """
    for text in (kota, pemerintah_daerah):
        for city, (pattern, _source) in _HOME_CITIES.items():
            if pattern.search(text or ""):
                return city
    return None


def local_first(markdown: str, city: str | None) -> str:
    """Move, within each section, the quotes of ``city``'s own Perwali before the others.

    A quote is everything up to and including its source line; the order among the city's quotes,
    and among the others, stays as written. Headings stay where they are.

    Args:
        markdown: a guidance text (``load_guidance``).
        city: "metro", "bontang" or None (then the text is returned unchanged).
    """
    if city not in _HOME_CITIES:
        return markdown
    source_name = _HOME_CITIES[city][1]
    out: list[str] = []
    units: list[list[str]] = []
    pending: list[str] = []

    def flush() -> None:
        ordered = sorted(units, key=lambda unit: 0 if unit[-1].startswith(SOURCE_PREFIX + source_name) else 1)
        for unit in ordered:
            out.extend(unit)
        units.clear()

    for line in markdown.splitlines():
        if line.startswith("#"):
            flush()
            out.extend(pending)
            pending = []
            out.append(line)
        elif line.startswith(SOURCE_PREFIX):
            units.append([*pending, line])
            pending = []
        else:
            pending.append(line)
    flush()
    out.extend(pending)
    text = "\n".join(out)
    return text + "\n" if markdown.endswith("\n") else text


def load_guidance(step_key: str, kota: str = "", pemerintah_daerah: str = "") -> str:
    """Return the Markdown guidance for one identification step.

    Args:
        step_key: One of ``GUIDANCE_KEYS``, e.g. ``"persyaratan"``.
        kota: the unit's city (``Instansi.kota``); for Metro or Bontang that city's Perwali is quoted first.
        pemerintah_daerah: the unit's government (``Instansi.pemerintah_daerah``), read when ``kota`` is blank.

    Returns:
        The file's Markdown text, starting with ``# <judul langkah>``.

    Raises:
        KeyError: If ``step_key`` is not a known step.
        FileNotFoundError: If the guidance files are missing from the installation.
    """
    if step_key not in GUIDANCE_KEYS:
        known = ", ".join(GUIDANCE_KEYS)
        raise KeyError(f"Langkah identifikasi tidak dikenal: {step_key!r}. Pilihan yang sah: {known}.")
    text = (guidance_dir() / f"{step_key}.md").read_text(encoding="utf-8")
    return local_first(text, home_city(kota, pemerintah_daerah))
