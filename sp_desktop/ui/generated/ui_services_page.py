# Generated from forms/services_page.ui by scripts/build_forms.py: do not edit.
# -*- coding: utf-8 -*-

################################################################################
##
##
################################################################################

from PySide6.QtCore import (QCoreApplication, QSize, Qt)
from PySide6.QtGui import (QAction)
from PySide6.QtWidgets import (QAbstractItemView, QFrame, QHBoxLayout,
    QLabel, QLineEdit, QPushButton,
    QSizePolicy, QSpacerItem, QStackedWidget, QTableView,
    QToolButton, QVBoxLayout, QWidget)

class Ui_ServicesPage(object):
    def setupUi(self, ServicesPage):
        if not ServicesPage.objectName():
            ServicesPage.setObjectName(u"ServicesPage")
        ServicesPage.resize(1000, 700)
        self.add_action = QAction(ServicesPage)
        self.add_action.setObjectName(u"add_action")
        self.add_action.setShortcutContext(Qt.WidgetWithChildrenShortcut)
        self.rename_action = QAction(ServicesPage)
        self.rename_action.setObjectName(u"rename_action")
        self.rename_action.setShortcutContext(Qt.WidgetShortcut)
        self.duplicate_action = QAction(ServicesPage)
        self.duplicate_action.setObjectName(u"duplicate_action")
        self.duplicate_action.setShortcutContext(Qt.WidgetShortcut)
        self.delete_action = QAction(ServicesPage)
        self.delete_action.setObjectName(u"delete_action")
        self.delete_action.setShortcutContext(Qt.WidgetShortcut)
        self.move_up_action = QAction(ServicesPage)
        self.move_up_action.setObjectName(u"move_up_action")
        self.move_up_action.setShortcutContext(Qt.WidgetShortcut)
        self.move_down_action = QAction(ServicesPage)
        self.move_down_action.setObjectName(u"move_down_action")
        self.move_down_action.setShortcutContext(Qt.WidgetShortcut)
        self.history_action = QAction(ServicesPage)
        self.history_action.setObjectName(u"history_action")
        self.trash_action = QAction(ServicesPage)
        self.trash_action.setObjectName(u"trash_action")
        self.page_layout = QVBoxLayout(ServicesPage)
        self.page_layout.setObjectName(u"page_layout")
        self.page_layout.setContentsMargins(0, 0, 0, 0)
        self.services_stacked_widget = QStackedWidget(ServicesPage)
        self.services_stacked_widget.setObjectName(u"services_stacked_widget")
        self.list_page = QWidget()
        self.list_page.setObjectName(u"list_page")
        self.list_layout = QVBoxLayout(self.list_page)
        self.list_layout.setSpacing(10)
        self.list_layout.setObjectName(u"list_layout")
        self.list_layout.setContentsMargins(18, 14, 18, 14)
        self.title_layout = QHBoxLayout()
        self.title_layout.setObjectName(u"title_layout")
        self.title_label = QLabel(self.list_page)
        self.title_label.setObjectName(u"title_label")
        self.title_label.setStyleSheet(u"font-size: 15pt; font-weight: 600;")

        self.title_layout.addWidget(self.title_label)

        self.title_spacer = QSpacerItem(20, 20, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.title_layout.addItem(self.title_spacer)

        self.search_line_edit = QLineEdit(self.list_page)
        self.search_line_edit.setObjectName(u"search_line_edit")
        self.search_line_edit.setMinimumSize(QSize(260, 0))
        self.search_line_edit.setClearButtonEnabled(True)

        self.title_layout.addWidget(self.search_line_edit)


        self.list_layout.addLayout(self.title_layout)

        self.intro_label = QLabel(self.list_page)
        self.intro_label.setObjectName(u"intro_label")
        self.intro_label.setWordWrap(True)

        self.list_layout.addWidget(self.intro_label)

        self.toolbar_layout = QHBoxLayout()
        self.toolbar_layout.setSpacing(2)
        self.toolbar_layout.setObjectName(u"toolbar_layout")
        self.add_tool_button = QToolButton(self.list_page)
        self.add_tool_button.setObjectName(u"add_tool_button")
        self.add_tool_button.setToolButtonStyle(Qt.ToolButtonTextBesideIcon)
        self.add_tool_button.setAutoRaise(True)

        self.toolbar_layout.addWidget(self.add_tool_button)

        self.rename_tool_button = QToolButton(self.list_page)
        self.rename_tool_button.setObjectName(u"rename_tool_button")
        self.rename_tool_button.setToolButtonStyle(Qt.ToolButtonTextBesideIcon)
        self.rename_tool_button.setAutoRaise(True)

        self.toolbar_layout.addWidget(self.rename_tool_button)

        self.duplicate_tool_button = QToolButton(self.list_page)
        self.duplicate_tool_button.setObjectName(u"duplicate_tool_button")
        self.duplicate_tool_button.setToolButtonStyle(Qt.ToolButtonTextBesideIcon)
        self.duplicate_tool_button.setAutoRaise(True)

        self.toolbar_layout.addWidget(self.duplicate_tool_button)

        self.delete_tool_button = QToolButton(self.list_page)
        self.delete_tool_button.setObjectName(u"delete_tool_button")
        self.delete_tool_button.setToolButtonStyle(Qt.ToolButtonTextBesideIcon)
        self.delete_tool_button.setAutoRaise(True)

        self.toolbar_layout.addWidget(self.delete_tool_button)

        self.toolbar_line_1 = QFrame(self.list_page)
        self.toolbar_line_1.setObjectName(u"toolbar_line_1")
        self.toolbar_line_1.setFrameShape(QFrame.Shape.VLine)
        self.toolbar_line_1.setFrameShadow(QFrame.Shadow.Sunken)

        self.toolbar_layout.addWidget(self.toolbar_line_1)

        self.move_up_tool_button = QToolButton(self.list_page)
        self.move_up_tool_button.setObjectName(u"move_up_tool_button")
        self.move_up_tool_button.setToolButtonStyle(Qt.ToolButtonTextBesideIcon)
        self.move_up_tool_button.setAutoRaise(True)

        self.toolbar_layout.addWidget(self.move_up_tool_button)

        self.move_down_tool_button = QToolButton(self.list_page)
        self.move_down_tool_button.setObjectName(u"move_down_tool_button")
        self.move_down_tool_button.setToolButtonStyle(Qt.ToolButtonTextBesideIcon)
        self.move_down_tool_button.setAutoRaise(True)

        self.toolbar_layout.addWidget(self.move_down_tool_button)

        self.toolbar_line_2 = QFrame(self.list_page)
        self.toolbar_line_2.setObjectName(u"toolbar_line_2")
        self.toolbar_line_2.setFrameShape(QFrame.Shape.VLine)
        self.toolbar_line_2.setFrameShadow(QFrame.Shadow.Sunken)

        self.toolbar_layout.addWidget(self.toolbar_line_2)

        self.history_tool_button = QToolButton(self.list_page)
        self.history_tool_button.setObjectName(u"history_tool_button")
        self.history_tool_button.setToolButtonStyle(Qt.ToolButtonTextBesideIcon)
        self.history_tool_button.setAutoRaise(True)

        self.toolbar_layout.addWidget(self.history_tool_button)

        self.trash_tool_button = QToolButton(self.list_page)
        self.trash_tool_button.setObjectName(u"trash_tool_button")
        self.trash_tool_button.setToolButtonStyle(Qt.ToolButtonTextBesideIcon)
        self.trash_tool_button.setAutoRaise(True)

        self.toolbar_layout.addWidget(self.trash_tool_button)

        self.toolbar_spacer = QSpacerItem(20, 20, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.toolbar_layout.addItem(self.toolbar_spacer)


        self.list_layout.addLayout(self.toolbar_layout)

        self.services_table_view = QTableView(self.list_page)
        self.services_table_view.setObjectName(u"services_table_view")
        self.services_table_view.setEditTriggers(QAbstractItemView.NoEditTriggers)
        self.services_table_view.setAlternatingRowColors(True)
        self.services_table_view.setSelectionMode(QAbstractItemView.SingleSelection)
        self.services_table_view.setSelectionBehavior(QAbstractItemView.SelectRows)
        self.services_table_view.setWordWrap(False)
        self.services_table_view.horizontalHeader().setStretchLastSection(False)
        self.services_table_view.verticalHeader().setVisible(False)

        self.list_layout.addWidget(self.services_table_view)

        self.empty_label = QLabel(self.list_page)
        self.empty_label.setObjectName(u"empty_label")
        self.empty_label.setEnabled(False)
        self.empty_label.setAlignment(Qt.AlignCenter)

        self.list_layout.addWidget(self.empty_label)

        self.services_stacked_widget.addWidget(self.list_page)
        self.editor_page = QWidget()
        self.editor_page.setObjectName(u"editor_page")
        self.editor_layout = QVBoxLayout(self.editor_page)
        self.editor_layout.setSpacing(6)
        self.editor_layout.setObjectName(u"editor_layout")
        self.editor_layout.setContentsMargins(8, 6, 8, 0)
        self.editor_header_layout = QHBoxLayout()
        self.editor_header_layout.setObjectName(u"editor_header_layout")
        self.back_push_button = QPushButton(self.editor_page)
        self.back_push_button.setObjectName(u"back_push_button")

        self.editor_header_layout.addWidget(self.back_push_button)

        self.editor_header_spacer = QSpacerItem(20, 20, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.editor_header_layout.addItem(self.editor_header_spacer)


        self.editor_layout.addLayout(self.editor_header_layout)

        self.editor_container_widget = QWidget(self.editor_page)
        self.editor_container_widget.setObjectName(u"editor_container_widget")
        sizePolicy = QSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Expanding)
        sizePolicy.setHorizontalStretch(0)
        sizePolicy.setVerticalStretch(1)
        sizePolicy.setHeightForWidth(self.editor_container_widget.sizePolicy().hasHeightForWidth())
        self.editor_container_widget.setSizePolicy(sizePolicy)
        self.editor_container_layout = QVBoxLayout(self.editor_container_widget)
        self.editor_container_layout.setObjectName(u"editor_container_layout")
        self.editor_container_layout.setContentsMargins(0, 0, 0, 0)

        self.editor_layout.addWidget(self.editor_container_widget)

        self.services_stacked_widget.addWidget(self.editor_page)

        self.page_layout.addWidget(self.services_stacked_widget)

        QWidget.setTabOrder(self.search_line_edit, self.services_table_view)

        self.retranslateUi(ServicesPage)
    # setupUi

    def retranslateUi(self, ServicesPage):
        self.add_action.setText(QCoreApplication.translate("ServicesPage", u"&Tambah\u2026", None))
#if QT_CONFIG(tooltip)
        self.add_action.setToolTip(QCoreApplication.translate("ServicesPage", u"Tambah jenis pelayanan (Ctrl+Shift+N)", None))
#endif // QT_CONFIG(tooltip)
#if QT_CONFIG(shortcut)
        self.add_action.setShortcut(QCoreApplication.translate("ServicesPage", u"Ctrl+Shift+N", None))
#endif // QT_CONFIG(shortcut)
        self.rename_action.setText(QCoreApplication.translate("ServicesPage", u"Ubah &nama\u2026", None))
#if QT_CONFIG(tooltip)
        self.rename_action.setToolTip(QCoreApplication.translate("ServicesPage", u"Ubah nama jenis pelayanan terpilih (F2)", None))
#endif // QT_CONFIG(tooltip)
#if QT_CONFIG(shortcut)
        self.rename_action.setShortcut(QCoreApplication.translate("ServicesPage", u"F2", None))
#endif // QT_CONFIG(shortcut)
        self.duplicate_action.setText(QCoreApplication.translate("ServicesPage", u"&Duplikat", None))
#if QT_CONFIG(tooltip)
        self.duplicate_action.setToolTip(QCoreApplication.translate("ServicesPage", u"Buat salinan jenis pelayanan terpilih (Ctrl+D)", None))
#endif // QT_CONFIG(tooltip)
#if QT_CONFIG(shortcut)
        self.duplicate_action.setShortcut(QCoreApplication.translate("ServicesPage", u"Ctrl+D", None))
#endif // QT_CONFIG(shortcut)
        self.delete_action.setText(QCoreApplication.translate("ServicesPage", u"&Hapus", None))
#if QT_CONFIG(tooltip)
        self.delete_action.setToolTip(QCoreApplication.translate("ServicesPage", u"Pindahkan ke Sampah (Del); tetap dapat dipulihkan sampai Sampah dikosongkan", None))
#endif // QT_CONFIG(tooltip)
#if QT_CONFIG(shortcut)
        self.delete_action.setShortcut(QCoreApplication.translate("ServicesPage", u"Del", None))
#endif // QT_CONFIG(shortcut)
        self.move_up_action.setText(QCoreApplication.translate("ServicesPage", u"&Naik", None))
#if QT_CONFIG(tooltip)
        self.move_up_action.setToolTip(QCoreApplication.translate("ServicesPage", u"Pindahkan ke atas (Ctrl+Atas)", None))
#endif // QT_CONFIG(tooltip)
#if QT_CONFIG(shortcut)
        self.move_up_action.setShortcut(QCoreApplication.translate("ServicesPage", u"Ctrl+Up", None))
#endif // QT_CONFIG(shortcut)
        self.move_down_action.setText(QCoreApplication.translate("ServicesPage", u"T&urun", None))
#if QT_CONFIG(tooltip)
        self.move_down_action.setToolTip(QCoreApplication.translate("ServicesPage", u"Pindahkan ke bawah (Ctrl+Bawah)", None))
#endif // QT_CONFIG(tooltip)
#if QT_CONFIG(shortcut)
        self.move_down_action.setShortcut(QCoreApplication.translate("ServicesPage", u"Ctrl+Down", None))
#endif // QT_CONFIG(shortcut)
        self.history_action.setText(QCoreApplication.translate("ServicesPage", u"&Riwayat\u2026", None))
#if QT_CONFIG(tooltip)
        self.history_action.setToolTip(QCoreApplication.translate("ServicesPage", u"Riwayat perubahan jenis pelayanan terpilih", None))
#endif // QT_CONFIG(tooltip)
        self.trash_action.setText(QCoreApplication.translate("ServicesPage", u"&Sampah\u2026", None))
#if QT_CONFIG(tooltip)
        self.trash_action.setToolTip(QCoreApplication.translate("ServicesPage", u"Jenis pelayanan yang dihapus; dapat dipulihkan, juga dari riwayat setelah Sampah dikosongkan", None))
#endif // QT_CONFIG(tooltip)
        self.title_label.setText(QCoreApplication.translate("ServicesPage", u"Jenis Pelayanan", None))
#if QT_CONFIG(accessibility)
        self.search_line_edit.setAccessibleName(QCoreApplication.translate("ServicesPage", u"Cari jenis pelayanan", None))
#endif // QT_CONFIG(accessibility)
        self.search_line_edit.setPlaceholderText(QCoreApplication.translate("ServicesPage", u"Cari jenis pelayanan\u2026", None))
        self.intro_label.setText(QCoreApplication.translate("ServicesPage", u"Setiap jenis pelayanan disusun standarnya sendiri (14 komponen). Tekan Enter atau klik dua kali untuk membuka.", None))
#if QT_CONFIG(accessibility)
        self.services_table_view.setAccessibleName(QCoreApplication.translate("ServicesPage", u"Daftar jenis pelayanan", None))
#endif // QT_CONFIG(accessibility)
        self.empty_label.setText("")
#if QT_CONFIG(tooltip)
        self.back_push_button.setToolTip(QCoreApplication.translate("ServicesPage", u"Kembali ke daftar jenis pelayanan (Alt+Kiri)", None))
#endif // QT_CONFIG(tooltip)
        self.back_push_button.setText(QCoreApplication.translate("ServicesPage", u"\u2190 Daftar layanan", None))
#if QT_CONFIG(shortcut)
        self.back_push_button.setShortcut(QCoreApplication.translate("ServicesPage", u"Alt+Left", None))
#endif // QT_CONFIG(shortcut)
        pass
    # retranslateUi
