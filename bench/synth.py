"""Generate N varied synthetic foreign-affairs articles (JSON Lines) for scale benchmarks.

    python bench/synth.py --n 100000 -o /tmp/synth.jsonl.gz [--seed 7]

The articles are written from this file's own templates: a dateline, a lead about one
diplomatic or conflict event between two countries taken from the gazetteer, follow-up
paragraphs (talks, agreements, statements, economic figures, background, quotes) and
filler of the kind wire copy carries. Names of officials are made up from syllables, so they
never collide with the office-holder dictionary. Length is 250-700 words, like wire stories.
Same seed, same articles.
"""
from __future__ import annotations

import argparse
import csv
import gzip
import json
import random
import sys
from datetime import date, timedelta
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
COUNTRIES = ROOT / "src" / "diplometer" / "data" / "countries.tsv"

SYLLABLES = ["ka", "lo", "mir", "an", "ze", "to", "ra", "vin", "sol", "de", "mar", "ti", "ne", "bo", "han", "li",
             "sa", "per", "gu", "el", "do", "ri", "fen", "os", "ul", "ba", "cor", "mi", "yan", "te"]
TITLES = ["Foreign Minister", "President", "Prime Minister", "Defence Minister", "Trade Minister",
          "Deputy Foreign Minister", "Vice President", "Finance Minister"]
WEEKDAYS = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]
TOPICS = ["trade and investment", "maritime security", "energy cooperation", "climate finance",
          "regional stability", "migration", "food security", "digital infrastructure", "health cooperation",
          "counter-terrorism", "education exchanges", "tourism", "critical minerals", "fisheries"]
DOCUMENTS = ["a memorandum of understanding on {topic}", "an agreement on {topic}", "a joint statement on {topic}",
             "an action plan for {topic}", "a protocol on {topic}"]

LEADS = [
    "{A_adj} {A_title} {A_name} held talks with {B_adj} {B_title} {B_name} in {B_cap} on {day}, "
    "focusing on {topic}.",
    "{A_adj} {A_title} {A_name} arrived in {B_cap} on {day} for a three-day official visit to {B}.",
    "{A} and {B} signed {doc} on {day} during a visit by {A_adj} {A_title} {A_name} to {B_cap}.",
    "{A_adj} {A_title} {A_name} held phone talks with {B_adj} counterpart {B_name} on {day}.",
    "{A} accused {B} on {day} of violating its airspace, and summoned the {B_adj} ambassador.",
    "{A} imposed sanctions on {B_adj} officials on {day} over what it called a crackdown on the opposition.",
    "{A} sent {n} tonnes of relief supplies to {B} on {day} after floods hit the country's north.",
    "{A_adj} {A_title} {A_name} received {B_adj} {B_title} {B_name} in {A_cap} on {day}.",
    "{A} rejected on {day} a proposal by {B} to hold joint patrols in the disputed waters.",
    "{A_adj} and {B_adj} warships held joint naval exercises off the coast on {day}, the defence ministry said.",
]
FOLLOW = [
    "The two sides agreed to expand cooperation in {topic} and to hold the next round of talks in {A_cap}.",
    "{A_name} said {A} valued its ties with {B} and hoped trade would reach {m} billion dollars by {year}.",
    "Bilateral trade rose {p} percent last year to {m} billion dollars, according to customs data.",
    "{B_name} thanked {A} for its support and invited {A_name} to visit {B_cap} next year.",
    "Officials from both countries also discussed {topic2} and the situation in the region.",
    "The visit marks the {ord} anniversary of diplomatic relations between the two countries, established in {since}.",
    "{A} is {B}'s {rank} largest trading partner, with investment of {m} billion dollars in {k} projects.",
    "Analysts said the meeting was meant to signal that relations were back on track after a difficult year.",
    "Earlier in the week, {A_name} met business leaders and visited a port project financed by {A}.",
    "Neither side gave details of the talks on {topic2}, which a senior official described as frank.",
    "{B} has called for a ceasefire and urged all parties to return to negotiations.",
    "Protesters gathered outside the {A_adj} embassy in {B_cap} on {day2}, demanding compensation.",
]
FILLER = [
    "The country's economy grew {p} percent in the second quarter, the statistics office said.",
    "Inflation eased to {p} percent in {month}, its lowest level in {k} months.",
    "The central bank kept its benchmark rate unchanged at {p} percent.",
    "Heavy rain is expected across the south over the weekend, the weather service said.",
    "The national football team will play a friendly match in the capital next month.",
    "Shares in the main index closed {p} percent higher, led by banks and energy companies.",
    "The government plans to publish its budget for the next fiscal year in {month}.",
    "Local media reported that the opening of a new airport terminal had been delayed again.",
]
MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October",
          "November", "December"]
