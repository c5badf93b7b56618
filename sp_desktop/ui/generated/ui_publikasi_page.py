# Generated from forms/publikasi_page.ui by scripts/build_forms.py: do not edit.
# -*- coding: utf-8 -*-

################################################################################
##
##
################################################################################

from PySide6.QtCore import (QCoreApplication, QSize, Qt)
from PySide6.QtGui import (QAction)
from PySide6.QtWidgets import (QAbstractItemView, QCheckBox, QComboBox,
    QDateEdit, QFormLayout, QGroupBox, QHBoxLayout,
    QLabel, QLineEdit, QListWidget,
    QPlainTextEdit, QPushButton, QSizePolicy,
    QSpacerItem, QSplitter, QTabWidget, QTableWidget,
    QVBoxLayout, QWidget)

class Ui_PublikasiPage(object):
    def setupUi(self, PublikasiPage):
        if not PublikasiPage.objectName():
            PublikasiPage.setObjectName(u"PublikasiPage")
        PublikasiPage.resize(1100, 700)
        self.add_action = QAction(PublikasiPage)
        self.add_action.setObjectName(u"add_action")
        self.add_action.setShortcutContext(Qt.WidgetWithChildrenShortcut)
        self.delete_action = QAction(PublikasiPage)
        self.delete_action.setObjectName(u"delete_action")
        self.delete_action.setShortcutContext(Qt.WidgetShortcut)
        self.page_layout = QVBoxLayout(PublikasiPage)
        self.page_layout.setSpacing(8)
        self.page_layout.setObjectName(u"page_layout")
        self.page_layout.setContentsMargins(18, 14, 18, 14)
        self.title_label = QLabel(PublikasiPage)
        self.title_label.setObjectName(u"title_label")
        self.title_label.setStyleSheet(u"font-size: 15pt; font-weight: 600;")

        self.page_layout.addWidget(self.title_label)

        self.intro_label = QLabel(PublikasiPage)
        self.intro_label.setObjectName(u"intro_label")
        self.intro_label.setWordWrap(True)

        self.page_layout.addWidget(self.intro_label)

        self.tab_widget = QTabWidget(PublikasiPage)
        self.tab_widget.setObjectName(u"tab_widget")
        self.records_tab = QWidget()
        self.records_tab.setObjectName(u"records_tab")
        self.records_layout = QVBoxLayout(self.records_tab)
        self.records_layout.setObjectName(u"records_layout")
        self.toolbar_layout = QHBoxLayout()
        self.toolbar_layout.setObjectName(u"toolbar_layout")
        self.add_push_button = QPushButton(self.records_tab)
        self.add_push_button.setObjectName(u"add_push_button")

        self.toolbar_layout.addWidget(self.add_push_button)

        self.delete_push_button = QPushButton(self.records_tab)
        self.delete_push_button.setObjectName(u"delete_push_button")

        self.toolbar_layout.addWidget(self.delete_push_button)

        self.toolbar_spacer = QSpacerItem(20, 20, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.toolbar_layout.addItem(self.toolbar_spacer)


        self.records_layout.addLayout(self.toolbar_layout)

        self.main_splitter = QSplitter(self.records_tab)
        self.main_splitter.setObjectName(u"main_splitter")
        self.main_splitter.setOrientation(Qt.Horizontal)
        self.main_splitter.setChildrenCollapsible(False)
        self.table_container = QWidget(self.main_splitter)
        self.table_container.setObjectName(u"table_container")
        self.table_layout = QVBoxLayout(self.table_container)
        self.table_layout.setObjectName(u"table_layout")
        self.table_layout.setContentsMargins(0, 0, 0, 0)
        self.records_table_widget = QTableWidget(self.table_container)
        self.records_table_widget.setObjectName(u"records_table_widget")
        self.records_table_widget.setEditTriggers(QAbstractItemView.NoEditTriggers)
        self.records_table_widget.setSelectionBehavior(QAbstractItemView.SelectRows)
        self.records_table_widget.setSelectionMode(QAbstractItemView.SingleSelection)
        self.records_table_widget.setWordWrap(False)
        self.records_table_widget.horizontalHeader().setStretchLastSection(True)
        self.records_table_widget.verticalHeader().setVisible(False)

        self.table_layout.addWidget(self.records_table_widget)

        self.empty_label = QLabel(self.table_container)
        self.empty_label.setObjectName(u"empty_label")
        self.empty_label.setWordWrap(True)

        self.table_layout.addWidget(self.empty_label)

        self.main_splitter.addWidget(self.table_container)
        self.form_container = QWidget(self.main_splitter)
        self.form_container.setObjectName(u"form_container")
        self.form_outer_layout = QVBoxLayout(self.form_container)
        self.form_outer_layout.setObjectName(u"form_outer_layout")
        self.form_outer_layout.setContentsMargins(0, 0, 0, 0)
        self.form_group_box = QGroupBox(self.form_container)
        self.form_group_box.setObjectName(u"form_group_box")
        self.form_layout = QFormLayout(self.form_group_box)
        self.form_layout.setObjectName(u"form_layout")
        self.media_label = QLabel(self.form_group_box)
        self.media_label.setObjectName(u"media_label")

        self.form_layout.setWidget(0, QFormLayout.ItemRole.LabelRole, self.media_label)

        self.media_combo_box = QComboBox(self.form_group_box)
        self.media_combo_box.setObjectName(u"media_combo_box")

        self.form_layout.setWidget(0, QFormLayout.ItemRole.FieldRole, self.media_combo_box)

        self.objek_label = QLabel(self.form_group_box)
        self.objek_label.setObjectName(u"objek_label")

        self.form_layout.setWidget(1, QFormLayout.ItemRole.LabelRole, self.objek_label)

        self.objek_combo_box = QComboBox(self.form_group_box)
        self.objek_combo_box.setObjectName(u"objek_combo_box")

        self.form_layout.setWidget(1, QFormLayout.ItemRole.FieldRole, self.objek_combo_box)

        self.alamat_label = QLabel(self.form_group_box)
        self.alamat_label.setObjectName(u"alamat_label")

        self.form_layout.setWidget(2, QFormLayout.ItemRole.LabelRole, self.alamat_label)

        self.alamat_layout = QVBoxLayout()
        self.alamat_layout.setObjectName(u"alamat_layout")
        self.alamat_line_edit = QLineEdit(self.form_group_box)
        self.alamat_line_edit.setObjectName(u"alamat_line_edit")

        self.alamat_layout.addWidget(self.alamat_line_edit)

        self.alamat_hint_label = QLabel(self.form_group_box)
        self.alamat_hint_label.setObjectName(u"alamat_hint_label")
        self.alamat_hint_label.setStyleSheet(u"color: #a4262c;")
        self.alamat_hint_label.setWordWrap(True)

        self.alamat_layout.addWidget(self.alamat_hint_label)


        self.form_layout.setLayout(2, QFormLayout.ItemRole.FieldRole, self.alamat_layout)

        self.sejak_check_box = QCheckBox(self.form_group_box)
        self.sejak_check_box.setObjectName(u"sejak_check_box")

        self.form_layout.setWidget(3, QFormLayout.ItemRole.LabelRole, self.sejak_check_box)

        self.sejak_date_edit = QDateEdit(self.form_group_box)
        self.sejak_date_edit.setObjectName(u"sejak_date_edit")
        self.sejak_date_edit.setCalendarPopup(True)

        self.form_layout.setWidget(3, QFormLayout.ItemRole.FieldRole, self.sejak_date_edit)

        self.layanan_label = QLabel(self.form_group_box)
        self.layanan_label.setObjectName(u"layanan_label")

        self.form_layout.setWidget(4, QFormLayout.ItemRole.LabelRole, self.layanan_label)

        self.layanan_layout = QVBoxLayout()
        self.layanan_layout.setObjectName(u"layanan_layout")
        self.semua_check_box = QCheckBox(self.form_group_box)
        self.semua_check_box.setObjectName(u"semua_check_box")

        self.layanan_layout.addWidget(self.semua_check_box)

        self.layanan_list_widget = QListWidget(self.form_group_box)
        self.layanan_list_widget.setObjectName(u"layanan_list_widget")
        self.layanan_list_widget.setMaximumSize(QSize(16777215, 110))

        self.layanan_layout.addWidget(self.layanan_list_widget)


        self.form_layout.setLayout(4, QFormLayout.ItemRole.FieldRole, self.layanan_layout)

        self.keterangan_label = QLabel(self.form_group_box)
        self.keterangan_label.setObjectName(u"keterangan_label")

        self.form_layout.setWidget(5, QFormLayout.ItemRole.LabelRole, self.keterangan_label)

        self.keterangan_plain_text_edit = QPlainTextEdit(self.form_group_box)
        self.keterangan_plain_text_edit.setObjectName(u"keterangan_plain_text_edit")
        self.keterangan_plain_text_edit.setMaximumSize(QSize(16777215, 70))
        self.keterangan_plain_text_edit.setTabChangesFocus(True)

        self.form_layout.setWidget(5, QFormLayout.ItemRole.FieldRole, self.keterangan_plain_text_edit)


        self.form_outer_layout.addWidget(self.form_group_box)

        self.files_group_box = QGroupBox(self.form_container)
        self.files_group_box.setObjectName(u"files_group_box")
        self.files_layout = QVBoxLayout(self.files_group_box)
        self.files_layout.setObjectName(u"files_layout")
        self.files_list_widget = QListWidget(self.files_group_box)
        self.files_list_widget.setObjectName(u"files_list_widget")
        self.files_list_widget.setMinimumSize(QSize(0, 60))

        self.files_layout.addWidget(self.files_list_widget)

        self.files_buttons_layout = QHBoxLayout()
        self.files_buttons_layout.setObjectName(u"files_buttons_layout")
        self.add_file_push_button = QPushButton(self.files_group_box)
        self.add_file_push_button.setObjectName(u"add_file_push_button")

        self.files_buttons_layout.addWidget(self.add_file_push_button)

        self.open_file_push_button = QPushButton(self.files_group_box)
        self.open_file_push_button.setObjectName(u"open_file_push_button")

        self.files_buttons_layout.addWidget(self.open_file_push_button)

        self.remove_file_push_button = QPushButton(self.files_group_box)
        self.remove_file_push_button.setObjectName(u"remove_file_push_button")

        self.files_buttons_layout.addWidget(self.remove_file_push_button)

        self.files_spacer = QSpacerItem(20, 20, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.files_buttons_layout.addItem(self.files_spacer)


        self.files_layout.addLayout(self.files_buttons_layout)


        self.form_outer_layout.addWidget(self.files_group_box)

        self.main_splitter.addWidget(self.form_container)

        self.records_layout.addWidget(self.main_splitter)

        self.tab_widget.addTab(self.records_tab, "")
        self.sippn_tab = QWidget()
        self.sippn_tab.setObjectName(u"sippn_tab")
        self.sippn_layout = QVBoxLayout(self.sippn_tab)
        self.sippn_layout.setObjectName(u"sippn_layout")
        self.sippn_intro_label = QLabel(self.sippn_tab)
        self.sippn_intro_label.setObjectName(u"sippn_intro_label")
        self.sippn_intro_label.setWordWrap(True)

        self.sippn_layout.addWidget(self.sippn_intro_label)

        self.kolom_table_widget = QTableWidget(self.sippn_tab)
        self.kolom_table_widget.setObjectName(u"kolom_table_widget")
        self.kolom_table_widget.setSelectionBehavior(QAbstractItemView.SelectRows)
        self.kolom_table_widget.setSelectionMode(QAbstractItemView.SingleSelection)
        self.kolom_table_widget.horizontalHeader().setStretchLastSection(True)
        self.kolom_table_widget.verticalHeader().setVisible(False)

        self.sippn_layout.addWidget(self.kolom_table_widget)

        self.sippn_buttons_layout = QHBoxLayout()
        self.sippn_buttons_layout.setObjectName(u"sippn_buttons_layout")
        self.default_columns_push_button = QPushButton(self.sippn_tab)
        self.default_columns_push_button.setObjectName(u"default_columns_push_button")

        self.sippn_buttons_layout.addWidget(self.default_columns_push_button)

        self.sippn_spacer = QSpacerItem(20, 20, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.sippn_buttons_layout.addItem(self.sippn_spacer)

        self.export_sippn_push_button = QPushButton(self.sippn_tab)
        self.export_sippn_push_button.setObjectName(u"export_sippn_push_button")

        self.sippn_buttons_layout.addWidget(self.export_sippn_push_button)


        self.sippn_layout.addLayout(self.sippn_buttons_layout)

        self.sippn_result_label = QLabel(self.sippn_tab)
        self.sippn_result_label.setObjectName(u"sippn_result_label")
        self.sippn_result_label.setWordWrap(True)
        self.sippn_result_label.setTextInteractionFlags(Qt.TextSelectableByMouse)

        self.sippn_layout.addWidget(self.sippn_result_label)

        self.tab_widget.addTab(self.sippn_tab, "")

        self.page_layout.addWidget(self.tab_widget)

#if QT_CONFIG(shortcut)
        self.media_label.setBuddy(self.media_combo_box)
        self.objek_label.setBuddy(self.objek_combo_box)
        self.alamat_label.setBuddy(self.alamat_line_edit)
        self.keterangan_label.setBuddy(self.keterangan_plain_text_edit)
#endif // QT_CONFIG(shortcut)

        self.retranslateUi(PublikasiPage)

        self.tab_widget.setCurrentIndex(0)

    # setupUi

    def retranslateUi(self, PublikasiPage):
        self.add_action.setText(QCoreApplication.translate("PublikasiPage", u"Tambah publikasi", None))
#if QT_CONFIG(shortcut)
        self.add_action.setShortcut(QCoreApplication.translate("PublikasiPage", u"Ctrl+Shift+N", None))
#endif // QT_CONFIG(shortcut)
        self.delete_action.setText(QCoreApplication.translate("PublikasiPage", u"Hapus publikasi", None))
#if QT_CONFIG(shortcut)
        self.delete_action.setShortcut(QCoreApplication.translate("PublikasiPage", u"Del", None))
#endif // QT_CONFIG(shortcut)
        self.title_label.setText(QCoreApplication.translate("PublikasiPage", u"Publikasi Standar Pelayanan", None))
        self.intro_label.setText(QCoreApplication.translate("PublikasiPage", u"Catat di mana Standar Pelayanan, Maklumat Pelayanan dan hasil SKM dipublikasikan (paling sedikit di situs web unit), sejak kapan, beserta buktinya (foto, tangkapan layar, tautan). Setiap isian tersimpan otomatis.", None))
        self.add_push_button.setText(QCoreApplication.translate("PublikasiPage", u"&Tambah publikasi", None))
#if QT_CONFIG(tooltip)
        self.add_push_button.setToolTip(QCoreApplication.translate("PublikasiPage", u"Catat tempat publikasi baru (Ctrl+Shift+N)", None))
#endif // QT_CONFIG(tooltip)
        self.delete_push_button.setText(QCoreApplication.translate("PublikasiPage", u"&Hapus publikasi", None))
#if QT_CONFIG(tooltip)
        self.delete_push_button.setToolTip(QCoreApplication.translate("PublikasiPage", u"Hapus catatan terpilih beserta buktinya (Del di tabel)", None))
#endif // QT_CONFIG(tooltip)
        self.empty_label.setText("")
        self.form_group_box.setTitle(QCoreApplication.translate("PublikasiPage", u"Publikasi terpilih", None))
        self.media_label.setText(QCoreApplication.translate("PublikasiPage", u"&Media", None))
        self.objek_label.setText(QCoreApplication.translate("PublikasiPage", u"Yang &dipublikasikan", None))
        self.alamat_label.setText(QCoreApplication.translate("PublikasiPage", u"&Alamat (tautan)", None))
        self.alamat_line_edit.setPlaceholderText(QCoreApplication.translate("PublikasiPage", u"https://\u2026 (kosongkan bila tidak ada)", None))
        self.alamat_hint_label.setText("")
        self.sejak_check_box.setText(QCoreApplication.translate("PublikasiPage", u"&Sejak", None))
        self.sejak_date_edit.setDisplayFormat(QCoreApplication.translate("PublikasiPage", u"dd/MM/yyyy", None))
        self.layanan_label.setText(QCoreApplication.translate("PublikasiPage", u"Jenis pelayanan", None))
        self.semua_check_box.setText(QCoreApplication.translate("PublikasiPage", u"Semua jenis pe&layanan", None))
        self.keterangan_label.setText(QCoreApplication.translate("PublikasiPage", u"&Keterangan", None))
        self.files_group_box.setTitle(QCoreApplication.translate("PublikasiPage", u"Bukti (foto, tangkapan layar)", None))
        self.add_file_push_button.setText(QCoreApplication.translate("PublikasiPage", u"Tam&bah bukti\u2026", None))
        self.open_file_push_button.setText(QCoreApplication.translate("PublikasiPage", u"B&uka", None))
        self.remove_file_push_button.setText(QCoreApplication.translate("PublikasiPage", u"Hapus bukt&i", None))
        self.tab_widget.setTabText(self.tab_widget.indexOf(self.records_tab), QCoreApplication.translate("PublikasiPage", u"Catatan &publikasi", None))
        self.sippn_intro_label.setText(QCoreApplication.translate("PublikasiPage", u"Buku kerja Excel berisi satu baris per jenis pelayanan untuk disalin atau diimpor ke SIPPN (sipp.menpan.go.id). Centang kolom yang dipakai dan sesuaikan judulnya dengan templat impor SIPPN; susunan ini tersimpan di proyek.", None))
        self.default_columns_push_button.setText(QCoreApplication.translate("PublikasiPage", u"Kembalikan kolom &bawaan", None))
        self.export_sippn_push_button.setText(QCoreApplication.translate("PublikasiPage", u"&Ekspor ke Excel (SIPPN)\u2026", None))
        self.sippn_result_label.setText("")
        self.tab_widget.setTabText(self.tab_widget.indexOf(self.sippn_tab), QCoreApplication.translate("PublikasiPage", u"Ekspor &SIPPN", None))
        pass
    # retranslateUi
