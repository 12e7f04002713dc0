"""Casualty figures read from one sentence, following the counting conventions of DESIGN.md.

The result is a *suggestion* for a person to confirm. Conventions: "13 people ... were killed"
gives killed 13..13; "at least 20" a minimum and no maximum; "between 12 and 15" a range; number
words are numbers; "tens"/"dozens"/"hundreds" take ACLED's conservative 10/12/100 (qualifier
``vague``); a breakdown without a total ("eleven children and four women were killed") sums to the
total; "no casualties" is a toll of zero.

The sentence is read in three steps rather than as a flat list of numbers:

1. *Mentions*: each stated quantity of people ("15 civilians", "a man", "his three daughters",
   "five" right after "killed", "40" after "the toll has risen to"), skipping numbers that count
   something else (ages, calibres, clock times, dates, shells, buildings, the population of a town
   or camp, people displaced or rescued). Which numbers count people is read in
   ``annotations.text.quantities``, whether they were killed or injured in ``outcomes``, and the
   mentions are put together in ``mentions``.
2. *Groups*: a total with its breakdown ("40, including 9 children and 6 women", "five, two of
   them children", "20 of the dead, three of them boys"); each group gets the outcome (killed or
   injured) of the verb or noun attached to it.
3. *Claims*: groups with the same outcome separated by "while", "but" or ";" are two sources' tolls
   (a range), two perpetrators' tolls (only the first claim is kept: never a sum) or an update
   ("rose to 17": the latest); otherwise they add up ("three in Atarib and five in Sarmin").
   How tolls relate lives in ``annotations.text.tolls``.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, fields, replace

from annotations.text.answers import answered_count
from annotations.text.arabic import is_arabic
from annotations.text.casualty_words import (
    AGGREGATE,
    APPOSITION_OPEN,
    AT_LEAST,
    AUX,
    BREAKDOWN_MARKERS,
    CHILDREN,
    COMBINED,
    CONTRAST,
    CORRECTING,
    EXACT,
    INCIDENT,
    INJURED,
    INJURY_NOUNS,
    KILLED,
    KIN,
    NOT_CASUALTY,
    NOT_CASUALTY_WORDS,
    NUMBER_WORDS,
    OUTCOME_CUES,
    PERIOD,
    PERPETRATORS,
    PERSON_NOUNS,
    PRELIMINARY,
    RANGE,
    SPEECH_VERBS,
    STOP,
    TIME_WORDS,
    TOTAL,
    VAGUE,
    WOMEN,
    ZERO,
    ZERO_PEOPLE,
    ZERO_PERSON,
)
from annotations.text.mentions import (
    ACTIVE_HARM,
    ALONG_WITH,
    ATTACKER_NOUNS,
    BESIDE_THEM,
    BODY_FOUND,
    BREAKDOWN_CLAUSES,
    COMMANDING,
    ELIDED_AT,
    HOW_BADLY,
    Mention,
    acts_on_someone,
    as_was_before,
    died_with_others,
    find_mentions,
    one_called_dead,
    retracts,
    shot_in_a_limb,
    the_first_death,
    then_died,
    verb_after_a_name,
    verb_after_apposition,
    verb_of_the_next_number,
)
from annotations.text.outcomes import NOT_INJURIES, SHOT_LIMBS, SentenceReader, says_hurt
from annotations.text.pronouns import harmed_by_pronoun
from annotations.text.quantities import QUOTES, person_noun, singular_of
from annotations.text.tolls import (
    Group,
    clause_end,
    clause_start,
    combine_tolls,
    range_of,
    second_estimate,
    set_aside_periods,
)


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
        return {f.name: getattr(self, f.name) for f in fields(self)}


# "Twenty children, all of them six or seven years old, and six adults": "all of them" describes, not details.
_ALL_OF_THEM = re.compile(r"\ball of (?:them|whom)\b")


def _breakdown_marked(reader: SentenceReader, lo: int, hi: int) -> bool:
    gap = _ALL_OF_THEM.sub("", " ".join(reader.words[lo:hi]))
    return any(re.search(rf"\b{marker}\b", gap) for marker in BREAKDOWN_MARKERS)


def _group(reader: SentenceReader, mentions: list[Mention]) -> list[Group]:
    """Put each breakdown under the total it details, when it details one."""
    groups: list[Group] = []
    for mention in mentions:
        if groups and _next_name_of_a_list(reader, groups[-1], mention):
            current = groups[-1]  # "killed cameraman A, reporter B and local official C": one person after another
            if current.head is not None:
                current.parts.insert(0, current.head)
                current.head = None
            current.parts.append(mention)
            continue
        if groups and _joins(reader, groups[-1], mention):
            current = groups[-1]
            one_person = current.head is not None and current.head.high == 1 and not mention.part
            kind = mention.group in (CHILDREN, WOMEN) and mention.low >= 2  # not "One of the wounded, a boy"
            if one_person and not mention.marked and kind and current.head.group == TOTAL:
                current.parts.insert(0, current.head)  # "killed commander X, two children and two women": 5
                current.head = None
            elif _adds_a_relative(reader, current, mention):
                current.parts.insert(0, current.head)  # the one person is counted with the others
                current.head = None
            opened = current.head is None and len(current.parts) == 1 and (mention.part or mention.marked)
            listed_on = opened and reader.word(mention.first - 1) == "and"
            listed_on = listed_on and _after_of_those_harmed(reader, current.parts[0])
            if opened and not listed_on:  # (not "Of those killed, 854 were civilians, ..., and 265 were soldiers")
                current.head = current.parts.pop()  # "nine members of one family, six of them children"
            if mention.part and current.head is None and len(current.parts) > 1:
                continue  # "four women and three boys, one of whom was paralysed": one of those summed already
            current.parts.append(mention)
            continue
        if groups and _among_after(reader, groups[-1], mention):
            # "a pregnant woman was among three people killed": the earlier count is the breakdown
            previous = groups.pop()
            parts = previous.mentions
            if len(parts) > 1 and reader.word(previous.last + 1) == "was":
                # "killed along with 12 guests, and his sister was among the 30 wounded": only she is one of them
                previous.parts.pop()
                groups.append(previous)
                parts = parts[-1:]
            groups.append(Group(head=mention, parts=parts))
            continue
        if (mention.group == TOTAL or mention.outcome is not None) and not _after_of_those_harmed(reader, mention):
            groups.append(Group(head=mention))
        else:
            groups.append(Group(head=None, parts=[mention]))
    return _apposed_breakdowns(reader, groups)


# What opens a sentence that breaks down a toll it does not give: "Of those killed, 854 were civilians and ...".
_OF_THOSE_HARMED = (
    ["of", "those", "killed"], ["of", "the", "dead"], ["of", "the", "victims"], ["of", "those", "who", "died"],
    ["of", "those", "injured"], ["of", "the", "wounded"], ["of", "the", "injured"], ["of", "those", "wounded"],
)  # fmt: skip


def _after_of_those_harmed(reader: SentenceReader, mention: Mention) -> bool:
    """The count right after "Of those killed," that opens the sentence: a first part of an untold total."""
    return reader.word(mention.first - 1) == "," and reader.words[: mention.first - 1] in _OF_THOSE_HARMED


GENERIC_HEADS = frozenset({"people", "persons", "individuals", "dead", "killed", "injured", "wounded", "victims"})


def _apposed_breakdowns(reader: SentenceReader, groups: list[Group]) -> list[Group]:
    """'Ten people were killed, six civilians and four soldiers': counts listed after a comma that add up to
    a general total just before them are its breakdown."""
    merged: list[Group] = []
    n = 0
    while n < len(groups):
        group = groups[n]
        merged.append(group)
        n += 1
        if group.head is None and len(group.parts) >= 3 and reader.word(group.parts[0].last + 1) == ",":
            first, rest = group.parts[0], group.parts[1:]  # "Two children, a boy aged 9 and a girl aged 14, were"
            kind = first.group == TOTAL or all(m.group == first.group for m in rest)  # (not "two women, a man and")
            if first.low == first.high == sum(m.low for m in rest) and all(m.high == 1 for m in rest) and kind:
                group.head, group.parts = first, rest
                continue
        head = group.head
        if head is None or group.parts or head.low != head.high:
            continue
        noun = reader.words[head.last]
        # a total of a kind of people ("four civilians") is broken down only by places: "two in A and two in B"
        by_place_only = noun not in GENERIC_HEADS and not noun[:1].isdecimal() and noun not in (*NUMBER_WORDS, "both")
        listed: list[Group] = []
        previous = group
        for following in groups[n:]:
            gap = reader.words[previous.last + 1 : following.first]
            if not listed and (gap[-1:] != [","] or any(w in (".", ";") or w in CONTRAST for w in gap)):
                break
            if listed and not _listed_after(reader, gap, following.mentions[0]):
                break
            if any(m.part for m in following.mentions):
                break
            listed.append(following)
            previous = following
        while listed and sum(m.low for g in listed for m in g.mentions) != head.low:
            listed.pop()
        parts = [m for g in listed for m in g.mentions]
        # "Two soldiers, a captain and a sergeant, were killed": one person after another, then the closing comma
        one_by_one = all(m.high == 1 and reader.word(m.first) in ("a", "an") for m in parts)
        one_by_one = one_by_one and bool(parts) and reader.word(parts[-1].last + 1) == ","
        # "Four American churchwomen, three nuns and a lay missionary, were abducted": an aside that adds up, closed
        # by a comma before the verb
        enclosed = bool(parts) and reader.word(parts[-1].last + 1) == "," and reader.word(parts[-1].last + 2) in AUX
        if by_place_only and not all(m.elliptic for m in parts) and not (one_by_one or enclosed):
            continue
        if len(parts) >= 2:
            group.parts = parts
            n += len(listed)
    return merged


def _joins(reader: SentenceReader, current: Group, mention: Mention) -> bool:
    """Whether a mention details (or, without a total, adds to) the group before it."""
    if mention.part and _confirmed_after_a_contrast(reader, current, mention):
        mention.part = False  # "reported 40 dead, while the monitor could confirm 27 of them": a second estimate
        mention.outcome = mention.outcome or current.mentions[0].outcome
        return False
    if mention.part:
        return True
    previous = current.mentions[-1]
    gap = reader.words[previous.last + 1 : mention.first]
    if _badly_hurt_between(gap):
        return False  # "killing two children and badly burning a girl": another harm, another toll
    if gap[-1:] == ["with"] and reader.word(mention.last + 1) in OUTCOME_CUES:
        own, whole = reader.verb_after(mention.last + 1, len(reader)), current.mentions[0].outcome
        if {own, whole} == {KILLED, INJURED}:
            return False  # "put the dead at 255, including pilgrims and troops, with about 560 people wounded"
    if gap[-2:] in (["was", "among"], ["were", "among"], ["one", "of"]) and _among_after(reader, current, mention):
        return False  # the people counted before are among those counted now
    if _counts_others(reader, mention):
        return False  # "three others", "five more": people beside those counted so far
    if gap == [","] and reader.phrase_before(current.mentions[0].first, ALONG_WITH) is not None:
        return False  # "Along with the 132 pupils, nine members of staff were killed": more people, no breakdown
    if _dash_apposition(reader, gap, mention):
        mention.marked = True  # "five members of a family - two parents and three children -"
        return True
    if current.head is not None and _breakdown_after_a_semicolon(reader, gap, mention):
        mention.marked = True  # "Nineteen people died; the dead included six schoolchildren and the driver"
        return True
    told = gap[:-1] and all(w in AUX or w in OUTCOME_CUES or w == "," for w in gap[:-1])
    told = told or (len(gap) <= 3 and current.head is not None and mention.low < current.head.low)  # "overnight:"
    headed_anew = ";" in gap or "." in gap  # "KIA: LN x3; WIA: IP x1": the next heading opens another toll
    if current.head is not None and gap[-1:] == [":"] and told and mention.outcome is None and not headed_anew:
        mention.marked = True  # "Fifteen emergency workers were killed: eight medics, six ... and a UN employee"
        return True
    if _breakdown_goes_on(reader, current, gap, mention):
        mention.marked = True  # "seven casualties: one in serious condition, two in moderate condition and four"
        return True
    if any(w in (".", ";") or w in CONTRAST for w in gap):
        return False
    if mention.outcome is None and reader.verb_before(mention.first) == NOT_CASUALTY and gap[-1:] != [","]:
        return False  # "killed 5,000 men and boys ... and enslaved thousands of women": another fate
    # "..., his wife Amal and their three children": names and a possessive between the items of a list
    start = previous.last + 1
    unnamed = [w for k, w in enumerate(gap) if not (reader.tokens[start + k].text[:1].isupper() and w.isalpha())]
    unnamed = unnamed[:-1] if unnamed[-1:] and unnamed[-1] in POSSESSIVES else unnamed
    listed_on = unnamed in (["and"], [",", "and"], [","]) and mention.outcome is None
    if current.parts and current.parts[-1].marked and listed_on:
        still_open = current.head is not None and _inside_apposition(reader, current.head, mention)
        if reader.verb_after(mention.last + 1, len(reader)) is None or still_open:  # "... and their two sons - died"
            mention.marked = True  # "...; among those killed were four police officers and a judge": the list goes on
            return True
    speaker = gap[:1] == ["who"] or gap[:1] and gap[0] in SPEECH_VERBS
    if speaker and any(w in SPEECH_VERBS for w in gap) and not any(w in OUTCOME_CUES for w in gap):
        return False  # "A woman who reached the camp said her husband and four sons ...": who speaks is no victim
    head = current.head
    if head is not None and _listed_after(reader, gap, mention) and _inside_apposition(reader, head, mention):
        return True  # "twelve people - nine civilians and three fighters -", "11 people: seven in A and four in B"
    among = reader.phrase_before(head.first, ("among the", "among")) if head is not None else None
    if among is not None and gap[:1] in (["were"], ["was"]) and not any(w in OUTCOME_CUES for w in gap):
        return True  # "Among the five killed were the imam of the mosque and his son": who they were
    if among is not None and current.parts and gap[-1:] == ["and"] and not any(w in OUTCOME_CUES for w in gap):
        return True  # "... were the driver of the bus and his son": the list of who they were goes on
    # "Among the 18 people killed were six members of the family", "Of the 25 killed, 10 were children"
    if head is not None and reader.phrase_before(head.first, ("among the", "among", "of the", "of those")) is not None:
        if not current.parts and (gap[-1:] in (["were"], ["was"]) or gap == ["were", "also"]):
            return True
        same = mention.outcome is None or mention.outcome == (
            head.outcome or reader.verb_after(head.last + 1, mention.first)
        )
        if same and "," in gap and all(w not in OUTCOME_CUES for w in gap[gap.index(",") :]):
            return True  # "Of the 40 people injured, 15 remain in hospital"
        if current.parts and gap[-1:] == ["and"] and not any(w in OUTCOME_CUES for w in gap):
            return True  # "Of the 63 killed, 22 were children under 18 and 11 were women": the breakdown goes on
        within = sum(part.low for part in current.parts) + mention.low <= head.low
        if current.parts and gap[-1:] == ["and"] and same and within:
            return True  # "Of the 31 people who died, 19 were killed in air strikes and 12 succumbed to hunger"
    if head is not None and gap[-2:] in (["of", "whom"], ["of", "them"], ["among", "them"], ["among", "whom"]):
        head_outcome = head.outcome or reader.verb_after(head.last + 1, mention.first)
        if mention.outcome is None or mention.outcome == head_outcome:
            mention.marked = True  # "1,287 were killed, of whom 176 were killed by regime forces": a part of them
            return True
    marked = _breakdown_marked(reader, current.mentions[0].last + 1, mention.first)
    if head is not None and mention.outcome is None and _marker_follows_cues(gap):
        return True  # "21 others injured, including seven children"
    if head is None and len(current.parts) == 1 and mention.outcome is None and _marker_follows_cues(gap):
        mention.marked = True  # "eleven members of the family were killed ..., including seven children"
        return True
    if mention.elliptic and head is not None and current.parts and gap[-1:] == ["and"]:
        return True  # "Of the 19 killed, 11 died in shelling and eight in drone attacks": the breakdown goes on
    included = head is not None and gap[-1:] == ["including"] and mention.outcome is not None
    if included and mention.outcome == head.outcome and mention.high is not None and mention.high < head.low:
        mention.marked = True  # "61,000 deaths from all causes, including some 26,000 violent deaths": a kind of them
        return True
    if any(w in OUTCOME_CUES for w in gap) or mention.outcome is not None:
        return False
    if gap[:1] == ["who"] and len(gap) > 1 and gap[1] not in AUX:
        return False  # "A woman who lost both of her parents": the object of what the person did, not a part
    named = previous.last + 1  # "My sister Leila lost her right hand, and her two boys ...": past the name
    while named < mention.first and _capitalised_word(reader, named) and reader.word(named - 1) != ",":
        named += 1
    if reader.verb_after(named, mention.first) in (KILLED, INJURED):
        return False  # "a boy was shot in the leg ..., his father said": the verb closes the count
    if "," in gap and {reader.verb_before(previous.first), reader.verb_after(mention.last + 1, len(reader))} <= {
        KILLED,
        INJURED,
    }:
        return False  # "shot dead two brothers at a checkpoint, and a third man was wounded": two clauses, two verbs
    if head is not None:
        own = reader.verb_after(mention.last + 1, len(reader))
        head_outcome = head.outcome or reader.verb_after(head.last + 1, mention.first)
        if mention.group == TOTAL and own in (KILLED, INJURED) and head_outcome not in (None, own):
            return False  # "risen to 25, including five children, and 109 people were injured": a toll of its own
        if marked:
            return True
        listed = gap[:-1] if gap[-1:] in (["their"], ["his"], ["her"]) else gap  # "a father and their two children"
        if current.parts and mention.group != TOTAL and listed in ([","], ["and"], [",", "and"]):
            return True  # the rest of an apposition: "four civilians, three women and a girl"
        return mention.group != TOTAL and gap[:1] == [","]  # apposition: "five civilians, three women ..."
    if marked and len(current.parts) == 1 and _marker_follows_cues(gap):
        mention.marked = True  # "nine members of the family, including four children": the first is the total
        return True
    return mention.group != TOTAL and not marked  # "a man and his three daughters", "11 children and 4 women"


_CONFIRMING = frozenset("confirm confirmed verify verified document documented establish established".split())


# Words that make the next count the subject of a clause of its own, not one more part of a breakdown.
_A_CLAUSE_OF_ITS_OWN = frozenset("were was are is have has had died killed wounded injured hurt".split())


def _breakdown_goes_on(reader: SentenceReader, current: Group, gap: list[str], mention: Mention) -> bool:
    """A breakdown begun after a total goes on past the words that describe its last part, while the parts do not
    exceed the total: "three people, among them a man with moderate shrapnel wounds to his legs and two women"."""
    head = current.head
    if head is None or not current.parts or gap[-1:] not in ([","], ["and"]):
        return False
    apposed = reader.words[head.last + 1 : current.parts[0].first] == [","]  # "Two pupils, a girl aged 8 and a boy"
    if not current.parts[-1].marked and not apposed:
        return False
    if any(w in (".", ";", ":") or w in CONTRAST or w in _A_CLAUSE_OF_ITS_OWN for w in gap) or head.low != head.high:
        return False  # (not "Four members of one family, including an infant, were killed and a neighbour")
    if mention.outcome is not None and head.outcome not in (None, mention.outcome):
        return False
    return sum(part.low for part in current.parts) + mention.low <= head.low and mention.low == mention.high


def _confirmed_after_a_contrast(reader: SentenceReader, current: Group, mention: Mention) -> bool:
    gap = reader.words[current.last + 1 : mention.first]
    return reader.word(mention.first - 1) in _CONFIRMING and any(w in CONTRAST for w in gap)


def _breakdown_after_a_semicolon(reader: SentenceReader, gap: list[str], mention: Mention) -> bool:
    """'...; the dead included six schoolchildren', '...; among those killed were four police officers': after a
    semicolon, a clause that says who the toll before it counted."""
    if ";" not in gap or mention.outcome is not None:
        return False
    clause = gap[len(gap) - gap[::-1].index(";") :]
    return reader.phrase_before(mention.first, BREAKDOWN_CLAUSES) is not None and len(clause) <= 5


def _counts_others(reader: SentenceReader, mention: Mention) -> bool:
    return reader.words[mention.last] == "others" or reader.word(mention.last + 1) in ("more", "others")


def _dash_apposition(reader: SentenceReader, gap: list[str], mention: Mention) -> bool:
    """A count right after a spaced dash, a bracket or a colon, with no verb or clause break before it."""
    opens = [k for k, w in enumerate(gap) if w in APPOSITION_OPEN | {":"}]
    if not opens:
        return False
    # "a family of six — the parents, a grandmother and three children —": people not counted may come first
    start = mention.first - len(gap) + opens[-1] + 1
    uncounted = gap[opens[-1] + 1 :]
    # ... or by name: "a family of five - Hassan Darwish, his wife Amal and their three children -"
    named = [reader.tokens[start + k].text[:1].isupper() and w.isalpha() for k, w in enumerate(uncounted)]
    listed = (w in (",", "and", "the", "both", *POSSESSIVES) or person_noun(w) for w in uncounted)
    if not all(one or name for one, name in zip(listed, named, strict=True)):
        return False
    opener = mention.first - len(gap) + opens[-1]
    if gap[opens[-1]] != ":" and reader.glued(opener - 1, opener):
        return False  # a hyphen: "Thirty-six"
    # "Five people were killed - three men and two women - in the strike": the total's own verb before the dash
    told = bool(gap[: opens[-1]]) and all(w in AUX or w in OUTCOME_CUES for w in gap[: opens[-1]])
    checked = gap[opens[-1] :] if told else gap
    return not any(w in (".", ";") or w in CONTRAST or w in OUTCOME_CUES for w in checked)


def _listed_after(reader: SentenceReader, gap: list[str], mention: Mention) -> bool:
    """The next item of a list: "..., six civilians and four soldiers", "seven in Atarib and four in Sarmin"."""
    if gap in ([","], ["and"], [",", "and"]):
        return True
    return (
        mention.elliptic
        and gap[-1:] in (["and"], [","])
        and not any(w in OUTCOME_CUES or w in CONTRAST or w in (".", ";") for w in gap)
    )


def _inside_apposition(reader: SentenceReader, head: Mention, mention: Mention) -> bool:
    """Whether a dash or bracket opened after the total is still open at the mention."""
    depth = 0
    for k in range(head.last + 1, mention.first):
        word = reader.words[k]
        if word in ("-", "–", "—") and not reader.glued(k - 1, k):
            depth = 1 - depth
        elif word == ":":
            depth = 1  # "killed 11 people: seven in Maaret Misrin and four in Sarmin"
        elif word == "(":
            depth = 1
        elif word == ")":
            depth = 0
    return depth == 1


def _next_name_of_a_list(reader: SentenceReader, current: Group, mention: Mention) -> bool:
    """A named person right after another in a list, with only a comma or "and" and a title between them
    ("Siraj Abishov, reporter Maharram Ibrahimov and local official Arif Aliyev")."""
    previous = current.mentions[-1]
    if (previous.low, previous.high, mention.low, mention.high) != (1, 1, 1, 1) or current.head is None and any(
        (m.low, m.high) != (1, 1) for m in current.parts
    ):
        return False
    named = all(reader.tokens[m.first].text[:1].isupper() for m in (previous, mention))
    gap = reader.words[previous.last + 1 : mention.first]
    if not named or not gap or gap[0] not in (",", "and") or any(w in OUTCOME_CUES for w in gap):
        return False  # (not "killed driver A and wounded photographer B": two tolls)
    return all(w in (",", "and") or (w.isalpha() and reader.tokens[previous.last + 1 + k].text.islower())
               for k, w in enumerate(gap)) and len(gap) <= 4


def _adds_a_relative(reader: SentenceReader, current: Group, mention: Mention) -> bool:
    """'a journalist, his wife and their son', 'a couple, their two sons': a relative of one person (or of a
    couple) is another person, not a breakdown."""
    head = current.head
    if head is None or not {reader.words[mention.first], reader.word(mention.first - 1)} & POSSESSIVES:
        return False
    return (head.low, head.high) == (1, 1) or reader.words[head.last] == "couple"


POSSESSIVES = frozenset({"his", "her", "their"})


def _marker_follows_cues(gap: list[str]) -> bool:
    """A breakdown marker with no outcome word after it in the gap: the cue before it was the total's."""
    text = _ALL_OF_THEM.sub("", " ".join(gap))
    for marker in BREAKDOWN_MARKERS:
        found = re.search(rf"\b{marker}\b", text)
        if found:
            rest = text[found.end() :].split()
            return not any(w in OUTCOME_CUES for w in rest)
    return False


