"""One declaration per kind of record the client file lists: what its tab, its table and its
add and edit dialogs need, in one place (ui/views/client_file/record_tab.py's KindTab builds
the tab, `kind_dialog` the dialog, the same way for every kind)."""

from __future__ import annotations

import dataclasses
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass, field
from typing import Any, cast

from shelter_desk.services.changes import Kind
from shelter_desk.services.records import CrossCheck, Fields
from shelter_desk.services.workspace import Workspace
from shelter_desk.ui.forms.form import Field
from shelter_desk.ui.forms.record_dialog import RecordDialog
from shelter_desk.ui.models.record_table import Column

Loader = Callable[[Workspace, int], Sequence[Any]]
Add = Callable[[Workspace, int, Any], Any]  # (workspace, client id, input)
Update = Callable[..., Any]  # (workspace, record id, input, *, based_on=version)


@dataclass(frozen=True)
class DialogFor:
    """What one add or edit dialog is for: the record (`row`, None for a new one), the
    records its form picks from (`among`: the residence documents a document extends, the
    cases a court date is in, the purposes one can withdraw), and the values a new record
    starts from (`prefill`: a session recorded from an appointment)."""

    ws: Workspace
    client_id: int | None
    row: Any = None
    among: Sequence[Any] = ()
    prefill: Any = None


@dataclass(frozen=True)
class RecordKind:
    """A kind of record as the client file shows it.

    `fields` are labelled by their name (forms/fields.py's F); `labels` relabels some of
    them in this kind's dialog. `input` is the service's input type: the form's values are
    its arguments, unless `build` converts them first (a pick's id text to a number); fields
    the build takes out are listed in `form_only`. `add` and `update` are the service calls
    (an update is based on the version shown). `options` gives the picks whose choices are
    known only when the dialog opens; `prepare` sets a new record's defaults in the dialog."""

    changes: tuple[Kind, ...]  # services/changes.py: the tab reloads when these change
    void_kind: str | None  # services/voiding.py's kind: a Void… button
    title: str  # the table's accessible name
    add_label: str  # the Add… button
    add_title: str
    edit_title: str
    fields: tuple[Field, ...]
    input: Callable[..., Any]
    spec: Fields
    columns: tuple[Column[Any], ...]
    load: Loader  # the records a tab lists
    add: Add | None
    update: Update | None
    cross: CrossCheck | None = None
    labels: Mapping[str, str] = field(default_factory=dict)
    intro: str = ""  # the dialog's
    tab_intro: str = ""
    sort_column: int = 0
    descending: bool = True
    form_only: frozenset[str] = frozenset()
    build: Callable[[dict[str, Any], DialogFor], Any] | None = None
    options: Callable[[DialogFor], Mapping[str, Sequence[tuple[str, str]]]] | None = None
    prepare: Callable[[RecordDialog, DialogFor], None] | None = None
    dialog_class: type[RecordDialog] = RecordDialog

    def form_fields(self, target: DialogFor) -> list[Field]:
        """This dialog's fields: copies, relabelled and with their picks' choices."""
        options = self.options(target) if self.options is not None else {}
        fields = [dataclasses.replace(f) for f in self.fields]
        by_name = {f.name: f for f in fields}
        for name, label in self.labels.items():
            by_name[name].label = label
        for name, choices in options.items():
            by_name[name].options = list(choices)
        return fields


def kind_dialog(
    kind: RecordKind,
    ws: Workspace,
    client_id: int | None,
    row: Any,
    parent: Any,
    *,
    among: Sequence[Any] = (),
    prefill: Any = None,
    save: Callable[[Any], Any] | None = None,
) -> RecordDialog:
    """Add (`row` None) or edit one record of `kind`. `prefill` and `save`: a new record that
    starts from those values and is saved by another step (an appointment recorded as held)."""
    target = DialogFor(ws, client_id, row, tuple(among), prefill)

    def save_record(data: Any) -> Any:
        if row is None:
            assert kind.add is not None and client_id is not None
            return kind.add(ws, client_id, data)
        assert kind.update is not None
        return kind.update(ws, row.id, data, based_on=row.version)

    build = kind.build
    dialog = kind.dialog_class(
        kind.add_title if row is None else kind.edit_title,
        kind.form_fields(target),
        (lambda v: build(v, target)) if build is not None else (lambda v: kind.input(**v)),
        kind.spec,
        save or save_record,
        cross=kind.cross,
        initial=row if row is not None else prefill,
        intro=kind.intro,
        parent=parent,
    )
    if kind.prepare is not None:
        kind.prepare(dialog, target)
    return dialog


def incomplete(kind: RecordKind) -> list[str]:
    """What is missing or wrong in a declaration (empty when it is complete): a field its
    input type does not take, a relabel or pick of no field, an input argument no field
    gives, a kind with no columns or titles, an edit title with no update call."""
    problems: list[str] = []
    names = [f.name for f in kind.fields]
    takes = {f.name: f for f in dataclasses.fields(cast(Any, kind.input))}
    required = {n for n, f in takes.items()
                if f.default is dataclasses.MISSING and f.default_factory is dataclasses.MISSING}
    problems += [f"field {n!r} is not an argument of {kind.input.__name__}"
                 for n in names if n not in takes and n not in kind.form_only]
    problems += [f"form-only {n!r} is not a field" for n in kind.form_only if n not in names]
    problems += [f"field {n!r} is declared twice" for n in set(names) if names.count(n) > 1]
    problems += [f"relabelled {n!r} is not a field" for n in kind.labels if n not in names]
    problems += [f"checked {n!r} is not an argument of {kind.input.__name__}"
                 for n in kind.spec if n not in takes]
    if kind.build is None:
        problems += [f"{kind.input.__name__}'s {n!r} has no field"
                     for n in sorted(required) if n not in names]
    if not kind.columns:
        problems.append("no columns")
    if not 0 <= kind.sort_column < max(1, len(kind.columns)):
        problems.append(f"sort column {kind.sort_column} is not a column")
    problems += [f"no {what}" for what, text in (
        ("title", kind.title), ("add label", kind.add_label), ("add title", kind.add_title))
        if not text.strip()]
    if kind.add is None and kind.update is None:
        problems.append("neither an add nor an update call")
    if kind.update is not None and not kind.edit_title.strip():
        problems.append("an update call but no edit title")
    if not kind.changes:
        problems.append("no change kinds")
    return problems
