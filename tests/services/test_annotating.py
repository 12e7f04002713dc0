"""Making, editing and deleting annotations through the service layer."""

import pytest
from django.core.exceptions import PermissionDenied, ValidationError

from annotations.api.serializers.annotations import annotation_data, stored_draft_data
from annotations.errors import Conflict, StaleVersion
from annotations.models import Actor, Annotation, CasualtyFigures, Event, EventKind
from annotations.services.annotating import (
    AnnotationDraft,
    annotation_create,
    annotation_delete,
    annotation_update,
    annotations_bulk_create,
)
from annotations.services.documents import document_create
from annotations.services.events import annotation_snapshot
from annotations.services.reviewing import annotation_approve, annotation_submit

pytestmark = pytest.mark.django_db


@pytest.fixture
def sentences(document):
    return list(document.sentences.order_by("index"))


def test_annotator_creates_a_casualty_claim_with_figures(annotator, sentences, labels):
    draft = AnnotationDraft(
        sentence=sentences[1], label=labels["casualty_claim"], figures={"killed_min": 4, "killed_max": 4}
    )
    annotation = annotation_create(annotator=annotator, draft=draft)
    assert annotation.status == "draft" and annotation.version == 1
    assert CasualtyFigures.objects.get(annotation=annotation).killed_max == 4
    event = Event.objects.get(annotation=annotation)
    assert event.kind == EventKind.CREATED and event.after["figures"]["killed_min"] == 4


def test_figures_belong_only_to_casualty_claims(annotator, sentences, labels):
    draft = AnnotationDraft(sentence=sentences[1], label=labels["rhetoric"], figures={"killed_min": 4})
    with pytest.raises(ValidationError, match="Only a casualty claim carries casualty figures"):
        annotation_create(annotator=annotator, draft=draft)
    assert Annotation.objects.count() == 0


def test_figures_with_min_above_max_are_refused_before_the_database(annotator, sentences, labels):
    draft = AnnotationDraft(
        sentence=sentences[1], label=labels["casualty_claim"], figures={"killed_min": 15, "killed_max": 13}
    )
    with pytest.raises(ValidationError, match=r"killed_max \(13\) is below killed_min \(15\)"):
        annotation_create(annotator=annotator, draft=draft)
    assert Annotation.objects.count() == 0


def test_attribution_needs_the_actor_blamed(annotator, sentences, labels):
    draft = AnnotationDraft(sentence=sentences[2], label=labels["attribution"], responsibility={"stance": "asserted"})
    with pytest.raises(ValidationError, match="needs the actor blamed"):
        annotation_create(annotator=annotator, draft=draft)
    actor = Actor.objects.create(name="Regime forces", kind="state_forces")
    draft.responsibility = {"actor": actor, "stance": "suspected"}
    annotation = annotation_create(annotator=annotator, draft=draft)
    assert annotation.responsibility.actor == actor


def test_a_span_outside_the_sentence_is_refused(annotator, sentences, labels):
    sentence = sentences[1]
    draft = AnnotationDraft(
        sentence=sentence, label=labels["rhetoric"], span_start=sentence.start, span_end=sentence.end + 3
    )
    with pytest.raises(ValidationError, match="must lie inside sentence 1"):
        annotation_create(annotator=annotator, draft=draft)


def test_the_same_label_twice_on_a_sentence_is_refused(annotator, sentences, labels):
    annotation_create(annotator=annotator, draft=AnnotationDraft(sentence=sentences[0], label=labels["rhetoric"]))
    with pytest.raises(ValidationError, match="already labelled sentence 0 as 'rhetoric'"):
        annotation_create(annotator=annotator, draft=AnnotationDraft(sentence=sentences[0], label=labels["rhetoric"]))


def test_outsiders_cannot_annotate(outsider, sentences, labels):
    with pytest.raises(PermissionDenied):
        annotation_create(annotator=outsider, draft=AnnotationDraft(sentence=sentences[0], label=labels["rhetoric"]))


