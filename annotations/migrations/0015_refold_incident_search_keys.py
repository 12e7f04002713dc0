"""Incident search keys stored before Arabic names were folded are computed again.

``search_key`` is ``annotations.text.names.search_key`` of the title, the place name and the aliases
(as ``services.incidents.incident_search_key`` keeps it). Keys written before the Arabic folding kept
diacritics and letter variants, so "مجزرة" did not find an incident stored as "مَجْزَرَةُ". Actors
store no key (their search reads the name itself), so only incidents need it.
"""

from django.db import migrations

from annotations.text.names import search_key

BATCH = 500


def refold_incident_search_keys(apps, schema_editor):
    Incident = apps.get_model("annotations", "Incident")
    changed = []
    for incident in Incident.objects.only("id", "title", "place_name", "aliases", "search_key").iterator(
        chunk_size=BATCH
    ):
        key = search_key(incident.title, incident.place_name, *(incident.aliases or []))
        if key != incident.search_key:
            incident.search_key = key
            changed.append(incident)
    Incident.objects.bulk_update(changed, ["search_key"], batch_size=BATCH)


class Migration(migrations.Migration):
    dependencies = [("annotations", "0014_document_copies")]

    # Going back keeps the new keys: the older code reads them as well (they are only search keys).
    operations = [migrations.RunPython(refold_incident_search_keys, migrations.RunPython.noop)]
