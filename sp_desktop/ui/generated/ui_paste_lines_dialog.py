# Generated from forms/paste_lines_dialog.ui by scripts/build_forms.py: do not edit.
# -*- coding: utf-8 -*-

################################################################################
##
##
################################################################################

from PySide6.QtCore import (QCoreApplication)
from PySide6.QtWidgets import (QDialogButtonBox,
    QHBoxLayout, QLabel, QListWidget, QPlainTextEdit, QVBoxLayout)

class Ui_PasteLinesDialog(object):
    def setupUi(self, PasteLinesDialog):
        if not PasteLinesDialog.objectName():
            PasteLinesDialog.setObjectName(u"PasteLinesDialog")
        PasteLinesDialog.resize(720, 420)
        self.dialog_layout = QVBoxLayout(PasteLinesDialog)
        self.dialog_layout.setObjectName(u"dialog_layout")
        self.intro_label = QLabel(PasteLinesDialog)
        self.intro_label.setObjectName(u"intro_label")
        self.intro_label.setWordWrap(True)

        self.dialog_layout.addWidget(self.intro_label)

        self.panes_layout = QHBoxLayout()
        self.panes_layout.setObjectName(u"panes_layout")
        self.source_layout = QVBoxLayout()
        self.source_layout.setObjectName(u"source_layout")
        self.source_label = QLabel(PasteLinesDialog)
        self.source_label.setObjectName(u"source_label")

        self.source_layout.addWidget(self.source_label)

        self.source_plain_text_edit = QPlainTextEdit(PasteLinesDialog)
        self.source_plain_text_edit.setObjectName(u"source_plain_text_edit")

        self.source_layout.addWidget(self.source_plain_text_edit)


        self.panes_layout.addLayout(self.source_layout)

        self.preview_layout = QVBoxLayout()
        self.preview_layout.setObjectName(u"preview_layout")
        self.preview_label = QLabel(PasteLinesDialog)
        self.preview_label.setObjectName(u"preview_label")

        self.preview_layout.addWidget(self.preview_label)

        self.preview_list_widget = QListWidget(PasteLinesDialog)
        self.preview_list_widget.setObjectName(u"preview_list_widget")
        self.preview_list_widget.setWordWrap(True)
        self.preview_list_widget.setAlternatingRowColors(True)

        self.preview_layout.addWidget(self.preview_list_widget)


        self.panes_layout.addLayout(self.preview_layout)


        self.dialog_layout.addLayout(self.panes_layout)

        self.button_box = QDialogButtonBox(PasteLinesDialog)
        self.button_box.setObjectName(u"button_box")
        self.button_box.setStandardButtons(QDialogButtonBox.Cancel|QDialogButtonBox.Ok)

        self.dialog_layout.addWidget(self.button_box)

#if QT_CONFIG(shortcut)
        self.source_label.setBuddy(self.source_plain_text_edit)
#endif // QT_CONFIG(shortcut)

        self.retranslateUi(PasteLinesDialog)
    # setupUi

    def retranslateUi(self, PasteLinesDialog):
        PasteLinesDialog.setWindowTitle(QCoreApplication.translate("PasteLinesDialog", u"Tempel beberapa baris", None))
        self.intro_label.setText(QCoreApplication.translate("PasteLinesDialog", u"Tempelkan daftar dari dokumen lama (Word, PDF, laman web). Setiap baris menjadi satu isian; penomoran seperti \u201c1.\u201d, \u201ca)\u201d, \u201c-\u201d atau \u201c\u2022\u201d dibuang. Baris lanjutan tanpa nomor digabung ke isian sebelumnya.", None))
        self.source_label.setText(QCoreApplication.translate("PasteLinesDialog", u"Teks yang ditempel:", None))
        self.source_plain_text_edit.setPlaceholderText(QCoreApplication.translate("PasteLinesDialog", u"1. Fotokopi KTP\n"
"2. Fotokopi Kartu Keluarga", None))
        self.preview_label.setText(QCoreApplication.translate("PasteLinesDialog", u"Akan ditambahkan:", None))
    # retranslateUi
