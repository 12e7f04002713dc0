"""The append-only history: every state change and edit is written here, in the same transaction."""

from __future__ import annotations

import json

from django.core.serializers.json import DjangoJSONEncoder
from django.db import models
from django.utils import timezone

from annotations.models import Annotation, Event, EventKind, Incident
from annotations.services.rows import adapt_datetime, prepare_json, prepare_json_many, rows_insert

_LOOK_UP = object()


def annotation_snapshot(annotation: Annotation, *, figures=_LOOK_UP, responsibility=_LOOK_UP) -> dict:
    """The editable state of an annotation as plain JSON, for an event's before/after.

    Pass ``figures``/``responsibility`` (or None) when the caller already has them, to save a query.
    """
    if figures is _LOOK_UP:
        figures = annotation.figures if _has_related(annotation, "figures") else None
    if responsibility is _LOOK_UP:
        responsibility = annotation.responsibility if _has_related(annotation, "responsibility") else None
    return snapshot_of(
        label=annotation.label.key if annotation.label_id else None,
        span_start=annotation.span_start,
        span_end=annotation.span_end,
        note=annotation.note,
        status=annotation.status,
        version=annotation.version,
        figures=None if figures is None else figures.as_record(),
        responsibility=None
        if responsibility is None
        else {"actor": responsibility.actor_id, "stance": responsibility.stance},
    )


def snapshot_of(
    *, label, span_start, span_end, note: str, status: str, version: int, figures: dict | None, responsibility
) -> dict:
    """An annotation's snapshot from plain values (``figures`` as ``CasualtyFigures.as_record`` gives
    them, ``responsibility`` as ``{"actor": id, "stance": ...}``): figures and responsibility appear
    only when the annotation has them."""
    snapshot = {
        "label": label,
        "span_start": span_start,
        "span_end": span_end,
        "note": note,
        "status": status,
        "version": version,
    }
    if figures is not None:
        snapshot["figures"] = figures
    if responsibility is not None:
        snapshot["responsibility"] = responsibility
    return snapshot


def _has_related(annotation: Annotation, name: str) -> bool:
    try:
        getattr(annotation, name)
    except annotation._meta.get_field(name).related_model.DoesNotExist:
        return False
    return True


def changed_fields(before: dict, after: dict) -> tuple[dict, dict]:
    """Only the keys whose values differ, as (before, after)."""
    keys = [key for key in before.keys() | after.keys() if before.get(key) != after.get(key)]
    return {key: before.get(key) for key in keys}, {key: after.get(key) for key in keys}


def event_record(
    *,
    kind: str,
    actor,
    annotation: Annotation | None = None,
    incident: Incident | None = None,
    from_status: str = "",
    to_status: str = "",
    reason: str = "",
    comment: str = "",
    before: dict | None = None,
    after: dict | None = None,
) -> Event:
    if kind not in EventKind.values:
        raise ValueError(f"unknown event kind {kind!r}")
    return Event.objects.create(
        kind=kind,
        actor=actor,
        annotation=annotation,
        incident=incident,
        from_status=from_status,
        to_status=to_status,
        reason=reason,
        comment=comment,
        before=before or {},
        after=after or {},
    )


_EVENT_COLUMNS = (
    "kind", "actor_id", "at", "annotation_id", "incident_id", "from_status", "to_status", "reason", "comment",
    "before", "after",
)  # fmt: skip


def events_record_many(*, kind: str, actor, annotation_ids: list[int], afters: list[dict], to_status: str) -> None:
    """One event per annotation, written in one statement: the bulk-labelling hot path."""
    if kind not in EventKind.values:
        raise ValueError(f"unknown event kind {kind!r}")
    at = adapt_datetime(Event, timezone.now())
    empty = prepare_json(Event, "before", {})
    rows = [
        (kind, actor.pk, at, annotation_id, None, "", to_status, "", "", empty, after)
        for annotation_id, after in zip(annotation_ids, prepare_json_many(Event, "after", afters), strict=True)
    ]
    rows_insert(Event, _EVENT_COLUMNS, rows)


def record_snapshot(record: models.Model, *, leave_out: tuple[str, ...] = ()) -> dict:
    """A record's stored fields as plain JSON (foreign keys as ids), for a change event.

    ``leave_out`` names fields not worth copying into the history (a document's text: it never
    changes and its SHA-256 is kept)."""
    values = {
        field.attname: getattr(record, field.attname)
        for field in record._meta.concrete_fields
        if field.name not in leave_out
    }
    return json.loads(json.dumps(values, cls=DjangoJSONEncoder))


def event_record_change(*, by, record: models.Model, before: dict | None, after: dict | None) -> Event:
    """One event for a change to a record that has no history of its own (documents, actors, labels,
    releases): created when there is no ``before``, deleted when there is no ``after``, else only the
    fields that changed."""
    if before is None:
        kind, before, after = EventKind.RECORD_CREATED, {}, after or {}
    elif after is None:
        kind, after = EventKind.RECORD_DELETED, {}
    else:
        kind = EventKind.RECORD_EDITED
        before, after = changed_fields(before, after)
    return Event.objects.create(
        kind=kind,
        actor=by,
        subject_type=record._meta.model_name,
        subject_id=record.pk,
        before=before,
        after=after,
    )


_CHANGE_COLUMNS = (
    "kind", "actor_id", "at", "annotation_id", "incident_id", "from_status", "to_status", "reason", "comment",
    "before", "after", "subject_type", "subject_id",
)  # fmt: skip


def events_record_changes_many(
    *, by, model: type[models.Model], changes: list[tuple[int, dict | None, dict | None]], comment: str = ""
) -> None:
    """``event_record_change`` for many records of one model at once, through ``rows_insert`` (an import
    stores thousands of documents: a query per event would double its time).

    ``changes`` holds ``(primary key, before, after)``: created when ``before`` is None, deleted when
    ``after`` is None, else only the fields that changed (records with none are skipped)."""
    at = adapt_datetime(Event, timezone.now())
    actor_id = by.pk if by is not None else None
    subject_type = model._meta.model_name
    rows = []
    for pk, before, after in changes:
        if before is None:
            kind, before, after = EventKind.RECORD_CREATED, {}, after or {}
        elif after is None:
            kind, after = EventKind.RECORD_DELETED, {}
        else:
            kind = EventKind.RECORD_EDITED
            before, after = changed_fields(before, after)
            if not before and not after:
                continue
        rows.append((
            kind, actor_id, at, None, None, "", "", "", comment,
            prepare_json(Event, "before", before), prepare_json(Event, "after", after), subject_type, pk,
        ))  # fmt: skip
    rows_insert(Event, _CHANGE_COLUMNS, rows)
