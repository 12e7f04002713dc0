"""The measurements, each a bounded loop (in count and in time) over real HTTP.

Every function takes ``Api`` clients (bench.http) and returns plain numbers, so the same code runs
against gunicorn in ``make bench`` and against a test's live server in the smoke test.
"""

from __future__ import annotations

import hashlib
import os
import queue
import statistics
import threading
import time
from collections.abc import Callable, Iterable, Sequence
from pathlib import Path

from bench.corpus import SyntheticDocument, as_jsonl
from bench.http import Api

MiB = 1024 * 1024


def summary(seconds: Sequence[float]) -> dict:
    """p50/p95/mean in milliseconds of request times given in seconds."""
    if not seconds:
        return {"n": 0, "p50_ms": None, "p95_ms": None, "mean_ms": None}
    ordered = sorted(seconds)
    p95 = ordered[min(len(ordered) - 1, max(0, round(0.95 * len(ordered)) - 1))]
    return {
        "n": len(ordered),
        "p50_ms": round(statistics.median(ordered) * 1000, 2),
        "p95_ms": round(p95 * 1000, 2),
        "mean_ms": round(statistics.fmean(ordered) * 1000, 2),
    }


def warm_up(api: Api, *, requests: int = 24) -> None:
    """A few requests on fresh connections, so that every worker has loaded the app and opened its database
    connection before anything is timed."""
    for _ in range(requests):
        api.close()
        api.call("GET", "/api/v1/labels/")
    api.close()


# --- import ------------------------------------------------------------------------------------


def import_documents(
    api: Api,
    documents: Sequence[SyntheticDocument],
    *,
    batch: int = 100,
    time_limit: float = 600,
    server_pids: Sequence[int] = (),
) -> tuple[dict, list[int]]:
    """Upload the corpus as .jsonl files of ``batch`` documents; returns the timings and the ids in order."""
    ids: list[int] = []
    started = time.perf_counter()
    requests = []
    cpu = ServerCpu(server_pids)
    cpu.__enter__()
    for at in range(0, len(documents), batch):
        if time.perf_counter() - started > time_limit:
            break
        reply = api.upload(
            "/api/v1/documents/upload/",
            field="file",
            filename=f"corpus-{at}.jsonl",
            data=as_jsonl(documents[at : at + batch]),
        )
        requests.append(reply.seconds)
        body = reply.json()
        ids += [item["id"] for item in body["created"] + body["existing"]]
    total = time.perf_counter() - started
    cpu.__exit__(None, None, None)
    server_seconds = cpu.seconds if server_pids else None
    return {
        "documents": len(ids),
        "seconds": round(total, 3),
        "docs_per_s": round(len(ids) / total, 1) if total else None,
        "server_cpu_s": round(server_seconds, 3) if server_seconds is not None else None,
        "docs_per_server_cpu_s": round(len(ids) / server_seconds, 1) if server_seconds else None,
        "per_request": summary(requests),
        "batch": batch,
    }, ids


def import_in_background(api: Api, documents: Sequence[SyntheticDocument], *, time_limit: float = 600) -> dict:
    """Upload the corpus as one .jsonl file (a background job) and wait for the job to finish."""
    started = time.perf_counter()
    reply = api.upload(
        "/api/v1/documents/upload/", field="file", filename="corpus.jsonl", data=as_jsonl(documents), expect=(202,)
    )
    queued = reply.json()
    deadline = started + time_limit
    job = queued
    while not job["finished"] and time.perf_counter() < deadline:
        time.sleep(0.1)
        job = api.call("GET", queued["url"]).json()
    total = time.perf_counter() - started
    return {
        "documents": job["created_count"],
        "state": job["state"],
        "upload_seconds": round(reply.seconds, 3),
        "seconds": round(total, 3),
        "docs_per_s": round(job["created_count"] / total, 1) if total else None,
    }


def review_claims(api: Api, *, claims: int = 50, time_limit: float = 60, server_pids: Sequence[int] = ()) -> dict:
    """The review queue's claim, ``claims`` times (each holds the next item, so each finds a new one)."""
    times = []
    deadline = time.perf_counter() + time_limit
    with ServerCpu(server_pids) as cpu:
        for _ in range(claims):
            if time.perf_counter() > deadline:
                break
            reply = api.call("POST", "/api/v1/review-queue/claim/", {}, expect=(200, 204))
            if reply.status == 204:
                break
            times.append(reply.seconds)
    cpu_ms = round(cpu.seconds * 1000 / len(times), 2) if times and server_pids else None
    return {**summary(times), "server_cpu_ms_per_request": cpu_ms}


