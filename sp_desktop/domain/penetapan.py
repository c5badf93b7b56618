"""The adoption gate: what a service still lacks to move from one status to the next (domain layer).

Perwali Bontang 31/2018 Pasal 11-12 and Perwali Metro 19/2018 BAB III B-C make adoption depend on
proof of a discussion with the public. Each function returns the Indonesian reasons a move is not
possible yet, each naming what is missing; an empty list means the move is allowed. Only the ketua
moves statuses, and "ditetapkan" is reached only by recording the decree.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any

from . import keputusan as kp
from .checks import BLOKIR, Finding
from .enums import Peran, StatusLayanan
from .pembahasan import Pembahasan, all_from_extra

if TYPE_CHECKING:
    from .model import Layanan, Member, Pengaturan, Project

DRAF = StatusLayanan.DRAF.value
SIAP_DIBAHAS = StatusLayanan.SIAP_DIBAHAS.value
DIBAHAS = StatusLayanan.DIBAHAS.value
SIAP_DITETAPKAN = StatusLayanan.SIAP_DITETAPKAN.value
DITETAPKAN = StatusLayanan.DITETAPKAN.value

KOMPONEN = "penetapan"
RULE_PEMBAHASAN = "Perwali Bontang 31/2018 Pasal 11-12; Perwali Metro 19/2018 BAB III huruf B-C"
RULE_EVALUASI = "Perwali Bontang 31/2018 Pasal 12 ayat (4)"
HASIL_DISETUJUI = "disetujui"
HASIL_PERBAIKAN = "perbaikan"
HASIL = (("", "Belum ada balasan"), (HASIL_DISETUJUI, "Disetujui"), (HASIL_PERBAIKAN, "Perlu perbaikan"))

NOT_KETUA = "Hanya ketua tim yang dapat mengubah status standar pelayanan."
NO_ACTOR = "Pilih dulu siapa Anda dari daftar tim."
NO_DISCUSSION = "Belum ada pembahasan yang mencakup layanan ini."
NO_NOMOR_UNDANGAN = "Nomor undangan pembahasan belum dicatat."
NO_TANGGAL = "Tanggal pembahasan belum dicatat."
NO_OUTSIDE = "Daftar hadir belum mencatat peserta dari luar unit."
NO_BERITA_ACARA = "Nomor Berita Acara belum dicatat."
EVAL_NOT_SENT = "Rancangan keputusan belum dikirim ke Bagian Organisasi untuk dievaluasi."
EVAL_NO_REPLY = "Balasan evaluasi dari Bagian Organisasi belum dicatat."
EVAL_REJECTED = "Bagian Organisasi meminta perbaikan; catat balasan yang menyetujui rancangan keputusan."
ONLY_BY_DECREE = "Standar menjadi ditetapkan hanya dengan mencatat nomor dan tanggal keputusan penetapan."
REVISION_NOT_DRAFT = ("Standar yang sudah ditetapkan tidak dikembalikan ke draf; perubahannya dibuat sebagai "
                      "revisi baru.")

# The status a move starts from, for each target reached by the ketua's buttons.
_FROM = {SIAP_DIBAHAS: DRAF, DIBAHAS: SIAP_DIBAHAS, SIAP_DITETAPKAN: DIBAHAS, DITETAPKAN: SIAP_DITETAPKAN}
NEXT = {DRAF: SIAP_DIBAHAS, SIAP_DIBAHAS: DIBAHAS, DIBAHAS: SIAP_DITETAPKAN, SIAP_DITETAPKAN: DITETAPKAN}


def label(status: str) -> str:
    """The Indonesian label of a status ("Siap ditetapkan"), or the stored value when unknown."""
    return StatusLayanan(status).label if status in StatusLayanan.values() else status


@dataclass
class AdoptionContext:
    """What the gate reads of a project besides the service itself: discussions, evaluation, settings.

    Built once per check (:meth:`from_extra`), so that 2,000 services are checked without re-reading.
    """

    discussions: list[Pembahasan] = field(default_factory=list)
    evaluasi_wajib: bool = False
    evaluasi: kp.EvaluasiSk = field(default_factory=kp.EvaluasiSk)
    decree: kp.Keputusan | None = None
    _by_service: dict[str, list[Pembahasan]] = field(default_factory=dict, repr=False)

    def __post_init__(self) -> None:
        for p in self.discussions:
            for name in dict.fromkeys(p.layanan):
                self._by_service.setdefault(name, []).append(p)

    @classmethod
    def from_extra(cls, extra: dict[str, Any], pengaturan: Pengaturan) -> AdoptionContext:
        """The context of a project from its ``extra`` keys and its settings."""
        decree = extra.get("penetapan")
        evaluasi = extra.get("evaluasi_sk")
        return cls(
            discussions=all_from_extra(extra),
            evaluasi_wajib=bool(pengaturan.evaluasi_wajib),
            evaluasi=kp.from_dict(kp.EvaluasiSk, evaluasi if isinstance(evaluasi, dict) else None),
            decree=kp.from_dict(kp.Keputusan, decree) if isinstance(decree, dict) else None,
        )

    @classmethod
    def from_project(cls, project: Project) -> AdoptionContext:
        return cls.from_extra(project.extra, project.pengaturan)

    def covering(self, jenis_pelayanan: str) -> list[Pembahasan]:
        """The discussions with this service on their agenda, in the order of the file."""
        return self._by_service.get(jenis_pelayanan, [])


def why_actor_cannot_move(actor: Member | None) -> str | None:
    """Why ``actor`` may not move a standard's status (only the ketua may), or None."""
    if actor is None:
        return NO_ACTOR
    if actor.peran != Peran.KETUA.value:
        return NOT_KETUA
    return None


