"""Each invariant is tried against the database itself, bypassing the services, and refused."""

import pytest
from django.db import IntegrityError, transaction

from annotations.models import (
    Actor,
    Annotation,
    CasualtyFigures,
    Document,
    Event,
    EventKind,
    Incident,
    IncidentLink,
    Label,
    Sentence,
)

pytestmark = pytest.mark.django_db


def refused(make):
    with pytest.raises(IntegrityError), transaction.atomic():
        make()


@pytest.fixture
def annotation(document, annotator, labels):
    return Annotation.objects.create(annotator=annotator, sentence=document.sentences.first(), label=labels["rhetoric"])


def test_sentence_offsets_must_be_ordered(document):
    refused(lambda: Sentence.objects.create(document=document, index=99, start=10, end=10))
    refused(lambda: Sentence.objects.create(document=document, index=99, start=10, end=5))


def test_sentence_must_lie_inside_its_document_text(document):
    length = len(document.text)
    refused(lambda: Sentence.objects.create(document=document, index=99, start=0, end=length + 1))
    Sentence.objects.create(document=document, index=99, start=0, end=length)


def test_sentence_update_cannot_move_it_outside_the_text(document):
    sentence = document.sentences.first()
    refused(lambda: Sentence.objects.filter(pk=sentence.pk).update(end=len(document.text) + 5))


def test_sentence_index_is_unique_per_document(document):
    refused(lambda: Sentence.objects.create(document=document, index=0, start=0, end=5))


def test_negative_offsets_are_refused(document):
    refused(lambda: Sentence.objects.create(document=document, index=99, start=-1, end=5))


def test_one_document_per_text_hash(document):
    refused(lambda: Document.objects.create(title="again", text=document.text, text_sha256=document.text_sha256))


def test_document_text_is_immutable(document):
    refused(lambda: Document.objects.filter(pk=document.pk).update(text=document.text + " changed"))
    refused(lambda: Document.objects.filter(pk=document.pk).update(text_sha256="0" * 64))
    Document.objects.filter(pk=document.pk).update(title="A new title is fine")


def test_empty_document_text_is_refused():
    refused(lambda: Document.objects.create(title="empty", text="", text_sha256="e" * 64))


def test_one_annotation_per_annotator_sentence_and_label(annotation):
    refused(
        lambda: Annotation.objects.create(
            annotator=annotation.annotator, sentence=annotation.sentence, label=annotation.label
        )
    )


def test_same_sentence_and_label_by_another_annotator_is_allowed(annotation, second_annotator):
    Annotation.objects.create(annotator=second_annotator, sentence=annotation.sentence, label=annotation.label)


def test_sub_span_must_lie_inside_its_sentence(document, annotator, labels):
    sentence = document.sentences.get(index=1)
    make = Annotation.objects.create
    refused(
        lambda: make(
            annotator=annotator,
            sentence=sentence,
            label=labels["rhetoric"],
            span_start=sentence.start - 1,
            span_end=sentence.start + 3,
        )
    )
    refused(
        lambda: make(
            annotator=annotator,
            sentence=sentence,
            label=labels["rhetoric"],
            span_start=sentence.start,
            span_end=sentence.end + 1,
        )
    )
    make(
        annotator=annotator,
        sentence=sentence,
        label=labels["rhetoric"],
        span_start=sentence.start + 4,
        span_end=sentence.end,
    )


def test_sub_span_must_be_complete_and_ordered(document, annotator, labels):
    sentence = document.sentences.get(index=1)
    make = Annotation.objects.create
    refused(lambda: make(annotator=annotator, sentence=sentence, label=labels["rhetoric"], span_start=sentence.start))
    refused(
        lambda: make(
            annotator=annotator,
            sentence=sentence,
            label=labels["rhetoric"],
            span_start=sentence.start + 5,
            span_end=sentence.start + 5,
        )
    )


def test_annotation_status_must_be_known(annotation):
    refused(lambda: Annotation.objects.filter(pk=annotation.pk).update(status="finished"))


@pytest.mark.parametrize(
    "low, high",
    [("killed_min", "killed_max"), ("injured_min", "injured_max")],
)
def test_casualty_range_min_must_not_exceed_max(annotation, low, high):
    refused(lambda: CasualtyFigures.objects.create(annotation=annotation, **{low: 15, high: 13}))
    CasualtyFigures.objects.create(annotation=annotation, **{low: 13, high: 15})


