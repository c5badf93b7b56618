# Generated from forms/pembahasan_rencana.ui by scripts/build_forms.py: do not edit.
# -*- coding: utf-8 -*-

################################################################################
##
##
################################################################################

from PySide6.QtCore import (QCoreApplication, Qt)
from PySide6.QtWidgets import (QAbstractItemView, QCheckBox, QComboBox,
    QDateEdit, QFormLayout, QGroupBox, QHBoxLayout,
    QLabel, QLineEdit, QListView, QPushButton,
    QSizePolicy, QSpacerItem, QTimeEdit, QVBoxLayout,
    QWidget)

class Ui_PembahasanRencana(object):
    def setupUi(self, PembahasanRencana):
        if not PembahasanRencana.objectName():
            PembahasanRencana.setObjectName(u"PembahasanRencana")
        PembahasanRencana.resize(820, 480)
        self.rencana_layout = QHBoxLayout(PembahasanRencana)
        self.rencana_layout.setSpacing(14)
        self.rencana_layout.setObjectName(u"rencana_layout")
        self.left_layout = QVBoxLayout()
        self.left_layout.setSpacing(8)
        self.left_layout.setObjectName(u"left_layout")
        self.plan_form_layout = QFormLayout()
        self.plan_form_layout.setObjectName(u"plan_form_layout")
        self.plan_form_layout.setFieldGrowthPolicy(QFormLayout.AllNonFixedFieldsGrow)
        self.plan_form_layout.setLabelAlignment(Qt.AlignLeading|Qt.AlignLeft|Qt.AlignVCenter)
        self.plan_form_layout.setVerticalSpacing(6)
        self.metode_label = QLabel(PembahasanRencana)
        self.metode_label.setObjectName(u"metode_label")

        self.plan_form_layout.setWidget(0, QFormLayout.ItemRole.LabelRole, self.metode_label)

        self.metode_combo_box = QComboBox(PembahasanRencana)
        self.metode_combo_box.setObjectName(u"metode_combo_box")

        self.plan_form_layout.setWidget(0, QFormLayout.ItemRole.FieldRole, self.metode_combo_box)

        self.tanggal_check_box = QCheckBox(PembahasanRencana)
        self.tanggal_check_box.setObjectName(u"tanggal_check_box")

        self.plan_form_layout.setWidget(1, QFormLayout.ItemRole.LabelRole, self.tanggal_check_box)

        self.tanggal_date_edit = QDateEdit(PembahasanRencana)
        self.tanggal_date_edit.setObjectName(u"tanggal_date_edit")
        self.tanggal_date_edit.setCalendarPopup(True)

        self.plan_form_layout.setWidget(1, QFormLayout.ItemRole.FieldRole, self.tanggal_date_edit)

        self.waktu_check_box = QCheckBox(PembahasanRencana)
        self.waktu_check_box.setObjectName(u"waktu_check_box")

        self.plan_form_layout.setWidget(2, QFormLayout.ItemRole.LabelRole, self.waktu_check_box)

        self.waktu_layout = QHBoxLayout()
        self.waktu_layout.setObjectName(u"waktu_layout")
        self.mulai_time_edit = QTimeEdit(PembahasanRencana)
        self.mulai_time_edit.setObjectName(u"mulai_time_edit")

        self.waktu_layout.addWidget(self.mulai_time_edit)

        self.sampai_label = QLabel(PembahasanRencana)
        self.sampai_label.setObjectName(u"sampai_label")

        self.waktu_layout.addWidget(self.sampai_label)

        self.selesai_time_edit = QTimeEdit(PembahasanRencana)
        self.selesai_time_edit.setObjectName(u"selesai_time_edit")

        self.waktu_layout.addWidget(self.selesai_time_edit)

        self.zona_label = QLabel(PembahasanRencana)
        self.zona_label.setObjectName(u"zona_label")

        self.waktu_layout.addWidget(self.zona_label)

        self.waktu_spacer = QSpacerItem(10, 10, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.waktu_layout.addItem(self.waktu_spacer)


        self.plan_form_layout.setLayout(2, QFormLayout.ItemRole.FieldRole, self.waktu_layout)

        self.tempat_label = QLabel(PembahasanRencana)
        self.tempat_label.setObjectName(u"tempat_label")

        self.plan_form_layout.setWidget(3, QFormLayout.ItemRole.LabelRole, self.tempat_label)

        self.tempat_line_edit = QLineEdit(PembahasanRencana)
        self.tempat_line_edit.setObjectName(u"tempat_line_edit")

        self.plan_form_layout.setWidget(3, QFormLayout.ItemRole.FieldRole, self.tempat_line_edit)

        self.acara_label = QLabel(PembahasanRencana)
        self.acara_label.setObjectName(u"acara_label")

        self.plan_form_layout.setWidget(4, QFormLayout.ItemRole.LabelRole, self.acara_label)

        self.acara_line_edit = QLineEdit(PembahasanRencana)
        self.acara_line_edit.setObjectName(u"acara_line_edit")

        self.plan_form_layout.setWidget(4, QFormLayout.ItemRole.FieldRole, self.acara_line_edit)


        self.left_layout.addLayout(self.plan_form_layout)

        self.undangan_group_box = QGroupBox(PembahasanRencana)
        self.undangan_group_box.setObjectName(u"undangan_group_box")
        self.undangan_form_layout = QFormLayout(self.undangan_group_box)
        self.undangan_form_layout.setObjectName(u"undangan_form_layout")
        self.undangan_form_layout.setFieldGrowthPolicy(QFormLayout.AllNonFixedFieldsGrow)
        self.undangan_form_layout.setLabelAlignment(Qt.AlignLeading|Qt.AlignLeft|Qt.AlignVCenter)
        self.undangan_form_layout.setVerticalSpacing(6)
        self.nomor_undangan_label = QLabel(self.undangan_group_box)
        self.nomor_undangan_label.setObjectName(u"nomor_undangan_label")

        self.undangan_form_layout.setWidget(0, QFormLayout.ItemRole.LabelRole, self.nomor_undangan_label)

        self.nomor_undangan_line_edit = QLineEdit(self.undangan_group_box)
        self.nomor_undangan_line_edit.setObjectName(u"nomor_undangan_line_edit")

        self.undangan_form_layout.setWidget(0, QFormLayout.ItemRole.FieldRole, self.nomor_undangan_line_edit)

        self.tanggal_undangan_check_box = QCheckBox(self.undangan_group_box)
        self.tanggal_undangan_check_box.setObjectName(u"tanggal_undangan_check_box")

        self.undangan_form_layout.setWidget(1, QFormLayout.ItemRole.LabelRole, self.tanggal_undangan_check_box)

        self.tanggal_undangan_date_edit = QDateEdit(self.undangan_group_box)
        self.tanggal_undangan_date_edit.setObjectName(u"tanggal_undangan_date_edit")
        self.tanggal_undangan_date_edit.setCalendarPopup(True)

        self.undangan_form_layout.setWidget(1, QFormLayout.ItemRole.FieldRole, self.tanggal_undangan_date_edit)

        self.sifat_label = QLabel(self.undangan_group_box)
        self.sifat_label.setObjectName(u"sifat_label")

        self.undangan_form_layout.setWidget(2, QFormLayout.ItemRole.LabelRole, self.sifat_label)

        self.sifat_combo_box = QComboBox(self.undangan_group_box)
        self.sifat_combo_box.setObjectName(u"sifat_combo_box")
        self.sifat_combo_box.setEditable(True)

        self.undangan_form_layout.setWidget(2, QFormLayout.ItemRole.FieldRole, self.sifat_combo_box)

        self.lampiran_label = QLabel(self.undangan_group_box)
        self.lampiran_label.setObjectName(u"lampiran_label")

        self.undangan_form_layout.setWidget(3, QFormLayout.ItemRole.LabelRole, self.lampiran_label)

        self.lampiran_line_edit = QLineEdit(self.undangan_group_box)
        self.lampiran_line_edit.setObjectName(u"lampiran_line_edit")

        self.undangan_form_layout.setWidget(3, QFormLayout.ItemRole.FieldRole, self.lampiran_line_edit)

        self.hal_label = QLabel(self.undangan_group_box)
        self.hal_label.setObjectName(u"hal_label")

        self.undangan_form_layout.setWidget(4, QFormLayout.ItemRole.LabelRole, self.hal_label)

        self.hal_line_edit = QLineEdit(self.undangan_group_box)
        self.hal_line_edit.setObjectName(u"hal_line_edit")

        self.undangan_form_layout.setWidget(4, QFormLayout.ItemRole.FieldRole, self.hal_line_edit)

        self.penandatangan_label = QLabel(self.undangan_group_box)
        self.penandatangan_label.setObjectName(u"penandatangan_label")

        self.undangan_form_layout.setWidget(5, QFormLayout.ItemRole.LabelRole, self.penandatangan_label)

        self.penandatangan_combo_box = QComboBox(self.undangan_group_box)
        self.penandatangan_combo_box.setObjectName(u"penandatangan_combo_box")

        self.undangan_form_layout.setWidget(5, QFormLayout.ItemRole.FieldRole, self.penandatangan_combo_box)


        self.left_layout.addWidget(self.undangan_group_box)

        self.left_spacer = QSpacerItem(10, 10, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.left_layout.addItem(self.left_spacer)


        self.rencana_layout.addLayout(self.left_layout)

        self.agenda_group_box = QGroupBox(PembahasanRencana)
        self.agenda_group_box.setObjectName(u"agenda_group_box")
        self.agenda_layout = QVBoxLayout(self.agenda_group_box)
        self.agenda_layout.setObjectName(u"agenda_layout")
        self.agenda_filter_line_edit = QLineEdit(self.agenda_group_box)
        self.agenda_filter_line_edit.setObjectName(u"agenda_filter_line_edit")
        self.agenda_filter_line_edit.setClearButtonEnabled(True)

        self.agenda_layout.addWidget(self.agenda_filter_line_edit)

        self.agenda_list_view = QListView(self.agenda_group_box)
        self.agenda_list_view.setObjectName(u"agenda_list_view")
        self.agenda_list_view.setUniformItemSizes(True)
        self.agenda_list_view.setEditTriggers(QAbstractItemView.NoEditTriggers)

        self.agenda_layout.addWidget(self.agenda_list_view)

        self.agenda_buttons_layout = QHBoxLayout()
        self.agenda_buttons_layout.setObjectName(u"agenda_buttons_layout")
        self.agenda_count_label = QLabel(self.agenda_group_box)
        self.agenda_count_label.setObjectName(u"agenda_count_label")

        self.agenda_buttons_layout.addWidget(self.agenda_count_label)

        self.agenda_spacer = QSpacerItem(10, 10, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.agenda_buttons_layout.addItem(self.agenda_spacer)

        self.agenda_all_push_button = QPushButton(self.agenda_group_box)
        self.agenda_all_push_button.setObjectName(u"agenda_all_push_button")

        self.agenda_buttons_layout.addWidget(self.agenda_all_push_button)

        self.agenda_none_push_button = QPushButton(self.agenda_group_box)
        self.agenda_none_push_button.setObjectName(u"agenda_none_push_button")

        self.agenda_buttons_layout.addWidget(self.agenda_none_push_button)


        self.agenda_layout.addLayout(self.agenda_buttons_layout)


        self.rencana_layout.addWidget(self.agenda_group_box)

#if QT_CONFIG(shortcut)
        self.metode_label.setBuddy(self.metode_combo_box)
        self.tempat_label.setBuddy(self.tempat_line_edit)
        self.acara_label.setBuddy(self.acara_line_edit)
        self.nomor_undangan_label.setBuddy(self.nomor_undangan_line_edit)
        self.sifat_label.setBuddy(self.sifat_combo_box)
        self.lampiran_label.setBuddy(self.lampiran_line_edit)
        self.hal_label.setBuddy(self.hal_line_edit)
        self.penandatangan_label.setBuddy(self.penandatangan_combo_box)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.metode_combo_box, self.tanggal_check_box)
        QWidget.setTabOrder(self.tanggal_check_box, self.tanggal_date_edit)
        QWidget.setTabOrder(self.tanggal_date_edit, self.waktu_check_box)
        QWidget.setTabOrder(self.waktu_check_box, self.mulai_time_edit)
        QWidget.setTabOrder(self.mulai_time_edit, self.selesai_time_edit)
        QWidget.setTabOrder(self.selesai_time_edit, self.tempat_line_edit)
        QWidget.setTabOrder(self.tempat_line_edit, self.acara_line_edit)
        QWidget.setTabOrder(self.acara_line_edit, self.nomor_undangan_line_edit)
        QWidget.setTabOrder(self.nomor_undangan_line_edit, self.tanggal_undangan_check_box)
        QWidget.setTabOrder(self.tanggal_undangan_check_box, self.tanggal_undangan_date_edit)
        QWidget.setTabOrder(self.tanggal_undangan_date_edit, self.sifat_combo_box)
        QWidget.setTabOrder(self.sifat_combo_box, self.lampiran_line_edit)
        QWidget.setTabOrder(self.lampiran_line_edit, self.hal_line_edit)
        QWidget.setTabOrder(self.hal_line_edit, self.penandatangan_combo_box)
        QWidget.setTabOrder(self.penandatangan_combo_box, self.agenda_filter_line_edit)
        QWidget.setTabOrder(self.agenda_filter_line_edit, self.agenda_list_view)

        self.retranslateUi(PembahasanRencana)
    # setupUi

    def retranslateUi(self, PembahasanRencana):
        self.metode_label.setText(QCoreApplication.translate("PembahasanRencana", u"&Metode", None))
        self.tanggal_check_box.setText(QCoreApplication.translate("PembahasanRencana", u"&Tanggal", None))
#if QT_CONFIG(tooltip)
        self.tanggal_check_box.setToolTip(QCoreApplication.translate("PembahasanRencana", u"Centang bila tanggal pembahasan sudah ditentukan", None))
#endif // QT_CONFIG(tooltip)
#if QT_CONFIG(accessibility)
        self.tanggal_date_edit.setAccessibleName(QCoreApplication.translate("PembahasanRencana", u"Tanggal pembahasan", None))
#endif // QT_CONFIG(accessibility)
        self.tanggal_date_edit.setDisplayFormat(QCoreApplication.translate("PembahasanRencana", u"dddd, d MMMM yyyy", None))
        self.waktu_check_box.setText(QCoreApplication.translate("PembahasanRencana", u"&Waktu", None))
#if QT_CONFIG(tooltip)
        self.waktu_check_box.setToolTip(QCoreApplication.translate("PembahasanRencana", u"Centang bila jam mulai dan selesai sudah ditentukan", None))
#endif // QT_CONFIG(tooltip)
#if QT_CONFIG(accessibility)
        self.mulai_time_edit.setAccessibleName(QCoreApplication.translate("PembahasanRencana", u"Jam mulai", None))
#endif // QT_CONFIG(accessibility)
        self.mulai_time_edit.setDisplayFormat(QCoreApplication.translate("PembahasanRencana", u"HH.mm", None))
        self.sampai_label.setText(QCoreApplication.translate("PembahasanRencana", u"s.d.", None))
#if QT_CONFIG(accessibility)
        self.selesai_time_edit.setAccessibleName(QCoreApplication.translate("PembahasanRencana", u"Jam selesai", None))
#endif // QT_CONFIG(accessibility)
        self.selesai_time_edit.setDisplayFormat(QCoreApplication.translate("PembahasanRencana", u"HH.mm", None))
        self.zona_label.setText(QCoreApplication.translate("PembahasanRencana", u"WITA", None))
#if QT_CONFIG(tooltip)
        self.zona_label.setToolTip(QCoreApplication.translate("PembahasanRencana", u"Zona waktu unit (Profil Instansi)", None))
#endif // QT_CONFIG(tooltip)
        self.tempat_label.setText(QCoreApplication.translate("PembahasanRencana", u"Tem&pat", None))
        self.tempat_line_edit.setPlaceholderText(QCoreApplication.translate("PembahasanRencana", u"mis. Ruang Rapat Lantai 2", None))
        self.acara_label.setText(QCoreApplication.translate("PembahasanRencana", u"A&cara", None))
        self.undangan_group_box.setTitle(QCoreApplication.translate("PembahasanRencana", u"Surat undangan", None))
        self.nomor_undangan_label.setText(QCoreApplication.translate("PembahasanRencana", u"&Nomor", None))
        self.nomor_undangan_line_edit.setPlaceholderText(QCoreApplication.translate("PembahasanRencana", u"mis. 005/412/DKPS/XI/2018", None))
        self.tanggal_undangan_check_box.setText(QCoreApplication.translate("PembahasanRencana", u"Tanggal s&urat", None))
#if QT_CONFIG(accessibility)
        self.tanggal_undangan_date_edit.setAccessibleName(QCoreApplication.translate("PembahasanRencana", u"Tanggal surat undangan", None))
#endif // QT_CONFIG(accessibility)
        self.tanggal_undangan_date_edit.setDisplayFormat(QCoreApplication.translate("PembahasanRencana", u"d MMMM yyyy", None))
        self.sifat_label.setText(QCoreApplication.translate("PembahasanRencana", u"&Sifat", None))
        self.lampiran_label.setText(QCoreApplication.translate("PembahasanRencana", u"&Lampiran", None))
        self.lampiran_line_edit.setPlaceholderText(QCoreApplication.translate("PembahasanRencana", u"mis. 1 (satu) berkas, atau kosong", None))
        self.hal_label.setText(QCoreApplication.translate("PembahasanRencana", u"&Hal", None))
        self.penandatangan_label.setText(QCoreApplication.translate("PembahasanRencana", u"Ditandatangani &oleh", None))
        self.agenda_group_box.setTitle(QCoreApplication.translate("PembahasanRencana", u"Layanan yang dibahas", None))
#if QT_CONFIG(accessibility)
        self.agenda_filter_line_edit.setAccessibleName(QCoreApplication.translate("PembahasanRencana", u"Saring layanan", None))
#endif // QT_CONFIG(accessibility)
        self.agenda_filter_line_edit.setPlaceholderText(QCoreApplication.translate("PembahasanRencana", u"Saring: ketik sebagian nama layanan", None))
#if QT_CONFIG(accessibility)
        self.agenda_list_view.setAccessibleName(QCoreApplication.translate("PembahasanRencana", u"Layanan yang dibahas", None))
#endif // QT_CONFIG(accessibility)
        self.agenda_count_label.setText("")
        self.agenda_all_push_button.setText(QCoreApplication.translate("PembahasanRencana", u"Pilih yang tampil", None))
#if QT_CONFIG(tooltip)
        self.agenda_all_push_button.setToolTip(QCoreApplication.translate("PembahasanRencana", u"Centang semua layanan yang tampil di daftar (setelah disaring)", None))
#endif // QT_CONFIG(tooltip)
        self.agenda_none_push_button.setText(QCoreApplication.translate("PembahasanRencana", u"Kosongkan", None))
#if QT_CONFIG(tooltip)
        self.agenda_none_push_button.setToolTip(QCoreApplication.translate("PembahasanRencana", u"Hapus centang semua layanan yang tampil", None))
#endif // QT_CONFIG(tooltip)
        pass
    # retranslateUi
