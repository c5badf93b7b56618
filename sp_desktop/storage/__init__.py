"""Storage layer: the SQLite project file through sqlite-utils."""
