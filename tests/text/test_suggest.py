"""Suggested labels and cited sources for single sentences."""

import pytest

from annotations.text.suggest import guess_cited_source, suggest, suggest_labels


def test_casualty_claim_with_figures_and_cited_source():
    result = suggest("According to the Syrian Civil Defense, four civilians were killed, and 21 others injured.")
    assert "casualty_claim" in result.labels
    assert (result.figures.killed_min, result.figures.injured_min) == (4, 21)
    assert result.cited_source == "Syrian Civil Defense"


@pytest.mark.parametrize(
    "sentence",
    [
        "13 people were killed in an airstrike carried out by Assad regime warplanes.",
        "The SNHR attributed the deaths of 105 civilians to the Assad regime.",
        "The PYD militia was responsible for 27 civilian deaths.",
        "Last Tuesday, Russia murdered several IDPs in the Ahl Saraqib camp.",
    ],
)
def test_attribution_cues(sentence):
    assert "attribution" in suggest_labels(sentence)


def test_only_reporting_a_source_is_not_attribution():
    assert "attribution" not in suggest_labels("According to the Syrian Civil Defense, four civilians were killed.")


@pytest.mark.parametrize(
    "sentence",
    [
        "The SOC called on the international community to take urgent action.",
        "The White Helmets urged civilians to avoid strange objects.",
        "The UN must take immediate and decisive action to protect civilians.",
    ],
)
def test_call_to_action_cues(sentence):
    assert "call_to_action" in suggest_labels(sentence)


def test_rhetoric_for_evaluative_wording():
    labels = suggest_labels("The world cannot afford to remain silent in the face of such atrocities.")
    assert labels == ["rhetoric"]


def test_plain_description_gets_no_label():
    assert suggest("The strikes destroyed large sections of the market.").labels == []
    assert suggest("The strikes destroyed large sections of the market.").figures is None


@pytest.mark.parametrize(
    ("sentence", "source"),
    [
        (
            "According to the Syrian Network for Human Rights, 752 people were killed.",
            "Syrian Network for Human Rights",
        ),
        (
            "According to a report released by the Syrian Network for Human Rights (SNHR) on Wednesday, 149 died.",
            "Syrian Network for Human Rights (SNHR)",
        ),
        ("The Syrian Civil Defense further reported intensified bombardment.", "Syrian Civil Defense"),
        ("“This is a deliberate massacre,” a White Helmets spokesperson said.", "White Helmets"),
        ("Four civilians were killed.", None),
    ],
)
def test_cited_source_guess(sentence, source):
    assert guess_cited_source(sentence) == source


def hint(sentence: str, label: str):
    return next((h for h in suggest(sentence).hints if h.label == label), None)


@pytest.mark.parametrize(
    ("sentence", "cue"),
    [
        ("The Islamic State claimed responsibility for the bombing.", "claimed responsibility"),
        ("The defence ministry denied that its aircraft had struck the hospital.", "denied"),
        ("Witnesses accused regime forces of targeting the ambulance.", "accused"),
        ("Turkish drones struck a vehicle near Qamishli.", "Turkish drones struck"),
        ("Three people died in regime shelling of the town.", "regime shelling"),
    ],
)
def test_attribution_hints_carry_the_words_that_fired(sentence, cue):
    found = hint(sentence, "attribution")
    assert found is not None and found.score >= 0.5 and found.source == "rules"
    assert found.cue == cue


def test_a_count_of_victims_is_not_an_attribution():
    assert hint("Four civilians were killed in the shelling.", "attribution") is None
    assert hint("The Observatory attributed the rise in displacement to the winter storms.", "attribution") is None


@pytest.mark.parametrize(
    "sentence",
    [
        "Medical staff asked residents to donate blood at the central hospital.",
        "It is essential that the guarantor states honour the ceasefire.",
        "Stop the bombing of our hospitals now.",
        "Doctors appealed to the world to send fuel.",
    ],
)
def test_appeals_and_imperatives_are_calls_to_action(sentence):
    assert hint(sentence, "call_to_action").score >= 0.5


@pytest.mark.parametrize(
    "sentence",
    [
        "The envoy's appeal for a ceasefire was rejected by both sides.",
        "Civilians should have been protected by the ceasefire.",
        "Last month the ministry called the reports baseless.",
    ],
)
def test_reported_or_counterfactual_appeals_are_not_calls(sentence):
    found = hint(sentence, "call_to_action")
    assert found is None or found.score < 0.5


def test_rhetoric_needs_evaluative_wording_and_weak_words_alone_stay_below_the_threshold():
    assert hint("The regime's savagery knows no limits.", "rhetoric").score >= 0.8
    weak = hint("The massacre was reported by the Civil Defence.", "rhetoric")
    assert weak is not None and weak.score < 0.5 and weak.cue == "massacre"
    assert suggest("The massacre was reported by the Civil Defence.").labels == []


def test_presence_of_casualties_without_a_number_is_a_claim_without_figures():
    result = suggest("Several civilians were injured when a drone targeted a motorcycle.")
    assert result.labels == ["casualty_claim"] and result.figures is None
    assert hint("A strike could kill dozens if the shelter is hit.", "casualty_claim") is None or (
        hint("A strike could kill dozens if the shelter is hit.", "casualty_claim").score < 0.5
    )


def test_cited_source_after_the_claim_and_attributed_by_a_monitor():
    assert guess_cited_source("Five civilians were killed, the White Helmets said.") == "White Helmets"
    assert guess_cited_source("The SNHR attributed the deaths of 105 civilians to the Assad regime.") == "SNHR"


def test_rules_and_model_combine_the_model_adds_only_what_it_is_sure_of():
    from annotations.suggestions.combine import combine_hints
    from annotations.text.suggest import Hint

    rules = [Hint("casualty_claim", 0.95, "13 people"), Hint("rhetoric", 0.3, "massacre")]
    model = {
        "casualty_claim": (0.2, "people"),
        "rhetoric": (0.9, "massacre, horrific"),
        "call_to_action": (0.75, "urged"),
        "attribution": (0.6, "forces"),
    }
    combined = {h.label: h for h in combine_hints(rules, model)}
    assert combined["casualty_claim"] == rules[0]  # a rule that fired is kept as it is
    assert combined["rhetoric"].source == "model" and combined["rhetoric"].cue == "massacre"
    assert combined["rhetoric"].score >= 0.5
    assert combined["call_to_action"] == Hint("call_to_action", 0.75, "urged", "model")
    assert "attribution" not in combined  # the model is not sure enough
    assert combine_hints(rules, None) == rules


# Label patterns a fresh probe batch (tests/data/suggestions_fresh.tsv) revealed; other wording here.
@pytest.mark.parametrize(
    ("sentence", "labels"),
    [
        # one count of two outcomes is still a casualty claim, without figures
        ("Nearly forty people were left dead or injured by the blast.", ["casualty_claim"]),
        # denying that people were harmed is an attribution (a denial), not a claim that they were
        ("The militia denied that any villagers were killed during the raid.", ["attribution"]),
        # who held the weapon or the firing positions
        ("The barrel bombs were dropped by the air force, witnesses said.", ["attribution"]),
        ("Residents said the rockets were launched from areas controlled by the militia.", ["attribution"]),
        ("The Turkish army said it had targeted a PKK depot near the border.", ["attribution"]),
        ("Hezbollah's rocket crews yet again fired on the northern villages.", ["attribution"]),
        # imperatives addressed to readers
        ("Stay indoors and avoid the main road until the teams have cleared it.", ["call_to_action"]),
        ("Report any suspicious objects to the civil defence hotline.", ["call_to_action"]),
        # a question is not a call (it is asked for effect: rhetoric); an appeal made earlier is only reported
        ("Why must our children pay for the wars of others?", ["rhetoric"]),
        ("The governor had appealed for calm the week before.", []),
        # evaluative wording without checkable content
        ("How long will the world pretend not to see?", ["rhetoric"]),
        ("Once more the great powers looked the other way.", ["rhetoric"]),
        ("Our city will not be defeated by fear.", ["rhetoric"]),
        ("Their hypocrisy insults every grieving family.", ["rhetoric"]),
        ("No government can keep silent while hospitals burn.", ["rhetoric"]),
    ],
)
def test_label_patterns_from_the_fresh_probe(sentence, labels):
    assert suggest_labels(sentence) == labels


@pytest.mark.parametrize(
    ("sentence", "labels"),
    [
        ("The shelling resulted in a high number of casualties among the displaced.", ["casualty_claim"]),
        ("This is what collective punishment looks like.", ["rhetoric"]),
    ],
)
def test_label_patterns_from_the_second_fresh_batch(sentence, labels):
    assert suggest_labels(sentence) == labels


@pytest.mark.parametrize(
    ("sentence", "labels"),
    [
        # responsibility without a harm verb: "behind the attack", a denial as an absence, evidence pointing to
        ("Officials believe the militia was behind the bombing of the bridge.", ["attribution"]),
        ("The ministry insisted that no warplanes were operating over the town that night.", ["attribution"]),
        ("Shell fragments found at the site point to government forces.", ["attribution"]),
        # present-tense harm verbs in headlines
        ("Russian artillery pounds Kherson suburbs overnight", ["attribution"]),
        # appeals in the passive and in imperative slogans
        ("Safe corridors are urgently needed for the wounded.", ["call_to_action"]),
        ("Investigate every strike on a school!", ["call_to_action"]),
        # questions and slogans asked or shouted for effect
        ("Who will answer for the children of Rafah?", ["rhetoric"]),
        ("Daraa will never bow!", ["rhetoric"]),
        ("Glory to the martyrs!", ["rhetoric"]),
    ],
)
def test_label_patterns_from_the_third_fresh_batch(sentence, labels):
    assert suggest_labels(sentence) == labels


@pytest.mark.parametrize(
    ("sentence", "labels"),
    [
        # a court's charge or finding names who is responsible
        ("Two officers were convicted of the killings of protesters outside the ministry.", ["attribution"]),
        # "the aggression", "the enemy" are the actor in translated statements; "criminal aggression" is evaluative
        ("The enemy's shelling of the old market continued until the evening.", ["attribution"]),
        ("Mourners carried the victims of the Israeli aggression to the cemetery.", ["attribution"]),
        ("The criminal aggression will not break our people.", ["rhetoric"]),
        # evidence traced to an armed actor
        ("Munition remnants were traced by the panel to a batch delivered to government forces.", ["attribution"]),
        # the dead or the casualties mentioned without a number
        ("Several of the wounded were children, a nurse said.", ["casualty_claim"]),
        ("Casualties have been reported in the northern suburbs.", ["casualty_claim"]),
        # "it is high time", a demand ending in "now!"
        ("It is high time the blockade was lifted.", ["call_to_action"]),
        ("Water for Gaza now!", ["call_to_action"]),
        # a question someone is reported asking wants an answer: not rhetoric
        ('A journalist asked the minister: "When will the border reopen?"', []),
        ('"Which shelter has space left?" the mother asked a volunteer.', []),
    ],
)
def test_label_patterns_from_the_fourth_fresh_batch(sentence, labels):
    assert suggest_labels(sentence) == labels


@pytest.mark.parametrize(
    ("sentence", "labels"),
    [
        # an imperative after an opening phrase of time or place is still a call
        ("In the camps of Arsal, keep children away from the unexploded bomblets.", ["call_to_action"]),
        ("Tonight, open the border to the wounded.", ["call_to_action"]),
        # people dying, counted without a number
        ("Some residents perished before the rescuers arrived.", ["casualty_claim"]),
    ],
)
def test_label_patterns_the_rewritten_sentences_revealed(sentence, labels):
    assert suggest_labels(sentence) == labels


@pytest.mark.parametrize(
    ("sentence", "labels"),
    [
        ("Their children are being robbed of any hope.", ["rhetoric"]),
        ("Eleven coffins lay side by side in the courtyard.", ["casualty_claim"]),
    ],
)
def test_label_patterns_from_the_fifth_fresh_batch(sentence, labels):
    assert suggest_labels(sentence) == labels


@pytest.mark.parametrize(
    ("sentence", "labels"),
    [
        # people harmed but not counted are a claim; care given to patients is not
        ("Villagers were gunned down as they fled the raid.", ["casualty_claim"]),
        ("Many commuters suffered cuts when the station was shelled.", ["casualty_claim"]),
        ("The clinic treated more children in May than in the whole of spring.", []),
        # an admission of the harm done, and armed fighters named as doers, attribute it
        ("The army conceded that its soldiers had shot at the ambulance.", ["attribution"]),
        ("Four farmers were killed by the advancing fighters, relatives said.", ["casualty_claim", "attribution"]),
        # doing nothing, said of those who could act, is evaluative
        ("The council met, talked, and did nothing.", ["rhetoric"]),
    ],
)
def test_label_patterns_from_the_sixth_fresh_batch(sentence, labels):
    assert suggest_labels(sentence) == labels


