"""Outcomes: whether the people a quantity counts were killed or injured, or neither.

Reads the words around a counted phrase: the verb after it ("13 people were killed", "a girl died",
"70 were admitted with injuries"), the verb before it ("killing 15 civilians", "claimed the lives
of 12"), the toll it is the figure of ("the death toll rose to 17", "the wounded numbered 45"), and
the words that make it no casualty at all ("displaced", "rescued", "their father said": a source).
"Killed or injured" together is one count that cannot be split, so neither word is read. Builds on
``annotations.text.quantities``; used by ``annotations.text.mentions``, ``tolls`` and ``figures``.
"""

from __future__ import annotations

from annotations.text.casualty_words import (
    APPOSITION_OPEN,
    AUX,
    COMBINED,
    CONTRAST,
    FATAL_WITH,
    HEDGES,
    IN_ALL,
    INJURE_WORDS,
    INJURED,
    INJURY_NOUNS,
    KILL_WORDS,
    KILLED,
    KIN,
    LEFT_INJURED,
    LINKING,
    LOST_BODY_PART,
    LOST_LIFE,
    MEDICAL_CARE,
    NOT_CASUALTY,
    NOT_CASUALTY_WORDS,
    NOT_FATAL_TO_DEATH,
    NUMBER_WORDS,
    NUMBERED,
    OUTCOME_CUES,
    OUTCOME_NOUNS,
    PERSON_NOUNS,
    RISE,
    SPEECH_VERBS,
    STOP,
    TOLL_BEFORE,
)
from annotations.text.quantities import QUOTES, QuantityReader, person_noun, ranges_before, singular_of

# Words after "who were" that say where or with whom the people were ("the two girls who were with him").
_WHERE_THEY_WERE = frozenset("with beside near next inside in at on behind".split())


