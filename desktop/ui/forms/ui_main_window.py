# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'main_window.ui'
##
## Created by: Qt User Interface Compiler version 6.12.0
##
## WARNING! All changes made in this file will be lost when recompiling UI file!
################################################################################

from PySide6.QtCore import (QCoreApplication, QDate, QDateTime, QLocale,
    QMetaObject, QObject, QPoint, QRect,
    QSize, QTime, QUrl, Qt)
from PySide6.QtGui import (QAction, QBrush, QColor, QConicalGradient,
    QCursor, QFont, QFontDatabase, QGradient,
    QIcon, QImage, QKeySequence, QLinearGradient,
    QPainter, QPalette, QPixmap, QRadialGradient,
    QTransform)
from PySide6.QtWidgets import (QApplication, QHBoxLayout, QMainWindow, QMenu,
    QMenuBar, QSizePolicy, QSplitter, QStackedWidget,
    QStatusBar, QVBoxLayout, QWidget)

class Ui_MainWindow(object):
    def setupUi(self, MainWindow):
        if not MainWindow.objectName():
            MainWindow.setObjectName(u"MainWindow")
        MainWindow.resize(1180, 740)
        MainWindow.setWindowTitle(u"Kampagnen")
        self.actionNewCampaign = QAction(MainWindow)
        self.actionNewCampaign.setObjectName(u"actionNewCampaign")
        self.actionSave = QAction(MainWindow)
        self.actionSave.setObjectName(u"actionSave")
        self.actionSettings = QAction(MainWindow)
        self.actionSettings.setObjectName(u"actionSettings")
        self.actionSettings.setMenuRole(QAction.MenuRole.PreferencesRole)
        self.actionQuit = QAction(MainWindow)
        self.actionQuit.setObjectName(u"actionQuit")
        self.actionCampaigns = QAction(MainWindow)
        self.actionCampaigns.setObjectName(u"actionCampaigns")
        self.actionCreateQuery = QAction(MainWindow)
        self.actionCreateQuery.setObjectName(u"actionCreateQuery")
        self.actionSelections = QAction(MainWindow)
        self.actionSelections.setObjectName(u"actionSelections")
        self.actionTemplates = QAction(MainWindow)
        self.actionTemplates.setObjectName(u"actionTemplates")
        self.actionDuplicateCampaign = QAction(MainWindow)
        self.actionDuplicateCampaign.setObjectName(u"actionDuplicateCampaign")
        self.actionDeleteCampaign = QAction(MainWindow)
        self.actionDeleteCampaign.setObjectName(u"actionDeleteCampaign")
        self.actionAbout = QAction(MainWindow)
        self.actionAbout.setObjectName(u"actionAbout")
        self.centralwidget = QWidget(MainWindow)
        self.centralwidget.setObjectName(u"centralwidget")
        self.centralLayout = QVBoxLayout(self.centralwidget)
        self.centralLayout.setObjectName(u"centralLayout")
        self.centralLayout.setContentsMargins(6, 6, 6, 0)
        self.pages = QStackedWidget(self.centralwidget)
        self.pages.setObjectName(u"pages")
        self.campaignsPage = QWidget()
        self.campaignsPage.setObjectName(u"campaignsPage")
        self.campaignsLayout = QHBoxLayout(self.campaignsPage)
        self.campaignsLayout.setObjectName(u"campaignsLayout")
        self.campaignsLayout.setContentsMargins(0, 0, 0, 0)
        self.campaignSplitter = QSplitter(self.campaignsPage)
        self.campaignSplitter.setObjectName(u"campaignSplitter")
        self.campaignSplitter.setOrientation(Qt.Orientation.Horizontal)
        self.campaignSplitter.setChildrenCollapsible(False)

        self.campaignsLayout.addWidget(self.campaignSplitter)

        self.pages.addWidget(self.campaignsPage)

        self.centralLayout.addWidget(self.pages)

        MainWindow.setCentralWidget(self.centralwidget)
        self.menubar = QMenuBar(MainWindow)
        self.menubar.setObjectName(u"menubar")
        self.menuFile = QMenu(self.menubar)
        self.menuFile.setObjectName(u"menuFile")
        self.menuEdit = QMenu(self.menubar)
        self.menuEdit.setObjectName(u"menuEdit")
        self.menuHelp = QMenu(self.menubar)
        self.menuHelp.setObjectName(u"menuHelp")
        MainWindow.setMenuBar(self.menubar)
        self.statusbar = QStatusBar(MainWindow)
        self.statusbar.setObjectName(u"statusbar")
        MainWindow.setStatusBar(self.statusbar)

        self.menubar.addAction(self.menuFile.menuAction())
        self.menubar.addAction(self.menuEdit.menuAction())
        self.menubar.addAction(self.menuHelp.menuAction())
        self.menuFile.addAction(self.actionNewCampaign)
        self.menuFile.addAction(self.actionSave)
        self.menuFile.addSeparator()
        self.menuFile.addAction(self.actionSettings)
        self.menuFile.addSeparator()
        self.menuFile.addAction(self.actionQuit)
        self.menuEdit.addAction(self.actionCampaigns)
        self.menuEdit.addAction(self.actionCreateQuery)
        self.menuEdit.addAction(self.actionSelections)
        self.menuEdit.addAction(self.actionTemplates)
        self.menuEdit.addSeparator()
        self.menuEdit.addAction(self.actionDuplicateCampaign)
        self.menuEdit.addAction(self.actionDeleteCampaign)
        self.menuHelp.addAction(self.actionAbout)

        self.retranslateUi(MainWindow)

        QMetaObject.connectSlotsByName(MainWindow)
    # setupUi

    def retranslateUi(self, MainWindow):
        self.actionNewCampaign.setText(QCoreApplication.translate("MainWindow", u"&New campaign", None))
