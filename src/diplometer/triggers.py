"""The trigger lexicon: words that make an event, with the codes they carry.

One `Trigger` per pattern. `type` is our activity type for cooperative events and the
lower-case PLOVER category for the others; `cameo` is the CAMEO code; `mode` the
interchange mode; `role` tells how participants sit around the words:
  "forward"  subject acts on the object ("X visited Y", "X accused Y");
  "host"     subject hosts the object ("X received Y", "X hosted Y"): the visitor is the object;
  "mutual"   all named sides take part alike ("X and Y held talks", "talks between X and Y").
`plural` marks nouns that, in the plural after "such as" / "through", name a form of
activity rather than an event.
"""
from __future__ import annotations

import re
from dataclasses import dataclass


@dataclass(frozen=True)
class Trigger:
    name: str
    pattern: re.Pattern[str]
    type: str
    plover: str
    cameo: str
    mode: str | None
    role: str
    context: str = "diplomatic"


def _t(name: str, words: str, type_: str, plover: str, cameo: str, mode: str | None = None,
       role: str = "forward", context: str = "diplomatic") -> Trigger:
    return Trigger(name, re.compile(rf"\b(?:{words})\b", re.IGNORECASE), type_, plover, cameo, mode, role, context)


# "fired two ballistic missiles into the East Sea": a show of force at no one (MOBILIZE), not an attack
_NOT_SEA = r"(?!\s+(?:the\s+)?(?:[\w-]+\s+){0,3}?(?:sea|waters|ocean)\b)"
# "Biden called Israeli Prime Minister Benjamin Netanyahu on Sunday to discuss ...": a call to a named person,
# told by what follows the name (a weekday, the call's purpose), not "called X a liar" or "called for"
_CALLED_NAMED = (r"called(?=\s+(?:(?:(?-i:[A-Z])[\w.'\u2019-]*|bin|al|de|da|van|von|el)\s+){1,8}?(?:on\s+(?:Monday|Tuesday|"
                 r"Wednesday|Thursday|Friday|Saturday|Sunday)|to\s+(?:discuss|congratulate|express|offer|convey|thank|brief|"
                 r"review|reassure)|and\s+(?:discussed|expressed|congratulated|conveyed|offered)))")
_VISIT = r"(?:official|state|working|friendship|official\s+friendship|formal|three-day|two-day|four-day|five-day)"
TRIGGERS: tuple[Trigger, ...] = (
    # --- communication modes first: "phone talks" must not be read as in-person "talks"
    _t("phone", r"(?:received|receives|took|made)\s+(?:a\s+)?(?:phone|telephone)\s+call|"
       r"(?:received|receives|took)\s+a\s+call\s+from|(?:phone|telephone|telephonic)\s+(?:talks?|calls?|conversations?)|(?:spoke|spoken|talked|talks?)\s+"
       r"(?:by|over(?:\s+the)?|on\s+the|via)\s+(?:phone|telephone)|phoned|telephoned|dial(?:l)?ed|"
       r"called\s+(?:his|her)\s+(?:[\w-]+\s+){0,2}?counterpart(?!\s+(?:a|an|the)\b)|" + _CALLED_NAMED,
       "phone_call", "CONSULT", "041", "phone", "mutual"),
    _t("online", r"(?:held\s+)?(?:online|virtual|video)\s+(?:talks?|meetings?|conferences?|summits?|dialogues?|calls?)|"
       r"videoconferences?|video\s+link|held\s+online", "online_meeting", "CONSULT", "040", "online", "mutual"),
    # --- visits
    _t("visit-verb", r"visit(?:ed|s|ing)|(?:(?<=will\s)|(?<=to\s)|(?<=shall\s)|(?<=would\s))visit|"
       r"(?:paid|pays|paying|pay|made|making|began|begins|concluded|"
       r"wrapped\s+up|is\s+on|was\s+on)\s+(?:an?\s+|his\s+|her\s+|the\s+)?(?:" + _VISIT + r"\s+)*visits?"
       r"|(?:" + _VISIT + r")\s+visits?\s+to|visits?\s+to|trip\s+to|tour\s+of|arrived\s+in|(?<=After\s)arriving\s+in|"
       r"(?:is|are)\s+due\s+in(?=\s+(?-i:[A-Z]))|"
       r"visits?(?=\s+by\s+(?:[\w.'\u2019-]+\s+){1,8}?to\b)|"
       r"(?:flew|travell?ed)\s+(?:on\s+)?to|"
       r"(?:for|on)\s+(?:a|an|his|her|their)\s+(?:[\w-]+\s+){0,2}?(?:visit|trip|tour)\b",
       "visit", "CONSULT", "042", "in_person"),
    # "South Africa hosted the 15th BRICS summit", "Qatar and Egypt co-hosted a conference on Gaza aid": the host
    # attends its gathering (not "hosted a summit with X": a meeting)
    _t("conference-hosted", r"(?:co-)?host(?:ed|s)\s+(?:the\s+|a\s+|an\s+)?(?:[\w\-'\u2019]+\s+){0,6}?(?:summit|conference|"
       r"forum|general\s+assembly|ministerial\s+meeting|plenary)\b(?!\s+(?:with|for|between)\b)",
       "conference", "CONSULT", "044", "in_person"),
    _t("host-visit", r"(?:(?:hosted|held|presided\s+over)\s+)?(?:an?\s+|the\s+)?(?:official\s+|grand\s+|state\s+)?"
       r"welcom(?:e|ing)\s+ceremony\s+for|hosted|welcomed(?=\s+by\b|\s+(?:visiting\s+|his\s+|her\s+|the\s+visiting\s+)?"
       r"(?-i:[A-Z\u00C0-\u00DE\u0110]))(?!\s+(?:(?-i:[A-Z])[\w.-]*\s+){0,4}[\w.-]+['\u2019]s\s)",
       "meeting", "CONSULT", "043", "in_person", "host"),
    # --- meetings
    _t("meet", r"(?:met|meets|(?:(?<=to\s)|(?<=will\s)|(?<=would\s))meet)(?:\s+with)?"
       r"(?!\s+(?:the\s+|an?\s+|its\s+|their\s+|this\s+)?(?:[\w'\u2019-]+\s+){0,2}?(?:targets?|demand|share|needs|deadlines?|"
       r"expectations|criteria|obligations|requirements|standards|costs|goals?|conditions|payments?|forecasts?|"
       r"estimates))|"
       r"meeting\s+with|(?:held|hold|holds|holding)\s+(?:a\s+|an\s+)?"  # not a count: "held more than 30 meetings"
       r"(?:(?!(?:more|than|over|dozens|several|many|numerous|\d+)\s)[\w-]+\s+){0,4}?(?:talks|meetings?|working\s+session|discussions|consultations|negotiations|dialogue)|"
       r"talks\s+(?:with|between)|negotiated\s+(?:\w+\s+){0,6}?with|mediat(?:ed|ing)\s+(?:\w+\s+)?talks|"
       r"shuttled\s+between|(?:(?<=\bin\s)|(?<=\bat\s)|(?<=\bduring\s))(?:the\s+)?talks\s+held\s+(?=in\b|on\b|at\b)|"
       r"talks\s+(?:in\s+(?-i:[A-Z])[\w-]*(?:\s+(?-i:[A-Z])[\w-]*)?\s+|on\s+\w+\s+)(?:with|between)|"
       r"courtesy\s+calls?(?:\s+on)?|working\s+sessions?|sat\s+down\s+with|bilateral\s+meeting|"
       r"granted\s+(?:a|an)\s+(?:[\w-]+\s+)?audience\s+to",
       "meeting", "CONSULT", "040", "in_person", "mutual"),
    # "spoke with Prime Minister X", "talked to his Indian counterpart": talks in some mode the words
    # do not say (not to the press: "spoke to Reuters")
    _t("talk-with", r"(?:speaking|talking)\s+(?:with|to)(?=\s+(?:his|her|their)\s+(?:[\w-]+\s+)?counterparts?\b|"
       r"(?:\s+[\w.'\u2019-]+){1,6}?\s+(?:by|over\s+the|on\s+the)\s+(?:phone|telephone)\b)|"
       r"(?:spoke|speaks|talked)\s+(?:with|to)(?=\s+(?:his\s+|her\s+|their\s+|the\s+)?"
       r"(?!(?-i:Reuters|AFP|AP|BBC|CNN|Al\s+Jazeera|Xinhua|TASS|Bloomberg|Parliament|Congress|[A-Z]\w+\s+(?:newspaper|"
       r"daily|radio|television|TV|agency))\b)(?-i:[A-Z])|\s+(?:his|her|their)\s+(?:[\w-]+\s+)?counterparts?\b)",
       "meeting", "CONSULT", "040", None, "mutual"),
    # "X discussed the Gaza truce with President Y (in a phone call)": talks in a mode the words may tell
    _t("discussed-with", r"discuss(?:ed|es)\s+(?:(?!to\s)[\w'\u2019,.-]+\s+){1,8}?with(?=\s+(?:his\s+|her\s+|their\s+|the\s+|"
       r"visiting\s+)?(?-i:[A-Z]))", "meeting", "CONSULT", "040", None, "mutual"),
    # "received cables of congratulations from King X and President Y": a message from each sender
    _t("message-received", r"(?:received|receives)\s+(?:a\s+|several\s+|many\s+)?(?:[\w-]+\s+)?(?:cables?|messages?|letters?|"
       r"telegrams?)(?:\s+of\s+(?:congratulations?|condolences?|greetings|thanks|sympathy))?", "message", "SUPPORT", "018",
       "written"),
    # "Ukraine received a new package of military aid from Germany": the giver after "from" (find_sides reads it
    # as "message-received")
    _t("aid-received", r"(?:received|receives|has\s+received)\s+(?:[\w$,.'\u2019-]+\s+){0,8}?(?:aid|assistance|relief|supplies|"
       r"weapons|ammunition|vaccines?|doses|donations?|grants?|loans?|funding|equipment)\s+from(?=\s+(?:the\s+)?(?-i:[A-Z]))",
       "aid", "AID", "070", None, "forward"),
    _t("receive", r"received\s+(?:a\s+)?courtesy\s+calls?|received|receives|receiving|"
       r"(?:hosted|gave|held)\s+a\s+reception\s+for",
       "meeting", "CONSULT", "043", "in_person", "host"),
    # --- multilateral
    _t("conference", r"led\s+(?:the\s+|his\s+|her\s+|its\s+|a\s+)?(?:[\w-]+\s+){0,2}?delegation\s+(?:on\s+\w+\s+)?to\s+"
       r"(?:the\s+)?(?:[\w\-']+\s+){0,6}?(?:summit|conference|forum|general\s+assembly)|"
       r"(?:attended|attends|attending|took\s+part\s+in|participated\s+in|joined|addressed|"
       r"co-chaired|chaired)\s+(?:the\s+)?(?:[\w\-']+\s+){0,6}?(?:summit|conference|forum|"
       r"general\s+assembly|ministerial\s+meeting|plenary|ministers['\u2019]\s+council|council\s+(?:meeting|session))|gathered\s+(?:in|at|for)\s+(?:[\w\-']+\s+){0,5}?"
       r"(?:for\s+(?:a|an|the)\s+)?(?:summit|conference|forum)|(?<=to\s)(?:attend|join)\s+(?:the\s+)?(?:[\w\-']+\s+){0,6}?"
       r"(?:summit|conference|forum|talks|negotiations|meeting)|(?:attended|attends|attending|took\s+part\s+in|"
       r"participated\s+in|addressed|chaired)\s+(?:the\s+|a\s+)?(?:[\w-]+\s+){0,2}?(?:meeting|session)\s+of\s+(?:the\s+)?"
       r"(?=(?-i:[A-Z]))",
       "conference", "CONSULT", "044", "in_person"),
    # --- agreements
    _t("sign", r"(?:sign(?:ed|ing)?|signs(?!\s+(?:that|of)\b))\s+(?:an?\s+|the\s+|several\s+|\w+\s+)?(?:[\w\-]+\s+){0,4}?"
       r"(?:agreements?|memorand(?:ums?|a)|MoUs?|MOUs?|treat(?:y|ies)|deals?|accords?|declarations?|pacts?|"
       r"joint\s+statements?|contracts?|protocols?|documents?|(?:exchange\s+of\s+)?notes|roadmaps?|"
       r"letters?\s+of\s+intent|action\s+plans?|plans?\s+of\s+(?:consultations|cooperation|action)|"
       r"(?:cooperation\s+)?programmes?|framework|charter|communiqu[eé]s?|arrangements?|conventions?|compacts?)|inked|"
       r"signed\s+(?:an?\s+|the\s+)?(?:[\w-]+\s+){0,2}?(?:truce|ceasefire|cease-fire|armistice)|"
       r"signing\s+(?:ceremony|took\s+place)|witnessed\s+the\s+exchange\s+of\s+(?:[\w-]+\s+){0,3}?(?:agreements|memorand(?:ums?|a)|"
       r"documents|MoUs|MOUs)|(?:agreements?|memorand(?:ums?|a)|MoUs?|MOUs?|deals?|accords?|"
       r"documents?|treat(?:y|ies))\s+(?:were|was|have\s+been|had\s+been)\s+signed|"
       # "exchanged three memorandums of understanding", "The three MoUs, which ..., were exchanged"
       r"exchanged\s+(?:[\w-]+\s+){0,3}?(?:agreements|memorand(?:ums|a)|MoUs|MOUs|instruments\s+of\s+ratification)|"
       r"(?:agreements|memorand(?:ums|a)|MoUs|MOUs),?\s+(?:[\w,'\u2019-]+\s+){0,14}?(?:were|have\s+been)\s+exchanged|"
       # "an arrangement on policing, under which ..., was signed by officials in the presence of the two"
       r"(?:agreements?|arrangements?|memorand(?:ums?|a)|MoUs?|MOUs?|accords?|protocols?)\b,?\s+(?:[\w,'\u2019-]+\s+){0,16}?"
       r"(?:was|were)\s+signed(?=\s+(?:by\s+(?:[\w-]+\s+){0,3})?in\s+the\s+presence\s+of\b)",
       "agreement", "SUPPORT", "057", "in_person", "mutual"),
    # "announced a $12 million package to rebuild schools in Vanuatu": money for a named purpose abroad
    _t("aid-package", r"(?:announced|announce|announces|unveiled|unveil|approved|committed)\s+(?:an?\s+)?"
       r"(?:additional\s+|new\s+)?(?:(?:US|A|NZ)?\$|\u20ac|\u00a3)[\d.,]+\s*(?:million|billion|m|bn)?\s+(?:[\w-]+\s+){0,2}?(?:package|grant|fund)\s+"
       r"(?:to|for)\s+(?:help\s+)?(?:rebuild|reconstruct|repair|restore|support|assist|the\s+reconstruction\s+of)\b",
       "aid", "AID", "070", None, "forward", "humanitarian"),
    # "handed over the last of their weapons to U.N. monitors": disarming, not arms given as aid
    _t("retreat-disarm", r"handed\s+over\s+(?:[\w'\u2019-]+\s+){0,6}?(?:weapons|arms|guns|rifles)\s+to\s+(?:the\s+)?"
       r"(?:U\.?N\.?|United\s+Nations|monitors|peacekeepers|observers|inspectors)", "retreat", "RETREAT", "0873", None, "forward",
       "military"),
    # --- aid
    _t("aid", r"(?:provided|provides|providing|provide|sent|sends|send|delivered|donated|donates|handed\s+over|granted|gave|give|"
       r"announced|approved|earmarked|unveiled|rushed|handed\s+out|channell?ed|allocated|extended|extend|airdropped|trucked|"
       r"gifted|"
       r"flew|shipped|airlifted|disbursed|released|distributed|dispatched|dispatches|deployed)"
       r"(?!\s+(?:troops|soldiers|forces|warships|tanks)\b)\s+(?:[\w\-$,.]+\s+){0,8}?(?:aid|assistance|relief|supplies|"
       r"vaccines?|rescue\s+teams?|rescue\s+workers|donations?|contributions?\s+of|grants?|funding|financing|loans?|kits|"
       r"equipment|"
       r"(?:dollars|euros|pounds|yen|yuan)(?!\s+(?:in|of|worth)\b)|(?:million|billion)\s+in\s+(?:[\w-]+\s+)?support\s+(?:for|to)|"
       r"ventilators|masks|food|doctors|medics|nurses|budget\s+support|weapons|interceptors|ammunition|doses|"
       r"field\s+hospitals?|medical\s+(?:teams?|staff|personnel)|"
       r"(?:armou?red\s+)?vehicles|carriers|tents|arms(?!\s+(?:dealers?|traffickers?|smugglers?|control|race|embargo))|medicines?|goods|grain|wheat|rice|fuel|blankets|clothing|clothes|quilts|fodder|fertili[sz]ers?|generators|ambulances|"
       r"(?:military\s+)?intelligence|aerial\s+photographs)|evacuated\s+(?:the\s+)?(?:[\w-]+\s+){0,2}?(?:wounded|"
       r"injured|sick|civilians|refugees|foreigners|nationals|citizens|students|workers|pilgrims)|wrote\s+off\s+(?:[\w$,.'\u2019-]+\s+){0,8}?debts?|"
       r"granted\s+(?:political\s+|diplomatic\s+)?asylum|(?:opened|set\s+up)\s+(?:a\s+)?(?:[\w-]+\s+){0,2}?(?:treatment\s+"
       r"cent(?:re|er)s?|field\s+hospitals?|clinics?)|"
       r"(?:humanitarian|emergency|relief)\s+(?:aid|assistance|supplies)\s+to|"
       r"response\s+to\s+the\s+(?:aftermath\s+of\s+the\s+)?(?:earthquakes?|floods?|typhoons?|storms?|"
       r"disasters?|tsunamis?|cyclones?|wildfires?)|rescue\s+(?:teams?|forces)\s+to",
       "aid", "AID", "073", None, "forward", "humanitarian"),
    _t("peacekeeping", r"contributions?\s+to\s+(?:the\s+)?(?:UN\s+|United\s+Nations\s+)?peacekeeping|"
       r"peacekeep(?:ing|ers)\s+(?:forces?|troops|contingent|mission)\s+to|deployed\s+peacekeepers|"
       r"peacekeepers\s+arrived|"
       r"(?:ceremony\s+to\s+)?see\s+off\s+(?:[\w-]+\s+){0,5}?(?:unit|contingent|hospital|troops|officers|"
       r"peacekeepers|team)\b(?:[^.]{0,120}?\b(?:UN|United\s+Nations|UNISFA|UNMISS|MINUSCA|mission)\b)",
       "aid", "AID", "074", None, "forward", "peacekeeping"),
    # --- messages
    _t("message-exchange", r"exchanged\s+(?:\w+\s+)?(?:messages|letters|greetings|congratulations)(?:\s+of\s+"
       r"(?:congratulations?|greetings|condolences?))?", "message", "SUPPORT", "018", "written", "mutual"),
    _t("message-said", r"(?:in|said\s+in)\s+(?:his|her|their|a|its|another)\s+(?:congratulatory\s+|condolence\s+)?"
       r"(?:message|letter|cable)|extended\s+(?:his\s+|her\s+|their\s+)?(?:warm(?:est)?\s+|sincere\s+)?"
       r"(?:congratulations|condolences|greetings)", "message", "SUPPORT", "018", "written"),
    # greetings conveyed in person are said at a meeting, and are part of it when the article has one
    _t("message-conveyed", r"conveyed\s+(?:the\s+|his\s+|her\s+|their\s+)?(?:warm(?:est)?\s+|cordial\s+|best\s+)?"
       r"(?:greetings|regards|wishes)(?=\s+(?:of|from)\b)", "message", "SUPPORT", "018", "written"),
    _t("message", r"(?:sent|sends|cabled|conveyed|addressed)\s+(?:on\s+\w+\s+)?(?:a\s+|his\s+|her\s+|their\s+)?"
       r"(?:similar\s+)?(?:congratulatory\s+|condolence\s+|sympathy\s+|greeting\s+)?(?:messages?|letters?|cables?|telegrams?|"
       r"condolences|congratulations|greetings)|(?:handed\s+over|delivered|passed\s+on)\s+(?:a\s+|the\s+|his\s+|her\s+)?"
       r"(?:written\s+|verbal\s+|personal\s+)?(?:messages?|letters?)\s+(?=(?:[\w'\u2019-]+\s+){0,8}?(?:to|from)\b)|"
       # "conveyed to His Majesty a written message from President X": the monarch addressed named first
       r"(?:conveyed|handed\s+over|delivered|passed\s+on)\s+to\s+(?:His|Her)\s+(?:Majesty|(?:Royal\s+)?Highness)\s+"
       r"(?:[\w'\u2019.-]+\s+){0,5}?(?:a|the|his|her)\s+"
       r"(?:written\s+|verbal\s+|personal\s+)?(?:messages?|letters?)(?=\s+(?:from|of)\b)|"
       r"congratulated|congratulates|offered\s+(?:his\s+|her\s+|their\s+)?condolences|"
       r"expressed\s+(?:his\s+|her\s+|their\s+)?(?:deep\s+)?condolences|exchanged\s+(?:\w+\s+)?greetings",
       "message", "SUPPORT", "018", "written"),
    # "A written message from King X ... was handed over to the Amir": the message told in the passive
    _t("message-passive", r"(?:messages?|letters?|cables?)\s+(?:[\w'\u2019.,-]+\s+){1,14}?(?:was|were)\s+(?:handed\s+over|"
       r"delivered|conveyed|passed\s+on|handed)\s+to|(?:messages?|letters?|cables?)\s+(?:[\w'\u2019.,-]+\s+){0,6}?(?:was|were)\s+"
       r"(?:sent|addressed|dispatched)(?=\s+(?:on\s+\w+\s+)?by\b)", "message", "SUPPORT", "018", "written"),
    # --- party / people exchanges
    _t("exchange", r"theory\s+workshops?|theoretical\s+workshops?|experience\s+exchanges?|"
       r"exchanged\s+experiences?|exchange\s+of\s+experiences?|(?:hosted|received|sent)\s+a\s+delegation",
       "exchange", "CONSULT", "040", "in_person", "mutual"),
    # --- material cooperation, concessions and retreats
    _t("cooperate", r"(?:joint|bilateral|trilateral|combined)\s+(?:[\w-]+\s+){0,2}?(?:exercises?|drills?|patrols?|manoeuvres|"
       r"maneuvers|war\s+games|operations?|"
       r"demining|projects?|"
       r"inspections?|investigation\s+team|investigations?|marketing)|jointly\s+(?:develop|produc|market|patrol|"
       r"investigat|operat|manag)\w*|(?:shared|sharing|passed|handed)\s+"
       r"(?:\w+\s+){0,2}?(?:intelligence|information|data|expertise|evidence|know-how|technology)|"
       r"(?:intelligence|information|data)[- ]sharing|"
       r"sharing\s+of\s+(?:[\w-]+\s+){0,3}?(?:intelligence|information|data)|extradited|extraditing|extradition\s+of|"
       r"resumed\s+(?:\w+\s+){0,3}?(?:shipments|exports|imports|flights|supplies|deliveries|trade)|"
       r"(?:began|started)\s+sharing|set\s+up\s+(?:an?\s+)?joint\s+(?:[\w-]+\s+){0,2}?(?:task\s+force|commission|committee|"
       r"team|centre|center)|handed\s+over\s+(?:[\w,-]+\s+){0,4}?(?:suspects?|fugitives?|wanted\s+m[ae]n)|exchanged\s+(?:[\w-]+\s+){0,2}?"
       r"(?:data|intelligence|information)|combined\s+operations?|"
       r"began\s+(?:pumping|supplying|exporting|shipping)",
       "cooperate", "COOPERATE", "062", None, "mutual", "military"),
    _t("agree-cooperate", r"agreed\s+to\s+(?:boost|enhance|strengthen|step\s+up|deepen|expand|promote)\s+cooperation",
       "agree", "AGREE", "030", None, "mutual"),
    _t("retreat", r"withdrew(?!\s+(?:its\s+|their\s+)?(?:[\w-]+\s+){0,2}?(?:observers|monitors|inspectors|"
       r"diplomats|ambassador|envoy|staff|contingent)\b)(?!\s+(?:its\s+\w+\s+)?from\s+(?:the\s+)?(?:[\w-]+\s+){0,3}?(?:bloc|"
       r"organi[sz]ation|union|treaty|agreement|talks|mission|alliance|group|council|IGAD)\b)|withdrawn|withdrawal\s+of|withdrawal\s+from(?!\s+(?:the\s+)?(?:[\w-]+\s+){0,4}?(?:bloc|organi[sz]ation|union|treaty|"
       r"agreement|accord|pact|talks|alliance|community|court|council|commission|convention)\b)|pulled\s+back|pulled\s+out(?!\s+of\s+(?:the\s+)?(?:[\w-]+\s+){0,3}?(?:bloc|organi[sz]ation|union|"
       r"alliance|Commonwealth|community)\b)|declared\s+(?:a\s+)?(?:unilateral\s+)?(?:[\w-]+\s+)?"
       r"(?:ceasefire|cease-fire|truce)|lifted\s+(?:[\w-]+\s+){0,4}?(?:blockade|siege|embargo|sanctions)|(?:re)?opened\s+(?:its\s+|their\s+|the\s+)?"
       r"(?:[\w-]+\s+){0,2}?(?:borders?|border\s+crossings?|crossings?|bridge|airspace)|(?:evacuated|abandoned|vacated)\s+"
       r"(?:their|its|the)\s+(?:[\w-]+\s+)?(?:positions|bases?|posts?|outposts)|handed\s+in\s+(?:[\w,-]+\s+){0,4}?"
       r"(?:weapons|arms|guns|rifles)|"
       r"eased\s+(?:the\s+|its\s+)?sanctions|released\s+(?:[\w-]+\s+){0,3}?(?:prisoners|hostages|detainees|"
       r"sailors|fishermen|crew|soldiers|captives|tankers?|ships?|vessels?|boats?|trawlers?|aircraft)|"
       r"(?:handed\s+over|repatriated|swapped|exchanged)\s+(?:[\w-]+\s+){0,3}?(?:prisoners|hostages|detainees|fishermen|captives|"
       r"(?:prisoners\s+of\s+war|POWs))|returned\s+(?:the\s+)?(?:seized|captured)|demobili[sz]ed|"
       r"disarmed|surrendered|freed|set\s+free|handed\s+over\s+(?:their\s+|its\s+)?(?:weapons|arms)|"
       r"observed\s+(?:a|the)\s+(?:[\w-]+\s+){0,2}?(?:truce|ceasefire|cease-fire)|eased\s+(?:its\s+|the\s+)?"
       r"(?:\w+\s+)?(?:blockade|siege)|(?:allowed|let)\s+(?:[\w-]+\s+){0,9}?(?:enter|back\s+into|into|entry|access|"
       r"deployment)|lift(?:ed)?\s+the\s+(?:\w+\s+)?state\s+of\s+emergency",
       "retreat", "RETREAT", "084", None, "forward", "military"),
    _t("concede", r"(?:eased|relaxed|cancell?ed|lifted|scrapped)\s+(?:the\s+|its\s+)?(?:[\w-]+\s+){0,2}?(?:restrictions|"
       r"curbs|controls|rules|measures|requirements|regulations|quotas)|(?:lifted|shortened|relaxed|eased)\s+(?:by\s+(?:[\w-]+\s+){1,2})?(?:the\s+|a\s+)?(?:[\w-]+\s+){0,4}?"
       r"(?:curfew|state\s+of\s+emergency|emergency|martial\s+law|ban)|called\s+off\s+(?:a\s+|the\s+|its\s+|their\s+)?"
       r"(?:[\w-]+\s+){0,2}?(?:strike|protests?|boycott|sit-in)|accepted\s+(?:the\s+|their\s+)?"
       r"(?:[\w'\u2019-]+\s+){0,2}?(?:demands?|conditions)|made\s+concessions|granted\s+(?:a\s+)?(?:\w+\s+)?amnesty|backed\s+down|conceded|"
       r"yielded\s+to|pardoned|reinstated|bowed\s+to|(?:shelved|scrapped|withdrew|dropped|abandoned)\s+(?:its\s+|a\s+|the\s+|"
       r"his\s+|her\s+|their\s+)?(?:[\w-]+\s+){0,2}?(?:plans?|bill|demands?|proposals?|amendment|law|decree|tax|taxes|levies|objections?|veto)|"
       r"suspended\s+(?:its\s+|their\s+)?(?:protests|strike|boycott)|met\s+(?:a\s+|the\s+)?(?:key\s+)?demands?",
       "concede", "CONCEDE", "080", None, "forward"),
    # --- conflict
    _t("assault", r"air\s*strikes?|airstrikes?|shelled|shelling\s+of|opened\s+fire|"
       r"(?<!test-)fired\s+(?:[\w-]+\s+){0,3}?(?:rockets|"
       rf"missiles|mortars|shells|artillery|bombs|grenades|rounds|shots)\s+(?:at|on|into{_NOT_SEA})|invaded|invasion\s+of|bombed|bombarded|stormed|"
       r"attacked|attack\s+on|ambushed|clashed\s+with|clashes\s+(?:with|between)|gun\s+battle|killed|"
       r"massacred|shot\s+dead|(?:drone|missile|rocket)s?\s+(?:struck|hit)|fired\s+tear\s+gas|hurled\s+stones",
       "assault", "ASSAULT", "190", None, "forward", "military"),
    _t("assault-unconventional", r"suicide\s+(?:bomb(?:ing|er|ers)?|attack)|car\s+bombs?(?:ing)?|bomb\s+attack|"
       r"blew\s+(?:himself|herself|themselves)\s+up|bombs?\s+exploded|"
       r"abducted|kidnapped|assassinated|assassination\s+of|beheaded|tortured",
       "assault", "ASSAULT", "180", None, "forward", "human_security"),
    _t("protest-civil", r"demonstrated\s+(?:against|outside|in)|staged\s+(?:a\s+|an\s+)?(?:[\w-]+\s+)?(?:protests?|"
       r"rall(?:y|ies)|demonstrations?|sit-ins?|strikes?|walkouts?|marches|dharnas?|bandhs?|hartals?|vigils?)|"
       r"took\s+to\s+the\s+streets|rallied|"
       r"(?<!-)marched|went\s+on\s+(?:a\s+)?(?:hunger\s+)?strike|hunger\s+strike|boycotted|blocked\s+(?:the\s+|a\s+)?"
       r"(?:[\w-]+\s+){0,2}?(?:roads?|streets?|highways?|motorways?|railway|border\s+crossings?|bridges?)|rioted|"
       r"general\s+strike|set\s+(?:\w+\s+){0,2}on\s+fire",
       "protest", "PROTEST", "141", None, "forward", "political"),
    _t("accuse", r"accused(?!\s+of\b)|accuses|(?<=,\s)(?:accusing|condemning|denouncing|critici[sz]ing|blaming)\b|"
       r"condemned|condemns|denounced|denounces|criticis(?:ed|es)|"
       r"complained\s+(?:to|about|of|that)|lodged\s+(?:a\s+)?complaint|"
       r"criticiz(?:ed|es)|blamed|blames|slammed|lashed\s+out\s+at|(?:lodged|filed|registered|conveyed)\s+(?:an?\s+|its\s+|their\s+)?(?:[\w-]+\s+){0,2}?(?:protests?|complaints?)|protested\s+(?:against|to)|(?:summoned|called\s+in)\s+(?:the\s+)?(?:[\w'\u2019.-]+\s+){0,3}?"
       r"(?:ambassador|envoy|charg[eé]\s+d'affaires|diplomat|attach[eé]|deputy\s+chief\s+of\s+mission|consul|"
       r"high\s+commissioner)|filed\s+(?:a\s+)?(?:lawsuit|complaint)|sued|suing|charging\s+(?:[\w-]+\s+){0,3}?with|(?:delivered|handed|sent|issued|"
       r"presented)\s+(?:him\s+|her\s+|them\s+|(?:[\w.'\u2019-]+\s+){1,5}?)?(?:a\s+)?(?:formal\s+|strong\s+|diplomatic\s+)?(?:note\s+of\s+(?:strong\s+|formal\s+)?protest|protest\s+note|"
       r"note\s+verbale|diplomatic\s+note|letter\s+of\s+protest|démarche|demarche)",
       "accuse", "ACCUSE", "111", None, "forward"),
    # "US Ambassador Jeff Flake was invited to the Foreign Ministry", "the Ukrainian ambassador was summoned to the
    # ministry": a summons told in the passive, the host's ministry its author
    _t("accuse-summoned", r"(?:summoned|called\s+in|invited|called)(?=\s+(?:on\s+\w+\s+)?to\s+(?:the\s+)?"
       r"(?:[\w'\u2019-]+\s+){0,3}?(?:[Mm]inistry|Foreign\s+Office|State\s+Department|Quai\s+d'Orsay)\b)",
       "accuse", "ACCUSE", "111", None, "forward"),
    # "and the Belarusian charge d'affaires was summoned then as well": an envoy summoned, told in the passive
    _t("accuse-envoy-summoned", r"(?:(?<=ambassador\swas\s)|(?<=affaires\swas\s)|(?<=envoy\swas\s)|(?<=diplomat\swas\s)|"
       r"(?<=ambassadors\swere\s)|(?<=diplomats\swere\s)|(?<=ambassador\shad\sbeen\s)|(?<=affaires\shad\sbeen\s))"
       r"(?:(?:also|last|again|previously|first)\s+)?summoned\b(?!\s+(?:to\s+appear|before\s+(?:a|the)\s+court))",
       "accuse", "ACCUSE", "111", None,
       "forward"),
    _t("investigate", r"(?:launched|opened|began|ordered|completed)\s+(?:an?\s+|its\s+|their\s+)?(?:[\w-]+\s+){0,2}?"
       r"(?:investigations?|probes?|inquiry|inquiries|inquests?|hearings?\s+into)|(?:sent|dispatched)\s+(?:[\w,-]+\s+){0,5}?"
       r"(?:inspectors|investigators|monitors|fact-finding\s+mission)|"
       r"investigat(?:ed|ing)|(?<=to\s)investigate(?=\s)|(?:put|placed)\s+under\s+(?:formal\s+)?investigation",
       "accuse", "ACCUSE", "090", None, "forward", "legal"),
    _t("reject", r"(?<=,\s)(?:rejecting|turning\s+down|dismissing|spurning|refusing)\b|"
       r"rejected|rejects|reject(?=\s+(?:the|any|all|proposed|a|an)\b)|dismissed\s+(?:the\s+|as\s+|an?\s+)?"
       r"(?:\w+\s+)?(?:claims?|accusations?|allegations?|reports?)|dismissed\s+(?:the\s+|an?\s+)?(?:[\w'\u2019-]+\s+){0,3}?"
       r"(?:demands?|calls?|proposals?|appeals?|offers?|requests?|"
       r"measures|sanctions|decision|move|protest|criticism|ultimatum|resolution|ruling|verdict)|refused\s+(?:on\s+\w+\s+)?to|"
       r"(?:described|branded|labell?ed|called|dismissed)\s+(?:the|this|that|these|such)\s+(?:\w+\s+)?(?:protests?|"
       r"notes?|accusations?|allegations?|claims?|charges?|criticism|sanctions|measures)\s+(?:as\s+)?(?:an?\s+|\S?another\s+)?"
       r"(?:\S?(?:[\w-]+\s+){0,2}?)(?:provocation|baseless|groundless|unfounded|absurd|lies?|nonsense|fabricat\w+|"
       r"interference|worthless|illegal|unacceptable|propaganda)|"
       r"declined\s+to\s+(?:resign|attend|join|sign|meet|accept|endorse|back|support|recogni[sz]e|extradite|release|"
       r"withdraw|hand\s+over|take\s+part|participate|ratify|lift|approve|condemn|renew|step\s+down)|reneged\s+on|failed\s+to\s+reach\s+(?:an?\s+)?(?:\w+\s+)?(?:agreement|deal|accord|consensus)|"
       r"(?:is|are|was|were|remains?)\s+opposed\s+to|out\s+of\s+the\s+question|(?:will|would)\s+not\s+accept|refused\s+to|turned\s+down|vetoed|ruled\s+out|spurned|denied\s+(?:the\s+|any\s+)?(?:[\w'\u2019.-]+['\u2019]s\s+)?"
       r"(?:accusations?|allegations?|claims?|charges?|reports?|request)|refused\s+(?:[\w.-]+\s+){0,3}?requests?|"
       r"barred\s+(?:[\w-]+\s+){0,8}?from(?!\s+(?:standing|running|contesting|taking\s+part|participating)\b)|"
       r"(?:is|are|was|were)\s+refusing\s+to|"
       r"denied\s+(?:[\w-]+\s+){0,2}?(?:permission|permits?|allocation|access|visas?|landing\s+rights)|"
       r"(?:violated|defied|flouted)\s+(?:an?\s+|the\s+)?(?:[\w-]+\s+)?ban|called\s+off\s+(?:a\s+|the\s+)?(?:planned\s+)?(?:\w+\s+)?(?:meeting|"
       r"visit|talks|summit)", "reject", "REJECT", "120", None, "forward"),
    _t("sanction", r"(?:imposed|imposes|imposing|announced|slapped|unveiled|adopted|approved|introduced|extended|"
       r"expanded|tightened)\s+(?:[\w-]+\s+){0,4}?(?:sanctions|embargo|tariffs)|sanctioned|expelled\s+(?:[\w,]+\s+){0,6}?"
       r"(?:diplomats?|ambassador|envoy|inspectors|(?:embassy|diplomatic|consular)\s+(?:staff|employees|officials|personnel|"
       r"agents)|consuls?|nuncio)|"
       r"pulled\s+(?:its|their)\s+(?:ambassadors?|envoys?|diplomats)\s+out\s+of|"
       r"(?:cut|severed|suspended|broke\s+off|downgraded|froze|halted)\s+(?:its\s+|their\s+)?(?:diplomatic\s+|military\s+|economic\s+)?"
       r"(?:ties|relations|talks|negotiations|aid|assistance|cooperation|funding|loans)|(?:cut|suspended|halted|froze|"
       r"withheld|reduced|slashed|cut\s+off)\s+(?:[\w$,.'\u2019-]+\s+){0,5}?(?:aid|assistance|funding|funds|budget\s+support|loans?|"
       r"deliveries|supplies|share\s+of\s+the\s+(?:\w+\s+)?budget)|"
       r"suspended\s+(?:its\s+|their\s+)?(?:participation|mediation|membership|cooperation)|suspended\s+(?-i:[A-Z])\w+\s+from|"
       r"pulled\s+(?:its\s+|their\s+)?(?:\w+\s+)?(?:contingent|observers|diplomats|staff)\s+out\s+of|"
       r"withdrew\s+(?:its\s+|their\s+)?(?:[\w-]+\s+){0,2}?(?:observers|monitors|inspectors|diplomats|ambassador|envoy|staff|"
       r"contingent)\b|"
       r"withdrew\s+(?:its\s+\w+\s+)?from\s+(?:the\s+)?(?:[\w-]+\s+){0,3}?(?:bloc|organi[sz]ation|union|treaty|"
       r"agreement|talks|mission|alliance|group|IGAD|council)|(?:declared|declares|declaring|(?<=to\s)declare)\s+(?:[\w.'\u2019-]+\s+){1,10}?persona\s+non\s+grata|persona\s+non\s+grata|halted\s+(?:\w+\s+){0,2}?"
       r"(?:deliveries|exports|supplies|imports)|(?:announced|ordered|decreed|decided\s+on)\s+the\s+(?:breaking|severing|"
       r"rupture|breaking\s+off)\s+of\s+(?:diplomatic\s+)?(?:relations|ties)", "sanction", "SANCTION", "160", None, "forward"),
    # recalling an ambassador reduces relations (CAMEO 161): an act of its own beside an expulsion told with it
    _t("sanction-recall", r"(?:recalled|recalling)\s+(?:its\s+|their\s+|the\s+|[A-Z][\w.-]*(?:\s+[A-Z][\w.-]*)?['\u2019]s\s+)?"
       r"(?:[\w-]+\s+)?ambassador", "sanction", "SANCTION", "161", None, "forward"),
    _t("threaten", r"threatened(?!\s+to\s+be\b)|threatens(?!\s+to\s+be\b)|"
       r"(?<=,\s)threatening|threatening\s+(?:to\s+)?(?:retaliat|military|war|strikes|"
       r"sanctions|countermeasures|reprisals)|warned\s+of\s+(?:\w+\s+)?(?:retaliation|consequences|"
       r"countermeasures|military\s+action|war|reprisals?)|vowed\s+(?:to\s+retaliate|retaliation|countermeasures|"
       r"(?:a\s+)?response)|(?:vowed|promised|pledged|threatened)\s+(?:an?\s+)?(?:crushing|harsh|fierce|decisive|"
       r"severe|strong|tough|swift|bloody|painful)\s+(?:response|retaliation|revenge|reprisals?|punishment)|"
       r"(?:vowed|promised|swore)\s+(?:bloody\s+)?(?:revenge|vengeance)|issued\s+an\s+ultimatum|ultimatum\s+to|(?:warned|warns|(?<=,\s)warning)\s+(?:(?:[\w'-]+\s+){1,3}?that\s+|that\s+)?(?:[\w'-]+\s+){0,8}?"
       r"(?:would|could|will|might)\s+(?:soon\s+|be\s+)?(?:strike|seize|attack|answer|retaliate|respond|arrested|force|withhold|"
       r"met\s+with|face|"
       r"invade|hit|punish|use\s+force|suspend|cut|halt|impose|expel|close|target|sever|freeze|ban|block|jail|"
       r"[\"\u201c]?pay\s+(?:a|the)\s+(?:heavy\s+|high\s+)?price|resume\s+(?:\w+\s+)?(?:operations|strikes|attacks)|launch\s+(?:\w+\s+)?"
       r"(?:operations|strikes|attacks|an\s+offensive)|(?:take|adopt)\s+[\"\u201c]?(?:all\s+(?:the\s+)?)?"
       r"(?:necessary\s+|further\s+|appropriate\s+|firm\s+)?(?:measures|action|steps))|or\s+face\s+(?:\w+\s+){0,2}?(?:military|intervention|sanctions|force|"
       r"consequences)|(?:would|will)\s+respond\s+[\"\u201c]?(?:proportionately|reciprocally|firmly|decisively|forcefully|"
       r"strongly|in\s+kind|militarily|with\s+force)|(?:curfew|martial\s+law|"
       r"state\s+of\s+emergency|sanctions|tariffs)\s+(?:would|will|could)\s+be\s+imposed",
       "threaten", "THREATEN", "130", None, "forward"),
    _t("request", r"called\s+(?:on|for)|called\s+(?:(?-i:[A-Z])[a-z]+day|today|yesterday)\s+(?:on|for)|"
       r"pressur(?:ed|ing)\s+(?:[\w-]+\s+){1,6}?to\b|calls\s+(?:on|for)|urged|urges|urging|demanded|demands|demanding|"
       r"(?:said|says|declared|declares|insisted|insists|reiterated|stressed|concluded|announced|told\s+\w+)\s+"
       r"(?:(?:on\s+)?\w+\s+)?(?:that\s+)?(?=(?:the\s+)?(?-i:[A-Z])[\w'.-]*(?:\s+[\w'.-]+){0,8}?\s+must\b)|"
       r"issued\s+(?:a\s+)?(?:[\w-]+\s+)?reminder|reiterated\s+(?:its\s+|his\s+|her\s+|their\s+)?demand|"
       r"sought\s+(?:political\s+)?(?:refuge|asylum)|pushing\s+(?:hard\s+)?for|"
       r"appealed\s+(?:to|for)|asked\s+(?:\w+\s+){1,4}?to\b|requested|pressed\s+(?:for|\w+\s+to)|pressed\s+(?:[\w-]+\s+){1,3}?(?:at|during|on)\s+(?:[\w.'\u2019-]+\s+){1,6}?to\b",
       "request", "REQUEST", "100", None, "forward"),
    _t("coerce", r"rammed|water\s+cannon|seized|confiscated|detained|arrested|jailed|imprisoned|sentenced|deported|"
       # "fined the captain of a Japanese fishing boat": a penalty on people, not a regulator's on a company
       r"fined\s+(?:the\s+|a\s+|an\s+|two\s+|three\s+|\d+\s+)?(?:[\w-]+\s+){0,2}?(?:captains?|skippers?|crews?|fishermen|"
       r"sailors|nationals?|citizens?|journalists?|activists?|tourists?|diplomats?|migrants?)\b|"
       r"harass(?:ed|ing)|banned|outlawed|cracked\s+down|crackdown\s+on|raided|"
       r"blockaded|placed\s+under\s+house\s+arrest|"
       r"(?:demolished|bulldozed|razed|torched)\s+(?:[\w-]+\s+){0,3}?(?:homes|houses|buildings|villages|shops|mosques|"
       r"churches)|hacked(?!\s+to\s+death)|(?:tried|attempted)\s+to\s+hack|cyber-?attacks?\s+on|defaced|forced\s+out|"
       r"(?:as|as\s+a)\s+human\s+shields?|(?<!\bthe\s)(?<!\ba\s)dissolved\s+(?:the\s+)?(?:[\w-]+\s+){0,3}?"
       r"(?:party|parliament|assembly)|shut\s+down\s+(?:access|the\s+internet|newspapers?|media)|kept\s+"
       r"(?:[\w-]+\s+){0,4}?closed", "coerce", "COERCE", "170", None, "forward", "territory"),
    # curfews, bans and emergency rule: administrative sanctions (CAMEO 172), an act of their own
    # beside the arrests told in the same sentence
    _t("coerce-restrict", r"imposed\s+(?:a\s+)?(?:[\w-]+\s+){0,2}?(?:curfew|travel\s+ban|ban)|(?:declared|imposed)\s+(?:a\s+)?"
       r"(?:[\w-]+\s+)?(?:state\s+of\s+(?:emergency|siege)|martial\s+law)", "coerce", "COERCE", "172", None, "forward",
       "political"),
    _t("mobilize", r"(?:military|naval|air|missile)\s+(?:drills?|exercises?)|(?:conducted|held|staged)\s+"
       r"(?:[\w-]+\s+){0,3}?(?:drills|exercises)|(?:deployed|moved|sent|dispatched|rushed)\s+(?:[\w,-]+\s+){0,5}?"
       r"(?:troops|warships|forces|soldiers|officers|jets|missiles?|tanks|units|batteries|police|guards|platoons|battalions|"
       r"(?:aircraft\s+)?carriers?|strike\s+group|reinforcements)|massed\s+(?:[\w,-]+\s+){0,5}?(?:troops|forces)?|"
       r"mobili[sz]ed(?!\s+(?:[\w-]+\s+)?(?:pressure\s+groups|support|supporters|voters|resources|funds|"
       r"public\s+opinion|volunteers|lobby|lobbies|donors))|called\s+up\s+(?:[\w,]+\s+){0,2}?(?:reservists|troops|soldiers)|"
       r"(?:troops|warships|forces|soldiers|jets|tanks|reinforcements|battalions?|brigades?|units|servicemen|warplanes)\s+"
       r"(?:were|was|have\s+been|had\s+been)\s+"
       r"(?:deployed|dispatched|sent|moved|rushed)|stationed\s+(?:[\w,-]+\s+){0,4}?(?:brigades?|troops|battalions?|divisions?|"
       r"missiles|forces|warships|jets)|(?:put|placed)\s+(?:[\w-]+\s+){0,5}?"
       r"on\s+(?:high\s+|full\s+|heightened\s+|maximum\s+)?alert|raised\s+(?:the\s+|its\s+)?(?:[\w-]+\s+)?(?:alert|readiness)|"
       r"test-fired|launched\s+(?:a\s+|two\s+|several\s+)?(?:\w+\s+)?(?:ballistic\s+)?missiles?(?!\s+(?:and\s+[\w-]+\s+)?"
       r"(?:attacks?|strikes?|barrages?|assaults?)\b)|were\s+deployed|"
       rf"fired\s+(?:[\w-]+\s+){{0,3}}?(?:missiles?|rockets?)\s+into(?!{_NOT_SEA})|"
       # "fired eight short-range ballistic missiles in a single day": a launch at no one named
       r"fired\s+(?:[\w-]+\s+){0,3}?ballistic\s+missiles?\b(?!\s+(?:at|on|towards?|against)\b)|"
       # "fired what it claimed was a new solid-fuel intermediate-range missile"
       r"(?:fired|launched|test-fired)\s+what\s+(?:it|they|[A-Z][\w-]+|the\s+\w+)\s+(?:said|says|claimed|claims|called|"
       r"described\s+as)\s+(?:was|were|is|are)?\s*(?:an?\s+)?(?:[\w-]+\s+){0,4}?(?:missiles?|rockets?)\b",
       "mobilize", "MOBILIZE", "150", None, "forward", "military"),
    # --- support and agreement (after the more specific patterns above)
    _t("support", r"praised|hailed|lauded|commended|paid\s+tribute\s+to|welcomed\s+(?:on\s+\w+\s+)?(?:the\s+|a\s+|his\s+|"
       r"her\s+|their\s+|its\s+)?"
       r"(?:\w+\s+){0,2}?(?:decision|move|agreement|deal|efforts?|election|proposal|initiative|progress|outcome|"
       r"results?|release|return|announcement|resolution|statement|remarks|pledge|offer|signing|accord|pact|treaty|"
       r"ceasefire|truce|ruling|verdict|steps?|adoption|lifting|formation|appointment)|"
       r"welcomed\s+(?:(?-i:[A-Z])[\w.-]*\s+){1,4}?[\w.-]+['\u2019]s\s+(?:[\w-]+\s+){0,3}?(?:decision|move|statement|"
       r"proposal|offer|initiative|plan|announcement|efforts?|election|victory|release|return|remarks|comments|pledge|"
       r"policy)|expressed\s+(?:its\s+|his\s+|her\s+|their\s+|strong\s+|"
       r"full\s+)*support|voiced\s+(?:\w+\s+)?support|threw\s+(?:its|his|her|their)\s+(?:\w+\s+)?support|(?<!-)backed|"
       r"endorsed|thanked|apologi[sz]ed|defended|commend(?:ed|ing)|vote\s+of\s+confidence|recogni[sz]ed\s+"
       r"(?:the\s+)?(?:\w+\s+){0,3}?(?:independence|sovereignty|government|state)|(?:established|restored|"
       r"resumed)\s+(?:full\s+)?diplomatic\s+(?:relations|ties)|(?:upgraded|raised|elevated)\s+(?:their\s+|its\s+|the\s+)?"
       r"(?:[\w-]+\s+)?(?:ties|relations)|lobbied\s+(?:\w+\s+){0,4}?to\s+back",
       "support", "SUPPORT", "051", None, "forward"),
    _t("agree", r"agreed\s+(?:in\s+principle\s+)?(?:on\s+\w+\s+)?(?:to|on|upon|that)|"
       r"agrees\s+(?:to|on)|reached\s+(?:an?\s+|the\s+)?(?:[\w-]+\s+){0,3}?(?:agreement|"
       r"consensus|deal|accord|understanding)|pledged|promised|offered\s+to|(?:is|are|was|were|would\s+be)\s+(?:willing|ready|"
       r"prepared)\s+to|committed\s+to|accepted\s+(?:the\s+|an?\s+)?(?:offer|proposal|mediation|plan)|"
       r"offered\s+(?:(?-i:[A-Z])[\w-]*\s+){1,3}(?:a|an)\b|vowed\s+to|(?<=will\s)host",
       "agree", "AGREE", "030", None, "forward"),
)

