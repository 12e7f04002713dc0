"""Dataset exports and releases: rows streamed in one pass, in constant memory.

An export reads plain tuples with ``values_list(...).iterator(chunk_size=2000)``: the joins
(sentence, document, figures, responsibility, actors) happen in the one query, and per-row lists
(incident ids, a sentence's labels) are string aggregates of correlated subqueries, so nothing is
held but the current chunk. ``annotations.exports_rows`` turns the tuples into JSONL or CSV text.

A release writes an export to a file once and records its filters, row count, size and SHA-256;
downloading it later serves that file, byte for byte, whatever has changed since.
"""

from __future__ import annotations

import hashlib
import os
import re
import tempfile
from collections.abc import Iterable, Iterator, Mapping
from dataclasses import dataclass, field
from functools import lru_cache, partial
from pathlib import Path

from django.conf import settings
from django.core.exceptions import PermissionDenied, ValidationError
from django.db import transaction
from django.db.models import (
    Aggregate,
    CharField,
    ExpressionWrapper,
    F,
    Func,
    IntegerField,
    OuterRef,
    QuerySet,
    Subquery,
    Value,
)
from django.db.models.functions import Substr
from django.http import QueryDict

from annotations.errors import Conflict
from annotations.exports_rows import (
    ANNOTATION_COLUMNS,
    FORMATS,
    INCIDENT_COLUMNS,
    SENTENCE_COLUMNS,
    SHAPES,
    Pseudonyms,
    SplitRatios,
    annotation_flat,
    annotation_record,
    id_list,
    plain,
    render,
    split_for,
)
from annotations.models import Annotation, AnnotationStatus, DatasetRelease, Incident, IncidentLink, Sentence
from annotations.roles import can_annotate, is_reviewer
from annotations.verification import incident_summaries

CHUNK_SIZE = 2000
INCIDENT_BATCH = 200
# Query parameters that shape the export rather than filter the annotations.
OPTION_NAMES = ("split", "train", "dev", "test", "identities")
IDENTITIES = ("pseudonymous", "usernames")
_TRUE = {"1", "true", "yes", "on"}
_FALSE = {"0", "false", "no", "off"}


class IsoTimestamp(Func):
    """A timestamp as ISO 8601 text in UTC with milliseconds ("2024-11-02T08:30:00.000Z"), formatted by the database.

    Formatting in SQL spares a Python datetime object per value, and reads the same on SQLite and PostgreSQL.
    """

    output_field = CharField()

    def as_sqlite(self, compiler, connection, **extra_context):
        iso = Func(Value("%Y-%m-%dT%H:%M:%fZ"), *self.get_source_expressions(), function="strftime")
        return compiler.compile(iso)

    def as_postgresql(self, compiler, connection, **extra_context):
        return self.as_sql(
            compiler,
            connection,
            template="""to_char(%(expressions)s AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"')""",
        )


def _raw(name: str, output_field) -> ExpressionWrapper:
    """A column read as the database returns it, without Django's per-value converter."""
    return ExpressionWrapper(F(name), output_field=output_field)


class IdList(Aggregate):
    """Comma-separated ids of a group ("3,7"); GROUP_CONCAT on SQLite, STRING_AGG on PostgreSQL."""

    function = "GROUP_CONCAT"
    allow_distinct = True
    output_field = CharField()

    def as_postgresql(self, compiler, connection, **extra_context):
        return self.as_sql(
            compiler,
            connection,
            function="STRING_AGG",
            template="%(function)s(%(distinct)sCAST(%(expressions)s AS text), ',')",
            **extra_context,
        )


@dataclass
class ExportOptions:
    """What an export contains beyond its filters."""

    split: bool = True
    ratios: SplitRatios = field(default_factory=SplitRatios)
    usernames: bool = False  # reviewers may ask for usernames instead of pseudonymous ids


@dataclass
class Export:
    """A prepared export: its columns, its filename and a generator of text chunks."""

    shape: str
    format: str
    columns: tuple[str, ...]
    chunks: Iterator[str]

    @property
    def filename(self) -> str:
        return f"{self.shape}.{self.format}"


# --- parameters ------------------------------------------------------------------------------


def normalize_params(data: Mapping | QueryDict | None) -> dict[str, list[str]]:
    """Request parameters or a stored release's filters as {name: [values]}, the form both are kept in."""
    if not data:
        return {}
    if isinstance(data, QueryDict):
        return {name: [str(v) for v in values] for name, values in data.lists()}
    if not isinstance(data, Mapping):
        raise ValidationError({"filters": "Filters must be an object of names to values."})
    params: dict[str, list[str]] = {}
    for name, value in data.items():
        values = value if isinstance(value, list | tuple) else [value]
        if any(isinstance(v, dict | list) for v in values):
            raise ValidationError({f"filters.{name}": "Give a value or a list of values."})
        params[str(name)] = ["" if v is None else str(v).lower() if isinstance(v, bool) else str(v) for v in values]
    return params


