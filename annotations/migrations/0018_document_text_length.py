"""Documents carry their text's length in characters, kept by the database, and the check that a sentence
lies inside its document's text (migration 0002) compares with it. On PostgreSQL measuring the text on
every sentence row decompressed the stored text each time (0.8 s of server time for an import's 60,000
sentences). On SQLite the gain is small: the new column sits after the text in the row, so reading it
still walks the text's overflow pages (an import's sentence rows: 0.49 s -> 0.41 s).

The length is set by triggers from the text itself on every insert and update, so no writer can get it
wrong (the text never changes: migration 0002). The column is nullable so that SQLite adds it in place:
rebuilding the table would drop the triggers of migration 0002."""

from django.db import migrations, models

SQLITE_UP = [
    "UPDATE annotations_document SET text_length = length(text)",
    # recursive_triggers is off (SQLite's default), so the UPDATE inside does not fire these again.
    """CREATE TRIGGER wb_document_text_length_insert AFTER INSERT ON annotations_document
       FOR EACH ROW WHEN NEW.text_length IS NOT length(NEW.text)
       BEGIN UPDATE annotations_document SET text_length = length(NEW.text) WHERE id = NEW.id; END""",
    """CREATE TRIGGER wb_document_text_length_update AFTER UPDATE OF text_length ON annotations_document
       FOR EACH ROW WHEN NEW.text_length IS NOT length(NEW.text)
       BEGIN UPDATE annotations_document SET text_length = length(NEW.text) WHERE id = NEW.id; END""",
    "DROP TRIGGER wb_sentence_within_document_insert",
    "DROP TRIGGER wb_sentence_within_document_update",
    """CREATE TRIGGER wb_sentence_within_document_insert BEFORE INSERT ON annotations_sentence
       FOR EACH ROW WHEN NEW."end" > (SELECT text_length FROM annotations_document WHERE id = NEW.document_id)
       BEGIN SELECT RAISE(ABORT, 'sentence offsets lie outside the document text'); END""",
    """CREATE TRIGGER wb_sentence_within_document_update BEFORE UPDATE ON annotations_sentence
       FOR EACH ROW WHEN NEW."end" > (SELECT text_length FROM annotations_document WHERE id = NEW.document_id)
       BEGIN SELECT RAISE(ABORT, 'sentence offsets lie outside the document text'); END""",
]
SQLITE_DOWN = [
    "DROP TRIGGER wb_sentence_within_document_insert",
    "DROP TRIGGER wb_sentence_within_document_update",
    """CREATE TRIGGER wb_sentence_within_document_insert BEFORE INSERT ON annotations_sentence
       FOR EACH ROW WHEN NEW."end" > (SELECT length(text) FROM annotations_document WHERE id = NEW.document_id)
       BEGIN SELECT RAISE(ABORT, 'sentence offsets lie outside the document text'); END""",
    """CREATE TRIGGER wb_sentence_within_document_update BEFORE UPDATE ON annotations_sentence
       FOR EACH ROW WHEN NEW."end" > (SELECT length(text) FROM annotations_document WHERE id = NEW.document_id)
       BEGIN SELECT RAISE(ABORT, 'sentence offsets lie outside the document text'); END""",
    "DROP TRIGGER wb_document_text_length_insert",
    "DROP TRIGGER wb_document_text_length_update",
]

_SENTENCE_CHECK = """CREATE OR REPLACE FUNCTION wb_sentence_within_document() RETURNS trigger AS $$
       BEGIN
         IF NEW."end" > (SELECT {length} FROM annotations_document WHERE id = NEW.document_id) THEN
           RAISE EXCEPTION 'sentence offsets lie outside the document text' USING ERRCODE = 'check_violation';
         END IF;
         RETURN NEW;
       END $$ LANGUAGE plpgsql"""
POSTGRES_UP = [
    "UPDATE annotations_document SET text_length = char_length(text)",
    """CREATE FUNCTION wb_document_text_length() RETURNS trigger AS $$
       BEGIN
         NEW.text_length := char_length(NEW.text);
         RETURN NEW;
       END $$ LANGUAGE plpgsql""",
    """CREATE TRIGGER wb_document_text_length BEFORE INSERT OR UPDATE ON annotations_document
       FOR EACH ROW EXECUTE FUNCTION wb_document_text_length()""",
    _SENTENCE_CHECK.format(length="text_length"),
]
POSTGRES_DOWN = [
    _SENTENCE_CHECK.format(length="char_length(text)"),
    "DROP TRIGGER IF EXISTS wb_document_text_length ON annotations_document",
    "DROP FUNCTION IF EXISTS wb_document_text_length()",
]


def _run(statements_by_vendor):
    def run(apps, schema_editor):
        statements = statements_by_vendor.get(schema_editor.connection.vendor)
        if statements is None:
            raise RuntimeError(f"no triggers written for {schema_editor.connection.vendor}")
        for statement in statements:
            schema_editor.execute(statement)

    return run


class Migration(migrations.Migration):
    dependencies = [("annotations", "0017_source_files")]

    operations = [
        migrations.AddField(
            model_name="document",
            name="text_length",
            field=models.PositiveIntegerField(blank=True, editable=False, null=True),
        ),
        migrations.RunPython(
            _run({"sqlite": SQLITE_UP, "postgresql": POSTGRES_UP}),
            _run({"sqlite": SQLITE_DOWN, "postgresql": POSTGRES_DOWN}),
        ),
    ]
