"""Mentions: each stated quantity of people in a sentence, and what it counts.

"15 civilians", "a man", "his three daughters", "five" right after "killed", "40" after "the toll
has risen to"; numbers that count something else (ages, calibres, clock times, dates, shells,
buildings, the population of a town or camp, people displaced or rescued) are left out. Used by
``annotations.text.figures``, which groups the mentions into tolls.
"""

from __future__ import annotations

from dataclasses import dataclass

from word2number import w2n

from annotations.text.casualty_words import (
    APPOSITION_OPEN,
    APPROXIMATE_PREFIXES,
    APPROXIMATELY,
    AT_LEAST,
    AT_LEAST_PREFIXES,
    AUX,
    CHILDREN,
    COMBINED,
    CONTRAST,
    EXACT,
    FALL,
    HEDGES,
    INJURE_WORDS,
    INJURED,
    IRREGULAR_PLURALS,
    KILL_WORDS,
    KILLED,
    LINKING,
    LOST_BODY_PART,
    LOST_LIFE,
    MONTHS,
    NOT_CASUALTY,
    NOT_CASUALTY_WORDS,
    NOUN_MODIFIERS,
    NUMBER_WORDS,
    NUMBERED,
    ORDINALS,
    OTHER_GROUP,
    OUTCOME_CUES,
    OUTCOME_NOUNS,
    PERSON_NOUNS,
    PLACE_NOUNS,
    POPULATION_BEFORE,
    RANGE,
    RISE,
    SCALES,
    SET_NOUNS,
    SOURCE_WORDS,
    SPEECH_VERBS,
    STOP,
    THING_NOUNS,
    TIME_WORDS,
    TOKEN,
    TOLL_BEFORE,
    TOTAL,
    VAGUE,
    VAGUE_WORDS,
)


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


def tokenize(text: str) -> list[Token]:
    return [Token(m.group(), m.start(), m.end()) for m in TOKEN.finditer(text)]


