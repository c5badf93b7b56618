# Generated from forms/rescue_dialog.ui by scripts/build_forms.py: do not edit.
# -*- coding: utf-8 -*-

################################################################################
##
##
################################################################################

from PySide6.QtCore import (QCoreApplication, QSize, Qt)
from PySide6.QtWidgets import (QAbstractItemView, QDialogButtonBox, QHBoxLayout, QLabel,
    QListWidget, QPushButton, QSizePolicy,
    QSpacerItem, QTreeWidget, QVBoxLayout,
    QWidget)

class Ui_RescueDialog(object):
    def setupUi(self, RescueDialog):
        if not RescueDialog.objectName():
            RescueDialog.setObjectName(u"RescueDialog")
        RescueDialog.resize(860, 560)
        RescueDialog.setModal(True)
        self.dialog_layout = QVBoxLayout(RescueDialog)
        self.dialog_layout.setSpacing(10)
        self.dialog_layout.setObjectName(u"dialog_layout")
        self.intro_label = QLabel(RescueDialog)
        self.intro_label.setObjectName(u"intro_label")
        self.intro_label.setWordWrap(True)
        self.intro_label.setTextInteractionFlags(Qt.TextSelectableByMouse)

        self.dialog_layout.addWidget(self.intro_label)

        self.summary_label = QLabel(RescueDialog)
        self.summary_label.setObjectName(u"summary_label")
        self.summary_label.setWordWrap(True)

        self.dialog_layout.addWidget(self.summary_label)

        self.services_tree_widget = QTreeWidget(RescueDialog)
        self.services_tree_widget.setObjectName(u"services_tree_widget")
        self.services_tree_widget.setEditTriggers(QAbstractItemView.NoEditTriggers)
        self.services_tree_widget.setAlternatingRowColors(True)
        self.services_tree_widget.setRootIsDecorated(True)
        self.services_tree_widget.setUniformRowHeights(True)
        self.services_tree_widget.setWordWrap(False)

        self.dialog_layout.addWidget(self.services_tree_widget)

        self.other_label = QLabel(RescueDialog)
        self.other_label.setObjectName(u"other_label")
        self.other_label.setWordWrap(True)

        self.dialog_layout.addWidget(self.other_label)

        self.other_list_widget = QListWidget(RescueDialog)
        self.other_list_widget.setObjectName(u"other_list_widget")
        self.other_list_widget.setMaximumSize(QSize(16777215, 110))
        self.other_list_widget.setWordWrap(True)

        self.dialog_layout.addWidget(self.other_list_widget)

        self.status_label = QLabel(RescueDialog)
        self.status_label.setObjectName(u"status_label")
        self.status_label.setWordWrap(True)
        self.status_label.setTextInteractionFlags(Qt.TextSelectableByMouse)

        self.dialog_layout.addWidget(self.status_label)

        self.buttons_layout = QHBoxLayout()
        self.buttons_layout.setObjectName(u"buttons_layout")
        self.save_project_push_button = QPushButton(RescueDialog)
        self.save_project_push_button.setObjectName(u"save_project_push_button")

        self.buttons_layout.addWidget(self.save_project_push_button)

        self.save_json_push_button = QPushButton(RescueDialog)
        self.save_json_push_button.setObjectName(u"save_json_push_button")

        self.buttons_layout.addWidget(self.save_json_push_button)

        self.buttons_spacer = QSpacerItem(40, 20, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.buttons_layout.addItem(self.buttons_spacer)

        self.button_box = QDialogButtonBox(RescueDialog)
        self.button_box.setObjectName(u"button_box")
        self.button_box.setStandardButtons(QDialogButtonBox.Close)

        self.buttons_layout.addWidget(self.button_box)


        self.dialog_layout.addLayout(self.buttons_layout)

        QWidget.setTabOrder(self.services_tree_widget, self.other_list_widget)
        QWidget.setTabOrder(self.other_list_widget, self.save_project_push_button)
        QWidget.setTabOrder(self.save_project_push_button, self.save_json_push_button)

        self.retranslateUi(RescueDialog)
    # setupUi

    def retranslateUi(self, RescueDialog):
        RescueDialog.setWindowTitle(QCoreApplication.translate("RescueDialog", u"Penyelamatan berkas rusak", None))
        self.intro_label.setText("")
        self.summary_label.setText("")
        ___qtreewidgetitem = self.services_tree_widget.headerItem()
        ___qtreewidgetitem.setText(1, QCoreApplication.translate("RescueDialog", u"Keadaan", None))
        ___qtreewidgetitem.setText(0, QCoreApplication.translate("RescueDialog", u"Jenis pelayanan", None))
#if QT_CONFIG(accessibility)
        self.services_tree_widget.setAccessibleName(QCoreApplication.translate("RescueDialog", u"Jenis pelayanan yang terbaca", None))
#endif // QT_CONFIG(accessibility)
        self.other_label.setText(QCoreApplication.translate("RescueDialog", u"Bagian lain yang tidak terbaca (dikosongkan atau diganti nilai bawaan):", None))
#if QT_CONFIG(accessibility)
        self.other_list_widget.setAccessibleName(QCoreApplication.translate("RescueDialog", u"Bagian lain yang tidak terbaca", None))
#endif // QT_CONFIG(accessibility)
        self.status_label.setText("")
        self.save_project_push_button.setText(QCoreApplication.translate("RescueDialog", u"Simpan sebagai proyek &baru\u2026", None))
#if QT_CONFIG(tooltip)
        self.save_project_push_button.setToolTip(QCoreApplication.translate("RescueDialog", u"Tulis yang masih terbaca ke berkas proyek baru, lalu lanjutkan pekerjaan di sana.", None))
#endif // QT_CONFIG(tooltip)
        self.save_json_push_button.setText(QCoreApplication.translate("RescueDialog", u"Simpan sebagai SP &JSON\u2026", None))
#if QT_CONFIG(tooltip)
        self.save_json_push_button.setToolTip(QCoreApplication.translate("RescueDialog", u"Tulis yang masih terbaca sebagai berkas SP JSON, yang dapat diimpor ke proyek lain.", None))
#endif // QT_CONFIG(tooltip)
    # retranslateUi
