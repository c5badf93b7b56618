"""The reviewer's window over many units' Standar Pelayanan (ui layer): units, search, comparison, checks, notes.

Opened from "Tinjau banyak unit…" (``ui/review_actions.py``); the engine is ``services/review_*.py``.
"""
