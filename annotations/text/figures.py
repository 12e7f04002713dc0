"""Casualty figures read from one sentence, following the counting conventions of DESIGN.md.

The result is a *suggestion* for a person to confirm: "13 people ... were killed" gives killed
13..13; "at least 20" gives a minimum and no maximum; "between 12 and 15" a range; number words
are numbers; "tens"/"dozens"/"hundreds" take ACLED's conservative 10/12/100 with qualifier
``vague``; a breakdown without a total ("eleven children and four women were killed") sums to the
total; two tolls for the same outcome reported by two sources in one sentence become a range.

The approach is small and explicit: find every counted mention (a quantity followed by a word for
people), group breakdowns (children, women, men) under the total they belong to, and give each
group the nearest outcome word (killed or injured) in its stretch of the sentence.
"""

from __future__ import annotations

import re
from dataclasses import asdict, dataclass, field

from word2number import w2n

EXACT, AT_LEAST, APPROXIMATELY, RANGE, VAGUE = "exact", "at_least", "approximately", "range", "vague"
INCIDENT, AGGREGATE = "incident", "aggregate"
KILLED, INJURED = "killed", "injured"
TOTAL, CHILDREN, WOMEN, MEN, OTHER_GROUP = "total", "children", "women", "men", "other"

_UNITS = (
    "zero one two three four five six seven eight nine ten eleven twelve thirteen fourteen fifteen sixteen "
    "seventeen eighteen nineteen twenty thirty forty fifty sixty seventy eighty ninety hundred thousand million"
).split()
NUMBER_WORDS = frozenset(_UNITS)
_SCALES = frozenset({"hundred", "thousand", "million"})
# ACLED's conservative readings of vague counts.
VAGUE_WORDS = {"tens": 10, "dozens": 12, "scores": 20, "hundreds": 100, "thousands": 1000}

# The noun a quantity counts, and the group it puts the people in.
PERSON_NOUNS = {
    "people": TOTAL,
    "persons": TOTAL,
    "person": TOTAL,
    "civilians": TOTAL,
    "civilian": TOTAL,
    "others": TOTAL,
    "individuals": TOTAL,
    "residents": TOTAL,
    "idps": TOTAL,
    "victims": TOTAL,
    "martyrs": TOTAL,
    "deaths": TOTAL,
    "dead": TOTAL,
    "fatalities": TOTAL,
    "injured": TOTAL,
    "wounded": TOTAL,
    "killed": TOTAL,
    "injuries": TOTAL,
    "casualties": TOTAL,
    "bodies": TOTAL,
    "fighters": TOTAL,
    "soldiers": TOTAL,
    "workers": TOTAL,
    "patients": TOTAL,
    "children": CHILDREN,
    "child": CHILDREN,
    "infants": CHILDREN,
    "infant": CHILDREN,
    "babies": CHILDREN,
    "baby": CHILDREN,
    "kids": CHILDREN,
    "boys": CHILDREN,
    "girls": CHILDREN,
    "boy": CHILDREN,
    "girl": CHILDREN,
    "minors": CHILDREN,
    "students": OTHER_GROUP,
    "women": WOMEN,
    "woman": WOMEN,
    "men": MEN,
    "man": MEN,
    "members": OTHER_GROUP,
}
# Nouns that also say what happened to the people counted.
NOUN_OUTCOMES = {
    "deaths": KILLED,
    "dead": KILLED,
    "fatalities": KILLED,
    "martyrs": KILLED,
    "killed": KILLED,
    "bodies": KILLED,
    "injured": INJURED,
    "wounded": INJURED,
    "injuries": INJURED,
}
# "a child" counts one; only singular nouns directly after the article.
SINGULAR_NOUNS = frozenset({"child", "woman", "man", "civilian", "person", "infant", "baby", "boy", "girl"})

OUTCOME_CUES = {
    **dict.fromkeys(
        "killed killing kill kills dead death deaths died die dying martyrs martyred martyr lives life "
        "fatalities fatality bodies perished murdered murdering slain toll victims".split(),
        KILLED,
    ),
    **dict.fromkeys("injured injuring injure injuries injury wounded wounding wounds hurt".split(), INJURED),
}
# Words between a quantity and its noun that do not end the phrase ("15 other civilians").
_STOP = frozenset(
    "and or in on at to were was have has had the a an by from with who which that are is be been being as "
    "for while but this these those it its their his her".split()
)
_BREAKDOWN_MARKERS = ("including", "included", "among them", "among whom", "of whom", "of them", "mostly")

AT_LEAST_PREFIXES = (
    "at least",
    "no fewer than",
    "no less than",
    "not less than",
    "more than",
    "over",
    "a minimum of",
    "upwards of",
    "in excess of",
    "above",
)
APPROXIMATE_PREFIXES = ("about", "around", "approximately", "nearly", "almost", "some", "roughly", "up to", "close to")

