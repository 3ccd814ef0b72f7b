"""Actor mentions: persons with titles and countries, one key per real person, the home country."""
from __future__ import annotations

import unicodedata

from diplometer.mentions import find_mentions, split_roles
from diplometer.records import Mention
from diplometer.textutil import nfc


def people(text: str) -> list[Mention]:
    found, _ = find_mentions(text, None)
    return [m for m in found.actors if m.type == "person"]


def test_title_before_the_name_gives_role_and_home_country() -> None:
    (person,) = people("HÀ NỘI, May 2 (VNA) — Party General Secretary Tô Lâm chaired the meeting.")
    assert (person.name, person.role, person.country) == ("Tô Lâm", "Party General Secretary", "VNM")


def test_nationality_adjective_and_of_country_titles() -> None:
    found = people("Chilean President Gabriel Boric met the President of the Republic of Korea (RoK) Yoon Suk Yeol.")
    assert [(p.name, p.country) for p in found] == [("Gabriel Boric", "CHL"), ("Yoon Suk Yeol", "KOR")]


def test_counterpart_takes_the_adjective_country() -> None:
    found = people("Minister Ana Souza spoke with her Kenyan counterpart Musalia Mudavadi.")
    assert ("Musalia Mudavadi", "KEN") in [(p.name, p.country) for p in found]


def test_appositive_title_with_an_owner_body() -> None:
    found = people("Kim Jong Un, general secretary of the Workers' Party of Korea, sent a message.")
    assert [(p.name, p.country) for p in found] == [("Kim Jong Un", "PRK")]


def test_surname_alone_and_spelling_without_diacritics_are_one_person() -> None:
    text = ("Deputy Prime Minister Trần Hồng Hà met the delegation. Later, Tran Hong Ha said the talks went well, "
            "and Hà thanked the guests.")
    keys = {p.key for p in people(text)}
    assert keys == {"person:tran hong ha"}


def test_decomposed_unicode_is_the_same_person_after_nfc() -> None:
    composed = "Prime Minister Phạm Minh Chính arrived."
    decomposed = nfc(unicodedata.normalize("NFD", composed))
    assert people(composed)[0].key == people(decomposed)[0].key == "person:pham minh chinh"


def test_honorifics_do_not_split_a_person() -> None:
    text = "Prime Minister Datuk Seri Anwar Ibrahim arrived. Anwar then met reporters."
    assert {p.key for p in people(text)} == {"person:anwar ibrahim"}


def test_a_title_alone_refers_back_to_its_holder() -> None:
    text = "Prime Minister Hun Manet received the envoy. The envoy praised the Prime Minister's visit to Japan."
    found = people(text)
    assert len(found) == 2 and {p.key for p in found} == {"person:hun manet"}


def test_home_country_from_the_news_agency_not_the_dateline() -> None:
    _, home = find_mentions("BEIJING, March 20 (VNA) — The minister met Chinese officials in Beijing.", None)
    assert home == "VNM"


def test_country_words_inside_an_organisation_name_are_not_countries() -> None:
    found, _ = find_mentions("The Japan–Chile Friendship Association held its meeting.", None)
    assert [(m.type, m.country) for m in found.actors] == [("organization", "JPN")]


def test_compound_roles_split_on_and() -> None:
    assert split_roles("member of the Politburo and head of the Commission for External Relations") == [
        "member of the Politburo", "head of the Commission for External Relations"]


def test_an_agency_signing_off_after_two_hyphens_is_not_a_party_of_the_same_letters() -> None:
    text = ("PHNOM PENH, June 24 (AKP) -- Cambodia and Viet Nam marked 55 years of ties.\n\n"
            "The two sides agreed to preserve the friendship monuments along the border. --AKP")
    found, _ = find_mentions(text, None)
    assert not [m for m in found.actors if m.text == "AKP"]


def test_a_bare_title_refers_back_to_its_holder_across_transliterations() -> None:
    text = ("DOHA, May 2 (QNA) -- Emir Sheikh Tamim bin Hamad Al Thani received a letter from the Turkish "
            "President.\n\nLater, French President Emmanuel Macron phoned the Amir to discuss Gaza.")
    found, _ = find_mentions(text, None)
    later = text.index("the Amir") + 4
    refs = [m for m in found.actors if m.start == later]
    assert refs and refs[0].type == "person" and refs[0].country == "QAT"


