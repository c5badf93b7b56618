# Generated from forms/member_dialog.ui by scripts/build_forms.py: do not edit.
# -*- coding: utf-8 -*-

################################################################################
##
##
################################################################################

from PySide6.QtCore import (QCoreApplication)
from PySide6.QtWidgets import (QDialogButtonBox,
    QSizePolicy, QSpacerItem, QVBoxLayout)

from sp_desktop.ui.widgets.member_form import MemberFormWidget

class Ui_MemberDialog(object):
    def setupUi(self, MemberDialog):
        if not MemberDialog.objectName():
            MemberDialog.setObjectName(u"MemberDialog")
        MemberDialog.resize(520, 260)
        MemberDialog.setModal(True)
        self.dialog_layout = QVBoxLayout(MemberDialog)
        self.dialog_layout.setSpacing(12)
        self.dialog_layout.setObjectName(u"dialog_layout")
        self.member_form_widget = MemberFormWidget(MemberDialog)
        self.member_form_widget.setObjectName(u"member_form_widget")

        self.dialog_layout.addWidget(self.member_form_widget)

        self.dialog_spacer = QSpacerItem(20, 0, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.dialog_layout.addItem(self.dialog_spacer)

        self.button_box = QDialogButtonBox(MemberDialog)
        self.button_box.setObjectName(u"button_box")
        self.button_box.setStandardButtons(QDialogButtonBox.Cancel|QDialogButtonBox.Ok)

        self.dialog_layout.addWidget(self.button_box)


        self.retranslateUi(MemberDialog)
    # setupUi

    def retranslateUi(self, MemberDialog):
        MemberDialog.setWindowTitle(QCoreApplication.translate("MemberDialog", u"Anggota tim", None))
    # retranslateUi
