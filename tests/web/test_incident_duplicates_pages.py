"""The probable-duplicates page without a browser: reviewers see the pairs of the projects they review with
the reasons they match, and merge one with a POST that goes through the incident merge service."""

from __future__ import annotations

from datetime import date

import pytest
from django.contrib.auth.models import User
from django.urls import reverse

from annotations.models import Event, EventKind, Incident, IncidentLink, Label
from annotations.projects.services import project_create, project_member_set
from annotations.services.annotating import AnnotationDraft, annotation_create
from annotations.services.documents import document_create
from annotations.services.incidents import incident_create, incident_link

pytestmark = pytest.mark.django_db

URL = "/incidents/duplicates/"


def person(name: str, **flags) -> User:
    return User.objects.create_user(username=name, password=f"{name}-password", **flags)


@pytest.fixture
def world(db):
    """Project A: a Darat Izza strike entered twice (once as "Daret Izza", a day later) with a claim on the
    copy, and an unrelated Atarib strike. Project B: Idlib shelling entered twice (Idlib / Idleb)."""
    a, b = project_create(name="Desk A", by=None), project_create(name="Desk B", by=None)
    cast = {"a": a, "b": b}
    for key, project, role in (
        ("reviewer_a", a, "reviewer"),
        ("annotator_a", a, "annotator"),
        ("reviewer_b", b, "reviewer"),
        ("manager_a", a, "manager"),
    ):
        cast[key] = person(key)
        project_member_set(project=project, user=cast[key], role=role, by=None)
    reviewer_a, reviewer_b = cast["reviewer_a"], cast["reviewer_b"]
    cast["darat"] = incident_create(
        by=reviewer_a,
        project=a,
        title="Darat Izza market strike",
        place_name="Darat Izza",
        occurred_on=date(2024, 11, 28),
        date_precision="day",
        strike_type="airstrike",
    )
    cast["copy"] = incident_create(
        by=reviewer_a,
        project=a,
        title="Daret Izza bombing",
        place_name="Daret Izza",
        occurred_on=date(2024, 11, 29),
        strike_type="air strike",
    )
    cast["atarib"] = incident_create(
        by=reviewer_a, project=a, title="Atarib strike", place_name="Atarib", occurred_on=date(2024, 10, 2)
    )
    cast["idlib"] = incident_create(
        by=reviewer_b, project=b, title="Idlib shelling", place_name="Idlib", occurred_on=date(2024, 11, 20)
    )
    cast["idleb"] = incident_create(
        by=reviewer_b, project=b, title="Idleb artillery", place_name="Idleb", occurred_on=date(2024, 11, 21)
    )
    document, _ = document_create(text="Airstrikes killed four people in Daret Izza.", title="Report", project=a)
    claim = annotation_create(
        annotator=cast["annotator_a"],
        draft=AnnotationDraft(sentence=document.sentences.get(), label=Label.objects.get(key="casualty_claim")),
    )
    incident_link(incident=cast["copy"], annotation=claim, by=cast["annotator_a"])
    cast["claim"] = claim
    return cast


def _page(client, user, url: str = URL) -> str:
    client.force_login(user)
    response = client.get(url)
    assert response.status_code == 200
    return response.content.decode()


def test_a_reviewer_sees_the_pairs_of_their_project_with_the_reasons(client, world):
    html = _page(client, world["reviewer_a"])
    darat, copy = world["darat"], world["copy"]
    assert f'data-pair="{darat.pk}-{copy.pk}"' in html
    assert "1 probable duplicate pair" in html
    for reason in (
        "same place: &#x27;Darat Izza&#x27;",
        "date 2024-11-29 within the incident&#x27;s day (2024-11-28)",
        "same kind of attack: airstrike",
    ):
        assert f"<li>{reason}</li>" in html
    # The one with the claim is kept unless the reviewer chooses the other.
    assert f'value="{copy.pk}" id="keep-{copy.pk}" data-title="#{copy.pk} “Daret Izza bombing”" checked' in html
    assert "Atarib strike" not in html  # no pair
    assert "Idlib shelling" not in html and "Idleb artillery" not in html  # project B's


