"""Small round icons for step states and finding levels, drawn in code (UI layer).

Drawn rather than loaded so they look the same on every platform and theme and need no files.
"""

from __future__ import annotations

from PySide6.QtCore import QPointF, QRectF, Qt
from PySide6.QtGui import QColor, QFont, QIcon, QPainter, QPainterPath, QPen, QPixmap

GREEN = QColor("#2e7d32")
RED = QColor("#c62828")
AMBER = QColor("#ef8f00")
GREY = QColor("#9e9e9e")


def _canvas(size: int) -> tuple[QPixmap, QPainter]:
    pixmap = QPixmap(size, size)
    pixmap.fill(Qt.GlobalColor.transparent)
    painter = QPainter(pixmap)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    return pixmap, painter


def _disc(color: QColor, mark: str, size: int) -> QIcon:
    pixmap, painter = _canvas(size)
    rect = QRectF(1, 1, size - 2, size - 2)
    painter.setPen(Qt.PenStyle.NoPen)
    painter.setBrush(color)
    painter.drawEllipse(rect)
    pen = QPen(QColor("white"), max(2.0, size / 8), Qt.PenStyle.SolidLine, Qt.PenCapStyle.RoundCap,
               Qt.PenJoinStyle.RoundJoin)
    painter.setPen(pen)
    painter.setBrush(Qt.BrushStyle.NoBrush)
    if mark == "check":
        path = QPainterPath(QPointF(size * 0.28, size * 0.52))
        path.lineTo(QPointF(size * 0.44, size * 0.68))
        path.lineTo(QPointF(size * 0.73, size * 0.35))
        painter.drawPath(path)
    else:
        font = QFont()
        font.setBold(True)
        font.setPixelSize(int(size * 0.72))
        painter.setFont(font)
        painter.drawText(rect, int(Qt.AlignmentFlag.AlignCenter), mark)
    painter.end()
    return QIcon(pixmap)


def _ring(color: QColor, size: int) -> QIcon:
    pixmap, painter = _canvas(size)
    painter.setPen(QPen(color, max(1.5, size / 10)))
    painter.drawEllipse(QRectF(2, 2, size - 4, size - 4))
    painter.end()
    return QIcon(pixmap)


def complete_icon(size: int = 16) -> QIcon:
    """Green disc with a check mark: the step is complete."""
    return _disc(GREEN, "check", size)


def blocked_icon(size: int = 16) -> QIcon:
    """Red disc with "!": the step has blocking findings (BLOKIR)."""
    return _disc(RED, "!", size)


def warning_icon(size: int = 16) -> QIcon:
    """Amber disc with "!": a warning (PERINGATAN)."""
    return _disc(AMBER, "!", size)


def empty_icon(size: int = 16) -> QIcon:
    """Grey ring: nothing typed yet."""
    return _ring(GREY, size)