# Further CAMEO codebook actions (labels in ../shared/reference/cameo), lowest priority.
TRIGGERS = TRIGGERS + (
    _t("support-forgive", r"forgave|pardoned\s+(?:the\s+)?(?:[\w-]+\s+)?(?:government|country|leaders?)",
       "support", "SUPPORT", "056", None, "forward"),
    _t("support-rally", r"rallied\s+support\s+(?:for|behind)", "support", "SUPPORT", "053", None, "forward"),
    _t("accuse-guilty", r"convicted|found\s+(?:\w+\s+){0,3}?guilty|indicted", "accuse", "ACCUSE", "116", None,
       "forward", "legal"),
    _t("reject-defy", r"defied|in\s+defiance\s+of", "reject", "REJECT", "128", None, "forward"),
    # but "in annexed Crimea", "partially occupied regions": a state of the place, told attributively
    _t("coerce-occupy", r"(?<!-)(?<!\bin\s)(?<!\bpartially\s)(?<!\bthe\s)(?<!\bnewly\s)(?:occupied|annexed)"
       r"|annexation\s+of", "coerce", "COERCE", "192", None, "forward", "territory"),
    _t("assault-more", r"hijacked|assaulted|beat\s+up|exchanged\s+(?:heavy\s+|intense\s+|sporadic\s+|artillery\s+)?(?:gun)?fire|"
       r"trading\s+(?:artillery|rocket|mortar|gun|machine-gun)\s+(?:and\s+(?:artillery|rocket|mortar)\s+)?fire|gunfight|violated\s+(?:the\s+)?"
       r"(?:\w+\s+)?(?:ceasefire|cease-fire|truce)", "assault", "ASSAULT", "190", None, "forward", "military"),
)
# Further phrasings of the same categories, after everything above.
TRIGGERS = TRIGGERS + (
    _t("coerce-more", r"used\s+tear\s+gas|dispersed\s+(?:[\w-]+\s+){0,2}?(?:protesters|demonstrators|crowds?|rall(?:y|ies)|"
       r"marchers|students)|prevented\s+(?:the\s+|a\s+|an\s+)?(?:[\w-]+\s+){0,2}?(?:demonstration|protest|rally|march)|"
       r"ordered\s+(?:[\w-]+\s+){1,6}?to\s+(?:suspend|close|leave|halt|stop|shut)|forced\s+(?:[\w,-]+\s+){1,6}?out\s+of|"
       r"closed\s+(?:its\s+|their\s+|the\s+)?(?:[\w-]+\s+){0,2}?borders?|(?:re)?imposed\s+(?:[\w-]+\s+){0,2}?blockades?|enforced\s+(?:an?\s+|the\s+)?(?:[\w-]+\s+){0,2}?blockades?|"
       r"tighten(?:ed)?\s+(?:the\s+|its\s+)?(?:[\w-]+\s+){0,2}?blockade|extend(?:ed)?\s+(?:the\s+)?(?:[\w-]+\s+){0,2}?curfew|"
       r"(?:will|would)\s+no\s+longer\s+tolerate", "coerce", "COERCE", "170", None, "forward", "territory"),
    _t("sanction-more", r"suspension\s+of\s+(?:[\w-]+\s+){0,2}?(?:ties|relations|links|flights|aid|talks|cooperation|trade)|"
       r"(?:prohibit|prohibited|ban|banned|bar|barred)\s+(?:all\s+)?(?:[\w-]+\s+)?aid|den(?:y|ied)\s+entry|"
       r"(?:impose|imposed|imposes)\s+(?:[\w-]+\s+){0,2}?restrictions", "sanction", "SANCTION", "160", None, "forward"),
    _t("protest-more", r"stopped\s+work|(?:began|launched|started|called|declared|held|organi[sz]ed|joined)\s+"
       r"(?:an?\s+)?(?:[\w-]+\s+){0,2}?(?:strike|walkout|boycott|protests?|demonstrations?|rall(?:y|ies)|(?-i:march)(?:es)?|sit-ins?|vigils?)|"
       r"open-ended\s+strike|set\s+fire\s+to|"
       r"blocked\s+(?:[\w-]+\s+){0,2}?(?:transport|traffic|access|entrances?)",
       "protest", "PROTEST", "141", None, "forward", "political"),
    _t("threaten-more", r"(?:would|will)\s+blockade", "threaten", "THREATEN", "130", None, "forward"),
    _t("consult-more", r"(?:renewed|resumed|reopened|began|started|launched|opened)\s+(?:[\w-]+\s+){0,4}?(?:talks|"
       r"negotiations|consultations|dialogue)|(?:undertook|began|launched)\s+(?:an?\s+)?(?:[\w-]+\s+)?mediation|"
       r"mediation\s+(?:mission|efforts?)\s+between", "meeting", "CONSULT", "045", "in_person", "mutual"),
    _t("mobilize-more", r"(?:strengthened|reinforced|bolstered|beefed\s+up)\s+(?:its\s+|their\s+|the\s+)?(?:[\w-]+\s+){0,2}?"
       r"(?:forces|troops|military\s+presence|positions|garrisons?)|(?:remained|remain|were\s+put|went)\s+on\s+"
       r"(?:high\s+|full\s+)?alert|ordered\s+(?:[\w-]+\s+){0,2}?patrols|stepped\s+up\s+(?:[\w-]+\s+)?patrols",
       "mobilize", "MOBILIZE", "150", None, "forward", "military"),
    _t("assault-fight", r"(?:captured|retook|retaken|recaptured|overran|overrun)\s+(?:[\w-]+\s+){0,5}?"
       r"(?:town|city|village|stronghold|base|positions?|territory|airport|"
       r"hill|border\s+post|district)|launched\s+(?:[\w,-]+\s+){0,4}?(?:fire|attacks?|offensive|raids?)\b|"
       r"ethnic\s+cleansing|(?:attempted|tried)\s+to\s+(?:assassinate|kill)|(?:sexually\s+|physically\s+)?abused\s+(?:[\w-]+\s+){0,3}?(?:prisoners|detainees|"
       r"immigrants|civilians|women|children|migrants|protesters|people|workers|refugees)|attempt\s+to\s+assassinate",
       "assault", "ASSAULT", "190", None,
       "forward", "military"),
    _t("support-welcome", r"gave\s+(?:a\s+)?(?:warm\s+|cordial\s+)?welcome\s+to", "support", "SUPPORT", "051", None,
       "forward"),
    # "will pull its troops out of", "voted to withdraw troops": an announced retreat (CONCEDE by the manual),
    # but "would pull its troops out unless" is an ultimatum
    _t("concede-withdraw", r"(?:(?:will|shall|would)\s+(?:begin\s+|start\s+)?|(?:voted|decided|resolved)\s+(?:[\w-]+\s+){0,2}?"
       r"to\s+(?:begin\s+)?)(?:withdraw(?:ing)?\s+(?:its\s+|their\s+|all\s+)?(?:[\w,-]+\s+){0,2}?(?:troops|soldiers|forces|"
       r"contingent|peacekeepers)|pull(?:ing)?\s+(?:its\s+|their\s+)?(?:[\w,-]+\s+){0,2}?(?:troops|"
       r"soldiers|forces)\s+out|withdraw\s+(?:its|their)\s+ambassador\s+and\s+(?:its\s+|their\s+)?(?:troops|soldiers|forces)"
       r")\b(?![^.;]*\bunless\b)|(?:(?<=troops\s)|(?<=soldiers\s)|(?<=forces\s)|(?<=peacekeepers\s)|(?<=contingent\s))"
       r"(?:will|would|are\s+to|is\s+to)\s+(?:(?:all|begin\s+to|start\s+to)\s+)?(?:leave|withdraw\s+from|pull\s+out\s+of|"
       r"be\s+withdrawn)\b(?![^.;]*\bunless\b)", "concede", "CONCEDE", "0356", None, "forward", "military"),
    _t("agree-will", r"(?:will|shall)\s+(?:(?:also|continue\s+to|soon|now|further)\s+)?(?:support|provide|send|grant|"
       r"release|free|allow|meet|resume|restore|lift|supply|donate|deliver|fund|finance|evacuate|"
       r"hand\s+over|hand|return)\b",
       "agree", "AGREE", "030", None, "forward"),
    _t("retreat-truce", r"(?:ceasefire|truce)\s+(?:[\w-]+\s+){0,10}?(?:came|comes)\s+into\s+(?:force|effect)|(?:ceasefire|"
       r"truce)\s+(?:[\w-]+\s+){0,8}?(?:took|takes|went|goes)\s+(?:hold|(?:into\s+)?effect)", "retreat", "RETREAT", "0871",
       None, "mutual", "military"),
    _t("agree-offer", r"offered\s+(?:its\s+|his\s+|her\s+|their\s+)?(?:troops|help|assistance|concessions|mediation|"
       r"support)|accepted\s+(?:a|the)\s+(?:formula|compromise|terms|peace\s+plan|ceasefire|truce)",
       "agree", "AGREE", "030", None, "forward"),
)
# A coercive act announced for later or on a condition ("would boycott", "will withdraw its
# peacekeepers unless", "is prepared to impose martial law") is a threat: PLOVER THREATEN, with
# the CAMEO 13x code of what is threatened. Before everything else, so that the act itself is
# neither coded as done nor, being in the future, as an AGREE to do it.
_THREAT_FRAME = (r"(?:will|would|could|may|might|shall|(?:is|are|was|were)\s+(?:ready|prepared|poised)\s+to|"
                 r"(?<!['\u2019]s\s)(?:plans?|planning|intends?|intending|vowed|vows|swore|sworn|swear)\s+to)\s+"
                 r"(?:also\s+|soon\s+|then\s+|immediately\s+|not\s+hesitate\s+to\s+|be\s+forced\s+to\s+)?")
_THREAT_ACTS = {  # what is threatened, and the CAMEO 13x code of the threat
    "sanction": ("131", r"(?:(?:impose|slap|tighten|extend)\s+(?:new\s+|further\s+|more\s+|tougher\s+)?"
       r"(?:[\w-]+\s+)?(?:sanctions|embargo|tariffs|restrictions)|boycott|"
       r"(?:cut(?:\s+off)?|halt|suspend|freeze|stop|end|sever|break\s+off|downgrade|reduce)\s+(?:all\s+)?(?:its\s+|their\s+)?"
       r"(?:[\w-]+\s+){0,2}?(?:aid|assistance|funding|ties|relations|contacts?|cooperation|trade|imports|exports|supplies|"
       r"deliveries|loans)|expel\s+(?:\w+\s+){0,3}?(?:diplomats?|ambassador|envoy|aid\s+(?:groups|agencies|workers)|"
       r"journalists|observers|monitors|peacekeepers|mission)|recall\s+(?:its\s+|their\s+)?ambassador)"),
    "restrict": ("132", r"(?:(?:impose|institute|declare|extend|introduce|reimpose)\s+(?:an?\s+|the\s+)?"
       r"(?:[\w-]+\s+){0,2}?(?:curfew|martial\s+law|state\s+of\s+(?:emergency|siege)|emergency\s+rule|ban)|"
       r"ban|outlaw|dissolve|arrest|jail|crack\s+down|no\s+longer\s+tolerate|close\s+(?:the\s+|its\s+)?(?:[\w-]+\s+){0,2}?"
       r"(?:borders?|strait|airspace|crossings?|ports?))"),
    "protest": ("133", r"(?:(?:call|stage|hold|launch|go\s+on)\s+(?:an?\s+)?(?:[\w-]+\s+){0,2}?"
       r"(?:strikes?|protests?|demonstrations?|boycotts?|walkouts?))"),
    "withdraw": ("136", r"(?:(?:withdraw|pull\s+out|pull)\s+(?:its\s+|their\s+|his\s+|her\s+|the\s+|all\s+)?"
       r"(?:[\w-]+\s+){0,3}?(?:peacekeep\w*|contingent|inspectors|observers|monitors|aid\s+workers|"
       r"humanitarian\s+workers|staff|diplomats|mission|support)|(?:halt|suspend|abandon|quit|break\s+off)\s+(?:its\s+|their\s+|the\s+)?(?:[\w-]+\s+)?"
       r"(?:mediation|talks|negotiations)|walk\s+out\s+of)"),
    "force": ("138", r"(?:attack|invade|bomb|strike\s+(?:back|at|against)|retaliate|use\s+(?:military\s+)?force|"
       r"blockade|seize\s+(?:control|the\s+(?:[\w-]+\s+)?(?:territory|town|city|ships?|vessels?|tankers?))|occupy|annex|"
       r"shoot\s+down|fight\s+(?:on|until|to\s+the\s+(?:end|death|last))|"
       r"(?:tighten|impose)\s+(?:the\s+|a\s+)?(?:[\w-]+\s+){0,2}?blockade|"
       r"(?:resume|launch|step\s+up|carry\s+out|extend|expand|widen)\s+(?:[\w'\u2019-]+\s+){0,2}?(?:attacks|strikes|offensive|operations|"
       r"hostilities|fighting|bombing|war|violence|terrorist\s+activities|armed\s+struggle))"),
}
_THREATS = tuple(_t(f"threaten-{name}", _THREAT_FRAME + act, "threaten", "THREATEN", code,
                    context="military" if name == "force" else "diplomatic")
                 for name, (code, act) in _THREAT_ACTS.items())
