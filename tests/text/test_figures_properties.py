"""Properties of the figure extraction that must hold for any text, not only for the examples."""

from __future__ import annotations

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from annotations.text.figures import extract_figures

WORDS = st.sampled_from(
    "at least more than about between and or killed dead died wounded injured hurt people civilians children "
    "women of them including among whom 3 13 15 21 2024 07:30 120mm seven dozens hundreds no casualties , . ; "
    "according to the SNHR said rescuers".split()
)
SENTENCES = st.one_of(
    st.text(max_size=300),
    st.lists(WORDS, max_size=40).map(" ".join),
    st.lists(st.one_of(WORDS, st.integers(min_value=0, max_value=10**12).map(str)), max_size=30).map(" ".join),
)
RANGES = (("killed_min", "killed_max"), ("injured_min", "injured_max"))
COUNTS = ("killed_min", "killed_max", "injured_min", "injured_max", "children_killed", "women_killed",
          "children_injured", "women_injured")  # fmt: skip


@settings(max_examples=400, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(SENTENCES)
def test_extraction_never_raises_and_its_ranges_are_ordered(sentence):
    figures = extract_figures(sentence)
    if figures is None:
        return
    values = figures.as_dict()
    for low, high in RANGES:
        if values[low] is not None and values[high] is not None:
            assert values[low] <= values[high], (sentence, values)
        if values[high] is not None:
            assert values[low] is not None, (sentence, values)
    for name in COUNTS:
        assert values[name] is None or values[name] >= 0, (sentence, values)


def test_a_count_followed_by_nothing_but_commas_does_not_raise():
    # found by the property above: the apposition after "PEOPLE," was looked for past the last token
    figures = extract_figures("0 PEOPLE,,")
    assert figures is None or figures.killed_min in (0, None)
