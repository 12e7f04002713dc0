"""Label hints and the cited source for Arabic sentences (annotations.text.suggest_ar via suggest)."""

import pytest

from annotations.text.suggest import suggest


def labels(sentence):
    return suggest(sentence).labels


@pytest.mark.parametrize(
    "sentence",
    [
        "حمّل المرصد الطيران الروسي المسؤولية عن استهداف السوق.",
        "اتهمت منظمات حقوقية قوات النظام باستخدام الأسلحة الكيماوية.",
        "نفت هيئة تحرير الشام أي صلة لها بالتفجير.",
        "تبنّى تنظيم داعش التفجير الذي استهدف الحافلة.",
        "شنّت طائرات النظام الحربية أربع غارات على البلدة.",
        "أعلنت هيئة تحرير الشام مسؤوليتها عن الهجوم على الحاجز.",
        "استهدفت طائرات حربية روسية المشفى الوطني في معرة النعمان.",
    ],
)
def test_responsibility_cues_suggest_an_attribution(sentence):
    assert "attribution" in labels(sentence)


@pytest.mark.parametrize(
    "sentence",
    [
        "يطالب الأهالي بفتح ممرات آمنة لإخراج الجرحى.",
        "ندعو جميع الأطراف إلى وقف إطلاق النار فوراً.",
        "يجب وقف استهداف المنشآت الطبية.",
        "على المجتمع الدولي أن يضع حداً لهذه الانتهاكات.",
        "ناشدت المنظمة المانحين تقديم الدعم العاجل.",
        "من الواجب على الجميع التحرك لإنقاذ ما تبقى من أرواح.",
    ],
)
def test_appeals_and_obligations_suggest_a_call_to_action(sentence):
    assert "call_to_action" in labels(sentence)


@pytest.mark.parametrize(
    "sentence",
    [
        "إنها جريمة بشعة تكشف الوجه الهمجي لهذا النظام.",
        "صمت المجتمع الدولي عار على الإنسانية.",
        "إنه نظام قاتل لا يعرف سوى لغة الدم والدمار.",
    ],
)
def test_evaluative_wording_suggests_rhetoric(sentence):
    assert "rhetoric" in labels(sentence)


@pytest.mark.parametrize(
    "sentence",
    [
        "افتتحت البلدية حديقة عامة جديدة في وسط المدينة.",
        "قُتل ثلاثة مدنيين في قصف على بلدة معرة مصرين.",  # a toll with no actor named
        "وصل وفد من المنظمات الإنسانية إلى المخيم.",
        "على الأقل ثلاث مدارس أُغلقت بسبب البرد.",
    ],
)
def test_neutral_sentences_get_no_attribution_call_or_rhetoric(sentence):
    assert not {"attribution", "call_to_action", "rhetoric"} & set(labels(sentence))


def test_a_toll_without_a_number_is_a_casualty_claim():
    assert labels("سقط قتلى وجرحى في القصف على المدينة.") == ["casualty_claim"]


def test_a_count_in_a_hypothetical_is_no_claim():
    assert "casualty_claim" not in labels("قد يؤدي استمرار القصف إلى مقتل ١٠٠ شخص إذا لم يتوقف.")


def test_hints_carry_the_sentence_s_own_words_as_cues():
    sentence = "حمّلت الشبكةُ قواتِ النظام المسؤوليةَ عن المجزرة."
    cues = {hint.label: hint.cue for hint in suggest(sentence).hints}
    assert cues["attribution"] in sentence


@pytest.mark.parametrize(
    ("sentence", "source"),
    [
        ("قُتل خمسة مدنيين بحسب الدفاع المدني السوري.", "الدفاع المدني السوري"),
        ("وثّقت الشبكة السورية لحقوق الإنسان مقتل ٢٠ مدنياً.", "الشبكة السورية لحقوق الإنسان"),
        ("قُتل ١٢ شخصاً، وفقاً للمرصد السوري.", "المرصد السوري"),
    ],
)
def test_the_cited_source_is_read_after_according_to_or_a_reporting_verb(sentence, source):
    assert suggest(sentence).cited_source == source


@pytest.mark.parametrize(
    "sentence",
    [
        "قُتل شاب برصاص عناصر تابعين للفرقة الرابعة عند حاجز المدينة.",
        "أصيب ثلاثة مزارعين بقصف مدفعي تركي على أطراف القرية.",
    ],
)
def test_a_named_division_or_a_nationality_after_the_attack_suggests_an_attribution(sentence):
    assert "attribution" in labels(sentence)


def test_without_that_after_on_is_no_call_to_action():
    assert "call_to_action" not in labels("سقطت قذيفة على سوق البلدة من دون أن تسجل إصابات.")
    assert "call_to_action" not in labels("وصل المسعفون على عجل بعد أن انتهى القصف.")
    assert "call_to_action" in labels("على مجلس الأمن أن يتحرك فوراً.")
