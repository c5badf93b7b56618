"""Qt table models over domain objects (ui layer)."""
