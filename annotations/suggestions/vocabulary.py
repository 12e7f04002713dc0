"""Vocabulary sweep: templates crossed with word lists, to find the words the figure rules do not know.

`python -m annotations.suggestions.vocabulary` builds sentences such as "{number} {noun} were slain in
the shelling." or "The strike {killed} {number} {noun} and wounded 12 more." from lists of the people
nouns, death wordings (active, passive and nominal), injury wordings and number forms that conflict
reporting uses. Each sentence's expected killed and injured ranges follow from its template and number
form by the counting conventions of DESIGN.md ("at least 5" is 5 and up, "nearly 30" is 30..30,
"dozens of" 12 and up, "between 10 and 15" 10..15), so nothing is annotated by hand. Combinations whose
reading is unclear ("mortally wounded", "crushed", "buried alive") are left out of the lists.

Every noun meets every wording, and every number form meets every wording; the number form paired with a
noun rotates, so the sweep stays near 29,000 sentences (about 20 seconds). Two control parts go with them:
people harmed but not counted ("several villagers were slain": a claim with no figures) and people counted
but not harmed ("were sentenced to death", "were pulled alive": neither figures nor a claim). It prints how
many sentences get exactly the expected answer, the misses per word family, then the words whose sentences
miss most. ``--examples`` lists one missed sentence per word. Pure Python, no database.
"""

from __future__ import annotations

import argparse
import sys
from collections import Counter, defaultdict
from collections.abc import Iterator
from dataclasses import dataclass

from annotations.suggestions.vocabulary_lists import (
    DEATH_ACTIVE,
    DEATH_LEFT,
    DEATH_NOMINAL,
    DEATH_PARTICIPLES,
    DEATH_PREDICATES,
    INJURY_ACTIVE,
    INJURY_LEFT,
    INJURY_NOMINAL,
    INJURY_PARTICIPLES,
    INJURY_PREDICATES,
    NUMBER_FORMS,
    PEOPLE_NOUNS,
    NumberForm,
)
from annotations.text.figures import Figures
from annotations.text.suggest import CASUALTY_CLAIM, suggest

Range = tuple[int, int | None]


@dataclass(frozen=True)
class Case:
    text: str
    killed: Range | None
    injured: Range | None
    words: tuple[tuple[str, str], ...]  # (family, word) pairs the sentence carries
    uncounted: bool = False  # people harmed but not counted: a casualty claim with no figures
    unharmed: bool = False  # people counted but not harmed: neither figures nor a claim


def _count(form: NumberForm, noun: str) -> str:
    return f"{form.text} of {noun}" if form.of else f"{form.text} {noun}"


def _capital(text: str) -> str:
    return text[:1].upper() + text[1:]


def _rotate(items: tuple | list, n: int):
    return items[n % len(items)]


def _with_noun(noun: str, form: NumberForm, wording: str, family: str, n: int) -> Iterator[Case]:
    """The sentences a noun, a number form and one wording make, by the wording's family."""
    count = _count(form, noun)
    expected = (form.low, form.high)
    tags = (("noun", noun), ("number", form.text), (family, wording))
    if family == "death predicate":
        yield Case(
            _capital(f"{count} {wording} in the shelling."), expected, None, (*tags, ("template", "N noun pred"))
        )
    elif family == "death active":
        yield Case(f"The strike {wording} {count}.", expected, None, (*tags, ("template", "the strike V N noun")))
        yield Case(
            f"The strike {wording} {count} and wounded 12 more.",
            expected,
            (12, 12),
            (*tags, ("template", "V N noun and wounded 12 more")),
        )
    elif family == "death participle":
        text = f"Shelling hit the market, {wording} {count}."
        yield Case(text, expected, None, (*tags, ("template", ", V-ing N")))
    elif family == "death left":
        yield Case(f"The strike left {count} {wording}.", expected, None, (*tags, ("template", "left N noun adj")))
    elif family == "injury predicate":
        yield Case(
            _capital(f"{count} {wording} in the shelling."), None, expected, (*tags, ("template", "N noun pred"))
        )
        yield Case(
            f"Two people were killed and {count} {wording} in the shelling.",
            (2, 2),
            expected,
            (*tags, ("template", "2 killed and N noun pred")),
        )
    elif family == "injury active":
        yield Case(f"The strike {wording} {count}.", None, expected, (*tags, ("template", "the strike V N noun")))
        yield Case(
            f"The strike killed five people and {wording} {count}.",
            (5, 5),
            expected,
            (*tags, ("template", "killed 5 and V N noun")),
        )
    elif family == "injury participle":
        text = f"Shelling hit the market, {wording} {count}."
        yield Case(text, None, expected, (*tags, ("template", ", V-ing N")))
    elif family == "injury left":
        yield Case(f"The strike left {count} {wording}.", None, expected, (*tags, ("template", "left N noun adj")))


