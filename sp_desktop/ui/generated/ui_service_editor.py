# Generated from forms/service_editor.ui by scripts/build_forms.py: do not edit.
# -*- coding: utf-8 -*-

################################################################################
##
##
################################################################################

from PySide6.QtCore import (QCoreApplication, QSize, Qt)
from PySide6.QtGui import (QAction)
from PySide6.QtWidgets import (QHBoxLayout, QLabel, QListWidget,
    QPushButton, QSizePolicy, QSplitter,
    QStackedWidget, QTextBrowser, QToolButton, QVBoxLayout,
    QWidget)

class Ui_ServiceEditor(object):
    def setupUi(self, ServiceEditor):
        if not ServiceEditor.objectName():
            ServiceEditor.setObjectName(u"ServiceEditor")
        ServiceEditor.resize(1200, 760)
        self.previous_action = QAction(ServiceEditor)
        self.previous_action.setObjectName(u"previous_action")
        self.previous_action.setShortcutContext(Qt.WidgetWithChildrenShortcut)
        self.next_action = QAction(ServiceEditor)
        self.next_action.setObjectName(u"next_action")
        self.next_action.setShortcutContext(Qt.WidgetWithChildrenShortcut)
        self.editor_layout = QVBoxLayout(ServiceEditor)
        self.editor_layout.setSpacing(6)
        self.editor_layout.setObjectName(u"editor_layout")
        self.header_layout = QHBoxLayout()
        self.header_layout.setObjectName(u"header_layout")
        self.title_label = QLabel(ServiceEditor)
        self.title_label.setObjectName(u"title_label")
        self.title_label.setTextFormat(Qt.PlainText)
        sizePolicy = QSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)
        sizePolicy.setHorizontalStretch(1)
        sizePolicy.setVerticalStretch(0)
        sizePolicy.setHeightForWidth(self.title_label.sizePolicy().hasHeightForWidth())
        self.title_label.setSizePolicy(sizePolicy)
        self.title_label.setStyleSheet(u"font-size: 15pt; font-weight: 600;")

        self.header_layout.addWidget(self.title_label)

        self.status_label = QLabel(ServiceEditor)
        self.status_label.setObjectName(u"status_label")
        self.status_label.setStyleSheet(u"padding: 2px 8px; border-radius: 8px; background: palette(midlight);")

        self.header_layout.addWidget(self.status_label)

        self.guidance_tool_button = QToolButton(ServiceEditor)
        self.guidance_tool_button.setObjectName(u"guidance_tool_button")
        self.guidance_tool_button.setCheckable(True)
        self.guidance_tool_button.setChecked(True)

        self.header_layout.addWidget(self.guidance_tool_button)


        self.editor_layout.addLayout(self.header_layout)

        self.banner_label = QLabel(ServiceEditor)
        self.banner_label.setObjectName(u"banner_label")
        sizePolicy1 = QSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Maximum)
        sizePolicy1.setHorizontalStretch(0)
        sizePolicy1.setVerticalStretch(0)
        sizePolicy1.setHeightForWidth(self.banner_label.sizePolicy().hasHeightForWidth())
        self.banner_label.setSizePolicy(sizePolicy1)
        self.banner_label.setWordWrap(True)
        self.banner_label.setStyleSheet(u"background: #fdecea; color: #8c1d18; border: 1px solid #f2b8b5; border-radius: 4px; padding: 6px;")

        self.editor_layout.addWidget(self.banner_label)

        self.main_splitter = QSplitter(ServiceEditor)
        self.main_splitter.setObjectName(u"main_splitter")
        sizePolicy2 = QSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
        sizePolicy2.setHorizontalStretch(0)
        sizePolicy2.setVerticalStretch(1)
        sizePolicy2.setHeightForWidth(self.main_splitter.sizePolicy().hasHeightForWidth())
        self.main_splitter.setSizePolicy(sizePolicy2)
        self.main_splitter.setOrientation(Qt.Horizontal)
        self.main_splitter.setChildrenCollapsible(False)
        self.steps_list_widget = QListWidget(self.main_splitter)
        self.steps_list_widget.setObjectName(u"steps_list_widget")
        self.steps_list_widget.setMinimumSize(QSize(200, 0))
        self.steps_list_widget.setWordWrap(True)
        self.steps_list_widget.setSpacing(1)
        self.main_splitter.addWidget(self.steps_list_widget)
        self.center_widget = QWidget(self.main_splitter)
        self.center_widget.setObjectName(u"center_widget")
        self.center_layout = QVBoxLayout(self.center_widget)
        self.center_layout.setObjectName(u"center_layout")
        self.center_layout.setContentsMargins(8, 0, 8, 0)
        self.step_title_label = QLabel(self.center_widget)
        self.step_title_label.setObjectName(u"step_title_label")
        self.step_title_label.setTextFormat(Qt.PlainText)
        self.step_title_label.setWordWrap(True)
        self.step_title_label.setStyleSheet(u"font-size: 13pt; font-weight: 600;")

        self.center_layout.addWidget(self.step_title_label)

        self.pages_stacked_widget = QStackedWidget(self.center_widget)
        self.pages_stacked_widget.setObjectName(u"pages_stacked_widget")
        sizePolicy3 = QSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
        sizePolicy3.setHorizontalStretch(1)
        sizePolicy3.setVerticalStretch(1)
        sizePolicy3.setHeightForWidth(self.pages_stacked_widget.sizePolicy().hasHeightForWidth())
        self.pages_stacked_widget.setSizePolicy(sizePolicy3)

        self.center_layout.addWidget(self.pages_stacked_widget)

        self.navigation_layout = QHBoxLayout()
        self.navigation_layout.setObjectName(u"navigation_layout")
        self.previous_button = QPushButton(self.center_widget)
        self.previous_button.setObjectName(u"previous_button")
        self.previous_button.setAutoDefault(False)

        self.navigation_layout.addWidget(self.previous_button)

        self.position_label = QLabel(self.center_widget)
        self.position_label.setObjectName(u"position_label")
        self.position_label.setAlignment(Qt.AlignCenter)
        sizePolicy.setHeightForWidth(self.position_label.sizePolicy().hasHeightForWidth())
        self.position_label.setSizePolicy(sizePolicy)
        self.position_label.setStyleSheet(u"color: palette(placeholder-text);")

        self.navigation_layout.addWidget(self.position_label)

        self.next_button = QPushButton(self.center_widget)
        self.next_button.setObjectName(u"next_button")
        self.next_button.setAutoDefault(False)

        self.navigation_layout.addWidget(self.next_button)


        self.center_layout.addLayout(self.navigation_layout)

        self.main_splitter.addWidget(self.center_widget)
        self.guidance_text_browser = QTextBrowser(self.main_splitter)
        self.guidance_text_browser.setObjectName(u"guidance_text_browser")
        self.guidance_text_browser.setMinimumSize(QSize(220, 0))
        self.guidance_text_browser.setOpenExternalLinks(True)
        self.main_splitter.addWidget(self.guidance_text_browser)

        self.editor_layout.addWidget(self.main_splitter)

        self.editor_layout.setStretch(2, 1)

        self.retranslateUi(ServiceEditor)
    # setupUi

    def retranslateUi(self, ServiceEditor):
        self.previous_action.setText(QCoreApplication.translate("ServiceEditor", u"Langkah sebelumnya", None))
        self.next_action.setText(QCoreApplication.translate("ServiceEditor", u"Langkah berikutnya", None))
        self.guidance_tool_button.setText(QCoreApplication.translate("ServiceEditor", u"Panduan", None))
