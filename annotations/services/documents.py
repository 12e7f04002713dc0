"""Importing documents: validating text, storing it once, and segmenting it into sentences.

A document's text never changes after import (sentence offsets point into it), so the whole of
this module is about getting a text in correctly or refusing it with a message that names the
file and line.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import json
from dataclasses import dataclass, field
from pathlib import Path

from django.conf import settings
from django.core.exceptions import ValidationError
from django.db import IntegrityError, transaction

from annotations.models import Actor, Document, Sentence
from annotations.services.actors import actor_get_or_create
from annotations.text.segment import split_sentences

JSONL_FIELDS = {"title", "text", "url", "publisher", "published_on", "language"}
TITLE_LINE_MAX = 150
SUPPORTED_SUFFIXES = (".txt", ".jsonl")


@dataclass
class DocumentInput:
    """One document as read from a file or a request, before it is stored."""

    text: str
    title: str
    url: str = ""
    publisher: str = ""
    published_on: dt.date | None = None
    language: str = "en"
    source: str = ""  # "file.jsonl line 3": where to point a person at when this fails


@dataclass
class ImportProblem:
    source: str
    message: str

    def __str__(self) -> str:
        return f"{self.source}: {self.message}"


@dataclass
class ImportReport:
    created: list[Document] = field(default_factory=list)
    existing: list[Document] = field(default_factory=list)
    problems: list[ImportProblem] = field(default_factory=list)

    def merge(self, other: ImportReport) -> None:
        self.created += other.created
        self.existing += other.existing
        self.problems += other.problems


def text_sha256(text: str) -> str:
    return hashlib.sha256(text.encode("utf-8")).hexdigest()


def _message(error: ValidationError) -> str:
    if hasattr(error, "message_dict"):
        return "; ".join(f"{name}: {' '.join(msgs)}" for name, msgs in error.message_dict.items())
    return " ".join(error.messages)


def validate_document_text(text: str) -> None:
    """Refuse texts that cannot be annotated: empty, binary, or larger than the configured limit."""
    if not text.strip():
        raise ValidationError({"text": "The text is empty."})
    if "\x00" in text:
        raise ValidationError({"text": "The text contains NUL bytes: this looks like a binary file, not text."})
    size = len(text.encode("utf-8"))
    limit = settings.WORKBENCH_MAX_DOCUMENT_BYTES
    if size > limit:
        raise ValidationError({"text": f"The text is {size:,} bytes; the limit is {limit:,} bytes."})


def decode_text_bytes(data: bytes) -> str:
    """UTF-8 text (a byte-order mark is dropped) or a ValidationError saying why not."""
    if b"\x00" in data[:8192]:
        raise ValidationError("This is a binary file (it contains NUL bytes), not UTF-8 text.")
    try:
        return data.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        raise ValidationError(f"This is not UTF-8 text (undecodable byte at position {exc.start}).") from None


def title_from_text(text: str, fallback: str) -> str:
    """The first line when it reads like a headline (short, not a sentence), else ``fallback``."""
    lines = text.lstrip().splitlines()
    first = lines[0].strip() if lines else ""
    if first and len(lines) > 1 and len(first) <= TITLE_LINE_MAX and not first.endswith((".", ":", ";", ",")):
        return first
    return fallback


def parse_txt(*, name: str, data: bytes) -> DocumentInput:
    _check_size(data, name)
    text = decode_text_bytes(data)
    return DocumentInput(text=text, title=title_from_text(text, Path(name).stem), source=name)


def _check_size(data: bytes, name: str) -> None:
    limit = settings.WORKBENCH_MAX_DOCUMENT_BYTES
    if len(data) > limit:
        raise ValidationError(f"{name} is {len(data):,} bytes; the limit for one document is {limit:,} bytes.")


def _parse_date(value: object) -> dt.date | None:
    if value in (None, ""):
        return None
    if not isinstance(value, str):
        raise ValidationError({"published_on": "must be a date written YYYY-MM-DD"})
    try:
        return dt.date.fromisoformat(value)
    except ValueError:
        raise ValidationError({"published_on": f"{value!r} is not a date written YYYY-MM-DD"}) from None


def document_input_from_mapping(record: object, *, source: str) -> DocumentInput:
    """Check one JSON object against the import fields and return it as a DocumentInput."""
    if not isinstance(record, dict):
        raise ValidationError("each line must be a JSON object with a 'text' field")
    unknown = sorted(set(record) - JSONL_FIELDS)
    if unknown:
        raise ValidationError(f"unknown field(s) {', '.join(unknown)}; allowed: {', '.join(sorted(JSONL_FIELDS))}")
    for name in JSONL_FIELDS - {"published_on"}:
        if name in record and record[name] is not None and not isinstance(record[name], str):
            raise ValidationError({name: "must be a string"})
    text = record.get("text")
    if not text:
        raise ValidationError({"text": "is missing or empty"})
    return DocumentInput(
        text=text,
        title=(record.get("title") or "").strip() or title_from_text(text, source),
        url=(record.get("url") or "").strip(),
        publisher=(record.get("publisher") or "").strip(),
        published_on=_parse_date(record.get("published_on")),
        language=(record.get("language") or "en").strip() or "en",
        source=source,
    )


def parse_jsonl(*, name: str, data: bytes) -> tuple[list[DocumentInput], list[ImportProblem]]:
    text = decode_text_bytes(data)
    inputs, problems = [], []
    for number, line in enumerate(text.splitlines(), start=1):
        if not line.strip():
            continue
        source = f"{name} line {number}"
        try:
            record = json.loads(line)
        except json.JSONDecodeError as exc:
            problems.append(ImportProblem(source, f"malformed JSON ({exc.msg} at column {exc.colno})"))
            continue
        try:
            inputs.append(document_input_from_mapping(record, source=source))
        except ValidationError as exc:
            problems.append(ImportProblem(source, _message(exc)))
    if not inputs and not problems:
        problems.append(ImportProblem(name, "the file holds no documents"))
    return inputs, problems


@transaction.atomic
def document_create(
    *,
    text: str,
    title: str,
    publisher: Actor | None = None,
    url: str = "",
    published_on: dt.date | None = None,
    language: str = "en",
    imported_by=None,
) -> tuple[Document, bool]:
    """Store a text and its sentences; the same text again returns the stored document.

    Returns ``(document, created)``.
    """
    validate_document_text(text)
    title = (title or "").strip()[:300]
    if not title:
        raise ValidationError({"title": "A document needs a title."})
    digest = text_sha256(text)
    existing = Document.objects.filter(text_sha256=digest).first()
    if existing:
        return existing, False
    spans = split_sentences(text, language)
    if not spans:
        raise ValidationError({"text": "No sentence could be found in the text."})
    document = Document(
        title=title,
        publisher=publisher,
        url=url,
        published_on=published_on,
        language=language,
        text=text,
        text_sha256=digest,
        imported_by=imported_by,
    )
    document.full_clean(exclude=["text_sha256"])
    try:
        with transaction.atomic():
            document.save()
    except IntegrityError:
        # Another import stored the same text between our look-up and our insert.
        return Document.objects.get(text_sha256=digest), False
    Sentence.objects.bulk_create(
        Sentence(document=document, index=index, start=span.start, end=span.end) for index, span in enumerate(spans)
    )
    return document, True


def document_import(*, item: DocumentInput, imported_by=None) -> tuple[Document, bool]:
    """Store one parsed document, resolving its publisher by name or alias."""
    with transaction.atomic():
        publisher = actor_get_or_create(name=item.publisher) if item.publisher else None
        return document_create(
            text=item.text,
            title=item.title,
            publisher=publisher,
            url=item.url,
            published_on=item.published_on,
            language=item.language,
            imported_by=imported_by,
        )


def documents_import_inputs(*, items: list[DocumentInput], imported_by=None) -> ImportReport:
    """Import each document in its own transaction: one bad document stores nothing of itself."""
    report = ImportReport()
    for item in items:
        try:
            document, created = document_import(item=item, imported_by=imported_by)
        except ValidationError as exc:
            report.problems.append(ImportProblem(item.source, _message(exc)))
            continue
        (report.created if created else report.existing).append(document)
    return report


def documents_import_file(*, name: str, data: bytes, imported_by=None) -> ImportReport:
    """Import a ``.txt`` (one document) or ``.jsonl`` (one document a line) file's bytes."""
    report = ImportReport()
    suffix = Path(name).suffix.lower()
    try:
        if suffix == ".txt":
            items = [parse_txt(name=name, data=data)]
        elif suffix == ".jsonl":
            items, problems = parse_jsonl(name=name, data=data)
            report.problems += problems
        else:
            raise ValidationError(
                f"unsupported file type {suffix or '(none)'}; import {' or '.join(SUPPORTED_SUFFIXES)} files"
            )
    except ValidationError as exc:
        report.problems.append(ImportProblem(name, _message(exc)))
        return report
    report.merge(documents_import_inputs(items=items, imported_by=imported_by))
    return report


def documents_import_paths(*, paths: list[Path], imported_by=None) -> ImportReport:
    """Import files and the supported files inside folders, in name order."""
    report = ImportReport()
    for path in paths:
        if path.is_dir():
            files = sorted(p for p in path.iterdir() if p.suffix.lower() in SUPPORTED_SUFFIXES)
            if not files:
                report.problems.append(ImportProblem(str(path), "the folder holds no .txt or .jsonl files"))
        else:
            files = [path]
        for file in files:
            try:
                data = file.read_bytes()
            except OSError as exc:
                report.problems.append(ImportProblem(str(file), f"cannot be read ({exc.strerror})"))
                continue
            report.merge(documents_import_file(name=str(file), data=data, imported_by=imported_by))
    return report
