"""Label hints and a cited-source guess for an Arabic sentence, with the guidelines of ``suggest``.

The patterns are written folded (``arabic.fold``: one alef, haa for taa marbuta, yaa for alef
maqsura, waw for waw-hamza, no diacritics), so "حمّل" and "حمل", "مسؤولية" and "مسووليه" match alike;
each hint's cue is the sentence's own words. A word may carry the clitics و ف ب ل and the article
before it, and pronoun suffixes after it ("حمّلته", "وطالبت").
"""

from __future__ import annotations

import re

from annotations.text.arabic import fold_with_offsets, original_slice
from annotations.text.figures import Figures
from annotations.text.label_cues import ATTRIBUTION, CALL_TO_ACTION, CASUALTY_CLAIM, RHETORIC, Hint

_START = r"(?<![\w])(?:[وف]?(?:[بل]|ال|لل|بال)?)"


def _words(stems: str) -> str:
    """A pattern for any of the space-separated stems, at the start of a word (suffixes allowed)."""
    return rf"{_START}(?:{'|'.join(sorted(stems.split(), key=len, reverse=True))})"


# --- casualty claims without numbers -----------------------------------------------------------------

_PRESENCE = re.compile(
    rf"{_words('سقوط وقوع اوقع اوقعت خلف خلفت اسفر اسفرت')}\w*\s+(?:عن\s+)?(?:\S+\s+)?(?:قتلي|ضحايا|جرحي|اصابات|مصابين|شهداء|وفيات)"
    rf"|{_words('مقتل استشهاد اصابه جرح')}\s+(?:عدد\s+من|العديد\s+من|مدنيين|اشخاص|اطفال|مواطنين|نساء|سكان|المدنيين|الاطفال)"
    rf"|{_words('قتل استشهد اصيب جرح')}\w{{0,2}}\s+(?:عدد\s+من|العديد\s+من|مدنيون|مدنيين|اشخاص|اطفال|مواطنون|نساء)"
    rf"|قتلي\s+و\s*جرحي|القتلي\s+والجرحي|خساير\s+بشريه|{_words('انتشال')}\s+(?:\S+\s+)?جثث|{_words('جثث')}\s+(?:\S+\s+)?(?:الضحايا|القتلي|المدنيين)"
    r"|(?:دون|بدون)\s+(?:وقوع\s+)?(?:اصابات|ضحايا)|لم\s+\S+\s+(?:عن\s+)?(?:وقوع\s+)?(?:اصابات|ضحايا)"
)
_HYPOTHETICAL = re.compile(
    rf"{_words('قد')}\s+\S*(?:يقتل|تقتل|يودي|تودي|يسفر|تسفر)|{_words('يهدد تهدد خطر مخاوف')}|(?<!\w)(?:اذا|لو)(?!\w)"
)

# --- attribution -------------------------------------------------------------------------------------

