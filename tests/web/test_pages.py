"""Every page through Django's test client: who may open it, and what it shows."""

from __future__ import annotations

import datetime as dt
import re

import pytest
from django.urls import reverse

from annotations.models import Actor, AnnotationStatus, DatasetRelease, Sentence
from annotations.projects.services import default_project
from annotations.services.annotating import AnnotationDraft, annotation_create
from annotations.services.documents import document_create
from annotations.services.incidents import incident_create, incident_link
from annotations.services.reviewing import annotation_approve, annotation_reject, annotation_submit

pytestmark = pytest.mark.django_db

PAGES_FOR_ANNOTATORS = ["home", "document-list", "incident-list", "exports"]
PAGES_FOR_REVIEWERS = ["document-import", "review-queue", "agreement"]


def _annotate(user, sentence, label, **extra):
    return annotation_create(annotator=user, draft=AnnotationDraft(sentence=sentence, label=label, **extra))


def _approved_claim(annotator, reviewer, sentence, label, *, killed: int, source: Actor | None = None):
    figures = {"killed_min": killed, "killed_max": killed, "cited_source": source}
    annotation = _annotate(annotator, sentence, label, figures=figures)
    annotation_submit(annotation=annotation, by=annotator)
    return annotation_approve(annotation=annotation, reviewer=reviewer)


@pytest.mark.parametrize("name", PAGES_FOR_ANNOTATORS + PAGES_FOR_REVIEWERS)
def test_every_page_asks_a_stranger_to_sign_in(client, name):
    response = client.get(reverse(name))
    assert response.status_code == 302
    assert response.url.startswith(reverse("login"))


@pytest.mark.parametrize("name", PAGES_FOR_ANNOTATORS)
def test_annotator_opens_the_working_pages(client, annotator, name):
    client.force_login(annotator)
    assert client.get(reverse(name)).status_code == 200


@pytest.mark.parametrize("name", PAGES_FOR_REVIEWERS)
def test_reviewer_only_pages_are_forbidden_to_annotators(client, annotator, name):
    client.force_login(annotator)
    assert client.get(reverse(name)).status_code == 403


@pytest.mark.parametrize("name", PAGES_FOR_ANNOTATORS + PAGES_FOR_REVIEWERS)
def test_reviewer_opens_every_page(client, reviewer, name):
    client.force_login(reviewer)
    assert client.get(reverse(name)).status_code == 200


def test_a_user_without_a_role_is_told_to_ask_for_one(client, outsider, document):
    client.force_login(outsider)
    assert "no role yet" in client.get(reverse("home")).content.decode()
    assert client.get(reverse("document-list")).status_code == 403
    assert client.get(reverse("annotate", args=[document.id])).status_code == 403


def test_sign_in_page_signs_in_and_says_so_when_the_password_is_wrong(client, annotator):
    page = client.get(reverse("login")).content.decode()
    assert 'for="id_username"' in page and 'for="id_password"' in page

    wrong = client.post(reverse("login"), {"username": "ann", "password": "nope"})
    assert "did not match" in wrong.content.decode()

    right = client.post(reverse("login"), {"username": "ann", "password": "ann-password"})
    assert right.status_code == 302 and right.url == reverse("home")


def test_home_shows_my_progress_and_the_reviewers_queue(client, annotator, reviewer, document, labels):
    first, second = Sentence.objects.filter(document=document).order_by("index")[:2]
    submitted = _annotate(annotator, first, labels["casualty_claim"])
    annotation_submit(annotation=submitted, by=annotator)
    _annotate(annotator, second, labels["attribution"])

    client.force_login(annotator)
    page = client.get(reverse("home")).content.decode()
    assert re.search(r'data-testid="count-submitted">1<', page)
    assert re.search(r'data-testid="to-submit">1<', page)
    assert re.search(r'data-testid="documents-started">1<', page)
    assert re.search(r'data-testid="documents-done">0<', page)
    assert "queue-size" not in page

    client.force_login(reviewer)
    assert re.search(r'data-testid="queue-size">1<', client.get(reverse("home")).content.decode())


def test_document_list_shows_my_own_progress_per_document(client, annotator, second_annotator, document, labels):
    sentence = Sentence.objects.filter(document=document).first()
    _annotate(annotator, sentence, labels["casualty_claim"])
    _annotate(second_annotator, sentence, labels["rhetoric"])
    total = Sentence.objects.filter(document=document).count()

    client.force_login(annotator)
    page = client.get(reverse("document-list")).content.decode()
    assert document.title in page
    assert f"1 of {total} sentences labelled by me" in page
    assert "1 draft" in page


