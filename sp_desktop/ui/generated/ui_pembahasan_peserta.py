# Generated from forms/pembahasan_peserta.ui by scripts/build_forms.py: do not edit.
# -*- coding: utf-8 -*-

################################################################################
##
##
################################################################################

from PySide6.QtCore import (QCoreApplication)
from PySide6.QtWidgets import (QHBoxLayout, QLabel, QPushButton,
    QSizePolicy, QSpacerItem, QVBoxLayout)

from sp_desktop.ui.widgets.editable_list import EditableListWidget

class Ui_PembahasanPeserta(object):
    def setupUi(self, PembahasanPeserta):
        if not PembahasanPeserta.objectName():
            PembahasanPeserta.setObjectName(u"PembahasanPeserta")
        PembahasanPeserta.resize(820, 480)
        self.peserta_layout = QVBoxLayout(PembahasanPeserta)
        self.peserta_layout.setSpacing(6)
        self.peserta_layout.setObjectName(u"peserta_layout")
        self.counts_label = QLabel(PembahasanPeserta)
        self.counts_label.setObjectName(u"counts_label")
        self.counts_label.setWordWrap(True)
        self.counts_label.setStyleSheet(u"font-weight: 600;")

        self.peserta_layout.addWidget(self.counts_label)

        self.missing_label = QLabel(PembahasanPeserta)
        self.missing_label.setObjectName(u"missing_label")
        self.missing_label.setStyleSheet(u"background: #fff4d6; border: 1px solid #e0b84a; border-radius: 4px; padding: 6px; color: #5c4300;")
        self.missing_label.setWordWrap(True)

        self.peserta_layout.addWidget(self.missing_label)

        self.peserta_list_widget = EditableListWidget(PembahasanPeserta)
        self.peserta_list_widget.setObjectName(u"peserta_list_widget")

        self.peserta_layout.addWidget(self.peserta_list_widget)

        self.walk_in_layout = QHBoxLayout()
        self.walk_in_layout.setObjectName(u"walk_in_layout")
        self.walk_in_push_button = QPushButton(PembahasanPeserta)
        self.walk_in_push_button.setObjectName(u"walk_in_push_button")

        self.walk_in_layout.addWidget(self.walk_in_push_button)

        self.keys_label = QLabel(PembahasanPeserta)
        self.keys_label.setObjectName(u"keys_label")
        self.keys_label.setStyleSheet(u"color: palette(placeholder-text);")

        self.walk_in_layout.addWidget(self.keys_label)

        self.walk_in_spacer = QSpacerItem(10, 10, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.walk_in_layout.addItem(self.walk_in_spacer)


        self.peserta_layout.addLayout(self.walk_in_layout)


        self.retranslateUi(PembahasanPeserta)
    # setupUi

    def retranslateUi(self, PembahasanPeserta):
        self.counts_label.setText("")
        self.missing_label.setText("")
        self.walk_in_push_button.setText(QCoreApplication.translate("PembahasanPeserta", u"Tambah peserta yang datang &langsung", None))
#if QT_CONFIG(tooltip)
        self.walk_in_push_button.setToolTip(QCoreApplication.translate("PembahasanPeserta", u"Peserta yang hadir tanpa undangan: dicatat hadir dan tidak diundang", None))
#endif // QT_CONFIG(tooltip)
        self.keys_label.setText(QCoreApplication.translate("PembahasanPeserta", u"Spasi mencentang kolom Diundang/Hadir; Tab berpindah ke sel berikutnya.", None))
        pass
    # retranslateUi