@pytest.mark.parametrize(
    ("sentence", "labels"),
    [
        # the occupation named as an actor; an aggression by an armed party; a massacre committed by it
        ("Occupation troops assassinated a journalist near the checkpoint.", ["casualty_claim", "attribution"]),
        ("Houses were flattened in an aggression by the occupier's warplanes.", ["attribution"]),
        ("The occupation drones committed another massacre, killing five people.", ["casualty_claim", "attribution"]),
        # deaths in a party's custody; a court's finding of manslaughter against several people
        (
            "Two activists were tortured to death inside the regime's detention centres.",
            ["casualty_claim", "attribution"],
        ),
        ("A jury convicted the three guards of manslaughter.", ["attribution"]),
        # a sacrifice said not to be in vain is evaluative
        ("Their sacrifice was not in vain.", ["rhetoric"]),
    ],
)
def test_label_patterns_from_the_seventh_fresh_batch(sentence, labels):
    assert suggest_labels(sentence) == labels


@pytest.mark.parametrize(
    ("sentence", "labels"),
    [
        # a source who asked not to be named calls for nothing
        (
            "Eleven civilians were killed, according to a hospital official who asked not to be identified.",
            ["casualty_claim"],
        ),
        # "many lost their lives" says people died without counting them
        ("Many lost their lives on the road out of the city.", ["casualty_claim"]),
        # soldiers who were killed are not the ones who killed
        (
            "The convoy was ambushed, raising the number of soldiers killed in the province this year to 96.",
            ["casualty_claim"],
        ),
        # armed groups of other conflicts, suspicion, and a denial without a harm verb
        ("Gang members killed at least 15 people in the market at dawn.", ["casualty_claim", "attribution"]),
        ("Suspicion fell on the RSF, whose fighters had ringed the town for weeks.", ["attribution"]),
        ("The movement said it had no involvement in the bombing of the bridge.", ["attribution"]),
        # "burned" with an object is an act, not a burn suffered
        ("The council demanded the arrest of the men who burned the grain store.", ["call_to_action"]),
    ],
)
def test_label_patterns_from_the_eighth_fresh_batch(sentence, labels):
    assert suggest_labels(sentence) == labels


@pytest.mark.parametrize(
    ("sentence", "source"),
    [
        # sources named by what they are, not by a proper name: the words as written
        ("Four people were killed and nine wounded, the civil defence said.", "civil defence"),
        ("Two children died of their wounds, a medical source told the agency.", "medical source"),
        ("According to local officials, eleven villagers were killed.", "local officials"),
        ("At least 30 were wounded, according to the Houthi-run health ministry.", "Houthi-run health ministry"),
        ("Police said three men were shot dead at the checkpoint.", "Police"),
        ("The girl later died, her family said.", "family"),
        # a proper name still comes first, and a sentence that cites no one gets no source
        ("Five were killed, hospital officials and the White Helmets said.", "White Helmets"),
        ("Seven people were killed when the market was shelled.", None),
    ],
)
def test_cited_source_named_by_what_it_is(sentence, source):
    assert guess_cited_source(sentence) == source


@pytest.mark.parametrize(
    ("sentence", "labels"),
    [
        # who did the killing: at the hands of, a massacre or barrage by, armed groups and states of other conflicts
        ("Of the 60 victims, 41 died at the hands of militia fighters.", ["casualty_claim", "attribution"]),
        ("Nine people were killed in an army artillery barrage on the village.", ["casualty_claim", "attribution"]),
        ("FARC dissidents killed two soldiers in an ambush in Cauca.", ["casualty_claim", "attribution"]),
        ("Settlers torched three cars in the village overnight.", ["attribution"]),
        ("The cartel left six people dead outside the bar.", ["casualty_claim", "attribution"]),
        # rhetoric: a quoted view with nothing checkable in it, and set phrases of contempt
        ('"Hunger has become a weapon like any other," the aid worker said.', ["rhetoric"]),
        ("The statements of the so-called observatory are pure propaganda.", ["rhetoric"]),
        # a quote with a count in it is not a mere view
        ('"We pulled four bodies from the rubble," a rescuer said.', ["casualty_claim"]),
    ],
)
def test_label_patterns_from_the_ninth_and_tenth_fresh_batches(sentence, labels):
    assert suggest_labels(sentence) == labels


@pytest.mark.parametrize(
    ("sentence", "labels"),
    [
        ("Two drivers were shot dead by members of a local gang at the crossing.", ["casualty_claim", "attribution"]),
        ("A raid by the Sudanese military destroyed the clinic.", ["attribution"]),
        ("Investigators suspect a breakaway faction of carrying out the attack.", ["attribution"]),
        ("In an act of cowardice, gunmen opened fire on the wedding guests.", ["rhetoric"]),
    ],
)
def test_label_patterns_from_the_eleventh_fresh_batch(sentence, labels):
    assert suggest_labels(sentence) == labels


@pytest.mark.parametrize(
    ("sentence", "labels"),
    [
        # orders and imperatives to move or shelter are calls
        ("Take cover and stay indoors until the alert ends, the city told residents.", ["call_to_action"]),
        ("The army ordered families in 12 villages to leave their homes before nightfall.", ["call_to_action"]),
        # stock phrases of defiance and loss
        ("No bomb can break the will of this city, the governor said.", ["rhetoric"]),
        ("The siege has stolen the childhood of every boy and girl in the camp.", ["rhetoric"]),
        # attacks claimed by a group, assaults by a named force, a force's own statement about its strike
        ("Eleven soldiers died in a bombing claimed by a local jihadist group.", ["casualty_claim", "attribution"]),
        ("Dozens were killed in RSF assaults on the camp.", ["casualty_claim", "attribution"]),
        ("The Kenya Defence Forces said they had carried out the air strike.", ["attribution"]),
        ("Chadian soldiers killed 14 fighters near the border.", ["casualty_claim", "attribution"]),
    ],
)
def test_label_patterns_from_the_thirteenth_and_fourteenth_fresh_batches(sentence, labels):
    assert suggest_labels(sentence) == labels


@pytest.mark.parametrize(
    ("sentence", "labels"),
    [
        # the owner of an attack named after it
        ("Two shepherds were killed by the bombing of Turkish jets.", ["casualty_claim", "attribution"]),
        ("A farmer was wounded by a bullet from the regime forces.", ["casualty_claim", "attribution"]),
        ("The shelling of Turkish towns went on all night.", []),
        # more actors and harms: states in the possessive, aligned forces, hostage-taking, orders, blowing up
        ("Israel's air force said it had struck a weapons depot.", ["attribution"]),
        ("Militia-backed gunmen killed five traders on the road.", ["casualty_claim", "attribution"]),
        ("Rebels took 30 villagers hostage during the raid.", ["attribution"]),
        ("The ambush was carried out on the orders of the district governor.", ["attribution"]),
        ("Insurgents blew up the bridge before dawn.", ["attribution"]),
        # a target named after a party is not the party acting
        ("The bomb at the police station killed two people.", ["casualty_claim"]),
        # calls: "please", an opening condition, more imperative verbs
        ("The blood bank is nearly empty, so please give blood at the clinic.", ["call_to_action"]),
        ("If you live near the depot, go to the nearest shelter at once.", ["call_to_action"]),
        # rhetoric: mourning formulas, "this is not X, it is Y", dismissals as lies
        ("May God have mercy on the victims of the bakery.", ["rhetoric"]),
        ("This is not a ceasefire, this is a trap.", ["rhetoric"]),
        # (a report dismissed as lies, with nobody named as having done it, is rhetoric only: so the later blind
        # batches mark it, in 29 of the 35 such sentences that carry no other attribution)
        ("The ministry dismissed the report as lies and propaganda.", ["rhetoric"]),
        # denials: an account rejected
        ("The governor dismissed the report as fabricated.", []),
        ("The group said the blast was an accident, an account the police disputed.", ["attribution"]),
        # an attack set by a party; armed men as the subject of a perfect tense; Maoists
        ("Nine guards died in an ambush laid by the rebels.", ["casualty_claim", "attribution"]),
        # (with nothing else said of how it ended, "shot" reads as a killing: people killed, though not counted)
        ("The panel found that troops had shot the protesters.", ["casualty_claim", "attribution"]),
        ("Maoists blew up a police van in the forest.", ["attribution"]),
        # someone else between the speaker and the verb: "police said the gunmen killed"
        ("Police said the attackers killed four guards.", ["casualty_claim"]),
        # two opening phrases before an imperative
        ("On Sunday, if you are near the port, stay indoors.", ["call_to_action"]),
    ],
)
def test_label_patterns_from_the_sixteenth_to_nineteenth_fresh_batches(sentence, labels):
    assert suggest_labels(sentence) == labels


@pytest.mark.parametrize(
    ("sentence", "labels"),
    [
        # banned weapons used, a massacre organised by someone, "N of them by" a force, possessive names
        ("The inquiry found that government forces used sarin in the attack.", ["attribution"]),
        ("The killings were organised by a militia commander.", ["attribution"]),
        ("Sixty people died, 20 of them by army fire.", ["casualty_claim", "attribution"]),
        ("Gaddafi's forces shelled the port for a week.", ["attribution"]),
        ("Koglweogo fighters killed nine herders near the well.", ["casualty_claim", "attribution"]),
        # unknown gunmen are nobody named
        ("Unknown gunmen torched the school on Friday night.", []),
        # calls: an imperative in single quotes, a vocative, letters to write; no call in "let me be clear"
        ("'Stay away from the bridge,' the mayor told residents.", ["call_to_action"]),
        ("Residents of the old town, go down to the basements now.", ["call_to_action"]),
        ("Write to your senator and ask for an inquiry.", ["call_to_action"]),
        ("Let me be clear: schools are not targets.", ["rhetoric"]),
        # rhetoric of speeches
        ("Their denials are a pure fabrication.", ["rhetoric"]),
        ("We mourn the dead and stand in solidarity with their families.", ["rhetoric"]),
    ],
)
def test_label_patterns_from_the_twentieth_to_twenty_second_fresh_batches(sentence, labels):
    assert suggest_labels(sentence) == labels


@pytest.mark.parametrize(
    ("sentence", "labels"),
    [
        # an attack on a target by a party; a party's own claim; a party's multi-word attack
        ("The shelling of the market by government artillery went on for hours.", ["attribution"]),
        ("Tehran's claim that it struck only military sites is false, the ministry said.", ["attribution"]),
        ("The militia's two-week siege of the town ended on Friday.", ["attribution"]),
        ("The RSF's five-day offensive on the camp displaced thousands.", ["attribution"]),
        ("US strikes on the port destroyed two cranes.", ["attribution"]),
        # denials of allegations; those responsible are no one named
        ("The army rejected allegations that its units had shelled the village.", ["attribution"]),
        ("The council demanded sanctions against those responsible for the raid.", ["call_to_action"]),
        # calls after a colon, "kindly", and orders told to residents
        ("Enough is enough: stop the shelling now.", ["call_to_action", "rhetoric"]),
        ("Kindly share this appeal with your friends.", ["call_to_action"]),
        ("The army told residents of five villages near the river to leave their homes.", ["call_to_action"]),
        # a question is no call, even with "must"
        ("How many more must die before the council acts?", ["rhetoric"]),
        # rhetoric of statements
        ("The governor strongly condemned the raid.", ["rhetoric"]),
        ("They will pay a heavy price for this treacherous act.", ["rhetoric"]),
        ("Our people are stronger than their bombs.", ["rhetoric"]),
    ],
)
def test_label_patterns_from_the_twenty_third_and_twenty_fourth_fresh_batches(sentence, labels):
    assert suggest_labels(sentence) == labels


@pytest.mark.parametrize(
    ("sentence", "labels"),
    [
        # headline verbs in the present and claims without an article
        ("Army drone hits wedding in Tigray, killing 9", ["casualty_claim", "attribution"]),
        ("Junta jets kill 6 in village raid", ["casualty_claim", "attribution"]),
        ("TTP claims attack on police post", ["attribution"]),
        ("Government blames rebels for the ambush", ["attribution"]),
        # a hospital named after a country is a target, not an actor
        ("Three killed in shelling of Kuwaiti Hospital in Rafah.", ["casualty_claim"]),
        # alerts and appeals without a verb
        ("ALERT: Stay indoors and keep away from windows.", ["call_to_action"]),
        ("Blood donors urgently needed at the city hospital.", ["call_to_action"]),
        # wire rhetoric
        ("They will answer for every drop of blood.", ["rhetoric"]),
    ],
)
def test_label_patterns_from_the_twenty_fifth_fresh_batch(sentence, labels):
    assert suggest_labels(sentence) == labels


