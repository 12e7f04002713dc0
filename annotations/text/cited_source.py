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
    return None
