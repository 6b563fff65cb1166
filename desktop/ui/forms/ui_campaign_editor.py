# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'campaign_editor.ui'
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
from PySide6.QtWidgets import (QAbstractButton, QApplication, QComboBox, QDateEdit,
    QDialogButtonBox, QDoubleSpinBox, QFormLayout, QGroupBox,
    QHBoxLayout, QLabel, QLineEdit, QPlainTextEdit,
    QPushButton, QSizePolicy, QSpacerItem, QSplitter,
    QTabWidget, QVBoxLayout, QWidget)

class Ui_CampaignEditor(object):
    def setupUi(self, CampaignEditor):
        if not CampaignEditor.objectName():
            CampaignEditor.setObjectName(u"CampaignEditor")
        CampaignEditor.resize(760, 600)
        self.editorLayout = QVBoxLayout(CampaignEditor)
        self.editorLayout.setObjectName(u"editorLayout")
        self.editorLayout.setContentsMargins(0, 0, 0, 0)
        self.titleLabel = QLabel(CampaignEditor)
        self.titleLabel.setObjectName(u"titleLabel")
        self.titleLabel.setText(u"")
        self.titleLabel.setTextFormat(Qt.TextFormat.PlainText)

        self.editorLayout.addWidget(self.titleLabel)

        self.tabs = QTabWidget(CampaignEditor)
        self.tabs.setObjectName(u"tabs")
        self.generalTab = QWidget()
        self.generalTab.setObjectName(u"generalTab")
        self.generalLayout = QFormLayout(self.generalTab)
        self.generalLayout.setObjectName(u"generalLayout")
        self.generalLayout.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.ExpandingFieldsGrow)
        self.numberLabel = QLabel(self.generalTab)
        self.numberLabel.setObjectName(u"numberLabel")

        self.generalLayout.setWidget(0, QFormLayout.ItemRole.LabelRole, self.numberLabel)

        self.numberEdit = QLineEdit(self.generalTab)
        self.numberEdit.setObjectName(u"numberEdit")
        self.numberEdit.setMaxLength(20)

        self.generalLayout.setWidget(0, QFormLayout.ItemRole.FieldRole, self.numberEdit)

        self.nameLabel = QLabel(self.generalTab)
        self.nameLabel.setObjectName(u"nameLabel")

        self.generalLayout.setWidget(1, QFormLayout.ItemRole.LabelRole, self.nameLabel)

        self.nameEdit = QLineEdit(self.generalTab)
        self.nameEdit.setObjectName(u"nameEdit")
        self.nameEdit.setMaxLength(200)

        self.generalLayout.setWidget(1, QFormLayout.ItemRole.FieldRole, self.nameEdit)

        self.statusLabel = QLabel(self.generalTab)
        self.statusLabel.setObjectName(u"statusLabel")

        self.generalLayout.setWidget(2, QFormLayout.ItemRole.LabelRole, self.statusLabel)

        self.statusCombo = QComboBox(self.generalTab)
        self.statusCombo.setObjectName(u"statusCombo")
        sizePolicy = QSizePolicy(QSizePolicy.Policy.Maximum, QSizePolicy.Policy.Fixed)
        sizePolicy.setHorizontalStretch(0)
        sizePolicy.setVerticalStretch(0)
        sizePolicy.setHeightForWidth(self.statusCombo.sizePolicy().hasHeightForWidth())
        self.statusCombo.setSizePolicy(sizePolicy)

        self.generalLayout.setWidget(2, QFormLayout.ItemRole.FieldRole, self.statusCombo)

        self.plannedLabel = QLabel(self.generalTab)
        self.plannedLabel.setObjectName(u"plannedLabel")

        self.generalLayout.setWidget(3, QFormLayout.ItemRole.LabelRole, self.plannedLabel)

        self.plannedLayout = QHBoxLayout()
        self.plannedLayout.setObjectName(u"plannedLayout")
        self.plannedStartEdit = QDateEdit(self.generalTab)
        self.plannedStartEdit.setObjectName(u"plannedStartEdit")
        self.plannedStartEdit.setCalendarPopup(True)

        self.plannedLayout.addWidget(self.plannedStartEdit)

        self.plannedToLabel = QLabel(self.generalTab)
        self.plannedToLabel.setObjectName(u"plannedToLabel")

        self.plannedLayout.addWidget(self.plannedToLabel)

        self.plannedEndEdit = QDateEdit(self.generalTab)
        self.plannedEndEdit.setObjectName(u"plannedEndEdit")
        self.plannedEndEdit.setCalendarPopup(True)

        self.plannedLayout.addWidget(self.plannedEndEdit)

        self.plannedSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.plannedLayout.addItem(self.plannedSpacer)


        self.generalLayout.setLayout(3, QFormLayout.ItemRole.FieldRole, self.plannedLayout)

        self.budgetLabel = QLabel(self.generalTab)
        self.budgetLabel.setObjectName(u"budgetLabel")

        self.generalLayout.setWidget(4, QFormLayout.ItemRole.LabelRole, self.budgetLabel)

        self.budgetSpin = QDoubleSpinBox(self.generalTab)
        self.budgetSpin.setObjectName(u"budgetSpin")
        sizePolicy.setHeightForWidth(self.budgetSpin.sizePolicy().hasHeightForWidth())
        self.budgetSpin.setSizePolicy(sizePolicy)
        self.budgetSpin.setMinimumWidth(160)
        self.budgetSpin.setSuffix(u" \u20ac")
        self.budgetSpin.setMinimum(-1.000000000000000)
        self.budgetSpin.setMaximum(9999999999.989999771118164)
        self.budgetSpin.setValue(-1.000000000000000)

        self.generalLayout.setWidget(4, QFormLayout.ItemRole.FieldRole, self.budgetSpin)

        self.lastRunCaption = QLabel(self.generalTab)
        self.lastRunCaption.setObjectName(u"lastRunCaption")

        self.generalLayout.setWidget(5, QFormLayout.ItemRole.LabelRole, self.lastRunCaption)

        self.lastRunLabel = QLabel(self.generalTab)
        self.lastRunLabel.setObjectName(u"lastRunLabel")
        self.lastRunLabel.setText(u"")
        self.lastRunLabel.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.generalLayout.setWidget(5, QFormLayout.ItemRole.FieldRole, self.lastRunLabel)

        self.descriptionLabel = QLabel(self.generalTab)
        self.descriptionLabel.setObjectName(u"descriptionLabel")

        self.generalLayout.setWidget(6, QFormLayout.ItemRole.LabelRole, self.descriptionLabel)

        self.descriptionEdit = QPlainTextEdit(self.generalTab)
        self.descriptionEdit.setObjectName(u"descriptionEdit")
        self.descriptionEdit.setTabChangesFocus(True)

        self.generalLayout.setWidget(6, QFormLayout.ItemRole.FieldRole, self.descriptionEdit)

        self.changedCaption = QLabel(self.generalTab)
        self.changedCaption.setObjectName(u"changedCaption")

        self.generalLayout.setWidget(7, QFormLayout.ItemRole.LabelRole, self.changedCaption)

        self.changedLabel = QLabel(self.generalTab)
        self.changedLabel.setObjectName(u"changedLabel")
        self.changedLabel.setText(u"")

        self.generalLayout.setWidget(7, QFormLayout.ItemRole.FieldRole, self.changedLabel)

        self.tabs.addTab(self.generalTab, "")
        self.campaignTab = QWidget()
        self.campaignTab.setObjectName(u"campaignTab")
        self.campaignLayout = QVBoxLayout(self.campaignTab)
        self.campaignLayout.setObjectName(u"campaignLayout")
        self.dataSourceGroup = QGroupBox(self.campaignTab)
        self.dataSourceGroup.setObjectName(u"dataSourceGroup")
        self.dataSourceGroup.setMinimumSize(QSize(0, 90))
        self.dataSourceLayout = QHBoxLayout(self.dataSourceGroup)
        self.dataSourceLayout.setObjectName(u"dataSourceLayout")
        self.dataSourceLabel = QLabel(self.dataSourceGroup)
        self.dataSourceLabel.setObjectName(u"dataSourceLabel")
        self.dataSourceLabel.setWordWrap(True)

        self.dataSourceLayout.addWidget(self.dataSourceLabel)

        self.dataSourceSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.dataSourceLayout.addItem(self.dataSourceSpacer)

        self.editQueryButton = QPushButton(self.dataSourceGroup)
        self.editQueryButton.setObjectName(u"editQueryButton")

        self.dataSourceLayout.addWidget(self.editQueryButton)


        self.campaignLayout.addWidget(self.dataSourceGroup)

        self.actionsGroup = QGroupBox(self.campaignTab)
        self.actionsGroup.setObjectName(u"actionsGroup")
        self.actionsGroup.setMinimumSize(QSize(0, 140))
        self.actionsLayout = QVBoxLayout(self.actionsGroup)
        self.actionsLayout.setObjectName(u"actionsLayout")

        self.campaignLayout.addWidget(self.actionsGroup)

        self.figuresSplitter = QSplitter(self.campaignTab)
        self.figuresSplitter.setObjectName(u"figuresSplitter")
        self.figuresSplitter.setOrientation(Qt.Orientation.Vertical)
        self.figuresSplitter.setChildrenCollapsible(False)
        self.recipientsGroup = QGroupBox(self.figuresSplitter)
        self.recipientsGroup.setObjectName(u"recipientsGroup")
        sizePolicy1 = QSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Expanding)
        sizePolicy1.setHorizontalStretch(0)
        sizePolicy1.setVerticalStretch(1)
        sizePolicy1.setHeightForWidth(self.recipientsGroup.sizePolicy().hasHeightForWidth())
        self.recipientsGroup.setSizePolicy(sizePolicy1)
        self.recipientsLayout = QVBoxLayout(self.recipientsGroup)
        self.recipientsLayout.setObjectName(u"recipientsLayout")
        self.figuresSplitter.addWidget(self.recipientsGroup)
        self.figuresWidget = QWidget(self.figuresSplitter)
        self.figuresWidget.setObjectName(u"figuresWidget")
        self.figuresLayout = QHBoxLayout(self.figuresWidget)
        self.figuresLayout.setObjectName(u"figuresLayout")
        self.figuresLayout.setContentsMargins(0, 0, 0, 0)
        self.costsGroup = QGroupBox(self.figuresWidget)
        self.costsGroup.setObjectName(u"costsGroup")
        self.costsGroup.setMinimumSize(QSize(0, 90))
        self.costsLayout = QVBoxLayout(self.costsGroup)
        self.costsLayout.setObjectName(u"costsLayout")

        self.figuresLayout.addWidget(self.costsGroup)

        self.totalsGroup = QGroupBox(self.figuresWidget)
        self.totalsGroup.setObjectName(u"totalsGroup")
        self.totalsGroup.setMinimumSize(QSize(0, 90))
        self.totalsLayout = QVBoxLayout(self.totalsGroup)
        self.totalsLayout.setObjectName(u"totalsLayout")

        self.figuresLayout.addWidget(self.totalsGroup)

        self.figuresSplitter.addWidget(self.figuresWidget)

        self.campaignLayout.addWidget(self.figuresSplitter)

        self.tabs.addTab(self.campaignTab, "")

        self.editorLayout.addWidget(self.tabs)

        self.buttonBox = QDialogButtonBox(CampaignEditor)
        self.buttonBox.setObjectName(u"buttonBox")
        self.buttonBox.setStandardButtons(QDialogButtonBox.StandardButton.Reset|QDialogButtonBox.StandardButton.Save)

        self.editorLayout.addWidget(self.buttonBox)

