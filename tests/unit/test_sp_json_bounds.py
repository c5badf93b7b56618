import copy
import json
import math
import random
from pathlib import Path

import pytest

from sp_desktop.domain import validate
from sp_desktop.domain.checks import check_layanan, check_project
from sp_desktop.domain.limits import MAX_DEPTH, MAX_DURASI, MAX_NUMBER_CHARS, MAX_RUPIAH, MAX_TEXT_CHARS
from sp_desktop.domain.model import Biaya, Durasi, LangkahProsedur, Layanan, Project
from sp_desktop.domain.roles import NotAllowed
from sp_desktop.domain.sp_json import (
    SpJsonError,
    layanan_to_dict,
    load_json_bytes,
    parse_document,
    project_to_dict,
    service_file_to_dict,
)

DATA = Path(__file__).resolve().parents[1] / "data"
PROYEK = (DATA / "proyek_contoh.json").read_bytes()
LAYANAN = (DATA / "layanan_contoh.json").read_bytes()
STEP = ["layanan", 0, "prosedur", 2]


def _doc(raw: bytes = PROYEK) -> dict:
    return json.loads(raw)


def _put(doc, keys, value):
    target = doc
    for key in keys[:-1]:
        target = target[key]
    target[keys[-1]] = value
    return doc


def _bytes_with(doc, keys, literal: str) -> bytes:
    """The document with the value at ``keys`` written as the raw JSON ``literal``."""
    text = json.dumps(_put(copy.deepcopy(doc), keys, "@@LITERAL@@"), ensure_ascii=False)
    return text.replace('"@@LITERAL@@"', literal, 1).encode("utf-8")


def _refused(raw: bytes) -> SpJsonError:
    with pytest.raises(SpJsonError) as info:
        parse_document(load_json_bytes(raw))
    return info.value


# ---------------------------------------------------------------------------------------------- numbers


@pytest.mark.parametrize(
    ("keys", "literal", "path", "words"),
    [
        ([*STEP, "durasi", "nilai"], "1" + "0" * 400, "layanan[0].prosedur[2].durasi.nilai", "angka terlalu panjang"),
        ([*STEP, "durasi", "nilai"], "1" + "0" * 90, "layanan[0].prosedur[2].durasi.nilai", "terlalu besar"),
        ([*STEP, "durasi", "nilai"], "100000.5", "layanan[0].prosedur[2].durasi.nilai", "paling banyak 100.000"),
        ([*STEP, "durasi", "nilai"], "1e400", "layanan[0].prosedur[2].durasi.nilai", "di luar jangkauan"),
        ([*STEP, "biaya_pengguna"], "1000000000000", "layanan[0].prosedur[2].biaya_pengguna", "terlalu besar"),
        ([*STEP, "biaya_unit"], "1e12", "layanan[0].prosedur[2].biaya_unit", "999.999.999.999"),
        (["layanan", 0, "biaya", "tarif"], "1" + "0" * 30, "layanan[0].biaya.tarif", "di bawah satu triliun"),
        (["layanan", 0, "biaya", "beban_unit"], "-1e400", "layanan[0].biaya.beban_unit", "di luar jangkauan"),
        (["layanan", 1, "catatan"], "1" + "0" * 4300, "layanan[1].catatan", "angka terlalu panjang"),
        (["layanan", 1, "catatan"], "-" + "9" * (MAX_NUMBER_CHARS + 1), "layanan[1].catatan", "terlalu panjang"),
        (["catatan"], "[1, 2, 0." + "1" * 200 + "]", "catatan[2]", "angka terlalu panjang"),
        (["pembahasan", 0, "catatan"], '{"x": 1e999}', "pembahasan[0].catatan.x", "di luar jangkauan"),
    ],
)
def test_sp_json_bounds_numbers_are_refused_with_their_path(keys, literal, path, words):
    err = _refused(_bytes_with(_doc(), keys, literal))
    assert (err.path, words in err.reason) == (path, True), str(err)


