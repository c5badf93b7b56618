"""Evaluation notes per service, from survey and complaints, and the road to a revision (services layer).

A mixin of :class:`~sp_desktop.services.session.ProjectSession`: it uses the session's
``repo``, ``_write``, ``actor`` and audit helpers, and adds no state of its own. Notes live in
``Project.extra["evaluasi_layanan"]`` (``domain/evaluasi.py``); writes notify ``what="evaluasi"``.
``revise_from_evaluation`` opens the revision (``start_revision``) and records the note on it in the
same transaction: the note's ``revisi_versi`` and an audit line of the service citing the note.
"""

from __future__ import annotations

from dataclasses import dataclass, field, replace
from typing import Any

from ..domain import evaluasi as ev
from ..domain.enums import StatusLayanan
from ..domain.roles import NotAllowed

WHAT = "evaluasi"
_CITE_CHARS = 240


@dataclass(frozen=True)
class EvaluationBasis:
    """What the app knows about one service for its evaluation.

    Attributes:
        survei: the latest survey covering the service (a ``SurveiInfo``), or None.
        hasil: its result (an ``skm.IkmResult``) for this service's respondents, or the whole unit's
            when the respondents name no service (``seluruh_unit``); None without a survey.
        unsur_lemah: the unsur with the lowest NRR.
        pengaduan: complaints about the service by component key ("" = none named), most first.
        terbuka: how many of them are still open.
    """

    service_id: int
    layanan: str
    status: str
    versi: int
    survei: Any = None
    hasil: Any = None
    seluruh_unit: bool = False
    unsur_lemah: list[int] = field(default_factory=list)
    pengaduan: list[tuple[str, int]] = field(default_factory=list)
    terbuka: int = 0

    @property
    def jumlah_pengaduan(self) -> int:
        return sum(n for _k, n in self.pengaduan)


def _shorten(text: str) -> str:
    text = " ".join(text.split())
    return text if len(text) <= _CITE_CHARS else text[: _CITE_CHARS - 1].rstrip() + "…"


