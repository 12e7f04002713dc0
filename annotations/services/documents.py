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
from django.db import transaction
from django.utils import timezone

from annotations.models import Actor, Document, Sentence
from annotations.services.actors import actor_get_or_create
from annotations.services.copies import documents_link_copies
from annotations.services.events import events_record_changes_many, record_snapshot
from annotations.services.rows import (
    adapt_date,
    adapt_datetime,
    rows_insert,
    rows_insert_new,
    rows_insert_returning_keys,
)
from annotations.sources.extract import SOURCE_SUFFIXES
from annotations.text.arabic import detect_language
from annotations.text.boilerplate import boilerplate_flags
from annotations.text.segment import split_sentences

JSONL_FIELDS = {"title", "text", "url", "publisher", "published_on", "language"}
TITLE_LINE_MAX = 150
# Saved web pages and PDFs are imported by ``annotations.sources``, which keeps their originals.
SUPPORTED_SUFFIXES = (".txt", ".jsonl", *SOURCE_SUFFIXES)


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
    return DocumentInput(
        text=text, title=title_from_text(text, Path(name).stem), source=name, language=detect_language(text)
    )


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
        language=(record.get("language") or "").strip() or detect_language(text),
        source=source,
    )


def jsonl_line_input(line: str, *, source: str) -> DocumentInput:
    """One line of a .jsonl file as a DocumentInput, or a ValidationError saying what is wrong with it."""
    try:
        record = json.loads(line)
    except json.JSONDecodeError as exc:
        raise ValidationError(f"malformed JSON ({exc.msg} at column {exc.colno})") from None
    return document_input_from_mapping(record, source=source)


def jsonl_lines(text: str):
    """``(line number, line)`` of a .jsonl text's non-blank lines. Only a line feed ends a line (JSON
    Lines), so a JSON string may hold U+2028 or a form feed as it is."""
    for number, line in enumerate(text.split("\n"), start=1):
        if line.strip():
            yield number, line


def parse_jsonl(*, name: str, data: bytes) -> tuple[list[DocumentInput], list[ImportProblem]]:
    text = decode_text_bytes(data)
    inputs, problems = [], []
    for number, line in jsonl_lines(text):
        source = f"{name} line {number}"
        try:
            inputs.append(jsonl_line_input(line, source=source))
        except ValidationError as exc:
            problems.append(ImportProblem(source, _message(exc)))
    if not inputs and not problems:
        problems.append(ImportProblem(name, "the file holds no documents"))
    return inputs, problems


def document_input_check(item: DocumentInput) -> None:
    """Every check of a document that needs no database (what a background import checks first)."""
    _checked(item)
    _clean_fields(item)


@dataclass
class _Prepared:
    """A document checked and segmented, ready for its rows to be written."""

    item: DocumentInput
    title: str
    digest: str
    publisher: Actor | None = None
    spans: list = field(default_factory=list)
    boilerplate: list[bool] = field(default_factory=list)  # one flag a span


_NUL_CHECKED = ("title", "publisher", "url", "language")


def _checked(item: DocumentInput) -> _Prepared:
    """The checks that do not need the database: text, title (in this order, as messages go)."""
    validate_document_text(item.text)
    # PostgreSQL cannot store a NUL; the text's own check above says it looks binary.
    nul = {name: "Null characters are not allowed." for name in _NUL_CHECKED if "\x00" in (getattr(item, name) or "")}
    if nul:
        raise ValidationError(nul)
    title = (item.title or "").strip()[:300]
    if not title:
        raise ValidationError({"title": "A document needs a title."})
    return _Prepared(item=item, title=title, digest=text_sha256(item.text))


# The fields ``Model.clean_fields`` would check for a new document, given that the title was cut to
# its length, the publisher and importer are objects this module resolved, the text was checked
# above and its hash is ours. Checked field by field: a full clean of each document cost more than
# the rest of the import together.
_CLEANED_FIELDS = ("url", "language")


def _clean_fields(item: DocumentInput) -> None:
    errors = {}
    for name in _CLEANED_FIELDS:
        field_ = Document._meta.get_field(name)
        value = getattr(item, name)
        if field_.blank and value in field_.empty_values:
            continue
        try:
            field_.clean(value, None)
        except ValidationError as exc:
            errors[name] = exc.error_list
    if errors:
        raise ValidationError(errors)


def _segmented(prepared: _Prepared) -> None:
    item = prepared.item
    prepared.spans = split_sentences(item.text, item.language)
    if not prepared.spans:
        raise ValidationError({"text": "No sentence could be found in the text."})
    prepared.boilerplate = boilerplate_flags(item.text, prepared.spans, title=prepared.title)
    _clean_fields(item)


