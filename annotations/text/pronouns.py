"""One person harmed and told of only by a pronoun: "a settler fired at the young man, killing him on the spot",
"..., and that he died within minutes", "she was pronounced dead on arrival", "his body was found in a ditch".

Court records, inquests and casualty-recording entries name one victim and then go on with "he" or "her". When a
sentence counts nobody else for that outcome, such a pronoun is a toll of one (``figures.extract_figures`` asks
only then). "They" counts no one: how many it stands for is not in the sentence.
"""

from __future__ import annotations

from annotations.text.casualty_words import EXACT, INJURED, INJURY_NOUNS, KILLED, LOST_BODY_PART, TOTAL
from annotations.text.mentions import Mention
from annotations.text.outcomes import SentenceReader
from annotations.text.quantities import person_noun, singular_of

_SUBJECTS = frozenset("he she".split())
_OBJECTS = frozenset("him her".split())
# Active verbs whose object ("killing him", "wounded her") is the person harmed.
_HARMING = {
    **dict.fromkeys("killing killed kill kills murdering murdered executing executed".split(), KILLED),
    **dict.fromkeys("wounding wounded injuring injured".split(), INJURED),
}
# What follows "he" or "she" when the verb says what befell them: "was shot", "had been wounded", "died", "lost
# both legs".
_PASSIVE_OR_DYING = frozenset(
    "was is had has died succumbed perished later then subsequently lost suffered sustained underwent".split()
)
_FOUND = frozenset("found recovered discovered retrieved pulled".split())
_AMPUTATING = frozenset("amputate amputated amputating".split())


def _owner_of_one(reader: SentenceReader, k: int) -> bool:
    """'his', 'her', or one person's possessive ("the boy's", "her husband's", "Karim's") at k."""
    word = reader.word(k)
    if word in ("his", "her"):
        return True
    stem = word[:-2] if word.endswith(("'s", "’s")) else None
    if not stem:
        return False
    return (person_noun(stem) is not None and singular_of(stem) == stem) or reader.tokens[k].text[:1].isupper()


def _object_ends(reader: SentenceReader, k: int) -> bool:
    """The pronoun at k is an object, not a possessive ("killing her" but not "killed her two brothers")."""
    if reader.word(k) == "him":
        return True
    following = reader.word(k + 1)
    return not following[:1].isalnum() or following in _AFTER_AN_OBJECT or following.endswith("ly")


# Words that follow an object pronoun and start the next phrase: "killing her on the spot", "wounding her and".
_AFTER_AN_OBJECT = frozenset("on in at as and while with before after when outright instantly too".split())


def _limb_after(reader: SentenceReader, k: int) -> bool:
    """A limb right after the possessive at k: "her legs", "his right hand"."""
    side = reader.word(k + 1) in ("right", "left", "lower", "upper")
    return reader.word(k + 1 + side) in LOST_BODY_PART


def _and_died_later_on(reader: SentenceReader, k: int) -> bool:
    """From k on, before the clause ends, "and died" or "and succumbed": the same person's death."""
    for m in range(k, min(k + 26, len(reader))):
        if reader.words[m] in (".", ";", ",", "but", "while"):
            return False
        if reader.words[m] == "and" and reader.word(m + 1) in ("died", "succumbed"):
            return True
    return False


# Openings of a clause set before its subject: "Although wounded three times during the assault, he ...".
_CONCEDING = frozenset("although though despite while when after".split())


def _harm_of_the_opening(reader: SentenceReader, comma: int) -> str | None:
    """The harm a sentence's opening clause (before the comma at ``comma``) tells of its subject: "Although wounded
    three times", "Though badly burned"; None when the opening names anyone else or tells of no harm."""
    opening = reader.words[1:comma]
    if not opening or any(person_noun(w) is not None and w not in _HARMED_PARTICIPLES for w in opening):
        return None
    first = opening[1] if opening[0].endswith("ly") and len(opening) > 1 else opening[0]
    return _HARMED_PARTICIPLES.get(first)


