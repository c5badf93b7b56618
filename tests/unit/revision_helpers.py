"""Helpers of the revision tests: adopt a service the way the adoption (services/penetapan.py) does."""

from sp_desktop.domain.enums import StatusLayanan


def adopt(session, service_id, nomor="188.4/55/DKPS/2018", tanggal="2018-11-30"):
    """Mark a service "ditetapkan" by a decree and freeze its content; returns the fingerprint."""
    lay = session.service(service_id)
    with session._write("status", service_id):
        lay.status = StatusLayanan.DITETAPKAN.value
        session.repo.update_service(lay, session._actor_name)
        return session._snapshot_adopted(lay, nomor, tanggal)


def service_named(session, name):
    return next(s for s in session.services() if s.jenis_pelayanan == name)
