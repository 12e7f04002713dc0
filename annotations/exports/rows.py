"""Rendering export rows: columns, pseudonymous ids, the train/dev/test split, JSONL and CSV lines.

Plain functions without the database, so the dataset format is pinned by fast tests. The service
(``annotations.exports.services``) feeds them plain tuples read with ``values_list``; nothing here
holds more than one batch of rows.
"""

from __future__ import annotations

import csv
import datetime as dt
import hashlib
import hmac
import json
from collections.abc import Callable, Iterable, Iterator, Sequence
from dataclasses import dataclass

SHAPES = ("annotations", "sentences", "incidents")
FORMATS = ("jsonl", "csv")
CONTENT_TYPES = {"jsonl": "application/x-ndjson; charset=utf-8", "csv": "text/csv; charset=utf-8"}
SPLITS = ("train", "dev", "test")
# Rows are joined into chunks of about this many before they are handed to the response.
LINES_PER_CHUNK = 500

FIGURE_COLUMNS = (
    "killed_min",
    "killed_max",
    "injured_min",
    "injured_max",
    "children_killed",
    "women_killed",
    "children_injured",
    "women_injured",
    "qualifier",
    "scope",
    "preliminary",
    "cited_source",
    "figures_raw_text",
    "figures_is_suggested",
)
PROVENANCE_COLUMNS = ("document_title", "publisher", "url", "published_on", "text_sha256")
ANNOTATION_COLUMNS = (
    "id",
    "document_id",
    "sentence_id",
    "sentence_index",
    "sentence_start",
    "sentence_end",
    "text",
    "span_start",
    "span_end",
    "span_text",
    "label",
    "annotator",
    "status",
    "reviewer",
    "reviewed_at",
    "review_reason",
    "review_comment",
    "created_at",
    "note",
    *FIGURE_COLUMNS,
    "responsible_actor",
    "stance",
    "incidents",
    *PROVENANCE_COLUMNS,
)
_FIGURES_AT = ANNOTATION_COLUMNS.index("killed_min")
_FIGURES_END = _FIGURES_AT + len(FIGURE_COLUMNS)
_NESTED_FIGURE_KEYS = tuple(name.removeprefix("figures_") for name in FIGURE_COLUMNS)
_RESPONSIBILITY_AT = ANNOTATION_COLUMNS.index("responsible_actor")
_AFTER_RESPONSIBILITY = _RESPONSIBILITY_AT + 2
_QUALIFIER_AT = ANNOTATION_COLUMNS.index("qualifier")
_BOOLEANS = (ANNOTATION_COLUMNS.index("preliminary"), ANNOTATION_COLUMNS.index("figures_is_suggested"))
_HEAD = ANNOTATION_COLUMNS[:_FIGURES_AT]
_TAIL = ANNOTATION_COLUMNS[_AFTER_RESPONSIBILITY:]


def annotation_record(row: Sequence) -> dict:
    """An annotation row as its JSON object: figures and responsibility nested (or null), as the API has them."""
    record = dict(zip(_HEAD, row, strict=False))
    if row[_QUALIFIER_AT] is None:  # every stored figures row has a qualifier: None means no figures
        record["figures"] = None
    else:
        figures = dict(zip(_NESTED_FIGURE_KEYS, row[_FIGURES_AT:_FIGURES_END], strict=True))
        figures["preliminary"] = bool(figures["preliminary"])
        figures["is_suggested"] = bool(figures["is_suggested"])
        record["figures"] = figures
    actor = row[_RESPONSIBILITY_AT]
    record["responsibility"] = None if actor is None else {"actor": actor, "stance": row[_RESPONSIBILITY_AT + 1]}
    record.update(zip(_TAIL, row[_AFTER_RESPONSIBILITY:], strict=False))
    if len(row) > len(ANNOTATION_COLUMNS):
        record["split"] = row[-1]
    return record


def annotation_flat(row: Sequence) -> Sequence:
    """The flat row (CSV) with the figures' booleans as booleans (databases may hand back 0/1)."""
    row = list(row)
    for at in _BOOLEANS:
        if row[at] is not None:
            row[at] = bool(row[at])
    return row


SENTENCE_COLUMNS = (
    "sentence_id",
    "document_id",
    "sentence_index",
    "start",
    "end",
    "text",
    "labels",
    *PROVENANCE_COLUMNS,
)
INCIDENT_COLUMNS = (
    "id",
    "title",
    "occurred_on",
    "date_precision",
    "place_name",
    "admin_area",
    "latitude",
    "longitude",
    "strike_type",
    "grade",
    "suggested_grade",
    "killed_min",
    "killed_max",
    "injured_min",
    "injured_max",
    "claims",
    "counted_claims",
    "independent_sources",
    "conflict",
    "blamed_actors",
    "annotation_ids",
)


