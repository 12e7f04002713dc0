"""Suggested labels and a cited-source guess for one sentence: a head start, never a decision.

The cues follow the guidelines in DESIGN.md: a casualty claim states numbers of people killed or
injured; an attribution names who carried out or is responsible for harm ("carried out by",
"attributed ... to", "Russia murdered"); a call to action urges someone to act; rhetoric is
evaluative wording. Who *reported* a claim ("according to X", "X said") is its cited source, which
is a field of the claim, not the attribution label.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from annotations.text.figures import Figures, extract_figures

CASUALTY_CLAIM, ATTRIBUTION, CALL_TO_ACTION, RHETORIC = "casualty_claim", "attribution", "call_to_action", "rhetoric"

_ATTRIBUTION = re.compile(
    r"\bcarried\s+out\s+by\b|\bcommitted\s+by\b|\bperpetrated\s+by\b|\battribut\w*\b.{0,120}?\bto\b"
    r"|\bresponsib(?:le|ility)\s+for\b|\bblamed?\b|\baccused\b|\bclaimed\s+responsibility\b"
    r"|\b(?:air)?strikes?\s+by\b|\b(?:shelling|bombardment|bombing|attacks?|raids?)\s+by\b"
    r"|\bwarplanes\s+(?:bombed|struck|targeted|killed)\b",
    re.IGNORECASE,
)
# "<Actor> murdered/killed ...": a capitalised or armed subject doing the harm, in the active voice.
_ACTIVE_HARM = re.compile(
    r"(?:\b[A-Z][\w’']+|\b(?:regime|forces|militias?|army|troops|warplanes|jets|drones?))"
    r"\s+(?:\w+\s+)?(?:murdered|killed|massacred|bombed|shelled|executed|targeted)\b"
)
_PASSIVE = re.compile(r"\b(?:were|was|been|being|be|is|are)\s+(?:\w+\s+)?(?:murdered|killed|bombed|shelled|targeted)\b")
_CALL = re.compile(
    r"\bcall(?:s|ed|ing)?\s+(?:on|upon|for)\b|\burg(?:e|es|ed|ing)\b|\bmust\b|\bshould\b|\bappeal(?:s|ed)?\s+to\b"
    r"|\bdemand(?:s|ed|ing)?\b|\bit\s+is\s+(?:crucial|essential|imperative|vital)\b|\bneed\s+to\b",
    re.IGNORECASE,
)
RHETORIC_WORDS = frozenset(
    "horrific savage brutal brutally criminal criminality atrocities atrocity relentless unrelenting defiant "
    "massacre heinous barbaric barbarous harrowing devastating innocent blatant terror terrorist unimaginable "
    "tragic cowardly ruthless indiscriminate steadfast suffering gravity outrageous shameful".split()
)
_RHETORIC_PHRASES = re.compile(
    r"\bcannot\s+afford\b|\bremain\s+silent\b|\bin\s+the\s+face\s+of\b|\bnothing\s+short\s+of\b|\bcampaign\s+of\s+terror\b",
    re.IGNORECASE,
)
_NAME = r"(?:[A-Z][\w’'.-]*)(?:\s+(?:(?:of|for|and|the|de|al)\s+)?[A-Z][\w’'.-]*)*(?:\s+\([A-Z][\w.]*\))?"
_ACCORDING = re.compile(
    rf"\baccording\s+to\s+(?:(?:a|the)\s+\w+\s+(?:released|published|issued|by|from)\s+(?:by\s+)?)?(?:the\s+)?({_NAME})",
    re.IGNORECASE,
)
_REPORTED = re.compile(
    rf"(?:^|\b[Tt]he\s+|\b[Aa]\s+)({_NAME})(?:\s+(?:spokesperson|spokesman|official|team|teams))?\s+(?:\w+ly\s+|further\s+|also\s+)?"
    r"(?:reported|said|says|stated|documented|announced|confirmed|recorded|counted)\b"
)


@dataclass
class Suggestion:
    labels: list[str] = field(default_factory=list)
    figures: Figures | None = None
    cited_source: str | None = None


def _clean_name(name: str) -> str | None:
    name = name.strip().rstrip(".,")
    words = name.split()
    while words and words[0].lower() in ("the", "a", "an"):
        words = words[1:]
    name = " ".join(words)
    return name if len(name) > 1 else None


def guess_cited_source(sentence: str) -> str | None:
    """The organisation or person the sentence cites for its claim, as written ("Syrian Civil Defense")."""
    for pattern in (_ACCORDING, _REPORTED):
        match = pattern.search(sentence)
        if match and match.group(1)[:1].isupper():
            name = _clean_name(match.group(1))
            if name:
                return name
    return None


def suggest_labels(sentence: str, figures: Figures | None = None) -> list[str]:
    labels = []
    if figures is not None:
        labels.append(CASUALTY_CLAIM)
    if _ATTRIBUTION.search(sentence) or any(
        not _PASSIVE.search(sentence[max(0, m.start() - 1) : m.end()]) for m in _ACTIVE_HARM.finditer(sentence)
    ):
        labels.append(ATTRIBUTION)
    if _CALL.search(sentence):
        labels.append(CALL_TO_ACTION)
    words = {w.lower() for w in re.findall(r"[A-Za-z]+", sentence)}
    if words & RHETORIC_WORDS or _RHETORIC_PHRASES.search(sentence):
        labels.append(RHETORIC)
    return labels


def suggest(sentence: str) -> Suggestion:
    """Labels, figures and cited source suggested for one sentence."""
    figures = extract_figures(sentence)
    return Suggestion(
        labels=suggest_labels(sentence, figures), figures=figures, cited_source=guess_cited_source(sentence)
    )
