"""Help › About shelter_desk: the version, the versions of Python, Qt and SQLCipher, and the
bundled components with their licences; the full text of the one selected below the list."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QHeaderView,
    QLabel,
    QPlainTextEdit,
    QSplitter,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from shelter_desk.i18n import fill
from shelter_desk.ui import accessible
from shelter_desk.ui.help.components import Component, components, versions
from shelter_desk.ui.i18n import tr_
from shelter_desk.ui.screen_fit import fitting_size
from shelter_desk.ui.style import monospace_font


class AboutDialog(QDialog):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(tr_("About", "About shelter_desk"))
        v = versions()
        title = QLabel(fill(tr_("About", "shelter_desk {version}"), version=v["shelter_desk"]))
        title.setObjectName("heading")
        purpose = QLabel(tr_(
            "About", "Case management for Belgium's specialised shelters for victims of human "
            "trafficking. Free software under the European Union Public Licence (EUPL-1.2)."))
        purpose.setWordWrap(True)
        self.versions = QLabel(
            fill(tr_("About", "Python {python} · Qt {qt} · PySide6 {pyside} · SQLCipher "
                              "{sqlcipher} ({openssl})"),
                 python=v["Python"], qt=v["Qt"], pyside=v["PySide6"], sqlcipher=v["SQLCipher"],
                 openssl=v["OpenSSL"]))
        self.versions.setObjectName("versions")
        self.versions.setWordWrap(True)
        self.versions.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        caption = QLabel(tr_("About", "Bundled components and their licences (select one for "
                             "its full text):"))
        caption.setWordWrap(True)
        self.components = components()
        self.table = QTableWidget(len(self.components), 3)
        self.table.setObjectName("components")
        accessible.name(self.table, tr_("About", "Bundled components"))
        self.table.setHorizontalHeaderLabels(
            [tr_("About", "Component"), tr_("About", "Version"), tr_("About", "Licence")])
        self.table.verticalHeader().hide()
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setAlternatingRowColors(True)
        for row, c in enumerate(self.components):
            name = c.name if not c.part_of else fill(tr_("About", "{component} (in {part_of})"),
                                                     component=c.name, part_of=c.part_of)
            cells = (name, c.version, c.licence or tr_("About", "see the licence text"))
            for col, text in enumerate(cells):
                self.table.setItem(row, col, QTableWidgetItem(text))
        caption.setBuddy(self.table)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.ResizeToContents)
        header.setStretchLastSection(True)
        self.where = QLabel()
        self.where.setObjectName("licence_files")
        self.where.setWordWrap(True)
        self.where.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.text = QPlainTextEdit()
        self.text.setObjectName("licence_text")
        self.text.setReadOnly(True)
        self.text.setFont(monospace_font(9))
        accessible.name(self.text, tr_("About", "Licence text"))
        lower = QWidget()
        lower_col = QVBoxLayout(lower)
        lower_col.setContentsMargins(0, 0, 0, 0)
        lower_col.addWidget(self.where)
        lower_col.addWidget(self.text)
        split = QSplitter(Qt.Orientation.Vertical)
        split.addWidget(self.table)
        split.addWidget(lower)
        split.setSizes([340, 220])
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(title)
        layout.addWidget(purpose)
        layout.addWidget(self.versions)
        layout.addWidget(caption)
        layout.addWidget(split, 1)
        layout.addWidget(buttons)
        self.table.currentCellChanged.connect(lambda row, *_: self.show_licence(row))
        self.table.selectRow(0)
        self.resize(fitting_size(820, 640))

    def show_licence(self, row: int) -> None:
        if not 0 <= row < len(self.components):
            return
        c: Component = self.components[row]
        if not c.texts:
            self.where.setText(fill(tr_("About", "No licence text is shipped for {component}; its "
                                             "licence: {licence}."),
                                    component=c.name, licence=c.licence))
            self.text.clear()
            return
        self.where.setText(fill(tr_("About", "Full text in: {files}"),
                                files="; ".join(str(p) for p in c.texts)))
        parts = []
        for path in c.texts:
            try:
                parts.append(path.read_text(encoding="utf-8", errors="replace"))
            except OSError:
                parts.append(fill(tr_("About", "({file} could not be read)"), file=path))
        self.text.setPlainText(("\n\n" + "=" * 72 + "\n\n").join(parts))
