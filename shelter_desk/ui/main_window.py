"""The main window: navigation on the left, one screen at a time, who is working in the
status bar. The title never carries a client's name (task bars and screen sharing show it)."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import UTC, datetime
from typing import TYPE_CHECKING

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QAction, QFont, QFontMetrics, QKeySequence
from PySide6.QtWidgets import (
    QDialog,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QMainWindow,
    QStackedWidget,
    QWidget,
)

from shelter_desk.domain.roles import Role
from shelter_desk.i18n import fill
from shelter_desk.services.workspace import Workspace
from shelter_desk.ui import accessible, style
from shelter_desk.ui.databus import DataBus
from shelter_desk.ui.formatting import format_datetime
from shelter_desk.ui.i18n import tr_
from shelter_desk.ui.models.users_table import role_label
from shelter_desk.ui.screen_fit import fitting_size
from shelter_desk.ui.views.client_file.view import (
    TAB_CONDITIONS,
    TAB_OVERVIEW,
    TAB_SESSIONS,
    ClientFileView,
)
from shelter_desk.ui.views.clients_page import ClientsPage
from shelter_desk.ui.views.dashboard import Dashboard

if TYPE_CHECKING:  # imported when first built: signing and reports load with them, not at login
    from shelter_desk.ui.views.administration import AdministrationView
    from shelter_desk.ui.views.calendar_view import CalendarView
    from shelter_desk.ui.views.reports_page import ReportsPage

PAGES = PAGE_DASHBOARD, PAGE_CLIENTS, PAGE_CALENDAR, PAGE_REPORTS, PAGE_ADMINISTRATION = (
    "dashboard",
    "clients",
    "calendar",
    "reports",
    "administration",
)


@dataclass(frozen=True)
class WindowState:
    """Where the user was: kept across a lock (ids and tab numbers only, no personal data),
    so that unlocking continues there."""

    page: str
    files: tuple[tuple[int, int], ...]  # open client files: (client id, its current tab)
    current_file: int | None  # the file tab in front, None for the list


class MainWindow(QMainWindow):
    lock_requested = Signal()
    logout_requested = Signal()
    settings_requested = Signal()
    restored = Signal()  # Administration put a backup back (relayed: built when first shown)
    idle_changed = Signal(int)  # Administration changed the idle lock's minutes

    def __init__(self, bus: DataBus | None = None, shelter: str = "") -> None:
        super().__init__()
        self.bus = bus or DataBus()
        self.shelter = shelter
        self.setWindowTitle(self._title())
        self._fit_to_screen()
        self.ws: Workspace | None = None
        self.nav = QListWidget()
        self.nav.setObjectName("navigation")
        accessible.name(self.nav, self.tr("Sections"))
        self.nav.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.stack = QStackedWidget()
        self.pages: dict[str, QWidget] = {}
        self.nav_items: dict[str, QListWidgetItem] = {}
        self.dashboard = Dashboard(self.bus)
        self.clients = ClientsPage(self.bus)
        # Built when first shown (or asked for): the first screen after the password does not
        # wait for pages nobody has opened yet.
        # (Keys, not bound methods: those would tie the window to itself in a cycle, kept
        # alive after a language change rebuilt it until the next collection.)
        self._lazy: set[str] = {PAGE_CALENDAR, PAGE_REPORTS, PAGE_ADMINISTRATION}
        self.add_page(PAGE_DASHBOARD, self.tr("Dashboard"), self.dashboard)
        self.add_page(PAGE_CLIENTS, self.tr("Clients"), self.clients)
        self.add_page(PAGE_CALENDAR, self.tr("Calendar"), QWidget())
        self.add_page(PAGE_REPORTS, self.tr("Reports"), QWidget())
        self.add_page(PAGE_ADMINISTRATION, self.tr("Administration"), QWidget())
        self._fit_navigation()
        self.clients.report_requested.connect(self.open_reports)
        self.nav.currentRowChanged.connect(self._nav_changed)
        self.dashboard.open_client.connect(self.open_client)
        self.dashboard.check_conditions.connect(self.check_conditions)
        self.clients.tabs.currentChanged.connect(self._update_print)
        self.bus.print_requested.connect(self.print_current)
        self.user_guide: QWidget | None = None
        central = QWidget()
        row = QHBoxLayout(central)
        row.setContentsMargins(0, 0, 0, 0)
        row.setSpacing(0)
        row.addWidget(self.nav)
        row.addWidget(self.stack, 1)
        self.setCentralWidget(central)

        self.user_label = QLabel()
        self.user_label.setObjectName("status_user")
        self.privacy_label = QLabel()
        self.privacy_label.setObjectName("status_privacy")
        self.statusBar().addPermanentWidget(self.privacy_label)
        self.statusBar().addPermanentWidget(self.user_label)
        self._actions()
        self.bus.privacy_changed.connect(self._privacy_changed)
        self._privacy_changed(self.bus.privacy)  # a rebuilt window keeps privacy mode
        self.nav.setCurrentRow(0)

    # -- pages built when first needed ------------------------------------------------------
    @property
    def calendar(self) -> CalendarView:
        return self._page(PAGE_CALENDAR)  # type: ignore[return-value]

    @property
    def reports(self) -> ReportsPage:
        return self._page(PAGE_REPORTS)  # type: ignore[return-value]

    @property
    def administration(self) -> AdministrationView:
        return self._page(PAGE_ADMINISTRATION)  # type: ignore[return-value]

    def built(self, key: str) -> bool:
        return key not in self._lazy

    def _page(self, key: str) -> QWidget:
        if key not in self._lazy:
            return self.pages[key]
        self._lazy.discard(key)
        placeholder = self.pages[key]
        page = self._build(key)
        current = self.stack.currentWidget() is placeholder
        self.stack.insertWidget(self.stack.indexOf(placeholder), page)
        self.stack.removeWidget(placeholder)
        placeholder.deleteLater()
        self.pages[key] = page
        if current:
            self.stack.setCurrentWidget(page)
        self._give_workspace(key, page)
        return page

    def _build(self, key: str) -> QWidget:
        if key == PAGE_CALENDAR:
            from shelter_desk.ui.views.calendar_view import CalendarView

            calendar = CalendarView(self.bus)
            calendar.open_client.connect(self.open_client)
            return calendar
        if key == PAGE_REPORTS:
            from shelter_desk.ui.views.reports_page import ReportsPage

            return ReportsPage(self.bus)
        from shelter_desk.ui.views.administration import AdministrationView

        administration = AdministrationView()
        administration.restored.connect(self.restored)
        administration.settings.idle_changed.connect(self.idle_changed)
        return administration

    def _give_workspace(self, key: str, page: QWidget) -> None:
        ws = self.ws
        case_worker = ws is not None and ws.actor.has(Role.COUNSELLOR, Role.DIRECTOR)
        director = ws is not None and ws.actor.has(Role.DIRECTOR)
        given = {PAGE_CALENDAR: ws if case_worker else None,
                 PAGE_REPORTS: ws if director else None,
                 PAGE_ADMINISTRATION: ws}[key]
        page.set_workspace(given)  # type: ignore[attr-defined]

    def _fit_navigation(self) -> None:
        """As wide as its longest entry in this language and text size (190 px at 100 % in
        English), never cut."""
        font = QFont(self.nav.font())
        font.setPointSizeF(style.points(11))  # the stylesheet's size for the section list
        metrics = QFontMetrics(font)
        widest = max((metrics.horizontalAdvance(self.nav.item(i).text())
                      for i in range(self.nav.count())), default=0)
        self.nav.setFixedWidth(max(190, widest + 60))

    def _fit_to_screen(self) -> None:
        """1280 x 820 where there is room; on a 1366 x 768 laptop (or 1920 x 1080 at 150 %)
        whatever the screen leaves beside the taskbar and the title bar."""
        self.resize(fitting_size(1280, 820))

    # -- building -----------------------------------------------------------------------------
    def _action(
        self, text: str, shortcut: str | QKeySequence.StandardKey | None, slot: object, name: str
    ) -> QAction:
        action = QAction(text, self)
        action.setObjectName(name)
        if shortcut is not None:
            action.setShortcut(QKeySequence(shortcut))
            action.setShortcutContext(Qt.ShortcutContext.WindowShortcut)
        action.triggered.connect(slot)
        self.addAction(action)
        return action

    def _actions(self) -> None:
        self.lock_action = self._action(self.tr("&Lock"), "Ctrl+L", self.lock_requested, "lock")
        self.logout_action = self._action(self.tr("Log &out / switch user"), None,
                                          self.logout_requested, "logout")
        self.settings_action = self._action(self.tr("My &settings…"), None,
                                            self.settings_requested, "my_settings")
        self.quit_action = self._action(
            self.tr("&Quit"), QKeySequence.StandardKey.Quit, self.close, "quit"
        )
        self.new_action = self._action(
            self.tr("&New client…"), "Ctrl+N", self.new_client, "new_client"
        )
        self.find_action = self._action(
            self.tr("&Find a client"), "Ctrl+F", self.find_client, "find"
        )
        self.close_file_action = self._action(
            self.tr("&Close the file"), "Ctrl+W", self.close_file, "close_file"
        )
        self.close_file_action.setShortcuts([QKeySequence("Ctrl+W"), QKeySequence("Ctrl+F4")])
        self.privacy_action = self._action(
            self.tr("&Privacy mode (hide names)"), "Ctrl+Shift+P", self.toggle_privacy, "privacy"
        )
        self.privacy_action.setCheckable(True)
        self.print_action = self._action(
            self.tr("&Print…"), QKeySequence.StandardKey.Print, self.print_current, "print"
        )
        self.guide_action = self._action(
            self.tr("&User guide"), QKeySequence.StandardKey.HelpContents, self.show_user_guide,
            "user_guide"
        )
        self.about_action = self._action(
            self.tr("&About shelter_desk"), None, self.show_about, "about"
        )
        self.password_action = self._action(
            self.tr("Change my &password…"), None, self.change_password, "password"
        )
        self.page_actions = [
            self._action(
                label, f"Ctrl+{i + 1}", lambda _=False, k=key: self.go_to(k), f"page_{key}"
            )
            for i, (key, label) in enumerate(
                (
                    (PAGE_DASHBOARD, self.tr("Dashboard")),
                    (PAGE_CLIENTS, self.tr("Clients")),
                    (PAGE_CALENDAR, self.tr("Calendar")),
                    (PAGE_REPORTS, self.tr("Reports")),
                    (PAGE_ADMINISTRATION, self.tr("Administration")),
                )
            )
        ]
        file_menu = self.menuBar().addMenu(self.tr("&File"))
        file_menu.addAction(self.print_action)
        file_menu.addSeparator()
        file_menu.addAction(self.lock_action)
        file_menu.addSeparator()
        file_menu.addAction(self.quit_action)
        self.client_menu = self.menuBar().addMenu(self.tr("&Clients"))
        self.client_menu.addAction(self.new_action)
        self.client_menu.addAction(self.find_action)
        self.client_menu.addAction(self.close_file_action)
        view_menu = self.menuBar().addMenu(self.tr("&View"))
        view_menu.addAction(self.privacy_action)
        view_menu.addSeparator()
        for a in self.page_actions:
            view_menu.addAction(a)
        # Everyone's, whatever their role: their own language and password, lock, leave.
        account_menu = self.menuBar().addMenu(self.tr("&Account"))
        account_menu.addAction(self.settings_action)
        account_menu.addAction(self.password_action)
        account_menu.addSeparator()
        account_menu.addAction(self.lock_action)
        account_menu.addAction(self.logout_action)
        help_menu = self.menuBar().addMenu(self.tr("&Help"))
        help_menu.addAction(self.guide_action)
        help_menu.addSeparator()
        help_menu.addAction(self.about_action)

    def _title(self) -> str:
        base = tr_("MainWindow", "shelter_desk")
        return f"{base} — {self.shelter}" if self.shelter else base

    def add_page(self, key: str, label: str, widget: QWidget) -> None:
        self.pages[key] = widget
        item = QListWidgetItem(label)
        item.setData(Qt.ItemDataRole.UserRole, key)
        self.nav.addItem(item)
        self.nav_items[key] = item
        self.stack.addWidget(widget)

    # -- navigation ---------------------------------------------------------------------------
    def _nav_changed(self, row: int) -> None:
        item = self.nav.item(row)
        if item is not None:
            self.stack.setCurrentWidget(self._page(item.data(Qt.ItemDataRole.UserRole)))
        self._update_print()

    def current_page(self) -> str:
        for key, widget in self.pages.items():
            if widget is self.stack.currentWidget():
                return key
        return PAGE_DASHBOARD

    def show_page(self, key: str) -> None:
        item = self.nav_items.get(key)
        if item is not None and not item.isHidden():
            self.nav.setCurrentItem(item)

    def go_to(self, key: str) -> None:
        """A page by its shortcut: shown, and the keyboard put where work on it starts (the
        search field, the client box, the list), not left behind in the section list."""
        self.show_page(key)
        page = self.pages[key]
        if self.stack.currentWidget() is page:
            start = getattr(page, "first_focus", None)
            target = start() if callable(start) else None
            (target or page).setFocus(Qt.FocusReason.ShortcutFocusReason)

    def open_client(self, client_id: int, tab: int = 0) -> None:
        self.show_page(PAGE_CLIENTS)
        self.clients.open_client(client_id, tab)

    def check_conditions(self, client_id: int) -> None:
        """The monthly reminder: the file on its Conditions tab, the three-condition check open."""
        self.show_page(PAGE_CLIENTS)
        self.clients.open_client(client_id, TAB_CONDITIONS,
                                 then=lambda view: view.conditions.check_all())

    def open_reports(self, client_id: int) -> None:
        self.show_page(PAGE_REPORTS)
        self.reports.select_client(client_id)

    def new_client(self) -> None:
        if self.ws is not None:
            self.show_page(PAGE_CLIENTS)
            self.clients.new_client()

    def find_client(self) -> None:
        self.show_page(PAGE_CLIENTS)
        self.clients.focus_search()

    def close_file(self) -> None:
        if self.stack.currentWidget() is self.clients:
            self.clients.close_current_file()

    def toggle_privacy(self) -> None:
        self.bus.set_privacy(not self.bus.privacy)

    def _privacy_changed(self, on: bool) -> None:
        self.privacy_action.setChecked(on)
        self.privacy_label.setText(self.tr("Privacy mode: names hidden") if on else "")

    def change_password(self) -> None:
        self.administration.change_password()

    # -- printing and help (their modules load when first used, not at start-up) ---------------
    def _print_target(self) -> str | None:
        """What File › Print… prints here: the page, or the client file's overview or session
        list; None where nothing can be printed (Print… is then off)."""
        if self.ws is None:
            return None
        page = self.current_page()
        if page in (PAGE_DASHBOARD, PAGE_CALENDAR, PAGE_REPORTS):
            return page
        file = self.clients.tabs.currentWidget()
        if page == PAGE_CLIENTS and isinstance(file, ClientFileView):
            if not file.property("print_watched"):  # its own tabs change what can be printed
                file.setProperty("print_watched", True)
                file.tabs.currentChanged.connect(self._update_print)
            return {TAB_OVERVIEW: "overview", TAB_SESSIONS: "sessions"}.get(
                file.tabs.currentIndex())
        return None

    def _update_print(self) -> None:
        self.print_action.setEnabled(self._print_target() is not None)

    def print_current(self) -> None:
        target = self._print_target()
        if target is None or self.ws is None:
            return
        if target == PAGE_REPORTS:
            self.reports.print_report()  # the report preview's own print path
            return
        from shelter_desk.ui.printout import from_views, layout

        file = self.clients.tabs.currentWidget()
        if target == PAGE_DASHBOARD:
            printout = from_views.dashboard(self.dashboard)
        elif target == PAGE_CALENDAR:
            printout = from_views.calendar(self.calendar)
        elif isinstance(file, ClientFileView):
            build = from_views.overview if target == "overview" else from_views.sessions
            printout = build(file)
        else:
            return
        if printout is None:
            self.statusBar().showMessage(self.tr("Still loading; print again in a moment."), 5000)
            return
        stamp = layout.Stamp(self.shelter, self.ws.actor.display_name,
                             format_datetime(datetime.now(UTC)))
        pages = layout.print_out(self, printout, stamp)
        if pages:
            said = (self.tr("Sent to the printer: 1 page.") if pages == 1
                    else fill(tr_("MainWindow", "Sent to the printer: {pages} pages."),
                              pages=pages))
            self.statusBar().showMessage(said, 8000)

    def show_user_guide(self) -> None:
        from shelter_desk.ui.help.guide import UserGuide

        if self.user_guide is None:
            self.user_guide = UserGuide(self)
        self.user_guide.show()
        self.user_guide.raise_()
        self.user_guide.activateWindow()

    def show_about(self) -> None:
        from shelter_desk.ui.help.about import AboutDialog

        AboutDialog(self).exec()

    # -- workspace ----------------------------------------------------------------------------
    def set_workspace(self, ws: Workspace | None) -> None:
        """Give every view the workspace, or None to clear every view (the lock)."""
        self.ws = ws
        case_worker = ws is not None and ws.actor.has(Role.COUNSELLOR, Role.DIRECTOR)
        admin = ws is not None and ws.actor.has(Role.ADMINISTRATOR, Role.DIRECTOR)
        director = ws is not None and ws.actor.has(Role.DIRECTOR)
        for key, visible in (
            (PAGE_DASHBOARD, case_worker),
            (PAGE_CLIENTS, case_worker),
            (PAGE_CALENDAR, case_worker),
            (PAGE_REPORTS, director),
            (PAGE_ADMINISTRATION, admin),
        ):
            self.nav_items[key].setHidden(not visible)
            # A hidden action's shortcut does nothing either: menus offer what the role opens.
            self.page_actions[PAGES.index(key)].setVisible(visible)
        for a in (self.new_action, self.find_action, self.close_file_action):
            a.setVisible(case_worker)
        self.client_menu.menuAction().setVisible(case_worker)
        personal = ws is not None and not ws.actor.via_recovery
        self.password_action.setEnabled(personal)
        self.settings_action.setEnabled(personal)
        self._update_print()
        self.dashboard.set_workspace(ws if case_worker else None)
        self.clients.set_workspace(ws if case_worker else None)
        for key in (PAGE_CALENDAR, PAGE_REPORTS, PAGE_ADMINISTRATION):
            if self.built(key):
                self._give_workspace(key, self.pages[key])
        if ws is None:
            self.user_label.clear()
            return
        if self.nav_items[self.current_page()].isHidden():
            self.show_page(PAGE_DASHBOARD if case_worker else PAGE_ADMINISTRATION)
        roles = ", ".join(role_label(r) for r in sorted(ws.actor.roles))
        self.user_label.setText(
            fill(tr_("MainWindow", "{name} ({roles})"), name=ws.actor.display_name, roles=roles)
        )

    def state(self) -> WindowState:
        files, current = self.clients.open_files()
        return WindowState(self.current_page(), files, current)

    def restore(self, state: WindowState) -> None:
        """Back where the user was, after the workspace is set again (a lock, or the window
        rebuilt in another language)."""
        self.show_page(state.page)
        if not self.nav_items[PAGE_CLIENTS].isHidden():
            self.clients.reopen(state.files, state.current_file)

    def closeEvent(self, event: object) -> None:
        for dialog in self.findChildren(QDialog):
            dialog.close()
        super().closeEvent(event)  # type: ignore[arg-type]