def _flag(params: dict[str, list[str]], name: str, default: bool) -> bool:
    raw = (params.get(name) or [""])[-1].strip().lower()
    if raw == "":
        return default
    if raw in _TRUE:
        return True
    if raw in _FALSE:
        return False
    raise ValidationError({name: f"Use 1 or 0 (true or false), not {raw!r}."})


def _ratio(params: dict[str, list[str]], name: str, default: float) -> float:
    raw = (params.get(name) or [""])[-1].strip()
    if raw == "":
        return default
    try:
        value = float(raw)
    except ValueError:
        raise ValidationError({name: f"The {name} ratio must be a number such as 0.8, not {raw!r}."}) from None
    if not 0 <= value <= 1:
        raise ValidationError({name: f"The {name} ratio must lie between 0 and 1; got {value}."})
    return value


def options_from_params(params: dict[str, list[str]], *, user) -> ExportOptions:
    defaults = SplitRatios()
    train, dev, test = (_ratio(params, name, getattr(defaults, name)) for name in ("train", "dev", "test"))
    if abs(train + dev + test - 1) > 1e-6:
        raise ValidationError(
            {"split": f"The train, dev and test ratios must add up to 1; they add up to {train + dev + test:g}."}
        )
    identities = (params.get("identities") or ["pseudonymous"])[-1]
    if identities not in IDENTITIES:
        raise ValidationError({"identities": f"Use one of {', '.join(IDENTITIES)}, not {identities!r}."})
    if identities == "usernames" and not is_reviewer(user):
        raise PermissionDenied("Only reviewers and admins can export usernames; annotators get pseudonymous ids.")
    return ExportOptions(
        split=_flag(params, "split", True), ratios=SplitRatios(train, dev, test), usernames=identities == "usernames"
    )


def check_shape_and_format(shape: str, fmt: str) -> None:
    if shape not in SHAPES:
        raise ValidationError({"shape": f"Unknown export shape {shape!r}; use one of {', '.join(SHAPES)}."})
    if fmt not in FORMATS:
        raise ValidationError({"format": f"Unknown export format {fmt!r}; use one of {', '.join(FORMATS)}."})


def check_may_export(*, user, shape: str) -> None:
    if not can_annotate(user):
        raise PermissionDenied("Only annotators, reviewers and admins can export annotations.")
    if shape == "incidents" and not is_reviewer(user):
        raise PermissionDenied("Only reviewers and admins can export incidents (they summarise everyone's claims).")


def filtered_annotations(*, user, params: dict[str, list[str]]) -> QuerySet[Annotation]:
    """The annotations an export covers: the list's filters, approved only unless a status is given.

    Blind annotation holds here too: an annotator's export covers only their own annotations.
    """
    from annotations.api.filters import AnnotationFilter  # the list endpoint's filters, shared

    data = QueryDict(mutable=True)
    for name, values in params.items():
        if name not in OPTION_NAMES:
            data.setlist(name, values)
    statuses = [s for s in data.getlist("status") if s]
    if not statuses:
        data.setlist("status", [AnnotationStatus.APPROVED])
    elif statuses == ["all"]:
        data.pop("status")
    queryset = Annotation.objects.all() if is_reviewer(user) else Annotation.objects.filter(annotator=user)
    filterset = AnnotationFilter(data=data, queryset=queryset)
    if not filterset.is_valid():
        raise ValidationError({name: list(errors) for name, errors in filterset.errors.items()})
    queryset = filterset.qs.order_by()
    if queryset.query.distinct:
        # A multi-valued filter asked for DISTINCT; keep it inside an id subquery, so the export's own
        # query is not made DISTINCT over every column (a sort of the whole export).
        queryset = Annotation.objects.filter(pk__in=queryset.values("pk"))
    return queryset


# --- rows ------------------------------------------------------------------------------------


def _text_of(prefix: str, start: str, end: str) -> Substr:
    return Substr(f"{prefix}document__text", F(start) + 1, F(end) - F(start))


_PROVENANCE = (
    "sentence__document__title",
    "sentence__document__publisher__name",
    "sentence__document__url",
    "sentence__document__published_on",
    "sentence__document__text_sha256",
)


