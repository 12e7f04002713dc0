"""Mentions: each stated quantity of people in a sentence, and what it counts.

"15 civilians", "a man", "his three daughters", "twins", "a family of five", "both brothers",
"five" right after "killed", "40" after "the toll has risen to", "two of them children", "ten of the
24 passengers"; numbers that count something else are left out. Which numbers count people is read
by ``annotations.text.quantities``, whether those people were killed or injured by
``annotations.text.outcomes``; this module puts the two together into ``Mention``s, one per quantity,
and decides which are parts of another ("including ...", "... of them"). Used by
``annotations.text.figures``, which groups the mentions into tolls.
"""

from __future__ import annotations

from dataclasses import dataclass

from annotations.text.casualty_words import (
    ANIMALS,
    AUX,
    CHILDREN,
    CONTRAST,
    CORRECTING,
    DEMONYMS,
    EXACT,
    GROUP_NOUNS,
    HEDGES,
    INJURED,
    INJURY_NOUNS,
    IRREGULAR_PLURALS,
    KILLED,
    KIN,
    LOST_BODY_PART,
    MEN,
    MONTHS,
    NOT_CASUALTY,
    NOT_CASUALTY_WORDS,
    NOUN_MODIFIERS,
    NUMBER_WORDS,
    ORDINAL_VALUES,
    ORDINALS,
    OTHER_GROUP,
    OUTCOME_CUES,
    OUTCOME_NOUNS,
    PERPETRATORS,
    PERSON_NOUNS,
    PLACE_NOUNS,
    SET_NOUNS,
    SOURCE_NOUNS,
    SOURCE_WORDS,
    SPEECH_VERBS,
    STOP,
    THING_NOUNS,
    TIME_WORDS,
    TOTAL,
    WOMEN,
)
from annotations.text.outcomes import SHOT_LIMBS, SentenceReader
from annotations.text.quantities import adjective_of, compound_person, person_noun, qualify, singular_of


@dataclass
class Mention:
    """One stated quantity of people: where it is, what it counts, and how firmly."""

    low: int
    high: int | None
    qualifier: str
    group: str
    first: int  # token index of the first word (qualifier included)
    last: int  # token index of the last word (the noun, or the number)
    outcome: str | None = None
    part: bool = False  # marked as a breakdown ("including ...", "... of them")
    marked: bool = False  # follows a breakdown marker ("including ...")
    elliptic: bool = False  # a bare number that continues the count before it ("... and two in Iblin")


# Words that may follow "N of the family" when the family's people are counted ("eight of the family were killed").
_AFTER_A_GROUP_OF = frozenset("were was are is have had died perished survived , who in".split())


