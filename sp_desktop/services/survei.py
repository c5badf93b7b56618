"""Survey periods, respondents, results and follow-up of the Survei Kepuasan Masyarakat (services layer).

A mixin of :class:`~sp_desktop.services.session.ProjectSession`: it uses the session's
``repo``, ``_write``, ``actor`` and audit helpers, and adds no state of its own. Every write is one
transaction with an audit line (komponen "survei") and tells the listeners ``what="survei"``. The
records are checked by the SP JSON rules (:mod:`domain.sp_json_monitoring`), so what the app stores it
can always export and read back. The figures come from SQL sums and counts per unsur; they equal
:func:`domain.skm.compute` over the same answers (a test holds them together).
"""

from __future__ import annotations

from datetime import datetime
from fractions import Fraction

from ..domain import skm
from ..domain.names import name_key
from ..domain.roles import NotAllowed
from ..domain.skm_monitoring import (
    PROFILE_KEYS,
    TIDAK_DIISI,
    USIA_BANDS,
    FollowUpProgress,
    SurveiInfo,
    follow_up_progress,
)
from ..domain.sp_json_monitoring import check_record
from ..domain.sp_json_validate import SpJsonError
from ..domain.survei import JENIS_KELAMIN, PEKERJAAN, PENDIDIKAN, Responden, Survei, TindakLanjut
from ..storage import errors

__all__ = ["FollowUpProgress", "SurveiInfo", "SurveyActions", "result_from_totals"]

KOMPONEN = "survei"
AUDIT_MERGE_SECONDS = 60  # as the session's other audit lines
_GONE = "Survei itu tidak ada lagi di proyek ini (mungkin baru dihapus)."
_ROW_GONE = "Baris responden itu tidak ada lagi (mungkin baru dihapus)."
_FIELD_LABELS = {
    "periode": "Periode", "mulai": "Tanggal mulai", "selesai": "Tanggal selesai", "layanan": "Layanan",
    "populasi": "Populasi", "tanggal_laporan": "Tanggal laporan", "tanggal": "Tanggal", "jam": "Jam",
    "jenis_kelamin": "Jenis kelamin", "usia": "Usia", "pendidikan": "Pendidikan", "pekerjaan": "Pekerjaan",
    "nilai": "Nilai unsur", "saran": "Saran", "unsur": "Unsur", "rencana": "Rencana tindak lanjut",
    "penanggung_jawab": "Penanggung jawab", "target": "Target",
}


def _checked(record, what: str = "") -> None:
    """Check a record by the SP JSON rules; the error names the field as the screens do."""
    try:
        check_record(record)
    except SpJsonError as exc:
        path = exc.path
        if path.startswith("nilai[") and path.endswith("]"):
            label = f"U{int(path[6:-1]) + 1}"
        else:
            label = _FIELD_LABELS.get(path.split("[")[0].split(".")[-1], path)
        # A kept selesai of a follow-up is its completion date, not a survey's end date.
        if isinstance(record, TindakLanjut) and path == "selesai":
            label = "Tanggal selesai tindak lanjut"
        raise NotAllowed(f"{what}{label}: {exc.reason}.") from None


def result_from_totals(responden: int, sums: list[int], counts: list[int]) -> skm.IkmResult:
    """The IKM from the sum and the number of answers per unsur (as :func:`skm.compute` would give)."""
    unsur = []
    for i in range(skm.JUMLAH_UNSUR):
        nrr = Fraction(sums[i], counts[i]) if counts[i] else None
        unsur.append(skm.UnsurResult(i + 1, sums[i], counts[i], nrr, None if nrr is None else nrr * skm.BOBOT))
    complete = all(u.nrr_tertimbang is not None for u in unsur)
    ikm = sum((u.nrr_tertimbang for u in unsur), Fraction(0)) if complete else None
    return skm.IkmResult(tuple(unsur), responden, ikm)


