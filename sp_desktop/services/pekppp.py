"""PEKPPP self-assessment over an open session and the evaluator's evidence pack (services layer).

:func:`build_snapshot` reads what the scoring of ``domain/pekppp.py`` needs; :func:`scores` scores it;
:func:`write_pack` writes a ZIP with a folder per indicator holding the documents the project can
produce, the stored photos and publication evidence, and ``DAFTAR-ISI.txt`` naming every file and
every document that could not be made (with the reason). Never over a project file; written atomically.
"""

from __future__ import annotations

import shutil
import tempfile
import zipfile
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path

from ..domain import pekppp
from ..domain.enums import UnsurPeserta
from ..domain.file_names import safe_part
from ..domain.formatting import format_date
from ..domain.maklumat import missing_elements
from ..domain.pembahasan import outside_unsur
from ..domain.skm import sample_size
from ..export.atomic import atomic_write
from ..export.errors import DocumentRefused, ExportError
from ..storage.errors import ProjectError
from . import targets
from .documents import PHOTO, export_for_session

INDEX_NAME = "DAFTAR-ISI.txt"

FOLDERS = {
    "1.a.Ak": "1.a.Ak Standar Pelayanan",
    "2.a.P": "2.a.P Partisipasi Masyarakat",
    "3.a.T": "3.a.T Publikasi Standar",
    "4.a.K": "4.a.K Reviu Berkala",
    "5.a.K": "5.a.K Maklumat Pelayanan",
    "6.a.B": "6.a.B Survei Kepuasan",
    "7.a.T": "7.a.T Publikasi Hasil SKM",
    "8.a.Ak": "8.a.Ak Tindak Lanjut SKM",
    "9.a.Ak": "9.a.Ak Kecepatan Tindak Lanjut",
}

# (indicator, document kind, file name, needs the survey) in the order the pack lists them.
DOCUMENTS = (
    ("1.a.Ak", "sk-penetapan", "SK Penetapan.pdf", False),
    ("1.a.Ak", "standar", "Standar Pelayanan.pdf", False),
    ("1.a.Ak", "berita-acara", "Berita Acara.pdf", False),
    ("2.a.P", "undangan", "Undangan.pdf", False),
    ("2.a.P", "daftar-hadir", "Daftar Hadir.pdf", False),
    ("2.a.P", "berita-acara", "Berita Acara.pdf", False),
    ("2.a.P", "laporan-pembahasan", "Laporan Pembahasan.pdf", False),
    ("4.a.K", "laporan-pembahasan", "Laporan Pembahasan.pdf", False),
    ("5.a.K", "maklumat", "Maklumat Pelayanan.pdf", False),
    ("5.a.K", "sk-penetapan", "SK Penetapan.pdf", False),
    ("6.a.B", "laporan-skm", "Laporan SKM.pdf", True),
    ("6.a.B", "publikasi-skm", "Publikasi Hasil SKM.pdf", True),
    ("8.a.Ak", "laporan-skm", "Laporan SKM.pdf", True),
    ("8.a.Ak", "rekap-pengaduan", "Rekap Pengaduan.pdf", False),
    ("9.a.Ak", "laporan-skm", "Laporan SKM.pdf", True),
)

_EVIDENCE_FOLDER = {"standar": "3.a.T", "maklumat": "5.a.K", "skm": "7.a.T"}


@dataclass
class PackResult:
    """What :func:`write_pack` wrote: the ZIP, the files in it, the documents left out with the reason."""

    path: Path
    files: list[str] = field(default_factory=list)
    missing: list[tuple[str, str]] = field(default_factory=list)


def _latest_survey(session):
    done = [s for s in session.surveys() if s.jumlah_responden > 0]
    if not done:
        return None
    return max(done, key=lambda s: (s.mulai or "", s.id))


def _publications(extra) -> tuple[pekppp.Publication, ...]:
    out = []
    for item in extra.get("publikasi") or []:
        if isinstance(item, dict) and item.get("media") and item.get("objek"):
            layanan = tuple(x for x in item.get("layanan") or [] if isinstance(x, str))
            out.append(pekppp.Publication(str(item["media"]), str(item["objek"]), layanan))
    return tuple(out)


def build_snapshot(session, today: date | None = None) -> pekppp.Snapshot:
    """What the project holds, for :func:`domain.pekppp.score_all`."""
    summaries = session.summaries()
    states = session.review_states(summaries)
    services = tuple(
        pekppp.ServiceFact(x.jenis_pelayanan, x.status, not x.missing,
                           states[x.id].ditinjau if x.id in states else None)
        for x in summaries
    )
    unsur: list[str] = []
    for p in session.discussions():
        for u in outside_unsur(p, attended_only=True):
            label = UnsurPeserta(u).label
            if label not in unsur:
                unsur.append(label)
    extra = session.repo.extra()
    survey = None
    info = _latest_survey(session)
    if info is not None:
        progress = session.follow_up_progress(info.id)
        enough = not info.populasi or info.jumlah_responden >= sample_size(info.populasi)
        survey = pekppp.SurveyFact(info.periode, info.jumlah_responden, enough and bool(info.tanggal_laporan),
                                   progress.planned, progress.skor_8a, progress.skor_9a)
    return pekppp.Snapshot(
        services=services,
        decree=bool(session.penetapan()),
        unsur=tuple(unsur),
        publications=_publications(extra),
        maklumat_missing=tuple(e.label for e in missing_elements(session.pengaturan().maklumat_teks)),
        survey=survey,
        today=today or date.today(),
    )


def scores(session, today: date | None = None) -> list[pekppp.Score]:
    """The nine indicators of the open project."""
    return pekppp.score_all(build_snapshot(session, today))


