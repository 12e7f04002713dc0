"""The vocabulary of casualty figures: number words, nouns for people, outcome verbs, qualifiers, markers.

Read by ``annotations.text.quantities`` (which numbers count people), ``outcomes`` (whether they
were killed or injured), ``mentions`` and ``figures`` (which counts make the toll). Plain data and
regular expressions; no logic.
"""

from __future__ import annotations

import re

from word2number import w2n

EXACT, AT_LEAST, APPROXIMATELY, RANGE, VAGUE = "exact", "at_least", "approximately", "range", "vague"
INCIDENT, AGGREGATE = "incident", "aggregate"
KILLED, INJURED, NOT_CASUALTY = "killed", "injured", "not_casualty"
# Stands in for both words of "killed or injured", "dead or missing": one count of two outcomes is neither.
COMBINED = "killed-or-injured"
TOTAL, CHILDREN, WOMEN, MEN, KIN, OTHER_GROUP = "total", "children", "women", "men", "kin", "other"

# Number words come from word2number's own vocabulary (plus "dozen", which it lacks).
NUMBER_WORDS = frozenset(w2n.american_number_system) - {"point"}
SCALES = frozenset({"hundred", "thousand", "million", "billion"})
# ACLED's conservative readings of vague counts.
VAGUE_WORDS = {"tens": 10, "dozens": 12, "scores": 20, "hundreds": 100, "thousands": 1000}

