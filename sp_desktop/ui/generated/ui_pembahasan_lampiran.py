# Generated from forms/pembahasan_lampiran.ui by scripts/build_forms.py: do not edit.
# -*- coding: utf-8 -*-

################################################################################
##
##
################################################################################

from PySide6.QtCore import (QCoreApplication, QSize)
from PySide6.QtWidgets import (QComboBox, QFormLayout, QGridLayout,
    QGroupBox, QHBoxLayout, QLabel, QLineEdit,
    QListWidget, QPlainTextEdit, QPushButton,
    QVBoxLayout)

class Ui_PembahasanLampiran(object):
    def setupUi(self, PembahasanLampiran):
        if not PembahasanLampiran.objectName():
            PembahasanLampiran.setObjectName(u"PembahasanLampiran")
        PembahasanLampiran.resize(820, 480)
        self.lampiran_layout = QHBoxLayout(PembahasanLampiran)
        self.lampiran_layout.setSpacing(14)
        self.lampiran_layout.setObjectName(u"lampiran_layout")
        self.notulen_layout = QVBoxLayout()
        self.notulen_layout.setSpacing(6)
        self.notulen_layout.setObjectName(u"notulen_layout")
        self.berita_acara_group_box = QGroupBox(PembahasanLampiran)
        self.berita_acara_group_box.setObjectName(u"berita_acara_group_box")
        self.berita_acara_form_layout = QFormLayout(self.berita_acara_group_box)
        self.berita_acara_form_layout.setObjectName(u"berita_acara_form_layout")
        self.berita_acara_form_layout.setFieldGrowthPolicy(QFormLayout.AllNonFixedFieldsGrow)
        self.nomor_berita_acara_label = QLabel(self.berita_acara_group_box)
        self.nomor_berita_acara_label.setObjectName(u"nomor_berita_acara_label")

        self.berita_acara_form_layout.setWidget(0, QFormLayout.ItemRole.LabelRole, self.nomor_berita_acara_label)

        self.nomor_berita_acara_line_edit = QLineEdit(self.berita_acara_group_box)
        self.nomor_berita_acara_line_edit.setObjectName(u"nomor_berita_acara_line_edit")

        self.berita_acara_form_layout.setWidget(0, QFormLayout.ItemRole.FieldRole, self.nomor_berita_acara_line_edit)

        self.penandatangan_masyarakat_label = QLabel(self.berita_acara_group_box)
        self.penandatangan_masyarakat_label.setObjectName(u"penandatangan_masyarakat_label")

        self.berita_acara_form_layout.setWidget(1, QFormLayout.ItemRole.LabelRole, self.penandatangan_masyarakat_label)

        self.penandatangan_masyarakat_combo_box = QComboBox(self.berita_acara_group_box)
        self.penandatangan_masyarakat_combo_box.setObjectName(u"penandatangan_masyarakat_combo_box")
        self.penandatangan_masyarakat_combo_box.setEditable(True)

        self.berita_acara_form_layout.setWidget(1, QFormLayout.ItemRole.FieldRole, self.penandatangan_masyarakat_combo_box)


        self.notulen_layout.addWidget(self.berita_acara_group_box)

        self.notulen_label = QLabel(PembahasanLampiran)
        self.notulen_label.setObjectName(u"notulen_label")

        self.notulen_layout.addWidget(self.notulen_label)

        self.notulen_plain_text_edit = QPlainTextEdit(PembahasanLampiran)
        self.notulen_plain_text_edit.setObjectName(u"notulen_plain_text_edit")
        self.notulen_plain_text_edit.setTabChangesFocus(True)

        self.notulen_layout.addWidget(self.notulen_plain_text_edit)


        self.lampiran_layout.addLayout(self.notulen_layout)

        self.files_layout = QVBoxLayout()
        self.files_layout.setSpacing(6)
        self.files_layout.setObjectName(u"files_layout")
        self.files_label = QLabel(PembahasanLampiran)
        self.files_label.setObjectName(u"files_label")

        self.files_layout.addWidget(self.files_label)

        self.attachments_list_widget = QListWidget(PembahasanLampiran)
        self.attachments_list_widget.setObjectName(u"attachments_list_widget")
        self.attachments_list_widget.setIconSize(QSize(96, 72))
        self.attachments_list_widget.setUniformItemSizes(False)
        self.attachments_list_widget.setWordWrap(True)

        self.files_layout.addWidget(self.attachments_list_widget)

        self.files_buttons_layout = QGridLayout()
        self.files_buttons_layout.setObjectName(u"files_buttons_layout")
        self.add_photo_push_button = QPushButton(PembahasanLampiran)
        self.add_photo_push_button.setObjectName(u"add_photo_push_button")

        self.files_buttons_layout.addWidget(self.add_photo_push_button, 0, 0, 1, 1)

        self.add_file_push_button = QPushButton(PembahasanLampiran)
        self.add_file_push_button.setObjectName(u"add_file_push_button")

        self.files_buttons_layout.addWidget(self.add_file_push_button, 0, 1, 1, 1)

        self.caption_push_button = QPushButton(PembahasanLampiran)
        self.caption_push_button.setObjectName(u"caption_push_button")

        self.files_buttons_layout.addWidget(self.caption_push_button, 1, 0, 1, 1)

        self.open_push_button = QPushButton(PembahasanLampiran)
        self.open_push_button.setObjectName(u"open_push_button")

        self.files_buttons_layout.addWidget(self.open_push_button, 1, 1, 1, 1)

        self.remove_attachment_push_button = QPushButton(PembahasanLampiran)
        self.remove_attachment_push_button.setObjectName(u"remove_attachment_push_button")

        self.files_buttons_layout.addWidget(self.remove_attachment_push_button, 2, 0, 1, 1)


        self.files_layout.addLayout(self.files_buttons_layout)


        self.lampiran_layout.addLayout(self.files_layout)