_HARMED_PARTICIPLES = dict.fromkeys("wounded injured hurt hit burned burnt shot".split(), INJURED)


def harmed_by_pronoun(reader: SentenceReader) -> dict[str, Mention]:
    """A toll of one for each outcome the sentence tells of a person by pronoun only, by outcome. When both are told,
    the person was wounded and then died ("he was hit by a bullet ... and he died within minutes"): killed only."""
    found: dict[str, Mention] = {}
    words = reader.words
    for k, word in enumerate(words):
        outcome = None
        if word in _SUBJECTS and reader.word(k + 1) in _PASSIVE_OR_DYING:  # not "as he treated patients"
            outcome = reader.verb_after(k + 1, len(reader))
            if outcome is None and reader.phrase_at(k + 1, ("was pronounced dead", "was declared dead")):
                outcome = KILLED  # "she was pronounced dead on arrival"
            if outcome in (None, INJURED) and _and_died_later_on(reader, k + 2):
                outcome = KILLED  # "he was struck in the chest by a bullet fired by a sniper ... and died"
        elif word in _OBJECTS and words[k - 1 : k] and words[k - 1] in _HARMING and _object_ends(reader, k):
            outcome = _HARMING[words[k - 1]]  # "killing him on the spot", "wounding her"
        elif word in _OBJECTS and words[k - 1 : k] == ["shot"] and reader.word(k + 1) == "dead":
            outcome = KILLED  # "shot him dead"
        elif word in _OBJECTS and words[k - 1 : k] == ["leaving"] and reader.word(k + 1) == "with":
            if any(w in INJURY_NOUNS for w in words[k + 2 : k + 5]):
                outcome = INJURED  # "leaving her with burns over a third of her body"
        elif word in _OBJECTS and _limb_after(reader, k) and _AMPUTATING & set(words[max(0, k - 3) : k]):
            outcome = INJURED  # "doctors had to amputate both of her legs", "amputated his right hand"
        elif _owner_of_one(reader, k) and reader.word(k + 1) == "body" and reader.word(k + 2) == "was":
            if reader.word(k + 3) in _FOUND:
                outcome = KILLED  # "his body was found in a ditch the next morning", "the boy's body was recovered"
        elif word in _SUBJECTS and words[k - 1 : k] == [","] and words[:1] and words[0] in _CONCEDING:
            outcome = _harm_of_the_opening(reader, k - 1)  # "Although wounded three times, he refused to leave"
        elif word == "having" and words[k - 1 : k] == [","] and words[:1] and words[0] in _SUBJECTS:
            outcome = reader.verb_after(k + 1, len(reader)) if reader.word(k + 1) == "been" else None
            outcome = KILLED if reader.word(k + 1) == "died" else outcome  # "He was awarded ..., having died at"
        elif _took_own_life(reader, k):
            outcome = KILLED  # "before taking his own life", "then shot himself", "killing herself in the library"
        if outcome in (KILLED, INJURED) and outcome not in found:
            found[outcome] = Mention(1, 1, EXACT, TOTAL, k, k, outcome)
    if KILLED in found:
        found.pop(INJURED, None)
    return found


def _took_own_life(reader: SentenceReader, k: int) -> bool:
    """At k, one person's suicide: "taking his own life", "took her own life", "killed himself", "shot himself"
    (not "shot himself in the foot"; "killing himself and 11 worshippers" is counted with the others)."""
    word, before = reader.word(k), reader.word(k - 1)
    if word in ("his", "her") and before in ("taking", "took", "taken"):
        return reader.words[k + 1 : k + 3] == ["own", "life"]
    if word not in ("himself", "herself") or reader.word(k + 1) == "and":
        return False
    if before in ("killed", "killing", "kills"):
        return True
    in_a_limb = reader.word(k + 1) == "in" and _limb_after(reader, k + 2)  # "shot himself in the foot": a wound
    return before in ("shot", "shooting", "shoots") and not in_a_limb