@pytest.mark.parametrize(
    ("sentence", "labels"),
    [
        # units named with capitals, and the soldiers of a named regiment
        ("Soldiers of the Royal Rifles shot dead 6 civilians.", ["casualty_claim", "attribution"]),
        ("The Kobra Battalion massacred at least 60 villagers.", ["casualty_claim", "attribution"]),
        ("Wagner guards opened fire on the crowd.", ["attribution"]),
        # a share of deaths attributed, violence attributed, an attack claimed after a comma
        ("The commission attributed 60 per cent of the killings to the army.", ["attribution"]),
        ("Police attributed the violence to a feud between two cartels.", ["attribution"]),
        ("The raid on the barracks, claimed by the group, left the base in ruins.", ["attribution"]),
        # admissions and charges with a long description of the accused
        ("The sergeant admitted shooting a civilian at the checkpoint.", ["attribution"]),
        (
            "Prosecutors charged a former officer known as Officer B with the murder of a student.",
            ["casualty_claim", "attribution"],
        ),
        # not a denial: "justice denied" (the slogan is rhetoric); not an accusation: "the accused"
        ("Justice delayed is justice denied, the banner read.", ["rhetoric"]),
        ("The accused sat silently in the dock.", []),
        # police and army operations
        ("The police operation in the favela left 28 dead.", ["casualty_claim", "attribution"]),
        # rhetoric of courts and funerals
        ("The defendant called the judges liars.", ["rhetoric"]),
        ("Glory to the martyrs!", ["rhetoric"]),
    ],
)
def test_label_patterns_from_the_twenty_sixth_to_twenty_eighth_fresh_batches(sentence, labels):
    assert suggest_labels(sentence) == labels


@pytest.mark.parametrize(
    ("sentence", "labels"),
    [
        # operations and sieges named by who ran them; terror as an attack; the killing of ... by
        ("The army operation in the hills displaced thousands.", ["attribution"]),
        ("The RSF siege cut the city off from food.", ["attribution"]),
        ("The killing of two teachers by regime soldiers shocked the town.", ["casualty_claim", "attribution"]),
        ("Regime snipers wounded 12 people near the bridge.", ["casualty_claim", "attribution"]),
        ("Activists accuse the Arakan Army of burning the village.", ["attribution"]),
        ("The group claimed the beheading of four hostages.", ["casualty_claim", "attribution"]),
        # calls: begging and calling people to act, an imperative after a question, orders to pursue
        ("We are begging the governments of the region to open the border.", ["call_to_action"]),
        ("How long will this go on? Stop the bombing now.", ["call_to_action", "rhetoric"]),
        ("The president ordered the police to arrest the killers.", ["call_to_action"]),
        ("#SaveSudan, let the aid trucks in!", ["call_to_action"]),
        ("Oh world, wake up!", ["call_to_action"]),
        # rhetoric of field staff and communiqués
        ("There are no words strong enough for what we saw.", ["rhetoric"]),
        ("Our thoughts are with the families of the crew.", ["rhetoric"]),
        ("The ministry called the report a malicious fabrication.", ["rhetoric"]),
        ("Down with the dictatorship!", ["rhetoric"]),
        # investigating a strike as a war crime is a call, not rhetoric
        ("Amnesty urged the court to investigate the raid as a war crime.", ["call_to_action"]),
    ],
)
def test_label_patterns_from_the_twenty_ninth_to_thirty_first_fresh_batches(sentence, labels):
    assert suggest_labels(sentence) == labels


@pytest.mark.parametrize(
    ("sentence", "labels"),
    [
        # who ordered an attack; fighting and clashes between parties; mines laid by a party; riot police
        ("The court found that the general ordered the shelling of the town.", ["attribution"]),
        ("Fighting between two gangs in the prison lasted all night.", ["attribution"]),
        ("The road had been mined by rebel fighters.", ["attribution"]),
        ("Riot police charged protesters with batons.", ["attribution"]),
        # calls after a semicolon; rhetoric of slogans, chants and dismissals in quotes
        ("Shame on the arms dealers; boycott them now.", ["call_to_action", "rhetoric"]),
        ("Not one more child!", ["rhetoric"]),
        ("The crowd chanted against the governor outside the prison.", ["rhetoric"]),
        ("The ministry dismissed the story as 'Western lies'.", ["rhetoric"]),  # no one named as having done it
    ],
)
def test_label_patterns_from_the_thirty_second_to_thirty_fourth_fresh_batches(sentence, labels):
    assert suggest_labels(sentence) == labels


@pytest.mark.parametrize(
    ("sentence", "labels"),
    [
        # bombs detonated and blasts triggered by a party; security operatives; firing by a force
        ("Al-Shabaab fighters detonated a truck bomb at the gate.", ["attribution"]),
        ("The blast was triggered by Maoists hiding in the forest.", ["attribution"]),
        ("Protesters were shot by security operatives in the square.", ["casualty_claim", "attribution"]),
        ("Two farmers were killed in BSF firing near the border.", ["casualty_claim", "attribution"]),
        ("Officials suspect the group of coordinating the attacks.", ["attribution"]),
        ("Karim Saleh's homemade bomb killed 9 people at the market.", ["casualty_claim", "attribution"]),
        ("The group claimed a rocket attack on the airport.", ["attribution"]),
        # orders directed; adjectives joined by "and" before an attack; prayers and lies
        ("The minister directed the police to arrest the attackers.", ["call_to_action"]),
        ("The regime's relentless and murderous shelling went on all night.", ["attribution", "rhetoric"]),
        ("Our thoughts and prayers are with the families.", ["rhetoric"]),
        ("The statement was a pack of lies.", ["rhetoric"]),
    ],
)
def test_label_patterns_from_the_thirty_fifth_to_thirty_seventh_fresh_batches(sentence, labels):
    assert suggest_labels(sentence) == labels


@pytest.mark.parametrize(
    "sentence, labels",
    [
        # mourning formulas, accusations of lying, loaded words of parties' statements
        ("Eternal memory to the dead; my sincere condolences to their loved ones.", ["rhetoric"]),
        ("The Emir sent a cable of condolences to the president.", []),
        ("Western media are once again spreading lies about our servicemen, a spokeswoman said.", ["rhetoric"]),
        ("The regime's lies will not erase what the world saw in Douma.", ["rhetoric"]),
        ("Russia is a terrorist state and must be stopped.", ["call_to_action", "rhetoric"]),
        ("A woman who fled on foot asked: \"Where is the world? Are we not human beings?\"", ["rhetoric"]),
        ("Kherson stands, and Kherson will remain Ukrainian.", ["rhetoric"]),
        ("These are not military targets — these are playgrounds and maternity wards.", ["rhetoric"]),
        ("They are hunting civilians with drones again, the governor wrote.", ["rhetoric"]),
        # name-calling, and the world watching
        ("Protesters waved placards branding the minister a war criminal and a liar.", ["rhetoric"]),
        ("The leader vowed to hunt down the protesters, calling them rats.", ["rhetoric"]),
        ("'Stop the killing, the world is watching,' read a banner.", ["call_to_action", "rhetoric"]),
    ],
)
def test_label_patterns_from_the_thirty_eighth_to_forty_ninth_fresh_batches(sentence, labels):
    assert suggest_labels(sentence) == labels


@pytest.mark.parametrize(
    ("sentence", "labels"),
    [
        # armed people, or a named body, as the subject of a harm verb with its victims; "by its aircraft"
        ("Marines killed four suspected smugglers near the coast.", ["casualty_claim", "attribution"]),
        ("Gunmen said the Frente Norte had executed two farmers.", ["casualty_claim", "attribution"]),
        ("Five soldiers died when their truck struck a mine.", ["casualty_claim"]),
        ("The review found that two civilians were killed by its drones.", ["casualty_claim", "attribution"]),
        ("Residents say the bodies belong to prisoners executed by the group.", ["casualty_claim", "attribution"]),
        ("Two people died when warplanes flattened a block of flats.", ["casualty_claim", "attribution"]),
        ("Seven people were killed in a police incursion into the district.", ["casualty_claim", "attribution"]),
        ("A teacher died under torture in the prisons of the regime.", ["casualty_claim", "attribution"]),
        ("Investigators said the attack bore the hallmarks of the cartel.", ["attribution"]),
        # a lumped count is still a claim; an imperative names no one harmed
        ("Shells hit the market, killing and wounding dozens.", ["casualty_claim"]),
        ("Monitors counted dozens of martyrs and wounded in the eastern towns.", ["casualty_claim"]),
        ("'Stop killing our children!' read the placards.", ["call_to_action"]),
        # war's metaphors, defiance, a quoted question asked for effect (not a question that wants an answer)
        ("'The camp has become a graveyard,' a doctor said.", ["rhetoric"]),
        ("'We will not surrender,' the commander told his men.", ["rhetoric"]),
        ("'Homs was not captured, it was flattened,' a resident said.", ["rhetoric"]),
        ("'Who will bring back our sons?' a mother asked.", ["rhetoric"]),
        ("'How many people were on the bus?' the officer asked the driver.", []),
        # batches 62-67: a chant wishes no death; initials with attacks; those loyal to a commander; who operated it
        ('"Death to the invaders," the crowd chanted after the funeral.', ["rhetoric"]),
        ("SAF airstrikes on the market kill at least 12 people.", ["casualty_claim", "attribution"]),
        ("Militiamen loyal to a local warlord attacked the village.", ["attribution"]),
        ("The inquiry found the drone had been operated by the armed forces.", ["attribution"]),
        ("The journalist was shot dead by a member of the presidential guard.", ["casualty_claim", "attribution"]),
        ("The envoy recommends that all parties allow access to the wounded.", ["call_to_action"]),
        # batches 68-73: rhetoric of dehumanising, mourning, dismissal and defiance
        ("'It was a slaughter by any definition,' the mayor said.", ["rhetoric"]),
        ("The minister said they were fighting human animals.", ["rhetoric"]),
        ("'Those figures are invented by the enemy and parroted by the press,' the spokesman said.", ["rhetoric"]),
        ("'To God we belong and to Him we return,' the family wrote.", ["rhetoric"]),
        ("'This is murder, pure and simple,' the governor said.", ["rhetoric"]),
        ("The ministry called the report yet another lie from the rebels.", ["rhetoric"]),
        ("'Enough! Bring our sons home,' the mothers shouted.", ["call_to_action", "rhetoric"]),
    ],
)
def test_label_patterns_from_the_fifty_sixth_to_sixty_first_fresh_batches(sentence, labels):
    assert suggest_labels(sentence) == labels


@pytest.mark.parametrize(
    ("sentence", "labels"),
    [
        # weapons named by who laid them; fire from a side's positions; blame attributed to a named body; an admission
        ("Rebel-laid mines along the track killed three shepherds last spring.", ["casualty_claim", "attribution"]),
        ("Mortar rounds fired from government positions wounded four children.", ["casualty_claim", "attribution"]),
        ("The inquiry later attributed it to the Northern Brigade.", ["attribution"]),
        ("The commission admitted the coalition had erred in approving the raid.", ["attribution"]),
        # a unit's members; armed men whose deeds end in a killing; deaths as troops clear a place; a party's
        # supporters; an attacker identified; the progressive; a clause between the actor and its deed; its own strike
        ("Members of the Lions unit executed five prisoners near the river.", ["casualty_claim", "attribution"]),
        ("Police rounded up 30 villagers and shot them dead behind the mosque.", ["casualty_claim", "attribution"]),
        ("Taliban fighters who stormed the compound killed 14 guards.", ["casualty_claim", "attribution"]),
        ("Nine people were killed as Ethiopian troops cleared the market.", ["casualty_claim", "attribution"]),
        ("Supporters of the ruling party attacked the rally with iron bars.", ["attribution"]),
        ("The bomber was later identified as an ISIS recruit.", ["attribution"]),
        ("Riot police in the capital were firing tear gas canisters at the marchers.", ["attribution"]),
        (
            "The militia, which had lost the town a year earlier, executed nine men on Friday.",
            ["casualty_claim", "attribution"],
        ),
        ("The army said its air strike near the dam had killed six fighters.", ["casualty_claim", "attribution"]),
        # not attribution: an unnamed gunman a source reports, unknown gunmen, figures dismissed as lies (rhetoric),
        # a counter-terrorist operation
        ("Police said a gunman killed two guards outside the bank.", ["casualty_claim"]),
        ("Four people were killed when unknown gunmen opened fire on the bus.", ["casualty_claim"]),
        ("The spokesman dismissed the casualty figures as enemy lies.", ["rhetoric"]),
        ("The counter-terrorist operation began at dawn.", []),
        # pleas, and an imperative to take shelter
        ("Residents pleaded with the governor to reopen the clinic.", ["call_to_action"]),
        ('The nurse begged the soldiers: "Let the ambulance through."', ["call_to_action"]),
        ("Enter the basement and wait for the all-clear.", ["call_to_action"]),
        # rhetoric: cold blood, a scare-quoted label, a sung slogan, vows of revenge and of the martyrs' blood, people
        # hunted like animals; not a hymn sung, nor nets weighed down with stones
        ("'This was done in cold blood,' the governor said.", ["rhetoric"]),
        ('Officials blamed "thugs" for the looting of the shops.', ["attribution", "rhetoric"]),
        ('"No to war, yes to bread," the students sang as they marched.', ["rhetoric"]),
        ("The minister vowed that the enemy would pay a price beyond anything it had known.", ["rhetoric"]),
        ("The sheikh vowed that the martyrs' blood would not be wasted.", ["rhetoric"]),
        ("A survivor said the soldiers had hunted them like dogs.", ["rhetoric"]),
        ("The choir sang hymns at the memorial service.", []),
        ("The nets were weighed down with stones.", []),
        # a casualty claim without a number: the victims named
        ("The ministry named the victims on Sunday.", ["casualty_claim"]),
    ],
)
def test_label_patterns_from_the_seventy_fourth_to_seventy_ninth_fresh_batches(sentence, labels):
    assert suggest_labels(sentence) == labels


