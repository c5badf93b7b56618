# Generated from forms/waktu_penyelesaian_page.ui by scripts/build_forms.py: do not edit.
# -*- coding: utf-8 -*-

################################################################################
##
##
################################################################################

from PySide6.QtCore import (QCoreApplication, Qt)
from PySide6.QtWidgets import (QCheckBox, QGroupBox, QHBoxLayout,
    QLabel, QLineEdit, QSizePolicy, QSpacerItem,
    QVBoxLayout)

class Ui_WaktuPenyelesaianPage(object):
    def setupUi(self, WaktuPenyelesaianPage):
        if not WaktuPenyelesaianPage.objectName():
            WaktuPenyelesaianPage.setObjectName(u"WaktuPenyelesaianPage")
        WaktuPenyelesaianPage.resize(680, 560)
        self.page_layout = QVBoxLayout(WaktuPenyelesaianPage)
        self.page_layout.setSpacing(10)
        self.page_layout.setObjectName(u"page_layout")
        self.page_layout.setContentsMargins(0, 0, 0, 0)
        self.hint_label = QLabel(WaktuPenyelesaianPage)
        self.hint_label.setObjectName(u"hint_label")
        self.hint_label.setWordWrap(True)

        self.page_layout.addWidget(self.hint_label)

        self.derived_group_box = QGroupBox(WaktuPenyelesaianPage)
        self.derived_group_box.setObjectName(u"derived_group_box")
        self.derived_layout = QVBoxLayout(self.derived_group_box)
        self.derived_layout.setObjectName(u"derived_layout")
        self.derived_value_label = QLabel(self.derived_group_box)
        self.derived_value_label.setObjectName(u"derived_value_label")
        self.derived_value_label.setTextInteractionFlags(Qt.TextSelectableByMouse)
        self.derived_value_label.setWordWrap(True)

        self.derived_layout.addWidget(self.derived_value_label)


        self.page_layout.addWidget(self.derived_group_box)

        self.stated_check_box = QCheckBox(WaktuPenyelesaianPage)
        self.stated_check_box.setObjectName(u"stated_check_box")

        self.page_layout.addWidget(self.stated_check_box, 0, Qt.AlignLeft)

        self.stated_line_edit = QLineEdit(WaktuPenyelesaianPage)
        self.stated_line_edit.setObjectName(u"stated_line_edit")

        self.page_layout.addWidget(self.stated_line_edit)

        self.effective_layout = QHBoxLayout()
        self.effective_layout.setObjectName(u"effective_layout")
        self.effective_label = QLabel(WaktuPenyelesaianPage)
        self.effective_label.setObjectName(u"effective_label")
        self.effective_label.setAlignment(Qt.AlignLeading|Qt.AlignLeft|Qt.AlignTop)

        self.effective_layout.addWidget(self.effective_label)

        self.effective_value_label = QLabel(WaktuPenyelesaianPage)
        self.effective_value_label.setObjectName(u"effective_value_label")
        self.effective_value_label.setWordWrap(True)
        sizePolicy = QSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)
        sizePolicy.setHorizontalStretch(1)
        sizePolicy.setVerticalStretch(0)
        sizePolicy.setHeightForWidth(self.effective_value_label.sizePolicy().hasHeightForWidth())
        self.effective_value_label.setSizePolicy(sizePolicy)

        self.effective_layout.addWidget(self.effective_value_label)


        self.page_layout.addLayout(self.effective_layout)

        self.page_spacer = QSpacerItem(20, 20, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.page_layout.addItem(self.page_spacer)


        self.retranslateUi(WaktuPenyelesaianPage)
    # setupUi

    def retranslateUi(self, WaktuPenyelesaianPage):
        self.hint_label.setText(QCoreApplication.translate("WaktuPenyelesaianPage", u"Waktu untuk menyelesaikan seluruh proses layanan. Aplikasi menjumlahkan lama waktu setiap langkah prosedur; bila tim ingin menuliskannya sendiri (mis. \u201csejak berkas dinyatakan lengkap\u201d), nyatakan dengan kata-kata.", None))
        self.derived_group_box.setTitle(QCoreApplication.translate("WaktuPenyelesaianPage", u"Jumlah dari langkah prosedur", None))
        self.stated_check_box.setText(QCoreApplication.translate("WaktuPenyelesaianPage", u"Nyatakan dengan &kata-kata", None))
        self.stated_line_edit.setPlaceholderText(QCoreApplication.translate("WaktuPenyelesaianPage", u"mis. 1 (satu) hari kerja sejak berkas dinyatakan lengkap", None))
        self.effective_label.setText(QCoreApplication.translate("WaktuPenyelesaianPage", u"Yang dicantumkan dalam standar:", None))
        pass
    # retranslateUi
