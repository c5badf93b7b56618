# Generated from forms/penerapan_page.ui by scripts/build_forms.py: do not edit.
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
    QSpacerItem, QSplitter, QTableView, QVBoxLayout,
    QWidget)

class Ui_PenerapanPage(object):
    def setupUi(self, PenerapanPage):
        if not PenerapanPage.objectName():
            PenerapanPage.setObjectName(u"PenerapanPage")
        PenerapanPage.resize(1100, 700)
        self.add_action = QAction(PenerapanPage)
        self.add_action.setObjectName(u"add_action")
        self.add_action.setShortcutContext(Qt.WidgetWithChildrenShortcut)
        self.delete_action = QAction(PenerapanPage)
        self.delete_action.setObjectName(u"delete_action")
        self.delete_action.setShortcutContext(Qt.WidgetShortcut)
        self.page_layout = QVBoxLayout(PenerapanPage)
        self.page_layout.setSpacing(8)
        self.page_layout.setObjectName(u"page_layout")
        self.page_layout.setContentsMargins(18, 14, 18, 14)
        self.title_label = QLabel(PenerapanPage)
        self.title_label.setObjectName(u"title_label")
        self.title_label.setStyleSheet(u"font-size: 15pt; font-weight: 600;")

        self.page_layout.addWidget(self.title_label)

        self.intro_label = QLabel(PenerapanPage)
        self.intro_label.setObjectName(u"intro_label")
        self.intro_label.setWordWrap(True)

        self.page_layout.addWidget(self.intro_label)

        self.review_label = QLabel(PenerapanPage)
        self.review_label.setObjectName(u"review_label")
        self.review_label.setStyleSheet(u"background: #fff4d6; border: 1px solid #e0b84a; border-radius: 4px; padding: 8px; color: #5c4300;")
        self.review_label.setWordWrap(True)
        self.review_label.setTextInteractionFlags(Qt.TextSelectableByMouse)

        self.page_layout.addWidget(self.review_label)

        self.toolbar_layout = QHBoxLayout()
        self.toolbar_layout.setObjectName(u"toolbar_layout")
        self.add_push_button = QPushButton(PenerapanPage)
        self.add_push_button.setObjectName(u"add_push_button")

        self.toolbar_layout.addWidget(self.add_push_button)

        self.delete_push_button = QPushButton(PenerapanPage)
        self.delete_push_button.setObjectName(u"delete_push_button")

        self.toolbar_layout.addWidget(self.delete_push_button)

        self.rekap_push_button = QPushButton(PenerapanPage)
        self.rekap_push_button.setObjectName(u"rekap_push_button")

        self.toolbar_layout.addWidget(self.rekap_push_button)

        self.toolbar_spacer = QSpacerItem(20, 20, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.toolbar_layout.addItem(self.toolbar_spacer)

        self.filter_label = QLabel(PenerapanPage)
        self.filter_label.setObjectName(u"filter_label")

        self.toolbar_layout.addWidget(self.filter_label)

        self.filter_combo_box = QComboBox(PenerapanPage)
        self.filter_combo_box.setObjectName(u"filter_combo_box")
        self.filter_combo_box.setMinimumSize(QSize(300, 0))
        self.filter_combo_box.setSizeAdjustPolicy(QComboBox.AdjustToMinimumContentsLengthWithIcon)
        self.filter_combo_box.setMinimumContentsLength(30)

        self.toolbar_layout.addWidget(self.filter_combo_box)


        self.page_layout.addLayout(self.toolbar_layout)

        self.filter_summary_label = QLabel(PenerapanPage)
        self.filter_summary_label.setObjectName(u"filter_summary_label")
        self.filter_summary_label.setWordWrap(True)

        self.page_layout.addWidget(self.filter_summary_label)

        self.main_splitter = QSplitter(PenerapanPage)
        self.main_splitter.setObjectName(u"main_splitter")
        self.main_splitter.setOrientation(Qt.Horizontal)
        self.main_splitter.setChildrenCollapsible(False)
        self.list_widget = QWidget(self.main_splitter)
        self.list_widget.setObjectName(u"list_widget")
        self.list_layout = QVBoxLayout(self.list_widget)
        self.list_layout.setObjectName(u"list_layout")
        self.list_layout.setContentsMargins(0, 0, 0, 0)
        self.kegiatan_table_view = QTableView(self.list_widget)
        self.kegiatan_table_view.setObjectName(u"kegiatan_table_view")
        self.kegiatan_table_view.setEditTriggers(QAbstractItemView.NoEditTriggers)
        self.kegiatan_table_view.setAlternatingRowColors(True)
        self.kegiatan_table_view.setSelectionMode(QAbstractItemView.SingleSelection)
        self.kegiatan_table_view.setSelectionBehavior(QAbstractItemView.SelectRows)
        self.kegiatan_table_view.setWordWrap(False)
        self.kegiatan_table_view.horizontalHeader().setStretchLastSection(True)
        self.kegiatan_table_view.verticalHeader().setVisible(False)

        self.list_layout.addWidget(self.kegiatan_table_view)

        self.empty_label = QLabel(self.list_widget)
        self.empty_label.setObjectName(u"empty_label")
        self.empty_label.setEnabled(False)
        self.empty_label.setAlignment(Qt.AlignCenter)
        self.empty_label.setWordWrap(True)

        self.list_layout.addWidget(self.empty_label)

        self.main_splitter.addWidget(self.list_widget)
        self.detail_widget = QWidget(self.main_splitter)
        self.detail_widget.setObjectName(u"detail_widget")
        self.detail_layout = QVBoxLayout(self.detail_widget)
        self.detail_layout.setObjectName(u"detail_layout")
        self.detail_layout.setContentsMargins(6, 0, 0, 0)
        self.kegiatan_group_box = QGroupBox(self.detail_widget)
        self.kegiatan_group_box.setObjectName(u"kegiatan_group_box")
        self.kegiatan_form_layout = QFormLayout(self.kegiatan_group_box)
        self.kegiatan_form_layout.setObjectName(u"kegiatan_form_layout")
        self.kegiatan_form_layout.setFieldGrowthPolicy(QFormLayout.AllNonFixedFieldsGrow)
        self.jenis_label = QLabel(self.kegiatan_group_box)
        self.jenis_label.setObjectName(u"jenis_label")

        self.kegiatan_form_layout.setWidget(0, QFormLayout.ItemRole.LabelRole, self.jenis_label)

        self.jenis_combo_box = QComboBox(self.kegiatan_group_box)
        self.jenis_combo_box.setObjectName(u"jenis_combo_box")

        self.kegiatan_form_layout.setWidget(0, QFormLayout.ItemRole.FieldRole, self.jenis_combo_box)

        self.tanggal_label = QLabel(self.kegiatan_group_box)
        self.tanggal_label.setObjectName(u"tanggal_label")

        self.kegiatan_form_layout.setWidget(1, QFormLayout.ItemRole.LabelRole, self.tanggal_label)

        self.tanggal_date_edit = QDateEdit(self.kegiatan_group_box)
        self.tanggal_date_edit.setObjectName(u"tanggal_date_edit")
        self.tanggal_date_edit.setCalendarPopup(True)

        self.kegiatan_form_layout.setWidget(1, QFormLayout.ItemRole.FieldRole, self.tanggal_date_edit)

        self.sasaran_label = QLabel(self.kegiatan_group_box)
        self.sasaran_label.setObjectName(u"sasaran_label")

        self.kegiatan_form_layout.setWidget(2, QFormLayout.ItemRole.LabelRole, self.sasaran_label)

        self.sasaran_line_edit = QLineEdit(self.kegiatan_group_box)
        self.sasaran_line_edit.setObjectName(u"sasaran_line_edit")

        self.kegiatan_form_layout.setWidget(2, QFormLayout.ItemRole.FieldRole, self.sasaran_line_edit)

        self.media_label = QLabel(self.kegiatan_group_box)
        self.media_label.setObjectName(u"media_label")

        self.kegiatan_form_layout.setWidget(3, QFormLayout.ItemRole.LabelRole, self.media_label)

        self.media_combo_box = QComboBox(self.kegiatan_group_box)
        self.media_combo_box.setObjectName(u"media_combo_box")
        self.media_combo_box.setEditable(True)
        self.media_combo_box.setInsertPolicy(QComboBox.NoInsert)

        self.kegiatan_form_layout.setWidget(3, QFormLayout.ItemRole.FieldRole, self.media_combo_box)

        self.layanan_label = QLabel(self.kegiatan_group_box)
        self.layanan_label.setObjectName(u"layanan_label")

        self.kegiatan_form_layout.setWidget(4, QFormLayout.ItemRole.LabelRole, self.layanan_label)

        self.layanan_layout = QVBoxLayout()
        self.layanan_layout.setObjectName(u"layanan_layout")
        self.semua_check_box = QCheckBox(self.kegiatan_group_box)
        self.semua_check_box.setObjectName(u"semua_check_box")

        self.layanan_layout.addWidget(self.semua_check_box)

        self.layanan_list_widget = QListWidget(self.kegiatan_group_box)
        self.layanan_list_widget.setObjectName(u"layanan_list_widget")
        self.layanan_list_widget.setMinimumSize(QSize(0, 80))

        self.layanan_layout.addWidget(self.layanan_list_widget)


        self.kegiatan_form_layout.setLayout(4, QFormLayout.ItemRole.FieldRole, self.layanan_layout)

        self.keterangan_label = QLabel(self.kegiatan_group_box)
        self.keterangan_label.setObjectName(u"keterangan_label")

        self.kegiatan_form_layout.setWidget(5, QFormLayout.ItemRole.LabelRole, self.keterangan_label)

        self.keterangan_plain_text_edit = QPlainTextEdit(self.kegiatan_group_box)
        self.keterangan_plain_text_edit.setObjectName(u"keterangan_plain_text_edit")
        self.keterangan_plain_text_edit.setTabChangesFocus(True)
        self.keterangan_plain_text_edit.setMinimumSize(QSize(0, 60))

        self.kegiatan_form_layout.setWidget(5, QFormLayout.ItemRole.FieldRole, self.keterangan_plain_text_edit)


        self.detail_layout.addWidget(self.kegiatan_group_box)

        self.files_group_box = QGroupBox(self.detail_widget)
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


        self.detail_layout.addWidget(self.files_group_box)

        self.main_splitter.addWidget(self.detail_widget)

        self.page_layout.addWidget(self.main_splitter)

#if QT_CONFIG(shortcut)
        self.filter_label.setBuddy(self.filter_combo_box)
        self.jenis_label.setBuddy(self.jenis_combo_box)
        self.tanggal_label.setBuddy(self.tanggal_date_edit)
        self.sasaran_label.setBuddy(self.sasaran_line_edit)
        self.media_label.setBuddy(self.media_combo_box)
        self.layanan_label.setBuddy(self.semua_check_box)
        self.keterangan_label.setBuddy(self.keterangan_plain_text_edit)
#endif // QT_CONFIG(shortcut)

        self.retranslateUi(PenerapanPage)
    # setupUi

    def retranslateUi(self, PenerapanPage):
        self.add_action.setText(QCoreApplication.translate("PenerapanPage", u"Tambah kegiatan", None))
#if QT_CONFIG(shortcut)
        self.add_action.setShortcut(QCoreApplication.translate("PenerapanPage", u"Ctrl+Shift+N", None))
#endif // QT_CONFIG(shortcut)
        self.delete_action.setText(QCoreApplication.translate("PenerapanPage", u"Hapus kegiatan", None))
#if QT_CONFIG(shortcut)
        self.delete_action.setShortcut(QCoreApplication.translate("PenerapanPage", u"Del", None))
#endif // QT_CONFIG(shortcut)
        self.title_label.setText(QCoreApplication.translate("PenerapanPage", u"Penerapan Standar Pelayanan", None))
        self.intro_label.setText(QCoreApplication.translate("PenerapanPage", u"Catat internalisasi kepada seluruh jajaran, sosialisasi kepada masyarakat dan pihak terkait, serta reviu berkala setiap standar yang sudah ditetapkan, beserta bukti dokumentasinya. Setiap isian tersimpan otomatis.", None))
        self.review_label.setText("")
        self.add_push_button.setText(QCoreApplication.translate("PenerapanPage", u"&Tambah kegiatan", None))
#if QT_CONFIG(tooltip)
        self.add_push_button.setToolTip(QCoreApplication.translate("PenerapanPage", u"Catat kegiatan penerapan baru (Ctrl+Shift+N)", None))
#endif // QT_CONFIG(tooltip)
        self.delete_push_button.setText(QCoreApplication.translate("PenerapanPage", u"&Hapus kegiatan", None))
#if QT_CONFIG(tooltip)
        self.delete_push_button.setToolTip(QCoreApplication.translate("PenerapanPage", u"Hapus kegiatan terpilih beserta berkasnya (Del di tabel)", None))
#endif // QT_CONFIG(tooltip)
        self.rekap_push_button.setText(QCoreApplication.translate("PenerapanPage", u"Rekap Bi&aya\u2026", None))
#if QT_CONFIG(tooltip)
        self.rekap_push_button.setToolTip(QCoreApplication.translate("PenerapanPage", u"Rekapitulasi biaya/tarif per jenis pelayanan untuk perencanaan dan anggaran: biaya pengguna, biaya yang ditanggung unit, dan daftar pelayanan gratis (PDF, Word, atau Excel)", None))
#endif // QT_CONFIG(tooltip)
        self.filter_label.setText(QCoreApplication.translate("PenerapanPage", u"Tam&pilkan untuk:", None))
#if QT_CONFIG(accessibility)
        self.filter_combo_box.setAccessibleName(QCoreApplication.translate("PenerapanPage", u"Tampilkan kegiatan untuk jenis pelayanan", None))
#endif // QT_CONFIG(accessibility)
        self.filter_summary_label.setText("")
#if QT_CONFIG(accessibility)
        self.kegiatan_table_view.setAccessibleName(QCoreApplication.translate("PenerapanPage", u"Daftar kegiatan penerapan", None))
#endif // QT_CONFIG(accessibility)
        self.empty_label.setText("")
        self.kegiatan_group_box.setTitle(QCoreApplication.translate("PenerapanPage", u"Kegiatan terpilih", None))
        self.jenis_label.setText(QCoreApplication.translate("PenerapanPage", u"&Jenis:", None))
        self.tanggal_label.setText(QCoreApplication.translate("PenerapanPage", u"Ta&nggal:", None))
        self.tanggal_date_edit.setDisplayFormat(QCoreApplication.translate("PenerapanPage", u"dd/MM/yyyy", None))
        self.sasaran_label.setText(QCoreApplication.translate("PenerapanPage", u"&Sasaran:", None))
        self.sasaran_line_edit.setPlaceholderText(QCoreApplication.translate("PenerapanPage", u"mis. Seluruh pegawai, Ketua RT se-kelurahan", None))
        self.media_label.setText(QCoreApplication.translate("PenerapanPage", u"&Media:", None))
        self.layanan_label.setText(QCoreApplication.translate("PenerapanPage", u"Jenis pe&layanan:", None))
        self.semua_check_box.setText(QCoreApplication.translate("PenerapanPage", u"Semua jenis pelayanan", None))
#if QT_CONFIG(accessibility)
        self.layanan_list_widget.setAccessibleName(QCoreApplication.translate("PenerapanPage", u"Jenis pelayanan yang dicakup kegiatan", None))
#endif // QT_CONFIG(accessibility)
        self.keterangan_label.setText(QCoreApplication.translate("PenerapanPage", u"&Keterangan:", None))
        self.files_group_box.setTitle(QCoreApplication.translate("PenerapanPage", u"Berkas bukti (foto, daftar hadir, notulen, materi)", None))
#if QT_CONFIG(accessibility)
        self.files_list_widget.setAccessibleName(QCoreApplication.translate("PenerapanPage", u"Berkas bukti kegiatan", None))
#endif // QT_CONFIG(accessibility)
        self.add_file_push_button.setText(QCoreApplication.translate("PenerapanPage", u"Tambah &berkas\u2026", None))
        self.open_file_push_button.setText(QCoreApplication.translate("PenerapanPage", u"B&uka", None))
        self.remove_file_push_button.setText(QCoreApplication.translate("PenerapanPage", u"Hapus be&rkas", None))
        pass
    # retranslateUi
