"""The IKM formula of Permenpan RB 14/2017 against the vectors of domain.md §4, and its properties."""

from fractions import Fraction

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from sp_desktop.domain import skm
from sp_desktop.domain.formatting import format_number
from sp_desktop.services.survei import result_from_totals


def shown(value) -> str:
    return format_number(float(skm.round_half_up(value)), 2)


def rows_with_totals(totals, n):
    """``n`` respondents whose answers add up to ``totals`` per unsur (each answer 1-4)."""
    rows = [[0] * 9 for _ in range(n)]
    for u, total in enumerate(totals):
        base, extra = divmod(total, n)
        for r in range(n):
            rows[r][u] = base + (1 if r < extra else 0)
    assert all(1 <= v <= 4 for row in rows for v in row)
    return rows


GASPUL = (105, 101, 100, 116, 102, 105, 106, 105, 115)


def test_gaspul_vector_is_91_48_sangat_baik_with_the_exact_weight():
    result = skm.compute(rows_with_totals(GASPUL, 29))
    assert result.responden == 29
    assert result.konversi == Fraction(sum(GASPUL) * 25, 29 * 9)  # exactly 1/9, never 0,111
    assert shown(result.konversi) == "91,48"
    assert result.mutu == ("A", "Sangat baik")
    assert [shown(u.nrr) for u in result.unsur][:3] == ["3,62", "3,48", "3,45"]


def test_76_61_is_the_least_b():
    # 100 respondents, 58 fours and 842 threes: 2758 / 900 x 25 = 76,611...
    answers = [4] * 58 + [3] * 842
    rows = [answers[i * 9:(i + 1) * 9] for i in range(100)]
    result = skm.compute(rows)
    assert shown(result.konversi) == "76,61"
    assert result.mutu == ("B", "Baik")


def test_all_three_is_75_c_and_all_four_is_100_a():
    three = skm.compute([[3] * 9] * 40)
    four = skm.compute([[4] * 9] * 40)
    assert (shown(three.konversi), three.mutu[0]) == ("75,00", "C")
    assert (shown(four.konversi), four.mutu) == ("100,00", ("A", "Sangat baik"))
    assert all(u.nrr_tertimbang == Fraction(4, 9) for u in four.unsur)


def test_an_unanswered_unsur_is_left_out_of_its_nrr_only():
    result = skm.compute([[4] * 9, [2, None, 2, 2, 2, 2, 2, 2, 2]])
    assert result.unsur[0].nrr == 3 and result.unsur[1].nrr == 4
    assert result.unsur[1].responden == 1


answers = st.one_of(st.none(), st.integers(1, 4))
respondent = st.lists(st.integers(1, 4), min_size=9, max_size=9)
respondents = st.lists(respondent, min_size=1, max_size=40)


@settings(max_examples=200, deadline=None)
@given(respondents)
def test_ikm_stays_within_25_and_100(rows):
    result = skm.compute(rows)
    assert 25 <= result.konversi <= 100
    assert 1 <= result.ikm <= 4
    assert result.mutu[0] in "ABCD"


@settings(max_examples=200, deadline=None)
@given(respondents, st.data())
def test_ikm_is_monotone_in_every_answer(rows, data):
    r = data.draw(st.integers(0, len(rows) - 1))
    u = data.draw(st.integers(0, 8))
    before = skm.compute(rows)
    raised = [list(row) for row in rows]
    raised[r][u] = min(4, raised[r][u] + data.draw(st.integers(1, 3)))
    after = skm.compute(raised)
    assert after.konversi >= before.konversi
    if raised[r][u] != rows[r][u]:
        assert after.konversi > before.konversi
    assert "DCBA".index(after.mutu[0]) >= "DCBA".index(before.mutu[0])


@settings(max_examples=100, deadline=None)
@given(st.lists(st.lists(answers, min_size=9, max_size=9), min_size=0, max_size=30))
def test_the_totals_path_of_the_session_equals_compute(rows):
    sums = [sum(row[u] or 0 for row in rows) for u in range(9)]
    counts = [sum(row[u] is not None for row in rows) for u in range(9)]
    assert result_from_totals(len(rows), sums, counts) == skm.compute(rows)


@pytest.mark.parametrize("bad", [[4] * 8, [4] * 9 + [4], [0] + [4] * 8, [5] + [4] * 8, [True] + [4] * 8])
def test_compute_refuses_rows_that_are_not_nine_answers_1_to_4(bad):
    with pytest.raises(ValueError):
        skm.compute([bad])
