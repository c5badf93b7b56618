# Generated from forms/jumlah_pelaksana_page.ui by scripts/build_forms.py: do not edit.
# -*- coding: utf-8 -*-

################################################################################
##
##
################################################################################

from PySide6.QtCore import (QCoreApplication, QSize)
from PySide6.QtWidgets import (QLabel, QPlainTextEdit, QSizePolicy,
    QSpacerItem, QVBoxLayout)

class Ui_JumlahPelaksanaPage(object):
    def setupUi(self, JumlahPelaksanaPage):
        if not JumlahPelaksanaPage.objectName():
            JumlahPelaksanaPage.setObjectName(u"JumlahPelaksanaPage")
        JumlahPelaksanaPage.resize(680, 560)
        self.page_layout = QVBoxLayout(JumlahPelaksanaPage)
        self.page_layout.setSpacing(10)
        self.page_layout.setObjectName(u"page_layout")
        self.page_layout.setContentsMargins(0, 0, 0, 0)
        self.hint_label = QLabel(JumlahPelaksanaPage)
        self.hint_label.setObjectName(u"hint_label")
        self.hint_label.setWordWrap(True)

        self.page_layout.addWidget(self.hint_label)

        self.jumlah_plain_text_edit = QPlainTextEdit(JumlahPelaksanaPage)
        self.jumlah_plain_text_edit.setObjectName(u"jumlah_plain_text_edit")
        self.jumlah_plain_text_edit.setMaximumSize(QSize(16777215, 120))
        self.jumlah_plain_text_edit.setTabChangesFocus(True)

        self.page_layout.addWidget(self.jumlah_plain_text_edit)

        self.page_spacer = QSpacerItem(20, 20, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.page_layout.addItem(self.page_spacer)


        self.retranslateUi(JumlahPelaksanaPage)
    # setupUi

    def retranslateUi(self, JumlahPelaksanaPage):
        self.hint_label.setText(QCoreApplication.translate("JumlahPelaksanaPage", u"Jumlah pelaksana yang tersedia sesuai beban kerja, boleh dirinci per jabatan.", None))
        self.jumlah_plain_text_edit.setPlaceholderText(QCoreApplication.translate("JumlahPelaksanaPage", u"mis. 8 orang (2 petugas loket, 4 operator, 2 verifikator)", None))
        pass
    # retranslateUi
