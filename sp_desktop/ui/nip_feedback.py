"""Live feedback under a NIP field: grouped form, errors in red, warnings in amber (ui layer)."""

from __future__ import annotations

import html

from PySide6.QtWidgets import QLabel

from sp_desktop.domain.formatting import check_nip, normalize_nip

ERROR_COLOR = "#b3261e"
WARNING_COLOR = "#8a5a00"
OK_COLOR = "#1e6b34"


def show_nip_feedback(label: QLabel, text: str, *, optional: bool, autosave: bool = False) -> bool:
    """Describe the typed NIP in ``label`` and say whether it may be stored.

    Args:
        label: the feedback label under the field.
        text: what the user typed.
        optional: whether an empty NIP is acceptable (members without NIP); the head's NIP
            may also be left empty while typing, the project review reports it.
        autosave: whether the field is saved as typed; a refused NIP is then said not to be saved.

    Returns:
        True when the NIP may be saved: empty, or 18 digits (warnings do not refuse).
    """
    if not normalize_nip(text):
        label.setText("Boleh dikosongkan bila bukan PNS." if optional else "")
        label.setStyleSheet("")
        return True
    result = check_nip(text)
    lines = []
    if result.ok:
        lines.append(f'<span style="color:{OK_COLOR}">NIP. {html.escape(result.grouped)}</span>')
    for error in result.errors:
        lines.append(f'<span style="color:{ERROR_COLOR}">✖ {html.escape(error)}</span>')
    for warning in result.warnings:
        lines.append(f'<span style="color:{WARNING_COLOR}">⚠ {html.escape(warning)}</span>')
    if not result.ok and autosave:
        lines.append("NIP belum disimpan sampai ditulis 18 angka.")
    label.setText("<br>".join(lines))
    return result.ok