@pytest.mark.parametrize(
    ("sentence", "labels"),
    [
        # attribution: a side's weapons shot down, a weapon only one side uses, the base form 'attribute', an attack
        # 'which X later claimed', a claimed blast, its strike that killed, '... were responsible', liable for deaths
        ("Air defences shot down 12 Russian drones over the city overnight.", ["attribution"]),
        ("The shrapnel came from a missile used only by the Saudi-led coalition.", ["attribution"]),
        ("Monitors attribute some 300 deaths to government troops.", ["casualty_claim", "attribution"]),
        ("The raid, which the TTP later claimed, left nine people dead.", ["casualty_claim", "attribution"]),
        ("Al-Shabaab claimed the explosion at the checkpoint.", ["attribution"]),
        ("Its air strike killed 20 fighters near the dam, the statement said.", ["casualty_claim", "attribution"]),
        ("The envoy said HTS fighters were responsible.", ["attribution"]),
        ("A court found the state liable for the deaths of 40 detainees.", ["casualty_claim", "attribution"]),
        # who carried what or led them; a unit named with numbers or commas; a platoon or unit owned; a crowd that
        # killed; armed men and the harm they did; told to halt their shelling of a place; convicted of ordering
        ("Rebels armed with spears and guns killed 11 farmers.", ["casualty_claim", "attribution"]),
        ("Serb units under General Ratko Petrovic executed 60 prisoners.", ["casualty_claim", "attribution"]),
        ("Fighters of the 2K armed group killed five traders.", ["casualty_claim", "attribution"]),
        ("Soldiers of Bravo Company, 2nd Battalion, shot dead four herders.", ["casualty_claim", "attribution"]),
        ("Kovac's platoon shot dead 30 villagers.", ["casualty_claim", "attribution"]),
        ("A guard testified that his unit executed 200 prisoners.", ["casualty_claim", "attribution"]),
        ("Rioters who broke into the compound killed three guards.", ["casualty_claim", "attribution"]),
        ("The militia once again showed its contempt by shelling the camp.", ["attribution", "rhetoric"]),
        ("The UN called on Sudanese forces to stop their bombing of the markets.", ["attribution", "call_to_action"]),
        ("The general was convicted of ordering the air raid on the market.", ["attribution"]),
        ("A border guard shot dead a farmer near the fence.", ["casualty_claim", "attribution"]),
        ("Students were shot dead as the army convoy advanced on the square.", ["casualty_claim", "attribution"]),
        ("The report found the snipers had killed unarmed men.", ["casualty_claim", "attribution"]),
        # not attribution: a weapon's type, fighters who died, rival groups, an operation launched, a census, arrests
        ("A GPS drone hit the van, leaving two people dead.", ["casualty_claim"]),
        ("Dozens of SDF fighters died defending the town.", ["casualty_claim"]),
        ("Eight people died in clashes between rival gangs.", ["casualty_claim"]),
        ("The army has launched an operation in the hills.", []),
        ("A government census carried out in 2005 put the toll at 3,000.", ["casualty_claim"]),
        ("Ten students were detained in police raids on the campus.", []),
        # casualty claims without a count: only some survived, victims listed by name, the murders of named people;
        # no claim in a question asked or in what someone is urged to do
        ("Of the family of nine, only the father survived.", ["casualty_claim"]),
        ("The memorial lists 310 victims by name.", ["casualty_claim"]),
        ("The killings of Father Ruiz and Sister Ortega shocked the town.", ["casualty_claim"]),
        ("'Why does the world say nothing when children die in Gaza?' the mayor asked.", ["rhetoric"]),
        ("The ombudsman urged the mission to record every killing of civilians.", ["call_to_action"]),
        # calls: a speaker's own appeal reported in the past perfect; a party addressed by name; 'come'; not 'nobody
        # should', nor 'let history answer'
        ("The minister said she had asked the Red Cross to visit the prison.", ["call_to_action"]),
        ("'UNAMID, leave now!' the crowd shouted.", ["call_to_action"]),
        ("Come to the square on Friday and light a candle with us.", ["call_to_action"]),
        ("Those figures are pure propaganda and nobody should repeat them.", ["rhetoric"]),
        # rhetoric: martyrs' caravans and blood that waters a tree; no place to hide; vows that terror will not win;
        # another bloody day; what numbers cannot hold; stolen futures; lying as breathing; calling it what it is;
        # naked aggression; nobody answers for it; watching while people die; dismissals as a whitewash or a smear;
        # spitting on graves; killing the dead twice; the mother of all massacres; a deed called a massacre; a quoted
        # view with the speaker after the verb or read on a banner; 'enough blood!'; not 'bloodshed' in plain report
        ("'Our sons have joined the caravan of the immortals,' the statement said.", ["rhetoric"]),
        ("Their blood shall water the tree of liberty.", ["rhetoric"]),
        ("The spokesman said the rebels would find nowhere to hide.", ["rhetoric"]),
        ("'Fear will not win; we will hunt them down,' the governor said.", ["rhetoric"]),
        ("'Yet another bloody Monday in Kharkiv,' the mayor wrote.", ["rhetoric"]),
        ("No chart can ever measure what these families have lost.", ["rhetoric"]),
        ("Each name here is a person with a name and a childhood that was stolen.", ["rhetoric"]),
        ("The junta lies as it breathes.", ["rhetoric"]),
        ("We call it by its name: a war on the poor.", ["rhetoric"]),
        ("The minister denounced the incursion as naked aggression.", ["rhetoric"]),
        ("'Three years on, nobody has answered for it,' the widow said.", ["rhetoric"]),
        ("The envoys watched while the town burned.", ["rhetoric"]),
        ("Relatives dismissed the inquiry as a whitewash.", ["rhetoric"]),
        ("Activists said the denial was spitting on the graves of the dead.", ["rhetoric"]),
        ("'Denial kills our dead a second time,' the survivors said.", ["rhetoric"]),
        ("The exiles called the siege the mother of all massacres.", ["rhetoric"]),
        ("The priest called the raid a massacre.", ["rhetoric"]),
        ('"Our grief did not end in 1995; it lives with us every day," said a widow.', ["rhetoric"]),
        ("'Enough blood! Give us peace,' the marchers shouted.", ["call_to_action", "rhetoric"]),
        ("The council blamed the separatists for the bloodshed.", ["attribution"]),
    ],
)
def test_label_patterns_from_the_eightieth_to_eighty_fifth_fresh_batches(sentence, labels):
    assert suggest_labels(sentence) == labels


@pytest.mark.parametrize(
    ("sentence", "labels"),
    [
        # rhetoric: vows of revenge and of every inch; a deed called a premeditated crime; no religion; lives worth
        # less; 'what was their sin?' after a dash (the deaths before it still a claim); 'how long must we ...?' asked;
        # described as martyrs; brave sons of the soil; a deed called a victory; 'rest in power', RIP, 'won't be
        # silenced'; militia thugs; more lies; allegations that are lies; what they call it, and what says otherwise;
        # all of a group called criminals; scare-quoted 'puppets'; deeply appalled; enough lives lost; usurpers
        ("The rebels vowed revenge for their slain commander.", ["rhetoric"]),
        ("The chief vowed to defend every inch of the valley.", ["rhetoric"]),
        ("The mayor called the shelling of the market a premeditated crime.", ["rhetoric"]),
        ("The imam said the bombers had no religion.", ["rhetoric"]),
        ("Activists asked whether a farmer's life was worth less than a cow.", ["rhetoric"]),
        ("'Forty pupils were killed or maimed - what was their sin?' a teacher asked.", ["casualty_claim", "rhetoric"]),
        ("'How long must we wait for the truth?' asked the widow.", ["rhetoric"]),
        ("The party described them as martyrs of the revolution.", ["rhetoric"]),
        ("The general saluted the brave sons of the soil.", ["rhetoric"]),
        ("The rebels called it a victory for the whole nation.", ["rhetoric"]),
        ("Rest in power, little brother.", ["rhetoric"]),
        ("Goodbye, Sami. RIP.", ["rhetoric"]),
        ("Your songs won't be silenced.", ["rhetoric"]),
        ("Militia thugs torched the market.", ["attribution", "rhetoric"]),
        ("The statement was more lies from the junta.", ["rhetoric"]),
        ("The governor said the allegations are nothing but lies.", ["rhetoric"]),
        ("They call it 'liberation'.", ["rhetoric"]),
        ("The official record says otherwise.", ["rhetoric"]),
        ("The colonel called all the herders criminals.", ["rhetoric"]),
        ("Rebels called the ministers 'puppets of the West'.", ["rhetoric"]),
        ("The ambassador said she was deeply appalled by the footage.", ["rhetoric"]),
        ("Enough lives have been lost in this valley.", ["rhetoric"]),
        ("The exiles called the council a gang of usurpers.", ["rhetoric"]),
        # calls: 'for your safety' after a colon; told people in a list of places to leave; 'lay down'; not an image
        # that 'should haunt' someone
        ("Residents of the old town: for your safety, move to the stadium.", ["call_to_action"]),
        ("The council told families in the Green, Blue and Red zones to leave before dark.", ["call_to_action"]),
        ("'Lay down your arms and go home,' the bishop told the fighters.", ["call_to_action"]),
        ("The report said the images should haunt every general.", []),
        # attribution: aircraft loyal to someone; the UAE; coastguards; a sniper at a place; smugglers, officers who
        # shot at, tribesmen who gunned down; attributed to initials; ', later claimed by'; a laden lorry driven into
        # a base; an initials-and-hyphen group's suicide bomber; '<initials> said it carried out'; its member
        # detonating a vest; a chain of deeds with commas or ending in 'more than'; the so-called resistance; not
        # fighters only based somewhere, nor 'military operations' fled
        ("Drones loyal to the colonel struck a wedding, killing four guests.", ["casualty_claim", "attribution"]),
        ("The aircraft was operated by the United Arab Emirates, the panel found.", ["attribution"]),
        ("Coastguards fired on the dinghy, wounding a boy.", ["casualty_claim", "attribution"]),
        ("A sniper at the checkpoint near the mosque shot dead a teenager.", ["casualty_claim", "attribution"]),
        ("Smugglers in the port town shot dead six migrants.", ["casualty_claim", "attribution"]),
        ("Officers shot at the crowd, wounding 12.", ["casualty_claim", "attribution"]),
        ("Tribesmen gunned down nine travellers on the road.", ["casualty_claim", "attribution"]),
        ("Half of the strikes were attributed to the LNA.", ["attribution"]),
        ("A bombing at the bus depot, later claimed by the PKK, killed four.", ["casualty_claim", "attribution"]),
        ("Fighters of the Jaish al-Adl group drove a laden lorry into a base.", ["attribution"]),
        ("An IS-K suicide bomber blew himself up at a wedding, killing 20 guests.", ["casualty_claim", "attribution"]),
        ("The council urged Damascus to act against PKK fighters based in the hills.", ["call_to_action"]),
        ("Thousands fled military operations in the valley last year.", []),
        ("The ONLF said it carried out the ambush.", ["attribution"]),
        ("Its statement said one of its members reached the hall before detonating a vest.", ["attribution"]),
        ("Soldiers rounded up the men, took them to the river, and shot dead 14.", ["casualty_claim", "attribution"]),
        ("Rebel fighters split the women from the men and shot dead more than 40.", ["casualty_claim", "attribution"]),
        ("Residents said the so-called resistance fired from the clinic.", ["attribution", "rhetoric"]),
    ],
)
def test_label_patterns_from_the_eighty_sixth_to_ninety_first_fresh_batches(sentence, labels):
    assert suggest_labels(sentence) == labels


