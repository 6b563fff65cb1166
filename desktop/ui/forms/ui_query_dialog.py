# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'query_dialog.ui'
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
from PySide6.QtWidgets import (QAbstractButton, QAbstractItemView, QApplication, QDialog,
    QDialogButtonBox, QFrame, QGroupBox, QHBoxLayout,
    QHeaderView, QLabel, QLineEdit, QPushButton,
    QScrollArea, QSizePolicy, QSpacerItem, QSplitter,
    QTableView, QVBoxLayout, QWidget)

class Ui_QueryDialog(object):
    def setupUi(self, QueryDialog):
        if not QueryDialog.objectName():
            QueryDialog.setObjectName(u"QueryDialog")
        QueryDialog.resize(1000, 720)
        self.dialogLayout = QVBoxLayout(QueryDialog)
        self.dialogLayout.setObjectName(u"dialogLayout")
        self.splitter = QSplitter(QueryDialog)
        self.splitter.setObjectName(u"splitter")
        self.splitter.setOrientation(Qt.Orientation.Vertical)
        self.splitter.setChildrenCollapsible(False)
        self.conditionsGroup = QGroupBox(self.splitter)
        self.conditionsGroup.setObjectName(u"conditionsGroup")
        self.conditionsLayout = QVBoxLayout(self.conditionsGroup)
        self.conditionsLayout.setObjectName(u"conditionsLayout")
        self.conditionsArea = QScrollArea(self.conditionsGroup)
        self.conditionsArea.setObjectName(u"conditionsArea")
        self.conditionsArea.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.conditionsArea.setWidgetResizable(True)
        self.conditionsArea.setFrameShape(QFrame.Shape.NoFrame)
        self.conditionsHolder = QWidget()
        self.conditionsHolder.setObjectName(u"conditionsHolder")
        self.conditionsHolderLayout = QVBoxLayout(self.conditionsHolder)
        self.conditionsHolderLayout.setObjectName(u"conditionsHolderLayout")
        self.conditionsHolderLayout.setContentsMargins(0, 0, 0, 0)
        self.conditionsArea.setWidget(self.conditionsHolder)

        self.conditionsLayout.addWidget(self.conditionsArea)

        self.countLabel = QLabel(self.conditionsGroup)
        self.countLabel.setObjectName(u"countLabel")

        self.conditionsLayout.addWidget(self.countLabel)

        self.splitter.addWidget(self.conditionsGroup)
        self.resultGroup = QGroupBox(self.splitter)
        self.resultGroup.setObjectName(u"resultGroup")
        self.resultLayout = QVBoxLayout(self.resultGroup)
        self.resultLayout.setObjectName(u"resultLayout")
        self.filterLayout = QHBoxLayout()
        self.filterLayout.setObjectName(u"filterLayout")
        self.filterEdit = QLineEdit(self.resultGroup)
        self.filterEdit.setObjectName(u"filterEdit")
        self.filterEdit.setClearButtonEnabled(True)

        self.filterLayout.addWidget(self.filterEdit)

        self.columnsButton = QPushButton(self.resultGroup)
        self.columnsButton.setObjectName(u"columnsButton")
        self.columnsButton.setAutoDefault(False)

        self.filterLayout.addWidget(self.columnsButton)


        self.resultLayout.addLayout(self.filterLayout)

        self.resultView = QTableView(self.resultGroup)
        self.resultView.setObjectName(u"resultView")
        self.resultView.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.resultView.setAlternatingRowColors(True)
        self.resultView.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.resultView.setWordWrap(False)
        self.resultView.setTabKeyNavigation(False)

        self.resultLayout.addWidget(self.resultView)

        self.splitter.addWidget(self.resultGroup)

        self.dialogLayout.addWidget(self.splitter)

        self.buttonLayout = QHBoxLayout()
        self.buttonLayout.setObjectName(u"buttonLayout")
        self.excelButton = QPushButton(QueryDialog)
        self.excelButton.setObjectName(u"excelButton")
        self.excelButton.setAutoDefault(False)

        self.buttonLayout.addWidget(self.excelButton)

        self.csvButton = QPushButton(QueryDialog)
        self.csvButton.setObjectName(u"csvButton")
        self.csvButton.setAutoDefault(False)

        self.buttonLayout.addWidget(self.csvButton)

        self.buttonSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.buttonLayout.addItem(self.buttonSpacer)

        self.saveButton = QPushButton(QueryDialog)
        self.saveButton.setObjectName(u"saveButton")
        self.saveButton.setAutoDefault(False)

        self.buttonLayout.addWidget(self.saveButton)

        self.useButton = QPushButton(QueryDialog)
        self.useButton.setObjectName(u"useButton")
        self.useButton.setAutoDefault(False)

        self.buttonLayout.addWidget(self.useButton)

        self.buttonBox = QDialogButtonBox(QueryDialog)
        self.buttonBox.setObjectName(u"buttonBox")
        self.buttonBox.setStandardButtons(QDialogButtonBox.StandardButton.Close)

        self.buttonLayout.addWidget(self.buttonBox)


        self.dialogLayout.addLayout(self.buttonLayout)


        self.retranslateUi(QueryDialog)

        QMetaObject.connectSlotsByName(QueryDialog)
    # setupUi

    def retranslateUi(self, QueryDialog):
        QueryDialog.setWindowTitle(QCoreApplication.translate("QueryDialog", u"Create query", None))
        self.conditionsGroup.setTitle(QCoreApplication.translate("QueryDialog", u"Conditions", None))
        self.countLabel.setText("")
        self.resultGroup.setTitle(QCoreApplication.translate("QueryDialog", u"Result", None))
        self.filterEdit.setPlaceholderText(QCoreApplication.translate("QueryDialog", u"Narrow the result: search in every column", None))
        self.columnsButton.setText(QCoreApplication.translate("QueryDialog", u"C&olumns\u2026", None))
#if QT_CONFIG(tooltip)
        self.columnsButton.setToolTip(QCoreApplication.translate("QueryDialog", u"Choose the columns of the result and their order", None))
#endif // QT_CONFIG(tooltip)
#if QT_CONFIG(accessibility)
        self.resultView.setAccessibleName(QCoreApplication.translate("QueryDialog", u"Result", None))
#endif // QT_CONFIG(accessibility)
        self.excelButton.setText(QCoreApplication.translate("QueryDialog", u"E&xcel\u2026", None))
        self.csvButton.setText(QCoreApplication.translate("QueryDialog", u"&CSV\u2026", None))
        self.saveButton.setText(QCoreApplication.translate("QueryDialog", u"Save as &selection\u2026", None))
        self.useButton.setText(QCoreApplication.translate("QueryDialog", u"&Use for campaign", None))
    # retranslateUi

