"""The Arabic vocabulary of casualty figures, written folded (see ``annotations.text.arabic.fold``):
one alef, haa for taa marbuta, yaa for alef maqsura, no diacritics.

Read by ``annotations.text.figures_ar``. Plain data and regular expressions; no logic.
"""

from __future__ import annotations

import re

from annotations.text.casualty_words import CHILDREN, INJURED, KILLED, KIN, MEN, TOTAL, WOMEN

UNITS = {
    **dict.fromkeys(("واحد", "واحده"), 1),
    **dict.fromkeys(("اثنان", "اثنين", "اثنتان", "اثنتين", "اثنا", "اثني", "اثنتا"), 2),
    **dict.fromkeys(("ثلاث", "ثلاثه"), 3),
    **dict.fromkeys(("اربع", "اربعه"), 4),
    **dict.fromkeys(("خمس", "خمسه"), 5),
    **dict.fromkeys(("ست", "سته"), 6),
    **dict.fromkeys(("سبع", "سبعه"), 7),
    **dict.fromkeys(("ثماني", "ثمانيه", "ثمان"), 8),
    **dict.fromkeys(("تسع", "تسعه"), 9),
}
TEN = frozenset({"عشر", "عشره"})
# "احد عشر" / "احدي عشره" (eleven): "احد" alone is "one of", not a count.
ELEVEN = frozenset({"احد", "احدي"})
TENS = {
    **dict.fromkeys(("عشرون", "عشرين"), 20),
    **dict.fromkeys(("ثلاثون", "ثلاثين"), 30),
    **dict.fromkeys(("اربعون", "اربعين"), 40),
    **dict.fromkeys(("خمسون", "خمسين"), 50),
    **dict.fromkeys(("ستون", "ستين"), 60),
    **dict.fromkeys(("سبعون", "سبعين"), 70),
    **dict.fromkeys(("ثمانون", "ثمانين"), 80),
    **dict.fromkeys(("تسعون", "تسعين"), 90),
}
HUNDREDS = {
    **dict.fromkeys(("ميه", "مايه"), 100),
    # and the construct form before a noun: "مئتي شخص"
    **dict.fromkeys(("ميتان", "ميتين", "مايتان", "مايتين", "ميتي", "مايتي"), 200),
    **{
        f"{unit}{h}": n * 100
        for unit, n in (("ثلاث", 3), ("اربع", 4), ("خمس", 5), ("ست", 6), ("سبع", 7), ("ثمان", 8), ("تسع", 9))
        for h in ("ميه", "مايه")
    },
}
THOUSANDS = {"الف": 1000, "الفا": 1000, "الفان": 2000, "الفين": 2000, "الفي": 2000}
# ACLED's conservative readings of vague counts, as for "tens", "hundreds", "thousands" in English.
VAGUE_WORDS = {"عشرات": 10, "ميات": 100, "الاف": 1000}