def _among_after(reader: SentenceReader, current: Group, mention: Mention) -> bool:
    gap = reader.words[current.last + 1 : mention.first]
    gap = gap[:-1] if gap[-1:] == ["the"] else gap  # "his bride was among the more than 40 wounded"
    if current.head is None and gap[-2:] == ["among"] or gap in (["was", "among"], ["were", "among"]):
        return True
    if gap == ["was", "one", "of"] and current.toll()[:2] == (1, 1):
        return True  # "A seven-year-old boy was one of 13 members of a single family killed": one of them
    # "Five journalists, including X and Y, were among at least 20 people killed": the subject described first
    described = gap[-2:] in (["was", "among"], ["were", "among"]) and gap[:1] == [","]
    quiet = not any(w in OUTCOME_CUES or w in (".", ";") or w in CONTRAST for w in gap)
    return described and quiet and mention.low > current.mentions[0].low


def _assign_outcomes(reader: SentenceReader, groups: list[Group]) -> None:
    """Each group takes the outcome of its own noun, then the verb after it, then the verb before it."""
    charged_until = -1  # the end of the description of people accused: "accused X, a former mayor, of ..."
    for n, group in enumerate(groups):
        lo = groups[n - 1].last + 1 if n else 0
        hi = groups[n + 1].first if n + 1 < len(groups) else len(reader)
        first = group.mentions[0]
        outcome = first.outcome
        if outcome is None and group.last < charged_until:
            group.outcome = NOT_CASUALTY  # the accused described again, between commas
            continue
        intake = group.head is not None and group.parts and reader.word(group.head.first - 1) in _INTAKE
        intake = intake and any(part.outcome == KILLED for part in group.parts)  # (not "five casualties: one in ...")
        if outcome is None and intake and ":" in reader.words[group.head.last + 1 : group.parts[0].first]:
            # "received 51 people from the blast: 14 were already dead on arrival and 37 are being treated": those
            # received are no toll of their own, each part has its own outcome
            group.head, first = None, group.parts[0]
            outcome = first.outcome or _verb_after_the_breakdown(reader, group.last, hi)
        shot_dead = "dead" in (reader.words[group.last], reader.word(group.last + 1))
        if outcome is None and shot_dead and reader.word(first.first - 1) == "shot":
            outcome = KILLED  # "ordered the passengers off and shot six of them dead"
        if outcome is None and the_first_death(reader, group.last + 1):
            outcome = KILLED  # "Signaller X, posted to the ridge in March, was the first death of the campaign"
        if outcome is None and reader.words[group.last] == "victims" and reader.word(first.first - 1) in _COUNTED:
            outcome = KILLED  # "while UN investigators counted 131 victims": a count of the dead
        if outcome is None and _attacker_acts(reader, group):
            outcome = NOT_CASUALTY  # "Sniper kills teacher", "a gunman shot two guards": who did it
        if outcome is None and _blew_themselves_up_later(reader, group.last + 1):
            outcome = NOT_CASUALTY  # "Two girls thought to be no older than eight blew themselves up ..., killing 57"
        accused = outcome is None and reader.word(_before_a_name_described(reader, first.first) - 1) in _ACCUSING
        # "jurors found 23 officers guilty of killing 13 prisoners": those found guilty, not those killed
        guilty = reader.phrase_at(group.last + 1, ("guilty of",)) is not None
        guilty = guilty and reader.word(first.first - 1) == "found"
        accused = accused or (outcome is None and guilty)
        charge = (_the_charge(reader, group.last + 1) or (group.last + 2 if guilty else None)) if accused else None
        if charge is not None:
            charged_until = charge
            outcome = NOT_CASUALTY  # "Prosecutors accused twelve state police officers of killing 19 people"
        # (not "20 insurgents reported dead": the report is of them, a headline's passive)
        reported_harmed = reader.word(group.last + 1) == "reported" and reader.word(group.last + 2) in OUTCOME_CUES
        # (nor "119 leftists said to have been killed abroad": a hedge, then what befell them)
        reported_harmed = reported_harmed or reader.words[group.last + 2 : group.last + 4] == ["to", "have"]
        if outcome is None and reader.word(group.last + 1) in _SPEAKERS_VERBS and not reported_harmed:
            outcome = NOT_CASUALTY  # "A Fano commander claimed his fighters had killed 27": who speaks, not a victim
        speaker = group.toll()[:2] == (1, 1) and reader.word(_past_where_they_are(reader, group.last + 1))
        if outcome is None and speaker in _SPEAKERS_VERBS | {"told", "asked"} and not _speaks_of_own_harm(reader):
            outcome = NOT_CASUALTY  # "A woman on Vokzalna Street said ...", "a man in Hroza asked": who speaks
        through = reader.word(first.first - 1) == "through" and reader.words[group.last] in _GO_BETWEENS
        if outcome is None and speaker and through:
            outcome = NOT_CASUALTY  # "told the court through an interpreter that ...": who helped her speak
        if outcome is None and _found_alive(reader, group.last + 1, hi):
            outcome = NOT_CASUALTY  # "eight people initially listed among the dead were found alive"
        on_board = reader.phrase_at(group.last + 1, ("on board", "aboard"))
        if on_board is not None:
            on_board = _after_the_vessel(reader, on_board)  # "all 298 people aboard Malaysia Airlines Flight 17 died"
        own_verb = on_board and reader.word(on_board) in ("were", "was", "died", "perished", "lost", "drowned")
        # "on board were killed", "on board lost their lives"
        verb_on_board = reader.verb_after(on_board, hi) if own_verb else None
        if on_board and not own_verb and n + 1 < len(groups):
            verb_on_board = _verb_shared_past_the_craft(reader, on_board, groups[n + 1])
        loaded = reader.phrase_before(first.first, _LOADED_WITH) is not None  # "a truck crammed with 160 migrants"
        aboard = reader.word(first.first - 1) == "its" and reader.words[group.last] in _ABOARD
        if outcome is None and (loaded or aboard) and reader.verb_after(group.last + 1, hi) not in (KILLED, INJURED):
            outcome = NOT_CASUALTY  # "towed the cayuco and its 180 passengers into port": who was carried
        if outcome is None and on_board and verb_on_board not in (KILLED, INJURED):
            outcome = NOT_CASUALTY  # "a minibus with six people on board, killing two": who was there, not the toll
        elif outcome is None and on_board:
            outcome = verb_on_board  # "and all 269 people on board perished": their own verb, not the attacker's
        if outcome is None and reader.phrase_before(first.first, _REMAINS_OF):
            outcome = KILLED  # "the bodies of five men with gunshot wounds": the dead, whatever wounded them
        # ("death-": how the reader marks "death" used as a noun's modifier, so that it counts no one)
        certified = reader.phrase_before(first.first, ("death certificates for", "death- certificates for"))
        if outcome is None and certified is not None:
            outcome = KILLED  # "the institute issued death certificates for seven people"
        survivors = reader.words[group.last] in ("survivors", "survivor")
        told_of_them = reader.words[group.last + 1 : clause_end(reader, group.last, hi)]
        died = any(OUTCOME_CUES.get(w) == KILLED for w in told_of_them)  # (not "two survivors later died of")
        if outcome is None and survivors and says_hurt(told_of_them) and not died:
            outcome = INJURED  # "Three survivors, all of whom had been treated for gunshot wounds, gave evidence"
        if outcome is None and reader.words[group.last] == "them" and _them_are_bodies(reader, first.first):
            outcome = KILLED  # "bodies kept arriving with bullet wounds ..., and he counted at least 40 of them"
        if outcome is None and reader.phrase_at(group.last + 1, ("as missing",)) is not None:
            outcome = NOT_CASUALTY  # "listed four others as missing, presumed dead": no toll of the dead
        if outcome is None and group.head is None:
            outcomes = {m.outcome for m in group.parts if m.outcome}
            outcome = outcomes.pop() if len(outcomes) == 1 else None
        if outcome is None and group.head is not None and group.parts:
            # ("The rabbi and his wife were among six people killed": the parts told before the whole)
            before_the_parts = group.parts[0].first if group.parts[0].first > group.head.last else hi
            outcome = reader.verb_after(group.head.last + 1, before_the_parts)
            if outcome is None:  # "Eleven members of the family were killed in the strike, including ..."
                between = reader.words[group.head.last + 1 : group.parts[0].first]
                cues = [OUTCOME_CUES[w] for w in between if w in OUTCOME_CUES and w not in ("toll", "victims")]
                outcome = cues[0] if cues else None
        whose_wounds = group.head is not None and reader.words[group.last] in ("whom", "them")
        if outcome is None and whose_wounds and reader.phrase_at(group.last + 1, _DIED_OF_WOUNDS) is not None:
            outcome = INJURED  # "Thirteen people were taken to hospital, two of whom later died of their wounds"
        shot = whose_wounds and reader.words[group.head.last + 1 : group.head.last + 3] in (["were", "shot"], ["shot"])
        if outcome is None and shot and reader.verb_after(group.last + 1, hi) == KILLED:
            outcome = INJURED  # "Five people were shot during the confrontation, two of whom later died": all were hit
        if outcome is None and group.head is not None and group.parts and reader.word(group.head.last + 1) in AUX:
            # "About thirty people had been sleeping in the basement, and around twenty of them were killed"
            own = {reader.verb_after(part.last + 1, hi) for part in group.parts}
            if len(own) == 1 and own & {KILLED, INJURED}:
                group.head, outcome = None, own.pop()
        if outcome is None and group.head is not None and reader.words[group.last] in ("whom", "them"):
            outcome = reader.verb_before(first.first)  # "wounded 19 people, five of whom later died"
        elided = first.elliptic and n and reader.word(group.last + 1) in (*ELIDED_AT, "to")  # "and a third to X"
        if outcome is None and elided:
            outcome = groups[n - 1].outcome  # "Six died at the scene and a seventh in hospital": the same verb
        if outcome is None:
            outcome = reader.verb_after(group.last + 1, hi) or _verb_after_where_from(reader, group.last + 1, hi)
            listed = _past_other_kinds_listed(reader, group.last + 1, hi)
            # (their own verb: not "eight of the women and children sheltering there and wounded four others")
            own_verb = reader.word(listed) in ("were", "was", "had", "have", "died") and listed > group.last + 1
            shared = reader.verb_after(listed, hi) if outcome is None and own_verb else None
            if shared in (KILLED, INJURED):
                outcome = shared  # "Hundreds of managers, foremen and doctors were shot in the legs"
            before = reader.verb_before(first.first)
            if before in (KILLED, INJURED, NOT_CASUALTY) and verb_of_the_next_number(reader, group.last + 1):
                outcome = before  # "kills one soldier, wounds three"; "holding 300 guests, killing six": another count
        if outcome == INJURED and reader.phrase_before(first.first, ("body of", "bodies of", "remains of")) is not None:
            outcome = KILLED  # "The body of a motorcycle-taxi driver, burned beyond recognition, was found"
        all_hurt = reader.phrase_at(group.last + 1, _ALL_OF_THEM_WITH) if outcome == KILLED else None
        if all_hurt and says_hurt(reader.words[all_hurt : all_hurt + 4]) and not _dead_told(reader, lo, hi):
            outcome = INJURED  # "The number of victims has risen to at least seven, all of them with injuries"
        lumped = reader.word(group.last + 1) == COMBINED  # "lost 46 men killed or wounded": one count of both
        if outcome == NOT_CASUALTY and (verb := reader.verb_before(first.first)) in (KILLED, INJURED) and not lumped:
            outcome = verb  # "killing 17 people sheltering there": what the verb did to them
        if outcome == NOT_CASUALTY and (verb := _verb_after_a_reduced_clause(reader, group.last + 1, hi)):
            outcome = verb  # "two of the three people trapped under the rubble were pulled out dead"
        if outcome in (None, NOT_CASUALTY) and _with_wounds(reader, group.last + 1):
            outcome = INJURED  # "the hospital received 31 people with gunshot and machete wounds"
        if outcome is None and reader.word(group.last + 1) == ",":
            outcome = verb_after_apposition(reader, group.last + 1)  # "70 people, most of them children, showed ..."
        if outcome is None and group.head is not None and group.parts:
            outcome = _verb_after_the_breakdown(reader, group.last, hi)
            if outcome == NOT_CASUALTY and (verb := reader.verb_before(first.first)) in (KILLED, INJURED):
                outcome = verb  # "shooting dead at least 22 people, three of them monks, who had been sheltering"
        if outcome is None and group.head is not None and len(group.parts) > 1:
            # "104 civilians, among them 23 children and 11 women, were killed ..., 37 of them by regime forces"
            ends = [part.first for part in group.parts[1:]] + [hi]
            found = (reader.verb_after(part.last + 1, end) for part, end in zip(group.parts, ends, strict=True))
            outcome = next((verb for verb in found if verb in (KILLED, INJURED)), None)
        if outcome is None and reader.word(group.last + 1) in _ATTACKERS_VERBS:
            outcome = NOT_CASUALTY  # "... 16 wounded when two gunmen opened fire": who attacked, not the wounded
        if outcome is None:
            outcome = verb_after_a_name(reader, group.last + 1, hi)  # "his wife Sahar, who ..., lost the sight"
        limb = reader.word(group.last + 1) == "in" and reader.word(group.last + 3) in SHOT_LIMBS
        limb = limb and reader.word(first.first - 1) in ("shot", "hit", "struck")
        if outcome is None and (limb or shot_in_a_limb(reader, first.first, group.last)):
            outcome = INJURED  # "a sniper shot my son in the leg", "shot the journalist X in the legs"
        if outcome is None:
            outcome = reader.verb_before(first.first)
            treated = reader.word(first.first - 1) == "treated" and reader.phrase_at(group.last + 1, NOT_INJURIES)
            outcome = NOT_CASUALTY if treated else outcome  # "paramedics treated four residents for acute anxiety"
        if outcome is None and reader.word(first.first - 1) in ("claimed", "claiming", "claims"):
            outcome = KILLED  # "the aggression has claimed more than 30 of our people": lives taken
        if outcome is None:
            outcome = reader.toll_subject(first.first, lo)
        if outcome is None and n and groups[n - 1].outcome is not None:
            if died_with_others(reader, groups[n - 1].first, groups[n - 1].last) == groups[n - 1].outcome:
                outcome = groups[n - 1].outcome  # "She died with her husband": the people she died with
        if outcome is None and n and groups[n - 1].outcome:
            gap = reader.words[lo : first.first]
            spoken = any(w in SPEECH_VERBS for w in gap)  # "a woman who ... said her husband": not her outcome
            if _shares_the_next_verb(reader, groups, n):
                # "A woman was killed, and her husband and two neighbours injured": the verb after the next count
                outcome = reader.verb_after(groups[n + 1].last + 1, len(reader))
            elif not spoken and not any(w in (".", ";") or w in CONTRAST or w in OUTCOME_CUES for w in gap):
                if _badly_hurt_between(gap):
                    outcome = INJURED  # "killing at least two children and badly burning a nine-year-old girl"
                elif not _another_act_between(gap):
                    outcome = groups[n - 1].outcome  # "killed a shepherd and his two nephews"
        if outcome is None and reader.word(group.last + 1) in _ATTACKERS_VERBS:
            outcome = NOT_CASUALTY  # "Two suicide bombers blew themselves up ..., killing 38": who attacked
        if outcome is None and n and as_was_before(reader, first.first):
            outcome = groups[n - 1].outcome  # "Both guards were killed, as was the cook": the same befell them
        last_of_the_sentence = reader.word(group.last + 1) in (".", "") and reader.word(first.first - 1) == "and"
        if outcome is None and n and last_of_the_sentence and reader.word(first.first - 2) == ",":
            outcome = groups[n - 1].outcome  # "Thirty-two Europeans died ..., and some 1,800 African civilians."
        if outcome is None:
            outcome = _told_at_the_end_of_the_list(reader, groups, n)  # "920 militants, ..., and 47 civilians dead"
        if outcome is None and reader.word(group.last + 1) in _STAYING:
            outcome = _verb_after_a_reduced_clause(reader, group.last + 1, hi)
        if outcome is None:
            before = clause_start(reader, first.first, lo)
            gap = reader.words[lo : first.first]
            told = n and groups[n - 1].outcome is not None
            # "and it injured almost everyone else in the house, nine people": another outcome is told after them
            other = told and any(OUTCOME_CUES.get(w) not in (None, groups[n - 1].outcome) for w in gap)
            if told and not other and not _JOINING & set(gap):
                before = group.first  # the outcome words before it told of the people counted before it
            after = clause_end(reader, group.last + 1, hi)
            outcome = reader.nearest_cue(group.first, group.last, before, after)
            cues = [k for k in range(group.last + 1, after) if reader.words[k] in OUTCOME_CUES]
            if cues and all(reader.phrase_before(k, _SUSPECTED_OF) is not None for k in cues):
                outcome = NOT_CASUALTY  # "Two mayors ... were arrested on suspicion of killing dozens": the accused
        if outcome is None and _listed_as_the_dead(reader, first.first):
            outcome = KILLED  # "The dead comprised 190 men, who were ..., and 452 women and children, who were ..."
        if outcome is None and first.elliptic and n:
            outcome = groups[n - 1].outcome
        if outcome in (None, NOT_CASUALTY) and group.head is not None and group.parts:
            # "Twelve people were sheltering in the school; four of them were killed": the parts are the toll
            own = {reader.verb_after(part.last + 1, hi) for part in group.parts}
            if len(own) == 1 and own & {KILLED, INJURED}:
                group.head, outcome = None, own.pop()
        if outcome == INJURED and group.toll()[:2] == (1, 1) and _and_then_died(reader, group.last + 1, hi):
            outcome = KILLED  # "A 15-year-old boy was hit by a stray bullet ... and died on the way to the clinic"
        partitive = reader.phrase_before(first.first, ("of the", "of those")) is not None  # "three of the 11 ..."
        if outcome == INJURED and not partitive and _wounded_then_died(reader, group.last + 1, hi):
            outcome = KILLED  # "a first aider who had been gravely wounded died of his injuries": now dead
        if outcome in (None, NOT_CASUALTY) and _then_killed_them(reader, group.last + 1):
            outcome = KILLED  # "gunmen abducted eleven miners and shot them dead": what became of them
        auxiliary = _auxiliary_after(reader, group.last + 1)  # "Half a dozen students from the University were"
        seized = outcome in (None, NOT_CASUALTY) and auxiliary is not None
        if seized and then_died(reader, auxiliary + 1):
            # "Samuel Doe was seized by ... fighters ... and tortured to death", "a boy was pulled from the rubble
            # but died": the same people's second verb
            outcome = KILLED
        if outcome == NOT_CASUALTY and on_board is None and _all_aboard_killed(reader, group.last + 1):
            outcome = KILLED  # "a plane carrying 96 people crashed near Smolensk, killing everyone on board"
        owning = reader.word(group.last + 1) in ("'", "’")  # (not "one victims' association")
        victims = reader.words[group.last] == "victims" and not owning
        # "The 176 victims included 82 Iranians, 63 Canadians and ...": the total's own noun
        head_owns = group.head is not None and reader.word(group.head.last + 1) in ("'", "’")
        victims = victims or (group.head is not None and reader.words[group.head.last] == "victims" and not head_owns)
        if outcome is None and victims and not says_hurt(reader.words):
            outcome = KILLED  # "60 to 75 victims were dumped in the trench", "the three victims were siblings"
        burned = reader.word(group.last + 1) in ("burned", "burnt")
        if outcome == INJURED and reader.words[group.last] == "souls" and burned:
            outcome = KILLED  # "Eighty thousand innocent souls burned in a single night": souls are the dead
        group.outcome = outcome
    _split_casualties_by_outcome(groups)
    _split_parts_with_their_own_outcome(reader, groups)
    # "A journalist and his cameraman were killed": a count joined by "and" to the next takes its outcome.
    for n in range(len(groups) - 2, -1, -1):
        group, following = groups[n], groups[n + 1]
        gap = reader.words[group.last + 1 : following.first]
        for _ in range(2):  # "a couple and their three children", "nurse Maryam Haddad", ", his brother Yousif"
            if gap[-1:] and (gap[-1] in POSSESSIVES or person_noun(gap[-1]) == gap[-1] or gap[-1] == "all"):
                gap = gap[:-1]  # ... "26 hostages and all 33 attackers died"
        described = gap[:1] == [","] and gap[1:2] in (["a"], ["an"], ["the"]) and gap[-2:] == [",", "and"]
        # "Twenty children, all of them six or seven years old, and six adults were killed"
        all_of_them = gap[:1] == [","] and gap[-2:] == [",", "and"] and gap[1:4] == ["all", "of", "them"]
        # "Sixteen children, all aged five or six, and their teacher": their ages between commas
        all_of_them = all_of_them or (gap[:1] == [","] and gap[-2:] == [",", "and"] and "aged" in gap[1:3])
        # "A local man, Mykola, 44, and his neighbour Halyna were killed": a name and an age between commas
        described = described or _name_and_age_between_commas(reader, group.last + 1, len(gap))
        # "Mahmoud Saleh, a paediatrician, and Amal Nasser"
        short = len(gap) <= 3 or (described and len(gap) <= 10) or (all_of_them and len(gap) <= 14)
        # "Fifteen police officers and community workers and six assailants died": other kinds listed between
        short = short or _past_other_kinds_listed(reader, group.last + 1, following.first) == following.first - 1
        # "Ahmed Salem, Yusuf Hamdan and Mariam Odeh were killed": one person after another in a list
        listed = gap == [","] and group.toll()[:2] == following.toll()[:2] == (1, 1)
        # "5 soldiers, 3 civilians dead after attack on convoy": a headline's list of counts before one outcome
        listed = listed or (gap == [","] and group.first == 0 and n + 2 == len(groups))
        if group.outcome is None and following.outcome and listed:
            group.outcome = following.outcome
        along = reader.phrase_before(group.first, ALONG_WITH) is not None
        if group.outcome is None and following.outcome and along and gap == [","]:
            group.outcome = following.outcome  # "Along with the 132 pupils, nine members of staff were killed"
        # "39 civilians, 14 security personnel and 21 militants were killed": a list's items before its last two
        if group.outcome is None and following.outcome and gap == [","] and n + 2 < len(groups):
            m = n + 1  # ("Nine Italians, seven Japanese, an American and an Indian woman": past every comma)
            while m + 2 < len(groups) and reader.words[groups[m].last + 1 : groups[m + 1].first] == [","]:
                m += 1
            rest = reader.words[groups[m].last + 1 : groups[m + 1].first]
            if rest[-1:] in (["and"], ["or"]) and len(rest) <= 2:
                group.outcome = following.outcome
        if group.outcome is None and following.outcome and gap and gap[-1] in ("and", "or") and short:
            if not any(w in OUTCOME_CUES or w in CONTRAST or w in (".", ";") for w in gap):
                group.outcome = following.outcome


