# Generated from forms/help_dialog.ui by scripts/build_forms.py: do not edit.
# -*- coding: utf-8 -*-

################################################################################
##
##
################################################################################

from PySide6.QtCore import (QCoreApplication, QSize, Qt)
from PySide6.QtWidgets import (QDialogButtonBox,
    QHBoxLayout, QLabel, QListWidget, QPushButton, QSizePolicy, QTextBrowser, QVBoxLayout)

class Ui_HelpDialog(object):
    def setupUi(self, HelpDialog):
        if not HelpDialog.objectName():
            HelpDialog.setObjectName(u"HelpDialog")
        HelpDialog.resize(900, 600)
        HelpDialog.setMinimumSize(QSize(640, 420))
        self.dialog_layout = QVBoxLayout(HelpDialog)
        self.dialog_layout.setSpacing(8)
        self.dialog_layout.setObjectName(u"dialog_layout")
        self.content_layout = QHBoxLayout()
        self.content_layout.setSpacing(8)
        self.content_layout.setObjectName(u"content_layout")
        self.topics_list_widget = QListWidget(HelpDialog)
        self.topics_list_widget.setObjectName(u"topics_list_widget")
        self.topics_list_widget.setMinimumSize(QSize(170, 0))
        self.topics_list_widget.setMaximumSize(QSize(220, 16777215))

        self.content_layout.addWidget(self.topics_list_widget)

        self.content_text_browser = QTextBrowser(HelpDialog)
        self.content_text_browser.setObjectName(u"content_text_browser")
        self.content_text_browser.setOpenExternalLinks(True)

        self.content_layout.addWidget(self.content_text_browser)

        self.content_layout.setStretch(1, 1)

        self.dialog_layout.addLayout(self.content_layout)

        self.project_layout = QHBoxLayout()
        self.project_layout.setObjectName(u"project_layout")
        self.project_caption_label = QLabel(HelpDialog)
        self.project_caption_label.setObjectName(u"project_caption_label")

        self.project_layout.addWidget(self.project_caption_label)

        self.project_path_label = QLabel(HelpDialog)
        self.project_path_label.setObjectName(u"project_path_label")
        sizePolicy = QSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Preferred)
        sizePolicy.setHorizontalStretch(1)
        sizePolicy.setVerticalStretch(0)
        sizePolicy.setHeightForWidth(self.project_path_label.sizePolicy().hasHeightForWidth())
        self.project_path_label.setSizePolicy(sizePolicy)
        self.project_path_label.setTextInteractionFlags(Qt.TextSelectableByMouse|Qt.TextSelectableByKeyboard)

        self.project_layout.addWidget(self.project_path_label)

        self.open_folder_push_button = QPushButton(HelpDialog)
        self.open_folder_push_button.setObjectName(u"open_folder_push_button")

        self.project_layout.addWidget(self.open_folder_push_button)

        self.button_box = QDialogButtonBox(HelpDialog)
        self.button_box.setObjectName(u"button_box")
        self.button_box.setStandardButtons(QDialogButtonBox.Close)

        self.project_layout.addWidget(self.button_box)


        self.dialog_layout.addLayout(self.project_layout)


        self.retranslateUi(HelpDialog)
    # setupUi

    def retranslateUi(self, HelpDialog):
        HelpDialog.setWindowTitle(QCoreApplication.translate("HelpDialog", u"Bantuan SP Desktop", None))
#if QT_CONFIG(accessibility)
        self.topics_list_widget.setAccessibleName(QCoreApplication.translate("HelpDialog", u"Topik bantuan", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.content_text_browser.setAccessibleName(QCoreApplication.translate("HelpDialog", u"Isi bantuan", None))
#endif // QT_CONFIG(accessibility)
        self.project_caption_label.setText(QCoreApplication.translate("HelpDialog", u"Berkas proyek:", None))
        self.project_path_label.setText(QCoreApplication.translate("HelpDialog", u"(belum ada proyek yang dibuka)", None))
#if QT_CONFIG(tooltip)
        self.open_folder_push_button.setToolTip(QCoreApplication.translate("HelpDialog", u"Buka folder tempat berkas proyek disimpan", None))
#endif // QT_CONFIG(tooltip)
        self.open_folder_push_button.setText(QCoreApplication.translate("HelpDialog", u"&Buka folder", None))
    # retranslateUi
