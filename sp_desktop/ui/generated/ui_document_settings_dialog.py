# Generated from forms/document_settings_dialog.ui by scripts/build_forms.py: do not edit.
# -*- coding: utf-8 -*-

################################################################################
##
##
################################################################################

from PySide6.QtCore import (QCoreApplication, QLocale,
    QSize, Qt)
from PySide6.QtWidgets import (QCheckBox, QComboBox,
    QDateEdit, QDialogButtonBox, QDoubleSpinBox,
    QFormLayout, QFrame, QGridLayout, QGroupBox,
    QHBoxLayout, QLabel, QLineEdit, QPlainTextEdit,
    QPushButton, QScrollArea, QSizePolicy, QSpacerItem,
    QVBoxLayout, QWidget)

class Ui_DocumentSettingsDialog(object):
    def setupUi(self, DocumentSettingsDialog):
        if not DocumentSettingsDialog.objectName():
            DocumentSettingsDialog.setObjectName(u"DocumentSettingsDialog")
        DocumentSettingsDialog.resize(980, 690)
        DocumentSettingsDialog.setMinimumSize(QSize(840, 420))
        DocumentSettingsDialog.setModal(True)
        DocumentSettingsDialog.setLocale(QLocale(QLocale.Indonesian, QLocale.Indonesia))
        self.dialog_layout = QVBoxLayout(DocumentSettingsDialog)
        self.dialog_layout.setSpacing(10)
        self.dialog_layout.setObjectName(u"dialog_layout")
        self.columns_scroll_area = QScrollArea(DocumentSettingsDialog)
        self.columns_scroll_area.setObjectName(u"columns_scroll_area")
        self.columns_scroll_area.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.columns_scroll_area.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.columns_scroll_area.setFrameShape(QFrame.Shape.NoFrame)
        self.columns_scroll_area.setWidgetResizable(True)
        self.columns_widget = QWidget()
        self.columns_widget.setObjectName(u"columns_widget")
        self.columns_layout = QHBoxLayout(self.columns_widget)
        self.columns_layout.setSpacing(12)
        self.columns_layout.setObjectName(u"columns_layout")
        self.left_column_layout = QVBoxLayout()
        self.left_column_layout.setSpacing(10)
        self.left_column_layout.setObjectName(u"left_column_layout")
        self.paper_group_box = QGroupBox(self.columns_widget)
        self.paper_group_box.setObjectName(u"paper_group_box")
        self.paper_form_layout = QFormLayout(self.paper_group_box)
        self.paper_form_layout.setObjectName(u"paper_form_layout")
        self.paper_form_layout.setFieldGrowthPolicy(QFormLayout.AllNonFixedFieldsGrow)
        self.paper_form_layout.setLabelAlignment(Qt.AlignLeading|Qt.AlignLeft|Qt.AlignVCenter)
        self.paper_form_layout.setHorizontalSpacing(10)
        self.paper_form_layout.setVerticalSpacing(8)
        self.paper_label = QLabel(self.paper_group_box)
        self.paper_label.setObjectName(u"paper_label")

        self.paper_form_layout.setWidget(0, QFormLayout.ItemRole.LabelRole, self.paper_label)

        self.paper_combo_box = QComboBox(self.paper_group_box)
        self.paper_combo_box.setObjectName(u"paper_combo_box")

        self.paper_form_layout.setWidget(0, QFormLayout.ItemRole.FieldRole, self.paper_combo_box)

        self.margin_label = QLabel(self.paper_group_box)
        self.margin_label.setObjectName(u"margin_label")

        self.paper_form_layout.setWidget(1, QFormLayout.ItemRole.LabelRole, self.margin_label)

        self.margin_grid_layout = QGridLayout()
        self.margin_grid_layout.setObjectName(u"margin_grid_layout")
        self.margin_grid_layout.setHorizontalSpacing(8)
        self.margin_grid_layout.setVerticalSpacing(6)
        self.margin_top_label = QLabel(self.paper_group_box)
        self.margin_top_label.setObjectName(u"margin_top_label")

        self.margin_grid_layout.addWidget(self.margin_top_label, 0, 0, 1, 1)

        self.margin_top_spin_box = QDoubleSpinBox(self.paper_group_box)
        self.margin_top_spin_box.setObjectName(u"margin_top_spin_box")
        self.margin_top_spin_box.setDecimals(1)
        self.margin_top_spin_box.setMinimum(5.000000000000000)
        self.margin_top_spin_box.setMaximum(60.000000000000000)
        self.margin_top_spin_box.setSingleStep(1.000000000000000)

        self.margin_grid_layout.addWidget(self.margin_top_spin_box, 0, 1, 1, 1)

        self.margin_right_label = QLabel(self.paper_group_box)
        self.margin_right_label.setObjectName(u"margin_right_label")

        self.margin_grid_layout.addWidget(self.margin_right_label, 0, 2, 1, 1)

        self.margin_right_spin_box = QDoubleSpinBox(self.paper_group_box)
        self.margin_right_spin_box.setObjectName(u"margin_right_spin_box")
        self.margin_right_spin_box.setDecimals(1)
        self.margin_right_spin_box.setMinimum(5.000000000000000)
        self.margin_right_spin_box.setMaximum(60.000000000000000)
        self.margin_right_spin_box.setSingleStep(1.000000000000000)

        self.margin_grid_layout.addWidget(self.margin_right_spin_box, 0, 3, 1, 1)

        self.margin_bottom_label = QLabel(self.paper_group_box)
        self.margin_bottom_label.setObjectName(u"margin_bottom_label")

        self.margin_grid_layout.addWidget(self.margin_bottom_label, 1, 0, 1, 1)

        self.margin_bottom_spin_box = QDoubleSpinBox(self.paper_group_box)
        self.margin_bottom_spin_box.setObjectName(u"margin_bottom_spin_box")
        self.margin_bottom_spin_box.setDecimals(1)
        self.margin_bottom_spin_box.setMinimum(5.000000000000000)
        self.margin_bottom_spin_box.setMaximum(60.000000000000000)
        self.margin_bottom_spin_box.setSingleStep(1.000000000000000)

        self.margin_grid_layout.addWidget(self.margin_bottom_spin_box, 1, 1, 1, 1)

        self.margin_left_label = QLabel(self.paper_group_box)
        self.margin_left_label.setObjectName(u"margin_left_label")

        self.margin_grid_layout.addWidget(self.margin_left_label, 1, 2, 1, 1)

        self.margin_left_spin_box = QDoubleSpinBox(self.paper_group_box)
        self.margin_left_spin_box.setObjectName(u"margin_left_spin_box")
        self.margin_left_spin_box.setDecimals(1)
        self.margin_left_spin_box.setMinimum(5.000000000000000)
        self.margin_left_spin_box.setMaximum(60.000000000000000)
        self.margin_left_spin_box.setSingleStep(1.000000000000000)

        self.margin_grid_layout.addWidget(self.margin_left_spin_box, 1, 3, 1, 1)


        self.paper_form_layout.setLayout(1, QFormLayout.ItemRole.FieldRole, self.margin_grid_layout)

        self.text_area_label = QLabel(self.paper_group_box)
        self.text_area_label.setObjectName(u"text_area_label")
        self.text_area_label.setWordWrap(True)
        self.text_area_label.setTextFormat(Qt.PlainText)

        self.paper_form_layout.setWidget(2, QFormLayout.ItemRole.FieldRole, self.text_area_label)

        self.font_size_label = QLabel(self.paper_group_box)
        self.font_size_label.setObjectName(u"font_size_label")

        self.paper_form_layout.setWidget(3, QFormLayout.ItemRole.LabelRole, self.font_size_label)

        self.font_size_spin_box = QDoubleSpinBox(self.paper_group_box)
        self.font_size_spin_box.setObjectName(u"font_size_spin_box")
        sizePolicy = QSizePolicy(QSizePolicy.Policy.Fixed, QSizePolicy.Policy.Fixed)
        sizePolicy.setHorizontalStretch(0)
        sizePolicy.setVerticalStretch(0)
        sizePolicy.setHeightForWidth(self.font_size_spin_box.sizePolicy().hasHeightForWidth())
        self.font_size_spin_box.setSizePolicy(sizePolicy)
        self.font_size_spin_box.setMinimumSize(QSize(110, 0))
        self.font_size_spin_box.setDecimals(1)
        self.font_size_spin_box.setMinimum(9.000000000000000)
        self.font_size_spin_box.setMaximum(14.000000000000000)
        self.font_size_spin_box.setSingleStep(0.500000000000000)

        self.paper_form_layout.setWidget(3, QFormLayout.ItemRole.FieldRole, self.font_size_spin_box)

        self.page_number_label = QLabel(self.paper_group_box)
        self.page_number_label.setObjectName(u"page_number_label")

        self.paper_form_layout.setWidget(4, QFormLayout.ItemRole.LabelRole, self.page_number_label)

        self.page_number_combo_box = QComboBox(self.paper_group_box)
        self.page_number_combo_box.setObjectName(u"page_number_combo_box")

        self.paper_form_layout.setWidget(4, QFormLayout.ItemRole.FieldRole, self.page_number_combo_box)


        self.left_column_layout.addWidget(self.paper_group_box)

        self.rancangan_group_box = QGroupBox(self.columns_widget)
        self.rancangan_group_box.setObjectName(u"rancangan_group_box")
        self.rancangan_form_layout = QFormLayout(self.rancangan_group_box)
        self.rancangan_form_layout.setObjectName(u"rancangan_form_layout")
        self.rancangan_form_layout.setFieldGrowthPolicy(QFormLayout.AllNonFixedFieldsGrow)
        self.rancangan_form_layout.setLabelAlignment(Qt.AlignLeading|Qt.AlignLeft|Qt.AlignVCenter)
        self.rancangan_form_layout.setHorizontalSpacing(10)
        self.rancangan_form_layout.setVerticalSpacing(8)
        self.versi_label = QLabel(self.rancangan_group_box)
        self.versi_label.setObjectName(u"versi_label")

        self.rancangan_form_layout.setWidget(0, QFormLayout.ItemRole.LabelRole, self.versi_label)

        self.versi_line_edit = QLineEdit(self.rancangan_group_box)
        self.versi_line_edit.setObjectName(u"versi_line_edit")
        self.versi_line_edit.setMaxLength(40)

        self.rancangan_form_layout.setWidget(0, QFormLayout.ItemRole.FieldRole, self.versi_line_edit)

        self.tanggal_rancangan_label = QLabel(self.rancangan_group_box)
        self.tanggal_rancangan_label.setObjectName(u"tanggal_rancangan_label")
        self.tanggal_rancangan_label.setAlignment(Qt.AlignLeading|Qt.AlignLeft|Qt.AlignTop)

        self.rancangan_form_layout.setWidget(1, QFormLayout.ItemRole.LabelRole, self.tanggal_rancangan_label)

        self.tanggal_rancangan_layout = QVBoxLayout()
        self.tanggal_rancangan_layout.setSpacing(4)
        self.tanggal_rancangan_layout.setObjectName(u"tanggal_rancangan_layout")
        self.rancangan_today_check_box = QCheckBox(self.rancangan_group_box)
        self.rancangan_today_check_box.setObjectName(u"rancangan_today_check_box")

        self.tanggal_rancangan_layout.addWidget(self.rancangan_today_check_box)

        self.tanggal_rancangan_date_edit = QDateEdit(self.rancangan_group_box)
        self.tanggal_rancangan_date_edit.setObjectName(u"tanggal_rancangan_date_edit")
        sizePolicy.setHeightForWidth(self.tanggal_rancangan_date_edit.sizePolicy().hasHeightForWidth())
        self.tanggal_rancangan_date_edit.setSizePolicy(sizePolicy)
        self.tanggal_rancangan_date_edit.setMinimumSize(QSize(180, 0))
        self.tanggal_rancangan_date_edit.setCalendarPopup(True)

        self.tanggal_rancangan_layout.addWidget(self.tanggal_rancangan_date_edit)


        self.rancangan_form_layout.setLayout(1, QFormLayout.ItemRole.FieldRole, self.tanggal_rancangan_layout)

        self.alur_rancangan_check_box = QCheckBox(self.rancangan_group_box)
        self.alur_rancangan_check_box.setObjectName(u"alur_rancangan_check_box")

        self.rancangan_form_layout.setWidget(2, QFormLayout.ItemRole.SpanningRole, self.alur_rancangan_check_box)


        self.left_column_layout.addWidget(self.rancangan_group_box)

        self.penetapan_group_box = QGroupBox(self.columns_widget)
        self.penetapan_group_box.setObjectName(u"penetapan_group_box")
        self.penetapan_form_layout = QFormLayout(self.penetapan_group_box)
        self.penetapan_form_layout.setObjectName(u"penetapan_form_layout")
        self.penetapan_form_layout.setFieldGrowthPolicy(QFormLayout.AllNonFixedFieldsGrow)
        self.penetapan_form_layout.setLabelAlignment(Qt.AlignLeading|Qt.AlignLeft|Qt.AlignVCenter)
        self.penetapan_form_layout.setHorizontalSpacing(10)
        self.penetapan_form_layout.setVerticalSpacing(8)
        self.belum_ditetapkan_check_box = QCheckBox(self.penetapan_group_box)
        self.belum_ditetapkan_check_box.setObjectName(u"belum_ditetapkan_check_box")

        self.penetapan_form_layout.setWidget(0, QFormLayout.ItemRole.SpanningRole, self.belum_ditetapkan_check_box)

        self.nomor_label = QLabel(self.penetapan_group_box)
        self.nomor_label.setObjectName(u"nomor_label")

        self.penetapan_form_layout.setWidget(1, QFormLayout.ItemRole.LabelRole, self.nomor_label)

        self.nomor_line_edit = QLineEdit(self.penetapan_group_box)
        self.nomor_line_edit.setObjectName(u"nomor_line_edit")

        self.penetapan_form_layout.setWidget(1, QFormLayout.ItemRole.FieldRole, self.nomor_line_edit)

        self.tanggal_penetapan_label = QLabel(self.penetapan_group_box)
        self.tanggal_penetapan_label.setObjectName(u"tanggal_penetapan_label")

        self.penetapan_form_layout.setWidget(2, QFormLayout.ItemRole.LabelRole, self.tanggal_penetapan_label)

        self.tanggal_penetapan_date_edit = QDateEdit(self.penetapan_group_box)
        self.tanggal_penetapan_date_edit.setObjectName(u"tanggal_penetapan_date_edit")
        sizePolicy.setHeightForWidth(self.tanggal_penetapan_date_edit.sizePolicy().hasHeightForWidth())
        self.tanggal_penetapan_date_edit.setSizePolicy(sizePolicy)
        self.tanggal_penetapan_date_edit.setMinimumSize(QSize(180, 0))
        self.tanggal_penetapan_date_edit.setCalendarPopup(True)

        self.penetapan_form_layout.setWidget(2, QFormLayout.ItemRole.FieldRole, self.tanggal_penetapan_date_edit)

        self.penetapan_problem_label = QLabel(self.penetapan_group_box)
        self.penetapan_problem_label.setObjectName(u"penetapan_problem_label")
        self.penetapan_problem_label.setVisible(False)
        self.penetapan_problem_label.setWordWrap(True)
        self.penetapan_problem_label.setTextFormat(Qt.PlainText)
        self.penetapan_problem_label.setStyleSheet(u"color: #b3261e;")

        self.penetapan_form_layout.setWidget(3, QFormLayout.ItemRole.FieldRole, self.penetapan_problem_label)


        self.left_column_layout.addWidget(self.penetapan_group_box)

        self.standar_group_box = QGroupBox(self.columns_widget)
        self.standar_group_box.setObjectName(u"standar_group_box")
        self.standar_form_layout = QFormLayout(self.standar_group_box)
        self.standar_form_layout.setObjectName(u"standar_form_layout")
        self.standar_form_layout.setFieldGrowthPolicy(QFormLayout.AllNonFixedFieldsGrow)
        self.standar_form_layout.setLabelAlignment(Qt.AlignLeading|Qt.AlignLeft|Qt.AlignVCenter)
        self.standar_form_layout.setHorizontalSpacing(10)
        self.standar_form_layout.setVerticalSpacing(8)
        self.standar_layout_label = QLabel(self.standar_group_box)
        self.standar_layout_label.setObjectName(u"standar_layout_label")

        self.standar_form_layout.setWidget(0, QFormLayout.ItemRole.LabelRole, self.standar_layout_label)

        self.standar_layout_combo_box = QComboBox(self.standar_group_box)
        self.standar_layout_combo_box.setObjectName(u"standar_layout_combo_box")
        self.standar_layout_combo_box.setSizeAdjustPolicy(QComboBox.AdjustToMinimumContentsLengthWithIcon)
        self.standar_layout_combo_box.setMinimumContentsLength(16)

        self.standar_form_layout.setWidget(0, QFormLayout.ItemRole.FieldRole, self.standar_layout_combo_box)

        self.urutan_komponen_label = QLabel(self.standar_group_box)
        self.urutan_komponen_label.setObjectName(u"urutan_komponen_label")

        self.standar_form_layout.setWidget(1, QFormLayout.ItemRole.LabelRole, self.urutan_komponen_label)

        self.urutan_komponen_combo_box = QComboBox(self.standar_group_box)
        self.urutan_komponen_combo_box.setObjectName(u"urutan_komponen_combo_box")
        self.urutan_komponen_combo_box.setSizeAdjustPolicy(QComboBox.AdjustToMinimumContentsLengthWithIcon)
        self.urutan_komponen_combo_box.setMinimumContentsLength(16)

        self.standar_form_layout.setWidget(1, QFormLayout.ItemRole.FieldRole, self.urutan_komponen_combo_box)

        self.alur_standar_check_box = QCheckBox(self.standar_group_box)
        self.alur_standar_check_box.setObjectName(u"alur_standar_check_box")

        self.standar_form_layout.setWidget(2, QFormLayout.ItemRole.SpanningRole, self.alur_standar_check_box)


        self.left_column_layout.addWidget(self.standar_group_box)

        self.left_column_spacer = QSpacerItem(20, 0, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.left_column_layout.addItem(self.left_column_spacer)


        self.columns_layout.addLayout(self.left_column_layout)

        self.maklumat_group_box = QGroupBox(self.columns_widget)
        self.maklumat_group_box.setObjectName(u"maklumat_group_box")
        self.maklumat_layout = QVBoxLayout(self.maklumat_group_box)
        self.maklumat_layout.setSpacing(6)
        self.maklumat_layout.setObjectName(u"maklumat_layout")
        self.maklumat_label = QLabel(self.maklumat_group_box)
        self.maklumat_label.setObjectName(u"maklumat_label")

        self.maklumat_layout.addWidget(self.maklumat_label)

        self.maklumat_plain_text_edit = QPlainTextEdit(self.maklumat_group_box)
        self.maklumat_plain_text_edit.setObjectName(u"maklumat_plain_text_edit")
        self.maklumat_plain_text_edit.setMinimumSize(QSize(0, 120))
        self.maklumat_plain_text_edit.setTabChangesFocus(True)

        self.maklumat_layout.addWidget(self.maklumat_plain_text_edit)

        self.restore_layout = QHBoxLayout()
        self.restore_layout.setSpacing(10)
        self.restore_layout.setObjectName(u"restore_layout")
        self.restore_default_push_button = QPushButton(self.maklumat_group_box)
        self.restore_default_push_button.setObjectName(u"restore_default_push_button")
        self.restore_default_push_button.setAutoDefault(False)

        self.restore_layout.addWidget(self.restore_default_push_button)

        self.maklumat_problem_label = QLabel(self.maklumat_group_box)
        self.maklumat_problem_label.setObjectName(u"maklumat_problem_label")
        sizePolicy1 = QSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)
        sizePolicy1.setHorizontalStretch(1)
        sizePolicy1.setVerticalStretch(0)
        sizePolicy1.setHeightForWidth(self.maklumat_problem_label.sizePolicy().hasHeightForWidth())
        self.maklumat_problem_label.setSizePolicy(sizePolicy1)
        self.maklumat_problem_label.setWordWrap(True)
        self.maklumat_problem_label.setTextFormat(Qt.PlainText)
        self.maklumat_problem_label.setStyleSheet(u"color: #b3261e;")

        self.restore_layout.addWidget(self.maklumat_problem_label)


        self.maklumat_layout.addLayout(self.restore_layout)

        self.maklumat_note_label = QLabel(self.maklumat_group_box)
        self.maklumat_note_label.setObjectName(u"maklumat_note_label")
        self.maklumat_note_label.setWordWrap(True)
        self.maklumat_note_label.setTextFormat(Qt.PlainText)
        self.maklumat_note_label.setStyleSheet(u"background: palette(alternate-base); border: 1px solid palette(mid); border-radius: 4px; padding: 8px;")

        self.maklumat_layout.addWidget(self.maklumat_note_label)

        self.maklumat_elements_label = QLabel(self.maklumat_group_box)
        self.maklumat_elements_label.setObjectName(u"maklumat_elements_label")
        self.maklumat_elements_label.setVisible(False)
        self.maklumat_elements_label.setWordWrap(True)
        self.maklumat_elements_label.setTextFormat(Qt.PlainText)
        self.maklumat_elements_label.setStyleSheet(u"color: #7a4f01;")

        self.maklumat_layout.addWidget(self.maklumat_elements_label)

        self.maklumat_form_layout = QFormLayout()
        self.maklumat_form_layout.setObjectName(u"maklumat_form_layout")
        self.maklumat_form_layout.setFieldGrowthPolicy(QFormLayout.AllNonFixedFieldsGrow)
        self.maklumat_form_layout.setHorizontalSpacing(10)
        self.maklumat_form_layout.setContentsMargins(-1, 4, -1, -1)
        self.tanggal_maklumat_label = QLabel(self.maklumat_group_box)
        self.tanggal_maklumat_label.setObjectName(u"tanggal_maklumat_label")
        self.tanggal_maklumat_label.setAlignment(Qt.AlignLeading|Qt.AlignLeft|Qt.AlignTop)

        self.maklumat_form_layout.setWidget(0, QFormLayout.ItemRole.LabelRole, self.tanggal_maklumat_label)

        self.tanggal_maklumat_layout = QVBoxLayout()
        self.tanggal_maklumat_layout.setSpacing(4)
        self.tanggal_maklumat_layout.setObjectName(u"tanggal_maklumat_layout")
        self.maklumat_today_check_box = QCheckBox(self.maklumat_group_box)
        self.maklumat_today_check_box.setObjectName(u"maklumat_today_check_box")

        self.tanggal_maklumat_layout.addWidget(self.maklumat_today_check_box)

        self.tanggal_maklumat_date_edit = QDateEdit(self.maklumat_group_box)
        self.tanggal_maklumat_date_edit.setObjectName(u"tanggal_maklumat_date_edit")
        sizePolicy.setHeightForWidth(self.tanggal_maklumat_date_edit.sizePolicy().hasHeightForWidth())
        self.tanggal_maklumat_date_edit.setSizePolicy(sizePolicy)
        self.tanggal_maklumat_date_edit.setMinimumSize(QSize(180, 0))
        self.tanggal_maklumat_date_edit.setCalendarPopup(True)

        self.tanggal_maklumat_layout.addWidget(self.tanggal_maklumat_date_edit)


        self.maklumat_form_layout.setLayout(0, QFormLayout.ItemRole.FieldRole, self.tanggal_maklumat_layout)


        self.maklumat_layout.addLayout(self.maklumat_form_layout)


        self.columns_layout.addWidget(self.maklumat_group_box)

        self.columns_layout.setStretch(0, 5)
        self.columns_layout.setStretch(1, 6)
        self.columns_scroll_area.setWidget(self.columns_widget)

        self.dialog_layout.addWidget(self.columns_scroll_area)

        self.button_box = QDialogButtonBox(DocumentSettingsDialog)
        self.button_box.setObjectName(u"button_box")
        self.button_box.setStandardButtons(QDialogButtonBox.Cancel|QDialogButtonBox.Ok)

        self.dialog_layout.addWidget(self.button_box)

