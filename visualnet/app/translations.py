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


_installed: list[QTranslator] = []  # the application's current translators (Qt does not keep them alive)
_language = "en"


def current_language() -> str:
    """The interface's language: the one installed last by ``install_translations`` ("en" before any)."""
    return _language


def install_translations(app: QCoreApplication, language: str) -> list[QTranslator]:
    """Make ``language`` the interface's language, replacing the one installed before; English needs none.

    Removing and installing translators makes Qt send every widget a LanguageChange event, so
    the open panels set their words again (``widgets.retranslating``): no restart needed.
    """
    global _language
    while _installed:
        app.removeTranslator(_installed.pop())
    _language = language
    if language == "en":
        return []
    for name, folder in ((f"visualnet_{language}", str(resource_path("translations"))),
                         (f"qtbase_{language}", QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath))):
        translator = QTranslator(app)
        if translator.load(name, folder):
            app.installTranslator(translator)
            _installed.append(translator)
    return list(_installed)
