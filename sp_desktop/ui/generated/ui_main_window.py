# Generated from forms/main_window.ui by scripts/build_forms.py: do not edit.
# -*- coding: utf-8 -*-

################################################################################
##
##
################################################################################

from PySide6.QtCore import (QCoreApplication, QDate, QDateTime, QLocale,
    QMetaObject, QObject, QPoint, QRect,
    QSize, QTime, QUrl, Qt)
from PySide6.QtGui import (QAction, QBrush, QColor, QConicalGradient,
    QCursor, QFont, QFontDatabase, QGradient,
    QIcon, QImage, QKeySequence, QLinearGradient,
    QPainter, QPalette, QPixmap, QRadialGradient,
    QTransform)
from PySide6.QtWidgets import (QApplication, QFrame, QHBoxLayout, QListWidget,
    QListWidgetItem, QMainWindow, QMenu, QMenuBar,
    QSizePolicy, QStackedWidget, QStatusBar, QVBoxLayout,
    QWidget)

class Ui_MainWindow(object):
    def setupUi(self, MainWindow):
        if not MainWindow.objectName():
            MainWindow.setObjectName(u"MainWindow")
        MainWindow.resize(1180, 760)
        MainWindow.setMinimumSize(QSize(900, 600))
        self.new_action = QAction(MainWindow)
        self.new_action.setObjectName(u"new_action")
        self.open_action = QAction(MainWindow)
        self.open_action.setObjectName(u"open_action")
        self.save_copy_action = QAction(MainWindow)
        self.save_copy_action.setObjectName(u"save_copy_action")
        self.switch_user_action = QAction(MainWindow)
        self.switch_user_action.setObjectName(u"switch_user_action")
        self.close_action = QAction(MainWindow)
        self.close_action.setObjectName(u"close_action")
        self.quit_action = QAction(MainWindow)
        self.quit_action.setObjectName(u"quit_action")
        self.about_action = QAction(MainWindow)
        self.about_action.setObjectName(u"about_action")
        self.central_widget = QWidget(MainWindow)
        self.central_widget.setObjectName(u"central_widget")
        self.central_layout = QVBoxLayout(self.central_widget)
        self.central_layout.setSpacing(0)
        self.central_layout.setObjectName(u"central_layout")
        self.central_layout.setContentsMargins(0, 0, 0, 0)
        self.main_stacked_widget = QStackedWidget(self.central_widget)
        self.main_stacked_widget.setObjectName(u"main_stacked_widget")
        self.start_container_widget = QWidget()
        self.start_container_widget.setObjectName(u"start_container_widget")
        self.start_container_layout = QVBoxLayout(self.start_container_widget)
        self.start_container_layout.setObjectName(u"start_container_layout")
        self.start_container_layout.setContentsMargins(0, 0, 0, 0)
        self.main_stacked_widget.addWidget(self.start_container_widget)
        self.workspace_widget = QWidget()
        self.workspace_widget.setObjectName(u"workspace_widget")
        self.workspace_layout = QHBoxLayout(self.workspace_widget)
        self.workspace_layout.setSpacing(0)
        self.workspace_layout.setObjectName(u"workspace_layout")
        self.workspace_layout.setContentsMargins(0, 0, 0, 0)
        self.nav_list_widget = QListWidget(self.workspace_widget)
        QListWidgetItem(self.nav_list_widget)
        QListWidgetItem(self.nav_list_widget)
        QListWidgetItem(self.nav_list_widget)
        self.nav_list_widget.setObjectName(u"nav_list_widget")
        self.nav_list_widget.setMinimumSize(QSize(190, 0))
        self.nav_list_widget.setMaximumSize(QSize(190, 16777215))
        self.nav_list_widget.setFrameShape(QFrame.NoFrame)
        self.nav_list_widget.setIconSize(QSize(20, 20))
        self.nav_list_widget.setSpacing(2)

        self.workspace_layout.addWidget(self.nav_list_widget)

        self.pages_stacked_widget = QStackedWidget(self.workspace_widget)
        self.pages_stacked_widget.setObjectName(u"pages_stacked_widget")

        self.workspace_layout.addWidget(self.pages_stacked_widget)

        self.main_stacked_widget.addWidget(self.workspace_widget)

        self.central_layout.addWidget(self.main_stacked_widget)

        MainWindow.setCentralWidget(self.central_widget)
        self.menu_bar = QMenuBar(MainWindow)
        self.menu_bar.setObjectName(u"menu_bar")
        self.file_menu = QMenu(self.menu_bar)
        self.file_menu.setObjectName(u"file_menu")
        self.recent_menu = QMenu(self.file_menu)
        self.recent_menu.setObjectName(u"recent_menu")
        self.help_menu = QMenu(self.menu_bar)
        self.help_menu.setObjectName(u"help_menu")
        MainWindow.setMenuBar(self.menu_bar)
        self.status_bar = QStatusBar(MainWindow)
        self.status_bar.setObjectName(u"status_bar")
        MainWindow.setStatusBar(self.status_bar)

        self.menu_bar.addAction(self.file_menu.menuAction())
        self.menu_bar.addAction(self.help_menu.menuAction())
        self.file_menu.addAction(self.new_action)
        self.file_menu.addAction(self.open_action)
        self.file_menu.addAction(self.recent_menu.menuAction())
        self.file_menu.addSeparator()
        self.file_menu.addAction(self.save_copy_action)
        self.file_menu.addAction(self.switch_user_action)
        self.file_menu.addSeparator()
        self.file_menu.addAction(self.close_action)
        self.file_menu.addAction(self.quit_action)
        self.help_menu.addAction(self.about_action)

        self.retranslateUi(MainWindow)
    # setupUi

    def retranslateUi(self, MainWindow):
        MainWindow.setWindowTitle(QCoreApplication.translate("MainWindow", u"SP Desktop", None))
        self.new_action.setText(QCoreApplication.translate("MainWindow", u"&Baru\u2026", None))
