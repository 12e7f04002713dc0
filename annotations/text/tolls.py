"""How the tolls of one outcome in a sentence make its figure: sums, two sources' ranges, updates, perpetrators.

A *toll* (``Group``) is a stated total with its breakdown ("40, including 9 children and 6 women"),
or a breakdown without a total, with the outcome (killed or injured) it counts. When a sentence gives
several tolls of the same outcome, ``combine_tolls`` decides how each relates to the one before it:
two sources' tolls make a range ("18 dead, while officials said 30": 18..30, never a sum), a second
perpetrator's toll is another claim (only the first is kept), an update replaces what it updates
("raising the toll to 10": the latest), and otherwise they add up ("three in Atarib and two in Sarmin").
A running total over a period beside an incident's toll is set aside (see ``running_total``).
Used by ``annotations.text.figures`` (and its toll arithmetic by ``figures_ar``).
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from annotations.text.casualty_words import (
    ACTOR_WORDS,
    AT_LEAST,
    CONTRAST,
    EXACT,
    FALL,
    HARM_VERBS,
    IN_ALL,
    MONTHS,
    NUMBER_WORDS,
    ORDINALS,
    PARTIES,
    PERIOD,
    PERPETRATORS,
    RANGE,
    RISE,
    SOURCE_NOUNS,
    SOURCE_WORDS,
    VAGUE,
)
from annotations.text.mentions import Mention
from annotations.text.outcomes import SentenceReader


@dataclass
class Group:
    head: Mention | None
    parts: list[Mention] = field(default_factory=list)
    outcome: str | None = None

    @property
    def mentions(self) -> list[Mention]:
        return ([self.head] if self.head else []) + self.parts

    @property
    def first(self) -> int:
        return self.mentions[0].first

    @property
    def last(self) -> int:
        return max(m.last for m in self.mentions)

    def toll(self) -> tuple[int, int | None, str]:
        if self.head is not None:
            return self.head.low, self.head.high, self.head.qualifier
        # A breakdown without a total sums to the total.
        return sum_tolls([(m.low, m.high, m.qualifier) for m in self.parts])


def clause_start(reader: SentenceReader, i: int, lo: int) -> int:
    for k in range(i - 1, lo - 1, -1):
        if reader.words[k] in (";", ".") or reader.words[k] in CONTRAST:
            return k + 1
    return lo


def clause_end(reader: SentenceReader, j: int, hi: int) -> int:
    for k in range(j, hi):
        if reader.words[k] in (";", ".") or reader.words[k] in CONTRAST:
            return k
    return hi


def sum_tolls(tolls: list[tuple[int, int | None, str]]) -> tuple[int, int | None, str]:
    if len(tolls) == 1:
        return tolls[0]
    low = sum(t[0] for t in tolls)
    high = None if any(t[1] is None for t in tolls) else sum(t[1] or 0 for t in tolls)
    qualifiers = {t[2] for t in tolls}
    if len(qualifiers) == 1:
        return low, high, qualifiers.pop()
    if VAGUE in qualifiers:
        return low, None, VAGUE
    return low, high, AT_LEAST if high is None else (RANGE if RANGE in qualifiers and low != high else EXACT)


def range_of(tolls: list[tuple[int, int | None, str]]) -> tuple[int, int | None, str]:
    low = min(t[0] for t in tolls)
    known = [t[1] for t in tolls if t[1] is not None]
    open_lows = [t[0] for t in tolls if t[1] is None]
    # "at least 30" from one source and 45 from another: 30..45; the range stays open only when an
    # open toll could exceed every closed one.
    high = max(known) if known and (not open_lows or max(known) >= max(open_lows)) else None
    if low == high:
        return low, high, tolls[0][2]
    return low, high, RANGE


# What comes before an updated total: "which makes it thirty-one dead", "that makes twelve".
_MAKES_IT = ("makes it", "making it", "which makes it", "that makes it", "which makes", "that makes", "which made it")
_MAKES_IT += ("which made", "that made", "which brought it to", "which took it to")
# "ten minutes later": when the next strike came, not a later count.
_TIME_UNITS = frozenset("seconds minutes hours days weeks moments".split())
# Verbs of a second source's own count: "..., but the ombudsman counted 132".
_COUNTING = frozenset("counted documented recorded registered verified tallied".split())
# Words that set two counts in different periods, not two sources' counts of one: "in March, while in April".
_PERIOD_WORDS = frozenset("week month year day period previous last earlier".split())


# Words that call an earlier figure false: a second figure after them is the other side's count of the same toll.
_DISPUTED = frozenset("lie lies lying false untrue exaggerated exaggeration inflated fabricated propaganda".split())


def _relation(reader: SentenceReader, earlier: Group, later: Group) -> str:
    """How a later toll for the same outcome relates to an earlier one: range, first, latest or sum."""
    gap = reader.words[earlier.last + 1 : later.first]
    if _restated(reader, earlier, later, gap):
        return "first"  # "twelve were killed ...; the 12 victims were buried": the same people named again
    if _corrected(gap + reader.words[later.first : clause_end(reader, later.last + 1, len(reader))]):
        return "latest"  # "earlier reports of 12 dead were wrong; eight died": the correction replaces the error
    also = reader.phrase_at(later.last + 1, ("were also", "was also", "also", "had also", "have also", "has also"))
    if also and reader.verb_after(later.last + 1, len(reader)):
        return "sum"  # "Twelve soldiers were martyred ..., adding that six of the attackers were also killed"
    told_before = gap[-6:]
    if {"ago", "earlier", "previously"} & set(told_before) and "was" in told_before and TOTAL_WORDS & set(told_before):
        return "first"  # "We now have six dead and twenty injured; an hour ago the figure was four dead"
    leaving = reader.word(later.first - 1) == "leaving" and reader.words[later.last] in ("dead", "injured", "wounded")
    if leaving and later.toll()[0] >= earlier.toll()[0] and "others" not in reader.words[later.first : later.last]:
        return "latest"  # "killed his wife and her brother and then took his own life, leaving three people dead"
    stands_now = reader.phrase_before(later.first, ("now stands at", "now stood at")) is not None
    if stands_now and any(w in TOTAL_WORDS for w in gap) and "since" not in gap:
        return "latest"  # "With 19 further deaths confirmed, the verified civilian toll now stands at 1,604"
    if reader.phrase_before(later.first, ("now it is", "now there are", "now we have")) is not None:
        return "latest"  # "One of the wounded died on the way, so now it is three dead": the count as it stands
    if reader.phrase_before(later.first, _MAKES_IT) is not None:
        if _names_a_period(reader, later.last + 1, clause_end(reader, later.last + 1, len(reader))):
            return "first"  # "killed six people, which makes 148 dead in our district since the summer": a period's
        return "latest"  # "two more of the wounded died overnight, which makes it thirty-one dead"
    if reader.phrase_before(later.first, ("up from", "down from", "up from the", "down from the")) is not None:
        return "first"  # "now says 14 people were killed ..., up from the nine dead it reported on Monday"
    if _revised_to(gap):
        return "latest"  # "killed 'at least 20', a figure it revised on Thursday to 23": the revision replaces it
    lead_in = set(reader.words[max(0, later.first - 6) : later.first])
    if reader.phrase_before(later.first, ("a total of", "a combined total of", "in all", "altogether")) is not None:
        return "latest"  # "18 in Saraqib, 27 in Ariha ..., for a total of 64 dead": the total of the parts before
    summed = reader.phrase_at(later.last + 1 + (reader.word(later.last + 1) in ("died", "dead")), IN_ALL)
    if summed is not None and reader.word(later.first - 1) in ("so", "making", ","):
        return "latest"  # "killed three guards before two of them were shot dead, so five died in all": the sum
    before_earlier = set(reader.words[clause_start(reader, earlier.first, 0) : earlier.first])
    # "an earlier post said four soldiers were killed; the army now says two", "an earlier version said 12 ...;
    # the governor later put the toll at 21": the revision ("initially said 50, while Kyiv later put": two sources)
    timed = {w for k, w in enumerate(gap) if w == "later" and k and gap[k - 1] in _TIME_UNITS}
    revised = "now" in lead_in or bool({"later", "final"} & (lead_in - timed) and not CONTRAST & set(gap))
    if revised and {"earlier", "previously", "initially", "first"} & before_earlier:
        return "latest"
    if reader.phrase_before(later.first, _REPLACED_TOLL) is not None:
        return "first"  # "Thirteen were killed, the ministry said, lowering its initial toll of 15"
    if {"earlier", "previously", "initially"} & lead_in and {"put", "said", "gave", "reported"} & lead_in:
        return "first"  # "more than 300, according to the Observatory, which had earlier put the figure at 248"
    share = gap[-3:-1] if gap[-1:] == ["the"] else gap[-2:]
    if share[-1:] == ["of"] and share[:1] and (share[0] in NUMBER_WORDS or share[0].isdecimal()):
        # "Victoria Amelina ... died of her injuries, one of 13 people killed": she is among them; "X and his
        # colleague Y were shot dead ..., two of the 11 civilians who died in the district that week"
        return "latest"
    if _part_of_the_later_total(reader, earlier, later):
        return "latest"  # "twelve of one family were among the dead ..., which put the overall toll at 21"
    if gap[-1:] == ["at"] and gap[-2:-1] and gap[-2] in SOURCE_NOUNS and reader.word(earlier.first - 1) == "at":
        return "range"  # "police put toll at 18, hospital sources at 25": the same toll from two sources
    if _both_by_a_source(reader, earlier, later):
        return "range"  # "put at 40 by officials, 45 by the rebel-run ministry": one toll, two sources
    if _sources_in_brackets(reader, earlier, later):
        return "range"  # "300 killed (Russian claim); 45 killed (Ukrainian General Staff)": each toll's source
    clause = gap[len(gap) - gap[::-1].index(",") :] if "," in gap else gap  # the words after the last comma
    if _CONFIRMED_ONLY & set(gap[-4:]) and not any(w in HARM_VERBS for w in clause):
        return "range"  # "alleges that 68 people died, the Chamber was only able to establish 51 deaths"
    against = reader.word(later.first - 1) == "against"  # "1,415 deaths in the official register against 2,960"
    if (COMPARED & set(gap) or _set_against(gap) or against) and not any(w in HARM_VERBS for w in gap):
        return "range"  # "654,965 excess deaths, many times the 50,000 recorded by IBC": two estimates set side by side
    # (not "its fighters had killed 30 AU troops, while the mission put its own losses at four": the same dead)
    own = [k for k, w in enumerate(gap) if w == "own" and k and gap[k - 1] == "our"]
    if own and {"casualties", "losses", "dead"} & set(gap[own[-1] + 1 : own[-1] + 3]):
        return "sum"  # "losses on the bandits of 312 killed ..., while our own casualties were 41 dead": both sides'
    if _attackers_after_victims(reader, earlier, later):
        return "first"  # "gunmen killed six worshippers before police shot two of the attackers dead": another claim
    after, before = running_total(reader, earlier), running_total(reader, later)
    if after is not None and later.first in after[0]:
        return "first"  # "killed nine, bringing the number killed since January to 412": the incident's toll
    if before is not None and earlier.first in before[0]:
        return "latest"  # "the number killed this year rose to 412 after a strike killed nine": the incident's
    if reader.word(earlier.first - 1) == "from" and reader.word(later.first - 1) == "to":
        if {"range", "ranged", "ranging", "ranges", "varied", "vary"} & set(reader.words[: earlier.first]):
            return "range"  # "estimates ranged from 200, according to ..., to 600 in ...": one toll, two estimates
    spoken = reader.words[later.first : later.last + 1]
    bare = all(w in NUMBER_WORDS or w in ("-", "–") or w.replace(",", "").isdecimal() for w in spoken)
    bare_said = reader.word(later.first - 1) in _GIVES_A_FIGURE and bare  # "twenty-five"
    if bare_said and "others" in gap[-3:]:
        return "range"  # "some say ten were killed in the square and others say fifteen": two sources' counts
    if bare_said and (";" in gap or CONTRAST & set(gap)) and not any(w in HARM_VERBS for w in gap):
        return "range"  # "The toll rose to 11, per OCHA; local activists say 14": another source's count
    earlier_said = any(w in SOURCE_WORDS for w in reader.words[clause_start(reader, earlier.first, 0) : earlier.first])
    earlier_said = earlier_said or reader.word(earlier.first - 1) in _GIVES_A_FIGURE  # "with the hospital counting 21"
    second_source = gap[len(gap) - gap[::-1].index("and") :] if "and" in gap else []
    if bare_said and earlier_said and 2 <= len(second_source) <= 5 and not any(w in HARM_VERBS for w in second_source):
        return "range"  # "The French said 281 died from the gas and the Americans said 1,429": two sources' counts
    if _DISPUTED & set(gap) and earlier_said:
        return "range"  # "the leaflets said they had killed twenty Americans, which was a flat lie - we lost four"
    if reader.word(later.first - 1) in SOURCE_NOUNS and earlier_said:
        return "range"  # "the mayor said 14 dead, the governor 16": a second source's figure
    if reader.word(later.first - 1) in ("claiming", "claims") and not any(w in HARM_VERBS for w in gap):
        return "range"  # "killed 27 people; the video claiming 270 dead was edited": another's figure for the toll
    if _total_over_a_period(reader, later):
        return "first"  # "9 dead ...; the city's toll since January now stands at 412": a total over a period
    # "an earlier toll of 38 was revised to 44", "first put the toll from the strike at 12, then revised it to 19"
    if CONTRAST & set(gap) and _counted_by(gap):
        return "range"  # "about 150 deaths, while a count by local newspapers stood at 210": two sources' tolls
    if CONTRAST & set(gap) and reader.word(later.first - 1) in _COUNTING and reader.word(earlier.first - 1) == "at":
        return "range"  # "put the toll at 121, but the public defender's office, which examined ..., counted 132"
    both_counted = reader.word(earlier.first - 1) in _COUNTING
    both_counted = both_counted and reader.word(later.first - 1) in _COUNTING | {"listed"}
    if both_counted and CONTRAST & set(gap) and not (MONTHS | _PERIOD_WORDS) & set(gap):
        return "range"  # "the Observatory documented 502 deaths, while the Center listed 588 named victims"
    named_total = reader.words[clause_start(reader, earlier.first, 0) : earlier.first]
    # "bringing to 31 the number of victims": the total named after its number
    named_after = reader.words[later.last + 2 : later.last + 3] if reader.word(later.last + 1) == "the" else []
    named_end = clause_end(reader, later.last + 1, len(reader))
    period_after = "since" in reader.words[later.last : named_end]
    period_after = period_after or _names_a_period(reader, later.last + 1, named_end)
    if named_after and period_after:
        return "first"  # "killed three, bringing to 11 the number of civilians killed in the city since Friday"
    since_named = any(w in TOTAL_WORDS and nxt == "since" for w, nxt in zip(gap, gap[1:], strict=False))
    # "bringing the number of the battalion killed since it landed in France to 612": the number named, then its period
    # ... or "the regiment's dead since the landing"
    named_before = (w in TOTAL_WORDS or (w == "dead" and gap[k - 1].endswith(("'s", "’s"))) for k, w in enumerate(gap))
    since_named = since_named or any(named and "since" in gap[k + 1 : k + 7] for k, named in enumerate(named_before))
    if ("losses" in gap or since_named) and _rises(gap, RISE) and "since" in gap:
        # "killed nine of our guys, bringing the brigade's losses since spring to 61", "bringing the total since
        # the dam was shelled to 203": a running total
        return "first"
    # "bringing the battalion's dead to 311": whose dead, named before the number
    whose_dead = len(gap) > 2 and gap[-2:] in (["dead", "to"], ["wounded", "to"]) and gap[-3].endswith(("'s", "’s"))
    named = whose_dead or any(w in TOTAL_WORDS or w == "losses" for w in gap + named_total + named_after)
    if _rises(gap, RISE | FALL) and named:
        return "latest"  # "..., raising the toll to 10": the same incident's toll, updated
    if reader.word(later.first - 1) == "now" and any(w in TOTAL_WORDS for w in gap):
        return "latest"  # "one of the injured died, so the number of dead ... is now 19": the updated total
    if _so_the_total_became(reader, gap, later):
        return "latest"  # "Two more died during the night, so the number became twenty-six": the total that counts them
    earlier_more = "more" in reader.words[earlier.first : earlier.last + 2]
    later_more = {"more", "others", "another"} & set(reader.words[later.first - 1 : later.last + 2])
    if earlier_more and not later_more and "now" in reader.words[max(earlier.last + 1, later.first - 5) : later.first]:
        return "latest"  # "Two more died overnight, so now it's thirty-one dead": the total that counts them
    contrast = [k for k, w in enumerate(gap) if w in CONTRAST or w == ";"]
    after_later = reader.words[later.mentions[0].last + 1 : later.mentions[0].last + 2]
    later_words = reader.words[later.first : clause_end(reader, later.last + 1, len(reader))]
    more = after_later in (["more"], ["others"], ["further"]) or reader.word(later.first - 1) in ("another", "further")
    more = more or reader.word(later.first + 1) in ORDINALS  # "...; a third person died later in hospital"
    # "Two were killed by the Scuds, while the ministry linked 74 further deaths to heart attacks": more of them
    further = bool({"further", "additional"} & set(reader.words[later.first : later.last]))
    # "a second child died ..., after his brother was killed": the ordinal counts the one named after it too
    more = more or (reader.word(earlier.first + 1) in ORDINALS and earlier.toll()[:2] == later.toll()[:2] == (1, 1))
    risen_to = reader.word(earlier.first - 1) == "to" and reader.word(earlier.first - 2) in RISE | FALL
    # "The hospital raised the death toll to 38 after three more patients succumbed"
    raised = bool((RISE | FALL) & set(reader.words[max(0, earlier.first - 6) : earlier.first - 2]))
    raised = raised and reader.word(earlier.first - 1) == "to" and reader.word(earlier.first - 2) in TOTAL_WORDS
    risen_to = risen_to or raised
    # "toll now 14 after three more victims died", "the toll now stands at 30 after ...": a total, then its reason
    risen_to = risen_to or reader.word(earlier.first - 1) == "now" and reader.word(earlier.first - 2) in TOTAL_WORDS
    stands = reader.word(earlier.first - 1) == "at" and reader.word(earlier.first - 2) in ("stands", "stood")
    # "The toll now stands at seven after a woman injured in the shelling died": the total counts her
    risen_to = risen_to or (stands and bool(TOTAL_WORDS & set(reader.words[max(0, earlier.first - 5) : earlier.first])))
    counted_in = more or {"more", "further", "additional"} & set(reader.words[later.first : later.last + 1])
    if risen_to and (counted_in or "after" in gap or "when" in gap or gap[:2] == [",", "with"]):
        # "the number of dead rose to 11 after rescuers pulled three more bodies": 11 counts them ("rose to three
        # when a conscript died of his burns": three counts him);
        # "revised down to nine after three bodies were found to be counted twice": the reason, not a toll;
        # "climbed to 23, with the bodies of eight victims still unidentified": some of the 23
        return "first"
    actor_later = any(w in ACTOR_WORDS for w in gap[contrast[-1] :] + later_words) if contrast else False
    earlier_clause = reader.words[clause_start(reader, earlier.first, 0) : earlier.last + 1]
    if not contrast and _second_perpetrator(gap, earlier_clause):
        return "first"  # "regime forces killed 11 civilians and ISIS killed three (more)": never a sum
    if (more and not actor_later and "by" not in gap) or (further and not actor_later):
        return "sum"  # "two people were killed; in Binnish, three more died"
    contrast = [k for k, w in enumerate(gap) if w in CONTRAST or w == ";"]
    if _earlier_event(gap, later_words):
        return "first"  # "killed five people, one day after a strike on the same district killed 11"
    if _puts_the_figure(gap) and not any(w in HARM_VERBS for w in gap):
        return "range"  # "from 10,000 to 40,000, with the committee putting the figure at 30,000": another source
    if not contrast and not ("," in gap and any(w in SOURCE_WORDS for w in gap)):
        return "sum"
    start = earlier.last + 1 + (contrast[-1] if contrast else 0)
    end = clause_end(reader, later.last + 1, len(reader))
    later_clause = reader.words[start:end]
    earlier_clause = reader.words[clause_start(reader, earlier.first, 0) : earlier.last + 1]
    if _rises(later_clause, RISE) and any(w in ("toll", "number") for w in later_clause):
        return "latest"
    before_later = reader.words[start : later.first]
    if _actor_harms(before_later) and not any(w in SOURCE_WORDS for w in before_later):
        return "first"  # "..., while Russian forces killed six, according to local sources": another perpetrator
    sources_later = any(w in SOURCE_WORDS for w in later_clause) or "others put" in " ".join(later_clause)
    sources_later = sources_later or _source_label(later_clause) or _counted_by(later_clause)
    sources_later = sources_later or _conceded(before_later)  # "though the army admitted to only four"
    # "..., but the true toll turned out to be between 800 and 900": another reckoning of the same toll
    sources_later = sources_later or bool(_RECKONED & set(later_clause) and TOTAL_WORDS & set(later_clause))
    # "..., while an inquiry commissioned by the Congress concluded that roughly 1,000 people had died"
    sources_later = sources_later or bool(_CONCLUDED & set(before_later))
    sources_earlier = (
        any(w in SOURCE_WORDS for w in earlier_clause)
        or _source_label(earlier_clause)
        or any(w in SOURCE_WORDS for w in reader.words[: earlier.first])
        or _conceded(reader.words[: earlier.first])  # "the government admitted to about 150 deaths, while"
        or bool(_OFFICIAL & set(earlier_clause))  # "The official death toll ... was 36, but historians now estimate"
        or bool(contrast)
        and any(w in SOURCE_WORDS for w in gap[: contrast[-1]])  # "..., the ministry said, while"
    )
    if sources_later and (sources_earlier or not contrast):
        return "range"
    if all(gap[k] == ";" for k in contrast) and not any(w in ACTOR_WORDS for w in earlier_clause + later_clause):
        return "sum"  # "in Kharkiv, two were killed; in Kherson, one died": a list of places
    if _relatives(reader, earlier) and _relatives(reader, later) and not actor_later:
        return "sum"  # "his mother survived with a broken hip, while his nieces were pulled out with burns"
    if any(w in HARM_VERBS for w in later_clause) or "by" in later_clause:
        return "first"
    if sources_later:
        return "range"
    return "sum" if not contrast else "first"


def _relatives(reader: SentenceReader, group: Group) -> bool:
    """Whether every count of the group is someone's relatives ("his nieces", "Ahmed's mother"): one family's."""
    owned = ({reader.words[m.first], reader.word(m.first - 1)} & _OWNERS_OF_KIN for m in group.mentions)
    named = (reader.words[m.first].endswith(("'s", "’s")) for m in group.mentions)
    return all(by_owner or by_name for by_owner, by_name in zip(owned, named, strict=True))