# People named by where they are from ("104 Palestinians were killed"); before another noun the word is
# an adjective ("three Israeli airstrikes", "14 Russian soldiers").
DEMONYMS = frozenset(
    "palestinian israeli syrian ukrainian russian iraqi afghan yemeni lebanese kurd turk somali libyan "
    "egyptian iranian jordanian sudanese tutsi hutu rohingya yazidi uyghur bosniak alawite druze fulani masalit "
    "tigrayan hazara".split()
)
# ... and the other nationalities and peoples a list of the dead names ("196 Dutch citizens, 43 Malaysians and 38
# Australians"): in the singular, as the plural is read back to it.
DEMONYMS |= frozenset(
    "malaysian australian american briton british dutch french german italian spaniard belgian canadian chinese "
    "japanese korean indian pakistani bangladeshi nepali filipino indonesian thai vietnamese nigerian kenyan "
    "ethiopian eritrean congolese malian burkinabe nigerien chadian cameroonian mozambican rwandan ugandan tunisian "
    "algerian moroccan saudi emirati qatari kuwaiti omani bahraini greek cypriot armenian azerbaijani georgian "
    "belarusian pole czech romanian bulgarian serb croat albanian kosovar austrian swede norwegian dane finn "
    "brazilian colombian mexican venezuelan peruvian haitian pashtun baloch tajik uzbek kachin amhara oromo "
    "gazan".split()
)
# ... and the adjectives of the rest, which describe the person after them ("the Ghanaian poet", "a Swiss nurse").
DEMONYMS |= frozenset(
    "ghanaian irish scottish welsh nepalese danish swedish finnish polish swiss portuguese spanish argentine "
    "chilean cuban jamaican ivorian senegalese tanzanian zimbabwean zambian malawian turkish kurdish burmese "
    "mongolian moldovan serbian croatian bosnian hungarian slovak lithuanian latvian estonian kazakh kyrgyz turkmen "
    "liberian guinean togolese ecuadorian bolivian guatemalan honduran salvadoran nicaraguan uruguayan paraguayan "
    "gambian beninese mauritanian djiboutian ossetian abkhaz".split()
)
# ... and the second word of two-word ones ("13 South African soldiers", "two Sri Lankan nationals").
DEMONYMS |= frozenset("african lankan leonean".split())
# ... and peoples within a state, named like nations in reports of communal violence ("35 Tamil detainees",
# "at least 2,000 Tamils", "Chechen fighters"): in the singular, as the plural is read back to it.
DEMONYMS |= frozenset(
    "tamil sinhalese chechen ingush dagestani kashmiri punjabi bengali bihari assamese naga kuki meitei nuer dinka "
    "zaghawa shilluk tuareg kabyle igbo hausa yoruba berom uighur timorese acehnese papuan javanese balinese "
    "tibetan han hui manchu mongol pamiri taiwanese herero nama assyrian".split()
)
# People named by their faith ("18 Christians were killed", "three Ahmadis"); like a demonym, before another noun
# the word describes it ("Christian villagers", "Muslim worshippers").
BELIEVERS = frozenset("christian muslim hindu sikh jew copt ahmadi buddhist catholic protestant sunni shiite".split())
# Person nouns that often describe another noun ("a rebel spokesman", "three migrant boats", "a Russian
# missile"): before another noun they are read as adjectives.
NOUN_MODIFIERS = DEMONYMS | BELIEVERS | frozenset(
    "rebel migrant settler youth tourist hostage marine pilgrim jihadist insurgent militant civilian terrorist "
    "vigilante guerrilla maoist islamist separatist loyalist".split()
)
# What a counted noun (singular form) says about the people counted.
PERSON_NOUNS = {
    **dict.fromkeys(
        "people person civilian individual resident idp victim martyr fighter soldier worker patient student "
        "volunteer rescuer paramedic medic doctor nurse journalist farmer shepherd passenger driver worshipper "
        "teacher militant combatant guard officer policeman villager pedestrian other adult refugee pilot pupil "
        "employee staffer engineer labourer laborer vendor trader shopkeeper prisoner detainee inmate crew "
        "colleague friend companion neighbour neighbor guest cameraman photographer reporter correspondent "
        "displaced casualty firefighter fireman fisherman migrant protester demonstrator mourner pilgrim "
        "worshiper bystander commuter shopper customer youth youngster elder pensioner hostage settler "
        "peacekeeper serviceman conscript recruit veteran rebel insurgent jihadist gunman attacker assailant "
        "citizen national tourist miner herder baker trooper sailor marine airman bomber commander bodyguard "
        "reservist policewoman militiaman gendarme deminer cadet cyclist motorcyclist motorist horseman porter "
        "trucker fisher passer staff personnel crewman crewmember imam priest cleric monk nun breadwinner "
        "farmhand cook waiter herdsman tribesman kinsman craftsman sapper striker diver seafarer deckhand activist "
        "dissident lawyer campaigner councillor councilor mayor governor judge prosecutor politician "
        "lawmaker legislator candidate chief elder headman mukhtar sheikh pastor bishop pharmacist dentist "
        "surgeon midwife architect accountant mechanic electrician plumber carpenter tailor barber blacksmith "
        "clerk secretary librarian professor lecturer scientist researcher economist businessman businesswoman "
        "merchant contractor builder painter artist poet writer singer musician athlete footballer coach "
        "vaccinator terrorist element comrade leader watchman suspect faithful soul maoist guerrilla novice producer "
        "caretaker videographer parishioner coordinator specialist vigilante rider jawan ranger captain "
        "supporter patrolman inspector operative bride groom troop assistant physician translator interpreter "
        "sergeant lieutenant corporal colonel administrator constable sepoy hero sniper minister senator ambassador "
        "envoy aide deputy escort ruler chieftain paratrooper gunner partisan smuggler trafficker fan spectator "
        "foreman supervisor manager chauffeur conductor occupant tenant lodger householder homeowner landlord "
        "classmate schoolmate playmate teammate roommate flatmate housemate cellmate coworker workmate traveller "
        "traveler picker warden janitor cleaner cashier hawker gardener butcher stonemason apprentice catechist "
        "maid housekeeper servant nanny courier sentry lookout marcher rioter looter hiker camper reveller reveler "
        "partygoer concertgoer churchgoer goer subaltern swimmer bather skier deacon seminarian acolyte chaplain "
        "rabbi survivor adviser advisor widow widower orphan subversive "
        "ln ins cf ip ia presenter broadcaster announcer editor columnist blogger fixer stringer publisher "
        "technician operator partner girlfriend boyfriend guide arrival newcomer evacuee returnee deportee "
        "defender cadre infiltrator muezzin harki collector scavenger gatherer harvester woodcutter aircrew "
        "believer congregant usher chorister missionary evangelist preacher agent organiser organizer chairman "
        "chairwoman chairperson aviator seaman trustee loyalist canvasser associate instructor trainee player "
        "referee umpire jockey trainer goalkeeper midfielder boxer wrestler gymnast weightlifter cricketer "
        "actor actress dancer ballerina sculptor novelist playwright composer pianist violinist filmmaker "
        "comedian delegate logistician photojournalist captive kidnapper abductee taker educator headteacher "
        "bosun boatswain oiler steward stewardess helmsman navigator conductor corpsman havildar sepoy subedar "
        "visitor assistant academic intellectual "
        "headmaster headmistress schoolteacher "
        "solicitor barrister magistrate warder postman milkman publican barman barmaid bandleader "
        "commando rifleman infantryman radioman signalman raider grunt guy runner attendant executive fusilier "
        "grenadier legionnaire marksman machinegunner mortarman climber mountaineer carabiniere marshal statesman "
        "seller peasant campesino unionist guardsman churchwoman jesuit director leftist rightist communist anarchist "
        "socialist monarchist royalist president archbishop shoemaker cobbler tapper superintendent "
        "bearer speaker peshmerga".split(),
        TOTAL,
    ),
    **dict.fromkeys(DEMONYMS, TOTAL),
    **dict.fromkeys(BELIEVERS, TOTAL),
    **dict.fromkeys(
        "child kid infant baby boy girl minor toddler schoolchild teenager teen newborn schoolgirl schoolboy "
        "adolescent orphan".split(),
        CHILDREN,
    ),
    **dict.fromkeys("woman mother wife housewife".split(), WOMEN),
    **dict.fromkeys("man husband".split(), MEN),
    **dict.fromkeys(
        "son daughter brother sister father sibling cousin nephew niece grandson granddaughter grandchild "
        "relative member grandfather grandmother grandparent uncle aunt parent godmother godfather godson "
        "goddaughter stepson stepdaughter stepfather stepmother fiance fiancee fiancé fiancée".split(),
        KIN,
    ),
}
IRREGULAR_PLURALS = {
    "people": "people",
    "children": "child",
    "women": "woman",
    "heroes": "hero",
    "men": "man",
    "policemen": "policeman",
    "patrolmen": "patrolman",
    "carabinieri": "carabiniere",
    "wives": "wife",
    "housewives": "housewife",
    "babies": "baby",
    "casualties": "casualty",
    "grandchildren": "grandchild",
    "schoolchildren": "schoolchild",
    "others": "other",
    "idps": "idp",
    "dead": "dead",
    "injured": "injured",
    "wounded": "wounded",
    "killed": "killed",
    # Only the plural noun counts people ("20 unlawful killings"); "killing" alone is the verb.
    "killings": "killings",
    "executions": "executions",
    # the shorthand of tickers and posts: "3 ppl hurt", "14 inj."
    "ppl": "people",
    "inj": "inj",
    # military reports' people: local nationals, insurgents, coalition forces, Iraqi police and army, Afghan army
    # and police ("3x LN KIA", "killing 5x INS")
    "lns": "ln",
    "ins": "ins",
}
# Nouns after a number that say both "people" and what happened to them ("18 dead", "27 deaths").
OUTCOME_NOUNS = {
    "dead": KILLED,
    "death": KILLED,
    "fatality": KILLED,
    "kia": KILLED,
    "wia": INJURED,
    "martyr": KILLED,
    "killed": KILLED,
    "body": KILLED,
    "coffin": KILLED,
    "skeleton": KILLED,
    "skull": KILLED,  # "found more than 250 skulls buried at the site": the remains of the dead
    "corpse": KILLED,
    "burial": KILLED,  # "a parish register recorded a minimum of 230 burials"
    "injured": INJURED,
    "wounded": INJURED,
    "injury": INJURED,
    "killings": KILLED,
    "executions": KILLED,
    "deceased": KILLED,
    "inj": INJURED,
}
KILL_WORDS = frozenset(
    "killed kill kills killing dead death deaths died die dies dying martyred martyrs martyr lives life fatalities "
    "fatality bodies perished murder murders murdered murdering slain executed massacred toll victims buried "
    "succumbed deceased".split()
)
# Translated reports: "40 souls ascended", "the young man ascended as martyr".
KILL_WORDS |= frozenset({"ascended", "butchered", "electrocuted", "lifeless", "drowning"})
# Verbs and nouns of one manner of killing ("were beheaded", "the strike slew", "the massacre of 12 people").
KILL_WORDS |= frozenset(
    "slew slay slaying slaughtered slaughtering massacring massacre execution executing assassinated "
    "assassinating beheaded beheading lynched drowned suffocated asphyxiated gunned slaughter".split()
)
# Military communiqués' words for enemy fighters killed ("eliminated 23 militants", "17 terrorists were neutralised").
KILL_WORDS |= frozenset(
    "eliminated eliminating neutralised neutralized neutralising neutralizing liquidated liquidating".split()
)
# Translated monitors' nouns for a death ("led to the martyrdom of 3 civilians").
KILL_WORDS |= frozenset({"martyrdom", "martyring"})
# "by morning we bury eleven": burying counts the dead ("burying her child", said of any mother, does not)
KILL_WORDS |= frozenset({"bury"})
# Military shorthand: "5 KIA, 12 WIA" (killed and wounded in action); "embraced shahadat" (martyrdom).
KILL_WORDS |= frozenset({"kia", "shahadat", "dow"})  # "DOW": died of wounds
KILL_WORDS |= frozenset({"hanged", "decapitated", "execute", "executes", "massacre", "gassed", "strangled"})
# Apartheid's townships' word for burning a person with a tyre ("the necklacing of two young men").
KILL_WORDS |= frozenset({"necklacing", "necklaced"})
INJURE_WORDS = frozenset(
    "injured injuring injure injures injuries injury wounded wounding wounds wound hurt maimed burns suffocation "
    "treated treatment hospitalised hospitalized".split()
)
# Harms that leave people injured ("maiming seven", "were blinded", "amputations on 12 people").
INJURE_WORDS |= frozenset(
    "maiming hurting blinded amputated amputation amputations fractures grazed bruised concussed trampled "
    "mutilated wia crippled castrated whipped".split()
)
# "was bleeding heavily from a shrapnel wound" ("bled to death" is a death: read with "to death")
INJURE_WORDS |= frozenset({"bleeding"})
# Mass-casualty triage: "Nineteen patients were triaged yellow", "38 were triaged T1 to T3"; frostbite and hypothermia
INJURE_WORDS |= frozenset("triaged frostbite frostbitten hypothermic".split())
# Poisoning by gas or chemicals: "sickened more than 8,000", "some 60 people were poisoned".
INJURE_WORDS |= frozenset({"sickened"})
# What people "sustained", "suffered", "received" or "underwent" that makes them injured ("suffered gunshot wounds").
INJURY_NOUNS = frozenset(
    "injuries injury wounds wound burns fractures fracture amputations amputation trauma treatment "
    "lacerations concussions shrapnel cuts bruises suffocation asphyxiation poisoning".split()
)
# What people are left "with" that is an injury by its adjective: "with a broken pelvis", "a fractured skull".
INJURY_NOUNS |= frozenset("broken fractured shattered concussion".split())
INJURY_NOUNS |= frozenset("scarring scars".split())  # "survivors examined by the expert had scarring"
INJURY_NOUNS |= frozenset({"symptoms"})  # "45 people with respiratory symptoms"
INJURY_NOUNS |= frozenset("hypothermia frostbite".split())  # "a family of five suffering from hypothermia"
# What people "needed" or "required" that says they were injured ("needed surgery", "required medical attention").
MEDICAL_CARE = frozenset("surgery operations operation medical treatment attention care amputation".split())
MEDICAL_CARE |= frozenset("stitches splints sutures dressings bandaging".split())  # "needed stitches or splints"
# States people are "left" in by an attack that make them injured ("were left disabled", "left in critical condition").
LEFT_INJURED = frozenset("disabled paralysed paralyzed blind maimed injured wounded hurt critical serious".split())
# Verbs made a killing by the word after them: "burned alive", "gunned down", "mown down".
FATAL_WITH = {
    "alive": frozenset("burned burnt".split()),
    "down": frozenset("gunned mown mowed cut".split()),  # "were cut down as they fled"
    "out": frozenset("wiped".split()),  # "the strike wiped out a family of five"
}
# Verbs before "to death" that say no one died ("sentenced to death", "scared to death").
NOT_FATAL_TO_DEATH = frozenset("sentenced condemned close near threatened scared frightened bored sick".split())
OUTCOME_CUES = {**dict.fromkeys(KILL_WORDS, KILLED), **dict.fromkeys(INJURE_WORDS, INJURED)}
# Verbs that, attached to a count of people, say it is not a count of casualties.
NOT_CASUALTY_WORDS = frozenset(
    "displaced displacing displace rescued rescuing rescue evacuated evacuating evacuate arrested arresting detained "
    "detaining abducted kidnapped enslaved enslaving raped raping rape missing trapped fled flee fleeing returned "
    "released freed stranded carrying holding draws drew drawing sheltered sheltering housed hosted hosts hosting "
    "housing shelters home homes live lived living population inhabitants "
    "attended gathered protested recruited employed vaccinated received served serving fed support supported "
    "affected survived registered unaccounted work works worked study studied convicted charged indicted acquitted "
    "prosecuted sentenced captured capturing seized endangered escape disappeared airlifted flown rounded".split()
)
# Places whose "of N people" is a population ("a town of 20,000 people").
PLACE_NOUNS = frozenset("town village city camp neighbourhood neighborhood district area settlement shelter".split())
# Where people came from: "travellers from seven other countries" counts countries, not people.
PLACE_NOUNS |= frozenset("countries country nations nationalities towns villages cities provinces regions".split())
# ... and the pockets a people held: "one of the southern enclaves".
PLACE_NOUNS |= frozenset("enclave enclaves".split())
# ... and the ways a person noun may describe: "a pedestrian street", "a pilgrim route".
PLACE_NOUNS |= frozenset("street streets road roads route routes crossing crossings".split())
POPULATION_BEFORE = (
    "home to",
    "population of",
    "inhabited by",
    "housing",
    "hosting",
    "sheltering",
    "shelters",
    "sheltered",
    "hosts",
    "houses",
    "which has",  # "the village, which has 1,200 residents"
    "which had",
    "that has",
    "that had",
    # who was there, not who was harmed: "a shell struck a queue of about 200 people waiting for bread"
    "queue of",
    "crowd of",
)

