"""The annotation shape (read) and what clients send to create or change one (write)."""

from __future__ import annotations

from django.core.exceptions import ObjectDoesNotExist
from rest_framework import serializers

from annotations.api.serializers.base import StrictSerializer, iso
from annotations.models import AnnotationStatus, Qualifier, RejectReason, Scope, Stance
from annotations.services.annotating import FIGURE_COUNTS

MAX_BULK_ITEMS = 1000


# --- read ----------------------------------------------------------------------------------------


class UserRefSerializer(serializers.Serializer):
    id = serializers.IntegerField()
    username = serializers.CharField()


class FiguresSerializer(serializers.Serializer):
    killed_min = serializers.IntegerField(allow_null=True)
    killed_max = serializers.IntegerField(allow_null=True)
    injured_min = serializers.IntegerField(allow_null=True)
    injured_max = serializers.IntegerField(allow_null=True)
    children_killed = serializers.IntegerField(allow_null=True)
    women_killed = serializers.IntegerField(allow_null=True)
    children_injured = serializers.IntegerField(allow_null=True)
    women_injured = serializers.IntegerField(allow_null=True)
    qualifier = serializers.ChoiceField(choices=Qualifier.choices)
    scope = serializers.ChoiceField(choices=Scope.choices)
    preliminary = serializers.BooleanField()
    cited_source = serializers.IntegerField(allow_null=True, help_text="Actor id")
    raw_text = serializers.CharField()
    is_suggested = serializers.BooleanField()


class ResponsibilitySerializer(serializers.Serializer):
    actor = serializers.IntegerField(help_text="Actor id")
    stance = serializers.ChoiceField(choices=Stance.choices)


class ReviewSerializer(serializers.Serializer):
    reviewed_by = serializers.IntegerField(allow_null=True, help_text="User id")
    reviewed_by_username = serializers.CharField(allow_null=True)
    reviewed_at = serializers.DateTimeField(allow_null=True)
    reason = serializers.ChoiceField(choices=RejectReason.choices, allow_blank=True)
    comment = serializers.CharField(allow_blank=True)


class AnnotationSerializer(serializers.Serializer):
    """How an annotation reads everywhere in the API.

    ``to_representation`` is written out by hand: it reads only what ``annotations_for_api`` joined
    (never a query per row) and is several times faster than field-by-field serialization, which
    the bulk endpoint and the list pages feel. The declared fields document the shape in the schema.
    """

    id = serializers.IntegerField()
    sentence = serializers.IntegerField()
    document = serializers.IntegerField()
    label = serializers.CharField(help_text="Label key")
    annotator = UserRefSerializer()
    span_start = serializers.IntegerField(allow_null=True, help_text="Document offset")
    span_end = serializers.IntegerField(allow_null=True)
    note = serializers.CharField(allow_blank=True)
    status = serializers.ChoiceField(choices=AnnotationStatus.choices)
    version = serializers.IntegerField()
    figures = FiguresSerializer(allow_null=True)
    responsibility = ResponsibilitySerializer(allow_null=True)
    incidents = serializers.ListField(child=serializers.IntegerField(), help_text="Incident ids")
    review = ReviewSerializer()
    created_at = serializers.DateTimeField()
    updated_at = serializers.DateTimeField()
    submitted_at = serializers.DateTimeField(allow_null=True)

    def to_representation(self, annotation) -> dict:
        return annotation_data(annotation)


def _part(annotation, name: str):
    try:
        return getattr(annotation, name)
    except ObjectDoesNotExist:
        return None


def _incident_ids(annotation) -> list[int]:
    links = getattr(annotation, "incident_links_prefetched", None)
    if links is None:
        links = annotation.incident_links.order_by("incident_id")
    return [link.incident_id for link in links]


