import re

import pytest
from pypdf import PdfReader
from reportlab.platypus import Paragraph as RLParagraph

from sp_desktop.export import BlockingFindings, ExportCancelled, export_document
from sp_desktop.export.fonts import register_fonts
from sp_desktop.export.pdf_text import Styles, markup
from sp_desktop.export.pdf_writer import PdfWriter
from sp_desktop.export.report_model import build_maklumat, build_rancangan, build_standar
from tests.unit import export_fixtures as fx

F4_PT = (609.45, 935.43)
A4_PT = (595.28, 841.89)
A3_PT = (841.89, 1190.55)


def _write(doc, tmp_path, name="out.pdf"):
    path = tmp_path / name
    PdfWriter().write(doc, path)
    return PdfReader(path)


def _pages(reader):
    return [page.extract_text() for page in reader.pages]


def _size(page):
    return float(page.mediabox.width), float(page.mediabox.height)


def _norm(text):
    return re.sub(r"\s+", " ", text).strip()


def test_export_pdf_rancangan_has_every_item_in_order(tmp_path):
    doc = build_rancangan(fx.project(3))
    texts = _pages(_write(doc, tmp_path))
    assert fx.missing_in_order("\n".join(texts), fx.document_texts(doc)) == []


def test_export_pdf_rancangan_page_marks_on_every_page(tmp_path):
    reader = _write(build_rancangan(fx.project(3, nomor_halaman="x_dari_y")), tmp_path)
    texts = _pages(reader)
    assert len(texts) > 1
    for number, text in enumerate(texts, start=1):
        assert "RANCANGAN" in text
        assert "Versi 2, 23 November 2018" in text
        assert f"Halaman {number} dari {len(texts)}" in text
    assert all(_size(p) == pytest.approx(F4_PT, abs=0.1) for p in reader.pages)


def test_export_pdf_a4_option(tmp_path):
    reader = _write(build_rancangan(fx.project(1), paper="a4"), tmp_path)
    assert all(_size(p) == pytest.approx(A4_PT, abs=0.1) for p in reader.pages)


def test_export_pdf_brief_layout(tmp_path):
    doc = build_rancangan(fx.project(2), layout="brief")
    text = "\n".join(_pages(_write(doc, tmp_path)))
    assert fx.missing_in_order(text, fx.document_texts(doc)) == []
    assert "Pengelolaan Pengaduan" in text and "Sarana, prasarana" not in text


def test_export_pdf_incomplete_service_is_marked(tmp_path):
    proj = fx.project(1)
    proj.layanan.append(fx.incomplete_layanan())
    text = _norm("\n".join(_pages(_write(build_rancangan(proj), tmp_path))))
    assert "(belum diisi)" in text
    assert "Catatan: standar pelayanan ini belum lengkap." in text


def test_export_pdf_fonts_are_embedded(tmp_path):
    reader = _write(build_rancangan(fx.odd_project()), tmp_path)
    fonts = {}
    for page in reader.pages:
        for name, ref in page["/Resources"]["/Font"].items():
            fonts[name] = ref.get_object()
    assert fonts
    for font in fonts.values():
        assert "/FontFile2" in font["/FontDescriptor"], font["/BaseFont"]
    assert any("Symbola" in str(f["/BaseFont"]) for f in fonts.values())


def test_export_pdf_odd_text_extracts_exactly(tmp_path):
    text = _norm("\n".join(_pages(_write(build_rancangan(fx.odd_project()), tmp_path))))
    for typed in fx.ODD_TEXTS:
        assert _norm(typed) in text
    assert "JENIS PELAYANAN : Layanan <Uji> & “Kutip”" in text


def test_export_pdf_long_paragraph_spans_pages_without_loss(tmp_path):
    short = fx.project(1)
    long_one = fx.odd_project()
    short_pages = len(_write(build_rancangan(short), tmp_path, "short.pdf").pages)
    texts = _pages(_write(build_rancangan(long_one), tmp_path, "long.pdf"))
    assert len(texts) > short_pages + 2
    words = re.findall(r"kata\d+", "\n".join(texts))
    assert words == re.findall(r"kata\d+", fx.long_text())


def test_export_pdf_unbroken_text_taller_than_a_page(tmp_path):
    proj = fx.project(1)
    blob = "x" * 30_000
    proj.layanan[0].evaluasi_kinerja = [blob, "sesudahnya"]
    text = "\n".join(_pages(_write(build_rancangan(proj), tmp_path)))
    assert re.sub(r"[^x]", "", text.split("sesudahnya")[0]).count("x") >= 30_000
    assert "sesudahnya" in text


