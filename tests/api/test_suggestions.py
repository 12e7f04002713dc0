"""Suggestions over HTTP: the per-sentence shape, a stored document's sentences, errors, and the model endpoints."""

from __future__ import annotations

import pytest

from annotations.models import Annotation, AnnotationStatus
from annotations.services.annotating import AnnotationDraft, annotation_create
from annotations.services.documents import document_create
from annotations.services.suggesting import training_wait
from tests.conftest import SAMPLE_TEXT
from tests.suggestion_training import CHECKPOINT, approved_set

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


# --- the learned model: one per project ---------------------------------------------------------------


def model_hints(sentences: list[dict]) -> list[dict]:
    return [hint for sentence in sentences for hint in sentence["labels"] if hint["source"] == "model"]


@pytest.mark.django_db(transaction=True, serialized_rollback=True)
def test_reviewers_start_a_training_that_runs_in_the_background(client_for, reviewer, annotator, labels, models_dir):
    from annotations.projects.services import default_project

    project = default_project()
    approved_set(labels=labels, annotator=annotator, reviewer=reviewer, checkpoint_label="rhetoric")
    client = client_for(reviewer)
    before = client.get(f"/api/v1/suggestions/model/?project={project.pk}").json()
    assert before == {
        "project": project.pk,
        "training": None,
        "last_error": None,
        "current": None,
        "models": [],
        "min_examples": 10,
    }

    response = client.post("/api/v1/suggestions/model/train/", {"project": project.pk}, format="json")
    assert response.status_code == 202, response.json()
    assert response.json()["training"]["by"] == "rev"
    training_wait(timeout=120)

    status = client.get("/api/v1/suggestions/model/", {"project": project.pk}).json()
    assert status["training"] is None and status["last_error"] is None
    current = status["current"]
    assert current["version"] == 1 and current["size"] == 21 and current["trained_at"]
    assert set(current["scores"]["f1"]) == {"casualty_claim", "call_to_action", "rhetoric"}
    assert (models_dir / f"project-{project.pk}" / "labels-v1.joblib").exists()
    assert not list(models_dir.glob("labels-v*"))  # nothing outside the project's folder

    # The suggestions now combine rules and the project's model: it knows a sentence the rules do not.
    sentences = client.post("/api/v1/suggestions/", {"text": CHECKPOINT, "project": project.pk}).json()["sentences"]
    assert [(h["label"], h["source"]) for h in model_hints(sentences)] == [("rhetoric", "model")]
    # The reviewer is in one project only: a text without ``project`` is read with that project's model.
    assert model_hints(client.post("/api/v1/suggestions/", {"text": CHECKPOINT}).json()["sentences"])
    sentence = client.post("/api/v1/suggestions/", {"text": "Rescuers recovered 77 bodies from the rubble."}).json()
    sources = {h["label"]: h["source"] for h in sentence["sentences"][0]["labels"]}
    assert sources["casualty_claim"] == "rules"


@pytest.mark.django_db(transaction=True, serialized_rollback=True)
def test_a_training_with_too_few_approved_sentences_reports_why_in_the_status(client_for, reviewer, models_dir):
    client = client_for(reviewer)
    assert client.post("/api/v1/suggestions/model/train/", {}, format="json").status_code == 202
    training_wait(timeout=60)
    status = client.get("/api/v1/suggestions/model/").json()
    assert status["training"] is None and status["current"] is None
    assert status["last_error"]["message"] == "At least 10 approved sentences are needed to train; there are 0."


def test_a_second_training_of_the_same_project_while_one_runs_is_a_conflict(client_for, reviewer, models_dir):
    from annotations.projects.services import default_project
    from annotations.services.suggesting import training_lock_release, training_lock_take

    project = default_project()
    training_lock_take(project=project, by="someone")
    try:
        response = client_for(reviewer).post("/api/v1/suggestions/model/train/", {"project": project.pk})
        assert response.status_code == 409
        assert response.json()["detail"] == "A training is already running."
        status = client_for(reviewer).get("/api/v1/suggestions/model/").json()
        assert status["training"]["by"] == "someone" and status["training"]["started"]
    finally:
        training_lock_release(project=project)


