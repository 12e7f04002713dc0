"""The role permission matrix: every API endpoint and every page, with every method it answers, for
each kind of person, and the status each must get. Generated from the URL configuration
(tests/routes.py): a new endpoint or page without a row in ``EXPECTED`` fails
``test_every_endpoint_and_page_has_a_row`` until someone decides who may use it.

The people: anonymous, two annotators (``ann`` owns the annotations; ``ann2`` is in the same project
but blind to them), a reviewer, an admin (staff), an inactive account (signed in before it was
switched off) and a signed-in user with no role and no project. All work is in the default project.

Write requests send an empty JSON body: a 400 says the person got past the permission checks and
only the input was refused. Each request runs in a transaction that is rolled back, so one
person's DELETE or approval does not change what the next one sees. Tests across projects are in
tests/api/test_project_permissions.py.
"""

from __future__ import annotations

import copy

import pytest
from django.contrib.auth.models import Group, User
from django.db import transaction
from django.test import Client

from annotations.accounts.services import token_issue
from annotations.import_jobs import ImportJob
from annotations.models import Actor, DatasetRelease, Label
from annotations.projects.services import assignment_add, default_project, project_member_set
from annotations.services.incidents import incident_create, incident_link
from annotations.services.reviewing import annotation_submit
from annotations.services.suggesting import training_wait
from tests.api.conftest import label_sentences
from tests.api.projects_setup import Side, ids_for
from tests.routes import API, api_routes, fill, page_routes, placeholders

ROLES = ("anonymous", "annotator", "second_annotator", "reviewer", "admin", "inactive", "no_role")

# Pages are function views that do not declare their methods: GET, unless listed here.
PAGE_METHODS = {
    "accounts/login/": ["get", "post"],
    "accounts/logout/": ["post"],
    "documents/{document_id}/finish/": ["delete", "get", "post"],
    "projects/": ["get", "post"],
    "projects/{project_id}/": ["get", "post"],
}

