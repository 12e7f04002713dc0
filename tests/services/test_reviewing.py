"""The review state machine, the queue with its holds, bulk decisions and adjudication."""

import datetime as dt

import pytest
from django.core.exceptions import PermissionDenied, ValidationError
from django.utils import timezone

from annotations.errors import Conflict, IllegalTransition
from annotations.models import Annotation, Event, EventKind
from annotations.services.annotating import AnnotationDraft, annotation_create, annotation_update
from annotations.services.reviewing import (
    annotation_approve,
    annotation_reject,
    annotation_reopen,
    annotation_submit,
    review_bulk_decide,
    review_queue,
    review_queue_claim,
    review_queue_progress,
    sentence_adjudicate,
)

pytestmark = pytest.mark.django_db


@pytest.fixture
def make_submitted(document, labels):
    sentences = list(document.sentences.order_by("index"))

    def make(user, index=0, label="casualty_claim", submit=True):
        annotation = annotation_create(
            annotator=user, draft=AnnotationDraft(sentence=sentences[index], label=labels[label])
        )
        return annotation_submit(annotation=annotation, by=user) if submit else annotation

    return make


def _transitions(annotation):
    return list(
        Event.objects.filter(annotation=annotation, kind=EventKind.TRANSITION).values_list(
            "from_status", "to_status", "reason", "comment"
        )
    )


# --- the state machine ---------------------------------------------------------------------------


def test_approving_a_draft_is_an_illegal_transition_naming_the_state(make_submitted, annotator, reviewer):
    draft = make_submitted(annotator, submit=False)
    with pytest.raises(IllegalTransition, match="it is draft") as caught:
        annotation_approve(annotation=draft, reviewer=reviewer)
    assert caught.value.current["status"] == "draft"
    assert Annotation.objects.get(pk=draft.pk).status == "draft"


def test_every_transition_is_recorded_with_who_from_to_reason_and_comment(make_submitted, annotator, reviewer):
    annotation = make_submitted(annotator)
    annotation_reject(annotation=annotation, reviewer=reviewer, reason="wrong_span", comment="too long")
    annotation = annotation_update(annotation=annotation, by=annotator, version=3, span_start=None, note="fixed")
    annotation = annotation_submit(annotation=annotation, by=annotator)
    annotation = annotation_approve(annotation=annotation, reviewer=reviewer, comment="ok")
    annotation_reopen(annotation=annotation, reviewer=reviewer, comment="figures changed upstream")
    assert _transitions(annotation) == [
        ("draft", "submitted", "", ""),
        ("submitted", "rejected", "wrong_span", "too long"),
        ("rejected", "submitted", "", ""),
        ("submitted", "approved", "", "ok"),
        ("approved", "draft", "", "figures changed upstream"),
    ]
    edit = Event.objects.get(annotation=annotation, kind=EventKind.EDITED)
    assert edit.before["note"] == "" and edit.after["note"] == "fixed"
    assert set(Event.objects.filter(annotation=annotation).values_list("actor__username", flat=True)) == {"ann", "rev"}


def test_reject_needs_a_known_reason(make_submitted, annotator, reviewer):
    annotation = make_submitted(annotator)
    with pytest.raises(ValidationError, match="Give a reason code"):
        annotation_reject(annotation=annotation, reviewer=reviewer, reason="")
    with pytest.raises(ValidationError, match="Give a reason code"):
        annotation_reject(annotation=annotation, reviewer=reviewer, reason="boring")
    assert Annotation.objects.get(pk=annotation.pk).status == "submitted"


def test_reject_for_other_reasons_needs_a_comment(make_submitted, annotator, reviewer):
    annotation = make_submitted(annotator)
    with pytest.raises(ValidationError, match="needs a comment"):
        annotation_reject(annotation=annotation, reviewer=reviewer, reason="other", comment="  ")
    rejected = annotation_reject(annotation=annotation, reviewer=reviewer, reason="other", comment="duplicate")
    assert (rejected.status, rejected.review_reason, rejected.review_comment) == ("rejected", "other", "duplicate")


@pytest.mark.parametrize("who", ["reviewer", "admin_user"])
def test_nobody_reviews_their_own_annotation(make_submitted, request, who):
    user = request.getfixturevalue(who)
    annotation = make_submitted(user)
    with pytest.raises(PermissionDenied, match="Nobody reviews their own annotation"):
        annotation_approve(annotation=annotation, reviewer=user)
    assert Annotation.objects.get(pk=annotation.pk).status == "submitted"


def test_annotators_cannot_review(make_submitted, annotator, second_annotator):
    annotation = make_submitted(annotator)
    with pytest.raises(PermissionDenied, match="Only reviewers"):
        annotation_approve(annotation=annotation, reviewer=second_annotator)