#if QT_CONFIG(shortcut)
        self.actionNewCampaign.setShortcut(QCoreApplication.translate("MainWindow", u"Ctrl+N", None))
#endif // QT_CONFIG(shortcut)
        self.actionSave.setText(QCoreApplication.translate("MainWindow", u"&Save", None))
#if QT_CONFIG(shortcut)
        self.actionSave.setShortcut(QCoreApplication.translate("MainWindow", u"Ctrl+S", None))
#endif // QT_CONFIG(shortcut)
        self.actionSettings.setText(QCoreApplication.translate("MainWindow", u"S&ettings\u2026", None))
        self.actionQuit.setText(QCoreApplication.translate("MainWindow", u"&Quit", None))
#if QT_CONFIG(shortcut)
        self.actionQuit.setShortcut(QCoreApplication.translate("MainWindow", u"Ctrl+Q", None))
#endif // QT_CONFIG(shortcut)
        self.actionCampaigns.setText(QCoreApplication.translate("MainWindow", u"&Campaigns", None))
#if QT_CONFIG(shortcut)
        self.actionCampaigns.setShortcut(QCoreApplication.translate("MainWindow", u"Ctrl+1", None))
#endif // QT_CONFIG(shortcut)
        self.actionCreateQuery.setText(QCoreApplication.translate("MainWindow", u"Create &query\u2026", None))
#if QT_CONFIG(shortcut)
        self.actionCreateQuery.setShortcut(QCoreApplication.translate("MainWindow", u"Ctrl+2", None))
#endif // QT_CONFIG(shortcut)
        self.actionSelections.setText(QCoreApplication.translate("MainWindow", u"&Selections\u2026", None))
#if QT_CONFIG(shortcut)
        self.actionSelections.setShortcut(QCoreApplication.translate("MainWindow", u"Ctrl+3", None))
#endif // QT_CONFIG(shortcut)
        self.actionTemplates.setText(QCoreApplication.translate("MainWindow", u"&Templates\u2026", None))
#if QT_CONFIG(shortcut)
        self.actionTemplates.setShortcut(QCoreApplication.translate("MainWindow", u"Ctrl+4", None))
#endif // QT_CONFIG(shortcut)
        self.actionDuplicateCampaign.setText(QCoreApplication.translate("MainWindow", u"&Duplicate campaign", None))
#if QT_CONFIG(shortcut)
        self.actionDuplicateCampaign.setShortcut(QCoreApplication.translate("MainWindow", u"Ctrl+D", None))
#endif // QT_CONFIG(shortcut)
        self.actionDeleteCampaign.setText(QCoreApplication.translate("MainWindow", u"De&lete campaign\u2026", None))
        self.actionAbout.setText(QCoreApplication.translate("MainWindow", u"&About Kampagnen", None))
        self.menuFile.setTitle(QCoreApplication.translate("MainWindow", u"&File", None))
        self.menuEdit.setTitle(QCoreApplication.translate("MainWindow", u"&Edit", None))
        self.menuHelp.setTitle(QCoreApplication.translate("MainWindow", u"&Help", None))
        pass
    # retranslateUi

