# Generated from forms/pengaduan_masuk_page.ui by scripts/build_forms.py: do not edit.
# -*- coding: utf-8 -*-

################################################################################
##
##
################################################################################

from PySide6.QtCore import (QCoreApplication, Qt)
from PySide6.QtWidgets import (QAbstractItemView, QComboBox, QDateEdit,
    QFormLayout, QGroupBox, QHBoxLayout, QLabel, QLineEdit, QPlainTextEdit, QPushButton,
    QSizePolicy, QSpacerItem, QSplitter, QTableView,
    QVBoxLayout, QWidget)

class Ui_PengaduanMasukPage(object):
    def setupUi(self, PengaduanMasukPage):
        if not PengaduanMasukPage.objectName():
            PengaduanMasukPage.setObjectName(u"PengaduanMasukPage")
        PengaduanMasukPage.resize(1100, 700)
        self.page_layout = QVBoxLayout(PengaduanMasukPage)
        self.page_layout.setSpacing(8)
        self.page_layout.setObjectName(u"page_layout")
        self.page_layout.setContentsMargins(18, 14, 18, 14)
        self.title_label = QLabel(PengaduanMasukPage)
        self.title_label.setObjectName(u"title_label")
        self.title_label.setStyleSheet(u"font-size: 15pt; font-weight: 600;")

        self.page_layout.addWidget(self.title_label)

        self.intro_label = QLabel(PengaduanMasukPage)
        self.intro_label.setObjectName(u"intro_label")
        self.intro_label.setWordWrap(True)

        self.page_layout.addWidget(self.intro_label)

        self.filter_layout = QHBoxLayout()
        self.filter_layout.setSpacing(6)
        self.filter_layout.setObjectName(u"filter_layout")
        self.period_label = QLabel(PengaduanMasukPage)
        self.period_label.setObjectName(u"period_label")

        self.filter_layout.addWidget(self.period_label)

        self.period_combo_box = QComboBox(PengaduanMasukPage)
        self.period_combo_box.setObjectName(u"period_combo_box")
        self.period_combo_box.setSizeAdjustPolicy(QComboBox.AdjustToContents)

        self.filter_layout.addWidget(self.period_combo_box)

        self.mulai_date_edit = QDateEdit(PengaduanMasukPage)
        self.mulai_date_edit.setObjectName(u"mulai_date_edit")
        self.mulai_date_edit.setCalendarPopup(True)

        self.filter_layout.addWidget(self.mulai_date_edit)

        self.until_label = QLabel(PengaduanMasukPage)
        self.until_label.setObjectName(u"until_label")

        self.filter_layout.addWidget(self.until_label)

        self.selesai_date_edit = QDateEdit(PengaduanMasukPage)
        self.selesai_date_edit.setObjectName(u"selesai_date_edit")
        self.selesai_date_edit.setCalendarPopup(True)

        self.filter_layout.addWidget(self.selesai_date_edit)

        self.layanan_filter_combo_box = QComboBox(PengaduanMasukPage)
        self.layanan_filter_combo_box.setObjectName(u"layanan_filter_combo_box")
        self.layanan_filter_combo_box.setSizeAdjustPolicy(QComboBox.AdjustToMinimumContentsLengthWithIcon)
        self.layanan_filter_combo_box.setMinimumContentsLength(16)

        self.filter_layout.addWidget(self.layanan_filter_combo_box)

        self.komponen_filter_combo_box = QComboBox(PengaduanMasukPage)
        self.komponen_filter_combo_box.setObjectName(u"komponen_filter_combo_box")
        self.komponen_filter_combo_box.setSizeAdjustPolicy(QComboBox.AdjustToMinimumContentsLengthWithIcon)
        self.komponen_filter_combo_box.setMinimumContentsLength(14)

        self.filter_layout.addWidget(self.komponen_filter_combo_box)

        self.status_filter_combo_box = QComboBox(PengaduanMasukPage)
        self.status_filter_combo_box.setObjectName(u"status_filter_combo_box")

        self.filter_layout.addWidget(self.status_filter_combo_box)

        self.search_line_edit = QLineEdit(PengaduanMasukPage)
        self.search_line_edit.setObjectName(u"search_line_edit")
        self.search_line_edit.setClearButtonEnabled(True)

        self.filter_layout.addWidget(self.search_line_edit)


        self.page_layout.addLayout(self.filter_layout)

        self.toolbar_layout = QHBoxLayout()
        self.toolbar_layout.setObjectName(u"toolbar_layout")
        self.add_push_button = QPushButton(PengaduanMasukPage)
        self.add_push_button.setObjectName(u"add_push_button")

        self.toolbar_layout.addWidget(self.add_push_button)

        self.delete_push_button = QPushButton(PengaduanMasukPage)
        self.delete_push_button.setObjectName(u"delete_push_button")

        self.toolbar_layout.addWidget(self.delete_push_button)

        self.rekap_push_button = QPushButton(PengaduanMasukPage)
        self.rekap_push_button.setObjectName(u"rekap_push_button")

        self.toolbar_layout.addWidget(self.rekap_push_button)

        self.toolbar_spacer = QSpacerItem(20, 20, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.toolbar_layout.addItem(self.toolbar_spacer)

        self.count_label = QLabel(PengaduanMasukPage)
        self.count_label.setObjectName(u"count_label")

        self.toolbar_layout.addWidget(self.count_label)


        self.page_layout.addLayout(self.toolbar_layout)

        self.main_splitter = QSplitter(PengaduanMasukPage)
        self.main_splitter.setObjectName(u"main_splitter")
        self.main_splitter.setOrientation(Qt.Horizontal)
        self.main_splitter.setChildrenCollapsible(False)
        self.list_widget = QWidget(self.main_splitter)
        self.list_widget.setObjectName(u"list_widget")
        self.list_layout = QVBoxLayout(self.list_widget)
        self.list_layout.setObjectName(u"list_layout")
        self.list_layout.setContentsMargins(0, 0, 0, 0)
        self.complaints_table_view = QTableView(self.list_widget)
        self.complaints_table_view.setObjectName(u"complaints_table_view")
        self.complaints_table_view.setSelectionBehavior(QAbstractItemView.SelectRows)
        self.complaints_table_view.setSelectionMode(QAbstractItemView.SingleSelection)
        self.complaints_table_view.setAlternatingRowColors(True)
        self.complaints_table_view.setWordWrap(False)
        self.complaints_table_view.horizontalHeader().setStretchLastSection(False)
        self.complaints_table_view.verticalHeader().setVisible(False)

        self.list_layout.addWidget(self.complaints_table_view)

        self.empty_label = QLabel(self.list_widget)
        self.empty_label.setObjectName(u"empty_label")
        self.empty_label.setWordWrap(True)

        self.list_layout.addWidget(self.empty_label)

        self.summary_group_box = QGroupBox(self.list_widget)
        self.summary_group_box.setObjectName(u"summary_group_box")
        self.summary_layout = QVBoxLayout(self.summary_group_box)
        self.summary_layout.setObjectName(u"summary_layout")
        self.summary_label = QLabel(self.summary_group_box)
        self.summary_label.setObjectName(u"summary_label")
        self.summary_label.setWordWrap(True)
        self.summary_label.setTextFormat(Qt.RichText)
        self.summary_label.setAlignment(Qt.AlignLeading|Qt.AlignLeft|Qt.AlignTop)
        self.summary_label.setTextInteractionFlags(Qt.TextSelectableByMouse)

        self.summary_layout.addWidget(self.summary_label)


        self.list_layout.addWidget(self.summary_group_box)

        self.main_splitter.addWidget(self.list_widget)
        self.form_group_box = QGroupBox(self.main_splitter)
        self.form_group_box.setObjectName(u"form_group_box")
        self.form_layout = QFormLayout(self.form_group_box)
        self.form_layout.setObjectName(u"form_layout")
        self.form_layout.setFieldGrowthPolicy(QFormLayout.AllNonFixedFieldsGrow)
        self.tanggal_label = QLabel(self.form_group_box)
        self.tanggal_label.setObjectName(u"tanggal_label")

        self.form_layout.setWidget(0, QFormLayout.ItemRole.LabelRole, self.tanggal_label)

        self.tanggal_date_edit = QDateEdit(self.form_group_box)
        self.tanggal_date_edit.setObjectName(u"tanggal_date_edit")
        self.tanggal_date_edit.setCalendarPopup(True)

        self.form_layout.setWidget(0, QFormLayout.ItemRole.FieldRole, self.tanggal_date_edit)

        self.layanan_label = QLabel(self.form_group_box)
        self.layanan_label.setObjectName(u"layanan_label")

        self.form_layout.setWidget(1, QFormLayout.ItemRole.LabelRole, self.layanan_label)

        self.layanan_combo_box = QComboBox(self.form_group_box)
        self.layanan_combo_box.setObjectName(u"layanan_combo_box")

        self.form_layout.setWidget(1, QFormLayout.ItemRole.FieldRole, self.layanan_combo_box)

        self.saluran_label = QLabel(self.form_group_box)
        self.saluran_label.setObjectName(u"saluran_label")

        self.form_layout.setWidget(2, QFormLayout.ItemRole.LabelRole, self.saluran_label)

        self.saluran_combo_box = QComboBox(self.form_group_box)
        self.saluran_combo_box.setObjectName(u"saluran_combo_box")

        self.form_layout.setWidget(2, QFormLayout.ItemRole.FieldRole, self.saluran_combo_box)

        self.komponen_label = QLabel(self.form_group_box)
        self.komponen_label.setObjectName(u"komponen_label")

        self.form_layout.setWidget(3, QFormLayout.ItemRole.LabelRole, self.komponen_label)

        self.komponen_combo_box = QComboBox(self.form_group_box)
        self.komponen_combo_box.setObjectName(u"komponen_combo_box")

        self.form_layout.setWidget(3, QFormLayout.ItemRole.FieldRole, self.komponen_combo_box)

        self.ringkasan_label = QLabel(self.form_group_box)
        self.ringkasan_label.setObjectName(u"ringkasan_label")

        self.form_layout.setWidget(4, QFormLayout.ItemRole.LabelRole, self.ringkasan_label)

        self.ringkasan_plain_text_edit = QPlainTextEdit(self.form_group_box)
        self.ringkasan_plain_text_edit.setObjectName(u"ringkasan_plain_text_edit")
        self.ringkasan_plain_text_edit.setTabChangesFocus(True)

        self.form_layout.setWidget(4, QFormLayout.ItemRole.FieldRole, self.ringkasan_plain_text_edit)

        self.status_label = QLabel(self.form_group_box)
        self.status_label.setObjectName(u"status_label")

        self.form_layout.setWidget(5, QFormLayout.ItemRole.LabelRole, self.status_label)

        self.status_combo_box = QComboBox(self.form_group_box)
        self.status_combo_box.setObjectName(u"status_combo_box")

        self.form_layout.setWidget(5, QFormLayout.ItemRole.FieldRole, self.status_combo_box)

        self.tindak_lanjut_label = QLabel(self.form_group_box)
        self.tindak_lanjut_label.setObjectName(u"tindak_lanjut_label")

        self.form_layout.setWidget(6, QFormLayout.ItemRole.LabelRole, self.tindak_lanjut_label)

        self.tindak_lanjut_plain_text_edit = QPlainTextEdit(self.form_group_box)
        self.tindak_lanjut_plain_text_edit.setObjectName(u"tindak_lanjut_plain_text_edit")
        self.tindak_lanjut_plain_text_edit.setTabChangesFocus(True)

        self.form_layout.setWidget(6, QFormLayout.ItemRole.FieldRole, self.tindak_lanjut_plain_text_edit)

        self.tanggal_selesai_label = QLabel(self.form_group_box)
        self.tanggal_selesai_label.setObjectName(u"tanggal_selesai_label")

        self.form_layout.setWidget(7, QFormLayout.ItemRole.LabelRole, self.tanggal_selesai_label)

        self.tanggal_selesai_date_edit = QDateEdit(self.form_group_box)
        self.tanggal_selesai_date_edit.setObjectName(u"tanggal_selesai_date_edit")
        self.tanggal_selesai_date_edit.setCalendarPopup(True)

        self.form_layout.setWidget(7, QFormLayout.ItemRole.FieldRole, self.tanggal_selesai_date_edit)

        self.error_label = QLabel(self.form_group_box)
        self.error_label.setObjectName(u"error_label")
        self.error_label.setStyleSheet(u"color: #a33;")
        self.error_label.setWordWrap(True)

        self.form_layout.setWidget(8, QFormLayout.ItemRole.SpanningRole, self.error_label)

        self.save_push_button = QPushButton(self.form_group_box)
        self.save_push_button.setObjectName(u"save_push_button")

        self.form_layout.setWidget(9, QFormLayout.ItemRole.FieldRole, self.save_push_button)

        self.main_splitter.addWidget(self.form_group_box)

        self.page_layout.addWidget(self.main_splitter)

#if QT_CONFIG(shortcut)
        self.period_label.setBuddy(self.period_combo_box)
        self.tanggal_label.setBuddy(self.tanggal_date_edit)
        self.layanan_label.setBuddy(self.layanan_combo_box)
        self.saluran_label.setBuddy(self.saluran_combo_box)
        self.komponen_label.setBuddy(self.komponen_combo_box)
        self.ringkasan_label.setBuddy(self.ringkasan_plain_text_edit)
        self.status_label.setBuddy(self.status_combo_box)
        self.tindak_lanjut_label.setBuddy(self.tindak_lanjut_plain_text_edit)
        self.tanggal_selesai_label.setBuddy(self.tanggal_selesai_date_edit)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.tanggal_date_edit, self.layanan_combo_box)
        QWidget.setTabOrder(self.layanan_combo_box, self.saluran_combo_box)
        QWidget.setTabOrder(self.saluran_combo_box, self.komponen_combo_box)
        QWidget.setTabOrder(self.komponen_combo_box, self.ringkasan_plain_text_edit)
        QWidget.setTabOrder(self.ringkasan_plain_text_edit, self.status_combo_box)
        QWidget.setTabOrder(self.status_combo_box, self.tindak_lanjut_plain_text_edit)
        QWidget.setTabOrder(self.tindak_lanjut_plain_text_edit, self.tanggal_selesai_date_edit)
        QWidget.setTabOrder(self.tanggal_selesai_date_edit, self.save_push_button)

        self.retranslateUi(PengaduanMasukPage)

        self.save_push_button.setDefault(False)

    # setupUi

    def retranslateUi(self, PengaduanMasukPage):
        self.title_label.setText(QCoreApplication.translate("PengaduanMasukPage", u"Pengaduan Masuk", None))
        self.intro_label.setText(QCoreApplication.translate("PengaduanMasukPage", u"Catat setiap pengaduan, saran, dan masukan yang diterima melalui saluran pengaduan (termasuk SP4N-LAPOR!), tindak lanjutnya, dan tanggal selesainya. Rekapnya per periode menjadi bahan evaluasi standar pelayanan.", None))
        self.period_label.setText(QCoreApplication.translate("PengaduanMasukPage", u"&Periode:", None))