def find_mentions(reader: SentenceReader) -> list[Mention]:
    """Every stated quantity of people in the sentence, in order."""
    mentions: list[Mention] = []
    words = reader.words
    i = 0
    while i < len(words):
        word = words[i]
        # "Mortar round kills shepherd, 14, wounds his brother": a headline's person without an article
        headline = words[i - 1 : i] and words[i - 1] in _HEADLINE_HARM
        if headline and word in PERSON_NOUNS and word not in ("other", "staff"):
            outcome = KILLED if words[i - 1] == "kills" else INJURED
            mentions.append(Mention(1, 1, EXACT, PERSON_NOUNS[word], i, _skip_age(reader, i), outcome))
            i += 1
            continue
        # "a man", "an elderly woman", "a 7-year-old boy", "his son": one person.
        if (word in _ONE_PERSON_OPENERS or _named_owner(reader, i)) and not reader.number_at(i):
            if reader.word(i - 1) == "not":
                i += 1  # "not a single soldier was killed": a zero, read elsewhere
                continue
            counted = _single_person(reader, i)
            if counted is not None and (counted[0] == "troop" or word == "its" and counted[0] in _NOT_ONE):
                counted = None  # "its personnel", "its staff", "a troop concentration": a group, not one person
            whose_thing = counted is not None and person_noun(reader.word(counted[1] + 1)) is not None
            whose_thing = whose_thing and reader.word(counted[1] + 2) in ("'", "’")
            if whose_thing and reader.glued(counted[1] + 1, counted[1] + 2):
                counted = None  # "a displaced persons' convoy": the people's convoy, no one person
            if counted is not None and counted[0] == "agent" and reader.word(counted[1] - 1) in _AGENTS_OF_HARM:
                counted = None  # "mortar rounds containing a mustard agent": a chemical, no person
            if counted is not None and counted[0] in PERPETRATORS and not _harmed_themselves(reader, counted[1] + 1):
                i = counted[1] + 1  # "a suicide bomber killed seven worshippers": the attacker, not a victim
                continue
            if counted is not None and (reader.word(i - 1) == "by" or _blamed_or_targeted(reader, i, mentions)):
                i = counted[1] + 1  # "shot dead by a settler", "blamed a settler and a police officer": who did it
                continue
            puts = any(reader.phrase_at(m, _PUTS_THE_TOLL) for m in range(
                counted[1] + 1, min(counted[1] + 7, len(words)))) if counted is not None else False
            disguised = reader.word(i - 1) == "as" and reader.word(i - 2) in ("disguised", "posing", "dressed")
            disguised = disguised or reader.words[max(0, i - 2) : i] in (["look", "like"], ["looked", "like"])
            if counted is not None and (puts or disguised):
                i = counted[1] + 1  # "a tribal elder ... put the toll at 10", "disguised as a mourner", "to make him
                # look like a combatant": no victim
                continue
            aimed_at = reader.word(i - 1) == "at" and bool(_FIRED & set(words[max(0, i - 3) : i - 1]))
            if counted is not None and aimed_at and not _harm_follows(reader, counted[1] + 1):
                i = counted[1] + 1  # "troops had fired only at a suspect": shot at, not said to be hit
                continue
            if counted is not None and _a_rate(reader, counted[1] + 1):
                i = counted[1] + 1  # "a child is dying every two hours": a rate, not one death
                continue
            if counted is not None and reader.word(i - 1) in ("told", "telling", "tells"):
                i = counted[1] + 1  # "a community leader told our correspondent": the listener
                continue
            if counted is not None and reader.word(i - 1) == "of" and reader.word(i - 2) in _KIN_OF:
                i = counted[1] + 1  # "the son of a local poet": whose son he was, not a second person harmed
                continue
            employer = reader.word(i - 1) == "of" and bool(mentions) and mentions[-1].last == i - 2
            if counted is not None and employer and reader.word(i - 2) in _WORKERS:
                i = counted[1] + 1  # "Half a dozen employees of a mining contractor": whose employees they were
                continue
            if counted is not None and employer and word in ("his", "her", "their"):
                i = counted[1] + 1  # "all five men of his escort": whose men they were, no sixth person
                continue
            # (a "serving police officer" is one still in the service, whatever befell him)
            not_harmed = counted is not None and any(
                w in NOT_CASUALTY_WORDS and w != "serving" for w in words[i + 1 : counted[1]]
            )
            not_harmed = not_harmed and reader.word(counted[1] + 1) != "and"
            not_harmed = not_harmed and reader.phrase_before(i, ("body of", "bodies of", "remains of")) is None
            if not_harmed and not _harm_follows(reader, counted[1] + 1):
                i = counted[1] + 1  # "looking for her missing son", "his detained brother": not among the harmed
                continue
            accompanying = reader.word(i - 1) == "with" and reader.word(i - 2) not in ("along", "together")
            accompanying = accompanying and not any(w in OUTCOME_CUES for w in words[max(0, i - 5) : i - 1])
            if counted is not None and accompanying and not _harm_follows(reader, counted[1] + 1):
                i = counted[1] + 1  # "as he crossed the street with his mother": who was with him
                continue
            subject = i == 0 or reader.word(i - 1) in (";", ":", "that")  # the subject of its clause
            acts = counted is not None and acts_on_someone(reader, _past_a_name_between_commas(reader, counted[1] + 1))
            acts = acts or (counted is not None and subject and _acts_later(reader, counted[1] + 1))
            if counted is not None and (_confesses(reader, counted[1] + 1) or acts):
                i = counted[1] + 1  # "a 21-year-old Russian sergeant, admitted shooting dead a man": the killer
                continue
            listed = reader.word(counted[1] + 1) == "and" if counted is not None else False
            if counted is not None and word == "whose" and not (listed or _harm_follows(reader, counted[1] + 1)):
                i = counted[1] + 1  # "whose leader blamed the elderly": no harm told of that person
                continue
            if counted is not None and reader.word(counted[1] + 1) == "whose":
                i = counted[1] + 1  # "a father whose four sons were killed": the father is not among them
                continue
            if counted is not None and reader.phrase_before(i, COMMANDING) is not None:
                i = counted[1] + 1  # "on the orders of a local gang leader": who commanded, not who was harmed
                continue
            mourned = reader.phrase_before(i, ("funeral of", "funerals of", "burial of")) is not None
            if counted is not None and mourned and not any(w in OUTCOME_CUES for w in reader.words[i : counted[1] + 4]):
                i = counted[1] + 1  # "a blast tore through the funeral of a tribal elder": mourned, not harmed here
                continue
            source = reader.phrase_before(i, ("according to", "quoted", "citing", "per")) is not None
            # '"... how long must we be patient?" asked a Hazara elder', '..., said a doctor': the speaker
            inverted = reader.word(i - 1) in _SPEAKING
            # (not "..., said her mother, her grandmother and her two brothers were shot dead": a list, then its verb)
            listed_on = counted is not None and reader.word(counted[1] + 1) == ","
            listed_on = listed_on and reader.word(counted[1] + 2) in POSSESSIVE_WORDS
            source = source or (inverted and reader.word(i - 2) in ('"', "”", ",", "'", "’") and not listed_on)
            named_before = bool(mentions) and mentions[-1].last == i - 2 and reader.word(i - 1) == ","
            named_before = named_before and reader.tokens[mentions[-1].last].text[:1].isupper()
            named_before = named_before and mentions[-1].high == 1  # (not "Seven Japanese, an American and ...")
            if named_before and word in POSSESSIVE_WORDS and counted is not None and counted[1] + 1 < len(words):
                # "Ahmed Saleh, his wife Mariam and ...": the next person of a list, named in turn
                named_before = not (reader.tokens[counted[1] + 1].text[:1].isupper() or words[counted[1] + 1] == "and")
            # "Only one person, a night watchman, was killed": the same person described again
            told_end = mentions[-1].last if mentions else -1
            if told_end >= 0 and words[told_end] == "those" and reader.word(told_end + 1) == "who":
                # "One of those who died, a 14-year-old schoolboy, was hit": the clause is part of who was counted
                told_end = next((k - 1 for k in range(told_end + 2, min(told_end + 9, i)) if words[k] == ","), told_end)
            appositive = bool(mentions) and told_end == i - 2 and reader.word(i - 1) == ","
            closing = _named_after(reader, counted[1]) if counted is not None else None
            if closing is not None and reader.word(closing) in ("from", "of") and word in ("a", "an"):
                closing = _closing_comma(reader, closing) or closing  # "an engine-room oiler from the Philippines,"
            appositive = appositive and closing is not None and reader.word(closing) == ","
            appositive = appositive and mentions[-1].low == 1
            # "Her son, a 19-year-old medical student, was shot dead": a description, then the person's own verb
            if appositive:
                verb_next = word in ("a", "an") and mentions[-1].high == 1
                after = reader.word(closing + 1)
                verb_next = verb_next and (after in AUX or after in OUTCOME_CUES)
                one = reader.words[mentions[-1].last] in ("person", "civilian", "individual", "man")
                appositive = one or verb_next
            # "the only victim was a driver": the person counted just before, said again
            predicate = reader.word(i - 1) in ("was", "is") and bool(mentions) and mentions[-1].last == i - 2
            predicate = predicate and mentions[-1].low == 1 and words[mentions[-1].last] not in ("him", "her")
            told_again = source or named_before or appositive or predicate
            if counted is not None and (told_again or _speaks(reader, counted[1] + 1)):
                i = counted[1] + 1  # "..., a member of the local council said": who tells, not who was harmed
                continue
            if counted is not None:
                noun, last = counted
                group = PERSON_NOUNS.get(noun, TOTAL)
                count = 2 if noun == "couple" else 1
                owned = word in POSSESSIVE_WORDS or _named_owner(reader, i)
                while owned and reader.word(last + 1) == "," and reader.word(last + 3) in (",", "and"):
                    relative = reader.word(last + 2)  # "Salma's aunt, uncle and cousin": one person each
                    if PERSON_NOUNS.get(relative) not in (KIN, WOMEN, MEN) or singular_of(relative) != relative:
                        break
                    group = TOTAL if PERSON_NOUNS[relative] != PERSON_NOUNS[noun] else group
                    count, last = count + 1, last + 2
                second = reader.word(last + 2)
                # "his wife and daughter": the possessive counts both; "a father and son": so does the article
                if reader.word(last + 1) == "and" and second in PERSON_NOUNS and reader.word(last + 3) != "of":
                    if second != "other" and PERSON_NOUNS[second] != PERSON_NOUNS[noun]:
                        group = TOTAL
                    count, last = count + 1, last + 2
                # "At least 12 people, a police officer among them, were killed": one of the people just counted
                among = reader.phrase_at(_after_apposition(reader, last), _ONE_OF_THEM)
                more = reader.number_at(last + 2) if reader.word(last + 1) == "and" else None
                kin_after = reader.noun_after(more[1]) if more is not None else None
                if among is None and kin_after is not None:  # "17 men, his father and two uncles among them, were"
                    among = reader.phrase_at(kin_after[1] + 1, ("among them", "among whom"))
                part = among is not None and bool(mentions)  # "..., her husband, a fruit seller, among the dead"
                outcome = OUTCOME_NOUNS.get(noun) or _harmed_adjective(reader, i + 1, last)
                if outcome is None and reader.phrase_before(i, ("death of", "killing of", "murder of")) is not None:
                    outcome = KILLED  # "With the death of a nurse in hospital on Monday, the toll rose to 14"
                if outcome == INJURED and reader.verb_after(last + 1, len(words)) == KILLED:
                    outcome = KILLED  # "another wounded resident died overnight": the wounded who died are dead
                mentions.append(Mention(count, count, EXACT, group, i, last, outcome, part=part))
                i = _after_apposition(reader, last) if part else last + 1  # the description is the same person
                continue
        # "Brothers aged 4, 7 and 10 were killed": people of one kind counted by their ages
        by_ages = _counted_by_ages(reader, i) if not reader.number_at(i - 1) else None
        if by_ages is not None:
            count, last = by_ages
            mentions.append(Mention(count, count, EXACT, PERSON_NOUNS.get(singular_of(word), TOTAL), i, last))
            i = last + 1
            continue
        # "her sons Yusuf, 9, and Omar, 6": relatives counted by their names
        named_relatives = _named_relatives(reader, i) if word in POSSESSIVE_WORDS else None
        if named_relatives is not None:
            count, last = named_relatives
            mentions.append(Mention(count, count, EXACT, PERSON_NOUNS.get(singular_of(words[i + 1]), TOTAL), i, last))
            i = last + 1
            continue
        # "Soldiers killed him and his wife": the person before the relative is one more
        # (or "killed her, her parents and her six-year-old sister": a list after the one killed)
        listed_after = reader.word(i + 1) == "," and reader.word(i + 2) in POSSESSIVE_WORDS
        if word in ("him", "her") and _killing_verb_at(reader, i - 1) and (reader.word(i + 1) == "and" or listed_after):
            k = i + 2 + 2 * (reader.words[i + 2 : i + 4] == ["both", "of"])  # "killed him and both of his sons"
            if reader.word(k) in POSSESSIVE_WORDS and person_noun(reader.word(k + 1)) is not None:
                mentions.append(Mention(1, 1, EXACT, TOTAL, i, i, KILLED))
                i += 1
                continue
        # "Rana was the only person killed": one person, the whole toll
        only = reader.phrase_at(i, ("the only", "the sole"))
        if only is not None and (reader.word(only) in ("one", "person", "victim", "casualty", "fatality")):
            outcome = reader.verb_after(only + 1, len(words)) or OUTCOME_NOUNS.get(person_noun(reader.word(only)) or "")
            if outcome is None and reader.word(only) in ("victim", "fatality"):
                outcome = KILLED  # "the only victim was a driver"
            described = reader.word(only + 1 + (reader.word(only + 1) in OUTCOME_CUES)) == ","
            if outcome in (KILLED, INJURED) and not described:  # "The only person killed, a shepherd, ...": next
                mentions.append(Mention(1, 1, EXACT, TOTAL, i, only, outcome))
                i = only + 1
                continue
        # "Six people died and as many were wounded": the same count again, for the other outcome
        if word == "as" and reader.word(i + 1) == "many" and reader.word(i + 2) != "as" and mentions:
            outcome = reader.verb_after(i + 2, len(words))
            if outcome in (KILLED, INJURED) and mentions[-1].high is not None:
                times = _times(reader, i)  # "Seven were killed and twice as many were wounded": fourteen
                low, high = mentions[-1].low * times, mentions[-1].high * times
                mentions.append(Mention(low, high, EXACT, TOTAL, i, i + 1, outcome))
                i += 2
                continue
        # "She died alongside her husband and their three children": she is one of the dead
        if word in ("he", "she") and (outcome := died_with_others(reader, i)) is not None:
            mentions.append(Mention(1, 1, EXACT, TOTAL, i, i, outcome))
            i += 1
            continue
        # "..., along with the driver, Musa Bello": one more person, added to those counted before
        along = word == "the" and mentions and reader.phrase_before(i, ALONG_WITH) is not None
        noun = reader.word(i + 1)
        if along and noun in PERSON_NOUNS and noun not in _NOT_ONE and singular_of(noun) == noun:
            mentions.append(Mention(1, 1, EXACT, PERSON_NOUNS[noun], i, i + 1))
            i += 2
            continue
        # "killing himself and 11 worshippers": the attacker counted with those he killed
        if word in ("himself", "herself") and reader.word(i - 1) in _KILLING_FORMS and reader.word(i + 1) == "and":
            counted_before = bool(mentions) and mentions[-1].last >= i - 3  # "The bomber killed himself and ..."
            if reader.number_at(i + 2) is not None and not counted_before:
                mentions.append(Mention(1, 1, EXACT, TOTAL, i, i, KILLED))
                i += 1
                continue
        # "were killed with him", "Killed alongside him was his brother": he died too
        if word in ("him", "her") and reader.word(i - 1) in ("with", "alongside"):
            if reader.word(i - 2) in ("killed", "died", "perished") and not any(m.first == i for m in mentions):
                mentions.append(Mention(1, 1, EXACT, TOTAL, i, i, KILLED))
                i += 1
                continue
        # "which killed him and five other media workers": the one named before, with the others
        harming = reader.word(i - 1) in _KILLING_FORMS | _WOUNDING_FORMS
        if word in ("him", "her") and harming and reader.word(i + 1) == "and":
            others = reader.number_at(i + 2)
            if others is not None and reader.word(others[1]) in ("other", "others", "more"):
                outcome = KILLED if reader.word(i - 1) in _KILLING_FORMS else INJURED
                mentions.append(Mention(1, 1, EXACT, TOTAL, i, i, outcome))
                i += 1
                continue
        # Headlines leave out the article: "Woman, 67, killed ...", "Man and his 3 daughters killed", "; driver killed"
        headline = i == 0 or reader.word(i - 1) in (";", ".", ":", "—")
        # "Aid convoy driver killed by drone": a headline's person noun after a word or two that describe it
        if not headline and 0 < i <= 2:
            headline = all(w.isalpha() and w not in STOP and not _number_word(w) for w in words[:i])
            headline = headline and "no" not in words[:i]  # "No soldier was killed": a zero, read elsewhere
            headline = headline and not {"every", "each", "any"} & set(words[:i])  # "Every civilian death is a ..."
        one = word in PERSON_NOUNS and word not in _NOT_ONE and singular_of(word) == word
        attached = reader.word(i + 1) in (",", "and", "was") or reader.word(i + 1) in OUTCOME_CUES
        attached = attached or reader.words[i + 1 : i + 3] == ["shot", "dead"]  # "Shopkeeper shot dead, two wounded"
        attached = attached and reader.word(i + 1) not in _COUNTED_HARMS  # "Civilian deaths: 40-80": what is counted
        whose_dead = reader.word(i + 1) in ("dead", "wounded", "injured")  # "Rebel dead: 1,200": whose dead
        attached = attached and not (whose_dead and (reader.word(i + 2) == ":" or reader.number_at(i + 2)))
        if headline and one and attached and word not in IRREGULAR_PLURALS:
            last = _skip_age(reader, i)
            verb = last + 1 + (reader.word(last + 1) == "," and last > i)  # "Woman, 67, killed"
            harmed = _harm_follows(reader, verb) and not acts_on_someone(reader, verb)  # not "The militiaman killed X"
            if harmed or (reader.word(i + 1) == "and" and reader.word(i + 2) in POSSESSIVE_WORDS):
                mentions.append(Mention(1, 1, EXACT, PERSON_NOUNS[word], i, last))
                i = last + 1
                continue
        # "Ibrahim Saleh was killed", "Yusuf Adam, 12, and his sister Mariam were killed": one person by name
        named = _named_person(reader, i)
        if named is not None and reader.word(named + 1).isalpha() and _speaks(reader, named + 2):
            i = named + 2  # "..., Kabul police said": a source, not a name of the harmed
            continue
        if named is not None:
            # "his sister Mariam", "his three daughters, Lina, Sama and Hala,": the people counted already
            called = reader.word(i - 1) in ("named", "called") and bool(mentions) and mentions[-1].last == i - 2
            # "A boy of twelve, Madan Mohan, was among the dead": the name of the one person just counted
            apposed = bool(mentions) and reader.word(i - 1) == "," and reader.word(named + 1) == ","
            apposed = apposed and mentions[-1].last == i - 2 and (mentions[-1].low, mentions[-1].high) == (1, 1)
            apposed = apposed and reader.word(mentions[-1].first) in ("a", "an", "the")  # (not a list of names)
            # "twins Aya and Ahmed": the second name of a pair counted, whose first name followed the count
            pair_named = bool(mentions) and mentions[-1].low >= 2 and mentions[-1].last == i - 2
            pair_named = pair_named and reader.word(i - 1) == "and" and _capitalised(reader, i - 2)
            counted_noun = reader.words[mentions[-1].first : i - 2][-1:] if pair_named else [""]
            pair_named = pair_named and (person_noun(counted_noun[0]) is not None or counted_noun[0] == "twins")
            if mentions and (mentions[-1].last == i - 1 or called or apposed or pair_named):
                mentions[-1].last = named  # "its correspondent Ismail al-Ghoul", "a driver named Papy Muhindo"
            elif not (mentions and _names_of_the_counted(reader, mentions[-1].last, i)):
                if not (mentions and reader.phrase_before(i, ("identified as", "named as")) is not None):
                    # (not "the man ... identified as X"); "killed Reuters videographer X": the verb before the title
                    outcome = _verb_before_a_title(reader, i)
                    if outcome is None and _harmed_before_name(reader, i):
                        outcome = KILLED  # "the fatal stabbing of", "the killings of X and Y": words of a death
                    mentions.append(Mention(1, 1, EXACT, TOTAL, i, named, outcome))
            aged = named > i and reader.word(named - 1) == ","
            i = (_role_after(reader, named) if aged else named) + 1  # (the role is the same person)
            continue
        # "became the fifth person to die", "the 12th victim to be killed": the ordinal is the toll so far
        if word == "the" and _ordinal_value(reader.word(i + 1)) and person_noun(reader.word(i + 2)) is not None:
            if reader.word(i + 3) == "to" and reader.word(i + 4) in ("die", "be", "have", "succumb", "lose"):
                value = _ordinal_value(reader.word(i + 1))
                outcome = OUTCOME_CUES.get(reader.word(i + 5)) if reader.word(i + 4) == "be" else KILLED
                mentions.append(Mention(value, value, EXACT, TOTAL, i, i + 2, outcome))
                i += 3
                continue
        # "a third was wounded", "a second died": one more person named by an ordinal
        same_person = reader.word(i - 1) in ("him", "her", "was", "became")  # "made him the third journalist killed"
        # "the seventh was pronounced dead"
        ranked_toll = reader.word(i + 3) in _RANKED_DEATHS or reader.word(i + 2) in _RANKED_DEATHS
        if ranked_toll and reader.word(i + 1) in ORDINALS and mentions:
            i += 2  # "..., the seventh migrant death on the border this autumn": the rank of the one just told
            continue
        # "Of the ten soldiers buried ..., nine were dug out dead and the tenth, X, died": one of those counted
        rank = _ordinal_value(reader.word(i + 1)) or 0
        within = word == "the" and any(
            m.low >= rank > 1 and reader.phrase_before(m.first, ("of the",)) is not None for m in mentions
        )
        if word in ("a", "another", "the") and reader.word(i + 1) in ORDINALS and not same_person:
            noun = reader.word(i + 2)  # "a third medic"
            last = i + 2 if noun in PERSON_NOUNS and noun != "other" else i + 1
            # "a fourth survived with burns": one more person, hurt (the wounds are read with the outcomes)
            survived = reader.word(last + 1) == "survived" and bool(mentions)
            elided = word == "a" and reader.word(i - 1) == "and" and mentions and last == i + 1
            # "two bodies were taken to al-Ahli and a third to al-Shifa"
            to_where = _capitalised(reader, last + 2) or reader.word(last + 2) in ("al", "the")
            elided_to = reader.word(last + 1) == "to" and to_where
            elided = elided and (reader.word(last + 1) in ELIDED_AT or elided_to) and not mentions[-1].part
            if elided:
                # "two civilians were killed in Kharkiv and a third in the next village": one more, elided
                mentions.append(Mention(1, 1, EXACT, TOTAL, i, last, elliptic=True))
                i = last + 1
                continue
            # "Two assailants were shot dead and a third blew himself up": one more of the dead
            blew_up = reader.phrase_at(last + 1, ("blew himself up", "blew herself up")) is not None and bool(mentions)
            # "a third man, a passer-by, later died", "a fourth, who lay still, survived"
            verb = _past_an_aside(reader, last)
            survived = survived or (verb > last + 1 and reader.word(verb) == "survived" and bool(mentions))
            acting = acts_on_someone(reader, verb)  # "a second, ten minutes later, wounded four"
            if (reader.verb_after(verb, len(words)) in (KILLED, INJURED) and not acting) or survived or blew_up:
                outcome = KILLED if blew_up else None
                group = PERSON_NOUNS.get(noun, TOTAL) if last > i + 1 else TOTAL
                mentions.append(Mention(1, 1, EXACT, group, i, last, outcome, part=within))
                i = max(last + 1, verb)  # past the aside: "a passer-by" is the same man
                continue
            if word in ("a", "the") and reader.verb_before(i) in (KILLED, INJURED) and mentions:
                # "shooting dead two residents and wounding a third": one more person, the verb's object
                group = PERSON_NOUNS.get(noun, TOTAL) if last > i + 1 else TOTAL
                mentions.append(Mention(1, 1, EXACT, group, i, last, reader.verb_before(i)))
                i = last + 1
                continue
        # "opened fire on two men, killing one and wounding the other": the second of the two
        alone = reader.word(i + 2) in (".", ",", ";", "")
        if word == "the" and reader.word(i + 1) == "other" and alone and mentions and mentions[-1].low == 1:
            if reader.verb_before(i) in (KILLED, INJURED):
                mentions.append(Mention(1, 1, EXACT, TOTAL, i, i + 1, reader.verb_before(i)))
                i += 2
                continue
        # "killed one person and wounded another": one more person, the object of the verb
        if word == "another" and reader.verb_before(i) in (KILLED, INJURED) and not reader.number_at(i + 1):
            if person_noun(reader.word(i + 1)) is None:
                mentions.append(Mention(1, 1, EXACT, TOTAL, i, i, reader.verb_before(i)))
                i += 1
                continue
        # "another wounded resident died overnight": the wounded who died are dead
        if word in ("another", "a", "an", "the") and reader.word(i + 1) in _HARMED_ADJECTIVES:
            noun = person_noun(reader.word(i + 2))
            one = noun in PERSON_NOUNS and singular_of(reader.word(i + 2)) == reader.word(i + 2)
            if one and reader.verb_after(i + 3, len(words)) == KILLED:  # "The injured woman succumbed"
                mentions.append(Mention(1, 1, EXACT, PERSON_NOUNS[noun], i, i + 2, KILLED))
                i += 3
                continue
            listed = word != "the" and reader.word(i - 1) == "and" and bool(mentions)  # "... and a wounded child"
            subject = reader.word(i + 3) in ("was", "is", "were", "can", "could", "lay", "lies", "had")
            # "was killed while carrying a wounded rifleman": the wounded one was helped, not killed
            helped = reader.word(i - 1) in _HELPING_THE_HURT
            if one and (listed or subject or helped or reader.verb_before(i) == KILLED):
                outcome = KILLED if reader.verb_before(i) == KILLED and not helped else INJURED
                # (but "they killed a wounded man")
                mentions.append(Mention(1, 1, EXACT, PERSON_NOUNS[noun], i, i + 2, outcome))
                i += 3
                continue
        # "killing his mother and himself", "killed 14 passengers as well as the bomber": the attacker among the dead
        joined = reader.phrase_before(i, ("and", "as well as")) if mentions else None
        if joined is not None and mentions[-1].last == joined - 1 and reader.verb_before(mentions[-1].first) == KILLED:
            attacker = word in ("himself", "herself") or (word == "the" and reader.word(i + 1) in ATTACKER_NOUNS)
            if attacker:
                last = i + (word == "the")
                mentions.append(Mention(1, 1, EXACT, TOTAL, i, last))
                i = last + 1
                continue
        # "another succumbed to his wounds", "another was killed": one more person
        if word == "another" and reader.word(i + 1) not in _ACTS and reader.verb_after(i + 1, len(words)) in (
            KILLED,
            INJURED,
        ):  # not "in yet another massacre": an act, not a person
            mentions.append(Mention(1, 1, EXACT, TOTAL, i, i))
            i += 1
            continue
        # "killed the driver", "the driver was killed": one person, when a casualty verb is attached
        # "and the school caretaker, were injured": one word may describe the person noun
        described = reader.word(i + 1).isalpha() and reader.word(i + 1) not in STOP and word == "the"
        described = described and reader.word(i + 1) not in OUTCOME_CUES and person_noun(reader.word(i + 1)) is None
        described = described and singular_of(reader.word(i + 2)) == reader.word(i + 2) in PERSON_NOUNS
        if described and reader.word(i - 1) == "and":
            if reader.word(i + 3) == "," and reader.verb_after(i + 3, len(words)) in (KILLED, INJURED):
                mentions.append(Mention(1, 1, EXACT, PERSON_NOUNS.get(reader.word(i + 2), TOTAL), i, i + 2))
                i += 3
                continue
        # "the village chief", "the elderly woman": one word may describe the person noun
        # (after "and" only for one more of those a verb before harmed: "killing a woman and the teenage son of")
        listed_after = reader.word(i - 1) != "and" or _joined_to_the_harmed(reader, i, mentions)
        at = i + 1 + (word == "the" and listed_after and _describes_the_person(reader, i + 1))
        at += 2 if word == "the" and _hyphened_person(reader, at) else 0  # "the hostage-taker", "the co-pilot"
        at = _after_owner_and_age(reader, at) if word == "the" else at  # "the ship's 29-year-old electrician"
        # "the staff on the ward": a body of people, no one person (but "the crew chief")
        collective = reader.word(at) in _BODIES_OF_STAFF and person_noun(reader.word(at + 1)) is None
        one_noun = singular_of(reader.word(at)) == reader.word(at) in {*PERSON_NOUNS, "couple"}
        # "three witnesses who testified before the prosecutor were later murdered": the object of their clause
        in_their_clause = bool(mentions) and reader.word(mentions[-1].last + 1) in ("who", "that")
        in_their_clause = in_their_clause and all(w.isalpha() for w in words[mentions[-1].last + 1 : i])
        if word == "the" and one_noun and not collective and not in_their_clause:
            noun = reader.word(at)
            end = _skip_age(reader, at) + 1  # "the woman, 29, suffered a fractured skull"
            end += reader.word(end) == "," and end > at + 1
            if reader.word(end) == "," and end == at + 1 and _capitalised(reader, end + 1):
                named = _name_run(reader, end + 1)  # "The village imam, Amadou Tall, was shot dead": his name
                named = _age_after_name(reader, named) if named is not None else None  # "The father, Yusuf, 40,"
                verb_next = named is not None and reader.word(named + 2) not in ("and", "or", "")
                end = named + 2 if verb_next and reader.word(named + 1) == "," else end
            partner = reader.word(end + 1) if end == at + 1 and reader.word(end) == "and" else ""
            paired = singular_of(partner) == partner in PERSON_NOUNS and partner != "other"
            paired = paired and reader.word(end + 2) != "of"
            end += 2 if paired else 0  # "injured the bride and groom": two people under one article
            # "nine members of the crew", "six others from the crew": the people counted, not one more
            of_counted = reader.word(i - 1) in ("of", "from") and bool(mentions) and mentions[-1].last == i - 2
            whose_dead = reader.word(at + 1) in ("dead", "wounded") and reader.word(at + 2) in _WHAT_A_TOLL_DOES
            # "put the civilian dead from the raids at 1,624": "civilian" says whose dead
            # ... and "put the Iranian dead in the offensive at 65,000": a nation's dead
            whose = noun == "civilian" or noun in DEMONYMS
            whose_dead = whose_dead or (whose and reader.word(at + 1) in ("dead", "wounded", "injured"))
            whose_toll = reader.word(at + 1) in ("death", "casualty", "toll", "deaths", "casualties")
            if (
                noun != "other"
                and not whose_dead  # "put the rebel dead at six": the noun says whose dead, the toll counts them
                and not whose_toll  # "the cumulative civilian death toll": whose toll, not one person
                and not acts_on_someone(reader, end)  # "the sniper killed one man": who did it
                and not of_counted
                and (  # "nine members of the crew": the nine are counted
                    reader.verb_before(i) in (KILLED, INJURED)
                    or _joined_to_the_harmed(reader, i, mentions)  # "killed four soldiers and the driver"
                    or _harmed_as_well(reader, i, mentions)  # "two guards were killed, as was the cook"
                    or reader.phrase_before(i, BREAKDOWN_CLAUSES) is not None  # "the dead included the driver"
                    or _listed_after_a_breakdown_clause(reader, i, mentions)  # "were six soldiers, the poet X and"
                    or reader.verb_after(end, len(words)) in (KILLED, INJURED)
                    or _joined_subject_harmed(reader, end)
                    or (reader.word(end) == "," and _verb_after_people_listed(reader, end) in (KILLED, INJURED))
                    or (reader.word(end) in ("was", "were") and _harm_follows(reader, end))  # "was shot dead"
                    or _harmed_after_where_they_were(reader, end)  # "the boy in the video was killed"
                )
            ):
                count = 2 if noun == "couple" or paired else 1  # "the couple were killed instantly"
                group = TOTAL if paired else PERSON_NOUNS.get(noun, TOTAL)  # a pair may be of two kinds
                role = reader.word(end)  # "the Kabyle singer Lounès Matoub": the role and the name, one person
                if end == i + 2 and singular_of(role) == role in PERSON_NOUNS and _capitalised(reader, end + 1):
                    if not reader.tokens[end].text[:1].isupper():
                        end = (_name_run(reader, end + 1) or end) + 1
                mentions.append(Mention(count, count, EXACT, group, i, end - 1))
                i = end
                continue
        # "the 23-year-old had died", "the 7-year-old boy": one person of an age, when a casualty verb is attached
        aged = _single_person(reader, i) if word == "the" and _number_word(reader.word(i + 1)) else None
        if aged is not None:  # "the 7-year-old boy was killed", "the 17-year-old was shot dead"
            verb = aged[1] + 1
            if reader.word(verb) == "of" and reader.word(verb + 1) == "the":  # "the 70-year-old imam of the mosque"
                verb += 3 if reader.word(verb + 3) in AUX or reader.word(verb + 3) in OUTCOME_CUES else 0
            verbs = {reader.verb_after(verb, len(words)), reader.verb_before(i)}
            if verbs & {KILLED, INJURED} or _harm_follows(reader, verb):
                mentions.append(Mention(1, 1, EXACT, TOTAL, i, aged[1]))
                i = aged[1] + 1
                continue
        # "killed my parents", "both her parents died": the two parents of someone named
        if word == "parents" and reader.word(i - 1) in OWNERS and not reader.number_at(i - 2):
            other = reader.word(i + 2)  # "his parents and sister were already dead": one more of the family
            more = reader.word(i + 1) == "and" and other in PERSON_NOUNS and singular_of(other) == other != "other"
            mentions.append(Mention(3 if more else 2, 3 if more else 2, EXACT, TOTAL, i - 1, i + 2 * more))
            i += 1 + 2 * more
            continue
        # "... and I was hit in the leg": the speaker among the wounded
        if reader.tokens[i].text == "I" and reader.word(i + 1) in ("was", "got"):
            k = i + 2 + _adverb_at(reader, i + 2) + (reader.word(i + 2) == "also")
            if reader.word(k) in _SPEAKER_WOUNDED and reader.word(k + 1) not in ("on", "upon"):
                mentions.append(Mention(1, 1, EXACT, TOTAL, i, i, INJURED))
                i = k + 1
                continue
        # "twins", "twin girls": a set of people counted by its name
        if word in SET_NOUNS and (reader.word(i - 1) in ("expecting", "carrying") or reader.word(i - 2) == "pregnant"):
            i += 1  # "a woman expecting twins": unborn, not counted apart from her
            continue
        if word in SET_NOUNS and (word != "twin" or person_noun(reader.word(i + 1)) not in (None, reader.word(i + 1))):
            last = i + (word == "twin")
            group = PERSON_NOUNS.get(person_noun(reader.word(last)) or "", CHILDREN) if last > i else CHILDREN
            count = SET_NOUNS[word]
            if reader.word(i - 1) in ("the", "my", "his", "her", "their", "our") and reader.word(i - 2) == "of":
                one = reader.number_at(i - 3) if reader.word(i - 4) not in ("of", "the") else None
                # "One of the twins": a number of the set
                count = one[0] if one is not None and one[1] == i - 2 and one[0] < count else count
            mentions.append(Mention(count, count, EXACT, group, i, last))
            i = last + 1
            continue
        # "both brothers were killed", "...; both died": two people, named or just counted before
        if word == "both" and reader.word(i + 1) in LOST_BODY_PART:
            i += 2  # "had one or both legs amputated": limbs, not two people
            continue
        if word == "both" and reader.word(i - 1) not in AUX and not reader.number_at(i + 1):
            both = _both(reader, mentions, i)
            if both is not None:
                mentions.append(both)
                i = both.last + 1
                continue
        # "a family of five", "killing its crew of four"
        if word in ("family", "crew") and reader.word(i + 1) == "of":
            number = reader.number_at(i + 2)
            if number is not None:
                mentions.append(Mention(number[0], number[0], EXACT, TOTAL, i, number[1] - 1))
                i = number[1]
                continue
        number = reader.number_at(i)
        if number is None:
            i += 1
            continue
        value, after, kind = number
        whole = reader.words[after + 2 : after + 5] if reader.words[after : after + 2] == ["of", "the"] else []
        if value == 1 and any(w in PLACE_NOUNS for w in whole):
            i = after  # "in the fall of one of the southern enclaves": a place, no person
            continue
        if value == 1 and reader.phrase_at(after, ("at a time", "by one", "after another", "after the other")):
            i = after  # "lowering about 75 wounded men down the escarpment, one at a time": a manner, no one more
            continue
        if value == 1 and reader.word(i - 1) == "not":
            i = after  # "not one of the seven crew members was hurt": a zero, read elsewhere, of no toll
            if reader.word(after) == "of":
                i = next((k + 1 for k in range(after, min(after + 8, len(words))) if words[k] in AUX), after)
            continue
        low, high, qualifier, first, after = qualify(reader, i, value, after, kind)
        if reader.population(first) or reader.word(first - 1) == "undersigned":  # "we, the undersigned 300 doctors"
            i = after
            continue
        if _age_told(reader, first, after):
            i = after  # "Their youngest, Lina, who was four, died": an age
            continue
        if reader.word(first - 1) == "by" and OUTCOME_CUES.get(reader.word(first - 2)) in (KILLED, INJURED):
            i = after  # "shot dead by three police officers": who did it
            continue
        spared = reader.word(first - 2) == "none" and reader.word(first - 1) in ("of", "the", *OWNERS)
        spared = spared or (reader.word(first - 3) == "none" and reader.word(first - 2) == "of")
        noun = reader.noun_after(after) if spared else None
        if noun is not None and reader.phrase_at(noun[1] + 1, _WHO_DIED) is not None:
            spared = False  # "none of the 14 people who died had been armed": the dead, said to be something else
        if spared:
            i = after  # "none of the 32 officers ... was wounded": those spared, a zero read elsewhere
            continue
        if reader.word(first - 1) == "from" and reader.word(first - 3) == "to" and reader.number_at(first - 2):
            i = after  # "revised down to nine from twelve": the figure replaced is not a toll
            continue
        revised = reader.word(first - 2) in (
            *("down", "up", "downwards", "upwards", "downward", "upward"),
            *("revised", "corrected", "lowered", "raised"),
        )
        if reader.word(first - 1) == "from" and revised and reader.word(after) == "to" and reader.number_at(after + 1):
            i = after  # "revised down from 25 to 23": the figure replaced is not a toll
            continue
        if (
            reader.word(first - 1) == "all"
            and mentions
            and mentions[-1].low == low
            and not _attached(reader, mentions[-1])
        ):
            mentions.pop()  # "a car carrying three men, killing all three": the same three people
        wounded = _wounded_who_died(reader, after)
        if wounded is not None:  # "three of the 11 people who were wounded later died": 3 killed, 11 injured
            mentions += [Mention(low, high, qualifier, TOTAL, first, after - 1, KILLED), wounded]
            i = wounded.last + 1
            continue
        # "ten of the 24 passengers were killed": the first number is the count, the second the people
        # it was taken from; unless the second is itself a toll ("three of the 11 dead", "12 of the 20
        # people killed"), whose breakdown the first number is.
        reference = _reference_set(reader, after)
        if reference is not None:
            name, last = reference
            mentions.append(Mention(low, high, qualifier, PERSON_NOUNS.get(name, TOTAL), first, last))
            i = last + 1
            continue
        # "two of them children", "one of whom", "20 of the dead", "12 of the 20 killed", "three more of the wounded"
        if reader.word(after) == "more" and reader.word(after + 1) == "of":
            after += 1
        if kind == "vague" and reader.word(after - 1) == "of" and reader.word(after) in ("the", *OWNERS):
            after -= 1  # "dozens of the wounded": a vague count takes its "of" along
        of = reader.phrase_at(after, ("of them", "of whom", "of those", "of us"))  # "five of us were wounded"
        of_animals = reader.word(after) == "of" and reader.word(after + 1) in ("the", *OWNERS)
        if of_animals and reader.word(after + 2) in ANIMALS:
            i = after + 3  # "poisoned 86 of their cows": animals, not people
            continue
        if of is None and reader.word(after) == "of" and reader.word(after + 1) in ("the", *OWNERS):
            noun_of = person_noun(reader.word(after + 2))
            if noun_of is not None or reader.word(after + 2) in ("victims", "wounded", "injured", "dead"):
                of = after + 3  # (and "dozens of the wounded": an outcome as the noun)
            elif reader.word(after + 2) in GROUP_NOUNS and reader.word(after + 3) in _AFTER_A_GROUP_OF:
                of = after + 3  # "eight of the family were killed": people of that family
            elif reader.noun_after(after + 2) is not None and not reader.number_at(after + 2):
                of = after + 2  # "three of the abducted truck drivers": the noun after its adjectives
        if of is not None:
            outcome = OUTCOME_NOUNS.get(person_noun(words[of - 1]) or words[of - 1]) or (
                KILLED if words[of - 1] == "victims" else None
            )
            noun = reader.noun_after(of)
            named_before = words[of - 1] in ("the", *OWNERS) or person_noun(words[of - 1]) is not None
            trailing = False  # "three of their neighbours injured": people of their own, with their own participle
            if outcome is None and named_before and noun is not None and noun[0] in OUTCOME_NOUNS:
                # "one of the critically injured": a part of a toll
                outcome = OUTCOME_NOUNS[noun[0]]
                trailing = words[after + 1] in OWNERS and person_noun(words[of - 1]) is not None
                # "left five Americans and seventeen of the attackers dead": a kind of people, then their outcome
                trailing = trailing or (person_noun(words[of - 1]) in PERPETRATORS and noun[1] == of)
            group = PERSON_NOUNS.get(noun[0], OTHER_GROUP) if noun else OTHER_GROUP
            if noun is None and reader.word(of) in ("were", "was", "are"):
                noun2 = reader.noun_after(of + 1)
                group = PERSON_NOUNS.get(noun2[0], OTHER_GROUP) if noun2 else OTHER_GROUP
            last = noun[1] if noun else of - 1
            # "two of the wounded later died": a part of a toll already given, not another toll
            # "four of the attackers were also killed": people of another kind, a toll of their own
            of_a_toll = outcome is not None or words[of - 1] in ("casualties", "those")
            those_harmed = words[of - 1] == "those" and noun is not None and noun[0] in OUTCOME_NOUNS
            if those_harmed and outcome is None:
                outcome = OUTCOME_NOUNS[noun[0]]  # "five of those killed were ...": a part of the dead
            if words[of - 1] == "those" and noun is None and reader.word(of) in _HURT_PARTICIPLES:
                those_harmed, outcome, last = True, INJURED, of  # "two more of those burned had died"
            if outcome == INJURED and verb_after_apposition(reader, last + 1) == KILLED:
                outcome = KILLED  # "one of the wounded, a boy of 15, died on the way": the wounded who died are dead
            if outcome == INJURED and _died_after_where(reader, last + 1):
                outcome = KILLED  # "two more of those wounded in the Qabatiya raid died overnight"
            is_part = words[after + 1] in ("them", "whom") or (words[after + 1] == "those" and not those_harmed)
            is_part = (is_part or (bool(mentions) and of_a_toll)) and not trailing
            if is_part and _of_the_attackers_named_after(reader, mentions, first):
                is_part = False  # "three were killed by UVF men, two of whom died when their bomb went off"
            verb = reader.verb_before(first)
            taken_from = bool(mentions) and words[after + 1] == "them" and verb in (KILLED, INJURED)
            # a count smaller than the part is not what it was taken from: "wounded my brother ... killed four of them"
            smaller = taken_from and mentions[-1].low < low
            # (not "all ten people killed in Ballymurphy ... the shots that killed nine of them": the ten are a toll)
            harmed_before = taken_from and reader.word(mentions[-1].last + 1) != "," and _attached(reader, mentions[-1])
            if smaller:
                is_part, outcome = False, verb
            elif taken_from and not harmed_before:
                # "a bus carrying 30 workers, killing 11 of them": the 30 are those the toll was taken from
                mentions.pop()
                is_part, outcome = False, verb
            if not is_part and group == OTHER_GROUP:
                group = TOTAL
            mentions.append(Mention(low, high, qualifier, group, first, last, outcome, part=is_part))
            i = last + 1
            continue
        listed_names = reader.phrase_at(after + (reader.word(after) in ("confirmed", "verified")), _NAMES_OF_THE_DEAD)
        listed_names = listed_names or reader.phrase_at(after, _REMAINS_COUNTED)  # "300 sets of human remains"
        if listed_names is not None:  # "a list that contains 160 names of the dead", "1,200+ confirmed names of"
            mentions.append(Mention(low, high, qualifier, TOTAL, first, listed_names - 1, KILLED))
            i = listed_names
            continue
        if reader.word(after) == "cases" and reader.word(after + 1) == "of" and reader.word(after + 2) in INJURY_NOUNS:
            mentions.append(
                Mention(low, high, qualifier, TOTAL, first, after + 2, INJURED)
            )  # "25 cases of suffocation"
            i = after + 3
            continue
        noun = reader.noun_after(after)
        described = after + 1 + (person_noun(reader.word(after + 1)) is None)  # "25 were police officers"
        if noun is None and reader.word(after) in ("were", "was") and person_noun(reader.word(described)):
            noun = person_noun(reader.word(described)), described  # "of those killed, 12 were children"
            if noun[0] in OUTCOME_NOUNS:
                noun = None
        if noun is None and reader.word(after) == "inhabitants" and reader.verb_before(first) in (KILLED, INJURED):
            noun = "resident", after  # "killed 643 inhabitants of Oradour-sur-Glane": a population, but harmed
        if noun is not None and noun[0] in NOT_CASUALTY_WORDS:
            i = noun[1] + 1  # "hundreds more displaced": people of another fate
            continue
        if noun is not None and noun[0] in ATTACKER_NOUNS and reader.verb_before(first) not in (KILLED, INJURED):
            close = _closing_comma(reader, noun[1] + 1) if reader.word(noun[1] + 1) == "," else None
            # "All seven attackers, dressed in paramilitary uniforms, were killed": past the description
            harmed = _harm_follows(reader, noun[1] + 1) or (close is not None and _harm_follows(reader, close + 1))
            harmed = harmed or _joined_subject_harmed(reader, noun[1] + 1)  # "14 gunmen and a soldier died"
            if not harmed and not _joined_to_counted_victims(reader, noun[1] + 1):
                i = noun[1] + 1  # "when hundreds of gunmen on motorcycles swept through": the attackers
                continue
        if noun is not None and _describes_a_thing(reader, noun[1]):
            i = noun[1] + 2  # "four commuter trains", "two passenger jets": the person noun describes things
            continue
        if noun is not None:
            name, last = noun
            last = _skip_age(reader, last)
            group = PERSON_NOUNS.get(name, TOTAL)
            outcome = OUTCOME_NOUNS.get(name)
            died = reader.verb_after(last + 1, len(words)) == KILLED or _shot_dead(reader, last + 1)
            if outcome == INJURED and died:
                outcome = KILLED  # "five injured passengers died in hospital": the wounded who died are dead
            # "638 people died that day, 43 police officers among them": a part of the toll just given
            part = bool(mentions) and reader.phrase_at(last + 1, ("among them", "among whom")) is not None
            mentions.append(Mention(low, high, qualifier, group, first, last, outcome, part=part))
            i = last + 1
            continue
        instead = reader.phrase_at(after, ("rather than", "instead of"))
        replaced = reader.number_at(instead) if instead is not None else None
        noun = reader.noun_after(replaced[1]) if replaced is not None else None
        if noun is not None:  # "saying that 28 rather than 31 people had died": 28 people, the 31 withdrawn
            mentions.append(Mention(low, high, qualifier, PERSON_NOUNS.get(noun[0], TOTAL), first, noun[1]))
            i = noun[1] + 1
            continue
        unlisted = _unlisted_people(reader, first, after)
        if unlisted is not None and words[unlisted[0]] == "couples":  # "three married couples": two people each
            low, high = 2 * low, (2 * high if high is not None else None)
        if unlisted is not None:  # "Four UN military observers were killed", "killed six truffle hunters"
            mentions.append(Mention(low, high, qualifier, TOTAL, first, unlisted[0], unlisted[1]))
            i = unlisted[0] + 1
            continue
        listed = _listed_noun(reader, after)
        if listed is not None:  # "killed 4, 6 and 9 people": each number counts the noun at the end of the list
            mentions.append(Mention(low, high, qualifier, PERSON_NOUNS.get(listed, TOTAL), first, after - 1))
            i = after
            continue
        # A bare number: a count of people only when an outcome verb or a toll is attached to it.
        labelled = reader.verb_before(first) if reader.word(first - 1) == ":" else None  # "killed: 4, injured: 9"
        # "Latest figures: killed, at least 22; injured, 60+": a field's name, a comma, its value
        field = reader.word(first - 1) == "," and reader.word(first - 3) in ("", ":", ";", ".")
        if labelled is None and field and reader.word(first - 2) in OUTCOME_CUES:
            labelled = OUTCOME_CUES[reader.word(first - 2)]
        labelled = labelled or reader.heading(first)  # "deaths: Aleppo 14, Idlib 9"
        labelled = labelled or _headed_count(reader, first, after)  # "Martyrs of today in Deir al-Balah: 8."
        labelled = labelled or _said_before_another(reader, first, after)  # "Local sources say 10, MSF says 15 dead"
        labelled = labelled or _total_it_became(reader, mentions, first)  # "..., so the number became twenty-six"
        labelled = labelled or _corrected_to(reader, mentions, first)  # "Fifteen people died, no, wait, sixteen"
        outcome = labelled or reader.verb_after(after, len(words)) or reader.verb_before(first)
        if outcome is None and _shot_dead(reader, after):
            outcome = KILLED  # "four were shot dead at the checkpoint"
        if outcome is None and reader.word(first - 1) == "other" and reader.word(after) in ("in", "at", "inside", "on"):
            were = next((k for k in range(after + 1, min(after + 6, len(words))) if words[k] in ("were", "was")), None)
            outcome = reader.verb_after(were, len(words)) if were is not None else None  # "the other five in the room"
        if reader.word(after) in (",", ".", ";") and reader.verb_before(first) in (KILLED, INJURED) and not labelled:
            outcome = reader.verb_before(first)  # "killing three, says NNA": the source is no verb of theirs
        if not labelled and verb_of_the_next_number(reader, after) and reader.verb_before(first) in (KILLED, INJURED):
            outcome = reader.verb_before(first)  # "kills 9, wounds 22": "wounds" takes the 22, not the nine
        tolled = any(w in ("toll", "tally", "figure", "count") for w in words[max(0, first - 6) : first])
        if outcome == NOT_CASUALTY and tolled and reader.word(after) == "," and reader.word(after + 1) in SPEECH_VERBS:
            outcome = None  # "The toll is estimated at 70 to 80, said a senior official": the source speaks
        if outcome is None or (outcome == NOT_CASUALTY and reader.word(first - 1) == "to"):
            # "bringing the toll from the strike on the school, where the family had been sheltering, to 19"
            outcome = reader.toll_subject(first, 0) or outcome
        # ("nearly three times the government's figure of 98": another's figure of the toll just told)
        figure_of = reader.word(first - 1) == "of" and reader.word(first - 2) in ("figure", "count", "tally")
        figure_of = figure_of and "times" in words[max(0, first - 7) : first - 2]  # (not "revising its earlier figure")
        put_it = reader.phrase_before(first, _PUTS_IT) is not None or figure_of
        put_it = outcome is None and bool(mentions) and put_it
        told_before = (mentions[-1].outcome or reader.verb_after(mentions[-1].last + 1, len(words))) if put_it else None
        if told_before in (KILLED, INJURED):
            outcome = told_before  # "the ministry says 18 dead, civil defence puts it at 23": the same toll
        after_an_elided = bool(mentions) and mentions[-1].elliptic and reader.word(first - 1) == "and"
        if after_an_elided and reader.word(after) in ELIDED_AT and not labelled:
            outcome = None  # "four died, two at the scene and two in hospital": the same verb, not a ward's wounded
        other_places = reader.word(after) == "other" and reader.word(after + 1) in PLACE_NOUNS | THING_NOUNS
        if outcome is None and _elliptical(reader, mentions, first, after) and not other_places:
            mentions.append(Mention(low, high, qualifier, TOTAL, first, after - 1, elliptic=True))
            i = after
            continue
        modifier = reader.word(after).isalpha() and reader.word(after) not in STOP and reader.word(after) not in _LINKS
        things = reader.word(after) in THING_NOUNS or (modifier and reader.word(after + 1) in THING_NOUNS)
        things = things or reader.word(after) in LOST_BODY_PART  # "lost three fingers": a wound, not three people
        of_the_dead = bool(mentions) and mentions[-1].outcome == KILLED and outcome == INJURED
        of_the_dead = of_the_dead and reader.phrase_before(mentions[-1].first, ("of the", "of those")) is not None
        if outcome is not None and outcome != NOT_CASUALTY and not things and not of_the_dead:
            # (not "Of the 27 bodies examined, 19 had entry wounds": the wounds of some of the dead)
            mentions.append(Mention(low, high, qualifier, TOTAL, first, after - 1, outcome))
        i = after
    return _split_casualties(reader, mentions)