@pytest.mark.parametrize(
    "field",
    [
        "killed_min",
        "killed_max",
        "injured_min",
        "injured_max",
        "children_killed",
        "women_killed",
        "children_injured",
        "women_injured",
    ],
)
def test_casualty_counts_cannot_be_negative(annotation, field):
    refused(lambda: CasualtyFigures.objects.create(annotation=annotation, **{field: -1}))


def test_casualty_qualifier_and_scope_must_be_known(annotation):
    refused(lambda: CasualtyFigures.objects.create(annotation=annotation, qualifier="roughly"))
    refused(lambda: CasualtyFigures.objects.create(annotation=annotation, scope="everywhere"))


def test_incident_coordinates_must_be_on_earth():
    refused(lambda: Incident.objects.create(title="x", latitude=91))
    refused(lambda: Incident.objects.create(title="x", longitude=-181))


def test_incident_grade_must_be_known():
    refused(lambda: Incident.objects.create(title="x", grade="certain"))


def test_an_annotation_links_to_an_incident_once(annotation):
    incident = Incident.objects.create(title="Strike on the market")
    IncidentLink.objects.create(incident=incident, annotation=annotation)
    refused(lambda: IncidentLink.objects.create(incident=incident, annotation=annotation))


def test_event_history_is_append_only(annotation):
    event = Event.objects.create(kind=EventKind.CREATED, annotation=annotation)
    refused(lambda: Event.objects.filter(pk=event.pk).update(comment="rewritten"))


def test_actor_kind_and_label_colour_are_checked():
    refused(lambda: Actor.objects.create(name="Somebody", kind="alien"))
    refused(lambda: Label.objects.create(key="x", name="X", colour="red"))


@pytest.mark.parametrize(
    "figures",
    [
        {"killed_min": 4, "killed_max": 4, "children_killed": 5},
        {"killed_min": 4, "killed_max": 4, "women_killed": 5},
        {"killed_min": 4, "killed_max": 4, "children_killed": 3, "women_killed": 2},
        {"killed_min": 13, "children_killed": 14},
        {"injured_min": 2, "injured_max": 2, "children_injured": 3},
        {"injured_min": 2, "injured_max": 2, "children_injured": 1, "women_injured": 2},
    ],
)
def test_casualty_breakdown_cannot_exceed_the_toll(annotation, figures):
    refused(lambda: CasualtyFigures.objects.create(annotation=annotation, **figures))


def test_casualty_breakdown_within_or_without_a_toll_is_stored(annotation):
    CasualtyFigures.objects.create(annotation=annotation, killed_min=4, killed_max=5, children_killed=3, women_killed=2)
    CasualtyFigures.objects.filter(annotation=annotation).update(killed_min=None, killed_max=None)


@pytest.mark.parametrize("high", ["killed_max", "injured_max"])
def test_at_least_takes_no_maximum(annotation, high):
    low = high.replace("max", "min")
    refused(lambda: CasualtyFigures.objects.create(annotation=annotation, qualifier="at_least", **{low: 1, high: 2}))
    CasualtyFigures.objects.create(annotation=annotation, qualifier="at_least", **{low: 1})


def test_incident_version_must_be_positive(db):
    refused(lambda: Incident.objects.create(title="Strike", version=0))


def test_the_text_length_is_kept_by_the_database_whatever_a_writer_says(document):
    stored = Document.objects.get(pk=document.pk)
    assert stored.text_length == len(document.text)
    Document.objects.filter(pk=document.pk).update(text_length=3)
    assert Document.objects.get(pk=document.pk).text_length == len(document.text)
    Document.objects.filter(pk=document.pk).update(text_length=None)
    assert Document.objects.get(pk=document.pk).text_length == len(document.text)
    # A save from an instance that never read the length (as the import's rows leave it) keeps it too.
    stored.text_length = None
    stored.title = "Renamed"
    stored.save()
    assert Document.objects.get(pk=document.pk).text_length == len(document.text)
    refused(lambda: Sentence.objects.filter(pk=document.sentences.first().pk).update(end=len(document.text) + 1))
