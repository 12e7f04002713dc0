"""Suggestions over HTTP: the per-sentence shape, a stored document's sentences, errors, and the model endpoints."""

from __future__ import annotations

import pytest

from annotations.models import Annotation, AnnotationStatus
from annotations.services.annotating import AnnotationDraft, annotation_create
from annotations.services.documents import document_create
from annotations.services.suggesting import training_wait
from tests.conftest import SAMPLE_TEXT

FIGURE_KEYS = {
    "killed",
    "injured",
    "children_killed",
    "women_killed",
    "children_injured",
    "women_injured",
    "qualifier",
    "scope",
    "preliminary",
    "cited_source",
}


@pytest.fixture
def models_dir(settings, tmp_path):
    settings.WORKBENCH_MODELS_DIR = tmp_path / "models"
    return settings.WORKBENCH_MODELS_DIR


def test_a_text_is_split_into_sentences_each_with_hints_and_figures(client_for, annotator, models_dir):
    text = (
        "According to the Syrian Civil Defense, four civilians were killed, and 21 others injured. "
        "The SOC called on the world to act."
    )
    response = client_for(annotator).post("/api/v1/suggestions/", {"text": text})
    assert response.status_code == 200, response.json()
    first, second = response.json()["sentences"]
    assert text[first["start"] : first["end"]] == first["text"]
    assert first["text"].startswith("According") and second["text"] == "The SOC called on the world to act."
    assert set(first["figures"]) == FIGURE_KEYS
    assert first["figures"]["killed"] == {"min": 4, "max": 4}
    assert first["figures"]["injured"] == {"min": 21, "max": 21}
    assert first["figures"]["cited_source"] == "Syrian Civil Defense"
    claim = next(hint for hint in first["labels"] if hint["label"] == "casualty_claim")
    assert claim["score"] >= 0.5 and claim["source"] == "rules" and "four civilians" in claim["cue"]
    assert {hint["label"] for hint in first["labels"] if hint["score"] >= 0.5} == {"casualty_claim"}
    call = second["labels"][0]
    assert (call["label"], call["source"], call["cue"]) == ("call_to_action", "rules", "called on")
    assert second["figures"]["killed"] is None and second["figures"]["injured"] is None


def test_arabic_text_gets_suggestions_in_the_same_shape(client_for, annotator, models_dir):
    text = "قُتل خمسة مدنيين، بينهم طفلان، وأُصيب تسعة آخرون بحسب الدفاع المدني السوري. ندعو إلى التحرك الفوري؟ نعم."
    response = client_for(annotator).post("/api/v1/suggestions/", {"text": text})
    assert response.status_code == 200, response.json()
    first, second, _ = response.json()["sentences"]
    assert text[first["start"] : first["end"]] == first["text"]
    assert second["text"] == "ندعو إلى التحرك الفوري؟"
    assert set(first["figures"]) == FIGURE_KEYS
    assert first["figures"]["killed"] == {"min": 5, "max": 5}
    assert first["figures"]["injured"] == {"min": 9, "max": 9}
    assert first["figures"]["children_killed"] == 2
    assert first["figures"]["cited_source"] == "الدفاع المدني السوري"
    assert {hint["label"] for hint in first["labels"] if hint["score"] >= 0.5} == {"casualty_claim"}
    assert [hint["label"] for hint in second["labels"] if hint["score"] >= 0.5] == ["call_to_action"]


def test_two_perpetrators_are_never_summed_over_http(client_for, annotator, models_dir):
    text = "The PYD militia was responsible for 27 civilian deaths, while Russian forces killed eight civilians."
    sentence = client_for(annotator).post("/api/v1/suggestions/", {"text": text}).json()["sentences"][0]
    assert sentence["figures"]["killed"] == {"min": 27, "max": 27}


@pytest.mark.parametrize(
    ("body", "field"),
    [
        ({"text": "   "}, "text"),
        ({"text": ""}, "text"),
        ({}, "text"),
        ({"text": "x" * 20_001}, "text"),
        ({"text": "Four died.", "language": "en"}, "language"),
    ],
)
def test_empty_oversized_or_unknown_input_is_a_clear_400(client_for, annotator, body, field):
    response = client_for(annotator).post("/api/v1/suggestions/", body, format="json")
    assert response.status_code == 400
    assert field in response.json()["errors"], response.json()


def test_people_without_a_role_get_no_suggestions(client_for, outsider, document):
    assert client_for(outsider).post("/api/v1/suggestions/", {"text": "Four died."}).status_code == 403
    assert client_for(outsider).get(f"/api/v1/documents/{document.pk}/suggestions/").status_code == 403


def test_a_stored_documents_sentences_get_suggestions_with_their_ids(client_for, annotator, document, models_dir):
    response = client_for(annotator).get(f"/api/v1/documents/{document.pk}/suggestions/")
    assert response.status_code == 200
    sentences = response.json()["sentences"]
    stored = list(document.sentences.order_by("index"))
    assert [s["sentence"] for s in sentences] == [s.pk for s in stored]
    assert all(document.text[s["start"] : s["end"]] == s["text"] for s in sentences)
    by_text = {s["text"]: s for s in sentences}
    claim = by_text["The Syrian Civil Defense said four civilians were killed and 21 injured."]
    assert claim["figures"]["killed"] == {"min": 4, "max": 4} and claim["figures"]["injured"] == {"min": 21, "max": 21}
    attribution = by_text["The strikes were carried out by regime warplanes."]
    assert [h["label"] for h in attribution["labels"] if h["score"] >= 0.5] == ["attribution"]
    assert client_for(annotator).get("/api/v1/documents/999999/suggestions/").status_code == 404


