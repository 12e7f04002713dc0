"""Dataset exports: who may export what, with which filters and options.

``export_build`` checks the caller and the parameters and returns the export as a generator of
text chunks; the rows are read in one pass, in constant memory, by ``annotations.exports.queries``
and rendered by ``annotations.exports.rows``. ``export_write`` writes one to a file (the command
line and the releases use it).
"""

from __future__ import annotations

import hashlib
from collections.abc import Callable, Iterable, Iterator, Mapping
from dataclasses import dataclass, field
from functools import lru_cache, partial

from django.conf import settings
from django.core.exceptions import PermissionDenied, ValidationError
from django.db import connection, transaction
from django.db.models import Exists, ForeignObjectRel, Func, OuterRef, Q, QuerySet
from django.http import QueryDict

from annotations.exports.queries import (
    annotation_csv_lines,
    annotation_json_lines,
    incident_rows,
    sentence_rows,
)
from annotations.exports.rows import (
    ANNOTATION_COLUMNS,
    FORMATS,
    INCIDENT_COLUMNS,
    SENTENCE_COLUMNS,
    SHAPES,
    Pseudonyms,
    SplitRatios,
    render,
    split_for,
)
from annotations.filters import AnnotationFilter
from annotations.models import Annotation, AnnotationStatus, Document
from annotations.projects.access import member_project_ids, reviewing_project_ids, sees_all_projects
from annotations.roles import can_annotate, is_reviewer
from annotations.services.copies import document_split_keys

# Query parameters that shape the export rather than filter the annotations.
OPTION_NAMES = ("split", "train", "dev", "test", "identities", "bom")
IDENTITIES = ("pseudonymous", "usernames")
_TRUE = {"1", "true", "yes", "on"}
_FALSE = {"0", "false", "no", "off"}


@dataclass
class ExportOptions:
    """What an export contains beyond its filters."""

    split: bool = True
    ratios: SplitRatios = field(default_factory=SplitRatios)
    usernames: bool = False  # reviewers may ask for usernames instead of pseudonymous ids
    bom: bool = False  # a CSV that starts with a UTF-8 byte-order mark, for spreadsheet programs


@dataclass
class Export:
    """A prepared export: its columns, its filename and a generator of text chunks."""

    shape: str
    format: str
    columns: tuple[str, ...]
    chunks: Iterator[str]
    rows: RowCounter

    @property
    def filename(self) -> str:
        return f"{self.shape}.{self.format}"


def streamed_from_the_database(rows: Iterable) -> Iterator:
    """``rows`` read inside one transaction on PostgreSQL. A server-side cursor opened outside a transaction
    is declared WITH HOLD, and PostgreSQL then computes the whole result before sending the first row (20 s
    before the first byte of a 600,000-row export, and the result stored on the server); inside one the
    rows stream as they are read. The export also reads one snapshot. On SQLite a transaction here would
    take the write lock (transactions begin IMMEDIATE) for the whole download, and its reads stream anyway."""
    if connection.vendor != "postgresql":
        yield from rows
        return
    with transaction.atomic():
        yield from rows


class RowCounter:
    """Passes rows through and counts them (a CSV row may span several lines, so lines are no count)."""

    def __init__(self, rows: Iterable) -> None:
        self._rows, self.count = rows, 0

    def __iter__(self) -> Iterator:
        for row in self._rows:
            self.count += 1
            yield row


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


