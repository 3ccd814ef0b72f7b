from __future__ import annotations

from datetime import date

import pytest

from diplometer.noun_triggers import noun_hits
from diplometer.pipeline import extract
from diplometer.records import Article, Sentence
from diplometer.verb_triggers import inflections


def hits(text: str) -> list[tuple[str, str]]:
    return [(h.trigger.plover, text[h.start:h.end]) for h in noun_hits(Sentence(0, len(text), text))]


def plovers(text: str) -> list[str]:
    return [e.plover for e in extract(Article(id="t", text=text, date=date(2024, 3, 14)), None).events]


def test_inflections_give_every_finite_form_and_the_irregular_ones_as_written() -> None:
    assert inflections("impose") == {"impose", "imposes", "imposed", "imposing"}
    assert inflections("slap", "slapped") == {"slap", "slaps", "slapped", "slapping"}
    assert inflections("begin", "began", "begun", "beginning") == {"begin", "begins", "began", "begun", "beginning"}


@pytest.mark.parametrize("text, plover, words", [
    ("Ankara has been carrying out a series of drone strikes on PKK positions.", "ASSAULT",
     "carrying out a series of drone strikes"),
    ("Brussels will slap punitive tariffs on steel from the two countries.", "SANCTION", "slap punitive tariffs"),
    ("Nurses staged a nationwide strike over pay on Tuesday.", "PROTEST", "staged a nationwide strike"),
    ("The foreign ministry lodged a complaint with the Dutch embassy.", "ACCUSE", "lodged a complaint"),
    ("The junta eased the curfew in the capital.", "RETREAT", "eased the curfew"),
    ("Quito broke off diplomatic ties with Mexico City.", "SANCTION", "broke off diplomatic ties"),
    ("The rebels brushed aside calls for a truce.", "REJECT", "brushed aside calls"),
    ("The cabinet bowed to the demands of the striking miners.", "CONCEDE", "bowed to the demands"),
    ("Hanoi accepted an invitation to the summit.", "AGREE", "accepted an invitation"),
    ("The militia declared a unilateral ceasefire.", "RETREAT", "declared a unilateral ceasefire"),
    ("The two factions reached a truce after mediation.", "AGREE", "reached a truce"),
    ("Moscow has been massing troops along the border.", "MOBILIZE", "massing troops"),
    ("Prosecutors dropped the charges against the opposition leader.", "CONCEDE", "dropped the charges"),
])
def test_a_verb_of_doing_and_the_noun_of_an_act_make_one_act(text: str, plover: str, words: str) -> None:
    assert hits(text)[:1] == [(plover, words)]


def test_the_noun_nearest_the_verb_names_the_act() -> None:
    # an inquiry into an attack is an inquiry, not the attack
    assert hits("The UN launched an inquiry into the attack on the convoy.")[0][0] == "ACCUSE"


def test_no_act_without_its_noun_nor_across_a_clause() -> None:
    assert hits("The company launched a new phone in Seoul.") == []
    assert hits("The ministry issued a profit warning for the state airline.") == []
    # the gap never steps over a conjunction into another clause
    assert hits("The army launched a probe and troops later staged raids.")[0][1] == "launched a probe"


@pytest.mark.parametrize("text, plover", [
    ("Kenyan teachers went on an indefinite strike on Monday, the union said.", "PROTEST"),
    ("Seoul called off its annual consultations with Tokyo on Monday.", "SANCTION"),
    ("Lithuania levied punitive duties on Belarusian fertiliser on Wednesday.", "SANCTION"),
    ("Greece voiced strong condemnation of the Turkish drilling on Monday.", "ACCUSE"),
])
def test_acts_named_by_a_noun_become_events(text: str, plover: str) -> None:
    assert plover in plovers(text)


@pytest.mark.parametrize("text, plover", [
    ("South African mineworkers' unions suspended their nationwide strike over wages on Friday.", "CONCEDE"),
    ("Zambian teachers ended their national strike over salaries on Monday.", "CONCEDE"),
    ("Qatar deposited two billion dollars in Egypt's central bank on Sunday to support the pound.", "AID"),
    ("Kenya's government reversed its ban on imports of genetically modified maize on Monday.", "CONCEDE"),
])
def test_ending_a_protest_handing_over_money_and_reversing_a_ban(text: str, plover: str) -> None:
    assert plovers(text) == [plover]


