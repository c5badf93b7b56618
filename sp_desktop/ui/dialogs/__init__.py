"""Dialogs of the main window (ui layer)."""
