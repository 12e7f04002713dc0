"""The project page's "Retrain suggestions" card, without a browser: what managers see of the project's
label model, and what the Retrain button does (starts a background training and answers at once)."""

from __future__ import annotations

import importlib

import pytest
from django.apps import apps
from django.urls import reverse

from annotations.projects.services import default_project, project_member_set
from annotations.services.suggesting import (
    suggestion_model_train,
    training_lock_release,
    training_lock_take,
    training_status,
    training_wait,
)
from tests.conftest import _user
from tests.suggestion_training import approved_set


@pytest.fixture
def seeded(transactional_db):
    """The rows the data migrations made (labels, role groups), for the tests on a transactional database:
    an earlier browser test in the same run empties it and serialized rollback does not bring them back."""
    for module, function in (("0003_seed_labels", "seed_labels"), ("0004_roles", "create_groups")):
        getattr(importlib.import_module(f"annotations.migrations.{module}"), function)(apps, None)


@pytest.fixture
def models_dir(settings, tmp_path):
    settings.WORKBENCH_MODELS_DIR = tmp_path / "models"
    return settings.WORKBENCH_MODELS_DIR


@pytest.fixture
def manager(db):
    user = _user("mgr")
    project_member_set(project=default_project(), user=user, role="manager", by=None)
    return user


def _card(html: str) -> str:
    start = html.index('data-testid="suggestion-model"')
    return html[start : html.index("</section>", start)]


def _page(client, user) -> str:
    client.force_login(user)
    return client.get(reverse("project-detail", args=[default_project().pk])).content.decode()


@pytest.mark.django_db
def test_a_manager_sees_the_model_in_use_with_its_scores(client, manager, annotator, reviewer, labels, models_dir):
    card = _card(_page(client, manager))
    assert "No model trained yet: the hints come from the rules alone." in card
    assert "0 sentences to learn from (at least 10 needed)" in card
    assert "Approve more annotations in this project to train a model." in card
    assert 'id="train-button" disabled' in card

    approved_set(labels=labels, annotator=annotator, reviewer=reviewer, checkpoint_label="rhetoric")
    model = suggestion_model_train(project=default_project())
    card = _card(_page(client, manager))
    assert '<dd data-testid="model-version">1</dd>' in card
    shown = model.trained_at.replace("T", " ").replace("+00:00", " UTC")
    assert shown.endswith(" UTC") and f'<dd data-testid="model-trained-at">{shown}</dd>' in card
    assert '<dd data-testid="model-size">21 sentences</dd>' in card
    assert f"{model.scores['macro_f1']:.3f} (5 folds)" in card
    assert "<td>Casualty claim</td>" in card and "<td>Rhetoric</td>" in card
    assert "21 sentences to learn from" in card
    assert 'id="train-button">' in card  # enabled


@pytest.mark.django_db
def test_only_managers_get_the_card(client, manager, annotator, reviewer, models_dir):
    assert 'data-testid="suggestion-model"' not in _page(client, annotator)
    assert 'data-testid="suggestion-model"' not in _page(client, reviewer)


@pytest.mark.django_db
def test_a_running_training_is_shown_and_a_second_one_is_refused(client, manager, models_dir):
    project = default_project()
    training_lock_take(project=project, by="rev")
    try:
        card = _card(_page(client, manager))
        assert "Training since" in card and "(started by rev)" in card
        assert 'id="train-button" disabled' in card
        response = client.post(reverse("project-detail", args=[project.pk]), {"action": "train"}, follow=True)
        assert "A training is already running." in response.content.decode()
    finally:
        training_lock_release(project=project)


@pytest.mark.django_db
def test_people_who_do_not_manage_the_project_cannot_train_it(client, annotator, reviewer, outsider, models_dir):
    url = reverse("project-detail", args=[default_project().pk])
    for user, status in ((annotator, 403), (reviewer, 403), (outsider, 404)):
        client.force_login(user)
        assert client.post(url, {"action": "train"}).status_code == status, user
    assert not models_dir.exists()


@pytest.mark.django_db(transaction=True)
def test_the_button_starts_a_training_in_the_background_and_answers_at_once(
    seeded, client, manager, annotator, reviewer, models_dir
):
    from annotations.models import Label

    project = default_project()
    labels = {label.key: label for label in Label.objects.all()}
    approved_set(labels=labels, annotator=annotator, reviewer=reviewer)
    client.force_login(manager)
    response = client.post(reverse("project-detail", args=[project.pk]), {"action": "train"})
    assert response.status_code == 302 and response["Location"].endswith("#train")
    training_wait(timeout=120)
    page = client.get(response["Location"]).content.decode()
    assert "Training started in the background; the new version shows here when it is done." in page
    assert '<dd data-testid="model-version">1</dd>' in _card(page)
    assert training_status(project)["current"]["size"] == 21


@pytest.mark.django_db(transaction=True)
def test_a_failed_training_says_why_on_the_page(seeded, client, manager, models_dir):
    project = default_project()
    client.force_login(manager)
    client.post(reverse("project-detail", args=[project.pk]), {"action": "train"})
    training_wait(timeout=60)
    card = _card(_page(client, manager))
    assert "The last training failed: At least 10 approved sentences are needed to train; there are 0." in card
