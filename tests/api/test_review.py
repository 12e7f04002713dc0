"""The review endpoints over HTTP: queue, claim, decisions, bulk and adjudication."""

import datetime as dt

import pytest
from django.utils import timezone

from annotations.models import Actor, Annotation, Event, EventKind
from annotations.services.annotating import AnnotationDraft, annotation_create
from annotations.services.reviewing import annotation_approve, annotation_submit

pytestmark = pytest.mark.django_db


@pytest.fixture
def make_submitted(document, labels):
    sentences = list(document.sentences.order_by("index"))

    def make(user, index=1, label="casualty_claim", submit=True, **parts):
        annotation = annotation_create(
            annotator=user, draft=AnnotationDraft(sentence=sentences[index], label=labels[label], **parts)
        )
        return annotation_submit(annotation=annotation, by=user) if submit else annotation

    return make


def _approve(client, annotation, **body):
    return client.post(f"/api/v1/annotations/{annotation.pk}/approve/", body, format="json")


def _reject(client, annotation, **body):
    return client.post(f"/api/v1/annotations/{annotation.pk}/reject/", body, format="json")


# --- decisions -------------------------------------------------------------------------------------


def test_reviewer_approves_with_a_comment(client_for, reviewer, annotator, make_submitted):
    annotation = make_submitted(annotator)
    response = _approve(client_for(reviewer), annotation, comment="matches the source")
    assert response.status_code == 200, response.json()
    body = response.json()
    assert body["status"] == "approved" and body["id"] == annotation.pk
    assert body["review"]["reviewed_by_username"] == "rev" and body["review"]["comment"] == "matches the source"


def test_approving_twice_is_a_conflict_naming_the_current_state(client_for, reviewer, annotator, make_submitted):
    annotation = make_submitted(annotator)
    client = client_for(reviewer)
    _approve(client, annotation)
    response = _approve(client, annotation)
    assert response.status_code == 409
    assert "it is approved" in response.json()["detail"]
    assert response.json()["current"]["status"] == "approved"


def test_reject_without_a_reason_is_400(client_for, reviewer, annotator, make_submitted):
    annotation = make_submitted(annotator)
    response = _reject(client_for(reviewer), annotation)
    assert response.status_code == 400
    assert "reason" in response.json()["errors"]
    assert Annotation.objects.get(pk=annotation.pk).status == "submitted"


def test_reject_other_without_a_comment_is_400(client_for, reviewer, annotator, make_submitted):
    annotation = make_submitted(annotator)
    response = _reject(client_for(reviewer), annotation, reason="other")
    assert response.status_code == 400
    assert "comment" in response.json()["errors"]
    response = _reject(client_for(reviewer), annotation, reason="other", comment="duplicate of 12")
    assert response.status_code == 200 and response.json()["review"]["reason"] == "other"


@pytest.mark.parametrize("who", ["reviewer", "admin_user"])
def test_reviewing_ones_own_annotation_is_403_even_for_admins(client_for, make_submitted, request, who):
    user = request.getfixturevalue(who)
    annotation = make_submitted(user)
    response = _approve(client_for(user), annotation)
    assert response.status_code == 403
    assert "own annotation" in response.json()["detail"]


def test_annotators_cannot_approve(client_for, annotator, second_annotator, make_submitted):
    response = _approve(client_for(second_annotator), make_submitted(annotator))
    assert response.status_code == 403


def test_reopen_unfreezes_an_approved_annotation(client_for, reviewer, annotator, make_submitted):
    annotation = annotation_approve(annotation=make_submitted(annotator), reviewer=reviewer)
    owner = client_for(annotator)
    frozen = owner.patch(f"/api/v1/annotations/{annotation.pk}/", {"version": annotation.version, "note": "x"})
    assert frozen.status_code == 409
    response = client_for(reviewer).post(f"/api/v1/annotations/{annotation.pk}/reopen/", {"comment": "recheck"})
    assert response.status_code == 200 and response.json()["status"] == "draft"
    event = Event.objects.filter(annotation=annotation, kind=EventKind.TRANSITION).last()
    assert (event.from_status, event.to_status, event.comment) == ("approved", "draft", "recheck")


def test_unknown_annotation_is_404(client_for, reviewer):
    assert _approve(client_for(reviewer), Annotation(pk=424242)).status_code == 404


