# Generated from forms/start_page.ui by scripts/build_forms.py: do not edit.
# -*- coding: utf-8 -*-

################################################################################
##
##
################################################################################

from PySide6.QtCore import (QCoreApplication, QSize)
from PySide6.QtWidgets import (QHBoxLayout, QLabel, QListWidget,
    QPushButton, QSizePolicy, QSpacerItem,
    QVBoxLayout, QWidget)

class Ui_StartPage(object):
    def setupUi(self, StartPage):
        if not StartPage.objectName():
            StartPage.setObjectName(u"StartPage")
        StartPage.resize(900, 640)
        self.outer_layout = QHBoxLayout(StartPage)
        self.outer_layout.setObjectName(u"outer_layout")
        self.left_spacer = QSpacerItem(40, 20, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.outer_layout.addItem(self.left_spacer)

        self.card_widget = QWidget(StartPage)
        self.card_widget.setObjectName(u"card_widget")
        self.card_widget.setMinimumSize(QSize(480, 0))
        self.card_widget.setMaximumSize(QSize(600, 16777215))
        self.card_layout = QVBoxLayout(self.card_widget)
        self.card_layout.setSpacing(12)
        self.card_layout.setObjectName(u"card_layout")
        self.card_layout.setContentsMargins(0, 0, 0, 0)
        self.top_spacer = QSpacerItem(20, 40, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.card_layout.addItem(self.top_spacer)

        self.title_label = QLabel(self.card_widget)
        self.title_label.setObjectName(u"title_label")
        self.title_label.setStyleSheet(u"font-size: 22pt; font-weight: 600;")

        self.card_layout.addWidget(self.title_label)

        self.subtitle_label = QLabel(self.card_widget)
        self.subtitle_label.setObjectName(u"subtitle_label")
        self.subtitle_label.setWordWrap(True)

        self.card_layout.addWidget(self.subtitle_label)

        self.buttons_layout = QHBoxLayout()
        self.buttons_layout.setObjectName(u"buttons_layout")
        self.new_push_button = QPushButton(self.card_widget)
        self.new_push_button.setObjectName(u"new_push_button")
        self.new_push_button.setMinimumSize(QSize(0, 34))

        self.buttons_layout.addWidget(self.new_push_button)

        self.open_push_button = QPushButton(self.card_widget)
        self.open_push_button.setObjectName(u"open_push_button")
        self.open_push_button.setMinimumSize(QSize(0, 34))

        self.buttons_layout.addWidget(self.open_push_button)


        self.card_layout.addLayout(self.buttons_layout)

        self.recent_label = QLabel(self.card_widget)
        self.recent_label.setObjectName(u"recent_label")
        self.recent_label.setStyleSheet(u"font-weight: 600; margin-top: 12px;")

        self.card_layout.addWidget(self.recent_label)

        self.recent_list_widget = QListWidget(self.card_widget)
        self.recent_list_widget.setObjectName(u"recent_list_widget")
        self.recent_list_widget.setSpacing(4)
        self.recent_list_widget.setMaximumSize(QSize(16777215, 240))
        self.recent_list_widget.setIconSize(QSize(20, 20))

        self.card_layout.addWidget(self.recent_list_widget)

        self.recent_empty_label = QLabel(self.card_widget)
        self.recent_empty_label.setObjectName(u"recent_empty_label")
        self.recent_empty_label.setEnabled(False)

        self.card_layout.addWidget(self.recent_empty_label)

        self.bottom_spacer = QSpacerItem(20, 40, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.card_layout.addItem(self.bottom_spacer)


        self.outer_layout.addWidget(self.card_widget)

        self.right_spacer = QSpacerItem(40, 20, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.outer_layout.addItem(self.right_spacer)


        self.retranslateUi(StartPage)
    # setupUi

    def retranslateUi(self, StartPage):
        self.title_label.setText(QCoreApplication.translate("StartPage", u"SP Desktop", None))
        self.subtitle_label.setText(QCoreApplication.translate("StartPage", u"Menyusun Standar Pelayanan bersama Tim Penyusun. Semua yang diketik tersimpan otomatis di satu berkas proyek (.spdb).", None))
        self.new_push_button.setText(QCoreApplication.translate("StartPage", u"Proyek baru\u2026", None))
        self.open_push_button.setText(QCoreApplication.translate("StartPage", u"Buka proyek\u2026", None))
        self.recent_label.setText(QCoreApplication.translate("StartPage", u"Berkas terakhir", None))
#if QT_CONFIG(accessibility)
        self.recent_list_widget.setAccessibleName(QCoreApplication.translate("StartPage", u"Berkas terakhir", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(tooltip)
        self.recent_list_widget.setToolTip(QCoreApplication.translate("StartPage", u"Klik dua kali atau tekan Enter untuk membuka", None))
#endif // QT_CONFIG(tooltip)
        self.recent_empty_label.setText(QCoreApplication.translate("StartPage", u"Belum ada berkas yang pernah dibuka.", None))
        pass
    # retranslateUi
