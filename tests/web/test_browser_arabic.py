"""An Arabic document in a real Chromium: right-to-left text, words selected inside a sentence, figures."""

from __future__ import annotations

import re

import pytest
from playwright.sync_api import expect

from annotations.models import Annotation, Document
from annotations.services.seed import seed_corpus_load
from tests.web.conftest import sign_in

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]


@pytest.fixture
def arabic_document(db) -> Document:
    seed_corpus_load()
    return Document.objects.get(language="ar")


def index_of(document: Document, words: str) -> int:
    for one in document.sentences.order_by("index"):
        if words in document.text[one.start : one.end]:
            return one.index
    raise AssertionError(f"no sentence contains {words!r}")


def test_annotator_selects_words_in_an_arabic_sentence_and_the_exact_span_is_stored(
    page, annotator, arabic_document, screenshot_dir
):
    document = arabic_document
    toll = index_of(document, "قُتل خمسة مدنيين")
    sign_in(page, annotator)
    page.goto(f"/documents/{document.id}/annotate/")
    text = page.locator("#document-text")
    expect(text).to_have_attribute("lang", "ar")
    expect(text).to_have_attribute("dir", "rtl")
    expect(page.locator("#doc-title")).to_have_attribute("dir", "rtl")

    # Right to left: the first sentence starts at the right edge of the text.
    box = text.bounding_box()
    first = page.locator('#document-text .sentence[data-index="0"]').bounding_box()
    assert first["x"] + first["width"] > box["x"] + box["width"] - 40

    spoken = "قُتل خمسة مدنيين، بينهم طفلان وامرأة"
    target = page.locator(f'#document-text .sentence[data-index="{toll}"]')
    page.evaluate(
        """([node, words]) => {
            const text = node.firstChild;
            const at = text.textContent.indexOf(words);
            const range = document.createRange();
            range.setStart(text, at);
            range.setEnd(text, at + words.length);
            getSelection().removeAllRanges();
            getSelection().addRange(range);
            node.dispatchEvent(new MouseEvent("mouseup", {bubbles: true}));
        }""",
        [target.element_handle(), spoken],
    )
    expect(page.locator("#selection-info")).to_contain_text(spoken)
    page.keyboard.press("1")
    expect(page.locator("#save-status")).to_have_attribute("data-state", "saved")

    stored = Annotation.objects.get(label__key="casualty_claim", span_start__isnull=False)
    assert document.text[stored.span_start : stored.span_end] == spoken
    expect(target.locator("mark.span")).to_have_text(spoken)

    # The figures form is pre-filled from the Arabic suggestion.
    editor = page.locator("#editor")
    expect(editor.get_by_label("Killed (at least)")).to_have_value("5")
    expect(editor.get_by_label("Injured (at least)")).to_have_value("9")
    page.screenshot(path=str(screenshot_dir / "arabic-annotate.png"), full_page=True)
    assert page.script_problems == []
    assert re.search(r"\S", stored.sentence.document.title)