_MONTH = r"(?:january|february|march|april|may|june|july|august|september|october|november|december)"
_PERIOD = re.compile(
    rf"\b(?:between|from)\s+(?:the\s+(?:start|beginning|end|middle)\s+of\s+)?(?:{_MONTH}|\d{{4}})\b"
    rf"|\bsince\s+(?:the\s+(?:start|beginning|outbreak)|{_MONTH}|\d{{4}})"
    r"|\b(?:covers|covering)\s+the\s+period\b|\bthe\s+period\s+(?:from|between)\b"
    r"|\ba\s+total\s+of\b"
    r"|\b(?:over|during|in|throughout)\s+the\s+(?:past|last|first|previous)\s+(?:\w+\s+)?(?:days|weeks|months|years|year|month|week)\b"
    r"|\bso\s+far\s+this\s+(?:year|month)\b|\bin\s+(?:19|20)\d\d\b",
    re.IGNORECASE,
)
_PRELIMINARY = re.compile(
    r"\bpreliminary\b|\binitial\s+(?:death\s+)?toll\b|\bso\s+far\b|\b(?:could|may|might|is\s+expected\s+to|is\s+likely\s+to)"
    r"\s+rise\b|\bstill\s+rising\b",
    re.IGNORECASE,
)
_SOURCE_CUES = re.compile(
    r"\baccording\s+to\b|\b(?:said|says|reported|reports|stated|documented|counted|recorded|announced|put\s+the)\b",
    re.IGNORECASE,
)
_TOKEN = re.compile(r"\d+(?:,\d{3})+(?![\d])|\d+(?:\.\d+)?|[A-Za-z]+(?:['’][A-Za-z]+)?|[^\sA-Za-z\d]")


@dataclass(frozen=True)
class Token:
    text: str
    start: int
    end: int

    @property
    def lower(self) -> str:
        return self.text.lower()


@dataclass
class Mention:
    """One stated quantity of people: where it is, what it counts, and how firmly."""

    low: int
    high: int | None
    qualifier: str
    group: str
    first: int  # token index of the first word (qualifier included)
    last: int  # token index of the last word (the noun)
    outcome: str | None = None


@dataclass
class _Group:
    head: Mention | None
    parts: list[Mention] = field(default_factory=list)

    @property
    def first(self) -> Mention:
        return self.head or self.parts[0]

    @property
    def mentions(self) -> list[Mention]:
        return ([self.head] if self.head else []) + self.parts


@dataclass
class Figures:
    """Suggested values for the CasualtyFigures of a casualty claim (same field names)."""

    killed_min: int | None = None
    killed_max: int | None = None
    injured_min: int | None = None
    injured_max: int | None = None
    children_killed: int | None = None
    women_killed: int | None = None
    children_injured: int | None = None
    women_injured: int | None = None
    qualifier: str = EXACT
    scope: str = INCIDENT
    preliminary: bool = False
    raw_text: str = ""

    def as_dict(self) -> dict:
        return asdict(self)


def tokenize(text: str) -> list[Token]:
    return [Token(m.group(), m.start(), m.end()) for m in _TOKEN.finditer(text)]


def _number_at(tokens: list[Token], i: int) -> tuple[int, int, str] | None:
    """(value, index after the number, kind) for a number starting at token i, or None."""
    word = tokens[i].lower
    if tokens[i].text[0].isdigit():
        if i + 1 < len(tokens) and tokens[i + 1].text in "-–" and i + 2 < len(tokens):
            if tokens[i + 2].lower in ("year", "years", "month", "months", "day", "days"):
                return None  # "a 7-year-old", "13-year-long": an age or a duration, not a count
        return int(float(tokens[i].text.replace(",", ""))), i + 1, "digits"
    if word in VAGUE_WORDS:
        return VAGUE_WORDS[word], i + 1, "vague"
    if word not in NUMBER_WORDS:
        return None
    words, j = [word], i + 1
    while j < len(tokens):
        nxt = tokens[j].lower
        if nxt in NUMBER_WORDS:
            words.append(nxt)
            j += 1
        elif nxt in ("-", "–") and j + 1 < len(tokens) and tokens[j + 1].lower in NUMBER_WORDS:
            j += 1
        elif nxt == "and" and words[-1] in _SCALES and j + 1 < len(tokens) and tokens[j + 1].lower in NUMBER_WORDS:
            words.append("and")
            j += 1
        else:
            break
    if j < len(tokens) and tokens[j].text in "-–" and j + 1 < len(tokens) and tokens[j + 1].lower.startswith("year"):
        return None
    try:
        return w2n.word_to_num(" ".join(words)), j, "words"
    except ValueError:
        return None