#if QT_CONFIG(shortcut)
        self.nomor_berita_acara_label.setBuddy(self.nomor_berita_acara_line_edit)
        self.penandatangan_masyarakat_label.setBuddy(self.penandatangan_masyarakat_combo_box)
        self.notulen_label.setBuddy(self.notulen_plain_text_edit)
        self.files_label.setBuddy(self.attachments_list_widget)
#endif // QT_CONFIG(shortcut)

        self.retranslateUi(PembahasanLampiran)
    # setupUi

    def retranslateUi(self, PembahasanLampiran):
        self.berita_acara_group_box.setTitle(QCoreApplication.translate("PembahasanLampiran", u"Berita acara", None))
        self.nomor_berita_acara_label.setText(QCoreApplication.translate("PembahasanLampiran", u"&Nomor", None))
        self.nomor_berita_acara_line_edit.setPlaceholderText(QCoreApplication.translate("PembahasanLampiran", u"mis. 005/430/DKPS/XI/2018", None))
        self.penandatangan_masyarakat_label.setText(QCoreApplication.translate("PembahasanLampiran", u"Wakil &masyarakat", None))
#if QT_CONFIG(tooltip)
        self.penandatangan_masyarakat_combo_box.setToolTip(QCoreApplication.translate("PembahasanLampiran", u"Peserta yang menandatangani berita acara atas nama masyarakat", None))
#endif // QT_CONFIG(tooltip)
        self.notulen_label.setText(QCoreApplication.translate("PembahasanLampiran", u"&Notulen", None))
#if QT_CONFIG(accessibility)
        self.notulen_plain_text_edit.setAccessibleName(QCoreApplication.translate("PembahasanLampiran", u"Notulen", None))
#endif // QT_CONFIG(accessibility)
        self.notulen_plain_text_edit.setPlaceholderText(QCoreApplication.translate("PembahasanLampiran", u"Jalannya pembahasan: pembukaan, paparan rancangan, tanya jawab, kesimpulan.", None))
        self.files_label.setText(QCoreApplication.translate("PembahasanLampiran", u"&Foto dan berkas notulen", None))
#if QT_CONFIG(accessibility)
        self.attachments_list_widget.setAccessibleName(QCoreApplication.translate("PembahasanLampiran", u"Foto dan berkas notulen", None))
#endif // QT_CONFIG(accessibility)
        self.add_photo_push_button.setText(QCoreApplication.translate("PembahasanLampiran", u"Tambah f&oto\u2026", None))
        self.add_file_push_button.setText(QCoreApplication.translate("PembahasanLampiran", u"Tambah &berkas notulen\u2026", None))
#if QT_CONFIG(tooltip)
        self.add_file_push_button.setToolTip(QCoreApplication.translate("PembahasanLampiran", u"Notulen hasil pindai atau dokumen lain (paling besar 25 MB)", None))
#endif // QT_CONFIG(tooltip)
        self.caption_push_button.setText(QCoreApplication.translate("PembahasanLampiran", u"Ubah &keterangan\u2026", None))
        self.open_push_button.setText(QCoreApplication.translate("PembahasanLampiran", u"B&uka", None))
        self.remove_attachment_push_button.setText(QCoreApplication.translate("PembahasanLampiran", u"Hapus la&mpiran", None))
        pass
    # retranslateUi
