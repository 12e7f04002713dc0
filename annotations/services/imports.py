"""Large uploads imported by a background job, all or nothing, without holding other writers up.

The request stores the file's lines in the database in chunks and queues the job (``import_job_create``);
the worker (``manage.py db_worker``) runs ``import_job_run``:

1. **checking**: every line is parsed and checked as the synchronous import checks it, one chunk at
   a time (bounded memory), without writing anything. Any problem fails the job: nothing is stored.
2. **importing**: each chunk is stored in its own short transaction (so on SQLite another writer
   waits for one chunk at most, never for the whole file), and the documents stored are recorded
   against the job. Should a chunk fail all the same (a database error, a worker stopped), the
   documents stored by earlier chunks are deleted again: the job leaves nothing half imported.
"""

from __future__ import annotations

import time
from collections.abc import Iterable, Iterator

from django.conf import settings
from django.core.exceptions import ValidationError
from django.db import connection, transaction
from django.utils import timezone

from annotations.import_jobs import ImportJob, ImportJobChunk, ImportJobDocument, ImportJobState
from annotations.models import Document
from annotations.services.documents import (
    ImportProblem,
    _message,
    document_input_check,
    documents_store,
    jsonl_line_input,
)
from annotations.services.events import events_record_changes_many

MAX_PROBLEMS_KEPT = 100
# On SQLite a writer that found the database locked polls again after at most 100 ms (its busy
# handler's longest sleep); pausing a little longer between two chunks lets every waiting writer in
# instead of the next chunk taking the lock again at once. PostgreSQL locks rows, not the database.
SQLITE_PAUSE_BETWEEN_CHUNKS = 0.12
# ... and a transaction stops taking more documents after this long, however busy the machine is.
SQLITE_MAX_HOLD = 0.25
BATCH_DOCUMENTS = 25
CHUNK_LINES = 200
_SNIFF_BYTES = 8192


def _decoded_lines(name: str, lines: Iterable[bytes]) -> Iterator[tuple[int, str]]:
    """``(line number, text)`` of every line of an uploaded file, decoded as the importer decodes.

    Raises ValidationError (naming the file) on a binary or non-UTF-8 file, as ``decode_text_bytes`` does.
    """
    position = 0
    for number, line in enumerate(lines, start=1):
        if position < _SNIFF_BYTES and b"\x00" in line[: _SNIFF_BYTES - position]:
            raise ValidationError({"file": f"{name}: This is a binary file (it contains NUL bytes), not UTF-8 text."})
        try:
            text = line.decode("utf-8-sig" if number == 1 else "utf-8")
        except UnicodeDecodeError as exc:
            raise ValidationError(
                {"file": f"{name}: This is not UTF-8 text (undecodable byte at position {position + exc.start})."}
            ) from None
        position += len(line)
        yield number, text


def upload_document_count(upload) -> int:
    """Non-blank lines of an uploaded .jsonl file (read as bytes, in pieces)."""
    upload.seek(0)
    count = sum(1 for line in upload if line.strip())
    upload.seek(0)
    return count


@transaction.atomic
def import_job_create(*, name: str, upload, created_by, project=None) -> ImportJob:
    """Keep an uploaded .jsonl file's lines in the database and queue the job that imports them into
    ``project`` (the default project when None)."""
    from annotations.projects.services import default_project
    from annotations.tasks import import_job_task

    job = ImportJob.objects.create(
        file_name=name[:255], total=0, created_by=created_by, project=project or default_project()
    )
    upload.seek(0)
    chunk: list[str] = []
    first_line, number, total, chunk_number = 1, 0, 0, 0
    rows = []
    for number, line in _decoded_lines(name, upload):
        if not chunk:
            first_line = number
        chunk.append(line.rstrip("\r\n"))
        total += bool(line.strip())
        if len(chunk) == CHUNK_LINES:
            rows.append(ImportJobChunk(job=job, number=chunk_number, first_line=first_line, lines="\n".join(chunk)))
            chunk, chunk_number = [], chunk_number + 1
            if len(rows) == 20:
                ImportJobChunk.objects.bulk_create(rows)
                rows = []
    if chunk:
        rows.append(ImportJobChunk(job=job, number=chunk_number, first_line=first_line, lines="\n".join(chunk)))
    ImportJobChunk.objects.bulk_create(rows)
    if total == 0:
        raise ValidationError({"file": f"{name}: the file holds no documents"})
    job.total = total
    job.task_id = str(import_job_task.enqueue(job_id=job.pk).id)
    job.save(update_fields=["total", "task_id"])
    return job


def _chunk_inputs(job: ImportJob, chunk: ImportJobChunk):
    """``(inputs, problems)`` of one chunk's lines."""
    inputs, problems = [], []
    for offset, line in enumerate(chunk.lines.split("\n")):
        if not line.strip():
            continue
        source = f"{job.file_name} line {chunk.first_line + offset}"
        try:
            inputs.append(jsonl_line_input(line, source=source))
        except ValidationError as exc:
            problems.append(ImportProblem(source, _message(exc)))
    return inputs, problems


def _chunks(job: ImportJob) -> Iterator[ImportJobChunk]:
    numbers = list(job.chunks.order_by("number").values_list("number", flat=True))
    for number in numbers:
        yield job.chunks.get(number=number)


