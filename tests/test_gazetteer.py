"""Tests for the gazetteer: data files, lookups and the three finders."""
from __future__ import annotations

import re
import time
import unicodedata

import pytest

from diplometer import gazetteer as gz
from diplometer.textutil import nfc

# --------------------------------------------------------------------------- helpers


def places(text: str) -> list[tuple[str, str]]:
    return [(m.text, m.iso3) for m in gz.find_places(text)]


def place_codes(text: str) -> list[str]:
    return [m.iso3 for m in gz.find_places(text)]


def org_keys(text: str) -> list[str]:
    return [m.key for m in gz.find_organizations(text)]


def titles(text: str) -> list[tuple[str, str]]:
    return [(m.text, m.level) for m in gz.find_titles(text)]


# --------------------------------------------------------------------------- data files


def test_countries_file_shape() -> None:
    rows = gz.countries()
    assert len(rows) >= 195
    codes = [c.iso3 for c in rows]
    assert len(codes) == len(set(codes))
    assert all(re.fullmatch(r"[A-Z]{3}", code) for code in codes)
    assert {c.region for c in rows} <= set(gz.REGIONS)
    assert all(c.name and c.subregion for c in rows)


@pytest.mark.parametrize("code", ["TWN", "PSE", "XKX", "VAT", "HKG", "MAC", "VNM", "LAO", "KHM", "SSD"])
def test_required_entities_present(code: str) -> None:
    assert gz.country(code) is not None


def test_organizations_and_titles_files() -> None:
    orgs = gz.organizations()
    assert len({o.key for o in orgs}) == len(orgs)
    assert {o.type for o in orgs} <= {"organization", "party", "government_body"}
    assert all(o.country is None or gz.country(o.country) for o in orgs)
    levels = {"head_of_party", "head_of_state", "head_of_government", "foreign_minister", "minister",
              "parliament_head", "parliament", "deputy_head_of_state", "deputy_head_of_government",
              "diplomat", "party_official", "people_org", "military", "official"}
    assert {t.level for t in gz.titles()} <= levels
    assert {t.pillar for t in gz.titles()} <= {"party", "state", "people"}


# --------------------------------------------------------------------------- lookups


@pytest.mark.parametrize(("query", "code"), [
    ("VNM", "VNM"), ("vnm", "VNM"), ("Viet Nam", "VNM"), ("việt nam", "VNM"), ("Vietnam", "VNM"),
    ("Vietnamese", "VNM"), ("Socialist Republic of Viet Nam", "VNM"), ("Lao PDR", "LAO"), ("Laos", "LAO"),
    ("Lao People’s Democratic Republic", "LAO"), ("Türkiye", "TUR"), ("turkey", "TUR"), ("Korea", "KOR"),
    ("Korean", "KOR"), ("DPRK", "PRK"), ("North Korean", "PRK"), ("Russian Federation", "RUS"),
    ("U.S.", "USA"), ("Britain", "GBR"), ("Czech Republic", "CZE"), ("Ivory Coast", "CIV"),
    ("Cote d'Ivoire", "CIV"), ("Burma", "MMR"), ("East Timor", "TLS"), ("Holland", "NLD"),
    ("the Philippines", "PHL"), ("Hà Nội", "VNM"), ("Vatican", "VAT"), ("Hong Kong", "HKG"), ("Solomons", "SLB"),
])
def test_country_lookup(query: str, code: str) -> None:
    found = gz.country(query)
    assert found is not None and found.iso3 == code


def test_country_lookup_unknown_and_region() -> None:
    assert gz.country("Atlantis") is None
    assert gz.region_of("VNM") == ("Asia", "South-eastern Asia")
    assert gz.region_of("usa") == ("Americas", "Northern America")
    assert gz.region_of("XXX") is None
    assert gz.country("VNM").name == "Viet Nam"


def test_organization_lookup() -> None:
    assert gz.organization("cpv").country == "VNM"
    assert gz.organization("Communist Party of Vietnam").key == "cpv"
    assert gz.organization("nowhere") is None


