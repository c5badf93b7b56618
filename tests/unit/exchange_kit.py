"""Helpers for the exchange tests: a ketua's project, copies for members, one exchange step (no tests here)."""

from __future__ import annotations

import json
from pathlib import Path

from sp_desktop.domain.model import Member
from sp_desktop.services import exchange as ex
from sp_desktop.services.session import ProjectSession, open_project


def team_project(folder: Path, services: tuple[str, ...] = ("Akta Kelahiran", "Kartu Keluarga")) -> ProjectSession:
    """A ketua's project with a ketua, two members and ``services``."""
    session = open_project(folder / "ketua.spdb", create=True)
    session.add_member(Member("Bu Ketua", "", "", "ketua"))
    session.add_member(Member("Andi", "", "", "anggota"))
    session.add_member(Member("Budi", "", "", "anggota"))
    for name in services:
        session.add_service(name)
    return session


def copy(ketua: ProjectSession, folder: Path, member: str) -> ProjectSession:
    path = ex.copy_for_member(ketua, folder / f"{member.lower()}.spdb", member)
    return open_project(path)


def by_name(session: ProjectSession, name: str):
    return next(session.service(s.id) for s in session.summaries() if s.jenis_pelayanan == name)


def edit(session: ProjectSession, name: str, **values) -> None:
    lay = by_name(session, name)
    for key, value in values.items():
        setattr(lay, key, value)
    session.save_service(lay, next(iter(values)), "diubah")


_counter = [0]


def send(sender: ProjectSession, receiver: ProjectSession, folder: Path) -> ex.ReceiveResult:
    """One package from ``sender`` received by ``receiver``."""
    _counter[0] += 1
    package = folder / f"paket-{_counter[0]}.spx"
    ex.send_changes(sender, package)
    return ex.receive_package(receiver, package)


def content(session: ProjectSession) -> str:
    """The project's export-json, as text (what must be the same on every laptop)."""
    return json.dumps(session.export_document(), ensure_ascii=False, sort_keys=True)


def file_bytes(path: Path) -> bytes:
    return Path(path).read_bytes()
