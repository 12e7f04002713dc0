"""The demo data ``make run`` loads: the seed corpus annotated by the two demo annotators, reviewed,
and two incidents whose verification summaries show what the workbench is for.

- Atarib: 13 killed (seed 000, the SOC) against 15 civilians killed (seed 002): a conflict.
- Darat Izza: 4 killed and 21 injured in both seed 000 (citing the Civil Defense) and seed 002.

The two annotators overlap on most sentences and disagree on a few, so agreement has data. Every
step goes through the services (with their events), and loading twice changes nothing.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path

from django.contrib.auth.models import User
from django.core.exceptions import ImproperlyConfigured
from django.db import transaction

from annotations.models import Annotation, AnnotationStatus, Document, Incident, IncidentLink, Label, Sentence
from annotations.projects.models import DocumentFinish
from annotations.projects.services import assignments_overlap, default_project, document_finish
from annotations.services.actors import actor_find
from annotations.services.annotating import AnnotationDraft, annotation_create
from annotations.services.documents import text_sha256
from annotations.services.incidents import incident_create, incident_link
from annotations.services.reviewing import annotation_approve, annotation_reject, annotation_submit
from annotations.services.seed import FIXTURES_DIR

ATARIB = "Atarib airstrike on residential neighbourhoods"
DARAT_IZZA = "Darat Izza market and Grand Mosque strike"
INCIDENTS = {
    ATARIB: {"place_name": "Atarib", "admin_area": "Aleppo", "strike_type": "airstrike"},
    # The seed documents spell it both ways; the alias keeps the spelling a search may start from.
    DARAT_IZZA: {
        "place_name": "Darat Izza",
        "admin_area": "Aleppo",
        "strike_type": "airstrike",
        "aliases": ["Daret Izza"],
    },
}
SOC_REPORT = "seeds/000_d5a6fa126936f510.txt"
DAY_REPORT = "seeds/002_253d5246a67ce595.txt"
BOTH = ("annotator1", "annotator2")


@dataclass(frozen=True)
class DemoLabel:
    """Labels the demo annotators put on the sentence of ``file`` that contains ``words``."""

    file: str
    words: str
    label: str
    annotators: tuple[str, ...] = BOTH
    figures: dict | None = None  # cited_source by actor name
    blames: str | None = None  # actor name, for an attribution
    reject: tuple[str, str] | None = None  # (reason, comment) the reviewer rejects with; else approved
    incident: str | None = None  # linked (annotator1's) to this incident


def _killed(low, high=None, **more) -> dict:
    return {"killed_min": low, "killed_max": high if high is not None else low, **more}


DEMO_LABELS = (
    # seed 000: the Syrian Opposition Coalition's report
    DemoLabel(SOC_REPORT, "13 people", "casualty_claim", figures=_killed(13, raw_text="13 people"), incident=ATARIB),
    DemoLabel(SOC_REPORT, "13 people", "attribution", blames="Assad regime forces", incident=ATARIB),
    DemoLabel(
        SOC_REPORT,
        "four civilians were killed",
        "casualty_claim",
        figures=_killed(
            4,
            injured_min=21,
            injured_max=21,
            children_injured=7,
            preliminary=True,
            cited_source="Syrian Civil Defense",
            raw_text="four civilians were killed, and 21 others injured, including seven children",
        ),
        incident=DARAT_IZZA,
    ),
    DemoLabel(
        SOC_REPORT,
        "four civilians were killed",
        "attribution",
        annotators=("annotator1",),
        blames="Assad regime forces",
        incident=DARAT_IZZA,
    ),
    DemoLabel(
        SOC_REPORT,
        "the life of a child",
        "casualty_claim",
        figures=_killed(
            1, injured_min=20, injured_max=20, children_killed=1, children_injured=9, women_injured=6, scope="aggregate"
        ),
    ),
    DemoLabel(
        SOC_REPORT,
        "752 people were killed",
        "casualty_claim",
        figures=_killed(752, scope="aggregate", cited_source="Syrian Network for Human Rights", raw_text="752 people"),
    ),
    DemoLabel(
        SOC_REPORT, "752 people were killed", "attribution", annotators=("annotator2",), blames="Assad regime forces"
    ),
    DemoLabel(SOC_REPORT, "remains steadfast in its violent military approach", "rhetoric"),
    DemoLabel(SOC_REPORT, "called on the international community", "call_to_action"),
    DemoLabel(
        SOC_REPORT,
        "(Source:",
        "casualty_claim",
        annotators=("annotator2",),
        reject=("wrong_label", "This names the article's source; it states no casualties."),
    ),
    # seed 002: the day's report, figures from the Civil Defense (White Helmets)
    DemoLabel(
        DAY_REPORT,
        "killed at least 20 civilians",
        "casualty_claim",
        figures={
            "killed_min": 20,
            "qualifier": "at_least",
            "scope": "aggregate",
            "children_killed": 5,
            "women_killed": 2,
            "cited_source": "Syrian Civil Defense",
            "raw_text": "at least 20 civilians",
        },
    ),
    DemoLabel(
        DAY_REPORT,
        "killing 15 civilians",
        "casualty_claim",
        figures=_killed(
            15,
            injured_min=5,
            injured_max=5,
            children_killed=4,
            women_killed=2,
            raw_text="killing 15 civilians, including four children and two women, and injuring five others",
        ),
        incident=ATARIB,
    ),
    DemoLabel(
        DAY_REPORT,
        "killing 15 civilians",
        "attribution",
        annotators=("annotator1",),
        blames="Assad regime forces",
        incident=ATARIB,
    ),
    DemoLabel(DAY_REPORT, "killing 15 civilians", "attribution", annotators=("annotator2",), blames="Russian forces"),
    DemoLabel(
        DAY_REPORT,
        "In Darat Izza, west of Aleppo",
        "casualty_claim",
        figures=_killed(
            4,
            injured_min=21,
            injured_max=21,
            children_injured=7,
            raw_text="killing four civilians and seriously injuring 21 others, including seven children",
        ),
        incident=DARAT_IZZA,
    ),
    DemoLabel(DAY_REPORT, "This is a deliberate massacre", "rhetoric", annotators=("annotator1",)),
    DemoLabel(DAY_REPORT, "The silence enables", "rhetoric"),
    DemoLabel(DAY_REPORT, "urged civilians to avoid", "call_to_action"),
)


@dataclass
class DemoReport:
    created: int = 0
    decided: int = 0
    linked: int = 0
    incidents: dict[str, Incident] = field(default_factory=dict)


def _user(username: str) -> User:
    try:
        return User.objects.get(username=username)
    except User.DoesNotExist:
        raise ImproperlyConfigured(
            f"The demo account {username!r} is missing: run 'manage.py create_demo_accounts' first."
        ) from None


def _document(file: str) -> Document:
    text = (Path(FIXTURES_DIR) / file).read_text(encoding="utf-8")
    try:
        return Document.objects.get(text_sha256=text_sha256(text))
    except Document.DoesNotExist:
        raise ImproperlyConfigured(
            f"The seed document {file} is missing: run 'manage.py load_seed_corpus' first."
        ) from None


def _sentence(document: Document, words: str) -> Sentence:
    found = [s for s in document.sentences.order_by("index") if words in s.text_in(document.text)]
    if len(found) != 1:
        raise ImproperlyConfigured(f"{len(found)} sentences of {document.title!r} contain {words!r}; expected one.")
    return found[0]


def _actor(name: str):
    actor = actor_find(name=name)
    if actor is None:
        raise ImproperlyConfigured(f"The seed actor {name!r} is missing: run 'manage.py load_seed_corpus' first.")
    return actor


def _draft(item: DemoLabel, sentence: Sentence, labels: dict[str, Label]) -> AnnotationDraft:
    figures = dict(item.figures) if item.figures is not None else None
    if figures and "cited_source" in figures:
        figures["cited_source"] = _actor(figures["cited_source"])
    responsibility = {"actor": _actor(item.blames), "stance": "asserted"} if item.blames else None
    return AnnotationDraft(sentence=sentence, label=labels[item.label], figures=figures, responsibility=responsibility)


def _incident(title: str, reviewer: User, report: DemoReport) -> Incident:
    incident = Incident.objects.filter(title=title, merged_into__isnull=True).first()
    if incident is None:
        incident = incident_create(by=reviewer, title=title, **INCIDENTS[title])
    report.incidents[title] = incident
    return incident


@transaction.atomic
def demo_annotations_load() -> DemoReport:
    """Annotate, submit, review and link the demo labels; what already exists is left as it is."""
    users = {name: _user(name) for name in (*BOTH, "reviewer")}
    reviewer = users["reviewer"]
    labels = {label.key: label for label in Label.objects.all()}
    documents = {file: _document(file) for file in {item.file for item in DEMO_LABELS}}
    report = DemoReport()
    for title in INCIDENTS:
        _incident(title, reviewer, report)
    for item in DEMO_LABELS:
        sentence = _sentence(documents[item.file], item.words)
        for username in item.annotators:
            annotator = users[username]
            annotation = Annotation.objects.filter(
                annotator=annotator, sentence=sentence, label=labels[item.label]
            ).first()
            if annotation is None:
                annotation = annotation_create(annotator=annotator, draft=_draft(item, sentence, labels))
                report.created += 1
            if annotation.status == AnnotationStatus.DRAFT:
                annotation = annotation_submit(annotation=annotation, by=annotator)
            if annotation.status == AnnotationStatus.SUBMITTED:
                if item.reject:
                    reason, comment = item.reject
                    annotation = annotation_reject(
                        annotation=annotation, reviewer=reviewer, reason=reason, comment=comment
                    )
                else:
                    annotation = annotation_approve(annotation=annotation, reviewer=reviewer)
                report.decided += 1
            incident = report.incidents.get(item.incident)
            if (
                incident
                and username == "annotator1"
                and not IncidentLink.objects.filter(incident=incident, annotation=annotation).exists()
            ):
                incident_link(incident=incident, annotation=annotation, by=reviewer)
                report.linked += 1
    _demo_team(users=users, documents=list(documents.values()))
    return report


def _demo_team(*, users: dict[str, User], documents: list[Document]) -> None:
    """The demo annotators share the default project's documents two by two, and have finished the
    documents they labelled, so the dashboard and the agreement over finished documents show something."""
    project = default_project()
    admin = User.objects.filter(username="admin").first()
    assignments_overlap(project=project, overlap=2, annotators=[users[name].pk for name in BOTH], by=admin)
    for document in documents:
        for name in BOTH:
            if not DocumentFinish.objects.filter(project=project, document=document, annotator=users[name]).exists():
                document_finish(project=project, document=document, annotator=users[name])
