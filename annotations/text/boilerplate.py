"""Which sentences of an imported text are not content: the page furniture a saved web article
carries along (a headline repeated above the body, photo credits, "(Source: ...)" signatures,
comment-form prompts, share buttons).

They stay in the text (offsets never move); the import marks them, and the pages dim them and do
not offer them for labelling, progress and agreement leave them out. The rules look at one
sentence at a time, and a sentence is always inside one line (segmentation cuts at every line
break), so a rule can speak of "a line that is only ...". Pure: no Django.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Sequence

# A whole line that is only a credit, a signature, a prompt or a row of share buttons. Each rule is
# anchored at both ends: a sentence that merely mentions a source ("according to the Civil Defense")
# or a photo is content.
_FURNITURE = [
    # Photo and image credits: "Credit: (Social Media)", "Photo: AFP", "Image credit: White Helmets".
    r"\(?\s*(photo|image|picture|video|footage)?\s*(credits?|courtesy)(\s+of\b|\s*[:\-–—])\s*.{0,80}\)?",
    r"\(?\s*(photo|image|picture|video|file photo|cover photo)\s*(by|:|\-|–|—)\s*.{0,80}\)?",
    # Signatures: "(Source: SOC's Media Department)", "Source: SNHR", "(Reporting by ...)".
    r"\(\s*(source|sources|reporting by|editing by|writing by)\s*[:\-–—]?\s*.{1,120}\)",
    r"(source|sources)\s*:\s*[^.!?]{1,60}\.?",
    # Comment forms.
    r"please enter your (comment|name|email|e-mail)( address)?( here)?\s*[!.]?",
    r"you have entered an incorrect e-?mail address\s*!?",
    r"(leave|post|add) a (reply|comment)\s*[.!:]?",
    r"(cancel reply|submit comment|post comment)",
    r"save my name, e-?mail,? and website in this browser for the next time i comment\.?",
    r"\d*\s*comments?",
    # Share buttons and navigation leftovers.
    r"(share|tweet|pin|email|print|whatsapp|telegram|facebook|twitter|linkedin|x|copy link)"
    r"([\s|/·•,]+(share|tweet|pin|email|print|whatsapp|telegram|facebook|twitter|linkedin|x|copy link|on))*\s*[:!]?",
    r"share (this|on)[\s:]*.{0,60}",
    r"(read more|related( articles| posts)?|advertisement|subscribe|follow us( on .{1,40})?)\s*[:.!»›]?",
    # Arabic: "المصدر: ...", "(المصدر: ...)", photo credits, sharing and comment prompts.
    r"\(?\s*المصدر\s*[:：]\s*.{1,120}\)?",
    r"\(?\s*(صورة|الصورة|تصوير|حقوق الصورة|مصدر الصورة)\s*[:：]\s*.{0,80}\)?",
    r"(شارك|شارك هذا|مشاركة)( (على|عبر) .{1,40})?\s*[:]?",
    r"(أضف|اترك) (تعليقا|تعليقاً|ردا|رداً)\s*[:!]?",
    r"اقرأ (أيضا|أيضاً)\s*[:]?.{0,0}",
]
_FURNITURE_LINE = re.compile(r"^(?:" + "|".join(f"(?:{rule})" for rule in _FURNITURE) + r")$", re.IGNORECASE)


def _folded(text: str) -> str:
    """Lower case, typographic quotes and dashes made plain, runs of white space made one space."""
    if text.isascii():  # NFKC and the quotes leave ASCII as it is
        return " ".join(text.split()).lower()
    text = unicodedata.normalize("NFKC", text)
    text = text.replace("’", "'").replace("‘", "'").replace("“", '"').replace("”", '"')
    return " ".join(text.split()).casefold()


def is_page_furniture(sentence: str) -> bool:
    """A credit, signature, comment prompt or share row: a line with nothing to annotate."""
    folded = _folded(sentence)
    return bool(folded) and len(folded) <= 200 and bool(_FURNITURE_LINE.match(folded))


def is_repeated_headline(sentence: str, *, title: str, is_first: bool) -> bool:
    """The document's own title written again as the first line of its text."""
    return is_first and bool(title) and _folded(sentence).rstrip(".") == _folded(title).rstrip(".")


def _is_whole_line(text: str, start: int, end: int) -> bool:
    line_start = max(text.rfind("\n", 0, start), text.rfind("\r", 0, start)) + 1
    line_ends = [i for i in (text.find("\n", end), text.find("\r", end)) if i != -1]
    line_end = min(line_ends) if line_ends else len(text)
    return not text[line_start:start].strip() and not text[end:line_end].strip()


# A line's content without its margins: after the white space that opens it, up to its last character
# that is not white space (a line of white space only has none).
_LINE_CONTENT = re.compile(r"[^\S\r\n]*([^\r\n]*\S)")


def _lines_without_margins(text: str) -> set[tuple[int, int]]:
    """``(start, end)`` of every line of ``text`` with the white space at its two ends left out."""
    return {line.span(1) for line in _LINE_CONTENT.finditer(text)}


def _trimmed_within_a_line(text: str, start: int, end: int) -> bool:
    """A span as segmentation cuts them: no white space at either end and no line break inside."""
    return (
        start < end
        and not text[start].isspace()
        and not text[end - 1].isspace()
        and text.find("\n", start, end) < 0
        and text.find("\r", start, end) < 0
    )


def boilerplate_flags(text: str, spans: Sequence[tuple[int, int]], *, title: str = "") -> list[bool]:
    """For each sentence span of ``text``, whether it is boilerplate (same order as ``spans``).

    Only a sentence that is a line of its own can be: "Source: SNHR." inside a paragraph is the
    writer's sentence, the same words alone on the last line are a signature. A sentence span as
    segmentation cuts them is a whole line exactly when it is a line without its margins (one set
    look-up); any other span is measured against its line."""
    lines = _lines_without_margins(text)
    flags = []
    for position, (start, end) in enumerate(spans):
        whole_line = (start, end) in lines or (
            not _trimmed_within_a_line(text, start, end) and _is_whole_line(text, start, end)
        )
        if not whole_line:
            flags.append(False)
            continue
        sentence = text[start:end]
        flags.append(is_page_furniture(sentence) or is_repeated_headline(sentence, title=title, is_first=position == 0))
    return flags
