"""NUL characters (U+0000) get a 400 naming the field, never a 500, and store nothing: in every query
string (API lists, searches, pages' search boxes), every JSON body, every page form, and the imports.

PostgreSQL cannot store a NUL in text, so there these used to end in a 500; SQLite stored them. Both
now refuse them the same way. The routes come from the URL configuration (tests/routes.py), so a new
endpoint or page is covered without editing this file.
"""

from __future__ import annotations

import io
import json
from contextlib import redirect_stderr

import pytest
from django.core.files.uploadedfile import SimpleUploadedFile
from django.core.management import CommandError, call_command
from django.test import Client

from annotations.discussion import AnnotationMessage
from annotations.import_jobs import ImportJob
from annotations.models import Actor, Annotation, DatasetRelease, Document, Event, Incident, Label
from annotations.projects.models import GuidelineVersion, Project, ProjectMembership
from annotations.projects.services import default_project
from annotations.services import imports
from tests.api.projects_setup import ids_for, make_sides
from tests.routes import api_routes, fill, page_routes, placeholders

NUL = "Atarib\x00"
MESSAGE = "Null characters are not allowed."
STORED = (Actor, Annotation, AnnotationMessage, DatasetRelease, Document, Event, GuidelineVersion, Incident, Label,
          Project, ProjectMembership)  # fmt: skip
pytestmark = pytest.mark.django_db


@pytest.fixture
def sides(db, settings, tmp_path):
    settings.WORKBENCH_RELEASES_DIR = tmp_path / "releases"
    return make_sides()


def _stored() -> dict[str, int]:
    return {model.__name__: model.objects.count() for model in STORED}


def _page_ids(a) -> dict[str, int]:
    sentence = a.document.sentences.order_by("index").first()
    return {"document_id": a.document.pk, "project_id": a.project.pk, "sentence_id": sentence.pk,
            "incident_id": a.incident.pk}  # fmt: skip


def _urls(a) -> list[str]:
    """Every API route and page as a URL, its ids those of project A's objects."""
    urls = []
    for route, _methods in api_routes():
        ids = ids_for(route, a) or {}
        ids |= {"shape": "annotations", "fmt": "jsonl", "key": "abcdefgh", "pk": ids.get("pk", 1)}
        urls.append(fill("api/v1/" + route, ids))
    urls += [fill(route, _page_ids(a)) for route in page_routes()]
    return urls


def test_the_walk_finds_the_api_and_the_pages():
    routes = [route for route, _ in api_routes()] + page_routes()
    assert "annotations/" in routes and "incidents/" in routes and "documents/" in routes
    assert len(api_routes()) >= 50 and len(page_routes()) >= 15


def _assert_refused(response, *names: str) -> None:
    assert response.status_code == 400, (response.status_code, response.content[:300])
    if response["Content-Type"].startswith("application/json"):
        body = response.json()
        for name in names:
            assert body["errors"][name] == [MESSAGE], body
            assert f"{name}: {MESSAGE}" in body["detail"]
    else:
        for name in names:
            assert f"{name}: {MESSAGE}" in response.content.decode()


def test_a_nul_in_any_query_parameter_of_any_endpoint_or_page_is_refused_naming_it(sides, admin_user):
    a, _ = sides
    client = Client()
    client.force_login(admin_user)
    before = _stored()
    for url in _urls(a):
        for method in ("get", "post"):
            response = getattr(client, method)(f"{url}?q=Atarib%00&search=ok&label=x%00y")
            _assert_refused(response, "q", "label")
            assert "search" not in response.content.decode()
    assert _stored() == before


@pytest.mark.parametrize(
    ("url", "field"),
    [
        ("/api/v1/incidents/", "search"),
        ("/api/v1/documents/", "q"),
        ("/api/v1/annotations/", "q"),
        ("/api/v1/actors/", "search"),
        ("/api/v1/incidents/matches/", "place"),
        ("/api/v1/exports/annotations.csv", "publisher"),
        ("/documents/", "q"),  # the pages' search boxes: a 500 on PostgreSQL before
        ("/incidents/", "q"),
        ("/incidents/", "grade"),
        ("/review/", "label"),
        ("/admin/annotations/document/", "q"),
    ],
)
def test_search_boxes_and_filters_refuse_a_nul(client_for, admin_user, document, url, field):
    _assert_refused(client_for(admin_user).get(url, {field: NUL}), field)