#if QT_CONFIG(shortcut)
        self.paper_label.setBuddy(self.paper_combo_box)
        self.margin_top_label.setBuddy(self.margin_top_spin_box)
        self.margin_right_label.setBuddy(self.margin_right_spin_box)
        self.margin_bottom_label.setBuddy(self.margin_bottom_spin_box)
        self.margin_left_label.setBuddy(self.margin_left_spin_box)
        self.font_size_label.setBuddy(self.font_size_spin_box)
        self.page_number_label.setBuddy(self.page_number_combo_box)
        self.versi_label.setBuddy(self.versi_line_edit)
        self.tanggal_rancangan_label.setBuddy(self.rancangan_today_check_box)
        self.nomor_label.setBuddy(self.nomor_line_edit)
        self.tanggal_penetapan_label.setBuddy(self.tanggal_penetapan_date_edit)
        self.standar_layout_label.setBuddy(self.standar_layout_combo_box)
        self.urutan_komponen_label.setBuddy(self.urutan_komponen_combo_box)
        self.maklumat_label.setBuddy(self.maklumat_plain_text_edit)
        self.tanggal_maklumat_label.setBuddy(self.maklumat_today_check_box)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.paper_combo_box, self.margin_top_spin_box)
        QWidget.setTabOrder(self.margin_top_spin_box, self.margin_right_spin_box)
        QWidget.setTabOrder(self.margin_right_spin_box, self.margin_bottom_spin_box)
        QWidget.setTabOrder(self.margin_bottom_spin_box, self.margin_left_spin_box)
        QWidget.setTabOrder(self.margin_left_spin_box, self.font_size_spin_box)
        QWidget.setTabOrder(self.font_size_spin_box, self.page_number_combo_box)
        QWidget.setTabOrder(self.page_number_combo_box, self.versi_line_edit)
        QWidget.setTabOrder(self.versi_line_edit, self.rancangan_today_check_box)
        QWidget.setTabOrder(self.rancangan_today_check_box, self.tanggal_rancangan_date_edit)
        QWidget.setTabOrder(self.tanggal_rancangan_date_edit, self.alur_rancangan_check_box)
        QWidget.setTabOrder(self.alur_rancangan_check_box, self.belum_ditetapkan_check_box)
        QWidget.setTabOrder(self.belum_ditetapkan_check_box, self.nomor_line_edit)
        QWidget.setTabOrder(self.nomor_line_edit, self.tanggal_penetapan_date_edit)
        QWidget.setTabOrder(self.tanggal_penetapan_date_edit, self.standar_layout_combo_box)
        QWidget.setTabOrder(self.standar_layout_combo_box, self.urutan_komponen_combo_box)
        QWidget.setTabOrder(self.urutan_komponen_combo_box, self.alur_standar_check_box)
        QWidget.setTabOrder(self.alur_standar_check_box, self.maklumat_plain_text_edit)
        QWidget.setTabOrder(self.maklumat_plain_text_edit, self.restore_default_push_button)
        QWidget.setTabOrder(self.restore_default_push_button, self.maklumat_today_check_box)
        QWidget.setTabOrder(self.maklumat_today_check_box, self.tanggal_maklumat_date_edit)
        QWidget.setTabOrder(self.tanggal_maklumat_date_edit, self.button_box)

        self.retranslateUi(DocumentSettingsDialog)
    # setupUi

    def retranslateUi(self, DocumentSettingsDialog):
        DocumentSettingsDialog.setWindowTitle(QCoreApplication.translate("DocumentSettingsDialog", u"Pengaturan Dokumen", None))
        self.paper_group_box.setTitle(QCoreApplication.translate("DocumentSettingsDialog", u"Kertas && tata letak", None))
        self.paper_label.setText(QCoreApplication.translate("DocumentSettingsDialog", u"Ukuran &kertas:", None))
        self.margin_label.setText(QCoreApplication.translate("DocumentSettingsDialog", u"Margin:", None))
        self.margin_top_label.setText(QCoreApplication.translate("DocumentSettingsDialog", u"&Atas", None))