def died_with_others(reader: SentenceReader, i: int, last: int | None = None) -> str | None:
    """The outcome of the person at i ("he", "she", or from i to last: "a teacher"), when that person died or was
    hurt together with people counted next: "She died alongside her husband", "he was killed along with his two
    sons", "a referee, who officiated for 15 years, was killed with his wife and two children"."""
    titled = last is not None and person_noun(reader.word(i - 1)) is not None  # "Referee Samir al-Haddad"
    if reader.word(i - 1) not in ("", ",", ";", "and", "that") and not titled:
        return None
    last = i if last is None else last
    if reader.phrase_at(last + 1, (", who",)) is not None:
        last = _closing_comma(reader, last + 1) or last  # past "..., who officiated for 15 years,"
    for m in range(last + 2, min(last + 6, len(reader))):
        if reader.words[m] in ("alongside", "with") or reader.phrase_at(m, ALONG_WITH) is not None:
            joined = reader.word(m + 1) in (*POSSESSIVE_WORDS, "my", "our") or reader.words[m] != "with"
            verb = reader.words[last + 1 : m]
            if not joined or not all(w in AUX or w in OUTCOME_CUES or w in ("instantly", "together") for w in verb):
                return None
            outcome = reader.verb_after(last + 1, m)
            return outcome if outcome in (KILLED, INJURED) else None
    return None


def retracts(words: list[str]) -> bool:
    """The words between two counts or two people only take back the first ("no, wait, I am sorry", "I mean"):
    nothing but the words of a correction, a retraction among them, and pauses."""
    said = {w for w in words if w not in (",", "-", "—", "–")}
    return said <= CORRECTING and bool(said & _RETRACTING)


# The words of a correction that take back what was said ("no", "sorry", "I mean"), not only hedge it.
_RETRACTING = frozenset({"no", "sorry", "mean"})


def _corrected_to(reader: SentenceReader, mentions: list[Mention], first: int) -> str | None:
    """A bare number a speaker puts in place of the count just said ("Fifteen people died, no, wait, I am sorry,
    sixteen"): what befell the people of that count."""
    if not mentions:
        return None
    gap = reader.words[mentions[-1].last + 1 : first]
    if not retracts([w for w in gap if w not in OUTCOME_CUES and w not in AUX]) or len(gap) > 12:
        return None
    return mentions[-1].outcome or reader.verb_after(mentions[-1].last + 1, first)


def _total_it_became(reader: SentenceReader, mentions: list[Mention], first: int) -> str | None:
    """A bare number the total "became" after people counted before died or were hurt ("Two more died during the
    night, so the number became twenty-six", "..., which made it twelve", "..., so now it is seventeen"): their
    outcome."""
    if not mentions:
        return None
    counted = mentions[-1]
    outcome = counted.outcome or reader.verb_after(counted.last + 1, first)
    if outcome not in (KILLED, INJURED):
        return None
    if reader.word(first - 1) == "it" and reader.word(first - 2) in ("made", "makes", "making"):
        # "Three more died, which made it twelve" (not "making it one of the largest mass graves")
        return outcome if reader.word(first + 1) != "of" else None
    if reader.word(first - 1) not in ("became", "becomes", "is", "was", "reached"):
        return None
    total = reader.word(first - 2) in _TOTALS and reader.word(first - 3) == "the"
    total = total or reader.words[first - 3 : first - 1] == ["now", "it"]  # "..., so now it is seventeen"
    return outcome if total and "so" in reader.words[first - 6 : first] else None


# Nouns for a toll as a whole ("so the number became 26", "so the total is now 40").
_TOTALS = frozenset("number total toll count tally figure".split())


def _named_after(reader: SentenceReader, last: int) -> int:
    """The index after a person ending at ``last`` and the name given after them ("a shepherd named Ali Hasan")."""
    if reader.word(last + 1) in ("named", "called") and (name := _name_run(reader, last + 2)) is not None:
        return name + 1
    return last + 1


# What makes one person a part of the people counted before: "a police officer among them", "..., and my brother
# was one of them".
_ONE_OF_THEM = ("among them", "among whom", "among the dead", "among the victims", "was one of them", "was among them")
_ONE_OF_THEM += ("was one of the dead", "was among the dead", "was one of the victims", "was among the victims")


def _after_apposition(reader: SentenceReader, last: int) -> int:
    """The index after the person ending at ``last`` and a description set off by commas ("her husband, a fruit
    seller, among the dead"), or just after the person."""
    if reader.word(last + 1) == "," and reader.word(last + 2) in ("a", "an", "the"):
        close = next((k for k in range(last + 3, min(last + 9, len(reader))) if reader.words[k] == ","), None)
        if close is not None and all(w.isalnum() or w in ("-", "–", "'") for w in reader.words[last + 3 : close]):
            return close + 1
    return last + 1


def _said_before_another(reader: SentenceReader, first: int, after: int) -> str | None:
    """A bare number one source says, then another source's number for the same toll ("Local sources say 10, MSF
    says 15 dead"): the outcome of the second."""
    if reader.word(first - 1) not in _SAYS or reader.word(after) != ",":
        return None
    for k in range(after + 1, min(after + 7, len(reader))):
        if reader.words[k] in (".", ";") or reader.words[k] in CONTRAST:
            return None
        second = reader.number_at(k + 1) if reader.words[k] in _SAYS else None
        if second is not None:
            outcome = reader.verb_after(second[1], len(reader)) or OUTCOME_CUES.get(reader.word(second[1]))
            return outcome if outcome in (KILLED, INJURED) else None
    return None


_SAYS = frozenset("say says said put puts counts counted".split())


def _headed_count(reader: SentenceReader, first: int, after: int) -> str | None:
    """A number alone after a colon, headed by one kind of harm within seven words ("Martyrs of today in Deir
    al-Balah: 8.", "Wounded so far: 31", "Toll from the blast: 25 according to police, 30 according to ..."): that
    outcome."""
    colon = first - 1
    if reader.word(colon) == ",":  # "Toll from the blast: 25 according to police, 30 according to hospital sources"
        colon = next((k for k in range(first - 2, max(-1, first - 10), -1) if reader.words[k] in (":", ".", ";")), -1)
        if reader.word(colon) != ":" or "according" not in reader.words[colon:first]:
            return None
    sourced = reader.phrase_at(after, ("according to",)) is not None
    if reader.word(colon) != ":" or (reader.word(after) not in (".", ";", "", "!") and not sourced):
        return None
    start = next((k + 1 for k in range(colon - 1, -1, -1) if reader.words[k] in (".", ";", ":", "!", "?")), 0)
    heading = reader.words[start:colon]
    if len(heading) > 8:
        return None  # more than a heading before the colon
    kinds = {OUTCOME_CUES.get(w) for w in heading} & {KILLED, INJURED}
    kinds |= {OUTCOME_NOUNS[n] for w in heading if (n := person_noun(w)) in OUTCOME_NOUNS}
    return kinds.pop() if len(kinds) == 1 else None


def _times(reader: SentenceReader, i: int) -> int:
    """The multiple before "as many" at i: 2 for "twice", 3 for "three times", else 1."""
    if reader.word(i - 1) in ("twice", "double"):
        return 2
    number = reader.number_at(i - 2) if reader.word(i - 1) == "times" else None
    return number[0] if number is not None and number[1] == i - 1 and number[0] < 100 else 1


def _age_told(reader: SentenceReader, first: int, after: int) -> bool:
    """A bare number after "who was", "he is", "she was" and before a pause: one person's age ("Lina, who was four,
    died", "her son - he is six - still has metal in his back")."""
    lead = first - (reader.word(first - 1) in ("only", "just", "barely"))  # "who ... was only fifteen"
    if reader.word(lead - 1) not in ("was", "is"):
        return False
    # (and "Dan Bullock, who had lied about his age and was only fifteen, was killed")
    whose = reader.word(lead - 2) == "and" and "who" in reader.words[max(0, lead - 12) : lead - 2]
    if reader.word(lead - 2) not in ("who", "he", "she") and not whose:
        return False
    return reader.word(after) in (",", ".", ";", "-", "–", "—", "and", "when") or reader.word(after) == "years"


def _describes_a_thing(reader: SentenceReader, k: int) -> bool:
    """A singular person noun right before a thing ("commuter trains", "police cars") is its modifier."""
    word, thing = reader.word(k), reader.word(k + 1)
    return person_noun(word) == word and thing in THING_NOUNS and thing not in TIME_WORDS


def _split_casualties(reader: SentenceReader, mentions: list[Mention]) -> list[Mention]:
    """'3,774 civilian casualties (1,095 killed and 2,679 wounded)': a count of casualties followed by its split
    into the dead and the wounded is told by the split; the lumped count says nothing more."""
    kept = []
    for n, mention in enumerate(mentions):
        split = {m.outcome for m in mentions[n + 1 : n + 3]}
        opens = reader.word(mention.last + 1) in ("(", "-", "–", ":", ",")
        lumped = reader.words[mention.last] in ("casualties", "patients", "victims", "people")
        if lumped and opens and split == {KILLED, INJURED}:
            continue
        kept.append(mention)
    return kept


_DEAD_ADJECTIVES = frozenset("dead murdered slain".split())


def one_called_dead(reader: SentenceReader) -> Mention | None:
    """'branding the dead man a legitimate target', 'in the murder of the slain solicitor': one person whom only an
    adjective says is dead. Read when the sentence counts no dead otherwise (the dead man is often counted again)."""
    for k, word in enumerate(reader.words):
        noun = reader.word(k + 2)
        if word != "the" or reader.word(k + 1) not in _DEAD_ADJECTIVES or noun not in PERSON_NOUNS:
            continue
        if noun not in _NOT_ONE and singular_of(noun) == noun:
            return Mention(1, 1, EXACT, PERSON_NOUNS[noun], k, k + 2, KILLED)
    return None


def _of_the_attackers_named_after(reader: SentenceReader, mentions: list[Mention], first: int) -> bool:
    """'..., two of whom' right after 'by UVF men', 'by gunmen': a share of the attackers just named, not of the
    toll counted before them."""
    if reader.word(first - 1) != "," or reader.word(first + 2) != "whom" or not mentions:
        return False
    named = first - 2
    if named <= mentions[-1].last + 1:
        return False
    attackers = reader.word(named) in PERPETRATORS or reader.word(named) == "raiders"
    if person_noun(reader.word(named)) is None and not attackers:
        return False
    return "by" in reader.words[max(mentions[-1].last + 1, named - 3) : named]