# --------------------------------------------------------------------------- places


def test_vietnam_spellings_and_offsets() -> None:
    text = "Việt Nam, Viet Nam, Vietnam and VIET NAM; Viet Nam’s stance; Hà Nội, Ha Noi and Hanoi."
    found = gz.find_places(text)
    assert [m.iso3 for m in found] == ["VNM"] * 8
    assert [m.kind for m in found][-3:] == ["capital"] * 3
    assert all(text[m.start:m.end] == m.text for m in found)
    assert found[4].text == "Viet Nam"  # the possessive is left out


def test_decomposed_input_after_nfc() -> None:
    decomposed = unicodedata.normalize("NFD", "Quan hệ Việt Nam – Lào ở Hà Nội")
    assert decomposed != nfc(decomposed)
    text = nfc(decomposed)
    found = gz.find_places(text)
    assert [(m.text, m.iso3) for m in found] == [("Việt Nam", "VNM"), ("Lào", "LAO"), ("Hà Nội", "VNM")]


@pytest.mark.parametrize(("text", "expected"), [
    ("China's position", [("China", "CHN")]),
    ("the U.S.'s allies", [("U.S.", "USA")]),
    ("Türkiye’s and Turkey's", [("Türkiye", "TUR"), ("Turkey", "TUR")]),
    ("Lao PDR, Laos, the Lao People's Democratic Republic and Lao officials",
     [("Lao PDR", "LAO"), ("Laos", "LAO"), ("Lao People's Democratic Republic", "LAO"), ("Lao", "LAO")]),
    ("the Republic of Korea and the Democratic People’s Republic of Korea",
     [("Republic of Korea", "KOR"), ("Democratic People’s Republic of Korea", "PRK")]),
    ("the People's Republic of China", [("People's Republic of China", "CHN")]),
    ("Papua New Guinea, Equatorial Guinea, Guinea-Bissau and Guinea",
     [("Papua New Guinea", "PNG"), ("Equatorial Guinea", "GNQ"), ("Guinea-Bissau", "GNB"), ("Guinea", "GIN")]),
    ("Nigeria and Niger; Sudan and South Sudan; Dominica and the Dominican Republic",
     [("Nigeria", "NGA"), ("Niger", "NER"), ("Sudan", "SDN"), ("South Sudan", "SSD"), ("Dominica", "DMA"),
      ("Dominican Republic", "DOM")]),
    ("Côte d’Ivoire and Timor-Leste", [("Côte d’Ivoire", "CIV"), ("Timor-Leste", "TLS")]),
    ("UK, U.K., Britain and British", [("UK", "GBR"), ("U.K.", "GBR"), ("Britain", "GBR"), ("British", "GBR")]),
    ("Americans and Filipinos", [("Americans", "USA"), ("Filipinos", "PHL")]),
    ("Viet  Nam\nand Laos", [("Viet  Nam", "VNM"), ("Laos", "LAO")]),
])
def test_place_forms(text: str, expected: list[tuple[str, str]]) -> None:
    assert places(text) == expected


def test_case_rules() -> None:
    assert places("turkish delight, chinese food, chad, china plates") == []
    assert places("Turkish, Chinese, Chad, China") == [
        ("Turkish", "TUR"), ("Chinese", "CHN"), ("Chad", "TCD"), ("China", "CHN")]
    assert places("let us go; the uk; uae") == []
    assert places("US, UAE, DPRK, ROK") == [("US", "USA"), ("UAE", "ARE"), ("DPRK", "PRK"), ("ROK", "KOR")]
    assert places("CHINA AND VIET NAM") == [("CHINA", "CHN"), ("VIET NAM", "VNM")]
    assert places("Georgia and Jordan") == [("Georgia", "GEO"), ("Jordan", "JOR")]
    assert places("viet nam") == [("viet nam", "VNM")]  # multi-word forms ignore case


