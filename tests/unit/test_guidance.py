import re
from pathlib import Path

import pytest

from sp_desktop.domain.guidance import GUIDANCE_KEYS, load_guidance

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