def _noun_after(tokens: list[Token], j: int) -> tuple[str, int] | None:
    """The person noun a quantity counts ("15 other civilians", "dozens of people"), within three words."""
    for k in range(j, min(j + 4, len(tokens))):
        word = tokens[k].lower
        if word in PERSON_NOUNS:
            if k + 1 < len(tokens) and tokens[k + 1].lower in NOUN_OUTCOMES:
                return tokens[k + 1].lower, k + 1  # "civilian deaths": the last noun says what happened
            return word, k
        if not tokens[k].text[0].isalpha() or word in _STOP or word in NUMBER_WORDS or word in OUTCOME_CUES:
            return None
    return None


def _phrase_before(tokens: list[Token], i: int, phrases: tuple[str, ...]) -> int | None:
    """Index of the first token of one of ``phrases`` ending right before token i."""
    for phrase in phrases:
        words = phrase.split()
        start = i - len(words)
        if start >= 0 and [t.lower for t in tokens[start:i]] == words:
            return start
    return None


def _implied_outcome_before(tokens: list[Token], i: int) -> str | None:
    """'the number of injured has risen to 42': no noun after the number, the outcome comes before it."""
    if i == 0 or tokens[i - 1].lower not in ("to", "at", "of", "reached"):
        return None
    for k in range(i - 1, max(-1, i - 7), -1):
        if tokens[k].lower in OUTCOME_CUES:
            return OUTCOME_CUES[tokens[k].lower]
        if tokens[k].text in ".;":
            return None
    return None


def _implied_outcome_after(tokens: list[Token], j: int) -> tuple[str, int] | None:
    """'more than 100 were wounded', 'two died': the verb right after the number counts people."""
    k = j
    while k < len(tokens) and k < j + 3 and tokens[k].lower in ("were", "was", "have", "had", "been", "reportedly"):
        k += 1
    if k < len(tokens) and tokens[k].lower in ("killed", "injured", "wounded", "dead", "died", "hurt", "martyred"):
        return OUTCOME_CUES[tokens[k].lower], k
    return None


def find_mentions(tokens: list[Token]) -> list[Mention]:
    mentions: list[Mention] = []
    i = 0
    while i < len(tokens):
        word = tokens[i].lower
        if word in ("a", "an") and i + 1 < len(tokens) and tokens[i + 1].lower in SINGULAR_NOUNS:
            mentions.append(Mention(1, 1, EXACT, PERSON_NOUNS[tokens[i + 1].lower], i, i + 1))
            i += 2
            continue
        number = _number_at(tokens, i)
        if number is None:
            i += 1
            continue
        value, after, kind = number
        low, high, qualifier, first = value, value, (VAGUE if kind == "vague" else EXACT), i
        # "between 12 and 15 people", "12 to 15 people", "12-15 people"
        if after + 1 < len(tokens) and tokens[after].lower in ("and", "to", "-", "–"):
            second = _number_at(tokens, after + 1)
            between = i > 0 and tokens[i - 1].lower == "between"
            if second and second[2] != "vague" and (between or tokens[after].lower != "and") and second[0] > value:
                high, after, qualifier = second[0], second[1], RANGE
                if between:
                    first = i - 1
        if qualifier == VAGUE:
            high = None
            if after < len(tokens) and tokens[after].lower == "of":
                after += 1
        elif qualifier == EXACT:
            start = _phrase_before(tokens, i, AT_LEAST_PREFIXES)
            if start is not None:
                qualifier, high, first = AT_LEAST, None, start
            else:
                start = _phrase_before(tokens, i, APPROXIMATE_PREFIXES)
                if start is not None:
                    qualifier, first = APPROXIMATELY, start
        noun = _noun_after(tokens, after)
        if noun is not None:
            name, last = noun
            mentions.append(Mention(low, high, qualifier, PERSON_NOUNS[name], first, last, NOUN_OUTCOMES.get(name)))
            i = last + 1
            continue
        after_verb = _implied_outcome_after(tokens, after)
        if after_verb is not None:
            outcome, last = after_verb
            mentions.append(Mention(low, high, qualifier, TOTAL, first, last, outcome))
            i = last + 1
            continue
        implied = _implied_outcome_before(tokens, i)
        if implied is not None and not (1900 <= value <= 2100 and kind == "digits"):
            mentions.append(Mention(low, high, qualifier, TOTAL, first, after - 1, implied))
        i = after
    return [m for m in mentions if m.group != OTHER_GROUP]


def _between(tokens: list[Token], a: int, b: int) -> str:
    return " ".join(t.lower for t in tokens[a:b])


