"""Quantities: which numbers in a sentence count people, and how firmly.

Reads the tokens of a sentence: a number in digits or words ("1,500", "two hundred", "a dozen",
"tens of thousands") with its qualifier and range ("at least 20", "between 12 and 15", "20+"),
the person noun it counts ("15 other civilians", "27 civilian deaths"), and the numbers that count
no one: ages, calibres, clock times, dates, years, and the population of a town or camp. Whether
the people counted were killed or injured is decided in ``annotations.text.outcomes``.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from word2number import w2n

from annotations.text.casualty_words import (
    APPROXIMATE_PREFIXES,
    APPROXIMATELY,
    AT_LEAST,
    AT_LEAST_PREFIXES,
    AUX,
    EXACT,
    FALL,
    GROUP_NOUNS,
    HEDGED_SECOND_NUMBER,
    IRREGULAR_PLURALS,
    MONTHS,
    NOT_CASUALTY_WORDS,
    NOUN_MODIFIERS,
    NUMBER_WORDS,
    ORDINAL_VALUES,
    OUTCOME_CUES,
    OUTCOME_NOUNS,
    PERSON_NOUNS,
    PLACE_NOUNS,
    POPULATION_BEFORE,
    RANGE,
    RANGED,
    RISE,
    SCALES,
    STOP,
    THING_NOUNS,
    TIME_WORDS,
    TOKEN,
    UPPER_BOUND_AFTER_AT_LEAST,
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


_OWNERS = ("its", "their", "his", "her", "our")


# Abbreviations whose full stop ends no sentence: "Dr. Samir Khalil", "11 civilians, incl. 5 kids".
_ABBREVIATIONS = frozenset("dr mr mrs ms prof st gen col lt sgt capt incl approx".split())


def tokenize(text: str) -> list[Token]:
    tokens = [Token(m.group(), m.start(), m.end()) for m in TOKEN.finditer(text)]
    tokens = [Token("and", t.start, t.end) if t.text == "&" else t for t in tokens]  # "his wife & three sons"
    tokens = [
        token
        for n, token in enumerate(tokens)
        if not (token.text == "." and n and tokens[n - 1].lower in _ABBREVIATIONS and tokens[n - 1].end == token.start)
        and not _quoting_a_count(tokens, n)
    ]
    return _without_fillers(_in_laws_joined(_multipliers_read(_cargo_codes_read(_initialisms_joined(tokens)))))


def _cargo_codes_read(tokens: list[Token]) -> list[Token]:
    """Soldiers' slang for their dead and wounded, from the codes "Cargo 200" and "Cargo 300": "three two-hundreds
    and seven three-hundreds", "is a three-hundred" read as KIA and WIA (not "two-hundred people")."""
    out: list[Token] = []
    n = 0
    while n < len(tokens):
        run = tokens[n : n + 3]
        coded = len(run) == 3 and run[0].lower in ("two", "three") and run[1].text in ("-", "–")
        coded = coded and run[2].lower in ("hundreds", "hundred") and run[0].end == run[1].start == run[2].start - 1
        one = coded and run[2].lower == "hundred" and bool(out) and out[-1].lower == "a"  # "is a two-hundred"
        if coded and (run[2].lower == "hundreds" or one):
            out.append(Token("KIA" if run[0].lower == "two" else "WIA", run[0].start, run[2].end))
            n += 3
            continue
        out.append(tokens[n])
        n += 1
    return out


def _initialisms_joined(tokens: list[Token]) -> list[Token]:
    """ "U.S.", "U.N.", "U.K.": one word without its stops ("US"), so that it stays one adjective before a noun."""
    out: list[Token] = []
    n = 0
    while n < len(tokens):
        run = tokens[n : n + 4]
        letters = [t.text for t in run[0::2]]
        dotted = len(run) == 4 and all(len(x) == 1 and x.isupper() for x in letters) and run[1].text == "."
        if dotted and run[3].text == "." and all(a.end == b.start for a, b in zip(run, run[1:], strict=False)):
            out.append(Token("".join(letters), run[0].start, run[3].end))
            n += 4
            continue
        out.append(tokens[n])
        n += 1
    return out


def _multipliers_read(tokens: list[Token]) -> list[Token]:
    """The multiplier of military reports, read as a plain count: "2x US KIA" as "2 US KIA", "killing 5x INS" as
    "killing 5 INS", and a count after its noun, "IP x2", as "2 IP"."""
    out: list[Token] = []
    n = 0
    while n < len(tokens):
        token = tokens[n]
        following = tokens[n + 1] if n + 1 < len(tokens) else None
        times = token.lower == "x" and following is not None
        if times and out and out[-1].text.isdecimal() and out[-1].end == token.start and token.end != following.start:
            n += 1  # "2x": the "x" glued after the digits
            continue
        if times and following.text.isdecimal() and token.end == following.start:
            after = tokens[n + 2].text if n + 2 < len(tokens) else ""
            noun = out[-1] if out and out[-1].text.isalpha() and out[-1].text.isupper() else None
            if noun is not None and not after[:1].isalpha():  # "IP x2;", "LN x1.": the count of the noun before it
                out[-1:] = [following, noun]
            else:
                out.append(following)  # "fired x6 107mm rockets"
            n += 2
            continue
        out.append(token)
        n += 1
    return out


def _in_laws_joined(tokens: list[Token]) -> list[Token]:
    """ "sister-in-law", "brothers-in-law": one word, read as the relative it starts with (its text is "sister")."""
    out: list[Token] = []
    n = 0
    while n < len(tokens):
        tail = tokens[n + 1 : n + 5]
        joined = [t.lower for t in tail] == ["-", "in", "-", "law"]
        if joined and all(a.end == b.start for a, b in zip(tokens[n : n + 4], tail, strict=True)):
            out.append(Token(tokens[n].text, tokens[n].start, tail[-1].end))
            n += 5
            continue
        out.append(tokens[n])
        n += 1
    return out


# What a speaker says while thinking, read as if unsaid: "and, eh, another eight", "killed, I think, three".
_FILLERS = frozenset("eh uh um umm erm er uhm hmm".split())
_ASIDES = (("i", "think"), ("i", "believe"), ("i", "guess"), ("you", "know"), ("you", "see"))


