"""The admin's review queue, used as a reviewer would: real requests through the Django test client."""

import datetime as dt

import pytest
from django.contrib.auth.models import User
from django.utils import timezone

from annotations.models import Actor, Annotation, Event, EventKind
from annotations.services.annotating import AnnotationDraft, annotation_create
from annotations.services.reviewing import annotation_submit
from annotations.services.seed import demo_accounts_create, reviewer_admin_permissions

pytestmark = pytest.mark.django_db

QUEUE = "/admin/annotations/reviewqueueitem/"


@pytest.fixture
def staff_reviewer(reviewer):
    reviewer.is_staff = True
    reviewer.save()
    reviewer.user_permissions.add(*reviewer_admin_permissions())
    return reviewer


@pytest.fixture
def make_submitted(document, labels):
    sentences = list(document.sentences.order_by("index"))

    def make(user, index=1, label="casualty_claim", submit=True):
        annotation = annotation_create(
            annotator=user, draft=AnnotationDraft(sentence=sentences[index], label=labels[label])
        )
        return annotation_submit(annotation=annotation, by=user) if submit else annotation

    return make


def _ids(response) -> list[int]:
    return [item.pk for item in response.context["cl"].result_list]


def test_queue_lists_submitted_items_oldest_first_in_context(
    client, staff_reviewer, annotator, second_annotator, make_submitted, document, django_assert_max_num_queries
):
    document.publisher = Actor.objects.create(name="Syrian Opposition Coalition", kind="political_body")
    document.save(update_fields=["publisher"])
    newer = make_submitted(annotator, 1)
    older = make_submitted(second_annotator, 2, "attribution")
    make_submitted(second_annotator, 1, "casualty_claim", submit=False)  # a draft: not in the queue
    Annotation.objects.filter(pk=older.pk).update(submitted_at=timezone.now() - dt.timedelta(hours=2))
    client.force_login(staff_reviewer)
    client.get(QUEUE)
    with django_assert_max_num_queries(16):  # a constant: session, user, perms, filters, rows, prefetch, counts
        response = client.get(QUEUE)
    assert response.status_code == 200
    assert _ids(response) == [older.pk, newer.pk]
    page = response.content.decode()
    sentences = list(document.sentences.order_by("index"))
    for sentence in sentences[:3]:  # sentence 1 with sentence 0 before it and 2 after it
        assert sentence.text_in(document.text) in page
    assert "Darat Izza market strike" in page and "Syrian Opposition Coalition" in page
    assert "ann2: casualty_claim (draft)" in page  # what the other annotator said about sentence 1


def test_queue_filters_by_label_document_publisher_and_annotator(
    client, staff_reviewer, annotator, second_annotator, make_submitted, document
):
    first = make_submitted(annotator, 1)
    second = make_submitted(second_annotator, 2, "attribution")
    client.force_login(staff_reviewer)
    label_id = second.label_id
    assert _ids(client.get(f"{QUEUE}?label__id__exact={label_id}")) == [second.pk]
    assert _ids(client.get(f"{QUEUE}?annotator__id__exact={annotator.pk}")) == [first.pk]
    assert _ids(client.get(f"{QUEUE}?sentence__document__id__exact={document.pk}")) == [first.pk, second.pk]
    document.publisher = Actor.objects.create(name="SNHR", kind="monitor")
    document.save(update_fields=["publisher"])
    filtered = client.get(f"{QUEUE}?sentence__document__publisher__id__exact={document.publisher_id}")
    assert _ids(filtered) == [first.pk, second.pk]


def test_item_page_shows_the_context_read_only(client, staff_reviewer, annotator, make_submitted, document):
    item = make_submitted(annotator, 1)
    client.force_login(staff_reviewer)
    response = client.get(f"{QUEUE}{item.pk}/change/")
    assert response.status_code == 200
    assert document.sentences.get(index=0).text_in(document.text) in response.content.decode()
    before = Annotation.objects.get(pk=item.pk).version
    client.post(f"{QUEUE}{item.pk}/change/", {"note": "changed in the admin"})
    assert Annotation.objects.get(pk=item.pk).version == before


def test_approve_action_goes_through_the_service_and_refuses_own_items(
    client, staff_reviewer, annotator, make_submitted
):
    item = make_submitted(annotator, 1)
    own = make_submitted(staff_reviewer, 2)
    client.force_login(staff_reviewer)
    response = client.post(QUEUE, {"action": "approve_selected", "_selected_action": [item.pk, own.pk]}, follow=True)
    assert response.status_code == 200
    assert Annotation.objects.get(pk=item.pk).status == "approved"
    assert Annotation.objects.get(pk=own.pk).status == "submitted"
    shown = [str(m) for m in response.context["messages"]]
    assert any(f"Approved 1 item(s): {item.pk}" in m for m in shown)
    assert any(f"Item {own.pk} not approved" in m and "own annotation" in m for m in shown)
    event = Event.objects.filter(annotation=item, kind=EventKind.TRANSITION).last()
    assert (event.to_status, event.actor) == ("approved", staff_reviewer)
    assert _ids(response) == [own.pk]


def test_reject_action_asks_for_a_reason_then_rejects(client, staff_reviewer, annotator, make_submitted, document):
    item = make_submitted(annotator, 1)
    client.force_login(staff_reviewer)
    chosen = {"action": "reject_selected", "_selected_action": [item.pk]}
    form_page = client.post(QUEUE, chosen)
    assert form_page.status_code == 200
    assert b'name="reason"' in form_page.content
    assert document.sentences.get(index=1).text_in(document.text) in form_page.content.decode()
    assert Annotation.objects.get(pk=item.pk).status == "submitted"

    refused = client.post(QUEUE, {**chosen, "apply": "1", "reason": "other", "comment": ""})
    assert refused.status_code == 200 and b"needs a comment" in refused.content
    assert Annotation.objects.get(pk=item.pk).status == "submitted"

    done = client.post(QUEUE, {**chosen, "apply": "1", "reason": "wrong_span", "comment": "only the toll"}, follow=True)
    rejected = Annotation.objects.get(pk=item.pk)
    assert (rejected.status, rejected.review_reason, rejected.review_comment) == (
        "rejected",
        "wrong_span",
        "only the toll",
    )
    assert any("Rejected 1 item(s)" in str(m) for m in done.context["messages"])


def test_reviewers_without_staff_status_cannot_open_the_admin(client, reviewer):
    client.force_login(reviewer)
    response = client.get(QUEUE)
    assert response.status_code == 302 and "/admin/login/" in response["Location"]


def test_demo_reviewer_can_work_the_queue_from_the_admin(client, settings, annotator, make_submitted):
    settings.DEBUG = True
    demo_accounts_create()
    demo_reviewer = User.objects.get(username="reviewer")
    assert demo_reviewer.is_staff and not demo_reviewer.is_superuser
    item = make_submitted(annotator, 1)
    client.force_login(demo_reviewer)
    assert client.get("/admin/").status_code == 200
    assert _ids(client.get(QUEUE)) == [item.pk]
    client.post(QUEUE, {"action": "approve_selected", "_selected_action": [item.pk]})
    assert Annotation.objects.get(pk=item.pk).status == "approved"
    # read-only elsewhere: the permissions give view, not change, on annotations
    assert client.get(f"/admin/annotations/annotation/{item.pk}/change/").status_code == 200
    client.post(f"/admin/annotations/annotation/{item.pk}/change/", {"note": "edited"})
    assert Annotation.objects.get(pk=item.pk).note == ""
