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
    aliases = serializers.ListField(
        child=serializers.CharField(max_length=200, allow_blank=True),
        required=False,
        max_length=50,
        help_text="Other spellings or names (e.g. Daret Izza); the search matches them",
    )


class IncidentCreateSerializer(IncidentInputSerializer):
    project = serializers.IntegerField(
        min_value=1,
        max_value=2**63 - 1,
        required=False,
        help_text="Project id; may be left out by a member of only one project. Claims link only within it.",
    )


class IncidentUpdateSerializer(IncidentInputSerializer):
    """An edit: only the fields to change, and the version the editor loaded."""

    title = serializers.CharField(max_length=300, required=False)
    version = serializers.IntegerField(
        min_value=1,
        help_text="The version you loaded; a stale one gets 409 with the stored incident in `current`.",
        error_messages={"required": "Send the version of the incident you edited (its `version` field)."},
    )


class LinkInputSerializer(StrictSerializer):
    annotation = serializers.IntegerField(help_text="Id of a casualty_claim or attribution annotation")


class MergeInputSerializer(StrictSerializer):
    into = serializers.IntegerField(help_text="Id of the incident that absorbs this one")


class GradeInputSerializer(StrictSerializer):
    version = serializers.IntegerField(
        min_value=1,
        help_text="The version you loaded; a stale one gets 409 with the stored incident in `current`.",
        error_messages={"required": "Send the version of the incident you graded (its `version` field)."},
    )
    grade = serializers.ChoiceField(choices=Grade.choices)
    note = serializers.CharField(allow_blank=True, max_length=10_000, help_text="Why: required for every grade change")


class RangeSerializer(serializers.Serializer):
    min = serializers.IntegerField()
    max = serializers.IntegerField(allow_null=True, help_text="null: open-ended (at least min)")


class SummarySerializer(serializers.Serializer):
    claims = serializers.ListField(
        child=serializers.DictField(),
        help_text="Each linked claim: annotation, label, status, annotator, document, publisher, published_on, "
        "sentence, cited_source, figures, responsibility, counted, accepts_responsibility. Actors (publisher, "
        "cited_source, responsibility.actor) are {id, name, source_type}.",
    )
    counted_claims = serializers.IntegerField(help_text="Approved, incident-scope casualty claims")
    killed = RangeSerializer(allow_null=True)
    injured = RangeSerializer(allow_null=True)
    independent_sources = serializers.IntegerField(
        help_text="Distinct sources of the counted claims that are not parties to the conflict"
    )
    party_sources = serializers.IntegerField(
        help_text="Distinct sources of the counted claims that are parties to the conflict: counted, not independent"
    )
    conflict = serializers.BooleanField(help_text="Two approved claims' ranges do not overlap")
    conflicts = serializers.ListField(child=serializers.DictField())
    blamed_actors = serializers.ListField(child=serializers.DictField())
    responsibility_accepted_by = serializers.ListField(
        child=serializers.DictField(),
        help_text="Actors whose own statement (they publish it, or are the cited source in its sentence) asserts "
        "their responsibility",
    )
    suggested_grade = serializers.CharField(
        help_text="contested, confirmed, fair or weak from the approved claims; else unassessed"
    )
    suggested_grade_reason = serializers.CharField(help_text="Why that grade is suggested, in one sentence")


_REVIEWERS_ONLY = "Reviewers only: annotators (blind annotation) do not get this field"


class IncidentSerializer(serializers.Serializer):
    """An incident. Annotators who do not review its project get only id, project, title, place_name,
    admin_area, occurred_on, date_precision, version, their own linked claims in `claims`, and the description
    of an incident they created; every other field is left out (blind annotation)."""

    id = serializers.IntegerField()
    project = serializers.IntegerField(allow_null=True, help_text="Project id")
    title = serializers.CharField()
    occurred_on = serializers.DateField(allow_null=True)
    date_precision = serializers.ChoiceField(choices=DatePrecision.choices)
    place_name = serializers.CharField()
    admin_area = serializers.CharField()
    version = serializers.IntegerField(help_text="Send it back with an edit or a grade")
    description = serializers.CharField(
        required=False, help_text="For annotators, only on an incident they created themselves"
    )
    claims = serializers.ListField(
        child=serializers.DictField(),
        help_text="The linked claims you may see (reviewers: all, as in summary.claims; annotators: their own)",
    )
    aliases = serializers.ListField(child=serializers.CharField(), required=False, help_text=_REVIEWERS_ONLY)
    latitude = serializers.CharField(allow_null=True, required=False, help_text=_REVIEWERS_ONLY)
    longitude = serializers.CharField(allow_null=True, required=False, help_text=_REVIEWERS_ONLY)
    strike_type = serializers.CharField(required=False, help_text=_REVIEWERS_ONLY)
    grade = serializers.ChoiceField(choices=Grade.choices, required=False, help_text=_REVIEWERS_ONLY)
    grade_note = serializers.CharField(required=False, help_text=_REVIEWERS_ONLY)
    created_by = serializers.DictField(allow_null=True, required=False, help_text="{id, username}; reviewers only")
    created_at = serializers.DateTimeField(required=False, help_text=_REVIEWERS_ONLY)
    merged_into = serializers.IntegerField(allow_null=True, required=False, help_text=_REVIEWERS_ONLY)
    summary = SummarySerializer(
        allow_null=True, required=False, help_text="Reviewers only: it shows every annotator's claims"
    )


def incident_data(incident, summary: dict | None, *, claims: list[dict] | None = None, visible=None) -> dict:
    """The API's shape of an incident. ``visible`` (from ``selectors.incident_visible_fields``) is the
    blind view of an annotator: when given, only those fields and the user's own ``claims``."""
    if visible is not None:
        occurred_on = visible["occurred_on"]
        return {
            **visible,
            "project": incident.project_id,
            "occurred_on": occurred_on.isoformat() if occurred_on else None,
            "claims": claims or [],
        }
    return {
        "id": incident.pk,
        "project": incident.project_id,
        "title": incident.title,
        "occurred_on": incident.occurred_on.isoformat() if incident.occurred_on else None,
        "date_precision": incident.date_precision,
        "place_name": incident.place_name,
        "admin_area": incident.admin_area,
        "version": incident.version,
        "description": incident.description,
        "claims": claims if claims is not None else (summary or {}).get("claims", []),
        "aliases": list(incident.aliases or []),
        "latitude": None if incident.latitude is None else str(incident.latitude),
        "longitude": None if incident.longitude is None else str(incident.longitude),
        "strike_type": incident.strike_type,
        "grade": incident.grade,
        "grade_note": incident.grade_note,
        "created_by": {"id": incident.created_by_id, "username": incident.created_by.username}
        if incident.created_by_id
        else None,
        "created_at": iso(incident.created_at),
        "merged_into": incident.merged_into_id,
        "summary": summary,
    }
