from datetime import date

import pytest

from sp_desktop.domain.maklumat import (
    ELEMENTS,
    OLD_DEFAULT_MAKLUMAT,
    effective_text,
    maklumat_date_iso,
    maklumat_findings,
    missing_elements,
)
from sp_desktop.domain.model import DEFAULT_MAKLUMAT, Pengaturan, Project
from sp_desktop.export.report_model import PledgeBox, build_maklumat


def test_maklumat_text_default_carries_all_three_elements():
    assert missing_elements(DEFAULT_MAKLUMAT) == []
    assert "memberikan pelayanan sesuai kewajiban dan melakukan perbaikan secara terus-menerus" in DEFAULT_MAKLUMAT
    assert "dan/atau memberikan kompensasi" in DEFAULT_MAKLUMAT
    assert Pengaturan().maklumat_teks == DEFAULT_MAKLUMAT


def test_maklumat_text_old_default_lacks_two_elements_but_is_replaced():
    normalized = " ".join(OLD_DEFAULT_MAKLUMAT.lower().split())
    assert [e.key for e in ELEMENTS if not e.found_in(normalized)] == ["kewajiban", "sanksi"]
    assert effective_text(OLD_DEFAULT_MAKLUMAT) == DEFAULT_MAKLUMAT
    assert effective_text("  ") == DEFAULT_MAKLUMAT
    assert maklumat_findings(OLD_DEFAULT_MAKLUMAT) == []


def test_maklumat_text_own_text_is_kept_and_checked():
    own = OLD_DEFAULT_MAKLUMAT.upper()  # a team's own text, even the old sentence in capitals, is theirs
    assert effective_text(own) == own
    (finding,) = maklumat_findings(own)
    assert finding.tingkat == "PERINGATAN" and finding.komponen == "maklumat"
    assert "2 unsur" in finding.pesan
    assert "perbaikan secara terus-menerus" in finding.pesan and "kompensasi" in finding.pesan
    assert "Perwali Metro 19/2018" in finding.aturan and "Pasal 14 ayat (2)" in finding.aturan


@pytest.mark.parametrize(
    ("text", "missing"),
    [
        ("Kami sanggup melayani sesuai Standar Pelayanan, melaksanakan kewajiban dan perbaikan terus menerus, "
         "serta siap menerima sanksi dan/atau memberikan kompensasi.", []),
        ("Kami sanggup melayani sesuai standar pelayanan dan siap menerima sanksi dan kompensasi.", ["kewajiban"]),
        ("Kami melayani sesuai kewajiban dan melakukan perbaikan berkelanjutan; siap menerima sanksi.",
         ["janji", "sanksi"]),
    ],
)
def test_maklumat_text_names_each_missing_element(text, missing):
    assert [e.key for e in missing_elements(text)] == missing
    findings = maklumat_findings(text)
    assert len(findings) == (1 if missing else 0)
    for element in ELEMENTS:
        assert (element.label in findings[0].pesan if findings else False) == (element.key in missing)


def test_maklumat_date_follows_penetapan_unless_set():
    assert maklumat_date_iso("", {"nomor": "1", "tanggal": "2018-11-30"}) == "2018-11-30"
    assert maklumat_date_iso("2019-01-02", {"tanggal": "2018-11-30"}) == "2019-01-02"
    assert maklumat_date_iso("", None) == ""
    assert maklumat_date_iso("", {"tanggal": "bukan tanggal"}) == ""


def _pledge_and_date(project: Project) -> tuple[str, str]:
    doc = build_maklumat(project)
    pledge = next(b for b in doc.blocks if isinstance(b, PledgeBox))
    signature = doc.blocks[-1]
    return pledge.text, signature.lines_before[0]


def test_maklumat_document_uses_new_default_and_penetapan_date():
    project = Project()
    project.instansi.kota = "Bontang"
    project.pengaturan.maklumat_teks = OLD_DEFAULT_MAKLUMAT
    project.extra["penetapan"] = {"nomor": "188.4/55", "tanggal": "2018-11-30"}
    text, place_date = _pledge_and_date(project)
    assert text == DEFAULT_MAKLUMAT and place_date == "Bontang, 30 November 2018"
    project.extra.clear()
    assert _pledge_and_date(project)[1].endswith(str(date.today().year))