# --- the queue -------------------------------------------------------------------------------------


def test_queue_lists_submitted_items_oldest_first_with_filters(
    client_for, reviewer, annotator, second_annotator, make_submitted, django_assert_max_num_queries
):
    newer = make_submitted(annotator, 1)
    older = make_submitted(second_annotator, 2, "attribution", responsibility=None)
    make_submitted(annotator, 0, submit=False)
    Annotation.objects.filter(pk=older.pk).update(submitted_at=timezone.now() - dt.timedelta(hours=1))
    client = client_for(reviewer)
    client.get("/api/v1/review-queue/")  # warm the session and group caches
    # session, user, the user's project memberships, the page's rows, their incident links, the count
    with django_assert_max_num_queries(7):
        response = client.get("/api/v1/review-queue/")
    assert [item["id"] for item in response.json()["results"]] == [older.pk, newer.pk]
    assert [i["id"] for i in client.get("/api/v1/review-queue/?label=attribution").json()["results"]] == [older.pk]
    assert [i["id"] for i in client.get(f"/api/v1/review-queue/?annotator={annotator.pk}").json()["results"]] == [
        newer.pk
    ]


def test_queue_is_for_reviewers_only(client_for, annotator):
    assert client_for(annotator).get("/api/v1/review-queue/").status_code == 403
    assert client_for().get("/api/v1/review-queue/").status_code == 403


def test_claim_hands_out_the_item_with_its_context_and_holds_it(
    client_for, reviewer, second_reviewer, annotator, second_annotator, make_submitted, document
):
    document.publisher = Actor.objects.create(name="Syrian Opposition Coalition", kind="political_body")
    document.save(update_fields=["publisher"])
    item = make_submitted(annotator, 1)
    other = make_submitted(second_annotator, 1, "attribution", submit=False)
    response = client_for(reviewer).post("/api/v1/review-queue/claim/")
    assert response.status_code == 200
    body = response.json()
    assert body["id"] == item.pk and body["held_by"] == "rev" and body["held_until"]
    context = body["context"]
    sentences = list(document.sentences.order_by("index"))
    assert context["sentence"]["text"] == sentences[1].text_in(document.text)
    assert context["previous"]["text"] == sentences[0].text_in(document.text)
    assert context["next"]["index"] == 2
    assert context["document"]["publisher"]["name"] == "Syrian Opposition Coalition"
    assert [o["id"] for o in context["others"]] == [other.pk]
    assert client_for(second_reviewer).post("/api/v1/review-queue/claim/").status_code == 204
    held = _approve(client_for(second_reviewer), item)
    assert held.status_code == 409 and "held by reviewer rev" in held.json()["detail"]


def test_claim_skip_moves_on(client_for, reviewer, annotator, make_submitted):
    first, second = make_submitted(annotator, 1), make_submitted(annotator, 2)
    client = client_for(reviewer)
    assert client.post("/api/v1/review-queue/claim/").json()["id"] == first.pk
    assert client.post("/api/v1/review-queue/claim/", {"skip": first.pk}).json()["id"] == second.pk


def test_skipping_through_five_items_shows_each_once_then_204(client_for, reviewer, annotator, document, labels):
    sentences = list(document.sentences.order_by("index"))
    items = []
    for sentence, label in zip(sentences + sentences, ["rhetoric"] * 4 + ["call_to_action"], strict=False):
        annotation = annotation_create(
            annotator=annotator, draft=AnnotationDraft(sentence=sentence, label=labels[label])
        )
        items.append(annotation_submit(annotation=annotation, by=annotator))
    client = client_for(reviewer)
    claim = "/api/v1/review-queue/claim/"
    response = client.post(claim, {"seen": []}, format="json")
    seen, progress = [], []
    while response.status_code == 200 and len(seen) < 10:
        body = response.json()
        seen.append(body["id"])
        progress.append((body["position"], body["total"], body["remaining"]))
        response = client.post(claim, {"skip": body["id"], "seen": seen}, format="json")
    assert response.status_code == 204
    assert seen == [a.pk for a in items]
    assert progress == [(1, 5, 4), (2, 5, 3), (3, 5, 2), (4, 5, 1), (5, 5, 0)]
    again = client.post(claim, {"seen": []}, format="json")  # "start a new pass"
    assert again.status_code == 200 and again.json()["id"] == items[0].pk


