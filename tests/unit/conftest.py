"""Unit tests run without Qt: with SP_BLOCK_QT=1 any import of PySide6 fails loudly."""

import importlib.abc
import os
import sys


class _BlockQt(importlib.abc.MetaPathFinder):
    def find_spec(self, fullname, path=None, target=None):
        if fullname == "PySide6" or fullname.startswith("PySide6."):
            raise ImportError(f"{fullname} must not be imported below the UI layer")
        return None


if os.environ.get("SP_BLOCK_QT") == "1":
    sys.meta_path.insert(0, _BlockQt())


import json  # noqa: E402 - after the Qt block, which must come first
from pathlib import Path  # noqa: E402

import pytest  # noqa: E402

DATA = Path(__file__).parents[1] / "data"


@pytest.fixture
def sample_session(tmp_path):
    """An interactive session on a project holding tests/data/proyek_contoh.json, no member chosen."""
    from sp_desktop.services.session import open_project

    path = tmp_path / "proyek.spdb"
    setup = open_project(path, create=True)
    setup.import_document(json.loads((DATA / "proyek_contoh.json").read_text(encoding="utf-8")))
    setup.close()
    s = open_project(path, interactive=True)
    yield s
    s.close()