NOUN_FAMILIES = {
    "death predicate": DEATH_PREDICATES,
    "death active": DEATH_ACTIVE,
    "death participle": DEATH_PARTICIPLES,
    "death left": DEATH_LEFT,
    "injury predicate": INJURY_PREDICATES,
    "injury active": INJURY_ACTIVE,
    "injury participle": INJURY_PARTICIPLES,
    "injury left": INJURY_LEFT,
}


def cases() -> list[Case]:
    """Every sentence of the sweep: each noun with each wording, each number form with each wording."""
    out: list[Case] = []
    n = 0
    for family, wordings in NOUN_FAMILIES.items():
        for wording in wordings:
            for noun in PEOPLE_NOUNS:  # the number form rotates over the nouns
                out.extend(_with_noun(noun, _rotate(NUMBER_FORMS, n), wording, family, n))
                n += 1
            for form in NUMBER_FORMS:  # every number form with a plain noun
                out.extend(_with_noun(_rotate(("people", "civilians"), n), form, wording, family, n))
                n += 1
    for family, templates, outcome in (
        ("death nominal", DEATH_NOMINAL, "killed"),
        ("injury nominal", INJURY_NOMINAL, "injured"),
    ):
        for template in templates:
            for form in NUMBER_FORMS:
                if not form.standalone and "{n} people" not in template and "{N} people" not in template:
                    continue
                text = template.replace("{n}", form.text).replace("{N}", _capital(form.text))
                if form.of:
                    text = text.replace(f"{form.text} people", f"{form.text} of people")
                expected = (form.low, form.high)
                killed, injured = (expected, None) if outcome == "killed" else (None, expected)
                out.append(Case(text, killed, injured, ((family, template), ("number", form.text))))
    out.extend(uncounted_cases())
    out.extend(unharmed_cases())
    return list({c.text: c for c in out}.values())


# What befalls people without harming them: no figures and no claim ("were sentenced to death").
NOT_HARMED = (
    "{count} were sentenced to death.",
    "{count} were evacuated from the hospital.",
    "{count} were pulled alive from the rubble.",
    "{count} were rescued from the flooded basement.",
    "{count} fled the shelling.",
    "{count} were arrested at the checkpoint.",
    "{count} were detained overnight.",
    "{count} remain missing.",
    "{count} were displaced by the fighting.",
    "{count} received food parcels.",
    "{count} attended the funeral.",
    "{count} were trained in first aid.",
    "The camp shelters {count}.",
    "The school was sheltering {count} when it was evacuated.",
    "The town is home to {count}.",
    "Rescuers searched for {count} trapped under the rubble.",
)


def unharmed_cases() -> list[Case]:
    """Counts of people neither killed nor injured: no figures and no casualty claim."""
    out: list[Case] = []
    n = 0
    for template in NOT_HARMED:
        for noun in PEOPLE_NOUNS:
            form = _rotate([f for f in NUMBER_FORMS if f.standalone or f.of], n)
            n += 1
            count = _count(form, noun)
            text = _capital(template.replace("{count}", count))
            tags = (("noun", noun), ("number", form.text), ("not harmed", template), ("template", "not harmed"))
            out.append(Case(text, None, None, tags, unharmed=True))
    return out


