# Generated from forms/trash_dialog.ui by scripts/build_forms.py: do not edit.
# -*- coding: utf-8 -*-

################################################################################
##
##
################################################################################

from PySide6.QtCore import (QCoreApplication)
from PySide6.QtWidgets import (QAbstractItemView, QDialogButtonBox, QHBoxLayout, QLabel,
    QPushButton, QSizePolicy, QSpacerItem, QTableWidget,
    QTableWidgetItem, QVBoxLayout, QWidget)

class Ui_TrashDialog(object):
    def setupUi(self, TrashDialog):
        if not TrashDialog.objectName():
            TrashDialog.setObjectName(u"TrashDialog")
        TrashDialog.resize(860, 480)
        TrashDialog.setModal(True)
        self.dialog_layout = QVBoxLayout(TrashDialog)
        self.dialog_layout.setSpacing(10)
        self.dialog_layout.setObjectName(u"dialog_layout")
        self.intro_label = QLabel(TrashDialog)
        self.intro_label.setObjectName(u"intro_label")
        self.intro_label.setWordWrap(True)

        self.dialog_layout.addWidget(self.intro_label)

        self.trash_table_widget = QTableWidget(TrashDialog)
        if (self.trash_table_widget.columnCount() < 4):
            self.trash_table_widget.setColumnCount(4)
        __qtablewidgetitem = QTableWidgetItem()
        self.trash_table_widget.setHorizontalHeaderItem(0, __qtablewidgetitem)
        __qtablewidgetitem1 = QTableWidgetItem()
        self.trash_table_widget.setHorizontalHeaderItem(1, __qtablewidgetitem1)
        __qtablewidgetitem2 = QTableWidgetItem()
        self.trash_table_widget.setHorizontalHeaderItem(2, __qtablewidgetitem2)
        __qtablewidgetitem3 = QTableWidgetItem()
        self.trash_table_widget.setHorizontalHeaderItem(3, __qtablewidgetitem3)
        self.trash_table_widget.setObjectName(u"trash_table_widget")
        self.trash_table_widget.setEditTriggers(QAbstractItemView.NoEditTriggers)
        self.trash_table_widget.setAlternatingRowColors(True)
        self.trash_table_widget.setSelectionMode(QAbstractItemView.SingleSelection)
        self.trash_table_widget.setSelectionBehavior(QAbstractItemView.SelectRows)
        self.trash_table_widget.setWordWrap(False)
        self.trash_table_widget.horizontalHeader().setStretchLastSection(False)
        self.trash_table_widget.verticalHeader().setVisible(False)

        self.dialog_layout.addWidget(self.trash_table_widget)

        self.buttons_layout = QHBoxLayout()
        self.buttons_layout.setObjectName(u"buttons_layout")
        self.restore_push_button = QPushButton(TrashDialog)
        self.restore_push_button.setObjectName(u"restore_push_button")

        self.buttons_layout.addWidget(self.restore_push_button)

        self.empty_push_button = QPushButton(TrashDialog)
        self.empty_push_button.setObjectName(u"empty_push_button")

        self.buttons_layout.addWidget(self.empty_push_button)

        self.buttons_spacer = QSpacerItem(40, 20, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.buttons_layout.addItem(self.buttons_spacer)

        self.button_box = QDialogButtonBox(TrashDialog)
        self.button_box.setObjectName(u"button_box")
        self.button_box.setStandardButtons(QDialogButtonBox.Close)

        self.buttons_layout.addWidget(self.button_box)


        self.dialog_layout.addLayout(self.buttons_layout)

        QWidget.setTabOrder(self.trash_table_widget, self.restore_push_button)
        QWidget.setTabOrder(self.restore_push_button, self.empty_push_button)

        self.retranslateUi(TrashDialog)
    # setupUi

    def retranslateUi(self, TrashDialog):
        TrashDialog.setWindowTitle(QCoreApplication.translate("TrashDialog", u"Sampah", None))
        self.intro_label.setText(QCoreApplication.translate("TrashDialog", u"Jenis pelayanan yang dihapus tetap di Sampah, juga setelah proyek ditutup, sampai Sampah dikosongkan. Yang sudah dikeluarkan dari Sampah masih dapat dipulihkan dari riwayat (ditandai \u201cRiwayat\u201d). Pilih satu lalu klik Pulihkan: layanan kembali beserta riwayatnya.", None))
        ___qtablewidgetitem = self.trash_table_widget.horizontalHeaderItem(0)
        ___qtablewidgetitem.setText(QCoreApplication.translate("TrashDialog", u"Jenis pelayanan", None))
        ___qtablewidgetitem1 = self.trash_table_widget.horizontalHeaderItem(1)
        ___qtablewidgetitem1.setText(QCoreApplication.translate("TrashDialog", u"Dihapus", None))
        ___qtablewidgetitem2 = self.trash_table_widget.horizontalHeaderItem(2)
        ___qtablewidgetitem2.setText(QCoreApplication.translate("TrashDialog", u"Oleh", None))
        ___qtablewidgetitem3 = self.trash_table_widget.horizontalHeaderItem(3)
        ___qtablewidgetitem3.setText(QCoreApplication.translate("TrashDialog", u"Dipulihkan dari", None))
#if QT_CONFIG(accessibility)
        self.trash_table_widget.setAccessibleName(QCoreApplication.translate("TrashDialog", u"Layanan yang dapat dipulihkan", None))
#endif // QT_CONFIG(accessibility)
        self.restore_push_button.setText(QCoreApplication.translate("TrashDialog", u"&Pulihkan", None))
        self.empty_push_button.setText(QCoreApplication.translate("TrashDialog", u"&Kosongkan Sampah\u2026", None))
#if QT_CONFIG(tooltip)
        self.empty_push_button.setToolTip(QCoreApplication.translate("TrashDialog", u"Keluarkan semua layanan dari Sampah; layanan itu masih dapat dipulihkan dari riwayat.", None))
#endif // QT_CONFIG(tooltip)
    # retranslateUi