def test_approved_annotation_is_frozen_until_reopened(make_submitted, annotator, reviewer):
    annotation = annotation_approve(annotation=make_submitted(annotator), reviewer=reviewer)
    with pytest.raises(Conflict, match="approved"):
        annotation_update(annotation=annotation, by=annotator, version=annotation.version, note="sneaky")
    annotation = annotation_reopen(annotation=annotation, reviewer=reviewer)
    edited = annotation_update(annotation=annotation, by=annotator, version=annotation.version, note="fixed")
    assert edited.status == "draft" and edited.note == "fixed"


def test_rejected_annotation_goes_back_to_submitted_only_after_an_edit(make_submitted, annotator, reviewer):
    annotation = annotation_reject(annotation=make_submitted(annotator), reviewer=reviewer, reason="wrong_label")
    with pytest.raises(IllegalTransition, match="edit it before submitting it again"):
        annotation_submit(annotation=annotation, by=annotator)
    annotation_update(annotation=annotation, by=annotator, version=annotation.version, note="now right")
    assert annotation_submit(annotation=annotation, by=annotator).status == "submitted"


def test_reopen_only_from_approved(make_submitted, annotator, reviewer):
    with pytest.raises(IllegalTransition, match="it is submitted"):
        annotation_reopen(annotation=make_submitted(annotator), reviewer=reviewer)


# --- the queue -------------------------------------------------------------------------------------


def test_queue_is_oldest_submitted_first_and_filters(make_submitted, annotator, second_annotator, reviewer):
    first = make_submitted(annotator, 0)
    second = make_submitted(second_annotator, 1, "attribution")
    third = make_submitted(annotator, 2)
    make_submitted(annotator, 1, submit=False)
    Annotation.objects.filter(pk=third.pk).update(submitted_at=timezone.now() - dt.timedelta(days=1))
    assert list(review_queue()) == [third, first, second]
    assert list(review_queue(label="attribution")) == [second]
    assert list(review_queue(annotator=annotator.pk)) == [third, first]
    assert list(review_queue(document=first.sentence.document_id, publisher=None)) == [third, first, second]


def test_claim_holds_the_item_so_another_reviewer_gets_the_next(
    make_submitted, annotator, reviewer, second_reviewer, settings
):
    settings.WORKBENCH_REVIEW_HOLD_SECONDS = 300
    first, second = make_submitted(annotator, 0), make_submitted(annotator, 1)
    claimed = review_queue_claim(reviewer=reviewer)
    assert claimed == first
    stored = Annotation.objects.get(pk=first.pk)
    assert stored.claimed_by == reviewer
    assert dt.timedelta(seconds=290) < stored.claimed_until - timezone.now() <= dt.timedelta(seconds=300)
    assert review_queue_claim(reviewer=second_reviewer) == second
    assert review_queue_claim(reviewer=reviewer) == first  # a reload hands back the same held item


def test_nothing_left_to_claim_returns_none(make_submitted, annotator, reviewer, second_reviewer):
    make_submitted(annotator)
    review_queue_claim(reviewer=reviewer)
    assert review_queue_claim(reviewer=second_reviewer) is None


def test_an_expired_hold_frees_the_item(make_submitted, annotator, reviewer, second_reviewer):
    item = make_submitted(annotator)
    review_queue_claim(reviewer=reviewer)
    Annotation.objects.filter(pk=item.pk).update(claimed_until=timezone.now() - dt.timedelta(seconds=1))
    assert review_queue_claim(reviewer=second_reviewer) == item


def test_claim_never_hands_a_reviewer_their_own_annotation(make_submitted, reviewer):
    make_submitted(reviewer)
    assert review_queue_claim(reviewer=reviewer) is None


def test_skip_moves_past_an_item_and_frees_it(make_submitted, annotator, reviewer, second_reviewer):
    first, second = make_submitted(annotator, 0), make_submitted(annotator, 1)
    review_queue_claim(reviewer=reviewer)
    assert review_queue_claim(reviewer=reviewer, skip=first) == second
    assert review_queue_claim(reviewer=second_reviewer) == first


def test_claim_respects_filters(make_submitted, annotator, reviewer):
    make_submitted(annotator, 0)
    wanted = make_submitted(annotator, 1, "attribution")
    assert review_queue_claim(reviewer=reviewer, label="attribution") == wanted


def test_annotators_cannot_claim(make_submitted, annotator, second_annotator):
    make_submitted(annotator)
    with pytest.raises(PermissionDenied):
        review_queue_claim(reviewer=second_annotator)


def test_an_item_held_by_another_reviewer_cannot_be_decided_by_someone_else(
    make_submitted, annotator, reviewer, second_reviewer
):
    item = make_submitted(annotator)
    review_queue_claim(reviewer=reviewer)
    with pytest.raises(Conflict, match="held by reviewer rev"):
        annotation_approve(annotation=item, reviewer=second_reviewer)
    approved = annotation_approve(annotation=item, reviewer=reviewer)
    assert approved.status == "approved" and approved.claimed_by is None and approved.claimed_until is None


