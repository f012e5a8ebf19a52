"""`make screenshots`: the app on a synthetic demo database, every main screen and dialog saved
as a PNG in docs/screenshots/ (with `--lang nl|fr` too, into docs/screenshots/<lang>/).

`--scale 1.5 --size 1280x649` shows the app as on a 1920 x 1080 laptop at 150 % (Windows'
default there): 1280 x 720 logical pixels less the taskbar and title bar. `--check` fails
(exit 1) when any screen photographed shows a cut-off text or a squeezed layout."""

from __future__ import annotations

import argparse
import os
import sys
import tempfile
import time
from collections.abc import Callable
from datetime import timedelta
from pathlib import Path
from typing import Any

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")  # make screenshots runs it under Xvfb

from PySide6.QtCore import QCoreApplication, QThreadPool, QTimer
from PySide6.QtWidgets import QApplication, QDialog, QWidget

from shelter_desk import demo
from shelter_desk.app import AppController, create_application
from shelter_desk.services import access_grants, clients, clock, counselling, setup, voiding
from shelter_desk.store.keyslots import KdfParams
from shelter_desk.ui import translations
from shelter_desk.ui.main_window import (
    PAGE_ADMINISTRATION,
    PAGE_CALENDAR,
    PAGE_CLIENTS,
    PAGE_DASHBOARD,
)
from shelter_desk.ui.main_window import PAGE_REPORTS as PAGE_REPORTS
from shelter_desk.ui.views.client_file import view as file_view
from tools.layout_check import clipped, squeezed

ROOT = Path(__file__).resolve().parents[1]
PASSWORD = "screenshot demo 2026"  # noqa: S105 (a throwaway demo database)
CHEAP = KdfParams(time_cost=1, memory_cost=8 * 1024, parallelism=1)
VOID_REASON = {"en": "Entered in the wrong file (synthetic demo)",
               "nl": "In het verkeerde dossier ingevoerd (fictieve demo)",
               "fr": "Saisi dans le mauvais dossier (démo fictive)"}
SIZE = (1366, 768)  # the smallest laptop screen the shelters use


def settle(rounds: int = 6) -> None:
    """Let background work finish and the screen repaint."""
    for _ in range(rounds):
        QThreadPool.globalInstance().waitForDone(10000)
        deadline = time.monotonic() + 0.05
        while time.monotonic() < deadline:
            QCoreApplication.processEvents()


PROBLEMS: list[str] = []
ROOM = list(SIZE)  # the screen's room for a window: dialogs must fit it too


def save(widget: QWidget, out: Path, name: str) -> None:
    settle()
    widget.grab().save(str(out / f"{name}.png"))
    found = clipped(widget) + squeezed(widget)
    PROBLEMS.extend(f"{name}: {p}" for p in found)
    print(f"  {name}.png" + (f"  ({len(found)} problems)" if found else ""))


def with_dialog(out: Path, name: str, opener: Callable[[], object],
                prepare: Callable[[QDialog], None] | None = None) -> None:
    """Open a modal dialog, photograph it, close it."""
    def shoot() -> None:
        dialog = QApplication.activeModalWidget()
        if not isinstance(dialog, QDialog):
            QTimer.singleShot(50, shoot)
            return
        if prepare:
            prepare(dialog)
        need = dialog.minimumSizeHint()
        if need.width() > ROOM[0] or need.height() > ROOM[1]:
            PROBLEMS.append(f"{name}: the dialog needs {need.width()} x {need.height()}")
        save(dialog, out, name)
        dialog.reject()

    QTimer.singleShot(100, shoot)
    opener()
    settle()


COVER_WHY = {"en": "Leave cover (synthetic)", "nl": "Vervanging tijdens verlof (synthetisch)",
             "fr": "Remplacement pendant un congé (synthétique)"}
VIEW_WORD = {"en": "Overdue", "nl": "Achterstallig", "fr": "En retard"}
SNOOZE_WHY = {"en": "Waiting for the lawyer's answer (synthetic)",
              "nl": "Wacht op het antwoord van de advocaat (synthetisch)",
              "fr": "En attente de la réponse de l'avocat (synthétique)"}


def shoot_reminder(window: Any, out: Path, lang: str) -> None:
    """The first reminder selected, and its Snooze… dialog with a reason typed."""
    dash = window.dashboard
    row = next((i for i in range(dash.model.rowCount()) if dash.model.reminder(i)), None)
    if row is None:
        PROBLEMS.append("dialog-reminder-snooze: the demo's dashboard lists nothing")
        return
    dash.tree.selectRow(row)
    settle()
    with_dialog(out, "dialog-reminder-snooze", dash.snooze_button.click,
                lambda d: d.note.setPlainText(SNOOZE_WHY[lang]))  # type: ignore[attr-defined]