def test_talks_discussed_with_a_partner_take_the_mode_of_the_call() -> None:
    found = extract(Article(id="t", text="Kenyan President William Ruto discussed the Sudan crisis with Egyptian President "
                                         "Abdel Fattah al-Sisi in a phone call on Monday.", date=date(2024, 3, 14)), None).events
    assert [(e.type, e.plover) for e in found] == [("phone_call", "CONSULT")]
    found = extract(Article(id="t", text="Philippine Defence Secretary Gilberto Teodoro discussed the incident by phone with "
                                         "Australian Defence Minister Richard Marles on Tuesday.", date=date(2024, 3, 14)),
                    None).events
    assert [(e.type, e.trigger) for e in found] == [("phone_call", "discussed the incident by phone with")]


@pytest.mark.parametrize("text, plover", [
    ("Bolivia's President Evo Morales dropped his bid for a fourth term on Sunday after the referendum defeat.", "CONCEDE"),
    ("Canada removed the Taliban from its list of terrorist entities on Friday.", "CONCEDE"),
    ("Colombia handed over to the United States a suspected drug lord on Thursday.", "COOPERATE"),
    ("Germany made its final compensation payment to Namibia on Tuesday.", "AID"),
    ("The presidents of Kazakhstan and Uzbekistan inaugurated a gas pipeline on Monday.", "COOPERATE"),
])
def test_candidacies_given_up_lists_left_fugitives_handed_over_payments_and_works_opened(text: str, plover: str) -> None:
    assert plovers(text) == [plover]


def test_leaving_a_bloc_is_a_sanction_not_a_retreat() -> None:
    assert plovers("Niger announced its withdrawal from the Economic Community of West African States on Sunday.") == [
        "SANCTION"]
    assert plovers("The company opened a new pipeline in Texas on Monday.") == []


def test_talks_discussed_after_the_meeting_is_told_are_that_meeting() -> None:
    text = ("Kenyan President William Ruto held talks with Egyptian President Abdel Fattah al-Sisi in Cairo on Monday. "
            "Ruto also discussed the Nile dam with Sisi.")
    found = extract(Article(id="t", text=text, date=date(2024, 3, 14)), None).events
    assert [e.type for e in found if e.plover == "CONSULT"] == ["meeting"]


def test_fire_on_a_crowd_and_a_month_that_is_no_march() -> None:
    assert plovers("Police in Nairobi fired live bullets and tear gas at protesters on Tuesday.") == ["ASSAULT"]
    assert plovers("Zimbabwean riot police used water cannon on striking teachers in Harare on Monday.") == ["COERCE"]
    assert hits("The accord was signed in Nairobi on March 1 by the two leaders.") == []


@pytest.mark.parametrize("text, plover", [
    ("Belarus released opposition politician Mikola Statkevich from prison on Thursday.", "RETREAT"),
    ("Kazakh President Kassym-Jomart Tokayev signed a decree on Monday pardoning 30 jailed protesters.", "CONCEDE"),
    ("Rwanda has offered 500 troops for the African Union force in Mozambique, its army said on Monday.", "AGREE"),
    ("Iran test-fired a new medium-range ballistic missile on Sunday, state television said.", "MOBILIZE"),
    ("The United States withheld 300 million dollars in military aid to Egypt on Tuesday.", "SANCTION"),
    ("Sudan allowed the first U.N. aid convoys to enter Darfur on Monday.", "RETREAT"),
    ("Azerbaijani forces captured three Armenian soldiers near Lachin on Monday.", "ASSAULT"),
    ("Tuareg rebels moved hundreds of fighters toward Kidal on Saturday, Malian officials said.", "MOBILIZE"),
])
def test_releases_pardons_offers_tests_cancellations_access_and_captures(text: str, plover: str) -> None:
    assert plover in plovers(text)


@pytest.mark.parametrize("text", [
    "A federal judge on Wednesday approved a $300 million settlement of a lawsuit against three banks.",
    "The pipeline meets a fifth of demand for crude in the region.",
    "A bankruptcy judge also granted a request by the airline for an extension of its exclusive period.",
    "The coast guard has expanded missions since the attacks, officials said.",
    "Rome Acquisition said it would deliver a definitive offer by Monday.",
])
def test_business_news_with_the_words_of_acts_is_no_event(text: str) -> None:
    assert plovers(text) == []


