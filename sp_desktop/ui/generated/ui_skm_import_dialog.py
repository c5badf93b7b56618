# Generated from forms/skm_import_dialog.ui by scripts/build_forms.py: do not edit.
# -*- coding: utf-8 -*-

################################################################################
##
##
################################################################################

from PySide6.QtCore import (QCoreApplication, Qt)
from PySide6.QtWidgets import (QAbstractItemView, QCheckBox,
    QComboBox, QDialogButtonBox, QGroupBox,
    QHBoxLayout, QLabel, QLineEdit,
    QProgressBar, QPushButton, QSizePolicy, QSpacerItem,
    QSpinBox, QSplitter, QTableWidget, QVBoxLayout, QWidget)

class Ui_SkmImportDialog(object):
    def setupUi(self, SkmImportDialog):
        if not SkmImportDialog.objectName():
            SkmImportDialog.setObjectName(u"SkmImportDialog")
        SkmImportDialog.resize(1180, 680)
        self.dialog_layout = QVBoxLayout(SkmImportDialog)
        self.dialog_layout.setObjectName(u"dialog_layout")
        self.intro_label = QLabel(SkmImportDialog)
        self.intro_label.setObjectName(u"intro_label")
        self.intro_label.setWordWrap(True)

        self.dialog_layout.addWidget(self.intro_label)

        self.file_layout = QHBoxLayout()
        self.file_layout.setObjectName(u"file_layout")
        self.file_label = QLabel(SkmImportDialog)
        self.file_label.setObjectName(u"file_label")

        self.file_layout.addWidget(self.file_label)

        self.file_edit = QLineEdit(SkmImportDialog)
        self.file_edit.setObjectName(u"file_edit")
        self.file_edit.setReadOnly(True)

        self.file_layout.addWidget(self.file_edit)

        self.choose_button = QPushButton(SkmImportDialog)
        self.choose_button.setObjectName(u"choose_button")

        self.file_layout.addWidget(self.choose_button)


        self.dialog_layout.addLayout(self.file_layout)

        self.options_layout = QHBoxLayout()
        self.options_layout.setObjectName(u"options_layout")
        self.sheet_label = QLabel(SkmImportDialog)
        self.sheet_label.setObjectName(u"sheet_label")

        self.options_layout.addWidget(self.sheet_label)

        self.sheet_combo = QComboBox(SkmImportDialog)
        self.sheet_combo.setObjectName(u"sheet_combo")
        self.sheet_combo.setMinimumContentsLength(14)
        self.sheet_combo.setSizeAdjustPolicy(QComboBox.AdjustToMinimumContentsLengthWithIcon)

        self.options_layout.addWidget(self.sheet_combo)

        self.options_spacer_1 = QSpacerItem(16, 10, QSizePolicy.Policy.Fixed, QSizePolicy.Policy.Minimum)

        self.options_layout.addItem(self.options_spacer_1)

        self.header_label = QLabel(SkmImportDialog)
        self.header_label.setObjectName(u"header_label")

        self.options_layout.addWidget(self.header_label)

        self.header_spin = QSpinBox(SkmImportDialog)
        self.header_spin.setObjectName(u"header_spin")
        self.header_spin.setMinimum(1)
        self.header_spin.setMaximum(20)

        self.options_layout.addWidget(self.header_spin)

        self.options_spacer_2 = QSpacerItem(16, 10, QSizePolicy.Policy.Fixed, QSizePolicy.Policy.Minimum)

        self.options_layout.addItem(self.options_spacer_2)

        self.service_label = QLabel(SkmImportDialog)
        self.service_label.setObjectName(u"service_label")

        self.options_layout.addWidget(self.service_label)

        self.service_combo = QComboBox(SkmImportDialog)
        self.service_combo.setObjectName(u"service_combo")
        sizePolicy = QSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        sizePolicy.setHorizontalStretch(1)
        sizePolicy.setVerticalStretch(0)
        sizePolicy.setHeightForWidth(self.service_combo.sizePolicy().hasHeightForWidth())
        self.service_combo.setSizePolicy(sizePolicy)
        self.service_combo.setMinimumContentsLength(24)
        self.service_combo.setSizeAdjustPolicy(QComboBox.AdjustToMinimumContentsLengthWithIcon)

        self.options_layout.addWidget(self.service_combo)


        self.dialog_layout.addLayout(self.options_layout)

        self.splitter = QSplitter(SkmImportDialog)
        self.splitter.setObjectName(u"splitter")
        self.splitter.setOrientation(Qt.Horizontal)
        self.splitter.setChildrenCollapsible(False)
        self.mapping_group = QGroupBox(self.splitter)
        self.mapping_group.setObjectName(u"mapping_group")
        self.mapping_layout = QVBoxLayout(self.mapping_group)
        self.mapping_layout.setObjectName(u"mapping_layout")
        self.mapping_table = QTableWidget(self.mapping_group)
        self.mapping_table.setObjectName(u"mapping_table")
        self.mapping_table.setSelectionMode(QAbstractItemView.SingleSelection)
        self.mapping_table.setSelectionBehavior(QAbstractItemView.SelectRows)
        self.mapping_table.setAlternatingRowColors(True)

        self.mapping_layout.addWidget(self.mapping_table)

        self.mapping_problems_label = QLabel(self.mapping_group)
        self.mapping_problems_label.setObjectName(u"mapping_problems_label")
        self.mapping_problems_label.setWordWrap(True)
        self.mapping_problems_label.setTextFormat(Qt.PlainText)

        self.mapping_layout.addWidget(self.mapping_problems_label)

        self.splitter.addWidget(self.mapping_group)
        self.preview_group = QGroupBox(self.splitter)
        self.preview_group.setObjectName(u"preview_group")
        self.preview_layout = QVBoxLayout(self.preview_group)
        self.preview_layout.setObjectName(u"preview_layout")
        self.preview_table = QTableWidget(self.preview_group)
        self.preview_table.setObjectName(u"preview_table")
        self.preview_table.setEditTriggers(QAbstractItemView.NoEditTriggers)
        self.preview_table.setSelectionBehavior(QAbstractItemView.SelectRows)
        self.preview_table.setWordWrap(False)

        self.preview_layout.addWidget(self.preview_table)

        self.reason_label = QLabel(self.preview_group)
        self.reason_label.setObjectName(u"reason_label")
        self.reason_label.setWordWrap(True)
        self.reason_label.setTextFormat(Qt.PlainText)
        self.reason_label.setTextInteractionFlags(Qt.TextSelectableByMouse)

        self.preview_layout.addWidget(self.reason_label)

        self.only_bad_check = QCheckBox(self.preview_group)
        self.only_bad_check.setObjectName(u"only_bad_check")

        self.preview_layout.addWidget(self.only_bad_check)

        self.splitter.addWidget(self.preview_group)

        self.dialog_layout.addWidget(self.splitter)

        self.status_layout = QHBoxLayout()
        self.status_layout.setObjectName(u"status_layout")
        self.summary_label = QLabel(SkmImportDialog)
        self.summary_label.setObjectName(u"summary_label")
        sizePolicy1 = QSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)
        sizePolicy1.setHorizontalStretch(1)
        sizePolicy1.setVerticalStretch(0)
        sizePolicy1.setHeightForWidth(self.summary_label.sizePolicy().hasHeightForWidth())
        self.summary_label.setSizePolicy(sizePolicy1)
        self.summary_label.setWordWrap(True)
        self.summary_label.setTextFormat(Qt.PlainText)

        self.status_layout.addWidget(self.summary_label)

        self.progress_bar = QProgressBar(SkmImportDialog)
        self.progress_bar.setObjectName(u"progress_bar")
        self.progress_bar.setMaximum(0)
        self.progress_bar.setTextVisible(False)

        self.status_layout.addWidget(self.progress_bar)


        self.dialog_layout.addLayout(self.status_layout)

        self.buttons_layout = QHBoxLayout()
        self.buttons_layout.setObjectName(u"buttons_layout")
        self.skip_check = QCheckBox(SkmImportDialog)
        self.skip_check.setObjectName(u"skip_check")

        self.buttons_layout.addWidget(self.skip_check)

        self.button_box = QDialogButtonBox(SkmImportDialog)
        self.button_box.setObjectName(u"button_box")
        self.button_box.setStandardButtons(QDialogButtonBox.Cancel|QDialogButtonBox.Ok)

        self.buttons_layout.addWidget(self.button_box)


        self.dialog_layout.addLayout(self.buttons_layout)

        self.dialog_layout.setStretch(3, 1)
