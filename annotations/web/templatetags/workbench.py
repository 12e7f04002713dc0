"""Small template helpers: roles for the navigation, label chips."""

from django import template

from annotations import roles
from annotations.models import SourceType
from annotations.text.arabic import text_direction

register = template.Library()


@register.filter
def is_reviewer(user) -> bool:
    return roles.is_reviewer(user)


@register.filter
def can_annotate(user) -> bool:
    return roles.can_annotate(user)


@register.filter
def percent(part: int, whole: int) -> int:
    return round(100 * part / whole) if whole else 0


@register.filter
def words(key: str) -> str:
    """A key such as 'casualty_claim' as words: 'casualty claim'."""
    return str(key or "").replace("_", " ")


@register.filter
def source_type_name(value: str) -> str:
    """A source type as words for a table cell: 'party_to_conflict' as 'party to the conflict'."""
    return SourceType(value).label.lower() if value in SourceType.values else words(value)


@register.filter
def alpha(value) -> str:
    return "not enough data" if value is None else f"{value:.3f}"


@register.filter
def count_range(bounds: dict | None) -> str:
    """A derived range as people write it: '13–15', '13' when both ends agree, '20 or more' when open."""
    if not bounds:
        return "—"
    low, high = bounds.get("min"), bounds.get("max")
    if high is None:
        return f"{low} or more"
    return str(low) if low == high else f"{low}–{high}"


def _count_words(low, high) -> str | None:
    if low is None and high is None:
        return None
    if high is None:
        return f"{low} or more"
    if low is None:
        return f"up to {high}"
    return str(low) if low == high else f"{low}–{high}"


@register.filter
def figures_text(figures) -> str:
    """Casualty figures as a person writes them: 'killed 13, injured 2–5 (at least, preliminary)';
    a missing count is left out, never printed as None; no figures at all says so."""
    if not figures:  # None, or a missing one-to-one row in a template
        return "no figures"
    parts = []
    for name in ("killed", "injured"):
        words = _count_words(getattr(figures, f"{name}_min"), getattr(figures, f"{name}_max"))
        if words:
            parts.append(f"{name} {words}")
    for name in ("children_killed", "women_killed", "children_injured", "women_injured"):
        value = getattr(figures, name)
        if value is not None:
            parts.append(f"{name.replace('_', ' ')} {value}")
    notes = [getattr(figures, "get_qualifier_display", lambda: figures.qualifier)().lower()]
    if figures.scope == "aggregate":
        notes.append("period total")
    if figures.preliminary:
        notes.append("preliminary")
    if figures.is_suggested:
        notes.append("suggested, not confirmed")
    return f"{', '.join(parts) or 'no counts'} ({', '.join(notes)})"


@register.filter
def number(index) -> int:
    """A sentence's stored index (from 0) as people count it (from 1)."""
    return int(index) + 1


@register.filter
def text_dir(language) -> str:
    """The HTML ``dir`` for text in ``language``: ``rtl`` for Arabic (and other right-to-left
    languages), else ``auto`` so a stray Arabic title in an English list still reads right."""
    return "rtl" if text_direction(language) == "rtl" else "auto"