class SentenceReader(QuantityReader):
    """The tokens of one sentence, what its numbers count, and what befell the people counted."""

    def __init__(self, sentence: str) -> None:
        super().__init__(sentence)
        self.words = _manner_of_death(_named_deaths(_unhyphenated_life(_merge_combined_outcomes(self.words), self)))
        self.words = _attempted(self.words)
        self.words = _slogans(self.words)
        self.words = _harm_with_no_outcome_named(self.words)

    def verb_after(self, j: int, stop: int) -> str | None:
        """The outcome of the verb right after a counted phrase ("13 people were killed", "a girl died")."""
        # "23 'terrorists' had been neutralised": past the closing quote (not '..., eight," said the driver')
        k = j + (self.word(j) in QUOTES and self.word(j + 1) in AUX)
        joined = self.word(k) == "and" and self.word(k + 1) not in OUTCOME_CUES and self.number_at(k + 1) is None
        joined = joined and self.word(k + 2) in ("were", "was", "had", "have", "are", "never")
        if joined and person_noun(self.word(k + 1)) not in (None, "other"):
            k += 2  # "seventy-seven of our sons and daughters were taken from us": one noun phrase
        # "20 people who are unaccounted for": a relative clause's verb still says what happened to them
        relative = self.word(k) in ("who", "that")
        whose = k + (self.word(k) == ",")  # "Ankit Sharma, whose body was found", "the 558 people whose remains were"
        body_found = self.word(whose + 1) in ("body", "bodies", "remains", "corpse", "corpses")
        if self.word(whose) == "whose" and body_found and self.word(whose + 2) in ("was", "were", "had", "have"):
            return KILLED  # "Ankit Sharma, whose body was found in a drain": the one whose body it was is dead
        if self.word(k) == "," and self.word(k + 1) == "who" and self._died_after_the_clause(k + 2, stop):
            return KILLED  # "Andrew Devine, who suffered catastrophic brain injuries in the crush, died in 2021"
        if self.word(k) == "," and self.word(k + 1) == "who":  # "her husband, who lost a leg in the blast, watched"
            m = k + 2
            while self.word(m) in ("was", "were", "had", "has", "have", "been", "also"):
                m += 1  # "..., who had been shot in the leg, was recovering", "..., who was also killed"
            # (not "..., who was shot in the back at a roadblock": a shot that may well have killed)
            wounded = self.word(m) == "shot" and _in_a_limb(self.words, m) and "back" not in self.words[m + 1 : m + 5]
            harmed = m > k + 2 and (self.word(m) in OUTCOME_CUES or wounded)
            if harmed or self.word(k + 2) == "lost":
                k, relative = k + 1, True
        k += relative
        if self.word(k) in ("had", "have", "has") and self.word(k + 1) not in ("a", "an") and self._has_wounds(k + 1):
            return INJURED  # "and the remaining 41 had gunshot or shrapnel wounds"
        linked = False  # "were", "are": what follows is a state or an activity of the people counted
        while k < stop:
            hedge = self.phrase_at(k, HEDGES) if linked or k == j else None  # "five people believed trapped"
            if hedge is not None:
                k = hedge  # "are believed to be trapped", "were confirmed dead": the verb after the hedge tells
                continue
            aside = self._closing_dash(k) if k == j else None
            if aside is not None and aside + 1 < stop:
                k = aside + 1  # "two of them - my friend Ali and a boy I did not know - died later": past the aside
                continue
            if not (
                self.words[k] in AUX
                or self.words[k] in LINKING
                or self.words[k] in (",", ")")
                or (self.words[k] in APPOSITION_OPEN and not self.glued(k - 1, k))
                or _adverb(self.words[k])
                or (self.words[k] in _AFTER_AN_AUXILIARY and self.word(k - 1) in AUX)  # "have since died"
                or (self.words[k] in ("may", "might") and self.word(k + 1) in ("have", "be"))  # "50 may have died"
                or (self.words[k] in QUOTES and linked and self.word(k + 1) in OUTCOME_CUES)  # were "neutralized"
            ):
                break
            linked = linked or self.words[k] in ("were", "was", "are", "is") or self.words[k] in LINKING
            k += 1
        if k >= stop:
            return None
        word = self.words[k]
        if relative and word in _LISTED and self.word(k + 1) == "as" and k + 2 < stop:
            k += 2  # "who had been counted as missing have now been confirmed dead": what they were counted as
            word = self.words[k]
        if word == COMBINED:
            return NOT_CASUALTY  # "More than 30 people were killed or wounded": one count of both, no toll of either
        if relative and word in _WHERE_THEY_WERE and self.word(k - 1) in ("were", "was"):
            # "the two girls who were with him were injured": the verb after the clause of where they were
            verb = next((m for m in range(k + 1, min(k + 6, stop)) if self.words[m] in ("were", "was")), None)
            if verb is not None and not {",", ";", "."} & set(self.words[k:verb]):
                return self.verb_after(verb, stop)
        if relative and word not in OUTCOME_CUES:
            # "Three rescue workers who rushed to help the wounded were killed": the verb after their clause
            main = next((m for m in range(k + 1, min(k + 10, stop)) if self.words[m] in ("were", "was")), None)
            if main is not None and not {",", ";", ".", "who", "that", "which"} & set(self.words[k:main]):
                outcome = self.verb_after(main, stop)
                if outcome in (KILLED, INJURED):
                    return outcome
        if word == "shot" and self.word(k + 1) == "down" and linked and self.word(k - 2) == "who":
            return KILLED  # "the 69 who were shot down at Sharpeville"
        if word == "poisoned" and linked:
            return INJURED  # "a minimum of 22 people were poisoned after drinking from the cistern"
        if word in ("a", "an") and linked and self.word(k + 1) in ("kia", "wia"):
            return OUTCOME_CUES[self.word(k + 1)]  # "the gunner is a three-hundred": soldiers' slang, read as WIA
        if word == "taken" and linked and self.word(k + 1) == "by" and _TAKING_FORCES & set(self.words[k + 2 : k + 5]):
            return KILLED  # "my husband and our four children were all taken by the fire"
        if word == "taken" and linked and self.phrase_at(k + 1, _TAKEN_FROM_THEIR_OWN) is not None:
            return KILLED  # "seventy-seven of our sons and daughters were taken from us": a mourner's word for death
        if word in ("taken", "took") and self.word(k + 2) == "own" and self.word(k + 3) in ("lives", "life"):
            return KILLED  # "95 veterans had taken their own lives"
        if word == "sacrificed" and linked:
            return KILLED  # "More than 200 innocent souls were sacrificed on the altar of negligence"
        came_home = word == "never" and self.words[k + 1 : k + 3] == ["came", "home"]
        if came_home and not _NOT_THE_DEAD & set(self.words):
            return KILLED  # "Ten firefighters never came home" (not "relatives of the disappeared who never came home")
        if k == j and word in ("we", "i") and self.word(k + 1) == "lost" and self.word(k + 2) not in _LOST_NOT_PEOPLE:
            return KILLED  # "the more than 1,000 people we lost that night": the dead, in the words of their own
        found_dead = self.word(k + 1) in ("dead", "murdered", "executed", "beheaded", "strangled")
        if word == "found" and linked and (found_dead or self.words[k + 1 : k + 3] == ["shot", "dead"]):
            return KILLED  # "Ahmad Saleh and his two sons were found shot dead"
        if word in ("found", "discovered") and linked and self.phrase_at(k + 1, DEATH_PHRASES) is not None:
            return KILLED  # "six shepherds were found with their throats cut"
        if word == "found" and linked and {"grave", "graves"} & set(self.words[k + 1 : k + 7]):
            return KILLED  # "a family of five was found together in one grave"
        if word == "found" and self.word(k + 1) == "alive":
            # "eight people listed among the dead were found alive" (but "found alive but concussed": hurt)
            return self._state_after(k + 1) or NOT_CASUALTY
        sentenced = {"sentenced", "sentencing", "condemned", "condemning"} & set(self.words[max(0, j - 8) : j])
        if k == j and self.words[k : k + 2] == ["to", "death"] and not sentenced:
            return KILLED  # "Militia members beat four men to death" (not "sentenced four men to death")
        if k == j and self.words[k : k + 2] == ["to", "hospital"] and "sent" in self.words[max(0, j - 6) : j]:
            return INJURED  # "the fighting ... sent around 40 people to hospital"
        if k == j and self.words[k : k + 3] == ["to", "the", "gallows"]:
            return KILLED  # "Colonial courts sent 1,090 men to the gallows"
        if word == "to" and k == j and self.word(k + 1) in NOT_CASUALTY_WORDS:
            return NOT_CASUALTY  # "allowed about 30 prisoners to escape"
        if word == "escaped" and k == j and self.word(k + 1) not in ("with", "unhurt", "injured", "wounded"):
            return NOT_CASUALTY  # "one guard was killed and around 879 inmates escaped" (not "escaped with wounds")
        if word in ("not", "n't") and self.word(k - 1) in ("did", "does", "didn") and self.word(k + 1) == "survive":
            return KILLED  # "her mother, Fatma Ibrahim, 41, did not survive"
        denied = word in ("did", "didn") and self.word(k + 1) in ("not", "n't", "t")
        if denied and self.word(k + 2) in (".", ";", "") and "survived" in self.words[:k]:
            return KILLED  # "her neighbour survived with burns to his hands; his wife, Iryna, did not"
        if word in ("there", "here") and self.word(k + 1) in SPEECH_VERBS:
            return NOT_CASUALTY  # "a doctor there said": a source
        if relative and word not in OUTCOME_CUES and self._speaks_later(k + 1, stop):
            return NOT_CASUALTY  # "a resident who helped dig out the victims said ...": a source
        if word in ("treated", "treatment", "hospitalised", "hospitalized") and self.phrase_at(k + 1, NOT_INJURIES):
            if not any(w in INJURY_NOUNS for w in self.words[k + 2 : k + 7]):  # (not "for shock and minor injuries")
                return NOT_CASUALTY  # "were treated for shock": no injury
        admitted = word in ("admitted", "hospitalised", "hospitalized") and k == j
        if admitted and self.word(k + 1) in ("to", "after", "with", "in") and self.word(k - 1) != "who":
            return INJURED  # "of the 23 children admitted after the explosion, one has since died"
        if word in ("hit", "struck") and self.word(k + 1) == "by" and _PROJECTILES & set(self.words[k + 2 : k + 5]):
            dies_later = relative and self._dies_later(k + 1, stop)  # "a nurse who was hit by shrapnel ... succumbed"
            return KILLED if dies_later else INJURED  # "fourteen people were hit by stray bullets"
        if word == "with" and any(w in INJURY_NOUNS for w in self.words[k + 1 : k + 3]):
            return INJURED  # "evacuated two others with light injuries"
        torn = self.word(k + 1) in ("his", "her", "their") and self.word(k + 2) in _BONES | LOST_BODY_PART
        if word == "with" and torn and self.word(k + 3) in _TORN:
            return INJURED  # "a corpsman with his arm torn open"
        if word in _MOVED and linked and self._carried_with_wounds(k + 1, stop):
            return INJURED  # "three others were carried back to the hut with broken ribs"
        if (word == "hit" or (word == "crushed" and self.word(k - 1) in _BADLY)) and linked:
            if self.words[k + 1 : k + 3] == ["to", "death"]:
                return KILLED  # "two were crushed to death"
            if self.word(k + 1) == "and" and self.word(k + 2) in OUTCOME_CUES:
                return OUTCOME_CUES[self.word(k + 2)]  # "was hit and killed"
            if self.word(k + 1) in (",", ".", ";", "", "in", "when", "as", "while"):
                return INJURED  # "four others were hit", "his servant was hit in the face", "two were badly crushed"
            times = self.number_at(k + 1)
            if times is not None and self.word(times[1]) == "times":
                return INJURED  # "the sole survivor, Alan Black, was hit 18 times"
        struck_by = self.word(k + 1) in _PIECES_THAT_WOUND or self.words[k + 1 : k + 3] == ["a", "bullet"]
        if word in ("took", "caught") and struck_by:
            return INJURED  # "Doc took shrapnel in both legs", "caught a bullet in the arm"
        if word in OUTCOME_CUES and word not in ("toll", "victims", "lives", "life"):
            if relative and OUTCOME_CUES[word] == INJURED and self._dies_later(k + 1, stop):
                return KILLED  # "a driver who was wounded in the ambush succumbed to his injuries"
            reduced = k == j and word in ("wounded", "injured", "hurt") and self.word(k + 1) in ("in", "by", "during")
            if reduced and self._dies_later(k + 1, stop):
                return KILLED  # "a man wounded in the shelling of Kafr Takharim died on Sunday"
            if OUTCOME_CUES[word] == INJURED and self.word(k + 1) == "and" and self._dies_later(k + 2, stop):
                return KILLED  # "was mortally wounded and died before reaching the hospital"
            return OUTCOME_CUES[word]
        if word in ("paid", "made") and self.words[k + 1 : k + 4] in _ULTIMATE:
            return KILLED  # "Corporal Ryan Mitchell paid the ultimate price", "made the ultimate sacrifice"
        if word == "fell" and self._fell_in_war(k):
            return KILLED  # "nearly a dozen soldiers fell in the first hours of the battle": of people, fell in war
        broke = word in ("broke", "fractured") or (word == "fell" and self.word(k + 2) in ("broke", "fractured"))
        k_bone = k + 3 if word == "fell" else k + 1  # "fell and broke her hip"
        if broke and self.word(k_bone) in ("his", "her", "their") and self.word(k_bone + 1) in _BONES:
            return INJURED  # "A 65-year-old woman fell and broke her hip on the stairs"
        if word == "left" and self.words[k + 1 : k + 3] == ["for", "dead"]:
            return INJURED  # "was beaten in a lane and left for dead"
        if word == "survived" and any(w in INJURY_NOUNS for w in self.words[k + 1 : k + 5]):
            return INJURED  # "three young men survived their wounds", "survived with burns to her legs"
        if word == "survived" and self._then_lost_a_limb(k + 1, stop):
            return INJURED  # "survived an under-car booby-trap outside his home, but lost both legs"
        if word == "lost" and linked and self.word(k + 1) in ("", ".", ",", ";", "when", "with", "aboard", "during"):
            return KILLED  # "and 19 men were lost", "all hands were lost when the ship went down"
        if word in ("lost", "losing") and self.word(k + 1) != "at":
            return _lost(self.words[k + 1 : k + 5])
        if word in ("sustained", "suffered", "received", "underwent", "needed", "required", "had") and any(
            w in INJURY_NOUNS for w in self.words[k + 1 : k + 7]  # "sustained a mine-blast injury"
        ):
            return INJURED  # "suffered gunshot wounds", "sustained serious head injuries", "underwent amputations"
        broken = self.word(k + 1) == "a" and self.word(k + 2) in ("broken", "fractured")
        cuts = self.word(k + 1) in ("cuts", "lacerations") and self.word(k + 2) in ("from", "to", "and", ",", ".")
        if word in ("sustained", "suffered") and (broken or cuts):
            return INJURED  # "suffered a broken hip", "suffered cuts from flying glass"
        if word in ("needed", "needing", "required", "requiring", "sought", "seeking") and any(
            w in MEDICAL_CARE or w == "help" and self.word(m - 1) == "medical"
            for m, w in enumerate(self.words[k + 1 : k + 4], start=k + 1)
        ):
            return INJURED  # "needed medical attention", "left seventeen people needing surgery", "sought medical help"
        burned_unlinked = self.word(k + 1) in _AFTER_A_BURN or not self.word(k + 1).isalnum()
        if word in ("burned", "burnt", "scalded") and self.word(k + 1) not in _BURNED_OBJECT_STARTS:
            if linked or burned_unlinked:  # (not "residents burned furniture", "burned eleven houses": an act)
                return INJURED  # "two were badly burned": of people counted, a harm ("who burned the market": an act)
        if word == "overcome" and self.word(k + 1) == "by":
            return INJURED  # "were overcome by smoke"
        if word == "left" and _adverb(self.word(k + 1)) and self.word(k + 2) in LEFT_INJURED:
            return INJURED  # "16 were left seriously injured"
        if word == "left" and self.word(k + 1) in LEFT_INJURED | {"in", "with"}:
            rest = self.words[k + 1 : k + 4]
            if any(w in LEFT_INJURED or w in INJURY_NOUNS for w in rest):
                return INJURED  # "were left disabled", "left in critical condition", "left with burns"
        if word in LOST_BODY_PART and self.word(k + 1) == "amputated":
            return INJURED  # "had limbs amputated"
        if self.word(k - 1) in ("had", "have", "has") and _limbs_cut_off(self.words[k : k + 5]):
            return INJURED  # "more than 20 civilians who had their limbs hacked off", "had their hands cut off"
        if word == "arrived" and self._carried_with_wounds(k + 1, stop):
            return INJURED  # "Half a dozen women arrived at the clinic with their hands severed"
        if word in DEAD_BEFORE and self.word(k + 1) == "dead":
            return KILLED  # "were found dead", "were pronounced dead", "missing and presumed dead"
        instant = {"second", "instant", "moment", "flash", "seconds", "minute"} & set(self.words[k + 1 : k + 4])
        instant = instant or self.words[k + 1 : k + 4] in (["in", "one", "night"], ["in", "one", "day"])  # one night
        if word == "gone" and (self.word(k + 1) in (":", "forever") or (self.word(k + 1) == "in" and instant)):
            return KILLED  # "Nine of my family, nine, gone in one second", "A family of five, gone: the mother, ..."
        if word in _RECOVERED and self.word(k + 1 + (self.word(k + 1) == "out")) == "dead":
            return KILLED  # "were pulled out dead", "was brought out dead"
        if word in ("declared", "pronounced") and self.word(k + 1) in ("martyrs", "martyr", "deceased"):
            return KILLED  # "two more of the wounded were declared martyrs overnight"
        if word in ("suffering", "suffered", "suffer") and self.word(k + 1) == "from":
            if any(w in INJURY_NOUNS for w in self.words[k + 2 : k + 5]):
                return INJURED  # "left hundreds suffering from suffocation"
        if (
            word in ("showed", "showing", "displayed", "exhibited", "developed")
            and "symptoms" in self.words[k + 1 : k + 3]
        ):
            return INJURED  # "showed symptoms consistent with exposure to a nerve agent"
        if word == "succumbed" or (word == "wiped" and self.word(k + 1) == "out"):
            return KILLED
        if self.phrase_at(k, DEATH_PHRASES) is not None:
            return KILLED  # "passed away", "did not survive", "were laid to rest"
        if word == "fatal" and (linked or self.word(k - 1) in ("them", "whom")):
            return KILLED  # "Of the 15 casualties, six were fatal", "10,602 casualties, 3,598 of them fatal"
        if word in _DISABLED and linked:
            return INJURED  # "my daughter is deaf in one ear now"
        if word == "gone" and linked and self._gone_for_good(k):
            return KILLED  # "my brother, his wife and their girl - all three are gone"
        if self.phrase_at(k, ("fighting for their lives", "fighting for his life", "fighting for her life")):
            return INJURED
        if word == "shot" and self.word(k + 1) == "dead" and linked:
            return KILLED  # "one of them was shot dead"
        if word == "shot" and self.word(k + 1) in ("and", "or") and self.word(k + 2) in OUTCOME_CUES:
            return OUTCOME_CUES[self.word(k + 2)]  # "were shot and wounded", "shot and killed"
        if word in ("taken", "held") and self.word(k + 1) in ("hostage", "captive", "prisoner"):
            return NOT_CASUALTY  # "some 250 taken hostage"
        if word in ("taken", "snatched", "seized") and self.word(k + 1) == "from" and linked:
            # "was taken from a relative's house in Chitwan and killed by Maoists": the second verb tells
            return self._joined_predicate(k + 1, stop, span=10) or NOT_CASUALTY  # "279 schoolgirls were taken from"
        if word == "cut" and linked and self.word(k + 1) == "by":
            return INJURED  # "was cut by flying glass"
        if word == "hit" and self.word(k + 1) == "by" and _LESS_LETHAL & set(self.words[k + 2 : k + 6]):
            return INJURED  # "were hit by sponge-tipped rounds", "hit by rubber bullets"
        if word in ("shot", "hit", "struck") and _in_a_limb(self.words, k):
            return INJURED  # "shot in the leg", "hit in the arm": a wound, where "shot in the head" may have killed
        if word in ("ended", "wound", "landed", "lying", "lie", "lies") and self.phrase_at(k + 1, _IN_HOSPITAL):
            return INJURED  # "four of us ended up in hospital", "four are lying in the hospital"
        in_care = linked or (k == j and self.word(k - 1) in ("patients", "people", "others", "children"))
        if word == "in" and self.word(k + 1) == "intensive" and in_care and not self._dies_later(k + 1, stop):
            return INJURED  # "three of her siblings remain in intensive care" (not "a woman in intensive care died")
        if word == "in" and self.word(k + 1) == "surgery" and linked:
            return INJURED  # "three of her cousins are in surgery with severe burns"
        if word == "both" and linked and self.word(k + 1) == "in":
            k, word = k + 1, "in"  # "a nine-year-old boy and his mother, are both in stable condition"
        if word == "in" and self.word(k + 1) in _IN_A_CONDITION and not self._more_died_there(k, linked):
            if self.word(k + 1) not in ("a", "the") or self.word(k + 2) in _WARDS:
                return INJURED  # "with 130 people still in hospital", "are in a critical condition"
        picked = word == "the" and linked and self.word(k + 1) in _PICKED_AMONG_THE_DEAD
        if picked and (self.word(k + 2) in ("victim", "fatality") or self.phrase_at(k + 2, _OF_THE_DEAD)):
            return KILLED  # "Layla, 4, was the youngest victim of the attack", "was the last of them to die"
        if linked and not relative and word in ("without", "inside", "aboard", "in", "on", "at", "near"):
            return NOT_CASUALTY  # "8,000 residents have been without power": where they are, not what befell them
        if word == "carried" and self.word(k + 1) in ("off", "away"):
            return NOT_CASUALTY  # "dozens of others were carried off to Gaza": taken, not harmed
        helping = self.word(k + 1) == "to" and self.word(k + 2) in _HELPING  # "who had rushed to help the wounded"
        moved = ("admitted", "rushed", "transferred", "taken", "brought", "airlifted", "evacuated", "pulled", "rescued")
        moved += ("flown", "driven", "hospitalised", "hospitalized")  # "a third was flown to hospital"
        if word in moved and not helping and self.phrase_at(k + 1, _DEAD_ON_ARRIVAL) is not None:
            return KILLED  # "More than 50 of those brought to the hospital were dead on arrival"
        if word in moved and not helping:
            # "70 were admitted with injuries", "were rushed to hospital", "were evacuated with injuries"
            # patients evacuated (or prisoners taken) from a hospital were not hurt by being moved
            wards = ("hospital", "hospitals", "theatre", "surgery")  # "were taken straight to theatre"
            places = wards if word != "evacuated" and self.word(k + 1) != "from" else ()
            if any(w in INJURY_NOUNS or w in ("injured", "wounded") or w in places for w in self.words[k + 1 : k + 6]):
                return INJURED
        if word == "affected" and _CHEMICAL & set(self.words):
            return INJURED  # "a chlorine cylinder ...; some 30 others were affected": poisoned by the gas
        if word in ("with", "reached", "arrived", "presented", "came") and self._symptoms_follow(k + 1):
            return INJURED  # "more than 500 others reached medical points with symptoms", "with breathing difficulties"
        if word in NOT_CASUALTY_WORDS:
            if (relative or (k == j and not linked)) and self._dies_later(k + 1, stop):
                return KILLED  # "hostages freed last month have since died", "who had been abducted ... found dead"
            if k == j and word.endswith("ing") and self._verb_after_participle(k, stop) in (KILLED, INJURED):
                return self._verb_after_participle(k, stop)  # "13 people sheltering in its school were killed"
            joined = self._joined_predicate(k + 1, stop)
            return joined if joined is not None else NOT_CASUALTY
        if word in SPEECH_VERBS and self.word(k + 1) not in OUTCOME_CUES and not linked:
            return NOT_CASUALTY  # "their father said": who speaks is a source, not a casualty
        if linked and not relative and word.endswith("ing") and len(word) > 5:
            return NOT_CASUALTY  # "some 4,000 people were waiting": what they were doing, not what befell them
        if linked and word.endswith("ed") and word.isalpha():
            state = self._state_after(k + 1)
            if state is not None:
                return state  # "were pulled out injured", "was carried out dead"
        if word == "overcome" or (linked and word.endswith("ed") and word.isalpha()):
            joined = self._joined_predicate(k + 1, stop)
            if joined is not None:
                return joined  # "were overcome by smoke and taken to hospital"
        if k == j and word.endswith("ing") and len(word) > 5:
            return self._verb_after_participle(k, stop)
        return None

    def _verb_after_participle(self, k: int, stop: int) -> str | None:
        """'a journalist wearing a vest marked PRESS was shot in the leg': the verb after the participle's phrase."""
        for m in range(k + 1, min(stop, k + 8)):
            if self.words[m] in (",", ".", ";", "and") or self.words[m] in CONTRAST:
                break
            if self.words[m] in ("was", "were", "have", "has", "had", "died", "perished", "succumbed", "lost"):
                return self.verb_after(m, stop)
        return None

    def _more_died_there(self, k: int, linked: bool) -> bool:
        """'five died at the scene and four more in hospital': "more" with no verb of its own, after deaths told
        before k; those more died too, in hospital ("were killed and four more in hospital" are still in care)."""
        return self.word(k - 1) == "more" and not linked and bool({"died", "scene", "spot"} & set(self.words[:k]))

    def _state_after(self, j: int) -> str | None:
        """'pulled out injured', 'brought in dead': the state people were in when something was done to them."""
        k = j + (self.word(j) in ("out", "in", "free", "away"))
        word = self.word(k)
        if word in ("injured", "wounded", "hurt", "unconscious", "concussed"):
            return INJURED
        clause = self.words[k + 1 : k + 9]
        clause = clause[: next((n for n, w in enumerate(clause) if w in (".", ";", ",")), len(clause))]
        if word == "alive" and says_hurt(clause):
            return INJURED  # "pulled out alive with a broken pelvis", "found alive but concussed"
        return KILLED if word == "dead" else None

    def _joined_predicate(self, j: int, stop: int, span: int = 6) -> str | None:
        """'were trapped and hurt', 'were overcome by smoke and taken to hospital': the outcome of a second
        predicate joined by 'and' to the first, within a few words and the same clause."""
        for m in range(j, min(stop, j + span)):
            word = self.words[m]
            if word in (",", ".", ";") or word in CONTRAST:
                return None
            if word == "and":
                outcome = self.verb_after(m + 1, stop)
                return outcome if outcome in (KILLED, INJURED) else None
        return None

    def _gone_for_good(self, k: int) -> bool:
        """'are gone' at the end of a clause, in a sentence about relatives or about an attack, is a death;
        'are gone from the camp', 'the tents are gone' and 'gone' elsewhere say nothing of a harm."""
        if self.word(k + 1) not in ("", ",", ".", ";", '"', "”", "-", "–", "now", "forever", "and", "but"):
            return False
        return any(PERSON_NOUNS.get(singular_of(w)) == KIN or w in HARM_CONTEXT for w in self.words)

    def _speaks_later(self, j: int, stop: int) -> bool:
        """After a relative clause, the main verb is a speech verb: the person counted is a source."""
        for k in range(j, min(stop, j + 12)):
            if self.words[k] in (",", ".", ";") or self.words[k] in CONTRAST:
                return False
            if self.words[k] == "confirmed" and self.word(k + 1) in OUTCOME_CUES:
                return False  # "... have now been confirmed dead": no speech
            if self.words[k] in SPEECH_VERBS:
                return True
        return False

    def _has_wounds(self, k: int) -> bool:
        """From k, after "had": wounds with only their kind before them ("gunshot or shrapnel wounds")."""
        for m in range(k, min(k + 4, len(self.words))):
            if self.words[m] in INJURY_NOUNS:
                return True
            if self.words[m] in OUTCOME_CUES or self.words[m] in ("been", "to", "of", "from"):
                return False
        return False

    def _died_after_the_clause(self, j: int, stop: int) -> bool:
        """From j inside a relative clause set off by commas, the comma that closes it, then "died": the main verb."""
        close = next((m for m in range(j, min(j + 20, stop)) if self.words[m] in (",", ";", ".")), None)
        if close is None or self.words[close] != ",":
            return False
        verb = close + 1 + (self.word(close + 1) in ("later", "eventually", "then"))
        return self.word(verb) in ("died", "succumbed", "perished")

    def _symptoms_follow(self, k: int) -> bool:
        """Within a few words from k, the symptoms of a poisoning: "with symptoms", "with breathing difficulties"."""
        for m in range(k, min(k + 6, len(self.words))):
            if self.words[m] in (",", ";", ".", "and", "but"):
                return False
            if self.words[m] == "symptoms" or self.words[m : m + 2] == ["breathing", "difficulties"]:
                return True
        return False

    def _dies_later(self, j: int, stop: int) -> bool:
        """After a relative clause, the main verb says the people counted died ("who was hurt ... died")."""
        for k in range(j, min(stop, j + 12)):
            word = self.words[k]
            listed_as = word == "as" and self.word(k - 1) in _LISTED  # "who had been counted as missing have"
            if word in (".", ";", ",", "and", "where", "when", "which", "after", "as") and not listed_as:
                return False
            if word in CONTRAST:
                return False
            if word == "who" and self.word(k - 1) in ("those", "all", "everyone", "people"):
                return False  # "gathered to light lamps for those who died": others who died, not they
            if word in ("died", "succumbed", "perished") or self.phrase_at(k, DEATH_PHRASES) is not None:
                return True
            if word == "dead" and self.word(k - 1) in ("found", "confirmed", "declared"):
                return True
        return False

    def verb_before(self, i: int) -> str | None:
        """'killing 15 civilians', 'wounded at least 31', 'claimed the lives of 12': the verb just before."""
        k = i - 1
        title = person_noun(self.word(k)) == self.word(k) and self.word(k) not in OUTCOME_CUES  # (not "killed")
        if i < len(self.tokens) and self.tokens[i].text[:1].isupper() and title:
            k -= 1  # "killed nurse Hana Yusuf": a title before the name
        if self.word(k) == "old" and self.word(k - 1) in ("-", "–") and self.word(k - 2) in ("year", "month"):
            k, i = k - 5, i - 5  # "killing 20-year-old Sean Doherty": the age before the person
        while k >= 0 and k >= i - 5:
            word = self.words[k]
            if word in OUTCOME_CUES and word not in ("toll", "victims"):
                return OUTCOME_CUES[word]
            if word in ("affecting", "affected") and k == i - 1 and _CHEMICAL & set(self.words):
                return INJURED  # "dropped a sarin bomb on Ltamenah, affecting at least 60 people"
            if word in NOT_CASUALTY_WORDS:
                return NOT_CASUALTY
            graves_of = word == "graves" and k == i - 2 and self.number_at(i) is not None  # "the graves of 14 of"
            if (word in ("remains", "body", "corpse") or graves_of) and self.word(k + 1) == "of":
                return KILLED  # "the remains of 40 people", "the body of a missing nurse", "the graves of 14 of his"
            if word == "on" and self.word(k - 1) in ("operated", "operating", "operate") and k == i - 1:
                return INJURED  # "we operated on fourteen gunshot victims"
            if word == "to" and self.word(k - 1) == "harm" and k == i - 1:
                return INJURED  # "caused grievous bodily harm to nine protesters"
            if word == "to" and self.word(k - 1) == "belonging" and self.word(k - 2) == "remains":
                return KILLED  # "human remains belonging to at least seven individuals"
            if word == ":" and self.word(k - 1) in OUTCOME_CUES and k == i - 1:
                return OUTCOME_CUES[self.word(k - 1)]  # "killed: 4, injured: 9"
            dashes = 1 + (self.word(k - 1) in ("-", "–"))
            if word in ("-", "–", "—") and k == i - 1 and self.word(k - dashes) in OUTCOME_CUES:
                return OUTCOME_CUES[self.word(k - dashes)]  # "Killed -- 3. Wounded -- 8."
            if word == "of" and k == i - 1 and self.word(k - 1) in LOST_BODY_PART:
                if _CUTTING_OFF & set(self.words[max(0, k - 5) : k - 1]):
                    return INJURED  # "cut off the hands of four farmers", "severed the arms of two boys"
            if word in ("took", "taking", "take", "held", "holding") and k == i - 1:
                return NOT_CASUALTY  # "killed about 1,200 people and took 251 hostages", "held some 850 people"
            alive = "alive" in self.words[i : i + 6]  # "burned four old people alive": killed
            burned = word in ("burned", "burnt", "burning") and k == i - 1 and self.word(k - 1) != "and"
            if burned and self.number_at(i) and not alive:
                return INJURED  # "napalm from our own planes burned two of my platoon" (people counted after it)
            if burned and alive:
                return KILLED  # "the mob burned four brothers alive"
            both_people = self.word(i) == "both" and self.phrase_at(i + 1, ("of her", "of his", "of their", "of my"))
            if word == "lost" and (self.word(i) != "both" or both_people) and self.word(k + 1) != "contact":
                return KILLED  # "it had lost only four fighters", "lost both of her sons" (not "lost both legs")
            counted = self.number_at(i) if word in ("losing", "destroyed", "destroying") and k == i - 1 else None
            noun = self.noun_after(counted[1]) if counted is not None else None
            if noun is not None and (word == "losing" or noun[0] in _FIGHTERS_DESTROYED):
                return KILLED  # "admitted losing 26 servicemen" (not "3 tanks"), "had destroyed 180 militants"
            one_before = word == "and" and k == i - 1 and self.word(k - 1) in ("him", "her", "himself", "herself")
            if one_before and self.word(k - 2) in OUTCOME_CUES and self.word(k - 2) not in ("toll", "victims"):
                return OUTCOME_CUES[self.word(k - 2)]  # "exploded killing him and five soldiers"
            if word in _BEFORE_A_COUNT or word in AUX:
                k -= 1
                continue
            if word in ("but", "except") and self.words[max(0, k - 2) : k] == ["no", "one"]:
                k -= 3  # "killed no one but its driver": the driver was killed
                continue
            return None
        return None

    def _then_lost_a_limb(self, k: int, stop: int) -> bool:
        """From k, within the sentence's clause, "lost" and a part of the body: "(survived the blast,) but lost both
        legs"."""
        for m in range(k, min(k + 14, stop)):
            if self.words[m] in (";", "."):
                return False
            if self.words[m] in ("lost", "losing") and LOST_BODY_PART & set(self.words[m + 1 : m + 4]):
                return True
        return False

    def _carried_with_wounds(self, k: int, stop: int) -> bool:
        """From k, within the clause, "with" and a word of injury: "(carried back to the hut) with broken ribs",
        "(arrived at the clinic) with their hands severed"."""
        for m in range(k, min(k + 8, stop)):
            if self.words[m] in (",", ";", ".", "and"):
                return False
            if self.words[m] == "with" and any(w in INJURY_NOUNS for w in self.words[m + 1 : m + 4]):
                return True
            if self.words[m] == "with" and _limbs_cut_off(self.words[m + 1 : m + 5]):
                return True
        return False

    def _fell_in_war(self, k: int) -> bool:
        """'fell' at k said of people who died fighting: "fell while defending the town", "the 17 fighters who fell
        in the battle for Kawlin", "fell on the front line", "fell in the first hours of the battle" (not
        "Srebrenica fell in July", "a rocket fell in an open area")."""
        k += self.word(k + 1) in ("today", "yesterday", "overnight", "tonight")  # "fell today in a cowardly attack"
        following = self.word(k + 1)
        if following in ("while", "defending", "fighting"):
            return True
        if following in ("in", "during", "on") and _COMBAT & set(self.words[k + 1 : k + 5]):
            return True
        if following not in ("in", "during"):
            return False
        for word in self.words[k + 2 : k + 8]:  # further on, within the clause
            if word in _WAR_WORDS:
                return True
            if word in (",", ";", ".", "as", "when", "after", "because", "while"):
                return False  # "Prices fell in March as the fighting eased": the war word is in another clause
        return False

    def _closing_dash(self, k: int) -> int | None:
        """The spaced dash that closes an aside opened by the spaced dash at k, within 15 tokens, or None."""
        if self.word(k) not in ("-", "–", "—") or self.glued(k - 1, k):
            return None
        for m in range(k + 1, min(k + 16, len(self))):
            if self.words[m] in (".", ";", ":"):
                return None
            if self.words[m] == self.words[k] and not self.glued(m - 1, m):
                return m
        return None

    def _estimated_at(self, i: int) -> str | None:
        """The outcome named between "put" or "estimated" and the "at" before the number at i: "MACV estimated the
        North Vietnamese dead around Khe Sanh at between 10,000 and 15,000", "put the number who died there at"."""
        i -= self.word(i - 1) in ("somewhere", "anywhere")  # "put the number killed at somewhere between 100 and 200"
        if self.word(i - 1) != "at":
            return None
        return self._outcome_named_after_a_verb(i - 1, _ESTIMATING, 15)

    def _given_as_or_between(self, i: int) -> str | None:
        """The outcome named between a verb of giving or placing and "as" or "between" before the number at i:
        "placed the number of dead somewhere between 61,007 and 77,552", "give the number killed as two or three"."""
        if self.word(i) == "between":
            end = i - (self.word(i - 1) in ("somewhere", "anywhere"))
        elif self.word(i - 1) == "as":
            end = i - 1
        else:
            return None
        return self._outcome_named_after_a_verb(end, _ESTIMATING_OR_GIVING, 12)

    def _outcome_named_after_a_verb(self, end: int, verbs: frozenset[str], reach: int) -> str | None:
        """The one kind of outcome named between the nearest of ``verbs`` before ``end`` (within ``reach`` tokens,
        in the same clause) and ``end``: "estimated the North Vietnamese dead ... (at)", or None."""
        for k in range(end - 1, max(-1, end - reach), -1):
            word = self.words[k]
            if word in (".", ";", ":") or word in CONTRAST:
                return None
            if word in verbs:
                named = [OUTCOME_CUES[w] for w in self.words[k + 1 : end] if w in OUTCOME_CUES and w != "toll"]
                return named[0] if len(set(named)) == 1 else None
        return None

    def toll_subject(self, i: int, lo: int) -> str | None:
        """'the death toll rose to 17', 'the number of people killed ... has risen to 40': the clause's subject."""
        if self.word(i - 1) in NUMBERED and self.word(i - 2) in OUTCOME_NOUNS:
            return OUTCOME_NOUNS[self.word(i - 2)]  # "the wounded numbered 45"
        if self.word(i - 1) in NUMBERED and self.word(i - 2) == "who" and self.word(i - 3) == ",":
            if self.word(i - 4) in OUTCOME_NOUNS:
                return OUTCOME_NOUNS[self.word(i - 4)]  # "a third of the dead, who numbered 160"
        adverb = self.word(i - 2) in ("now", "already")
        if self.word(i - 1) in NUMBERED and adverb and self.word(i - 3) in OUTCOME_NOUNS:
            return OUTCOME_NOUNS[self.word(i - 3)]  # "the dead now number 212"
        number = self.number_at(i) if self.word(i - 1) == "," else None
        if number is not None and self.phrase_at(number[1], IN_ALL):
            for k in range(i - 2, max(0, i - 7), -1):  # "the dead, eight in all", "the dead on Tuesday, eight in all"
                if self.words[k] in OUTCOME_NOUNS and self.word(k - 1) == "the":
                    return OUTCOME_NOUNS[self.words[k]]
                if self.words[k] in OUTCOME_CUES or not self.words[k][:1].isalpha():
                    break
        ranged = self.word(i) in ("from", "between") and ranges_before(self, i - 1)  # (and "vary widely, from")
        ranged = ranged or (self.word(i) == "anywhere" and self.word(i + 1) in ("from", "between"))  # "anywhere from"
        if ranged:  # "estimates of the dead ranged from 40 to 55": the outcome named in the clause
            for k in range(i - 2, max(lo - 1, i - 24), -1):
                if self.words[k] in (".", ";") or self.words[k] in CONTRAST:
                    break
                if self.words[k] in OUTCOME_CUES and self.words[k] not in ("toll", "victims"):
                    return OUTCOME_CUES[self.words[k]]
        if self.word(i - 1) == "toll" and self.word(i - 2) in ("death", "injury") and self.word(i + 1) != "of":
            return KILLED if self.word(i - 2) == "death" else INJURED  # "Death toll 12+ after air strike"
        if self.word(i - 1) == "toll" and self.word(i - 2) in ("", ";", ":", ",") and self.word(i + 1) != "of":
            return KILLED  # "...; toll 15 so far": a post's shorthand for the dead
        if self.word(i - 1) == "as" and self.word(i - 2) == "toll" and self.word(i - 3) in ("the", "death"):
            # "gives the toll as", "gave the Madi death toll as 35"
            return KILLED if "the" in self.words[max(0, i - 6) : i - 2] else None
        given_as = self.word(i - 1) == "as" and self.word(i - 2) in _GIVEN_AS  # "the death toll was given as 24"
        # "a provincial governor later gave the figure as five": the figure of the toll told before
        gave = self.words[max(0, i - 4) : i] in (["gave", "the", "figure", "as"], ["gives", "the", "figure", "as"])
        if gave and any(w in KILL_WORDS for w in self.words[: i - 4]):
            return KILLED
        losses = self.words[max(0, i - 2) : i] == ["losses", "at"] and self.word(i - 3) in ("own", "its", "their")
        if losses and {"put", "puts", "putting", "placed"} & set(self.words[max(0, i - 6) : i - 2]):
            return KILLED  # "the mission put its own losses at four": a force's own dead
        inverted = self.word(i - 1) == "to" and self.word(i - 2) in _BRINGING and self.word(i + 1) == "the"
        if inverted and self.word(i + 2) in ("number", "toll", "total", "tally", "count"):
            # "bringing to 31 the number of victims recovered there": the toll named after its number
            named = [OUTCOME_CUES[w] for w in self.words[i + 2 : i + 7] if w in OUTCOME_CUES]
            return KILLED if self.word(i + 2) == "toll" or named[:1] == [KILLED] else named[0] if named else None
        estimated = self._estimated_at(i) or self._given_as_or_between(i)
        if estimated is not None:
            return estimated  # "put the civilian dead from the raids at 1,624", "put the number who died at 300"
        if self.word(i - 1) not in TOLL_BEFORE and self.word(i) not in TOLL_BEFORE and not ranged and not given_as:
            return None  # the word before the number, or its qualifier ("the toll passes 300"), leads to it
        if self.word(i - 1) == "at" and self.word(i - 3) == "the" and self.word(i - 2) in OUTCOME_NOUNS:
            return OUTCOME_NOUNS[self.word(i - 2)]  # "put the dead at nine and the wounded at 31"
        named = person_noun(self.word(i - 2)) if self.word(i - 1) == "at" else None
        if named in OUTCOME_NOUNS and {"put", "puts", "putting", "placed"} & set(self.words[max(0, i - 5) : i - 2]):
            return OUTCOME_NOUNS[named]  # "the survey put violent deaths at 151,000"
        put = self.phrase_before(i, _PUT_THE_FIGURE)
        if put is not None:
            if "dead" in self.words[put:i]:
                return KILLED
            # the figure of the toll told last: "spoke of 44 people hurt, while the victims' association puts the
            # figure at 105" (the victims' own association, not a toll of the dead)
            told = [w for w in self.words[:put] if (w in KILL_WORDS and w != "victims") or w in INJURE_WORDS]
            if told:
                return INJURED if told[-1] in INJURE_WORDS else KILLED
            return KILLED if "victims" in self.words[:put] else None
        for k in range(i - 1, lo - 1, -1):
            word = self.words[k]
            opens = self.word(k - 1) in ("", ".", ":", ";", ",") or self.word(k - 1) in CONTRAST
            if word in _TOLLS_THAT_RISE and opens and k + 16 >= i and RISE & set(self.words[k + 1 : i]):
                # "Deaths from air-dropped munitions rose 62 per cent ..., to 347", "while deaths had reached 43"
                return _TOLLS_THAT_RISE[word]
            if word in (".", ";") or word in CONTRAST:
                return None
            following = self.word(k + 1)  # "the dead man was 34": his age, not a toll
            described = person_noun(following) is not None and singular_of(following) == following
            whose = self.word(k - 1) in ("the", "", ".", ":") or self.word(k - 1).endswith(("'s", "’s"))
            if word in ("dead", "wounded", "injured") and whose and k + 10 >= i:  # (and "the battalion's dead to 311")
                picked = self.word(k - 2) == "of" and self.word(k - 3) in ("oldest", "youngest", "eldest")
                if described or picked:
                    return None  # (and "The oldest of the dead, Barney Green, was 87": his age)
                return OUTCOME_NOUNS[word]  # "the dead in the Kadugli bombing are 12", "the wounded are 18"
            if word in ("count", "tally", "figure") and self.word(k - 1) in ("dead", "wounded", "injured"):
                return OUTCOME_NOUNS[self.word(k - 1)]  # "wounded count now 62"
            if word == "toll":
                prev = self.word(k - 1)
                return INJURED if prev in ("injury", "injuries", "wounded") else KILLED
            current = self.word(k - 1) in ("correct", "actual", "true", "final", "latest", "new", "official")
            # "the correct figure"; "raised its count to 99": a source's own count
            named = self.word(k - 1) in ("the", "a", "its", "their") or (self.word(k - 2) == "the" and current)
            named = named or (self.word(k - 1) in (",", ";", ":", "") and self.word(k + 1) == "now")  # ", total now 31"
            bare_number = word == "number" and self.word(k + 1) in ("to", "at")  # "which brings the number to 31"
            if (word in ("total", "tally", "figure", "count") or bare_number) and named and k + 9 >= i:
                # "the tally of confirmed dead eventually rose to 271": whose tally, named after it
                of_whom = self.words[k + 2 : k + 5] if self.word(k + 1) == "of" else []
                named_harm = next((w for w in of_whom if w in _WHOSE_TALLY), None)
                if named_harm is not None:  # (and "the number of remains recovered at the site to 47")
                    return KILLED if named_harm in ("remains", "bodies") else OUTCOME_NOUNS[named_harm]
                # "..., bringing the total to 42": the total of the toll stated before it
                before = self.words[:k]
                if any(w in KILL_WORDS for w in before):
                    return KILLED
                if any(w in INJURE_WORDS for w in before):
                    return INJURED
                # "the tally was revised from 67 to 59 after eight people listed among the dead ...": one kind named
                later = {OUTCOME_CUES[w] for w in self.words[i:] if w in OUTCOME_CUES and w not in ("toll", "victims")}
                return later.pop() if len(later) == 1 else None
            named_by_verb = self.word(k + 1) in OUTCOME_CUES and self.word(k + 1) not in ("toll", "victims", "lives")
            if word == "number" and named_by_verb:
                # "villagers put the number killed in the raid at ten", "put the number suffocated ... at 992"
                return OUTCOME_CUES[self.word(k + 1)]
            owned = self.word(k - 1) in ("the", "its", "their", "our") or self.word(k - 1).endswith(("'s", "’s"))
            if word == "losses" and owned and k + 9 >= i and self.word(i - 1) == "to":
                return KILLED  # "bringing the SDF's losses in the fighting to 14": a force's dead
            if word in ("count", "tally", "total") and self.word(k + 1) == "of":
                for m in range(k + 2, min(i, k + 6)):  # "the ministry's count of Palestinians killed ... stood at"
                    if self.words[m] in OUTCOME_CUES and self.words[m] not in ("victims", "toll"):
                        return OUTCOME_CUES[self.words[m]]
            if word == "number" and self.word(k + 1) == "of":
                for m in range(k + 2, min(i, k + 6)):
                    if self.words[m] in OUTCOME_CUES and self.words[m] not in ("victims",):
                        return OUTCOME_CUES[self.words[m]]
                    if self.words[m] in ("casualties",):
                        return None
                # "the number of victims", "the number of Hillsborough victims": the dead
                modifier = self.word(k + 2)
                described = self.word(k + 3) == "victims" and modifier.isalpha() and modifier not in STOP
                return KILLED if self.word(k + 2) == "victims" or described else None
        return None

    def heading(self, i: int) -> str | None:
        """'Deaths this week: Aleppo 14, Idlib 9; injuries: Aleppo 40': a number after a place name, in a list
        headed by an outcome noun and a colon, counts that outcome."""
        if i < 1 or not self.tokens[i - 1].text[:1].isupper():
            return None
        for k in range(i - 2, max(-1, i - 16), -1):
            if self.words[k] in (";", "."):
                return None
            if self.words[k] == ":":
                outcomes = {OUTCOME_CUES.get(w) for w in self.words[max(0, k - 4) : k]} - {None}
                return outcomes.pop() if len(outcomes) == 1 and outcomes <= {KILLED, INJURED} else None
        return None

    def nearest_cue(self, first: int, last: int, lo: int, hi: int) -> str | None:
        """The outcome word nearest to the tokens first..last, between lo and hi."""
        best: tuple[int, str] | None = None
        for k in range(lo, hi):
            outcome = OUTCOME_CUES.get(self.words[k])
            if outcome is None or first <= k <= last:
                continue
            distance = first - k if k < first else k - last
            if best is None or distance < best[0]:
                best = (distance, outcome)
        return best[1] if best else None