#if QT_CONFIG(accessibility)
        self.margin_top_spin_box.setAccessibleName(QCoreApplication.translate("DocumentSettingsDialog", u"Margin atas", None))
#endif // QT_CONFIG(accessibility)
        self.margin_top_spin_box.setSuffix(QCoreApplication.translate("DocumentSettingsDialog", u" mm", None))
        self.margin_right_label.setText(QCoreApplication.translate("DocumentSettingsDialog", u"Ka&nan", None))
#if QT_CONFIG(accessibility)
        self.margin_right_spin_box.setAccessibleName(QCoreApplication.translate("DocumentSettingsDialog", u"Margin kanan", None))
#endif // QT_CONFIG(accessibility)
        self.margin_right_spin_box.setSuffix(QCoreApplication.translate("DocumentSettingsDialog", u" mm", None))
        self.margin_bottom_label.setText(QCoreApplication.translate("DocumentSettingsDialog", u"&Bawah", None))
#if QT_CONFIG(accessibility)
        self.margin_bottom_spin_box.setAccessibleName(QCoreApplication.translate("DocumentSettingsDialog", u"Margin bawah", None))
#endif // QT_CONFIG(accessibility)
        self.margin_bottom_spin_box.setSuffix(QCoreApplication.translate("DocumentSettingsDialog", u" mm", None))
        self.margin_left_label.setText(QCoreApplication.translate("DocumentSettingsDialog", u"K&iri", None))
