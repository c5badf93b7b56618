"""Headless command line: the same entry point with subcommands (no Qt)."""