def test_document_list_query_count_does_not_grow_with_documents(
    client, annotator, labels, django_assert_max_num_queries
):
    for number in range(12):
        doc, _ = document_create(text=f"Report {number}. Four people were killed.", title=f"Report {number}")
        _annotate(annotator, doc.sentences.first(), labels["casualty_claim"])
    client.force_login(annotator)
    # session, user, groups (role check), memberships, projects for the picker, count, my assigned
    # unfinished documents, publishers, page of documents with their progress
    with django_assert_max_num_queries(9):
        response = client.get(reverse("document-list"))
    assert response.content.decode().count('class="card document"') == 12


def test_document_list_filters_by_words_publisher_and_date(client, annotator):
    monitor = Actor.objects.create(name="Monitor A", kind="monitor")
    document_create(text="Shelling hit Atarib.", title="Atarib report", publisher=monitor)
    document_create(text="Nothing happened in Idlib.", title="Idlib report", published_on=dt.date(2020, 1, 5))
    client.force_login(annotator)

    def titles(**params):
        page = client.get(reverse("document-list"), params).content.decode()
        return {title for title in ("Atarib report", "Idlib report") if title in page}

    assert titles(q="atarib") == {"Atarib report"}
    assert titles(publisher=monitor.id) == {"Atarib report"}
    assert titles(published_after="2020-01-01") == {"Idlib report"}
    assert titles(published_before="2019-12-31") == set()


def test_document_list_says_when_a_date_filter_is_not_a_date(client, annotator, document):
    client.force_login(annotator)
    page = client.get(reverse("document-list"), {"published_after": "yesterday"}).content.decode()
    assert "Dates must be written as YYYY-MM-DD" in page
    assert document.title in page


def test_annotation_page_shows_the_text_exactly_as_stored(client, annotator, document):
    client.force_login(annotator)
    page = client.get(reverse("annotate", args=[document.id])).content.decode()
    for sentence in Sentence.objects.filter(document=document):
        text = document.text[sentence.start : sentence.end]
        assert f'data-start="{sentence.start}" data-end="{sentence.end}">{text}</span>' in page, (
            f"sentence {sentence.index} is not rendered verbatim"
        )
    for key, shortcut in (("casualty_claim", "1"), ("attribution", "2"), ("call_to_action", "3"), ("rhetoric", "4")):
        assert re.search(rf'data-label="{key}"[^>]*aria-keyshortcuts="{shortcut}"', page)
    assert 'id="page-data"' in page


def test_annotation_page_of_a_missing_document_is_404(client, annotator):
    client.force_login(annotator)
    assert client.get(reverse("annotate", args=[999999])).status_code == 404


def test_every_script_and_stylesheet_the_pages_load_is_served(client, reviewer, document):
    client.force_login(reviewer)
    sentence = Sentence.objects.filter(document=document).first()
    urls = [reverse(name) for name in PAGES_FOR_ANNOTATORS + PAGES_FOR_REVIEWERS]
    urls += [reverse("annotate", args=[document.id]), reverse("adjudicate", args=[sentence.id])]
    assets = set()
    for url in urls:
        page = client.get(url).content.decode()
        assets |= set(re.findall(r'(?:src|href)="(/static/[^"]+)"', page))
    assert any(asset.endswith("annotate.js") for asset in assets)
    for asset in sorted(assets):
        response = client.get(asset)
        assert response.status_code == 200, asset
        body = b"".join(response.streaming_content) if response.streaming else response.content
        if asset.endswith(".js"):
            assert "javascript" in response["Content-Type"], asset
            # Modules import their siblings by relative path; those must be served too.
            for imported in re.findall(rb'from "\./([\w.]+)"', body):
                sibling = asset.rsplit("/", 1)[0] + "/" + imported.decode()
                assert client.get(sibling).status_code == 200, sibling


def test_adjudication_page_lists_every_annotators_label(
    client, annotator, second_annotator, reviewer, document, labels
):
    sentence = Sentence.objects.filter(document=document).first()
    for user, key in ((annotator, "casualty_claim"), (second_annotator, "rhetoric")):
        annotation_submit(annotation=_annotate(user, sentence, labels[key]), by=user)
    client.force_login(annotator)
    assert client.get(reverse("adjudicate", args=[sentence.id])).status_code == 403
    client.force_login(reviewer)
    page = client.get(reverse("adjudicate", args=[sentence.id])).content.decode()
    assert "ann2" in page and "Rhetoric" in page and "Casualty claim" in page
    assert page.count('value="approve"') == 2


