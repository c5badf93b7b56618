"""The service editor's "Alur…" and "Poster…" buttons: the procedure chart and the notice-board poster (ui layer)."""

from __future__ import annotations

from PySide6.QtWidgets import QToolButton

_BUTTONS = (
    ("alur_tool_button", "Alur\u2026", "alur",
     "Cetak alur pelayanan layanan ini: bagan langkah prosedur dengan pelaksana, waktu, dan keluaran (PDF, Word, PNG)"),
    ("poster_tool_button", "Poster\u2026", "poster",
     "Cetak poster papan informasi layanan ini (A3/A4): enam komponen, alur, Maklumat, kontak pengaduan, kode QR"),
)


def add_publication_buttons(editor) -> list[QToolButton]:
    """Add the two buttons to the editor's header, before the guidance button; each exports this one service."""
    ui = editor.ui
    buttons = []
    for name, text, kind, tip in _BUTTONS:
        button = QToolButton(editor)
        button.setObjectName(name)
        button.setText(text)
        button.setToolTip(tip)
        ui.header_layout.insertWidget(ui.header_layout.indexOf(ui.guidance_tool_button), button)
        button.clicked.connect(lambda _checked=False, k=kind: _export(editor, k))
        buttons.append(button)
    return buttons


def _export(editor, kind: str) -> None:
    from sp_desktop.ui import doc_export_action

    doc_export_action.export_interactively(editor, editor._session, kind, service_ids=[editor.service_id])
