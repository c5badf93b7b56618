# Generated from forms/templates_dialog.ui by scripts/build_forms.py: do not edit.
# -*- coding: utf-8 -*-

################################################################################
##
##
################################################################################

from PySide6.QtCore import (QCoreApplication, QSize)
from PySide6.QtWidgets import (QAbstractItemView, QComboBox,
    QDialogButtonBox, QHBoxLayout, QLabel, QPushButton, QSizePolicy, QSpacerItem,
    QTableWidget, QTableWidgetItem, QVBoxLayout, QWidget)

class Ui_TemplatesDialog(object):
    def setupUi(self, TemplatesDialog):
        if not TemplatesDialog.objectName():
            TemplatesDialog.setObjectName(u"TemplatesDialog")
        TemplatesDialog.resize(1000, 600)
        TemplatesDialog.setModal(True)
        self.dialog_layout = QVBoxLayout(TemplatesDialog)
        self.dialog_layout.setSpacing(10)
        self.dialog_layout.setObjectName(u"dialog_layout")
        self.intro_label = QLabel(TemplatesDialog)
        self.intro_label.setObjectName(u"intro_label")
        self.intro_label.setWordWrap(True)

        self.dialog_layout.addWidget(self.intro_label)

        self.kind_layout = QHBoxLayout()
        self.kind_layout.setObjectName(u"kind_layout")
        self.kind_label = QLabel(TemplatesDialog)
        self.kind_label.setObjectName(u"kind_label")

        self.kind_layout.addWidget(self.kind_label)

        self.kind_combo_box = QComboBox(TemplatesDialog)
        self.kind_combo_box.setObjectName(u"kind_combo_box")
        self.kind_combo_box.setMinimumSize(QSize(240, 0))

        self.kind_layout.addWidget(self.kind_combo_box)

        self.status_label = QLabel(TemplatesDialog)
        self.status_label.setObjectName(u"status_label")
        self.status_label.setWordWrap(True)
        sizePolicy = QSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)
        sizePolicy.setHorizontalStretch(1)
        sizePolicy.setVerticalStretch(0)
        sizePolicy.setHeightForWidth(self.status_label.sizePolicy().hasHeightForWidth())
        self.status_label.setSizePolicy(sizePolicy)

        self.kind_layout.addWidget(self.status_label)


        self.dialog_layout.addLayout(self.kind_layout)

        self.actions_layout = QHBoxLayout()
        self.actions_layout.setObjectName(u"actions_layout")
        self.save_builtin_push_button = QPushButton(TemplatesDialog)
        self.save_builtin_push_button.setObjectName(u"save_builtin_push_button")

        self.actions_layout.addWidget(self.save_builtin_push_button)

        self.save_current_push_button = QPushButton(TemplatesDialog)
        self.save_current_push_button.setObjectName(u"save_current_push_button")

        self.actions_layout.addWidget(self.save_current_push_button)

        self.load_push_button = QPushButton(TemplatesDialog)
        self.load_push_button.setObjectName(u"load_push_button")

        self.actions_layout.addWidget(self.load_push_button)

        self.reset_push_button = QPushButton(TemplatesDialog)
        self.reset_push_button.setObjectName(u"reset_push_button")

        self.actions_layout.addWidget(self.reset_push_button)

        self.actions_spacer = QSpacerItem(20, 20, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.actions_layout.addItem(self.actions_spacer)


        self.dialog_layout.addLayout(self.actions_layout)

        self.fields_label = QLabel(TemplatesDialog)
        self.fields_label.setObjectName(u"fields_label")

        self.dialog_layout.addWidget(self.fields_label)

        self.fields_table_widget = QTableWidget(TemplatesDialog)
        if (self.fields_table_widget.columnCount() < 3):
            self.fields_table_widget.setColumnCount(3)
        __qtablewidgetitem = QTableWidgetItem()
        self.fields_table_widget.setHorizontalHeaderItem(0, __qtablewidgetitem)
        __qtablewidgetitem1 = QTableWidgetItem()
        self.fields_table_widget.setHorizontalHeaderItem(1, __qtablewidgetitem1)
        __qtablewidgetitem2 = QTableWidgetItem()
        self.fields_table_widget.setHorizontalHeaderItem(2, __qtablewidgetitem2)
        self.fields_table_widget.setObjectName(u"fields_table_widget")
        self.fields_table_widget.setEditTriggers(QAbstractItemView.NoEditTriggers)
        self.fields_table_widget.setAlternatingRowColors(True)
        self.fields_table_widget.setSelectionMode(QAbstractItemView.SingleSelection)
        self.fields_table_widget.setSelectionBehavior(QAbstractItemView.SelectRows)
        self.fields_table_widget.setWordWrap(False)
        self.fields_table_widget.horizontalHeader().setStretchLastSection(True)
        self.fields_table_widget.verticalHeader().setVisible(False)

        self.dialog_layout.addWidget(self.fields_table_widget)

        self.buttons_layout = QHBoxLayout()
        self.buttons_layout.setObjectName(u"buttons_layout")
        self.hint_label = QLabel(TemplatesDialog)
        self.hint_label.setObjectName(u"hint_label")
        self.hint_label.setWordWrap(True)
        sizePolicy.setHeightForWidth(self.hint_label.sizePolicy().hasHeightForWidth())
        self.hint_label.setSizePolicy(sizePolicy)

        self.buttons_layout.addWidget(self.hint_label)

        self.button_box = QDialogButtonBox(TemplatesDialog)
        self.button_box.setObjectName(u"button_box")
        self.button_box.setStandardButtons(QDialogButtonBox.Close)

        self.buttons_layout.addWidget(self.button_box)


        self.dialog_layout.addLayout(self.buttons_layout)

#if QT_CONFIG(shortcut)
        self.kind_label.setBuddy(self.kind_combo_box)
        self.fields_label.setBuddy(self.fields_table_widget)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.kind_combo_box, self.save_builtin_push_button)
        QWidget.setTabOrder(self.save_builtin_push_button, self.save_current_push_button)
        QWidget.setTabOrder(self.save_current_push_button, self.load_push_button)
        QWidget.setTabOrder(self.load_push_button, self.reset_push_button)
        QWidget.setTabOrder(self.reset_push_button, self.fields_table_widget)

        self.retranslateUi(TemplatesDialog)
    # setupUi

    def retranslateUi(self, TemplatesDialog):
        TemplatesDialog.setWindowTitle(QCoreApplication.translate("TemplatesDialog", u"Templat Word", None))
        self.intro_label.setText(QCoreApplication.translate("TemplatesDialog", u"Tata naskah dinas berbeda di tiap daerah. Simpan tata letak bawaan sebagai templat Word, ubah di Word sesuai format surat instansi Anda (kolom seperti {{ nomor }} biarkan tetap), lalu muat kembali. Templat disimpan di berkas proyek, sehingga dipakai seluruh tim. Ekspor ke Word memakai templat ini; PDF tetap memakai tata letak bawaan, dan lampiran selalu mengikuti tata letak bawaan.", None))
        self.kind_label.setText(QCoreApplication.translate("TemplatesDialog", u"&Dokumen:", None))