def _without_fillers(tokens: list[Token]) -> list[Token]:
    """The tokens without a speaker's fillers ("eh", "um") and asides between commas (", I think,"); a filler set off
    by commas leaves one of them, none after "and"."""
    out: list[Token] = []
    n = 0
    while n < len(tokens):
        word = tokens[n].lower
        aside = n + 2 < len(tokens) and (word, tokens[n + 1].lower) in _ASIDES and tokens[n + 2].text == ","
        if aside and out and out[-1].text == ",":
            out.pop()  # ", I think," goes with both its commas
            n += 3
            continue
        if word in _FILLERS and not tokens[n].text.isupper():  # (not "the ER": the emergency room)
            if out and out[-1].text == "," and n + 1 < len(tokens) and tokens[n + 1].text == ",":
                n += 1  # "houses, um, eleven people": one comma stays
            if out and out[-1].text == "," and len(out) > 1 and out[-2].lower in ("and", "or", "but"):
                out.pop()  # "and, eh, another eight": no pause is left after "and"
            n += 1
            continue
        out.append(tokens[n])
        n += 1
    return out


QUOTES = frozenset("'‘’\"“”")
# Words that open a quoted count: "killed 'more than 20' soldiers", "'at least nine' killed".
_COUNT_OPENERS = frozenset("more at no some about around nearly almost over up as".split())


def _quoting_a_count(tokens: list[Token], n: int) -> bool:
    """A quotation mark around a count ("says it killed 'more than 20' soldiers") is left out of the reading."""
    if tokens[n].text not in QUOTES:
        return False
    after = tokens[n + 1] if n + 1 < len(tokens) and tokens[n + 1].start == tokens[n].end else None
    before = tokens[n - 1] if n and tokens[n - 1].end == tokens[n].start else None
    if after is not None and before is None:
        return after.text[0].isdecimal() or after.lower in NUMBER_WORDS or after.lower in _COUNT_OPENERS
    if before is not None and after is None:
        return before.text[0].isdecimal() or before.lower in NUMBER_WORDS
    return False


def digits_value(word: str) -> int:
    """The count written in digits: "1,500", "1 500" and, people being counted whole, "1.500" are 1500."""
    if re.fullmatch(r"\d{1,3}(?:\.\d{3})+", word):
        return int(word.replace(".", ""))
    return int(float(re.sub(r"[,\s]", "", word)))


def singular_of(word: str) -> str:
    if word in IRREGULAR_PLURALS:
        return IRREGULAR_PLURALS[word]
    if word.endswith("ies") and len(word) > 4:
        return word[:-3] + "y"
    if word.endswith("ves") and word[:-3] + "fe" in PERSON_NOUNS:
        return word[:-3] + "fe"  # "midwives"
    if word.endswith("men") and word[:-3] + "man" in PERSON_NOUNS:
        return word[:-3] + "man"
    if word.endswith("es") and word[:-1] not in PERSON_NOUNS and word[:-2] in PERSON_NOUNS:
        return word[:-2]  # "coaches", "actresses"
    if word.endswith("s") and not word.endswith("ss"):
        return word[:-1]
    return word


# Capitalised nouns that a number names rather than counts after ("Tower 22", "Checkpoint 300").
# Ranks that name one soldier: "a private of 17" is his age.
# Bodies a person noun may describe: "five member groups", "the 27 member states", "two rebel factions".
_BODIES_A_NOUN_DESCRIBES = frozenset("group state faction organisation organization country nation".split())
_RANK_NOUNS = frozenset("private corporal sergeant lieutenant captain major".split())
_NUMBERED_PLACES = frozenset(
    "tower gate block building sector zone base checkpoint platform ward flight brigade battalion division "
    "regiment terminal tunnel bridge exit camp road street kilometre km area district outpost post unit "
    "room classroom bed bus line apartment flat hall cell bay corridor".split()
)
# Person nouns that also end compounds written as one word ("schoolteacher", "steelworkers", "cabdriver").
_COMPOUND_HEADS = ("teacher", "worker", "driver", "fighter", "officer", "farmer", "trader", "vendor", "herder")


# Money: a sign before the digits or a currency after them ("$4,000", "5,000 euros", "200,000 naira").
_CURRENCY_SIGNS = frozenset("$ € £ ¥ ₹ ₦ ₴ ₽".split())
_CURRENCIES = frozenset(
    "dollar dollars usd euro euros eur pound pounds sterling gbp rupee rupees naira shilling shillings franc francs "
    "dinar dinars hryvnia hryvnias peso pesos rand yuan afghani afghanis riyal riyals lira liras birr cedi cedis "
    "kwacha taka rubles roubles ruble rouble lempira quetzal reais dirham dirhams".split()
)
# What a sum is paid per ("4,000 per death"): the sum is no count of people.
_PAID_PER = frozenset("death victim person family head casualty life killed dead injured wounded survivor".split())
# Units and services named by a number after them ("Squadron 361 lost five Marines").
_NAMED_BY_A_NUMBER = frozenset("squadron unit flight battalion brigade regiment division platoon force wing".split())


def person_noun(word: str) -> str | None:
    """The singular person (or outcome) noun a word is, or None."""
    singular = singular_of(word)
    if singular in PERSON_NOUNS or singular in OUTCOME_NOUNS:
        return singular
    return compound_person(singular)


def compound_person(singular: str) -> str | None:
    """The person noun ending a one-word compound ("schoolteacher" → "teacher"), or None."""
    if singular.isalpha() and len(singular) > 9:
        return next((head for head in _COMPOUND_HEADS if singular.endswith(head)), None)
    return None


def adjective_of(word: str) -> bool:
    """Whether a word after a demonym is the noun it describes ("Russian soldiers", "Israeli airstrikes")."""
    if word in VERBS_AFTER_SUBJECT:
        return False  # "a civilian lost his life": the person is the subject of the verb
    if word in _PREPOSITIONS_AFTER_A_PERSON or word in ("named", "called", "aged"):
        return False  # "killed a youth during clashes", "a youth named Shahnawaz": what follows the person, not a noun
    return word[:1].isalpha() and word not in STOP and word not in AUX and word not in OUTCOME_CUES


