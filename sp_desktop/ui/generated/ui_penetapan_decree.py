# Generated from forms/penetapan_decree.ui by scripts/build_forms.py: do not edit.
# -*- coding: utf-8 -*-

################################################################################
##
##
################################################################################

from PySide6.QtCore import (QCoreApplication, Qt)
from PySide6.QtWidgets import (QCheckBox, QComboBox, QDateEdit,
    QFormLayout, QHBoxLayout, QLabel, QLineEdit,
    QPlainTextEdit, QPushButton, QSizePolicy, QSpacerItem,
    QVBoxLayout)

class Ui_PenetapanDecree(object):
    def setupUi(self, PenetapanDecree):
        if not PenetapanDecree.objectName():
            PenetapanDecree.setObjectName(u"PenetapanDecree")
        PenetapanDecree.resize(1000, 480)
        self.decree_layout = QHBoxLayout(PenetapanDecree)
        self.decree_layout.setSpacing(16)
        self.decree_layout.setObjectName(u"decree_layout")
        self.left_layout = QVBoxLayout()
        self.left_layout.setObjectName(u"left_layout")
        self.decree_form_layout = QFormLayout()
        self.decree_form_layout.setObjectName(u"decree_form_layout")
        self.decree_form_layout.setFieldGrowthPolicy(QFormLayout.AllNonFixedFieldsGrow)
        self.penetap_label = QLabel(PenetapanDecree)
        self.penetap_label.setObjectName(u"penetap_label")

        self.decree_form_layout.setWidget(0, QFormLayout.ItemRole.LabelRole, self.penetap_label)

        self.penetap_combo_box = QComboBox(PenetapanDecree)
        self.penetap_combo_box.setObjectName(u"penetap_combo_box")

        self.decree_form_layout.setWidget(0, QFormLayout.ItemRole.FieldRole, self.penetap_combo_box)

        self.pengesahan_check_box = QCheckBox(PenetapanDecree)
        self.pengesahan_check_box.setObjectName(u"pengesahan_check_box")

        self.decree_form_layout.setWidget(1, QFormLayout.ItemRole.FieldRole, self.pengesahan_check_box)

        self.kepala_daerah_nama_label = QLabel(PenetapanDecree)
        self.kepala_daerah_nama_label.setObjectName(u"kepala_daerah_nama_label")

        self.decree_form_layout.setWidget(2, QFormLayout.ItemRole.LabelRole, self.kepala_daerah_nama_label)

        self.kepala_daerah_nama_line_edit = QLineEdit(PenetapanDecree)
        self.kepala_daerah_nama_line_edit.setObjectName(u"kepala_daerah_nama_line_edit")

        self.decree_form_layout.setWidget(2, QFormLayout.ItemRole.FieldRole, self.kepala_daerah_nama_line_edit)

        self.kepala_daerah_jabatan_label = QLabel(PenetapanDecree)
        self.kepala_daerah_jabatan_label.setObjectName(u"kepala_daerah_jabatan_label")

        self.decree_form_layout.setWidget(3, QFormLayout.ItemRole.LabelRole, self.kepala_daerah_jabatan_label)

        self.kepala_daerah_jabatan_line_edit = QLineEdit(PenetapanDecree)
        self.kepala_daerah_jabatan_line_edit.setObjectName(u"kepala_daerah_jabatan_line_edit")

        self.decree_form_layout.setWidget(3, QFormLayout.ItemRole.FieldRole, self.kepala_daerah_jabatan_line_edit)

        self.nomor_label = QLabel(PenetapanDecree)
        self.nomor_label.setObjectName(u"nomor_label")

        self.decree_form_layout.setWidget(4, QFormLayout.ItemRole.LabelRole, self.nomor_label)

        self.nomor_line_edit = QLineEdit(PenetapanDecree)
        self.nomor_line_edit.setObjectName(u"nomor_line_edit")

        self.decree_form_layout.setWidget(4, QFormLayout.ItemRole.FieldRole, self.nomor_line_edit)

        self.tanggal_label = QLabel(PenetapanDecree)
        self.tanggal_label.setObjectName(u"tanggal_label")

        self.decree_form_layout.setWidget(5, QFormLayout.ItemRole.LabelRole, self.tanggal_label)

        self.tanggal_date_edit = QDateEdit(PenetapanDecree)
        self.tanggal_date_edit.setObjectName(u"tanggal_date_edit")
        self.tanggal_date_edit.setCalendarPopup(True)

        self.decree_form_layout.setWidget(5, QFormLayout.ItemRole.FieldRole, self.tanggal_date_edit)

        self.tempat_label = QLabel(PenetapanDecree)
        self.tempat_label.setObjectName(u"tempat_label")

        self.decree_form_layout.setWidget(6, QFormLayout.ItemRole.LabelRole, self.tempat_label)

        self.tempat_line_edit = QLineEdit(PenetapanDecree)
        self.tempat_line_edit.setObjectName(u"tempat_line_edit")

        self.decree_form_layout.setWidget(6, QFormLayout.ItemRole.FieldRole, self.tempat_line_edit)


        self.left_layout.addLayout(self.decree_form_layout)

        self.candidates_label = QLabel(PenetapanDecree)
        self.candidates_label.setObjectName(u"candidates_label")
        self.candidates_label.setWordWrap(True)

        self.left_layout.addWidget(self.candidates_label)

        self.record_layout = QHBoxLayout()
        self.record_layout.setObjectName(u"record_layout")
        self.record_push_button = QPushButton(PenetapanDecree)
        self.record_push_button.setObjectName(u"record_push_button")

        self.record_layout.addWidget(self.record_push_button)

        self.record_spacer = QSpacerItem(20, 20, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.record_layout.addItem(self.record_spacer)


        self.left_layout.addLayout(self.record_layout)

        self.record_reason_label = QLabel(PenetapanDecree)
        self.record_reason_label.setObjectName(u"record_reason_label")
        self.record_reason_label.setWordWrap(True)
        self.record_reason_label.setTextInteractionFlags(Qt.TextSelectableByMouse)

        self.left_layout.addWidget(self.record_reason_label)

        self.history_label = QLabel(PenetapanDecree)
        self.history_label.setObjectName(u"history_label")
        self.history_label.setWordWrap(True)

        self.left_layout.addWidget(self.history_label)

        self.left_spacer = QSpacerItem(20, 10, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.left_layout.addItem(self.left_spacer)


        self.decree_layout.addLayout(self.left_layout)

        self.right_layout = QVBoxLayout()
        self.right_layout.setObjectName(u"right_layout")
        self.menimbang_label = QLabel(PenetapanDecree)
        self.menimbang_label.setObjectName(u"menimbang_label")

        self.right_layout.addWidget(self.menimbang_label)

        self.menimbang_plain_text_edit = QPlainTextEdit(PenetapanDecree)
        self.menimbang_plain_text_edit.setObjectName(u"menimbang_plain_text_edit")
        self.menimbang_plain_text_edit.setTabChangesFocus(True)

        self.right_layout.addWidget(self.menimbang_plain_text_edit)

        self.mengingat_title_layout = QHBoxLayout()
        self.mengingat_title_layout.setObjectName(u"mengingat_title_layout")
        self.mengingat_label = QLabel(PenetapanDecree)
        self.mengingat_label.setObjectName(u"mengingat_label")

        self.mengingat_title_layout.addWidget(self.mengingat_label)

        self.mengingat_spacer = QSpacerItem(20, 20, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.mengingat_title_layout.addItem(self.mengingat_spacer)

        self.propose_push_button = QPushButton(PenetapanDecree)
        self.propose_push_button.setObjectName(u"propose_push_button")

        self.mengingat_title_layout.addWidget(self.propose_push_button)


        self.right_layout.addLayout(self.mengingat_title_layout)

        self.mengingat_plain_text_edit = QPlainTextEdit(PenetapanDecree)
        self.mengingat_plain_text_edit.setObjectName(u"mengingat_plain_text_edit")
        self.mengingat_plain_text_edit.setTabChangesFocus(True)

        self.right_layout.addWidget(self.mengingat_plain_text_edit)


        self.decree_layout.addLayout(self.right_layout)

#if QT_CONFIG(shortcut)
        self.penetap_label.setBuddy(self.penetap_combo_box)
        self.kepala_daerah_nama_label.setBuddy(self.kepala_daerah_nama_line_edit)
        self.kepala_daerah_jabatan_label.setBuddy(self.kepala_daerah_jabatan_line_edit)
        self.nomor_label.setBuddy(self.nomor_line_edit)
        self.tanggal_label.setBuddy(self.tanggal_date_edit)
        self.tempat_label.setBuddy(self.tempat_line_edit)
        self.menimbang_label.setBuddy(self.menimbang_plain_text_edit)
        self.mengingat_label.setBuddy(self.mengingat_plain_text_edit)
#endif // QT_CONFIG(shortcut)

        self.retranslateUi(PenetapanDecree)
    # setupUi

    def retranslateUi(self, PenetapanDecree):
        self.penetap_label.setText(QCoreApplication.translate("PenetapanDecree", u"Ditetapkan &oleh", None))
        self.pengesahan_check_box.setText(QCoreApplication.translate("PenetapanDecree", u"Disa&hkan oleh kepala daerah (Wali Kota/Bupati)", None))
        self.kepala_daerah_nama_label.setText(QCoreApplication.translate("PenetapanDecree", u"Nama &kepala daerah", None))
        self.kepala_daerah_nama_line_edit.setPlaceholderText(QCoreApplication.translate("PenetapanDecree", u"mis. dr. NAMA LENGKAP (tanpa NIP)", None))
        self.kepala_daerah_jabatan_label.setText(QCoreApplication.translate("PenetapanDecree", u"&Jabatan kepala daerah", None))
        self.kepala_daerah_jabatan_line_edit.setPlaceholderText(QCoreApplication.translate("PenetapanDecree", u"kosong = dari nama pemerintah daerah, mis. Wali Kota Bontang", None))
        self.nomor_label.setText(QCoreApplication.translate("PenetapanDecree", u"&Nomor keputusan", None))
        self.nomor_line_edit.setPlaceholderText(QCoreApplication.translate("PenetapanDecree", u"mis. 188.4/55/DKPS/2018", None))
        self.tanggal_label.setText(QCoreApplication.translate("PenetapanDecree", u"T&anggal", None))
        self.tanggal_date_edit.setDisplayFormat(QCoreApplication.translate("PenetapanDecree", u"d MMMM yyyy", None))
        self.tempat_label.setText(QCoreApplication.translate("PenetapanDecree", u"&Tempat ditetapkan", None))
        self.record_push_button.setText(QCoreApplication.translate("PenetapanDecree", u"&Catat penetapan\u2026", None))
        self.menimbang_label.setText(QCoreApplication.translate("PenetapanDecree", u"&Menimbang (satu butir per baris, tanpa huruf; kosong = teks baku)", None))
        self.menimbang_plain_text_edit.setPlaceholderText(QCoreApplication.translate("PenetapanDecree", u"bahwa untuk melaksanakan ketentuan Pasal 21 Undang-Undang Nomor 25 Tahun 2009 \u2026", None))
        self.mengingat_label.setText(QCoreApplication.translate("PenetapanDecree", u"M&engingat (satu dasar hukum per baris)", None))
        self.propose_push_button.setText(QCoreApplication.translate("PenetapanDecree", u"Usulkan dari dasa&r hukum layanan", None))
        pass
    # retranslateUi
