"""Actors stored before source types existed get the source type their kind implies."""

from __future__ import annotations

BEFORE = [("annotations", "0015_refold_incident_search_keys")]
AFTER = [("annotations", "0016_actor_source_type")]


def test_existing_actors_take_the_source_type_of_their_kind(migrator):
    old = migrator(BEFORE)
    Actor = old.get_model("annotations", "Actor")
    kinds = ["monitor", "first_responder", "political_body", "government"]
    kinds += ["armed_group", "state_forces", "media", "other"]
    for kind in kinds:
        Actor.objects.create(name=f"An actor of kind {kind}", kind=kind)
    new = migrator(AFTER)
    stored = dict(new.get_model("annotations", "Actor").objects.values_list("kind", "source_type"))
    assert stored == {
        "monitor": "monitor",
        "first_responder": "first_responder",
        "political_body": "other",
        "government": "government",
        "armed_group": "party_to_conflict",
        "state_forces": "party_to_conflict",
        "media": "media",
        "other": "other",
    }
    assert set(new.get_model("annotations", "Actor").objects.values_list("reliability_note", flat=True)) == {""}