def _singular(word: str) -> str:
    if word in IRREGULAR_PLURALS:
        return IRREGULAR_PLURALS[word]
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
        self.words = _merge_combined_outcomes([t.lower for t in self.tokens])

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
        if word[0].isdecimal():
            if not self._plain_count(i):
                return None
            return int(float(word.replace(",", ""))), i + 1, "digits"
        if word in VAGUE_WORDS:
            j = i + 1
            if self.word(j) == "of" and self.word(j + 1) in VAGUE_WORDS:  # "tens of thousands"
                return VAGUE_WORDS[word] * VAGUE_WORDS[self.word(j + 1)], j + 2, "vague"
            return VAGUE_WORDS[word], j, "vague"
        if word == "half" and self.word(i + 1) == "a" and self.word(i + 2) == "dozen":
            return 6, i + 3, "words"  # "half a dozen"
        if word == "dozen" or (word == "a" and self.word(i + 1) == "dozen"):
            return 12, i + (1 if word == "dozen" else 2), "words"
        if word not in NUMBER_WORDS or word in ("and", "a"):
            return None
        prev = self.word(i - 1)
        if word == "one" and prev in ("no", "every", "any", "each", "this", "that", "the"):
            return None  # "no one was hurt" is a zero, read elsewhere
        if self._in_age_phrase(i) or self.phrase_before(i, ("the age of", "ages of")) is not None:
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
            elif nxt == "and" and words[-1] in SCALES and self.word(j + 1) in NUMBER_WORDS:
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

    def _in_age_phrase(self, i: int) -> bool:
        """The number at i is an age: "aged between 9 and 60", "aged from 2 to 70", "ages 5-12"."""
        k = i - 1
        for _ in range(10):
            word = self.word(k)
            if word in ("aged", "ages", "age"):
                return True
            listed = word == "," and (self.word(k + 1)[:1].isdecimal() or self.word(k + 1) in NUMBER_WORDS)
            if not (
                word in ("between", "from", "and", "to", "-", "–")
                or listed  # "aged 2, 5 and 9"
                or word[:1].isdecimal()
                or word in NUMBER_WORDS
            ):
                return False
            k -= 1
        return False

    def _plain_count(self, i: int) -> bool:
        """Digits at i are a count of something, not an age, calibre, time, date or year."""
        nxt, prev = self.word(i + 1), self.word(i - 1)
        if self._in_age_phrase(i):
            return False
        if self.glued(i, i + 1) and nxt[:1].isalpha():
            return False  # "300mm", "9M55k", "2nd"
        if nxt in (":", ".", "/") and self.glued(i, i + 1) and self.word(i + 2)[:1].isdecimal():
            return False  # "3:15", "1.5", "12/03"
        if nxt in ("-", "–") and self.word(i + 2) in ("year", "years", "month", "day", "old"):
            return False  # "7-year-old"
        if nxt in TIME_WORDS or (nxt in ("a", "p") and self.word(i + 2) == "."):
            return False
        if nxt in ("year", "years") or (nxt == "-" and self.word(i + 2) == "year"):
            return False
        if prev in ("aged", "age", "ages", "resolution", "resolutions", "no", "number", "route", "highway", "#"):
            return False
        if prev in MONTHS or nxt in MONTHS or (prev == "of" and self.word(i - 2) in MONTHS):
            return False
        if prev == "and" and self.word(i - 2)[:1].isdecimal() and self.word(i - 3) in ("resolution", "resolutions"):
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
            if word in NOUN_MODIFIERS and _adjective_of(self.word(k + 1)):
                continue  # "14 Russian soldiers", "three Israeli airstrikes": the noun is the next word
            if noun is not None:
                after = _person_noun(self.word(k + 1))
                if after in OUTCOME_NOUNS and after not in ("killed", "injured", "wounded"):
                    return after, k + 1  # "civilian deaths": the last noun says what happened
                if noun == "member" and self.word(k + 1) == "of":
                    return noun, k  # "seven members of the same family"
                return noun, k
            if not word[:1].isalpha() or word in STOP or word in NUMBER_WORDS or word in OUTCOME_CUES:
                return None
            if word in NOT_CASUALTY_WORDS or word in THING_NOUNS:
                return None
        return None

    def population(self, first: int) -> bool:
        """'home to 5,000 people', 'a town of 20,000 people', 'population of 30,000'."""
        if self.phrase_before(first, POPULATION_BEFORE) is not None:
            return True
        if self.word(first - 1).removesuffix("'s").removesuffix("’s") in PLACE_NOUNS:
            return True  # "the town's 8,000 residents"
        if self.word(first - 1) == "of" and self.word(first - 2) in PLACE_NOUNS:
            return True
        for k in range(first - 1, max(-1, first - 3), -1):
            if self.words[k] in ("some", "about", "around", "of", "nearly", "over"):
                continue
            return self.phrase_before(k + 1, POPULATION_BEFORE) is not None
        return False

    # --- outcomes --------------------------------------------------------------------------------

    def verb_after(self, j: int, stop: int) -> str | None:
        """The outcome of the verb right after a counted phrase ("13 people were killed", "a girl died")."""
        k = j
        # "20 people who are unaccounted for": a relative clause's verb still says what happened to them
        relative = self.word(k) in ("who", "that")
        k += relative
        linked = False  # "were", "are": what follows is a state or an activity of the people counted
        while k < stop:
            hedge = self.phrase_at(k, HEDGES) if linked else None
            if hedge is not None:
                k = hedge  # "are believed to be trapped", "were confirmed dead": the verb after the hedge tells
                continue
            if not (
                self.words[k] in AUX
                or self.words[k] in LINKING
                or self.words[k] in (",", ")")
                or (self.words[k] in APPOSITION_OPEN and not self.glued(k - 1, k))
                or _adverb(self.words[k])
            ):
                break
            linked = linked or self.words[k] in ("were", "was", "are", "is") or self.words[k] in LINKING
            k += 1
        if k >= stop:
            return None
        word = self.words[k]
        if word in ("there", "here") and self.word(k + 1) in SPEECH_VERBS:
            return NOT_CASUALTY  # "a doctor there said": a source
        if relative and word not in OUTCOME_CUES and self._speaks_later(k + 1, stop):
            return NOT_CASUALTY  # "a resident who helped dig out the victims said ...": a source
        if word in OUTCOME_CUES and word not in ("toll", "victims", "lives", "life"):
            if relative and OUTCOME_CUES[word] == INJURED and self._dies_later(k + 1, stop):
                return KILLED  # "a driver who was wounded in the ambush succumbed to his injuries"
            return OUTCOME_CUES[word]
        if word in ("lost", "losing"):
            return _lost(self.words[k + 1 : k + 5])
        if word in ("sustained", "suffered", "received") and self.word(k + 1) in (
            "injuries",
            "wounds",
            "injury",
            "burns",
        ):
            return INJURED
        if word == "succumbed" or (word == "wiped" and self.word(k + 1) == "out"):
            return KILLED
        if word == "in" and self.word(k + 1) in ("hospital", "hospitals", "critical", "serious", "a"):
            if self.word(k + 1) != "a" or self.word(k + 2) in ("critical", "serious"):
                return INJURED  # "with 130 people still in hospital", "are in a critical condition"
        if linked and not relative and word in ("without", "inside", "aboard", "in", "on", "at", "near"):
            return NOT_CASUALTY  # "8,000 residents have been without power": where they are, not what befell them
        if word in ("admitted", "rushed", "transferred", "taken"):
            # "70 were admitted with injuries", "were rushed to hospital"
            if any(
                w in ("injuries", "wounds", "injured", "wounded", "hospital", "hospitals")
                for w in self.words[k + 1 : k + 6]
            ):
                return INJURED
        if word in NOT_CASUALTY_WORDS:
            return NOT_CASUALTY
        if word in SPEECH_VERBS and self.word(k + 1) not in OUTCOME_CUES and not linked:
            return NOT_CASUALTY  # "their father said": who speaks is a source, not a casualty
        if linked and not relative and word.endswith("ing") and len(word) > 5:
            return NOT_CASUALTY  # "some 4,000 people were waiting": what they were doing, not what befell them
        return None

    def _speaks_later(self, j: int, stop: int) -> bool:
        """After a relative clause, the main verb is a speech verb: the person counted is a source."""
        for k in range(j, min(stop, j + 12)):
            if self.words[k] in (",", ".", ";") or self.words[k] in CONTRAST:
                return False
            if self.words[k] in SPEECH_VERBS:
                return True
        return False

    def _dies_later(self, j: int, stop: int) -> bool:
        """After a relative clause, the main verb says the people counted died ("who was hurt ... died")."""
        for k in range(j, min(stop, j + 12)):
            word = self.words[k]
            if word in (".", ";", "and") or word in CONTRAST:
                return False
            if word in ("died", "succumbed", "perished"):
                return True
        return False

    def verb_before(self, i: int) -> str | None:
        """'killing 15 civilians', 'wounded at least 31', 'claimed the lives of 12': the verb just before."""
        k = i - 1
        while k >= 0 and k >= i - 5:
            word = self.words[k]
            if word in OUTCOME_CUES and word not in ("toll", "victims"):
                return OUTCOME_CUES[word]
            if word in NOT_CASUALTY_WORDS:
                return NOT_CASUALTY
            if word == "remains" and self.word(k + 1) == "of":
                return KILLED  # "the remains of 40 people"
            if word == ":" and self.word(k - 1) in OUTCOME_CUES and k == i - 1:
                return OUTCOME_CUES[self.word(k - 1)]  # "killed: 4, injured: 9"
            if word in ("another", "the", "of", "a", "an", "their", "his", "her", "its") or word in AUX:
                k -= 1
                continue
            return None
        return None

    def toll_subject(self, i: int, lo: int) -> str | None:
        """'the death toll rose to 17', 'the number of people killed ... has risen to 40': the clause's subject."""
        if self.word(i - 1) in NUMBERED and self.word(i - 2) in OUTCOME_NOUNS:
            return OUTCOME_NOUNS[self.word(i - 2)]  # "the wounded numbered 45"
        if self.word(i - 1) not in TOLL_BEFORE and self.word(i) not in TOLL_BEFORE:
            return None  # the word before the number, or its qualifier ("the toll passes 300"), leads to it
        if self.word(i - 1) == "at" and self.word(i - 3) == "the" and self.word(i - 2) in OUTCOME_NOUNS:
            return OUTCOME_NOUNS[self.word(i - 2)]  # "put the dead at nine and the wounded at 31"
        put = self.phrase_before(i, ("put the number at", "put the figure at", "put the number of dead at"))
        if put is not None:
            return (
                KILLED
                if any(w in KILL_WORDS for w in self.words[:put]) or "dead" in self.words[put:i]
                else (INJURED if any(w in INJURE_WORDS for w in self.words[:put]) else None)
            )
        for k in range(i - 1, lo - 1, -1):
            word = self.words[k]
            if word in (".", ";") or word in CONTRAST:
                return None
            if word == "toll":
                prev = self.word(k - 1)
                return INJURED if prev in ("injury", "injuries", "wounded") else KILLED
            if word in ("total", "tally", "figure", "count") and self.word(k - 1) == "the" and k + 6 >= i:
                # "..., bringing the total to 42": the total of the toll stated before it
                before = self.words[:k]
                if any(w in KILL_WORDS for w in before):
                    return KILLED
                return INJURED if any(w in INJURE_WORDS for w in before) else None
            if word == "number" and self.word(k + 1) == "of":
                for m in range(k + 2, min(i, k + 6)):
                    if self.words[m] in OUTCOME_CUES and self.words[m] not in ("victims",):
                        return OUTCOME_CUES[self.words[m]]
                    if self.words[m] in ("casualties",):
                        return None
                return KILLED if self.word(k + 2) == "victims" else None
        return None

    def nearest_cue(self, first: int, last: int, lo: int, hi: int) -> str | None:
        """The outcome word nearest to the tokens first..last, between lo and hi."""
        best: tuple[int, str] | None = None
        for k in range(lo, hi):
            outcome = OUTCOME_CUES.get(self.words[k])
            if outcome is None or first <= k <= last:
                continue
            distance = first - k if k < first else k - last
            if best is None or distance < best[0]:
                best = (distance, outcome)
        return best[1] if best else None


