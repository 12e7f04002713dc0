"""Dataset exports and releases: who may export what, with which filters and options.

``export_build`` checks the caller and the parameters and returns the export as a generator of
text chunks; the rows are read in one pass, in constant memory, by ``export_queries`` and rendered
by ``annotations.exports_rows``. A release writes an export to a file once and records its filters,
row count, size and SHA-256; downloading it later serves that file, byte for byte, whatever has
changed since.
"""

from __future__ import annotations

import hashlib
import os
import re
import tempfile
from collections.abc import Iterator, Mapping
from dataclasses import dataclass, field
from functools import lru_cache, partial
from pathlib import Path

from django.conf import settings
from django.core.exceptions import PermissionDenied, ValidationError
from django.db import transaction
from django.db.models import Exists, ForeignObjectRel, Func, OuterRef, QuerySet
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
    render,
    split_for,
)
from annotations.models import Annotation, AnnotationStatus, DatasetRelease
from annotations.roles import can_annotate, is_reviewer
from annotations.services.export_queries import (
    annotation_json_lines,
    annotation_rows,
    incident_rows,
    sentence_rows,
)

# Query parameters that shape the export rather than filter the annotations.
OPTION_NAMES = ("split", "train", "dev", "test", "identities")
IDENTITIES = ("pseudonymous", "usernames")
_TRUE = {"1", "true", "yes", "on"}
_FALSE = {"0", "false", "no", "off"}


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
        if name not in OPTION_NAMES and name != "status":
            data.setlist(name, values)
    statuses = _statuses(params)
    queryset = Annotation.objects.all()
    if not is_reviewer(user):
        queryset = queryset.alias(x_annotator=WithoutIndex("annotator_id")).filter(x_annotator=user.pk)
    filterset = AnnotationFilter(data=data, queryset=queryset)
    if not filterset.is_valid():
        raise ValidationError({name: list(errors) for name, errors in filterset.errors.items()})
    queryset = _without_distinct(filterset.qs.order_by())
    if statuses:
        queryset = queryset.alias(x_status=WithoutIndex("status")).filter(x_status__in=statuses)
    return queryset


def _statuses(params: dict[str, list[str]]) -> list[str]:
    """The review states asked for: approved by default, every state for 'all' (an empty list)."""
    statuses = [value for value in params.get("status", []) if value]
    if not statuses:
        return [AnnotationStatus.APPROVED]
    if statuses == ["all"]:
        return []
    unknown = [value for value in statuses if value not in AnnotationStatus.values]
    if unknown:
        raise ValidationError(
            {"status": f"Unknown status {unknown[0]!r}; use {', '.join(AnnotationStatus.values)} or all."}
        )
    return statuses


class WithoutIndex(Func):
    """A column that SQLite's planner will not look up through an index (the unary-plus idiom).

    The status and annotator conditions match most rows; through their indexes SQLite would then sort
    the whole export by id in a temporary B-tree before the first row. Walking the primary key in
    order streams rows at once and in constant memory. PostgreSQL plans from statistics: no change.
    """

    def as_sqlite(self, compiler, connection, **extra_context):
        return self.as_sql(compiler, connection, template="+%(expressions)s")

    def as_sql(self, compiler, connection, template=None, **extra_context):
        return super().as_sql(compiler, connection, template=template or "%(expressions)s", **extra_context)


def _without_distinct(queryset: QuerySet[Annotation]) -> QuerySet[Annotation]:
    """The same annotations without SELECT DISTINCT, which would sort the whole export over every column.

    django-filter asks for DISTINCT on every multiple-choice filter; it matters only when a filter joins
    a multi-valued relation (incident links), and then an EXISTS per row keeps each annotation once.
    """
    if not queryset.query.distinct:
        return queryset
    multivalued = any(
        isinstance(getattr(join, "join_field", None), ForeignObjectRel) and join.join_field.multiple
        for join in queryset.query.alias_map.values()
    )
    if multivalued:
        return Annotation.objects.filter(Exists(queryset.filter(pk=OuterRef("pk"))))
    plain = queryset.all()
    plain.query.distinct = False
    return plain


# --- rows ------------------------------------------------------------------------------------


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
    split = lru_cache(maxsize=4096)(partial(split_for, ratios=options.ratios)) if options.split else None
    if shape == "annotations" and fmt == "jsonl":
        columns, rows = ANNOTATION_COLUMNS, annotation_json_lines(annotations, names=_names(options), split=split)
    elif shape == "annotations":
        columns, rows = (
            ANNOTATION_COLUMNS,
            map(annotation_flat, annotation_rows(annotations, names=_names(options), split=split)),
        )
    elif shape == "sentences":
        columns, rows = SENTENCE_COLUMNS, sentence_rows(annotations, split=split)
    else:
        columns, rows = INCIDENT_COLUMNS, incident_rows(annotations, split=split)
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
