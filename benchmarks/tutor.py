"""Tutor benchmark: answer quality per pack, and speed at two scales.

    python benchmarks/tutor.py [--held-out] [--sections N] [--show-misses]
    python benchmarks/tutor.py --pack PACK --questions FILE [--show-misses]

Prints, for the bundled pack and each development pack of tests/data/packs (their
question sets were written blind from the notes): answered right (the reply is an
answer and contains an expected fact), declined (of the questions the text does not
answer), median and 90th-percentile reply time, and how long the library took to
build; then the fresh question sets (tests/data/fresh: a second blind set on a pack
already tuned on). The check packs (tests/packfiles.py CHECK) are printed too, never their
misses: they show whether a change carries over. `--held-out` adds the held-out packs and fresh sets (tests/packfiles.py
HELD_OUT, FRESH_HELD_OUT): run it once, at the end, and report those figures as held
out; never tune on them.

Then speed on a generated knowledge base of N sections (default 2,000; about eight
sentences and two cards each, fixed random seed): the library built from scratch,
loaded again from the on-disk cache (core/tutor/cache.py), and the median reply over
questions generated from the base's own facts (scored) and the bundled questions
(timed only); and the same timings on the store benchmark's pack (scale.py).

Targets: on every pack answered right and declined at least 90%; median reply under
10 ms on the bundled pack and under 100 ms on 2,000 sections; a large pack opens from
the cache in under a second.
"""

from __future__ import annotations

import argparse
import os
import random
import statistics
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "src"))

sys.path.insert(0, str(ROOT))
from tests.packfiles import (  # noqa: E402
    CHECK,
    DEVELOPMENT,
    FRESH,
    FRESH_DEVELOPMENT,
    FRESH_HELD_OUT,
    HELD_OUT,
    PACKS,
    judge,
    load_questions,
    pack_path,
)

from studybot.core.packs import Card, Pack, PackError, Section, Source, load_pack  # noqa: E402
from studybot.core.text import clean  # noqa: E402
from studybot.core.tutor import Tutor  # noqa: E402

TARGET_BUNDLED_MS = 10.0
TARGET_LARGE_MS = 100.0
TARGET_RATE = 0.90
TARGET_OPEN_S = 1.0


def percentile(values: list[float], q: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, int(len(ordered) * q))]


# --------------------------------------------------------------------------- synthetic base

FIRST = (
    "Anna", "Boris", "Carla", "Dmitri", "Elena", "Farid", "Greta", "Hugo", "Irina", "Jonas", "Katya", "Lars",
    "Mira", "Nikolai", "Olga", "Pavel", "Rosa", "Sergei", "Tamara", "Viktor", "Yana", "Zoran", "Alina", "Bogdan",
    "Daria", "Emil", "Lidia", "Marek", "Nadia", "Oskar",
)
LAST = (
    "Petrov", "Novak", "Horvat", "Kowalski", "Lindqvist", "Moreau", "Vasquez", "Okafor", "Tanaka", "Brennan",
    "Haddad", "Ivanova", "Kuznets", "Lazarev", "Marin", "Nilsen", "Orlov", "Pavlenko", "Quist", "Romanov",
    "Sokolov", "Teller", "Ulrich", "Volkov", "Wojcik", "Yilmaz", "Zeller", "Antonescu", "Berg", "Castellano",
)
COUNTRIES = (
    "Arland", "Borovia", "Carpathia", "Daventry", "Eskovia", "Fenmark", "Galicia", "Hollin", "Istria", "Jutland",
    "Karelia", "Lothia", "Moravia", "Norland", "Ostrava", "Pomerania", "Quarnero", "Ruthenia", "Silesia",
    "Thessaly", "Umbria", "Valdora", "Westmark", "Yarrow", "Zeeland", "Aldonia", "Brisca", "Corvia", "Dalmar",
    "Estmere",
)
ORGS = (
    "Trade Council", "Energy Agency", "Development Bank", "Customs Union", "Security Forum", "Science Foundation",
    "Transport Authority", "Health Institute", "Farmers' Association", "Press Union", "Water Commission",
    "Border Service", "Mining Board", "Tourism Office", "Space Agency",
)
ROLES = (
    "foreign minister", "trade minister", "deputy prime minister", "ambassador", "central bank governor",
    "defence minister", "president", "envoy", "speaker of parliament", "energy minister",
)
GOODS = (
    "potash", "timber", "grain", "steel", "fertiliser", "machinery", "software", "dairy products", "furniture",
    "tyres", "glass", "medicines", "textiles", "copper", "wine",
)
SECTORS = (
    "energy", "transport", "education", "health", "banking", "agriculture", "tourism", "customs", "science",
    "water", "aviation", "shipping",
)
MONTHS = (
    "January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November",
    "December",
)
TOPICS = (
    "Trade", "Energy ties", "Diplomacy", "Security talks", "Aid and loans", "Border issues", "Investment",
    "Elections", "Media freedom", "Migration", "Transport links", "Research cooperation",
)
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


