# Generated from forms/prosedur_page.ui by scripts/build_forms.py: do not edit.
# -*- coding: utf-8 -*-

################################################################################
##
##
################################################################################

from PySide6.QtCore import (QCoreApplication, Qt)
from PySide6.QtWidgets import (QFormLayout, QGroupBox, QLabel,
    QSizePolicy, QVBoxLayout)

from sp_desktop.ui.widgets.editable_list import EditableListWidget

class Ui_ProsedurPage(object):
    def setupUi(self, ProsedurPage):
        if not ProsedurPage.objectName():
            ProsedurPage.setObjectName(u"ProsedurPage")
        ProsedurPage.resize(680, 560)
        self.page_layout = QVBoxLayout(ProsedurPage)
        self.page_layout.setSpacing(10)
        self.page_layout.setObjectName(u"page_layout")
        self.page_layout.setContentsMargins(0, 0, 0, 0)
        self.hint_label = QLabel(ProsedurPage)
        self.hint_label.setObjectName(u"hint_label")
        self.hint_label.setWordWrap(True)

        self.page_layout.addWidget(self.hint_label)

        self.steps_list_widget = EditableListWidget(ProsedurPage)
        self.steps_list_widget.setObjectName(u"steps_list_widget")
        sizePolicy = QSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Expanding)
        sizePolicy.setHorizontalStretch(0)
        sizePolicy.setVerticalStretch(1)
        sizePolicy.setHeightForWidth(self.steps_list_widget.sizePolicy().hasHeightForWidth())
        self.steps_list_widget.setSizePolicy(sizePolicy)

        self.page_layout.addWidget(self.steps_list_widget)

        self.totals_group_box = QGroupBox(ProsedurPage)
        self.totals_group_box.setObjectName(u"totals_group_box")
        self.totals_layout = QFormLayout(self.totals_group_box)
        self.totals_layout.setObjectName(u"totals_layout")
        self.totals_layout.setLabelAlignment(Qt.AlignRight|Qt.AlignVCenter)
        self.total_time_label = QLabel(self.totals_group_box)
        self.total_time_label.setObjectName(u"total_time_label")

        self.totals_layout.setWidget(0, QFormLayout.ItemRole.LabelRole, self.total_time_label)

        self.total_time_value_label = QLabel(self.totals_group_box)
        self.total_time_value_label.setObjectName(u"total_time_value_label")
        self.total_time_value_label.setTextInteractionFlags(Qt.TextSelectableByMouse)
        self.total_time_value_label.setWordWrap(True)

        self.totals_layout.setWidget(0, QFormLayout.ItemRole.FieldRole, self.total_time_value_label)

        self.total_fee_label = QLabel(self.totals_group_box)
        self.total_fee_label.setObjectName(u"total_fee_label")

        self.totals_layout.setWidget(1, QFormLayout.ItemRole.LabelRole, self.total_fee_label)

        self.total_fee_value_label = QLabel(self.totals_group_box)
        self.total_fee_value_label.setObjectName(u"total_fee_value_label")
        self.total_fee_value_label.setTextInteractionFlags(Qt.TextSelectableByMouse)
        self.total_fee_value_label.setWordWrap(True)

        self.totals_layout.setWidget(1, QFormLayout.ItemRole.FieldRole, self.total_fee_value_label)

        self.total_unit_cost_label = QLabel(self.totals_group_box)
        self.total_unit_cost_label.setObjectName(u"total_unit_cost_label")

        self.totals_layout.setWidget(2, QFormLayout.ItemRole.LabelRole, self.total_unit_cost_label)

        self.total_unit_cost_value_label = QLabel(self.totals_group_box)
        self.total_unit_cost_value_label.setObjectName(u"total_unit_cost_value_label")
        self.total_unit_cost_value_label.setTextInteractionFlags(Qt.TextSelectableByMouse)
        self.total_unit_cost_value_label.setWordWrap(True)

        self.totals_layout.setWidget(2, QFormLayout.ItemRole.FieldRole, self.total_unit_cost_value_label)


        self.page_layout.addWidget(self.totals_group_box)


        self.retranslateUi(ProsedurPage)
    # setupUi

    def retranslateUi(self, ProsedurPage):
        self.hint_label.setText(QCoreApplication.translate("ProsedurPage", u"Urutan langkah dari pemohon datang sampai produk diterima. Isi pelaksana, lama waktu, biaya yang dibayar pemohon dan yang ditanggung unit, serta keluaran setiap langkah; jumlahnya dihitung di bawah.", None))
        self.totals_group_box.setTitle(QCoreApplication.translate("ProsedurPage", u"Jumlah seluruh langkah", None))
        self.total_time_label.setText(QCoreApplication.translate("ProsedurPage", u"Waktu:", None))
        self.total_fee_label.setText(QCoreApplication.translate("ProsedurPage", u"Biaya pemohon:", None))
        self.total_unit_cost_label.setText(QCoreApplication.translate("ProsedurPage", u"Ditanggung unit:", None))
        pass
    # retranslateUi
