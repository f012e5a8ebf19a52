"""Staff roles (domain.md, "Who uses the program")."""

from __future__ import annotations

import enum


class Role(enum.StrEnum):
    COUNSELLOR = "counsellor"
    DIRECTOR = "director"
    ADMINISTRATOR = "administrator"