# Where people "ended up" hurt: "ended up in hospital", "landed in the hospital".
_IN_HOSPITAL = ("up in hospital", "up in the hospital", "up in intensive care", "in hospital", "in the hospital")
# Words between a verb and the count it acts on: "killed another five", "lost only four", "buried maybe thirty".
# What a limb is after a wound: "with his arm torn open", "with her leg shattered".
_TORN = frozenset("torn blown shattered broken severed smashed mangled ripped".split())
# Verbs and particles of mutilation before the limbs of people counted: "hacked off the hands of five others".
_CUTTING_OFF = frozenset("off severed amputated mutilated".split())
_CUT = frozenset("cut hacked chopped severed amputated".split())


def _limbs_cut_off(words: list[str]) -> bool:
    """The words open with whose limbs and how they were cut off: "their hands cut off", "his limbs hacked off",
    "their hands severed"."""
    words = [*words, "", "", ""]  # (the sentence may end early)
    if words[0] not in ("their", "his", "her", "my"):
        return False
    k = 1 + (words[1] in ("right", "left", "both"))
    return words[k] in LOST_BODY_PART and words[k + 1] in _CUT


# How badly people were crushed when they lived through it: "two were badly crushed" (not "Hamas was crushed").
_BADLY = frozenset("badly seriously severely partly partially".split())
# Verbs of moving people somewhere, said of the hurt when "with" their wounds follows.
_MOVED = frozenset("carried taken brought rushed evacuated airlifted ferried driven flown".split())
# What a person "took" or "caught" that wounded them: "took shrapnel in both legs".
_PIECES_THAT_WOUND = frozenset("shrapnel splinters fragments bullets".split())
_BEFORE_A_COUNT = frozenset("another the of a an their his her its only just maybe perhaps".split())
_BEFORE_A_COUNT |= frozenset("estimated reported approximately".split())  # "killing an estimated 3,200 to 5,000"
# Words that start the object of "burned" used as an act ("fighters who burned the market", "burned down homes").
_BURNED_OBJECT_STARTS = frozenset(
    "the a an down their his her its our several dozens hundreds homes houses shops buildings villages tents cars "
    "vehicles crops fields markets market".split()
)
# Words after "burned" when it tells of people burned, not of what they burned ("three children burned in the fire").
_AFTER_A_BURN = frozenset("in by during when after as while and over across on at from to alive badly".split())
# What people "treated for" are not injured by ("nine were treated for shock").
NOT_INJURIES = ("for shock", "for panic", "for anxiety", "for panic attacks", "for stress", "for acute stress")
NOT_INJURIES += ("for acute anxiety", "for severe anxiety", "for emotional distress")
# Ways of saying that people died, read after the count ("two patients passed away").
DEATH_PHRASES = (
    "passed away",
    "did not survive",
    "didn't survive",
    "did not make it",
    "didn't make it",
    "could not be saved",
    "couldn't be saved",
    "breathed their last",
    "breathed his last",
    "breathed her last",
    "bled to death",
    "his throat cut",
    "her throat cut",
    "their throats cut",
    "with his throat cut",  # "were found with their throats cut"
    "with her throat cut",
    "with their throats cut",
    "their throats slit",
    "his throat slit",
    "her throat slit",
    "picked off",  # "were picked off by snipers"
    "to a watery grave",  # "sent nearly 1,200 souls to a watery grave"
    "to their deaths",  # "led 300 men to their deaths"
    "fell in the fighting",
    "fell in clashes",
    "reached martyrdom",
    "sent to hell",
    "fell in combat",
    "fell during combat",
    "fell in battle",
    "fell in action",
    "fell as martyrs",
    "fell as a martyr",
    "lost at sea",
    "snuffed out",  # "his life was snuffed out"
    "ascended to heaven",
    "did not come out alive",  # "of the eleven people sheltering in the basement, six did not come out alive"
    "didn't come out alive",
    "never came out alive",
    "did not get out alive",
)
# Words that put "are gone" in the context of an attack or of a family's loss.
HARM_CONTEXT = frozenset(
    "strike strikes airstrike shell shelling bombing bombardment blast explosion attack raid rubble collapse "
    "massacre killed dead bodies".split()
)
# Verbs before "dead" that say people died: "were found dead", "missing and presumed dead".
DEAD_BEFORE = frozenset("found pronounced declared left lying lay presumed feared confirmed".split())
# Where soldiers "fell": "fell in the battle for Kawlin", "fell defending the town", "fell on the front line".
_COMBAT = frozenset("battle battles fighting combat action clashes war front defending defence defense".split())
# Verbs of rescue before "(out) dead": "were pulled out dead from the rubble".
_RECOVERED = frozenset("pulled brought dragged carried taken recovered retrieved".split())
# Where a shot wounds rather than kills.
SHOT_LIMBS = frozenset("leg legs arm arms hand hands foot feet shoulder knee knees thigh ankle back".split())


