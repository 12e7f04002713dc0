"""The rules that weigh an incident's sources and suggest its grade, as pure functions (no database)."""

import pytest

from annotations.verification import (
    accepts_responsibility,
    grade_suggestion,
    is_independent,
    source_key,
    suggest_grade,
)


def test_a_claim_is_keyed_by_its_cited_source_then_its_publisher_then_its_document():
    assert source_key(cited_source_id=3, publisher_id=5, document_id=8) == ("actor", 3)
    assert source_key(cited_source_id=None, publisher_id=5, document_id=8) == ("actor", 5)
    assert source_key(cited_source_id=None, publisher_id=None, document_id=8) == ("document", 8)


@pytest.mark.parametrize("source_type", ["monitor", "first_responder", "government", "media", "other", None])
def test_every_source_but_a_party_to_the_conflict_is_independent(source_type):
    assert is_independent(source_type)


def test_a_party_to_the_conflict_is_not_an_independent_source():
    assert not is_independent("party_to_conflict")


def test_claims_only_from_parties_to_the_conflict_do_not_make_an_incident_fair():
    grade, reason = grade_suggestion(independent_sources=0, party_sources=2, blamed_actors=1)
    assert grade == "weak"
    assert "parties to the conflict" in reason
    assert suggest_grade(independent_sources=0, party_sources=1, blamed_actors=0) == "weak"


def test_one_monitor_and_one_party_is_weak_as_one_independent_source_is():
    assert suggest_grade(independent_sources=1, party_sources=1, blamed_actors=1) == "weak"
    assert suggest_grade(independent_sources=1, blamed_actors=1) == "weak"


def test_two_independent_sources_are_fair_with_or_without_parties():
    assert suggest_grade(independent_sources=2, blamed_actors=1) == "fair"
    assert suggest_grade(independent_sources=2, party_sources=3, blamed_actors=1) == "fair"


def test_a_party_accepting_responsibility_suggests_confirmed():
    grade, reason = grade_suggestion(
        independent_sources=0, party_sources=1, blamed_actors=1, responsibility_accepted=True
    )
    assert grade == "confirmed"
    assert "responsible" in reason
    assert suggest_grade(independent_sources=2, blamed_actors=1, responsibility_accepted=True) == "confirmed"


def test_competing_blame_is_contested_even_when_one_party_accepted_it():
    assert suggest_grade(independent_sources=2, blamed_actors=2, responsibility_accepted=True) == "contested"
    assert suggest_grade(independent_sources=0, blamed_actors=2) == "contested"


def test_no_counted_claims_leave_an_incident_unassessed():
    assert suggest_grade(independent_sources=0, party_sources=0, blamed_actors=0) == "unassessed"
    assert suggest_grade(independent_sources=0, blamed_actors=1) == "unassessed"


def test_an_attribution_published_by_the_actor_it_blames_accepts_responsibility():
    assert accepts_responsibility(stance="asserted", blamed_id=7, publisher_id=7)


def test_an_attribution_whose_sentence_cites_the_blamed_actor_accepts_responsibility():
    # "The defence ministry said its strike killed 20": the claim cites the ministry, which is blamed.
    assert accepts_responsibility(stance="asserted", blamed_id=7, publisher_id=2, cited_source_ids={4, 7})


def test_blaming_someone_else_is_not_accepting_responsibility():
    assert not accepts_responsibility(stance="asserted", blamed_id=7, publisher_id=2, cited_source_ids={4})
    assert not accepts_responsibility(stance="asserted", blamed_id=7, publisher_id=None)


@pytest.mark.parametrize("stance", ["suspected", "denied"])
def test_only_an_asserted_blame_of_oneself_accepts_responsibility(stance):
    assert not accepts_responsibility(stance=stance, blamed_id=7, publisher_id=7, cited_source_ids={7})
