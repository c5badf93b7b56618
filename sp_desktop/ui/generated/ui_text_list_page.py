# Generated from forms/text_list_page.ui by scripts/build_forms.py: do not edit.
# -*- coding: utf-8 -*-

################################################################################
##
##
################################################################################

from PySide6.QtWidgets import (QLabel, QVBoxLayout)

from sp_desktop.ui.widgets.editable_list import EditableListWidget

class Ui_TextListPage(object):
    def setupUi(self, TextListPage):
        if not TextListPage.objectName():
            TextListPage.setObjectName(u"TextListPage")
        TextListPage.resize(680, 560)
        self.page_layout = QVBoxLayout(TextListPage)
        self.page_layout.setSpacing(10)
        self.page_layout.setObjectName(u"page_layout")
        self.page_layout.setContentsMargins(0, 0, 0, 0)
        self.hint_label = QLabel(TextListPage)
        self.hint_label.setObjectName(u"hint_label")
        self.hint_label.setWordWrap(True)

        self.page_layout.addWidget(self.hint_label)

        self.items_list_widget = EditableListWidget(TextListPage)
        self.items_list_widget.setObjectName(u"items_list_widget")

        self.page_layout.addWidget(self.items_list_widget)


        self.retranslateUi(TextListPage)
    # setupUi

    def retranslateUi(self, TextListPage):
        self.hint_label.setText("")
        pass
    # retranslateUi
