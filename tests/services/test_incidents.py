"""Incidents: create, edit, link, merge, grade, and the verification summary of their claims."""

import datetime as dt

import pytest
from django.core.exceptions import PermissionDenied, ValidationError

from annotations.errors import Conflict, StaleVersion
from annotations.models import Actor, Event, EventKind, Incident, IncidentLink
from annotations.services.annotating import AnnotationDraft, annotation_create
from annotations.services.documents import document_create
from annotations.services.incidents import (
    incident_create,
    incident_grade,
    incident_link,
    incident_merge,
    incident_unlink,
    incident_update,
)
from annotations.services.reviewing import annotation_approve, annotation_submit
from annotations.verification import incident_summaries, incident_summary

pytestmark = pytest.mark.django_db


@pytest.fixture
def actors(db):
    return {
        name: Actor.objects.create(name=name, kind=kind)
        for name, kind in [
            ("Civil Defense", "first_responder"),
            ("SNHR", "monitor"),
            ("Regime forces", "state_forces"),
            ("Russian forces", "state_forces"),
            ("SOC", "political_body"),
        ]
    }


@pytest.fixture
def claim(document, labels, annotator, reviewer):
    sentences = list(document.sentences.order_by("index"))

    def make(*, label="casualty_claim", index=1, user=annotator, approve=True, figures=None, responsibility=None):
        annotation = annotation_create(
            annotator=user,
            draft=AnnotationDraft(
                sentence=sentences[index], label=labels[label], figures=figures, responsibility=responsibility
            ),
        )
        if approve:
            annotation = annotation_submit(annotation=annotation, by=user)
            annotation = annotation_approve(annotation=annotation, reviewer=reviewer)
        return annotation

    return make


@pytest.fixture
def incident(reviewer):
    return incident_create(by=reviewer, title="Market strike", place_name="Darat Izza", occurred_on="2024-11-20")


def test_create_checks_fields_and_records_an_event(reviewer):
    with pytest.raises(ValidationError) as caught:
        incident_create(by=reviewer, title=" ", occurred_on="20 Nov", latitude=95)
    assert set(caught.value.message_dict) == {"title", "occurred_on", "latitude"}
    assert Incident.objects.count() == 0
    incident = incident_create(by=reviewer, title="Strike", occurred_on="2024-11-20", latitude="36.1")
    assert incident.occurred_on == dt.date(2024, 11, 20) and incident.created_by == reviewer
    event = Event.objects.get(incident=incident)
    assert event.kind == EventKind.INCIDENT_CREATED and event.after["title"] == "Strike"


def test_outsiders_cannot_create_incidents(outsider):
    with pytest.raises(PermissionDenied):
        incident_create(by=outsider, title="Strike")


def test_edit_records_before_and_after_of_the_changed_fields(incident, reviewer):
    incident_update(incident=incident, by=reviewer, version=1, place_name="Daret Izza", description="Market and mosque")
    event = Event.objects.get(incident=incident, kind=EventKind.INCIDENT_EDITED)
    assert event.before == {"place_name": "Darat Izza", "description": "", "version": 1}
    assert event.after == {"place_name": "Daret Izza", "description": "Market and mosque", "version": 2}


def test_an_edit_that_changes_nothing_keeps_the_version(incident, reviewer):
    same = incident_update(incident=incident, by=reviewer, version=1, place_name="Darat Izza")
    assert same.version == 1
    assert not Event.objects.filter(incident=incident, kind=EventKind.INCIDENT_EDITED).exists()


def test_a_stale_edit_or_grade_raises_stale_version_and_changes_nothing(incident, reviewer):
    incident_update(incident=incident, by=reviewer, version=1, title="Market strike, Darat Izza")
    with pytest.raises(StaleVersion) as caught:
        incident_update(incident=incident, by=reviewer, version=1, description="late")
    assert caught.value.current["version"] == 2 and caught.value.current["title"] == "Market strike, Darat Izza"
    with pytest.raises(StaleVersion):
        incident_grade(incident=incident, by=reviewer, version=1, grade="weak", note="one source")
    incident.refresh_from_db()
    assert (incident.description, incident.grade, incident.version) == ("", "unassessed", 2)
    graded = incident_grade(incident=incident, by=reviewer, version=2, grade="weak", note="one source")
    assert graded.version == 3


