"""Password rules: long passphrases over complexity rules (NIST SP 800-63B)."""

from __future__ import annotations

from dataclasses import dataclass

from shelter_desk.i18n import QT_TRANSLATE_NOOP

MIN_LENGTH = 12
MAX_LENGTH = 1024

TOO_SHORT = QT_TRANSLATE_NOOP("validation", "use at least 12 characters")
TOO_LONG = QT_TRANSLATE_NOOP("validation", "use at most 1024 characters")
HAS_USERNAME = QT_TRANSLATE_NOOP("validation", "do not include your user name")
TOO_FEW_DISTINCT = QT_TRANSLATE_NOOP("validation", "use more different characters")
TOO_COMMON = QT_TRANSLATE_NOOP("validation", "this password is too common")

# The few that people still type; a longer list buys little once 12 characters are required.
_COMMON = frozenset(
    {
        "password1234", "123456789012", "qwertyuiopas", "azertyuiopqs", "wachtwoord12",
        "motdepasse12", "shelterdesk1", "welcome12345", "iloveyou1234", "payokepayoke",
    }
)


@dataclass(frozen=True)
class Strength:
    """For the strength meter: a score 0-4 and the problems that block the password."""

    score: int
    problems: tuple[str, ...]

    @property
    def acceptable(self) -> bool:
        return not self.problems


def assess(password: str, username: str = "") -> Strength:
    problems: list[str] = []
    if len(password) < MIN_LENGTH:
        problems.append(TOO_SHORT)
    if len(password) > MAX_LENGTH:
        problems.append(TOO_LONG)
    lowered = password.casefold()
    if username and len(username) >= 3 and username.casefold() in lowered:
        problems.append(HAS_USERNAME)
    if len(set(password)) < 5:
        problems.append(TOO_FEW_DISTINCT)
    if lowered in _COMMON:
        problems.append(TOO_COMMON)
    classes = sum(
        [
            any(c.islower() for c in password),
            any(c.isupper() for c in password),
            any(c.isdigit() for c in password),
            any(not c.isalnum() for c in password),
        ]
    )
    length_bonus = (len(password) >= 16) + (len(password) >= 20)
    score = 0 if problems else min(4, 1 + length_bonus + (classes >= 3))
    return Strength(score=score, problems=tuple(problems))
