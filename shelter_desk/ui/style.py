"""The look: the shipped fonts, a calm light palette, and a few stylesheet rules. One place, so
every screen agrees."""

from __future__ import annotations

from PySide6.QtGui import QColor, QFont, QFontDatabase, QPalette
from PySide6.QtWidgets import QApplication

from shelter_desk.resources import fonts_dir

ACCENT = "#2f5d8a"
DANGER = "#a61b1b"
WARNING = "#9a5b00"
MUTED = "#5d6670"
OK = "#2e7d32"
SURFACE = "#f4f6f8"

STYLESHEET = f"""
QLabel#heading {{ font-size: 15pt; font-weight: 600; color: #1f2a36; }}
QLabel#subheading {{ font-size: 11pt; font-weight: 600; color: #1f2a36; }}
QLabel#muted, QLabel[muted="true"] {{ color: {MUTED}; }}
QLabel[error="true"] {{ color: {DANGER}; }}
QListWidget#navigation {{ background: #e9edf1; border: none; font-size: 11pt; padding-top: 8px; }}
QListWidget#navigation::item {{ padding: 10px 14px; border-radius: 4px; margin: 1px 6px; }}
QListWidget#navigation::item:selected {{ background: {ACCENT}; color: white; }}
QFrame#card {{ background: white; border: 1px solid #d5dbe1; border-radius: 6px; }}
QFrame#header {{ background: white; border-bottom: 1px solid #d5dbe1; }}
QTableView {{ gridline-color: #e3e7eb; selection-background-color: #cfe0f1;
             selection-color: #1f2a36; alternate-background-color: #f7f9fb; }}
QHeaderView::section {{ background: #eef1f4; padding: 5px 6px; border: none;
                       border-right: 1px solid #d5dbe1; font-weight: 600; }}
QPushButton {{ padding: 5px 12px; }}
QPushButton[primary="true"] {{ background: {ACCENT}; color: white; border-radius: 3px;
                              border: 1px solid #24496d; }}
QPushButton[primary="true"]:disabled {{ background: #9db2c7; }}
QStatusBar {{ background: #e9edf1; }}
"""


def load_fonts() -> str:
    """Register the shipped fonts; returns the UI's family name."""
    family = ""
    for path in sorted(fonts_dir().glob("*.ttf")):
        font_id = QFontDatabase.addApplicationFont(str(path))
        families = QFontDatabase.applicationFontFamilies(font_id) if font_id >= 0 else []
        if path.name.startswith("NotoSans-") and families:
            family = families[0]
    return family or "Noto Sans"


def monospace_font(point_size: int = 11) -> QFont:
    font = QFont("DejaVu Sans Mono", point_size)
    font.setStyleHint(QFont.StyleHint.Monospace)
    return font


def apply_style(app: QApplication) -> None:
    family = load_fonts()
    font = QFont(family, 10)
    # Arabic names fall back to the shipped Noto Sans Arabic.
    font.setFamilies([family, "Noto Sans Arabic", "DejaVu Sans"])
    app.setFont(font)
    app.setStyle("Fusion")
    palette = QPalette()
    palette.setColor(QPalette.ColorRole.Window, QColor(SURFACE))
    palette.setColor(QPalette.ColorRole.Base, QColor("white"))
    palette.setColor(QPalette.ColorRole.AlternateBase, QColor("#f7f9fb"))
    palette.setColor(QPalette.ColorRole.Highlight, QColor(ACCENT))
    palette.setColor(QPalette.ColorRole.HighlightedText, QColor("white"))
    palette.setColor(QPalette.ColorRole.Button, QColor("#e9edf1"))
    palette.setColor(QPalette.ColorRole.Text, QColor("#1f2a36"))
    palette.setColor(QPalette.ColorRole.WindowText, QColor("#1f2a36"))
    palette.setColor(QPalette.ColorRole.ButtonText, QColor("#1f2a36"))
    palette.setColor(QPalette.ColorRole.ToolTipBase, QColor("#fffbe6"))
    app.setPalette(palette)
    app.setStyleSheet(STYLESHEET)