#if QT_CONFIG(tooltip)
        self.period_combo_box.setToolTip(QCoreApplication.translate("PengaduanMasukPage", u"Periode pengaduan yang ditampilkan dan direkap: seluruhnya, tanggal periode survei, atau tanggal sendiri", None))
#endif // QT_CONFIG(tooltip)
#if QT_CONFIG(tooltip)
        self.mulai_date_edit.setToolTip(QCoreApplication.translate("PengaduanMasukPage", u"Tanggal awal periode", None))
#endif // QT_CONFIG(tooltip)
        self.mulai_date_edit.setDisplayFormat(QCoreApplication.translate("PengaduanMasukPage", u"dd/MM/yyyy", None))
        self.until_label.setText(QCoreApplication.translate("PengaduanMasukPage", u"s.d.", None))
#if QT_CONFIG(tooltip)
        self.selesai_date_edit.setToolTip(QCoreApplication.translate("PengaduanMasukPage", u"Tanggal akhir periode", None))
#endif // QT_CONFIG(tooltip)
        self.selesai_date_edit.setDisplayFormat(QCoreApplication.translate("PengaduanMasukPage", u"dd/MM/yyyy", None))
#if QT_CONFIG(tooltip)
        self.layanan_filter_combo_box.setToolTip(QCoreApplication.translate("PengaduanMasukPage", u"Tampilkan pengaduan tentang satu jenis pelayanan saja", None))
