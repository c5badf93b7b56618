# Generated from forms/dasar_hukum_page.ui by scripts/build_forms.py: do not edit.
# -*- coding: utf-8 -*-

################################################################################
##
##
################################################################################

from PySide6.QtCore import (QCoreApplication)
from PySide6.QtWidgets import (QHBoxLayout, QLabel, QPushButton,
    QSizePolicy, QSpacerItem, QVBoxLayout)

from sp_desktop.ui.widgets.editable_list import EditableListWidget

class Ui_DasarHukumPage(object):
    def setupUi(self, DasarHukumPage):
        if not DasarHukumPage.objectName():
            DasarHukumPage.setObjectName(u"DasarHukumPage")
        DasarHukumPage.resize(680, 560)
        self.page_layout = QVBoxLayout(DasarHukumPage)
        self.page_layout.setSpacing(10)
        self.page_layout.setObjectName(u"page_layout")
        self.page_layout.setContentsMargins(0, 0, 0, 0)
        self.hint_label = QLabel(DasarHukumPage)
        self.hint_label.setObjectName(u"hint_label")
        self.hint_label.setWordWrap(True)

        self.page_layout.addWidget(self.hint_label)

        self.quick_pick_layout = QHBoxLayout()
        self.quick_pick_layout.setObjectName(u"quick_pick_layout")
        self.quick_pick_button = QPushButton(DasarHukumPage)
        self.quick_pick_button.setObjectName(u"quick_pick_button")
        self.quick_pick_button.setAutoDefault(False)

        self.quick_pick_layout.addWidget(self.quick_pick_button)

        self.quick_pick_spacer = QSpacerItem(20, 10, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.quick_pick_layout.addItem(self.quick_pick_spacer)

        self.sort_button = QPushButton(DasarHukumPage)
        self.sort_button.setObjectName(u"sort_button")
        self.sort_button.setAutoDefault(False)

        self.quick_pick_layout.addWidget(self.sort_button)


        self.page_layout.addLayout(self.quick_pick_layout)

        self.order_label = QLabel(DasarHukumPage)
        self.order_label.setObjectName(u"order_label")
        self.order_label.setWordWrap(True)

        self.page_layout.addWidget(self.order_label)

        self.items_list_widget = EditableListWidget(DasarHukumPage)
        self.items_list_widget.setObjectName(u"items_list_widget")

        self.page_layout.addWidget(self.items_list_widget)


        self.retranslateUi(DasarHukumPage)
    # setupUi

    def retranslateUi(self, DasarHukumPage):
        self.hint_label.setText(QCoreApplication.translate("DasarHukumPage", u"Peraturan yang menjadi dasar penyelenggaraan layanan ini, dari yang tertinggi. Tulis lengkap tanpa Lembaran Negara, mis. \u201cUndang-Undang Nomor 25 Tahun 2009 tentang Pelayanan Publik\u201d.", None))
        self.quick_pick_button.setText(QCoreApplication.translate("DasarHukumPage", u"Tambah peraturan yang umum dipakai", None))
#if QT_CONFIG(tooltip)
        self.quick_pick_button.setToolTip(QCoreApplication.translate("DasarHukumPage", u"Pilih peraturan nasional yang berlaku untuk hampir semua standar pelayanan", None))
#endif // QT_CONFIG(tooltip)
        self.sort_button.setText(QCoreApplication.translate("DasarHukumPage", u"Urutkan menurut hie&rarki", None))
#if QT_CONFIG(tooltip)
        self.sort_button.setToolTip(QCoreApplication.translate("DasarHukumPage", u"Susun ulang dari yang tertinggi menurut UU 12/2011 Pasal 7\u20138: UUD 1945, Ketetapan MPR, Undang-Undang/Perppu, Peraturan Pemerintah, Peraturan Presiden, Peraturan Menteri/Lembaga, Peraturan Daerah Provinsi, Peraturan Daerah Kabupaten/Kota, Peraturan/Keputusan Kepala Daerah, lalu yang lain", None))
#endif // QT_CONFIG(tooltip)
        self.order_label.setText("")
        pass
    # retranslateUi
