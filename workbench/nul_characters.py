"""NUL characters never reach a view: a 400 that names the field, on every page and API endpoint.

PostgreSQL cannot store U+0000 in a text or JSON column (SQLite can), so a NUL in a title, a note or
a search term used to end in a 500 there, and only on the paths whose input a DRF ``CharField``
did not check (the document import, the bulk-labelling fast path, the pages' forms and search
boxes). No text in the workbench has a use for it, so it is refused at the door, the same way on
both databases: in the query string of any request, in a JSON body and in a form body. Uploaded
files are not looked at here: the importer refuses NUL in a file with the file and line named.
"""

from __future__ import annotations

import json
from collections.abc import Callable, Iterator

from django.http import HttpRequest, HttpResponse, HttpResponseBadRequest, JsonResponse, QueryDict

MESSAGE = "Null characters are not allowed."  # DRF's wording, so every refusal reads the same
_JSON_NUL = b"\\u0000"
API_PREFIX = "/api/"


def _shown(name: str) -> str:
    return name.replace("\x00", "\\u0000")


def _nul_paths(value, path: str = "") -> Iterator[str]:
    """The paths (``items[3].note``) of the JSON strings, and keys, that hold a NUL."""
    if isinstance(value, str):
        if "\x00" in value:
            yield path or "non_field_errors"
    elif isinstance(value, dict):
        for key, item in value.items():
            inner = f"{path}.{_shown(key)}" if path else _shown(key)
            if "\x00" in key:
                yield inner
            yield from _nul_paths(item, inner)
    elif isinstance(value, list):
        for number, item in enumerate(value):
            yield from _nul_paths(item, f"{path}[{number}]")


def _form_nul_names(form: QueryDict) -> list[str]:
    return [_shown(name) for name, values in form.lists() if "\x00" in name or any("\x00" in v for v in values)]


def nul_fields(request: HttpRequest) -> list[str]:
    """The query parameters and body fields of ``request`` that hold a NUL character."""
    names: list[str] = []
    query = request.META.get("QUERY_STRING", "")
    if "%00" in query or "\x00" in query:
        names += _form_nul_names(request.GET)
    if request.method in ("GET", "HEAD", "OPTIONS") or not request.META.get("CONTENT_LENGTH"):
        return names
    content_type = request.content_type or ""
    if content_type == "application/json" or content_type.endswith("+json"):
        body = request.body
        if _JSON_NUL in body:  # a cheap look first: the labelling hot path passes here
            try:
                data = json.loads(body)
            except ValueError:
                return names  # the view's parser says what is wrong with it
            names += [path for path in _nul_paths(data) if path not in names]
    elif content_type == "application/x-www-form-urlencoded":
        body = request.body
        if b"%00" in body or b"\x00" in body:
            names += [name for name in _form_nul_names(QueryDict(body, encoding=request.encoding)) if name not in names]
    elif content_type == "multipart/form-data" and not request.path.startswith(API_PREFIX):
        # A page's form sent as multipart (the pages' own forms are url-encoded). Not under /api/: the one
        # multipart endpoint there (the upload) parses its body itself, and DRF answers 415 elsewhere.
        names += [name for name in _form_nul_names(request.POST) if name not in names]
    return names


class RefuseNulCharactersMiddleware:
    """Answer 400 naming each field that holds a NUL: JSON (``detail`` and ``errors``, as every API
    error) under /api/ or for a JSON request, plain text on the pages."""

    def __init__(self, get_response: Callable[[HttpRequest], HttpResponse]):
        self.get_response = get_response

    def __call__(self, request: HttpRequest) -> HttpResponse:
        names = nul_fields(request)
        if not names:
            return self.get_response(request)
        detail = " ".join(f"{name}: {MESSAGE}" for name in names)
        if request.path.startswith(API_PREFIX) or (request.content_type or "").endswith("json"):
            return JsonResponse({"detail": detail, "errors": {name: [MESSAGE] for name in names}}, status=400)
        return HttpResponseBadRequest(f"Bad request. {detail}\n", content_type="text/plain; charset=utf-8")
