"""The version has one source, and the Windows release files agree with it and with the app.

Windows cannot run here: these tests read the installer script, the build script and the CI workflow
as files (the workflow through a YAML parser), and build the .ico the installer uses.
"""

import re
import tomllib
from pathlib import Path

import pytest
import yaml
from PIL import Image

import sp_desktop

ROOT = Path(__file__).resolve().parents[2]
WINDOWS = ROOT / "packaging" / "windows"
# Fixed for ever: a newer installer finds (and replaces) the older install by this id.
APP_ID = "{{1820B55B-0115-4B93-8224-C3CF38A1AE3C}"


def iss_sections() -> dict[str, list[str]]:
    """The .iss as {section: its non-comment lines} (preprocessor lines before [Setup] under "")."""
    sections: dict[str, list[str]] = {"": []}
    current = ""
    for raw in (WINDOWS / "sp_desktop.iss").read_text(encoding="utf-8").splitlines():
        line = raw.strip()
        if not line or line.startswith(";"):
            continue
        match = re.fullmatch(r"\[(\w+)\]", line)
        if match:
            current = match.group(1)
            sections.setdefault(current, [])
        else:
            sections[current].append(line)
    return sections


def setup_directives() -> dict[str, str]:
    return dict(line.split("=", 1) for line in iss_sections()["Setup"])


def test_the_version_is_written_once_in_the_package():
    project = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))
    assert "version" not in project["project"]
    assert "version" in project["project"]["dynamic"]
    assert project["tool"]["setuptools"]["dynamic"]["version"] == {"attr": "sp_desktop.__version__"}
    assert re.fullmatch(r"\d+\.\d+\.\d+", sp_desktop.__version__)


def test_build_label_tells_a_frozen_run_from_a_source_run(monkeypatch):
    assert sp_desktop.build_label() == "Dijalankan dari kode sumber"
    assert Path(sp_desktop.program_folder()) == Path(sp_desktop.__file__).resolve().parent
    monkeypatch.setattr("sys.frozen", True, raising=False)
    monkeypatch.setattr("sys.executable", "/opt/sp-desktop/sp-desktop")
    assert sp_desktop.build_label() == "Paket terpasang (PyInstaller)"
    assert sp_desktop.program_folder() == str(Path("/opt/sp-desktop").resolve())


def test_installer_is_per_user_upgrades_in_place_and_names_its_file_by_version():
    setup = setup_directives()
    assert setup["AppId"] == APP_ID
    assert setup["PrivilegesRequired"] == "lowest"
    assert setup["DefaultDirName"] == r"{autopf}\{#AppName}"
    assert setup["OutputBaseFilename"] == "SP-Desktop-Setup-{#AppVersion}"
    assert setup["AppVersion"] == "{#AppVersion}"
    assert setup["ChangesAssociations"] == "yes"
    assert setup["UsePreviousAppDir"] == "yes"
    for required in ("Setup", "Languages", "Files", "Icons", "Registry", "Code"):
        assert required in iss_sections(), f"[{required}] missing"


def test_installer_speaks_indonesian_with_english_only_as_fallback():
    (language,) = iss_sections()["Languages"]
    assert 'MessagesFile: "compiler:Default.isl,{#IndonesianIsl}"' in language
    build = (WINDOWS / "build.ps1").read_text(encoding="utf-8")
    assert re.search(r'\$IslSha256 = "[0-9A-F]{64}"', build)
    assert re.search(r'\$IslCommit = "[0-9a-f]{40}"', build)