def sentence_ids(api: Api, document_ids: Iterable[int]) -> dict[int, list[int]]:
    """Sentence ids of each document in reading order, read through the cursor-paginated sentence list."""
    wanted = set(document_ids)
    by_document: dict[int, list[tuple[int, int]]] = {}
    path = "/api/v1/sentences/?page_size=500"
    while path:
        body = api.call("GET", path).json()
        for sentence in body["results"]:
            if sentence["document"] in wanted:
                by_document.setdefault(sentence["document"], []).append((sentence["index"], sentence["id"]))
        path = body.get("next")
        if path and path.startswith("http"):
            path = "/" + path.split("/", 3)[3]
    return {doc: [sid for _, sid in sorted(items)] for doc, items in by_document.items()}


# --- labelling ---------------------------------------------------------------------------------


def bulk_items(document: SyntheticDocument, sentences: list[int]) -> list[dict]:
    """One annotation per sentence, as planned by the corpus (figures for the casualty claims)."""
    items = []
    for sentence, planned in zip(sentences, document.labels, strict=False):
        item = {"sentence": sentence, "label": planned.label}
        if planned.figures:
            item["figures"] = {name: value for name, value in planned.figures.items() if value is not None}
        items.append(item)
    return items


def label_documents(
    clients: Sequence[Api],
    jobs: Sequence[tuple[int, list[dict]]],
    *,
    time_limit: float = 300,
    server_pids: Sequence[int] = (),
) -> dict:
    """Label whole documents with the bulk endpoint, one document per request, ``len(clients)`` at a time."""
    work: queue.Queue = queue.Queue()
    for job in jobs:
        work.put(job)
    times: list[float] = []
    errors: list[str] = []
    lock = threading.Lock()
    deadline = time.perf_counter() + time_limit

    def run(api: Api) -> None:
        while time.perf_counter() < deadline:
            try:
                document_id, items = work.get_nowait()
            except queue.Empty:
                return
            reply = api.call(
                "POST", f"/api/v1/documents/{document_id}/annotations/bulk/", {"items": items}, expect=None
            )
            with lock:
                if reply.status == 201:
                    times.append(reply.seconds)
                else:
                    errors.append(f"document {document_id}: HTTP {reply.status} {reply.body[:200]!r}")

    started = time.perf_counter()
    with ServerCpu(server_pids) as cpu:
        threads = [threading.Thread(target=run, args=(api,)) for api in clients]
        for thread in threads:
            thread.start()
        for thread in threads:
            thread.join()
    total = time.perf_counter() - started
    return {
        "clients": len(clients),
        "documents": len(times),
        "annotations": sum(len(items) for _, items in jobs[: len(times)]),
        "seconds": round(total, 3),
        "docs_per_s": round(len(times) / total, 1) if total else None,
        **summary(times),
        "server_cpu_ms_per_doc": round(cpu.seconds * 1000 / len(times), 2) if times and server_pids else None,
        "errors": errors[:5],
        "error_count": len(errors),
    }


def create_single(api: Api, items: Sequence[dict], *, time_limit: float = 60, server_pids: Sequence[int] = ()) -> dict:
    """One annotation per request through POST /api/v1/annotations/."""
    times = []
    deadline = time.perf_counter() + time_limit
    with ServerCpu(server_pids) as cpu:
        for item in items:
            if time.perf_counter() > deadline:
                break
            times.append(api.call("POST", "/api/v1/annotations/", item, expect=(201,)).seconds)
    cpu_ms = round(cpu.seconds * 1000 / len(times), 2) if times and server_pids else None
    return {**summary(times), "server_cpu_ms_per_request": cpu_ms}


def list_pages(
    api: Api, *, pages: int = 100, page_size: int = 100, time_limit: float = 60, server_pids: Sequence[int] = ()
) -> dict:
    """The annotation list a page at a time (cursor pagination), as a reviewer who sees everything."""
    times, rows = [], 0
    path = f"/api/v1/annotations/?page_size={page_size}"
    first = path
    deadline = time.perf_counter() + time_limit
    with ServerCpu(server_pids) as cpu:
        for _ in range(pages):
            if time.perf_counter() > deadline:
                break
            reply = api.call("GET", path)
            times.append(reply.seconds)
            body = reply.json()
            rows += len(body["results"])
            nxt = body.get("next")
            path = ("/" + nxt.split("/", 3)[3]) if nxt else first
    return {
        **summary(times),
        "rows_per_page": round(rows / len(times), 1) if times else 0,
        "server_cpu_ms_per_page": round(cpu.seconds * 1000 / len(times), 2) if times and server_pids else None,
    }


# --- export ------------------------------------------------------------------------------------


