"""Field validation shared by the services. Every failure names its field; nothing is written.

Each checker takes the raw value as anything (forms, scripts and fuzzers send what they send)
and returns it clean and typed, or raises ValidationError.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterable
from datetime import date, time, timedelta
from typing import Any, TypeVar

from shelter_desk.domain.labelled import LabelledEnum
from shelter_desk.domain.places_and_languages import is_country, is_language
from shelter_desk.i18n import QT_TRANSLATE_NOOP
from shelter_desk.services.errors import ValidationError

E = TypeVar("E", bound=LabelledEnum)

_USERNAME = re.compile(r"^[a-z][a-z0-9._-]{1,31}$")
_CONTROL = {"Cc", "Cf", "Cs", "Co", "Cn"}
_ALLOWED_IN_NOTES = {"\n", "\t"}
# ZWNJ and ZWJ are spelling in some scripts (Persian می‌خواهم, Devanagari half forms): allowed
# between two letters of those scripts, nowhere else. Bidi overrides, isolates, marks and every
# other format character stay refused: they can make a name read differently than it is stored.
_JOINERS = frozenset({"\u200c", "\u200d"})
_JOINING_SCRIPTS = (
    (0x0600, 0x06FF), (0x0700, 0x074F), (0x0750, 0x077F), (0x08A0, 0x08FF),  # Arabic, Syriac
    (0x0900, 0x0DFF),  # Devanagari, Bengali, Gurmukhi, Gujarati, Oriya, Tamil ... Sinhala
    (0x1000, 0x109F), (0x1780, 0x17FF), (0x1800, 0x18AF),  # Myanmar, Khmer, Mongolian
    (0xA8E0, 0xA8FF), (0xFB50, 0xFDFF), (0xFE70, 0xFEFF),  # Devanagari ext., Arabic forms
)
EARLIEST = date(1900, 1, 1)

REQUIRED = QT_TRANSLATE_NOOP("validation", "is required")
NOT_TEXT = QT_TRANSLATE_NOOP("validation", "must be text")
INVISIBLE = QT_TRANSLATE_NOOP("validation", "contains invisible or control characters")
TOO_LONG = QT_TRANSLATE_NOOP("validation", "is longer than {max} characters")
NOT_DATE = QT_TRANSLATE_NOOP("validation", "must be a date")
TOO_EARLY = QT_TRANSLATE_NOOP("validation", "is before {earliest}")
IN_FUTURE = QT_TRANSLATE_NOOP("validation", "is in the future")
TOO_FAR = QT_TRANSLATE_NOOP("validation", "is too far in the future")
NOT_TIME = QT_TRANSLATE_NOOP("validation", "must be a time of day")
NOT_WHOLE = QT_TRANSLATE_NOOP("validation", "must be a whole number")
OUT_OF_RANGE = QT_TRANSLATE_NOOP("validation", "must be between {low} and {high}")
NOT_YES_NO = QT_TRANSLATE_NOOP("validation", "must be yes or no")
NOT_CHOICE = QT_TRANSLATE_NOOP("validation", "is not one of the choices")
NOT_COUNTRY = QT_TRANSLATE_NOOP("validation", "is not an ISO 3166 country code")
NOT_LANGUAGE = QT_TRANSLATE_NOOP("validation", "is not an ISO 639 language code")
NOT_LIST = QT_TRANSLATE_NOOP("validation", "must be a list")
TOO_MANY = QT_TRANSLATE_NOOP("validation", "has more than {max} entries")
AT_LEAST_ONE = QT_TRANSLATE_NOOP("validation", "needs at least one entry")
BAD_USERNAME = QT_TRANSLATE_NOOP(
    "validation",
    "use 2-32 characters: lower-case letters, digits, '.', '_' or '-', starting with a letter",
)
BEFORE_OTHER = QT_TRANSLATE_NOOP("validation", "is before {other}")


def text(field: str, value: object, *, max_len: int, required: bool = True,
         multiline: bool = False) -> str | None:
    """Text: NFC, trimmed, no control characters (newlines only where `multiline`), bounded."""
    if value is None:
        if required:
            raise ValidationError(field, REQUIRED)
        return None
    if not isinstance(value, str):
        raise ValidationError(field, NOT_TEXT)
    cleaned = unicodedata.normalize("NFC", value).strip()
    if not cleaned:
        if required:
            raise ValidationError(field, REQUIRED)
        return None
    allowed = _ALLOWED_IN_NOTES if multiline else set()
    if any(unicodedata.category(c) in _CONTROL and c not in allowed
           and not (c in _JOINERS and _joins_letters(cleaned, i))
           for i, c in enumerate(cleaned)):
        raise ValidationError(field, INVISIBLE)
    if len(cleaned) > max_len:
        raise ValidationError(field, TOO_LONG, max=max_len)
    return cleaned


def _joins_letters(text: str, i: int) -> bool:
    """True when text[i] (a ZWNJ or ZWJ) stands between two letters (or marks) of a script
    whose spelling uses it."""
    if i == 0 or i + 1 >= len(text):
        return False
    return all(
        unicodedata.category(c)[0] in "LM"
        and any(low <= ord(c) <= high for low, high in _JOINING_SCRIPTS)
        for c in (text[i - 1], text[i + 1])
    )


def required_text(field: str, value: object, *, max_len: int, multiline: bool = False) -> str:
    result = text(field, value, max_len=max_len, required=True, multiline=multiline)
    assert result is not None
    return result


def notes(field: str, value: object, *, max_len: int = 20000) -> str | None:
    return text(field, value, max_len=max_len, required=False, multiline=True)


def username(value: object, field: str = "username") -> str:
    name = required_text(field, value, max_len=32).casefold()
    if not _USERNAME.match(name):
        raise ValidationError(field, BAD_USERNAME)
    return name


def a_date(field: str, value: object, *, today: date, required: bool = True,
           past_only: bool = False, max_future_days: int = 366 * 40) -> date | None:
    if value is None:
        if required:
            raise ValidationError(field, REQUIRED)
        return None
    if not isinstance(value, date) or hasattr(value, "hour"):
        raise ValidationError(field, NOT_DATE)
    if value < EARLIEST:
        raise ValidationError(field, TOO_EARLY, earliest=EARLIEST.isoformat())
    if past_only and value > today:
        raise ValidationError(field, IN_FUTURE)
    if value > today + timedelta(days=max_future_days):
        raise ValidationError(field, TOO_FAR)
    return value


def required_date(field: str, value: object, *, today: date, past_only: bool = False,
                  max_future_days: int = 366 * 40) -> date:
    result = a_date(field, value, today=today, past_only=past_only,
                    max_future_days=max_future_days)
    assert result is not None
    return result


def not_before(field: str, value: date | None, other_field: str, other: date | None) -> None:
    if value is not None and other is not None and value < other:
        from shelter_desk.i18n.field_labels import label_for

        raise ValidationError(field, BEFORE_OTHER, other=label_for(other_field))


def a_time(field: str, value: object) -> time | None:
    if value is None:
        return None
    if not isinstance(value, time):
        raise ValidationError(field, NOT_TIME)
    return value.replace(second=0, microsecond=0, tzinfo=None)


def integer(field: str, value: object, *, low: int, high: int) -> int:
    if isinstance(value, bool) or not isinstance(value, int):
        raise ValidationError(field, NOT_WHOLE)
    if not low <= value <= high:
        raise ValidationError(field, OUT_OF_RANGE, low=low, high=high)
    return value


def flag(field: str, value: object) -> bool:
    if not isinstance(value, bool):
        raise ValidationError(field, NOT_YES_NO)
    return value


def optional_flag(field: str, value: object) -> bool | None:
    return None if value is None else flag(field, value)


def choice(field: str, value: object, enum_cls: type[E]) -> E:
    if isinstance(value, enum_cls):
        return value
    if isinstance(value, str):
        try:
            return enum_cls(value)
        except ValueError:
            pass
    if value is None:
        raise ValidationError(field, REQUIRED)
    raise ValidationError(field, NOT_CHOICE)


def optional_choice(field: str, value: object, enum_cls: type[E]) -> E | None:
    return None if value is None else choice(field, value, enum_cls)


def choices(field: str, values: object, enum_cls: type[E], *, at_least_one: bool) -> list[E]:
    items = _as_list(field, values, max_items=len(enum_cls))
    out: list[E] = []
    for v in items:
        c = choice(field, v, enum_cls)
        if c not in out:
            out.append(c)
    if at_least_one and not out:
        raise ValidationError(field, AT_LEAST_ONE)
    return out


def country(field: str, value: object) -> str:
    code = required_text(field, value, max_len=2).upper()
    if not is_country(code):
        raise ValidationError(field, NOT_COUNTRY)
    return code


def countries(field: str, values: object) -> list[str]:
    out: list[str] = []
    for v in _as_list(field, values, max_items=30):
        code = country(field, v)
        if code not in out:
            out.append(code)
    return out


def language(field: str, value: object, *, required: bool = True,
             among: Iterable[str] | None = None) -> str | None:
    if value is None and not required:
        return None
    code = required_text(field, value, max_len=3).lower()
    if not is_language(code) or (among is not None and code not in set(among)):
        raise ValidationError(field, NOT_LANGUAGE if among is None else NOT_CHOICE)
    return code


def languages(field: str, values: object, *, at_least_one: bool) -> list[str]:
    out: list[str] = []
    for v in _as_list(field, values, max_items=12):
        code = language(field, v)
        if code is not None and code not in out:
            out.append(code)
    if at_least_one and not out:
        raise ValidationError(field, AT_LEAST_ONE)
    return out


def short_texts(field: str, values: object, *, max_len: int, max_items: int) -> list[str]:
    out: list[str] = []
    for v in _as_list(field, values, max_items=max_items):
        t = text(field, v, max_len=max_len, required=False)
        if t is not None and t not in out:
            out.append(t)
    return out


def _as_list(field: str, values: object, *, max_items: int) -> list[Any]:
    if values is None:
        return []
    if isinstance(values, str | bytes) or not isinstance(values, list | tuple | set | frozenset):
        raise ValidationError(field, NOT_LIST)
    items = list(values)
    if len(items) > max_items:
        raise ValidationError(field, TOO_MANY, max=max_items)
    return items


# -- checker factories for record specs: (field, raw value, today) -> clean value ------------
Check = Any  # Callable[[str, object, date], object]; kept loose for the spec tables


def c_date(*, past_only: bool = False, max_future_days: int = 366 * 40) -> Check:
    return lambda f, v, t: required_date(f, v, today=t, past_only=past_only,
                                         max_future_days=max_future_days)


def c_opt_date(*, past_only: bool = False, max_future_days: int = 366 * 40) -> Check:
    return lambda f, v, t: a_date(f, v, today=t, required=False, past_only=past_only,
                                  max_future_days=max_future_days)


def c_time() -> Check:
    return lambda f, v, t: a_time(f, v)


def c_int(low: int, high: int) -> Check:
    return lambda f, v, t: integer(f, v, low=low, high=high)


def c_flag() -> Check:
    return lambda f, v, t: flag(f, v)


def c_opt_flag() -> Check:
    return lambda f, v, t: optional_flag(f, v)


def c_choice(enum_cls: type[E]) -> Check:
    return lambda f, v, t: choice(f, v, enum_cls)


def c_opt_choice(enum_cls: type[E]) -> Check:
    return lambda f, v, t: optional_choice(f, v, enum_cls)


def c_text(max_len: int) -> Check:
    return lambda f, v, t: required_text(f, v, max_len=max_len)


def c_opt_text(max_len: int) -> Check:
    return lambda f, v, t: text(f, v, max_len=max_len, required=False)


def c_notes(max_len: int = 20000) -> Check:
    return lambda f, v, t: notes(f, v, max_len=max_len)


def c_required_notes(max_len: int = 20000) -> Check:
    return lambda f, v, t: required_text(f, v, max_len=max_len, multiline=True)


def c_language(*, required: bool = True, among: tuple[str, ...] | None = None) -> Check:
    return lambda f, v, t: language(f, v, required=required, among=among)


def c_opt_id() -> Check:
    def check(f: str, v: object, t: date) -> int | None:
        if v is None:
            return None
        return integer(f, v, low=1, high=2**62)

    return check