def _reason(exc: Exception) -> str:
    if isinstance(exc, DocumentRefused) and exc.lines:
        head, *rest = exc.lines
        return head.rstrip(": ") + (": " + "; ".join(x.lstrip("- ") for x in rest) if rest else "")
    return str(exc) or type(exc).__name__


def _render_documents(session, work: Path, survey_id: int | None, cancelled) -> tuple[dict, dict]:
    made: dict[str, Path] = {}
    failed: dict[str, str] = {}
    for _ind, kind, _name, needs_survey in DOCUMENTS:
        if kind in made or kind in failed:
            continue
        if cancelled and cancelled():
            raise ExportError("Pembuatan paket bukti dibatalkan.")
        if needs_survey and survey_id is None:
            failed[kind] = "belum ada survei kepuasan dengan responden"
            continue
        options = {"survei_id": survey_id} if needs_survey else None
        target = work / f"{kind}.pdf"
        try:
            export_for_session(session, kind, target, options=options)
            made[kind] = target
        except (ExportError, ProjectError, ValueError) as exc:
            failed[kind] = _reason(exc)
    return made, failed


def _stored_files(session) -> list[tuple[str, str, int]]:
    """(indicator, file name in the pack, attachment id) of the photos and publication evidence."""
    out = []
    for p in session.discussions():
        for a in session.discussion_attachments(p.id, PHOTO) if p.id else []:
            out.append(("2.a.P", f"Foto pembahasan {p.tanggal or p.id[:8]} - {a.nama}", a.id))
    for item in session.repo.extra().get("publikasi") or []:
        if not isinstance(item, dict) or not item.get("id"):
            continue
        folder = _EVIDENCE_FOLDER.get(str(item.get("objek")))
        if folder is None:
            continue
        media = pekppp.MEDIA_LABELS.get(str(item.get("media")), str(item.get("media")))
        for a in session.repo.attachments(f"publikasi:{item['id']}"):
            out.append((folder, f"Bukti {media} - {a.nama}", a.id))
    for k in session.kegiatan_list():
        if k.jenis == "reviu":
            for a in session.kegiatan_files(k.id):
                out.append(("4.a.K", f"Reviu {k.tanggal} - {a.nama}", a.id))
    return out


def _index_text(session, score_list, entries, missing) -> str:
    inst = session.instansi()
    lines = ["PAKET BUKTI EVALUASI PEKPPP - ASPEK KEBIJAKAN PELAYANAN",
             getattr(inst, "nama", "") or "", f"Dibuat {format_date(date.today())}", ""]
    for s in score_list:
        folder = FOLDERS[s.kode]
        lines += [f"{folder} (skor mandiri {s.skor}: {s.judul})"]
        files = [n for f, n in entries if f == folder]
        lines += [f"  - {folder}/{n}" for n in files] or ["  (tidak ada berkas)"]
        for kode, what in missing:
            if kode == s.kode:
                lines.append(f"  - BELUM ADA: {what}")
        lines.append(f"  Yang kurang untuk tingkat berikutnya: {s.kurang}")
        lines.append("")
    return "\n".join(lines) + "\n"


def _unique(name: str, used: set[str]) -> str:
    stem, dot, ext = name.rpartition(".")
    if not dot:
        stem, ext = name, ""
    candidate, n = name, 2
    while candidate.lower() in used:
        candidate = f"{stem} ({n}){dot}{ext}"
        n += 1
    used.add(candidate.lower())
    return candidate


def write_pack(session, out_path: Path, *, today: date | None = None,
               cancelled: Callable[[], bool] | None = None) -> PackResult:
    """Write the evidence ZIP to ``out_path``; a document the project cannot produce is listed as missing.

    Raises:
        ProjectError: ``out_path`` would replace a project file.
        ExportError: the ZIP cannot be written, or ``cancelled()`` turned true.
    """
    out_path = Path(out_path)
    targets.refuse_overwrite(out_path, [session.path])
    score_list = scores(session, today)
    info = _latest_survey(session)
    result = PackResult(out_path)
    work = Path(tempfile.mkdtemp(prefix="sp-pekppp-"))
    try:
        made, failed = _render_documents(session, work, info.id if info else None, cancelled)
        entries: list[tuple[str, str]] = []  # (folder, name)
        sources: list[Path | int] = []
        used: dict[str, set[str]] = {}
        for ind, kind, name, _needs in DOCUMENTS:
            folder = FOLDERS[ind]
            if kind in made:
                entries.append((folder, _unique(name, used.setdefault(folder, set()))))
                sources.append(made[kind])
            else:
                result.missing.append((ind, f"{name.rsplit('.', 1)[0]}: {failed.get(kind, '')}"))
        for ind, name, attachment_id in _stored_files(session):
            folder = FOLDERS[ind]
            entries.append((folder, _unique(safe_part(name), used.setdefault(folder, set()))))
            sources.append(attachment_id)
        index = _index_text(session, score_list, entries, result.missing)

        def write(temp: Path) -> None:
            with zipfile.ZipFile(temp, "w", zipfile.ZIP_DEFLATED) as zf:
                zf.writestr(INDEX_NAME, index)
                for (folder, name), source in zip(entries, sources, strict=True):
                    arc = f"{folder}/{name}"
                    if isinstance(source, Path):
                        zf.write(source, arc)
                    else:
                        zf.writestr(arc, session.repo.attachment_data(source) or b"")

        atomic_write(out_path, write)
        result.files = [INDEX_NAME, *(f"{f}/{n}" for f, n in entries)]
        return result
    finally:
        shutil.rmtree(work, ignore_errors=True)
