"""Who a sentence cites for its claim ("according to the Syrian Civil Defense", "..., SNHR said"), as written:
suggested as the claim's cited source, never as the attribution label."""

from __future__ import annotations

import re

from annotations.text.arabic import is_arabic

_NAME = r"(?:[A-Z][\w’'.-]*)(?:\s+(?:(?:of|for|and|the|de|al)\s+)?[A-Z][\w’'.-]*)*(?:\s+\([A-Z][\w.]*\))?"
_ACCORDING = re.compile(
    rf"\baccording\s+to\s+(?:(?:a|the)\s+\w+\s+(?:released|published|issued|by|from)\s+(?:by\s+)?)?(?:the\s+)?({_NAME})",
    re.IGNORECASE,
)
_REPORTED = re.compile(
    rf"(?:^|\b[Tt]he\s+|\b[Aa]\s+)({_NAME})(?:\s+(?:spokesperson|spokesman|official|team|teams|report|monitor))?"
    r"\s+(?:\w+ly\s+|further\s+|also\s+|later\s+)?"
    r"(?:reported|said|says|stated|documented|announced|confirmed|recorded|counted|attributed|told|estimated|put)\b"
)
_SAID_AFTER = re.compile(
    rf",\s+(?:the\s+)?({_NAME})(?:\s+(?:spokesperson|spokesman|official))?\s+(?:said|reported|says|stated)\s*\.?$"
)


# Sources named by what they are, not by a proper name ("the civil defence said", "a medical source told
# reporters", "according to local officials"): the head noun and up to two words before it, as written.
_REPORTER = (
    r"(?:civil\s+defen[cs]e|white\s+helmets|health\s+ministry|ministry\s+of\s+health|red\s+crescent|red\s+cross"
    r"|health\s+(?:directorate|department|authorities|authority)|(?:[\w-]+\s+)?sources?|(?:[\w-]+\s+)?officials?"
    r"|hospital(?:\s+(?:director|staff|spokesman|spokeswoman|spokesperson|administration))?|doctors?|medics|paramedics"
    r"|nurses?|rescuers|rescue\s+(?:workers|teams|services)|first\s+responders|residents|witnesses|eyewitnesses"
    r"|activists|relatives|(?:his|her|their|the)\s+family|police|army|military|(?:local\s+|village\s+|city\s+)?council"
    r"|governor|mayor|war\s+monitor|monitor|observatory|spokes(?:man|woman|person)|survivors?|villagers"
    r"|journalists?|local\s+media|state\s+media|state\s+television|the\s+un|the\s+united\s+nations)"
)
_ADJECTIVES = r"(?:(?:local|regional|provincial|senior|two|three|several|other|[a-z]+-run|[a-z]+-based)\s+)?"
_REPORTER_ACCORDING = re.compile(
    rf"\baccording\s+to\s+(?:the\s+|a\s+|an\s+|some\s+)?({_ADJECTIVES}{_REPORTER})\b", re.I
)
_REPORTER_SAID = re.compile(
    rf"(?:^|,\s+|\b(?:and|but)\s+)(?:the\s+|a\s+|an\s+)?({_ADJECTIVES}{_REPORTER})\s+(?:\w+ly\s+|also\s+|later\s+)?"
    r"(?:said|says|told|reported|stated|added|confirmed|announced|counted|put)\b",
    re.I,
)


def _reporter(sentence: str) -> str | None:
    """A source named by what it is ("civil defence", "medical source", "local officials"), as written."""
    for pattern in (_REPORTER_ACCORDING, _REPORTER_SAID):
        match = pattern.search(sentence)
        if match:
            name = _clean_name(match.group(1))
            if name and name.lower() not in ("his family", "her family", "their family", "the family"):
                return name
            if name:
                return name.split()[-1]  # "his family said": the family
    return None


def _clean_name(name: str) -> str | None:
    words = name.strip().rstrip(".,").split()
    while words and words[0].lower() in ("the", "a", "an"):
        words = words[1:]
    name = " ".join(words)
    return name if len(name) > 1 and name.lower() not in ("it", "he", "she", "they", "we") else None


def guess_cited_source(sentence: str) -> str | None:
    """The organisation or person the sentence cites for its claim, as written ("Syrian Civil Defense")."""
    if is_arabic(sentence):
        from annotations.text.suggest_ar import guess_cited_source_ar

        return guess_cited_source_ar(sentence)
    for pattern in (_ACCORDING, _SAID_AFTER, _REPORTED):
        match = pattern.search(sentence)
        if match and match.group(1)[:1].isupper():
            name = _clean_name(match.group(1))
            if name:
                return name
    return _reporter(sentence)
