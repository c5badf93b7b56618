"""One page widget per module, shown in the main window's navigation (ui layer)."""
