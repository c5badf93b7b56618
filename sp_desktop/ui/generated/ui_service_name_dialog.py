# Generated from forms/service_name_dialog.ui by scripts/build_forms.py: do not edit.
# -*- coding: utf-8 -*-

################################################################################
##
##
################################################################################

from PySide6.QtCore import (QCoreApplication, QSize)
from PySide6.QtWidgets import (QComboBox, QDialogButtonBox, QFormLayout, QLabel, QLineEdit,
    QSizePolicy, QSpacerItem, QVBoxLayout)

class Ui_ServiceNameDialog(object):
    def setupUi(self, ServiceNameDialog):
        if not ServiceNameDialog.objectName():
            ServiceNameDialog.setObjectName(u"ServiceNameDialog")
        ServiceNameDialog.resize(520, 180)
        ServiceNameDialog.setModal(True)
        self.dialog_layout = QVBoxLayout(ServiceNameDialog)
        self.dialog_layout.setSpacing(10)
        self.dialog_layout.setObjectName(u"dialog_layout")
        self.form_layout = QFormLayout()
        self.form_layout.setObjectName(u"form_layout")
        self.form_layout.setFieldGrowthPolicy(QFormLayout.AllNonFixedFieldsGrow)
        self.name_label = QLabel(ServiceNameDialog)
        self.name_label.setObjectName(u"name_label")

        self.form_layout.setWidget(0, QFormLayout.ItemRole.LabelRole, self.name_label)

        self.name_line_edit = QLineEdit(ServiceNameDialog)
        self.name_line_edit.setObjectName(u"name_line_edit")
        self.name_line_edit.setMinimumSize(QSize(340, 0))

        self.form_layout.setWidget(0, QFormLayout.ItemRole.FieldRole, self.name_line_edit)

        self.klasifikasi_label = QLabel(ServiceNameDialog)
        self.klasifikasi_label.setObjectName(u"klasifikasi_label")

        self.form_layout.setWidget(1, QFormLayout.ItemRole.LabelRole, self.klasifikasi_label)

        self.klasifikasi_combo_box = QComboBox(ServiceNameDialog)
        self.klasifikasi_combo_box.setObjectName(u"klasifikasi_combo_box")

        self.form_layout.setWidget(1, QFormLayout.ItemRole.FieldRole, self.klasifikasi_combo_box)


        self.dialog_layout.addLayout(self.form_layout)

        self.dialog_spacer = QSpacerItem(20, 0, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.dialog_layout.addItem(self.dialog_spacer)

        self.button_box = QDialogButtonBox(ServiceNameDialog)
        self.button_box.setObjectName(u"button_box")
        self.button_box.setStandardButtons(QDialogButtonBox.Cancel|QDialogButtonBox.Ok)

        self.dialog_layout.addWidget(self.button_box)

#if QT_CONFIG(shortcut)
        self.name_label.setBuddy(self.name_line_edit)
        self.klasifikasi_label.setBuddy(self.klasifikasi_combo_box)
#endif // QT_CONFIG(shortcut)

        self.retranslateUi(ServiceNameDialog)
    # setupUi

    def retranslateUi(self, ServiceNameDialog):
        ServiceNameDialog.setWindowTitle(QCoreApplication.translate("ServiceNameDialog", u"Jenis pelayanan", None))
        self.name_label.setText(QCoreApplication.translate("ServiceNameDialog", u"&Jenis pelayanan", None))
        self.name_line_edit.setPlaceholderText(QCoreApplication.translate("ServiceNameDialog", u"mis. Penerbitan Akta Kelahiran", None))
        self.klasifikasi_label.setText(QCoreApplication.translate("ServiceNameDialog", u"&Klasifikasi", None))
    # retranslateUi
