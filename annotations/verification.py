"""What the claims linked to an incident say together: the verification summary.

Every linked claim is listed side by side. Only **approved**, incident-scope casualty claims are
counted into the killed/injured ranges, the independent-source count and the conflict flag;
aggregate (period-total) claims are listed but never counted. A claim's source is its cited source,
else the document's publisher, else the document itself (a report nobody is cited for speaks for
itself). The summary of any number of incidents is read with one query.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable
from dataclasses import dataclass

from annotations.models import (
    FIGURE_COUNTS,
    AnnotationStatus,
    CasualtyFigures,
    Grade,
    Incident,
    IncidentLink,
    Qualifier,
    Responsibility,
    Scope,
    Stance,
)

CASUALTY_CLAIM = "casualty_claim"
ATTRIBUTION = "attribution"
BLAMING_STANCES = (Stance.ASSERTED, Stance.SUSPECTED)


@dataclass(frozen=True)
class Bounds:
    """A count as a range; ``high`` None means open-ended ("at least 20")."""

    low: int
    high: int | None

    def overlaps(self, other: Bounds) -> bool:
        return (self.high is None or other.low <= self.high) and (other.high is None or self.low <= other.high)


def figure_bounds(low: int | None, high: int | None) -> Bounds | None:
    """The range a claim's min/max state, or None when it states no such figure."""
    if low is None and high is None:
        return None
    return Bounds(low if low is not None else 0, high)


def _bounds(figures: CasualtyFigures, what: str) -> Bounds | None:
    # An empty maximum is open ("at least 13" agrees with 15); "at least" is open whatever was stored.
    high = None if figures.qualifier == Qualifier.AT_LEAST else getattr(figures, f"{what}_max")
    return figure_bounds(getattr(figures, f"{what}_min"), high)


def range_across(bounds: list[Bounds]) -> dict | None:
    """The span from the lowest claim to the highest (max None when any claim is open-ended)."""
    if not bounds:
        return None
    highs = [b.high for b in bounds]
    return {"min": min(b.low for b in bounds), "max": None if None in highs else max(highs)}


def conflicting_pairs(bounds_by_claim: dict[int, Bounds]) -> list[tuple[int, int]]:
    """Pairs of claims (by annotation id) whose ranges do not overlap."""
    items = sorted(bounds_by_claim.items())
    return [(a, b) for i, (a, ra) in enumerate(items) for b, rb in items[i + 1 :] if not ra.overlaps(rb)]


def suggest_grade(*, independent_sources: int, blamed_actors: int) -> str:
    if blamed_actors > 1:
        return Grade.CONTESTED
    if independent_sources >= 2:
        return Grade.FAIR
    if independent_sources == 1:
        return Grade.WEAK
    return Grade.UNASSESSED


def _related(annotation, name: str):
    try:
        return getattr(annotation, name)
    except (CasualtyFigures.DoesNotExist, Responsibility.DoesNotExist):
        return None


def _actor(actor) -> dict | None:
    return {"id": actor.pk, "name": actor.name} if actor else None


def claim_row(link: IncidentLink) -> dict:
    annotation = link.annotation
    document = annotation.sentence.document
    figures = _related(annotation, "figures")
    responsibility = _related(annotation, "responsibility")
    return {
        "annotation": annotation.pk,
        "label": annotation.label.key,
        "status": annotation.status,
        "annotator": annotation.annotator.username,
        "document": {"id": document.pk, "title": document.title, "url": document.url},
        "publisher": _actor(document.publisher),
        "published_on": document.published_on.isoformat() if document.published_on else None,
        "sentence": {"id": annotation.sentence_id, "text": annotation.sentence.text_in(document.text)},
        "cited_source": _actor(figures.cited_source) if figures else None,
        "figures": None
        if figures is None
        else {name: getattr(figures, name) for name in (*FIGURE_COUNTS, "qualifier", "scope", "preliminary")},
        "responsibility": None
        if responsibility is None
        else {"actor": _actor(responsibility.actor), "stance": responsibility.stance},
        "counted": False,
    }


def _source_key(link: IncidentLink) -> tuple[str, int]:
    annotation = link.annotation
    figures = annotation.figures
    if figures.cited_source_id:
        return ("actor", figures.cited_source_id)
    document = annotation.sentence.document
    if document.publisher_id:
        return ("actor", document.publisher_id)
    return ("document", document.pk)


def summarise(links: Iterable[IncidentLink]) -> dict:
    """The summary of one incident from its links (with annotations, figures and documents joined)."""
    claims, killed, injured, sources, blamed = [], {}, {}, set(), {}
    for link in links:
        row = claim_row(link)
        claims.append(row)
        if row["status"] != AnnotationStatus.APPROVED:
            continue
        figures = row["figures"]
        if row["label"] == CASUALTY_CLAIM and figures and figures["scope"] == Scope.INCIDENT:
            row["counted"] = True
            sources.add(_source_key(link))
            for what, store in (("killed", killed), ("injured", injured)):
                bounds = _bounds(link.annotation.figures, what)
                if bounds is not None:
                    store[link.annotation_id] = bounds
        responsibility = row["responsibility"]
        if row["label"] == ATTRIBUTION and responsibility and responsibility["stance"] in BLAMING_STANCES:
            blamed[responsibility["actor"]["id"]] = responsibility["actor"]
    conflicts = [{"figure": "killed", "annotations": list(pair)} for pair in conflicting_pairs(killed)]
    conflicts += [{"figure": "injured", "annotations": list(pair)} for pair in conflicting_pairs(injured)]
    return {
        "claims": claims,
        "counted_claims": sum(1 for row in claims if row["counted"]),
        "killed": range_across(list(killed.values())),
        "injured": range_across(list(injured.values())),
        "independent_sources": len(sources),
        "conflict": bool(conflicts),
        "conflicts": conflicts,
        "blamed_actors": sorted(blamed.values(), key=lambda actor: actor["name"]),
        "suggested_grade": suggest_grade(independent_sources=len(sources), blamed_actors=len(blamed)),
    }


def incident_links(ids: list[int], *, annotator=None) -> dict[int, list[IncidentLink]]:
    """The links of the incidents with every part a claim row reads, in one query, grouped by
    incident; with ``annotator``, only the links of that user's own annotations."""
    links = IncidentLink.objects.filter(incident_id__in=ids)
    if annotator is not None:
        links = links.filter(annotation__annotator=annotator)
    links = links.select_related(
        "annotation__label",
        "annotation__annotator",
        "annotation__sentence__document__publisher",
        "annotation__figures__cited_source",
        "annotation__responsibility__actor",
    ).order_by("incident_id", "annotation__sentence__document__published_on", "annotation_id")
    by_incident: dict[int, list[IncidentLink]] = defaultdict(list)
    for link in links:
        by_incident[link.incident_id].append(link)
    return by_incident


def incident_summaries(incidents: Iterable[Incident | int]) -> dict[int, dict]:
    """Verification summaries keyed by incident id, read with one query however many incidents."""
    ids = [incident.pk if isinstance(incident, Incident) else incident for incident in incidents]
    by_incident = incident_links(ids)
    return {pk: summarise(by_incident.get(pk, [])) for pk in ids}


def incident_summary(incident: Incident) -> dict:
    return incident_summaries([incident])[incident.pk]
