# Generated from forms/survei_rencana.ui by scripts/build_forms.py: do not edit.
# -*- coding: utf-8 -*-

################################################################################
##
##
################################################################################

from PySide6.QtCore import (QCoreApplication)
from PySide6.QtWidgets import (QAbstractItemView, QCheckBox, QDateEdit,
    QFormLayout, QHBoxLayout, QLabel, QLineEdit,
    QListView, QProgressBar, QSizePolicy, QSpacerItem,
    QSpinBox, QVBoxLayout)

class Ui_SurveiRencana(object):
    def setupUi(self, SurveiRencana):
        if not SurveiRencana.objectName():
            SurveiRencana.setObjectName(u"SurveiRencana")
        SurveiRencana.resize(900, 460)
        self.rencana_layout = QHBoxLayout(SurveiRencana)
        self.rencana_layout.setSpacing(14)
        self.rencana_layout.setObjectName(u"rencana_layout")
        self.left_layout = QVBoxLayout()
        self.left_layout.setSpacing(8)
        self.left_layout.setObjectName(u"left_layout")
        self.plan_form_layout = QFormLayout()
        self.plan_form_layout.setObjectName(u"plan_form_layout")
        self.plan_form_layout.setFieldGrowthPolicy(QFormLayout.AllNonFixedFieldsGrow)
        self.plan_form_layout.setVerticalSpacing(6)
        self.periode_label = QLabel(SurveiRencana)
        self.periode_label.setObjectName(u"periode_label")

        self.plan_form_layout.setWidget(0, QFormLayout.ItemRole.LabelRole, self.periode_label)

        self.periode_line_edit = QLineEdit(SurveiRencana)
        self.periode_line_edit.setObjectName(u"periode_line_edit")

        self.plan_form_layout.setWidget(0, QFormLayout.ItemRole.FieldRole, self.periode_line_edit)

        self.mulai_label = QLabel(SurveiRencana)
        self.mulai_label.setObjectName(u"mulai_label")

        self.plan_form_layout.setWidget(1, QFormLayout.ItemRole.LabelRole, self.mulai_label)

        self.mulai_date_edit = QDateEdit(SurveiRencana)
        self.mulai_date_edit.setObjectName(u"mulai_date_edit")
        self.mulai_date_edit.setCalendarPopup(True)

        self.plan_form_layout.setWidget(1, QFormLayout.ItemRole.FieldRole, self.mulai_date_edit)

        self.selesai_label = QLabel(SurveiRencana)
        self.selesai_label.setObjectName(u"selesai_label")

        self.plan_form_layout.setWidget(2, QFormLayout.ItemRole.LabelRole, self.selesai_label)

        self.selesai_date_edit = QDateEdit(SurveiRencana)
        self.selesai_date_edit.setObjectName(u"selesai_date_edit")
        self.selesai_date_edit.setCalendarPopup(True)

        self.plan_form_layout.setWidget(2, QFormLayout.ItemRole.FieldRole, self.selesai_date_edit)

        self.populasi_label = QLabel(SurveiRencana)
        self.populasi_label.setObjectName(u"populasi_label")

        self.plan_form_layout.setWidget(3, QFormLayout.ItemRole.LabelRole, self.populasi_label)

        self.populasi_spin_box = QSpinBox(SurveiRencana)
        self.populasi_spin_box.setObjectName(u"populasi_spin_box")
        self.populasi_spin_box.setMaximum(10000000)
        self.populasi_spin_box.setSingleStep(10)

        self.plan_form_layout.setWidget(3, QFormLayout.ItemRole.FieldRole, self.populasi_spin_box)

        self.sample_caption_label = QLabel(SurveiRencana)
        self.sample_caption_label.setObjectName(u"sample_caption_label")

        self.plan_form_layout.setWidget(4, QFormLayout.ItemRole.LabelRole, self.sample_caption_label)

        self.sample_label = QLabel(SurveiRencana)
        self.sample_label.setObjectName(u"sample_label")
        self.sample_label.setWordWrap(True)

        self.plan_form_layout.setWidget(4, QFormLayout.ItemRole.FieldRole, self.sample_label)

        self.progress_caption_label = QLabel(SurveiRencana)
        self.progress_caption_label.setObjectName(u"progress_caption_label")

        self.plan_form_layout.setWidget(5, QFormLayout.ItemRole.LabelRole, self.progress_caption_label)

        self.sample_progress_bar = QProgressBar(SurveiRencana)
        self.sample_progress_bar.setObjectName(u"sample_progress_bar")
        self.sample_progress_bar.setValue(0)

        self.plan_form_layout.setWidget(5, QFormLayout.ItemRole.FieldRole, self.sample_progress_bar)

        self.laporan_check_box = QCheckBox(SurveiRencana)
        self.laporan_check_box.setObjectName(u"laporan_check_box")

        self.plan_form_layout.setWidget(6, QFormLayout.ItemRole.LabelRole, self.laporan_check_box)

        self.laporan_date_edit = QDateEdit(SurveiRencana)
        self.laporan_date_edit.setObjectName(u"laporan_date_edit")
        self.laporan_date_edit.setCalendarPopup(True)

        self.plan_form_layout.setWidget(6, QFormLayout.ItemRole.FieldRole, self.laporan_date_edit)


        self.left_layout.addLayout(self.plan_form_layout)

        self.sample_note_label = QLabel(SurveiRencana)
        self.sample_note_label.setObjectName(u"sample_note_label")
        self.sample_note_label.setWordWrap(True)
        self.sample_note_label.setStyleSheet(u"color: #555555;")

        self.left_layout.addWidget(self.sample_note_label)

        self.left_spacer = QSpacerItem(10, 10, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.left_layout.addItem(self.left_spacer)


        self.rencana_layout.addLayout(self.left_layout)

        self.services_layout = QVBoxLayout()
        self.services_layout.setSpacing(6)
        self.services_layout.setObjectName(u"services_layout")
        self.services_label = QLabel(SurveiRencana)
        self.services_label.setObjectName(u"services_label")

        self.services_layout.addWidget(self.services_label)

        self.services_filter_line_edit = QLineEdit(SurveiRencana)
        self.services_filter_line_edit.setObjectName(u"services_filter_line_edit")
        self.services_filter_line_edit.setClearButtonEnabled(True)

        self.services_layout.addWidget(self.services_filter_line_edit)

        self.services_list_view = QListView(SurveiRencana)
        self.services_list_view.setObjectName(u"services_list_view")
        self.services_list_view.setEditTriggers(QAbstractItemView.NoEditTriggers)

        self.services_layout.addWidget(self.services_list_view)

        self.services_count_label = QLabel(SurveiRencana)
        self.services_count_label.setObjectName(u"services_count_label")

        self.services_layout.addWidget(self.services_count_label)


        self.rencana_layout.addLayout(self.services_layout)

#if QT_CONFIG(shortcut)
        self.periode_label.setBuddy(self.periode_line_edit)
        self.mulai_label.setBuddy(self.mulai_date_edit)
        self.selesai_label.setBuddy(self.selesai_date_edit)
        self.populasi_label.setBuddy(self.populasi_spin_box)
        self.services_label.setBuddy(self.services_list_view)
#endif // QT_CONFIG(shortcut)

        self.retranslateUi(SurveiRencana)
    # setupUi

    def retranslateUi(self, SurveiRencana):
        self.periode_label.setText(QCoreApplication.translate("SurveiRencana", u"&Nama periode", None))
        self.periode_line_edit.setPlaceholderText(QCoreApplication.translate("SurveiRencana", u"mis. Semester I 2026", None))
        self.mulai_label.setText(QCoreApplication.translate("SurveiRencana", u"&Mulai", None))
#if QT_CONFIG(accessibility)
        self.mulai_date_edit.setAccessibleName(QCoreApplication.translate("SurveiRencana", u"Tanggal mulai survei", None))
#endif // QT_CONFIG(accessibility)
        self.mulai_date_edit.setDisplayFormat(QCoreApplication.translate("SurveiRencana", u"d MMMM yyyy", None))
        self.selesai_label.setText(QCoreApplication.translate("SurveiRencana", u"Berakhi&r", None))
#if QT_CONFIG(accessibility)
        self.selesai_date_edit.setAccessibleName(QCoreApplication.translate("SurveiRencana", u"Tanggal selesai survei", None))
#endif // QT_CONFIG(accessibility)
        self.selesai_date_edit.setDisplayFormat(QCoreApplication.translate("SurveiRencana", u"d MMMM yyyy", None))
        self.populasi_label.setText(QCoreApplication.translate("SurveiRencana", u"P&opulasi", None))
#if QT_CONFIG(accessibility)
        self.populasi_spin_box.setAccessibleName(QCoreApplication.translate("SurveiRencana", u"Populasi pengguna layanan dalam periode", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(tooltip)
        self.populasi_spin_box.setToolTip(QCoreApplication.translate("SurveiRencana", u"Perkiraan jumlah pengguna layanan dalam periode survei", None))
#endif // QT_CONFIG(tooltip)
        self.populasi_spin_box.setSuffix(QCoreApplication.translate("SurveiRencana", u" orang", None))
        self.sample_caption_label.setText(QCoreApplication.translate("SurveiRencana", u"Sampel minimal", None))
        self.sample_label.setText("")
        self.progress_caption_label.setText(QCoreApplication.translate("SurveiRencana", u"Kemajuan", None))
#if QT_CONFIG(accessibility)
        self.sample_progress_bar.setAccessibleName(QCoreApplication.translate("SurveiRencana", u"Jumlah responden terhadap sampel minimal", None))
#endif // QT_CONFIG(accessibility)
        self.laporan_check_box.setText(QCoreApplication.translate("SurveiRencana", u"&Tanggal laporan", None))
#if QT_CONFIG(tooltip)
        self.laporan_check_box.setToolTip(QCoreApplication.translate("SurveiRencana", u"Centang bila laporan hasil survei sudah terbit (awal hitungan bulan tindak lanjut)", None))
#endif // QT_CONFIG(tooltip)
#if QT_CONFIG(accessibility)
        self.laporan_date_edit.setAccessibleName(QCoreApplication.translate("SurveiRencana", u"Tanggal laporan hasil survei", None))
#endif // QT_CONFIG(accessibility)
        self.laporan_date_edit.setDisplayFormat(QCoreApplication.translate("SurveiRencana", u"d MMMM yyyy", None))
        self.sample_note_label.setText(QCoreApplication.translate("SurveiRencana", u"Sampel minimal dihitung dari populasi dengan tabel Krejcie dan Morgan sebagaimana lampiran Permenpan RB 14/2017.", None))
        self.services_label.setText(QCoreApplication.translate("SurveiRencana", u"La&yanan yang disurvei", None))
        self.services_filter_line_edit.setPlaceholderText(QCoreApplication.translate("SurveiRencana", u"Saring nama layanan\u2026", None))
#if QT_CONFIG(accessibility)
        self.services_filter_line_edit.setAccessibleName(QCoreApplication.translate("SurveiRencana", u"Saring layanan", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.services_list_view.setAccessibleName(QCoreApplication.translate("SurveiRencana", u"Layanan yang disurvei", None))
#endif // QT_CONFIG(accessibility)
        self.services_count_label.setText("")
        pass
    # retranslateUi
