"""manage.py restore_database FILE: put a backup made by backup_database back, exactly."""

from pathlib import Path

from django.core.management.base import BaseCommand, CommandError

from annotations.services.backups import BackupError, database_restore


class Command(BaseCommand):
    help = "Replace the database's contents with a backup made by backup_database. Stop the app servers first."

    def add_arguments(self, parser):
        parser.add_argument("file", type=Path)
        parser.add_argument("--yes", action="store_true", help="Do not ask for confirmation")

    def handle(self, *args, file: Path, yes: bool, **options):
        if not yes:
            answer = input(f"Replace everything in the database with {file}? Type 'yes': ")
            if answer.strip().lower() != "yes":
                raise CommandError("Nothing restored.")
        try:
            database_restore(path=file)
        except BackupError as exc:
            raise CommandError(str(exc)) from None
        self.stdout.write(f"Restored from {file}.")