_OWNERS_OF_KIN = frozenset("my his her their our".split())


# Words that make a toll one party's reckoning: "the official toll", "the true toll turned out to be".
_OFFICIAL = frozenset("official officially officials".split())
_RECKONED = frozenset("true real actual turned".split())
_CONCLUDED = frozenset("concluded calculated reckoned assessment assessed assesses suggests indicates compiled".split())


def _part_of_the_later_total(reader: SentenceReader, earlier: Group, later: Group) -> bool:
    """The earlier count is 'among the dead' and the later one is the toll: the part first, then the whole."""
    after_earlier = " ".join(reader.words[earlier.last + 1 : clause_end(reader, earlier.last + 1, later.first)])
    # "twelve of one family were among the dead", a headline's "Two brothers, aged 9 and 12, among those killed"
    among = re.search(
        r"(?:\bwere |\bwas |^, |^|, )among (?:the dead|the victims|those killed|the fatalities)\b", after_earlier
    )
    return (
        bool(among)
        and reader.word(later.first - 1) in ("at", "to", "toll")
        and "toll" in reader.words[max(earlier.last, later.first - 5) : later.first]
    )


def _both_by_a_source(reader: SentenceReader, earlier: Group, later: Group) -> bool:
    """Each toll followed by "according to" its source, or by "by" and who gave it ("by officials", "by the health
    ministry"), not by a cause; or two bare figures of a toll named before them ("the toll was given as 38 by the
    army and 43 by local leaders")."""
    sourced = all(reader.phrase_at(group.last + 1, ("according to",)) is not None for group in (earlier, later))
    if sourced and reader.word(later.first - 1) in ("and", ",", "but", "while", "whereas"):
        return True  # "killed 13 people according to the emergency services and 15 according to an aide"
    bare = all(group.first == group.last for group in (earlier, later))
    toll_named = bare and bool(_NAMES_OF_A_TOLL & set(reader.words[max(0, earlier.first - 14) : earlier.first]))
    for group in (earlier, later):
        k = group.last + 1
        if reader.word(k) != "by":
            return False
        named = reader.words[k + 1 : clause_end(reader, k + 1, len(reader))][:5]
        if _BY_A_TIME & set(named):
            return False  # "rose to 12 by Monday and 15 by Tuesday": an update
        source = any(w in SOURCE_NOUNS or w in _COUNTING_BODIES or w.endswith("ministry") for w in named)
        if not toll_named and not source:
            return False
    return True


