"""What the installed program is made of, for Help › About: every Python distribution it needs
(read from the installed metadata, so the list follows pyproject.toml and the installer without
being kept by hand), the libraries inside them that carry their own licence (Qt, SQLCipher,
OpenSSL), Python itself and the shipped fonts; each with its version, its licence and where
the full text is."""

from __future__ import annotations

import importlib.metadata as metadata
import operator
import os
import platform
import re
import sys
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from shelter_desk.resources import fonts_dir, licences_dir

APP = "shelter-desk"
LICENCE_FILE = re.compile(r"(?i)^(licen[cs]e|copying|notice)")
# For what ships no text of its own (Qt's wheels, for one): the shipped copy of the licence
# an SPDX identifier names.
SHIPPED_TEXTS = {
    "LGPL-3.0": ("LGPL-3.0.txt", "GPL-3.0.txt"),
    "GPL-3.0": ("GPL-3.0.txt",),
    "Apache-2.0": ("Apache-2.0.txt",),
    "EUPL-1.2": ("EUPL-1.2.txt",),
}


@dataclass(frozen=True)
class Component:
    name: str
    version: str
    licence: str  # an SPDX expression or the words the metadata uses; "" when it says none
    texts: tuple[Path, ...]  # the full licence texts
    part_of: str = ""  # the distribution that carries it ("sqlcipher3"), for a library inside


def components() -> list[Component]:
    """The program's own row first, then everything else by name."""
    found = [_distribution(name) for name in _closure(APP)]
    own = [c for c in found if c.name == _display_name(APP)]
    others = [c for c in found if c.name != _display_name(APP)] + _libraries() + _fonts()
    return own + sorted(others, key=lambda c: c.name.lower())


def versions() -> dict[str, str]:
    """The versions the About box names at its top."""
    from PySide6 import __version__ as pyside
    from PySide6.QtCore import qVersion

    from shelter_desk import __version__
    from shelter_desk.selftest import sqlcipher_versions

    sqlcipher, openssl = sqlcipher_versions()
    return {"shelter_desk": __version__, "Python": platform.python_version(), "Qt": qVersion(),
            "PySide6": pyside, "SQLCipher": sqlcipher, "OpenSSL": openssl}


# -- the Python distributions ----------------------------------------------------------------
def _key(name: str) -> str:
    return re.sub(r"[-_.]+", "-", name).lower()


def _closure(root: str) -> list[str]:
    """`root` and every distribution it needs at run time (no extras), as installed here."""
    seen: dict[str, str] = {}
    todo = [root]
    while todo:
        name = todo.pop()
        if _key(name) in seen:
            continue
        try:
            dist = metadata.distribution(name)
        except metadata.PackageNotFoundError:
            continue  # not needed on this platform or Python
        seen[_key(name)] = dist.metadata["Name"]
        for requirement in dist.requires or []:
            spec, _, marker = requirement.partition(";")
            if marker_holds(marker):
                match = re.match(r"\s*([A-Za-z0-9][A-Za-z0-9._-]*)", spec)
                if match:
                    todo.append(match[1])
    return list(seen.values())


_OPERATORS: dict[str, Callable[[Any, Any], bool]] = {
    "==": operator.eq, "!=": operator.ne, "<": operator.lt, "<=": operator.le,
    ">": operator.gt, ">=": operator.ge,
}


