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
