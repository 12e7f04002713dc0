"""The incident page shows each claim's publisher and cited source with their source types, and how
parties to the conflict weigh in the verification."""

import re

import pytest
from django.urls import reverse

from tests.source_weighing_data import weighed_incident

pytestmark = pytest.mark.django_db


def _cells(page: str, annotation_id: int) -> str:
    match = re.search(rf'<tr data-annotation="{annotation_id}".*?</tr>', page, re.S)
    assert match, f"no row for claim {annotation_id}"
    return match.group(0)


def test_each_claim_shows_the_source_types_of_its_publisher_and_cited_source(client, annotator, reviewer, labels):
    weighed = weighed_incident(annotator=annotator, reviewer=reviewer, labels=labels)
    client.force_login(reviewer)
    page = client.get(reverse("incident-detail", args=[weighed.incident.pk])).content.decode()
    relayed = _cells(page, weighed.relayed.pk)
    assert re.search(r'data-testid="publisher">Step News <span class="source-type media">media</span>', relayed)
    assert re.search(r'data-testid="cited-source">SNHR <span class="source-type monitor">monitor</span>', relayed)
    regime = _cells(page, weighed.regime.pk)
    assert re.search(
        r'data-testid="publisher">Regime forces <span class="source-type party_to_conflict">party to the conflict<',
        regime,
    )
    assert 'data-testid="cited-source">—<' in regime
    assert re.search(r'data-testid="independent-sources">1<', page)
    assert re.search(r'data-testid="party-sources">1<', page)
    assert re.search(r'data-testid="suggested-grade">weak<', page)
    assert "A single independent source." in page


def test_a_partys_statement_of_responsibility_is_flagged_and_suggests_confirmed(client, annotator, reviewer, labels):
    weighed = weighed_incident(annotator=annotator, reviewer=reviewer, labels=labels, with_statement=True)
    client.force_login(reviewer)
    page = client.get(reverse("incident-detail", args=[weighed.incident.pk])).content.decode()
    assert re.search(r'data-testid="suggested-grade">confirmed<', page)
    assert re.search(r'data-testid="responsibility-accepted">Accepted responsibility: Regime forces<', page)
    assert 'data-testid="accepts-responsibility"' in _cells(page, weighed.statement.pk)
    assert 'data-testid="accepts-responsibility"' not in _cells(page, weighed.regime.pk)


def test_an_annotator_sees_the_source_types_of_their_own_claims(client, annotator, reviewer, labels):
    weighed = weighed_incident(annotator=annotator, reviewer=reviewer, labels=labels)
    client.force_login(annotator)
    page = client.get(reverse("incident-detail", args=[weighed.incident.pk])).content.decode()
    assert "party to the conflict" in _cells(page, weighed.regime.pk)
    assert "party-sources" not in page  # the verification is for reviewers (blind annotation)
