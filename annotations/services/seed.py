"""The seed corpus and the demo accounts that ``make run`` loads. Loading twice changes nothing."""

from __future__ import annotations

import json
from dataclasses import dataclass
from pathlib import Path

from django.conf import settings
from django.contrib.auth.models import Group, Permission, User
from django.core.exceptions import ImproperlyConfigured
from django.db import transaction

from annotations.models import Actor
from annotations.projects.models import ProjectRole
from annotations.projects.services import default_project, project_member_set
from annotations.services.actors import actor_get_or_create
from annotations.services.documents import DocumentInput, ImportReport, documents_import_inputs

FIXTURES_DIR = Path(settings.BASE_DIR) / "fixtures"


@dataclass(frozen=True)
class DemoAccount:
    username: str
    password: str
    role: str  # "annotator", "reviewer" or "admin"


DEMO_ACCOUNTS = (
    DemoAccount("annotator1", "annotate-demo-1", "annotator"),
    DemoAccount("annotator2", "annotate-demo-2", "annotator"),
    DemoAccount("reviewer", "review-demo", "reviewer"),
    DemoAccount("admin", "admin-demo", "admin"),
)


@transaction.atomic
def seed_actors_load(*, fixtures_dir: Path = FIXTURES_DIR) -> list[Actor]:
    records = json.loads((fixtures_dir / "actors.json").read_text(encoding="utf-8"))
    actors = []
    for record in records:
        actor = actor_get_or_create(
            name=record["name"],
            kind=record["kind"],
            aliases=record.get("aliases"),
            source_type=record.get("source_type"),
            reliability_note=record.get("reliability_note", ""),
        )
        actors.append(actor)
    return actors


def seed_corpus_load(*, fixtures_dir: Path = FIXTURES_DIR) -> ImportReport:
    """Load the seed actors and the five seed documents with the metadata their text states."""
    seed_actors_load(fixtures_dir=fixtures_dir)
    entries = json.loads((fixtures_dir / "seed_corpus.json").read_text(encoding="utf-8"))
    items = [
        DocumentInput(
            text=(fixtures_dir / entry["file"]).read_text(encoding="utf-8"),
            title=entry["title"],
            publisher=entry.get("publisher", ""),
            language=entry.get("language", "en"),
            source=entry["file"],
        )
        for entry in entries
    ]
    return documents_import_inputs(items=items)


@transaction.atomic
def demo_accounts_create() -> list[DemoAccount]:
    """Create the demo users with their known passwords. Only for a DEBUG (demo) instance."""
    if not settings.DEBUG:
        raise ImproperlyConfigured(
            "Demo accounts have well-known passwords and are only created when DEBUG is on; "
            "create real accounts with 'manage.py createsuperuser' and the admin."
        )
    for account in DEMO_ACCOUNTS:
        user, created = User.objects.get_or_create(
            username=account.username,
            defaults={"is_staff": account.role == "admin", "is_superuser": account.role == "admin"},
        )
        if created:  # a second run leaves existing accounts (and changed passwords) alone
            user.set_password(account.password)
            user.save(update_fields=["password"])
        if account.role in ("annotator", "reviewer"):
            user.groups.add(Group.objects.get(name=account.role))
        if account.role == "reviewer":
            # The admin's review queue needs staff status; the permissions keep the rest read-only.
            User.objects.filter(pk=user.pk).update(is_staff=True)
            user.user_permissions.add(*reviewer_admin_permissions())
        role = ProjectRole.MANAGER if account.role == "admin" else account.role
        project_member_set(project=default_project(), user=user, role=role, by=None)
    return list(DEMO_ACCOUNTS)


# What a reviewer needs to work the admin's review queue and read what it links to.
REVIEWER_ADMIN_PERMISSIONS = (
    "view_reviewqueueitem",
    "change_reviewqueueitem",
    "view_annotation",
    "view_casualtyfigures",
    "view_responsibility",
    "view_document",
    "view_sentence",
    "view_actor",
    "view_label",
    "view_incident",
    "view_incidentlink",
    "view_event",
)


def reviewer_admin_permissions() -> list[Permission]:
    """The permissions above; a reviewer who uses the admin also needs ``is_staff``."""
    permissions = list(
        Permission.objects.filter(content_type__app_label="annotations", codename__in=REVIEWER_ADMIN_PERMISSIONS)
    )
    missing = set(REVIEWER_ADMIN_PERMISSIONS) - {p.codename for p in permissions}
    if missing:
        raise ImproperlyConfigured(f"Permissions missing (run migrate first): {', '.join(sorted(missing))}")
    return permissions
