# Generated from forms/persyaratan_page.ui by scripts/build_forms.py: do not edit.
# -*- coding: utf-8 -*-

################################################################################
##
##
################################################################################

from PySide6.QtCore import (QCoreApplication)
from PySide6.QtWidgets import (QLabel, QVBoxLayout)

from sp_desktop.ui.widgets.editable_list import EditableListWidget

class Ui_PersyaratanPage(object):
    def setupUi(self, PersyaratanPage):
        if not PersyaratanPage.objectName():
            PersyaratanPage.setObjectName(u"PersyaratanPage")
        PersyaratanPage.resize(680, 560)
        self.page_layout = QVBoxLayout(PersyaratanPage)
        self.page_layout.setSpacing(10)
        self.page_layout.setObjectName(u"page_layout")
        self.page_layout.setContentsMargins(0, 0, 0, 0)
        self.hint_label = QLabel(PersyaratanPage)
        self.hint_label.setObjectName(u"hint_label")
        self.hint_label.setWordWrap(True)

        self.page_layout.addWidget(self.hint_label)

        self.items_list_widget = EditableListWidget(PersyaratanPage)
        self.items_list_widget.setObjectName(u"items_list_widget")

        self.page_layout.addWidget(self.items_list_widget)


        self.retranslateUi(PersyaratanPage)
    # setupUi

    def retranslateUi(self, PersyaratanPage):
        self.hint_label.setText(QCoreApplication.translate("PersyaratanPage", u"Tuliskan dokumen, barang, atau hal lain yang harus dipenuhi pemohon, satu persyaratan per baris, dan kapan masing-masing diserahkan: di awal, di akhir, atau bertahap.", None))
        pass
    # retranslateUi
