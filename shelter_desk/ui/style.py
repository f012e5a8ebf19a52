"""The look: the shipped fonts, a calm light palette or a high-contrast one, the text size,
and a few stylesheet rules. One place, so every screen agrees.

Colours are read through `theme()` when a screen is drawn, never copied at import: switching
to high contrast rebuilds the window and every colour follows."""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import Qt
from PySide6.QtGui import QColor, QFont, QFontDatabase, QGuiApplication, QPalette
from PySide6.QtWidgets import QApplication

from shelter_desk.resources import fonts_dir

BASE_POINT_SIZE = 10.0
TEXT_SCALES = (100, 125, 150, 200)  # per cent, offered in My settings


@dataclass(frozen=True)
class Theme:
    name: str
    accent: str  # links, selection, the primary button
    danger: str  # overdue, breach, withdrawn
    warning: str  # soon, concern, scheduled
    muted: str  # secondary text
    ok: str  # done, complied, granted
    surface: str  # window background
    base: str  # fields and tables
    alternate: str  # every other row
    text: str
    button: str
    border: str
    header: str  # table headers
    nav: str  # the section list
    selection: str  # selected row background
    selection_text: str
    focus: str  # the focus ring
    day_marked: str  # calendar days with a hearing
    chart: tuple[str, ...]  # bar colours, in order


LIGHT = Theme(
    name="standard",
    accent="#2f5d8a", danger="#a61b1b", warning="#9a5b00", muted="#5d6670", ok="#2e7d32",
    surface="#f4f6f8", base="#ffffff", alternate="#f7f9fb", text="#1f2a36", button="#e9edf1",
    border="#d5dbe1", header="#eef1f4", nav="#e9edf1", selection="#cfe0f1",
    selection_text="#1f2a36", focus="#d97a00", day_marked="#fff3d6",
    chart=("#2f5d8a", "#8fb3d6", "#2e7d32", "#c9a227", "#a1665e", "#6d5a9c", "#4f8f8b",
           "#b0b7be"),
)

# Windows' "High contrast black" as a model: every pair of text and background at least 7:1
# (WCAG 1.4.6), yellow focus, no meaning carried by a pale tint.
HIGH_CONTRAST = Theme(
    name="high",
    accent="#7ec8ff", danger="#ff8080", warning="#ffd166", muted="#e0e0e0", ok="#8be28b",
    surface="#000000", base="#000000", alternate="#141414", text="#ffffff", button="#1c1c1c",
    border="#ffffff", header="#1c1c1c", nav="#000000", selection="#1aebff",
    selection_text="#000000", focus="#ffff00", day_marked="#3a2f00",
    chart=("#7ec8ff", "#ffffff", "#8be28b", "#ffd166", "#ff8080", "#d9a6ff", "#66e0d0",
           "#bbbbbb"),
)

_state: dict[str, object] = {"theme": LIGHT, "scale": 100}


def theme() -> Theme:
    current = _state["theme"]
    assert isinstance(current, Theme)
    return current


def text_scale() -> int:
    scale = _state["scale"]
    assert isinstance(scale, int)
    return scale


def points(size: float) -> float:
    """A font size of the design, at the text size the user chose."""
    return round(size * text_scale() / 100, 1)


def stylesheet(t: Theme) -> str:
    return f"""
QLabel#heading {{ font-size: {points(15)}pt; font-weight: 600; color: {t.text}; }}
QLabel#subheading {{ font-size: {points(11)}pt; font-weight: 600; color: {t.text}; }}
QLabel#muted, QLabel[muted="true"] {{ color: {t.muted}; }}
QLabel[error="true"] {{ color: {t.danger}; }}
QListWidget#navigation {{ background: {t.nav}; border: none; font-size: {points(11)}pt;
                          padding-top: 8px; }}
QListWidget#navigation::item {{ padding: 10px 14px; border-radius: 4px; margin: 1px 6px; }}
QListWidget#navigation::item:selected {{ background: {t.accent}; color: {t.base}; }}
QFrame#card {{ background: {t.base}; border: 1px solid {t.border}; border-radius: 6px; }}
QFrame#header {{ background: {t.base}; border-bottom: 1px solid {t.border}; }}
QTableView {{ gridline-color: {t.border}; selection-background-color: {t.selection};
             selection-color: {t.selection_text}; alternate-background-color: {t.alternate}; }}
QHeaderView::section {{ background: {t.header}; color: {t.text}; padding: 5px 6px;
                       border: none; border-right: 1px solid {t.border}; font-weight: 600; }}
QPushButton {{ padding: 5px 12px; }}
QPushButton[primary="true"] {{ background: {t.accent}; color: {t.base}; border-radius: 3px;
                              border: 1px solid {t.text if t is HIGH_CONTRAST else "#24496d"}; }}
QPushButton[primary="true"]:disabled {{ background: {t.muted if t is HIGH_CONTRAST
                                                     else "#9db2c7"}; }}
QStatusBar {{ background: {t.nav}; }}
""" + (_HIGH_CONTRAST_FRAMES.format(t=t) if t is HIGH_CONTRAST else "")