def test_bulk_create_stores_all_or_nothing(annotator, document, sentences, labels):
    other, _ = document_create(text="A different document entirely.", title="Other")
    drafts = [AnnotationDraft(sentence=s, label=labels["rhetoric"]) for s in sentences]
    drafts.append(AnnotationDraft(sentence=other.sentences.first(), label=labels["rhetoric"]))
    with pytest.raises(ValidationError, match="belongs to another document"):
        annotations_bulk_create(annotator=annotator, document=document, drafts=drafts)
    assert Annotation.objects.count() == 0
    created = annotations_bulk_create(annotator=annotator, document=document, drafts=drafts[:-1])
    assert len(created) == len(sentences) == Annotation.objects.count()
    assert Event.objects.filter(kind=EventKind.CREATED).count() == len(sentences)


def test_bulk_create_query_count_does_not_grow_with_the_items(
    annotator, document, sentences, labels, django_assert_max_num_queries
):
    drafts = [AnnotationDraft(sentence=s, label=labels["casualty_claim"], figures={"killed_min": 1}) for s in sentences]
    # savepoint, duplicate look-up, annotations insert, figures insert, responsibilities (none), events insert,
    # release; plus the group look-up of the role check, the user's project memberships, the project
    # the document is in (with its current guidelines) and that project's label keys.
    with django_assert_max_num_queries(10):
        annotations_bulk_create(annotator=annotator, document=document, drafts=drafts)


def test_bulk_stored_drafts_say_what_a_later_read_says(annotator, document, sentences, labels):
    """The bulk path answers from the values it wrote (no instances): they must be what the stored rows
    read back as, through the API's serializer and in the creation events."""
    regime, monitor = Actor.objects.create(name="Regime"), Actor.objects.create(name="Monitor")
    drafts = [
        AnnotationDraft(
            sentence=sentences[0],
            label=labels["casualty_claim"],
            figures={"killed_min": 4, "killed_max": 6, "children_killed": 2, "cited_source": monitor},
            note="two sources",
        ),
        AnnotationDraft(sentence=sentences[1], label=labels["casualty_claim"]),  # the suggestion fills it
        AnnotationDraft(sentence=sentences[1], label=labels["attribution"], responsibility={"actor": regime}),
        AnnotationDraft(
            sentence=sentences[2],
            label=labels["attribution"],
            responsibility={"actor": regime, "stance": "denied"},
            span_start=sentences[2].start,
            span_end=sentences[2].start + 5,
        ),
        AnnotationDraft(sentence=sentences[2], label=labels["rhetoric"], figures=None),
    ]
    made = annotations_bulk_create(annotator=annotator, document=document, drafts=drafts)
    reads = Annotation.objects.select_related("label", "sentence", "annotator", "figures", "responsibility")
    events = {event.annotation_id: event.after for event in Event.objects.filter(kind=EventKind.CREATED)}
    for new in made:
        stored = reads.get(pk=new.pk)
        assert stored_draft_data(new, annotator) == annotation_data(stored), stored.label.key
        assert new.snapshot() == annotation_snapshot(stored) == events[new.pk]
    assert made[0].figures["cited_source"] == monitor.pk and made[0].figures["qualifier"] == "exact"
    assert made[1].figures is not None and made[1].figures["is_suggested"] is True
    assert made[2].responsibility == {"actor": regime.pk, "stance": "asserted"}
    assert made[4].figures is None and made[4].responsibility is None


def test_update_with_a_stale_version_is_refused_and_changes_nothing(annotator, sentences, labels):
    annotation = annotation_create(
        annotator=annotator, draft=AnnotationDraft(sentence=sentences[0], label=labels["rhetoric"])
    )
    annotation_update(annotation=annotation, by=annotator, version=1, note="first edit")
    with pytest.raises(StaleVersion) as raised:
        annotation_update(annotation=annotation, by=annotator, version=1, note="late edit")
    assert raised.value.current["note"] == "first edit"
    annotation.refresh_from_db()
    assert annotation.note == "first edit" and annotation.version == 2


