# Generated from forms/versions_dialog.ui by scripts/build_forms.py: do not edit.
# -*- coding: utf-8 -*-

################################################################################
##
##
################################################################################

from PySide6.QtCore import (QCoreApplication, QSize)
from PySide6.QtWidgets import (QAbstractItemView, QComboBox,
    QDialogButtonBox, QHBoxLayout, QLabel, QPushButton, QSizePolicy, QSpacerItem,
    QTableWidget, QTableWidgetItem, QVBoxLayout)

class Ui_VersionsDialog(object):
    def setupUi(self, VersionsDialog):
        if not VersionsDialog.objectName():
            VersionsDialog.setObjectName(u"VersionsDialog")
        VersionsDialog.resize(1040, 640)
        VersionsDialog.setModal(True)
        self.dialog_layout = QVBoxLayout(VersionsDialog)
        self.dialog_layout.setSpacing(8)
        self.dialog_layout.setObjectName(u"dialog_layout")
        self.intro_label = QLabel(VersionsDialog)
        self.intro_label.setObjectName(u"intro_label")
        self.intro_label.setWordWrap(True)

        self.dialog_layout.addWidget(self.intro_label)

        self.versions_table_widget = QTableWidget(VersionsDialog)
        if (self.versions_table_widget.columnCount() < 5):
            self.versions_table_widget.setColumnCount(5)
        __qtablewidgetitem = QTableWidgetItem()
        self.versions_table_widget.setHorizontalHeaderItem(0, __qtablewidgetitem)
        __qtablewidgetitem1 = QTableWidgetItem()
        self.versions_table_widget.setHorizontalHeaderItem(1, __qtablewidgetitem1)
        __qtablewidgetitem2 = QTableWidgetItem()
        self.versions_table_widget.setHorizontalHeaderItem(2, __qtablewidgetitem2)
        __qtablewidgetitem3 = QTableWidgetItem()
        self.versions_table_widget.setHorizontalHeaderItem(3, __qtablewidgetitem3)
        __qtablewidgetitem4 = QTableWidgetItem()
        self.versions_table_widget.setHorizontalHeaderItem(4, __qtablewidgetitem4)
        self.versions_table_widget.setObjectName(u"versions_table_widget")
        self.versions_table_widget.setEditTriggers(QAbstractItemView.NoEditTriggers)
        self.versions_table_widget.setAlternatingRowColors(True)
        self.versions_table_widget.setSelectionMode(QAbstractItemView.SingleSelection)
        self.versions_table_widget.setSelectionBehavior(QAbstractItemView.SelectRows)
        self.versions_table_widget.setMaximumSize(QSize(16777215, 150))
        self.versions_table_widget.verticalHeader().setVisible(False)

        self.dialog_layout.addWidget(self.versions_table_widget)

        self.compare_layout = QHBoxLayout()
        self.compare_layout.setObjectName(u"compare_layout")
        self.from_label = QLabel(VersionsDialog)
        self.from_label.setObjectName(u"from_label")

        self.compare_layout.addWidget(self.from_label)

        self.from_combo_box = QComboBox(VersionsDialog)
        self.from_combo_box.setObjectName(u"from_combo_box")

        self.compare_layout.addWidget(self.from_combo_box)

        self.to_label = QLabel(VersionsDialog)
        self.to_label.setObjectName(u"to_label")

        self.compare_layout.addWidget(self.to_label)

        self.to_combo_box = QComboBox(VersionsDialog)
        self.to_combo_box.setObjectName(u"to_combo_box")

        self.compare_layout.addWidget(self.to_combo_box)

        self.summary_label = QLabel(VersionsDialog)
        self.summary_label.setObjectName(u"summary_label")

        self.compare_layout.addWidget(self.summary_label)

        self.compare_spacer = QSpacerItem(40, 20, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.compare_layout.addItem(self.compare_spacer)


        self.dialog_layout.addLayout(self.compare_layout)

        self.diff_table_widget = QTableWidget(VersionsDialog)
        if (self.diff_table_widget.columnCount() < 4):
            self.diff_table_widget.setColumnCount(4)
        __qtablewidgetitem5 = QTableWidgetItem()
        self.diff_table_widget.setHorizontalHeaderItem(0, __qtablewidgetitem5)
        __qtablewidgetitem6 = QTableWidgetItem()
        self.diff_table_widget.setHorizontalHeaderItem(1, __qtablewidgetitem6)
        __qtablewidgetitem7 = QTableWidgetItem()
        self.diff_table_widget.setHorizontalHeaderItem(2, __qtablewidgetitem7)
        __qtablewidgetitem8 = QTableWidgetItem()
        self.diff_table_widget.setHorizontalHeaderItem(3, __qtablewidgetitem8)
        self.diff_table_widget.setObjectName(u"diff_table_widget")
        self.diff_table_widget.setEditTriggers(QAbstractItemView.NoEditTriggers)
        self.diff_table_widget.setAlternatingRowColors(True)
        self.diff_table_widget.setWordWrap(True)
        self.diff_table_widget.verticalHeader().setVisible(False)

        self.dialog_layout.addWidget(self.diff_table_widget)

        self.buttons_layout = QHBoxLayout()
        self.buttons_layout.setObjectName(u"buttons_layout")
        self.export_push_button = QPushButton(VersionsDialog)
        self.export_push_button.setObjectName(u"export_push_button")

        self.buttons_layout.addWidget(self.export_push_button)

        self.print_push_button = QPushButton(VersionsDialog)
        self.print_push_button.setObjectName(u"print_push_button")

        self.buttons_layout.addWidget(self.print_push_button)

        self.buttons_spacer = QSpacerItem(40, 20, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.buttons_layout.addItem(self.buttons_spacer)

        self.button_box = QDialogButtonBox(VersionsDialog)
        self.button_box.setObjectName(u"button_box")
        self.button_box.setStandardButtons(QDialogButtonBox.Close)

        self.buttons_layout.addWidget(self.button_box)


        self.dialog_layout.addLayout(self.buttons_layout)

#if QT_CONFIG(shortcut)
        self.from_label.setBuddy(self.from_combo_box)
        self.to_label.setBuddy(self.to_combo_box)
#endif // QT_CONFIG(shortcut)

        self.retranslateUi(VersionsDialog)
    # setupUi

    def retranslateUi(self, VersionsDialog):
        VersionsDialog.setWindowTitle(QCoreApplication.translate("VersionsDialog", u"Versi standar", None))
        self.intro_label.setText(QCoreApplication.translate("VersionsDialog", u"Setiap versi yang ditetapkan tersimpan beserta sidiknya, kode yang tercetak kecil di kaki halaman Standar Pelayanan. Pilih dua versi untuk melihat perbedaannya komponen demi komponen.", None))
        ___qtablewidgetitem = self.versions_table_widget.horizontalHeaderItem(0)
        ___qtablewidgetitem.setText(QCoreApplication.translate("VersionsDialog", u"Versi", None))
        ___qtablewidgetitem1 = self.versions_table_widget.horizontalHeaderItem(1)
        ___qtablewidgetitem1.setText(QCoreApplication.translate("VersionsDialog", u"Keadaan", None))
        ___qtablewidgetitem2 = self.versions_table_widget.horizontalHeaderItem(2)
        ___qtablewidgetitem2.setText(QCoreApplication.translate("VersionsDialog", u"Nomor keputusan", None))
        ___qtablewidgetitem3 = self.versions_table_widget.horizontalHeaderItem(3)
        ___qtablewidgetitem3.setText(QCoreApplication.translate("VersionsDialog", u"Tanggal keputusan", None))
        ___qtablewidgetitem4 = self.versions_table_widget.horizontalHeaderItem(4)
        ___qtablewidgetitem4.setText(QCoreApplication.translate("VersionsDialog", u"Sidik", None))
#if QT_CONFIG(accessibility)
        self.versions_table_widget.setAccessibleName(QCoreApplication.translate("VersionsDialog", u"Versi standar", None))
#endif // QT_CONFIG(accessibility)
        self.from_label.setText(QCoreApplication.translate("VersionsDialog", u"&Semula:", None))
#if QT_CONFIG(accessibility)
        self.from_combo_box.setAccessibleName(QCoreApplication.translate("VersionsDialog", u"Versi semula", None))
#endif // QT_CONFIG(accessibility)
        self.to_label.setText(QCoreApplication.translate("VersionsDialog", u"&Menjadi:", None))
#if QT_CONFIG(accessibility)
        self.to_combo_box.setAccessibleName(QCoreApplication.translate("VersionsDialog", u"Versi menjadi", None))
#endif // QT_CONFIG(accessibility)
        self.summary_label.setText("")
        ___qtablewidgetitem5 = self.diff_table_widget.horizontalHeaderItem(0)
        ___qtablewidgetitem5.setText(QCoreApplication.translate("VersionsDialog", u"No", None))
        ___qtablewidgetitem6 = self.diff_table_widget.horizontalHeaderItem(1)
        ___qtablewidgetitem6.setText(QCoreApplication.translate("VersionsDialog", u"Komponen", None))
        ___qtablewidgetitem7 = self.diff_table_widget.horizontalHeaderItem(2)
        ___qtablewidgetitem7.setText(QCoreApplication.translate("VersionsDialog", u"Semula", None))
        ___qtablewidgetitem8 = self.diff_table_widget.horizontalHeaderItem(3)
        ___qtablewidgetitem8.setText(QCoreApplication.translate("VersionsDialog", u"Menjadi", None))
#if QT_CONFIG(accessibility)
        self.diff_table_widget.setAccessibleName(QCoreApplication.translate("VersionsDialog", u"Perbedaan antara dua versi", None))
#endif // QT_CONFIG(accessibility)
        self.export_push_button.setText(QCoreApplication.translate("VersionsDialog", u"&Ekspor Daftar Perubahan\u2026", None))
        self.print_push_button.setText(QCoreApplication.translate("VersionsDialog", u"&Cetak Standar versi terpilih\u2026", None))
#if QT_CONFIG(tooltip)
        self.print_push_button.setToolTip(QCoreApplication.translate("VersionsDialog", u"Simpan Standar Pelayanan versi yang dipilih di tabel atas sebagai PDF atau Word, lengkap dengan sidiknya.", None))
#endif // QT_CONFIG(tooltip)
    # retranslateUi
