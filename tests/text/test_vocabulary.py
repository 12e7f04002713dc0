"""The vocabulary sweep: templates crossed with word lists, each sentence with the answer its template implies."""

from annotations.suggestions.vocabulary import Case, cases, sweep, uncounted_cases, unharmed_cases
from annotations.text.suggest import suggest_labels


def test_every_sentence_of_the_sweep_carries_its_words_and_an_answer_that_follows_the_conventions():
    every = cases()
    assert len(every) > 20000
    for case in every[::997]:
        families = {family for family, _ in case.words}
        assert "number" in families and len(families) >= 2, case
        for pair in (case.killed, case.injured):
            assert pair is None or pair[1] is None or pair[0] <= pair[1], case


def test_uncounted_people_make_a_claim_and_unharmed_people_none():
    assert "casualty_claim" in suggest_labels("Several villagers were gunned down in the shelling.")
    assert "casualty_claim" in suggest_labels("The strike maimed many shoppers.")
    assert "casualty_claim" not in suggest_labels("Hezbollah fighters were accused of executing the detainees.")
    assert any(c.uncounted for c in uncounted_cases()) and all(c.unharmed for c in unharmed_cases())


def test_the_rules_read_a_fixed_sample_of_the_sweep():
    # every 7th sentence; the floor is a little below what the rules reached when the sweep was written (100 %;
    # 68 % before its fixes)
    sample: list[Case] = cases()[::7]
    result = sweep(sample)
    assert result["sentences"] >= 4000
    assert result["right"] / result["sentences"] >= 0.98
