"""The log of complaints received and its per-period summary (services layer).

A mixin of :class:`~sp_desktop.services.session.ProjectSession`: it uses the session's
``repo``, ``_write``, ``actor`` and audit helpers, and adds no state of its own. Complaints live in
the ``pengaduan_masuk`` table (``storage/complaints.py``); every write is one transaction with an
audit line (komponen "pengaduan_masuk") and tells the listeners ``what="pengaduan_masuk"``.
"""

from __future__ import annotations

from dataclasses import replace
from datetime import date

from ..domain.components import KOMPONEN_BY_KEY
from ..domain.enums import JenisSaluran
from ..domain.formatting import format_date
from ..domain.pengaduan_masuk import ComplaintSummary, channel_label
from ..domain.roles import NotAllowed
from ..domain.sp_json_monitoring import check_record
from ..domain.sp_json_validate import SpJsonError
from ..domain.survei import STATUS_PENGADUAN, PengaduanMasuk
from ..storage.complaints import ComplaintFilter

__all__ = ["ComplaintFilter", "ComplaintLogActions", "ComplaintSummary", "channel_label", "period_of"]

WHAT = "pengaduan_masuk"
"""The ``what`` of the change notifications and the audit's komponen of this stretch."""
_GONE = "Pengaduan itu tidak ada lagi di proyek ini (mungkin baru dihapus)."
_LABELS = {"tanggal": "Tanggal diterima", "saluran": "Saluran", "layanan": "Jenis pelayanan", "komponen": "Komponen",
           "ringkasan": "Ringkasan", "status": "Status", "tindak_lanjut": "Tindak lanjut",
           "tanggal_selesai": "Tanggal selesai"}


def _describe(p: PengaduanMasuk) -> str:
    try:
        when = format_date(date.fromisoformat(p.tanggal))
    except ValueError:
        when = p.tanggal
    about = f" tentang {p.layanan}" if p.layanan else ""
    return f"Pengaduan {when} melalui {channel_label(p.saluran)}{about}"


def _cleaned(p: PengaduanMasuk) -> PengaduanMasuk:
    """The record as stored: text trimmed, the closing date only while selesai, "" component as None."""
    return replace(p, layanan=p.layanan.strip(), ringkasan=p.ringkasan.strip(), tindak_lanjut=p.tindak_lanjut.strip(),
                   komponen=p.komponen or None, lain=dict(p.lain),
                   tanggal_selesai=p.tanggal_selesai if p.status == "selesai" else None)


def _check(p: PengaduanMasuk) -> None:
    if not p.tanggal:
        raise NotAllowed("Isi tanggal pengaduan diterima.")
    if not p.ringkasan:
        raise NotAllowed("Isi ringkasan pengaduan.")
    if p.status == "selesai" and not p.tanggal_selesai:
        raise NotAllowed("Isi tanggal selesai: pengaduan berstatus selesai harus punya tanggal selesainya.")
    if p.komponen is not None and p.komponen not in KOMPONEN_BY_KEY:
        raise NotAllowed(f"Komponen '{p.komponen}' tidak dikenal.")
    try:
        check_record(p)
    except SpJsonError as exc:
        label = _LABELS.get(exc.path.split("[")[0], exc.path)
        if exc.path == "tanggal_selesai" and "lebih awal" in exc.reason:
            raise NotAllowed("Tanggal selesai tidak boleh sebelum tanggal pengaduan diterima.") from None
        raise NotAllowed(f"{label}: {exc.reason}.") from None
    if p.status not in STATUS_PENGADUAN:  # pragma: no cover - check_record refuses it first
        raise NotAllowed(f"Status '{p.status}' tidak dikenal.")