# "threatened to impose a curfew": the threatened act after a threat verb, with its code
_THREAT_AFTER = tuple((code, re.compile(r"\s*(?:[\w-]+\s+){0,3}?to\s+" + act + r"\b", re.IGNORECASE))
                      for code, act in _THREAT_ACTS.values())


def threatened_act(text: str, pos: int) -> str | None:
    """The CAMEO code of the coercive act named just after a threat verb ending at `pos`."""
    return next((code for code, pattern in _THREAT_AFTER if pattern.match(text, pos)), None)


# Further verbs and constructions of each category, after everything else.
TRIGGERS = TRIGGERS + (
    _t("agree-more", r"consented\s+(?:on\s+\w+\s+)?to|offered\s+(?:on\s+\w+\s+)?to|"
       r"offered\s+(?:fresh\s+|new\s+|direct\s+|unconditional\s+)?(?:talks|dialogue|negotiations)|"
       r"vowed\s+on\s+\w+\s+to|(?:summit|meeting|talks|visit)\s+(?:[\w-]+\s+){0,6}?(?:has|had)\s+been\s+(?:scheduled|set)|"
       r"undertook\s+to|signalled\s+(?:its\s+|their\s+)?(?:readiness|willingness)\s+to", "agree", "AGREE", "030", None,
       "forward"),
    _t("consult-verbs", r"conferred\s+with|consulted\s+(?:with\s+)?(?=(?-i:[A-Z])|the\s|his\s|her\s)|"
       r"huddled\s+(?:with|overnight|over|in)\b|sat\s+down\s+together|exchanged\s+views\s+with|brought\s+together|"
       r"(?:held|had)\s+(?:a\s+)?(?:[\w-]+\s+){0,2}?(?:discussion|exchange\s+of\s+views|consultation)\s+with",
       "meeting", "CONSULT", "040", "in_person", "mutual"),
    _t("request-more", r"implored|beseeched|entreated|pressed\s+(?:[\w-]+\s+){1,6}?to\b|sought\s+(?:[\w-]+\s+){0,3}?(?:help|"
       r"support|assistance|backing|cooperation)|lobbied\s+(?:[\w-]+\s+){1,4}?to\b", "request", "REQUEST", "100", None,
       "forward"),
    _t("reject-more", r"denied\s+(?:on\s+\w+\s+)?that|voted\s+down|rebuffed|repudiated|blocked\s+(?:an?\s+|the\s+)?(?:[\w-]+\s+)?"
       r"(?:resolution|bill|motion|proposal|bid|statement|declaration|decision)", "reject", "REJECT", "120", None, "forward"),
    _t("protest-more-2", r"riots?\s+(?:broke\s+out|erupted|flared)|(?:to\s+)?demonstrate\s+against|walked\s+off\s+the\s+job|"
       r"(?:protests?|demonstrations?|clashes)\s+(?:broke\s+out|erupted)", "protest", "PROTEST", "141", None, "forward",
       "political"),
    _t("sanction-more-2", r"(?:suspended|halted|froze|cut|withheld)\s+(?:[\w-]+\s+){0,2}?(?:lending|credit|disbursements)|"
       r"(?:slapped|imposed)\s+(?:[\w-]+\s+){0,2}?(?:export\s+controls|travel\s+bans|asset\s+freezes|visa\s+bans)|"
       r"added\s+(?:[\w,-]+\s+){0,5}?to\s+(?:its|their|the)\s+(?:[\w-]+\s+)?(?:sanctions\s+list|blacklist|entity\s+list)",
       "sanction", "SANCTION", "160", None, "forward"),
    _t("aid-more", r"(?<!aid\s)(?:ship|vessel|plane|aircraft|convoy|flight|trucks)\s+"
       r"(?:carrying|loaded\s+with|with(?=\s+[\d,.]+\s+(?:tonnes|tons|metric\s+tons)\b))\s+"
       r"(?:[\w,.-]+\s+){0,8}?"
       r"(?:aid|relief|supplies|assistance|tents|medicines?|food|kits|blankets|vaccines?|water)\b|"
       r"(?:handed\s+over|delivered)\s+the\s+(?:cargo|consignment|shipment|donation)\s+to|"
       r"joined\s+(?:the\s+)?(?:[\w-]+\s+){0,2}?(?:[\w-]+-)?(?:rescue|relief|recovery)\s+(?:operations|efforts|work)|"
       r"(?:a|its|the)\s+donation\s+of\s+(?:[\w$\u20ac\u00a3.,-]+\s+){0,6}?to\b|deposited\s+\$?[\d.,]+\s+(?:million|billion)|(?:was|were)\s+reinforced\s+by\s+(?:[\d,]+\s+)?"
       r"(?:[\w-]+\s+)?peacekeepers", "aid", "AID", "070", None, "forward", "humanitarian"),
    # --- resignations, returns and other wire-story phrasings
    _t("retreat-resign", r"resigned(?!\s+(?:himself|herself|themselves)\b)|stepped\s+down|(?:will|would|shall)\s+"
       r"(?:(?:soon|formally)\s+)?(?:step\s+down|resign)\b(?![^.;]{0,60}\b(?:if|unless)\b)|quit\s+(?:as|his|her)\b|"
       r"quit(?=\s+(?:on\s+\w+\s+)?(?:over|after|amid|following|citing|in\s+protest)\b)|"
       r"(?:tendered|submitted|announced|handed\s+in|offered)\s+(?:his|her|their)\s+resignations?",
       "retreat", "RETREAT", "0831", None, "forward", "political"),
    _t("retreat-return", r"(?:returned|handed\s+back|gave\s+back|repatriated)\s+(?:[\w,-]+\s+){0,4}?(?:bodies|remains|"
       r"prisoners|detainees|hostages|property|properties|land|territory|islands?|artefacts|artifacts|assets|"
       r"refugees)|handed\s+(?:back\s+|over\s+)?control\s+of\s+(?:the\s+)?(?:[\w-]+\s+){0,2}?(?:airport|city|town|"
       r"region|province|territory|area|base|border|port|capital|security|district|zone)",
       "retreat", "RETREAT", "0842", None, "forward", "legal"),
    _t("protest-walk", r"demonstrated(?=(?:\s+on\s+\w+)?\s+(?:near|at|through|outside|against|in|for)\b|\s*[,.])|"
       r"walked\s+out(?=\s+(?:in\s+protest|on\s+strike|over)\b)|picketed|(?:went|came)\s+out\s+on\s+strike|"
       r"downed\s+tools|held\s+a\s+vigil",
       "protest", "PROTEST", "141", None, "forward", "political"),
    _t("aid-approve", r"approved\s+(?:an?\s+)?(?:[\w$,.-]+\s+){0,5}?(?:loans?|grants?|credits?|aid|assistance|"
       r"funding|financing|debt\s+relief)\s+(?:on\s+\w+\s+)?(?:to|for)\b", "aid", "AID", "071", None, "forward", "economic"),
    _t("request-asked-for", r"asked\s+(?:[\w.'\u2019,-]+\s+){1,6}?for\b", "request", "REQUEST", "100", None, "forward"),
    _t("accuse-charged", r"charged\s+(?:[\w.'\u2019-]+\s+){1,6}?with|brought\s+charges\s+against",
       "accuse", "ACCUSE", "112", None, "forward", "legal"),
    _t("threaten-warned", r"warned\s+(?:[\w.'\u2019-]+\s+){1,4}?of\s+(?:\w+\s+)?(?:consequences|retaliation|"
       r"countermeasures|reprisals|military\s+action|war)", "threaten", "THREATEN", "130", None, "forward"),
    _t("assault-more-3", r"pounded|pummell?ed|blasted|rained\s+(?:shells|rockets|bombs|missiles)|ripped\s+through|"
       r"exchanged\s+(?:gun)?fire|gunned\s+down|hacked\s+to\s+death|set\s+ablaze|fired\s+(?:[\w-]+\s+){0,2}?"
       r"(?:bullets|shots|salvos)\s+(?:at|on|into)|(?:bomb|blast|explosion|device)\s+(?:went\s+off|exploded|tore)",
       "assault", "ASSAULT", "190", None, "forward", "military"),
    _t("support-more", r"(?:expressed|voiced|declared|reaffirmed|reiterated|pledged|offered|showed)\s+(?:its\s+|his\s+|her\s+|"
       r"their\s+)?(?:full\s+|strong\s+|firm\s+|unwavering\s+)?(?:support|backing|solidarity)\s+(?:for|with)|"
       r"threw\s+(?:its|his|her|their)\s+(?:\w+\s+)?weight\s+behind|came\s+out\s+in\s+support\s+of",
       "support", "SUPPORT", "051", None, "forward"),
    _t("mobilize-more-2", r"declared\s+(?:a\s+)?(?:general\s+|partial\s+|full\s+)?mobili[sz]ation|(?:began|started|launched|"
       r"held|staged|conducted)\s+(?:[\w-]+\s+){0,3}?(?:manoeuvres|maneuvers|war\s+games)|unveiled\s+(?:a\s+|an\s+|its\s+)?"
       r"(?:[\w-]+\s+){0,3}?(?:missiles?|drones?|warships?|submarines?|tanks?|weapons?|rockets?)|military\s+parade",
       "mobilize", "MOBILIZE", "150", None, "forward", "military"),
    _t("reject-more-2", r"brushed\s+aside|voted\s+against\s+(?:the\s+|a\s+)?(?:[\w-]+\s+){0,2}?(?:resolution|bill|motion|"
       r"proposal|plan|terms|deal|measure|treaty|amendment|budget|agreement|accord)|(?:will|would)\s+not\s+(?:recogni[sz]e|allow|negotiate|comply|"
       r"back\s+down|sign|release|hand\s+over|withdraw|extradite)|refused\s+entry|denied\s+entry",
       "reject", "REJECT", "120", None, "forward"),
    _t("retreat-more", r"pulling\s+out\s+of|pull-?out\s+(?:of|from)|"
       r"released\s+(?:[\d,]+\s+of\s+(?:the\s+|those\s+)?)?(?:[\w-]+\s+){0,3}?(?:workers|captives|"
       r"abductees|journalists|civilians|students|tourists|nationals|citizens|missionaries|activists|protesters|"
       r"demonstrators|fishermen|sailors|opposition\s+(?:members|supporters|figures))|"
       # "handed over two Kyrgyz residents who had been detained": detainees given back
       r"handed\s+over\s+(?:the\s+)?(?:\w+\s+){0,3}?(?:detained\s+|captured\s+)?(?:residents|citizens|nationals|"
       r"soldiers|servicemen|fishermen|sailors|detainees|prisoners|captives|hostages|border\s+guards)\b(?!\s+to\s+(?:the\s+)?"
       r"(?:[\w-]+\s+){0,2}?(?:prosecutors?|police|court|judiciary|investigators))|"
       r"(?:allowed|let)\s+(?:[\w-]+\s+){0,4}?(?:inspectors|monitors|observers|investigators)\s+(?:to\s+)?"
       r"(?:board|visit|inspect|enter|operate|return)", "retreat", "RETREAT", "084", None, "forward", "military"),
    _t("coerce-more-2", r"ordered\s+the\s+(?:arrest|detention|expulsion|deportation|retention|seizure|confiscation)\s+of|"
       r"intercepted\s+(?:[\w.'\u2019-]+\s+){0,4}?(?:vessels?|boats?|ships?|trawlers?|jiggers?|tankers?|dhows?|yachts?|"
       r"freighters?|fishermen)\b|placed\s+(?:[\w-]+\s+){0,5}?"
       r"under\s+(?:house\s+)?arrest|revoked\s+(?:the\s+)?(?:[\w-]+\s+)?(?:licen[cs]es?|citizenship|passports?|"
       r"accreditation|visas?)|stripped\s+(?:[\w-]+\s+){0,3}?of\s+(?:\w+\s+)?(?:citizenship|immunity|licen[cs]es?)",
       "coerce", "COERCE", "170", None, "forward", "legal"),
    _t("accuse-more-2", r"voiced\s+(?:\w+\s+)?(?:alarm|outrage|dismay|anger|indignation)\s+(?:over|at|about)|"
       r"described\s+(?:the|this|that|its|their)\s+(?:[\w-]+\s+){0,2}?as\s+(?:an?\s+)?(?:\w+\s+)?(?:unfriendly|hostile|"
       r"illegal|provocative|irresponsible|unacceptable|outrageous)", "accuse", "ACCUSE", "111", None, "forward"),
    _t("protest-more-3", r"(?:converged|converging|gathered|gathering|massed|assembled)\s+(?:\w+\s+){0,3}?(?:for|at|in)\s+"
       r"(?:a|an)\s+(?:[\w-]+\s+)?(?:rally|protest|demonstration|(?-i:march)|vigil)|"
       r"(?:riots|demonstrations|protests|rallies)\s+against", "protest", "PROTEST", "141", None, "forward", "political"),
    _t("coerce-more-3", r"re-?imposed\s+(?:a\s+|the\s+)?(?:[\w-]+\s+){0,2}?(?:blockades?|curfews?|closures?|restrictions|"
       r"sieges?|martial\s+law)", "coerce", "COERCE", "172", None, "forward", "territory"),
    _t("consult-more-2", r"sat\s+down\s+for\s+(?:[\w-]+\s+){0,2}?talks|held\s+(?:a\s+|their\s+)?(?:\w+\s+){0,2}?round\s+of\s+"
       r"(?:[\w-]+\s+)?talks", "meeting", "CONSULT", "040", "in_person", "mutual"),
    _t("agree-accept", r"accepted\s+(?:a|an|the)\s+(?:[\w.-]+\s+){0,3}?(?:proposal|plan|offer|formula|compromise|"
       r"peace\s+deal|roadmap)", "agree", "AGREE", "030", None, "forward"),
    _t("request-more-2", r"(?:nudged|prodded|exhorted|cajoled|enjoined|urged|pushed|petitioned)\s+"
       r"(?:[\w.'\u2019-]+\s+){1,5}?to\b|"
       r"pleaded\s+with|issued\s+(?:a|an)\s+(?:[\w-]+\s+)?(?:plea|appeal|call)\s+(?:for|to)|"
       r"applied\s+(?:for|to\s+join)\s+(?:[\w-]+\s+){0,3}?(?:membership|accession)|"
       r"told\s+(?:(?-i:[A-Z])[\w.'\u2019-]*\s+){1,4}to\s+(?:stop|halt|end|leave|withdraw|shut|release|return|pay|hand|"
       r"cease|drop|abandon|respect|comply|remove|close|allow|reopen|free|refrain|back\s+off)",
       "request", "REQUEST", "100", None, "forward"),
    _t("cooperate-more", r"teamed\s+up|worked\s+together|working\s+together|pooled\s+(?:[\w-]+\s+){0,2}?(?:investigators|"
       r"resources|efforts|intelligence|data|information)|jointly\s+(?:built|supervised|ran|run|organi[sz]ed|conducted|launched)|"
       r"coordinated\s+(?:[\w-]+\s+)?(?:patrols|operations|exercises|raids|strikes)|"
       r"joint\s+(?:[\w-]+\s+){0,2}?(?:checkpoints|units|forces|command|brigades?)|exchanged\s+lists\s+of",
       "cooperate", "COOPERATE", "062", None, "mutual", "military"),
    _t("aid-more-2", r"contributed\s+(?:an?\s+)?(?:[\w,-]+\s+){0,4}?(?:battalion|troops|soldiers|contingent|unit|peacekeepers|"
       r"company|police\s+officers)\s+to|(?:extended|granted|approved)\s+(?:an?\s+)?(?:[\w$\u20ac\u00a3.,-]+\s+){0,5}?"
       r"(?:loan|credit|grant|credit\s+line|line\s+of\s+credit)\s+to|gave\s+shelter\s+to|sheltered\s+(?:[\w,-]+\s+){0,3}?"
       r"(?:refugees|displaced|victims|survivors)|(?:provided|supplied|furnished|equipped)\s+(?:[\w.'\u2019-]+\s+){1,4}?with\b",
       "aid", "AID", "070", None, "forward", "humanitarian"),
    _t("threaten-more-3", r"hinted\s+(?:on\s+\w+\s+)?that\s+(?:[\w'\u2019-]+\s+){0,4}?(?:could|would|might)\s+(?:impose|use|"
       r"take|strike|intervene|send|cut|act)|(?:swore|vowed)\s+(?:on\s+\w+\s+)?(?:revenge|vengeance|retaliation)|"
       r"would\s+take\s+(?:military\s+|firm\s+|tough\s+)?action\s+against|could\s+become\s+a\s+target|"
       r"would\s+(?:block|veto|cut|halt|suspend|freeze)\b(?=[^.;]{0,80}\bunless\b)|vowed\s+(?:on\s+\w+\s+)?to\s+fight\b"
       r"(?=[^.;]{0,60}\bif\b)", "threaten", "THREATEN", "130", None, "forward"),
    _t("cooperate-more-2", r"(?:handed\s+over|transferred|surrendered)\s+(?:an?\s+|the\s+)?(?:[\w-]+\s+){0,4}?(?:suspect(?:ed)?|"
       r"fugitive|general|commander|organi[sz]er)\b[^.;]{0,60}?\bto\s+(?:the\s+)?(?:[\w-]+\s+){0,4}?(?:tribunal|court)|"
       r"inaugurated\s+(?:an?\s+|the\s+)?(?:[\w-]+\s+){0,3}?(?:pipeline|bridge|railway|power\s+line|plant|zone|"
       r"crossing|highway)|linked\s+(?:their|its)\s+(?:[\w-]+\s+)?(?:grids|networks|railways)|"
       r"jointly\s+(?:questioning|investigating|questioned|investigated)|joint\s+(?:[\w-]+\s+)?(?:search|zone)|"
       r"leased\s+(?:an?\s+)?(?:[\w-]+\s+){0,2}?(?:air\s*base|base|port)\s+(?:[\w-]+\s+){0,3}?to", "cooperate",
       "COOPERATE", "060", None, "mutual", "economic"),
    _t("aid-more-3", r"treated\s+(?:[\w,-]+\s+){0,4}?(?:wounded|injured|sick|patients|victims)|admitted\s+(?:[\w,-]+\s+){0,6}?"
       r"refugees|financed\s+(?:the\s+)?(?:reconstruction|rebuilding|construction|repair)|supplied\s+(?:[\w,-]+\s+){0,4}?"
       r"(?:tanks|helicopters|aircraft|jets|artillery|weapons|arms|ammunition|missiles)\s+to",
       "aid", "AID", "070", None, "forward", "military"),
    _t("request-more-3", r"renewed\s+(?:its|their|his|her)\s+(?:\w+\s+)?(?:call|appeal|demand)s?\s+(?:on\s+\w+\s+)?"
       r"(?:for|to|on)\b",
       "request", "REQUEST", "100", None, "forward"),
    _t("reject-more-3", r"dismissed\s+on\s+\w+\s+(?:a|an|the)\s+(?:[\w.-]+\s+)?(?:demand|call|claim|request|proposal|offer)|"
       r"declined\s+(?:on\s+\w+\s+)?to\s+(?!comment|say|elaborate|give|provide|disclose|discuss|confirm|specify|name|"
       r"identify|be\b|reveal|answer|respond|speculate|detail|speak|talk|take\s+questions|reply|explain|state|go\s+into|"
       r"make\s+(?:a\s+|any\s+)?(?:statement|comment)|release|share)|resisted\s+(?:[\w-]+\s+){0,2}?(?:pressure|calls|demands)",
       "reject", "REJECT", "120", None, "forward"),
    _t("consult-more-3", r"(?:is|are|was|were)\s+mediating\s+between", "meeting", "CONSULT", "045", "in_person", "forward"),
    # "A team of Australian doctors and disaster victim identification specialists arrived Thursday", "Doha's 87-strong
    # search team followed on Monday morning": a relief team, craft or cargo arriving is aid delivered
    _t("aid-team-arrived", r"(?:(?:search(?:\s+and\s+rescue)?|rescue|relief|medical|aid|humanitarian)\s+(?:teams?|contingent|"
       r"workers|personnel|planes?|aircraft|flights?|ships?|convoys?|missions?)|(?:team|planes?|aircraft|flights?|ships?|vessels?|"
       r"tankers?|convoys?|consignments?|shipments?)\s*,?\s+(?:of|with|carrying|loaded\s+with)\s+(?:[\w,.-]+\s+){0,8}?"
       r"(?:doctors|rescuers|medics|specialists|tents|food|medicines?|supplies|aid|relief|diesel|fuel|water|blankets))"
       r"[^.;]{0,80}?\b(?:arrived|landed|touched\s+down|docked|followed)\b(?!\s+(?:by|up)\b)",
       "aid", "AID", "073", None, "forward", "humanitarian"),
    # "Houthi rebels targeted a British-owned tanker": an armed attack on a ship, base or position
    _t("assault-targeted", r"targeted\s+(?:an?\s+|the\s+|two\s+|three\s+|several\s+)?(?:[\w-]+\s+){0,3}?(?:tankers?|ships?|"
       r"vessels?|bases?|positions|convoys?|airports?|warships?|outposts?|checkpoints?|barracks)\b", "assault", "ASSAULT",
       "190", None, "forward", "military"),
    # "clashed over the budget", "clashed on policy" are words; "clashed on the border", "clashed on Tuesday" are fighting
    _t("assault-mutual", r"clashed(?!\s+with\b)(?!\s+(?:\w+\s+)?(?:over|about|in\s+words)\b)(?!\s+(?:\w+\s+)?on\s+(?!(?:the\s+)?"
       r"(?:[\w-]+\s+)?(?:border|frontier|line|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)\b))|"
       r"fought\s+each\s+other|traded\s+(?:gun)?fire", "assault", "ASSAULT", "190", None, "mutual", "military"),
)
# talks "called off by X" are X's rejection, and ending a mediation or walking out of talks is a
# sanction: both must win over the talks themselves, so they come first in the table
# "gave the government a seven-day ultimatum to", "gave Milosevic 96 hours to comply ... or face air strikes":
# an ultimatum, before the table reads "gave" as aid
_ULTIMATUM = _t("threaten-ultimatum", r"(?:gave|giving|issued|handed|set|delivered)\s+(?:[\w.'\u2019-]+\s+){0,6}?(?:an?\s+)?"
                r"(?:[\w-]+\s+)?ultimatum|(?:gave|giving)\s+(?:[\w.'\u2019-]+\s+){1,6}?(?:\d+|one|two|three|four|five|six|"
                r"seven|eight|ten|[\w]+-(?:day|hour))\s+(?:hours?|days?|weeks?)\s+to\b[^.;]{0,140}?\bor\s+face\b",
                "threaten", "THREATEN", "139")
# "France will expel 12 Algerian diplomatic and consular officials": a counted expulsion announced with no
# condition is the measure itself (the manual: a specific act clear to be realised keeps its category), not a threat
_EXPULSION_ANNOUNCED = _t("sanction-expel-announced", r"will\s+expel\s+(?:\d+|two|three|four|five|six|seven|eight|nine|ten|"
                          r"eleven|twelve|[a-z]+teen|twenty|thirty|a\s+dozen|dozens\s+of)\s+(?:[\w,-]+\s+){0,5}?(?:diplomats|"
                          r"(?:embassy|diplomatic|consular)\s+(?:staff|employees|officials|personnel|agents)|officials|"
                          r"staff\s+members)\b(?![^.;]*\b(?:if|unless)\b)", "sanction", "SANCTION", "160", None, "forward")
