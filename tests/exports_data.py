"""Annotations in every state on the sample document, shared by the export and release tests."""

from __future__ import annotations

from dataclasses import dataclass

from annotations.models import Actor, Annotation, Document, Incident, Label, Sentence
from annotations.projects.models import ProjectDocument
from annotations.projects.services import default_project
from annotations.services.annotating import AnnotationDraft, annotation_create
from annotations.services.documents import text_sha256
from annotations.services.incidents import incident_create, incident_link
from annotations.services.reviewing import annotation_approve, annotation_submit


@dataclass
class Claims:
    document: Document
    claim: Annotation  # approved casualty claim with figures, linked to ``incident``
    attribution: Annotation  # approved attribution with responsibility
    call: Annotation  # submitted, not yet reviewed
    others_draft: Annotation  # the second annotator's draft
    incident: Incident


def _approved(annotation: Annotation, *, annotator, reviewer) -> Annotation:
    annotation_submit(annotation=annotation, by=annotator)
    return annotation_approve(annotation=Annotation.objects.get(pk=annotation.pk), reviewer=reviewer)


def make_claims(*, document: Document, labels: dict[str, Label], annotator, second_annotator, reviewer) -> Claims:
    sentences: list[Sentence] = list(document.sentences.order_by("index"))
    civil_defense = Actor.objects.create(name="Syrian Civil Defense", kind="first_responder")
    regime = Actor.objects.create(name="Regime forces", kind="state_forces")
    document.publisher = Actor.objects.create(name="SOC Media", kind="political_body")
    document.url = "https://example.org/darat-izza"
    document.save(update_fields=["publisher", "url"])
    claim = annotation_create(
        annotator=annotator,
        draft=AnnotationDraft(
            sentence=sentences[1],
            label=labels["casualty_claim"],
            span_start=sentences[1].start + 4,
            span_end=sentences[1].start + 24,
            figures={
                "killed_min": 4,
                "killed_max": 4,
                "injured_min": 21,
                "injured_max": 21,
                "preliminary": True,
                "cited_source": civil_defense,
                "raw_text": "four civilians were killed and 21 injured",
            },
        ),
    )
    incident = incident_create(by=annotator, title="Darat Izza market strike")
    incident_link(incident=incident, annotation=claim, by=annotator)
    claim = _approved(claim, annotator=annotator, reviewer=reviewer)
    attribution = annotation_create(
        annotator=annotator,
        draft=AnnotationDraft(
            sentence=sentences[2],
            label=labels["attribution"],
            responsibility={"actor": regime, "stance": "suspected"},
        ),
    )
    attribution = _approved(attribution, annotator=annotator, reviewer=reviewer)
    call = annotation_create(
        annotator=annotator, draft=AnnotationDraft(sentence=sentences[3], label=labels["call_to_action"])
    )
    call = annotation_submit(annotation=call, by=annotator)
    others_draft = annotation_create(
        annotator=second_annotator, draft=AnnotationDraft(sentence=sentences[0], label=labels["rhetoric"])
    )
    return Claims(document, claim, attribution, call, others_draft, incident)


def many_approved(*, count: int, labels: dict[str, Label], annotator, reviewer, title: str = "Bulk") -> int:
    """``count`` approved annotations over documents of 100 sentences, written in bulk (test data only)."""
    made, number = 0, 0
    while made < count:
        number += 1
        lines = [f"{title} {number} line {n}: {n + 2} people were injured." for n in range(min(100, count - made))]
        text = "\n".join(lines)
        document = Document.objects.create(title=f"{title} {number}", text=text, text_sha256=text_sha256(text))
        # Rows written past the services: put them where the services would (the default project).
        project = default_project()
        ProjectDocument.objects.create(project=project, document=document)
        offsets, start = [], 0
        for line in lines:
            offsets.append((start, start + len(line)))
            start += len(line) + 1
        sentences = Sentence.objects.bulk_create(
            Sentence(document=document, index=i, start=a, end=b) for i, (a, b) in enumerate(offsets)
        )
        Annotation.objects.bulk_create(
            Annotation(
                annotator=annotator,
                sentence=s,
                label=labels["rhetoric"],
                status="approved",
                reviewed_by=reviewer,
                project=project,
            )
            for s in sentences
        )
        made += len(sentences)
    return made