def _stored_by_digest(digests: list[str]) -> dict[str, Document]:
    found: dict[str, Document] = {}
    for start in range(0, len(digests), 500):
        for document in Document.objects.filter(text_sha256__in=digests[start : start + 500]).defer("text"):
            found[document.text_sha256] = document
    return found


_DOCUMENT_COLUMNS = (
    "title",
    "publisher_id",
    "url",
    "published_on",
    "language",
    "text",
    "text_length",
    "text_sha256",
    "imported_by_id",
    "imported_at",
)


def _write(prepared: list[_Prepared], imported_by) -> tuple[dict[str, Document], list[_Prepared]]:
    """Insert the documents and their sentences in bulk.

    Returns the stored documents by digest and the inputs another import stored first (between
    our look-up and our insert): those are reported as already there, as they would be a moment later.
    """
    now = timezone.now()
    stamp = adapt_datetime(Document, now)
    importer_id = imported_by.pk if imported_by is not None else None
    rows = [
        (
            p.title,
            p.publisher.pk if p.publisher else None,
            p.item.url,
            adapt_date(Document, p.item.published_on),
            p.item.language,
            p.item.text,
            len(p.item.text),  # the database checks it (migration 0018); set here, it need not fix it
            p.digest,
            importer_id,
            stamp,
        )
        for p in prepared
    ]
    ids = rows_insert_returning_keys(Document, _DOCUMENT_COLUMNS, rows, key="text_sha256", conflict="text_sha256")
    stored: dict[str, Document] = {}
    sentence_rows = []
    raced = []
    for p in prepared:
        document_id = ids.get(p.digest)
        if document_id is None:
            raced.append(p)
            continue
        stored[p.digest] = Document(
            pk=document_id,
            title=p.title,
            publisher=p.publisher,
            url=p.item.url,
            published_on=p.item.published_on,
            language=p.item.language,
            text=p.item.text,
            text_sha256=p.digest,
            imported_by=imported_by,
            imported_at=now,
        )
        sentence_rows += [
            (document_id, index, span.start, span.end, flag)
            for index, (span, flag) in enumerate(zip(p.spans, p.boilerplate, strict=True))
        ]
    rows_insert(Sentence, ("document_id", "index", "start", "end", "is_boilerplate"), sentence_rows)
    documents_link_copies(list(stored.values()))
    # The history: one "created" event per document, its fields as ``record_snapshot`` gives them but
    # built here (a thousand snapshots through JSON would cost a tenth of the import), without the text
    # (it never changes, and its digest is kept).
    common = record_snapshot(Document(imported_by=imported_by, imported_at=now), leave_out=("text",))
    events_record_changes_many(
        by=imported_by,
        model=Document,
        changes=[
            (
                document_id,
                None,
                common
                | {
                    "id": document_id,
                    "title": p.title,
                    "publisher_id": p.publisher.pk if p.publisher else None,
                    "url": p.item.url,
                    "published_on": p.item.published_on.isoformat() if p.item.published_on else None,
                    "language": p.item.language,
                    "text_sha256": p.digest,
                    "sentences": len(p.spans),
                },
            )
            for p in prepared
            if (document_id := ids.get(p.digest)) is not None
        ],
    )
    return stored, raced


@transaction.atomic
def documents_store(*, items: list[DocumentInput], imported_by=None, project=None) -> ImportReport:
    """Validate, segment and store many documents with a few multi-row INSERTs.

    A document that fails a check is reported (with its ``source``) and nothing of it is stored;
    the others are stored. The same text again, in the database or earlier in ``items``, is
    reported under ``existing``. Callers that want all or nothing roll back on any problem.
    Every document stored or found is put into ``project`` (the default project when None); a
    document already in another project joins this one without its text being copied.
    """
    report = ImportReport()
    checked: list[_Prepared] = []
    for item in items:
        try:
            checked.append(_checked(item))
        except ValidationError as exc:
            report.problems.append(ImportProblem(item.source, _message(exc)))
    already = _stored_by_digest(list({p.digest for p in checked}))
    publishers: dict[str, Actor] = {}
    fresh: list[_Prepared] = []
    outcome: list[tuple[_Prepared, bool]] = []  # (input, is new), in input order
    seen: set[str] = set()
    for prepared in checked:
        if prepared.digest in already or prepared.digest in seen:
            outcome.append((prepared, False))
            continue
        name = prepared.item.publisher
        try:
            _segmented(prepared)
            if name and name not in publishers:
                publishers[name] = actor_get_or_create(name=name, by=imported_by)
            prepared.publisher = publishers.get(name) if name else None
        except ValidationError as exc:
            report.problems.append(ImportProblem(prepared.item.source, _message(exc)))
            continue
        seen.add(prepared.digest)
        fresh.append(prepared)
        outcome.append((prepared, True))
    stored, raced = _write(fresh, imported_by) if fresh else ({}, [])
    if raced:
        already.update(_stored_by_digest([p.digest for p in raced]))
    for prepared, is_new in outcome:
        if is_new and prepared.digest in stored:
            report.created.append(stored[prepared.digest])
        else:
            report.existing.append(already.get(prepared.digest) or stored[prepared.digest])
    _into_project(project, [document.pk for document in report.created + report.existing])
    return report


