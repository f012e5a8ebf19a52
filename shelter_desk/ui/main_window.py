"""The main window: navigation on the left, one screen at a time, who is working in the
status bar. The title never carries a client's name (task bars and screen sharing show it)."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import (
    QLabel,
    QListWidget,
    QListWidgetItem,
    QMainWindow,
    QSplitter,
    QStackedWidget,
    QWidget,
)

from shelter_desk.services.workspace import Workspace
from shelter_desk.ui.models.users_table import role_label
from shelter_desk.ui.views.administration import AdministrationView

PAGE_ADMINISTRATION = "administration"


class MainWindow(QMainWindow):
    lock_requested = Signal()

    def __init__(self, shelter: str = "") -> None:
        super().__init__()
        self.shelter = shelter
        self.setWindowTitle(self._title())
        self.resize(1200, 780)
        self.ws: Workspace | None = None
        self.nav = QListWidget()
        self.nav.setObjectName("navigation")
        self.nav.setMaximumWidth(220)
        self.stack = QStackedWidget()
        self.pages: dict[str, QWidget] = {}
        self.administration = AdministrationView()
        self.add_page(PAGE_ADMINISTRATION, self.tr("Administration"), self.administration)
        self.nav.currentRowChanged.connect(self.stack.setCurrentIndex)
        splitter = QSplitter()
        splitter.addWidget(self.nav)
        splitter.addWidget(self.stack)
        splitter.setStretchFactor(1, 1)
        self.setCentralWidget(splitter)

        self.user_label = QLabel()
        self.user_label.setObjectName("status_user")
        self.statusBar().addPermanentWidget(self.user_label)
        self.lock_action = QAction(self.tr("&Lock"), self)
        self.lock_action.setShortcut(QKeySequence("Ctrl+L"))
        self.lock_action.setShortcutContext(Qt.ShortcutContext.ApplicationShortcut)
        self.lock_action.triggered.connect(self.lock_requested)
        self.addAction(self.lock_action)
        menu = self.menuBar().addMenu(self.tr("&File"))
        menu.addAction(self.lock_action)
        quit_action = QAction(self.tr("&Quit"), self)
        quit_action.setShortcut(QKeySequence.StandardKey.Quit)
        quit_action.triggered.connect(self.close)
        menu.addAction(quit_action)
        self.nav.setCurrentRow(0)

    def _title(self) -> str:
        base = QCoreApplication.translate("MainWindow", "shelter_desk")
        return f"{base} — {self.shelter}" if self.shelter else base

    def add_page(self, key: str, label: str, widget: QWidget) -> None:
        self.pages[key] = widget
        item = QListWidgetItem(label)
        item.setData(Qt.ItemDataRole.UserRole, key)
        self.nav.addItem(item)
        self.stack.addWidget(widget)

    def current_page(self) -> str:
        return list(self.pages)[self.stack.currentIndex()]

    def show_page(self, key: str) -> None:
        self.nav.setCurrentRow(list(self.pages).index(key))

    def set_workspace(self, ws: Workspace | None) -> None:
        """Give every view the workspace, or None to clear every view (the lock)."""
        self.ws = ws
        self.administration.set_workspace(ws)
        if ws is None:
            self.user_label.clear()
            return
        roles = ", ".join(role_label(r) for r in sorted(ws.actor.roles))
        self.user_label.setText(
            self.tr("%1 (%2)").replace("%1", ws.actor.display_name).replace("%2", roles))