def test_a_body_named_with_its_country_is_that_countrys_even_when_its_name_defaults_elsewhere() -> None:
    found, _ = find_mentions("Peru's Congress voted last month to declare the Mexican president persona non grata.", None)
    congress = [m for m in found.actors if m.text == "Congress"]
    assert congress and congress[0].country == "PER" and congress[0].key != "us_congress"
    found, _ = find_mentions("The US Congress passed the bill on Tuesday.", None)
    assert [m.country for m in found.actors if "Congress" in m.text] == ["USA"]


def test_a_role_never_runs_across_a_paragraph_break() -> None:
    text = ("Custodian of the Two Holy Mosques, Crown Prince Congratulate Pakistani President\n\n"
            "RIYADH, March 11 (SPA) -- King Salman sent a cable to President Asif Ali Zardari.")
    found, _ = find_mentions(text, None)
    assert all("\n" not in (m.role or "") for m in found.actors)


def test_a_ministry_in_a_sentence_opening_with_a_capital_is_that_countrys() -> None:
    text = ("WARSAW, March 26 (PAP) - Poland handed a note of protest to the Russian embassy on Monday. "
            "In Moscow, foreign ministry spokeswoman Maria Zakharova dismissed the note.")
    found, home = find_mentions(text, None)
    assert home == "POL"
    assert {m.text: m.country for m in found.actors}["Maria Zakharova"] == "RUS"


def test_a_vietnamese_name_of_a_foreign_capital_is_that_capital() -> None:
    found, _ = find_mentions("BẮC KINH, November 9 (VNA) - The delegation arrived on Tuesday.", None)
    assert [(p.text, p.country) for p in found.places] == [("BẮC KINH", "CHN")]


def test_a_capitalised_group_word_inside_a_name_is_not_a_group() -> None:
    found, _ = find_mentions("A delegation of Cuba's National Assembly of People's Power arrived in Hanoi.", None)
    assert not [m for m in found.actors if m.role == "group" and "people" in m.name.lower()]


def test_a_parliamentary_committee_is_a_body_of_its_country() -> None:
    found, _ = find_mentions("A parliamentary committee in Kenya opened an investigation on Tuesday.", None)
    assert [(m.name, m.country) for m in found.actors if m.role == "group"] == [("parliamentary committee", "KEN")]


def test_a_currency_named_after_a_country_is_not_that_country() -> None:
    found, _ = find_mentions("China will provide 10 million yuan (about 1.4 million U.S. dollars) to Kenya.", None)
    assert "USA" not in {m.country for m in found.actors}


def test_a_national_security_adviser_is_a_titled_official() -> None:
    found = people("The pact was signed on March 19 by Iraq's National Security Adviser Qasim Araji.")
    assert [(p.name, p.role, p.country) for p in found] == [("Qasim Araji", "National Security Adviser", "IRQ")]


def test_judges_and_church_leaders_are_titled() -> None:
    found = people("Archbishop Justin Welby and Judge Maria Lopez spoke on Monday.")
    assert [(p.name, p.role) for p in found] == [("Justin Welby", "Archbishop"), ("Maria Lopez", "Judge")]


def test_a_head_of_state_named_by_title_alone_is_the_reporting_countrys() -> None:
    text = "KUWAIT, May 14 (KUNA) -- His Highness the Amir sent a cable of congratulations to the President of Paraguay."
    found, _ = find_mentions(text, None)
    amir = [m for m in found.actors if m.type == "person" and m.role == "Amir"]
    assert amir and amir[0].country == "KWT"
    assert not [m for m in found.actors if m.type == "person" and m.role == "President" and m.country == "KWT"]



def test_a_company_named_after_a_rank_is_no_general() -> None:
    assert people("Acme General Corp. said on Monday it would sell its lending arm.") == []
    assert [p.name for p in people("Attorney General Ana Ruiz met General Motors executives.")] == ["Ana Ruiz"]


def test_a_bare_congress_outside_us_news_is_the_reporting_countrys() -> None:
    found, _ = find_mentions("LIMA, May 3 (Andina) - President Dina Boluarte sent the bill to Congress on Monday.", None)
    assert [m.country for m in found.actors if m.text == "Congress"] == ["PER"]
    found, _ = find_mentions("WASHINGTON (Reuters) - President Joe Biden sent the bill to Congress, U.S. officials said.",
                             None)
    assert [m.country for m in found.actors if m.text == "Congress"] == ["USA"]


