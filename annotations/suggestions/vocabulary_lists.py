"""The word lists of the vocabulary sweep (``annotations.suggestions.vocabulary``): people nouns, death and
injury wordings in their active, passive, participle and nominal forms, and number forms with their ranges.

Wordings whose reading is unclear ("mortally wounded", "crushed", "buried alive") are left out.
"""

from __future__ import annotations

from dataclasses import dataclass

# People a conflict report counts (plural, as after a number greater than one).
PEOPLE_NOUNS = (
    "people civilians residents villagers worshippers shoppers pupils students farmers shepherds fishermen "
    "labourers workers refugees patients medics paramedics rescuers journalists relatives neighbours bystanders "
    "passers-by pedestrians motorcyclists drivers passengers infants toddlers teenagers soldiers fighters "
    "militants policemen guards detainees prisoners nurses doctors teachers volunteers mourners protesters "
    "children women men boys girls babies schoolchildren herders traders vendors commuters worshipers "
    "pilgrims migrants settlers reservists conscripts servicemen policewomen firefighters officers "
    "peacekeepers engineers cameramen reporters photographers inmates hostages recruits adolescents "
    "schoolgirls schoolboys youths siblings cousins shopkeepers porters miners truckers cyclists "
    "horsemen labourers fishers villagers worshippers truck-drivers taxi-drivers"
).split()
# Nouns of more than one word.
PEOPLE_NOUNS += [
    "displaced people",
    "civil defence volunteers",
    "aid workers",
    "family members",
    "elderly people",
    "health workers",
    "medical staff",
    "UN staff members",
    "members of the same family",
    "young men",
    "displaced persons",
    "internally displaced people",
    "security personnel",
    "police officers",
    "rescue workers",
    "humanitarian workers",
    "farm workers",
    "construction workers",
    "market vendors",
]
PEOPLE_NOUNS = list(dict.fromkeys(PEOPLE_NOUNS))

