"""Shared fixtures for every test folder."""

import os
import sys
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

ROOT = Path(__file__).resolve().parents[1]
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

# A crash (a segfault inside Qt) kills the run before pytest can report which test it was in; the test being
# run is kept in this file (SP_LAST_TEST_FILE moves it), so the Makefile can name it after a failed run.
LAST_TEST = Path(os.environ.get("SP_LAST_TEST_FILE") or ROOT / "build" / "last_test.txt")


def pytest_runtest_logstart(nodeid, location):
    LAST_TEST.parent.mkdir(exist_ok=True)
    with open(LAST_TEST, "w", encoding="utf-8") as handle:
        handle.write(nodeid + "\n")
