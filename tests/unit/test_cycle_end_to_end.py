"""The whole stretch of issue 8 through the session, as a team goes: draft, discussion, adoption, revision."""

from __future__ import annotations

import re

import pytest
from pypdf import PdfReader

from sp_desktop.domain.pembahasan import Masukan, Peserta
from sp_desktop.domain.roles import NotAllowed
from sp_desktop.services.documents import export_for_session


def pdf_text(path) -> str:
    return " ".join(" ".join(page.extract_text() for page in PdfReader(str(path)).pages).split())


def test_a_team_goes_from_draft_to_an_adopted_revisable_standard(sample_session, tmp_path):
    s = sample_session
    ketua = next(m for m in s.members() if m.peran == "ketua")
    s.set_actor(ketua.id)
    for old in s.discussions():  # the sample carries a discussion of its own
        s.delete_discussion(old.id)
    service = s.summaries()[0]
    s.set_status(service.id, "siap_dibahas")

    # Adoption is refused until the discussion is on record, naming what is missing.
    with pytest.raises(NotAllowed, match="pembahasan"):
        s.move_status([service.id], "dibahas")

    d = s.add_discussion()
    d.tanggal, d.mulai, d.selesai, d.tempat = "2026-11-20", "09:00", "12:00", "Aula Kantor"
    d.nomor_undangan, d.tanggal_undangan = "005/501/DKPS/XI/2026", "2026-11-13"
    d.layanan = [service.jenis_pelayanan]
    d.peserta = [Peserta("Siti Aminah", "pengguna_layanan", "Warga Api-Api", "", "0812", hadir=False),
                 Peserta("Rina", "penyelenggara", "Disdukcapil", "Kepala Seksi", "", hadir=True)]
    s.update_discussion(d)
    s.move_status([service.id], "dibahas")

    # Held, but nobody from outside attended and no Berita Acara: not ready for adoption.
    with pytest.raises(NotAllowed) as refused:
        s.move_status([service.id], "siap_ditetapkan")
    assert "luar unit" in str(refused.value)

    s.set_attendance(d.id, 0, True)
    s.add_masukan(d.id, Masukan(service.jenis_pelayanan, "persyaratan", "Cukup satu fotokopi KTP",
                                "Disetujui", True))
    d = s.discussion(d.id)
    d.nomor_berita_acara, d.penandatangan_masyarakat = "005/530/DKPS/XI/2026", "Siti Aminah"
    s.update_discussion(d)
    s.move_status([service.id], "siap_ditetapkan")

    s.record_decree("188.4/77/DKPS/2026", "2026-11-30", tempat="Bontang")
    adopted = s.service(service.id)
    assert adopted.status == "ditetapkan"
    [version] = s.versions(service.id)
    assert version.nomor_sk == "188.4/77/DKPS/2026"

    # The documents of the meeting and of the decree print from the record.
    ba = export_for_session(s, "berita-acara", tmp_path / "ba.pdf")
    text = pdf_text(ba)
    assert "dua puluh" in text and "Siti Aminah" in text and "Cukup satu fotokopi KTP" in text
    sk = export_for_session(s, "sk-penetapan", tmp_path / "sk.pdf")
    text = pdf_text(sk)
    assert "188.4/77/DKPS/2026" in text and service.jenis_pelayanan in text

    # The adopted standard is frozen; its fingerprint names it; a change is a new version.
    with pytest.raises(NotAllowed, match="revisi"):
        s.save_service(adopted, "persyaratan", "ubah")
    [match] = s.find_version(version.sidik)
    assert match is not None
    assert re.fullmatch(r"[0-9A-F]{4}-[0-9A-F]{4}-[0-9A-F]{4}", version.sidik)
    revision = s.start_revision(service.id)
    assert revision.status == "draf" and revision.versi == 2
    assert s.version_content(service.id, 1).jenis_pelayanan == service.jenis_pelayanan