TRIGGERS = (_EXPULSION_ANNOUNCED,) + _THREATS + (_ULTIMATUM,) + (
    _t("reject-called-off", r"(?:talks|negotiations|meeting|visit|summit)\s+(?:[\w-]+\s+){0,8}?"
       r"(?:was|were|has\s+been|had\s+been)\s+(?:called\s+off|cancell?ed)", "reject", "REJECT", "120", None, "forward"),
    _t("consult-mediate", r"mediated\s+between|hosted\s+(?:[\w-]+\s+){0,3}?(?:talks|negotiations|meetings?)\s+between",
       "meeting", "CONSULT", "045", "in_person", "forward"),
    # phrasings that must win over a shorter trigger inside them ("withdrew", "banned", "opened")
    _t("concede-withdrew", r"withdrew\s+(?:the\s+|its\s+|a\s+|his\s+|her\s+)?(?:[\w-]+\s+){0,2}?(?:bill|law|decree|"
       r"draft|amendment|legislation|reform|tax)\b|(?:allowed|permitted|let|allow)\s+(?:the\s+)?(?:[\w-]+\s+){0,3}?"
       r"(?:opposition|protesters|demonstrators|parties|party|candidates?|dissidents|critics|media|newspapers?|"
       r"journalists|leaders?)(?:\s+(?-i:[A-Z])[\w.'-]*){0,4}\s+to\b", "concede", "CONCEDE", "083", None, "forward", "political"),
    _t("sanction-cancel", r"cancell?ed\s+(?:a|an|the|his|her|its|their)\s+(?:planned\s+|scheduled\s+)?(?:[\w-]+\s+)?"
       r"(?:visit|trip|talks|meeting|summit)\b", "sanction", "SANCTION", "161", None, "forward"),
    _t("sanction-front", r"ordered\s+(?:[\w'\u2019.-]+\s+){0,6}?(?:ambassador|envoy|diplomats?|charg[eé]\s+d'affaires|"
       r"counsell?ors?|attach[eé]s?|consuls?|embassy|secretary)\b(?:\s+[\w'\u2019.-]+){0,7}?\s+to\s+leave|"
       r"added\s+(?:[\w$,.'\u2019()-]+\s+){1,20}?to\s+(?:its|the|their|a)\s+(?:(?:[\w-]+\s+){0,2}?(?:sanctions?|"
       r"restricted|entity|terror\w*|banned)\s+(?:[\w-]+\s+)?list|blacklist|list\s+of\s+(?:[\w-]+\s+){0,2}?"
       r"(?:restricted|sanctioned|designated|banned)\b)|(?:banned|halted|suspended|blocked|barred)\s+(?:all\s+)?(?:[\w-]+\s+)?"
       r"(?:imports|exports|shipments)\s+(?:of|from|to)|blacklisted", "sanction", "SANCTION", "163", None, "forward",
       "economic"),
    _t("aid-front", r"opened\s+(?:its|their)\s+(?:doors|borders)\s+to\s+(?:[\w,-]+\s+){0,3}?(?:refugees|"
       r"asylum[\s-]seekers|migrants)|earmarked\s+(?:[\w$\u20ac\u00a3.,-]+\s+){0,6}?(?:aid|assistance|relief|funds?)|"
       r"(?:disbursed|donated|transferred)\s+(?:[\w$\u20ac\u00a3.,-]+\s+){0,3}?(?:million|billion)\s+(?:[\w-]+\s+)?"
       r"(?:to|for)\b", "aid", "AID", "070", None, "forward", "humanitarian"),
    _t("threaten-front", r"vowed\s+(?:on\s+\w+\s+)?to\s+(?:crush|destroy|punish|retaliate|annihilate|wipe\s+out|turn\s+|"
       r"hit\s+back|avenge|strike\s+back)|(?:would|will)\s+launch\s+(?:a\s+|an\s+)?(?:[\w-]+\s+){0,2}?(?:operation|"
       r"offensive|attack|incursion|strikes?)\b(?=[^.;]{0,80}\b(?:unless|if)\b)|gave\s+(?:[\w-]+\s+){1,3}?"
       r"(?:\d+|one|two|three|a|seven|ten)\s+(?:hours|days|weeks|months|day|week|month)\s+(?:on\s+\w+\s+)?to\b|"
       r"or\s+face\s+(?:[\w-]+\s+){0,2}?(?:strikes|air\s+strikes|attacks?|war|punishment|retaliation|reprisals)",
       "threaten", "THREATEN", "138", None, "forward", "military"),
    _t("concede-front", r"acced(?:ed|ing)\s+to|cav(?:ed|ing)\s+(?:in\s+)?to|g(?:ave|iving)\s+in\s+to|bowing\s+to|yielding\s+to|"
       r"in\s+(?:a\s+)?concession\s+to|meeting\s+(?:one\s+of\s+|some\s+of\s+|all\s+of\s+)?(?:the|their|its|his|her)\s+"
       r"(?:[\w'\u2019-]+\s+){0,3}?demands\b|meeting\s+(?:a|the)\s+(?:key|main|central|core|chief|principal)\s+demand\b|"
       r"climbed\s+down|met\s+(?:[\w-]+\s+){0,2}?halfway|"
       r"softened\s+(?:its|his|her|their)\s+(?:[\w-]+\s+)?(?:stance|position|line|terms)|compromised\s+on|"
       r"waived\s+(?:its|his|her|their|the)\s+(?:[\w-]+\s+)?(?:demand|requirement|condition|precondition|objection)|"
       r"dropp(?:ed|ing)\s+(?:a|the|its|their)\s+(?:[\w-]+\s+)?(?:requirement|precondition|demand|condition)|"
       r"repealed\s+(?:the\s+|a\s+)?(?:[\w-]+\s+){0,3}?(?:law|clause|decree|ban|act|article|provision|rule)|"
       r"legali[sz](?:ed|ation\s+of)|lifted\s+(?:the\s+)?state\s+of\s+(?:[\w-]+\s+){0,2}?(?:emergency|safety|siege|alert)",
       "concede", "CONCEDE", "080", None, "forward", "political"),
    _t("request-front", r"sought\s+(?:the\s+)?extradition\s+of|requested\s+(?:the\s+)?extradition|"
       r"asked\s+for\s+(?:the\s+)?extradition", "request", "REQUEST", "1041", None, "forward", "legal"),
    _t("threaten-front-2", r"raised\s+the\s+(?:spectre|specter|prospect|threat)\s+of\s+(?:[\w-]+\s+){0,3}?(?:sanctions|"
       r"military|force|retaliat\w*|strikes?|intervention|expulsions?|boycotts?|tariffs)|hinted\s+at\s+(?:possible\s+|a\s+)?"
       r"(?:[\w-]+\s+)?(?:military|sanctions|intervention|force|retaliation|action|strikes?)|put\s+(?:[\w.'\u2019-]+\s+){1,3}?"
       r"on\s+notice|cautioned\s+(?:[\w.'\u2019-]+\s+){1,4}?that\b(?=[^.;]{0,80}\bwould\b)|(?:swore|vowed|pledged)\s+to\s+"
       r"(?:hunt\s+down|take\s+\S+\s+by\s+force|wipe\s+out|eliminate|crush)|held\s+out\s+the\s+(?:prospect|threat)\s+of|"
       r"set\s+(?:[\w.'\u2019-]+\s+){1,3}?a\s+deadline|served\s+notice\s+(?:on\s+\w+\s+)?of|brandished\s+the\s+threat|"
       r"drew\s+a\s+red\s+line|reserved\s+the\s+right\s+to\s+(?:take|respond|retaliate|adopt|use)|(?:sent|issued)\s+(?:[\w-]+\s+)?death\s+threats|faced\s+(?:[\w-]+\s+)?(?:air\s+strikes|"
       r"sanctions|military\s+action|attack)\s+unless", "threaten", "THREATEN", "130", None, "forward"),
    _t("mobilize-front", r"test-fired|scrambled\s+(?:[\w-]+\s+){0,2}?(?:jets|fighters|aircraft|warplanes)|"
       r"(?:carried\s+out|conducted)\s+(?:[\w-]+\s+){0,3}?nuclear\s+tests?|(?:stationed|positioned)\s+(?:[\w,-]+\s+){0,5}?"
       r"(?:missiles?|batter(?:y|ies)|troops|jets|warships|bombers)|build-?up\s+of\s+(?:[\w-]+\s+){0,2}?(?:troops|forces)|"
       r"(?:reinforced|beefed\s+up|stepped\s+up|tightened)\s+security|drafted\s+(?:[\w,-]+\s+){0,4}?into\s+the\s+"
       r"(?:armed\s+forces|army|military)", "mobilize", "MOBILIZE", "150", None, "forward", "military"),
    _t("protest-front", r"thronged|swarmed|chanted\s+(?:[\w-]+\s+){0,3}?slogans|burn(?:ed|t)\s+(?:[\w-]+\s+){0,2}?effig(?:y|ies)|"
       r"pelted\s+(?:[\w-]+\s+){0,4}?with|besieged\s+(?:the\s+)?(?:[\w-]+\s+)?(?:embassy|consulate|parliament|offices?|"
       r"headquarters|ministry)", "protest", "PROTEST", "141", None, "forward", "political"),
    _t("sanction-front-2", r"(?:announced|imposed|adopted|unveiled|slapped)\s+(?:[\w-]+\s+){0,2}?(?:measures|penalties|"
       r"restrictions)\s+(?:against|on)\b|expulsion\s+of\s+(?:[\w'\u2019-]+\s+){0,3}?(?:diplomats?|ambassador|envoy|consul|counsellor|attach[e\u00e9])|"
       r"froze\s+(?:the\s+)?(?:[\w-]+\s+)?assets|"
       r"suspended\s+(?:[\w'\u2019-]+\s+){0,2}?membership|pulled\s+out\s+of\s+(?:the\s+)?(?:[\w-]+\s+)?(?:talks|negotiations|"
       r"dialogue|coalition|government|peace\s+process)|quit\s+(?:the\s+)?(?:[\w-]+\s+)?(?:coalition|government|talks)",
       "sanction", "SANCTION", "160", None, "forward"),
    _t("agree-front", r"gave\s+(?:the\s+)?green\s+light\s+to|expressed\s+(?:its\s+|his\s+|her\s+|their\s+)?"
       r"(?:willingness|readiness)\s+to|took\s+up\s+(?:an?\s+|the\s+)?offer|assured\s+(?:[\w.'\u2019-]+\s+){1,6}?that|"
       r"return\s+to\s+the\s+(?:negotiating\s+table|talks|negotiations)", "agree", "AGREE", "030", None, "forward"),
    _t("reject-front", r"declined\s+(?:a|an|the|their|its)\s+(?:[\w'\u2019-]+\s+){0,2}?(?:request|invitation|offer|proposal|"
       r"call|demand|appeal)|snubbed|balked\s+at|stonewalled|said\s+no\s+to|thumbed\s+(?:its|his|her|their)\s+nose\s+at|"
       r"stood\s+firm\s+against|(?:flatly\s+)?refused\s+(?:a|an|the)\s+(?:[\w'\u2019-]+\s+){0,2}?(?:request|invitation|offer|"
       r"proposal|demand)", "reject", "REJECT", "120", None, "forward"),
    # formal pardons and amnesties are concessions; the release itself is a retreat (PLOVER manual, CONCEDE)
    _t("concede-pardon", r"pardoned\s+(?:[\w,-]+\s+){0,3}?(?:prisoners|detainees|dissidents|activists|inmates|convicts)|"
       r"(?:granted|declared|announced|issued|proclaimed|decreed)\s+(?:an?\s+)?(?:[\w-]+\s+)?amnesty",
       "concede", "CONCEDE", "081", None, "forward",
       "legal"),
    _t("retreat-front", r"(?:laid|lay|put)\s+down\s+(?:their|its|his)\s+(?:arms|weapons|guns)|"
       r"(?:swapped|exchanged)\s+(?:[\w-]+\s+)?prisoners|"
       r"prisoner\s+(?:swap|exchange)|handover\s+of\s+(?:[\w-]+\s+){0,4}?to\b|returned\s+(?:[\w,-]+\s+){0,3}?"
       r"(?:looted|stolen|seized|confiscated)\b", "retreat", "RETREAT", "084", None, "forward", "legal"),
    _t("assault-front", r"lobbed\s+(?:[\w-]+\s+)?(?:shells|grenades|mortars|rockets|bombs|missiles)|blew\s+up\s+(?!(?:himself|"
       r"herself|themselves)\b)|shot\s+down(?!\s+(?:an?\s+|the\s+)?(?:[\w'\u2019-]+\s+){0,3}?(?:proposal|plan|idea|bill|"
       r"motion|offer|amendment|measure|resolution)s?\b)|opened\s+up\s+on|mowed\s+down|hacked\s+to\s+death",
       "assault", "ASSAULT", "190", None, "forward", "military"),
    _t("coerce-front", r"impounded|hauled\s+in|locked\s+up|sealed\s+off|imposed\s+a\s+closure|muzzled|shuttered|"
       r"imposition\s+of\s+(?:a\s+)?(?:[\w-]+\s+){0,2}?(?:curfew|martial\s+law|state\s+of\s+emergency|ban)|"
       r"frog-marched", "coerce", "COERCE", "170", None, "forward", "territory"),
    _t("sign-front", r"ratified\s+(?:the\s+|an?\s+)?(?:[\w-]+\s+){0,5}?(?:treaty|agreement|accord|convention|pact|protocol)|"
       r"put\s+(?:their|its|his|her)\s+signatures?\s+to", "agreement", "SUPPORT", "057", "in_person", "mutual"),
    _t("support-front", r"(?:fully\s+)?supports\s+(?:the\s+|[\w'\u2019-]+\s+){0,4}?"
       r"(?:proposal|plan|bid|call|efforts?|initiative|position|decision|candidacy)", "support", "SUPPORT", "051", None,
       "forward"),
    _t("accuse-front", r"hit\s+out\s+at|took\s+(?:[\w.'\u2019-]+\s+){1,4}?to\s+(?:the\s+)?(?:[\w-]+\s+){0,3}?(?:court|tribunal)",
       "accuse", "ACCUSE", "111", None, "forward", "legal"),
    _t("protest-front-2", r"walked\s+out\s+of\s+(?:[\w'\u2019-]+\s+){0,2}?(?:parliament|assembly|chamber|house|senate)|"
       r"occupied\s+(?:the\s+)?(?:[\w-]+\s+)?(?:embassy|consulate|offices?|headquarters|building)\b(?=[^.;]{0,80}\bprotest)",
       "protest", "PROTEST", "141", None, "forward", "political"),
    _t("concede-front-2", r"restored\s+(?:the\s+)?(?:[\w-]+\s+){0,2}?licen[cs]e|"
       r"(?:announced|ordered|approved|decreed|unveiled)\s+"
       r"(?:an?\s+|the\s+)?(?:[\w-]+\s+){0,2}?(?:easing|loosening|relaxation|lifting|scrapping|removal)\s+of\s+(?:its\s+|the\s+)?"
       r"(?:[\w-]+\s+){0,3}?(?:restrictions|curbs|rules|controls|ban|curfew|measures|requirements|censorship)|(?:relaxed|abolished|lifted|eased)\s+"
       r"(?:[\w-]+\s+)?censorship|registered\s+(?:the\s+)?(?:[\w-]+\s+){0,3}?(?:party|movement)|permitted\s+"
       r"(?:[\w-]+\s+){0,3}?(?:broadcasts|rallies|demonstrations|parties)", "concede", "CONCEDE", "081", None, "forward",
       "political"),
    _t("retreat-front-2", r"granted\s+(?:[\w-]+\s+){0,4}?access\s+to|dismantled\s+(?:[\w-]+\s+){0,2}?(?:roadblocks|"
       r"checkpoints|barricades)|halted\s+(?:their|its)\s+(?:[\w-]+\s+)?(?:offensive|advance|attacks|bombing|operations)",
       "retreat", "RETREAT", "087", None, "forward", "military"),
    _t("sanction-front-3", r"excluded\s+(?:[\w'\u2019-]+\s+){1,5}?from|closed\s+(?:its|their)\s+embass(?:y|ies)|"
       r"suspended\s+(?:the\s+)?peace\s+(?:talks|negotiations|process)", "sanction", "SANCTION", "160", None, "forward"),
    _t("coerce-front-2", r"closed\s+(?:down\s+)?(?:an?\s+|the\s+)?(?:[\w-]+\s+){0,3}?(?:newspapers?|daily|weekly|"
       r"radio\s+station|television\s+station|websites?|magazines?)", "coerce", "COERCE", "170", None, "forward",
       "political"),
    _t("accuse-front-2", r"alleged\s+(?:on\s+\w+\s+)?that", "accuse", "ACCUSE", "112", None, "forward"),
    # "the Indian Army claimed on Monday that Pakistani troops had opened fire on its posts": a claim
    # of the other side's attack is an accusation (the attack itself is told as the claim, not as fact)
    _t("accuse-claimed", r"claimed\s+(?:on\s+\w+\s+|\w+day\s+)?that(?=[^.;]{0,100}?\b(?:had|have|has)\s+(?:first\s+)?"
       r"(?:opened\s+fire|fired|attacked|shelled|violated|provoked|killed|launched|crossed|started|struck|bombed|"
       r"targeted|seized|abducted|kidnapped)\b)", "accuse", "ACCUSE", "112", None, "forward"),
    _t("aid-front-2", r"forgave\s+(?:[\w$,.'\u2019-]+\s+){0,6}?debts?|bankrolled|(?:stationed|posted)\s+(?:[\w,-]+\s+){0,3}?"
       r"peacekeepers", "aid", "AID", "070", None, "forward", "economic"),
    _t("cooperate-front", r"opened\s+(?:a\s+)?joint\s+(?:[\w-]+\s+){0,2}?(?:border\s+post|post|office|cent(?:re|er)|checkpoint|"
       r"zone)|completed\s+(?:an?\s+|the\s+)?(?:[\w-]+\s+){0,2}?(?:pipeline|railway|bridge|power\s+line)",
       "cooperate", "COOPERATE", "061", None, "mutual", "economic"),
    _t("support-front-2", r"sided\s+with|came\s+to\s+the\s+defen[cs]e\s+of|expressed\s+(?:its\s+|his\s+|her\s+|their\s+)?"
       r"(?:deep\s+)?gratitude\s+to", "support", "SUPPORT", "051", None, "forward"),
    _t("concede-front-3", r"restored\s+(?:the\s+)?parliament|unblocked\s+(?:access\s+to\s+)?|amnestied",
       "concede", "CONCEDE", "080", None, "forward", "political"),
    _t("sanction-walkout", r"walked\s+out\s+of\s+(?:the\s+)?(?:\w+\s+)?(?:talks|negotiations|meeting|session)|"
       r"(?:ended|halted|suspended|halt|end|suspend)\s+(?:[\w-]+\s+){0,2}?mediation(?:\s+efforts?)?",
       "sanction", "SANCTION", "164", None, "forward"),
) + TRIGGERS

# Wire-copy idioms of each category, after everything else
_ARMS = r"(?:weapons|arms|rifles|guns|firearms|ammunition|explosives|heavy\s+weapons)"
_FORCES = r"(?:troops|forces|soldiers|army|police|policemen|reservists|units|battalions?|tanks|warships|paratroopers|commandos)"
TRIGGERS = TRIGGERS + (
    _t("agree-wire", r"(?:struck|clinched|sealed|hammered\s+out)\s+(?:an?\s+|the\s+)?(?:[\w-]+\s+){0,2}?(?:deal|agreement|"
       r"accord|bargain|compromise|pact)|came\s+to\s+terms\s+(?:on|with)|committed\s+(?:itself|themselves|himself|herself)\s+to|"
       r"announced\s+(?:an?\s+)?(?:[\w-]+\s+)?pledge\s+of|gave\s+(?:an?\s+)?(?:[\w-]+\s+)?(?:assurances?|undertaking|guarantees?)",
       "agree", "AGREE", "030", None, "forward"),
    _t("request-ordered", r"ordered\s+(?!(?:[\w-]+\s+)?(?:firms|companies|banks|insurers)\b)(?:[\w.'\u2019-]+\s+){1,6}?to\s+"
       r"(?!(?:the|a|an|its|his|her|their|this|that|death)\b)(?-i:[a-z]+)\b|pressur(?:ed|ing|es)\s+(?:[\w.'\u2019-]+\s+){1,8}?to\b",
       "request", "REQUEST", "100", None, "forward"),
    _t("request-wire", r"(?:submitted|filed|lodged|made|sent|issued|presented)\s+(?:an?\s+)?(?:[\w-]+\s+)?(?:request|appeal|plea|"
       r"petition|call)\s+(?:to|for|on)\b|sought\s+(?:[\w-]+\s+){0,2}?(?:funds|funding|loans?|aid|relief|protection|"
       r"guarantees|clarification|explanations?)", "request", "REQUEST", "100", None, "forward"),
    _t("threaten-wire", r"(?:made|issued|repeated)\s+(?:an?\s+)?(?:[\w-]+\s+)?threats?\s+(?:to|of|against)\b|served\s+notice\s+"
       r"(?:on\s+\w+\s+)?that|warned\s+(?:[\w.'\u2019-]+\s+){1,4}?that\s+(?:[\w-]+\s+){0,3}?(?:would|will|could)\s+"
       r"(?:[\w-]+\s+){0,2}?(?:crush|attack|strike|retaliate|respond|punish|face|be\s+punished|be\s+arrested|act)",
       "threaten", "THREATEN", "130", None, "forward"),
    _t("cooperate-wire", r"joined\s+forces|(?:transferred|handed\s+over|surrendered|extradited)\s+(?:[\w.'\u2019-]+\s+){1,8}?"
       r"to\s+(?:the\s+)?(?:[\w.-]+\s+){0,2}?(?:war\s+crimes\s+(?:tribunal|court)|tribunal|International\s+Criminal\s+Court)\b|(?:exchanged|shared|swapped)\s+"
       r"(?:[\w-]+\s+){0,2}?(?:intelligence|information|lists|evidence|data)", "cooperate", "COOPERATE", "062", None,
       "mutual", "legal"),
    _t("retreat-wire", rf"(?:put|placed)\s+(?:all\s+)?(?:its|their|his)\s+{_ARMS}\s+beyond\s+use|"
       rf"(?:turned|handed)\s+(?:in|over)\s+(?:[\w,-]+\s+){{0,6}}?{_ARMS}|laid\s+down\s+(?:its|their|his)\s+{_ARMS}|"
       rf"(?:pull-?back|drawdown|withdrawal)\s+of\s+(?:[\w-]+\s+){{0,2}}?{_FORCES}|"
       r"(?:(?<=forces\s)|(?<=troops\s)|(?<=rebels\s)|(?<=fighters\s)|(?<=guerrillas\s)|(?<=army\s)|(?<=soldiers\s))"
       r"(?:retreated|fell\s+back|pulled\s+back)",
       "retreat", "RETREAT", "084", None, "forward", "military"),
    _t("retreat-ease", r"(?:scrapped|dropped|abandoned|ended|waived)\s+(?:its\s+|their\s+|the\s+)?(?:[\w-]+\s+){0,3}?"
       r"(?:embargo|sanctions|blockade|boycott)", "retreat", "RETREAT", "085", None, "forward", "economic"),
    _t("concede-wire", r"(?:scrapped|dropped|abandoned|ended)\s+(?:its\s+|their\s+|the\s+)?(?:[\w-]+\s+){0,3}?(?:"
       r"curfew|ban|restrictions|state\s+of\s+emergency)|expressed\s+(?:[\w-]+\s+)?(?:regret|remorse)\s+(?:for|over|at)|"
       r"called\s+off\s+(?:its\s+|their\s+|the\s+|a\s+)?"
       r"(?:[\w-]+\s+){0,2}?(?:strike|protest|march|offensive|boycott|rally)", "concede", "CONCEDE", "080", None, "forward",
       "political"),
    _t("reject-wire", r"balked\s+at|(?:issued|delivered)\s+(?:an?\s+)?(?:[\w-]+\s+)?(?:rejection|refusal)\s+of|"
       r"(?:denied|declined|turned\s+down|refused)\s+(?:[\w.'\u2019-]+\s+){0,4}?(?:request|offer|invitation|appeal|"
       r"application|bid|demand)s?\b", "reject", "REJECT", "120", None, "forward"),
    _t("aid-wire", r"wrote\s+off\s+(?:[\w$%,.-]+\s+){0,6}?(?:debts?|loans?|owes)|(?:paid|paying|began\s+paying)\s+"
       r"(?:[\w-]+\s+)?(?:reparations|compensation)|(?:dispatched|sent|deployed)\s+(?:[\w,-]+\s+){0,5}?peacekeepers",
       "aid", "AID", "070", None, "forward", "humanitarian"),
    _t("mobilize-wire", rf"(?:put|placed)\s+(?:[\w-]+\s+){{0,3}}?{_FORCES}\s+on\s+(?:\w+\s+)?(?:standby|alert)|"
       r"(?:went|was\s+placed|were\s+placed|was\s+put|were\s+put)\s+on\s+(?:\w+\s+)?(?:alert|standby|war\s+footing)|"
       rf"took\s+up\s+positions|poured\s+(?:in\s+)?(?:[\w-]+\s+)?(?:reinforcements|{_FORCES})|"
       rf"(?:dispatched|sent|rushed|moved|stationed|posted)\s+(?:[\w,-]+\s+){{0,5}}?(?:{_FORCES}|destroyers?|frigates?|"
       r"aircraft\s+carriers?|warplanes|fighter\s+jets|gunboats|armou?red\s+vehicles|reinforcements)\b(?!\s+to\s+help)",
       "mobilize", "MOBILIZE", "150", None, "forward", "military"),
    _t("protest-wire", r"(?:(?<=protesters\s)|(?<=demonstrators\s)|(?<=students\s)|(?<=activists\s)|(?<=workers\s)|"
       r"(?<=opponents\s)|(?<=supporters\s))(?:gathered|"
       r"assembled|converged|massed|rallied|marched|poured\s+into)", "protest", "PROTEST", "141", None, "forward",
       "political"),
    _t("sanction-wire", r"suspended\s+(?:[\w.'\u2019-]+\s+){1,5}?from\s+(?:its|their|the)\s+(?:[\w-]+\s+)?(?:ranks|party|"
       r"membership|councils?|organi[sz]ation|bloc|union)|quit\s+(?:the\s+)?(?:[\w'\u2019-]+\s+){0,4}?(?:coalition|"
       r"government|alliance|cabinet)|broke\s+off\s+(?:all\s+)?(?:[\w-]+\s+)?(?:contacts|relations|ties|talks|"
       r"negotiations|dialogue)", "sanction", "SANCTION", "160", None, "forward"),
    _t("support-wire", r"stood\s+by|stands\s+by|rallied\s+(?:behind|around)\s+(?=(?-i:[A-Z])|the\s|his\s|her\s|its\s)",
       "support", "SUPPORT", "051", None, "forward"),
    _t("assault-wire", r"struck\s+(?:[\w'\u2019-]+\s+){1,2}?(?:positions|targets|bases|camps|hideouts|strongholds|convoys?|"
       r"headquarters|depots|posts)|struck\s+targets|struck\s+(?:an?\s+|the\s+)?(?:[\w'\u2019-]+\s+){0,3}?(?:oil\s+refinery|refinery|refineries|"
       r"airfield|air\s+base|power\s+(?:plant|station)|energy\s+facilit(?:y|ies)|ammunition\s+depot|arms\s+depot)",
       "assault", "ASSAULT", "190", None, "forward", "military"),
    _t("coerce-wire", r"shut\s+down\s+(?:an?\s+|the\s+)?(?:[\w-]+\s+){0,3}?(?:newspapers?|daily|weekly|radio|television|"
       r"station|websites?|magazines?|(?:party\s+)?offices|universit(?:y|ies))", "coerce", "COERCE", "170", None, "forward",
       "political"),
)

# More wire idioms, after everything else
TRIGGERS = TRIGGERS + (
    _t("reject-wire-2", r"poured\s+cold\s+water\s+on|threw\s+out\s+(?:an?\s+|the\s+)?(?:[\w'\u2019-]+\s+){0,3}?(?:proposal|plan|"
       r"bill|motion|request|appeal|offer|demands?)|shot\s+down\s+(?:an?\s+|the\s+)?(?:[\w'\u2019-]+\s+){0,3}?(?:proposal|"
       r"plan|idea|bill|motion|offer)|brushed\s+off|said\s+no\s+to", "reject", "REJECT", "120", None, "forward"),
    _t("threaten-wire-2", r"(?:would|will|could)\s+not\s+hesitate\s+to\s+(?:take|use|strike|respond|act)|"
       r"hinted\s+at\s+(?:[\w-]+\s+){0,2}?"
       r"(?:sanctions|controls|military\s+action|retaliation|reprisals|force|measures)|"
       r"(?:would|will)\s+(?:open\s+)?fire\s+on|(?:could|would|will)\s+face\s+(?:[\w-]+\s+)?(?:expulsion|arrest|"
       r"prosecution|punishment|sanctions|consequences|closure)|(?:would|will)\s+(?:take|launch)\s+(?:[\w-]+\s+)?military\s+action",
       "threaten", "THREATEN", "130", None, "forward"),
    _t("request-wire-2", r"clamou?red\s+(?:on\s+\w+\s+)?for|pushed\s+(?:on\s+\w+\s+)?for|pressed\s+(?:on\s+\w+\s+)?for|"
       r"encouraged\s+(?:[\w.'\u2019-]+\s+){1,5}?to\b|insisted\s+(?:on\s+\w+\s+)?that\s+(?:[\w.'\u2019-]+\s+){1,6}?"
       r"(?:honou?r|respect|withdraw|disarm|release|stop|end|halt|return|comply)\b|"
       r"sought\s+(?:[\w-]+\s+){0,5}?(?:help|support|assistance|backing|cooperation)", "request", "REQUEST", "100", None,
       "forward"),
    _t("protest-wire-2", r"chained\s+themselves\s+to|(?:are|were)\s+protesting\b|(?:staged|held|began)\s+an?\s+(?:[\w-]+\s+)?"
       r"(?:sit-in|sit-down|vigil|(?-i:march)|walkout|blockade)", "protest", "PROTEST", "141", None, "forward", "political"),
    _t("consult-wire", r"bargained\s+(?:with|over|late|into|through)|came\s+face\s+to\s+face|(?<=,\s)meeting\s+(?:with\s+)?"
       r"(?:[\w-]+\s+){0,2}?(?:leaders|officials|ministers|counterparts)", "meeting", "CONSULT", "040", "in_person",
       "mutual"),
    _t("cooperate-wire-2", r"jointly\s+(?:escorted|conducted|surveyed|organi[sz]ed|built|ran|patrolled)|"
       r"joint\s+(?:[\w-]+\s+)?survey|"
       r"(?:stepped\s+up|deepened|expanded|intensified)\s+(?:their\s+|its\s+)?(?:[\w-]+\s+)?cooperation|"
       r"coordinated\s+(?:[\w-]+\s+)?(?:intervention|operations|patrols)|partnered\s+(?:in|with|on)|"
       r"inaugurated\s+(?:[\w-]+\s+){0,2}?(?:flights|links|routes|pipeline|railway|bridge)|(?:turned|handed)\s+over\s+"
       r"(?:[\w-]+\s+){0,3}?(?:files|documents|records|evidence|intelligence)\s+(?:[\w,-]+\s+){0,8}?to\b",
       "cooperate", "COOPERATE", "061", None, "mutual", "economic"),
    _t("aid-wire-2", r"disbursed\s+(?:an?\s+|the\s+)?(?:[\w$,.-]+\s+){0,5}?(?:loans?|credits?|tranches?|aid|grants?|"
       r"assistance)\b|bailed\s+out|(?:has\s+)?taken\s+in\s+(?:[\w,-]+\s+){0,5}?refugees|(?:shipped|delivered|provided)\s+"
       r"(?:[\w$,.-]+\s+){0,6}?(?:missiles|weapons|arms|ammunition|shells|credits?|guarantees|loans?|grants?|vaccines|"
       r"supplies)\s+(?:[\w-]+\s+){0,3}?to\b", "aid", "AID", "070", None, "forward", "economic"),
    _t("concede-wire-2", r"reversed\s+(?:its|his|her|their|the)\s+(?:[\w-]+\s+)?decision|dropped\s+(?:[\w-]+\s+){0,2}?charges\s+"
       r"against|put\s+(?:its|their|the)\s+(?:[\w-]+\s+){0,2}?(?:protests?|strike|campaign|boycott)\s+on\s+hold|"
       r"acquiesced\s+(?:in|to)", "concede", "CONCEDE", "080", None, "forward", "political"),
    _t("sanction-wire-2", r"kicked\s+out|froze\s+(?:[\w-]+\s+)?(?:contacts|ties|relations|cooperation|talks)|"
       r"(?:slashed|scaled\s+back|cut\s+back)\s+(?:its\s+|their\s+)?(?:[\w-]+\s+){0,2}?(?:lending|cooperation|aid|assistance|"
       r"ties|contacts|presence)|terminated\s+(?:an?\s+|the\s+)?(?:[\w-]+\s+){0,2}?(?:agreement|accord|treaty|pact)|"
       r"quit\s+the\s+(?:Commonwealth|alliance|bloc|organi[sz]ation|union|league|treaty)", "sanction", "SANCTION", "160",
       None, "forward"),
    _t("agree-wire-2", r"reaffirmed\s+(?:its|their|his|her)\s+commitment\s+to|volunteered\s+to|expressed\s+(?:its\s+|their\s+)?"
       r"(?:willingness|readiness)\s+to", "agree", "AGREE", "030", None, "forward"),
    _t("support-wire-2", r"welcomed\s+(?:[\w.'\u2019-]+\s+){0,5}?(?:decision|move|announcement|proposal|initiative|agreement|"
       r"deal|release|election|victory|ceasefire|truce)", "support", "SUPPORT", "051", None, "forward"),
    _t("mobilize-wire-2", r"beefed\s+up\s+(?:the\s+|its\s+)?(?:[\w-]+\s+)?(?:presence|security|forces|patrols)|readied\s+"
       r"(?:[\w-]+\s+){0,3}?(?:troops|artillery|jets|forces|missiles|batteries|warships)|rolled\s+(?:[\w-]+\s+){0,3}?"
       r"(?:tanks|armou?red)", "mobilize", "MOBILIZE", "150", None, "forward", "military"),
    _t("assault-wire-2", r"beat\s+(?:[\w-]+\s+){0,3}?(?:protesters|demonstrators|supporters|students|journalists|activists)|"
       r"lobbed\s+(?:[\w-]+\s+){0,2}?(?:mortars?|rockets?|grenades?|shells|rounds)", "assault", "ASSAULT", "190", None,
       "forward", "military"),
    _t("retreat-wire-2", r"stood\s+down\s+(?:along|on|from|their|its)|stand\s+down\s+(?:along|from)", "retreat", "RETREAT",
       "087", None, "forward", "military"),
)