# --- bulk decisions --------------------------------------------------------------------------------


def test_bulk_decides_each_item_on_its_own_and_reports_failures(make_submitted, annotator, reviewer):
    good = make_submitted(annotator, 0)
    to_reject = make_submitted(annotator, 1)
    draft = make_submitted(annotator, 2, submit=False)
    own = make_submitted(reviewer, 0)
    outcome = review_bulk_decide(
        reviewer=reviewer,
        decisions=[
            {"annotation": good.pk, "action": "approve"},
            {"annotation": draft.pk, "action": "approve"},
            {"annotation": to_reject.pk, "action": "reject", "reason": "wrong_label", "comment": "call"},
            {"annotation": own.pk, "action": "approve"},
            {"annotation": to_reject.pk + 999, "action": "approve"},
            {"annotation": good.pk, "action": "toggle"},
            {"annotation": own.pk, "action": "reject", "reason": "other"},
        ],
    )
    assert [a.pk for a in outcome.decided] == [good.pk, to_reject.pk]
    assert [f["annotation"] for f in outcome.failed] == [draft.pk, own.pk, to_reject.pk + 999, good.pk, own.pk]
    details = [f["detail"] for f in outcome.failed]
    assert "it is draft" in details[0]
    assert "Nobody reviews their own annotation" in details[1]
    assert "No annotation" in details[2]
    assert "Unknown action 'toggle'" in details[3]
    assert "needs a comment" in details[4]
    assert Annotation.objects.get(pk=good.pk).status == "approved"
    assert Annotation.objects.get(pk=to_reject.pk).review_reason == "wrong_label"
    assert Annotation.objects.get(pk=draft.pk).status == "draft"
    assert Annotation.objects.get(pk=own.pk).status == "submitted"
    assert _transitions(good)[-1] == ("submitted", "approved", "", "")
    assert _transitions(draft) == [] and len(_transitions(own)) == 1


def test_bulk_needs_decisions_and_a_reviewer(annotator):
    with pytest.raises(ValidationError, match="at least one decision"):
        review_bulk_decide(reviewer=annotator.__class__.objects.create(username="x", is_staff=True), decisions=[])
    with pytest.raises(PermissionDenied):
        review_bulk_decide(reviewer=annotator, decisions=[{"annotation": 1, "action": "approve"}])


# --- adjudication ----------------------------------------------------------------------------------


def test_adjudication_approves_one_and_rejects_the_others(make_submitted, annotator, second_annotator, reviewer):
    kept = make_submitted(annotator, 1, "casualty_claim")
    dropped = make_submitted(second_annotator, 1, "attribution")
    decided = sentence_adjudicate(
        sentence=kept.sentence, reviewer=reviewer, approve=[kept.pk], reject=[dropped.pk], reason="wrong_label"
    )
    assert [(a.pk, a.status) for a in decided] == [(kept.pk, "approved"), (dropped.pk, "rejected")]
    assert _transitions(dropped)[-1] == ("submitted", "rejected", "wrong_label", "")


def test_adjudication_is_all_or_nothing(make_submitted, annotator, reviewer, second_annotator):
    kept = make_submitted(annotator, 1)
    own = make_submitted(reviewer, 1, "attribution")
    with pytest.raises(PermissionDenied):
        sentence_adjudicate(
            sentence=kept.sentence, reviewer=reviewer, approve=[kept.pk], reject=[own.pk], reason="wrong_label"
        )
    assert Annotation.objects.get(pk=kept.pk).status == "submitted"
    assert _transitions(kept) == [("draft", "submitted", "", "")]


def test_adjudication_stays_on_one_sentence_and_needs_a_reason_to_reject(make_submitted, annotator, reviewer):
    here, there = make_submitted(annotator, 1), make_submitted(annotator, 2)
    with pytest.raises(ValidationError, match="are not on sentence"):
        sentence_adjudicate(sentence=here.sentence, reviewer=reviewer, approve=[here.pk, there.pk], reject=[])
    with pytest.raises(ValidationError, match="Give a reason code"):
        sentence_adjudicate(sentence=here.sentence, reviewer=reviewer, approve=[], reject=[here.pk])
    with pytest.raises(ValidationError, match="both approved and rejected"):
        sentence_adjudicate(
            sentence=here.sentence, reviewer=reviewer, approve=[here.pk], reject=[here.pk], reason="other", comment="x"
        )
    assert Annotation.objects.filter(status="submitted").count() == 2