# What follows "police" counted as people rather than a force ("two police died", "12 police and three soldiers").
_AFTER_POLICE_COUNTED = frozenset("died killed wounded injured dead and , . were was".split())
_PREPOSITIONS_AFTER_A_PERSON = frozenset(
    "during after before near amid following inside outside while when whose who behind beside across among".split()
)


# Verbs that follow a person counted as their subject, never a noun a person word could describe.
VERBS_AFTER_SUBJECT = frozenset(
    "lost suffered sustained succumbed perished remain remains remained did said says told survived".split()
)


def _compound_tail(reader: QuantityReader, k: int) -> int:
    """The last token of a person noun written with hyphens: "passers-by", "brothers-in-law"."""
    while reader.word(k + 1) in ("-", "–") and reader.glued(k, k + 1) and reader.glued(k + 1, k + 2):
        if reader.word(k + 2) not in ("by", "in", "law"):
            break
        k += 2
    return k


_BEFORE_A_YEAR = frozenset("in since until till by during before after of from".split())
_HIGH_ESTIMATE = ("and a high estimate of", "and a higher estimate of", ", and a high estimate of")
# Hedges inside a range: "from about 460 to as many as 3,500".
_HEDGE_WORDS = frozenset("about around some roughly approximately nearly almost".split())
_UPPER_HEDGES = ("as many as", "as high as", "about", "around", "some", "roughly", "approximately", "nearly", "almost")
# What follows "one in five" when it is a share of a toll: "one in five was a child", "one in four of the dead".
_AFTER_A_PROPORTION = frozenset("of was were is are had have , .".split())


# Scale words after digits: "1.7 million" is 1,700,000.
_DIGIT_SCALES = {"thousand": 1_000, "million": 1_000_000, "billion": 1_000_000_000}


