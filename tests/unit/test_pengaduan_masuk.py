"""The complaints log: storage, the closing rules, filters in SQL, the per-period summary, channels offered."""

import time
from datetime import date

import pytest
from session_helpers import member

from sp_desktop.domain.roles import NotAllowed
from sp_desktop.domain.survei import PengaduanMasuk
from sp_desktop.storage.complaints import UNSAVED_PREFIX

AKTA = "Penerbitan Akta Kelahiran"
KK = "Penerbitan Kartu Keluarga"


def _complaint(tanggal="2026-02-03", **kw):
    values = {"layanan": AKTA, "ringkasan": "Antrean terlalu lama", "saluran": "sp4n_lapor"}
    values.update(kw)
    return PengaduanMasuk(tanggal=tanggal, **values)


@pytest.fixture
def s(sample_session):
    sample_session.set_actor(member(sample_session, "anggota").id)
    return sample_session


def test_pengaduan_masuk_storage_keeps_records_and_the_missing_id(s):
    with s.repo.db.atomic():
        first = s.repo.insert_complaint(PengaduanMasuk(tanggal="2018-09-03", ringkasan="a", lain={"x": [1]}), 0)
        second = s.repo.insert_complaint(PengaduanMasuk(tanggal="2018-09-04", ringkasan="b", id="abc"), 1)
    stored = s.repo.db.scalar("SELECT uid FROM pengaduan_masuk WHERE id = ?", [first])
    assert stored.startswith(UNSAVED_PREFIX)
    records = s.repo.complaint_records()
    assert [row for row, _p in records] == [first, second]
    assert records[0][1] == PengaduanMasuk(tanggal="2018-09-03", ringkasan="a", lain={"x": [1]})
    assert records[1][1].id == "abc"


def test_pengaduan_masuk_add_writes_an_audit_line_and_notifies(s):
    heard = []
    s.add_listener(lambda what, sid: heard.append(what))
    row = s.add_complaint(_complaint())
    assert heard == ["pengaduan_masuk"]
    assert s.complaint(row).id  # an identity of its own
    assert s.audit(None)[0].keterangan == f"Pengaduan 3 Februari 2026 melalui SP4N-LAPOR! tentang {AKTA} dicatat"
    assert s.audit(None)[0].komponen == "pengaduan_masuk"


def test_pengaduan_masuk_closing_needs_a_date_not_before_receipt(s):
    row = s.add_complaint(_complaint())
    with pytest.raises(NotAllowed, match="tanggal selesai"):
        s.update_complaint(row, _complaint(status="selesai"))
    with pytest.raises(NotAllowed, match="sebelum tanggal pengaduan"):
        s.update_complaint(row, _complaint(status="selesai", tanggal_selesai="2026-02-01"))
    s.update_complaint(row, _complaint(status="selesai", tanggal_selesai="2026-02-10", tindak_lanjut="Loket ditambah"))
    assert s.complaint(row).tanggal_selesai == "2026-02-10"
    assert "status menjadi selesai" in s.audit(None)[0].keterangan
    # back to diproses: the closing date goes
    s.update_complaint(row, _complaint(status="diproses", tanggal_selesai="2026-02-10"))
    assert s.complaint(row).tanggal_selesai is None


def test_pengaduan_masuk_refuses_bad_fields(s):
    with pytest.raises(NotAllowed, match="ringkasan"):
        s.add_complaint(_complaint(ringkasan="  "))
    with pytest.raises(NotAllowed, match="Saluran"):
        s.add_complaint(_complaint(saluran="merpati"))
    with pytest.raises(NotAllowed, match="Komponen"):
        s.add_complaint(_complaint(komponen="warna_gedung"))
    with pytest.raises(NotAllowed, match="tanggal"):
        s.add_complaint(_complaint(tanggal=""))
    assert s.complaints() == []


