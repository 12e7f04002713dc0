"""Casualty figures read from one Arabic sentence, with the conventions of ``figures`` (DESIGN.md).

Arabic reporting puts the verb first ("قُتل خمسة مدنيين وأصيب عشرة آخرون", "أسفر القصف عن مقتل ٧
أشخاص وإصابة ١٢"), so a count takes the outcome of its own noun ("٣ قتلى", "١٢ جريحاً"), else of a
verb right after it ("خمسة أشخاص قتلوا"), else of the nearest outcome word before it in its clause.
Counts are digits (Western or Arabic-Indic), number words ("خمسة وعشرون", "ثلاثة عشر"), dual nouns
("طفلان", "امرأتين": two) and singular nouns after an outcome word ("مقتل طفل": one). "بينهم" and
"منهم" mark a breakdown of the total before them; two tolls of one outcome in contrasting clauses
with a source each ("… بينما قال المرصد …") are a range; "ارتفعت الحصيلة إلى" keeps the latest;
otherwise they add up. One count governed by both outcomes ("قُتل وجُرح ١٢ شخصاً", "٢٠ ضحية بين
قتيل وجريح", "عشرات القتلى والجرحى") is a combined toll: see ``_combined_bounds``. Qualifiers: "ما لا يقل عن" and "أكثر من" give an open maximum, "نحو" and
"حوالي" an approximate figure, "عشرات"/"مئات" ACLED's 10/100 (vague).

Every word is folded first (``arabic.fold``), so diacritics, alef forms, taa marbuta and alef maqsura
do not matter; the raw text reported is a slice of the sentence as written.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from annotations.text import casualty_words_ar as ar
from annotations.text.arabic import fold
from annotations.text.casualty_words import (
    AGGREGATE,
    APPROXIMATELY,
    AT_LEAST,
    CHILDREN,
    EXACT,
    INCIDENT,
    INJURED,
    KILLED,
    RANGE,
    TOTAL,
    VAGUE,
    WOMEN,
)
from annotations.text.figures import Figures
from annotations.text.tolls import range_of, sum_tolls  # one toll arithmetic for both languages

_TOKEN = re.compile(
    r"[0-9\u0660-\u0669\u06F0-\u06F9]+(?:[,.\u066B\u066C][0-9\u0660-\u0669\u06F0-\u06F9]+)*"
    r"|[\u0621-\u065F\u0670-\u06D3\u06FA-\u06FC\u0640]+|[A-Za-z]+|\S"
)
_CLAUSE_END = frozenset({".", "؛", ";", "!", "؟", "?"})
# The outcome of a combined toll: killed and injured together, in an unknown split.
BOTH = "killed_or_injured"


@dataclass
class _Token:
    text: str
    start: int
    end: int
    word: str  # folded


@dataclass
class _Count:
    low: int
    high: int | None
    qualifier: str
    group: str
    first: int
    last: int
    outcome: str | None = None
    part: bool = False


def _forms(word: str) -> list[str]:
    """The word and the word without its clitic prefixes (و ف ب ل ك ال لل) and accusative alef."""
    forms = [word]
    stem = word
    if len(stem) > 3 and stem[0] in "وف":
        stem = stem[1:]
        forms.append(stem)
    if len(stem) > 3 and stem[0] in "بلك" and stem[1:3] != "ال":
        forms.append(stem[1:])
    for article in ("بال", "لل", "ال", "كال"):
        if stem.startswith(article) and len(stem) > len(article) + 1:
            forms.append(stem[len(article) :])
            break
    for form in list(forms):
        if len(form) > 3 and form.endswith("ا") and not form.endswith("اا"):
            forms.append(form[:-1])  # "شخصا", "جريحا", "مدنيا"
    return forms


def _lookup(word: str, table):
    for form in _forms(word):
        if form in table:
            return table[form] if isinstance(table, dict) else form
    return None


class _Sentence:
    def __init__(self, sentence: str) -> None:
        self.text = sentence
        self.tokens = [_Token(m.group(), m.start(), m.end(), fold(m.group())) for m in _TOKEN.finditer(sentence)]
        self.words = [t.word for t in self.tokens]

    def __len__(self) -> int:
        return len(self.words)

    def word(self, i: int) -> str:
        return self.words[i] if 0 <= i < len(self.words) else ""

    def phrase_ending_at(self, i: int, phrases: tuple[str, ...]) -> int | None:
        """The index of the first word of a phrase that ends just before token ``i``."""
        for phrase in phrases:
            n = len(phrase.split())
            words = [w for w in self.words[max(0, i - n) : i]]
            if len(words) == n and _matches(words, phrase.split()):
                return i - n
        return None

    def phrase_starting_at(self, i: int, phrases: tuple[str, ...]) -> int | None:
        """The index of the last word of a phrase that starts at token ``i``."""
        for phrase in phrases:
            n = len(phrase.split())
            words = self.words[i : i + n]
            if len(words) == n and _matches(words, phrase.split()):
                return i + n - 1
        return None


def _matches(words: list[str], phrase: list[str]) -> bool:
    return all(
        any(form == expected for form in _forms(w)) or w == expected for w, expected in zip(words, phrase, strict=True)
    )


def _number_at(s: _Sentence, i: int) -> tuple[int, int] | None:
    """A number written at token ``i``: its value and the index of its last token."""
    word = s.word(i)
    digits = word.replace(",", "").replace("،", "")
    if digits.isdigit():
        if "." in word:
            return None
        return int(digits), i
    value, current, j, seen = 0, 0, i, False
    while j < len(s):
        w = s.word(j)
        if seen and w.startswith("و") and len(w) > 2:
            w = w[1:]  # "خمسة وعشرون"
        elif not seen and w.startswith("و") and len(w) > 3 and w[1:] in {**ar.UNITS, **ar.TENS, **ar.HUNDREDS}:
            w = w[1:]  # "وثلاثة أطفال"
        if w in ar.ELEVEN and s.word(j + 1) in ar.TEN:
            current += 11
            j += 2
        elif w in ar.UNITS and s.word(j + 1) in ar.TEN:
            current += ar.UNITS[w] + 10
            j += 2
        elif w in ar.UNITS and s.word(j + 1) in ("ميه", "مايه"):
            current += ar.UNITS[w] * 100
            j += 2
        elif w in ar.UNITS and not (seen and current % 10):
            current += ar.UNITS[w]
            j += 1
        elif w in ar.TEN and not seen:
            current += 10
            j += 1
        elif w in ar.TENS:
            current += ar.TENS[w]
            j += 1
        elif w in ar.HUNDREDS:
            current += ar.HUNDREDS[w]
            j += 1
        elif w in ar.THOUSANDS and (seen or w in ("الفان", "الفين")):
            value += (current or 1) * ar.THOUSANDS[w]
            current = 0
            j += 1
        else:
            break
        seen = True
    if not seen:
        return None
    return value + current, j - 1


def _noun_after(s: _Sentence, j: int) -> tuple[int, str | None, str | None, bool]:
    """What the words after a number (from ``j``) count: (last index, person group, outcome, thing)."""
    k = j
    if s.word(k) == "من":  # "٢٥ من المدنيين"
        k += 1
    word = s.word(k)
    outcome = _lookup(word, ar.OUTCOME_NOUNS)
    group = _lookup(word, ar.PERSON_NOUNS)
    if outcome is not None:
        return k, TOTAL, outcome, False
    if group is not None:
        return k, group, None, False
    thing = _lookup(word, ar.THING_NOUNS) is not None or _lookup(word, ar.MONTHS) is not None
    return j - 1, None, None, thing


def _cue_before(s: _Sentence, i: int, within: int = 3) -> bool:
    """Whether an outcome word (with qualifiers between) comes just before token ``i``."""
    k = i - 1
    for _ in range(within + 4):
        if k < 0:
            return False
        if _lookup(s.word(k), ar.OUTCOME_CUES) is not None:
            return True
        if s.word(k) in _CLAUSE_END or s.word(k) in ("،", ","):
            return False
        k -= 1
    return False


def _qualify(s: _Sentence, first: int, last: int, low: int) -> tuple[int, int | None, str, int, int]:
    """The qualifier of a count at tokens first..last: (low, high, qualifier, first, last)."""
    start = s.phrase_ending_at(first, ar.AT_LEAST_BEFORE)
    if start is not None:
        return low, None, AT_LEAST, start, last
    start = s.phrase_ending_at(first, ar.APPROXIMATE_BEFORE)
    if start is not None:
        return low, low, APPROXIMATELY, start, last
    end = s.phrase_starting_at(last + 1, ar.AT_LEAST_AFTER)
    if end is not None:
        return low, None, AT_LEAST, first, end
    if any(_lookup(w, ar.SURPASS) for w in s.words[max(0, first - 4) : first]):
        return low, None, AT_LEAST, first, last
    return low, low, EXACT, first, last


def _combined(s: _Sentence, first: int, last: int, previous: _Count | None = None) -> tuple[int, int] | None:
    """Whether the count at tokens first..last is governed by both outcomes: two outcome words joined
    by و right before it ("قتل وجرح ١٢", "مقتل وإصابة ١٢"), or two outcome nouns joined by و right
    after it ("٢٠ قتيلاً وجريحاً", "٣٠ شخصاً بين قتيل وجريح", "عشرات القتلى والجرحى"). If so, the
    tokens the combined toll spans, with its two outcome words."""
    before = [_lookup(s.word(first - 2), ar.OUTCOME_CUES), _lookup(s.word(first - 1), ar.OUTCOME_CUES)]
    # Not when the first verb is the ``previous`` count's own predicate: "ستة أشخاص لقوا حتفهم وجُرح أحد عشر".
    predicate = previous is not None and previous.outcome is None and previous.last >= first - 5
    if s.word(first - 1).startswith("و") and set(before) == {KILLED, INJURED} and not predicate:
        return first - 2, last
    j = last + 1
    while s.word(j) in ("ما", "بين", "من"):
        j += 1
    a = j if j > last + 1 else last
    one, other = _lookup(s.word(a), ar.OUTCOME_NOUNS), _lookup(s.word(a + 1), ar.OUTCOME_NOUNS)
    # Both nouns in one number: "قتيلاً وجريحاً", "القتلى والجرحى"; "٥ جرحى وقتيل" is five and one.
    alike = _is_plural(s.word(a)) == _is_plural(s.word(a + 1))
    if s.word(a + 1).startswith("و") and {one, other} == {KILLED, INJURED} and alike:
        return first, a + 1
    return None


def _is_plural(word: str) -> bool:
    return _lookup(word, ar.PLURAL_OUTCOME_NOUNS) is not None


def find_counts(s: _Sentence) -> list[_Count]:
    counts: list[_Count] = []
    i = 0
    while i < len(s):
        found = _count_at(s, i, counts)
        if found is None:
            i += 1
            continue
        both = _combined(s, found.first, found.last, counts[-1] if counts else None)
        if both:
            (found.first, found.last), found.outcome = both, BOTH
        counts.append(found)
        i = found.last + 1
    return counts


def _count_at(s: _Sentence, i: int, counts: list[_Count]) -> _Count | None:
    word = s.word(i)
    if counts and counts[-1].last == i - 1 and word.startswith("ل") and not word.startswith("ال"):
        return None  # "جثتين لرجلين": whose bodies, not another count
    outcome_dual = _lookup(word, ar.OUTCOME_DUALS)
    if outcome_dual is not None:
        if outcome_dual == INJURED and _lookup(s.word(i - 1), ar.KILL_CUES):
            outcome_dual = KILLED  # "وفاة جريحين": two of the wounded who died
        return _Count(2, 2, EXACT, TOTAL, i, i, outcome_dual)
    dual = _lookup(word, ar.DUALS)
    if dual is not None:
        return _Count(2, 2, EXACT, dual, i, i)
    vague = _lookup(word, ar.VAGUE_WORDS)
    if vague is not None:
        last, group, outcome, thing = _noun_after(s, i + 1)
        if thing or (group is None and not _cue_before(s, i)):
            return None
        return _Count(vague, None, VAGUE, group or TOTAL, i, max(last, i), outcome)
    number = _number_at(s, i)
    if number is not None:
        value, end = number
        if (
            s.word(i - 1) in ar.NOT_COUNT_BEFORE
            or _lookup(s.word(i - 1), ar.MONTHS)
            or (1900 <= value <= 2100 and word.isdigit())
        ):
            return None
        if s.word(i - 1) == "بين" and s.word(end + 1).startswith("و"):  # "بين ١٠ و١٥": a range
            j = end + 2 if s.word(end + 1) == "و" else end + 1
            other = _number_at(s, j)
            if other is not None:
                high, end2 = other
                last, group, outcome, thing = _noun_after(s, end2 + 1)
                if not thing:
                    first = i - 2 if s.word(i - 2) == "ما" else i - 1
                    return _Count(value, high, RANGE, group or TOTAL, first, max(last, end2), outcome)
        if s.word(end + 1) == "الي" and s.word(i - 1) != "من":  # "١٥ إلى ٢٠ شخصاً" (not "من ٤ إلى ٩")
            other = _number_at(s, end + 2)
            if other is not None and other[0] > value:
                high, end2 = other
                last, group, outcome, thing = _noun_after(s, end2 + 1)
                if not thing:
                    return _Count(value, high, RANGE, group or TOTAL, i, max(last, end2), outcome)
        last, group, outcome, thing = _noun_after(s, end + 1)
        if thing or (end == i and _lookup(word, ("واحد", "واحده")) and group is None):
            return None  # "عائلة واحدة": an adjective, not a count
        toll = _lookup(s.word(i - 1), ("حصيله",)) is not None  # "قال ناشطون إن الحصيلة ١١"
        if group is None and not toll and not _cue_before(s, i) and not _rise_before(s, i):
            return None
        after_count = bool(counts) and counts[-1].last == i - 1  # "٣ قتلى و٩ جرحى": "قتلى" is the 3's noun
        if outcome == INJURED and _lookup(s.word(i - 1), ar.KILL_CUES) and not after_count:
            outcome = KILLED  # "وفاة ٥ مصابين": injured people who died
        low, high, qualifier, first, last = _qualify(s, i, max(last, end), value)
        return _Count(low, high, qualifier, group or TOTAL, first, last, outcome)
    if word.startswith("و") and counts and counts[-1].last == i - 1:
        outcome = ar.SINGULAR_OUTCOME_NOUNS.get(word[1:])
        if outcome is not None:
            return _Count(1, 1, EXACT, TOTAL, i, i, outcome)
    counted = _noun_then_definite_number(s, i)
    if counted is not None:
        return counted
    if word in ("اخر", "اخري") and counts and _lookup(s.word(i - 1), ar.OUTCOME_CUES):
        return _Count(1, 1, EXACT, TOTAL, i, i)  # "قتل مدني وأصيب آخر": another one, injured
    single = _lookup(word, ar.SINGULARS)
    if single is not None and counts and counts[-1].last == i - 1 and not word.startswith("و"):
        return None  # "رجل مسن": the second noun describes the first, one person
    if single is not None and not word.endswith(("ين", "ون", "ان")):
        joined = counts and counts[-1].last >= i - 2 and word.startswith("و")
        # With the article a singular is one person only right after the outcome word ("استشهد الشاب");
        # elsewhere it describes the noun before it ("في الدفاع المدني").
        definite = (word[1:] if word[0] in "وف" and len(word) > 3 else word).startswith("ال")
        cue = _lookup(s.word(i - 1), ar.OUTCOME_CUES) if definite else _cue_before(s, i, within=0)
        if cue or joined:
            return _Count(1, 1, EXACT, single, i, i)
    return None


def _person_group(word: str) -> str | None:
    """The group of a plural person noun, with or without a possessive ending ("أطفالها": her children)."""
    group = _lookup(word, ar.PERSON_NOUNS)
    if group is not None:
        return group
    for ending in ar.POSSESSIVES:
        if word.endswith(ending) and len(word) > len(ending) + 2:
            stem = word[: -len(ending)]
            # Before an ending a final hamza sits on waw or yaa ("أبناؤه", "أبنائه": "أبناء"), folded to و / ي.
            stems = (stem, stem[:-1] + "ء") if stem.endswith(("و", "ي")) else (stem,)
            group = next((g for g in (_lookup(one, ar.PERSON_NOUNS) for one in stems) if g is not None), None)
            if group is not None:
                return group
    return None


def _noun_then_definite_number(s: _Sentence, i: int) -> _Count | None:
    """A person noun followed by its number as a definite adjective: "وأطفالها الأربعة", "الشبان الثلاثة"."""
    after = s.word(i + 1)
    if not after.startswith("ال"):
        return None
    value = ar.UNITS.get(after[2:]) or ar.TENS.get(after[2:])
    if value is None or value < 3:  # "الاثنين" is also Monday; a dual noun says two itself
        return None
    group = _person_group(s.word(i))
    if group is None:
        return None
    return _Count(value, value, EXACT, group, i, i + 1)


def _rise_before(s: _Sentence, i: int) -> bool:
    """ "ارتفعت حصيلة القتلى إلى ٢٥": a count after a rising toll."""
    window = s.words[max(0, i - 6) : i]
    return bool(window) and window[-1] in ("الي", "لي") and any(_lookup(w, ar.TOLL_BEFORE) for w in window)


def _clause_start(s: _Sentence, i: int) -> int:
    for k in range(i - 1, -1, -1):
        if s.word(k) in _CLAUSE_END or s.word(k) in ar.CONTRAST:
            return k + 1
    return 0


def _assign(s: _Sentence, counts: list[_Count]) -> None:
    for n, count in enumerate(counts):
        if count.outcome is not None:
            continue
        following = s.word(count.last + 1)
        if following in ar.FOLLOWING_VERBS or (
            s.word(count.last + 2) in ar.FOLLOWING_VERBS and following in ("قد", "،")
        ):
            count.outcome = ar.OUTCOME_CUES.get(following) or ar.OUTCOME_CUES.get(s.word(count.last + 2))
            continue
        count.outcome = _cue_in(s, _clause_start(s, count.first), count.first)
        if count.outcome is None:
            nxt = counts[n + 1].first if n + 1 < len(counts) else len(s)
            end = next(
                (k for k in range(count.last + 1, nxt) if s.word(k) in _CLAUSE_END or s.word(k) in ar.CONTRAST), nxt
            )
            count.outcome = _cue_in(s, count.last + 1, end, nearest_first=True)
        if count.outcome is None:
            count.outcome = _cue_in(s, 0, count.first)  # a second source's toll: "… بينما قال المرصد إنهم ٧"
        if count.outcome is None and n:
            count.outcome = counts[n - 1].outcome


def _cue_in(s: _Sentence, lo: int, hi: int, *, nearest_first: bool = False) -> str | None:
    indices = range(lo, hi) if nearest_first else range(hi - 1, lo - 1, -1)
    for k in indices:
        outcome = _lookup(s.word(k), ar.OUTCOME_CUES)
        if outcome is not None:
            return outcome
    return None


def _mark_parts(s: _Sentence, counts: list[_Count]) -> None:
    """Counts after "بينهم"/"منهم" detail the total before them (until a new outcome word)."""
    total: _Count | None = None
    for count in counts:
        # After a combined toll, a group ("بينهم ٣ أطفال") is part of it, its outcome as unknown;
        # a toll of one outcome ("بينهم ٥ قتلى") splits it instead (see ``_combined_bounds``).
        of_both = total is not None and total.outcome == BOTH and count.group != TOTAL
        if total is not None and (count.outcome == total.outcome or of_both):
            gap = s.words[total.last + 1 : count.first]
            marker = [k for k, w in enumerate(gap) if _lookup(w, ar.BREAKDOWN_MARKERS)]
            cues_after = marker and any(_lookup(w, ar.OUTCOME_CUES) for w in gap[marker[0] :])
            if marker and not cues_after and not any(w in _CLAUSE_END for w in gap):
                count.part = True
                count.outcome = total.outcome
                continue
        after = s.word(count.last + 1)
        if total is not None and _lookup(after, ar.BREAKDOWN_MARKERS) and after.startswith("من"):
            count.part = True  # "خمسة أشخاص، ثلاثة منهم أطفال"
            count.outcome = total.outcome
            continue
        total = count


def _relation(s: _Sentence, earlier: _Count, later: _Count) -> str:
    gap = s.words[earlier.last + 1 : later.first]
    contrast = [k for k, w in enumerate(gap) if w in ar.CONTRAST or w in _CLAUSE_END]
    if contrast and any(_lookup(w, ar.SOURCE_WORDS) for w in gap[contrast[-1] :]):
        return "range"  # two sources' tolls
    if any(_lookup(w, ar.RISE) for w in gap):
        return "latest"
    if _rise_before(s, earlier.first) and s.word(earlier.last + 1) == "بعد":
        return "first"  # "ارتفع عدد الضحايا إلى ١٣ بعد وفاة جريحين": the risen total holds the two
    return "sum"


def _combined_bounds(
    total: tuple[int, int | None, str], other: tuple[int | None, int | None]
) -> tuple[int, int | None, str]:
    """One outcome's share of a combined toll ``total`` (low, high, qualifier) of killed and injured.

    The conventions (DESIGN.md) give each outcome a minimum and a maximum, and a count whose split is
    not known is a range, as two sources' tolls are. Both outcomes happened (the sentence says so), so
    each is at least one and at most the total less the one person of the other outcome: "قُتل وجُرح ١٢
    شخصاً" is 1 to 11 killed and 1 to 11 injured. An open total ("أكثر من ٣٠", "عشرات") leaves the
    maximum open. When the sentence gives the other outcome exactly ``other`` (its min, max), this one
    is the rest: "١٢ بين قتيل وجريح، بينهم ٥ قتلى" is 7 injured."""
    low, high, qualifier = total
    known_low, known_high = other
    if known_low is not None and known_low == known_high and high is not None and high > known_low:
        return max(low - known_low, 1), high - known_low, qualifier
    least = 1 if high is None or high >= 2 else 0
    most = None if high is None else max(high - 1, least)
    if most is None:
        return least, None, VAGUE if qualifier == VAGUE else AT_LEAST
    return least, most, RANGE if most != least else EXACT


def extract_figures_ar(sentence: str) -> Figures | None:
    """The casualty figures an Arabic sentence states, or None when it states no count of people killed or injured."""
    s = _Sentence(sentence)
    counts = find_counts(s)
    _assign(s, counts)
    _mark_parts(s, counts)
    combined = [c for c in counts if c.outcome == BOTH and not c.part]
    counts = [c for c in counts if c.outcome in (KILLED, INJURED)]
    folded = fold(sentence)
    zero = ar.ZERO.search(folded)
    if not counts and not combined and not zero:
        return None
    figures = Figures()
    qualifiers: dict[str, str] = {}
    used: list[_Count] = []
    for outcome in (KILLED, INJURED):
        mine = [c for c in counts if c.outcome == outcome]
        if not mine:
            if zero and not combined:
                setattr(figures, f"{outcome}_min", 0)
                setattr(figures, f"{outcome}_max", 0)
            continue
        totals = [c for c in mine if not c.part]
        claims: list[list[_Count]] = [[totals[0]]]
        ranged = False
        for earlier, later in zip(totals, totals[1:], strict=False):
            relation = _relation(s, earlier, later)
            if relation == "latest":
                claims = [[later]]
            elif relation == "range":
                claims.append([later])
                ranged = True
            elif relation == "sum":
                claims[-1].append(later)
        tolls = [sum_tolls([(c.low, c.high, c.qualifier) for c in claim]) for claim in claims]
        low, high, qualifier = range_of(tolls) if ranged else tolls[-1] if len(claims) == 1 else tolls[0]
        setattr(figures, f"{outcome}_min", low)
        setattr(figures, f"{outcome}_max", high)
        qualifiers[outcome] = qualifier
        counted = [c for claim in claims for c in claim]
        used.extend(mine)
        for c in mine:
            if c.group in (CHILDREN, WOMEN) and (c.part or c in counted):
                name = f"{c.group}_{outcome}"
                current = getattr(figures, name)
                setattr(figures, name, c.low if current is None else current + c.low)
    if combined:
        total = sum_tolls([(c.low, c.high, c.qualifier) for c in combined])
        known = {o: (getattr(figures, f"{o}_min"), getattr(figures, f"{o}_max")) for o in (KILLED, INJURED)}
        for outcome, other in ((KILLED, INJURED), (INJURED, KILLED)):
            if known[outcome][0] is None:
                low, high, qualifier = _combined_bounds(total, known[other])
                setattr(figures, f"{outcome}_min", low)
                setattr(figures, f"{outcome}_max", high)
                qualifiers[outcome] = qualifier
        used.extend(combined)
    figures.qualifier = qualifiers.get(KILLED) or qualifiers.get(INJURED) or EXACT
    figures.scope = AGGREGATE if ar.PERIOD.search(folded) else INCIDENT
    figures.preliminary = bool(ar.PRELIMINARY.search(folded))
    if used:
        start = min(s.tokens[c.first].start for c in used)
        end = max(s.tokens[c.last].end for c in used)
        figures.raw_text = sentence[start:end][:500]
    elif zero:
        figures.raw_text = zero.group()[:500]
    return figures