@pytest.mark.parametrize(
    "sentence, labels",
    [
        # attribution: hanged, strafed, lynched; 'as many as'; brigades and gangsters; 'led by' a named man who
        # raided a place; held accountable; killed by its fire; its long-range drones; '<side> tanks and snipers
        # began firing'; its glide-bomb attacks; attributed to a capitalised name; charged over or with a
        # disappearance; instigating, directing; a finding set off by commas; the sniper a member of a side; the
        # militia that killed; dropped from a military craft; pay a price for the attack; reports called 'fabricated';
        # not people urged 'to release the kidnapped', nor aid dropped, nor an accusation of lying
        ("The regime hanged three teachers last spring.", ["casualty_claim", "attribution"]),
        ("An army gunship strafed the ferry, killing six.", ["casualty_claim", "attribution"]),
        ("Guards killed as many as 30 prisoners in the yard.", ["casualty_claim", "attribution"]),
        ("Self-defence brigades killed more than 70 suspected thieves last year.", ["casualty_claim", "attribution"]),
        ("Gangsters from Cité Soleil led by a man called Zo raided Martissant.", ["attribution"]),
        ("The league asked the council to hold the militia commanders accountable for burning the market.",
         ["attribution", "call_to_action"]),
        ("The army said nine people may have been hit by its fire at the crossing.", ["attribution"]),
        ("The army said its long-range missiles had struck a depot.", ["attribution"]),
        ("Residents said Israeli tanks and drones began firing at dawn.", ["attribution"]),
        ("Russia stepped up its drone attacks on the port this week.", ["attribution"]),
        ("The mayor died in a shooting that police attributed to the Black Eagles.", ["casualty_claim", "attribution"]),
        ("Prosecutors charged two marines with the disappearance of a fisherman.", ["attribution"]),
        ("A court convicted the commander over the 1999 market shelling.", ["attribution"]),
        ("She was convicted of inciting the killings at the stadium.", ["attribution"]),
        ("Police, the inquiry concluded, killed 11 protesters in the square.", ["casualty_claim", "attribution"]),
        ("Investigators said the gunman was a member of the rebel militia.", ["attribution"]),
        ("The mayor led the militia that killed 60 farmers.", ["casualty_claim", "attribution"]),
        ("The grenade was dropped from a junta drone.", ["attribution"]),
        ("The minister said the rebels would pay dearly for the attack on the depot.", ["attribution", "rhetoric"]),
        ("The general called the reports of a massacre \"false stories\".", ["attribution", "rhetoric"]),
        ("The bishop urged the FARC to release the kidnapped engineers.", ["call_to_action"]),
        ("Emirati planes dropped tonnes of flour over the camp.", []),
        ("The agency accused the governor of inventing numbers.", []),
        # calls: pleaded for; 'Justice for ...!'; not the charity 'Save the Children'
        ("Nurses pleaded for fuel for the generators.", ["call_to_action"]),
        ("\"Justice for the miners!\" the widows shouted.", ["call_to_action"]),
        ("Save the Children said its office was looted.", []),
        # rhetoric: a quoted label ('terrorist gangs', 'an abomination'); will not fall or lay down arms; a brazen
        # lie; hasbunallah; a rhetorical 'Is there any ...?' asked; a question then more words in the quote; a
        # martyr of truth; 'X is not X'; cries of a slogan; no one left to save; peddling lies; an accusation in
        # itself; not a legal count of crimes against humanity
        ("The governor described the protesters as \"terrorist gangs\".", ["rhetoric"]),
        ("The pope called the bombing \"an abomination\".", ["rhetoric"]),
        ("The mayor insisted that Kherson will not fall.", ["rhetoric"]),
        ("The commander said they will not lay down their arms.", ["rhetoric"]),
        ("The ministry called the report a brazen lie.", ["rhetoric"]),
        ("\"Hasbunallah,\" the old man whispered.", ["rhetoric"]),
        ("\"Is there anyone who can bring them back?\" the father asked.", ["rhetoric"]),
        ("\"Why did they bomb us? We had nothing,\" asked a boy.", ["rhetoric"]),
        ("The union called her a martyr of the pen.", ["casualty_claim", "rhetoric"]),
        ("The elder said that revenge taken in the dark is not revenge.", ["rhetoric"]),
        ("The crowd greeted him with cries of \"Murderer!\".", ["rhetoric"]),
        ("Help us before there is no one left to bury.", ["call_to_action", "rhetoric"]),
        ("The agency accused the army of peddling lies.", ["rhetoric"]),
        ("\"This silence is an accusation against every one of us,\" she wrote.", ["rhetoric"]),
        ("He was acquitted of crimes against humanity in 2021.", []),
    ],
)
def test_label_patterns_from_the_ninety_second_to_ninety_seventh_fresh_batches(sentence, labels):
    assert suggest_labels(sentence) == labels


@pytest.mark.parametrize(
    ("sentence", "labels"),
    [
        # attribution: a person named as the subject of a killing; a claim while "claiming responsibility", of
        # "the New Year's shooting", or "said it had directed" an attack; fighters and militiamen who killed; a
        # boat that rammed a ship; "executed over 300" (not soldiers who "fired over the heads" of a crowd)
        ("Brenton Tarrant shot dead 51 worshippers at two mosques.", ["casualty_claim", "attribution"]),
        (
            "Ali Hassan, a former guard who had been dismissed, opened fire in the canteen.",
            ["attribution"],
        ),
        (
            "The bomb killed nine, the group said in a statement claiming responsibility.",
            ["casualty_claim", "attribution"],
        ),
        ("The Pakistani Taliban claimed the Army Public School massacre.", ["attribution"]),
        ("Al-Shabaab said it had planned the hotel siege.", ["attribution"]),
        ("The group's fighters killed at least 30 villagers.", ["casualty_claim", "attribution"]),
        ("A Houthi drone boat rammed the tanker off Hodeidah.", ["attribution"]),
        ("Witnesses said soldiers executed over 200 men near the river.", ["casualty_claim", "attribution"]),
        ("The army said no one was killed when soldiers fired over the heads of the marchers.", ["casualty_claim"]),
        # a quote of what happened, with a count in words, is testimony rather than a view
        ("\"We hid in the cellar for six days without water,\" said a woman from the village.", []),
        ("\"This war has taken everything from us,\" said a woman from the village.", ["rhetoric"]),
        # calls: "appeal for" (not one that was rejected), a plea quoted before who pleaded, a court's order
        ("Doctors appeal for blood donors after the blast.", ["call_to_action"]),
        ("Her appeal for calm was ignored by both sides.", []),
        ("\"We need insulin within days,\" the camp doctor pleaded.", ["call_to_action"]),
        ("The court ordered the state to investigate the massacre.", ["call_to_action"]),
        # attribution: soldiers opened fire, killing; rhetoric: mourning formulas, "lying to", "darkest days"
        ("Soldiers opened fire, killing four protesters.", ["casualty_claim", "attribution"]),
        ("Rest in peace, our brave brothers.", ["rhetoric"]),
        ("The minister said the rebels were lying to the world.", ["rhetoric"]),
        ("This is one of the darkest chapters in our history.", ["rhetoric"]),
    ],
)
def test_label_patterns_from_the_hundred_and_fourth_to_hundred_and_ninth_fresh_batches(sentence, labels):
    assert suggest_labels(sentence) == labels


@pytest.mark.parametrize(
    ("sentence", "labels"),
    [
        # a ranked or charged person as the subject of the harm
        ("Sergeant Okoro opened fire on the minibus, killing two passengers.", ["casualty_claim", "attribution"]),
        ("The defendant drove his van into the crowd outside the stadium.", ["attribution"]),
        # but not the soldier killed, in a reduced relative clause
        ("Relatives buried the policeman killed in the ambush on Monday.", ["casualty_claim"]),
        # a court naming who did it
        ("The tribunal convicted two militia commanders of murdering the mayor.", ["casualty_claim", "attribution"]),
        # armed groups of other wars and eras
        ("An IRA car bomb killed three soldiers in Belfast.", ["casualty_claim", "attribution"]),
        ("Abu Sayyaf gunmen beheaded two hostages on Jolo.", ["casualty_claim", "attribution"]),
    ],
)
def test_attribution_to_ranked_people_courts_and_armed_groups_of_other_wars(sentence, labels):
    assert suggest_labels(sentence) == labels


@pytest.mark.parametrize(
    ("sentence", "labels"),
    [
        # a quoted question that asks nothing to be answered, with who asked it after the quote
        ("\"What did these little ones do to deserve this? What did they do?\" the uncle asked.", ["rhetoric"]),
        ("\"The shell killed my three sons, what kind of war is this?\" the father asked.",
         ["casualty_claim", "rhetoric"]),
        ("\"Why does nobody stop them?\" a woman shouted at the funeral.", ["rhetoric"]),
        # questions that ask for a fact are no rhetoric
        ("\"Which crossing is open today?\" a lorry driver asked.", []),
        ("\"How many families are still inside?\" the rescuer asked a neighbour.", []),
    ],
)
def test_rhetorical_questions_in_quotes(sentence, labels):
    assert suggest_labels(sentence) == labels


@pytest.mark.parametrize(
    ("sentence", "labels"),
    [
        # the harm done to "my brother", "us": victims named by a possessive or a pronoun
        ("\"Soldiers at the gate shot my cousin in the back,\" she said.", ["casualty_claim", "attribution"]),
        # the party arriving, then what it did; an attack "it carried out"; "it was the army"
        ("\"The militia came at night and burned our houses,\" a farmer said.", ["attribution"]),
        ("The ministry said nobody was hurt in the raid it carried out on the camp.",
         ["casualty_claim", "attribution"]),
        ("\"It was the RSF, everyone here saw their trucks,\" said the teacher.", ["attribution"]),
        ("\"Al-Shabaab called us an hour later and said it was them,\" the editor said.", ["attribution"]),
        # an object relative is no reduced participle ("who the jets killed in that school")
        ("\"Nine children, that is who the army jets killed in that school,\" the nurse said.",
         ["casualty_claim", "attribution"]),
        # a bomber blowing herself up; planned by; the work of; a court charging who ordered it
        ("An ISWAP suicide bomber blew herself up at the market gate.", ["attribution"]),
        ("Prosecutors said the ambush had been planned by the gang's leader.", ["attribution"]),
        ("The defence insisted the murders were the work of a rival gang.", ["attribution"]),
        ("The indictment charges the colonel with ordering the shelling of the market.", ["attribution"]),
        # but a denial of a report as lies is rhetoric only, and unknown bombers' vests are no victims
        ("The ministry dismissed the report as lies spread by foreign enemies.", ["rhetoric"]),
        ("Two suicide bombers detonated their vests outside the stadium.", []),
    ],
)
def test_attribution_in_testimony_courts_and_claims(sentence, labels):
    assert suggest_labels(sentence) == labels


@pytest.mark.parametrize(
    ("sentence", "labels"),
    [
        # accusations of lying, epithets of crime, verdicts hailed, beacons
        ("The occupation is lying when it says the hospital was empty.", ["rhetoric"]),
        ("The regime's criminal aggression on our villages continues.", ["attribution", "rhetoric"]),
        ("The families hailed the ruling as a victory for justice.", ["rhetoric"]),
        ("Our fallen medics will remain a beacon for every volunteer.", ["rhetoric"]),
    ],
)
def test_rhetoric_of_lies_crimes_and_tributes(sentence, labels):
    assert suggest_labels(sentence) == labels


@pytest.mark.parametrize(
    ("sentence", "labels"),
    [
        # spoken testimony names the armed men, then says "they" did it
        ("The militia men, from the hills, they shot dead three shepherds.", ["casualty_claim", "attribution"]),
        (
            "The soldiers came before dawn, and in the end they had killed, I believe, about twenty villagers.",
            ["casualty_claim", "attribution"],
        ),
        ("Police said they killed two suspects in the raid.", ["casualty_claim", "attribution"]),
        # the other side called beasts, bitter praise, "it is a lie", vows to stay and rise again
        ("They are animals, not soldiers, and everyone here knows it.", ["rhetoric"]),
        ("The army bombed a bakery full of women; this is their freedom.", ["attribution", "rhetoric"]),
        ("The army says the men it arrested were fighters, but it is a lie.", ["rhetoric"]),
        ("We will never leave our village, whatever they do.", ["rhetoric"]),
        ("Mariupol will rise again.", ["rhetoric"]),
        # asking, with a pause after "please", for what is needed; wanting the killers punished
        ("I beg the judges, please, hear the mothers of the disappeared.", ["call_to_action"]),
        ("We need an inquiry that is independent of the police.", ["call_to_action"]),
        ("I want them to be tried in a real court.", ["call_to_action"]),
    ],
)
def test_testimony_names_who_did_it_bitter_words_and_pleas(sentence, labels):
    assert suggest_labels(sentence) == labels


@pytest.mark.parametrize(
    ("sentence", "labels"),
    [
        # armed bodies of other wars; a cleft sentence naming who did it; the accused as the actor
        ("The Mai-Mai burned the school in our village and killed the teacher.", ["casualty_claim", "attribution"]),
        ("Our village burned that night, and it was the civil patrol who did it.", ["attribution"]),
        ("The accused and his men set the barn alight with the families inside.", ["attribution"]),
        # the past of bitter words; a version called a fabrication; a wish for the bereaved
        ("They were devils that day, nothing else.", ["rhetoric"]),
        ("The minister's account is a fabrication from start to finish.", ["rhetoric"]),
        ("May this judgment bring some peace to the mothers.", ["rhetoric"]),
        # wanting the state, a named man, or an inquiry
        ("I want the government to apologise to our families.", ["call_to_action"]),
        ("I want Omar Bashir to be brought to justice.", ["call_to_action"]),
        ("We want an independent investigation into the shooting.", ["call_to_action"]),
    ],
)
def test_armed_bodies_of_other_wars_clefts_past_bitterness_and_wants(sentence, labels):
    assert suggest_labels(sentence) == labels