def _merge_combined_outcomes(words: list[str]) -> list[str]:
    """'14 people were killed or injured', '50 dead or wounded': one count of both outcomes cannot be split into
    killed and injured, so neither word is read as an outcome (the claim keeps no figures)."""
    for k in range(len(words) - 2):
        if words[k + 1] not in ("or", "and/or"):
            continue
        pair = {OUTCOME_CUES.get(words[k]), OUTCOME_CUES.get(words[k + 2])}
        if pair == {KILLED, INJURED} or (OUTCOME_CUES.get(words[k]) == KILLED and words[k + 2] == "missing"):
            words[k] = words[k + 2] = COMBINED
    return words


def _lost(words: list[str]) -> str | None:
    """What "lost" says of the people who lost it: "their lives" a death, "both legs" or "an eye" an injury;
    "their homes" neither."""
    for word in words:
        if word in LOST_LIFE:
            return KILLED
        if word in LOST_BODY_PART:
            return INJURED
        if word not in ("his", "her", "their", "both", "an", "a", "one", "two", "of", "left", "right", "lower"):
            return None
    return None


def _adjective_of(word: str) -> bool:
    """Whether a word after a demonym is the noun it describes ("Russian soldiers", "Israeli airstrikes")."""
    return word[:1].isalpha() and word not in STOP and word not in AUX and word not in OUTCOME_CUES


