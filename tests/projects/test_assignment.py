"""The overlap planner: every document to k annotators, balanced, deterministic, incremental."""

from collections import Counter

import pytest

from annotations.projects.assignment import overlap_plan


def _per_document(plan):
    documents = {}
    for document, annotator in plan:
        documents.setdefault(document, set()).add(annotator)
    return documents


def test_every_document_gets_k_different_annotators():
    plan = overlap_plan(documents=range(1, 11), annotators=[7, 8, 9], overlap=2)
    per_document = _per_document(plan)
    assert sorted(per_document) == list(range(1, 11))
    assert all(len(people) == 2 for people in per_document.values())
    assert len(plan) == len(set(plan)) == 20


def test_the_work_is_balanced_across_the_chosen_annotators():
    load = Counter(annotator for _, annotator in overlap_plan(documents=range(100), annotators=[1, 2, 3], overlap=2))
    assert max(load.values()) - min(load.values()) <= 1


def test_the_same_input_gives_the_same_plan_whatever_the_order_given():
    first = overlap_plan(documents=[5, 3, 9, 1], annotators=[4, 2, 6], overlap=2)
    second = overlap_plan(documents=[1, 9, 3, 5], annotators=[6, 4, 2], overlap=2)
    assert first == second


def test_adding_documents_later_tops_up_and_keeps_the_balance():
    earlier = overlap_plan(documents=range(1, 7), annotators=[1, 2, 3], overlap=2)
    existing = _per_document(earlier)
    later = overlap_plan(documents=range(1, 11), annotators=[1, 2, 3], overlap=2, existing=existing)
    assert {document for document, _ in later} == {7, 8, 9, 10}
    load = Counter(annotator for _, annotator in earlier + later)
    assert max(load.values()) - min(load.values()) <= 1


def test_adding_a_person_later_gives_them_the_new_documents_first():
    existing = _per_document(overlap_plan(documents=range(1, 5), annotators=[1, 2], overlap=2))
    later = overlap_plan(documents=range(1, 7), annotators=[1, 2, 3], overlap=2, existing=existing)
    assert {annotator for _, annotator in later} >= {3}
    assert all(document in (5, 6) for document, _ in later)
    assert Counter(annotator for _, annotator in later)[3] == 2


def test_an_overlap_larger_than_the_team_is_refused():
    with pytest.raises(ValueError, match="needs at least 3 annotators"):
        overlap_plan(documents=[1], annotators=[1, 2], overlap=3)
