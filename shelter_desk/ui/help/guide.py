"""Help › User guide (F1): docs/user-guide.md, or its Dutch or French version, shown in the
program with its pictures, a list of its sections and a search field. The guide holds no
client data, so it may stay open beside the work (and through a lock)."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt, QTimer, QUrl
from PySide6.QtGui import (
    QImageReader,
    QKeySequence,
    QResizeEvent,
    QShortcut,
    QTextCursor,
    QTextDocument,
    QTextImageFormat,
)
from PySide6.QtWidgets import (
    QDialog,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QSplitter,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from shelter_desk.resources import docs_dir
from shelter_desk.ui import accessible, translations
from shelter_desk.ui.i18n import tr_
from shelter_desk.ui.screen_fit import fitting_size

BLOCK_ROLE = Qt.ItemDataRole.UserRole + 1


def guide_path(language: str) -> Path:
    """The guide in `language` (nl, fr), or the English one."""
    folder = docs_dir()
    translated = folder / f"user-guide.{language}.md"
    return translated if language != "en" and translated.is_file() else folder / "user-guide.md"


class GuideBrowser(QTextBrowser):
    """Markdown with its pictures scaled down to the window's width (screenshots are 1366
    pixels wide; a sideways scroll bar for each would make the guide unreadable)."""

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        # Not while Qt is laying the page out for the new size: after it.
        QTimer.singleShot(0, self.fit_images)

    def fit_images(self) -> None:
        room = max(200, self.viewport().width() - 2 * int(self.document().documentMargin()) - 8)
        cursor = QTextCursor(self.document())
        cursor.beginEditBlock()  # one new layout for all the pictures
        block = self.document().begin()
        while block.isValid():
            it = block.begin()
            while not it.atEnd():
                fragment = it.fragment()
                it += 1
                image = fragment.charFormat().toImageFormat()
                if not fragment.charFormat().isImageFormat() or not image.name():
                    continue
                local = self._local(image.name())
                natural = QImageReader(local).size() if local else None
                if natural is None or not natural.isValid() or natural.width() <= 0:
                    continue
                # Both sizes always set: an image laid out before it is loaded would otherwise
                # take a placeholder's room, and every heading below it would move later.
                width = min(natural.width(), room)
                height = natural.height() * width / natural.width()
                if abs(image.width() - width) < 1 and abs(image.height() - height) < 1:
                    continue
                resized = QTextImageFormat(image)
                resized.setWidth(width)
                resized.setHeight(height)
                cursor.setPosition(fragment.position())
                cursor.setPosition(fragment.position() + fragment.length(),
                                   QTextCursor.MoveMode.KeepAnchor)
                cursor.setCharFormat(resized)
            block = block.next()
        cursor.endEditBlock()

    def _local(self, name: str) -> str:
        return self.source().resolved(QUrl(name)).toLocalFile()


class UserGuide(QDialog):
    def __init__(self, parent: QWidget | None = None, language: str | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(tr_("Help", "User guide — shelter_desk"))
        self.setWindowFlag(Qt.WindowType.WindowMaximizeButtonHint, True)
        self.browser = GuideBrowser()
        self.browser.setObjectName("user_guide")
        accessible.name(self.browser, tr_("Help", "User guide"))
        self.browser.setOpenExternalLinks(True)  # the web in a browser; the guide's own links here
        self.contents = QListWidget()
        self.contents.setObjectName("guide_contents")
        accessible.name(self.contents, tr_("Help", "Contents"))
        self.contents.itemActivated.connect(self._go_to)
        self.contents.itemClicked.connect(self._go_to)
        self.search = QLineEdit()
        self.search.setObjectName("guide_find")
        self.search.setPlaceholderText(tr_("Help", "Find in the guide (Ctrl+F)"))
        accessible.name(self.search, tr_("Help", "Find in the guide"))
        self.search.setClearButtonEnabled(True)
        self.search.returnPressed.connect(self.find_next)
        self.found = QLabel()
        self.found.setObjectName("guide_found")
        self.back = QPushButton(tr_("Help", "Back"))
        self.back.setEnabled(False)
        self.back.clicked.connect(self.browser.backward)
        self.browser.backwardAvailable.connect(self.back.setEnabled)
        home = QPushButton(tr_("Help", "Contents"))
        home.clicked.connect(self.browser.home)
        QShortcut(QKeySequence.StandardKey.Find, self, self._focus_find)
        tools = QHBoxLayout()
        tools.addWidget(self.back)
        tools.addWidget(home)
        tools.addStretch()
        tools.addWidget(self.found)
        tools.addWidget(self.search, 1)
        split = QSplitter()
        split.addWidget(self.contents)
        split.addWidget(self.browser)
        split.setStretchFactor(1, 1)
        split.setSizes([240, 760])
        layout = QVBoxLayout(self)
        layout.addLayout(tools)
        layout.addWidget(split, 1)
        self.browser.sourceChanged.connect(lambda _url: self._loaded())
        self.resize(fitting_size(1000, 720))
        self.path = guide_path(language or translations.current())
        self.browser.setSource(QUrl.fromLocalFile(str(self.path)),
                               QTextDocument.ResourceType.MarkdownResource)

    def _loaded(self) -> None:
        """A page shown (the guide, or a document it links to): its sections listed, its
        pictures fitted."""
        self.contents.clear()
        block = self.browser.document().begin()
        while block.isValid():
            level = block.blockFormat().headingLevel()
            if level in (2, 3) and block.text().strip():
                item = QListWidgetItem(("    " if level == 3 else "") + block.text().strip())
                item.setData(BLOCK_ROLE, block.blockNumber())
                self.contents.addItem(item)
            block = block.next()
        self.browser.fit_images()

    def _go_to(self, item: QListWidgetItem) -> None:
        document = self.browser.document()
        block = document.findBlockByNumber(int(item.data(BLOCK_ROLE)))
        if not block.isValid():
            return
        self.browser.setTextCursor(QTextCursor(block))
        self.browser.ensureCursorVisible()  # lays the document out that far, then: at the top
        bar = self.browser.verticalScrollBar()
        bar.setValue(bar.value() + self.browser.cursorRect().top() - 4)

    def _focus_find(self) -> None:
        self.search.setFocus(Qt.FocusReason.ShortcutFocusReason)
        self.search.selectAll()

    def find_next(self) -> bool:
        """The next place the text is found, from the top again after the last."""
        text = self.search.text().strip()
        self.found.clear()
        if not text:
            return False
        if self.browser.find(text):
            return True
        self.browser.moveCursor(QTextCursor.MoveOperation.Start)
        if self.browser.find(text):
            return True
        self.found.setText(tr_("Help", "Not found"))
        return False