class ComplaintLogActions:
    """Use-cases of this stretch of the cycle on one open project (see the module docstring)."""

    # -- reads -----------------------------------------------------------------------------
    def complaints(self, mulai: str | None = None, selesai: str | None = None, layanan: str | None = None,
                   komponen: str | None = None, status: str | None = None,
                   teks: str | None = None) -> list[tuple[int, PengaduanMasuk]]:
        """The complaints a filter selects, newest received first (``(row id, record)``).

        Args:
            mulai, selesai: ISO dates of receipt, both included; None = open-ended.
            layanan: a service's ``jenis_pelayanan``; komponen: a component key, or "" for none named.
            status: baru, diproses or selesai; teks: a piece of the summary, follow-up or service name.
        """
        return self.repo.find_complaints(ComplaintFilter(mulai, selesai, layanan, komponen, status, teks))

    def complaint(self, row_id: int) -> PengaduanMasuk:
        found = self.repo.complaint_record(row_id)
        if found is None:
            raise NotAllowed(_GONE)
        return found

    def complaint_count(self) -> int:
        return int(self.repo.db.scalar("SELECT COUNT(*) FROM pengaduan_masuk") or 0)

    def complaint_channels(self, layanan: str = "") -> list[tuple[str, str]]:
        """The channels to offer for a complaint about ``layanan``: ``(jenis, label)``.

        The service's own pengaduan channels come first (as its standard lists them), SP4N-LAPOR! is
        always there, then the other kinds.
        """
        first: list[str] = []
        if layanan:
            for s in self.repo.summaries():
                if s.jenis_pelayanan == layanan:
                    lay = self.repo.service(s.id)
                    if lay is not None and lay.pengaduan is not None:
                        first = [c.jenis for c in lay.pengaduan.saluran]
                    break
        order: list[str] = []
        for jenis in [*first, JenisSaluran.SP4N_LAPOR.value, *JenisSaluran.values()]:
            if jenis in JenisSaluran.values() and jenis not in order:
                order.append(jenis)
        return [(j, channel_label(j)) for j in order]

    def own_channel_count(self, layanan: str) -> int:
        """How many of :meth:`complaint_channels` come from the service's standard (for a separator)."""
        for s in self.repo.summaries():
            if s.jenis_pelayanan == layanan:
                lay = self.repo.service(s.id)
                if lay is not None and lay.pengaduan is not None:
                    return len(dict.fromkeys(c.jenis for c in lay.pengaduan.saluran))
        return 0

    def complaint_summary(self, mulai: str | None = None, selesai: str | None = None,
                          layanan: str | None = None, today: date | None = None) -> ComplaintSummary:
        """Counts by service, component, status and channel, average days to close, and what is still open."""
        f = ComplaintFilter(mulai=mulai, selesai=selesai, layanan=layanan)
        repo = self.repo
        days = repo.complaint_close_days(f)
        acuan = today or date.today()
        if selesai:
            try:
                acuan = min(acuan, date.fromisoformat(selesai))
            except ValueError:
                pass
        opened = []
        for _row_id, p in repo.open_complaints(f):
            try:
                opened.append((p, max(0, (acuan - date.fromisoformat(p.tanggal)).days)))
            except ValueError:
                opened.append((p, 0))
        by_status = dict(repo.complaint_counts("status", f))
        return ComplaintSummary(
            mulai=mulai, selesai=selesai, jumlah=sum(by_status.values()),
            per_layanan=tuple(repo.complaint_counts("layanan", f)),
            per_komponen=tuple(repo.complaint_counts("komponen", f)),
            per_status=tuple((s, by_status.get(s, 0)) for s in STATUS_PENGADUAN),
            per_saluran=tuple(repo.complaint_counts("saluran", f)),
            rata_hari_selesai=(sum(days) / len(days)) if days else None, jumlah_selesai=len(days),
            terbuka=tuple(opened), acuan=acuan.isoformat(),
        )

    def rekap_pengaduan_options(self, options=None) -> dict:
        """The options of a Rekap Pengaduan with its figures filled in (``rekap``: a ComplaintSummary,
        ``daftar``: the complaints of the period, oldest first, ``periode``: the period's name)."""
        options = dict(options or {})
        mulai, selesai, name = period_of(self, options)
        layanan = options.get("layanan") or None
        options.update(mulai=mulai, selesai=selesai, periode=name,
                       rekap=self.complaint_summary(mulai, selesai, layanan),
                       daftar=[p for _r, p in reversed(self.complaints(mulai, selesai, layanan))])
        return options

    # -- writes ----------------------------------------------------------------------------
    def add_complaint(self, record: PengaduanMasuk) -> int:
        """Log a complaint at the end of the file's list; returns its row id.

        Raises:
            NotAllowed: a field breaks the rules (date, channel, component, status, closing date).
        """
        p = _cleaned(record)
        _check(p)
        if not p.id:
            from ..storage.complaints import new_uid

            p = replace(p, id=new_uid())
        with self._write(WHAT):
            row_id = self.repo.insert_complaint(p, self.repo.next_complaint_position())
            self.repo.add_audit(self.actor, "tambah", None, WHAT, f"{_describe(p)} dicatat")
        return row_id

    def update_complaint(self, row_id: int, record: PengaduanMasuk) -> None:
        """Replace what a complaint says (its identity and place in the file stay); unchanged -> no write."""
        old = self.complaint(row_id)
        p = replace(_cleaned(record), id=old.id)
        _check(p)
        if p == old:
            return
        if p.status != old.status:
            what = f"status menjadi {STATUS_PENGADUAN[p.status].lower()}"
        else:
            what = "diubah"
        with self._write(WHAT):
            self.repo.update_complaint_row(row_id, p)
            self.repo.add_audit(self.actor, "ubah", None, WHAT, f"{_describe(p)}: {what}")

    def delete_complaint(self, row_id: int) -> None:
        old = self.complaint(row_id)
        with self._write(WHAT):
            self.repo.delete_complaint_row(row_id)
            self.repo.add_audit(self.actor, "hapus", None, WHAT, f"{_describe(old)} dihapus")



def period_of(session, options: dict) -> tuple[str | None, str | None, str]:
    """The dates a Rekap Pengaduan covers and its title line, from ``options``.

    ``mulai``/``selesai`` (ISO) when given; else the dates of the survey period named by ``periode``
    or ``survei_id`` (the CLI's ``--period NAME``); else the whole log.
    """
    mulai, selesai = options.get("mulai") or None, options.get("selesai") or None
    name = str(options.get("periode") or "")
    if not (mulai or selesai):
        survei_id = options.get("survei_id")
        if survei_id is None and name:
            survei_id = session.survey_id_by_period(name)
        if survei_id is not None:
            info = session.survey_info(int(survei_id))
            mulai, selesai, name = info.mulai or None, info.selesai or None, info.periode
    return mulai, selesai, name
