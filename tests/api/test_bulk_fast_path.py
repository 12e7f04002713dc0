"""The bulk endpoint's fast path gives exactly what the serializer gives, and defers on anything unusual."""

import json

import pytest

from annotations.api.serializers.annotations import BulkInputSerializer, bulk_items_fast


def plain(value):
    return json.loads(json.dumps(value))


def serializer_items(payload):
    serializer = BulkInputSerializer(data=payload)
    return plain(serializer.validated_data["items"]) if serializer.is_valid() else None


WELL_FORMED = [
    {"items": [{"sentence": 1, "label": "rhetoric"}]},
    {"items": [{"sentence": 7, "label": " rhetoric ", "note": "  counted twice ", "span_start": 0, "span_end": 4}]},
    {"items": [{"sentence": 2, "label": "casualty_claim", "span_start": None, "span_end": None, "figures": None}]},
    {
        "items": [
            {
                "sentence": 3,
                "label": "casualty_claim",
                "figures": {
                    "killed_min": 13, "killed_max": None, "injured_min": 0, "children_killed": 7,
                    "qualifier": "at_least", "scope": "incident", "preliminary": True, "cited_source": 5,
                    "raw_text": " 13 people ", "is_suggested": False,
                },
            },
            {"sentence": 4, "label": "attribution", "responsibility": {"actor": 2, "stance": "suspected"}},
            {"sentence": 5, "label": "attribution", "responsibility": {"actor": 2}},
        ]
    },
]  # fmt: skip


@pytest.mark.parametrize("payload", WELL_FORMED)
def test_well_formed_requests_validate_exactly_as_the_serializer_does(payload):
    fast = bulk_items_fast(payload)
    assert fast is not None
    assert plain(fast) == serializer_items(payload)


UNUSUAL = [
    {"items": []},
    {"items": "all"},
    {"items": [{"sentence": 1, "label": "rhetoric"}], "extra": 1},
    {"items": [{"sentence": "1", "label": "rhetoric"}]},  # the serializer accepts "1"; the fast path defers
    {"items": [{"sentence": True, "label": "rhetoric"}]},
    {"items": [{"sentence": 0, "label": "rhetoric"}]},
    {"items": [{"sentence": 1, "label": "   "}]},
    {"items": [{"sentence": 1, "label": "x" * 51}]},
    {"items": [{"sentence": 1}]},
    {"items": [{"sentence": 1, "label": "rhetoric", "colour": "red"}]},
    {"items": [{"sentence": 1, "label": "rhetoric", "span_start": -1}]},
    {"items": [{"sentence": 1, "label": "casualty_claim", "figures": {"killed_min": -2}}]},
    {"items": [{"sentence": 1, "label": "casualty_claim", "figures": {"qualifier": "roughly"}}]},
    {"items": [{"sentence": 1, "label": "casualty_claim", "figures": {"preliminary": "yes"}}]},
    {"items": [{"sentence": 1, "label": "casualty_claim", "figures": {"deaths": 3}}]},
    {"items": [{"sentence": 1, "label": "attribution", "responsibility": {"stance": "asserted"}}]},
    {"items": [{"sentence": 1, "label": "attribution", "responsibility": {"actor": 1, "stance": "sure"}}]},
    [{"sentence": 1, "label": "rhetoric"}],
]


@pytest.mark.parametrize("payload", UNUSUAL)
def test_anything_unusual_is_left_to_the_serializer(payload):
    assert bulk_items_fast(payload) is None
