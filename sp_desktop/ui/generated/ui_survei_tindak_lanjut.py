# Generated from forms/survei_tindak_lanjut.ui by scripts/build_forms.py: do not edit.
# -*- coding: utf-8 -*-

################################################################################
##
##
################################################################################

from PySide6.QtCore import (QCoreApplication)
from PySide6.QtWidgets import (QAbstractItemView, QHBoxLayout, QLabel, QPushButton, QSizePolicy, QSpacerItem,
    QTableView, QVBoxLayout)

class Ui_SurveiTindakLanjut(object):
    def setupUi(self, SurveiTindakLanjut):
        if not SurveiTindakLanjut.objectName():
            SurveiTindakLanjut.setObjectName(u"SurveiTindakLanjut")
        SurveiTindakLanjut.resize(1000, 460)
        self.tindak_lanjut_layout = QVBoxLayout(SurveiTindakLanjut)
        self.tindak_lanjut_layout.setSpacing(6)
        self.tindak_lanjut_layout.setObjectName(u"tindak_lanjut_layout")
        self.progress_label = QLabel(SurveiTindakLanjut)
        self.progress_label.setObjectName(u"progress_label")
        self.progress_label.setStyleSheet(u"font-weight: 600;")
        self.progress_label.setWordWrap(True)

        self.tindak_lanjut_layout.addWidget(self.progress_label)

        self.weak_label = QLabel(SurveiTindakLanjut)
        self.weak_label.setObjectName(u"weak_label")
        self.weak_label.setWordWrap(True)
        self.weak_label.setStyleSheet(u"color: #555555;")

        self.tindak_lanjut_layout.addWidget(self.weak_label)

        self.follow_up_table_view = QTableView(SurveiTindakLanjut)
        self.follow_up_table_view.setObjectName(u"follow_up_table_view")
        self.follow_up_table_view.setTabKeyNavigation(False)
        self.follow_up_table_view.setSelectionBehavior(QAbstractItemView.SelectRows)
        self.follow_up_table_view.setSelectionMode(QAbstractItemView.SingleSelection)

        self.tindak_lanjut_layout.addWidget(self.follow_up_table_view)

        self.buttons_layout = QHBoxLayout()
        self.buttons_layout.setObjectName(u"buttons_layout")
        self.add_push_button = QPushButton(SurveiTindakLanjut)
        self.add_push_button.setObjectName(u"add_push_button")

        self.buttons_layout.addWidget(self.add_push_button)

        self.remove_push_button = QPushButton(SurveiTindakLanjut)
        self.remove_push_button.setObjectName(u"remove_push_button")

        self.buttons_layout.addWidget(self.remove_push_button)

        self.buttons_spacer = QSpacerItem(10, 10, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.buttons_layout.addItem(self.buttons_spacer)


        self.tindak_lanjut_layout.addLayout(self.buttons_layout)

        self.tindak_lanjut_layout.setStretch(2, 1)

        self.retranslateUi(SurveiTindakLanjut)
    # setupUi

    def retranslateUi(self, SurveiTindakLanjut):
        self.progress_label.setText("")
        self.weak_label.setText("")
#if QT_CONFIG(accessibility)
        self.follow_up_table_view.setAccessibleName(QCoreApplication.translate("SurveiTindakLanjut", u"Rencana tindak lanjut", None))
#endif // QT_CONFIG(accessibility)
        self.add_push_button.setText(QCoreApplication.translate("SurveiTindakLanjut", u"Tambah re&ncana", None))
#if QT_CONFIG(tooltip)
        self.add_push_button.setToolTip(QCoreApplication.translate("SurveiTindakLanjut", u"Rencana tindak lanjut baru untuk unsur terlemah yang belum direncanakan", None))
#endif // QT_CONFIG(tooltip)
        self.remove_push_button.setText(QCoreApplication.translate("SurveiTindakLanjut", u"Hapus &rencana\u2026", None))
        pass
    # retranslateUi