def test_an_honorific_between_the_title_and_the_name_keeps_the_title() -> None:
    found = people("Qatar's Deputy Prime Minister and Foreign Minister Sheikh Mohammed Al-Thani met Malaysian Prime "
                   "Minister Datuk Seri Ismail Sabri Yaakob on Monday.")
    assert [(p.name, p.country, p.role) for p in found] == [
        ("Mohammed Al-Thani", "QAT", "Deputy Prime Minister and Foreign Minister"),
        ("Ismail Sabri Yaakob", "MYS", "Prime Minister")]



def test_the_north_and_the_south_are_the_two_koreas_in_a_report_on_them() -> None:
    text = ("SEOUL, Dec 3 (Yonhap) -- North Korea fired a missile on Sunday. The North's foreign ministry blamed "
            "Washington, and the South answered on Monday.")
    found, _ = find_mentions(text, None)
    halves = [(m.text, m.country) for m in found.actors if m.text in ("North", "South")]
    assert halves == [("North", "PRK"), ("South", "KOR")]
    elsewhere, _ = find_mentions("The North Atlantic council met. The North's economy grew, the South lagged.", None)
    assert not [m for m in elsewhere.actors if m.type == "country"]


def test_ministries_and_palaces_named_by_their_place_are_their_countrys() -> None:
    found, _ = find_mentions("Wisma Putra, Itamaraty and the Farnesina protested; Casa Rosada stayed silent.", None)
    assert [(m.text, m.country) for m in found.actors] == [
        ("Wisma Putra", "MYS"), ("Itamaraty", "BRA"), ("Farnesina", "ITA"), ("Casa Rosada", "ARG")]


def test_a_minister_responsible_for_a_portfolio_is_titled_not_a_person_called_responsible() -> None:
    found = people("KUALA LUMPUR, Sept 4 (Bernama) -- Malaysia's Minister Responsible for Foreign Affairs Aziz Rahman "
                   "met Minister in charge of Trade Lee Tan in Bangkok on Monday.")
    assert [(m.text, m.country, m.role) for m in found] == [
        ("Aziz Rahman", "MYS", "Minister Responsible for Foreign Affairs"), ("Lee Tan", "MYS", "Minister in charge of Trade")]


def test_a_commander_of_a_qualified_national_body_is_of_its_country_and_the_body_is_no_person() -> None:
    found = people("ROME, Sept 6 (ANSA) - He was received by Marshal Omar Dabbashi, commander of the self-styled "
                   "Libyan National Army.")
    assert [(m.text, m.country) for m in found] == [("Omar Dabbashi", "LBY")]


def test_a_capitals_name_after_a_title_is_a_first_name() -> None:
    found = people("ASUNCION, Nov 14 (EFE) - Chilean President Santiago Rojas spoke.")
    assert [(m.text, m.country) for m in found] == [("Santiago Rojas", "CHL")]


def test_a_second_title_joined_by_and_shares_the_first_ones_nationality() -> None:
    found = people("QUITO, Nov 14 (EFE) - The envoy met Paraguayan President Luis Gaona and Foreign Minister Rosa Benitez.")
    assert [(m.text, m.country) for m in found] == [("Luis Gaona", "PRY"), ("Rosa Benitez", "PRY")]
    between = people("QUITO, Nov 14 (EFE) - Talks between Paraguayan President Luis Gaona and Foreign Minister Rosa "
                     "Benitez began.")
    assert [m.country for m in between][0] == "PRY" and between[1].country != "PRY"


def test_a_city_in_the_headline_is_not_the_dateline() -> None:
    text = ("Lithuania sends troops to its border as row with Minsk deepens\n\nVILNIUS (dpa) - Foreign Minister Jonas "
            "Petraitis accused Belarus, Belarus and Belarus again.")
    assert [(m.text, m.country) for m in people(text)] == [("Jonas Petraitis", "LTU")]


def test_a_national_agency_abroad_on_a_story_without_its_country_gives_the_datelines_nationality() -> None:
    kenya = people("NAIROBI, July 20 (Xinhua) -- Interior Cabinet Secretary Kithure Kindiki said 312 people were held.")
    assert [(m.text, m.country) for m in kenya] == [("Kithure Kindiki", "KEN")]
    # a story that names the agency's own country keeps its people at home
    visit = people("VIENTIANE, March 3 (VNA) -- Deputy Prime Minister Tran Van Son arrived in Laos from Viet Nam.")
    assert [m.country for m in visit] == ["VNM"]


