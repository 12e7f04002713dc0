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

    # Right to left: the first sentence (the headline, dimmed as boilerplate) starts at the right edge.
    box = text.bounding_box()
    first = page.locator("#document-text > span:not(.gap)").first.bounding_box()
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


def test_the_export_preview_shows_an_arabic_sentence_right_to_left_beside_an_english_one(
    page, annotator, reviewer, arabic_document
):
    from annotations.models import Label
    from annotations.services.annotating import AnnotationDraft, annotation_create
    from annotations.services.reviewing import annotation_approve, annotation_submit

    english = Document.objects.exclude(language="ar").order_by("id").first()
    claim = Label.objects.get(key="casualty_claim")
    toll = arabic_document.sentences.get(index=index_of(arabic_document, "قُتل خمسة مدنيين"))
    for sentence in (toll, english.sentences.order_by("index").first()):
        draft = AnnotationDraft(sentence=sentence, label=claim)
        annotation = annotation_submit(annotation=annotation_create(annotator=annotator, draft=draft), by=annotator)
        annotation_approve(annotation=annotation, reviewer=reviewer)

    sign_in(page, reviewer)
    page.goto("/exports/")
    page.get_by_role("button", name="Preview").click()
    rows = page.locator("#export-preview-rows tbody tr")
    expect(rows).to_have_count(2)
    arabic_cell = page.locator("#export-preview-rows td.preview-text", has_text="قُتل خمسة مدنيين")
    expect(arabic_cell).to_have_attribute("lang", "ar")
    expect(arabic_cell).to_have_attribute("dir", "rtl")
    english_cell = page.locator("#export-preview-rows td.preview-text").filter(has_not_text="قُتل")
    expect(english_cell).to_have_attribute("lang", english.language)
    expect(english_cell).to_have_attribute("dir", "auto")
    # The browser lays the Arabic cell out right to left.
    assert page.evaluate("(cell) => getComputedStyle(cell).direction", arabic_cell.element_handle()) == "rtl"
    assert page.script_problems == []
