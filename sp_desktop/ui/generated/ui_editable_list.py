# Generated from forms/editable_list.ui by scripts/build_forms.py: do not edit.
# -*- coding: utf-8 -*-

################################################################################
##
##
################################################################################

from PySide6.QtCore import (QCoreApplication, Qt)
from PySide6.QtGui import (QAction)
from PySide6.QtWidgets import (QAbstractItemView, QHBoxLayout, QLabel, QPushButton, QSizePolicy, QSpacerItem,
    QTableView, QVBoxLayout)

class Ui_EditableList(object):
    def setupUi(self, EditableList):
        if not EditableList.objectName():
            EditableList.setObjectName(u"EditableList")
        EditableList.resize(640, 320)
        self.remove_action = QAction(EditableList)
        self.remove_action.setObjectName(u"remove_action")
        self.remove_action.setShortcutContext(Qt.WidgetShortcut)
        self.move_up_action = QAction(EditableList)
        self.move_up_action.setObjectName(u"move_up_action")
        self.move_up_action.setShortcutContext(Qt.WidgetShortcut)
        self.move_down_action = QAction(EditableList)
        self.move_down_action.setObjectName(u"move_down_action")
        self.move_down_action.setShortcutContext(Qt.WidgetShortcut)
        self.paste_action = QAction(EditableList)
        self.paste_action.setObjectName(u"paste_action")
        self.paste_action.setShortcutContext(Qt.WidgetShortcut)
        self.list_layout = QVBoxLayout(EditableList)
        self.list_layout.setSpacing(6)
        self.list_layout.setObjectName(u"list_layout")
        self.list_layout.setContentsMargins(0, 0, 0, 0)
        self.items_table_view = QTableView(EditableList)
        self.items_table_view.setObjectName(u"items_table_view")
        self.items_table_view.setAlternatingRowColors(True)
        self.items_table_view.setSelectionMode(QAbstractItemView.SingleSelection)
        self.items_table_view.setSelectionBehavior(QAbstractItemView.SelectRows)
        self.items_table_view.setEditTriggers(QAbstractItemView.DoubleClicked|QAbstractItemView.EditKeyPressed|QAbstractItemView.AnyKeyPressed|QAbstractItemView.SelectedClicked)
        self.items_table_view.setWordWrap(True)
        self.items_table_view.setTabKeyNavigation(False)

        self.list_layout.addWidget(self.items_table_view)

        self.empty_label = QLabel(EditableList)
        self.empty_label.setObjectName(u"empty_label")
        self.empty_label.setWordWrap(True)
        self.empty_label.setStyleSheet(u"color: palette(placeholder-text);")

        self.list_layout.addWidget(self.empty_label)

        self.buttons_layout = QHBoxLayout()
        self.buttons_layout.setSpacing(6)
        self.buttons_layout.setObjectName(u"buttons_layout")
        self.add_button = QPushButton(EditableList)
        self.add_button.setObjectName(u"add_button")

        self.buttons_layout.addWidget(self.add_button)

        self.remove_button = QPushButton(EditableList)
        self.remove_button.setObjectName(u"remove_button")

        self.buttons_layout.addWidget(self.remove_button)

        self.move_up_button = QPushButton(EditableList)
        self.move_up_button.setObjectName(u"move_up_button")

        self.buttons_layout.addWidget(self.move_up_button)

        self.move_down_button = QPushButton(EditableList)
        self.move_down_button.setObjectName(u"move_down_button")

        self.buttons_layout.addWidget(self.move_down_button)

        self.buttons_spacer = QSpacerItem(20, 10, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.buttons_layout.addItem(self.buttons_spacer)

        self.paste_button = QPushButton(EditableList)
        self.paste_button.setObjectName(u"paste_button")

        self.buttons_layout.addWidget(self.paste_button)


        self.list_layout.addLayout(self.buttons_layout)


        self.retranslateUi(EditableList)
    # setupUi

    def retranslateUi(self, EditableList):
        self.remove_action.setText(QCoreApplication.translate("EditableList", u"Hapus baris", None))
#if QT_CONFIG(shortcut)
        self.remove_action.setShortcut(QCoreApplication.translate("EditableList", u"Del", None))
#endif // QT_CONFIG(shortcut)
        self.move_up_action.setText(QCoreApplication.translate("EditableList", u"Naikkan", None))
#if QT_CONFIG(shortcut)
        self.move_up_action.setShortcut(QCoreApplication.translate("EditableList", u"Ctrl+Up", None))
#endif // QT_CONFIG(shortcut)
        self.move_down_action.setText(QCoreApplication.translate("EditableList", u"Turunkan", None))
#if QT_CONFIG(shortcut)
        self.move_down_action.setShortcut(QCoreApplication.translate("EditableList", u"Ctrl+Down", None))
#endif // QT_CONFIG(shortcut)
        self.paste_action.setText(QCoreApplication.translate("EditableList", u"Tempel sebagai baris baru", None))
#if QT_CONFIG(shortcut)
        self.paste_action.setShortcut(QCoreApplication.translate("EditableList", u"Ctrl+V", None))
#endif // QT_CONFIG(shortcut)
#if QT_CONFIG(accessibility)
        self.items_table_view.setAccessibleName(QCoreApplication.translate("EditableList", u"Daftar isian", None))
#endif // QT_CONFIG(accessibility)
        self.empty_label.setText(QCoreApplication.translate("EditableList", u"Belum ada isian. Klik \u201cTambah\u201d, atau salin daftar dari dokumen lama lalu \u201cTempel beberapa baris\u201d.", None))
        self.add_button.setText(QCoreApplication.translate("EditableList", u"Tambah", None))
#if QT_CONFIG(tooltip)
        self.add_button.setToolTip(QCoreApplication.translate("EditableList", u"Tambah baris baru di bawah baris terpilih", None))
#endif // QT_CONFIG(tooltip)
        self.remove_button.setText(QCoreApplication.translate("EditableList", u"Hapus", None))
#if QT_CONFIG(tooltip)
        self.remove_button.setToolTip(QCoreApplication.translate("EditableList", u"Hapus baris terpilih (Delete)", None))
#endif // QT_CONFIG(tooltip)
        self.move_up_button.setText(QCoreApplication.translate("EditableList", u"Naik", None))
#if QT_CONFIG(tooltip)
        self.move_up_button.setToolTip(QCoreApplication.translate("EditableList", u"Naikkan baris terpilih (Ctrl+\u2191)", None))
#endif // QT_CONFIG(tooltip)
        self.move_down_button.setText(QCoreApplication.translate("EditableList", u"Turun", None))
#if QT_CONFIG(tooltip)
        self.move_down_button.setToolTip(QCoreApplication.translate("EditableList", u"Turunkan baris terpilih (Ctrl+\u2193)", None))
#endif // QT_CONFIG(tooltip)
        self.paste_button.setText(QCoreApplication.translate("EditableList", u"Tempel beberapa baris\u2026", None))
#if QT_CONFIG(tooltip)
        self.paste_button.setToolTip(QCoreApplication.translate("EditableList", u"Tempel daftar dari dokumen lain: satu baris menjadi satu isian; nomor dan butir (1., a., -, \u2022) dibuang. Di dalam tabel: Ctrl+V.", None))
#endif // QT_CONFIG(tooltip)
        pass
    # retranslateUi
