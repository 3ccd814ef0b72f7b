"""Acts named by a noun after a verb of doing: "launched a wave of air strikes", "staged a sit-in
outside parliament", "lodged a formal complaint with", "slapped fresh tariffs on", "lifted the
curfew", "suspended peace talks with".

The trigger table spells the common phrasings one by one; wire copy combines a few dozen verbs
of doing with a few hundred nouns of acts in more ways than any table lists. This reading
composes them: a verb of one class, in any of its forms ("imposed", "imposes", "has imposed",
"is imposing", "will impose"), followed within a few words by a noun of an act; the pair tells
the category. Most verbs are light ("carried out", "staged", "issued") and the noun decides
("air strikes" ASSAULT, "a sit-in" PROTEST, "a warning" THREATEN); verbs of ending ("lifted",
"called off") and of halting ("suspended", "broke off") turn the noun into a retreat, a
concession or a reduction of relations. Like the verb lexicon, it is read for a sentence in which
no phrasing of the table matched (or every one was dropped), and where a verb of ending or halting
contains a phrasing of the table ("suspended their nationwide strike": the suspension, not the
strike); the event's sides, time and modality are then found as for any trigger.
"""
from __future__ import annotations

import re
from functools import lru_cache

from .event_context import Hit
from .records import Sentence
from .triggers import Trigger
from .verb_triggers import inflections

# verb classes: entries "base" or "base:past" or "base:past:participle", a particle after a space
_VERBS: dict[str, str] = {
    # verbs of doing whose object names the act
    "do": "launch carry:carried|out conduct stage mount hold:held:held organise organize begin:began:begun:beginning start open "
          "unleash step:stepped|up intensify escalate resume renew wage make:made:made issue deliver lodge file impose "
          "slap:slapped levy introduce announce declare approve adopt extend expand tighten broaden reimpose "
          "voice express reiterate reaffirm sign reach strike:struck:struck seal conclude secure broker grant "
          "cast:cast:cast tender submit initiate enforce institute enact set:set:set|up lead:led:led join "
          "take:took:taken|part|in unveil roll:rolled|out ramp:ramped|up level:levelled:levelled level:leveled:leveled "
          "hurl trade exchange go:went:gone|on call:called|a call:called|an throw:threw:thrown lend:lent:lent convey offer "
          "complete finish mastermind spearhead perpetrate execute keep:kept:kept|up maintain",
    # verbs of settling on an accord
    "settle": "reach seal strike:struck:struck clinch hammer:hammered|out agree:agreed|on agree:agreed|to negotiate",
    # verbs of putting a truce into effect
    "truce": "declare announce observe order proclaim extend implement respect",
    # verbs of ordering what a state's organs then do
    "order": "order",
    # verbs of lodging a protest or complaint with someone
    "lodge": "lodge file deliver hand:handed|over send:sent:sent submit register",
    # verbs of ending what was imposed or under way
    "end": "lift ease relax scrap end rescind revoke repeal roll:rolled|back waive loosen drop:dropped call:called|off reverse "
           "withdraw:withdrew:withdrawn abandon halt suspend unfreeze:unfroze:unfrozen abolish shelve postpone "
           "roll:rolled|back do:did:done|away|with",
    # verbs of halting exchanges with a partner
    "halt": "suspend halt pause freeze:froze:frozen cut:cut:cut sever break:broke:broken|off call:called|off "
            "cancel:cancelled:cancelled cancel:canceled:canceled withhold:withheld:withheld "
            "downgrade pull:pulled|out|of walk:walked|out|of",
    # verbs of turning down
    "reject": "turn:turned|down dismiss brush:brushed|aside brush:brushed|off spurn rebuff ignore shrug:shrugged|off veto:vetoed",
    # verbs of accepting
    "accept": "accept bow:bowed|to give:gave:given|in|to yield|to cave:caved|in|to heed",
    # verbs of asking
    "ask": "issue make:made:made lodge file renew repeat launch submit send:sent:sent voice reiterate deliver extend",
    # verbs of taking someone to court
    "sue": "file lodge bring:brought:brought launch initiate",
    # verbs of handing over money or goods
    "give": "deposit transfer:transferred:transferred supply:supplied pay:paid:paid wire channel:channelled:channelled "
            "channel remit disburse ship:shipped airlift:airlifted truck:trucked",
    # verbs of giving up a candidacy
    "forgo": "drop:dropped abandon withdraw:withdrew:withdrawn give:gave:given|up renounce end suspend",
    # verbs of taking a name off a list
    "delist": "remove delist strike:struck:struck take:took:taken drop:dropped",
    # verbs of opening what two states built together
    "inaugurate": "inaugurate open launch commission unveil",
    # verbs of handing a wanted person to another state
    "extradite": "hand:handed|over extradite deport return",
    # verbs of freeing someone held
    "free": "release free:freed",
    # verbs of offering forces or money for later
    "pledge": "offer pledge promise commit:committed earmark",
    # verbs of testing weapons
    "test": "test-fire:test-fired test-launch:test-launched test-launch:test-launched",
    # verbs of letting others in
    "allow": "allow let:let:let permit:permitted admit:admitted",
    # verbs of taking fighters or places by force
    "capture": "capture",
    # verbs of firing on a crowd
    "fire": "fire:fired use:used",
    # verbs of firing weapons at a target
    "shoot": "fire:fired lob:lobbed hurl rain:rained|down",
    # verbs of sending forces
    "deploy": "deploy send:sent:sent dispatch move mass station rush pour build:built:built|up beef:beefed|up bolster "
              "boost reinforce reposition redeploy",
}