@pytest.mark.parametrize(("text", "plover"), [
    # an unpopular measure dropped under pressure; a decree allowing what was banned
    ("Facing a week of strikes, Peru's government suspended the increase in bus fares on Friday.", "CONCEDE"),
    ("The emir issued a decree on Monday permitting opposition newspapers to publish again.", "CONCEDE"),
    ("Mongolia abolished the exit visa requirement for its citizens on Tuesday.", "CONCEDE"),
    # aid paused, vessels handed over, proceedings launched, vetoes, grievances dismissed
    ("The World Bank's biggest donor, Germany, paused 40 million euros in budget assistance to Mali on Monday.", "SANCTION"),
    ("Japan transferred two patrol vessels to the Philippine coast guard on Thursday.", "AID"),
    ("The European Commission launched infringement proceedings against Hungary on Wednesday.", "ACCUSE"),
    ("Russia vetoed a draft resolution on Syria at the Security Council on Friday.", "REJECT"),
    ("Canberra dismissed the grievances circulated by the embassy on Tuesday.", "REJECT"),
    # ordnance fired at a target, weapons unveiled, armour moved, fighting with clubs
    ("Militants fired mortar rounds at an army post near Kandahar on Sunday.", "ASSAULT"),
    ("North Korea unveiled a new solid-fuel missile at a military parade on Monday.", "MOBILIZE"),
    ("Russia moved dozens of tanks into Belarus on Wednesday.", "MOBILIZE"),
    ("Border guards of the two countries fought with stones and sticks in the Pamir mountains on Sunday.", "ASSAULT"),
    # support thrown behind, relief carried in, media suspended, status stripped, inquiries opened
    ("Kenya threw its weight behind Raila Odinga's bid to chair the African Union Commission on Monday.", "SUPPORT"),
    ("A Turkish cargo plane landed in Benghazi on Tuesday carrying tents and medical supplies for flood victims.", "AID"),
    ("Mali's junta suspended the French broadcaster France 24 on Thursday.", "COERCE"),
    ("Cambodian authorities stripped the main opposition party of its registration on Friday.", "COERCE"),
    ("The opening of an investigation into the former minister was announced by prosecutors in Lima on Monday.", "ACCUSE"),
    # a delegation in a capital for talks, leaders sitting down for hours, readiness to negotiate
    ("A Chinese trade delegation was in Canberra this week for talks with Australian officials.", "CONSULT"),
    ("Modi and Xi sat down for nearly an hour in Kazan on Wednesday.", "CONSULT"),
    ("The Sudanese army said on Monday it was ready to open talks with the RSF in Jeddah.", "AGREE"),
    ("Troops from India and Mongolia took part in the annual Nomadic Elephant exercises near Ulaanbaatar on Monday.",
     "COOPERATE"),
])
def test_readings_of_acts_told_with_their_object(text: str, plover: str) -> None:
    assert plover in plovers(text)


def test_weapons_an_attack_was_carried_out_with_are_its_means_not_a_launch() -> None:
    assert "MOBILIZE" not in plovers("Before his arrival, the U.S. envoy described the attacks carried out with drones "
                                     "and cruise missiles on Saturday as an act of war.")


def test_a_government_bureau_is_a_state_body_and_relief_trains_carry_aid() -> None:
    """A bureau's ships hit with water cannon are a state's, not a company's; a convoy or train
    carrying relief is aid."""
    assert plovers("On Saturday, Chinese vessels used water cannons against two Bureau of Fisheries and Aquatic "
                   "Resources ships near Scarborough Shoal.") == ["COERCE"]
    assert "AID" in plovers("Kazakhstan said a train carrying 3,000 tonnes of wheat and flour left for Afghanistan on "
                            "Monday.")


@pytest.mark.parametrize(("text", "plover"), [
    ("Presidents Lula and Petro discussed deforestation on the sidelines of the Ibero-American summit on Friday.", "CONSULT"),
    ("UN peacekeepers began deploying along the Lebanese border on Tuesday.", "AID"),
    ("Thai election authorities barred six opposition candidates from contesting the March vote on Monday.", "COERCE"),
    ("Bangladesh's parliament passed a resolution on Monday expressing solidarity with the people of Gaza.", "SUPPORT"),
])
def test_talks_at_a_summit_peacekeepers_deploying_candidates_barred_and_resolutions(text: str, plover: str) -> None:
    assert plover in plovers(text)


def test_an_ibero_american_summit_is_no_american_side_and_a_possessive_time_names_a_thing() -> None:
    found = extract(Article(id="t", text="Presidents Lula and Petro discussed the Amazon on the sidelines of the "
                                         "Ibero-American summit on Friday.", date=date(2024, 3, 14)), None).events
    assert all("USA" not in {r.country for r in e.actors + e.counterparts} for e in found)
    found = extract(Article(id="t", text="Thai election authorities on Monday barred six opposition candidates from "
                                         "contesting September's vote.", date=date(2024, 3, 14)), None).events
    assert [e.date.start for e in found] == [date(2024, 3, 11)]