def test_only_reviewers_see_or_train_the_model(client_for, annotator, models_dir):
    assert client_for(annotator).get("/api/v1/suggestions/model/").status_code == 403
    assert client_for(annotator).post("/api/v1/suggestions/model/train/").status_code == 403
    assert not models_dir.exists()


def test_the_command_trains_on_approved_annotations_and_versions_the_file(
    labels, annotator, reviewer, models_dir, capsys
):
    from django.core.management import call_command

    from annotations.projects.services import default_project
    from annotations.suggestions.model import load_latest

    project = default_project()
    approved_set(labels=labels, annotator=annotator, reviewer=reviewer)
    call_command("train_suggestions", "--project", str(project.pk))
    call_command("train_suggestions", project=project.pk)
    out = capsys.readouterr().out
    assert f"Project {project.pk} (Default project): model v1 trained on 21 sentences" in out
    assert "model v2 trained on 21 sentences" in out
    folder = models_dir / f"project-{project.pk}"
    assert sorted(p.name for p in folder.glob("labels-v*.joblib")) == ["labels-v1.joblib", "labels-v2.joblib"]
    model = load_latest(folder)
    assert model.version == 2 and model.size == 21
    probability, cue = model.predict_one("The council urged donors to send 300 tents.")["call_to_action"]
    assert probability >= 0.5 and "urged" in cue
    assert not (folder / "training.lock").exists()


def test_the_command_refuses_a_project_without_enough_approved_sentences(db, models_dir):
    from django.core.management import CommandError, call_command

    from annotations.projects.services import default_project

    project = default_project()
    with pytest.raises(CommandError, match="At least 10 approved sentences are needed to train; there are 0."):
        call_command("train_suggestions", project=project.pk)
    assert not (models_dir / f"project-{project.pk}" / "training.lock").exists()
    with pytest.raises(CommandError, match="No project with id 999999."):
        call_command("train_suggestions", project=999999)
    with pytest.raises(CommandError, match=r"No project has enough approved sentences to train \(at least 10"):
        call_command("train_suggestions")


def test_only_approved_annotations_are_learned(labels, annotator, reviewer, models_dir):
    from annotations.projects.services import default_project
    from annotations.services.suggesting import training_examples, training_size

    approved_set(labels=labels, annotator=annotator, reviewer=reviewer, documents=1)
    doc, _ = document_create(text="A draft claim: 3 people were killed.", title="Drafts only")
    annotation_create(
        annotator=annotator,
        draft=AnnotationDraft(sentence=doc.sentences.get(), label=labels["casualty_claim"]),
    )
    texts, keys = training_examples(default_project())
    assert "A draft claim: 3 people were killed." not in texts
    assert len(texts) == 7 and sum(1 for k in keys if k) == 5
    assert training_size(default_project()) == 7
    assert Annotation.objects.filter(status=AnnotationStatus.APPROVED).count() == 5


# --- projects never share a model ------------------------------------------------------------------------


@pytest.fixture
def two_projects(db, labels):
    """Projects A and B, each with a manager, a reviewer and an annotator; only A has approved work,
    and A's reviewers approved "rhetoric" on the checkpoint sentences."""
    from annotations.projects.services import project_create, project_member_set
    from tests.api.projects_setup import make_user

    sides = {}
    for letter in "AB":
        project = project_create(name=f"Model {letter}", by=None)
        people = {role: make_user(f"{role}_{letter.lower()}") for role in ("manager", "reviewer", "annotator")}
        for role, user in people.items():
            project_member_set(project=project, user=user, role=role, by=None)
        sides[letter] = {"project": project, **people}
    a = sides["A"]
    approved_set(
        labels=labels,
        annotator=a["annotator"],
        reviewer=a["reviewer"],
        project=a["project"],
        checkpoint_label="rhetoric",
    )
    return sides


