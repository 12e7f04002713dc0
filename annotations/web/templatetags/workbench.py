"""Small template helpers: roles for the navigation, label chips."""

from django import template

from annotations import roles

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