def test_incident_pages_show_conflicting_claims_side_by_side(client, annotator, second_annotator, reviewer, labels):
    civil_defense = Actor.objects.create(name="Civil Defense", kind="first_responder")
    monitor = Actor.objects.create(name="Monitor B", kind="monitor")
    first, _ = document_create(text="A strike in Atarib killed 13 people.", title="First report")
    second, _ = document_create(text="Fifteen civilians died in Atarib.", title="Second report")
    low = _approved_claim(
        annotator, reviewer, first.sentences.first(), labels["casualty_claim"], killed=13, source=civil_defense
    )
    high = _approved_claim(
        second_annotator, reviewer, second.sentences.first(), labels["casualty_claim"], killed=15, source=monitor
    )
    incident = incident_create(by=reviewer, title="Atarib market strike", place_name="Atarib")
    for claim in (low, high):
        incident_link(incident=incident, annotation=claim, by=reviewer)

    client.force_login(reviewer)
    listing = client.get(reverse("incident-list"), {"q": "atarib"}).content.decode()
    assert "Atarib market strike" in listing and 'class="flag">Conflict<' in listing

    page = client.get(reverse("incident-detail", args=[incident.id])).content.decode()
    assert re.search(r'data-testid="killed-range">13–15<', page)
    assert re.search(r'data-testid="conflict"><span class="flag">Figures conflict', page)
    assert re.search(r'data-testid="suggested-grade">fair<', page)
    assert "Civil Defense" in page and "Monitor B" in page
    assert reverse("annotate", args=[first.id]) + f"#sentence-{first.sentences.first().id}" in page
    assert 'id="grade-form"' in page

    # Blind annotation: an annotator sees their own claim, not the other source's, and no verification.
    client.force_login(annotator)
    listing = client.get(reverse("incident-list"), {"q": "atarib"}).content.decode()
    assert "Atarib market strike" in listing and "Conflict" not in listing
    page = client.get(reverse("incident-detail", args=[incident.id])).content.decode()
    assert "Civil Defense" in page and "Monitor B" not in page
    assert "killed-range" not in page and 'id="grade-form"' not in page  # grading is for reviewers


def test_exports_page_lists_releases_with_rows_and_checksum_for_reviewers(client, annotator, reviewer):
    DatasetRelease.objects.create(
        name="claims-v1",
        shape="annotations",
        format="jsonl",
        row_count=42,
        byte_count=1000,
        sha256="ab" * 32,
        file_path="x.jsonl",
        created_by=reviewer,
        project=default_project(),
    )
    client.force_login(reviewer)
    page = client.get(reverse("exports")).content.decode()
    assert "claims-v1" in page and ">42<" in page and "ab" * 32 in page
    assert 'value="incidents"' in page

    client.force_login(annotator)
    page = client.get(reverse("exports")).content.decode()
    assert "claims-v1" not in page and 'value="incidents"' not in page


def test_agreement_page_reports_alpha_and_links_disagreements_to_adjudication(
    client, annotator, second_annotator, reviewer, document, labels
):
    sentences = list(Sentence.objects.filter(document=document).order_by("index"))
    for user, key in ((annotator, "casualty_claim"), (second_annotator, "rhetoric")):
        annotation_submit(annotation=_annotate(user, sentences[0], labels[key]), by=user)
    for user in (annotator, second_annotator):
        annotation_submit(annotation=_annotate(user, sentences[1], labels["attribution"]), by=user)

    client.force_login(reviewer)
    page = client.get(reverse("agreement"), {"document": document.id}).content.decode()
    assert 'data-testid="alpha-overall"' in page
    assert reverse("adjudicate", args=[sentences[0].id]) in page
    assert reverse("adjudicate", args=[sentences[1].id]) not in page


def test_review_queue_page_offers_every_reason_code(client, reviewer):
    client.force_login(reviewer)
    page = client.get(reverse("review-queue")).content.decode()
    for status in ("wrong_label", "wrong_span", "wrong_figures", "wrong_incident", "other"):
        assert f'value="{status}"' in page
    assert 'aria-keyshortcuts="a"' in page and 'aria-keyshortcuts="r"' in page


