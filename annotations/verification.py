"""What the claims linked to an incident say together: the verification summary.

Every linked claim is listed side by side. Only **approved**, incident-scope casualty claims are
counted into the killed/injured ranges, the source counts and the conflict flag; aggregate
(period-total) claims are listed but never counted. A claim's source is its cited source, else the
document's publisher, else the document itself (a report nobody is cited for speaks for itself).

Sources are weighed by their actor's source type: a party to the conflict's claims are counted (into
the ranges, the conflict flag and ``party_sources``) but are never independent confirmation, so they
never make an incident "fair". A party that states it is responsible (see ``accepts_responsibility``)
suggests "confirmed". The rules are the pure functions ``source_key``, ``is_independent``,
``accepts_responsibility`` and ``grade_suggestion``; the summary of any number of incidents is read
with one query.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Collection, Iterable
from dataclasses import dataclass

from django.db.models import Case, Exists, F, IntegerField, OuterRef, When
from django.db.models.functions import Coalesce

from annotations.models import (
    FIGURE_COUNTS,
    AnnotationStatus,
    CasualtyFigures,
    DocumentFingerprint,
    Grade,
    Incident,
    IncidentLink,
    Qualifier,
    Responsibility,
    Scope,
    SourceType,
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


def source_key(
    *, cited_source_id: int | None, publisher_id: int | None, document_id: int, copy_group: int | None = None
) -> tuple[str, int]:
    """Who a counted claim comes from, as a key: claims with the same key are one source.

    The cited source; else, for a document republished by others or republishing another
    (``copy_group``: the id of the group's original, see annotations.services.copies), the report
    itself, so that a republished copy is not a second independent source; else the document's
    publisher, else the document itself.
    """
    if cited_source_id is not None:
        return ("actor", cited_source_id)
    if copy_group is not None:
        return ("report", copy_group)
    if publisher_id is not None:
        return ("actor", publisher_id)
    return ("document", document_id)


def is_independent(source_type: str | None) -> bool:
    """Whether a source's claims can confirm an incident independently: everyone's but a party to the
    conflict's. A document with no named source (``None``) speaks for itself and counts."""
    return source_type != SourceType.PARTY_TO_CONFLICT


def accepts_responsibility(
    *, stance: str, blamed_id: int, publisher_id: int | None, cited_source_ids: Collection[int] = ()
) -> bool:
    """Whether an attribution is the blamed actor's own statement that it is responsible: it asserts
    (not suspects or denies) the blame, and the actor blamed is the document's publisher or the cited
    source of a casualty claim in the same sentence ("the ministry said its strike killed 20")."""
    if stance != Stance.ASSERTED:
        return False
    return blamed_id == publisher_id or blamed_id in cited_source_ids


def grade_suggestion(
    *, independent_sources: int, blamed_actors: int, party_sources: int = 0, responsibility_accepted: bool = False
) -> tuple[str, str]:
    """The grade the claims suggest and why, on Airwars' scale (the reviewer decides the grade).

    Attributions that blame different actors are competing claims of responsibility: contested, even
    when one of them accepted it. Otherwise a party's acceptance confirms; two or more independent
    sources are fair; one independent source, or claims from parties to the conflict alone however
    many, are weak.
    """
    if blamed_actors > 1:
        return Grade.CONTESTED, "Approved attributions blame different actors."
    if responsibility_accepted:
        return Grade.CONFIRMED, "A party stated that it is responsible."
    if independent_sources >= 2:
        return Grade.FAIR, f"{independent_sources} independent sources."
    if independent_sources == 1:
        return Grade.WEAK, "A single independent source."
    if party_sources:
        return Grade.WEAK, "Only parties to the conflict report it: their claims are not independent confirmation."
    return Grade.UNASSESSED, "No approved incident claims yet."


def suggest_grade(
    *, independent_sources: int, blamed_actors: int, party_sources: int = 0, responsibility_accepted: bool = False
) -> str:
    return grade_suggestion(
        independent_sources=independent_sources,
        blamed_actors=blamed_actors,
        party_sources=party_sources,
        responsibility_accepted=responsibility_accepted,
    )[0]


def _related(annotation, name: str):
    try:
        return getattr(annotation, name)
    except (CasualtyFigures.DoesNotExist, Responsibility.DoesNotExist):
        return None


def _actor(actor) -> dict | None:
    return {"id": actor.pk, "name": actor.name, "source_type": actor.source_type} if actor else None


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
        # The original this claim's document republishes (null: not a known copy).
        "copy_of": getattr(link, "copy_of", None),
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
        "accepts_responsibility": False,
    }


