"""The tokens of DRF's authtoken app were stored in clear and never expired: they are void now (sign
in again for a token), and their table goes, so that nothing outside the models refers to users."""

from django.db import migrations


class Migration(migrations.Migration):
    dependencies = [("accounts", "0001_initial")]

    operations = [migrations.RunSQL("DROP TABLE IF EXISTS authtoken_token", reverse_sql=migrations.RunSQL.noop)]
