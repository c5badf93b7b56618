# Generated from forms/pembahasan_apply_dialog.ui by scripts/build_forms.py: do not edit.
# -*- coding: utf-8 -*-

################################################################################
##
##
################################################################################

from PySide6.QtCore import (QCoreApplication, Qt)
from PySide6.QtWidgets import (QDialogButtonBox,
    QLabel, QSizePolicy, QVBoxLayout, QWidget)

class Ui_PembahasanApplyDialog(object):
    def setupUi(self, PembahasanApplyDialog):
        if not PembahasanApplyDialog.objectName():
            PembahasanApplyDialog.setObjectName(u"PembahasanApplyDialog")
        PembahasanApplyDialog.resize(860, 600)
        self.dialog_layout = QVBoxLayout(PembahasanApplyDialog)
        self.dialog_layout.setObjectName(u"dialog_layout")
        self.masukan_label = QLabel(PembahasanApplyDialog)
        self.masukan_label.setObjectName(u"masukan_label")
        self.masukan_label.setWordWrap(True)
        self.masukan_label.setTextFormat(Qt.PlainText)
        self.masukan_label.setStyleSheet(u"background: palette(alternate-base); border: 1px solid palette(mid); border-radius: 4px; padding: 8px;")

        self.dialog_layout.addWidget(self.masukan_label)

        self.component_label = QLabel(PembahasanApplyDialog)
        self.component_label.setObjectName(u"component_label")
        self.component_label.setStyleSheet(u"font-weight: 600;")

        self.dialog_layout.addWidget(self.component_label)

        self.editor_container = QWidget(PembahasanApplyDialog)
        self.editor_container.setObjectName(u"editor_container")
        sizePolicy = QSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
        sizePolicy.setHorizontalStretch(0)
        sizePolicy.setVerticalStretch(1)
        sizePolicy.setHeightForWidth(self.editor_container.sizePolicy().hasHeightForWidth())
        self.editor_container.setSizePolicy(sizePolicy)
        self.editor_layout = QVBoxLayout(self.editor_container)
        self.editor_layout.setObjectName(u"editor_layout")
        self.editor_layout.setContentsMargins(0, 0, 0, 0)

        self.dialog_layout.addWidget(self.editor_container)

        self.confirm_label = QLabel(PembahasanApplyDialog)
        self.confirm_label.setObjectName(u"confirm_label")
        self.confirm_label.setWordWrap(True)

        self.dialog_layout.addWidget(self.confirm_label)

        self.button_box = QDialogButtonBox(PembahasanApplyDialog)
        self.button_box.setObjectName(u"button_box")
        self.button_box.setStandardButtons(QDialogButtonBox.Cancel|QDialogButtonBox.Ok)

        self.dialog_layout.addWidget(self.button_box)


        self.retranslateUi(PembahasanApplyDialog)
    # setupUi

    def retranslateUi(self, PembahasanApplyDialog):
        PembahasanApplyDialog.setWindowTitle(QCoreApplication.translate("PembahasanApplyDialog", u"Terapkan masukan ke standar", None))
        self.masukan_label.setText("")
        self.component_label.setText("")
        self.confirm_label.setText(QCoreApplication.translate("PembahasanApplyDialog", u"Ubah komponen di atas sesuai masukan yang disepakati, lalu klik \u201cTerapkan\u201d. Perubahan disimpan sekali, dengan catatan riwayat yang menyebut pembahasan ini.", None))
    # retranslateUi
