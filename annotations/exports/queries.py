"""The queries behind the exports: one pass over plain rows, without per-value Python conversions.

Each export reads ``values_list(...).iterator(chunk_size=CHUNK_SIZE)``: the joins (sentence,
document, figures, responsibility, actors) are in the one query, and per-row lists (incident ids,
a sentence's labels) are string aggregates of correlated subqueries, so nothing is held but the
current chunk. Timestamps are formatted and booleans kept as the database has them, so Django's
converters (a Python object per value) never run.

For the annotations JSONL the database renders each row's JSON object itself (json_object on
SQLite, json_build_object on PostgreSQL); Python only appends the fields it computes: incident ids,
pseudonymous annotator and reviewer ids and the split. ``annotations.exports.rows.annotation_record``
is the same object built in Python from the flat row; a test holds the two to each other.
"""

from __future__ import annotations

import json
import re
from collections.abc import Callable, Iterable, Iterator

from django.db.models import (
    Aggregate,
    Case,
    CharField,
    ExpressionWrapper,
    F,
    Func,
    IntegerField,
    OuterRef,
    Q,
    QuerySet,
    Subquery,
    TextField,
    Value,
    When,
)
from django.db.models.functions import Cast, Substr

from annotations.exports.rows import (
    ANNOTATION_COLUMNS,
    FIGURE_COLUMNS,
    annotation_flat,
    id_list,
    plain,
    spreadsheet_safe,
)
from annotations.models import Annotation, Incident, IncidentLink, Sentence
from annotations.verification import incident_summaries

CHUNK_SIZE = 2000
INCIDENT_BATCH = 200