_NOUNS: dict[str, str] = {
    "strike": r"(?:air|drone|missile|rocket|artillery|military|retaliatory|pre-?emptive|aerial|naval|cross-border|punitive|"
              r"suicide|targeted|precision)\s+(?:strikes?|attacks?|raids?|bombings?|assaults?)|air-?strikes?|"
              r"attacks?|offensives?|counter-?offensives?|assaults?|bombardments?|shelling|bombing\s+(?:raids?|campaign)|"
              r"bombings?|ambush(?:es)?|incursions?|invasion|massacres?|assassinations?|abductions?|kidnappings?|"
              r"barrages?|onslaught|blitz|killings|(?:rocket|mortar|artillery|machine-gun|sniper)\s+fire|sabotage|"
              r"ground\s+operations?|military\s+operations?|(?:military\s+)?campaign\s+against",
    "force": r"crackdown|arrests?|detentions?|round-?ups?|curfews?|state\s+of\s+(?:emergency|siege)|martial\s+law|"
             r"deportations?|expulsions?\s+of\s+(?!(?:the\s+)?(?:[\w'\u2019]+\s+)?(?:ambassador|envoy|diplomats?))|"
             r"censorship|(?:internet|media|news)\s+(?:shutdowns?|blackouts?)|sieges?|seizures?|confiscations?|purges?|"
             r"house\s+arrest|raids?\s+on|dawn\s+raids?|travel\s+ban\s+on\s+(?:opposition|activists|journalists)",
    "sanction": r"sanctions|embargo(?:es)?|tariffs|punitive\s+(?:tariffs|duties|measures)|boycott|"
                r"(?:travel|visa|export|import|arms|trade|entry|flight)\s+bans?|asset\s+freezes?|export\s+controls|"
                r"(?:trade|economic|financial)\s+restrictions|restrictions\s+on\s+(?:imports|exports|trade|flights|"
                r"travel|visas|shipments)|expulsions?\s+of\s+(?:the\s+)?(?:[\w'\u2019]+\s+)?(?:ambassador|envoy|diplomats?)",
    "protest": r"protests?|demonstrations?|rall(?:y|ies)|(?-i:marches)|(?:protest\s+)?(?-i:march)(?!\s+\d)|"
               r"(?:general|hunger|labou?r|national|nationwide|indefinite|transport|teachers'?|workers'?)\s+strikes?|sit-?ins?|walk-?outs?|"
               r"riots?|vigils?|strike\s+action|stay-?aways?|roadblocks|barricades",
    "warning": r"(?<!profit\s)(?<!earnings\s)(?<!weather\s)(?<!storm\s)(?<!flood\s)(?<!travel\s)(?<!health\s)"
               r"(?<!tsunami\s)(?<!gale\s)(?<!heat\s)warnings?|threats?|ultimatums?",
    "accusation": r"accusations?|allegations?\s+(?:that|of|against)|condemnation|criticism|complaints?|"
                  r"(?:formal|diplomatic|strong|official|written|strongly[\s-]worded)\s+protests?|protest\s+notes?|"
                  r"notes?\s+of\s+protest|d[eé]marches?|rebukes?|reprimands?|censure|impeachment|"
                  r"no-confidence\s+(?:motion|vote)",
    "lawsuit": r"lawsuits?|legal\s+action|(?:criminal\s+)?charges\s+against|indictments?|(?:a\s+)?case\s+against|"
               r"(?:legal|infringement|disciplinary|criminal)\s+proceedings",
    "lodged": r"protests?|complaints?",
    "inquiry": r"(?<!internal\s)(?:investigations?|inquir(?:y|ies)|probes?)",
    "appeal": r"appeals?|requests?\s+(?:for|to)|demands?\s+(?:for|that)|pleas?|calls?\s+for|petitions?",
    "pledge": r"pledges?|promises?|commitments?\s+to|offers?\s+(?:of|to)|invitations?|guarantees?",
    "support": r"support\s+(?:for|to)|backing|endorsement|praise|solidarity|recognition\s+of|"
               r"(?:full|strong|firm|unwavering|staunch)\s+support",
    "regret": r"apolog(?:y|ies)|regret|remorse",
    "concession": r"concessions?|pardons?|amnest(?:y|ies)|clemency",
    "joint": r"joint\s+(?:military\s+|naval\s+|air\s+|border\s+|anti-terror(?:ism)?\s+|counter-?terror(?:ism)?\s+)?"
             r"(?:exercises?|drills?|patrols?|operations?|manoeuvres|maneuvers|investigations?|inquir(?:y|ies)|probes?|training|"
             r"war\s+games)",
    "drill": r"war\s+games|exercises|drills|(?:military|naval|air|live-fire|war|missile|nuclear|amphibious|large-scale|"
             r"snap)\s+(?:exercises?|"
             r"drills?|"
             r"manoeuvres|maneuvers|games|tests?)|mobili[sz]ation|(?:troop|military|naval)\s+build-?up|"
             r"missile\s+launch(?:es)?|(?:high|combat|full|maximum)\s+alert",
    "withdrawal": r"withdrawal\s+of|pull-?out|pull-?back|retreat\s+from|releases?\s+of|"
                  r"resignation|surrender|handover\s+of|(?:prisoner|hostage|detainee)\s+(?:swaps?|exchanges?)|"
                  r"repatriation\s+of",
    "truce": r"ceasefire|cease-fire|truce|armistice|peace\s+(?:deal|accord|agreement)",
    "offer": r"invitations?|offers?|proposals?|(?:peace\s+)?plans?|mediation",
    "talks": r"talks|negotiations|consultations|discussions|dialogue|peace\s+process|mediation",
    "exchange": r"aid|assistance|funding|loans?|credit\s+lines?|flights|imports|exports|trade|relations|ties|cooperation|"
                r"contacts?|"
                r"(?:diplomatic|military|economic)\s+ties",
    "demand": r"demands?|requests?|proposals?|offers?|plans?|calls?|appeals?|ultimatums?|conditions|terms|"
              r"accusations?|allegations?|claims?|criticism|invitations?|grievances|resolution|bid",
    "hostile": r"sanctions|embargo(?:es)?|tariffs|blockade|curfews?|state\s+of\s+(?:emergency|siege)|martial\s+law|"
               r"(?:travel|visa|export|import|arms|flight)\s+(?:bans?|curbs|controls)|restrictions|curbs|siege",
    "hostile_act": r"offensive|attacks?|air-?strikes?|(?:air|drone|missile)\s+strikes|bombing|shelling|"
                   r"operations?|hostilities|fighting|siege",
    "legal": r"charges|case|prosecution|indictments?|lawsuits?|ban\s+on|bans?|censorship|(?:exit|entry)\s+(?:visas?|permits?)|"
             r"(?:visa|permit|licen[cs]e)\s+requirements?",
    # a measure that protesters or critics asked to be dropped
    "measure": r"(?:fuel|fare|price|tax|tariff|fee)\s+(?:increases?|hikes?|rises?)|increases?\s+in\s+(?:[\w-]+\s+){0,3}?"
               r"(?:fares|prices|taxes|fees)|(?:controversial|contested|disputed|unpopular)\s+(?:[\w-]+\s+){0,2}?"
               r"(?:bill|law|decree|reform|rule|plan)",
    # money and goods handed over: funds, supplies, and the vessels and vehicles given as military aid
    "money": r"funds|money|dollars|euros|tranches?|weapons|arms|ammunition|reparations|compensation|aid|assistance|"
             r"(?:patrol\s+|coast\s+guard\s+)?(?:vessels?|boats?|cutters?)|helicopters|armou?red\s+vehicles|"
             r"supplies|food|fuel|grain|wheat|rice|flour|biscuits|rations|meals|tents|blankets|medicines?|vaccines?|cash|"
             r"grants?|loans?|(?:first|second|third|final)\s+(?:instal(?:l)?ments?|payments?)|(?:reparations?|compensation)\s+"
             r"payments?",
    "candidacy": r"(?:bid|campaign|run)\s+for\s+(?:a\s+|an\s+)?(?:second|third|fourth|fifth|sixth|new|another|fresh)\s+"
                 r"(?:term|mandate)|candidacy|(?:re-?election|presidential)\s+bid|bid\s+for\s+re-?election",
    "listing": r"from\s+(?:its|the|a|their)\s+(?:[\w-]+\s+){0,4}?(?:list|blacklist|register)\s+of\s+(?:terrorist|banned|"
               r"proscribed|sanctioned)|from\s+(?:its|the|a|their)\s+(?:terror(?:ist|ism)?|sanctions|black|terror-?watch)\s+"
               r"(?:list|register)",
    "works": r"(?:gas|oil)\s+pipeline|pipeline|railway|rail\s+link|(?:cross-border\s+)?bridge|power\s+(?:plant|station|line)|"
             r"border\s+markets?|(?:joint\s+)?(?:economic|trade|industrial)\s+zones?|"
             r"(?:border\s+)?crossing|economic\s+corridor|hydropower\s+(?:plant|dam)|dam|port\s+terminal|highway",
    "fugitive": r"(?:suspects?|fugitives?|suspected\s+(?:\w+\s+){0,3}?(?:member|militants?|leader|drug\s+lord|trafficker)s?|"
                r"(?:[\w-]+\s+){1,4}?wanted\s+(?:for|by|in))",
    "reparations": r"(?:final\s+|first\s+|last\s+)?(?:reparations?|compensation)\s+payments?",
    "held": r"from\s+(?:house\s+arrest|prison|jail|detention|custody|captivity|(?:a\s+)?(?:[\w-]+\s+)?(?:prison|jail|"
            r"detention\s+(?:centre|center|camp)))",
    "decree": r"(?:decree|order|edict)\s+(?:on\s+\w+\s+)?(?:pardoning|granting\s+(?:an\s+)?"
              r"(?:amnesty|pardons?)|amnestying|commuting|lifting|"
              r"easing|freeing|releasing|allowing|permitting|abolishing|legali[sz]ing|restoring)",
    "weapon": r"(?:[\w-]+\s+){0,3}?(?:missiles?|rockets?|ICBMs?|SLBMs?|projectiles?)",
    "access": r"(?:peacekeepers|inspectors|monitors|observers|aid\s+(?:convoys?|trucks|workers|agencies)|(?:humanitarian\s+)?"
              r"convoys?|relief\s+(?:convoys?|supplies|workers)|humanitarian\s+(?:aid|workers|access))",
    "captives": r"(?:soldiers|troops|paratroopers|fighters|militants|marines|servicemen|officers|pilots?|towns?|villages?|"
                r"cit(?:y|ies)|airports?|bases?)",
    "riot_gear": r"tear[\s-]?gas|water[\s-]cannons?|rubber\s+bullets|stun\s+grenades|pepper\s+spray|batons|"
                 r"(?:rubber|plastic)\s+(?:bullets|pellets)",
    "live_fire": r"live\s+(?:bullets|ammunition|rounds|fire)",
    "ordnance": r"(?:[\w-]+\s+){0,2}?(?:shells|mortars?|mortar\s+rounds|rockets|missiles|grenades|artillery\s+rounds)"
                r"(?=\s+(?:[\w-]+\s+){0,4}?(?:at|on|into|toward|towards)\s)",
    "peacekeepers": r"peacekeepers|peacekeeping\s+(?:troops|forces|contingents?|units?|battalions?)|blue\s+helmets",
    "forces": r"troops|soldiers|forces|reinforcements|warships|fighters|militiamen|combatants|tanks|warplanes|fighter\s+jets|"
              r"(?:armou?red|armed|military)\s+vehicles|(?:air[\s-]defen[cs]e|missile)\s+(?:systems|batteries|launchers)|"
              r"(?:army|infantry|armou?red)\s+(?:battalions?|brigades?|units)|"
              r"marines|paratroopers|(?:naval\s+)?vessels|submarines?",
    "protest_act": r"(?:general\s+|nationwide\s+|national\s+|hunger\s+|indefinite\s+|planned\s+)*(?:strikes?|protests?|"
                   r"shutdowns?|sit-?ins?|boycotts?|demonstrations|marches|stay-?aways?)",
}

