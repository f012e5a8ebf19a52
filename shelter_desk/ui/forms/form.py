"""A small form builder: fields described once, widgets made to match, values read back as the
plain Python values the services take, and each field's error shown right beside it.

Errors appear for a field once it has been touched, or for all fields after a save attempt,
so a new empty form does not greet the counsellor with a wall of red."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from datetime import time
from typing import Any, cast

from PySide6.QtCore import Qt, QTime, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPlainTextEdit,
    QPushButton,
    QScrollArea,
    QSpinBox,
    QTimeEdit,
    QVBoxLayout,
    QWidget,
)

from shelter_desk.domain.labelled import LabelledEnum
from shelter_desk.i18n import fill
from shelter_desk.services.folding import fold
from shelter_desk.ui import accessible, i18n
from shelter_desk.ui.i18n import tr_
from shelter_desk.ui.widgets.date_edit import DateEdit

# Field kinds
TEXT, NOTES, DATE, OPT_DATE, TIME, INT, BOOL, OPT_BOOL = (
    "text",
    "notes",
    "date",
    "opt_date",
    "time",
    "int",
    "bool",
    "opt_bool",
)
CHOICE, OPT_CHOICE, MULTI_CHOICE, LINES, PICK, PICK_MANY = (
    "choice",
    "opt_choice",
    "multi_choice",
    "lines",
    "pick",
    "pick_many",
)


@dataclass
class Field:
    name: str
    label: str
    kind: str = TEXT
    enum: type[LabelledEnum] | None = None
    # For PICK / PICK_MANY / OPT pick: (code, shown name) pairs; a leading ("", "—") for none.
    options: Sequence[tuple[str, str]] = ()
    minimum: int = 0
    maximum: int = 100
    suffix: str = ""
    placeholder: str = ""
    optional_pick: bool = False
    # A required choice with no natural default (sex / gender): starts empty, must be chosen.
    no_default: bool = False
    extra: dict[str, Any] = field(default_factory=dict)


def _compact(combo: QComboBox) -> None:
    """Long lists (languages, countries) must not stretch the form beyond the dialog; their
    drop-down still opens wide enough to read every entry whole."""
    combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
    combo.setMinimumContentsLength(14)
    _wide_popup(combo)


def _wide_popup(combo: QComboBox) -> None:
    view = combo.view()
    view.setMinimumWidth(view.sizeHintForColumn(0) + 32)


LONG_LIST = 30  # entries above which a pick list is kept narrow


def chosen_index(combo: QComboBox) -> int:
    """The entry an editable pick list stands for: the current one if its text is what is
    shown, else the one whose name is typed (case and accents aside), else -1."""
    index = combo.currentIndex()
    text = combo.currentText()
    if not combo.isEditable() or (index >= 0 and combo.itemText(index) == text):
        return index
    wanted = fold(text.strip())
    if not wanted:
        return -1
    for i in range(combo.count()):
        if fold(combo.itemText(i)) == wanted:
            return i
    return -1


def take_typed_entry(combo: QComboBox) -> None:
    """When typing stops on an entry's name, that entry becomes the choice shown."""
    index = chosen_index(combo)
    if index >= 0 and index != combo.currentIndex():
        combo.setCurrentIndex(index)


class _OptionalTime(QWidget):
    changed = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.check = QCheckBox()
        self.edit = QTimeEdit(QTime(9, 0))
        self.edit.setDisplayFormat("HH:mm")
        self.edit.setEnabled(False)
        self.check.toggled.connect(self.edit.setEnabled)
        self.check.toggled.connect(lambda _: self.changed.emit())
        self.edit.timeChanged.connect(lambda _: self.changed.emit())
        row = QHBoxLayout(self)
        row.setContentsMargins(0, 0, 0, 0)
        row.addWidget(self.check)
        row.addWidget(self.edit, 1)
        self.setFocusProxy(self.check)

    def value(self) -> time | None:
        return cast(time, self.edit.time().toPython()) if self.check.isChecked() else None

    def set_value(self, value: time | None) -> None:
        self.check.setChecked(value is not None)
        if value is not None:
            self.edit.setTime(QTime(value.hour, value.minute))


