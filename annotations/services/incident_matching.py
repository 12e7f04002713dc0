"""Which existing incidents a claim may be about, and which incidents are probably the same event.

A match is scored from three things, each giving a reason a person can check:

- the place: the incident's place name (or one of its aliases) under ``name_key``, so that
  "Daret Izza" finds "Darat Izza" and "Idleb" finds "Idlib";
- the date: within the incident's precision (a day, a week or a month; reports are often
  published the day after, so a day-precise incident accepts the next day too);
- the strike type: the same kind of attack (airstrike, shelling, drone, barrel bomb, ...).

Read-only: nothing here changes the database. Merging duplicates is ``services.incidents.incident_merge``.
"""

from __future__ import annotations

import re
from collections import defaultdict
from collections.abc import Iterable
from dataclasses import dataclass, field
from datetime import date

from annotations.models import Annotation, DatePrecision, Incident
from annotations.text.names import name_key

PLACE_SAME, PLACE_IN_TEXT, DATE_WITHIN, DATE_NEAR, STRIKE_SAME = 0.5, 0.4, 0.3, 0.1, 0.2
MIN_SCORE = 0.3
WINDOW_DAYS = {DatePrecision.DAY: 1, DatePrecision.WEEK: 7, DatePrecision.MONTH: 31}

# Kinds of attack, and the words that name them in a strike type or a sentence.
STRIKE_KINDS = {
    "airstrike": r"air\s*strikes?|air\s*raids?|warplanes?|jets?|aircraft|aerial|bombed|bombing|bombardment|raids?",
    "barrel bomb": r"barrel\s*bombs?|helicopters?",
    "shelling": r"shell(?:s|ing|ed)?|artillery|mortars?|howitzers?",
    "rocket or missile": r"rockets?|missiles?|grad|cluster\s+munitions?",
    "drone": r"drones?|uavs?|unmanned",
    "explosive device": r"car\s*bombs?|ieds?|explosive\s+devices?|land\s*mines?|mines?|blast|explosion",
    "shooting": r"gunfire|shot|shooting|sniper|gunmen|clashes|executed|execution",
}
_STRIKE_PATTERNS = {kind: re.compile(rf"\b(?:{words})\b", re.IGNORECASE) for kind, words in STRIKE_KINDS.items()}


def strike_kinds(text: str) -> set[str]:
    """The kinds of attack a strike type or a sentence names."""
    return {kind for kind, pattern in _STRIKE_PATTERNS.items() if text and pattern.search(text)}


@dataclass
class Match:
    incident: Incident
    score: float = 0.0
    reasons: list[str] = field(default_factory=list)

    def as_dict(self) -> dict:
        incident = self.incident
        return {
            "incident": {
                "id": incident.pk,
                "title": incident.title,
                "place_name": incident.place_name,
                "admin_area": incident.admin_area,
                "occurred_on": incident.occurred_on.isoformat() if incident.occurred_on else None,
                "date_precision": incident.date_precision,
                "version": incident.version,
            },
            "score": round(min(self.score, 1.0), 3),
            "reasons": self.reasons,
        }


def _names(incident: Incident) -> list[str]:
    return [n for n in [incident.place_name, *(incident.aliases or [])] if isinstance(n, str) and n.strip()]


def _place_reason(incident: Incident, *, place_key: str, text_key: str) -> tuple[float, str] | None:
    for name in _names(incident):
        key = name_key(name)
        if not key:
            continue
        if place_key and key == place_key:
            return PLACE_SAME, f"same place: {name!r}" + ("" if name == incident.place_name else " (an alias)")
        if text_key and f" {key} " in f" {text_key} ":
            return PLACE_IN_TEXT, f"the text names the place {name!r}"
        if place_key and (f" {key} " in f" {place_key} " or f" {place_key} " in f" {key} "):
            return PLACE_IN_TEXT, f"place names overlap: {name!r}"
    return None


def _date_reason(incident: Incident, when: date) -> tuple[float, str] | None:
    if incident.occurred_on is None:
        return None
    window = WINDOW_DAYS.get(incident.date_precision, 1)
    apart = abs((when - incident.occurred_on).days)
    if incident.date_precision == DatePrecision.MONTH:
        within = (when.year, when.month) == (incident.occurred_on.year, incident.occurred_on.month)
    else:
        within = apart <= window
    if within:
        return (
            DATE_WITHIN,
            f"date {when.isoformat()} within the incident's {incident.date_precision}"
            f" ({incident.occurred_on.isoformat()})",
        )
    if apart <= 2 * window:
        return (
            DATE_NEAR,
            f"date {when.isoformat()} is {apart} days from the incident's ({incident.occurred_on.isoformat()})",
        )
    return None


