# Generated from forms/penetapan_page.ui by scripts/build_forms.py: do not edit.
# -*- coding: utf-8 -*-

################################################################################
##
##
################################################################################

from PySide6.QtCore import (QCoreApplication, Qt)
from PySide6.QtWidgets import (QAbstractItemView, QGroupBox, QHBoxLayout,
    QLabel, QPushButton, QSizePolicy,
    QSpacerItem, QTabWidget, QTableView, QVBoxLayout,
    QWidget)

class Ui_PenetapanPage(object):
    def setupUi(self, PenetapanPage):
        if not PenetapanPage.objectName():
            PenetapanPage.setObjectName(u"PenetapanPage")
        PenetapanPage.resize(1100, 700)
        self.page_layout = QVBoxLayout(PenetapanPage)
        self.page_layout.setSpacing(8)
        self.page_layout.setObjectName(u"page_layout")
        self.page_layout.setContentsMargins(18, 14, 18, 14)
        self.title_label = QLabel(PenetapanPage)
        self.title_label.setObjectName(u"title_label")
        self.title_label.setStyleSheet(u"font-size: 15pt; font-weight: 600;")

        self.page_layout.addWidget(self.title_label)

        self.intro_label = QLabel(PenetapanPage)
        self.intro_label.setObjectName(u"intro_label")
        self.intro_label.setWordWrap(True)

        self.page_layout.addWidget(self.intro_label)

        self.tab_widget = QTabWidget(PenetapanPage)
        self.tab_widget.setObjectName(u"tab_widget")
        self.status_tab = QWidget()
        self.status_tab.setObjectName(u"status_tab")
        self.status_layout = QVBoxLayout(self.status_tab)
        self.status_layout.setObjectName(u"status_layout")
        self.summary_label = QLabel(self.status_tab)
        self.summary_label.setObjectName(u"summary_label")
        self.summary_label.setWordWrap(True)

        self.status_layout.addWidget(self.summary_label)

        self.services_table_view = QTableView(self.status_tab)
        self.services_table_view.setObjectName(u"services_table_view")
        self.services_table_view.setEditTriggers(QAbstractItemView.NoEditTriggers)
        self.services_table_view.setAlternatingRowColors(True)
        self.services_table_view.setSelectionMode(QAbstractItemView.ExtendedSelection)
        self.services_table_view.setSelectionBehavior(QAbstractItemView.SelectRows)
        self.services_table_view.setWordWrap(False)
        self.services_table_view.horizontalHeader().setStretchLastSection(True)
        self.services_table_view.verticalHeader().setVisible(False)

        self.status_layout.addWidget(self.services_table_view)

        self.status_buttons_layout = QHBoxLayout()
        self.status_buttons_layout.setObjectName(u"status_buttons_layout")
        self.mark_discussed_push_button = QPushButton(self.status_tab)
        self.mark_discussed_push_button.setObjectName(u"mark_discussed_push_button")

        self.status_buttons_layout.addWidget(self.mark_discussed_push_button)

        self.mark_ready_push_button = QPushButton(self.status_tab)
        self.mark_ready_push_button.setObjectName(u"mark_ready_push_button")

        self.status_buttons_layout.addWidget(self.mark_ready_push_button)

        self.to_draft_push_button = QPushButton(self.status_tab)
        self.to_draft_push_button.setObjectName(u"to_draft_push_button")

        self.status_buttons_layout.addWidget(self.to_draft_push_button)

        self.status_buttons_spacer = QSpacerItem(20, 20, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.status_buttons_layout.addItem(self.status_buttons_spacer)


        self.status_layout.addLayout(self.status_buttons_layout)

        self.reason_label = QLabel(self.status_tab)
        self.reason_label.setObjectName(u"reason_label")
        self.reason_label.setWordWrap(True)
        self.reason_label.setTextInteractionFlags(Qt.TextSelectableByMouse)

        self.status_layout.addWidget(self.reason_label)

        self.tab_widget.addTab(self.status_tab, "")

        self.page_layout.addWidget(self.tab_widget)

        self.documents_group_box = QGroupBox(PenetapanPage)
        self.documents_group_box.setObjectName(u"documents_group_box")
        self.documents_layout = QHBoxLayout(self.documents_group_box)
        self.documents_layout.setObjectName(u"documents_layout")
        self.sk_penetapan_push_button = QPushButton(self.documents_group_box)
        self.sk_penetapan_push_button.setObjectName(u"sk_penetapan_push_button")

        self.documents_layout.addWidget(self.sk_penetapan_push_button)

        self.surat_pengantar_push_button = QPushButton(self.documents_group_box)
        self.surat_pengantar_push_button.setObjectName(u"surat_pengantar_push_button")

        self.documents_layout.addWidget(self.surat_pengantar_push_button)

        self.sk_tim_push_button = QPushButton(self.documents_group_box)
        self.sk_tim_push_button.setObjectName(u"sk_tim_push_button")

        self.documents_layout.addWidget(self.sk_tim_push_button)

        self.buku_push_button = QPushButton(self.documents_group_box)
        self.buku_push_button.setObjectName(u"buku_push_button")

        self.documents_layout.addWidget(self.buku_push_button)

        self.documents_spacer = QSpacerItem(20, 20, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.documents_layout.addItem(self.documents_spacer)


        self.page_layout.addWidget(self.documents_group_box)


        self.retranslateUi(PenetapanPage)

        self.tab_widget.setCurrentIndex(0)

    # setupUi

    def retranslateUi(self, PenetapanPage):
        self.title_label.setText(QCoreApplication.translate("PenetapanPage", u"Penetapan", None))
        self.intro_label.setText(QCoreApplication.translate("PenetapanPage", u"Ketua tim membawa standar dari \u201csiap dibahas\u201d melalui \u201cdibahas\u201d ke \u201csiap ditetapkan\u201d setelah pembahasan dengan masyarakat tercatat (undangan, daftar hadir dengan peserta dari luar unit, Berita Acara). Mencatat nomor dan tanggal keputusan menjadikannya \u201cditetapkan\u201d.", None))
#if QT_CONFIG(accessibility)
        self.services_table_view.setAccessibleName(QCoreApplication.translate("PenetapanPage", u"Status standar pelayanan", None))
#endif // QT_CONFIG(accessibility)
        self.mark_discussed_push_button.setText(QCoreApplication.translate("PenetapanPage", u"Tandai diba&has", None))
        self.mark_ready_push_button.setText(QCoreApplication.translate("PenetapanPage", u"Tandai siap dit&etapkan", None))
        self.to_draft_push_button.setText(QCoreApplication.translate("PenetapanPage", u"&Kembalikan ke draf", None))
        self.tab_widget.setTabText(self.tab_widget.indexOf(self.status_tab), QCoreApplication.translate("PenetapanPage", u"Status layanan", None))
        self.documents_group_box.setTitle(QCoreApplication.translate("PenetapanPage", u"Dokumen", None))
        self.sk_penetapan_push_button.setText(QCoreApplication.translate("PenetapanPage", u"SK &Penetapan\u2026", None))
        self.surat_pengantar_push_button.setText(QCoreApplication.translate("PenetapanPage", u"Surat Pen&gantar\u2026", None))
        self.sk_tim_push_button.setText(QCoreApplication.translate("PenetapanPage", u"SK T&im\u2026", None))
        self.buku_push_button.setText(QCoreApplication.translate("PenetapanPage", u"Buku Standar Pe&layanan\u2026", None))
        pass
    # retranslateUi
