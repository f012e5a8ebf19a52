"""Field validation shared by the services. Each failure names its field."""

from __future__ import annotations

import re
import unicodedata

from shelter_desk.services.errors import ValidationError

_USERNAME = re.compile(r"^[a-z][a-z0-9._-]{1,31}$")
_CONTROL = {"Cc", "Cf", "Cs", "Co", "Cn"}


def text(field: str, value: object, *, max_len: int, required: bool = True) -> str | None:
    """A single line of text: NFC, trimmed, no control characters, bounded length."""
    if value is None:
        if required:
            raise ValidationError(field, "is required")
        return None
    if not isinstance(value, str):
        raise ValidationError(field, "must be text")
    cleaned = unicodedata.normalize("NFC", value).strip()
    if not cleaned:
        if required:
            raise ValidationError(field, "is required")
        return None
    if any(unicodedata.category(c) in _CONTROL for c in cleaned):
        raise ValidationError(field, "contains invisible or control characters")
    if len(cleaned) > max_len:
        raise ValidationError(field, f"is longer than {max_len} characters")
    return cleaned


def required_text(field: str, value: object, *, max_len: int) -> str:
    result = text(field, value, max_len=max_len, required=True)
    assert result is not None
    return result


def username(value: object) -> str:
    name = required_text("user name", value, max_len=32).casefold()
    if not _USERNAME.match(name):
        raise ValidationError(
            "user name",
            "use 2-32 characters: lower-case letters, digits, '.', '_' or '-', "
            "starting with a letter",
        )
    return name
