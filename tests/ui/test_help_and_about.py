"""Help › User guide in the user's language with its pictures, Help › About with every bundled
component's licence, and the installer carrying both."""

from __future__ import annotations

import re
from pathlib import Path
from types import SimpleNamespace
from typing import Any

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QTextDocument, QTextImageFormat
from pytestqt.qtbot import QtBot

from shelter_desk.resources import docs_dir, fonts_dir, licences_dir
from shelter_desk.services import settings
from shelter_desk.ui import translations
from shelter_desk.ui.help import components as comp
from shelter_desk.ui.help.about import AboutDialog
from shelter_desk.ui.help.guide import UserGuide, guide_path
from tests.conftest import COUNSELLOR1
from tests.ui.helpers import open_app

REPO = Path(__file__).resolve().parents[2]
IMAGE = re.compile(r"!\[[^\]]*\]\(([^)]+)\)")


@pytest.fixture(autouse=True)
def _english_afterwards() -> Any:
    yield
    translations.install("en")


def _images(document: QTextDocument) -> list[QTextImageFormat]:
    found = []
    block = document.begin()
    while block.isValid():
        it = block.begin()
        while not it.atEnd():
            fmt = it.fragment().charFormat()
            if fmt.isImageFormat():
                found.append(fmt.toImageFormat())
            it += 1
        block = block.next()
    return found


@pytest.mark.parametrize(("language", "heading"), [
    ("en", "A counsellor's day"), ("nl", "Een dag van een begeleider"),
    ("fr", "La journée d'un accompagnateur")])
def test_f1_opens_the_guide_in_the_user_s_language_with_its_own_pictures(
        qtbot: QtBot, team_dir: Path, counsellor1: Any, language: str, heading: str) -> None:
    settings.set_my_language(counsellor1, language)  # the counsellor's own language
    controller = open_app(qtbot, team_dir, *COUNSELLOR1)
    window = controller.window
    qtbot.keyClick(window, Qt.Key.Key_F1)
    guide = window.user_guide
    assert isinstance(guide, UserGuide) and guide.isVisible()
    assert guide.path == guide_path(language)
    assert guide.path.name == ("user-guide.md" if language == "en"
                               else f"user-guide.{language}.md")
    titles = [guide.contents.item(i).text().strip() for i in range(guide.contents.count())]
    assert heading in titles
    images = [image.name() for image in _images(guide.browser.document())]
    assert len(images) >= 20
    for name in images:
        local = guide.browser.source().resolved(name).toLocalFile()
        assert Path(local).is_file(), name
        # Dutch and French pages show the Dutch and French screens.
        assert (f"screenshots/{language}/" in name) == (language != "en"), name
    guide.browser.resize(700, 500)
    guide.browser.fit_images()
    widths = [image.width() for image in _images(guide.browser.document())]
    assert widths and min(widths) > 0 and max(widths) <= guide.browser.viewport().width()
    # Its sections are one click away; the search finds words, and says when it does not.
    item = next(guide.contents.item(i) for i in range(guide.contents.count())
                if guide.contents.item(i).text().strip() == heading)
    guide._go_to(item)
    assert guide.browser.textCursor().block().text().strip() == heading
    guide.search.setText("Ctrl+P")
    assert guide.find_next()
    guide.search.setText("xyzzy-not-in-the-guide")
    assert not guide.find_next() and guide.found.text()
    qtbot.keyClick(window, Qt.Key.Key_F1)
    assert window.user_guide is guide  # one guide window, brought back
    controller.shutdown()


def test_the_translated_guides_follow_the_english_one() -> None:
    """Same sections, same pictures (in their language), same keyboard table: a translation
    that falls behind the English guide shows up here."""
    english = (docs_dir() / "user-guide.md").read_text(encoding="utf-8")
    for language in ("nl", "fr"):
        text = (docs_dir() / f"user-guide.{language}.md").read_text(encoding="utf-8")
        for level in ("## ", "### "):
            count = sum(1 for line in english.splitlines() if line.startswith(level))
            assert sum(1 for line in text.splitlines() if line.startswith(level)) == count
        ours = [p.replace(f"screenshots/{language}/", "screenshots/") for p in IMAGE.findall(text)]
        assert ours == IMAGE.findall(english), language
        for picture in IMAGE.findall(text):
            assert (docs_dir() / picture).is_file(), picture
        keys = re.findall(r"^\| (Ctrl\+[^ |]+|F1)", english, re.M)
        theirs = re.findall(r"^\| (Ctrl\+[^ |]+|F1)", text, re.M)
        assert keys == [k.replace("Maj", "Shift") for k in theirs]  # Shift is Maj in French


