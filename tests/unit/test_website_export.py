"""The website's files built in memory (export/website*.py): content, escaping, own files only, charts."""

import io
import json
import re
from html.parser import HTMLParser

import pytest
from PIL import Image

from sp_desktop.domain.model import LangkahProsedur
from sp_desktop.export.website import SurveyFigure, build_site, service_paths
from tests.unit.export_fixtures import ODD_TEXTS, odd_project, project

SURVEY = SurveyFigure("Semester I 2026", "1 Januari 2026 s.d. 30 Juni 2026", 120, "82,35", "B (Baik)")


class _Page(HTMLParser):
    """The visible text, the headings, every src/href and the embedded JSON of one page."""

    def __init__(self, html: str):
        super().__init__(convert_charrefs=True)
        self.text: list[str] = []
        self.headings: list[tuple[int, str]] = []
        self.refs: list[str] = []
        self.images: list[dict] = []
        self.json = ""
        self.lang = ""
        self._stack: list[str] = []
        self._script_json = False
        self.feed(html)

    def handle_starttag(self, tag, attrs):
        a = dict(attrs)
        if tag == "html":
            self.lang = a.get("lang", "")
        for key in ("src", "href"):
            if key in a:
                self.refs.append(a[key])
        if tag == "img":
            self.images.append(a)
        self._script_json = tag == "script" and a.get("type") == "application/json"
        self._stack.append(tag)

    def handle_endtag(self, tag):
        if self._stack and self._stack[-1] == tag:
            self._stack.pop()
        self._script_json = False

    def handle_data(self, data):
        if self._script_json:
            self.json += data
            return
        self.text.append(data)
        if self._stack and re.fullmatch(r"h[1-6]", self._stack[-1]) and data.strip():
            self.headings.append((int(self._stack[-1][1]), data.strip()))

    @property
    def plain(self) -> str:
        return re.sub(r"\s+", " ", "".join(self.text))


def _text(files, path):
    return files[path].decode("utf-8")


@pytest.fixture(scope="module")
def odd_site():
    proj = odd_project()
    proj.layanan[0].status = "ditetapkan"
    return proj, build_site(proj, survey=SURVEY, service_surveys={proj.layanan[0].id: SURVEY})


def test_website_has_an_index_a_page_per_service_the_maklumat_and_its_own_style_and_script():
    proj = project(3)
    files = build_site(proj, chart=None)
    pages = service_paths(proj.layanan)
    assert set(pages.values()) == {f"layanan/penerbitan-akta-kelahiran-l{i}.html" for i in (1, 2, 3)}
    assert {"index.html", "maklumat.html", "style.css", "cari.js", "logo.png", *pages.values()} == set(files)
    index = _Page(_text(files, "index.html"))
    for layanan in proj.layanan:
        assert layanan.jenis_pelayanan in index.plain
        assert pages[layanan.id] in index.refs


def test_website_odd_text_is_shown_as_typed_and_never_markup(odd_site):
    proj, files = odd_site
    path = service_paths(proj.layanan)[proj.layanan[0].id]
    html = _text(files, path)
    page = _Page(html)
    for text in (*ODD_TEXTS, proj.layanan[0].jenis_pelayanan):
        assert text in page.plain
    assert "<b>" not in html and "<Uji>" not in html
    assert "&lt;b&gt;tebal&lt;/b&gt;" in html and "😀" in html
    assert proj.layanan[0].jenis_pelayanan in _Page(_text(files, "index.html")).plain


def test_website_search_index_is_json_that_cannot_end_its_script(odd_site):
    proj, files = odd_site
    html = _text(files, "index.html")
    page = _Page(html)
    index = json.loads(page.json)
    assert [entry["nama"] for entry in index] == [lay.jenis_pelayanan for lay in proj.layanan]
    assert ODD_TEXTS[0] in index[0]["kata"]
    assert html.count("</script>") == 2  # the JSON's own end and the search script's
    assert "<" not in page.json and "&" not in page.json


def test_website_service_page_has_the_six_components_in_order_with_contacts_maklumat_and_survey(odd_site):
    proj, files = odd_site
    layanan = proj.layanan[0]
    page = _Page(_text(files, service_paths(proj.layanan)[layanan.id]))
    titles = [text for level, text in page.headings if level == 2]
    assert titles == [
        "1. Persyaratan", "2. Sistem, mekanisme, dan prosedur", "3. Jangka waktu penyelesaian", "4. Biaya/tarif",
        "5. Produk pelayanan", "6. Penanganan pengaduan, saran, dan masukan", "Maklumat Pelayanan",
        "Hasil survei kepuasan masyarakat",
    ]
    for channel in layanan.pengaduan.saluran:
        assert channel.alamat in page.plain
    assert layanan.pengaduan.petugas.nama in page.plain and layanan.pengaduan.petugas.telepon in page.plain
    assert "Dengan ini, kami menyatakan sanggup" in page.plain
    assert "82,35" in page.plain and "B (Baik)" in page.plain
    assert "Dasar hukum" not in page.plain  # part B stays internal
    assert "belum ditetapkan" not in page.plain
    assert "belum ditetapkan" not in _Page(_text(files, "index.html")).plain