_NAMES_OF_A_TOLL = frozenset("toll figure tally count number".split())
# Verbs that give a bare second figure for a toll: "and others say fifteen", "and the UN citing 43".
_GIVES_A_FIGURE = frozenset("say says said count counts counted counting cite cites cited citing".split())
_BY_A_TIME = frozenset(
    "monday tuesday wednesday thursday friday saturday sunday morning afternoon evening night nightfall midnight "
    "noon dawn dusk then end time today tonight".split()
)


# Who else gives a toll "by": "24 by the Sudanese Red Crescent and 29 by a local resistance committee".
_COUNTING_BODIES = frozenset(
    "activists monitors committee committees crescent cross council network observers organisation organization "
    "ngo un ocha unicef msf".split()
)
# A figure named as the one a revision replaced.
_REPLACED_TOLL = ("initial toll of", "earlier toll of", "previous toll of", "initial figure of", "earlier figure of")
# A second count that is the part of the first that could be proven: "could only confirm 27", "able to establish 51".
_CONFIRMED_ONLY = frozenset("confirm establish verify corroborate".split())
_PUTTING = frozenset("put puts putting placed placing gave gives giving".split())
_PUTTING |= frozenset("estimate estimates estimated estimating".split())  # "while researchers estimate it at 300,000"