# Vague quantifiers that make a claim without a number ("several villagers were slain").
UNCOUNTED = ("several", "many", "a number of", "numerous", "")


def uncounted_cases() -> list[Case]:
    """People said to be killed or injured without a count: the sentence is a claim with no figures."""
    out: list[Case] = []
    n = 0
    for family, wordings in NOUN_FAMILIES.items():
        for wording in wordings:
            for quantifier in UNCOUNTED:
                noun = _rotate(PEOPLE_NOUNS, n)
                n += 1
                people = f"{quantifier} {noun}".strip()
                tags = (("noun", noun), ("number", quantifier or "(none)"), (family, wording))
                if family.endswith("predicate"):
                    text = _capital(f"{people} {wording} in the shelling.")
                elif family.endswith("active"):
                    text = f"The strike {wording} {people}."
                elif family.endswith("participle"):
                    text = f"Shelling hit the market, {wording} {people}."
                else:
                    text = f"The strike left {people} {wording}."
                out.append(Case(text, None, None, (*tags, ("template", "uncounted")), uncounted=True))
    return out


def _ranges(figures: Figures | None) -> tuple[Range | None, Range | None]:
    if figures is None:
        return None, None
    killed = None if figures.killed_min is None else (figures.killed_min, figures.killed_max)
    injured = None if figures.injured_min is None else (figures.injured_min, figures.injured_max)
    return killed, injured


def sweep(sample: list[Case] | None = None) -> dict:
    """How many sentences get the expected ranges, and the misses grouped by (family, word)."""
    sample = cases() if sample is None else sample
    misses: list[tuple[Case, tuple]] = []
    for case in sample:
        result = suggest(case.text)
        got = _ranges(result.figures)
        claimed = CASUALTY_CLAIM in result.labels
        if got != (case.killed, case.injured) or (case.uncounted and not claimed) or (case.unharmed and claimed):
            misses.append((case, got))
    by_word: dict[tuple[str, str], list[tuple[Case, tuple]]] = defaultdict(list)
    totals: Counter = Counter()
    for case in sample:
        for tag in case.words:
            totals[tag] += 1
    for case, got in misses:
        for tag in case.words:
            by_word[tag].append((case, got))
    return {
        "sentences": len(sample),
        "right": len(sample) - len(misses),
        "misses": misses,
        "by_word": by_word,
        "totals": totals,
    }


def _print(result: dict, *, examples: bool, limit: int) -> None:
    total, right = result["sentences"], result["right"]
    print(f"{right}/{total} = {right / total:.1%} sentences with exactly the expected ranges (and, uncounted, a claim)")
    by_family: Counter = Counter()
    family_totals: Counter = Counter()
    for (family, _word), n in result["totals"].items():
        family_totals[family] += n
    for (family, _word), missed in result["by_word"].items():
        by_family[family] += len(missed)
    print("misses by family (a sentence counts once in each family it carries):")
    for family in sorted(family_totals):
        print(f"  {family:<18} {by_family[family]:>5} of {family_totals[family]}")
    ranked = sorted(result["by_word"].items(), key=lambda item: -len(item[1]) / result["totals"][item[0]])
    print("words whose sentences miss most (share of their sentences missed):")
    for (family, word), missed in ranked[:limit]:
        share = len(missed) / result["totals"][(family, word)]
        print(f"  {share:6.1%} {len(missed):>4}  {family}: {word}")
        if examples:
            case, got = missed[0]
            print(f"           e.g. expected {case.killed, case.injured} got {got}: {case.text}")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--examples", action="store_true", help="show one missed sentence per word")
    parser.add_argument("--limit", type=int, default=60, help="how many words to list")
    args = parser.parse_args(argv)
    _print(sweep(), examples=args.examples, limit=args.limit)
    return 0


if __name__ == "__main__":
    sys.exit(main())
