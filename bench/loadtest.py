"""make loadtest: people annotating and reviewing at once against gunicorn, while an import runs.

    python -m bench.loadtest [--users 20] [--seconds 60] [--documents 200] [--database-url postgres://...]

Annotators (most of the users) label documents in bulk and submit them; reviewers claim items from
the queue and approve or reject them; one extra client imports a batch of new documents half way.
Every loop is bounded in time and requests, and every request goes to 127.0.0.1. Afterwards the
database is checked against what the clients were told: every annotation a 201 reported exists
once, every decision a 200 reported is stored, no item was decided twice, nothing answered 5xx.
Prints p50/p95 per operation and exits 1 when a check fails.
"""

from __future__ import annotations

import argparse
import json
import subprocess
import sys
import tempfile
import threading
import time
from collections import defaultdict
from pathlib import Path

from bench.corpus import as_jsonl, generate
from bench.http import Api, obtain_token
from bench.server import Database, Gunicorn, app_environment, run_python, setup_step
from bench.setup_data import PASSWORD

MAX_REQUESTS_PER_CLIENT = 5000


class Recorder:
    """Latency and status of every request, per operation, shared by the client threads."""

    def __init__(self):
        self._lock = threading.Lock()
        self.seconds: dict[str, list[float]] = defaultdict(list)
        self.statuses: dict[str, dict[int, int]] = defaultdict(lambda: defaultdict(int))
        self.server_errors: list[str] = []

    def add(self, operation: str, status: int, seconds: float, detail: str = "") -> None:
        with self._lock:
            self.seconds[operation].append(seconds)
            self.statuses[operation][status] += 1
            if status >= 500:
                self.server_errors.append(f"{operation} -> {status} {detail[:200]}")


def percentile(values: list[float], share: float) -> float | None:
    if not values:
        return None
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, int(round(share * (len(ordered) - 1))))]


def _call(api: Api, recorder: Recorder, operation: str, method: str, path: str, payload=None):
    reply = api.call(method, path, payload, expect=())
    recorder.add(operation, reply.status, reply.seconds, reply.body.decode(errors="replace"))
    return reply


class Annotator(threading.Thread):
    """Labels its share of the documents (every sentence as the corpus plans it) and submits each one."""

    def __init__(self, api: Api, recorder: Recorder, jobs: list[tuple[int, list[dict]]], deadline: float):
        super().__init__(daemon=True)
        self.api, self.recorder, self.jobs, self.deadline = api, recorder, jobs, deadline
        self.created: list[int] = []
        self.submitted: set[int] = set()

    def run(self) -> None:
        requests = 0
        for document, items in self.jobs:
            if time.monotonic() > self.deadline or requests >= MAX_REQUESTS_PER_CLIENT:
                return
            reply = _call(self.api, self.recorder, "label document", "POST",
                          f"/api/v1/documents/{document}/annotations/bulk/", {"items": items})  # fmt: skip
            requests += 1
            if reply.status == 201:
                self.created += [row["id"] for row in reply.json()]
            reply = _call(self.api, self.recorder, "submit document", "POST", f"/api/v1/documents/{document}/submit/")
            requests += 1
            if reply.status == 200:
                self.submitted.update(reply.json()["submitted"])