def test_a_suggestion_never_becomes_an_annotation(client_for, annotator, document, models_dir):
    client_for(annotator).get(f"/api/v1/documents/{document.pk}/suggestions/")
    client_for(annotator).post("/api/v1/suggestions/", {"text": SAMPLE_TEXT})
    assert Annotation.objects.count() == 0


# --- the learned model ---------------------------------------------------------------------------------

CLAIMS = [
    "Shelling killed {n} people in the village.",
    "{n} civilians were wounded in the strike.",
    "Rescuers recovered {n} bodies from the rubble.",
]
CALLS = ["The council urged donors to send {n} tents.", "Aid groups called for a ceasefire in area {n}."]
PLAIN = ["The market reopened on day {n}.", "The convoy reached checkpoint {n} at noon."]


def approved_set(*, labels, annotator, reviewer, documents: int = 3) -> int:
    """A small approved set in the real database: claims, calls to action and plain sentences."""
    from annotations.services.reviewing import annotation_approve, annotation_submit

    made = 0
    for number in range(documents):
        lines = [t.format(n=number * 10 + k + 2) for k, t in enumerate(CLAIMS + CALLS + PLAIN)]
        doc, _ = document_create(text="\n".join(lines), title=f"Training {number}")
        for sentence in doc.sentences.order_by("index"):
            text = doc.text[sentence.start : sentence.end]
            key = (
                "casualty_claim"
                if any(w in text for w in ("killed", "wounded", "bodies"))
                else "call_to_action"
                if any(w in text for w in ("urged", "called"))
                else None
            )
            if key is None:
                continue
            annotation = annotation_create(
                annotator=annotator, draft=AnnotationDraft(sentence=sentence, label=labels[key])
            )
            annotation_submit(annotation=annotation, by=annotator)
            annotation_approve(annotation=Annotation.objects.get(pk=annotation.pk), reviewer=reviewer)
            made += 1
    return made


@pytest.mark.django_db(transaction=True, serialized_rollback=True)
def test_reviewers_start_a_training_that_runs_in_the_background(client_for, reviewer, annotator, labels, models_dir):
    approved_set(labels=labels, annotator=annotator, reviewer=reviewer)
    client = client_for(reviewer)
    assert client.get("/api/v1/suggestions/model/").json() == {"training": None, "current": None, "models": []}

    response = client.post("/api/v1/suggestions/model/train/")
    assert response.status_code == 202, response.json()
    assert response.json()["training"]["by"] == "rev"
    training_wait(timeout=120)

    status = client.get("/api/v1/suggestions/model/").json()
    assert status["training"] is None
    current = status["current"]
    assert current["version"] == 1 and current["size"] == 21 and current["trained_at"]
    assert set(current["scores"]["f1"]) == {"casualty_claim", "call_to_action"}
    assert (models_dir / "labels-v1.joblib").exists()

    # The suggestions now combine rules and the model: the model knows sentences the rules do not.
    sentence = client.post("/api/v1/suggestions/", {"text": "Rescuers recovered 77 bodies from the rubble."}).json()
    sources = {h["label"]: h["source"] for h in sentence["sentences"][0]["labels"]}
    assert sources["casualty_claim"] == "rules"


def test_a_second_training_while_one_runs_is_a_conflict(client_for, reviewer, models_dir):
    from annotations.services.suggesting import training_lock_release, training_lock_take

    training_lock_take(by="someone")
    try:
        response = client_for(reviewer).post("/api/v1/suggestions/model/train/")
        assert response.status_code == 409
        assert response.json()["detail"] == "A training is already running."
    finally:
        training_lock_release()


def test_only_reviewers_see_or_train_the_model(client_for, annotator, models_dir):
    assert client_for(annotator).get("/api/v1/suggestions/model/").status_code == 403
    assert client_for(annotator).post("/api/v1/suggestions/model/train/").status_code == 403
    assert not models_dir.exists()


def test_the_command_trains_on_approved_annotations_and_versions_the_file(
    labels, annotator, reviewer, models_dir, capsys
):
    from django.core.management import call_command

    from annotations.suggestions.model import load_latest

    approved_set(labels=labels, annotator=annotator, reviewer=reviewer)
    call_command("train_suggestions")
    call_command("train_suggestions")
    out = capsys.readouterr().out
    assert "Model v1 trained on 21 sentences" in out and "Model v2 trained on 21 sentences" in out
    assert sorted(p.name for p in models_dir.glob("labels-v*.joblib")) == ["labels-v1.joblib", "labels-v2.joblib"]
    model = load_latest(models_dir)
    assert model.version == 2 and model.size == 21
    probability, cue = model.predict_one("The council urged donors to send 300 tents.")["call_to_action"]
    assert probability >= 0.5 and "urged" in cue
    assert not (models_dir / "training.lock").exists()


def test_the_command_refuses_without_enough_approved_sentences(db, models_dir):
    from django.core.management import CommandError, call_command

    with pytest.raises(CommandError, match="At least 10 approved sentences are needed to train; there are 0."):
        call_command("train_suggestions")
    assert not (models_dir / "training.lock").exists()


def test_only_approved_annotations_are_learned(labels, annotator, reviewer, models_dir):
    from annotations.services.suggesting import training_examples

    approved_set(labels=labels, annotator=annotator, reviewer=reviewer, documents=1)
    doc, _ = document_create(text="A draft claim: 3 people were killed.", title="Drafts only")
    annotation_create(
        annotator=annotator,
        draft=AnnotationDraft(sentence=doc.sentences.get(), label=labels["casualty_claim"]),
    )
    texts, keys = training_examples()
    assert "A draft claim: 3 people were killed." not in texts
    assert len(texts) == 7 and sum(1 for k in keys if k) == 5
    assert Annotation.objects.filter(status=AnnotationStatus.APPROVED).count() == 5
