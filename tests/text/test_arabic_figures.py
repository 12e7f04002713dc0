"""Casualty figures from Arabic sentences (annotations.text.figures_ar, reached through extract_figures)."""

import pytest

from annotations.text.figures import extract_figures


def ranges(sentence):
    f = extract_figures(sentence)
    if f is None:
        return None
    return (f.killed_min, f.killed_max), (f.injured_min, f.injured_max)


@pytest.mark.parametrize(
    ("sentence", "killed", "injured"),
    [
        # digits, Western and Arabic-Indic
        ("قُتل ٨ مدنيين وأصيب ١٧ آخرون في قصف على مدينة الأتارب.", (8, 8), (17, 17)),
        ("قتل 8 مدنيين وأصيب 17 آخرون في قصف على مدينة الأتارب.", (8, 8), (17, 17)),
        # number words, compound and teen forms
        ("استشهد ثلاثة وعشرون شخصاً في الغارات.", (23, 23), (None, None)),
        ("أصيب اثنا عشر طالباً في سقوط قذيفة قرب المدرسة.", (None, None), (12, 12)),
        ("قُتل خمسة عشر عنصراً في الكمين.", (15, 15), (None, None)),
        # dual forms and a single counted noun
        ("قُتل رجلان وأصيبت امرأتان في القصف.", (2, 2), (2, 2)),
        ("استشهدت طفلة برصاص قناص.", (1, 1), (None, None)),
        # qualifiers
        ("قُتل ما لا يقل عن ١٥ مدنياً.", (15, None), (None, None)),
        ("أصيب ١٠ أشخاص على الأقل بجروح.", (None, None), (10, None)),
        ("قُتل أكثر من خمسين شخصاً في الهجوم.", (50, None), (None, None)),
        ("أصيب حوالي ٣٠ شخصاً في الانفجار.", (None, None), (30, 30)),
        ("قُتل نحو عشرين مدنياً في القصف.", (20, 20), (None, None)),
        # vague counts
        ("قُتل عشرات المدنيين في المجزرة.", (10, None), (None, None)),
        ("أصيب مئات الأشخاص بحالات اختناق.", (None, None), (100, None)),
        # outcome nouns
        ("خلّفت الغارة ٦ قتلى و١١ جريحاً.", (6, 6), (11, 11)),
        ("سجّلت المشافي ٢٥ إصابة بين المدنيين.", (None, None), (25, 25)),
        # breakdowns are not added to the total
        ("قُتل تسعة أشخاص بينهم أربعة أطفال وامرأتان.", (9, 9), (None, None)),
        ("قُتل سبعة مدنيين، ثلاثة منهم أطفال.", (7, 7), (None, None)),
        # a breakdown without a total sums to the total
        ("قُتل ثلاثة أطفال وامرأة في القصف.", (4, 4), (None, None)),
        # two sources: a range; an update: the latest
        ("قال الدفاع المدني إن ١٠ أشخاص قُتلوا، بينما أفاد المرصد بمقتل ١٣.", (10, 13), (None, None)),
        ("قُتل ٤ أشخاص في البداية، ثم ارتفعت الحصيلة إلى ٩.", (9, 9), (None, None)),
        # other verbs and nouns of dying, possessive duals, a toll after "الحصيلة"
        ("قضى ثلاثة مدنيين وجرح آخرون بقصف على البلدة.", (3, 3), (None, None)),
        ("فقد ١٥ شخصاً حياتهم في الزلزال.", (15, 15), (None, None)),
        ("أدى القصف إلى مقتل امرأة وإصابة زوجها وطفليها.", (1, 1), (3, 3)),
        ("قتل ثمانية مدنيين، وفق الدفاع المدني، في حين قال ناشطون إن الحصيلة ١١.", (8, 11), (None, None)),
        ("استشهد الشاب محمد (٢٣ عاماً) برصاص قناص.", (1, 1), (None, None)),
        # nominative duals, a dual before a possessive, injured people who died
        ("قُتل مدنيان وأصيب أربعة آخرون بقصف صاروخي.", (2, 2), (4, 4)),
        ("لقيت امرأة وطفلاها حتفهم في غارة جوية.", (3, 3), (None, None)),
        ("أفادت مصادر طبية بوفاة ٥ مصابين متأثرين بجراحهم.", (5, 5), (None, None)),
        # "X إلى Y" is a range (but "من X إلى Y" an update); a surpassed toll is a minimum
        ("قُتل ١٥ إلى ٢٠ شخصاً بحسب تقديرات أولية.", (15, 20), (None, None)),
        ("ارتفعت الحصيلة من ٤ إلى ٩ قتلى.", (9, 9), (None, None)),
        ("تجاوزت حصيلة الضحايا ٥٠ قتيلاً.", (50, None), (None, None)),
        # counts of other things are not casualties
        ("سقطت ١٢ قذيفة على البلدة دون وقوع إصابات.", (0, 0), (0, 0)),
    ],
)
def test_arabic_tolls(sentence, killed, injured):
    assert ranges(sentence) == (killed, injured)