def _progress(job: ImportJob, **fields) -> None:
    for name, value in fields.items():
        setattr(job, name, value)
    ImportJob.objects.filter(pk=job.pk).update(**fields)


def _fail(job: ImportJob, *, detail: str, problems: list[ImportProblem], problem_count: int) -> None:
    _progress(
        job,
        state=ImportJobState.FAILED,
        detail=detail,
        problems=[{"source": p.source, "message": p.message} for p in problems[:MAX_PROBLEMS_KEPT]],
        problem_count=problem_count,
        finished_at=timezone.now(),
    )
    job.chunks.all().delete()


def _check(job: ImportJob) -> tuple[list[ImportProblem], int]:
    problems: list[ImportProblem] = []
    count = checked = 0
    for chunk in _chunks(job):
        inputs, chunk_problems = _chunk_inputs(job, chunk)
        for item in inputs:
            try:
                document_input_check(item)
            except ValidationError as exc:
                chunk_problems.append(ImportProblem(item.source, _message(exc)))
        count += len(chunk_problems)
        problems += chunk_problems[: max(0, MAX_PROBLEMS_KEPT - len(problems))]
        checked += len(inputs) + len(chunk_problems)
        _progress(job, done=min(checked, job.total))
    return problems, count


def _batches(job: ImportJob, size: int) -> Iterator[list]:
    for chunk in _chunks(job):
        inputs, problems = _chunk_inputs(job, chunk)
        if problems:  # the stored lines changed under us: the check passed them
            raise ValidationError(str(problems[0]))
        for start in range(0, len(inputs), size):
            yield inputs[start : start + size]


def _store(job: ImportJob) -> None:
    """Store the checked lines, a transaction holding at most WORKBENCH_IMPORT_CHUNK_DOCUMENTS documents
    and, on SQLite, about SQLITE_MAX_HOLD seconds of writing, whichever comes first."""
    step = settings.WORKBENCH_IMPORT_CHUNK_DOCUMENTS
    sqlite = connection.vendor == "sqlite"
    batches = _batches(job, min(step, BATCH_DOCUMENTS))
    batch = next(batches, None)
    while batch is not None:
        began, in_transaction = time.monotonic(), 0
        with transaction.atomic():
            while batch is not None:
                report = documents_store(items=batch, imported_by=job.created_by, project=job.project)
                if report.problems:
                    raise ValidationError(str(report.problems[0]))
                ImportJobDocument.objects.bulk_create(
                    ImportJobDocument(job=job, document_id=document.pk) for document in report.created
                )
                in_transaction += len(batch)
                job.created_count += len(report.created)
                job.existing_count += len(report.existing)
                batch = next(batches, None)
                if in_transaction >= step or (sqlite and time.monotonic() - began >= SQLITE_MAX_HOLD):
                    break
            job.done += in_transaction
            ImportJob.objects.filter(pk=job.pk).update(
                done=job.done, created_count=job.created_count, existing_count=job.existing_count
            )
        if sqlite and batch is not None:
            time.sleep(SQLITE_PAUSE_BETWEEN_CHUNKS)


def import_job_undo(*, job: ImportJob) -> int:
    """Delete the documents a job stored (with their sentences), a few hundred per transaction."""
    removed = 0
    while True:
        stored = list(Document.objects.filter(import_job_link__job=job).values_list("pk", "title", "text_sha256")[:500])
        if not stored:
            return removed
        with transaction.atomic():
            events_record_changes_many(
                by=job.created_by,
                model=Document,
                changes=[(pk, {"title": title, "text_sha256": digest}, None) for pk, title, digest in stored],
                comment=f"import job {job.pk} failed; the documents it had stored were removed",
            )
            Document.objects.filter(pk__in=[pk for pk, _, _ in stored]).delete()
        removed += len(stored)


def import_job_run(*, job_id: int) -> ImportJob:
    """Check, then store, the lines of a queued job (what the background worker runs)."""
    with transaction.atomic():
        job = ImportJob.objects.select_for_update().get(pk=job_id)
        if job.state != ImportJobState.QUEUED:
            return job  # already run (a job is queued once; a retried task does nothing)
        _progress(job, state=ImportJobState.CHECKING, started_at=timezone.now(), done=0)
    problems, count = _check(job)
    if count:
        shown = "; ".join(str(p) for p in problems[:3]) + (f" (and {count - 3} more)" if count > 3 else "")
        _fail(job, detail=f"Nothing was imported: {shown}", problems=problems, problem_count=count)
        return job
    _progress(job, state=ImportJobState.IMPORTING, done=0)
    try:
        _store(job)
    except Exception as exc:
        at = job.done
        removed = import_job_undo(job=job)
        message = exc.messages[0] if isinstance(exc, ValidationError) else f"{type(exc).__name__}: {exc}"
        _progress(job, created_count=0, existing_count=0)
        _fail(
            job,
            detail=f"The import stopped after {at} of {job.total} documents ({message}); "
            f"nothing was imported (the {removed} documents stored before were removed again).",
            problems=[ImportProblem(job.file_name, message)],
            problem_count=1,
        )
        return job
    _progress(job, state=ImportJobState.SUCCEEDED, finished_at=timezone.now(), detail="")
    job.chunks.all().delete()
    return job
