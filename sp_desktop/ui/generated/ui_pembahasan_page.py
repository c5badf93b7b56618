# Generated from forms/pembahasan_page.ui by scripts/build_forms.py: do not edit.
# -*- coding: utf-8 -*-

################################################################################
##
##
################################################################################

from PySide6.QtCore import (QCoreApplication, Qt)
from PySide6.QtWidgets import (QAbstractItemView, QGroupBox, QHBoxLayout,
    QLabel, QPushButton, QSizePolicy,
    QSpacerItem, QSplitter, QTabWidget, QTableWidget,
    QVBoxLayout, QWidget)

class Ui_PembahasanPage(object):
    def setupUi(self, PembahasanPage):
        if not PembahasanPage.objectName():
            PembahasanPage.setObjectName(u"PembahasanPage")
        PembahasanPage.resize(1100, 700)
        self.page_layout = QVBoxLayout(PembahasanPage)
        self.page_layout.setSpacing(8)
        self.page_layout.setObjectName(u"page_layout")
        self.page_layout.setContentsMargins(18, 14, 18, 10)
        self.title_label = QLabel(PembahasanPage)
        self.title_label.setObjectName(u"title_label")
        self.title_label.setStyleSheet(u"font-size: 15pt; font-weight: 600;")

        self.page_layout.addWidget(self.title_label)

        self.read_only_label = QLabel(PembahasanPage)
        self.read_only_label.setObjectName(u"read_only_label")
        self.read_only_label.setStyleSheet(u"background: #fff4d6; border: 1px solid #e0b84a; border-radius: 4px; padding: 6px; color: #5c4300;")
        self.read_only_label.setWordWrap(True)

        self.page_layout.addWidget(self.read_only_label)

        self.main_splitter = QSplitter(PembahasanPage)
        self.main_splitter.setObjectName(u"main_splitter")
        self.main_splitter.setOrientation(Qt.Horizontal)
        self.main_splitter.setChildrenCollapsible(False)
        self.list_panel = QWidget(self.main_splitter)
        self.list_panel.setObjectName(u"list_panel")
        self.list_layout = QVBoxLayout(self.list_panel)
        self.list_layout.setObjectName(u"list_layout")
        self.list_layout.setContentsMargins(0, 0, 6, 0)
        self.list_label = QLabel(self.list_panel)
        self.list_label.setObjectName(u"list_label")

        self.list_layout.addWidget(self.list_label)

        self.discussions_table_widget = QTableWidget(self.list_panel)
        self.discussions_table_widget.setObjectName(u"discussions_table_widget")
        self.discussions_table_widget.setEditTriggers(QAbstractItemView.NoEditTriggers)
        self.discussions_table_widget.setSelectionMode(QAbstractItemView.SingleSelection)
        self.discussions_table_widget.setSelectionBehavior(QAbstractItemView.SelectRows)
        self.discussions_table_widget.setTabKeyNavigation(False)
        self.discussions_table_widget.setWordWrap(True)

        self.list_layout.addWidget(self.discussions_table_widget)

        self.list_buttons_layout = QHBoxLayout()
        self.list_buttons_layout.setObjectName(u"list_buttons_layout")
        self.add_push_button = QPushButton(self.list_panel)
        self.add_push_button.setObjectName(u"add_push_button")

        self.list_buttons_layout.addWidget(self.add_push_button)

        self.duplicate_push_button = QPushButton(self.list_panel)
        self.duplicate_push_button.setObjectName(u"duplicate_push_button")

        self.list_buttons_layout.addWidget(self.duplicate_push_button)

        self.remove_push_button = QPushButton(self.list_panel)
        self.remove_push_button.setObjectName(u"remove_push_button")

        self.list_buttons_layout.addWidget(self.remove_push_button)


        self.list_layout.addLayout(self.list_buttons_layout)

        self.main_splitter.addWidget(self.list_panel)
        self.detail_panel = QWidget(self.main_splitter)
        self.detail_panel.setObjectName(u"detail_panel")
        self.detail_layout = QVBoxLayout(self.detail_panel)
        self.detail_layout.setObjectName(u"detail_layout")
        self.detail_layout.setContentsMargins(6, 0, 0, 0)
        self.empty_label = QLabel(self.detail_panel)
        self.empty_label.setObjectName(u"empty_label")
        self.empty_label.setWordWrap(True)
        self.empty_label.setAlignment(Qt.AlignLeading|Qt.AlignLeft|Qt.AlignTop)

        self.detail_layout.addWidget(self.empty_label)

        self.detail_tab_widget = QTabWidget(self.detail_panel)
        self.detail_tab_widget.setObjectName(u"detail_tab_widget")

        self.detail_layout.addWidget(self.detail_tab_widget)

        self.documents_group_box = QGroupBox(self.detail_panel)
        self.documents_group_box.setObjectName(u"documents_group_box")
        self.documents_layout = QHBoxLayout(self.documents_group_box)
        self.documents_layout.setObjectName(u"documents_layout")
        self.undangan_push_button = QPushButton(self.documents_group_box)
        self.undangan_push_button.setObjectName(u"undangan_push_button")

        self.documents_layout.addWidget(self.undangan_push_button)

        self.daftar_hadir_push_button = QPushButton(self.documents_group_box)
        self.daftar_hadir_push_button.setObjectName(u"daftar_hadir_push_button")

        self.documents_layout.addWidget(self.daftar_hadir_push_button)

        self.rancangan_push_button = QPushButton(self.documents_group_box)
        self.rancangan_push_button.setObjectName(u"rancangan_push_button")

        self.documents_layout.addWidget(self.rancangan_push_button)

        self.berita_acara_push_button = QPushButton(self.documents_group_box)
        self.berita_acara_push_button.setObjectName(u"berita_acara_push_button")

        self.documents_layout.addWidget(self.berita_acara_push_button)

        self.laporan_push_button = QPushButton(self.documents_group_box)
        self.laporan_push_button.setObjectName(u"laporan_push_button")

        self.documents_layout.addWidget(self.laporan_push_button)

        self.documents_spacer = QSpacerItem(10, 10, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.documents_layout.addItem(self.documents_spacer)


        self.detail_layout.addWidget(self.documents_group_box)

        self.detail_layout.setStretch(1, 1)
        self.main_splitter.addWidget(self.detail_panel)

        self.page_layout.addWidget(self.main_splitter)

        self.page_layout.setStretch(2, 1)
#if QT_CONFIG(shortcut)
        self.list_label.setBuddy(self.discussions_table_widget)
#endif // QT_CONFIG(shortcut)

        self.retranslateUi(PembahasanPage)
    # setupUi

    def retranslateUi(self, PembahasanPage):
        self.title_label.setText(QCoreApplication.translate("PembahasanPage", u"Pembahasan dengan Masyarakat", None))
        self.read_only_label.setText("")
        self.list_label.setText(QCoreApplication.translate("PembahasanPage", u"&Daftar pembahasan", None))
#if QT_CONFIG(accessibility)
        self.discussions_table_widget.setAccessibleName(QCoreApplication.translate("PembahasanPage", u"Daftar pembahasan", None))
#endif // QT_CONFIG(accessibility)
        self.add_push_button.setText(QCoreApplication.translate("PembahasanPage", u"T&ambah", None))
#if QT_CONFIG(tooltip)
        self.add_push_button.setToolTip(QCoreApplication.translate("PembahasanPage", u"Rencanakan pembahasan baru", None))
#endif // QT_CONFIG(tooltip)
        self.duplicate_push_button.setText(QCoreApplication.translate("PembahasanPage", u"Putaran &lanjutan", None))
#if QT_CONFIG(tooltip)
        self.duplicate_push_button.setToolTip(QCoreApplication.translate("PembahasanPage", u"Pembahasan berikutnya dengan rencana dan undangan yang sama", None))
#endif // QT_CONFIG(tooltip)
        self.remove_push_button.setText(QCoreApplication.translate("PembahasanPage", u"&Hapus", None))
#if QT_CONFIG(tooltip)
        self.remove_push_button.setToolTip(QCoreApplication.translate("PembahasanPage", u"Hapus pembahasan terpilih beserta foto dan berkasnya", None))
#endif // QT_CONFIG(tooltip)
        self.empty_label.setText(QCoreApplication.translate("PembahasanPage", u"Belum ada pembahasan. Klik \u201cTambah\u201d untuk merencanakan pembahasan rancangan standar pelayanan bersama masyarakat (FGD, dengar pendapat, atau forum konsultasi publik).", None))
#if QT_CONFIG(accessibility)
        self.detail_tab_widget.setAccessibleName(QCoreApplication.translate("PembahasanPage", u"Rincian pembahasan", None))
#endif // QT_CONFIG(accessibility)
        self.documents_group_box.setTitle(QCoreApplication.translate("PembahasanPage", u"Dokumen pembahasan ini", None))
        self.undangan_push_button.setText(QCoreApplication.translate("PembahasanPage", u"&Undangan\u2026", None))
        self.daftar_hadir_push_button.setText(QCoreApplication.translate("PembahasanPage", u"Daftar Ha&dir\u2026", None))
        self.rancangan_push_button.setText(QCoreApplication.translate("PembahasanPage", u"&Rancangan\u2026", None))
#if QT_CONFIG(tooltip)
        self.rancangan_push_button.setToolTip(QCoreApplication.translate("PembahasanPage", u"Rancangan standar pelayanan dari layanan yang dibahas", None))
#endif // QT_CONFIG(tooltip)
        self.berita_acara_push_button.setText(QCoreApplication.translate("PembahasanPage", u"&Berita Acara\u2026", None))
        self.laporan_push_button.setText(QCoreApplication.translate("PembahasanPage", u"La&poran Pelaksanaan\u2026", None))
        pass
    # retranslateUi
