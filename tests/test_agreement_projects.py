"""Honest agreement: per project, over the documents two or more assigned annotators finished, every
sentence a unit and a blank sentence the answer "no label". Pure functions first, then the database."""

import pytest
from django.core.management import call_command

from annotations.agreement import (
    agreement_compute,
    agreement_for_project,
    complete_codings,
    project_agreement_compute,
    value_agreement,
)
from annotations.models import Actor, Label
from annotations.projects.services import (
    assignment_add,
    default_project,
    document_finish,
    project_create,
    project_documents_add,
    project_member_set,
)
from annotations.services.annotating import AnnotationDraft, annotation_create
from annotations.services.reviewing import annotation_submit

LABELS = ["casualty_claim", "attribution", "call_to_action", "rhetoric"]
CLAIM = frozenset({"casualty_claim"})
BLANK = frozenset()


# --- pure -------------------------------------------------------------------------------------------


def _a_and_b():
    """The issue's case: one document of five sentences; A labels sentences 1-4, B only sentence 1."""
    sentences = {7: [101, 102, 103, 104, 105]}
    labelled = {
        101: {"A": {"casualty_claim"}, "B": {"casualty_claim"}},
        **{s: {"A": {"casualty_claim"}} for s in (102, 103, 104)},
    }
    return sentences, labelled


def test_a_labels_four_b_labels_one_both_finished_gives_alpha_below_one_and_lists_the_blanks():
    sentences, labelled = _a_and_b()
    codings = complete_codings(sentences, {7: ["A", "B"]}, labelled)
    report = project_agreement_compute(codings, LABELS)
    assert report["units"] == 5
    assert report["comparisons"] == 5
    assert report["overall_alpha"] < 1
    assert report["per_label"]["casualty_claim"] < 1
    assert report["disagreements"] == [102, 103, 104]
    assert codings[102] == {"A": CLAIM, "B": BLANK}
    assert codings[105] == {"A": BLANK, "B": BLANK}  # both blank: agreement on "no label"
    assert report["pairs"][0]["annotators"] == ["A", "B"]
    assert report["pairs"][0]["sentences"] == 5
    assert (report["pairs"][0]["agreed"], report["pairs"][0]["disagreed"]) == (2, 3)
    assert report["pairs"][0]["alpha"] == pytest.approx(report["overall_alpha"])


def test_the_same_labels_without_blanks_hide_the_disagreement():
    # What the older, blank-blind mode sees of the same work: only sentence 1 is shared, no disagreement.
    _, labelled = _a_and_b()
    blind = {s: {name: frozenset(keys) for name, keys in by.items()} for s, by in labelled.items()}
    report = agreement_compute(blind, LABELS)
    assert report["sentences"] == 1
    assert report["disagreements"] == []


def test_casualty_alpha_matches_the_hand_count():
    # casualty_claim: A yes yes yes yes no, B yes no no no no -> n1 = 5, n0 = 5 over 10 values;
    # D_o = 3 disagreeing units * 2 / 10 = 0.6; D_e = 2*5*5 / (10*9) = 5/9; alpha = 1 - 0.6 * 9/5 = -0.08.
    sentences, labelled = _a_and_b()
    report = project_agreement_compute(complete_codings(sentences, {7: ["A", "B"]}, labelled), LABELS)
    assert report["per_label"]["casualty_claim"] == pytest.approx(-0.08)
    assert report["per_label"]["attribution"] is None  # nobody said yes: undefined
    # Only casualty_claim was used; the unused labels' "no / no" do not lift the pooled figure.
    assert report["pooled_labels"] == ["casualty_claim"]
    assert report["overall_alpha"] == pytest.approx(-0.08)


def test_a_document_finished_by_one_annotator_has_no_units():
    sentences, labelled = _a_and_b()
    assert complete_codings(sentences, {7: ["A"]}, labelled) == {}


def test_labels_of_someone_who_did_not_finish_are_not_answers():
    sentences, labelled = _a_and_b()
    labelled[101]["C"] = {"rhetoric"}
    codings = complete_codings(sentences, {7: ["A", "B"]}, labelled)
    assert set(codings[101]) == {"A", "B"}


def test_two_annotators_who_both_leave_everything_blank_agree_but_alpha_is_undefined():
    codings = complete_codings({1: [10, 11]}, {1: ["A", "B"]}, {})
    report = project_agreement_compute(codings, LABELS)
    assert report["units"] == 2
    assert report["disagreements"] == []
    assert report["overall_alpha"] is None


def test_value_agreement_counts_pairs_per_unit_and_lists_the_units_that_differ():
    figures = {
        1: {"A": (4, 4, 21, 21), "B": (4, 4, 21, 21)},
        2: {"A": (4, 4, None, None), "B": (3, 5, None, None), "C": (4, 4, None, None)},
        3: {"A": (1, 1, None, None)},  # only one annotator: nothing to compare
    }
    assert value_agreement(figures) == {"pairs": 4, "matching": 2, "share": 0.5, "differing": [2]}
    assert value_agreement({})["share"] is None


# --- the database -------------------------------------------------------------------------------------


def _label(user, sentence, key, *, submit=False, **parts):
    label = Label.objects.get(key=key)
    annotation = annotation_create(annotator=user, draft=AnnotationDraft(sentence=sentence, label=label, **parts))
    return annotation_submit(annotation=annotation, by=user) if submit else annotation