def test_pengaduan_masuk_filters(s):
    a = s.add_complaint(_complaint("2026-01-05", komponen="waktu_penyelesaian"))
    b = s.add_complaint(_complaint("2026-03-05", layanan=KK, ringkasan="Formulir 100% membingungkan",
                                   komponen="persyaratan", status="diproses"))
    c = s.add_complaint(_complaint("2026-07-01", ringkasan="Petugas ramah tapi lambat"))
    ids = lambda rows: [row for row, _p in rows]  # noqa: E731
    assert ids(s.complaints()) == [c, b, a]
    assert ids(s.complaints(mulai="2026-01-01", selesai="2026-06-30")) == [b, a]
    assert ids(s.complaints(layanan=KK)) == [b]
    assert ids(s.complaints(komponen="persyaratan")) == [b]
    assert ids(s.complaints(komponen="")) == [c]
    assert ids(s.complaints(status="baru")) == [c, a]
    assert ids(s.complaints(teks="LAMBAT")) == [c]
    assert ids(s.complaints(teks="100%")) == [b]
    assert ids(s.complaints(teks="kartu keluarga")) == [b]  # the service's name too


def test_pengaduan_masuk_summary_counts_and_ages(s):
    s.add_complaint(_complaint("2026-01-05", komponen="waktu_penyelesaian", status="selesai",
                               tanggal_selesai="2026-01-09"))
    s.add_complaint(_complaint("2026-02-01", komponen="waktu_penyelesaian", status="selesai",
                               tanggal_selesai="2026-02-11"))
    s.add_complaint(_complaint("2026-03-01", layanan=KK, status="diproses"))
    s.add_complaint(_complaint("2025-12-31", layanan=KK))  # outside the period
    summary = s.complaint_summary("2026-01-01", "2026-06-30", today=date(2026, 3, 11))
    assert summary.jumlah == 3
    assert summary.per_layanan == ((AKTA, 2), (KK, 1))
    assert summary.per_komponen == (("waktu_penyelesaian", 2), (None, 1))
    assert summary.per_status == (("baru", 0), ("diproses", 1), ("selesai", 2))
    assert summary.rata_hari_selesai == 7.0 and summary.jumlah_selesai == 2
    assert [(p.tanggal, age) for p, age in summary.terbuka] == [("2026-03-01", 10)]
    whole = s.complaint_summary(today=date(2026, 3, 11))
    assert whole.jumlah == 4 and len(whole.terbuka) == 2


def test_pengaduan_masuk_channels_of_the_service_first_and_sp4n_lapor_always(s):
    jenis = [j for j, _label in s.complaint_channels(AKTA)]
    assert jenis[:6] == ["telepon", "whatsapp", "kotak_saran", "email", "website", "sp4n_lapor"]
    assert s.own_channel_count(AKTA) == 5
    assert [j for j, _l in s.complaint_channels("")][0] == "sp4n_lapor"
    assert dict(s.complaint_channels(""))["sp4n_lapor"] == "SP4N-LAPOR!"


def test_pengaduan_masuk_delete(s):
    row = s.add_complaint(_complaint())
    s.delete_complaint(row)
    assert s.complaints() == []
    with pytest.raises(NotAllowed, match="tidak ada lagi"):
        s.complaint(row)


def test_pengaduan_masuk_filters_10000_quickly(s):
    with s.repo.db.atomic():
        for i in range(10_000):
            s.repo.insert_complaint(_complaint(f"2026-{1 + i % 12:02d}-{1 + i % 28:02d}", id=f"p{i}",
                                               komponen=("biaya", "persyaratan", None)[i % 3],
                                               ringkasan=f"Keluhan nomor {i}"), i)
    started = time.perf_counter()
    rows = s.complaints(mulai="2026-03-01", selesai="2026-03-31", komponen="", teks="nomor 9")
    summary = s.complaint_summary("2026-01-01", "2026-12-31", today=date(2027, 1, 1))
    elapsed = time.perf_counter() - started
    assert rows and all(p.komponen is None and p.tanggal.startswith("2026-03") for _r, p in rows)
    assert summary.jumlah == 10_000
    assert elapsed < 1.0, elapsed
