"""Numbers read from a page's query string or form: anything that cannot be one is None, never a 500."""

from __future__ import annotations


def whole_number(value) -> int | None:
    """ASCII digits only (not "²", not "٣"), at most 18 of them so that the value fits a 64-bit column."""
    text = str(value) if value is not None else ""
    if not text or not text.isascii() or not text.isdigit() or len(text) > 18:
        return None
    return int(text)


def id_param(value) -> int | None:
    """An id: a whole number from 1, or None for anything that cannot name a row (words, "²", 10**30, 0)."""
    return whole_number(value) or None
