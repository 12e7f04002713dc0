"""manage.py export_dataset: write an export to a file, or save it as a dataset release."""

from __future__ import annotations

import sys
from pathlib import Path

from django.contrib.auth import get_user_model
from django.core.exceptions import PermissionDenied, ValidationError
from django.core.management.base import BaseCommand, CommandError
from tqdm import tqdm

from annotations.errors import Conflict
from annotations.exports.releases import release_create
from annotations.exports.rows import FORMATS, SHAPES
from annotations.exports.services import export_build, export_write


class _Progress:
    """A binary file wrapper that advances a progress bar by the rows written."""

    def __init__(self, target, bar: tqdm) -> None:
        self._target, self._bar = target, bar

    def write(self, data: bytes) -> int:
        self._bar.update(data.count(b"\n"))
        return self._target.write(data)


class Command(BaseCommand):
    help = (
        "Export annotations, sentences or incidents as JSONL or CSV (approved only unless --status says otherwise). "
        "With --release NAME the export is saved as a dataset release instead (and --output gets a copy)."
    )

    def add_arguments(self, parser):
        parser.add_argument("--shape", choices=SHAPES, default="annotations")
        parser.add_argument("--format", choices=FORMATS, default="jsonl", dest="fmt")
        parser.add_argument("--output", type=Path, help="File to write; '-' for standard output")
        parser.add_argument("--status", action="append", help="Review status to include (repeatable; 'all' for every)")
        parser.add_argument("--label", help="Only this label key")
        parser.add_argument("--document", type=int, help="Only this document id")
        parser.add_argument("--publisher", type=int, help="Only documents of this publisher (actor id)")
        parser.add_argument("--incident", type=int, help="Only claims linked to this incident id")
        parser.add_argument("--project", type=int, help="Only this project (id); a release then covers it")
        parser.add_argument("--no-split", action="store_true", help="Leave out the train/dev/test split column")
        parser.add_argument("--ratios", default="0.8,0.1,0.1", help="train,dev,test shares (default 0.8,0.1,0.1)")
        parser.add_argument("--usernames", action="store_true", help="Usernames instead of pseudonymous ids")
        parser.add_argument("--bom", action="store_true", help="Start a CSV with a UTF-8 byte-order mark")
        parser.add_argument("--release", metavar="NAME", help="Save as a dataset release with this name")
        parser.add_argument("--as-user", default=None, help="Export as this reviewer (default: the first superuser)")

    def _user(self, username: str | None):
        users = get_user_model().objects
        user = users.filter(username=username).first() if username else users.filter(is_superuser=True).first()
        if user is None:
            raise CommandError(
                f"no user {username!r}" if username else "no superuser to export as; give --as-user USERNAME"
            )
        return user

    def _params(self, options) -> dict[str, list[str]]:
        params: dict[str, list[str]] = {}
        if options["status"]:
            params["status"] = options["status"]
        for name in ("label", "document", "publisher", "incident"):
            if options[name] is not None:
                params[name] = [str(options[name])]
        try:
            train, dev, test = (part.strip() for part in options["ratios"].split(","))
        except ValueError:
            raise CommandError("--ratios takes three numbers: train,dev,test (e.g. 0.8,0.1,0.1)") from None
        params.update(train=[train], dev=[dev], test=[test], split=["0" if options["no_split"] else "1"])
        if options["usernames"]:
            params["identities"] = ["usernames"]
        if options["bom"]:
            params["bom"] = ["1"]
        return params

    def handle(self, *args, shape, fmt, output, release, as_user, **options):
        if output is None and not release:
            raise CommandError("give --output FILE (or '-' for standard output), or --release NAME")
        user = self._user(as_user)
        params = self._params(options)
        try:
            if release:
                made = release_create(
                    by=user, name=release, shape=shape, fmt=fmt, filters=params, project=options["project"]
                )
                self.stderr.write(
                    f"release {made.pk} {made.name!r}: {made.row_count} rows, {made.byte_count} bytes, "
                    f"sha256 {made.sha256}, file {made.file_path}"
                )
                if output is None:
                    return
                export = export_build(user=user, shape=shape, fmt=fmt, params=made.filters, project=made.project)
            else:
                if options["project"] is not None:
                    params["project"] = [str(options["project"])]
                export = export_build(user=user, shape=shape, fmt=fmt, params=params)
            self._write(export, output)
        except (ValidationError, PermissionDenied, Conflict) as error:
            messages = getattr(error, "messages", None) or [str(error)]
            raise CommandError("; ".join(messages)) from None

    def _write(self, export, output: Path) -> None:
        to_stdout = str(output) == "-"
        show = sys.stderr.isatty() and not to_stdout
        with tqdm(unit=" lines", disable=not show, file=sys.stderr, desc=export.filename) as bar:
            if to_stdout:
                written = export_write(export=export, target=_Progress(sys.stdout.buffer, bar))
            else:
                with output.open("wb") as target:
                    written = export_write(export=export, target=_Progress(target, bar))
        self.stderr.write(f"{export.filename}: {written.rows} rows, {written.bytes} bytes, sha256 {written.sha256}")