#if QT_CONFIG(accessibility)
        self.margin_left_spin_box.setAccessibleName(QCoreApplication.translate("DocumentSettingsDialog", u"Margin kiri", None))
#endif // QT_CONFIG(accessibility)
        self.margin_left_spin_box.setSuffix(QCoreApplication.translate("DocumentSettingsDialog", u" mm", None))
        self.text_area_label.setText("")
        self.font_size_label.setText(QCoreApplication.translate("DocumentSettingsDialog", u"Ukuran &huruf isi:", None))
        self.font_size_spin_box.setSuffix(QCoreApplication.translate("DocumentSettingsDialog", u" pt", None))
        self.page_number_label.setText(QCoreApplication.translate("DocumentSettingsDialog", u"Nomor hala&man:", None))
#if QT_CONFIG(tooltip)
        self.page_number_combo_box.setToolTip(QCoreApplication.translate("DocumentSettingsDialog", u"Bentuk nomor halaman Rancangan dan Standar Pelayanan", None))
#endif // QT_CONFIG(tooltip)
        self.rancangan_group_box.setTitle(QCoreApplication.translate("DocumentSettingsDialog", u"Rancangan", None))
        self.versi_label.setText(QCoreApplication.translate("DocumentSettingsDialog", u"&Versi rancangan:", None))
        self.versi_line_edit.setPlaceholderText(QCoreApplication.translate("DocumentSettingsDialog", u"mis. 1, 2, atau 1.1", None))
        self.tanggal_rancangan_label.setText(QCoreApplication.translate("DocumentSettingsDialog", u"&Tanggal rancangan:", None))
        self.rancangan_today_check_box.setText(QCoreApplication.translate("DocumentSettingsDialog", u"Gunakan tanggal hari ini", None))
