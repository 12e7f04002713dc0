"""Metamorphic check: rewrite the labelled sentences in ways that keep their answer, and count how many of
the rewrites the rules still get right.

`python -m annotations.suggestions.variants` takes the English dev, held-out and fresh sentences whose
ranges and labels the rules already get right and, for each, writes variants whose expected answer is the
original's: small counts of people in digits as words and back, a time or place phrase before the sentence,
a cited source after it, another verb for the same outcome, another noun for the same people. It prints,
per transformation, how many variants keep the right killed/injured ranges and the right labels.
``--failures`` lists the variants that go wrong (those of dev and fresh only: held-out sentences stay
unread, as in ``evaluate``). Each transformation is conservative: it leaves a sentence alone rather than
risk changing what it says. Pure Python, no database.
"""

from __future__ import annotations

import argparse
import re
import sys
from collections.abc import Callable, Iterator
from dataclasses import dataclass

from annotations.suggestions.evaluate import Example, dev_set, figure_ranges, fresh_set, heldout_set
from annotations.text.suggest import suggest

UNITS = "zero one two three four five six seven eight nine ten eleven twelve thirteen fourteen fifteen sixteen "
UNITS += "seventeen eighteen nineteen"
UNIT_WORDS = UNITS.split()
TENS_WORDS = {20: "twenty", 30: "thirty", 40: "forty", 50: "fifty", 60: "sixty", 70: "seventy", 80: "eighty"}
TENS_WORDS[90] = "ninety"


def number_word(n: int) -> str:
    if n < 20:
        return UNIT_WORDS[n]
    tens, unit = divmod(n, 10)
    return TENS_WORDS[tens * 10] + (f"-{UNIT_WORDS[unit]}" if unit else "")


