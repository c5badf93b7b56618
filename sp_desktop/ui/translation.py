"""Indonesian for Qt's own texts (buttons, file and print dialogs, context menus) and number formats (ui layer).

Qt ships no Indonesian translation, so ``resources/translations/qt_id.ts`` holds ours, compiled
to ``qt_id.qm`` by ``scripts/build_translations.py``; :func:`install` loads it at start-up.
"""

from __future__ import annotations

import sys
from importlib import resources
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QLocale, Qt, QTranslator

CATALOGUE = "qt_id.qm"
LOCALE_NAME = "id_ID"
# Source checkout: <repo>/sp_desktop/ui/translation.py -> <repo>/resources/translations
_REPO_DIR = Path(__file__).resolve().parents[2] / "resources" / "translations"
_previous_locale: QLocale | None = None


def catalogue_path() -> Path:
    """The compiled catalogue: installed package data first, then the source checkout's copy.

    Raises:
        FileNotFoundError: when neither exists (``scripts/build_translations.py`` was not run).
    """
    try:
        packaged = resources.files("sp_desktop") / "_resources" / "translations" / CATALOGUE
    except (ModuleNotFoundError, TypeError):
        packaged = None
    # A package installed from a wheel or in place is a folder on disk, which QTranslator needs.
    if packaged is not None and packaged.is_file():
        return Path(str(packaged))
    if (_REPO_DIR / CATALOGUE).is_file():
        return _REPO_DIR / CATALOGUE
    raise FileNotFoundError(f"Terjemahan Qt tidak ditemukan: {_REPO_DIR / CATALOGUE}")


def install(app: QCoreApplication) -> QTranslator | None:
    """Speak Indonesian: Qt's own strings, id_ID number and date formats, and Qt's own file dialog.

    The file dialog is Qt's (not the desktop's) so that it is translated as well; the
    desktop's dialog would follow the desktop's language, which is often English.

    Returns:
        The installed translator (keep it, or pass it to :func:`uninstall`); None when the
        catalogue is missing, in which case Qt's strings stay English but the app still runs.
    """
    global _previous_locale
    _previous_locale = QLocale()
    QLocale.setDefault(QLocale(LOCALE_NAME))
    app.setAttribute(Qt.ApplicationAttribute.AA_DontUseNativeDialogs, True)
    translator = QTranslator(app)
    try:
        path = catalogue_path()
    except FileNotFoundError as exc:
        _warn(str(exc))
        return None
    if not translator.load(str(path)):
        _warn(f"Terjemahan Qt tidak dapat dibaca: {path}")
        return None
    app.installTranslator(translator)
    return translator


def _warn(text: str) -> None:
    """Say on stderr that Qt's own texts stay English (the frozen build's smoke test fails on it)."""
    print(f"Peringatan: {text}. Teks bawaan Qt tampil dalam bahasa Inggris.", file=sys.stderr)


def uninstall(app: QCoreApplication, translator: QTranslator | None) -> None:
    """Undo :func:`install` (tests use it to leave the application as they found it)."""
    if translator is not None:
        app.removeTranslator(translator)
        translator.deleteLater()
    QLocale.setDefault(_previous_locale if _previous_locale is not None else QLocale.system())
    app.setAttribute(Qt.ApplicationAttribute.AA_DontUseNativeDialogs, False)
