"""Nothing of one project leaks to a member of only another: a permission matrix generated from the
URL configuration.

Every /api/v1/ route with a path parameter is requested with every method it answers, its ids filled
with objects of project A, by the manager of project B (who has every right in B) and by B's
annotator: the manager must get 404, the annotator 404 or 403 (a role check may come first; it
tells nothing about A). Every route without a parameter that answers GET is read by B's manager with
and without ``?project=<A>``, and must not mention anything of A. A new route with a parameter this
table cannot fill fails the test until it is added to ``ids_for`` or, with a reason, to ``EXEMPT``.
"""

from __future__ import annotations

import re

import pytest

from tests.api.projects_setup import ids_for, make_sides
from tests.routes import API, api_routes
from tests.sources.storage import original_attach

# Routes with a path parameter that are deliberately not checked for 404 here, and why.
EXEMPT = {
    # Labels are the shared vocabulary of every project (a project picks a subset); not project data.
    "labels/{pk}/",
    # Actors (publishers, armed parties, sources) are shared reference data across projects.
    "actors/{pk}/",
    # A token belongs to a user, not a project; tests/api/test_auth.py checks that one user cannot
    # list or revoke another's tokens.
    "auth/tokens/{key}/",
    # {shape}.{fmt} name an export format, not an object: the export of B's manager with ?project=A
    # is checked below (no rows of A), and in test_export_of_another_project_has_no_rows.
    "exports/{shape}.{fmt}",
}

# Markers that appear in project A's objects (titles, texts, names) and nowhere in project B's.
A_MARKERS = ("TownA", "Project A", "annotator_A", "reviewer_A", "manager_A")


@pytest.fixture
def sides(db, settings, tmp_path, sources_dir):
    settings.WORKBENCH_RELEASES_DIR = tmp_path / "releases"
    a, b = make_sides()
    for side in (a, b):
        # The document's original (a saved page), for documents/{pk}/source/.
        original_attach(side.document, name=f"Town{side.project.name[-1]}.html", data=side.document.text.encode())
    return a, b


def _param_routes():
    return [(route, methods) for route, methods in api_routes() if "{" in route]


def test_the_matrix_covers_every_route_with_a_parameter(sides):
    a, _ = sides
    unknown = []
    for route, _methods in _param_routes():
        if route in EXEMPT:
            continue
        ids = ids_for(route, a)
        names = re.findall(r"{(\w+)}", route)
        if ids is None or any(name not in ids for name in names):
            unknown.append(route)
    assert not unknown, f"Add these routes to ids_for() or, with a reason, to EXEMPT: {unknown}"
    assert len(_param_routes()) >= 25  # the generator found the routes (not an empty matrix)


def _fill(route: str, ids: dict[str, int]) -> str:
    return "/" + API + re.sub(r"{(\w+)}", lambda m: str(ids[m.group(1)]), route)


def _call(client, method: str, url: str):
    if method in ("post", "patch", "put"):
        return getattr(client, method)(url, {}, format="json")
    return getattr(client, method)(url)


def test_a_member_of_only_project_b_gets_404_for_everything_of_project_a(sides, client_for):
    a, b = sides
    manager, annotator = client_for(b.manager), client_for(b.annotator)
    wrong = []
    checked = 0
    for route, methods in _param_routes():
        if route in EXEMPT:
            continue
        url = _fill(route, ids_for(route, a))
        for method in methods:
            checked += 1
            status = _call(manager, method, url).status_code
            if status != 404:
                wrong.append(f"{method.upper()} {url} as B's manager: {status}")
            status = _call(annotator, method, url).status_code
            if status not in (403, 404):
                wrong.append(f"{method.upper()} {url} as B's annotator: {status}")
    assert not wrong, "\n".join(wrong)
    assert checked >= 30


def test_the_same_requests_reach_project_a_for_its_own_manager(sides, client_for):
    """The matrix is not vacuous: the ids are right, A's manager reads A's objects."""
    a, _ = sides
    client = client_for(a.manager)
    for route, methods in _param_routes():
        if route in EXEMPT or "get" not in methods or route.endswith("download/"):
            continue
        url = _fill(route, ids_for(route, a))
        assert client.get(url).status_code == 200, url


def test_no_list_mentions_project_a_to_a_member_of_only_b(sides, client_for):
    a, b = sides
    client = client_for(b.manager)
    leaks = []
    for route, methods in api_routes():
        if "{" in route or "get" not in methods or route in ("schema/", "docs/"):
            continue
        for query in ("", f"?project={a.project.pk}"):
            response = client.get("/" + API + route + query)
            if response.status_code >= 500:
                leaks.append(f"GET {route}{query}: {response.status_code}")
                continue
            text = b"".join(response.streaming_content) if response.streaming else response.content
            found = [marker for marker in A_MARKERS if marker.encode() in text]
            if found:
                leaks.append(f"GET {route}{query} mentions {found}")
    assert not leaks, "\n".join(leaks)


