"""Documents (with the caller's progress), their sentences, and what an import sends and returns."""

from __future__ import annotations

from drf_spectacular.utils import extend_schema_field
from rest_framework import serializers

from annotations.api.serializers.sources import SourceFileSerializer
from annotations.models import AnnotationStatus, Document, Label, Sentence


class LabelSerializer(serializers.ModelSerializer):
    class Meta:
        model = Label
        fields = ["id", "key", "name", "colour", "shortcut", "guideline", "order", "is_active"]


class PublisherSerializer(serializers.Serializer):
    id = serializers.IntegerField()
    name = serializers.CharField()


class StatusCountsSerializer(serializers.Serializer):
    draft = serializers.IntegerField()
    submitted = serializers.IntegerField()
    approved = serializers.IntegerField()
    rejected = serializers.IntegerField()


class ProgressSerializer(serializers.Serializer):
    """The caller's own work on a document (see ``documents_with_progress``)."""

    labelled_sentences = serializers.IntegerField()
    annotations = StatusCountsSerializer()

    def to_representation(self, document) -> dict:
        return {
            "labelled_sentences": document.progress_labelled_sentences,
            "annotations": {status: getattr(document, f"progress_{status}") for status in AnnotationStatus.values},
        }


class DocumentSerializer(serializers.ModelSerializer):
    publisher = PublisherSerializer(allow_null=True)
    sentence_count = serializers.IntegerField()
    progress = ProgressSerializer(source="*")
    copy_of = serializers.IntegerField(
        read_only=True,
        allow_null=True,
        help_text="The original this document republishes with small edits (null: not a known copy). "
        "A copy falls in its original's train/dev/test split.",
    )
    # The saved page or PDF the text was extracted from; null for a document imported as text.
    source_file = SourceFileSerializer(allow_null=True, read_only=True)

    class Meta:
        model = Document
        fields = [
            "id",
            "title",
            "publisher",
            "url",
            "published_on",
            "language",
            "text_sha256",
            "imported_at",
            "sentence_count",
            "progress",
            "copy_of",
            "source_file",
        ]


_BOILERPLATE_HELP = (
    "Not content: a credit, signature, comment prompt, share row or repeated headline. "
    "Not offered for labelling on the page; left out of progress and agreement."
)


class SentenceSerializer(serializers.ModelSerializer):
    text = serializers.CharField(help_text="The sentence: the document text from start to end")
    is_boilerplate = serializers.SerializerMethodField(help_text=_BOILERPLATE_HELP)

    class Meta:
        model = Sentence
        fields = ["id", "document", "index", "start", "end", "text", "is_boilerplate"]

    def get_is_boilerplate(self, sentence) -> bool:
        return bool(sentence.is_boilerplate)


class DocumentSentenceSerializer(serializers.Serializer):
    id = serializers.IntegerField()
    index = serializers.IntegerField()
    start = serializers.IntegerField()
    end = serializers.IntegerField()
    text = serializers.CharField()
    is_boilerplate = serializers.BooleanField(help_text=_BOILERPLATE_HELP)


class DocumentDetailSerializer(DocumentSerializer):
    sentences = serializers.SerializerMethodField()

    class Meta(DocumentSerializer.Meta):
        fields = DocumentSerializer.Meta.fields + ["text", "sentences"]

    @extend_schema_field(DocumentSentenceSerializer(many=True))
    def get_sentences(self, document) -> list[dict]:
        text = document.text
        return [
            {
                "id": s.pk,
                "index": s.index,
                "start": s.start,
                "end": s.end,
                "text": text[s.start : s.end],
                "is_boilerplate": bool(s.is_boilerplate),
            }
            for s in document.sentences.all()
        ]


class DocumentImportSerializer(serializers.Serializer):
    """One document to import; the importer (``services.documents``) checks it and says what is wrong."""

    text = serializers.CharField()
    title = serializers.CharField(required=False, help_text="Default: the first line when it reads like a title")
    url = serializers.URLField(required=False)
    publisher = serializers.CharField(required=False, help_text="Actor name or alias; a new name creates an actor")
    published_on = serializers.DateField(required=False, allow_null=True)
    language = serializers.CharField(required=False, default="en")


class DocumentUploadSerializer(serializers.Serializer):
    file = serializers.FileField(
        help_text="A .txt file (one document), a .jsonl file (one JSON document a line), or a saved web page "
        "(.html, .htm) or PDF (one document; the original is kept)"
    )
    url = serializers.URLField(
        required=False, max_length=1000, help_text="Saved pages and PDFs: the address the original was captured from"
    )
    captured_at = serializers.DateTimeField(
        required=False, help_text="Saved pages and PDFs: when the original was captured (default: now)"
    )


class DocumentRefSerializer(serializers.ModelSerializer):
    class Meta:
        model = Document
        fields = ["id", "title", "text_sha256"]


class ImportProblemSerializer(serializers.Serializer):
    source = serializers.CharField()
    message = serializers.CharField()


class ImportReportSerializer(serializers.Serializer):
    created = DocumentRefSerializer(many=True)
    existing = DocumentRefSerializer(many=True)
    problems = ImportProblemSerializer(many=True)
