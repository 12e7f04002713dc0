from pathlib import Path

from django.core.management.base import BaseCommand, CommandError

from annotations.projects.models import Project
from annotations.services.documents import documents_import_paths


def _project(name_or_id: str) -> Project:
    """The project named (case-insensitively) or with that id."""
    found = Project.objects.filter(name__iexact=name_or_id.strip()).first()
    if found is None and name_or_id.strip().isdigit():
        found = Project.objects.filter(pk=int(name_or_id)).first()
    if found is None:
        known = ", ".join(Project.objects.values_list("name", flat=True)[:20]) or "none yet"
        raise CommandError(f"no project named or numbered {name_or_id!r} (projects: {known})")
    return found


class Command(BaseCommand):
    help = (
        "Import documents from .txt files (one document each), .jsonl files (one a line), saved web pages "
        "(.html, .htm) and PDFs (one document each, the original kept), or folders of them."
    )

    def add_arguments(self, parser):
        parser.add_argument("paths", nargs="+", type=Path)
        parser.add_argument(
            "--project",
            help="The project (its name or id) the documents go into; without it, the default project.",
        )

    def handle(self, *args, paths, project=None, **options):
        missing = [str(path) for path in paths if not path.exists()]
        if missing:
            raise CommandError(f"no such file or folder: {', '.join(missing)}")
        target = _project(project) if project else None
        report = documents_import_paths(paths=paths, project=target)
        if target is not None:
            self.stdout.write(f"into project: {target.name} (id {target.pk})")
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
