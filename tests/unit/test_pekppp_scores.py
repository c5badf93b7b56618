"""PEKPPP self-assessment (domain/pekppp.py): the nine scores in each state of a project."""

from datetime import date

from sp_desktop.domain.pekppp import INDICATORS, Publication, ServiceFact, Snapshot, SurveyFact, score_all

TODAY = date(2026, 6, 1)


def _scores(snapshot):
    return {s.kode: s.skor for s in score_all(snapshot)}


def _services(status="draf", lengkap=True, ditinjau=None):
    return tuple(ServiceFact(f"Layanan {i}", status, lengkap, ditinjau) for i in range(3))


def test_empty_project_scores_zero_everywhere_and_says_what_to_do():
    result = score_all(Snapshot(today=TODAY))
    assert [s.kode for s in result] == [code for code, _ in INDICATORS]
    assert all(s.skor == 0 for s in result)
    assert all(s.kurang and s.kurang != "-" for s in result)


def test_draft_only():
    incomplete = (*_services(), ServiceFact("Layanan X", "draf", False))
    assert _scores(Snapshot(services=incomplete, today=TODAY))["1.a.Ak"] == 1
    scores = score_all(Snapshot(services=_services(), today=TODAY))
    first = scores[0]
    assert first.skor == 2
    assert "SK Penetapan" in first.kurang
    assert scores[4].skor == 1  # the Maklumat exists but is not adopted


def test_adopted_then_discussed_then_monitored():
    adopted = Snapshot(services=_services("ditetapkan"), decree=True, today=TODAY)
    assert _scores(adopted)["1.a.Ak"] == 3
    assert _scores(adopted)["5.a.K"] == 3
    discussed = Snapshot(services=_services("ditetapkan"), decree=True, unsur=("Masyarakat pengguna layanan",
                         "Akademisi"), today=TODAY)
    assert _scores(discussed)["1.a.Ak"] == 4
    assert _scores(discussed)["2.a.P"] == 2
    monitored = Snapshot(services=_services("ditetapkan", ditinjau=date(2026, 3, 1)), decree=True,
                         unsur=("a", "b", "c", "d", "e", "f"), today=TODAY,
                         survey=SurveyFact("Semester I 2026", 120, True, rencana=4, skor_8a=5, skor_9a=4))
    scores = _scores(monitored)
    assert scores["1.a.Ak"] == 5
    assert scores["2.a.P"] == 5
    assert scores["4.a.K"] == 5
    assert scores["6.a.B"] == 2  # done per the rule, not yet published
    assert (scores["8.a.Ak"], scores["9.a.Ak"]) == (5, 4)


def test_publication_media_count_sippn_and_offline_online():
    base = dict(services=_services("ditetapkan"), decree=True, today=TODAY)
    some = (Publication("website", "standar", ("Layanan 0",)),)
    assert _scores(Snapshot(publications=some, **base))["3.a.T"] == 1
    two = (Publication("website", "standar"), Publication("papan_informasi", "standar"))
    assert _scores(Snapshot(publications=two, **base))["3.a.T"] == 2
    with_sippn = (*two, Publication("sippn", "standar"))
    assert _scores(Snapshot(publications=with_sippn, **base))["3.a.T"] == 4
    four = (*with_sippn, Publication("media_sosial", "standar"))
    assert _scores(Snapshot(publications=four, **base))["3.a.T"] == 5
    maklumat = (Publication("papan_informasi", "maklumat"),)
    assert _scores(Snapshot(publications=maklumat, **base))["5.a.K"] == 4
    both = (*maklumat, Publication("website", "maklumat"))
    assert _scores(Snapshot(publications=both, **base))["5.a.K"] == 5
    skm = tuple(Publication(m, "skm") for m in ("website", "banner", "media_cetak"))
    survey = SurveyFact("2026", 100, True, rencana=2, skor_8a=3)
    scores = _scores(Snapshot(publications=skm, survey=survey, **base))
    assert scores["7.a.T"] == 3
    assert scores["6.a.B"] == 5


def test_maklumat_not_compliant_names_the_missing_element():
    s = Snapshot(services=_services("ditetapkan"), decree=True, maklumat_missing=("menerima sanksi",),
                 today=TODAY)
    five = score_all(s)[4]
    assert five.skor == 2
    assert "menerima sanksi" in five.kurang


def test_review_age():
    old = date(2023, 1, 1)
    mixed = (ServiceFact("A", "ditetapkan", True, date(2026, 1, 1)), ServiceFact("B", "ditetapkan", True, old))
    assert _scores(Snapshot(services=mixed, today=TODAY))["4.a.K"] == 4
    two_years = tuple(ServiceFact(n, "ditetapkan", True, date(2024, 12, 1)) for n in "AB")
    assert _scores(Snapshot(services=two_years, today=TODAY))["4.a.K"] == 3
    assert _scores(Snapshot(services=(ServiceFact("A", "ditetapkan", True, old),), today=TODAY))["4.a.K"] == 1
