"""What every input serializer shares: unknown fields are an error, not silently dropped."""

from __future__ import annotations

from collections.abc import Mapping

from rest_framework import serializers


class StrictSerializer(serializers.Serializer):
    """A serializer that refuses fields it does not know, naming the ones it does, and text fields given
    anything but text (DRF would quietly turn ``"name": 0`` into ``"0"``)."""

    def to_internal_value(self, data):
        if isinstance(data, Mapping):
            writable = [name for name, field in self.fields.items() if not field.read_only]
            unknown = sorted(set(data) - set(writable))
            if unknown:
                allowed = ", ".join(writable)
                raise serializers.ValidationError({name: [f"Unknown field; allowed: {allowed}."] for name in unknown})
            not_text = [
                name
                for name, field in self.fields.items()
                if isinstance(field, serializers.CharField) and data.get(name) is not None
                and not isinstance(data[name], str)
            ]  # fmt: skip
            if not_text:
                raise serializers.ValidationError({name: ["Must be text (a JSON string)."] for name in not_text})
        return super().to_internal_value(data)


def validated(serializer_class: type[serializers.Serializer], data, **kwargs) -> dict:
    """The serializer's validated data, or the ValidationError that the exception handler turns into a 400."""
    serializer = serializer_class(data=data, **kwargs)
    serializer.is_valid(raise_exception=True)
    return serializer.validated_data


def iso(value) -> str | None:
    """A datetime as DRF writes it (ISO 8601, 'Z' for UTC)."""
    if value is None:
        return None
    text = value.isoformat()
    return text[:-6] + "Z" if text.endswith("+00:00") else text