# Words inside a bracket after a toll that say who gives it ("(Russian claim)", "(per the ministry)").
_BRACKETED_SOURCE = SOURCE_WORDS | SOURCE_NOUNS | frozenset("claim estimate figure count per".split())


def _sources_in_brackets(reader: SentenceReader, earlier: Group, later: Group) -> bool:
    """Both tolls are followed by a bracket, and a bracket names who gives the toll: two sources' figures."""
    brackets = []
    for group in (earlier, later):
        if reader.word(group.last + 1) != "(":
            return False
        close = next((k for k in range(group.last + 2, group.last + 10) if reader.word(k) == ")"), None)
        if close is None:
            return False
        brackets.append(reader.words[group.last + 2 : close])
    return any(_BRACKETED_SOURCE & set(words) for words in brackets)


def _puts_the_figure(gap: list[str]) -> bool:
    """'..., with the committee putting the figure at', 'while others put the number at': the gap before a second
    toll ends with a source giving its own figure for the toll just stated."""
    tail = gap[-5:]
    named = bool(TOTAL_WORDS & set(tail)) or tail[-2:-1] == ["it"]  # "while civil defence puts it at"
    return tail[-1:] in (["at"], ["as"]) and bool(_PUTTING & set(tail)) and named


def _set_against(gap: list[str]) -> bool:
    """'225, well short of the 304 victims', 'less than half the 128', '248 deaths, against the 600': a second
    estimate set against the first."""
    pairs = set(zip(gap, gap[1:], strict=False))
    return bool(pairs & {("short", "of"), ("half", "the"), ("against", "the")})


