"""Text search that the pages and the API share: Arabic queries match however the text is spelled."""

from __future__ import annotations

from django.db.models import Q

from annotations.text.arabic import search_pattern
from annotations.text.names import name_key


def text_contains(value: str, *fields: str) -> Q:
    """Rows whose ``fields`` (any of them) contain ``value``: case-insensitive, and for an Arabic query
    regardless of diacritics and letter variants (a regular expression; the stored text stays as written)."""
    pattern = search_pattern(value)
    lookup = "iregex" if pattern else "icontains"
    condition = Q()
    for field in fields:
        condition |= Q(**{f"{field}__{lookup}": pattern or value})
    return condition


def incident_matches(value: str) -> Q:
    """Incidents whose title or place contains ``value`` (as ``text_contains`` reads it), or whose title,
    place or an alias has a word starting with any spelling of it (Darat / Daret Izza): the stored
    ``search_key`` is folded (``services.incidents`` keeps it), so a plain LIKE runs on both databases."""
    exact = text_contains(value, "title", "place_name")
    key = name_key(value)
    return exact | Q(search_key__contains=f" {key}") if key else exact