_ACTOR = (
    r"(?:قوات\s+(?:النظام|الاسد|الحكومه|الاحتلال|سوريا\s+الديمقراطيه|قسد)|النظام|الروسي|الروسيه|الروس|روسيا|الايراني|الايرانيه|"
    r"الميليشيات|ميليشيات|المليشيات|تنظيم\s+الدوله|داعش|قسد|هييه\s+تحرير\s+الشام|الفصايل|فصايل|التحالف|حزب\s+الله|"
    r"روسيه|روسي|تركيه|ايرانيه|اسراييليه|امريكيه|تركي|ايراني|اسراييلي|امريكي|التركي|التركيه|الجيش|جيش|الحربي|الحربيه|المعارضه|الاسراييلي|الاسراييليه|الامريكي|الامريكيه|الطيران|طيران|"
    # an army's numbered division: "الفرقة الرابعة", "الفرقة ٢٥" (not "فرقة الإطفاء")
    r"(?:ال)?فرقه\s+(?:ال)?(?:اولي|ثانيه|ثالثه|رابعه|خامسه|سادسه|سابعه|ثامنه|تاسعه|عاشره|\d+))"
)
_HARM = (
    r"(?:قصف|قصفت|تقصف|يقصف|استهدف|استهدفت|تستهدف|يستهدف|شن|شنت|شنها|شنتها|القت|القي|اطلق|اطلقت|اطلقها|اطلقتها|نفذ|نفذت|"
    r"نفذها|نفذتها|ارتكب|ارتكبت|ارتكبها|ارتكبتها|اعدم|اعدمت|اغار|اغارت|قتلت|هاجم|هاجمت|فتح|فتحت)"
)
_ATTACK = r"(?:قصف|القصف|غاره|غارات|الغاره|الغارات|هجوم|الهجوم|استهداف|قذايف|قذيفه|صواريخ|صاروخ|برميل|براميل|مجزره|المجزره|ضربات|ضربه|رصاص|تفجير)"
_ATTRIBUTION = [
    (0.9, re.compile(rf"{_words('حمل يحمل تحمل حملت نحمل يحملون حملوا')}\w*\s+(?:\S+\s+){{0,8}}?\S*مسووليه")),
    (
        0.9,
        re.compile(
            rf"{_words('تبني تبنت يتبني تتبني تبنيه')}\w*|{_words('اعلن اعلنت يعلن تعلن')}\w*\s+(?:\S+\s+){{0,4}}?مسووليت\w*|(?<!\w)مسووليت(?:ه|ها|هم)\s+عن"
        ),
    ),
    (0.9, re.compile(r"(?<!\w)(?:ال)?مسووليه\s+(?:\S+\s+)?(?:عن|علي)|(?<!\w)مسوول(?:ه|ين|ون)?\s+عن")),
    (
        0.85,
        re.compile(rf"{_words('اتهم اتهمت يتهم تتهم نتهم اتهام اتهامات متهم')}|{_words('نفي نفت ينفي تنفي ننفي')}\w*"),
    ),
    (0.85, re.compile(rf"(?:علي\s+يد|من\s+قبل|من\s+جانب)\s+(?:\S+\s+){{0,2}}?{_ACTOR}")),
    (0.85, re.compile(rf"{_START}{_ATTACK}\s+(?:\S+\s+){{0,3}}?{_START}{_ACTOR}(?!\w)")),
    (0.8, re.compile(rf"{_START}{_ACTOR}\s+(?:\S+\s+){{0,2}}?{_START}{_HARM}(?!\w)")),
    (0.8, re.compile(rf"{_START}{_HARM}\s+(?:\S+\s+){{0,3}}?{_START}{_ACTOR}(?!\w)")),
]

# --- calls to action ---------------------------------------------------------------------------------

_CALLS = [
    (
        0.9,
        re.compile(
            rf"{_words('يطالب تطالب نطالب طالب طالبت يطالبون مطالبه المطالبه')}"
            rf"|{_words('دعا دعت يدعو تدعو ندعو ادعو دعوا يدعون دعوه دعوات')}(?!\w*\s+(?:له|لها))"
            rf"|{_words('ناشد ناشدت يناشد تناشد نناشد مناشده')}|{_words('حث حثت يحث تحث نحث')}(?!\w)"
        ),
    ),
    (
        0.8,
        re.compile(
            rf"{_words('يجب ينبغي يتعين يتوجب')}|(?<!\w)لا\s*بد|(?<!\w)من\s+(?:الضروري|الواجب)|(?<!\w)حان\s+الوقت"
            # "على X أن": not when "أن" ends a conjunction ("من دون أن", "بعد أن", "قبل أن")
            r"|(?<!\w)علي\s+(?!الاقل|الرغم|اثر|اطراف|مقربه|بعد)"
            r"(?:(?!(?:دون|بدون|بعد|قبل|بدل|منذ)\s)[^\s،.؛]+\s+){1,4}?ان\s"
        ),
    ),
    (0.75, re.compile(r"^\s*[\"«“]?(?:اوقفوا|انقذوا|تحركوا|كفي|ساعدوا|احموا|ارفعوا)(?!\w)")),
]
_NOT_A_CALL = re.compile(r"(?<!\w)كان\s+(?:يجب|ينبغي|من\s+المفترض)")

# --- rhetoric ----------------------------------------------------------------------------------------