def test_about_names_the_versions_and_every_component_with_its_licence(
        qtbot: QtBot) -> None:
    translations.install("fr")
    dialog = AboutDialog()
    qtbot.addWidget(dialog)
    v = comp.versions()
    assert v["SQLCipher"].startswith("4.") and v["OpenSSL"].startswith("OpenSSL")
    for part in (v["Python"], v["Qt"], v["PySide6"], v["SQLCipher"]):
        assert part in dialog.versions.text()
    rows = {dialog.table.item(r, 0).text(): (dialog.table.item(r, 1).text(),
                                             dialog.table.item(r, 2).text())
            for r in range(dialog.table.rowCount())}
    expected = {
        "PySide6": "LGPL-3.0", "pyHanko": "MIT", "reportlab": "BSD", "cryptography": "Apache-2.0",
        "argon2-cffi": "MIT", "SQLAlchemy": "MIT", "alembic": "MIT", "fonttools": "MIT",
        "Noto Sans": "OFL-1.1", "Droid Sans Fallback": "Apache-2.0",
    }
    for name, licence in expected.items():
        match = [k for k in rows if k.lower() == name.lower()]
        assert match and licence in rows[match[0]][1], name
    assert any(k.startswith("Qt (") and "LGPL-3.0" in rows[k][1] for k in rows)
    assert any(k.startswith("SQLCipher (") and "BSD" in rows[k][1] for k in rows)
    # Every component's full text is at hand, and shown when it is selected.
    for row, c in enumerate(dialog.components):
        assert c.licence or c.texts, c.name
        assert all(p.is_file() for p in c.texts), c.name
        if c.texts:
            dialog.table.selectRow(row)
            assert len(dialog.text.toPlainText()) > 200, c.name
            assert str(c.texts[0]) in dialog.where.text()
    qt = next(r for r, c in enumerate(dialog.components) if c.name == "Qt")
    dialog.table.selectRow(qt)
    assert "GNU LESSER GENERAL PUBLIC LICENSE" in dialog.text.toPlainText()
    ours = next(r for r, c in enumerate(dialog.components) if c.name == "shelter_desk")
    dialog.table.selectRow(ours)  # the program's own licence, in full
    assert "EUROPEAN UNION PUBLIC LICENCE v. 1.2" in dialog.text.toPlainText()
    assert dialog.windowTitle() == "À propos de shelter_desk"


def test_markers_and_metadata_are_read_as_pip_reads_them() -> None:
    assert comp.marker_holds("")
    assert not comp.marker_holds(' extra == "dev"')
    assert comp.marker_holds(' python_version >= "3.8"')
    assert not comp.marker_holds(' python_version < "3.8"')
    assert not comp.marker_holds(' sys_platform == "definitely-not-this"')
    assert comp.marker_holds(' sys_platform == "a" or sys_platform == "b"')  # kept, not lost
    meta = SimpleNamespace(get_all=lambda name: {
        "License": ["BSD license (see license.txt for details), Copyright (c) 2000-2024"],
        "Classifier": ["License :: OSI Approved :: BSD License", "Topic :: Printing"],
    }.get(name))
    assert comp.licence_of(meta) == "BSD License"  # type: ignore[arg-type]
    names = {c.name.lower() for c in comp.components()}
    assert {"shelter_desk", "pyside6", "sqlcipher3", "pyhanko", "reportlab"} <= names
    assert "pytest" not in names and "ruff" not in names  # development tools are not shipped


def test_the_installer_bundles_the_guides_pictures_and_licences() -> None:
    """The spec run with stand-ins for PyInstaller: what it would put in the program."""
    calls: dict[str, Any] = {}

    def collect(name: str, **_: Any) -> list[tuple[str, str]]:
        return []

    def copy_metadata(name: str, recursive: bool = False) -> list[tuple[str, str]]:
        calls["copy_metadata"] = (name, recursive)
        return [("dist-info", ".")]

    hooks = SimpleNamespace(collect_data_files=collect, collect_submodules=collect,
                            copy_metadata=copy_metadata)
    import sys

    sys.modules["PyInstaller"] = SimpleNamespace()  # type: ignore[assignment]
    sys.modules["PyInstaller.utils"] = SimpleNamespace()  # type: ignore[assignment]
    sys.modules["PyInstaller.utils.hooks"] = hooks  # type: ignore[assignment]
    try:
        spec: dict[str, Any] = {"SPECPATH": str(REPO / "installer"), "__file__": "spec"}
        for name in ("Analysis", "PYZ", "EXE", "COLLECT"):
            spec[name] = lambda *a, **k: SimpleNamespace(scripts=[], binaries=[], datas=[],
                                                         pure=[])
        exec(compile((REPO / "installer/shelter_desk.spec").read_text(), "spec", "exec"), spec)  # noqa: S102
    finally:
        for name in ("PyInstaller.utils.hooks", "PyInstaller.utils", "PyInstaller"):
            sys.modules.pop(name, None)
    bundled = {(Path(src).resolve(), dest) for src, dest in spec["datas"]}

    def carried(path: Path) -> bool:
        path = path.resolve()
        return any(path == src or src in path.parents for src, _ in bundled)

    for language in ("en", "nl", "fr"):
        guide = guide_path(language)
        assert carried(guide), guide
        for picture in IMAGE.findall(guide.read_text(encoding="utf-8")):
            assert carried(guide.parent / picture), picture
    for c in comp.components():
        for text in c.texts:
            if licences_dir() in text.parents or fonts_dir() in text.parents:
                assert carried(text), text
    assert calls["copy_metadata"] == ("shelter-desk", True)  # every package's licence files
    # Where the installed program looks for them is where the spec puts them.
    destinations = {dest for _, dest in spec["datas"]}
    assert {"docs", "docs/screenshots", "resources/licences"} <= destinations