# (reading name, verb class, noun class, our type, PLOVER, CAMEO, context, role)
_READINGS: tuple[tuple[str, str, str, str, str, str, str, str], ...] = (
    ("do-strike", "do", "strike", "assault", "ASSAULT", "190", "military", "forward"),
    ("do-force", "do", "force", "coerce", "COERCE", "170", "political", "forward"),
    ("order-force", "order", "force", "coerce", "COERCE", "170", "political", "forward"),
    ("order-inquiry", "order", "inquiry", "accuse", "ACCUSE", "090", "legal", "forward"),
    ("order-withdrawal", "order", "withdrawal", "retreat", "RETREAT", "084", "military", "forward"),
    ("do-sanction", "do", "sanction", "sanction", "SANCTION", "163", "economic", "forward"),
    ("lodge-protest", "lodge", "lodged", "accuse", "ACCUSE", "111", "diplomatic", "forward"),
    ("do-protest", "do", "protest", "protest", "PROTEST", "140", "political", "forward"),
    ("do-warning", "do", "warning", "threaten", "THREATEN", "130", "diplomatic", "forward"),
    ("do-accusation", "do", "accusation", "accuse", "ACCUSE", "111", "diplomatic", "forward"),
    ("do-inquiry", "do", "inquiry", "accuse", "ACCUSE", "090", "legal", "forward"),
    ("sue", "sue", "lawsuit", "accuse", "ACCUSE", "115", "legal", "forward"),
    ("ask-appeal", "ask", "appeal", "request", "REQUEST", "100", "diplomatic", "forward"),
    ("do-pledge", "do", "pledge", "agree", "AGREE", "030", "diplomatic", "forward"),
    ("do-support", "do", "support", "support", "SUPPORT", "051", "diplomatic", "forward"),
    ("do-regret", "do", "regret", "concede", "CONCEDE", "055", "diplomatic", "forward"),
    ("do-concession", "do", "concession", "concede", "CONCEDE", "080", "political", "forward"),
    ("do-joint", "do", "joint", "cooperate", "COOPERATE", "062", "military", "mutual"),
    ("do-drill", "do", "drill", "mobilize", "MOBILIZE", "152", "military", "forward"),
    ("do-withdrawal", "do", "withdrawal", "retreat", "RETREAT", "084", "military", "forward"),
    ("do-talks", "do", "talks", "meeting", "CONSULT", "040", "diplomatic", "mutual"),
    ("settle-truce", "settle", "truce", "agree", "AGREE", "030", "diplomatic", "mutual"),
    ("truce-declared", "truce", "truce", "retreat", "RETREAT", "0871", "military", "forward"),
    ("accept-offer", "accept", "offer", "agree", "AGREE", "030", "diplomatic", "forward"),
    ("end-hostile", "end", "hostile", "retreat", "RETREAT", "085", "economic", "forward"),
    ("end-hostile-act", "end", "hostile_act", "retreat", "RETREAT", "087", "military", "forward"),
    ("end-legal", "end", "legal", "concede", "CONCEDE", "081", "legal", "forward"),
    ("halt-exchange", "halt", "exchange", "sanction", "SANCTION", "160", "diplomatic", "forward"),
    ("halt-talks", "halt", "talks", "sanction", "SANCTION", "164", "diplomatic", "forward"),
    ("reject-demand", "reject", "demand", "reject", "REJECT", "120", "diplomatic", "forward"),
    ("accept-demand", "accept", "demand", "concede", "CONCEDE", "083", "political", "forward"),
    ("deploy-peacekeepers", "deploy", "peacekeepers", "aid", "AID", "074", "humanitarian", "forward"),
    ("deploy-forces", "deploy", "forces", "mobilize", "MOBILIZE", "150", "military", "forward"),
    ("give-money", "give", "money", "aid", "AID", "070", "humanitarian", "forward"),
    ("free-held", "free", "held", "retreat", "RETREAT", "0841", "legal", "forward"),
    ("do-decree", "do", "decree", "concede", "CONCEDE", "080", "legal", "forward"),
    ("pledge-forces", "pledge", "forces", "agree", "AGREE", "030", "military", "forward"),
    ("pledge-peacekeepers", "pledge", "peacekeepers", "agree", "AGREE", "030", "military", "forward"),
    ("pledge-money", "pledge", "money", "agree", "AGREE", "030", "humanitarian", "forward"),
    ("test-weapon", "test", "weapon", "mobilize", "MOBILIZE", "152", "military", "forward"),
    ("allow-access", "allow", "access", "retreat", "RETREAT", "086", "humanitarian", "forward"),
    ("capture", "capture", "captives", "assault", "ASSAULT", "190", "military", "forward"),
    ("fire-live", "fire", "live_fire", "assault", "ASSAULT", "175", "political", "forward"),
    ("fire-riot-gear", "fire", "riot_gear", "coerce", "COERCE", "175", "political", "forward"),
    ("do-reparations", "do", "reparations", "aid", "AID", "070", "economic", "forward"),
    ("forgo-candidacy", "forgo", "candidacy", "concede", "CONCEDE", "0831", "political", "forward"),
    ("delist", "delist", "listing", "concede", "CONCEDE", "081", "political", "forward"),
    ("inaugurate-works", "inaugurate", "works", "cooperate", "COOPERATE", "061", "economic", "mutual"),
    ("extradite-fugitive", "extradite", "fugitive", "cooperate", "COOPERATE", "0631", "legal", "forward"),
    ("end-protest", "end", "protest_act", "concede", "CONCEDE", "080", "political", "forward"),
    ("end-measure", "end", "measure", "concede", "CONCEDE", "0832", "political", "forward"),
    ("shoot-ordnance", "shoot", "ordnance", "assault", "ASSAULT", "190", "military", "forward"),
    ("do-weapon", "do", "weapon", "mobilize", "MOBILIZE", "152", "military", "forward"),
)

