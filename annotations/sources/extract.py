"""Text and metadata from the bytes of a saved web page or a PDF (no Django here).

Saved pages go through trafilatura, which separates the article from menus, share buttons and
comment forms and reads the page's metadata (title, author, site name, date, canonical URL). PDFs go
through pypdf. Anything that cannot give annotatable text is refused with a ``SourceRefused`` whose
message names the file: the importer reports it and stores nothing.
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass
from io import BytesIO
from pathlib import PurePath

HTML_SUFFIXES = (".html", ".htm")
PDF_SUFFIXES = (".pdf",)
SOURCE_SUFFIXES = HTML_SUFFIXES + PDF_SUFFIXES
MEDIA_TYPES = {".html": "text/html", ".htm": "text/html", ".pdf": "application/pdf"}

# A page whose longest extracted line is shorter than this holds menus and buttons, not an article.
MIN_ARTICLE_LINE_WORDS = 6
URL_MAX_LENGTH = 1000

# What browsers and archiving tools write into a saved page: Chrome and Edge "<!-- saved from
# url=(0042)https://… -->", SingleFile a comment with "url: …" and "saved date: …" lines.
_SAVED_FROM = re.compile(rb"<!--\s*saved from url=\(\d+\)(\S+?)\s*-->", re.IGNORECASE)
_SINGLEFILE = re.compile(rb"<!--\s*Page saved with SingleFile(.*?)-->", re.IGNORECASE | re.DOTALL)
_HTML_MARKER = re.compile(rb"<\s*(!doctype\s+html|html|head|body|meta|title|article|p|div)\b", re.IGNORECASE)
# Signatures of files that are surely not web pages, whatever they are called.
_BINARY_SIGNATURES = {
    b"%PDF-": "a PDF",
    b"PK\x03\x04": "a zip archive (or an office document)",
    b"\x1f\x8b": "a gzip archive",
    b"\x89PNG": "a PNG image",
    b"\xff\xd8\xff": "a JPEG image",
    b"GIF8": "a GIF image",
}


class SourceRefused(ValueError):
    """A source file that cannot be imported; the message names the file and says why."""


@dataclass(frozen=True)
class ExtractedSource:
    """What an original gave: the text to annotate and the metadata found in it ("" or None when absent)."""

    text: str
    media_type: str
    title: str = ""
    author: str = ""
    publisher: str = ""
    published_on: dt.date | None = None
    url: str = ""
    # When the page was saved, if the saving tool wrote it into the file (SingleFile does).
    captured_at: dt.datetime | None = None


def is_source_name(name: str) -> bool:
    return PurePath(name).suffix.lower() in SOURCE_SUFFIXES


def extract_source(*, name: str, data: bytes, max_bytes: int) -> ExtractedSource:
    """The text and metadata of a ``.html``/``.htm`` page or a ``.pdf``, or ``SourceRefused``."""
    suffix = PurePath(name).suffix.lower()
    if suffix not in SOURCE_SUFFIXES:
        raise SourceRefused(f"{name} is not a saved web page or a PDF (.html, .htm, .pdf)")
    if len(data) > max_bytes:
        raise SourceRefused(
            f"{name} is {len(data):,} bytes; the limit for a source file is {max_bytes:,} bytes "
            "(WORKBENCH_MAX_SOURCE_BYTES)"
        )
    if not data.strip():
        raise SourceRefused(f"{name} is empty")
    if suffix in PDF_SUFFIXES:
        return extract_pdf(name=name, data=data)
    return extract_html(name=name, data=data)


# --- web pages -----------------------------------------------------------------------------------


def _check_looks_like_html(name: str, data: bytes) -> None:
    head = data[:8192].lstrip(b"\xef\xbb\xbf \t\r\n")
    for signature, kind in _BINARY_SIGNATURES.items():
        if head.startswith(signature):
            raise SourceRefused(f"{name} is called a web page but its content is {kind}")
    if b"\x00" in head:
        raise SourceRefused(f"{name} is called a web page but its content is binary (it contains NUL bytes)")
    if not _HTML_MARKER.search(head):
        raise SourceRefused(f"{name} is called a web page but its content does not look like HTML (no HTML tags)")


def _longest_line_words(text: str) -> int:
    return max((len(line.split()) for line in text.splitlines()), default=0)


def extract_html(*, name: str, data: bytes) -> ExtractedSource:
    """The article of a saved page without its menus, share buttons and comments, with its metadata."""
    import trafilatura  # imported here: it takes a while to load and only imports of pages need it

    _check_looks_like_html(name, data)
    try:
        found = trafilatura.bare_extraction(data, with_metadata=True, include_comments=False)
    except Exception as exc:  # noqa: BLE001 - lxml and the date parser raise many kinds on broken markup
        raise SourceRefused(f"{name} could not be read as a web page ({type(exc).__name__})") from None
    text = _tidy(found.text if found is not None else "")
    saved_from, saved_at = _saving_tool_notes(data)
    if not text or _longest_line_words(text) < MIN_ARTICLE_LINE_WORDS:
        raise SourceRefused(
            f"{name} holds no article text that could be extracted "
            "(only menus, buttons or short lines; save the page of the article itself)"
        )
    return ExtractedSource(
        text=text,
        media_type="text/html",
        title=_one_line(found.title),
        author=_one_line(found.author),
        publisher=_one_line(found.sitename),
        published_on=_iso_date(found.date),
        url=saved_from or _web_url(found.url),
        captured_at=saved_at,
    )


def _saving_tool_notes(data: bytes) -> tuple[str, dt.datetime | None]:
    """The address and time a browser or SingleFile wrote into the page it saved ("", None: none)."""
    head = data[:16384]
    if match := _SINGLEFILE.search(head):
        notes = match.group(1).decode("utf-8", "replace")
        url = re.search(r"^\s*url:\s*(\S+)", notes, re.MULTILINE)
        saved = re.search(r"^\s*saved date:\s*(\w{3} \w{3} \d{1,2} \d{4} [\d:]{8} GMT[+-]\d{4})", notes, re.MULTILINE)
        when = None
        if saved:
            try:
                when = dt.datetime.strptime(saved.group(1), "%a %b %d %Y %H:%M:%S GMT%z")
            except ValueError:
                when = None
        return _web_url(url.group(1) if url else ""), when
    if match := _SAVED_FROM.search(head):
        return _web_url(match.group(1).decode("ascii", "replace")), None
    return "", None


# --- PDFs ----------------------------------------------------------------------------------------


def extract_pdf(*, name: str, data: bytes) -> ExtractedSource:
    """The text of every page of a PDF (pages separated by a blank line) and its title, author and date."""
    from pypdf import PdfReader
    from pypdf.errors import PdfReadError

    if not data.startswith(b"%PDF-"):
        raise SourceRefused(f"{name} is called a PDF but its content is not a PDF (it does not start with %PDF-)")
    try:
        reader = PdfReader(BytesIO(data))
        if reader.is_encrypted and not _opens_without_password(reader):
            raise SourceRefused(f"{name} is an encrypted PDF (it needs a password); import an unprotected copy")
        pages = [_tidy(page.extract_text() or "") for page in reader.pages]
        info = reader.metadata
    except SourceRefused:
        raise
    except (PdfReadError, ValueError, KeyError, TypeError, AttributeError) as exc:
        raise SourceRefused(f"{name} is a damaged PDF that cannot be read ({exc})") from None
    text = "\n\n".join(page for page in pages if page)
    if not text:
        raise SourceRefused(
            f"{name} has no text on any of its {len(pages)} page(s): it is a scan or images only; "
            "run it through OCR first"
        )
    return ExtractedSource(
        text=text,
        media_type="application/pdf",
        title=_pdf_title(info),
        author=_one_line(info.author if info else None),
        published_on=_pdf_date(info),
    )


# Titles that word processors write for the file rather than for the report ("Microsoft Word - x.docx").
_FILE_TITLE = re.compile(r"^(microsoft \w+ - |untitled\b)|\.(docx?|odt|pdf|rtf|pptx?|xlsx?)$", re.IGNORECASE)


def _pdf_title(info) -> str:
    title = _one_line(info.title if info else None)
    return "" if _FILE_TITLE.search(title) else title


def _opens_without_password(reader) -> bool:
    """A PDF encrypted with only an owner password (restrictions on printing, copying) opens with ""."""
    try:
        return bool(reader.decrypt(""))
    except Exception:  # pypdf raises several kinds here (unsupported algorithm, missing dependency)
        return False


def _pdf_date(info) -> dt.date | None:
    if info is None:
        return None
    try:
        created = info.creation_date
    except (ValueError, TypeError):  # a malformed /CreationDate string
        return None
    return created.date() if created else None


# --- shared --------------------------------------------------------------------------------------


def _tidy(text: str) -> str:
    """Lines without trailing spaces, at most one blank line in a row, no blank start or end."""
    lines = [line.rstrip() for line in text.replace("\r\n", "\n").replace("\r", "\n").split("\n")]
    return re.sub(r"\n{3,}", "\n\n", "\n".join(lines)).strip()


def _one_line(value: object) -> str:
    return " ".join(str(value).split()) if value else ""


def _iso_date(value: object) -> dt.date | None:
    if not value:
        return None
    try:
        return dt.date.fromisoformat(str(value)[:10])
    except ValueError:
        return None


def _web_url(value: object) -> str:
    """The page's own address when it is an absolute http(s) URL that fits the document's url field."""
    url = str(value or "").strip()
    if re.match(r"https?://[^\s/]+", url, re.IGNORECASE) and len(url) <= URL_MAX_LENGTH:
        return url
    return ""
