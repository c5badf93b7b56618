# Generated from forms/member_form.ui by scripts/build_forms.py: do not edit.
# -*- coding: utf-8 -*-

################################################################################
##
##
################################################################################

from PySide6.QtCore import (QCoreApplication, QSize, Qt)
from PySide6.QtWidgets import (QComboBox, QFormLayout, QLabel,
    QLineEdit, QSizePolicy)

from sp_desktop.ui.widgets.wrapping_label import WrappingLabel

class Ui_MemberForm(object):
    def setupUi(self, MemberForm):
        if not MemberForm.objectName():
            MemberForm.setObjectName(u"MemberForm")
        MemberForm.resize(460, 200)
        self.form_layout = QFormLayout(MemberForm)
        self.form_layout.setObjectName(u"form_layout")
        self.form_layout.setFieldGrowthPolicy(QFormLayout.AllNonFixedFieldsGrow)
        self.form_layout.setContentsMargins(0, 0, 0, 0)
        self.nama_label = QLabel(MemberForm)
        self.nama_label.setObjectName(u"nama_label")

        self.form_layout.setWidget(0, QFormLayout.ItemRole.LabelRole, self.nama_label)

        self.nama_line_edit = QLineEdit(MemberForm)
        self.nama_line_edit.setObjectName(u"nama_line_edit")
        self.nama_line_edit.setMinimumSize(QSize(300, 0))

        self.form_layout.setWidget(0, QFormLayout.ItemRole.FieldRole, self.nama_line_edit)

        self.nip_label = QLabel(MemberForm)
        self.nip_label.setObjectName(u"nip_label")

        self.form_layout.setWidget(1, QFormLayout.ItemRole.LabelRole, self.nip_label)

        self.nip_line_edit = QLineEdit(MemberForm)
        self.nip_line_edit.setObjectName(u"nip_line_edit")
        self.nip_line_edit.setMaxLength(40)

        self.form_layout.setWidget(1, QFormLayout.ItemRole.FieldRole, self.nip_line_edit)

        self.nip_feedback_label = WrappingLabel(MemberForm)
        self.nip_feedback_label.setObjectName(u"nip_feedback_label")
        self.nip_feedback_label.setAlignment(Qt.AlignLeading|Qt.AlignLeft|Qt.AlignTop)
        self.nip_feedback_label.setWordWrap(True)

        self.form_layout.setWidget(2, QFormLayout.ItemRole.FieldRole, self.nip_feedback_label)

        self.jabatan_label = QLabel(MemberForm)
        self.jabatan_label.setObjectName(u"jabatan_label")

        self.form_layout.setWidget(3, QFormLayout.ItemRole.LabelRole, self.jabatan_label)

        self.jabatan_line_edit = QLineEdit(MemberForm)
        self.jabatan_line_edit.setObjectName(u"jabatan_line_edit")

        self.form_layout.setWidget(3, QFormLayout.ItemRole.FieldRole, self.jabatan_line_edit)

        self.peran_label = QLabel(MemberForm)
        self.peran_label.setObjectName(u"peran_label")

        self.form_layout.setWidget(4, QFormLayout.ItemRole.LabelRole, self.peran_label)

        self.peran_combo_box = QComboBox(MemberForm)
        self.peran_combo_box.setObjectName(u"peran_combo_box")
        sizePolicy = QSizePolicy(QSizePolicy.Policy.Fixed, QSizePolicy.Policy.Fixed)
        sizePolicy.setHorizontalStretch(0)
        sizePolicy.setVerticalStretch(0)
        sizePolicy.setHeightForWidth(self.peran_combo_box.sizePolicy().hasHeightForWidth())
        self.peran_combo_box.setSizePolicy(sizePolicy)
        self.peran_combo_box.setMinimumSize(QSize(160, 0))

        self.form_layout.setWidget(4, QFormLayout.ItemRole.FieldRole, self.peran_combo_box)

#if QT_CONFIG(shortcut)
        self.nama_label.setBuddy(self.nama_line_edit)
        self.nip_label.setBuddy(self.nip_line_edit)
        self.jabatan_label.setBuddy(self.jabatan_line_edit)
        self.peran_label.setBuddy(self.peran_combo_box)
#endif // QT_CONFIG(shortcut)

        self.retranslateUi(MemberForm)
    # setupUi

    def retranslateUi(self, MemberForm):
        self.nama_label.setText(QCoreApplication.translate("MemberForm", u"&Nama", None))
        self.nama_line_edit.setPlaceholderText(QCoreApplication.translate("MemberForm", u"Nama lengkap dengan gelar", None))
        self.nip_label.setText(QCoreApplication.translate("MemberForm", u"N&IP", None))
        self.nip_line_edit.setPlaceholderText(QCoreApplication.translate("MemberForm", u"Boleh kosong bila bukan PNS", None))
        self.nip_feedback_label.setText("")
        self.jabatan_label.setText(QCoreApplication.translate("MemberForm", u"&Jabatan", None))
        self.jabatan_line_edit.setPlaceholderText(QCoreApplication.translate("MemberForm", u"mis. Sekretaris Dinas", None))
        self.peran_label.setText(QCoreApplication.translate("MemberForm", u"&Peran dalam tim", None))
        pass
    # retranslateUi
