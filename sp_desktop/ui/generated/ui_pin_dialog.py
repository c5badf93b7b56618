# Generated from forms/pin_dialog.ui by scripts/build_forms.py: do not edit.
# -*- coding: utf-8 -*-

################################################################################
##
##
################################################################################

from PySide6.QtCore import (QCoreApplication, Qt)
from PySide6.QtWidgets import (QDialogButtonBox,
    QFormLayout, QLabel, QLineEdit, QSizePolicy,
    QSpacerItem, QVBoxLayout)

class Ui_PinDialog(object):
    def setupUi(self, PinDialog):
        if not PinDialog.objectName():
            PinDialog.setObjectName(u"PinDialog")
        PinDialog.resize(480, 300)
        PinDialog.setModal(True)
        self.dialog_layout = QVBoxLayout(PinDialog)
        self.dialog_layout.setSpacing(10)
        self.dialog_layout.setObjectName(u"dialog_layout")
        self.intro_label = QLabel(PinDialog)
        self.intro_label.setObjectName(u"intro_label")
        self.intro_label.setWordWrap(True)

        self.dialog_layout.addWidget(self.intro_label)

        self.form_layout = QFormLayout()
        self.form_layout.setObjectName(u"form_layout")
        self.form_layout.setFieldGrowthPolicy(QFormLayout.AllNonFixedFieldsGrow)
        self.current_pin_label = QLabel(PinDialog)
        self.current_pin_label.setObjectName(u"current_pin_label")

        self.form_layout.setWidget(0, QFormLayout.ItemRole.LabelRole, self.current_pin_label)

        self.current_pin_line_edit = QLineEdit(PinDialog)
        self.current_pin_line_edit.setObjectName(u"current_pin_line_edit")
        self.current_pin_line_edit.setMaxLength(8)
        self.current_pin_line_edit.setEchoMode(QLineEdit.Password)
        self.current_pin_line_edit.setInputMethodHints(Qt.ImhDigitsOnly)

        self.form_layout.setWidget(0, QFormLayout.ItemRole.FieldRole, self.current_pin_line_edit)

        self.new_pin_label = QLabel(PinDialog)
        self.new_pin_label.setObjectName(u"new_pin_label")

        self.form_layout.setWidget(1, QFormLayout.ItemRole.LabelRole, self.new_pin_label)

        self.new_pin_line_edit = QLineEdit(PinDialog)
        self.new_pin_line_edit.setObjectName(u"new_pin_line_edit")
        self.new_pin_line_edit.setMaxLength(8)
        self.new_pin_line_edit.setEchoMode(QLineEdit.Password)
        self.new_pin_line_edit.setInputMethodHints(Qt.ImhDigitsOnly)

        self.form_layout.setWidget(1, QFormLayout.ItemRole.FieldRole, self.new_pin_line_edit)

        self.repeat_pin_label = QLabel(PinDialog)
        self.repeat_pin_label.setObjectName(u"repeat_pin_label")

        self.form_layout.setWidget(2, QFormLayout.ItemRole.LabelRole, self.repeat_pin_label)

        self.repeat_pin_line_edit = QLineEdit(PinDialog)
        self.repeat_pin_line_edit.setObjectName(u"repeat_pin_line_edit")
        self.repeat_pin_line_edit.setMaxLength(8)
        self.repeat_pin_line_edit.setEchoMode(QLineEdit.Password)
        self.repeat_pin_line_edit.setInputMethodHints(Qt.ImhDigitsOnly)

        self.form_layout.setWidget(2, QFormLayout.ItemRole.FieldRole, self.repeat_pin_line_edit)


        self.dialog_layout.addLayout(self.form_layout)

        self.error_label = QLabel(PinDialog)
        self.error_label.setObjectName(u"error_label")
        self.error_label.setStyleSheet(u"color: #a12a1f;")
        self.error_label.setWordWrap(True)

        self.dialog_layout.addWidget(self.error_label)

        self.help_label = QLabel(PinDialog)
        self.help_label.setObjectName(u"help_label")
        self.help_label.setStyleSheet(u"color: #555555;")
        self.help_label.setWordWrap(True)

        self.dialog_layout.addWidget(self.help_label)

        self.dialog_spacer = QSpacerItem(20, 0, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.dialog_layout.addItem(self.dialog_spacer)

        self.button_box = QDialogButtonBox(PinDialog)
        self.button_box.setObjectName(u"button_box")
        self.button_box.setStandardButtons(QDialogButtonBox.Cancel|QDialogButtonBox.Ok)

        self.dialog_layout.addWidget(self.button_box)

#if QT_CONFIG(shortcut)
        self.current_pin_label.setBuddy(self.current_pin_line_edit)
        self.new_pin_label.setBuddy(self.new_pin_line_edit)
        self.repeat_pin_label.setBuddy(self.repeat_pin_line_edit)
#endif // QT_CONFIG(shortcut)

        self.retranslateUi(PinDialog)
    # setupUi

    def retranslateUi(self, PinDialog):
        PinDialog.setWindowTitle(QCoreApplication.translate("PinDialog", u"PIN", None))
        self.intro_label.setText("")
        self.current_pin_label.setText(QCoreApplication.translate("PinDialog", u"PIN &sekarang", None))
#if QT_CONFIG(accessibility)
        self.current_pin_line_edit.setAccessibleName(QCoreApplication.translate("PinDialog", u"PIN sekarang", None))
#endif // QT_CONFIG(accessibility)
        self.new_pin_label.setText(QCoreApplication.translate("PinDialog", u"PIN &baru", None))
#if QT_CONFIG(accessibility)
        self.new_pin_line_edit.setAccessibleName(QCoreApplication.translate("PinDialog", u"PIN baru", None))
#endif // QT_CONFIG(accessibility)
        self.new_pin_line_edit.setPlaceholderText(QCoreApplication.translate("PinDialog", u"4 sampai 8 angka", None))
        self.repeat_pin_label.setText(QCoreApplication.translate("PinDialog", u"&Ulangi PIN baru", None))
#if QT_CONFIG(accessibility)
        self.repeat_pin_line_edit.setAccessibleName(QCoreApplication.translate("PinDialog", u"Ulangi PIN baru", None))
#endif // QT_CONFIG(accessibility)
        self.error_label.setText("")
        self.help_label.setText("")
    # retranslateUi
