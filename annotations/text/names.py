"""Spelling-tolerant keys for place and incident names.

The same place reaches the workbench under several romanisations of one Arabic name: "Darat Izza",
"Daret Izza", "Dārat ʿIzzah"; "Idlib" and "Idleb"; "Ma'arrat" and "Maarat". Transliterations
disagree mostly about vowels, doubled letters, a final ``h`` (ta marbuta) and the marks for ʿayn
and hamza, so the key keeps what they agree on: the consonants of each word, plus one marker when a
word starts with a vowel. Two names match when their keys are equal; a search matches when the
query's key occurs inside the stored key.

Names written in Arabic are folded first (``arabic.fold``): diacritics, tatweel, the alef forms,
taa marbuta / haa and alef maqsura / yaa do not matter, so "الدِّفاع المدنيّ" finds "الدفاع المدني".

The key is lossy on purpose (it finds, it does not identify): "Halab" and "Hilbe" share one.
"""

from __future__ import annotations

import re
import unicodedata

from annotations.text.arabic import fold

# Marks for ʿayn and hamza, and the apostrophes used in their place: dropped inside a word, so
# "Ma'arrat" stays one word.
_MARKS = dict.fromkeys(map(ord, "ʿʾʻʼ’‘'`´ʹ"), None)
_WORD = re.compile(r"[^\W_]+")
_VOWELS = frozenset("aeiouy")
# Marks the position of a leading vowel, whatever the vowel ("Idlib" and "Edlib" agree).
_LEADING_VOWEL = "a"


def _word_key(word: str) -> str:
    # A final h after a vowel is the ta marbuta some transliterations write ("Izzah" / "Izza").
    if len(word) > 2 and word.endswith("h") and word[-2] in _VOWELS:
        word = word[:-1]
    key = []
    for position, char in enumerate(word):
        if char in _VOWELS:
            if position == 0 and char != "y":
                key.append(_LEADING_VOWEL)
            elif position == 0:
                key.append(char)
            continue
        if key and key[-1] == char:
            continue  # doubled letters: "Izza" / "Iza", "Ma'arrat" / "Maarat"
        key.append(char)
    return "".join(key)


def name_key(text: str) -> str:
    """Fold a name to its matching key: case, accents, marks, punctuation and vowels removed.

    >>> name_key("Dārat ʿIzzah") == name_key("Daret Izza") == name_key("darat izza")
    True
    """
    if not text:
        return ""
    decomposed = unicodedata.normalize("NFKD", fold(text).translate(_MARKS))
    plain = "".join(char for char in decomposed if not unicodedata.combining(char)).casefold()
    return " ".join(_word_key(word) for word in _WORD.findall(plain))


def search_key(*names: str) -> str:
    """One stored key for several names (title, place, aliases): each name's key, between ``|``, the
    whole padded with spaces so that ``" " + name_key(query)`` finds a query at the start of a word."""
    keys = [key for key in map(name_key, names) if key]
    return f" {' | '.join(keys)} " if keys else ""


def search_key_matches(stored: str, query: str) -> bool:
    """Whether a query finds a stored ``search_key`` (as the database's ``contains`` does)."""
    key = name_key(query)
    return bool(key) and f" {key}" in stored