def test_the_search_key_follows_title_place_and_aliases(incident, reviewer):
    assert " drt az " in incident.search_key
    updated = incident_update(incident=incident, by=reviewer, version=1, aliases=["Daret Azza", "Izza"])
    assert updated.aliases == ["Daret Azza", "Izza"]
    assert Incident.objects.get(pk=incident.pk).search_key == " mrkt strk | drt az | drt az | az "


def test_annotators_cannot_edit_grade_or_merge(incident, annotator, reviewer):
    other = incident_create(by=reviewer, title="Other")
    with pytest.raises(PermissionDenied):
        incident_update(incident=incident, by=annotator, version=1, title="Mine")
    with pytest.raises(PermissionDenied):
        incident_grade(incident=incident, by=annotator, version=1, grade="fair", note="two sources")
    with pytest.raises(PermissionDenied):
        incident_merge(incident=incident, into=other, by=annotator)


def test_grade_change_needs_a_note_and_is_recorded(incident, reviewer):
    with pytest.raises(ValidationError, match="needs a note"):
        incident_grade(incident=incident, by=reviewer, version=1, grade="fair", note="  ")
    with pytest.raises(ValidationError, match="Unknown grade"):
        incident_grade(incident=incident, by=reviewer, version=1, grade="solid", note="x")
    assert Incident.objects.get(pk=incident.pk).grade == "unassessed"
    incident_grade(incident=incident, by=reviewer, version=1, grade="fair", note="Civil Defense and SNHR agree")
    event = Event.objects.get(incident=incident, kind=EventKind.INCIDENT_GRADED)
    assert (event.before["grade"], event.after["grade"], event.comment) == (
        "unassessed",
        "fair",
        "Civil Defense and SNHR agree",
    )


def test_only_claims_and_attributions_link_to_incidents(incident, claim, reviewer):
    with pytest.raises(ValidationError, match="Only casualty claims and attributions"):
        incident_link(incident=incident, annotation=claim(label="rhetoric"), by=reviewer)
    link = incident_link(incident=incident, annotation=claim(), by=reviewer)
    assert link.linked_by == reviewer
    assert Event.objects.filter(kind=EventKind.LINKED, incident=incident, annotation=link.annotation).exists()
    with pytest.raises(ValidationError, match="already linked"):
        incident_link(incident=incident, annotation=link.annotation, by=reviewer)


def test_annotators_link_only_their_own_editable_annotations(incident, claim, annotator, second_annotator):
    draft = claim(approve=False)
    incident_link(incident=incident, annotation=draft, by=annotator)
    with pytest.raises(PermissionDenied):
        incident_unlink(incident=incident, annotation=draft, by=second_annotator)
    with pytest.raises(Conflict, match="approved"):
        incident_link(incident=incident, annotation=claim(index=2), by=annotator)


def test_unlink_removes_the_link_and_records_it(incident, claim, reviewer):
    annotation = claim()
    incident_link(incident=incident, annotation=annotation, by=reviewer)
    incident_unlink(incident=incident, annotation=annotation, by=reviewer)
    assert not IncidentLink.objects.exists()
    assert Event.objects.filter(kind=EventKind.UNLINKED, annotation=annotation).exists()
    with pytest.raises(ValidationError, match="is not linked"):
        incident_unlink(incident=incident, annotation=annotation, by=reviewer)