def _annotation_rows(queryset: QuerySet[Annotation], options: ExportOptions, names) -> Iterator[list]:
    """Flat rows in the order of ANNOTATION_COLUMNS, from one query without per-value converters."""
    incidents = (
        IncidentLink.objects.filter(annotation_id=OuterRef("pk"))
        .order_by()
        .values("annotation_id")
        .annotate(ids=IdList("incident_id"))
        .values("ids")
    )
    rows = (
        queryset.annotate(
            x_text=_text_of("sentence__", "sentence__start", "sentence__end"),
            x_span_text=_text_of("sentence__", "span_start", "span_end"),
            x_reviewed_at=IsoTimestamp("reviewed_at"),
            x_created_at=IsoTimestamp("created_at"),
            x_preliminary=_raw("figures__preliminary", IntegerField()),
            x_is_suggested=_raw("figures__is_suggested", IntegerField()),
            x_incidents=Subquery(incidents, output_field=CharField()),
            x_published_on=_raw("sentence__document__published_on", CharField()),
        )
        .order_by("id")
        .values_list(
            "id",
            "sentence__document_id",
            "sentence_id",
            "sentence__index",
            "sentence__start",
            "sentence__end",
            "x_text",
            "span_start",
            "span_end",
            "x_span_text",
            "label__key",
            "annotator_id",
            "status",
            "reviewed_by_id",
            "x_reviewed_at",
            "review_reason",
            "x_created_at",
            "note",
            "figures__killed_min",
            "figures__killed_max",
            "figures__injured_min",
            "figures__injured_max",
            "figures__children_killed",
            "figures__women_killed",
            "figures__children_injured",
            "figures__women_injured",
            "figures__qualifier",
            "figures__scope",
            "x_preliminary",
            "figures__cited_source__name",
            "figures__raw_text",
            "x_is_suggested",
            "responsibility__actor__name",
            "responsibility__stance",
            "x_incidents",
            "sentence__document__title",
            "sentence__document__publisher__name",
            "sentence__document__url",
            "x_published_on",
            "sentence__document__text_sha256",
        )
    )
    split = lru_cache(maxsize=4096)(partial(split_for, ratios=options.ratios)) if options.split else None
    for row in rows.iterator(chunk_size=CHUNK_SIZE):
        row = list(row)
        row[11] = names(row[11])
        row[13] = names(row[13])
        row[34] = id_list(row[34])
        if split is not None:
            row.append(split(row[1]))
        yield row


def _sentence_rows(annotations: QuerySet[Annotation], options: ExportOptions) -> Iterator[tuple]:
    labels = (
        annotations.filter(sentence_id=OuterRef("pk"))
        .values("sentence_id")
        .annotate(keys=IdList("label__key", distinct=True))
        .values("keys")
    )
    rows = (
        Sentence.objects.filter(document_id__in=annotations.values("sentence__document_id"))
        .annotate(export_text=_text_of("", "start", "end"), export_labels=Subquery(labels, output_field=CharField()))
        .order_by("document_id", "index")
        .values_list(
            "id",
            "document_id",
            "index",
            "start",
            "end",
            "export_text",
            "export_labels",
            "document__title",
            "document__publisher__name",
            "document__url",
            "document__published_on",
            "document__text_sha256",
        )
    )
    split, ratios = options.split, options.ratios
    for row in rows.iterator(chunk_size=CHUNK_SIZE):
        row = list(row)
        row[6] = sorted(row[6].split(",")) if row[6] else []
        if row[10] is not None:
            row[10] = row[10].isoformat()
        if split:
            row.append(split_for(row[1], ratios))
        yield row


def _batched(iterable: Iterable, size: int) -> Iterator[list]:
    batch = []
    for item in iterable:
        batch.append(item)
        if len(batch) >= size:
            yield batch
            batch = []
    if batch:
        yield batch


def _incident_rows(annotations: QuerySet[Annotation], options: ExportOptions) -> Iterator[list]:
    """One row per incident with a claim among ``annotations``; ranges and counts as the verification summary."""
    incidents = (
        Incident.objects.filter(merged_into__isnull=True, links__annotation__in=annotations.values("pk"))
        .distinct()
        .order_by("id")
    )
    for batch in _batched(incidents.iterator(chunk_size=INCIDENT_BATCH), INCIDENT_BATCH):
        summaries = incident_summaries(batch)
        for incident in batch:
            summary = summaries[incident.pk]
            killed, injured = summary["killed"] or {}, summary["injured"] or {}
            row = [
                incident.pk,
                incident.title,
                plain(incident.occurred_on),
                incident.date_precision,
                incident.place_name,
                incident.admin_area,
                None if incident.latitude is None else float(incident.latitude),
                None if incident.longitude is None else float(incident.longitude),
                incident.strike_type,
                incident.grade,
                summary["suggested_grade"],
                killed.get("min"),
                killed.get("max"),
                injured.get("min"),
                injured.get("max"),
                len(summary["claims"]),
                summary["counted_claims"],
                summary["independent_sources"],
                summary["conflict"],
                [actor["name"] for actor in summary["blamed_actors"]],
                sorted(claim["annotation"] for claim in summary["claims"]),
            ]
            if options.split:
                row.append(split_for(incident.pk, options.ratios))
            yield row


