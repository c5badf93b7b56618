"""Evaluation notes per service, from survey and complaints, and the road to a revision (services layer).

A mixin of :class:`~sp_desktop.services.session.ProjectSession`: it uses the session's
``repo``, ``_write``, ``actor`` and audit helpers, and adds no state of its own.
"""

from __future__ import annotations


class EvaluationActions:
    """Use-cases of this stretch of the cycle on one open project (see the module docstring)."""