def annotation_data(annotation) -> dict:
    figures = _part(annotation, "figures")
    responsibility = _part(annotation, "responsibility")
    reviewer = annotation.reviewed_by if annotation.reviewed_by_id else None
    return {
        "id": annotation.pk,
        "sentence": annotation.sentence_id,
        "document": annotation.sentence.document_id,
        "label": annotation.label.key,
        "annotator": {"id": annotation.annotator_id, "username": annotation.annotator.username},
        "span_start": annotation.span_start,
        "span_end": annotation.span_end,
        "note": annotation.note,
        "status": annotation.status,
        "version": annotation.version,
        "figures": None
        if figures is None
        else {
            **{name: getattr(figures, name) for name in FIGURE_COUNTS},
            "qualifier": figures.qualifier,
            "scope": figures.scope,
            "preliminary": figures.preliminary,
            "cited_source": figures.cited_source_id,
            "raw_text": figures.raw_text,
            "is_suggested": figures.is_suggested,
        },
        "responsibility": None
        if responsibility is None
        else {"actor": responsibility.actor_id, "stance": responsibility.stance},
        "incidents": _incident_ids(annotation),
        "review": {
            "reviewed_by": annotation.reviewed_by_id,
            "reviewed_by_username": reviewer.username if reviewer else None,
            "reviewed_at": iso(annotation.reviewed_at),
            "reason": annotation.review_reason,
            "comment": annotation.review_comment,
        },
        "created_at": iso(annotation.created_at),
        "updated_at": iso(annotation.updated_at),
        "submitted_at": iso(annotation.submitted_at),
    }


# --- write ---------------------------------------------------------------------------------------


def _count() -> serializers.IntegerField:
    return serializers.IntegerField(min_value=0, required=False, allow_null=True)


class FiguresInputSerializer(StrictSerializer):
    killed_min = _count()
    killed_max = _count()
    injured_min = _count()
    injured_max = _count()
    children_killed = _count()
    women_killed = _count()
    children_injured = _count()
    women_injured = _count()
    qualifier = serializers.ChoiceField(choices=Qualifier.choices, required=False)
    scope = serializers.ChoiceField(choices=Scope.choices, required=False)
    preliminary = serializers.BooleanField(required=False)
    cited_source = serializers.IntegerField(required=False, allow_null=True, help_text="Actor id")
    raw_text = serializers.CharField(max_length=500, required=False, allow_blank=True)
    is_suggested = serializers.BooleanField(required=False)


class ResponsibilityInputSerializer(StrictSerializer):
    actor = serializers.IntegerField(help_text="Actor id of the party blamed")
    stance = serializers.ChoiceField(choices=Stance.choices, required=False)


class AnnotationInputSerializer(StrictSerializer):
    """One new annotation. Ids and keys are resolved by the view in a constant number of queries."""

    sentence = serializers.IntegerField(min_value=1, help_text="Sentence id")
    label = serializers.CharField(max_length=50, help_text="Label key, e.g. casualty_claim")
    span_start = serializers.IntegerField(min_value=0, required=False, allow_null=True, help_text="Document offset")
    span_end = serializers.IntegerField(min_value=0, required=False, allow_null=True)
    note = serializers.CharField(required=False, allow_blank=True, max_length=10_000)
    figures = FiguresInputSerializer(required=False, allow_null=True, help_text="Only for casualty_claim")
    responsibility = ResponsibilityInputSerializer(required=False, allow_null=True, help_text="Only for attribution")


class AnnotationUpdateSerializer(StrictSerializer):
    """A change to one's own draft or rejected annotation. Omitted fields stay; null removes a part."""

    version = serializers.IntegerField(
        min_value=1,
        help_text="The version you loaded; a stale one gets 409.",
        error_messages={"required": "Send the version of the annotation you edited (its `version` field)."},
    )
    label = serializers.CharField(max_length=50, required=False)
    span_start = serializers.IntegerField(min_value=0, required=False, allow_null=True)
    span_end = serializers.IntegerField(min_value=0, required=False, allow_null=True)
    note = serializers.CharField(required=False, allow_blank=True, max_length=10_000)
    figures = FiguresInputSerializer(required=False, allow_null=True)
    responsibility = ResponsibilityInputSerializer(required=False, allow_null=True)


class BulkInputSerializer(StrictSerializer):
    items = AnnotationInputSerializer(many=True, allow_empty=False, max_length=MAX_BULK_ITEMS)


class SubmittedSerializer(serializers.Serializer):
    submitted = serializers.ListField(child=serializers.IntegerField(), help_text="Ids of the annotations submitted")