# Phrasings of a systematic phrasebook (common and less common wire wordings per category), after
# everything else
_ARMS = r"(?:troops|forces|soldiers|tanks|artillery|warships|jets|warplanes|units|battalions|brigades|divisions|missiles?)"
TRIGGERS = TRIGGERS + (
    _t("agree-phrase", r"(?:gave|given)\s+(?:its|his|her|their)\s+(?:consent|word|approval|assent)|assented\s+to|"
       r"(?:concluded|entered\s+into|clinched|struck|hammered\s+out)\s+(?:an?\s+|the\s+)?(?:[\w-]+\s+){0,3}?"
       r"(?:agreement|accord|pact|treaty|deal|understanding|compromise)|settled\s+on\s+(?:an?\s+|the\s+)?(?:[\w-]+\s+){0,2}?"
       r"(?:compromise|formula|plan|deal)|made\s+(?:a\s+)?(?:firm\s+|formal\s+)?commitment|"
       r"confirmed\s+(?:that\s+)?(?:it|he|she|they)\s+would\s+(?:take\s+part|participate|attend|join)",
       "agree", "AGREE", "030", None, "forward"),
    _t("consult-phrase", r"played\s+host\s+to|held\s+(?:an?\s+|the\s+)?(?:[\w-]+\s+){0,2}?summit|"
       r"(?:conducted|opened|held)\s+(?:[\w-]+\s+){0,2}?negotiations|gathered\s+(?:[\w\s-]{0,30}?)for\s+(?:[\w-]+\s+)?talks|"
       r"engaged\s+in\s+(?:[\w-]+\s+)?(?:dialogue|talks)|held\s+(?:an?\s+)?working\s+(?:lunch|dinner|breakfast)|"
       r"called\s+(?:an?\s+)?(?:emergency\s+)?"
       r"meeting\s+(?:of|with)", "meeting", "CONSULT", "040", None, "mutual"),
    _t("support-phrase", r"(?:expressed|conveyed|voiced|offered)\s+(?:its\s+|his\s+|her\s+|their\s+)?(?:deep\s+|deepest\s+|"
       r"sincere\s+|heartfelt\s+)?(?:sympath(?:y|ies)|satisfaction|approval)|issued\s+(?:an?\s+)?"
       r"(?:formal\s+|public\s+)?apology|championed|spoke\s+out\s+in\s+favou?r\s+of|came\s+out\s+in\s+favou?r\s+of|"
       r"lent\s+(?:its|his|her|their)\s+(?:[\w-]+\s+)?(?:backing|support|weight)|complimented|"
       r"signall?ed\s+(?:its\s+|his\s+|her\s+|their\s+)?(?:[\w-]+\s+)?support|formally\s+(?:acknowledged|recognised|recognized)|"
       r"described\s+(?:[\w'\u2019-]+\s+){1,5}?as\s+(?:a\s+)?(?:positive|welcome|constructive|significant|important)\s+step",
       "support", "SUPPORT", "051", None, "forward"),
    _t("concede-phrase", r"(?:granted|made|offered)\s+(?:[\w-]+\s+)?concessions?|made\s+a\s+(?:[\w-]+\s+)?U-turn|"
       r"commuted\s+(?:[\w-]+\s+){0,3}?(?:sentences?|death)|gave\s+ground|loosened\s+(?:[\w-]+\s+){0,2}?(?:controls|restrictions|"
       r"rules|curbs|grip)|gave\s+way\s+to|backtracked\s+on|back-?pedall?ed\s+on|overturned\s+(?:[\w'\u2019-]+\s+){0,3}?(?:ban|decision|"
       r"order|decree|ruling)|waived\s+(?:[\w-]+\s+){0,2}?(?:visa|requirements?|fees|restrictions|conditions)",
       "concede", "CONCEDE", "080", None, "forward", "political"),
    _t("cooperate-phrase", r"normali[sz]ed\s+(?:[\w-]+\s+)?(?:ties|relations)|re-?opened\s+(?:its|their)\s+(?:embassy|embassies|"
       r"consulate)|exchanged\s+ambassadors|(?:carried\s+out|conducted|launched|mounted)\s+joint\s+(?:[\w-]+\s+)?"
       r"(?:raids|operations?|patrols|offensives?|investigations?)|(?:formed|set\s+up|established)\s+(?:an?\s+)?joint\s+"
       r"(?:[\w-]+\s+)?(?:commission|committee|task\s+force|working\s+group|centre|center)|opened\s+(?:an?\s+)?liaison\s+office|"
       r"acted\s+in\s+concert|worked\s+hand\s+in\s+hand|(?:trained|worked|fought|served)\s+alongside|resumed\s+(?:[\w-]+\s+)?(?:security\s+|military\s+|"
       r"intelligence\s+)?cooperation|coordinated\s+(?:[\w-]+\s+)?efforts\s+with|assisted\s+"
       r"(?:[\w-]+\s+)?investigators|(?:transferred|handed)\s+custody\s+of|handed\s+over\s+(?:an?\s+|the\s+)?(?:[\w-]+\s+){0,2}?"
       r"(?:militant|suspects?|fugitives?|wanted)", "cooperate", "COOPERATE", "060", None, "forward"),
    _t("aid-phrase", r"extended\s+(?:an?\s+)?(?:[\w$,.-]+\s+){0,3}?(?:credit\s+line|line\s+of\s+credit|loan)|"
       r"(?:channell?ed|transferred)\s+(?:[\w$,.-]+\s+){0,4}?(?:funds|aid|assistance)\s+to|(?:gave|granted|offered|provided)\s+"
       r"(?:[\w-]+\s+){0,2}?(?:refuge|sanctuary|shelter)\s+to|air-?dropped\s+(?:[\w-]+\s+)?(?:supplies|food|aid)|"
       r"sent\s+(?:[\w-]+\s+){0,2}?(?:firefighting|rescue|search-and-rescue|medical)\s+(?:aircraft|teams?|planes|helicopters|"
       r"personnel)|furnished\s+(?:[\w-]+\s+){0,2}?(?:weapons|arms|equipment)|awarded\s+(?:an?\s+)?(?:[\w$,.-]+\s+){0,3}?grant|"
       r"provided\s+(?:[\w-]+\s+)?logistical\s+support", "aid", "AID", "070", None, "forward", "humanitarian"),
    _t("retreat-phrase", r"(?:returned|handed\s+back|gave\s+back|ceded)\s+(?:[\w-]+\s+){0,2}?(?:territory|land|villages|"
       r"islands?|region)|(?:announced|declared|called)\s+(?:an?\s+)?"
       r"(?:[\w-]+\s+)?(?:unilateral\s+)?(?:ceasefire|cease-fire|truce)|released\s+(?:[\w,-]+\s+){0,5}?(?:hostages|prisoners|"
       r"detainees|captives)|released\s+(?:[\w-]+\s+){0,3}?from\s+(?:detention|custody|prison)|scaled\s+down\s+(?:its\s+|their\s+)?"
       r"(?:military\s+)?presence|ended\s+(?:its|their)\s+(?:[\w-]+\s+)?occupation|suspended\s+(?:[\w-]+\s+)?sanctions|"
       r"disengaged\s+(?:its\s+|their\s+)?forces|demilitari[sz]ed", "retreat", "RETREAT", "084", None, "forward", "military"),
    _t("request-phrase", r"(?:filed|put\s+in|lodged|submitted)\s+(?:an?\s+)?(?:formal\s+)?(?:request|application|petition)|"
       r"called\s+upon|leaned\s+on|made\s+(?:[\w-]+\s+)?representations|sought\s+(?:[\w-]+\s+)?(?:permission|approval|"
       r"clarification|assurances|guarantees)|made\s+(?:a\s+)?formal\s+approach|insisted\s+(?:that|on)|"
       r"pressed\s+(?:[\w'\u2019.-]+\s+){1,4}?(?:on\s+\w+\s+)?(?:to|for)\b|asked\s+for\s+(?:[\w-]+\s+){0,3}?(?:help|assistance|"
       r"aid|support|equipment|supplies|talks|clarification|extradition)", "request", "REQUEST", "100", None, "forward"),
    _t("accuse-phrase", r"pointed\s+the\s+finger\s+at|took\s+(?:[\w'\u2019.-]+\s+){1,3}?to\s+task|instituted\s+"
       r"(?:[\w-]+\s+)?proceedings|held\s+(?:[\w'\u2019.-]+\s+){1,4}?responsible\s+for|expressed\s+(?:its\s+|his\s+|her\s+|"
       r"their\s+)?(?:[\w-]+\s+)?(?:outrage|indignation|dismay|displeasure)|issued\s+(?:an?\s+)?(?:[\w-]+\s+)?rebuke|"
       r"levell?ed\s+(?:[\w-]+\s+)?(?:accusations|charges|allegations)|passed\s+(?:an?\s+)?resolution\s+condemning|pilloried|"
       r"railed\s+against|(?:branded|labell?ed)\s+(?:[\w'\u2019.-]+\s+){1,4}?(?:an?\s+)?(?:terrorists?|terror\s+group|"
       r"criminals?|aggressors?|puppets?|rogue|threat|dictator(?:ship)?)", "accuse", "ACCUSE", "111", None, "forward"),
    _t("reject-phrase", r"scoffed\s+at|gave\s+short\s+shrift\s+to|turned\s+(?:its|his|her|their)\s+back\s+on|torpedoed|"
       r"renounced\s+(?:the\s+|its\s+|an?\s+)?(?:[\w-]+\s+){0,2}?(?:treaty|agreement|accord|pact|claim|deal)|ignored\s+"
       r"(?:an?\s+|the\s+)?(?:[\w-]+\s+){0,2}?(?:deadline|ultimatum|order|demands?|calls?)|dismissed\s+(?:[\w'\u2019.-]+\s+)"
       r"{0,3}?(?:proposal|plan|offer|demand|charges|allegations?|claims?|report|criticism|warnings?)",
       "reject", "REJECT", "120", None, "forward"),
    _t("threaten-phrase", r"warned\s+of\s+(?:an?\s+)?(?:[\w-]+\s+)?(?:response|war|retaliation|reprisals?|consequences)|"
       r"(?:all|every)\s+options?\s+(?:remained?|were|are|was|is)\s+(?:still\s+)?on\s+the\s+table|issued\s+(?:an?\s+)?"
       r"(?:[\w-]+\s+)?warning\s+to", "threaten", "THREATEN", "130", None, "forward"),
    _t("protest-phrase", r"waved\s+(?:[\w-]+\s+)?(?:placards|banners|flags)|set\s+up\s+(?:[\w-]+\s+)?(?:roadblocks|barricades)|"
       r"went\s+on\s+(?:the\s+|a\s+)?rampage|observed\s+(?:an?\s+)?(?:[\w-]+\s+)?(?:hartal|bandh|strike)|staged\s+(?:an?\s+)?"
       r"(?:go-slow|work-to-rule)|began\s+(?:an?\s+)?(?:work-to-rule|go-slow)|formed\s+(?:an?\s+)?human\s+chain|banged\s+pots|"
       r"heckled|mounted\s+(?:an?\s+)?(?:[\w-]+\s+)?(?:protests?|demonstrations?|sit-ins?|vigils?|pickets?)|"
       r"camped\s+(?:out\s+)?(?:outside|in\s+front\s+of)", "protest", "PROTEST", "141", None, "forward", "political"),
    _t("sanction-phrase", r"imposed\s+(?:an?\s+)?(?:[\w-]+\s+){0,2}?embargo|placed\s+(?:[\w'\u2019.-]+\s+){1,6}?on\s+"
       r"(?:its\s+|a\s+|the\s+)?(?:[\w-]+\s+)?(?:sanctions|black)\s*list|barred\s+(?:[\w-]+\s+){0,3}?(?:entry|from\s+entering)|"
       r"suspended\s+(?:all\s+)?(?:[\w-]+\s+)?(?:military\s+cooperation|flights|voting\s+rights|arms\s+sales|exports)|"
       r"ended\s+(?:[\w-]+\s+)?preferential\s+trade|revoked\s+(?:[\w'\u2019.-]+\s+){0,3}?(?:most-favou?red-nation|trade)\s+status|"
       r"halted\s+(?:[\w-]+\s+){0,2}?(?:arms|weapons)\s+(?:exports?|sales|deliveries)|pulled\s+(?:its|their)\s+(?:envoy|"
       r"ambassador)|closed\s+(?:its|their)\s+airspace|cut\s+(?:[\w-]+\s+){0,3}?off\s+from\s+SWIFT|ordered\s+the\s+closure\s+of\s+"
       r"(?:an?\s+|the\s+)?(?:[\w-]+\s+)?(?:consulate|embassy|mission)", "sanction", "SANCTION", "160", None, "forward"),
    _t("mobilize-phrase", r"called\s+up\s+(?:[\w,-]+\s+){0,3}?(?:reservists|reserves|conscripts)|fortified\s+(?:its\s+|the\s+)?"
       r"(?:[\w-]+\s+)?(?:border|frontier|positions)|(?:placed|put)\s+(?:[\w-]+\s+){0,4}?on\s+(?:the\s+)?(?:highest\s+|full\s+|"
       r"high\s+)?(?:combat\s+)?(?:readiness|alert)|ordered\s+(?:a\s+)?general\s+mobili[sz]ation|(?:built|building)\s+up\s+"
       r"(?:its\s+|their\s+)?(?:forces|troops|military)|amassed\s+(?:[\w,-]+\s+){0,3}?" + _ARMS + r"|flexed\s+(?:its|their)\s+"
       r"military\s+muscle|show\s+of\s+(?:military\s+)?force|dug\s+(?:[\w-]+\s+)?(?:trenches|ditches)|laid\s+(?:[\w-]+\s+)?mines|"
       r"moved\s+(?:[\w-]+\s+){0,2}?" + _ARMS + r"\s+(?:closer\s+to|towards?|up\s+to)|increased\s+(?:its\s+|their\s+)?"
       r"military\s+presence|(?:began|started)\s+surging|ordered\s+(?:[\w-]+\s+){0,2}?" + _ARMS + r"\s+to\s+the\s+border|"
       r"(?:began|launched|started|held)\s+(?:[\w-]+\s+)?(?:naval\s+)?man(?:oeu|eu)vres|reinforced\s+(?:its\s+|their\s+)?"
       r"(?:[\w-]+\s+){0,2}?(?:border|garrison|positions|troops)", "mobilize", "MOBILIZE", "150", None, "forward", "military"),
    _t("coerce-phrase", r"took\s+(?:[\w'\u2019.-]+\s+){1,5}?into\s+custody|apprehended|nabbed|began\s+holding|"
       r"imposed\s+martial\s+law|swooped\s+on|clamped\s+down\s+on|proscribed|cordoned\s+off|cut\s+(?:off\s+)?(?:mobile\s+)?"
       r"internet\s+(?:access|service)|imposed\s+(?:an?\s+)?(?:[\w-]+\s+)?(?:media|news|information)\s+blackout|"
       r"(?:suspended|revoked)\s+(?:[\w'\u2019.-]+\s+){0,4}?(?:broadcast(?:ing)?\s+licen[cs]e|broadcasts|press\s+credentials|accreditation)|"
       r"picked\s+up\s+(?:[\w,-]+\s+){0,3}?(?:activists|dissidents|protesters|suspects|opposition)",
       "coerce", "COERCE", "170", None, "forward", "political"),
    _t("assault-phrase", r"carried\s+out\s+(?:[\w-]+\s+)?(?:air\s*raids|air\s*strikes|raids|attacks)|set\s+off\s+(?:an?\s+)?"
       rf"(?:[\w-]+\s+)?bomb|fired\s+(?:an?\s+)?(?:[\w-]+\s+){{0,2}}?(?:missiles?|rockets?|shells|mortars?)\s+(?:at|into{_NOT_SEA}|towards)|"
       r"beat\s+(?:[\w-]+\s+){0,3}?to\s+death|sprayed\s+(?:[\w-]+\s+)?(?:bullets|gunfire)|raked\s+(?:[\w-]+\s+){0,3}?with\s+"
       r"(?:gunfire|machine-gun\s+fire)", "assault", "ASSAULT", "190", None, "forward", "military"),
)

# Less common wire wordings of the conflict categories (a second phrasebook), after everything else
TRIGGERS = TRIGGERS + (
    _t("sanction-phrase-2", r"(?:was|were)\s+slapped\s+with\s+(?:[\w-]+\s+){0,3}?(?:sanctions|restrictions|embargo|tariffs|"
       r"penalties)|clamped\s+(?:an?\s+)?(?:[\w-]+\s+){0,2}?(?:embargo|sanctions|ban)\s+on|placed\s+(?:[\w,'\u2019-]+\s+){1,6}?"
       r"under\s+(?:an?\s+)?(?:travel\s+ban|asset\s+freeze|sanctions)|pulled\s+the\s+plug\s+on\s+(?:[\w-]+\s+){0,2}?"
       r"(?:aid|assistance|funding|talks|cooperation|loans?)|tightened\s+the\s+screws\s+on|ordered\s+(?:[\w,-]+\s+){1,4}?"
       r"diplomats\s+out|(?:shut|closed)\s+(?:down\s+)?(?:its|their)\s+embass(?:y|ies)|stripped\s+(?:[\w'\u2019-]+\s+){1,3}?of\s+"
       r"(?:[\w-]+\s+){0,3}?(?:trade\s+privileges|preferences|membership|voting\s+rights)|added\s+(?:[\w,-]+\s+){1,5}?to\s+"
       r"(?:an?\s+|its\s+|the\s+)?(?:export\s+control|entity|trade\s+black)\s*list|slashed\s+(?:its|their)\s+embassy\s+staff|"
       r"asset\s+freeze\s+was\s+ordered|suspended\s+(?:all\s+)?(?:[\w-]+\s+){0,3}?cooperation\s+with|froze\s+(?:[\w-]+\s+)?"
       r"accession\s+talks|suspended\s+(?:[\w-]+\s+){0,3}?(?:MPs|lawmakers|legislators|members)\s+from",
       "sanction", "SANCTION", "160", None, "forward"),
    _t("reject-phrase-2", r"cast\s+(?:a|its|their)\s+veto|vetoed|gave\s+the\s+cold\s+shoulder|walked\s+away\s+from\s+(?:the\s+)?"
       r"(?:negotiating\s+table|talks|negotiations|deal|agreement)|stayed\s+away\s+from\s+(?:the\s+)?(?:[\w-]+\s+){0,2}?"
       r"(?:session|talks|vote|meeting|ceremony|election|summit)|struck\s+down\s+(?:on\s+\w+\s+)?(?:an?\s+|the\s+)?(?:[\w-]+\s+){0,2}?"
       r"(?:law|ordinance|decree|bill|ban|ruling|order|amendment|amnesty)|threw\s+out\s+(?:the\s+)?(?:[\w'\u2019-]+\s+){0,2}?"
       r"(?:petition|case|appeal|challenge|motion|lawsuit|bid)|turned\s+a\s+deaf\s+ear|nixed|scuppered|(?:issued|published)\s+"
       r"(?:an?\s+)?(?:[\w-]+\s+)?rebuttal|held\s+out\s+against|dug\s+in\s+(?:its|his|her|their)\s+heels",
       "reject", "REJECT", "120", None, "forward"),
    _t("accuse-phrase-2", r"came\s+under\s+(?:heavy\s+|fresh\s+|sharp\s+)?(?:fire|attack|criticism)\s+from|hauled\s+"
       r"(?:[\w'\u2019-]+\s+){1,4}?before|took\s+aim\s+at|faced\s+(?:a\s+)?(?:barrage|storm|wave)\s+of\s+criticism|"
       r"(?:was|were)\s+taken\s+to\s+task|put\s+(?:[\w'\u2019-]+\s+){1,4}?on\s+trial|cast\s+(?:the\s+)?blame\s+on|"
       r"charged\s+(?:on\s+\w+\s+)?that|(?:launched|began|opened)\s+impeachment\s+proceedings|censure\s+motion|"
       r"motion\s+of\s+censure|branded\s+(?:[\w'\u2019-]+\s+){1,6}?(?:a|an)\s+[\"\u2018\u201c']?(?:[\w-]+\s+)?(?:fabrication|lie|"
       r"slander|provocation|farce)", "accuse", "ACCUSE", "111", None, "forward"),
    _t("threaten-phrase-2", r"rattled\s+(?:its\s+)?sabres|did\s+not\s+rule\s+out\s+(?:on\s+\w+\s+)?(?:an?\s+)?(?:[\w-]+\s+)?"
       r"(?:military|strike|attack|force|sanctions|retaliation)|thinly\s+veiled\s+threat|reserved\s+the\s+right\s+to\s+"
       r"(?:strike|attack|respond|retaliate|use\s+force)|fired\s+a\s+warning\s+shot|hung\s+the\s+threat\s+of|"
       r"vowed\s+(?:on\s+\w+\s+)?to\s+(?:respond\s+in\s+kind|make\s+(?:[\w'\u2019.-]+\s+){1,4}?pay)",
       "threaten", "THREATEN", "130", None, "forward"),
    _t("mobilize-phrase-2", r"(?:was|were)\s+massing\s+(?:[\w,-]+\s+){0,3}?(?:troops|tanks|forces|artillery|soldiers)|"
       r"ordered\s+(?:a\s+)?(?:partial|full|general)\s+mobili[sz]ation|(?:missile|rocket)\s+test\s+was\s+conducted|"
       r"positioned\s+(?:an?\s+)?(?:[\w-]+\s+){0,2}?(?:destroyer|warships?|carrier|submarine|troops|missiles|batteries)|"
       r"paraded\s+(?:[\w-]+\s+){0,3}?(?:missiles|tanks|weapons)|resumed\s+(?:[\w-]+\s+){0,3}?(?:bomber\s+)?patrols|"
       r"sailed\s+within\s+(?:[\w-]+\s+){0,3}?(?:miles|of)|concentrated\s+(?:forces|troops|armou?r)|placed\s+(?:the\s+)?"
       r"(?:country|army|military|forces)\s+on\s+(?:a\s+)?war\s+footing|"
       r"scrambled\s+(?:[\w-]+\s+)?(?:fighter\s+)?jets",
       "mobilize", "MOBILIZE", "150", None, "forward", "military"),
    _t("coerce-phrase-2", r"slapped\s+(?:an?\s+)?(?:[\w-]+\s+){0,2}?curfew\s+on|"
       r"broke\s+up\s+(?:an?\s+|the\s+)?(?:[\w-]+\s+){0,2}?"
       r"(?:gathering|rally|protest|demonstration|meeting|march|sit-in)|cleared\s+(?:an?\s+|the\s+)?(?:[\w-]+\s+){0,3}?"
       r"(?:protest\s+)?camp|pulled\s+(?:[\w'\u2019-]+\s+){1,5}?off\s+the\s+air|sent\s+(?:[\w'\u2019-]+\s+){1,4}?to\s+prison|"
       r"put\s+(?:[\w'\u2019-]+\s+){1,5}?behind\s+bars|gagging\s+order|held\s+(?:[\w'\u2019-]+\s+){1,5}?incommunicado|"
       r"(?:was|were)\s+taken\s+into\s+custody", "coerce", "COERCE", "170", None, "forward", "political"),
    _t("protest-phrase-2", r"enforced\s+(?:an?\s+)?(?:[\w-]+\s+)?(?:hartal|bandh|general\s+strike|shutdown)|brought\s+"
       r"(?:[\w'\u2019-]+\s+){1,3}?to\s+a\s+standstill\s+with\s+(?:a\s+)?(?:[\w-]+\s+)?strike|led\s+(?:an?\s+)?march|"
       r"mass\s+rally\s+was\s+held|turned\s+out\s+in\s+(?:force|their\s+thousands)|pitched\s+tents\s+outside|"
       r"besieged\s+(?:the\s+)?(?:[\w-]+\s+){0,3}?(?:headquarters|offices?|parliament|palace|ministry)|massed\s+outside",
       "protest", "PROTEST", "141", None, "forward", "political"),
    _t("assault-phrase-2", r"came\s+under\s+(?:[\w-]+\s+)?(?:mortar|rocket|artillery|sniper|machine-gun)?\s*fire\s+from|"
       r"beat\s+(?:[\w'\u2019-]+\s+){1,4}?unconscious|(?:was|were)\s+hit\s+by\s+(?:an?\s+)?"
       r"(?:[\w-]+\s+){0,2}?(?:roadside\s+bomb|rocket|missile|mortar|drone\s+strike)|pounded\s+(?:[\w-]+\s+){0,2}?"
       r"(?:positions|targets|strongholds|bases)|took\s+(?:[\w,-]+\s+){1,5}?hostage", "assault", "ASSAULT", "190", None,
       "forward", "military"),
    # "heavy fighting erupted between the army and the rebels": both sides fight
    _t("assault-erupted", r"(?:heavy\s+|fierce\s+)?(?:fighting|clashes)\s+(?:erupted|broke\s+out|raged)\s+between",
       "assault", "ASSAULT", "190", None, "mutual", "military"),
)

# Less common wire wordings of the cooperative categories (a second phrasebook), after everything else
TRIGGERS = TRIGGERS + (
    _t("retreat-phrase-2", r"(?:was|were)\s+returned\s+to|handed\s+back\s+(?:[\w'\u2019-]+\s+){1,3}?to|rolled\s+back\s+"
       r"(?:[\w-]+\s+)?sanctions|unfroze|restituted|disengaged\s+from|bowed\s+out|drew\s+down\s+(?:its\s+|their\s+)?"
       r"(?:forces|troops|presence)|silenced\s+(?:its|their)\s+guns|called\s+it\s+quits|allowed\s+(?:[\w,-]+\s+){1,6}?"
       r"to\s+go\s+free|scaled\s+back\s+(?:its\s+|their\s+)?military\s+presence|pulled\s+(?:its|their)\s+(?:[\w-]+\s+)?troops\s+"
       r"out", "retreat", "RETREAT", "084", None, "forward", "military"),
    _t("agree-phrase-2", r"went\s+along\s+with|said\s+yes\s+"
       r"(?:on\s+\w+\s+)?to|accepted\s+in\s+principle|entered\s+into\s+(?:an?\s+)?commitment|thrashed\s+out\s+(?:an?\s+|the\s+)?"
       r"(?:[\w-]+\s+)?(?:accord|deal|agreement|compromise)|gave\s+the\s+nod\s+(?:on\s+\w+\s+)?to|"
       r"would\s+abide\s+by|shook\s+hands\s+(?:on\s+\w+\s+)?on\s+(?:an?\s+|the\s+)?"
       r"(?:[\w-]+\s+){0,2}?(?:deal|agreement|accord)", "agree", "AGREE", "030", None, "forward"),
    _t("support-phrase-2", r"gave\s+(?:its|his|her|their)\s+blessing|extended\s+(?:diplomatic\s+)?recognition\s+to|"
       r"said\s+sorry|gave\s+(?:its|his|her|their)\s+endorsement|stood\s+shoulder\s+to\s+shoulder\s+with|offered\s+"
       r"(?:its\s+|his\s+|her\s+|their\s+)?(?:warm\s+)?congratulations|offered\s+forgiveness|stamp\s+of\s+approval|"
       r"became\s+(?:a\s+)?signatory\s+to|standing\s+ovation|heaped\s+praise\s+on", "support", "SUPPORT", "051", None,
       "forward"),
    _t("aid-phrase-2", r"earmarked\s+(?:[\w$\u20ac\u00a3.,-]+\s+){1,5}?for\s+(?:[\w-]+\s+)?(?:victims|survivors|refugees|"
       r"relief|reconstruction)|came\s+to\s+the\s+aid\s+of|threw\s+a\s+lifeline\s+to|chipped\s+in\s+(?:with\s+)?[$\u20ac\u00a3\d]|"
       r"replenished\s+(?:[\w'\u2019-]+\s+){0,2}?(?:stocks|arsenal|stockpiles)|plucked\s+(?:[\w,-]+\s+){1,4}?from\s+the\s+"
       r"(?:sea|Mediterranean|water|Aegean)|(?:was|were)\s+flown\s+in|pumped\s+[$\u20ac\u00a3\d][\w.,]*\s+(?:[\w-]+\s+){0,2}?"
       r"into|channell?ed\s+[$\u20ac\u00a3\d][\w.,]*\s+(?:[\w-]+\s+){0,2}?to", "aid", "AID", "070", None, "forward",
       "humanitarian"),
    _t("cooperate-phrase-2", r"(?:was|were)\s+handed\s+over\s+to|turned\s+over\s+(?:an?\s+|the\s+)?(?:[\w-]+\s+){0,3}?"
       r"(?:suspects?|fugitives?|leader|militants?|records|documents|evidence)\s+to|synchroni[sz]ed\s+(?:their\s+)?"
       r"(?:[\w-]+\s+)?patrols|tipped\s+off|worked\s+in\s+tandem\s+with|assisted\s+(?:with\s+)?(?:the\s+)?(?:[\w-]+\s+){0,3}?"
       r"(?:inquiry|investigation)|rendered\s+(?:[\w-]+\s+)?assistance|opened\s+(?:its|their)\s+(?:[\w-]+\s+)?(?:files|"
       r"archives)\s+to|joined\s+(?:an?\s+|the\s+)?(?:multinational|international|joint|U\.?S\.?-led|NATO-led)\s+(?:[\w-]+\s+)?"
       r"(?:operation|mission|coalition|task\s+force)|worked\s+closely\s+with", "cooperate", "COOPERATE", "060", None,
       "forward"),
    _t("concede-phrase-2", r"reversed\s+course|did\s+a\s+U-turn|threw\s+in\s+the\s+towel|blinked\s+first|granted\s+clemency|"
       r"gave\s+way\s+on|watered\s+down\s+(?:its\s+|the\s+|a\s+)?(?:[\w-]+\s+){0,3}?(?:bill|law|plan|proposal|reform|rules|"
       r"demands)", "concede", "CONCEDE", "080", None, "forward", "political"),
    _t("consult-phrase-2", r"placed\s+a\s+(?:phone\s+)?call\s+to|got\s+on\s+the\s+phone\s+with", "phone_call", "CONSULT",
       "041", "phone", "mutual"),
    _t("consult-phrase-3", r"acted\s+as\s+(?:a\s+)?go-between|made\s+a\s+stopover\s+in|(?:was|were)\s+closeted\s+with|"
       r"engaged\s+in\s+discussions\s+with|rolled\s+out\s+the\s+red\s+carpet\s+for|sounded\s+out", "meeting", "CONSULT", "040",
       None, "mutual"),
    _t("request-phrase-2", r"put\s+(?:[\w-]+\s+)?pressure\s+on|invoked\s+Article|wrote\s+to\s+(?:[\w.'\u2019-]+\s+){1,6}?"
       r"(?:on\s+\w+\s+)?(?:requesting|asking|seeking|urging)|sought\s+an\s+audience\s+with|turned\s+to\s+(?:[\w.'\u2019-]+\s+)"
       r"{1,3}?for\s+(?:help|assistance|aid|support)", "request", "REQUEST", "100", None, "forward"),
)

# Constructions of long wire sentences: nominal subjects, phrasal verbs and set phrases.
_UNITS = r"(?:troops|soldiers|forces|battalions|brigades|divisions|units|tanks|warships|warplanes|jets|aircraft|" \
         r"(?:helicopter\s+)?gunships|artillery|missiles|reinforcements|marines|paratroopers)"
_MEDIA = r"(?:internet|mobile|social\s+media|websites?|newspapers?|radio|television|TV|channels?|stations?|broadcasts?)"
TRIGGERS = TRIGGERS + (
    _t("concede-phrase-3", r"rolled\s+back\s+(?:an?\s+|the\s+|its\s+)?(?:[\w-]+\s+){0,3}?(?:curfew|restrictions|curbs|"
       r"ban|state\s+of\s+emergency|emergency\s+rule|martial\s+law|price\s+rises|(?:price|tariff|tax|fuel)\s+(?:rises|hikes|"
       r"increases))|brought\s+(?:[\w-]+\s+){0,5}?(?:curfew|emergency\s+rule|state\s+of\s+emergency|martial\s+law|blockade|"
       r"lockdown)\s+to\s+an\s+end|(?:scrapped|cancell?ed|reversed|suspended)\s+(?:the\s+|a\s+)?(?:[\w-]+\s+){0,3}?"
       r"(?:rises|hikes|increases)\s+in", "concede", "CONCEDE", "081", None, "forward", "political"),
    _t("cooperate-phrase-3", r"(?:inaugurated|flagged\s+off|commissioned|opened|launched)\s+(?:an?\s+|the\s+)?"
       r"(?:[\w-]+\s+){0,4}?(?:cross-border|bilateral|joint|dedicated)\s+(?:[\w-]+\s+){0,3}?(?:corridor|railway|rail\s+link|"
       r"pipeline|bridge|power\s+line|transmission\s+line|highway|road|bus\s+service|ferry\s+service|border\s+market|"
       r"trade\s+(?:zone|centre|center)|economic\s+zone)|(?:began|started|resumed)\s+(?:jointly\s+)?(?:exporting|importing|"
       r"settling|pumping|supplying|transmitting|trading)|(?:exchanging|shared|sharing|swapped)\s+(?:[\w-]+\s+){0,3}?"
       r"(?:intelligence|information|data|files|documents|records|evidence)|exchanged\s+(?:[\w-]+\s+){0,3}?(?:files|"
       r"documents|records|evidence)|(?:joint|bilateral|combined|trilateral)\s+(?:[\w-]+\s+){0,3}?(?:exercises?|drills?|"
       r"manoeuvres|maneuvers|war\s+games)", "cooperate", "COOPERATE", "062", None, "mutual", "military"),
    _t("assault-phrase-3", r"(?:bomber|bomb|car\s+bomb|truck\s+bomb|suicide\s+attacker|drone\s+strike|air\s*strike|"
       r"missile|rocket|shell|mortar\s+round)s?\s+(?:[\w.-]+\s+){0,5}?(?:struck|hit|slammed\s+into|tore\s+through|"
       r"ripped\s+through)|(?:launched|fired|unleashed)\s+(?:an?\s+)?(?:[\w-]+\s+){0,6}?(?:rockets|missiles|mortars?|"
       rf"shells|drones)\s+(?:at|into{_NOT_SEA}|toward|towards|on)\b|(?:mounted|launched|unleashed)\s+(?:an?\s+)?(?:[\w-]+\s+){{0,3}}?"
       r"(?:offensive|counter-offensive|counteroffensive|incursion|assault)", "assault", "ASSAULT", "190", None, "forward",
       "military"),
    _t("aid-phrase-3", r"(?:delivered|shipped|sent|airlifted|distributed|brought|carried|flew|flown|trucked|transported)\s+"
       r"(?:[\w,.-]+\s+){0,3}?(?:tonnes|tons)\s+of|"
       r"(?:shipment|consignment|delivery|batch)\s+of\s+(?:[\w,.$-]+\s+){1,12}?(?:was|were|had\s+been|has\s+been|have\s+been)"
       r"\s+(?:delivered|handed\s+over)\s+to", "aid", "AID", "070", None, "forward", "humanitarian"),
    # "raised the prospect of expelling", not "raised the specter of an arms race"; "said Kampala would pull
    # its troops out unless", not "bills that would punish China unless" or "it will be impossible ... unless"
    _t("threaten-phrase-3", r"raised\s+the\s+(?:prospect|possibility|spectre|specter)\s+of\s+(?:\w+\s+)?\w+ing\b|"
       r"reserves?\s+the\s+right\s+to|(?<!that\s)(?<!which\s)(?:would|will)\s+(?!be\b|have\b)(?:[\w-]+\s+){1,12}?unless\b",
       "threaten", "THREATEN", "130", None, "forward"),
    _t("retreat-phrase-3", r"(?:(?<=troops\s)|(?<=soldiers\s)|(?<=forces\s)|(?<=peacekeepers\s)|(?<=contingent\s))"
       r"(?:left|began\s+leaving|started\s+leaving|departed\s+from|began\s+pulling\s+out|completed\s+(?:their|its)\s+withdrawal)|"
       r"handed\s+over\s+(?:the\s+)?(?:[\w-]+\s+){0,3}?(?:peninsula|territory|island|islands|town|province|district|"
       r"enclave|region)\s+to", "retreat", "RETREAT", "0874", None, "forward", "military"),
    _t("sanction-phrase-3", r"(?:withheld|suspended|froze|halted|cut\s+off)\s+(?:[\w,.$-]+\s+){0,6}?(?:aid|assistance|"
       r"funding|budget\s+support)\s+(?:to|for)|(?:stopped|halted|suspended|cut\s+off)\s+(?:[\w-]+\s+){0,3}?(?:exports|supplies|"
       r"deliveries|shipments|imports)\s+(?:to|from|of)", "sanction", "SANCTION", "160", None, "forward", "economic"),
    _t("coerce-phrase-3", r"shut\s+down\s+(?:the\s+|all\s+)?(?:[\w-]+\s+){0,2}?" + _MEDIA + r"|took\s+(?:[\w-]+\s+){1,5}?"
       r"off\s+the\s+air|took\s+(?:[\w.'\u2019-]+\s+){0,6}?into\s+custody", "coerce", "COERCE", "170", None, "forward",
       "political"),
    # a specific offer; "stands ready to work with X" is the boilerplate of a statement, not an event
    _t("agree-phrase-3", r"(?:stands?|stood|is|are|was|were)\s+ready\s+to\s+(?:help|send|supply|offer|mediate|resume|"
       r"host|raise|increase|lift|release|sign|deploy|contribute)", "agree", "AGREE", "030", None, "forward"),
    _t("consult-phrase-4", r"(?:negotiations|talks|discussions|consultations)\s+between\s+(?:[\w.'\u2019,-]+\s+){1,14}?"
       r"(?:opened|began|started|resumed|took\s+place|were\s+held|got\s+under\s+way)|gathered\s+(?:in|at)\s+"
       r"(?:[\w-]+\s+){0,4}?(?:on\s+\w+\s+)?for\s+(?:an?\s+)?(?:[\w-]+\s+){0,4}?(?:talks|discussions|negotiations|"
       r"consultations|meeting|summit)|convened?\s+(?:an?\s+)?(?:[\w-]+\s+){0,2}?(?:meeting|session|summit|talks|"
       r"conference)", "meeting", "CONSULT", "040", "in_person", "mutual"),
    _t("support-phrase-3", r"(?:stands?|stood)\s+(?:firmly\s+|squarely\s+|fully\s+|solidly\s+)?behind|"
       r"(?:highly\s+|deeply\s+|greatly\s+)?appreciates\s+(?:the|its|his|her|their)\b|voted\s+(?:[\w-]+\s+){0,3}?in\s+favou?r\s+of|"
       r"(?:reaffirmed|reiterated|expressed|voiced)\s+(?:[\w'\u2019-]+\s+){0,3}?support\s+for", "support", "SUPPORT", "051",
       None, "forward"),
    _t("reject-phrase-3", r"blocked\s+(?:an?\s+|the\s+)?(?:[\w-]+\s+)?(?:request|appeal|nomination|attempt|plan|deal)|"
       r"barred\s+(?:[\w.'\u2019,-]+\s+){0,10}?from\s+entering", "reject", "REJECT", "120", None, "forward"),
    _t("mobilize-phrase-3", r"ordered\s+(?:[\w-]+\s+){0,4}?" + _UNITS + r",?\s+(?:[\w,-]+\s+){0,6}?to\s+(?:the\s+)?"
       r"(?:[\w-]+\s+)?(?:border|frontier|front)|(?:declared|announced|ordered)\s+(?:an?\s+)?(?:[\w-]+\s+){0,3}?"
       r"mobili[sz]ation|(?:positioned|stationed|amassed|massed)\s+(?:[\w-]+\s+){0,4}?" + _UNITS + r"|"
       r"put\s+(?:its\s+|their\s+|the\s+)?(?:[\w-]+\s+){1,7}?on\s+(?:high\s+|full\s+|maximum\s+)?alert|"
       r"(?:aircraft\s+carrier|warships?|destroyers?|frigates?|flotilla),?\s+(?:[\w,-]+\s+){0,8}?(?:sailed|steamed|passed)\s+"
       r"through", "mobilize", "MOBILIZE", "150", None, "forward", "military"),
    _t("accuse-phrase-3", r"filed\s+(?:an?\s+)?(?:[\w-]+\s+)?(?:suit|lawsuit|case|complaint|petition)\s+against|"
       r"charged\s+(?:[\w.'\u2019-]+\s+){1,7}?with\s+(?:[\w-]+\s+){0,2}?(?:corruption|fraud|treason|terrorism|murder|"
       r"money\s+laundering|espionage|spying|sedition|abuse|war\s+crimes|crimes|embezzlement|bribery|incitement)|"
       r"(?:set\s+up|established|launched|opened|ordered)\s+(?:an?\s+)?(?:[\w-]+\s+){0,3}?(?:inquiry|investigation|probe)\s+"
       r"into", "accuse", "ACCUSE", "112", None, "forward"),
    _t("request-phrase-3", r"(?:resolution|motion|letter|petition)\s+(?:asking|urging|calling\s+on|calling\s+for|demanding)|"
       r"sought\s+(?:the\s+|an?\s+)?(?:[\w-]+\s+)?(?:dissolution|release|removal|resignation|extradition|return|withdrawal|"
       r"postponement|clarification|explanation|compensation)", "request", "REQUEST", "100", None, "forward"),
    _t("protest-phrase-3", r"(?:set\s+up|erected|mounted|manned)\s+(?:[\w-]+\s+)?(?:blockades|roadblocks|barricades)|"
       r"stayed\s+away\s+from\s+(?:the\s+)?(?:[\w-]+\s+){0,4}?(?:elections?|polls?|vote|referendum)",
       "protest", "PROTEST", "140", None, "forward", "political"),
)