class QuantityReader:
    """The tokens of one sentence and what its numbers count."""

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
        found = self._number_at(i)
        if found is not None and self._proportion(i, found[1]):
            return None  # "one in five was a child": a share of a toll, not a count
        if found is not None and self.word(found[1]) == "or" and self.word(found[1] + 1) == "so":
            return found[0], found[1] + 2, found[2]  # "a dozen or so villagers", "20 or so people"
        return found

    def _proportion(self, i: int, after: int) -> bool:
        """The number at i (ending before ``after``) is one side of "one in five", "two in three", "1 in 4"."""
        if self.word(after) == "in" and self.word(after + 1) not in ("a", "the"):
            following = self._number_at(after + 1)
            shared = self.word(after + 2) in _AFTER_A_PROPORTION
            return following is not None and following[1] == after + 2 and shared
        if self.word(i - 1) == "in" and self.word(i - 2) in ("one", "two", "three", "1", "2", "3"):
            return self.word(i + 1) in _AFTER_A_PROPORTION and self._number_at(i - 2) is not None
        return False

    def _number_at(self, i: int) -> tuple[int, int, str] | None:
        word = self.word(i)
        if not word:
            return None
        scale = _DIGIT_SCALES.get(self.word(i + 1))
        if scale and re.fullmatch(r"\d+(?:\.\d+)?", word) and not self.glued(i - 1, i):
            return round(float(word) * scale), i + 2, "digits"  # "1.7 million", "20 thousand"
        shared = _DIGIT_SCALES.get(self.word(i + 3)) if self.word(i + 1) in ("and", "to", "-", "–") else None
        if shared and re.fullmatch(r"\d+\.\d+", word) and self.word(i + 2).isdecimal():
            return round(float(word) * shared), i + 1, "digits"  # "between 1.5 and 2 million": the scale of both
        if word[0].isdecimal():
            if not self._plain_count(i):
                return None
            return digits_value(word), i + 1, "digits"
        numbered_in = self.word(i - 1) in ("in", "into", "to") and self.word(i + 2) not in ("of", "who", "that")
        if word == "the" and self.word(i + 1) in ("hundreds", "thousands") and numbered_in:
            return VAGUE_WORDS[self.word(i + 1)], i + 2, "vague"  # "the number killed ran to the hundreds"
        if word in VAGUE_WORDS:
            j = i + 1
            if self.word(j) in ('"', "”", "’", "'") and self.glued(i, j) and self.word(j + 1) == "of":
                j += 1  # '"Dozens" of bodies': a word quoted
            if self.word(j) == "of" and self.word(j + 1) in VAGUE_WORDS:  # "tens of thousands"
                return VAGUE_WORDS[word] * VAGUE_WORDS[self.word(j + 1)], j + 2, "vague"
            return VAGUE_WORDS[word], j, "vague"
        if word == "a" and self.word(i + 1) == "score" and self.word(i + 2) == "of":
            owner = self.word(i + 3) in ("their", "his", "her", "its", "our")
            return 20, i + 3 + owner, "words"  # "a score of miners", "a score of their members"
        if word == "half" and self.word(i + 1) == "a" and self.word(i + 2) == "dozen":
            return 6, i + 3, "words"  # "half a dozen"
        if word == "half" and self.word(i + 1) == "a" and self.word(i + 2) in ("million", "thousand"):
            return 500 * (1000 if self.word(i + 2) == "million" else 1), i + 3, "words"  # "half a million"
        if word == "several" and self.word(i + 1) == "dozen":
            return 12, i + 2 + (self.word(i + 2) == "of" and self.word(i + 3) not in ("them", "whom")), "vague"
        if word == "dozen" or (word == "a" and self.word(i + 1) == "dozen"):
            j = i + (1 if word == "dozen" else 2)
            parted = ("the", "them", "us", "those", "these", "whom", *_OWNERS)  # "a dozen of whom later died"
            if self.word(j) == "of" and self.word(j + 1) not in parted:
                j += 1  # "a dozen of workers" (translated); "a dozen of the wounded" stays a part
            return 12, j, "words"
        if word not in NUMBER_WORDS or word in ("and", "a"):
            return None
        prev = self.word(i - 1)
        if word == "one" and self.word(i + 1) == "another":
            return None  # "forced prisoners to kill one another": each other, no one person
        if word == "one" and prev in ("no", "every", "any", "each", "this", "that", "the"):
            part = self.word(i + 1) == "of" and self.word(i + 2) in ("its", "their", "his", "her", "the", "our", "them")
            if not (prev == "that" and (self.word(i + 1) in PERSON_NOUNS or self.word(i + 1) in QUOTES or part)):
                return None  # "no one was hurt" is a zero, read elsewhere (but "said that one civilian was killed",
                # "that one 'suspected insurgent' was killed", "adding that one of its own officers was wounded")
        if self._in_age_phrase(i) or self.phrase_before(i, ("the age of", "ages of")) is not None:
            return None
        if prev in ("under", "over") and self.word(i - 2) in ("children", "kids", "boys", "girls"):
            return None  # "six of them children under ten": an age
        if prev == "and" and self.word(i - 3) in ("aged", "ages"):
            return None  # "aged 45 and sixty"
        if prev == "," and self.word(i + 1) == "," and self._name_ends_at(i - 2) and word not in ("one", "a"):
            return None  # "the son, Adam, nine, were both killed": an age after a name
        if self.word(i + 1) in ("months", "weeks", "days", "hours", "years", "minutes") and self.word(i + 2) in _LATER:
            return None  # "one of whom died four months later": a time, not a count
        words, j = [word], i + 1
        while j < len(self.words):
            nxt = self.words[j]
            if self.word(j + 1) in ("-", "–") and self.glued(j, j + 1) and self.word(j + 2) in ("year", "month"):
                break  # "three nine-year-old pupils": the second number is an age
            if nxt in NUMBER_WORDS and nxt != "and":
                words.append(nxt)
                j += 1
            elif nxt in ("-", "–") and self.word(j + 1) in NUMBER_WORDS and self.glued(j - 1, j):
                j += 1
            elif nxt == "and" and words[-1] in SCALES and self.word(j + 1) in NUMBER_WORDS:
                if self._another_number_of_scale(j + 1, words[-1]):
                    break  # "between two hundred and three hundred": two numbers, not 203
                j += 1
            else:
                break
        if self.word(j) in ("-", "–") and self.glued(j - 1, j) and self.word(j + 1) in ("year", "years", "month"):
            return None  # "a seven-year-old"
        if self.word(j) in ("-", "–") and self.glued(j - 1, j) and self.word(j + 1) in ("man", "member", "strong"):
            j += 2  # "the seven-man mortar crew", "a five-member family": the count, then the group it makes
        if self.phrase_at(j, ("and a half",)) is not None:
            return None  # "four and a half months": a duration or an amount, not a count of people
        if words[0] in SCALES:
            words.insert(0, "one")  # "a hundred and twenty": word2number reads "hundred twenty" as 2,000
        if self.word(j) == "dozen":
            return w2n.word_to_num(" ".join(words)) * 12, j + 1, "words"
        try:
            return w2n.word_to_num(" ".join(words)), j, "words"
        except ValueError:
            return None

    def _another_number_of_scale(self, k: int, scale: str) -> bool:
        """The number words from k reach ``scale`` or a larger one ("three hundred" after "two hundred and"), so
        they are a second number rather than the rest of the first."""
        order = ("hundred", "thousand", "million", "billion")
        while self.word(k) in NUMBER_WORDS and self.word(k) != "and":
            if self.word(k) in SCALES and order.index(self.word(k)) >= order.index(scale):
                return True
            k += 1
        return False

    def _in_age_phrase(self, i: int) -> bool:
        """The number at i is an age: "aged between 9 and 60", "aged from 2 to 70", "ages 5-12", "the youngest
        of them six", "the eldest was 15"."""
        if self._told_as_an_age(i):
            return True
        k = i - 1 - (self.word(i - 1) in ("just", "only", "barely"))
        k -= 2 if self.word(k) == "them" and self.word(k - 1) == "of" else 1 if self.word(k) in ("was", "is") else 0
        if self.word(k) in ("youngest", "eldest", "oldest") and self.word(k - 1) == "the":
            return True
        if self.word(i - 1) == "," and person_noun(self.word(i + 1)) not in (None, "other"):
            return False  # "four children aged between 3 and 9, two women and a man": the list of people goes on
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

    def _told_as_an_age(self, i: int) -> bool:
        """'Ethan Crumbley, then 15,', 'no older than eight', 'as young as six', 'some of them only 13', 'a private
        of 17,': the number at i (its last word) is a person's age."""
        start = i
        while self.word(start - 1) in NUMBER_WORDS and self.word(start - 1) != "and":
            start -= 1  # the first word of "twenty one"
        prev, nxt = self.word(start - 1), self.word(i + 1)
        closes = nxt in (",", ")", ";", ".", "")
        if prev == "then" and self.word(start - 2) == "," and closes:
            return True
        if prev == "than" and self.word(start - 2) in ("older", "younger"):
            return True
        if prev == "as" and self.word(start - 2) in ("young", "old") and self.word(start - 3) == "as":
            return True
        if prev == "only" and self.words[start - 3 : start - 1] == ["of", "them"] and closes:
            return True
        noun = self.word(start - 2)
        one = singular_of(noun) == noun and (noun in PERSON_NOUNS or noun in _RANK_NOUNS)
        return prev == "of" and one and self.word(start - 3) in ("a", "an") and closes and noun not in GROUP_NOUNS

    def _name_ends_at(self, k: int) -> bool:
        """Token k is the last word of a name: capitalised, and not the sentence's first word."""
        if not 0 < k < len(self.tokens):
            return False
        text = self.tokens[k].text
        return text[:1].isupper() and text[1:].islower() and text.isalpha()

    def _plain_count(self, i: int) -> bool:
        """Digits at i are a count of something, not an age, calibre, time, date or year."""
        nxt, prev = self.word(i + 1), self.word(i - 1)
        if self._in_age_phrase(i):
            return False
        if self.glued(i, i + 1) and nxt[:1].isalpha():
            return False  # "300mm", "9M55k", "2nd"
        if self.glued(i - 1, i) and (prev[-1:].isalpha() or prev in ("-", "–") and self.glued(i - 2, i - 1)):
            coded = self.glued(i - 3, i - 2) and self.word(i - 3)[-1:].isalpha()  # "TF1-064": TF, 1, -, 064
            if prev[-1:].isalpha() or self.word(i - 2)[-1:].isalpha() or coded:
                return False  # "M23 rebels", "Su-24 jets", witness "TF1-064": a name with a number in it
        if nxt in (":", ".", "/") and self.glued(i, i + 1) and self.word(i + 2)[:1].isdecimal():
            return False  # "3:15", "1.5", "12/03"
        if prev in (":", "/") and self.glued(i - 1, i) and self.word(i - 2)[:1].isdecimal():
            return False  # the minutes of "07:15", the month of "12/03"
        if nxt in ("-", "–") and self.word(i + 2) in ("year", "years", "month", "day", "old"):
            return False  # "7-year-old"
        per_cent = nxt != "per" or self.word(i + 2) == "cent"  # "12 per cent", but "21 per local rescuers"
        if (nxt in TIME_WORDS and per_cent) or (nxt in ("a", "p") and self.word(i + 2) == "."):
            return False
        if nxt in ("year", "years") or (nxt == "-" and self.word(i + 2) == "year"):
            return False
        day = self.word(i - 2)
        if prev == "," and self.word(i - 3) in MONTHS and day.isdecimal() and 1 <= int(day) <= 31:
            if self.word(i).isdecimal() and 1900 <= int(self.word(i)) <= 2100:
                return False  # "on December 30, 2023": the year of a date (not "14 February 2024, 28 civilians")
        if prev in ("no", "number") and self.tokens[i - 1].text[:1].isupper() or prev == "#":
            return False  # "Hospital No. 9", "Bunker Number 4", "#3": a number that names something
        if prev in _CURRENCY_SIGNS or nxt in _CURRENCIES or (nxt == "per" and self.word(i + 2) in _PAID_PER):
            return False  # "$4,000", "4,000 euros", "4,000 per death": money or a rate, not people
        if prev in _NAMED_BY_A_NUMBER and self.tokens[i - 1].text[:1].isupper():
            return False  # "Marine Heavy Helicopter Squadron 361", "Unit 8200", "Flight 752": a number in a name
        if prev == "." and self.word(i - 2) == "no" and self.tokens[i - 2].text == "No":
            return False
        if prev == "update" or (prev in ("-", "–") and self.word(i - 2) == "update"):
            return False  # "UPDATE 2-Death toll ...": a wire story's version
        if prev == "," and nxt == "," and singular_of(self.word(i - 2)) == self.word(i - 2) in PERSON_NOUNS:
            return False  # "Woman, 67, killed": an age after a person
        if self.phrase_before(i, ("the age of", "age of", "ages of")) is not None:
            return False  # "three children under the age of 10"
        if prev in ("under", "over") and self.word(i - 2) in ("were", "was", "are", "is", "aged", "all", "being"):
            return False  # "nine civilians, five of whom were under 18": an age limit
        toll_numbers = prev == "number" and self.word(i - 2) in ("dead", "wounded", "injured", "now", "already")
        if prev in ("aged", "age", "ages", "resolution", "resolutions", "no", "number", "route", "highway", "#"):
            return toll_numbers  # "Resolution 2401", "number 5"; but "the dead now number 212"
        if prev in _NUMBERED_PLACES and self.tokens[i - 1].text[:1].isupper():
            return False  # "the drone attack on Tower 22", "Gate 4", "Brigade 55": a name, not a count
        placed = self.word(i - 2) in ("in", "at", "near", "from", "behind", "inside", "outside", "opposite")
        if prev in _NUMBERED_PLACES and placed and nxt in ("", ",", ".", ";", ")", "and", "at", "in", "of", "on"):
            return False  # "under the rubble in block 4, all dead": a place named by its number, written lowercase
        modal = nxt == "may" and self.tokens[i + 1].text == "may"  # "as many as 900 may have died": no month
        if prev in MONTHS or (nxt in MONTHS and not modal) or (prev == "of" and self.word(i - 2) in MONTHS):
            return False
        this, other = self.word(i), self.word(i + 2)
        day = this.isdecimal() and int(this) <= 31 and other.isdecimal() and int(other) <= 31
        if day and nxt in ("to", "-", "–", "and") and self.word(i + 3) in MONTHS:
            return False  # "the night of 28 to 29 August": the first day of two
        if prev == "and" and self.word(i - 2)[:1].isdecimal() and self.word(i - 3) in ("resolution", "resolutions"):
            return False
        if prev == "and" and self.word(i - 3) in ("aged", "ages"):
            return False  # "aged 45 and 60"
        if prev == "(" and nxt == ")":
            return False  # "Ahmad (12)": an age after a name
        if prev == "," and nxt == "," and self.word(i - 2) in ("'", "’", '"', "”") and self._name_ends_at(i - 3):
            return False  # "Oleksandr 'Sova', 41, was killed": an age after a name and a nickname
        if prev == "," and nxt in (",", ".", ";", "") and self._name_ends_at(i - 2):
            return False  # "Mariam, 9, and her brother", "... and her mother Fatima, 71.": an age after a name
        if prev == "both" and self.word(i - 2) == "," and nxt in (",", ")", "-", "–"):
            return False  # "the twin brothers, both 19, were killed": their age
        value = float(re.sub(r"[,\s]", "", self.words[i]))
        dated = 1000 <= value <= 2100 and self.words[i].isdecimal() and prev == "of" and self.word(i - 2) in _DATED
        if dated and singular_of(nxt) not in PERSON_NOUNS:
            return False  # "the St Bartholomew's Day massacre of 1572", "the exhumation of 1943": its year
        year = 1900 <= value <= 2100 and "," not in self.words[i]
        if year and self.words[i].isdecimal() and prev in _BEFORE_A_YEAR and self.word(i - 2) in ("", ".", ";", ":"):
            return False  # "In 2006 men from the Mahdi Army came for my husband": a clause opened by its year
        verb_with_object = nxt in ("wounded", "injured", "killed") and self._number_at(i + 2) is not None
        if year and self.words[i].isdecimal() and prev in _BEFORE_A_YEAR and verb_with_object:
            return False  # "a gunman near the Empire State Building in 2012 wounded nine bystanders": the year
        if year and self.words[i].isdecimal() and prev in _BEFORE_A_YEAR and nxt not in ("dead", "wounded", "injured"):
            # "the war in 2006 killed some 1,200 people": after "in", only a person noun makes it a count
            return singular_of(nxt) in PERSON_NOUNS or compound_person(singular_of(nxt)) is not None
        if year and nxt in ("killed", "wounded", "injured") and self._name_ends_at(i - 1):
            return False  # "on Bastille Day 2016 killed 86 people": the year of a named day
        toll = self.word(i + 2) in ("toll", "tolls", "count", "figures")
        if year and nxt in ("death", "casualty", "injury") and toll:
            return False  # "put the 2023 death toll at 94": the year of the toll
        if "." in self.words[i] or year:
            return person_noun(nxt) is not None  # a year, unless people follow ("2000 people")
        return True

    # --- nouns -----------------------------------------------------------------------------------

    def noun_after(self, j: int) -> tuple[str, int] | None:
        """The person noun a quantity counts ("15 other civilians", "27 civilian deaths"), within four words."""
        named_owner = self.word(j + 1).endswith(("'s", "’s"))
        named_owner = named_owner and self.tokens[min(j + 1, len(self) - 1)].text[:1].isupper()
        if self.word(j) == "of" and (self.word(j + 1) in ("his", "her", "their", "its", "our", "my") or named_owner):
            j += 2  # "two of his colleagues", "30 of our people", "Five of Pinochet's bodyguards"
            if self.word(j) in ("family", "household", "clan"):
                return "member", j  # "Nine of my family murdered in their beds"
        j = self._after_an_age(j)  # "three nine-year-old pupils": the age describes the noun after it
        end = j + 4
        k = j - 1
        while k + 1 < min(end, len(self.words)):
            k += 1
            word = self.words[k]
            if k > j and self.tokens[k].text[:1].isupper() and word.isalpha() and end < j + 6:
                end += 1  # "three Palestine Red Crescent Society paramedics": a name before the noun
            if word in QUOTES and end < j + 7:
                end += 1  # "one 'suspected insurgent' was killed": the words quoted
                continue
            first_noun = k == j or (k == j + 1 and self.words[j] in ("more", "other", "further", "additional"))
            graders = self.word(k + 1) == "-" and self.word(k + 2) in ("graders", "grader", "formers", "former")
            if word in ORDINAL_VALUES and graders and self.glued(k, k + 1) and self.glued(k + 1, k + 2):
                return "pupil", k + 2  # "Twenty first-graders", "seven eighth-graders": pupils of a year
            if first_noun and word == "sets" and self.word(k + 1) == "of" and "remains" in self.words[k + 2 : k + 4]:
                # "recovered nine more sets of remains", "154 sets of skeletal remains": the remains of so many people
                return "body", self.words.index("remains", k + 2)
            if first_noun and word in ("names", "name") and self.word(k + 1) == "of":
                k += 1  # "lists 300+ names of residents killed": the people named
                end += 2
                continue
            if word == "blue" and self.word(k + 1) in ("helmet", "helmets"):
                return "peacekeeper", k + 1  # "one Bangladeshi blue helmet died": a UN peacekeeper
            if word == "police" and (self.word(k + 1) in AUX or self.word(k + 1) in _AFTER_POLICE_COUNTED):
                return "policeman", k  # "Two police were killed", "four US military police died": police officers
            if word in ("taken", "held") and self.word(k + 1) in ("hostage", "hostages", "captive", "prisoner"):
                return None  # "some 250 taken hostage": a count of hostages, not of casualties
            if word in ("-", "–", "/") and self.glued(k - 1, k) and self.glued(k, k + 1):
                end += 1  # "truck-drivers", "civil-society activists", "PKK/YPG terrorists": one compound
                continue
            noun = person_noun(word)
            if noun == "other" and person_noun(self.word(k + 1)) not in (None, "other"):
                continue  # "five other people": the noun is the next word
            if noun == "other" and (self.word(k + 1) in PLACE_NOUNS or self.word(k + 1) in THING_NOUNS):
                return None  # "travellers from seven other countries", "three other buildings"
            if word in NOUN_MODIFIERS and adjective_of(self.word(k + 1)):
                continue  # "14 Russian soldiers", "three Israeli airstrikes": the noun is the next word
            if noun is not None:
                if singular_of(self.word(k + 1)) in _BODIES_A_NOUN_DESCRIBES:
                    return None  # "one of the FMLN's five member groups", "27 member states": bodies, not people
                after = person_noun(self.word(k + 1))
                if after in OUTCOME_NOUNS and after not in ("killed", "injured", "wounded"):
                    return after, k + 1  # "civilian deaths": the last noun says what happened
                if noun == "member" and self.word(k + 1) == "of":
                    return noun, self.group_named(k + 1)  # "seven members of the same family"
                if noun in OUTCOME_NOUNS and after is not None and after != "other":
                    return noun, k + 1  # "seven wounded people": the outcome is the adjective's
                if after in ("killed", "injured", "wounded", "dead"):
                    return noun, k  # "three of their neighbours injured": the participle is what befell them
                if after is not None and after != "other":
                    return after, k + 1  # "staff members", "police officers": the last noun is the person
                return noun, _compound_tail(self, k)
            other_noun = word in NOT_CASUALTY_WORDS or word in THING_NOUNS or word in PLACE_NOUNS
            if other_noun and self._noun_follows(k):
                continue  # "displaced people", "rescue workers", "market vendors", "village elders"
            if word == "and" and k > j and self.tokens[k - 1].text[:1].isupper() and self.tokens[k + 1 : k + 2]:
                if self.tokens[k + 1].text[:1].isupper():
                    end += 1  # "hundreds of YPG and YPJ fighters": two names before one noun
                    continue
            two_kinds = self.word(k - 1).isalpha() and self.word(k - 1) not in STOP and self.word(k + 1).isalpha()
            if word == "and" and k > j and two_kinds and person_noun(self.word(k + 2)) is not None:
                end += 1  # "17 farm and forestry workers": two words describing one noun
                continue
            if not word[:1].isalpha() or word in STOP or word in NUMBER_WORDS or word in OUTCOME_CUES:
                return None
            if other_noun:
                return None  # "the 17 Tammuz neighbourhood": a name with a number in it, not a count
        return None

    def _after_an_age(self, k: int) -> int:
        """The token after an age written as one hyphenated adjective at k ("9-year-old", "nine-year-old"), or k."""
        number = self.word(k)
        if not (number.isdigit() or number in NUMBER_WORDS) or self.words[k + 1 : k + 5] not in (
            ["-", "year", "-", "old"],
            ["-", "month", "-", "old"],
        ):
            return k
        return k + 5 if all(self.glued(m, m + 1) for m in range(k, k + 4)) else k

    def _noun_follows(self, k: int) -> bool:
        """A person noun (not an outcome noun) one or two words after k, a hyphen aside: the word at k describes it."""
        for m in (k + 1, k + 2, k + 3):
            word = self.word(m)
            if word in ("-", "–") and self.glued(m - 1, m):
                continue
            noun = person_noun(word)
            if noun is not None:
                return noun != "other" and noun not in OUTCOME_NOUNS
            if m > k + 1 or not word.isalpha() or word in STOP or word in OUTCOME_CUES:
                return False
        return False

    def group_named(self, k: int) -> int:
        """After "members" at k - 1, the last token of "of the same family", "of one household" (or k - 1)."""
        for m in range(k + 1, min(k + 6, len(self.words))):
            word = self.words[m]
            if word in GROUP_NOUNS:
                return m
            if not word[:1].isalpha() or word in OUTCOME_CUES or person_noun(word) is not None:
                break
        return k - 1

    def population(self, first: int) -> bool:
        """'home to 5,000 people', 'a town of 20,000 people', 'population of 30,000'."""
        start = self.phrase_before(first, POPULATION_BEFORE)
        if start is not None:
            # (not "the toll from the strike on the family home to 14": a house, then what the toll came to)
            return not (self.word(start) == "home" and self.word(start - 1) in _BEFORE_A_HOUSE)
        owner = self.word(first - 1)
        if owner.endswith(("'s", "’s")) and owner[:-2] in PLACE_NOUNS:
            return True  # "the town's 8,000 residents" (not "in the camp at least 40 died")
        if self.word(first - 1) == "of" and self.word(first - 2) in PLACE_NOUNS:
            return True
        for k in range(first - 1, max(-1, first - 3), -1):
            if self.words[k] in ("some", "about", "around", "of", "nearly", "over"):
                continue
            return self.phrase_before(k + 1, POPULATION_BEFORE) is not None
        return False


