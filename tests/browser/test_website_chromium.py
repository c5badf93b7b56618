"""The exported website in a real headless Chromium (Debian's chromium + chromium-driver, driven by selenium).

Every page loads from the folder (file://, as from a flash drive) without a console error, the search
finds a service by a word of its name, odd text shows as typed and no script in it runs, the page fits a
phone's width. Screen shots of the index and a service page go to build/ to be looked at.
"""

import shutil
from pathlib import Path

import pytest

from sp_desktop.domain.model import Persyaratan
from sp_desktop.export.website import build_site, service_paths
from tests.unit.export_fixtures import ODD_TEXTS, odd_project, project

webdriver = pytest.importorskip("selenium.webdriver", reason="selenium tidak terpasang (pip install -e '.[test]')")

BUILD = Path(__file__).parents[2] / "build"
ATTACKS = (
    '<script>window.diserang = "script"</script>',
    '<img src="x" onerror="window.diserang = \'img\'">',
    "\"><svg onload=\"window.diserang='svg'\">",
)


def _binaries() -> tuple[str, str] | None:
    browser = next((p for n in ("chromium", "chromium-browser", "google-chrome") if (p := shutil.which(n))), None)
    driver = shutil.which("chromedriver")
    return (browser, driver) if browser and driver else None


pytestmark = pytest.mark.skipif(
    _binaries() is None,
    reason="Chromium atau chromedriver tidak ditemukan; pasang dengan scripts/install_system_deps.sh --browser "
           "(paket Debian chromium dan chromium-driver)",
)


@pytest.fixture(scope="module")
def browser():
    from selenium.webdriver.chrome.service import Service

    binary, driver_path = _binaries()
    options = webdriver.ChromeOptions()
    options.binary_location = binary
    for arg in ("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                "--window-size=1366,768", "--lang=id"):
        options.add_argument(arg)
    options.set_capability("goog:loggingPrefs", {"browser": "ALL"})
    driver = webdriver.Chrome(service=Service(driver_path), options=options)
    driver.set_page_load_timeout(60)
    yield driver
    driver.quit()


@pytest.fixture(scope="module")
def site(tmp_path_factory):
    proj = odd_project()
    proj.layanan[0].persyaratan += [Persyaratan(text, "awal") for text in ATTACKS]
    proj.layanan[0].produk = [ATTACKS[0]]
    proj.layanan += project(3).layanan[1:]
    proj.layanan[1].jenis_pelayanan = "Penerbitan Kartu Keluarga"
    proj.layanan[2].jenis_pelayanan = "Pindah Datang Penduduk"
    folder = tmp_path_factory.mktemp("situs")
    for name, data in build_site(proj).items():
        (folder / name).parent.mkdir(parents=True, exist_ok=True)
        (folder / name).write_bytes(data)
    return proj, folder


def _open(browser, folder: Path, name: str) -> list[dict]:
    browser.get((folder / name).as_uri())
    browser.get_log("browser")  # nothing of an earlier page
    browser.refresh()
    return browser.get_log("browser")


def _visible_services(browser) -> list[str]:
    from selenium.webdriver.common.by import By

    return [li.find_element(By.TAG_NAME, "a").text for li in browser.find_elements(By.CSS_SELECTOR, ".daftar li")
            if li.is_displayed()]


def test_every_page_loads_without_console_errors_and_no_typed_script_runs(browser, site):
    _, folder = site
    pages = sorted(p.relative_to(folder).as_posix() for p in folder.rglob("*.html"))
    assert len(pages) == 5
    for name in pages:
        logs = _open(browser, folder, name)
        assert logs == [], (name, logs)
        assert browser.execute_script("return document.readyState") == "complete"
        assert browser.execute_script("return window.diserang === undefined"), name
        broken = browser.execute_script(
            "return Array.from(document.images).filter(i => !i.complete || i.naturalWidth === 0).map(i => i.src)")
        assert broken == [], name


def test_search_finds_a_service_by_a_word_of_its_name(browser, site):
    from selenium.webdriver.common.by import By

    proj, folder = site
    _open(browser, folder, "index.html")
    box = browser.find_element(By.ID, "kata-cari")
    assert box.is_displayed()
    assert len(_visible_services(browser)) == 3
    box.send_keys("keluarga")
    assert _visible_services(browser) == ["Penerbitan Kartu Keluarga"]
    assert browser.find_element(By.ID, "hasil-cari").text == "1 layanan ditemukan."
    box.clear()
    box.send_keys("PINDAH penduduk")
    assert _visible_services(browser) == ["Pindah Datang Penduduk"]
    box.clear()
    box.send_keys("<uji>")
    assert _visible_services(browser) == [proj.layanan[0].jenis_pelayanan]
    box.clear()
    box.send_keys("paspor")
    assert _visible_services(browser) == []
    assert browser.find_element(By.ID, "hasil-cari").text == "Tidak ada layanan yang cocok dengan kata itu."
    assert browser.execute_script("return window.diserang === undefined")
    BUILD.mkdir(exist_ok=True)
    box.clear()
    box.send_keys("akta")
    browser.save_screenshot(str(BUILD / "situs_index.png"))


def test_odd_text_shows_as_typed_on_the_service_page(browser, site):
    from selenium.webdriver.common.by import By

    proj, folder = site
    layanan = proj.layanan[0]
    _open(browser, folder, service_paths(proj.layanan)[layanan.id])
    assert browser.find_element(By.TAG_NAME, "h1").text == layanan.jenis_pelayanan
    requirements = [li.text for li in browser.find_elements(By.CSS_SELECTOR, "#persyaratan + ol > li")]
    assert requirements == [*ODD_TEXTS, *ATTACKS]
    assert browser.find_elements(By.CSS_SELECTOR, "main svg, main script, main img[src='x']") == []
    chart = browser.find_element(By.CSS_SELECTOR, "figure img")
    assert layanan.prosedur[0].uraian in chart.get_attribute("alt")
    assert browser.execute_script("return arguments[0].naturalWidth", chart) == 1600
    assert browser.title.startswith(layanan.jenis_pelayanan)
    BUILD.mkdir(exist_ok=True)
    browser.save_screenshot(str(BUILD / "situs_layanan.png"))


def test_pages_fit_a_phone_and_print_without_navigation(browser, site):
    from selenium.webdriver.common.by import By

    proj, folder = site
    browser.set_window_size(390, 844)
    try:
        for name in ("index.html", service_paths(proj.layanan)[proj.layanan[0].id], "maklumat.html"):
            _open(browser, folder, name)
            assert browser.execute_script("return document.documentElement.scrollWidth <= window.innerWidth"), name
        browser.execute_cdp_cmd("Emulation.setEmulatedMedia", {"media": "print"})
        assert not browser.find_element(By.CSS_SELECTOR, ".kepala nav").is_displayed()
        assert browser.find_element(By.TAG_NAME, "h1").is_displayed()
    finally:
        browser.execute_cdp_cmd("Emulation.setEmulatedMedia", {"media": ""})
        browser.set_window_size(1366, 768)