#if QT_CONFIG(shortcut)
        self.file_label.setBuddy(self.choose_button)
        self.sheet_label.setBuddy(self.sheet_combo)
        self.header_label.setBuddy(self.header_spin)
        self.service_label.setBuddy(self.service_combo)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.choose_button, self.sheet_combo)
        QWidget.setTabOrder(self.sheet_combo, self.header_spin)
        QWidget.setTabOrder(self.header_spin, self.service_combo)
        QWidget.setTabOrder(self.service_combo, self.mapping_table)
        QWidget.setTabOrder(self.mapping_table, self.preview_table)
        QWidget.setTabOrder(self.preview_table, self.only_bad_check)
        QWidget.setTabOrder(self.only_bad_check, self.skip_check)

        self.retranslateUi(SkmImportDialog)
    # setupUi

    def retranslateUi(self, SkmImportDialog):
        SkmImportDialog.setWindowTitle(QCoreApplication.translate("SkmImportDialog", u"Impor jawaban survei", None))
        self.intro_label.setText(QCoreApplication.translate("SkmImportDialog", u"Pilih berkas CSV atau XLSX berisi jawaban responden, satu baris per responden. Periksa pemetaan kolom dan pratinjaunya. Tidak ada yang disimpan selama masih ada baris yang salah, kecuali Anda memilih melewatinya.", None))
        self.file_label.setText(QCoreApplication.translate("SkmImportDialog", u"Berkas:", None))
        self.file_edit.setPlaceholderText(QCoreApplication.translate("SkmImportDialog", u"Belum ada berkas yang dipilih", None))
        self.choose_button.setText(QCoreApplication.translate("SkmImportDialog", u"&Pilih berkas\u2026", None))
        self.sheet_label.setText(QCoreApplication.translate("SkmImportDialog", u"&Lembar:", None))
        self.header_label.setText(QCoreApplication.translate("SkmImportDialog", u"Baris &judul kolom:", None))
        self.service_label.setText(QCoreApplication.translate("SkmImportDialog", u"La&yanan responden:", None))
        self.mapping_group.setTitle(QCoreApplication.translate("SkmImportDialog", u"Pemetaan kolom", None))
        self.preview_group.setTitle(QCoreApplication.translate("SkmImportDialog", u"Pratinjau", None))
        self.only_bad_check.setText(QCoreApplication.translate("SkmImportDialog", u"Tampilkan &hanya baris yang salah", None))
        self.skip_check.setText(QCoreApplication.translate("SkmImportDialog", u"Le&wati baris yang salah", None))
    # retranslateUi