def test_website_pages_are_in_indonesian_with_headings_in_order_and_only_their_own_files(odd_site):
    _, files = odd_site
    for name in (n for n in files if n.endswith(".html")):
        html = _text(files, name)
        page = _Page(html)
        assert page.lang == "id"
        levels = [level for level, _ in page.headings]
        assert levels.count(1) == 1 and levels[0] == 1, name
        assert all(b - a <= 1 for a, b in zip(levels, levels[1:])), name
        assert 'name="viewport"' in html and "Content-Security-Policy" in html
        folder = name.rsplit("/", 1)[0] + "/" if "/" in name else ""
        for ref in page.refs:
            assert not re.match(r"^[a-z]+:|^//", ref), (name, ref)
            target = re.sub(r"#.*$", "", ref)
            if not target:
                continue  # "#isi": the skip link to the page's own main content
            resolved = re.sub(r"[^/]+/\.\./", "", folder + target)
            assert resolved in files, (name, ref)
    css = _text(files, "style.css")
    assert "@media print" in css and "@import" not in css and "url(" not in css


def test_website_chart_is_a_png_with_every_step_in_its_text_alternative():
    proj = project(1)
    layanan = proj.layanan[0]
    layanan.prosedur.append(LangkahProsedur("Arsip <disimpan> & \"dicatat\"", "Arsiparis", None, 0, 0, "Arsip"))
    files = build_site(proj)
    path = service_paths(proj.layanan)[layanan.id]
    png = files[path.replace(".html", "-alur.png")]
    with Image.open(io.BytesIO(png)) as image:
        assert image.format == "PNG" and image.width == 1600 and image.height > 400
    page = _Page(_text(files, path))
    [img] = [i for i in page.images if i["src"].endswith("-alur.png")]
    assert img["src"] == path.rsplit("/", 1)[-1].replace(".html", "-alur.png")
    for step in layanan.prosedur:
        assert step.uraian in img["alt"] and step.pelaksana in img["alt"]


def test_website_without_steps_has_no_chart_and_a_draft_says_it_is_not_adopted_yet():
    proj = project(1)
    proj.layanan[0].prosedur = []
    files = build_site(proj)
    assert not any(name.endswith(".png") and name.startswith("layanan/") for name in files)
    page = _Page(_text(files, service_paths(proj.layanan)[proj.layanan[0].id]))
    assert "masih rancangan dan belum ditetapkan" in page.plain
    assert "Rancangan, belum ditetapkan" in _Page(_text(files, "index.html")).plain
    assert "Belum diisi." in page.plain


def test_website_services_whose_names_give_one_slug_get_their_own_pages():
    proj = project(2)
    proj.layanan[0].jenis_pelayanan = "Izin Usaha / Mikro"
    proj.layanan[1].jenis_pelayanan = "Izin Usaha: Mikro"
    files = build_site(proj, chart=None)
    assert "layanan/izin-usaha-mikro.html" in files and "layanan/izin-usaha-mikro-2.html" in files
    assert "Izin Usaha: Mikro" in _Page(_text(files, "layanan/izin-usaha-mikro-2.html")).plain


def test_website_index_shows_the_latest_survey_and_the_units_contacts():
    proj = project(1)
    page = _Page(_text(build_site(proj, survey=SURVEY, chart=None), "index.html"))
    assert "Hasil survei kepuasan masyarakat terakhir" in page.plain and "120" in page.plain
    for value in (proj.instansi.alamat, proj.instansi.telepon, proj.instansi.email):
        assert value in page.plain
    assert "Hasil survei" not in _Page(_text(build_site(proj, chart=None), "index.html")).plain


def test_website_maklumat_page_has_the_pledge_place_date_and_signer():
    proj = project(1)
    page = _Page(_text(build_site(proj, chart=None), "maklumat.html"))
    assert "Maklumat Pelayanan" in page.plain and "Bontang, 30 November 2018" in page.plain
    assert proj.instansi.kepala.nama in page.plain and "NIP. 19680101 200003 1 001" in page.plain
