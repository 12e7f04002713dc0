"""Arabic text for matching: folding letter variants, telling Arabic from other scripts.

Arabic reports spell one word several ways: with or without diacritics (اسْتُشْهِدَ / استشهد), with
any of the alef forms (أ إ آ ٱ / ا), a final taa marbuta or haa (مجزرة / مجزره), a final alef
maqsura or yaa (على / علي), and with tatweel stretching a word (قـــتل). ``fold`` keeps what all
spellings agree on, so a pattern, a search or a name key written once matches every spelling.

pyarabic does the letter work (its tables of diacritics, alef and hamza forms are maintained with
the language); this module only chooses which of its normalisations matching needs.
"""

from __future__ import annotations

import re

from pyarabic import araby

# Arabic-Indic (٠-٩) and Eastern Arabic-Indic (۰-۹, used in Persian and Urdu copy) digits.
_DIGITS = str.maketrans("٠١٢٣٤٥٦٧٨٩۰۱۲۳۴۵۶۷۸۹", "01234567890123456789")
# Letter variants folded to one letter, each one character for one character (so lengths stay).
_LETTERS = str.maketrans(
    {
        "أ": "ا",
        "إ": "ا",
        "آ": "ا",
        "ٱ": "ا",
        "ة": "ه",
        "ى": "ي",
        "ؤ": "و",
        "ئ": "ي",
        "\u066c": ",",  # Arabic thousands separator
        "\u066b": ".",  # Arabic decimal separator
    }
)
_ARABIC_LETTER = re.compile(r"[\u0621-\u064A\u0671-\u06D3\u06FA-\u06FC]")
# Runs of them: counting letters run by run makes a list a word long instead of a letter long.
_ARABIC_RUN = re.compile(r"[\u0621-\u064A\u0671-\u06D3\u06FA-\u06FC]+")
_LATIN_RUN = re.compile(r"[A-Za-z\u00C0-\u024F]+")


# What folding drops: pyarabic's diacritics (harakat, shadda, small alef, Quranic marks) and tatweel.
_DROPPED = frozenset(araby.DIACRITICS) | {araby.TATWEEL}


def fold(text: str) -> str:
    """Arabic text folded for matching: no diacritics or tatweel, one alef, haa for taa marbuta,
    yaa for alef maqsura, Western digits. Other scripts pass through unchanged.

    >>> fold("اسْتُشْهِدَ ٣ أطفالٍ في مجزرةٍ") == fold("استشهد 3 اطفال في مجزره")
    True
    """
    return "".join(c for c in text if c not in _DROPPED).translate(_LETTERS).translate(_DIGITS)


def fold_with_offsets(text: str) -> tuple[str, list[int]]:
    """``fold(text)`` and, for each of its characters, the offset of that character in ``text``
    (so a match in the folded text reports the words as written)."""
    kept = [n for n, c in enumerate(text) if c not in _DROPPED]
    folded = "".join(text[n] for n in kept).translate(_LETTERS).translate(_DIGITS)
    return folded, kept


def original_slice(text: str, offsets: list[int], start: int, end: int) -> str:
    """The part of ``text`` that the folded characters ``start:end`` came from."""
    if start >= end:
        return ""
    return text[offsets[start] : offsets[end - 1] + 1]


def arabic_share(text: str) -> float:
    """The share of the letters of ``text`` that are Arabic (0 when it has no letters)."""
    if text.isascii() or not _ARABIC_LETTER.search(text):  # no Arabic letter: told at once
        return 0.0
    arabic = sum(map(len, _ARABIC_RUN.findall(text)))
    latin = sum(map(len, _LATIN_RUN.findall(text)))
    return arabic / (arabic + latin) if arabic + latin else 0.0


def is_arabic(text: str) -> bool:
    """Whether Arabic letters dominate ``text`` (a sentence with an English name in it still is)."""
    return arabic_share(text) > 0.5


def detect_language(text: str, default: str = "en") -> str:
    """``"ar"`` when Arabic letters dominate the text, else ``default``: script is enough to tell
    the languages the workbench reads apart (the metadata says which, when it is there)."""
    return "ar" if is_arabic(text[:20000]) else default


RTL_LANGUAGES = frozenset({"ar", "fa", "he", "ur", "ps", "ckb", "yi", "dv", "sd", "ug"})


def text_direction(language: str | None) -> str:
    """The HTML ``dir`` of text in ``language``: ``rtl`` for right-to-left scripts, else ``ltr``."""
    base = (language or "").split("-")[0].lower()
    return "rtl" if base in RTL_LANGUAGES else "ltr"


# Each folded letter and the letters it stands for, for searching stored text that was not folded.
_VARIANTS = {"ا": "اأإآٱ", "ه": "هة", "ي": "يىئ", "و": "وؤ"}
_INDIC = "٠١٢٣٤٥٦٧٨٩"
# Diacritics and tatweel that may sit after any letter of the stored text.
_MARKS_BETWEEN = "[" + "".join(sorted(_DROPPED)) + "]*"


def search_pattern(query: str) -> str | None:
    """A regular expression that finds ``query`` in Arabic text however either is spelled (diacritics,
    tatweel, alef forms, taa marbuta / haa, alef maqsura / yaa, Arabic-Indic digits), for a database
    ``iregex`` lookup on text that is stored as written; None when the query has no Arabic letters
    (a plain ``icontains`` does then)."""
    if not _ARABIC_LETTER.search(query):
        return None
    parts = []
    for char in fold(query.strip()):
        if char in _VARIANTS:
            parts.append(f"[{_VARIANTS[char]}]")
        elif char.isdigit() and char.isascii():
            parts.append(f"[{char}{_INDIC[int(char)]}]")
        elif char.isspace():
            parts.append(r"\s+")
            continue
        else:
            parts.append(re.escape(char))
        parts.append(_MARKS_BETWEEN)
    return "".join(parts)
