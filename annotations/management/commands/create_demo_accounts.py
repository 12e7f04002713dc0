from django.core.exceptions import ImproperlyConfigured
from django.core.management.base import BaseCommand, CommandError

from annotations.services.seed import demo_accounts_create


class Command(BaseCommand):
    help = "Create the demo annotator, reviewer and admin accounts (only with DEBUG on)."

    def handle(self, *args, **options):
        try:
            accounts = demo_accounts_create()
        except ImproperlyConfigured as exc:
            raise CommandError(str(exc)) from None
        self.stdout.write("Demo accounts (user / password):")
        for account in accounts:
            self.stdout.write(f"  {account.role:<10} {account.username:<12} {account.password}")
