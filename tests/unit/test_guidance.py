import re
from pathlib import Path

import pytest

from sp_desktop.domain.guidance import GUIDANCE_KEYS, home_city, load_guidance, local_first

REFERENCE_DIR = Path(__file__).resolve().parents[3] / "shared" / "reference"
REFERENCE_FILES = ("perwali-metro-19-2018.txt", "perwali-bontang-31-2018.txt", "domain.md")

EXPECTED_KEYS = (
    "jenis_pelayanan",
    "dasar_hukum",
    "persyaratan",
    "prosedur",
    "waktu_penyelesaian",
    "biaya",
    "produk",
    "pengaduan",
    "sarana_prasarana",
    "kompetensi_pelaksana",
    "pengawasan_internal",
    "jumlah_pelaksana",
    "jaminan_pelayanan",
    "jaminan_keamanan",
    "evaluasi_kinerja",
    "tinjauan",
)


def _normalise(text: str) -> str:
    return re.sub(r"\s+", " ", text).strip()


def _quoted_items(markdown: str) -> list[str]:
    """Split blockquotes into items (a Markdown bullet or a paragraph), joining continuation lines."""
    items: list[list[str]] = []
    open_item = False
    for line in markdown.splitlines():
        body = line[1:].strip() if line.startswith(">") else ""
        if not body:
            open_item = False
            continue
        if body.startswith("- "):
            body, open_item = body[2:], False
        if open_item:
            items[-1].append(body)
        else:
            items.append([body])
            open_item = True
    return [_normalise(" ".join(parts)) for parts in items]


@pytest.fixture(scope="module")
def reference_corpus() -> list[str]:
    if not REFERENCE_DIR.is_dir():
        pytest.skip(f"reference texts not found at {REFERENCE_DIR}")
    return [_normalise((REFERENCE_DIR / name).read_text(encoding="utf-8")) for name in REFERENCE_FILES]


def test_guidance_keys_order():
    assert GUIDANCE_KEYS == EXPECTED_KEYS


@pytest.mark.parametrize("key", EXPECTED_KEYS)
def test_guidance_loads_with_title_quote_and_source(key):
    text = load_guidance(key)
    lines = text.splitlines()
    assert lines[0].startswith("# ")
    assert any(line.startswith("> ") for line in lines)
    assert any(line.startswith("— ") for line in lines)
    assert 80 <= len(text.split()) <= 400


@pytest.mark.parametrize("key", EXPECTED_KEYS)
def test_guidance_every_quote_has_a_source_line(key):
    lines = load_guidance(key).splitlines()
    in_quote = False
    for line in lines + [""]:
        if line.startswith(">"):
            in_quote = True
        elif in_quote and line.strip():
            assert line.startswith("— "), f"{key}: quote not followed by a source line but by {line!r}"
            in_quote = False
    assert not in_quote


@pytest.mark.parametrize("key", EXPECTED_KEYS)
def test_guidance_quotes_occur_verbatim_in_reference(key, reference_corpus):
    items = _quoted_items(load_guidance(key))
    assert items
    for item in items:
        assert len(item) >= 15, f"{key}: quote too short to be checked meaningfully: {item!r}"
        assert any(item in source for source in reference_corpus), f"{key}: quote not found verbatim: {item!r}"


def test_guidance_unknown_key_raises_key_error():
    with pytest.raises(KeyError, match="tidak dikenal"):
        load_guidance("tidak_ada")


HOME_SOURCES = {"metro": "— Perwali Kota Metro 19/2018", "bontang": "— Perwali Kota Bontang 31/2018"}


@pytest.mark.parametrize("key", EXPECTED_KEYS)
def test_guidance_sources_name_the_city_and_the_regulation(key):
    for line in load_guidance(key).splitlines():
        if line.startswith("— Perwali"):
            assert line.startswith(tuple(f"{source}, " for source in HOME_SOURCES.values())), line


def test_guidance_home_city_from_kota_or_pemerintah_daerah():
    assert home_city("Metro") == "metro"
    assert home_city("Kota Bontang") == "bontang"
    assert home_city("", "Pemerintah Kota Metro") == "metro"
    assert home_city("", "Pemerintah Kota Bontang") == "bontang"
    assert home_city("Purwokerto", "Pemerintah Kabupaten Banyumas") is None
    assert home_city() is None


def _sections(markdown):
    sections, current = [], []
    for line in markdown.splitlines():
        if line.startswith("#"):
            sections.append(current)
            current = []
        elif line.startswith("— "):
            current.append(line)
    return [*sections, current]


@pytest.mark.parametrize("city", ["metro", "bontang"])
@pytest.mark.parametrize("key", EXPECTED_KEYS)
def test_guidance_quotes_the_units_own_city_first_in_each_section(key, city):
    as_written = load_guidance(key)
    local = load_guidance(key, kota=city.title())
    assert sorted(local.splitlines()) == sorted(as_written.splitlines())  # moved, nothing lost or added
    assert [line for line in local.splitlines() if line.startswith("#")] == [
        line for line in as_written.splitlines() if line.startswith("#")
    ]
    for sources in _sections(local):
        own = [source.startswith(HOME_SOURCES[city]) for source in sources]
        assert own == sorted(own, reverse=True), sources  # all of the city's own before the others


def test_guidance_moves_a_quote_together_with_its_source():
    text = (
        "# T\n\n## S\n\n> kutipan Bontang\n\n— Perwali Kota Bontang 31/2018, Pasal 1\n\n"
        "> kutipan Metro\n\n— Perwali Kota Metro 19/2018, Pasal 2\n"
    )
    moved = local_first(text, "metro")
    assert moved.index("> kutipan Metro") < moved.index("— Perwali Kota Metro") < moved.index("> kutipan Bontang")
    assert local_first(text, None) == text
    assert load_guidance("jenis_pelayanan", kota="Purwokerto") == load_guidance("jenis_pelayanan")