# What follows a length of time: "four months later", "two days afterwards".
_LATER = frozenset("later afterwards after ago earlier before".split())
# What a figure is called before "of" in a range ("from the official count of 36 to as many as 300").
_NAMES_OF_A_FIGURE = frozenset("count figure toll estimate tally number".split())
# Events and seasons dated by a year after "of": "the massacre of 1572", "the summer of 1995".
_DATED = frozenset(
    "massacre massacres war uprising rebellion revolution riots riot famine genocide attack attacks bombing "
    "exhumation exhumations census summer spring autumn winter fall siege battle offensive election elections "
    "earthquake flood floods crisis coup purge purges pogrom pogroms events".split()
)
# Words before "home" that make it a house rather than a place "home to" its people.
_BEFORE_A_HOUSE = frozenset("the a family their his her our my its".split())


# Verbs after which "over" says what a charge or a sentence is about, not "more than": "charged X over 57 killings".
_CHARGED = frozenset("charged indicted convicted jailed tried sentenced prosecuted arrested sued".split())
# Whose end of a range a word before its number says: "from the official 16 to 64".
_WHOSE_END = frozenset("official initial first government lower higher".split())


def _past_the_hedge(reader: QuantityReader, k: int) -> int:
    """The number's index after "the" and a hedge at k: "(to) the nearly 1,000 names", "(to) as many as 40,000"."""
    k += reader.word(k) == "the"
    k = reader.phrase_at(k, _UPPER_HEDGES) or k
    return k + (reader.word(k) == "the")