def test_a_nul_anywhere_in_a_json_body_of_any_write_endpoint_is_refused_naming_it(sides, admin_user):
    a, _ = sides
    client = Client()
    client.force_login(admin_user)
    body = json.dumps({"title": NUL, "items": [{"sentence": 1, "note": "fine"}, {"note": NUL}], NUL: 1})
    before, checked = _stored(), 0
    for route, methods in api_routes():
        ids = ids_for(route, a) or {}
        ids |= {"shape": "annotations", "fmt": "jsonl", "key": "abcdefgh", "pk": ids.get("pk", 1)}
        assert set(placeholders(route)) <= set(ids), route
        url = fill("api/v1/" + route, ids)
        for method in set(methods) & {"post", "patch", "put", "delete"}:
            response = getattr(client, method)(url, body, content_type="application/json")
            _assert_refused(response, "title", "items[1].note", "Atarib\\u0000")
            checked += 1
    assert checked >= 30
    assert _stored() == before


def test_an_escaped_backslash_is_not_a_nul(client_for, reviewer):
    # "\\u0000" in JSON is a backslash followed by "u0000": ordinary text.
    response = client_for(reviewer).post(
        "/api/v1/incidents/", '{"title": "Strike \\\\u0000 report"}', content_type="application/json"
    )
    assert response.status_code == 201, response.json()
    assert Incident.objects.get().title == "Strike \\u0000 report"


@pytest.mark.parametrize(
    ("role", "method", "url", "body", "field"),
    [
        ("admin", "post", "/api/v1/documents/", [{"text": "Four were killed.", "title": NUL}], "[0].title"),
        ("admin", "post", "/api/v1/documents/", {"text": "Four were killed.", "publisher": NUL}, "publisher"),
        ("admin", "post", "/api/v1/documents/", {"text": "Four were killed.", "language": NUL}, "language"),
        ("admin", "post", "/api/v1/documents/", {"text": "Four were killed.", "url": NUL}, "url"),
        ("admin", "post", "/api/v1/documents/", {"text": NUL}, "text"),
        ("admin", "post", "/api/v1/actors/", {"name": NUL, "kind": "monitor"}, "name"),
        ("admin", "post", "/api/v1/actors/", {"name": "SOHR", "kind": "monitor", "aliases": ["ok", NUL]},
         "aliases[1]"),
        ("annotator", "post", "/api/v1/documents/{document}/annotations/bulk/",
         {"items": [{"sentence": "{sentence}", "label": "rhetoric", "note": NUL}]}, "items[0].note"),
        ("annotator", "post", "/api/v1/annotations/", {"sentence": "{sentence}", "label": "rhetoric", "note": NUL},
         "note"),
        ("annotator", "patch", "/api/v1/annotations/{annotation}/", {"note": NUL, "version": 1}, "note"),
        ("reviewer", "post", "/api/v1/incidents/", {"title": NUL}, "title"),
        ("reviewer", "post", "/api/v1/incidents/", {"title": "Strike", "description": NUL}, "description"),
        ("reviewer", "post", "/api/v1/incidents/", {"title": "Strike", "aliases": [NUL]}, "aliases[0]"),
        ("reviewer", "patch", "/api/v1/incidents/{incident}/", {"place_name": NUL, "version": 1}, "place_name"),
        ("reviewer", "post", "/api/v1/incidents/{incident}/grade/", {"grade": "weak", "note": NUL, "version": 1},
         "note"),
        ("reviewer", "post", "/api/v1/annotations/{annotation}/messages/", {"text": NUL}, "text"),
        ("reviewer", "post", "/api/v1/annotations/{annotation}/reject/", {"reason": "other", "comment": NUL},
         "comment"),
        ("admin", "post", "/api/v1/projects/", {"name": NUL}, "name"),
        ("admin", "post", "/api/v1/projects/", {"name": "Aleppo", "description": NUL}, "description"),
        ("admin", "patch", "/api/v1/projects/{project}/", {"name": NUL}, "name"),
        ("admin", "post", "/api/v1/projects/{project}/guidelines/", {"text": NUL}, "text"),
        ("admin", "post", "/api/v1/releases/", {"name": NUL, "shape": "annotations", "format": "jsonl"}, "name"),
        ("admin", "post", "/api/v1/releases/", {"name": "v1", "shape": "annotations", "format": "jsonl",
                                                "filters": {"publisher": NUL}}, "filters.publisher"),
        ("admin", "post", "/api/v1/suggestions/", {"text": NUL}, "text"),
        (None, "post", "/api/v1/auth/token/", {"username": NUL, "password": "x"}, "username"),
    ],
)  # fmt: skip
def test_a_nul_in_a_field_is_refused_naming_it_and_nothing_is_stored(
    client_for, annotator, reviewer, admin_user, document, labels, role, method, url, body, field
):
    from annotations.services.annotating import AnnotationDraft, annotations_bulk_create
    from annotations.services.incidents import incident_create

    sentences = list(document.sentences.order_by("index"))
    [annotation] = annotations_bulk_create(
        annotator=annotator,
        document=document,
        drafts=[AnnotationDraft(sentence=sentences[0], label=labels["rhetoric"])],
    )
    incident = incident_create(by=reviewer, title="Darat Izza strike")
    ids = {"document": document.pk, "sentence": sentences[1].pk, "annotation": annotation.pk,
           "incident": incident.pk, "project": default_project().pk}  # fmt: skip
    url = url.format(**ids)
    body = json.loads(json.dumps(body).replace('"{sentence}"', str(ids["sentence"])))
    user = {"annotator": annotator, "reviewer": reviewer, "admin": admin_user, None: None}[role]
    before = _stored()
    _assert_refused(getattr(client_for(user), method)(url, body, format="json"), field)
    assert _stored() == before