def test_spdb_opens_with_the_app_from_hkcu_with_its_icon():
    registry = iss_sections()["Registry"]
    assert all(line.startswith('Root: HKCU; Subkey: "Software\\Classes\\') for line in registry)
    joined = "\n".join(registry)
    assert r'Subkey: "Software\Classes\.spdb"; ValueType: string; ValueName: ""; ValueData: "{#ProgId}"' in joined
    icon = r'Software\Classes\{#ProgId}\DefaultIcon"; ValueType: string; ValueName: ""; ValueData: "{app}\{#AppExe},0"'
    assert icon in joined
    assert '"""{app}\\{#AppExe}"" ""%1"""' in joined
    assert '#define ProgId "SPDesktop.Project"' in iss_sections()[""]
    start_menu = [line for line in iss_sections()["Icons"] if line.startswith('Name: "{autoprograms}')]
    assert start_menu and r'Filename: "{app}\{#AppExe}"' in start_menu[0]


def test_uninstall_and_upgrade_never_touch_the_projects_folder():
    sections = iss_sections()
    assert "UninstallDelete" not in sections
    assert sections["InstallDelete"] == [r'Type: filesandordirs; Name: "{app}\_internal"']
    # The folder the installer keeps the program out of is the app's own data folder.
    app_source = (ROOT / "sp_desktop" / "ui" / "app.py").read_text(encoding="utf-8")
    app_name = re.search(r'^APP_NAME = "([^"]+)"', app_source, re.MULTILINE).group(1)
    assert "platformdirs.user_data_path(APP_NAME, appauthor=False)" in app_source
    assert f'#define AppName "{app_name}"' in sections[""]
    code = "\n".join(sections["Code"])
    assert r"ExpandConstant('{localappdata}\{#AppName}')" in code
    assert "function PrepareToInstall" in code


def test_build_script_uses_the_shared_spec_and_checks_the_version():
    build = (WINDOWS / "build.ps1").read_text(encoding="utf-8")
    assert (ROOT / "packaging" / "sp_desktop.spec").is_file()
    assert r'"packaging\sp_desktop.spec"' in build
    assert '"${Root}[package]"' in build
    assert "SP Desktop $Version" in build
    assert '"/DAppVersion=$Version"' in build
    code = re.sub(r"(?m)#.*$", "", re.sub(r"<#.*?#>", "", build, flags=re.DOTALL))
    for opening, closing in ("{}", "()", "[]"):
        assert code.count(opening) == code.count(closing), f"unbalanced {opening}{closing}"


def test_windows_workflow_builds_smokes_and_uploads_the_installer():
    workflow = yaml.safe_load((ROOT / ".github" / "workflows" / "windows.yml").read_text(encoding="utf-8"))
    triggers = workflow.get("on", workflow.get(True))  # YAML 1.1 reads a bare `on` as true
    assert {"push", "pull_request", "workflow_dispatch"} <= set(triggers)
    (job,) = workflow["jobs"].values()
    assert job["runs-on"] == "windows-latest"
    steps = job["steps"]
    python = next(s for s in steps if s.get("uses", "").startswith("actions/setup-python"))
    assert python["with"]["python-version"] == "3.11"
    runs = [s.get("run", "") for s in steps]
    build = next(i for i, r in enumerate(runs) if "packaging/windows/build.ps1" in r)
    smoke = next(i for i, r in enumerate(runs) if "smoke_windows.py" in r)
    assert build < smoke and "--installer" in runs[smoke]
    upload = next(s for s in steps if s.get("uses", "").startswith("actions/upload-artifact"))
    assert upload["with"]["path"] == "build/installer/SP-Desktop-Setup-*.exe"


@pytest.mark.parametrize("size", [16, 24, 32, 48, 256])
def test_ico_holds_every_size_windows_asks_for(tmp_path, size):
    import importlib.util

    spec = importlib.util.spec_from_file_location("make_ico", WINDOWS / "make_ico.py")
    make_ico = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(make_ico)
    out = tmp_path / "sp-desktop.ico"
    assert make_ico.main(["--out", str(out)]) == 0
    icon = Image.open(out)
    assert (size, size) in icon.info["sizes"]
    icon.size = (size, size)
    icon.load()
    assert icon.getpixel((size // 2, size // 2))[3] == 255  # drawn, not transparent, at its centre
