"""The draft SOP's own fields per service, read and saved over a session (services layer).

Kept in ``Project.extra["sop"]`` keyed by the service's name (``domain/sop.py``); each save is one
transaction with an audit line (komponen ``"sop"``) and notifies ``what="pengaturan"``.
"""

from __future__ import annotations

from sp_desktop.domain import sop

WHAT = "pengaturan"


def sop_info(session, service_id: int) -> sop.SopInfo:
    """The SOP fields stored for a service (blank when none)."""
    return sop.info_for(session.repo.extra(), session.service(service_id).jenis_pelayanan)


def save_sop_info(session, service_id: int, info: sop.SopInfo) -> None:
    """Store a service's SOP fields, keeping other services' and unknown keys.

    Raises:
        NotAllowed: no acting member is chosen.
    """
    name = session.service(service_id).jenis_pelayanan
    extra = sop.with_info(session.repo.extra(), name, info)
    with session._write(WHAT, service_id):
        session.repo.save_extra(extra)
        session._audit_merged("ubah", service_id, "sop", f"Data SOP: nomor {info.nomor.strip() or '-'}")