#endif // QT_CONFIG(tooltip)
#if QT_CONFIG(tooltip)
        self.komponen_filter_combo_box.setToolTip(QCoreApplication.translate("PengaduanMasukPage", u"Tampilkan pengaduan tentang satu komponen standar saja", None))
#endif // QT_CONFIG(tooltip)
#if QT_CONFIG(tooltip)
        self.status_filter_combo_box.setToolTip(QCoreApplication.translate("PengaduanMasukPage", u"Tampilkan pengaduan dengan satu status saja", None))
#endif // QT_CONFIG(tooltip)
        self.search_line_edit.setPlaceholderText(QCoreApplication.translate("PengaduanMasukPage", u"Cari ringkasan atau tindak lanjut (Ctrl+F)", None))
        self.add_push_button.setText(QCoreApplication.translate("PengaduanMasukPage", u"&Catat pengaduan", None))
#if QT_CONFIG(tooltip)
        self.add_push_button.setToolTip(QCoreApplication.translate("PengaduanMasukPage", u"Kosongkan formulir untuk mencatat pengaduan baru (Ctrl+Shift+N)", None))
#endif // QT_CONFIG(tooltip)
        self.delete_push_button.setText(QCoreApplication.translate("PengaduanMasukPage", u"&Hapus pengaduan", None))
