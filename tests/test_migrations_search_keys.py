"""Incidents stored before Arabic names were folded get their search keys computed again: data made
through the historical models at 0014_document_copies with the keys the older code wrote, then migrated
to 0015_refold_incident_search_keys."""

from __future__ import annotations

from annotations.text.names import name_key

BEFORE = [("annotations", "0014_document_copies")]
AFTER = [("annotations", "0015_refold_incident_search_keys")]


def _found(Incident, query: str) -> list[int]:
    """The incidents the tolerant search finds for ``query`` (the lookup the API and the pages use)."""
    return sorted(Incident.objects.filter(search_key__contains=f" {name_key(query)}").values_list("pk", flat=True))


def test_old_incident_search_keys_are_folded_so_arabic_spellings_find_them(migrator):
    Incident = migrator(BEFORE).get_model("annotations", "Incident")
    # The keys as the code before the Arabic folding wrote them: taa marbuta, alef maqsura and the
    # diacritics it did not remove are still in them, and an alias added later is missing.
    market = Incident.objects.create(
        title="مَجْزَرَةُ سوق معرّة النعمان",
        place_name="معرة النعمان",
        aliases=["مجزرة السوق الشعبي"],
        search_key=" مجزرة سوق معرّة النعمان | معرة النعمان ",
    )
    hospital = Incident.objects.create(
        title="قصف مشفى الهدى", place_name="كفرنبل", search_key=" قصف مشفى الهدى | كفرنبل "
    )
    english = Incident.objects.create(
        title="Darat Izza market strike", place_name="Darat Izza", search_key=" drt az mrkt strk | drt az "
    )
    assert _found(Incident, "مجزره سوق") == []
    assert _found(Incident, "مشفي الهدي") == []

    Incident = migrator(AFTER).get_model("annotations", "Incident")

    assert Incident.objects.get(pk=market.pk).search_key == (
        " مجزره سوق معره النعمان | معره النعمان | مجزره السوق الشعبي "
    )
    assert Incident.objects.get(pk=hospital.pk).search_key == " قصف مشفي الهدي | كفرنبل "
    assert Incident.objects.get(pk=english.pk).search_key == " drt az mrkt strk | drt az "
    for query in ("مجزره سوق", "مجزرة سوق", "مَجزرةُ", "معرة النعمان", "السوق الشعبي"):
        assert _found(Incident, query) == [market.pk], query
    assert _found(Incident, "مشفى الهدى") == _found(Incident, "مشفي الهدي") == [hospital.pk]
    assert _found(Incident, "Daret Izza") == [english.pk]
    assert _found(Incident, "ادلب") == []
