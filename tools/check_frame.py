"""Is this picture a drawn window? For frames another program saved (the Windows build's
first-run wizard under Wine, installer/windows/smoke-test.sh): a window's size, and enough drawn
on it that it is not a blank or black surface.

    QT_QPA_PLATFORM=offscreen python -m tools.check_frame FRAME.png   (exit 0: yes)"""

from __future__ import annotations

import sys
from collections import Counter

from PySide6.QtGui import QGuiApplication, QImage

MIN_WIDTH, MIN_HEIGHT = 400, 300
# A dialog's text, frames and buttons cover a few per cent of its surface.
MIN_DRAWN = 0.02


def drawn_share(image: QImage) -> float:
    """The share of sampled pixels that differ from the most common (background) colour."""
    pixels = Counter(image.pixel(x, y) for y in range(0, image.height(), 3)
                     for x in range(0, image.width(), 3))
    total = sum(pixels.values())
    return 1 - pixels.most_common(1)[0][1] / total if total else 0.0


def main() -> int:
    _app = QGuiApplication(sys.argv[:1])
    image = QImage(sys.argv[1])
    if image.isNull() or image.width() < MIN_WIDTH or image.height() < MIN_HEIGHT:
        print(f"{sys.argv[1]}: not a window-sized picture", file=sys.stderr)
        return 1
    share = drawn_share(image)
    if share < MIN_DRAWN:
        print(f"{sys.argv[1]}: nearly blank ({share:.1%} drawn)", file=sys.stderr)
        return 1
    print(f"{sys.argv[1]}: {image.width()}x{image.height()}, {share:.0%} drawn")
    return 0


if __name__ == "__main__":
    sys.exit(main())
