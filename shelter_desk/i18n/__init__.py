"""Everything about words, for every layer and without Qt: marking text for translation
(QT_TRANSLATE_NOOP, Translatable, Message), the one placeholder style (`fill` with named
`{fields}`), the "label: value" join, the .ts catalogue reader (`catalogue`), the field labels
(`field_labels`) and failures in words (`error_text`).

Front ends bring their own translator `lookup(context, text)`: QCoreApplication.translate in the
UI (ui/i18n.py: tr_), the catalogue on the command line (cli/i18n.py: tr_)."""

from shelter_desk.i18n.fill import Translate, Translation, english, fill, translation
from shelter_desk.i18n.join import LABEL_VALUE, labelled
from shelter_desk.i18n.marking import QT_TRANSLATE_NOOP, Message, Translatable

__all__ = [
    "LABEL_VALUE", "QT_TRANSLATE_NOOP", "Message", "Translatable", "Translate", "Translation",
    "english", "fill", "labelled", "translation",
]
