"""Actors: looked up by name or alias, created when an import names a new one, and weighed as sources
(source type and reliability note) by reviewers."""

from __future__ import annotations

from django.core.exceptions import PermissionDenied, ValidationError
from django.db import transaction

from annotations.models import SOURCE_TYPE_OF_KIND, Actor, ActorKind, SourceType
from annotations.roles import is_reviewer
from annotations.services.events import event_record_change, record_snapshot
from annotations.text.arabic import fold


def actor_find(*, name: str) -> Actor | None:
    """The actor whose name or one of whose aliases is ``name`` (case-insensitive), if any."""
    wanted = fold(name.strip()).casefold()  # Arabic names match without diacritics or letter variants
    exact = Actor.objects.filter(name__iexact=name.strip()).first()
    if exact:
        return exact
    for actor in Actor.objects.exclude(aliases=[]):
        if any(fold(str(alias).strip()).casefold() == wanted for alias in actor.aliases):
            return actor
    return None


RELIABILITY_NOTE_MAX = Actor._meta.get_field("reliability_note").max_length


def _source_errors(*, kind: str | None, source_type: str | None, reliability_note: str | None) -> dict:
    errors = {}
    if kind is not None and kind not in ActorKind.values:
        errors["kind"] = f"Unknown actor kind {kind!r}; use one of {', '.join(ActorKind.values)}."
    if source_type is not None and source_type not in SourceType.values:
        errors["source_type"] = f"Unknown source type {source_type!r}; use one of {', '.join(SourceType.values)}."
    if reliability_note is not None and len(reliability_note) > RELIABILITY_NOTE_MAX:
        errors["reliability_note"] = f"A reliability note has at most {RELIABILITY_NOTE_MAX} characters."
    return errors


@transaction.atomic
def actor_get_or_create(
    *,
    name: str,
    kind: str = ActorKind.OTHER,
    aliases: list[str] | None = None,
    source_type: str | None = None,
    reliability_note: str = "",
    by=None,
) -> Actor:
    """The actor known by ``name`` (or an alias), else a new one. A new actor without a ``source_type``
    takes the one its kind implies (``SOURCE_TYPE_OF_KIND``); a known actor is returned unchanged."""
    name = (name or "").strip()
    errors = _source_errors(kind=kind, source_type=source_type, reliability_note=reliability_note)
    if not name:
        errors = {"name": "An actor needs a name.", **errors}
    if errors:
        raise ValidationError(errors)
    actor = actor_find(name=name)
    if actor is None:
        actor = Actor.objects.create(
            name=name,
            kind=kind,
            aliases=list(aliases or []),
            source_type=source_type or SOURCE_TYPE_OF_KIND[ActorKind(kind)],
            reliability_note=(reliability_note or "").strip(),
        )
        event_record_change(by=by, record=actor, before=None, after=record_snapshot(actor))
    return actor


@transaction.atomic
def actor_update(
    *,
    actor: Actor,
    by,
    kind: str | None = None,
    source_type: str | None = None,
    reliability_note: str | None = None,
) -> Actor:
    """Change what an actor is and how it is weighed as a source; the fields left None stay. Changing
    the kind leaves the source type alone (a reviewer may have set it on purpose). Records one event
    with the changed fields, none when nothing changed."""
    if not is_reviewer(by):
        raise PermissionDenied("Only reviewers and admins can change an actor.")
    errors = _source_errors(kind=kind, source_type=source_type, reliability_note=reliability_note)
    if errors:
        raise ValidationError(errors)
    actor = Actor.objects.select_for_update().get(pk=actor.pk)
    before = record_snapshot(actor)
    if kind is not None:
        actor.kind = kind
    if source_type is not None:
        actor.source_type = source_type
    if reliability_note is not None:
        actor.reliability_note = reliability_note.strip()
    after = record_snapshot(actor)
    if after != before:
        actor.save(update_fields=["kind", "source_type", "reliability_note"])
        event_record_change(by=by, record=actor, before=before, after=after)
    return actor
