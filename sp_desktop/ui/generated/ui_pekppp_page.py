# Generated from forms/pekppp_page.ui by scripts/build_forms.py: do not edit.
# -*- coding: utf-8 -*-

################################################################################
##
##
################################################################################

from PySide6.QtCore import (QCoreApplication)
from PySide6.QtWidgets import (QAbstractItemView, QHBoxLayout, QLabel, QPushButton, QSizePolicy, QSpacerItem,
    QTableWidget, QVBoxLayout)

class Ui_PekpppPage(object):
    def setupUi(self, PekpppPage):
        if not PekpppPage.objectName():
            PekpppPage.setObjectName(u"PekpppPage")
        PekpppPage.resize(1100, 700)
        self.page_layout = QVBoxLayout(PekpppPage)
        self.page_layout.setSpacing(8)
        self.page_layout.setObjectName(u"page_layout")
        self.page_layout.setContentsMargins(18, 14, 18, 14)
        self.title_label = QLabel(PekpppPage)
        self.title_label.setObjectName(u"title_label")
        self.title_label.setStyleSheet(u"font-size: 15pt; font-weight: 600;")

        self.page_layout.addWidget(self.title_label)

        self.intro_label = QLabel(PekpppPage)
        self.intro_label.setObjectName(u"intro_label")
        self.intro_label.setWordWrap(True)

        self.page_layout.addWidget(self.intro_label)

        self.scores_table_widget = QTableWidget(PekpppPage)
        self.scores_table_widget.setObjectName(u"scores_table_widget")
        self.scores_table_widget.setEditTriggers(QAbstractItemView.NoEditTriggers)
        self.scores_table_widget.setSelectionBehavior(QAbstractItemView.SelectRows)
        self.scores_table_widget.setWordWrap(True)
        self.scores_table_widget.setAlternatingRowColors(True)

        self.page_layout.addWidget(self.scores_table_widget)

        self.buttons_layout = QHBoxLayout()
        self.buttons_layout.setObjectName(u"buttons_layout")
        self.total_label = QLabel(PekpppPage)
        self.total_label.setObjectName(u"total_label")

        self.buttons_layout.addWidget(self.total_label)

        self.buttons_spacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.buttons_layout.addItem(self.buttons_spacer)

        self.refresh_button = QPushButton(PekpppPage)
        self.refresh_button.setObjectName(u"refresh_button")

        self.buttons_layout.addWidget(self.refresh_button)

        self.pack_button = QPushButton(PekpppPage)
        self.pack_button.setObjectName(u"pack_button")

        self.buttons_layout.addWidget(self.pack_button)


        self.page_layout.addLayout(self.buttons_layout)


        self.retranslateUi(PekpppPage)
    # setupUi

    def retranslateUi(self, PekpppPage):
        self.title_label.setText(QCoreApplication.translate("PekpppPage", u"Evaluasi PEKPPP: Kebijakan Pelayanan", None))
        self.intro_label.setText(QCoreApplication.translate("PekpppPage", u"Penilaian mandiri sembilan indikator aspek Kebijakan Pelayanan (skor 0\u20135) dari isi proyek ini, dengan hal yang masih kurang untuk naik ke tingkat berikutnya. Paket bukti berisi dokumen per indikator beserta daftar isinya untuk diunggah kepada evaluator.", None))
#if QT_CONFIG(tooltip)
        self.scores_table_widget.setToolTip(QCoreApplication.translate("PekpppPage", u"Skor mandiri tiap indikator", None))
#endif // QT_CONFIG(tooltip)
        self.total_label.setText("")
        self.refresh_button.setText(QCoreApplication.translate("PekpppPage", u"&Hitung ulang", None))
#if QT_CONFIG(tooltip)
        self.refresh_button.setToolTip(QCoreApplication.translate("PekpppPage", u"Baca ulang isi proyek dan hitung skornya", None))
#endif // QT_CONFIG(tooltip)
        self.pack_button.setText(QCoreApplication.translate("PekpppPage", u"&Buat paket bukti\u2026", None))
#if QT_CONFIG(tooltip)
        self.pack_button.setToolTip(QCoreApplication.translate("PekpppPage", u"Simpan paket bukti per indikator sebagai berkas ZIP", None))
#endif // QT_CONFIG(tooltip)
        pass
    # retranslateUi
