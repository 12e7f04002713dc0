"""Incidents as the API reads them, with their verification summary, and what clients send."""

from __future__ import annotations

from rest_framework import serializers

from annotations.api.serializers.base import StrictSerializer, iso
from annotations.models import DatePrecision, Grade


class IncidentInputSerializer(StrictSerializer):
    """Create (title required) or edit an incident; the grade changes only through /grade/."""

    title = serializers.CharField(max_length=300)
    occurred_on = serializers.DateField(required=False, allow_null=True)
    date_precision = serializers.ChoiceField(choices=DatePrecision.choices, required=False)
    place_name = serializers.CharField(max_length=200, required=False, allow_blank=True)
    admin_area = serializers.CharField(max_length=200, required=False, allow_blank=True)
    latitude = serializers.DecimalField(
        max_digits=9, decimal_places=6, min_value=-90, max_value=90, required=False, allow_null=True
    )
    longitude = serializers.DecimalField(
        max_digits=9, decimal_places=6, min_value=-180, max_value=180, required=False, allow_null=True
    )
    strike_type = serializers.CharField(max_length=100, required=False, allow_blank=True)
    description = serializers.CharField(required=False, allow_blank=True, max_length=20_000)


class LinkInputSerializer(StrictSerializer):
    annotation = serializers.IntegerField(help_text="Id of a casualty_claim or attribution annotation")


class MergeInputSerializer(StrictSerializer):
    into = serializers.IntegerField(help_text="Id of the incident that absorbs this one")


class GradeInputSerializer(StrictSerializer):
    grade = serializers.ChoiceField(choices=Grade.choices)
    note = serializers.CharField(allow_blank=True, max_length=10_000, help_text="Why: required for every grade change")


class RangeSerializer(serializers.Serializer):
    min = serializers.IntegerField()
    max = serializers.IntegerField(allow_null=True, help_text="null: open-ended (at least min)")


class SummarySerializer(serializers.Serializer):
    claims = serializers.ListField(
        child=serializers.DictField(),
        help_text="Each linked claim: annotation, label, status, annotator, document, publisher, published_on, "
        "sentence, cited_source, figures, responsibility, counted",
    )
    counted_claims = serializers.IntegerField(help_text="Approved, incident-scope casualty claims")
    killed = RangeSerializer(allow_null=True)
    injured = RangeSerializer(allow_null=True)
    independent_sources = serializers.IntegerField()
    conflict = serializers.BooleanField(help_text="Two approved claims' ranges do not overlap")
    conflicts = serializers.ListField(child=serializers.DictField())
    blamed_actors = serializers.ListField(child=serializers.DictField())
    suggested_grade = serializers.CharField(help_text="weak, fair or contested from the claims; else unassessed")


class IncidentSerializer(serializers.Serializer):
    id = serializers.IntegerField()
    title = serializers.CharField()
    occurred_on = serializers.DateField(allow_null=True)
    date_precision = serializers.ChoiceField(choices=DatePrecision.choices)
    place_name = serializers.CharField()
    admin_area = serializers.CharField()
    latitude = serializers.CharField(allow_null=True)
    longitude = serializers.CharField(allow_null=True)
    strike_type = serializers.CharField()
    description = serializers.CharField()
    grade = serializers.ChoiceField(choices=Grade.choices)
    grade_note = serializers.CharField()
    created_by = serializers.DictField(allow_null=True, help_text="{id, username}")
    created_at = serializers.DateTimeField()
    merged_into = serializers.IntegerField(allow_null=True)
    summary = SummarySerializer(allow_null=True, help_text="Only for reviewers: it shows every annotator's claims")


def incident_data(incident, summary: dict | None) -> dict:
    return {
        "id": incident.pk,
        "title": incident.title,
        "occurred_on": incident.occurred_on.isoformat() if incident.occurred_on else None,
        "date_precision": incident.date_precision,
        "place_name": incident.place_name,
        "admin_area": incident.admin_area,
        "latitude": None if incident.latitude is None else str(incident.latitude),
        "longitude": None if incident.longitude is None else str(incident.longitude),
        "strike_type": incident.strike_type,
        "description": incident.description,
        "grade": incident.grade,
        "grade_note": incident.grade_note,
        "created_by": {"id": incident.created_by_id, "username": incident.created_by.username}
        if incident.created_by_id
        else None,
        "created_at": iso(incident.created_at),
        "merged_into": incident.merged_into_id,
        "summary": summary,
    }