@pytest.mark.parametrize(
    ("keys", "path", "largest", "over"),
    [
        ([*STEP, "durasi", "nilai"], "layanan[0].prosedur[2].durasi.nilai", MAX_DURASI, MAX_DURASI + 0.01),
        ([*STEP, "biaya_pengguna"], "layanan[0].prosedur[2].biaya_pengguna", MAX_RUPIAH, MAX_RUPIAH + 1),
        (["layanan", 0, "biaya", "tarif"], "layanan[0].biaya.tarif", float(MAX_RUPIAH), float(MAX_RUPIAH + 1)),
        (["layanan", 0, "jumlah_pelaksana"], "layanan[0].jumlah_pelaksana", "x" * MAX_TEXT_CHARS,
         "x" * (MAX_TEXT_CHARS + 1)),
    ],
)
def test_sp_json_bounds_are_exact(keys, path, largest, over):
    check_layanan(parse_document(_put(_doc(), keys, largest)).layanan[0])
    assert _refused(json.dumps(_put(_doc(), keys, over)).encode()).path == path


def test_sp_json_bounds_longest_number_literal_is_read_and_one_more_digit_refused():
    longest = _bytes_with(_doc(), ["catatan"], "-" + "9" * MAX_NUMBER_CHARS)
    assert parse_document(load_json_bytes(longest)).layanan
    err = _refused(_bytes_with(_doc(), ["catatan"], "9" * (MAX_NUMBER_CHARS + 1)))
    assert (err.path, err.reason) == ("catatan", "angka terlalu panjang (lebih dari 100 karakter)")


def test_sp_json_bounds_overlong_text_is_refused_with_its_path():
    doc = _put(_doc(), ["layanan", 2, "produk", 0], "x" * (MAX_TEXT_CHARS + 1))
    err = _refused(json.dumps(doc).encode())
    assert err.path == "layanan[2].produk[0]"
    assert err.reason == "teks terlalu panjang (100.001 karakter); paling banyak 100.000 karakter"


def test_sp_json_bounds_huge_numbers_in_python_data_give_short_messages():
    doc = _put(_doc(), [*STEP, "biaya_unit"], -(10**5000))
    with pytest.raises(SpJsonError) as info:
        parse_document(doc)
    assert info.value.path == "layanan[0].prosedur[2].biaya_unit" and len(str(info.value)) < 200


# ---------------------------------------------------------------------------------------------- nesting and text


def _nested(depth: int) -> str:
    return '{"a": ' * (depth - 1) + "[]" + "}" * (depth - 1)


def test_sp_json_bounds_nesting_is_limited_anywhere_and_named():
    # The root object is level 1, pembahasan 2, its session 3: the unknown key starts at level 4.
    allowed = _bytes_with(_doc(), ["pembahasan", 0, "catatan"], _nested(MAX_DEPTH - 3))
    assert parse_document(load_json_bytes(allowed)).extra["pembahasan"][0]["catatan"]["a"]
    for depth in (MAX_DEPTH - 2, 500):
        err = _refused(_bytes_with(_doc(), ["pembahasan", 0, "catatan"], _nested(depth)))
        assert err.path == "pembahasan[0].catatan" + ".a" * (MAX_DEPTH - 3), err.path
        assert "terlalu dalam bersarang" in err.reason and f"{MAX_DEPTH} tingkat" in err.reason


@pytest.mark.parametrize("depth", [MAX_DEPTH + 1, 2_000, 100_000])
def test_sp_json_bounds_deep_arrays_name_the_place_at_any_depth(depth):
    with pytest.raises(SpJsonError) as info:
        load_json_bytes(b'{"x": ' + b"[" * depth + b"]" * depth + b"}")
    assert info.value.path == "x" + "[0]" * (MAX_DEPTH - 1)
    assert "terlalu dalam" in info.value.reason


def test_sp_json_bounds_deep_python_data_is_refused_not_a_recursion_error():
    deep: list = []
    for _ in range(5_000):
        deep = [deep]
    doc = _put(_doc(), ["pembahasan", 0, "catatan"], deep)
    with pytest.raises(SpJsonError, match="terlalu dalam"):
        parse_document(doc)