# Fusion draws frames a shade darker than the window: on black, no frame at all. Every field,
# button and box gets a white one.
_HIGH_CONTRAST_FRAMES = """
QLineEdit, QComboBox, QAbstractSpinBox, QPlainTextEdit, QTextEdit, QAbstractItemView,
QPushButton, QToolButton, QGroupBox, QTabWidget::pane, QProgressBar {{
    border: 1px solid {t.text}; border-radius: 2px; }}
QLineEdit, QComboBox, QAbstractSpinBox {{ padding: 2px 4px; }}
QLineEdit:disabled, QComboBox:disabled, QAbstractSpinBox:disabled, QPushButton:disabled {{
    border: 1px dashed {t.muted}; }}
QCheckBox::indicator, QRadioButton::indicator {{ border: 2px solid {t.text};
    background: {t.base}; width: 13px; height: 13px; }}
QCheckBox::indicator:checked {{ background: {t.selection}; }}
QRadioButton::indicator {{ border-radius: 8px; }}
QRadioButton::indicator:checked {{ background: {t.selection}; }}
QGroupBox {{ margin-top: 14px; padding-top: 6px; }}
QGroupBox::title {{ subcontrol-origin: margin; left: 8px; padding: 0 4px; }}
QTabBar::tab {{ border: 1px solid {t.text}; padding: 5px 10px; background: {t.base}; }}
QTabBar::tab:selected {{ background: {t.selection}; color: {t.selection_text}; }}
QProgressBar::chunk {{ background: {t.selection}; }}
QMenu {{ border: 1px solid {t.text}; }}
QMenu::item:selected, QMenuBar::item:selected {{ background: {t.selection};
    color: {t.selection_text}; }}
QToolTip {{ border: 1px solid {t.text}; }}
"""


def load_fonts() -> str:
    """Register the shipped fonts (once); returns the UI's family name."""
    if "family" in _state:
        return str(_state["family"])
    family = ""
    for path in sorted(fonts_dir().glob("*.ttf")):
        font_id = QFontDatabase.addApplicationFont(str(path))
        families = QFontDatabase.applicationFontFamilies(font_id) if font_id >= 0 else []
        if path.name.startswith("NotoSans-") and families:
            family = families[0]
    _state["family"] = family or "Noto Sans"
    return str(_state["family"])


def monospace_font(point_size: int = 11) -> QFont:
    font = QFont("DejaVu Sans Mono")
    font.setPointSizeF(points(point_size))
    font.setStyleHint(QFont.StyleHint.Monospace)
    return font


def system_wants_high_contrast() -> bool:
    """The operating system's high-contrast setting (Windows' contrast themes; the desktop
    portal's contrast preference on Linux), as Qt reports it."""
    hints = QGuiApplication.styleHints()
    accessibility = getattr(hints, "accessibility", None)
    if accessibility is None:  # Qt before 6.10
        return False
    return bool(accessibility().contrastPreference() == Qt.ContrastPreference.HighContrast)


def resolve_theme(contrast: str) -> Theme:
    if contrast == "high" or (contrast == "system" and system_wants_high_contrast()):
        return HIGH_CONTRAST
    return LIGHT


def apply_style(app: QApplication, contrast: str = "system", scale: int = 100) -> Theme:
    """The look for `contrast` (system, standard, high) and a text size in per cent."""
    t = resolve_theme(contrast)
    _state["theme"] = t
    _state["scale"] = scale if scale in TEXT_SCALES else 100
    family = load_fonts()
    font = QFont(family, 10)
    font.setPointSizeF(points(BASE_POINT_SIZE))
    # Names in Arabic, Ge'ez, Devanagari or Thai fall back to the shipped Noto fonts.
    font.setFamilies([family, "Noto Sans Arabic", "Noto Sans Ethiopic", "Noto Sans Devanagari",
                      "Noto Sans Thai", "Droid Sans Fallback"])
    app.setFont(font)
    app.setStyle("Fusion")
    palette = QPalette()
    roles = QPalette.ColorRole
    for role, colour in (
        (roles.Window, t.surface), (roles.Base, t.base), (roles.AlternateBase, t.alternate),
        (roles.Highlight, t.accent if t is LIGHT else t.selection),
        (roles.HighlightedText, "#ffffff" if t is LIGHT else t.selection_text),
        (roles.Button, t.button), (roles.Text, t.text), (roles.WindowText, t.text),
        (roles.ButtonText, t.text), (roles.ToolTipBase, "#fffbe6" if t is LIGHT else "#000000"),
        (roles.ToolTipText, t.text), (roles.PlaceholderText, t.muted), (roles.Link, t.accent),
        (roles.BrightText, t.danger),
    ):
        palette.setColor(role, QColor(colour))
    # Disabled text stays readable in high contrast (WCAG exempts it, people do not).
    palette.setColor(QPalette.ColorGroup.Disabled, roles.Text,
                     QColor("#8a9099" if t is LIGHT else "#b0b0b0"))
    palette.setColor(QPalette.ColorGroup.Disabled, roles.ButtonText,
                     QColor("#8a9099" if t is LIGHT else "#b0b0b0"))
    palette.setColor(QPalette.ColorGroup.Disabled, roles.WindowText,
                     QColor("#8a9099" if t is LIGHT else "#b0b0b0"))
    app.setPalette(palette)
    app.setStyleSheet(stylesheet(t))
    return t