# "METHOD route": the status each person gets, in the order of ROLES. Anonymous API requests get 403
# (session authentication answers first), pages send them to sign in (302). 400/409: past the
# permission checks, the empty body or the object's state refused. Columns: anonymous, annotator,
# second annotator, reviewer, admin, inactive, no role.
# fmt: off
#                                                                    ano ann an2 rev adm ina nor
EXPECTED: dict[str, str] = {
    "DELETE api/v1/annotations/{pk}/":                              "403 409 404 403 403 403 403",
    "DELETE api/v1/auth/token/":                                    "403 204 204 204 204 403 204",
    "DELETE api/v1/auth/tokens/{key}/":                             "403 204 404 404 404 403 404",
    "DELETE api/v1/incidents/{pk}/links/{annotation_id}/":          "403 409 404 204 204 403 403",
    "DELETE api/v1/projects/{pk}/assignments/{assignment_id}/":     "403 403 403 403 204 403 404",
    "DELETE api/v1/projects/{pk}/documents/{document_id}/finish/":  "403 409 409 409 409 403 404",
    "DELETE api/v1/projects/{pk}/members/{user_id}/":               "403 403 403 403 204 403 404",
    "DELETE api/v1/projects/{pk}/labels/{key}/":                    "403 403 403 403 204 403 404",
    "GET api/v1/projects/{pk}/labels/":                             "403 200 200 200 200 403 404",
    "POST api/v1/projects/{pk}/labels/":                            "403 403 403 403 400 403 404",
    "PATCH api/v1/actors/{pk}/":                                    "403 403 403 400 400 403 403",
    "DELETE documents/{document_id}/finish/":                       "302 409 409 409 409 302 403",
    "GET ":                                                         "302 200 200 200 200 302 200",
    "GET accounts/login/":                                          "200 200 200 200 200 200 200",
    "GET agreement/":                                               "302 403 403 200 200 302 403",
    "GET api/v1/actors/":                                           "403 200 200 200 200 403 200",
    "GET api/v1/actors/{pk}/":                                      "403 200 200 200 200 403 200",
    "GET api/v1/agreement/":                                        "403 403 403 200 200 403 403",
    "GET api/v1/annotations/":                                      "403 200 200 200 200 403 200",
    "GET api/v1/annotations/{pk}/":                                 "403 200 404 200 200 403 404",
    "GET api/v1/annotations/{pk}/messages/":                        "403 200 404 200 200 403 404",
    "GET api/v1/auth/tokens/":                                      "403 200 200 200 200 403 200",
    "GET api/v1/docs/":                                             "403 200 200 200 200 403 200",
    "GET api/v1/documents/":                                        "403 200 200 200 200 403 200",
    "GET api/v1/documents/{pk}/":                                   "403 200 200 200 200 403 404",
    "GET api/v1/documents/{pk}/source/":                            "403 404 404 404 404 403 404",
    "GET api/v1/documents/{pk}/suggestions/":                       "403 200 200 200 200 403 403",
    "GET api/v1/exports/{shape}.{fmt}":                             "403 200 200 200 200 403 403",
    "GET api/v1/import-jobs/":                                      "403 403 403 200 200 403 403",
    "GET api/v1/import-jobs/{pk}/":                                 "403 403 403 200 200 403 403",
    "GET api/v1/incidents/":                                        "403 200 200 200 200 403 403",
    "GET api/v1/incidents/duplicates/":                             "403 403 403 200 200 403 403",
    "GET api/v1/incidents/matches/":                                "403 400 400 400 400 403 403",
    "GET api/v1/incidents/{pk}/":                                   "403 200 200 200 200 403 403",
    "GET api/v1/labels/":                                           "403 200 200 200 200 403 200",
    "GET api/v1/labels/{pk}/":                                      "403 200 200 200 200 403 404",
    "GET api/v1/me/":                                               "403 200 200 200 200 403 200",
    "GET api/v1/projects/":                                         "403 200 200 200 200 403 200",
    "GET api/v1/projects/{pk}/":                                    "403 200 200 200 200 403 404",
    "GET api/v1/projects/{pk}/assignments/":                        "403 200 200 200 200 403 404",
    "GET api/v1/projects/{pk}/dashboard/":                          "403 403 403 200 200 403 404",
    "GET api/v1/projects/{pk}/documents/":                          "403 200 200 200 200 403 404",
    "GET api/v1/projects/{pk}/guidelines/":                         "403 200 200 200 200 403 404",
    "GET api/v1/projects/{pk}/members/":                            "403 200 200 200 200 403 404",
    "GET api/v1/releases/":                                         "403 403 403 200 200 403 403",
    "GET api/v1/releases/{pk}/":                                    "403 403 403 200 200 403 403",
    "GET api/v1/releases/{pk}/download/":                           "403 403 403 404 404 403 403",
    "GET api/v1/review-queue/":                                     "403 403 403 200 200 403 403",
    "GET api/v1/schema/":                                           "403 200 200 200 200 403 200",
    "GET api/v1/sentences/":                                        "403 200 200 200 200 403 200",
    "GET api/v1/sentences/{pk}/":                                   "403 200 200 200 200 403 404",
    "GET api/v1/suggestions/model/":                                "403 403 403 200 200 403 403",
    "GET documents/":                                               "302 200 200 200 200 302 403",
    "GET documents/import/":                                        "302 403 403 200 200 302 403",
    "GET documents/next-assigned/":                                 "302 302 302 302 302 302 403",
    "GET documents/{document_id}/annotate/":                        "302 200 200 200 200 302 403",
    "GET documents/{document_id}/finish/":                          "302 405 405 405 405 302 403",
    "GET exports/":                                                 "302 200 200 200 200 302 403",
    "GET incidents/":                                               "302 200 200 200 200 302 200",
    "GET incidents/{incident_id}/":                                 "302 200 200 200 200 302 404",
    "GET incidents/duplicates/":                                    "302 403 403 200 200 302 403",
    "GET exports/preview/":                                         "302 200 200 200 200 302 403",
    "GET projects/":                                                "302 200 200 200 200 302 200",
    "GET projects/{project_id}/":                                   "302 200 200 200 200 302 404",
    "GET projects/{project_id}/dashboard/":                         "302 403 403 200 200 302 404",
    "GET review/":                                                  "302 403 403 200 200 302 403",
    "GET review/adjudicate/{sentence_id}/":                         "302 403 403 200 200 302 403",
    "PATCH api/v1/annotations/{pk}/":                               "403 400 404 400 400 403 403",
    "PATCH api/v1/incidents/{pk}/":                                 "403 400 400 400 400 403 403",
    "PATCH api/v1/projects/{pk}/":                                  "403 403 403 403 200 403 404",
    "POST accounts/login/":                                         "200 200 200 200 200 200 200",
    "POST accounts/logout/":                                        "302 302 302 302 302 302 302",
    "POST api/v1/actors/":                                          "403 403 403 400 400 403 403",
    "POST api/v1/annotations/":                                     "403 400 400 400 400 403 403",
    "POST api/v1/annotations/{pk}/approve/":                        "403 403 403 200 200 403 403",
    "POST api/v1/annotations/{pk}/messages/":                       "403 400 404 400 400 403 404",
    "POST api/v1/annotations/{pk}/messages/read/":                  "403 200 404 200 200 403 404",
    "POST api/v1/annotations/{pk}/reject/":                         "403 403 403 400 400 403 403",
    "POST api/v1/annotations/{pk}/reopen/":                         "403 403 403 409 409 403 403",
    "POST api/v1/annotations/{pk}/submit/":                         "403 409 404 409 409 403 403",
    "POST api/v1/auth/token/":                                      "400 400 400 400 400 400 400",
    "POST api/v1/documents/":                                       "403 403 403 400 400 403 403",
    "POST api/v1/documents/upload/":                                "403 403 403 415 415 403 403",
    "POST api/v1/documents/{pk}/annotations/bulk/":                 "403 400 400 400 400 403 403",
    "POST api/v1/documents/{pk}/submit/":                           "403 200 200 200 200 403 403",
    "POST api/v1/incidents/":                                       "403 400 400 400 400 403 403",
    "POST api/v1/incidents/{pk}/grade/":                            "403 400 400 400 400 403 403",
    "POST api/v1/incidents/{pk}/links/":                            "403 400 400 400 400 403 403",
    "POST api/v1/incidents/{pk}/merge/":                            "403 400 400 400 400 403 403",
    "POST api/v1/projects/":                                        "403 403 403 400 400 403 403",
    "POST api/v1/projects/{pk}/assignments/":                       "403 403 403 403 400 403 404",
    "POST api/v1/projects/{pk}/documents/":                         "403 403 403 403 400 403 404",
    "POST api/v1/projects/{pk}/documents/{document_id}/finish/":    "403 201 201 201 201 403 404",
    "POST api/v1/projects/{pk}/guidelines/":                        "403 403 403 403 400 403 404",
    "POST api/v1/projects/{pk}/members/":                           "403 403 403 403 400 403 404",
    "POST api/v1/releases/":                                        "403 403 403 400 400 403 403",
    "POST api/v1/review-queue/claim/":                              "403 403 403 200 200 403 403",
    "POST api/v1/review/adjudicate/":                               "403 403 403 400 400 403 403",
    "POST api/v1/review/bulk/":                                     "403 403 403 400 400 403 403",
    "POST api/v1/suggestions/":                                     "403 400 400 400 400 403 403",
    "POST api/v1/suggestions/model/train/":                         "403 403 403 202 202 403 403",
    "POST documents/{document_id}/finish/":                         "302 200 200 200 200 302 403",
    "POST projects/":                                               "302 403 403 200 200 302 403",
    "POST projects/{project_id}/":                                  "302 403 403 403 400 302 404",
}
# fmt: on