ORDINALS = {5: "5th", 10: "10th", 15: "15th", 20: "20th", 25: "25th", 30: "30th", 40: "40th", 50: "50th", 60: "60th"}


def load_countries() -> list[dict]:
    with COUNTRIES.open(encoding="utf-8") as fh:
        rows = [r for r in csv.DictReader(fh, delimiter="\t") if r["adjectives"] and r["capitals"]]
    return [{"name": r["name"], "adj": r["adjectives"].split("|")[0], "cap": r["capitals"].split("|")[0]} for r in rows]


def person(rng: random.Random) -> str:
    def word() -> str:
        return "".join(rng.choice(SYLLABLES) for _ in range(rng.randint(2, 3))).capitalize()
    return f"{word()} {word()}"


def article(i: int, rng: random.Random, countries: list[dict]) -> dict:
    a, b = rng.sample(countries, 2)
    published = date(2015, 1, 1) + timedelta(days=rng.randrange(3650))
    anniversary = rng.choice(list(ORDINALS))
    values = {
        "A": a["name"], "A_adj": a["adj"], "A_cap": a["cap"], "A_title": rng.choice(TITLES), "A_name": person(rng),
        "B": b["name"], "B_adj": b["adj"], "B_cap": b["cap"], "B_title": rng.choice(TITLES), "B_name": person(rng),
        "day": WEEKDAYS[(published.weekday() - rng.randint(1, 3)) % 7],
        "day2": WEEKDAYS[(published.weekday() - rng.randint(1, 5)) % 7],
        "topic": rng.choice(TOPICS), "topic2": rng.choice(TOPICS), "n": rng.randint(5, 900),
        "m": round(rng.uniform(0.2, 90), 1), "p": round(rng.uniform(0.1, 9.9), 1), "k": rng.randint(3, 400),
        "year": published.year + rng.randint(1, 5), "ord": ORDINALS[anniversary],
        "since": published.year - anniversary, "rank": rng.choice(["second", "third", "fifth", "largest"]),
        "month": rng.choice(MONTHS),
    }
    values["doc"] = rng.choice(DOCUMENTS).format(**values)
    sentences = [rng.choice(LEADS).format(**values)]
    sentences += [s.format(**values) for s in rng.sample(FOLLOW, rng.randint(4, 9))]
    sentences += [s.format(**values) for s in rng.sample(FILLER, rng.randint(2, 6))]
    rng.shuffle(sentences[1:])
    paragraphs, current = [], []
    for sentence in sentences:
        current.append(sentence)
        if len(current) >= rng.randint(1, 3):
            paragraphs.append(" ".join(current))
            current = []
    if current:
        paragraphs.append(" ".join(current))
    # wire copy repeats background: pad to a realistic length with the filler paragraphs
    while sum(len(p.split()) for p in paragraphs) < rng.randint(250, 700):
        values.update(p=round(rng.uniform(0.1, 9.9), 1), m=round(rng.uniform(0.2, 90), 1), k=rng.randint(3, 400),
                      month=rng.choice(MONTHS))
        paragraphs.append(" ".join(s.format(**values) for s in rng.sample(FILLER + FOLLOW[5:], 3)))
    dateline = f"{a['cap'].upper()}, {MONTHS[published.month - 1][:3]}. {published.day} (Synthetic Wire) - "
    return {"id": f"synth-{i:07d}", "date": published.isoformat(), "title": f"{a['name']} and {b['name']}: "
            f"{values['topic']}", "text": dateline + "\n\n".join(paragraphs), "source": "Synthetic Wire"}


def generate(n: int, seed: int = 7):
    rng = random.Random(seed)
    countries = load_countries()
    for i in range(n):
        yield article(i, rng, countries)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--n", type=int, default=1000)
    parser.add_argument("--seed", type=int, default=7)
    parser.add_argument("-o", "--output", type=Path, help="file (.jsonl or .jsonl.gz); default standard output")
    args = parser.parse_args()
    if args.output is None:
        out = sys.stdout
    elif args.output.suffix == ".gz":
        out = gzip.open(args.output, "wt", encoding="utf-8")
    else:
        out = args.output.open("w", encoding="utf-8")
    with out:
        for item in generate(args.n, args.seed):
            out.write(json.dumps(item, ensure_ascii=False) + "\n")


if __name__ == "__main__":
    main()
