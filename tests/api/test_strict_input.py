"""Input is taken as the schema types it: no silent coercion, no silently ignored paging parameter."""

import pytest


def test_a_number_for_a_text_field_is_refused(client_for, reviewer):
    response = client_for(reviewer).post("/api/v1/incidents/", {"title": 0}, format="json")
    assert response.status_code == 400
    assert response.json()["errors"]["title"] == ["Must be text (a JSON string)."]


@pytest.mark.parametrize("value", ["false", "-3", "abc", "1e3", "99999999999999999999"])
def test_a_bad_limit_or_offset_is_refused_not_ignored(client_for, reviewer, value):
    for name in ("limit", "offset"):
        response = client_for(reviewer).get("/api/v1/actors/", {name: value})
        assert response.status_code == 400, (name, value)
        assert name in response.json()["errors"]


def test_a_good_limit_still_works(client_for, reviewer):
    response = client_for(reviewer).get("/api/v1/actors/", {"limit": "5", "offset": "0"})
    assert response.status_code == 200


def test_a_mangled_cursor_is_a_400_naming_it(client_for, reviewer):
    response = client_for(reviewer).get("/api/v1/sentences/", {"cursor": "not-a-cursor"})
    assert response.status_code == 400
    assert "cursor" in response.json()["errors"]


def test_the_schema_says_input_objects_take_no_other_fields(client_for, reviewer):
    schema = client_for(reviewer).get("/api/v1/schema/?format=json").json()
    components = schema["components"]["schemas"]
    assert components["AnnotationInputRequest"]["additionalProperties"] is False
    assert components["PatchedIncidentUpdateRequest"]["additionalProperties"] is False