#if QT_CONFIG(shortcut)
        self.numberLabel.setBuddy(self.numberEdit)
        self.nameLabel.setBuddy(self.nameEdit)
        self.statusLabel.setBuddy(self.statusCombo)
        self.plannedLabel.setBuddy(self.plannedStartEdit)
        self.plannedToLabel.setBuddy(self.plannedEndEdit)
        self.budgetLabel.setBuddy(self.budgetSpin)
        self.descriptionLabel.setBuddy(self.descriptionEdit)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.tabs, self.numberEdit)
        QWidget.setTabOrder(self.numberEdit, self.nameEdit)
        QWidget.setTabOrder(self.nameEdit, self.statusCombo)
        QWidget.setTabOrder(self.statusCombo, self.plannedStartEdit)
        QWidget.setTabOrder(self.plannedStartEdit, self.plannedEndEdit)
        QWidget.setTabOrder(self.plannedEndEdit, self.budgetSpin)
        QWidget.setTabOrder(self.budgetSpin, self.descriptionEdit)

        self.retranslateUi(CampaignEditor)

        self.tabs.setCurrentIndex(0)


        QMetaObject.connectSlotsByName(CampaignEditor)
    # setupUi

    def retranslateUi(self, CampaignEditor):
        self.numberLabel.setText(QCoreApplication.translate("CampaignEditor", u"Nu&mber:", None))
        self.nameLabel.setText(QCoreApplication.translate("CampaignEditor", u"&Name:", None))
        self.statusLabel.setText(QCoreApplication.translate("CampaignEditor", u"Stat&us:", None))
        self.plannedLabel.setText(QCoreApplication.translate("CampaignEditor", u"Planne&d from:", None))
        self.plannedToLabel.setText(QCoreApplication.translate("CampaignEditor", u"to", None))
        self.budgetLabel.setText(QCoreApplication.translate("CampaignEditor", u"&Budget:", None))
        self.lastRunCaption.setText(QCoreApplication.translate("CampaignEditor", u"Last run:", None))
        self.descriptionLabel.setText(QCoreApplication.translate("CampaignEditor", u"Desc&ription:", None))
        self.changedCaption.setText(QCoreApplication.translate("CampaignEditor", u"Last saved:", None))
        self.tabs.setTabText(self.tabs.indexOf(self.generalTab), QCoreApplication.translate("CampaignEditor", u"&General", None))
        self.dataSourceGroup.setTitle(QCoreApplication.translate("CampaignEditor", u"Choose data source", None))
        self.dataSourceLabel.setText("")
        self.editQueryButton.setText(QCoreApplication.translate("CampaignEditor", u"Edit &query for campaign\u2026", None))
        self.actionsGroup.setTitle(QCoreApplication.translate("CampaignEditor", u"Choose action", None))
        self.recipientsGroup.setTitle(QCoreApplication.translate("CampaignEditor", u"Data group for actions / selection of recipients", None))
        self.costsGroup.setTitle(QCoreApplication.translate("CampaignEditor", u"Costs", None))
        self.totalsGroup.setTitle(QCoreApplication.translate("CampaignEditor", u"Totals", None))
        self.tabs.setTabText(self.tabs.indexOf(self.campaignTab), QCoreApplication.translate("CampaignEditor", u"&Campaign", None))
        pass
    # retranslateUi