def _assign_and_finish(project, document, *users, finish=True):
    for user in users:
        assignment_add(project=project, document=document, user=user, by=None)
        if finish:
            document_finish(project=project, document=document, annotator=user)


@pytest.fixture
def a_and_b(document, annotator, second_annotator):
    """In the default project: ann labels sentences 1-4 of the document (one of them only a draft), ann2
    labels sentence 1; both are assigned and both finished."""
    project = default_project()
    sentences = list(document.sentences.order_by("index"))
    for number, sentence in enumerate(sentences[:4]):
        _label(annotator, sentence, "rhetoric", submit=number != 3)
    _label(second_annotator, sentences[0], "rhetoric", submit=True)
    _assign_and_finish(project, document, annotator, second_annotator)
    return project, sentences


def test_project_report_counts_every_sentence_and_lists_the_blanks_as_disagreements(
    a_and_b, django_assert_max_num_queries
):
    project, sentences = a_and_b
    with django_assert_max_num_queries(5):  # finishes, sentences, annotations, label keys, listed sentences
        report = agreement_for_project(project=project)
    assert report["units"] == len(sentences) == 4
    assert report["annotators"] == ["ann", "ann2"]
    assert report["overall_alpha"] < 1
    assert [item["sentence"] for item in report["disagreements"]] == [s.pk for s in sentences[1:4]]
    second = report["disagreements"][0]
    assert second["labels"] == {"ann": ["rhetoric"], "ann2": []}  # the blank: "no label"
    assert second["index"] == 1
    assert report["documents"] == [sentences[0].document_id]


def test_drafts_of_a_finished_annotator_count(a_and_b):
    project, sentences = a_and_b
    report = agreement_for_project(project=project)
    # ann's fourth label is a draft; it still disagrees with ann2's blank.
    assert sentences[3].pk in [item["sentence"] for item in report["disagreements"]]


def test_a_finished_annotator_who_was_not_assigned_does_not_count(document, annotator, second_annotator, reviewer):
    project = default_project()
    _label(annotator, document.sentences.get(index=0), "rhetoric")
    _assign_and_finish(project, document, annotator)
    document_finish(project=project, document=document, annotator=second_annotator)  # finished, never assigned
    report = agreement_for_project(project=project)
    assert report["units"] == 0
    assert report["documents"] == []


def test_an_assigned_annotator_who_has_not_finished_does_not_count(document, annotator, second_annotator):
    project = default_project()
    _assign_and_finish(project, document, annotator)
    _assign_and_finish(project, document, second_annotator, finish=False)
    assert agreement_for_project(project=project)["units"] == 0


def test_annotations_of_another_project_are_not_answers(a_and_b, admin_user, annotator, second_annotator):
    project, sentences = a_and_b
    other = project_create(name="Newsroom", by=admin_user)
    project_documents_add(project=other, documents=[sentences[0].document_id], by=admin_user)
    for user in (annotator, second_annotator):
        project_member_set(project=other, user=user, role="annotator", by=admin_user)
    document = sentences[0].document
    _assign_and_finish(other, document, annotator, second_annotator)
    report = agreement_for_project(project=other)
    # Their labels are in the default project; in "Newsroom" both left every sentence blank.
    assert report["units"] == 4
    assert report["disagreements"] == []


def test_figures_and_actor_agreement_over_claims_both_marked(document, annotator, second_annotator):
    project = default_project()
    first, second = document.sentences.order_by("index")[:2]
    _label(
        annotator,
        second,
        "casualty_claim",
        figures={"killed_min": 4, "killed_max": 4, "injured_min": 21, "injured_max": 21},
    )
    _label(
        second_annotator,
        second,
        "casualty_claim",
        figures={"killed_min": 4, "killed_max": 4, "injured_min": 20, "injured_max": 21},
    )
    regime = Actor.objects.create(name="Regime forces")
    rebels = Actor.objects.create(name="Rebels")
    _label(annotator, first, "attribution", responsibility={"actor": regime})
    _label(second_annotator, first, "attribution", responsibility={"actor": regime})
    _label(annotator, second, "attribution", responsibility={"actor": regime})
    _label(second_annotator, second, "attribution", responsibility={"actor": rebels})
    _assign_and_finish(project, document, annotator, second_annotator)
    report = agreement_for_project(project=project)
    assert (report["figures"]["pairs"], report["figures"]["matching"]) == (1, 0)
    assert report["figures"]["share"] == 0
    differing = report["figures"]["differing"][0]
    assert differing["sentence"] == second.pk
    assert differing["figures"]["ann2"]["injured_min"] == 20
    assert report["actors"]["share"] == pytest.approx(0.5)
    assert report["actors"]["differing"][0]["actors"] == {"ann": "Regime forces", "ann2": "Rebels"}


def test_agreement_command_takes_a_project(a_and_b, capsys):
    project, _ = a_and_b
    call_command("agreement", "--project", str(project.pk))
    out = capsys.readouterr().out
    assert "4 unit(s)" in out
    assert "ann / ann2: 4 sentences, 1 agreed, 3 disagreed" in out
    assert "ann2: no label" in out