#if QT_CONFIG(tooltip)
        self.delete_push_button.setToolTip(QCoreApplication.translate("PengaduanMasukPage", u"Hapus pengaduan terpilih (Del di tabel)", None))
#endif // QT_CONFIG(tooltip)
        self.rekap_push_button.setText(QCoreApplication.translate("PengaduanMasukPage", u"Cetak re&kap\u2026", None))
#if QT_CONFIG(tooltip)
        self.rekap_push_button.setToolTip(QCoreApplication.translate("PengaduanMasukPage", u"Rekapitulasi pengaduan periode terpilih: jumlah per jenis pelayanan, komponen, dan status, rata-rata waktu penyelesaian, serta pengaduan yang belum selesai (PDF atau Word)", None))
#endif // QT_CONFIG(tooltip)
        self.count_label.setText("")
        self.empty_label.setText("")
        self.summary_group_box.setTitle(QCoreApplication.translate("PengaduanMasukPage", u"Ringkasan periode", None))
        self.summary_label.setText("")
        self.form_group_box.setTitle(QCoreApplication.translate("PengaduanMasukPage", u"Pengaduan baru", None))
        self.tanggal_label.setText(QCoreApplication.translate("PengaduanMasukPage", u"&Diterima:", None))
#if QT_CONFIG(tooltip)
        self.tanggal_date_edit.setToolTip(QCoreApplication.translate("PengaduanMasukPage", u"Tanggal pengaduan diterima", None))