def _unhyphenated_life(words: list[str], reader: QuantityReader) -> list[str]:
    """'life-changing', 'life-threatening injuries': 'life' in a compound adjective is no death."""
    for k in range(len(words) - 2):
        if (
            words[k] in ("life", "death")
            and words[k + 1] == "-"
            and reader.glued(k, k + 1)
            and reader.glued(k + 1, k + 2)
        ):
            words[k] = "life-"
        if words[k] == "death" and words[k + 1] in _DEATH_COMPOUNDS:
            words[k] = "death-"  # "a leader who had received death threats": no one has died
    return words


# Nouns that "death" describes without anyone having died: "death threats", "death squads", "death row".
_DEATH_COMPOUNDS = frozenset("threats threat squad squads row penalty certificate certificates march marches".split())


# Participles before "as" that state a toll: "the death toll was given as 24", "listed as 31".
_GIVEN_AS = frozenset("given put listed estimated recorded reported cited confirmed".split())
# Verbs for a toll of lives: "claimed six lives", "the shelling took 20 lives", "cost 12 lives".
LIVES_TAKEN = frozenset("claimed claiming claims took taken taking cost costing costs".split())
_ULTIMATE = (
    ["the", "ultimate", "price"],
    ["the", "ultimate", "sacrifice"],
    ["the", "supreme", "sacrifice"],
    ["the", "supreme", "price"],
)
# What people "fell in" further on in the clause ("fell in the first hours of the battle", "fell in the line of
# duty"); right after "fell", _COMBAT says it.
_WAR_WORDS = frozenset("battle battles combat action fighting clashes war duty defence defense offensive".split())
# ... and the attacks soldiers fall in ("fell in a cowardly attack on the Tessalit camp", "fell in an ambush")
_WAR_WORDS |= frozenset("attack ambush assault raid".split())
# Words between a count and "lives": "seven more innocent lives", "three young lives".
_LIFE_ADJECTIVES = frozenset("more innocent young civilian precious other".split())
# What victims "of" a killing are: the dead.
KILLINGS = frozenset("massacre massacres killing killings executions execution slaughter".split())


