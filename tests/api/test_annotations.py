"""The annotation endpoints: blind lists, writes through the services, errors, query counts, bulk."""

from __future__ import annotations

import pytest

from annotations.models import Actor, Annotation, CasualtyFigures, Event, Incident, IncidentLink
from annotations.services.reviewing import annotation_approve, annotation_submit
from tests.api.conftest import label_sentences, long_document

LIST = "/api/v1/annotations/"


def bulk_url(document) -> str:
    return f"/api/v1/documents/{document.pk}/annotations/bulk/"


def counts() -> tuple[int, int, int]:
    return Annotation.objects.count(), CasualtyFigures.objects.count(), Event.objects.count()


# --- create --------------------------------------------------------------------------------------


def test_annotator_creates_a_casualty_claim_with_figures(client_for, annotator, sentences, labels):
    source = Actor.objects.create(name="Syrian Civil Defense")
    response = client_for(annotator).post(
        LIST,
        {
            "sentence": sentences[1].pk,
            "label": "casualty_claim",
            "span_start": sentences[1].start,
            "span_end": sentences[1].end,
            "figures": {"killed_min": 4, "killed_max": 4, "injured_min": 21, "cited_source": source.pk},
        },
    )
    assert response.status_code == 201, response.json()
    body = response.json()
    assert body["label"] == "casualty_claim"
    assert body["status"] == "draft" and body["version"] == 1
    assert body["annotator"] == {"id": annotator.pk, "username": "ann"}
    assert body["document"] == sentences[1].document_id
    assert body["figures"]["killed_min"] == 4 and body["figures"]["cited_source"] == source.pk
    assert body["responsibility"] is None and body["incidents"] == []
    assert CasualtyFigures.objects.get(annotation_id=body["id"]).injured_min == 21


def test_attribution_carries_the_actor_blamed(client_for, annotator, sentences, labels):
    regime = Actor.objects.create(name="Regime forces", kind="state_forces")
    response = client_for(annotator).post(
        LIST,
        {
            "sentence": sentences[2].pk,
            "label": "attribution",
            "responsibility": {"actor": regime.pk, "stance": "suspected"},
        },
    )
    assert response.status_code == 201, response.json()
    assert response.json()["responsibility"] == {"actor": regime.pk, "stance": "suspected"}


@pytest.mark.parametrize(
    ("payload", "field", "words"),
    [
        ({"label": "casualty"}, "label", "Unknown label 'casualty'; use one of attribution, call_to_action"),
        ({"span_start": 0, "span_end": 500}, "span_start", "must lie inside sentence 1"),
        ({"span_start": 60}, "span_start", "Give both span_start and span_end"),
        ({"figures": {"killed_min": 5, "killed_max": 2}}, "figures.killed_max", "below killed_min"),
        ({"figures": {"killed_min": -1}}, "figures.killed_min", "greater than or equal to 0"),
        ({"figures": {"deaths": 3}}, "figures.deaths", "Unknown field"),
        ({"figures": {"cited_source": 999}}, "figures.cited_source", "No actor with id 999"),
        ({"label": "rhetoric", "figures": {"killed_min": 1}}, "figures", "Only a casualty claim"),
        ({"sentence": 99999}, "sentence", "No sentence 99999"),
        ({"colour": "red"}, "colour", "Unknown field; allowed: sentence, label"),
    ],
)
def test_bad_annotation_input_is_400_naming_the_field_and_stores_nothing(
    client_for, annotator, sentences, labels, payload, field, words
):
    before = counts()
    response = client_for(annotator).post(LIST, {"sentence": sentences[1].pk, "label": "casualty_claim", **payload})
    assert response.status_code == 400
    body = response.json()
    assert field in body["errors"], body
    assert words in " ".join(body["errors"][field])
    assert body["detail"].startswith(field) or field in body["detail"]
    assert counts() == before


def test_labelling_the_same_sentence_twice_is_refused(client_for, annotator, sentences, labels):
    client = client_for(annotator)
    payload = {"sentence": sentences[0].pk, "label": "rhetoric"}
    assert client.post(LIST, payload).status_code == 201
    response = client.post(LIST, payload)
    assert response.status_code == 400
    assert "already labelled sentence 0" in response.json()["errors"]["label"][0]
    assert Annotation.objects.count() == 1


def test_outsider_cannot_annotate(client_for, outsider, sentences, labels):
    response = client_for(outsider).post(LIST, {"sentence": sentences[0].pk, "label": "rhetoric"})
    assert response.status_code == 403
    assert "annotators" in response.json()["detail"]
    assert not Annotation.objects.exists()