def _adverb(word: str) -> bool:
    return word.endswith("ly") and len(word) > 4 and word not in ("family", "reportedly")


def _qualify(reader: _Reader, i: int, value: int, after: int, kind: str) -> tuple[int, int | None, str, int, int]:
    """(low, high, qualifier, first token, index after) for the number at i with its qualifier and range."""
    low, high, qualifier, first = value, value, (VAGUE if kind == "vague" else EXACT), i
    # "rose from 12 to 17": an update, the latest number is the toll.
    if reader.word(i - 1) == "from" and reader.word(after) == "to" and reader.word(i - 2) in RISE | FALL:
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
    if qualifier == EXACT and reader.word(after) == "+" and reader.glued(after - 1, after):
        return low, None, AT_LEAST, first, after + 1  # "20+ killed"
    if qualifier == EXACT and reader.phrase_at(after, ("or more", "or over", "or above")) is not None:
        return low, None, AT_LEAST, first, after + 2  # "thirty or more people"
    if qualifier == VAGUE:
        high = None
        if reader.word(after) == "of":
            after += 1
    elif qualifier == EXACT:
        # "more than a hundred": the qualifier stands before the article
        anchor = i - 1 if kind == "words" and reader.word(i - 1) in ("a", "an") and reader.word(i) in SCALES else i
        first = anchor
        start = reader.phrase_before(anchor, AT_LEAST_PREFIXES)
        if start is not None:
            qualifier, high, first = AT_LEAST, None, start
        else:
            start = reader.phrase_before(anchor, APPROXIMATE_PREFIXES)
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
                second = reader.word(last + 2)
                if word in ("his", "her", "their") and reader.word(last + 1) == "and" and second in PERSON_NOUNS:
                    if second != "other" and PERSON_NOUNS[second] != PERSON_NOUNS[noun]:
                        group = TOTAL
                    count, last = count + 1, last + 2  # "his wife and daughter": the possessive counts both
                mentions.append(Mention(count, count, EXACT, group, i, last, OUTCOME_NOUNS.get(noun)))
                i = last + 1
                continue
        # "a third was wounded", "a second died": one more person named by an ordinal
        if word in ("a", "another") and reader.word(i + 1) in ORDINALS:
            noun = reader.word(i + 2)  # "a third medic"
            last = i + 2 if noun in PERSON_NOUNS and noun != "other" else i + 1
            if reader.verb_after(last + 1, len(words)) in (KILLED, INJURED):
                mentions.append(Mention(1, 1, EXACT, PERSON_NOUNS.get(noun, TOTAL) if last > i + 1 else TOTAL, i, last))
                i = last + 1
                continue
        # "killed one person and wounded another": one more person, the object of the verb
        if word == "another" and reader.verb_before(i) in (KILLED, INJURED) and not reader.number_at(i + 1):
            if _person_noun(reader.word(i + 1)) is None:
                mentions.append(Mention(1, 1, EXACT, TOTAL, i, i, reader.verb_before(i)))
                i += 1
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
        # "twins", "twin girls": a set of people counted by its name
        if word in SET_NOUNS and (word != "twin" or _person_noun(reader.word(i + 1)) not in (None, reader.word(i + 1))):
            last = i + (word == "twin")
            group = PERSON_NOUNS.get(_person_noun(reader.word(last)) or "", CHILDREN) if last > i else CHILDREN
            mentions.append(Mention(SET_NOUNS[word], SET_NOUNS[word], EXACT, group, i, last))
            i = last + 1
            continue
        # "both brothers were killed", "...; both died": two people, named or just counted before
        if word == "both" and reader.word(i - 1) not in AUX and not reader.number_at(i + 1):
            both = _both(reader, mentions, i)
            if both is not None:
                mentions.append(both)
                i = both.last + 1
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
        if reader.word(first - 1) == "from" and reader.word(first - 3) == "to" and reader.number_at(first - 2):
            i = after  # "revised down to nine from twelve": the figure replaced is not a toll
            continue
        if (
            reader.word(first - 1) == "all"
            and mentions
            and mentions[-1].low == low
            and not _attached(reader, mentions[-1])
        ):
            mentions.pop()  # "a car carrying three men, killing all three": the same three people
        # "ten of the 24 passengers were killed": the first number is the count, the second the people
        # it was taken from; unless the second is itself a toll ("three of the 11 dead", "12 of the 20
        # people killed"), whose breakdown the first number is.
        reference = _reference_set(reader, after)
        if reference is not None:
            name, last = reference
            mentions.append(Mention(low, high, qualifier, PERSON_NOUNS.get(name, TOTAL), first, last))
            i = last + 1
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
            # "four of the attackers were also killed": people of another kind, a toll of their own
            of_a_toll = outcome is not None or words[of - 1] in ("casualties", "those")
            if outcome == INJURED and _verb_after_apposition(reader, last + 1) == KILLED:
                outcome = KILLED  # "one of the wounded, a boy of 15, died on the way": the wounded who died are dead
            is_part = words[after + 1] in ("them", "whom", "those") or (bool(mentions) and of_a_toll)
            verb = reader.verb_before(first)
            if mentions and words[after + 1] == "them" and verb in (KILLED, INJURED):
                # "a bus carrying 30 workers, killing 11 of them": the 30 are those the toll was taken from
                mentions.pop()
                is_part, outcome = False, verb
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
        listed = _listed_noun(reader, after)
        if listed is not None:  # "killed 4, 6 and 9 people": each number counts the noun at the end of the list
            mentions.append(Mention(low, high, qualifier, PERSON_NOUNS.get(listed, TOTAL), first, after - 1))
            i = after
            continue
        # A bare number: a count of people only when an outcome verb or a toll is attached to it.
        labelled = reader.verb_before(first) if reader.word(first - 1) == ":" else None  # "killed: 4, injured: 9"
        outcome = labelled or reader.verb_after(after, len(words)) or reader.verb_before(first)
        if outcome is None:
            outcome = reader.toll_subject(first, 0)
        if outcome is None and _elliptical(reader, mentions, first, after):
            mentions.append(Mention(low, high, qualifier, TOTAL, first, after - 1, elliptic=True))
            i = after
            continue
        if outcome is not None and outcome != NOT_CASUALTY and reader.word(after) not in THING_NOUNS:
            mentions.append(Mention(low, high, qualifier, TOTAL, first, after - 1, outcome))
        i = after
    return mentions


