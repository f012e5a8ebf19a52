"""Lock when the desktop locks its screen, where the desktop reports it: the freedesktop /
GNOME screensaver signal on Linux (D-Bus), the session-change message on Windows."""

from __future__ import annotations

import contextlib
import sys

from PySide6.QtCore import QAbstractNativeEventFilter, QByteArray, QObject, Signal, Slot

WM_WTSSESSION_CHANGE = 0x02B1
WTS_SESSION_LOCK = 0x7


class ScreenLockWatcher(QObject):
    """Emits `locked` when the desktop's screen lock comes on."""

    locked = Signal()

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.connected: list[str] = []
        self._native: _WindowsFilter | None = None
        if sys.platform.startswith("linux"):
            self._connect_dbus()

    def _connect_dbus(self) -> None:
        with contextlib.suppress(ImportError):
            from PySide6.QtDBus import QDBusConnection

            bus = QDBusConnection.sessionBus()
            if not bus.isConnected():
                return
            for service, path, interface in (
                (
                    "org.freedesktop.ScreenSaver",
                    "/org/freedesktop/ScreenSaver",
                    "org.freedesktop.ScreenSaver",
                ),
                ("org.gnome.ScreenSaver", "/org/gnome/ScreenSaver", "org.gnome.ScreenSaver"),
            ):
                if bus.connect(
                    service, path, interface, "ActiveChanged", "b", self, b"1_active_changed(bool)"
                ):
                    self.connected.append(interface)

    @Slot(bool)
    def _active_changed(self, active: bool) -> None:
        if active:
            self.locked.emit()

    def install_windows_filter(self, app: object, window_id: int) -> None:
        """On Windows, ask for session notifications for `window_id` and watch for them."""
        if sys.platform != "win32":
            return
        with contextlib.suppress(Exception):
            import ctypes

            windll = getattr(ctypes, "windll")  # noqa: B009 (exists on Windows only)
            windll.wtsapi32.WTSRegisterSessionNotification(window_id, 0)
            self._native = _WindowsFilter(self)
            getattr(app, "installNativeEventFilter")(self._native)  # noqa: B009
            self.connected.append("WTSSessionNotification")


class _WindowsFilter(QAbstractNativeEventFilter):
    def __init__(self, watcher: ScreenLockWatcher) -> None:
        super().__init__()
        self.watcher = watcher

    def nativeEventFilter(
        self, event_type: QByteArray | bytes | bytearray | memoryview, message: int
    ) -> object:
        kind = event_type.data() if isinstance(event_type, QByteArray) else bytes(event_type)
        if kind == b"windows_generic_MSG":
            import ctypes.wintypes

            msg = ctypes.wintypes.MSG.from_address(int(message))
            if msg.message == WM_WTSSESSION_CHANGE and msg.wParam == WTS_SESSION_LOCK:
                self.watcher.locked.emit()
        return False, 0
