"""Background tasks (django-tasks; `manage.py db_worker` runs them from the database)."""

from __future__ import annotations

from django_tasks import task


@task()
def import_job_task(job_id: int) -> str:
    """Run a queued import job; its progress and outcome are on the ImportJob row."""
    from annotations.services.imports import import_job_run

    return import_job_run(job_id=job_id).state