def test_merge_moves_links_to_the_survivor_and_loses_nothing(incident, claim, reviewer, second_annotator):
    survivor = incident_create(by=reviewer, title="Darat Izza market strike")
    earlier = incident_create(by=reviewer, title="Duplicate from an earlier merge")
    incident_merge(incident=earlier, into=incident, by=reviewer)
    shared, only_here, only_there = (
        claim(index=1),
        claim(index=2, label="attribution", responsibility=None),
        claim(index=1, user=second_annotator),
    )
    for annotation in (shared, only_here):
        incident_link(incident=incident, annotation=annotation, by=reviewer)
    for annotation in (shared, only_there):
        incident_link(incident=survivor, annotation=annotation, by=reviewer)

    assert incident_merge(incident=incident, into=survivor, by=reviewer) == survivor
    incident.refresh_from_db()
    earlier.refresh_from_db()
    assert incident.merged_into == survivor and earlier.merged_into == survivor
    assert set(survivor.links.values_list("annotation_id", flat=True)) == {shared.pk, only_here.pk, only_there.pk}
    assert not incident.links.exists()
    event = Event.objects.get(incident=survivor, kind=EventKind.INCIDENT_MERGED)
    assert event.after["moved"] == [only_here.pk] and event.after["already_linked"] == [shared.pk]
    assert Event.objects.filter(incident=incident, kind=EventKind.INCIDENT_MERGED).exists()
    with pytest.raises(Conflict, match="was merged into"):
        incident_link(incident=incident, annotation=claim(index=0), by=reviewer)
    with pytest.raises(ValidationError, match="merge into that one"):
        incident_merge(incident=survivor.__class__.objects.create(title="x"), into=incident, by=reviewer)
    with pytest.raises(ValidationError, match="into itself"):
        incident_merge(incident=survivor, into=survivor, by=reviewer)


# --- verification summary ----------------------------------------------------------------------


def _link(incident, *annotations, by):
    for annotation in annotations:
        incident_link(incident=incident, annotation=annotation, by=by)


def test_summary_counts_approved_incident_claims_and_flags_a_conflict(
    incident, claim, reviewer, actors, second_annotator
):
    thirteen = claim(figures={"killed_min": 13, "killed_max": 13, "cited_source": actors["SOC"]})
    fifteen = claim(
        user=second_annotator,
        figures={
            "killed_min": 15,
            "killed_max": 15,
            "injured_min": 5,
            "injured_max": 5,
            "cited_source": actors["Civil Defense"],
        },
    )
    _link(incident, thirteen, fifteen, by=reviewer)
    summary = incident_summary(incident)
    assert summary["killed"] == {"min": 13, "max": 15}
    assert summary["injured"] == {"min": 5, "max": 5}
    assert summary["independent_sources"] == 2
    assert summary["conflict"] is True
    assert summary["conflicts"] == [{"figure": "killed", "annotations": sorted([thirteen.pk, fifteen.pk])}]
    assert summary["suggested_grade"] == "fair"
    row = summary["claims"][0]
    assert {"publisher", "published_on", "cited_source", "figures", "status", "document", "sentence"} <= set(row)


def test_open_ended_and_overlapping_ranges_do_not_conflict(incident, claim, reviewer, actors, second_annotator):
    at_least = claim(figures={"killed_min": 12, "qualifier": "at_least", "cited_source": actors["SNHR"]})
    between = claim(user=second_annotator, figures={"killed_min": 10, "killed_max": 14, "qualifier": "range"})
    _link(incident, at_least, between, by=reviewer)
    summary = incident_summary(incident)
    assert summary["conflict"] is False
    assert summary["killed"] == {"min": 10, "max": None}


def test_at_least_13_does_not_conflict_with_15(incident, claim, reviewer, actors, second_annotator):
    at_least = claim(figures={"killed_min": 13, "qualifier": "at_least", "cited_source": actors["SOC"]})
    fifteen = claim(user=second_annotator, figures={"killed_min": 15, "killed_max": 15})
    _link(incident, at_least, fifteen, by=reviewer)
    summary = incident_summary(incident)
    assert summary["conflict"] is False and summary["conflicts"] == []
    assert summary["killed"] == {"min": 13, "max": None}


def test_an_exact_13_still_conflicts_with_15(incident, claim, reviewer, second_annotator):
    _link(incident, claim(figures={"killed_min": 13, "killed_max": 13}), by=reviewer)
    _link(incident, claim(user=second_annotator, figures={"killed_min": 15, "killed_max": 15}), by=reviewer)
    assert incident_summary(incident)["conflict"] is True


