"""The "Hasil" tab: per unsur NRR, weighted NRR, conversion and mutu, the IKM, the chart, profile and trend (ui layer).

Figures come exact from the session and are rounded only here, for display (half up, two places,
comma decimal). The tab refreshes when asked (the page does so when it is shown after a change),
never per keystroke in the grid.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QHeaderView, QTableWidget, QTableWidgetItem, QWidget

from sp_desktop.domain import skm
from sp_desktop.domain.formatting import format_number
from sp_desktop.domain.survei import JENIS_KELAMIN, PEKERJAAN_LABELS
from sp_desktop.ui.generated.ui_survei_hasil import Ui_SurveiHasil
from sp_desktop.ui.widgets.ikm_chart import Bar, IkmChart, shown

UNSUR_HEADERS = ("Unsur", "Nama unsur", "NRR", "NRR tertimbang", "Konversi", "Mutu", "Kinerja")
PROFILE_TITLES = {"jenis_kelamin": "Jenis kelamin", "usia": "Usia", "pendidikan": "Pendidikan",
                  "pekerjaan": "Pekerjaan", "layanan": "Jenis layanan"}
WHOLE_UNIT = "Seluruh unit pelayanan"


def ikm_text(result: skm.IkmResult) -> str:
    """The headline: IKM x25 with its mutu and kinerja, or why there is none yet."""
    if result.responden == 0:
        return "Belum ada responden"
    if result.ikm is None:
        return f"IKM belum dapat dihitung: ada unsur tanpa jawaban ({format_number(result.responden)} responden)"
    mutu, kinerja = result.mutu
    return (f"IKM {shown(result.konversi)} \u2014 mutu {mutu} ({kinerja}); skala 1\u20134: {shown(result.ikm, 3)}; "
            f"{format_number(result.responden)} responden")


def profile_label(category: str, value: str) -> str:
    if category == "jenis_kelamin":
        return JENIS_KELAMIN.get(value, value)
    if category == "pekerjaan":
        return PEKERJAAN_LABELS.get(value, value)
    if value == "lainnya":
        return "Lainnya"
    return value or "Tidak diisi"


def _item(text: str, align_right: bool = False, tip: str = "") -> QTableWidgetItem:
    item = QTableWidgetItem(text)
    if align_right:
        item.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
    if tip:
        item.setToolTip(tip)
    return item


class HasilTab(QWidget):
    """Shows the result of one survey, per service or for the whole unit, and the trend of the periods."""

    def __init__(self, session, parent: QWidget | None = None):
        super().__init__(parent)
        self.ui = Ui_SurveiHasil()
        self.ui.setupUi(self)
        self._session = session
        self._survei_id: int | None = None
        self.stale = True
        self.result: skm.IkmResult | None = None
        self.chart = IkmChart("Grafik nilai per unsur (NRR \u00d7 25)", self)
        self.chart.setObjectName("unsur_chart")
        self.ui.chart_layout.addWidget(self.chart)
        self.trend_chart = IkmChart("Grafik IKM antarperiode", self)
        self.trend_chart.setObjectName("trend_chart")
        self.trend_chart.setMinimumSize(320, 180)
        self.trend_chart.setMaximumHeight(300)
        self.ui.trend_layout.addWidget(self.trend_chart)
        self.ui.trend_layout.addStretch(1)
        _setup_table(self.ui.unsur_table_widget, UNSUR_HEADERS, stretch=1)
        _setup_table(self.ui.profile_table_widget, ("Profil", "Kelompok", "Jumlah", "Persen"), stretch=1)
        _setup_table(self.ui.trend_table_widget, ("Periode", "Responden", "IKM", "Mutu"), stretch=0)
        self.ui.legend_label.setText(
            f"Bobot setiap unsur 1/9 (ditulis {skm.BOBOT_LABEL}); IKM = jumlah NRR tertimbang \u00d7 25. Mutu: "
            + "; ".join(f"{mutu} {kinerja} ({konversi})" for _p, _ni, konversi, mutu, kinerja in skm.INTERVALS)
            + ". Angka dibulatkan hanya untuk ditampilkan.")
        self.ui.scope_combo_box.activated.connect(self._on_scope_combo_box_activated)

    def set_survey(self, survei_id: int | None, services: list[str]) -> None:
        self._survei_id = survei_id
        combo = self.ui.scope_combo_box
        keep = combo.currentData()
        combo.clear()
        combo.addItem(WHOLE_UNIT, None)
        for name in services:
            combo.addItem(name, name)
        found = combo.findData(keep) if keep is not None else 0
        combo.setCurrentIndex(max(found, 0))
        self.stale = True

    def layanan(self) -> str | None:
        return self.ui.scope_combo_box.currentData()

    def _on_scope_combo_box_activated(self, _index: int) -> None:
        self.refresh()

    def refresh(self) -> None:
        """Read the figures again from the session and show them."""
        self.stale = False
        if self._survei_id is None:
            return
        layanan = self.layanan()
        result = self._session.results(self._survei_id, layanan)
        self.result = result
        self.ui.ikm_label.setText(ikm_text(result))
        self.ui.ikm_label.setAccessibleName(ikm_text(result))
        self._show_unsur(result)
        self.chart.show_result(result)
        self._show_profile(self._session.profile(self._survei_id, layanan), result.responden)
        self._show_trend(self._session.trend(layanan))

    def _show_unsur(self, result: skm.IkmResult) -> None:
        table = self.ui.unsur_table_widget
        table.setRowCount(len(result.unsur) + 1)
        for row, u in enumerate(result.unsur):
            mutu = u.mutu or ("\u2014", "belum ada jawaban")
            cells = (f"U{u.nomor}", skm.UNSUR[u.nomor - 1], _fig(u.nrr, 2), _fig(u.nrr_tertimbang, 3),
                     _fig(u.konversi, 2), mutu[0], mutu[1])
            tips = ("", f"{skm.UNSUR[u.nomor - 1]}: {skm.QUESTIONS[u.nomor - 1]}",
                    f"Jumlah nilai {format_number(u.jumlah)} dari {format_number(u.responden)} pengisi")
            for column, text in enumerate(cells):
                table.setItem(row, column, _item(text, 2 <= column <= 4, tips[column] if column < 3 else ""))
        last = len(result.unsur)
        mutu = result.mutu or ("\u2014", "")
        total = ("IKM", "Indeks Kepuasan Masyarakat", "",
                 _fig(result.ikm, 3), _fig(result.konversi, 2), mutu[0], mutu[1])
        for column, text in enumerate(total):
            item = _item(text, 2 <= column <= 4)
            font = item.font()
            font.setBold(True)
            item.setFont(font)
            table.setItem(last, column, item)
        _fit_height(table)

    def _show_profile(self, profile: dict[str, dict[str, int]], total: int) -> None:
        rows = [(PROFILE_TITLES.get(category, category), profile_label(category, value), count)
                for category, counts in profile.items() for value, count in counts.items()]
        table = self.ui.profile_table_widget
        table.setRowCount(len(rows))
        previous = None
        for row, (title, label, count) in enumerate(rows):
            percent = format_number(float(skm.round_half_up(count * 100 / total if total else 0)), 2) + " %"
            cells = ("" if title == previous else title, label, format_number(count), percent)
            previous = title
            for column, text in enumerate(cells):
                table.setItem(row, column, _item(text, column >= 2))
        _fit_height(table)  # the tab scrolls as a whole, never a table inside it

    def _show_trend(self, trend: list) -> None:
        table = self.ui.trend_table_widget
        table.setRowCount(len(trend))
        bars = []
        for row, (info, result) in enumerate(trend):
            mutu = result.mutu
            cells = (info.periode, format_number(result.responden), _fig(result.konversi, 2),
                     f"{mutu[0]} ({mutu[1]})" if mutu else "\u2014")
            for column, text in enumerate(cells):
                table.setItem(row, column, _item(text, column in (1, 2)))
            bars.append(Bar(info.periode, info.periode, result.konversi))
        _fit_height(table, least_rows=2)
        self.trend_chart.show_bars(bars)


def _fit_height(table: QTableWidget, least_rows: int = 1) -> None:
    rows = max(table.rowCount(), least_rows)
    height = table.horizontalHeader().height() + rows * table.verticalHeader().defaultSectionSize()
    table.setFixedHeight(height + 2 * table.frameWidth() + 2)
    table.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)


def _fig(value, places: int) -> str:
    return "\u2014" if value is None else shown(value, places)


def _setup_table(table: QTableWidget, headers: tuple[str, ...], stretch: int) -> None:
    table.setColumnCount(len(headers))
    table.setHorizontalHeaderLabels(list(headers))
    table.verticalHeader().setVisible(False)
    header = table.horizontalHeader()
    header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
    header.setSectionResizeMode(stretch, QHeaderView.ResizeMode.Stretch)
    table.setWordWrap(False)
    table.verticalHeader().setDefaultSectionSize(table.fontMetrics().height() + 6)