# words between the verb and its noun: determiners, numbers, adjectives, "a wave of"; not a clause
_GAP = (r"\s+(?:(?![\w-]+ing\b|that\b|which\b|who\b|and\b|but\b|after\b|before\b|while\b|when\b|since\b|because\b|"
        r"amid\b|despite\b|though\b|although\b|until\b|if\b|unless\b|as\b)[\w$%,.'\u2019-]+\s+){0,6}?")
_PREPOSITION = re.compile(r"\b(?:with|by|on|at|in|against|from|for)\s", re.IGNORECASE)
_ACCEPTED = re.compile(r"demands?|requests?|conditions|terms|calls?|appeals?|ultimatums?", re.IGNORECASE)
# readings that hold for only some of their nouns: what is accepted is a concession only when it was
# asked for; weapons after a preposition ("attacks carried out with drones and cruise missiles") are
# the means of another act, not weapons launched
_NOUN_HOLDS = {
    "noun-accept-demand": lambda words: bool(_ACCEPTED.search(words)),
    "noun-do-weapon": lambda words: not _PREPOSITION.search(words),
}


def _forms(verbs: str) -> tuple[set[str], set[str], set[str]]:
    """The verbs' forms as patterns: those that report an act anywhere, the bare forms, the -ing forms."""
    forms: set[str] = set()
    bare: set[str] = set()
    going: set[str] = set()
    for entry in verbs.split():
        head, _, particle = entry.partition("|")
        parts = head.split(":")
        tail = r"\s+" + r"\s+".join(particle.split("|")) if particle else ""
        for form in inflections(parts[0], *parts[1:]):
            if form == parts[0] and form not in parts[1:3]:
                bare.add(form + tail)
            elif form.endswith("ing") and form not in parts[1:3]:
                going.add(form + tail)
            else:
                forms.add(form + tail)
    return forms, bare, going


