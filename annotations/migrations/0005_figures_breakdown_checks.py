"""Casualty figures that make sense: a breakdown (children, women) never exceeds its toll, and
"at least" takes no maximum. Rows stored before these checks with "at least" and a maximum keep
the minimum and lose the maximum (what the annotation page now does when "at least" is chosen)."""

import django.db.models.expressions
import django.db.models.functions.comparison
import django.db.models.lookups
from django.db import migrations, models


def clear_at_least_maxima(apps, schema_editor):
    CasualtyFigures = apps.get_model("annotations", "CasualtyFigures")
    CasualtyFigures.objects.filter(qualifier="at_least").update(killed_max=None, injured_max=None)


class Migration(migrations.Migration):
    dependencies = [("annotations", "0004_roles")]

    operations = [
        migrations.RunPython(clear_at_least_maxima, migrations.RunPython.noop),
        migrations.AddConstraint(
            model_name='casualtyfigures',
            constraint=models.CheckConstraint(condition=models.Q(models.Q(('qualifier', 'at_least'), _negated=True), models.Q(('injured_max__isnull', True), ('killed_max__isnull', True)), _connector='OR'), name='figures_at_least_has_no_max'),
        ),
        migrations.AddConstraint(
            model_name='casualtyfigures',
            constraint=models.CheckConstraint(condition=django.db.models.lookups.LessThanOrEqual(models.F('children_killed'), django.db.models.functions.comparison.Coalesce(models.F('killed_max'), models.F('killed_min'))), name='figures_children_killed_in_total'),
        ),
        migrations.AddConstraint(
            model_name='casualtyfigures',
            constraint=models.CheckConstraint(condition=django.db.models.lookups.LessThanOrEqual(models.F('women_killed'), django.db.models.functions.comparison.Coalesce(models.F('killed_max'), models.F('killed_min'))), name='figures_women_killed_in_total'),
        ),
        migrations.AddConstraint(
            model_name='casualtyfigures',
            constraint=models.CheckConstraint(condition=django.db.models.lookups.LessThanOrEqual(django.db.models.expressions.CombinedExpression(models.F('children_killed'), '+', models.F('women_killed')), django.db.models.functions.comparison.Coalesce(models.F('killed_max'), models.F('killed_min'))), name='figures_breakdown_killed_in_total'),
        ),
        migrations.AddConstraint(
            model_name='casualtyfigures',
            constraint=models.CheckConstraint(condition=django.db.models.lookups.LessThanOrEqual(models.F('children_injured'), django.db.models.functions.comparison.Coalesce(models.F('injured_max'), models.F('injured_min'))), name='figures_children_injured_in_total'),
        ),
        migrations.AddConstraint(
            model_name='casualtyfigures',
            constraint=models.CheckConstraint(condition=django.db.models.lookups.LessThanOrEqual(models.F('women_injured'), django.db.models.functions.comparison.Coalesce(models.F('injured_max'), models.F('injured_min'))), name='figures_women_injured_in_total'),
        ),
        migrations.AddConstraint(
            model_name='casualtyfigures',
            constraint=models.CheckConstraint(condition=django.db.models.lookups.LessThanOrEqual(django.db.models.expressions.CombinedExpression(models.F('children_injured'), '+', models.F('women_injured')), django.db.models.functions.comparison.Coalesce(models.F('injured_max'), models.F('injured_min'))), name='figures_breakdown_injured_in_total'),
        ),
    ]