def _into_project(project, document_ids: list[int]) -> None:
    from annotations.projects.models import ProjectDocument
    from annotations.projects.services import default_project

    if not document_ids:
        return
    project = project or default_project()
    # A plain multi-row INSERT: bulk_create's field-by-field preparation cost a tenth of an import.
    added_at = adapt_datetime(ProjectDocument, timezone.now())
    rows_insert_new(
        ProjectDocument,
        ("project_id", "document_id", "added_by_id", "added_at"),
        [(project.pk, pk, None, added_at) for pk in document_ids],
        unique=("project_id", "document_id"),
    )


def document_create(
    *,
    text: str,
    title: str,
    publisher: Actor | None = None,
    url: str = "",
    published_on: dt.date | None = None,
    language: str = "",
    imported_by=None,
    project=None,
) -> tuple[Document, bool]:
    """Store a text and its sentences; the same text again returns the stored document.

    Returns ``(document, created)``; raises ValidationError when the text or a field is refused.
    """
    # The metadata's language when given, else the script's ("ar" when Arabic letters dominate).
    language = language or detect_language(text)
    item = DocumentInput(text=text, title=title, url=url, published_on=published_on, language=language)
    with transaction.atomic():
        prepared = _checked(item)
        existing = _stored_by_digest([prepared.digest]).get(prepared.digest)
        if existing:
            _into_project(project, [existing.pk])
            return Document.objects.get(pk=existing.pk), False
        prepared.publisher = publisher
        _segmented(prepared)
        stored, raced = _write([prepared], imported_by)
        if raced:
            document, created = Document.objects.get(text_sha256=prepared.digest), False
        else:
            document, created = stored[prepared.digest], True
        _into_project(project, [document.pk])
    return document, created


def documents_import_inputs(*, items: list[DocumentInput], imported_by=None, project=None) -> ImportReport:
    """Import parsed documents: each bad one is reported and stores nothing of itself."""
    return documents_store(items=items, imported_by=imported_by, project=project)


def documents_import_file(
    *, name: str, data: bytes, imported_by=None, project=None, source_url: str = "", captured_at=None
) -> ImportReport:
    """Import a ``.txt`` (one document), ``.jsonl`` (one document a line), or a saved web page or PDF
    (one document, its original kept as the document's source file, captured from ``source_url`` at
    ``captured_at`` when given) from the file's bytes."""
    report = ImportReport()
    suffix = Path(name).suffix.lower()
    if suffix in SOURCE_SUFFIXES:
        from annotations.sources.services import source_import  # it imports this module

        return source_import(
            name=name, data=data, imported_by=imported_by, project=project, url=source_url, captured_at=captured_at
        )
    try:
        if suffix == ".txt":
            items = [parse_txt(name=name, data=data)]
        elif suffix == ".jsonl":
            items, problems = parse_jsonl(name=name, data=data)
            report.problems += problems
        else:
            raise ValidationError(
                f"unsupported file type {suffix or '(none)'}; import {', '.join(SUPPORTED_SUFFIXES)} files"
            )
    except ValidationError as exc:
        report.problems.append(ImportProblem(name, _message(exc)))
        return report
    report.merge(documents_import_inputs(items=items, imported_by=imported_by, project=project))
    return report


def documents_import_paths(*, paths: list[Path], imported_by=None, project=None) -> ImportReport:
    """Import files and the supported files inside folders, in name order."""
    report = ImportReport()
    for path in paths:
        if path.is_dir():
            files = sorted(p for p in path.iterdir() if p.suffix.lower() in SUPPORTED_SUFFIXES)
            if not files:
                kinds = ", ".join(SUPPORTED_SUFFIXES)
                report.problems.append(ImportProblem(str(path), f"the folder holds no {kinds} files"))
        else:
            files = [path]
        for file in files:
            try:
                data = file.read_bytes()
            except OSError as exc:
                report.problems.append(ImportProblem(str(file), f"cannot be read ({exc.strerror})"))
                continue
            report.merge(documents_import_file(name=str(file), data=data, imported_by=imported_by, project=project))
    return report
