"""Merging a probable duplicate in a real Chromium: from the incident list to the duplicates page, where the
reviewer reads why two incidents match, presses Merge, is asked first, and sees the pair gone."""

from __future__ import annotations

from datetime import date

import pytest
from playwright.sync_api import expect

from annotations.models import Incident, IncidentLink
from annotations.projects.services import default_project
from annotations.services.incidents import incident_create
from tests.web.conftest import sign_in

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]


def test_a_reviewer_merges_a_pair_of_duplicates_in_one_click(page, live_server, reviewer, screenshot_dir):
    project = default_project()
    darat = incident_create(
        by=reviewer,
        project=project,
        title="Darat Izza market strike",
        place_name="Darat Izza",
        occurred_on=date(2024, 11, 28),
        strike_type="airstrike",
    )
    copy = incident_create(
        by=reviewer,
        project=project,
        title="Daret Izza bombing",
        place_name="Daret Izza",
        occurred_on=date(2024, 11, 29),
        strike_type="air raid",
    )
    incident_create(by=reviewer, project=project, title="Atarib strike", place_name="Atarib")

    sign_in(page, reviewer)
    page.goto("/incidents/")
    page.get_by_role("link", name="Probable duplicates").click()
    expect(page.get_by_role("heading", name="Probable duplicate incidents")).to_be_visible()
    expect(page.get_by_test_id("pair-count")).to_have_text("1 probable duplicate pair")
    pair = page.get_by_role("region", name=f"Incidents #{darat.pk} and #{copy.pk}")
    expect(pair.get_by_test_id("reasons")).to_contain_text("same place: 'Darat Izza'")
    expect(pair.get_by_test_id("reasons")).to_contain_text("date 2024-11-29 within the incident's day (2024-11-28)")
    expect(pair.get_by_test_id("reasons")).to_contain_text("same kind of attack: airstrike")
    page.screenshot(path=str(screenshot_dir / "incident-duplicates.png"), full_page=True)

    # Saying no to the question merges nothing.
    page.once("dialog", lambda dialog: dialog.dismiss())
    pair.get_by_role("button", name="Merge").click()
    expect(page.get_by_test_id("pair-count")).to_have_text("1 probable duplicate pair")
    assert not Incident.objects.filter(merged_into__isnull=False).exists()

    # Keep the Daret Izza entry this time; the question names both.
    pair.get_by_label(f"Keep #{copy.pk}").check()
    asked: list[str] = []

    def accept(dialog):
        asked.append(dialog.message)
        dialog.accept()

    page.once("dialog", accept)
    pair.get_by_role("button", name="Merge").click()
    expect(page.get_by_test_id("message-success")).to_have_text(
        f"Incident #{darat.pk} “Darat Izza market strike” merged into #{copy.pk} “Daret Izza bombing”;"
        " it had no claims."
    )
    assert asked and asked[0].startswith(f"Merge #{darat.pk} “Darat Izza market strike” into #{copy.pk}")
    expect(page.get_by_test_id("pair-count")).to_have_text("0 probable duplicate pairs")
    darat.refresh_from_db()
    assert darat.merged_into_id == copy.pk
    assert not IncidentLink.objects.exists()
    assert not page.script_problems, page.script_problems
