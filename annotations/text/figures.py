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
   or camp, people displaced or rescued).
2. *Groups*: a total with its breakdown ("40, including 9 children and 6 women", "five, two of
   them children", "20 of the dead, three of them boys"); each group gets the outcome (killed or
   injured) of the verb or noun attached to it.
3. *Claims*: groups with the same outcome separated by "while", "but" or ";" are two sources' tolls
   (a range), two perpetrators' tolls (only the first claim is kept: never a sum) or an update
   ("rose to 17": the latest); otherwise they add up ("three in Atarib and five in Sarmin").
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field, fields

from word2number import w2n

EXACT, AT_LEAST, APPROXIMATELY, RANGE, VAGUE = "exact", "at_least", "approximately", "range", "vague"
INCIDENT, AGGREGATE = "incident", "aggregate"
KILLED, INJURED, NOT_CASUALTY = "killed", "injured", "not_casualty"
TOTAL, CHILDREN, WOMEN, MEN, KIN, OTHER_GROUP = "total", "children", "women", "men", "kin", "other"

# Number words come from word2number's own vocabulary (plus "dozen", which it lacks).
NUMBER_WORDS = frozenset(w2n.american_number_system) - {"point"}
_SCALES = frozenset({"hundred", "thousand", "million", "billion"})
# ACLED's conservative readings of vague counts.
VAGUE_WORDS = {"tens": 10, "dozens": 12, "scores": 20, "hundreds": 100, "thousands": 1000}

# What a counted noun (singular form) says about the people counted.
PERSON_NOUNS = {
    **dict.fromkeys(
        "people person civilian individual resident idp victim martyr fighter soldier worker patient student "
        "volunteer rescuer paramedic medic doctor nurse journalist farmer shepherd passenger driver worshipper "
        "teacher militant combatant guard officer policeman villager pedestrian other adult refugee pilot pupil "
        "employee staffer engineer labourer laborer vendor trader shopkeeper prisoner detainee inmate crew "
        "colleague friend companion neighbour neighbor guest cameraman photographer reporter correspondent "
        "displaced casualty".split(),
        TOTAL,
    ),
    **dict.fromkeys("child kid infant baby boy girl minor toddler schoolchild teenager newborn".split(), CHILDREN),
    **dict.fromkeys("woman mother wife".split(), WOMEN),
    **dict.fromkeys("man husband".split(), MEN),
    **dict.fromkeys(
        "son daughter brother sister father sibling cousin nephew niece grandson granddaughter grandchild "
        "relative member grandfather grandmother uncle aunt".split(),
        KIN,
    ),
}
_IRREGULAR_PLURALS = {
    "people": "people",
    "children": "child",
    "women": "woman",
    "men": "man",
    "policemen": "policeman",
    "wives": "wife",
    "babies": "baby",
    "casualties": "casualty",
    "grandchildren": "grandchild",
    "schoolchildren": "schoolchild",
    "others": "other",
    "idps": "idp",
    "dead": "dead",
    "injured": "injured",
    "wounded": "wounded",
    "killed": "killed",
}
# Nouns after a number that say both "people" and what happened to them ("18 dead", "27 deaths").
OUTCOME_NOUNS = {
    "dead": KILLED,
    "death": KILLED,
    "fatality": KILLED,
    "martyr": KILLED,
    "killed": KILLED,
    "body": KILLED,
    "injured": INJURED,
    "wounded": INJURED,
    "injury": INJURED,
}
KILL_WORDS = frozenset(
    "killed kill kills killing dead death deaths died die dies dying martyred martyrs martyr lives life fatalities "
    "fatality bodies perished murdered murdering slain executed massacred toll victims buried".split()
)
INJURE_WORDS = frozenset(
    "injured injuring injure injures injuries injury wounded wounding wounds wound hurt maimed burns suffocation "
    "treated treatment".split()
)
OUTCOME_CUES = {**dict.fromkeys(KILL_WORDS, KILLED), **dict.fromkeys(INJURE_WORDS, INJURED)}
# Verbs that, attached to a count of people, say it is not a count of casualties.
NOT_CASUALTY_WORDS = frozenset(
    "displaced displacing displace rescued rescuing rescue evacuated evacuating evacuate arrested arresting detained "
    "detaining abducted kidnapped missing trapped fled flee fleeing returned released freed stranded sheltered "
    "sheltering housed hosted hosts hosting housing shelters home homes live lived living population inhabitants "
    "attended gathered protested recruited employed vaccinated received served serving fed support supported "
    "affected survived registered".split()
)
# Places whose "of N people" is a population ("a town of 20,000 people").
_PLACE_NOUNS = frozenset("town village city camp neighbourhood neighborhood district area settlement shelter".split())
_POPULATION_BEFORE = ("home to", "population of", "inhabited by", "housing", "hosting", "sheltering", "hosts", "houses")

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
    "at minimum",
    "exceeds",
    "exceeded",
    "exceeding",
    "surpassed",
    "topped",
)
APPROXIMATE_PREFIXES = (
    "about",
    "around",
    "approximately",
    "nearly",
    "almost",
    "some",
    "roughly",
    "up to",
    "close to",
    "an estimated",
    "estimated",
)
_BREAKDOWN_MARKERS = (
    "including",
    "included",
    "includes",
    "among them",
    "among whom",
    "among the dead",
    "among the victims",
    "among the injured",
    "among the wounded",
    "of whom",
    "of them",
    "of those",
    "mostly",
    "most of them",
    "such as",
    "namely",
    "comprising",
)
# Words allowed between an outcome verb and a bare number ("killed at least five", "injuring another 12").
_AUX = frozenset("were was have has had been be are is being reportedly also later all both allegedly more".split())
_CONTRAST = frozenset({"while", "whereas", "but", "although", "though", "however", "meanwhile"})
_RISE = frozenset("rose risen rising climbed increased jumped reached raised raising bringing brought".split())
_SOURCE_WORDS = frozenset(
    "said says say reported reports stated documented counted recorded announced told put puts estimated "
    "according citing cited gave give confirmed registered attributed".split()
)
# Words that name an armed actor: a second toll after "while" with one of these is a second perpetrator's.
_ACTOR_WORDS = frozenset(
    "regime forces jets warplanes aircraft army troops militia militias militants rebels russian turkish israeli "
    "iranian coalition isis hezbollah government pro-government opposition factions fighters gunmen snipers "
    "drones artillery helicopters".split()
)
_HARM_VERBS = frozenset("killed killing murdered massacred responsible bombed shelled executed".split())
MONTHS = frozenset(
    "january february march april may june july august september october november december "
    "jan feb mar apr jun jul aug sep sept oct nov dec".split()
)
_TIME_WORDS = frozenset(
    "am pm a.m p.m o'clock hours hrs hour minutes minute gmt utc years year months month weeks week days day "
    "km kilometres kilometers metres meters miles kg mm cm percent per cent %".split()
)

