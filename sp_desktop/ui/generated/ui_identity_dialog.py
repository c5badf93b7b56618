# Generated from forms/identity_dialog.ui by scripts/build_forms.py: do not edit.
# -*- coding: utf-8 -*-

################################################################################
##
##
################################################################################

from PySide6.QtCore import (QCoreApplication, Qt)
from PySide6.QtWidgets import (QAbstractItemView, QDialogButtonBox, QHBoxLayout, QLabel,
    QLineEdit, QSizePolicy, QSpacerItem, QStackedWidget,
    QTableWidget, QTableWidgetItem, QVBoxLayout, QWidget)

from sp_desktop.ui.widgets.member_form import MemberFormWidget

class Ui_IdentityDialog(object):
    def setupUi(self, IdentityDialog):
        if not IdentityDialog.objectName():
            IdentityDialog.setObjectName(u"IdentityDialog")
        IdentityDialog.resize(640, 460)
        IdentityDialog.setModal(True)
        self.dialog_layout = QVBoxLayout(IdentityDialog)
        self.dialog_layout.setSpacing(10)
        self.dialog_layout.setObjectName(u"dialog_layout")
        self.pages_stacked_widget = QStackedWidget(IdentityDialog)
        self.pages_stacked_widget.setObjectName(u"pages_stacked_widget")
        self.choose_page = QWidget()
        self.choose_page.setObjectName(u"choose_page")
        self.choose_layout = QVBoxLayout(self.choose_page)
        self.choose_layout.setObjectName(u"choose_layout")
        self.choose_layout.setContentsMargins(0, 0, 0, 0)
        self.choose_intro_label = QLabel(self.choose_page)
        self.choose_intro_label.setObjectName(u"choose_intro_label")
        self.choose_intro_label.setWordWrap(True)

        self.choose_layout.addWidget(self.choose_intro_label)

        self.members_table_widget = QTableWidget(self.choose_page)
        if (self.members_table_widget.columnCount() < 3):
            self.members_table_widget.setColumnCount(3)
        __qtablewidgetitem = QTableWidgetItem()
        self.members_table_widget.setHorizontalHeaderItem(0, __qtablewidgetitem)
        __qtablewidgetitem1 = QTableWidgetItem()
        self.members_table_widget.setHorizontalHeaderItem(1, __qtablewidgetitem1)
        __qtablewidgetitem2 = QTableWidgetItem()
        self.members_table_widget.setHorizontalHeaderItem(2, __qtablewidgetitem2)
        self.members_table_widget.setObjectName(u"members_table_widget")
        self.members_table_widget.setTabKeyNavigation(False)
        self.members_table_widget.setEditTriggers(QAbstractItemView.NoEditTriggers)
        self.members_table_widget.setAlternatingRowColors(True)
        self.members_table_widget.setSelectionMode(QAbstractItemView.SingleSelection)
        self.members_table_widget.setSelectionBehavior(QAbstractItemView.SelectRows)
        self.members_table_widget.horizontalHeader().setStretchLastSection(False)
        self.members_table_widget.verticalHeader().setVisible(False)

        self.choose_layout.addWidget(self.members_table_widget)

        self.pin_layout = QHBoxLayout()
        self.pin_layout.setObjectName(u"pin_layout")
        self.pin_label = QLabel(self.choose_page)
        self.pin_label.setObjectName(u"pin_label")

        self.pin_layout.addWidget(self.pin_label)

        self.pin_line_edit = QLineEdit(self.choose_page)
        self.pin_line_edit.setObjectName(u"pin_line_edit")
        self.pin_line_edit.setMaxLength(8)
        self.pin_line_edit.setEchoMode(QLineEdit.Password)
        self.pin_line_edit.setInputMethodHints(Qt.ImhDigitsOnly)

        self.pin_layout.addWidget(self.pin_line_edit)


        self.choose_layout.addLayout(self.pin_layout)

        self.choose_hint_label = QLabel(self.choose_page)
        self.choose_hint_label.setObjectName(u"choose_hint_label")
        self.choose_hint_label.setEnabled(False)
        self.choose_hint_label.setWordWrap(True)

        self.choose_layout.addWidget(self.choose_hint_label)

        self.pin_help_label = QLabel(self.choose_page)
        self.pin_help_label.setObjectName(u"pin_help_label")
        self.pin_help_label.setStyleSheet(u"color: #555555;")
        self.pin_help_label.setWordWrap(True)

        self.choose_layout.addWidget(self.pin_help_label)

        self.pages_stacked_widget.addWidget(self.choose_page)
        self.first_member_page = QWidget()
        self.first_member_page.setObjectName(u"first_member_page")
        self.first_member_layout = QVBoxLayout(self.first_member_page)
        self.first_member_layout.setSpacing(12)
        self.first_member_layout.setObjectName(u"first_member_layout")
        self.first_member_layout.setContentsMargins(0, 0, 0, 0)
        self.first_member_intro_label = QLabel(self.first_member_page)
        self.first_member_intro_label.setObjectName(u"first_member_intro_label")
        self.first_member_intro_label.setWordWrap(True)

        self.first_member_layout.addWidget(self.first_member_intro_label)

        self.member_form_widget = MemberFormWidget(self.first_member_page)
        self.member_form_widget.setObjectName(u"member_form_widget")

        self.first_member_layout.addWidget(self.member_form_widget)

        self.first_member_spacer = QSpacerItem(20, 0, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.first_member_layout.addItem(self.first_member_spacer)

        self.pages_stacked_widget.addWidget(self.first_member_page)

        self.dialog_layout.addWidget(self.pages_stacked_widget)

        self.button_box = QDialogButtonBox(IdentityDialog)
        self.button_box.setObjectName(u"button_box")
        self.button_box.setStandardButtons(QDialogButtonBox.Cancel|QDialogButtonBox.Ok)

        self.dialog_layout.addWidget(self.button_box)

#if QT_CONFIG(shortcut)
        self.pin_label.setBuddy(self.pin_line_edit)
#endif // QT_CONFIG(shortcut)

        self.retranslateUi(IdentityDialog)
    # setupUi

    def retranslateUi(self, IdentityDialog):
        IdentityDialog.setWindowTitle(QCoreApplication.translate("IdentityDialog", u"Siapa Anda?", None))
        self.choose_intro_label.setText(QCoreApplication.translate("IdentityDialog", u"Pilih nama Anda dari Tim Penyusun. Setiap perubahan dalam proyek ini dicatat atas nama Anda.", None))
        ___qtablewidgetitem = self.members_table_widget.horizontalHeaderItem(0)
        ___qtablewidgetitem.setText(QCoreApplication.translate("IdentityDialog", u"Nama", None))
        ___qtablewidgetitem1 = self.members_table_widget.horizontalHeaderItem(1)
        ___qtablewidgetitem1.setText(QCoreApplication.translate("IdentityDialog", u"Jabatan", None))
        ___qtablewidgetitem2 = self.members_table_widget.horizontalHeaderItem(2)
        ___qtablewidgetitem2.setText(QCoreApplication.translate("IdentityDialog", u"Peran", None))
#if QT_CONFIG(accessibility)
        self.members_table_widget.setAccessibleName(QCoreApplication.translate("IdentityDialog", u"Anggota tim", None))
#endif // QT_CONFIG(accessibility)
        self.pin_label.setText(QCoreApplication.translate("IdentityDialog", u"&PIN", None))
#if QT_CONFIG(accessibility)
        self.pin_line_edit.setAccessibleName(QCoreApplication.translate("IdentityDialog", u"PIN", None))
#endif // QT_CONFIG(accessibility)
        self.pin_line_edit.setPlaceholderText(QCoreApplication.translate("IdentityDialog", u"Anggota ini memakai PIN", None))
        self.choose_hint_label.setText(QCoreApplication.translate("IdentityDialog", u"Nama Anda belum ada? Minta anggota tim menambahkannya di halaman Tim Penyusun.", None))
        self.pin_help_label.setText("")
        self.first_member_intro_label.setText(QCoreApplication.translate("IdentityDialog", u"Tim Penyusun masih kosong. Tambahkan diri Anda sebagai anggota pertama; biasanya ketua tim yang memulai proyek.", None))
    # retranslateUi