def test_one_projects_training_data_never_reaches_another_projects_suggestions(
    client_for, two_projects, labels, models_dir, capsys
):
    from django.core.management import call_command

    from annotations.projects.services import project_documents_add
    from annotations.services.suggesting import training_examples

    a, b = two_projects["A"], two_projects["B"]
    # The same document in both projects: its sentences may be read by both, B's labels stay B's.
    shared, _ = document_create(text=f"Report. {CHECKPOINT} The rest.", title="Shared", project=a["project"])
    project_documents_add(project=b["project"], documents=[shared.pk], by=None)
    assert training_examples(b["project"]) == ([], [])

    call_command("train_suggestions")  # every project with enough approved data: A only
    out = capsys.readouterr().out
    assert f"Project {a['project'].pk} (Model A): model v1 trained on 21 sentences" in out
    assert f"Skipped project {b['project'].pk} (Model B): 0 approved sentences, at least 10 needed." in out
    assert not (models_dir / f"project-{b['project'].pk}").exists()

    # A's model speaks in A ...
    as_a = client_for(a["annotator"])
    assert model_hints(as_a.post("/api/v1/suggestions/", {"text": CHECKPOINT}).json()["sentences"])
    in_a = as_a.get(f"/api/v1/documents/{shared.pk}/suggestions/").json()["sentences"]
    assert [h["label"] for h in model_hints(in_a)] == ["rhetoric"]
    # ... and never in B: the same sentence, the same shared document, read by B's people or in B.
    for who in ("annotator", "reviewer", "manager"):
        client = client_for(b[who])
        text = client.post("/api/v1/suggestions/", {"text": CHECKPOINT}).json()["sentences"]
        named = client.post("/api/v1/suggestions/", {"text": CHECKPOINT, "project": b["project"].pk}).json()
        document = client.get(f"/api/v1/documents/{shared.pk}/suggestions/").json()["sentences"]
        assert model_hints(text) == model_hints(named["sentences"]) == model_hints(document) == [], who
    # A member of both reads the shared document in the project they name.
    from annotations.projects.services import project_member_set

    project_member_set(project=b["project"], user=a["annotator"], role="annotator", by=None)
    url = f"/api/v1/documents/{shared.pk}/suggestions/"
    assert model_hints(as_a.get(url, {"project": b["project"].pk}).json()["sentences"]) == []
    assert model_hints(as_a.get(url, {"project": a["project"].pk}).json()["sentences"])
    # In two projects and naming none, a text gets the rules alone.
    assert model_hints(as_a.post("/api/v1/suggestions/", {"text": CHECKPOINT}).json()["sentences"]) == []


def test_a_project_you_are_not_in_is_404_for_its_model_and_its_suggestions(client_for, two_projects, models_dir):
    a, b = two_projects["A"], two_projects["B"]
    outsider = client_for(b["manager"])
    assert outsider.get("/api/v1/suggestions/model/", {"project": a["project"].pk}).status_code == 404
    assert outsider.post("/api/v1/suggestions/model/train/", {"project": a["project"].pk}).status_code == 404
    assert outsider.post("/api/v1/suggestions/", {"text": "Four died.", "project": a["project"].pk}).status_code == 404
    shared, _ = document_create(text="Only in B. Four died.", title="B's", project=b["project"])
    response = outsider.get(f"/api/v1/documents/{shared.pk}/suggestions/", {"project": a["project"].pk})
    assert response.status_code == 404
    assert not (models_dir / f"project-{a['project'].pk}").exists()