def test_export_pdf_standar_lampiran_and_signature(tmp_path):
    proj = fx.project(2)
    proj.extra["penetapan"] = {"nomor": "188.4/55/DKPS/2018", "tanggal": "2018-11-30"}
    doc = build_standar(proj)
    reader = _write(doc, tmp_path)
    texts = _pages(reader)
    assert fx.missing_in_order("\n".join(texts), fx.document_texts(doc)) == []
    first = _norm(texts[0])
    assert "LAMPIRAN I KEPUTUSAN KEPALA DINAS" in first and "188.4/55/DKPS/2018" in first
    last = _norm(texts[-1])
    for line in ("Ditetapkan di Bontang", "pada tanggal 30 November 2018", "Drs. NAMA LENGKAP, M.Si.",
                 "Pembina Utama Muda (IV/c)", fx.NIP_GROUPED):
        assert line in last
    assert "Evaluasi kinerja pelaksana" in last  # the signature never stands alone on a page
    assert all("RANCANGAN" not in t for t in texts)


def test_export_pdf_standar_refused_leaves_no_file(tmp_path):
    proj = fx.project(1)
    proj.layanan.append(fx.incomplete_layanan())
    target = tmp_path / "sp.pdf"
    with pytest.raises(BlockingFindings):
        export_document(proj, "standar", target)
    assert list(tmp_path.iterdir()) == []


def test_export_pdf_maklumat_letter_and_poster(tmp_path):
    proj = fx.project(1)
    reader = _write(build_maklumat(proj), tmp_path)
    assert len(reader.pages) == 1
    text = _norm(reader.pages[0].extract_text())
    for line in ("PEMERINTAH KOTA BONTANG", "MAKLUMAT PELAYANAN", _norm(proj.pengaturan.maklumat_teks),
                 "Bontang, 30 November 2018", fx.NIP_GROUPED):
        assert line in text
    poster = _write(build_maklumat(proj, poster=True), tmp_path, "poster.pdf")
    assert len(poster.pages) == 1
    assert _size(poster.pages[0]) == pytest.approx(A3_PT, abs=0.1)
    assert "MAKLUMAT PELAYANAN" in poster.pages[0].extract_text()


def test_export_pdf_progress_and_cancel(tmp_path):
    seen = []
    export_document(fx.project(3), "rancangan", tmp_path / "a.pdf", progress=lambda d, t: seen.append((d, t)))
    assert seen[0] == (0, 100) and seen[-1] == (100, 100)
    assert [d for d, _ in seen] == sorted(d for d, _ in seen)
    calls = []

    def cancel():
        calls.append(1)
        return len(calls) > 3

    with pytest.raises(ExportCancelled):
        export_document(fx.project(3), "rancangan", tmp_path / "b.pdf", cancelled=cancel)
    assert sorted(p.name for p in tmp_path.iterdir()) == ["a.pdf"]


def test_export_pdf_characters_without_any_glyph_stay_in_the_text(tmp_path):
    proj = fx.project(1)
    typed = "CJK 漢字, keluarga 👨‍👩‍👧, bendera 🇮🇩, hati ❤️, tangan 👍🏽"
    proj.layanan[0].jumlah_pelaksana = typed
    text = _norm("\n".join(_pages(_write(build_rancangan(proj), tmp_path))))
    assert typed in text


@pytest.mark.parametrize("name", ["Dinas\u000bKependudukan", "Dinas\x01Kependudukan", "Dinas\ud800Kependudukan"])
def test_export_pdf_unit_name_with_control_character(tmp_path, name):
    proj = fx.project(1)
    proj.instansi.nama = name
    for build in (build_rancangan, build_standar, build_maklumat):
        reader = _write(build(proj), tmp_path, f"{build.__name__}.pdf")
        assert reader.metadata.author == "Dinas Kependudukan"
        assert "DINAS KEPENDUDUKAN" in _norm(reader.pages[0].extract_text())


def test_export_pdf_control_characters_everywhere_print_as_spaces(tmp_path):
    proj, printed = fx.control_project()
    draft = _write(build_rancangan(proj), tmp_path, "rancangan.pdf")
    decree = _write(build_standar(proj), tmp_path, "standar.pdf")
    text = _norm("\n".join(_pages(draft) + _pages(decree))).upper()
    for typed in printed:
        assert _norm(typed).upper() in text, typed
    assert "PEMERINTAH KOTA BONTANG" in text
    assert draft.metadata.author == decree.metadata.author == "Dinas Kependudukan dan Pencatatan Sipil"
    letter = _norm(_write(build_maklumat(proj), tmp_path, "maklumat.pdf").pages[0].extract_text())
    assert "Drs. NAMA" in letter and "DINAS KEPENDUDUKAN DAN PENCATATAN SIPIL" in letter