class _Picker(QWidget):
    """Choose several from a long list (languages, countries): combo + Add, list + Remove."""

    changed = Signal()

    def __init__(self, options: Sequence[tuple[str, str]], parent: QWidget | None = None):
        super().__init__(parent)
        self.names = dict(options)
        self.combo = QComboBox()
        self.combo.setEditable(True)
        self.combo.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        for code, name in options:
            self.combo.addItem(name, code)
        _compact(self.combo)
        self.combo.setCurrentIndex(-1)
        self.add_button = QPushButton(self.tr("Add"))
        self.remove_button = QPushButton(self.tr("Remove"))
        self.chosen = QListWidget()
        self.chosen.setMaximumHeight(72)
        self.add_button.clicked.connect(self._add)
        line = self.combo.lineEdit()
        if line is not None:
            line.returnPressed.connect(self._add)
            line.textEdited.connect(lambda _text: self.changed.emit())
        self.remove_button.clicked.connect(self._remove)
        top = QHBoxLayout()
        top.addWidget(self.combo, 1)
        top.addWidget(self.add_button)
        top.addWidget(self.remove_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(top)
        layout.addWidget(self.chosen)
        self.setFocusProxy(self.combo)

    def _add(self) -> None:
        index = chosen_index(self.combo)  # typed text: a matching name counts
        code = self.combo.itemData(index) if index >= 0 else None
        if code and code not in self.value():
            item = QListWidgetItem(self.names.get(code, code))
            item.setData(Qt.ItemDataRole.UserRole, code)
            self.chosen.addItem(item)
            self.changed.emit()
        self.combo.setCurrentIndex(-1)

    def _remove(self) -> None:
        for item in self.chosen.selectedItems():
            self.chosen.takeItem(self.chosen.row(item))
        self.changed.emit()

    def value(self) -> list[str]:
        return [
            self.chosen.item(i).data(Qt.ItemDataRole.UserRole) for i in range(self.chosen.count())
        ]

    def set_value(self, codes: Sequence[str]) -> None:
        self.chosen.clear()
        for code in codes:
            item = QListWidgetItem(self.names.get(code, code))
            item.setData(Qt.ItemDataRole.UserRole, code)
            self.chosen.addItem(item)


class Form(QWidget):
    """Widgets for `fields` in a form layout, each with an error label under it."""

    changed = Signal()

    def __init__(self, fields: Sequence[Field], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.fields = {f.name: f for f in fields}
        self.widgets: dict[str, QWidget] = {}
        self.errors: dict[str, QLabel] = {}
        self.touched: set[str] = set()
        self.show_all = False
        layout = QFormLayout(self)
        layout.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        for f in fields:
            widget = self._make(f)
            widget.setObjectName(f"field_{f.name}")
            self.widgets[f.name] = widget
            # A check box carries its own text (clicking the words ticks it, a screen reader
            # reads them); other fields get a label to their left.
            label = QLabel("" if f.kind == BOOL else f.label)
            if f.kind != BOOL:
                label.setBuddy(widget)
            self._name(f, widget)
            error = QLabel()
            error.setObjectName(f"error_{f.name}")
            error.setProperty("error", True)
            error.setWordWrap(True)
            error.hide()
            self.errors[f.name] = error
            box = QWidget()
            col = QVBoxLayout(box)
            col.setContentsMargins(0, 0, 0, 0)
            col.setSpacing(2)
            col.addWidget(widget)
            col.addWidget(error)
            layout.addRow(label, box)

    # -- widgets ------------------------------------------------------------------------------
    def _make(self, f: Field) -> QWidget:
        def touched() -> None:
            self.touched.add(f.name)
            self.changed.emit()

        w: QWidget
        if f.kind == TEXT:
            edit = QLineEdit()
            edit.setPlaceholderText(f.placeholder)
            edit.textChanged.connect(touched)
            w = edit
        elif f.kind in (NOTES, LINES):
            notes = QPlainTextEdit()
            notes.setTabChangesFocus(True)
            notes.setPlaceholderText(f.placeholder)
            notes.setMaximumHeight(90 if f.kind == NOTES else 60)
            notes.textChanged.connect(touched)
            w = notes
        elif f.kind in (DATE, OPT_DATE):
            d = DateEdit(optional=f.kind == OPT_DATE)
            d.changed.connect(touched)
            w = d
        elif f.kind == TIME:
            ot = _OptionalTime()
            ot.changed.connect(touched)
            w = ot
        elif f.kind == INT:
            spin = QSpinBox()
            spin.setRange(f.minimum, f.maximum)
            spin.setSuffix(f.suffix)
            spin.valueChanged.connect(touched)
            w = spin
        elif f.kind == BOOL:
            box = QCheckBox(f.label)
            box.toggled.connect(touched)
            w = box
        elif f.kind == OPT_BOOL:
            combo = QComboBox()
            # Stored as text: PySide6 must never hand None back from Qt (see ops._Outcome).
            for text, value in (
                (self.tr("Not known yet"), ""),
                (self.tr("Yes"), "yes"),
                (self.tr("No"), "no"),
            ):
                combo.addItem(text, value)
            combo.currentIndexChanged.connect(touched)
            w = combo
        elif f.kind in (CHOICE, OPT_CHOICE):
            combo = QComboBox()
            if f.kind == OPT_CHOICE:
                combo.addItem("—", "")
            assert f.enum is not None
            for member in f.enum:
                combo.addItem(i18n.label(member), member.value)
            if f.no_default:
                combo.setPlaceholderText(self.tr("Choose…"))
                combo.setCurrentIndex(-1)
            combo.currentIndexChanged.connect(touched)
            w = combo
        elif f.kind == MULTI_CHOICE:
            lst = QListWidget()
            assert f.enum is not None
            for member in f.enum:
                item = QListWidgetItem(i18n.label(member))
                item.setData(Qt.ItemDataRole.UserRole, member.value)
                item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
                item.setCheckState(Qt.CheckState.Unchecked)
                lst.addItem(item)
            lst.setMaximumHeight(22 * min(len(f.enum), 6) + 6)
            lst.itemChanged.connect(lambda _: touched())
            w = lst
        elif f.kind == PICK:
            combo = QComboBox()
            combo.setEditable(True)
            combo.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
            if f.optional_pick:
                combo.addItem("—", "")
            for code, name in f.options:
                combo.addItem(name, code)
            if len(f.options) > LONG_LIST:
                _compact(combo)
            else:  # a few entries (a client's cases): shown whole, never clipped
                combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
                _wide_popup(combo)
            # A required choice starts empty: no silent default for a nationality.
            combo.setCurrentIndex(0 if f.optional_pick else -1)
            combo.currentIndexChanged.connect(touched)
            combo.editTextChanged.connect(lambda _text: touched())
            line = combo.lineEdit()
            if line is not None:
                line.editingFinished.connect(lambda c=combo: take_typed_entry(c))
            w = combo
        elif f.kind == PICK_MANY:
            picker = _Picker(f.options)
            picker.changed.connect(touched)
            w = picker
        else:
            raise ValueError(f.kind)
        return w

    def _name(self, f: Field, widget: QWidget) -> None:
        """What a screen reader says for the field: its label. Qt finds a label only when it
        sits beside the field, and here an error line wraps each field, so name it outright."""
        plain = f.label.replace("&&", "\0").replace("&", "").replace("\0", "&").strip()
        if isinstance(widget, _OptionalTime):
            accessible.name(widget.check, fill(tr_("Form", "{field}: a time is known"),
                                               field=plain))
            accessible.name(widget.edit, plain)
        elif isinstance(widget, _Picker):
            accessible.name(widget.combo, fill(tr_("Form", "{field}: choose one to add"),
                                               field=plain))
            accessible.name(widget.chosen, fill(tr_("Form", "{field} chosen"), field=plain))
        else:
            accessible.name(widget, plain)

    # -- values -------------------------------------------------------------------------------
    def value(self, name: str) -> Any:
        f, w = self.fields[name], self.widgets[name]
        if isinstance(w, QLineEdit):
            return w.text()
        if isinstance(w, QPlainTextEdit):
            text = w.toPlainText()
            if f.kind == LINES:
                return [line.strip() for line in text.splitlines() if line.strip()]
            return text or None
        if isinstance(w, DateEdit | _OptionalTime | _Picker):
            return w.value()
        if isinstance(w, QSpinBox):
            return w.value()
        if isinstance(w, QCheckBox):
            return w.isChecked()
        if isinstance(w, QComboBox):
            index = chosen_index(w)
            if index < 0:
                return None
            data = w.itemData(index)
            if f.kind == OPT_BOOL:
                return {"yes": True, "no": False}.get(data)
            return data or None
        if isinstance(w, QListWidget):
            return [
                w.item(i).data(Qt.ItemDataRole.UserRole)
                for i in range(w.count())
                if w.item(i).checkState() == Qt.CheckState.Checked
            ]
        raise TypeError(name)

    def values(self) -> dict[str, Any]:
        return {name: self.value(name) for name in self.fields}

    def state(self) -> tuple[dict[str, Any], dict[str, str]]:
        """What has been entered, typed text in pick lists included (to tell whether there
        is anything to lose)."""
        typed = {name: (w.combo if isinstance(w, _Picker) else w).currentText()
                 for name, w in self.widgets.items()
                 if isinstance(w, QComboBox | _Picker)}
        return self.values(), typed

    def set_value(self, name: str, value: Any) -> None:
        f, w = self.fields[name], self.widgets[name]
        if isinstance(w, QLineEdit):
            w.setText("" if value is None else str(value))
        elif isinstance(w, QPlainTextEdit):
            w.setPlainText("\n".join(value) if f.kind == LINES else (value or ""))
        elif isinstance(w, DateEdit | _OptionalTime | _Picker):
            w.set_value(value)
        elif isinstance(w, QSpinBox):
            w.setValue(int(value))
        elif isinstance(w, QCheckBox):
            w.setChecked(bool(value))
        elif isinstance(w, QComboBox):
            if f.kind == OPT_BOOL:
                data = "" if value is None else ("yes" if value else "no")
            else:
                data = value.value if isinstance(value, LabelledEnum) else (value or "")
            idx = w.findData(data)
            w.setCurrentIndex(idx if idx >= 0 or f.kind == PICK or f.no_default else 0)
        elif isinstance(w, QListWidget):
            chosen = {v.value if isinstance(v, LabelledEnum) else v for v in value}
            for i in range(w.count()):
                item = w.item(i)
                item.setCheckState(
                    Qt.CheckState.Checked
                    if item.data(Qt.ItemDataRole.UserRole) in chosen
                    else Qt.CheckState.Unchecked
                )

    def set_values(self, source: object) -> None:
        for name in self.fields:
            if hasattr(source, name):
                self.set_value(name, getattr(source, name))
        self.touched.clear()

    # -- errors -------------------------------------------------------------------------------
    def show_errors(self, errors: dict[str, str]) -> None:
        for field_name, label in self.errors.items():
            text = errors.get(field_name, "")
            visible = bool(text) and (self.show_all or field_name in self.touched)
            label.setText(text if visible else "")
            label.setVisible(visible)
            # A screen reader reads the problem with the field, not only in red beside it.
            self._target(field_name).setAccessibleDescription(text if visible else "")

    def typing_errors(self) -> dict[str, str]:
        """Pick lists where what is typed names no entry: refused, never saved as the entry
        chosen before (the defect: the old choice was saved under the new text)."""
        out = {}
        for name, w in self.widgets.items():
            combo = w.combo if isinstance(w, _Picker) else w
            if not isinstance(combo, QComboBox) or not combo.isEditable():
                continue
            if isinstance(w, _Picker):
                typed = combo.currentText().strip()
                if typed and chosen_index(combo) < 0:
                    out[name] = fill(tr_("Form", "“{typed}” is not in the list: choose an entry, "
                                             "or clear the field."), typed=typed)
                elif typed and combo.itemData(chosen_index(combo)) not in w.value():
                    out[name] = fill(tr_("Form", "“{typed}” is not added yet: press Add (or "
                                             "Enter), or clear the field."), typed=typed)
            elif combo.currentText().strip() and chosen_index(combo) < 0:
                out[name] = fill(
                    tr_("Form", "“{typed}” is not in the list: choose an entry from it."),
                    typed=combo.currentText().strip())
        return out

    def _target(self, field_name: str) -> QWidget:
        widget = self.widgets[field_name]
        return widget.focusProxy() or widget

    def focus_first_error(self, errors: dict[str, str]) -> None:
        for name in self.fields:
            if name in errors:
                target = self._target(name)
                target.setFocus(Qt.FocusReason.OtherFocusReason)
                # In a long dialog the field may be scrolled out of sight: bring it in.
                area = target.parentWidget()
                while area is not None and not isinstance(area, QScrollArea):
                    area = area.parentWidget()
                if area is not None:
                    area.ensureWidgetVisible(target)
                return


Validator = Callable[[dict[str, Any]], dict[str, str]]
