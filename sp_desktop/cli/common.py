"""Helpers shared by the subcommands: opening a project and printing errors (command-line layer)."""

from __future__ import annotations

import sys
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

from ..domain.roles import NotAllowed
from ..services import targets
from ..services.session import ProjectSession, open_project
from ..storage.errors import ProjectError

EXIT_USAGE = 2


class CliError(Exception):
    """A bad-input problem reported as ``Galat: <message>`` with exit code 2."""


def fail(message: str) -> int:
    """Print an Indonesian error to stderr and return exit code 2."""
    print(f"Galat: {message}", file=sys.stderr)
    return EXIT_USAGE


# A command waits this long for another command (or window) that has the project open.
WAIT_SECONDS = 10.0


@contextmanager
def project(path: str, create: bool = False) -> Iterator[ProjectSession]:
    """Open the project for the duration of a command, translating errors into CliError."""
    try:
        session = open_project(Path(path), create=create, wait_seconds=WAIT_SECONDS)
    except ProjectError as exc:
        raise CliError(str(exc)) from exc
    try:
        yield session
    except (ProjectError, NotAllowed) as exc:
        raise CliError(str(exc)) from exc
    finally:
        session.close()


def service_ids(session: ProjectSession, requested: list[int] | None) -> list[int] | None:
    """Check that every requested service id exists; None means all."""
    if not requested:
        return None
    known = {s.id for s in session.summaries()}
    for sid in requested:
        if sid not in known:
            raise CliError(f"Layanan dengan id {sid} tidak ada di proyek ini.")
    return list(requested)


def refuse_overwrite(target: Path, project_path: str) -> None:
    """Refuse an output path that is the project itself, a file beside it, or any SP Desktop project."""
    try:
        targets.refuse_overwrite(target, [Path(project_path)])
    except ProjectError as exc:
        raise CliError(str(exc)) from exc


def run_guarded(func, args) -> int:
    """Run a command body, turning CliError into exit code 2."""
    try:
        return func(args)
    except CliError as exc:
        return fail(str(exc))