#if QT_CONFIG(accessibility)
        self.tanggal_rancangan_date_edit.setAccessibleName(QCoreApplication.translate("DocumentSettingsDialog", u"Tanggal rancangan", None))
#endif // QT_CONFIG(accessibility)
        self.tanggal_rancangan_date_edit.setDisplayFormat(QCoreApplication.translate("DocumentSettingsDialog", u"d MMMM yyyy", None))
        self.alur_rancangan_check_box.setText(QCoreApplication.translate("DocumentSettingsDialog", u"Se&rtakan alur pelayanan (bagan prosedur)", None))
#if QT_CONFIG(tooltip)
        self.alur_rancangan_check_box.setToolTip(QCoreApplication.translate("DocumentSettingsDialog", u"Bagan alur setiap layanan dicetak di bawah tabelnya dalam Rancangan", None))
#endif // QT_CONFIG(tooltip)
        self.penetapan_group_box.setTitle(QCoreApplication.translate("DocumentSettingsDialog", u"Penetapan (Keputusan Kepala)", None))
        self.belum_ditetapkan_check_box.setText(QCoreApplication.translate("DocumentSettingsDialog", u"Belum &ditetapkan", None))
        self.nomor_label.setText(QCoreApplication.translate("DocumentSettingsDialog", u"N&omor keputusan:", None))
        self.nomor_line_edit.setPlaceholderText(QCoreApplication.translate("DocumentSettingsDialog", u"mis. 188.4/55/DKPS/2018", None))
        self.tanggal_penetapan_label.setText(QCoreApplication.translate("DocumentSettingsDialog", u"Tan&ggal penetapan:", None))