_STRONG = re.compile(
    rf"{_words('وحشي وحشيه وحشيه همجي همجيه بربري بربريه نكراء شنيع شنيعه مروع مروعه بشع بشعه بشاعه ابشع جبان جبانه الجبان غادر غادره الغادر سفاح طاغيه الطغيان دموي دمويه حاقد اجرامي اجراميه تواطو متواطي التخاذل متخاذل الخذلان محرقه مذبحه فاجعه الفاجعه ماساه الماساه كارثي كارثيه')}(?!\w)"
    r"|(?<!\w)عار(?!\w)|(?<!\w)لغه\s+(?:ال)?دم|(?:نظام|النظام)\s+(?:ال)?قاتل|(?:ال)?دم\s+والدمار|وصمه\s+عار|يندي\s+له\s+الجبين|صمت\s+(?:المجتمع\s+)?(?:الدولي|العالم|مطبق|مخز)|الصمت\s+الدولي|لن\s+(?:ننسي|نسامح|يفلت|تمر|نصمت)"
    r"|(?<!\w)(?:ال)?ضمير|(?:جبين|ضمير|وجه|بحق|ضد)\s+الانسانيه|حمام\s+(?:ال)?دم|الي\s+متي|اي\s+ذنب|ابشع"
)
_WEAK = re.compile(
    rf"{_words('مجزره المجزره مجازر جريمه جرايم الاجرام عشوايي العشوايي الابرياء ابرياء ارهاب الارهابي الارهابيه اباده')}(?!\w)"
)

# --- cited source ------------------------------------------------------------------------------------

_ACCORDING = re.compile(r"(?<!\w)(?:بحسب|حسب|وفقا|وفق|نقلا\s+عن|طبقا|استنادا\s+الي)\s*(?:لـ\s*)?")
_REPORTED = re.compile(
    r"(?<!\w)[وف]?(?:قال|قالت|افاد|افادت|ذكر|ذكرت|وثق|وثقت|اعلن|اعلنت|اكد|اكدت|اشار|اشارت|احصي|احصت|سجل|سجلت)\s+"
)
_SOURCE_STOP = frozenset("ان انه انها ان في يوم امس اليوم مساء صباح عن الي علي مقتل اصابه بمقتل باصابه من".split())


def _source_after(folded: str, offsets: list[int], sentence: str, at: int) -> str | None:
    words = list(re.finditer(r"[^\s،,.؛:()«»\"]+", folded[at:]))
    chosen = []
    for match in words[:5]:
        word = match.group()
        if match.start() and folded[at + match.start() - 1] in "،,.؛:" or word in _SOURCE_STOP:
            break
        if chosen and (word.startswith("ب") and len(word) > 4 and word[1:3] != "ال" or word in ("ان", "انه")):
            break
        chosen.append(match)
        if len(chosen) == 4:
            break
    if not chosen:
        return None
    name = original_slice(sentence, offsets, at + chosen[0].start(), at + chosen[-1].end())
    # "للمرصد": the preposition li- glued to the article (li + al- is written "لل") is not part of the name.
    name = re.sub(r"^ل[\u064B-\u0652]*ل", "ال", name)
    return name.strip() or None


def guess_cited_source_ar(sentence: str) -> str | None:
    folded, offsets = fold_with_offsets(sentence)
    for pattern in (_ACCORDING, _REPORTED):
        match = pattern.search(folded)
        if match:
            name = _source_after(folded, offsets, sentence, match.end())
            if name:
                return name
    return None


# --- the rules ---------------------------------------------------------------------------------------


def _cue(sentence: str, offsets: list[int], match: re.Match) -> str:
    return original_slice(sentence, offsets, match.start(), match.end()).strip()


def arabic_rule_hints(sentence: str, figures: Figures | None = None) -> list[Hint]:
    folded, offsets = fold_with_offsets(sentence)
    hints: list[Hint] = []
    if figures is not None:
        score = 0.3 if _HYPOTHETICAL.search(folded) else 0.95
        hints.append(Hint(CASUALTY_CLAIM, score, figures.raw_text))
    else:
        match = _PRESENCE.search(folded)
        if match:
            score = 0.3 if _HYPOTHETICAL.search(folded) else 0.75
            hints.append(Hint(CASUALTY_CLAIM, score, _cue(sentence, offsets, match)))
    for score, pattern in _ATTRIBUTION:
        match = pattern.search(folded)
        if match:
            hints.append(Hint(ATTRIBUTION, score, _cue(sentence, offsets, match)))
            break
    if not _NOT_A_CALL.search(folded):
        for score, pattern in _CALLS:
            match = pattern.search(folded)
            if match:
                hints.append(Hint(CALL_TO_ACTION, score, _cue(sentence, offsets, match)))
                break
    strong = list(_STRONG.finditer(folded))
    weak = list(_WEAK.finditer(folded))
    if strong or weak:
        cues = [_cue(sentence, offsets, m) for m in strong + weak]
        score = 0.9 if len(strong) >= 2 else 0.8 if strong else 0.55 if len({m.group() for m in weak}) >= 3 else 0.3
        hints.append(Hint(RHETORIC, score, "، ".join(dict.fromkeys(cues))))
    return hints