TOTAL_WORDS = frozenset(("toll", "number", "total", "tally", "figure", "count", "totals", "tolls", "figures"))
# Words that set one estimate of a toll against another ("far below the", "many times the", "compared with").
COMPARED = frozenset(("below", "above", "times", "compared", "versus", "unlike"))
# Periods that make a total a running total of many incidents (beside PERIOD's "since January", "this year").
RUNNING_PERIOD = re.compile(
    r"\b(?:this|that)\s+(?:week|month|year)\b|\bso\s+far\s+this\b|\bto\s+date\b|\bfor\s+the\s+(?:week|month|year)\b"
    r"|\bsince\s+the\s+(?:start|beginning|launch|outbreak)\s+of\b"
    r"|\bsince\s+the\s+(?:war|conflict|offensive|siege|fighting|escalation|uprising|revolution)\s+(?:began|started)\b"
    # "since the ceasefire collapsed", "since the truce broke down": a period opened by an event
    r"|\bsince\s+the\s+(?:\w+\s+){1,2}?(?:began|started|collapsed|broke\s+down|ended|erupted|resumed|took\s+effect)\b"
    # "since the city's liberation", "since the full-scale invasion"
    r"|\bsince\s+the\s+(?:[\w'’-]+\s+){0,2}(?:liberation|invasion|occupation|ceasefire|truce|takeover|coup)\b"
    # "since its inception", "since the mission's deployment", "since the summer"
    r"|\bsince\s+(?:its|their|the)\s+(?:[\w'’-]+\s+){0,2}?(?:inception|creation|establishment|deployment|founding)\b"
    r"|\bsince\s+(?:the\s+)?(?:summer|spring|winter|autumn|new\s+year)\b"
    # "the number wounded in the Gaza ground operation": a campaign's total, not one incident's
    r"|\bin\s+the\s+(?:[\w'’-]+\s+){0,3}(?:operation|offensive|campaign|war)\b",
    re.IGNORECASE,
)