_MONTH = r"(?:january|february|march|april|may|june|july|august|september|october|november|december)"
_PERIOD = re.compile(
    rf"\b(?:between|from)\s+(?:the\s+(?:start|beginning|end|middle)\s+of\s+)?(?:{_MONTH}|\d{{4}})\b"
    rf"|\bsince\s+(?:the\s+(?:start|beginning|outbreak)|{_MONTH}|\d{{4}})"
    r"|\b(?:covers|covering)\s+the\s+period\b|\bthe\s+period\s+(?:from|between)\b"
    r"|\ba\s+total\s+of\b"
    r"|\b(?:over|during|in|throughout)\s+the\s+(?:past|last|first|previous)\s+(?:\w+\s+)?(?:days|weeks|months|years|year|month|week)\b"
    rf"|\bso\s+far\s+this\s+(?:year|month)\b|\bin\s+(?:19|20)\d\d\b|\b(?:during|throughout)\s+(?:the\s+month\s+of\s+)?{_MONTH}\b"
    r"|\bsince\s+the\s+(?:war|conflict|uprising|revolution)\s+began\b|\bthis\s+year\b|\blast\s+(?:year|month)\b",
    re.IGNORECASE,
)
_PRELIMINARY = re.compile(
    r"\bpreliminary\b|\binitial\s+(?:death\s+)?toll\b|\bso\s+far\b|\b(?:could|may|might|is\s+expected\s+to|is\s+likely\s+to)"
    r"\s+rise\b|\bstill\s+rising\b|\bnot\s+(?:yet\s+)?final\b",
    re.IGNORECASE,
)
_ZERO = re.compile(
    r"\bno\s+(?:civilian\s+|human\s+)?(?P<n1>casualties|losses|deaths|dead|fatalities|injuries|loss\s+of\s+life|one|body|people|civilians)"
    r"(?:\s+(?:were|was|has\s+been|have\s+been)\s+(?:reportedly\s+)?(?P<v1>killed|injured|hurt|wounded|harmed))?\b"
    r"|\bwithout\s+(?:causing\s+)?(?:any\s+)?(?P<n2>casualties|injuries|deaths|fatalities|loss\s+of\s+life)\b"
    r"|\bnobody\s+(?:was\s+)?(?P<v2>killed|injured|hurt|wounded|harmed|died)\b"
    r"|\bno\s+one\s+(?P<v3>died)\b",
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
    last: int  # token index of the last word (the noun, or the number)
    outcome: str | None = None
    part: bool = False  # marked as a breakdown ("including ...", "... of them")
    marked: bool = False  # follows a breakdown marker ("including ...")
    elliptic: bool = False  # a bare number that continues the count before it ("... and two in Iblin")


@dataclass
class _Group:
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
        return _sum_tolls([(m.low, m.high, m.qualifier) for m in self.parts])


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


def tokenize(text: str) -> list[Token]:
    return [Token(m.group(), m.start(), m.end()) for m in _TOKEN.finditer(text)]


def _singular(word: str) -> str:
    if word in _IRREGULAR_PLURALS:
        return _IRREGULAR_PLURALS[word]
    if word.endswith("ies") and len(word) > 4:
        return word[:-3] + "y"
    if word.endswith("men") and word[:-3] + "man" in PERSON_NOUNS:
        return word[:-3] + "man"
    if word.endswith("s") and not word.endswith("ss"):
        return word[:-1]
    return word


def _person_noun(word: str) -> str | None:
    """The singular person (or outcome) noun a word is, or None."""
    singular = _singular(word)
    if singular in PERSON_NOUNS or singular in OUTCOME_NOUNS:
        return singular
    return None


class _Reader:
    """The tokens of one sentence and the questions asked about them."""

    def __init__(self, sentence: str) -> None:
        self.sentence = sentence
        self.tokens = tokenize(sentence)
        self.words = [t.lower for t in self.tokens]

    def __len__(self) -> int:
        return len(self.tokens)

    def word(self, i: int) -> str:
        return self.words[i] if 0 <= i < len(self.words) else ""

    def glued(self, i: int, j: int) -> bool:
        """Tokens i and j touch (no space): "300mm", "3:15", "7-year-old"."""
        return 0 <= i < len(self.tokens) and 0 <= j < len(self.tokens) and self.tokens[i].end == self.tokens[j].start

    def phrase_before(self, i: int, phrases: tuple[str, ...]) -> int | None:
        """Index of the first token of one of ``phrases`` ending right before token i."""
        for phrase in phrases:
            words = phrase.split()
            start = i - len(words)
            if start >= 0 and self.words[start:i] == words:
                return start
        return None

    def phrase_at(self, i: int, phrases: tuple[str, ...]) -> int | None:
        """Index after one of ``phrases`` starting at token i."""
        for phrase in phrases:
            words = phrase.split()
            if self.words[i : i + len(words)] == words:
                return i + len(words)
        return None

    # --- numbers ---------------------------------------------------------------------------------

    def number_at(self, i: int) -> tuple[int, int, str] | None:
        """(value, index after the number, kind) for a number of things starting at token i, or None."""
        word = self.word(i)
        if not word:
            return None
        if word[0].isdigit():
            if not self._plain_count(i):
                return None
            return int(float(word.replace(",", ""))), i + 1, "digits"
        if word in VAGUE_WORDS:
            j = i + 1
            if self.word(j) == "of" and self.word(j + 1) in VAGUE_WORDS:  # "tens of thousands"
                return VAGUE_WORDS[word] * VAGUE_WORDS[self.word(j + 1)], j + 2, "vague"
            return VAGUE_WORDS[word], j, "vague"
        if word == "dozen" or (word == "a" and self.word(i + 1) == "dozen"):
            return 12, i + (1 if word == "dozen" else 2), "words"
        if word not in NUMBER_WORDS or word in ("and", "a"):
            return None
        prev = self.word(i - 1)
        if word == "one" and prev in ("no", "every", "any", "each", "this", "that", "the"):
            return None  # "no one was hurt" is a zero, read elsewhere
        if prev in ("aged", "age") or self.phrase_before(i, ("the age of", "ages of")) is not None:
            return None
        if prev == "and" and self.word(i - 3) in ("aged", "ages"):
            return None  # "aged 45 and sixty"
        words, j = [word], i + 1
        while j < len(self.words):
            nxt = self.words[j]
            if nxt in NUMBER_WORDS and nxt != "and":
                words.append(nxt)
                j += 1
            elif nxt in ("-", "–") and self.word(j + 1) in NUMBER_WORDS and self.glued(j - 1, j):
                j += 1
            elif nxt == "and" and words[-1] in _SCALES and self.word(j + 1) in NUMBER_WORDS:
                j += 1
            else:
                break
        if self.word(j) in ("-", "–") and self.glued(j - 1, j) and self.word(j + 1) in ("year", "years", "month"):
            return None  # "a seven-year-old"
        if self.word(j) == "dozen":
            return w2n.word_to_num(" ".join(words)) * 12, j + 1, "words"
        try:
            return w2n.word_to_num(" ".join(words)), j, "words"
        except ValueError:
            return None

    def _plain_count(self, i: int) -> bool:
        """Digits at i are a count of something, not an age, calibre, time, date or year."""
        nxt, prev = self.word(i + 1), self.word(i - 1)
        if self.glued(i, i + 1) and nxt[:1].isalpha():
            return False  # "300mm", "9M55k", "2nd"
        if nxt in (":", ".", "/") and self.glued(i, i + 1) and self.word(i + 2)[:1].isdigit():
            return False  # "3:15", "1.5", "12/03"
        if nxt in ("-", "–") and self.word(i + 2) in ("year", "years", "month", "day", "old"):
            return False  # "7-year-old"
        if nxt in _TIME_WORDS or (nxt in ("a", "p") and self.word(i + 2) == "."):
            return False
        if nxt in ("year", "years") or (nxt == "-" and self.word(i + 2) == "year"):
            return False
        if prev in ("aged", "age", "ages", "resolution", "resolutions", "no", "number", "route", "highway", "#"):
            return False
        if prev in MONTHS or nxt in MONTHS or (prev == "of" and self.word(i - 2) in MONTHS):
            return False
        if prev == "and" and self.word(i - 2)[:1].isdigit() and self.word(i - 3) in ("resolution", "resolutions"):
            return False
        if prev == "and" and self.word(i - 3) in ("aged", "ages"):
            return False  # "aged 45 and 60"
        if prev == "(" and nxt == ")":
            return False  # "Ahmad (12)": an age after a name
        value = float(self.words[i].replace(",", ""))
        if "." in self.words[i] or (1900 <= value <= 2100 and "," not in self.words[i]):
            return _person_noun(nxt) is not None  # a year, unless people follow ("2000 people")
        return True

    # --- nouns -----------------------------------------------------------------------------------

    def noun_after(self, j: int) -> tuple[str, int] | None:
        """The person noun a quantity counts ("15 other civilians", "27 civilian deaths"), within four words."""
        if self.word(j) == "of" and self.word(j + 1) in ("his", "her", "their", "its"):
            j += 2  # "two of his colleagues"
        for k in range(j, min(j + 4, len(self.words))):
            word = self.words[k]
            noun = _person_noun(word)
            if noun == "other" and _person_noun(self.word(k + 1)) not in (None, "other"):
                continue  # "five other people": the noun is the next word
            if noun is not None:
                after = _person_noun(self.word(k + 1))
                if after in OUTCOME_NOUNS and after not in ("killed", "injured", "wounded"):
                    return after, k + 1  # "civilian deaths": the last noun says what happened
                if noun == "member" and self.word(k + 1) == "of":
                    return noun, k  # "seven members of the same family"
                return noun, k
            if not word[:1].isalpha() or word in _STOP or word in NUMBER_WORDS or word in OUTCOME_CUES:
                return None
            if word in NOT_CASUALTY_WORDS or word in _THING_NOUNS:
                return None
        return None

    def population(self, first: int) -> bool:
        """'home to 5,000 people', 'a town of 20,000 people', 'population of 30,000'."""
        if self.phrase_before(first, _POPULATION_BEFORE) is not None:
            return True
        if self.word(first - 1) == "of" and self.word(first - 2) in _PLACE_NOUNS:
            return True
        for k in range(first - 1, max(-1, first - 3), -1):
            if self.words[k] in ("some", "about", "around", "of", "nearly", "over"):
                continue
            return self.phrase_before(k + 1, _POPULATION_BEFORE) is not None
        return False

    # --- outcomes --------------------------------------------------------------------------------

    def verb_after(self, j: int, stop: int) -> str | None:
        """The outcome of the verb right after a counted phrase ("13 people were killed", "a girl died")."""
        k = j
        while k < stop and (self.words[k] in _AUX or self.words[k] == "," or _adverb(self.words[k])):
            k += 1
        if k >= stop:
            return None
        word = self.words[k]
        if word in OUTCOME_CUES and word not in ("toll", "victims", "lives", "life"):
            return OUTCOME_CUES[word]
        if word in ("lost", "losing") and self.word(k + 1) in ("their", "his", "her"):
            return KILLED
        if word in ("sustained", "suffered", "received") and self.word(k + 1) in (
            "injuries",
            "wounds",
            "injury",
            "burns",
        ):
            return INJURED
        if word == "succumbed":
            return KILLED
        if word in NOT_CASUALTY_WORDS:
            return NOT_CASUALTY
        return None

    def verb_before(self, i: int) -> str | None:
        """'killing 15 civilians', 'wounded at least 31', 'claimed the lives of 12': the verb just before."""
        k = i - 1
        while k >= 0 and k >= i - 5:
            word = self.words[k]
            if word in OUTCOME_CUES and word not in ("toll", "victims"):
                return OUTCOME_CUES[word]
            if word in NOT_CASUALTY_WORDS:
                return NOT_CASUALTY
            if word in ("another", "the", "of", "a", "an", "their", "his", "her", "its") or word in _AUX:
                k -= 1
                continue
            return None
        return None

    def toll_subject(self, i: int, lo: int) -> str | None:
        """'the death toll rose to 17', 'the number of people killed ... has risen to 40': the clause's subject."""
        if self.word(i - 1) not in _TOLL_BEFORE:
            return None
        put = self.phrase_before(i, ("put the number at", "put the figure at", "put the number of dead at"))
        if put is not None:
            return (
                KILLED
                if any(w in KILL_WORDS for w in self.words[:put]) or "dead" in self.words[put:i]
                else (INJURED if any(w in INJURE_WORDS for w in self.words[:put]) else None)
            )
        for k in range(i - 1, lo - 1, -1):
            word = self.words[k]
            if word in (".", ";") or word in _CONTRAST:
                return None
            if word == "toll":
                prev = self.word(k - 1)
                return INJURED if prev in ("injury", "injuries", "wounded") else KILLED
            if word == "number" and self.word(k + 1) == "of":
                for m in range(k + 2, min(i, k + 6)):
                    if self.words[m] in OUTCOME_CUES and self.words[m] not in ("victims",):
                        return OUTCOME_CUES[self.words[m]]
                    if self.words[m] in ("casualties",):
                        return None
                return KILLED if self.word(k + 2) == "victims" else None
        return None

    def nearest_cue(self, group: _Group, lo: int, hi: int) -> str | None:
        best: tuple[int, str] | None = None
        for k in range(lo, hi):
            outcome = OUTCOME_CUES.get(self.words[k])
            if outcome is None or group.first <= k <= group.last:
                continue
            distance = group.first - k if k < group.first else k - group.last
            if best is None or distance < best[0]:
                best = (distance, outcome)
        return best[1] if best else None


def _adverb(word: str) -> bool:
    return word.endswith("ly") and len(word) > 4 and word not in ("family", "reportedly")


_FALL = frozenset("up down revised lowered fell dropped corrected updated".split())
_TOLL_BEFORE = (
    frozenset(
        {"to", "at", "reached", "of", "hit", "is", "was", "stands", "stood", "now", "exceeds", "exceeded", "surpassed"}
    )
    | _RISE
    | _FALL
)
_STOP = frozenset(
    "and or in on at to were was have has had the a an by from with who which that are is be been being as "
    "for while but this these those it its their his her of".split()
)
_THING_NOUNS = frozenset(
    "shells shell rockets rocket missiles missile bombs bomb barrel barrels houses house homes buildings building "
    "facilities schools hospitals mosques markets vehicles cars trucks tents families family villages towns "
    "strikes airstrikes raids attacks munitions drones times locations sites kilometres km hours days".split()
)


def _qualify(reader: _Reader, i: int, value: int, after: int, kind: str) -> tuple[int, int | None, str, int, int]:
    """(low, high, qualifier, first token, index after) for the number at i with its qualifier and range."""
    low, high, qualifier, first = value, value, (VAGUE if kind == "vague" else EXACT), i
    # "rose from 12 to 17": an update, the latest number is the toll.
    if reader.word(i - 1) == "from" and reader.word(after) == "to" and reader.word(i - 2) in _RISE | _FALL:
        second = reader.number_at(after + 1)
        if second is not None:
            return second[0], second[0], EXACT, i - 1, second[1]
    # "between 12 and 15 people", "12 to 15 people", "12-15 people"
    if reader.word(after) in ("and", "to", "-", "–", "or"):
        second = reader.number_at(after + 1)
        between = reader.word(i - 1) == "between"
        if (
            second
            and second[2] != "vague"
            and (between or reader.word(after) != "and")
            and second[0] > value
            and not (reader.word(after) == "to" and reader.word(i - 1) == "from")
        ):
            high, after, qualifier = second[0], second[1], RANGE
            if between:
                first = i - 1
    if qualifier == VAGUE:
        high = None
        if reader.word(after) == "of":
            after += 1
    elif qualifier == EXACT:
        start = reader.phrase_before(i, AT_LEAST_PREFIXES)
        if start is not None:
            qualifier, high, first = AT_LEAST, None, start
        else:
            start = reader.phrase_before(i, APPROXIMATE_PREFIXES)
            if start is not None:
                qualifier, first = APPROXIMATELY, start
    return low, high, qualifier, first, after


def find_mentions(reader: _Reader) -> list[Mention]:
    """Every stated quantity of people in the sentence, in order."""
    mentions: list[Mention] = []
    words = reader.words
    i = 0
    while i < len(words):
        word = words[i]
        # "a man", "an elderly woman", "a 7-year-old boy", "his son": one person.
        if word in ("a", "an", "his", "her", "their", "another") and not reader.number_at(i):
            counted = _single_person(reader, i)
            if counted is not None:
                noun, last = counted
                group = PERSON_NOUNS.get(noun, TOTAL)
                count = 2 if noun == "couple" else 1
                mentions.append(Mention(count, count, EXACT, group, i, last, OUTCOME_NOUNS.get(noun)))
                i = last + 1
                continue
        # "another succumbed to his wounds", "another was killed": one more person
        if word == "another" and reader.verb_after(i + 1, len(words)) in (KILLED, INJURED):
            mentions.append(Mention(1, 1, EXACT, TOTAL, i, i))
            i += 1
            continue
        # "killed the driver", "the driver was killed": one person, when a casualty verb is attached
        if word == "the" and _singular(reader.word(i + 1)) == reader.word(i + 1) in PERSON_NOUNS:
            noun = reader.word(i + 1)
            if noun != "other" and (
                reader.verb_before(i) in (KILLED, INJURED) or reader.verb_after(i + 2, len(words)) in (KILLED, INJURED)
            ):
                mentions.append(Mention(1, 1, EXACT, PERSON_NOUNS[noun], i, i + 1))
                i += 2
                continue
        # "a family of five"
        if word == "family" and reader.word(i + 1) == "of":
            number = reader.number_at(i + 2)
            if number is not None:
                mentions.append(Mention(number[0], number[0], EXACT, TOTAL, i, number[1] - 1))
                i = number[1]
                continue
        number = reader.number_at(i)
        if number is None:
            i += 1
            continue
        value, after, kind = number
        low, high, qualifier, first, after = _qualify(reader, i, value, after, kind)
        if reader.population(first):
            i = after
            continue
        # "two of them children", "one of whom", "20 of the dead", "12 of the 20 killed"
        of = reader.phrase_at(after, ("of them", "of whom", "of those"))
        if of is None and reader.word(after) == "of" and reader.word(after + 1) == "the":
            noun_of = _person_noun(reader.word(after + 2))
            if noun_of is not None or reader.word(after + 2) == "victims":
                of = after + 3
        if of is not None:
            outcome = OUTCOME_NOUNS.get(_person_noun(words[of - 1]) or "") or (
                KILLED if words[of - 1] == "victims" else None
            )
            noun = reader.noun_after(of)
            group = PERSON_NOUNS.get(noun[0], OTHER_GROUP) if noun else OTHER_GROUP
            if noun is None and reader.word(of) in ("were", "was", "are"):
                noun2 = reader.noun_after(of + 1)
                group = PERSON_NOUNS.get(noun2[0], OTHER_GROUP) if noun2 else OTHER_GROUP
            last = noun[1] if noun else of - 1
            # "two of the wounded later died": a part of a toll already given, not another toll
            is_part = words[after + 1] in ("them", "whom", "those") or bool(mentions)
            if not is_part and group == OTHER_GROUP:
                group = TOTAL
            mentions.append(Mention(low, high, qualifier, group, first, last, outcome, part=is_part))
            i = last + 1
            continue
        noun = reader.noun_after(after)
        if noun is None and reader.word(after) in ("were", "was") and _person_noun(reader.word(after + 1)):
            noun = _person_noun(reader.word(after + 1)), after + 1  # "of those killed, 12 were children"
            if noun[0] in OUTCOME_NOUNS:
                noun = None
        if noun is not None:
            name, last = noun
            last = _skip_age(reader, last)
            group = PERSON_NOUNS.get(name, TOTAL)
            mentions.append(Mention(low, high, qualifier, group, first, last, OUTCOME_NOUNS.get(name)))
            i = last + 1
            continue
        # A bare number: a count of people only when an outcome verb or a toll is attached to it.
        outcome = reader.verb_after(after, len(words)) or reader.verb_before(first)
        if outcome is None:
            outcome = reader.toll_subject(first, 0)
        if outcome is None and _elliptical(reader, mentions, first, after):
            mentions.append(Mention(low, high, qualifier, TOTAL, first, after - 1, elliptic=True))
            i = after
            continue
        if outcome is not None and outcome != NOT_CASUALTY and reader.word(after) not in _THING_NOUNS:
            mentions.append(Mention(low, high, qualifier, TOTAL, first, after - 1, outcome))
        i = after
    return mentions


def _elliptical(reader: _Reader, mentions: list[Mention], first: int, after: int) -> bool:
    """'killed three people in Balyun and two in Iblin', '..., while the Observatory said seven': a bare
    number continuing the previous count."""
    if mentions and reader.word(first - 1) in _SOURCE_WORDS and reader.word(after) in (".", ",", ";", ""):
        return True
    if not mentions or reader.word(first - 1) not in ("and", ","):
        return False
    if reader.word(after) not in ("in", "at", "near", "on", "from", "others", "more", ".", ",", ";", "other"):
        return False
    gap = reader.words[mentions[-1].last + 1 : first]
    return 0 < len(gap) <= 8 and not any(w in (".", ";") or w in _CONTRAST for w in gap)


def _single_person(reader: _Reader, i: int) -> tuple[str, int] | None:
    """'a man', 'an elderly woman', 'a 7-year-old boy', 'his son', 'another child': (noun, last index)."""
    k = i + 1
    while k < len(reader) and k <= i + 6:
        word = reader.words[k]
        singular = _singular(word)
        if word in PERSON_NOUNS:
            if word == "other":
                return None
            return word, _skip_age(reader, k)
        if singular != word and singular in PERSON_NOUNS:
            return None  # a plural after "a": "a few people", "a number of children"
        if word == "couple" and reader.word(k + 1) != "of":
            return "couple", k
        if word in ("few", "number", "lot", "couple", "total", "handful", "third", "quarter", "half"):
            return None
        if word in ("people", "persons") or (word in _IRREGULAR_PLURALS and _IRREGULAR_PLURALS[word] != word):
            return None  # "an estimated 35 people": a plural is not one person
        if word in ("-", "–") or word in ("year", "old", "month"):
            k += 1
            continue
        if word[:1].isdigit() or word in NUMBER_WORDS:
            if reader.word(k + 1) not in ("-", "–"):
                return None  # only an age ("a 7-year-old") sits between the article and the noun
            k += 1
            continue
        if word[:1].isalpha() and word not in _STOP and word not in OUTCOME_CUES and word not in _THING_NOUNS:
            k += 1  # an adjective: "elderly", "pregnant", "young", "displaced"
            continue
        return None
    return None


def _skip_age(reader: _Reader, k: int) -> int:
    """'a girl of seven', 'a man, 45,': the age after a person noun belongs to the noun."""
    if reader.word(k + 1) == "of" and reader.word(k + 2) not in ("them", "whom", "the"):
        after = reader.number_at(k + 2)
        if after is not None and after[2] != "vague" and reader.word(after[1]) not in _THING_NOUNS:
            if _person_noun(reader.word(after[1])) is None:
                return after[1] - 1
    return k


def _breakdown_marked(reader: _Reader, lo: int, hi: int) -> bool:
    gap = " ".join(reader.words[lo:hi])
    return any(re.search(rf"\b{marker}\b", gap) for marker in _BREAKDOWN_MARKERS)


def _group(reader: _Reader, mentions: list[Mention]) -> list[_Group]:
    """Put each breakdown under the total it details, when it details one."""
    groups: list[_Group] = []
    for mention in mentions:
        if groups and _joins(reader, groups[-1], mention):
            current = groups[-1]
            if current.head is None and len(current.parts) == 1 and (mention.part or mention.marked):
                current.head = current.parts.pop()  # "nine members of one family, six of them children"
            current.parts.append(mention)
            continue
        if groups and _among_after(reader, groups[-1], mention):
            # "a pregnant woman was among three people killed": the earlier count is the breakdown
            previous = groups.pop()
            groups.append(_Group(head=mention, parts=previous.mentions))
            continue
        if mention.group == TOTAL or mention.outcome is not None:
            groups.append(_Group(head=mention))
        else:
            groups.append(_Group(head=None, parts=[mention]))
    return groups


def _joins(reader: _Reader, current: _Group, mention: Mention) -> bool:
    """Whether a mention details (or, without a total, adds to) the group before it."""
    if mention.part:
        return True
    previous = current.mentions[-1]
    gap = reader.words[previous.last + 1 : mention.first]
    if any(w in (".", ";") or w in _CONTRAST for w in gap):
        return False
    head = current.head
    # "Among the 18 people killed were six members of the family", "Of the 25 killed, 10 were children"
    if head is not None and reader.phrase_before(head.first, ("among the", "among", "of the", "of those")) is not None:
        if not current.parts and (gap[-1:] in (["were"], ["was"]) or gap == ["were", "also"]):
            return True
        if mention.outcome is None and "," in gap and all(w not in OUTCOME_CUES for w in gap[gap.index(",") :]):
            return True
    marked = _breakdown_marked(reader, current.mentions[0].last + 1, mention.first)
    if head is not None and mention.outcome is None and _marker_follows_cues(gap):
        return True  # "21 others injured, including seven children"
    if any(w in OUTCOME_CUES for w in gap) or mention.outcome is not None:
        return False
    if head is not None:
        if marked:
            return True
        if current.parts and mention.group != TOTAL and gap in ([","], ["and"], [",", "and"]):
            return True  # the rest of an apposition: "four civilians, three women and a girl"
        return mention.group != TOTAL and gap[:1] == [","]  # apposition: "five civilians, three women ..."
    if marked and len(current.parts) == 1 and _marker_follows_cues(gap):
        mention.marked = True  # "nine members of the family, including four children": the first is the total
        return True
    return mention.group != TOTAL and not marked  # "a man and his three daughters", "11 children and 4 women"


def _marker_follows_cues(gap: list[str]) -> bool:
    """A breakdown marker with no outcome word after it in the gap: the cue before it was the total's."""
    text = " ".join(gap)
    for marker in _BREAKDOWN_MARKERS:
        found = re.search(rf"\b{marker}\b", text)
        if found:
            rest = text[found.end() :].split()
            return not any(w in OUTCOME_CUES for w in rest)
    return False


def _among_after(reader: _Reader, current: _Group, mention: Mention) -> bool:
    gap = reader.words[current.last + 1 : mention.first]
    return current.head is None and gap[-2:] == ["among"] or gap in (["was", "among"], ["were", "among"])


def _assign_outcomes(reader: _Reader, groups: list[_Group]) -> None:
    """Each group takes the outcome of its own noun, then the verb after it, then the verb before it."""
    for n, group in enumerate(groups):
        lo = groups[n - 1].last + 1 if n else 0
        hi = groups[n + 1].first if n + 1 < len(groups) else len(reader)
        first = group.mentions[0]
        outcome = first.outcome
        if outcome is None and group.head is None:
            outcomes = {m.outcome for m in group.parts if m.outcome}
            outcome = outcomes.pop() if len(outcomes) == 1 else None
        if outcome is None and group.head is not None and group.parts:
            outcome = reader.verb_after(group.head.last + 1, group.parts[0].first)
        if outcome is None:
            outcome = reader.verb_after(group.last + 1, hi)
        if outcome is None:
            outcome = reader.verb_before(first.first)
        if outcome is None:
            outcome = reader.toll_subject(first.first, lo)
        if outcome is None and n and groups[n - 1].outcome:
            gap = reader.words[lo : first.first]
            if not any(w in (".", ";") or w in _CONTRAST or w in OUTCOME_CUES for w in gap):
                outcome = groups[n - 1].outcome  # "killed a shepherd and his two nephews"
        if outcome is None:
            before = _clause_start(reader, first.first, lo)
            after = _clause_end(reader, group.last + 1, hi)
            outcome = reader.nearest_cue(group, before, after)
        if outcome is None and first.elliptic and n:
            outcome = groups[n - 1].outcome
        group.outcome = outcome
    # "A journalist and his cameraman were killed": a count joined by "and" to the next takes its outcome.
    for n in range(len(groups) - 2, -1, -1):
        group, following = groups[n], groups[n + 1]
        gap = reader.words[group.last + 1 : following.first]
        if group.outcome is None and following.outcome and gap and gap[-1] in ("and", "or") and len(gap) <= 3:
            if not any(w in OUTCOME_CUES or w in _CONTRAST or w in (".", ";") for w in gap):
                group.outcome = following.outcome


def _clause_start(reader: _Reader, i: int, lo: int) -> int:
    for k in range(i - 1, lo - 1, -1):
        if reader.words[k] in (";", ".") or reader.words[k] in _CONTRAST:
            return k + 1
    return lo


def _clause_end(reader: _Reader, j: int, hi: int) -> int:
    for k in range(j, hi):
        if reader.words[k] in (";", ".") or reader.words[k] in _CONTRAST:
            return k
    return hi


def _sum_tolls(tolls: list[tuple[int, int | None, str]]) -> tuple[int, int | None, str]:
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


def _range_of(tolls: list[tuple[int, int | None, str]]) -> tuple[int, int | None, str]:
    low = min(t[0] for t in tolls)
    highs = [t[1] for t in tolls]
    high = None if any(h is None for h in highs) else max(h for h in highs if h is not None)
    if low == high:
        return low, high, tolls[0][2]
    return low, high, RANGE


def _relation(reader: _Reader, earlier: _Group, later: _Group) -> str:
    """How a later toll for the same outcome relates to an earlier one: range, first, latest or sum."""
    gap = reader.words[earlier.last + 1 : later.first]
    if any(w in _RISE for w in gap) and any(w in ("toll", "number") for w in gap):
        return "latest"  # "..., raising the toll to 10"
    contrast = [k for k, w in enumerate(gap) if w in _CONTRAST or w == ";"]
    after_later = reader.words[later.mentions[0].last + 1 : later.mentions[0].last + 2]
    later_words = reader.words[later.first : _clause_end(reader, later.last + 1, len(reader))]
    more = after_later in (["more"], ["others"], ["further"]) or reader.word(later.first - 1) in ("another", "further")
    actor_later = any(w in _ACTOR_WORDS for w in gap[contrast[-1] :] + later_words) if contrast else False
    if more and not actor_later and "by" not in gap:
        return "sum"  # "two people were killed; in Binnish, three more died"
    contrast = [k for k, w in enumerate(gap) if w in _CONTRAST or w == ";"]
    if not contrast and not ("," in gap and any(w in _SOURCE_WORDS for w in gap)):
        return "sum"
    start = earlier.last + 1 + (contrast[-1] if contrast else 0)
    end = _clause_end(reader, later.last + 1, len(reader))
    later_clause = reader.words[start:end]
    earlier_clause = reader.words[_clause_start(reader, earlier.first, 0) : earlier.last + 1]
    if any(w in _RISE for w in later_clause) and any(w in ("toll", "number") for w in later_clause):
        return "latest"
    sources_later = any(w in _SOURCE_WORDS for w in later_clause) or "others put" in " ".join(later_clause)
    sources_earlier = any(w in _SOURCE_WORDS for w in earlier_clause) or any(
        w in _SOURCE_WORDS for w in reader.words[: earlier.first]
    )
    if sources_later and (sources_earlier or not contrast):
        return "range"
    if any(w in _HARM_VERBS for w in later_clause) or "by" in later_clause:
        return "first"
    if sources_later:
        return "range"
    return "sum" if not contrast else "first"


def _combine(reader: _Reader, groups: list[_Group]) -> tuple[tuple[int, int | None, str], list[_Group]]:
    """The toll of one outcome from its groups, and the groups that count."""
    claims: list[list[_Group]] = [[groups[0]]]  # consecutive groups that add up
    ranged = False
    for earlier, later in zip(groups, groups[1:], strict=False):
        relation = _relation(reader, earlier, later)
        if relation == "sum":
            claims[-1].append(later)
        elif relation == "range":
            claims.append([later])
            ranged = True
        elif relation == "latest":
            claims = [[later]]
        # "first": a second perpetrator's toll is another claim; keep the first
    tolls = [_sum_tolls([g.toll() for g in claim]) for claim in claims]
    if ranged and len(tolls) > 1:
        return _range_of(tolls), [g for claim in claims for g in claim]
    return tolls[0], claims[0]


def _zero_tolls(sentence: str) -> dict[str, int]:
    zero: dict[str, int] = {}
    for match in _ZERO.finditer(sentence):
        noun = (match.group("n1") or match.group("n2") or "").lower()
        verb = (match.group("v1") or match.group("v2") or match.group("v3") or "").lower()
        if noun in ("one", "body", "people", "civilians") and not verb:
            continue
        if noun == "losses":
            zero.setdefault(KILLED, 0)
            zero.setdefault(INJURED, 0)
        elif verb in ("killed", "died") or noun in ("deaths", "dead", "fatalities") or noun.startswith("loss"):
            zero.setdefault(KILLED, 0)
        elif verb in ("injured", "hurt", "wounded") or noun == "injuries":
            zero.setdefault(INJURED, 0)
        else:  # "no casualties", "no one was harmed"
            zero.setdefault(KILLED, 0)
            zero.setdefault(INJURED, 0)
    return zero


def extract_figures(sentence: str) -> Figures | None:
    """The casualty figures a sentence states, or None when it states no count of people killed or injured."""
    reader = _Reader(sentence)
    mentions = find_mentions(reader)
    groups = _group(reader, mentions) if mentions else []
    _assign_outcomes(reader, groups)
    groups = [g for g in groups if g.outcome in (KILLED, INJURED)]
    zero = _zero_tolls(sentence)
    if not groups and not zero:
        return None

    figures = Figures()
    qualifiers: dict[str, str] = {}
    used: list[Mention] = []
    for outcome in (KILLED, INJURED):
        mine = [g for g in groups if g.outcome == outcome]
        if not mine:
            if outcome in zero:
                setattr(figures, f"{outcome}_min", 0)
                setattr(figures, f"{outcome}_max", 0)
            continue
        (low, high, qualifier), counted = _combine(reader, mine)
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
    figures.scope = AGGREGATE if _PERIOD.search(sentence) else INCIDENT
    figures.preliminary = bool(_PRELIMINARY.search(sentence))
    if used:
        start = min(reader.tokens[m.first].start for m in used)
        end = max(reader.tokens[m.last].end for m in used)
        figures.raw_text = sentence[start:end][:500]
    else:
        figures.raw_text = next(_ZERO.finditer(sentence)).group()[:500]
    return figures
