"""Casualty figures read from sentences of the seed corpus and from the counting conventions."""

from pathlib import Path

import pytest

from annotations.text.figures import extract_figures
from annotations.text.segment import split_sentences

SEEDS = Path(__file__).resolve().parents[2] / "fixtures" / "seeds"


def seed_sentence(starts_with: str) -> str:
    """The seed-corpus sentence that starts with ``starts_with``, segmented as the importer does."""
    for path in sorted(SEEDS.glob("*.txt")):
        text = path.read_text(encoding="utf-8")
        for span in split_sentences(text):
            if text[span.start : span.end].startswith(starts_with):
                return text[span.start : span.end]
    raise AssertionError(f"No seed sentence starts with {starts_with!r}")


def values(sentence: str) -> dict:
    figures = extract_figures(sentence)
    assert figures is not None, sentence
    return {name: value for name, value in figures.as_dict().items() if value not in (None, False, "")}


def test_atarib_thirteen_people_killed_is_an_exact_incident_toll():
    sentence = seed_sentence("The town of Atarib")
    assert values(sentence) == {
        "killed_min": 13,
        "killed_max": 13,
        "qualifier": "exact",
        "scope": "incident",
        "raw_text": "13 people, including seven members",
    }


def test_darat_izza_preliminary_toll_separates_killed_injured_and_children():
    figures = extract_figures(seed_sentence("According to the Syrian Civil Defense, four civilians"))
    assert (figures.killed_min, figures.killed_max) == (4, 4)
    assert (figures.injured_min, figures.injured_max) == (21, 21)
    assert figures.children_injured == 7
    assert figures.children_killed is None
    assert figures.preliminary is True
    assert figures.raw_text.startswith("four civilians were killed, and 21 others injured")


def test_snhr_period_total_is_an_aggregate():
    figures = extract_figures(seed_sentence("Between the start of 2024"))
    assert (figures.killed_min, figures.killed_max, figures.scope) == (752, 752, "aggregate")


def test_killing_with_breakdown_and_injuring_others():
    figures = extract_figures(seed_sentence("Russian and Assad regime warplanes bombed"))
    assert figures.raw_text == "15 civilians, including four children and two women, and injuring five others"
    assert (figures.killed_min, figures.children_killed, figures.women_killed) == (15, 4, 2)
    assert (figures.injured_min, figures.injured_max) == (5, 5)


def test_at_least_gives_a_minimum_without_a_maximum():
    figures = extract_figures(seed_sentence("A day of relentless airstrikes"))
    assert (figures.killed_min, figures.killed_max, figures.qualifier) == (20, None, "at_least")
    assert (figures.children_killed, figures.women_killed) == (5, 2)


def test_a_child_killed_and_others_injured_with_breakdown():
    figures = extract_figures(
        "This escalation has so far claimed the life of a child and injured 20 others, "
        "including nine children and six women."
    )
    assert (figures.killed_min, figures.children_killed) == (1, 1)
    assert (figures.injured_min, figures.children_injured, figures.women_injured) == (20, 9, 6)


def test_breakdown_of_victims_without_total_sums_to_the_total():
    figures = extract_figures("The victims included 39 children, 12 women, and 43 men, with 320 civilians injured.")
    assert (figures.killed_min, figures.killed_max) == (94, 94)
    assert (figures.children_killed, figures.women_killed) == (39, 12)
    assert figures.injured_min == 320


def test_civilian_deaths_count_as_killed():
    figures = extract_figures(
        "The SNHR attributed the deaths of 105 civilians, including 33 children and 13 women, to the Assad regime."
    )
    assert (figures.killed_min, figures.children_killed, figures.women_killed) == (105, 33, 13)


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("Thirty-six people were killed in the strike.", {"killed_min": 36, "killed_max": 36, "qualifier": "exact"}),
        ("No fewer than 40 people died.", {"killed_min": 40, "killed_max": None, "qualifier": "at_least"}),
        ("More than 100 were wounded.", {"injured_min": 100, "injured_max": None, "qualifier": "at_least"}),
        ("A minimum of seven civilians were killed.", {"killed_min": 7, "killed_max": None, "qualifier": "at_least"}),
        ("Between 12 and 15 people were killed.", {"killed_min": 12, "killed_max": 15, "qualifier": "range"}),
        ("About 30 people were killed.", {"killed_min": 30, "killed_max": 30, "qualifier": "approximately"}),
        ("Tens of people were injured.", {"injured_min": 10, "injured_max": None, "qualifier": "vague"}),
        ("Dozens of civilians were killed.", {"killed_min": 12, "killed_max": None, "qualifier": "vague"}),
        ("Hundreds of civilians were killed.", {"killed_min": 100, "killed_max": None, "qualifier": "vague"}),
        (
            "Eleven children and four women were killed.",
            {"killed_min": 15, "killed_max": 15, "children_killed": 11, "women_killed": 4},
        ),
        (
            "The Civil Defense said 13 people were killed, while the Observatory reported 15 dead.",
            {"killed_min": 13, "killed_max": 15, "qualifier": "range"},
        ),
        ("Three were killed and 12 injured.", {"killed_min": 3, "injured_min": 12, "injured_max": 12}),
        ("The death toll rose to 17 on Monday.", {"killed_min": 17, "killed_max": 17}),
    ],
)
def test_counting_conventions(sentence, expected):
    figures = extract_figures(sentence).as_dict()
    assert {name: figures[name] for name in expected} == expected


@pytest.mark.parametrize(
    "sentence",
    [
        "The strikes in Darat Izza destroyed large sections of the market, leaving a trail of devastation.",
        "The report revealed that regime forces targeted 30 vital facilities, including schools.",
        "It emphasized a resolution based on the Geneva Communique of 2012 and UN Resolutions 2118 and 2254.",
        "Among the dead was a 7-year-old boy's school, closed since 2011.",
        "The SOC underscored the 13-year-long suffering of the Syrian people.",
    ],
)
def test_sentences_without_counts_of_people_give_no_figures(sentence):
    assert extract_figures(sentence) is None


def test_raw_text_is_the_words_that_state_the_quantities():
    sentence = "According to the SNHR, a total of 149 civilians, including 35 children and 16 women, were killed."
    figures = extract_figures(sentence)
    assert figures.raw_text == "149 civilians, including 35 children and 16 women"
    assert figures.raw_text in sentence
    assert figures.scope == "aggregate"
