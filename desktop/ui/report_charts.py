"""The charts of the campaign summary report, drawn with QtCharts into images for a document.

QtCharts' items are graphics widgets, so a ``QApplication`` must exist (no window is
shown): the chart is put into a scene of its own and the scene is painted into a
``QImage`` at the resolution the page needs.
"""

from __future__ import annotations

import math
from collections.abc import Sequence

from PySide6.QtCharts import QBarCategoryAxis, QBarSeries, QBarSet, QChart, QValueAxis
from PySide6.QtCore import QLocale, QMargins, QRectF, QSizeF, Qt
from PySide6.QtGui import QColor, QFont, QImage, QPainter
from PySide6.QtWidgets import QApplication, QGraphicsScene

# The chart is laid out in these units (pixels at 96 dpi) and painted scaled up.
CHART_SIZE = QSizeF(720, 330)
MAX_LABELLED_BARS = 12
# Distinguishable in print, also in grey.
PALETTE = ("#1f4e79", "#e07b39", "#5b9b4a", "#c0504d", "#8064a2", "#4bacc6", "#9c7c38", "#7f7f7f")


def _font(pixels: int, bold: bool = False) -> QFont:
    # Pixel sizes: the chart's layout must not depend on the screen's dpi.
    font = QFont()
    font.setPixelSize(pixels)
    font.setBold(bold)
    return font


def nice_step(highest: float, ticks: int = 5) -> float:
    """A round distance between axis ticks (1, 2, 2.5 or 5 times a power of ten, at least 1)."""
    if highest <= 0:
        return 1
    rough = highest / ticks
    power = 10 ** math.floor(math.log10(rough))
    for factor in (1, 2, 2.5, 5, 10):
        if factor * power >= rough:
            return max(1, factor * power)
    return max(1, 10 * power)


def _chart(title: str, categories: Sequence[str], sets: Sequence[tuple[str, Sequence[float]]],
           axis_title: str, decimals: int) -> QChart:
    chart = QChart()
    chart.setAnimationOptions(QChart.AnimationOption.NoAnimation)
    chart.setBackgroundRoundness(0)
    chart.setBackgroundVisible(False)  # the white image shows through: no grey frame or shadow
    chart.setDropShadowEnabled(False)
    chart.setMargins(QMargins(4, 4, 4, 4))
    chart.setLocalizeNumbers(True)
    chart.setLocale(QLocale())
    chart.setTitle(title)
    chart.setTitleFont(_font(15, bold=True))
    series = QBarSeries()
    highest = 0.0
    for index, (name, values) in enumerate(sets):
        bar_set = QBarSet(name)
        bar_set.setColor(QColor(PALETTE[index % len(PALETTE)]))
        bar_set.setBorderColor(QColor(PALETTE[index % len(PALETTE)]).darker(130))
        bar_set.setLabelColor(QColor("black"))
        bar_set.setLabelFont(_font(10))
        bar_set.append([float(v) for v in values])
        highest = max([highest, *(float(v) for v in values)])
        series.append(bar_set)
    # Values over the bars while they fit; with many bars the table above gives them.
    series.setLabelsVisible(len(categories) * len(sets) <= MAX_LABELLED_BARS)
    series.setLabelsPosition(QBarSeries.LabelsPosition.LabelsOutsideEnd)
    series.setLabelsPrecision(10)
    series.setLabelsFormat("@value")
    chart.addSeries(series)
    x_axis = QBarCategoryAxis()
    x_axis.append(list(categories))
    x_axis.setLabelsFont(_font(11))
    chart.addAxis(x_axis, Qt.AlignmentFlag.AlignBottom)
    series.attachAxis(x_axis)
    y_axis = QValueAxis()
    step = nice_step(highest)
    # Room above the highest bar for its label; whole steps, so counts get whole ticks.
    top = step * math.ceil(highest * 1.1 / step) if highest > 0 else step
    y_axis.setRange(0, top)
    y_axis.setTickCount(round(top / step) + 1)
    y_axis.setLabelFormat(f"%.{decimals}f")
    y_axis.setLabelsFont(_font(11))
    y_axis.setTitleText(axis_title)
    y_axis.setTitleFont(_font(11))
    chart.addAxis(y_axis, Qt.AlignmentFlag.AlignLeft)
    series.attachAxis(y_axis)
    chart.legend().setVisible(True)
    chart.legend().setAlignment(Qt.AlignmentFlag.AlignBottom)
    chart.legend().setFont(_font(11))
    return chart


def render(chart: QChart, width: int) -> QImage:
    """The chart painted into an image ``width`` pixels wide (white background)."""
    scene = QGraphicsScene()
    scene.addItem(chart)
    chart.setGeometry(QRectF(0, 0, CHART_SIZE.width(), CHART_SIZE.height()))
    height = round(width * CHART_SIZE.height() / CHART_SIZE.width())
    image = QImage(width, height, QImage.Format.Format_RGB32)
    image.fill(QColor("white"))
    painter = QPainter(image)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    painter.setRenderHint(QPainter.RenderHint.TextAntialiasing)
    scene.render(painter, QRectF(0, 0, width, height), QRectF(0, 0, CHART_SIZE.width(), CHART_SIZE.height()))
    painter.end()
    scene.removeItem(chart)
    return image


def bar_chart(title: str, categories: Sequence[str], sets: Sequence[tuple[str, Sequence[float]]],
              axis_title: str, width: int, decimals: int = 0) -> QImage:
    """A grouped bar chart as an image: one group per category, one bar per set.

    Args:
        title: The chart's title.
        categories: The groups' labels (the actions).
        sets: Each bar set's legend text and its value per category.
        axis_title: The value axis' title (a unit, e.g. "Responses" or "€").
        width: The image's width in pixels.
        decimals: Decimals of the value axis' labels.
    """
    return render(_chart(title, categories, sets, axis_title, decimals), width)


def widget_application(argv: list[str]) -> QApplication:
    """The application object the ``report`` command needs: charts are widgets, so not a QGuiApplication."""
    return QApplication(argv)
