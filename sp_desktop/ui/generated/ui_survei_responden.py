# Generated from forms/survei_responden.ui by scripts/build_forms.py: do not edit.
# -*- coding: utf-8 -*-

################################################################################
##
##
################################################################################

from PySide6.QtCore import (QCoreApplication)
from PySide6.QtWidgets import (QHBoxLayout, QLabel, QPushButton,
    QSizePolicy, QSpacerItem, QVBoxLayout)

class Ui_SurveiResponden(object):
    def setupUi(self, SurveiResponden):
        if not SurveiResponden.objectName():
            SurveiResponden.setObjectName(u"SurveiResponden")
        SurveiResponden.resize(1000, 460)
        self.responden_layout = QVBoxLayout(SurveiResponden)
        self.responden_layout.setSpacing(6)
        self.responden_layout.setObjectName(u"responden_layout")
        self.tools_layout = QHBoxLayout()
        self.tools_layout.setObjectName(u"tools_layout")
        self.count_label = QLabel(SurveiResponden)
        self.count_label.setObjectName(u"count_label")

        self.tools_layout.addWidget(self.count_label)

        self.tools_spacer = QSpacerItem(10, 10, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.tools_layout.addItem(self.tools_spacer)

        self.import_push_button = QPushButton(SurveiResponden)
        self.import_push_button.setObjectName(u"import_push_button")

        self.tools_layout.addWidget(self.import_push_button)

        self.delete_rows_push_button = QPushButton(SurveiResponden)
        self.delete_rows_push_button.setObjectName(u"delete_rows_push_button")

        self.tools_layout.addWidget(self.delete_rows_push_button)


        self.responden_layout.addLayout(self.tools_layout)

        self.hint_label = QLabel(SurveiResponden)
        self.hint_label.setObjectName(u"hint_label")
        self.hint_label.setWordWrap(True)
        self.hint_label.setStyleSheet(u"color: #555555;")

        self.responden_layout.addWidget(self.hint_label)

        self.grid_container_layout = QVBoxLayout()
        self.grid_container_layout.setObjectName(u"grid_container_layout")

        self.responden_layout.addLayout(self.grid_container_layout)

        self.responden_layout.setStretch(2, 1)

        self.retranslateUi(SurveiResponden)
    # setupUi

    def retranslateUi(self, SurveiResponden):
        self.count_label.setText("")
        self.import_push_button.setText(QCoreApplication.translate("SurveiResponden", u"Imp&or CSV/XLSX\u2026", None))
#if QT_CONFIG(tooltip)
        self.import_push_button.setToolTip(QCoreApplication.translate("SurveiResponden", u"Ambil jawaban dari berkas CSV atau Excel (kolom u1\u2026u9 dan profil responden)", None))
#endif // QT_CONFIG(tooltip)
        self.delete_rows_push_button.setText(QCoreApplication.translate("SurveiResponden", u"&Hapus baris terpilih\u2026", None))
#if QT_CONFIG(tooltip)
        self.delete_rows_push_button.setToolTip(QCoreApplication.translate("SurveiResponden", u"Hapus responden pada baris yang dipilih", None))
#endif // QT_CONFIG(tooltip)
        self.hint_label.setText(QCoreApplication.translate("SurveiResponden", u"Pilih sel U1 lalu ketik 1\u20134 untuk setiap unsur; kursor berpindah sendiri. Baris terakhir (*) menambah responden. Ctrl+V menempel blok dari lembar kerja.", None))
        pass
    # retranslateUi
