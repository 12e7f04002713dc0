"""Odd input gets a 400 with a message, never a 500: numbers beyond 64 bits in any number filter,
NUL characters in text filters. The list of filters comes from the URL configuration, so a new
list endpoint is covered without editing this file."""

from __future__ import annotations

import pytest
from django.urls import URLPattern, URLResolver, get_resolver
from django_filters import NumberFilter
from django_filters.filters import CharFilter

HUGE = "99999999999999999999"


def _list_endpoints():
    """(url, filterset class) for every API view with filters and no path arguments."""

    def walk(patterns, prefix=""):
        for pattern in patterns:
            if isinstance(pattern, URLResolver):
                yield from walk(pattern.url_patterns, prefix + str(pattern.pattern))
            elif isinstance(pattern, URLPattern):
                route = (prefix + str(pattern.pattern)).replace("^", "").replace("$", "")
                if "<" in route or "(?P" in route or not route.startswith("api/"):
                    continue
                view = getattr(pattern.callback, "cls", None)
                actions = getattr(pattern.callback, "actions", None)  # a viewset's routes
                lists = actions.get("get") == "list" if actions else hasattr(view, "get")
                filterset = getattr(view, "filterset_class", None)
                if filterset is not None and lists:
                    yield "/" + route, filterset

    return sorted(set(walk(get_resolver().url_patterns)), key=lambda item: item[0])


ENDPOINTS = _list_endpoints()


def test_the_walk_finds_the_list_endpoints():
    urls = [url for url, _ in ENDPOINTS]
    assert "/api/v1/annotations/" in urls and "/api/v1/documents/" in urls


def _cases(kind) -> list[tuple[str, str]]:
    return [(url, name) for url, fs in ENDPOINTS for name, f in fs.base_filters.items() if isinstance(f, kind)]


NUMBER_CASES = _cases(NumberFilter)
TEXT_CASES = _cases(CharFilter)


@pytest.mark.parametrize(("url", "name"), NUMBER_CASES)
def test_numbers_beyond_64_bits_in_a_filter_get_a_400_naming_it(client_for, reviewer, url, name):
    response = client_for(reviewer).get(url, {name: HUGE})
    assert response.status_code == 400, (url, name, response.status_code)
    assert name in response.json()["errors"]


@pytest.mark.parametrize(("url", "name"), TEXT_CASES)
def test_nul_characters_in_a_text_filter_get_a_400(client_for, reviewer, url, name):
    response = client_for(reviewer).get(url, {name: "Atarib\x00"})
    assert response.status_code == 400, (url, name, response.status_code)