def test_unapproved_and_aggregate_claims_are_listed_but_not_counted(
    incident, claim, reviewer, actors, second_annotator
):
    counted = claim(figures={"killed_min": 4, "killed_max": 4, "cited_source": actors["Civil Defense"]})
    pending = claim(user=second_annotator, approve=False, figures={"killed_min": 40, "killed_max": 40})
    total = claim(index=2, figures={"killed_min": 752, "killed_max": 752, "scope": "aggregate"})
    _link(incident, counted, total, by=reviewer)
    _link(incident, pending, by=reviewer)
    summary = incident_summary(incident)
    assert len(summary["claims"]) == 3
    assert {row["annotation"]: row["counted"] for row in summary["claims"]} == {
        counted.pk: True,
        pending.pk: False,
        total.pk: False,
    }
    assert summary["killed"] == {"min": 4, "max": 4}
    assert summary["conflict"] is False
    assert summary["independent_sources"] == 1
    assert summary["suggested_grade"] == "weak"


def test_claims_citing_the_same_source_count_once(incident, claim, reviewer, actors, second_annotator):
    for user in (reviewer.__class__.objects.get(username="ann"), second_annotator):
        _link(
            incident,
            claim(user=user, figures={"killed_min": 4, "killed_max": 4, "cited_source": actors["SNHR"]}),
            by=reviewer,
        )
    assert incident_summary(incident)["independent_sources"] == 1


def test_claims_without_a_cited_source_count_their_publisher_or_document(incident, claim, reviewer, actors, labels):
    other_document, _ = document_create(text="Four people were killed in the strike.", title="Another report")
    sentence = other_document.sentences.get()
    elsewhere = annotation_create(
        annotator=reviewer.__class__.objects.get(username="ann"),
        draft=AnnotationDraft(
            sentence=sentence, label=labels["casualty_claim"], figures={"killed_min": 4, "killed_max": 4}
        ),
    )
    annotation_submit(annotation=elsewhere, by=elsewhere.annotator)
    annotation_approve(annotation=elsewhere, reviewer=reviewer)
    _link(incident, claim(figures={"killed_min": 4, "killed_max": 4}), elsewhere, by=reviewer)
    assert incident_summary(incident)["independent_sources"] == 2


def test_attributions_blaming_different_actors_suggest_contested(incident, claim, reviewer, actors, second_annotator):
    _link(incident, claim(figures={"killed_min": 4, "killed_max": 4, "cited_source": actors["SNHR"]}), by=reviewer)
    _link(
        incident,
        claim(index=2, label="attribution", responsibility={"actor": actors["Regime forces"]}),
        claim(index=2, label="attribution", user=second_annotator, responsibility={"actor": actors["Russian forces"]}),
        by=reviewer,
    )
    summary = incident_summary(incident)
    assert [actor["name"] for actor in summary["blamed_actors"]] == ["Regime forces", "Russian forces"]
    assert summary["suggested_grade"] == "contested"


def test_a_denial_does_not_blame_anyone(incident, claim, reviewer, actors, second_annotator):
    _link(
        incident,
        claim(index=2, label="attribution", responsibility={"actor": actors["Regime forces"]}),
        claim(
            index=2,
            label="attribution",
            user=second_annotator,
            responsibility={"actor": actors["Russian forces"], "stance": "denied"},
        ),
        by=reviewer,
    )
    assert incident_summary(incident)["suggested_grade"] == "unassessed"


def test_summaries_take_one_query_however_many_claims_and_incidents(
    incident, claim, reviewer, actors, second_annotator, django_assert_num_queries
):
    other = incident_create(by=reviewer, title="Other strike")
    _link(incident, claim(figures={"killed_min": 4, "killed_max": 4, "cited_source": actors["SNHR"]}), by=reviewer)
    _link(incident, claim(index=2, label="attribution", responsibility={"actor": actors["Regime forces"]}), by=reviewer)
    _link(other, claim(user=second_annotator, figures={"killed_min": 5, "killed_max": 5}), by=reviewer)
    with django_assert_num_queries(1):  # the links, with annotation, figures, sources and documents joined
        summaries = incident_summaries([incident, other])
    assert [len(summaries[pk]["claims"]) for pk in (incident.pk, other.pk)] == [2, 1]
