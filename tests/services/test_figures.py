"""Casualty figures through the services: suggestions stored with a new claim, checks that keep
the breakdown inside the toll, and "at least" without a maximum."""

import re

import pytest
from django.core.exceptions import ValidationError

from annotations.models import Annotation, CasualtyFigures, Event
from annotations.services.annotating import (
    AnnotationDraft,
    annotation_create,
    annotation_update,
    annotations_bulk_create,
    suggested_figures,
)
from annotations.services.documents import document_create

pytestmark = pytest.mark.django_db


@pytest.fixture
def sentences(document):
    return list(document.sentences.order_by("index"))


def _claim(annotator, sentence, labels, figures=None) -> Annotation:
    draft = AnnotationDraft(sentence=sentence, label=labels["casualty_claim"], figures=figures)
    return annotation_create(annotator=annotator, draft=draft)


# --- suggested figures stored at creation --------------------------------------------------------


def test_a_claim_made_without_figures_stores_the_suggested_ones(annotator, sentences, labels):
    # sentences[1]: "The Syrian Civil Defense said four civilians were killed and 21 injured."
    annotation = _claim(annotator, sentences[1], labels)
    figures = CasualtyFigures.objects.get(annotation=annotation)
    assert (figures.killed_min, figures.killed_max, figures.injured_min, figures.injured_max) == (4, 4, 21, 21)
    assert figures.is_suggested is True
    assert "four civilians were killed" in figures.raw_text
    assert Event.objects.get(annotation=annotation).after["figures"]["is_suggested"] is True


def test_a_claim_on_a_sentence_without_numbers_stores_no_figures(annotator, sentences, labels):
    annotation = _claim(annotator, sentences[3], labels)  # the SOC's call to act
    assert not CasualtyFigures.objects.filter(annotation=annotation).exists()


def test_figures_given_at_creation_are_kept_as_given(annotator, sentences, labels):
    annotation = _claim(annotator, sentences[1], labels, figures={"killed_min": 5, "killed_max": 5})
    figures = CasualtyFigures.objects.get(annotation=annotation)
    assert (figures.killed_min, figures.injured_min, figures.is_suggested) == (5, None, False)


def test_other_labels_get_no_suggested_figures(annotator, sentences, labels):
    annotation = annotation_create(
        annotator=annotator, draft=AnnotationDraft(sentence=sentences[1], label=labels["rhetoric"])
    )
    assert not CasualtyFigures.objects.filter(annotation=annotation).exists()


def test_bulk_claims_store_their_suggested_figures(annotator, labels, django_assert_max_num_queries):
    text = " ".join(f"Shelling killed {n + 2} people in village {n}." for n in range(6)) + " The market burned."
    document, _ = document_create(text=text, title="Many claims")
    sentences = list(document.sentences.order_by("index"))
    document = type(document).objects.only("id").get(pk=document.pk)  # as the API passes it: text deferred
    drafts = [AnnotationDraft(sentence=s, label=labels["casualty_claim"]) for s in sentences]
    drafts[0].figures = {"killed_min": 40}
    made = annotations_bulk_create(annotator=annotator, document=document, drafts=drafts)
    stored = {f.annotation_id: f for f in CasualtyFigures.objects.filter(annotation__in=[a.pk for a in made])}
    assert stored[made[0].pk].killed_min == 40 and stored[made[0].pk].is_suggested is False
    assert [stored[a.pk].killed_min for a in made[1:6]] == [3, 4, 5, 6, 7]
    assert all(stored[a.pk].is_suggested for a in made[1:6])
    assert made[6].pk not in stored  # "The market burned." states no toll


def test_bulk_suggestions_keep_the_query_count_flat(annotator, labels, django_assert_max_num_queries):
    text = " ".join(f"Shelling killed {n + 2} people in village {n}." for n in range(40))
    document, _ = document_create(text=text, title="Forty claims")
    sentences = list(document.sentences.order_by("index"))
    document = type(document).objects.only("id").get(pk=document.pk)
    drafts = [AnnotationDraft(sentence=s, label=labels["casualty_claim"]) for s in sentences]
    # 1 groups, 2 existing annotations, 3 the document text, 4 savepoint/insert annotations,
    # 5 insert figures, 6 insert responsibilities (none: skipped), 7 insert events, 8 the user's project
    # memberships, 9 the document's project with its guidelines, 10 that project's label keys; margin
    # for savepoints.
    with django_assert_max_num_queries(11):
        made = annotations_bulk_create(annotator=annotator, document=document, drafts=drafts)
    assert CasualtyFigures.objects.filter(annotation__in=[a.pk for a in made], is_suggested=True).count() == 40


def test_an_edit_with_figures_makes_them_a_persons(annotator, sentences, labels):
    annotation = _claim(annotator, sentences[1], labels)
    edited = annotation_update(
        annotation=annotation, by=annotator, version=1, figures={"killed_min": 4, "killed_max": 4}
    )
    assert edited.figures.is_suggested is False


def test_an_edit_that_keeps_the_suggestion_says_so(annotator, sentences, labels):
    annotation = _claim(annotator, sentences[1], labels)
    edited = annotation_update(
        annotation=annotation, by=annotator, version=1, figures={"killed_min": 4, "killed_max": 4, "is_suggested": True}
    )
    assert edited.figures.is_suggested is True
    noted = annotation_update(annotation=edited, by=annotator, version=2, note="checked later")
    assert noted.figures.is_suggested is True  # an edit that leaves the figures alone leaves them suggested