class IsoTimestamp(Func):
    """A timestamp as ISO 8601 text in UTC ("2024-11-02T08:30:00.123456Z"), formatted by the database.

    Formatting in SQL spares a Python datetime object per value. SQLite already stores Django's UTC
    timestamps as "YYYY-MM-DD HH:MM:SS[.ffffff]" text, so a character swap is enough there.
    """

    output_field = CharField()

    def as_sqlite(self, compiler, connection, **extra_context):
        return self.as_sql(compiler, connection, template="(replace(%(expressions)s, ' ', 'T') || 'Z')")

    def as_postgresql(self, compiler, connection, **extra_context):
        return self.as_sql(
            compiler,
            connection,
            template="""to_char(%(expressions)s AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.US"Z"')""",
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


class JsonObject(Func):
    """A JSON object built by the database, keys in the order given: json_object / json_build_object."""

    function = "JSON_OBJECT"
    output_field = TextField()

    def __init__(self, **fields):
        expressions = []
        for key, value in fields.items():
            expressions += [Value(key), F(value) if isinstance(value, str) else value]
        super().__init__(*expressions)

    def as_postgresql(self, compiler, connection, **extra_context):
        # PostgreSQL cannot infer the type of a bare parameter given to a variadic function: the keys are cast.
        copy = self.copy()
        copy.set_source_expressions(
            [
                Cast(expression, TextField()) if index % 2 == 0 else expression
                for index, expression in enumerate(copy.get_source_expressions())
            ]
        )
        return copy.as_sql(compiler, connection, function="JSON_BUILD_OBJECT", **extra_context)


class JsonBool(Func):
    """A boolean column as a JSON true/false (SQLite stores 0/1)."""

    output_field = TextField()

    def as_sqlite(self, compiler, connection, **extra_context):
        return self.as_sql(
            compiler, connection, template="json(CASE WHEN %(expressions)s THEN 'true' ELSE 'false' END)"
        )

    def as_postgresql(self, compiler, connection, **extra_context):
        return self.as_sql(compiler, connection, template="%(expressions)s")


def text_of(prefix: str, start: str, end: str) -> Substr:
    """Part of the document text cut out by the database (SUBSTR is 1-based)."""
    return Substr(f"{prefix}document__text", F(start) + 1, F(end) - F(start))


def _incident_ids() -> Subquery:
    ids = (
        IncidentLink.objects.filter(annotation_id=OuterRef("pk"))
        .order_by()
        .values("annotation_id")
        .annotate(ids=IdList("incident_id"))
        .values("ids")
    )
    return Subquery(ids, output_field=CharField())


# The flat columns of an annotation row (ANNOTATION_COLUMNS without "split"), as query expressions.
_ANNOTATION_VALUES = {
    "id": "id",
    "document_id": "sentence__document_id",
    "sentence_id": "sentence_id",
    "sentence_index": "sentence__index",
    "sentence_start": "sentence__start",
    "sentence_end": "sentence__end",
    "text": text_of("sentence__", "sentence__start", "sentence__end"),
    "span_start": "span_start",
    "span_end": "span_end",
    "span_text": text_of("sentence__", "span_start", "span_end"),
    "label": "label__key",
    "annotator": "annotator_id",
    "status": "status",
    "reviewer": "reviewed_by_id",
    "reviewed_at": IsoTimestamp("reviewed_at"),
    "review_reason": "review_reason",
    "review_comment": "review_comment",
    "created_at": IsoTimestamp("created_at"),
    "note": "note",
    **{name: f"figures__{name}" for name in FIGURE_COLUMNS[:10]},
    "preliminary": _raw("figures__preliminary", IntegerField()),
    "cited_source": "figures__cited_source__name",
    "figures_raw_text": "figures__raw_text",
    "figures_is_suggested": _raw("figures__is_suggested", IntegerField()),
    "responsible_actor": "responsibility__actor__name",
    "stance": "responsibility__stance",
    "incidents": _incident_ids(),
    "document_title": "sentence__document__title",
    "publisher": "sentence__document__publisher__name",
    "url": "sentence__document__url",
    "published_on": _raw("sentence__document__published_on", CharField()),
    "text_sha256": "sentence__document__text_sha256",
}


_ANNOTATOR_AT, _REVIEWER_AT, _INCIDENTS_AT = (
    ANNOTATION_COLUMNS.index(name) for name in ("annotator", "reviewer", "incidents")
)


def _expression(value):
    return F(value) if isinstance(value, str) else value


def annotation_rows(
    queryset: QuerySet[Annotation], *, names: Callable, split: Callable[[int], str] | None
) -> Iterator[list]:
    """Flat rows in the order of ANNOTATION_COLUMNS (plus the split), for the CSV."""
    aliases = {f"x_{name}": _expression(value) for name, value in _ANNOTATION_VALUES.items()}
    rows = queryset.annotate(**aliases).order_by("id").values_list(*aliases)
    for row in rows.iterator(chunk_size=CHUNK_SIZE):
        row = list(row)
        row[_ANNOTATOR_AT] = names(row[_ANNOTATOR_AT])
        row[_REVIEWER_AT] = names(row[_REVIEWER_AT])
        row[_INCIDENTS_AT] = id_list(row[_INCIDENTS_AT])
        if split is not None:
            row.append(split(row[1]))
        yield row


# Marks the quotes around a text field in the lines the database renders; see annotation_csv_lines.
CSV_QUOTE_MARK = "\x01"


class CsvFields(Func):
    """Values rendered as CSV fields joined by commas, by the database: the CSV twin of ``JsonObject``.

    Each value comes with its kind: ``number`` and ``plain`` (codes, timestamps, dates: nothing to
    quote) are written as they are (NULL as an empty field), ``bool`` as true/false, ``text`` as it
    is between two CSV_QUOTE_MARKs: Python then doubles the quotes, neutralises formulas and turns the
    marks into quotes for the whole line at once (``annotation_csv_lines``). Per-value SQL functions
    (replace, a formula test) would cost more than the JSON object of the whole row; one printf/format
    call joins the fields (a chain of || would copy the growing line at every step).
    """

    output_field = TextField()

    def __init__(self, *fields: tuple[object, str]):
        self.kinds = [kind for _, kind in fields]
        super().__init__(*(_expression(value) for value, _ in fields))

    def as_sql(self, compiler, connection, **extra_context):
        postgresql = connection.vendor == "postgresql"
        formats, parts, params = [], [], []
        for expression, kind in zip(self.get_source_expressions(), self.kinds, strict=True):
            sql, values = compiler.compile(expression)
            if kind == "text":
                formats.append(f"{CSV_QUOTE_MARK}%%s{CSV_QUOTE_MARK}")
                template = "CAST({v} AS text)" if postgresql else "{v}"
            elif kind == "bool":
                formats.append("%%s")
                template = "CASE {v} WHEN true THEN 'true' WHEN false THEN 'false' END"
            else:
                formats.append("%%s")
                template = "CAST({v} AS text)" if postgresql else "{v}"
            parts.append(template.replace("{v}", f"({sql})"))
            params.extend(values)
        # '%%s' is a literal %s once the driver has put the parameters in (both backends use %s style).
        function = "format" if postgresql else "printf"
        return f"{function}('{','.join(formats)}', {', '.join(parts)})", params


# How each annotation column is written to CSV (see CsvFields); the others are text.
_CSV_KINDS = {
    **dict.fromkeys(("id", "document_id", "sentence_id", "sentence_index", "sentence_start", "sentence_end"), "number"),
    **dict.fromkeys(("span_start", "span_end", *FIGURE_COLUMNS[:8]), "number"),
    **dict.fromkeys(("status", "reviewed_at", "review_reason", "created_at"), "plain"),  # codes and times
    **dict.fromkeys(("qualifier", "scope", "stance", "published_on", "text_sha256"), "plain"),
    "preliminary": "bool",
    "figures_is_suggested": "bool",
}
_CSV_VALUES = {
    **_ANNOTATION_VALUES,
    "preliminary": "figures__preliminary",
    "figures_is_suggested": "figures__is_suggested",
}


def _csv_fields(names: tuple[str, ...]) -> CsvFields:
    return CsvFields(*((_CSV_VALUES[name], _CSV_KINDS.get(name, "text")) for name in names))


# An opening mark followed by what a spreadsheet would read as the start of a formula.
_FORMULA_AFTER_MARK = re.compile(f"{CSV_QUOTE_MARK}(?=[-=+@\t\r])")
_PYTHON_COLUMNS = ("annotator", "reviewer", "incidents")


def annotation_csv_lines(
    queryset: QuerySet[Annotation], *, names: Callable, split: Callable[[int], str] | None
) -> Iterator[str | list]:
    """CSV lines of annotations (ANNOTATION_COLUMNS, plus the split), rendered by the database but for the
    pseudonymous ids, incident ids and split that Python adds, and the text fields' quoting.

    The database marks each text field with CSV_QUOTE_MARK on both sides; here, over the whole line at
    once, quotes are doubled, a ' goes in front of a field that a spreadsheet would run as a formula,
    and the marks become quotes. A row whose own text holds the mark (the count is off) is rendered
    by csv.writer instead, so no value can break out of its field.
    """
    columns = ANNOTATION_COLUMNS
    text_fields = sum(_CSV_KINDS.get(name, "text") == "text" for name in columns if name not in _PYTHON_COLUMNS)
    marks = 2 * (text_fields + 2)  # the text fields and the two user ids
    rows = (
        queryset.annotate(
            x_head=_csv_fields(columns[:_ANNOTATOR_AT]),
            x_middle=_csv_fields(columns[_REVIEWER_AT + 1 : _INCIDENTS_AT]),
            x_incidents=_incident_ids(),
            x_tail=_csv_fields(columns[_INCIDENTS_AT + 1 :]),
        )
        .order_by("id")
        .values_list(
            "id",
            "sentence__document_id",
            "annotator_id",
            "status",
            "reviewed_by_id",
            "x_head",
            "x_middle",
            "x_incidents",
            "x_tail",
        )
    )
    mark = CSV_QUOTE_MARK
    quoted: dict[int | None, str] = {}
    tails: dict[int, str] = {}
    for pk, document_id, annotator_id, state, reviewer_id, head, middle, incidents, tail in rows.iterator(
        chunk_size=CHUNK_SIZE
    ):
        try:
            annotator, reviewer = quoted[annotator_id], quoted[reviewer_id]
        except KeyError:
            for user_id in (annotator_id, reviewer_id):
                name = names(user_id)
                quoted.setdefault(user_id, mark + ("" if name is None else spreadsheet_safe(name)) + mark)
            annotator, reviewer = quoted[annotator_id], quoted[reviewer_id]
        ids = "" if incidents is None else ";".join(map(str, id_list(incidents)))
        line = f"{head},{annotator},{state},{reviewer},{middle},{ids},{tail}"
        if line.count(mark) != marks:
            yield from map(annotation_flat, annotation_rows(queryset.filter(pk=pk), names=names, split=split))
            continue
        if '"' in line:
            line = line.replace('"', '""')
        if _FORMULA_AFTER_MARK.search(line):
            line = _FORMULA_AFTER_MARK.sub(mark + "'", line)
        end = tails.get(document_id)
        if end is None:
            if len(tails) > 4096:
                tails.clear()
            end = tails[document_id] = "\n" if split is None else f",{split(document_id)}\n"
        yield line.replace(mark, '"') + end


_PROVENANCE = ("document_title", "publisher", "url", "published_on", "text_sha256")


def _json_body() -> Cast:
    """All of an annotation's JSON object the database can render: figures and responsibility nested (or null)."""
    values = {
        name: _expression(value)
        for name, value in _ANNOTATION_VALUES.items()
        if name not in ("annotator", "reviewer", "incidents")
    }
    figures = {name.removeprefix("figures_"): values.pop(name) for name in FIGURE_COLUMNS}
    figures["preliminary"] = JsonBool("figures__preliminary")
    figures["is_suggested"] = JsonBool("figures__is_suggested")
    responsibility = {"actor": values.pop("responsible_actor"), "stance": values.pop("stance")}
    provenance = {name: values.pop(name) for name in _PROVENANCE}
    provenance["published_on"] = F("sentence__document__published_on")  # JSON renders a date as ISO text
    body = {
        **values,
        "figures": Case(
            When(figures__isnull=True, then=Value(None)), default=JsonObject(**figures), output_field=TextField()
        ),
        "responsibility": Case(
            When(responsibility__isnull=True, then=Value(None)),
            default=JsonObject(**responsibility),
            output_field=TextField(),
        ),
        **provenance,
    }
    return Cast(JsonObject(**body), TextField())


def annotation_json_lines(
    queryset: QuerySet[Annotation], *, names: Callable, split: Callable[[int], str] | None
) -> Iterator[str]:
    """JSONL lines of annotations, each object rendered by the database and completed here."""
    rows = (
        queryset.annotate(x_incidents=_incident_ids(), x_json=_json_body())
        .order_by("id")
        .values_list("sentence__document_id", "annotator_id", "reviewed_by_id", "x_incidents", "x_json")
    )
    # The few values Python adds are kept as ready JSON text, per user and per document.
    quoted: dict[int | None, str] = {}
    tails: dict[int, str] = {}
    for document_id, annotator_id, reviewer_id, incidents, body in rows.iterator(chunk_size=CHUNK_SIZE):
        ids = "[]" if incidents is None else json.dumps(id_list(incidents))
        try:
            annotator, reviewer = quoted[annotator_id], quoted[reviewer_id]
        except KeyError:
            for user_id in (annotator_id, reviewer_id):
                quoted.setdefault(user_id, json.dumps(names(user_id), ensure_ascii=False))
            annotator, reviewer = quoted[annotator_id], quoted[reviewer_id]
        end = tails.get(document_id)
        if end is None:
            if len(tails) > 4096:
                tails.clear()  # bounded: rows come in id order, so a document's rows mostly come together
            end = tails[document_id] = "}\n" if split is None else f', "split": "{split(document_id)}"}}\n'
        yield f'{body[:-1]}, "incidents": {ids}, "annotator": {annotator}, "reviewer": {reviewer}{end}'


def sentence_rows(annotations: QuerySet[Annotation], *, split: Callable[[int], str] | None) -> Iterator[list]:
    """Every sentence of the documents ``annotations`` touch, with the label keys of its annotations among them.

    Boilerplate sentences (credits, signatures, share rows) are left out unless one of the
    annotations labels them: nobody was asked to, so their blank is not an answer."""
    labels = (
        annotations.filter(sentence_id=OuterRef("pk"))
        .values("sentence_id")
        .annotate(keys=IdList("label__key", distinct=True))
        .values("keys")
    )
    rows = (
        Sentence.objects.filter(document_id__in=annotations.values("sentence__document_id"))
        .annotate(
            x_text=text_of("", "start", "end"),
            x_labels=Subquery(labels, output_field=CharField()),
            x_published_on=_raw("document__published_on", CharField()),
        )
        .exclude(Q(is_boilerplate=True) & Q(x_labels__isnull=True))
        .order_by("document_id", "index")
        .values_list(
            "id",
            "document_id",
            "index",
            "start",
            "end",
            "x_text",
            "x_labels",
            "document__title",
            "document__publisher__name",
            "document__url",
            "x_published_on",
            "document__text_sha256",
        )
    )
    for row in rows.iterator(chunk_size=CHUNK_SIZE):
        row = list(row)
        row[6] = sorted(row[6].split(",")) if row[6] else []
        if split is not None:
            row.append(split(row[1]))
        yield row


def batched(iterable: Iterable, size: int) -> Iterator[list]:
    batch = []
    for item in iterable:
        batch.append(item)
        if len(batch) >= size:
            yield batch
            batch = []
    if batch:
        yield batch


def incident_rows(annotations: QuerySet[Annotation], *, split: Callable[[int], str] | None) -> Iterator[list]:
    """One row per incident with a claim among ``annotations``; ranges and counts as the verification summary."""
    incidents = (
        Incident.objects.filter(merged_into__isnull=True, links__annotation__in=annotations.values("pk"))
        .distinct()
        .order_by("id")
    )
    for batch in batched(incidents.iterator(chunk_size=INCIDENT_BATCH), INCIDENT_BATCH):
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
            if split is not None:
                row.append(split(incident.pk))
            yield row