# What the people counted right before it did, when they are those who spoke of the toll.
_SPEAKERS_VERBS = (SPEECH_VERBS - {"confirmed"}) | frozenset(
    "say claimed claim claims announced insisted reported estimated recalled testified shouted cried screamed".split()
)
# The present of a post or a live report: "..., a local journalist reports", "..., a doctor there tells me".
_SPEAKERS_VERBS |= frozenset("reports tells writes notes adds recalls explains states".split())
# Those one speaks through: "told the court through an interpreter".
_GO_BETWEENS = frozenset("interpreter translator intermediary lawyer spokesman spokeswoman spokesperson".split())
# A veteran's or a mother's memory: "One veteran remembered how a shell killed the two friends in his foxhole".
_SPEAKERS_VERBS |= frozenset({"remembered", "wrote"})


# Words that join the people counted next to those counted before, in the same outcome: "was killed along with his
# son", "alongside six relatives", "and so was our neighbour's son", "17 dead according to the KIA, 21 per rescuers".
_JOINING = frozenset("along together alongside so also well besides according".split())
_COUNTED = frozenset("counted documented recorded listed registered identified named".split())


# What a part of the wounded died of: "two of whom later died of their wounds".
_DIED_OF_WOUNDS = tuple(
    f"{later}died of {whose}{wounds}"
    for later in ("", "later ", "since ", "subsequently ")
    for whose in ("their ", "his ", "her ", "")
    for wounds in ("wounds", "injuries")
)
# What says how all of a count were hurt: "at least seven, all of them with injuries".
_ALL_OF_THEM_WITH = (", all of them with", ", all with", ", all of them")


# What is left of the dead, before a count of them: "the bodies of five men", "the skeletons of 143 people".
_REMAINS_OF = ("bodies of", "the remains of", "corpses of", "skeletons of", "the bones of", "skulls of")
# ... and the throats cut of those killed so: "cut the throats of the seven Trappist monks".
_REMAINS_OF += tuple(
    f"{verb} the throats of{the}" for verb in ("cut", "slit", "slitting", "cutting") for the in ("", " the")
)
# What a vehicle or boat was loaded with, before a count of those it carried.
_LOADED_WITH = ("crammed with", "packed with", "crowded with", "loaded with", "crammed", "packed")
# Those a craft or vehicle carries, after "its": "the boat and its 40 passengers".
_ABOARD = frozenset("passengers occupants crew migrants".split())


# The interval given around a best estimate just told.
_INTERVAL = re.compile(
    r"\s*(?:\(\s*95\s*%\s*(?:CI|confidence\s+interval|uncertainty\s+interval)[:,]?\s*(?P<low>\d[\d,]*)\s*(?:–|-|to)\s*"
    r"(?P<high>\d[\d,]*)\s*\)"
    r"|[^.;]{0,40}?,?\s*with\s+a\s+low\s+estimate\s+of\s+(?P<low2>\d[\d,]*)\s+and\s+a\s+high\s+estimate\s+of\s+"
    r"(?P<high2>\d[\d,]*))",
    re.I,
)
# What says, after a toll, that the true one is above it: "and we believe the real number is higher".
_HIGHER_THAN_TOLD = re.compile(
    r"\b(?:real|true|actual|final)\s+(?:number|toll|figure|count)\s+(?:is|was|will\s+be|may\s+be|could\s+be|is\s+likely)"
    r"\s+(?:to\s+be\s+)?(?:much\s+|far\s+|considerably\s+|probably\s+|likely\s+)?higher\b",
    re.I,
)


def _parts_of_the_whole_first(reader: SentenceReader, mentions: list[Mention]) -> list[Mention]:
    """'Of the 46 dead, the bodies of six were never found': a sentence opened by the whole toll then tells of some
    of them; the later counts of that outcome are parts of it, no toll of their own."""
    if reader.word(0) != "of" or not mentions or mentions[0].first > 2:
        return mentions
    if mentions[0].outcome is None:
        # "Of the roughly 500 patients in the hospital, at least 52 were killed and scores more injured": the whole
        # the parts were taken from, when each part has its own outcome
        comma = next((k for k in range(mentions[0].last + 1, mentions[0].last + 6) if reader.word(k) == ","), None)
        told = [m for m in mentions[1:] if m.outcome is not None]
        where = reader.words[mentions[0].last + 1 : comma] if comma is not None else []
        placed = where[:1] in (["in"], ["at"], ["on"], ["inside"], ["aboard"])  # (not "Of the 40 people injured,")
        if placed and not any(w in OUTCOME_CUES for w in where) and told and mentions[1].first > comma:
            return mentions[1:]
        return mentions
    if reader.word(mentions[0].last + 1) != ",":
        return mentions
    whole = mentions[0]
    return [whole, *(m for m in mentions[1:] if m.outcome not in (None, whole.outcome))]


def _named_before_the_others(reader: SentenceReader, mentions: list[Mention]) -> list[Mention]:
    """'Hemant Karkare and two other senior police officers were shot dead', 'Ahmed Saleh and two others': the person
    named before "and N other(s)" is one more, counted with them when nothing counts the name yet."""
    out: list[Mention] = []
    for mention in mentions:
        others = "other" in reader.words[mention.first : mention.last + 1] or reader.words[mention.last] == "others"
        # "Zemari Ahmadi and nine of his relatives": those of the person named are others than he
        kin = reader.word(mention.first + 1) == "of" and reader.word(mention.first + 2) in ("his", "her")
        others = others or (kin and PERSON_NOUNS.get(singular_of(reader.words[mention.last])) == KIN)
        name_end = mention.first - 2
        named = others and reader.word(mention.first - 1) == "and" and name_end > 0
        named = named and reader.tokens[name_end].text[:1].isupper() and reader.words[name_end].isalpha()
        if named and not any(m.first <= name_end <= m.last for m in mentions):
            start = name_end
            while start > 0 and reader.tokens[start - 1].text[:1].isupper() and reader.words[start - 1].isalpha():
                start -= 1
            title = person_noun(reader.word(start - 1)) is not None  # "Anti-terror chief Hemant Karkare"
            if name_end > start or title:  # a first name and a surname, or a title before one name
                high = None if mention.high is None else mention.high + 1
                mention = replace(mention, low=mention.low + 1, high=high, group=TOTAL, first=start)
        out.append(mention)
    return out


def _one_of_a_wider_toll(reader: SentenceReader, mention: Mention) -> bool:
    """'A family of six ... was killed ..., one of 41 civilian deaths verified in the oblast that week': the toll the
    incident is one of, not its own."""
    lead = reader.words[max(0, mention.first - 3) : mention.first]
    return lead == [",", "one", "of"] and mention.outcome in (KILLED, INJURED)


def _badly_hurt_between(gap: list[str]) -> bool:
    """'and badly burning a nine-year-old girl', 'and severely scalding two others': how badly, then a verb of harm."""
    return any(w in _BADLY and nxt.endswith(("ing", "ed")) for w, nxt in zip(gap, gap[1:], strict=False))


_BADLY = frozenset("badly severely seriously critically gravely horribly".split())


def _another_act_between(gap: list[str]) -> bool:
    """'killing 25 German soldiers in the Argonne and bringing back 132 prisoners': a second act, whose people the
    first verb did not reach."""
    return any(w == "and" and nxt.endswith("ing") and len(nxt) > 5 and nxt not in OUTCOME_CUES
               for w, nxt in zip(gap, gap[1:], strict=False))


def _the_fatal_part_of_casualties(reader: SentenceReader, group: Group) -> Group:
    """'10,602 casualties, 3,598 of them fatal', '40 casualties, 12 of them killed': casualties count the dead and
    the hurt together, so the toll of the dead is the part said to have died."""
    if group.head is None or reader.words[group.head.last] not in ("casualties", "casualty") or len(group.parts) != 1:
        return group
    part = group.parts[0]
    own = OUTCOME_CUES.get(reader.words[part.last]) or reader.verb_after(part.last + 1, len(reader))
    if own != KILLED:
        return group
    return Group(head=None, parts=[part], outcome=KILLED)


def _owners_of_a_thing(reader: SentenceReader, mention: Mention) -> bool:
    """'outside her parents' house': people named only as whose a thing is (the apostrophe after the plural)."""
    apostrophe = reader.word(mention.last + 1) in ("'", "’") and reader.glued(mention.last, mention.last + 1)
    owned = reader.word(mention.last + 2)
    owned_thing = owned.isalpha() and owned not in STOP and person_noun(owned) is None  # (not "'killed 10 men' in")
    return apostrophe and reader.words[mention.last].endswith("s") and owned_thing


def _a_rate_per_head(reader: SentenceReader, mention: Mention) -> bool:
    """'a crude mortality rate of 2.2 deaths per 1,000 people per month': a rate and its base, no count of the dead."""
    if reader.word(mention.first - 1) == "per":
        return True
    base = reader.word(mention.last + 2)
    per_unit = base in TIME_WORDS or base == "capita"  # "two deaths per day", "per 10,000 people per month"
    return reader.word(mention.last + 1) == "per" and (reader.number_at(mention.last + 2) is not None or per_unit)


def _procedures(reader: SentenceReader, mention: Mention) -> bool:
    """'the surgeons carried out 19 amputations': operations done, not a count of the people they were done on."""
    done = reader.word(mention.first - 1) in ("performed", "out", "conducted", "did") and mention.first == mention.last
    return done and reader.word(mention.last + 1) in ("amputations", "operations", "surgeries")


def _them_are_bodies(reader: SentenceReader, k: int) -> bool:
    """The people a count 'of them' at k takes from were bodies: the nearest plural noun before it is one."""
    for m in range(k - 1, max(-1, k - 30), -1):
        if reader.words[m] in ("bodies", "corpses"):
            return True
        if person_noun(reader.words[m]) is not None or reader.number_at(m) is not None:
            return False
    return False


def _dead_told(reader: SentenceReader, lo: int, hi: int) -> bool:
    """Whether a word between lo and hi tells of deaths ("died", "killed"), beside a toll's own "victims"."""
    return any(OUTCOME_CUES.get(w) == KILLED and w not in ("victims", "toll") for w in reader.words[lo:hi])


def _listed_as_the_dead(reader: SentenceReader, k: int) -> bool:
    """Whether the count at k is one of a list that "the dead comprised" (or "included", "were") opens."""
    for m in range(k - 2, -1, -1):
        if reader.words[m] in (".", ";"):
            return False
        if reader.words[m - 1 : m + 2] in _THE_DEAD_LISTED:
            return True
    return False


_THE_DEAD_LISTED = [["the", dead, verb] for dead in ("dead", "victims") for verb in ("comprised", "included", "were")]


def _verb_after_a_reduced_clause(reader: SentenceReader, j: int, hi: int) -> str | None:
    """The killing or wounding verb after a participle phrase that describes the people counted before j ("people
    trapped under the rubble were pulled out dead", "24 villagers abducted in the raid have since been killed"),
    also where a comma closes it ("Tomas and Amina, seized in March, were found dead", "a family of four, including
    an engineer employed by the agency, was killed"), or None."""
    j += reader.word(j) == ","
    staying = reader.word(j) in _STAYING  # "A family of five sheltering in the basement of their house ... died"
    if not (reader.word(j).endswith("ed") or staying) or reader.word(j) in OUTCOME_CUES:
        return None
    verbs = ("were", "was", "have", "has")
    for m in range(j + 1, min(hi, j + (16 if staying else 10))):
        if reader.words[m] == "," and reader.word(m + 1) in verbs:
            continue  # the comma that closes the clause
        if staying and reader.words[m] in ("died", "perished") and reader.word(m - 1) not in ("who", "that"):
            return KILLED
        if reader.words[m] in (",", ";", ".", "but") or reader.words[m] in OUTCOME_CUES:
            return None
        if reader.words[m] == "and" and not staying:  # ("militants carrying two rifles and a pistol were killed")
            return None
        if reader.words[m] in verbs:
            verb = reader.verb_after(m, hi)
            return verb if verb in (KILLED, INJURED) else None
    return None


