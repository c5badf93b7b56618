# Generated from forms/sop_dialog.ui by scripts/build_forms.py: do not edit.
# -*- coding: utf-8 -*-

################################################################################
##
##
################################################################################

from PySide6.QtCore import (QCoreApplication, QSize)
from PySide6.QtWidgets import (QDialogButtonBox,
    QFormLayout, QHBoxLayout, QLabel, QLineEdit,
    QPlainTextEdit, QPushButton, QVBoxLayout)

class Ui_SopDialog(object):
    def setupUi(self, SopDialog):
        if not SopDialog.objectName():
            SopDialog.setObjectName(u"SopDialog")
        SopDialog.resize(640, 560)
        SopDialog.setModal(True)
        self.dialog_layout = QVBoxLayout(SopDialog)
        self.dialog_layout.setSpacing(10)
        self.dialog_layout.setObjectName(u"dialog_layout")
        self.intro_label = QLabel(SopDialog)
        self.intro_label.setObjectName(u"intro_label")
        self.intro_label.setWordWrap(True)

        self.dialog_layout.addWidget(self.intro_label)

        self.form_layout = QFormLayout()
        self.form_layout.setObjectName(u"form_layout")
        self.form_layout.setFieldGrowthPolicy(QFormLayout.AllNonFixedFieldsGrow)
        self.nomor_label = QLabel(SopDialog)
        self.nomor_label.setObjectName(u"nomor_label")

        self.form_layout.setWidget(0, QFormLayout.ItemRole.LabelRole, self.nomor_label)

        self.nomor_line_edit = QLineEdit(SopDialog)
        self.nomor_line_edit.setObjectName(u"nomor_line_edit")

        self.form_layout.setWidget(0, QFormLayout.ItemRole.FieldRole, self.nomor_line_edit)

        self.tanggal_pembuatan_label = QLabel(SopDialog)
        self.tanggal_pembuatan_label.setObjectName(u"tanggal_pembuatan_label")

        self.form_layout.setWidget(1, QFormLayout.ItemRole.LabelRole, self.tanggal_pembuatan_label)

        self.tanggal_pembuatan_line_edit = QLineEdit(SopDialog)
        self.tanggal_pembuatan_line_edit.setObjectName(u"tanggal_pembuatan_line_edit")

        self.form_layout.setWidget(1, QFormLayout.ItemRole.FieldRole, self.tanggal_pembuatan_line_edit)

        self.tanggal_revisi_label = QLabel(SopDialog)
        self.tanggal_revisi_label.setObjectName(u"tanggal_revisi_label")

        self.form_layout.setWidget(2, QFormLayout.ItemRole.LabelRole, self.tanggal_revisi_label)

        self.tanggal_revisi_line_edit = QLineEdit(SopDialog)
        self.tanggal_revisi_line_edit.setObjectName(u"tanggal_revisi_line_edit")

        self.form_layout.setWidget(2, QFormLayout.ItemRole.FieldRole, self.tanggal_revisi_line_edit)

        self.tanggal_efektif_label = QLabel(SopDialog)
        self.tanggal_efektif_label.setObjectName(u"tanggal_efektif_label")

        self.form_layout.setWidget(3, QFormLayout.ItemRole.LabelRole, self.tanggal_efektif_label)

        self.tanggal_efektif_line_edit = QLineEdit(SopDialog)
        self.tanggal_efektif_line_edit.setObjectName(u"tanggal_efektif_line_edit")

        self.form_layout.setWidget(3, QFormLayout.ItemRole.FieldRole, self.tanggal_efektif_line_edit)

        self.keterkaitan_label = QLabel(SopDialog)
        self.keterkaitan_label.setObjectName(u"keterkaitan_label")

        self.form_layout.setWidget(4, QFormLayout.ItemRole.LabelRole, self.keterkaitan_label)

        self.keterkaitan_text_edit = QPlainTextEdit(SopDialog)
        self.keterkaitan_text_edit.setObjectName(u"keterkaitan_text_edit")
        self.keterkaitan_text_edit.setTabChangesFocus(True)
        self.keterkaitan_text_edit.setMinimumSize(QSize(0, 70))

        self.form_layout.setWidget(4, QFormLayout.ItemRole.FieldRole, self.keterkaitan_text_edit)

        self.peringatan_label = QLabel(SopDialog)
        self.peringatan_label.setObjectName(u"peringatan_label")

        self.form_layout.setWidget(5, QFormLayout.ItemRole.LabelRole, self.peringatan_label)

        self.peringatan_text_edit = QPlainTextEdit(SopDialog)
        self.peringatan_text_edit.setObjectName(u"peringatan_text_edit")
        self.peringatan_text_edit.setTabChangesFocus(True)
        self.peringatan_text_edit.setMinimumSize(QSize(0, 70))

        self.form_layout.setWidget(5, QFormLayout.ItemRole.FieldRole, self.peringatan_text_edit)

        self.pencatatan_label = QLabel(SopDialog)
        self.pencatatan_label.setObjectName(u"pencatatan_label")

        self.form_layout.setWidget(6, QFormLayout.ItemRole.LabelRole, self.pencatatan_label)

        self.pencatatan_text_edit = QPlainTextEdit(SopDialog)
        self.pencatatan_text_edit.setObjectName(u"pencatatan_text_edit")
        self.pencatatan_text_edit.setTabChangesFocus(True)
        self.pencatatan_text_edit.setMinimumSize(QSize(0, 70))

        self.form_layout.setWidget(6, QFormLayout.ItemRole.FieldRole, self.pencatatan_text_edit)


        self.dialog_layout.addLayout(self.form_layout)

        self.error_label = QLabel(SopDialog)
        self.error_label.setObjectName(u"error_label")
        self.error_label.setWordWrap(True)

        self.dialog_layout.addWidget(self.error_label)

        self.buttons_layout = QHBoxLayout()
        self.buttons_layout.setObjectName(u"buttons_layout")
        self.print_push_button = QPushButton(SopDialog)
        self.print_push_button.setObjectName(u"print_push_button")

        self.buttons_layout.addWidget(self.print_push_button)

        self.button_box = QDialogButtonBox(SopDialog)
        self.button_box.setObjectName(u"button_box")
        self.button_box.setStandardButtons(QDialogButtonBox.Cancel|QDialogButtonBox.Save)

        self.buttons_layout.addWidget(self.button_box)


        self.dialog_layout.addLayout(self.buttons_layout)