def test_claim_with_a_malformed_seen_is_400(client_for, reviewer):
    response = client_for(reviewer).post("/api/v1/review-queue/claim/", {"seen": ["x"]}, format="json")
    assert response.status_code == 400 and "seen" in str(response.json())


def test_adjudicate_decides_annotations_that_were_already_approved_and_rejected(
    client_for, reviewer, second_reviewer, annotator, second_annotator, make_submitted
):
    approved, rejected = make_submitted(annotator, 1), make_submitted(second_annotator, 1, "rhetoric")
    client_for(reviewer).post(f"/api/v1/annotations/{approved.pk}/approve/", {}, format="json")
    _reject(client_for(reviewer), rejected, reason="wrong_label")
    response = client_for(second_reviewer).post(
        "/api/v1/review/adjudicate/",
        {"sentence": approved.sentence_id, "approve": [rejected.pk], "reject": [approved.pk], "reason": "wrong_label"},
        format="json",
    )
    assert response.status_code == 200, response.json()
    assert [(a["id"], a["status"]) for a in response.json()["decided"]] == [
        (rejected.pk, "approved"),
        (approved.pk, "rejected"),
    ]
    reopened = Event.objects.filter(annotation=approved, kind=EventKind.TRANSITION, to_status="submitted").last()
    assert reopened.from_status == "approved" and reopened.actor == second_reviewer


def test_claim_of_an_empty_queue_is_204(client_for, reviewer):
    assert client_for(reviewer).post("/api/v1/review-queue/claim/").status_code == 204


# --- bulk and adjudication ---------------------------------------------------------------------------


def test_bulk_reports_failed_items_and_decides_the_rest(client_for, reviewer, annotator, make_submitted):
    good, draft, own = (
        make_submitted(annotator, 1),
        make_submitted(annotator, 2, submit=False),
        make_submitted(reviewer),
    )
    response = client_for(reviewer).post(
        "/api/v1/review/bulk/",
        {
            "decisions": [
                {"annotation": good.pk, "action": "approve"},
                {"annotation": draft.pk, "action": "reject", "reason": "wrong_span"},
                {"annotation": own.pk, "action": "approve"},
            ]
        },
        format="json",
    )
    assert response.status_code == 200
    body = response.json()
    assert [a["id"] for a in body["decided"]] == [good.pk]
    assert body["decided"][0]["status"] == "approved"
    assert [f["annotation"] for f in body["failed"]] == [draft.pk, own.pk]
    assert "it is draft" in body["failed"][0]["detail"]
    assert "own annotation" in body["failed"][1]["detail"]
    assert Annotation.objects.get(pk=own.pk).status == "submitted"


def test_bulk_with_a_malformed_body_is_400(client_for, reviewer):
    response = client_for(reviewer).post("/api/v1/review/bulk/", {"decisions": []}, format="json")
    assert response.status_code == 400


def test_adjudicate_approves_one_and_rejects_the_other(
    client_for, reviewer, annotator, second_annotator, make_submitted
):
    kept, dropped = (
        make_submitted(annotator, 1),
        make_submitted(second_annotator, 1, "attribution", responsibility=None),
    )
    response = client_for(reviewer).post(
        "/api/v1/review/adjudicate/",
        {"sentence": kept.sentence_id, "approve": [kept.pk], "reject": [dropped.pk], "reason": "wrong_label"},
        format="json",
    )
    assert response.status_code == 200
    assert [(a["id"], a["status"]) for a in response.json()["decided"]] == [
        (kept.pk, "approved"),
        (dropped.pk, "rejected"),
    ]


def test_adjudicate_without_a_reason_changes_nothing(client_for, reviewer, annotator, second_annotator, make_submitted):
    kept, dropped = make_submitted(annotator, 1), make_submitted(second_annotator, 1)
    response = client_for(reviewer).post(
        "/api/v1/review/adjudicate/",
        {"sentence": kept.sentence_id, "approve": [kept.pk], "reject": [dropped.pk]},
        format="json",
    )
    assert response.status_code == 400
    assert set(Annotation.objects.values_list("status", flat=True)) == {"submitted"}