class Reviewer(threading.Thread):
    """Claims the next queue item and approves it (every fifth one is rejected with a reason)."""

    def __init__(self, api: Api, recorder: Recorder, deadline: float):
        super().__init__(daemon=True)
        self.api, self.recorder, self.deadline = api, recorder, deadline
        self.decided: dict[int, str] = {}

    def run(self) -> None:
        for number in range(MAX_REQUESTS_PER_CLIENT // 2):
            if time.monotonic() > self.deadline:
                return
            reply = _call(self.api, self.recorder, "claim review item", "POST", "/api/v1/review-queue/claim/", {})
            if reply.status == 204:
                time.sleep(0.2)  # nothing submitted yet: wait for the annotators
                continue
            if reply.status != 200:
                continue
            item = reply.json()
            if number % 5 == 4:
                action, payload = "rejected", {"reason": "wrong_span", "comment": "load test"}
                operation, path = "reject item", f"/api/v1/annotations/{item['id']}/reject/"
            else:
                action, payload = "approved", {}
                operation, path = "approve item", f"/api/v1/annotations/{item['id']}/approve/"
            decided = _call(self.api, self.recorder, operation, "POST", path, payload)
            if decided.status == 200:
                if item["id"] in self.decided:
                    raise AssertionError(f"annotation {item['id']} decided twice by one reviewer")
                self.decided[item["id"]] = action


class Importer(threading.Thread):
    """Uploads a batch of new documents once, a moment into the run."""

    def __init__(self, api: Api, recorder: Recorder, data: bytes, delay: float):
        super().__init__(daemon=True)
        self.api, self.recorder, self.data, self.delay = api, recorder, data, delay
        self.status: int | None = None

    def run(self) -> None:
        time.sleep(self.delay)
        started = time.perf_counter()
        try:
            reply = self.api.upload("/api/v1/documents/upload/", field="file", filename="load.jsonl", data=self.data)
            self.status = reply.status
        except Exception as exc:  # noqa: BLE001 - the status is what the report needs
            self.status = getattr(exc, "status", 599)
        self.recorder.add("import documents", self.status, time.perf_counter() - started)


def _sentence_ids(api: Api, document: int) -> list[int]:
    body = api.call("GET", f"/api/v1/documents/{document}/").json()
    return [sentence["id"] for sentence in sorted(body["sentences"], key=lambda s: s["index"])]


REVIEWERS_SCRIPT = f"""
import sys, django
django.setup()
from django.contrib.auth.models import Group, User
from annotations.projects.services import default_project, project_member_set
for name in sys.argv[1:]:
    user = User.objects.create_user(username=name, password={PASSWORD!r})
    user.groups.add(Group.objects.get(name="reviewer"))
    project_member_set(project=default_project(), user=user, role="reviewer", by=None)
"""

CHECK_SCRIPT = """
import json, sys, django
django.setup()
from annotations.models import Annotation, Event
claims = json.loads(sys.stdin.read())
created = set(claims["created"])
stored = set(Annotation.objects.filter(pk__in=created).values_list("pk", flat=True))
decided = {int(k): v for k, v in claims["decided"].items()}
statuses = dict(Annotation.objects.filter(pk__in=decided).values_list("pk", "status"))
decisions = Event.objects.filter(annotation_id__in=decided, kind="transition", to_status__in=["approved", "rejected"])
per_item = {}
for annotation_id in decisions.values_list("annotation_id", flat=True):
    per_item[annotation_id] = per_item.get(annotation_id, 0) + 1
print(json.dumps({
    "created_reported": len(created),
    "created_missing": len(created - stored),
    "annotations_in_database": Annotation.objects.filter(annotator__username__startswith="bench_").count(),
    "decisions_reported": len(decided),
    "decisions_not_stored": sum(1 for pk, action in decided.items() if statuses.get(pk) != action),
    "decided_twice": sum(1 for count in per_item.values() if count > 1),
}))
"""


def run(*, users: int, seconds: float, documents: int, database_url: str | None, workers: int) -> dict:
    reviewers = max(1, users // 5)
    annotators = max(1, users - reviewers)
    directory = Path(tempfile.mkdtemp(prefix="workbench-load-"))
    database = Database(directory, database_url)
    environment = app_environment(database.url, directory) | {"SIGN_IN_RATE": "100000/minute"}
    server = None
    try:
        run_python(environment, "manage.py", "migrate", "--no-input", "-v", "0")
        setup_step(environment, "users", "--annotators", str(annotators))
        reviewer_names = ["bench_reviewer"] + [f"bench_reviewer{n}" for n in range(2, reviewers + 1)]
        run_python(environment, "-c", REVIEWERS_SCRIPT, *reviewer_names[1:])
        server = Gunicorn(environment, workers=workers, log=directory / "gunicorn.log")
        server.wait_ready()
        url = server.url

        reviewer_token = obtain_token(url, "bench_reviewer", PASSWORD)
        setup = Api(url, reviewer_token)
        corpus = list(generate(documents, sentences=12))
        extra = list(generate(documents // 2 or 1, sentences=12, seed=7))
        setup.upload("/api/v1/documents/upload/", field="file", filename="corpus.jsonl", data=as_jsonl(corpus))
        listed = setup.call("GET", "/api/v1/documents/", params={"limit": documents}).json()["results"]
        ids = sorted(row["id"] for row in listed)
        sentence_map = {document: _sentence_ids(setup, document) for document in ids}
        setup.close()

        recorder = Recorder()
        deadline = 0.0  # set once every client has signed in, just before they start
        threads: list[threading.Thread] = []
        annotator_threads = []
        for number in range(annotators):
            token = obtain_token(url, f"bench_annotator{number + 1}", PASSWORD)
            # Each document goes to two annotators, so reviewers see overlapping work.
            share = [
                (document, [{"sentence": s, "label": planned.label}
                            for s, planned in zip(sentence_map[document], doc.labels, strict=False)])
                for position, (document, doc) in enumerate(zip(ids, corpus, strict=True))
                if position % annotators in (number, (number + 1) % annotators)
            ]  # fmt: skip
            annotator_threads.append(Annotator(Api(url, token), recorder, share, deadline))
        reviewer_threads = [
            Reviewer(Api(url, obtain_token(url, name, PASSWORD)), recorder, deadline)
            for name in reviewer_names
        ]
        importer = Importer(Api(url, reviewer_token), recorder, as_jsonl(extra), delay=min(2.0, seconds / 4))
        threads = [*annotator_threads, *reviewer_threads, importer]
        started = time.monotonic()
        for thread in [*annotator_threads, *reviewer_threads]:
            thread.deadline = started + seconds
        for thread in threads:
            thread.start()
        for thread in threads:
            thread.join(timeout=seconds + 120)
        elapsed = time.monotonic() - started

        created = [pk for thread in annotator_threads for pk in thread.created]
        decided: dict[int, str] = {}
        twice_by_two = 0
        for thread in reviewer_threads:
            for pk, action in thread.decided.items():
                twice_by_two += pk in decided
                decided[pk] = action
        check = subprocess.run(
            [sys.executable, "-c", CHECK_SCRIPT], input=json.dumps({"created": created, "decided": decided}),
            env=environment, cwd=Path(__file__).resolve().parent.parent, capture_output=True, text=True, check=True,
        )  # fmt: skip
        database_check = json.loads(check.stdout)
        operations = {
            name: {
                "requests": len(values),
                "p50_ms": round(1000 * percentile(values, 0.5), 1),
                "p95_ms": round(1000 * percentile(values, 0.95), 1),
                "statuses": dict(recorder.statuses[name]),
            }
            for name, values in sorted(recorder.seconds.items())
        }
        result = {
            "database": database.kind,
            "users": {"annotators": annotators, "reviewers": reviewers},
            "seconds": round(elapsed, 1),
            "operations": operations,
            "server_errors": recorder.server_errors[:20],
            "import_status": importer.status,
            "decided_by_two_reviewers": twice_by_two,
            "database_check": database_check,
        }
        result["ok"] = (
            not recorder.server_errors
            and importer.status in (200, 201, 202)
            and twice_by_two == 0
            and database_check["created_missing"] == 0
            and database_check["decisions_not_stored"] == 0
            and database_check["decided_twice"] == 0
        )
        return result
    finally:
        if server is not None:
            server.stop()
        database.drop()


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m bench.loadtest", description=__doc__.split("\n\n")[0])
    parser.add_argument("--users", type=int, default=20)
    parser.add_argument("--seconds", type=float, default=60)
    parser.add_argument("--documents", type=int, default=200)
    parser.add_argument("--workers", type=int, default=2)
    parser.add_argument("--database-url", default=None, help="PostgreSQL URL; a fresh database is made beside it")
    parser.add_argument("--json", action="store_true", help="print the result as JSON only")
    args = parser.parse_args(argv)
    result = run(users=args.users, seconds=args.seconds, documents=args.documents,
                 database_url=args.database_url, workers=args.workers)  # fmt: skip
    if args.json:
        print(json.dumps(result))
    else:
        users = result["users"]
        print(f"load test on {result['database']}: {users['annotators']} annotators, {users['reviewers']} reviewers, "
              f"{result['seconds']} s, import answered {result['import_status']}")  # fmt: skip
        print(f"{'operation':<22}{'requests':>9}{'p50 ms':>9}{'p95 ms':>9}  statuses")
        for name, row in result["operations"].items():
            print(f"{name:<22}{row['requests']:>9}{row['p50_ms']:>9}{row['p95_ms']:>9}  {row['statuses']}")
        print("database check:", json.dumps(result["database_check"]))
        for error in result["server_errors"]:
            print("server error:", error)
        print("OK" if result["ok"] else "FAILED")
    return 0 if result["ok"] else 1


if __name__ == "__main__":
    sys.exit(main())