def shoot_filters(window: Any, ws: Any, out: Path, lang: str) -> None:
    """More filters open, narrowed to the commonest nationality with an overdue item, kept as
    a saved view; then everything as it was."""
    page = window.clients
    every = clients.list_clients(ws)
    commonest = max({c.nationality for c in every},
                    key=lambda n: sum(c.nationality == n for c in every))
    page.more_button.setChecked(True)
    page.nationality.setCurrentIndex(page.nationality.findData(commonest))
    page.overdue.setChecked(True)
    page.save_view(f"{VIEW_WORD[lang]} · {page.nationality.currentText()}")
    save(window, out, "clients-filters")
    page.delete_current_view()
    page.clear_filters()
    page.more_button.setChecked(False)


def run(lang: str, out: Path, size: tuple[int, int] = SIZE, clients_count: int = 300) -> None:
    out.mkdir(parents=True, exist_ok=True)
    ROOM[:] = size
    app = create_application()
    translations.install(lang)
    with tempfile.TemporaryDirectory(prefix="shelter-shots-") as tmp:
        data = Path(tmp) / "demo"
        demo.create_demo(data, clients=clients_count, password=PASSWORD, kdf=CHEAP, seed=7)
        ws = setup.login(data, "director", PASSWORD, kdf=CHEAP)
        from shelter_desk.services import settings

        settings.set_my_language(ws, lang)
        controller = AppController(app, data, idle_minutes=60)
        controller._unlocked(ws)
        window = controller.window
        window.resize(*size)
        settle()
        window.show_page(PAGE_DASHBOARD)
        save(window, out, "dashboard")
        shoot_reminder(window, out, lang)
        window.show_page(PAGE_CLIENTS)
        save(window, out, "clients")
        window.clients.search.setText("ova")
        save(window, out, "clients-search")
        window.clients.search.clear()
        window.bus.set_privacy(True)
        save(window, out, "clients-privacy")
        window.bus.set_privacy(False)
        shoot_filters(window, ws, out, lang)
        rich = max(clients.list_clients(ws), key=lambda c: (c.status.value == "in_programme",
                                                            c.next_deadline is not None,
                                                            -c.intake_date.toordinal()))
        # A session entered in the wrong file, voided: struck through in its tab and history.
        held = counselling.list_sessions(ws, rich.id)
        voiding.void_record(ws, "session", held[-2].id, VOID_REASON[lang])
        # A colleague covering a leave: "Also open to" on the overview, and its dialog.
        own = clients.open_client_file(ws, rich.id).counsellor_username
        cover = next(u for u, _ in clients.counsellors(ws) if u != own)
        access_grants.grant(ws, rich.id, cover, COVER_WHY[lang],
                            clock.today() + timedelta(days=14))
        window.open_client(rich.id)
        settle(10)
        view = window.clients.files[rich.id]
        names = ["overview", "plan", "appointments", "sessions", "notes", "consent",
                 "conditions", "judicial", "residence", "goals", "notifications", "reports",
                 "history"]
        assert len(names) == view.tabs.count(), "a tab without its screenshot name"
        for index, name in enumerate(names):
            view.tabs.setCurrentIndex(index)
            save(window, out, f"client-{name}")
        view.tabs.setCurrentIndex(file_view.TAB_SESSIONS)
        sessions_tab = view.tabs.widget(file_view.TAB_SESSIONS)
        with_dialog(out, "dialog-session", sessions_tab.add)  # type: ignore[attr-defined]
        sessions_tab.table.selectRow(0)  # type: ignore[attr-defined]
        settle()
        with_dialog(out, "dialog-void", sessions_tab.void_selected,  # type: ignore[attr-defined]
                    lambda d: d.reason.setPlainText(VOID_REASON[lang]))  # type: ignore[attr-defined]
        view.tabs.setCurrentIndex(file_view.TAB_OVERVIEW)
        overview_tab = view.tabs.widget(file_view.TAB_OVERVIEW)
        with_dialog(out, "dialog-access", overview_tab.access_button.click,  # type: ignore[attr-defined]
                    lambda d: settle())
        view.tabs.setCurrentIndex(file_view.TAB_PLAN)
        plan_tab = view.tabs.widget(file_view.TAB_PLAN)
        with_dialog(out, "dialog-plan-action", plan_tab.add)  # type: ignore[attr-defined]
        consent_tab = view.tabs.widget(file_view.TAB_CONSENT)
        with_dialog(out, "dialog-consent", consent_tab.table.add)  # type: ignore[attr-defined]
        conditions_tab = view.tabs.widget(file_view.TAB_CONDITIONS)

        def breach(dialog: QDialog) -> None:
            form = dialog.form  # type: ignore[attr-defined]
            form.set_value("status", "breach")
            form.show_all = True
            dialog.validate()  # type: ignore[attr-defined]

        with_dialog(out, "dialog-condition-breach", conditions_tab.table.add,  # type: ignore[attr-defined]
                    breach)
        with_dialog(out, "dialog-three-conditions",
                    conditions_tab.check_all_button.click)  # type: ignore[attr-defined]
        with_dialog(out, "dialog-new-client", window.clients.new_client)
        possible_duplicates(data, out)
        window.show_page(PAGE_CALENDAR)
        save(window, out, "calendar")
        window.calendar.week_button.click()
        settle(10)
        save(window, out, "calendar-week")
        window.calendar.month_button.click()
        window.open_reports(rich.id)
        window.reports.preview()
        settle(12)
        save(window, out, "reports")
        help_screens(window, out)
        window.show_page(PAGE_ADMINISTRATION)
        save(window, out, "administration")
        window.administration.tabs.setCurrentIndex(1)
        save(window, out, "administration-backup")
        window.administration.tabs.setCurrentIndex(3)
        save(window, out, "administration-settings")
        window.administration.tabs.setCurrentIndex(4)
        save(window, out, "administration-signing")
        controller.shutdown()
        from shelter_desk.ui.dialogs.login_dialog import LoginDialog

        login = LoginDialog(data)
        login.resize(440, 230)
        login.show()
        save(login, out, "login")
        login.close()
    first_run(out)


