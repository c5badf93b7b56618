# Generated from forms/evaluasi_page.ui by scripts/build_forms.py: do not edit.
# -*- coding: utf-8 -*-

################################################################################
##
##
################################################################################

from PySide6.QtCore import (QCoreApplication, Qt)
from PySide6.QtWidgets import (QAbstractItemView, QFormLayout, QGroupBox,
    QHBoxLayout, QLabel, QListWidget,
    QPlainTextEdit, QPushButton, QSplitter, QTableWidget, QVBoxLayout,
    QWidget)

class Ui_EvaluasiPage(object):
    def setupUi(self, EvaluasiPage):
        if not EvaluasiPage.objectName():
            EvaluasiPage.setObjectName(u"EvaluasiPage")
        EvaluasiPage.resize(1100, 700)
        self.page_layout = QVBoxLayout(EvaluasiPage)
        self.page_layout.setSpacing(8)
        self.page_layout.setObjectName(u"page_layout")
        self.page_layout.setContentsMargins(18, 14, 18, 14)
        self.title_label = QLabel(EvaluasiPage)
        self.title_label.setObjectName(u"title_label")
        self.title_label.setStyleSheet(u"font-size: 15pt; font-weight: 600;")

        self.page_layout.addWidget(self.title_label)

        self.intro_label = QLabel(EvaluasiPage)
        self.intro_label.setObjectName(u"intro_label")
        self.intro_label.setWordWrap(True)

        self.page_layout.addWidget(self.intro_label)

        self.main_splitter = QSplitter(EvaluasiPage)
        self.main_splitter.setObjectName(u"main_splitter")
        self.main_splitter.setOrientation(Qt.Horizontal)
        self.main_splitter.setChildrenCollapsible(False)
        self.services_widget = QWidget(self.main_splitter)
        self.services_widget.setObjectName(u"services_widget")
        self.services_layout = QVBoxLayout(self.services_widget)
        self.services_layout.setObjectName(u"services_layout")
        self.services_layout.setContentsMargins(0, 0, 0, 0)
        self.services_label = QLabel(self.services_widget)
        self.services_label.setObjectName(u"services_label")

        self.services_layout.addWidget(self.services_label)

        self.services_list_widget = QListWidget(self.services_widget)
        self.services_list_widget.setObjectName(u"services_list_widget")
        self.services_list_widget.setWordWrap(True)

        self.services_layout.addWidget(self.services_list_widget)

        self.main_splitter.addWidget(self.services_widget)
        self.detail_widget = QWidget(self.main_splitter)
        self.detail_widget.setObjectName(u"detail_widget")
        self.detail_layout = QVBoxLayout(self.detail_widget)
        self.detail_layout.setObjectName(u"detail_layout")
        self.detail_layout.setContentsMargins(0, 0, 0, 0)
        self.basis_label = QLabel(self.detail_widget)
        self.basis_label.setObjectName(u"basis_label")
        self.basis_label.setWordWrap(True)
        self.basis_label.setTextFormat(Qt.RichText)

        self.detail_layout.addWidget(self.basis_label)

        self.tables_layout = QHBoxLayout()
        self.tables_layout.setObjectName(u"tables_layout")
        self.unsur_group_box = QGroupBox(self.detail_widget)
        self.unsur_group_box.setObjectName(u"unsur_group_box")
        self.unsur_layout = QVBoxLayout(self.unsur_group_box)
        self.unsur_layout.setObjectName(u"unsur_layout")
        self.unsur_table_widget = QTableWidget(self.unsur_group_box)
        self.unsur_table_widget.setObjectName(u"unsur_table_widget")
        self.unsur_table_widget.setEditTriggers(QAbstractItemView.NoEditTriggers)
        self.unsur_table_widget.setSelectionBehavior(QAbstractItemView.SelectRows)
        self.unsur_table_widget.verticalHeader().setVisible(False)

        self.unsur_layout.addWidget(self.unsur_table_widget)


        self.tables_layout.addWidget(self.unsur_group_box)

        self.complaints_group_box = QGroupBox(self.detail_widget)
        self.complaints_group_box.setObjectName(u"complaints_group_box")
        self.complaints_layout = QVBoxLayout(self.complaints_group_box)
        self.complaints_layout.setObjectName(u"complaints_layout")
        self.complaints_table_widget = QTableWidget(self.complaints_group_box)
        self.complaints_table_widget.setObjectName(u"complaints_table_widget")
        self.complaints_table_widget.setEditTriggers(QAbstractItemView.NoEditTriggers)
        self.complaints_table_widget.setSelectionBehavior(QAbstractItemView.SelectRows)
        self.complaints_table_widget.verticalHeader().setVisible(False)

        self.complaints_layout.addWidget(self.complaints_table_widget)


        self.tables_layout.addWidget(self.complaints_group_box)


        self.detail_layout.addLayout(self.tables_layout)

        self.note_group_box = QGroupBox(self.detail_widget)
        self.note_group_box.setObjectName(u"note_group_box")
        self.note_layout = QFormLayout(self.note_group_box)
        self.note_layout.setObjectName(u"note_layout")
        self.note_layout.setFieldGrowthPolicy(QFormLayout.AllNonFixedFieldsGrow)
        self.perubahan_label = QLabel(self.note_group_box)
        self.perubahan_label.setObjectName(u"perubahan_label")

        self.note_layout.setWidget(0, QFormLayout.ItemRole.LabelRole, self.perubahan_label)

        self.perubahan_plain_text_edit = QPlainTextEdit(self.note_group_box)
        self.perubahan_plain_text_edit.setObjectName(u"perubahan_plain_text_edit")
        self.perubahan_plain_text_edit.setTabChangesFocus(True)

        self.note_layout.setWidget(0, QFormLayout.ItemRole.FieldRole, self.perubahan_plain_text_edit)

        self.alasan_label = QLabel(self.note_group_box)
        self.alasan_label.setObjectName(u"alasan_label")

        self.note_layout.setWidget(1, QFormLayout.ItemRole.LabelRole, self.alasan_label)

        self.alasan_plain_text_edit = QPlainTextEdit(self.note_group_box)
        self.alasan_plain_text_edit.setObjectName(u"alasan_plain_text_edit")
        self.alasan_plain_text_edit.setTabChangesFocus(True)

        self.note_layout.setWidget(1, QFormLayout.ItemRole.FieldRole, self.alasan_plain_text_edit)

        self.note_state_label = QLabel(self.note_group_box)
        self.note_state_label.setObjectName(u"note_state_label")
        self.note_state_label.setWordWrap(True)

        self.note_layout.setWidget(2, QFormLayout.ItemRole.SpanningRole, self.note_state_label)


        self.detail_layout.addWidget(self.note_group_box)

        self.buttons_layout = QHBoxLayout()
        self.buttons_layout.setObjectName(u"buttons_layout")
        self.save_push_button = QPushButton(self.detail_widget)
        self.save_push_button.setObjectName(u"save_push_button")

        self.buttons_layout.addWidget(self.save_push_button)

        self.revise_push_button = QPushButton(self.detail_widget)
        self.revise_push_button.setObjectName(u"revise_push_button")

        self.buttons_layout.addWidget(self.revise_push_button)

        self.reason_label = QLabel(self.detail_widget)
        self.reason_label.setObjectName(u"reason_label")
        self.reason_label.setWordWrap(True)

        self.buttons_layout.addWidget(self.reason_label)


        self.detail_layout.addLayout(self.buttons_layout)

        self.main_splitter.addWidget(self.detail_widget)

        self.page_layout.addWidget(self.main_splitter)

