# Generated from forms/biaya_page.ui by scripts/build_forms.py: do not edit.
# -*- coding: utf-8 -*-

################################################################################
##
##
################################################################################

from PySide6.QtCore import (QCoreApplication, QSize, Qt)
from PySide6.QtWidgets import (QFormLayout, QHBoxLayout, QLabel,
    QLineEdit, QRadioButton, QSizePolicy, QSpacerItem,
    QSpinBox, QVBoxLayout, QWidget)

class Ui_BiayaPage(object):
    def setupUi(self, BiayaPage):
        if not BiayaPage.objectName():
            BiayaPage.setObjectName(u"BiayaPage")
        BiayaPage.resize(680, 560)
        self.page_layout = QVBoxLayout(BiayaPage)
        self.page_layout.setSpacing(10)
        self.page_layout.setObjectName(u"page_layout")
        self.page_layout.setContentsMargins(0, 0, 0, 0)
        self.hint_label = QLabel(BiayaPage)
        self.hint_label.setObjectName(u"hint_label")
        self.hint_label.setWordWrap(True)

        self.page_layout.addWidget(self.hint_label)

        self.derived_radio_button = QRadioButton(BiayaPage)
        self.derived_radio_button.setObjectName(u"derived_radio_button")

        self.page_layout.addWidget(self.derived_radio_button, 0, Qt.AlignLeft)

        self.derived_value_label = QLabel(BiayaPage)
        self.derived_value_label.setObjectName(u"derived_value_label")
        self.derived_value_label.setWordWrap(True)
        self.derived_value_label.setIndent(24)
        self.derived_value_label.setTextInteractionFlags(Qt.TextSelectableByMouse)

        self.page_layout.addWidget(self.derived_value_label)

        self.stated_radio_button = QRadioButton(BiayaPage)
        self.stated_radio_button.setObjectName(u"stated_radio_button")

        self.page_layout.addWidget(self.stated_radio_button, 0, Qt.AlignLeft)

        self.stated_widget = QWidget(BiayaPage)
        self.stated_widget.setObjectName(u"stated_widget")
        self.stated_layout = QFormLayout(self.stated_widget)
        self.stated_layout.setObjectName(u"stated_layout")
        self.stated_layout.setLabelAlignment(Qt.AlignRight|Qt.AlignVCenter)
        self.stated_layout.setFieldGrowthPolicy(QFormLayout.ExpandingFieldsGrow)
        self.stated_layout.setContentsMargins(24, 0, 0, 0)
        self.tarif_label = QLabel(self.stated_widget)
        self.tarif_label.setObjectName(u"tarif_label")

        self.stated_layout.setWidget(0, QFormLayout.ItemRole.LabelRole, self.tarif_label)

        self.tarif_layout = QHBoxLayout()
        self.tarif_layout.setObjectName(u"tarif_layout")
        self.tarif_spin_box = QSpinBox(self.stated_widget)
        self.tarif_spin_box.setObjectName(u"tarif_spin_box")
        self.tarif_spin_box.setMinimumSize(QSize(160, 0))
        self.tarif_spin_box.setAlignment(Qt.AlignRight|Qt.AlignVCenter)
        self.tarif_spin_box.setMaximum(2000000000)
        self.tarif_spin_box.setProperty(u"showGroupSeparator", True)

        self.tarif_layout.addWidget(self.tarif_spin_box)

        self.tarif_words_label = QLabel(self.stated_widget)
        self.tarif_words_label.setObjectName(u"tarif_words_label")
        self.tarif_words_label.setWordWrap(True)
        sizePolicy = QSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)
        sizePolicy.setHorizontalStretch(1)
        sizePolicy.setVerticalStretch(0)
        sizePolicy.setHeightForWidth(self.tarif_words_label.sizePolicy().hasHeightForWidth())
        self.tarif_words_label.setSizePolicy(sizePolicy)

        self.tarif_layout.addWidget(self.tarif_words_label)


        self.stated_layout.setLayout(0, QFormLayout.ItemRole.FieldRole, self.tarif_layout)

        self.uraian_label = QLabel(self.stated_widget)
        self.uraian_label.setObjectName(u"uraian_label")

        self.stated_layout.setWidget(1, QFormLayout.ItemRole.LabelRole, self.uraian_label)

        self.uraian_line_edit = QLineEdit(self.stated_widget)
        self.uraian_line_edit.setObjectName(u"uraian_line_edit")

        self.stated_layout.setWidget(1, QFormLayout.ItemRole.FieldRole, self.uraian_line_edit)

        self.uraian_problem_label = QLabel(self.stated_widget)
        self.uraian_problem_label.setObjectName(u"uraian_problem_label")
        self.uraian_problem_label.setWordWrap(True)
        self.uraian_problem_label.setStyleSheet(u"color: #b3261e;")

        self.stated_layout.setWidget(2, QFormLayout.ItemRole.FieldRole, self.uraian_problem_label)

        self.dasar_label = QLabel(self.stated_widget)
        self.dasar_label.setObjectName(u"dasar_label")

        self.stated_layout.setWidget(3, QFormLayout.ItemRole.LabelRole, self.dasar_label)

        self.dasar_line_edit = QLineEdit(self.stated_widget)
        self.dasar_line_edit.setObjectName(u"dasar_line_edit")

        self.stated_layout.setWidget(3, QFormLayout.ItemRole.FieldRole, self.dasar_line_edit)

        self.beban_unit_label = QLabel(self.stated_widget)
        self.beban_unit_label.setObjectName(u"beban_unit_label")

        self.stated_layout.setWidget(4, QFormLayout.ItemRole.LabelRole, self.beban_unit_label)

        self.beban_unit_spin_box = QSpinBox(self.stated_widget)
        self.beban_unit_spin_box.setObjectName(u"beban_unit_spin_box")
        self.beban_unit_spin_box.setMinimumSize(QSize(160, 0))
        sizePolicy1 = QSizePolicy(QSizePolicy.Policy.Maximum, QSizePolicy.Policy.Fixed)
        sizePolicy1.setHorizontalStretch(0)
        sizePolicy1.setVerticalStretch(0)
        sizePolicy1.setHeightForWidth(self.beban_unit_spin_box.sizePolicy().hasHeightForWidth())
        self.beban_unit_spin_box.setSizePolicy(sizePolicy1)
        self.beban_unit_spin_box.setAlignment(Qt.AlignRight|Qt.AlignVCenter)
        self.beban_unit_spin_box.setMaximum(2000000000)
        self.beban_unit_spin_box.setProperty(u"showGroupSeparator", True)

        self.stated_layout.setWidget(4, QFormLayout.ItemRole.FieldRole, self.beban_unit_spin_box)


        self.page_layout.addWidget(self.stated_widget)

        self.effective_layout = QHBoxLayout()
        self.effective_layout.setObjectName(u"effective_layout")
        self.effective_label = QLabel(BiayaPage)
        self.effective_label.setObjectName(u"effective_label")
        self.effective_label.setAlignment(Qt.AlignLeading|Qt.AlignLeft|Qt.AlignTop)

        self.effective_layout.addWidget(self.effective_label)

        self.effective_value_label = QLabel(BiayaPage)
        self.effective_value_label.setObjectName(u"effective_value_label")
        self.effective_value_label.setWordWrap(True)
        sizePolicy.setHeightForWidth(self.effective_value_label.sizePolicy().hasHeightForWidth())
        self.effective_value_label.setSizePolicy(sizePolicy)

        self.effective_layout.addWidget(self.effective_value_label)


        self.page_layout.addLayout(self.effective_layout)

        self.page_spacer = QSpacerItem(20, 20, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.page_layout.addItem(self.page_spacer)

#if QT_CONFIG(shortcut)
        self.tarif_label.setBuddy(self.tarif_spin_box)
        self.uraian_label.setBuddy(self.uraian_line_edit)
        self.dasar_label.setBuddy(self.dasar_line_edit)
        self.beban_unit_label.setBuddy(self.beban_unit_spin_box)
#endif // QT_CONFIG(shortcut)

        self.retranslateUi(BiayaPage)
    # setupUi

    def retranslateUi(self, BiayaPage):
        self.hint_label.setText(QCoreApplication.translate("BiayaPage", u"Ongkos yang dibayar pemohon. Bisa dihitung dari biaya setiap langkah prosedur, atau dinyatakan sebagai tarif beserta dasar penetapannya. Bila gratis, standar harus menyebutkannya dengan kata-kata.", None))
        self.derived_radio_button.setText(QCoreApplication.translate("BiayaPage", u"&Hitung dari langkah prosedur", None))
        self.stated_radio_button.setText(QCoreApplication.translate("BiayaPage", u"&Nyatakan tarif", None))
        self.tarif_label.setText(QCoreApplication.translate("BiayaPage", u"&Tarif:", None))
        self.tarif_spin_box.setPrefix(QCoreApplication.translate("BiayaPage", u"Rp", None))
        self.uraian_label.setText(QCoreApplication.translate("BiayaPage", u"U&raian:", None))
        self.uraian_line_edit.setPlaceholderText(QCoreApplication.translate("BiayaPage", u"mis. Tidak dipungut biaya, atau rincian tarif", None))
        self.dasar_label.setText(QCoreApplication.translate("BiayaPage", u"Dasar pen&etapan:", None))
        self.dasar_line_edit.setPlaceholderText(QCoreApplication.translate("BiayaPage", u"mis. Pasal 79A Undang-Undang Nomor 24 Tahun 2013", None))
        self.beban_unit_label.setText(QCoreApplication.translate("BiayaPage", u"Ditanggung un&it:", None))
        self.beban_unit_spin_box.setPrefix(QCoreApplication.translate("BiayaPage", u"Rp", None))
        self.effective_label.setText(QCoreApplication.translate("BiayaPage", u"Yang dicantumkan dalam standar:", None))
        pass
    # retranslateUi
