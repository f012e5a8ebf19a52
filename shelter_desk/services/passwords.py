"""Password rules: long passphrases over complexity rules (NIST SP 800-63B)."""

from __future__ import annotations

from dataclasses import dataclass

MIN_LENGTH = 12
MAX_LENGTH = 1024

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
        problems.append(f"use at least {MIN_LENGTH} characters")
    if len(password) > MAX_LENGTH:
        problems.append(f"use at most {MAX_LENGTH} characters")
    lowered = password.casefold()
    if username and len(username) >= 3 and username.casefold() in lowered:
        problems.append("do not include your user name")
    if len(set(password)) < 5:
        problems.append("use more different characters")
    if lowered in _COMMON:
        problems.append("this password is too common")
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