def test_anonymous_cannot_list_or_create(client_for, sentences):
    assert client_for().get(LIST).status_code in (401, 403)
    assert client_for().post(LIST, {"sentence": sentences[0].pk, "label": "rhetoric"}).status_code in (401, 403)


# --- reading: blind annotation -------------------------------------------------------------------


def test_annotators_see_only_their_own_annotations(client_for, annotator, second_annotator, reviewer, document, labels):
    mine = label_sentences(annotator=annotator, document=document, label=labels["rhetoric"], count=2)
    theirs = label_sentences(annotator=second_annotator, document=document, label=labels["rhetoric"], count=3)

    listed = client_for(annotator).get(LIST).json()["results"]
    assert [a["id"] for a in listed] == [a.pk for a in mine]
    assert client_for(annotator).get(f"{LIST}{theirs[0].pk}/").status_code == 404

    everything = client_for(reviewer).get(LIST).json()["results"]
    assert len(everything) == 5
    assert client_for(reviewer).get(f"{LIST}{theirs[0].pk}/").status_code == 200


def test_outsider_sees_no_annotations(client_for, annotator, outsider, document, labels):
    label_sentences(annotator=annotator, document=document, label=labels["rhetoric"])
    assert client_for(outsider).get(LIST).json()["results"] == []


# --- editing -------------------------------------------------------------------------------------


@pytest.fixture
def draft(annotator, document, labels):
    (annotation,) = label_sentences(annotator=annotator, document=document, label=labels["casualty_claim"], count=1)
    return annotation


def test_owner_edits_a_draft_with_the_current_version(client_for, annotator, draft):
    response = client_for(annotator).patch(
        f"{LIST}{draft.pk}/", {"version": 1, "note": "toll from the civil defense", "figures": {"killed_min": 4}}
    )
    assert response.status_code == 200, response.json()
    body = response.json()
    assert body["version"] == 2 and body["note"] == "toll from the civil defense"
    assert body["figures"]["killed_min"] == 4

    response = client_for(annotator).patch(f"{LIST}{draft.pk}/", {"version": 2, "figures": None})
    assert response.json()["figures"] is None
    assert not CasualtyFigures.objects.filter(annotation=draft).exists()


def test_stale_version_is_409_with_the_current_state(client_for, annotator, draft):
    client = client_for(annotator)
    assert client.patch(f"{LIST}{draft.pk}/", {"version": 1, "note": "first"}).status_code == 200
    response = client.patch(f"{LIST}{draft.pk}/", {"version": 1, "note": "second"})
    assert response.status_code == 409
    body = response.json()
    assert "changed since you loaded it" in body["detail"]
    assert body["current"]["version"] == 2 and body["current"]["note"] == "first"
    draft.refresh_from_db()
    assert draft.note == "first"


def test_patch_without_version_is_400(client_for, annotator, draft):
    response = client_for(annotator).patch(f"{LIST}{draft.pk}/", {"note": "x"})
    assert response.status_code == 400
    assert "version" in response.json()["errors"]


def test_put_is_not_offered(client_for, annotator, draft):
    assert client_for(annotator).put(f"{LIST}{draft.pk}/", {"version": 1}).status_code == 405


def test_nobody_edits_or_deletes_someone_elses_annotation(client_for, second_annotator, reviewer, draft):
    url = f"{LIST}{draft.pk}/"
    # Another annotator cannot even see it (blind annotation).
    assert client_for(second_annotator).patch(url, {"version": 1, "note": "x"}).status_code == 404
    assert client_for(second_annotator).delete(url).status_code == 404
    # A reviewer sees it but may not change it.
    response = client_for(reviewer).patch(url, {"version": 1, "note": "x"})
    assert response.status_code == 403
    assert response.json()["detail"] == "You can only change your own annotations."
    assert client_for(reviewer).delete(url).status_code == 403
    draft.refresh_from_db()
    assert draft.note == "" and draft.version == 1


def test_owner_deletes_a_draft(client_for, annotator, draft):
    assert client_for(annotator).delete(f"{LIST}{draft.pk}/").status_code == 204
    assert not Annotation.objects.filter(pk=draft.pk).exists()


def test_submitted_annotations_cannot_be_edited_or_deleted(client_for, annotator, draft):
    annotation_submit(annotation=draft, by=annotator)
    client = client_for(annotator)
    response = client.patch(f"{LIST}{draft.pk}/", {"version": 2, "note": "x"})
    assert response.status_code == 409
    assert response.json()["current"]["status"] == "submitted"
    assert client.delete(f"{LIST}{draft.pk}/").status_code == 409
    assert Annotation.objects.filter(pk=draft.pk).exists()