def options_from_params(params: dict[str, list[str]], *, user, fmt: str) -> ExportOptions:
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
    bom = _flag(params, "bom", False)
    if bom and fmt != "csv":
        raise ValidationError({"bom": "A byte-order mark is for CSV only; JSON lines are plain UTF-8."})
    return ExportOptions(
        split=_flag(params, "split", True),
        ratios=SplitRatios(train, dev, test),
        usernames=identities == "usernames",
        bom=bom,
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


def _in_reach(user, *, incidents: bool = False) -> QuerySet[Annotation]:
    """The annotations ``user`` may export: in the projects they review or manage, everyone's; in the
    projects they only annotate, their own (blind annotation); staff, all. The incidents export (it
    summarises everyone's claims) covers only the projects they review."""
    queryset = Annotation.objects.all()
    if sees_all_projects(user):
        return queryset
    reviewing = reviewing_project_ids(user)
    own = member_project_ids(user) - reviewing
    everyone = Q(project_id__in=reviewing)
    if incidents or not own:
        return queryset.filter(everyone)
    # The annotator id is compared without its index so the database walks the project's rows in order.
    return queryset.alias(x_annotator=WithoutIndex("annotator_id")).filter(
        everyone | Q(project_id__in=own, x_annotator=user.pk)
    )


def filtered_annotations(*, user, params: dict[str, list[str]], incidents: bool = False) -> QuerySet[Annotation]:
    """The annotations an export covers: the list's filters, approved only unless a status is given.

    Projects and blind annotation hold here too: only the user's projects, and in those they only
    annotate, their own annotations.
    """
    data = QueryDict(mutable=True)
    for name, values in params.items():
        if name not in OPTION_NAMES and name != "status":
            data.setlist(name, values)
    statuses = _statuses(params)
    queryset = _in_reach(user, incidents=incidents)
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


def document_splitter(annotations: QuerySet, split: Callable[[int | str], str]) -> Callable[[int], str]:
    """The split of a document of the export: drawn from its content (its copy group's text hash, see
    ``annotations.services.copies``), read for all the export's documents in one query at first use."""
    keys: dict[int, str] | None = None

    def split_of(document_id: int) -> str:
        nonlocal keys
        if keys is None:
            keys = document_split_keys(Document.objects.filter(pk__in=annotations.values("sentence__document_id")))
        return split(keys.get(document_id, document_id))

    return split_of


def export_build(*, user, shape: str, fmt: str, params: Mapping | QueryDict | None = None, project=None) -> Export:
    """Check who asks and what for, then prepare the export (of ``project`` only, when given); rows are
    read only as ``chunks`` is consumed."""
    check_shape_and_format(shape, fmt)
    check_may_export(user=user, shape=shape)
    params = normalize_params(params)
    options = options_from_params(params, user=user, fmt=fmt)
    annotations = filtered_annotations(user=user, params=params, incidents=shape == "incidents")
    if project is not None:
        annotations = annotations.filter(project_id=project.pk)
    split = None
    if options.split:
        by_id = partial(split_for, ratios=options.ratios)
        split = lru_cache(maxsize=4096)(by_id if shape == "incidents" else document_splitter(annotations, by_id))
    if shape == "annotations" and fmt == "jsonl":
        columns, rows = ANNOTATION_COLUMNS, annotation_json_lines(annotations, names=_names(options), split=split)
    elif shape == "annotations":
        columns, rows = ANNOTATION_COLUMNS, annotation_csv_lines(annotations, names=_names(options), split=split)
    elif shape == "sentences":
        columns, rows = SENTENCE_COLUMNS, sentence_rows(annotations, split=split)
    else:
        columns, rows = INCIDENT_COLUMNS, incident_rows(annotations, split=split)
    if options.split:
        columns = (*columns, "split")
    counted = RowCounter(streamed_from_the_database(rows))
    return Export(
        shape=shape, format=fmt, columns=columns, chunks=render(fmt, columns, counted, bom=options.bom), rows=counted
    )


@dataclass
class WrittenFile:
    rows: int
    bytes: int
    sha256: str


def export_write(*, export: Export, target) -> WrittenFile:
    """Write an export to an open binary file, counting rows and bytes and hashing as it goes."""
    digest, size = hashlib.sha256(), 0
    for chunk in export.chunks:
        data = chunk.encode("utf-8")
        target.write(data)
        digest.update(data)
        size += len(data)
    return WrittenFile(rows=export.rows.count, bytes=size, sha256=digest.hexdigest())
