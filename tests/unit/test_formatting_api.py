"""Tests for the public API of the sp_desktop.domain.formatting package."""

from __future__ import annotations

from sp_desktop.domain import formatting as fmt


def test_public_api_is_exported() -> None:
    for name in fmt.__all__:
        assert hasattr(fmt, name), name
