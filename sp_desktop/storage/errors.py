"""Errors raised when a project file cannot be opened or written (storage layer).

Every message is plain Indonesian, ready to show to the user as it is.
"""

from __future__ import annotations

from pathlib import Path


class ProjectError(Exception):
    """Base of every project-file problem; ``str()`` is the Indonesian message."""

    def __init__(self, message: str, path: Path | None = None):
        super().__init__(message)
        self.path = path


class NotAProject(ProjectError):
    """The file is not an SP Desktop project (another SQLite file, a document, garbage)."""


class DamagedProject(ProjectError):
    """The file claims to be a project but SQLite finds it damaged or truncated."""


class NewerVersion(ProjectError):
    """The file was written by a newer SP Desktop whose schema this version does not know."""


class ReadOnlyProject(ProjectError):
    """The file or its folder cannot be written, so autosave would fail."""


class AlreadyOpen(ProjectError):
    """The file is already open in another window or another copy of the app."""


class LockedFolder(ProjectError):
    """A new project cannot be created in the chosen folder."""


class WriteFailed(ProjectError):
    """A change could not be written (disk full, file vanished, database locked)."""


class FileBusy(WriteFailed):
    """Another program holds the file's write lock longer than the app waits."""


class DamagedContent(DamagedProject):
    """The file is sound to SQLite, but some of its content cannot be read back.

    ``problems`` lists what cannot be read (each names the service and component).
    """

    def __init__(self, message: str, path: Path | None = None, problems: list | None = None):
        super().__init__(message, path)
        self.problems = list(problems or [])