def verb_of_the_next_number(reader: SentenceReader, after: int) -> bool:
    """Whether the words after a number are ", wounds 22" or "and injured at least 5": a casualty verb that
    has its own number, so it says nothing of the number before. A short phrase that describes the people counted
    may come first: "killing 106 of the civilians sheltering there and wounding about 116", "killed eleven people
    gathered for the Remembrance Sunday service and injured 63"."""
    for m in range(after, min(after + 8, len(reader))):
        if reader.words[m] in (",", "and"):
            after = m
            break
        if reader.words[m] in OUTCOME_CUES or reader.number_at(m) is not None or not reader.words[m].isalpha():
            break
    k = after + (reader.word(after) == ",")
    k += reader.word(k) == "and"
    if k == after or reader.word(k) not in OUTCOME_CUES:
        return False
    return any(reader.number_at(m) for m in range(k + 1, k + 4))


def _attached(reader: SentenceReader, mention: Mention) -> bool:
    """Whether a casualty verb is attached to a mention ("three men were killed", "killing three men")."""
    outcomes = (reader.verb_after(mention.last + 1, len(reader)), reader.verb_before(mention.first))
    return mention.outcome is not None or any(o in (KILLED, INJURED) for o in outcomes)


def _joined_to_the_harmed(reader: SentenceReader, i: int, mentions: list[Mention]) -> bool:
    """The person at i follows "and" right after people a verb before them killed or hurt: "killed four soldiers
    and the driver of our minibus"."""
    if reader.word(i - 1) != "and" or not mentions:
        return False
    gap = reader.words[mentions[-1].last + 1 : i - 1]  # "two carabinieri of his escort and the porter": whose they were
    whose = len(gap) in (3, 4) and gap[0] == "of" and gap[1] in ("the", "his", "her", "their", "its")
    # "killing a woman hanging out her laundry and the teenage son of her neighbour": what the first was doing
    doing = 2 <= len(gap) <= 6 and gap[0].endswith("ing") and gap[0] not in OUTCOME_CUES
    if mentions[-1].last != i - 2 and not ((whose or doing) and all(w.isalpha() for w in gap)):
        return False
    k = len(mentions) - 1  # back to the first of the list: "The dead are two students, a retired teacher and the"
    while k and mentions[k - 1].last == mentions[k].first - 2 and reader.word(mentions[k].first - 1) == ",":
        k -= 1
    return reader.verb_before(mentions[k].first) in (KILLED, INJURED)


def as_was_before(reader: SentenceReader, i: int) -> bool:
    """The person at i follows ", as was" (or ", as were"): "Both guards were killed, as was the cook"."""
    return reader.words[max(0, i - 3) : i] in ([",", "as", "was"], [",", "as", "were"])


def _harmed_as_well(reader: SentenceReader, i: int, mentions: list[Mention]) -> bool:
    """The person at i follows ", as was" right after people killed or hurt: "Both guards were killed, as was the
    cook who ran out to help them"."""
    if not as_was_before(reader, i) or not mentions:
        return False
    return any(w in OUTCOME_CUES for w in reader.words[mentions[-1].last + 1 : i - 3])


def _joined_to_counted_victims(reader: SentenceReader, j: int) -> bool:
    """'the two gunmen and five worshippers were killed': attackers joined by 'and' to a count of people, with the
    verb of harm after both (so the attackers are among the dead)."""
    counted = reader.number_at(j + 1) if reader.word(j) == "and" else None
    if counted is None or person_noun(reader.word(counted[1])) is None:
        return False
    return _harm_follows(reader, counted[1] + 1)


def _named_owner(reader: SentenceReader, i: int) -> bool:
    """'Layan's father', 'Samar's son', 'the dead man's younger brother': a person named by whose relative they
    are."""
    text = reader.tokens[i].text
    owner = text[:1].isupper() and text.endswith(("'s", "’s")) and reader.words[i] not in STOP
    owner = owner and not (i and reader.tokens[i - 1].text[:1].isupper())  # not "Abu Ahmad's", "Saddam Hussein's"
    start = i
    if not owner and text.endswith(("'s", "’s")) and text[:1].islower():
        stem = reader.words[i][:-2]
        start = next((k for k in (i - 1, i - 2) if reader.word(k) in ("the", "a")), None)
        owner = start is not None and person_noun(stem) == stem and singular_of(stem) == stem  # "the victim's"
    relative = i + 1 + (adjective_of(reader.word(i + 1)) is not None and person_noun(reader.word(i + 1)) is None)
    if not owner or PERSON_NOUNS.get(reader.word(relative)) not in (KIN, WOMEN, MEN, CHILDREN):
        return False
    # what befell them is told right there (not "a day after she criticised Haftar's son"; not "the dead man's
    # brother said": the verb before the whole phrase)
    after = relative + 1
    told = {reader.verb_before(start), reader.verb_after(after, len(reader)), _verb_after_people_listed(reader, after)}
    return bool(told & {KILLED, INJURED})


def _verb_after_people_listed(reader: SentenceReader, j: int) -> str | None:
    """'The grandmother, Nuha, 67, and the baby, Layan, eight months, were both killed', 'The driver, his conductor
    and two passengers died': the verb after the names, ages and further people that follow a person, from the
    comma at j."""
    k, named = j, False
    while k < min(len(reader), j + 25):
        word = reader.words[k]
        name = reader.tokens[k].text[:1].isupper() and word.isalpha() and word not in STOP
        age = reader.word(k - 1) == "," and (word.isdecimal() or word in NUMBER_WORDS)  # ", 67," ", eight months,"
        age = age or word in ("months", "month", "years", "year", "old", "-") and reader.word(k - 1) != "and"
        person = person_noun(word) is not None and word not in OUTCOME_CUES
        counted = (word.isdecimal() or word in NUMBER_WORDS) and reader.word(k - 1) == "and"  # "and two passengers"
        owned = reader.word(k - 1) in POSSESSIVE_WORDS or reader.word(k - 1) in NUMBER_WORDS  # "his assistant"
        person = person or (owned and word.isalpha() and word not in STOP)  # "three visitors"
        if not (word in (",", "and", "the", "his", "her", "their", "our", "my") or name or age or person or counted):
            break
        named, k = named or name or (person and k > j + 1), k + 1  # "The driver, his conductor and ..."
    return reader.verb_after(k, len(reader)) if named and reader.word(k) != "who" else None


def _joined_subject_harmed(reader: SentenceReader, j: int) -> bool:
    """'the driver and his son were killed', 'the commander and two of his guards were killed': a person joined by
    'and' to others, with the verb after both."""
    if reader.word(j) != "and":
        return False
    number = reader.number_at(j + 1)
    if number is not None and reader.phrase_at(number[1], ("of his", "of her", "of their")) is not None:
        noun = reader.noun_after(number[1] + 2)  # "the commander and two of his guards were killed": his men
        return noun is not None and reader.verb_after(noun[1] + 1, len(reader)) in (KILLED, INJURED)
    if number is not None and number[0] == 1:  # "the suicide bomber and one policeman died in the blast"
        noun = reader.noun_after(number[1])
        return noun is not None and reader.verb_after(noun[1] + 1, len(reader)) in (KILLED, INJURED)
    if reader.word(j + 1) not in ("his", "her", "their", "a", "an"):
        return False
    counted = _single_person(reader, j + 1)
    return counted is not None and reader.verb_after(counted[1] + 1, len(reader)) in (KILLED, INJURED)


def _the_pair_just_named(reader: SentenceReader, mentions: list[Mention], i: int) -> bool:
    """The count just before 'both' at i is two people, with nothing but their names between."""
    if not mentions or (mentions[-1].low, mentions[-1].high) != (2, 2):
        return False
    between = range(mentions[-1].last + 1, i)
    return all(reader.words[k] in (",", "and") or _capitalised(reader, k) for k in between)


def _both(reader: SentenceReader, mentions: list[Mention], i: int) -> Mention | None:
    """'both brothers': two people; 'both died', 'killing both': the two people counted before, with the verb's
    outcome (the earlier count is dropped when no casualty verb of its own is attached to it)."""
    noun = person_noun(reader.word(i + 1))
    if noun is not None and noun != reader.word(i + 1) and noun not in OUTCOME_NOUNS:
        named = len(mentions) > 1 and all((m.low, m.high) == (1, 1) for m in mentions[-2:])
        named = named and mentions[-1].last == i - 2 and reader.word(mentions[-1].first - 1) == "and"
        if named and reader.word(i - 1) == ",":
            del mentions[-2:]  # "Ahmad and Rami, both volunteers, died": the two named, said again
        elif reader.word(i - 1) == "," and _the_pair_just_named(reader, mentions, i):
            return None  # "two brothers, Ahmad and Khaled, both teachers": the pair counted, described again
        return Mention(2, 2, EXACT, PERSON_NOUNS.get(noun, TOTAL), i, i + 1)
    adjective = reader.word(i + 1)  # "both suicide bombers", "both crew members"
    described = adjective.isalpha() and adjective not in STOP and person_noun(adjective) in (None, adjective)
    noun = person_noun(reader.word(i + 2)) if described else None
    if noun is not None and noun != reader.word(i + 2) and noun not in OUTCOME_NOUNS:
        return Mention(2, 2, EXACT, PERSON_NOUNS.get(noun, TOTAL), i, i + 2)  # "both suicide bombers died"
    owned = person_noun(reader.word(i + 2)) if reader.word(i + 1) in OWNERS else None
    owned = None if PERSON_NOUNS.get(owned or "") == KIN else owned  # "lost both her parents": read with the kin
    if owned is not None and owned != reader.word(i + 2) and owned not in OUTCOME_NOUNS:
        return Mention(2, 2, EXACT, PERSON_NOUNS.get(owned, TOTAL), i, i + 2)  # "killing the captain and both his
        # subalterns"
    # "both of her sons were killed", "both of the witness's parents", "killed him and both of his sons"
    if reader.word(i + 2) == "the" and _possessive(reader.word(i + 3)):
        k = i + 4  # "both of the witness's parents"
    elif reader.word(i + 2) in (*OWNERS, "the"):
        k = i + 3  # "both of her sons", "both of the guards"
    else:
        k = None
    if reader.word(i + 1) == "of" and k is not None:
        noun = person_noun(reader.word(k))
        lost = reader.word(i - 1) in ("lost", "losing")  # "a mother who lost both of her sons"
        were = next((m for m in range(k + 1, min(k + 9, len(reader))) if reader.words[m] in ("were", "was")), k + 1)
        named = reader.word(k + 1) == "," and reader.word(were - 1) == ","  # "both of my cousins, Musa and Yahya,"
        if any(not w.isalpha() for w in reader.words[k + 1 : were]) and not named:
            were = k + 1  # "both of the guards at the gate were killed": past where they were, to their verb
        harmed = lost or reader.verb_after(were, len(reader)) in (KILLED, INJURED) or _harm_follows(reader, were)
        k = were - 2 if named else k  # the names are the same two people
        harmed = harmed or (reader.word(i - 1) == "and" and reader.verb_before(i - 2) in (KILLED, INJURED))
        if noun is not None and noun != reader.word(k) and harmed:
            return Mention(2, 2, EXACT, PERSON_NOUNS.get(noun, TOTAL), i, k)
    after = i + 1 + (reader.phrase_at(i + 1, ("of them",)) is not None) * 2
    outcome = reader.verb_after(after, len(reader)) or reader.verb_before(i)
    if outcome not in (KILLED, INJURED):
        return None
    if mentions and mentions[-1].low == 2 and not _attached(reader, mentions[-1]):
        mentions.pop()
    elif len(mentions) > 1 and all((m.low, m.high) == (1, 1) and not _attached(reader, m) for m in mentions[-2:]):
        del mentions[-2:]  # "a nurse, Fatima Hassan, and a pharmacist, Khaled Omar, both killed": the two again
    return Mention(2, 2, EXACT, TOTAL, i, after - 1, outcome)


# What the speaker says befell them when they count themselves among the wounded: "I was hit in the leg".
_SPEAKER_WOUNDED = frozenset("hit wounded injured hurt".split())


# Possessives before the people a partitive count is taken from: "two of her sons", "both of their daughters".
OWNERS = ("his", "her", "their", "my", "our", "its")


def _unlisted_people(reader: SentenceReader, first: int, after: int) -> tuple[int, str] | None:
    """A plural noun the vocabulary does not list, counted by the number before it and said to be killed or
    injured: the subject of the verb after it ("Four UN military observers were killed", "six truffle hunters
    lost their lives") or the object of the verb before the number ("killed 26 other cadres"). Only a run of up
    to three plain words, the last one plural; things, places and animals are left out. Returns the index of
    the noun and the outcome, or None."""
    for k in range(after, min(after + 3, len(reader))):
        word = reader.words[k]
        if word == "lives" and reader.word(first - 1) in _TAKERS_OF_LIVES:
            return k, KILLED  # "the massacre had claimed at least 292 innocent lives"
        if not word.isalpha() or word in STOP or word in AUX or word in OUTCOME_CUES or word in NUMBER_WORDS:
            return None
        if word in THING_NOUNS or word in PLACE_NOUNS or word in NOT_CASUALTY_WORDS or word in TIME_WORDS or (
            word in LOST_BODY_PART  # "lost three fingers": a wound, not three people
        ):
            return None
        if not (word.endswith("s") and not word.endswith(("ss", "us", "is")) and len(word) > 3):
            continue
        verb = k + 1
        if reader.word(verb) == "," and reader.phrase_at(verb + 1, ("one of them", "among them", "all of them")):
            # "Two white officials, one of them the welfare officer X, were killed": past the aside
            verb = next((m + 1 for m in range(verb + 2, min(verb + 14, len(reader))) if reader.words[m] == ","), verb)
        while reader.word(verb) in AUX or _adverb_at(reader, verb):
            verb += 1  # "were killed", "were all killed", "were seriously injured"
        outcome = _PLAIN_HARM.get(reader.word(verb))
        if reader.word(verb) == "lost" and reader.word(verb + 2) in ("lives", "life"):
            outcome = KILLED  # "lost their lives"
        if outcome is None and reader.verb_before(first) in (KILLED, INJURED):
            outcome = reader.verb_before(first)  # "killed 26 other cadres"
        return (k, outcome) if outcome is not None else None
    return None


# Verbs before "N lives" that say N people died.
_TAKERS_OF_LIVES = frozenset("claimed claiming claims claim cost costing costs took taking takes".split())
# Verbs that can only say people were killed or injured (not "burned", "hit": huts and buses are too).
_PLAIN_HARM = {
    **dict.fromkeys("killed died dead perished succumbed slain martyred executed murdered massacred".split(), KILLED),
    **dict.fromkeys("wounded injured hurt".split(), INJURED),
}


def _listed_noun(reader: SentenceReader, after: int) -> str | None:
    """The person noun at the end of a list of bare numbers ("4, 6 and 9 people"), or None."""
    j = after
    seen = False
    while reader.word(j) in (",", "and"):
        j += 1 + (reader.word(j) == "," and reader.word(j + 1) == "and")
        number = reader.number_at(j)
        if number is None or number[2] == "vague":
            return None
        j, seen = number[1], True
    noun = reader.noun_after(j) if seen else None
    return noun[0] if noun is not None and noun[0] not in OUTCOME_NOUNS else None


def verb_after_apposition(reader: SentenceReader, j: int) -> str | None:
    """The outcome of the verb after a counted phrase, past an apposition between commas ("one, a boy, died")."""
    outcome = reader.verb_after(j, len(reader))
    if outcome is None and reader.word(j) == ",":
        for k in range(j + 1, min(j + 14, len(reader))):
            if reader.words[k] in (".", ";") or reader.words[k] in CONTRAST or reader.words[k] in OUTCOME_CUES:
                return None
            if reader.words[k] in SPEECH_VERBS:
                return None  # "five fighters, the army said, adding that two soldiers were wounded": a source between
            if reader.words[k] == ",":
                outcome = reader.verb_after(k + 1, len(reader))
                if outcome is not None or not _age_or_name_follows(reader, k + 1):
                    return outcome  # "her mother, Fatma Ibrahim, 41, did not survive": past the name and the age
    return outcome


def _verb_before_a_title(reader: SentenceReader, i: int) -> str | None:
    """The outcome of a killing or wounding verb before the title of a name at i ("killed Reuters videographer X",
    "killed former prime minister X", "wounded local journalist X"), or None."""
    if person_noun(reader.word(i - 1)) is None:
        return None  # a title ends just before the name
    k = i - 1
    while k > i - 5 and k >= 0:
        text = reader.tokens[k].text
        titled = text.isalpha() and reader.words[k] not in STOP and reader.words[k] not in OUTCOME_CUES
        place = reader.word(k - 1) == "the" and k > i - 4  # "killed the Genoa chief prosecutor Francesco Coco"
        if not titled or (text[:1].isupper() and k < i - 2 and not place):
            break
        k -= 1
    k -= reader.word(k) == "the" and k < i - 1  # "killed the prominent cleric Mujib Rahman Ansari"
    outcome = OUTCOME_CUES.get(reader.word(k)) if k < i - 1 else None
    return outcome if outcome in (KILLED, INJURED) else None


def _shot_dead(reader: SentenceReader, k: int) -> bool:
    """'were shot dead', 'was executed': people killed, whatever adjective came before."""
    return reader.phrase_at(k, ("were shot dead", "was shot dead", "were executed", "was executed")) is not None


def _age_or_name_follows(reader: SentenceReader, k: int) -> bool:
    return reader.word(k)[:1].isdecimal() or _name_run(reader, k) is not None


def _reference_set(reader: SentenceReader, after: int) -> tuple[str, int] | None:
    """(noun, its index) for 'of the 24 passengers' after a number, when those 24 are not a toll."""
    if reader.word(after) != "of" or reader.word(after + 1) not in ("the", "their", "its", "our"):
        return None
    start = after + 2
    if reader.word(after + 1) == "the" and reader.word(start).endswith(("'s", "’s")):
        start += 1  # "Twenty-seven of the town's 28 volunteer firemen died"
    number = reader.number_at(start)
    if number is None or number[2] == "vague":
        return None
    noun = reader.noun_after(number[1])
    if noun is None or noun[0] in OUTCOME_NOUNS or noun[0] in ("victim", "casualty"):
        return None
    name, last = noun
    follower = reader.word(last + 1)
    relative = follower in ("who", "that") and reader.verb_after(last + 1, len(reader)) in (KILLED, INJURED)
    if (follower in OUTCOME_CUES and follower not in _FINITE_DEATHS) or relative:
        return None  # "12 of the 20 people killed", "two of the 15 people who were wounded"
    return name, last  # (and "nine of the ten gunmen died": "died" is what befell the nine)


# Verbs of death that are never a participle after a noun: what befell the count before "of the N ...".
_FINITE_DEATHS = frozenset("died perished drowned".split())


def _wounded_who_died(reader: SentenceReader, after: int) -> Mention | None:
    """The wounded of 'two of the 15 wounded later died', 'three of the 11 people who were wounded ... died': a
    toll of the injured (who still count as injured, as in 'wounded 24, three of whom died'), when the count
    before it is of those among them who died."""
    if reader.word(after) != "of" or reader.word(after + 1) not in ("the", "those"):
        return None
    number = reader.number_at(after + 2)
    if number is None or number[2] == "vague":
        return None
    low, high, qualifier, first, end = qualify(reader, after + 2, *number[:2], number[2])
    noun = reader.noun_after(end)
    last = noun[1] if noun is not None else end - 1
    cues = []
    for k in range(end, len(reader)):
        word = reader.words[k]
        if word in (".", ";", ",") or word in CONTRAST or word in ("that", "which", "when"):
            break  # "... who were injured in the blast that killed four": another clause's toll
        if word in OUTCOME_CUES:
            cues.append(OUTCOME_CUES[word])
    if cues[:1] != [INJURED] or KILLED not in cues[1:]:
        return None
    group = PERSON_NOUNS.get(noun[0], TOTAL) if noun is not None else TOTAL
    return Mention(low, high, qualifier, group, first, last, INJURED)


# What follows a bare number that continues the count before it: a place ("two outside Lyman"), "more", an end.
ELLIPSIS_FOLLOWERS = frozenset(
    "in at near on from outside inside along across around among north south east west others more other".split()
) | frozenset(".,;")


_TRIAGE_COLOURS = frozenset("red yellow green".split())


def _elliptical(reader: SentenceReader, mentions: list[Mention], first: int, after: int) -> bool:
    """'killed three people in Balyun and two in Iblin', '..., while the Observatory said seven': a bare
    number continuing the previous count."""
    told = first - 1 - (reader.word(first - 1) in ("only", "just"))  # "has confirmed only 40"
    source = reader.word(told) in SOURCE_WORDS or reader.word(first - 1) in SOURCE_NOUNS  # "..., the governor 16"
    if mentions and source and reader.word(after) in (".", ",", ";", ""):
        return True
    if not mentions or reader.word(first - 1) not in ("and", ",", ":", "another", "further", "plus"):
        return False
    if _where_hit(reader, after):
        return False  # "three brothers were injured, one in the face, one in the arm": where each was hurt
    # "8 according to the governor, 11 according to local officials", "put at 40 by officials, 45 by the rebels"
    by_both = reader.word(after) == "by" and reader.word(mentions[-1].last + 1) == "by"
    # "attributed 2,115 deaths to agents of the state and another 164 to political violence"
    to_both = reader.word(after) == "to" == reader.word(mentions[-1].last + 1) and bool(mentions[-1].outcome)
    by_both = by_both or to_both
    per = reader.word(after) == "per" and reader.word(after + 1) not in TIME_WORDS  # "21 per local rescuers"
    if reader.phrase_at(after, ("according to",)) is not None or by_both or per:
        return reader.word(first - 1) in ("and", ",") or (by_both and reader.word(first - 1) == "another")
    if reader.word(first - 1) == ":" and reader.glued(first - 1, first):
        return False  # a clock time, "3:20"
    # "Three soldiers were lightly injured and one moderately": how badly, the outcome left out
    how_badly = reader.word(after) in _SEVERITY and reader.word(first - 1) == "and"
    # "treated six people for live-fire wounds, five for rubber-bullet injuries and two for dog bites"
    treated_for = reader.word(after) == "for" and reader.word(mentions[-1].last + 1) == "for"
    # "14 were triaged red, 22 yellow and 30 green": the triage colour of each count
    triaged = reader.word(after) in _TRIAGE_COLOURS and reader.word(after + 1) in (",", "and", ".", "(", ";", "")
    if reader.word(after) not in ELLIPSIS_FOLLOWERS and not how_badly and not treated_for and not triaged:
        return False
    gap = reader.words[mentions[-1].last + 1 : first]
    reach = 11 if reader.word(first - 1) in ("another", "further") else 8  # "... and another seventeen at a second"
    return 0 < len(gap) <= reach and not any(w in (".", ";") or w in CONTRAST for w in gap)


