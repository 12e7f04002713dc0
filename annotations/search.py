"""Text search that the pages and the API share: Arabic queries match however the text is spelled."""

from __future__ import annotations

from django.db.models import Q

from annotations.text.arabic import search_pattern


def text_contains(value: str, *fields: str) -> Q:
    """Rows whose ``fields`` (any of them) contain ``value``: case-insensitive, and for an Arabic query
    regardless of diacritics and letter variants (a regular expression; the stored text stays as written)."""
    pattern = search_pattern(value)
    lookup = "iregex" if pattern else "icontains"
    condition = Q()
    for field in fields:
        condition |= Q(**{f"{field}__{lookup}": pattern or value})
    return condition
