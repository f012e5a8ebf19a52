"""Enumerations whose members carry an English label marked for translation."""

from __future__ import annotations

import enum
from collections.abc import Callable
from typing import TypeVar

LABEL_CONTEXT = "enum"
_LABELS: dict[type, dict[str, str]] = {}


class LabelledEnum(enum.StrEnum):
    """A StrEnum (stored by value) with `.label`: English text for people, translated by the UI
    with QCoreApplication.translate("enum", label) and by reports from the same catalogue."""

    @property
    def label(self) -> str:
        return _LABELS[type(self)][self.value]

    @classmethod
    def choices(cls) -> list[tuple[str, str]]:
        return [(m.value, m.label) for m in cls]


E = TypeVar("E", bound=type[LabelledEnum])


def labels(mapping: dict[str, str]) -> Callable[[E], E]:
    """Attach labels to every member; a missing or extra label is a programming error."""

    def attach(cls: E) -> E:
        values = {m.value for m in cls}
        if set(mapping) != values:
            raise TypeError(f"{cls.__name__}: labels for {sorted(set(mapping) ^ values)}")
        _LABELS[cls] = dict(mapping)
        return cls

    return attach