def _told_at_the_end_of_the_list(reader: SentenceReader, groups: list[Group], n: int) -> str | None:
    """The outcome word that closes a list of counts the group at n opens or goes on ("counted 920 militants, 165
    soldiers and police officers, and 47 civilians dead": all of them dead), or None."""
    for k in range(n + 1, len(groups)):
        gap = reader.words[groups[k - 1].last + 1 : groups[k].first]  # (", and police officers, and": more people)
        listed = gap[-1:] in ([","], ["and"]) and len(gap) <= 6
        people = (w in (",", "and", "police") or (person_noun(w) is not None and w not in OUTCOME_CUES) for w in gap)
        if not listed or not all(people):
            return None
        told = groups[k].mentions[0].outcome
        if told in (KILLED, INJURED) and reader.words[groups[k].last] in ("dead", "killed", "wounded", "injured"):
            return told
    return None


# Where the people counted were, in a participle phrase before their own verb.
_STAYING = frozenset(
    "sheltering hiding living staying sleeping waiting queuing standing carrying holding wearing driving riding".split()
)


def _attacker_acts(reader: SentenceReader, group: Group) -> bool:
    """An attacker counted before an active verb of harm: "Sniper kills teacher", "a gunman shot two guards"."""
    k = group.last + 1
    if reader.word(k) == ",":  # "about 50 armed men, some in army uniforms, killed 19 people": past the aside
        close = next((m for m in range(k + 1, min(k + 9, len(reader))) if reader.words[m] in (",", ".", ";")), k)
        k = close + 1 if reader.word(close) == "," and reader.word(close + 1) in ACTIVE_HARM else k
    verb, after = reader.word(k), reader.word(k + 1)
    noun = person_noun(reader.word(group.last))
    if noun in _ARMED_PEOPLE | {"pilot"} and _harmed_after_the_deed(reader, k) not in _REFLEXIVE:
        return True  # "An Apache pilot mistook the two vehicles for Iraqi ones ..., killing two soldiers"
    if noun not in ATTACKER_NOUNS | _ARMED_PEOPLE:
        # anyone counted who killed a number of people: "the two brothers killed 12 people at the offices"
        victims = reader.number_at(k + 1) if verb in ("killed", "murdered", "shot", "stabbed") else None
        return victims is not None and reader.noun_after(victims[1]) is not None and group.mentions[0].low > 1
    if verb in ("kills", "shoots", "wounds", "stabs"):
        return True
    objects = ("a", "an", "the", "his", "her", "their", "two", "three", "four", "five")
    acted = verb in ACTIVE_HARM
    return acted and (after in objects or after[:1].isdecimal())  # "two other militiamen executed three brothers"


def _harmed_after_the_deed(reader: SentenceReader, k: int) -> str | None:
    """When the verb at k is a person's own deed (not something done to them) and the same clause goes on with
    ", killing ..." or ", wounding ...": the first word of whom it harmed ("two", "himself")."""
    verb = reader.word(k)
    if verb in OUTCOME_CUES or verb in AUX or not (verb.endswith("ed") or verb in _DEEDS):
        return None
    for m in range(k + 1, min(k + 30, len(reader))):
        if reader.words[m] in (";", ".") or reader.words[m] in OUTCOME_CUES:
            harming = reader.words[m - 1] == "," and reader.words[m] in ("killing", "wounding")
            return reader.word(m + 1) if harming else None
    return None


_REFLEXIVE = (None, "himself", "herself", "themselves")
# Irregular past tenses of a person's own deed before ", killing ...".
_DEEDS = frozenset("mistook threw drove shot lost hit took led".split())


def _blew_themselves_up_later(reader: SentenceReader, k: int) -> bool:
    """In the clause from k, before a comma, the people just counted "blew themselves up" or "set off their
    explosives": the bombers."""
    for m in range(k, min(k + 14, len(reader))):
        if reader.words[m] in (",", ";", ".") or reader.words[m] in OUTCOME_CUES:
            return False
        if reader.words[m] == "blew" and reader.word(m + 1) in ("themselves", "himself", "herself"):
            return reader.word(m + 2) == "up"
        charge = reader.word(m + 2 if reader.words[m] == "set" else m + 1)
        own = charge in ("their", "his", "her") or (charge in ("a", "an", "explosive", "suicide") and m > k)
        if own and (reader.words[m : m + 2] == ["set", "off"] or reader.words[m] == "detonated"):
            # "set off their explosives", "detonated her vest", "(had) set off a bomb", "detonated explosive belts"
            return True
    return False


# Armed people who, counted before an active verb of harm with its object, are those who did it.
_ARMED_PEOPLE = frozenset("militiaman soldier fighter policeman officer guard settler militant trooper".split())


def _after_the_vessel(reader: SentenceReader, k: int) -> int:
    """The token after the name of the craft people were aboard ("aboard Malaysia Airlines Flight 17 died", "on board
    the plane were killed", "aboard Flight 182, most of them Canadians, died")."""
    end = k + (reader.word(k) in ("the", "a", "an"))
    named = end
    while end < len(reader) and end - k < 8 and (reader.tokens[end].text[:1].isupper() or reader.words[end].isdigit()):
        end += 1
    if end == named and end > k:  # "the plane", "the crowded bus": a craft named by a common noun
        while end < len(reader) and end - k < 4 and reader.words[end].isalpha():
            if reader.words[end] in _VERBS_ABOARD:
                break
            end += 1
    if reader.word(end) == "," and end > k:  # "..., most of them Canadians of Indian origin, died": past the aside
        close = next((m for m in range(end + 1, min(end + 10, len(reader))) if reader.words[m] == ","), None)
        end = close + 1 if close is not None else end
    if end > named and reader.word(end) not in _VERBS_ABOARD:  # "a Russian Mi-8 transport helicopter were": a name,
        while end < len(reader) and end - k < 10 and (reader.words[end].isalnum() or reader.words[end] == "-"):
            if reader.words[end] in _VERBS_ABOARD:  # then its common nouns
                break
            if reader.words[end] == "and" and reader.number_at(end + 1) is not None:
                break  # "aboard Flight 103 and eleven people of Lockerbie died": another count, with its own verb
            end += 1
    return end if end > k and reader.word(end) in _VERBS_ABOARD else k


_VERBS_ABOARD = ("were", "was", "died", "perished")


def _past_where_they_are(reader: SentenceReader, k: int) -> int:
    """Past a short place after a person ("from Nebaj", "in Hroza", "on Vokzalna Street"), or k."""
    if reader.word(k) not in ("from", "in", "on", "at", "of") or not reader.tokens[k + 1 : k + 2]:
        return k
    j = k + 1 + (reader.word(k + 1) == "the")  # "of the 4th Infantry Regiment"
    start = j
    while j < len(reader) and j - k <= 6 and _part_of_a_place_name(reader, j):
        j += 1
    if j == start:
        return k
    return j + (reader.word(j) in ("street", "road", "square", "avenue", "district", "village", "camp"))


def _speaks_of_own_harm(reader: SentenceReader) -> bool:
    """'A woman from Cotzal testified that she survived machete wounds': the speaker tells of her own harm."""
    return any(
        w in ("she", "he") and reader.verb_after(k + 1, len(reader)) in (KILLED, INJURED)
        for k, w in enumerate(reader.words)
    )


def _part_of_a_place_name(reader: SentenceReader, m: int) -> bool:
    """Token m is capitalised, a number, or glued to the token before (the "th" of "4th")."""
    return reader.tokens[m].text[:1].isupper() or reader.words[m][:1].isdigit() or reader.glued(m - 1, m)


def _verb_shared_past_the_craft(reader: SentenceReader, k: int, following: Group) -> str | None:
    """When tokens k.. name a craft ("Flight 103", "the plane") and then "and" joins the next count, that count's verb
    tells the fate of both: "The 259 souls aboard Flight 103 and eleven people of Lockerbie died"."""
    name = reader.words[k : following.first - 1]
    if reader.word(following.first - 1) != "and" or not 0 < len(name) <= 5:
        return None
    if not all(w.isdigit() or w in ("the", "a") or reader.tokens[k + m].text[:1].isupper() for m, w in enumerate(name)):
        return None
    j = following.last + 1
    if reader.word(j) in ("of", "from", "in", "on", "at"):  # "eleven people of Lockerbie died", "on the ground were"
        j = next((m for m in range(j + 1, min(j + 5, len(reader))) if reader.words[m] in _VERBS_ABOARD), j)
    return reader.verb_after(j, len(reader))


def _name_and_age_between_commas(reader: SentenceReader, start: int, length: int) -> bool:
    tokens = reader.tokens[start : start + length]
    if length < 4 or [t.lower for t in tokens[:1]] != [","] or [t.lower for t in tokens[-2:]] != [",", "and"]:
        return False
    inside = tokens[1:-2]
    return all(t.text == "," or t.text[:1].isupper() or t.text.isdecimal() for t in inside)


def _shares_the_next_verb(reader: SentenceReader, groups: list[Group], n: int) -> bool:
    """Group n is joined by "and" to the next group, whose own verb tells the outcome of both."""
    if n + 1 >= len(groups):
        return False
    following = groups[n + 1]
    gap = reader.words[groups[n].last + 1 : following.first]
    own = reader.verb_after(following.last + 1, len(reader))
    return gap in (["and"], [",", "and"]) and own in (KILLED, INJURED) and own != groups[n - 1].outcome


_KILLED_THEM = frozenset("killed shot executed murdered slaughtered beheaded".split())


def _all_aboard_killed(reader: SentenceReader, j: int) -> bool:
    """Later in the sentence, everyone aboard the craft was killed: "..., killing everyone on board", "all aboard
    died"."""
    for k in range(j, min(j + 25, len(reader))):
        if reader.words[k] in (";", "."):
            return False
        aboard = reader.phrase_at(k + 1, ("on board", "aboard"))
        if reader.words[k] in ("everyone", "everybody", "all") and aboard is not None:
            killing = any(OUTCOME_CUES.get(w) == KILLED for w in reader.words[max(j, k - 2) : k])  # "killing everyone"
            return killing or reader.verb_after(aboard, len(reader)) == KILLED  # "all aboard died"
    return False


def _then_killed_them(reader: SentenceReader, j: int) -> bool:
    """Later in the sentence, "and killed them", "and shot them dead", "and their bodies were found": the people
    just counted were killed."""
    for k in range(j, min(j + 20, len(reader))):
        # "were taken from their homes ..., and their bodies were found three days later", "were dragged from
        # their shop; their bodies surfaced in the harbour"
        bodies = reader.phrase_at(k, (", and their bodies", "and their bodies", "; their bodies"))
        if bodies and BODY_FOUND & set(reader.words[bodies : bodies + 5]):
            return True
        if reader.words[k] in (".", ";"):
            return False
        if reader.words[k] == "them" and reader.word(k - 1) in _KILLED_THEM and reader.word(k - 2) in ("and", "then"):
            return reader.word(k - 1) != "shot" or reader.word(k + 1) == "dead"
    return False



# What people "from my squad" took or suffered: "caught shrapnel", "suffered cuts".
_TAKING = frozenset("caught took suffered sustained".split())


def _verb_after_where_from(reader: SentenceReader, j: int, hi: int) -> str | None:
    """'two other residents of Vovchansk hromada were injured', 'three of their cousins in the next room were cut by
    flying glass': the verb after where the people are from, or where they were."""
    beside = reader.phrase_at(j, BESIDE_THEM)
    if beside is not None:
        return reader.verb_after(beside, hi)  # "the radioman next to him lost a leg"
    if reader.word(j) not in ("of", "from", "in", "at", "inside", "on"):
        return None
    for k in range(j + 1, min(hi, j + 6)):
        if reader.words[k] in ("were", "was"):
            return reader.verb_after(k, hi)
        if reader.words[k] in _TAKING and k > j + 1 and reader.words[k - 1] not in ("the", "a", "an"):
            return reader.verb_after(k, hi)  # "three guys from my squad caught shrapnel": what they took
        if reader.words[k] == "," and k > j + 1 and _capitalised_word(reader, k - 1):
            return reader.verb_after(k + 1, hi)  # "Le Van Thanh, a rice farmer in Quang Tri, survived when ..."
        if not reader.words[k].isalpha() or reader.words[k] in OUTCOME_CUES:
            return None
    return None


def _past_other_kinds_listed(reader: SentenceReader, k: int, hi: int) -> int:
    """After the noun counted, at k, other kinds of people listed with it and closed by "and" ("Hundreds of
    managers, foremen, doctors and journalists"): the index after the list, or k when none is."""
    m, closed = k, False
    while m < hi and reader.word(m) in (",", "and") and not closed:
        closed = reader.word(m) == "and"
        item = m + 1
        if person_noun(reader.word(item)) is None and person_noun(reader.word(item + 1)) is not None:
            item += 1  # "factory managers": a word that says which
        word = reader.word(item)
        if person_noun(word) is None or singular_of(word) == word:
            return k  # people of many kinds are plural; anything else ends no such list
        m = item + 1
    return m if closed else k


def _auxiliary_after(reader: SentenceReader, j: int) -> int | None:
    """The "was" or "were" of the people counted before j: right after them, after the comma closing their
    breakdown or a description, or after where they were from ("Half a dozen students from the National
    University were")."""
    if reader.word(j) == "," and reader.word(j + 1) in ("a", "an", "the"):  # "her husband, a Masaka shopkeeper, was"
        j = next((k for k in range(j + 2, min(j + 9, len(reader))) if reader.words[k] == ","), j)
    j += reader.word(j) == ","
    if reader.word(j) in ("from", "of", "in", "at"):
        j = next((k for k in range(j + 1, min(j + 7, len(reader))) if not reader.words[k].isalpha()
                  or reader.words[k] in ("was", "were")), j)
    return j if reader.word(j) in ("was", "were") else None


def _and_then_died(reader: SentenceReader, j: int, hi: int) -> bool:
    """'was hit by a stray bullet ... and died on the way': the same person's second verb, a death."""
    for k in range(j, min(hi, j + 24)):
        doing = reader.words[k] == "while" and reader.word(k + 1).endswith("ing")  # "while playing on the roof"
        if reader.words[k] in (".", ";") or (reader.words[k] in CONTRAST and not doing):
            return False
        if reader.words[k] == "and" and reader.word(k + 1 + (reader.word(k + 1) == "later")) in ("died", "succumbed"):
            return True
    return False


def _wounded_then_died(reader: SentenceReader, j: int, hi: int) -> bool:
    """'who had been (gravely) wounded ... died': a relative clause of the wounding, then the main verb a death."""
    # "Fatima, a ten-year-old girl wounded in ..., died"; "Dave Sanders, shot twice in the back ..., bled to death"
    badly = j + (reader.word(j + 1) in HOW_BADLY)  # "Agent Domenico Russo, seriously wounded in the ambush, died"
    hit = reader.word(badly + 1) in ("shot", "hit", "struck") or OUTCOME_CUES.get(reader.word(badly + 1)) == INJURED
    if reader.word(j) == "," and (reader.word(j + 1) in ("a", "an") or hit):
        close = next((k for k in range(j + 2, min(j + 20, hi)) if reader.words[k] == ","), None)
        if close is None:
            return False
        told = any(OUTCOME_CUES.get(w) == INJURED for w in reader.words[j + 2 : close])
        died = hit and reader.verb_after(close + 1, hi) == KILLED  # "..., bled to death"
        return (hit or told) and (reader.word(close + 1) in ("died", "succumbed") or died)
    if reader.word(j) in ("wounded", "injured", "hurt"):  # "A protester wounded at the barricade in Sutiava died"
        for k in range(j + 1, min(hi, j + 10)):
            if reader.words[k] in (",", ".", ";", "and") or reader.words[k] in OUTCOME_CUES:
                return reader.words[k] in ("died", "succumbed") and reader.word(k - 1) not in ("who", "that")
        return False
    j = next((k for k in range(j, j + 3) if reader.word(k) == "who"), -1)  # "a volunteer first aider who ..."
    if j < 0 or any(w in (",", ".", ";") for w in reader.words[j - 2 : j]):
        return False
    stop = min(hi, j + 14)
    cues = [reader.words[k] for k in range(j + 1, stop) if reader.words[k] in OUTCOME_CUES]
    ended = next((k for k in range(j + 1, stop) if reader.words[k] in (".", ";")), stop)
    died = any(reader.words[k] in ("died", "succumbed") for k in range(j + 1, ended))
    return died and cues[:1] != [] and OUTCOME_CUES[cues[0]] == INJURED


def _found_alive(reader: SentenceReader, j: int, hi: int) -> bool:
    """The clause after a count says those people were found (or turned up) alive."""
    end = clause_end(reader, j, hi)
    clause = reader.words[j:end]
    if says_hurt(reader.words[j : end + 4]):
        return False  # "were found alive but concussed", "pulled out alive with a broken hip": alive and hurt
    pairs = list(zip(clause, clause[1:], strict=False))
    if any(pair in (("found", "alive"), ("turned", "up"), ("still", "alive")) for pair in pairs):
        return True
    # "104 men were pulled alive from the sea", but not "three of those pulled alive ... later died"
    pulled = next((n for n, (_, state) in enumerate(pairs) if state == "alive"), None)
    rescued = pulled is not None and clause[pulled] in ("pulled", "rescued", "brought", "dug")
    return rescued and not any(w in ("died", "succumbed") for w in clause[pulled:])


def _with_wounds(reader: SentenceReader, k: int) -> bool:
    """'with gunshot wounds', 'with severe burns', 'nursing injuries', 'survived with gunshot wounds': what the
    people counted before k came away with."""
    if reader.word(k) == "," and reader.word(k + 1) != "survived":  # "his father, Ahmad, 51, survived with"
        ends = range(k + 2, min(k + 8, len(reader)))
        closing = next((m for m in ends if reader.words[m : m + 2] == [",", "survived"]), k)
        k = closing if all(w.isalnum() or w == "," for w in reader.words[k + 1 : closing]) else k
    if reader.word(k) == "," and reader.word(k + 1) == "survived":
        k += 1  # "the fourth, a boy of eleven, survived with severe burns"
    if reader.word(k) == "survived":
        k += 1  # "two others survived with gunshot wounds"
        if reader.word(k) == "the" and reader.word(k + 2) == "with":
            k += 2  # "survived the explosion with a shattered spine"
    if reader.word(k) not in ("with", "nursing"):
        return False
    for m in range(k + 1, min(k + 6, len(reader))):
        if reader.words[m] in INJURY_NOUNS:
            return True  # "with gunshot wounds", "survived with a broken arm"
        if not reader.words[m].isalpha():
            return False
    return False


# Verbs whose subject, counted, is the attacker, not the harmed: "Three gunmen opened fire, killing five".
_ATTACKERS_VERBS = frozenset(
    "blew detonated opened stormed attacked fired shelled raided ambushed threw rammed drove targeted bombed "
    "launched burst infiltrated carried conducted staged perpetrated".split()
)
# ... or who came armed: "when a man armed with a kitchen knife attacked shoppers", "a youth wielding a machete".
_ATTACKERS_VERBS |= frozenset("armed wielding brandishing".split())


def _verb_after_the_breakdown(reader: SentenceReader, last: int, hi: int) -> str | None:
    """'A family of six, including four children under the age of ten, was wiped out': the verb after the comma
    that closes a breakdown's apposition, when only words about the people come before it."""
    for k in range(last + 1, min(hi, last + 9)):
        word = reader.words[k]
        if word in OUTCOME_CUES or word in CONTRAST or word in (".", ";"):
            return None
        if word == ",":
            return reader.verb_after(k + 1, hi)
    return None


def _split_casualties_by_outcome(groups: list[Group]) -> None:
    """'604 civilian casualties: 126 killed and 478 injured': a count of the killed and injured together is
    no toll of either; its parts are the two tolls."""
    for n in range(len(groups) - 1, -1, -1):
        group = groups[n]
        outcomes = [part.outcome for part in group.parts]
        if group.head is None or group.outcome in (KILLED, INJURED) or set(outcomes) != {KILLED, INJURED}:
            continue
        groups[n : n + 1] = [Group(head=part, outcome=part.outcome) for part in group.parts]