def test_staff_see_every_project_and_may_narrow_to_one(client, world):
    boss = person("boss", is_staff=True)
    html = _page(client, boss)
    assert "2 probable duplicate pairs" in html and "Idleb artillery" in html and "<td>Desk B</td>" in html
    only_b = _page(client, boss, f"{URL}?project={world['b'].pk}")
    assert "1 probable duplicate pair" in only_b and "Darat Izza market strike" not in only_b


def test_people_who_do_not_review_get_no_page_and_a_foreign_project_is_404(client, world):
    for who in ("annotator_a",):
        client.force_login(world[who])
        assert client.get(URL).status_code == 403
        assert client.post(URL, {"first": world["darat"].pk, "second": world["copy"].pk, "keep": 1}).status_code == 403
    client.force_login(person("nobody"))
    assert client.get(URL).status_code == 403
    client.force_login(world["reviewer_a"])
    assert client.get(f"{URL}?project={world['b'].pk}").status_code == 404


def test_merging_a_pair_keeps_the_chosen_incident_and_moves_the_claims(client, world):
    darat, copy = world["darat"], world["copy"]
    client.force_login(world["reviewer_a"])
    response = client.post(URL, {"first": darat.pk, "second": copy.pk, "keep": darat.pk}, follow=True)
    html = response.content.decode()
    assert response.redirect_chain == [(URL, 302)]
    assert (
        f"Incident #{copy.pk} “Daret Izza bombing” merged into #{darat.pk} “Darat Izza market strike”;"
        f" its 1 claim now belongs to #{darat.pk}." in html
    )
    assert "0 probable duplicate pairs" in html
    copy.refresh_from_db()
    assert copy.merged_into_id == darat.pk
    assert list(IncidentLink.objects.values_list("incident_id", "annotation_id")) == [(darat.pk, world["claim"].pk)]
    assert Event.objects.filter(kind=EventKind.INCIDENT_MERGED, actor=world["reviewer_a"]).count() == 2


def test_a_pair_merged_already_or_badly_posted_says_why_and_changes_nothing(client, world):
    darat, copy = world["darat"], world["copy"]
    client.force_login(world["reviewer_a"])
    bad = client.post(URL, {"first": darat.pk, "second": copy.pk, "keep": world["atarib"].pk}, follow=True)
    assert "Choose which of the two incidents to keep." in bad.content.decode()
    client.post(URL, {"first": darat.pk, "second": copy.pk, "keep": copy.pk})
    again = client.post(URL, {"first": darat.pk, "second": copy.pk, "keep": copy.pk}, follow=True)
    assert f"Incident {darat.pk} was merged into incident {copy.pk}; change that one instead." in again.content.decode()
    assert Incident.objects.filter(merged_into__isnull=False).count() == 1


def test_a_pair_of_another_project_cannot_be_merged(client, world):
    client.force_login(world["reviewer_a"])
    idlib, idleb = world["idlib"], world["idleb"]
    assert client.post(URL, {"first": idlib.pk, "second": idleb.pk, "keep": idlib.pk}).status_code == 404
    mixed = client.post(URL, {"first": world["darat"].pk, "second": idleb.pk, "keep": world["darat"].pk})
    assert mixed.status_code == 404
    assert not Incident.objects.filter(merged_into__isnull=False).exists()


def test_the_incident_list_links_reviewers_to_the_duplicates(client, world):
    html = _page(client, world["reviewer_a"], reverse("incident-list"))
    assert f'<a href="{URL}" data-testid="duplicates-link">Probable duplicates</a>' in html
    assert 'data-testid="duplicates-link"' not in _page(client, world["annotator_a"], reverse("incident-list"))


def test_the_page_reads_a_fixed_number_of_queries_whatever_the_number_of_pairs(
    client, world, django_assert_max_num_queries
):
    client.force_login(world["manager_a"])
    client.get(URL)  # warm the session
    for n in range(5):
        incident_create(
            by=world["reviewer_a"],
            project=world["a"],
            title=f"Atarib again {n}",
            place_name="Atarib",
            occurred_on=date(2024, 10, 2),
        )
    # session, user, groups, memberships, projects, the unmerged incidents, their details with claim counts,
    # and the messages' session write: no query per pair.
    with django_assert_max_num_queries(10):
        html = client.get(URL).content.decode()
    assert "16 probable duplicate pairs" in html
