"""Guards the PySide6 pin: Qt handing None back to Python, many times over, must not crash
(PySide6 6.12.0 on Python 3.11 does). Run in a subprocess, since the failure is a fatal abort."""

from __future__ import annotations

import os
import subprocess
import sys

PROBE = """
from PySide6.QtCore import QObject, Signal
from PySide6.QtWidgets import QApplication, QComboBox
app = QApplication([])
combo = QComboBox()
combo.addItem("none", None)
for _ in range(200000):
    combo.currentData()
class Emitter(QObject):
    sent = Signal(object)
emitter = Emitter()
emitter.sent.connect(lambda value: None)
for _ in range(200000):
    emitter.sent.emit(None)
print("survived")
"""


def test_none_survives_the_round_trip_through_qt() -> None:
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    result = subprocess.run([sys.executable, "-c", PROBE], capture_output=True, text=True,
                            env=env, timeout=300)
    assert result.returncode == 0 and "survived" in result.stdout, result.stderr[-2000:]
