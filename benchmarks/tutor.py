"""Tutor benchmark: answer quality on the learner questions, and speed at two scales.

    python benchmarks/tutor.py [--pack PACK] [--questions FILE] [--sections N] [--show-misses]

Prints, for the bundled pack: hit rate on answerable questions (the reply contains an
expected fact), decline rate on questions the article does not answer, index build time,
and the median and 90th-percentile reply time over the questions file. Then the same
timings on a generated knowledge base of N sections (default 2,000; about eight
sentences and two cards each, fixed random seed), with the questions file plus
questions generated from the base's own facts (only these are scored there).

Targets: median reply under 10 ms on the bundled pack and under 100 ms on the generated
base; hit rate and decline rate at least 90%.
"""

from __future__ import annotations

import argparse
import random
import statistics
import sys
import time
import unicodedata
from pathlib import Path

import yaml

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "src"))

from studybot.core.packs import Card, Pack, Section, Source, load_pack  # noqa: E402
from studybot.core.tutor import Tutor  # noqa: E402

TARGET_BUNDLED_MS = 10.0
TARGET_LARGE_MS = 100.0
TARGET_RATE = 0.90


def fold(text: str) -> str:
    """Case- and accent-insensitive form for checking expected facts."""
    decomposed = unicodedata.normalize("NFKD", text)
    return "".join(c for c in decomposed if not unicodedata.combining(c)).casefold()


def percentile(values: list[float], q: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, int(len(ordered) * q))]


def load_questions(path: Path) -> list[dict]:
    return yaml.safe_load(path.read_text(encoding="utf-8"))["questions"]


def expected(question: dict) -> list[str]:
    value = question.get("expect", [])
    return [str(v) for v in (value if isinstance(value, list) else [value])]


def judge(tutor: Tutor, questions: list[dict]) -> tuple[list[float], int, int, int, int, list[str]]:
    """Ask every question once; (times in ms, hits, answerable, declines, unanswerable, misses)."""
    times, misses = [], []
    hits = answerable = declines = unanswerable = 0
    for q in questions:
        start = time.perf_counter()
        reply = tutor.ask(q["ask"])
        times.append((time.perf_counter() - start) * 1000)
        if q.get("decline"):
            unanswerable += 1
            ok = reply.kind == "decline"
            declines += ok
        else:
            answerable += 1
            body = fold(" ".join(reply.sentences))
            ok = reply.kind == "answer" and any(fold(e) in body for e in expected(q))
            hits += ok
        if not ok:
            misses.append(f"  {q['ask']!r}: {reply.kind}: {reply.text[:160]}")
    return times, hits, answerable, declines, unanswerable, misses


# --------------------------------------------------------------------------- synthetic base

FIRST = ("Anna Boris Carla Dmitri Elena Farid Greta Hugo Irina Jonas Katya Lars Mira Nikolai Olga Pavel Rosa "
         "Sergei Tamara Viktor Yana Zoran Alina Bogdan Daria Emil Lidia Marek Nadia Oskar").split()
LAST = ("Petrov Novak Horvat Kowalski Lindqvist Moreau Vasquez Okafor Tanaka Brennan Haddad Ivanova Kuznets "
        "Lazarev Marin Nilsen Orlov Pavlenko Quist Romanov Sokolov Teller Ulrich Volkov Wojcik Yilmaz Zeller "
        "Antonescu Berg Castellano").split()
COUNTRIES = ("Arland Borovia Carpathia Daventry Eskovia Fenmark Galicia Hollin Istria Jutland Karelia Lothia "
             "Moravia Norland Ostrava Pomerania Quarnero Ruthenia Silesia Thessaly Umbria Valdora Westmark "
             "Yarrow Zeeland Aldonia Brisca Corvia Dalmar Estmere").split()
ORGS = ("Trade Council|Energy Agency|Development Bank|Customs Union|Security Forum|Science Foundation|"
        "Transport Authority|Health Institute|Farmers' Association|Press Union|Water Commission|"
        "Border Service|Mining Board|Tourism Office|Space Agency").split("|")
ROLES = ("foreign minister|trade minister|deputy prime minister|ambassador|central bank governor|defence minister|"
         "president|envoy|speaker of parliament|energy minister").split("|")
