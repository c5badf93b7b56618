import tomllib
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]


def test_packaging_lists_every_package_and_ships_resources():
    config = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))["tool"]["setuptools"]
    on_disk = {
        ".".join(init.parent.relative_to(ROOT).parts)
        for init in (ROOT / "sp_desktop").rglob("__init__.py")
    }
    listed = set(config["packages"])
    assert on_disk <= listed, f"missing from pyproject packages: {sorted(on_disk - listed)}"
    assert config["package-dir"]["sp_desktop._resources"] == "resources"
    assert (ROOT / "resources" / "guidance" / "biaya.md").exists()
    assert any((ROOT / "resources" / "fonts").glob("*.ttf"))