def possible_duplicates(data: Path, out: Path) -> None:
    """The new-client wizard's warning as a counsellor sees it: their own clients by name,
    another counsellor's by case code and phase only (the demo holds several Salma Haddad)."""
    from shelter_desk.ui.dialogs.new_client_wizard import NewClientWizard

    ws = setup.login(data, "counsellor1", PASSWORD, kdf=CHEAP)
    wizard = NewClientWizard(ws, None)
    form = wizard.client_page.form
    for name, value in (("first_names", "Salma"), ("last_name", "Hadad"), ("gender", "female"),
                        ("nationality", "MA"), ("languages", ["ar", "fr"])):
        form.set_value(name, value)
    wizard.show()
    wizard.next()
    settle()
    if wizard.currentPage() is not wizard.duplicates_page:
        PROBLEMS.append("dialog-possible-duplicates: the demo's Salma Haddad were not found")
    table = wizard.duplicates_page.table
    table.setCurrentItem(table.topLevelItem(0))
    save(wizard, out, "dialog-possible-duplicates")
    wizard.done(0)
    ws.close()


def help_screens(window: QWidget, out: Path) -> None:
    """Help › User guide open at its printing section, and Help › About."""
    window.show_user_guide()  # type: ignore[attr-defined]
    guide = window.user_guide  # type: ignore[attr-defined]
    guide.resize(1100, 720)
    settle()
    printing = guide.contents.item(7)  # Starting, the day, 5 sections, then Printing
    guide.contents.setCurrentItem(printing)
    guide._go_to(printing)
    save(guide, out, "help-guide")
    guide.close()
    with_dialog(out, "about", window.show_about)  # type: ignore[attr-defined]


def first_run(out: Path) -> None:
    from shelter_desk.ui.dialogs.first_run import FirstRunWizard

    with tempfile.TemporaryDirectory(prefix="shelter-first-") as tmp:
        wizard = FirstRunWizard(Path(tmp) / "new")
        wizard.resize(640, 520)
        wizard.show()
        wizard.shelter_page.choices["Pag-Asa"].setChecked(True)
        save(wizard, out, "first-run-shelter")
        wizard.next()
        page = wizard.director_page
        page.username.setText("director")
        page.display_name.setText("A. Director")
        page.password.edit.setText("correct horse battery")
        page.password.repeat.setText("correct horse battery")
        save(wizard, out, "first-run-director")
        wizard.recovery_page.show_code("7KQ2M-ZX4PA-0RT9C-W3NBE-HJ6DF-5SV8G-YMK1T-Q2A7P")
        wizard.workspace = None
        wizard.setStartId(2)
        wizard.restart()
        save(wizard, out, "first-run-recovery")
        wizard.close()


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--lang", default="en", choices=["en", "nl", "fr"])
    parser.add_argument("--scale", type=float, default=1.0,
                        help="display scaling, as Windows' 150 %% (QT_SCALE_FACTOR)")
    parser.add_argument("--size", default=f"{SIZE[0]}x{SIZE[1]}",
                        help="the main window's size in logical pixels, WxH")
    parser.add_argument("--out", type=Path, help="folder (default docs/screenshots[/LANG])")
    parser.add_argument("--clients", type=int, default=300, help="demo clients")
    parser.add_argument("--check", action="store_true",
                        help="exit 1 when any screen shows cut-off text or a squeezed layout")
    args = parser.parse_args()
    if args.scale != 1.0:  # read by Qt when the application is made
        os.environ["QT_SCALE_FACTOR"] = str(args.scale)
    width, height = (int(n) for n in args.size.lower().split("x"))
    out = args.out or ROOT / "docs" / "screenshots" / ("" if args.lang == "en" else args.lang)
    print(f"Screenshots ({args.lang}, {width} x {height} at {args.scale:g}x) into {out}")
    run(args.lang, out, (width, height), args.clients)
    if args.check and PROBLEMS:
        print(f"{len(PROBLEMS)} layout problems:", *PROBLEMS, sep="\n  ")
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main())