@pytest.mark.parametrize(
    "sentence",
    [
        "نزح أكثر من ٣٠٠٠ شخص من البلدة خلال يومين.",
        "يبلغ عدد سكان المدينة نحو ٢٠ ألف نسمة.",
        "وقع القصف في الساعة ٧ صباحاً من يوم ١٢ آذار ٢٠٢٠.",
        "أطلقت الطائرات ٦ صواريخ على ٣ منازل.",
        "عائلة واحدة فقط بقيت في القرية.",
    ],
)
def test_counts_of_other_things_are_no_casualty_claim(sentence):
    assert extract_figures(sentence) is None


def test_breakdowns_fill_children_and_women():
    f = extract_figures("قُتل تسعة أشخاص بينهم أربعة أطفال وامرأتان، وأصيب ١٢ آخرون.")
    assert (f.killed_min, f.children_killed, f.women_killed, f.injured_min) == (9, 4, 2, 12)


def test_period_totals_are_aggregate_and_an_incident_is_not():
    assert extract_figures("وثّقت الشبكة مقتل ٢٠٠ مدني منذ بداية العام.").scope == "aggregate"
    assert extract_figures("قُتل ١٥ مدنياً خلال الشهر الماضي في ريف إدلب.").scope == "aggregate"
    assert extract_figures("قُتل ١٥ مدنياً في قصف على سوق البلدة.").scope == "incident"


def test_qualifiers_and_preliminary_tolls():
    assert extract_figures("قُتل ما لا يقل عن ١٥ مدنياً.").qualifier == "at_least"
    assert extract_figures("قُتل حوالي ١٥ مدنياً.").qualifier == "approximately"
    assert extract_figures("قُتل عشرات المدنيين.").qualifier == "vague"
    assert extract_figures("قُتل ٥ أشخاص في حصيلة أولية مرشحة للارتفاع.").preliminary is True


def test_diacritics_and_letter_variants_do_not_change_the_toll():
    plain = ranges("قتل خمسه مدنيين واصيب عشره اخرون")
    assert plain == ranges("قُتِلَ خَمْسَةُ مَدَنِيِّينَ وَأُصِيبَ عَشَرَةُ آخَرُونَ") == ((5, 5), (10, 10))


def test_the_raw_text_is_the_sentence_as_written():
    sentence = "أسفر القصف عن مقتل ٧ أشخاصٍ وإصابة ١٢ آخرين."
    f = extract_figures(sentence)
    assert f.raw_text == "٧ أشخاصٍ وإصابة ١٢ آخرين"
    assert f.raw_text in sentence


def test_english_sentences_still_take_the_english_path():
    f = extract_figures("Seven civilians were killed and 14 others wounded in Maarat al-Numan.")
    assert (f.killed_min, f.injured_min) == (7, 14)


@pytest.mark.parametrize(
    ("sentence", "killed", "injured", "qualifier"),
    [
        # one count governed by both outcome verbs: each outcome is 1 to the total less one
        ("قُتل وجُرح ١٢ شخصاً في انفجار سيارة مفخخة.", (1, 11), (1, 11), "range"),
        ("أسفر القصف عن مقتل وإصابة ٩ مدنيين.", (1, 8), (1, 8), "range"),
        # ... or by two outcome nouns after it
        ("سقط ٢٠ قتيلاً وجريحاً في القصف.", (1, 19), (1, 19), "range"),
        ("خلّف الانفجار ستة ضحايا بين قتيل وجريح.", (1, 5), (1, 5), "range"),
        ("سقط ١٥ شخصاً ما بين قتيل وجريح.", (1, 14), (1, 14), "range"),
        # two people: one of each
        ("قُتل وأُصيب شخصان في الغارة.", (1, 1), (1, 1), "exact"),
        # an open or vague total leaves each maximum open
        ("سقط أكثر من ٣٠ شخصاً بين قتيل وجريح.", (1, None), (1, None), "at_least"),
        ("سقط عشرات القتلى والجرحى في المجزرة.", (1, None), (1, None), "vague"),
        # a group after it is part of it; a toll of one outcome splits it
        ("قُتل وجُرح ١٢ شخصاً بينهم ثلاثة أطفال.", (1, 11), (1, 11), "range"),
        ("سقط ١٢ شخصاً بين قتيل وجريح، بينهم ٥ قتلى.", (5, 5), (7, 7), "exact"),
        # separate counts of each outcome stay separate
        ("سقط عشرات القتلى وعشرات الجرحى.", (10, None), (10, None), "vague"),
        ("أوقع القصف ثلاثة قتلى وتسعة جرحى بينهم طفلان.", (3, 3), (9, 9), "exact"),
    ],
)
def test_one_count_of_killed_and_injured_together_is_a_range_for_each(sentence, killed, injured, qualifier):
    figures = extract_figures(sentence)
    assert ((figures.killed_min, figures.killed_max), (figures.injured_min, figures.injured_max)) == (killed, injured)
    assert figures.qualifier == qualifier
    assert figures.children_killed is None