def invitation_gaps(p: Pembahasan) -> list[str]:
    """What a planned discussion lacks to count: its invitation's number and the meeting's date."""
    gaps = []
    if not p.nomor_undangan.strip():
        gaps.append(NO_NOMOR_UNDANGAN)
    if not p.tanggal:
        gaps.append(NO_TANGGAL)
    return gaps


def held_gaps(p: Pembahasan) -> list[str]:
    """What a discussion lacks to count as held: invitation, an outside participant present, a Berita Acara."""
    gaps = invitation_gaps(p)
    if not any(x.hadir and x.dari_luar for x in p.peserta):
        gaps.append(NO_OUTSIDE)
    if not p.nomor_berita_acara.strip():
        gaps.append(NO_BERITA_ACARA)
    return gaps


def discussion_gaps(ctx: AdoptionContext, jenis_pelayanan: str, *, held: bool) -> list[str]:
    """What the best discussion covering the service lacks (planned, or with ``held`` held), or [].

    Of several discussions, the one lacking least is named (the later one on a tie).
    """
    covering = ctx.covering(jenis_pelayanan)
    if not covering:
        return [NO_DISCUSSION]
    check = held_gaps if held else invitation_gaps
    return min((check(p) for p in reversed(covering)), key=len)


def evaluation_gaps(ctx: AdoptionContext) -> list[str]:
    """What the Bagian Organisasi's evaluation still lacks when the project requires it, or []."""
    ev = ctx.evaluasi
    if not ctx.evaluasi_wajib or ev.hasil == HASIL_DISETUJUI:
        return []
    if not ev.tanggal_kirim:
        return [EVAL_NOT_SENT]
    if ev.hasil == HASIL_PERBAIKAN:
        return [EVAL_REJECTED]
    return [EVAL_NO_REPLY]


def _order_gap(status: str, target: str) -> list[str]:
    if status == target:
        return [f"Standar ini sudah berstatus \u201c{label(target)}\u201d."]
    start = _FROM[target]
    if status != start:
        return [f"Standar ini berstatus \u201c{label(status)}\u201d; hanya standar berstatus "
                f"\u201c{label(start)}\u201d yang dapat dijadikan \u201c{label(target)}\u201d."]
    return []


def adoption_gaps(ctx: AdoptionContext, jenis_pelayanan: str, status: str) -> list[str]:
    """What keeps a decree from adopting this service: its status, the held discussion, the evaluation."""
    return _order_gap(status, DITETAPKAN) + discussion_gaps(ctx, jenis_pelayanan, held=True) + evaluation_gaps(ctx)


