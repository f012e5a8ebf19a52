"""Driving the app as a person would: answer a modal dialog when it appears, wait for the
background work to land."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Any, TypeVar

from PySide6.QtCore import QThreadPool, QTimer
from PySide6.QtWidgets import QApplication, QWidget
from pytestqt.qtbot import QtBot

from shelter_desk.app import AppController
from shelter_desk.services import setup
from tests.conftest import CHEAP_KDF

W = TypeVar("W", bound=QWidget)


def when_modal(cls: type[W], act: Callable[[W], None], timeout_ms: int = 15000) -> list[W]:
    """Run `act` on the next modal dialog of type `cls` (call before what opens it). A dialog
    still open `timeout_ms` after that is closed, so a failing test fails instead of hanging."""
    seen: list[W] = []
    waited = [0]

    def poll() -> None:
        widget = QApplication.activeModalWidget()
        if isinstance(widget, cls) and widget.isVisible():
            seen.append(widget)
            if hasattr(widget, "reject"):
                # Owned by the dialog: it dies with it and never fires into a later test.
                watchdog = QTimer(widget)
                watchdog.setSingleShot(True)
                watchdog.timeout.connect(widget.reject)
                watchdog.start(timeout_ms)
            act(widget)
            return
        waited[0] += 30
        if waited[0] < timeout_ms:
            QTimer.singleShot(30, poll)

    QTimer.singleShot(30, poll)
    return seen


def settle(qtbot: QtBot, ms: int = 50) -> None:
    QThreadPool.globalInstance().waitForDone(10000)
    qtbot.wait(ms)


def open_app(qtbot: QtBot, folder: Path, user: str, password: str,
             idle_minutes: float = 60) -> AppController:
    app = QApplication.instance()
    assert isinstance(app, QApplication)
    controller = AppController(app, folder, idle_minutes=idle_minutes)
    controller._unlocked(setup.login(folder, user, password, kdf=CHEAP_KDF))
    qtbot.addWidget(controller.window)
    controller.window.resize(1300, 800)
    settle(qtbot)
    return controller


def rows(model: Any) -> list[Any]:
    return list(model.rows)


def shut_down(qtbot: QtBot, controller: AppController) -> None:
    """A fixture's cleanup: pytest-qt may already have closed and deleted the window it was
    given (qtbot.addWidget); then only the database is left to close."""
    from shiboken6 import isValid

    settle(qtbot)
    if isValid(controller.window):
        controller.shutdown()
    elif controller.ws is not None and not controller.ws.closed:
        controller.ws.close()