def _named_deaths(words: list[str]) -> list[str]:
    """'claimed six lives' and 'the 15 victims of the massacre' count the dead (both read as 'dead'); those 'laid to
    rest' were buried."""
    for k, word in enumerate(words):
        counted = k and (words[k - 1][:1].isdecimal() or words[k - 1] in NUMBER_WORDS or words[k - 1] == "dozen")
        if word in ("lives", "souls") and not counted and k >= 2 and words[k - 1] in _LIFE_ADJECTIVES:
            # "claimed seven more innocent lives", "three young lives": the count before the adjectives
            j = k - 1 - (words[k - 2] in _LIFE_ADJECTIVES)
            counted = j >= 1 and (words[j - 1][:1].isdecimal() or words[j - 1] in NUMBER_WORDS)
        taken = words[k + 1 : k + 3] in (["were", "taken"], ["were", "lost"])
        taken = taken or words[k + 1 : k + 4] in (["have", "been", "taken"], ["had", "been", "taken"])
        # "Another 16 lives lost", "Seven souls taken", "Twenty-five innocent lives destroyed in a single night"
        taken = taken or words[k + 1 : k + 2] in (["taken"], ["lost"], ["destroyed"], ["extinguished"])
        taken = taken or words[k + 1 : k + 3] in (["were", "destroyed"], ["were", "extinguished"])
        taken = taken or "snuffed" in words[k + 1 : k + 3]  # "Thirteen innocent lives were snuffed out"
        # "the 25 souls we lost in Pont-Sondé"
        taken = taken or (words[k + 1 : k + 2] in (["we"], ["they"], ["i"]) and words[k + 2 : k + 3] == ["lost"])
        if word == "souls" and counted and taken:
            words[k] = "dead"  # "Thirteen innocent souls were taken by this barbaric act"
        if word == "lives" and counted and words[k + 1 : k + 3] == ["cut", "short"]:
            words[k] = "dead"  # "Three young lives cut short by a monstrous crime"
        if word == "laid" and words[k + 1 : k + 3] == ["to", "rest"]:
            words[k] = "buried"  # "six victims of the strike were laid to rest"
        if word == "lives" and counted and LIVES_TAKEN & set(words[max(0, k - 6) : k]):
            words[k] = "dead"
        lost = words[k + 1 : k + 4] in (["have", "been", "lost"], ["had", "been", "lost"], ["has", "been", "lost"])
        if word == "lives" and counted and (lost or taken):
            words[k] = "dead"  # "over a thousand lives have been lost in the fighting"
        if word == "victims" and counted and words[k + 1 : k + 3] in (["of", "the"], ["of", "a"]):
            if k + 3 < len(words) and words[k + 3] in KILLINGS:
                words[k] = "dead"
        if word in ("tagged", "triaged") and words[k + 1 : k + 2] == ["black"]:
            words[k] = "dead"  # "three were tagged black as deceased": triage's mark of the dead
        elif word in _SORTED and words[k + 1 : k + 2] and words[k + 1] in _TRIAGE_CATEGORIES:
            words[k] = "triaged"  # "Nineteen patients were classified yellow (T2)"
        if word in ("patients", "patient") and k and words[k - 1] in _WOUNDS_OF_PATIENTS:
            words[k - 1] = "injured"  # "the unit is holding nine blast patients": patients of the blast's wounds
        went_down = word in ("went", "gone", "go", "goes", "going") and words[k + 1 : k + 3] == ["down", "with"]
        craft = k + 4 < len(words) and words[k + 4] in _CRAFT and words[k + 3] in _OWNER_OF_THE_CRAFT
        with_them = words[k + 3 : k + 4] in (["them"], ["her"], ["it"]) and "sunk" in words[:k]  # the ships named
        if went_down and (craft or with_them):
            words[k] = "died"  # "Around 300 men are thought to have gone down with the ship"; "... were sunk off
            # Norway, and over 1,500 men went down with them"
        if word == "loss" and words[k - 2 : k] == ["with", "the"] and words[k + 1 : k + 2] == ["of"]:
            after = words[k + 2 : k + 3]
            if after and (after[0][:1].isdecimal() or after[0] in NUMBER_WORDS or after[0] in ("all", "some")):
                words[k] = "killing"  # "sunk by the submarine with the loss of 18 officers and 176 sailors"
    return words


