"""Retraining a project's suggestion model from its page in a real Chromium: the manager presses the
button, the page answers at once, follows the background training through the status API and shows the
new version with its scores when it is done."""

from __future__ import annotations

import re

import pytest
from django.urls import reverse
from playwright.sync_api import expect

from annotations.models import Label
from annotations.projects.services import default_project, project_member_set
from annotations.services.suggesting import training_status, training_wait
from tests.conftest import _user
from tests.suggestion_training import approved_set
from tests.web.conftest import sign_in

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]


@pytest.fixture
def models_dir(settings, tmp_path):
    settings.WORKBENCH_MODELS_DIR = tmp_path / "models"
    return settings.WORKBENCH_MODELS_DIR


def test_a_manager_retrains_the_suggestions_and_sees_the_new_version(
    page, live_server, annotator, reviewer, models_dir, screenshot_dir
):
    project = default_project()
    manager = _user("mgr")
    project_member_set(project=project, user=manager, role="manager", by=None)
    labels = {label.key: label for label in Label.objects.all()}
    approved_set(labels=labels, annotator=annotator, reviewer=reviewer, checkpoint_label="rhetoric")

    sign_in(page, manager)
    page.goto(reverse("project-detail", args=[project.id]))
    card = page.get_by_test_id("suggestion-model")
    expect(card.get_by_role("heading", name="Retrain suggestions")).to_be_visible()
    expect(card.get_by_test_id("model-version")).to_have_text(
        "No model trained yet: the hints come from the rules alone."
    )
    expect(card).to_contain_text("21 sentences to learn from")

    for version in (1, 2):
        card.get_by_role("button", name="Retrain suggestions").click()
        expect(page.get_by_test_id("message-success")).to_have_text(
            "Training started in the background; the new version shows here when it is done."
        )
        # Drawn by the server when the training was already done, else by the page's polling.
        expect(card.get_by_test_id("model-version")).to_have_text(str(version), timeout=120_000)
        expect(card.get_by_test_id("model-size")).to_have_text("21 sentences")
        expect(card.get_by_role("button", name="Retrain suggestions")).to_be_enabled()
        training_wait(timeout=120)
    expect(card.locator("table.model-scores")).to_contain_text("Rhetoric")
    macro = training_status(project)["current"]["scores"]["macro_f1"]
    expect(card.get_by_test_id("model-macro-f1")).to_contain_text(f"{macro:.3f}")
    page.screenshot(path=str(screenshot_dir / "project-retrain-suggestions.png"), full_page=True)
    assert [model["version"] for model in training_status(project)["models"]] == [2, 1]
    assert not page.script_problems, page.script_problems


def test_the_page_follows_a_running_training_until_it_finishes(page, live_server, annotator, reviewer, models_dir):
    """The status line while the training runs, then the version the polling draws (the lock is held by
    the test, so the page is certainly in the middle of a training when it loads)."""
    from annotations.services.suggesting import suggestion_model_train, training_lock_release, training_lock_take

    project = default_project()
    manager = _user("mgr")
    project_member_set(project=project, user=manager, role="manager", by=None)
    labels = {label.key: label for label in Label.objects.all()}
    approved_set(labels=labels, annotator=annotator, reviewer=reviewer)
    training_lock_take(project=project, by="rev")
    try:
        sign_in(page, manager)
        page.goto(reverse("project-detail", args=[project.id]))
        card = page.get_by_test_id("suggestion-model")
        expect(card.get_by_test_id("model-state")).to_contain_text("(started by rev)")
        expect(card.get_by_role("button", name="Retrain suggestions")).to_be_disabled()
        suggestion_model_train(project=project)
    finally:
        training_lock_release(project=project)
    expect(card.get_by_test_id("model-state")).to_have_text("Training finished: version 1 is in use.")
    expect(card.get_by_test_id("model-version")).to_have_text("1")
    expect(card.get_by_test_id("model-size")).to_have_text("21 sentences")
    expect(card.get_by_test_id("model-trained-at")).to_have_text(re.compile(r"^\d{4}-\d\d-\d\d \d\d:\d\d:\d\d UTC$"))
    expect(card.get_by_role("button", name="Retrain suggestions")).to_be_enabled()
    assert not page.script_problems, page.script_problems
