# Generated from forms/penetapan_evaluation.ui by scripts/build_forms.py: do not edit.
# -*- coding: utf-8 -*-

################################################################################
##
##
################################################################################

from PySide6.QtCore import (QCoreApplication)
from PySide6.QtWidgets import (QCheckBox, QComboBox, QDateEdit,
    QFormLayout, QGroupBox, QHBoxLayout, QLabel,
    QLineEdit, QPlainTextEdit, QPushButton, QSizePolicy,
    QSpacerItem, QVBoxLayout)

class Ui_PenetapanEvaluation(object):
    def setupUi(self, PenetapanEvaluation):
        if not PenetapanEvaluation.objectName():
            PenetapanEvaluation.setObjectName(u"PenetapanEvaluation")
        PenetapanEvaluation.resize(1000, 420)
        self.evaluation_layout = QHBoxLayout(PenetapanEvaluation)
        self.evaluation_layout.setSpacing(16)
        self.evaluation_layout.setObjectName(u"evaluation_layout")
        self.evaluation_group_box = QGroupBox(PenetapanEvaluation)
        self.evaluation_group_box.setObjectName(u"evaluation_group_box")
        self.evaluation_group_layout = QVBoxLayout(self.evaluation_group_box)
        self.evaluation_group_layout.setObjectName(u"evaluation_group_layout")
        self.evaluasi_wajib_check_box = QCheckBox(self.evaluation_group_box)
        self.evaluasi_wajib_check_box.setObjectName(u"evaluasi_wajib_check_box")

        self.evaluation_group_layout.addWidget(self.evaluasi_wajib_check_box)

        self.evaluation_form_layout = QFormLayout()
        self.evaluation_form_layout.setObjectName(u"evaluation_form_layout")
        self.evaluation_form_layout.setFieldGrowthPolicy(QFormLayout.AllNonFixedFieldsGrow)
        self.nomor_surat_label = QLabel(self.evaluation_group_box)
        self.nomor_surat_label.setObjectName(u"nomor_surat_label")

        self.evaluation_form_layout.setWidget(0, QFormLayout.ItemRole.LabelRole, self.nomor_surat_label)

        self.nomor_surat_line_edit = QLineEdit(self.evaluation_group_box)
        self.nomor_surat_line_edit.setObjectName(u"nomor_surat_line_edit")

        self.evaluation_form_layout.setWidget(0, QFormLayout.ItemRole.FieldRole, self.nomor_surat_line_edit)

        self.kirim_check_box = QCheckBox(self.evaluation_group_box)
        self.kirim_check_box.setObjectName(u"kirim_check_box")

        self.evaluation_form_layout.setWidget(1, QFormLayout.ItemRole.LabelRole, self.kirim_check_box)

        self.kirim_date_edit = QDateEdit(self.evaluation_group_box)
        self.kirim_date_edit.setObjectName(u"kirim_date_edit")
        self.kirim_date_edit.setCalendarPopup(True)

        self.evaluation_form_layout.setWidget(1, QFormLayout.ItemRole.FieldRole, self.kirim_date_edit)

        self.balasan_check_box = QCheckBox(self.evaluation_group_box)
        self.balasan_check_box.setObjectName(u"balasan_check_box")

        self.evaluation_form_layout.setWidget(2, QFormLayout.ItemRole.LabelRole, self.balasan_check_box)

        self.balasan_date_edit = QDateEdit(self.evaluation_group_box)
        self.balasan_date_edit.setObjectName(u"balasan_date_edit")
        self.balasan_date_edit.setCalendarPopup(True)

        self.evaluation_form_layout.setWidget(2, QFormLayout.ItemRole.FieldRole, self.balasan_date_edit)

        self.hasil_label = QLabel(self.evaluation_group_box)
        self.hasil_label.setObjectName(u"hasil_label")

        self.evaluation_form_layout.setWidget(3, QFormLayout.ItemRole.LabelRole, self.hasil_label)

        self.hasil_combo_box = QComboBox(self.evaluation_group_box)
        self.hasil_combo_box.setObjectName(u"hasil_combo_box")

        self.evaluation_form_layout.setWidget(3, QFormLayout.ItemRole.FieldRole, self.hasil_combo_box)

        self.catatan_label = QLabel(self.evaluation_group_box)
        self.catatan_label.setObjectName(u"catatan_label")

        self.evaluation_form_layout.setWidget(4, QFormLayout.ItemRole.LabelRole, self.catatan_label)

        self.catatan_plain_text_edit = QPlainTextEdit(self.evaluation_group_box)
        self.catatan_plain_text_edit.setObjectName(u"catatan_plain_text_edit")
        self.catatan_plain_text_edit.setTabChangesFocus(True)

        self.evaluation_form_layout.setWidget(4, QFormLayout.ItemRole.FieldRole, self.catatan_plain_text_edit)


        self.evaluation_group_layout.addLayout(self.evaluation_form_layout)

        self.evaluation_state_label = QLabel(self.evaluation_group_box)
        self.evaluation_state_label.setObjectName(u"evaluation_state_label")
        self.evaluation_state_label.setWordWrap(True)

        self.evaluation_group_layout.addWidget(self.evaluation_state_label)

        self.evaluation_buttons_layout = QHBoxLayout()
        self.evaluation_buttons_layout.setObjectName(u"evaluation_buttons_layout")
        self.evaluation_buttons_spacer = QSpacerItem(20, 20, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.evaluation_buttons_layout.addItem(self.evaluation_buttons_spacer)

        self.save_evaluation_push_button = QPushButton(self.evaluation_group_box)
        self.save_evaluation_push_button.setObjectName(u"save_evaluation_push_button")

        self.evaluation_buttons_layout.addWidget(self.save_evaluation_push_button)


        self.evaluation_group_layout.addLayout(self.evaluation_buttons_layout)

        self.evaluation_vertical_spacer = QSpacerItem(20, 10, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.evaluation_group_layout.addItem(self.evaluation_vertical_spacer)


        self.evaluation_layout.addWidget(self.evaluation_group_box)

        self.sk_tim_group_box = QGroupBox(PenetapanEvaluation)
        self.sk_tim_group_box.setObjectName(u"sk_tim_group_box")
        self.sk_tim_group_layout = QVBoxLayout(self.sk_tim_group_box)
        self.sk_tim_group_layout.setObjectName(u"sk_tim_group_layout")
        self.sk_tim_intro_label = QLabel(self.sk_tim_group_box)
        self.sk_tim_intro_label.setObjectName(u"sk_tim_intro_label")
        self.sk_tim_intro_label.setWordWrap(True)

        self.sk_tim_group_layout.addWidget(self.sk_tim_intro_label)

        self.sk_tim_form_layout = QFormLayout()
        self.sk_tim_form_layout.setObjectName(u"sk_tim_form_layout")
        self.sk_tim_form_layout.setFieldGrowthPolicy(QFormLayout.AllNonFixedFieldsGrow)
        self.sk_tim_nomor_label = QLabel(self.sk_tim_group_box)
        self.sk_tim_nomor_label.setObjectName(u"sk_tim_nomor_label")

        self.sk_tim_form_layout.setWidget(0, QFormLayout.ItemRole.LabelRole, self.sk_tim_nomor_label)

        self.sk_tim_nomor_line_edit = QLineEdit(self.sk_tim_group_box)
        self.sk_tim_nomor_line_edit.setObjectName(u"sk_tim_nomor_line_edit")

        self.sk_tim_form_layout.setWidget(0, QFormLayout.ItemRole.FieldRole, self.sk_tim_nomor_line_edit)

        self.sk_tim_tanggal_label = QLabel(self.sk_tim_group_box)
        self.sk_tim_tanggal_label.setObjectName(u"sk_tim_tanggal_label")

        self.sk_tim_form_layout.setWidget(1, QFormLayout.ItemRole.LabelRole, self.sk_tim_tanggal_label)

        self.sk_tim_tanggal_date_edit = QDateEdit(self.sk_tim_group_box)
        self.sk_tim_tanggal_date_edit.setObjectName(u"sk_tim_tanggal_date_edit")
        self.sk_tim_tanggal_date_edit.setCalendarPopup(True)

        self.sk_tim_form_layout.setWidget(1, QFormLayout.ItemRole.FieldRole, self.sk_tim_tanggal_date_edit)


        self.sk_tim_group_layout.addLayout(self.sk_tim_form_layout)

        self.sk_tim_buttons_layout = QHBoxLayout()
        self.sk_tim_buttons_layout.setObjectName(u"sk_tim_buttons_layout")
        self.sk_tim_spacer = QSpacerItem(20, 20, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.sk_tim_buttons_layout.addItem(self.sk_tim_spacer)

        self.save_sk_tim_push_button = QPushButton(self.sk_tim_group_box)
        self.save_sk_tim_push_button.setObjectName(u"save_sk_tim_push_button")

        self.sk_tim_buttons_layout.addWidget(self.save_sk_tim_push_button)


        self.sk_tim_group_layout.addLayout(self.sk_tim_buttons_layout)

        self.sk_tim_vertical_spacer = QSpacerItem(20, 10, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.sk_tim_group_layout.addItem(self.sk_tim_vertical_spacer)


        self.evaluation_layout.addWidget(self.sk_tim_group_box)

#if QT_CONFIG(shortcut)
        self.nomor_surat_label.setBuddy(self.nomor_surat_line_edit)
        self.hasil_label.setBuddy(self.hasil_combo_box)
        self.catatan_label.setBuddy(self.catatan_plain_text_edit)
        self.sk_tim_nomor_label.setBuddy(self.sk_tim_nomor_line_edit)
        self.sk_tim_tanggal_label.setBuddy(self.sk_tim_tanggal_date_edit)
#endif // QT_CONFIG(shortcut)

        self.retranslateUi(PenetapanEvaluation)
    # setupUi

    def retranslateUi(self, PenetapanEvaluation):
        self.evaluation_group_box.setTitle(QCoreApplication.translate("PenetapanEvaluation", u"Evaluasi Bagian Organisasi", None))
        self.evaluasi_wajib_check_box.setText(QCoreApplication.translate("PenetapanEvaluation", u"Evaluasi &wajib sebelum penetapan", None))
#if QT_CONFIG(tooltip)
        self.evaluasi_wajib_check_box.setToolTip(QCoreApplication.translate("PenetapanEvaluation", u"Perwali Bontang 31/2018 Pasal 12 ayat (4): rancangan keputusan dievaluasi Bagian Organisasi sebelum ditetapkan.", None))
#endif // QT_CONFIG(tooltip)
        self.nomor_surat_label.setText(QCoreApplication.translate("PenetapanEvaluation", u"&Nomor surat pengantar", None))
        self.kirim_check_box.setText(QCoreApplication.translate("PenetapanEvaluation", u"Di&kirim pada", None))
        self.kirim_date_edit.setDisplayFormat(QCoreApplication.translate("PenetapanEvaluation", u"d MMMM yyyy", None))
        self.balasan_check_box.setText(QCoreApplication.translate("PenetapanEvaluation", u"Balasan dit&erima pada", None))
        self.balasan_date_edit.setDisplayFormat(QCoreApplication.translate("PenetapanEvaluation", u"d MMMM yyyy", None))
        self.hasil_label.setText(QCoreApplication.translate("PenetapanEvaluation", u"&Hasil", None))
        self.catatan_label.setText(QCoreApplication.translate("PenetapanEvaluation", u"C&atatan balasan", None))
        self.save_evaluation_push_button.setText(QCoreApplication.translate("PenetapanEvaluation", u"Simpan e&valuasi", None))
        self.sk_tim_group_box.setTitle(QCoreApplication.translate("PenetapanEvaluation", u"SK Tim Penyusun", None))
        self.sk_tim_intro_label.setText(QCoreApplication.translate("PenetapanEvaluation", u"Keputusan pembentukan Tim Penyusun Standar Pelayanan; lampirannya memuat anggota tim dan perannya.", None))
        self.sk_tim_nomor_label.setText(QCoreApplication.translate("PenetapanEvaluation", u"N&omor SK Tim", None))
        self.sk_tim_nomor_line_edit.setPlaceholderText(QCoreApplication.translate("PenetapanEvaluation", u"kosong = belum ada", None))
        self.sk_tim_tanggal_label.setText(QCoreApplication.translate("PenetapanEvaluation", u"&Tanggal SK Tim", None))
        self.sk_tim_tanggal_date_edit.setDisplayFormat(QCoreApplication.translate("PenetapanEvaluation", u"d MMMM yyyy", None))
        self.save_sk_tim_push_button.setText(QCoreApplication.translate("PenetapanEvaluation", u"Simpan SK Ti&m", None))
        pass
    # retranslateUi
