"""The verb lexicon: one PLOVER category per reporting verb, the trigger of last resort.

The trigger table (`triggers.py`) holds phrasings with their objects and prepositions ("recalled
its ambassador", "called on X to"). Wire copy reports many events with a plain verb the table
does not spell out ("Police in Harare rounded up ...", "Seoul rebuked Tokyo"); this lexicon gives
each such verb its category, and is read only for a sentence in which no phrasing of the table
made an event (none matched, or every match was dropped). The verbs are listed by their base
form; the forms that report an act (the past, and the third person present where it is not also
a noun) are derived from it, irregular pasts written out ("base:past"). Verbs whose common senses
in business news are not events ("fired", "struck", "cut", "hit", "released", "retreated",
"declined", "downgraded", "shot up", "ratified") are left out; the table spells out their
political uses ("released prisoners").
"""
from __future__ import annotations

import re

from .triggers import Trigger

# category -> (our type, CAMEO root code, verbs)
_LEXICON: dict[str, tuple[str, str, str]] = {
    "AGREE": ("agree", "030", "promise pledge vow:vowed guarantee consent endorse+ undertake:undertook initial:initialled "
                          "initial:initialed recommit:recommitted"),
    "CONSULT": ("meeting", "040", "confer:conferred consult negotiate+ mediate telephone phone convene broker "
                                  "arbitrate+ intercede+ dine reconvene+ liaise parley teleconference"),
    "SUPPORT": ("support", "051", "praise commend+ laud hail+ applaud+ congratulate+ thank apologize+ apologise+ "
                                  "forgive:forgave+ recognize+ recognise+ sympathize sympathise reassure+ salute+ "
                                  "extol:extolled+ eulogize+ eulogise+ vouch countersign+ fete commiserate+ console "
                                  "co-sponsor+"),
    "CONCEDE": ("concede", "080", "accede+ relent+ concede+ yield capitulate+ acquiesce+ legalize+ legalise+ unban:unbanned "
                                  "liberalize liberalise rescind+ pardon+ reinstate+ amnesty own:owned recant+ "
                                  "retract+ knuckle:knuckled succumb kowtow backtrack"),
    "COOPERATE": ("cooperate", "060", "cooperate collaborate extradite+ pool harmonise+ harmonize+ co-develop+ "
                                      "co-finance+ band:banded"),
    "AID": ("aid", "070", "donate+ airlift:airlifted rescue airdrop:airdropped resettle+ resupply+ medevac:medevaced gift"),
    "RETREAT": ("retreat", "084", "free:freed demobilize+ demobilise+ surrender repatriate+ "
                                  "withdraw:withdrew+ disband+ disarm+ cede+ decommission+ relinquish+ pull:pulled "
                                  "de-escalate+ forswear:forswore parole+ bring:brought scale:scaled"),
    "REQUEST": ("request", "100", "urge+ demand request implore+ "
                                  "beseech:besought exhort+ petition+ solicit+ beg:begged plead:pleaded pressurise+ "
                                  "pressurize+ agitate cajole+ prevail badger"),
    "ACCUSE": ("accuse", "111", "accuse+ criticize+ criticise+ condemn+ denounce+ blame deplore+ censure rebuke chide+ "
                                "castigate+ fault decry slam:slammed+ scold+ reprimand berate+ lambast lambaste+ "
                                "investigate+ sue+ impeach admonish+ indict+ prosecute+ vilify assail+ excoriate+ "
                                "reproach+ upbraid+ impugn+ smear ridicule+ deride+ disparage+ malign+ slander+ brand "
                                "defame+ scapegoat+ arraign+ subpoena+ tear:tore inveigh"),
    "REJECT": ("reject", "120", "reject+ refuse+ veto:vetoed spurn+ rebuff+ repudiate+ defy+ snub:snubbed+ disavow+ "
                                "renege shun:shunned+ scorn+ object filibuster+ disown+ abrogate+ nullify+ overrule+ "
                                "refute+ rebut:rebutted+ flout+ cold-shoulder+ shrug:shrugged"),
    "THREATEN": ("threaten", "130", "menace intimidate+ bully browbeat:browbeat strong-arm+ blackmail+ warn"),
    "PROTEST": ("protest", "140", "protest riot picket mutiny self-immolate+ shout:shouted rampage barricade converge"),
    "SANCTION": ("sanction", "160", "sanction embargo boycott sever+ blacklist+ ostracize+ ostracise+ greylist+ "
                                    "decertify+ derecognise+ derecognize+ defund+ debar:debarred+ disinvite+"),
    "MOBILIZE": ("mobilize", "150", "deploy+ redeploy+ station mass muster+ pre-position+ conscript garrison emplace+ "
                                    "fortify+ militarise+ militarize+ rearm+"),
    "COERCE": ("coerce", "170", "arrest+ detain+ jail imprison+ deport+ expel:expelled+ ban:banned censor confiscate+ "
                                "seize+ raid interrogate+ harass+ evict+ outlaw suppress+ disperse+ annex occupy+ "
                                "blockade besiege+ exile round:rounded crack:cracked intern+ incarcerate+ expropriate+ "
                                "nationalize+ nationalise+ impound+ muzzle+ gag:gagged remand flog:flogged+ banish+ "
                                "padlock+ tear-gas:tear-gassed+ baton-charge+ kettle wiretap:wiretapped+ persecute+ "
                                "deregister+"),
    "ASSAULT": ("assault", "190", "attack bomb shell storm ambush kill+ assassinate+ massacre murder "
                                  "stab:stabbed behead+ invade+ torch abduct+ kidnap:kidnapped+ strafe "
                                  "overrun:overran slaughter execute+ raze+ firebomb bombard:bombarded hijack+ lynch+ "
                                  "maim+ gun:gunned slay:slew knife bludgeon+ rape counterattack sabotage gas:gassed "
                                  "ransack+"),
}
# a particle that belongs to the verb ("rounded up")
_PARTICLE = {"round": r"\s+up", "crack": r"\s+down\s+on", "pull": r"\s+(?:out|back)\s+(?:of|from|its|their|troops|forces)",
             "mass": r"\s+(?:troops|forces|soldiers|tanks)", "station": r"\s+(?:troops|forces|soldiers|police|tanks|warships)",
             "gun": r"\s+down", "pool": r"\s+(?:resources|intelligence|forces|efforts)",
             # verbs that report the act only with their particle or object
             "own": r"\s+up\s+to", "knuckle": r"\s+under", "succumb": r"\s+to\s+(?:pressure|demands)",
             "kowtow": r"\s+to", "backtrack": r"\s+on", "band": r"\s+together", "gift": r"\s+(?:\w+\s+){0,3}?(?:supplies|"
             r"vaccines|equipment|aid|ambulances|generators)", "bring": r"\s+(?:home\s+(?:its|their|the)\s+troops|"
             r"(?:its|their|the)\s+troops\s+home)", "scale": r"\s+(?:down|back)\s+(?:its|their|the)\s+(?:military|"
             r"troop|naval)?\s*(?:operations|presence|deployment|offensive)", "plead": r"\s+(?:for|with)",
             "agitate": r"\s+for", "prevail": r"\s+(?:up)?on", "badger": r"\s+(?:\w+\s+){1,3}?to", "tear": r"\s+into",
             "inveigh": r"\s+against", "brand": r"(?=\s+(?:[\w'\u2019]+\s+){0,4}?(?:as\s+)?[\"\u201c]?(?:an?\s+)?"
             r"(?:mercenaries|terrorists?|traitors?|criminals?|spies|puppets?|enemies|enemy|aggressors?|"
             r"occupiers?|invaders?|a\s+threat|illegitimate|illegal))", "object": r"\s+to",
             "shrug": r"\s+off\s+(?:\w+\s+){0,2}?(?:criticism|"
             r"sanctions|warnings|pressure|protests|calls|demands)", "warn": r"\s+off", "shout": r"\s+down",
             "rampage": r"\s+through", "barricade": r"\s+(?:streets|roads|themselves|the\s+(?:streets|roads|entrance))",
             "converge": r"\s+on\s+(?:the\s+)?(?:capital|parliament|square|presidential|streets)",
             "remand": r"\s+(?:[\w-]+\s+){0,4}?in\s+custody",
             "kettle": r"\s+(?:protesters|demonstrators|marchers)", "knife": r"\s+(?:to\s+death)",
             "rape": r"(?=\s+(?:[\w,]+\s+){0,4}(?:women|girls|civilians|villagers))",
             "counterattack": r"(?=\s+(?:and|in|near|on))",
             "gas": r"\s+(?:civilians|villagers|protesters|the\s+town|the\s+village)", "dine": r"\s+with",
             "liaise": r"\s+with", "parley": r"\s+with", "fete": r"(?=\s+(?:visiting|the\s+visiting))",
             "console": r"\s+(?:the\s+)?(?:families|victims|relatives|survivors)", "commiserate": r"\s+with",
             "smear": r"(?=\s+(?:the\s+)?(?:opposition|critics|rivals|activists|journalists))",
             "conscript": r"\s+(?:\w+\s+){0,2}?(?:men|soldiers|youths|students|civilians|reservists)",
             "garrison": r"\s+(?:troops|soldiers|forces)", "resupply": r"(?=\s)"}


