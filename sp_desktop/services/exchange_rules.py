"""Who may change what through a package: roles and adopted standards (services layer).

The role of a package's sender is the one this file recorded for that laptop when the copy
was made (a manifest could claim any role). Status changes are reserved to the ketua; the
content of an adopted (``ditetapkan``) standard changes only with a higher version number
(a new revision).
"""

from __future__ import annotations

from typing import Any

import apsw

from ..domain.enums import Peran, StatusLayanan
from ..storage import exchange_store as store
from ..storage.changesets import MergeOutcome, RefuseRule
from ..storage.exchange_image import SERVICE_COMPONENTS, image_row


def identity_of(session: Any) -> tuple[str, str]:
    """Who writes from this file: the chosen member, else the member the copy was made for, else the ketua."""
    if session.actor is not None:
        return session.actor.nama, session.actor.peran
    team = session.members()
    owner = store.meta(session.db, "pemilik")
    if owner:
        found = next((m for m in team if m.nama == owner), None)
        return owner, found.peran if found else Peran.ANGGOTA.value
    ketua = next((m for m in team if m.peran == Peran.KETUA.value), None)
    return (ketua.nama if ketua else "ketua tim"), Peran.KETUA.value


def refuse_rule(peer: store.Peer) -> RefuseRule:
    """The rule the merge asks, per changed service row, which columns it may not change."""
    sender = peer.nama or "pengirim"
    is_ketua = peer.peran == Peran.KETUA.value

    def refuse(table: str, uid: str, current: dict[str, Any], changed: dict[str, tuple[Any, Any]]) -> dict[str, str]:
        if table != "layanan":
            return {}
        name = current.get("jenis_pelayanan") or ""
        result = {}
        if "status" in changed and not is_ketua:
            result["status"] = (f"Perubahan status layanan “{name}” dari {sender} tidak diterapkan: hanya ketua tim "
                                "yang dapat mengubah status.")
        if current.get("status") == StatusLayanan.DITETAPKAN.value:
            new_versi = changed.get("versi", (None, current.get("versi")))[1]
            if not (isinstance(new_versi, int) and new_versi > (current.get("versi") or 1)):
                for column in changed:
                    if column in SERVICE_COMPONENTS:
                        result[column] = (f"Layanan “{name}” sudah ditetapkan: perubahan isinya dari {sender} ditolak. "
                                          "Isi standar yang ditetapkan hanya berubah lewat revisi baru.")
        return result

    return refuse


def refused_lines(outcome: MergeOutcome, image: apsw.Connection, theirs: apsw.Connection,
                  manifest: dict[str, Any]) -> list[str]:
    """The refusals and the kept edits of a merge, one Indonesian line each."""
    lines = [reason for _table, _uid, reason in outcome.refused]
    sender = manifest["dari"]["nama"] or "pengirim"
    for kept in outcome.kept_edits:
        if kept.table != "layanan":
            continue
        row = image_row(image, "layanan", kept.uid) or image_row(theirs, "layanan", kept.uid) or {}
        name = row.get("jenis_pelayanan") or ""
        if kept.deleted_here:
            lines.append(f"Layanan “{name}” sudah dihapus di sini tetapi diubah oleh {sender}: layanan itu dipulihkan "
                         "dengan perubahannya.")
        else:
            lines.append(f"Layanan “{name}” dihapus oleh {sender} tetapi diubah di sini: perubahan di sini "
                         "dipertahankan.")
    return lines
