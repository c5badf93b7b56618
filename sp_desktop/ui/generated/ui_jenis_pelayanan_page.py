# Generated from forms/jenis_pelayanan_page.ui by scripts/build_forms.py: do not edit.
# -*- coding: utf-8 -*-

################################################################################
##
##
################################################################################

from PySide6.QtCore import (QCoreApplication, Qt)
from PySide6.QtWidgets import (QComboBox, QFormLayout, QLabel,
    QLineEdit, QSizePolicy, QSpacerItem, QVBoxLayout)

class Ui_JenisPelayananPage(object):
    def setupUi(self, JenisPelayananPage):
        if not JenisPelayananPage.objectName():
            JenisPelayananPage.setObjectName(u"JenisPelayananPage")
        JenisPelayananPage.resize(680, 560)
        self.page_layout = QVBoxLayout(JenisPelayananPage)
        self.page_layout.setSpacing(10)
        self.page_layout.setObjectName(u"page_layout")
        self.page_layout.setContentsMargins(0, 0, 0, 0)
        self.hint_label = QLabel(JenisPelayananPage)
        self.hint_label.setObjectName(u"hint_label")
        self.hint_label.setWordWrap(True)

        self.page_layout.addWidget(self.hint_label)

        self.form_layout = QFormLayout()
        self.form_layout.setObjectName(u"form_layout")
        self.form_layout.setLabelAlignment(Qt.AlignRight|Qt.AlignVCenter)
        self.form_layout.setFieldGrowthPolicy(QFormLayout.ExpandingFieldsGrow)
        self.name_label = QLabel(JenisPelayananPage)
        self.name_label.setObjectName(u"name_label")

        self.form_layout.setWidget(0, QFormLayout.ItemRole.LabelRole, self.name_label)

        self.name_line_edit = QLineEdit(JenisPelayananPage)
        self.name_line_edit.setObjectName(u"name_line_edit")

        self.form_layout.setWidget(0, QFormLayout.ItemRole.FieldRole, self.name_line_edit)

        self.klasifikasi_label = QLabel(JenisPelayananPage)
        self.klasifikasi_label.setObjectName(u"klasifikasi_label")

        self.form_layout.setWidget(1, QFormLayout.ItemRole.LabelRole, self.klasifikasi_label)

        self.klasifikasi_combo_box = QComboBox(JenisPelayananPage)
        self.klasifikasi_combo_box.setObjectName(u"klasifikasi_combo_box")
        sizePolicy = QSizePolicy(QSizePolicy.Policy.Maximum, QSizePolicy.Policy.Fixed)
        sizePolicy.setHorizontalStretch(0)
        sizePolicy.setVerticalStretch(0)
        sizePolicy.setHeightForWidth(self.klasifikasi_combo_box.sizePolicy().hasHeightForWidth())
        self.klasifikasi_combo_box.setSizePolicy(sizePolicy)

        self.form_layout.setWidget(1, QFormLayout.ItemRole.FieldRole, self.klasifikasi_combo_box)


        self.page_layout.addLayout(self.form_layout)

        self.page_spacer = QSpacerItem(20, 20, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.page_layout.addItem(self.page_spacer)

#if QT_CONFIG(shortcut)
        self.name_label.setBuddy(self.name_line_edit)
        self.klasifikasi_label.setBuddy(self.klasifikasi_combo_box)
#endif // QT_CONFIG(shortcut)

        self.retranslateUi(JenisPelayananPage)
    # setupUi

    def retranslateUi(self, JenisPelayananPage):
        self.hint_label.setText(QCoreApplication.translate("JenisPelayananPage", u"Nama jenis pelayanan sebagaimana akan tercantum dalam standar pelayanan, dan golongannya menurut Perwali (pelayanan barang, jasa, atau administratif).", None))
        self.name_label.setText(QCoreApplication.translate("JenisPelayananPage", u"&Nama jenis pelayanan:", None))
        self.name_line_edit.setPlaceholderText(QCoreApplication.translate("JenisPelayananPage", u"mis. Penerbitan Akta Kelahiran", None))
        self.klasifikasi_label.setText(QCoreApplication.translate("JenisPelayananPage", u"&Klasifikasi:", None))
        pass
    # retranslateUi
