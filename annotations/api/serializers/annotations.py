"""The annotation shape (read) and what clients send to create or change one (write)."""

from __future__ import annotations

from django.core.exceptions import ObjectDoesNotExist
from rest_framework import serializers

from annotations.api.serializers.base import StrictSerializer, iso
from annotations.models import FIGURE_COUNTS, AnnotationStatus, Qualifier, RejectReason, Scope, Stance

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
        "figures": None if figures is None else figures.as_record(),
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


def stored_draft_data(stored, annotator) -> dict:
    """``annotation_data`` of an annotation the bulk path just stored (a ``StoredDraft`` by
    ``annotator``), from the values it wrote: no model instance, no query."""
    draft, at = stored.draft, iso(stored.created_at)
    return {
        "id": stored.pk,
        "sentence": draft.sentence.pk,
        "document": draft.sentence.document_id,
        "label": draft.label.key,
        "annotator": {"id": annotator.pk, "username": annotator.username},
        "span_start": draft.span_start,
        "span_end": draft.span_end,
        "note": draft.note,
        "status": stored.status,
        "version": stored.version,
        "figures": stored.figures,
        "responsibility": stored.responsibility,
        "incidents": [],
        "review": {"reviewed_by": None, "reviewed_by_username": None, "reviewed_at": None, "reason": "", "comment": ""},
        "created_at": at,
        "updated_at": at,
        "submitted_at": None,
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


_PROJECT_HELP = (
    "Project id the annotation is made in; may be left out when the document is in only one of your projects"
)


class AnnotationCreateSerializer(AnnotationInputSerializer):
    project = serializers.IntegerField(min_value=1, max_value=2**63 - 1, required=False, help_text=_PROJECT_HELP)


class BulkInputSerializer(StrictSerializer):
    items = AnnotationInputSerializer(many=True, allow_empty=False, max_length=MAX_BULK_ITEMS)
    project = serializers.IntegerField(min_value=1, max_value=2**63 - 1, required=False, help_text=_PROJECT_HELP)


class SubmittedSerializer(serializers.Serializer):
    submitted = serializers.ListField(
        child=serializers.IntegerField(), help_text="Ids of the annotations this request submitted"
    )
    already_submitted = serializers.ListField(
        child=serializers.IntegerField(),
        help_text="Ids of your annotations on the document submitted or approved before this request",
    )


# --- the bulk endpoint's fast path ---------------------------------------------------------------

_ITEM_FIELDS = frozenset(AnnotationInputSerializer._declared_fields)
_FIGURE_FIELDS = frozenset(FiguresInputSerializer._declared_fields)
_CHOICES = {"qualifier": frozenset(Qualifier.values), "scope": frozenset(Scope.values)}
_TEXT_LIMITS = {"label": 50, "note": 10_000, "raw_text": 500}


class _Unusual(Exception):
    """Something the fast path does not vouch for: the serializer decides, and words the error."""


def _whole(value, minimum: int | None = 0, *, nullable: bool = True):
    if value is None and nullable:
        return None
    if type(value) is not int or (minimum is not None and value < minimum):
        raise _Unusual
    return value


def _text(value, name: str, *, blank: bool = True) -> str:
    if type(value) is not str:
        raise _Unusual
    value = value.strip()  # as DRF's CharField trims
    if (not value and not blank) or len(value) > _TEXT_LIMITS[name]:
        raise _Unusual
    return value


def _flag(value) -> bool:
    if type(value) is not bool:
        raise _Unusual
    return value


def _figures(value) -> dict | None:
    if value is None:
        return None
    if type(value) is not dict or not value.keys() <= _FIGURE_FIELDS:
        raise _Unusual
    clean = {}
    for name, raw in value.items():
        if name in FIGURE_COUNTS:
            clean[name] = _whole(raw)
        elif name in _CHOICES:
            if type(raw) is not str or raw not in _CHOICES[name]:
                raise _Unusual
            clean[name] = raw
        elif name in ("preliminary", "is_suggested"):
            clean[name] = _flag(raw)
        elif name == "cited_source":
            clean[name] = _whole(raw, None)
        else:  # raw_text
            clean[name] = _text(raw, "raw_text")
    return clean


def _responsibility(value) -> dict | None:
    if value is None:
        return None
    if type(value) is not dict or "actor" not in value or not value.keys() <= {"actor", "stance"}:
        raise _Unusual
    clean = {"actor": _whole(value["actor"], None, nullable=False)}
    if "stance" in value:
        if type(value["stance"]) is not str or value["stance"] not in Stance.values:
            raise _Unusual
        clean["stance"] = value["stance"]
    return clean


def _item(item) -> dict:
    if type(item) is not dict or not item.keys() <= _ITEM_FIELDS or "sentence" not in item or "label" not in item:
        raise _Unusual
    clean = {
        "sentence": _whole(item["sentence"], 1, nullable=False),
        "label": _text(item["label"], "label", blank=False),
    }
    for name in ("span_start", "span_end"):
        if name in item:
            clean[name] = _whole(item[name])
    if "note" in item:
        clean["note"] = _text(item["note"], "note")
    if "figures" in item:
        clean["figures"] = _figures(item["figures"])
    if "responsibility" in item:
        clean["responsibility"] = _responsibility(item["responsibility"])
    return clean


def bulk_items_fast(data) -> list[dict] | None:
    """The validated items of a well-formed bulk request, exactly as ``BulkInputSerializer`` gives them,
    or None when anything is unusual, to let the serializer decide and word the error.

    DRF checks field by field (about 0.1 ms an item, a third of a 30-sentence request); the usual,
    well-formed request is checked here in a fraction of that.
    """
    if type(data) is not dict or data.keys() != {"items"}:
        return None
    items = data["items"]
    if type(items) is not list or not 1 <= len(items) <= MAX_BULK_ITEMS:
        return None
    try:
        return [_item(item) for item in items]
    except _Unusual:
        return None
