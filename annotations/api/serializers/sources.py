"""The original of a document (a saved web page or PDF) as the document API shows it."""

from __future__ import annotations

from rest_framework import serializers

from annotations.sources.models import SourceFile
from annotations.sources.services import source_file_record


class SourceFileSerializer(serializers.Serializer):
    name = serializers.CharField(help_text="The file's name when it was imported")
    media_type = serializers.CharField(help_text="text/html or application/pdf")
    size = serializers.IntegerField(help_text="Bytes")
    sha256 = serializers.CharField(help_text="SHA-256 of the original bytes; the download is checked against it")
    url = serializers.CharField(
        help_text="Where the original was captured from (given, or found in the page); may be empty"
    )
    author = serializers.CharField(help_text="The author named in the page's or PDF's metadata; may be empty")
    captured_at = serializers.DateTimeField(help_text="When it was captured (the import, unless the file says)")
    download_url = serializers.CharField(help_text="GET it for the original bytes, as an attachment")

    def to_representation(self, source: SourceFile) -> dict:
        return source_file_record(source)
