# Generated from forms/survei_page.ui by scripts/build_forms.py: do not edit.
# -*- coding: utf-8 -*-

################################################################################
##
##
################################################################################

from PySide6.QtCore import (QCoreApplication, QSize, Qt)
from PySide6.QtWidgets import (QComboBox, QGroupBox, QHBoxLayout,
    QLabel, QPushButton, QSizePolicy, QSpacerItem,
    QTabWidget, QVBoxLayout)

class Ui_SurveiPage(object):
    def setupUi(self, SurveiPage):
        if not SurveiPage.objectName():
            SurveiPage.setObjectName(u"SurveiPage")
        SurveiPage.resize(1100, 700)
        self.page_layout = QVBoxLayout(SurveiPage)
        self.page_layout.setSpacing(8)
        self.page_layout.setObjectName(u"page_layout")
        self.page_layout.setContentsMargins(18, 14, 18, 10)
        self.title_label = QLabel(SurveiPage)
        self.title_label.setObjectName(u"title_label")
        self.title_label.setStyleSheet(u"font-size: 15pt; font-weight: 600;")

        self.page_layout.addWidget(self.title_label)

        self.read_only_label = QLabel(SurveiPage)
        self.read_only_label.setObjectName(u"read_only_label")
        self.read_only_label.setStyleSheet(u"background: #fff4d6; border: 1px solid #e0b84a; border-radius: 4px; padding: 6px; color: #5c4300;")
        self.read_only_label.setWordWrap(True)

        self.page_layout.addWidget(self.read_only_label)

        self.period_layout = QHBoxLayout()
        self.period_layout.setObjectName(u"period_layout")
        self.period_label = QLabel(SurveiPage)
        self.period_label.setObjectName(u"period_label")

        self.period_layout.addWidget(self.period_label)

        self.period_combo_box = QComboBox(SurveiPage)
        self.period_combo_box.setObjectName(u"period_combo_box")
        self.period_combo_box.setMinimumSize(QSize(260, 0))
        self.period_combo_box.setSizeAdjustPolicy(QComboBox.AdjustToContents)

        self.period_layout.addWidget(self.period_combo_box)

        self.add_period_push_button = QPushButton(SurveiPage)
        self.add_period_push_button.setObjectName(u"add_period_push_button")

        self.period_layout.addWidget(self.add_period_push_button)

        self.remove_period_push_button = QPushButton(SurveiPage)
        self.remove_period_push_button.setObjectName(u"remove_period_push_button")

        self.period_layout.addWidget(self.remove_period_push_button)

        self.period_spacer = QSpacerItem(10, 10, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.period_layout.addItem(self.period_spacer)


        self.page_layout.addLayout(self.period_layout)

        self.empty_label = QLabel(SurveiPage)
        self.empty_label.setObjectName(u"empty_label")
        self.empty_label.setWordWrap(True)
        self.empty_label.setAlignment(Qt.AlignLeading|Qt.AlignLeft|Qt.AlignTop)

        self.page_layout.addWidget(self.empty_label)

        self.detail_tab_widget = QTabWidget(SurveiPage)
        self.detail_tab_widget.setObjectName(u"detail_tab_widget")

        self.page_layout.addWidget(self.detail_tab_widget)

        self.documents_group_box = QGroupBox(SurveiPage)
        self.documents_group_box.setObjectName(u"documents_group_box")
        self.documents_layout = QHBoxLayout(self.documents_group_box)
        self.documents_layout.setObjectName(u"documents_layout")
        self.kuesioner_push_button = QPushButton(self.documents_group_box)
        self.kuesioner_push_button.setObjectName(u"kuesioner_push_button")

        self.documents_layout.addWidget(self.kuesioner_push_button)

        self.laporan_push_button = QPushButton(self.documents_group_box)
        self.laporan_push_button.setObjectName(u"laporan_push_button")

        self.documents_layout.addWidget(self.laporan_push_button)

        self.publikasi_push_button = QPushButton(self.documents_group_box)
        self.publikasi_push_button.setObjectName(u"publikasi_push_button")

        self.documents_layout.addWidget(self.publikasi_push_button)

        self.documents_spacer = QSpacerItem(10, 10, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.documents_layout.addItem(self.documents_spacer)


        self.page_layout.addWidget(self.documents_group_box)

        self.page_layout.setStretch(4, 1)
#if QT_CONFIG(shortcut)
        self.period_label.setBuddy(self.period_combo_box)
#endif // QT_CONFIG(shortcut)

        self.retranslateUi(SurveiPage)
    # setupUi

    def retranslateUi(self, SurveiPage):
        self.title_label.setText(QCoreApplication.translate("SurveiPage", u"Survei Kepuasan Masyarakat", None))
        self.read_only_label.setText("")
        self.period_label.setText(QCoreApplication.translate("SurveiPage", u"&Periode survei", None))
#if QT_CONFIG(accessibility)
        self.period_combo_box.setAccessibleName(QCoreApplication.translate("SurveiPage", u"Periode survei", None))
#endif // QT_CONFIG(accessibility)
        self.add_period_push_button.setText(QCoreApplication.translate("SurveiPage", u"T&ambah periode", None))
#if QT_CONFIG(tooltip)
        self.add_period_push_button.setToolTip(QCoreApplication.translate("SurveiPage", u"Rencanakan survei untuk periode baru", None))
#endif // QT_CONFIG(tooltip)
        self.remove_period_push_button.setText(QCoreApplication.translate("SurveiPage", u"Hapus p&eriode", None))
#if QT_CONFIG(tooltip)
        self.remove_period_push_button.setToolTip(QCoreApplication.translate("SurveiPage", u"Hapus periode terpilih beserta semua jawaban dan tindak lanjutnya", None))
#endif // QT_CONFIG(tooltip)
        self.empty_label.setText(QCoreApplication.translate("SurveiPage", u"Belum ada survei. Klik \u201cTambah periode\u201d untuk merencanakan Survei Kepuasan Masyarakat (paling sedikit sekali setahun, Permenpan RB 14/2017).", None))
#if QT_CONFIG(accessibility)
        self.detail_tab_widget.setAccessibleName(QCoreApplication.translate("SurveiPage", u"Rincian survei", None))
#endif // QT_CONFIG(accessibility)
        self.documents_group_box.setTitle(QCoreApplication.translate("SurveiPage", u"Dokumen survei ini", None))
        self.kuesioner_push_button.setText(QCoreApplication.translate("SurveiPage", u"&Kuesioner\u2026", None))
#if QT_CONFIG(tooltip)
        self.kuesioner_push_button.setToolTip(QCoreApplication.translate("SurveiPage", u"Lembar kuesioner untuk dicetak dan diisi responden", None))
#endif // QT_CONFIG(tooltip)
        self.laporan_push_button.setText(QCoreApplication.translate("SurveiPage", u"&Laporan SKM\u2026", None))
#if QT_CONFIG(tooltip)
        self.laporan_push_button.setToolTip(QCoreApplication.translate("SurveiPage", u"Laporan hasil survei (BAB I\u2013V) untuk ditandatangani kepala", None))
#endif // QT_CONFIG(tooltip)
        self.publikasi_push_button.setText(QCoreApplication.translate("SurveiPage", u"Publikas&i\u2026", None))
#if QT_CONFIG(tooltip)
        self.publikasi_push_button.setToolTip(QCoreApplication.translate("SurveiPage", u"Satu halaman hasil survei untuk papan pengumuman dan situs web", None))
#endif // QT_CONFIG(tooltip)
        pass
    # retranslateUi
