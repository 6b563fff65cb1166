# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'campaign_list.ui'
##
## Created by: Qt User Interface Compiler version 6.11.3
##
## WARNING! All changes made in this file will be lost when recompiling UI file!
################################################################################

from PySide6.QtCore import (QCoreApplication, QDate, QDateTime, QLocale,
    QMetaObject, QObject, QPoint, QRect,
    QSize, QTime, QUrl, Qt)
from PySide6.QtGui import (QBrush, QColor, QConicalGradient, QCursor,
    QFont, QFontDatabase, QGradient, QIcon,
    QImage, QKeySequence, QLinearGradient, QPainter,
    QPalette, QPixmap, QRadialGradient, QTransform)
from PySide6.QtWidgets import (QAbstractItemView, QApplication, QHBoxLayout, QHeaderView,
    QLineEdit, QPushButton, QSizePolicy, QSpacerItem,
    QTableView, QVBoxLayout, QWidget)

class Ui_CampaignList(object):
    def setupUi(self, CampaignList):
        if not CampaignList.objectName():
            CampaignList.setObjectName(u"CampaignList")
        CampaignList.resize(380, 600)
        self.listLayout = QVBoxLayout(CampaignList)
        self.listLayout.setObjectName(u"listLayout")
        self.listLayout.setContentsMargins(0, 0, 0, 0)
        self.filterEdit = QLineEdit(CampaignList)
        self.filterEdit.setObjectName(u"filterEdit")
        self.filterEdit.setClearButtonEnabled(True)

        self.listLayout.addWidget(self.filterEdit)

        self.campaignView = QTableView(CampaignList)
        self.campaignView.setObjectName(u"campaignView")
        self.campaignView.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.campaignView.setAlternatingRowColors(True)
        self.campaignView.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.campaignView.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.campaignView.setSortingEnabled(True)
        self.campaignView.setWordWrap(False)
        self.campaignView.setTabKeyNavigation(False)
        self.campaignView.horizontalHeader().setStretchLastSection(True)
        self.campaignView.verticalHeader().setVisible(False)

        self.listLayout.addWidget(self.campaignView)

        self.buttonLayout = QHBoxLayout()
        self.buttonLayout.setObjectName(u"buttonLayout")
        self.newButton = QPushButton(CampaignList)
        self.newButton.setObjectName(u"newButton")

        self.buttonLayout.addWidget(self.newButton)

        self.duplicateButton = QPushButton(CampaignList)
        self.duplicateButton.setObjectName(u"duplicateButton")

        self.buttonLayout.addWidget(self.duplicateButton)

        self.deleteButton = QPushButton(CampaignList)
        self.deleteButton.setObjectName(u"deleteButton")

        self.buttonLayout.addWidget(self.deleteButton)

        self.buttonSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.buttonLayout.addItem(self.buttonSpacer)


        self.listLayout.addLayout(self.buttonLayout)

        QWidget.setTabOrder(self.filterEdit, self.campaignView)
        QWidget.setTabOrder(self.campaignView, self.newButton)
        QWidget.setTabOrder(self.newButton, self.duplicateButton)
        QWidget.setTabOrder(self.duplicateButton, self.deleteButton)

        self.retranslateUi(CampaignList)

        QMetaObject.connectSlotsByName(CampaignList)
    # setupUi

    def retranslateUi(self, CampaignList):
        self.filterEdit.setPlaceholderText(QCoreApplication.translate("CampaignList", u"Filter by number or name", None))
#if QT_CONFIG(accessibility)
        self.filterEdit.setAccessibleName(QCoreApplication.translate("CampaignList", u"Filter campaigns", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.campaignView.setAccessibleName(QCoreApplication.translate("CampaignList", u"Campaigns", None))
#endif // QT_CONFIG(accessibility)
        self.newButton.setText(QCoreApplication.translate("CampaignList", u"New", None))
        self.duplicateButton.setText(QCoreApplication.translate("CampaignList", u"Duplicate", None))
        self.deleteButton.setText(QCoreApplication.translate("CampaignList", u"Delete\u2026", None))
        pass
    # retranslateUi

