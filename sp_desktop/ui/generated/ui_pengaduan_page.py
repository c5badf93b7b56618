# Generated from forms/pengaduan_page.ui by scripts/build_forms.py: do not edit.
# -*- coding: utf-8 -*-

################################################################################
##
##
################################################################################

from PySide6.QtCore import (QCoreApplication, QSize, Qt)
from PySide6.QtWidgets import (QGridLayout, QGroupBox, QLabel,
    QLineEdit, QPlainTextEdit, QSizePolicy, QVBoxLayout)

from sp_desktop.ui.widgets.editable_list import EditableListWidget

class Ui_PengaduanPage(object):
    def setupUi(self, PengaduanPage):
        if not PengaduanPage.objectName():
            PengaduanPage.setObjectName(u"PengaduanPage")
        PengaduanPage.resize(680, 600)
        self.page_layout = QVBoxLayout(PengaduanPage)
        self.page_layout.setSpacing(8)
        self.page_layout.setObjectName(u"page_layout")
        self.page_layout.setContentsMargins(0, 0, 0, 0)
        self.hint_label = QLabel(PengaduanPage)
        self.hint_label.setObjectName(u"hint_label")
        self.hint_label.setWordWrap(True)

        self.page_layout.addWidget(self.hint_label)

        self.channels_label = QLabel(PengaduanPage)
        self.channels_label.setObjectName(u"channels_label")

        self.page_layout.addWidget(self.channels_label)

        self.channels_list_widget = EditableListWidget(PengaduanPage)
        self.channels_list_widget.setObjectName(u"channels_list_widget")
        sizePolicy = QSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Expanding)
        sizePolicy.setHorizontalStretch(0)
        sizePolicy.setVerticalStretch(1)
        sizePolicy.setHeightForWidth(self.channels_list_widget.sizePolicy().hasHeightForWidth())
        self.channels_list_widget.setSizePolicy(sizePolicy)

        self.page_layout.addWidget(self.channels_list_widget)

        self.petugas_group_box = QGroupBox(PengaduanPage)
        self.petugas_group_box.setObjectName(u"petugas_group_box")
        self.petugas_layout = QGridLayout(self.petugas_group_box)
        self.petugas_layout.setObjectName(u"petugas_layout")
        self.petugas_nama_label = QLabel(self.petugas_group_box)
        self.petugas_nama_label.setObjectName(u"petugas_nama_label")
        self.petugas_nama_label.setAlignment(Qt.AlignRight|Qt.AlignVCenter)

        self.petugas_layout.addWidget(self.petugas_nama_label, 0, 0, 1, 1)

        self.petugas_nama_line_edit = QLineEdit(self.petugas_group_box)
        self.petugas_nama_line_edit.setObjectName(u"petugas_nama_line_edit")

        self.petugas_layout.addWidget(self.petugas_nama_line_edit, 0, 1, 1, 1)

        self.petugas_telepon_label = QLabel(self.petugas_group_box)
        self.petugas_telepon_label.setObjectName(u"petugas_telepon_label")
        self.petugas_telepon_label.setAlignment(Qt.AlignRight|Qt.AlignVCenter)

        self.petugas_layout.addWidget(self.petugas_telepon_label, 0, 2, 1, 1)

        self.petugas_telepon_line_edit = QLineEdit(self.petugas_group_box)
        self.petugas_telepon_line_edit.setObjectName(u"petugas_telepon_line_edit")

        self.petugas_layout.addWidget(self.petugas_telepon_line_edit, 0, 3, 1, 1)

        self.petugas_email_label = QLabel(self.petugas_group_box)
        self.petugas_email_label.setObjectName(u"petugas_email_label")
        self.petugas_email_label.setAlignment(Qt.AlignRight|Qt.AlignVCenter)

        self.petugas_layout.addWidget(self.petugas_email_label, 1, 0, 1, 1)

        self.petugas_email_line_edit = QLineEdit(self.petugas_group_box)
        self.petugas_email_line_edit.setObjectName(u"petugas_email_line_edit")

        self.petugas_layout.addWidget(self.petugas_email_line_edit, 1, 1, 1, 1)

        self.petugas_alamat_label = QLabel(self.petugas_group_box)
        self.petugas_alamat_label.setObjectName(u"petugas_alamat_label")
        self.petugas_alamat_label.setAlignment(Qt.AlignRight|Qt.AlignVCenter)

        self.petugas_layout.addWidget(self.petugas_alamat_label, 1, 2, 1, 1)

        self.petugas_alamat_line_edit = QLineEdit(self.petugas_group_box)
        self.petugas_alamat_line_edit.setObjectName(u"petugas_alamat_line_edit")

        self.petugas_layout.addWidget(self.petugas_alamat_line_edit, 1, 3, 1, 1)


        self.page_layout.addWidget(self.petugas_group_box)

        self.tindak_lanjut_label = QLabel(PengaduanPage)
        self.tindak_lanjut_label.setObjectName(u"tindak_lanjut_label")

        self.page_layout.addWidget(self.tindak_lanjut_label)

        self.tindak_lanjut_plain_text_edit = QPlainTextEdit(PengaduanPage)
        self.tindak_lanjut_plain_text_edit.setObjectName(u"tindak_lanjut_plain_text_edit")
        self.tindak_lanjut_plain_text_edit.setMaximumSize(QSize(16777215, 80))
        self.tindak_lanjut_plain_text_edit.setTabChangesFocus(True)

        self.page_layout.addWidget(self.tindak_lanjut_plain_text_edit)

