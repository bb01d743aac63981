"""SVG icons from `mms_studio/resources/icons`, drawn in the palette's current text colour.

The icons use `currentColor`, which Qt's SVG renderer does not know. A small
icon engine substitutes the palette's text colour (greyed when disabled) at
paint time and renders at the screen's device-pixel ratio, so icons stay
sharp on high-DPI screens and follow a switch to dark mode without rebuilding
any widget. Rendered pixmaps are cached per name, colour and size.
"""

from __future__ import annotations

from functools import lru_cache
from pathlib import Path

from PySide6.QtCore import QByteArray, QRect, QRectF, QSize
from PySide6.QtGui import QColor, QGuiApplication, QIcon, QIconEngine, QPainter, QPalette, QPixmap
from PySide6.QtSvg import QSvgRenderer

ICON_DIR = Path(__file__).resolve().parents[1] / "resources" / "icons"
APP_ICON = ICON_DIR / "mms-studio.svg"


def icon_path(name: str) -> Path:
    path = ICON_DIR / f"{name}.svg"
    if not path.is_file():
        raise FileNotFoundError(f"no icon named {name!r} in {ICON_DIR}")
    return path


@lru_cache(maxsize=64)
def _svg(name: str) -> str:
    return icon_path(name).read_text(encoding="utf-8")


@lru_cache(maxsize=512)
def _render(name: str, colour: str, width: int, height: int) -> QPixmap:
    renderer = QSvgRenderer(QByteArray(_svg(name).replace("currentColor", colour).encode()))
    pixmap = QPixmap(max(width, 1), max(height, 1))
    pixmap.fill(QColor(0, 0, 0, 0))   # transparent (Qt.transparent, without the `Qt` namespace)
    painter = QPainter(pixmap)
    side = min(width, height)
    renderer.render(painter, QRectF((width - side) / 2, (height - side) / 2, side, side))
    painter.end()
    return pixmap


def _colour(mode: QIcon.Mode) -> str:
    app = QGuiApplication.instance()
    if app is None:
        return "#000000"
    group = (QPalette.ColorGroup.Disabled if mode == QIcon.Mode.Disabled
             else QPalette.ColorGroup.Active)
    return app.palette().color(group, QPalette.ColorRole.WindowText).name()  # type: ignore[attr-defined]


class _ThemedSvgEngine(QIconEngine):
    def __init__(self, name: str) -> None:
        super().__init__()
        self.name = name
        _svg(name)   # fail early on a wrong name

    def clone(self) -> QIconEngine:
        return _ThemedSvgEngine(self.name)

    def scaledPixmap(self, size: QSize, mode: QIcon.Mode, state: QIcon.State,  # noqa: N802
                     scale: float) -> QPixmap:
        pixmap = QPixmap(_render(self.name, _colour(mode), int(size.width() * scale),
                                 int(size.height() * scale)))
        pixmap.setDevicePixelRatio(scale)
        return pixmap

    def pixmap(self, size: QSize, mode: QIcon.Mode, state: QIcon.State) -> QPixmap:
        return self.scaledPixmap(size, mode, state, 1.0)

    def paint(self, painter: QPainter, rect: QRect, mode: QIcon.Mode,
              state: QIcon.State) -> None:
        scale = painter.device().devicePixelRatioF() if painter.device() else 1.0
        painter.drawPixmap(rect, self.scaledPixmap(rect.size(), mode, state, scale))


def icon(name: str) -> QIcon:
    """The named icon; it follows the palette (light/dark, enabled/disabled)."""
    return QIcon(_ThemedSvgEngine(name))


def app_icon() -> QIcon:
    return QIcon(str(APP_ICON))