def _spaced(text):
    """Extracted text with only what the extractor may change undone (a no-break space read as such)."""
    return text.replace("\u00a0", " ")


def test_export_pdf_keeps_runs_of_spaces_tabs_and_indents(tmp_path):
    proj = fx.project(1)
    item = proj.layanan[0]
    item.jumlah_pelaksana = "KTP    asli\tdan  KK"
    item.evaluasi_kinerja = ["   tiga spasi di depan", "baris satu\n  baris dua menjorok"]
    item.jenis_pelayanan = "Akta  Kelahiran"
    reader = _write(build_rancangan(proj), tmp_path)
    text = _spaced("\n".join(_pages(reader)))
    assert re.search(r"KTP    asli {3,}dan  KK", text)  # a tab prints as a few spaces
    assert "   tiga spasi di depan" in text  # after the list number
    assert "baris satu\n  baris dua menjorok" in text
    assert "JENIS PELAYANAN : Akta  Kelahiran" in text


def test_export_pdf_runs_of_spaces_still_wrap_within_the_width():
    fonts = register_fonts()
    style = Styles(12, fonts).para(align="justify")
    for gap in ("  ", "   ", "\t"):
        para = RLParagraph(markup(gap.join(f"kata{i}" for i in range(300)), fonts), style)
        para.wrap(300, 1e6)
        widths = para.getActualLineWidths0()
        assert len(widths) > 20 and max(widths) <= 300
        # reportlab's simple layout: (extra space, words) per line; each line starts with a word, not a space.
        assert all(words[0].startswith("kata") for _, words in para.blPara.lines)


def test_export_pdf_huge_heading_and_signature_never_loop_or_fail(tmp_path):
    proj = fx.project(1)
    proj.layanan[0].jenis_pelayanan = fx.long_text(9_000)
    proj.instansi.kepala.nama = fx.long_text(6_000)
    for build in (build_rancangan, build_standar):
        texts = _pages(_write(build(proj), tmp_path, f"{build.__name__}.pdf"))
        words = re.findall(r"kata\d+", "\n".join(texts))
        assert len(words) >= len(re.findall(r"kata\d+", fx.long_text(9_000)))


def test_export_pdf_huge_unit_name_in_kop_and_lampiran(tmp_path):
    proj = fx.project(1)
    proj.instansi.nama = fx.long_text(8_000)
    for build in (build_maklumat, build_standar):
        texts = _pages(_write(build(proj), tmp_path, f"{build.__name__}.pdf"))
        assert len(texts) > 1


@pytest.mark.parametrize("seed", [1, 2])
def test_export_pdf_random_content_never_fails_or_loses_text(tmp_path, seed):
    import random

    from sp_desktop.domain.model import Persyaratan

    rnd = random.Random(seed)
    alphabet = "abcdefghij klmnop qrstu vwxyz & <> “” 😀 ✓ 漢\n"

    def text(n):
        return "".join(rnd.choice(alphabet) for _ in range(n)).strip() or "x"

    proj = fx.project(2, ukuran_huruf=rnd.choice([9, 12, 14]))
    for item in proj.layanan:
        item.persyaratan = [Persyaratan(text(rnd.choice([5, 400, 3000])), "awal") for _ in range(rnd.randint(2, 9))]
        item.sarana_prasarana = [text(rnd.choice([300, 4000])) for _ in range(2)]
    doc = build_standar(proj)
    pages = [re.sub(r"\s+", "", t) for t in _pages(_write(doc, tmp_path))]
    marks = [re.sub(r"\s+", "", doc.page.footer_text), "NOKOMPONENURAIAN"]
    flat = "".join(re.sub(r"Halaman\d+dari\d+|-\d+-", "", p).replace(marks[0], "").replace(marks[1], "")
                   for p in pages)
    flat = re.sub(r"\d+[A-Z][A-Za-z,/-]*\(lanjutan\)", "", flat)  # the label of a row continued on a new page
    for item in proj.layanan:
        for typed in [p.uraian for p in item.persyaratan] + item.sarana_prasarana:
            assert re.sub(r"\s+", "", typed) in flat