def _attached(reader: _Reader, mention: Mention) -> bool:
    """Whether a casualty verb is attached to a mention ("three men were killed", "killing three men")."""
    outcomes = (reader.verb_after(mention.last + 1, len(reader)), reader.verb_before(mention.first))
    return mention.outcome is not None or any(o in (KILLED, INJURED) for o in outcomes)


def _both(reader: _Reader, mentions: list[Mention], i: int) -> Mention | None:
    """'both brothers': two people; 'both died', 'killing both': the two people counted before, with the verb's
    outcome (the earlier count is dropped when no casualty verb of its own is attached to it)."""
    noun = _person_noun(reader.word(i + 1))
    if noun is not None and noun != reader.word(i + 1) and noun not in OUTCOME_NOUNS:
        return Mention(2, 2, EXACT, PERSON_NOUNS.get(noun, TOTAL), i, i + 1)
    after = i + 1 + (reader.phrase_at(i + 1, ("of them",)) is not None) * 2
    outcome = reader.verb_after(after, len(reader)) or reader.verb_before(i)
    if outcome not in (KILLED, INJURED):
        return None
    if mentions and mentions[-1].low == 2 and not _attached(reader, mentions[-1]):
        mentions.pop()
    return Mention(2, 2, EXACT, TOTAL, i, after - 1, outcome)


