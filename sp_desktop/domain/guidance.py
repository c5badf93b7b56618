"""Regulation guidance texts (Markdown) for each identification step.

Domain layer: stdlib only; reads the bundled ``guidance/*.md`` files.
"""

from __future__ import annotations

from importlib import resources
from pathlib import Path
from typing import TYPE_CHECKING

from .components import STEP_KEYS

if TYPE_CHECKING:
    from importlib.resources.abc import Traversable

# One guidance text per identification step, in the steps' order.
GUIDANCE_KEYS: tuple[str, ...] = STEP_KEYS

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


def load_guidance(step_key: str) -> str:
    """Return the Markdown guidance for one identification step.

    Args:
        step_key: One of ``GUIDANCE_KEYS``, e.g. ``"persyaratan"``.

    Returns:
        The file's Markdown text, starting with ``# <judul langkah>``.

    Raises:
        KeyError: If ``step_key`` is not a known step.
        FileNotFoundError: If the guidance files are missing from the installation.
    """
    if step_key not in GUIDANCE_KEYS:
        known = ", ".join(GUIDANCE_KEYS)
        raise KeyError(f"Langkah identifikasi tidak dikenal: {step_key!r}. Pilihan yang sah: {known}.")
    return (guidance_dir() / f"{step_key}.md").read_text(encoding="utf-8")
