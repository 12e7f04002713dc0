"""Actors: everyone signed in reads them; reviewers and admins add them."""

from __future__ import annotations

from annotations.models import Actor

ACTORS = "/api/v1/actors/"


def test_reviewer_adds_an_actor_and_a_known_name_returns_the_stored_one(client_for, reviewer):
    client = client_for(reviewer)
    response = client.post(ACTORS, {"name": "Syrian Network for Human Rights", "kind": "monitor", "aliases": ["SNHR"]})
    assert response.status_code == 201
    body = response.json()
    assert body["kind"] == "monitor" and body["aliases"] == ["SNHR"]
    by_alias = client.post(ACTORS, {"name": "snhr"})
    assert by_alias.status_code == 200
    assert by_alias.json()["id"] == body["id"]
    assert Actor.objects.count() == 1


def test_annotators_read_but_cannot_add_actors(client_for, annotator):
    Actor.objects.create(name="White Helmets", kind="first_responder")
    client = client_for(annotator)
    assert client.get(ACTORS).json()["results"][0]["name"] == "White Helmets"
    response = client.post(ACTORS, {"name": "Someone"})
    assert response.status_code == 403
    assert Actor.objects.count() == 1


def test_bad_actor_input_is_400(client_for, reviewer):
    response = client_for(reviewer).post(ACTORS, {"name": "X", "kind": "militia"})
    assert response.status_code == 400
    assert "kind" in response.json()["errors"]
    assert client_for(reviewer).post(ACTORS, {"kind": "media"}).status_code == 400
    assert not Actor.objects.exists()


def test_actor_filters(client_for, annotator):
    Actor.objects.create(name="Russian forces", kind="state_forces")
    Actor.objects.create(name="Reuters", kind="media")
    client = client_for(annotator)
    assert [a["name"] for a in client.get(ACTORS, {"q": "russ"}).json()["results"]] == ["Russian forces"]
    assert [a["name"] for a in client.get(ACTORS, {"kind": "media"}).json()["results"]] == ["Reuters"]
    assert client.get(ACTORS, {"kind": "alien"}).status_code == 400


def test_actor_list_query_count(client_for, annotator, django_assert_max_num_queries):
    Actor.objects.bulk_create(Actor(name=f"Actor {n}") for n in range(50))
    client = client_for(annotator)
    # 1 session, 2 user, 3 COUNT, 4 the page.
    with django_assert_max_num_queries(4):
        assert len(client.get(ACTORS, {"limit": 50}).json()["results"]) == 50


def test_an_arabic_actor_name_is_found_without_its_diacritics(client_for, annotator):
    Actor.objects.create(name="الدِّفاع المدنيّ السوري", kind="first_responder")
    results = client_for(annotator).get(ACTORS, {"q": "الدفاع المدني"}).json()["results"]
    assert [a["name"] for a in results] == ["الدِّفاع المدنيّ السوري"]