#if QT_CONFIG(accessibility)
        self.tanggal_penetapan_date_edit.setAccessibleName(QCoreApplication.translate("DocumentSettingsDialog", u"Tanggal penetapan", None))
#endif // QT_CONFIG(accessibility)
        self.tanggal_penetapan_date_edit.setDisplayFormat(QCoreApplication.translate("DocumentSettingsDialog", u"d MMMM yyyy", None))
        self.penetapan_problem_label.setText("")
        self.standar_group_box.setTitle(QCoreApplication.translate("DocumentSettingsDialog", u"Tabel Standar Pelayanan", None))
        self.standar_layout_label.setText(QCoreApplication.translate("DocumentSettingsDialog", u"&Susunan tabel:", None))
        self.urutan_komponen_label.setText(QCoreApplication.translate("DocumentSettingsDialog", u"&Urutan komponen:", None))
        self.alur_standar_check_box.setText(QCoreApplication.translate("DocumentSettingsDialog", u"Sertakan alur &pelayanan (bagan prosedur)", None))
#if QT_CONFIG(tooltip)
        self.alur_standar_check_box.setToolTip(QCoreApplication.translate("DocumentSettingsDialog", u"Bagan alur setiap layanan dicetak di bawah tabelnya dalam Standar Pelayanan", None))
