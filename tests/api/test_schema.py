"""The OpenAPI schema validates, documents every endpoint with its filters and errors; docs work offline."""

from __future__ import annotations

import re

import pytest
from django.contrib.auth.models import User
from openapi_spec_validator import validate
from rest_framework.test import APIClient

# path -> method -> query parameters that must be documented
ENDPOINTS = {
    "/api/v1/auth/token/": {"post": [], "delete": []},
    "/api/v1/me/": {"get": []},
    "/api/v1/labels/": {"get": ["is_active", "ordering"]},
    "/api/v1/actors/": {"get": ["q", "kind", "ordering", "limit", "offset"], "post": []},
    "/api/v1/documents/": {
        "get": ["q", "publisher", "published_after", "published_before", "language", "ordering", "limit", "offset"],
        "post": [],
    },
    "/api/v1/documents/{id}/": {"get": []},
    "/api/v1/documents/upload/": {"post": []},
    "/api/v1/sentences/": {"get": ["document", "q", "cursor", "page_size"]},
    "/api/v1/annotations/": {
        "get": [
            "label",
            "status",
            "annotator",
            "document",
            "publisher",
            "incident",
            "created_after",
            "created_before",
            "q",
            "ordering",
            "cursor",
            "page_size",
        ],
        "post": [],
    },
    "/api/v1/annotations/{id}/": {"get": [], "patch": [], "delete": []},
    "/api/v1/annotations/{id}/submit/": {"post": []},
    "/api/v1/documents/{id}/annotations/bulk/": {"post": []},
    "/api/v1/documents/{id}/submit/": {"post": []},
    "/api/v1/suggestions/": {"post": []},
    "/api/v1/documents/{id}/suggestions/": {"get": []},
    "/api/v1/suggestions/model/": {"get": []},
    "/api/v1/suggestions/model/train/": {"post": []},
    "/api/v1/incidents/matches/": {"get": ["annotation", "place", "date", "strike_type", "limit"]},
    "/api/v1/incidents/duplicates/": {"get": ["limit"]},
}
WRITES_WITH_INPUT = [
    ("/api/v1/annotations/", "post"),
    ("/api/v1/annotations/{id}/", "patch"),
    ("/api/v1/documents/{id}/annotations/bulk/", "post"),
    ("/api/v1/documents/", "post"),
    ("/api/v1/documents/upload/", "post"),
    ("/api/v1/actors/", "post"),
    ("/api/v1/suggestions/", "post"),
]


@pytest.fixture(scope="module")
def schema() -> dict:
    """Generated once for the module (it takes a moment): the schema as a signed-in client gets it."""
    client = APIClient()
    client.force_authenticate(User(username="reader"))
    response = client.get("/api/v1/schema/", {"format": "json"})
    assert response.status_code == 200
    return response.json()


def test_schema_is_valid_openapi_3(schema):
    assert schema["openapi"].startswith("3.")
    validate(schema)


@pytest.mark.parametrize("path", ENDPOINTS)
def test_every_endpoint_is_documented_with_its_filters(schema, path):
    assert path in schema["paths"], sorted(schema["paths"])
    for method, parameters in ENDPOINTS[path].items():
        operation = schema["paths"][path][method]
        documented = {p["name"] for p in operation.get("parameters", []) if p["in"] == "query"}
        assert set(parameters) <= documented, (path, method, set(parameters) - documented)
        assert "403" in operation["responses"], (path, method)


@pytest.mark.parametrize(("path", "method"), WRITES_WITH_INPUT)
def test_writes_document_their_400(schema, path, method):
    responses = schema["paths"][path][method]["responses"]
    assert "400" in responses
    assert responses["400"]["content"]["application/json"]["schema"]["$ref"].endswith("/Error")


def test_conflicts_and_missing_objects_are_documented(schema):
    patch = schema["paths"]["/api/v1/annotations/{id}/"]["patch"]["responses"]
    assert {"400", "404", "409"} <= set(patch)
    assert patch["409"]["content"]["application/json"]["schema"]["$ref"].endswith("/Conflict")
    assert "409" in schema["paths"]["/api/v1/annotations/{id}/submit/"]["post"]["responses"]
    assert "404" in schema["paths"]["/api/v1/documents/{id}/annotations/bulk/"]["post"]["responses"]


def test_annotation_shape_is_documented(schema):
    annotation = schema["components"]["schemas"]["Annotation"]["properties"]
    assert {"figures", "responsibility", "incidents", "review", "version", "label"} <= set(annotation)


@pytest.fixture
def plain_static_storage(settings):
    # Tests run without collectstatic; the manifest storage of production would have no entries.
    settings.STORAGES = {
        **settings.STORAGES,
        "staticfiles": {"BACKEND": "django.contrib.staticfiles.storage.StaticFilesStorage"},
    }


def test_docs_page_uses_only_local_static_files(client_for, annotator, plain_static_storage):
    response = client_for(annotator).get("/api/v1/docs/")
    assert response.status_code == 200
    html = response.content.decode()
    assert not re.search(r"https?://", html), re.findall(r"https?://\S+", html)
    assert "/static/drf_spectacular_sidecar/" in html


def test_suggestion_shape_is_documented(schema):
    sentence = schema["components"]["schemas"]["SuggestedSentence"]["properties"]
    assert {"start", "end", "text", "labels", "figures"} <= set(sentence)
    hint = schema["components"]["schemas"]["Hint"]["properties"]
    assert set(hint) == {"label", "score", "cue", "source"}
    figures = schema["components"]["schemas"]["SuggestedFigures"]["properties"]
    assert {"killed", "injured", "qualifier", "scope", "preliminary", "cited_source"} <= set(figures)
    assert "409" in schema["paths"]["/api/v1/suggestions/model/train/"]["post"]["responses"]


def test_the_learned_model_is_documented_per_project(schema):
    status = schema["paths"]["/api/v1/suggestions/model/"]["get"]
    assert [p["name"] for p in status["parameters"]] == ["project"]
    assert {"400", "404"} <= set(status["responses"])
    train = schema["paths"]["/api/v1/suggestions/model/train/"]["post"]
    body = train["requestBody"]["content"]["application/json"]["schema"]["$ref"].rsplit("/", 1)[1]
    assert set(schema["components"]["schemas"][body]["properties"]) == {"project"}
    assert "project" in schema["components"]["schemas"]["SuggestionInputRequest"]["properties"]
    document = schema["paths"]["/api/v1/documents/{id}/suggestions/"]["get"]
    assert [p["name"] for p in document["parameters"] if p["in"] == "query"] == ["project"]
    assert {"project", "last_error", "min_examples"} <= set(
        schema["components"]["schemas"]["ModelStatus"]["properties"]
    )
