"""The cues of each label, and the hint each gives a sentence (with the words that fired it and a score).

A head start, never a decision. The cues follow the guidelines in DESIGN.md:

- a casualty claim states a number (or the presence) of people killed or injured;
- an attribution names who carried out or is responsible for harm ("carried out by", "attributed
  ... to", "Russia murdered", "regime shelling"), including claimed, suspected and denied
  responsibility; who *reported* a claim ("according to X", "X said") is its cited source
  (``annotations.text.cited_source``), a field of the claim, not this label;
- a call to action urges someone to act (appeals, demands, "must", imperatives);
- rhetoric is evaluative or persuasive wording.

``annotations.text.suggest`` puts the hints of one sentence together.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from annotations.text.figures import Figures
from annotations.text.presence import presence_cue
from annotations.text.segment import opens_with_question_mark

CASUALTY_CLAIM, ATTRIBUTION, CALL_TO_ACTION, RHETORIC = "casualty_claim", "attribution", "call_to_action", "rhetoric"
LABELS = (CASUALTY_CLAIM, ATTRIBUTION, CALL_TO_ACTION, RHETORIC)
THRESHOLD = 0.5


@dataclass(frozen=True)
class Hint:
    label: str
    score: float
    cue: str
    source: str = "rules"

    def as_dict(self) -> dict:
        return {"label": self.label, "score": round(self.score, 3), "cue": self.cue, "source": self.source}


# --- casualty claims without numbers ------------------------------------------------------------------

_PRESENCE = re.compile(
    r"\b(?:civilians?|people|residents|children|women|men|persons|others|families|patients|worshippers)\b"
    r"[^.;]{0,40}?\b(?:were|was|have\s+been|had\s+been|are)\s+(?:\w+\s+)?(?:killed|injured|wounded|hurt|dead)\b"
    r"|\b(?:civilians?|people|residents|children|women|men|persons|others|patients)\s+(?:\w+\s+)?"
    r"(?:died|perished|lost\s+their\s+lives)\b"
    r"|\b(?:killed|injured|wounded|killing|injuring|wounding)\s+(?:several|many|numerous|scores\s+of|a\s+number\s+of)\b"
    r"|\b(?:several|many|numerous)\s+(?:\w+\s+)?(?:were\s+)?(?:killed|injured|wounded|hurt|dead|casualties)\b"
    r"|\b(?:several|many|numerous|others|some)\s+(?:\w+\s+)?(?:died|perished|lost\s+their\s+lives)\b"
    r"|\b(?:causing|caused|resulted\s+in|resulting\s+in|left)\s+(?:\w+\s+){0,4}?(?:deaths|injuries|casualties|dead)\b"
    r"|\b(?:deaths|injuries|casualties)\s+(?:among|of)\s+(?:the\s+)?(?:civilians|residents|children|people)\b"
    r"|\blost\s+(?:their\s+|his\s+|her\s+)?loved\s+ones\b"
    r"|\bkill(?:ed|ing)\s+(?:and|or)\s+(?:wound|injur)(?:ed|ing)\b|\bshot\s+dead\b|\btreat(?:ed|ment)\s+for\b"
    r"|\b(?:dead|martyrs)\s+and\s+(?:wounded|injured)\b"
    r"|\b(?:killed|dead)\s+(?:or|and/or)\s+(?:(?:too|so|very|badly|seriously|severely)\s+){0,2}(?:injured|wounded|hurt|missing|maimed|crippled)\b|\b(?:injured|wounded|hurt)\s+or\s+(?:killed|dead)\b"
    r"|\b(?:killed|dead),\s+(?:injured|wounded|hurt|maimed)\s+(?:or|and)\b"  # "killed, injured or otherwise harmed"
    r"|\b(?:no|zero)\s+(?:human\s+|civilian\s+)?(?:casualties|losses|injuries|deaths|fatalities)\b|\bnobody\s+was\b|\bno\s+one\s+was\b"
    r"|(?<!how\s)\b(?:most|many|some|all|half|several|a\s+(?:third|quarter|fifth|tenth)|(?:two|three)\s+thirds|majority)\s+of\s+"
    r"(?:the|those)\s+(?:dead|killed|wounded|injured|victims)\b"
    # "the ministry named the dead as ...", "none of the passengers survived", "learned that she was dead"
    r"|\b(?:named|identified)\s+the\s+(?:dead|victims|deceased)\b|\bnone\s+of\s+(?:the\s+)?(?:[\w-]+\s+){0,6}?survived\b"
    r"|\b(?:he|she)\s+was\s+dead\b(?!\s+(?:set|serious|wrong|right|tired|against)\b)"
    r"|\bcasualties\s+(?:were|have\s+been|had\s+been)\s+reported\b"
    r"|\b\d[\d,]*\s+(?:civilian\s+|more\s+)?casualties\b(?!\s+(?:could|would|might|may)\b)"
    r"|\bbodies\s+(?:of|lying|were|had|in|from|under)\b|\b(?:recovered|pulled|found|retrieved|seeing|saw)\s+(?:\w+\s+)?bodies\b"
    # "of the 12 in the cellar only he and a brother survived", "documented 202 victims by name", "charged with the
    # murders of James Wray and William McKinney": the others died; the dead listed; named people killed
    r"|\bonly\s+(?:[\w'’-]+\s+){1,5}?survived\b"
    r"|\b(?:documented|lists?|listed|recorded|counted|named|identified)\s+(?:the\s+names\s+of\s+)?(?:about\s+|some\s+|more\s+than\s+)?"
    r"\d[\d,]*\s+(?:victims|dead)\b"
    r"|\b(?:murders?|killings?|assassinations?)\s+of\s+(?-i:(?:[A-Z][\w'’-]+\s+){1,3}and\s+[A-Z]|(?:[A-Z][\w'’-]+\s+)[A-Z])",
    re.IGNORECASE,
)
_MODAL_HARM = re.compile(
    r"\b(?:could|would|might|may|will)\s+(?:have\s+)?(?:be\s+)?(?:kill|killed|injure|injured|die|wound|wounded)\b"
    r"|\b(?:threat(?:en|ens|ened)?|vow(?:s|ed)?)\s+to\s+(?:kill|execute|massacre|slaughter)\b|\brisk\s+of\s+(?:killing|death)\b",
    re.IGNORECASE,
)
_HYPOTHETICAL = re.compile(
    r"\b(?:could|would|might|may)\s+(?:have\s+)?(?:be\s+)?(?:kill|killed|injure|injured|die|cause)\b"
    r"|\b(?:risk|threat|danger|fear)s?\s+(?:of|to)\b|\bif\b"
    r"|\bden(?:ied|ies|y|ying)\s+(?:reports\s+|claims\s+)?that\b",
    re.IGNORECASE,
)
# Harm told of in general, not of anyone in particular: "Killing children in their classrooms is an act of pure
# barbarism", "Heroes do not die, they live forever in our hearts".
_HARM_IN_GENERAL = re.compile(
    r"^\W*(?:killing|bombing|shelling|targeting|attacking|shooting|starving|murdering)\s+(?:[\w'’-]+\s+){0,6}?(?:is|are)\s"
    r"|\b(?:do|does|will)\s+(?:not|never)\s+die\b|\bnever\s+die\b",
    re.I,
)

# Uncounted deaths asked about or named in what someone is urged to do are no report of them.
_IN_QUESTION = re.compile(r"[^.!?]*\?")
# A plain "were killed or maimed" before a dash is stated, not asked: "... were killed - what was their crime?"
_IN_QUESTION_CLAUSE = re.compile(r"(?:(?!\s[-–—]\s)[^.!?;])*\?")
_IN_CALL = re.compile(
    r"\b(?:urg(?:e|es|ed|ing)|demand(?:s|ed|ing)?|call(?:s|ed|ing)?\s+(?:on|upon)|appeal(?:s|ed|ing)?\s+to"
    r"|asked)\b[^.;:!?]*$",
    re.I,
)

# --- attribution ---------------------------------------------------------------------------------------

_ACTOR = (
    r"(?:security\s+forces|police|regime|united\s+arab\s+emirates|(?-i:UAE)|is-k|iskp|islamic\s+state\s+khorasan"
    r"|(?:(?<=the\s)|(?<=so-called\s))resistance|assad(?:['’]s)?|russian?|russia['’]s|turkish|turkey|israeli?|iranian|iran|american|us-led|coalition|"
    r"government|pro-government|government-backed|iranian-backed|opposition|rebels?|militias?|army|troops|isis|isil|"
    r"islamic\s+state|islamic\s+jihad|daesh|hezbollah|sdf|ypg|pkk|pyd|hts|fsa|free\s+syrian\s+army|terrorists?|factions?|militants|"
    r"jihadists?|insurgents|moscow|damascus|ankara|tehran|wagner|taliban|houthis?|hamas|idf|"
    r"al-qaeda|nusra|rsf|janjaweed|m23|adf|codeco|al-shabaab|shabaab|boko\s+haram|iswap|jnim|junta|tatmadaw|"
    r"security\s+(?:operatives|personnel|agents)|rapid\s+support\s+forces|endf|crpf|bsf|syrian|iraqi|serb(?:ian)?s?|croat(?:ian)?s?|bosnian|kla|ruf|colectivos|maoists?|(?:armed\s+)?(?:herders|herdsmen)|naxal(?:ite)?s?|arakan\s+army|fano|tplf|gangs?|gang\s+members|gangsters|paramilitar(?:y|ies)|guerrillas?|eln|farc|cartels?|separatists?|"
    r"settlers|popular\s+mobili[sz]ation|pmf|indian|pakistani|azerbaijani|armenian|ukrainian|saudi(?:-led)?|emirati|"
    r"ethiopian|eritrean|sudanese|malian|french|british|burkinabe|nigerien|chadian|somali|kenyan|congolese|rwandan|"
    r"ugandan|cameroonian|nigerian|mozambican|yemeni|afghan|burmese|myanmar|soviet|nazis?|"
    r"kyrgyz|tajik|uzbek|kazakh|chechen|georgian|thai|philippine|filipino|indonesian|lebanese|libyan|egyptian|"
    r"chinese|colombian|mexican|venezuelan|bangladeshi|sri\s+lankan|revolutionary\s+guards?|basij|"
    # enemies of earlier wars as soldiers and diarists name them: "the Germans shelled", "the Japanese guards"
    r"germans?|japanese|italians?|(?:north\s+)?vietnamese|viet\s+cong|cambodian|soviets|u-boats?|mukhabarat|pirates|"
    r"federal\s+(?:forces|troops|servicemen|artillery|aircraft)|federal(?=\s+(?:bombing|air\s+raids?|shelling|jets|bombers))|(?-i:NPA|BRN)|new\s+people['’]s\s+army|"
    r"tigrayan|amhara|oromo|allied\s+democratic\s+forces|shining\s+path|border\s+patrol|"
    r"(?-i:US|U\.S\.)|military(?!\s+(?:targets?|sites?|objectives?|positions?|bases?|facilit\w*))|(?-i:(?!(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|Today|Yesterday|Last|This|Next)['’]s)[A-Z][\w-]+(?:\s+[A-Z][\w-]+)?['’]s)\s+(?:forces|troops|army|regime|militias?|men|fighters|government"
    r"|platoon|unit|squad|battalion|brigade|regiment|soldiers|guards|(?:[\w-]+\s+)?(?:bombs?|rifles?|guns?)"
    r"|riflemen|gunmen|attack|(?:missile\s+|drone\s+|air\s+)?strike|slaughter|pushbacks|air\s+force|butchers|henchmen)|"
    r"[\w-]+-(?:aligned|backed|allied|linked|affiliated)\s+(?:gunmen|militias?|fighters|forces|groups?)|"
    r"(?:ukraine|israel|iran|turkey|syria|sudan|ethiopia|myanmar|pakistan|india|azerbaijan|armenia|egypt|lebanon|georgia"
    r"|rwanda|nigeria|iraq)['’]s|saboteurs|"
    r"(?:[\w'’-]+\s+)?defen[cs]e\s+forces?|occupation|occupiers?|occupying\s+(?:forces|army)|(?:the\s+)?(?:[\w-]+\s+)?aggression|(?:the\s+)?enemy|syrian\s+(?:air\s+force|army|government|regime|forces)"
    # armed groups of other wars and eras: "the IRA car bomb", "Abu Sayyaf gunmen", "the NKVD", "bandits"
    r"|(?:real\s+|provisional\s+)?(?-i:IRA)|(?-i:UVF|UDA|ETA|IRGC|NKVD|KGB|SS|RUF|LRA|ISI)|abu\s+sayyaf|lashkar-e-\w+|jaish(?:-e-|\s+al-)\w+"
    r"|khawarij|bandits|black\s+september|einsatzgruppen?|wehrmacht|luftwaffe|khmer\s+rouge|interahamwe|red\s+army|paras"
    r"|(?-i:UFF|RAF|USAAF)|ulster\s+freedom\s+fighters|loyalists?|loyalist\s+paramilitar(?:y|ies)|americans"
    # crowds that attack at matches: "beaten by fans", "Al-Masry supporters attacked"
    r"|hooligans|ultras|fans|supporters"
    # forces of the Korean and Vietnam wars as veterans and historians name them: "a Navy jet", "B-52s", "the lashkar"
    r"|navy|marines|(?-i:B-52s?|B-29s?|A-4s?|F-4s?)|uss\s+[\w-]+|lashkar|(?:north|south)\s+korean|infantry"
    r"|argentine|belarusian|polish|greek|imperial\s+guard|guardsmen|paratroopers|(?:the\s+)?[\w-]+\s+submarine"
    # armed bodies of the wars truth commissions and tribunals hear of: "the Kaibiles", "Sendero", "the Mai-Mai"
    r"|kaibiles|sendero(?:\s+luminoso)?|shining\s+path|mai-mai|anti-balaka|s[eé]l[eé]ka|spla(?:-io)?|junglers"
    # the alliances, secret police and militias of the Kosovo, Southern Cone, Spanish and 1971 wars
    r"|(?-i:NATO|DINA)|carabineros|francoists?|gestapo|phalangists?|montoneros|al-shams|razakars"
    # the Chechen wars' fighters and the Russian units sent against them: "the mujahideen had killed", "the OMON"
    r"|mujahideen|mujahedin|spetsnaz|(?-i:OMON|FSB|GIA|AIS|FIS)"
    # the cartels of Mexico's drug war and their gunmen; the zeppelins and dive-bombers of the world wars
    r"|(?:los\s+)?zetas|(?-i:CJNG)|guerreros\s+unidos|hitmen|sicarios|zeppelins?|stukas"
    # Ethiopia's military government and East Timor's independence front
    r"|derg|fretilin"
    r"|civil\s+patrols?|death\s+squads?|contras|kamajors|fdlr|ltte|tamil\s+tigers|(?-i:Tigers)"
    # Angola's, Zimbabwe's, Spain's, Kenya's and the southern Philippines' armed parties
    r"|(?-i:UNITA|MPLA|GAL|ZANU-PF|ZIPRA|MILF|BIFF|OAS)|cuban|yugoslav|home\s+guard"
    # Cyprus's, Punjab's, Nicaragua's, the north-east's and the North Caucasus's armed bodies
    r"|national\s+guard|(?-i:Guard)(?=['’]s\b|\s+(?:plane|planes|aircraft|artillery|snipers|units|roadblock|patrol))"
    r"|eoka(?:-b)?|babbar\s+khalsa|khalistan\s+commando\s+force|sandinistas?|caucasus\s+emirate|assam\s+rifles"
    r"|(?-i:ULFA|NSCN|NDFB|PREPAK|KCP)|security\s+services"
    # the Gulf War's allies and Iraq's guard; the West African force and the factions of Liberia's and Sierra Leone's
    # wars; Biafra's and the Kurdish fighters
    r"|allied(?=\s+(?:raids?|planes|aircraft|bombing|bombers|bombs|missiles|strikes?|air\s+strikes?|warplanes|jets|pilots"
    r"|forces|troops|fire))|republican\s+guard|ecomog|(?-i:AFL|NPFL|INPFL|ULIMO|LURD|CDF)|biafran|peshmerga|ossetian"
    r"|(?-i:Tiger)(?=\s+(?:[\w-]+\s+)?(?:gunmen|cadres|fighters|rebels|bombers?|units|artillery|guns|boats))|(?-i:HVO|VRS|JNA|SRK|AFRC|AUC|FARDC)"
    # Italy's armed groups of the Years of Lead and its mafias; El Salvador's front and forces; Greece's 1940s bands
    r"|red\s+brigades|brigadists?|cosa\s+nostra|mafia|camorra|ordine\s+(?:nuovo|nero)|armed\s+revolutionary\s+nuclei"
    r"|neo-fascists?|(?-i:NAR|FMLN|PRTC|ELAS|OPLA)|air\s+force|treasury\s+police|national\s+police|state\s+agents"
    r"|carabinieri|(?:execution|hit)\s+squads?|communist\s+bandits|thugs|security\s+men|tanzanian|(?-i:UNLA|PSU|GIGN)"
    r"|(?<=the\s)dictatorship|gendarmes"
    # Peru's, Northern Ireland's, South Africa's, the Caucasus's, Sri Lanka's and Burundi's armed parties
    r"|(?-i:JVP|DJV|FNL|IFP|MK)|inkatha|umkhonto\s+we\s+sizwe|ulster\s+volunteer\s+force|(?:grupo\s+)?colina(?=\s+(?:group"
    r"|detachment|agents|squad|death\s+squad)\b)|abkhaz|moldovan|transnistrian|putschists|comuneros"
    # Iraq's, Aceh's, Lebanon's and Jordan's, the Ottoman and southern African wars' parties
    r"|(?-i:GAM|TNI|PLA|SADF|SWAPO|FRELIMO|ZANLA)|palestinian|jordanian|druze|kataeb|rhodesian|south\s+african|ottoman"
    r"|koevoet|selous\s+scouts|irregulars|people['’]s\s+liberation\s+army"
    # the person a court tries: "the accused and his group set it alight", "the accused ordered the killings"
    r"|(?<=the\s)accused(?=\s+(?:and|had|has|ordered|fired|shot|killed|personally|himself|herself)\b))"
    r"(?:['’]s|-led|-backed)?"
)
_ARMS = (
    r"(?:forces|warplanes|jets|aircraft|helicopters|drones?|artillery|fighters|gunships|gunboats|warships|planes|tanks"
    r"|snipers|soldiers"
    r"|militia|militias|militiamen|air\s+force|aviation|commandos|gunners|guerrillas|members|air\s+defen[cs]es?|fronts?"
    r"|missiles?|rockets?|shells?|bombs?|(?:car|truck|roadside|suicide)\s+bombs?)"
)
# Who holds arms: "dropped by the air force", "positions held by government troops".
_ARMED = (
    r"(?:forces|troops|soldiers|army|military|air\s+force|militias?|fighters|guards?|battalion|brigade|regiment|corps"
    r"|policem[ae]n|warders|sentries|legionnaires|raiders|bandits|paratroopers|officers|troopers|militiamen"
    # police in the singular and the sheriff's deputies: "shot by a Cleveland officer", "wounded by deputies"
    r"|officer|trooper|deput(?:y|ies)|patrolmen|soldier|bodyguards?)"
)
_HARM = (
    r"(?:killed|kills|murdered|massacred|bombed|bombarded|shelled|struck|strikes|targeted|dropped(?![^.;]{0,30}?\b(?:aid|food|flour|leaflets|supplies|pallets|parcels|rations)\b)|fired|attacked|"
    r"hanged|lynched|strafed|beaten\s+to\s+death|clubbed|beat(?=\s+(?:[\w-]+\s+){1,5}?(?:to\s+death|so\s+badly|unconscious)\b)|took\s+away|shooting\s+dead|"
    r"hit|executed|shot|torpedoed|mortared|rocketed|launched(?!\s+(?:an?\s+|the\s+)?(?:[\w-]+\s+)?(?:operation|investigation|inquiry|probe|appeal|campaign)\b)"
    r"|carried\s+out|raided|stormed|ambushed|opened\s+fire|pounded|destroyed|assassinated"
    r"|burn(?:ed|t)\s+(?:[\w-]+\s+){1,3}?alive"
    r"|committed\s+(?:a\s+|(?:yet\s+)?another\s+)?(?:new\s+)?(?:[\w-]+\s+)?massacres?|flattened|level+ed|razed|storms?|pound|hacked"
    r"|pounds|pounding|bombs|target|targets|targeting|kill|hits|slams\s+into|slammed\s+into|slaughtered|beheaded|torched|demolished|eliminated"
    r"|neutrali[sz]ed|planted|knocked|overran|overrun|set\s+off|set\s+fire\s+to|downed|shot\s+down|blew\s+up"
    r"|(?:scattered|laid|sowed)\s+(?:[\w-]+\s+){0,2}?mines|booby-trapped"
    r"|blew\s+(?:himself|herself|themselves)\s+up|using\s+(?:cluster\s+munitions|barrel\s+bombs|chemical\s+weapons)"
    r"|opened\s+(?:\w+\s+)?fire|opened\s+an?\s+(?:[\w-]+\s+){0,2}?barrage|mined|detonated|triggered|charged\s+(?:the\s+|an?\s+)?(?:[\w-]+\s+)?(?:protesters|crowds?|demonstrators|marchers|demonstration|march|rally|students|sit-in)|killing|killings|drove\s+(?:a\s+)?(?:truck|car)\s+bomb|gunned\s+down"
    r"|drove\s+(?:an?\s+)?(?:[\w-]+\s+){0,2}?(?:truck|car|vehicle|van|lorry|bus)(?:\s+bomb)?\s+into|burned|burnt|used\s+(?:chlorine|sarin|chemical\s+weapons|poison\s+gas|cluster\s+munitions|barrel\s+bombs"
    r"|white\s+phosphorus|nerve\s+agents?)"
    r"|used\s+(?:live\s+)?(?:ammunition|rounds|bullets)|took\s+(?:[\w-]+\s+){0,4}?hostages?|kidnapped|abducted|left\s+(?:[\w,-]+\s+){0,5}?(?:dead|wounded|injured)"
    r"|rampaged|rammed|blown\s+up|carried\s+(?:it|them)\s+out|setting\s+fire\s+to|set\s+(?:\w+\s+)?on\s+fire|swept\s+(?:through|into)"
    r"|set\s+(?:it|them|him|her|the\s+[\w-]+)\s+alight|chopped\s+off|hacked\s+off|mutilated|maimed|tortured"
    # (not "urged Congress to cut off all aid": a sanction)
    r"|cut\s+off(?!\s+(?:all\s+)?(?:aid|funding|funds|supplies|power|water|electricity|access|ties|relations|contact)\b)"
    r"|bayoneted|castrated|whipped|assaulted|(?:hurled|threw|lobbed)\s+(?:an?\s+)?(?:[\w-]+\s+)?grenades?"
    r"|hunt(?:s|ed|ing)?(?=\s+(?:down\s+)?(?:civilians|children|people|residents|women|villagers)\b)|besieged"
    r"|wiped\s+out(?=\s+(?:\d|(?:the|an?|scores|dozens|hundreds)\b))"  # "had wiped out 35 police"
    r"|sank(?=\s+(?:the|an?|her|his|its|their)\b)|sunk|blew\s+a\s+hole\s+in|forced\s+(?:\w+\s+){0,3}?back|pleaded\s+guilty\s+to\s+(?:murdering|killing)"
    # "murdering dozens of unarmed demonstrators", "beaten by Carabineros", "the Germans mowed down nearly 500",
    # "cut them down with machine guns"
    r"|murdering|smothered|stabbed|butchered|machine-gunned|drowned(?=\s+(?:dozens|hundreds|scores|\d|them|women|men))|(?:cut|slit)\s+the\s+throats?|kicking\s+and\s+beating|doused\s+(?:him|her|them)\b|beaten(?=\s+(?:to\s+death\s+)?by\s+(?:the\s+)?(?-i:[A-Z]))|mowed\s+down|mown\s+down|cut\s+(?:them|him|her)\s+down)"
)
_ATTACK = (
    r"(?:shelling|airstrikes?|air\s+strikes?|strikes?|bombardment|bombing|raids?|attacks?|fire|gunfire|firing|missiles?|rockets?"
    r"|barrel\s+bombs?|shells?|offensives?|assaults?|aggression|massacres?|barrages?|ambush(?:es)?|terror|sieges?"
    r"|incursions?|crackdowns?|mortars?|blockades?|terrorism|shootings?)"
)
# A capitalised word naming a group or unit ("Ngiti combatants", "the Atlacatl Battalion"), not a vague quantity.
_NAMED_WORD = (
    r"(?-i:\b(?!(?:Unknown|Unidentified|Masked|Armed|Suspected|Several|Some|The|Two|Three|Four|Five)\b)[A-Z][\w-]+)"
)
# What the harm verb after such a group acts on: a count or the people harmed ("killed at least 30 civilians").
# A count in words, or the start of one in digits ("eleven", "two hundred", "84").
_COUNT_WORD = (
    r"(?:\d|(?:one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|fifteen|twenty|thirty|forty|fifty"
    r"|sixty|hundred|dozens|scores|hundreds)\b)"
)
_VICTIMS_NAMED = (
    r"(?:\d|the\b|a\b|an\b|one\b|two\b|three\b|four\b|five\b|six\b|seven\b|eight\b|nine\b|ten\b|several\b|dozens\b"
    r"|(?:my|our|his|her|their)\b(?!\s+(?:own\s+)?(?:vests?|weapons?|explosives?|belts?|guns?|rifles?|bombs?)\b)|us\b|them\b"
    r"|scores\b|hundreds\b|civilians\b|people\b|tens\b|him\b|somewhere\b|between\b|eleven\b|twelve\b|all\b|more\b"
    r"|(?:[\w-]+\s+(?:and\s+[\w-]+\s+)?)?(?:civilians|villagers|men|women|children|boys|girls|prisoners|detainees"
    r"|protesters|marchers|demonstrators|students|worshippers|refugees|farmers|officers|policemen|peacekeepers"
    r"|workers|residents|passengers|inmates|peasants|miners|monks|priests|journalists|soldiers|guards)\b)"
)
# A person named at the start of a sentence, as the subject of a killing: "Tobias Rathjen shot dead nine people",
# "Anis Amri, a Tunisian whose asylum claim had been rejected, drove a hijacked lorry into the market".
_NAMED_KILLER = re.compile(
    r"^(?-i:(?!(?:The|A|An|In|On|At|When|After|Before|During|Unknown|Unidentified|Masked|Armed)\b)"
    r"[A-Z][\w'’-]+(?:\s+(?:al-|bin\s+|de\s+|van\s+)?[A-Z][\w'’-]+){1,3})(?:,[^,.;]{3,100},)?\s+(?:then\s+)?"
    r"(?:shot\s+dead|shot\s+and\s+killed|killed|murdered|stabbed|gunned\s+down|fired\s+(?:[\w,-]+\s+){0,6}?(?:into|at|on)"
    r"|opened\s+fire|massacred|drove\s+(?:an?\s+)?(?:[\w-]+\s+){0,2}?(?:truck|car|vehicle|van|lorry)\s+into|ran\s+over"
    r"|ambushed"
    # a bomber named as the subject: "Khalid El Bakraoui blew himself up", "X detonated his bomb", "set off his device"
    r"|blew\s+(?:himself|herself)\s+up|detonated\s+(?:his|her)|set\s+off\s+(?:his|her))\b",
)
_ATTRIBUTION = [
    (0.8, _NAMED_KILLER),
    # a citation's or a unit history's tally: "is credited with killing 25 German soldiers", "credits the company
    # with killing 20 enemy soldiers"
    (0.8, re.compile(r"\bcredit(?:ed|s)?\s+(?:[\w-]+\s+){0,4}?with\s+(?:killing|shooting\s+down|destroying)\b", re.I)),
    # "boasted on camera of having killed around 1,000 people": a killer owning the killing
    (
        0.8,
        re.compile(
            r"\bboast(?:ed|s|ing)?\s+(?:[\w-]+\s+){0,3}?of\s+(?:having\s+)?(?:killed|killing|shot|executed|murdered)\b",
            re.I,
        ),
    ),
    # the attacker described, then what they did: "The gunman, identified by police as X, killed his wife", "the
    # 38-year-old driver deliberately steered his car into the crowd", "the two brothers killed 12 people"
    (
        0.8,
        re.compile(
            r"\bthe\s+(?:(?:suspect|driver|two\s+brothers)\b(?:,[^,;]{3,90},)?|(?:[\w-]+\s+){1,2}?(?:gunman|gunmen|attackers?"
            r"|shooter|assailants?|perpetrators?|suspect|driver)\b(?:,[^,;]{3,90},)?|(?:gunman|gunmen|attackers?|shooter"
            r"|assailants?|perpetrators?|raiders|bandits)\b,[^,;]{3,90},)\s+(?:then\s+|deliberately\s+|allegedly\s+)?(?:shot|killed|stabbed"
            r"|murdered|steered|drove|rammed|opened\s+fire|fired)\s+(?!dead\b)(?:and\s+\w+\s+)?(?:at\s+|into\s+)?"
            r"(?:\d|his|her|their|a|an|the|two|three|four|five|six|seven|eight|nine|ten|dozens|people)\b",
            re.I,
        ),
    ),
    # "claimed through its Amaq outlet that it had killed over 30 soldiers": a group owning the killing
    (
        0.8,
        re.compile(
            r"\b(?:claimed|said|announced)\b[^.;]{0,60}?\bthat\s+(?:it|they)\s+(?:had|have|has)\s+(?:killed|shot|executed"
            r"|targeted|attacked|struck|shelled)\b",
            re.I,
        ),
    ),
    # "and it was the Kaibiles, the special soldiers, who did it": a cleft sentence naming who did the harm
    (
        0.8,
        re.compile(
            rf"\bit\s+was\s+(?:the\s+)?{_ACTOR}\b[^.;]{{0,50}}?\bwho\s+(?:did\s+(?:it|this|that)|killed|shot|fired"
            r"|bombed|burned|massacred|were\s+responsible|was\s+responsible|carried\s+(?:it|them)\s+out)",
            re.I,
        ),
    ),
    # "Soldiers killed 19 suspected members", "suicide bombers from the group killed 269 people", "the Clan del Golfo
    # had murdered four soldiers": armed people, or a named body, as the subject of a harm verb with its victims
    (
        0.8,
        re.compile(
            # (not "The blast killed a policeman and two civilians and wounded 14 more": the policeman was killed)
            r"(?<!killed\sa\s)(?<!killed\sthe\s)(?<!killing\sa\s)(?<!killing\sthe\s)"
            r"\b(?:soldiers|troops|guards|personnel|bombers|policemen|police\s+officers|commandos|marines|paratroopers"
            r"|jets|warplanes|settlers|(?:border|coast|prison)\s+guard|coastguards?|peacekeepers|officers|traffickers|smugglers"
            r"|kidnappers|tribesmen|clansmen|vigilantes|relatives|brigades|gangsters|fighters|militiamen|hijackers"
            r"|auxiliaries|cadres|soldier|fighter|militiaman|policeman|troopers|trooper|agent|agents|deput(?:y|ies)"
            r"|patrolmen|gendarmes)\s+"
            r"(?:(?!(?:were|was|been|are|is|died|killed|wounded|injured|when|as|said|say|says|told)\b)[\w'’-]+\s+){0,5}?"
            rf"(?:(?:{_HARM}|wounded|injured)\s+(?:dead\s+|to\s+death\s+)?(?:at\s+least\s+|about\s+|some\s+|more\s+than\s+|as\s+many\s+as\s+|over\s+(?=\d)"
            r"|up\s+to\s+|nearly\s+|around\s+)?"
            rf"(?:{_VICTIMS_NAMED}|(?-i:[A-Z][a-z]+\b))|opened\s+(?:\w+\s+)?fire\s+(?:on|at|into)\b"
            r"|(?:fired|shot|firing|shooting)\s+(?:\w+\s+)?(?:on|at|into)\b|opened\s+fire\s*,?\s+(?:killing|wounding)\b)"
            rf"|(?-i:\bthe\s+[A-Z][\w-]+(?:\s+(?:del\s+|de\s+|al-|of\s+)?[A-Z][\w-]+){{0,3}})\s+(?:had|has|have)\s+"
            rf"(?:[\w-]+ly\s+)?{_HARM}\s+{_VICTIMS_NAMED}",
            re.I,
        ),
    ),
    # "a guard at the detention centre in Tripoli shot dead a detainee", "traffickers in the town shot dead 15 people":
    # armed or criminal people placed somewhere, then what they did to whom
    (
        0.8,
        re.compile(
            r"\b(?:guards?|soldiers?|policem[ae]n|police\s+officers?|officers?|snipers?|troops|traffickers|smugglers"
            r"|coastguards?|militiam[ae]n)\s+(?:at|in|from|on|near|inside|outside)\s+"
            r"(?:(?!(?:were|was|been|are|is|said|say|says|told|reported|killed|wounded|injured|died)\b)[\w'’-]+\s+){1,7}?"
            rf"(?:{_HARM}|wounded|injured)\s+(?:dead\s+)?(?:at\s+least\s+|about\s+|some\s+|more\s+than\s+)?{_VICTIMS_NAMED}",
            re.I,
        ),
    ),
    # "SAF airstrikes", "KIA fighters", "an IS-K suicide bomber": a body named by its initials, with its arms, its
    # attacks or its bombers (not its fighters only said to be based or operating somewhere)
    (
        0.8,
        re.compile(
            rf"(?-i:\b(?!(?:FPV|UAVs?|IEDs?|RPGs?|MLRS|ATGM|APCs?|IFVs?|SUVs?|VBIED|HIMARS|GPS)\b)(?:[A-Z]{{3,5}}|[A-Z]{{2,4}}-[A-Z]{{1,2}})\b"
            rf"(?!\s+[A-Z]{{2,}}\b))"
            rf"\s+(?:(?:{_ATTACK}|{_ARMS}|(?:suicide\s+)?bombers?|gunmen|militants|attackers|assailants|insurgents)\s+"
            r"(?!(?:were|was|died|perished|fell|who\s+died|operating|based|hiding|sheltering|stationed|present|active|living|to)\b)"
            rf"|(?:had\s+)?(?:killed|executed|massacred|murdered|shot\s+dead)\s+{_VICTIMS_NAMED})",
            re.I,
        ),
    ),
    # "Georgian-fired M85 submunitions", "Egyptian-piloted MiGs": whose arms, in one hyphenated word; "her family said
    # the bullet came from soldiers posted on a nearby hill": where the fire came from
    (
        0.8,
        re.compile(
            rf"\b{_ACTOR}-(?:fired|launched|dropped|laid|piloted|flown)\s+"
            rf"|\b(?:bullets?|shots?|shells?|rockets?|missiles?|fire)\s+(?:(?:that|which)\s+(?:[\w-]+\s+){{1,3}}?)?"
            rf"(?:had\s+)?came\s+from\s+(?:the\s+)?"
            rf"(?:[\w-]+\s+){{0,2}}?(?:{_ACTOR}|{_ARMED})\b",
            re.I,
        ),
    ),
    # "forces loyal to the commander", "a drone operated by the armed forces", "its strike on the centre"
    (
        0.8,
        re.compile(
            r"\b(?:gunmen|fighters|militiamen|militias?|forces|troops|men|aircraft|warplanes|jets|planes|drones|helicopters"
            r"|units|brigades|groups)\s+loyal\s+to\b"
            rf"|\b(?:operated|flown|piloted)\s+by\s+(?:the\s+)?(?:[\w-]+\s+){{0,2}}?(?:{_ACTOR}|{_ARMED})\b"
            r"|\b(?:its|their)\s+(?:own\s+)?(?:air\s*strikes?|strikes?|shelling|bombing|raid)\s+(?:on|in|that|which"
            r"|(?:had\s+)?(?:killed|wounded|injured|hit|destroyed))\b"
            # "Russia intensified its glide-bomb attacks on the city": the party, then its attacks
            rf"|\b{_ACTOR}\s+(?:[\w-]+\s+){{1,2}}?(?:its|their)\s+(?:[\w-]+\s+)?(?:attacks|strikes|raids|bombardment|shelling)\s+(?:on|against)\b"
            # "since Israel tightened its blockade", "urged the RSF to lift its siege of El Fasher": whose siege it is
            rf"|\b{_ACTOR}\s+(?:[\w-]+\s+){{1,3}}?(?:its|their)\s+(?:[\w-]+\s+)?(?:blockade|siege)\b"
            # "the blockade that jihadists have imposed on the town's only road"
            rf"|\b(?:blockade|siege)\s+(?:that|which)\s+(?:the\s+)?{_ACTOR}\s+(?:have\s+|has\s+|had\s+)?(?:imposed|laid)\b",
            re.I,
        ),
    ),
    # "The RSF came at dawn and shot dead my husband": the party arriving, then what it did
    (
        0.8,
        re.compile(
            rf"\b{_ACTOR}(?:\s+(?:units|troops|forces|soldiers|fighters))?\s+(?:came|arrived|entered|returned|went|drove"
            rf"|stormed|crossed|marched|moved|advanced)\b[^.;]{{0,40}}?(?:\band\s+(?:then\s+)?|,\s+){_HARM}\b"
            # "in the raid it carried out on the village": the party named before, owning its attack
            rf"|\b{_ATTACK}\s+(?:it|they)\s+(?:had\s+|has\s+|have\s+)?(?:carried\s+out|conducted|launched|staged)\b",
            re.I,
        ),
    ),
    # "It was the army, it was the army's artillery", "Al-Shabaab phoned ... and said it was them": who did it
    (
        0.8,
        re.compile(
            rf"(?:^|[\"“'‘,;]\s*)it\s+was\s+(?:the\s+)?{_ACTOR}\b(?!\s+(?:that|who)\s+(?:was|were)\b)"
            rf"|\b{_ACTOR}\b[^.;]{{0,60}}?\bsaid\s+it\s+was\s+(?:them|they|us)\b",
            re.I,
        ),
    ),
    # "the bombing bears the fingerprints of the Khawarij": whose work it is said to be
    (0.8, re.compile(r"\b(?:bears?|bore)\s+the\s+(?:fingerprints|hallmarks|signature)\s+of\b", re.I)),
    # "killed by its aircraft", "executed by the group": the actor named earlier in the sentence
    (
        0.8,
        re.compile(
            rf"\b{_HARM}\s+by\s+(?:its|their)\s+(?:own\s+)?(?:{_ARMS}|fire|troops)\b|\b{_HARM}\s+by\s+the\s+group\b(?!\s+of\b)",
            re.I,
        ),
    ),
    (0.9, re.compile(r"\b(?:carried\s+out|committed|perpetrated)\s+by\b", re.I)),
    # "HMS Hood was sunk by the Bismarck", "torpedoed by UB-123", "sunk by one of its submarines": the ship, boat
    # or aircraft that sank it
    (
        0.8,
        re.compile(
            r"\b(?:sunk|torpedoed|dive-bombed|rammed)\s+by\s+(?:the\s+)?(?:one\s+of\s+(?:its|their)\s+)?"
            r"(?:(?-i:[A-Z][\w-]*)|submarines?|u-boats?|warships?|destroyers?|cruisers?|aircraft|planes|bombers)\b",
            re.I,
        ),
    ),
    # "Responsibility was claimed by the South Armagh Republican Action Force": a claim in the passive
    (0.9, re.compile(r"\bresponsibility\s+(?:was|has\s+been|had\s+been)\s+(?:later\s+)?claimed\s+by\b", re.I)),
    # "the shots came from Army snipers in a nearby timber yard": where the fire came from is who fired it
    (
        0.8,
        re.compile(
            r"\b(?:shots?|fire|shells?|rockets?|missiles?|bullets?|gunfire)\s+(?:had\s+|have\s+)?(?:came|come)\s+from\s+"
            rf"(?:the\s+)?(?:[\w-]+\s+){{0,2}}?{_ACTOR}\b",
            re.I,
        ),
    ),
    # "Perpetrator: al-Shabaab", "Perpetrators: Janjaweed militia": an infobox's field of who did it
    (0.9, re.compile(r"(?:^|[;.]\s*)perpetrators?\s*:\s*(?!unknown|none|unidentified)\w", re.I)),
    (
        0.9,
        re.compile(
            rf"\battribut(?:e|ed|es|ing)\b[^.;]{{0,160}}?\bto\s+(?:the\s+)?(?:[\w-]+\s+){{0,3}}?(?:{_ACTOR}|{_ARMS}|(?-i:[A-Z]{{2,5}}))\b"
            r"|\battribut(?:e|ed|es|ing)\s+(?:the\s+)?(?:\w+\s+){0,6}?(?:deaths?|killings?|attacks?|strikes?|bombings?|massacres?"
            r"|shelling|casualties|crimes?|violations?|violence|bombs?|blasts?|explosions?|shootings?|ambush(?:es)?)\b"
            r"[^.;]{0,160}?\bto\b"
            # "judges attributed it to the Sarajevo-Romanija Corps": a named body, not "a gas leak"
            rf"|\battribut(?:ed|es|ing)\s+(?:it|them|this|these|that)\s+to\s+(?:the\s+)?(?:(?-i:[A-Z][\w-]+)|{_ACTOR}|{_ARMS})"
            # "a shooting that the authorities attributed to the Segunda Marquetalia"
            r"|\b(?:that|which)\s+(?:the\s+)?(?:[\w-]+\s+){0,3}?attributed\s+to\s+the\s+(?-i:[A-Z][\w-]+)",
            re.I,
        ),
    ),
    (
        0.9,
        re.compile(
            r"\b(?:held|holds|holding)\b[^.;]{0,80}?\bresponsible\b"
            rf"|\bhold(?:s|ing)?\s+(?:the\s+)?(?:[\w-]+\s+){{0,2}}?(?:{_ACTOR}|{_ARMED})(?:\s+[\w-]+)?\s+accountable\s+for\b"
            r"|(?<!those\s)(?<!whoever\s)(?<!all\s)\bresponsib(?:le|ility)\s+for\b"
            r"|\b(?:admitted|acknowledged|accepted|took|assumed|claimed|claiming|taking|admitting)\s+responsibility\b"
            # "named the Inkatha Freedom Party as the leading non-state perpetrator of killings"
            r"|\b(?:main|leading|principal|chief)\s+(?:[\w-]+\s+)?perpetrators?\s+of\b"
            # "a killing the GIA claimed as revenge", "an attack ..., which the GIA claimed"
            rf"|\b(?:{_ATTACK}|killings?|murders?|massacres?)\s*,?\s+(?:which\s+|that\s+)?(?:the\s+)?"
            rf"(?:{_ACTOR}|(?-i:[A-Z]{{3,5}}))\s+(?:later\s+)?claimed\b"
            r"|\b(?:liable|culpable)\s+for\s+(?:the\s+)?(?:[\w-]+\s+)?(?:deaths?|killings?|massacres?|attacks?|murders?)\b"
            rf"|\b(?:{_ACTOR}|{_ARMS}|{_ARMED}|(?-i:[A-Z]{{3,5}}))(?:\s+(?:intelligence|death|hit|special)\s+(?:units?|squads?))?"
            r"\s+(?:were|was|is|are)\s+(?:\w+ly\s+)?(?:later\s+)?(?:found\s+|held\s+)?responsible\b",
            re.I,
        ),
    ),
    (
        0.9,
        re.compile(
            r"\bclaim(?:ed|s|ing)?\s+(?:responsibility|(?:the\s+|an?\s+)?(?:[\w'’-]+\s+){0,3}?(?:attack|bombing|strike|killing|assassination"
            r"|beheading|massacre|ambush|shooting|blast|explosion|raid|assault|bomb)s?)\b"
            # "Islamic State claimed the pair of roadside bombs", "has claimed a long series of attacks on"
            r"|\bclaim(?:ed|s)?\s+(?:the\s+|an?\s+)?(?:[\w-]+\s+){0,2}?(?:pair|series|string|wave|spate)\s+of\s+"
            r"(?:[\w-]+\s+){0,2}?(?:attacks|bombings|bombs|strikes|killings|shootings|ambushes)\b"
            # "said it had carried out the church bombing", "said they had placed the bomb"
            r"|\b(?:said|says|admitted|announced)\s+(?:that\s+)?(?:it|they|the\s+group)\s+(?:had\s+|has\s+|have\s+)(?:carried\s+out|placed"
            r"|planted|laid|fired|launched)\s+(?:the\s+|an?\s+)?(?:[\w'’-]+\s+){0,3}?(?:attack|bombing|bomb|device|mines?"
            r"|rockets?|missiles?|strike|raid|ambush)\b"
            rf"|\bclaim(?:ed|s|ing)\s+to\s+have\s+(?:\w+\s+)?{_HARM}\b"
            # "Al-Qaeda in the Arabian Peninsula said it had directed the attack": a group owning an attack
            rf"|\b(?:said|says|admitted|announced|boasted)\s+(?:that\s+)?(?:it|they)\s+(?:had\s+|has\s+|have\s+)?"
            rf"(?:directed|ordered|organi[sz]ed|orchestrated|masterminded|planned)\s+(?:the\s+|an?\s+)?(?:[\w'’-]+\s+){{0,4}}?{_ATTACK}\b",
            re.I,
        ),
    ),
    (
        0.85,
        re.compile(
            r"\b(?:blam(?:e|es|ed|ing)|(?<!the\s)(?<!\bis\san\s)(?<!being\s)accus(?:e|ed|es|ing|ations?)(?!\s+(?:[\w'’-]+\s+){1,3}?of\s+(?:lying|peddling|spreading|exaggerat\w*|fabricat\w*|inventing)\b)|(?<!justice\s)(?<!been\s)denied|denies|denying"
            r"|(?:rejected|rejects|dismissed)\s+(?:the\s+)?(?:accusations|allegations|claims|charges|findings))\b"
            # "an account the group rejected": a denial. Dismissing a report or a count as lies ("dismissed the
            # report as fabrications spread by enemies") is rhetoric only, unless who did it is also named or denied.
            r"|\b(?:claim|account|allegation|version)s?\s+(?:that\s+)?(?:the\s+)?(?:[\w-]+\s+){0,3}?(?:rejected|disputed|contradicted)\b",
            re.I,
        ),
    ),
    # "shot dead by members of the Gran Grif gang", "killed by the Syrian army"
    (
        0.85,
        re.compile(
            # "wounded by soldiers", "shot by a Cleveland officer": the one who hurt them, right after the verb
            rf"\b(?:wounded|injured)\s+by\s+(?:the\s+|an?\s+)?(?:[\w-]+\s+)?(?:{_ACTOR}|{_ARMED})\b|"
            # (a long stretch between only without a comma: "shot dead outside his home in Genoa in January 1979 by")
            rf"\b(?:{_HARM}\b(?:[^.;]{{0,40}}?|[^.;,]{{41,70}}?)|of\s+(?:them|whom)\s+)by\s+(?:the\s+|an?\s+)?(?:(?:members?|fighters|elements|units)\s+of\s+(?:the\s+)?)?"
            rf"(?:[\w-]+\s+){{0,4}}?(?:{_ACTOR}|{_ARMED})\b",
            re.I,
        ),
    ),
    (
        0.85,
        re.compile(r"\b(?:fired|launched|came)\s+from\s+(?:[\w-]+\s+){0,3}?(?:held|controlled|occupied)\s+by\b", re.I),
    ),
    # "in an attack claimed by the TTP": who said they did it
    (
        0.85,
        re.compile(
            r"\bclaimed\s+(?:it|them)\s*[.;,]|,\s+(?:which\s+was\s+)?(?:later\s+|quickly\s+|since\s+)?claimed\s+by\b|\b(?:an?|the)\s+(?:attack|bombing|ambush|blast|explosion|raid)(?:,?\s+(?:that|which)\s+|\s+)(?:the\s+)?"
            r"(?:[\w-]+\s+){1,4}?(?:later\s+|quickly\s+)?claimed\b(?!\s+(?:the\s+)?lives)"
            r"|\b(?:attacks?|bombings?|strikes?|killings?|assaults?|ambush(?:es)?|blasts?|explosions?)\s+"
            r"(?:that\s+was\s+|was\s+|were\s+)?(?:later\s+|quickly\s+)?claimed\s+by\b"
            # "killed 12 people ... and was later claimed by the regional branch of Islamic State"
            r"|\band\s+(?:was|were)\s+(?:later\s+|quickly\s+|swiftly\s+)?claimed\s+by\b",
            re.I,
        ),
    ),
    # "the army said it had struck ...": a party claiming its own strike
    (
        0.85,
        re.compile(
            rf"\b(?:{_ACTOR}|{_ARMED}|fighters|operations?|(?-i:[A-Z]{{3,5}}|[A-Z]{{2,4}}-[A-Z]{{1,2}}))(?:\s+[\w-]+){{0,3}}\s+(?:said|says|say|announced|confirmed|admitted|acknowledged|stated|claim|claims|claimed|insisted|insists)\s+(?:that\s+)?"
            rf"(?:it|they|its\s+(?:[\w-]+\s+)?\w+|its\s+(?:[\w-]+\s+)?{_ATTACK}\s+(?:on|near|in|at|against)\s+(?:the\s+)?[\w'’-]+)"
            rf"\s+(?:had\s+|has\s+|have\s+)?[\"“'‘]?{_HARM}\b",
            re.I,
        ),
    ),
    (
        0.85,
        re.compile(
            rf"\b(?:{_ATTACK}|crimes?)[\"”’']?\s+(?:(?:set|laid|launched|staged|mounted|conducted|carried\s+out)\s+)?by\s+(?:the\s+)?(?:\w+\s+){{0,2}}?"
            rf"(?:{_ACTOR}|{_ARMS}|{_ARMED})\b",
            re.I,
        ),
    ),
    # "the bombardment of the Al-Awda hospital by Israeli aircraft": the attack, its target, then who did it
    (
        0.85,
        re.compile(
            rf"\b(?:{_ATTACK}|killings?|slaughter|murders?)\s+of\s+(?:[\w'’,-]+\s+){{1,6}}?by\s+(?:the\s+)?(?:\w+\s+)?"
            rf"(?:{_ACTOR}|{_ARMS}|{_ARMED})\b",
            re.I,
        ),
    ),
    # "the shelling of Russian warplanes", "a sniper bullet from the regime forces": the attack's owner
    (
        0.8,
        re.compile(
            rf"\b(?:{_ATTACK}|{_ARMS}|bullets?|sniper\s+fire)\s+(?:of|from)\s+(?:the\s+)?{_ACTOR}"
            rf"(?:\s+(?:{_ARMS}|{_ARMED}|occupation|regime|gangs?))?\b(?!\s+(?:positions?|areas?|territor|towns?"
            r"|villages?|cities|city|held|controlled|bases?|targets?|sites?|depots?|lines|side|border|soil|airspace|hospitals?|clinics?"
            r"|schools?|markets?|camps?|mosques?|churches|church|embassy|neighbourhoods?|districts?|homes?|houses?"
            r"|died|were|was|killed|wounded|injured|had\s+been)\b)",
            re.I,
        ),
    ),
    # "Russia's overnight drone attack": a word of when or how much may come before the kind of attack
    (
        0.8,
        re.compile(
            rf"\b{_ACTOR}(?:\s+(?:overnight|latest|new|massive|combined|deadly|nightly|renewed|recent|cowardly|[a-z]+-[a-z]+))?"
            rf"(?:\s+[\w-]+(?:\s+and\s+[\w-]+)?)?\s+{_ATTACK}\b",
            re.I,
        ),
    ),
    # "the police operation in the favela": an operation named by who ran it
    # (not "fled military operations": the word names no party; "Russia's so-called special military operation" does)
    (
        0.75,
        re.compile(
            rf"(?<!-)\b(?!military\s+operations?\b)(?!air\s+force\s+special\b){_ACTOR}(?:['’]s)?\s+(?:(?:so-called|special|military|security|joint|ground"
            r"|counter-?terror\w*|anti-[\w-]+)\s+|[\"“'‘]){0,4}(?:operations?|sweeps?|counter-?offensives?|crackdowns?)\b",
            re.I,
        ),
    ),
    # "A Shining Path car bomb on Tarata Street killed 25 people", "a Taliban truck bomb exploded ..., killing 12"
    (
        0.8,
        re.compile(
            rf"\b{_ACTOR}\s+(?:[\w-]+\s+)?(?:car|truck|roadside|suicide)\s+bomb\b[^.;]{{0,80}}?"
            r"\b(?:killed|killing|wounded|wounding|injured|injuring)\b",
            re.I,
        ),
    ),
    (
        0.8,
        re.compile(
            rf"\b{_ACTOR}\s+(?:[\w-]+\s+)?{_ARMS}\b(?:\s+(?:helicopters?|jets?|planes?|drones?|guards?))?"
            rf"(?:,\s+{_ARMS})*(?:,?\s+and\s+{_ARMS})?(?:\s+(?:had|have|has|also|then|reportedly))?"
            rf"\s+(?:{_HARM}|injured|wounded|(?:began|started|kept|continued)\s+(?:firing|shooting|shelling|bombing))\b",
            re.I,
        ),
    ),
    (
        0.8,
        re.compile(
            rf"\b{_ACTOR}\b(?!\s+(?:hospital|academy|station|school|embassy|consulate|border(?!\s+(?:guards?|police|troops|forces))|market|mosque|church|posts?|checkpoint|compound"
            rf"|barracks|base|headquarters)\b)"
            # the verb's own subject in between is someone else: "police said the gunmen killed", "the drone launched"
            rf"(?:\s+(?!which\b|that\b|who\b|to\s+(?:release|free|return|hand)\b|(?:census|survey|study|poll|audit|inquiry|investigation|review|assessment|count)\b|said\s+(?:the\s+|an?\s+)?(?:gunm[ae]n|attackers?|assailants?|drones?|rockets?|missiles?)\b)"
            rf"[\w’'-]+){{0,3}}"
            rf"(?:\s+(?:once|yet)\s+again)?\s+{_HARM}\b",
            re.I,
        ),
    ),
    # "Corporal Mensah fired at the motorcycle, killing", "the officer fired live rounds into the crowd", "the
    # defendant drove his pickup into a group of worshippers": a ranked or charged person as the subject of harm
    (
        0.8,
        re.compile(
            r"\b(?:(?:the\s+)?(?:officer|defendant|accused|corporal|sergeant|lieutenant|captain|colonel|constable"
            r"|guardsman|policeman|soldier|gunner|commander)|(?-i:Corporal|Sergeant|Lieutenant|Captain|Major|Colonel"
            r"|Constable|Private|Officer|General)(?:\s+(?-i:[A-Z][\w'’.-]*)){1,3})"
            r"(?:,[^,.;]{3,80},)?\s+(?:then\s+|had\s+|personally\s+|deliberately\s+)?"
            r"(?:shot|killed|murdered|stabbed|strangled|beat|struck|kicked|fired|opened\s+fire|gunned\s+down|detonated|executed"
            r"|drove\s+(?:his|her|a|an|the)\s+(?:[\w-]+\s+)?(?:car|truck|pickup|vehicle|van|lorry)\s+into)\b"
            # not "the soldier killed in southern Gaza": the one killed, in a reduced relative clause
            r"(?!\s+(?:in|on|at|by|during|when|while|near|outside|inside|as|after|last|this|yesterday|overnight)\b|\s*[,.;])",
            re.I,
        ),
    ),
    # "convicted Sergeant Valdez of murdering", "charges four soldiers ... with the killing of", "found guilty of
    # the murder": a court or prosecutor naming who did it
    (
        0.8,
        re.compile(
            r"\b(?:convicted|convicts|charged|charges|indicted|indicts|found\s+guilty|sentenced|jailed)\s+"
            r"(?:(?!(?:were|was|been|is|are)\b)[\w.'’-]+,?\s+){0,8}?(?:of|with|for)\s+(?:the\s+)?"
            r"(?:(?:his|her|their)\s+(?:role|part)\s+in\s+(?:the\s+)?)?(?:murder(?:ing|s)?|killing|killings|manslaughter|assassinat\w+|massacre|bombing|shooting|stabbing|ordering)\b",
            re.I,
        ),
    ),
    # who ordered or organised it, and fighting between parties
    (
        0.8,
        re.compile(
            r"\bordered\s+the\s+(?:[\w-]+\s+)?(?:attack|strike|killing|massacre|shelling|bombing|raid|assault|executions?)\b"
            r"|\b(?:fighting|clash(?:es)?)\s+between\b(?!\s+(?:the\s+)?(?:two\s+)?(?:rival|unknown|unidentified|armed|various|local|factions)\b)|\bon\s+the\s+orders?\s+of\b"
            r"|(?<!fabrications\s)(?<!lies\s)\b(?:organi[sz]ed|orchestrated|masterminded|ordered|planned)\s+by\b"
            # "insisted the killings were the work of a rival faction": whose deed it was
            r"|\b(?:were|was|is|are)\s+(?:\w+ly\s+)?the\s+work\s+of\b",
            re.I,
        ),
    ),
    # "19 at the hands of regime forces": who did the killing
    (
        0.85,
        re.compile(rf"\bat\s+the\s+hands\s+of\s+(?:the\s+)?(?:[\w-]+\s+)?(?:{_ACTOR}|{_ARMED})\b", re.I),
    ),
    # "suspicion fell on M23", "the group denied any involvement": who is suspected, or says it was not them
    (
        0.85,
        re.compile(
            r"\b(?:suspicion|blame|the\s+finger\s+of\s+blame)\s+(?:\w+\s+)?(?:fell|falls|fall|has\s+fallen|rests?|rested|lies|lay)"
            r"\s+(?:on|with)\b|\b(?:no|any)\s+(?:involvement|role|hand|part)\s+in\s+(?:the|this|that|these|those|its)\b"
            r"|\b(?:had|has|have)\s+nothing\s+to\s+do\s+with\b|\bnot\s+involved\s+in\b"
            r"|\bsuspect(?:s|ed)?\s+(?:[\w-]+\s+){1,6}?of\s+(?:carrying\s+out|being\s+behind|staging|ordering|coordinating|planning|orchestrating|masterminding)\b",
            re.I,
        ),
    ),
    # "charged with the murder of", "found guilty of the killing of": a court's charge or finding
    (
        0.85,
        re.compile(
            r"\b(?:charged|convicted|indicted|guilty|sentenced)\s+(?:[\w'’-]+\s+){0,8}?(?:with|of|for)\s+(?:the\s+)?"
            r"(?:[\w-]+\s+)?(?:murders?|killings?|massacres?|war\s+crimes|manslaughter|homicides?|disappearances?"
            r"|crimes\s+against\s+humanity|genocide)\b"
            r"|\b(?:charged|convicted|indicted|guilty|sentenced)\s+(?:[\w'’-]+\s+){0,8}?(?:with|of|for)\s+(?:\w+ly\s+)?(?:ordering|organi[sz]ing"
            r"|planning|masterminding|carrying\s+out|commanding|instigating|inciting|directing|leading)\s+(?:the\s+|an?\s+)?(?:[\w-]+\s+){0,2}?"
            r"(?:attacks?|killings?|massacres?|bombings?|shelling|executions?|strikes?|raids?|ambush(?:es)?|assaults?|murders?)\b"
            # "convicted Salim Ayyash over the 2005 bombing"
            r"|\b(?:convicted|sentenced|indicted|charged)\s+(?:[\w'’-]+\s+){1,4}?(?:over|for)\s+(?:the\s+|an?\s+)?(?:[\w-]+\s+){0,3}?"
            r"(?:attacks?|killings?|massacres?|bombings?|shelling|shootings?|strikes?|raids?|ambush(?:es)?|assaults?|kidnapping)\b"
            # "sentenced ... to 794 years each for the Hipercor bombing", "to 20 years for aiding and abetting the
            # murders", "in 2000 to more than 70 years in prison for the kidnapping and murder of": a long sentence
            r"|\b(?:sentenced|jailed)\s+(?:[\w'’-]+\s+){0,12}?for\s+(?:aiding\s+and\s+abetting\s+)?(?:the\s+)?"
            r"(?:[\w-]+\s+){0,2}?(?:murders?|killings?|massacres?|bombings?)\b",
            re.I,
        ),
    ),
    # "died under torture in the regime's prisons": deaths in the custody of a party
    (
        0.8,
        re.compile(
            rf"\b(?:died|killed|death|deaths|tortured|torture)\b[^.;]{{0,40}}?\b(?:in|inside)\s+(?:the\s+)?{_ACTOR}\s+"
            r"(?:prisons?|jails?|detention|custody|dungeons|cells)\b"
            rf"|\b(?:died|killed|death|deaths|tortured|torture)\b[^.;]{{0,40}}?\b(?:in|inside)\s+the\s+"
            rf"(?:prisons?|jails?|detention\s+cent(?:re|er)s?|dungeons|cells)\s+of\s+the\s+{_ACTOR}\b",
            re.I,
        ),
    ),
    # "fragments from a guided bomb used only by the coalition": a weapon only one party has
    (
        0.8,
        re.compile(
            r"\b(?:bombs?|missiles?|munitions?|shells?|rockets?|drones?|weapons?|ammunition|rounds)\s+(?:of\s+a\s+type\s+)?"
            rf"(?:used|fielded|deployed|flown|employed|supplied\s+to)\s+(?:only\s+|exclusively\s+|solely\s+)?by\s+(?:the\s+)?"
            rf"(?:[\w-]+\s+){{0,2}}?(?:{_ACTOR}|{_ARMED})\b",
            re.I,
        ),
    ),
    # "debris from a Ukrainian drone fell on her house": whose weapon it was that fell
    (
        0.8,
        re.compile(
            r"\b(?:debris|fragments|wreckage|shrapnel|remains|parts)\s+(?:of|from)\s+(?:an?\s+|the\s+)?(?:[\w-]+\s+)?"
            rf"{_ACTOR}\s+(?:[\w-]+\s+)?(?:drones?|missiles?|rockets?|shells?|uavs?)\b",
            re.I,
        ),
    ),
    # "air defences shot down 43 Ukrainian drones": the other side's weapons intercepted
    (
        0.8,
        re.compile(
            r"\b(?:shot\s+down|intercepted|downed|destroyed|repelled)\s+(?:at\s+least\s+|some\s+|more\s+than\s+)?(?:[\w-]+\s+)?"
            rf"{_ACTOR}\s+(?:[\w-]+\s+)?(?:drones?|missiles?|rockets?|aircraft|jets|warplanes|helicopters|uavs?)\b",
            re.I,
        ),
    ),
    # "ADF rebels armed with machetes and rifles killed 35", "Bosnian Serb forces under Ratko Mladic killed":
    # what the group carried or who led it, between the group and its deed
    (
        0.8,
        re.compile(
            rf"\b{_ACTOR}\s+(?:[\w-]+\s+){{0,3}}?(?:armed\s+with|equipped\s+with|under|led\s+by|commanded\s+by)\s+"
            rf"(?:[\w'’.,-]+\s+){{1,5}}?(?:had\s+)?(?:{_HARM}\s+(?:at\s+least\s+|about\s+|some\s+|more\s+than\s+)?{_VICTIMS_NAMED}"
            r"|(?:raided|stormed|attacked|overran)\s+(?-i:[A-Z]))",
            re.I,
        ),
    ),
    # "demonstrators who stormed its base killed two peacekeepers": a crowd, with a clause about it, that killed
    (
        0.8,
        re.compile(
            r"\b(?:demonstrators|protesters|rioters|mobs?|crowds?|looters)\s+who\s+(?!(?:were|was|had\s+been|have\s+been|died)\b)"
            rf"[^,.;]{{0,60}}?\s+{_HARM}\s+(?:at\s+least\s+|about\s+|some\s+|more\s+than\s+)?{_VICTIMS_NAMED}",
            re.I,
        ),
    ),
    # "the peacekeepers have shown their true face by shelling our homes": armed people and the harm they did
    (
        0.8,
        re.compile(
            rf"\b(?:{_ACTOR}|{_ARMED}|peacekeepers)\b(?:(?!\b(?:were|was|been|killed|wounded|injured|died|dead)\b)[^.;]){{0,60}}?"
            r"\bby\s+(?:shelling|bombing|bombarding|shooting\s+(?:at|on)|firing\s+(?:on|at|into)|attacking|killing)\b",
            re.I,
        ),
    ),
    # "called on Ethiopian troops to halt their shelling of the towns": whose attack on whom they are told to stop
    (
        0.8,
        re.compile(
            rf"\b{_ACTOR}(?:\s+[\w-]+){{0,2}}\s+to\s+(?:stop|halt|end|cease|suspend)\s+(?:their|its)\s+(?:[\w-]+\s+)?{_ATTACK}"
            r"\s+(?:of|on|in|against)\b",
            re.I,
        ),
    ),
    # "the martyrs of the aggression": the dead named by what killed them
    (0.8, re.compile(rf"\b(?:martyrs|victims)\s+of\s+(?:the\s+)?(?:[\w-]+\s+)?(?:{_ACTOR})\b", re.I)),
    # "investigators traced the fragments to a bomb supplied to the air force": evidence naming who
    (0.8, re.compile(rf"\btraced\b[^.;]{{0,80}}?\bto\b[^.;]{{0,60}}?\b(?:{_ACTOR}|{_ARMED})\b", re.I)),
    # "its fighters were behind the ambush": a claim (or charge) of who did it, without a harm verb
    (
        0.85,
        re.compile(
            r"\b(?:was|were|is|are|been|being)\s+(?:\w+\s+)?behind\s+(?:the|this|that|these|those|its|their)\s+"
            rf"(?:[\w-]+\s+){{0,2}}?(?:{_ATTACK}|ambush(?:es)?|killings?|massacres?|explosions?|blasts?|assassinations?"
            r"|shootings?)\b",
            re.I,
        ),
    ),
    # "the group said one of its fighters had reached the gate before detonating his vest": its own bomber
    (
        0.8,
        re.compile(
            r"\b(?:one\s+of\s+)?(?:its|their)\s+(?:own\s+)?(?:fighters|members|militants|men|bombers|martyrs?)\b[^.;]{0,80}?"
            r"\b(?:detonat(?:ed|ing)|blew\s+(?:himself|herself|themselves)\s+up|blowing\s+(?:himself|herself|themselves)\s+up)\b",
            re.I,
        ),
    ),
    # "none of its aircraft had been flying over the area": a denial phrased as an absence
    (
        0.8,
        re.compile(
            rf"\b(?:none\s+of\s+(?:its|their|our)|no)\s+(?:[\w-]+\s+)?{_ARMS}\s+(?:had|has|have|were|was)\b"
            r"(?!\s+(?:been\s+)?(?:killed|injured|wounded|hurt|harmed)\b)",
            re.I,
        ),
    ),
    # "the evidence points to army artillery": who the evidence names
    (
        0.8,
        re.compile(rf"\bpoint(?:s|ed|ing)?\s+to\s+(?:the\s+)?(?:[\w-]+\s+){{0,2}}?(?:{_ACTOR}|{_ARMED})\b", re.I),
    ),
    # "the commander admitted that his men had fired on the crowd": an admission of the harm done
    (
        0.85,
        re.compile(
            r"\b(?:admitted|confessed)\s+(?:to\s+)?(?:shooting|killing|murdering|executing|torturing)\b|"
            rf"\b(?:admitted|acknowledged|confessed|conceded)\s+(?:that\s+)?[^.;]{{0,40}}?\b{_HARM}\b"
            r"(?!\s+(?:was|were)\b)",
            re.I,
        ),
    ),
    (
        0.7,
        re.compile(
            rf"\b(?:his|their|its|our)\s+(?:own\s+)?(?:{_ARMS}|units?|platoons?|squads?|battalions?|brigades?|men)\s+(?:had\s+|have\s+)?(?:never\s+|not\s+)?(?:\w+ly\s+)?"
            rf"{_HARM}\b",
            re.I,
        ),
    ),
    (
        0.75,
        re.compile(
            rf"{_NAMED_WORD}\s+(?:militiamen|fighters|soldiers|troops|gunmen|rebels|militants|paramilitaries|units|cadres)\s+"
            # "German units and their local helpers shot", "Tiger gunmen had killed 19 civilians"
            r"(?:and\s+(?:their|its)\s+(?:[\w-]+\s+)?[\w-]+\s+)?(?:had\s+|have\s+)?"
            rf"(?:{_HARM}\s+|opened\s+fire\s+(?:on|at)\s+)(?:at\s+least\s+|about\s+|some\s+|more\s+than\s+)?{_VICTIMS_NAMED}",
            re.I,
        ),
    ),
    (
        0.75,
        re.compile(
            r"\b(?:soldiers|troops|marines|guards|officers|members|paratroopers|commandos|militiamen|fighters)\s+(?:of|from)\s+"
            r"(?:the\s+)?(?-i:[A-Z0-9][\w'’-]*(?:,?\s+(?:al-|el-)?[A-Z0-9][\w'’-]*){0,6})"
            r"(?:\s+(?:armed\s+|rebel\s+)?(?:unit|battalion|brigade|regiment|militia|group|squad|detachment))?,?\s+(?:had\s+)?"
            rf"{_HARM}\b",
            re.I,
        ),
    ),
    (
        0.75,
        re.compile(
            rf"{_NAMED_WORD}\s+(?:battalion|brigade|regiment|company|division|combatants|guards|marines)\s+(?:had\s+)?"
            r"(?:opened\s+(?:\w+\s+)?fire\b|fired\s+(?:\w+\s+)?(?:on|at|into)\b|"
            rf"{_HARM}\s+(?:dead\s+)?(?:at\s+least\s+|about\s+|some\s+|more\s+than\s+|no\s+fewer\s+than\s+|between\s+)?"
            rf"(?:{_VICTIMS_NAMED}|villagers\b|unarmed\b|detainees\b|protesters\b))",
            re.I,
        ),
    ),
    # "an inquiry found that soldiers had executed 12 people": armed men as the subject of a perfect tense
    (
        0.75,
        re.compile(
            rf"\b(?:{_ARMED}|officers|policemen|militiamen|paratroopers|marines|commandos|snipers)\s+(?:had|have|has)\s+"
            rf"(?!been\b)(?:\w+\s+)?{_HARM}\b",
            re.I,
        ),
    ),
    # "Houthi-laid landmines", "Russian-fired rockets": the weapon named by who used it ("Russian-made" is not who)
    (
        0.8,
        re.compile(
            rf"\b{_ACTOR}-(?:laid|planted|fired|launched|dropped)\s+(?:[\w-]+\s+)?"
            r"(?:mines|landmines|bombs?|rockets?|missiles?|shells?|explosives?|devices|ieds?)\b",
            re.I,
        ),
    ),
    # "sniper fire from Armenian positions", "it had come from Bosnian Serb positions": where the fire came from
    (
        0.8,
        re.compile(
            rf"\b(?:{_ATTACK}|sniper\s+fire|tank\s+fire|rounds?|fired|launched)\s+from\s+(?:the\s+)?(?:[\w-]+\s+){{0,2}}?"
            rf"{_ACTOR}\s+(?:positions?|lines|side)\b"
            rf"|\b(?:come|came)\s+from\s+(?:the\s+)?(?:[\w-]+\s+){{0,2}}?{_ACTOR}\s+(?:positions?|lines)\b",
            re.I,
        ),
    ),
    # "the inquiry admitted the coalition had erred", "acknowledged the strike was a grave mistake"
    (
        0.8,
        re.compile(
            r"\b(?:admitted|acknowledged|conceded)\s+(?:that\s+)?[^.;]{0,50}?"
            r"\b(?:had\s+erred|(?:strike|attack|raid|shelling|bombing|shooting)s?\s+(?:was|were)\s+[\"“'‘]?an?\s+(?:\w+\s+)?"
            r"(?:mistake|error))\b",
            re.I,
        ),
    ),
    # "police lined up the men and shot them dead", "soldiers went from house to house and shot dead 12 men":
    # armed people as the subject of a chain of deeds that ends in the killing
    (
        0.75,
        re.compile(
            rf"\b(?:{_ARMED}|police|policemen|officers|militiamen|commandos)\s+"
            r"(?:(?!(?:were|was|been|are|is|said|say|says|told|reported|found)\b)[\w'’-]+,?\s+){1,24}?"
            r"and\s+(?:then\s+)?(?:shot|executed|killed|murdered|hanged|beheaded|burned|bayoneted)\s+(?:dead\s+)?"
            r"(?:them\b|at\s+least\b|about\b|more\s+than\b|nearly\b|\d|the\b|some\b|all\b|several\b|dozens\b|scores\b"
            r"|hundreds\b|(?:two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|twenty|thirty|forty|fifty)\b)",
            re.I,
        ),
    ),
    # "Hamas gunmen who broke into the kibbutz killed about 100": a named group's men, with a clause about them
    (
        0.8,
        re.compile(
            rf"\b{_ACTOR}\s+(?:[\w-]+\s+)?(?:gunmen|fighters|troops|soldiers|police|militants|militiamen|forces|commandos)"
            r"\s+who\s+(?!(?:were|was|had\s+been|have\s+been|died)\b)[^,.;]{0,60}?\s+"
            rf"{_HARM}\s+(?:at\s+least\s+|about\s+|some\s+|more\s+than\s+|nearly\s+|around\s+)?{_VICTIMS_NAMED}",
            re.I,
        ),
    ),
    # "were killed when Israeli troops swept through the camp", "killed as police and soldiers cleared the
    # sit-in": the deaths, then the armed people whose operation caused them (unidentified gunmen name no one)
    (
        0.8,
        re.compile(
            r"(?<!no\sone\swas\s)(?<!nobody\swas\s)(?<!no\sone\swas\sseriously\s)"  # (not "no one was hurt when")
            r"\b(?:killed|wounded|injured|hurt|died|dead|shot)\b[^.;]{0,80}?\b(?:when|as|after|while)\s+(?:the\s+)?"
            rf"(?:[\w'’-]+\s+){{0,2}}?(?:{_ARMED}|police|policemen|settlers|commandos)"
            rf"(?:\s+and\s+(?:[\w-]+\s+)?(?:{_ARMED}|police))?(?:\s+(?:columns?|convoys?|units?|patrols?))?\s+(?:had\s+)?"
            r"(?:surrounded|swept|stormed|raided|cleared|dispersed|broke\s+up|opened\s+fire|attacked|charged|shelled"
            r"|bombed|advanced|rolled\s+(?:in|into|through)|moved\s+in)\b",
            re.I,
        ),
    ),
    # "activists of the ruling party's student wing attacked a march": a party's people as the attackers
    (
        0.8,
        re.compile(
            r"\b(?:activists|supporters|cadres|loyalists|members)\s+of\s+(?:the\s+)?(?:[\w'’-]+\s+){0,4}?"
            rf"(?:party|wing|league|movement|militia)\s+(?:had\s+)?{_HARM}\b",
            re.I,
        ),
    ),
    # "by a gunman later identified as a Hamas member": an attacker named after the fact
    (
        0.8,
        re.compile(
            r"\b(?:gunm[ae]n|attackers?|assailants?|bombers?|shooters?|perpetrators?|killers?)\b[^.;]{0,30}?"
            rf"\b(?:identified|named)\s+as\s+(?:an?\s+|the\s+)?(?:[\w-]+\s+)?{_ACTOR}\b",
            re.I,
        ),
    ),
    # "The rebel militia, which had been driven out in 2019, executed sixteen men": the deed after the clause
    (
        0.8,
        re.compile(
            rf"\b{_ACTOR}\s*,\s+(?:which|who|whose)\b[^;]{{0,150}}?,\s+(?:had\s+|has\s+|have\s+|also\s+|then\s+)?{_HARM}\b",
            re.I,
        ),
    ),
    # "The Jalisco cartel, those merchants of death, gunned down 11", "The helicopters, they were government
    # helicopters, they came every afternoon and bombed the wells": a speaker's aside, then the harm (or "they" + harm)
    (
        0.8,
        re.compile(
            rf"\b(?:{_ACTOR}|{_ARMED})(?:\s+[\w-]+)?\s*[,—–]\s+(?!(?:who|which|whose|where|when|and|but|or)\b)[^.;,—–]{{3,70}}?\s*[,—–]\s+"
            rf"(?:(?:they|he|she|it)\s+(?:(?!(?:were|was|been|are|is|being)\b)[\w'’-]+\s+){{0,5}}?)?(?!\w+ing\b){_HARM}\b"
            rf"|\b(?:{_ACTOR}|{_ARMED})(?:\s+[\w-]+)?\s*,\s+(?:they|he|she|it)\s+(?:(?!(?:were|was|been|are|is|being)\b)[\w'’-]+\s+){{0,5}}?{_HARM}\b",
            re.I,
        ),
    ),
    # "The offender admitted that ... he murdered 51 people", "'You killed six people,' the judge told the defendant",
    # "a car bomb claimed by the Pakistani Taliban", "beatings administered by the guards": the court's or the
    # claimant's word for who did it
    (
        0.8,
        re.compile(
            r"\b(?:accused|defendant|offender|convicted\s+man|gunman|attacker)\s+(?:has\s+|had\s+)?"
            r"(?:admitted|confessed|pleaded\s+guilty)\b"
            r"|(?:^|[\"“‘]\s*)you\s+(?:(?:personally|deliberately|then|also)\s+)?(?:killed|murdered|shot|massacred|slaughtered"
            r"|butchered|executed|bombed|maimed)\b"
            rf"|\b(?:claimed|administered|inflicted|perpetrated|committed|ordered|planted|detonated)\s+by\s+(?:the\s+)?"
            rf"(?:[\w-]+\s+){{0,2}}?(?:{_ACTOR}|{_ARMED})\b",
            re.I,
        ),
    ),
    # "The rebels claimed it on their radio", "the hooded men ... belonged to the Los Tiguerones gang", "The drone
    # strike on the wedding, the American drone, killed": who claimed it, whose men they were, whose weapon
    (
        0.8,
        re.compile(
            rf"\b{_ACTOR}\s+(?:[\w-]+\s+)?(?:later\s+)?(?:claimed|admitted)\s+(?:it|them|the\s+(?:[\w-]+\s+)?"
            r"(?:attack|bombing|killing|strike|murder|shooting|ambush|barrage|assassination)s?)\b"
            r"|\b(?:men|gunmen|attackers?|assailants?|killers?|shooters?|bombers?|suspects?|perpetrators?)\b[^.;]{0,80}?"
            rf"\bbelong(?:s|ed)?\s+to\s+(?:the\s+)?(?:(?:[\w-]+\s+){{0,3}}?(?:{_ACTOR}|{_ARMED})\b"
            r"|(?-i:(?:[A-Z][\w-]+\s+){1,3}(?:Group|Front|Movement|Army|Brigades?|Battalion)\b))"
            rf"|[,—–]\s+(?:the\s+)?{_ACTOR}\s+(?:drones?|planes?|jets?|helicopters?|soldiers|troops|army)\s*[,—–]\s+"
            rf"(?:(?:they|he|it)\s+)?{_HARM}\b",
            re.I,
        ),
    ),
    # "riot police were firing tear gas grenades at protesters": the progressive, not a passive
    (
        0.8,
        re.compile(
            rf"\b{_ACTOR}(?:\s+[\w-]+){{0,3}}?\s+(?:were|was)\s+(?:\w+\s+)?(?:firing|shooting|shelling|bombing)\s+"
            r"(?:[\w'’-]+\s+){0,6}?(?:at|on|into)\b",
            re.I,
        ),
    ),
    # "a drone strike that US Africa Command later said had targeted a commander": a party owning its strike
    (
        0.8,
        re.compile(
            rf"\b{_ATTACK}\s+(?:that|which)\s+(?:the\s+)?{_ACTOR}(?:\s+[\w-]+){{0,3}}\s+(?:later\s+)?"
            r"(?:said|admitted|acknowledged|confirmed|claimed)\b",
            re.I,
        ),
    ),
    # "Government security forces, the Commission found, killed scores": a finding set off by commas
    (
        0.8,
        re.compile(
            rf"\b(?:{_ACTOR}|{_ARMED})(?:\s+[\w-]+){{0,2}},\s+(?:the\s+|an?\s+)?(?:[\w-]+\s+){{0,3}}?(?:found|said|concluded|ruled"
            rf"|alleged|claimed|established),\s+(?:had\s+)?{_HARM}\b",
            re.I,
        ),
    ),
    # "the sniper who fired on the tram was a member of the Bosnian Serb forces": the attacker's side
    (
        0.8,
        re.compile(
            r"\b(?:snipers?|gunm[ae]n|shooters?|bombers?|attackers?|assailants?|perpetrators?|killers?)\b[^.;]{0,60}?"
            rf"\b(?:was|were)\s+(?:an?\s+)?members?\s+of\s+(?:the\s+)?(?:[\w-]+\s+){{0,2}}?(?:{_ACTOR}|{_ARMED})\b",
            re.I,
        ),
    ),
    # "leading the militia that killed 344 villagers", "Interahamwe militiamen acting on his orders killed hundreds"
    (
        0.8,
        re.compile(
            rf"\b(?:{_ACTOR}|{_ARMED}|militiamen)\s+(?:that|which|who|acting\s+on\s+(?:[\w'’-]+\s+){{0,3}}?orders)\s+"
            rf"(?:had\s+|has\s+|have\s+)?{_HARM}\s+(?:at\s+least\s+|about\s+|some\s+|more\s+than\s+)?{_VICTIMS_NAMED}",
            re.I,
        ),
    ),
    # "two bombs dropped from a military paraglider": the craft named by its side
    (
        0.8,
        re.compile(rf"\b(?:dropped|fired|launched)\s+from\s+(?:an?\s+|the\s+)?{_ACTOR}\s+[\w-]+", re.I),
    ),
    # "would pay a terrible price for the attack on Belgorod": who is threatened for the deed is blamed for it
    (
        0.8,
        re.compile(
            r"\bpay\s+(?:dearly|(?:a|the)\s+(?:[\w-]+\s+)?price)\s+for\s+(?:the|this|that|its|their)\s+(?:[\w-]+\s+)?"
            r"(?:attacks?|strikes?|killings?|bombings?|shelling|massacres?|crimes?)\b",
            re.I,
        ),
    ),
    # "called the reports of a school bombing 'fabricated news'": a denial of what is reported
    (
        0.8,
        re.compile(
            r"\b(?:called|described|branded|labell?ed)\s+(?:the\s+)?(?:reports?|claims?|accusations?|allegations?|accounts?)\b"
            r"[^.;]{0,80}?[\"“'‘](?:\w+\s+)?(?:fabricat\w*|false|fake|baseless|lies|propaganda|untrue)\b",
            re.I,
        ),
    ),
    # "The Ethiopian army, and also the Eritrean soldiers, they shot four men", "The RSF men went from house to house,
    # and in our street alone they killed, I think, around thirty": spoken testimony names who, then says "they"
    (
        0.8,
        re.compile(
            rf"\b(?:{_ACTOR}|soldiers|gunmen|fighters|militiamen|settlers)\b[^.;?!]{{0,90}}?\bthey\s+(?:had\s+|have\s+)?"
            r"(?:killed|shot(?:\s+dead)?|murdered|executed|massacred|slaughtered|gunned\s+down|burned|beat)"
            r"(?:\s+|,\s+[^.;?!,]{0,20},\s+)(?:around\s+|about\s+|over\s+|more\s+than\s+|at\s+least\s+)?"
            rf"(?:{_VICTIMS_NAMED}|{_COUNT_WORD})",
            re.I,
        ),
    ),
]
_VICTIMS_PARTICIPLE = re.compile(
    rf"{_ACTOR}(?:\s+[\w-]+)?\s+(?:killed|wounded|injured|shot|executed|assassinated)$", re.I
)
_OBJECT_RELATIVE = re.compile(r"\b(?:who|whom|that|which)\s+(?:the\s+)?$", re.I)
_PARTICIPLE_FOLLOWS = re.compile(
    r"\s+(?:in|on|since|during|so\s+far|this|last|had\s+(?:reached|risen|climbed)|over(?!\s+(?:\d|a\s|an\s|\w+\s+(?:people|civilians)))|while|when|at\s+(?:the|a|an))\b",
    re.I,
)
# Who is asked to end the harm is not blamed for it: "urged the federal government to end the killings".
_ASKED_TO_END = re.compile(r"\bto\s+(?:end|stop|halt|prevent|investigate)\s+(?:the\s+)?(?:[\w-]+\s+)?[\w-]+$", re.I)
# Arrests and detentions in raids harm no one the brief counts: who made them is not attributed.
_RAID_OR_POLICE = re.compile(r"\b(?:raids?|police|security\s+forces)\b", re.I)
_DETENTION = re.compile(r"\b(?:detained|arrested|rounded\s+up|detentions?|arrests?)\b", re.I)
_HARMED = re.compile(
    r"\b(?:kill\w*|dead|died|death|wound\w*|injur\w*|hurt|shot|beat(?:en|ing)?|tortur\w*|fired|shell\w*|bomb\w*|strikes?)\b",
    re.I,
)
# Strikes threatened, not carried out: "or face NATO air strikes", "risked Russian reprisals".
_THREATENED = re.compile(r"\b(?:face|faces|facing|risk|risks|risking|threatened\s+with)\s+(?:the\s+)?$", re.I)
_PASSIVE = re.compile(r"\b(?:were|was|been|being|be|is|are)\s+(?:\w+\s+)?" + _HARM + r"\b", re.I)

# --- calls to action -----------------------------------------------------------------------------------

# Verbs that open an imperative addressed to the reader or to the parties ("Stop the bombing", "Stay indoors").
_IMPERATIVES = (
    r"stop|end|protect|save(?!\s+the\s+(?-i:Children)\b)|help|act|hold|join|support|donate|halt|open|allow|let|keep|stay|avoid|share|report|leave"
    r"|evacuate|send|spread|lift|spare|release|seek|contact|investigate|ensure|bring|respect|restore|take|move"
    # (not "Free Greece radio claimed": a station's name)
    r"|free(?!\s+[\w-]+\s+(?:radio|army|forces|press|state|zone)\b)|fill|put(?!\s+(?:simply|another\s+way|differently)\b)"
    r"|clear(?=\s+(?:the|this|these|your|out|off)\b)"
    r"|head(?!\s+(?:constable|teacher|nurse|doctor|coach|of|priest|imam)\b)|remain|follow|prepare|get\s+down|go|ignore"
    r"|rely|check|call|rise\s+up|stand\s+(?:with|up)|give|write|tell|vacate|close(?!\s+to\b)|get\s+away|hand\s+over"
    r"|sign|boycott|divest|sanction|vote|return|wake\s+up|march|shelter|enter|do\s+not|don['’]t"
    r"|lay\s+down|come(?!\s+(?:nightfall|morning|dawn|evening|spring|summer|autumn|winter)\b)|gather|rally"
    r"|switch\s+(?:off|on)|bang"
    r"|remember(?!\s+(?:when|how|that|the\s+day)\b)|dm\s+us"
)
_CALLS = [
    (
        0.9,
        re.compile(
            # (not "The strike was called on 28 April": a passive that calls no one)
            r"(?<!\bwas\s)(?<!\bwere\s)(?<!\bbeen\s)\bcall(?:s|ed|ing)?\s+(?:on|upon|for)\b|\burg(?:e|es|ed|ing)\b"
            r"|\bappeal(?:s|ed|ing)?\s+to\b"
            # "asking that the archives be opened in full", "asked that there be no state funeral"
            r"|\b(?:ask|asks|asked|asking|request|requests|requested|requesting)\s+that\s+(?:[^.;]{0,80}?\s)?(?<!not\s)be\b"
            # a report's recommendations: "recommends that the government ..."
            r"|\brecommend(?:s|ed)?\s+that\b"
            r"|\b(?:appeal|plead)(?:s|ed|ing)?\s+for\b"
            r"(?![^.;]{0,60}\b(?:was|were|has\s+been|had\s+been)\s+(?:rejected|ignored|dismissed|refused|turned\s+down)\b)|(?<!ransom\s)\b(?:demand(?:ed|ing)?|(?<!\d\s)demands)\b(?!\s+(?:was|were|is|has|had)\b)"
            # "'We need fuel today,' the hospital director pleaded": the plea quoted before who made it
            r"|[\"”’']\s*,?\s*(?:[\w'’-]+\s+){1,6}?(?:pleaded|begged|implored)\s*\.?\s*$",
            re.I,
        ),
    ),
    (
        0.8,
        re.compile(
            r"\bmust\b(?![^.!?]*\?)(?!\s+(?:win|prevail|triumph)\s*!)|\bshould\b(?!\s+(?:shame|haunt|alarm|worry|concern|trouble|outrage|shock|horrify|disturb|sadden)\b)|\bneeds?\s+to\b|\bhave\s+to\s+(?:act|stop|end|protect)\b|\bought\s+to\b",
            re.I,
        ),
    ),
    (
        0.8,
        re.compile(
            r"\bit\s+is\s+(?:crucial|essential|imperative|vital|necessary|urgent|(?:high\s+|about\s+)?time)\b|\blet\s+us\b"
            r"|\b(?:asked|asks|ask|asking|encouraged|encourages|invited|implored|pressed|pressing)\s+"
            r"(?:(?!(?:as|when|while|were|was|after|before)\b)[\w'’-]+\s+){1,7}?to\b"
            r"(?!\s+(?:repeat|spell|clarify|describe|explain|recall|identify|confirm|speak)\b)"
            r"|\b(?:begging|beg|begged|begs|plead(?:s|ed|ing)\s+with|calling)\s+(?:\w+\s+){1,8}?to\s+(?!be\b)\w+"
            # "begged them: 'Shoot me instead'": the plea itself quoted after a colon
            r"|\b(?:begged|begging|begs|pleaded|pleading|implored|imploring)(?:\s+(?:with\s+)?\w+){0,3}\s*:\s*[\"“'‘]"
            r"|\bfor\s+your\s+(?:own\s+)?(?:safety|protection)\b"
            r"|\b(?:ordered|orders|instructed|directed|warned|told)\s+(?:[\w-]+,?\s+){1,10}?to\s+(?:leave|evacuate|move|flee|stay|take|pursue"
            r"|arrest|hunt|find|investigate|prosecute|punish|compensate|release"
            r"|seek|head|avoid|remain|observe|keep|obey|close)\b"
            r"|\brequested\s+an?\s+(?:urgent\s+|emergency\s+)?(?:meeting|session|investigation|inquiry)\b"
            r"|\bordered\s+an?\s+(?:immediate\s+|urgent\s+|independent\s+|full\s+)?(?:investigation|inquiry|probe)\b"
            r"|\b(?:are|is|were|was)\s+(?:advised|requested|asked|encouraged|urged)\s+to\b|\bwe\s+(?:ask|request|implore)\b"
            r"|(?<!\bthat\s)(?<!\bwhich\s)\b(?:is|are)\s+(?:\w+ly\s+)?needed\b|\b(?:donors|volunteers|blood|help)\s+(?:are\s+)?(?:urgently\s+)?needed\b",
            re.I,
        ),
    ),
    (0.75, re.compile(r"\b(?:now|immediately|at\s+once)\s*![\"”’']?\s*$", re.I)),
    # "Justice for the twelve!": a demand
    (0.75, re.compile(r"^\s*[\"“'‘]?justice\s+for\b[^!?]*!", re.I)),
    (0.75, re.compile(r"\b(?:please|kindly),?\s+(?!note\b|see\b|refer\b)[a-z]+\b|^\s*[\"“'‘]?pray\s+for\b", re.I)),
    # a field message's shorthand and a request to all who read it: "pls forward", "anyone nearby go donate", "call
    # anyone u know", "we need an ambulance"; "Pray with me", "I ask all of you ... to bow your heads"
    (
        0.75,
        re.compile(
            r"\b(?:pls|plz)\b|\banyone\s+(?:nearby|with\s+a\s+car)\s+(?:go|come|please|pls|help|bring|donate)\b"
            r"|\bcall\s+anyone\b|\bwe\s+need\s+(?:an?\s+)?(?:ambulances?|rescuers|blood|medics|doctors|help)\b"
            r"|^\s*pray\s+with\s+me\b|\bI\s+ask\s+(?:all\s+of\s+)?you\b[^.;]{0,60}?\bto\s+\w+",
            re.I,
        ),
    ),
    # "We need an investigation, a real one", "I want them to be punished": what the speaker asks for
    (
        0.75,
        re.compile(
            r"\bwe\s+(?:need|want|demand)\s+(?:an?\s+)?(?:\w+\s+)?(?:investigation|inquiry|justice|protection|ceasefire|help"
            r"|doctors|medicines?|fuel|water|food|blood|ambulances)\b|\bI\s+want\s+(?:them|him|the\s+\w+|(?-i:[A-Z]\w+\s+[A-Z]\w+))\s+to\s+be"
            r"\s+(?:punished|tried|judged|held\s+accountable|prosecuted|arrested|extradited|brought\s+to\s+justice)\b"
            # "I want the State to recognise us", "I ask the commission, please, to find where they buried my son"
            # "those responsible must be held accountable"; "I beg you, do something"
            r"|\b(?:those|the\s+people|whoever\s+is|the\s+men)\s+responsible\s+must\s+be\s+(?:held\s+accountable"
            r"|brought\s+to\s+justice|punished|prosecuted|tried)\b|\b(?:I|we)\s+beg\s+(?:of\s+)?(?:you|the\s+[\w-]+s|all\s+[\w-]+s)\b"
            # "We need the guns to fall silent", "I want the people who did this to stand in front of a judge"
            r"|\bwe\s+need\s+(?:the\s+|all\s+)?(?:[\w-]+\s+){1,3}?to\s+(?:fall|stop|end|open|be\s+(?:allowed|let|opened|lifted))\b"
            r"|\bI\s+want\s+(?:the\s+(?:people|men|ones|soldiers)|those)\s+who\s+[^.;]{0,30}?\bto\s+\w+"
            # "We are asking the government and the armed groups to let the trucks through", "I want the UN to open"
            r"|\b(?:I|we|family|families|relatives)\s+(?:am\s+|are\s+|is\s+)?(?:want|ask|asking|beg|begging|urge|urging|call\s+on|calling\s+on)\s+"
            r"(?:the\s+|this\s+|our\s+)?(?:state|government|commission|court|world|authorities|army|president|judges|media|public"
            r"|african\s+union|donors|parties|organi[sz]ations"
            r"|chamber|tribunal|international\s+community|united\s+nations|red\s+cross|leaders|prosecutors?|police|(?-i:[A-Z]{2,5}))\b"
            r"(?:\s+and\s+(?:the\s+)?(?:[\w-]+\s+){0,2}?[\w-]+)?,?\s+(?:please,?\s+)?to\s+\w+",
            re.I,
        ),
    ),
    # an imperative after a colon, a dash or another sentence: "Enough is enough: stop the shelling now."
    # ... or opening a quotation after a colon: 'leaflets read: "Leave your homes now"'
    # ... or after those addressed: "This is the Polytechnic! People of Greece, come out into the streets"
    (
        0.75,
        re.compile(
            r"[:;—.?!]\s*(?:[\"“'‘]\s*)?(?:(?:people|citizens|comrades|brothers|sisters|friends|workers|students)\b"
            rf"[^,.;:!?\"]{{0,30}},\s*)?(?:{_IMPERATIVES})\b",
            re.I,
        ),
    ),  # "Ceasefire now!": a demand
    (
        0.75,
        re.compile(
            # an opening phrase of time or place may stand before it: "In eastern Ghouta, let the ambulances through"
            r"^\s*[\"“'‘]?(?:(?:in|on|at|late|early|from|during|until|by|for|today|tonight|if|when|residents|people|citizens|comrades"
            r"|everyone|friends|brothers|sisters|parents|families|civilians|dear|oh|o)\b[^,.;:!?\"]{0,50},\s*|#\w+,?\s*"
            # a party addressed by name: "MONUSCO, go home!", "Russia, stop the bombing"
            r"|(?-i:[A-Z][\w-]+),\s+(?=(?:please\s+)?(?:go|stop|leave|get\s+out|end|halt|let|open)\b)){0,2}"
            rf"(?:please\s+)?(?:{_IMPERATIVES}|please)\b",
            re.I,
        ),
    ),
]
_NOT_A_CALL = re.compile(
    r"\bshould\s+have\b|\bmust\s+have\b|\bno\s+\w+\s+should\b|\b(?:nobody|no\s+one)\s+should\b|\bnever\s+again\s+(?:should|must(?!\s+mean))\b"
    # a grievance, not an appeal: "and still they ask us to forget", "we are asked to smile at them"
    r"|\b(?:they|he|she)\s+(?:still\s+)?ask(?:s|ed)?\s+us\s+to\b|\bwe\s+are\s+asked\s+to\b"
    r"|\blet\s+(?:the\s+)?(?:archives|history|facts|evidence|record|truth|world)\s+(?:answer|speak|judge|decide|be\s+the\s+judge)\b|^\s*(?:[^,?]{1,30},\s*)?(?:how|why|what|who|when)\b[^.!]*\?\s*$",
    re.I,
)
# A speaker's preface ("Let me be clear:", "Let me say this") asks nothing; the words go before the calls are
# looked for, so that what follows it ("those responsible must be held accountable") is read as it stands.
_PREFACE = re.compile(r"^\s*let\s+me\s+(?:be\s+clear|say|remind|repeat|update|give|correct)\b[^:;,.]*[:;,.]?", re.I)
# A source who "asked not to be named" or "requested anonymity" asks nothing of the reader; the words go
# before the calls are looked for.
_ANONYMITY = re.compile(
    r"\b(?:asked|asking|requested|requesting)\s+(?:not\s+to\s+be\s+(?:named|identified)|to\s+remain\s+anonymous"
    r"|anonymity|that\s+(?:his|her|their)\s+names?\s+(?:not\s+be|be\s+withheld)\b[^.,;]*)",
    re.I,
)
_EARLIER_CALL = re.compile(r"\bhad\s+(?:also\s+|repeatedly\s+|already\s+)?$", re.I)
# ... unless the speaker reports their own appeal: "she said she had asked the UN to investigate"
_OWN_CALL = re.compile(
    r"\b(?:said|says|told\s+\w+|added|announced)\s+(?:that\s+)?(?:he|she|they|we|it)\s+had\s+(?:also\s+|repeatedly\s+|already\s+)?$",
    re.I,
)

# --- rhetoric ------------------------------------------------------------------------------------------

RHETORIC_WORDS = frozenset(
    "horrific horrendous horrifying savage savagery brutal brutality brutally barbaric barbarism barbarous barbarity "
    "heinous atrocious shameful shame disgrace disgraceful cowardly coward cowards cowardice butcher butchers butchery "
    "bloodthirsty monstrous unspeakable unimaginable unbearable catastrophic tragic tragedy harrowing "
    "outrageous complicit complicity tyranny tyrant tyrants oppressor oppressors steadfast courage courageous dignity "
    "heroic heroes defiant defiance conscience cruelty cruel evil vile criminality sinister despicable abhorrent "
    "appalling inhumane inhuman genocidal bankruptcy contempt outrage deplorable heartbreaking senseless merciless "
    "cynical callous grotesque unforgivable shocking horror nightmare bloodbath carnage slaughter shameless "
    "disgusting sickening heroism resilience glorious sacred unjustifiable intolerable unacceptable hypocrisy "
    "hypocritical unconscionable treacherous filth hordes fakes liars mockery fascist murderous smear pathetic "
    "abomination appalled recklessness murderer murderers absurd bravest scourge demons demonic slaughterhouse "
    "jingoism butchered imperialist fascists neocolonial".split()
)
# Weak: words that may be a reporter's plain account too ("blamed the protesters for the bloodshed").
WEAK_RHETORIC_WORDS = frozenset(
    "relentless unrelenting indiscriminate innocent devastating massacre atrocities atrocity terror terrorist "
    "criminal crimes suffering gravity blatant ruthless dire impunity bloodshed".split()
)
_RHETORIC_PHRASES = re.compile(
    # citations' and memorials' formulas: "the finest traditions of the regiment", "to the last man and the last round"
    r"\bfinest\s+traditions\b|\bof\s+the\s+highest\s+order\b|\bto\s+the\s+last\s+(?:man|round|bullet|breath)\b"
    r"|\bgreater\s+love\b|\b(?:denounced|decried|branded)\s+(?:[\w-]+\s+){0,6}?as\s+(?:an?\s+)?(?:genocide|massacre|crime)\b"
    r"|\bcannot\s+(?:afford|keep|continue|stand)\b|\bremain(?:s|ed)?\s+silent\b|\bsilence\b|\bin\s+the\s+face\s+of\b"
    r"|\bnothing\s+short\s+of\b|\bcampaign\s+of\s+terror\b|\bnight\s+of\s+terror\b|\bknows?\s+no\s+(?:limits|bounds)\b"
    r"|\bnever\s+(?:forget|bow|kneel|yield|submit|surrender|give\s+up|be\s+forgotten)\b|\btrue\s+face\b|\bhistory\s+will\b|\bjudge?ment\s+of\s+history\b"
    # "May the souls of the departed rest in perfect peace"; "the army was lying to the people"
    r"|\brest\s+in\s+(?:perfect\s+|eternal\s+)?peace\b|\b(?:is|are|was|were|of|been)\s+lying\s+(?:to|about|when)\b"
    r"|\blying\s+to\s+the\s+(?:whole\s+)?world\b|\ba\s+victory\s+for\s+(?:truth|justice|humanity)\b|\ba\s+beacon\s+(?:of|for)\b"
    # "the regime's criminal militias", "the criminal American aggression": a charge made as an epithet
    r"|\bcriminal\s+(?:[\w-]+\s+)?(?:militias?|aggression|regime|occupation|enemy|army|bombardment|gangs\s+of)\b"
    r"|\ba\s+wound\s+that\s+will\s+never\b|\bdarkest\s+(?:chapters?|episodes?|days?|hours?|pages?)\b"
    # mourners' and survivors' formulas: "we bow our heads before the sacrifice", "where is the justice we were
    # promised?", "we want justice"
    r"|\bbow\s+our\s+heads\b|\bwhere\s+is\s+(?:the\s+)?justice\b|\bwe\s+want\s+justice\b"
    # accounts called lies: "a lie from start to finish", "a farrago of lies", "a historical lie"
    r"|\ba\s+lie\s+from\s+(?:start|beginning)\s+to\s+(?:finish|end)\b|\bfarrago\s+of\s+lies\b|\bhistorical\s+lie\b"
    r"|\bgave\s+their\s+all\b|\bwanton\s+murder\b"
    r"|\bno\s+words\b|\blook(?:s|ed|ing)?\s+away\b|\bst(?:and|ood)\s+by\b|\bstain\b|(?<!of\scrimes\sagainst\s)(?<!with\scrimes\sagainst\s)\bhumanity\b|\bshame\s+on\b"
    r"|\bbroken\s+hearts?\b|\bwill\s+not\s+(?:escape|be\s+silenced|break|forget|forgive|kneel|bow|surrender|yield|fall"
    r"|lay\s+down\s+(?:our|their|its|my)\s+(?:weapons|arms))\b|\bmust\s+never\b"
    # martyrdom's and war's metaphors; "it was not liberated, it was erased"; a quoted question asked for effect
    r"|\bpure\s+blood\b|\bwatered\s+(?:the\s+)?(?:soil|land|earth)\b|\brained\s+(?:fire|death|hell)\b"
    r"|\bby\s+(?:every|any)\s+definition\b|\bhuman\s+animals\b|\blike\s+animals\b|\bparroted\b|\binvented\s+by\b"
    r"|\bto\s+(?:god|him)\s+we\s+(?:belong|return)\b|\bpsychological\s+warfare\b|\bpure\s+and\s+simple\b"
    r"|\blittle\s+angels?\b|\bgone\s+to\s+heaven\b|\b(?:another|yet\s+another)\s+lie\b|\bat\s+war\s+with\s+its\s+own\s+people\b"
    r"|\bnot\s+a\s+word\s+(?:it|he|she|they)\s+says?\b|\bsalute\s+(?:their|his|her)\b|\bgave\s+(?:their|his|her)\s+lives?\s+for\b"
    r"|^\s*[\"“'‘]?enough\s*!|\blies\s+spread\b|\bgod\s+is\s+sufficient\b|\bhasbun(?:a\s+)?allah\b|\bunavenged\b|\bzionist\s+enemy\b|^\s*enough\s*!"
    r"|\b(?:is|was)\s+not\s+[\w-]+;\s+(?:it|this)\s+(?:is|was)\b|\blies,\s+as\s+always\b"
    r"|\beach\s+(?:day|hour|minute)\s+of\s+\w+\s+(?:costs|is\s+measured)\b"
    r"|\b(?:become|turned\s+into)\s+an?\s+(?:slaughterhouse|graveyard|cemetery|hell|death\s+trap|open-air\s+prison)\b"
    r"|\bdivine\s+victory\b|\bblessed\s+(?:operation|attack|raid)\b|\b(?:was|is)\s+not\s+\w+,\s+(?:it|this)\s+(?:was|is)\s+\w+"
    r"|^\s*[\"“'‘](?:who|where|why|is\s+this|what\s+kind|is\s+there\s+(?:any|anything|anyone|anybody))\b[^\"”]{3,120}\?"
    r"[^\"”?]{0,60}[\"”'’]\s*,?\s*(?:[\w’'-]+\s+){0,6}?asked\b"
    r"|\b(?:did|does|do)\s+nothing(?:\s*[.!,;]|\s+to\s+(?:stop|prevent|help))|\benough\s+is\s+enough\b|\b(?:blatant|flagrant|callous)\s+(?:violation|disregard|breach)\b"
    r"|\bblood\s+on\s+(?:their|his|its|your)\s+hands\b|\bturn(?:s|ed)?\s+a\s+blind\s+eye\b|\bdeafening\s+silence\b"
    r"|\blost\s+(?:all|any)\s+(?:claim|legitimacy|credibility|right)\b"
    r"|\brobbed\s+of\s+(?:its|their|his|her|a|any)\s+(?:future|childhood|dignity|innocence|hope)\b"
    r"|\bcriminal\s+(?:aggression|occupation|regime|gangs?|bombardment|attacks?|shelling|bombing|war|junta)\b|\bnever\s+again\b|\bwake-up\s+call\b|\bscene\s+from\s+hell\b|\bnothing\s+can\s+justify\b"
    r"|\bthis\s+is\s+what\s+(?:\w+\s+){1,3}looks\s+like\b|\blook(?:s|ed|ing)?\s+the\s+other\s+way\b|\b(?:stay|keep|be)\s+silent\b"
    r"|\bwill\s+never\s+(?:break|defeat|destroy|silence|kill|erase)\b|\bno\s+\w+\s+can\s+(?:destroy|break|erase|silence|defeat|kill)\b"
    r"|\b(?:stolen|stole|steals)\s+(?:the\s+|their\s+|our\s+|his\s+|her\s+)?(?:childhood|future|innocence|dignity|hope)\b"
    r"|\bso-called\b|\b(?:is|was)\s+(?:a|the)\s+war\s+(?:on|of|against|the\s+world)\b|\bwar\s+of\s+(?:extermination|annihilation)\b"
    r"|\bthe\s+world\s+(?:has\s+)?(?:decided|chose|chosen|prefers|preferred)\s+(?:not\s+)?to\b|\bgrown\s+used\s+to\b"
    r"|\brest\s+in\s+peace\b|\bmay\s+(?:god|allah)\b|\bgod['’]s\s+mercy\b|\bthis\s+is\s+not\s+(?:a\s+)?\w+(?:\s+\w+)?[,;]\s+(?:this|it)\s+is\b"
    r"|\b(?:lies\s+and\s+propaganda|peddling\s+lies|outright\s+(?:lies|disinformation)|pure\s+(?:lies|propaganda|disinformation))\b"
    # formulas of armed groups' notices and of bitter diaries: "attained martyrdom", "on the road to Jerusalem",
    # "sent 25 mercenaries to hell", "a flat lie", "the whole world let it happen", "I call it murder"
    r"|\battained\s+martyrdom\b|\bon\s+the\s+road\s+to\s+jerusalem\b"
    r"|\bvictory\s+or\s+martyrdom\b|\bsent\s+(?:[\w-]+\s+){1,3}to\s+hell\b|\ba\s+(?:flat|bare-faced|barefaced|blatant)\s+lie\b"
    r"|\bnothing\s+but\s+(?:savages|animals|criminals|murderers|cowards|butchers|thugs)\b|\blet\s+it\s+happen\b"
    r"|\bthe\s+(?:whole\s+)?world\s+(?:answers|watches|watched|looks\s+on|looked\s+on)\b|\bwhile\s+(?:they|the\s+world)\s+watch(?:es|ed)?\b"
    r"|\bi\s+call\s+it\s+(?:murder|slaughter|butchery)\b|\bas\s+if\s+the\s+dead\s+were\b"
    r"|\blanguage\s+of\s+force\b|\bstand\s+idly\s+by\b|\bcrushing\s+response\b|\bdeath\s+to\b|\bbreak\s+the\s+will\b"
    r"|\ban\s+indictment\s+of\b|\bheld\s+hostage\s+by\b|\bpure\s+fabrication\b|\btissue\s+of\s+lies\b|\bring\s+hollow\b"
    r"|\bstand\s+in\s+solidarity\b|\bwe\s+mourn\b|\b(?:they|you|he|she)\s+(?:are|is)\s+lying\s*(?:[,.;!]|$|about\b|to\b)|\bin\s+the\s+strongest\s+(?:possible\s+)?terms\b"
    r"|\bare\s+not\s+(?:a\s+)?targets?\b|\bcold-blooded\b|\bstrongly\s+condemn\w*|\bplain\s+and\s+simple\b"
    r"|\bthe\s+world\s+(?:simply\s+|just\s+)?(?:watches|watched|looks\s+on|looked\s+on)\b|\bpay\s+a\s+(?:very\s+)?heavy\s+price\b"
    r"|\bthis\s+is\s+(?:a\s+)?genocide\b|\bwill\s+not\s+rest\s+until\b|\bstronger\s+than\s+(?:their|the|your)\b"
    r"|\bwe\s+will\s+rebuild\b|\bhearts\s+are\s+broken\b|\bdeep(?:est)?\s+sorrow\b|\bnever\s+chose\b"
    r"|\bdreams\s+that\s+will\s+never\b|\byoung\s+lives\b|\bhow\s+many\s+more\b[^.!?]*\?|\bfabricated\s+propaganda\b"
    r"|\benemies\s+of\b|(?:^\s*[\"“'‘]?|(?<=[\"“'‘!,.:;])\s*)down\s+with\b|\bno\s+words?\s+(?:\w+\s+)?enough\b|\bour\s+thoughts\s+(?:and\s+prayers\s+)?(?:are|go)\b|\bpack\s+of\s+lies\b"
    r"|\bcan\s+only\s+be\s+described\s+as\b|\bevery\s+(?:delay|hour|day|minute)\s+(?:of\s+delay\s+)?(?:costs|is\s+measured|means)\b"
    r"|\bhail(?:ed|ing|s)?\s+(?:them|him|her)\s+as\s+(?:martyrs|heroes|a\s+martyr|a\s+hero)\b"
    r"|\b(?:malicious|baseless|pure|outright)\s+(?:fabrications?|lies|propaganda)\b|\bact\s+of\s+(?:\w+\s+)?terror\b"
    r"|\b(?:describ\w+|call\w*|label\w*)\s+(?:it|this|them|the\s+\w+)\s+as\s+a\s+(?:[\w-]+\s+)?war\s+crime\b|\bthis\s+is\s+a\s+war\s+crime\b|\bblatant\s+(?:\w+\s+)?aggression\b"
    r"|\blies\s+as\s+always\b|\bnot\s+one\s+more\b|\bthe\s+world\s+(?:will\s+)?ignores?\b|\b(?:be\s+)?wiped\s+out\b(?=[^.]*\bvow)"
    r"|\bvow\w*\s+(?:that\s+)?[^.]{0,40}\bwiped\s+out\b|\bas\s+[\"“'‘](?:\w+\s+)?(?:lies|fakes?|fabrications?|propaganda)\b"
    r"|\bchant(?:ed|ing|s)?\b|\bglory\s+to\b|\bcannot\s+hide\s+the\s+truth\b|\bwill\s+answer\s+for\b|\bin\s+every\s+sense\b|\blying\s+again\b|\ban?\s+(?:outright|blatant|shameless|brazen|barefaced)\s+lie\b"
    r"|\?[\"”’']\s*,?\s*(?:[\w’'-]+\s+){1,8}?(?:said|told|wrote|added|declared)\b"
    r"|\bwill\s+not\s+be\s+(?:broken|defeated|cowed|crushed)\b|\bin\s+vain\b|\bblood\s+of\s+(?:our|the)\s+martyrs\b|^\s*how\s+(?:many\s+more|much\s+longer|long)\b[^.!?]*\?"
    # mourning formulas; accusations of lying; the loaded words of a party's statements
    r"|\beternal\s+(?:memory|glory)\b|\b(?:my|our)\s+(?:\w+\s+)?condolences\b|\bfake\s+news\b|\bspread(?:s|ing)?\s+(?:\w+\s+)?lies\b"
    r"|['’]s\s+lies\b|\b(?:their|its|his|her|your)\s+lies\b|\bterrorist\s+state\b|\bbloody\s+(?:crime|massacre)\b"
    r"|\b(?:dismiss\w*|brush\w*\s+[^.]{0,40}?\baside)\s+[^.]{0,60}?\bas\s+[\"“'‘]?(?:an?\s+)?(?:\w+\s+){0,2}?(?:fabrications?|lies|lie"
    r"|propaganda|fakes?|fiction|fantasy|slander|figment)\b"
    # a version or a figure called a fantasy: "Critics called the Lancet figure a fantasy", "called the market massacre
    # a staged Muslim provocation"
    r"|\b(?:call\w*|brand\w*|label\w*)\s+(?:it|this|them|the\s+(?:[\w-]+\s+){1,3}?)(?:an?\s+)?(?:[\w-]+\s+){0,2}?"
    r"(?:fantasy|fabrication|hoax|fiction|provocation|propaganda)\b"
    r"|\bterror\s+against\b|\bin\s+full\s+view\s+of\b|\bbefore\s+the\s+eyes\s+of\s+the\s+world\b"
    r"|\b(?:erase|exterminate|annihilate)\s+(?:us|our\s+people|our\s+existence)\b|\b(?:are|is|keep|keeps)\s+hunting\s+(?:civilians|children|people|residents)\b"
    r"|\bwhere\s+(?:is|was)\s+the\s+world\b|\bare\s+we\s+not\b|\bwhat\s+(?:crime|sin)\s+did\b"
    # defiance, mourning and scorn of the Troubles' and the disasters' statements: "Our day will come", "a black day
    # for our nation", "yet another massacre", "the truth buried under lies", "Lies.", "a slow genocide"
    r"|\bour\s+day\s+will\s+come\b|\ba\s+black\s+day\b|\byet\s+another\s+massacre\b|\bburied\s+under\s+lies\b"
    r"|(?:^|[.!]\s+)lies\s*[.!]|\bslow\s+genocide\b|\b(?:are|were)\s+criminals\b|\bno\s+ill\s+will\b"
    r"|\bwill\s+(?:remain|always\s+be|forever\s+be)\s+(?:ukrainian|russian|syrian|palestinian|lebanese|sudanese|israeli|free|ours)\b"
    r"|\bare\s+not\s+(?:\w+\s+)?targets?\b|\bthese\s+are\s+not\s+[^.;]{1,40}?\s[—–-]\s+(?:these|they)\s+are\b"
    r"|\b(?:describ\w+|call\w*|label\w*)\s+(?:it|this|them|the\s+\w+)\s+a\s+(?:[\w-]+\s+)?war\s+crime\b"
    r"|\bwhat\s+(?:it|he|she|they)\s+call(?:ed|s)\s+(?:a\s+|an\s+|the\s+|this\s+)?[\"“]"
    # name-calling: "branding Blair a war criminal and a liar", "calling them rats"
    r"|\b(?:brand\w*|call(?:ed|ing))\s+(?:\w+\s+){1,3}?(?:an?\s+)?(?:war\s+criminals?|liars?|murderers?|butchers?|rats|traitors|vermin)\b"
    r"|\bthe\s+world\s+is\s+watching\b"
    # a witness's faith and bitterness: "God will judge them", "God is great, he is a martyr now", "They lie, they lie
    # on television", "This was genocide, whatever ...", "the world said nothing", "you are silent"; a word said twice
    # in grief or anger ("enough, enough!", "nothing, nothing.")
    r"|\bgod\s+(?:will|shall)\s+(?:judge|punish|avenge|take\s+revenge)\b|\bgod\s+is\s+(?:great|our\s+witness"
    r"|my\s+witness|enough\s+for\s+us)\b|\ballahu\s+akbar\b|\b(?:he|she)\s+is\s+a\s+martyr\s+now\b|\bbest\s+disposer\b"
    r"|\bthey\s+lie\s*(?:[,.;!]|to\s+(?:the|you|us|everyone)\b|every\b|about\b)"
    r"|\b(?:this|it|that)\s+was\s+(?:a\s+|an?\s+act\s+of\s+)?genocide\b|\bthe\s+world\s+(?:said|says|did|does)\s+nothing\b"
    r"|\b(?:you|they|the\s+world)\s+(?:are|were|is|was)\s+silent\b"
    r"|\b(?!(?:three|seven|eight|nine|eleven|twelve|twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety|hundred"
    r"|thousand|four|five)\b)(?P<twice>(?:for\s+)?[a-z]{4,}),\s+(?P=twice)\s*[!.,]"
    # "will never be broken", "an insult to the dead", "not today, not ever", "those criminals", "a war crime"
    r"|\bwill\s+never\s+be\s+(?:broken|defeated|silenced|forgotten)\b|\ban\s+insult\s+to\s+(?:the|their|our)\s+(?:dead|victims|memory)\b"
    r"|\bhearts\s+are\s+(?:shattered|broken)\b|\bterrorist\s+nature\b|\busual\s+lies\b"
    r"|\bturned\s+(?:[\w-]+\s+){1,4}into\s+an?\s+(?:slaughterhouse|graveyard|cemetery|hell)\b"
    r"|\bnot\s+today,\s+not\s+ever\b|\bhas\s+no\s+place\s+in\s+(?:our|this)\b|\bhistory\s+would\s+(?:vindicate|judge|absolve)\b"
    r"|\bthose\s+criminals\b|\b(?:full-fledged|outright|flagrant)\s+war\s+crime\b"
    # "it was simply hell on earth", "pure fantasy", "a future that has been stolen", "my heart is dead"
    r"|\bhell\s+on\s+earth\b|\bpure\s+(?:fantasy|fiction|invention)\b|\bnot\s+too\s+strong\s+a\s+word\b"
    r"|\b(?:future|childhood|life)\s+that\s+(?:has\s+been|was)\s+stolen\b|\bmy\s+heart\s+(?:is\s+dead|died)\b"
    # a people's defiance and loss: "we will return", "this land is ours", "we are still here", "took my whole world";
    # "Lies, everything they said"; "killed him like an animal"; "they were just boys"; "nothing less than";
    # "as predictable as it is absurd"; "pure terror"; "paid for in blood"
    r"|\bwe\s+will\s+return\b|\bthis\s+land\s+is\s+ours\b|\bwe\s+are\s+still\s+here\b|\b(?:my|our|his|her)\s+whole\s+world\b"
    r"|^\s*[\"“]?lies\s*[,!]|\blike\s+an?\s+animal\b|\b(?:were|was)\s+(?:just|only)\s+(?:boys|girls|children|kids"
    r"|a\s+(?:boy|girl|child|kid))\b|\bnothing\s+less\s+than\b|\bas\s+\w+\s+as\s+it\s+is\s+\w+\b|\bpure\s+terror\b"
    r"|\bpaid\s+for\s+in\s+blood\b"
    # cold blood, a deed named a war crime in apposition, the other side's words in scare quotes, vows of revenge
    # and of the martyrs' blood, people killed like cattle, the worst massacre, a call to stop "the genocide"
    r"|\bin\s+cold\s+blood\b|[—–]\s+an?\s+(?:[\w-]+\s+)?(?:war\s+crime|crime\s+against\s+humanity)\b"
    r"|\b(?:your|their)\s+[\"“'‘](?=\w)[\w\s-]{3,40}?[\"”'’](?!\w)"
    r"|\b(?:will|would|shall)\s+pay\s+(?:dearly|(?:a|the)\s+(?:[\w-]+\s+)?price)\b"
    r"|\bblood\s+(?:will|would|shall)\s+not\s+(?:be\s+wasted|be\s+spilled\s+in\s+vain|go\s+(?:unavenged|to\s+waste))"
    r"|\bmartyrs['’]\s+blood\b|\blike\s+(?:sheep|cattle|dogs|insects|rats|flies|lambs)\b"
    r"|\bthe\s+worst\s+(?:massacre|atrocity|crime)\b|\b(?:stop|end|halt)\s+(?:the|this)\s+(?:genocide|ethnic\s+cleansing|extermination)\b"
    # a slogan quoted and sung or ringing out: "'Woman, Life, Freedom' rang out", "... the marchers sang"
    r"|[\"“][^\"”]{3,80}[\"”][^.\"“]{0,40}?\b(?:sang|sung|singing|rang\s+out|echoed|resounded)\b"
    r"|\b(?:sang|sung|singing|rang\s+out|echoed|resounded)\b[^.\"“]{0,40}?[\"“]"
    # the other side labelled: 'rioters', "treasonous", the dead described as thugs, the "usurping Zionist regime"
    r"|[\"“'‘](?:rioters|thugs|traitors|treasonous|treason|criminals|mercenaries|saboteurs|vandals|hooligans"
    r"|bandits|agents|puppets|infidels)[\"”'’]"
    r"|\b(?:described|branded|labell?ed|dismissed|denounced)\s+(?:[\w-]+\s+){1,4}?as\s+(?:\w+\s+)?(?:rioters|thugs|traitors"
    r"|mercenaries|saboteurs|vandals|hooligans|bandits|puppets)\b"
    r"|\bzionist\s+(?:regime|entity)\b|\busurping\b|\bpaid\s+agents\b"
    # martyrdom's formulas: martyrs who "joined the caravan of the immortals", "do not die", blood that waters a tree
    r"|\b(?:caravan|procession)\s+of\s+(?:the\s+)?(?:martyrs|immortal\w*|glory|heroes)\b|\bmartyrs\s+(?:do\s+not|don['’]t|never)\s+die\b"
    r"|\bblood\s+(?:will|shall|would)\s+water\b|\btree\s+of\s+(?:freedom|liberty)\b|\bblood\s+is\s+not\s+water\b"
    # threats and vows: no hiding place, hunted down in their caves, terror that will not win
    r"|\b(?:will|would|shall)\s+find\s+(?:nowhere|no\s+(?:place|refuge|safe\s+haven))(?:\s+to\s+hide)?\b"
    r"|\bhunt\s+(?:them|you|every\s+one\s+of\s+them)\s+down\b|\bwill\s+not\s+(?:win|prevail|succeed)\b"
    # a loaded name; a day or a deed called bloody; "enough blood!"; killing "as if it were a game"
    r"|\bneo-?nazis?\b|\b(?:another|yet\s+another)\s+bloody\s+\w+"
    r"|\bbloody\s+provocations?\b|\b(?:blatant|naked|flagrant|brazen|unprovoked)\s+(?:\w+\s+)?aggression\b"
    r"|\bas\s+if\s+(?:it|this)\s+(?:were|was)\s+a\s+(?:game|sport|hunt)\b|\benough\s+(?:blood|bloodshed|killing|death)\s*!"
    # what numbers cannot hold; lives and futures stolen; a person, not a number
    r"|\b(?:no|nothing)\s+(?:\w+\s+)?(?:will|can|could)\s+(?:ever\s+)?(?:capture|measure|describe|express|convey|replace|undo"
    r"|bring\s+back|heal)\b|\b(?:future|childhood|lives|innocence)\s+(?:that\s+(?:was|were)\s+|(?:was|were)\s+)stolen\b"
    r"|\b(?:is|was|are|were)\s+(?:a\s+)?(?:person|people|human\s+beings?)\s+with\s+(?:a\s+)?names?\b"
    r"|\bnot\s+(?:just\s+|merely\s+|only\s+)?(?:numbers|statistics)\b"
    # lying as breathing; naming a thing "what it is"; a whitewash; spitting on graves; killing the dead twice
    r"|\b(?:lie|lies|lying)\s+as\s+(?:it|he|she|they|you)\s+breathes?\b|\bcall(?:s|ed)?\s+it\s+(?:what\s+it\s+(?:is|was)|by\s+its\s+name)\b"
    r"|\b(?:dismiss|denounc|decr|brand|call|describ|label)\w*\s+[^.]{0,60}?\bas\s+(?:an?\s+)?(?:[\w-]+\s+)?(?:whitewash|smear"
    r"|smear\s+campaign|hoax|farce|sham|witch[\s-]?hunt|cover-up|myth|provocation)\b|\bsmear\s+campaign\b|\bfabricated\s+myth\b"
    r"|\bspit(?:s|ting)?\s+on\s+(?:the\s+)?(?:\w+\s+)?graves?\b|\bdanc(?:e|es|ing)\s+on\s+(?:the\s+)?(?:\w+\s+)?graves?\b"
    r"|\bkill\w*\s+(?:our|the|their)\s+dead\s+(?:a\s+second\s+time|twice|again)\b|\bmother\s+of\s+all\s+(?:massacres|crimes|battles)\b"
    # nobody answers for it; the world watching while people die; a deed called a massacre
    r"|\b(?:nobody|no\s+one)\s+(?:\w+\s+)?(?:answers|answered|pays|paid|is\s+held\s+accountable)\s+for\b"
    r"|\b(?:watch(?:es|ed|ing)?|look(?:s|ed|ing)?\s+on)\s+while\b"
    r"|\b(?:call(?:ed|s|ing)?|describ\w+|label\w*|brand\w*)\s+(?:it|this|that|the\s+(?:[\w-]+\s+)?\w+)\s+(?:as\s+)?an?\s+"
    r"(?:[\w-]+\s+)?(?:massacre|slaughter|bloodbath|genocide)\b"
    # "Let the archives answer": a question left to history
    r"|\blet\s+(?:the\s+)?(?:archives|history|facts|evidence|record|truth|world)\s+(?:answer|speak|judge|decide|be\s+the\s+judge)\b"
    # vows of retaliation and of fighting to the last drop of blood for every inch; a deed called a crime; no
    # religion and no honour; whose lives are worth less; 'what was their crime?'; how long must we wait?
    r"|\bvow\w*\s+(?:that\s+)?(?:to\s+)?(?:\w+\s+){0,3}?(?:retaliation|revenge|vengeance|retaliate|avenge)\b"
    r"|\blast\s+drop\s+of\s+(?:\w+\s+)?blood\b|\bevery\s+inch\s+of\b"
    r"|\b(?:call(?:ed|s|ing)?|describ\w+|label\w*|brand\w*)\s+(?:it|this|that|the\s+(?:[\w'’-]+\s+){1,5}?)(?:as\s+)?an?\s+"
    r"(?:[\w-]+\s+)?(?:premeditated|deliberate|cowardly|treacherous|heinous)\s+(?:crime|murder|act|attack|assassination)\b"
    r"|\b(?:has|have|had)\s+no\s+(?:religion|honou?r|conscience|humanity|shame|morals)\b"
    r"|\b(?:li(?:fe|ves)|blood)\b[^.?!]{0,40}?\b(?:worth\s+less|cheaper|matters?\s+less)\s+than\b"
    r"|\bwhat\s+(?:was|were|is|are)\s+(?:their|his|her|our|my|its)\s+(?:crime|sin|fault|guilt)\b"
    r"|\bhow\s+(?:much\s+)?long(?:er)?\s+(?:must|should|will|can|do|does|are|is|shall)\b[^.!?]*\?"
    # martyrs described as such, brave sons of the soil; victories hailed; 'rest in power', RIP; the enemy's men
    # called criminals; lies and more lies; what 'they call' it; the scare-quoted 'terrorists' or 'proxies'
    r"|\b(?:describ\w+|call\w*|hail\w*)\s+(?:them|him|her)\s+as\s+(?:martyrs|heroes|a\s+martyr|a\s+hero)\b"
    r"|\b(?:brave|heroic|valiant)\s+sons\b|\bsons\s+of\s+the\s+soil\b"
    r"|\b(?:hail\w*|call\w*)\s+(?:it\s+|this\s+)?(?:as\s+)?an?\s+(?:[\w-]+\s+)?(?:victory|triumph)\b|\bcrushing\s+(?:victory|defeat|blow)\b"
    r"|\brest\s+in\s+power\b|(?-i:\bRIP\b)|\bwon['’]t\s+(?:escape|be\s+silenced|break|forget|forgive|kneel|bow|surrender)\b"
    r"|\b(?:regime|occupation|junta|militia|zionist)\s+(?:criminals|thugs|murderers|mercenaries|henchmen)\b"
    r"|\blies,\s+lies\b|\bmore\s+lies\b|\b(?:these|those|such|the|their|his|her|its)\s+(?:\w+\s+)?(?:accusations|allegations"
    r"|claims|reports|charges|stories)\s+are\s+(?:all\s+|nothing\s+but\s+)?(?:lies|fabrications?|slander)\b"
    r"|\b(?:they|he|she|you)\s+call(?:s|ed)?\s+(?:it|this|that)\s+[\"“'‘]|\bsays?\s+otherwise\b"
    r"|\bcall(?:s|ed|ing)?\s+(?:every|all|any)\s+(?:[\w-]+\s+){1,2}?(?:an?\s+)?(?:terrorists?|criminals?|traitors?|enemies|enemy)\b"
    r"|[\"“'‘](?:proxies|usurpers|puppets)\b[^\"”]{0,40}[\"”'’]|\busurpers\b|\bgang\s+of\s+(?:usurpers|thugs|criminals|murderers|traitors)\b"
    r"|\b(?:deeply|profoundly)\s+(?:shocked|horrified|appalled)\b|\bhorrified\b"
    # a leader called a madman or a puppet, a trial a show, a report lies cooked up; quoted names for the enemy
    r"|\bpuppets?\s+of\b|\blunatic\b|\bpolitical\s+show\b|\bshow\s+trial\b|\bnothing\s+but\s+(?:[\w-]+\s+){0,2}?lies\b"
    r"|\bcooked\s+up\s+by\b|[\"“'‘](?:aggressors|infidel\s+regime|invaders|crusaders)[\"”'’]"
    # mourning and defiance: "our open wound", "our comrades are immortal", "the blood of X will not be left on the
    # ground", "until justice is done"
    r"|\b(?:open|founding|unhealed)\s+wound\b|\b(?:comrades|martyrs|heroes)\s+are\s+immortal\b|\buntil\s+justice\s+is\s+done\b"
    # "a lie that foreign reporters quickly exposed", "an insult to every grave", "burying the victims a second time",
    # "drowned in blood", "a massacre of innocents", "inexcusable"
    r"|\ba\s+lie\b(?!\s+to\s+say)|\ban\s+insult\s+to\b|\b(?:burying|killing|murdering)\s+(?:them|the\s+victims|the\s+dead)"
    r"\s+(?:a\s+second\s+time|twice|again)\b|\bdrowned\s+in\s+blood\b|\bmassacre\s+of\s+(?:the\s+)?innocents?\b|\binexcusable\b"
    # slogans, epithets and vows: "Khalistan zindabad!", "the Yankee aggressor", "bloodsucking vampires", "devils",
    # "a desecration", "under the boots of the dictators", "would not be broken", "remains a wound"
    r"|\bzindabad\b|\byankee\s+(?:aggressors?|imperialis\w+)\b|\bbloodsucking\b|\bvampires\b|\bdevils\b|\bdesecration\b"
    r"|\bunder\s+the\s+boots?\s+of\b|\b(?:will|would|shall)\s+not\s+be\s+(?:broken|disarmed|defeated|crushed|cowed|intimidated)\b|\b(?:remains?|is|was)\s+a\s+wound\b"
    r"|\bthe\s+people\s+want\s+the\s+fall\b|\bhailed\s+(?:\w+\s+){0,3}?as\s+freedom\s+fighters\b"
    r"|\bblood\s+of\s+[^.;]{1,40}?\s+will\s+not\s+(?:be\s+left\s+on\s+the\s+ground|go\s+unavenged|be\s+(?:shed\s+)?in\s+vain)\b"
    r"|\benough\s+(?:innocent\s+)?(?:blood|lives)\s+(?:has|have)\s+(?:already\s+)?been\s+(?:shed|spilled|spilt|lost|taken)\b"
    # a party's quoted label for the other side or a deed: "a 'terrorist militia'", "'death traps'", "'an abomination'"
    r"|\b(?:call(?:ed|s|ing)?|describ(?:ed|es|ing)|brand(?:ed|s|ing)|label+(?:ed|s|ing)?|term(?:ed|s))\s+(?:[^.;\"“]{0,100}?\s)?"
    r"(?:as\s+)?[\"“](?:[^\"”]{0,40}?\b)?(?<!neutralised\s)(?<!neutralized\s)(?:terror\w*|massacres?|slaughter\w*|death\s+traps?|crimes?|criminals?|fabricat\w*"
    r"|lies|propaganda|genocid\w*|bloodbath|butcher\w*|abominations?|savage\w*|barbar\w*|murderers?)\b"
    # accusations of lying; an accusation in itself; a martyr of truth; 'X is not X'; cries of a slogan; none left
    r"|\b(?:peddl|spread)\w*\s+(?:\w+\s+)?(?:exaggerations|lies|falsehoods|propaganda|fabrications)\b"
    r"|\b(?:is|are)\s+an?\s+(?:accusation|indictment)\s+(?:against|of)\b"
    r"|\bmartyrs?\s+of\s+(?:truth|freedom|duty|the\s+(?:nation|homeland|revolution|word|pen))\b"
    r"|\b(?P<word>\w{4,})\b[^.;,!?]{0,30}?\bis\s+not\s+(?P=word)\b|\b(?:cries|shouts)\s+of\s+[\"“'‘]"
    r"|\bno\s+one\s+left\s+to\s+(?:save|bury|mourn)\b"
    # the other side called beasts; "this is their justice" said bitterly; "it is a lie"; staying put; rising again
    r"|\b(?:they|these|those)\s+are\s+(?:not\s+human|animals|beasts|monsters|savages)\b"
    r"|\bthis\s+is\s+(?:their|your)\s+(?:justice|heroism|democracy|humanity|civili[sz]ation|freedom|peace|liberation"
    r"|bravery|morality)\b|\b(?:it\s+is|it['’]s|that\s+is)\s+a\s+(?:\w+\s+)?lie\b|\bwe\s+will\s+(?:never|not)\s+leave\b"
    r"|\bwill\s+rise\s+again\b"
    # the soldier's obituary and the remembrance: "paid the ultimate price", "Lest we forget", "May his memory be a
    # blessing"; a version dismissed ("nothing but lies", "crude fabrications"); "blood money will never bring back"
    r"|\b(?:paid|pay|made|make)\s+the\s+(?:ultimate|supreme)\s+(?:price|sacrifice)\b|\blest\s+we\s+forget\b"
    r"|\bmemory\s+be\s+a\s+blessing\b|\bnothing\s+but\s+(?:lies|propaganda|fabrications)\b"
    r"|\b(?:crude|shameless|blatant)\s+(?:fabrications?|lies)\b|\bwill\s+never\s+bring\s+(?:back|them\s+back)\b"
    r"|\bthe\s+world\s+(?:yawned|shrugged|slept)\b"
    # the past of those: "they were devils", "that was a lie, a lie"; a version "a fabrication from beginning to end";
    # "they wanted to finish us"; a wish for the bereaved ("May this verdict bring some measure of peace")
    r"|\b(?:they|these|those)\s+were\s+(?:not\s+human(?:\s+beings)?|animals|beasts|monsters|savages|devils)\b"
    r"|\b(?:that|this|it)\s+was\s+a\s+(?:\w+\s+)?lie\b|\ba\s+fabrication\s+from\s+(?:beginning|start)\s+to\s+(?:end|finish)\b"
    r"|\bwanted\s+to\s+(?:finish|exterminate|wipe\s+out|erase|break|destroy)\s+us\b"
    r"|^\s*may\s+(?:this|the|their|his|her|god|allah)\b[^.;]{0,60}\b(?:bring|grant|give|rest)\b"
    # memorial speeches: a spirit that will never be broken, a town made one, a piece of its heart buried, dead who
    # did not die for nothing, souls sacrificed on the altar of greed, martyrs in paradise, a river that ran red
    r"|\bwill\s+never\s+bring\s+down\b|\bmade\s+us\s+(?:one|stronger)\b"
    r"|\bpiece\s+of\s+(?:our|my|this|the|their)\s+(?:[\w'’-]+\s+){0,3}?hearts?\b|\bdied\s+for\s+nothing\b"
    r"|\bon\s+the\s+altar\s+of\b|\binnocent\s+souls\b|\b(?:are|is)\s+in\s+(?:heaven|paradise)\b|\bran\s+red\b"
    r"|\brivers?\s+of\s+blood\b|\binna\s+lillahi\b|\bresistance\s+(?:continues|goes\s+on)\b"
    r"|\bwhole\s+(?:street|town|city|village|nation|country|people)\s+(?:is\s+|are\s+)?in\s+mourning\b"
    # the truth buried, justice for the victims, no one who says sorry, crimes that will not go unpunished
    r"|\bbury\s+the\s+truth\b|\b(?P<delayed>justice|accountability)\s+delayed\s+is\s+(?P=delayed)\s+denied\b|\bjustice\s+delayed\b|\bjustice\s+for\s+(?:the\s+)?(?:victims|martyrs|families|dead)\b"
    r"|\b(?:no\s+one|nobody)\s+has\s+(?:ever\s+)?(?:said\s+sorry|apologi[sz]ed)\b|\bgo\s+unpunished\b"
    r"|\bthe\s+world\s+(?:has\s+to|must)\s+see\s+what\b"
    # epithets and images of the 1940s and the Years of Lead: "a devil with a human face", "a mouthpiece of the
    # subversives", "a farce", "imperialists and their lackeys", "drowned Athens in blood", "a harvest of blood",
    # "their blood cries out", "revenge dressed up as justice", "there is no other word for it", "does not forget"
    r"|\b(?:a|the)\s+devil\b|\bmouthpiece\b|\ba\s+farce\b|\blackeys\b|\bquislings?\b|\bimperialists\b"
    r"|\bmonarcho-fascists?\b|\bdrowned\s+(?:[\w-]+\s+){1,2}?in\s+blood\b|\bharvest\s+of\s+blood\b"
    r"|\bblood\s+cries\s+out\b|\bdressed\s+up\s+as\b|\bno\s+other\s+word\s+for\s+it\b"
    # "a second massacre, this time of memory", "Democracy will not die", "Glory to the martyrs", "a den of
    # terrorists", "it was not a riot, it was a massacre", "nothing ... can describe", "whose only weapon was his pen"
    r"|\ba\s+second\s+(?:massacre|death|killing)\b|\bwill\s+(?:not|never)\s+die\b|\bglory\s+to\b|\bden\s+of\b"
    r"|\bnot\s+an?\s+[\w-]+\s*,\s*(?:it\s+was|but)\s+an?\s+(?:[\w-]+\s+)?(?:massacre|murder|slaughter|genocide|execution)\b"
    r"|\bwere\s+not\s+[\w-]+\s*,\s*they\s+were\s+(?:butchered|murdered|slaughtered|executed)\b"
    r"|\bnothing\s+(?:[\w-]+\s+){0,3}?can\s+describe\b|\bonly\s+weapon\s+was\b|\bno\s+justice\s+at\s+all\b"
    r"|\bis\s+bleeding\b"
    # "Long live the people's war!", a wound no ruling closed, a story that was a lie, an obscenity, a plot against
    # a nation, enemies of the motherland, the dawn of a revolution, defence "to the last"
    r"|\blong\s+live\b|\ba\s+wound\s+that\b|\bwas\s+a\s+lie\b|\bobscen(?:ity|e)\b|\bplot\s+against\b"
    r"|\benem(?:y|ies)\s+of\s+the\s+(?:motherland|fatherland|people|nation|revolution)\b|\bthe\s+dawn\s+of\b"
    r"|\bto\s+the\s+last\s*[,;.!\"”]"
    r"|\b(?-i:[A-Z]\w+)\s+does\s+not\s+forget\b|\bfaithful\s+servants\s+of\b|\bworthy\s+of\s+barbarians\b"
    # a version waved away: "a staged provocation", "calls it a fake", "'lies'", "political theatre", "lied to us"
    r"|\bstaged\s+(?:a\s+)?provocation\b|\bprovocation\s+staged\b|\bcalls?\s+(?:it|this|them|that)\s+(?:a\s+)?"
    r"(?:fake|lie|hoax|fabrication|staging)\b|[\"“'‘]lies[\"”'’]|\bpolitical\s+theat(?:re|er)\b|\bshow\s+trial\b"
    r"|\blied\s+to\s+(?:us|the\s+(?:world|people|nation|families|public))\b"
    # never forgotten; staging the evidence; "the most precise in the history of warfare"; "a naked act of piracy"
    r"|\b(?:will|shall)\s+(?:never|ever)\s+be\s+forgotten\b|\bstag(?:ed|ing)\s+the\s+(?:evidence|scene|footage|video)\b"
    r"|\bin\s+the\s+history\s+of\s+(?:civili[sz]ed\s+)?(?:warfare|war|mankind|humanity)\b|\bnaked\s+act\s+of\b|\bfigment\s+of\b",
    re.IGNORECASE,
)
# A question in reporting or an appeal is asked for effect ("Is this what they call a ceasefire?").
_QUESTION = re.compile(r"[^.!?]*\?[\"”’']?\s*$")
# ... unless a quote reports someone asking it: "a reporter asked: 'Which crossings will open?'" wants an answer.
_ASKED = re.compile(r"\b(?:asked|asks|asking|inquired|enquired|wanted\s+to\s+know)\b[^.!?\"“]{0,60}[:,]?\s*[\"“]", re.I)
# A question quoted, then who asked it: '"What did these children do to deserve this?" the uncle asked.'
_QUOTED_QUESTION = re.compile(
    r"\?[\"”’']\s*,?\s*(?:[\w’'-]+\s+){1,8}?(?:asked|said|says|wondered|shouted|cried|demanded|added)\b[^?]*$"
)
# ... unless it asks for a fact: "How many were inside?", "Which road is open?", "Where is my son?"
_ASKS_FOR_A_FACT = re.compile(
    r"^\W*(?:how\s+many|how\s+much|which|where|when|has\s+anyone|have\s+you|is\s+there|are\s+there|did\s+anyone)\b",
    re.I,
)
# A short exclamation that states, urges and counts nothing is a slogan.
_SLOGAN = re.compile(r"^[^.?!\d]{1,80}![\"”’']?\s*$")
# A quotation of five words or more and who said it, with nothing counted or asked in it: "Terrorism has no
# religion," the prime minister said. In reporting, a bare quote without a fact is the speaker's view.
_QUOTED_VIEW = re.compile(
    r"^\s*[\"“]((?:[^\"”?\d]|\b(?:1[89]|20)\d\d\b){20,})[,.!]?[\"”]\s*,?\s*(?:[\w’'-]+\s+){0,8}?"
    r"(?:said|says|told|wrote|added|declared|insisted|argued|warned|vowed|read)\b[^\d]*$",
)

# A count written in words ("for four days", "three of our ambulances") makes a quote a report, not a view.
_COUNTED_IN_WORDS = re.compile(
    r"\b(?:two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|twenty|thirty|forty|fifty|hundred|dozen)\b",
    re.IGNORECASE,
)


# --- the hints ---------------------------------------------------------------------------------------


def casualty_hint(sentence: str, figures: Figures | None) -> Hint | None:
    if figures is not None:
        # "a strike could kill dozens": a count in a hypothetical is not a claim
        score = 0.3 if _MODAL_HARM.search(sentence) else 0.95
        return Hint(CASUALTY_CLAIM, score, figures.raw_text)
    match = _PRESENCE.search(sentence)
    cue = match.group() if match is not None else presence_cue(sentence)
    if cue is None:
        return None
    score = 0.3 if _HYPOTHETICAL.search(sentence) or _HARM_IN_GENERAL.search(sentence) else 0.75
    start = sentence.find(cue)
    asked = _IN_QUESTION_CLAUSE if match is not None else _IN_QUESTION
    in_question = asked.match(sentence, start) if start >= 0 else None
    if start >= 0 and (in_question or _IN_CALL.search(sentence[:start])):
        score = 0.3  # "why does the world stay silent when children die?", "urged the UN to document every killing"
    return Hint(CASUALTY_CLAIM, score, cue)


def attribution_hint(sentence: str) -> Hint | None:
    for score, pattern in _ATTRIBUTION:
        for match in pattern.finditer(sentence):
            text = match.group()
            if _PASSIVE.search(text) and "by" not in text.lower().split():
                continue  # "civilians were killed": who suffered, not who did it
            reduced = _VICTIMS_PARTICIPLE.match(text) and _PARTICIPLE_FOLLOWS.match(sentence, match.end())
            if reduced and not _OBJECT_RELATIVE.search(sentence, 0, match.start()):  # not "who the jets killed in"
                continue  # "the number of troops killed in the region": the troops were the ones killed
            if _RAID_OR_POLICE.search(text) and _DETENTION.search(sentence) and not _HARMED.search(sentence):
                continue  # "activists were detained in police raids": arrests, not harm
            if _ASKED_TO_END.search(text):
                continue  # "urged the federal government to end the killings": asked to stop them, not blamed
            if _THREATENED.search(sentence, 0, match.start()):
                continue  # "withdraw his forces or face NATO air strikes": a threat, nothing done yet
            return Hint(ATTRIBUTION, score, text.strip())
    return None


def call_hint(sentence: str) -> Hint | None:
    if _NOT_A_CALL.search(sentence):
        return None
    sentence = _ANONYMITY.sub(lambda match: " " * len(match.group()), sentence)
    sentence = _PREFACE.sub(lambda match: " " * len(match.group()), sentence)
    for score, pattern in _CALLS:
        for match in pattern.finditer(sentence):
            before = sentence[: match.start()]
            if _EARLIER_CALL.search(before) and not _OWN_CALL.search(before):
                continue  # "the envoy had called for talks": a past appeal reported, not one made here
            return Hint(CALL_TO_ACTION, score, match.group().strip(' "“'))
    return None


# A word not after "neo-" or "anti-": "the neo-fascist group", "an anti-fascist rally" name a camp, they condemn none.
_WORD_OF_ITS_OWN = re.compile(r"(?<!neo-)(?<!anti-)\b[A-Za-z]+(?!\s+shops?\b)")  # (nor "butcher shops": a trade)


# A slogan shouted or chanted that is no order: "'Georgia for the Georgians!' marchers shouted" (not "'Leave the
# area now!' a volunteer shouted" or "'Justice for the miners!' the widows shouted": calls).
_SHOUTED_SLOGAN = re.compile(
    rf"^\s*[\"“'‘](?!\s*(?:{_IMPERATIVES})\b)[^\"”.?]{{1,70}}![\"”’']\s*,?\s*(?:[\w-]+\s+){{0,6}}?"
    r"(?:shouted|chanted|roared|cried|yelled|sang|proclaimed)\b",
    re.I,
)


def rhetoric_hint(sentence: str) -> Hint | None:
    words = [w.lower() for w in _WORD_OF_ITS_OWN.findall(sentence)]
    strong = [w for w in words if w in RHETORIC_WORDS]
    weak = [w for w in words if w in WEAK_RHETORIC_WORDS]
    asked_in_a_transcript = opens_with_question_mark(sentence)  # "Q. And the medics?": asked to be answered
    question = _QUESTION.search(sentence) if not (_ASKED.search(sentence) or asked_in_a_transcript) else None
    question = question or _rhetorical_quoted_question(sentence)
    shouted = _SHOUTED_SLOGAN.search(sentence)
    shouted = shouted if shouted is None or call_hint(sentence) is None else None  # (a demand is a call)
    phrase = _RHETORIC_PHRASES.search(sentence) or shouted or question
    cues = strong + ([phrase.group()] if phrase else []) + weak
    if not cues:
        return None
    score = 0.8 if strong or phrase else 0.3
    if (strong or phrase) and (len(strong) + bool(phrase) >= 2):
        score = 0.9
    if not strong and not phrase and len(set(weak)) >= 3:
        score = 0.55
    return Hint(RHETORIC, score, ", ".join(dict.fromkeys(cues)))


def _rhetorical_quoted_question(sentence: str) -> re.Match | None:
    """A quoted question that asks nothing to be answered, with who asked it after the quote."""
    quoted = _QUOTED_QUESTION.search(sentence)
    if quoted is None:
        return None
    asked = re.split(r"[.!?\"“]", sentence[: quoted.start()])[-1]  # the last question in the quote
    return None if _ASKS_FOR_A_FACT.search(asked) else quoted


def slogan_hint(sentence: str) -> Hint | None:
    """Rhetoric for a short exclamation ("Idlib will never kneel!") or a quoted view with nothing counted
    or asked in it ("Terrorism has no religion," the minister said) that got no other hint."""
    if _SLOGAN.search(sentence):
        return Hint(RHETORIC, 0.6, sentence.strip())
    quoted = _QUOTED_VIEW.search(sentence)
    if quoted is None or _COUNTED_IN_WORDS.search(quoted.group(1)):
        return None  # "We walked for four days to reach the border": testimony of what happened, not a view
    return Hint(RHETORIC, 0.55, quoted.group(1).strip())
