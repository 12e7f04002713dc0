"""Invariants that span two tables, enforced by triggers on SQLite and PostgreSQL.

- a sentence lies inside its document's text;
- an annotation's sub-span lies inside its sentence;
- a document's text never changes once stored;
- the event history is append-only (no UPDATE).
"""
from django.db import migrations

SQLITE_UP = [
    """CREATE TRIGGER wb_sentence_within_document_insert BEFORE INSERT ON annotations_sentence
       FOR EACH ROW WHEN NEW."end" > (SELECT length(text) FROM annotations_document WHERE id = NEW.document_id)
       BEGIN SELECT RAISE(ABORT, 'sentence offsets lie outside the document text'); END""",
    """CREATE TRIGGER wb_sentence_within_document_update BEFORE UPDATE ON annotations_sentence
       FOR EACH ROW WHEN NEW."end" > (SELECT length(text) FROM annotations_document WHERE id = NEW.document_id)
       BEGIN SELECT RAISE(ABORT, 'sentence offsets lie outside the document text'); END""",
    """CREATE TRIGGER wb_annotation_span_within_sentence_insert BEFORE INSERT ON annotations_annotation
       FOR EACH ROW WHEN NEW.span_start IS NOT NULL AND EXISTS (
           SELECT 1 FROM annotations_sentence s WHERE s.id = NEW.sentence_id
           AND (NEW.span_start < s.start OR NEW.span_end > s."end"))
       BEGIN SELECT RAISE(ABORT, 'annotation span lies outside its sentence'); END""",
    """CREATE TRIGGER wb_annotation_span_within_sentence_update BEFORE UPDATE ON annotations_annotation
       FOR EACH ROW WHEN NEW.span_start IS NOT NULL AND EXISTS (
           SELECT 1 FROM annotations_sentence s WHERE s.id = NEW.sentence_id
           AND (NEW.span_start < s.start OR NEW.span_end > s."end"))
       BEGIN SELECT RAISE(ABORT, 'annotation span lies outside its sentence'); END""",
    """CREATE TRIGGER wb_document_text_immutable BEFORE UPDATE OF text, text_sha256 ON annotations_document
       FOR EACH ROW WHEN NEW.text IS NOT OLD.text OR NEW.text_sha256 IS NOT OLD.text_sha256
       BEGIN SELECT RAISE(ABORT, 'document text is immutable: import a new document instead'); END""",
    """CREATE TRIGGER wb_event_append_only BEFORE UPDATE ON annotations_event
       BEGIN SELECT RAISE(ABORT, 'the event history is append-only'); END""",
]
SQLITE_DOWN = [
    f"DROP TRIGGER IF EXISTS {name}"
    for name in (
        "wb_sentence_within_document_insert",
        "wb_sentence_within_document_update",
        "wb_annotation_span_within_sentence_insert",
        "wb_annotation_span_within_sentence_update",
        "wb_document_text_immutable",
        "wb_event_append_only",
    )
]

POSTGRES_UP = [
    """CREATE FUNCTION wb_sentence_within_document() RETURNS trigger AS $$
       BEGIN
         IF NEW."end" > (SELECT char_length(text) FROM annotations_document WHERE id = NEW.document_id) THEN
           RAISE EXCEPTION 'sentence offsets lie outside the document text' USING ERRCODE = 'check_violation';
         END IF;
         RETURN NEW;
       END $$ LANGUAGE plpgsql""",
    """CREATE TRIGGER wb_sentence_within_document BEFORE INSERT OR UPDATE ON annotations_sentence
       FOR EACH ROW EXECUTE FUNCTION wb_sentence_within_document()""",
    """CREATE FUNCTION wb_annotation_span_within_sentence() RETURNS trigger AS $$
       BEGIN
         IF NEW.span_start IS NOT NULL AND EXISTS (
             SELECT 1 FROM annotations_sentence s WHERE s.id = NEW.sentence_id
             AND (NEW.span_start < s.start OR NEW.span_end > s."end")) THEN
           RAISE EXCEPTION 'annotation span lies outside its sentence' USING ERRCODE = 'check_violation';
         END IF;
         RETURN NEW;
       END $$ LANGUAGE plpgsql""",
    """CREATE TRIGGER wb_annotation_span_within_sentence BEFORE INSERT OR UPDATE ON annotations_annotation
       FOR EACH ROW EXECUTE FUNCTION wb_annotation_span_within_sentence()""",
    """CREATE FUNCTION wb_document_text_immutable() RETURNS trigger AS $$
       BEGIN
         IF NEW.text IS DISTINCT FROM OLD.text OR NEW.text_sha256 IS DISTINCT FROM OLD.text_sha256 THEN
           RAISE EXCEPTION 'document text is immutable: import a new document instead'
             USING ERRCODE = 'integrity_constraint_violation';
         END IF;
         RETURN NEW;
       END $$ LANGUAGE plpgsql""",
    """CREATE TRIGGER wb_document_text_immutable BEFORE UPDATE ON annotations_document
       FOR EACH ROW EXECUTE FUNCTION wb_document_text_immutable()""",
    """CREATE FUNCTION wb_event_append_only() RETURNS trigger AS $$
       BEGIN
         RAISE EXCEPTION 'the event history is append-only' USING ERRCODE = 'integrity_constraint_violation';
       END $$ LANGUAGE plpgsql""",
    """CREATE TRIGGER wb_event_append_only BEFORE UPDATE ON annotations_event
       FOR EACH ROW EXECUTE FUNCTION wb_event_append_only()""",
]
POSTGRES_DOWN = [
    "DROP TRIGGER IF EXISTS wb_sentence_within_document ON annotations_sentence",
    "DROP FUNCTION IF EXISTS wb_sentence_within_document()",
    "DROP TRIGGER IF EXISTS wb_annotation_span_within_sentence ON annotations_annotation",
    "DROP FUNCTION IF EXISTS wb_annotation_span_within_sentence()",
    "DROP TRIGGER IF EXISTS wb_document_text_immutable ON annotations_document",
    "DROP FUNCTION IF EXISTS wb_document_text_immutable()",
    "DROP TRIGGER IF EXISTS wb_event_append_only ON annotations_event",
    "DROP FUNCTION IF EXISTS wb_event_append_only()",
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
    dependencies = [("annotations", "0001_initial")]

    operations = [
        migrations.RunPython(
            _run({"sqlite": SQLITE_UP, "postgresql": POSTGRES_UP}),
            _run({"sqlite": SQLITE_DOWN, "postgresql": POSTGRES_DOWN}),
        )
    ]
