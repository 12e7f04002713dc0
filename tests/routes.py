"""Every route of the URL configuration (the API and the pages; not the admin), with the methods it
answers: what the permission matrices and the odd-input tests are generated from, so that a new
endpoint or page is covered, or fails a test until it is, without anyone remembering to add it."""

from __future__ import annotations

import re

from django.urls import URLPattern, URLResolver, get_resolver

API = "api/v1/"


def _methods(callback) -> list[str] | None:
    """The methods a view answers: a viewset route's actions, a class's handlers; None for a function
    view (a page), which does not say."""
    actions = getattr(callback, "actions", None)
    if actions is not None:  # DRF adds "head" to a viewset's actions once it has answered a GET
        return sorted(method for method in actions if method not in ("options", "head"))
    view = getattr(callback, "view_class", None)
    if view is None:
        return None
    return sorted(m for m in view.http_method_names if m not in ("options", "head") and hasattr(view, m))


def _routes(patterns, prefix: str = ""):
    for pattern in patterns:
        text = str(pattern.pattern).lstrip("^").rstrip("$")
        text = re.sub(r"\(\?P<(\w+)>[^)]*\)", r"{\1}", text)  # router regexes
        text = re.sub(r"<(?:\w+:)?(\w+)>", r"{\1}", text)  # path() converters
        route = prefix + text
        if route.startswith("admin/"):
            continue
        if isinstance(pattern, URLResolver):
            yield from _routes(pattern.url_patterns, route)
        elif isinstance(pattern, URLPattern):
            yield route, _methods(pattern.callback)


def api_routes() -> list[tuple[str, list[str]]]:
    """(route under /api/v1/ with {name} placeholders, the methods it answers)."""
    return sorted(
        (route[len(API) :], methods) for route, methods in _routes(get_resolver().url_patterns) if route.startswith(API)
    )


def page_routes() -> list[str]:
    """The pages' routes with {name} placeholders (no leading slash)."""
    return sorted(route for route, _ in _routes(get_resolver().url_patterns) if not route.startswith("api/"))


def placeholders(route: str) -> list[str]:
    return re.findall(r"{(\w+)}", route)


def fill(route: str, ids: dict) -> str:
    """The route as a URL path, its placeholders replaced by ``ids``."""
    return "/" + re.sub(r"{(\w+)}", lambda m: str(ids[m.group(1)]), route)
