from django.core.management.base import BaseCommand, CommandError

from annotations.services.seed import seed_corpus_load


class Command(BaseCommand):
    help = "Load the seed actors and the five seed documents (idempotent)."

    def handle(self, *args, **options):
        report = seed_corpus_load()
        for problem in report.problems:
            self.stderr.write(f"refused: {problem}")
        if report.problems:
            raise CommandError("the seed corpus did not load cleanly")
        self.stdout.write(
            f"seed corpus: {len(report.created)} documents imported, {len(report.existing)} already there"
        )