def test_a_combined_toll_reports_its_words_as_written():
    figures = extract_figures("قُتل وجُرح ١٢ شخصاً في القصف.")
    assert figures.raw_text == "قُتل وجُرح ١٢ شخصاً"
    assert extract_figures("خلّف الانفجار ستة ضحايا بين قتيل وجريح.").raw_text == "ستة ضحايا بين قتيل وجريح"


@pytest.mark.parametrize(
    ("sentence", "killed", "injured"),
    [
        # the construct form of two hundred, two thousand
        ("نزح أكثر من ألفي شخص وقُتل ما لا يقل عن مئتي مدني منذ بدء الهجوم.", (200, None), (None, None)),
        # a definite singular after another noun describes it; right after the outcome word it counts
        ("استشهد ممرض في الهلال الأحمر وأصيب اثنان من زملائه.", (1, 1), (2, 2)),
        ("استشهد الشاب برصاص قناص.", (1, 1), (None, None)),
        # a person noun followed by its number as a definite adjective
        ("قُتل رجل وأبناؤه الثلاثة في القصف.", (4, 4), (None, None)),
        ("أُصيب الأطفال الخمسة بجروح طفيفة.", (None, None), (5, 5)),
        # "without any injuries being recorded"
        ("سقطت قذيفة قرب المدرسة من دون أن تقع إصابات.", (0, 0), (0, 0)),
        # a defective noun with its tanwin: "راعٍ" (a shepherd)
        ("قُتل راعٍ بانفجار لغم في البادية.", (1, 1), (None, None)),
    ],
)
def test_construct_forms_definite_numbers_and_adjectives(sentence, killed, injured):
    assert ranges(sentence) == (killed, injured)


def test_a_plural_toll_and_a_single_one_of_the_other_outcome_are_two_counts():
    assert ranges("نُقل ٥ جرحى وقتيل إلى مشفى المدينة.") == ((1, 1), (5, 5))


@pytest.mark.parametrize(
    ("sentence", "killed", "injured"),
    [
        # the first verb is the earlier count's own predicate, not a combined "killed and wounded"
        ("قال مسعفون إن أربعة أشخاص لقوا حتفهم وجُرح ثلاثة عشر آخرون في الانفجار.", (4, 4), (13, 13)),
        # a second singular right after the first describes it: one elderly man, not two people
        ("قُتل رجل مسن بقصف مدفعي على أطراف القرية.", (1, 1), (None, None)),
        ("استشهد طفل رضيع في غارة على المخيم.", (1, 1), (None, None)),
        # "another" after the other outcome's verb is one more person
        ("قُتل مدني وأصيب آخر بنيران قناص في الحي الشرقي.", (1, 1), (1, 1)),
        ("قُتلت سيدة وأُصيبت أخرى بجروح في قصف على البلدة.", (1, 1), (1, 1)),
    ],
)
def test_predicates_adjectives_and_another(sentence, killed, injured):
    assert ranges(sentence) == (killed, injured)


@pytest.mark.parametrize(
    ("sentence", "killed", "injured"),
    [
        # wounded people who died are dead, and a risen total already holds them
        ("ارتفعت حصيلة القتلى إلى عشرة بعد وفاة جريحين متأثرين بجراحهما.", (10, 10), (None, None)),
        ("أعلنت المديرية وفاة جريحين من ضحايا القصف.", (2, 2), (None, None)),
        ("قتل خمسة مدنيين وأصيب جريحان بقصف على المخيم.", (5, 5), (2, 2)),
    ],
)
def test_wounded_who_died_and_a_risen_total(sentence, killed, injured):
    assert ranges(sentence) == (killed, injured)