def test_home_counts_a_rejected_annotation_as_waiting_to_be_fixed(client, annotator, reviewer, document, labels):
    annotation = _annotate(annotator, Sentence.objects.filter(document=document).first(), labels["rhetoric"])
    annotation_submit(annotation=annotation, by=annotator)
    annotation_reject(annotation=annotation, reviewer=reviewer, reason="wrong_label")
    client.force_login(annotator)
    page = client.get(reverse("home")).content.decode()
    assert re.search(r'data-testid="to-fix">1<', page)
    assert AnnotationStatus.REJECTED in page


def test_incident_list_query_count_does_not_grow_with_incidents(
    client, annotator, reviewer, labels, django_assert_max_num_queries
):
    for number in range(10):
        doc, _ = document_create(text=f"Strike {number} killed {number + 2} people.", title=f"Strike {number}")
        claim = _approved_claim(annotator, reviewer, doc.sentences.first(), labels["casualty_claim"], killed=number + 2)
        incident = incident_create(by=reviewer, title=f"Incident {number}")
        incident_link(incident=incident, annotation=claim, by=reviewer)
    client.force_login(annotator)
    # session, user, groups (nav), count, page of incidents, their linked claims with figures and documents
    with django_assert_max_num_queries(7):
        response = client.get(reverse("incident-list"))
    assert response.content.decode().count("/incidents/") >= 10


def test_export_preview_rows_carry_their_documents_language_and_direction(client, annotator, reviewer, labels):
    arabic, _ = document_create(text="قُتل خمسة مدنيين في قصف على أريحا.", title="قصف أريحا")
    english, _ = document_create(text="Five civilians were killed in Ariha.", title="Ariha strike")
    made = {}
    for document in (arabic, english):
        draft = AnnotationDraft(sentence=document.sentences.get(), label=labels["casualty_claim"])
        annotation = annotation_submit(annotation=annotation_create(annotator=annotator, draft=draft), by=annotator)
        made[document.language] = annotation_approve(annotation=annotation, reviewer=reviewer)
    incident = incident_create(by=reviewer, title="مجزرة أريحا")
    incident_link(incident=incident, annotation=made["ar"], by=reviewer)
    client.force_login(reviewer)
    assert 'id="preview"' in client.get(reverse("exports")).content.decode()

    def cells(**params) -> list[tuple[str, str, str]]:
        response = client.get(reverse("export-preview"), params)
        assert response.status_code == 200
        found = re.findall(
            r'<td class="preview-text" lang="([^"]*)" dir="([^"]*)">([^<]*)</td>', response.content.decode()
        )
        return sorted(found)

    assert cells() == [
        ("ar", "rtl", "قُتل خمسة مدنيين في قصف على أريحا."),
        ("en", "auto", "Five civilians were killed in Ariha."),
    ]
    assert cells(shape="sentences", document=arabic.pk) == [("ar", "rtl", "قُتل خمسة مدنيين في قصف على أريحا.")]
    assert cells(shape="incidents") == [("ar", "rtl", "مجزرة أريحا")]
    assert cells(status="submitted") == []

    refused = client.get(reverse("export-preview"), {"shape": "tables"})
    assert refused.status_code == 400 and "Unknown shape" in refused.content.decode()
    refused = client.get(reverse("export-preview"), {"status": "lost"})
    assert refused.status_code == 400 and "Unknown status" in refused.content.decode()


def test_export_preview_keeps_annotation_blind_and_incidents_for_reviewers(
    client, annotator, second_annotator, labels, django_assert_max_num_queries
):
    document, _ = document_create(text="قُتل ثلاثة مدنيين. أُصيب طفلان.", title="قصف")
    mine, theirs = document.sentences.order_by("index")
    annotation_create(annotator=annotator, draft=AnnotationDraft(sentence=mine, label=labels["casualty_claim"]))
    annotation_create(
        annotator=second_annotator, draft=AnnotationDraft(sentence=theirs, label=labels["casualty_claim"])
    )
    client.force_login(annotator)
    # 1 session, 2 user, 3 groups (can annotate), 4 the caller's project roles, 5 the preview's rows.
    with django_assert_max_num_queries(5):
        page = client.get(reverse("export-preview"), {"status": "all"}).content.decode()
    assert "قُتل ثلاثة مدنيين." in page and "أُصيب طفلان." not in page
    assert client.get(reverse("export-preview"), {"shape": "incidents"}).status_code == 403