AT_LEAST_PREFIXES = (
    "well over",  # "wounded well over a hundred": the longer phrases before the words they end with
    "well above",
    "far more than",
    "well in excess of",
    "at least",
    "past",  # "the death toll climbed past a hundred and fifty"
    "no fewer than",
    "no less than",
    "not less than",
    "more than",
    "over",
    "a minimum of",
    "upwards of",
    "in excess of",
    "above",
    "upward of",
    "at minimum",
    "exceeds",
    "exceeded",
    "exceeding",
    "surpassed",
    "topped",
    "passed",
    "passes",
    "passing",
)
APPROXIMATE_PREFIXES = (
    "about",
    "around",
    "approximately",
    "nearly",
    "almost",
    "some",
    "roughly",
    "up to",
    "close to",
    "an estimated",
    "estimated",
    "as many as",
    "as high as",
)
# A second, higher number that closes a range: "at least 11 and as many as 25", "nine, maybe ten".
UPPER_BOUND_AFTER_AT_LEAST = (
    "and as many as",
    "and up to",
    "and possibly as many as",
    "and perhaps as many as",
    "and maybe as many as",
    "but as many as",
    "but possibly as many as",
    "to as many as",
    "and possibly",
    "and perhaps",
    "and maybe",
)
HEDGED_SECOND_NUMBER = (
    ", maybe",
    ", perhaps",
    ", possibly",
    ", probably",
    ", or perhaps",
    ", or maybe",
    ", or possibly",
    ", or even",
    "or maybe",
    "or perhaps",
    "or possibly",
    "or even",
)
BREAKDOWN_MARKERS = (
    "including",
    "included",
    "includes",
    "include",
    "among them",
    "among whom",
    "among the dead",
    "among the victims",
    "among the injured",
    "among the wounded",
    "of whom",
    "of which",
    "of them",
    "of those",
    "mostly",
    "most of them",
    "such as",
    "namely",
    "comprising",
    "counting",
    "incl",
)
# Words allowed between an outcome verb and a bare number ("killed at least five", "injuring another 12").
AUX = frozenset("were was have has had been be are is being reportedly also later all both allegedly more".split())
CONTRAST = frozenset({"while", "whereas", "but", "although", "though", "however", "meanwhile"})
RISE = frozenset(
    "rose risen rising climbed increased jumped reached raised raising bringing brought taking took takes pushing "
    "becomes became brings raises pushes rises climbs".split()
)
SOURCE_WORDS = frozenset(
    "said says say reported reports stated documented counted recorded announced told put puts estimated "
    "according citing cited gave give confirmed registered attributed insisted insists acknowledged acknowledges "
    "claimed claims maintained maintains estimates show shows showed confirm confirms verify verified spoke".split()
)
# Historians' and researchers' words for a figure they hold ("some researchers believe", "the committee accepted a
# figure of 379").
SOURCE_WORDS |= frozenset("believe believes believed accepted".split())
# "while the families insist that nine were killed", "whereas historians estimate 126 to 300": a present-tense
# source of its own count.
SOURCE_WORDS |= frozenset("insist maintain claim estimate lists names".split())
# "while later researchers have argued that as many as 2,500 died": a reckoning of one's own
SOURCE_WORDS |= frozenset("argue argues argued".split())
# Who gives a toll when it heads a clause ("police: 11 dead; hospital sources: 9 dead").
SOURCE_NOUNS = frozenset(
    "police sources source ministry officials official hospital hospitals medics doctors army military monitor "
    "observatory agency authorities witnesses residents rescuers government governor group".split()
)
# The parties among the actor words (the rest name weapons or kinds of fighter): two tolls with different
# parties as subjects are two perpetrators' claims.
PARTIES = frozenset(
    "regime russian turkish israeli iranian coalition isis hezbollah government pro-government opposition army "
    "sdf pyd ypg rsf hamas houthi houthis idf hts wagner".split()
)
# What a person who speaks does: "their father said" names a source, not a casualty.
# What says a count sums up those before it: "the dead, eight in all", "so five died in all".
IN_ALL = ("in all", "in total", "all told", "altogether")
SPEECH_VERBS = frozenset("said says told added stated explained recalled wrote posted tweeted confirmed".split())
# Words that name an armed actor: a second toll after "while" with one of these is a second perpetrator's.
ACTOR_WORDS = frozenset(
    "regime forces jets warplanes aircraft army troops militia militias militants rebels russian turkish israeli "
    "iranian coalition isis hezbollah government pro-government opposition factions fighters gunmen snipers "
    "drones artillery helicopters sdf pyd ypg rsf hamas houthi houthis idf hts wagner".split()
)
# What "lost his/her/their ..." lost: a life is a death, a limb or an eye an injury, a home neither.
LOST_LIFE = frozenset("life lives".split())
LOST_BODY_PART = frozenset(
    "leg legs arm arms hand hands foot feet eye eyes sight limb limbs finger fingers hearing".split()
)
# "a third was wounded", "a second died": one more person counted by an ordinal.
# Ordinal words and their values ("the fifth person to die" is the fifth death); ORDINALS are the ones that
# name one more person ("a second child died", "the seventh was pronounced dead").
# What a speaker says between a count and its correction: "eight, no, nine", "fifteen, no, wait, I am sorry, sixteen".
CORRECTING = frozenset("no i mean sorry actually rather or wait am".split())
ORDINAL_VALUES = {
    word: n
    for n, word in enumerate(
        "first second third fourth fifth sixth seventh eighth ninth tenth eleventh twelfth thirteenth fourteenth "
        "fifteenth sixteenth seventeenth eighteenth nineteenth twentieth".split(),
        start=1,
    )
}
ORDINALS = frozenset(word for word, n in ORDINAL_VALUES.items() if n >= 2)
# Verbs of estimates that span two numbers: "estimates ranged from 12 to 15" is a range, not an update.
RANGED = frozenset("ranged ranging range ranges varied varying vary varies run runs ran running".split())
# Hedges between "were"/"are" and the verb that says what befell the people counted ("are believed to be trapped").
HEDGES = (
    "believed to have been",
    "believed to have",
    "believed to be",
    "thought to have been",
    "thought to have",
    "thought to be",
    "feared to have been",
    "feared to have",
    "feared to be",
    "said to have been",
    "said to have",
    "said to be",
    "reported to have been",
    "reported to have",
    "reported to be",
    "known to have",
    "believed",
    "feared",
    "presumed",
    "reported",
    "confirmed",
)
# Words that keep a count attached to the verb after them: "five others remain missing", "are still trapped".
LINKING = frozenset("remain remains remained still".split())
# A dash or bracket that opens an apposition: "five members of a family - two parents and three children -".
APPOSITION_OPEN = frozenset({"-", "–", "—", "("})
HARM_VERBS = frozenset("killed killing murdered massacred responsible bombed shelled executed".split())
MONTHS = frozenset(
    "january february march april may june july august september october november december "
    "jan feb mar apr jun jul aug sep sept oct nov dec".split()
)
TIME_WORDS = frozenset(
    "am pm a.m p.m o'clock hours hrs hour minutes minute gmt utc years year months month weeks week days day "
    "km kilometres kilometers metres meters miles kg mm cm percent per cent %".split()
)

