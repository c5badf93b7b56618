# Generated from forms/survei_hasil.ui by scripts/build_forms.py: do not edit.
# -*- coding: utf-8 -*-

################################################################################
##
##
################################################################################

from PySide6.QtCore import (QCoreApplication, QSize, Qt)
from PySide6.QtWidgets import (QAbstractItemView, QComboBox, QFrame,
    QGridLayout, QHBoxLayout, QLabel,
    QScrollArea, QSizePolicy, QSpacerItem, QTableWidget,
    QVBoxLayout, QWidget)

class Ui_SurveiHasil(object):
    def setupUi(self, SurveiHasil):
        if not SurveiHasil.objectName():
            SurveiHasil.setObjectName(u"SurveiHasil")
        SurveiHasil.resize(1100, 520)
        self.hasil_layout = QVBoxLayout(SurveiHasil)
        self.hasil_layout.setSpacing(6)
        self.hasil_layout.setObjectName(u"hasil_layout")
        self.scope_layout = QHBoxLayout()
        self.scope_layout.setObjectName(u"scope_layout")
        self.scope_label = QLabel(SurveiHasil)
        self.scope_label.setObjectName(u"scope_label")

        self.scope_layout.addWidget(self.scope_label)

        self.scope_combo_box = QComboBox(SurveiHasil)
        self.scope_combo_box.setObjectName(u"scope_combo_box")
        self.scope_combo_box.setMinimumSize(QSize(260, 0))
        self.scope_combo_box.setSizeAdjustPolicy(QComboBox.AdjustToContents)

        self.scope_layout.addWidget(self.scope_combo_box)

        self.ikm_label = QLabel(SurveiHasil)
        self.ikm_label.setObjectName(u"ikm_label")
        self.ikm_label.setStyleSheet(u"font-size: 13pt; font-weight: 600; padding-left: 12px;")
        self.ikm_label.setTextInteractionFlags(Qt.TextSelectableByMouse)

        self.scope_layout.addWidget(self.ikm_label)

        self.scope_spacer = QSpacerItem(10, 10, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.scope_layout.addItem(self.scope_spacer)


        self.hasil_layout.addLayout(self.scope_layout)

        self.hasil_scroll_area = QScrollArea(SurveiHasil)
        self.hasil_scroll_area.setObjectName(u"hasil_scroll_area")
        self.hasil_scroll_area.setWidgetResizable(True)
        self.hasil_scroll_area.setFrameShape(QFrame.NoFrame)
        self.hasil_contents = QWidget()
        self.hasil_contents.setObjectName(u"hasil_contents")
        self.hasil_grid_layout = QGridLayout(self.hasil_contents)
        self.hasil_grid_layout.setObjectName(u"hasil_grid_layout")
        self.hasil_grid_layout.setHorizontalSpacing(12)
        self.hasil_grid_layout.setVerticalSpacing(6)
        self.unsur_caption_label = QLabel(self.hasil_contents)
        self.unsur_caption_label.setObjectName(u"unsur_caption_label")
        self.unsur_caption_label.setStyleSheet(u"font-weight: 600;")

        self.hasil_grid_layout.addWidget(self.unsur_caption_label, 0, 0, 1, 1)

        self.unsur_table_widget = QTableWidget(self.hasil_contents)
        self.unsur_table_widget.setObjectName(u"unsur_table_widget")
        self.unsur_table_widget.setEditTriggers(QAbstractItemView.NoEditTriggers)
        self.unsur_table_widget.setTabKeyNavigation(False)
        self.unsur_table_widget.setSelectionBehavior(QAbstractItemView.SelectRows)

        self.hasil_grid_layout.addWidget(self.unsur_table_widget, 1, 0, 1, 1)

        self.chart_caption_label = QLabel(self.hasil_contents)
        self.chart_caption_label.setObjectName(u"chart_caption_label")
        self.chart_caption_label.setStyleSheet(u"font-weight: 600;")

        self.hasil_grid_layout.addWidget(self.chart_caption_label, 0, 1, 1, 1)

        self.chart_layout = QVBoxLayout()
        self.chart_layout.setObjectName(u"chart_layout")

        self.hasil_grid_layout.addLayout(self.chart_layout, 1, 1, 1, 1)

        self.profile_caption_label = QLabel(self.hasil_contents)
        self.profile_caption_label.setObjectName(u"profile_caption_label")
        self.profile_caption_label.setStyleSheet(u"font-weight: 600;")

        self.hasil_grid_layout.addWidget(self.profile_caption_label, 2, 0, 1, 1)

        self.profile_table_widget = QTableWidget(self.hasil_contents)
        self.profile_table_widget.setObjectName(u"profile_table_widget")
        self.profile_table_widget.setEditTriggers(QAbstractItemView.NoEditTriggers)
        self.profile_table_widget.setTabKeyNavigation(False)

        self.hasil_grid_layout.addWidget(self.profile_table_widget, 3, 0, 1, 1)

        self.trend_caption_label = QLabel(self.hasil_contents)
        self.trend_caption_label.setObjectName(u"trend_caption_label")
        self.trend_caption_label.setStyleSheet(u"font-weight: 600;")

        self.hasil_grid_layout.addWidget(self.trend_caption_label, 2, 1, 1, 1)

        self.trend_layout = QVBoxLayout()
        self.trend_layout.setObjectName(u"trend_layout")
        self.trend_table_widget = QTableWidget(self.hasil_contents)
        self.trend_table_widget.setObjectName(u"trend_table_widget")
        self.trend_table_widget.setMinimumSize(QSize(0, 110))
        self.trend_table_widget.setEditTriggers(QAbstractItemView.NoEditTriggers)
        self.trend_table_widget.setTabKeyNavigation(False)

        self.trend_layout.addWidget(self.trend_table_widget)


        self.hasil_grid_layout.addLayout(self.trend_layout, 3, 1, 1, 1)

        self.legend_label = QLabel(self.hasil_contents)
        self.legend_label.setObjectName(u"legend_label")
        self.legend_label.setWordWrap(True)
        self.legend_label.setStyleSheet(u"color: #555555;")

        self.hasil_grid_layout.addWidget(self.legend_label, 4, 0, 1, 2)

        self.hasil_grid_layout.setColumnStretch(0, 3)
        self.hasil_grid_layout.setColumnStretch(1, 2)
        self.hasil_scroll_area.setWidget(self.hasil_contents)

        self.hasil_layout.addWidget(self.hasil_scroll_area)

        self.hasil_layout.setStretch(1, 1)
#if QT_CONFIG(shortcut)
        self.scope_label.setBuddy(self.scope_combo_box)
        self.unsur_caption_label.setBuddy(self.unsur_table_widget)
        self.profile_caption_label.setBuddy(self.profile_table_widget)
        self.trend_caption_label.setBuddy(self.trend_table_widget)
#endif // QT_CONFIG(shortcut)

        self.retranslateUi(SurveiHasil)
    # setupUi

    def retranslateUi(self, SurveiHasil):
        self.scope_label.setText(QCoreApplication.translate("SurveiHasil", u"&Hasil untuk", None))
#if QT_CONFIG(accessibility)
        self.scope_combo_box.setAccessibleName(QCoreApplication.translate("SurveiHasil", u"Hasil untuk layanan", None))
#endif // QT_CONFIG(accessibility)
        self.ikm_label.setText("")
        self.unsur_caption_label.setText(QCoreApplication.translate("SurveiHasil", u"&Nilai per unsur", None))
#if QT_CONFIG(accessibility)
        self.unsur_table_widget.setAccessibleName(QCoreApplication.translate("SurveiHasil", u"Nilai per unsur", None))
#endif // QT_CONFIG(accessibility)
        self.chart_caption_label.setText(QCoreApplication.translate("SurveiHasil", u"Grafik per unsur", None))
        self.profile_caption_label.setText(QCoreApplication.translate("SurveiHasil", u"Pro&fil responden", None))
#if QT_CONFIG(accessibility)
        self.profile_table_widget.setAccessibleName(QCoreApplication.translate("SurveiHasil", u"Profil responden", None))
#endif // QT_CONFIG(accessibility)
        self.trend_caption_label.setText(QCoreApplication.translate("SurveiHasil", u"&Tren antarperiode", None))
#if QT_CONFIG(accessibility)
        self.trend_table_widget.setAccessibleName(QCoreApplication.translate("SurveiHasil", u"Tren IKM antarperiode", None))
#endif // QT_CONFIG(accessibility)
        self.legend_label.setText("")
        pass
    # retranslateUi
