from pathlib import Path

from django.core.management.base import BaseCommand, CommandError

from annotations.services.documents import documents_import_paths


class Command(BaseCommand):
    help = "Import documents from .txt files (one document each) and .jsonl files (one a line), or folders of them."

    def add_arguments(self, parser):
        parser.add_argument("paths", nargs="+", type=Path)

    def handle(self, *args, paths, **options):
        missing = [str(path) for path in paths if not path.exists()]
        if missing:
            raise CommandError(f"no such file or folder: {', '.join(missing)}")
        report = documents_import_paths(paths=paths)
        for document in report.created:
            self.stdout.write(f"imported: {document.title} (id {document.pk}, {document.sentences.count()} sentences)")
        for document in report.existing:
            self.stdout.write(f"already there: {document.title} (id {document.pk})")
        for problem in report.problems:
            self.stderr.write(f"refused: {problem}")
        summary = (
            f"{len(report.created)} imported, {len(report.existing)} already there, {len(report.problems)} refused"
        )
        if report.problems:
            raise CommandError(summary)
        self.stdout.write(self.style.SUCCESS(summary))
