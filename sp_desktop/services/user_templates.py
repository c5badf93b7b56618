"""The unit's own Word templates, kept in the project file so every laptop of the team uses them (services layer).

A template of a kind is the attachment of owner ``"templat:<kind>"`` (jenis ``"docx"``) in the ``berkas``
table; loading a new one replaces it and "Kembalikan ke bawaan" removes it, each with an audit line.
"""

from __future__ import annotations

from dataclasses import dataclass

from ..domain import roles
from ..export.catalog import DocRequest
from ..export.template_context import FIELDS, KINDS, example
from ..export.user_templates import DOCX_MIME, check_template, examples, make_template
from ..export.user_templates_xml import LOOP_VARS
from ..storage.attachments import Attachment

JENIS = "docx"
TEMPLATE_OPTION = "templat_word"
"""The ``DocRequest.options`` key holding the stored template's bytes (``documents.document_job`` sets it)."""
WHAT = "pengaturan"
"""What a change notifies (the document settings)."""


def owner(kind: str) -> str:
    """The attachments owner key of the template of ``kind``."""
    return f"templat:{kind}"


@dataclass(frozen=True)
class FieldRow:
    """One field as the dialog lists it: its tag, what it holds, this project's value."""

    tag: str
    keterangan: str
    contoh: str


def stored(session, kind: str) -> Attachment | None:
    """The template stored for ``kind``, or None when the built-in layout is used."""
    found = session.repo.attachments(owner(kind), JENIS)
    return found[-1] if found else None


def stored_data(session, kind: str) -> bytes | None:
    """The bytes of the template stored for ``kind`` (None: built-in)."""
    item = stored(session, kind)
    return session.repo.attachment_data(item.id) if item is not None else None


def builtin_template(session, kind: str) -> bytes:
    """The built-in layout of ``kind`` as a Word template with its fields (the project's kop and paper)."""
    return make_template(kind, session.load_project(None))


def load_template(session, kind: str, nama: str, data: bytes) -> int:
    """Check and store ``data`` as the template of ``kind``, replacing the previous one.

    Raises:
        TemplateRejected: naming what is wrong (nothing is stored).
        NotAllowed: no member is chosen.
    """
    if session.interactive:
        roles.require(roles.why_cannot_edit(session.actor))
    check_template(kind, data, session.load_project(None), nama)
    with session._write(WHAT):
        previous = session.repo.attachments(owner(kind), JENIS)
        for item in previous:
            session.repo.delete_attachment(item.id)
        new_id = session.repo.add_attachment(owner(kind), JENIS, nama, DOCX_MIME, data, "",
                                             session.actor.nama if session.actor else "")
        verb = "diganti" if previous else "dimuat"
        before = f" (sebelumnya {previous[-1].nama}, oleh {previous[-1].pelaku})" if previous else ""
        session.repo.add_audit(session.actor, "ubah", None, "templat",
                               f"Templat Word {KINDS[kind]} {verb}: {nama}{before}")
    return new_id


def reset_template(session, kind: str) -> bool:
    """Remove the template of ``kind`` (the built-in layout is used again); False when there was none."""
    previous = session.repo.attachments(owner(kind), JENIS)
    if not previous:
        return False
    with session._write(WHAT):
        session.repo.delete_attachments_of(owner(kind))
        session.repo.add_audit(session.actor, "hapus", None, "templat",
                               f"Templat Word {KINDS[kind]} dikembalikan ke bawaan (sebelumnya {previous[-1].nama})")
    return True


def field_rows(session, kind: str, session_index: int | None = None) -> list[FieldRow]:
    """Every field of ``kind`` with what it holds and its value in this project (blank when not made yet)."""
    values = examples(kind, session.load_project(None), DocRequest(session_index=session_index))
    rows = []
    for field in FIELDS[kind]:
        value = values.get(field.name)
        if field.items:
            var = LOOP_VARS[field.name]
            rows.append(FieldRow(f"{{%tr for {var} in {field.name} %}}", field.keterangan + " (baris tabel berulang)",
                                 example(value) if value is not None else ""))
            first = value[0] if value else {}
            for name, keterangan in field.items:
                rows.append(FieldRow(f"{{{{ {var}.{name} }}}}", f"\u2003{keterangan}",
                                     example(first.get(name, "")) if first else ""))
        else:
            rows.append(FieldRow(f"{{{{ {field.name} }}}}", field.keterangan,
                                 example(value) if value is not None else ""))
    return rows
