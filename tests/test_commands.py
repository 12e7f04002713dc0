"""The management commands a new user runs: import, seed loading, demo accounts."""

import json
from io import StringIO

import pytest
from django.contrib.auth.models import User
from django.core.management import CommandError, call_command

from annotations.models import Actor, Document, Sentence

pytestmark = pytest.mark.django_db


def run(*args) -> str:
    out = StringIO()
    call_command(*args, stdout=out, stderr=StringIO())
    return out.getvalue()


def test_seed_corpus_loads_six_segmented_documents_with_publishers():
    output = run("load_seed_corpus")
    assert "6 documents imported" in output  # five English seeds and one Arabic demo document
    assert Document.objects.count() == 6
    assert Document.objects.get(language="ar").sentences.count() == 6
    assert Sentence.objects.filter(document__title__startswith="Regime airstrike kills 13").count() == 13
    soc_documents = Document.objects.filter(publisher__name="Syrian Opposition Coalition").count()
    assert soc_documents == 2  # the two seeds that end "(Source: SOC's Media Department)"
    for document in Document.objects.all():
        for sentence in document.sentences.all():
            assert document.text[sentence.start : sentence.end].strip()


def test_loading_the_seed_corpus_twice_changes_nothing():
    run("load_seed_corpus")
    snapshot = (
        list(Document.objects.values_list("id", "text_sha256")),
        list(Sentence.objects.values_list("id", "start", "end")),
        list(Actor.objects.values_list("id", "name", "aliases")),
    )
    output = run("load_seed_corpus")
    assert "0 documents imported, 6 already there" in output
    assert snapshot == (
        list(Document.objects.values_list("id", "text_sha256")),
        list(Sentence.objects.values_list("id", "start", "end")),
        list(Actor.objects.values_list("id", "name", "aliases")),
    )


def test_demo_accounts_are_created_once_with_debug_on(settings):
    settings.DEBUG = True
    output = run("create_demo_accounts")
    assert "annotator1" in output and "reviewer" in output
    users = {u.username: u for u in User.objects.all()}
    assert set(users) == {"annotator1", "annotator2", "reviewer", "admin"}
    assert users["admin"].is_superuser and not users["annotator1"].is_staff
    assert users["annotator1"].check_password("annotate-demo-1")
    assert list(users["reviewer"].groups.values_list("name", flat=True)) == ["reviewer"]
    hashes = dict(User.objects.values_list("username", "password"))
    run("create_demo_accounts")
    assert hashes == dict(User.objects.values_list("username", "password"))


def test_demo_accounts_are_refused_with_debug_off(settings):
    settings.DEBUG = False
    with pytest.raises(CommandError, match="only created when DEBUG is on"):
        run("create_demo_accounts")
    assert User.objects.count() == 0


def test_import_documents_reports_each_file(tmp_path):
    (tmp_path / "a.txt").write_text("Market strike\nFour people were killed.", encoding="utf-8")
    (tmp_path / "b.jsonl").write_text(json.dumps({"title": "B", "text": "Another text."}) + "\n", encoding="utf-8")
    output = run("import_documents", str(tmp_path))
    assert "imported: Market strike" in output and "imported: B" in output
    assert "2 imported, 0 already there, 0 refused" in output
    output = run("import_documents", str(tmp_path / "a.txt"))
    assert "already there: Market strike" in output


def test_import_documents_fails_naming_the_bad_file_and_line(tmp_path):
    bad = tmp_path / "bad.jsonl"
    bad.write_text(json.dumps({"text": "Good text."}) + "\n{broken\n", encoding="utf-8")
    err = StringIO()
    with pytest.raises(CommandError, match="1 imported, 0 already there, 1 refused"):
        call_command("import_documents", str(bad), stdout=StringIO(), stderr=err)
    assert f"refused: {bad} line 2: malformed JSON" in err.getvalue()


def test_import_documents_names_missing_paths(tmp_path):
    with pytest.raises(CommandError, match="no such file or folder"):
        run("import_documents", str(tmp_path / "nope.txt"))
