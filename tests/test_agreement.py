"""Krippendorff's alpha against values worked out by hand, and the report read from the database."""

import pytest
from django.core.management import call_command

from annotations.agreement import (
    agreement_compute,
    agreement_for_documents,
    label_alphas,
    nominal_alpha,
    pair_counts,
)
from annotations.services.annotating import AnnotationDraft, annotation_create
from annotations.services.reviewing import annotation_submit

LABELS = ["casualty_claim", "attribution"]


def test_perfect_agreement_is_one():
    assert nominal_alpha([["a", "b", "a"], ["a", "b", "a"]]) == 1.0


def test_total_disagreement_on_two_units_is_minus_one_half():
    # Values 1,0 | 0,1: observed disagreement 4/4 = 1, expected 2*2*2/(4*3) = 2/3, alpha = 1 - 3/2.
    assert nominal_alpha([[1, 0], [0, 1]]) == pytest.approx(-0.5)


def test_krippendorff_textbook_example():
    # Krippendorff (2011), "Computing Krippendorff's Alpha-Reliability", nominal data, 4 observers,
    # 12 units with missing values: alpha = 0.743.
    rows = [
        [1, 2, 3, 3, 2, 1, 4, 1, 2, None, None, None],
        [1, 2, 3, 3, 2, 2, 4, 1, 2, 5, None, 3],
        [None, 3, 3, 3, 2, 3, 4, 2, 2, 5, 1, None],
        [1, 2, 3, 3, 2, 4, 4, 1, 2, 5, 1, None],
    ]
    assert nominal_alpha(rows) == pytest.approx(0.743, abs=5e-4)


def test_alpha_is_undefined_when_every_value_is_the_same():
    assert nominal_alpha([[1, 1], [1, 1]]) is None


def test_alpha_is_undefined_without_a_unit_coded_twice():
    assert nominal_alpha([[1, None], [None, 0]]) is None


def test_per_label_alpha_counts_a_missing_label_as_no():
    codings = {
        1: {"ann": frozenset({"casualty_claim", "attribution"}), "ann2": frozenset({"casualty_claim"})},
        2: {"ann": frozenset({"attribution"}), "ann2": frozenset({"casualty_claim"})},
        3: {"ann": frozenset({"casualty_claim"}), "ann2": frozenset({"casualty_claim"})},
    }
    overall, per_label = label_alphas(codings, LABELS)
    # casualty_claim: yes/yes, no/yes, yes/yes -> values 1,1,0,1,1,1: D_o = 2/6, D_e = 2*1*5/(6*5) = 1/3, alpha = 0.
    assert per_label["casualty_claim"] == pytest.approx(0.0)
    # attribution: yes/no, yes/no, no/no -> 1,0,1,0,0,0: D_o = 4/6, D_e = 2*2*4/30 = 16/30, alpha = 1 - 1.25.
    assert per_label["attribution"] == pytest.approx(-0.25)
    # pooled twelve decisions: 1,1 0,1 1,1 1,0 1,0 0,0: n1=7 n0=5, D_o = 6/12, D_e = 2*7*5/132, alpha = 1 - 66/70.
    assert overall == pytest.approx(1 - 66 / 70)


def test_sentences_labelled_by_one_annotator_do_not_count():
    codings = {
        1: {"ann": frozenset({"casualty_claim"}), "ann2": frozenset({"casualty_claim"})},
        2: {"ann": frozenset({"attribution"}), "ann2": frozenset({"casualty_claim"})},
        3: {"ann": frozenset({"attribution"})},
    }
    report = agreement_compute(codings, LABELS)
    assert report["sentences"] == 2
    assert report["disagreements"] == [2]
    assert report["pairs"] == [{"annotators": ["ann", "ann2"], "sentences": 2, "agreed": 1, "disagreed": 1}]


def test_pair_counts_cover_every_pair_of_three_annotators():
    codings = {1: {"a": frozenset({"x"}), "b": frozenset({"x"}), "c": frozenset({"y"})}}
    assert pair_counts(codings) == [
        {"annotators": ["a", "b"], "sentences": 1, "agreed": 1, "disagreed": 0},
        {"annotators": ["a", "c"], "sentences": 1, "agreed": 0, "disagreed": 1},
        {"annotators": ["b", "c"], "sentences": 1, "agreed": 0, "disagreed": 1},
    ]


def _label(user, sentence, label, *, submit=True):
    annotation = annotation_create(annotator=user, draft=AnnotationDraft(sentence=sentence, label=label))
    return annotation_submit(annotation=annotation, by=user) if submit else annotation


@pytest.fixture
def two_annotators_on_document(document, labels, annotator, second_annotator):
    first, second, third = document.sentences.order_by("index")[:3]
    _label(annotator, first, labels["casualty_claim"])
    _label(second_annotator, first, labels["casualty_claim"])
    _label(annotator, second, labels["casualty_claim"])
    _label(second_annotator, second, labels["attribution"])
    _label(second_annotator, third, labels["call_to_action"], submit=False)  # a draft: not counted
    return document


def test_report_from_the_database_lists_disagreements_with_their_text(
    two_annotators_on_document, django_assert_max_num_queries
):
    document = two_annotators_on_document
    with django_assert_max_num_queries(3):  # the codings, the label keys, the disagreeing sentences
        report = agreement_for_documents(documents=[document.pk])
    second = document.sentences.get(index=1)
    assert report["sentences"] == 2
    assert report["annotators"] == ["ann", "ann2"]
    assert [d["sentence"] for d in report["disagreements"]] == [second.pk]
    assert report["disagreements"][0]["text"] == second.text_in(document.text)
    assert report["disagreements"][0]["labels"] == {"ann": ["casualty_claim"], "ann2": ["attribution"]}
    assert report["per_label"]["call_to_action"] is None


def test_report_for_other_documents_is_empty(two_annotators_on_document):
    assert agreement_for_documents(documents=[two_annotators_on_document.pk + 1000])["sentences"] == 0


def test_agreement_command_prints_the_alphas(two_annotators_on_document, capsys):
    call_command("agreement", "--document", str(two_annotators_on_document.pk))
    out = capsys.readouterr().out
    assert "overall alpha" in out
    assert "casualty_claim" in out
    assert "ann / ann2: 2 sentences, 1 agreed, 1 disagreed" in out