# Counted nouns: what they say about the people counted. Plural, dual and accusative forms listed
# where the dual cannot be told from a plural without vowels (مدنيين is "civilians" or "two civilians":
# read as a plural, so it is not in DUALS).
PERSON_NOUNS = {
    **dict.fromkeys(
        "شخص اشخاص مدني مدنيين مدنيون مواطن مواطنين مواطنون ساكن سكان عامل عمال مسعف مسعفين متطوع متطوعين "
        "عنصر عناصر مقاتل مقاتلين مقاتلون جندي جنود صحفي صحفيين صحفيون اعلامي اعلاميين مسن مسنين نازح نازحين "
        "شاب شبان شباب مزارع مزارعين راعي راع رعاه طبيب اطباء ممرض ممرضين مصلي مصلين اخر اخرين اخرون فرد افراد مريض مرضي "
        "طالب طلاب معتقل معتقلين سايق ضحيه ضحايا".split(),
        TOTAL,
    ),
    **dict.fromkeys("طفل اطفال طفله طفلات رضيع رضع قاصر قاصرين فتي فتيان فتاه فتيات تلميذ تلاميذ".split(), CHILDREN),
    **dict.fromkeys("امراه نساء سيده سيدات ام امهات".split(), WOMEN),
    **dict.fromkeys("رجل رجال".split(), MEN),
    **dict.fromkeys("شقيق اشقاء شقيقه شقيقات ابن ابناء ابنه بنات اب اخ اخوه".split(), KIN),
}
# Dual forms, which count two by themselves ("طفلان", "امرأتين").
DUALS = {
    **dict.fromkeys("طفلان طفلين طفلتان طفلتين".split(), CHILDREN),
    **dict.fromkeys("امراتان امراتين سيدتان سيدتين".split(), WOMEN),
    **dict.fromkeys("رجلان رجلين".split(), MEN),
    # with a possessive: "وطفليها" (her two children)
    **dict.fromkeys("طفليه طفليها طفليهما طفلتيه طفلتيها".split(), CHILDREN),
    **dict.fromkeys("ابنيه ابنيها ابنتيه ابنتيها شقيقيه شقيقيها".split(), KIN),
    **dict.fromkeys("شخصان شخصين شابان شابين عنصران عنصرين جنديان جنديين".split(), TOTAL),
    # the nominative dual of a sound plural noun is unambiguous ("مدنيان"; "مدنيين" is not)
    **dict.fromkeys("مدنيان مواطنان مسعفان متطوعان صحفيان مقاتلان عاملان مزارعان".split(), TOTAL),
    # a dual before a possessive drops its nun: "وطفلاها" (her two children)
    **dict.fromkeys("طفلاه طفلاها طفلاهما".split(), CHILDREN),
    **dict.fromkeys("ابناه ابناها شقيقاه شقيقاها".split(), KIN),
    **dict.fromkeys("شقيقان شقيقين شقيقتان شقيقتين ابنان ابنين".split(), KIN),
}
# Singular nouns that count one person when they follow an outcome word ("مقتل طفل", "استشهد شاب").
SINGULARS = {
    **dict.fromkeys(
        "شخص مدني مواطن شاب عامل مسعف متطوع صحفي مسن رجل مزارع راعي راع سايق طبيب ممرض جندي عنصر".split(), TOTAL
    ),
    **dict.fromkeys("طفل طفله رضيع فتي فتاه".split(), CHILDREN),
    **dict.fromkeys("امراه سيده".split(), WOMEN),
    # kin with a possessive, after a first count: "مقتل طفل ووالدته وشقيقه"
    **dict.fromkeys("والدته زوجته ابنته شقيقته اخته امه جدته".split(), WOMEN),
    **dict.fromkeys("والده زوجها ابنه شقيقه اخيه ابوه جده عمه".split(), KIN),
}
# Dual nouns that say both "two people" and what happened to them ("عُثر على جثتين").
OUTCOME_DUALS = {
    **dict.fromkeys("جثتين جثتان قتيلين قتيلان شهيدين شهيدان".split(), KILLED),
    **dict.fromkeys("جريحين جريحان".split(), INJURED),
}
# Nouns that say both "people" and what happened to them ("٧ قتلى", "١٢ جريحا", "٣٠ إصابة").
OUTCOME_NOUNS = {
    **dict.fromkeys("قتيل قتلي شهيد شهداء وفاه وفيات جثه جثث".split(), KILLED),
    **dict.fromkeys("جريح جرحي مصاب مصابين مصابون اصابه اصابات".split(), INJURED),
}
# One person and their outcome, joined to a count before it: "٥ جرحى وقتيل" (five injured and one dead).
SINGULAR_OUTCOME_NOUNS = {"قتيل": KILLED, "شهيد": KILLED, "جريح": INJURED, "مصاب": INJURED}
PLURAL_OUTCOME_NOUNS = frozenset("قتلي شهداء وفيات جثث جرحي مصابين مصابون اصابات".split())
KILL_CUES = frozenset(
    "قتل قتلوا قتلت قتلا يقتل تقتل مقتل قتيل قتلي استشهد استشهدوا استشهدت استشهاد شهيد شهداء مصرع مصرعه "
    "مصرعهم قضي قضوا قضت ارتقي ارتقوا ارتقت حياته حياتها حياتهم ضحيته ضحيتها ضحيتهم حتف حتفه حتفهم حتفها توفي توفوا توفيت وفاه وفيات ضحايا ضحيه جثث جثه اعدام اعدم حياه بحياه "
    "لقي لقوا لقيت".split()
)
INJURE_CUES = frozenset(
    "اصيب اصيبوا اصيبت يصاب اصابه اصابات جرح جرحوا جرحت جريح جرحي مصاب مصابين مصابون جروح بجروح".split()
)
OUTCOME_CUES = {**dict.fromkeys(KILL_CUES, KILLED), **dict.fromkeys(INJURE_CUES, INJURED)}
# Verbs that, right after a count, give it its outcome ("خمسة أشخاص قتلوا").
FOLLOWING_VERBS = frozenset(
    "قضوا ارتقوا قتلوا قتلت قتل استشهدوا استشهدت اصيبوا اصيبت جرحوا جرحت لقوا لقي لقيت توفوا توفي".split()
)