def _alternation(verbs: str) -> str:
    """The verbs' forms that report an act: the bare form only after "will" ("will impose"), not
    after "to", which is as often a plan or a bid ("Kiev's plans to introduce martial law"); the
    -ing form only after "be" or a verb of starting ("are massing", "began airlifting"), not
    after a preposition ("respond by lifting")."""
    forms, bare, going = _forms(verbs)
    return ("|".join(sorted(forms, key=len, reverse=True))
            + r"|(?:(?<=\bwill\s)|(?<=\bshall\s))(?:" + "|".join(sorted(bare, key=len, reverse=True)) + ")"
            + r"|(?:" + "|".join(rf"(?<=\b{aux}\s)" for aux in _GOING_AFTER) + r")(?:"
            + "|".join(sorted(going, key=len, reverse=True)) + ")")


# the words after which an -ing form reports an act under way or begun
_GOING_AFTER = ("is", "are", "was", "were", "been", "be", "began", "begun", "begins", "started", "starts", "continued",
                "continues", "kept", "resumed")

# Matching: a sentence's words are looked up among the verbs' first words; only at those words is
# a class's verb pattern tried, and only after a verb its readings' nouns (trying every pattern at
# every character would cost more than the rest of extraction)
_VERB_AT = {name: re.compile(r"(?<!\bthe\s)(?<!\ba\s)(?<!\ban\s)(?:" + _alternation(verbs) + r")(?=\s)", re.IGNORECASE)
            for name, verbs in _VERBS.items()}


