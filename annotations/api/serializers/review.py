"""What review requests send, and the queue item with its context."""

from __future__ import annotations

from rest_framework import serializers

from annotations.api.serializers.annotations import AnnotationSerializer
from annotations.api.serializers.base import StrictSerializer
from annotations.filters import MAX_ID

MAX_BULK_DECISIONS = 1000


class ApproveSerializer(StrictSerializer):
    comment = serializers.CharField(required=False, allow_blank=True, max_length=10_000)


class RejectSerializer(StrictSerializer):
    # Checked by the service, whose message lists the reason codes.
    reason = serializers.CharField(
        required=False,
        allow_blank=True,
        max_length=32,
        help_text="wrong_label, wrong_span, wrong_figures, wrong_incident or other (other needs a comment)",
    )
    comment = serializers.CharField(required=False, allow_blank=True, max_length=10_000)


MAX_SEEN = 10_000


class ClaimSerializer(StrictSerializer):
    skip = serializers.IntegerField(
        required=False, min_value=1, max_value=MAX_ID, help_text="Give up your hold on this item and take the next"
    )
    seen = serializers.ListField(
        child=serializers.IntegerField(min_value=1, max_value=MAX_ID),
        required=False,
        max_length=MAX_SEEN,
        help_text="Annotation ids already shown in this pass: none of them is handed out again "
        "(send [] to start a new pass)",
    )
    label = serializers.CharField(required=False, help_text="Label key")
    document = serializers.IntegerField(required=False, min_value=1, max_value=MAX_ID)
    publisher = serializers.IntegerField(required=False, min_value=1, max_value=MAX_ID, help_text="Actor id")
    annotator = serializers.IntegerField(required=False, min_value=1, max_value=MAX_ID, help_text="User id")
    project = serializers.IntegerField(required=False, min_value=1, max_value=MAX_ID, help_text="Project id")


class DecisionSerializer(StrictSerializer):
    annotation = serializers.IntegerField()
    action = serializers.CharField(help_text="approve or reject")
    reason = serializers.CharField(required=False, allow_blank=True, max_length=32)
    comment = serializers.CharField(required=False, allow_blank=True, max_length=10_000)


class BulkDecisionSerializer(StrictSerializer):
    decisions = DecisionSerializer(many=True, allow_empty=False, max_length=MAX_BULK_DECISIONS)


class FailedDecisionSerializer(serializers.Serializer):
    annotation = serializers.IntegerField()
    detail = serializers.CharField()


class BulkOutcomeSerializer(serializers.Serializer):
    decided = AnnotationSerializer(many=True)
    failed = FailedDecisionSerializer(many=True)


class AdjudicateSerializer(StrictSerializer):
    sentence = serializers.IntegerField()
    approve = serializers.ListField(child=serializers.IntegerField(), required=False, max_length=100)
    reject = serializers.ListField(child=serializers.IntegerField(), required=False, max_length=100)
    reason = serializers.CharField(required=False, allow_blank=True, max_length=32)
    comment = serializers.CharField(required=False, allow_blank=True, max_length=10_000)


class DecidedSerializer(serializers.Serializer):
    decided = AnnotationSerializer(many=True)


class SentenceRefSerializer(serializers.Serializer):
    id = serializers.IntegerField()
    index = serializers.IntegerField()
    text = serializers.CharField()


class QueueDocumentSerializer(serializers.Serializer):
    id = serializers.IntegerField()
    title = serializers.CharField()
    publisher = serializers.DictField(allow_null=True, help_text="{id, name}")
    url = serializers.CharField()
    published_on = serializers.DateField(allow_null=True)


class QueueContextSerializer(serializers.Serializer):
    document = QueueDocumentSerializer()
    sentence = SentenceRefSerializer()
    previous = SentenceRefSerializer(allow_null=True)
    next = SentenceRefSerializer(allow_null=True)
    others = AnnotationSerializer(many=True, help_text="Other annotators' annotations on the same sentence")


class QueueItemSerializer(AnnotationSerializer):
    held_by = serializers.CharField(allow_null=True, help_text="Username of the reviewer holding the item")
    held_until = serializers.DateTimeField(allow_null=True)


class ClaimedItemSerializer(QueueItemSerializer):
    context = QueueContextSerializer()
    position = serializers.IntegerField(help_text="1-based place of this item in the filtered queue, oldest first")
    total = serializers.IntegerField(help_text="Items in the filtered queue now")
    remaining = serializers.IntegerField(help_text="Items in the filtered queue not yet in `seen`, this one excluded")
