import io
import json
from pathlib import Path

import pytest
from PIL import Image

from sp_desktop.domain.model import Persyaratan
from sp_desktop.domain.pembahasan import Masukan, Pembahasan, Peserta
from sp_desktop.domain.roles import NotAllowed
from sp_desktop.services.session import open_project
from sp_desktop.storage.attachments import MAX_FILE_BYTES
from sp_desktop.storage.errors import ProjectError
from tests.unit.session_helpers import member

DATA = Path(__file__).parents[1] / "data"
AKTA = "Penerbitan Akta Kelahiran"


@pytest.fixture
def s(sample_session):
    sample_session.set_actor(member(sample_session, "sekretaris").id)
    return sample_session


def _jpeg(width, height, color=(200, 30, 30), **options) -> bytes:
    out = io.BytesIO()
    Image.new("RGB", (width, height), color).save(out, "JPEG", **options)
    return out.getvalue()


def _stored_text(s) -> str:
    return s.repo.db.scalar("SELECT value FROM extra WHERE key = 'pembahasan'")


def test_pembahasan_add_assigns_id_and_audits(s):
    p = s.add_discussion(Pembahasan(metode="fkp", tanggal="2019-02-01", layanan=[AKTA]))
    assert len(p.id) == 32
    stored = s.discussions()
    assert [d.metode for d in stored] == ["fgd", "fkp"]
    assert stored[1].id == p.id and stored[1].layanan == [AKTA]
    entry = s.audit(None)[0]
    assert entry.komponen == "pembahasan" and entry.aksi == "tambah"
    assert "forum konsultasi publik 1 Februari 2019" in entry.keterangan


def test_pembahasan_imported_one_without_id_is_addressable_and_others_stay_byte_identical(s):
    before = _stored_text(s)
    imported = s.discussions()[0]
    assert imported.id == "urutan-0"
    second = s.add_discussion(Pembahasan(tempat="Aula"))
    text = _stored_text(s)
    assert text.startswith(before[:-1])  # the imported object is untouched, byte for byte
    second.tempat = "Aula Kantor"
    s.update_discussion(second)
    assert _stored_text(s).startswith(before[:-1])
    imported.tempat = "Ruang Rapat Lantai 3"
    stored = s.update_discussion(imported)
    assert len(stored.id) == 32
    assert s.discussion(stored.id).tempat == "Ruang Rapat Lantai 3"
    assert json.loads(_stored_text(s))[1]["tempat"] == "Aula Kantor"


def test_pembahasan_export_json_round_trip_keeps_the_imported_list(s):
    sample_document = json.loads((DATA / "proyek_contoh.json").read_text(encoding="utf-8"))
    s.add_discussion(Pembahasan(tempat="Aula"))
    s.delete_discussion(s.discussions()[1].id)
    assert s.export_document()["pembahasan"] == sample_document["pembahasan"]


@pytest.mark.parametrize("change, message", [
    (lambda p: setattr(p, "mulai", "9.00"), "Jam mulai"),
    (lambda p: setattr(p, "mulai", "25:00"), "Jam mulai"),
    (lambda p: (setattr(p, "mulai", "10:00"), setattr(p, "selesai", "09:30")), "lebih awal"),
    (lambda p: setattr(p, "tanggal", "23-11-2018"), "Tanggal pembahasan"),
    (lambda p: setattr(p, "tanggal_undangan", "2018-02-30"), "Tanggal undangan"),
    (lambda p: setattr(p, "metode", "seminar"), "Metode pembahasan"),
    (lambda p: p.peserta.append(Peserta(nama="X", unsur="wartawan")), "Unsur peserta nomor 4"),
    (lambda p: p.masukan.append(Masukan(layanan=AKTA, komponen="harga")), "Komponen masukan nomor 3"),
    (lambda p: p.layanan.append("Layanan Fiktif"), "tidak ada di proyek ini"),
    (lambda p: p.masukan.append(Masukan(layanan="Layanan Fiktif")), "masukan nomor 3"),
    (lambda p: setattr(p, "penandatangan_undangan", "camat"), "Penanda tangan"),
])
def test_pembahasan_update_refuses_invalid_values(s, change, message):
    p = s.discussions()[0]
    change(p)
    with pytest.raises(NotAllowed, match=message):
        s.update_discussion(p)
    assert s.discussions()[0].id == "urutan-0"  # nothing stored


