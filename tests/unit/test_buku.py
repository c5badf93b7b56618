import re

import pytest
from pypdf import PdfReader

from sp_desktop.export.catalog import BUILDERS, DocRequest
from sp_desktop.export.errors import DocumentRefused
from sp_desktop.export.render import export_document
from tests.unit import export_fixtures as fx
from tests.unit.test_sk_penetapan import adopted, norm


def test_buku_is_registered():
    assert BUILDERS["buku"] == "buku:build_buku"


@pytest.mark.parametrize("paper", ["f4", "a4"])
def test_buku_parts_in_publishing_order_with_continuous_page_numbers(tmp_path, paper):
    path = export_document(adopted(3), "buku", tmp_path / "buku.pdf", request=DocRequest(paper=paper))
    pages = [norm(page.extract_text()) for page in PdfReader(path).pages]
    cover = pages[0]
    assert "STANDAR PELAYANAN" in cover and "DINAS KEPENDUDUKAN DAN PENCATATAN SIPIL" in cover
    assert "PEMERINTAH KOTA BONTANG" in cover and "TAHUN 2018" in cover
    assert "MAKLUMAT PELAYANAN" in pages[1] and "LAMPIRAN" not in pages[1]

    def first(text):
        return next(i for i, page in enumerate(pages) if text in page)

    decree = first("KEPUTUSAN KEPALA DINAS KEPENDUDUKAN DAN PENCATATAN SIPIL KOTA BONTANG NOMOR")
    lampiran = first("LAMPIRAN I KEPUTUSAN")
    services = [first(f"{n}. JENIS PELAYANAN : Penerbitan Akta Kelahiran L{n}") for n in (1, 2, 3)]
    assert 1 < decree < lampiran <= services[0] < services[1] < services[2]
    assert not any("LAMPIRAN II" in page for page in pages)  # the Maklumat is at the front
    # tata naskah numbering: none on the cover, then "- 2 -", "- 3 -", … without a gap
    assert re.findall(r"- (\d+) -", cover) == []
    for number, page in enumerate(pages[1:], start=2):
        assert re.findall(r"(?<![\w.])- (\d+) -(?![\w.])", page) == [str(number)]


def test_buku_refused_when_nothing_is_ready():
    with pytest.raises(DocumentRefused, match="Buku Standar Pelayanan belum dapat dibuat"):
        export_document(fx.project(1), "buku", "/nonexistent/buku.pdf", request=DocRequest())
