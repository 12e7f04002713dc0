"""Template filters of the dashboard: shares as percentages, durations in words."""

from django import template

register = template.Library()


@register.filter
def share(value) -> str:
    """0.5 -> '50%'; None (nothing to divide) -> '—'."""
    return "—" if value is None else f"{value:.0%}"


@register.filter
def duration_words(seconds) -> str:
    """A duration as people say it: '45 s', '12 min', '3 h 5 min', '2 d 4 h'; None -> 'not timed'."""
    if seconds is None:
        return "not timed"
    seconds = round(seconds)
    if seconds < 60:
        return f"{seconds} s"
    minutes = seconds // 60
    if minutes < 60:
        return f"{minutes} min"
    hours, minutes = divmod(minutes, 60)
    if hours < 24:
        return f"{hours} h {minutes} min" if minutes else f"{hours} h"
    days, hours = divmod(hours, 24)
    return f"{days} d {hours} h" if hours else f"{days} d"
