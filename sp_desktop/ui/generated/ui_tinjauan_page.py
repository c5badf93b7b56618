# Generated from forms/tinjauan_page.ui by scripts/build_forms.py: do not edit.
# -*- coding: utf-8 -*-

################################################################################
##
##
################################################################################

from PySide6.QtCore import (QCoreApplication, Qt)
from PySide6.QtWidgets import (QAbstractItemView, QGridLayout, QGroupBox,
    QLabel, QPushButton, QTableWidget, QTableWidgetItem, QVBoxLayout)

from sp_desktop.ui.widgets.wrapping_label import WrappingLabel

class Ui_TinjauanPage(object):
    def setupUi(self, TinjauanPage):
        if not TinjauanPage.objectName():
            TinjauanPage.setObjectName(u"TinjauanPage")
        TinjauanPage.resize(680, 560)
        self.page_layout = QVBoxLayout(TinjauanPage)
        self.page_layout.setSpacing(10)
        self.page_layout.setObjectName(u"page_layout")
        self.page_layout.setContentsMargins(0, 0, 0, 0)
        self.summary_label = QLabel(TinjauanPage)
        self.summary_label.setObjectName(u"summary_label")
        self.summary_label.setWordWrap(True)

        self.page_layout.addWidget(self.summary_label)

        self.findings_table_widget = QTableWidget(TinjauanPage)
        if (self.findings_table_widget.columnCount() < 3):
            self.findings_table_widget.setColumnCount(3)
        __qtablewidgetitem = QTableWidgetItem()
        self.findings_table_widget.setHorizontalHeaderItem(0, __qtablewidgetitem)
        __qtablewidgetitem1 = QTableWidgetItem()
        self.findings_table_widget.setHorizontalHeaderItem(1, __qtablewidgetitem1)
        __qtablewidgetitem2 = QTableWidgetItem()
        self.findings_table_widget.setHorizontalHeaderItem(2, __qtablewidgetitem2)
        self.findings_table_widget.setObjectName(u"findings_table_widget")
        self.findings_table_widget.setEditTriggers(QAbstractItemView.NoEditTriggers)
        self.findings_table_widget.setAlternatingRowColors(True)
        self.findings_table_widget.setSelectionMode(QAbstractItemView.SingleSelection)
        self.findings_table_widget.setSelectionBehavior(QAbstractItemView.SelectRows)
        self.findings_table_widget.setWordWrap(True)
        self.findings_table_widget.setShowGrid(False)
        self.findings_table_widget.setStyleSheet(u"QTableWidget::item { padding: 4px 2px; }")
        self.findings_table_widget.setTabKeyNavigation(False)
        self.findings_table_widget.horizontalHeader().setHighlightSections(False)
        self.findings_table_widget.verticalHeader().setVisible(False)

        self.page_layout.addWidget(self.findings_table_widget)

        self.status_group_box = QGroupBox(TinjauanPage)
        self.status_group_box.setObjectName(u"status_group_box")
        self.status_layout = QGridLayout(self.status_group_box)
        self.status_layout.setObjectName(u"status_layout")
        self.status_value_label = QLabel(self.status_group_box)
        self.status_value_label.setObjectName(u"status_value_label")

        self.status_layout.addWidget(self.status_value_label, 0, 0, 1, 2)

        self.next_step_label = WrappingLabel(self.status_group_box)
        self.next_step_label.setObjectName(u"next_step_label")
        self.next_step_label.setWordWrap(True)
        self.next_step_label.setTextFormat(Qt.RichText)

        self.status_layout.addWidget(self.next_step_label, 3, 0, 1, 2)

        self.mark_ready_button = QPushButton(self.status_group_box)
        self.mark_ready_button.setObjectName(u"mark_ready_button")

        self.status_layout.addWidget(self.mark_ready_button, 1, 0, 1, 1)

        self.mark_ready_reason_label = QLabel(self.status_group_box)
        self.mark_ready_reason_label.setObjectName(u"mark_ready_reason_label")
        self.mark_ready_reason_label.setWordWrap(True)
        self.mark_ready_reason_label.setStyleSheet(u"color: palette(placeholder-text);")

        self.status_layout.addWidget(self.mark_ready_reason_label, 1, 1, 1, 1)

        self.reopen_button = QPushButton(self.status_group_box)
        self.reopen_button.setObjectName(u"reopen_button")

        self.status_layout.addWidget(self.reopen_button, 2, 0, 1, 1)

        self.reopen_reason_label = QLabel(self.status_group_box)
        self.reopen_reason_label.setObjectName(u"reopen_reason_label")
        self.reopen_reason_label.setWordWrap(True)
        self.reopen_reason_label.setStyleSheet(u"color: palette(placeholder-text);")

        self.status_layout.addWidget(self.reopen_reason_label, 2, 1, 1, 1)

        self.status_layout.setColumnStretch(1, 1)

        self.page_layout.addWidget(self.status_group_box)


        self.retranslateUi(TinjauanPage)
    # setupUi

    def retranslateUi(self, TinjauanPage):
        ___qtablewidgetitem = self.findings_table_widget.horizontalHeaderItem(0)
        ___qtablewidgetitem.setText(QCoreApplication.translate("TinjauanPage", u"Komponen", None))
        ___qtablewidgetitem1 = self.findings_table_widget.horizontalHeaderItem(1)
        ___qtablewidgetitem1.setText(QCoreApplication.translate("TinjauanPage", u"Temuan", None))
        ___qtablewidgetitem2 = self.findings_table_widget.horizontalHeaderItem(2)
        ___qtablewidgetitem2.setText(QCoreApplication.translate("TinjauanPage", u"Aturan", None))
#if QT_CONFIG(accessibility)
        self.findings_table_widget.setAccessibleName(QCoreApplication.translate("TinjauanPage", u"Temuan tinjauan", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(tooltip)
        self.findings_table_widget.setToolTip(QCoreApplication.translate("TinjauanPage", u"Klik dua kali atau tekan Enter untuk membuka langkahnya", None))
#endif // QT_CONFIG(tooltip)
        self.status_group_box.setTitle(QCoreApplication.translate("TinjauanPage", u"Status standar pelayanan", None))
        self.mark_ready_button.setText(QCoreApplication.translate("TinjauanPage", u"Tandai siap dibahas\u2026", None))
        self.reopen_button.setText(QCoreApplication.translate("TinjauanPage", u"Buka kembali", None))
        pass
    # retranslateUi