#if QT_CONFIG(shortcut)
        self.nomor_label.setBuddy(self.nomor_line_edit)
        self.tanggal_pembuatan_label.setBuddy(self.tanggal_pembuatan_line_edit)
        self.tanggal_revisi_label.setBuddy(self.tanggal_revisi_line_edit)
        self.tanggal_efektif_label.setBuddy(self.tanggal_efektif_line_edit)
        self.keterkaitan_label.setBuddy(self.keterkaitan_text_edit)
        self.peringatan_label.setBuddy(self.peringatan_text_edit)
        self.pencatatan_label.setBuddy(self.pencatatan_text_edit)
#endif // QT_CONFIG(shortcut)

        self.retranslateUi(SopDialog)
    # setupUi

    def retranslateUi(self, SopDialog):
        SopDialog.setWindowTitle(QCoreApplication.translate("SopDialog", u"SOP", None))
        self.intro_label.setText(QCoreApplication.translate("SopDialog", u"Rancangan SOP Administrasi Pemerintahan (Permenpan RB 35/2012) disusun dari standar pelayanan ini: dasar hukum, kompetensi pelaksana, sarana prasarana, persyaratan dan prosedur. Isi di sini bagian identitas SOP yang tidak ada di standar.", None))
        self.nomor_label.setText(QCoreApplication.translate("SopDialog", u"&Nomor SOP", None))
        self.nomor_line_edit.setPlaceholderText(QCoreApplication.translate("SopDialog", u"mis. 800/123/SOP/2026", None))
        self.tanggal_pembuatan_label.setText(QCoreApplication.translate("SopDialog", u"Tanggal &pembuatan", None))
        self.tanggal_pembuatan_line_edit.setPlaceholderText(QCoreApplication.translate("SopDialog", u"TTTT-BB-HH, mis. 2026-03-01", None))
        self.tanggal_revisi_label.setText(QCoreApplication.translate("SopDialog", u"Tanggal &revisi", None))
        self.tanggal_revisi_line_edit.setPlaceholderText(QCoreApplication.translate("SopDialog", u"TTTT-BB-HH; kosongkan bila belum pernah direvisi", None))
        self.tanggal_efektif_label.setText(QCoreApplication.translate("SopDialog", u"Tanggal &efektif", None))
        self.tanggal_efektif_line_edit.setPlaceholderText(QCoreApplication.translate("SopDialog", u"TTTT-BB-HH", None))
        self.keterkaitan_label.setText(QCoreApplication.translate("SopDialog", u"&Keterkaitan", None))
        self.keterkaitan_text_edit.setPlaceholderText(QCoreApplication.translate("SopDialog", u"SOP lain yang terkait, satu per baris", None))
        self.peringatan_label.setText(QCoreApplication.translate("SopDialog", u"P&eringatan", None))
        self.peringatan_text_edit.setPlaceholderText(QCoreApplication.translate("SopDialog", u"Akibat bila SOP tidak dilaksanakan, satu per baris", None))
        self.pencatatan_label.setText(QCoreApplication.translate("SopDialog", u"Pen&catatan dan pendataan", None))
        self.pencatatan_text_edit.setPlaceholderText(QCoreApplication.translate("SopDialog", u"Catatan yang disimpan, satu per baris", None))
        self.error_label.setText("")
        self.error_label.setStyleSheet(QCoreApplication.translate("SopDialog", u"color: #8c1d18;", None))
        self.print_push_button.setText(QCoreApplication.translate("SopDialog", u"Ceta&k SOP\u2026", None))
#if QT_CONFIG(tooltip)
        self.print_push_button.setToolTip(QCoreApplication.translate("SopDialog", u"Simpan isian ini, lalu buat SOP layanan ini sebagai PDF atau Word", None))
#endif // QT_CONFIG(tooltip)
    # retranslateUi