#endif // QT_CONFIG(tooltip)
        self.maklumat_group_box.setTitle(QCoreApplication.translate("DocumentSettingsDialog", u"Maklumat Pelayanan", None))
        self.maklumat_label.setText(QCoreApplication.translate("DocumentSettingsDialog", u"Teks &janji pelayanan:", None))
#if QT_CONFIG(accessibility)
        self.maklumat_plain_text_edit.setAccessibleName(QCoreApplication.translate("DocumentSettingsDialog", u"Teks maklumat pelayanan", None))
#endif // QT_CONFIG(accessibility)
        self.restore_default_push_button.setText(QCoreApplication.translate("DocumentSettingsDialog", u"K&embalikan ke teks baku", None))
        self.maklumat_problem_label.setText("")
        self.maklumat_note_label.setText(QCoreApplication.translate("DocumentSettingsDialog", u"Menurut peraturan, maklumat pelayanan memuat:\n"
"\u2022  janji dan kesanggupan melaksanakan pelayanan sesuai standar pelayanan;\n"
"\u2022  kewajiban melaksanakan pelayanan dan melakukan perbaikan secara terus-menerus;\n"
"\u2022  kesediaan menerima sanksi dan/atau memberikan kompensasi bila pelayanan tidak sesuai standar.", None))
        self.maklumat_elements_label.setText("")
        self.tanggal_maklumat_label.setText(QCoreApplication.translate("DocumentSettingsDialog", u"Tanggal mak&lumat:", None))
        self.maklumat_today_check_box.setText(QCoreApplication.translate("DocumentSettingsDialog", u"Ikuti tanggal penetapan (bila belum ada: hari ini)", None))
#if QT_CONFIG(accessibility)
        self.tanggal_maklumat_date_edit.setAccessibleName(QCoreApplication.translate("DocumentSettingsDialog", u"Tanggal maklumat", None))
#endif // QT_CONFIG(accessibility)
        self.tanggal_maklumat_date_edit.setDisplayFormat(QCoreApplication.translate("DocumentSettingsDialog", u"d MMMM yyyy", None))
    # retranslateUi
