"""The demo fixture: the seed corpus annotated and reviewed, and the two incidents it is meant to show."""

import pytest
from django.core.management import call_command
from django.core.management.base import CommandError

from annotations.agreement import agreement_for_documents
from annotations.models import Annotation, Event, Incident, IncidentLink
from annotations.services.demo import ATARIB, DARAT_IZZA, demo_annotations_load
from annotations.services.seed import demo_accounts_create, seed_corpus_load
from annotations.verification import incident_summary

pytestmark = pytest.mark.django_db


@pytest.fixture
def demo(settings):
    settings.DEBUG = True  # the demo accounts are only made on a demo instance
    seed_corpus_load()
    demo_accounts_create()
    return demo_annotations_load()


def _killed(summary):
    return sorted(claim["figures"]["killed_min"] for claim in summary["claims"] if claim["counted"])


def test_atarib_shows_13_against_15_killed_from_two_documents_as_a_conflict(demo):
    summary = incident_summary(Incident.objects.get(title=ATARIB))
    assert _killed(summary) == [13, 15]
    assert summary["killed"] == {"min": 13, "max": 15}
    assert summary["conflict"] is True
    assert summary["conflicts"][0]["figure"] == "killed"
    assert len({claim["document"]["id"] for claim in summary["claims"] if claim["counted"]}) == 2
    assert summary["independent_sources"] == 2
    assert [actor["name"] for actor in summary["blamed_actors"]] == ["Assad regime forces"]
    assert summary["suggested_grade"] == "fair"


def test_darat_izza_shows_agreeing_figures_from_two_documents(demo):
    summary = incident_summary(Incident.objects.get(title=DARAT_IZZA))
    counted = [claim for claim in summary["claims"] if claim["counted"]]
    assert len({claim["document"]["id"] for claim in counted}) == 2
    assert [(c["figures"]["killed_min"], c["figures"]["injured_min"]) for c in counted] == [(4, 21), (4, 21)]
    assert summary["killed"] == {"min": 4, "max": 4}
    assert summary["injured"] == {"min": 21, "max": 21}
    assert summary["conflict"] is False
    assert {c["cited_source"]["name"] for c in counted if c["cited_source"]} == {"Syrian Civil Defense"}


def test_demo_is_reviewed_and_has_overlap_for_agreement(demo):
    statuses = set(Annotation.objects.values_list("status", flat=True))
    assert statuses == {"approved", "rejected"}
    assert set(Annotation.objects.values_list("reviewed_by__username", flat=True)) == {"reviewer"}
    report = agreement_for_documents()
    assert report["annotators"] == ["annotator1", "annotator2"]
    assert report["sentences"] >= 10 and report["disagreements"]
    assert 0 < report["overall_alpha"] < 1


def test_loading_the_demo_twice_changes_nothing(demo):
    counts = (Annotation.objects.count(), IncidentLink.objects.count(), Incident.objects.count(), Event.objects.count())
    again = demo_annotations_load()
    assert (again.created, again.decided, again.linked) == (0, 0, 0)
    assert counts == (
        Annotation.objects.count(),
        IncidentLink.objects.count(),
        Incident.objects.count(),
        Event.objects.count(),
    )


def test_command_prints_the_two_summaries(demo, capsys):
    call_command("load_demo_annotations")
    out = capsys.readouterr().out
    assert "killed 13-15" in out and "CONFLICT" in out
    assert "killed 4-4, injured 21-21" in out and "figures agree" in out


def test_command_without_the_seed_corpus_says_what_to_run(db):
    with pytest.raises(CommandError, match="create_demo_accounts|load_seed_corpus"):
        call_command("load_demo_annotations")


def test_the_darat_izza_incident_is_found_by_either_spelling(demo):
    from annotations.text.names import search_key_matches

    incident = Incident.objects.get(title=DARAT_IZZA)
    assert incident.aliases == ["Daret Izza"]
    assert search_key_matches(incident.search_key, "daret izza")
    assert search_key_matches(incident.search_key, "Darat Izza")


def test_every_demo_disagreement_can_be_adjudicated(demo, django_user_model):
    from django.contrib.auth.models import Group

    from annotations.projects.services import default_project, project_member_set
    from annotations.services.reviewing import sentence_adjudicate

    adjudicator = django_user_model.objects.create_user("adjudicator")
    adjudicator.groups.add(Group.objects.get(name="reviewer"))
    project_member_set(project=default_project(), user=adjudicator, role="reviewer", by=None)
    disagreements = agreement_for_documents()["disagreements"]
    assert disagreements
    for row in disagreements:
        annotations = list(Annotation.objects.filter(sentence_id=row["sentence"]).order_by("id"))
        assert {a.status for a in annotations} <= {"approved", "rejected"}  # all decided before
        keep, *drop = annotations
        decided = sentence_adjudicate(
            sentence=keep.sentence,
            reviewer=adjudicator,
            approve=[keep.pk],
            reject=[a.pk for a in drop],
            reason="wrong_label",
        )
        assert [a.status for a in decided] == ["approved"] + ["rejected"] * len(drop)
    reopened = Event.objects.filter(actor=adjudicator, from_status__in=["approved", "rejected"], to_status="submitted")
    assert reopened.exists()