# What befell the people counted, after them ("seven villagers were slain").
DEATH_PREDICATES = (
    "were killed",
    "died",
    "were slain",
    "were gunned down",
    "were shot dead",
    "were executed",
    "were massacred",
    "perished",
    "lost their lives",
    "were burnt to death",
    "were burned to death",
    "were burned alive",
    "drowned",
    "were crushed to death",
    "suffocated",
    "died of their wounds",
    "succumbed to their injuries",
    "succumbed to their wounds",
    "were martyred",
    "fell as martyrs",
    "were found dead",
    "were pronounced dead",
    "were declared dead",
    "were confirmed dead",
    "were killed outright",
    "were killed instantly",
    "were murdered",
    "were slaughtered",
    "were stabbed to death",
    "were beaten to death",
    "were hacked to death",
    "were tortured to death",
    "were assassinated",
    "were beheaded",
    "were lynched",
    "were fatally shot",
    "were shot and killed",
    "were fatally injured",
    "starved to death",
    "froze to death",
    "bled to death",
    "were asphyxiated",
    "were wiped out",
    "have been killed",
    "had died",
)
# A harm done to people named after the verb ("the strike slew seven villagers").
DEATH_ACTIVE = (
    "killed",
    "slew",
    "massacred",
    "murdered",
    "executed",
    "slaughtered",
    "shot dead",
    "gunned down",
    "claimed the lives of",
    "took the lives of",
    "cost the lives of",
    "ended the lives of",
    "fatally wounded",
    "fatally shot",
)
# The same after a comma, as a participle ("..., killing seven villagers").
DEATH_PARTICIPLES = (
    "killing",
    "slaying",
    "claiming the lives of",
    "taking the lives of",
    "massacring",
    "murdering",
)
# "..., leaving {number} {noun} dead": the state follows the people.
DEATH_LEFT = ("dead", "killed")
# Tolls named by a noun, with the number as their figure.
DEATH_NOMINAL = (
    "The death toll rose to {n}.",
    "The death toll has risen to {n}.",
    "The death toll climbed to {n}.",
    "The death toll reached {n}.",
    "The death toll now stands at {n}.",
    "The number of dead rose to {n}.",
    "The number of people killed rose to {n}.",
    "The number of fatalities has reached {n}.",
    "The number of martyrs rose to {n}.",
    "The toll of the dead rose to {n}.",
    "The strike left {n} dead.",
    "The strike left {n} people dead.",
    "The strike claimed {n} lives.",
    "The attack took {n} lives.",
    "Rescuers recovered {n} bodies from the rubble.",
    "Rescuers retrieved {n} bodies from the rubble.",
    "{N} bodies were recovered from the rubble.",
    "{N} bodies were retrieved from the rubble.",
    "{N} bodies were pulled from the rubble.",
    "The bodies of {n} people were recovered from the rubble.",
    "Rescuers recovered the bodies of {n} people.",
    "The hospital received the bodies of {n} people.",
    "{N} deaths were recorded.",
    "{N} fatalities were reported.",
    "The ministry confirmed {n} deaths.",
    "The ministry recorded {n} fatalities.",
    "The ministry confirmed the deaths of {n} people.",
    "The UN condemned the killing of {n} people.",
    "The UN condemned the massacre of {n} people.",
    "The UN condemned the execution of {n} people.",
    "The attack resulted in the deaths of {n} people.",
    "The attack caused the deaths of {n} people.",
    "The attack led to the deaths of {n} people.",
    "The dead numbered {n}.",
    "The death toll of {n} is expected to rise.",
    "{N} people are confirmed dead.",
    "{N} people are known to have died.",
)
# What befell people who were injured, after them.
INJURY_PREDICATES = (
    "were wounded",
    "were injured",
    "were hurt",
    "were maimed",
    "sustained injuries",
    "sustained serious injuries",
    "sustained wounds",
    "suffered wounds",
    "suffered injuries",
    "suffered burns",
    "suffered severe burns",
    "suffered fractures",
    "suffered shrapnel wounds",
    "suffered gunshot wounds",
    "suffered head injuries",
    "were hospitalised",
    "were hospitalized",
    "were treated for injuries",
    "were treated for burns",
    "were treated for shrapnel wounds",
    "were taken to hospital",
    "were rushed to hospital",
    "were admitted to hospital",
    "were admitted with injuries",
    "are in critical condition",
    "are in a critical condition",
    "are in serious condition",
    "were left in critical condition",
    "were lightly injured",
    "were moderately injured",
    "were seriously injured",
    "were critically injured",
    "were severely wounded",
    "were slightly hurt",
    "were badly hurt",
    "were shot and wounded",
    "were shot in the leg",
    "were wounded by shrapnel",
    "were injured by flying glass",
    "underwent amputations",
    "had limbs amputated",
    "lost limbs",
    "were blinded",
    "were left disabled",
    "were evacuated with injuries",
    "received treatment for their wounds",
    "were airlifted to hospital",
    "have been injured",
)
INJURY_ACTIVE = ("wounded", "injured", "hurt", "maimed")
INJURY_PARTICIPLES = ("wounding", "injuring", "maiming", "hurting")
INJURY_LEFT = ("wounded", "injured", "hurt", "maimed")
INJURY_NOMINAL = (
    "The number of injured rose to {n}.",
    "The number of wounded rose to {n}.",
    "The number of people injured rose to {n}.",
    "The injury toll rose to {n}.",
    "The strike left {n} wounded.",
    "The strike left {n} people injured.",
    "{N} injuries were recorded.",
    "{N} wounded were taken to hospital.",
    "{N} injured were evacuated.",
    "Doctors treated {n} wounded.",
    "Medics treated {n} people for injuries.",
    "The hospital admitted {n} people with injuries.",
    "The hospital received {n} injured.",
    "The hospital received {n} wounded people.",
    "Surgeons carried out amputations on {n} people.",
    "The attack caused injuries to {n} people.",
    "The wounded numbered {n}.",
)


@dataclass(frozen=True)
class NumberForm:
    """A way of writing a count, with the range it means; ``standalone`` when it reads without a noun."""

    text: str
    low: int
    high: int | None
    standalone: bool = True
    of: bool = False  # "dozens of", "scores of": the noun follows "of"


NUMBER_FORMS = (
    NumberForm("7", 7, 7),
    NumberForm("seven", 7, 7),
    NumberForm("23", 23, 23),
    NumberForm("twenty-three", 23, 23),
    NumberForm("1,200", 1200, 1200),
    NumberForm("a dozen", 12, 12),
    NumberForm("two dozen", 24, 24),
    NumberForm("at least 9", 9, None),
    NumberForm("more than 40", 40, None),
    NumberForm("over 40", 40, None),
    NumberForm("no fewer than 15", 15, None),
    NumberForm("nearly 30", 30, 30),
    NumberForm("almost 30", 30, 30),
    NumberForm("up to 12", 12, 12, standalone=False),
    NumberForm("some 20", 20, 20),
    NumberForm("about 20", 20, 20),
    NumberForm("around 20", 20, 20),
    NumberForm("roughly 20", 20, 20),
    NumberForm("approximately 20", 20, 20),
    NumberForm("as many as 40", 40, 40, standalone=False),
    NumberForm("between 10 and 15", 10, 15, standalone=False),
    NumberForm("10 to 15", 10, 15, standalone=False),
    NumberForm("10-15", 10, 15, standalone=False),
    NumberForm("dozens", 12, None, standalone=False, of=True),
    NumberForm("scores", 20, None, standalone=False, of=True),
    NumberForm("hundreds", 100, None, standalone=False, of=True),
    NumberForm("tens", 10, None, standalone=False, of=True),
)
