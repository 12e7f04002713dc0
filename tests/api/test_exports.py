"""The export endpoint: streamed JSONL and CSV, who may export what, filters, errors, query counts."""

from __future__ import annotations

import json

import pytest

from tests.exports_data import make_claims, many_approved


@pytest.fixture
def claims(document, labels, annotator, second_annotator, reviewer):
    return make_claims(
        document=document, labels=labels, annotator=annotator, second_annotator=second_annotator, reviewer=reviewer
    )


def body_of(response) -> str:
    return b"".join(response.streaming_content).decode("utf-8")


def jsonl(response) -> list[dict]:
    return [json.loads(line) for line in body_of(response).splitlines()]


def test_reviewer_streams_the_approved_annotations_as_jsonl(client_for, reviewer, claims):
    response = client_for(reviewer).get("/api/v1/exports/annotations.jsonl")
    assert response.status_code == 200
    assert response.streaming
    assert response["Content-Type"] == "application/x-ndjson; charset=utf-8"
    assert response["Content-Disposition"] == 'attachment; filename="annotations.jsonl"'
    rows = jsonl(response)
    assert [row["id"] for row in rows] == [claims.claim.pk, claims.attribution.pk]
    assert rows[0]["figures"]["killed_min"] == 4 and rows[0]["incidents"] == [claims.incident.pk]


def test_csv_export_with_a_header(client_for, reviewer, claims):
    response = client_for(reviewer).get("/api/v1/exports/sentences.csv")
    assert response.status_code == 200
    assert response["Content-Type"] == "text/csv; charset=utf-8"
    assert response["Content-Disposition"] == 'attachment; filename="sentences.csv"'
    lines = body_of(response).splitlines()
    assert lines[0].startswith("sentence_id,document_id,sentence_index,start,end,text,labels,")
    assert len(lines) == 1 + 4


def test_export_ignores_the_accept_header(client_for, reviewer, claims):
    response = client_for(reviewer).get("/api/v1/exports/annotations.jsonl", HTTP_ACCEPT="application/x-ndjson")
    assert response.status_code == 200


def test_filters_apply_like_the_annotation_list(client_for, reviewer, claims):
    client = client_for(reviewer)
    rows = jsonl(client.get("/api/v1/exports/annotations.jsonl", {"label": "attribution"}))
    assert [row["label"] for row in rows] == ["attribution"]
    rows = jsonl(client.get("/api/v1/exports/annotations.jsonl", {"status": ["submitted", "draft"]}))
    assert sorted(row["status"] for row in rows) == ["draft", "submitted"]
    rows = jsonl(client.get("/api/v1/exports/annotations.jsonl", {"incident": claims.incident.pk}))
    assert [row["id"] for row in rows] == [claims.claim.pk]


def test_annotator_export_is_blind(client_for, second_annotator, claims):
    rows = jsonl(client_for(second_annotator).get("/api/v1/exports/annotations.jsonl", {"status": "all"}))
    assert [row["id"] for row in rows] == [claims.others_draft.pk]


@pytest.mark.parametrize(
    ("user", "path", "code"),
    [
        (None, "/api/v1/exports/annotations.jsonl", 403),
        ("outsider", "/api/v1/exports/annotations.jsonl", 403),
        ("annotator", "/api/v1/exports/incidents.jsonl", 403),
        ("reviewer", "/api/v1/exports/incidents.jsonl", 200),
        ("admin_user", "/api/v1/exports/incidents.csv", 200),
    ],
)
def test_who_may_export_what(request, client_for, claims, user, path, code):
    client = client_for(request.getfixturevalue(user) if user else None)
    assert client.get(path).status_code == code


@pytest.mark.parametrize(
    ("path", "params", "field"),
    [
        ("/api/v1/exports/labels.jsonl", {}, "shape"),
        ("/api/v1/exports/annotations.xlsx", {}, "format"),
        ("/api/v1/exports/annotations.jsonl", {"status": "done"}, "status"),
        ("/api/v1/exports/annotations.jsonl", {"train": "0.9"}, "split"),
        ("/api/v1/exports/annotations.jsonl", {"identities": "real"}, "identities"),
    ],
)
def test_bad_requests_get_json_errors_naming_the_field(client_for, reviewer, path, params, field):
    response = client_for(reviewer).get(path, params)
    assert response.status_code == 400
    body = response.json()
    assert field in body["errors"] and body["detail"]


def test_export_queries_do_not_grow_with_rows(client_for, reviewer, annotator, labels, django_assert_max_num_queries):
    many_approved(count=300, labels=labels, annotator=annotator, reviewer=reviewer)
    client = client_for(reviewer)
    # 1 session, 2 user, 3 the user's groups (role check), 4 the user's project memberships (only
    # their projects' annotations), 5 the split key (content hash) of every exported document, 6 the rows
    # with joins and subqueries; on PostgreSQL the rows are read in one transaction (a savepoint here, as the
    # test runs in a transaction: two statements more)
    from django.db import connection

    most = 6 if connection.vendor != "postgresql" else 8
    with django_assert_max_num_queries(most):
        assert len(body_of(client.get("/api/v1/exports/annotations.jsonl")).splitlines()) == 300
    with django_assert_max_num_queries(most):
        assert len(body_of(client.get("/api/v1/exports/sentences.jsonl")).splitlines()) == 300


@pytest.mark.django_db(transaction=True, serialized_rollback=True)  # as the other transactional tests before tests/web
def test_on_postgresql_the_export_streams_from_a_cursor_without_hold(client_for, reviewer, claims):
    """Outside a transaction Django declares its server-side cursor WITH HOLD, and PostgreSQL then computes
    the whole result before the first row; the export reads inside one, so its rows stream."""
    from django.db import connection
    from django.test.utils import CaptureQueriesContext

    if connection.vendor != "postgresql":
        pytest.skip("server-side cursors are PostgreSQL's")
    for path in ("/api/v1/exports/annotations.jsonl", "/api/v1/exports/annotations.csv"):
        with CaptureQueriesContext(connection) as queries:
            rows = body_of(client_for(reviewer).get(path)).splitlines()
        declared = [q["sql"] for q in queries.captured_queries if q["sql"].startswith("DECLARE")]
        assert declared and not [sql for sql in declared if "WITH HOLD" in sql], declared
        assert len(rows) >= 2