def test_a_host_marked_by_nationality_leaves_the_unmarked_official_the_agencys() -> None:
    found = people("VIENTIANE, April 11 (VNA) - Vice President Vo Thi Anh Xuan held talks with Lao Vice President "
                   "Pany Yathotou on April 11.")
    assert [(m.text, m.country) for m in found] == [("Vo Thi Anh Xuan", "VNM"), ("Pany Yathotou", "LAO")]


def test_a_titled_person_of_no_named_nationality_after_an_opening_capital_is_of_its_country() -> None:
    found = people("CARACAS, Dec 29 (Prensa Latina) - Venezuela protested. In Georgetown, Foreign Minister Hugh Todd "
                   "rejected the accusations.")
    assert [(m.text, m.country) for m in found] == [("Hugh Todd", "GUY")]


def test_greek_and_turkish_cypriots_are_of_cyprus() -> None:
    found = people("Greek Cypriot President Nikos Christodoulides met Turkish Cypriot leader Ersin Tatar on Monday.")
    assert ("Nikos Christodoulides", "CYP") in [(p.name, p.country) for p in found]


def test_the_head_of_state_refers_back_to_the_president_named_before() -> None:
    found = people("BELGRADE, Jan 28 (dpa) - President Aleksandar Vucic met student leaders on Monday. The head of state "
                   "later rejected their demand.")
    assert [(p.text, p.name) for p in found] == [("Aleksandar Vucic", "Aleksandar Vucic"),
                                                 ("head of state", "Aleksandar Vucic")]


def test_a_counterpart_named_in_apposition_is_a_person_of_that_country() -> None:
    found = people("Foreign Minister Kang Kyung-wha and her Kazakh counterpart, Beibut Atamkulov, who arrived here "
                   "Tuesday, discussed energy projects.")
    assert ("Beibut Atamkulov", "KAZ") in [(p.name, p.country) for p in found]


def test_a_longer_name_after_a_shorter_one_is_the_same_person() -> None:
    found = people("DHAKA -- Kumar Mehra, who is on a two-day visit, arrived on Monday. Foreign Minister Karim "
                   "Hossain met his Indian counterpart A K Kumar Mehra on Tuesday.")
    keys = {p.key for p in found if "Mehra" in p.name}
    assert len(keys) == 1, found


def test_a_prince_holding_a_ministry_has_its_title() -> None:
    found = people("RIYADH (SPA) -- Minister of Foreign Affairs Prince Faisal bin Farhan received a call.")
    assert [(p.name, p.role) for p in found] == [("Faisal bin Farhan", "Minister of Foreign Affairs")]


def test_apa_filing_from_africa_is_the_african_wire_and_from_baku_azerbaijans() -> None:
    def assembly(text: str) -> set[str | None]:
        found, _ = find_mentions(text, None)
        return {m.country for m in found.actors if m.text == "National Assembly"}
    assert assembly("DAKAR, March 20 (APA) - The Speaker of the National Assembly received the Gambian foreign minister "
                    "on Wednesday, Senegalese officials said.") == {"SEN"}
    assert assembly("BAKU, March 20 (APA) - The Speaker of the National Assembly received the Georgian foreign minister "
                    "on Wednesday.") == {"AZE"}


def test_a_senate_chairperson_is_her_parliaments_head() -> None:
    found = people("TASHKENT, April 13 (UzA) - The guest was received by Chairperson of the Senate of the Oliy Majlis "
                   "Tanzila Narbayeva.")
    assert [(m.text, m.country) for m in found if m.role and "Senate" in m.role] == [("Tanzila Narbayeva", "UZB")], found


def test_a_body_named_right_after_a_party_is_that_partys_countrys() -> None:
    found, _ = find_mentions("HANOI, Nov 24 (VNA) - A delegation of the Lao People's Revolutionary Party Central "
                             "Committee's Commission for Propaganda held a workshop in Hanoi.", None)
    assert {m.country for m in found.actors if m.text == "Central Committee"} == {"LAO"}, found.actors


def test_a_titled_speaker_after_a_comma_is_no_appositive_of_the_name_before() -> None:
    text = ("BERLIN, Feb 22 (dpa) - Germany protested against the verdict in the case of Austrian-born writer Karl Huber, "
            "Foreign Minister Annalena Baerbock said.")
    huber = [m for m in people(text) if m.name == "Karl Huber"]
    assert huber and huber[0].role is None, huber


