"""A screenshot of another program's window on the X screen (Xvfb), for programs whose widgets
we cannot grab ourselves: the Windows build running under Wine (installer/windows/smoke-test.sh).

    QT_QPA_PLATFORM=xcb python -m tools.grab_screen OUT.png [--wait-for-window]

Saves the screen cropped to what is drawn on it. With --wait-for-window it exits 1, saving
nothing, while the screen is still empty (the program has not shown its window yet)."""

from __future__ import annotations

import argparse
import sys

from PySide6.QtCore import QRect
from PySide6.QtGui import QGuiApplication, QImage

EMPTY = 0xFF000000  # Xvfb's black root window
MARGIN = 8
# A window is up when at least this share of the screen is drawn (not a lone cursor or splash).
SHOWN = 0.05


def drawn_area(image: QImage) -> tuple[QRect, float]:
    """The bounding box of everything not black, and the share of the screen it covers."""
    left, top, right, bottom = image.width(), image.height(), -1, -1
    drawn = samples = 0
    for y in range(0, image.height(), 4):
        for x in range(0, image.width(), 4):
            samples += 1
            if image.pixel(x, y) != EMPTY:
                drawn += 1
                left, top = min(left, x), min(top, y)
                right, bottom = max(right, x), max(bottom, y)
    if right < 0:
        return QRect(), 0.0
    box = QRect(left, top, right - left + 1, bottom - top + 1)
    return box.adjusted(-MARGIN, -MARGIN, MARGIN, MARGIN).intersected(image.rect()), \
        drawn / max(samples, 1)


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("out")
    parser.add_argument("--wait-for-window", action="store_true")
    args = parser.parse_args()
    app = QGuiApplication(sys.argv[:1])
    screen = app.primaryScreen()
    image = screen.grabWindow(0).toImage().convertToFormat(QImage.Format.Format_ARGB32)
    box, share = drawn_area(image)
    if args.wait_for_window and share < SHOWN:
        return 1
    (image.copy(box) if not box.isNull() else image).save(args.out)
    return 0


if __name__ == "__main__":
    sys.exit(main())