def _higher_number_after(
    reader: QuantityReader, after: int, phrases: tuple[str, ...], value: int
) -> tuple[int, int] | None:
    """(value, index after it) of a plain number above ``value`` right after one of ``phrases`` at ``after``."""
    start = reader.phrase_at(after, phrases)
    if start is None:
        return None
    second = reader.number_at(start)
    if second is None or second[2] == "vague" or second[0] <= value:
        return None
    return second[0], second[1]


def ranges_before(reader: QuantityReader, k: int) -> bool:
    """The words ending at k say that a range follows: "ranged (from)", "vary widely, (from)", "anywhere (from)"."""
    k -= reader.word(k) == ","
    k -= reader.word(k) in ("widely", "greatly", "considerably", "wildly")  # "vary widely, from around 2,000 to"
    return reader.word(k) in RANGED or reader.word(k) == "anywhere"


def _to_the_far_end(reader: QuantityReader, k: int) -> int | None:
    """The "to" of a range's far end, a few words after its near end and its source ("from 74 in the first
    statement to 97 in ..."), within the clause; or None."""
    for m in range(k + 1, min(k + 12, len(reader))):
        if reader.words[m] in (".", ";"):
            return None
        if reader.words[m] == "to" and reader.number_at(_past_the_hedge(reader, m + 1)) is not None:
            return m
    return None