def running_total(reader: SentenceReader, toll: Group) -> tuple[range, tuple[int, int]] | None:
    """A running total over a period set beside an incident's toll: the tokens of its phrase, and the characters
    of its period.

    Convention: when a sentence gives an incident's toll and a running total scoped to a period ("killed nine
    people, bringing the number of civilians killed in the province since January to 412", "bringing the total
    this month to 17"), the claim's figures are the incident's toll and its scope stays ``incident``: the total
    counts other incidents too. A total with no period ("nine more died overnight, bringing the total to 31")
    updates the same incident's toll and replaces it.
    """
    after = next((k for k in range(toll.last + 1, len(reader)) if reader.words[k] in RISE | FALL), None)
    # "..., bringing the number ...": right after the comma that ends the toll's clause ("beat four men to death in X,")
    next_clause = after is not None and reader.word(after - 1) == "," and after - toll.last < 12
    next_clause = next_clause and not {";", "."} & set(reader.words[toll.last + 1 : after])
    if after is not None and (clause_end(reader, toll.last + 1, len(reader)) > after or next_clause):
        phrase = range(after, clause_end(reader, after, len(reader)))  # "..., bringing the number ... to 412"
    else:
        leads = (
            k for k in range(toll.first - 3, -1, -1) if reader.words[k] in RISE | FALL and reader.word(k + 1) == "to"
        )
        before = next(leads, None)
        if before is None:
            return None
        phrase = range(clause_start(reader, before, 0), before + 3)  # "the number killed since May rose to 412"
    if not phrase or not any(reader.words[k] in TOTAL_WORDS for k in phrase):
        return None
    found = _period_in(reader, phrase[0], min(phrase[-1], len(reader) - 1) + 1)
    return (phrase, (found.start(), found.end())) if found else None


def _so_the_total_became(reader: SentenceReader, gap: list[str], later: Group) -> bool:
    """The later count is what the earlier one brought the total to: "..., so the number became twenty-six", "...,
    so that made twenty-three dead in total"."""
    if "so" not in gap:
        return False
    result = gap[gap.index("so") + 1 :]
    in_all = reader.phrase_at(later.last + 1, ("in total", "in all", "altogether", "all together")) is not None
    made = bool(_BECAME & set(result)) and not any(w in (".", ";") or w in CONTRAST for w in result)
    return made and (in_all or bool(TOTAL_WORDS & set(result)) or _the_dead(result))


def _the_dead(words: list[str]) -> bool:
    """'the dead' (or 'the wounded') named as a whole: "so the dead of that day were thirty-one"."""
    return any(pair in (("the", "dead"), ("the", "wounded")) for pair in zip(words, words[1:], strict=False))


# The verbs that say what a total came to: "so the number became 26", "so that made 23 dead in total".
_BECAME = frozenset("became becomes made makes is was are were reached came comes".split())


def _rises(words: list[str], verbs: frozenset[str]) -> bool:
    """Whether a verb of change is among the words ("rose to", "raising the toll"), not "reached by telephone"."""
    return any(w in verbs and words[k + 1 : k + 2] != ["by"] for k, w in enumerate(words))


def _total_over_a_period(reader: SentenceReader, toll: Group) -> bool:
    """A toll whose own clause names it a total over a period: "the city's toll since January now stands at 412",
    "which means this town has now lost 112 people since the summer"."""
    lo, hi = clause_start(reader, toll.first, 0), toll.first
    after = clause_end(reader, toll.last + 1, len(reader))
    by_then = any(reader.words[k : k + 2] in (["by", "then"], ["by", "now"]) for k in range(lo, hi))
    if ("now" in reader.words[lo:hi] or by_then) and _names_a_period(reader, toll.last + 1, after):
        return True  # "and by then more than 400 people from our district had died since the new year"
    semicolon = next((k for k in range(toll.first - 1, -1, -1) if reader.words[k] == ";"), None)
    if semicolon is not None and _names_a_period(reader, semicolon + 1, toll.first):
        return True  # "...; since the war started, more than 400 people from our district have died"
    # "and with that the dead in the district since January were"; the period after the total's name (not "Paul
    # Hart died last year, bringing the number of victims to 67": when he died)
    named_at = next((k for k in range(lo, hi) if reader.words[k] in TOTAL_WORDS), None)
    if named_at is not None:  # (with the words that own the total: "the year's death toll")
        return _names_a_period(reader, max(lo, named_at - 3), hi)
    return _the_dead(reader.words[lo:hi]) and _names_a_period(reader, lo, hi)


def _names_a_period(reader: SentenceReader, lo: int, hi: int) -> bool:
    """Whether tokens lo..hi-1 name a period ("since January", "this year", "since the summer")."""
    return _period_in(reader, lo, hi) is not None