# --- submitting ----------------------------------------------------------------------------------


def test_submit_one_then_again_is_409(client_for, annotator, draft):
    client = client_for(annotator)
    response = client.post(f"{LIST}{draft.pk}/submit/")
    assert response.status_code == 200
    assert response.json()["status"] == "submitted" and response.json()["submitted_at"]
    again = client.post(f"{LIST}{draft.pk}/submit/")
    assert again.status_code == 409
    assert again.json()["current"] == {"id": draft.pk, "status": "submitted", "version": 2}


def test_submit_a_whole_document(client_for, annotator, second_annotator, document, labels):
    mine = label_sentences(annotator=annotator, document=document, label=labels["rhetoric"])
    theirs = label_sentences(annotator=second_annotator, document=document, label=labels["rhetoric"])
    response = client_for(annotator).post(f"/api/v1/documents/{document.pk}/submit/")
    assert response.status_code == 200
    assert response.json() == {"submitted": [a.pk for a in mine], "already_submitted": []}
    assert set(Annotation.objects.filter(pk__in=[a.pk for a in theirs]).values_list("status", flat=True)) == {"draft"}


def test_submitting_a_document_twice_reports_what_was_submitted(
    client_for, annotator, second_annotator, reviewer, document, labels
):
    mine = label_sentences(annotator=annotator, document=document, label=labels["rhetoric"])
    label_sentences(annotator=second_annotator, document=document, label=labels["rhetoric"])
    client = client_for(annotator)
    first = client.post(f"/api/v1/documents/{document.pk}/submit/").json()
    annotation_approve(annotation=mine[0], reviewer=reviewer)
    again = client.post(f"/api/v1/documents/{document.pk}/submit/")
    assert again.status_code == 200
    assert again.json() == {"submitted": [], "already_submitted": first["submitted"]}
    assert first["submitted"] == [a.pk for a in mine]


def test_submitting_a_document_with_nothing_of_yours_is_200_and_empty(client_for, annotator, document):
    response = client_for(annotator).post(f"/api/v1/documents/{document.pk}/submit/")
    assert response.status_code == 200
    assert response.json() == {"submitted": [], "already_submitted": []}


def test_submit_of_a_missing_document_is_404(client_for, annotator, db):
    assert client_for(annotator).post("/api/v1/documents/999/submit/").status_code == 404


# --- filters, ordering, pagination ---------------------------------------------------------------


def test_filters(client_for, annotator, second_annotator, reviewer, document, labels):
    publisher = Actor.objects.create(name="SNHR")
    other = long_document(3, title="Other", publisher=publisher)
    claims = label_sentences(annotator=annotator, document=document, label=labels["casualty_claim"], count=2)
    rhetoric = label_sentences(annotator=second_annotator, document=other, label=labels["rhetoric"])
    annotation_submit(annotation=claims[0], by=annotator)
    incident = Incident.objects.create(title="Darat Izza strike")
    IncidentLink.objects.create(incident=incident, annotation=claims[1])
    client = client_for(reviewer)

    def ids(**params) -> set[int]:
        response = client.get(LIST, params)
        assert response.status_code == 200, response.json()
        return {a["id"] for a in response.json()["results"]}

    assert ids(label="casualty_claim") == {a.pk for a in claims}
    assert ids(status="submitted") == {claims[0].pk}
    assert ids(status=["draft", "submitted"]) == {a.pk for a in claims + rhetoric}
    assert ids(annotator=second_annotator.pk) == {a.pk for a in rhetoric}
    assert ids(document=other.pk) == {a.pk for a in rhetoric}
    assert ids(publisher=publisher.pk) == {a.pk for a in rhetoric}
    assert ids(incident=incident.pk) == {claims[1].pk}
    assert ids(q="four civilians") == {claims[1].pk}
    assert ids(created_after="2000-01-01", created_before="2999-01-01") == {a.pk for a in claims + rhetoric}
    assert ids(created_after="2999-01-01") == set()
    assert client.get(LIST, {"incident": incident.pk}).json()["results"][0]["incidents"] == [incident.pk]

    response = client.get(LIST, {"status": "lost"})
    assert response.status_code == 400
    assert "status" in response.json()["errors"]