@dataclass(frozen=True)
class SplitRatios:
    """Shares of train/dev/test; they need not sum to one (they are normalised), but must be positive in total."""

    train: float = 0.8
    dev: float = 0.1
    test: float = 0.1

    def __post_init__(self) -> None:
        values = (self.train, self.dev, self.test)
        if any(value < 0 for value in values) or sum(values) <= 0:
            raise ValueError("Split ratios must be 0 or more and not all 0 (e.g. train=0.8, dev=0.1, test=0.1).")

    def as_dict(self) -> dict[str, float]:
        return {"train": self.train, "dev": self.dev, "test": self.test}


def split_for(key: int | str, ratios: SplitRatios = SplitRatios()) -> str:
    """The split of everything from one document (or incident): the same key always lands in the same split."""
    digest = hashlib.blake2b(f"workbench-split:{key}".encode(), digest_size=8).digest()
    point = int.from_bytes(digest, "big") / 2**64 * (ratios.train + ratios.dev + ratios.test)
    if point < ratios.train:
        return "train"
    if point < ratios.train + ratios.dev:
        return "dev"
    return "test"


class Pseudonyms:
    """Stable pseudonymous ids for users: the same user gets the same id in every export of one deployment.

    A keyed hash (HMAC) of the user id, so ids cannot be reversed by hashing guesses without the key.
    The cache grows with the number of users, never with the number of rows.
    """

    def __init__(self, key: str, *, prefix: str = "user") -> None:
        self._key = key.encode()
        self._prefix = prefix
        self._cache: dict[int, str] = {}

    def __call__(self, user_id: int | None) -> str | None:
        if user_id is None:
            return None
        known = self._cache.get(user_id)
        if known is None:
            digest = hmac.new(self._key, f"user:{user_id}".encode(), hashlib.sha256).hexdigest()[:12]
            known = self._cache[user_id] = f"{self._prefix}-{digest}"
        return known


def plain(value: object) -> object:
    """A value as JSON has it: dates and times in ISO 8601, everything else unchanged."""
    if isinstance(value, dt.datetime | dt.date):
        return value.isoformat()
    return value


def id_list(joined: str | None) -> list[int]:
    """'7,3' (a database string aggregate) as sorted ids [3, 7]."""
    if not joined:
        return []
    return sorted(int(part) for part in joined.split(","))


# A spreadsheet reads a cell that starts with one of these as a formula (or, for tab and carriage
# return, strips them and reads what follows as one): CSV exports put a ' in front (OWASP's advice).
FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")
BOM = "\ufeff"


def spreadsheet_safe(text: str) -> str:
    """Text a spreadsheet will show as text, never evaluate: a leading ' when it could start a formula."""
    return "'" + text if text.startswith(FORMULA_STARTS) else text


def _csv_cell(value: object) -> object:
    if value is None:
        return ""
    if isinstance(value, str):
        return spreadsheet_safe(value)
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, list | tuple):
        return spreadsheet_safe(";".join(str(item) for item in value))
    return plain(value)


def jsonl_lines(columns: Sequence[str], rows: Iterable[Sequence | dict | str]) -> Iterator[str]:
    """One JSON object per line: a string is a line rendered already, a dict is written as it is, a tuple
    maps the columns to its values."""
    dumps = json.JSONEncoder(ensure_ascii=False, default=plain).encode
    for row in rows:
        if isinstance(row, str):
            yield row
        else:
            yield dumps(row if isinstance(row, dict) else dict(zip(columns, row, strict=True))) + "\n"


class _Collect(list):
    """A file-like target for csv.writer that keeps the lines it is given."""

    write = list.append


def csv_lines(columns: Sequence[str], rows: Iterable[Sequence]) -> Iterator[str]:
    """CSV with a header row; lists are joined with ';', booleans are true/false, None is empty, and
    text that a spreadsheet would read as a formula starts with a '."""
    lines = _Collect()
    # csv quotes a field that holds a character of the line terminator: with "\n" alone a lone "\r"
    # would go out unquoted and break the row, so rows are written with "\r\n" and end in "\n".
    writer = csv.writer(lines, lineterminator="\r\n")
    writer.writerow(columns)
    yield lines.pop()[:-2] + "\n"
    for row in rows:
        if isinstance(row, str):  # a line rendered already (by the database)
            yield row
            continue
        writer.writerow([_csv_cell(value) for value in row])
        yield lines.pop()[:-2] + "\n"


LINE_WRITERS: dict[str, Callable[..., Iterator[str]]] = {"jsonl": jsonl_lines, "csv": csv_lines}


def render(fmt: str, columns: Sequence[str], rows: Iterable[Sequence | dict], *, bom: bool = False) -> Iterator[str]:
    """The export as text chunks of about LINES_PER_CHUNK rows each (the CSV header comes first).

    ``bom`` starts a CSV with a UTF-8 byte-order mark, which spreadsheet programs need to read it as UTF-8.
    """
    if fmt not in LINE_WRITERS:
        raise ValueError(f"Unknown format {fmt!r}; use one of {', '.join(FORMATS)}.")
    chunk: list[str] = [BOM] if bom and fmt == "csv" else []
    for line in LINE_WRITERS[fmt](columns, rows):
        chunk.append(line)
        if len(chunk) >= LINES_PER_CHUNK:
            yield "".join(chunk)
            chunk = []
    if chunk:
        yield "".join(chunk)