def _where_hit(reader: SentenceReader, k: int) -> bool:
    """'in the leg', 'in his back', ', I think, in the head' at k: where on the body someone was hurt."""
    if reader.word(k) == ",":  # "and one, I think, in the head"
        close = next((m for m in range(k + 1, min(k + 5, len(reader))) if reader.words[m] == ","), None)
        if close is None:
            return False
        k = close + 1
    if reader.word(k) != "in":
        return False
    k += 1 + (reader.word(k + 1) in (*OWNERS, "the", "both"))
    return reader.word(k) in _BODY_PARTS


# Where on the body people are hit ("one in the leg and one in the head").
_BODY_PARTS = LOST_BODY_PART | frozenset(
    "head face neck chest stomach abdomen back shoulder shoulders thigh thighs knee knees jaw belly side hip".split()
)


# Verbs in the present of a headline before a person named without an article ("kills shepherd").
_HEADLINE_HARM = frozenset("kills wounds injures".split())
# Plural nouns of harm that a person noun before them describes ("civilian deaths", "soldier casualties").
_COUNTED_HARMS = frozenset("deaths fatalities casualties injuries losses victims".split())


# How badly someone was hurt, after a bare number that continues a toll of the wounded.
_SEVERITY = frozenset("lightly slightly moderately seriously severely critically badly gravely".split())


# Relatives named by whose relative they are: "the son of a local poet" is one person, not two.
_KIN_OF = frozenset(
    "son daughter wife husband mother father brother sister widow widower nephew niece cousin uncle aunt grandson "
    "granddaughter grandfather grandmother".split()
)
# Verbs whose object is blamed or aimed at, not reported harmed: "his family blamed a settler", "a strike that had
# targeted a senior commander".
_BLAMING_VERBS = frozenset("blamed blaming blame blames accused accusing accuse accuses targeted targeting".split())


# Counted attackers, not victims, unless a verb of harm is theirs: "hundreds of gunmen swept through".
ATTACKER_NOUNS = frozenset("gunman attacker assailant bomber hijacker sniper".split())
# Verbs with which a person owns or answers for a killing: "a sergeant admitted shooting dead a man".
_CONFESSING = frozenset("admitted confessed pleaded testified ordered denied".split())


def _confesses(reader: SentenceReader, k: int) -> bool:
    """The person counted before k (a closing comma aside) admits, confesses to or ordered the deed, or is
    charged with it ("a former paratrooper known as Soldier F was charged with the murders of")."""
    if reader.word(k + (reader.word(k) == ",")) in _CONFESSING:
        return True
    following = reader.words[k : k + 8]
    if "was" not in following:
        return False
    was = following.index("was")
    return any(w in ("charged", "convicted", "sentenced", "indicted") for w in following[was + 1 : was + 3])


# Verbs of harm done by the person before them when an object follows: "a border guard shot dead a boy".
ACTIVE_HARM = frozenset("shot killed stabbed murdered executed beat wounded injured".split())


def _acts_later(reader: SentenceReader, k: int) -> bool:
    """The person counted before k does something first, then harms others in the same clause: "A soldier walked
    off his base before dawn and shot dead 16 villagers", "turned his rifle on his mentors, killing two"."""
    first = reader.word(k)
    if first in AUX or first in OUTCOME_CUES or first == "and" or not first.isalpha():
        return False  # "A soldier was shot": the person suffered the verb
    if reader.phrase_at(k, ("turned his", "turned her", "turned their")) and reader.word(k + 3) == "on":
        return True  # "turned his rifle on his coalition mentors"
    for m in range(k + 1, min(k + 16, len(reader))):
        if reader.words[m] in (".", ";", "who", "that", "which", "when", "while"):
            return False
        if reader.words[m] == "and" and reader.word(m + 1) in ACTIVE_HARM:
            return acts_on_someone(reader, m + 1)
    return False


# The second half of "rebel-held", "militia-run", "settler-owned": the people only say whose the thing is.
_HELD_OR_LED = frozenset("held controlled run led owned backed occupied dominated allied linked affiliated".split())


def acts_on_someone(reader: SentenceReader, k: int) -> bool:
    """The person counted before k harms someone: the verb at k has an object ("shot dead a 16-year-old boy",
    "stabbed his neighbour", "killed two people"), so that person did it (not "a man shot dead in his car").
    A place phrase may stand between ("a guard at the detention centre in Tripoli shot dead one detainee")."""
    if reader.word(k) in ("at", "in", "of", "from") and reader.word(k - 1) not in OUTCOME_CUES:
        k = next((m for m in range(k + 1, min(k + 9, len(reader))) if reader.words[m] in ACTIVE_HARM), k)
        if any(w in (",", ".", ";", "who", "that") for w in reader.words[k - 8 : k]):
            return False
        if reader.word(k - 1) == "and" or (reader.word(k - 2) == "and" and _adverb_at(reader, k - 1)):
            return False  # "killed the driver of the tractor and (seriously) injured his two passengers": one subject
    if reader.word(k) == "," and reader.word(k + 1) in ACTIVE_HARM:  # "..., acting on orders from the brigade
        victims = reader.phrase_at(k + 2, ("at least", "more than", "some", "about")) or k + 2  # commander, killed
        found = reader.number_at(victims)  # at least 12 detainees": the commander's men did it
        return found is not None and reader.noun_after(found[1]) is not None
    if reader.word(k) in ("had", "has", "have") and reader.word(k + 1) in ACTIVE_HARM:
        k += 1  # "its fighter had killed 21": what the person had done
    if reader.word(k) not in ACTIVE_HARM:
        return False
    if reader.word(k + 1) == "and" and reader.word(k + 2) in ACTIVE_HARM:
        k += 2  # "shot and wounded an eight-year-old boy"
    k += 1 + (reader.word(k + 1) == "dead")
    named = k < len(reader) and reader.tokens[k].text[:1].isupper() and _name_run(reader, k) is not None
    # "killed President Jovenel Moïse": a title, then the name
    titled = _capitalised(reader, k) and person_noun(reader.word(k)) is not None
    named = named or (titled and _capitalised(reader, k + 1))
    aged = reader.word(k + 1) in ("-", "–") and reader.word(k + 2) in ("year", "month")  # "shot dead 20-year-old X"
    return reader.word(k) in ("a", "an", "his", "her", "their") or reader.number_at(k) is not None or named or aged


def _blamed_or_targeted(reader: SentenceReader, i: int, mentions: list[Mention]) -> bool:
    """Whether the person whose article is at i is the object of a verb of blame or of aim, or is joined by "and"
    to such an object ("blamed a settler and an off-duty police officer")."""
    if reader.word(i - 1) in _BLAMING_VERBS:
        return True
    if reader.word(i - 1) not in ("and", "or"):
        return False
    k = i - 2  # the end of the person before: was it such an object, and so left uncounted?
    counted_before = any(m.first <= k <= m.last for m in mentions)
    for m in range(k, max(-1, k - 6), -1):
        if reader.words[m] in _ONE_PERSON_OPENERS:
            return not counted_before and reader.word(m - 1) in _BLAMING_VERBS
    return False


def _describes_the_person(reader: SentenceReader, k: int) -> bool:
    """'the village chief', 'the elderly woman': a lower-case word before a singular person noun describes it."""
    word, noun = reader.word(k), reader.word(k + 1)
    if _possessive(word) and person_noun(word[:-2]) is None:
        word = word[:-2]  # "the school's guard": whose guard
    if person_noun(word) is not None:
        return _role_before_role(reader, k)
    if not word.isalpha() or word in STOP or word in OUTCOME_CUES:
        return False
    if word in ("sole", "only") and noun == "survivor":
        return True  # "the sole survivor, Alan Black, was hit 18 times": one person, hurt or not by the verb after
    if word in NUMBER_WORDS or word in ORDINALS or word in _NOT_DESCRIBING:
        return False  # "the six people killed", "the third journalist", "the only person killed": a count or a rank
    named = k + 2 < len(reader) and reader.tokens[k + 2].text[:1].isupper()  # "the young man Ahmad": named after
    return not named and not reader.tokens[k].text[:1].isupper() and singular_of(noun) == noun in PERSON_NOUNS


def _role_before_role(reader: SentenceReader, k: int) -> bool:
    """'the volunteer medic', 'the rebel commander', 'the hostage taker': a singular person noun before another."""
    word, noun = reader.word(k), reader.word(k + 1)
    if word in ("other", "and") or noun == "other" or singular_of(word) != word:
        return False
    if reader.tokens[k].text[:1].isupper() and word not in NOUN_MODIFIERS:
        return False  # "the Red Cross worker" is no role, but "the Russian soldier" describes one
    named = k + 2 < len(reader) and reader.tokens[k + 2].text[:1].isupper()  # "the army medic Ahmad": named after
    return singular_of(noun) == noun in PERSON_NOUNS and not named


_SPANS_OF_TIME = frozenset("second seconds minute minutes hour hours day days week weeks month months".split())


def _a_rate(reader: SentenceReader, k: int) -> bool:
    """From k, within a few words, "every" and a span of time: "(a child is dying) every two hours"."""
    every = next((m for m in range(k, min(k + 4, len(reader))) if reader.words[m] == "every"), None)
    return every is not None and bool(_SPANS_OF_TIME & set(reader.words[every + 1 : every + 3]))


def _after_owner_and_age(reader: SentenceReader, k: int) -> int:
    """Past a place's possessive and an age to the person noun ("the school's 62-year-old guard": the guard), or k."""
    if not _possessive(reader.word(k)) or person_noun(reader.word(k)[:-2]) is not None:
        return k
    aged = reader.word(k + 1).isdecimal() or reader.word(k + 1) in NUMBER_WORDS
    if not aged or reader.words[k + 2 : k + 6] not in (["-", "year", "-", "old"], ["-", "month", "-", "old"]):
        return k
    noun = reader.word(k + 6)
    return k + 6 if singular_of(noun) == noun in PERSON_NOUNS and noun != "other" else k


def _hyphened_person(reader: SentenceReader, k: int) -> bool:
    """'hostage-taker', 'co-pilot': a word joined by a hyphen to the singular person noun after it."""
    joined = reader.word(k + 1) in ("-", "–") and reader.glued(k, k + 1) and reader.glued(k + 1, k + 2)
    noun = reader.word(k + 2)
    counted = reader.word(k) in NUMBER_WORDS or noun in ("man", "member", "strong")  # "the seven-man crew"
    return joined and reader.word(k).isalpha() and not counted and singular_of(noun) == noun in PERSON_NOUNS


def _listed_after_a_breakdown_clause(reader: SentenceReader, i: int, mentions: list[Mention]) -> bool:
    """'Among the dead were six soldiers, the poet Kofi Awoonor and a pregnant architect': "the" at i goes on a list
    that a clause of the dead opened, right after the count before it."""
    if reader.word(i - 1) != "," or not mentions or mentions[-1].last != i - 2:
        return False
    return reader.phrase_before(mentions[-1].first, BREAKDOWN_CLAUSES) is not None


# What opens a clause that lists who the dead or wounded counted before it were.
BREAKDOWN_CLAUSES = (
    "the dead included", "the dead include", "the victims included", "the victims include", "those killed included",
    "among the dead were", "among the dead are", "among those killed were", "among those killed are",
    "among the victims were", "among the injured were", "among the wounded were", "the wounded included",
    "the injured included",
)  # fmt: skip


# What makes an "agent" a chemical rather than a person: "a mustard agent", "a nerve agent".
_AGENTS_OF_HARM = frozenset("mustard nerve chemical blister choking toxic biological riot-control".split())
# A second source's figure for the toll just told ("civil defence puts it at 23", "a later statement gave it as 15",
# "some researchers estimate it at 300,000").
_PUTS_IT = (
    "puts it at", "put it at", "putting it at", "places it at", "gave it as", "gives it as", "giving it as",
    "estimate it at", "estimates it at", "estimated it at", "estimating it at",
    "admitted to only", "admitted to", "acknowledged only", "conceded only",  # "though the army admitted to only four"
)
# What a person does who gives a toll rather than suffers one: "a tribal elder put the toll at 10".
_PUTS_THE_TOLL = ("put the toll", "put the number", "put the figure", "gave the figure", "gave the toll")
_PUTS_THE_TOLL += ("put the death toll", "puts the death toll", "puts the toll", "puts the number")


# Verbs of shooting "at" someone, which say where the shots went, not whom they hit.
_FIRED = frozenset("fired firing shot shooting aimed".split())
# Words before a person noun that rank or single out rather than describe: "the last attacker", "the only person".
_NOT_DESCRIBING = frozenset("only last first next same lone sole other remaining former".split())


# Bodies a person noun may describe ("a dissident faction", "a rebel group"): an organisation, not one person.
_BODIES_OF_PEOPLE = frozenset(
    "faction group movement party cell wing network outfit organisation organization front alliance militia unit "
    "team squad patrol committee".split()
)


# What "agent" is after these words: a poison ("a nerve agent", "a chemical agent"), not a person.
_KINDS_OF_POISON = frozenset("nerve chemical toxic blister choking biological riot-control".split())


_RANKED_DEATHS = frozenset("death fatality casualty killing victim".split())  # "the seventh migrant death"
_CASUALTY_SERVICES = frozenset(
    "clearing collection station evacuation ward unit department figure figures list lists count toll report "
    "reports numbers bureau".split()
)
_MINOR_HARMS = frozenset("injury injuries wound wounds cut cuts burn burns bruise bruises".split())
_TOLL_NOUNS = frozenset("dead wounded injured deaths casualties toll victims".split())


_ANOTHER_COUNT = frozenset("some many few several most all every each any".split())


def _single_person(reader: SentenceReader, i: int) -> tuple[str, int] | None:
    """'a man', 'an elderly woman', 'a 7-year-old boy', 'his son', 'another child': (noun, last index)."""
    k, limit = i + 1, i + 7
    while k < len(reader) and k <= limit:
        word = reader.words[k]
        if word in ("people", "persons"):
            return None  # "our people", "an estimated 35 people": a plural is not one person
        if word in _ANOTHER_COUNT:
            return None  # "a claim some student witnesses dispute": a second noun phrase, counted its own way
        if word in ("staff", "personnel", "crew", "police") and person_noun(reader.word(k + 1)) is None:
            return None  # "their staff" is no one person, but "a crew member" and "a police officer" are
        singular = singular_of(word)
        if word in NOUN_MODIFIERS and adjective_of(reader.word(k + 1)):
            k += 1  # "a Russian missile", "a Syrian doctor"
            continue
        adjective = adjective_of(reader.word(k + 1)) and person_noun(reader.word(k + 1)) is None
        if word == "national" and adjective and reader.word(k + 1) not in _LINKS:
            if not reader.tokens[k].text[:1].isupper():
                return None  # "a national NGO", "a national team": the adjective, not a citizen
            k += 1  # "a Haitian National Police officer": part of a name
            continue
        if word in PERSON_NOUNS or compound_person(word):
            if (word == "civilian" or word in DEMONYMS) and reader.word(k + 1) in _TOLL_NOUNS:
                return None  # "the civilian dead", "the American wounded": the toll, described
            if word == "fighter" and reader.word(k + 1) in ("-", "–") and reader.word(k + 2) == "bomber":
                return None  # "a U.S. fighter-bomber": an aircraft
            if word == "raider":
                return None  # "two bombs from a German raider": an aircraft or a ship ("the raiders" are people)
            if word == "casualty" and reader.word(k + 1) in _CASUALTY_SERVICES:
                return None  # "a casualty clearing station", "a casualty list": a service or a record
            if word == "minor" and (reader.word(k + 1) in INJURY_NOUNS or reader.word(k + 1) in _MINOR_HARMS):
                return None  # "suffered a minor injury": how bad, not a child
            if word == "other" or (reader.word(k - 1) in ("-", "–") and reader.word(k - 2) == "anti"):
                return None  # "an anti-personnel mine": a thing
            if word == "agent" and reader.word(k - 1) in _KINDS_OF_POISON:
                return None  # "exposure to a nerve agent": a poison, not a person
            if reader.word(k + 1) in THING_NOUNS or reader.word(k + 1) in PLACE_NOUNS:
                return None  # "a commuter bus", "a National Guard post": the person noun describes a thing
            if reader.word(k + 1) in SET_NOUNS:
                return None  # "their newborn twins": the set counts them
            compound = reader.word(k + 2) in ("-", "–") and reader.glued(k + 1, k + 2)  # "a peasant self-defence unit"
            if reader.word(k + 1) in _BODIES_OF_PEOPLE or (compound and reader.word(k + 4) in _BODIES_OF_PEOPLE):
                return None  # "a FARC dissident faction", "a rebel group": a body, not one person
            hyphenated = reader.word(k + 1) in ("-", "–") and reader.glued(k, k + 1)
            held_by = word in DEMONYMS or reader.word(k + 2) in _HELD_OR_LED
            if held_by and hyphenated and person_noun(reader.word(k + 2)) is None:
                return None  # "a Saudi-led coalition", "a rebel-held town" (not "a Palestinian-American")
            if reader.word(k + 1) in PERSON_NOUNS and reader.word(k + 1) not in ("other", "and"):
                k += 1  # "a volunteer medic", "a police officer": the last noun is the person
                if reader.word(k + 1) in THING_NOUNS or reader.word(k + 1) in PLACE_NOUNS:
                    return None  # "a National Guard post": the two nouns describe a place
            elif reader.word(k + 2) in PERPETRATORS and reader.word(k + 1).isalpha() and reader.word(k + 1) not in STOP:
                k += 2  # "a woman suicide bomber": the attacker
            return reader.word(k), _skip_age(reader, k)
        if singular != word and singular in PERSON_NOUNS:
            return None  # a plural after "a": "a few people", "a number of children"
        if word == "couple" and reader.word(k + 1) != "of":
            return "couple", k
        if word in ("few", "number", "lot", "couple", "total", "handful", "third", "quarter", "half"):
            return None
        if word in ("people", "persons") or (word in IRREGULAR_PLURALS and IRREGULAR_PLURALS[word] != word):
            return None  # "an estimated 35 people": a plural is not one person
        if word == "old" and reader.word(k - 1) in ("-", "–") and reader.word(k - 2) in ("year", "month"):
            if not adjective_of(reader.word(k + 1)):
                return "person", k  # "shot dead a 16-year-old and wounded his friend": the age is the person
        if word in ("-", "–") or word in ("year", "old", "month"):
            k += 1
            continue
        if word[:1].isdecimal() or word in NUMBER_WORDS:
            if reader.word(k + 1) not in ("-", "–") or reader.word(k + 2) in ("man", "member", "strong"):
                return None  # only an age ("a 7-year-old") sits between the article and the noun ("the seven-man")
            k += 1
            continue
        compound = reader.word(k + 1) in ("-", "–") and reader.glued(k, k + 1) and reader.glued(k + 1, k + 2)
        if compound and reader.word(k + 2).isalpha() and reader.word(k + 2) not in STOP:
            k += 2  # "a WHO-supported ambulance driver": the first half of a compound adjective
            continue
        if word in TIME_WORDS or word in _NOT_NAMES or word in _PREPOSITIONS:
            return None  # "a day after she criticised Haftar's son", "an army patrol under Lieutenant X": no adjective
        listed = word == "were" and reader.word(i - 1) == "and"  # "A schoolboy and a rickshaw puller were killed"
        # (not "two rebels carrying rifles and a radio were killed": a thing listed after a thing)
        listed = listed and (person_noun(reader.word(i - 2)) is not None or _capitalised(reader, i - 2))
        if (word == "was" or listed) and k > i + 1 and _unlisted_person_harmed(reader, k - 1):
            return reader.word(k - 1), k - 1  # "a suspected drug dealer was killed": a noun the vocabulary lacks
        if word[:1].isalpha() and word not in STOP and word not in OUTCOME_CUES and word not in THING_NOUNS:
            k += 1  # an adjective: "elderly", "pregnant", "young", "displaced"
            continue
        following = reader.word(k + 1)
        if word in THING_NOUNS and following in PERSON_NOUNS and singular_of(following) == following != "other":
            k += 1  # "a bus driver", "a truck driver": the thing describes the person's work
            continue
        if word in _HARMED_ADJECTIVES and _adverb_at(reader, k - 1):
            k, limit = k + 1, limit + 2  # "a seriously wounded 10-year-old girl": the outcome goes with the person
            continue
        return None
    return None


# Remains counted as the dead they were: "over 300 sets of human remains", "30 children's remains".
_REMAINS_COUNTED = (
    "sets of human remains", "sets of remains", "children's remains", "people's remains", "victims' remains",
)  # fmt: skip
# Names that stand for the dead: "160 names of the dead", "1,200 confirmed names of people killed".
_NAMES_OF_THE_DEAD = (
    "names of the dead", "names of people killed", "names of those killed", "names of victims", "names of the victims",
    "names of the killed",
)  # fmt: skip
_PREPOSITIONS = frozenset("under over near after before during against into through without among behind".split())
# Where the one more person counted with the verb left out was: "... and a third in the next village".
ELIDED_AT = ("in", "at", "near", "outside", "on")
# Words after "the civilian dead" that treat it as a toll, not one person ("at six", "rose to", "numbered").
_WHAT_A_TOLL_DOES = frozenset("at to were are stood stands numbered rose reached included includes".split())


# Participles that describe one person as harmed when they stand, after an adverb of degree, before the noun
# ("a badly injured man"); bare, they describe more often than they count ("tried to reach an injured man").
_HARMED_ADJECTIVES = {"wounded": INJURED, "injured": INJURED}
# What one does for a wounded person: "carrying a wounded rifleman", "dragging a wounded comrade to cover".
_HELPING_THE_HURT = frozenset("carrying carried dragging dragged rescuing rescued treating helping evacuating".split())
# What those hurt are called by after "of those": "two of those burned", "one of those maimed".
_HURT_PARTICIPLES = frozenset("burned burnt maimed blinded hurt hospitalised hospitalized".split())


