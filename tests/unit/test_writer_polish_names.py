"""Every document kind of the catalog has a proper title in its proposed file name."""

from datetime import date

import pytest

from sp_desktop.domain.file_names import CYCLE_TITLES, cycle_file_name, safe_part
from sp_desktop.export.catalog import BUILDERS

DAY = date(2018, 11, 30)


def test_every_catalog_kind_has_a_title():
    assert set(BUILDERS) <= set(CYCLE_TITLES)


@pytest.mark.parametrize("kind", sorted(BUILDERS))
def test_titles_are_file_safe_and_not_the_kind_spelt_out(kind):
    title = CYCLE_TITLES[kind]
    assert safe_part(title) == title
    assert title != kind.replace("-", " ").title()


@pytest.mark.parametrize(("kind", "name"), [
    ("sk-penetapan", "SK Penetapan Standar Pelayanan - DKPS - 2018-11-30.docx"),
    ("rekap-biaya", "Rekapitulasi Biaya dan Tarif Pelayanan - DKPS - 2018-11-30.xlsx"),
    ("daftar-perubahan", "Daftar Perubahan Standar Pelayanan - DKPS - 2018-11-30.pdf"),
])
def test_proposed_names_read_well(kind, name):
    assert cycle_file_name(kind, "DKPS", DAY, name.rsplit(".", 1)[1]) == name