#if QT_CONFIG(shortcut)
        self.services_label.setBuddy(self.services_list_widget)
        self.perubahan_label.setBuddy(self.perubahan_plain_text_edit)
        self.alasan_label.setBuddy(self.alasan_plain_text_edit)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.services_list_widget, self.perubahan_plain_text_edit)
        QWidget.setTabOrder(self.perubahan_plain_text_edit, self.alasan_plain_text_edit)
        QWidget.setTabOrder(self.alasan_plain_text_edit, self.save_push_button)
        QWidget.setTabOrder(self.save_push_button, self.revise_push_button)
        QWidget.setTabOrder(self.revise_push_button, self.unsur_table_widget)
        QWidget.setTabOrder(self.unsur_table_widget, self.complaints_table_widget)

        self.retranslateUi(EvaluasiPage)
    # setupUi

    def retranslateUi(self, EvaluasiPage):
        self.title_label.setText(QCoreApplication.translate("EvaluasiPage", u"Evaluasi Standar Pelayanan", None))
        self.intro_label.setText(QCoreApplication.translate("EvaluasiPage", u"Untuk setiap jenis pelayanan: hasil survei kepuasan terakhir (unsur dengan nilai terendah) dan pengaduan per komponen. Tulis catatan evaluasi, lalu ketua tim dapat membuka revisi standar yang sudah ditetapkan dengan catatan itu sebagai dasarnya.", None))
        self.services_label.setText(QCoreApplication.translate("EvaluasiPage", u"&Jenis pelayanan:", None))
#if QT_CONFIG(tooltip)
        self.services_list_widget.setToolTip(QCoreApplication.translate("EvaluasiPage", u"Pilih jenis pelayanan yang dievaluasi (panah atas/bawah)", None))
#endif // QT_CONFIG(tooltip)
        self.basis_label.setText("")
        self.unsur_group_box.setTitle(QCoreApplication.translate("EvaluasiPage", u"Survei kepuasan terakhir", None))
        self.complaints_group_box.setTitle(QCoreApplication.translate("EvaluasiPage", u"Pengaduan per komponen", None))
        self.note_group_box.setTitle(QCoreApplication.translate("EvaluasiPage", u"Catatan evaluasi", None))
        self.perubahan_label.setText(QCoreApplication.translate("EvaluasiPage", u"Yang perlu &diubah:", None))
        self.perubahan_plain_text_edit.setPlaceholderText(QCoreApplication.translate("EvaluasiPage", u"Misalnya: jangka waktu penyelesaian dipersingkat menjadi 3 hari kerja", None))
        self.alasan_label.setText(QCoreApplication.translate("EvaluasiPage", u"&Alasan:", None))
        self.alasan_plain_text_edit.setPlaceholderText(QCoreApplication.translate("EvaluasiPage", u"Misalnya: unsur waktu penyelesaian bernilai terendah dan menjadi pokok pengaduan terbanyak", None))
        self.note_state_label.setText("")
        self.save_push_button.setText(QCoreApplication.translate("EvaluasiPage", u"&Simpan catatan", None))
#if QT_CONFIG(tooltip)
        self.save_push_button.setToolTip(QCoreApplication.translate("EvaluasiPage", u"Simpan catatan evaluasi jenis pelayanan ini (Ctrl+Enter)", None))
#endif // QT_CONFIG(tooltip)
        self.revise_push_button.setText(QCoreApplication.translate("EvaluasiPage", u"Buat &revisi", None))
#if QT_CONFIG(tooltip)
        self.revise_push_button.setToolTip(QCoreApplication.translate("EvaluasiPage", u"Buka versi baru (draf) dari standar yang sudah ditetapkan, dengan catatan evaluasi ini sebagai dasarnya (ketua tim, dengan PIN)", None))
#endif // QT_CONFIG(tooltip)
        self.reason_label.setText("")
        pass
    # retranslateUi
