"""The survey use-cases of the session: plan, respondents, results from SQL, profile, trend, follow-up."""

import json
import random
import sqlite3
from pathlib import Path

import pytest

from sp_desktop.domain import skm
from sp_desktop.domain.roles import NotAllowed
from sp_desktop.domain.survei import Responden, Survei, TindakLanjut
from sp_desktop.services.session import open_project
from sp_desktop.storage import errors

DATA = Path(__file__).parents[1] / "data"
AKTA = "Penerbitan Akta Kelahiran"
KK = "Penerbitan Kartu Keluarga"


@pytest.fixture
def session(tmp_path):
    s = open_project(tmp_path / "proyek.spdb", create=True)
    s.import_document(json.loads((DATA / "proyek_contoh.json").read_text(encoding="utf-8")))
    yield s
    s.close()


def plan(periode="Semester I 2026", **kw):
    values = {"periode": periode, "mulai": "2026-01-01", "selesai": "2026-06-30", "layanan": [AKTA, KK],
              "populasi": 1200}
    values.update(kw)
    return Survei(**values)


def resp(nilai=(4, 3, 3, 4, 4, 3, 3, 3, 4), **kw):
    return Responden(nilai=list(nilai), **kw)


def test_a_survey_is_listed_with_its_respondent_count_and_read_back_whole(session):
    events = []
    session.add_listener(lambda what, sid: events.append(what))
    sid = session.add_survey(plan())
    session.add_respondents(sid, [resp(layanan=AKTA, usia=34, jenis_kelamin="P", jam="09:30", tanggal="2026-02-01"),
                                  resp(layanan=KK)])
    session.add_follow_up(sid, TindakLanjut(unsur=3, rencana="Menambah petugas", target="2026-09-30"))
    [info] = session.surveys()
    assert (info.id, info.periode, info.layanan, info.jumlah_responden) == (sid, "Semester I 2026", (AKTA, KK), 2)
    whole = session.survey(sid)
    assert whole.responden[0].usia == 34 and whole.responden[1].layanan == KK
    assert whole.tindak_lanjut[0].rencana == "Menambah petugas"
    assert events == ["survei"] * 3
    lines = [e.keterangan for e in session.audit(None) if e.komponen == "survei"]
    assert any("Survei ditambahkan: Semester I 2026" == k for k in lines)
    assert any("Responden survei Semester I 2026 ditambahkan (2)" == k for k in lines)
    assert any(k.startswith("Rencana tindak lanjut survei Semester I 2026 ditambahkan") for k in lines)


def test_survey_id_by_period_ignores_case_and_names_the_known_periods(session):
    sid = session.add_survey(plan())
    session.add_survey(plan("Semester II 2026", mulai="2026-07-01", selesai="2026-12-31"))
    assert session.survey_id_by_period("semester  i 2026") == sid
    with pytest.raises(errors.ProjectError) as info:
        session.survey_id_by_period("Tahun 2030")
    assert "“Semester I 2026”, “Semester II 2026”" in str(info.value)


@pytest.mark.parametrize("change, words", [
    ({"periode": "  "}, "Periode: wajib diisi"),
    ({"mulai": "2026-02-30"}, "Tanggal mulai: '2026-02-30' bukan tanggal"),
    ({"selesai": "2025-12-31"}, "lebih awal daripada tanggal mulai"),
    ({"populasi": -1}, "Populasi: populasi -1 di luar"),
    ({"layanan": ["Layanan Fiktif"]}, "Layanan “Layanan Fiktif” tidak ada di proyek ini"),
])
def test_a_bad_plan_is_refused_and_nothing_is_stored(session, change, words):
    with pytest.raises(NotAllowed) as info:
        session.add_survey(plan(**change))
    assert words in str(info.value)
    assert session.surveys() == []


def test_a_period_is_named_once(session):
    session.add_survey(plan())
    other = session.add_survey(plan("Tahun 2027"))
    with pytest.raises(NotAllowed, match="sudah dipakai"):
        session.add_survey(plan("SEMESTER I 2026"))
    with pytest.raises(NotAllowed, match="sudah dipakai"):
        session.update_survey_plan(other, plan("Semester I 2026"))
    session.update_survey_plan(other, plan("Tahun 2027", populasi=50, tanggal_laporan="2027-01-15"))
    assert session.survey_info(other).populasi == 50