#endif // QT_CONFIG(tooltip)
        self.tanggal_date_edit.setDisplayFormat(QCoreApplication.translate("PengaduanMasukPage", u"dd/MM/yyyy", None))
        self.layanan_label.setText(QCoreApplication.translate("PengaduanMasukPage", u"&Jenis pelayanan:", None))
#if QT_CONFIG(tooltip)
        self.layanan_combo_box.setToolTip(QCoreApplication.translate("PengaduanMasukPage", u"Jenis pelayanan yang diadukan", None))
#endif // QT_CONFIG(tooltip)
        self.saluran_label.setText(QCoreApplication.translate("PengaduanMasukPage", u"Sal&uran:", None))
#if QT_CONFIG(tooltip)
        self.saluran_combo_box.setToolTip(QCoreApplication.translate("PengaduanMasukPage", u"Saluran pengaduan: yang tercantum dalam standar layanan ini lebih dahulu, lalu SP4N-LAPOR! dan saluran lain", None))
#endif // QT_CONFIG(tooltip)
        self.komponen_label.setText(QCoreApplication.translate("PengaduanMasukPage", u"K&omponen:", None))
#if QT_CONFIG(tooltip)
        self.komponen_combo_box.setToolTip(QCoreApplication.translate("PengaduanMasukPage", u"Komponen standar pelayanan yang diadukan, atau tidak spesifik", None))
#endif // QT_CONFIG(tooltip)
        self.ringkasan_label.setText(QCoreApplication.translate("PengaduanMasukPage", u"&Ringkasan:", None))
        self.ringkasan_plain_text_edit.setPlaceholderText(QCoreApplication.translate("PengaduanMasukPage", u"Isi pengaduan secara singkat", None))
        self.status_label.setText(QCoreApplication.translate("PengaduanMasukPage", u"S&tatus:", None))
        self.tindak_lanjut_label.setText(QCoreApplication.translate("PengaduanMasukPage", u"Tindak &lanjut:", None))
        self.tindak_lanjut_plain_text_edit.setPlaceholderText(QCoreApplication.translate("PengaduanMasukPage", u"Apa yang sudah atau akan dilakukan", None))
        self.tanggal_selesai_label.setText(QCoreApplication.translate("PengaduanMasukPage", u"Tanggal s&elesai:", None))
#if QT_CONFIG(tooltip)
        self.tanggal_selesai_date_edit.setToolTip(QCoreApplication.translate("PengaduanMasukPage", u"Tanggal pengaduan selesai ditindaklanjuti (hanya untuk status Selesai; tidak sebelum tanggal diterima)", None))
#endif // QT_CONFIG(tooltip)
        self.tanggal_selesai_date_edit.setDisplayFormat(QCoreApplication.translate("PengaduanMasukPage", u"dd/MM/yyyy", None))
        self.error_label.setText("")
        self.save_push_button.setText(QCoreApplication.translate("PengaduanMasukPage", u"&Simpan", None))
#if QT_CONFIG(tooltip)
        self.save_push_button.setToolTip(QCoreApplication.translate("PengaduanMasukPage", u"Simpan pengaduan ini (Ctrl+Enter)", None))
#endif // QT_CONFIG(tooltip)
        pass
    # retranslateUi
