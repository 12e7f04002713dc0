"""Actors as the API reads them, what a reviewer sends to add one, and what an edit of its source
weighing sends."""

from __future__ import annotations

from rest_framework import serializers

from annotations.api.serializers.base import StrictSerializer
from annotations.models import Actor, ActorKind, SourceType

_NOTE_MAX = Actor._meta.get_field("reliability_note").max_length


class ActorSerializer(serializers.ModelSerializer):
    # No unique check here: creating looks the name up among names and aliases and returns a match.
    name = serializers.CharField(max_length=200)
    aliases = serializers.ListField(child=serializers.CharField(max_length=200), required=False, max_length=50)
    source_type = serializers.ChoiceField(
        choices=SourceType.choices,
        required=False,
        help_text="What the actor's claims are worth as a source. Left out on creation: the type its kind "
        "implies (armed groups and state forces: party_to_conflict; political bodies: other).",
    )
    reliability_note = serializers.CharField(
        max_length=_NOTE_MAX, required=False, allow_blank=True, help_text="Why this source is (or is not) trusted"
    )

    class Meta:
        model = Actor
        fields = ["id", "name", "kind", "aliases", "source_type", "reliability_note"]


class ActorUpdateSerializer(StrictSerializer):
    """A reviewer's edit of what an actor is and how it is weighed: only the fields to change."""

    kind = serializers.ChoiceField(choices=ActorKind.choices, required=False)
    source_type = serializers.ChoiceField(choices=SourceType.choices, required=False)
    reliability_note = serializers.CharField(max_length=_NOTE_MAX, required=False, allow_blank=True)

    def validate(self, attrs: dict) -> dict:
        if not attrs:
            raise serializers.ValidationError(
                {"non_field_errors": ["Send at least one of kind, source_type, reliability_note."]}
            )
        return attrs
