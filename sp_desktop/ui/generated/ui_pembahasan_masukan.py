# Generated from forms/pembahasan_masukan.ui by scripts/build_forms.py: do not edit.
# -*- coding: utf-8 -*-

################################################################################
##
##
################################################################################

from PySide6.QtCore import (QCoreApplication)
from PySide6.QtWidgets import (QHBoxLayout, QLabel, QPushButton,
    QSizePolicy, QSpacerItem, QVBoxLayout)

from sp_desktop.ui.widgets.editable_list import EditableListWidget

class Ui_PembahasanMasukan(object):
    def setupUi(self, PembahasanMasukan):
        if not PembahasanMasukan.objectName():
            PembahasanMasukan.setObjectName(u"PembahasanMasukan")
        PembahasanMasukan.resize(820, 480)
        self.masukan_layout = QVBoxLayout(PembahasanMasukan)
        self.masukan_layout.setSpacing(6)
        self.masukan_layout.setObjectName(u"masukan_layout")
        self.hint_label = QLabel(PembahasanMasukan)
        self.hint_label.setObjectName(u"hint_label")
        self.hint_label.setWordWrap(True)

        self.masukan_layout.addWidget(self.hint_label)

        self.masukan_list_widget = EditableListWidget(PembahasanMasukan)
        self.masukan_list_widget.setObjectName(u"masukan_list_widget")

        self.masukan_layout.addWidget(self.masukan_list_widget)

        self.apply_layout = QHBoxLayout()
        self.apply_layout.setObjectName(u"apply_layout")
        self.apply_push_button = QPushButton(PembahasanMasukan)
        self.apply_push_button.setObjectName(u"apply_push_button")

        self.apply_layout.addWidget(self.apply_push_button)

        self.apply_hint_label = QLabel(PembahasanMasukan)
        self.apply_hint_label.setObjectName(u"apply_hint_label")
        self.apply_hint_label.setWordWrap(True)
        self.apply_hint_label.setStyleSheet(u"color: palette(placeholder-text);")

        self.apply_layout.addWidget(self.apply_hint_label)

        self.apply_spacer = QSpacerItem(10, 10, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.apply_layout.addItem(self.apply_spacer)


        self.masukan_layout.addLayout(self.apply_layout)


        self.retranslateUi(PembahasanMasukan)
    # setupUi

    def retranslateUi(self, PembahasanMasukan):
        self.hint_label.setText(QCoreApplication.translate("PembahasanMasukan", u"Catat setiap masukan peserta terhadap satu layanan dan komponennya, tindak lanjutnya, dan apakah disepakati. Masukan yang disepakati diterapkan ke standar dengan \u201cTerapkan ke standar\u2026\u201d; riwayat layanan mencatat bahwa perubahan itu berasal dari pembahasan ini.", None))
        self.apply_push_button.setText(QCoreApplication.translate("PembahasanMasukan", u"Terapkan ke &standar\u2026", None))
#if QT_CONFIG(tooltip)
        self.apply_push_button.setToolTip(QCoreApplication.translate("PembahasanMasukan", u"Ubah komponen layanan sesuai masukan terpilih yang disepakati", None))
#endif // QT_CONFIG(tooltip)
        self.apply_hint_label.setText("")
        pass
    # retranslateUi
