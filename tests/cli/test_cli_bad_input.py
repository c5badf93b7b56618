import copy
import json

import pytest

from tests.cli.test_cli import DATA, run

PROYEK = json.loads((DATA / "proyek_contoh.json").read_text(encoding="utf-8"))
LAYANAN = json.loads((DATA / "layanan_contoh.json").read_text(encoding="utf-8"))


def _with(doc, keys, literal):
    """The document as JSON text with the value at ``keys`` written as the raw JSON ``literal``."""
    changed = copy.deepcopy(doc)
    target = changed
    for key in keys[:-1]:
        target = target[key]
    target[keys[-1]] = "@@LITERAL@@"
    return json.dumps(changed, ensure_ascii=False).replace('"@@LITERAL@@"', literal, 1)


def _alike_names():
    changed = copy.deepcopy(PROYEK)
    changed["layanan"][2]["jenis_pelayanan"] = "  penerbitan AKTA   kelahiran"
    return json.dumps(changed, ensure_ascii=False)


NILAI = ["prosedur", 0, "durasi", "nilai"]
BAD_INPUTS = {
    # name: (file text, words the message must hold)
    "nilai_401_digits": (_with(LAYANAN, NILAI, "1" + "0" * 400), "prosedur[0].durasi.nilai: angka terlalu panjang"),
    "nilai_over_100000": (_with(LAYANAN, NILAI, "100001"), "prosedur[0].durasi.nilai: terlalu besar"),
    "nilai_infinite": (_with(LAYANAN, NILAI, "1e400"), "prosedur[0].durasi.nilai: angka di luar jangkauan"),
    "fee_a_trillion": (_with(LAYANAN, ["prosedur", 0, "biaya_pengguna"], "1000000000000"),
                       "prosedur[0].biaya_pengguna: terlalu besar"),
    "int_4301_digits_unknown_key": (_with(LAYANAN, ["catatan"], "1" * 4301), "catatan: angka terlalu panjang"),
    "nesting_500_unknown_key": (_with(PROYEK, ["pembahasan", 0, "catatan"], "[" * 500 + "]" * 500),
                                "pembahasan[0].catatan[0]"),
    "nesting_100000": ("[" * 100_000 + "]" * 100_000, "json: " + "[0]" * 32 + ": struktur JSON terlalu dalam"),
    "lone_surrogate_unknown_key": (_with(PROYEK, ["pembahasan", 0, "catatan"], '"\\ud83d"'),
                                   "pembahasan[0].catatan: teks memuat karakter yang tidak sah"),
    "text_too_long": (_with(LAYANAN, ["produk", 0], '"' + "x" * 100_001 + '"'), "produk[0]: teks terlalu panjang"),
    "names_alike": (_alike_names(), "layanan[2].jenis_pelayanan: '  penerbitan AKTA   kelahiran' dianggap sama"),
}


@pytest.fixture(scope="module")
def existing(tmp_path_factory):
    folder = tmp_path_factory.mktemp("ada")
    result = run("import", folder / "proyek.spdb", DATA / "proyek_contoh.json")
    assert result.returncode == 0, result.stderr
    return folder


def _snapshot(folder):
    return {p.name: p.read_bytes() for p in sorted(folder.iterdir()) if p.suffix != ".json"}


def _assert_refused(result, words):
    assert result.returncode == 2, result.stderr
    assert result.stderr.startswith("Galat: "), result.stderr
    assert "Traceback" not in result.stderr and "Error" not in result.stderr
    assert words in result.stderr, result.stderr[:500]
    assert result.stdout == ""


@pytest.mark.parametrize("name", BAD_INPUTS)
def test_cli_bad_input_is_refused_and_no_project_is_created(tmp_path, name):
    text, words = BAD_INPUTS[name]
    source = tmp_path / f"{name}.json"
    source.write_text(text, encoding="utf-8")
    _assert_refused(run("import", tmp_path / "baru.spdb", source), words)
    assert sorted(p.name for p in tmp_path.iterdir()) == [source.name]


@pytest.mark.parametrize("name", BAD_INPUTS)
def test_cli_bad_input_leaves_an_existing_project_unchanged(existing, name):
    text, words = BAD_INPUTS[name]
    source = existing / f"{name}.json"
    source.write_text(text, encoding="utf-8")
    before = _snapshot(existing)
    _assert_refused(run("import", existing / "proyek.spdb", source), words)
    assert _snapshot(existing) == before
    checked = run("check", existing / "proyek.spdb")
    assert checked.returncode == 0 and "Traceback" not in checked.stderr
