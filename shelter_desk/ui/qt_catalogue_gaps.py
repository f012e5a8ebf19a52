"""Words in Qt's own dialogs that Qt's Dutch and French catalogues lack (its file dialog's
"Look in:" and "Files of type:" stayed English). Marked here so that they are extracted into
our catalogues under Qt's context; Qt's translator finds nothing and ours answers."""

from __future__ import annotations

from shelter_desk.i18n import QT_TRANSLATE_NOOP

GAPS = (
    QT_TRANSLATE_NOOP("QFileDialog", "&Look in:"),
    QT_TRANSLATE_NOOP("QFileDialog", "Files of &type:"),
)