@pytest.mark.parametrize(
    ("sentence", "labels"),
    [
        # an aside between the actor and the harm; a court's or a claimant's word for who did it
        ("The cartel, those men from the hills, shot dead seven people.", ["casualty_claim", "attribution"]),
        ("The soldiers, they came at night and burned the granary.", ["attribution"]),
        ("The defendant admitted that he had bought the explosives himself.", ["attribution"]),
        ('"You murdered nine worshippers," the judge told him.', ["casualty_claim", "attribution"]),
        ("A bomb claimed by the Taliban went off outside the court.", ["attribution"]),
        # asking a body to act; a witness's faith and bitterness; a word said twice
        ("We are asking the ICRC to find our missing sons.", ["call_to_action"]),
        ("I want this tribunal to tell us who gave the order.", ["call_to_action"]),
        ("God will punish them, I know it.", ["rhetoric"]),
        ("That was genocide, whatever they write in their reports.", ["rhetoric"]),
        ("We begged for help and the world said nothing.", ["rhetoric"]),
        ("The house is gone, the street is gone, all of it, gone, gone.", ["rhetoric"]),
    ],
)
def test_asides_before_the_harm_court_admissions_asking_bodies_and_a_witness_bitterness(sentence, labels):
    assert suggest_labels(sentence) == labels


@pytest.mark.parametrize(
    ("sentence", "labels"),
    [
        # a people's defiance and loss, lies named first, people killed "like an animal", "just boys"
        ("Whatever they do, we will return to our village.", ["rhetoric"]),
        ("They tried everything, and we are still here.", ["rhetoric"]),
        ("Lies, all of it, from the first word to the last.", ["rhetoric"]),
        ("They were only children kicking a ball.", ["rhetoric"]),
        ("The denial is as hollow as it is insulting.", ["rhetoric"]),
        # those responsible "must be held accountable", after a speaker's preface; "I beg you"
        ("Let me be clear: the people responsible must be brought to justice.", ["call_to_action"]),
        ("I beg you, open the crossing.", ["call_to_action"]),
        # who claimed it, whose men they were, whose drone it was
        ("The militants claimed it in a statement the same night.", ["attribution"]),
        ("Police said the gunmen belonged to a local militia.", ["attribution"]),
        ("The strike on the clinic, the Russian drone, killed two nurses.", ["casualty_claim", "attribution"]),
    ],
)
def test_defiance_lies_named_first_prefaced_calls_claims_and_whose_weapon(sentence, labels):
    assert suggest_labels(sentence) == labels


@pytest.mark.parametrize(
    ("sentence", "labels"),
    [
        # loss and disbelief said as a figure of speech
        ("What we lived through that week was hell on earth.", ["rhetoric"]),
        ("Their statement about the village is pure fantasy.", ["rhetoric"]),
        ("Massacre is not too strong a word for it.", ["rhetoric"]),
        ("He had a future that was stolen in one afternoon.", ["rhetoric"]),
        ("My heart is dead since that morning.", ["rhetoric"]),
        ("We waited for nothing, for nothing, and the trucks never came.", ["rhetoric"]),
        # appeals: "I beg the ...", "we need the ... to", "I want those who ... to"
        ("I beg the charities, send blankets before the snow comes.", ["call_to_action"]),
        ("We need the crossings to open for at least a week.", ["call_to_action"]),
        ("I want those who gave the order to answer for it.", ["call_to_action"]),
        # not calls or blame: a slogan's "must win", what "is needed" described, access denied, asked to end killings
        ('"Down with the tyrant! Our struggle must win!" the crowd shouted.', ["rhetoric"]),
        ("Only 40 lorries arrived, far fewer than the number that is needed.", []),
        ("Entry to the camp has been denied for nine days.", []),
        ("The council urged the government to end the killings in the valley.", ["call_to_action"]),
        # who did it, named after "by members of" a long name
        ("A trader was shot dead by members of the pro-government Lion Brigade militia.",
         ["casualty_claim", "attribution"]),
    ],
)
def test_figures_of_speech_appeals_to_named_parties_slogans_and_long_names_of_the_armed(sentence, labels):
    assert suggest_labels(sentence) == labels


@pytest.mark.parametrize(
    ("sentence", "labels"),
    [
        # the attacker described or identified, then what they did
        ("The gunman, a 31-year-old former soldier, killed four people in the cafe.",
         ["casualty_claim", "attribution"]),
        ("The 52-year-old driver deliberately steered his van into the crowd.", ["attribution"]),
        ("The suspect stabbed two passengers before he was overpowered.", ["casualty_claim", "attribution"]),
        # a group owning a killing through its outlet; a corps firing
        ("The group claimed through its news agency that it had killed 20 soldiers.",
         ["casualty_claim", "attribution"]),
        ("Shells fired by the Drina Corps killed eleven people at the well.", ["casualty_claim", "attribution"]),
        # victims accused of something are not blamed for it
        ("Two men were lynched after being accused of theft.", ["casualty_claim"]),
        # appeals made for a family, to the media
        ("Her family is asking the authorities to return his body.", ["call_to_action"]),
        ("We are asking the media to leave the families in peace.", ["call_to_action"]),
        # defiance, epithets and a war crime called so
        ("Fear has no place in our town, not today, not ever.", ["rhetoric"]),
        ("The criminal junta will answer for this.", ["rhetoric"]),
        ("The minister called it a full-fledged war crime.", ["rhetoric"]),
    ],
)
def test_attackers_described_groups_claiming_corps_accused_victims_family_appeals_and_epithets(sentence, labels):
    assert suggest_labels(sentence) == labels


@pytest.mark.parametrize(
    ("sentence", "labels"),
    [
        # imperatives that are words of another kind; a speaker's preface; a ransom demand
        ("Head nurse Amal Saeed was killed in the strike.", ["casualty_claim"]),
        ("Close to 90 people were killed.", ["casualty_claim"]),
        ("Let me give you the figures: six dead, eleven injured.", ["casualty_claim"]),
        ("The family says no ransom demand has been made.", []),
        # imperatives and requests to named bodies, with possessives and long names
        ("Close the airspace over the city now!", ["call_to_action"]),
        ("Vacate the villages before nightfall.", ["call_to_action"]),
        ("Families asked the governor's office to publish the list of the dead.", ["call_to_action"]),
        ("The mayor is asking residents not to gather near the damaged building.", ["call_to_action"]),
        # asked to repeat or spell something is no call
        ("The clerk asked her to spell the name of her village.", []),
        ('"Who will bring back our children?" a mother asked as the mourners walked to the cemetery.', ["rhetoric"]),
    ],
)
def test_words_that_look_like_imperatives_prefaces_ransom_demands_and_requests_with_long_names(sentence, labels):
    assert suggest_labels(sentence) == labels


@pytest.mark.parametrize(
    ("sentence", "labels"),
    [
        # who did it, by their calling or after "said that it had"
        ("The prisoner was clubbed to death by warders at the camp.", ["casualty_claim", "attribution"]),
        ("The group said in a statement that it had targeted an army post with missiles.", ["attribution"]),
        ("The rockets were launched by Islamic Jihad from the north of the strip.", ["attribution"]),
        ("The raiders, believed to be bandits from the forest, killed 20 villagers.",
         ["casualty_claim", "attribution"]),
        # requests and orders to the public; a meeting requested
        ("Residents were asked to stay indoors until the evening.", ["call_to_action"]),
        ("The militia ordered traders to close their shops every Monday.", ["call_to_action"]),
        ("The government requested an emergency meeting of the Security Council.", ["call_to_action"]),
        # defiance, insults to the dead, grief and epithets
        ("Our people will never be broken by this violence.", ["rhetoric"]),
        ("The official figure is an insult to the dead.", ["rhetoric"]),
        ("Our hearts are shattered.", ["rhetoric"]),
        ("They turned the whole valley into a graveyard.", ["rhetoric"]),
    ],
)
def test_killers_by_calling_groups_that_targeted_requests_to_the_public_and_grief(sentence, labels):
    assert suggest_labels(sentence) == labels


@pytest.mark.parametrize(
    ("sentence", "labels"),
    [
        # armed bodies of other regions and officers as the ones who harmed; mines laid by a named force
        ("A Kyrgyz drone hit a bus near the border, killing four passengers.", ["casualty_claim", "attribution"]),
        ("Two farmers were shot dead by members of the NPA, the army said.", ["casualty_claim", "attribution"]),
        ("Revolutionary Guards fired on the marchers, killing six of them.", ["casualty_claim", "attribution"]),
        ("The men were beaten to death by officers at the station.", ["casualty_claim", "attribution"]),
        ("The retreating militia had booby-trapped every house on the street.", ["attribution"]),
        ("Government troops laid anti-personnel mines along the footpaths.", ["attribution"]),
        # (but a zero toll "when" the police moved in blames no one for harm)
        ("Nobody was hurt when police dispersed the sit-in with water cannon.", ["casualty_claim"]),
    ],
)
def test_forces_of_other_regions_officers_and_mines_laid_but_no_blame_for_a_zero(sentence, labels):
    assert suggest_labels(sentence) == labels


@pytest.mark.parametrize(
    ("sentence", "labels"),
    [
        # the armed bodies of other wars, troopers and border agents; a group's car or truck bomb
        ("Local officials said Tigrayan forces killed 30 farmers.", ["casualty_claim", "attribution"]),
        ("A Border Patrol agent shot and killed a teenager near the fence.", ["casualty_claim", "attribution"]),
        ("Eleven inmates were shot by state troopers during the assault.", ["casualty_claim", "attribution"]),
        ("A Shining Path truck bomb outside the bank killed 18 people.", ["casualty_claim", "attribution"]),
        # (but a bomb with no one named, and officials of a region who only speak, blame no one)
        ("A car bomb outside the bank killed 18 people.", ["casualty_claim"]),
        ("Amhara officials said 12 people were killed.", ["casualty_claim"]),
    ],
)
def test_forces_of_other_wars_troopers_agents_and_a_named_groups_car_bomb(sentence, labels):
    assert suggest_labels(sentence) == labels


@pytest.mark.parametrize(
    ("sentence", "labels"),
    [
        # remembrance and dismissal: the ultimate price, "Lest we forget", a blessing, lies and fabrications
        ("Lest we forget.", ["rhetoric"]),
        ("May her memory be a blessing.", ["rhetoric"]),
        ("The ministry's account is nothing but lies.", ["rhetoric"]),
        ("Money will never bring back our daughters.", ["rhetoric"]),
        ("The envoy said she was appalled by the attack on the convoy.", ["rhetoric"]),
        ("Sergeant Omar Diaz paid the ultimate price for his comrades.", ["casualty_claim", "rhetoric"]),
        # (a transcript's marked question is asked to be answered, not for effect)
        ("Q. And the nurses at the clinic?", []),
        ("Question: Who gave the order to fire?", []),
    ],
)
def test_remembrance_formulas_and_dismissals_are_rhetoric(sentence, labels):
    assert suggest_labels(sentence) == labels


@pytest.mark.parametrize(
    ("sentence", "labels"),
    [
        # whose attack, whose drone's debris, agents who killed, a named gang's gunmen, a bomb attributed to a gang
        ("Russia's latest drone attack on Odesa left five people injured.", ["casualty_claim", "attribution"]),
        ("A man was hurt when debris from a Russian drone fell on his car.", ["casualty_claim", "attribution"]),
        ("Federal agents shot dead two suspects at the border crossing.", ["casualty_claim", "attribution"]),
        ("Gulf Clan gunmen opened fire on the bus, killing its driver.", ["casualty_claim", "attribution"]),
        ("Prosecutors attributed the car bomb at the port to Los Choneros.", ["attribution"]),
        # harm told of in general is no claim: a gerund as subject, "heroes never die"
        ("Killing children in their classrooms is an act of barbarism.", ["rhetoric"]),
        ("Martyrs never die, read the banner at the funeral of the slain guards.", ["rhetoric"]),
        ("Four aid workers paid with their lives for this recklessness.", ["casualty_claim", "rhetoric"]),
    ],
)
def test_whose_attack_whose_debris_and_harm_told_in_general(sentence, labels):
    assert suggest_labels(sentence) == labels


def test_harms_listed_with_one_count_are_a_claim_without_figures():
    sentence = "Over 900 pupils were killed, injured or otherwise harmed at school last year."
    assert suggest(sentence).figures is None
    assert suggest_labels(sentence) == ["casualty_claim"]