def test_america_blockers() -> None:
    text = "Latin America, South America, North America, Central America, the Americas and America"
    assert places(text) == [("America", "USA")]
    assert places("Latin American leaders and American officials") == [("American", "USA")]


def test_korean_and_north_korean() -> None:
    assert places("North Korean, South Korean and Korean envoys") == [
        ("North Korean", "PRK"), ("South Korean", "KOR"), ("Korean", "KOR")]
    assert places("North Korea and Korea") == [("North Korea", "PRK"), ("Korea", "KOR")]
    assert place_codes("the Korean Peninsula") == []


def test_geographic_blockers() -> None:
    assert places("the South China Sea and the Indian Ocean; Lao Cai province") == []
    assert places("Indian and Chinese navies") == [("Indian", "IND"), ("Chinese", "CHN")]


def test_word_boundaries() -> None:
    assert places("Omani, Romania, Chinatown, Indiana, Mali's, Somalia") == [
        ("Omani", "OMN"), ("Romania", "ROU"), ("Mali", "MLI"), ("Somalia", "SOM")]
    assert places("US$5 million") == []


# --------------------------------------------------------------------------- organisations


def test_org_acronyms_case_sensitive() -> None:
    assert org_keys("WHO and who; the UN and un; EU, ASEAN, NATO, APEC") == ["who", "un", "eu", "asean", "nato", "apec"]
    assert org_keys("CPV, CPC, CCP and LPRP") == ["cpv", "cpc", "cpc", "lprp"]
    assert org_keys("G7 and G-20 summits, BRICS and SCO") == ["g7", "g20", "brics", "sco"]


def test_org_names() -> None:
    text = ("the Communist Party of Viet Nam, the Lao People's Revolutionary Party, the UN Security Council, "
            "the Security Council, the ASEAN Inter-Parliamentary Assembly and the Mekong-Lancang Cooperation")
    assert org_keys(text) == ["cpv", "lprp", "unsc", "unsc", "aipa", "mlc"]
    found = gz.find_organizations(text)
    assert all(text[m.start:m.end] == m.text for m in found)
    assert found[0].type == "party" and found[0].country == "VNM"


def test_government_bodies() -> None:
    found = gz.find_organizations("the Ministry of Foreign Affairs, the Kremlin and the State Department")
    assert [(m.key, m.country) for m in found] == [("mofa", None), ("kremlin", "RUS"),
                                                  ("us_state_department", "USA")]
    assert found[0].type == "government_body" and found[0].kind == "ministry"


def test_party_congress_is_not_us_congress() -> None:
    assert org_keys("the 13th National Party Congress") == []
    assert org_keys("the Party Congress and the 20th Congress of the CPC") == ["cpc"]
    assert org_keys("the US Congress passed it; Congress voted") == ["us_congress", "us_congress"]
    assert org_keys("the National People's Congress and the Indian National Congress") == ["npc", "inc"]


def test_friendship_associations_and_people_orgs() -> None:
    text = "The Viet Nam – China Friendship Association met the Japan-Viet Nam Friendship Association and VUFO."
    found = gz.find_organizations(text)
    assert [(m.text, m.key, m.kind) for m in found] == [
        ("Viet Nam – China Friendship Association", "friendship_association", "people"),
        ("Japan-Viet Nam Friendship Association", "friendship_association", "people"),
        ("VUFO", "vufo", "people"),
    ]
    assert found[0].name == found[0].text


def test_national_security_council_is_not_unsc() -> None:
    assert org_keys("the National Security Council") == []


# --------------------------------------------------------------------------- titles


def test_titles_longest_match() -> None:
    text = "Deputy Prime Minister A met Prime Minister B and Deputy Foreign Minister C and Minister D"
    assert titles(text) == [("Deputy Prime Minister", "deputy_head_of_government"),
                            ("Prime Minister", "head_of_government"), ("Deputy Foreign Minister", "minister"),
                            ("Minister", "minister")]


