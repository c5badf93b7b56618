"""Adding the services read from an old Word standard, and the notes kept on a service (services layer).

A mixin of :class:`services.session.ProjectSession`. The reading and the mapping are done before
(``services.word_reader.read_word``, ``domain.word_build.build_layanan``) and shown to the team; only
what the team confirmed reaches :meth:`WordImportActions.import_word`, which writes every service,
its audit line and its notes in one transaction: an error leaves the project as it was.

A service's notes are kept when it goes to the trash: it comes back with its own id, and so with them.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from ..domain import validate
from ..domain.derive import effective_waktu
from ..domain.enums import StatusLayanan
from ..domain.model import Layanan
from ..domain.names import name_key, suffixed_name
from ..domain.roles import NotAllowed
from ..storage import errors
from ..storage.notes import ServiceNote

if TYPE_CHECKING:  # pragma: no cover - for the type checker: the session's attributes
    from ..domain.word_build import BuiltService
    from .session import ProjectSession as _Session
else:
    _Session = object

# The component the audit trail names for a change of notes.
NOTES_KOMPONEN = "catatan"
IMPORT_SUFFIX = "impor"


def item_count(lay: Layanan, komponen: str) -> int:
    """How many items ``lay`` holds in ``komponen`` (a list's length; 1 for a text or a fee).

    The completion time and the fee count as published (``domain.derive``): "Tidak dipungut biaya" over steps
    without a fee is kept as derived (None), and is still the one item the document stated.
    """
    if komponen == "waktu_penyelesaian":
        return 1 if effective_waktu(lay).strip() else 0
    if komponen == "biaya":
        return 1
    if komponen == "pengaduan":
        petugas = lay.pengaduan.petugas
        return (len(lay.pengaduan.saluran) + (1 if any(str(v).strip() for v in vars(petugas).values()) else 0)
                + (1 if lay.pengaduan.tindak_lanjut.strip() else 0))
    value = getattr(lay, komponen, None)
    if isinstance(value, list):
        return len(value)
    if isinstance(value, str):
        return 1 if value.strip() else 0
    return 0


class WordImportActions(_Session):
    """Importing services from a Word standard; the notes on a service."""

    def import_word(self, builds: list[tuple[BuiltService, str]], source: str) -> list[int]:
        """Add each built service under its chosen name as a draft; returns the new ids in order.

        Args:
            builds: each service as built from the document with the name the team chose in the preview.
            source: the document's file name, for the audit trail and the notes.

        Raises:
            roles.NotAllowed: an empty name, or a service the validator refuses (nothing is written).
        """
        if not builds:
            return []
        prepared = []
        taken = set(self.repo.name_keys())
        for built, chosen in builds:
            lay = built.layanan.copy()
            name = " ".join((chosen or lay.jenis_pelayanan).split())
            if not name:
                raise NotAllowed("Nama jenis pelayanan wajib diisi untuk setiap layanan yang diimpor.")
            lay.jenis_pelayanan = suffixed_name(name, taken, IMPORT_SUFFIX)
            taken.add(name_key(lay.jenis_pelayanan))
            lay.status, lay.versi, lay.id = StatusLayanan.DRAF.value, 1, 0
            validate.layanan(lay)
            prepared.append((lay, list(built.notes)))
        ids: list[int] = []
        actor = self._actor_name
        with self._write("services"):
            for lay, notes in prepared:
                lay.id = self.repo.insert_service(lay, self.repo.count_services(), actor)
                self.repo.add_audit(self.actor, "impor", lay.id, "jenis_pelayanan", f"Diimpor dari berkas {source}")
                for label, text in notes:
                    self.repo.add_note(lay.id, "impor", "", label, text, source, actor)
                ids.append(lay.id)
        return ids

    # -- notes -----------------------------------------------------------------------------
    def service_notes(self, layanan_id: int) -> list[ServiceNote]:
        """The notes of one service, in the order they were added (done ones too)."""
        return self.repo.notes(layanan_id)

    def note_counts(self) -> dict[int, int]:
        """How many open notes each service in the list has, by service id."""
        counts = self.repo.note_counts()
        if not counts:
            return counts
        present = {s.id for s in self.repo.summaries()}
        return {sid: n for sid, n in counts.items() if sid in present}

    def _note(self, note_id: int) -> ServiceNote:
        rows = self.repo.db.rows("SELECT layanan_id FROM catatan_layanan WHERE id = ?", [note_id])
        note = next((n for n in self.repo.notes(rows[0]["layanan_id"]) if n.id == note_id), None) if rows else None
        if note is None:
            raise errors.ProjectError("Catatan itu sudah tidak ada.", self.path)
        return note

    def set_note_done(self, note_id: int, done: bool) -> None:
        """Mark a note done (or open again)."""
        note = self._note(note_id)
        with self._write("notes", note.layanan_id):
            self.repo.set_note_done(note_id, done)
            state = "ditandai selesai" if done else "dibuka lagi"
            self.repo.add_audit(self.actor, "ubah", note.layanan_id, NOTES_KOMPONEN,
                                f"Catatan “{note.judul or note.teks[:40]}” {state}")

    def delete_note(self, note_id: int) -> None:
        """Delete a note for good (its text stays in the audit line)."""
        note = self._note(note_id)
        with self._write("notes", note.layanan_id):
            self.repo.delete_note(note_id)
            self.repo.add_audit(self.actor, "hapus", note.layanan_id, NOTES_KOMPONEN,
                                f"Catatan dihapus: {note.judul}: {note.teks}".rstrip(": "))