def test_suggestions_read_at_least_as_open_for_both_counts():
    figures = suggested_figures("At least 13 people were killed and 20 injured in the strike.")
    assert (figures["killed_min"], figures["killed_max"]) == (13, None)
    assert (figures["injured_min"], figures["injured_max"]) == (20, None)
    assert figures["qualifier"] == "at_least" and figures["is_suggested"] is True


def test_a_suggested_at_least_toll_grows_to_its_named_breakdown():
    figures = suggested_figures("No fewer than 5 people were killed, including 3 children and 4 women.")
    assert figures["killed_min"] == 7 and figures["killed_max"] is None


def test_a_suggestion_whose_breakdown_exceeds_its_toll_keeps_the_toll_only():
    figures = suggested_figures("Four people were killed, including 9 children.")
    assert (figures["killed_min"], figures["killed_max"], figures["children_killed"]) == (4, 4, None)


# --- the breakdown stays inside the toll -------------------------------------------------------------


@pytest.mark.parametrize(
    ("figures", "field", "message"),
    [
        ({"killed_min": 4, "killed_max": 4, "children_killed": 5}, "figures.children_killed", "more than the killed"),
        ({"killed_min": 4, "killed_max": 6, "women_killed": 7}, "figures.women_killed", r"\(killed_max 6\)"),
        ({"killed_min": 13, "children_killed": 14}, "figures.children_killed", r"\(killed_min 13\)"),
        (
            {"killed_min": 10, "killed_max": 10, "children_killed": 6, "women_killed": 5},
            "figures.women_killed",
            r"children_killed \+ women_killed \(11\)",
        ),
        ({"injured_min": 2, "injured_max": 2, "children_injured": 3}, "figures.children_injured", "injured total"),
        (
            {"injured_min": 21, "injured_max": 21, "children_injured": 20, "women_injured": 2},
            "figures.women_injured",
            r"\(22\)",
        ),
    ],
)
def test_a_breakdown_above_the_toll_is_refused(annotator, sentences, labels, figures, field, message):
    with pytest.raises(ValidationError) as caught:
        _claim(annotator, sentences[1], labels, figures=figures)
    assert field in caught.value.message_dict
    assert any(re.search(message, text) for text in caught.value.message_dict[field])
    assert Annotation.objects.count() == 0


def test_a_breakdown_within_the_toll_is_stored(annotator, sentences, labels):
    figures = {"killed_min": 10, "killed_max": 12, "children_killed": 6, "women_killed": 6, "injured_min": 3}
    annotation = _claim(annotator, sentences[1], labels, figures=figures)
    assert annotation.figures.children_killed == 6


def test_a_breakdown_without_any_toll_is_not_checked(annotator, sentences, labels):
    annotation = _claim(annotator, sentences[1], labels, figures={"children_killed": 3})
    assert annotation.figures.children_killed == 3


@pytest.mark.parametrize("high", ["killed_max", "injured_max"])
def test_at_least_with_a_maximum_is_refused(annotator, sentences, labels, high):
    low = high.replace("max", "min")
    with pytest.raises(ValidationError) as caught:
        _claim(annotator, sentences[1], labels, figures={"qualifier": "at_least", low: 13, high: 13})
    assert caught.value.message_dict[f"figures.{high}"] == [
        f"'at least' takes no maximum: leave {high} empty (the count is {low} or more)"
    ]


def test_at_least_without_a_maximum_is_stored(annotator, sentences, labels):
    annotation = _claim(annotator, sentences[1], labels, figures={"qualifier": "at_least", "killed_min": 13})
    assert (annotation.figures.killed_min, annotation.figures.killed_max) == (13, None)


def test_an_edit_that_breaks_the_breakdown_changes_nothing(annotator, sentences, labels):
    annotation = _claim(annotator, sentences[1], labels, figures={"killed_min": 4, "killed_max": 4})
    with pytest.raises(ValidationError, match="more than the killed total"):
        annotation_update(
            annotation=annotation,
            by=annotator,
            version=1,
            figures={"killed_min": 4, "killed_max": 4, "women_killed": 9},
        )
    annotation.refresh_from_db()
    assert annotation.version == 1 and annotation.figures.women_killed is None


def test_a_claim_on_a_transcripts_answer_stores_the_count_its_question_asked_for(annotator, labels):
    document, _ = document_create(
        text="Q. How many paramedics were wounded that night?\nA. Six.\nA. Six.", title="Hearing transcript"
    )
    question, answer, repeated = document.sentences.order_by("index")
    annotation = _claim(annotator, answer, labels)
    figures = CasualtyFigures.objects.get(annotation=annotation)
    assert (figures.killed_min, figures.injured_min, figures.injured_max, figures.is_suggested) == (None, 6, 6, True)
    # an answer after an answer has no question before it: nothing to read a count of
    assert not CasualtyFigures.objects.filter(annotation=_claim(annotator, repeated, labels)).exists()
    assert not CasualtyFigures.objects.filter(annotation=_claim(annotator, question, labels)).exists()
