"""Text taken from a file being verified (entry names, a certificate's subject, a case code in
a manifest) is written by whoever made the file. Printed as it is, it could draw a fake
"RESULT: VALID" on a new line or hide lines with terminal escapes. `printable` shows every
control, format and separator character as a visible escape, and bounds the length."""

from __future__ import annotations

import unicodedata

MAX_SHOWN = 200
# Joiners that Persian and Indic names need; shown as they are.
_KEPT = {"\u200c", "\u200d"}


def _escape(ch: str) -> str:
    code = ord(ch)
    if code < 0x100:
        return f"\\x{code:02x}"
    if code < 0x10000:
        return f"\\u{code:04x}"
    return f"\\U{code:08x}"


def printable(text: str, limit: int = MAX_SHOWN) -> str:
    out = []
    for ch in text:
        category = unicodedata.category(ch)
        unsafe = category in ("Cc", "Cs", "Co", "Cn", "Zl", "Zp") or (
            category == "Cf" and ch not in _KEPT) or ch == "\\"
        out.append(_escape(ch) if unsafe else ch)
    shown = "".join(out)
    return shown if len(shown) <= limit else shown[: limit - 1] + "…"
