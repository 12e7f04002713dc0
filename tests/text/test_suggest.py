"""Suggested labels and cited sources for single sentences."""

import pytest

from annotations.text.suggest import guess_cited_source, suggest, suggest_labels


def test_casualty_claim_with_figures_and_cited_source():
    result = suggest("According to the Syrian Civil Defense, four civilians were killed, and 21 others injured.")
    assert "casualty_claim" in result.labels
    assert (result.figures.killed_min, result.figures.injured_min) == (4, 21)
    assert result.cited_source == "Syrian Civil Defense"


@pytest.mark.parametrize(
    "sentence",
    [
        "13 people were killed in an airstrike carried out by Assad regime warplanes.",
        "The SNHR attributed the deaths of 105 civilians to the Assad regime.",
        "The PYD militia was responsible for 27 civilian deaths.",
        "Last Tuesday, Russia murdered several IDPs in the Ahl Saraqib camp.",
    ],
)
def test_attribution_cues(sentence):
    assert "attribution" in suggest_labels(sentence)


def test_only_reporting_a_source_is_not_attribution():
    assert "attribution" not in suggest_labels("According to the Syrian Civil Defense, four civilians were killed.")


@pytest.mark.parametrize(
    "sentence",
    [
        "The SOC called on the international community to take urgent action.",
        "The White Helmets urged civilians to avoid strange objects.",
        "The UN must take immediate and decisive action to protect civilians.",
    ],
)
def test_call_to_action_cues(sentence):
    assert "call_to_action" in suggest_labels(sentence)


def test_rhetoric_for_evaluative_wording():
    labels = suggest_labels("The world cannot afford to remain silent in the face of such atrocities.")
    assert labels == ["rhetoric"]


def test_plain_description_gets_no_label():
    assert suggest("The strikes destroyed large sections of the market.").labels == []
    assert suggest("The strikes destroyed large sections of the market.").figures is None


@pytest.mark.parametrize(
    ("sentence", "source"),
    [
        (
            "According to the Syrian Network for Human Rights, 752 people were killed.",
            "Syrian Network for Human Rights",
        ),
        (
            "According to a report released by the Syrian Network for Human Rights (SNHR) on Wednesday, 149 died.",
            "Syrian Network for Human Rights (SNHR)",
        ),
        ("The Syrian Civil Defense further reported intensified bombardment.", "Syrian Civil Defense"),
        ("“This is a deliberate massacre,” a White Helmets spokesperson said.", "White Helmets"),
        ("Four civilians were killed.", None),
    ],
)
def test_cited_source_guess(sentence, source):
    assert guess_cited_source(sentence) == source
