"""The command names sp-desktop dispatches on, and what starting it imports."""

import subprocess
import sys
from importlib import import_module
from pathlib import Path

import pytest

from sp_desktop.cli.commands import COMMANDS, module_name

CLI = Path(__file__).resolve().parents[2] / "sp_desktop" / "cli"
HEAVY = ("reportlab", "openpyxl", "docx", "PySide6")


@pytest.mark.parametrize("command", COMMANDS)
def test_each_command_name_is_its_modules_name(command):
    assert import_module(module_name(command)).NAME == command


def test_every_command_module_is_listed():
    modules = {path.stem for path in CLI.glob("*_cmd.py")}
    assert modules == {module_name(c).rsplit(".", 1)[1] for c in COMMANDS}


def _imported_after(code: str) -> set[str]:
    probe = f"import sys\n{code}\nprint(' '.join(sorted({{m.split('.')[0] for m in sys.modules}})))"
    result = subprocess.run([sys.executable, "-c", probe], capture_output=True, text=True, check=True,
                            cwd=CLI.parents[1])
    return set(result.stdout.split())


def test_version_imports_no_document_or_qt_library():
    loaded = _imported_after("from sp_desktop.cli.main import run_cli\nassert run_cli(['--version']) == 0")
    assert not loaded & set(HEAVY)


def test_choosing_between_window_and_command_line_imports_no_command():
    loaded = _imported_after("from sp_desktop.cli.commands import COMMANDS")
    assert "sp_desktop" in loaded and not loaded & set(HEAVY)


def test_one_command_imports_only_its_own_module():
    code = ("from sp_desktop.cli.main import run_cli\nrun_cli(['list', 'tidak-ada.spdb'])\n"
            "print('LOADED', *(m for m in sys.modules if m.endswith('_cmd')), file=sys.stderr)")
    result = subprocess.run([sys.executable, "-c", "import sys\n" + code], capture_output=True, text=True,
                            cwd=CLI.parents[1])
    assert result.stderr.split("LOADED")[-1].split() == ["sp_desktop.cli.list_cmd"]
