"""Boilerplate sentences end to end: marked at import, shown in the API, and left out of progress,
agreement and the sentence export (annotations.text.boilerplate decides; these tests use the database)."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from rest_framework.test import APIClient

from annotations.agreement import agreement_for_project
from annotations.exports.services import export_build
from annotations.models import Label
from annotations.projects.services import assignment_add, default_project, document_finish
from annotations.selectors import documents_with_progress
from annotations.services.annotating import AnnotationDraft, annotation_create
from annotations.services.documents import documents_import_file
from annotations.services.reviewing import annotation_approve, annotation_submit

pytestmark = pytest.mark.django_db

SEED = Path(__file__).resolve().parents[2] / "fixtures" / "seeds" / "001_b915f17983273dce.txt"
PAGE = (
    "Shelling hits Idlib market\n"
    "\n"
    "Credit: (Social Media)\n"
    "\n"
    "Artillery shells hit the market in Idlib on Sunday. Three civilians were killed and nine injured.\n"
    "Rescuers searched the rubble until the evening.\n"
    "(Source: SOC’s Media Department)\n"
    "Please enter your comment!\n"
)


@pytest.fixture
def page_document(db):
    report = documents_import_file(name="idlib.txt", data=PAGE.encode())
    assert not report.problems, report.problems
    return report.created[0]


def texts(document, *, boilerplate: bool) -> list[str]:
    return [
        document.text[s.start : s.end]
        for s in document.sentences.order_by("index")
        if bool(s.is_boilerplate) is boilerplate
    ]


def test_import_marks_headline_credit_signature_and_comment_prompt(page_document):
    assert page_document.title == "Shelling hits Idlib market"
    assert texts(page_document, boilerplate=True) == [
        "Shelling hits Idlib market",
        "Credit: (Social Media)",
        "(Source: SOC’s Media Department)",
        "Please enter your comment!",
    ]
    assert texts(page_document, boilerplate=False) == [
        "Artillery shells hit the market in Idlib on Sunday.",
        "Three civilians were killed and nine injured.",
        "Rescuers searched the rubble until the evening.",
    ]


def test_the_seed_page_with_a_comment_form_has_its_furniture_marked(db):
    document = documents_import_file(name=SEED.name, data=SEED.read_bytes()).created[0]
    marked = texts(document, boilerplate=True)
    assert "Credit: (Social Media)" in marked
    assert marked[-2:] == ["Please enter your comment!", "Please enter your name here"]
    assert not any("killed" in text for text in marked)


def test_the_api_says_which_sentences_are_boilerplate(page_document, annotator):
    client = APIClient()
    client.force_login(annotator)
    body = client.get(f"/api/v1/documents/{page_document.pk}/").json()
    flags = [sentence["is_boilerplate"] for sentence in body["sentences"]]
    assert flags == [True, True, False, False, False, True, True]
    listed = client.get("/api/v1/sentences/", {"document": page_document.pk}).json()["results"]
    assert [sentence["is_boilerplate"] for sentence in listed] == flags


def test_progress_counts_only_content(page_document, annotator):
    claim = Label.objects.get(key="casualty_claim")
    sentences = list(page_document.sentences.order_by("index"))
    annotation_create(annotator=annotator, draft=AnnotationDraft(sentence=sentences[3], label=claim))
    # A person may still label a boilerplate line (the page offers it on request): it is no progress.
    annotation_create(annotator=annotator, draft=AnnotationDraft(sentence=sentences[1], label=claim))
    row = documents_with_progress(annotator).get(pk=page_document.pk)
    assert row.sentence_count == 3
    assert row.progress_labelled_sentences == 1


def test_agreement_units_leave_boilerplate_out(page_document, annotator, second_annotator):
    project = default_project()
    rhetoric = Label.objects.get(key="rhetoric")
    sentences = list(page_document.sentences.order_by("index"))
    annotation_create(annotator=annotator, draft=AnnotationDraft(sentence=sentences[4], label=rhetoric))
    for user in (annotator, second_annotator):
        assignment_add(project=project, document=page_document, user=user, by=None)
        document_finish(project=project, document=page_document, annotator=user)
    report = agreement_for_project(project=project)
    assert report["units"] == 3  # the three content sentences; the four furniture lines are no units
    assert [item["sentence"] for item in report["disagreements"]] == [sentences[4].pk]


def test_the_sentence_export_leaves_out_unlabelled_boilerplate(page_document, annotator, reviewer):
    claim = Label.objects.get(key="casualty_claim")
    sentences = list(page_document.sentences.order_by("index"))
    for sentence in (sentences[3], sentences[6]):  # content, and a comment prompt someone labelled anyway
        made = annotation_create(annotator=annotator, draft=AnnotationDraft(sentence=sentence, label=claim))
        annotation_approve(annotation=annotation_submit(annotation=made, by=annotator), reviewer=reviewer)
    lines = "".join(export_build(user=reviewer, shape="sentences", fmt="jsonl", params={}).chunks).splitlines()
    rows = [json.loads(line) for line in lines]
    assert [row["sentence_index"] for row in rows] == [2, 3, 4, 6]
