# Generated from forms/audit_dialog.ui by scripts/build_forms.py: do not edit.
# -*- coding: utf-8 -*-

################################################################################
##
##
################################################################################

from PySide6.QtCore import (QCoreApplication)
from PySide6.QtWidgets import (QAbstractItemView, QDialogButtonBox, QHBoxLayout, QLabel,
    QSizePolicy, QSpacerItem, QTableWidget, QTableWidgetItem,
    QVBoxLayout)

class Ui_AuditDialog(object):
    def setupUi(self, AuditDialog):
        if not AuditDialog.objectName():
            AuditDialog.setObjectName(u"AuditDialog")
        AuditDialog.resize(820, 460)
        AuditDialog.setModal(True)
        self.dialog_layout = QVBoxLayout(AuditDialog)
        self.dialog_layout.setSpacing(10)
        self.dialog_layout.setObjectName(u"dialog_layout")
        self.intro_label = QLabel(AuditDialog)
        self.intro_label.setObjectName(u"intro_label")
        self.intro_label.setWordWrap(True)

        self.dialog_layout.addWidget(self.intro_label)

        self.audit_table_widget = QTableWidget(AuditDialog)
        if (self.audit_table_widget.columnCount() < 5):
            self.audit_table_widget.setColumnCount(5)
        __qtablewidgetitem = QTableWidgetItem()
        self.audit_table_widget.setHorizontalHeaderItem(0, __qtablewidgetitem)
        __qtablewidgetitem1 = QTableWidgetItem()
        self.audit_table_widget.setHorizontalHeaderItem(1, __qtablewidgetitem1)
        __qtablewidgetitem2 = QTableWidgetItem()
        self.audit_table_widget.setHorizontalHeaderItem(2, __qtablewidgetitem2)
        __qtablewidgetitem3 = QTableWidgetItem()
        self.audit_table_widget.setHorizontalHeaderItem(3, __qtablewidgetitem3)
        __qtablewidgetitem4 = QTableWidgetItem()
        self.audit_table_widget.setHorizontalHeaderItem(4, __qtablewidgetitem4)
        self.audit_table_widget.setObjectName(u"audit_table_widget")
        self.audit_table_widget.setEditTriggers(QAbstractItemView.NoEditTriggers)
        self.audit_table_widget.setAlternatingRowColors(True)
        self.audit_table_widget.setSelectionMode(QAbstractItemView.SingleSelection)
        self.audit_table_widget.setSelectionBehavior(QAbstractItemView.SelectRows)
        self.audit_table_widget.horizontalHeader().setStretchLastSection(True)
        self.audit_table_widget.verticalHeader().setVisible(False)

        self.dialog_layout.addWidget(self.audit_table_widget)

        self.buttons_layout = QHBoxLayout()
        self.buttons_layout.setObjectName(u"buttons_layout")
        self.buttons_spacer = QSpacerItem(40, 20, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.buttons_layout.addItem(self.buttons_spacer)

        self.button_box = QDialogButtonBox(AuditDialog)
        self.button_box.setObjectName(u"button_box")
        self.button_box.setStandardButtons(QDialogButtonBox.Close)

        self.buttons_layout.addWidget(self.button_box)


        self.dialog_layout.addLayout(self.buttons_layout)


        self.retranslateUi(AuditDialog)
    # setupUi

    def retranslateUi(self, AuditDialog):
        AuditDialog.setWindowTitle(QCoreApplication.translate("AuditDialog", u"Riwayat perubahan", None))
        self.intro_label.setText("")
        ___qtablewidgetitem = self.audit_table_widget.horizontalHeaderItem(0)
        ___qtablewidgetitem.setText(QCoreApplication.translate("AuditDialog", u"Waktu", None))
        ___qtablewidgetitem1 = self.audit_table_widget.horizontalHeaderItem(1)
        ___qtablewidgetitem1.setText(QCoreApplication.translate("AuditDialog", u"Pelaku", None))
        ___qtablewidgetitem2 = self.audit_table_widget.horizontalHeaderItem(2)
        ___qtablewidgetitem2.setText(QCoreApplication.translate("AuditDialog", u"Aksi", None))
        ___qtablewidgetitem3 = self.audit_table_widget.horizontalHeaderItem(3)
        ___qtablewidgetitem3.setText(QCoreApplication.translate("AuditDialog", u"Komponen", None))
        ___qtablewidgetitem4 = self.audit_table_widget.horizontalHeaderItem(4)
        ___qtablewidgetitem4.setText(QCoreApplication.translate("AuditDialog", u"Keterangan", None))
    # retranslateUi
