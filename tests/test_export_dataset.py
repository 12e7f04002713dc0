"""manage.py export_dataset: files, releases, and clear errors."""

from __future__ import annotations

import json

import pytest
from django.core.management import CommandError, call_command

from annotations.models import DatasetRelease
from tests.exports_data import make_claims


@pytest.fixture(autouse=True)
def releases_in_tmp(settings, tmp_path):
    settings.WORKBENCH_RELEASES_DIR = tmp_path / "releases"


@pytest.fixture
def claims(document, labels, annotator, second_annotator, reviewer):
    return make_claims(
        document=document, labels=labels, annotator=annotator, second_annotator=second_annotator, reviewer=reviewer
    )


def test_exports_to_a_file(claims, tmp_path, capsys):
    output = tmp_path / "out.jsonl"
    call_command("export_dataset", "--shape", "annotations", "--output", str(output), "--as-user", "rev")
    rows = [json.loads(line) for line in output.read_text(encoding="utf-8").splitlines()]
    assert [row["id"] for row in rows] == [claims.claim.pk, claims.attribution.pk]
    assert "annotations.jsonl: 2 rows" in capsys.readouterr().err


def test_status_label_and_split_options(claims, tmp_path):
    output = tmp_path / "out.csv"
    call_command(
        "export_dataset",
        "--format=csv",
        "--status=all",
        "--label=call_to_action",
        "--no-split",
        f"--output={output}",
        "--as-user=rev",
    )
    lines = output.read_text(encoding="utf-8").splitlines()
    assert len(lines) == 2 and not lines[0].endswith(",split")


def test_saves_a_release(claims, tmp_path, capsys):
    call_command("export_dataset", "--shape=sentences", "--release=sentences v1", "--as-user=rev")
    release = DatasetRelease.objects.get()
    assert (release.shape, release.format, release.row_count) == ("sentences", "jsonl", 4)
    assert release.sha256 in capsys.readouterr().err


@pytest.mark.parametrize(
    ("arguments", "message"),
    [
        (["--as-user=rev"], "--output"),
        (["--output=-", "--as-user=nobody-here"], "no user"),
        (["--output=-", "--as-user=rev", "--ratios=0.5,0.5"], "--ratios"),
        (["--output=-", "--as-user=rev", "--status=finished"], "finished"),
        (["--output=-", "--as-user=ann", "--shape=incidents"], "reviewers"),
    ],
)
def test_errors_are_clear(claims, arguments, message):
    with pytest.raises(CommandError, match=message):
        call_command("export_dataset", *arguments)


def test_csv_with_a_byte_order_mark(claims, tmp_path):
    output = tmp_path / "out.csv"
    call_command("export_dataset", "--format=csv", "--bom", f"--output={output}", "--as-user=rev")
    assert output.read_bytes().startswith(b"\xef\xbb\xbfid,document_id,")


def test_a_release_name_in_use_is_refused(claims):
    call_command("export_dataset", "--release=v1", "--as-user=rev")
    with pytest.raises(CommandError, match="exists already"):
        call_command("export_dataset", "--release=V1", "--as-user=rev")
    assert DatasetRelease.objects.count() == 1