def measure(tutor: Tutor, questions: list[dict], timed_only: list[dict] = ()) -> dict:
    """Ask `questions` (scored) and `timed_only` (only timed) after one warm-up question."""
    tutor.ask("warm-up question about trade")
    times, hits, answerable, declines, unanswerable, misses = judge(tutor, questions)
    for q in timed_only:
        start = time.perf_counter()
        tutor.ask(q["ask"])
        times.append((time.perf_counter() - start) * 1000)
    return {"median": statistics.median(times), "p90": percentile(times, 0.9), "asked": len(times),
            "hit": hits / answerable if answerable else None, "hits": hits, "answerable": answerable,
            "decline": declines / unanswerable if unanswerable else None, "declines": declines,
            "unanswerable": unanswerable, "misses": misses}


def pack_row(label: str, tutor: Tutor, build_ms: float, questions: list[dict], show_misses: bool) -> dict:
    """One pack's line of the quality table."""
    result = measure(tutor, questions)
    print(f"{label:<28}{result['hits']:>4}/{result['answerable']:<4}{result['hit']:7.1%}"
          f"{result['declines']:>6}/{result['unanswerable']:<4}{result['decline']:7.1%}"
          f"{result['median']:10.2f}{result['p90']:9.2f}{build_ms:10.0f}")
    if show_misses and result["misses"]:
        print("\n".join(result["misses"]))
    tutor.index.close()
    return result


def quality(held_out: bool, show_misses: bool) -> dict[str, dict]:
    """The quality table: the bundled pack, the development packs (and the held-out ones)."""
    print(f"{'pack':<28}{'answered right':>16}{'declined':>18}{'median ms':>10}{'p90 ms':>9}{'build ms':>10}")
    rows: dict[str, dict] = {}
    start = time.perf_counter()
    tutor = Tutor(load_pack(ROOT / "content" / "belarus-us-2019.yaml"), cache=False)
    rows["bundled"] = pack_row("belarus-us-2019 (bundled)", tutor, (time.perf_counter() - start) * 1000,
                               load_questions(ROOT / "tests" / "data" / "questions.yaml"), show_misses)
    for name in DEVELOPMENT + CHECK + (HELD_OUT if held_out else ()):
        pack = load_pack(PACKS / f"{name}.yaml")
        start = time.perf_counter()
        tutor = Tutor(pack, cache=False)  # the pack's own language and synonyms
        looked_at = name in DEVELOPMENT  # the misses of check and held-out packs are never shown
        label = f"{name} ({pack.language}{'' if looked_at else ', check' if name in CHECK else ', held out'})"
        rows[name] = pack_row(label, tutor, (time.perf_counter() - start) * 1000,
                              load_questions(PACKS / f"{name}.questions.yaml"), show_misses and looked_at)
    for name in FRESH_DEVELOPMENT + (FRESH_HELD_OUT if held_out else ()):
        start = time.perf_counter()
        tutor = Tutor(load_pack(pack_path(name)), cache=False)
        label = f"{name} (fresh q{', held out' if name in FRESH_HELD_OUT else ''})"
        rows[f"{name}/fresh"] = pack_row(label, tutor, (time.perf_counter() - start) * 1000,
                                         load_questions(FRESH / f"{name}.questions.yaml"),
                                         show_misses and name in FRESH_DEVELOPMENT)
    return rows


def one_pack(path: Path, questions: Path, show_misses: bool) -> int:
    """The quality line of one pack and question set (an instructor's own, say), no scale timings."""
    try:  # an instructor's pack or set with a mistake: its problems, as `studybot validate` names them
        pack, asked = load_pack(path), load_questions(questions)
    except PackError as exc:
        print("\n".join(clean(str(p), multiline=False) for p in exc.problems), file=sys.stderr)
        return 1
    print(f"{'pack':<28}{'answered right':>16}{'declined':>18}{'median ms':>10}{'p90 ms':>9}{'build ms':>10}")
    start = time.perf_counter()
    tutor = Tutor(pack, cache=False)
    pack_row(f"{pack.id} ({pack.language})", tutor, (time.perf_counter() - start) * 1000, asked, show_misses)
    return 0