@pytest.mark.parametrize(
    ("sentence", "labels"),
    [
        # enemies of earlier wars named as diarists name them; pirates; whose gunfire, whose blockade or siege
        ("The Germans shelled our trench all night.", ["attribution"]),
        ("The Japanese guards beat the prisoner so badly that he could not stand.", ["attribution"]),
        ("Pirates shot and wounded the captain before fleeing.", ["casualty_claim", "attribution"]),
        ("Two fishermen were hurt by Houthi gunfire near the port.", ["casualty_claim", "attribution"]),
        ("Aid groups urged the RSF to lift its siege of the city.", ["attribution", "call_to_action"]),
        ("Residents asked how long the blockade that the militants have imposed would last.", ["attribution"]),
        ("The U-boat torpedoed the freighter at dusk.", ["attribution"]),
        # formulas of notices and of bitter diaries are rhetoric
        ("The group said two of its men had attained martyrdom.", ["casualty_claim", "rhetoric"]),
        ("The ministry called the report pure disinformation.", ["rhetoric"]),
        ("The leaflet said we had surrendered, which was a flat lie.", ["rhetoric"]),
        ("Those who bomb buses are nothing but savages.", ["rhetoric"]),
        ("They are starving here while the world watches.", ["rhetoric"]),
        # a figurative crushing is no wounding
        ("He vowed the war would go on until the enemy was crushed.", []),
    ],
)
def test_earlier_wars_enemies_sieges_and_the_formulas_of_notices_and_diaries(sentence, labels):
    assert suggest_labels(sentence) == labels


@pytest.mark.parametrize(
    ("sentence", "labels"),
    [
        # an infobox's field of who did it; a claim in the passive; where the fire came from
        ("Perpetrators: Wagner Group fighters", ["attribution"]),
        ("Responsibility was claimed by a group calling itself the Action Front.", ["attribution"]),
        ("Witnesses said the bullets came from army snipers on the roof.", ["attribution"]),
        # a group claiming or admitting the deed; "yet another massacre"; burning people alive
        ("Hezbollah claimed the drone attack on the barracks.", ["attribution"]),
        ("The UVF later admitted the bombing of the bar.", ["attribution"]),
        ("Government troops committed yet another massacre in the valley.", ["attribution", "rhetoric"]),
        ("The Americans burned whole streets of people alive.", ["casualty_claim", "attribution"]),
        # crowds at a match as the ones who attacked
        ("Home supporters attacked the away end after the match.", ["attribution"]),
        # quoted imperatives after a colon; needs and a message asked for; an investigation ordered
        ('A leaflet over the town read: "Leave the town now and go north."', ["call_to_action"]),
        ("We need ambulances here, please!", ["call_to_action"]),
        ("DM us if you know where the two missing boys are.", ["call_to_action"]),
        ("The minister ordered an immediate inquiry into the crush.", ["call_to_action"]),
        # defiance, scorn and mourning formulas
        ("'Our day will come,' the gunman shouted at the funeral.", ["rhetoric"]),
        ("The men who govern us are criminals.", ["rhetoric"]),
        ("The army says it hit only military posts. Lies.", ["attribution", "rhetoric"]),
        ("For the villagers the flood was one more chapter in a slow genocide.", ["rhetoric"]),
    ],
)
def test_infobox_perpetrators_claimed_deeds_quoted_orders_and_the_formulas_of_the_troubles(sentence, labels):
    assert suggest_labels(sentence) == labels


def test_dead_or_too_badly_hurt_is_one_count_of_both_and_still_a_claim():
    sentence = "Of the 900 workers, 610 were dead or too badly hurt to work."
    assert suggest(sentence).figures is None
    assert suggest_labels(sentence) == ["casualty_claim"]


@pytest.mark.parametrize(
    ("sentence", "labels"),
    [
        # a citation's or a unit history's tally of the enemy killed
        ("The gunner is credited with shooting down four enemy aircraft.", ["attribution"]),
        ("The history credits the battery with killing 40 enemy soldiers.", ["casualty_claim", "attribution"]),
        # the forces of the Korean and Vietnam wars named as veterans name them
        ("Navy jets bombed the bridge for a week.", ["attribution"]),
        ("B-52s pounded the ridge all night.", ["attribution"]),
        ("North Korean gunners shelled the pass at dawn.", ["attribution"]),
        ("Fighters of the lashkar attacked the post before dawn.", ["attribution"]),
        ("Rebel fighters besieged the garrison for a month.", ["attribution"]),
        # citations' formulas, scorn and condemnation as a crime
        ("His courage was of the highest order.", ["rhetoric"]),
        ("They swore to hold the ridge to the last man.", ["rhetoric"]),
        ("Whoever fires on a wedding party is a murderer, the bishop said.", ["rhetoric"]),
        ("The opposition denounced the shelling of the camp as genocide.", ["rhetoric"]),
        # attackers as the subject of a harm to animals: no casualty claim
        ("Raiders killed 40 cattle near the wells, the herders said.", []),
    ],
)
def test_citations_credited_kills_older_wars_forces_and_the_formulas_of_gallantry(sentence, labels):
    assert suggest_labels(sentence) == labels


@pytest.mark.parametrize(
    ("sentence", "labels"),
    [
        # claims of a series of attacks or of bombs; saying one carried out or placed it
        ("The group has claimed a string of attacks on pilgrims.", ["attribution"]),
        ("A faction said it had carried out the market bombing.", ["attribution"]),
        ("The rebels said they had placed the mines on the road.", ["attribution"]),
        # a warship's sinking, a possessive of a strike or of riflemen
        ("A Soviet submarine sank the liner in 1945.", ["attribution"]),
        ("Cardona's riflemen fired into the crowd.", ["attribution"]),
        # guard: a weekday's strike names no actor; a boat that sank names none either
        ("Friday's strike killed six people.", ["casualty_claim"]),
        ("Forty people drowned when the boat sank off the coast.", ["casualty_claim"]),
    ],
)
def test_claims_of_series_of_attacks_sinkings_and_possessives_of_a_deed(sentence, labels):
    assert suggest_labels(sentence) == labels


@pytest.mark.parametrize(
    ("sentence", "labels"),
    [
        # armed units or cadres named before the harm, with "had" or "and their helpers" between
        ("Rebel units crossed the river and massacred 40 herders.", ["casualty_claim", "attribution"]),
        ("Romanian units and their local auxiliaries shot 2,000 prisoners.", ["casualty_claim", "attribution"]),
        ("Tiger cadres had killed six policemen at the post.", ["casualty_claim", "attribution"]),
        # killed by militiamen; an air force owned by a leader; who was behind the shooting
        ("Eleven farmers were killed by Ansar militiamen at dawn.", ["casualty_claim", "attribution"]),
        ("Gaddafi's air force bombed the port twice that week.", ["attribution"]),
        ("Witnesses said army snipers were behind the shooting at the roundabout.", ["attribution"]),
        # memorial and defiance formulas
        ("They may burn our homes, but they will never bring down this people.", ["rhetoric"]),
        ("Their deaths have made us one nation.", ["rhetoric"]),
        ("Our martyrs are in paradise.", ["rhetoric"]),
        ("The whole town is in mourning tonight.", ["rhetoric"]),
        ("We will not let them bury the truth.", ["rhetoric"]),
        ("The ministry called the video a staged provocation.", ["rhetoric"]),
        ("The officials lied to the families for three years.", ["rhetoric"]),
        # field messages' requests and a speaker's requests to the crowd
        ("pls send a car to the south gate, 3 hurt", ["casualty_claim", "call_to_action"]),
        ("anyone nearby go help at the bakery", ["call_to_action"]),
        ("Pray with me for the families tonight.", ["call_to_action"]),
        # guard: a plain report of a port gets no label
        ("The port reopened to cargo ships in October.", []),
    ],
)
def test_units_named_before_the_harm_memorial_formulas_versions_waved_away_and_field_requests(sentence, labels):
    assert suggest_labels(sentence) == labels


@pytest.mark.parametrize(
    ("sentence", "labels"),
    [
        # a list of arms before the harm; a party that arrived, then killed
        ("Syrian jets, gunboats and artillery shelled the port for a week.", ["attribution"]),
        ("Hamas fighters crossed the fence at dawn, killing four guards.", ["casualty_claim", "attribution"]),
        # a version dismissed as a lie or a figment; staging the evidence; never forgotten
        ("The ministry dismissed the report as \"a lie from start to finish\".", ["rhetoric"]),
        ("The army called the testimony a figment of the imagination.", ["rhetoric"]),
        ("The government accused the rebels of staging the scene for the cameras.", ["attribution", "rhetoric"]),
        ("Their names will never be forgotten.", ["rhetoric"]),
        # "the most precise campaign in the history of warfare"
        ("The general called it the most precise campaign in the history of warfare.", ["rhetoric"]),
    ],
)
def test_lists_of_arms_parties_arriving_and_versions_dismissed_or_staged(sentence, labels):
    assert suggest_labels(sentence) == labels


@pytest.mark.parametrize(
    ("sentence", "labels"),
    [
        # the alliance and the secret police named as actors; a bomber named as the subject
        ("Bombs dropped by NATO hit the market.", ["attribution"]),
        ("Carabineros shot nine men in the square.", ["casualty_claim", "attribution"]),
        ("Francoist forces killed 400 people in the town.", ["casualty_claim", "attribution"]),
        ("Samir Khan blew himself up at the gate, killing eight guards.", ["casualty_claim", "attribution"]),
        # guard: strikes threatened are nothing done yet
        ("The envoy told the general to pull back or face NATO air strikes.", []),
    ],
)
def test_alliances_secret_police_and_bombers_named_and_strikes_only_threatened(sentence, labels):
    assert suggest_labels(sentence) == labels


@pytest.mark.parametrize(
    ("sentence", "labels"),
    [
        # whose men the killers were; whose work the deaths were; the role a court convicted someone for
        ("The minister said the attackers belonged to the Salafist Combat Group.", ["attribution"]),
        ("Survivors said the killings were largely the work of the militia.", ["attribution"]),
        ("A court convicted a former mayor for his role in the killing of six farmers.",
         ["casualty_claim", "attribution"]),
        ("The tribunal convicted Petar Marić, a former colonel, of ordering the attack on the market.",
         ["attribution"]),
        ("The rebel radio claimed the mujahideen had killed 40 soldiers.", ["casualty_claim", "attribution"]),
        # a figure or a version called a fantasy or brushed aside as propaganda
        ("Officials called the survey figure a fantasy.", ["rhetoric"]),
        ("The spokesman brushed the report aside as \"cheap propaganda\".", ["rhetoric"]),
        # mourners' and survivors' formulas
        ("\"Where is the justice they promised us?\" asked a widow.", ["rhetoric"]),
        ("We bow our heads before the sacrifice of our soldiers.", ["rhetoric"]),
        ("The mayor said his remark was an insult to our dead.", ["rhetoric"]),
        ("The editor called it the darkest page of the war.", ["rhetoric"]),
        # guards: a mob or crowd is no actor the brief names; a rate is no casualty claim
        ("Nine people were hurt when a mob attacked the convoy.", ["casualty_claim"]),
        ("The agency reported a crude death rate of 1.5 per 10,000 people per day.", []),
    ],
)
def test_whose_men_and_work_versions_called_fantasy_and_mourners_formulas(sentence, labels):
    assert suggest_labels(sentence) == labels


@pytest.mark.parametrize(
    ("sentence", "labels"),
    [
        # ships and boats that sank another, named or by kind
        ("The liner was torpedoed by U-20 off the Irish coast.", ["attribution"]),
        ("The cruiser was sunk by the Scharnhorst with the loss of 600 men.", ["casualty_claim", "attribution"]),
        ("The admiralty said the transport had been sunk by one of its submarines.", ["attribution"]),
        # the cartels and their gunmen; the zeppelins of the first war
        ("Los Zetas rampaged through the town for three days.", ["attribution"]),
        ("A Zeppelin dropped bombs on the docks, killing two dockers.", ["casualty_claim", "attribution"]),
        # accounts called lies, murder called wanton, the dead who gave their all
        ("The villagers said the official version was a lie from start to finish.", ["rhetoric"]),
        ("The enemy bulletin is a farrago of lies.", ["rhetoric"]),
        ("The town mourns its sons, who gave their all.", ["rhetoric"]),
        # guards: a speaker who "claimed" after the toll claims no attack; fighting between unnamed factions
        ("Up to 20 people may have died in the raid, a farmer claimed.", ["casualty_claim"]),
        ("Shops stayed shut as the fighting between the two factions went on.", []),
        ("The trawler was sunk by a storm off the cape.", []),
    ],
)
def test_ships_sunk_by_named_craft_cartels_and_accounts_called_lies(sentence, labels):
    assert suggest_labels(sentence) == labels