def test_ordering_and_cursor_pages(client_for, annotator, labels):
    document = long_document(7)
    made = label_sentences(annotator=annotator, document=document, label=labels["rhetoric"])
    client = client_for(annotator)
    seen, url, params = [], LIST, {"page_size": 3, "ordering": "-id"}
    while url:
        page = client.get(url, params).json()
        seen += [a["id"] for a in page["results"]]
        url, params = page["next"], None
    assert seen == sorted((a.pk for a in made), reverse=True)


def test_page_size_is_capped_at_500(client_for, annotator, db):
    from annotations.api.pagination import CursorPage

    assert CursorPage.max_page_size == 500
    assert client_for(annotator).get(LIST, {"page_size": 100000}).status_code == 200


@pytest.mark.parametrize("size", [5, 50])
def test_list_query_count_does_not_grow_with_page_size(
    client_for, annotator, reviewer, labels, size, django_assert_max_num_queries
):
    document = long_document(size)
    made = label_sentences(annotator=annotator, document=document, label=labels["casualty_claim"])
    CasualtyFigures.objects.filter(annotation__in=made).delete()  # the suggested ones, replaced below
    CasualtyFigures.objects.bulk_create(CasualtyFigures(annotation=a, killed_min=1) for a in made)
    incident = Incident.objects.create(title="Strike")
    IncidentLink.objects.bulk_create(IncidentLink(incident=incident, annotation=a) for a in made)
    for annotation in made[:2]:
        annotation_submit(annotation=annotation, by=annotator)
        annotation_approve(annotation=annotation, reviewer=reviewer)
    client = client_for(reviewer)
    # 1 session, 2 user, 3 the user's groups (blind annotation), 4 the page of annotations with
    # label, annotator, sentence, figures, responsibility and reviewer joined, 5 their incident links.
    with django_assert_max_num_queries(5):
        response = client.get(LIST, {"page_size": size})
    results = response.json()["results"]
    assert len(results) == size
    assert results[0]["review"]["reviewed_by_username"] == "rev"
    assert all(a["incidents"] == [incident.pk] for a in results)


# --- bulk ----------------------------------------------------------------------------------------


def test_bulk_labels_a_document_in_one_request(client_for, annotator, labels):
    document = long_document(4)
    sentences = list(document.sentences.order_by("index"))
    regime = Actor.objects.create(name="Regime")
    items = [
        {"sentence": sentences[0].pk, "label": "casualty_claim", "figures": {"injured_min": 1, "injured_max": 1}},
        {"sentence": sentences[1].pk, "label": "attribution", "responsibility": {"actor": regime.pk}},
        {"sentence": sentences[2].pk, "label": "rhetoric", "note": "loaded words"},
        {
            "sentence": sentences[2].pk,
            "label": "call_to_action",
            "span_start": sentences[2].start,
            "span_end": sentences[2].start + 6,
        },
    ]
    response = client_for(annotator).post(bulk_url(document), {"items": items})
    assert response.status_code == 201, response.json()
    body = response.json()
    assert [a["label"] for a in body] == ["casualty_claim", "attribution", "rhetoric", "call_to_action"]
    assert body[0]["figures"]["injured_min"] == 1 and body[1]["figures"] is None
    assert body[1]["responsibility"] == {"actor": regime.pk, "stance": "asserted"}
    assert body[2]["note"] == "loaded words" and body[3]["span_end"] == sentences[2].start + 6
    assert {a["id"] for a in body} == set(Annotation.objects.values_list("id", flat=True))
    # The response, written from the values stored rather than read back, matches what a later read returns.
    for answered in body:
        assert client_for(annotator).get(f"{LIST}{answered['id']}/").json() == answered


@pytest.mark.parametrize("size", [5, 30])
def test_bulk_query_count_does_not_grow_with_the_items(
    client_for, annotator, labels, size, django_assert_max_num_queries
):
    document = long_document(size)
    source = Actor.objects.create(name="Civil Defense")
    items = [
        {"sentence": s.pk, "label": "casualty_claim", "figures": {"killed_min": 1, "cited_source": source.pk}}
        for s in document.sentences.all()
    ]
    client = client_for(annotator)
    # 1 session, 2 user, 3 groups (may annotate), 4 the document, 5 its sentences, 6 the document is in
    # one of the caller's projects (404 otherwise; it reads their memberships, cached for the request),
    # 7 labels, 8 the cited actors; then in one transaction (a savepoint under the test's transaction:
    # 9 and 16): 10 the labels of the project (refused outside its set), 11 annotations already there,
    # 12 insert annotations, 13 insert figures, 14 insert responsibilities (skipped when there are none),
    # 15 insert events.
    with django_assert_max_num_queries(16):
        response = client.post(bulk_url(document), {"items": items})
    assert response.status_code == 201
    assert len(response.json()) == size == Annotation.objects.count() == CasualtyFigures.objects.count()


