# Generated from forms/export_dialog.ui by scripts/build_forms.py: do not edit.
# -*- coding: utf-8 -*-

################################################################################
##
##
################################################################################

from PySide6.QtCore import (QCoreApplication, QSize, Qt)
from PySide6.QtWidgets import (QAbstractItemView, QComboBox, QFormLayout, QFrame, QGridLayout, QGroupBox,
    QHBoxLayout, QLabel, QLineEdit, QListWidget,
    QProgressBar, QPushButton, QRadioButton,
    QSizePolicy, QSpacerItem, QVBoxLayout, QWidget)

class Ui_ExportDialog(object):
    def setupUi(self, ExportDialog):
        if not ExportDialog.objectName():
            ExportDialog.setObjectName(u"ExportDialog")
        ExportDialog.resize(820, 520)
        ExportDialog.setModal(True)
        self.dialog_layout = QVBoxLayout(ExportDialog)
        self.dialog_layout.setSpacing(10)
        self.dialog_layout.setObjectName(u"dialog_layout")
        self.columns_layout = QHBoxLayout()
        self.columns_layout.setSpacing(12)
        self.columns_layout.setObjectName(u"columns_layout")
        self.left_column_layout = QVBoxLayout()
        self.left_column_layout.setSpacing(10)
        self.left_column_layout.setObjectName(u"left_column_layout")
        self.document_group_box = QGroupBox(ExportDialog)
        self.document_group_box.setObjectName(u"document_group_box")
        self.document_form_layout = QFormLayout(self.document_group_box)
        self.document_form_layout.setObjectName(u"document_form_layout")
        self.document_form_layout.setFieldGrowthPolicy(QFormLayout.AllNonFixedFieldsGrow)
        self.document_form_layout.setHorizontalSpacing(10)
        self.document_form_layout.setVerticalSpacing(8)
        self.doc_label = QLabel(self.document_group_box)
        self.doc_label.setObjectName(u"doc_label")

        self.document_form_layout.setWidget(0, QFormLayout.ItemRole.LabelRole, self.doc_label)

        self.doc_combo_box = QComboBox(self.document_group_box)
        self.doc_combo_box.setObjectName(u"doc_combo_box")

        self.document_form_layout.setWidget(0, QFormLayout.ItemRole.FieldRole, self.doc_combo_box)

        self.doc_hint_label = QLabel(self.document_group_box)
        self.doc_hint_label.setObjectName(u"doc_hint_label")
        self.doc_hint_label.setWordWrap(True)
        self.doc_hint_label.setMinimumSize(QSize(0, 34))
        self.doc_hint_label.setAlignment(Qt.AlignLeading|Qt.AlignLeft|Qt.AlignTop)

        self.document_form_layout.setWidget(1, QFormLayout.ItemRole.FieldRole, self.doc_hint_label)

        self.format_label = QLabel(self.document_group_box)
        self.format_label.setObjectName(u"format_label")

        self.document_form_layout.setWidget(2, QFormLayout.ItemRole.LabelRole, self.format_label)

        self.format_combo_box = QComboBox(self.document_group_box)
        self.format_combo_box.setObjectName(u"format_combo_box")

        self.document_form_layout.setWidget(2, QFormLayout.ItemRole.FieldRole, self.format_combo_box)

        self.layout_label = QLabel(self.document_group_box)
        self.layout_label.setObjectName(u"layout_label")

        self.document_form_layout.setWidget(3, QFormLayout.ItemRole.LabelRole, self.layout_label)

        self.layout_combo_box = QComboBox(self.document_group_box)
        self.layout_combo_box.setObjectName(u"layout_combo_box")

        self.document_form_layout.setWidget(3, QFormLayout.ItemRole.FieldRole, self.layout_combo_box)

        self.paper_label = QLabel(self.document_group_box)
        self.paper_label.setObjectName(u"paper_label")

        self.document_form_layout.setWidget(4, QFormLayout.ItemRole.LabelRole, self.paper_label)

        self.paper_combo_box = QComboBox(self.document_group_box)
        self.paper_combo_box.setObjectName(u"paper_combo_box")

        self.document_form_layout.setWidget(4, QFormLayout.ItemRole.FieldRole, self.paper_combo_box)

        self.maklumat_warning_label = QLabel(self.document_group_box)
        self.maklumat_warning_label.setObjectName(u"maklumat_warning_label")
        self.maklumat_warning_label.setWordWrap(True)
        self.maklumat_warning_label.setTextFormat(Qt.PlainText)
        self.maklumat_warning_label.setAlignment(Qt.AlignLeading|Qt.AlignLeft|Qt.AlignTop)

        self.document_form_layout.setWidget(5, QFormLayout.ItemRole.SpanningRole, self.maklumat_warning_label)


        self.left_column_layout.addWidget(self.document_group_box)

        self.left_column_spacer = QSpacerItem(20, 0, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.left_column_layout.addItem(self.left_column_spacer)


        self.columns_layout.addLayout(self.left_column_layout)

        self.services_group_box = QGroupBox(ExportDialog)
        self.services_group_box.setObjectName(u"services_group_box")
        self.services_layout = QVBoxLayout(self.services_group_box)
        self.services_layout.setSpacing(6)
        self.services_layout.setObjectName(u"services_layout")
        self.all_services_radio_button = QRadioButton(self.services_group_box)
        self.all_services_radio_button.setObjectName(u"all_services_radio_button")
        self.all_services_radio_button.setChecked(True)

        self.services_layout.addWidget(self.all_services_radio_button)

        self.chosen_services_radio_button = QRadioButton(self.services_group_box)
        self.chosen_services_radio_button.setObjectName(u"chosen_services_radio_button")

        self.services_layout.addWidget(self.chosen_services_radio_button)

        self.services_list_widget = QListWidget(self.services_group_box)
        self.services_list_widget.setObjectName(u"services_list_widget")
        self.services_list_widget.setMinimumSize(QSize(300, 160))
        self.services_list_widget.setAlternatingRowColors(True)
        self.services_list_widget.setSpacing(2)
        self.services_list_widget.setSelectionMode(QAbstractItemView.SingleSelection)

        self.services_layout.addWidget(self.services_list_widget)

        self.check_buttons_layout = QHBoxLayout()
        self.check_buttons_layout.setObjectName(u"check_buttons_layout")
        self.check_all_push_button = QPushButton(self.services_group_box)
        self.check_all_push_button.setObjectName(u"check_all_push_button")
        self.check_all_push_button.setAutoDefault(False)

        self.check_buttons_layout.addWidget(self.check_all_push_button)

        self.check_none_push_button = QPushButton(self.services_group_box)
        self.check_none_push_button.setObjectName(u"check_none_push_button")
        self.check_none_push_button.setAutoDefault(False)

        self.check_buttons_layout.addWidget(self.check_none_push_button)

        self.check_buttons_spacer = QSpacerItem(20, 10, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.check_buttons_layout.addItem(self.check_buttons_spacer)


        self.services_layout.addLayout(self.check_buttons_layout)

        self.findings_label = QLabel(self.services_group_box)
        self.findings_label.setObjectName(u"findings_label")
        self.findings_label.setWordWrap(True)
        self.findings_label.setTextFormat(Qt.PlainText)

        self.services_layout.addWidget(self.findings_label)


        self.columns_layout.addWidget(self.services_group_box)

        self.columns_layout.setStretch(0, 1)
        self.columns_layout.setStretch(1, 1)

        self.dialog_layout.addLayout(self.columns_layout)

        self.target_group_box = QGroupBox(ExportDialog)
        self.target_group_box.setObjectName(u"target_group_box")
        self.target_layout = QHBoxLayout(self.target_group_box)
        self.target_layout.setSpacing(6)
        self.target_layout.setObjectName(u"target_layout")
        self.target_line_edit = QLineEdit(self.target_group_box)
        self.target_line_edit.setObjectName(u"target_line_edit")
        self.target_line_edit.setClearButtonEnabled(True)

        self.target_layout.addWidget(self.target_line_edit)

        self.browse_push_button = QPushButton(self.target_group_box)
        self.browse_push_button.setObjectName(u"browse_push_button")
        self.browse_push_button.setAutoDefault(False)

        self.target_layout.addWidget(self.browse_push_button)


        self.dialog_layout.addWidget(self.target_group_box)

        self.status_frame = QFrame(ExportDialog)
        self.status_frame.setObjectName(u"status_frame")
        self.status_frame.setFrameShape(QFrame.StyledPanel)
        self.status_layout = QGridLayout(self.status_frame)
        self.status_layout.setObjectName(u"status_layout")
        self.status_layout.setHorizontalSpacing(8)
        self.status_layout.setVerticalSpacing(6)
        self.export_progress_bar = QProgressBar(self.status_frame)
        self.export_progress_bar.setObjectName(u"export_progress_bar")
        self.export_progress_bar.setMaximum(100)
        self.export_progress_bar.setValue(0)

        self.status_layout.addWidget(self.export_progress_bar, 0, 0, 1, 3)

        self.status_label = QLabel(self.status_frame)
        self.status_label.setObjectName(u"status_label")
        self.status_label.setWordWrap(True)
        self.status_label.setTextFormat(Qt.PlainText)
        self.status_label.setTextInteractionFlags(Qt.TextSelectableByMouse)
        sizePolicy = QSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)
        sizePolicy.setHorizontalStretch(1)
        sizePolicy.setVerticalStretch(0)
        sizePolicy.setHeightForWidth(self.status_label.sizePolicy().hasHeightForWidth())
        self.status_label.setSizePolicy(sizePolicy)

        self.status_layout.addWidget(self.status_label, 1, 0, 1, 1)

        self.open_file_push_button = QPushButton(self.status_frame)
        self.open_file_push_button.setObjectName(u"open_file_push_button")
        self.open_file_push_button.setAutoDefault(False)

        self.status_layout.addWidget(self.open_file_push_button, 1, 1, 1, 1)

        self.show_folder_push_button = QPushButton(self.status_frame)
        self.show_folder_push_button.setObjectName(u"show_folder_push_button")
        self.show_folder_push_button.setAutoDefault(False)

        self.status_layout.addWidget(self.show_folder_push_button, 1, 2, 1, 1)


        self.dialog_layout.addWidget(self.status_frame)

        self.buttons_layout = QHBoxLayout()
        self.buttons_layout.setSpacing(8)
        self.buttons_layout.setObjectName(u"buttons_layout")
        self.export_push_button = QPushButton(ExportDialog)
        self.export_push_button.setObjectName(u"export_push_button")

        self.buttons_layout.addWidget(self.export_push_button)

        self.print_push_button = QPushButton(ExportDialog)
        self.print_push_button.setObjectName(u"print_push_button")
        self.print_push_button.setAutoDefault(False)

        self.buttons_layout.addWidget(self.print_push_button)

        self.cancel_push_button = QPushButton(ExportDialog)
        self.cancel_push_button.setObjectName(u"cancel_push_button")
        self.cancel_push_button.setAutoDefault(False)
        self.cancel_push_button.setEnabled(False)

        self.buttons_layout.addWidget(self.cancel_push_button)

        self.buttons_spacer = QSpacerItem(40, 20, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.buttons_layout.addItem(self.buttons_spacer)

        self.close_push_button = QPushButton(ExportDialog)
        self.close_push_button.setObjectName(u"close_push_button")
        self.close_push_button.setAutoDefault(False)

        self.buttons_layout.addWidget(self.close_push_button)


        self.dialog_layout.addLayout(self.buttons_layout)

#if QT_CONFIG(shortcut)
        self.doc_label.setBuddy(self.doc_combo_box)
        self.format_label.setBuddy(self.format_combo_box)
        self.layout_label.setBuddy(self.layout_combo_box)
        self.paper_label.setBuddy(self.paper_combo_box)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.doc_combo_box, self.format_combo_box)
        QWidget.setTabOrder(self.format_combo_box, self.layout_combo_box)
        QWidget.setTabOrder(self.layout_combo_box, self.paper_combo_box)
        QWidget.setTabOrder(self.paper_combo_box, self.target_line_edit)
        QWidget.setTabOrder(self.target_line_edit, self.browse_push_button)
        QWidget.setTabOrder(self.browse_push_button, self.all_services_radio_button)
        QWidget.setTabOrder(self.all_services_radio_button, self.chosen_services_radio_button)
        QWidget.setTabOrder(self.chosen_services_radio_button, self.services_list_widget)
        QWidget.setTabOrder(self.services_list_widget, self.check_all_push_button)
        QWidget.setTabOrder(self.check_all_push_button, self.check_none_push_button)
        QWidget.setTabOrder(self.check_none_push_button, self.export_push_button)
        QWidget.setTabOrder(self.export_push_button, self.print_push_button)
        QWidget.setTabOrder(self.print_push_button, self.cancel_push_button)
        QWidget.setTabOrder(self.cancel_push_button, self.open_file_push_button)
        QWidget.setTabOrder(self.open_file_push_button, self.show_folder_push_button)
        QWidget.setTabOrder(self.show_folder_push_button, self.close_push_button)

        self.retranslateUi(ExportDialog)

        self.export_push_button.setDefault(True)

    # setupUi

    def retranslateUi(self, ExportDialog):
        ExportDialog.setWindowTitle(QCoreApplication.translate("ExportDialog", u"Ekspor Dokumen", None))
        self.document_group_box.setTitle(QCoreApplication.translate("ExportDialog", u"Dokumen", None))
        self.doc_label.setText(QCoreApplication.translate("ExportDialog", u"&Jenis dokumen:", None))
        self.doc_hint_label.setText("")
        self.format_label.setText(QCoreApplication.translate("ExportDialog", u"&Format:", None))
        self.layout_label.setText(QCoreApplication.translate("ExportDialog", u"Tata &letak:", None))
        self.paper_label.setText(QCoreApplication.translate("ExportDialog", u"&Kertas:", None))
        self.maklumat_warning_label.setText("")
        self.services_group_box.setTitle(QCoreApplication.translate("ExportDialog", u"Jenis pelayanan", None))
        self.all_services_radio_button.setText(QCoreApplication.translate("ExportDialog", u"&Semua jenis pelayanan", None))
        self.chosen_services_radio_button.setText(QCoreApplication.translate("ExportDialog", u"&Hanya yang dicentang:", None))
        self.check_all_push_button.setText(QCoreApplication.translate("ExportDialog", u"Centang semua", None))
        self.check_none_push_button.setText(QCoreApplication.translate("ExportDialog", u"Kosongkan", None))
        self.findings_label.setText("")
        self.target_group_box.setTitle(QCoreApplication.translate("ExportDialog", u"Simpan sebagai", None))
        self.target_line_edit.setPlaceholderText(QCoreApplication.translate("ExportDialog", u"Folder dan nama berkas tujuan", None))
        self.browse_push_button.setText(QCoreApplication.translate("ExportDialog", u"Tel&usuri\u2026", None))
        self.export_progress_bar.setFormat(QCoreApplication.translate("ExportDialog", u"%p%", None))
        self.status_label.setText(QCoreApplication.translate("ExportDialog", u"Pilih dokumen dan tujuan, lalu klik Ekspor.", None))
        self.open_file_push_button.setText(QCoreApplication.translate("ExportDialog", u"&Buka berkas", None))
        self.show_folder_push_button.setText(QCoreApplication.translate("ExportDialog", u"Tampilkan di f&older", None))
        self.export_push_button.setText(QCoreApplication.translate("ExportDialog", u"&Ekspor", None))
        self.print_push_button.setText(QCoreApplication.translate("ExportDialog", u"&Cetak\u2026", None))
        self.cancel_push_button.setText(QCoreApplication.translate("ExportDialog", u"&Batal", None))
        self.close_push_button.setText(QCoreApplication.translate("ExportDialog", u"&Tutup", None))
    # retranslateUi
