"""Small things a daily user trips over, through the test client: the 403 page in words, the home
page's links to what waits, the reviewer's home, the adjudication page's figures, sentence numbers."""

from __future__ import annotations

import pytest
from django.urls import reverse

from annotations.models import Sentence
from annotations.services.annotating import AnnotationDraft, annotation_create
from annotations.services.documents import document_create
from annotations.services.incidents import incident_create
from annotations.services.reviewing import annotation_approve, annotation_reject, annotation_submit

pytestmark = pytest.mark.django_db


def _annotate(user, sentence, label, **extra):
    return annotation_create(annotator=user, draft=AnnotationDraft(sentence=sentence, label=label, **extra))


def test_the_403_page_says_why_in_words_with_a_way_back(client, annotator, outsider, document):
    client.force_login(annotator)
    response = client.get(reverse("review-queue"))
    assert response.status_code == 403
    page = response.content.decode()
    assert "You cannot open this page" in page
    assert "Only reviewers and admins can open this page." in page
    assert f'href="{reverse("home")}"' in page and "Back to the home page" in page

    client.force_login(outsider)
    page = client.get(reverse("annotate", args=[document.id])).content.decode()
    assert "ask an admin for a role" in page


def test_home_links_the_rejected_annotations_to_fix_and_the_list_shows_their_documents(
    client, annotator, reviewer, document, labels
):
    document_create(text="Nothing here.", title="Untouched")
    sentence = Sentence.objects.filter(document=document).order_by("index").first()
    rejected = _annotate(annotator, sentence, labels["rhetoric"])
    annotation_submit(annotation=rejected, by=annotator)
    annotation_reject(annotation=rejected, reviewer=reviewer, reason="wrong_label", comment="")

    client.force_login(annotator)
    home = client.get(reverse("home")).content.decode()
    link = f'href="{reverse("document-list")}?mine=rejected"'
    assert link in home
    assert "rejected annotation to fix" in home

    listing = client.get(reverse("document-list") + "?mine=rejected").content.decode()
    assert document.title in listing and "Untouched" not in listing
    assert "Documents where you have" in listing


def test_reviewer_home_has_no_card_of_zeros_and_names_incidents_by_title(client, reviewer):
    incident_create(by=reviewer, title="Atarib airstrike", place_name="Atarib")
    client.force_login(reviewer)
    home = client.get(reverse("home")).content.decode()
    assert "My progress" not in home and 'data-testid="count-draft"' not in home
    assert "Atarib airstrike" in home
    assert 'data-testid="queue-size"' in home


def test_adjudication_page_words_the_figures_and_offers_decisions_on_decided_annotations(
    client, annotator, second_annotator, reviewer, document, labels
):
    sentence = Sentence.objects.filter(document=document).order_by("index")[1]
    claim = _annotate(annotator, sentence, labels["casualty_claim"], figures={"killed_min": 4, "killed_max": 4})
    bare = _annotate(second_annotator, sentence, labels["casualty_claim"])
    blame = _annotate(second_annotator, sentence, labels["attribution"])
    for annotation, user in ((claim, annotator), (bare, second_annotator), (blame, second_annotator)):
        annotation_submit(annotation=annotation, by=user)
    annotation_approve(annotation=claim, reviewer=reviewer)

    client.force_login(reviewer)
    page = client.get(reverse("adjudicate", args=[sentence.id])).content.decode()
    assert "None" not in page
    assert "killed 4" in page
    assert "blames" in page or "no actor" in page
    assert f'name="decision-{claim.id}" value="approve"' in page  # approved already: still decidable
    assert "Leave approved" in page
    assert f"Adjudicate sentence {sentence.index + 1}" in page


def test_review_queue_puts_the_item_before_the_filters(client, reviewer):
    client.force_login(reviewer)
    page = client.get(reverse("review-queue")).content.decode()
    assert page.index('id="review-item"') < page.index('class="card queue-filters"')
    assert 'id="reopen"' in page
    filtered = client.get(reverse("review-queue") + "?label=rhetoric").content.decode()
    assert "Filters: 1 active" in filtered


def test_incident_list_search_tolerates_spelling_like_the_api(client, annotator, reviewer):
    incident_create(by=reviewer, title="Darat Izza market strike", place_name="Darat Izza")
    client.force_login(annotator)
    listing = client.get(reverse("incident-list"), {"q": "daret izza"}).content.decode()
    assert "Darat Izza market strike" in listing


def test_the_search_boxes_find_arabic_however_it_is_spelled(client, annotator, reviewer):
    document_create(text="استُشهد ٤ مدنيين في قصفٍ على مَعَرَّة النعمان.", title="مجزرة معرّة النعمان")
    document_create(text="Shelling hit Idlib.", title="Idlib shelling")
    incident_create(by=reviewer, title="غارات على سراقب وأريحا", place_name="سراقب")
    client.force_login(annotator)
    documents = client.get(reverse("document-list"), {"q": "مجزره معره"}).content.decode()
    assert "مجزرة معرّة النعمان" in documents and "Idlib shelling" not in documents
    incidents = client.get(reverse("incident-list"), {"q": "اريحا"}).content.decode()
    assert "غارات على سراقب وأريحا" in incidents
    assert "غارات على سراقب وأريحا" not in client.get(reverse("incident-list"), {"q": "حلب"}).content.decode()