def test_pembahasan_a_renamed_service_may_stay_on_an_old_agenda(s):
    akta = next(x for x in s.summaries() if x.jenis_pelayanan == AKTA)
    s.rename_service(akta.id, "Akta Kelahiran Baru")
    p = s.discussions()[0]
    p.tempat = "Aula"
    s.update_discussion(p)  # "Penerbitan Akta Kelahiran" was on it already
    p.layanan.append("Nama Lain")
    with pytest.raises(NotAllowed):
        s.update_discussion(p)


def test_pembahasan_only_sekretaris_or_ketua_may_record(sample_session):
    s = sample_session
    s.set_actor(member(s, "anggota").id)
    assert "sekretaris atau ketua" in s.why_cannot_edit_discussions()
    for call in (lambda: s.add_discussion(), lambda: s.delete_discussion("urutan-0"),
                 lambda: s.set_attendance("urutan-0", 0, False),
                 lambda: s.add_discussion_photo("urutan-0", "a.jpg", _jpeg(10, 10))):
        with pytest.raises(NotAllowed, match="Hanya sekretaris atau ketua"):
            call()
    s.set_actor(member(s, "ketua").id)
    assert s.why_cannot_edit_discussions() is None
    s.add_discussion()


def test_pembahasan_attendance_walk_in_and_masukan(s):
    pid = "urutan-0"
    p = s.set_attendance(pid, 2, True)
    assert p.peserta[2].hadir
    p = s.add_walk_in(p.id, Peserta(nama="Pak Joko", unsur="media_massa", instansi="Bontang Post"))
    walk_in = s.discussion(p.id).peserta[-1]
    assert (walk_in.nama, walk_in.diundang, walk_in.hadir) == ("Pak Joko", False, True)
    s.add_masukan(p.id, Masukan(layanan=AKTA, komponen="biaya", masukan="Tanpa biaya", tindak_lanjut="Dicatat",
                                disepakati=True))
    stored = s.discussion(p.id)
    assert stored.masukan[-1].komponen == "biaya" and stored.masukan[-1].disepakati
    raw = json.loads(_stored_text(s))[0]
    assert raw["peserta"][-1]["diundang"] is False
    with pytest.raises(NotAllowed, match="Peserta itu"):
        s.set_attendance(p.id, 99, True)


def test_pembahasan_duplicate_makes_a_second_round_after_the_original(s):
    s.add_discussion(Pembahasan(tempat="Lain"))
    first = s.discussions()[0]
    s.add_walk_in(first.id, Peserta(nama="Datang Langsung", unsur="organisasi"))
    first = s.discussions()[0]
    copy = s.duplicate_discussion(first.id)
    listed = s.discussions()
    assert [d.id for d in listed][1] == copy.id and listed[2].tempat == "Lain"
    assert copy.layanan == first.layanan and copy.tempat == first.tempat
    assert [x.nama for x in copy.peserta] == [x.nama for x in first.peserta]
    assert not any(x.hadir for x in copy.peserta) and all(x.diundang for x in copy.peserta)
    assert copy.masukan == [] and copy.nomor_undangan == "" and copy.tanggal == ""


