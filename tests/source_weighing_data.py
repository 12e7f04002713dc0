"""An incident whose claims come from a monitor and from a party to the conflict, for the API and
page tests of source weighing."""

from __future__ import annotations

from dataclasses import dataclass

from annotations.models import Actor, Annotation, Incident
from annotations.services.annotating import AnnotationDraft, annotation_create
from annotations.services.documents import document_create
from annotations.services.incidents import incident_create, incident_link
from annotations.services.reviewing import annotation_approve, annotation_submit


@dataclass
class WeighedIncident:
    incident: Incident
    relayed: Annotation  # a media outlet's claim citing a monitor
    regime: Annotation  # a party's own toll
    statement: Annotation | None  # a party's attribution of the strike to itself, when asked for


def _approved(annotator, reviewer, incident, draft: AnnotationDraft) -> Annotation:
    annotation = annotation_create(annotator=annotator, draft=draft)
    annotation_submit(annotation=annotation, by=annotator)
    annotation = annotation_approve(annotation=annotation, reviewer=reviewer)
    incident_link(incident=incident, annotation=annotation, by=reviewer)
    return annotation


def weighed_incident(*, annotator, reviewer, labels, with_statement: bool = False) -> WeighedIncident:
    monitor = Actor.objects.create(name="SNHR", kind="monitor", source_type="monitor")
    outlet = Actor.objects.create(name="Step News", kind="media", source_type="media")
    regime = Actor.objects.create(name="Regime forces", kind="state_forces", source_type="party_to_conflict")
    incident = incident_create(by=reviewer, title="Atarib market strike", place_name="Atarib")
    relayed_doc, _ = document_create(
        text="Thirteen civilians were killed in Atarib, SNHR said.", title="Step News report", publisher=outlet
    )
    regime_doc, _ = document_create(
        text="Our air force struck a terrorist depot in Atarib, killing 13 terrorists.",
        title="Regime statement",
        publisher=regime,
    )
    figures = {"killed_min": 13, "killed_max": 13}
    relayed = _approved(
        annotator,
        reviewer,
        incident,
        AnnotationDraft(
            sentence=relayed_doc.sentences.get(),
            label=labels["casualty_claim"],
            figures={**figures, "cited_source": monitor},
        ),
    )
    regime_claim = _approved(
        annotator,
        reviewer,
        incident,
        AnnotationDraft(sentence=regime_doc.sentences.get(), label=labels["casualty_claim"], figures=figures),
    )
    statement = None
    if with_statement:
        statement = _approved(
            annotator,
            reviewer,
            incident,
            AnnotationDraft(
                sentence=regime_doc.sentences.get(),
                label=labels["attribution"],
                responsibility={"actor": regime, "stance": "asserted"},
            ),
        )
    return WeighedIncident(incident=incident, relayed=relayed, regime=regime_claim, statement=statement)