def test_titles_case_rules() -> None:
    assert titles("the prime minister and the president") == [("prime minister", "head_of_government")]
    assert titles("President Lula and the King") == [("President", "head_of_state"), ("King", "head_of_state")]
    assert titles("Foreign Ministry spokesperson Pham Thu Hang") == [("spokesperson", "official")]


def test_titles_party_and_templates() -> None:
    text = ("General Secretary To Lam; Secretary General of the Lao People's Revolutionary Party Thongloun; "
            "Politburo member and head of the Party Central Committee's Commission for External Relations")
    found = gz.find_titles(text)
    assert [(m.text, m.level, m.pillar) for m in found] == [
        ("General Secretary", "head_of_party", "party"),
        ("Secretary General of the Lao People's Revolutionary Party", "head_of_party", "party"),
        ("Politburo member", "party_official", "party"),
        ("head of the Party Central Committee's Commission for External Relations", "party_official", "party"),
    ]
    assert all(text[m.start:m.end] == m.text for m in found)


def test_titles_external_relations_variants() -> None:
    text = "member of the Party Central Committee and head of its External Relations Commission Le Hoai Trung"
    assert [m.level for m in gz.find_titles(text)] == ["party_official", "party_official"]
    assert org_keys(text) == ["central_committee", "cer"]


def test_titles_general_and_secretary_general() -> None:
    assert titles("General Phan Van Giang at the General Assembly") == [("General", "military")]
    assert titles("UN Secretary-General Antonio Guterres") == [("UN Secretary-General", "official")]
    assert titles("President of the Viet Nam Union of Friendship Organisations") == [
        ("President of the Viet Nam Union of Friendship Organisations", "people_org")]


# --------------------------------------------------------------------------- speed


def test_finders_are_fast() -> None:
    sentence = ("Deputy Prime Minister and Minister of Foreign Affairs Bùi Thanh Sơn held talks in Hà Nội with the "
                "Lao Foreign Minister; the two sides agreed to strengthen cooperation within ASEAN and the UN. ")
    gz.find_places(sentence)  # load once
    articles = [f"{i} {sentence * 20}"[:3000] for i in range(20)]
    started = time.perf_counter()
    for article in articles:
        gz.find_places(article)
        gz.find_organizations(article)
        gz.find_titles(article)
    per_article = (time.perf_counter() - started) / len(articles)
    assert per_article < 0.01  # generous for slow CI machines; typically under 1 ms for all three


# --------------------------------------------------------------------------- sub-national places


def test_places_file_shape_and_no_place_named_like_a_country_or_capital() -> None:
    rows = list(gz._rows("places.tsv"))
    assert len(rows) > 1000
    for row in rows:
        assert len(row) == 4 and re.fullmatch(r"[A-Z]{3}", row[1]) and row[2] in ("region", "city"), row
        assert gz.country(row[1]) is not None, row
        # a name that the country finder already reads (a country, an adjective, a capital) is no place of its own
        assert not any(m.start == 0 and m.end == len(row[0]) for m in gz.find_places(row[0])), row


@pytest.mark.parametrize("name,code,kind", [("Kandahar", "AFG", "city"), ("the Sindh province", "PAK", "region"),
                                            ("Oklahoma", "USA", "region"), ("North Kivu", "COD", "region"),
                                            ("Zurich", "CHE", "city"), ("Bombay", "IND", "city")])
def test_place_country(name: str, code: str, kind: str) -> None:
    assert gz.place_country(name) == (code, kind)


def test_place_country_unknown_and_ambiguous() -> None:
    # Punjab lies in India and in Pakistan; Georgia is a country and a US state
    assert gz.place_country("Punjab") is None and gz.place_country("Georgia") is None
    assert gz.place_country("Atlantis") is None


def test_a_city_named_after_a_capital_is_no_capital() -> None:
    from diplometer.gazetteer import find_places

    assert [p.text for p in find_places("A ship docked in Santiago de Cuba on Monday.")] == []
    assert [p.iso3 for p in find_places("Talks were held in Santiago on Monday.")] == ["CHL"]