# Constructions of short wire leads: set phrases, passives of nouns and verbs of a unit's act.
_AIRCRAFT = "".join(rf"(?<={w}\s)|" for w in ("warplanes", "jets", "drones", "aircraft", "helicopters", "gunships",
                                               "artillery", "planes", "bombers"))[:-1]
TRIGGERS = TRIGGERS + (
    _t("threaten-phrase-4", r"warned\s+(?:on\s+\w+\s+)?(?:that\s+)?(?:it|they|he|she)\s+(?:could|would|might|may)\s+|"
       r"(?:kept|keeps|keeping|left|leaves)\s+(?:the\s+)?(?:[\w-]+\s+){0,2}?options?\s+(?:of\s+(?:[\w-]+\s+){1,9}?)?on\s+the\s+"
       r"table|legitimate\s+targets?|hinted\s+at\s+(?:[\w-]+\s+){0,3}?(?:responses?|retaliation|reprisals|consequences|action|"
       r"measures)|(?:would|will)\s+(?:end|abandon|call\s+off|scrap)\s+(?:its|their|the)\s+(?:[\w-]+\s+)?(?:ceasefire|truce)",
       "threaten", "THREATEN", "130", None, "forward"),
    _t("concede-phrase-4", r"(?:lifted|dropped|withdrew|waived)\s+(?:its|the|his|her|their)\s+veto|"
       r"(?:decree|order|ruling|decision)\s+(?:on\s+\w+\s+)?(?:lifting|easing|relaxing)\s+(?:the\s+|its\s+|a\s+)?"
       r"(?:[\w-]+\s+){0,3}?(?:ban|curfew|restrictions|curbs|state\s+of\s+emergency|martial\s+law)",
       "concede", "CONCEDE", "081", None, "forward", "political"),
    _t("cooperate-phrase-4", r"at\s+the\s+disposal\s+of|restored\s+(?:the\s+)?(?:[\w-]+\s+){0,3}?(?:hotlines?|communication\s+"
       r"(?:lines?|channels?)|rail\s+links?)|(?:began|started)\s+(?:shipping|selling|sending)\s+(?:[\w-]+\s+)?(?:oil|gas|"
       r"electricity|power|grain|coal)\s+to", "cooperate", "COOPERATE", "061", None, "forward", "economic"),
    # leaving a bloc or expelling a member: "pulled out of the Commonwealth", "expelled X from the party"
    _t("sanction-quit", r"(?:pulled\s+out\s+of|withdrew\s+from|quit|(?:withdrawal|exit|departure)\s+from)\s+(?:the\s+)?"
       r"(?:[\w-]+\s+){0,4}?(?:bloc|organi[sz]ation|Commonwealth|community|alliance|union|court|council|convention)\b|expelled\s+(?:[\w.'\u2019-]+\s+){1,8}?from\s+(?:the|its|his|her)\s+(?:[\w-]+\s+)?"
       r"(?:party|movement|organi[sz]ation|bloc|alliance|league)", "sanction", "SANCTION", "160", None, "forward"),
    _t("sanction-ties", r"(?:ties|relations)\s+(?:[\w-]+\s+){0,5}?(?:were|was|have\s+been|had\s+been)\s+(?:broken\s+off|"
       r"severed|cut|suspended)", "sanction", "SANCTION", "161", None, "mutual"),
    _t("sanction-phrase-4", r"recalled\s+(?:their|its|the)\s+ambassadors|placed\s+(?:[\w-]+\s+){1,3}?under\s+"
       r"(?:[\w-]+\s+){0,4}?(?:sanctions|embargo)|(?:threw|kicked)\s+out\s+(?:the\s+)?(?:[\w.-]+\s+){0,2}?(?:ambassador|envoy|"
       r"diplomats?|charg[eé]\s+d['\u2019]affaires)|put\s+(?:[\w-]+\s+){1,3}?(?:back\s+)?on\s+(?:its|the|a)\s+(?:[\w-]+\s+){0,2}?"
       r"(?:list|blacklist)|(?:was|were|has\s+been|had\s+been)\s+suspended\s+from\s+(?:the\s+)?(?:[\w-]+\s+){0,3}?(?:bloc|"
       r"union|organi[sz]ation|group|community|alliance|commonwealth|council)", "sanction", "SANCTION", "160", None,
       "forward"),
    _t("aid-phrase-4", r"flown\s+by\s+(?:[\w-]+\s+){1,4}?(?:into|to)\b|took\s+in\s+(?:[\w,-]+\s+){0,4}?(?:refugees|migrants|"
       r"asylum\s+seekers|evacuees)|channell?ed\s+[$\u20ac\u00a3\d][\w.,]*\s+(?:[\w-]+\s+){0,2}?through|(?:dropped|airdropped|"
       r"parachuted)\s+(?:[\w,-]+\s+){0,4}?(?:food|water|supplies|aid|medicines?)|(?:cancell?ed|forgave|waived)\s+"
       r"(?:[\w$.,-]+\s+){0,5}?(?:debts?|loans?)", "aid", "AID", "070", None, "forward", "humanitarian"),
    _t("protest-phrase-4", r"burned\s+(?:[\w._,-]+\s+){0,4}?(?:flags?|effig(?:y|ies))|(?:formed|built)\s+(?:[\w-]+\s+)?"
       r"(?:blockades|roadblocks|barricades)|walked\s+out\s+of\s+(?:the\s+)?(?:[\w._-]+\s+){0,4}?(?:hall|session|meeting|talks|"
       r"parliament|assembly|chamber|conference|summit|speech)|(?:nationwide|general)\s+shutdown|bandh|hartal|"
       r"camped\s+out\s+(?:in|at|outside)", "protest", "PROTEST", "140", None, "forward", "political"),
    _t("coerce-phrase-4", r"placed\s+(?:[\w.'\u2019-]+\s+){1,12}?under\s+(?:house\s+)?arrest|took\s+over\s+(?:the\s+)?"
       r"(?:[\w-]+\s+){0,3}?(?:newspaper|daily|channel|station|broadcaster|television)|commandeered", "coerce", "COERCE",
       "170", None, "forward", "political"),
    _t("consult-phrase-5", r"(?:meeting|summit|encounter)\s+between\s+(?:[\w.'\u2019,-]+\s+){1,14}?(?:took\s+place|was\s+held)|"
       r"went\s+into\s+(?:[\w-]+\s+){0,2}?(?:talks|negotiations|discussions|consultations)|sat\s+(?:across|at|down\s+at)\s+"
       r"the\s+(?:negotiating\s+)?table|exchanged\s+views\s+at\b", "meeting", "CONSULT", "040", "in_person", "mutual"),
    _t("agree-phrase-4", r"set\s+a\s+date\s+for|(?<=that\s)(?:[\w-]+\s+){1,3}?would\s+(?:send|provide|deploy|supply|grant|"
       r"release|lift|resume|restore|host|contribute|donate)|declared\s+(?:itself|themselves|himself|herself)\s+ready\s+to",
       "agree", "AGREE", "036", None, "forward"),
    _t("support-phrase-4", r"closed\s+ranks\s+(?:behind|with|around)|rallied\s+(?:behind|around)\s+(?-i:[A-Z])|welcomed\s+"
       r"(?:on\s+\w+\s+)?the\s+(?:formation|election|appointment|release|signing|outcome|launch|resumption)\s+of",
       "support", "SUPPORT", "051", None, "forward"),
    _t("retreat-phrase-4", r"(?:(?<=troops\s)|(?<=soldiers\s)|(?<=forces\s))quit|pulled\s+(?:its|their)\s+(?:[\w-]+\s+){0,2}?"
       r"(?:soldiers|forces|troops)\s+out", "retreat", "RETREAT", "0874", None, "forward", "military"),
    _t("reject-phrase-4", r"shrugged\s+off\s+(?:an?\s+|the\s+)?(?:[\w_'\u2019-]+\s+){0,5}?(?:ruling|report|criticism|calls?|"
       r"demands?|warnings?|threats?|sanctions|pressure|protests?|accusations?|appeals?|resolution)|dismissed\s+(?:[\w._'\u2019-]+\s+){1,6}?as\s+(?:unacceptable|baseless|groundless|"
       r"unfounded|irrelevant|null)", "reject", "REJECT", "120", None, "forward"),
    _t("mobilize-phrase-4", r"(?:placed|put)\s+(?:[\w-]+\s+){1,6}?on\s+(?:a\s+)?(?:state\s+of\s+)?(?:(?:high|full|combat|"
       r"maximum)\s+)*(?:alert|readiness)|(?:put|deployed)\s+(?:[\w-]+\s+){0,2}?troops\s+on\s+the\s+streets",
       "mobilize", "MOBILIZE", "150", None, "forward", "military"),
    _t("request-phrase-4", r"lobbied\s+(?:[\w-]+\s+){1,4}?for\b|(?:demand|request|appeal|call)\s+for\s+(?:[\w-]+\s+){1,12}?"
       r"(?:was|were)\s+(?:made|issued|lodged|submitted)|put\s+forward\s+(?:a\s+|its\s+|their\s+)?(?:[\w-]+\s+)?(?:demand|"
       r"request)", "request", "REQUEST", "100", None, "forward"),
    _t("accuse-phrase-4", r"(?:investigation|inquiry|probe)\s+into\s+(?:[\w-]+\s+){1,12}?(?:was|were)\s+(?:opened|launched|"
       r"ordered)|(?:set\s+up|formed|appointed|established)\s+(?:an?\s+)?(?:[\w-]+\s+){0,3}?(?:committee|commission|panel|team)"
       r"\s+(?:[\w-]+\s+){0,3}?to\s+(?:probe|investigate)", "accuse", "ACCUSE", "112", None, "forward"),
    _t("assault-phrase-4", r"(?:" + _AIRCRAFT + r")(?:struck|hit|pounded|bombed|strafed|shelled|targeted|attacked)",
       "assault", "ASSAULT", "190", None, "forward", "military"),
)

# a second pass over plover_dev8: deliveries, releases, offers, protests and criticism told as
# wire copy tells them
TRIGGERS = TRIGGERS + (
    _t("aid-delivered", r"(?:plane|aircraft|convoy|flight|ship|trucks|lorries)\s+(?:of\s+\w+\s+)?(?:laden|packed|filled)\s+"
       r"with\s+(?:[\w,.-]+\s+){0,6}?(?:aid|relief|supplies|tents|medicines?|food|blankets|vaccines?)|approved\s+(?:an?\s+)?"
       r"(?:[\w$\u20ac\u00a3.,-]+\s+){0,3}?(?:bailout|loan|rescue\s+package|aid\s+package|credit\s+line)\s+for|"
       r"(?:dispatched|deployed|sent|flown)\s+(?:[\w,-]+\s+){0,8}?to\s+help\s+(?:with\s+)?(?:[\w-]+\s+)?(?:rescue|relief|"
       r"recovery|victims|survivors|firefighting)", "aid", "AID", "070", None, "forward", "humanitarian"),
    _t("retreat-freed", r"walked\s+(?:free|out\s+of\s+(?:prison|jail|detention))|(?:lifted|ended)\s+(?:[\w'\u2019-]+\s+)?"
       r"house\s+arrest|handed\s+(?:back|over)\s+(?:the\s+)?(?:[\w-]+\s+){0,4}?"
       r"(?:artefacts|artifacts|bronzes|remains|relics|treasures|antiquities)|(?:after|following)\s+being\s+(?:released|freed)"
       r"\s+by|completed\s+(?:its|their|the)\s+disarmament", "retreat", "RETREAT", "080", None, "forward"),
    _t("agree-offer", r"(?:accepted|took\s+up)\s+(?:an?\s+|the\s+)?(?:[\w-]+\s+){0,3}?(?:invitation|offer)\s+to"
       r"(?!\s+(?:visit|attend|meet|hold|travel|come|tour|take\s+part))|signall?ed\s+"
       r"(?:its|his|her|their)\s+readiness\s+to|has\s+undertaken\s+to|voted\s+(?:[\w-]+\s+){0,3}?to\s+(?:open|start|begin|"
       r"enter)\s+(?:[\w-]+\s+)?(?:talks|negotiations)|pledged\s+(?:on\s+\w+\s+)?to\s+work\s+together", "agree", "AGREE",
       "030", None, "forward"),
    _t("protest-action", r"(?:nationwide|general|national)\s+strike|hunger\s+strike|(?:diplomatic\s+)?boycott\s+of|blockaded|"
       r"daubed|(?:hurled|threw)\s+(?:[\w-]+\s+){0,2}?(?:soup|paint|eggs|shoes)|camped\s+(?:[\w-]+\s+){0,2}?(?:on|in|outside)\s+"
       r"(?:[\w-]+\s+){0,2}?(?:highways|roads|streets|square)|refusing\s+food", "protest", "PROTEST", "140", None, "forward",
       "political"),
    _t("coerce-action", r"(?:searched|raided)\s+(?:[\w.'\u2019-]+\s+){0,4}?(?:estate|home|house|offices?|headquarters|residence)|"
       r"blocked\s+access\s+to|cut\s+off\s+(?:[\w,-]+\s+){0,5}?(?:electricity|power|water|fuel|food)\s+(?:and\s+\w+\s+)?"
       r"(?:to|for)|set\s+up\s+(?:a\s+)?checkpoints?|took\s+(?:[\w.'\u2019-]+\s+){1,5}?off\s+(?:the\s+)?air|branded\s+"
       r"(?:[\w.'\u2019-]+\s+){1,6}?(?:a\s+)?(?:foreign\s+agents?|undesirable|extremist|terrorist)|taken\s+into\s+custody|"
       r"blocked\s+(?:[\w-]+\s+){0,4}?(?:ships|vessels|boats)\s+from|"
       # "blocked a Philippine resupply mission", "halted the entry of all goods and supplies into Gaza"
       r"blocked\s+(?:an?\s+|the\s+)?(?:[\w-]+\s+){0,3}?(?:resupply|supply|relief|aid)\s+(?:missions?|convoys?|boats?|ships?|"
       r"vessels?|runs?)|(?:halted|blocked|stopped|cut\s+off)\s+(?:the\s+)?(?:entry|flow|passage)\s+of\s+(?:[\w-]+\s+){0,4}?"
       r"(?:goods|aid|supplies|fuel|food|electricity)", "coerce", "COERCE", "170", None, "forward", "political"),
    _t("support-defence", r"(?:leapt|leaped|sprang|sprung|rushed|came|jumped)\s+to\s+(?:the\s+)?(?:[\w.'\u2019-]+\s+){0,4}?"
       r"defen[cs]e|leaping\s+to\s+(?:[\w.'\u2019-]+\s+){0,3}?defen[cs]e|declared\s+(?:its|his|her|their)\s+(?:full\s+)?"
       r"(?:backing|support)\s+for|(?:formally\s+)?endorsed\s+(?-i:[A-Z])", "support", "SUPPORT", "051", None, "forward"),
    _t("accuse-criticism", r"drew\s+(?:[\w-]+\s+)?(?:condemnation|criticism|rebukes?)\s+from|(?:savaged|lambasted|rapped|"
       r"excoriated|castigated|berated|slammed|blasted)\b|laid\s+into|filed\s+(?:a\s+)?(?:case|complaint|lawsuit)\s+"
       r"(?:[\w-]+\s+){0,6}?accusing|(?:inquiry|investigation|probe)\s+(?:[\w-]+\s+){1,14}?(?:has\s+been|was|were)\s+"
       r"(?:formally\s+)?opened\s+by", "accuse", "ACCUSE", "111", None, "forward"),
)

# a pass over plover_dev9: aid by evacuation, airlift, debt relief and loans; flows and crossings that
# begin; restrictions, raids and sieges told by their own verbs; truces taking effect and arms put away
TRIGGERS += (
    _t("aid-evacuated", r"evacuated\s+(?:[\w,-]+\s+){0,4}?(?:people|nationals|citizens|civilians|residents|foreigners|"
       r"survivors|villagers|wounded|children|refugees|pilgrims|students)\s+from|(?:ferried|parachuted|air-?dropped|"
       r"airlifted|helicoptered)\s+(?:[\w,-]+\s+){0,5}?(?:food|water|rice|medicines?|supplies|aid|tents|blankets|relief|"
       r"rations|meals)", "aid", "AID", "073", None, "forward", "humanitarian"),
    _t("aid-debt", r"(?:wiped\s+out|wrote\s+off|written\s+off|cancell?ed|forgave|forgiven)\s+"
       r"(?:[\w$\u20ac\u00a3.,'\u2019-]+\s+){0,6}?"
       r"debts?\b|approved\s+(?:an?\s+)?(?:[\w$\u20ac\u00a3.,-]+\s+){1,4}?(?:loan|bailout|credit\s+line|stand-by\s+arrangement|"
       r"rescue\s+package|aid\s+package|financing\s+package|tranche)|(?:paid\s+out|disbursed)\s+(?:[\w$\u20ac\u00a3.,-]+\s+){0,6}?"
       r"(?:assistance|aid|loans?|tranche|grants?)", "aid", "AID", "071", None, "forward", "economic"),
    _t("aid-arms", r"(?:completed|began|started)\s+(?:the\s+)?deliver(?:y|ies|ing)\s+(?:of\s+)?(?:[\w-]+\s+){0,4}?(?:weapons|"
       r"arms|missiles?|missile\s+systems?|air-defen[cs]e\s+systems?|tanks|jets|fighters|howitzers|ammunition|drones)",
       "aid", "AID", "072", None, "forward", "military"),
    _t("cooperate-flow", r"(?:gas|oil|crude|electricity|power|water|LNG)\s+(?:[\w'\u2019-]+\s+){0,6}?(?:began|started|resumed)\s+"
       r"(?:flowing|to\s+flow)|(?:began|launched|started|kicked\s+off)\s+(?:their|joint)\s+(?:[\w-]+\s+){0,3}?(?:exercises?|"
       r"drills?|war\s+games|manoeuvres|maneuvers)|"
       r"(?:began|started)"
       r"\s+(?:exporting|pumping|supplying|shipping|delivering)\s+(?:[\w-]+\s+){0,2}?(?:gas|oil|crude|electricity|LNG|"
       r"nuclear\s+fuel|grain)|opened\s+(?:a\s+|the\s+)?(?:[\w-]+\s+){0,2}?(?:corridor|border\s+crossing|crossing\s+point)",
       "cooperate", "COOPERATE", "061", None, "forward", "economic"),
    _t("sanction-withhold", r"withh(?:o|e)ld(?:ing)?\s+(?:the\s+)?(?:[\w-]+\s+){0,2}?(?:deliveries|delivery|aid|funds|funding|"
       r"assistance|payments?)|disqualified\s+(?:[\w.'\u2019-]+\s+){1,5}?from\s+(?:holding|running|contesting|office|"
       r"the\s+election)", "sanction", "SANCTION", "163", None, "forward", "political"),
    _t("coerce-dev9", r"clamped\s+(?:a\s+|an\s+)?(?:[\w-]+\s+)?(?:curfew|ban|lockdown)|executed\s+(?:a\s+)?search\s+warrants?|"
       r"(?:pulled\s+the\s+plug\s+on|cut\s+off|shut\s+down|switched\s+off)\s+(?:[\w-]+\s+){0,2}?(?:internet|mobile\s+data|"
       r"social\s+media)|imposed\s+(?:a\s+)?(?:complete\s+|total\s+|full\s+)?siege|invoked\s+(?:[\w-]+\s+){0,3}?emergency\s+"
       r"(?:powers|laws?)|(?:swept|burst)\s+into\s+(?:the\s+)?(?:[\w-]+\s+){0,3}?(?:offices|headquarters|homes)|"
       r"hauled\s+into\s+(?:police\s+)?(?:vans|trucks|buses)|took\s+(?:temporary\s+)?control\s+of\s+(?:[\w-]+\s+){0,5}?"
       r"(?:subsidiaries|assets|companies|firms|operations)", "coerce", "COERCE", "170", None, "forward", "political"),
    _t("retreat-dev9", r"(?:arsenal|weapons|arms)\s+beyond\s+use|guns\s+(?:largely\s+|mostly\s+)?fell\s+silent|"
       r"lift(?:ed|ing)\s+(?:a\s+range\s+of\s+)?"
       r"(?:[\w.-]+\s+){0,3}?(?:economic\s+|trade\s+)?sanctions", "retreat", "RETREAT", "085", None, "forward"),
)

# the same pass, for forces readied, crowds, attacks, demands, accusations and talks told in other words
TRIGGERS += (
    _t("mobilize-dev9", r"ordered\s+(?:a\s+|the\s+)?(?:[\w'\u2019-]+\s+){0,4}?mobili[sz]ation|activated\s+(?:the\s+)?"
       r"(?:[\w'\u2019-]+\s+){0,3}?National\s+Guard|called\s+(?:up|out)\s+(?:the\s+)?(?:[\w,-]+\s+){0,3}?(?:reservists|"
       r"reserves|National\s+Guard)|(?:placed|put)\s+(?:[\w,.-]+\s+){0,5}?(?:troops|forces|units|soldiers)\s+on\s+"
       r"(?:heightened\s+|high\s+|full\s+|combat\s+)?alert|highest\s+level\s+of\s+(?:combat\s+)?readiness|"
       r"(?:is|are)\s+sending\s+(?:the\s+)?(?:[\w.-]+\s+){0,4}?(?:carrier|strike\s+group|warships?|bombers?|troops)",
       "mobilize", "MOBILIZE", "150", None, "forward", "military"),
    _t("protest-dev9", r"poured\s+into\s+the\s+streets|(?:pulled|tore|toppled)\s+down\s+(?:a\s+|the\s+)?(?:[\w-]+\s+){0,3}?"
       r"statue|burned\s+(?:their\s+)?(?:headscarves|hijabs|flags)|staged\s+(?:the\s+|a\s+|an\s+)?(?:[\w-]+\s+){0,4}?"
       r"(?:strike|walkout|sit-in|march|demonstration|protest)", "protest", "PROTEST", "141", None, "forward", "political"),
    _t("assault-dev9", r"subjected\s+(?:him|her|them|detainees|prisoners)\s+to\s+(?:[\w-]+\s+){0,2}?(?:electric\s+shocks|"
       r"torture|beatings)|hacking\s+(?:[\w-]+\s+){0,4}?to\s+death|(?:missile|rocket|drone)s?\s+(?:[\w.'\u2019-]+\s+){0,6}?"
       r"(?:hit|struck|slammed\s+into)\s+(?:an?\s+|the\s+)?(?:[\w.-]+\s+){0,4}?(?:carrier|ship|vessel|tanker|base|"
       r"building|hospital|school)", "assault", "ASSAULT", "180", None, "forward", "military"),
    _t("threaten-dev9", r"gave\s+(?:[\w.'\u2019-]+\s+){1,6}?(?:\d+|twenty-four|forty-eight|seventy-two)\s+hours\s+to",
       "threaten", "THREATEN", "1312", None, "forward"),
    _t("request-dev9", r"sought\s+(?:an?\s+)?(?:[\w$\u20ac.,-]+\s+){0,4}?(?:loan|credit\s+line|credit|aid|assistance|bailout|"
       r"help|support)\s+from", "request", "REQUEST", "103", None, "forward"),
    # "said Russia was almost certainly behind the poisoning": the speaker accuses the one named after "said"
    _t("accuse-dev9", r"(?:(?:said|says|alleged|concluded)\s+(?:on\s+\w+\s+)?(?:that\s+)?(?:[\w.'\u2019-]+\s+){1,4}?)?"
       r"(?:was|were)\s+(?:highly\s+likely\s+|almost\s+certainly\s+|probably\s+|most\s+likely\s+)?"
       r"(?:behind|responsible\s+for)\s+the\s+(?:[\w-]+\s+){0,2}?(?:poisoning|attack|bombing|killing|assassination|hack|"
       r"cyberattacks?|shooting|explosion|downing)|(?:enormous|significant|clear|strong|ample|overwhelming)\s+evidence\s+that",
       "accuse", "ACCUSE", "112", None, "forward"),
    _t("consult-dev9", r"sat\s+down\s+(?:for|to)\s+(?:a\s+|the\s+)?(?:[\w-]+\s+){0,4}?(?:talks|negotiations|meeting)|"
       r"(?<=[Tt]he\s)meeting\s+between", "meeting", "CONSULT", "040", "in_person", "mutual"),
    _t("support-dev9", r"(?:formally\s+)?joined\s+the\s+(?:[\w-]+\s+){0,3}?(?:agreement|accord|treaty|convention|pact)|"
       r"ratified\s+(?:[\w.'\u2019-]+\s+){0,3}?(?:bid|accession|membership)", "support", "SUPPORT", "057", None, "forward"),
    _t("concede-dev9", r"(?:scrapped|shelved|abandoned|dropped|withdrew|revoked)\s+(?:a\s+|the\s+|its\s+)?(?:planned\s+|"
       r"proposed\s+|controversial\s+|much-resented\s+|unpopular\s+)?(?:[\w-]+\s+){0,2}?(?:tax\s+(?:increase|hike|rise)|"
       r"fuel\s+tax(?:es)?|price\s+(?:increase|hike|rise)|exit\s+permit|law|bill|decree|reform)\b", "concede", "CONCEDE",
       "0832", None, "forward", "political"),
)

# what plover_dev8 still left without a phrasing: talks told by their setting, forces and weapons moved,
# summits scrapped and offers turned away, impeachment votes, medical teams and police missions landing
TRIGGERS += (
    _t("consult-dev8", r"(?:locked|engaged)\s+in\s+(?:[\w-]+\s+){0,2}?talks|went\s+into\s+(?:[\w-]+\s+){0,3}?talks|huddled\s+"
       r"(?:behind\s+closed\s+doors|together|with)|sat\s+down\s+(?:[\w-]+\s+){0,4}?(?:for\s+\d+\s+minutes|for\s+(?:[\w-]+\s+){0,4}?"
       r"talks)", "meeting", "CONSULT", "040", "in_person", "mutual"),
    _t("mobilize-dev8", r"(?:moved|transferred|shifted)\s+(?:[\w-]+\s+){0,6}?(?:weapons|missiles|troops|forces|warheads|"
       r"battalions|brigades)\s+(?:in)?to\b|ordered\s+(?:[\w'\u2019-]+\s+){0,4}?forces\s+(?:onto|on)\s+(?:[\w-]+\s+)?alert|"
       r"(?:is|are)\s+(?:dispatching|deploying|moving)\s+(?:the\s+)?(?:[\w.-]+\s+){0,4}?(?:carrier|strike\s+group|warships?|"
       r"bombers?|troops|forces)", "mobilize", "MOBILIZE", "150", None, "forward", "military"),
    _t("reject-dev8", r"(?:scrapped|cancell?ed|called\s+off)\s+(?:his|her|its|their|the|a)\s+"
       r"(?:planned\s+|scheduled\s+)?(?:\w+\s+)?"
       r"(?:summit|meeting|visit|talks|trip)\s+with|turned\s+away\s+(?:[\w,-]+\s+){0,5}?(?:offered|donated)|dismissed\s+"
       r"(?:[\w.'\u2019-]+\s+){0,3}?(?:peace\s+)?(?:plan|initiative|proposal)", "reject", "REJECT", "120", None, "forward"),
    _t("accuse-dev8", r"voted\s+(?:[\w-]+\s+){0,2}?to\s+impeach", "accuse", "ACCUSE", "111", None, "forward", "political"),
    _t("aid-dev8", r"(?:medical|rescue|relief|search)\s+(?:[\w-]+\s+){0,2}?(?:experts|teams?|workers|personnel|doctors|brigades?|"
       r"specialists)\s+"
       r"(?:[\w,-]+\s+){0,4}?(?:landed|arrived)\b|(?:police\s+officers|troops|peacekeepers|soldiers)\s+(?:[\w-]+\s+){0,3}?"
       r"(?:landed|arrived)\s+in\s+(?:[\w.'\u2019-]+\s+){1,3}?to\s+(?:lead|join|help|support|bolster|reinforce)",
       "aid", "AID", "074", None, "forward", "peacekeeping"),
)

