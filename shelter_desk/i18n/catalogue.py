"""Report text in the prosecutor's language, from the same .ts catalogues the UI uses (so a
term is translated once, e.g. "parquet / parket"). No Qt needed: the .ts files are XML."""

from __future__ import annotations

import xml.etree.ElementTree as ET
from functools import cache

from shelter_desk.i18n.fill import Translation
from shelter_desk.resources import translations_dir


@cache
def _entries(language: str) -> dict[tuple[str, str], str]:
    path = translations_dir() / f"shelter_desk_{language}.ts"
    if language == "en" or not path.exists():
        return {}
    root = ET.parse(path).getroot()  # noqa: S314 (see above)
    out: dict[tuple[str, str], str] = {}
    for context in root.iter("context"):
        name = context.findtext("name", "")
        for message in context.iter("message"):
            source = message.findtext("source", "")
            node = message.find("translation")
            if node is None or node.get("type") in ("unfinished", "vanished", "obsolete"):
                continue
            text = node.text or ""
            if text:
                out[(name, source)] = text
    return out


class Catalogue:
    """tr(context, text): the translation in this language, else the English text (as a
    Translation, so that fill falls back to the English when a translation is damaged)."""

    def __init__(self, language: str) -> None:
        self.language = language
        self._map = _entries(language)

    def tr(self, context: str, text: str) -> str:
        return Translation(self._map.get((context, text), text), text)

    def has_translations(self) -> bool:
        return bool(self._map)