def test_pembahasan_photo_is_decoded_scaled_and_refused_when_not_an_image(s):
    pid = s.discussions()[0].id
    big = _jpeg(4000, 3000)
    att = s.add_discussion_photo(pid, "rapat.jpg", big, "Suasana rapat")
    pid = s.discussions()[0].id  # the imported discussion got its id to file the photo under
    assert len(pid) == 32
    listed = s.discussion_attachments(pid, "foto")
    assert [(a.id, a.nama, a.keterangan, a.mime) for a in listed] == [(att, "rapat.jpg", "Suasana rapat", "image/jpeg")]
    with Image.open(io.BytesIO(s.discussion_attachment_data(att))) as im:
        assert max(im.size) == 2000 and im.size == (2000, 1500)
    small = _jpeg(640, 480)
    kept = s.add_discussion_photo(pid, "kecil.jpg", small)
    assert s.discussion_attachment_data(kept) == small
    with pytest.raises(ProjectError, match="catatan.txt bukan foto"):
        s.add_discussion_photo(pid, "catatan.txt", b"bukan gambar sama sekali")
    with pytest.raises(ProjectError, match="bukan foto"):
        s.add_discussion_photo(pid, "potong.jpg", big[: len(big) // 2])
    assert len(s.discussion_attachments(pid)) == 2


def test_pembahasan_notulen_file_caption_remove_and_delete_with_discussion(s):
    p = s.add_discussion(Pembahasan())
    f = s.add_discussion_file(p.id, "notulen.docx", b"PK\x03\x04 isi", "application/vnd.openxmlformats")
    assert s.discussion_attachments(p.id, "notulen")[0].nama == "notulen.docx"
    s.set_discussion_attachment_caption(f, "Notulen ditandatangani")
    assert s.discussion_attachments(p.id)[0].keterangan == "Notulen ditandatangani"
    with pytest.raises(ProjectError, match="terlalu besar"):
        s.add_discussion_file(p.id, "video.mp4", b"\0" * (MAX_FILE_BYTES + 1))
    with pytest.raises(ProjectError, match="kosong"):
        s.add_discussion_file(p.id, "kosong.txt", b"")
    photo = s.add_discussion_photo(p.id, "a.jpg", _jpeg(20, 20))
    s.remove_discussion_attachment(photo)
    assert [a.id for a in s.discussion_attachments(p.id)] == [f]
    assert s.audit(None)[0].keterangan == "Lampiran pembahasan dihapus: a.jpg"
    s.delete_discussion(p.id)
    assert s.repo.db.scalar("SELECT count(*) FROM berkas") == 0
    assert len(s.discussions()) == 1


def test_pembahasan_apply_masukan_saves_service_with_audit_naming_the_discussion(s):
    akta = next(x for x in s.summaries() if x.jenis_pelayanan == AKTA)
    lay = s.service(akta.id)
    lay.persyaratan.append(Persyaratan("Fotokopi KTP saksi (1 lembar)"))
    s.apply_masukan("urutan-0", 0, lay)
    assert s.service(akta.id).persyaratan[-1].uraian == "Fotokopi KTP saksi (1 lembar)"
    entry = s.audit(akta.id)[0]
    assert entry.komponen == "persyaratan"
    assert entry.keterangan == "Masukan pembahasan FGD 23 November 2018: Fotokopi KTP saksi cukup satu lembar"
    assert s.audit(None)[0].komponen == "pembahasan"
    applied = s.discussions()[0].masukan[0]
    assert applied.diterapkan.startswith("20")


def test_pembahasan_apply_masukan_refusals(s):
    kk = next(x for x in s.summaries() if x.jenis_pelayanan == "Penerbitan Kartu Keluarga")
    akta = next(x for x in s.summaries() if x.jenis_pelayanan == AKTA)
    with pytest.raises(NotAllowed, match="disepakati"):
        s.apply_masukan("urutan-0", 1, s.service(kk.id))
    with pytest.raises(NotAllowed, match="bukan"):
        s.apply_masukan("urutan-0", 0, s.service(kk.id))
    s.set_actor(member(s, "ketua").id)
    s.set_status(akta.id, "siap_dibahas")
    s.apply_masukan("urutan-0", 0, s.service(akta.id))  # agreed inputs reach a standard under discussion
    s.repo.db.execute("UPDATE layanan SET status = 'ditetapkan' WHERE id = ?", [akta.id])
    pid = s.discussions()[0].id
    with pytest.raises(NotAllowed, match="sudah ditetapkan"):
        s.apply_masukan(pid, 0, s.service(akta.id))


def test_pembahasan_survives_reopening(s, tmp_path):
    p = s.add_discussion(Pembahasan(metode="public_hearing", tanggal="2019-03-04", mulai="08:30", selesai="11:00",
                                    layanan=[AKTA], notulen="Dibuka pukul 08.30"))
    path = s.path
    s.close()
    other = open_project(path)
    try:
        again = other.discussion(p.id)
        assert (again.metode, again.mulai, again.notulen) == ("public_hearing", "08:30", "Dibuka pukul 08.30")
    finally:
        other.close()
