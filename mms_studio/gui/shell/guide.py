"""Help › Getting started: a short guide with pictures, shipped with the app, read offline.

The guide is plain HTML in `mms_studio/resources/guide/` (pictures made by
`make screenshots` from the demo project), shown in a `QTextBrowser`: no web
engine, no network, links to other pages of the guide work and links out of it
open in the system's browser. A translated guide sits beside it as
`index.<code>.html` and is shown when that interface language is in use; the
English one otherwise.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt, QUrl
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QTextBrowser, QVBoxLayout, QWidget

from mms_studio.gui.a11y import describe

GUIDE_DIR = Path(__file__).resolve().parents[2] / "resources" / "guide"


def guide_file(language: str = "en", *, folder: Path = GUIDE_DIR) -> Path:
    """The guide's page in `language` when there is one, else the English page."""
    translated = folder / f"index.{language}.html"
    return translated if translated.is_file() else folder / "index.html"


class GuideDialog(QDialog):
    """The guide in a resizable, non-modal window beside the app."""

    def __init__(self, parent: QWidget | None = None, *, language: str = "en") -> None:
        super().__init__(parent)
        self.setObjectName("guideDialog")
        self.setWindowTitle(self.tr("Getting started — MMS Studio"))
        self.browser = QTextBrowser()
        describe(self.browser, self.tr("Getting started"),
                 self.tr("A short guide to MMS Studio, with pictures"))
        self.browser.setOpenLinks(False)
        self.browser.anchorClicked.connect(self._follow)
        page = guide_file(language)
        self.browser.setSearchPaths([str(page.parent)])
        self.browser.setSource(QUrl.fromLocalFile(str(page)))
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        buttons.button(QDialogButtonBox.StandardButton.Close).setDefault(True)
        layout = QVBoxLayout(self)
        layout.addWidget(self.browser)
        layout.addWidget(buttons)
        self.resize(820, 700)
        self.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)

    def _follow(self, url: QUrl) -> None:
        if url.isLocalFile() or url.isRelative() or url.scheme() == "":
            self.browser.setSource(url)
        else:
            QDesktopServices.openUrl(url)     # a link out of the guide: the system's browser


def show_guide(parent: QWidget | None = None) -> GuideDialog:
    from mms_studio.gui.i18n import shown_language

    dialog = GuideDialog(parent, language=shown_language())
    dialog.show()
    return dialog