# Triage: how patients are sorted and the categories they are sorted into.
_SORTED = frozenset("classified categorised categorized tagged coded".split())
_TRIAGE_CATEGORIES = frozenset("red yellow green t1 t2 t3 p1 p2 p3 priority immediate delayed expectant".split())
_WOUNDS_OF_PATIENTS = frozenset("blast trauma burn burns gunshot shrapnel".split())
# What people go down with: "went down with his ship".
_CRAFT = frozenset("ship vessel boat submarine sub plane aircraft ferry frigate cruiser destroyer".split())
_OWNER_OF_THE_CRAFT = frozenset("the his her their its our".split())


# Verbs of violence that "to death" after their object makes a killing: "beat the prisoner to death".
_KILLED_BY_WHAT_FOLLOWS = frozenset(
    "stabbed beat beaten hacked burned burnt kicked clubbed stoned tortured strangled bludgeoned shot crushed "
    "beating stabbing hacking kicking clubbing stoning torturing strangling bludgeoning burning".split()
)


def _harmed_before(words: list[str], k: int) -> bool:
    """The word before "to death" at k is the person harmed ("beating a detainee to death"), not the verb."""
    return person_noun(words[k - 1]) is not None or words[k - 1] in ("him", "her", "them", "me", "us")


def _attempted(words: list[str]) -> list[str]:
    """'attempting to murder five others', 'attempted to kill': a killing tried is no death (read as 'endangered')."""
    for k in range(2, len(words)):
        tried = words[k - 2] in ("attempting", "attempted", "attempt", "trying", "tried") and words[k - 1] == "to"
        if tried and words[k] in ("murder", "kill", "assassinate"):
            words[k] = "endangered"
    return words