def _period_in(reader: SentenceReader, lo: int, hi: int) -> re.Match | None:
    """The period named in tokens lo..hi-1, outside a clause set off by commas (", where the family had been
    sheltering since November," says when they sheltered, not over what period a toll was counted)."""
    if lo >= hi:
        return None
    for k in range(lo, hi - 1):
        if reader.words[k] == "," and reader.words[k + 1] in ("where", "who", "which", "when"):
            close = next((m for m in range(k + 2, hi) if reader.words[m] == ","), None)
            if close is not None:
                return _period_in(reader, lo, k) or _period_in(reader, close + 1, hi)
    start, end = reader.tokens[lo].start, reader.tokens[hi - 1].end
    return PERIOD.search(reader.sentence, start, end) or RUNNING_PERIOD.search(reader.sentence, start, end)


def _attackers_after_victims(reader: SentenceReader, earlier: Group, later: Group) -> bool:
    """The later toll counts the attackers, killed by someone named after the earlier toll of their victims."""
    later_words = reader.words[later.first : later.last + 1]
    earlier_words = reader.words[earlier.first : earlier.last + 1]
    gap = reader.words[earlier.last + 1 : later.first]
    if not any(w in ACTOR_WORDS for w in gap):
        return False  # "the ambush killed 5 soldiers, and 3 of the gunmen were also killed": one event's toll
    return any(w in PERPETRATORS for w in later_words) and not any(w in PERPETRATORS for w in earlier_words)


def _conceded(words: list[str]) -> bool:
    """'admitted to', 'conceded': a party conceding a toll is a source of it (patients admitted to hospital are not)."""
    conceding = any(w in ("admitted", "admits", "conceded", "concedes") for w in words)
    return conceding and not any(w in ("hospital", "hospitals", "wounded", "injured") for w in words)


def _counted_by(clause: list[str]) -> bool:
    """'while a count by local newspapers stood at 210': the clause gives who made its toll."""
    return any(w in TOTAL_WORDS and nxt == "by" for w, nxt in zip(clause, clause[1:], strict=False))


def _source_label(clause: list[str]) -> bool:
    """'police: 11 dead': the clause is headed by who gives its toll (a place heading, 'Jabalia: 3', is not)."""
    if ":" not in clause[:5]:
        return False
    return any(w in SOURCE_NOUNS for w in clause[: clause.index(":")])


def _restated(reader: SentenceReader, earlier: Group, later: Group, gap: list[str]) -> bool:
    """The later toll names the same people as the earlier: the same number with a definite article ("the 12
    victims", "those 12"), or repeated in apposition with the same noun ("20 people, 20 people who ...")."""
    if earlier.toll() != later.toll() or earlier.head is None or later.head is None:
        return False
    if reader.word(later.first - 1) in ("the", "these", "those") and later.first - 1 > earlier.last:
        return True
    same_noun = reader.word(earlier.head.last) == reader.word(later.head.last) != reader.word(later.head.first)
    described = reader.word(later.head.last + 1) in ("who", "whose") and later.head.last != later.head.first
    return gap in ([","], ["-"], ["–"]) and (same_noun or described)  # "20 civilians, 20 people who ..."


# Words that say a figure given before was an error and the one given after replaces it.
CORRECTIONS = frozenset(
    "wrong incorrect mistaken erroneous erroneously inaccurate correct corrected correction false untrue "
    "debunked fabricated exaggerated inflated".split()
)


def _revised_to(gap: list[str]) -> bool:
    """'a figure it revised on Thursday to', 'they gave firmer figures of': a later, surer count of the same toll."""
    revised = any(w in ("revised", "revising", "firmer", "updated") for w in gap)
    return revised and any(w in ("figure", "figures", "toll", "tally", "count") for w in gap)


def _corrected(words: list[str]) -> bool:
    return any(w in CORRECTIONS for w in words)


def _earlier_event(gap: list[str], later_words: list[str]) -> bool:
    """'..., a day after an attack that killed 11': the later toll is another event's."""
    for k, word in enumerate(gap):
        if word in ("after", "following") and any(
            w in ("strike", "attack", "raid", "bombing", "shelling", "explosion", "blast", "airstrike")
            for w in gap[k + 1 :]
        ):
            return any(w in HARM_VERBS for w in gap[k + 1 :] + later_words)
    return False


def _second_perpetrator(gap: list[str], earlier_clause: list[str]) -> bool:
    """'... and ISIS killed': between two tolls, a new actor as the subject of its own harm verb."""
    verbs = [k for k, w in enumerate(gap) if w in HARM_VERBS]
    if not verbs:
        return False
    joins = [k for k, w in enumerate(gap[: verbs[0]]) if w == "and"]
    if not joins:
        return False
    later_actors = _actors(gap[joins[-1] : verbs[0]])
    return bool(later_actors) and not later_actors <= _actors(earlier_clause)


def _actor_harms(words: list[str]) -> bool:
    """An armed actor and a verb of harm before a toll: "while gunmen shot dead two men"."""
    harms = any(w in HARM_VERBS or w == "shot" for w in words)
    return harms and any(w in ACTOR_WORDS for w in words)


def _actors(words: list[str]) -> set[str]:
    """The parties named in some words ("the regime's", "SDF"), not their weapons ("jets", "artillery")."""
    return {w.removesuffix("'s").removesuffix("’s") for w in words} & PARTIES


def combine_tolls(reader: SentenceReader, groups: list[Group]) -> tuple[tuple[int, int | None, str], list[Group]]:
    """The toll of one outcome from its groups, and the groups that count."""
    claims: list[list[Group]] = [[groups[0]]]  # consecutive groups that add up
    ranged = False
    for earlier, later in zip(groups, groups[1:], strict=False):
        so_far = sum_tolls([g.toll() for g in claims[-1]])
        if reader.word(later.first - 1) in ("all", "the") and len(claims[-1]) > 1 and later.toll() == so_far:
            claims[-1] = [later]  # "Oleh, his wife Iryna and son Maksym. All three died": the same people summed up
            continue
        relation = _relation(reader, earlier, later)
        if relation == "sum":
            claims[-1].append(later)
        elif relation == "range":
            claims.append([later])
            ranged = True
        elif relation == "latest":
            claims = [[later]]
        # "first": a second perpetrator's toll is another claim; keep the first
    tolls = [sum_tolls([g.toll() for g in claim]) for claim in claims]
    if ranged and len(tolls) > 1:
        return range_of(tolls), [g for claim in claims for g in claim]
    return tolls[0], claims[0]