def _harmed_adjective(reader: SentenceReader, first: int, last: int) -> str | None:
    """The outcome of a participle before a single person's noun ("a badly injured man"), or None."""
    return next((_HARMED_ADJECTIVES[w] for w in reader.words[first:last] if w in _HARMED_ADJECTIVES), None)


POSSESSIVE_WORDS = frozenset("his her their its".split())
# Words before the noun of one person: "a man", "his son", "its rider", "another child".
_ONE_PERSON_OPENERS = frozenset("a an his her its their my our your whose another".split())
# Person nouns that name a group, never one person: "Staff were evacuated", "Police said".
_BODIES_OF_STAFF = frozenset("staff personnel crew police".split())
_NOT_ONE = frozenset("other staff personnel crew police youth idp displaced casualty".split())
_WEEKDAYS = frozenset("monday tuesday wednesday thursday friday saturday sunday".split())
# Phrases before a person who gave the orders: "on the orders of a local commander", "a unit led by a colonel".
COMMANDING = (
    "orders of", "order of", "led by", "commanded by", "headed by", "command of", "instructions of", "loyal to",
    "under",
)
# Capitalised words that are no one's name; connectors inside Arabic and other names.
_NOT_NAMES = frozenset("nobody none no one everyone someone anyone i we you he she they it this that there".split())
_QUANTITY_WORDS = frozenset("many several some all both most few dozens scores hundreds thousands tens".split())
# Words after a number that start a phrase of their own rather than describe what it counts.
_LINKS = frozenset("after before when since during near following amid over under across than".split())
_PLACE_PREPOSITIONS = frozenset("of in at from near on to into outside inside around across towards toward".split())
_NAME_CONNECTORS = frozenset("al el bin ibn abu bint de del da dos la van von".split())
# Last words of capitalised names that are places or buildings, not people ("Oruba Square", "Al-Shifa Hospital").
_PLACE_NAME_HEADS = frozenset(
    "square street road avenue market bazaar bridge hospital mosque church school university camp district province "
    "governorate region city town village valley river mountain mountains airport base port station prison "
    "neighbourhood neighborhood quarter park stadium hotel palace tower gate roundabout junction crossing "
    "battalion brigade regiment division company platoon squadron corps unit".split()
)


_TITLE_ABBREVIATIONS = frozenset("dr prof mr mrs ms sgt capt col gen lt".split())
# Ranks written before a name, which start no name of their own: "to Private Daniel Reyes and Corporal Ana Moreno".
_RANKS = frozenset("private corporal sergeant lieutenant captain major colonel brigadier constable inspector".split())


def _name_run(reader: SentenceReader, i: int) -> int | None:
    """The last token of a name starting at i ("Ibrahim Saleh", "Mariam", "Abu al-Kheir"), or None."""

    word = reader.word(i)  # "" past the end: "0 PEOPLE,," ends on the comma an apposition would follow
    if _an_initial(reader, i) and reader.word(i + 1) == "." and _capitalised(reader, i + 2):
        return _name_run_from(reader, i + 2)  # "B. Nadesan and S. Pulidevan were shot dead": an initial, a name
    if reader.word(i - 1) == "." and _an_initial(reader, i - 2) and reader.glued(i - 2, i - 1):
        return None  # "Nadesan" of "B. Nadesan": inside the name that starts at its initial
    if not _capitalised(reader, i) or word in _NOT_NAMES or word in STOP or word in OUTCOME_CUES or person_noun(word):
        return None
    if word in MONTHS or word in _WEEKDAYS:
        return None  # "on 1 April had killed seven": a date
    if word in NUMBER_WORDS or word in _QUANTITY_WORDS or reader.number_at(i) is not None:
        return None  # "Four died", "Many were killed": a count, not a name
    after_place_word = reader.word(i - 1) in _PLACE_PREPOSITIONS or reader.word(i - 1) == "the"
    after_place_word = after_place_word or _listed_after_a_place_word(reader, i)
    ranked = word in _RANKS and _capitalised(reader, i + 1)  # "paid tribute to Private Daniel Reyes": a soldier
    place = after_place_word and not _harmed_before_name(reader, i) and not ranked
    # (but "the image of Omar Khawar and his infant son": a place has no son)
    named_here = reader.word(i - 1) == "of" and _with_a_relative_or_an_age(reader, _name_run_from(reader, i))
    if place and not named_here:
        return None  # "the shelling of Darat Izza", "in Aleppo": a place; "the Popular Mobilisation Forces": a body
    if word in _TITLE_ABBREVIATIONS:
        return None  # "Dr Samir Khalil": the name starts after the title
    hyphened = reader.word(i - 1) in ("-", "–") and reader.glued(i - 2, i - 1) and reader.glued(i - 1, i)
    hyphened = hyphened and reader.word(i - 2) not in _RANKS  # "Lieutenant-General X": the name starts at the rank
    inside = _capitalised(reader, i - 1) or reader.word(i - 1) in _NAME_CONNECTORS or hyphened  # "Tse-Ortese"
    inside = inside and reader.word(i - 1) not in _TITLE_ABBREVIATIONS
    if i > 0 and inside and not person_noun(reader.words[i - 1]):
        return None  # inside a name, not its start ("Father Tomas Rey": a title before it is no part of it)
    return _name_run_from(reader, i)


def _listed_after_a_place_word(reader: SentenceReader, i: int) -> bool:
    """The name at i goes on a list of names opened by a place word: "operations in Iraq, Syria, Afghanistan and
    Somalia had killed": places, not people."""
    if reader.word(i - 1) not in (",", "and"):
        return False
    end = _name_run_from(reader, i)
    goes_on = reader.word(end + 1) in (",", "and") and _capitalised(reader, end + 2)
    if reader.word(i - 1) != "and" and not goes_on:
        return False  # (not "Iran's ambassador in Beirut, Mojtaba Amani, was among those hurt": a name after a place)
    k = i - 1
    while k > 0 and (reader.words[k] in (",", "and") or _capitalised(reader, k)):
        k -= 1
    return reader.words[k] in ("in", "across", "from", "to") and k < i - 2 and _capitalised(reader, k + 1)


# People named by whom they work for: "employees of a mining contractor", "workers of a local farmer".
_WORKERS = frozenset("employees workers staff labourers laborers guards drivers servants".split())


def _past_a_name_between_commas(reader: SentenceReader, k: int) -> int:
    """Past ", Nikolaos Dertilis," at k: the name of the person just counted ("an army lieutenant, Nikolaos
    Dertilis, had shot dead ..."), or k when no name is there."""
    name = _name_run(reader, k + 1) if reader.word(k) == "," and _capitalised(reader, k + 1) else None
    return name + 2 if name is not None and reader.word(name + 1) == "," else k


def _past_an_aside(reader: SentenceReader, last: int) -> int:
    """The token after an aside between commas that follows the person counted at ``last`` ("a third man, a
    passer-by, later died"; "a fourth, who lay still beneath the bodies, survived"), or last + 1 when none does."""
    if reader.word(last + 1) != ",":
        return last + 1
    named = _past_a_name_between_commas(reader, last + 1)
    if named > last + 1:
        return named  # "and a third, Stefano Recchioni, was killed": the one counted, named
    close = _described(reader, last)
    if close == last and reader.word(last + 2) == "who":
        close = next((m for m in range(last + 3, min(last + 16, len(reader))) if reader.words[m] == ","), last)
    return close + 1 if close > last else last + 1


def _an_initial(reader: SentenceReader, k: int) -> bool:
    """A capital letter alone that starts a name: an initial ("J. Smith") or an honorific ("U Tin Aung")."""
    text = reader.tokens[k].text if 0 <= k < len(reader) else ""
    return len(text) == 1 and text.isupper() and text not in ("A", "I")


def _capitalised(reader: SentenceReader, k: int) -> bool:
    text = reader.tokens[k].text if 0 <= k < len(reader) else ""
    return text[:1].isupper() and text.isalpha() and not text.isupper()


# Words after a name and a hyphen that make a compound, not a name: "Hamas-run", "Saudi-led", "Gaza-born".
_NOT_A_SYLLABLE = frozenset("led run held born made era style like type wide based owned free area".split())


def _name_run_from(reader: SentenceReader, i: int) -> int:
    """The last token of the capitalised words (with "al", "bin" and hyphens inside) from i on, four at most more."""
    k = i
    while k + 1 < len(reader) and k < i + 4:
        nxt = reader.words[k + 1]
        # "al", "bin", or a hyphen inside "al-Masri", followed by more of the name
        hyphen = nxt in ("-", "–") and reader.glued(k, k + 1) and reader.glued(k + 1, k + 2)
        joiner = nxt in _NAME_CONNECTORS or hyphen
        after_hyphen = reader.words[k] in ("-", "–") and reader.glued(k, k + 1)  # "al-Sheikh": a title word inside
        # "Chen Cheng-po", "Tang Te-chang": a given name's second syllable after a hyphen, in the lower case
        syllable = reader.word(k + 2) if hyphen and reader.tokens[k].text[:1].isupper() else ""
        syllable = syllable.isalpha() and len(syllable) <= 5 and syllable not in _NOT_A_SYLLABLE
        if _capitalised(reader, k + 1) and (person_noun(nxt) is None or after_hyphen):
            k += 1
        elif joiner and (_capitalised(reader, k + 2) or _capitalised(reader, k + 3)):
            k += 1
        elif syllable and not reader.tokens[k + 2].text[:1].isupper():
            k += 2
        else:
            break
    return k


def verb_after_a_name(reader: SentenceReader, k: int, hi: int) -> str | None:
    """The outcome of the verb after the name at k that follows a person counted ("his wife Sahar, who had got up
    to warm milk, lost the sight in one eye"), past the name's age and a who-clause; None without a name."""
    if not _capitalised(reader, k):
        return None
    after = _age_after_name(reader, _name_run_from(reader, k)) + 1
    if reader.word(after) == "," and reader.word(after + 1) == "who":
        after = next((m + 1 for m in range(after + 2, min(after + 18, hi)) if reader.words[m] == ","), after)
    verb = reader.verb_after(after, hi)
    return verb if verb in (KILLED, INJURED) else None  # ("survived with burns" is read after)


def _with_a_relative_or_an_age(reader: SentenceReader, last: int) -> bool:
    """'Omar Khawar and his infant son', 'Mustafa, 62,': a name ending at ``last`` followed by the person's relative
    or age (a place has neither)."""
    if _age_after_name(reader, last) > last:
        return True
    if reader.word(last + 1) != "and" or reader.word(last + 2) not in POSSESSIVE_WORDS:
        return False
    counted = _single_person(reader, last + 2)
    return counted is not None and PERSON_NOUNS.get(counted[0]) in (KIN, CHILDREN, WOMEN, MEN)


def _ordinal_value(word: str) -> int | None:
    """'fifth' -> 5, '12th' -> 12 (above one: "the first person to die" says nothing of a toll)."""
    value = ORDINAL_VALUES.get(word)
    if value is None and word[-2:] in ("th", "st", "nd", "rd") and word[:-2].isdecimal():
        value = int(word[:-2])
    return value if value and value > 1 else None


def _harmed_themselves(reader: SentenceReader, k: int) -> bool:
    """After an attacker: "was killed", "also died", "blew himself up" (not "killed seven", "drove into ..."); or
    "and one policeman died" (the attacker and another as one subject of the verb of death)."""
    if reader.word(k) in ("was", "were", "also", "died", "himself", "herself") and _harm_follows(reader, k):
        return True
    if reader.word(k) != "and":
        return False
    subject_end = next((m for m in range(k + 1, min(k + 6, len(reader))) if reader.words[m] in ("died", "were")), None)
    return subject_end is not None and _harm_follows(reader, subject_end)


def _speaks(reader: SentenceReader, k: int) -> bool:
    """A speech verb at k, or after a phrase of a few words ("of the local council said", "at the clinic said")."""
    if reader.word(k) in ("of", "at", "from", "in", "with"):
        for m in range(k + 1, min(k + 6, len(reader))):
            if reader.words[m] in SPEECH_VERBS:
                return True
            noun = reader.words[m - 1] in ("the", "those")  # "a relative of one of the victims said"
            if not reader.words[m].isalpha() or (reader.words[m] in OUTCOME_CUES and not noun):
                return False
        return False
    if reader.word(k) in ("has", "have", "had"):  # "her mother has repeatedly demanded": a deed of her own
        k += 1 + _adverb_at(reader, k + 1)
    if reader.word(k) == "called" and reader.word(k + 1) in ("the", "it", "this", "for", "on", "them"):
        return True  # "a union leader called the shooting a massacre" (not "a man called Ahmed")
    return reader.word(k) in _SPEAKING


# Verbs of asking and insisting whose subject, a person just counted, speaks rather than suffers; with the
# speech verbs, what a person counted does when they are a source rather than a casualty.
_DEMANDING = frozenset(
    "demanded urged appealed insisted vowed pleaded accused described asked blamed denied condemned warned "
    "estimated shouted cried screamed whispered sobbed".split()
)
_SPEAKING = SPEECH_VERBS | _DEMANDING


def _listed_people_harmed(reader: SentenceReader, k: int) -> bool:
    """After a list of people ending before k: "were killed", "died" (not "killed ...": places do that too)."""
    every = reader.phrase_at(k + 1, ("both of whom", "all of whom", "both of them", "all of them"))
    if reader.word(k) == "," and every is not None:
        return _harm_follows(reader, every)  # "... and her neighbour Daniel Reyes, 61, both of whom died at the scene"
    if reader.word(k) == ",":
        closing = _described(reader, k - 1)  # "..., brothers aged 14 and 16, were killed": past the description
        if closing == k - 1 and reader.word(k + 1) == "the" and reader.word(k + 2) in ("youngest", "oldest", "eldest"):
            # "and their four children, the youngest two years old, were killed": past the one picked out
            closing = next((m - 1 for m in range(k + 3, min(k + 10, len(reader))) if reader.words[m] == ","), closing)
        k = closing + 1 if closing > k - 1 else k + 1
    if reader.word(k) == "who" and reader.word(k - 1) == ",":
        k += 1  # "Dr Ahmed Saleh and nurse Maryam Haddad, who were killed while ..."
    if reader.phrase_at(k, ("of the",)) is not None:
        k = _past_origin_or_unit(reader, k)  # "Paramedics Ali Hassan and Mohammad Hamdan of the Islamic Health ..."
    k += reader.word(k) == "also" and reader.word(k + 1) in ("died", "perished", "were")  # "and Y also died"
    listed_verbs = ("were", "died", "have", "had", "all", "lost", "perished", "succumbed", "are", "did", "never")
    listed_verbs += ("drowned",)
    if reader.word(k) in ("named", "identified"):  # "Olena, 41, and Serhiy, 44, named by city council as victims"
        as_ = next((m for m in range(k + 1, min(k + 7, len(reader))) if reader.words[m] == "as"), None)
        if as_ is not None and reader.phrase_at(as_ + 1, ("victims", "the victims", "among the dead", "dead")):
            return True
    if _participle_of_harm(reader, k):
        return True  # "Relatives mourn Olena and Mykola Petrenko, killed when ...", "X and his cousin killed in ..."
    among = reader.phrase_at(k, ("were among those who", "were among those", "were among the"))
    if among is not None and reader.verb_after(among, len(reader)) in (KILLED, INJURED):
        return True  # "X, 23, and Y, 53, were among those killed in their tents"
    return reader.word(k) in listed_verbs and _harm_follows(reader, k)


def _unlisted_person_harmed(reader: SentenceReader, k: int) -> bool:
    """A singular noun at k that the vocabulary does not list, followed by "was killed", "was wounded" or "was
    shot dead": only a person is. Things, places and animals are left out."""
    noun = reader.word(k)
    if not noun.isalpha() or noun in STOP or noun in THING_NOUNS or noun in PLACE_NOUNS or noun in NOT_CASUALTY_WORDS:
        return False
    verb = reader.word(k + 2)
    return verb in _PLAIN_HARM or (verb in ("shot", "found") and reader.word(k + 3) == "dead")


def _participle_of_harm(reader: SentenceReader, k: int) -> bool:
    """'killed when ...', 'wounded in ...': a participle of harm at k that describes the people before it."""
    if reader.word(k) in ("lying", "found", "left", "shot") and reader.word(k + 1) == "dead":
        return True  # "Omar Khawar and his infant son, lying dead together in a doorway", "X, shot dead on the bridge"
    k += reader.word(k) in HOW_BADLY and reader.word(k + 1) in ("wounded", "injured")  # "seriously wounded in"
    if reader.word(k) not in ("killed", "wounded", "injured"):
        return False
    at_a_place = reader.word(k + 1) == "at" and reader.word(k + 2) in ("the", "a", "an", "his", "her", "their")
    return reader.word(k + 1) in _PARTICIPLE_FOLLOWERS or at_a_place  # "..., killed at the market gate"


HOW_BADLY = frozenset("seriously critically gravely badly severely mortally fatally slightly lightly".split())
_PARTICIPLE_FOLLOWERS = frozenset("when in by as on after during while".split())  # not "at" ("killed at least 78")


# Where one stood beside the person harmed just before: "the radioman next to him lost a leg".
BESIDE_THEM = ("next to him", "next to her", "beside him", "beside her")


def _harmed_after_where_they_were(reader: SentenceReader, k: int) -> bool:
    """'the boy in the video was killed', 'the driver of the truck was wounded': a short phrase of where the person
    was, then a verb that harmed them."""
    beside = reader.phrase_at(k, BESIDE_THEM)
    if beside is not None:  # "the radioman next to him lost a leg"
        return reader.verb_after(beside, len(reader)) in (KILLED, INJURED)
    if reader.word(k) not in ("in", "at", "on", "inside", "of"):
        return False
    named = reader.word(k) == "of" and _capitalised(reader, k + 1)  # "the chief of Nova Zambezia village was killed"
    if reader.word(k + 1) not in ("the", "a", "an") and not named:
        return False
    m = k + 2
    while m < min(k + 5, len(reader)) and reader.words[m].isalpha() and reader.words[m] not in STOP:
        if reader.words[m] in OUTCOME_CUES:
            return False
        m += 1
    if reader.word(m) == "," and named:
        return False  # "Alejandro Arcos, the mayor of Chilpancingo, was murdered": the name's description
    if reader.word(m) == ",":  # "the boy in the video, ten-year-old Karim, was killed": past his name
        m = next((c for c in range(m + 1, min(m + 8, len(reader))) if reader.words[c] == ","), m) + 1
    return reader.word(m) in ("was", "were") and _harm_follows(reader, m)


def _counted_by_ages(reader: SentenceReader, i: int) -> tuple[int, int] | None:
    """'brothers aged 4, 7 and 10': a plural person noun at i with no count, then the age of each (two or more):
    (how many, the last token of the ages)."""
    word = reader.word(i)
    aged = i + 1 + (reader.word(i + 1) == ",")  # "The children, aged 4 and 7, were killed"
    if singular_of(word) == word or singular_of(word) not in PERSON_NOUNS or reader.word(aged) != "aged":
        return None
    count, k = 0, aged + 1
    while reader.word(k).isdecimal():
        count, last = count + 1, k
        if reader.word(k + 1) == "," and reader.word(k + 2) == "and":
            k += 3
        elif reader.word(k + 1) in (",", "and"):
            k += 2
        else:
            break
    return (count, last) if count >= 2 and reader.word(last + 1) not in ("years", "months", "to", "-") else None


def _died_after_where(reader: SentenceReader, k: int) -> bool:
    """At k, a short phrase of where or in what ("in the Qabatiya raid"), then "died" or "succumbed"."""
    if reader.word(k) not in ("in", "at", "during", "from", "by"):
        return False
    for m in range(k + 1, min(k + 7, len(reader))):
        if reader.words[m] in ("died", "succumbed"):
            return True
        if not reader.words[m].isalpha() or reader.words[m] in OUTCOME_CUES:
            return False
    return False


def then_died(reader: SentenceReader, k: int) -> bool:
    """From k on, within the clause, "and died" (or "and succumbed"): the same person's second verb; also "and
    tortured to death", "and executed" after a passive ("was seized by ... and tortured to death")."""
    for m in range(k, min(k + 20, len(reader))):
        later = m + 1 + (reader.word(m + 1) in ("later", "then", "soon"))
        if reader.words[m] == "but" and reader.word(later) in ("died", "succumbed"):
            return True  # "was still breathing when the ambulance arrived but died shortly after"
        if reader.words[m] in (",", ".", ";") or reader.words[m] in CONTRAST:
            return False
        if reader.words[m] != "and":
            continue
        if reader.word(m + 1) in ("died", "succumbed"):
            return m < k + 10
        found = m + 1 + (reader.word(m + 1) in ("later", "then", "were", "was"))
        found_dead = reader.word(found + 1) in ("dead", "murdered", "killed", "executed", "beheaded")
        found_dead = found_dead or reader.words[found + 1 : found + 3] == ["shot", "dead"]
        if reader.word(k - 1) in ("was", "were") and reader.word(found) == "found" and found_dead:
            return True  # "were abducted by National Guardsmen ... and later found murdered"
        if reader.word(k - 1) in ("was", "were") and reader.words[found : found + 3] == ["turned", "up", "dead"]:
            return True  # "were seized by Treasury Police agents and turned up dead two days later"
        body = m + 1 + (reader.word(m + 1) == "that")  # "was driven away ... and that his body turned up in a forest"
        if reader.word(body) in ("his", "her", "their") and reader.word(body + 1) in ("body", "bodies", "remains"):
            if reader.word(k - 1) in ("was", "were") and BODY_FOUND & set(reader.words[body + 2 : body + 5]):
                return True
        to_death = reader.words[m + 2 : m + 4] == ["to", "death"]
        verb = m + 1 + (reader.word(m + 1) in ("later", "then", "subsequently"))  # "and later killed"
        killed = OUTCOME_CUES.get(reader.word(verb)) == KILLED and not reader.word(verb).endswith("ing")
        killed = killed or reader.words[verb : verb + 2] == ["shot", "dead"]  # "dragged from his home and shot dead"
        # "were taken prisoner at the government building and then shot": seized, then shot
        seized = reader.word(verb) == "shot" and bool(_SEIZED & set(reader.words[k : m]))
        after = reader.word(verb + 1 + (reader.word(verb + 1) == "dead"))
        if reader.word(k - 1) in ("was", "were") and (to_death or killed or seized) and after not in _OBJECT_WORDS:
            return True
    return False


