"""Blind annotation on the pages, checked against the URL configuration: annotator A writes a claim
carrying a unique marker (in its note, its figures' raw text and a new incident's description) and
links it to an incident; annotator B opens every page, with the ids of A's objects, and the marker is
in none of them. A page added to the URLs is checked without touching this file; a page whose URL
takes an id this file does not know fails loudly until its id is added to ``IDS``."""

from __future__ import annotations

import pytest
from django.urls import reverse
from playwright.sync_api import expect

from annotations.models import Label
from annotations.services.annotating import AnnotationDraft, annotation_create
from annotations.services.incidents import incident_create, incident_link
from annotations.services.reviewing import annotation_submit
from tests.blind import get_urls
from tests.web.conftest import sign_in

MARKER = "zq-blind-marker-7731"
SKIPPED = {"logout", "document-finish"}  # POST-only actions (signing out, finishing) leave nothing to see
NOT_PAGES = ("/api/", "/admin/", "/static/")  # the API's own leak test is tests/api/test_blind_annotation.py


@pytest.fixture
def marked(db, annotator, document):
    """A's claim and attribution with the marker, submitted, and linked to A's new incident."""
    sentences = list(document.sentences.order_by("index"))
    claim = annotation_create(
        annotator=annotator,
        draft=AnnotationDraft(
            sentence=sentences[1],
            label=Label.objects.get(key="casualty_claim"),
            note=f"note {MARKER}",
            figures={"killed_min": 4, "killed_max": 4, "raw_text": f"four {MARKER}"},
        ),
    )
    blame = annotation_create(
        annotator=annotator,
        draft=AnnotationDraft(
            sentence=sentences[2], label=Label.objects.get(key="attribution"), note=f"blame {MARKER}"
        ),
    )
    incident = incident_create(
        by=annotator, title="Darat Izza market strike", place_name="Darat Izza", description=f"seen by {MARKER}"
    )
    incident_link(incident=incident, annotation=claim, by=annotator)
    incident_link(incident=incident, annotation=blame, by=annotator)
    annotation_submit(annotation=claim, by=annotator)
    return {"claim": claim, "blame": blame, "incident": incident, "document": document, "sentence": sentences[1]}


def page_urls_for(marked) -> list[str]:
    """Every page of the URL configuration (tests/blind.py), with the ids of A's objects."""
    values = {
        "document_id": [marked["document"].id],
        "sentence_id": [marked["sentence"].id],
        "incident_id": [marked["incident"].id],
        "annotation_id": [marked["claim"].id, marked["blame"].id],
        "project_id": [marked["claim"].project_id],
    }
    found = get_urls(prefix="/", values=values, exclude=SKIPPED)
    pages = [route for route in found.skipped if not route.template.startswith(NOT_PAGES)]
    assert not pages, f"pages whose ids this test does not know (add them to `values`): {pages}"
    urls = [url for url in found.urls if not url.startswith(NOT_PAGES)]
    # The searches and filters of the lists, with words of A's marker and A's ids as the query.
    document, incident = marked["document"].id, marked["incident"].id
    urls += [
        f"{reverse('document-list')}?q=blind-marker",
        f"{reverse('document-list')}?mine=draft",
        f"{reverse('document-list')}?mine=submitted",
        f"{reverse('incident-list')}?q=Darat",
        f"{reverse('incident-list')}?q=blind-marker",
        f"{reverse('agreement')}?document={document}",
        f"{reverse('review-queue')}?document={document}",
        f"{reverse('incident-detail', args=[incident])}?format=json",
    ]
    return urls


@pytest.mark.django_db
def test_the_marker_is_on_the_pages_of_its_author_so_the_check_below_means_something(client, annotator, marked):
    client.force_login(annotator)
    seen = client.get(reverse("incident-detail", args=[marked["incident"].id])).content.decode()
    assert MARKER in seen  # A created the incident: A sees its description


@pytest.mark.django_db
def test_another_annotator_sees_the_marker_on_no_page(client, second_annotator, marked):
    client.force_login(second_annotator)
    opened = []
    for url in page_urls_for(marked):
        response = client.get(url)
        body = response.content.decode(errors="replace")
        assert MARKER not in body, f"{url} ({response.status_code}) shows annotator A's marker"
        opened.append((url, response.status_code))
    statuses = dict(opened)
    # The pages an annotator may open did open (so the absence of the marker is not a refusal).
    assert statuses[reverse("incident-detail", args=[marked["incident"].id])] == 200
    assert statuses[reverse("incident-list")] == 200
    assert statuses[reverse("annotate", args=[marked["document"].id])] == 200
    assert statuses[reverse("home")] == 200


@pytest.mark.django_db
def test_another_annotator_sees_of_an_incident_only_its_name_place_date_and_own_claims(
    client, second_annotator, reviewer, marked
):
    client.force_login(second_annotator)
    detail = client.get(reverse("incident-detail", args=[marked["incident"].id])).content.decode()
    assert "Darat Izza market strike" in detail and "Darat Izza" in detail
    assert "You have not linked a claim to this incident." in detail
    assert "Verification" not in detail and "Grade note" not in detail
    listing = client.get(reverse("incident-list")).content.decode()
    assert "Darat Izza market strike" in listing
    assert "Suggested" not in listing and "Conflict" not in listing

    client.force_login(reviewer)
    detail = client.get(reverse("incident-detail", args=[marked["incident"].id])).content.decode()
    assert MARKER in detail and "Verification" in detail


@pytest.mark.browser
@pytest.mark.django_db(transaction=True)
def test_another_annotator_sees_the_marker_on_no_page_in_a_browser(page, live_server, second_annotator, marked):
    """The same pages in Chromium, after their scripts have fetched what they show from the API."""
    sign_in(page, second_annotator)
    for url in page_urls_for(marked):
        page.goto(url)
        page.wait_for_load_state("networkidle")
        expect(page.locator("body")).not_to_contain_text(MARKER)
        assert MARKER not in page.content(), f"{url} shows annotator A's marker"
    # A's incident, opened from B's annotation page, is named by its title only.
    page.goto(reverse("incident-detail", args=[marked["incident"].id]))
    expect(page.locator("h1")).to_have_text("Darat Izza market strike")
