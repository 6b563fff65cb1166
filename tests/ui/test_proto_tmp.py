from PySide6.QtWidgets import QLabel, QAbstractButton, QApplication, QGroupBox
def test_proto(german, demo_db, main_window, qtbot):
    w = main_window(demo_db, language="de", size=(1100, 680))
    print(w.size(), QApplication.activeWindow(), w.isActiveWindow(), w.screen().geometry())
    print([plain for plain in (m.title() for m in w.menuBar().findChildren(type(w.ui.menuFile)))])
    print(w.campaign_list.ui.campaignView.model().headerData(0, __import__('PySide6.QtCore').QtCore.Qt.Orientation.Horizontal))
    for cls in (QLabel, QAbstractButton):
        for x in w.findChildren(cls):
            if x.isVisible():
                fm = x.fontMetrics()
                print(cls.__name__, repr(x.text()), x.width(), x.sizeHint().width(), x.minimumSizeHint().width(), fm.horizontalAdvance(x.text().replace('&','')), x.contentsRect().width())
    w.editor.ui.tabs.setCurrentIndex(1)
    QApplication.processEvents()
    for x in w.findChildren(QGroupBox):
        print(repr(x.title()), x.width(), x.minimumSizeHint().width(), [c for c in x.children()])
    w.grab().save('/tmp/proto/de.png')
    w.editor.ui.tabs.setCurrentIndex(0)
    w.grab().save('/tmp/proto/de0.png')
