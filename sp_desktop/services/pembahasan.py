"""Discussions with the public (pembahasan): plan, attendance, inputs and attachments (services layer).

A mixin of :class:`~sp_desktop.services.session.ProjectSession`: it uses the session's
``repo``, ``_write``, ``actor`` and audit helpers, and adds no state of its own. The discussions
are the SP JSON list in the ``extra`` table under "pembahasan"; a write replaces the one discussion
it changes and leaves the others as they were stored, so an imported file exports byte for byte.
A discussion imported without an ``id`` is addressed as ``urutan-<index>`` until its first change
gives it one.
"""

from __future__ import annotations

import json
from datetime import datetime
from typing import Any

from ..domain import pembahasan as dp
from ..domain import roles, validate
from ..domain.model import Layanan
from ..domain.pembahasan import Masukan, Pembahasan, Peserta
from ..storage import errors
from ..storage.attachments import Attachment

KEY = "pembahasan"
KOMPONEN = "pembahasan"
FOTO, NOTULEN = "foto", "notulen"
_GONE = "Pembahasan itu tidak ada lagi di proyek ini (mungkin baru dihapus)."


def owner(discussion_id: str) -> str:
    """The key a discussion's attachments are filed under."""
    return f"pembahasan:{discussion_id}"


class DiscussionActions:
    """Use-cases of this stretch of the cycle on one open project (see the module docstring)."""

    # -- reads -----------------------------------------------------------------------------
    def discussions(self) -> list[Pembahasan]:
        """Every discussion in the order of the file."""
        raw = self._discussions_raw()
        return [self._view(raw, i) for i in range(len(raw))]

    def discussion(self, discussion_id: str) -> Pembahasan:
        raw = self._discussions_raw()
        return self._view(raw, self._locate(raw, discussion_id))

    def why_cannot_edit_discussions(self) -> str | None:
        """Why the acting member may not plan or record discussions, or None (sekretaris and ketua may)."""
        return roles.why_cannot_run_discussion(self.actor) if self.interactive else None

    def discussion_attachments(self, discussion_id: str, jenis: str | None = None) -> list[Attachment]:
        """The photos and notulen files of a discussion, in the order they were added."""
        return self.repo.attachments(owner(discussion_id), jenis)

    def discussion_attachment_data(self, attachment_id: int) -> bytes:
        data = self.repo.attachment_data(attachment_id)
        if data is None:
            raise errors.ProjectError("Lampiran itu tidak ada lagi di proyek ini.", self.path)
        return data

    # -- the discussions themselves ----------------------------------------------------------
    def add_discussion(self, p: Pembahasan | None = None) -> Pembahasan:
        """Store a new discussion (a blank FGD when ``p`` is None) at the end; it gets its ``id``."""
        self._require_discussion_role()
        p = p or Pembahasan()
        p.id = dp.new_id()
        self._check(p, None)
        raw = self._discussions_raw()
        with self._write(KEY):
            raw.append(dp.to_dict(p))
            self._store_discussions(raw)
            self.repo.add_audit(self.actor, "tambah", None, KOMPONEN, f"Pembahasan ditambahkan: {dp.title(p)}")
        return p

    def update_discussion(self, p: Pembahasan) -> Pembahasan:
        """Store the whole discussion ``p`` (found by its ``id``); returns it as stored, with its ``id``.

        Raises:
            roles.NotAllowed: the member's role, a value :func:`domain.pembahasan.check` refuses, or a
                discussion deleted meanwhile.
        """
        self._require_discussion_role()
        raw = self._discussions_raw()
        i = self._locate(raw, p.id)
        self._check(p, dp.from_dict(raw[i]))
        if self._same(raw[i], p):
            return self._view(raw, i)
        with self._write(KEY):
            self._put(raw, i, p)
            self._audit_merged("ubah", None, KOMPONEN, f"Pembahasan diubah: {dp.title(p)}")
        return p

    def delete_discussion(self, discussion_id: str) -> None:
        """Remove a discussion with its photos and notulen files."""
        self._require_discussion_role()
        raw = self._discussions_raw()
        i = self._locate(raw, discussion_id)
        p = self._view(raw, i)
        with self._write(KEY):
            del raw[i]
            self._store_discussions(raw)
            if p.id and not p.id.startswith(dp.UNSAVED_PREFIX):
                self.repo.delete_attachments_of(owner(p.id))
            self.repo.add_audit(self.actor, "hapus", None, KOMPONEN, f"Pembahasan dihapus: {dp.title(p)}")

    def duplicate_discussion(self, discussion_id: str) -> Pembahasan:
        """A second round of a discussion, right after it: same plan and invitees, nothing recorded yet."""
        self._require_discussion_role()
        raw = self._discussions_raw()
        i = self._locate(raw, discussion_id)
        original = self._view(raw, i)
        p = dp.second_round(original)
        with self._write(KEY):
            raw.insert(i + 1, dp.to_dict(p))
            self._store_discussions(raw)
            self.repo.add_audit(self.actor, "tambah", None, KOMPONEN,
                                f"Pembahasan lanjutan dari {dp.title(original)} ditambahkan")
        return p

    # -- during the meeting ----------------------------------------------------------------
    def set_attendance(self, discussion_id: str, index: int, hadir: bool) -> Pembahasan:
        """Mark participant ``index`` as attended (or not)."""
        p = self.discussion(discussion_id)
        self._peserta_at(p, index).hadir = hadir
        return self.update_discussion(p)

    def add_walk_in(self, discussion_id: str, peserta: Peserta) -> Pembahasan:
        """Add someone who came without an invitation: ``diundang`` False, ``hadir`` True."""
        p = self.discussion(discussion_id)
        peserta.diundang, peserta.hadir = False, True
        p.peserta.append(peserta)
        return self.update_discussion(p)

    def add_masukan(self, discussion_id: str, masukan: Masukan) -> Pembahasan:
        """Record one input against a service and a component (with its follow-up and agreement)."""
        p = self.discussion(discussion_id)
        p.masukan.append(masukan)
        return self.update_discussion(p)

    def apply_masukan(self, discussion_id: str, index: int, layanan: Layanan) -> None:
        """Store ``layanan`` changed as agreed input ``index`` says; the audit line names the discussion.

        The service's audit line (component of the input) reads "Masukan pembahasan FGD 23 November
        2018: …", the input gets ``diterapkan`` (ISO time), and both happen in one transaction.

        Raises:
            roles.NotAllowed: the input is not agreed, belongs to another service, the role or the
                service's status forbids it, or the changed service is not valid.
        """
        self._require_discussion_role()
        raw = self._discussions_raw()
        i = self._locate(raw, discussion_id)
        p = self._view(raw, i)
        if not 0 <= index < len(p.masukan):
            raise roles.NotAllowed("Masukan itu tidak ada lagi di pembahasan ini.")
        m = p.masukan[index]
        if not m.disepakati:
            raise roles.NotAllowed("Hanya masukan yang disepakati yang dapat diterapkan ke standar.")
        rows = self.repo.db.rows("SELECT status, jenis_pelayanan FROM layanan WHERE id = ?", [layanan.id])
        if not rows:
            raise errors.ProjectError(f"Layanan dengan id {layanan.id} tidak ada di proyek ini.", self.path)
        status, name = rows[0]["status"], rows[0]["jenis_pelayanan"]
        if name != m.layanan:
            raise roles.NotAllowed(f"Masukan ini untuk layanan \u201c{m.layanan}\u201d, bukan \u201c{name}\u201d.")
        if self.interactive:
            roles.require(roles.why_cannot_apply_masukan(self.actor, status))
        if layanan.jenis_pelayanan != name:
            raise roles.NotAllowed("Nama layanan tidak diubah lewat masukan; ubah namanya di daftar layanan.")
        validate.layanan(layanan)
        layanan.status = status
        m.diterapkan = datetime.now().isoformat(timespec="seconds")
        keterangan = f"Masukan pembahasan {dp.title(p)}: {_short(m.masukan)}"
        with self._write("service", layanan.id):
            self.repo.update_service(layanan, self._actor_name)
            self.repo.add_audit(self.actor, "ubah", layanan.id, m.komponen, keterangan)
            self._put(raw, i, p)
            self.repo.add_audit(self.actor, "ubah", None, KOMPONEN,
                                f"Masukan diterapkan ke {name}: {_short(m.masukan)}")

    # -- attachments -----------------------------------------------------------------------
    def add_discussion_photo(self, discussion_id: str, nama: str, data: bytes, keterangan: str = "") -> int:
        """Store a photo of the meeting (decoded, upright, at most 2000 px); returns its attachment id.

        Raises:
            errors.ProjectError: not an image, empty or too large (Indonesian, naming the file).
        """
        from .pembahasan_files import prepare_photo  # Pillow is needed only here

        self._require_discussion_role()
        data, mime = prepare_photo(nama, data)
        if mime == "image/jpeg" and not nama.lower().endswith((".jpg", ".jpeg")):
            nama = nama.rsplit(".", 1)[0] + ".jpg"  # re-encoded: the name says what the bytes are
        return self._add_file(discussion_id, FOTO, nama, mime, data, keterangan)

    def add_discussion_file(self, discussion_id: str, nama: str, data: bytes, mime: str = "",
                            keterangan: str = "") -> int:
        """Store a notulen file (any kind, up to ``storage.attachments.MAX_FILE_BYTES``)."""
        from .pembahasan_files import check_file

        self._require_discussion_role()
        check_file(nama, data)
        return self._add_file(discussion_id, NOTULEN, nama, mime or "application/octet-stream", data, keterangan)

    def set_discussion_attachment_caption(self, attachment_id: int, keterangan: str) -> None:
        self._require_discussion_role()
        validate.text(keterangan, "Keterangan lampiran")
        found = self._own_attachment(attachment_id)
        if found.keterangan == keterangan:
            return
        with self._write(KEY):
            self.repo.set_attachment_caption(attachment_id, keterangan)
            self._audit_merged("ubah", None, KOMPONEN, f"Keterangan lampiran diubah: {found.nama}")

    def remove_discussion_attachment(self, attachment_id: int) -> None:
        self._require_discussion_role()
        found = self._own_attachment(attachment_id)
        with self._write(KEY):
            self.repo.delete_attachment(attachment_id)
            self.repo.add_audit(self.actor, "hapus", None, KOMPONEN, f"Lampiran pembahasan dihapus: {found.nama}")

    # -- inside ----------------------------------------------------------------------------
    def _require_discussion_role(self) -> None:
        if self.interactive:
            roles.require(roles.why_cannot_run_discussion(self.actor))

    def _check(self, p: Pembahasan, previous: Pembahasan | None) -> None:
        names = {row["jenis_pelayanan"] for row in self.repo.db.rows("SELECT jenis_pelayanan FROM layanan")}
        dp.check(p, names, previous)

    def _add_file(self, discussion_id: str, jenis: str, nama: str, mime: str, data: bytes, keterangan: str) -> int:
        raw = self._discussions_raw()
        i = self._locate(raw, discussion_id)
        p = self._view(raw, i)
        with self._write(KEY):
            if not raw[i].get("id"):
                self._put(raw, i, p)  # gives it an id to file the attachment under
            new = self.repo.add_attachment(owner(p.id), jenis, nama, mime, data, keterangan, self._actor_name)
            what = "Foto" if jenis == FOTO else "Berkas notulen"
            self.repo.add_audit(self.actor, "tambah", None, KOMPONEN, f"{what} ditambahkan ke {dp.title(p)}: {nama}")
        return new

    def _own_attachment(self, attachment_id: int) -> Attachment:
        found = self.repo.attachment(attachment_id)
        if found is None or not found.pemilik.startswith(owner("")):
            raise errors.ProjectError("Lampiran itu tidak ada lagi di proyek ini.", self.path)
        return found

    @staticmethod
    def _peserta_at(p: Pembahasan, index: int) -> Peserta:
        if not 0 <= index < len(p.peserta):
            raise roles.NotAllowed("Peserta itu tidak ada lagi di pembahasan ini.")
        return p.peserta[index]

    def _discussions_raw(self) -> list[Any]:
        value = self.repo.extra().get(KEY)
        return list(value) if isinstance(value, list) else []

    @staticmethod
    def _locate(raw: list[Any], discussion_id: str) -> int:
        for i, item in enumerate(raw):
            stored = item.get("id") if isinstance(item, dict) else None
            if stored and stored == discussion_id:
                return i
            if not stored and discussion_id == f"{dp.UNSAVED_PREFIX}{i}":
                return i
        raise roles.NotAllowed(_GONE)

    @staticmethod
    def _view(raw: list[Any], i: int) -> Pembahasan:
        p = dp.from_dict(raw[i])
        if not p.id:
            p.id = f"{dp.UNSAVED_PREFIX}{i}"
        return p

    @staticmethod
    def _same(item: dict[str, Any], p: Pembahasan) -> bool:
        return bool(item.get("id")) and dp.to_dict(p) == item

    def _put(self, raw: list[Any], i: int, p: Pembahasan) -> None:
        """Replace discussion ``i`` by ``p`` (an id-less one gets its id now) and store the list."""
        if not p.id or p.id.startswith(dp.UNSAVED_PREFIX):
            p.id = dp.new_id()
        raw[i] = dp.to_dict(p)
        self._store_discussions(raw)

    def _store_discussions(self, raw: list[Any]) -> None:
        # Only this key is rewritten: the other keys keep their rows (and so their order in the export).
        db = self.repo.db
        if not raw:
            db.execute("DELETE FROM extra WHERE key = ?", [KEY])
            return
        text = json.dumps(raw, ensure_ascii=False)
        if db.execute("UPDATE extra SET value = ? WHERE key = ?", [text, KEY]).rowcount == 0:
            db.execute("INSERT INTO extra (key, value) VALUES (?, ?)", [KEY, text])


def _short(text: str, limit: int = 160) -> str:
    text = " ".join(text.split())
    return text if len(text) <= limit else text[: limit - 1] + "\u2026"
