# Generated from forms/produk_page.ui by scripts/build_forms.py: do not edit.
# -*- coding: utf-8 -*-

################################################################################
##
##
################################################################################

from PySide6.QtCore import (QCoreApplication, Qt)
from PySide6.QtWidgets import (QLabel, QPushButton, QVBoxLayout)

from sp_desktop.ui.widgets.editable_list import EditableListWidget

class Ui_ProdukPage(object):
    def setupUi(self, ProdukPage):
        if not ProdukPage.objectName():
            ProdukPage.setObjectName(u"ProdukPage")
        ProdukPage.resize(680, 560)
        self.page_layout = QVBoxLayout(ProdukPage)
        self.page_layout.setSpacing(10)
        self.page_layout.setObjectName(u"page_layout")
        self.page_layout.setContentsMargins(0, 0, 0, 0)
        self.hint_label = QLabel(ProdukPage)
        self.hint_label.setObjectName(u"hint_label")
        self.hint_label.setWordWrap(True)

        self.page_layout.addWidget(self.hint_label)

        self.suggestion_button = QPushButton(ProdukPage)
        self.suggestion_button.setObjectName(u"suggestion_button")

        self.page_layout.addWidget(self.suggestion_button, 0, Qt.AlignLeft)

        self.items_list_widget = EditableListWidget(ProdukPage)
        self.items_list_widget.setObjectName(u"items_list_widget")

        self.page_layout.addWidget(self.items_list_widget)


        self.retranslateUi(ProdukPage)
    # setupUi

    def retranslateUi(self, ProdukPage):
        self.hint_label.setText(QCoreApplication.translate("ProdukPage", u"Hasil layanan yang diterima pemohon (dokumen, barang, atau jasa), satu produk per baris.", None))
#if QT_CONFIG(tooltip)
        self.suggestion_button.setToolTip(QCoreApplication.translate("ProdukPage", u"Keluaran langkah prosedur terakhir biasanya adalah produk layanan", None))
#endif // QT_CONFIG(tooltip)
        pass
    # retranslateUi
