"""The PySide6 user interface of SP Desktop (ui layer: the only place that imports Qt)."""
