"""Importing a survey file into a project: nothing is written while bad rows remain, unless they are skipped."""

import json
from pathlib import Path

import pytest

from sp_desktop.domain.survei import Survei
from sp_desktop.services.session import open_project
from sp_desktop.services.survei_import import (
    ImportRefused,
    SkmImportError,
    check_file,
    import_file,
    read_layout,
    survey_services,
    write_checked,
)

DATA = Path(__file__).parents[1] / "data"
AKTA = "Penerbitan Akta Kelahiran"
KK = "Penerbitan Kartu Keluarga"


@pytest.fixture
def session(tmp_path):
    s = open_project(tmp_path / "proyek.spdb", create=True)
    s.import_document(json.loads((DATA / "proyek_contoh.json").read_text(encoding="utf-8")))
    yield s
    s.close()


@pytest.fixture
def survey(session):
    return session.add_survey(Survei(periode="Semester I 2026", mulai="2026-01-01", selesai="2026-06-30",
                                     layanan=[AKTA, KK], populasi=1200))


def write_csv(path, rows):
    path.write_text("\r\n".join(";".join(r) for r in rows) + "\r\n", encoding="utf-8-sig")
    return path


HEADER = ["Jenis Layanan", "JK"] + [f"U{n}" for n in range(1, 10)]


def test_bad_rows_keep_everything_out_until_they_are_skipped(session, survey, tmp_path):
    path = write_csv(tmp_path / "skm.csv", [HEADER, [AKTA, "P"] + ["4"] * 9, [KK, "Pria"] + ["9"] + ["3"] * 8,
                                            ["Paspor", "L"] + ["3"] * 9, ["", "L"] + ["2"] * 9])
    with pytest.raises(ImportRefused) as err:
        import_file(session, survey, path)
    assert [p.row for p in err.value.problems] == [3, 4]
    assert str(err.value).splitlines()[1].startswith("Baris 3: U1: \u201c9\u201d di luar")
    assert "2 baris salah; tidak ada yang diimpor" in str(err.value)
    assert session.respondents(survey) == []
    outcome = import_file(session, survey, path, skip_bad=True)
    assert (outcome.rows_read, outcome.imported, [p.row for p in outcome.skipped]) == (4, 2, [3, 4])
    stored = [r for _id, r in session.respondents(survey)]
    assert [(r.layanan, r.jenis_kelamin, r.nilai[0]) for r in stored] == [(AKTA, "P", 4), ("", "L", 2)]


def test_the_chosen_service_fills_empty_cells_and_refuses_other_services(session, survey, tmp_path):
    kk_id = next(s.id for s in session.summaries() if s.jenis_pelayanan == KK)
    path = write_csv(tmp_path / "kk.csv", [HEADER, ["", "P"] + ["4"] * 9, [AKTA, "L"] + ["4"] * 9])
    with pytest.raises(ImportRefused, match="bukan layanan yang dipilih"):
        import_file(session, survey, path, service_id=kk_id)
    import_file(session, survey, path, service_id=kk_id, skip_bad=True)
    assert [r.layanan for _id, r in session.respondents(survey)] == [KK]


def test_a_service_outside_the_survey_is_refused(session, tmp_path):
    only_akta = session.add_survey(Survei(periode="Semester II 2026", mulai="2026-07-01", selesai="2026-12-31",
                                          layanan=[AKTA]))
    kk_id = next(s.id for s in session.summaries() if s.jenis_pelayanan == KK)
    with pytest.raises(SkmImportError, match="tidak termasuk survei Semester II 2026"):
        survey_services(session, only_akta, kk_id)
    assert survey_services(session, only_akta) == ([AKTA], None)


def test_a_mapping_without_every_unsur_is_refused_before_any_row_is_read(session, survey, tmp_path):
    path = write_csv(tmp_path / "kurang.csv", [HEADER[:-1], [AKTA, "P"] + ["4"] * 8])
    layout = read_layout(path)
    with pytest.raises(ImportRefused, match="Belum ada kolom untuk U9"):
        check_file(layout, layout.header.mapping, [AKTA, KK])
    mapping = list(layout.header.mapping)
    mapping[-1] = "u9"  # the user maps U8's column to U9 instead and leaves U8 out
    with pytest.raises(ImportRefused, match="Belum ada kolom untuk U8"):
        check_file(layout, mapping, [AKTA, KK])


def test_a_file_without_a_single_good_row_writes_nothing(session, survey, tmp_path):
    path = write_csv(tmp_path / "salah.csv", [HEADER, [AKTA, "X"] + ["4"] * 9])
    layout = read_layout(path)
    result = check_file(layout, layout.header.mapping, [AKTA, KK])
    with pytest.raises(ImportRefused, match="Tidak ada baris responden yang dapat diimpor"):
        write_checked(session, survey, result, skip_bad=True)
    assert session.respondents(survey) == []


def test_a_refusal_of_the_session_names_the_row_of_the_file(tmp_path):
    from sp_desktop.domain.roles import NotAllowed

    class Refusing:
        def add_respondents(self, _survei_id, items):
            raise NotAllowed(f"Responden ke-{len(items)}: Usia: 131 di luar 0-130.")

    path = write_csv(tmp_path / "skm.csv", [HEADER, [AKTA, "P"] + ["4"] * 9, [AKTA, "X"] + ["4"] * 9,
                                            [AKTA, "L"] + ["4"] * 9])
    layout = read_layout(path)
    result = check_file(layout, layout.header.mapping, [AKTA])
    with pytest.raises(NotAllowed, match=r"^Baris 4: Usia: 131 di luar 0-130\.$"):
        write_checked(Refusing(), 1, result, skip_bad=True)
