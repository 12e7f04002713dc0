"""Leak checks for blind annotation, generated from the URL configuration.

``get_urls`` turns every route of the project (or those under a prefix, e.g. ``/api/v1/``) into
concrete URLs, substituting each path parameter with candidate values (typically the ids of another
annotator's objects), so that a test can request them all as one user and assert that a marker
string written by someone else appears in none of the responses::

    urls = get_urls(prefix="/api/v1/", values={"pk": [incident.pk, annotation.pk], ...})
    assert leaks(client, urls, marker) == []

A new route is covered without touching the test. Parameters without candidate values take the
``ids`` given; a route whose parameter has no candidate at all is reported by ``get_urls`` in
``skipped`` so the test can say so.
"""

from __future__ import annotations

import itertools
import re
from collections.abc import Iterable, Mapping
from dataclasses import dataclass

from django.urls import URLPattern, URLResolver, get_resolver
from django.urls.resolvers import RegexPattern, RoutePattern

_ROUTE_PARAM = re.compile(r"<(?:(?P<converter>\w+):)?(?P<name>\w+)>")
_REGEX_PARAM = re.compile(r"\(\?P<(?P<name>\w+)>[^)]*\)")
# Regex routes from DRF routers: optional format suffixes are left out (they repeat a JSON route).
_FORMAT_SUFFIX = "format"


@dataclass(frozen=True)
class Route:
    """One route as a template with ``{name}`` placeholders, e.g. ``/api/v1/incidents/{pk}/``."""

    template: str
    params: tuple[str, ...]
    name: str | None


def _piece(pattern) -> tuple[str, list[str]] | None:
    """A pattern as a template piece and its parameter names (None: a piece we cannot write out)."""
    if isinstance(pattern, RoutePattern):
        route = str(pattern)
        names = [m.group("name") for m in _ROUTE_PARAM.finditer(route)]
        return _ROUTE_PARAM.sub(lambda m: "{" + m.group("name") + "}", route), names
    if isinstance(pattern, RegexPattern):
        regex = str(pattern).removeprefix("^").removesuffix("$").removesuffix("\\Z")
        names = [m.group("name") for m in _REGEX_PARAM.finditer(regex)]
        if _FORMAT_SUFFIX in names:
            return None
        template = _REGEX_PARAM.sub(lambda m: "{" + m.group("name") + "}", regex)
        template = template.replace("\\.", ".").replace("\\/", "/")
        if re.search(r"[\\^$*+?()\[\]|]", template):
            return None  # a regex we cannot turn into one URL
        return template, names
    return None


def url_routes(prefix: str = "/") -> list[Route]:
    """Every route of the root URL configuration whose URL starts with ``prefix``, in order."""
    routes: list[Route] = []

    def walk(patterns, base: str, params: list[str]) -> None:
        for entry in patterns:
            piece = _piece(entry.pattern)
            if piece is None:
                continue
            template, names = piece
            if isinstance(entry, URLResolver):
                walk(entry.url_patterns, base + template, params + names)
            elif isinstance(entry, URLPattern):
                routes.append(Route(base + template, tuple(params + names), entry.name))

    walk(get_resolver().url_patterns, "/", [])
    seen, unique = set(), []
    for route in routes:
        if route.template.startswith(prefix) and route.template not in seen:
            seen.add(route.template)
            unique.append(route)
    return unique


@dataclass
class Urls:
    urls: list[str]
    skipped: list[Route]


def get_urls(
    *, prefix: str = "/", values: Mapping[str, Iterable] | None = None, ids: Iterable = (), exclude: Iterable[str] = ()
) -> Urls:
    """Concrete URLs for every route under ``prefix``: each parameter takes each of its candidate
    ``values`` (by parameter name), else each of ``ids``. Route names in ``exclude`` are left out."""
    values = {name: list(candidates) for name, candidates in (values or {}).items()}
    ids, excluded = list(ids), set(exclude)
    urls, skipped = [], []
    for route in url_routes(prefix):
        if route.name in excluded:
            continue
        choices = [values.get(name, ids) for name in route.params]
        if any(not candidates for candidates in choices):
            skipped.append(route)
            continue
        for combination in itertools.product(*choices):
            urls.append(route.template.format(**dict(zip(route.params, map(str, combination), strict=True))))
    return Urls(urls=list(dict.fromkeys(urls)), skipped=skipped)


def body_of(response) -> str:
    """The whole body of a test-client response, streamed or not."""
    if getattr(response, "streaming", False):
        return b"".join(response.streaming_content).decode("utf-8", "replace")
    return response.content.decode("utf-8", "replace")


def fetch_all(client, urls: Iterable[str]) -> dict[str, tuple[int, str]]:
    """GET every URL with ``client``: {url: (status, body)}."""
    fetched = {}
    for url in urls:
        response = client.get(url)
        fetched[url] = (response.status_code, body_of(response))
    return fetched


def leaks(client, urls: Iterable[str], marker: str) -> list[tuple[str, int]]:
    """The URLs (with their status) whose response contains ``marker``."""
    return [(url, status) for url, (status, body) in fetch_all(client, urls).items() if marker in body]