#if QT_CONFIG(accessibility)
        self.kind_combo_box.setAccessibleName(QCoreApplication.translate("TemplatesDialog", u"Dokumen yang templatnya diatur", None))
#endif // QT_CONFIG(accessibility)
        self.status_label.setText(QCoreApplication.translate("TemplatesDialog", u"Memakai tata letak bawaan.", None))
        self.save_builtin_push_button.setText(QCoreApplication.translate("TemplatesDialog", u"&Simpan tata letak bawaan sebagai templat\u2026", None))
#if QT_CONFIG(tooltip)
        self.save_builtin_push_button.setToolTip(QCoreApplication.translate("TemplatesDialog", u"Simpan dokumen bawaan sebagai berkas Word berisi kolom isian, untuk diubah di Word.", None))
#endif // QT_CONFIG(tooltip)
        self.save_current_push_button.setText(QCoreApplication.translate("TemplatesDialog", u"Simpan templat yang &dipakai\u2026", None))
#if QT_CONFIG(tooltip)
        self.save_current_push_button.setToolTip(QCoreApplication.translate("TemplatesDialog", u"Simpan salinan templat yang sekarang tersimpan di proyek.", None))
#endif // QT_CONFIG(tooltip)
        self.load_push_button.setText(QCoreApplication.translate("TemplatesDialog", u"&Muat templat\u2026", None))
#if QT_CONFIG(tooltip)
        self.load_push_button.setToolTip(QCoreApplication.translate("TemplatesDialog", u"Pilih berkas Word (.docx) yang sudah diubah; templat diperiksa sebelum disimpan.", None))
#endif // QT_CONFIG(tooltip)
        self.reset_push_button.setText(QCoreApplication.translate("TemplatesDialog", u"&Kembalikan ke bawaan", None))
#if QT_CONFIG(tooltip)
        self.reset_push_button.setToolTip(QCoreApplication.translate("TemplatesDialog", u"Hapus templat dari proyek; ekspor Word kembali memakai tata letak bawaan.", None))
#endif // QT_CONFIG(tooltip)
        self.fields_label.setText(QCoreApplication.translate("TemplatesDialog", u"&Kolom yang tersedia (tulis persis seperti pada kolom pertama):", None))
        ___qtablewidgetitem = self.fields_table_widget.horizontalHeaderItem(0)
        ___qtablewidgetitem.setText(QCoreApplication.translate("TemplatesDialog", u"Kolom", None))
        ___qtablewidgetitem1 = self.fields_table_widget.horizontalHeaderItem(1)
        ___qtablewidgetitem1.setText(QCoreApplication.translate("TemplatesDialog", u"Isi", None))
        ___qtablewidgetitem2 = self.fields_table_widget.horizontalHeaderItem(2)
        ___qtablewidgetitem2.setText(QCoreApplication.translate("TemplatesDialog", u"Contoh dari proyek ini", None))
#if QT_CONFIG(accessibility)
        self.fields_table_widget.setAccessibleName(QCoreApplication.translate("TemplatesDialog", u"Kolom templat", None))
#endif // QT_CONFIG(accessibility)
        self.hint_label.setText(QCoreApplication.translate("TemplatesDialog", u"Daftar (mis. yang diundang) diulang per baris tabel dengan {%tr for \u2026 %} \u2026 {%tr endfor %}, masing-masing pada baris tabelnya sendiri.", None))
    # retranslateUi