GOODS = ("potash|timber|grain|steel|fertiliser|machinery|software|dairy products|furniture|tyres|glass|"
         "medicines|textiles|copper|wine").split("|")
SECTORS = ("energy|transport|education|health|banking|agriculture|tourism|customs|science|water|aviation|"
           "shipping").split("|")
MONTHS = ("January February March April May June July August September October November December").split()
TOPICS = ("Trade|Energy ties|Diplomacy|Security talks|Aid and loans|Border issues|Investment|Elections|"
          "Media freedom|Migration|Transport links|Research cooperation").split("|")
SENTENCES = [
    "{person}, the {role} of {country}, visited {country2} in {month} {year}.",
    "Exports of {good} from {country} to {country2} {dir} by {pct}% to USD {n} million in {year}.",
    "The {org} of {country} signed a memorandum on {sector} cooperation with {country2} in {month} {year}.",
    "{person} argued that {country} could not accept new tariffs on {good}, calling them a threat to its farmers.",
    "In {year} {country} opened {small} new consulates in {country2} to serve its growing community there.",
    "Talks on {sector} between {country} and {country2} stalled because neither side would lower its {good} quotas.",
    "{country} ran a trade deficit of USD {n} million with {country2} in {year}.",
    "{person} said the {org} would double its budget for {sector} projects by {year2}.",
    "Critics in {country} warned that dependence on {country2} for {good} left the economy exposed.",
    "The {org} estimated that {pct}% of {country}'s {sector} spending came from foreign loans.",
    "A summit in {city} in {month} {year} ended without a joint statement on {sector}.",
    "{country} lifted its ban on {good} imports from {country2} after {small} years of negotiations.",
    "Observers described the {year} election in {country} as neither free nor fair.",
    "{person} resigned as {role} of {country} in {month} {year} after a dispute over {sector} reform.",
    "Investment from {country2} in {country}'s {sector} sector reached USD {n} million in {year}.",
    "The {org} of {country} reported that {sector} output {dir} for the {ordinal} year in a row.",
]


def _fill(rng: random.Random, template: str) -> tuple[str, dict]:
    slots = {
        "person": f"{rng.choice(FIRST)} {rng.choice(LAST)}",
        "role": rng.choice(ROLES),
        "country": rng.choice(COUNTRIES),
        "country2": rng.choice(COUNTRIES),
        "city": rng.choice(COUNTRIES) + rng.choice(("burg", "grad", " City", "ovo", "port")),
        "org": rng.choice(ORGS),
        "good": rng.choice(GOODS),
        "sector": rng.choice(SECTORS),
        "month": rng.choice(MONTHS),
        "year": str(rng.randint(1995, 2023)),
        "year2": str(rng.randint(2024, 2035)),
        "dir": rng.choice(("rose", "fell", "grew", "declined")),
        "pct": str(rng.randint(2, 60)),
        "n": str(rng.randint(12, 990)),
        "small": rng.choice(("two", "three", "four", "five", "six")),
        "ordinal": rng.choice(("second", "third", "fourth", "fifth")),
    }
    while slots["country2"] == slots["country"]:
        slots["country2"] = rng.choice(COUNTRIES)
    return template.format(**slots), slots


def generate_pack(sections: int, seed: int = 2019) -> tuple[Pack, list[dict]]:
    """A synthetic pack of `sections` sections (~8 sentences, 2 cards each) and questions
    about its facts (a figure or name each reply must contain)."""
    rng = random.Random(seed)
    out_sections, cards, questions = [], [], []
    for k in range(sections):
        sid = f"s{k:04d}"
        sentences = []
        for template in rng.sample(SENTENCES, rng.randint(7, 9)):
            sentence, slots = _fill(rng, template)
            sentences.append(sentence)
            if template.startswith("Exports of") and len(questions) < 400 and rng.random() < 0.3:
                questions.append({"ask": f"how much {slots['good']} did {slots['country']} export to "
                                         f"{slots['country2']} in {slots['year']}?", "expect": [slots["n"]]})
            elif template.startswith("{person}, the {role}") and len(questions) < 400 and rng.random() < 0.3:
                questions.append({"ask": f"when did {slots['person']} visit {slots['country2']}?",
                                  "expect": [slots["year"]]})
        title = f"{rng.choice(TOPICS)}: {rng.choice(COUNTRIES)} and {rng.choice(COUNTRIES)} ({k + 1})"
        out_sections.append(Section(id=sid, title=title, notes="\n".join(sentences)))
        for j in range(2):
            fact = sentences[j]
            cards.append(Card(id=f"{sid}-c{j}", section=sid, kind="short",
                              prompt=f"According to the notes of section {k + 1}, what happened? ({j + 1})",
                              answer=fact, explanation=sentences[(j + 3) % len(sentences)], tags=(sid, "synthetic")))
    aliases = {c: ("Republic of " + c, "the " + c + " government") for c in COUNTRIES[:10]}
    pack = Pack(id="synthetic", title="Synthetic knowledge base", sections=tuple(out_sections), cards=tuple(cards),
                source=Source(title="Synthetic"), aliases=aliases)
    return pack, questions