@pytest.mark.parametrize(
    ("sentence", "labels"),
    [
        # hurt by the police, soldiers or an officer named right after the verb
        ("Dozens of marchers were injured by police batons.", ["casualty_claim", "attribution"]),
        ("The boy was shot by a state trooper.", ["casualty_claim", "attribution"]),
        # the Derg, a boast of killing, a named killer who ambushed, "wiped out"
        ("The Derg executed 40 students in one night.", ["casualty_claim", "attribution"]),
        ("The militia leader boasted in an interview of having killed 200 people.", ["casualty_claim", "attribution"]),
        ("Carl Hesse ambushed a patrol near the river, killing two.", ["casualty_claim", "attribution"]),
        ("The rebels said they had wiped out 30 soldiers at the post.", ["casualty_claim", "attribution"]),
        # guards: a distant "by" after a wound names no one who hurt them
        ("Two soldiers were lightly injured by shrapnel at an army checkpoint.", ["casualty_claim"]),
        ("A crew member was seriously injured and was evacuated by helicopter to a navy ship.", ["casualty_claim"]),
    ],
)
def test_hurt_by_police_or_an_officer_the_derg_boasts_and_ambushes(sentence, labels):
    assert suggest_labels(sentence) == labels


@pytest.mark.parametrize(
    ("sentence", "labels"),
    [
        # the allies of the Gulf War, the West African force and Liberia's factions as actors
        ("Allied planes hit a bridge in the town, killing 20 people.", ["casualty_claim", "attribution"]),
        ("An ECOMOG gunship fired on the port road.", ["attribution"]),
        ("Republican Guard units shelled the shrine.", ["attribution"]),
        # whose arms in one hyphenated word; where the bullet came from
        ("Rebel-fired mortars landed near the school.", ["attribution"]),
        ("Relatives said the shot that killed him came from troops on the ridge.", ["casualty_claim", "attribution"]),
        # a barrage opened, a country's attack with words between, "in claiming the attack"
        ("The militia opened a heavy barrage on the camp at dawn.", ["attribution"]),
        ("The inquiry found that Nigeria's long-range artillery attack began the battle.", ["attribution"]),
        ("Two guards were wounded, the group said in claiming the attack.", ["casualty_claim", "attribution"]),
        # rhetoric: a puppet, lies cooked up, an open wound, immortal comrades, blood that will not be left
        ("State radio called the president a puppet of foreign powers.", ["rhetoric"]),
        ("The reports were nothing but enemy lies, the spokesman said.", ["rhetoric"]),
        ("This massacre is our open wound.", ["rhetoric"]),
        ("Our martyrs are immortal.", ["rhetoric"]),
        ("The blood of our sons will not be left on the ground.", ["rhetoric"]),
        # no call: a grievance, or "never again should"
        ("And still they ask us to forgive.", []),
        ("Never again should a child carry a gun, the bishop said.", ["rhetoric"]),
        # guards: "allied" before no arms; a plain "should" is still a call
        ("The allied governments met in Paris.", []),
        ("The parties should return to talks at once.", ["call_to_action"]),
    ],
)
def test_gulf_war_allies_west_african_forces_hyphenated_arms_and_mourning_vows(sentence, labels):
    assert suggest_labels(sentence) == labels


@pytest.mark.parametrize(
    ("sentence", "labels"),
    [
        # armed parties of Angola, Zimbabwe, Spain and the southern Philippines, and Cuban and Yugoslav forces
        ("UNITA shelled the airport road at dawn.", ["attribution"]),
        ("Cuban gunners shelled the town.", ["attribution"]),
        ("Yugoslav gunboats shelled the harbour.", ["attribution"]),
        # bayoneted, castrated or assaulted by someone; a march charged by police
        ("A farmer was bayoneted to death by soldiers at the gate.", ["casualty_claim", "attribution"]),
        ("Police charged a student march in the capital.", ["attribution"]),
        # a people's offensives; a group said to have carried out the attack
        ("Hundreds died in the rebel offensives of that winter.", ["casualty_claim", "attribution"]),
        ("A caller said the group had carried out the attack.", ["attribution"]),
        # long prison sentences for a bombing or for abetting murders
        ("The court sentenced the two men to 300 years each for the station bombing.", ["attribution"]),
        # rhetoric: a lie, an insult to the dead, burying them twice, drowned in blood, inexcusable
        ("The army's account was a lie from the first line.", ["rhetoric"]),
        ("Survivors called the pardon an insult to the dead.", ["rhetoric"]),
        ("Forgetting them now would be burying the victims a second time.", ["rhetoric"]),
        ("The uprising was drowned in blood.", ["rhetoric"]),
        ("The minister said the killings were inexcusable.", ["rhetoric"]),
        # guards: a victim after "killed a" is no actor; "a lie to say" is no rhetoric by itself
        ("The bomb killed a soldier and two civilians and wounded nine more.", ["casualty_claim"]),
        ("It would be a lie to say the roads are safe.", []),
    ],
)
def test_angola_zimbabwe_eta_and_philippine_parties_court_sentences_and_lies(sentence, labels):
    assert suggest_labels(sentence) == labels


@pytest.mark.parametrize(
    ("sentence", "labels"),
    [
        # armed bodies of Cyprus, Punjab, Nicaragua, the north-east and the North Caucasus
        ("EOKA-B gunmen shot the shepherds.", ["casualty_claim", "attribution"]),
        ("National Guard planes bombed the town.", ["attribution"]),
        ("Babbar Khalsa militants bombed the bus.", ["attribution"]),
        ("The Caucasus Emirate claimed the bombing.", ["attribution"]),
        # grenades hurled; a party's shooting of a man; shot dead by a soldier or bodyguards
        ("Militants hurled grenades into the crowd.", ["attribution"]),
        ("The group condemned the army's shooting of protesters.", ["attribution"]),
        ("The reporter was shot dead by a soldier at the roadblock.", ["casualty_claim", "attribution"]),
        # rhetoric: slogans, epithets and vows
        ("'Freedom zindabad!' the marchers shouted.", ["rhetoric"]),
        ("The minister called the protesters bloodsucking vampires.", ["rhetoric"]),
        ("The city will not be broken, the governor said.", ["rhetoric"]),
        ("The massacre remains a wound in the town's memory.", ["rhetoric"]),
        # guards: "the National Guard was deployed" is no attack; "guard" in the lower case is no party
        ("A guard plane landed at the base.", []),
    ],
)
def test_cyprus_punjab_nicaragua_and_caucasus_parties_grenades_and_slogans(sentence, labels):
    assert suggest_labels(sentence) == labels


@pytest.mark.parametrize(
    ("sentence", "labels"),
    [
        # Italy's armed groups and mafias, an army's sweeps, carabinieri, mowing down, thugs
        (
            'Lorenzo Verdi was shot dead outside the courthouse in Turin in March'
            ' 1977 by the Red Brigades.',
            ['casualty_claim', 'attribution'],
        ),
        ('A Cosa Nostra car bomb killed the prosecutor.', ['casualty_claim', 'attribution']),
        ("Hundreds of villagers died in the army's sweeps through the north.", ['casualty_claim', 'attribution']),
        ('The student died after being beaten by Carabinieri at the station.', ['casualty_claim', 'attribution']),
        ('The soldiers mowed down dozens of prisoners.', ['casualty_claim', 'attribution']),
        ("The colonel's thugs attacked the march.", ['attribution']),
        # rhetoric: a devil, a mouthpiece, a farce, "does not forget"; a neo-fascist cell names a camp, condemns none
        ('The governor called the monk a devil with a human face.', ['rhetoric']),
        ('The paper is a mouthpiece of the terrorists, the minister said.', ['rhetoric']),
        ('The opposition called the trial a farce.', ['rhetoric']),
        ('Halabja does not forget, the banner read.', ['rhetoric']),
        ('A neo-fascist cell planted the bomb.', ['attribution']),
        ('An anti-fascist rally was held in the square.', []),
        # calls: a quoted plea, a demand shouted, a crowd addressed, "asking that ... be opened"
        ('"Pray for the dead," the bishop told mourners.', ['call_to_action']),
        ('"Put the killers on trial!" the crowd shouted.', ['call_to_action']),
        ('Comrades of Athens, fill the streets tomorrow!', ['call_to_action']),
        ('Families are asking that the files be opened.', ['call_to_action']),
        # guards: a strike called on a date, a radio station's name, and a vow
        ('The strike was called on 3 May against the new law.', []),
        ('Free Greece radio reported heavy fighting.', []),
        ('The town will not be cowed, the mayor said.', ['rhetoric']),
    ],
)
def test_years_of_lead_salvadoran_and_greek_parties_epithets_and_calls_addressed(sentence, labels):
    assert suggest_labels(sentence) == labels


@pytest.mark.parametrize(
    ("sentence", "labels"),
    [
        # soldiers, paratroopers, gendarmes and named forces; a killing a group claimed; throats cut
        ('Soldiers shot dead tens of workers at the factory.', ['casualty_claim', 'attribution']),
        ('Paratroopers charged students at the gate with bayonets.', ['attribution']),
        ('Tanzanian artillery shelled the town.', ['attribution']),
        ('Gendarmes killed all four hijackers.', ['casualty_claim', 'attribution']),
        ('Four monks were shot dead, a killing the GIA claimed.', ['casualty_claim', 'attribution']),
        ('Soldiers kept kicking and beating the protesters.', ['attribution']),
        ('A GIA unit cut the throats of ten workers.', ['casualty_claim', 'attribution']),
        # rhetoric: a wound, "not a clash, a massacre", glory, vows, dens, the butchered; no rhetoric of butcher shops
        ('The killings remain a wound the nation cannot heal.', ['rhetoric']),
        ('It was not a clash, it was a massacre of the poor.', ['rhetoric']),
        ('Glory to the martyrs of the uprising!', ['rhetoric']),
        ('Freedom will not die, the leaflet said.', ['rhetoric']),
        ('The paper called the camp a den of spies.', ['rhetoric']),
        ('They were not executed, they were butchered.', ['rhetoric']),
        ('Looters emptied butcher shops in the market.', []),
        # calls: a leaflet's imperative, families pressing; no call in a list of demands or a sanction's "cut off"
        ("'Switch off your lights at nine,' the leaflets said.", ['call_to_action']),
        ('Families are pressing the assembly to fund the searches.', ['call_to_action']),
        ('The committee drew up a list of 12 demands.', []),
        ('The council demanded an immediate ceasefire.', ['call_to_action']),
        ('She urged the senate to cut off all aid to the army.', ['call_to_action']),
    ],
)
def test_armed_bodies_of_dictatorships_throats_cut_wounds_that_remain_and_leaflets(sentence, labels):
    assert suggest_labels(sentence) == labels


@pytest.mark.parametrize(
    ("sentence", "labels"),
    [
        # the Abkhaz, the JVP and "the main perpetrator"
        ('Abkhaz artillery shelled the market, killing three people.', ['casualty_claim', 'attribution']),
        ('JVP cadres shot dead a village headman.', ['casualty_claim', 'attribution']),
        ('The report named the militia as the main perpetrator of killings.', ['attribution']),
        ('The JVP had killed more than 500 people by then.', ['casualty_claim', 'attribution']),
        # rhetoric: a chanted slogan, a wound no verdict healed, a version that was a lie, an obscenity
        ("'Victory to the revolution!' the crowd chanted.", ['rhetoric']),
        ('For the village it remains a wound that no verdict has healed.', ['rhetoric']),
        ('The official version was a lie, the families said.', ['rhetoric']),
        ('To call a school a military target is an obscenity.', ['rhetoric']),
        # calls: an order shouted, a leaflet's, a loudhailer's; "never again must mean" is still a call
        ("'Leave the square now!' an officer shouted.", ['call_to_action']),
        ("'Hand over your weapons,' said leaflets dropped over the valley.", ['call_to_action']),
        ("'Get away from the bridge now,' a police loudhailer warned.", ['call_to_action']),
        ('Never again must mean never again: act now.', ['call_to_action', 'rhetoric']),
    ],
)
def test_caucasus_and_sri_lankan_parties_perpetrators_chanted_slogans_and_loudhailers(sentence, labels):
    assert suggest_labels(sentence) == labels


@pytest.mark.parametrize(
    ("sentence", "labels"),
    [
        # stabbed to death, machine-gunned, drowned; Jordanian, Rhodesian and Koevoet forces
        ('Militiamen stabbed to death two teachers.', ['casualty_claim', 'attribution']),
        ('Jordanian tanks shelled the camp.', ['attribution']),
        ('Rhodesian jets strafed the village.', ['attribution']),
        ('A Koevoet patrol shot dead three men.', ['casualty_claim', 'attribution']),
        ('Kurdish irregulars drowned dozens of prisoners in the river.', ['casualty_claim', 'attribution']),
        ('The garrison troops machine-gunned the crowd.', ['attribution']),
    ],
)
def test_stabbings_machine_guns_and_the_forces_of_southern_africa_and_jordan(sentence, labels):
    assert suggest_labels(sentence) == labels
