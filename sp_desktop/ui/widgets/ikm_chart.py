"""A bar chart of survey figures on the 25-100 scale with the mutu thresholds, and its text alternative (ui layer).

One widget serves both charts of the Survei Kepuasan page: the nine unsur of one result
(:meth:`IkmChart.show_result`) and the IKM of successive periods (:meth:`IkmChart.show_bars`).
The figures the bars show are also the widget's accessible description, so a screen reader
(or a test) reads what the picture says.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from fractions import Fraction

from PySide6.QtCore import QRectF, QSize, Qt
from PySide6.QtGui import QColor, QFont, QPainter, QPaintEvent, QPen
from PySide6.QtWidgets import QSizePolicy, QWidget

from sp_desktop.domain import skm
from sp_desktop.domain.formatting import format_number

# The least converted value of each mutu (Permenpan RB 14/2017), drawn as dashed lines.
THRESHOLDS = ((Fraction("88.31"), "A"), (Fraction("76.61"), "B"), (Fraction("65.00"), "C"))
_COLOURS = {"A": "#2e7d32", "B": "#1565c0", "C": "#ef8f00", "D": "#c62828"}
LOW, HIGH = 25, 100


def shown(value: Fraction | float, places: int = 2) -> str:
    """A figure as the app shows it: rounded half up, comma decimal ("91,48")."""
    return format_number(float(skm.round_half_up(value, places)), places)


@dataclass(frozen=True)
class Bar:
    """One bar: its short label under the axis, its full name, and its value on the 25-100 scale (None = no data)."""

    label: str
    name: str
    value: Fraction | None


def unsur_bars(result: skm.IkmResult) -> list[Bar]:
    """The nine bars of a result: U1 ... U9 at their NRR x 25."""
    return [Bar(f"U{u.nomor}", skm.UNSUR[u.nomor - 1], u.konversi) for u in result.unsur]


def describe(title: str, bars: Sequence[Bar]) -> str:
    """The text alternative: every bar's figure and mutu, in order."""
    parts = []
    for bar in bars:
        head = bar.label if bar.label == bar.name else f"{bar.label} {bar.name}"
        if bar.value is None:
            parts.append(f"{head}: belum ada jawaban")
        else:
            mutu, kinerja = skm.mutu_of(bar.value)
            parts.append(f"{head}: {shown(bar.value)} ({mutu}, {kinerja})")
    body = "; ".join(parts) if parts else "belum ada data"
    return f"{title}. {body}."


class IkmChart(QWidget):
    """Vertical bars on the 25-100 scale, each coloured by its mutu and labelled with its value.

    The dashed lines mark where mutu C, B and A begin (65,00; 76,61; 88,31).
    """

    def __init__(self, title: str = "Grafik nilai per unsur", parent: QWidget | None = None):
        super().__init__(parent)
        self._title = title
        self._bars: list[Bar] = []
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
        self.setMinimumSize(360, 220)
        self.setAccessibleName(title)
        self._describe()

    def sizeHint(self) -> QSize:  # noqa: N802 (Qt's name)
        return QSize(560, 280)

    def bars(self) -> list[Bar]:
        return list(self._bars)

    def show_result(self, result: skm.IkmResult | None) -> None:
        """Show the nine unsur of ``result`` (nothing when None)."""
        self.show_bars([] if result is None else unsur_bars(result))

    def show_bars(self, bars: Sequence[Bar]) -> None:
        self._bars = list(bars)
        self._describe()
        self.update()

    def _describe(self) -> None:
        self.setAccessibleDescription(describe(self._title, self._bars))
        self.setToolTip(describe(self._title, self._bars).replace("; ", "\n"))

    # -- painting --------------------------------------------------------------------------
    def paintEvent(self, _event: QPaintEvent) -> None:  # noqa: N802 (Qt's name)
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.fillRect(self.rect(), self.palette().base())
        metrics = painter.fontMetrics()
        line = metrics.height()
        left, right, top, bottom = metrics.horizontalAdvance("100") + 12, 28, line + 8, line + 10
        plot = QRectF(left, top, max(10, self.width() - left - right), max(10, self.height() - top - bottom))
        text_colour = self.palette().text().color()
        if not self._bars:
            painter.setPen(text_colour)
            painter.drawText(self.rect(), Qt.AlignmentFlag.AlignCenter, "Belum ada data untuk digambar.")
            return

        def y_of(value: float) -> float:
            return plot.bottom() - (value - LOW) / (HIGH - LOW) * plot.height()

        painter.setPen(QPen(QColor("#9e9e9e"), 1))
        for tick in (25, 50, 75, 100):
            y = y_of(tick)
            painter.drawLine(int(plot.left()) - 4, int(y), int(plot.left()), int(y))
            painter.drawText(QRectF(0, y - line / 2, left - 8, line),
                             Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter, str(tick))
        painter.drawLine(int(plot.left()), int(plot.top()), int(plot.left()), int(plot.bottom()))
        painter.drawLine(int(plot.left()), int(plot.bottom()), int(plot.right()), int(plot.bottom()))

        slot = plot.width() / len(self._bars)
        width = min(64.0, slot * 0.6)
        small = QFont(painter.font())
        small.setPointSizeF(max(7.0, small.pointSizeF() - 1))
        for i, bar in enumerate(self._bars):
            x = plot.left() + slot * i + (slot - width) / 2
            painter.setPen(text_colour)
            painter.drawText(QRectF(plot.left() + slot * i, plot.bottom() + 2, slot, line + 4),
                             Qt.AlignmentFlag.AlignHCenter | Qt.AlignmentFlag.AlignTop,
                             metrics.elidedText(bar.label, Qt.TextElideMode.ElideRight, int(slot) - 2))
            if bar.value is None:
                continue
            value = float(bar.value)
            y = y_of(value)
            mutu, _kinerja = skm.mutu_of(bar.value)
            painter.fillRect(QRectF(x, y, width, plot.bottom() - y), QColor(_COLOURS[mutu]))
            painter.setFont(small)
            painter.drawText(QRectF(plot.left() + slot * i, y - line - 2, slot, line),
                             Qt.AlignmentFlag.AlignHCenter | Qt.AlignmentFlag.AlignBottom, shown(bar.value))
            painter.setFont(self.font())

        pen = QPen(QColor("#616161"), 1, Qt.PenStyle.DashLine)
        for value, mutu in THRESHOLDS:
            y = y_of(float(value))
            painter.setPen(pen)
            painter.drawLine(int(plot.left()), int(y), int(plot.right()), int(y))
            painter.setPen(QColor(_COLOURS[mutu]))
            painter.drawText(QRectF(plot.right() + 4, y - line / 2, right - 4, line),
                             Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter, mutu)
        painter.setPen(text_colour)
        painter.drawText(QRectF(plot.left(), 0, plot.width(), line + 4), Qt.AlignmentFlag.AlignLeft,
                         "Nilai (skala 25\u2013100); garis putus-putus: batas mutu C, B, A")
        painter.end()