@pytest.mark.parametrize("bad, words", [
    (resp(nilai=[4] * 8), "Nilai unsur: harus memuat tepat 9 nilai"),
    (resp(nilai=[4] * 4 + [5] + [4] * 4), "U5: 5 bukan nilai 1, 2, 3, atau 4"),
    (resp(nilai=[4] * 8 + [True]), "U9: harus 1, 2, 3, 4, atau null"),
    (resp(usia=131), "Usia: usia 131 di luar 0–130"),
    (resp(usia=30.5), "Usia: harus berupa bilangan bulat"),
    (resp(jenis_kelamin="X"), "Jenis kelamin: 'X' bukan salah satu dari L, P"),
    (resp(pendidikan="SMK"), "Pendidikan: 'SMK' bukan salah satu dari"),
    (resp(pekerjaan="PNS"), "Pekerjaan: 'PNS' bukan salah satu dari"),
    (resp(jam="9.30"), "Jam: '9.30' bukan jam"),
    (resp(tanggal="01-02-2026"), "Tanggal: '01-02-2026' bukan tanggal"),
    (resp(layanan="Penerbitan KIA"), "Layanan “Penerbitan KIA” bukan layanan survei ini"),
])
def test_add_respondents_is_all_or_none_and_names_the_bad_one(session, bad, words):
    sid = session.add_survey(plan())
    with pytest.raises(NotAllowed) as info:
        session.add_respondents(sid, [resp(), resp(), bad])
    assert "Responden ke-3: " in str(info.value) and words in str(info.value)
    assert session.respondents(sid) == []


def test_set_answer_is_one_update_and_validated(session):
    sid = session.add_survey(plan())
    [row] = session.add_respondents(sid, [resp()])
    statements = []
    session.db.conn.set_trace_callback(statements.append)
    try:
        session.set_answer(row, 2, 1)
        session.set_answer(row, 9, None)
    finally:
        session.db.conn.set_trace_callback(None)
    touching = [s for s in statements if any(f"{w} responden " in s for w in ("FROM", "UPDATE", "INTO", "JOIN"))]
    assert touching == [f"UPDATE responden SET u2 = 1 WHERE id = {row}",
                        f"UPDATE responden SET u9 = NULL WHERE id = {row}"]
    assert session.respondents(sid)[0][1].nilai == [4, 1, 3, 4, 4, 3, 3, 3, None]
    for unsur, value in ((0, 3), (10, 3), (1, 0), (1, 5), (1, True), (1, "4")):
        with pytest.raises(NotAllowed):
            session.set_answer(row, unsur, value)
    session.delete_respondents([row])
    with pytest.raises(errors.ProjectError, match="tidak ada lagi"):
        session.set_answer(row, 1, 4)


def test_results_from_sql_equal_compute_over_the_same_answers(session):
    rng = random.Random(9)
    sid = session.add_survey(plan())
    items = []
    for _ in range(300):
        nilai = [rng.choice([None, 1, 2, 3, 4, 4, 3]) for _ in range(9)]
        items.append(resp(nilai=nilai, layanan=rng.choice([AKTA, KK])))
    session.add_respondents(sid, items)
    assert session.results(sid) == skm.compute([r.nilai for r in items])
    assert session.results(sid, AKTA) == skm.compute([r.nilai for r in items if r.layanan == AKTA])
    empty = session.results(sid, "Penerbitan Kartu Identitas Anak (KIA)")
    assert empty.responden == 0 and empty.ikm is None


def test_profile_counts_every_value_in_order_and_the_blank_ones(session):
    sid = session.add_survey(plan())
    session.add_respondents(sid, [
        resp(layanan=AKTA, jenis_kelamin="P", usia=19, pendidikan="S1", pekerjaan="pns"),
        resp(layanan=AKTA, jenis_kelamin="L", usia=20, pendidikan="S1"),
        resp(layanan=KK, jenis_kelamin="P", usia=64),
        resp(),
    ])
    p = session.profile(sid)
    assert list(p) == ["jenis_kelamin", "usia", "pendidikan", "pekerjaan", "layanan"]
    assert p["jenis_kelamin"] == {"L": 1, "P": 2, "Tidak diisi": 1}
    assert p["usia"]["Di bawah 20 tahun"] == 1 and p["usia"]["20–29 tahun"] == 1
    assert p["usia"]["60 tahun ke atas"] == 1 and p["usia"]["Tidak diisi"] == 1
    assert p["pendidikan"]["S1"] == 2 and list(p["pendidikan"])[:3] == ["SD", "SMP", "SMA"]
    assert p["pekerjaan"]["pns"] == 1 and p["pekerjaan"]["Tidak diisi"] == 3
    assert p["layanan"] == {AKTA: 2, KK: 1, "Tidak diisi": 1}
    assert session.profile(sid, AKTA)["jenis_kelamin"] == {"L": 1, "P": 1}