def test_bulk_refuses_a_sentence_of_another_document_and_stores_nothing(client_for, annotator, document, labels):
    other = long_document(2, title="Elsewhere")
    foreign = other.sentences.first()
    own = document.sentences.first()
    before = counts()
    response = client_for(annotator).post(
        bulk_url(document),
        {"items": [{"sentence": own.pk, "label": "rhetoric"}, {"sentence": foreign.pk, "label": "rhetoric"}]},
    )
    assert response.status_code == 400
    message = response.json()["errors"]["items[1].sentence"][0]
    assert f"is not a sentence of document {document.pk}" in message
    assert counts() == before


@pytest.mark.parametrize(
    ("item", "field"),
    [
        ({"label": "unknown"}, "items[1].label"),
        ({"span_start": 0, "span_end": 10_000}, "items[1].span_start"),
        ({"figures": {"killed_min": "many"}}, "items[1].figures.killed_min"),
        ({"sentence": "first"}, "items[1].sentence"),
    ],
)
def test_one_bad_bulk_item_stores_nothing(client_for, annotator, document, labels, item, field):
    first, second = list(document.sentences.order_by("index"))[:2]
    before = counts()
    response = client_for(annotator).post(
        bulk_url(document),
        {
            "items": [
                {"sentence": first.pk, "label": "rhetoric"},
                {"sentence": second.pk, "label": "casualty_claim", **item},
            ]
        },
    )
    assert response.status_code == 400
    assert field in response.json()["errors"], response.json()
    assert counts() == before


def test_bulk_refuses_labels_already_given_and_duplicates(client_for, annotator, document, labels):
    first = document.sentences.order_by("index").first()
    client = client_for(annotator)
    twice = client.post(bulk_url(document), {"items": [{"sentence": first.pk, "label": "rhetoric"}] * 2})
    assert twice.status_code == 400 and "appear twice" in twice.json()["detail"]
    assert client.post(bulk_url(document), {"items": [{"sentence": first.pk, "label": "rhetoric"}]}).status_code == 201
    again = client.post(bulk_url(document), {"items": [{"sentence": first.pk, "label": "rhetoric"}]})
    assert again.status_code == 400
    assert "already labelled" in again.json()["errors"]["items[0].label"][0]
    assert Annotation.objects.count() == 1


def test_bulk_needs_items_a_document_and_a_role(client_for, annotator, outsider, document, labels):
    first = document.sentences.first()
    assert client_for(annotator).post(bulk_url(document), {"items": []}).status_code == 400
    assert client_for(annotator).post(bulk_url(document), {"things": []}).status_code == 400
    assert client_for(annotator).post("/api/v1/documents/999/annotations/bulk/", {"items": []}).status_code == 404
    outsider_response = client_for(outsider).post(
        bulk_url(document), {"items": [{"sentence": first.pk, "label": "rhetoric"}]}
    )
    assert outsider_response.status_code == 403
    assert not Annotation.objects.exists()


def test_an_arabic_query_finds_annotations_by_sentence_or_note_however_spelled(client_for, annotator, labels):
    from annotations.services.annotating import AnnotationDraft, annotation_create
    from annotations.services.documents import document_create

    document, _ = document_create(text="استُشهد ٣ أطفالٍ في قصفٍ على إدلب. وأُصيب آخرون بجروح.", title="قصف إدلب")
    first, second = document.sentences.order_by("index")
    claim = annotation_create(
        annotator=annotator, draft=AnnotationDraft(sentence=first, label=labels["casualty_claim"])
    )
    noted = annotation_create(
        annotator=annotator,
        draft=AnnotationDraft(sentence=second, label=labels["casualty_claim"], note="العدد غير مؤكَّد بعدُ"),
    )
    client = client_for(annotator)

    def ids(q: str) -> set[int]:
        response = client.get(LIST, {"q": q})
        assert response.status_code == 200, response.json()
        return {a["id"] for a in response.json()["results"]}

    assert ids("استشهد 3 اطفال") == {claim.pk}
    assert ids("ادلب") == {claim.pk}
    assert ids("مؤكد بعد") == {noted.pk}  # the note, without its shadda and damma
    assert ids("حلب") == set()
