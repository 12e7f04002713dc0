"""The verification summary weighs sources by their actors' source types, through the services and
real rows: parties to the conflict count but never confirm independently, and a party's own statement
of responsibility suggests "confirmed"."""

import pytest

from annotations.models import Actor
from annotations.services.actors import actor_update
from annotations.services.annotating import AnnotationDraft, annotation_create
from annotations.services.documents import document_create
from annotations.services.incidents import incident_create, incident_link
from annotations.services.reviewing import annotation_approve, annotation_submit
from annotations.verification import incident_summary

pytestmark = pytest.mark.django_db


@pytest.fixture
def actors(db):
    def make(name, kind, source_type):
        return Actor.objects.create(name=name, kind=kind, source_type=source_type)

    return {
        "SNHR": make("SNHR", "monitor", "monitor"),
        "Civil Defense": make("Civil Defense", "first_responder", "first_responder"),
        "Regime forces": make("Regime forces", "state_forces", "party_to_conflict"),
        "Russian MoD": make("Russian MoD", "government", "party_to_conflict"),
        "PYD": make("PYD", "armed_group", "party_to_conflict"),
    }


@pytest.fixture
def incident(reviewer):
    return incident_create(by=reviewer, title="Market strike", place_name="Darat Izza", occurred_on="2024-11-20")


@pytest.fixture
def report(annotator, reviewer, labels, incident):
    """``report(text, publisher=…)`` stores a document; ``.claim(...)``/``.blame(...)`` on the returned
    helper add an approved claim on its first sentence, linked to the incident."""

    class Report:
        def __init__(self, text, publisher):
            self.document, _ = document_create(text=text, title=text[:40], publisher=publisher)
            self.sentence = self.document.sentences.get(index=0)

        def _approved(self, draft, approve=True):
            annotation = annotation_create(annotator=annotator, draft=draft)
            if approve:
                annotation = annotation_submit(annotation=annotation, by=annotator)
                annotation = annotation_approve(annotation=annotation, reviewer=reviewer)
            incident_link(incident=incident, annotation=annotation, by=reviewer)
            return annotation

        def claim(self, killed, *, cited_source=None, approve=True):
            figures = {"killed_min": killed, "killed_max": killed, "cited_source": cited_source}
            return self._approved(
                AnnotationDraft(sentence=self.sentence, label=labels["casualty_claim"], figures=figures), approve
            )

        def blame(self, actor, *, stance="asserted"):
            return self._approved(
                AnnotationDraft(
                    sentence=self.sentence,
                    label=labels["attribution"],
                    responsibility={"actor": actor, "stance": stance},
                )
            )

    return lambda text, publisher=None: Report(text, publisher)


def test_claims_only_from_parties_count_but_do_not_make_the_incident_fair(report, actors, incident):
    report("The regime said twenty terrorists were killed.", actors["Regime forces"]).claim(20)
    report("Russia's ministry said 18 were killed in the strike.").claim(18, cited_source=actors["Russian MoD"])
    summary = incident_summary(incident)
    assert summary["counted_claims"] == 2
    assert summary["killed"] == {"min": 18, "max": 20}
    assert summary["conflict"] is True
    assert summary["independent_sources"] == 0
    assert summary["party_sources"] == 2
    assert summary["suggested_grade"] == "weak"
    assert "parties to the conflict" in summary["suggested_grade_reason"]


def test_one_monitor_and_one_party_is_one_independent_source(report, actors, incident):
    report("SNHR documented 13 civilians killed.", actors["SNHR"]).claim(13)
    report("The regime said 13 militants were killed.", actors["Regime forces"]).claim(13)
    summary = incident_summary(incident)
    assert (summary["independent_sources"], summary["party_sources"]) == (1, 1)
    assert summary["suggested_grade"] == "weak"


def test_a_party_citing_a_monitor_counts_the_monitor(report, actors, incident):
    # The claim's source is whom it cites: a party's outlet relaying the Civil Defense's toll is the Civil Defense.
    report("Four were killed, the Civil Defense said.", actors["Regime forces"]).claim(
        4, cited_source=actors["Civil Defense"]
    )
    report("SNHR documented four civilians killed.", actors["SNHR"]).claim(4)
    summary = incident_summary(incident)
    assert (summary["independent_sources"], summary["party_sources"]) == (2, 0)
    assert summary["suggested_grade"] == "fair"


