"""manage.py backup_database FILE: an exact copy of the whole database (SQLite or PostgreSQL)."""

from pathlib import Path

from django.core.management.base import BaseCommand, CommandError

from annotations.services.backups import BackupError, database_backup


class Command(BaseCommand):
    help = "Write an exact backup of the database to FILE (SQLite backup API, or pg_dump's custom format)."

    def add_arguments(self, parser):
        parser.add_argument("file", type=Path)

    def handle(self, *args, file: Path, **options):
        try:
            written = database_backup(path=file)
        except BackupError as exc:
            raise CommandError(str(exc)) from None
        self.stdout.write(f"Backup written to {written} ({written.stat().st_size:,} bytes).")