_NUMBER = r"(?:\d+|one|two|three|four|five|six|seven|eight|nine|ten|twelve|[\w]+-(?:day|hour|week))"

# first in the table (they win their words over "backed", "fired", "captured" read alone): acts
# of force told with a second verb or an emergency rule told by its approval
_FIRST = (
    # a warning whose condition comes first ("warned that if the deadline was not met, its forces would"): the words
    # of the condition ("was not met") are no act of their own
    _t("threaten-warned-if-first", r"warned\s+(?:on\s+\w+\s+)?that\s+(?:if|unless|should)\s+[^.;:]{3,120}?,\s+"
       r"(?:[\w'\u2019-]+\s+){0,5}?(?:would|will|could)\b", "threaten", "THREATEN", "130", None, "forward"),
    # a reply promised to a misadventure ("will get a befitting reply"), an act that "will not go unanswered"
    _t("threaten-warned-if", r"(?:get|receive|meet|be\s+met\s+with)\s+(?:an?\s+)?(?:befitting|fitting|crushing|"
       r"decisive|resolute|strong|appropriate)\s+(?:reply|response|answer)|will\s+not\s+(?:go|remain)\s+"
       r"(?:unanswered|unpunished)|(?:would|will)\s+(?:take|adopt)\s+['\"\u201c]?all\s+necessary\s+measures|(?:would|will)\s+"
       r"respond\s+(?:['\"\u201c]?(?:immediately|firmly|swiftly|decisively|forcefully|strongly|resolutely|and)['\"\u201d]?\s+){0,3}"
       r"to\s+(?:every|any)\s+(?:[\w-]+\s+)?(?:move|provocation|aggression|attack|violation|attempt)|"
       # "Beijing will take resolute and forceful measures if ...", "Moscow would respond harshly to any attempt"
       r"(?:would|will)\s+(?:take|adopt)\s+(?:resolute|forceful|firm|strong|tough|decisive|reciprocal|retaliatory)\s+"
       r"(?:and\s+(?:resolute|forceful|firm|strong|tough|decisive)\s+)?(?:counter)?measures|(?:would|will)\s+respond\s+"
       r"(?:harshly|forcefully|decisively|in\s+kind)\b|"
       # "Russia will respond to NATO's expansion with military-technical measures"
       r"(?:would|will)\s+respond\s+to\s+(?:[\w'\u2019-]+\s+){1,6}?with\s+(?:[\w-]+\s+){0,2}?(?:counter)?(?:measures|force|"
       r"steps|action)\b",
       "threaten", "THREATEN", "130", None, "forward"),
    # "gave the soldiers who seized power one week to restore President X": the deadline is the threat, whatever acts
    # its words tell
    _t("threaten-deadline", r"(?:gave|giving)\s+(?:[\w.'\u2019-]+\s+){1,9}?(?:until\s+(?:[\w:.-]+\s+){1,4}?|"
       + _NUMBER + r"\s+(?:more\s+)?(?:hours?|days?|weeks?)\s+(?:on\s+\w+\s+)?)to\s+(?:surrender|resign|leave|withdraw|"
       r"disarm|lay\s+down|step\s+down|clarify|comply|hand\s+over|release|free|quit|pull\s+out|vacate|end|stop|halt|"
       r"return|retract|reverse|restore|reinstate)", "threaten", "THREATEN", "139", None, "forward"),
    # the manual: hostage rescues are AID ("the army rescued 10 hostages"); a captor freeing them retreats
    _t("aid-rescued", r"rescued\s+(?:[\w,-]+\s+){0,4}?(?:hostages|captives|schoolchildren|children|students|girls|boys|"
       r"people|sailors|crew|crewmen|fishermen|migrants|victims|tourists|workers|passengers|nationals|villagers|civilians|"
       r"soldiers|officers|policemen|pupils|women)\b|(?:freed|liberated)\s+(?:[\w,-]+\s+){0,5}?(?:hostages|captives|"
       r"(?:kidnap|kidnapping|trafficking)\s+victims)\b(?=[^.;]{0,80}\b(?:raid|operation|rescue|assault)\b)",
       "aid", "AID", "073", None, "forward", "humanitarian"),
    # "released 47 people who had been detained": the release, not the detention told in its relative clause
    _t("retreat-released-held", r"released\s+(?:[\d,]+\s+of\s+(?:the\s+|those\s+)?)?(?:[\w-]+\s+){0,3}?"
       r"(?:people|persons|men|women|others)\s+(?:who\s+had\s+been\s+|"
       r"they\s+had\s+|it\s+had\s+)?(?:detained|arrested|held|jailed)", "retreat", "RETREAT", "084", None, "forward",
       "political"),
    # "Ortega, who was released without charge on Thursday", "were freed on bail": those held let go
    _t("retreat-freed-held", r"(?:released|freed)(?=\s+(?:without\s+(?:charges?|being\s+charged)|on\s+bail|unconditionally|"
       r"from\s+(?:police\s+)?(?:custody|detention|prison|jail)))", "retreat", "RETREAT", "084", None, "forward", "political"),
    # "two Chinese coast guard vessels entered Japanese territorial waters", "jets violated Bangladesh's airspace":
    # an intrusion, a show of force on another's ground
    _t("coerce-intrusion", r"(?:entered|intruded\s+into|violated|sailed\s+into|flew\s+into|crossed\s+into|crosses\s+into|"
       r"encroached\s+(?:on|into|upon))\s+"
       r"(?:[\w'\u2019-]+\s+){0,2}?(?:territorial\s+waters|airspace|contiguous\s+zone)|"
       # "North Korean soldiers briefly crossed the military demarcation line": armed men or craft crossing a front line
       r"(?:(?<=soldiers\s)|(?<=troops\s))(?:briefly\s+)?crossed(?=\s+(?:into|the\s+(?:border|frontier|line)))|(?:crossed|violated)\s+the\s+"
       r"(?:(?:military\s+)?demarcation\s+line|Line\s+of\s+Control|LoC|Northern\s+Limit\s+Line|NLL)\b",
       "coerce", "COERCE", "170", None, "forward", "territory"),
    # "Chinese coast guard ships rammed two Philippine boats": ships barring or striking other ships
    _t("coerce-rammed-boats", r"(?:obstructed|rammed|chased\s+away|drove\s+away|drive\s+away|"
       r"tailed|shadowed)\s+(?:[\w'\u2019-]+\s+){0,4}?(?:boats?|vessels?|ships?|trawlers?|supply\s+missions?)\b",
       "coerce", "COERCE", "170", None, "forward", "military"),
    _t("coerce-blocked-site", r"blocked\s+access\s+to\s+(?:[\w-]+\s+){0,3}?(?:websites?|sites?|Wikipedia|Twitter|Facebook|"
       r"YouTube|WhatsApp|Telegram|internet|social\s+media|platforms?)", "coerce", "COERCE", "170", None, "forward",
       "political"),
    _t("coerce-captured", r"fired\s+(?:on|upon)\s+and\s+(?:captured|seized|boarded|impounded)|(?:captured|impounded|boarded)"
       r"\s+(?:[\w-]+\s+){0,4}?(?:vessels?|ships?|boats?|tankers?|trawlers?|gunboats?|sailors|crews?|fishermen)",
       "coerce", "COERCE", "171", None, "forward", "military"),
    _t("assault-fired-on", r"fired\s+(?:on|upon)(?!\s+all\s+cylinders)|opened\s+fire\s+(?:on|at)", "assault", "ASSAULT",
       "190", None, "forward", "military"),
    _t("coerce-restrict-2", r"(?<!to\s)(?:introduc\w+|approv\w+|backed|endorsed|extended|enacted|proclaimed|declar\w+|"
       r"impos\w+)\s+(?:a\s+|the\s+)?(?:[\w-]+\s+)?(?:martial\s+law|state\s+of\s+(?:emergency|siege))", "coerce", "COERCE", "172",
       None, "forward", "political"),
)
TRIGGERS = _FIRST + TRIGGERS

# constructions of helper-written plover_dev8 (nominal, passive, idiomatic wire wording)
TRIGGERS = TRIGGERS + (
    # a warning with a condition is a threat: "warned that ... would ... unless", "warned X of sanctions if"
    _t("threaten-conditional", r"warned\b[^.;:]{0,160}?\b(?:would|will|could|may|might)\b[^.;:]{0,160}?\b(?:if|unless)\b|"
       r"warned\s+(?:[\w.'\u2019-]+\s+){0,4}?of\s+(?:[\w-]+\s+){0,2}?(?:sanctions|measures|action|steps|penalties|"
       r"consequences)\s+if\b|warned\s+(?:[\w.'\u2019-]+\s+){0,6}?that\s+(?:[\w.'\u2019-]+\s+){0,8}?(?:would|will|could|"
       r"may|might)\s+(?:have\s+to\s+)?(?:be\s+(?:thrown\s+out|expelled|dissolved|banned|arrested|punished|prosecuted|"
       r"shut\s+down|jailed|deported|broken\s+up|dispersed|crushed)|use\s+(?:all\s+(?:[\w-]+\s+)?means|force)|lose\s+"
       r"(?:[\w$.,-]+\s+){0,4}?(?:funding|funds|aid|billion|million|access|membership|voting\s+rights))",
       "threaten", "THREATEN", "130", None,
       "forward"),
    # "gave Mugabe until noon on Monday to resign", "gave Tigray's leaders 72 hours to surrender"
    _t("cooperate-intelligence", r"(?:traded|shared|exchanged|swapped|passed\s+on)\s+(?:[\w-]+\s+)?(?:intelligence|information)"
       r"|tip-off\s+from\s+(?:[\w-]+\s+){0,2}?intelligence|intelligence\s+(?:[\w-]+\s+){0,2}?(?:passed\s+on|provided|"
       r"shared)\s+by", "cooperate", "COOPERATE", "064", None, "mutual", "intelligence"),
    _t("cooperate-side-by-side", r"(?:began|started|were|are)\s+(?:[\w-]+\s+){0,3}?side\s+by\s+side|(?:training|patrolling|"
       r"working|operating|fighting|clearing\s+\w+)\s+side\s+by\s+side|handed\s+(?:[\w.'\u2019-]+\s+){1,6}?over\s+to\s+"
       r"(?:[\w.-]+\s+){0,2}?(?:authorities|police|prosecutors|tribunal|court)", "cooperate", "COOPERATE", "060", None,
       "mutual"),
    _t("sanction-cut-aid", r"(?:slashed|cut|halted|suspended|froze|frozen|withheld|scrapped|stopped)\s+(?:[\w$\u20ac\u00a3.,-]+"
       r"\s+){0,8}?(?:aid|assistance|funding)\b(?!\s+(?:workers|groups|agenc))|(?:was|were|been)\s+(?:suspended|expelled)\s+"
       r"from\s+(?:the\s+)?(?:[\w.'\u2019-]+\s+){0,4}?(?:party|Party|bloc|organi[sz]ation|union|Union|council|Council|"
       r"alliance|League|league|group|Commonwealth)|(?:quit|pulled\s+out\s+of|withdrew\s+from)\s+(?:the\s+)?"
       r"(?:[\w.-]+\s+){0,5}?(?:treaty|accord|pact|International\s+Criminal\s+Court|ICC)\b|mothballed|(?:scaled\s+back|"
       r"downgraded)\s+(?:its\s+)?(?:diplomatic\s+)?(?:relations|ties)|suspended\s+(?:its|their|the)\s+(?:[\w-]+\s+)?"
       r"(?:observer|monitoring|peacekeeping)\s+mission", "sanction", "SANCTION", "160", None, "forward"),
    _t("concede-cleared", r"(?:was|were)\s+(?:granted|given)\s+(?:a\s+)?(?:presidential\s+|royal\s+)?pardon|granted\s+"
       r"(?:[\w.'\u2019-]+\s+){0,4}?(?:a\s+)?(?:presidential\s+|royal\s+)?pardon|cleared\s+(?:[\w.'\u2019-]+\s+){1,6}?"
       r"(?:on\s+\w+\s+)?of\s+(?:all\s+)?(?:charges|wrongdoing|accusations|corruption)|acquitted|(?:lifted|dropped|withdrew)\s+"
       r"(?:its|their|his|her)\s+objections?\s+to|(?:ended|lifted)\s+(?:[\w'\u2019-]+\s+){0,4}?ban\s+on|amnesty\s+law|"
       r"conceding\s+(?:the\s+)?(?:[\w-]+\s+){0,2}?demands?", "concede", "CONCEDE", "080", None, "forward"),
)

# constructions plover_dev11 left without a phrasing: support thrown behind, cargoes of relief carried
# in, media suspended, legal status stripped, clashes with rocks, inquiries opened, delegations in a
# capital for talks, leaders sitting down together, readiness to negotiate
TRIGGERS += (
    _t("support-weight", r"(?:threw|thrown|throws|throwing|put|puts)\s+(?:its|his|her|their)\s+(?:full\s+|considerable\s+)?"
       r"(?:weight|support|backing)\s+behind", "support", "SUPPORT", "051", None, "forward"),
    # a vehicle carrying relief that arrives, or sets off ("A train carrying flour left for Kabul")
    _t("aid-carrying", r"(?:landed|arrived|docked|touched\s+down)\s+(?:[\w'\u2019,.-]+\s+){0,8}?carrying\s+(?:[\w,.-]+\s+){0,5}?"
       r"(?:aid|relief|supplies|medicines?|medical|food|flour|wheat|grain|tents|vaccines?|field\s+hospitals?|"
       r"water\s+purification|shelter)|carrying\s+(?:[\w,.-]+\s+){0,5}?(?:aid|relief|supplies|medicines?|food|flour|wheat|"
       r"grain|tents|vaccines?)\s+(?:[\w'\u2019,.-]+\s+){0,10}?(?:left|set\s+off|entered|crossed|arrived|landed|reached)\b",
       "aid", "AID", "073", None, "forward", "humanitarian"),
    _t("coerce-media", r"(?:suspended|banned|blocked|closed|shuttered)\s+(?:the\s+)?(?:[\w'\u2019-]+\s+){0,3}?"
       r"(?:broadcaster|radio|television|newspaper|news\s+(?:agency|outlet|website|channel)|TV\s+channel)|stripped\s+"
       r"(?:[\w.'\u2019-]+\s+){1,8}?of\s+(?:its|their|his|her)\s+(?:legal\s+status|registration|licen[cs]e|accreditation|"
       r"citizenship|parliamentary\s+immunity)", "coerce", "COERCE", "1721", None, "forward", "political"),
    _t("assault-fought", r"fought\s+(?:with\s+(?:[\w-]+\s+){0,3}?(?:rocks|stones|clubs|sticks|knives|batons|rods|"
       r"machetes)|(?:pitched\s+|fierce\s+|running\s+|gun\s+)?battles?\s+(?:with|against)|each\s+other)", "assault",
       "ASSAULT", "190", None, "forward", "military"),
    _t("accuse-opening", r"(?:opening|launch)\s+of\s+(?:an?\s+|the\s+)?(?:[\w-]+\s+){0,2}?(?:investigation|inquiry|probe)\s+"
       r"into", "accuse", "ACCUSE", "090", None, "forward", "legal"),
    _t("visit-in-for-talks", r"(?:was|were)\s+in\s+(?:[A-Z][\w'\u2019-]+\s+){1,3}(?:(?:this|last)\s+week\s+|on\s+\w+\s+)?for\s+"
       r"(?:[\w-]+\s+){0,2}?(?:talks|consultations|meetings|negotiations)", "visit", "CONSULT", "042", "in_person",
       "forward"),
    _t("consult-sat-down", r"sat\s+down\s+(?:together\s+)?for\s+(?:nearly\s+|almost\s+|about\s+|more\s+than\s+|over\s+)?"
       r"(?:\w+|\d+)\s+hours?", "meeting", "CONSULT", "040", "in_person", "mutual"),
    _t("agree-ready-talks", r"(?:stands?|stood|is|are|was|were)\s+ready\s+to\s+(?:open|hold|start|begin|enter\s+into)\s+"
       r"(?:[\w-]+\s+){0,2}?(?:talks|negotiations|dialogue)", "agree", "AGREE", "036", None, "forward"),
    _t("consult-discussed-together", r"discussed\s+(?=(?:[\w'\u2019,.-]+\s+){0,8}?(?:on\s+the\s+(?:sidelines|margins)|"
       r"behind\s+closed\s+doors|during\s+(?:a|their|the)\s+(?:meeting|talks|summit)))", "meeting", "CONSULT", "040",
       "in_person", "mutual"),
    _t("aid-peacekeepers-deploying", r"peacekeepers\s+(?:began|started|have\s+begun|are)\s+(?:deploying|arriving|taking\s+up\s+"
       r"positions)", "aid", "AID", "074", None, "forward", "peacekeeping"),
    _t("coerce-barred-candidates", r"barred\s+(?:[\w.'\u2019,-]+\s+){0,10}?from\s+(?:standing|running|contesting|"
       r"taking\s+part\s+in|participating\s+in)", "coerce", "COERCE", "1722", None, "forward", "political"),
    _t("support-resolution", r"(?:passed|adopted|approved)\s+(?:a\s+|an\s+)?(?:[\w-]+\s+){0,2}?resolution\s+"
       r"(?:expressing|voicing|declaring|reaffirming)\s+(?:[\w-]+\s+){0,2}?(?:solidarity|support)\s+(?:with|for)",
       "support", "SUPPORT", "051", None, "forward"),
    _t("coerce-surrounded", r"(?:surrounded|besieged|encircled|cordoned\s+off|stormed)\s+(?:the\s+)?(?:[\w'\u2019-]+\s+){0,3}?"
       r"(?:residence|embassy|consulate|house|home|compound|offices?|headquarters)", "coerce", "COERCE", "170", None,
       "forward", "political"),
    _t("cooperate-exercises", r"(?:took|take|takes|taking)\s+part\s+in\s+(?:the\s+)?(?:[\w-]+\s+){0,6}?(?:exercises|drills|"
       r"manoeuvres|maneuvers|war\s+games)|(?:swapped|shared|exchanged|handed\s+over|handed|transferred)\s+(?:[\w-]+\s+){0,4}?"
       r"(?:records|fingerprints|evidence|files|witness\s+statements|data)\s+(?:[\w,-]+\s+){0,6}?(?:to|with)\s+", "cooperate",
       "COOPERATE", "062", None, "mutual", "military"),
)

# constructions plover_dev12 left without a phrasing: acts told with less common verbs (forces put on
# readiness, relief hauled, weapons turned over, doors opened to observers, challenges thrown out)
_FREIGHT = r"(?:lorries|trucks|vehicles|planes|aircraft|ships|vessels|convoys?|helicopters|barges)"
_RELIEF = (r"(?:aid|relief|supplies|medicines?|medical\s+supplies|food|flour|wheat|maize|rice|grain|beans|tents|blankets|"
           r"vaccines?|water|fuel|cooking\s+oil)")
TRIGGERS = TRIGGERS + (
    _t("aid-hauled", _FREIGHT + r"\s+(?:loaded|laden|packed|filled)\s+with\s+(?:[\w,-]+\s+){0,4}?" + _RELIEF + r"|"
       r"(?:hauling|hauled|trucking|trucked|ferrying|ferried|carting|distributing|distributed|handing\s+out|handed\s+out)\s+"
       r"(?:[\w,-]+\s+){0,5}?" + _RELIEF + r"\s+(?:[\w,-]+\s+){0,3}?to\b|"
       r"(?:is|are|was|were|has\s+been|have\s+been)\s+(?:now\s+)?(?:sheltering|hosting|housing)\s+(?:[\w,-]+\s+){0,5}?"
       r"(?:refugees|asylum[\s-]seekers|asylees|displaced|evacuees)|(?:specialists|experts|teams?|doctors|medics|nurses)\s+"
       r"from\s+(?:[A-Z][\w'\u2019-]+(?:,\s+|\s+and\s+|\s+)){1,6}(?:were\s+|are\s+)?(?:combing|searching|sifting|working|treating)|"
       r"(?:rescuers|rescue\s+(?:teams?|"
       r"workers|specialists|units?)|search[\s-]and[\s-]rescue\s+(?:teams?|specialists|units?|experts))\s+(?:[\w,-]+\s+){0,6}?"
       r"(?:began\s+|were\s+|are\s+|have\s+been\s+)?(?:combing|searching|sifting|digging)", "aid", "AID", "073", None,
       "forward", "humanitarian"),
    # "a patrol boat reached Niuatoputapu with water and food", "two aircraft with tents landed on Friday"
    _t("aid-arrived-with", r"(?:reached|arrived\s+in|landed\s+in|docked\s+(?:in|at))\s+(?:[\w'\u2019-]+\s+){1,4}?"
       r"(?:on\s+\w+\s+)?with\s+(?:[\w,-]+\s+){0,4}?" + _RELIEF + r"|" + _FREIGHT + r"\s+(?:[\w-]+\s+){0,2}?with\s+"
       r"(?:[\w,-]+\s+){0,5}?" + _RELIEF + r"\s+(?:[\w,-]+\s+){0,3}?(?:landed|arrived|docked|reached)\b", "aid", "AID", "073",
       None, "forward", "humanitarian"),
    _t("retreat-let-go", r"let\s+go\s+of\s+(?:[\w,-]+\s+){0,4}?(?:hostages|captives|fishermen|sailors|prisoners|detainees|"
       r"soldiers|crew|nationals|workers|tourists)|gave\s+themselves\s+up|(?:finished|began|completed)\s+(?:turning|handing)\s+"
       r"over\s+(?:their\s+|its\s+)?(?:[\w-]+\s+)?(?:weapons|arms|rifles)|(?:returned|repatriated|handed\s+back|restituted)\s+"
       r"(?:[\w,-]+\s+){0,4}?(?:artefacts|artifacts|bronzes|relics|antiquities|treasures|sculptures|manuscripts|remains)|"
       r"opened\s+(?:its|their)\s+doors\s+to\s+(?:an?\s+|the\s+)?(?:[\w-]+\s+){0,5}?(?:observers|observation\s+mission|"
       r"monitors|inspectors|mission)|(?:soldiers|troops|forces|guards|police)\s+(?:vacated|flew\s+out\s+of|pulled\s+out\s+of|"
       r"left)\s+(?:the\s+)?(?:[\w'\u2019-]+\s+){0,3}?(?:grounds|villages?|airport|base|positions|town|city|area|region|territory|"
       r"campus|compound)", "retreat", "RETREAT", "084", None, "forward", "military"),
    _t("mobilize-readiness", r"(?:placed|put|puts|placing|putting)\s+(?:[\w'\u2019,-]+\s+){0,9}?on\s+"
       r"(?:combat\s+|high\s+|full\s+|maximum\s+|heightened\s+)?(?:readiness|alert|standby|war\s+footing)|(?:put|deployed|placed)\s+(?:[\w-]+\s+){0,2}?"
       r"(?:soldiers|troops|army|military)\s+on\s+the\s+streets", "mobilize", "MOBILIZE", "152", None, "forward", "military"),
    _t("support-granted-status", r"granted\s+(?:[\w'\u2019-]+\s+){1,5}?(?:the\s+)?(?:status\s+of\s+candidates?|"
       r"candidate\s+status|observer\s+status|membership)|voted\s+to\s+(?:readmit|admit|reinstate)|accepted\s+the\s+credentials\s+of|"
       r"put\s+(?:their|his|her)\s+names?\s+(?:on\s+\w+\s+)?to\s+(?:an?\s+|the\s+)?(?:[\w-]+\s+){0,4}?(?:treaty|agreement|accord|"
       r"pact|declaration)|signall?ed\s+(?:[\w-]+\s+)?(?:backing|support)\s+for", "support", "SUPPORT", "051", None,
       "forward"),
    _t("concede-would-free", r"(?:would|will)\s+(?:gradually\s+|soon\s+)?(?:free|release)\s+(?:[\w,-]+\s+){0,3}?(?:prisoners|"
       r"detainees|inmates|dissidents)", "concede", "CONCEDE", "0356", None, "forward", "political"),
    _t("reject-threw-out", r"(?:threw|throws|thrown)\s+out\s+(?:[\w.'\u2019-]+\s+){0,5}?(?:challenge|appeal|petition|lawsuit|"
       r"case|complaint|bid|motion|request)", "reject", "REJECT", "120", None, "forward", "legal"),
    _t("protest-poured", r"forced\s+(?:their|its)\s+way\s+into|poured\s+(?:into|onto)\s+(?:the\s+)?(?:[\w-]+\s+)?(?:streets|"
       r"squares?|central\s+[A-Z]\w+)|(?:protests|demonstrations|rallies|riots|walkouts|strikes)\s+(?:[\w-]+\s+){0,9}?"
       r"(?:spread|erupted|broke\s+out|swept|flared)|(?:day|week)\s+of\s+(?:nationwide\s+|national\s+|mass\s+)?"
       r"(?:walkouts|strikes|protests|demonstrations)", "protest", "PROTEST", "141", None, "forward", "political"),
    _t("assault-more-dev12", r"(?:hurled|threw|lobbed)\s+(?:[\w-]+\s+){0,2}?(?:petrol\s+bombs|firebombs|molotov\s+cocktails|"
       r"grenades|explosives)|(?:flattened|levelled|leveled)\s+(?:an?\s+|the\s+)?(?:[\w-]+\s+){0,3}?(?:school|homes|houses|"
       r"buildings|villages?|mosque|church|hospital|clinic)|beat\s+(?:up\s+)?(?:an?\s+|the\s+)?(?:[\w-]+\s+){0,2}?(?:journalist|"
       r"reporter|activist|protesters?|demonstrators|lawyer|lawmaker|opposition)|fought\s+(?:pitched|fierce|heavy)\s+battles",
       "assault", "ASSAULT", "190", None, "forward", "military"),
    _t("coerce-designated", r"designated\s+(?:[\w.'\u2019-]+\s+){1,5}?(?:an?\s+|as\s+an?\s+)['\u2018\"]?(?:undesirable|extremist|"
       r"terrorist|foreign\s+agent)|cyber-?attacks?\s+(?:knocked|took|brought)\s+(?:out|down|offline)", "coerce", "COERCE",
       "172", None, "forward", "political"),
    _t("consult-gathered", r"(?:ministers|leaders|heads\s+of\s+state|envoys|negotiators|delegates)\s+(?:[\w-]+\s+){0,2}?"
       r"(?:gathered|convened|met)\s+(?:in|at)\s+(?-i:[A-Z])\w*|(?:will|to)\s+convene\s+(?:in|at)\s+(?-i:[A-Z])\w*|sat\s+down\s+(?:again|together|face\s+to\s+face)\b|"
       r"welcomed\s+(?:[\w-]+\s+){0,3}?(?:heads\s+of\s+state|leaders|presidents|ministers)\s+to\b", "meeting", "CONSULT",
       "040", "in_person", "mutual"),
)

# (continued) threats of force told as a warning of what one's forces would do; talks held by phone or
# behind adjectives in quotes; easings of sanctions and licences given back; visits one is invited to
TRIGGERS = TRIGGERS + (
    _t("threaten-warned-would", r"warned\s+(?:on\s+\w+\s+)?(?:on\s+state\s+(?:television|TV|radio)\s+)?that\s+"
       r"(?:[\w'\u2019-]+\s+){0,6}?(?:would|will|could|(?:stood|stand|stands|were|was|is|are)\s+ready\s+to)\s+"
       r"(?:hunt\s+down|strike|attack|retaliate|respond\s+(?:forcefully|militarily|harshly)|take\s+back|destroy|target|"
       r"crush|provoke\s+an?\s+(?:nuclear|military)\s+response|use\s+force)", "threaten", "THREATEN", "138", None,
       "forward", "military"),
    _t("phone-discussed", r"(?:exchanged\s+views|discussed)\s+"
       r"(?:[\w'\u2019-]+\s+){0,6}?(?:by|over\s+the)\s+(?:tele)?phone", "phone_call", "CONSULT",
       "041", "phone", "mutual"),
    _t("consult-held-quoted", r"held\s+['\u2018\"](?:[\w-]+\s+){0,4}?[\w-]+['\u2019\"]\s+(?:discussions|talks|"
       r"consultations)\s+with",
       "meeting", "CONSULT", "040", "in_person", "mutual"),
    _t("host-hosting", r"(?-i:Hosting)(?=\s+(?:[\w-]+\s+){0,2}(?-i:[A-Z]))", "meeting", "CONSULT", "043", "in_person", "host"),
    _t("concede-eased-more", r"lifted\s+(?:most|some|all|many|part)\s+of\s+(?:the\s+|its\s+)?(?:[\w-]+\s+){0,4}?"
       r"(?:restrictions|measures|curbs)|restored\s+(?:the\s+)?(?:[\w-]+\s+){0,2}?licen[cs]es", "concede",
       "CONCEDE", "081", None, "forward", "political"),
    _t("visit-come-to", r"(?<=to\s)come\s+to(?=\s+(?-i:[A-Z]))", "visit", "CONSULT", "042", "in_person"),
)

# first in the table: warships ordered to sail are mobilised, not asked ("ordered ... to" is a request)
TRIGGERS = (
    _t("mobilize-ordered-to-sail", r"ordered\s+(?:the\s+)?(?:[\w.'\u2019-]+\s+){0,6}?(?:carrier|strike\s+group|warships?|"
       r"destroyers?|fleet|squadrons?|bombers|submarines?)\s+to\s+(?:sail|head|move|deploy|steam)", "mobilize",
       "MOBILIZE", "152", None, "forward", "military"),
) + TRIGGERS

# constructions plover_dev13 left without a phrasing
TRIGGERS = TRIGGERS + (
    _t("agree-move-embassy", r"(?:will|would|to)\s+(?:move|relocate|open)\s+(?:its|their)\s+embassy|(?:stands?|is|"
       r"are)\s+ready\s+to\s+"
       r"(?:deepen|expand|strengthen|step\s+up|boost|broaden)\s+(?:[\w-]+\s+){0,3}?(?:cooperation|ties|relations|partnership)",
       "agree", "AGREE", "036", None, "forward"),
    _t("support-defence", r"(?:rose|came|leapt|sprang|rallied)\s+to\s+(?:[\w.'\u2019-]+\s+){0,2}?defen[cs]e|"
       r"recogni[sz](?:ed|ing)\s+"
       r"the\s+independence\s+of", "support", "SUPPORT", "054", None, "forward"),
    _t("concede-bans-lifted", r"lifted\s+(?:most|some|all|many|"
       r"part)\s+of\s+the\s+(?:[\w-]+\s+){0,2}?(?:asset\s+freezes|travel\s+bans|"
       r"bans)", "concede", "CONCEDE", "081", None, "forward", "political"),
    _t("cooperate-training", r"(?:trained|training|train|drilled)\s+together|(?:joint|combined)\s+training", "cooperate",
       "COOPERATE", "062", None, "mutual", "military"),
    _t("aid-handed-goods", r"handed\s+(?:[\w,.-]+\s+){0,4}?(?:tonnes|tons)\s+of|paid\s+(?:[\w$\u20ac\u00a3.,'\u2019-]+\s+){1,8}?"
       r"in\s+(?:compensation|reparations)|granted\s+(?:[\w.'\u2019-]+\s+){1,4}?(?:temporary\s+|political\s+|diplomatic\s+)?"
       r"asylum", "aid", "AID", "070", None, "forward", "humanitarian"),
    _t("retreat-handed-weapons", r"handed\s+(?:in\s+)?(?:the\s+last\s+of\s+)?(?:their|its)\s+(?:[\w-]+\s+)?(?:weapons|"
       r"arms|rifles)\s+"
       r"(?:over\s+)?to", "retreat", "RETREAT", "0873", None, "forward", "military"),
    _t("threaten-disaster-if", r"warned\s+(?:[\w.'\u2019-]+\s+){1,4}?of\s+(?:an?\s+)?(?:[\w-]+\s+){0,2}?(?:disaster|catastrophe|"
       r"war|response|punishment|strikes)\s+if\b|(?:would|will)\s+(?:bring|trigger|meet|face)\s+(?:an?\s+)?(?:[\w-]+\s+){0,3}?"
       r"(?:retaliation|response|reprisals)\b", "threaten", "THREATEN", "138", None, "forward", "military"),
    _t("sanction-halted-coordination", r"(?:halted|suspended|ended|froze|stopped|cut)\s+(?:all\s+)?(?:[\w-]+\s+)?(?:security|"
       r"military|intelligence)\s+(?:coordination|cooperation|ties|contacts)\s+with", "sanction", "SANCTION", "161", None,
       "forward"),
    _t("mobilize-ordered-troops", r"ordered\s+(?:[\w,-]+\s+){0,3}?(?:troops|soldiers|reservists|tanks|units|"
       r"paratroopers|marines)\s+"
       r"(?:to|into)\s+(?:the\s+)?(?!(?:stop|halt|end|withdraw|leave|return|pull|cease|lay)\b)", "mobilize", "MOBILIZE",
       "152", None, "forward", "military"),
    _t("coerce-cut-supply", r"cut\s+off\s+(?:the\s+)?(?:[\w-]+\s+)?(?:electricity|water|fuel|gas|power|food|internet)\s+"
       r"(?:supplies\s+|supply\s+)?(?:to|for)\b", "coerce", "COERCE", "170", None, "forward", "economic"),
    _t("assault-launched-at", r"launched\s+(?:[\w,-]+\s+){0,5}?(?:drones|missiles|rockets|bombs|shells)\s+(?:[\w,-]+\s+){0,3}?"
       rf"(?:against|at|on|into{_NOT_SEA})\b|dropped\s+(?:an?\s+)?(?:[\w-]+\s+){{0,6}}?bombs?\s+(?:[\w-]+\s+){{0,4}}?on\b|"
       r"shot\s+(?:[\w.'\u2019-]+\s+){1,5}?(?:several\s+times|at\s+close\s+range|in\s+the\s+(?:head|chest|back|leg))",
       "assault", "ASSAULT", "190", None, "forward", "military"),
    _t("consult-sat-down-for", r"sat\s+down\s+(?:in|at)\s+(?:[\w.'\u2019-]+\s+){1,4}?(?:on\s+\w+\s+)?for\s+(?:[\w-]+\s+){0,4}?"
       r"(?:talks|negotiations|consultations)", "meeting", "CONSULT", "040", "in_person", "mutual"),
)

