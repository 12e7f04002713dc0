"""A small keep-alive HTTP client on http.client, timing each request; nothing else is needed to drive the API."""

from __future__ import annotations

import http.client
import json
import time
import uuid
from dataclasses import dataclass
from urllib.parse import urlencode, urlsplit


class HttpError(RuntimeError):
    def __init__(self, method: str, path: str, status: int, body: bytes):
        super().__init__(f"{method} {path} -> HTTP {status}: {body[:300]!r}")
        self.status = status


@dataclass
class Reply:
    status: int
    body: bytes
    seconds: float

    def json(self):
        return json.loads(self.body) if self.body else None


class Api:
    """One persistent connection, signed in with a token; reconnects when the server closes it."""

    def __init__(self, base_url: str, token: str | None = None, *, timeout: float = 120):
        parts = urlsplit(base_url)
        self.host, self.port = parts.hostname, parts.port or 80
        self.token, self.timeout = token, timeout
        self._connection: http.client.HTTPConnection | None = None

    def _connect(self) -> http.client.HTTPConnection:
        if self._connection is None:
            self._connection = http.client.HTTPConnection(self.host, self.port, timeout=self.timeout)
        return self._connection

    def close(self) -> None:
        if self._connection is not None:
            self._connection.close()
            self._connection = None

    def headers(self, extra: dict | None = None) -> dict:
        headers = {"Accept": "application/json", **(extra or {})}
        if self.token:
            headers["Authorization"] = f"Token {self.token}"
        return headers

    def send(self, method: str, path: str, *, body: bytes | None = None, headers: dict | None = None) -> Reply:
        """Send one request and read the whole reply; retried once on a connection the server has closed."""
        for attempt in (1, 2):
            connection = self._connect()
            started = time.perf_counter()
            try:
                connection.request(method, path, body=body, headers=self.headers(headers))
                response = connection.getresponse()
                data = response.read()
            except (http.client.RemoteDisconnected, ConnectionResetError, BrokenPipeError):
                self.close()
                if attempt == 2:
                    raise
                continue
            elapsed = time.perf_counter() - started
            if response.will_close:
                self.close()
            return Reply(response.status, data, elapsed)
        raise AssertionError("unreachable")

    def call(self, method: str, path: str, payload=None, *, params: dict | None = None, expect=(200, 201)) -> Reply:
        if params:
            path = f"{path}?{urlencode(params, doseq=True)}"
        body = None if payload is None else json.dumps(payload).encode()
        reply = self.send(method, path, body=body, headers={"Content-Type": "application/json"} if body else None)
        if expect and reply.status not in expect:
            raise HttpError(method, path, reply.status, reply.body)
        return reply

    def upload(self, path: str, *, field: str, filename: str, data: bytes, expect=(200, 201)) -> Reply:
        boundary = uuid.uuid4().hex
        body = b"".join(
            [
                f"--{boundary}\r\n".encode(),
                f'Content-Disposition: form-data; name="{field}"; filename="{filename}"\r\n'.encode(),
                b"Content-Type: application/octet-stream\r\n\r\n",
                data,
                f"\r\n--{boundary}--\r\n".encode(),
            ]
        )
        reply = self.send(
            "POST", path, body=body, headers={"Content-Type": f"multipart/form-data; boundary={boundary}"}
        )
        if reply.status not in expect:
            raise HttpError("POST", path, reply.status, reply.body)
        return reply

    def stream(self, path: str, *, on_chunk=None, chunk_size: int = 1 << 16) -> tuple[int, int, float, float]:
        """GET a streamed body without keeping it: (bytes, lines, seconds to first byte, seconds to last byte)."""
        connection = self._connect()
        started = time.perf_counter()
        connection.request("GET", path, headers=self.headers({"Accept": "*/*"}))
        response = connection.getresponse()
        if response.status != 200:
            raise HttpError("GET", path, response.status, response.read())
        size = lines = 0
        first = None
        while True:
            chunk = response.read1(chunk_size) if hasattr(response, "read1") else response.read(chunk_size)
            if not chunk:
                break
            if first is None:
                first = time.perf_counter() - started
            size += len(chunk)
            lines += chunk.count(b"\n")
            if on_chunk:
                on_chunk(chunk)
        total = time.perf_counter() - started
        if response.will_close:
            self.close()
        return size, lines, first or total, total


def obtain_token(base_url: str, username: str, password: str) -> str:
    api = Api(base_url)
    try:
        return api.call("POST", "/api/v1/auth/token/", {"username": username, "password": password}).json()["token"]
    finally:
        api.close()