# --------------------------------------------------------------------------- report


def report(label: str, pack: Pack, questions: list[dict], show_misses: bool, timed_only: list[dict] = ()) -> dict:
    """Build a tutor, ask `questions` (scored) and `timed_only` (off-topic here: only timed)."""
    start = time.perf_counter()
    tutor = Tutor(pack)
    build = (time.perf_counter() - start) * 1000
    tutor.ask("warm-up question about trade")
    times, hits, answerable, declines, unanswerable, misses = judge(tutor, questions)
    for q in timed_only:
        start = time.perf_counter()
        tutor.ask(q["ask"])
        times.append((time.perf_counter() - start) * 1000)
    print(f"{label}: {len(pack.sections)} sections, {len(pack.cards)} cards, {len(tutor.docs)} passages indexed")
    print(f"  index build            {build:10.1f} ms")
    print(f"  reply time median      {statistics.median(times):10.2f} ms")
    print(f"  reply time p90         {percentile(times, 0.9):10.2f} ms   ({len(times)} questions)")
    if answerable:
        print(f"  hit rate               {hits:>5}/{answerable:<5}{hits / answerable:8.1%}")
    if unanswerable:
        print(f"  decline rate           {declines:>5}/{unanswerable:<5}{declines / unanswerable:8.1%}")
    if show_misses and misses:
        print("\n".join(misses))
    tutor.index.close()
    return {"median": statistics.median(times), "hit": hits / answerable if answerable else 1.0,
            "decline": declines / unanswerable if unanswerable else 1.0}


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--pack", default=str(ROOT / "content" / "belarus-us-2019.yaml"))
    parser.add_argument("--questions", default=str(ROOT / "tests" / "data" / "questions.yaml"))
    parser.add_argument("--sections", type=int, default=2000, help="size of the generated knowledge base")
    parser.add_argument("--show-misses", action="store_true", help="list every miss")
    args = parser.parse_args()

    questions = load_questions(Path(args.questions))
    bundled = report("bundled pack", load_pack(args.pack), questions, args.show_misses)
    print()
    pack, generated = generate_pack(args.sections)
    large = report("generated base", pack, generated, args.show_misses, timed_only=questions)
    print()
    sys.path.insert(0, str(ROOT / "benchmarks"))
    from scale import make_pack  # the store benchmark's synthetic pack: 10 cards a section

    scale = report("scale.py base", make_pack(args.sections, cards=args.sections * 10), [], False,
                   timed_only=questions)
    print()
    checks = [
        ("median reply, bundled", bundled["median"] < TARGET_BUNDLED_MS, f"< {TARGET_BUNDLED_MS:.0f} ms"),
        ("median reply, generated", large["median"] < TARGET_LARGE_MS, f"< {TARGET_LARGE_MS:.0f} ms"),
        ("median reply, scale.py base", scale["median"] < TARGET_LARGE_MS, f"< {TARGET_LARGE_MS:.0f} ms"),
        ("hit rate, bundled", bundled["hit"] >= TARGET_RATE, f">= {TARGET_RATE:.0%}"),
        ("decline rate, bundled", bundled["decline"] >= TARGET_RATE, f">= {TARGET_RATE:.0%}"),
    ]
    for name, ok, target in checks:
        print(f"  {'meets' if ok else 'MISSES':<7}{name:<26}{target}")
    return 0 if all(ok for _, ok, _ in checks) else 1


if __name__ == "__main__":
    raise SystemExit(main())
