# Generated from forms/team_page.ui by scripts/build_forms.py: do not edit.
# -*- coding: utf-8 -*-

################################################################################
##
##
################################################################################

from PySide6.QtCore import (QCoreApplication, Qt)
from PySide6.QtGui import (QAction)
from PySide6.QtWidgets import (QAbstractItemView, QHBoxLayout, QLabel, QPushButton, QSizePolicy, QSpacerItem,
    QTableView, QVBoxLayout)

class Ui_TeamPage(object):
    def setupUi(self, TeamPage):
        if not TeamPage.objectName():
            TeamPage.setObjectName(u"TeamPage")
        TeamPage.resize(1000, 700)
        self.remove_action = QAction(TeamPage)
        self.remove_action.setObjectName(u"remove_action")
        self.remove_action.setShortcutContext(Qt.WidgetShortcut)
        self.page_layout = QVBoxLayout(TeamPage)
        self.page_layout.setSpacing(10)
        self.page_layout.setObjectName(u"page_layout")
        self.page_layout.setContentsMargins(18, 14, 18, 14)
        self.title_label = QLabel(TeamPage)
        self.title_label.setObjectName(u"title_label")
        self.title_label.setStyleSheet(u"font-size: 15pt; font-weight: 600;")

        self.page_layout.addWidget(self.title_label)

        self.intro_label = QLabel(TeamPage)
        self.intro_label.setObjectName(u"intro_label")
        self.intro_label.setWordWrap(True)

        self.page_layout.addWidget(self.intro_label)

        self.problems_label = QLabel(TeamPage)
        self.problems_label.setObjectName(u"problems_label")
        self.problems_label.setStyleSheet(u"background: #fff4d6; border: 1px solid #e0b84a; border-radius: 4px; padding: 8px; color: #5c4300;")
        self.problems_label.setWordWrap(True)

        self.page_layout.addWidget(self.problems_label)

        self.buttons_layout = QHBoxLayout()
        self.buttons_layout.setObjectName(u"buttons_layout")
        self.add_push_button = QPushButton(TeamPage)
        self.add_push_button.setObjectName(u"add_push_button")

        self.buttons_layout.addWidget(self.add_push_button)

        self.edit_push_button = QPushButton(TeamPage)
        self.edit_push_button.setObjectName(u"edit_push_button")

        self.buttons_layout.addWidget(self.edit_push_button)

        self.remove_push_button = QPushButton(TeamPage)
        self.remove_push_button.setObjectName(u"remove_push_button")

        self.buttons_layout.addWidget(self.remove_push_button)

        self.buttons_spacer = QSpacerItem(40, 20, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.buttons_layout.addItem(self.buttons_spacer)


        self.page_layout.addLayout(self.buttons_layout)

        self.members_table_view = QTableView(TeamPage)
        self.members_table_view.setObjectName(u"members_table_view")
        self.members_table_view.setEditTriggers(QAbstractItemView.NoEditTriggers)
        self.members_table_view.setAlternatingRowColors(True)
        self.members_table_view.setSelectionMode(QAbstractItemView.SingleSelection)
        self.members_table_view.setSelectionBehavior(QAbstractItemView.SelectRows)
        self.members_table_view.setWordWrap(False)
        self.members_table_view.horizontalHeader().setStretchLastSection(False)
        self.members_table_view.verticalHeader().setVisible(False)

        self.page_layout.addWidget(self.members_table_view)


        self.retranslateUi(TeamPage)
    # setupUi

    def retranslateUi(self, TeamPage):
        self.remove_action.setText(QCoreApplication.translate("TeamPage", u"Hapus anggota", None))
#if QT_CONFIG(shortcut)
        self.remove_action.setShortcut(QCoreApplication.translate("TeamPage", u"Del", None))
#endif // QT_CONFIG(shortcut)
        self.title_label.setText(QCoreApplication.translate("TeamPage", u"Tim Penyusun", None))
        self.intro_label.setText(QCoreApplication.translate("TeamPage", u"Tim Penyusun Standar Pelayanan terdiri atas satu ketua, sekurang-kurangnya satu sekretaris, dan anggota. Setiap perubahan dicatat atas nama anggota yang sedang memakai aplikasi.", None))
        self.problems_label.setText("")
        self.add_push_button.setText(QCoreApplication.translate("TeamPage", u"&Tambah anggota\u2026", None))
        self.edit_push_button.setText(QCoreApplication.translate("TeamPage", u"Ub&ah\u2026", None))
        self.remove_push_button.setText(QCoreApplication.translate("TeamPage", u"&Hapus", None))
#if QT_CONFIG(accessibility)
        self.members_table_view.setAccessibleName(QCoreApplication.translate("TeamPage", u"Daftar anggota tim", None))
#endif // QT_CONFIG(accessibility)
        pass
    # retranslateUi