def _past(base: str) -> str:
    if base.endswith("e"):
        return base + "d"
    if re.search(r"[^aeiou]y$", base):
        return base[:-1] + "ied"
    return base + "ed"


def _third(base: str) -> str:
    if base.endswith(("s", "sh", "ch", "x", "z", "o")):
        return base + "es"
    if re.search(r"[^aeiou]y$", base):
        return base[:-1] + "ies"
    return base + "s"


def _parts(entry: str) -> tuple[str, str]:
    """The base form of a lexicon entry ("expel:expelled+") and its past, written or derived."""
    base, _, past = entry.rstrip("+").partition(":")
    return base, past or _past(base)


def _forms(entry: str) -> list[str]:
    """The past of a verb, and its third person present when it is marked "+" (for verbs whose
    -s form is not also a common noun: "condemns", but not "attacks" or "demands")."""
    third = entry.endswith("+")
    base, past = _parts(entry)
    forms = [past] + ([_third(base)] if third else [])
    return [f + _PARTICLE.get(base, "") for f in forms]


def _progressive(entry: str) -> str:
    """"urging", "banning": the form of "are urging", "have been pressing"."""
    base, past = _parts(entry)
    return _ing(base, past) + _PARTICLE.get(base, "")


def _ing(base: str, past: str) -> str:
    if past.endswith("ed") and len(past) > 4 and past[-3] == past[-4] and past[-3] not in "aeiou":
        return past[:-2] + "ing"  # "banned" -> "banning"
    if base.endswith("e") and not base.endswith("ee"):
        return base[:-1] + "ing"
    return base + "ing"


