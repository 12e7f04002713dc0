"""The benchmark's growth step copies data that every reader sees as it sees the originals: the copies are
in the same projects, and their annotations carry the same project, state and figures."""

from __future__ import annotations

import pytest

from annotations.models import Annotation, CasualtyFigures, Document
from annotations.projects.access import annotations_in_reach, documents_in_reach
from annotations.services.annotating import AnnotationDraft, annotations_bulk_create
from bench.setup_data import grow

pytestmark = pytest.mark.django_db


def test_grow_copies_documents_annotations_and_figures_into_the_same_projects(document, annotator, reviewer, labels):
    sentences = list(document.sentences.order_by("index"))
    annotations_bulk_create(
        annotator=annotator,
        document=document,
        drafts=[
            AnnotationDraft(sentence=sentences[0], label=labels["casualty_claim"], figures={"killed_min": 4}),
            AnnotationDraft(sentence=sentences[1], label=labels["attribution"]),
        ],
    )
    Annotation.objects.update(status="submitted")

    result = grow(3)

    assert result["documents"] == Document.objects.count() == 3
    assert result["annotations"] == 6 and result["copied_annotations"] == 4
    copies = Annotation.objects.exclude(sentence__document=document)
    assert {a.project_id for a in copies} == {Annotation.objects.filter(sentence__document=document)[0].project_id}
    assert all(a.status == "submitted" for a in copies)
    assert sorted(CasualtyFigures.objects.values_list("killed_min", flat=True)) == [4, 4, 4]
    for copy in Document.objects.exclude(pk=document.pk):
        assert copy.sentences.count() == len(sentences)
        assert [s.start for s in copy.sentences.order_by("index")] == [s.start for s in sentences]
    # A reviewer of the project sees the copies and their annotations, as the originals.
    assert documents_in_reach(Document.objects.all(), reviewer).count() == 3
    assert annotations_in_reach(Annotation.objects.all(), reviewer).count() == 6