# A count followed by one of these counts something other than people.
THING_NOUNS = frozenset(
    "قذيفه قذايف صاروخ صواريخ غاره غارات برميل براميل منزل منازل بيت بيوت مبني مباني سياره سيارات عايله عايلات "
    "اسره اسر قريه قري بلده بلدات مدرسه مدارس مشفي مشافي مستشفي مستشفيات مسجد مساجد خيمه خيام طايره طايرات "
    "مسيره مسيرات هجوم هجمات ضربه ضربات عام اعوام سنه سنوات سنين عاما شهر اشهر شهور يوم ايام اسبوع اسابيع "
    "ساعه ساعات دقيقه دقايق كيلومتر كم متر مترا بالميه بالمايه %".split()
)
MONTHS = frozenset(
    "كانون شباط اذار نيسان ايار حزيران تموز اب ايلول تشرين يناير فبراير مارس ابريل مايو يونيو يوليو اغسطس "
    "سبتمبر اكتوبر نوفمبر ديسمبر".split()
)
# Words before a count that make it an age, a time or a date.
NOT_COUNT_BEFORE = frozenset("العمر عمره عمرها عمرهم الساعه عام العام سنه مواليد".split())

# Possessive endings on a counted noun: "أطفالها الأربعة" (her four children).
POSSESSIVES = ("هما", "هم", "هن", "ها", "نا", "ه")

BREAKDOWN_MARKERS = frozenset("بينهم بينهن بينهما منهم منهن منهما معظمهم غالبيتهم اغلبهم".split())
CONTRAST = frozenset({"بينما", "فيما", "حين", "لكن", "غير", "اما"})
SOURCE_WORDS = frozenset(
    "قال قالت يقول تقول افاد افادت ذكر ذكرت وثق وثقت يوثق اعلن اعلنت حسب بحسب وفق وفقا اشار اشارت قدر قدرت "
    "احصي احصت سجل سجلت اكد اكدت نقلا تحدث تحدثت".split()
)
RISE = frozenset("ارتفع ارتفعت يرتفع ترتفع ليرتفع لترتفع".split())
# Words before "إلى" that make the count after it a toll ("ارتفعت/وصلت الحصيلة إلى ٢٥").
TOLL_BEFORE = RISE | frozenset("وصل وصلت بلغ بلغت لتصل ليصل حصيله الحصيله".split())

AT_LEAST_BEFORE = (
    "ما لا يقل عن",
    "لا يقل عن",
    "اكثر من",
    "ما يزيد عن",
    "ما يزيد علي",
    "يزيد عن",
    "يزيد علي",
    "ما يربو علي",
    "يفوق",
    "اكثر من",
)
APPROXIMATE_BEFORE = ("نحو", "حوالي", "قرابه", "زهاء", "ما يقارب", "يقارب", "ما يقرب من", "تقريبا")
AT_LEAST_AFTER = ("علي الاقل",)
# Verbs a few words before a toll that make it a minimum ("تجاوزت حصيلة الضحايا ٥٠").
SURPASS = frozenset("تجاوز تجاوزت يتجاوز تتجاوز تخطي تخطت يتخطي فاق فاقت يفوق تفوق".split())
APPROXIMATE_AFTER = ("تقريبا",)

PERIOD = re.compile(
    r"منذ\s+(?:بدايه|مطلع|اول|اندلاع|بدء|مطلع|عام|العام|شهر|\d{4})"
    r"|خلال\s+(?:الشهر|شهر|العام|عام|الاسبوع|الاسابيع|الاشهر|الشهور|السنه|الفتره|الربع|النصف|الايام|العام)"
    r"|حصيله\s+(?:شهر|عام|العام|الشهر|الاسبوع)|(?:العام|الشهر)\s+(?:الماضي|الجاري|الحالي)|في\s+(?:شهر|عام)\s"
    r"|اجمالي|في\s+المجمل|الحصيله\s+الشهريه|الحصيله\s+السنويه"
)
PRELIMINARY = re.compile(r"حصيله\s+اوليه|مرشحه\s+للارتفاع|غير\s+نهاييه|قابله\s+للارتفاع|حتي\s+الان|في\s+حصيله\s+غير")
ZERO = re.compile(
    r"(?:دون|بدون|من\s+غير)\s+(?:وقوع\s+|تسجيل\s+|ان\s+(?:يسفر|تسفر)\s+عن\s+|ان\s+(?:تسجل|يسجل|تقع|يقع)\s+)?(?:اي\s+)?(?P<both>اصابات|خساير\s+بشريه|ضحايا)"
    r"|لم\s+(?:يسفر|تسفر|تسجل|يسجل|يود|تود|تقع|يقع)[^.،؛]{0,25}?(?:اصابات|خساير\s+بشريه|ضحايا)"
    r"|لا\s+(?:اصابات|ضحايا|خساير\s+بشريه)"
)