def inflections(base: str, past: str | None = None, participle: str | None = None, going: str | None = None) -> set[str]:
    """Every finite form of a verb and its participles: "impose", "imposes", "imposed", "imposing";
    irregular forms as given ("hold", "held", "held"; "begin", "began", "begun", "beginning")."""
    past = past or _past(base)
    return {base, _third(base), past, participle or past, going or _ing(base, past)}


# the auxiliary of a progressive ("are demanding", "has been pressing"), read just before the verb
_NOT_PROGRESSIVE = frozenset({"AGREE", "CONSULT", "SUPPORT", "COOPERATE", "AID"})
_PROGRESSIVE_AUX = r"(?:(?<=\bis\s)|(?<=\bare\s)|(?<=\bwas\s)|(?<=\bwere\s)|(?<=\bbeen\s))"


def _trigger(plover: str, type_: str, cameo: str, verbs: str) -> Trigger:
    forms = sorted({f for entry in verbs.split() for f in _forms(entry)}, key=len, reverse=True)
    # "are demanding", "were detaining": an act under way; not for talks, help and pledges, which
    # in the progressive are mostly a company's or an open-ended process ("is cooperating with")
    going = ("|" + _PROGRESSIVE_AUX + r"(?:" + "|".join(sorted({_progressive(entry) for entry in verbs.split()},
                                                                key=len, reverse=True)) + r")\b"
             if plover not in _NOT_PROGRESSIVE else "")
    # not a modifier of a noun ("the banned party", "a detained activist"): no article just before
    pattern = re.compile(r"(?<!\bthe\s)(?<!\ba\s)(?<!\ban\s)\b(?:" + "|".join(forms) + r")\b" + going, re.IGNORECASE)
    return Trigger(f"verb-{plover.lower()}", pattern, type_, plover, cameo, None, "forward",
                   "political" if plover in ("PROTEST", "CONCEDE") else "diplomatic")