_LISTED = frozenset("counted listed registered reported classified recorded".split())
# What brings a toll to a number told before the toll is named: "bringing to 31 the number of victims".
_BRINGING = frozenset("bringing brings brought raising raises raised taking takes took pushing".split())


def _manner_of_death(words: list[str]) -> list[str]:
    """'fatally shot', 'beaten to death', 'burned alive', 'gunned down': a harm verb made a killing by the word
    beside it is read as 'killed' (and the word after it too, so that a count after the pair is still next to
    a verb: 'gunned down seven people')."""
    for k, word in enumerate(words):
        nxt = words[k + 1] if k + 1 < len(words) else ""
        if word == "fatally" and nxt[:1].isalpha():
            words[k + 1] = "killed"  # "fatally injured" is a death, not an injury
        elif word == "to" and nxt == "death" and k and words[k - 1][:1].isalpha() and not _harmed_before(words, k):
            if words[k - 1] not in NOT_FATAL_TO_DEATH:
                words[k - 1] = words[k] = "killed"  # "stabbed to death", "starved to death"
            else:
                words[k + 1] = "sentence"  # "sentenced to death": no one has died
        elif word == "to" and nxt == "death":
            # "stabbed Sara Novak, 31, and her mother, Helena, 58, to death": the verb before the people named
            for m in range(k - 2, max(-1, k - 16), -1):
                if words[m] in (".", ";", ":") or words[m] in NOT_FATAL_TO_DEATH:
                    break
                if words[m] in _KILLED_BY_WHAT_FOLLOWS:
                    words[m] = "killed"
                    break
        elif word in FATAL_WITH and k and words[k - 1] in FATAL_WITH[word]:
            words[k - 1] = words[k] = "killed"
        elif word == "died" and nxt == "of" and words[k + 2 : k + 3] in (["wounds"], ["injuries"]):
            if _headed(words, k):
                words[k + 2] = "died"  # "Died of wounds: Tom Baker, Harry Lane": a heading of the dead, not the hurt
    return words


def _headed(words: list[str], k: int) -> bool:
    """The words from k open a heading: they start the sentence and end with a colon within a few words."""
    return (k == 0 or words[k - 1] in (".", ";")) and ":" in words[k : k + 5]


def _slogans(words: list[str]) -> list[str]:
    """'Death to America', '"death to the dictator"': a chant that wishes a death reports none. (And "were
    receiving treatment" says what "were treated" does.)"""
    for k in range(len(words) - 1):
        if words[k] == "receiving" and words[k + 1] == "treatment":
            words[k] = "treated"
        opens = k == 0 or words[k - 1] in (",", ":", '"', "“", "!", "-", "—", "'", "‘")
        if words[k] == "death" and words[k + 1] == "to" and opens:
            words[k] = "slogan"
    return words


# Words beside "shot" that make it no shooting of people ("fired a warning shot", "shot down a drone", "shot at").
_NOT_A_SHOOTING_BEFORE = frozenset("a the one warning single first second last his her their its".split())
_NOT_A_SHOOTING_AFTER = frozenset("at down up through into back across over towards toward".split())
# Words that say a shooting left people alive: treated ("was shot and is in hospital", "spent weeks in intensive
# care"), or only alive ("survived"), which leaves "shot" as it is.
_SHOT_AND_TREATED = frozenset("hospital hospitals intensive surgery condition recovering stable".split())
_SHOT_AND_ALIVE = frozenset("survived survivor survivors alive recovered".split())


def _harm_with_no_outcome_named(words: list[str]) -> list[str]:
    """'Soldiers shot the three brothers', 'a dozen men were marched to the riverbank and shot': when nothing else
    in the sentence says how the shooting ended, "shot" reports a killing; when the sentence says only that people
    were treated ("were shot and taken to hospital"), a wounding. A shot that wounds is usually told as one ("shot in
    the leg"), and a sentence that names any other outcome keeps "shot" as it is. A stabbing or a beating with no
    outcome named ("two guards were stabbed", "scores were beaten with batons") is a wounding."""
    words = _shot_but_survived(words)
    for k, word in enumerate(words):
        # "shooting 48 'class enemies' at a rally and wounding nine others": those shot, beside the wounded, died
        joined = next((m for m in range(k + 2, min(k + 12, len(words) - 1)) if words[m] == "and"), None)
        wounding_others = joined is not None and words[joined + 1] in ("wounding", "wounded", "injuring", "injured")
        wounding_others = wounding_others and "others" in words[joined + 2 : joined + 5]
        if word in ("shot", "shooting") and wounding_others and not _in_a_limb(words, k):
            words[k] = "killed"
        hard = {words[k - 1] if k else "", *words[k + 1 : k + 2]} & _HARD_BLOWS
        if word in _WOUNDING_BLOWS and hard and "death" not in words[k + 1 : k + 4]:
            words[k] = "wounded"  # "no one was killed, but two watchmen were beaten badly": hurt, beside any toll
    if any(w in OUTCOME_CUES or w in LOST_BODY_PART for w in words):
        return words
    outcome = "wounded" if any(w in _SHOT_AND_TREATED for w in words) else "killed"
    for k, word in enumerate(words):
        if word in (*_WOUNDING_BLOWS, "shot") and any(w in _SHOT_AND_ALIVE for w in words[k + 1 :]):
            continue  # "shot ... but survived": alive (a survivor who speaks before it says nothing of them)
        if word in _WOUNDING_BLOWS and not (k + 1 < len(words) and words[k + 1] in ("to", "up")):
            words[k] = "wounded"  # ("beaten to ..." and "beaten up" are left as they were)
            continue
        if word != "shot" or (k and words[k - 1] in _NOT_A_SHOOTING_BEFORE):
            continue
        placed = words[k + 1 : k + 3] == ["at", "the"] and words[k - 1] in ("were", "was", "all", "been")
        placed = placed or words[k + 1 : k + 3] == ["at", "least"]  # "lined up and shot at least 27 men"
        if k + 1 < len(words) and words[k + 1] in _NOT_A_SHOOTING_AFTER and not placed:
            continue  # (but "were all shot at the edge of the village": where they were shot)
        if _in_a_limb(words, k):
            continue  # "shot in the leg", "shot twice in the arm": a wound, read where the limb is
        if _object_shot_in_a_limb(words, k):
            words[k] = "wounded"  # "shot a 16-year-old in the thigh": the wound is told after the one shot
            continue
        words[k] = outcome
    return words