WORD_VALUES = {number_word(n): n for n in range(2, 100)}
# A count in words: "seven", "Twenty-three" (not "one": "no one", "one of").
NUMBER_WORD = re.compile(
    r"(?<![\w-])(?:" + "|".join(sorted(WORD_VALUES, key=len, reverse=True)) + r")(?![\w-])", re.IGNORECASE
)
DIGITS = re.compile(r"(?<![\w.,:/+~-])\d{1,2}(?![\w.,:/%+-]|\.\d| ?(?:[:/]\d|%))")
# What may not stand right before or after a count for it to be rewritten: ages, dates, times, units.
NOT_BEFORE = re.compile(
    r"(?:aged|age|ages|resolution|no\.|#|between|from|to|and|or|"
    r"january|february|march|april|may|june|july|august|september|october|november|december)\s*$",
    re.IGNORECASE,
)
NOT_AFTER = re.compile(
    r"^\s*(?:-?\s*(?:years?|months?|days?|hours?|minutes?|km|kilometres|metres|per|percent|am|pm|a\.m|p\.m|"
    r"january|february|march|april|may|june|july|august|september|october|november|december|"
    r"hundred|thousand|million|dozen|to|or|and|-|–))\b",
    re.IGNORECASE,
)
SOURCE = re.compile(r"\b(?:said|says|say|according|told|reported|reports|quoted|stated|confirmed|citing)\b", re.I)
OPENING = re.compile(r"^(?:in|on|at|since|between|during|within|over|earlier|late|early|from|by|after|before)\b", re.I)
TIME_PHRASES = ("On Tuesday, ", "Late on Friday night, ")
PLACE_PHRASES = ("In eastern Aleppo, ", "In the north of the province, ")
SOURCE_SUFFIXES = (", according to local sources.", ", the monitor said.")
# After an outcome verb, words that keep it a whole clause ("were killed when ...", "were killed."), so that
# another verb for the same outcome reads as well.
CLAUSE_GOES_ON = r"(?=\s+(?:in|when|on|at|as|after|during|while|overnight|yesterday|today)\b|\s*[,.]|\s*$)"
OUTCOME_SWAPS = (
    (re.compile(r"\bwere killed" + CLAUSE_GOES_ON), ("lost their lives", "died")),
    (re.compile(r"\bwere wounded\b"), ("were injured",)),
    (re.compile(r"\bwere injured\b"), ("were wounded",)),
    (re.compile(r"\bwere hurt\b"), ("were injured",)),
    (re.compile(r"(?<=\bpeople )died" + CLAUSE_GOES_ON), ("lost their lives",)),
    (re.compile(r"(?<=\d )dead\b"), ("killed",)),
    (re.compile(r"(?<=\d )(?:injured|hurt)\b"), ("wounded",)),
    (re.compile(r"(?<=\d )wounded\b"), ("injured",)),
    (re.compile(r"(?<=\d )killed\b(?! (?:by|in|when|on|at|as|after|during|while)\b)"), ("dead",)),
    (re.compile(r"\b(?P<w>were) (?:killed|wounded|injured)\b"), ("have been",)),
    (re.compile(r"\bwounding\b"), ("injuring",)),
    (re.compile(r"\binjuring\b"), ("wounding",)),
    (
        re.compile(
            r"\b(?P<w>killed) (?P<np>(?:at least |more than )?\d+ (?:people|civilians|persons))(?=[,.]| in\b| on\b)"
        ),
        ("left {np} dead",),
    ),
    (
        re.compile(
            r", (?P<w>killing) (?P<np>(?:at least |more than )?\d+ (?:people|civilians|persons))(?=[,.]| in\b| on\b)"
        ),
        ("leaving {np} dead",),
    ),
)
COUNT = r"(?:\d[\d,]*|" + "|".join(WORD_VALUES) + r"|dozens|hundreds|tens)"
PEOPLE_SWAPS = (
    (re.compile(rf"\b{COUNT} (?P<w>people)\b(?! of\b)", re.IGNORECASE), ("civilians", "persons")),
    (re.compile(rf"\b{COUNT} (?P<w>civilians)\b(?! of\b)", re.IGNORECASE), ("people", "residents")),
    (re.compile(rf"\b{COUNT} (?P<w>children)\b(?! of\b)", re.IGNORECASE), ("minors",)),
)
QUALIFIER_SWAPS = (
    (
        re.compile(r"\bat least(?= \d|\s+[a-z]+\s+(?:people|civilians))", re.IGNORECASE),
        ("no fewer than", "a minimum of"),
    ),
    (re.compile(r"\bmore than(?= \d|\s+[a-z]+\s+(?:people|civilians))", re.IGNORECASE), ("over", "upwards of")),
    (re.compile(r"\b(?:about|around|some|roughly)(?= \d)", re.IGNORECASE), ("approximately", "an estimated")),
)


@dataclass(frozen=True)
class Variant:
    transformation: str
    text: str
    original: Example
    split: str


def _gold_values(example: Example) -> set[int]:
    values = set()
    for bounds in (example.killed, example.injured):
        if bounds is not None:
            values.update(v for v in bounds if v is not None)
    return values


def _count_rewrites(example: Example, pattern: re.Pattern, value_of: Callable[[str], int], spell: Callable) -> list:
    """Rewrite the one count in the sentence whose value is one of the gold figures (when it is there once)."""
    text, values = example.text, _gold_values(example)
    matches = [m for m in pattern.finditer(text) if value_of(m.group()) in values]
    out = []
    for m in matches:
        value = value_of(m.group())
        if _occurrences(text, value) != 1:
            continue  # the same number twice ("twelve people ... the 12 victims"): which one counts is not sure
        if NOT_BEFORE.search(text[: m.start()]) or NOT_AFTER.match(text[m.end() :]):
            continue
        new = spell(value)
        if m.start() == 0:
            new = new[:1].upper() + new[1:]
        out.append(text[: m.start()] + new + text[m.end() :])
    return out[:1]