# an act announced for the future ("Germany will train 150 Afghan police officers", "the rebels said
# they would free ten soldiers"): an expression of intent, AGREE, and for a retreat announced, CONCEDE
# (the manual's "announced ... would withdraw troops"); the verbs are those of giving, meeting and
# building that name no act of their own in the lexicon
_INTENT = (r"(?:(?<=\bwill\s)|(?<=\bit\swould\s)|(?<=\bthey\swould\s)|(?<=\bhe\swould\s)|(?<=\bshe\swould\s)|"
           r"(?<=\bis\sto\s)|(?<=\bare\sto\s)|(?<=\bplans\sto\s)|(?<=\bplanned\sto\s)|(?<=\bintends\sto\s)|"
           r"(?<=\bdecided\sto\s)|(?<=\bpledged\sto\s)|(?<=\bvowed\sto\s)|(?<=\bpromised\sto\s)|(?<=\boffered\sto\s)|"
           r"(?<=\bwill\sjointly\s)|(?<=\bwill\salso\s))")
_FORCES = r"(?:\s+(?:its|their|the|all|some|remaining|\d[\d,]*|[\w-]+)){0,3}\s+(?:troops|forces|soldiers|contingent|peacekeepers)"
_CAPTIVES = (r"(?:\s+[\w,-]+){0,5}?\s+(?:prisoners|hostages|detainees|captives|soldiers|activists|journalists|"
             r"political\s+prisoners|(?:\w+\s+)?nationals|fishermen|sailors|crew)")
_IMPOSED = r"(?:\s+[\w-]+){0,3}?\s+(?:sanctions|ban|curfew|restrictions|tariffs|embargo|blockade|state\s+of\s+emergency)"
_INTENDED = {
    "AGREE": ("agree", "030", r"travel send provide train supply grant fund finance invest build host resume join sign "
                              r"attend establish donate share reopen restore open\s+(?:an?|its|their)\s+"
                              r"(?:embassy|consulate|office|border|crossing)"),
    "CONCEDE": ("concede", "080", f"withdraw{_FORCES} pull\\s+out{_FORCES} reduce{_FORCES} free{_CAPTIVES} "
                                  f"release{_CAPTIVES} hand\\s+over{_CAPTIVES} lift{_IMPOSED} ease{_IMPOSED} scrap{_IMPOSED}"),
}


def _intent(plover: str, type_: str, cameo: str, verbs: str) -> Trigger:
    pattern = re.compile(_INTENT + r"(?:" + "|".join(verbs.split()) + r")\b", re.IGNORECASE)
    return Trigger(f"verb-intent-{plover.lower()}", pattern, type_, plover, cameo, None, "forward", "diplomatic")


VERB_TRIGGERS: tuple[Trigger, ...] = (tuple(_trigger(p, t, c, v) for p, (t, c, v) in _LEXICON.items())
                                      + tuple(_intent(p, t, c, v) for p, (t, c, v) in _INTENDED.items()))