def test_trend_orders_periods_by_start_date(session):
    late = session.add_survey(plan("Semester II 2026", mulai="2026-07-01", selesai="2026-12-31"))
    early = session.add_survey(plan())
    session.add_respondents(late, [resp(nilai=[4] * 9)])
    session.add_respondents(early, [resp(nilai=[3] * 9)])
    trend = session.trend()
    assert [i.id for i, _r in trend] == [early, late]
    assert [r.konversi for _i, r in trend] == [75, 100]


def test_follow_up_progress_share_months_and_pekppp_scores(session):
    sid = session.add_survey(plan(tanggal_laporan="2026-07-15"))
    rows = [session.add_follow_up(sid, TindakLanjut(unsur=u, rencana=f"Aksi {u}", target="2026-12-31"))
            for u in (3, 4, 8)]
    assert (session.follow_up_progress(sid).skor_8a, session.follow_up_progress(sid).skor_9a) == (1, 0)
    session.update_follow_up(rows[0], TindakLanjut(unsur=3, rencana="Aksi 3", target="2026-12-31",
                                                   selesai="2026-08-10"))
    p = session.follow_up_progress(sid)
    assert (p.planned, p.done, p.percent, p.months, p.skor_8a) == (3, 1, 33.33, (1,), 3)
    for row, done in ((rows[1], "2026-09-15"), (rows[2], "2026-10-16")):
        session.update_follow_up(row, TindakLanjut(unsur=4, rencana="x", target="2026-12-31", selesai=done))
    p = session.follow_up_progress(sid)
    assert (p.percent, p.months, p.skor_8a, p.skor_9a) == (100.0, (1, 2, 4), 5, 3)
    with pytest.raises(NotAllowed, match="Unsur: unsur 10 di luar"):
        session.add_follow_up(sid, TindakLanjut(unsur=10, rencana="x"))
    with pytest.raises(NotAllowed, match="Tanggal selesai tindak lanjut"):
        session.update_follow_up(rows[0], TindakLanjut(unsur=3, selesai="kemarin"))
    session.delete_follow_up(rows[0])
    assert session.follow_up_progress(sid).planned == 2


def test_delete_survey_takes_its_rows_along(session):
    sid = session.add_survey(plan())
    session.add_respondents(sid, [resp()] * 5)
    session.add_follow_up(sid, TindakLanjut(unsur=1, rencana="x"))
    session.delete_survey(sid)
    assert session.surveys() == []
    counts = [session.db.scalar(f"SELECT count(*) FROM {t}") for t in ("responden", "tindak_lanjut_skm")]
    assert counts == [0, 0]
    with pytest.raises(errors.ProjectError):
        session.survey(sid)


def test_an_interactive_session_needs_a_member_to_write(tmp_path):
    path = tmp_path / "p.spdb"
    open_project(path, create=True).close()
    s = open_project(path, interactive=True)
    try:
        with pytest.raises(NotAllowed):
            s.add_survey(Survei(periode="Tahun 2026"))
    finally:
        s.close()


def test_a_stored_answer_outside_1_to_4_makes_the_file_refuse_to_open(session, tmp_path):
    sid = session.add_survey(plan())
    session.add_respondents(sid, [resp()] * 3)
    path = session.path
    session.close()
    conn = sqlite3.connect(path)
    conn.execute("UPDATE responden SET u4 = 7 WHERE id = (SELECT MIN(id) FROM responden)")
    conn.execute("UPDATE responden SET usia = 200")
    conn.commit()
    conn.close()
    with pytest.raises(errors.DamagedContent) as info:
        open_project(path)
    message = str(info.value)
    assert "1 responden survei (nilai unsur bukan 1, 2, 3, atau 4)" in message
    assert "3 responden survei (usia di luar 0–130)" in message