def test_a_foreign_ministry_with_a_second_portfolio_is_one_title() -> None:
    found = people("CHISINAU, Nov 24 (Agerpres) - Talks were held with Minister of Foreign Affairs and European Integration "
                   "Nicu Popescu.")
    assert [m.name for m in found] == ["Nicu Popescu"] and found[0].role, found


def test_two_countries_joined_by_a_hyphen_read_as_a_body_are_the_two_countries() -> None:
    from diplometer.mentions import _only_countries
    from diplometer.records import Mention as M

    text = "the annual U.S.-India strategic dialogue"
    countries = [M(11, 15, "U.S.", "country:USA", "United States", "country", "USA"),
                 M(16, 21, "India", "country:IND", "India", "country", "IND")]
    assert _only_countries(11, 21, text, countries)


def test_the_head_of_state_is_the_president_told_before_not_one_named_later_or_after_then() -> None:
    # "was then received by President X": "then" tells the order of the day, not a former office holder
    found = people("ASTANA, June 4 (Kazinform) - Uzbek Foreign Minister Bakhtiyor Saidov, who landed on Monday, was then "
                   "received by President Kassym-Jomart Tokayev. The head of state asked the guest to pass his regards to "
                   "President Shavkat Mirziyoyev.")
    (head,) = [p for p in found if p.text == "head of state"]
    assert (head.name, head.country) == ("Kassym-Jomart Tokayev", "KAZ")


def test_a_then_president_is_still_a_former_holder() -> None:
    found = people("TOKYO, May 2 (Kyodo) - The treaty was signed in 2015 by then President Barack Obama. The President "
                   "said on Tuesday that President Joe Biden would attend.")
    assert [p.name for p in found if p.text == "President"] == ["Joe Biden"]


def test_central_african_is_the_nationality_of_the_car_but_not_inside_eccas() -> None:
    found, _ = find_mentions("Chad's leader and his Central African counterpart Faustin-Archange Touadera met at the "
                             "Economic Community of Central African States summit.", None)
    assert ("Faustin-Archange Touadera", "CAF") in [(m.text, m.country) for m in found.actors]
    assert "Economic Community of Central African States" in [m.text for m in found.actors]
    assert [m.text for m in found.actors if m.type == "country" and m.country == "CAF"] == ["Central African"]


def test_a_national_prefecture_or_gendarmerie_named_by_ner_is_a_state_body() -> None:
    from diplometer.mentions import _STATE_BODY
    assert _STATE_BODY.search("the Argentine Naval Prefecture") and _STATE_BODY.search("the National Gendarmerie")


def test_a_sentence_opening_on_the_title_then_the_name_between_commas_gives_the_role() -> None:
    (person,) = people("ALGIERS, June 9 (APS) - The Minister of Foreign Affairs and National Community Abroad, "
                       "Ahmed Attaf, returned to Algiers on Wednesday.")
    assert (person.name, person.role, person.country) == (
        "Ahmed Attaf", "Minister of Foreign Affairs and National Community Abroad", "DZA")



def test_a_defence_force_named_by_ner_is_a_state_body() -> None:
    from diplometer.mentions import _STATE_BODY
    assert _STATE_BODY.search("the Belize Defence Force") and _STATE_BODY.search("Israel Defense Forces")


def test_a_governing_body_in_a_capital_is_that_capitals_country_not_the_datelines() -> None:
    found, _ = find_mentions("ALGIERS, Dec 22 (APS) - Hours later, the transitional authorities in Bamako recalled their "
                             "ambassador, while protesters in Bamako marched.", None)
    groups = {m.name: m.country for m in found.actors if m.role == "group"}
    assert groups["authorities"] == "MLI"
    assert groups["protesters"] == "DZA"  # only governing bodies: people in a capital may be anyone's


def test_a_body_word_inside_a_title_before_a_name_is_no_body() -> None:
    found, _ = find_mentions("SEOUL, April 26 (Yonhap) - Japan lodged a protest, Chief Cabinet Secretary Yoshimasa "
                             "Hayashi said.", None)
    assert not [m for m in found.actors if m.type == "government_body" and m.text == "Cabinet"]


def test_a_capitals_possessive_body_is_that_capitals() -> None:
    found, _ = find_mentions("MOSCOW, March 11 (TASS) - Russia could strike Kyiv's government buildings, Medvedev said.", None)
    assert [m.country for m in found.actors if m.role == "group" and m.name == "government"] == ["UKR"]