MONTH = r"(?:january|february|march|april|may|june|july|august|september|october|november|december)"
PERIOD = re.compile(
    rf"\b(?:between|from)\s+(?:the\s+(?:start|beginning|end|middle)\s+of\s+)?(?:{MONTH}|\d{{4}})\b"
    rf"|\bsince\s+(?:the\s+(?:start|beginning|outbreak)|(?:(?:early|late|mid)[\s-]+)?{MONTH}|\d{{4}}|\d{{1,2}}\s+{MONTH}\b)"
    r"|\b(?:covers|covering)\s+the\s+period\b|\bthe\s+period\s+(?:from|between)\b"
    r"|\ba\s+total\s+of\b"
    r"|\b(?:over|during|in|throughout)\s+the\s+(?:past|last|first|previous)\s+(?:\w+\s+)?(?:days|weeks|months|years|year|month|week)\b"
    rf"|\bso\s+far\s+this\s+(?:year|month)\b|\bin\s+(?:19|20)\d\d\b|\b(?:during|throughout)\s+(?:the\s+month\s+of\s+)?{MONTH}\b"
    r"|\bsince\s+the\s+(?:war|conflict|uprising|revolution)\s+began\b|\bthis\s+year\b|\blast\s+(?:year|month)\b"
    # "since the March vote", "since the ceasefire": since an event that opens a period
    rf"|\bsince\s+the\s+(?:{MONTH}\s+)?(?:vote|elections?|polls|ceasefire|truce|coup|invasion|referendum|uprising"
    r"|revolution|offensive|occupation|intifada|insurgency)\b|\bsince\s+martial\s+law\b"
    r"|\b(?:the|this)\s+(?:year|month)['’]s\b"  # "bringing the year's death toll there to 19"
    # "over the whole indictment period"
    r"|\b(?:over|during|throughout)\s+the\s+(?:whole|entire)\s+(?:\w+\s+)?period\b",
    re.IGNORECASE,
)
PRELIMINARY = re.compile(
    r"\bpreliminary\b|\binitial\s+(?:death\s+)?toll\b|\bso\s+far\b|\b(?:could|may|might|is\s+expected\s+to|is\s+likely\s+to)"
    r"\s+rise\b|\bstill\s+rising\b|\bnot\s+(?:yet\s+)?final\b",
    re.IGNORECASE,
)
# Plural people who, after "no", need a verb to make a zero toll ("no soldiers had been killed").
ZERO_PEOPLE = (
    "soldiers troops fighters children residents staff personnel workers passengers patients students pupils "
    "journalists worshippers villagers inmates prisoners officers policemen guards bystanders detainees athletes "
    "players teachers doctors nurses medics paramedics employees rescuers volunteers firefighters "
    "guests customers shoppers diners spectators fans hostages crew sailors pilots marines".split()
)
# ... and the forces and nations a zero is said of: "no deputies were hurt", "no Americans were killed"
ZERO_PEOPLE += tuple("deputies agents peacekeepers servicemen airmen americans israelis britons citizens".split())
PEOPLE = "|".join(ZERO_PEOPLE)
# ... and one of them: "no civilian was killed", "no soldier was hurt".
ZERO_PERSON = (
    "civilian soldier child person resident worker passenger patient fighter detainee prisoner officer journalist "
    "reporter inmate student pupil villager guard policeman worshipper bystander medic paramedic sailor marine "
    "serviceman airman".split()
)
ONE_OF_PEOPLE = "|".join(ZERO_PERSON)
ZERO = re.compile(
    # before "no one" without a verb, which would take its place; "no life was lost"
    r"\bno\s+one\s+(?:had\s+|has\s+)?(?P<v3>died)\b|"
    # "no one among the plant's staff was killed or injured"; "without killing or injuring anyone"
    r"\bno\s+one\s+(?:else\s+)?(?:among|of|in|at|on|inside|aboard|from|working)\s+(?:[\w'’-]+\s+){1,3}?(?:was\s+|were\s+)?"
    r"(?P<v8>killed|injured|hurt|wounded|harmed|died)(?:\s+(?:or|nor|and)\s+(?P<w8>killed|injured|hurt|wounded|harmed))?\b|"
    r"\bwithout\s+(?P<v9>killing|injuring|wounding|hurting)(?:\s+(?:or|and)\s+(?P<w9>killing|injuring|wounding|hurting))?"
    r"\s+(?:anyone|anybody)\b|\bno\s+(?:life|lives)\s+(?:was|were|had\s+been)\s+(?P<v7>lost)\b|"
    # "ended without anyone being killed or injured"
    r"\bwithout\s+(?:anyone|anybody)\s+being\s+(?P<v15>killed|injured|wounded|hurt|harmed)"
    r"(?:\s+(?:or|and)\s+(?P<w15>killed|injured|wounded|hurt|harmed))?\b|"
    # "carried out 42 rescues this winter without a single death"
    r"\bwithout\s+a\s+single\s+(?:(?P<n7b>death|fatality|life\s+lost)|(?P<n2b>casualty))\b|"
    # "its troops had not killed a single civilian", "did not harm anyone"
    r"\b(?:did|had|has|have)\s+not\s+(?P<v14>killed|kill|injured|injure|wounded|wound|harmed|harm)\s+"
    rf"(?:anyone|anybody|(?:a\s+single|one|any)\s+(?:{ONE_OF_PEOPLE}|{PEOPLE}|one)s?)\b|"
    # "the strike claimed no lives", "the blast cost no lives"
    r"\b(?P<v7b>claimed|cost|took)\s+no\s+(?:human\s+)?lives\b|"
    rf"\b(?:no|zero)\s+(?:reported\s+)?(?:(?:{PEOPLE}|{ONE_OF_PEOPLE}|(?-i:[A-Z]{{2,5}}))\s+(?:or|and)\s+)?(?:civilian\s+|human\s+|aid\s+|police\s+|physical\s+|serious\s+|foreign\s+|other\s+|further\s+|violent\s+|conflict-related\s+|friendly\s+|(?-i:[A-Z]\w+)\s+)?(?P<n1>(?:dead|deaths|loss\s+of\s+life)\s+or\s+(?:injured|wounded|injuries|injury)|casualties|casualty(?!\s+(?:figures?|counts?|tolls?|numbers?|reports?))|losses|deaths|dead|fatalities|injuries|(?-i:KIA|WIA)|loss\s+of\s+life|one|body|people|civilians|{PEOPLE}|{ONE_OF_PEOPLE}|(?<=no\s)wounded(?=\s+at\s+all|\s*[.,;]|$))"
    # the auxiliary may be left out in headlines: "No one hurt.", "No one killed in overnight attack"
    r"(?:\s+(?:else|there|here))?(?:\s+(?:(?:were|was|has\s+been|have\s+been|had\s+been|had|have|has)\s+)?(?:reportedly\s+|physically\s+|seriously\s+)?(?P<v1>killed|injured|hurt|wounded|harmed"
    r"|died|lost\s+(?:their|his|her)\s+li(?:fe|ves))"
    r"(?:\s+(?:or|nor|and)\s+(?P<w1>killed|injured|hurt|wounded|harmed))?)?\b"
    r"|\bwithout\s+(?:(?:causing|suffering|sustaining|incurring|taking)\s+)?(?:any\s+)?(?:human\s+|civilian\s+)?(?P<n2>casualties|injuries|deaths|fatalities|losses|loss\s+of\s+life)\b"
    r"|\bno\s+(?:member|members)\s+of\s+(?:the|its|their|our)\s+(?:[\w'’-]+\s+){1,3}?(?:was|were|had\s+been)\s+"
    r"(?P<v10>killed|injured|hurt|wounded|harmed)(?:\s+(?:or|nor|and)\s+(?P<w10>killed|injured|hurt|wounded|harmed))?\b"
    r"|\bnobody\s+(?:else\s+|here\s+|there\s+)?(?:(?:in|at|on|inside|aboard|from|working)\s+(?:[\w'’-]+\s+){1,5}?)?(?:was\s+|had\s+been\s+|has\s+been\s+)?(?P<v2>killed|injured|hurt|wounded|harmed|died)"
    r"(?:\s+(?:or|nor|and)\s+(?P<w2>killed|injured|hurt|wounded|harmed|died))?\b"
    r"|\b(?P<v5>killed|injured|wounded|hurt|killing|injuring|wounding|hurting)\s+(?:nobody|no\s+one)\b(?!\s+(?:but|except|other\s+than|besides)\s+(?:the|its|his|her|their|a|an|one|two|\d)\b)"
    # "none of the 22 assessed airstrikes had caused civilian casualties"
    r"|\bnone\s+of\s+the\s+(?:\d[\d,]*\s+)?(?:[\w-]+\s+){0,3}?(?:had\s+|have\s+)?(?:caused|resulted\s+in|led\s+to)\s+"
    r"(?:any\s+)?(?:civilian\s+)?(?P<n4>casualties|deaths|injuries)\b"
    # "there are no injured people at the site"
    r"|\bno\s+(?P<n5>injured|wounded|dead)\s+(?:people|persons|civilians|residents)\b"
    # "the fighting left no one dead", "there were no dead and no injured here"
    r"|\bleft\s+(?:nobody|no\s+one)\s+(?P<n9>dead|injured|wounded)\b|\bno\s+(?P<n10>injured|wounded)(?=\s+(?:here|there)\b)"
    # "the friars sheltering in the cellar escaped without injury"
    r"|\b(?:escaped|emerged|walked\s+away)\s+without\s+(?:any\s+|serious\s+)?(?P<n8>injury|injuries)\b"
    # "the command denied that anyone had been killed"
    r"|\bdenie[sd]\s+that\s+(?:anyone|anybody)\s+(?:had\s+been|has\s+been|was|were)\s+(?P<v13>killed|injured|hurt|wounded|harmed)\b"
    r"|\bnot\s+(?:a\s+)?(?:single\s+)?(?:one|(?!(?:have|has|had|be|been)\b)\w+)"
    rf"(?:\s+(?-i:[A-Z][\w-]+)){{0,2}}(?:\s+(?:{ONE_OF_PEOPLE}))?"  # "not a single Royal Navy sailor was killed"
    # "not one of them", "not a single villager in Cayara"
    r"(?:\s+(?:of|in|from)\s+(?:them|(?-i:[A-Z][\w'’-]+)|(?:the|its|their|our|his|her)(?:\s+[\w'’-]+){1,4}?))?"
    r"\s+(?:(?:was|were|has\s+been|had\s+been)\s+(?P<v6>killed|injured|hurt|wounded|harmed|martyred)"
    r"(?:\s+(?:or|nor|and)\s+(?P<w6>killed|injured|hurt|wounded|harmed))?|(?:has\s+|had\s+)?(?P<v6b>died)(?!\s+in\s+vain))\b"
    # "All 23 crew escaped unharmed", "all of the passengers were unhurt": neither dead nor hurt
    r"|\ball\s+(?:of\s+(?:the|its|their|our)\s+)?(?:\d[\d,]*\s+|(?-i:[a-z]+)\s+)?(?:[\w'’-]+\s+){0,2}?"
    r"(?:escaped|survived|were|are|emerged|walked\s+away)\s+(?:the\s+\w+\s+)?(?P<n6>unharmed|unhurt|uninjured|unscathed)\b"
    # "not one of the crew was", "not one civilian has died"
    r"|\b(?P<n3>fatalities|deaths|injuries|casualties|killed|dead|injured|wounded)\s*:\s*(?:none|nil|zero)\b"
    r"|\bnone\s+of\s+(?:the|its|their|them|our|his|her)(?!\s+\d)(?:\s+[\w'’-]+){0,4}?\s+(?P<v3b>died)\b"
    # "none of the 300 pupils died" (but "none of the 14 people who died" is the toll)
    r"|\bnone\s+of\s+the\s+\d[\d,]*\s+[\w-]+\s+(?P<v3c>died)\b"
    # "neither deaths nor injuries were recorded": no toll of either
    r"|\bneither\s+(?P<n7>(?:deaths|fatalities)\s+nor\s+(?:injuries|injured|wounded))\b"
    # "neither officer was hurt", "neither of them was injured"
    r"|\bneither\s+(?:of\s+(?:the|them|its|their)\s+)?(?:[\w-]+\s+)?(?:was|were)\s+(?P<v12>killed|injured|hurt|wounded|harmed)\b"
    r"|\bnone(?:\s+of\s+(?:the|its|their|them|our|his|her)(?:\s+[\w'’-]+){0,9}?)?\s+(?:were|was|had\s+been|have\s+been)\s+"
    r"(?P<v4>killed|injured|hurt|wounded|harmed)(?:\s+(?:or|nor|and)\s+(?P<w4>killed|injured|hurt|wounded|harmed))?\b",
    re.IGNORECASE,
)
# Thousands may be grouped by commas ("1,500"), spaces ("1 500", also no-break and thin spaces) or, in
# European style, dots ("1.500": read as thousands only when people follow, see quantities.digits_value).
TOKEN = re.compile(
    r"\d+(?:,\d{3})+(?![\d])|(?<![\d,.])\d{1,3}(?:[ \u00a0\u202f]\d{3})+(?![\d.,])|\d+(?:\.\d+)?|"
    r"[^\W\d_]+(?:['’][^\W\d_]+)?|[^\s\w]|_"  # words in any script's letters: "Aydın", "Jérémie"
)

