"""Counts given as answers: hearing transcripts and interviews put the outcome in the question and the number alone
in the answer ("Q. How many were killed in the first strike? A. Seven, Congressman, ...").

The answer's bare number (or "None") takes the outcome the question asked about. ``figures.extract_figures`` adds
it to the counts it found itself, so that the rest of the answer ("... and another eleven were wounded") is read
as before.
"""

from __future__ import annotations

from annotations.text.casualty_words import INJURED, KILLED, OUTCOME_CUES, TOTAL
from annotations.text.mentions import Mention
from annotations.text.outcomes import SentenceReader
from annotations.text.quantities import qualify

# What may open an answer after the question mark: "A.", "A:", a speaker's "Answer:".
_ANSWER_OPENERS = (("a", "."), ("a", ":"), ("answer", ":"))
# Words that may stand between the opening of an answer and its number: "Roughly forty", "About 300".
_BEFORE_THE_NUMBER = frozenset("roughly about around some approximately nearly almost at least more than over".split())
# What follows a bare number that answers a question: a pause, a form of address, the end.
_AFTER_THE_ANSWER = frozenset(", . ; — –".split()) | {""}
_NONE = frozenset("none nobody zero".split())


def answered_count(reader: SentenceReader) -> tuple[Mention | None, str | None]:
    """(the count an answer gives, the outcome an answer of "None" sets to zero); (None, None) when the sentence
    holds no question about the dead or the wounded answered by a bare number."""
    if "?" not in reader.words:
        return None, None
    asked = reader.words.index("?")
    cues = [OUTCOME_CUES[w] for w in reader.words[:asked] if OUTCOME_CUES.get(w) in (KILLED, INJURED)]
    if not cues:
        return None, None
    outcome = cues[-1]  # "And the injured?", "Were there any deaths among the peacekeepers?"
    k = asked + 1
    for opener in _ANSWER_OPENERS:
        if tuple(reader.words[k : k + len(opener)]) == opener:
            k += len(opener)
            break
    if reader.word(k) in _NONE and reader.word(k + 1) in _AFTER_THE_ANSWER:
        return None, outcome  # "A. None, Senator, but four were wounded"
    start = k
    while reader.word(k) in _BEFORE_THE_NUMBER and k < start + 3:
        k += 1
    number = reader.number_at(k)
    if number is None or reader.word(number[1]) not in _AFTER_THE_ANSWER:
        return None, None
    low, high, qualifier, first, last = qualify(reader, k, *number)
    return Mention(low, high, qualifier, TOTAL, first, last - 1, outcome), None
