"""Adoption (penetapan): the gate, the decree, the Bagian Organisasi evaluation (services layer).

A mixin of :class:`~sp_desktop.services.session.ProjectSession`: it uses the session's
``repo``, ``_write``, ``actor`` and audit helpers, and adds no state of its own. The rules
themselves are pure, in :mod:`sp_desktop.domain.penetapan`.
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import TYPE_CHECKING

from ..domain import keputusan as kp
from ..domain import penetapan as gate
from ..domain import roles, validate
from ..domain.checks import BLOKIR
from ..domain.model import ServiceSummary
from ..domain.roles import NotAllowed

if TYPE_CHECKING:
    from ..domain.model import Layanan

MOVABLE = (gate.SIAP_DIBAHAS, gate.DIBAHAS, gate.SIAP_DITETAPKAN, gate.DRAF)
"""The targets the ketua moves a service to by hand (``ditetapkan`` comes only with the decree)."""
MAX_NAMED = 3  # services named in one refusal; the rest are counted


def _refusal(problems: list[tuple[str, list[str]]]) -> str:
    lines = [f"\u201c{name}\u201d: {' '.join(reasons)}" for name, reasons in problems[:MAX_NAMED]]
    if len(problems) > MAX_NAMED:
        lines.append(f"… dan {len(problems) - MAX_NAMED} layanan lain.")
    return "\n".join(lines)


class AdoptionActions:
    """Use-cases of this stretch of the cycle on one open project (see the module docstring)."""

    # -- reads -----------------------------------------------------------------------------
    def adoption_context(self) -> gate.AdoptionContext:
        """What the gate reads besides the services (discussions, evaluation, settings), read once."""
        return gate.AdoptionContext.from_extra(self.repo.extra(), self.repo.pengaturan())

    def decree(self) -> kp.Keputusan | None:
        """The latest decree adopting the standards, or None before the first."""
        return self.adoption_context().decree

    def decree_history(self) -> list[kp.Keputusan]:
        """The earlier decrees, oldest first."""
        items = self.repo.extra().get("riwayat_penetapan") or []
        return [kp.from_dict(kp.Keputusan, d) for d in items if isinstance(d, dict)]

    def evaluation(self) -> kp.EvaluasiSk:
        """The Bagian Organisasi's evaluation of the draft decree (empty when none is recorded)."""
        return self.adoption_context().evaluasi

    def sk_tim(self) -> kp.Keputusan | None:
        """The decree forming the team, or None."""
        value = self.repo.extra().get("sk_tim")
        return kp.from_dict(kp.Keputusan, value) if isinstance(value, dict) else None

    def why_cannot_move(self, service_id: int, target: str) -> list[str]:
        """Every reason the current member may not move the service to ``target`` now ([] = allowed)."""
        return self._move_reasons(self._summary(service_id), target, self.adoption_context())

    def next_steps(self) -> list[tuple[ServiceSummary, list[str]]]:
        """Each service (as listed) with what its next status still lacks: one read, fast at 2,000."""
        ctx = self.adoption_context()
        return [(s, gate.next_step_gaps(ctx, s.jenis_pelayanan, s.status)) for s in self.repo.summaries()]

    def decree_candidates(self) -> list[ServiceSummary]:
        """The services a decree recorded now would adopt: those "siap ditetapkan"."""
        return [s for s in self.repo.summaries() if s.status == gate.SIAP_DITETAPKAN]

    def why_cannot_record_decree(self, nomor: str = "") -> list[str]:
        """Why the current member may not record a decree numbered ``nomor`` now ([] = allowed)."""
        reason = gate.why_actor_cannot_move(self.actor)
        reasons = [reason] if reason else []
        ctx = self.adoption_context()
        candidates = self.decree_candidates()
        same = ctx.decree is not None and nomor.strip() and ctx.decree.nomor.strip() == nomor.strip()
        if not candidates and not same:
            reasons.append("Belum ada standar berstatus \u201cSiap ditetapkan\u201d.")
        problems = [(s.jenis_pelayanan, gate.adoption_gaps(ctx, s.jenis_pelayanan, s.status)) for s in candidates]
        problems = [p for p in problems if p[1]]
        if problems:
            reasons.append(_refusal(problems))
        return reasons

    # -- writes ----------------------------------------------------------------------------
    def move_status(self, service_ids: Iterable[int], target: str) -> None:
        """Move every service to ``target`` (ketua only, PIN): all of them in one transaction, or none.

        Raises:
            NotAllowed: naming, per service, what is missing (nothing is changed).
            identity.PinRequired / identity.WrongPin: the ketua has a PIN and it was not given right.
        """
        ids = list(dict.fromkeys(service_ids))
        if target == gate.DITETAPKAN:
            raise NotAllowed(gate.ONLY_BY_DECREE)
        if target not in MOVABLE:
            raise NotAllowed(f"Status \u201c{target}\u201d tidak dikenal.")
        roles.require(gate.why_actor_cannot_move(self.actor))
        if not ids:
            raise NotAllowed("Pilih dulu layanan yang statusnya hendak diubah.")
        listed = {s.id: s for s in self.repo.summaries()}
        missing = [i for i in ids if i not in listed]
        if missing:
            self.service(missing[0])  # raises the session's "no such service" error
        ctx = self.adoption_context()
        problems = [(listed[i].jenis_pelayanan, self._move_reasons(listed[i], target, ctx)) for i in ids]
        problems = [p for p in problems if p[1]]
        if problems:
            raise NotAllowed(_refusal(problems))
        self._require_ketua_pin()
        with self._write("status", ids[0] if len(ids) == 1 else None):
            for lay in self.repo.services(ids):
                lay.status = target
                self.repo.update_service(lay, self._actor_name)
                self.repo.add_audit(self.actor, "status", lay.id, gate.KOMPONEN,
                                    f"Status menjadi {gate.label(target)}")

    def record_decree(self, nomor: str, tanggal: str, menimbang: Iterable[str] = (), mengingat: Iterable[str] = (),
                      tempat: str = "") -> list[int]:
        """Record the adopting decree; every "siap ditetapkan" service becomes "ditetapkan" (ketua, PIN).

        A different decree moves the previous one to ``riwayat_penetapan``; the same number again
        corrects the recorded one. A decree adopting revised services names the one it replaces.

        Returns:
            The ids of the services it adopted.
        """
        nomor = nomor.strip()
        if not nomor:
            raise NotAllowed("Isi nomor keputusan penetapan.")
        validate.iso_date(tanggal, "Tanggal penetapan")
        reasons = self.why_cannot_record_decree(nomor)
        if reasons:
            raise NotAllowed("\n".join(reasons))
        self._require_ketua_pin()
        extra = self.repo.extra()
        previous = extra.get("penetapan") if isinstance(extra.get("penetapan"), dict) else None
        old = kp.from_dict(kp.Keputusan, previous) if previous else None
        same = old is not None and old.nomor.strip() == nomor
        candidates = [s.id for s in self.decree_candidates()]
        decree = kp.Keputusan(
            nomor=nomor, tanggal=tanggal, menimbang=[m.strip() for m in menimbang if m.strip()],
            mengingat=[m.strip() for m in mengingat if m.strip()], tempat=tempat.strip(),
            menggantikan=old.menggantikan if same else self._replaced_decree(candidates, old),
            lain=dict(old.lain) if same else {},
        )
        if previous and not same:
            history = [d for d in extra.get("riwayat_penetapan") or [] if isinstance(d, dict)]
            extra["riwayat_penetapan"] = [*history, previous]
        extra["penetapan"] = kp.to_dict(decree)
        with self._write("services"):
            self.repo.save_extra(extra)
            for lay in self.repo.services(candidates) if candidates else ():
                self._adopt(lay, nomor, tanggal)
            self.repo.add_audit(self.actor, "ubah", None, gate.KOMPONEN,
                                f"Keputusan penetapan dicatat: nomor {nomor}, tanggal {tanggal}"
                                f" ({len(candidates)} standar ditetapkan)")
        return candidates

    def save_evaluation(self, evaluasi: kp.EvaluasiSk) -> None:
        """Store the Bagian Organisasi's evaluation of the draft decree (dates ISO or blank)."""
        for value, what in ((evaluasi.tanggal_kirim, "Tanggal kirim"), (evaluasi.tanggal_balasan, "Tanggal balasan")):
            if value:
                validate.iso_date(value, what)
        if evaluasi.hasil not in dict(gate.HASIL):
            raise NotAllowed(f"Hasil evaluasi \u201c{evaluasi.hasil}\u201d tidak dikenal.")
        if evaluasi.hasil and not evaluasi.tanggal_balasan:
            raise NotAllowed("Isi juga tanggal balasan Bagian Organisasi.")
        self._save_extra_key("evaluasi_sk", kp.to_dict(evaluasi) or None, "Evaluasi Bagian Organisasi diubah")

    def save_sk_tim(self, keputusan: kp.Keputusan) -> None:
        """Store the number and date of the decree forming the team (both blank removes it)."""
        if keputusan.nomor.strip() and not keputusan.tanggal:
            raise NotAllowed("Isi juga tanggal SK Tim.")
        if keputusan.tanggal:
            validate.iso_date(keputusan.tanggal, "Tanggal SK Tim")
        blank = not keputusan.nomor.strip() and not keputusan.tanggal
        self._save_extra_key("sk_tim", None if blank else kp.to_dict(keputusan),
                             f"SK Tim: nomor {keputusan.nomor or '-'}, tanggal {keputusan.tanggal or '-'}")

    def kepala_daerah(self) -> tuple[str, str]:
        """The Wali Kota / Bupati who adopts or endorses: ``(nama, jabatan)``, "" where not given."""
        value = self.repo.extra().get("kepala_daerah")
        value = value if isinstance(value, dict) else {}
        return str(value.get("nama", "")), str(value.get("jabatan", ""))

    def save_kepala_daerah(self, nama: str, jabatan: str) -> None:
        """Store the head of the region's name and office for decrees he or she signs or endorses.

        An elected head has no NIP, so none is asked; a blank jabatan follows the pemerintah daerah.
        """
        for text, what in ((nama, "Nama kepala daerah"), (jabatan, "Jabatan kepala daerah")):
            if len(text) > 500:
                raise NotAllowed(f"{what} terlalu panjang; paling banyak 500 karakter.")
        stored = self.repo.extra().get("kepala_daerah")
        value = dict(stored) if isinstance(stored, dict) else {}
        value.update(nama=nama, jabatan=jabatan)
        blank = not nama.strip() and not jabatan.strip() and set(value) <= {"nama", "jabatan"}
        office = jabatan.strip() or "jabatan dari pemerintah daerah"
        self._save_extra_key("kepala_daerah", None if blank else value,
                             f"Kepala daerah: {nama.strip() or '-'} ({office})")

    # -- helpers ---------------------------------------------------------------------------
    def _summary(self, service_id: int) -> ServiceSummary:
        found = next((s for s in self.repo.summaries() if s.id == service_id), None)
        if found is None:
            self.service(service_id)  # raises the session's "no such service" error
        return found

    def _move_reasons(self, summary: ServiceSummary, target: str, ctx: gate.AdoptionContext) -> list[str]:
        reasons = gate.why_cannot_move(ctx, summary.jenis_pelayanan, summary.status, target, self.actor)
        if not reasons and target == gate.SIAP_DIBAHAS:  # the review's blocking findings
            blocking = [f for f in self.findings(summary.id) if f.tingkat == BLOKIR]
            if blocking:
                reasons = [f"Masih ada {len(blocking)} temuan yang menghalangi, misalnya: {blocking[0].pesan}"]
        return reasons

    def _save_extra_key(self, key: str, value: dict | None, keterangan: str) -> None:
        extra = self.repo.extra()
        if value is None:
            extra.pop(key, None)
        else:
            extra[key] = value
        with self._write("pengaturan"):
            self.repo.save_extra(extra)
            self._audit_merged("ubah", None, key, keterangan)

    def _adopt(self, lay: Layanan, nomor: str, tanggal: str) -> None:
        lay.status = gate.DITETAPKAN
        self.repo.update_service(lay, self._actor_name)
        sidik = self._snapshot_adopted(lay, nomor, tanggal)  # RevisionActions: the version row and its fingerprint
        note = f"Ditetapkan dengan keputusan nomor {nomor} tanggal {tanggal}; sidik {sidik}"
        self.repo.add_audit(self.actor, "status", lay.id, gate.KOMPONEN, note)

    def _replaced_decree(self, service_ids: list[int], old: kp.Keputusan | None) -> str:
        """``"nomor|tanggal"`` of the decree that adopted the previous version of a revised service, or ""."""
        if not service_ids:
            return ""
        marks = ", ".join("?" for _ in service_ids)
        rows = self.repo.db.rows(
            "SELECT v.nomor_sk, v.tanggal_sk FROM versi_layanan v JOIN layanan l ON l.id = v.layanan_id "
            f"WHERE l.id IN ({marks}) AND l.versi > 1 AND v.versi < l.versi AND v.nomor_sk != '' "
            "ORDER BY v.tanggal_sk DESC, v.id DESC LIMIT 1", service_ids)
        for row in rows:
            return f"{row['nomor_sk']}|{row['tanggal_sk']}"
        revised = self.repo.db.rows(f"SELECT 1 FROM layanan WHERE id IN ({marks}) AND versi > 1 LIMIT 1", service_ids)
        return f"{old.nomor}|{old.tanggal}" if revised and old is not None else ""