def _occurrences(text: str, value: int) -> int:
    digits = sum(1 for m in re.finditer(r"\d+", text) if int(m.group()) == value)
    return digits + sum(1 for m in NUMBER_WORD.finditer(text) if WORD_VALUES[m.group().lower()] == value)


def digits_to_words(example: Example) -> list[str]:
    return _count_rewrites(example, DIGITS, int, lambda n: number_word(n) if 1 <= n < 100 else str(n))


def words_to_digits(example: Example) -> list[str]:
    return _count_rewrites(example, NUMBER_WORD, lambda w: WORD_VALUES[w.lower()], str)


class _Vocabulary:
    """Words seen in lower case inside some sentence: a sentence's first word among them is not a name."""

    words: set[str] = set()

    @classmethod
    def build(cls, examples: list[Example]) -> None:
        for example in examples:
            cls.words.update(w for w in re.findall(r"(?<=\s)[a-z][a-z'-]*", example.text))


def _lowered_start(text: str) -> str | None:
    first = re.match(r"[A-Za-z][A-Za-z'-]*", text)
    if first is None:
        return text if text[:1].isdecimal() else None
    word = first.group()
    if len(word) > 1 and word.isupper():
        return None  # "BREAKING:", "KYIV, March 3 (Reuters)": a dateline or a tag, not a sentence start
    if word.lower() in _Vocabulary.words:
        return word.lower() + text[len(word) :]
    return text  # a name keeps its capital


def _prefixed(example: Example, phrases: tuple[str, ...]) -> list[str]:
    text = example.text
    if text.rstrip().endswith(("?", "!")) or OPENING.match(text) or ":" in text[:40] or "(" in text[:30]:
        return []
    rest = _lowered_start(text)
    return [] if rest is None else [phrase + rest for phrase in phrases]


def time_prefix(example: Example) -> list[str]:
    return _prefixed(example, TIME_PHRASES)


def place_prefix(example: Example) -> list[str]:
    return _prefixed(example, PLACE_PHRASES)


def source_suffix(example: Example) -> list[str]:
    text = example.text
    if not text.endswith(".") or text.endswith((")", '."', ".)")) or SOURCE.search(text) or '"' in text:
        return []
    return [text[:-1] + suffix for suffix in SOURCE_SUFFIXES]


def _swaps(example: Example, swaps: tuple) -> list[str]:
    out = []
    for pattern, replacements in swaps:
        for m in pattern.finditer(example.text):
            word = "w" if "w" in pattern.groupindex else 0
            start, end = m.span(word)
            if "np" in pattern.groupindex:
                end = m.end("np")
            for replacement in replacements:
                if "np" in pattern.groupindex:
                    replacement = replacement.format(np=m.group("np"))
                if m.group(word).lower() == replacement:
                    continue
                if m.group(word)[:1].isupper():
                    replacement = replacement[:1].upper() + replacement[1:]
                out.append(example.text[:start] + replacement + example.text[end:])
            break  # the first occurrence only
    return out


def outcome_verbs(example: Example) -> list[str]:
    return _swaps(example, OUTCOME_SWAPS)


def people_nouns(example: Example) -> list[str]:
    return _swaps(example, PEOPLE_SWAPS)


def qualifiers(example: Example) -> list[str]:
    return _swaps(example, QUALIFIER_SWAPS)


def reported_speech(example: Example) -> list[str]:
    """'Officials said ' before a claim that names no source."""
    text = example.text
    if "casualty_claim" not in example.labels or not text.endswith(".") or SOURCE.search(text) or '"' in text:
        return []
    rest = _lowered_start(text)
    return [] if rest is None else ["Officials said " + rest]


def time_inside(example: Example) -> list[str]:
    """' on Tuesday' after the first outcome verb: 'were killed on Tuesday in ...'."""
    m = re.search(
        r"(?<!the )\b(?:killed|wounded|injured|died|dead|hurt)(?=\s+(?:in|when|as|after|near)\b|[,.])", example.text
    )
    if m is None or re.search(
        r"\b(?:on|last|this)\s+(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday)", example.text, re.I
    ):
        return []
    return [example.text[: m.end()] + " on Tuesday" + example.text[m.end() :]]


