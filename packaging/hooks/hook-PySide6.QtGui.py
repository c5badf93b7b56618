# SP Desktop's replacement of PyInstaller's hook for PySide6.QtGui (a hook in the spec's hookspath is
# used instead of the built-in one): the same collection, less the Qt plugins a widgets app that draws
# no OpenGL, SVG or Wayland surface never loads. Dropping a plugin here, before the dependency analysis,
# also keeps out the libraries only it needs (the GTK 3 theme alone pulls in some 20 MB of GTK, Cairo
# and Pango). Kept: the platforms (xcb + offscreen, windows + offscreen), the compose input context,
# image formats a photo attachment may be (JPEG, GIF, WebP, ICO).
import sys
from pathlib import Path

from PyInstaller.utils.hooks.qt import add_qt6_dependencies

hiddenimports, binaries, datas = add_qt6_dependencies(__file__)

PLATFORMS = {"qwindows", "qoffscreen"} if sys.platform == "win32" else {"qxcb", "qoffscreen"}
IMAGE_FORMATS = {"qjpeg", "qgif", "qwebp", "qico"}
INPUT_CONTEXTS = {"composeplatforminputcontextplugin"}
DROPPED_TYPES = {
    "platformthemes", "iconengines", "xcbglintegrations", "egldeviceintegrations", "generic",
    "wayland-decoration-client", "wayland-graphics-integration-client", "wayland-shell-integration",
    "vectorimageformats",
}
KEPT_BY_TYPE = {"platforms": PLATFORMS, "imageformats": IMAGE_FORMATS, "platforminputcontexts": INPUT_CONTEXTS}


def _name(path: str) -> str:
    stem = Path(path).name.split(".")[0]
    return stem[3:] if stem.startswith("lib") else stem


def _wanted(src: str, dest: str) -> bool:
    parts = Path(dest).parts
    if "plugins" not in parts or parts.index("plugins") + 1 >= len(parts):
        return True
    plugin_type = parts[parts.index("plugins") + 1]
    if plugin_type in DROPPED_TYPES:
        return False
    kept = KEPT_BY_TYPE.get(plugin_type)
    return kept is None or _name(src) in kept


binaries = [(src, dest) for src, dest in binaries if _wanted(src, dest)]
