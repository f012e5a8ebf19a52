"""Pseudo-localisation: every translation replaced by a longer, accented form of the English
(⟦Ŝâvé ~~⟧), so untranslated text and text that does not fit stand out."""

from __future__ import annotations

import re
import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

REPO = Path(__file__).resolve().parents[2]
ACCENTS = str.maketrans("aceinorsuyzACEINORSUYZ", "áçéîñöŕśûýžÁÇÉÎÑÖŔŚÛÝŽ")
KEEP = re.compile(r"(%\d|\{\w+\}|&\w|\n|<[^>]+>)")
OPEN, CLOSE = "⟦", "⟧"


def pseudo(text: str) -> str:
    if not text.strip():
        return text
    parts = KEEP.split(text)
    body = "".join(p if KEEP.fullmatch(p) else p.translate(ACCENTS) for p in parts)
    pad = "~" * max(2, len(text) // 3)
    return f"{OPEN}{body} {pad}{CLOSE}"


def build_pseudo_qm(folder: Path) -> Path:
    source = REPO / "resources" / "translations" / "shelter_desk_nl.ts"
    tree = ET.parse(source)  # noqa: S314 (our own file)
    for message in tree.getroot().iter("message"):
        node = message.find("translation")
        assert node is not None
        node.text = pseudo(message.findtext("source") or "")
    ts = folder / "pseudo.ts"
    tree.write(ts, encoding="utf-8", xml_declaration=True)
    qm = folder / "pseudo.qm"
    lrelease = Path(sys.executable).with_name("pyside6-lrelease")
    subprocess.run([str(lrelease), "-silent", str(ts), "-qm", str(qm)], check=True)
    return qm


def source_strings() -> set[str]:
    source = REPO / "resources" / "translations" / "shelter_desk_nl.ts"
    root = ET.parse(source).getroot()  # noqa: S314
    return {m.findtext("source") or "" for m in root.iter("message")}
