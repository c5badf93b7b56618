"""The values the exchange returns to the UI and the command line (services layer)."""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path

from ..storage import errors


class ExchangeRefused(errors.ProjectError):
    """A copy, package or receive refused with an Indonesian message; nothing was changed."""

    def __init__(self, message: str, path: Path | None = None):
        super().__init__(message, path)


@dataclass(frozen=True)
class SendSummary:
    """A written package: its path, how many row changes it holds, how many files travel with it."""

    path: Path
    changes: int
    files: int


@dataclass(frozen=True)
class Conflict:
    """One component both sides changed, as display texts (the value kept for now is ``mine``)."""

    id: int
    layanan: str
    komponen: str
    komponen_label: str
    mine: str
    theirs: str
    mine_by: str
    mine_when: str
    theirs_by: str
    theirs_when: str


@dataclass(frozen=True)
class ReceiveResult:
    """What a receive did: changes applied, conflicts left open, changes refused (Indonesian lines)."""

    applied: int
    conflicts: list[Conflict] = field(default_factory=list)
    refused: list[str] = field(default_factory=list)
    kind: str = "perubahan"


@dataclass(frozen=True)
class Receipt:
    """One receive, restorable: when, from whom, which package."""

    id: int
    waktu: str
    dari: str
    berkas: str

