# Generated from forms/instansi_page.ui by scripts/build_forms.py: do not edit.
# -*- coding: utf-8 -*-

################################################################################
##
##
################################################################################

from PySide6.QtCore import (QCoreApplication, QSize, Qt)
from PySide6.QtWidgets import (QComboBox, QFormLayout, QFrame,
    QGroupBox, QHBoxLayout, QLabel, QLineEdit,
    QPushButton, QScrollArea, QSizePolicy, QSpacerItem,
    QVBoxLayout, QWidget)

from sp_desktop.ui.widgets.wrapping_label import WrappingLabel

class Ui_InstansiPage(object):
    def setupUi(self, InstansiPage):
        if not InstansiPage.objectName():
            InstansiPage.setObjectName(u"InstansiPage")
        InstansiPage.resize(1000, 760)
        self.page_layout = QVBoxLayout(InstansiPage)
        self.page_layout.setObjectName(u"page_layout")
        self.page_layout.setContentsMargins(0, 0, 0, 0)
        self.page_scroll_area = QScrollArea(InstansiPage)
        self.page_scroll_area.setObjectName(u"page_scroll_area")
        self.page_scroll_area.setFrameShape(QFrame.NoFrame)
        self.page_scroll_area.setWidgetResizable(True)
        self.scroll_contents_widget = QWidget()
        self.scroll_contents_widget.setObjectName(u"scroll_contents_widget")
        self.contents_layout = QVBoxLayout(self.scroll_contents_widget)
        self.contents_layout.setSpacing(12)
        self.contents_layout.setObjectName(u"contents_layout")
        self.contents_layout.setContentsMargins(18, 14, 18, 14)
        self.title_label = QLabel(self.scroll_contents_widget)
        self.title_label.setObjectName(u"title_label")
        self.title_label.setStyleSheet(u"font-size: 15pt; font-weight: 600;")

        self.contents_layout.addWidget(self.title_label)

        self.intro_label = QLabel(self.scroll_contents_widget)
        self.intro_label.setObjectName(u"intro_label")
        self.intro_label.setWordWrap(True)

        self.contents_layout.addWidget(self.intro_label)

        self.top_layout = QHBoxLayout()
        self.top_layout.setSpacing(12)
        self.top_layout.setObjectName(u"top_layout")
        self.instansi_group_box = QGroupBox(self.scroll_contents_widget)
        self.instansi_group_box.setObjectName(u"instansi_group_box")
        self.instansi_form_layout = QFormLayout(self.instansi_group_box)
        self.instansi_form_layout.setObjectName(u"instansi_form_layout")
        self.instansi_form_layout.setFieldGrowthPolicy(QFormLayout.AllNonFixedFieldsGrow)
        self.pemerintah_daerah_label = QLabel(self.instansi_group_box)
        self.pemerintah_daerah_label.setObjectName(u"pemerintah_daerah_label")

        self.instansi_form_layout.setWidget(0, QFormLayout.ItemRole.LabelRole, self.pemerintah_daerah_label)

        self.pemerintah_daerah_line_edit = QLineEdit(self.instansi_group_box)
        self.pemerintah_daerah_line_edit.setObjectName(u"pemerintah_daerah_line_edit")

        self.instansi_form_layout.setWidget(0, QFormLayout.ItemRole.FieldRole, self.pemerintah_daerah_line_edit)

        self.nama_label = QLabel(self.instansi_group_box)
        self.nama_label.setObjectName(u"nama_label")

        self.instansi_form_layout.setWidget(1, QFormLayout.ItemRole.LabelRole, self.nama_label)

        self.nama_line_edit = QLineEdit(self.instansi_group_box)
        self.nama_line_edit.setObjectName(u"nama_line_edit")

        self.instansi_form_layout.setWidget(1, QFormLayout.ItemRole.FieldRole, self.nama_line_edit)

        self.singkatan_label = QLabel(self.instansi_group_box)
        self.singkatan_label.setObjectName(u"singkatan_label")

        self.instansi_form_layout.setWidget(2, QFormLayout.ItemRole.LabelRole, self.singkatan_label)

        self.singkatan_line_edit = QLineEdit(self.instansi_group_box)
        self.singkatan_line_edit.setObjectName(u"singkatan_line_edit")

        self.instansi_form_layout.setWidget(2, QFormLayout.ItemRole.FieldRole, self.singkatan_line_edit)

        self.alamat_label = QLabel(self.instansi_group_box)
        self.alamat_label.setObjectName(u"alamat_label")

        self.instansi_form_layout.setWidget(3, QFormLayout.ItemRole.LabelRole, self.alamat_label)

        self.alamat_line_edit = QLineEdit(self.instansi_group_box)
        self.alamat_line_edit.setObjectName(u"alamat_line_edit")

        self.instansi_form_layout.setWidget(3, QFormLayout.ItemRole.FieldRole, self.alamat_line_edit)

        self.telepon_label = QLabel(self.instansi_group_box)
        self.telepon_label.setObjectName(u"telepon_label")

        self.instansi_form_layout.setWidget(4, QFormLayout.ItemRole.LabelRole, self.telepon_label)

        self.telepon_line_edit = QLineEdit(self.instansi_group_box)
        self.telepon_line_edit.setObjectName(u"telepon_line_edit")

        self.instansi_form_layout.setWidget(4, QFormLayout.ItemRole.FieldRole, self.telepon_line_edit)

        self.email_label = QLabel(self.instansi_group_box)
        self.email_label.setObjectName(u"email_label")

        self.instansi_form_layout.setWidget(5, QFormLayout.ItemRole.LabelRole, self.email_label)

        self.email_line_edit = QLineEdit(self.instansi_group_box)
        self.email_line_edit.setObjectName(u"email_line_edit")

        self.instansi_form_layout.setWidget(5, QFormLayout.ItemRole.FieldRole, self.email_line_edit)

        self.laman_label = QLabel(self.instansi_group_box)
        self.laman_label.setObjectName(u"laman_label")

        self.instansi_form_layout.setWidget(6, QFormLayout.ItemRole.LabelRole, self.laman_label)

        self.laman_line_edit = QLineEdit(self.instansi_group_box)
        self.laman_line_edit.setObjectName(u"laman_line_edit")

        self.instansi_form_layout.setWidget(6, QFormLayout.ItemRole.FieldRole, self.laman_line_edit)

        self.kota_label = QLabel(self.instansi_group_box)
        self.kota_label.setObjectName(u"kota_label")

        self.instansi_form_layout.setWidget(7, QFormLayout.ItemRole.LabelRole, self.kota_label)

        self.kota_line_edit = QLineEdit(self.instansi_group_box)
        self.kota_line_edit.setObjectName(u"kota_line_edit")

        self.instansi_form_layout.setWidget(7, QFormLayout.ItemRole.FieldRole, self.kota_line_edit)

        self.zona_waktu_label = QLabel(self.instansi_group_box)
        self.zona_waktu_label.setObjectName(u"zona_waktu_label")

        self.instansi_form_layout.setWidget(8, QFormLayout.ItemRole.LabelRole, self.zona_waktu_label)

        self.zona_waktu_combo_box = QComboBox(self.instansi_group_box)
        self.zona_waktu_combo_box.setObjectName(u"zona_waktu_combo_box")
        sizePolicy = QSizePolicy(QSizePolicy.Policy.Fixed, QSizePolicy.Policy.Fixed)
        sizePolicy.setHorizontalStretch(0)
        sizePolicy.setVerticalStretch(0)
        sizePolicy.setHeightForWidth(self.zona_waktu_combo_box.sizePolicy().hasHeightForWidth())
        self.zona_waktu_combo_box.setSizePolicy(sizePolicy)
        self.zona_waktu_combo_box.setMinimumSize(QSize(160, 0))

        self.instansi_form_layout.setWidget(8, QFormLayout.ItemRole.FieldRole, self.zona_waktu_combo_box)


        self.top_layout.addWidget(self.instansi_group_box)

        self.logo_group_box = QGroupBox(self.scroll_contents_widget)
        self.logo_group_box.setObjectName(u"logo_group_box")
        sizePolicy1 = QSizePolicy(QSizePolicy.Policy.Fixed, QSizePolicy.Policy.Preferred)
        sizePolicy1.setHorizontalStretch(0)
        sizePolicy1.setVerticalStretch(0)
        sizePolicy1.setHeightForWidth(self.logo_group_box.sizePolicy().hasHeightForWidth())
        self.logo_group_box.setSizePolicy(sizePolicy1)
        self.logo_layout = QVBoxLayout(self.logo_group_box)
        self.logo_layout.setObjectName(u"logo_layout")
        self.logo_preview_label = QLabel(self.logo_group_box)
        self.logo_preview_label.setObjectName(u"logo_preview_label")
        self.logo_preview_label.setMinimumSize(QSize(180, 180))
        self.logo_preview_label.setMaximumSize(QSize(180, 180))
        self.logo_preview_label.setFrameShape(QFrame.StyledPanel)
        self.logo_preview_label.setAlignment(Qt.AlignCenter)

        self.logo_layout.addWidget(self.logo_preview_label)

        self.choose_logo_push_button = QPushButton(self.logo_group_box)
        self.choose_logo_push_button.setObjectName(u"choose_logo_push_button")

        self.logo_layout.addWidget(self.choose_logo_push_button)

        self.clear_logo_push_button = QPushButton(self.logo_group_box)
        self.clear_logo_push_button.setObjectName(u"clear_logo_push_button")

        self.logo_layout.addWidget(self.clear_logo_push_button)

        self.logo_hint_label = QLabel(self.logo_group_box)
        self.logo_hint_label.setObjectName(u"logo_hint_label")
        self.logo_hint_label.setMaximumSize(QSize(180, 16777215))
        self.logo_hint_label.setWordWrap(True)

        self.logo_layout.addWidget(self.logo_hint_label)

        self.logo_spacer = QSpacerItem(20, 0, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.logo_layout.addItem(self.logo_spacer)


        self.top_layout.addWidget(self.logo_group_box)


        self.contents_layout.addLayout(self.top_layout)

        self.kepala_group_box = QGroupBox(self.scroll_contents_widget)
        self.kepala_group_box.setObjectName(u"kepala_group_box")
        self.kepala_form_layout = QFormLayout(self.kepala_group_box)
        self.kepala_form_layout.setObjectName(u"kepala_form_layout")
        self.kepala_form_layout.setFieldGrowthPolicy(QFormLayout.AllNonFixedFieldsGrow)
        self.kepala_nama_label = QLabel(self.kepala_group_box)
        self.kepala_nama_label.setObjectName(u"kepala_nama_label")

        self.kepala_form_layout.setWidget(0, QFormLayout.ItemRole.LabelRole, self.kepala_nama_label)

        self.kepala_nama_line_edit = QLineEdit(self.kepala_group_box)
        self.kepala_nama_line_edit.setObjectName(u"kepala_nama_line_edit")

        self.kepala_form_layout.setWidget(0, QFormLayout.ItemRole.FieldRole, self.kepala_nama_line_edit)

        self.kepala_nip_label = QLabel(self.kepala_group_box)
        self.kepala_nip_label.setObjectName(u"kepala_nip_label")

        self.kepala_form_layout.setWidget(1, QFormLayout.ItemRole.LabelRole, self.kepala_nip_label)

        self.kepala_nip_line_edit = QLineEdit(self.kepala_group_box)
        self.kepala_nip_line_edit.setObjectName(u"kepala_nip_line_edit")
        self.kepala_nip_line_edit.setMaxLength(40)

        self.kepala_form_layout.setWidget(1, QFormLayout.ItemRole.FieldRole, self.kepala_nip_line_edit)

        self.kepala_nip_feedback_label = WrappingLabel(self.kepala_group_box)
        self.kepala_nip_feedback_label.setObjectName(u"kepala_nip_feedback_label")
        self.kepala_nip_feedback_label.setAlignment(Qt.AlignLeading|Qt.AlignLeft|Qt.AlignTop)
        self.kepala_nip_feedback_label.setWordWrap(True)
        self.kepala_nip_feedback_label.setTextInteractionFlags(Qt.TextSelectableByMouse)

        self.kepala_form_layout.setWidget(2, QFormLayout.ItemRole.FieldRole, self.kepala_nip_feedback_label)

        self.kepala_golongan_label = QLabel(self.kepala_group_box)
        self.kepala_golongan_label.setObjectName(u"kepala_golongan_label")

        self.kepala_form_layout.setWidget(3, QFormLayout.ItemRole.LabelRole, self.kepala_golongan_label)

        self.kepala_golongan_combo_box = QComboBox(self.kepala_group_box)
        self.kepala_golongan_combo_box.setObjectName(u"kepala_golongan_combo_box")
        sizePolicy.setHeightForWidth(self.kepala_golongan_combo_box.sizePolicy().hasHeightForWidth())
        self.kepala_golongan_combo_box.setSizePolicy(sizePolicy)
        self.kepala_golongan_combo_box.setMinimumSize(QSize(260, 0))
        self.kepala_golongan_combo_box.setMaxVisibleItems(18)

        self.kepala_form_layout.setWidget(3, QFormLayout.ItemRole.FieldRole, self.kepala_golongan_combo_box)

        self.kepala_pangkat_label = QLabel(self.kepala_group_box)
        self.kepala_pangkat_label.setObjectName(u"kepala_pangkat_label")

        self.kepala_form_layout.setWidget(4, QFormLayout.ItemRole.LabelRole, self.kepala_pangkat_label)

        self.kepala_pangkat_line_edit = QLineEdit(self.kepala_group_box)
        self.kepala_pangkat_line_edit.setObjectName(u"kepala_pangkat_line_edit")
        self.kepala_pangkat_line_edit.setReadOnly(True)

        self.kepala_form_layout.setWidget(4, QFormLayout.ItemRole.FieldRole, self.kepala_pangkat_line_edit)

        self.kepala_jabatan_label = QLabel(self.kepala_group_box)
        self.kepala_jabatan_label.setObjectName(u"kepala_jabatan_label")

        self.kepala_form_layout.setWidget(5, QFormLayout.ItemRole.LabelRole, self.kepala_jabatan_label)

        self.kepala_jabatan_line_edit = QLineEdit(self.kepala_group_box)
        self.kepala_jabatan_line_edit.setObjectName(u"kepala_jabatan_line_edit")

        self.kepala_form_layout.setWidget(5, QFormLayout.ItemRole.FieldRole, self.kepala_jabatan_line_edit)


        self.contents_layout.addWidget(self.kepala_group_box)

        self.bottom_spacer = QSpacerItem(20, 0, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.contents_layout.addItem(self.bottom_spacer)

        self.page_scroll_area.setWidget(self.scroll_contents_widget)

        self.page_layout.addWidget(self.page_scroll_area)

#if QT_CONFIG(shortcut)
        self.pemerintah_daerah_label.setBuddy(self.pemerintah_daerah_line_edit)
        self.nama_label.setBuddy(self.nama_line_edit)
        self.singkatan_label.setBuddy(self.singkatan_line_edit)
        self.alamat_label.setBuddy(self.alamat_line_edit)
        self.telepon_label.setBuddy(self.telepon_line_edit)
        self.email_label.setBuddy(self.email_line_edit)
        self.laman_label.setBuddy(self.laman_line_edit)
        self.kota_label.setBuddy(self.kota_line_edit)
        self.zona_waktu_label.setBuddy(self.zona_waktu_combo_box)
        self.kepala_nama_label.setBuddy(self.kepala_nama_line_edit)
        self.kepala_nip_label.setBuddy(self.kepala_nip_line_edit)
        self.kepala_golongan_label.setBuddy(self.kepala_golongan_combo_box)
        self.kepala_pangkat_label.setBuddy(self.kepala_pangkat_line_edit)
        self.kepala_jabatan_label.setBuddy(self.kepala_jabatan_line_edit)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.pemerintah_daerah_line_edit, self.nama_line_edit)
        QWidget.setTabOrder(self.nama_line_edit, self.singkatan_line_edit)
        QWidget.setTabOrder(self.singkatan_line_edit, self.alamat_line_edit)
        QWidget.setTabOrder(self.alamat_line_edit, self.telepon_line_edit)
        QWidget.setTabOrder(self.telepon_line_edit, self.email_line_edit)
        QWidget.setTabOrder(self.email_line_edit, self.laman_line_edit)
        QWidget.setTabOrder(self.laman_line_edit, self.kota_line_edit)
        QWidget.setTabOrder(self.kota_line_edit, self.zona_waktu_combo_box)
        QWidget.setTabOrder(self.zona_waktu_combo_box, self.choose_logo_push_button)
        QWidget.setTabOrder(self.choose_logo_push_button, self.clear_logo_push_button)
        QWidget.setTabOrder(self.clear_logo_push_button, self.kepala_nama_line_edit)
        QWidget.setTabOrder(self.kepala_nama_line_edit, self.kepala_nip_line_edit)
        QWidget.setTabOrder(self.kepala_nip_line_edit, self.kepala_golongan_combo_box)
        QWidget.setTabOrder(self.kepala_golongan_combo_box, self.kepala_pangkat_line_edit)
        QWidget.setTabOrder(self.kepala_pangkat_line_edit, self.kepala_jabatan_line_edit)

        self.retranslateUi(InstansiPage)
    # setupUi

    def retranslateUi(self, InstansiPage):
        self.title_label.setText(QCoreApplication.translate("InstansiPage", u"Profil Instansi", None))
        self.intro_label.setText(QCoreApplication.translate("InstansiPage", u"Data perangkat daerah dan kepalanya dipakai pada kop, Maklumat Pelayanan, dan tanda tangan dokumen. Setiap perubahan tersimpan otomatis.", None))
        self.instansi_group_box.setTitle(QCoreApplication.translate("InstansiPage", u"Perangkat daerah", None))
        self.pemerintah_daerah_label.setText(QCoreApplication.translate("InstansiPage", u"Pemerintah dae&rah", None))
        self.pemerintah_daerah_line_edit.setPlaceholderText(QCoreApplication.translate("InstansiPage", u"mis. Pemerintah Kota Bontang", None))
        self.nama_label.setText(QCoreApplication.translate("InstansiPage", u"&Nama perangkat daerah", None))
        self.nama_line_edit.setPlaceholderText(QCoreApplication.translate("InstansiPage", u"mis. Dinas Kependudukan dan Pencatatan Sipil", None))
        self.singkatan_label.setText(QCoreApplication.translate("InstansiPage", u"Sing&katan", None))
        self.singkatan_line_edit.setPlaceholderText(QCoreApplication.translate("InstansiPage", u"mis. Disdukcapil", None))
        self.alamat_label.setText(QCoreApplication.translate("InstansiPage", u"&Alamat", None))
        self.alamat_line_edit.setPlaceholderText(QCoreApplication.translate("InstansiPage", u"mis. Jl. Bessai Berinta, Bontang Lestari", None))
        self.telepon_label.setText(QCoreApplication.translate("InstansiPage", u"&Telepon", None))
        self.telepon_line_edit.setPlaceholderText(QCoreApplication.translate("InstansiPage", u"mis. (0548) 123456", None))
        self.email_label.setText(QCoreApplication.translate("InstansiPage", u"&E-mail", None))
        self.email_line_edit.setPlaceholderText(QCoreApplication.translate("InstansiPage", u"mis. disdukcapil@bontangkota.go.id", None))
        self.laman_label.setText(QCoreApplication.translate("InstansiPage", u"&Laman", None))
        self.laman_line_edit.setPlaceholderText(QCoreApplication.translate("InstansiPage", u"mis. https://disdukcapil.bontangkota.go.id", None))
        self.kota_label.setText(QCoreApplication.translate("InstansiPage", u"K&ota", None))
#if QT_CONFIG(tooltip)
        self.kota_line_edit.setToolTip(QCoreApplication.translate("InstansiPage", u"Tempat yang ditulis pada \"Ditetapkan di \u2026\" dan di samping tanggal", None))
#endif // QT_CONFIG(tooltip)
        self.kota_line_edit.setPlaceholderText(QCoreApplication.translate("InstansiPage", u"mis. Bontang", None))
        self.zona_waktu_label.setText(QCoreApplication.translate("InstansiPage", u"&Zona waktu", None))
        self.logo_group_box.setTitle(QCoreApplication.translate("InstansiPage", u"Logo", None))
#if QT_CONFIG(accessibility)
        self.logo_preview_label.setAccessibleName(QCoreApplication.translate("InstansiPage", u"Pratinjau logo", None))
#endif // QT_CONFIG(accessibility)
        self.logo_preview_label.setText(QCoreApplication.translate("InstansiPage", u"Belum ada logo", None))
        self.choose_logo_push_button.setText(QCoreApplication.translate("InstansiPage", u"&Pilih logo\u2026", None))
        self.clear_logo_push_button.setText(QCoreApplication.translate("InstansiPage", u"&Hapus logo", None))
        self.logo_hint_label.setText(QCoreApplication.translate("InstansiPage", u"PNG atau JPG, dicetak pada kop dokumen.", None))
        self.kepala_group_box.setTitle(QCoreApplication.translate("InstansiPage", u"Kepala perangkat daerah (penanda tangan)", None))
        self.kepala_nama_label.setText(QCoreApplication.translate("InstansiPage", u"Na&ma", None))
        self.kepala_nama_line_edit.setPlaceholderText(QCoreApplication.translate("InstansiPage", u"Nama lengkap dengan gelar", None))
        self.kepala_nip_label.setText(QCoreApplication.translate("InstansiPage", u"N&IP", None))
        self.kepala_nip_line_edit.setPlaceholderText(QCoreApplication.translate("InstansiPage", u"18 angka, mis. 196801012000031001", None))
        self.kepala_nip_feedback_label.setText("")
        self.kepala_golongan_label.setText(QCoreApplication.translate("InstansiPage", u"&Golongan/ruang", None))
        self.kepala_pangkat_label.setText(QCoreApplication.translate("InstansiPage", u"Pangkat", None))
#if QT_CONFIG(tooltip)
        self.kepala_pangkat_line_edit.setToolTip(QCoreApplication.translate("InstansiPage", u"Mengikuti golongan/ruang yang dipilih", None))
#endif // QT_CONFIG(tooltip)
        self.kepala_pangkat_line_edit.setPlaceholderText(QCoreApplication.translate("InstansiPage", u"Mengikuti golongan/ruang", None))
        self.kepala_jabatan_label.setText(QCoreApplication.translate("InstansiPage", u"&Jabatan", None))
        self.kepala_jabatan_line_edit.setPlaceholderText(QCoreApplication.translate("InstansiPage", u"mis. Kepala Dinas Kependudukan dan Pencatatan Sipil", None))
        pass
    # retranslateUi