# What hits people without, as a rule, killing them: "hit by rubber bullets", "struck by tear-gas canisters".
_LESS_LETHAL = frozenset("rubber sponge sponge-tipped plastic pellets pellet canisters canister stones rocks".split())


def _object_shot_in_a_limb(words: list[str], k: int) -> bool:
    """After "shot" at k, its object (a few words) and then "in the leg": a wound."""
    for m in range(k + 2, min(k + 9, len(words) - 2)):
        if words[m] in (",", ".", ";", "and") or words[m] in OUTCOME_CUES:
            return False
        if words[m] == "in" and words[m + 1] in ("the", "his", "her", "their") and words[m + 2] in SHOT_LIMBS:
            return words[m + 3 : m + 4] != ["of"]  # (not "in the back of the head")
    return False


def _shot_but_survived(words: list[str]) -> list[str]:
    """'My husband was shot in the stomach but he survived': a shooting the same clause says was survived wounded."""
    for k, word in enumerate(words):
        if word != "shot":
            continue
        for m in range(k + 1, min(len(words), k + 17)):  # ("was shot again in a second attempt on his life the
            if words[m] in (".", ";", "?", "!"):  # following year, but survived")
                break
            if words[m] == "survived" and words[m - 1] in _SURVIVED_AFTER:
                words[k] = "wounded"
                break
    return words


# What follows "brought", "taken" when those moved were already dead: "to the hospital were dead on arrival".
_DEAD_ON_ARRIVAL = tuple(
    f"{where} {verb} dead" for where in ("to the hospital", "to hospital", "in") for verb in ("were", "was")
)
_DEAD_ON_ARRIVAL += ("dead", "in dead")
# How one person is picked out among the dead: "the youngest victim", "the first to die".
_PICKED_AMONG_THE_DEAD = frozenset("youngest oldest eldest only sole first last".split())
_OF_THE_DEAD = ("of the dead", "of the victims", "to die", "of those killed")
_BONES = frozenset("hip leg legs arm arms wrist ankle back neck skull jaw ribs pelvis collarbone shoulder".split())
# What "in" leads to when it says the people are hurt: "in hospital", "in serious condition", "in a critical".
_IN_A_CONDITION = frozenset("hospital hospitals critical serious stable moderate a the".split())
# What "in a", "in the" leads to when it says the people are being treated: "in the burns unit", "in a critical".
_WARDS = frozenset("critical serious stable moderate hospital burns burn icu trauma".split())
# What stands before "survived" when it says a person just shot lived: "but he survived", "and survived".
_SURVIVED_AFTER = frozenset("but and he she they i we somehow".split())


def says_hurt(words: list[str]) -> bool:
    """An injury named among the words: "but concussed", "with a broken pelvis", "with burns"."""
    return any(w in INJURY_NOUNS or w in INJURE_WORDS for w in words)


def _in_a_limb(words: list[str], k: int) -> bool:
    """'shot in the leg', 'hit twice in the arm', 'shot through the shoulder' (not 'in the back of the head')."""
    at = k + 1 + (words[k + 1 : k + 2] in (["twice"], ["once"], ["several"], ["three"], ["four"], ["repeatedly"]))
    at += words[at : at + 1] == ["times"]
    if words[at : at + 1] not in (["in"], ["through"]) or at + 2 >= len(words) or words[at + 2] not in SHOT_LIMBS:
        return False
    return words[at + 3 : at + 4] != ["of"]  # "in the back of the head": the head


# Blows that wound when nothing says they killed: "were stabbed", "were beaten with batons".
_WOUNDING_BLOWS = frozenset("stabbed beaten slashed".split())
# How hard the blows were, which says they wounded: "badly beaten", "stabbed repeatedly".
_HARD_BLOWS = frozenset("badly severely savagely brutally viciously repeatedly".split())


def _merge_combined_outcomes(words: list[str]) -> list[str]:
    """'14 people were killed or injured', '50 dead or wounded': one count of both outcomes cannot be split into
    killed and injured, so neither word is read as an outcome (the claim keeps no figures)."""
    for k in range(len(words) - 2):
        # "losses of up to 1,350 killed and wounded": "and" lumps them too when the pair follows a number
        # ... and "dozens of martyrs and wounded"
        counted = k > 0 and words[k - 1][:1].isdecimal()
        counted = counted or (words[k - 1 : k] == ["of"] and words[k - 2 : k - 1] == ["dozens"])
        # "lost up to 1,750 servicemen killed and wounded": a count, its noun, then the pair
        counted = counted or (k > 1 and words[k - 1].endswith(("s", "men")) and words[k - 2][:1].isdecimal())
        counted = counted or words[k - 1 : k] == ["both"]  # "120 casualties, both dead and injured"
        # "the combined number of dead and wounded now exceeds 200": one toll of both
        counted = counted or (words[k - 1 : k] == ["of"] and words[k - 2 : k - 1] in (["number"], ["toll"], ["total"]))
        lumped = words[k + 1] == "and" and counted and words[k + 3 : k + 4] != ["were"]
        # (not "received 12 bodies and treated 30 people": the second verb has a count of its own)
        object_next = k + 3 < len(words) and (words[k + 3][:1].isdecimal() or words[k + 3] in NUMBER_WORDS)
        lumped = lumped and not (object_next and words[k + 1] == "and")
        # "killing and wounding dozens": two participles share one number
        lumped = lumped or (words[k + 1] == "and" and words[k].endswith("ing") and words[k + 2].endswith("ing"))
        # "were killed, injured or otherwise harmed": a list of harms that one count lumps together
        listed = words[k + 1] == "," and words[k + 3 : k + 4] in (["or"], ["and"])
        if words[k + 1] not in ("or", "and/or", "/") and not lumped and not listed:  # "9 dead/wounded"
            continue
        second = k + 2 + (_adverb(words[k + 2]) and k + 3 < len(words))  # "killed or seriously wounded"
        if words[k + 2] in ("too", "so", "very") and k + 3 < len(words):  # "dead or too badly injured to work"
            second = k + 3 + (_adverb(words[k + 3]) and k + 4 < len(words))
        pair = {OUTCOME_CUES.get(words[k]), OUTCOME_CUES.get(words[second])}
        if pair == {KILLED, INJURED} or (OUTCOME_CUES.get(words[k]) == KILLED and words[second] == "missing"):
            words[k] = words[second] = COMBINED
    return words


def _lost(words: list[str]) -> str | None:
    """What "lost" says of the people who lost it: "their lives" a death, "both legs" or "an eye" an injury;
    "their homes" neither."""
    for word in words:
        if word in LOST_LIFE:
            return KILLED
        if word in LOST_BODY_PART:
            return INJURED
        if word not in ("his", "her", "their", "both", "an", "a", "of", "left", "right", "lower", "the") and not (
            word in NUMBER_WORDS or word.isdecimal()  # "lost three fingers"
        ):
            return None
    return None


# States a harm left a person in: "my daughter is deaf in one ear now", "he is paralysed".
_DISABLED = frozenset("deaf blind paralysed paralyzed disabled crippled".split())
# What people "rushed to" do when they came to help, not to be treated.
_HELPING = frozenset("help aid assist rescue save treat reach evacuate".split())
# What people are "hit by" when they are wounded (not "hit by a strike": a place or a vehicle is too).
# What "takes" people, said of those it killed: "taken by the fire", "taken by the sea".
_TAKING_FORCES = frozenset("fire fires flames sea waves river flood floods water waters".split())
_PROJECTILES = frozenset("bullet bullets shrapnel gunfire fragments sniper pellets ricochet ricochets".split())
# Adverbs of time met between an auxiliary and its verb: "four have since died", "were later shot".
_AFTER_AN_AUXILIARY = frozenset("since later then also subsequently already now".split())  # "is now presumed killed"


def _adverb(word: str) -> bool:
    return word.endswith("ly") and len(word) > 4 and word not in ("family", "reportedly")


# What a tally counts when named after it: "the tally of confirmed dead", "the number of remains recovered".
_WHOSE_TALLY = frozenset("dead wounded injured remains bodies".split())
# Words of a chemical attack, in which the people "affected" are those the gas poisoned.
_CHEMICAL = frozenset("chemical chemicals chlorine sarin mustard toxic nerve gas poison poisonous cylinder".split())
# Fighters a communiqué says it "destroyed": killed ("destroyed 180 militants").
_FIGHTERS_DESTROYED = frozenset(
    "militant fighter terrorist insurgent rebel gunman bandit soldier serviceman trooper jihadist guerrilla".split()
)
# A second source setting the figure just told at its own number ("the association puts the figure at 105").
_PUT_THE_FIGURE = tuple(
    f"{verb} the {noun} at" for verb in ("put", "puts", "putting") for noun in ("number", "figure", "number of dead")
)
# Verbs that set a toll at a number: "put the dead at 40", "estimated the wounded at 300".
_ESTIMATING = frozenset("put puts putting placed places placing estimated estimates estimate estimating".split())
# ... and of giving it: "accounts give the number killed as two or three".
_ESTIMATING_OR_GIVING = _ESTIMATING | frozenset("give gives gave given giving".split())
# Plural tolls that are a sentence's subject before a verb of rising: "Deaths from drones rose ... to 347".
_TOLLS_THAT_RISE = {"deaths": KILLED, "fatalities": KILLED, "injuries": INJURED}


# "taken from us", "taken from their families": how mourners speak of the dead.
_TAKEN_FROM_THEIR_OWN = ("from us", "from their families", "from their loved ones", "from their parents")
# "the people we lost contact with": not the dead.
_LOST_NOT_PEOPLE = frozenset("contact track touch sight".split())
# People whose fate is unknown: "never came home" said of them is no death.
_NOT_THE_DEAD = frozenset("disappeared missing abducted kidnapped detained".split())