def move_gaps(ctx: AdoptionContext, jenis_pelayanan: str, status: str, target: str) -> list[str]:
    """What the service lacks for the move from ``status`` to ``target``, whoever asks (see :func:`why_cannot_move`).

    "siap_dibahas" needs only the draf status here (its review findings are checked by the session).
    """
    if target not in StatusLayanan.values():
        return [f"Status \u201c{target}\u201d tidak dikenal."]
    if target == DRAF:
        if status == DITETAPKAN:
            return [REVISION_NOT_DRAFT]
        return [f"Standar ini sudah berstatus \u201c{label(DRAF)}\u201d."] if status == DRAF else []
    if target == DITETAPKAN:
        return adoption_gaps(ctx, jenis_pelayanan, status) + [ONLY_BY_DECREE]
    gaps = _order_gap(status, target)
    if target == DIBAHAS:
        gaps += discussion_gaps(ctx, jenis_pelayanan, held=False)
    elif target == SIAP_DITETAPKAN:
        gaps += discussion_gaps(ctx, jenis_pelayanan, held=True)
    return gaps


def why_cannot_move(ctx: AdoptionContext, jenis_pelayanan: str, status: str, target: str,
                    actor: Member | None) -> list[str]:
    """Every reason ``actor`` may not move the service to ``target`` now: the role first, then what is missing."""
    reason = why_actor_cannot_move(actor)
    return ([reason] if reason else []) + move_gaps(ctx, jenis_pelayanan, status, target)


def next_step_gaps(ctx: AdoptionContext, jenis_pelayanan: str, status: str) -> list[str]:
    """What the service lacks for its next status (for a draft: the Tinjauan step), [] when it may move on."""
    if status == DRAF:
        return ["Masih draf: periksa dan tandai siap dibahas di langkah Tinjauan."]
    if status == SIAP_DITETAPKAN:
        return adoption_gaps(ctx, jenis_pelayanan, status)
    target = NEXT.get(status)
    return move_gaps(ctx, jenis_pelayanan, status, target) if target else []


def _remaining_steps(status: str) -> str:
    steps = {SIAP_DIBAHAS: "menandainya dibahas dan siap ditetapkan, lalu mencatat keputusan penetapan",
             DIBAHAS: "menandainya siap ditetapkan, lalu mencatat keputusan penetapan",
             SIAP_DITETAPKAN: "mencatat nomor dan tanggal keputusan penetapan"}
    return f"Status masih \u201c{label(status)}\u201d: ketua tim masih harus {steps[status]}."


def adoption_findings(project: Project, layanan: Layanan | None = None,
                      ctx: AdoptionContext | None = None) -> list[Finding]:
    """What adoption still lacks, as BLOKIR findings with komponen "penetapan".

    With ``layanan``: that service's (a discussion that covers it and was held, and the status steps
    left), for a service past draf and not yet adopted (a draft's own review comes first). Without it:
    the project's (the Bagian Organisasi's evaluation when the project requires it and a service awaits
    adoption). ``ctx`` may be passed when checking many services.
    """
    ctx = ctx or AdoptionContext.from_project(project)
    if layanan is None:
        waiting = any(StatusLayanan.past_draft(s.status) and s.status != DITETAPKAN for s in project.layanan)
        return [Finding(KOMPONEN, BLOKIR, g, RULE_EVALUASI) for g in evaluation_gaps(ctx)] if waiting else []
    return service_findings(ctx, layanan.jenis_pelayanan, layanan.status)


def service_findings(ctx: AdoptionContext, jenis_pelayanan: str, status: str) -> list[Finding]:
    """The BLOKIR findings of one service (see :func:`adoption_findings`)."""
    if not StatusLayanan.past_draft(status) or status == DITETAPKAN:
        return []
    gaps = discussion_gaps(ctx, jenis_pelayanan, held=True) + [_remaining_steps(status)]
    return [Finding(KOMPONEN, BLOKIR, g, RULE_PEMBAHASAN) for g in gaps]
