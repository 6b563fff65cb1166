"""The totalizer (*Summierer*): a campaign's dossier items counted by up to three fields, as a tree."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QCoreApplication, QLocale, Qt
from PySide6.QtGui import QStandardItemModel
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)
from sqlalchemy.exc import SQLAlchemyError

from desktop import analysis_texts
from desktop.campaigns import service, totalizer
from desktop.campaigns.totalizer import FIELDS, Node
from desktop.context import AppContext
from desktop.ui import messages
from desktop.ui.analyses_dialog import (
    FileChooser,
    busy,
    choose_export_file,
    save_table,
)
from desktop.ui.labels import format_money
from desktop.ui.tables import button_row

DEFAULT_LEVELS = ("handled", "response", None)
VALUE, COUNT, SHARE, COSTS = range(4)


class TotalizerDialog(QDialog):
    """Counts and variable costs of a campaign's dossier items, grouped by up to three fields.

    Attributes:
        choose_file: ``(title, stem) -> Path | None``: asks where to export; tests replace it.
    """

    def __init__(self, ctx: AppContext, parent: QWidget | None = None, campaign_id: int | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.setWindowTitle(self.tr("Totalizer"))
        self.choose_file: FileChooser = lambda title, stem: choose_export_file(self, ctx, title, stem)
        self.root: Node | None = None
        self.campaign = QComboBox(self)
        self.campaign.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
        self.levels = [QComboBox(self) for _ in range(totalizer.MOST_LEVELS)]
        for number, combo in enumerate(self.levels):
            if number:
                combo.addItem(self.tr("(none)"), None)
            for group in FIELDS:
                combo.addItem(QCoreApplication.translate("Totalizer", group.label), group.key)
            combo.setCurrentIndex(combo.findData(DEFAULT_LEVELS[number]))
        self.tree = QTreeWidget(self)
        self.tree.setHeaderLabels([self.tr("Value"), self.tr("Count"), self.tr("Share of parent"),
                                   self.tr("Costs")])
        self.tree.setUniformRowHeights(True)
        self.tree.setAlternatingRowColors(True)
        header = self.tree.header()
        header.setStretchLastSection(False)
        header.setSectionResizeMode(VALUE, QHeaderView.ResizeMode.Stretch)
        for column in (COUNT, SHARE, COSTS):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.ResizeToContents)
            self.tree.headerItem().setTextAlignment(column, Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        self.expand_button = QPushButton(self.tr("E&xpand all"), self)
        self.collapse_button = QPushButton(self.tr("C&ollapse all"), self)
        self.export_button = QPushButton(self.tr("Export to &Excel…"), self)
        for button in (self.expand_button, self.collapse_button):
            button.setAutoDefault(False)  # Enter in the choices above must not fold the tree
        self._layout()
        self._fill_campaigns(campaign_id)
        self._offer_fields()
        self.campaign.currentIndexChanged.connect(self.recompute)
        for combo in self.levels:
            combo.currentIndexChanged.connect(self._level_changed)
        self.expand_button.clicked.connect(self.tree.expandAll)
        self.collapse_button.clicked.connect(self._collapse)
        self.export_button.clicked.connect(self.export)
        self.resize(760, 520)
        self.recompute()
        self.campaign.setFocus()

    def _layout(self) -> None:
        form = QFormLayout()
        campaign_label = QLabel(self.tr("&Campaign:"), self)
        campaign_label.setBuddy(self.campaign)
        campaign_row = QHBoxLayout()
        campaign_row.addWidget(self.campaign)
        campaign_row.addStretch(1)
        form.addRow(campaign_label, campaign_row)
        levels = QHBoxLayout()
        for text, combo in zip([self.tr("&1st level:"), self.tr("&2nd level:"), self.tr("&3rd level:")], self.levels):
            label = QLabel(text, self)
            label.setBuddy(combo)
            levels.addWidget(label)
            levels.addWidget(combo, 1)
        form.addRow(levels)
        tree_label = QLabel(self.tr("Dossier items of the campaign, &grouped:"), self)
        tree_label.setBuddy(self.tree)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(tree_label)
        layout.addWidget(self.tree, 1)
        layout.addLayout(button_row(self, [self.expand_button, self.collapse_button, self.export_button]))

    def _fill_campaigns(self, campaign_id: int | None) -> None:
        try:
            with self.ctx.db.session() as session:
                campaigns = service.list_campaigns(session)
        except SQLAlchemyError as exc:
            messages.database_error(self, exc, self.ctx.db.display)
            campaigns = []
        self.numbers = {row.id: row.number for row in campaigns}
        for row in campaigns:
            self.campaign.addItem(f"{row.number}  {row.name}", row.id)
        found = self.campaign.findData(campaign_id) if campaign_id is not None else -1
        self.campaign.setCurrentIndex(found if found >= 0 else 0 if campaigns else -1)

    # -- the levels -------------------------------------------------------------------

    def keys(self) -> list[str]:
        """The chosen fields, top level first; a level after "(none)" does not count."""
        keys: list[str] = []
        for combo in self.levels:
            key = combo.currentData()
            if key is None:
                break
            if key not in keys:
                keys.append(key)
        return keys

    def set_levels(self, *keys: str | None) -> None:
        """Choose the fields of the levels (for callers and tests); missing levels are "(none)"."""
        for combo, key in zip(self.levels, [*keys, None, None]):
            combo.blockSignals(True)
            combo.setCurrentIndex(max(0, combo.findData(key)))
            combo.blockSignals(False)
        self._level_changed()

    def _level_changed(self) -> None:
        # A field chosen twice (set from code) or a level under "(none)" is dropped.
        used: list[str] = []
        for number, combo in enumerate(self.levels):
            key = combo.currentData()
            if number and (key in used or (number > 1 and self.levels[number - 1].currentData() is None)):
                combo.blockSignals(True)
                combo.setCurrentIndex(0)
                combo.blockSignals(False)
                key = None
            if key is not None:
                used.append(key)
        self._offer_fields()
        self.recompute()

    def _offer_fields(self) -> None:
        """A field chosen in one level is not offered in the others; level 3 needs a level 2."""
        for number, combo in enumerate(self.levels):
            others = {c.currentData() for c in self.levels if c is not combo} - {None}
            model = combo.model()
            assert isinstance(model, QStandardItemModel)
            for row in range(combo.count()):
                model.item(row).setEnabled(combo.itemData(row) not in others)
            if number > 1:
                combo.setEnabled(self.levels[number - 1].currentData() is not None)

    # -- the tree ---------------------------------------------------------------------

    def recompute(self) -> None:
        """Count again for the chosen campaign and levels (one SQL query) and show the tree."""
        campaign_id = self.campaign.currentData()
        keys = self.keys()
        self.root = None
        if campaign_id is not None and keys:
            try:
                with busy(), self.ctx.db.session() as session:
                    self.root = totalizer.totalize(session, campaign_id, keys)
            except SQLAlchemyError as exc:
                messages.database_error(self, exc, self.ctx.db.display)
        self._show(keys)

    def _show(self, keys: list[str]) -> None:
        self.tree.clear()
        self.export_button.setEnabled(self.root is not None and self.root.count > 0)
        if self.root is None:
            return
        top = QTreeWidgetItem(self.tree)
        self._fill(top, self.tr("All dossier items (%n)", "", self.root.count), self.root, None)
        font = top.font(VALUE)
        font.setBold(True)
        for column in range(4):
            top.setFont(column, font)

        def add(parent_item: QTreeWidgetItem, parent: Node, depth: int) -> None:
            for child in parent.children:
                item = QTreeWidgetItem(parent_item)
                self._fill(item, self.value_text(keys[depth], child.value), child, parent)
                add(item, child, depth + 1)

        add(top, self.root, 0)
        self.tree.expandAll()

    def _fill(self, item: QTreeWidgetItem, text: str, node: Node, parent: Node | None) -> None:
        locale = QLocale()
        share = 100.0 if parent is None or not parent.count else 100.0 * node.count / parent.count
        item.setText(VALUE, text)
        item.setText(COUNT, locale.toString(node.count))
        item.setText(SHARE, locale.toString(share, "f", 1) + " %")
        item.setText(COSTS, format_money(node.cost))
        for column in (COUNT, SHARE, COSTS):
            item.setTextAlignment(column, Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)

    def _collapse(self) -> None:
        """Collapse to the first level: the root stays open, or nothing would be seen."""
        self.tree.collapseAll()
        top = self.tree.topLevelItem(0)
        if top is not None:
            top.setExpanded(True)

    def value_text(self, key: str, value: Any) -> str:
        """A group's value as the clerk reads it: "handled", "open", "(no response)" …"""
        return analysis_texts.group_text(key, value)

    # -- export -----------------------------------------------------------------------

    def export(self) -> None:
        """Write the tree, one row per group, with the level labels, Count and Costs as columns."""
        if self.root is None:
            return
        keys = self.keys()
        title = self.tr("Export the totalizer")
        number = self.numbers.get(self.campaign.currentData(), "")
        path = self.choose_file(title, self.tr("Totalizer {number}").format(number=number).strip())
        if path is None:
            return
        headers = [QCoreApplication.translate("Totalizer", totalizer.BY_KEY[k].label) for k in keys]
        headers += [self.tr("Count"), self.tr("Costs")]
        rows = totalizer.rows(self.root, len(keys), lambda depth, value: self.value_text(keys[depth], value))
        save_table(self, self.ctx, title, path, headers, rows)