# How people were taken before they were shot: "seized", "taken prisoner", "dragged from their homes".
_SEIZED = frozenset("seized taken dragged abducted kidnapped pulled marched led rounded".split())
# What became of a body found: "his body turned up", "their bodies were found", "her remains surfaced".
BODY_FOUND = frozenset("found turned surfaced recovered discovered".split())
# Words that open the object of a verb: "and killed his wife" is the subject's own deed, not what befell him.
_OBJECT_WORDS = frozenset("a an the his her their two three four five six several".split())


def _harm_follows(reader: SentenceReader, k: int) -> bool:
    """The verb at k says people were killed or injured ("was killed", "died", "were shot dead")."""
    if reader.verb_after(k, len(reader)) in (KILLED, INJURED):
        return True
    if reader.word(k) in ("was", "were") and then_died(reader, k + 1):
        return True  # "was hit in the chest and died at the scene"
    # "were shot dead", "were all hurt": an outcome word right after ("was hit, killing five": not theirs)
    for m in range(k + 1, k + 4):
        word = reader.word(m)
        joined = word == "and" and m > k + 1 and OUTCOME_CUES.get(reader.word(m + 1)) in (KILLED, INJURED)
        if joined and not reader.word(m + 1).endswith("ing"):
            return True  # "was run over and killed": the second verb of the same person
        if word in (",", ";", "and", "when", "as"):
            return False
        if OUTCOME_CUES.get(word) in (KILLED, INJURED) and not word.endswith("ing") and m < k + 3 and word != "life":
            return True  # (not "were given life sentences for the attack")
    return False


_LIST_WORDS = frozenset(", and his her their ( ) - –".split())


def _in_victim_list(reader: SentenceReader, i: int) -> bool:
    """Whether the name at i is an item of a list after a heading that names a harm, such as "The martyrs
    are:" or "Those killed were:". Only names, relatives, ages and commas may come between."""
    k = i - 1
    while k >= 0 and reader.words[k] != ":":
        word, text = reader.words[k], reader.tokens[k].text
        if not (
            word in _LIST_WORDS
            or text[:1].isupper()
            or word.isdecimal()
            or person_noun(word) is not None
            or word in _NAME_CONNECTORS
        ):
            return False
        k -= 1
    if k < 1:
        return False
    heading = reader.words[max(0, k - 7) : k]  # "Names of today's victims in Tulkarm camp:"
    for word in reversed(heading):
        if word in (".", "?", "!", ";", ":"):
            return False  # "Q: How many were killed? A: ...": a question, not a heading
        if OUTCOME_NOUNS.get(person_noun(word) or "") or word in ("martyrs", "victims", "dead"):
            return True
        if OUTCOME_CUES.get(word) in (KILLED, INJURED):
            return True
    return False


_AGE_WORDS = frozenset(
    "one two three four five six seven eight nine ten eleven twelve thirteen fourteen fifteen sixteen seventeen "
    "eighteen nineteen twenty thirty forty fifty sixty seventy eighty ninety".split()
)


def _age_after_name(reader: SentenceReader, last: int) -> int:
    """'Yusuf Adam, 12,': the age between commas after a name belongs to it (the index of the age, or ``last``)."""
    age = reader.word(last + 2)  # in digits or in words: "Kian Pirfalak, nine, was shot dead"
    aged = reader.word(last + 1) == "," and ((age.isdecimal() and int(age) <= 110) or age in _AGE_WORDS)
    if aged and reader.word(last + 3) == "and":  # "Choi Mi-ae, 23 and eight months pregnant,": more of her after
        close = next((m for m in range(last + 4, min(last + 10, len(reader))) if not reader.words[m].isalpha()), None)
        lower = close is not None and not any(reader.tokens[m].text[:1].isupper() for m in range(last + 4, close))
        return close - 1 if lower and reader.words[close] == "," else last  # (not "Omar, 9 and Ali, 12,")
    if not aged or reader.word(last + 3) not in (",", ".", ";", ""):
        return last  # (the age may end the sentence: "... and her mother Fatima, 71.")
    return last + 2


def _role_after(reader: SentenceReader, k: int) -> int:
    """The closing comma of a role after a name's age at k ("Ahmad Nasser, 12, a pupil at the school,", "Abu Salah,
    23, paramedic with the PRCS,"), or k when none follows (not "Hassan, 14, his cousin Ahmad, 12,": a list)."""
    opening = reader.word(k + 2)
    role = opening in ("a", "an", "the") or (person_noun(opening) is not None and singular_of(opening) == opening)
    return _described(reader, k) if role else k


def _past_origin_or_unit(reader: SentenceReader, k: int) -> int:
    """Past where a person just named is from or serves, when it opens at k and ends with a comma: "Yosef Levi, 20,
    from Haifa, fell", "Ellery, 23, of Tulsa, Oklahoma, died", "Corporal Thibault of the 2nd Battalion, Royal 22e
    Régiment, died". Returns the index after its last comma (the verb's), or k."""
    numbered = k + 2 < len(reader) and reader.word(k + 1).isdecimal() and reader.tokens[k + 2].text[:1].isupper()
    of_the = reader.phrase_at(k, ("of the",)) is not None
    unit = of_the or (reader.word(k) == "of" and numbered)  # "of the 2nd Battalion", "of 5 Field Regiment"
    start = k + 2 if of_the else k + 1
    if reader.word(k) not in ("from", "of") or start >= len(reader):
        return k
    head = reader.tokens[start].text
    if not (head[:1].isupper() or (unit and head[:1].isdigit())):  # "of the 2nd Battalion"
        return k
    if reader.word(k) == "of" and not unit and reader.word(k - 1) != ",":
        return k  # "the funeral of Amal Haddad": whose, not where from ("Ellery, 23, of Tulsa," has its commas)
    close = next((m for m in range(start + 1, min(start + 6, len(reader))) if reader.words[m] == ","), None)
    if close is None and numbered and reader.word(start + 3) in ("was", "were", "died"):
        return start + 3  # "Lance Naik Dinesh Kumar of 5 Field Regiment was killed": no comma after a short unit
    named_unit = start
    while close is None and of_the and named_unit < min(start + 5, len(reader)) and _capitalised(reader, named_unit):
        named_unit += 1
    if of_the and named_unit > start and reader.word(named_unit) in ("was", "were", "died", "had", "has"):
        return named_unit  # "Havildar Mohan Lal, 38, of the Rajputana Rifles died": a named unit, no comma
    if close is None:
        return k
    while close + 1 < len(reader) and reader.tokens[close + 1].text[:1].isupper():
        more = next((m for m in range(close + 2, min(close + 6, len(reader))) if reader.words[m] == ","), None)
        parts = reader.tokens[close + 1 : more] if more is not None else ()
        # each word capitalised or a number, or glued to one ("22e")
        named = bool(parts) and all(
            t.text[:1].isupper() or t.text[:1].isdigit() or reader.glued(close + n, close + n + 1)
            for n, t in enumerate(parts)
        )
        if not named:
            break
        close = more  # "..., Oklahoma,", "..., Royal Australian Regiment,": the rest of the place or the unit
    return close + 1


def _pair_described_as_harmed(reader: SentenceReader, i: int, end: int) -> bool:
    """'Oksana and Dmytro, volunteers who died under shelling': two names joined by "and", then a plural person
    noun that describes both and a relative clause of harm. True for either name."""
    if reader.word(end + 1) == "and":
        second = _name_run(reader, end + 2)
        if second is None:
            return False
        end = second
    elif reader.word(i - 1) != "and" or not any(_name_run(reader, k) == i - 2 for k in range(i - 4, i - 1)):
        return False
    if reader.word(end + 1) != ",":
        return False
    noun = reader.word(end + 2)
    plural = person_noun(noun) is not None and singular_of(noun) != noun
    return plural and reader.word(end + 3) == "who" and reader.verb_after(end + 3, len(reader)) in (KILLED, INJURED)


def _named_person(reader: SentenceReader, i: int) -> int | None:
    """A person named at i who was harmed: the name ("Ibrahim Saleh", "Mariam, 9,") is the subject of "was
    killed" or "died", or is listed with a person ("and his sister") before a casualty verb. Returns the
    last token of the name and its age, or None. Places and organisations are rarely "killed"."""
    last = _name_run(reader, i)
    if last is None or reader.words[last] in _PLACE_NAME_HEADS:
        return None  # "Baghdad's Oruba Square died ...": a place before the verb of the people counted earlier
    called = reader.phrase_before(i, ("known as", "calling itself", "called", "named"))
    if called is not None and reader.word(called - 1) in _BODIES_OF_PEOPLE:
        return None  # "a youth group known as Samri, aided by local militia, killed at least 600": a body's name
    end = _age_after_name(reader, last)
    after = end + 2 if reader.word(end + 1) == "," and end > last else end + 1
    kin_next = reader.word(last + 1) == "," and reader.word(last + 2) in ("his", "her")  # "Gebremedhin, his wife"
    described = _described(reader, last) if end == last and not kin_next else last
    if end > last and _role_after(reader, end) > end:
        described = _role_after(reader, end)  # "Abu Salah, 23, paramedic with the PRCS, killed": a role after the age
    if described > last:
        after = described + 1  # "Hassan Qasim, a 62-year-old pharmacist, was killed"
    after = _past_origin_or_unit(reader, after)
    if _named_as_harmed(reader, i, end, after):
        return end
    titled = reader.word(i - 1) == "," and person_noun(reader.word(i - 2)) == reader.word(i - 2)
    owner = next((k for k in range(i - 3, i - 6, -1) if not reader.word(k).isalpha() or reader.word(k) in STOP), i - 6)
    titled = titled and reader.word(owner).endswith(("'s", "’s"))  # whose title: "North Kivu's military governor"
    if titled and reader.word(end + 1) == "," and _harm_follows(reader, end + 2):
        return end  # "North Kivu's military governor, Major General Peter Cirimwami, died of wounds": the title's name
    remains = reader.word(end + 3) in ("body", "remains", "corpse") and reader.word(end + 4) in ("was", "were")
    if reader.words[end + 1 : end + 3] == [",", "whose"] and remains:
        return end  # "Ankit Sharma, whose body was found in a drain": his body, so he was killed
    if reader.word(after) == "," and _participle_of_harm(reader, after + 1):
        return end  # "Relatives mourn Mykola Petrenko, killed when a shell hit his home"
    if _in_victim_list(reader, i) and reader.number_at(end + 1) is None:
        return end  # "The martyrs are: Ahmad al-Hussein, his wife Fatima and their son Khaled" ("Rafah 12": a place)
    if reader.word(after) in ("who", "whose") and reader.word(after - 1) == ",":
        after -= 1  # "Ibrahim Sesay, 58, who was beaten in custody on 12 May, died": the clause after the age
    if reader.word(after) == "," and reader.word(after + 1) == "who" and reader.word(after + 2) in ("was", "had"):
        if _harm_follows(reader, after + 2):
            return end  # "Naeem Rashid, who was killed along with his son Talha, was honoured": the clause tells
    if _pair_described_as_harmed(reader, i, end):
        return end  # "RIP Oksana and Dmytro, volunteers who died under shelling": each of the two named
    also = after + 2 + (reader.word(after + 2) == "also")
    if reader.word(after) == "," and reader.word(after + 1) == "who" and reader.word(also) in ("died", "perished"):
        return end  # "... to help Patrick Doherty, 31, who also died": the clause tells of the person named
    if reader.word(after) == "," and reader.word(after + 1) in ("who", "whose"):
        # "Mohib Ullah, who had documented abuses against his people, was shot dead": the verb after the clause
        close = next((k for k in range(after + 2, min(after + 16, len(reader))) if reader.words[k] == ","), None)
        clause_verb = close is not None and reader.word(close + 1) in ("was", "were", "died", "has", "had", "survived")
        after = close + 1 if clause_verb else after + 2  # "Father Joseph Ndong, who was killed on Sunday"
    earlier_report = reader.word(after) == "," and reader.word(after + 1) in ("previously", "earlier", "initially")
    if earlier_report or _unit_after_a_name(reader, after):
        # "Thomas Hargreaves, previously reported missing, is now presumed killed": an aside, then the verb
        # (or two asides: "Arthur Benson, Royal Fusiliers, previously reported missing, is now ...")
        closes = (m for m in range(after + 1, min(after + 16, len(reader))) if reader.words[m] in (",", ";", "."))
        close = next((m for m in closes if reader.words[m] != "," or reader.word(m + 1) in ("was", "is")), None)
        if close is not None and reader.word(close) == "," and _harm_follows(reader, close + 1):
            return end
    if reader.word(end + 1) == "and" and _named_partner_harmed(reader, end + 2):
        return end  # "Ismail al-Ghoul and camera operator Rami al-Rifi were killed": both named, one verb
    verbs = ("was", "died", "dies", "has", "had", "fell", "succumbed", "perished", "passed", "embraced", "drowned")
    if reader.word(after + 1 + (reader.word(after + 1) == "now")) in _REPORTED_OR_PRESUMED:
        verbs += ("is",)  # a casualty list's present: "Private X is (now) officially reported killed in action"
    verbs += ("paid", "made")  # "... paid the ultimate price", "made the ultimate sacrifice"
    fond = reader.word(i - 1) in PERSON_NOUNS or reader.word(i - 1) in _FOND_WORDS  # "and nurse Maryam", "little Lina"
    role = i - 2  # "... and industrial court president Michael Kagwa were": up to three words of the role
    while role > i - 5 and reader.word(role).isalpha() and not _capitalised(reader, role) and role > 0:
        if reader.word(role) in STOP or reader.word(role) in POSSESSIVE_WORDS:
            break
        role -= 1
    described = role < i - 2 and reader.word(role) == "and"
    # "... and nurse Maryam", "... and camera operator Rami al-Rifi were killed": a role before the name
    listed = reader.word(i - 1) == "and" or ((reader.word(i - 2) == "and" or described) and fond)
    verbs += ("were", "lost", "have") if listed else ()  # "... and Layla were killed", "... and nurse Maryam, who were"
    limb = reader.word(after) == "lost" and bool(LOST_BODY_PART & set(reader.words[after + 1 : after + 5]))
    verbs += ("lost",) if end > last or limb else ()  # "Nadia, 27, lost her sight", "Ahmad Saleh lost his left foot"
    only = reader.phrase_at(after, ("was the only", "was the sole"))
    if only is not None and (reader.word(only) in ("fatality", "victim") or reader.word(only + 1) == "killed"):
        return end  # "Sub-inspector Lakshmi Narayan, who had been manning the checkpoint, was the only fatality"
    if the_first_death(reader, after):
        return end  # "Navy pilot Scott Speicher, shot down ..., was the first American combat death of the conflict"
    picked = reader.words[end + 1 : end + 7]
    if picked[:2] == [",", "the"] and picked[3:6] in (["of", "the", "dead"], ["of", "the", "victims"]):
        return end  # "Three-month-old Noor, the youngest of the dead, was carried to the grave"
    if listed and _closes_a_list_named_as(reader, i, after) and _listed_people_harmed(reader, after):
        return end  # "identified as Chinedu Okeke and Emeka Nwosu, were shot dead": the last of a list, then its verb
    verb = after + _adverb_at(reader, after)
    participle = reader.word(verb) in ("killed", "wounded", "injured", "hurt")
    # a participle with no object after it: "Arbin killed 4, 6 and 9 people" is a place that did the killing
    passive = reader.number_at(verb + 1) is None and reader.word(verb + 1) not in ("the", "a", "an", *POSSESSIVE_WORDS)
    if reader.word(i - 1) == "and" and participle and passive:
        return end  # "Sean Rooney was killed and Trooper Shane Kearney seriously wounded": the auxiliary left out
    perfect = after + 1 + _adverb_at(reader, after + 1)  # "... Syria had unintentionally killed 817 civilians"
    intransitive = reader.word(perfect) in ("died", "perished", "succumbed", "dead")  # "Aisha Begum had died"
    shot_dead = reader.words[perfect : perfect + 2] == ["shot", "dead"]  # "X had shot dead 20-year-old Y"
    if reader.word(after) in ("has", "had") and (reader.word(perfect) in _PLAIN_HARM or shot_dead) and not intransitive:
        return None  # "Cholera has killed more than 120 people": who or what killed, not who died
    after += reader.word(after) in ("himself", "herself") and reader.word(after + 1) in verbs  # "X himself was"
    after += reader.word(after) == "also" and reader.word(after + 1) in verbs  # "and Claudio Traina also died"
    if reader.word(after) in verbs and _harm_follows(reader, after):
        return end
    if reader.word(after) == "survived" and reader.verb_after(after, len(reader)) == INJURED:
        return end  # "Antonino Vullo survived with injuries" (not "survived unhurt")
    if max(end, described) > last and participle and passive and reader.word(verb - 1) == ",":
        return end  # "Abu Salah, 23, paramedic with the PRCS, killed on duty": a headline leaves "was" out
    if reader.word(after) == "killed" and reader.word(after + 2) == "death":
        return end  # "Rex Masai, 29, bled to death": a manner of dying, read as "killed to death"
    if end > last and reader.word(after - 1) == "," and reader.word(after) in ("his", "her"):
        after -= 1  # "Maria Kovalenko, 71, her daughter Olena, 45, and ...": the list goes on after the age
    kin_listed = reader.word(after) == "," and reader.word(after + 1) in ("his", "her")  # "Mirsad, his wife Fata and"
    if (reader.word(after) == "and" or kin_listed) and reader.word(after + 1) in ("his", "her", "their", "a", "an"):
        counted = _single_person(reader, after + 1)
        if counted is not None:
            rest = _skip_age(reader, counted[1])
            rest += reader.word(rest + 1) in ("named", "called")  # "and a driver named Papy Muhindo"
            apposed = reader.word(rest + 1) == "," and rest + 2 < len(reader) and _capitalised(reader, rest + 2)
            initial = reader.word(rest + 1) == "," and _an_initial(reader, rest + 2) and _capitalised(reader, rest + 3)
            start = rest + 3 if initial else rest + 2 if apposed else rest + 1  # "and her husband, U Tin Aung, were"
            follow = _name_run(reader, start)  # "and her youngest grandson, Ali, died"
            rest = _age_after_name(reader, follow) if follow is not None else rest
            rest += reader.word(rest + 1) == "," and reader.word(rest + 2) == "and"  # "her daughter Olena, 45, and"
            listed_on = reader.word(rest + 1) == "and" and reader.word(rest + 2) in ("his", "her", "their")
            if kin_listed and listed_on:
                more = reader.number_at(rest + 3)  # "Mirsad, his wife Fata and their three sons were burned"
                noun = reader.noun_after(more[1] if more is not None else rest + 3)
                rest = noun[1] if noun is not None else rest
                rest = _names_with_ages(reader, rest + 1) if noun is not None else rest  # "her grandchildren Dmytro,"
            if _listed_people_harmed(reader, rest + 1):
                return end
    relatives = _named_relatives(reader, after + 1) if reader.word(after) == "and" else None
    if relatives is not None and _listed_people_harmed(reader, relatives[1] + 1):
        return end  # "Shiri Bibas and her sons Ariel and Kfir had been murdered"
    share = reader.number_at(after + 1) if reader.word(after) == "and" else None
    if share is not None and reader.word(share[1]) == "of" and reader.word(share[1] + 1) in POSSESSIVE_WORDS:
        noun = reader.noun_after(share[1] + 2)  # "correspondent Anas al-Sharif and four of his colleagues were killed"
        if noun is not None and _listed_people_harmed(reader, noun[1] + 1):
            return end
    subject = i == 0 or reader.word(i - 1) in (",", ";", ":") or person_noun(reader.word(i - 1)) is not None
    others = reader.number_at(after + 1) if reader.word(after) == "and" and subject else None  # (not "off Calais")
    others_noun = reader.noun_after(others[1]) if others is not None else None
    if others_noun is not None and _listed_people_harmed(reader, others_noun[1] + 1):
        return end  # "Benjamin Linder and two Nicaraguan co-workers were killed": the name counts itself
    counted = reader.number_at(after + 2) if reader.word(after + 1) in ("his", "her", "their") else None
    if reader.word(after) == "and" and counted is not None and reader.noun_after(counted[1]) is not None:
        # "Yusuf Abu Jarad and his three daughters, Lina, Sama and Hala, were killed"
        last_noun = reader.noun_after(counted[1])[1]
        if _listed_people_harmed(reader, _end_of_names(reader, last_noun) + 1):
            return end
    if reader.word(after) == "," and _listed_names_harmed(reader, after + 1):
        return end  # "Ahmed Salem, Yusuf Hamdan and Mariam Odeh were killed": each name counts itself
    if reader.word(after) == "and":  # "Ahmad, 12, and Layla, 9, were killed": the next name counts itself
        title = reader.word(after + 1)
        titled = (title in PERSON_NOUNS and singular_of(title) == title) or title in _FOND_WORDS  # "and little Lina"
        follow = _name_run(reader, after + 2 if titled else after + 1)  # "... and nurse Maryam Haddad, who were"
        rest = _described(reader, _age_after_name(reader, follow)) if follow is not None else None
        for _ in range(3):  # "Robert Frasure and Joseph Kruzel and Colonel Nelson Drew died": another "and" name
            if rest is None or reader.word(rest + 1) != "and":
                break
            kin = _single_person(reader, rest + 2) if reader.word(rest + 2) in ("his", "her", "their") else None
            if kin is not None:  # "Roger and Esme Ruck and their six-year-old son Michael were hacked to death"
                rest = _skip_age(reader, kin[1])
                rest = _name_run(reader, rest + 1) or rest
                continue
            title = reader.word(rest + 2) in _TITLE_WORDS or person_noun(reader.word(rest + 2)) == reader.word(rest + 2)
            follow = _name_run(reader, rest + 3 if title else rest + 2)
            rest = _described(reader, _age_after_name(reader, follow)) if follow is not None else None
        if rest is not None and _listed_people_harmed(reader, rest + 1):
            return end
    return None