def test_an_edit_records_before_and_after_of_the_changed_fields(annotator, sentences, labels):
    annotation = annotation_create(
        annotator=annotator,
        draft=AnnotationDraft(sentence=sentences[1], label=labels["casualty_claim"], figures={"killed_min": 4}),
    )
    annotation_update(annotation=annotation, by=annotator, version=1, figures={"killed_min": 4, "injured_min": 21})
    event = Event.objects.filter(kind=EventKind.EDITED).get()
    assert event.before["figures"]["injured_min"] is None
    assert event.after["figures"]["injured_min"] == 21
    assert "note" not in event.after


def test_changing_the_label_away_from_casualty_claim_drops_the_figures(annotator, sentences, labels):
    annotation = annotation_create(
        annotator=annotator,
        draft=AnnotationDraft(sentence=sentences[1], label=labels["casualty_claim"], figures={"killed_min": 4}),
    )
    annotation_update(annotation=annotation, by=annotator, version=1, label=labels["rhetoric"])
    assert not CasualtyFigures.objects.filter(annotation=annotation).exists()


def test_nobody_edits_or_deletes_someone_elses_annotation(annotator, second_annotator, sentences, labels):
    annotation = annotation_create(
        annotator=annotator, draft=AnnotationDraft(sentence=sentences[0], label=labels["rhetoric"])
    )
    with pytest.raises(PermissionDenied):
        annotation_update(annotation=annotation, by=second_annotator, version=1, note="mine now")
    with pytest.raises(PermissionDenied):
        annotation_delete(annotation=annotation, by=second_annotator)
    assert Annotation.objects.filter(pk=annotation.pk, note="").exists()


def test_submitted_and_approved_annotations_are_frozen(annotator, reviewer, sentences, labels):
    annotation = annotation_create(
        annotator=annotator, draft=AnnotationDraft(sentence=sentences[0], label=labels["rhetoric"])
    )
    annotation = annotation_submit(annotation=annotation, by=annotator)
    with pytest.raises(Conflict, match="it is submitted|is submitted"):
        annotation_update(annotation=annotation, by=annotator, version=annotation.version, note="x")
    annotation = annotation_approve(annotation=annotation, reviewer=reviewer)
    with pytest.raises(Conflict, match="reviewer can reopen"):
        annotation_delete(annotation=annotation, by=annotator)


def test_deleting_a_draft_keeps_its_history(annotator, sentences, labels):
    annotation = annotation_create(
        annotator=annotator, draft=AnnotationDraft(sentence=sentences[0], label=labels["rhetoric"])
    )
    annotation_id = annotation.pk
    annotation_delete(annotation=annotation, by=annotator)
    assert not Annotation.objects.filter(pk=annotation_id).exists()
    kinds = list(Event.objects.filter(annotation_id=annotation_id).values_list("kind", flat=True))
    assert kinds == [EventKind.CREATED, EventKind.DELETED]


def test_bulk_created_annotations_each_get_a_creation_event(annotator, document, sentences, labels):
    drafts = [AnnotationDraft(sentence=sentences[0], label=labels["casualty_claim"], figures={"killed_min": 4})]
    drafts += [AnnotationDraft(sentence=s, label=labels["rhetoric"]) for s in sentences[1:]]
    created = annotations_bulk_create(annotator=annotator, document=document, drafts=drafts)
    events = {event.annotation_id: event for event in Event.objects.filter(kind=EventKind.CREATED)}
    assert set(events) == {annotation.pk for annotation in created}
    first = events[created[0].pk]
    assert first.actor == annotator and first.at is not None and first.to_status == "draft"
    assert first.after["label"] == "casualty_claim" and first.after["figures"]["killed_min"] == 4
    assert events[created[1].pk].after["label"] == "rhetoric" and "figures" not in events[created[1].pk].after
