"""Named users and small builders shared by every test.

The cast: ``annotator`` and ``second_annotator`` (group annotator), ``reviewer`` (group reviewer),
``admin_user`` (staff, superuser) and ``outsider`` (signed in, no role).
"""

from __future__ import annotations

import pytest
from django.contrib.auth.models import Group, User
from django.core.cache import cache
from django.test.utils import override_settings

from annotations.models import Label
from annotations.projects.services import default_project, project_member_set
from annotations.services.documents import document_create

SAMPLE_TEXT = (
    "Airstrikes hit the market in Darat Izza on Monday.\n"
    "The Syrian Civil Defense said four civilians were killed and 21 injured. "
    "The strikes were carried out by regime warplanes.\n"
    "The SOC called on the international community to act."
)


def _user(username: str, group: str | None = None, **flags) -> User:
    """A user with a password of ``<name>-password``; with a group, also a member of the default
    project in that role (the project every document made without one lands in)."""
    user = User.objects.create_user(username=username, password=f"{username}-password", **flags)
    if group:
        user.groups.add(Group.objects.get(name=group))
        project_member_set(project=default_project(), user=user, role=group, by=None)
    return user


@pytest.fixture(autouse=True, scope="session")
def _fast_password_hashing():
    """Every test user has a password; Django's production hasher (PBKDF2, a million rounds, about
    0.3 s a hash here) would dominate the run, so tests hash with MD5. What is hashed in production is
    checked where it matters (tests/test_deploy_settings.py runs the real settings)."""
    fast = override_settings(PASSWORD_HASHERS=["django.contrib.auth.hashers.MD5PasswordHasher"])
    fast.enable()
    yield
    fast.disable()


@pytest.fixture(autouse=True)
def _fresh_cache():
    """Throttle counters live in the cache; each test starts with none."""
    cache.clear()
    yield
    cache.clear()


@pytest.fixture
def annotator(db) -> User:
    return _user("ann", "annotator")


@pytest.fixture
def second_annotator(db) -> User:
    return _user("ann2", "annotator")


@pytest.fixture
def reviewer(db) -> User:
    return _user("rev", "reviewer")


@pytest.fixture
def second_reviewer(db) -> User:
    return _user("rev2", "reviewer")


@pytest.fixture
def admin_user(db) -> User:
    return _user("boss", is_staff=True, is_superuser=True)


@pytest.fixture
def outsider(db) -> User:
    return _user("nobody")


@pytest.fixture
def document(db):
    doc, _ = document_create(text=SAMPLE_TEXT, title="Darat Izza market strike")
    return doc


@pytest.fixture
def labels(db) -> dict[str, Label]:
    return {label.key: label for label in Label.objects.all()}


@pytest.fixture
def sources_dir(settings, tmp_path):
    """A fresh folder as the sources storage (issue 11), so a test sees exactly the originals it stored."""
    folder = tmp_path / "sources"
    settings.STORAGES = {
        **settings.STORAGES,
        "sources": {"BACKEND": "django.core.files.storage.FileSystemStorage", "OPTIONS": {"location": folder}},
    }
    return folder


@pytest.fixture
def migrator(transactional_db):
    """``migrator(targets)`` migrates the test database there and returns the historical models;
    afterwards the database goes back to the latest migrations (tests/migrations_support.py)."""
    from tests.migrations_support import migrate_to

    yield migrate_to
    from django.db import connection
    from django.db.migrations.executor import MigrationExecutor

    migrate_to(MigrationExecutor(connection).loader.graph.leaf_nodes())