# Acts that "another" can count, not people: "in yet another massacre".
_ACTS = frozenset("massacre attack strike bombing raid crime explosion blast shelling".split())
# Nouns of a death before "of" and a name, whatever describes them: "the brutal murder of".
_DEATH_NOUNS = frozenset("murder murders killing killings assassination execution lynching".split())
# Phrases before a name that say, without a word of the toll vocabulary, that the person died (an execution or a
# lynching "of" a name is read by _DEATH_NOUNS).
_DEATHS_NAMED_BEFORE = ("fatal stabbing of", "fatal shooting of", "fatal beating of")
# Phrases before a name that say the person was killed or injured ("the body of", "among the dead was").
_HARMED_BEFORE_NAME = (
    *("body of", "bodies of", "remains of", "among the dead was", "among those killed was", "among the victims was"),
    *("the death of", "the killing of", "the murder of", "the assassination of", "the murders of", "the killings of"),
    *_DEATHS_NAMED_BEFORE,
)
_KILLING_VERBS = frozenset(
    "killed killing assassinated assassinating murdered murdering executed executing hanged lynched".split()
)
# What adds people to those counted before: "..., along with the driver", "Along with the 132 pupils, nine staff".
ALONG_WITH = ("along with the", "along with", "together with the", "together with")
_COUNT_QUALIFIERS = frozenset("at least more than over some about nearly almost around as many up to".split())
_KILLING_FORMS = frozenset("killing killed kills kill".split())
_WOUNDING_FORMS = frozenset("wounding wounded injuring injured".split())


_WHO_DIED = ("who died", "who were killed", "killed", "who lost their lives", "who were shot dead")


def _closes_a_list_named_as(reader: SentenceReader, i: int, after: int) -> bool:
    """The name at i, ending before ``after``, is the last of those "identified as" or "named as" the victims, or
    "named" as such after the list ("Olena, 41, and Serhiy, 44, named by city council as victims")."""
    if reader.word(after) in ("named", "identified"):
        return True
    named_as = any(reader.words[m : m + 2] in (["identified", "as"], ["named", "as"]) for m in range(max(0, i - 10), i))
    return reader.word(after) == "," and named_as


def _closing_comma(reader: SentenceReader, k: int) -> int | None:
    """The comma that closes a description opened by the comma at k (within 16 words, no verb of harm inside)."""
    for m in range(k + 1, min(k + 17, len(reader))):
        if reader.words[m] == ",":
            return m
        if reader.words[m] in OUTCOME_CUES or reader.words[m] in (".", ";"):
            return None
    return None


def _named_relatives(reader: SentenceReader, i: int) -> tuple[int, int] | None:
    """'her sons Yusuf, 9, and Omar, 6': a plural of kin after a possessive at i, then their names (with ages): how
    many names, and the last token of the list; None unless two names or more follow."""
    noun = reader.word(i + 1)
    if singular_of(noun) == noun or PERSON_NOUNS.get(singular_of(noun)) not in (KIN, CHILDREN):
        return None
    count, k, last = 0, i + 2, i + 1
    while k < len(reader) and reader.tokens[k].text[:1].isupper():
        run = _name_run(reader, k)
        if run is None:
            break
        count, last = count + 1, _age_after_name(reader, run)
        nxt = last + 1 + (reader.word(last + 1) == "," and reader.word(last + 2) == "and")
        if reader.word(nxt) not in (",", "and") or nxt + 1 >= len(reader):
            break
        k = nxt + 1
    return (count, last) if count >= 2 else None


def the_first_death(reader: SentenceReader, k: int) -> bool:
    """At k, past an aside between commas, "was the first (or only, or last) ... death" (or fatality, victim)."""
    if reader.word(k) == ",":
        close = next((m for m in range(k + 1, min(k + 18, len(reader))) if reader.words[m] in (",", ";", ".")), k)
        k = close + 1 if reader.word(close) == "," else k
    if reader.words[k : k + 2] != ["was", "the"] or reader.word(k + 2) not in ("first", "only", "sole", "last"):
        return False
    if {"death", "fatality", "victim"} & set(reader.words[k + 3 : k + 7]):
        return True
    for m in range(k + 3, min(k + 13, len(reader))):  # "was the first female police officer in Italy to be killed"
        if reader.words[m] in (",", ";", ".", ":"):
            return False
        if reader.words[m : m + 3] == ["to", "be", "killed"] or reader.words[m : m + 2] == ["to", "die"]:
            return True
    return False


def shot_in_a_limb(reader: SentenceReader, first: int, last: int) -> bool:
    """'shot a guard in the leg', 'shot the journalist X in the legs': the person from first to last, the object
    of "shot" (a title between), was hit in a limb, so wounded."""
    if reader.word(last + 1) != "in" or reader.word(last + 3) not in SHOT_LIMBS:
        return False
    k = first - 1
    while k > first - 5 and reader.word(k).isalpha() and reader.word(k) not in ("shot", "shooting"):
        if reader.word(k) in STOP and reader.word(k) not in ("the", "a", "an"):
            return False  # "shot at the house of X": no one named was hit
        k -= 1
    return reader.word(k) in ("shot", "shooting")


def _killing_verb_at(reader: SentenceReader, k: int) -> bool:
    """An active verb of killing ends at k: "killed", "murdering", "shot dead", "gunned down"."""
    word = reader.word(k)
    return word in _KILLING_VERBS or (word, reader.word(k - 1)) in (("dead", "shot"), ("down", "gunned"))


def _named_partner_harmed(reader: SentenceReader, k: int) -> bool:
    """At k, after "and": a role ("camera operator", "nurse") and a name, then the verb that harmed both."""
    m = k
    # ("and rebel Serb Rajko Vukadinovic were killed": a people's name may close the role)
    while m < k + 3 and reader.word(m).isalpha() and reader.word(m) not in STOP and (
        not _capitalised(reader, m) or (m > k and reader.word(m) in DEMONYMS and _capitalised(reader, m + 1))
    ):
        m += 1
    if m == k or person_noun(reader.word(m - 1)) is None:
        return False
    last = _name_run(reader, m)
    return last is not None and reader.verb_after(last + 1, len(reader)) in (KILLED, INJURED)


def _unit_after_a_name(reader: SentenceReader, k: int) -> bool:
    """At k, a comma and the unit of the soldier just named: "Private X, Royal Fusiliers,", "X, 11th Battalion East
    Lancashire Regiment,"."""
    if reader.word(k) != ",":
        return False
    close = next((m for m in range(k + 1, min(k + 9, len(reader))) if reader.words[m] == ","), None)
    return close is not None and bool(_UNITS & set(reader.words[k + 1 : close]))


# What a casualty list says a soldier "is": "is officially reported killed", "is now presumed killed".
_REPORTED_OR_PRESUMED = frozenset(h for h in HEDGES if " " not in h) | {"officially"}
# Words that name a soldier's unit in a casualty list.
_UNITS = frozenset("regiment battalion fusiliers guards rifles brigade company squadron corps artillery".split())


def _named_as_harmed(reader: SentenceReader, i: int, end: int, after: int) -> bool:
    """A name at i (ending at ``end``, its verb at ``after``) that a phrase around it marks as harmed: the object of
    an active killing verb ("had killed Hassan Nasrallah"), after "the body of" or "among the dead was", or before
    "was among those hurt". Not a name that describes the noun after it ("killed Hamas fighters")."""
    if reader.number_at(end + 1) is not None or person_noun(reader.word(end + 1)) is not None:
        return False
    aged = reader.word(i - 1) == "old" and reader.word(i - 2) in ("-", "–") and reader.word(i - 3) in ("year", "month")
    start = i - 5 if aged else i  # "killed 17-year-old Liam O'Connor": the verb before the age
    active = reader.word(start - 2) not in ("was", "were", "been", "being", "is", "be")
    alone = reader.word(end + 1) not in (",", "and") or _described(reader, end) > end  # "killed Ali, a teacher,"
    alone = alone or reader.word(end + 1) == "and" and OUTCOME_CUES.get(reader.word(end + 2)) in (KILLED, INJURED)
    if _killing_verb_at(reader, start - 1) and active and alone:
        return True  # one name alone ("killed A and B, two officials": the list is counted after it)
    # "... and 21 others", "... and at least 17 other people": a count after the name, qualified or not
    counted_next = reader.word(end + 1) in ("and", ",") and any(
        reader.number_at(m) is not None and all(w in _COUNT_QUALIFIERS for w in reader.words[end + 2 : m])
        for m in range(end + 2, min(end + 5, len(reader)))
    )
    if _verb_before_a_title(reader, i) in (KILLED, INJURED) and (alone or counted_next):
        return True  # "killed former prime minister Rafik Hariri and 21 others", "... commander X, two children"
    if shot_in_a_limb(reader, i, end):
        return True  # "shot the journalist Indro Montanelli in the legs"
    if _harmed_before_name(reader, i) or _in_list_of_the_harmed(reader, i, end):
        return True
    after += reader.word(after) == "," and reader.word(after + 1) in ("was", "is")  # "..., Mojtaba Amani, was"
    linked = reader.word(after) in ("was", "is") or (reader.word(after) == "were" and reader.word(i - 1) == "and")
    among = linked and reader.phrase_at(after + 1, ("among those", "among the"))  # ("X and Y were among those killed")
    shot_dead = reader.words[after + 3 : after + 5] == ["shot", "dead"]  # "was among those shot dead"
    verb = after + 3 + (reader.word(after + 3) == "who") * (1 + (reader.word(after + 4) in ("were", "had", "was")))
    return bool(among) and (OUTCOME_CUES.get(reader.word(verb)) in (KILLED, INJURED) or shot_dead)  # "who died"


# Phrases that open a list of the people harmed: "named the dead as A, B and C", "among the dead were A and B".
_HARMED_LIST_OPENERS = (
    "the dead as", "the victims as", "the dead were", "the victims were", "the dead are", "the victims are",
    "among the dead were", "among those killed were", "among the victims were", "those killed were",
)  # fmt: skip
# Words that describe a person before the name, beside the titles in the vocabulary ("former president").
_TITLE_WORDS = frozenset(
    "former local senior veteran prominent retired young chief deputy president minister official general colonel "
    "major captain lieutenant sergeant brigadier bishop deacon catechist".split()
)


def _among_the_harmed_described(reader: SentenceReader, k: int) -> bool:
    """The verb at k closes "Among the dead ..." with a few words of where or how they were counted between
    ("Among the dead recorded in the Amariya cluster were")."""
    for m in range(k - 1, max(-1, k - 10), -1):
        if reader.words[m] in (",", ";", ".", ":"):
            return False
        if m == 0 or reader.words[m - 1] in (",", ";"):
            return reader.words[m : m + 3] in (["among", "the", "dead"], ["among", "the", "victims"],
                                                ["among", "those", "killed"])
    return False


def _in_list_of_the_harmed(reader: SentenceReader, i: int, end: int) -> bool:
    """Whether the name at i is an item of a list of names (with titles and ages) that is the object of an active
    killing or wounding verb ("killed cameraman A, reporter B and local official C", "killed former president D",
    "wounding bureau chief E") or follows a phrase that names the harmed ("named the dead as A, B and C"). A list
    that a count sums up after it ("killed A and B, two officials") is counted by that count."""
    k = i - 1
    while k >= 0:
        word, text = reader.words[k], reader.tokens[k].text
        is_name = text[:1].isupper() and text.isalpha() and word not in _NOT_NAMES
        is_title = word.isalpha() and (word in _TITLE_WORDS or person_noun(word) == word == singular_of(word))
        described = word.isalpha() and text.islower() and word not in STOP and word not in OUTCOME_CUES
        is_title = is_title or (described and person_noun(reader.word(k + 1)) == reader.word(k + 1))  # "bureau chief"
        is_title = is_title or (described and reader.word(k + 1) == "-" and reader.glued(k, k + 1))  # "vice-president"
        # (not "Wounded Knee", "for Wounded and Missing", "dozens injured -- Kiper": a source after a dash)
        wounding = word in _WOUNDING_FORMS and text.islower() and reader.word(k + 1).isalpha()
        if _killing_verb_at(reader, k) or wounding:  # (and "wounding reporter A and driver B")
            if reader.word(k - 1 - (word in ("dead", "down"))) in ("was", "were", "been", "being", "is", "be"):
                return False
            break
        if reader.phrase_before(k + 1, _HARMED_LIST_OPENERS) is not None:
            break
        if word in ("were", "are") and _among_the_harmed_described(reader, k):
            break  # "Among the dead recorded in the Amariya cluster were A, his wife B and their son C"
        if not (word in (",", "and", "-", "–") or word in _NAME_CONNECTORS or is_name or is_title or word.isdecimal()
                or word in _AGE_WORDS):
            return False
        k -= 1
    following = reader.word(end + 1)
    if k < 0 or following in _TITLE_WORDS or person_noun(following) is not None:
        return False  # "Popular Mobilisation deputy chief Abu Mahdi": a body that describes the person after it
    m = end + 1  # past the rest of the list: no count that sums it up
    while m < len(reader) and (reader.words[m] in (",", "and", "-", "–") or reader.tokens[m].text[:1].isupper()):
        if reader.words[m] == "," and reader.number_at(m + 1) is not None:
            return False
        m += 1
    return True


def _harmed_before_name(reader: SentenceReader, i: int) -> bool:
    """'the body of Hussein', 'the body of paramedic Yousef Khalil', 'among the dead was ten-year-old Fatima'."""
    start = i
    if person_noun(reader.word(i - 1)) == reader.word(i - 1):
        start = i - 1  # a title: "paramedic", "nurse"
        while start > i - 4 and reader.word(start - 1).isalpha() and not _capitalised(reader, start - 1):
            if reader.word(start - 1) in STOP or reader.word(start - 2) in ("-", "–"):
                break  # (not the "old" of "31-year-old nurse X": the age is read below)
            start -= 1  # "and former prison director Littré Quiroga": the words of the title
    if reader.word(start - 1) == "," and person_noun(reader.word(start - 2)) == reader.word(start - 2):
        # "the killing of Santiago's military governor, General Carol Urzúa": the title between commas before him
        k = start - 2
        while k > start - 6 and (reader.word(k - 1).isalpha() or _possessive(reader.word(k - 1))):
            if reader.word(k - 1) in STOP:
                break
            k -= 1
        k -= reader.word(k - 1) == "the" and reader.word(k - 2) == "of"  # "of the province's police chief, X"
        start = k if reader.word(k - 1) == "of" else start
    if reader.word(start - 1) == "old" and reader.word(start - 2) in ("-", "–"):
        start -= 5  # "ten - year - old", "the body of 27-year-old nurse Hana Yusuf"
    start -= 2 * _whose_people(reader, start - 1)  # "the bodies of my neighbours Ali and Zainab"
    if reader.word(start - 1) == "and" and start >= 3:  # "the murders of James Wray and William McKinney"
        k = start - 2
        while k > 0 and reader.tokens[k].text[:1].isupper() and k > start - 5:
            k -= 1
        k -= 2 * _whose_people(reader, k)
        if k < start - 2 and reader.word(k) == "of":
            plural = reader.word(k - 1).endswith("s")  # "the murders of", not "the body of"
            return plural and reader.phrase_before(k + 1, _HARMED_BEFORE_NAME) is not None
    if reader.word(start - 1) not in ("of", "was"):
        return False  # every phrase ends so; most names are not after one
    if reader.word(start - 1) == "of" and reader.word(start - 2) in _DEATH_NOUNS:
        return True  # "the cowardly and savage murder of Tucapel Jiménez": the words before the noun aside
    return reader.phrase_before(start, _HARMED_BEFORE_NAME) is not None


def _whose_people(reader: SentenceReader, k: int) -> bool:
    """Whether k ends whose people the names after it are: "my neighbours", "her cousins"."""
    noun = reader.word(k)
    return person_noun(noun) is not None and singular_of(noun) != noun and reader.word(k - 1) in _OWNERS_OF_PEOPLE


_OWNERS_OF_PEOPLE = frozenset("my our his her their your".split())


def _listed_names_harmed(reader: SentenceReader, k: int) -> bool:
    """Whether the names from k on ("Yusuf Hamdan and Mariam Odeh", with ages or not) end a list of people
    harmed ("were killed")."""
    for _ in range(8):
        titled = person_noun(reader.word(k)) == reader.word(k) and k + 1 < len(reader)  # "nurse Rana Odeh"
        titled = titled or reader.word(k) in _FOND_WORDS  # "Rami, Yousef and little Lina"
        k += titled and k + 1 < len(reader) and reader.tokens[k + 1].text[:1].isupper()
        run = _name_run(reader, k) if k < len(reader) and reader.tokens[k].text[:1].isupper() else None
        if run is None and reader.word(k) in _ONE_PERSON_OPENERS and (counted := _single_person(reader, k)):
            run = _skip_age(reader, counted[1])  # "..., his brother Yousif and their neighbour Fatima Adam were"
            if run + 1 < len(reader) and reader.tokens[run + 1].text[:1].isupper():
                run = _name_run(reader, run + 1) or run
        relatives = _named_relatives(reader, k) if run is None and reader.word(k) in POSSESSIVE_WORDS else None
        if relatives is not None:
            run = relatives[1]  # "..., his wife Mariam and their sons Yusuf and Omar were killed"
        if run is None:
            return False
        end = _age_after_name(reader, run)
        nxt = end + 2 if reader.word(end + 1) == "," and end > run else end + 1
        if reader.word(nxt) == "and" or (reader.word(nxt) == "," and reader.word(nxt + 1) == "and"):
            k = nxt + 1 + (reader.word(nxt) == ",")
            continue
        if reader.word(nxt) == "," and _described(reader, nxt - 1) == nxt - 1:
            k = nxt + 1
            continue
        return _listed_people_harmed(reader, nxt)  # (", in the lead car, were killed": an aside, then the verb)
    return False


# Words said fondly before a child's or an elder's name in a list: "Rami, Yousef and little Lina".
_FOND_WORDS = frozenset("little baby young old tiny".split())


def _names_with_ages(reader: SentenceReader, k: int) -> int:
    """The last token of the names (each with its age) that start at k, right after the people they name ("her
    grandchildren Dmytro, 12, and Sofia, 9,"), or k - 1 when no name starts there."""
    end = k - 1
    for _ in range(6):
        run = _name_run(reader, k)
        if run is None:
            break
        end = _age_after_name(reader, run)
        k = end + 1 + (reader.word(end + 1) == ",")
        if reader.word(k) != "and":
            break
        k += 1
    return end


def _end_of_names(reader: SentenceReader, k: int) -> int:
    """The last token of a list of names after the people at k ("his three daughters, Lina, Sama and Hala"),
    or k when no names follow; or the comma closing their ages ("his three daughters, aged 4, 7 and 11,")."""
    if reader.word(k + 1) != ",":
        return k
    if reader.word(k + 2) in ("aged", "ages"):
        m = k + 3
        while m < len(reader) and (_number_word(reader.words[m]) or reader.words[m] in ("and", "between", "-", "–")):
            m += 1 + (reader.word(m + 1) == "," and _number_word(reader.word(m + 2)))
        if m > k + 3 and reader.word(m) == ",":
            return m - 1
    m, end = k + 2, k
    while m < len(reader):
        run = _name_run(reader, m) if reader.tokens[m].text[:1].isupper() else None
        if run is None:
            break
        end = run
        if reader.word(run + 1) in (",", "and") and reader.tokens[min(run + 2, len(reader) - 1)].text[:1].isupper():
            m = run + 2
            continue
        break
    return end


def _names_of_the_counted(reader: SentenceReader, counted_last: int, i: int) -> bool:
    """Whether the name at i is one of a list naming the people counted just before ("his three daughters,
    Lina, Sama and Hala")."""
    if person_noun(reader.words[counted_last]) is None:
        return False  # "Ahmed Salem, Yusuf Hamdan and ...": a name before them counts one person, not them
    return reader.word(counted_last + 1) == "," and _end_of_names(reader, counted_last) >= i


def _adverb_at(reader: SentenceReader, k: int) -> int:
    """1 when the word at k is an adverb in -ly ("seriously wounded"), else 0."""
    word = reader.word(k)
    return int(word.endswith("ly") and len(word) > 4)


def _described(reader: SentenceReader, last: int) -> int:
    """The closing comma of a short description after a name ("Hassan Qasim, a 62-year-old pharmacist,",
    "Ahmad and Khaled al-Omar, brothers aged 14 and 16,"), or ``last`` when none follows. A description starts
    with an article or a lower-case word: a capitalised one starts the next name of a list."""
    if reader.word(last + 1) != ",":
        return last
    opening = reader.word(last + 2)
    if opening not in ("a", "an", "the") and not reader.tokens[min(last + 2, len(reader) - 1)].text[:1].islower():
        return last
    start = last + 3 if opening in ("a", "an", "the") else last + 2
    close = next((k for k in range(start, min(last + 22, len(reader))) if reader.words[k] == ","), None)
    if close is None or close == start:
        return last
    words = reader.words[start:close]
    plain = all(
        (w.isalnum() or _possessive(w) or w in ("-", "–") or w in ("death-", "life-"))
        and (w not in OUTCOME_CUES or words[max(0, n - 2) : n] == ["of", "the"])  # "the youngest of the victims"
        and w not in SPEECH_VERBS
        for n, w in enumerate(words)
    )  # ("death-": "who had received death threats", see outcomes._DEATH_COMPOUNDS)
    return close if plain else last


def _possessive(word: str) -> bool:
    """"hospital's" in "Adnan Saleh, the hospital's only anaesthetist,": a possessive is a plain word too."""
    return word.endswith(("'s", "’s")) and word[:-2].isalnum()


def _skip_age(reader: SentenceReader, k: int) -> int:
    """'a girl of seven', 'a boy, 10,': the age after a person noun belongs to the noun."""
    if reader.word(k + 1) == "," and reader.word(k + 2).isdecimal() and int(reader.word(k + 2)) <= 110:
        if reader.word(k + 3) in (",", ")") and person_noun(reader.word(k)):
            if singular_of(reader.word(k)) == reader.word(k):
                return k + 2  # the digits of the age (which are no count of their own)
    if reader.word(k + 1) == "of" and reader.word(k + 2) not in ("them", "whom", "the"):
        hedge = reader.word(k + 2) in ("about", "around", "some", "roughly", "maybe", "perhaps")  # "of about ten"
        after = reader.number_at(k + 2 + hedge)
        if after is not None and after[2] != "vague" and reader.word(after[1]) not in THING_NOUNS:
            if person_noun(reader.word(after[1])) is None and reader.word(after[1]) != "of":
                return after[1] - 1  # (not "a relative of one of the victims": a partitive, no age)
    return k


def _number_word(word: str) -> bool:
    return word[:1].isdecimal() or word in NUMBER_WORDS