class EvaluationActions:
    """Use-cases of this stretch of the cycle on one open project (see the module docstring)."""

    # -- reads -----------------------------------------------------------------------------
    def evaluation_notes(self) -> list[ev.EvaluasiLayanan]:
        """Every service's evaluation note, in file order."""
        return ev.all_from_extra(self.repo.extra())

    def evaluation_note(self, layanan: str) -> ev.EvaluasiLayanan | None:
        return ev.note_for(self.evaluation_notes(), layanan)

    def latest_survey_for(self, layanan: str):
        """The latest survey (by start date) whose services include ``layanan`` (or that names none)."""
        covering = [i for i in self.surveys() if not i.layanan or layanan in i.layanan]
        covering.sort(key=lambda i: (i.mulai != "", i.mulai, i.id))
        return covering[-1] if covering else None

    def evaluation_basis(self, service_id: int) -> EvaluationBasis:
        """The latest survey's figures for a service and the complaints about it, by component."""
        lay = self.service(service_id)
        name = lay.jenis_pelayanan
        info = self.latest_survey_for(name)
        hasil, whole = None, False
        if info is not None:
            hasil = self.results(info.id, name)
            if hasil.responden == 0:
                hasil, whole = self.results(info.id), True
        weak = ev.weakest_unsur({u.nomor: u.nrr for u in hasil.unsur}) if hasil is not None else []
        counts = [(k or "", n) for k, n in self.repo.complaint_counts("komponen", _about(name))]
        terbuka = len(self.repo.open_complaints(_about(name)))
        return EvaluationBasis(service_id, name, lay.status, lay.versi, info, hasil, whole, weak, counts, terbuka)

    def note_from_basis(self, basis: EvaluationBasis) -> ev.EvaluasiLayanan:
        """The service's note with the basis's citations refreshed (the team's text kept)."""
        note = self.evaluation_note(basis.layanan) or ev.EvaluasiLayanan(layanan=basis.layanan)
        konversi = basis.hasil.konversi if basis.hasil is not None else None
        return replace(note, survei=basis.survei.periode if basis.survei is not None else "",
                       ikm=round(float(konversi), 2) if konversi is not None else None,
                       unsur_lemah=list(basis.unsur_lemah), pengaduan=dict(basis.pengaduan), lain=dict(note.lain))

    def why_cannot_revise_from_evaluation(self, service_id: int) -> str | None:
        """Why "Buat revisi" may not run for a service now (role, status, a note to cite), or None."""
        from .revisions import why_cannot_start_revision

        lay = self.service(service_id)
        note = self.evaluation_note(lay.jenis_pelayanan)
        if lay.status != StatusLayanan.DITETAPKAN.value:
            return ("Revisi hanya dibuat untuk standar yang sudah ditetapkan; standar ini masih "
                    f"{StatusLayanan(lay.status).label.lower()} dan dapat diubah langsung.")
        if note is None or ev.is_blank(note):
            return "Tulis dulu catatan evaluasi (apa yang perlu diubah dan alasannya) sebelum membuat revisi."
        if self.interactive:
            return why_cannot_start_revision(self.actor, lay.status)
        return None

    # -- writes ----------------------------------------------------------------------------
    def save_evaluation_note(self, note: ev.EvaluasiLayanan) -> ev.EvaluasiLayanan:
        """Store a service's note (replacing its earlier one); typing writes one audit line a minute."""
        if not note.layanan.strip():
            raise NotAllowed("Catatan evaluasi harus menyebut jenis pelayanannya.")
        stored = replace(note, id=note.id or ev.new_id(), tanggal=ev.today_text(), lain=dict(note.lain))
        extra = self.repo.extra()
        items = [i for i in extra.get(ev.EXTRA_KEY) or [] if isinstance(i, dict)]
        old = ev.note_for([ev.from_dict(i) for i in items], stored.layanan)
        if old is not None and replace(old, tanggal=stored.tanggal) == stored:
            return old
        index = next((k for k, i in enumerate(items) if i.get("layanan") == stored.layanan), None)
        if index is None:
            items.append(ev.to_dict(stored))
        else:
            items[index] = ev.to_dict(stored)
        extra[ev.EXTRA_KEY] = items
        with self._write(WHAT):
            self.repo.save_extra(extra)
            self._audit_merged("ubah", self._service_id_of(stored.layanan), WHAT,
                               f"Catatan evaluasi: {_shorten(stored.perubahan) or '(belum diisi)'}")
        return stored

    def revise_from_evaluation(self, service_id: int) -> Any:
        """Open a revision of an adopted service from its evaluation note, in one transaction.

        The ketua (PIN, inside ``ketua_pin``) opens versi N+1 as a draft (``start_revision``); the note
        gets ``revisi_versi`` = N+1 and the service's audit trail a line citing the note.

        Raises:
            NotAllowed: not adopted, no note written, or not the ketua.
            identity.PinRequired / identity.WrongPin: the ketua's PIN is missing or wrong.
        """
        reason = self.why_cannot_revise_from_evaluation(service_id)
        if reason:
            raise NotAllowed(reason)
        name = self.service(service_id).jenis_pelayanan
        note = self.evaluation_note(name)
        assert note is not None  # checked above
        with self._write(WHAT, service_id):
            lay = self.start_revision(service_id)
            extra = self.repo.extra()
            items = [i for i in extra.get(ev.EXTRA_KEY) or [] if isinstance(i, dict)]
            note = replace(note, id=note.id or ev.new_id(), revisi_versi=lay.versi, lain=dict(note.lain))
            index = max(k for k, i in enumerate(items) if i.get("layanan") == name)
            items[index] = ev.to_dict(note)
            extra[ev.EXTRA_KEY] = items
            self.repo.save_extra(extra)
            cited = f"; alasan: {_shorten(note.alasan)}" if note.alasan.strip() else ""
            self.repo.add_audit(self.actor, "revisi", service_id, WHAT,
                                f"Revisi versi {lay.versi} dibuka dari catatan evaluasi {note.id[:8]} "
                                f"(survei {note.survei or '-'}, {note.jumlah_pengaduan} pengaduan): "
                                f"{_shorten(note.perubahan)}{cited}")
        return lay

    def evaluation_of_version(self, service_id: int, versi: int) -> ev.EvaluasiLayanan | None:
        """The note a revision's draft version came from, if it came from one."""
        name = self.service(service_id).jenis_pelayanan
        return next((n for n in self.evaluation_notes() if n.layanan == name and n.revisi_versi == versi), None)

    def _service_id_of(self, layanan: str) -> int | None:
        return next((s.id for s in self.repo.summaries() if s.jenis_pelayanan == layanan), None)


def _about(layanan: str):
    from ..storage.complaints import ComplaintFilter

    return ComplaintFilter(layanan=layanan)