TRANSFORMATIONS: dict[str, Callable[[Example], list[str]]] = {
    "digits to words": digits_to_words,
    "words to digits": words_to_digits,
    "time phrase before": time_prefix,
    "place phrase before": place_prefix,
    "source after": source_suffix,
    "outcome verb swapped": outcome_verbs,
    "people noun swapped": people_nouns,
    "qualifier swapped": qualifiers,
    "reported speech": reported_speech,
    "time phrase inside": time_inside,
}


def _right(example: Example, text: str) -> tuple[bool, bool]:
    """(ranges right, labels right) for text read with example's expected answer."""
    result = suggest(text)
    labels = {h.label for h in result.hints if h.score >= 0.5}
    figures = "casualty_claim" not in example.labels or figure_ranges(text) == (example.killed, example.injured)
    return figures, labels == set(example.labels)


def splits() -> dict[str, list[Example]]:
    return {"dev": dev_set(), "held_out": heldout_set(), "fresh": fresh_set()}


def variants(parts: dict[str, list[Example]] | None = None) -> Iterator[Variant]:
    """The variants of the sentences the rules already get right (a variant of a miss would test nothing)."""
    parts = parts or splits()
    _Vocabulary.build([e for examples in parts.values() for e in examples])
    for split, examples in parts.items():
        for example in examples:
            if _right(example, example.text) != (True, True):
                continue
            for name, transform in TRANSFORMATIONS.items():
                for text in dict.fromkeys(transform(example)):
                    if text != example.text:
                        yield Variant(name, text, example, split)


def check(parts: dict[str, list[Example]] | None = None) -> dict:
    """Per transformation: variants, those that keep the ranges (of casualty claims), those that keep the labels."""
    report: dict = {}
    failures = []
    for variant in variants(parts):
        row = report.setdefault(variant.transformation, {"variants": 0, "claims": 0, "ranges": 0, "labels": 0})
        figures, labels = _right(variant.original, variant.text)
        row["variants"] += 1
        row["claims"] += "casualty_claim" in variant.original.labels
        row["ranges"] += figures and "casualty_claim" in variant.original.labels
        row["labels"] += labels
        if not (figures and labels):
            failures.append((variant, figures, labels))
    total = {k: sum(row[k] for row in report.values()) for k in ("variants", "claims", "ranges", "labels")}
    return {"transformations": report, "total": total, "failures": failures}


def _print(result: dict, *, show_failures: bool) -> None:
    print(f"{'transformation':<22} {'variants':>8} {'ranges kept':>16} {'labels kept':>16}")
    rows = {**result["transformations"], "all": result["total"]}
    for name, row in rows.items():
        ranges = f"{row['ranges']}/{row['claims']} {row['ranges'] / max(row['claims'], 1):.1%}"
        labels = f"{row['labels']}/{row['variants']} {row['labels'] / max(row['variants'], 1):.1%}"
        print(f"{name:<22} {row['variants']:>8} {ranges:>16} {labels:>16}")
    if show_failures:
        for variant, figures, labels in result["failures"]:
            if variant.split == "held_out":
                continue
            got = suggest(variant.text)
            what = []
            if not figures:
                what.append(
                    f"ranges {figure_ranges(variant.text)} not {[variant.original.killed, variant.original.injured]}"
                )
            if not labels:
                what.append(f"labels {sorted(got.labels)} not {sorted(variant.original.labels)}")
            print(f"FAIL [{variant.transformation}] {'; '.join(what)}: {variant.text}")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--failures", action="store_true", help="list the variants that go wrong (dev and fresh)")
    args = parser.parse_args(argv)
    _print(check(), show_failures=args.failures)
    return 0


if __name__ == "__main__":
    sys.exit(main())