def _split_parts_with_their_own_outcome(reader: SentenceReader, groups: list[Group]) -> None:
    """'wounded 19 people, five of whom later died': the five are also a toll of the dead."""
    for n in range(len(groups) - 1, -1, -1):
        group = groups[n]
        if group.head is None or group.outcome not in (KILLED, INJURED):
            continue
        for part in list(group.parts):
            if not part.part:
                continue
            own = reader.verb_after(part.last + 1, len(reader))
            if own is None and reader.word(part.last + 1) == ",":  # "one of whom, a 15-year-old mechanic, died"
                own = verb_after_apposition(reader, part.last + 1)
            fatally = reader.word(part.last + 1) in ("fatally", "mortally")
            fatally = fatally and reader.word(group.head.last + 1) == "were"
            said = reader.tokens[group.head.last + 2].text.lower() if group.head.last + 2 < len(reader) else ""
            if fatally and said in _SHOT:  # (the reader reads "shot ... fatally" as "killed": the word as written)
                group.outcome, own = INJURED, KILLED  # "At least 10 people were shot, three of them fatally"
            described_dead = group.outcome == KILLED and own == INJURED and reader.words[group.head.last] == "bodies"
            if own in (KILLED, INJURED) and own != group.outcome and not described_dead:
                # (not "Of the 27 bodies examined, 19 had entry wounds at the back of the head": wounds of the dead)
                group.parts.remove(part)
                groups.insert(n + 1, Group(head=part, outcome=own))


# Harms that some of those hurt may die of: "were shot, three of them fatally".
_SHOT = frozenset("shot stabbed wounded injured hit".split())


def _zero_tolls(sentence: str) -> dict[str, int]:
    zero: dict[str, int] = {}
    for match in ZERO.finditer(sentence):
        noun = match.group("n1") or match.group("n2") or match.group("n3") or match.group("n4") or match.group("n5")
        noun = noun or match.group("n2b")  # "without a single casualty"
        noun = noun or ("injuries" if match.group("n8") else None)  # "escaped without injury"
        noun = noun or match.group("n9") or match.group("n10")  # "left no one dead", "no injured here"
        noun = "casualties" if match.group("n6") or match.group("n7") else (noun or "").lower()
        noun = "deaths" if match.group("n7b") else noun  # "without a single death"
        verb = (
            match.group("v1")
            or match.group("v2")
            or match.group("v3")
            or match.group("v3b")
            or match.group("v3c")
            or match.group("v4")
            or _participle(match.group("v5"))  # "killed no one", "killing nobody"
            or match.group("v6")
            or match.group("v6b")
            or match.group("v12")
            or match.group("v13")
            or match.group("v8")
            or match.group("v10")
            or match.group("v15")
            or _participle(match.group("v9"))
            or _PAST_PARTICIPLES.get(match.group("v14") or "", match.group("v14"))  # "had not killed a single"
            or ("died" if match.group("v7") or match.group("v7b") else "")
        ).lower()
        also = (
            match.group("w1")
            or match.group("w2")
            or match.group("w4")
            or match.group("w8")
            or match.group("w10")
            or match.group("w6")
            or match.group("w15")
            or _participle(match.group("w9"))
        ).lower()  # "nobody was hurt or killed"
        if (noun in ("one", "body", "people", "civilians") or noun in ZERO_PEOPLE or noun in ZERO_PERSON) and not verb:
            continue
        for outcome in _zero_outcomes(noun, verb) + (_zero_outcomes("", also) if also else []):
            zero.setdefault(outcome, 0)
    return zero


_PAST_PARTICIPLES = {"kill": "killed", "injure": "injured", "wound": "wounded", "harm": "harmed"}


def _denied_then_counted(reader: SentenceReader, sentence: str, toll: Group) -> bool:
    """A zero toll, then a contrast, then a toll of the same outcome: one source denies any harm, another counts it
    (a range from 0)."""
    start = reader.tokens[toll.first].start
    zero = next((m for m in ZERO.finditer(sentence) if m.end() <= start), None)
    if zero is None:
        return False
    between = sentence[zero.end() : start].lower().split()
    return any(w.strip(",;") in CONTRAST for w in between)


def _participle(gerund: str | None) -> str:
    """'killing' -> 'killed', 'injuring' -> 'injured' ("without killing or injuring anyone"); a participle stays."""
    word = (gerund or "").lower()
    return {"killing": "killed", "injuring": "injured", "wounding": "wounded", "hurting": "hurt"}.get(word, word)


def _zero_outcomes(noun: str, verb: str) -> list[str]:
    if noun == "losses" or " or injur" in noun:
        return [KILLED, INJURED]  # (and "no loss of life or injury was reported")
    died = verb in ("killed", "died", "martyred") or verb.startswith("lost ")  # "no soldiers lost their lives"
    if died or noun in ("deaths", "dead", "fatalities", "killed", "kia") or noun.startswith("loss"):
        return [KILLED]  # "killed: none" too
    if verb in ("injured", "hurt", "wounded") or noun in ("injuries", "injured", "wounded", "wia"):
        return [INJURED]
    return [KILLED, INJURED]  # "no casualties", "no one was harmed"


def _dead_besides_the_survivors(reader: SentenceReader) -> tuple[Mention, Mention, Mention | None] | None:
    """The dead counted as a group less its survivors: "I was the only one of the eight people in the car who
    survived" (seven), "Of the 17 people we pulled out of the rubble, only five were still alive" (twelve), "There
    were eleven of us in the basement, and only three of us came out alive" (eight), "The family of five ...; only
    the youngest daughter survived" (four), "We were ten at the table; now it is only me and my sister" (eight).
    Returns the dead, the whole group they were counted from, and the survivors when they are said to be hurt ("only
    one survived, with crush injuries")."""
    words = reader.words
    for k, word in enumerate(words):
        if word in ("neither", "none") and words[k + 1 : k + 3] == ["of", "the"]:  # "Neither of the two ... survived"
            found = reader.number_at(k + 3)
            tail = words[found[1] : found[1] + 4] if found else []
            if found and any(w in ("survived", "survive") for w in tail):
                dead = Mention(found[0], found[0], EXACT, TOTAL, k + 3, found[1] - 1, KILLED)
                return dead, dead, None
        if word != "only":
            continue
        if words[k + 1 : k + 3] == ["one", "of"]:  # "the only one of the eleven who survived"
            start = k + 3 + (reader.word(k + 3) in ("the", "those", "us"))
            found = reader.number_at(start)
            tail = words[found[1] : found[1] + 12] if found else []
            if found and found[0] > 1 and any(w.startswith("surviv") for w in tail):
                whole = Mention(found[0], found[0], EXACT, TOTAL, start, found[1] - 1)
                return Mention(found[0] - 1, found[0] - 1, EXACT, TOTAL, start, found[1] - 1, KILLED), whole, None
        survivors = _survivors_listed(reader, k + 1)
        if words[k + 1 : k + 3] == ["one", "who"] and any(w.startswith("surviv") for w in words[k + 3 : k + 6]):
            survivors = (1, k + 4)  # "Sixteen of us were in the shelter and I am the only one who survived"
        whole = _whole_before(reader, k, reach=30) if survivors is not None else None
        if whole is not None and whole.low > survivors[0]:
            dead = whole.low - survivors[0]
            end = survivors[1] + (reader.word(survivors[1]) == ",")
            hurt = Mention(survivors[0], survivors[0], EXACT, TOTAL, k + 1, end - 1, INJURED)
            return Mention(dead, dead, EXACT, TOTAL, whole.first, whole.last, KILLED), whole, (
                hurt if _with_wounds(reader, end) else None
            )
    return None


def _all_died(reader: SentenceReader, groups: list[Group]) -> None:
    """People counted with no outcome of their own, then said to have none among them who survived: "My aunt and
    her two boys were asleep ..., and none of them made it out" (three dead)."""
    words = reader.words
    opening = (["none", "of", "them"], ["none", "of", "us"], ["neither", "of", "them"], ["neither", "of", "us"])
    none_of_them = next((k for k in range(len(words)) if words[k : k + 3] in opening), None)
    # "family of 5 trapped in building 9, all dead": all those just counted are dead
    all_dead = next((k for k in range(1, len(words)) if words[k - 1] == "," and reader.phrase_at(k, _ALL_DEAD)), None)
    if all_dead is not None:
        none_of_them = all_dead
    elif none_of_them is None or reader.phrase_at(none_of_them + 3, _NONE_SURVIVED) is None:
        # "Between 12 and 15 soldiers were on board, and none survived", "... and there were no survivors"
        alone = (["none"], ["nobody"], ["no", "one"], ["no", "survivors"])
        starts = [(k, opener) for k in range(1, len(words)) for opener in alone if words[k : k + len(opener)] == opener]
        said_of_them = [
            k
            for k, opener in starts
            if words[k - 1] in ("and", ",", ";", "were", "was")
            and (opener[-1] == "survivors" or reader.phrase_at(k + len(opener), _NONE_SURVIVED))
        ]
        none_of_them = said_of_them[0] if said_of_them else None
        if none_of_them is None:
            return
    if not any(g.outcome == KILLED for g in groups):
        for group in groups:
            if group.last < none_of_them and group.outcome in (None, NOT_CASUALTY):
                group.outcome = KILLED


# What is said of "none of them" who all died: "none of them survived", "none of us made it out".
_ALL_DEAD = ("all dead", "all of them dead", "all killed", "all of them killed")
_NONE_SURVIVED = ("survived", "made it out", "made it", "came out alive", "got out alive", "lived", "was found alive")


def _survivors_listed(reader: SentenceReader, k: int) -> tuple[int, int] | None:
    """How many people the words from k name before they are said to have survived: "three of us came out alive",
    "my cousin and I survived", "the youngest daughter survived", "(now it is only) me and my little sister"; and
    the index after what is said of them."""
    now = "now" in reader.words[max(0, k - 5) : k]
    count, named, m = 0, False, k
    while m < len(reader):
        word = reader.words[m]
        if (alive := reader.phrase_at(m, _STILL_ALIVE)) is not None:
            return (count, alive) if named else None
        if now and named and (word in (".", ";") or word == "," and not reader.word(m + 1).isalpha()):
            return count, m  # "now it is only me and my little sister," said Nour
        if word in (",", "and"):
            if not named:
                return None
            m, named = m + 1, False
            continue
        if named:
            m += 1
            if m - k > 12:
                return None
            continue
        found = reader.number_at(m)
        if found is not None:
            count, named, m = count + found[0], True, found[1]
            m += 2 if reader.words[m : m + 2] in (["of", "us"], ["of", "them"]) else 0
            continue
        if word in ("i", "me", "he", "she", "him") or (word not in POSSESSIVES and person_noun(word) is not None):
            count, named = count + 1, True
        elif word not in ("the", "my", "our", "his", "her", "their", "a", "an") and not word.isalpha():
            return None
        m += 1
        if m - k > 12:
            return None
    return None


_STILL_ALIVE = (
    "were still alive", "was still alive", "were alive", "survived", "made it out alive", "lived", "came out alive",
    "got out alive", "is left", "are left", "remain alive", "remained alive", "is still alive", "are still alive",
)


def _what_they_became(reader: SentenceReader, mention: Mention) -> bool:
    """'my dear friend Abu Mahmoud has ascended as a martyr': what the person counted before became, not another
    person (but "as well as the bomber" adds one)."""
    after_as = reader.word(mention.first - 1) == "as" and reader.word(mention.first - 2) != "well"
    return after_as and (mention.low, mention.high) == (1, 1)


def _not_a_victim(reader: SentenceReader, mention: Mention) -> bool:
    """'according to the governor': a source; 'the father of three small children': whose parent the victim was."""
    if reader.phrase_before(mention.first, ("according to", "in the words of")) is not None:
        return True
    if reader.phrase_before(mention.first, _ACCUSED_BY_A_FILING) is not None and mention.outcome is None:
        return True  # "according to the indictment filed against 23 prison guards": the accused
    if mention.outcome is None and _answers_for_the_killing(reader, mention.last + 1):
        return True  # "a local leader had directed the crowd that ...", "X and a former minister were among those
        # responsible for the massacre": who led or answers for it, not who suffered it
    if reader.word(mention.first - 1) == "," and reader.word(mention.first - 2) in ("survivor", "survivors"):
        after = reader.words[mention.last + 1 : mention.last + 14]
        after = after[: after.index(";")] if ";" in after else after
        if not any(w in INJURY_NOUNS or w in OUTCOME_CUES for w in after):
            return True  # "..., and the only survivor, a girl of eight, was found under a mat": she lived
    if reader.phrase_before(mention.first, _KIN_OF) is not None and reader.word(mention.first + 1) == "of":
        return True  # "..., a relative of one of the victims said": the speaker's kin among the dead, counted already
    fired_on = reader.phrase_before(mention.first, ("opened fire on", "fired on", "fired at", "shot at"))
    after = mention.last + 1
    doing = reader.word(after).endswith("ing") and reader.word(after) not in OUTCOME_CUES  # "two men cycling home"
    if fired_on is not None and doing:
        after = next((k for k in range(after + 1, min(after + 7, len(reader))) if not reader.words[k].isalpha()), after)
    harming = reader.words[after : after + 2] in ([",", "killing"], [",", "wounding"])
    if fired_on is not None and harming:
        return True  # "opened fire on 19 recaptured prisoners, killing 16 and wounding three": those fired on
    if mention.outcome is None and _taken_as_hostages(reader, mention.last + 1):
        return True  # "murdered some 1,200 people and dragged 251 others into Gaza as hostages": taken, not harmed
    one = mention.outcome is None and (mention.low, mention.high) == (1, 1)
    if one and reader.word(mention.first - 1) == "," and _named_after_by(reader, mention.first - 2):
        return True  # "The bomb planted by Habib Shartouni, a member of the SSNP, killed ...": who did it
    if one and reader.phrase_before(mention.first, _WHOSE_KIN) is not None:
        return True  # "Hedwig Waltmans-Molier, the wife of the Dutch ambassador, died": whose wife she was
    if one and reader.word(mention.last + 1) in _BLAMES:
        return True  # "Her brother blames the Russian army for the missile that killed 11": who blames, not harmed
    if (mention.low, mention.high) == (1, 1) and _a_named_death_avenged(reader, mention.first):
        return True  # "In reprisal for the assassination of Reinhard Heydrich, ... shot all 173 men": what was avenged
    if one and _speaks_from_a_place(reader, mention.last + 1):
        return True  # "while a doctor at al-Aqsa Martyrs Hospital said 22 bodies had been received": a source
    tends = reader.word(mention.last + 1) in _TENDS_THE_DEAD and reader.word(mention.last + 2) in _OBJECT_STARTS
    if one and tends:
        return True  # "I know this because my brother washed the bodies": who tended the dead
    if one and reader.phrase_before(mention.first, _OWNED) is not None:
        return True  # "the aircraft hit the house of my uncle Nabil, and nine people from his family died": the owner
    if one and reader.phrase_at(mention.last + 1, (", who survived",)) and _speaks_unhurt(reader, mention.last + 4):
        return True  # "Her mother, who survived captivity, testified that the child died": a witness
    if one and reader.phrase_before(mention.first, ("that of",)) is not None:
        return True  # "Only one death, that of a 34-year-old aid worker, was recorded": whose death it was
    if one and _holds_a_picture(reader, mention.last + 1):
        return True  # "A woman in a headscarf holds a photo of her son, who was shot dead": she mourns him
    if one and reader.words[mention.last] == "survivor" and _speaks_unhurt(reader, mention.last + 1):
        return True  # "Another survivor, who was six years old in 1985, said she lost both of her parents"
    commanded = reader.phrase_before(mention.first, COMMANDING) is not None
    if one and commanded and _capitalised_word(reader, mention.last):
        return True  # "an army patrol under Second Lieutenant Telmo Hurtado killed 69 peasants": who led it
    addressed = reader.word(mention.first - 1) == "," and reader.word(mention.last + 1) == ","
    if one and addressed and mention.first == mention.last and reader.words[mention.first] in _FORMS_OF_ADDRESS:
        return True  # "The toll of 12 that you cited includes the three gunmen, Congressman, so": who is spoken to
    if reader.phrase_before(mention.first, _CARRIED_OUT_BY) is not None and mention.outcome is None:
        return True  # "the attack, carried out by two girls forced to wear explosive belts, killed 12": the attackers
    serving = reader.word(mention.first - 1) == "for" and person_noun(reader.word(mention.first - 2)) is not None
    if one and serving:
        return True  # "two brothers, both polling agents for the independent candidate": whom they worked for
    attacker = mention.outcome is None and reader.words[mention.last] in PERPETRATORS
    if attacker and acts_on_someone(reader, mention.last + 1):
        return True  # "one of its snipers had killed a soldier and an officer": who did it
    mistaken = _MISTAKING & set(reader.words[max(0, mention.first - 5) : mention.first])
    if one and mistaken and reader.word(mention.first - 1) == "for":
        return True  # "shot an interpreter after mistaking him for an insurgent": what he was taken for
    return mention.outcome is None and reader.phrase_before(mention.first, ("father of", "mother of")) is not None


# Verbs whose object is the accused: "accused two officers of killing 19 people".
_ACCUSING = frozenset(("accused", "accusing", "charged", "convicted", "blamed"))
# What opens the deed someone is held for: "arrested on suspicion of killing dozens of civilians".
_SUSPECTED_OF = ("suspicion of", "suspected of", "accused of", "charged with", "guilty of", "convicted of")


def _the_charge(reader: SentenceReader, k: int) -> int | None:
    """The "of", "for" or "with" at k that opens what the people just counted are accused of, or the one after an
    aside between commas ("accused two militia leaders in Relizane, both former mayors, of"); None when there is
    none."""
    if reader.word(k) in (",", "in"):
        charges = (m + 1 for m in range(k, min(k + 12, len(reader))) if reader.words[m] == ",")
        k = next((m for m in charges if reader.word(m) in ("of", "for", "with")), k)
    return k if reader.word(k) in ("of", "for", "with") else None


def _before_a_name_described(reader: SentenceReader, k: int) -> int:
    """Where the people counted at k are a description of a name just before them ("convicted Novak Đukić, a
    Bosnian Serb army officer,"), the first token of that name; k otherwise."""
    if reader.word(k - 1) != ",":
        return k
    m = k - 2
    while m > k - 6 and _capitalised_word(reader, m):
        m -= 1
    return m + 1 if m < k - 2 else k


def _answers_for_the_killing(reader: SentenceReader, k: int) -> bool:
    """From k, the people just counted led an attack ("had directed the crowd", "ordered the shelling") or are
    named responsible for it ("were among those responsible for", "was responsible for")."""
    if reader.word(k) == "and":  # "a militia chief and a former minister were among those responsible"
        k = next((m for m in range(k + 1, min(k + 8, len(reader))) if reader.words[m] in ("were", "was", ",")), k)
    k += reader.word(k) in ("had", "has", "allegedly", "personally")
    if reader.word(k) in _LED_THE_ATTACKERS and reader.word(k + 1) in ("the", "a", "his", "their", "an"):
        return True
    k += reader.word(k) in ("was", "were", "is", "are") and reader.word(k + 1) in ("among", "directly", "also")
    k += reader.word(k) in ("was", "were", "is", "are")
    k += 2 if reader.words[k : k + 2] == ["among", "those"] else 0
    return reader.words[k : k + 2] == ["responsible", "for"]