# constructions plover_dev14 left without a phrasing
TRIGGERS = TRIGGERS + (
    _t("support-resolution-backing", r"(?:passed|adopted|approved)\s+(?:a\s+|an\s+)?(?:[\w-]+\s+)?resolution\s+"
       r"(?:[\w,-]+\s+){0,3}?(?:backing|supporting|endorsing|welcoming)|gave\s+(?:his|her|its|their)\s+(?:[\w-]+\s+)?(?:endorsement|blessing|"
       r"backing)\s+(?:[\w,-]+\s+){0,3}?to", "support", "SUPPORT", "051", None, "forward"),
    _t("cooperate-handed-evidence", r"handed\s+over\s+to\s+(?:[\w.'\u2019-]+\s+){1,4}?(?:testimony|evidence|documents|files|"
       r"records|intelligence)|joint\s+(?:[\w-]+\s+){0,2}?forces?\s+(?:began|started|has\s+begun)\s+patroll",
       "cooperate", "COOPERATE", "062", None, "mutual", "military"),
    _t("aid-written-off", r"(?:has|have|had)\s+written\s+off\s+(?:[\w$,.'\u2019-]+\s+){1,8}?debts?|handed\s+(?:out\s+)?cash\s+"
       r"grants", "aid", "AID", "070", None, "forward", "humanitarian"),
    _t("retreat-pulling-back", r"(?:began|begun|started|completed)\s+pulling\s+(?:back|out)\s+(?:from|of)|rolled\s+out\s+of",
       "retreat", "RETREAT", "0874", None, "forward", "military"),
    _t("request-sought-credit", r"sought\s+(?:an?\s+)?(?:additional\s+|further\s+|fresh\s+|new\s+)?(?:[\w$,.-]+\s+){0,4}?"
       r"(?:credit|loans?|assistance|aid|help|support)\s+from", "request", "REQUEST", "031", None, "forward"),
    _t("accuse-court-case", r"authori[sz]ed\s+(?:a\s+|an\s+)?(?:full\s+|formal\s+)?investigation\s+into|filed\s+(?:a\s+)?case\s+"
       r"(?:at|with|before|against)|went\s+on\s+trial|voted\s+(?:on\s+\w+\s+)?to\s+censure", "accuse", "ACCUSE", "112",
       None, "forward"),
    _t("threaten-gave-days", r"gave\s+(?:[\w.'\u2019-]+\s+){1,5}?(?:one|two|three|four|five|six|seven|ten|a|\d+)\s+"
       r"(?:weeks?|days?|hours?|months?)\s+to\s+(?!visit\b)", "threaten", "THREATEN", "1313", None, "forward"),
    _t("sanction-recalled-team", r"recalled\s+(?:its|their|the)\s+(?:[\w-]+\s+){0,2}?(?:negotiating\s+team|negotiators|"
       r"delegation)\s+from", "sanction", "SANCTION", "161", None, "forward"),
    _t("mobilize-readiness", r"(?:placed|put)\s+(?:[\w.'\u2019-]+\s+){0,4}?forces\s+on\s+(?:[\w-]+\s+){0,2}?(?:alert|"
       r"readiness|combat\s+readiness|war\s+footing)|staged\s+(?:an?\s+)?(?:[\w-]+\s+){0,2}?(?:artillery|missile|naval|"
       r"military|live-fire)\s+(?:drills?|exercises?)", "mobilize", "MOBILIZE", "150", None, "forward", "military"),
    _t("coerce-blockade-status", r"placed\s+(?:[\w.'\u2019-]+\s+){1,4}?under\s+(?:a\s+)?(?:total\s+|full\s+|complete\s+)?"
       r"(?:blockade|siege)|revoked\s+the\s+legal\s+status\s+of|under\s+temporary\s+state\s+(?:management|control)",
       "coerce", "COERCE", "172", None, "forward", "political"),
    _t("assault-demolished-home", r"demolished\s+(?:an?\s+|the\s+|\d+\s+)?(?:[\w-]+\s+){0,3}?(?:Palestinian\s+)?"
       r"(?:homes?|houses?|family\s+homes?)|dropped\s+munitions", "assault", "ASSAULT", "180", None, "forward", "military"),
)

# constructions plover_dev15 left without a phrasing
TRIGGERS = TRIGGERS + (
    _t("agree-would-open-talks", r"(?:would|will)\s+(?:open|hold|resume|start|begin|launch)\s+(?:[\w-]+\s+){0,3}?"
       r"(?:talks|negotiations|dialogue|consultations)|agreed\s+(?:at|during|on)\s+(?:an?\s+|the\s+)?(?:[\w'\u2019-]+\s+){1,6}?"
       r"to\s+(?:open|start|begin|launch|resume|hold)|(?:would|will)\s+share\s+(?:[\w-]+\s+){0,2}?(?:intelligence|"
       r"information|data)", "agree", "AGREE", "036", None, "forward"),
    _t("consult-wrapped-up", r"(?:wrapped\s+up|concluded|ended)\s+(?:two|three|four|several|a\s+week\s+of|"
       r"(?:\w+\s+)?days?\s+of)\s+"
       r"(?:[\w-]+\s+){0,3}?(?:talks|consultations|negotiations)", "meeting", "CONSULT", "040", "in_person", "mutual"),
    _t("concede-restored-access", r"restored\s+(?:[\w-]+\s+){0,3}?(?:internet|mobile\s+(?:data|services)|access\s+to|"
       r"broadcasts?|flights\s+to)", "concede", "CONCEDE", "081", None, "forward", "political"),
    _t("cooperate-coordinated-patrol", r"(?:coordinated|joint)\s+patrols?\s+(?:along|in|across|off)|"
       r"completed\s+(?:the\s+)?(?:latest\s+|first\s+|second\s+|third\s+)?(?:round|phase)\s+of\s+(?:their|the)\s+"
       r"(?:[\w-]+\s+){0,2}?(?:patrols?|exercises?|drills?)", "cooperate", "COOPERATE", "062", None, "mutual", "military"),
    _t("aid-approved-loan", r"(?:approved|signed\s+off\s+on)\s+(?:on\s+\w+\s+(?:on\s+)?)?(?:an?\s+)?(?:[\w$.,-]+\s+){0,6}?"
       r"(?:loan|facility|grant|credit\s+line|bailout|tranche)\s+(?:for|to)\b|handed\s+over\s+(?:the\s+)?(?:first\s+|second\s+|"
       r"final\s+|last\s+)?(?:batch|consignment|shipment|delivery)\s+of|distributed\s+(?:[\w,-]+\s+){1,5}?to\s+(?:some\s+|"
       r"about\s+|more\s+than\s+|nearly\s+)?[\d,]+\s+(?:[\w-]+\s+){0,2}?(?:refugees|families|people|households|"
       r"displaced)|began\s+training\s+(?:[\w-]+\s+){0,2}?(?:farmers|doctors|nurses|teachers|police|officers|engineers)",
       "aid", "AID", "070", None, "forward", "humanitarian"),
    _t("retreat-repatriation", r"(?:voluntary\s+)?repatriation\s+(?:programme|program|scheme|operation|flights?)|"
       r"refugees\s+(?:[\w,-]+\s+){0,3}?(?:went|returned)\s+home", "retreat", "RETREAT", "084", None, "forward", "humanitarian"),
    _t("reject-blocked-bid", r"blocked\s+(?:[\w'\u2019-]+\s+){0,4}?(?:bid|takeover|acquisition|purchase|investment|merger)\b",
       "reject", "REJECT", "120", None, "forward", "economic"),
    _t("protest-streets", r"(?:filled|flooded|thronged|poured\s+into|packed)\s+(?:the\s+)?(?:[\w-]+\s+){0,2}?"
       r"(?:streets|squares?|avenues?)\b", "protest", "PROTEST", "141", "demo", "forward", "political"),
    _t("sanction-ended-talks", r"(?:formally\s+)?(?:terminated|broke\s+off|called\s+off|walked\s+out\s+of)\s+(?:the\s+)?"
       r"(?:[\w-]+\s+){0,2}?(?:negotiations|peace\s+talks|talks|dialogue)\s+with", "sanction", "SANCTION", "164", None,
       "forward"),
    _t("mobilize-war-footing", r"(?:onto|on)\s+(?:a\s+)?war\s+footing|called\s+up\s+(?:[\w,-]+\s+){0,5}?(?:militias?|"
       r"police|volunteers|reservists)|ordered\s+(?:[\w-]+\s+){0,4}?(?:militia|troops|army|soldiers|forces|tanks)\s+"
       r"(?:onto|into)\s+the\s+streets", "mobilize", "MOBILIZE", "150", None, "forward", "military"),
    _t("coerce-access-seized", r"(?:cut\s+off|blocked|restricted|shut\s+down)\s+(?:all\s+)?(?:[\w,-]+\s+){0,4}?access\s+to"
       r"(?!\s+(?:the\s+)?(?:[\w-]+\s+)?(?:credit|capital|funding|financing|loans?|markets?|cash|liquidity)\b)|"
       r"expropriat(?:e|ed|ing)\b|(?:took|seized)\s+control\s+of\s+(?:[\w'\u2019-]+\s+){0,3}?(?:airports?|airfields?|"
       r"parliament|buildings?|ports?|television|broadcaster|town|city|border\s+crossings?)|(?:installed|set\s+up|erected)\s+"
       r"(?:an?\s+|new\s+)?(?:checkpoints?|roadblocks?)", "coerce", "COERCE", "172", None, "forward", "political"),
    # "Qatar's 87-strong search team arrived in Marrakech", "a train with 2,500 tonnes of flour left for Afghanistan"
    _t("aid-team-arrived", r"(?:search|rescue|relief|medical|humanitarian)\s+(?:and\s+rescue\s+|-and-rescue\s+)?(?:team|teams|"
       r"workers|personnel|contingent|mission)\s+(?:[\w,-]+\s+){0,3}?(?:arrived|landed|flew\s+in|reached)|"
       r"(?:train|tanker|ship|vessel|plane|aircraft|convoy|trucks|lorries)\s+(?:carrying|with|loaded\s+with)\s+"
       r"(?:[\w,.-]+\s+){0,3}?(?:tonnes|tons)\s+of\s+(?:[\w-]+\s+)?(?:flour|wheat|rice|grain|food|aid|relief|medicines?|"
       r"supplies|humanitarian)", "aid", "AID", "073", None, "forward", "humanitarian"),
    _t("assault-struck-target", r"(?:warplanes|jets|aircraft|drones?|missiles?|rockets?|shells)\s+(?:[\w-]+\s+){0,5}?struck\s+"
       r"(?:an?\s+|the\s+)?(?:[\w-]+\s+){0,2}?(?:bus|market|hospital|school|convoy|village|camp|wedding|mosque|church)|"
       r"fought\s+(?:with\s+heavy\s+weapons|each\s+other|pitched\s+battles)", "assault", "ASSAULT", "190", None, "forward",
       "military"),
)

# "A state of emergency and a night-time curfew were imposed across the country on Wednesday", "a
# 36-hour curfew imposed on Saturday evening": a restriction told without its authority is the state's
TRIGGERS = TRIGGERS + (
    _t("coerce-restrict-passive", r"(?:curfews?|state\s+of\s+(?:emergency|siege)|martial\s+law|lockdown)\s+"
       r"(?:[\w,-]+\s+){0,6}?(?:(?:was|were|has\s+been|had\s+been|have\s+been|is|are)\s+)?(?:(?:also|now|later|then)\s+)?"
       r"(?:imposed|declared|reimposed)\b(?!\s+by\b)", "coerce", "COERCE", "172", None, "forward", "political"),
)

# plover_dev16 wordings: judicial and intelligence cooperation, joint ventures carried out, loans and
# shipments of relief, restrictions eased, access blocked and people sent back, praise, rulings dismissed
TRIGGERS += (
    _t("cooperate-judicial", r"extradited\s+(?:[\w,'\u2019-]+\s+){0,6}?to\b|(?:transferred|handed\s+over)\s+"
       r"(?:[\w,.'\u2019-]+\s+){1,8}?(?:in)?to\s+the\s+custody\s+of|(?:pursuing|conducting|launched|opened|set\s+up)\s+"
       r"(?:a\s+)?joint\s+(?:criminal\s+)?(?:inquiry|investigation|probe)", "cooperate", "COOPERATE", "063", None, "mutual",
       "legal"),
    # an agreement carried out: "carried out the first transaction under their currency swap", "started supplying crude
    # under a new term contract", "the first deliveries under their oil-for-goods arrangement"
    _t("cooperate-under-deal", r"(?:first\s+)?(?:transactions?|deliveries|shipments?|cargoes|supplies|payments?|flights)\s+"
       r"(?:[\w-]+\s+){0,3}?under\s+(?:a|an|the|their|its)\s+(?:[\w$-]+\s+){0,4}?(?:deal|agreement|arrangement|swap|"
       r"contract|accord|pact)|(?:started|began|begun|commenced)\s+(?:supplying|pumping|shipping|delivering|exporting|paying)\s+"
       r"(?:[\w-]+\s+){0,6}?under\s+(?:a|an|the|their|its)\s+(?:[\w$-]+\s+){0,4}?(?:deal|agreement|arrangement|swap|"
       r"contract|accord|pact)", "cooperate", "COOPERATE", "061", None, "mutual", "economic"),
    _t("cooperate-jointly", r"(?:began|begun|started)\s+pooling\s+(?:intelligence|information|data)|pooled\s+"
       r"(?:intelligence|information)|wrapped\s+up\s+(?:the\s+|a\s+|their\s+)?(?:[\w-]+\s+){0,3}?joint\s+(?:military\s+|naval\s+)?"
       r"(?:exercises?|drills?|manoeuvres|maneuvers)|jointly\s+(?:restarted|launched|opened|inaugurated|built|developed|"
       r"operated|conducted|commissioned)", "cooperate", "COOPERATE", "060", None, "mutual", "economic"),
    _t("aid-shipped", r"(?:shipped|trucked|airlifted|delivered|sent)\s+(?:a\s+further\s+|another\s+|an\s+additional\s+)?"
       r"(?:\d[\d,.]*|[a-z]+)\s+(?:metric\s+)?(?:tonnes|tons)\s+of|extended\s+(?:an?\s+)?(?:[\w$.,-]+\s+){0,3}?(?:concessional|soft|"
       r"interest-free|emergency)\s+loan\s+to|released\s+an?\s+(?:emergency|relief|aid)\s+package", "aid", "AID", "073",
       None, "forward", "humanitarian"),
    _t("concede-allowed-again", r"(?:allowed|permitted)\s+(?:[\w-]+\s+){1,5}?to\s+resume\s+(?:broadcasting|operations|"
       r"publishing|work)|granted\s+(?:[\w-]+\s+)?licen[cs]es\s+to|ordered\s+an\s+end\s+to\s+(?:the\s+)?(?:[\w-]+\s+){0,2}?"
       r"(?:curfew|blockade|ban|state\s+of\s+emergency|siege)|voted\s+(?:[\w-]+\s+)?to\s+remove\s+(?:[\w.'\u2019-]+\s+)"
       r"{1,8}?from\s+(?:the\s+|its\s+)?(?:[\w-]+\s+){0,3}?list\s+of\s+terror", "concede", "CONCEDE", "081", None,
       "forward", "political"),
    _t("coerce-dev16", r"(?:began|started)\s+blocking\s+access\s+to|(?:was|were)\s+forced\s+off\s+the\s+air|"
       r"placed\s+(?:[\w,.'\u2019-]+\s+){1,16}?under\s+house\s+arrest|sent\s+(?:[\d,]+|hundreds\s+of|thousands\s+of)\s+"
       r"(?:[\w-]+\s+){0,2}?(?:nationals|migrants|refugees|asylum[\s-]seekers)\s+back\s+(?:home|to)\b|closed\s+(?:all\s+(?:of\s+)?)?"
       r"(?:[\w'\u2019-]+\s+){0,2}?(?:air,\s+sea\s+and\s+land|land,\s+sea\s+and\s+air)\s+(?:ports|borders|crossings)",
       "coerce", "COERCE", "170", None, "forward", "political"),
    _t("support-praise", r"(?:showered|heaped|lavished)\s+(?:\w+\s+)?praise\s+on|spoke\s+up\s+for|declared\s+"
       r"(?:its|his|her|their)\s+(?:full\s+|unconditional\s+)?(?:backing|support)\s+for", "support", "SUPPORT", "051", None,
       "forward"),
    _t("reject-ruling", r"dismissed\s+(?:as\s+(?:null\s+and\s+void|illegal|invalid|baseless)\s+)?(?:a|the|an)\s+"
       r"(?:[\w'\u2019-]+\s+){0,5}?(?:ruling|verdict|judgment|judgement|decision)", "reject", "REJECT", "120",
       None, "forward"),
)
# "broke off peace talks with": the talks ended, not held (before the table's "talks with"); "ordered his
# rocket units on standby": forces readied, not a request; "directed the provision of relief aid": the
# whole act, before the table's bare "relief aid to"
TRIGGERS = (
    # "His Highness directed the provision of USD10 million in urgent relief aid to": the head of state gives it
    _t("aid-directed", r"(?:directed|ordered|approved|authori[sz]ed)\s+the\s+(?:provision|dispatch|delivery|allocation|"
       r"disbursement|sending)\s+of\s+(?:[\w$.,'\u2019-]+\s+){0,8}?(?:aid|relief|assistance|supplies|donations?)\b",
       "aid", "AID", "070", None, "forward", "humanitarian"),
    # "a court on Friday ordered the release of a German citizen": a ruling that yields, like an acquittal (PLOVER
    # manual: formal pardons, acquittals and amnesties are CONCEDE), before "ordered" as a demand
    _t("retreat-release-ordered", r"ordered\s+(?:the\s+)?(?:immediate\s+|conditional\s+|unconditional\s+)?release\s+of",
       "concede", "CONCEDE", "080", None, "forward", "legal"),
    _t("mobilize-readied", r"(?:approved|ordered|announced)\s+the\s+call-?up\s+of|(?:ordered|placed|put)\s+(?:[\w'\u2019-]+\s+)"
       r"{0,4}?(?:units|forces|troops|missiles|rocket\s+units)\s+on\s+(?:standby|alert|high\s+alert|combat\s+readiness)|"
       r"ordered\s+(?:an?\s+|the\s+)?(?:aircraft\s+carrier|carrier\s+strike\s+group|warships?|(?:naval\s+)?flotilla|fleet)"
       r"\s+(?:[\w'\u2019.-]+\s+){0,8}?to\s+(?:sail|head|move|steam)|(?:began|started)\s+deploying\s+(?:[\w-]+\s+){0,3}?(?:troops|soldiers|units|tanks|guardsmen|reservists)|"
       r"deployed\s+(?:[\w-]+\s+)?(?:fighters|tanks|armou?red\s+vehicles|troops|soldiers)\s+and\s+(?:armou?red\s+vehicles|"
       r"tanks|artillery)|(?:advanced|pushed)\s+(?:on\s+|toward|towards)\s+(?:the\s+)?(?:capital|(?-i:[A-Z])\w+)",
       "mobilize", "MOBILIZE", "150", None, "forward", "military"),
    _t("sanction-broke-off", r"(?:broke|breaks)\s+off\s+(?:(?:peace|the|its|their|all|[\w.]+-brokered)\s+)*(?:talks|"
       r"negotiations|contacts|dialogue)\s+with|(?:suspended|froze|frozen|halted)\s+(?:all\s+)?(?:[\w-]+\s+){0,3}?(?:exchanges|contacts)\s+with|"
       r"(?:stopped|halted|froze|suspended)\s+(?:all\s+)?(?:new\s+)?(?:public\s+)?(?:financing|lending|funding|loans)\s+"
       r"(?:to|for)|struck\s+(?:[\w.'\u2019-]+\s+){1,3}?off\s+(?:its|the|their)\s+(?:[\w-]+\s+){0,3}?list",
       "sanction", "SANCTION", "160", None, "forward"),
) + TRIGGERS
# a harm one side says it would do if the other acts is a threat, whoever reports it: "Khartoum could kick
# out the head of the mission if she kept meddling", "armed forces would use non-peaceful means ... if the
# island moved towards independence", "would be met with fire and fury ... if it continued" (but not what
# "bills that would punish Vietnam unless" say)
_HARM = (r"(?:kick\s+out|expel|throw\s+out|pull\s+(?:[\w'\u2019-]+\s+){0,4}?out|withdraw|walk\s+(?:out|away)|cut\s+off|"
         r"cut\s+(?:ties|relations|aid|supplies)|sever|halt|suspend|freeze|impose|retaliate|respond\s+(?:with|militarily|"
         r"forcefully|harshly)|strike|attack|invade|destroy|crush|punish|shut|block|blockade|veto|boycott|quit|scrap|"
         r"abandon|bear\s+(?:all\s+)?(?:the\s+)?consequences|take\s+(?:[\w-]+\s+){0,2}?(?:action|measures|steps|"
         r"countermeasures)(?!\s+to\s+(?:stabili[sz]e|support|help|boost|shore|calm|ensure|protect|defend))|use\s+(?:[\w-]+\s+){0,2}?(?:force|weapons|means|arms|troops)|resort\s+to|launch\s+"
         r"(?:[\w-]+\s+){0,2}?(?:strikes?|attacks?|assault|offensive|war)|target|aim\s+(?:its\s+|their\s+)?missiles|"
         r"march\s+on|seize|annex|dissolve|downgrade|be\s+(?:met\s+with|turned\s+into|thrown\s+out|expelled|kicked\s+out|"
         r"arrested|killed|dissolved|banned|punished|crushed|wiped\s+out)|face\s+(?:[\w-]+\s+){0,2}?(?:consequences|"
         r"sanctions|retaliation|expulsion|punishment|prosecution))")
TRIGGERS = TRIGGERS + (
    _t("threaten-would-if", rf"(?<!that\s)(?<!which\s)(?:would|could|will)\s+"
       rf"(?:not\s+hesitate\s+to\s+|have\s+to\s+|also\s+|then\s+)?"
       rf"{_HARM}\b(?=[^.;:]{{0,160}}?\b(?:if|unless)\b)", "threaten", "THREATEN", "130", None, "forward"),
)
# constructions of helper-written plover_dev17 (the range of each category's modes): amnesties, lists of
# terrorist groups, decrees ending bans, co-chaired dialogues, negotiators sitting down, shuttle
# diplomacy, tips passed between intelligence services, teams rushed to a disaster, weapons delivered,
# teams kicked out of competitions
TRIGGERS = (
    _t("concede-amnesty", r"(?:signed|issued|declared|announced|granted|approved|decreed)\s+(?:an?\s+|the\s+)?"
       r"(?:[\w-]+\s+){0,2}?(?:amnesty|pardons?)\b", "concede", "CONCEDE", "080", None, "forward", "legal"),
    _t("concede-off-the-list", r"removed\s+(?:[\w,'\u2019-]+\s+){1,14}?from\s+(?:its|the|their)\s+(?:[\w-]+\s+){0,2}?"
       r"list\s+of\s+(?:[\w-]+\s+){0,2}?(?:terror\w*|banned|proscribed)", "concede", "CONCEDE", "081", None, "forward",
       "political"),
    _t("concede-decree-ending", r"(?:decree|order|ruling|decision)\s+(?:on\s+\w+\s+)?(?:ending|lifting|scrapping|overturning)"
       r"\s+(?:[\w'\u2019-]+\s+){0,3}?(?:ban|restrictions?|curfew|embargo|prohibition)", "concede", "CONCEDE", "081",
       None, "forward", "political"),
) + TRIGGERS + (
    _t("meet-co-chaired", r"co-?chaired\s+(?:the\s+)?(?:[\w.'\u2019-]+\s+){0,5}?(?:dialogue|talks|consultations?|meeting|"
       r"session|commission|committee|forum)\s+with", "meeting", "CONSULT", "040", "in_person", "mutual"),
    _t("meet-sat-down", r"sat\s+down\s+(?:[\w,'\u2019-]+\s+){0,8}?(?:for|to)\s+(?:the\s+|their\s+)?(?:[\w-]+\s+){0,4}?"
       r"(?:talks|negotiations|discussions|dialogue)", "meeting", "CONSULT", "040", "in_person", "mutual"),
    _t("meet-shuttle", r"(?:resumed|began|launched|conducted|undertook|stepped\s+up)\s+(?:[\w-]+\s+)?shuttle\s+diplomacy",
       "meeting", "CONSULT", "043", "in_person", "forward"),
    _t("cooperate-tip", r"passed\s+(?:on\s+)?(?:a\s+|the\s+)?(?:tip|tip-off|intelligence|information)\s+(?:[\w-]+\s+){0,3}?to|"
       r"(?:is|are|was|were)\s+(?:now\s+)?being\s+shared\s+(?:[\w-]+\s+){0,4}?between", "cooperate", "COOPERATE", "064",
       None, "forward", "security"),
    _t("aid-rushed", r"rushed\s+(?:[\w,-]+\s+){0,8}?(?:rescue|rescuers|relief|aid|supplies|medical|doctors|food|"
       r"transport\s+planes)\b(?:[\w,-]+\s+|\s+){0,10}?to\b", "aid", "AID", "073", None, "forward", "humanitarian"),
    _t("aid-weapons-delivered", r"(?:delivered|supplied|handed\s+over|transferred)\s+(?:[\w,-]+\s+){0,6}?(?:tanks|howitzers|"
       r"weapons|arms|ammunition|missiles|air\s+defen[cs]e\s+systems|fighter\s+jets|armou?red\s+vehicles)\s+to\b",
       "aid", "AID", "074", None, "forward", "military"),
    # "Equatorial Guinea has released 43 Nigerians detained in raids": a count of a nation's people let go
    _t("retreat-released-nationals", r"(?:released|freed)\s+(?:[\d,]+|dozens\s+of|hundreds\s+of|scores\s+of)\s+"
       r"(?:more\s+)?(?-i:[A-Z])[\w-]+(?:ans|ese|is|ians|ards|ish|ch|s)\b", "retreat", "RETREAT", "0841", None, "forward",
       "political"),
    _t("sanction-kicked-out", r"(?:kicked|threw|thrown|expelled|suspended)\s+(?:[\w'\u2019-]+\s+){1,6}?(?:out\s+of|from)\s+"
       r"(?:all\s+)?(?:[\w-]+\s+){0,2}?(?:competitions?|tournaments?|the\s+games)", "sanction", "SANCTION", "160", None,
       "forward"),
)

# the idioms of state agencies' English ("lodged solemn representations with Japan", "highly appreciates",
# "remanded ... in custody", "neither accepts nor recognizes")
TRIGGERS = TRIGGERS + (
    _t("accuse-representations", r"(?:lodged|lodges|lodging|made|makes)\s+(?:solemn|stern|serious|strong|strict)\s+"
       r"representations", "accuse", "ACCUSE", "111", None, "forward"),
    _t("support-appreciates", r"(?:highly|greatly|deeply)\s+appreciates?|firmly\s+supports?(?!\s+(?:to|that)\b)",
       "support", "SUPPORT", "051", None, "forward"),
    _t("coerce-remanded", r"remanded\s+(?:[\w.'\u2019-]+\s+){0,8}?in\s+(?:police\s+|judicial\s+)?custody", "coerce", "COERCE",
       "173", None, "forward", "political"),
    _t("reject-neither-accepts", r"neither\s+accepts?\s+nor\s+recogni[sz]es?", "reject", "REJECT", "120", None, "forward"),
    # "lobbed teargas canisters at opposition supporters", "neutralised 15 ISWAP terrorists", hackers who "took down about 70
    # government websites", a state that "granted IAEA inspectors access to" a site
    _t("assault-lobbed", r"lobbed\s+(?:[\w-]+\s+){0,2}?(?:teargas|tear\s+gas|grenades?|stones|petrol\s+bombs|molotov\s+"
       r"cocktails)\s+(?:canisters\s+|shells\s+)?at|neutrali[sz]ed\s+(?:\d+|[a-z]+)\s+(?:[\w-]+\s+){0,2}?(?:terrorists|"
       r"militants|insurgents|bandits|fighters|gunmen|jihadists)", "assault", "ASSAULT", "190", None, "forward", "military"),
    _t("coerce-websites-down", r"(?:took|taken|knocked|brought)\s+(?:down|offline)\s+(?:about\s+|some\s+|over\s+|more\s+than\s+)?"
       r"(?:\d+\s+|dozens\s+of\s+)?(?:[\w-]+\s+){0,3}?websites", "coerce", "COERCE", "170", None, "forward", "political"),
    _t("retreat-inspectors-access", r"granted\s+(?:[\w-]+\s+){1,6}?(?:inspectors|monitors|observers)\s+access",
       "retreat", "RETREAT", "0862", None, "forward"),
    # "revoked the military cooperation agreements with France", "suspended the treaty of friendship it signed with Spain"
    _t("sanction-revoked-treaty", r"(?:revoked|suspended|scrapped|annulled|tore\s+up|terminated|denounced)\s+(?:the\s+|its\s+|"
       r"their\s+|a\s+)?(?:[\w-]+\s+){0,3}?(?:agreements?|accords?|treat(?:y|ies)|pacts?|memorand(?:um|a))\s+(?:of\s+"
       r"(?:[\w,-]+\s+){1,8}?)?(?:with|between)\b", "sanction", "SANCTION", "160", None, "forward"),
    # "Kenyan President X and Ethiopian Prime Minister Y discussed regional security in Addis Ababa": a meeting when
    # the subject names two sides (events keep it only then) and no mode is told ("discussed in a phone call")
    _t("discussed-jointly", r"discussed(?!\s+(?:[\w'\u2019,.-]+\s+){0,8}?with\b)(?![^.;]{0,100}?\b(?:phone|telephone|"
       r"call|video|online|virtual|letter|message)\b)", "meeting", "CONSULT", "040", None, "mutual"),
)