def _listed_noun(reader: _Reader, after: int) -> str | None:
    """The person noun at the end of a list of bare numbers ("4, 6 and 9 people"), or None."""
    j = after
    seen = False
    while reader.word(j) in (",", "and"):
        j += 1 + (reader.word(j) == "," and reader.word(j + 1) == "and")
        number = reader.number_at(j)
        if number is None or number[2] == "vague":
            return None
        j, seen = number[1], True
    noun = reader.noun_after(j) if seen else None
    return noun[0] if noun is not None and noun[0] not in OUTCOME_NOUNS else None


def _verb_after_apposition(reader: _Reader, j: int) -> str | None:
    """The outcome of the verb after a counted phrase, past an apposition between commas ("one, a boy, died")."""
    outcome = reader.verb_after(j, len(reader))
    if outcome is None and reader.word(j) == ",":
        for k in range(j + 1, min(j + 10, len(reader))):
            if reader.words[k] in (".", ";") or reader.words[k] in CONTRAST or reader.words[k] in OUTCOME_CUES:
                return None
            if reader.words[k] == ",":
                return reader.verb_after(k + 1, len(reader))
    return outcome


def _reference_set(reader: _Reader, after: int) -> tuple[str, int] | None:
    """(noun, its index) for 'of the 24 passengers' after a number, when those 24 are not a toll."""
    if reader.word(after) != "of" or reader.word(after + 1) not in ("the", "their"):
        return None
    number = reader.number_at(after + 2)
    if number is None or number[2] == "vague":
        return None
    noun = reader.noun_after(number[1])
    if noun is None or noun[0] in OUTCOME_NOUNS or noun[0] in ("victim", "casualty"):
        return None
    name, last = noun
    follower = reader.word(last + 1)
    relative = follower in ("who", "that") and reader.verb_after(last + 1, len(reader)) in (KILLED, INJURED)
    if follower in OUTCOME_CUES or relative:
        return None  # "12 of the 20 people killed", "two of the 15 people who were wounded"
    return name, last