#if QT_CONFIG(shortcut)
        self.petugas_nama_label.setBuddy(self.petugas_nama_line_edit)
        self.petugas_telepon_label.setBuddy(self.petugas_telepon_line_edit)
        self.petugas_email_label.setBuddy(self.petugas_email_line_edit)
        self.petugas_alamat_label.setBuddy(self.petugas_alamat_line_edit)
        self.tindak_lanjut_label.setBuddy(self.tindak_lanjut_plain_text_edit)
#endif // QT_CONFIG(shortcut)

        self.retranslateUi(PengaduanPage)
    # setupUi

    def retranslateUi(self, PengaduanPage):
        self.hint_label.setText(QCoreApplication.translate("PengaduanPage", u"Ke mana masyarakat menyampaikan pengaduan, saran, dan masukan, siapa petugas yang menanganinya, dan apa yang terjadi bila pengaduan tidak dapat diselesaikan di unit.", None))
        self.channels_label.setText(QCoreApplication.translate("PengaduanPage", u"<b>Saluran pengaduan</b>", None))
        self.petugas_group_box.setTitle(QCoreApplication.translate("PengaduanPage", u"Petugas pengaduan", None))
        self.petugas_nama_label.setText(QCoreApplication.translate("PengaduanPage", u"&Nama:", None))
        self.petugas_nama_line_edit.setPlaceholderText(QCoreApplication.translate("PengaduanPage", u"Nama petugas", None))
        self.petugas_telepon_label.setText(QCoreApplication.translate("PengaduanPage", u"&Telepon:", None))
        self.petugas_telepon_line_edit.setPlaceholderText(QCoreApplication.translate("PengaduanPage", u"mis. 0812 3456 7890", None))
        self.petugas_email_label.setText(QCoreApplication.translate("PengaduanPage", u"&E-mail:", None))
        self.petugas_email_line_edit.setPlaceholderText(QCoreApplication.translate("PengaduanPage", u"pengaduan@\u2026go.id", None))
        self.petugas_alamat_label.setText(QCoreApplication.translate("PengaduanPage", u"Alamat &kantor:", None))
        self.petugas_alamat_line_edit.setPlaceholderText(QCoreApplication.translate("PengaduanPage", u"Jalan, gedung, ruang", None))
        self.tindak_lanjut_label.setText(QCoreApplication.translate("PengaduanPage", u"T&indak lanjut pengaduan yang tidak dapat diselesaikan di unit:", None))
        self.tindak_lanjut_plain_text_edit.setPlaceholderText(QCoreApplication.translate("PengaduanPage", u"mis. Diteruskan kepada Kepala Dinas dan, bila perlu, kepada Inspektorat atau Ombudsman RI", None))
        pass
    # retranslateUi