def qualify(reader: QuantityReader, i: int, value: int, after: int, kind: str) -> tuple[int, int | None, str, int, int]:
    """(low, high, qualifier, first token, index after) for the number at i with its qualifier and range."""
    low, high, qualifier, first = value, value, (VAGUE if kind == "vague" else EXACT), i
    # "estimates ranged from 12 to 15", "range from about 460 to 3,500", "run from 10,000 to as many as 40,000":
    # a range, not an update
    opening = i - 1 - (reader.word(i - 1) in _HEDGE_WORDS)
    # "from the official count of 36 to", "from the government's figure of around 400 to"
    if reader.word(opening) == "of" and reader.word(opening - 1) in _NAMES_OF_A_FIGURE:
        opening = next((k for k in range(opening - 2, max(-1, opening - 7), -1) if reader.words[k] == "from"), opening)
    if reader.word(opening).endswith(("'s", "’s")):
        # "run from the military's 19 to the 271 named by activists", "from the martial law command's 144 to"
        owner = next((k for k in range(opening - 1, max(-1, opening - 5), -1) if reader.words[k] == "the"), None)
        if owner is not None and reader.word(owner - 1) == "from" and all(
            reader.words[k].isalpha() for k in range(owner + 1, opening)
        ):
            opening = owner - 1
    if reader.word(opening) == "between" and reader.word(after) == ",":  # "vary between 4,243, the figure ..., and"
        commas = (k for k in range(after + 1, after + 24) if reader.word(k) == "and" and reader.word(k - 1) == ",")
        joined = next(commas, None)
        second = reader.number_at(joined + 1) if joined is not None else None
        if second is not None and second[2] != "vague" and second[0] > value:
            return value, second[0], RANGE, opening, second[1]
    to = after
    if reader.word(after) == "(":  # "range from 20 (police) to 30 (MSF)"
        close = next((k for k in range(after + 1, after + 8) if reader.word(k) == ")"), None)
        to = close + 1 if close is not None else after
        second = reader.number_at(to + 1) if reader.word(to) == "to" and reader.word(opening) != "from" else None
        if second is not None and second[2] != "vague" and second[0] > value:
            # "126,875 (the official figure) to 167,976 (a later estimate)": each end of the range with its source
            return value, second[0], RANGE, i, second[1]
    if reader.word(after) == "," and reader.word(opening) == "from":  # "from 60, the figure given by ..., to 156"
        commas = (k for k in range(after + 1, after + 24) if reader.word(k) == "to" and reader.word(k - 1) == ",")
        to = next(commas, after)
    if reader.word(opening) in _WHOSE_END and reader.words[max(0, opening - 2) : opening] == ["from", "the"]:
        opening -= 1  # "ranged from the official 16 to 64, the figure given by relatives"
    if reader.word(opening) == "the" and reader.word(opening - 1) == "from":
        opening -= 1  # "range from the 1,165 acknowledged by the French government to the 45,000 claimed by Algeria"
    if reader.word(opening) == "from" and reader.word(to) != "to" and ranges_before(reader, opening - 1):
        # "run from 74 in the first government statement to 97 in figures cited by later historians": whose each is
        to = _to_the_far_end(reader, after) or to
    ranged = ranges_before(reader, opening - 1)  # "anywhere from 90 to 160", "vary widely, from around 2,000 to"
    if reader.word(opening) == "from" and reader.word(to) == "to" and ranged:
        # "range from 107, the figure of a study, to the 254 reported at the time", "to the nearly 1,000 names"
        upper = _past_the_hedge(reader, to + 1)
        second = reader.number_at(upper)
        if second is not None and second[2] != "vague" and second[0] > value:
            return value, second[0], RANGE, opening - (reader.word(opening - 1) == "anywhere"), second[1]
    # "a low estimate of 180 and a high estimate of 310 deaths": the two ends of one range
    if reader.phrase_before(i, ("low estimate of", "lower estimate of", "minimum estimate of")) is not None:
        upper = reader.phrase_at(after, _HIGH_ESTIMATE)
        second = reader.number_at(upper) if upper is not None else None
        if second is not None and second[0] > value:
            return value, second[0], RANGE, i, second[1]
    # "rose from 12 to 17": an update, the latest number is the toll.
    if reader.word(i - 1) == "from" and reader.word(after) == "to" and reader.word(i - 2) in RISE | FALL:
        second = reader.number_at(after + 1)
        if second is not None:
            return second[0], second[0], EXACT, i - 1, second[1]
    # "between 12 and 15 people", "12 to 15 people", "12-15 people"
    if reader.word(after) in ("and", "to", "-", "–", "or"):
        article = reader.word(after + 1) in ("a", "an") and reader.word(after + 2) in SCALES  # "and a million"
        second = reader.number_at(after + 1 + article)
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
                first = i - 1 - (reader.word(i - 2) == "anywhere")  # "the toll at anywhere between 66 and 96"
    # "nine, maybe ten wounded", "12 or perhaps 15 people": a hedged second number closes a range.
    if qualifier == EXACT and kind != "vague":
        second = _higher_number_after(reader, after, HEDGED_SECOND_NUMBER, value)
        if second is not None:
            high, after, qualifier = second[0], second[1], RANGE
            after += reader.word(after) == "," and reader.word(after + 1) == "of"  # "Three, or perhaps four, of the"
    if qualifier == EXACT and kind == "words" and reader.word(after) == "," and reader.word(i - 1) in ("", '"', "“"):
        # '"Twenty, twenty-five killed maybe"': a speaker's guess that rises, said as the sentence opens
        second = reader.number_at(after + 1)
        if second is not None and second[2] == "words" and second[0] > value and reader.word(second[1]) != ",":
            high, after, qualifier = second[0], second[1], RANGE
    if qualifier == EXACT and reader.word(after) == "+" and reader.glued(after - 1, after):
        return low, None, AT_LEAST, first, after + 1  # "20+ killed"
    if qualifier == EXACT and reader.word(after) in ("-", "–") and reader.word(after + 1) == "plus":
        return low, None, AT_LEAST, first, after + 2  # "Twenty-plus injured"
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
        charged = start is not None and reader.word(start) == "over"
        charged = charged and bool(_CHARGED & set(reader.words[max(0, start - 4) : start]))
        if start is not None and not charged:  # (not "charged Pinochet over 57 killings": what the charge is about)
            qualifier, high, first = AT_LEAST, None, start
            # "at least 11 and as many as 25 villagers": the upper bound closes the range.
            second = _higher_number_after(reader, after, UPPER_BOUND_AFTER_AT_LEAST, value)
            if second is not None:
                high, after, qualifier = second[0], second[1], RANGE
        else:
            start = reader.phrase_before(anchor, APPROXIMATE_PREFIXES)
            if start is not None:
                qualifier, first = APPROXIMATELY, start
    return low, high, qualifier, first, after