FALL = frozenset("up down revised lowered fell dropped corrected updated".split())
TOLL_BEFORE = (
    frozenset(
        {"to", "at", "reached", "reaches", "of", "hit", "hits", "is", "was", "are", "were", "be", "stands", "stood"}
        | {"now", "already"}
        | {"becomes", "became"}
        | {"exceeds", "exceeded", "surpassed"}
        | {"passed", "passes", "passing", "topped", "past"}
    )
    | RISE
    | FALL
)
STOP = frozenset(
    "and or in on at to were was have has had the a an by from with who which that are is be been being as "
    "for while but this these those it its their his her of".split()
)
THING_NOUNS = frozenset(
    "shells shell rockets rocket missiles missile bombs bomb barrel barrels houses house homes buildings building "
    "facilities schools hospitals mosques markets vehicles cars trucks tents families family villages towns "
    "strikes airstrikes raids attacks munitions drones times locations sites kilometres km hours days".split()
)
# What military communiqués say they destroyed or "eliminated" besides fighters ("eliminated three positions").
THING_NOUNS |= frozenset(
    "positions position targets target launchers launcher depots depot hideouts hideout bases base tanks tank "
    "headquarters warehouses warehouse tunnels tunnel weapons ammunition cells".split()
)
# Attacks a person noun may describe: "a partisan ambush", "a guerrilla raid".
THING_NOUNS |= frozenset("ambush ambushes raid attack offensive".split())
# Who confirms a count is not counted in it: "corroborated by at least two independent sources".
THING_NOUNS |= frozenset("sources source".split())
# Arms a person noun may describe: "a National Guard mortar bomb", "an army rifle", "a police pistol".
THING_NOUNS |= frozenset("mortar mortars rifle rifles pistol pistols grenade grenades".split())
# Craft a person noun may describe: "a junta fighter jet", "a police helicopter".
THING_NOUNS |= frozenset("jet jets plane planes aircraft helicopter helicopters".split())
# The same things one by one: "a strike on a school sheltering displaced families" counts no one.
THING_NOUNS |= frozenset("school hospital mosque church market clinic bakery tent car truck bus vehicle".split())
# Vehicles and places a person noun can describe: "a commuter bus", "a passenger train", "a worker hostel".
THING_NOUNS |= frozenset(
    "train minibus van ferry boat ship plane flight convoy column station hostel camp post checkpoint".split()
)
# ... and in the plural or by another name: "four commuter trains", "a merchant vessel", "two fishing vessels".
THING_NOUNS |= frozenset(
    "trains minibuses buses vans ferries boats ships flights convoys stations hostels camps checkpoints "
    "vessel vessels tanker tankers carrier carriers dhow dhows".split()
)
# Animals: "killed 40 sheep" is a loss, not a casualty toll.
ANIMALS = frozenset(
    "sheep goats goat cattle cows cow camels camel donkeys donkey horses horse livestock animals animal chickens "
    "dogs dog poultry herd flock".split()
)
THING_NOUNS |= ANIMALS
# Groups that "members of ..." names ("seven members of the same family", "of the rescue team").
GROUP_NOUNS = frozenset("family household clan tribe team unit patrol delegation staff personnel crew".split())
# Counted-noun words that stand for a fixed number of people ("twins", "triplets").
SET_NOUNS = {"twins": 2, "twin": 2, "triplets": 3}
# Words after a total that number its people ("the wounded numbered 45", "the dead totalled 14").
NUMBERED = frozenset("number numbered numbering totalled totaled totalling totaling".split())
# The people who carried out an attack, when a toll counts them.
PERPETRATORS = frozenset(
    "attacker attackers assailant assailants gunman gunmen bomber bombers hijacker hijackers sniper snipers raider "
    "raiders".split()
)