#if QT_CONFIG(tooltip)
        self.new_action.setToolTip(QCoreApplication.translate("MainWindow", u"Buat berkas proyek baru (.spdb)", None))
#endif // QT_CONFIG(tooltip)
#if QT_CONFIG(shortcut)
        self.new_action.setShortcut(QCoreApplication.translate("MainWindow", u"Ctrl+N", None))
#endif // QT_CONFIG(shortcut)
        self.open_action.setText(QCoreApplication.translate("MainWindow", u"B&uka\u2026", None))
#if QT_CONFIG(tooltip)
        self.open_action.setToolTip(QCoreApplication.translate("MainWindow", u"Buka berkas proyek (.spdb)", None))
#endif // QT_CONFIG(tooltip)
#if QT_CONFIG(shortcut)
        self.open_action.setShortcut(QCoreApplication.translate("MainWindow", u"Ctrl+O", None))
#endif // QT_CONFIG(shortcut)
        self.save_copy_action.setText(QCoreApplication.translate("MainWindow", u"&Simpan salinan\u2026", None))
#if QT_CONFIG(tooltip)
        self.save_copy_action.setToolTip(QCoreApplication.translate("MainWindow", u"Simpan salinan proyek ke berkas lain, misalnya untuk cadangan", None))
#endif // QT_CONFIG(tooltip)
        self.switch_user_action.setText(QCoreApplication.translate("MainWindow", u"&Ganti pengguna\u2026", None))
#if QT_CONFIG(tooltip)
        self.switch_user_action.setToolTip(QCoreApplication.translate("MainWindow", u"Pilih siapa Anda dari Tim Penyusun", None))
#endif // QT_CONFIG(tooltip)
        self.close_action.setText(QCoreApplication.translate("MainWindow", u"&Tutup", None))
#if QT_CONFIG(tooltip)
        self.close_action.setToolTip(QCoreApplication.translate("MainWindow", u"Tutup proyek dan kembali ke layar awal", None))
#endif // QT_CONFIG(tooltip)
#if QT_CONFIG(shortcut)
        self.close_action.setShortcut(QCoreApplication.translate("MainWindow", u"Ctrl+W", None))
#endif // QT_CONFIG(shortcut)
        self.quit_action.setText(QCoreApplication.translate("MainWindow", u"&Keluar", None))
#if QT_CONFIG(shortcut)
        self.quit_action.setShortcut(QCoreApplication.translate("MainWindow", u"Ctrl+Q", None))
#endif // QT_CONFIG(shortcut)
        self.about_action.setText(QCoreApplication.translate("MainWindow", u"&Tentang SP Desktop", None))

        __sortingEnabled = self.nav_list_widget.isSortingEnabled()
        self.nav_list_widget.setSortingEnabled(False)
        ___qlistwidgetitem = self.nav_list_widget.item(0)
        ___qlistwidgetitem.setText(QCoreApplication.translate("MainWindow", u"Profil Instansi", None))
        ___qlistwidgetitem1 = self.nav_list_widget.item(1)
        ___qlistwidgetitem1.setText(QCoreApplication.translate("MainWindow", u"Tim Penyusun", None))
        ___qlistwidgetitem2 = self.nav_list_widget.item(2)
        ___qlistwidgetitem2.setText(QCoreApplication.translate("MainWindow", u"Jenis Pelayanan", None))
        self.nav_list_widget.setSortingEnabled(__sortingEnabled)

#if QT_CONFIG(accessibility)
        self.nav_list_widget.setAccessibleName(QCoreApplication.translate("MainWindow", u"Navigasi", None))
#endif // QT_CONFIG(accessibility)
        self.file_menu.setTitle(QCoreApplication.translate("MainWindow", u"&Berkas", None))
        self.recent_menu.setTitle(QCoreApplication.translate("MainWindow", u"Berkas &terakhir", None))
        self.help_menu.setTitle(QCoreApplication.translate("MainWindow", u"Ban&tuan", None))
    # retranslateUi