def _claim_source(link: IncidentLink) -> tuple[tuple[str, int], str | None]:
    """A counted claim's source key and the source type of the actor it names (None: the document)."""
    figures = link.annotation.figures
    document = link.annotation.sentence.document
    key = source_key(
        cited_source_id=figures.cited_source_id,
        publisher_id=document.publisher_id,
        document_id=document.pk,
        copy_group=getattr(link, "copy_group", None),
    )
    actor = figures.cited_source if figures.cited_source_id else document.publisher
    return key, actor.source_type if key[0] == "actor" else None


def summarise(links: Iterable[IncidentLink]) -> dict:
    """The summary of one incident from its links (with annotations, figures and documents joined)."""
    claims, killed, injured, sources, blamed = [], {}, {}, {}, {}
    attributions, cited_by_sentence = [], defaultdict(set)
    for link in links:
        row = claim_row(link)
        claims.append(row)
        if row["status"] != AnnotationStatus.APPROVED:
            continue
        figures = row["figures"]
        if row["label"] == CASUALTY_CLAIM and figures and figures["scope"] == Scope.INCIDENT:
            row["counted"] = True
            key, source_type = _claim_source(link)
            sources[key] = source_type
            for what, store in (("killed", killed), ("injured", injured)):
                bounds = _bounds(link.annotation.figures, what)
                if bounds is not None:
                    store[link.annotation_id] = bounds
        if row["label"] == CASUALTY_CLAIM and row["cited_source"]:
            cited_by_sentence[row["sentence"]["id"]].add(row["cited_source"]["id"])
        responsibility = row["responsibility"]
        if row["label"] == ATTRIBUTION and responsibility and responsibility["stance"] in BLAMING_STANCES:
            blamed[responsibility["actor"]["id"]] = responsibility["actor"]
            attributions.append(row)
    accepted = {}
    for row in attributions:
        responsibility = row["responsibility"]
        row["accepts_responsibility"] = accepts_responsibility(
            stance=responsibility["stance"],
            blamed_id=responsibility["actor"]["id"],
            publisher_id=row["publisher"]["id"] if row["publisher"] else None,
            cited_source_ids=cited_by_sentence[row["sentence"]["id"]],
        )
        if row["accepts_responsibility"]:
            accepted[responsibility["actor"]["id"]] = responsibility["actor"]
    conflicts = [{"figure": "killed", "annotations": list(pair)} for pair in conflicting_pairs(killed)]
    conflicts += [{"figure": "injured", "annotations": list(pair)} for pair in conflicting_pairs(injured)]
    independent = sum(1 for source_type in sources.values() if is_independent(source_type))
    grade, reason = grade_suggestion(
        independent_sources=independent,
        party_sources=len(sources) - independent,
        blamed_actors=len(blamed),
        responsibility_accepted=bool(accepted),
    )
    return {
        "claims": claims,
        "counted_claims": sum(1 for row in claims if row["counted"]),
        "killed": range_across(list(killed.values())),
        "injured": range_across(list(injured.values())),
        "independent_sources": independent,
        "party_sources": len(sources) - independent,
        "conflict": bool(conflicts),
        "conflicts": conflicts,
        "blamed_actors": sorted(blamed.values(), key=lambda actor: actor["name"]),
        "responsibility_accepted_by": sorted(accepted.values(), key=lambda actor: actor["name"]),
        "suggested_grade": grade,
        "suggested_grade_reason": reason,
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
    document = "annotation__sentence__document"
    has_copies = Exists(DocumentFingerprint.objects.filter(copy_of=OuterRef(f"{document}_id")))
    links = links.annotate(
        copy_of=F(f"{document}__fingerprint__copy_of"),
        copy_group=Coalesce(
            F(f"{document}__fingerprint__copy_of"),
            Case(When(has_copies, then=F(f"{document}_id")), default=None, output_field=IntegerField()),
        ),
    )
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
