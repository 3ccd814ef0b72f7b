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


_VISIT = r"(?:official|state|working|friendship|official\s+friendship|formal|three-day|two-day|four-day|five-day)"
TRIGGERS: tuple[Trigger, ...] = (
    # --- communication modes first: "phone talks" must not be read as in-person "talks"
    _t("phone", r"(?:phone|telephone)\s+(?:talks?|calls?|conversations?)|(?:spoke|talked|talks?)\s+(?:by|over\s+the)\s+"
       r"(?:phone|telephone)|phoned|telephoned", "phone_call", "CONSULT", "041", "phone", "mutual"),
    _t("online", r"(?:held\s+)?(?:online|virtual|video)\s+(?:talks?|meetings?|conferences?|summits?|dialogues?|calls?)|"
       r"videoconferences?|video\s+link|held\s+online", "online_meeting", "CONSULT", "040", "online", "mutual"),
    # --- visits
    _t("visit-verb", r"visit(?:ed|s|ing)|(?:(?<=will\s)|(?<=to\s)|(?<=shall\s)|(?<=would\s))visit|"
       r"(?:paid|pays|paying|pay|made|making|began|begins|concluded|"
       r"wrapped\s+up|is\s+on|was\s+on)\s+(?:an?\s+|his\s+|her\s+|the\s+)?(?:" + _VISIT + r"\s+)*visits?"
       r"|(?:" + _VISIT + r")\s+visits?\s+to|visits?\s+to|trip\s+to|tour\s+of|arrived\s+in",
       "visit", "CONSULT", "042", "in_person"),
    _t("host-visit", r"(?:(?:hosted|held|presided\s+over)\s+)?(?:an?\s+|the\s+)?(?:official\s+|grand\s+|state\s+)?"
       r"welcom(?:e|ing)\s+ceremony\s+for|hosted|welcomed",
       "meeting", "CONSULT", "043", "in_person", "host"),
    # --- meetings
    _t("meet", r"met(?:\s+with)?|meets(?:\s+with)?|meeting\s+with|(?:held|hold|holds|holding)\s+"
       r"(?:talks|a\s+meeting|a\s+working\s+session|discussions)|talks\s+(?:with|between)|"
       r"talks\s+(?:in\s+[A-Z][\w-]*(?:\s+[A-Z][\w-]*)?\s+|on\s+\w+\s+)(?:with|between)|"
       r"courtesy\s+calls?(?:\s+on)?|working\s+sessions?|sat\s+down\s+with|bilateral\s+meeting",
       "meeting", "CONSULT", "040", "in_person", "mutual"),
    _t("receive", r"received\s+(?:a\s+)?courtesy\s+calls?|received|receives|receiving|"
       r"(?:hosted|gave|held)\s+a\s+reception\s+for",
       "meeting", "CONSULT", "043", "in_person", "host"),
    # --- multilateral
    _t("conference", r"(?:attended|attends|attending|took\s+part\s+in|participated\s+in|joined|addressed|"
       r"co-chaired|chaired)\s+(?:the\s+)?(?:[\w\-']+\s+){0,6}?(?:summit|conference|forum|"
       r"general\s+assembly|ministerial\s+meeting|plenary)",
       "conference", "CONSULT", "044", "in_person"),
    # --- agreements
    _t("sign", r"sign(?:ed|s|ing)?\s+(?:an?\s+|the\s+|several\s+|\w+\s+)?(?:[\w\-]+\s+){0,4}?"
       r"(?:agreements?|memorand(?:um|a)|MoUs?|MOUs?|treat(?:y|ies)|deals?|accords?|declarations?|"
       r"joint\s+statements?|contracts?|protocols?|documents?|(?:exchange\s+of\s+)?notes|roadmaps?|"
       r"letters?\s+of\s+intent|action\s+plans?|framework|charter|communiqu[eé]s?)|inked|"
       r"signing\s+(?:ceremony|took\s+place)",
       "agreement", "AGREE", "057", "in_person", "mutual"),
    # --- aid
    _t("aid", r"(?:provided|provides|sent|sends|delivered|donated|donates|handed\s+over|granted|gave)\s+"
       r"(?:[\w\-$,.]+\s+){0,6}?(?:aid|assistance|relief|supplies|vaccines?|rescue\s+teams?|"
       r"rescue\s+workers|donations?|grants?|funding)|"
       r"(?:humanitarian|emergency|relief)\s+(?:aid|assistance|supplies)\s+to|"
       r"response\s+to\s+the\s+(?:aftermath\s+of\s+the\s+)?(?:earthquakes?|floods?|typhoons?|storms?|"
       r"disasters?|tsunamis?|cyclones?|wildfires?)|rescue\s+(?:teams?|forces)\s+to",
       "aid", "AID", "073", None, "forward", "humanitarian"),
    _t("peacekeeping", r"contributions?\s+to\s+(?:the\s+)?(?:UN\s+|United\s+Nations\s+)?peacekeeping|"
       r"peacekeep(?:ing|ers)\s+(?:forces?|troops|contingent|mission)\s+to|deployed\s+peacekeepers|"
       r"(?:ceremony\s+to\s+)?see\s+off\s+(?:[\w-]+\s+){0,5}?(?:unit|contingent|hospital|troops|officers|"
       r"peacekeepers|team)\b(?:[^.]{0,120}?\b(?:UN|United\s+Nations|UNISFA|UNMISS|MINUSCA|mission)\b)",
       "aid", "AID", "074", None, "forward", "peacekeeping"),
    # --- messages
    _t("message-exchange", r"exchanged\s+(?:\w+\s+)?(?:messages|letters|greetings|congratulations)(?:\s+of\s+"
       r"(?:congratulations?|greetings|condolences?))?", "message", "SUPPORT", "018", "written", "mutual"),
    _t("message-said", r"(?:in|said\s+in)\s+(?:his|her|their|a|its)\s+(?:congratulatory\s+|condolence\s+)?"
       r"(?:message|letter|cable)|extended\s+(?:his\s+|her\s+|their\s+)?(?:warm(?:est)?\s+|sincere\s+)?"
       r"(?:congratulations|condolences|greetings)", "message", "SUPPORT", "018", "written"),
    _t("message", r"(?:sent|sends|cabled|conveyed|addressed)\s+(?:a\s+|his\s+|her\s+|their\s+)?(?:congratulatory\s+|"
       r"condolence\s+|sympathy\s+|greeting\s+)?(?:messages?|letters?|condolences|congratulations|greetings)|"
       r"congratulated|congratulates|offered\s+(?:his\s+|her\s+|their\s+)?condolences|"
       r"expressed\s+(?:his\s+|her\s+|their\s+)?(?:deep\s+)?condolences|exchanged\s+(?:\w+\s+)?greetings",
       "message", "SUPPORT", "018", "written"),
    # --- party / people exchanges
    _t("exchange", r"theory\s+workshops?|theoretical\s+workshops?|experience\s+exchanges?|"
       r"exchanged\s+experiences?|exchange\s+of\s+experiences?|(?:hosted|received|sent)\s+a\s+delegation",
       "exchange", "CONSULT", "040", "in_person", "mutual"),
    # --- conflict and other PLOVER categories
    _t("accuse", r"accused(?!\s+of\b)|accuses|accusing|condemned|condemns|denounced|denounces|criticis(?:ed|es)|"
       r"criticiz(?:ed|es)|blamed|blames|lodged\s+(?:a\s+)?(?:formal\s+|diplomatic\s+|strong\s+)?protests?|"
       r"protested\s+(?:against|to)|summoned\s+the\s+(?:\w+\s+)?ambassador",
       "accuse", "ACCUSE", "111", None, "forward"),
    _t("reject", r"rejected|rejects|dismissed\s+(?:the\s+|as\s+)?(?:claims?|accusations?|allegations?|reports?)|"
       r"refused\s+to|vetoed", "reject", "REJECT", "120", None, "forward"),
    _t("sanction", r"(?:imposed|imposes|imposing|announced|slapped|unveiled|adopted|approved|introduced|extended|"
       r"expanded|tightened)\s+(?:[\w-]+\s+){0,2}?sanctions|sanctioned|expelled\s+(?:\w+\s+)?diplomats?|"
       r"(?:cut|severed|suspended)\s+(?:diplomatic\s+)?(?:ties|relations)",
       "sanction", "SANCTION", "160", None, "forward"),
    _t("threaten", r"threatened|threatens|threatening|warned\s+of\s+(?:retaliation|consequences|countermeasures)|"
       r"vowed\s+(?:to\s+retaliate|retaliation|countermeasures|(?:a\s+)?response)",
       "threaten", "THREATEN", "130", None, "forward"),
    _t("request", r"called\s+on|calls\s+on|urged|urges|demanded|demands|appealed\s+to",
       "request", "REQUEST", "100", None, "forward"),
    _t("coerce", r"rammed|water\s+cannon|seized|detained|arrested|harass(?:ed|ing)",
       "coerce", "COERCE", "170", None, "forward", "territory"),
    _t("mobilize", r"military\s+(?:drills?|exercises?)|deployed\s+(?:\w+\s+)?(?:troops|warships|forces)|"
       r"mobili[sz]ed", "mobilize", "MOBILIZE", "150", None, "forward", "military"),
    _t("cooperate", r"agreed\s+to\s+(?:boost|enhance|strengthen|step\s+up|deepen|expand|promote)\s+cooperation",
       "agree", "AGREE", "030", None, "mutual"),
)

ANY_TRIGGER = re.compile("|".join(f"(?:{t.pattern.pattern})" for t in TRIGGERS), re.IGNORECASE)