def _classes_by_word() -> dict[str, list[str]]:
    """The verb classes each first word of a verb form can start, in the classes' order."""
    out: dict[str, list[str]] = {}
    for name, verbs in _VERBS.items():
        for form in set().union(*_forms(verbs)):
            classes = out.setdefault(form.split("\\s+")[0].lower(), [])
            if name not in classes:
                classes.append(name)
    return out


_CLASSES_BY_WORD = _classes_by_word()
_WORD = re.compile(r"[A-Za-z][\w-]*")


def _readings() -> dict[str, list[tuple[Trigger, re.Pattern[str]]]]:
    out: dict[str, list[tuple[Trigger, re.Pattern[str]]]] = {name: [] for name in _VERBS}
    for name, verbs, nouns, type_, plover, cameo, context, role in _READINGS:
        tail = re.compile(_GAP + r"(?:" + _NOUNS[nouns] + r")\b", re.IGNORECASE)
        out[verbs].append((Trigger(f"noun-{name}", tail, type_, plover, cameo, None, role, context), tail))
    return out


_BY_CLASS = _readings()
_ORDER = {f"noun-{reading[0]}": i for i, reading in enumerate(_READINGS)}  # the table's order breaks ties


def noun_hits(sentence: Sentence) -> list[Hit]:
    """The acts named by a noun after a verb of doing, in text order; where two readings start at
    one verb, the one whose noun comes first wins ("launched an inquiry into the attack")."""
    return list(_noun_hits(sentence))


@lru_cache(maxsize=16)
def _noun_hits(sentence: Sentence) -> tuple[Hit, ...]:
    """Cached: the gate, the reading of a sentence and its fallbacks each ask for one sentence."""
    text = sentence.text
    found: list[tuple[int, int, int, Trigger]] = []
    for word in _WORD.finditer(text):
        for name in _CLASSES_BY_WORD.get(word.group().lower(), ()):
            verb = _VERB_AT[name].match(text, word.start())
            if verb is None:
                continue
            for trigger, tail in _BY_CLASS[name]:
                noun = tail.match(text, verb.end())
                holds = _NOUN_HOLDS.get(trigger.name)
                if noun is None or (holds is not None and not holds(noun.group())):
                    continue
                found.append((word.start(), noun.end(), _ORDER[trigger.name], trigger))
    found.sort(key=lambda f: (f[0], f[1], f[2]))
    hits: list[Hit] = []
    for lo, hi, _, trigger in found:
        if not any(lo < h.end - sentence.start and h.start - sentence.start < hi for h in hits):
            hits.append(Hit(trigger, sentence.start + lo, sentence.start + hi))
    return tuple(hits)

