"""Survey periods, respondents and follow-up plans of the Survei Kepuasan Masyarakat (storage layer).

A mixin of :class:`storage.repository.ProjectRepository` over the m006 tables ``survei``, ``responden``
and ``tindak_lanjut_skm``. One respondent is one row with its nine answers in ``u1`` … ``u9``, so the
grid's keystroke is one small UPDATE and the figures are SQL sums and counts, whatever the number of
respondents. Values are checked by the session before they get here.
"""

from __future__ import annotations

import json
import uuid
from collections.abc import Iterable
from typing import TYPE_CHECKING, Any

from ..domain.skm_monitoring import USIA_BANDS, SurveiInfo
from ..domain.survei import Responden, Survei, TindakLanjut
from . import errors

if TYPE_CHECKING:  # pragma: no cover
    from .connection import ProjectDb

UNSUR_COLUMNS = tuple(f"u{i}" for i in range(1, 10))
_PROFILE = ("layanan", "tanggal", "jam", "jenis_kelamin", "usia", "pendidikan", "pekerjaan")
_RESPONDEN_COLUMNS = (*_PROFILE, *UNSUR_COLUMNS, "saran", "lain")
_INFO = ("SELECT s.id, s.uid, s.periode, s.mulai, s.selesai, s.layanan, s.populasi, s.tanggal_laporan, "
         "(SELECT count(*) FROM responden r WHERE r.survei_id = s.id) AS jumlah FROM survei s")
_FOLLOW_UP = ("unsur", "rencana", "penanggung_jawab", "target", "selesai")


def new_uid() -> str:
    """A fresh identity for a survey or a complaint (kept across files as its ``id`` key)."""
    return uuid.uuid4().hex


