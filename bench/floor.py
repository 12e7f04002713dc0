"""The floor for the export: the same rows read straight from SQLite with sqlite3 and written with json.dumps.

No Django, no pseudonyms, no split: the least work that produces the same objects, so the export's
overhead over the database can be stated as a ratio.
"""

from __future__ import annotations

import json
import sqlite3
import time

from annotations.exports.rows import ANNOTATION_COLUMNS

FLOOR_SQL = """
SELECT a.id, s.document_id, a.sentence_id, s."index", s.start, s."end",
       substr(d.text, s.start + 1, s."end" - s.start),
       a.span_start, a.span_end, substr(d.text, a.span_start + 1, a.span_end - a.span_start),
       l.key, a.annotator_id, a.status, a.reviewed_by_id, a.reviewed_at, a.review_reason, a.review_comment,
       a.created_at, a.note,
       f.killed_min, f.killed_max, f.injured_min, f.injured_max, f.children_killed, f.women_killed,
       f.children_injured, f.women_injured, f.qualifier, f.scope, f.preliminary, cited.name, f.raw_text,
       f.is_suggested, blamed.name, r.stance,
       (SELECT group_concat(il.incident_id) FROM annotations_incidentlink il WHERE il.annotation_id = a.id),
       d.title, publisher.name, d.url, d.published_on, d.text_sha256
FROM annotations_annotation a
JOIN annotations_sentence s ON s.id = a.sentence_id
JOIN annotations_document d ON d.id = s.document_id
JOIN annotations_label l ON l.id = a.label_id
LEFT JOIN annotations_casualtyfigures f ON f.annotation_id = a.id
LEFT JOIN annotations_actor cited ON cited.id = f.cited_source_id
LEFT JOIN annotations_responsibility r ON r.annotation_id = a.id
LEFT JOIN annotations_actor blamed ON blamed.id = r.actor_id
LEFT JOIN annotations_actor publisher ON publisher.id = d.publisher_id
WHERE a.status = 'approved'
ORDER BY a.id
"""


def sqlite_floor(path: str, *, repeats: int = 3) -> dict:
    """Best-of-``repeats`` seconds to read every approved annotation row and json.dumps it as an object."""
    best, best_cpu, rows, size = None, None, 0, 0
    for _ in range(repeats):
        connection = sqlite3.connect(path)
        try:
            started, cpu_started = time.perf_counter(), time.process_time()
            cursor = connection.execute(FLOOR_SQL)
            rows = size = 0
            while batch := cursor.fetchmany(2000):
                for row in batch:
                    size += len(json.dumps(dict(zip(ANNOTATION_COLUMNS, row, strict=True)), ensure_ascii=False)) + 1
                rows += len(batch)
            elapsed, cpu = time.perf_counter() - started, time.process_time() - cpu_started
        finally:
            connection.close()
        best = elapsed if best is None else min(best, elapsed)
        best_cpu = cpu if best_cpu is None else min(best_cpu, cpu)
    return {
        "seconds": round(best, 3),
        "cpu_s": round(best_cpu, 3),
        "rows": rows,
        "bytes": size,
        "rows_per_s": round(rows / best) if best else None,
    }