def test_export_of_another_project_has_no_rows(sides, client_for):
    a, b = sides
    for shape in ("annotations", "sentences", "incidents"):
        response = client_for(b.manager).get(f"/api/v1/exports/{shape}.jsonl?status=all&project={a.project.pk}")
        assert response.status_code == 200
        assert b"".join(response.streaming_content) == b""
    own = client_for(a.manager).get(f"/api/v1/exports/annotations.jsonl?status=all&project={a.project.pk}")
    assert b"TownA" in b"".join(own.streaming_content)


# --- writes that name project A's objects in the body ------------------------------------------------


def test_writes_naming_objects_of_project_a_find_nothing(sides, client_for):
    a, b = sides
    client = client_for(b.manager)
    sentence = a.document.sentences.order_by("index").first()

    response = client.post("/api/v1/annotations/", {"sentence": sentence.pk, "label": "casualty_claim"}, format="json")
    assert response.status_code == 400
    assert response.json()["errors"]["sentence"] == [f"No sentence {sentence.pk}."]

    response = client.post(
        "/api/v1/review/bulk/", {"decisions": [{"annotation": a.annotation.pk, "action": "approve"}]}, format="json"
    )
    assert response.json()["failed"] == [
        {"annotation": a.annotation.pk, "detail": f"No annotation {a.annotation.pk!r}."}
    ]

    response = client.post(
        "/api/v1/review/adjudicate/", {"sentence": sentence.pk, "approve": [a.annotation.pk]}, format="json"
    )
    assert response.status_code == 404

    response = client.post(f"/api/v1/incidents/{b.incident.pk}/links/", {"annotation": a.annotation.pk}, format="json")
    assert response.status_code == 404

    response = client.post(f"/api/v1/incidents/{b.incident.pk}/merge/", {"into": a.incident.pk}, format="json")
    assert response.status_code == 404

    response = client.post("/api/v1/review-queue/claim/", {"skip": a.annotation.pk}, format="json")
    assert response.status_code == 404

    response = client.post(f"/api/v1/projects/{b.project.pk}/documents/", {"documents": [a.document.pk]}, format="json")
    assert response.status_code == 400

    response = client.post(
        f"/api/v1/projects/{b.project.pk}/assignments/",
        {"document": a.document.pk, "annotator": b.annotator.pk},
        format="json",
    )
    assert response.status_code == 400

    response = client.post(
        "/api/v1/releases/",
        {"name": "r", "shape": "annotations", "format": "jsonl", "project": a.project.pk},
        format="json",
    )
    assert response.status_code == 400
    assert response.json()["errors"]["project"] == [f"No project {a.project.pk} that you review."]

    response = client.post("/api/v1/incidents/", {"title": "Mine", "project": a.project.pk}, format="json")
    assert response.status_code == 400
    assert response.json()["errors"]["project"] == [f"No project {a.project.pk} among yours."]


def test_review_queue_holds_only_the_projects_i_review(sides, client_for):
    a, b = sides
    queued = client_for(b.reviewer).get("/api/v1/review-queue/").json()["results"]
    assert [item["id"] for item in queued] == [b.annotation.pk]
    claimed = client_for(b.reviewer).post("/api/v1/review-queue/claim/", {}, format="json").json()
    assert claimed["id"] == b.annotation.pk


def test_a_reviewer_of_b_who_annotates_in_a_cannot_decide_in_a(sides, client_for):
    from annotations.projects.services import project_member_set

    a, b = sides
    project_member_set(project=a.project, user=b.reviewer, role="annotator", by=None)
    client = client_for(b.reviewer)
    assert client.get("/api/v1/review-queue/").json()["count"] == 1  # only B's item
    response = client.post(f"/api/v1/annotations/{a.annotation.pk}/approve/", {}, format="json")
    assert response.status_code == 404  # A's annotator's work is blind to an annotator of A


def test_incident_of_a_project_i_only_annotate_is_blind(sides, client_for):
    from annotations.projects.services import project_member_set

    a, b = sides
    project_member_set(project=a.project, user=b.reviewer, role="annotator", by=None)
    body = client_for(b.reviewer).get("/api/v1/incidents/").json()["results"]
    by_id = {incident["id"]: incident for incident in body}
    assert by_id[b.incident.pk]["summary"] is not None  # reviews B: the summary with everyone's claims
    assert "summary" not in by_id[a.incident.pk]  # annotates in A: the blind view
    assert by_id[a.incident.pk]["claims"] == []


def test_incident_matches_and_duplicates_stay_in_the_project(sides, client_for):
    from annotations.services.incidents import incident_create

    a, b = sides
    incident_create(by=a.reviewer, title="Second report of the TownA strike", place_name="TownA")
    assert client_for(b.manager).get("/api/v1/incidents/matches/", {"place": "TownA"}).json()["results"] == []
    found = client_for(a.manager).get("/api/v1/incidents/matches/", {"place": "TownA"}).json()["results"]
    assert a.incident.pk in {match["incident"]["id"] for match in found}
    assert client_for(b.manager).get("/api/v1/incidents/duplicates/").json()["results"] == []
    pairs = client_for(a.manager).get("/api/v1/incidents/duplicates/").json()["results"]
    assert [len(pair["incidents"]) for pair in pairs] == [2]
