"""The API over real HTTP (a live server and urllib): what a script with a token does."""

from __future__ import annotations

import json
import re
import urllib.error
import urllib.request

import pytest

from annotations.models import Annotation

pytestmark = pytest.mark.django_db(transaction=True, serialized_rollback=True)


class Http:
    def __init__(self, base: str):
        self.base = base
        self.token: str | None = None

    def call(self, method: str, path: str, body=None) -> tuple[int, object]:
        status, raw = self.raw(method, path, body, accept="application/json")
        return status, json.loads(raw) if raw else None

    def raw(self, method: str, path: str, body=None, accept: str = "*/*") -> tuple[int, bytes]:
        headers = {"Accept": accept}
        data = None
        if body is not None:
            data = json.dumps(body).encode()
            headers["Content-Type"] = "application/json"
        if self.token:
            headers["Authorization"] = f"Token {self.token}"
        request = urllib.request.Request(self.base + path, data=data, method=method, headers=headers)
        try:
            with urllib.request.urlopen(request, timeout=10) as response:
                return response.status, response.read()
        except urllib.error.HTTPError as error:
            return error.code, error.read()


def test_script_labels_a_document_with_a_token(live_server, annotator, document, labels):
    http = Http(live_server.url)
    status, body = http.call("POST", "/api/v1/auth/token/", {"username": "ann", "password": "ann-password"})
    assert status == 200
    http.token = body["token"]
    assert http.call("GET", "/api/v1/me/")[1]["username"] == "ann"

    sentences = http.call("GET", f"/api/v1/documents/{document.pk}/")[1]["sentences"]
    items = [{"sentence": s["id"], "label": "rhetoric"} for s in sentences]
    items[1] = {
        "sentence": sentences[1]["id"],
        "label": "casualty_claim",
        "figures": {"killed_min": 4, "injured_min": 21},
    }
    status, created = http.call("POST", f"/api/v1/documents/{document.pk}/annotations/bulk/", {"items": items})
    assert status == 201
    assert [a["sentence"] for a in created] == [s["id"] for s in sentences]
    assert created[1]["figures"]["injured_min"] == 21

    # A bad request stores nothing and says which item is wrong.
    bad = [{"sentence": sentences[0]["id"], "label": "call_to_action"}, {"sentence": sentences[0]["id"], "label": "?"}]
    status, error = http.call("POST", f"/api/v1/documents/{document.pk}/annotations/bulk/", {"items": bad})
    assert status == 400 and "items[1].label" in error["errors"]
    assert Annotation.objects.count() == len(sentences)

    status, listed = http.call("GET", f"/api/v1/annotations/?document={document.pk}&page_size=2")
    assert status == 200 and len(listed["results"]) == 2 and listed["next"]

    status, submitted = http.call("POST", f"/api/v1/documents/{document.pk}/submit/")
    assert status == 200 and len(submitted["submitted"]) == len(sentences)

    assert http.call("DELETE", "/api/v1/auth/token/")[0] == 204
    status, refused = http.call("GET", "/api/v1/me/")
    assert status in (401, 403) and refused["detail"] == "Invalid token."


def test_docs_page_and_its_static_files_are_served_locally(live_server, annotator, settings):
    settings.STORAGES = {
        **settings.STORAGES,
        "staticfiles": {"BACKEND": "django.contrib.staticfiles.storage.StaticFilesStorage"},
    }
    http = Http(live_server.url)
    http.token = http.call("POST", "/api/v1/auth/token/", {"username": "ann", "password": "ann-password"})[1]["token"]
    status, html = http.raw("GET", "/api/v1/docs/")
    assert status == 200
    scripts = re.findall(r'src="([^"]+)"', html.decode())
    # Swagger UI from the sidecar's static files, and its start-up script served by the docs view
    # itself (no inline script: the Content-Security-Policy allows none).
    assert scripts[:-1] and all(src.startswith("/static/drf_spectacular_sidecar/") for src in scripts[:-1])
    assert scripts[-1] == "/api/v1/docs/?script="
    status, bundle = http.raw("GET", scripts[0])
    assert status == 200 and len(bundle) > 100_000
    status, start_up = http.raw("GET", scripts[-1])
    assert status == 200 and b"SwaggerUIBundle" in start_up