# Verbs of leading an attack: who is counted before them led it ("had directed the crowd that burned ...").
_LED_THE_ATTACKERS = frozenset("directed ordered commanded instigated incited orchestrated masterminded".split())
# Who carried out an attack (those counted after it are its attackers, counted among the dead only if named so).
_CARRIED_OUT_BY = ("carried out by", "perpetrated by", "committed by", "staged by", "executed by")
# Who a court filing is against: the accused, not the victims ("the indictment filed against 23 guards").
_ACCUSED_BY_A_FILING = ("filed against", "brought against", "charges against", "lodged against", "case against")
# What one person does who speaks of the harm, as the verb right after them ("her brother blames the army").
_BLAMES = frozenset("blames blamed accuses accused recalls recalled remembers remembered describes".split())
# What a killing was done for: "in reprisal for the assassination of Reinhard Heydrich" (that death is no toll).
_AVENGED = frozenset("reprisal reprisals retaliation revenge avenge".split())
_A_DEATH_NAMED = [[death, "of"] for death in ("assassination", "killing", "murder", "death")]
# What one person does for the dead, as the verb right after them ("my brother washed the bodies").
_TENDS_THE_DEAD = frozenset("washed buried found identified carried collected counted saw shrouded".split())
_OBJECT_STARTS = frozenset("the a his her their our my all them".split())
# What a hospital does with the people a count after it names: "received 51 people".
_INTAKE = frozenset("received admitted receiving admitting".split())
_HOLDING = frozenset("holds holding held carries carrying carried clutches clutching clutched shows showing".split())
_PICTURES = frozenset("photo photograph picture portrait image".split())


def _holds_a_picture(reader: SentenceReader, k: int) -> bool:
    """From k, after a short phrase of where or how the person is, "holds a photo of": who holds it."""
    for m in range(k, min(k + 6, len(reader))):
        if reader.words[m] in _HOLDING:
            return bool(_PICTURES & set(reader.words[m + 1 : m + 5]))
        if not reader.words[m].isalpha() or reader.words[m] in OUTCOME_CUES:
            return False
    return False


def _speaks_unhurt(reader: SentenceReader, k: int) -> bool:
    """From k on, the person just counted speaks ("..., who was six in 1985, said") with no injury told before."""
    for m in range(k, min(k + 16, len(reader))):
        word = reader.words[m]
        if word in SPEECH_VERBS or word in ("testified", "recounted", "described"):
            return True
        if word in (".", ";") or word in OUTCOME_CUES or word in INJURY_NOUNS:
            return False
    return False


# Whom a witness speaks to, between commas: "Seven, Congressman, and another eleven".
_FORMS_OF_ADDRESS = frozenset(
    "congressman congresswoman senator sir madam chairman chairwoman chair minister colleague judge".split()
)
_MISTAKING = frozenset("mistaking mistook mistaken taking took".split())
# Whose property was hit: "the house of my uncle", "the car of a teacher" (the owner, not one more of the dead).
_OWNED = tuple(f"{thing} of" for thing in "house home car shop farm flat apartment".split())
_KIN_OF = tuple(f"{kin} of" for kin in "relative relatives father mother brother sister son daughter widow".split())
# Whose wife or child the person counted is: "the wife of the Dutch ambassador" (the ambassador is no one more).
_WHOSE_KIN = tuple(f"{kin} of" for kin in "wife husband widow son daughter".split())


def _named_after_by(reader: SentenceReader, k: int) -> bool:
    """Token k ends a name that follows "by": the agent of a passive ("planted by Habib Shartouni")."""
    start = k
    while start > 0 and reader.tokens[start].text[:1].isupper() and reader.words[start].isalpha():
        start -= 1
    return start < k and reader.words[start] == "by"


def _taken_as_hostages(reader: SentenceReader, k: int) -> bool:
    """Within a few words from k, "as hostages" (or captives), with no word of harm before it."""
    for m in range(k, min(k + 6, len(reader))):
        if reader.words[m] in OUTCOME_CUES or reader.words[m] in (",", ";", ".", "and") or reader.number_at(m):
            return False  # (not "killed 30 villagers and took 20 others as hostages": the 20 were taken)
        if reader.words[m] == "as" and reader.word(m + 1) in ("hostage", "hostages", "captives"):
            return True
    return False


def _a_named_death_avenged(reader: SentenceReader, first: int) -> bool:
    """'in reprisal for the assassination of Reinhard Heydrich': the person at ``first`` died before, and is avenged."""
    if not _AVENGED & set(reader.words[max(0, first - 8) : first]):
        return False
    return any(reader.words[k : k + 2] in _A_DEATH_NAMED for k in range(max(0, first - 5), first))


def _speaks_from_a_place(reader: SentenceReader, k: int) -> bool:
    """'at al-Aqsa Martyrs Hospital said': where the person is, then a verb of speech."""
    if reader.word(k) not in ("at", "in", "from"):
        return False
    for m in range(k + 1, min(k + 9, len(reader))):
        if reader.words[m] in SPEECH_VERBS or reader.words[m] in ("reports", "reported", "writes"):
            return True  # (and "our correspondent in Bunia reports that ...")
        if reader.words[m] in ("was", "were", ",", ";", "."):
            return False
        if reader.words[m] in OUTCOME_CUES and not _capitalised_word(reader, m):
            return False  # (not "al-Aqsa Martyrs Hospital": a name)
    return False


def _speaker_after_a_comma(reader: SentenceReader, mention: Mention) -> bool:
    """'..., a doctor at al-Salam hospital said.': who gave the toll, named after it, is not counted in it; nor is
    one after the verb ('"Seven were killed," said one survivor')."""
    verb = mention.first - 1 - (reader.word(mention.first - 1) == "the")  # '..." said the two sisters'
    quoted = reader.word(verb - 1) in ('"', "”", "’", "'") and reader.word(verb - 2) == ","
    one = (mention.low, mention.high) == (1, 1) and mention.outcome is None
    if reader.word(verb) in SPEECH_VERBS and quoted and mention.outcome is None and (one or verb < mention.first - 1):
        return True
    if reader.word(mention.first - 1) != "," or mention.outcome is not None or (mention.low, mention.high) != (1, 1):
        return False
    for k in range(max(1, mention.first - 4), mention.first - 1):
        after_a_quote = reader.words[k] in SPEECH_VERBS and reader.words[k - 1] in QUOTES
        if after_a_quote and all(w.isalpha() for w in reader.words[k : mention.first - 1]):
            return True  # '..." said the neighbour, a retired teacher who helped dig them out': the speaker described
    start = mention.last + 1
    if reader.word(start) == "who":  # "..., Ahmed, a shopkeeper who ran towards the blast, told Reuters."
        start = next((m + 1 for m in range(start, min(len(reader), start + 12)) if reader.words[m] == ","), start)
    for k in range(start, min(len(reader), start + 7)):
        if reader.words[k] in _SPEAKERS_VERBS or reader.words[k] in SPEECH_VERBS:
            return reader.word(k + 1) in (".", "", ",", ";") or reader.word(k + 2) in (".", "")
        if not reader.words[k].isalpha() and reader.words[k] not in ("-", "'", "’"):
            return False
    return False


def _kin_the_speaker_lost(reader: SentenceReader, mention: Mention) -> bool:
    """'"... killed more than 20 of our neighbours," said Khaled, 40, who lost his brother': the speaker's own dead,
    named after the quote that counted them (one of them, not one more)."""
    who = reader.phrase_before(mention.first, ("who lost", "whose"))
    if who is None or mention.outcome is not None or (mention.low, mention.high) != (1, 1):
        return False
    before = range(max(1, who - 8), who)
    return any(reader.words[k] in SPEECH_VERBS and reader.words[k - 1] in QUOTES for k in before)


def _all_of_those_listed(reader: SentenceReader, mentions: list[Mention]) -> list[Mention]:
    """'My father, my two brothers and my uncle were led behind the barn, and we buried all four of them': a count
    after "all" that says again how many people were listed before it, with no outcome of their own, counts them
    (the listed mentions go)."""
    for n, mention in enumerate(mentions):
        restated = reader.words[mention.last - 1 : mention.last + 1] == ["of", "them"]
        if reader.word(mention.first - 1) != "all" or not restated:
            continue
        listed = mentions[:n]
        untold = all(m.outcome is None and m.low == m.high for m in listed)
        if listed and untold and sum(m.low for m in listed) <= mention.low:
            return mentions[n:]
    return mentions


def _all_of_them_again(reader: SentenceReader, earlier: Mention, mention: Mention) -> bool:
    """'Relatives buried three brothers, ..., a day after a drone struck the grove and killed all three': the count
    after "all", with no noun, says again the people counted before it; so does "both" after a comma."""
    bare = mention.first == mention.last and reader.word(mention.first - 1) == "all"
    if bare and (mention.low, mention.high) == (earlier.low, earlier.high) and earlier.low > 1:
        return True
    # "injured his two passengers, both farm labourers": "both" after a comma describes the two just counted
    both = reader.words[mention.first] == "both" and reader.words[earlier.last + 1 : mention.first] == [","]
    return both and (earlier.low, earlier.high) == (2, 2) and reader.word(mention.last + 1) in (",", ".", ";", "")


def _all_but(reader: SentenceReader, mentions: list[Mention]) -> list[Mention]:
    """'Of the 32 attackers, all but one were killed': the group counted before, less the few (31 killed)."""
    out: list[Mention] = []
    for mention in mentions:
        if reader.phrase_before(mention.first, ("all but",)) is None:
            out.append(mention)
            continue
        if (inside := _whole_inside(reader, mention)) is not None:
            rest = inside - mention.high  # "All but two of the 30 passengers were killed": 28
            out.append(Mention(rest, rest, EXACT, mention.group, mention.first, mention.last, mention.outcome))
            continue
        whole = out[-1] if out else None
        if whole is None or whole.high is None:
            whole = _whole_before(reader, mention.first)  # the group is no count of victims of its own
            if whole is None:
                out.append(mention)
                continue
            out.append(whole)
        if mention.outcome is None and reader.verb_after(mention.last + 1, len(reader)) not in (KILLED, INJURED):
            continue  # "Of the 108 aid workers injured, all but three were nationals": who they were, not a toll
        if whole.low > mention.high and whole.outcome is None:
            rest = whole.low - mention.high
            out[-1] = Mention(rest, rest, EXACT, whole.group, whole.first, mention.last, mention.outcome)
            continue
        out.append(mention)
    return out


# How the people of a whole not counted among its dead are named: "the rest were taken to hospital".
_THE_REST = (["the", "rest"], ["the", "others"], ["the", "remaining"])


def _the_rest_hurt(reader: SentenceReader, mentions: list[Mention], groups: list[Group]) -> Mention | None:
    """'Of the 14 people hit by the strike, six died at the scene and the rest were taken to hospital with serious
    wounds': the whole counted first, less its dead, were hurt (eight); None when no such rest is told of."""
    dead = [g for g in groups if g.outcome == KILLED]
    if len(dead) != 1 or any(g.outcome == INJURED for g in groups) or dead[0].head is None:
        return None
    rest = next((k for k in range(len(reader)) if reader.words[k : k + 2] in _THE_REST), None)
    if rest is None or reader.word(rest + 2) not in ("were", "was", "had", "suffered", "are"):
        return None
    end = next((k for k in range(rest, len(reader)) if reader.words[k] in (".", ";")), len(reader))
    wounds = any(w in INJURY_NOUNS or OUTCOME_CUES.get(w) == INJURED for w in reader.words[rest + 2 : end])
    if not wounds and reader.verb_after(rest + 2, end) != INJURED:
        return None
    opened = bool(mentions) and reader.phrase_before(mentions[0].first, ("of the", "of those")) is not None
    whole = mentions[0] if opened else None
    died = dead[0].toll()
    if whole is None or whole.outcome is not None or whole.high is None or whole.last >= rest or died[1] is None:
        return None
    hurt = whole.low - died[1]
    return Mention(hurt, hurt, EXACT, whole.group, rest, rest + 1, INJURED) if hurt > 0 else None


_CHANGED_FROM = frozenset("rose risen rising climbed increased jumped fell dropped revised lowered raised went".split())


def _from_a_lower_number(reader: SentenceReader, mention: Mention) -> Mention:
    """'Accounts of the toll differ, from 214 to 218 dead', 'as few as 489 and as many as 528 civilians': the bare
    lower number opens the range of the count after it (or the mention as it was)."""
    if mention.high is None:
        return mention
    fewest = reader.number_at(mention.first - 2) if reader.word(mention.first - 1) == "and" else None
    fewest = fewest if fewest and fewest[1] == mention.first - 1 and fewest[0] < mention.low else None
    if fewest and reader.phrase_before(mention.first - 2, ("as few as",)):
        # "as few as 489 and as many as 528 civilians": the least and the most of one count
        return replace(mention, low=fewest[0], qualifier=RANGE, first=mention.first - 5)
    if reader.word(mention.first - 1) != "to":
        return mention
    k = mention.first - 2
    while k > 0 and reader.words[k] != "from" and mention.first - k < 5:
        k -= 1
    if _CHANGED_FROM & set(reader.words[max(0, k - 8) : k]):
        return mention  # "the toll rose from 12 to 15", "raised the toll from Tuesday's shelling from 12 to 15"
    low = reader.number_at(k + 1) if reader.words[k] == "from" else None
    if low is None or low[1] != mention.first - 1 or low[2] == "vague" or not low[0] < mention.low:
        return mention
    return replace(mention, low=low[0], qualifier=RANGE, first=k)


def _put_at_a_minimum(reader: SentenceReader, mention: Mention) -> Mention:
    """'puts the minimum number of conflict-related deaths ... at 102,800': a toll set at N as its least is "at least
    N" (or the mention as it was)."""
    if mention.qualifier != EXACT or reader.word(mention.first - 1) != "at":
        return mention
    for k in range(mention.first - 2, max(-1, mention.first - 20), -1):
        if reader.words[k] in (".", ";") or reader.words[k] in CONTRAST:
            return mention
        if reader.words[k] == "minimum" and reader.word(k + 1) in ("number", "toll", "figure", "count", "estimate"):
            return replace(mention, high=None, qualifier=AT_LEAST)
    return mention


def _without_the_parts_told_alone(reader: SentenceReader, groups: list[Group]) -> list[Group]:
    """'Tens of civilians died ..., and in the Diallo household alone the father, his two wives and four of the
    children were lost': the counts after "X alone" are part of the toll told before it, of the same outcome."""
    alone = next((k for k, w in enumerate(reader.words) if w == "alone" and k and reader.words[k - 1].isalpha()), None)
    if alone is None or "," not in reader.words[:alone]:
        return groups
    before = [g for g in groups if g.last < alone and g.outcome in (KILLED, INJURED)]
    if not before:
        return groups
    whole = before[-1]
    return [g for g in groups if g.first < alone or g.outcome != whole.outcome or g.toll()[0] > whole.toll()[0]]


def _parts_harmed_apart_from_their_whole(reader: SentenceReader, group: Group) -> Group:
    """'Another 149 men were deported to Dachau, where 101 of them died', 'forced dozens of passengers overboard, and
    at least 45 of them drowned': the whole was not harmed, its parts were; they are the toll (or the group as it
    was)."""
    if group.head is None or not group.parts or not all(m.part for m in group.parts):
        return group
    if group.head.outcome is not None or reader.words[group.head.last] in OUTCOME_CUES:
        return group  # (not "We received ten wounded, and three of them did not make it": the wounded are a toll)
    between = reader.words[group.head.last + 1 : group.parts[0].first]
    if any(w in OUTCOME_CUES for w in between) or reader.verb_before(group.head.first) in (KILLED, INJURED):
        return group
    if "where" not in between and between[-2:] != [",", "and"]:
        return group  # (not "Nine people, three of them children, were killed": the parts of the nine)
    own = {reader.verb_after(m.last + 1, len(reader)) for m in group.parts}
    if len(own) != 1 or not own & {KILLED, INJURED}:
        return group
    return Group(head=None, parts=group.parts, outcome=group.outcome)


# A communiqué's words for enemy fighters put out of action, which may count the captured and the surrendered too.
_NEUTRALISED = frozenset("neutralised neutralized eliminated".split())


def _the_killed_among_the_neutralised(reader: SentenceReader, group: Group) -> Group:
    """'23 terrorists had been neutralised, of whom 19 were killed and four surrendered': the part said to be killed
    is the toll, not the whole put out of action."""
    head = group.head
    if head is None or len(group.parts) != 1 or group.parts[0].outcome != KILLED:
        return group
    verb = next((w for w in reader.words[head.last + 1 : head.last + 5] if w not in AUX and w not in QUOTES), "")
    if verb not in _NEUTRALISED:
        return group
    return Group(head=None, parts=group.parts, outcome=group.outcome)


def _one_person_first_of_a_list(reader: SentenceReader, group: Group) -> Group:
    """'shot dead a teacher, the teacher's two young sons and an eight-year-old girl': one person, then more people
    listed after a comma, is the first of a list, not a total they break down (or the group as it was)."""
    head = group.head
    if head is None or (head.low, head.high) != (1, 1) or not group.parts or sum(m.low for m in group.parts) < 2:
        return group
    gap = reader.words[head.last + 1 : group.parts[0].first]
    owners = all(w in ("the", "his", "her", "their") or w.endswith(("'s", "’s")) for w in gap[1:])
    if any(m.part or m.marked for m in group.parts) or gap[:1] != [","] or len(gap) > 3 or not owners:
        return group  # (", the teacher's two young sons": their owner may come first)
    mentions = group.mentions
    gaps = [reader.words[a.last + 1 : b.first] for a, b in zip(mentions[1:], mentions[2:], strict=False)]
    if not mentions[1:] or any(gap not in ([","], ["and"], [",", "and"]) for gap in gaps):
        return group
    return Group(head=None, parts=[replace(m, part=False) for m in mentions], outcome=group.outcome)


def _with_the_pronoun_before(reader: SentenceReader, mention: Mention) -> Mention:
    """'he and his two sisters were wounded', 'She and her husband died': the subject pronoun joined to the people
    counted after it is one more person (or the mention as it was)."""
    own = mention.first if reader.word(mention.first) in ("his", "her") else mention.first - 1
    pronoun = {"his": "he", "her": "she"}.get(reader.word(own))
    if pronoun is None or own < 2 or reader.words[own - 2 : own] != [pronoun, "and"]:
        return mention
    if reader.word(own - 3) not in ("", ",", ".", ";", ":", "and", "but", "when", "after", "while"):
        return mention  # (not "killed him and his wife": the pronoun of the object is counted by its own rule)
    high = None if mention.high is None else mention.high + 1
    return replace(mention, low=mention.low + 1, high=high, group=TOTAL, first=own - 2)


def _vague_then_between(reader: SentenceReader, mention: Mention) -> Mention:
    """'killed hundreds of unarmed villagers - somewhere between 347 and 504': a vague count made exact right after
    it (the range), or the mention as it was."""
    if mention.qualifier != VAGUE or reader.word(mention.last + 1) not in ("—", "–", "-", ",", ":"):
        return mention
    k = mention.last + 2
    k += reader.word(k) in ("somewhere", "probably", "perhaps", "likely")
    low = reader.number_at(k + 1) if reader.word(k) == "between" else None
    high = reader.number_at(low[1] + 1) if low is not None and reader.word(low[1]) == "and" else None
    if high is None or "vague" in (low[2], high[2]) or high[0] <= low[0]:
        return mention
    return Mention(low[0], high[0], RANGE, mention.group, mention.first, high[1] - 1, mention.outcome)


def _whole_inside(reader: SentenceReader, mention: Mention) -> int | None:
    """The whole a count is taken from inside its own phrase ("two of the 30 passengers": 30), or None."""
    few = reader.number_at(mention.first)
    if few is None or mention.high is None or reader.words[few[1] : few[1] + 2] not in (["of", "the"], ["of", "those"]):
        return None
    whole = reader.number_at(few[1] + 2)
    return whole[0] if whole and whole[0] > mention.high else None