def _group(tokens: list[Token], mentions: list[Mention]) -> list[_Group]:
    """Put each breakdown (children, women, men) under the total it details, when it details one."""
    groups: list[_Group] = []
    for mention in mentions:
        if mention.group == TOTAL:
            groups.append(_Group(head=mention))
            continue
        if groups:
            previous = groups[-1].mentions[-1]
            gap = _between(tokens, previous.last + 1, mention.first)
            marked = any(marker in gap for marker in _BREAKDOWN_MARKERS)
            other_outcome = any(t.lower in OUTCOME_CUES for t in tokens[previous.last + 1 : mention.first])
            if marked or (not other_outcome and "." not in gap and ";" not in gap):
                groups[-1].parts.append(mention)
                continue
        groups.append(_Group(head=None, parts=[mention]))
    return groups


def _assign_outcomes(tokens: list[Token], groups: list[_Group]) -> None:
    """Each group takes the outcome word nearest to its first quantity, within its own stretch."""
    for n, group in enumerate(groups):
        head = group.first
        if head.outcome:
            for part in group.parts:
                part.outcome = part.outcome or head.outcome
            continue
        lo = groups[n - 1].mentions[-1].last + 1 if n else 0
        hi = groups[n + 1].first.first if n + 1 < len(groups) else len(tokens)
        best: tuple[int, str] | None = None
        for k in range(lo, hi):
            outcome = OUTCOME_CUES.get(tokens[k].lower)
            if outcome is None or head.first <= k <= head.last:
                continue
            # A following verb ("were killed") counts as much as a preceding one ("killing").
            distance = head.first - k if k < head.first else k - head.last
            if best is None or distance < best[0]:
                best = (distance, outcome)
        outcome = best[1] if best else None
        for mention in group.mentions:
            mention.outcome = mention.outcome or outcome


def _combine(tolls: list[tuple[int, int | None, str]], *, as_range: bool) -> tuple[int, int | None, str]:
    """Several totals for one outcome: a range when two sources disagree, otherwise their sum."""
    if len(tolls) == 1:
        return tolls[0]
    if as_range:
        low = min(t[0] for t in tolls)
        highs = [t[1] for t in tolls]
        high = None if any(h is None for h in highs) else max(h for h in highs if h is not None)
        return low, high, RANGE
    low = sum(t[0] for t in tolls)
    high = None if any(t[1] is None for t in tolls) else sum(t[1] for t in tolls if t[1] is not None)
    qualifiers = {t[2] for t in tolls}
    return low, high, qualifiers.pop() if len(qualifiers) == 1 else AT_LEAST if high is None else EXACT


def _group_toll(group: _Group) -> tuple[int, int | None, str]:
    if group.head is not None:
        return group.head.low, group.head.high, group.head.qualifier
    # A breakdown without a total sums to the total.
    low = sum(m.low for m in group.parts)
    high = None if any(m.high is None for m in group.parts) else sum(m.high for m in group.parts if m.high)
    qualifiers = {m.qualifier for m in group.parts}
    return low, high, qualifiers.pop() if len(qualifiers) == 1 else AT_LEAST


def _add(current: int | None, value: int) -> int:
    return value if current is None else current + value


def extract_figures(sentence: str) -> Figures | None:
    """The casualty figures a sentence states, or None when it states no count of people killed or injured."""
    tokens = tokenize(sentence)
    mentions = find_mentions(tokens)
    if not mentions:
        return None
    groups = _group(tokens, mentions)
    _assign_outcomes(tokens, groups)
    groups = [g for g in groups if g.first.outcome in (KILLED, INJURED)]
    if not groups:
        return None

    figures = Figures()
    two_sources = len(_SOURCE_CUES.findall(sentence)) >= 2
    qualifiers: dict[str, str] = {}
    for outcome in (KILLED, INJURED):
        mine = [g for g in groups if g.first.outcome == outcome]
        if not mine:
            continue
        low, high, qualifier = _combine([_group_toll(g) for g in mine], as_range=two_sources)
        setattr(figures, f"{outcome}_min", low)
        setattr(figures, f"{outcome}_max", high)
        qualifiers[outcome] = qualifier
        for part in (p for g in mine for p in g.parts if p.group in (CHILDREN, WOMEN)):
            name = f"{part.group}_{outcome}"
            setattr(figures, name, _add(getattr(figures, name), part.low))
    figures.qualifier = qualifiers.get(KILLED) or qualifiers.get(INJURED) or EXACT
    figures.scope = AGGREGATE if _PERIOD.search(sentence) else INCIDENT
    figures.preliminary = bool(_PRELIMINARY.search(sentence))
    used = [m for g in groups for m in g.mentions]
    start = min(tokens[m.first].start for m in used)
    end = max(tokens[m.last].end for m in used)
    figures.raw_text = sentence[start:end][:500]
    return figures