def scale_timings(label: str, pack: Pack, questions: list[dict], timed_only: list[dict], show_misses: bool) -> dict:
    """Build a large pack's library afresh, load it again from a cache folder, and time replies."""
    folder = tempfile.mkdtemp(prefix="studybot-tutor-bench-")
    previous = os.environ.get("STUDYBOT_CACHE_DIR")
    os.environ["STUDYBOT_CACHE_DIR"] = folder
    try:
        start = time.perf_counter()
        built = Tutor(pack)  # builds and writes the cache
        build = time.perf_counter() - start
        built.index.close()
        start = time.perf_counter()
        tutor = Tutor(pack)  # loads from the cache
        opened = time.perf_counter() - start
    finally:
        if previous is None:
            os.environ.pop("STUDYBOT_CACHE_DIR", None)
        else:
            os.environ["STUDYBOT_CACHE_DIR"] = previous
    result = measure(tutor, questions, timed_only)
    print(f"{label}: {len(pack.sections)} sections, {len(pack.cards)} cards, {len(tutor.docs)} passages")
    print(f"  library built from scratch      {build * 1000:10.0f} ms")
    print(f"  library opened from the cache   {opened * 1000:10.0f} ms")
    print(f"  reply time median / p90         {result['median']:10.2f} / {result['p90']:.2f} ms"
          f"   ({result['asked']} questions)")
    if result["hit"] is not None:
        print(f"  answered right                  {result['hits']:>5}/{result['answerable']:<5}{result['hit']:8.1%}")
    if show_misses and result["misses"]:
        print("\n".join(result["misses"][:20]))
    tutor.index.close()
    result["open"] = opened
    return result


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--held-out", action="store_true", help="also the held-out packs (run once, at the end)")
    parser.add_argument("--sections", type=int, default=2000, help="size of the generated knowledge base")
    parser.add_argument("--show-misses", action="store_true", help="list every miss")
    parser.add_argument("--pack", type=Path, help="only this pack, asked the questions of --questions")
    parser.add_argument("--questions", type=Path, help="a question set (questions: [{ask, expect}], expect: [] or "
                                                       "decline: true for a question the notes do not answer)")
    args = parser.parse_args()
    if (args.pack is None) != (args.questions is None):
        parser.error("--pack and --questions go together")
    if args.pack is not None:
        return one_pack(args.pack, args.questions, args.show_misses)

    rows = quality(args.held_out, args.show_misses)
    print()
    bundled_questions = load_questions(ROOT / "tests" / "data" / "questions.yaml")
    pack, generated = generate_pack(args.sections)
    large = scale_timings("generated base", pack, generated, bundled_questions, args.show_misses)
    print()
    sys.path.insert(0, str(ROOT / "benchmarks"))
    from scale import make_pack  # the store benchmark's synthetic pack: 10 cards a section

    scale = scale_timings("scale.py base", make_pack(args.sections, cards=args.sections * 10), [],
                          bundled_questions, False)
    print()
    rate = f">= {TARGET_RATE:.0%}"
    checks = [(f"answered right, {name}", row["hit"] >= TARGET_RATE, rate) for name, row in rows.items()]
    checks += [(f"declined, {name}", row["decline"] >= TARGET_RATE, rate) for name, row in rows.items()]
    checks += [
        ("median reply, bundled", rows["bundled"]["median"] < TARGET_BUNDLED_MS, f"< {TARGET_BUNDLED_MS:.0f} ms"),
        ("median reply, generated", large["median"] < TARGET_LARGE_MS, f"< {TARGET_LARGE_MS:.0f} ms"),
        ("median reply, scale.py base", scale["median"] < TARGET_LARGE_MS, f"< {TARGET_LARGE_MS:.0f} ms"),
        ("opened from cache, generated", large["open"] < TARGET_OPEN_S, f"< {TARGET_OPEN_S:.0f} s"),
        ("opened from cache, scale.py", scale["open"] < TARGET_OPEN_S, f"< {TARGET_OPEN_S:.0f} s"),
    ]
    for name, ok, target in checks:
        print(f"  {'meets' if ok else 'MISSES':<7}{name:<40}{target}")
    return 0 if all(ok for _, ok, _ in checks) else 1


if __name__ == "__main__":
    raise SystemExit(main())