def _whole_before(reader: SentenceReader, k: int, reach: int = 12) -> Mention | None:
    """The count of a group named before k, or None: "Of the 32 attackers, ..." (attackers too), "There were eleven
    of us", "The family of five", "We were ten at the table"."""
    for m in range(k - 1, max(k - reach, -1), -1):
        word = reader.words[m]
        if word == "of" and reader.word(m + 1) in ("the", "those") and (whole := reader.number_at(m + 2)):
            return Mention(whole[0], whole[0], EXACT, TOTAL, m + 2, whole[1] - 1)
        if word == "of" and reader.word(m - 1) in ("family", "household") and (whole := reader.number_at(m + 1)):
            return Mention(whole[0], whole[0], EXACT, TOTAL, m - 1, whole[1] - 1)
        us = word == "of" and reader.word(m + 1) == "us" and m > 0
        opens = reader.word(m - 2) in ("were", "the", "", '"', "“", ".", ";")  # "There were eleven of us", "Nine of us"
        if us and (whole := reader.number_at(m - 1)) and whole[1] == m and opens:
            return Mention(whole[0], whole[0], EXACT, TOTAL, m - 1, m + 1)  # "There were eleven of us"
        if reader.words[m : m + 2] == ["we", "were"] and (whole := reader.number_at(m + 2)):
            return Mention(whole[0], whole[0], EXACT, TOTAL, m + 2, whole[1] - 1)  # "We were ten at the table"
    return None


def _listed_among_the_counted(reader: SentenceReader, mentions: list[Mention]) -> set[int]:
    """'Two employees, Iryna, 48, and her colleague Viktor, 55, were found dead', 'The three people killed were named
    as A, 27, his fiancée B, 24, and her father C', 'lost seven people that night: Hani, his wife, their three
    children and Hani's two brothers': the people listed after a count, by name, relation or number, are among
    those counted when they add up to no more than it (the indexes of such mentions)."""
    inside: set[int] = set()
    for n, count in enumerate(mentions):
        if count.high != count.low or count.low < 2:
            continue
        k = count.last + 1
        named_as = next((m + 1 for m in range(k, min(k + 8, len(reader))) if reader.words[m] == "as"), None)
        opener = next((m for m in range(k, min(k + 5, len(reader))) if reader.words[m] in (",", ":")), None)
        lead = reader.words[k:opener] if opener is not None else []
        if opener is not None and n + 1 < len(mentions) and mentions[n + 1].first < opener:
            opener, lead = None, []  # "killed three members of the crew and wounded two others, the chronicle says"
        names_only = True  # a list of names and named relatives, right after the count or "named as"
        if named_as is not None and {"named", "identified"} & set(reader.words[k:named_as]):
            k = named_as  # "... were named by police as"
        elif opener is None or any(w in CONTRAST or w in (".", ";") for w in lead) or reader.word(opener + 1) == "and":
            continue
        elif not lead and reader.tokens[min(opener + 1, len(reader) - 1)].text[:1].isupper():
            k = opener + 1  # "Two employees, Iryna, 48, and her colleague Viktor, 55,"
        elif _lead_to_who_they_were(reader, count, opener, lead):
            k, names_only = opener + 1, False  # "killed five members of one family in Loikaw, the father, ..."
            if reader.verb_after(k, len(reader)) in (KILLED, INJURED):  # "A family of five, gone in a second, the"
                k = next((m + 1 for m in range(k, min(k + 7, len(reader))) if reader.words[m] in (",", ":")), k)
        else:
            continue
        told = count.outcome is not None or any(w in OUTCOME_CUES for w in lead)
        listed = 0
        for m, later in enumerate(mentions[n + 1 :], start=n + 1):
            if not all(_in_a_list_of_names(reader, j) for j in range(k, later.first)):
                break
            named = reader.word(later.first) in POSSESSIVES or reader.tokens[later.first].text[:1].isupper()
            if names_only and ((later.low, later.high) != (1, 1) or not named):  # "Two of the cousins, Omar, 14, and"
                break
            if listed + later.low > count.low or later.high != later.low or later.outcome is not None:
                break
            if later.part or later.elliptic:
                break
            if told and reader.verb_after(later.last + 1, len(reader)) in (KILLED, INJURED):
                break  # "killed five people, ... three children were wounded": a clause of its own
            inside.add(m)
            listed, k = listed + later.low, later.last + 1
    return inside


def _lead_to_who_they_were(reader: SentenceReader, count: Mention, opener: int, lead: list[str]) -> bool:
    """The words between a count and the comma or colon before a list of who they were: the count's own noun
    ("five members of one family in Loikaw, the father, ..."), an outcome, or where they came from."""
    if any(w in NOT_CASUALTY_WORDS or w.endswith("ing") or w in ("had", "have", "has", "been") for w in lead):
        return False
    told = bool(lead) and lead[0] in OUTCOME_CUES
    return _counted_together(reader, count) or told or _from_where(reader, opener, lead)


def _from_where(reader: SentenceReader, colon: int, lead: list[str]) -> bool:
    """'We lost five from our street: Mariam, ...', 'Two aid workers from the charity, Pierre Martin and Sara
    Haidari, were killed': where the counted came from, then a colon (or a comma and names) and who they were."""
    named = reader.word(colon) == "," and _capitalised_word(reader, colon + 1)
    return (reader.word(colon) == ":" or named) and 0 < len(lead) <= 5 and lead[0] in ("from", "in", "on", "at")


def _capitalised_word(reader: SentenceReader, k: int) -> bool:
    return 0 <= k < len(reader) and reader.tokens[k].text[:1].isupper()


# Nouns of a count that lists no kind of its own, so that a list after it tells who they were.
_COUNTED_TOGETHER = frozenset("people persons individuals members relatives family them".split())


def _counted_together(reader: SentenceReader, count: Mention) -> bool:
    """A count that names no kind of people: "seven people", "five members of one family", "a family of five"."""
    words = reader.words[count.first : count.last + 1]  # ("nine members of one household")
    if words[-2:] == ["service", "members"]:
        return False  # "30 American service members, seven Afghan commandos and an interpreter": a kind of people
    return reader.words[count.last] in _COUNTED_TOGETHER or words[0] == "family" or "members" in words


def _in_a_list_of_names(reader: SentenceReader, j: int) -> bool:
    """Token j may stand in a list of people: a comma, "and", "the", a possessive, a capitalised word, an age, a
    person's noun ("the father"), a word before a name."""
    word, text = reader.words[j], reader.tokens[j].text
    if word in (",", "and", "-", "–", "the", "'s", "’s", "'", "’") or word in POSSESSIVES:
        return True
    if (word.isdecimal() and int(word) <= 110) or (person_noun(word) is not None and word not in OUTCOME_CUES):
        return True
    return text[:1].isupper() or (word.isalpha() and reader.tokens[min(j + 1, len(reader) - 1)].text[:1].isupper())


def _had_by_someone(reader: SentenceReader, mention: Mention) -> bool:
    """'and we have only four surgeons': people someone has (staff, beds, doctors) are no toll, unless the noun says
    what befell them ("we have 30 wounded")."""
    k = mention.first - 1
    k -= reader.word(k) in ("only", "just", "barely", "still", "now")
    had = reader.word(k) in ("have", "has", "had") and mention.outcome is None
    in_care = reader.verb_after(mention.last + 1, len(reader)) == INJURED  # "we have twelve patients in intensive care"
    lost = reader.word(mention.last + 1) in ("killed", "dead", "wounded", "injured")  # "the company had 3 men killed"
    # (and "has 12 children with blast injuries")
    return had and not in_care and not lost and not _with_wounds(reader, mention.last + 1)


def _span_of_the_counted(reader: SentenceReader, mentions: list[Mention]) -> set[int]:
    """'from a grandmother of 82 to a four-month-old baby': the two people who bound a span of ages describe those
    counted, they are not two more (the indexes of both in ``mentions``)."""
    spans = set()
    for n in range(len(mentions) - 1):
        first, second = mentions[n], mentions[n + 1]
        if reader.word(first.first - 1) != "from" or reader.word(second.first - 1) != "to":
            continue
        near = second.first - first.last <= 2 + (reader.word(second.first - 2) in ("down", "up"))  # "down to a baby"
        if (first.low, first.high) == (second.low, second.high) == (1, 1) and near:
            spans.update((n, n + 1))
    for n, mention in enumerate(mentions[1:], start=1):
        # "Nine members of one family, from the grandfather down to a baby of eight months": the person after "to",
        # when the one after "from" was no count of its own
        before = range(mention.first - 2, max(mention.first - 6, 0), -1)
        start = next((k for k in before if reader.words[k] == "from"), None)
        bound = start is not None and reader.word(mention.first - 1) == "to" and reader.word(start - 1) == ","
        if bound and mentions[n - 1].last < start and mentions[n - 1].low > 1 and (mention.low, mention.high) == (1, 1):
            spans.add(n)
    return spans


def _said_twice(reader: SentenceReader, earlier: Mention, mention: Mention) -> bool:
    """'six members of my family, six, and ...', 'hundreds of people died here, hundreds,', 'as many as 200 were
    killed, as many as 200': the same number said again for weight."""
    bare = _bare_count(reader, mention)
    same = (mention.low, mention.high) == (earlier.low, earlier.high)
    between = reader.words[earlier.last + 1 : mention.first]
    near = len(between) <= 8 and not any(w in (".", ";") for w in between)
    if same and between == [","] and _bare_count(reader, earlier):
        return True  # "we counted forty, forty bodies": the number, then the number with its noun
    return bare and same and reader.word(mention.first - 1) == "," and near


def _spoken_corrections(reader: SentenceReader, mentions: list[Mention]) -> list[Mention]:
    """'We buried eight, no, nine', 'dozens, I mean, at least a dozen', 'I counted seven dead, at least seven': a
    speaker correcting or hedging the count just said. The later words give the figure; the people counted and
    what befell them are the earlier count's."""
    out: list[Mention] = []
    for mention in mentions:
        previous = out[-1] if out else None
        if previous is not None and _corrects(reader, previous, mention):
            figure = {"low": mention.low, "high": mention.high, "qualifier": mention.qualifier}
            told = any(w in OUTCOME_CUES for w in reader.words[previous.last + 1 : mention.first])
            # the count now ends at its correction, unless its verb came before it ("were killed, at least four")
            out[-1] = replace(previous, last=previous.last if told else mention.last, **figure)
            continue
        if previous is not None and _person_corrected(reader, previous, mention):
            out[-1] = mention  # "my husband, no, sorry, my husband's brother, he was killed": the one meant
            continue
        out.append(mention)
    return out


def _person_corrected(reader: SentenceReader, earlier: Mention, mention: Mention) -> bool:
    """A speaker names one person, then another in their place: "my husband, no, sorry, my husband's brother"."""
    gap = reader.words[earlier.last + 1 : mention.first]
    one = (earlier.low, earlier.high) == (mention.low, mention.high) == (1, 1)
    return one and len(gap) <= 8 and retracts(gap)


def _bare_count(reader: SentenceReader, mention: Mention) -> bool:
    """The count is a number with no noun of its own ("fourteen", "at least a dozen", "tens")."""
    words = reader.words[mention.first : mention.last + 1]
    return all(w in NUMBER_WORDS or w[:1].isdecimal() or w in _BARE_NUMBER_WORDS for w in words)


def _only_its_verb(words: list[str]) -> bool:
    """Nothing but auxiliaries and outcome words: "were killed", "killed was"."""
    return all(w in AUX or w in OUTCOME_CUES for w in words)


def _corrects(reader: SentenceReader, earlier: Mention, mention: Mention) -> bool:
    if not _bare_count(reader, mention):
        return False
    gap = reader.words[earlier.last + 1 : mention.first]
    said = [w for w in gap if w not in (",", ".", "-", "—", "–")]
    if said and set(said) <= CORRECTING and len(gap) <= 9:
        return True  # "eight, no, nine": whatever the number, the second replaces the first
    unsaid = [w for w in said if w not in OUTCOME_CUES and w not in AUX]  # "Fifteen people died, no, wait, sixteen"
    if unsaid != said and retracts(unsaid) and len(gap) <= 12:
        return True
    if _retraction_in(gap) is not None and len(gap) <= 16 and not any(w in (".", ";") for w in gap):
        # "six wounded in the back of my ambulance, no, seven", "Six died — no, seven", "seven bodies in the
        # street — no, wait, he says eight"
        return True
    hedged = mention.low == earlier.low and mention.high is None and earlier.high is not None
    told = _only_its_verb(gap[:-1])  # "four children were killed, at least four"
    return hedged and gap[-1:] == [","] and told  # "seven dead, at least seven": the same count, now as a floor


def _who_they_were(reader: SentenceReader, earlier: Mention, mention: Mention) -> bool:
    """'The only person killed was the driver', 'the two dead were a nurse and her son': the count after the verb
    "to be" says who the people just counted were."""
    gap = reader.words[earlier.last + 1 : mention.first]
    told = _only_its_verb(gap[:-1])
    # "The three victims named in the ministry's statement were siblings aged 8, 11 and 14": a description between
    described = reader.words[earlier.last] == "victims" and all(w.strip("'’s").isalpha() for w in gap)
    told = told or (described and not any(w in OUTCOME_CUES for w in gap))
    if reader.words[earlier.last] in ("him", "her") and reader.word(earlier.first - 1) in ("with", "alongside"):
        return False  # "Killed alongside him was his brother Yusuf": one more person beside him
    return gap[-1:] in (["was"], ["were"]) and told and (earlier.low, earlier.high) == (mention.low, mention.high)


def _both_of_them_described(reader: SentenceReader, earlier: Mention, mention: Mention) -> bool:
    """'Two brothers, both polling agents, were found dead': "both" after a comma says what the two just counted
    were."""
    two = (earlier.low, earlier.high) == (mention.low, mention.high) == (2, 2)
    return two and reader.words[mention.first] == "both" and reader.words[earlier.last + 1 : mention.first] == [","]


def _names_described(reader: SentenceReader, before: list[Mention], mention: Mention) -> bool:
    """'Ahmed and Yusuf, my twin boys, were killed': a count between commas right after a list of names, as many
    as the names, says who they were."""
    opening = mention.first - 1 - (reader.word(mention.first - 1) in ("my", "our", "his", "her", "their"))
    # ("Lasa and Zabala, two young refugees seized in Bayonne in 1983, were ...": a participle phrase before the comma)
    close = next((k for k in range(mention.last + 1, min(mention.last + 10, len(reader))) if reader.words[k] == ","), 0)
    aside = reader.words[mention.last + 1 : close]
    closed = close and not any(w in AUX or w in OUTCOME_CUES or w in SPEECH_VERBS or w == ";" for w in aside)
    if reader.word(opening) != "," or not closed or mention.low != mention.high:
        return False
    names: list[Mention] = []
    end = opening
    for earlier in reversed(before):
        gap = reader.words[earlier.last + 1 : end]
        if (earlier.low, earlier.high) != (1, 1) or gap not in ([], [","], ["and"], [",", "and"]):
            break
        if not _capitalised_word(reader, earlier.first):
            break
        names.append(earlier)
        end = earlier.first
    return len(names) >= 2 and len(names) == mention.low


def _the_one_described(earlier: Mention, mention: Mention) -> bool:
    """'six women and four children, one of them a baby': the person right after "one of them" is that one."""
    one = (earlier.low, earlier.high) == (mention.low, mention.high) == (1, 1)
    return earlier.part and one and mention.first == earlier.last + 1


def _listed_as_who_they_were(reader: SentenceReader, mentions: list[Mention]) -> set[int]:
    """'The two dead were a nurse and her son', 'the four dead were a shepherd, his wife and their twin sons': the
    people listed after "were" that add up to the toll before it are who its dead were (the indexes of their
    mentions)."""
    for n, toll in enumerate(mentions):
        gap_after = reader.words[toll.last + 1 : toll.last + 3]
        if toll.outcome not in (KILLED, INJURED) or not gap_after or gap_after[0] not in ("was", "were"):
            continue
        listed, end = [], toll.last + 1
        for m in range(n + 1, len(mentions)):
            gap = reader.words[end + (not listed) : mentions[m].first]
            gap = [w for w in gap if w not in POSSESSIVES]
            if mentions[m].outcome is not None or gap not in ([], ["and"], [","], [",", "and"]):
                break
            listed.append(m)
            end = mentions[m].last + 1
            if len(listed) > 1 and sum(mentions[k].low for k in listed) == toll.low and toll.high == toll.low:
                return set(listed)
    return set()


def _retraction_in(words: list[str]) -> int | None:
    """The index of a spoken "no" set off after a pause that takes back what was said, followed only by a speaker's
    words of correction ("— no, wait, he says", ", no, he corrects me,"), or None."""
    for k, word in enumerate(words):
        if word == "no" and k and words[k - 1] in _PAUSES and words[k + 1 : k + 2] in ([","], ["—"], ["–"]):
            tail = {w for w in words[k + 1 :] if w not in _PAUSES}
            if tail <= CORRECTING | _SPEAKER_AGAIN:
                return k
    return None


def _summed_up_in_all(reader: SentenceReader, mentions: list[Mention]) -> list[Mention]:
    """'The neighbours' boy, their two daughters and the three guests — six in all — died in the fire': the people
    listed, then how many they were in all, between dashes or commas; the sum said is the count."""
    if not {"all", "total", "altogether"} & set(reader.words):
        return mentions
    for k in range(2, len(reader)):
        found = reader.number_at(k) if reader.word(k - 1) in _PAUSES else None
        if found is None or reader.phrase_at(found[1], ("in all", "in total", "altogether")) is None:
            continue
        before = [m for m in mentions if m.last < k]
        if not before or any(w in OUTCOME_CUES for w in reader.words[before[0].first : k]):
            continue  # (not "Four died in Kharkiv and two in Kherson, six in all": each count has its verb)
        end = found[1] + (1 if reader.word(found[1]) == "altogether" else 2)
        end += reader.word(end) in _PAUSES  # the closing dash
        whole = Mention(found[0], found[0], EXACT, TOTAL, before[0].first, end - 1)
        return [whole, *(m for m in mentions if m.first > k)]
    return mentions


def _restarted_after_a_retraction(reader: SentenceReader, mentions: list[Mention]) -> list[Mention]:
    """'Two died and three were injured — no, he corrects me, three died and two were injured': a speaker who takes
    back every count said and says them again; the counts after the retraction are the ones meant."""
    for k in range(len(reader)):
        if reader.words[k] != "no" or reader.word(k - 1) not in _PAUSES:
            continue
        after = [m for m in mentions if m.first > k]
        before = [m for m in mentions if m.last < k]
        if not after or not before or _retraction_in(reader.words[k - 1 : after[0].first]) is None:
            continue
        if all(reader.verb_after(m.last + 1, len(reader)) in (KILLED, INJURED) or m.outcome for m in after):
            return after
    return mentions


_PAUSES = frozenset(",-—–")
# Words a speaker or an interpreter says around a correction: "he says eight", "he corrects me".
_SPEAKER_AGAIN = frozenset("he she they says said corrects corrected me tells told".split())
# What a number said again may be made of: "up to fifty", "nearly a hundred", "scores", "three dozen".
_BARE_NUMBER_WORDS = frozenset(
    "- – about around nearly almost some up to over a dozen scores dozens tens hundreds at least as many".split()
)


