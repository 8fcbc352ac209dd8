"""Loading the Chinese (or any) translation of visualnet's strings and of Qt's own dialogs."""
from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QTranslator

from ..resource_files import resource_path

LANGUAGES = ("en", "zh_CN")


def choose_language(requested: str | None) -> str:
    """``--lang`` when given, else the system locale when we have it, else English."""
    if requested:
        if requested not in LANGUAGES:
            raise ValueError(f"unknown language {requested!r}; choose one of: {', '.join(LANGUAGES)}")
        return requested
    return "zh_CN" if QLocale.system().name().startswith("zh") else "en"


def install_translations(app: QCoreApplication, language: str) -> list[QTranslator]:
    """Install visualnet's and Qt's translators for ``language``; English needs none.

    The translators are returned so the caller keeps them alive (Qt does not own them).
    """
    if language == "en":
        return []
    installed = []
    for name, folder in ((f"visualnet_{language}", str(resource_path("translations"))),
                         (f"qtbase_{language}", QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath))):
        translator = QTranslator(app)
        if translator.load(name, folder):
            app.installTranslator(translator)
            installed.append(translator)
    return installed