@pytest.mark.parametrize(
    ("url", "data", "field"),
    [
        ("/projects/", {"name": NUL, "description": "Aleppo"}, "name"),
        ("/projects/", {"name": "Aleppo", "description": NUL}, "description"),
        ("/projects/{project}/", {"action": "guidelines", "text": NUL}, "text"),
        ("/projects/{project}/", {"action": "add_member", "username": NUL, "role": "annotator"}, "username"),
        ("/accounts/login/", {"username": NUL, "password": "x"}, "username"),
        ("/admin/annotations/label/add/", {"key": "hearsay", "name": NUL}, "name"),
    ],
)
@pytest.mark.parametrize("encoding", ["urlencoded", "multipart"])
def test_a_nul_in_a_page_form_is_refused_naming_it(admin_user, url, data, field, encoding):
    client = Client()
    client.force_login(admin_user)
    url = url.format(project=default_project().pk)
    before = _stored()
    if encoding == "urlencoded":
        from urllib.parse import urlencode

        response = client.post(url, urlencode(data), content_type="application/x-www-form-urlencoded")
    else:
        response = client.post(url, data)
    _assert_refused(response, field)
    assert _stored() == before


def test_an_uploaded_jsonl_file_with_a_nul_in_a_title_names_the_line(client_for, reviewer):
    lines = [{"text": "Four were killed."}, {"text": "Five were killed.", "title": NUL}]
    data = "\n".join(json.dumps(line) for line in lines).encode()
    response = client_for(reviewer).post(
        "/api/v1/documents/upload/", {"file": SimpleUploadedFile("reports.jsonl", data)}, format="multipart"
    )
    assert response.status_code == 400
    assert "reports.jsonl line 2: title: Null characters are not allowed." in response.json()["detail"]
    assert not Document.objects.exists()


def test_a_background_import_with_a_nul_fails_naming_the_line_and_stores_nothing(reviewer):
    lines = [{"text": f"Report {n}. Four were killed."} for n in range(5)] + [{"text": "Six.", "publisher": NUL}]
    upload = io.BytesIO("\n".join(json.dumps(line) for line in lines).encode())
    job = imports.import_job_create(name="big.jsonl", upload=upload, created_by=reviewer)
    job = imports.import_job_run(job_id=job.pk)
    assert job.state == "failed"
    assert "big.jsonl line 6: publisher: Null characters are not allowed." in job.detail
    assert not Document.objects.exists() and not Actor.objects.exists()
    assert ImportJob.objects.filter(pk=job.pk, state="failed").exists()


def test_the_import_command_names_the_file_and_line_of_a_nul_and_stores_nothing_of_it(tmp_path):
    source = tmp_path / "reports.jsonl"
    lines = [{"text": "Four were killed."}, {"text": "Five were killed.", "title": NUL},
             {"text": "Six were killed.", "publisher": NUL}]  # fmt: skip
    source.write_text("\n".join(json.dumps(line) for line in lines) + "\n", encoding="utf-8")
    err = io.StringIO()
    with redirect_stderr(err), pytest.raises(CommandError, match="1 imported, 0 already there, 2 refused"):
        call_command("import_documents", str(source), stdout=io.StringIO(), stderr=err)
    assert f"refused: {source} line 2: title: {MESSAGE}" in err.getvalue()
    assert f"refused: {source} line 3: publisher: {MESSAGE}" in err.getvalue()
    assert "Traceback" not in err.getvalue()
    assert list(Document.objects.values_list("text", flat=True)) == ["Four were killed."]
    assert not Actor.objects.exists()
