"""SVG icons from `mms_studio/resources/icons`, drawn in the palette's text colour.

The icons use `currentColor`, which Qt's SVG renderer does not know; we
substitute the current text colour and render crisp pixmaps at several sizes
and device-pixel ratios, so they stay sharp on high-DPI screens and readable
in dark mode.
"""

from __future__ import annotations

from functools import cache
from pathlib import Path

from PySide6.QtCore import QByteArray, QRectF, Qt
from PySide6.QtGui import QGuiApplication, QIcon, QPainter, QPalette, QPixmap
from PySide6.QtSvg import QSvgRenderer

ICON_DIR = Path(__file__).resolve().parents[1] / "resources" / "icons"
APP_ICON = ICON_DIR / "mms-studio.svg"
SIZES = (16, 24, 32, 48, 64)


def icon_path(name: str) -> Path:
    path = ICON_DIR / f"{name}.svg"
    if not path.is_file():
        raise FileNotFoundError(f"no icon named {name!r} in {ICON_DIR}")
    return path


def icon(name: str) -> QIcon:
    app = QGuiApplication.instance()
    colour = app.palette().color(QPalette.ColorRole.WindowText).name() if app else "#000000"
    return _icon(name, colour)


@cache
def _icon(name: str, colour: str) -> QIcon:
    svg = icon_path(name).read_text(encoding="utf-8").replace("currentColor", colour)
    renderer = QSvgRenderer(QByteArray(svg.encode("utf-8")))
    result = QIcon()
    for size in SIZES:
        for ratio in (1, 2):
            pixmap = QPixmap(size * ratio, size * ratio)
            pixmap.fill(Qt.GlobalColor.transparent)
            painter = QPainter(pixmap)
            renderer.render(painter, QRectF(0, 0, size * ratio, size * ratio))
            painter.end()
            pixmap.setDevicePixelRatio(ratio)
            result.addPixmap(pixmap)
    return result


def app_icon() -> QIcon:
    return QIcon(str(APP_ICON))
