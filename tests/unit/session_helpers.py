"""Helpers shared by the unit tests of the session (no Qt)."""


def member(s, peran):
    """The first member of the session's team with ``peran``."""
    return next(m for m in s.members() if m.peran == peran)