def test_two_independent_sources_and_a_party_are_fair(report, actors, incident):
    report("SNHR documented four civilians killed.", actors["SNHR"]).claim(4)
    report("The Civil Defense recovered four bodies.", actors["Civil Defense"]).claim(4)
    report("The regime said four terrorists were killed.", actors["Regime forces"]).claim(4)
    summary = incident_summary(incident)
    assert (summary["independent_sources"], summary["party_sources"]) == (2, 1)
    assert summary["suggested_grade"] == "fair"


def test_a_party_publishing_its_own_responsibility_suggests_confirmed(report, actors, incident):
    statement = report("Our forces struck the depot, killing 20 fighters.", actors["PYD"])
    statement.claim(20)
    attribution = statement.blame(actors["PYD"])
    summary = incident_summary(incident)
    assert summary["suggested_grade"] == "confirmed"
    assert [actor["name"] for actor in summary["responsibility_accepted_by"]] == ["PYD"]
    rows = {row["annotation"]: row for row in summary["claims"]}
    assert rows[attribution.pk]["accepts_responsibility"] is True


def test_a_claim_citing_the_blamed_party_in_the_same_sentence_accepts_responsibility(report, actors, incident):
    wire = report("The Russian defence ministry said its strike killed 20 militants.", actors["SNHR"])
    wire.claim(20, cited_source=actors["Russian MoD"])
    wire.blame(actors["Russian MoD"])
    summary = incident_summary(incident)
    assert summary["suggested_grade"] == "confirmed"
    assert summary["party_sources"] == 1 and summary["independent_sources"] == 0


def test_a_monitor_blaming_a_party_is_not_the_party_accepting_it(report, actors, incident):
    monitor = report("SNHR said regime warplanes killed four civilians.", actors["SNHR"])
    monitor.claim(4)
    monitor.blame(actors["Regime forces"])
    summary = incident_summary(incident)
    assert summary["responsibility_accepted_by"] == []
    assert summary["suggested_grade"] == "weak"


def test_a_party_denying_responsibility_does_not_confirm(report, actors, incident):
    statement = report("The ministry denied that its aircraft struck the market.", actors["Russian MoD"])
    statement.blame(actors["Russian MoD"], stance="denied")
    report("SNHR documented four civilians killed.", actors["SNHR"]).claim(4)
    summary = incident_summary(incident)
    assert summary["responsibility_accepted_by"] == []
    assert summary["suggested_grade"] == "weak"


def test_acceptance_and_blame_of_another_actor_are_contested(report, actors, incident):
    statement = report("Our forces struck the depot.", actors["PYD"])
    statement.blame(actors["PYD"])
    report("SNHR said regime warplanes struck the depot.", actors["SNHR"]).blame(actors["Regime forces"])
    summary = incident_summary(incident)
    assert [actor["name"] for actor in summary["responsibility_accepted_by"]] == ["PYD"]
    assert summary["suggested_grade"] == "contested"


def test_retyping_an_actor_changes_the_summary(report, actors, incident, reviewer):
    report("SNHR documented four civilians killed.", actors["SNHR"]).claim(4)
    report("Step News reported four killed.", Actor.objects.create(name="Step News", kind="media")).claim(4)
    assert incident_summary(incident)["suggested_grade"] == "fair"
    actor_update(actor=Actor.objects.get(name="Step News"), by=reviewer, source_type="party_to_conflict")
    summary = incident_summary(incident)
    assert (summary["independent_sources"], summary["party_sources"]) == (1, 1)
    assert summary["suggested_grade"] == "weak"


def test_claim_rows_carry_the_source_types_of_publisher_and_cited_source(report, actors, incident):
    report("Four were killed, the Civil Defense said.", actors["Regime forces"]).claim(
        4, cited_source=actors["Civil Defense"]
    )
    [row] = incident_summary(incident)["claims"]
    assert row["publisher"] == {
        "id": actors["Regime forces"].pk,
        "name": "Regime forces",
        "source_type": "party_to_conflict",
    }
    assert row["cited_source"]["source_type"] == "first_responder"


def test_unapproved_party_statements_neither_count_nor_confirm(report, actors, incident):
    statement = report("Our forces struck the depot, killing 20 fighters.", actors["PYD"])
    statement.claim(20, approve=False)
    summary = incident_summary(incident)
    assert summary["party_sources"] == 0 and summary["suggested_grade"] == "unassessed"