def test_sp_json_bounds_lone_surrogates_are_refused_under_unknown_keys_too():
    err = _refused(_bytes_with(_doc(), ["pembahasan", 0, "peserta", 0, "catatan"], '"ok \\ud800"'))
    assert err.path == "pembahasan[0].peserta[0].catatan" and "tidak sah (posisi 4)" in err.reason
    err = _refused(_bytes_with(_doc(), ["pembahasan", 0, "catatan"], '{"\\udc00": 1}'))
    assert err.path == "pembahasan[0].catatan.\\udc00" and "nama kunci" in err.reason


# ---------------------------------------------------------------------------------------------- what the app stores


def _service(**step) -> Layanan:
    return Layanan(jenis_pelayanan="Layanan", prosedur=[LangkahProsedur("a", "b", **step)])


@pytest.mark.parametrize(
    ("service", "words"),
    [
        (_service(durasi=Durasi(MAX_DURASI + 1, "menit")), "paling banyak 100.000 menit"),
        (_service(durasi=Durasi(math.inf, "jam")), "terlalu besar"),
        (_service(durasi=Durasi(math.nan, "jam")), "harus berupa angka"),
        (_service(durasi=Durasi(True, "jam")), "harus berupa angka"),
        (_service(durasi=Durasi(10**401, "jam")), "terlalu besar"),
        (_service(biaya_pengguna=MAX_RUPIAH + 1), "Rp999.999.999.999"),
        (_service(biaya_unit=math.inf), "bilangan bulat"),
        (_service(biaya_unit=math.nan), "bilangan bulat"),
        (Layanan(biaya=Biaya(tarif=10**15)), "Tarif terlalu besar"),
        (Layanan(produk=["ok", "x" * (MAX_TEXT_CHARS + 1)]), "Produk pelayanan nomor 2 terlalu panjang"),
        (Layanan(jenis_pelayanan="x" * (MAX_TEXT_CHARS + 1)), "Nama jenis pelayanan terlalu panjang"),
        (_service(keluaran="x" * (MAX_TEXT_CHARS + 1)), "prosedur nomor 1 terlalu panjang"),
    ],
)
def test_sp_json_bounds_validate_refuses_what_import_refuses(service, words):
    with pytest.raises(NotAllowed, match=words):
        validate.layanan(service)
    with pytest.raises(SpJsonError):
        parse_document(service_file_to_dict(service))


def test_sp_json_bounds_largest_stored_values_round_trip_through_export_and_import():
    lay = _service(durasi=Durasi(float(MAX_DURASI), "hari_kerja"), biaya_pengguna=MAX_RUPIAH, biaya_unit=0,
                   keluaran="y" * MAX_TEXT_CHARS)
    lay.biaya = Biaya(float(MAX_RUPIAH), "Tarif tertinggi", "Perda", MAX_RUPIAH)
    validate.layanan(lay)
    raw = json.dumps(service_file_to_dict(lay), ensure_ascii=False, allow_nan=False).encode("utf-8")
    back = parse_document(load_json_bytes(raw))
    assert layanan_to_dict(back) == layanan_to_dict(lay)
    assert back.biaya.tarif == MAX_RUPIAH and back.prosedur[0].durasi == Durasi(MAX_DURASI, "hari_kerja")
    check_layanan(back)
    back.prosedur[0].durasi.nilai = MAX_DURASI + 0.5
    with pytest.raises(NotAllowed, match="paling banyak 100.000 hari kerja"):
        validate.layanan(back)


# ---------------------------------------------------------------------------------------------- any bytes

_LITERALS = [
    "null", "true", "false", "0", "-0", "-0.0", "1", "-1", "1.5", "0.001", "5e-324", "1e-400", "100000",
    "100000.0001", "999999999999", "1000000000000", "1e12", "1e400", "-1e400", "NaN", "Infinity",
    "1" + "0" * 500, "1" + "0" * 5000, "0." + "5" * 300, '""', '"   "', '"x"', '"\\ud800"', '"\\u0000"',
    '"' + "x" * (MAX_TEXT_CHARS + 1) + '"', "[]", "{}", '["a", 1]', '{"nilai": 1, "satuan": "jam"}',
    '{"nilai": 0, "satuan": ""}', "[" * 40 + "]" * 40, '{"a":' * 40 + "1" + "}" * 40, "[" * 3000 + "]" * 3000,
]


