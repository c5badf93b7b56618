"""The log of complaints received and its per-period summary (services layer).

A mixin of :class:`~sp_desktop.services.session.ProjectSession`: it uses the session's
``repo``, ``_write``, ``actor`` and audit helpers, and adds no state of its own.
"""

from __future__ import annotations


class ComplaintLogActions:
    """Use-cases of this stretch of the cycle on one open project (see the module docstring)."""
