"""Text and metadata from saved pages and PDFs (pure functions: no database)."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

from annotations.sources.extract import SourceRefused, extract_source
from tests.sources.pdfs import blank_pdf, encrypted_pdf, pdf_with_text

PAGES = Path(__file__).resolve().parent.parent / "data" / "sources"
LIMIT = 1_000_000


def page(name: str) -> bytes:
    return (PAGES / name).read_bytes()


def report_pdf() -> bytes:
    return pdf_with_text(
        [
            [
                "Civilian harm in Idlib (report 7)",
                "The monitor recorded 752 civilians killed between January and October.",
            ],
            ["Thirteen people were killed in Atarib on 3 March."],
        ],
        title="Civilian harm in Idlib",
        author="Syrian Network for Human Rights",
        created="D:20240311093000Z",
    )


def test_saved_page_gives_its_article_without_share_buttons_or_comment_form():
    found = extract_source(name="darat_izza_market.html", data=page("darat_izza_market.html"), max_bytes=LIMIT)
    assert "four civilians were killed and 21 others were injured" in found.text
    assert "The market had reopened two weeks earlier" in found.text
    boilerplate = ["Share on", "Please enter your comment", "Please enter your name", "Post Comment", "Copyright"]
    assert [words for words in boilerplate + ["About us"] if words in found.text] == []


def test_saved_page_gives_its_metadata():
    found = extract_source(name="darat_izza_market.htm", data=page("darat_izza_market.html"), max_bytes=LIMIT)
    assert found.media_type == "text/html"
    assert found.title == "Airstrikes kill four civilians in Darat Izza market"
    assert found.author == "Rami Haddad"
    assert found.publisher == "Idlib Monitor"
    assert found.published_on == dt.date(2024, 3, 11)
    assert found.url == "https://monitor.example.org/2024/03/darat-izza-market"


def test_pdf_gives_the_text_of_every_page_and_its_metadata():
    found = extract_source(name="report.PDF", data=report_pdf(), max_bytes=LIMIT)
    assert found.media_type == "application/pdf"
    assert "752 civilians killed between January and October." in found.text
    assert "Thirteen people were killed in Atarib on 3 March." in found.text
    assert found.text.index("752") < found.text.index("Atarib")
    assert (found.title, found.author) == ("Civilian harm in Idlib", "Syrian Network for Human Rights")
    assert found.published_on == dt.date(2024, 3, 11)


@pytest.mark.parametrize(
    "name, data, message",
    [
        ("menu_only.html", page("menu_only.html"), "menu_only.html holds no article text that could be extracted"),
        ("locked.pdf", encrypted_pdf(report_pdf()), "locked.pdf is an encrypted PDF (it needs a password)"),
        ("scan.pdf", blank_pdf(2), "scan.pdf has no text on any of its 2 page(s): it is a scan or images only"),
        ("page.pdf", page("darat_izza_market.html"), "page.pdf is called a PDF but its content is not a PDF"),
        ("report.html", report_pdf(), "report.html is called a web page but its content is a PDF"),
        ("archive.htm", b"PK\x03\x04\x14\x00\x00\x00", "archive.htm is called a web page but its content is a zip"),
        (
            "notes.html",
            b"Just some plain words, no markup at all.",
            "notes.html is called a web page but its content does not look like HTML",
        ),
        ("empty.pdf", b"  \n", "empty.pdf is empty"),
    ],
)
def test_bad_source_is_refused_with_a_message_naming_the_file(name, data, message):
    with pytest.raises(SourceRefused) as refused:
        extract_source(name=name, data=data, max_bytes=LIMIT)
    assert message in str(refused.value)


def test_source_over_the_size_limit_is_refused_before_it_is_read():
    data = page("darat_izza_market.html")
    with pytest.raises(SourceRefused) as refused:
        extract_source(name="big.html", data=data, max_bytes=len(data) - 1)
    expected = f"big.html is {len(data):,} bytes; the limit for a source file is {len(data) - 1:,} bytes"
    assert expected in str(refused.value)
    assert extract_source(name="big.html", data=data, max_bytes=len(data)).text


def test_the_address_a_browser_wrote_into_a_saved_page_is_its_url():
    saved = b"<!-- saved from url=(0036)https://news.example.com/story/1234 -->\n" + page("darat_izza_market.html")
    found = extract_source(name="story.html", data=saved, max_bytes=LIMIT)
    assert found.url == "https://news.example.com/story/1234"  # where it was captured, before its canonical address
    assert found.captured_at is None


def test_singlefile_notes_give_the_address_and_the_capture_time():
    notes = b"<!--\n Page saved with SingleFile \n url: https://monitor.example.org/saved \n"
    notes += b" saved date: Mon Mar 11 2024 10:12:13 GMT+0200 (Eastern European Standard Time)\n-->\n"
    found = extract_source(name="story.html", data=notes + page("darat_izza_market.html"), max_bytes=LIMIT)
    assert found.url == "https://monitor.example.org/saved"
    assert found.captured_at == dt.datetime(2024, 3, 11, 8, 12, 13, tzinfo=dt.UTC)


@pytest.mark.parametrize("title", ["Microsoft Word - report7.docx", "report7.pdf", "Untitled"])
def test_a_pdf_title_that_names_the_file_is_left_out(title):
    data = pdf_with_text([["Four people were killed in the shelling of Ariha on Monday."]], title=title)
    assert extract_source(name="r.pdf", data=data, max_bytes=LIMIT).title == ""