def _score(incident: Incident, *, place_key: str, text_key: str, when: date | None, kinds: set[str]) -> Match:
    match = Match(incident)
    place = _place_reason(incident, place_key=place_key, text_key=text_key)
    dated = _date_reason(incident, when) if when else None
    shared = sorted(kinds & strike_kinds(incident.strike_type))
    for part in (place, dated):
        if part:
            match.score += part[0]
            match.reasons.append(part[1])
    if shared:
        match.score += STRIKE_SAME
        match.reasons.append("same kind of attack: " + ", ".join(shared))
    # Without the place, a date and a kind of attack together still make a candidate; either alone does not.
    if place is None and not (dated and dated[0] == DATE_WITHIN and shared):
        match.score = 0.0
    return match


def _candidates(exclude: set[int], projects: Iterable[int] | None = None):
    """Unmerged incidents, of ``projects`` only when given (None: every project)."""
    queryset = Incident.objects.all() if projects is None else Incident.objects.filter(project_id__in=list(projects))
    return (
        queryset.filter(merged_into__isnull=True)
        .exclude(pk__in=exclude)
        .only(
            "id",
            "title",
            "place_name",
            "admin_area",
            "occurred_on",
            "date_precision",
            "strike_type",
            "aliases",
            "version",
            "project_id",
        )
        .order_by("id")
    )


def incident_matches(
    *,
    place: str = "",
    text: str = "",
    occurred_on: date | None = None,
    strike_type: str = "",
    exclude: set[int] | None = None,
    limit: int = 10,
    projects: Iterable[int] | None = None,
) -> list[Match]:
    """Existing incidents (of ``projects`` when given) ranked by how well they fit a place, a text naming
    a place, a date and a strike type."""
    place_key, text_key = name_key(place), name_key(text)
    kinds = strike_kinds(strike_type) | strike_kinds(text)
    matches = [
        _score(incident, place_key=place_key, text_key=text_key, when=occurred_on, kinds=kinds)
        for incident in _candidates(exclude or set(), projects).iterator(chunk_size=500)
    ]
    matches = [m for m in matches if m.score >= MIN_SCORE]
    matches.sort(key=lambda m: (-m.score, m.incident.pk))
    return matches[:limit]


def incident_matches_for_annotation(*, annotation: Annotation, limit: int = 10) -> list[Match]:
    """Incidents of the claim's project it may be about: places named in its sentence, its document's date,
    its kind of attack (a claim links only to an incident of its own project)."""
    sentence = annotation.sentence
    document = sentence.document
    text = document.text[sentence.start : sentence.end]
    linked = set(annotation.incident_links.values_list("incident_id", flat=True))
    return incident_matches(
        text=f"{text} {document.title}",
        occurred_on=document.published_on,
        exclude=linked,
        limit=limit,
        projects=None if annotation.project_id is None else [annotation.project_id],
    )


def incident_duplicates(*, limit: int = 100, projects: Iterable[int] | None = None) -> list[dict]:
    """Pairs of unmerged incidents that are probably one event: same project, same place (by key) and
    dates that fit; only in ``projects`` when given."""
    by_key: dict[tuple, list[Incident]] = defaultdict(list)
    for incident in _candidates(set(), projects).iterator(chunk_size=500):
        for key in {name_key(name) for name in _names(incident)} - {""}:
            by_key[(incident.project_id, key)].append(incident)
    pairs: dict[tuple[int, int], Match] = {}
    for incidents in by_key.values():
        for i, first in enumerate(incidents):
            for second in incidents[i + 1 :]:
                if (first.pk, second.pk) in pairs:
                    continue
                match = _pair(first, second)
                if match is not None:
                    pairs[(first.pk, second.pk)] = match
    ranked = sorted(pairs.items(), key=lambda item: (-item[1].score, item[0]))
    out = []
    for (_a, _b), match in ranked[:limit]:
        first, second = match.incident
        out.append(
            {
                "incidents": [Match(first).as_dict()["incident"], Match(second).as_dict()["incident"]],
                "score": round(min(match.score, 1.0), 3),
                "reasons": match.reasons,
            }
        )
    return out


def _pair(first: Incident, second: Incident) -> Match | None:
    wider = first if WINDOW_DAYS[first.date_precision] >= WINDOW_DAYS[second.date_precision] else second
    other = second if wider is first else first
    match = Match((first, second))  # type: ignore[arg-type]
    place = _place_reason(wider, place_key=name_key(other.place_name), text_key="") or _place_reason(
        other, place_key=name_key(wider.place_name), text_key=""
    )
    if place is None:
        return None
    match.score += place[0]
    match.reasons.append(place[1])
    if wider.occurred_on and other.occurred_on:
        dated = _date_reason(wider, other.occurred_on)
        if dated is None or dated[0] != DATE_WITHIN:
            return None  # the same place on dates that do not fit: two events
        match.score += dated[0]
        match.reasons.append(dated[1])
    else:
        match.reasons.append("one of them has no date")
    shared = sorted(strike_kinds(first.strike_type) & strike_kinds(second.strike_type))
    if shared:
        match.score += STRIKE_SAME
        match.reasons.append("same kind of attack: " + ", ".join(shared))
    return match