def marker_holds(marker: str) -> bool:
    """An environment marker as pip reads it, for the forms dependencies use: comparisons
    joined by `and`. Extras never hold (the program installs none); a form not understood
    counts as holding, so that a component is listed rather than left out."""
    marker = marker.strip()
    if not marker:
        return True
    if "extra" in marker:
        return False
    if " or " in marker or "(" in marker:
        return True
    environment = {
        "python_version": platform.python_version_tuple()[:2],
        "python_full_version": platform.python_version_tuple(),
        "sys_platform": sys.platform,
        "platform_system": platform.system(),
        "platform_python_implementation": platform.python_implementation(),
        "implementation_name": sys.implementation.name,
        "os_name": os.name,
    }
    for clause in marker.split(" and "):
        match = re.fullmatch(r"\s*(\w+)\s*(==|!=|<=|>=|<|>)\s*['\"]([^'\"]*)['\"]\s*", clause)
        if match is None or match[1] not in environment:
            continue
        have, wanted = environment[match[1]], match[3]
        if isinstance(have, tuple):
            left: object = tuple(int(p) for p in have if p.isdigit())
            right: object = tuple(int(p) for p in wanted.split(".") if p.isdigit())
        else:
            left, right = have, wanted
        if not _OPERATORS[match[2]](left, right):
            return False
    return True


def _display_name(name: str) -> str:
    return "shelter_desk" if _key(name) == APP else name


def _distribution(name: str) -> Component:
    dist = metadata.distribution(name)
    meta = dist.metadata
    texts = tuple(
        Path(str(dist.locate_file(f))) for f in dist.files or ()
        if ".dist-info" in str(f) and (LICENCE_FILE.match(f.name) or "licenses" in f.parts)
        and not f.name.upper().startswith("AUTHORS")
    )
    licence = licence_of(meta)
    existing = tuple(p for p in texts if p.is_file()) or _shipped(licence)
    return Component(_display_name(meta["Name"]), meta["Version"], licence, existing)


def licence_of(meta: metadata.PackageMetadata) -> str:
    """The licence as the distribution declares it: its SPDX expression, else a short License
    field, else its licence classifiers, else the first line of the License field."""
    expression = _field(meta, "License-Expression")
    if expression:
        return expression
    field = _field(meta, "License")
    if field and len(field) <= 40 and "\n" not in field:
        return field
    classifiers = [c.split("::")[-1].strip() for c in meta.get_all("Classifier") or ()
                   if c.startswith("License ::")]
    if classifiers:
        return ", ".join(classifiers)
    return field.splitlines()[0][:60] if field else ""


def _field(meta: metadata.PackageMetadata, name: str) -> str:
    values = meta.get_all(name) or []
    return str(values[0]).strip() if values else ""


def _shipped(licence: str) -> tuple[Path, ...]:
    for spdx, files in SHIPPED_TEXTS.items():
        if re.search(rf"\b{re.escape(spdx)}\b", licence):
            return tuple(licences_dir() / f for f in files)
    return ()


# -- what the distributions carry inside, Python, the fonts -----------------------------------
def _libraries() -> list[Component]:
    v = versions()
    licences = licences_dir()
    openssl = v["OpenSSL"].split()[1] if v["OpenSSL"].startswith("OpenSSL ") else v["OpenSSL"]
    return [
        Component("Qt", v["Qt"], "LGPL-3.0-only",
                  (licences / "LGPL-3.0.txt", licences / "GPL-3.0.txt"), "PySide6"),
        Component("SQLCipher", v["SQLCipher"], "BSD-3-Clause", (licences / "SQLCipher.txt",),
                  "sqlcipher3"),
        Component("OpenSSL", openssl, "Apache-2.0", (licences / "Apache-2.0.txt",),
                  "sqlcipher3, cryptography"),
        Component("Python", v["Python"], "PSF-2.0", (licences / "Python.txt",)),
    ]


def _fonts() -> list[Component]:
    fonts = fonts_dir()
    return [
        Component("Noto Sans", "", "OFL-1.1", (fonts / "NOTO-COPYRIGHT.txt",)),
        Component("Droid Sans Fallback", "", "Apache-2.0",
                  (fonts / "DROID-COPYRIGHT.txt", licences_dir() / "Apache-2.0.txt")),
        Component("DejaVu Sans Mono", "", "Bitstream-Vera", (fonts / "DEJAVU-COPYRIGHT.txt",)),
    ]