def _spoken_range(reader: SentenceReader, mentions: list[Mention]) -> list[Mention]:
    """'Thirty, thirty-five people were killed', 'Eight, ten, maybe twelve people': a speaker's rising guesses
    at one count make a range."""
    out: list[Mention] = []
    for mention in mentions:
        previous = out[-1] if out else None
        gap = reader.words[previous.last + 1 : mention.first] if previous is not None else []
        guessed = gap in ([","], [",", "maybe"], [",", "perhaps"], ["or"], [",", "or"])
        # (not a list, "ages 5, 6 and 7", unless the second count names its people: "fourteen, fifteen wounded, and")
        closes = reader.word(mention.last + 1) not in ("and", ",") or (
            reader.word(mention.last + 1) == "," and mention.last > mention.first
        )
        guessed = guessed and closes and "respectively" not in reader.words
        # "50,000 people or perhaps 80,000 might have died": a count, then a hedged higher one
        hedged = gap[:1] == ["or"] and gap[1:] in (["perhaps"], ["maybe"], ["possibly"], ["even"])
        if previous is not None and hedged and previous.high is not None and mention.high is not None:
            if previous.low < mention.low and previous.outcome in (None, mention.outcome):
                raised = replace(previous, high=mention.high, qualifier=RANGE, last=mention.last)
                out[-1] = replace(raised, outcome=mention.outcome)
                continue
        if previous is not None and guessed and previous.first == previous.last and previous.high is not None:
            if previous.low < mention.low and mention.high is not None and mention.outcome == previous.outcome:
                out[-1] = Mention(
                    previous.low, mention.high, RANGE, mention.group, previous.first, mention.last, mention.outcome
                )
                continue
        out.append(_raised_by_a_guess(reader, mention))
    return out


def _raised_by_a_guess(reader: SentenceReader, mention: Mention) -> Mention:
    """'I counted thirty bodies, maybe thirty-five': a bare higher guess right after a count makes it a range."""
    if reader.words[mention.last + 1 : mention.last + 3] not in ([",", "maybe"], [",", "perhaps"]):
        return mention
    guess = reader.number_at(mention.last + 3)
    if guess is None or mention.high is None or guess[0] <= mention.high or reader.word(guess[1]) not in (",", "."):
        return mention  # (not "ten were killed, maybe more", nor "perhaps four children": a noun of its own)
    return replace(mention, high=guess[0], qualifier=RANGE)


def _restates(reader: SentenceReader, earlier: Mention, mention: Mention) -> bool:
    """A count between commas right after the same count describes the same people: "My constituent's son, a
    young paramedic, was killed", "Eleven martyrs, eleven heroes, fell today"."""
    between = reader.words[earlier.last + 1 : mention.first - 1]  # "eight boys from our school, eight innocent boys"
    where = between[:1] in (["from"], ["of"], ["in"]) and len(between) <= 4 and all(w.isalpha() for w in between)
    apposed = reader.word(mention.first - 1) == "," and (mention.first == earlier.last + 2 or where)
    # "one, only one, survived": the same count said again
    apposed = apposed or reader.words[earlier.last + 1 : mention.first] in ([",", "only"], [",", "just"])
    closed = reader.word(mention.last + 1) == "," and reader.word(mention.last + 2) not in ("and", "or", "")
    same = (mention.low, mention.high) == (earlier.low, earlier.high)
    same = same and (mention.outcome is None or earlier.outcome in (None, mention.outcome))
    told = earlier.outcome is not None or reader.verb_after(mention.last + 1, len(reader)) is not None
    told = told or reader.verb_before(earlier.first) in (KILLED, INJURED)  # "They killed a child, a nine-year-old"
    # "Killed: Robert Holt, Fred Dunn, Alan Lyle": names one after another are a list, not one name said again
    names = all(_capitalised_word(reader, m.first) and reader.number_at(m.first) is None for m in (earlier, mention))
    names = names and not {reader.words[earlier.first], reader.words[mention.first]} & {"a", "an", "the", *POSSESSIVES}
    return apposed and closed and same and told and not names


def _described_after_a_part(reader: SentenceReader, mentions: list[Mention]) -> set[int]:
    """'14 people, one of whom, an eleven-year-old girl named Sidra, died', 'two of them, a tea seller named Hawa
    and her nephew Adam, died': the people described between commas after "N of whom/them" are those N (the
    indexes of their mentions), when they add up to no more than N and a verb follows the closing comma."""
    described: set[int] = set()
    for n, part in enumerate(mentions):
        if reader.words[part.last - 1 : part.last + 2] not in (["of", "whom", ","], ["of", "them", ","]):
            continue
        ends = range(part.last + 2, min(part.last + 16, len(reader)))
        closing = next((k for k in ends if reader.words[k] == ","), None)
        if closing is None or reader.verb_after(closing + 1, len(reader)) not in (KILLED, INJURED):
            continue
        inside = [m for m in range(n + 1, len(mentions)) if mentions[m].last < closing]
        untold = all(mentions[m].outcome is None for m in inside)
        if inside and untold and sum(mentions[m].low for m in inside) <= part.low:
            described.update(inside)
    return described


def _inside_a_zero(reader: SentenceReader, sentence: str, mention: Mention) -> bool:
    """'nobody in the house of nine people was hurt': the people of whom none was harmed are no toll."""
    start = reader.tokens[mention.first].start
    return any(
        zero.start() < start < zero.end()
        and zero.group().lower().startswith(("nobody", "no one", "not ", "all ", "had not", "did not", "has not"))
        for zero in ZERO.finditer(sentence)
    )


# The verbs a zero ends with when it denies one harm of the people counted before it ("and no one had died").
_SPARED_FROM = frozenset("hurt injured wounded harmed died killed".split())


def _none_of_them_harmed(reader: SentenceReader, sentence: str, group: Group) -> bool:
    """'led about 100 people out ..., and none of them was hurt', 'reached 26 people in the forest and no one had
    died': those counted were spared, the harm their outcome came from is denied of them."""
    end = reader.tokens[group.last].end
    for zero in ZERO.finditer(sentence, end):
        said = zero.group().lower()
        harm = said.split()[-1]
        spared = ("none of them", "not one of them", "no one", "nobody", "none had", "none were", "none was")
        if not said.startswith(spared) or harm not in _SPARED_FROM:
            continue
        between = [t.lower for t in reader.tokens if end <= t.start < zero.start()]
        if any(w in (";", ".") or OUTCOME_CUES.get(w) == group.outcome for w in between):
            return False
        return group.outcome in _zero_outcomes("", harm)
    return False


def _the_youngest_of_them(reader: SentenceReader, mention: Mention) -> bool:
    """'all six people inside were hurt, the youngest a boy of three': one of the people just counted, picked out;
    or named among them ("Six of the children had shrapnel wounds, my daughter Rana among them")."""
    start = reader.phrase_before(mention.first, _PICKED_OUT)
    if start is not None and reader.word(start - 1) == ",":
        return True
    start = reader.phrase_before(mention.first - 1, _PICKED_OUT) if reader.word(mention.first - 1) == "," else None
    if start is not None and reader.word(start - 1) in (",", ";"):
        return True  # "lost two of her children; the younger, a boy of 18 months, died on Friday": one of the two
    if reader.word(mention.first - 1) == "," and reader.phrase_before(mention.first - 1, _WORST_CASE) is not None:
        return True  # "Four people were hospitalised, with the most serious case, a 38-year-old man, transferred"
    after = mention.last + 1
    while _capitalised_word(reader, after) and reader.words[after].isalpha():
        after += 1  # the person's name
    among = reader.phrase_at(after, ("among them", "one of them", "among the dead", "among the wounded"))
    one = (mention.low, mention.high) == (1, 1)
    return among is not None and reader.word(mention.first - 1) in (",", "with") and one


def _among_those_counted(reader: SentenceReader, mention: Mention) -> bool:
    """'killed dozens in our neighbourhood alone, and my uncle's family of five was among them': people named
    among a toll counted before them (the caller knows there was one), not more dead."""
    return mention.outcome is None and reader.phrase_at(mention.last + 1, _AMONG_THOSE_COUNTED) is not None


_AMONG_THOSE_COUNTED = tuple(
    f"{verb} among {whom}" for verb in ("was", "were") for whom in ("them", "the dead", "the victims", "those killed")
)
_WORST_CASE = ("the most serious case", "the most seriously injured", "the most seriously wounded", "the worst case")
# How one of the people just counted is picked out: "..., the youngest a boy of three", "..., the eldest being".
_PICKED_OUT = tuple(
    f"the {which}{tail}"
    for which in ("youngest", "oldest", "eldest", "younger", "older", "elder")
    for tail in ("", " was", " being", " of them")
)


def _reported_then_corrected(reader: SentenceReader, first: int, last: int) -> bool:
    """'Correction: earlier we reported two dead in Vovchansk, the confirmed figure is one': the toll counted is the
    one an earlier report gave, and the figure after it corrects it."""
    reported = {"earlier", "previously", "initially"} & set(reader.words[max(0, first - 5) : first])
    if reported and _CORRECTED_FIGURE & set(reader.words[last + 1 :]):
        return True
    # "The tally I submitted was 54 dead; after the last families came forward, it now stands at 58": an update
    after = " ".join(reader.words[last + 1 :])
    return re.search(r"\b(?:it|toll|tally|figure|count|number)\s+now\s+(?:stands|is)\b", after) is not None


_CORRECTED_FIGURE = frozenset("confirmed correct corrected actual revised verified".split())


def _survivors_among_the_dead(reader: SentenceReader, group: Group) -> bool:
    """'"They slaughtered us like sheep," one survivor said': survivors are not the dead (they may be hurt), unless
    they died later themselves ("Two survivors of the attack died in hospital last week")."""
    if group.outcome != KILLED or not all(reader.words[m.last] in ("survivor", "survivors") for m in group.mentions):
        return False
    after = reader.words[group.last + 1 : group.last + 7]
    after = after[: after.index(",")] if "," in after else after
    own_death = reader.verb_after(group.last + 1, len(reader)) == KILLED  # "ten survivors were later shot dead"
    return not ({"died", "succumbed"} & set(after)) and not own_death


def _corrected_away(reader: SentenceReader, mention: Mention) -> bool:
    """A count a correction withdraws: "caused no casualties, not two injuries as we reported", "28 rather than 31";
    or a denial: "not a single one of our men was killed" (a zero, read elsewhere)."""
    if reader.phrase_before(mention.first, ("not a single", "not even a single", "not even")) is not None:
        return True
    if reader.phrase_before(mention.first, ("rather than", "instead of")) is not None:
        return True  # "saying that 28 rather than 31 people had died": the figure withdrawn
    if reader.word(mention.first - 1) == "not" and reader.word(mention.first - 2) == ",":
        if reader.word(mention.last + 1) == ",":
            return True  # "16 people, not 60, were killed": the figure corrected
    after = reader.words[mention.last + 1 : mention.last + 8]
    return reader.word(mention.first - 1) == "not" and "as" in after and bool(set(after) & _REPORTED)


_REPORTED = frozenset("reported said stated claimed announced".split())


def _how_the_dead_one_was_hurt(reader: SentenceReader, groups: list[Group], person: Mention) -> bool:
    """'Ezra Blount ... died in hospital days after he was trampled': the pronoun's wound is that of the one person
    counted dead before it, told as the cause of the death."""
    if reader.word(person.first - 1) not in ("after", "when", "since"):
        return False
    return any(g.outcome == KILLED and g.toll()[:2] == (1, 1) and g.last < person.first for g in groups)


def extract_figures(sentence: str) -> Figures | None:
    """The casualty figures a sentence states, or None when it states no count of people killed or injured."""
    if is_arabic(sentence):
        from annotations.text.figures_ar import extract_figures_ar  # it builds on this module's Figures

        return extract_figures_ar(sentence)
    reader = SentenceReader(sentence)
    mentions = [m for m in find_mentions(reader) if not _corrected_away(reader, m) and not _procedures(reader, m)]
    mentions = [m for m in mentions if not _a_rate_per_head(reader, m) and not _owners_of_a_thing(reader, m)]
    mentions = _named_before_the_others(reader, mentions)
    mentions = _parts_of_the_whole_first(reader, mentions)
    mentions = [m for n, m in enumerate(mentions) if not (n and _one_of_a_wider_toll(reader, m))]
    answer, answered_none = answered_count(reader)
    if answer is not None and not any(m.first <= answer.first <= m.last for m in mentions):
        mentions = sorted([*mentions, answer], key=lambda m: m.first)  # "Q. How many were killed? A. Seven, sir"
    mentions = [m for n, m in enumerate(mentions) if not (n and _restates(reader, mentions[n - 1], m))]
    described = _described_after_a_part(reader, mentions)
    mentions = [m for n, m in enumerate(mentions) if n not in described]
    mentions = _restarted_after_a_retraction(reader, mentions)
    mentions = _summed_up_in_all(reader, mentions)
    mentions = _spoken_corrections(reader, mentions)
    mentions = [m for n, m in enumerate(mentions) if not (n and _said_twice(reader, mentions[n - 1], m))]
    mentions = [m for n, m in enumerate(mentions) if not (n and _who_they_were(reader, mentions[n - 1], m))]
    mentions = [m for n, m in enumerate(mentions) if not (n and _the_one_described(mentions[n - 1], m))]
    mentions = [m for n, m in enumerate(mentions) if not (n and _both_of_them_described(reader, mentions[n - 1], m))]
    mentions = [m for n, m in enumerate(mentions) if not _names_described(reader, mentions[:n], m)]
    listed = _listed_as_who_they_were(reader, mentions)
    mentions = [m for n, m in enumerate(mentions) if n not in listed]
    mentions = [m for n, m in enumerate(mentions) if not (n and _the_youngest_of_them(reader, m))]
    told = next((n for n, m in enumerate(mentions) if m.outcome is not None), len(mentions))  # the first toll
    mentions = [m for n, m in enumerate(mentions) if not (n > told and _among_those_counted(reader, m))]
    mentions = _spoken_range(reader, mentions)
    mentions = [m for m in mentions if not _speaker_after_a_comma(reader, m) and not _not_a_victim(reader, m)]
    mentions = [m for n, m in enumerate(mentions) if not (n and _kin_the_speaker_lost(reader, m))]
    mentions = [m for m in mentions if not _had_by_someone(reader, m) and not _inside_a_zero(reader, sentence, m)]
    mentions = _all_but(reader, mentions)
    mentions = [_vague_then_between(reader, m) for m in mentions]
    mentions = [_with_the_pronoun_before(reader, m) for m in mentions]
    mentions = [_put_at_a_minimum(reader, m) for m in mentions]
    mentions = [_from_a_lower_number(reader, m) for m in mentions]
    mentions = _all_of_those_listed(reader, mentions)
    mentions = [m for n, m in enumerate(mentions) if not (n and _all_of_them_again(reader, mentions[n - 1], m))]
    listed = _listed_among_the_counted(reader, mentions)
    mentions = [m for n, m in enumerate(mentions) if n not in listed]
    mentions = [m for n, m in enumerate(mentions) if not (n and _what_they_became(reader, m))]
    spans = _span_of_the_counted(reader, mentions)
    mentions = [m for n, m in enumerate(mentions) if n not in spans]
    groups = _group(reader, mentions) if mentions else []
    groups = [_one_person_first_of_a_list(reader, g) for g in groups]
    groups = [_the_killed_among_the_neutralised(reader, g) for g in groups]
    groups = [_parts_harmed_apart_from_their_whole(reader, g) for g in groups]
    _assign_outcomes(reader, groups)
    groups = [_the_fatal_part_of_casualties(reader, g) for g in groups]
    groups = _without_the_parts_told_alone(reader, groups)
    _all_died(reader, groups)
    groups = [g for g in groups if g.outcome in (KILLED, INJURED) and not _survivors_among_the_dead(reader, g)]
    groups = [g for g in groups if not _none_of_them_harmed(reader, sentence, g)]
    rest = _the_rest_hurt(reader, mentions, groups)
    if rest is not None:
        groups.append(Group(head=rest, outcome=INJURED))
    zero = _zero_tolls(sentence)
    if answered_none is not None:
        zero.setdefault(answered_none, 0)  # "Were there any fatalities? A. None, Senator"
    if not any(g.outcome == KILLED for g in groups) and KILLED not in zero:
        survivors = _dead_besides_the_survivors(reader)
        if survivors is not None:  # "the only one of the eleven who survived": ten died
            dead, whole, hurt = survivors
            groups = [g for g in groups if g.first != whole.first]  # the whole group is no toll of its own
            groups.append(Group(head=dead, outcome=KILLED))
            if hurt is not None and not any(g.outcome == INJURED for g in groups):
                groups.append(Group(head=hurt, outcome=INJURED))  # "only one survived, with crush injuries"
    if not any(g.outcome == KILLED for g in groups) and KILLED not in zero and (dead := one_called_dead(reader)):
        groups.append(Group(head=dead, outcome=KILLED))  # "branding the dead man a 'legitimate target'"
    for outcome, person in harmed_by_pronoun(reader).items():
        if outcome == INJURED and _how_the_dead_one_was_hurt(reader, groups, person):
            continue
        if not any(g.outcome == outcome for g in groups) and outcome not in zero:
            groups.append(Group(head=person, outcome=outcome))  # "..., killing him on the spot": one person
    if not groups and not zero:
        return None

    figures = Figures()
    qualifiers: dict[str, str] = {}
    used: list[Mention] = []
    running: list[tuple[int, int]] = []  # the periods of running totals set beside an incident's toll
    for outcome in (KILLED, INJURED):
        mine = [g for g in groups if g.outcome == outcome]
        if not mine:
            if outcome in zero:
                setattr(figures, f"{outcome}_min", 0)
                setattr(figures, f"{outcome}_max", 0)
            continue
        (low, high, qualifier), counted = combine_tolls(reader, mine)
        if outcome in zero and _denied_then_counted(reader, sentence, mine[0]):
            low, qualifier = 0, RANGE  # "Not a single civilian was killed, the army insisted, but medics counted 8"
        if len({g.outcome for g in groups}) == 1:
            taken = {k for mention in mentions for k in range(mention.first, mention.last + 1)}
            other = second_estimate(reader, max(g.last for g in counted) + 1, taken, high or low)
            if other is not None and _reported_then_corrected(reader, counted[0].first, counted[-1].last):
                # "earlier we reported two dead in Vovchansk, the confirmed figure is one": the corrected toll
                low, high, qualifier = other, other, EXACT
            elif other is not None and other != low:  # "put the toll at 100,000, far below the 250,000 cited by"
                # "an estimate of 700 to 800 dead, while other estimates ran as high as 3,500": the range widens
                low, high, qualifier = range_of([(low, high, qualifier), (other, other, EXACT)])
            told_end = reader.tokens[counted[-1].last].end
            interval = _INTERVAL.match(sentence, told_end)
            if other is None and interval is not None and low == high:
                # "377,000 excess deaths (95% CI 290,000–470,000)", "4,870, with a low estimate of 3,900 and a high
                # estimate of 6,250": the interval around the best estimate is the range
                ends = [int((interval.group(n) or interval.group(f"{n}2")).replace(",", "")) for n in ("low", "high")]
                if ends[0] <= low <= ends[1]:
                    low, high, qualifier = ends[0], ends[1], RANGE
            if other is None and high is not None and _HIGHER_THAN_TOLD.search(sentence, told_end):
                high, qualifier = None, AT_LEAST  # "the names of 212 of the dead, and the real number is higher"
        running += set_aside_periods(reader, counted)
        setattr(figures, f"{outcome}_min", low)
        setattr(figures, f"{outcome}_max", high)
        qualifiers[outcome] = qualifier
        for group in counted:
            used.extend(group.mentions)
            members = group.parts if group.head is not None else group.parts
            if group.head is not None and group.head.group in (CHILDREN, WOMEN):
                members = [group.head, *group.parts]
            for part in members:
                if part.group in (CHILDREN, WOMEN):
                    name = f"{part.group}_{outcome}"
                    current = getattr(figures, name)
                    setattr(figures, name, part.low if current is None else current + part.low)
    figures.qualifier = qualifiers.get(KILLED) or qualifiers.get(INJURED) or EXACT
    periods = [p for p in PERIOD.finditer(sentence) if not any(lo <= p.start() < hi for lo, hi in running)]
    figures.scope = AGGREGATE if periods else INCIDENT
    figures.preliminary = bool(PRELIMINARY.search(sentence))
    if used:
        start = min(reader.tokens[m.first].start for m in used)
        end = max(reader.tokens[m.last].end for m in used)
        figures.raw_text = sentence[start:end][:500]
    else:
        figures.raw_text = next(ZERO.finditer(sentence)).group()[:500]
    return figures