class SurveyStore:
    """Surveys, respondents and follow-up actions; needs ``self.db``."""

    db: ProjectDb

    def _json(self, text: str | None, what: str) -> Any:
        try:
            return json.loads(text) if text else None
        except (ValueError, RecursionError) as exc:
            raise errors.DamagedContent(
                f"Berkas {self.db.path.name} rusak: {what} tidak dapat dibaca.", self.db.path
            ) from exc

    # -- surveys ---------------------------------------------------------------------------
    def _info(self, row: Any) -> SurveiInfo:
        layanan = self._json(row[5], "daftar layanan survei") or []
        return SurveiInfo(row[0], row[1], row[2], row[3], row[4], tuple(layanan), row[6], row[7], row[8])

    def survey_infos(self) -> list[SurveiInfo]:
        """Every survey in its stored order (the order of the file)."""
        return [self._info(r) for r in self.db.execute(f"{_INFO} ORDER BY s.position, s.id").fetchall()]

    def survey_info(self, survei_id: int) -> SurveiInfo | None:
        rows = self.db.execute(f"{_INFO} WHERE s.id = ?", [survei_id]).fetchall()
        return self._info(rows[0]) if rows else None

    def survey_plan(self, survei_id: int) -> Survei | None:
        """A survey's plan fields (no respondents, no follow-up), or None."""
        rows = self.db.rows("SELECT * FROM survei WHERE id = ?", [survei_id])
        if not rows:
            return None
        r = rows[0]
        return Survei(periode=r["periode"], mulai=r["mulai"], selesai=r["selesai"],
                      layanan=list(self._json(r["layanan"], "daftar layanan survei") or []), populasi=r["populasi"],
                      id=r["uid"], tanggal_laporan=r["tanggal_laporan"],
                      lain=self._json(r["lain"], "data survei") or {})

    def survey_periods(self) -> list[tuple[int, str]]:
        """(id, periode) of every survey, in order."""
        return [(r[0], r[1]) for r in self.db.execute("SELECT id, periode FROM survei ORDER BY position, id")]

    def survey_uid_owner(self, uid: str) -> int | None:
        return self.db.scalar("SELECT id FROM survei WHERE uid = ?", [uid])

    def insert_survey(self, s: Survei, uid: str | None = None) -> int:
        """Store the plan of ``s`` at the end (its respondents and follow-up separately); returns its id."""
        position = self.db.scalar("SELECT COALESCE(MAX(position), -1) + 1 FROM survei")
        cursor = self.db.execute(
            "INSERT INTO survei (uid, position, periode, mulai, selesai, layanan, populasi, tanggal_laporan, lain) "
            "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)",
            [uid or s.id or new_uid(), position, s.periode, s.mulai, s.selesai,
             json.dumps(list(s.layanan), ensure_ascii=False), s.populasi, s.tanggal_laporan,
             json.dumps(s.lain, ensure_ascii=False)],
        )
        return cursor.lastrowid

    def update_survey_plan(self, survei_id: int, s: Survei) -> None:
        self.db.execute(
            "UPDATE survei SET periode = ?, mulai = ?, selesai = ?, layanan = ?, populasi = ?, tanggal_laporan = ?, "
            "lain = ? WHERE id = ?",
            [s.periode, s.mulai, s.selesai, json.dumps(list(s.layanan), ensure_ascii=False), s.populasi,
             s.tanggal_laporan, json.dumps(s.lain, ensure_ascii=False), survei_id],
        )

    def delete_survey(self, survei_id: int) -> None:
        """Remove a survey with its respondents and follow-up actions."""
        self.db.execute("DELETE FROM responden WHERE survei_id = ?", [survei_id])
        self.db.execute("DELETE FROM tindak_lanjut_skm WHERE survei_id = ?", [survei_id])
        self.db.execute("DELETE FROM survei WHERE id = ?", [survei_id])

    def survey_records(self) -> list[Survei]:
        """Every survey whole (respondents and follow-up in order): what ``export-json`` writes."""
        result = []
        for survei_id, _periode in self.survey_periods():
            s = self.survey_plan(survei_id)
            s.responden = [r for _id, r in self.respondent_rows(survei_id)]
            s.tindak_lanjut = [t for _id, t in self.follow_up_rows(survei_id)]
            result.append(s)
        return result

    # -- respondents -----------------------------------------------------------------------
    def _responden(self, row: Any) -> Responden:
        # row: id, then _RESPONDEN_COLUMNS
        lain = row[18]
        return Responden(layanan=row[1], tanggal=row[2], jam=row[3], jenis_kelamin=row[4], usia=row[5],
                         pendidikan=row[6], pekerjaan=row[7], nilai=list(row[8:17]), saran=row[17],
                         lain={} if lain == "{}" else (self._json(lain, "data responden") or {}))

    def respondent_rows(self, survei_id: int) -> list[tuple[int, Responden]]:
        cursor = self.db.execute(
            f"SELECT id, {', '.join(_RESPONDEN_COLUMNS)} FROM responden WHERE survei_id = ? ORDER BY position, id",
            [survei_id],
        )
        return [(row[0], self._responden(row)) for row in cursor.fetchall()]

    def respondent_survey(self, row_id: int) -> int | None:
        """The survey a respondent row belongs to, or None when the row is gone."""
        return self.db.scalar("SELECT survei_id FROM responden WHERE id = ?", [row_id])

    @staticmethod
    def _respondent_values(r: Responden) -> list[Any]:
        return [r.layanan, r.tanggal, r.jam, r.jenis_kelamin, r.usia, r.pendidikan, r.pekerjaan, *r.nilai, r.saran,
                json.dumps(r.lain, ensure_ascii=False)]

    def insert_respondents(self, survei_id: int, items: Iterable[Responden]) -> list[int]:
        """Append respondents to a survey in order; returns their row ids."""
        position = self.db.scalar("SELECT COALESCE(MAX(position), -1) + 1 FROM responden WHERE survei_id = ?",
                                  [survei_id])
        sql = (f"INSERT INTO responden (survei_id, position, {', '.join(_RESPONDEN_COLUMNS)}) "
               f"VALUES ({', '.join('?' for _ in range(len(_RESPONDEN_COLUMNS) + 2))})")
        ids = []
        for offset, r in enumerate(items):
            ids.append(self.db.execute(sql, [survei_id, position + offset, *self._respondent_values(r)]).lastrowid)
        return ids

    def update_respondent(self, row_id: int, r: Responden) -> bool:
        assignments = ", ".join(f"{c} = ?" for c in _RESPONDEN_COLUMNS)
        cursor = self.db.execute(f"UPDATE responden SET {assignments} WHERE id = ?",
                                 [*self._respondent_values(r), row_id])
        return cursor.rowcount > 0

    def set_answer(self, row_id: int, unsur: int, value: int | None) -> bool:
        """One answer of one respondent (``unsur`` 1-9, already checked): one UPDATE. False when the row is gone."""
        return self.db.execute(f"UPDATE responden SET {UNSUR_COLUMNS[unsur - 1]} = ? WHERE id = ?",
                               [value, row_id]).rowcount > 0

    def delete_respondents(self, row_ids: Iterable[int]) -> int:
        ids = list(row_ids)
        deleted = 0
        for start in range(0, len(ids), 500):
            chunk = ids[start:start + 500]
            marks = ", ".join("?" for _ in chunk)
            deleted += self.db.execute(f"DELETE FROM responden WHERE id IN ({marks})", chunk).rowcount
        return deleted

    @staticmethod
    def _scope(survei_id: int, layanan: str | None) -> tuple[str, list[Any]]:
        if layanan is None:
            return "survei_id = ?", [survei_id]
        return "survei_id = ? AND layanan = ?", [survei_id, layanan]

    def answer_totals(self, survei_id: int, layanan: str | None = None) -> tuple[int, list[int], list[int]]:
        """(respondents, sum per unsur, answers per unsur) of a survey, or of one service's respondents."""
        where, args = self._scope(survei_id, layanan)
        columns = ", ".join(f"COALESCE(SUM({c}), 0), COUNT({c})" for c in UNSUR_COLUMNS)
        row = self.db.execute(f"SELECT COUNT(*), {columns} FROM responden WHERE {where}", args).fetchone()
        return row[0], [row[1 + 2 * i] for i in range(9)], [row[2 + 2 * i] for i in range(9)]

    def profile_counts(self, survei_id: int, layanan: str | None = None) -> dict[str, dict[Any, int]]:
        """Respondents per value of each profile column (None for blank), and per age band label."""
        where, args = self._scope(survei_id, layanan)
        result: dict[str, dict[Any, int]] = {}
        for column in ("jenis_kelamin", "pendidikan", "pekerjaan", "layanan"):
            rows = self.db.execute(f"SELECT {column}, COUNT(*) FROM responden WHERE {where} GROUP BY {column}",
                                   args).fetchall()
            result[column] = {value if value != "" else None: count for value, count in rows}
        bands = " ".join(f"WHEN usia BETWEEN {lo} AND {hi} THEN '{label}'" for lo, hi, label in USIA_BANDS)
        rows = self.db.execute(
            f"SELECT CASE WHEN usia IS NULL THEN NULL {bands} ELSE '{USIA_BANDS[-1][2]}' END AS band, COUNT(*) "
            f"FROM responden WHERE {where} GROUP BY band", args).fetchall()
        result["usia"] = dict(rows)
        return result

    # -- follow-up -------------------------------------------------------------------------
    def follow_up_rows(self, survei_id: int) -> list[tuple[int, TindakLanjut]]:
        rows = self.db.rows(
            f"SELECT id, {', '.join(_FOLLOW_UP)}, lain FROM tindak_lanjut_skm WHERE survei_id = ? "
            "ORDER BY position, id", [survei_id])
        return [(r["id"], TindakLanjut(**{k: r[k] for k in _FOLLOW_UP},
                                       lain=self._json(r["lain"], "data tindak lanjut") or {})) for r in rows]

    def follow_up_survey(self, row_id: int) -> int | None:
        return self.db.scalar("SELECT survei_id FROM tindak_lanjut_skm WHERE id = ?", [row_id])

    def insert_follow_up(self, survei_id: int, t: TindakLanjut) -> int:
        position = self.db.scalar(
            "SELECT COALESCE(MAX(position), -1) + 1 FROM tindak_lanjut_skm WHERE survei_id = ?", [survei_id])
        return self.db.execute(
            "INSERT INTO tindak_lanjut_skm (survei_id, position, unsur, rencana, penanggung_jawab, target, selesai, "
            "lain) VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
            [survei_id, position, t.unsur, t.rencana, t.penanggung_jawab, t.target, t.selesai,
             json.dumps(t.lain, ensure_ascii=False)],
        ).lastrowid

    def update_follow_up(self, row_id: int, t: TindakLanjut) -> bool:
        return self.db.execute(
            "UPDATE tindak_lanjut_skm SET unsur = ?, rencana = ?, penanggung_jawab = ?, target = ?, selesai = ?, "
            "lain = ? WHERE id = ?",
            [t.unsur, t.rencana, t.penanggung_jawab, t.target, t.selesai, json.dumps(t.lain, ensure_ascii=False),
             row_id],
        ).rowcount > 0

    def delete_follow_up(self, row_id: int) -> None:
        self.db.execute("DELETE FROM tindak_lanjut_skm WHERE id = ?", [row_id])