def _elliptical(reader: _Reader, mentions: list[Mention], first: int, after: int) -> bool:
    """'killed three people in Balyun and two in Iblin', '..., while the Observatory said seven': a bare
    number continuing the previous count."""
    if mentions and reader.word(first - 1) in SOURCE_WORDS and reader.word(after) in (".", ",", ";", ""):
        return True
    if not mentions or reader.word(first - 1) not in ("and", ",", ":", "another", "further"):
        return False
    if reader.word(first - 1) == ":" and reader.glued(first - 1, first):
        return False  # a clock time, "3:20"
    if reader.word(after) not in ("in", "at", "near", "on", "from", "others", "more", ".", ",", ";", "other"):
        return False
    gap = reader.words[mentions[-1].last + 1 : first]
    return 0 < len(gap) <= 8 and not any(w in (".", ";") or w in CONTRAST for w in gap)


def _single_person(reader: _Reader, i: int) -> tuple[str, int] | None:
    """'a man', 'an elderly woman', 'a 7-year-old boy', 'his son', 'another child': (noun, last index)."""
    k = i + 1
    while k < len(reader) and k <= i + 6:
        word = reader.words[k]
        singular = _singular(word)
        if word in NOUN_MODIFIERS and _adjective_of(reader.word(k + 1)):
            k += 1  # "a Russian missile", "a Syrian doctor"
            continue
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
        if word in ("people", "persons") or (word in IRREGULAR_PLURALS and IRREGULAR_PLURALS[word] != word):
            return None  # "an estimated 35 people": a plural is not one person
        if word == "old" and reader.word(k - 1) in ("-", "–") and reader.word(k - 2) in ("year", "month"):
            if not _adjective_of(reader.word(k + 1)):
                return "person", k  # "shot dead a 16-year-old and wounded his friend": the age is the person
        if word in ("-", "–") or word in ("year", "old", "month"):
            k += 1
            continue
        if word[:1].isdecimal() or word in NUMBER_WORDS:
            if reader.word(k + 1) not in ("-", "–"):
                return None  # only an age ("a 7-year-old") sits between the article and the noun
            k += 1
            continue
        if word[:1].isalpha() and word not in STOP and word not in OUTCOME_CUES and word not in THING_NOUNS:
            k += 1  # an adjective: "elderly", "pregnant", "young", "displaced"
            continue
        return None
    return None


def _skip_age(reader: _Reader, k: int) -> int:
    """'a girl of seven', 'a boy, 10,': the age after a person noun belongs to the noun."""
    if reader.word(k + 1) == "," and reader.word(k + 2)[:1].isdecimal():
        age = reader.number_at(k + 2)
        if age is not None and age[0] <= 110 and reader.word(age[1]) in (",", ")") and _person_noun(reader.word(k)):
            if _singular(reader.word(k)) == reader.word(k):
                return age[1] - 1
    if reader.word(k + 1) == "of" and reader.word(k + 2) not in ("them", "whom", "the"):
        after = reader.number_at(k + 2)
        if after is not None and after[2] != "vague" and reader.word(after[1]) not in THING_NOUNS:
            if _person_noun(reader.word(after[1])) is None:
                return after[1] - 1
    return k