def set_aside_periods(reader: SentenceReader, counted: list[Group]) -> list[tuple[int, int]]:
    """The periods of running totals set beside the tolls a claim counts: they do not make its scope aggregate."""
    found = (running_total(reader, group) for group in counted)
    return [period for phrase_period in found if phrase_period is not None for period in [phrase_period[1]]]


# A second source's figure for the same toll, given without a noun and set against it by a phrase: "put the
# toll at about 100,000, far below the 250,000 cited by officials", "spoke of 200 dead, but observers said the
# number was closer to 100", "estimates ran to about 70,000".
_SECOND_ESTIMATE_LEADS = (
    "below the", "above the", "short of the", "closer to", "nearer to", "ran to", "ran as high as", "as high as",
    "as low as", "number was", "toll was", "figure was", "count was", "put it at", "the number at", "the toll at",
    "the figure at", "not the", "close to the", "rather than the", "instead of the", "compared with the",
    "compared to the", "half the", "against the", "it was", "it is", "listed", "more than the", "fewer than the",
    "less than the", "higher than the", "lower than the",
    "figure is", "number is", "toll is", "count is",  # "while a monitor says the real figure is 35"
    "estimated it at", "estimated it at between", "put it at between",  # "US intelligence estimated it at 100"
    "an estimate of", "a figure of",  # "whereas a cable cited an estimate of 10,000", "though a figure of 254 was"
    "speak of", "spoke of", "it had received", "they had received",  # "the nationalists would later speak of 45,000"
    "lists", "names",  # "while the memorial at the site lists 504 names", "while the list on the memorial names 228"
    "stood at", "stands at", "alleges", "alleged",  # "while the police figure stood at seven"
    "arrived at", "families count", "relatives count",  # "whereas the defence's expert arrived at 64"
    "told us", "told me", "says", "said", "say",  # "twelve were injured, but the imam told us eighteen"
    "its losses at", "their losses at", "the losses at",  # "though the army put its losses at six"
    "came to", "comes to",  # "the spokesman put the dead at four; our own count came to twelve"
    "confirmed figure at", "confirmed toll at", "confirmed number at",  # "rescuers put the confirmed figure at 43"
    "against",  # "1,415 deaths in the official register against 2,960 in the NGO database"
    "cite", "cites", "give", "gives", "official figure of",  # "hospital sources cite 13", "the official figure of 187"
    "differed from the", "differs from the", "different from the", "at odds with the",  # "67 dead differed from the 72"
)  # fmt: skip
# A speaker's higher guess at the same toll: "killed five people in the market, maybe eight." (never a lower one:
# "twelve wounded, and we had bandages for maybe three").
_HIGHER_GUESS_LEADS = (", or", ", maybe", ", perhaps", ", possibly", ", or even", ", maybe even", ", perhaps even")
_APPROXIMATORS = (
    "about", "around", "roughly", "some", "nearly", "almost", "only", "just", "closer to", "close to", "just over",
    "just under", "over", "more than", "at least", "as many as", "up to",
)  # fmt: skip
# Words that may follow such a bare figure (anything else alphabetic makes it a count of something named).
_AFTER_A_BARE_FIGURE = frozenset(
    "cited given reported recorded claimed estimated counted by according from in on as and while but the at "
    "that which acknowledged admitted confirmed announced names was is may might could were had have died "
    "suggested indicated".split()
)


def second_estimate(reader: SentenceReader, after: int, taken: set[int], toll: int) -> int | None:
    """The value of a bare figure after token ``after`` that a phrase sets against the toll before it (a second
    source's estimate of the same dead or injured, or a speaker's higher guess), or None. ``taken``: the tokens of
    counted people; ``toll``: the highest value of the toll."""
    for k in range(after, len(reader)):
        found = reader.number_at(k)
        if found is None or k in taken or found[2] == "vague":
            continue  # (not "ran to the hundreds rather than the thousands": a word, no second figure)
        start = k - (reader.word(k - 1) in ("a", "an"))  # "close to a thousand"
        lead = reader.phrase_before(start, _APPROXIMATORS)
        guessed = reader.phrase_before(start, _HIGHER_GUESS_LEADS) is not None and found[0] > toll
        refuted = reader.word(start - 1) == "not" and _told_by_another(reader, found[1])
        led = reader.phrase_before(start if lead is None else lead, _SECOND_ESTIMATE_LEADS) is not None
        led = led or reader.phrase_before(start, _SECOND_ESTIMATE_LEADS) is not None  # "put the number closer to 600"
        if not (guessed or refuted or led):
            continue
        following = reader.word(found[1])
        upper = reader.number_at(found[1] + 1) if following in ("to", "-", "–") else None
        if upper is not None and upper[0] > found[0]:
            found, following = upper, reader.word(upper[1])  # "far below the 300 to 400 suggested by": its top
        if following[:1].isalpha() and following not in _AFTER_A_BARE_FIGURE:
            continue
        return found[0]
    return None


# Who gave a figure that was one's own earlier error: "not 63 as we wrote in our 14:00 update".
_OWN_EARLIER = frozenset("we i our my earlier previously initially first".split())


def _told_by_another(reader: SentenceReader, k: int) -> bool:
    """'..., not 60 as the pro-government channel reported': the figure before k is another source's, set against
    the toll (not the correction of one's own earlier figure, 'not 63 as we wrote')."""
    told = reader.words[k : k + 8]
    if told[:1] != ["as"] or _OWN_EARLIER & set(told):
        return False
    return any(w in SOURCE_WORDS or w in ("claimed", "claims", "claiming", "alleged") for w in told)