def rss_bytes(pid: int) -> int:
    """Resident set size of a process, from /proc (0 when it has gone)."""
    try:
        for line in Path(f"/proc/{pid}/status").read_text().splitlines():
            if line.startswith("VmRSS:"):
                return int(line.split()[1]) * 1024
    except (FileNotFoundError, ProcessLookupError):
        return 0
    return 0


def cpu_seconds(pid: int) -> float:
    """User plus system CPU time a process has used so far, from /proc (0 when it has gone)."""
    try:
        fields = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()
    except (FileNotFoundError, ProcessLookupError):
        return 0.0
    return (int(fields[11]) + int(fields[12])) / os.sysconf("SC_CLK_TCK")


class ServerCpu:
    """CPU seconds the server processes spend inside the block: unlike wall time, not inflated by other load."""

    def __init__(self, pids: Sequence[int]):
        self.pids = list(pids)
        self.seconds = 0.0

    def __enter__(self) -> ServerCpu:
        self._start = sum(cpu_seconds(pid) for pid in self.pids)
        return self

    def __exit__(self, *exc) -> None:
        self.seconds = sum(cpu_seconds(pid) for pid in self.pids) - self._start


class RssSampler:
    """Samples the RSS of some processes every few milliseconds in a thread, keeping each one's peak."""

    def __init__(self, pids: Sequence[int], interval: float = 0.005):
        self.pids, self.interval = list(pids), interval
        self.before = {pid: rss_bytes(pid) for pid in self.pids}
        self.peak = dict(self.before)
        self._stop = threading.Event()
        self._thread = threading.Thread(target=self._run, daemon=True)

    def _run(self) -> None:
        while not self._stop.is_set():
            for pid in self.pids:
                value = rss_bytes(pid)
                if value > self.peak[pid]:
                    self.peak[pid] = value
            time.sleep(self.interval)

    def __enter__(self) -> RssSampler:
        self._thread.start()
        return self

    def __exit__(self, *exc) -> None:
        self._stop.set()
        self._thread.join()

    @property
    def growth(self) -> int:
        return max((self.peak[pid] - self.before[pid] for pid in self.pids), default=0)

    @property
    def highest(self) -> int:
        return max(self.peak.values(), default=0)


def export(api: Api, path: str, *, server_pids: Sequence[int], repeats: int = 3) -> dict:
    """Download an export ``repeats`` times, streaming it to nowhere; time it and watch the server's memory."""
    runs = []
    for _ in range(repeats):
        digest = hashlib.sha256()
        with RssSampler(server_pids) as sampler, ServerCpu(server_pids) as cpu:
            size, lines, first, total = api.stream(path, on_chunk=digest.update)
        runs.append(
            {
                "seconds": round(total, 3),
                "first_byte_s": round(first, 3),
                "bytes": size,
                "rows": lines,
                "rss_growth_mib": round(sampler.growth / MiB, 1),
                "rss_peak_mib": round(sampler.highest / MiB, 1),
                "server_cpu_s": round(cpu.seconds, 3),
                "sha256": digest.hexdigest(),
            }
        )
    best = min(runs, key=lambda run: run["seconds"])
    return {
        "seconds": best["seconds"],
        "median_seconds": round(statistics.median(run["seconds"] for run in runs), 3),
        "rows": best["rows"],
        "bytes": best["bytes"],
        "rows_per_s": round(best["rows"] / best["seconds"]) if best["seconds"] else None,
        "first_byte_s": best["first_byte_s"],
        "rss_growth_mib": max(run["rss_growth_mib"] for run in runs),
        "rss_growth_first_mib": runs[0]["rss_growth_mib"],
        "rss_peak_mib": max(run["rss_peak_mib"] for run in runs),
        "server_cpu_s": min(run["server_cpu_s"] for run in runs),
        "identical": len({run["sha256"] for run in runs}) == 1,
        "runs": runs,
    }


def timed(function: Callable, *args, repeats: int = 3, **kwargs) -> tuple[float, object]:
    """The best of ``repeats`` wall-clock times of a call, and its last result."""
    best, result = None, None
    for _ in range(repeats):
        started = time.perf_counter()
        result = function(*args, **kwargs)
        elapsed = time.perf_counter() - started
        best = elapsed if best is None else min(best, elapsed)
    return best, result


def worker_pids(master_pid: int) -> list[int]:
    """The gunicorn workers: the children of the master process."""
    children = []
    for entry in os.listdir("/proc"):
        if entry.isdigit():
            try:
                fields = Path(f"/proc/{entry}/stat").read_text().rsplit(")", 1)[1].split()
            except (FileNotFoundError, ProcessLookupError, IndexError):
                continue
            if int(fields[1]) == master_pid:
                children.append(int(entry))
    return sorted(children)