def test_a_projects_annotators_may_not_train_it_its_reviewers_and_managers_may(
    client_for, two_projects, admin_user, models_dir
):
    from annotations.projects.services import project_member_set
    from annotations.services.suggesting import training_lock_release, training_lock_take

    a, b = two_projects["A"], two_projects["B"]
    # B's reviewer also annotates in A: a reviewer somewhere, but not of A.
    project_member_set(project=a["project"], user=b["reviewer"], role="annotator", by=None)
    response = client_for(b["reviewer"]).post("/api/v1/suggestions/model/train/", {"project": a["project"].pk})
    assert response.status_code == 403
    assert response.json()["detail"] == "Only reviewers and managers of this project can see or retrain its model."
    # B's reviewer reviews one project (B): without ``project`` it is B's model; staff in no project must name one.
    assert client_for(b["reviewer"]).get("/api/v1/suggestions/model/").json()["project"] == b["project"].pk
    response = client_for(admin_user).get("/api/v1/suggestions/model/")
    assert response.status_code == 400 and "project" in response.json()["errors"]
    bad = client_for(b["reviewer"]).post("/api/v1/suggestions/model/train/", {"project": "A"}, format="json")
    assert bad.status_code == 400 and "project" in bad.json()["errors"]
    unknown = client_for(b["reviewer"]).post("/api/v1/suggestions/model/train/", {"project": 1, "x": 1}, format="json")
    assert unknown.status_code == 400 and "x" in unknown.json()["errors"]

    # A lock is per project: A training does not stop B's; whoever may is answered at once.
    training_lock_take(project=a["project"], by="someone")
    try:
        for user, project in ((a["reviewer"], a["project"]), (a["manager"], a["project"]), (admin_user, a["project"])):
            response = client_for(user).post("/api/v1/suggestions/model/train/", {"project": project.pk})
            assert response.status_code == 409, user
        response = client_for(b["manager"]).post("/api/v1/suggestions/model/train/", {"project": b["project"].pk})
        assert response.status_code == 202 and response.json()["project"] == b["project"].pk
        training_wait(timeout=60)
    finally:
        training_lock_release(project=a["project"])
    assert client_for(admin_user).get("/api/v1/suggestions/model/", {"project": 999999}).status_code == 404


def test_a_document_read_in_a_project_that_does_not_hold_it_is_a_400(client_for, two_projects, models_dir):
    from annotations.projects.services import project_member_set

    a, b = two_projects["A"], two_projects["B"]
    project_member_set(project=b["project"], user=a["annotator"], role="annotator", by=None)
    only_a, _ = document_create(text="Only in A. Four died.", title="A's", project=a["project"])
    response = client_for(a["annotator"]).get(
        f"/api/v1/documents/{only_a.pk}/suggestions/", {"project": b["project"].pk}
    )
    assert response.status_code == 400
    assert response.json()["errors"]["project"] == [f"Document {only_a.pk} is not in project {b['project'].pk}."]


TRANSCRIPT = (
    "Q. How many of the convoy's drivers were killed in the ambush? A. Five, Congressman, and nine were wounded.\n"
    "Q. And how many of the guards died?\n"
    "A. Two.\n"
    "A strike in the valley later hit a school."
)


def test_a_transcripts_answers_get_the_counts_their_questions_ask_for(client_for, annotator, models_dir):
    response = client_for(annotator).post("/api/v1/suggestions/", {"text": TRANSCRIPT})
    assert response.status_code == 200, response.json()
    run_in, question, answer, other = response.json()["sentences"]
    # on one line, the question and its answer are one sentence, read together
    assert run_in["text"].startswith("Q. How many") and run_in["text"].endswith("nine were wounded.")
    assert run_in["figures"]["killed"] == {"min": 5, "max": 5}
    assert run_in["figures"]["injured"] == {"min": 9, "max": 9}
    # on a line of its own, the answer is read with the question before it
    assert answer["text"] == "A. Two." and answer["figures"]["killed"] == {"min": 2, "max": 2}
    assert question["figures"]["killed"] is None  # the question alone counts no one
    assert other["figures"]["killed"] is None


def test_a_stored_transcripts_answers_get_their_counts_too(client_for, annotator, models_dir):
    document, _ = document_create(text=TRANSCRIPT, title="Hearing on the convoy ambush")
    response = client_for(annotator).get(f"/api/v1/documents/{document.pk}/suggestions/")
    assert response.status_code == 200
    by_text = {s["text"]: s for s in response.json()["sentences"]}
    assert len(by_text) == 4
    assert by_text["A. Two."]["figures"]["killed"] == {"min": 2, "max": 2}
