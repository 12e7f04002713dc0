"""Actors: looked up by name or alias, created when an import names a new one."""

from __future__ import annotations

from django.core.exceptions import ValidationError
from django.db import transaction

from annotations.models import Actor, ActorKind
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


@transaction.atomic
def actor_get_or_create(*, name: str, kind: str = ActorKind.OTHER, aliases: list[str] | None = None, by=None) -> Actor:
    name = (name or "").strip()
    if not name:
        raise ValidationError({"name": "An actor needs a name."})
    if kind not in ActorKind.values:
        raise ValidationError({"kind": f"Unknown actor kind {kind!r}; use one of {', '.join(ActorKind.values)}."})
    actor = actor_find(name=name)
    if actor is None:
        actor = Actor.objects.create(name=name, kind=kind, aliases=list(aliases or []))
        event_record_change(by=by, record=actor, before=None, after=record_snapshot(actor))
    return actor