@pytest.fixture
def world(db, settings, tmp_path, annotator, second_annotator, reviewer, admin_user, outsider):
    """The default project with a document, ``ann``'s annotations (one submitted, linked to an incident),
    an assignment, a release, an import job and a token of ``ann``'s; and the seven people's clients."""
    from annotations.services.documents import document_create

    settings.WORKBENCH_RELEASES_DIR = tmp_path / "releases"
    settings.WORKBENCH_MODELS_DIR = tmp_path / "models"
    settings.PASSWORD_HASHERS = ["django.contrib.auth.hashers.MD5PasswordHasher"]
    project = default_project()
    document, _ = document_create(
        text="Airstrikes hit the market in Atarib on Monday.\nThirteen people were killed, the monitor said.",
        title="Atarib market strike",
    )
    annotations = label_sentences(annotator=annotator, document=document, label=Label.objects.get(key="casualty_claim"))
    incident = incident_create(by=reviewer, title="Atarib market strike", place_name="Atarib")
    incident_link(incident=incident, annotation=annotations[0], by=annotator)
    annotation_submit(annotation=annotations[0], by=annotator)
    assignment = assignment_add(project=project, document=document, user=annotator, by=admin_user)
    side = Side(project, admin_user, reviewer, annotator, document, annotations, incident, assignment)
    side.release = DatasetRelease.objects.create(
        name="release 1", shape="annotations", format="jsonl", row_count=0, byte_count=0, sha256="0" * 64,
        file_path="missing.jsonl", created_by=reviewer, project=project,
    )  # fmt: skip
    side.import_job = ImportJob.objects.create(file_name="reports.jsonl", total=1, created_by=reviewer, project=project)
    token, _ = token_issue(user=annotator)
    inactive = User.objects.create_user(username="gone", password="gone-password")
    inactive.groups.add(Group.objects.get(name="annotator"))
    project_member_set(project=project, user=inactive, role="annotator", by=None)
    people = {"annotator": annotator, "second_annotator": second_annotator, "reviewer": reviewer,
              "admin": admin_user, "inactive": inactive, "no_role": outsider}  # fmt: skip
    clients = {"anonymous": Client()}
    for role, user in people.items():
        clients[role] = Client()
        clients[role].force_login(user)
    inactive.is_active = False  # switched off after signing in: the session must stop working
    inactive.save(update_fields=["is_active"])
    extra = {"key": token.token_key, "shape": "annotations", "fmt": "csv", "sentence_id": annotations[0].sentence_id,
             "incident_id": incident.pk, "project_id": project.pk}  # fmt: skip
    return side, clients, extra


