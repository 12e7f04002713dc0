"""Casualty claims without a number: people said to have been killed or injured, but not counted.

"Several villagers were gunned down", "many shoppers suffered burns", "the shelling killed civilians",
"worshippers were among the dead": a plural person noun (with or without a vague quantifier) whose verb,
after or before it, is an outcome verb. The verbs are read by ``annotations.text.outcomes``, so every
wording of death or injury the figures know also makes a claim here. Used by ``annotations.text.suggest``
for the casualty-claim hint when no figures were found.
"""

from __future__ import annotations

from annotations.text.casualty_words import (
    AUX,
    INJURED,
    INJURY_NOUNS,
    KILLED,
    OUTCOME_CUES,
    OUTCOME_NOUNS,
    PERPETRATORS,
    PERSON_NOUNS,
    STOP,
)
from annotations.text.outcomes import SentenceReader
from annotations.text.quantities import singular_of

# Words that may stand between an outcome verb and the people it befell ("killing several villagers").
QUANTIFIERS = frozenset(
    "several many numerous some few multiple countless other more dozens scores hundreds a an number of large "
    "unknown unspecified handful the".split()
)


def _plural_person(word: str) -> bool:
    singular = singular_of(word)
    if word in ("people", "staff", "personnel", "crew"):
        return True  # plural in sense, singular in form
    return singular != word and singular in PERSON_NOUNS and singular not in OUTCOME_NOUNS


# Care given to patients says nothing of a harm unless an injury is named ("treated more patients this month").
CARE_WORDS = frozenset("treated treatment treating".split())


def presence_cue(sentence: str) -> str | None:
    """The words that say people (not counted) were killed or injured, or None."""
    reader = SentenceReader(sentence)
    cues = {w for w in reader.words if w in OUTCOME_CUES}
    if cues and cues <= CARE_WORDS and not any(w in INJURY_NOUNS for w in reader.words):
        return None
    for k, word in enumerate(reader.words):
        if not _plural_person(word) or word == "others":
            continue
        if word in PERPETRATORS and reader.word(k + 1) in OUTCOME_CUES:
            continue  # "Raiders killed 80 cattle": who did it (but "several raiders were killed")
        end = reader.group_named(k + 1) if word == "members" and reader.word(k + 1) == "of" else k
        while reader.word(end + 1) in ("-", "–") and reader.glued(end, end + 1) and reader.word(end + 2) == "by":
            end += 2  # "passers-by"
        outcome = reader.verb_after(end + 1, len(reader))
        if outcome not in (KILLED, INJURED):
            first, adjectives = k, 0
            while first > 0 and (
                reader.words[first - 1] in QUANTIFIERS or adjectives < 2 and _adjective(reader, first - 1)
            ):
                adjectives += reader.words[first - 1] not in QUANTIFIERS
                first -= 1
            before = range(first - 1, max(-1, first - 6), -1)
            verb = next((m for m in before if reader.words[m] in OUTCOME_CUES), None)
            if verb is not None and reader.word(verb - 1) in ("of", "for", "with", "stop"):
                continue  # "accused of executing the detainees", "Stop killing our children!": an act named
            outcome = reader.verb_before(first)
        if outcome in (KILLED, INJURED):
            start = reader.tokens[max(0, k - 3)].start
            stop = reader.tokens[min(len(reader) - 1, end + 4)].end
            return sentence[start:stop]
    return None


def _adjective(reader: SentenceReader, k: int) -> bool:
    """A word before the noun that may describe it: "elderly", "displaced", "young"."""
    word = reader.words[k]
    return word.isalpha() and word not in STOP and word not in AUX and word not in OUTCOME_CUES