def _names(options: ExportOptions):
    if not options.usernames:
        return Pseudonyms(settings.SECRET_KEY, prefix="user")
    from django.contrib.auth import get_user_model

    cache: dict[int, str] = {}

    def username(user_id: int | None) -> str | None:
        if user_id is None:
            return None
        if user_id not in cache:
            cache[user_id] = get_user_model().objects.filter(pk=user_id).values_list("username", flat=True).first()
        return cache[user_id]

    return username


def export_build(*, user, shape: str, fmt: str, params: Mapping | QueryDict | None = None) -> Export:
    """Check who asks and what for, then prepare the export; rows are read only as ``chunks`` is consumed."""
    check_shape_and_format(shape, fmt)
    check_may_export(user=user, shape=shape)
    params = normalize_params(params)
    options = options_from_params(params, user=user)
    annotations = filtered_annotations(user=user, params=params)
    if shape == "annotations":
        columns, rows = ANNOTATION_COLUMNS, _annotation_rows(annotations, options, _names(options))
        rows = map(annotation_record if fmt == "jsonl" else annotation_flat, rows)
    elif shape == "sentences":
        columns, rows = SENTENCE_COLUMNS, _sentence_rows(annotations, options)
    else:
        columns, rows = INCIDENT_COLUMNS, _incident_rows(annotations, options)
    if options.split:
        columns = (*columns, "split")
    return Export(shape=shape, format=fmt, columns=columns, chunks=render(fmt, columns, rows))


# --- releases --------------------------------------------------------------------------------


def _slug(name: str) -> str:
    return re.sub(r"[^A-Za-z0-9._-]+", "-", name).strip("-.")[:80] or "release"


def release_path(release: DatasetRelease) -> Path:
    return Path(settings.WORKBENCH_RELEASES_DIR) / release.file_path


@dataclass
class WrittenFile:
    rows: int
    bytes: int
    sha256: str


def export_write(*, export: Export, target) -> WrittenFile:
    """Write an export to an open binary file, counting rows and bytes and hashing as it goes."""
    digest, size, lines = hashlib.sha256(), 0, 0
    for chunk in export.chunks:
        data = chunk.encode("utf-8")
        target.write(data)
        digest.update(data)
        size += len(data)
        lines += data.count(b"\n")
    header = 1 if export.format == "csv" else 0
    return WrittenFile(rows=lines - header, bytes=size, sha256=digest.hexdigest())


def release_create(*, by, name: str, shape: str, fmt: str, filters: Mapping | None = None) -> DatasetRelease:
    """Save an export as a release file under WORKBENCH_RELEASES_DIR and record it. Reviewers and admins only."""
    if not is_reviewer(by):
        raise PermissionDenied("Only reviewers and admins can make dataset releases.")
    name = (name or "").strip()
    if not name:
        raise ValidationError({"name": "A release needs a name."})
    if len(name) > 200:
        raise ValidationError({"name": "Keep the name to 200 characters."})
    params = normalize_params(filters)
    export = export_build(user=by, shape=shape, fmt=fmt, params=params)
    directory = Path(settings.WORKBENCH_RELEASES_DIR)
    directory.mkdir(parents=True, exist_ok=True)
    handle, temporary = tempfile.mkstemp(dir=directory, prefix=".partial-", suffix=f".{fmt}")
    final: Path | None = None
    try:
        # The export is one SELECT (a consistent snapshot); only the bookkeeping needs a transaction.
        with os.fdopen(handle, "wb") as target:
            written = export_write(export=export, target=target)
        with transaction.atomic():
            release = DatasetRelease.objects.create(
                name=name,
                shape=shape,
                format=fmt,
                filters=params,
                row_count=written.rows,
                byte_count=written.bytes,
                sha256=written.sha256,
                file_path="",
                created_by=by,
            )
            release.file_path = f"{release.pk:06d}-{_slug(name)}.{shape}.{fmt}"
            release.save(update_fields=["file_path"])
            final = directory / release.file_path
            os.replace(temporary, final)
    except BaseException:
        Path(temporary).unlink(missing_ok=True)
        if final is not None:
            final.unlink(missing_ok=True)
        raise
    return release


def release_open(*, release: DatasetRelease, by):
    """The stored file of a release, opened for reading; a missing or altered file is an error, never other bytes."""
    if not is_reviewer(by):
        raise PermissionDenied("Only reviewers and admins can download dataset releases.")
    path = release_path(release)
    if not path.is_file():
        raise FileNotFoundError(f"The file of release {release.pk} ({release.file_path}) is missing.")
    if path.stat().st_size != release.byte_count:
        raise Conflict(
            f"The file of release {release.pk} has changed size since it was made; it is not served.",
            current={"byte_count": release.byte_count},
        )
    return path.open("rb")