def every_request() -> list[tuple[str, str]]:
    """(METHOD, route) of every API endpoint (under api/v1/) and page, from the URL configuration."""
    requests = [(method.upper(), API + route) for route, methods in api_routes() for method in methods]
    requests += [(method.upper(), route) for route in page_routes() for method in PAGE_METHODS.get(route, ["get"])]
    return sorted(requests)


def _ids(route: str, side: Side, extra: dict) -> dict:
    ids = dict(extra)
    if route.startswith(API):
        rest = route[len(API) :]
        first = rest.split("/", 1)[0]
        if first == "labels":
            ids["pk"] = Label.objects.get(key="casualty_claim").pk
        elif first == "actors":
            ids["pk"] = Actor.objects.get_or_create(name="Syrian Civil Defense")[0].pk
        else:
            ids |= ids_for(rest, side) or {}
    else:
        ids |= {"document_id": side.document.pk}
    return ids


def _status(client: Client, method: str, url: str) -> int:
    """The answer's status, with everything the request changed rolled back (the session cookie too:
    signing out must not sign the next request out)."""
    cookies = copy.deepcopy(client.cookies)
    with transaction.atomic():
        if method in ("POST", "PATCH", "PUT", "DELETE"):
            response = getattr(client, method.lower())(url, "{}", content_type="application/json")
        else:
            response = getattr(client, method.lower())(url)
        if response.streaming:
            b"".join(response.streaming_content)
        transaction.set_rollback(True)
    training_wait(timeout=120)  # a training the request started holds a lock until its thread ends
    client.cookies = cookies
    return response.status_code


def observed(world) -> dict[str, str]:
    side, clients, extra = world
    table = {}
    for method, route in every_request():
        ids = _ids(route, side, extra)
        missing = [name for name in placeholders(route) if name not in ids]
        assert not missing, f"{route}: no id for {missing}; add it to _ids() or ids_for()"
        url = fill(route, ids)
        table[f"{method} {route}"] = " ".join(str(_status(clients[role], method, url)) for role in ROLES)
    return table


def test_every_endpoint_and_page_has_a_row():
    generated = {f"{method} {route}" for method, route in every_request()}
    missing = sorted(generated - set(EXPECTED))
    assert not missing, "Decide who may use these and add their rows to EXPECTED:\n" + "\n".join(missing)
    stale = sorted(set(EXPECTED) - generated)
    assert not stale, "These rows name no endpoint or page any more:\n" + "\n".join(stale)
    assert len(generated) >= 90  # the walk found the API and the pages (not an empty matrix)


def test_each_person_gets_the_expected_status_everywhere(world):
    wrong = []
    for request, statuses in observed(world).items():
        expected = EXPECTED.get(request, "").split()
        for role, got, want in zip(ROLES, statuses.split(), expected, strict=False):
            if got != want:
                wrong.append(f"{request} as {role}: {got}, expected {want}")
    assert not wrong, "\n".join(wrong)


def test_an_inactive_account_gets_what_anonymous_gets_and_nothing_answers_5xx():
    for request, statuses in EXPECTED.items():
        row = dict(zip(ROLES, statuses.split(), strict=True))
        assert row["inactive"] == row["anonymous"], request
        assert not any(status.startswith("5") for status in row.values()), request