#if QT_CONFIG(tooltip)
        self.guidance_tool_button.setToolTip(QCoreApplication.translate("ServiceEditor", u"Tampilkan atau sembunyikan panduan peraturan (F1)", None))
#endif // QT_CONFIG(tooltip)
#if QT_CONFIG(shortcut)
        self.guidance_tool_button.setShortcut(QCoreApplication.translate("ServiceEditor", u"F1", None))
#endif // QT_CONFIG(shortcut)
#if QT_CONFIG(accessibility)
        self.steps_list_widget.setAccessibleName(QCoreApplication.translate("ServiceEditor", u"Langkah identifikasi", None))
#endif // QT_CONFIG(accessibility)
        self.previous_button.setText(QCoreApplication.translate("ServiceEditor", u"Sebelumnya", None))
#if QT_CONFIG(tooltip)
        self.previous_button.setToolTip(QCoreApplication.translate("ServiceEditor", u"Langkah sebelumnya (Ctrl+PgUp atau Alt+\u2190)", None))
#endif // QT_CONFIG(tooltip)
        self.next_button.setText(QCoreApplication.translate("ServiceEditor", u"Berikutnya", None))
#if QT_CONFIG(tooltip)
        self.next_button.setToolTip(QCoreApplication.translate("ServiceEditor", u"Langkah berikutnya (Ctrl+PgDown atau Alt+\u2192)", None))
#endif // QT_CONFIG(tooltip)
#if QT_CONFIG(accessibility)
        self.guidance_text_browser.setAccessibleName(QCoreApplication.translate("ServiceEditor", u"Panduan peraturan", None))
#endif // QT_CONFIG(accessibility)
        pass
    # retranslateUi