def test_adjudication_reopens_and_decides_annotations_decided_before(
    make_submitted, annotator, second_annotator, reviewer, second_reviewer
):
    # The demo's case: two annotators disagreed, and a reviewer already approved one and rejected the other.
    claim = make_submitted(annotator, 1, "casualty_claim")
    other = make_submitted(second_annotator, 1, "rhetoric")
    annotation_approve(annotation=claim, reviewer=reviewer)
    annotation_reject(annotation=other, reviewer=reviewer, reason="wrong_label")
    decided = sentence_adjudicate(
        sentence=claim.sentence,
        reviewer=second_reviewer,
        approve=[other.pk],
        reject=[claim.pk],
        reason="wrong_figures",
        comment="adjudicated",
    )
    assert [(a.pk, a.status) for a in decided] == [(other.pk, "approved"), (claim.pk, "rejected")]
    assert _transitions(claim)[-2:] == [
        ("approved", "submitted", "", f"Reopened to adjudicate sentence {claim.sentence_id}."),
        ("submitted", "rejected", "wrong_figures", "adjudicated"),
    ]
    assert _transitions(other)[-2:] == [
        ("rejected", "submitted", "", f"Reopened to adjudicate sentence {other.sentence_id}."),
        ("submitted", "approved", "", "adjudicated"),
    ]
    actors = Event.objects.filter(annotation__in=[claim, other], kind=EventKind.TRANSITION).order_by("id")
    assert [e.actor_id for e in actors][-4:] == [second_reviewer.pk] * 4
    claim.refresh_from_db()
    assert claim.reviewed_by == second_reviewer and claim.review_reason == "wrong_figures"


def test_adjudication_leaves_an_annotation_already_in_the_state_asked_for(
    make_submitted, annotator, second_annotator, reviewer, second_reviewer
):
    kept = make_submitted(annotator, 1, "casualty_claim")
    dropped = make_submitted(second_annotator, 1, "rhetoric")
    annotation_approve(annotation=kept, reviewer=reviewer)
    before = len(_transitions(kept))
    decided = sentence_adjudicate(
        sentence=kept.sentence, reviewer=second_reviewer, approve=[kept.pk], reject=[dropped.pk], reason="wrong_label"
    )
    assert [a.status for a in decided] == ["approved", "rejected"]
    assert len(_transitions(kept)) == before


def test_adjudication_reopening_is_all_or_nothing(make_submitted, annotator, reviewer, second_reviewer):
    approved = make_submitted(annotator, 1, "casualty_claim")
    annotation_approve(annotation=approved, reviewer=second_reviewer)
    own = make_submitted(reviewer, 1, "rhetoric")
    with pytest.raises(PermissionDenied):
        sentence_adjudicate(
            sentence=approved.sentence, reviewer=reviewer, approve=[own.pk], reject=[approved.pk], reason="other",
            comment="x",
        )  # fmt: skip
    assert Annotation.objects.get(pk=approved.pk).status == "approved"


def test_a_drafted_annotation_cannot_be_adjudicated(make_submitted, annotator, reviewer):
    draft = make_submitted(annotator, 1, submit=False)
    with pytest.raises(IllegalTransition, match="it is draft"):
        sentence_adjudicate(sentence=draft.sentence, reviewer=reviewer, approve=[draft.pk], reject=[])


# --- the queue, pass by pass -------------------------------------------------------------------------


def test_skipping_with_seen_visits_every_item_once_then_finds_nothing(make_submitted, annotator, reviewer, labels):
    pairs = [(index, label) for index in (0, 1, 2) for label in ("rhetoric", "attribution")][:5]
    items = [make_submitted(annotator, index, label) for index, label in pairs]
    seen, shown = [], []
    current = review_queue_claim(reviewer=reviewer, seen=seen)
    while current is not None and len(shown) < 10:
        shown.append(current.pk)
        seen.append(current.pk)
        current = review_queue_claim(reviewer=reviewer, skip=current, seen=seen)
    assert shown == [a.pk for a in items]
    assert review_queue_claim(reviewer=reviewer, seen=[]).pk == items[0].pk  # a new pass starts over


def test_items_passed_in_this_pass_are_released_for_other_reviewers(
    make_submitted, annotator, reviewer, second_reviewer
):
    first, second = make_submitted(annotator, 0), make_submitted(annotator, 1)
    assert review_queue_claim(reviewer=reviewer).pk == first.pk
    assert review_queue_claim(reviewer=reviewer, seen=[first.pk]).pk == second.pk
    assert review_queue_claim(reviewer=second_reviewer).pk == first.pk


def test_queue_progress_says_where_the_item_stands(make_submitted, annotator, reviewer):
    items = [make_submitted(annotator, index) for index in (0, 1, 2)]
    progress = review_queue_progress(item=items[1], reviewer=reviewer, seen=[items[0].pk, items[1].pk])
    assert progress == {"position": 2, "total": 3, "remaining": 1}
    assert review_queue_progress(item=items[2], reviewer=reviewer) == {"position": 3, "total": 3, "remaining": 2}
