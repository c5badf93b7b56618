"""A damaged project's surveys and complaints survive the rescue, as the rest of it does."""

from __future__ import annotations

import json
import sqlite3
from pathlib import Path

from sp_desktop.services import rescue
from sp_desktop.services.session import open_project
from tests.unit.test_survei_sp_json import document

DATA = Path(__file__).parents[1] / "data"


def test_rescue_keeps_surveys_and_complaints(tmp_path):
    path = tmp_path / "rusak.spdb"
    s = open_project(path, create=True)
    s.import_document(document())
    s.close()
    with sqlite3.connect(path) as conn:  # damage one service's component
        conn.execute("UPDATE layanan SET persyaratan = 'bukan json' WHERE id = (SELECT MIN(id) FROM layanan)")
    report = rescue.read_damaged(path)
    assert [x["periode"] for x in report.monitoring["survei"]] == [document()["survei"][0]["periode"]]
    target = tmp_path / "selamat.spdb"
    rescue.save_as_project(report, target)
    saved = open_project(target)
    try:
        [info] = saved.surveys()
        assert info.jumlah_responden == len(document()["survei"][0]["responden"])
        assert len(saved.complaints()) == len(document()["pengaduan_masuk"])
    finally:
        saved.close()
    as_json = tmp_path / "selamat.json"
    rescue.save_as_json(report, as_json)
    assert "pengaduan_masuk" in json.loads(as_json.read_text(encoding="utf-8"))