def _paths(value, prefix=()):
    yield prefix
    items = value.items() if isinstance(value, dict) else enumerate(value) if isinstance(value, list) else ()
    for key, child in items:
        yield from _paths(child, (*prefix, key))


def _mutate(rng: random.Random, raw: bytes, doc: dict, paths: list[tuple]) -> bytes:
    kind = rng.randrange(7)
    if kind == 0:  # bit flips
        flipped = bytearray(raw)
        for _ in range(rng.randint(1, 4)):
            flipped[rng.randrange(len(flipped))] ^= 1 << rng.randrange(8)
        return bytes(flipped)
    if kind == 1:  # truncation
        return raw[: rng.randrange(len(raw))]
    keys = list(rng.choice(paths[1:]))
    node = doc
    for key in keys:
        node = node[key]
    if kind == 2:  # another literal
        literal = rng.choice(_LITERALS)
    elif kind == 3:  # type swap: the value of another place
        other = doc
        for key in rng.choice(paths):
            other = other[key]
        literal = json.dumps(other)
    elif kind == 4:  # deeper nesting of a value
        depth = rng.choice([1, 2, 25, MAX_DEPTH, 60, 1500])
        opener, closer = rng.choice([("[", "]"), ('{"k": ', "}")])
        literal = opener * depth + json.dumps(node) + closer * depth
    else:  # a key removed, or an unknown key beside it
        changed = copy.deepcopy(doc)
        parent = changed
        for key in keys[:-1]:
            parent = parent[key]
        if kind == 5:
            del parent[keys[-1]]
        elif isinstance(parent, dict):
            parent["kunci_lain"] = rng.choice([None, [1, [2, {"a": "b"}]], "teks", 10**30])
        return json.dumps(changed, ensure_ascii=rng.random() < 0.5).encode("utf-8")
    return _bytes_with(doc, keys, literal)


def _survives_everything(parsed) -> None:
    if isinstance(parsed, Project):
        written, services = project_to_dict(parsed), parsed.layanan
        check_project(parsed.instansi, parsed.tim)
        validate.instansi(copy.deepcopy(parsed.instansi))
    else:
        written, services = service_file_to_dict(parsed), [parsed]
    for lay in services:
        check_layanan(lay)
        stored = lay.copy()
        validate.layanan(stored)  # what import accepts, the app can store unchanged
        assert layanan_to_dict(stored) == layanan_to_dict(lay)
    raw = json.dumps(written, ensure_ascii=False, allow_nan=False).encode("utf-8")
    again = parse_document(load_json_bytes(raw))
    assert (project_to_dict(again) if isinstance(again, Project) else service_file_to_dict(again)) == written


@pytest.mark.parametrize("source", [PROYEK, LAYANAN], ids=["proyek", "layanan"])
def test_sp_json_bounds_any_mutated_bytes_parse_or_give_sp_json_error(source):
    rng = random.Random(20260601)
    doc = json.loads(source)
    paths = list(_paths(doc))
    accepted = 0
    for _ in range(1_500):
        raw = _mutate(rng, source, doc, paths)
        try:
            parsed = parse_document(load_json_bytes(raw))
        except SpJsonError as exc:
            assert exc.path and exc.reason
            continue
        accepted += 1
        _survives_everything(parsed)
    assert accepted > 100  # the mutations also reach the readers, not only the JSON syntax


def test_sp_json_bounds_lists_are_bounded_with_their_path():
    from sp_desktop.domain.limits import MAX_LIST_ITEMS
    from sp_desktop.domain.model import Layanan
    from sp_desktop.domain.sp_json import parse_document, service_file_to_dict

    data = service_file_to_dict(Layanan(jenis_pelayanan="Akta"))
    data["dasar_hukum"] = ["UU 25/2009"] * (MAX_LIST_ITEMS + 1)
    with pytest.raises(SpJsonError) as info:
        parse_document(data)
    assert info.value.path == "dasar_hukum" and "terlalu panjang" in info.value.reason