class SurveyActions:
    """Use-cases of this stretch of the cycle on one open project (see the module docstring)."""

    def _audit_like(self, aksi: str, keterangan: str, same: str) -> None:
        """An audit line, or the last one touched when it is this member's line starting with ``same`` of the
        last minute (the grid writes one answer per keystroke; one line a minute is enough)."""
        last = self.repo.last_audit()
        if (last and last["aksi"] == aksi and last["komponen"] == KOMPONEN and last["layanan_id"] is None
                and last["pelaku_id"] == (self.actor.id if self.actor else None)
                and (datetime.now() - datetime.fromisoformat(last["waktu"])).total_seconds() < AUDIT_MERGE_SECONDS
                and (self.repo.db.scalar("SELECT keterangan FROM riwayat WHERE id = ?", [last["id"]]) or "")
                .startswith(same)):
            self.repo.touch_audit(last["id"], keterangan)
        else:
            self.repo.add_audit(self.actor, aksi, None, KOMPONEN, keterangan)

    # -- reads -----------------------------------------------------------------------------
    def surveys(self) -> list[SurveiInfo]:
        """Every survey period in the order of the file, with its respondent count."""
        return self.repo.survey_infos()

    def survey_info(self, survei_id: int) -> SurveiInfo:
        info = self.repo.survey_info(survei_id)
        if info is None:
            raise errors.ProjectError(_GONE, self.path)
        return info

    def survey(self, survei_id: int) -> Survei:
        """One survey whole: plan, respondents and follow-up actions in order."""
        s = self._plan(survei_id)
        s.responden = [r for _id, r in self.repo.respondent_rows(survei_id)]
        s.tindak_lanjut = [t for _id, t in self.repo.follow_up_rows(survei_id)]
        return s

    def survey_id_by_period(self, periode: str) -> int:
        """The id of the survey named ``periode`` (case and spacing ignored).

        Raises:
            errors.ProjectError: no survey has that name; the message lists the periods there are.
        """
        periods = self.repo.survey_periods()
        for survei_id, name in periods:
            if name_key(name) == name_key(periode):
                return survei_id
        known = ", ".join(f"“{name}”" for _id, name in periods)
        there = f"Periode yang ada: {known}." if periods else "Proyek ini belum memiliki survei."
        raise errors.ProjectError(f"Survei periode “{periode}” tidak ada di proyek ini. {there}", self.path)

    def _plan(self, survei_id: int) -> Survei:
        s = self.repo.survey_plan(survei_id)
        if s is None:
            raise errors.ProjectError(_GONE, self.path)
        return s

    # -- the plan --------------------------------------------------------------------------
    def _check_plan(self, s: Survei, survei_id: int | None) -> None:
        _checked(s)
        for other_id, name in self.repo.survey_periods():
            if other_id != survei_id and name_key(name) == name_key(s.periode):
                raise NotAllowed(f"Periode “{s.periode}” sudah dipakai survei lain; beri nama periode yang lain.")
        known = {name_key(x.jenis_pelayanan) for x in self.repo.summaries()}
        stored = set(self._plan(survei_id).layanan) if survei_id is not None else set()
        for name in s.layanan:
            if name_key(name) not in known and name not in stored:
                raise NotAllowed(f"Layanan “{name}” tidak ada di proyek ini; pilih layanan dari daftar.")

    def add_survey(self, s: Survei) -> int:
        """Store a new survey period (its respondents and follow-up, when given, too); returns its id."""
        self._check_plan(s, None)
        items = list(s.responden)
        self._check_respondents(s, items)
        for t in s.tindak_lanjut:
            _checked(t)
        with self._write(KOMPONEN):
            survei_id = self.repo.insert_survey(s)
            self.repo.insert_respondents(survei_id, items)
            for t in s.tindak_lanjut:
                self.repo.insert_follow_up(survei_id, t)
            self.repo.add_audit(self.actor, "tambah", None, KOMPONEN, f"Survei ditambahkan: {s.periode}")
        return survei_id

    def update_survey_plan(self, survei_id: int, s: Survei) -> None:
        """Store the plan fields of ``s`` (periode, dates, services, population, report date, kept keys)."""
        self._check_plan(s, survei_id)
        with self._write(KOMPONEN):
            self.repo.update_survey_plan(survei_id, s)
            what = f"Rencana survei diubah: {s.periode}"
            self._audit_like("ubah", what, what)

    def delete_survey(self, survei_id: int) -> None:
        """Remove a survey with its respondents and follow-up plan."""
        s = self._plan(survei_id)
        with self._write(KOMPONEN):
            self.repo.delete_survey(survei_id)
            self.repo.add_audit(self.actor, "hapus", None, KOMPONEN, f"Survei dihapus: {s.periode}")

    # -- respondents -----------------------------------------------------------------------
    def respondents(self, survei_id: int) -> list[tuple[int, Responden]]:
        """(row id, respondent) of a survey, in order."""
        self._plan(survei_id)
        return self.repo.respondent_rows(survei_id)

    def _service_names(self, s: Survei) -> set[str]:
        if s.layanan:
            return {name_key(n) for n in s.layanan}
        return {name_key(x.jenis_pelayanan) for x in self.repo.summaries()}

    def _check_respondents(self, s: Survei, items: list[Responden], first: int = 1) -> None:
        names = None
        for n, r in enumerate(items, start=first):
            what = f"Responden ke-{n}: " if len(items) > 1 or first != 1 else ""
            _checked(r, what)
            if r.layanan:
                names = self._service_names(s) if names is None else names
                if name_key(r.layanan) not in names:
                    where = "survei ini" if s.layanan else "proyek ini"
                    raise NotAllowed(f"{what}Layanan “{r.layanan}” bukan layanan {where}.")

    def add_respondents(self, survei_id: int, items: list[Responden]) -> list[int]:
        """Append respondents (one transaction: all or none); returns their row ids in order.

        Raises:
            roles.NotAllowed: a respondent breaks a rule; the message says which one (ke-N) and why.
        """
        s = self._plan(survei_id)
        items = list(items)
        self._check_respondents(s, items)
        with self._write(KOMPONEN):
            ids = self.repo.insert_respondents(survei_id, items)
            what = f"Responden survei {s.periode} ditambahkan"
            self._audit_like("tambah", f"{what} ({len(ids)})", what)
        return ids

    def update_respondent(self, row_id: int, r: Responden) -> None:
        """Store one respondent whole (profile, answers, suggestion)."""
        survei_id = self.repo.respondent_survey(row_id)
        if survei_id is None:
            raise errors.ProjectError(_ROW_GONE, self.path)
        s = self._plan(survei_id)
        self._check_respondents(s, [r])
        with self._write(KOMPONEN):
            self.repo.update_respondent(row_id, r)
            what = f"Responden survei {s.periode} diubah"
            self._audit_like("ubah", what, what)

    def set_answer(self, row_id: int, unsur: int, value: int | None) -> None:
        """One answer of one respondent, as the grid types it: one small UPDATE, no reload.

        Raises:
            roles.NotAllowed: ``unsur`` outside 1-9 or ``value`` not 1-4/None.
            errors.ProjectError: the row is gone.
        """
        if isinstance(unsur, bool) or not isinstance(unsur, int) or not 1 <= unsur <= skm.JUMLAH_UNSUR:
            raise NotAllowed(f"Unsur {unsur} tidak dikenal; unsur bernomor 1 sampai 9.")
        if value is not None and (isinstance(value, bool) or not isinstance(value, int) or not 1 <= value <= 4):
            raise NotAllowed(f"U{unsur}: nilai harus 1, 2, 3, atau 4 (atau dikosongkan), bukan {value!r}.")
        with self._write(KOMPONEN):
            if not self.repo.set_answer(row_id, unsur, value):
                raise errors.ProjectError(_ROW_GONE, self.path)
            self._audit_like("ubah", "Jawaban responden survei diisi", "Jawaban responden survei diisi")

    def delete_respondents(self, row_ids: list[int]) -> int:
        """Remove respondent rows; returns how many were removed."""
        ids = list(row_ids)
        if not ids:
            return 0
        with self._write(KOMPONEN):
            count = self.repo.delete_respondents(ids)
            self.repo.add_audit(self.actor, "hapus", None, KOMPONEN, f"Responden survei dihapus ({count})")
        return count

    # -- results ---------------------------------------------------------------------------
    def results(self, survei_id: int, layanan: str | None = None) -> skm.IkmResult:
        """NRR per unsur, weighted NRR and IKM (exact) of a survey, or of one service's respondents."""
        self._plan(survei_id)
        return result_from_totals(*self.repo.answer_totals(survei_id, layanan))

    def profile(self, survei_id: int, layanan: str | None = None) -> dict[str, dict[str, int]]:
        """Respondents per jenis_kelamin, usia band, pendidikan, pekerjaan and layanan.

        Each group lists every value of the contract in its order (count 0 included: codes ``L``/``P``,
        ``SD``…, ``pns``…; age bands by label; services by name), then ``TIDAK_DIISI`` when someone left
        the field blank; ``layanan`` lists the survey's services (or those answered for) in order.
        """
        s = self._plan(survei_id)
        counts = self.repo.profile_counts(survei_id, layanan)
        services = list(s.layanan) + [n for n in counts["layanan"] if n and n not in s.layanan]
        order = {"jenis_kelamin": list(JENIS_KELAMIN), "usia": [b[2] for b in USIA_BANDS],
                 "pendidikan": list(PENDIDIKAN), "pekerjaan": list(PEKERJAAN), "layanan": services}
        result: dict[str, dict[str, int]] = {}
        for key in PROFILE_KEYS:
            got = counts[key]
            group = {value: got.get(value, 0) for value in order[key]}
            group.update({str(v): c for v, c in got.items() if v is not None and v not in group})
            if got.get(None):
                group[TIDAK_DIISI] = got[None]
            result[key] = group
        return result

    def trend(self, layanan: str | None = None) -> list[tuple[SurveiInfo, skm.IkmResult]]:
        """Every survey with its result (of one service when given), by start date (undated last)."""
        infos = sorted(self.repo.survey_infos(), key=lambda i: (i.mulai == "", i.mulai, i.id))
        return [(i, result_from_totals(*self.repo.answer_totals(i.id, layanan))) for i in infos]

    # -- follow-up -------------------------------------------------------------------------
    def follow_ups(self, survei_id: int) -> list[tuple[int, TindakLanjut]]:
        self._plan(survei_id)
        return self.repo.follow_up_rows(survei_id)

    def add_follow_up(self, survei_id: int, t: TindakLanjut) -> int:
        s = self._plan(survei_id)
        _checked(t)
        with self._write(KOMPONEN):
            row_id = self.repo.insert_follow_up(survei_id, t)
            self.repo.add_audit(self.actor, "tambah", None, KOMPONEN,
                                f"Rencana tindak lanjut survei {s.periode} ditambahkan (U{t.unsur})")
        return row_id

    def update_follow_up(self, row_id: int, t: TindakLanjut) -> None:
        survei_id = self._follow_up_survey(row_id)
        _checked(t)
        s = self._plan(survei_id)
        with self._write(KOMPONEN):
            self.repo.update_follow_up(row_id, t)
            what = f"Rencana tindak lanjut survei {s.periode} diubah (U{t.unsur})"
            self._audit_like("ubah", what, what)

    def delete_follow_up(self, row_id: int) -> None:
        survei_id = self._follow_up_survey(row_id)
        s = self._plan(survei_id)
        with self._write(KOMPONEN):
            self.repo.delete_follow_up(row_id)
            self.repo.add_audit(self.actor, "hapus", None, KOMPONEN,
                                f"Rencana tindak lanjut survei {s.periode} dihapus")

    def _follow_up_survey(self, row_id: int) -> int:
        survei_id = self.repo.follow_up_survey(row_id)
        if survei_id is None:
            raise errors.ProjectError("Rencana tindak lanjut itu tidak ada lagi (mungkin baru dihapus).", self.path)
        return survei_id

    def follow_up_progress(self, survei_id: int) -> FollowUpProgress:
        """Share done, months from the report to each completion, and the PEKPPP 8.a/9.a scores."""
        s = self._plan(survei_id)
        return follow_up_progress(s.tanggal_laporan, [t.selesai for _id, t in self.repo.follow_up_rows(survei_id)])
