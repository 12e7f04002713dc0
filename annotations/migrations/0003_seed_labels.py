"""The four labels of the annotation guidelines (DESIGN.md), with colour, shortcut and guideline."""
from django.db import migrations

LABELS = [
    {
        "key": "casualty_claim",
        "name": "Casualty claim",
        "colour": "#d62728",
        "shortcut": "1",
        "order": 1,
        "guideline": (
            "States a number (or the presence) of people killed or injured by an event or over a "
            "period, including vague counts (\"dozens\") and counts of named people. Not when it only "
            "mentions damage, or is hypothetical. Fill the casualty figures."
        ),
    },
    {
        "key": "attribution",
        "name": "Attribution",
        "colour": "#1f77b4",
        "shortcut": "2",
        "order": 2,
        "guideline": (
            "Attributes responsibility for an attack or for harm to an actor (\"carried out by Assad "
            "regime warplanes\", \"the SNHR attributed the deaths ... to\", \"Russia murdered...\"), "
            "including suspected and denied responsibility. Not when it only says who reported "
            "something (\"according to the Civil Defense\"): that is the claim's cited source. Fill the "
            "actor blamed and the stance."
        ),
    },
    {
        "key": "call_to_action",
        "name": "Call to action",
        "colour": "#2ca02c",
        "shortcut": "3",
        "order": 3,
        "guideline": (
            "Urges someone to act (\"called on the international community to...\", \"must take "
            "immediate action\", \"urged civilians to avoid...\"). Not when it reports an action "
            "already taken."
        ),
    },
    {
        "key": "rhetoric",
        "name": "Rhetoric",
        "colour": "#9467bd",
        "shortcut": "4",
        "order": 4,
        "guideline": (
            "Evaluative or persuasive wording with nothing checkable (\"a defiant response\", \"the "
            "world cannot afford to remain silent\"). When the sentence also holds a checkable fact it "
            "gets that label; rhetoric may be added too."
        ),
    },
]


def seed_labels(apps, schema_editor):
    Label = apps.get_model("annotations", "Label")
    for fields in LABELS:
        Label.objects.update_or_create(key=fields["key"], defaults=fields)


def remove_labels(apps, schema_editor):
    Label = apps.get_model("annotations", "Label")
    Label.objects.filter(key__in=[fields["key"] for fields in LABELS], annotations__isnull=True).delete()


class Migration(migrations.Migration):
    dependencies = [("annotations", "0002_cross_table_triggers")]

    operations = [migrations.RunPython(seed_labels, remove_labels)]
