"""Scale data for the benchmarks: a large pack and a large progress database.

    python benchmarks/scale.py [--cards 100000] [--sections 2000] [--reviews 1000000] [--out DIR]

`make_pack()` builds a Pack of 2,000 sections and 100,000 cards in memory (plausible
varied sentences, fixed seed); `make_database()` writes a progress.db through the
real schema holding one learner's states for every card and 1,000,000 reviews spread
over a year. Other benchmarks import both; run as a script it writes
`benchmarks/out/scale.db` and prints what it made.
"""

from __future__ import annotations

import argparse
import json
import random
import sqlite3
import sys
import time
from datetime import UTC, datetime, timedelta
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "src"))

from studybot.core.clock import iso  # noqa: E402
from studybot.core.packs import Card, NumberSpec, Pack, Section  # noqa: E402
from studybot.core.records import CardInfo  # noqa: E402
from studybot.core.store import Store  # noqa: E402

NOW = datetime(2026, 11, 1, 12, 0, tzinfo=UTC)
PACK_ID = "scale"

SUBJECTS = ["exports", "imports", "the trade deficit", "the embassy", "the ministry", "the treaty", "sanctions",
            "the summit", "the parliament", "the central bank", "the pipeline", "the harbour", "the university",
            "the railway", "tourism", "the grain harvest", "the power grid", "the army", "the press", "the court"]
VERBS = ["rose by", "fell by", "was worth", "reached", "dropped to", "grew to", "stood at", "declined by"]
PLACES = ["Arvania", "Belmora", "Caldera", "Dunmark", "Estoria", "Falkreach", "Glenhaven", "Highmoor", "Ivory Coast",
          "Juniper Bay", "Kestrel Isles", "Lowmarsh", "Marrowind", "Northvale", "Oakridge", "Pinecrest"]
PEOPLE = ["Anna Petrova", "Boris Klein", "Chen Wei", "Dara Okafor", "Elena Ruiz", "Farid Haddad", "Greta Lund",
          "Hiro Tanaka", "Ivan Sokol", "Julia Marsh", "Kofi Mensah", "Lena Berg", "Marco Rossi", "Nadia Aziz"]
ROLES = ["foreign minister", "trade envoy", "central bank governor", "ambassador", "mayor", "defence minister"]


def sentence(rng: random.Random, year: int) -> str:
    kind = rng.randrange(4)
    if kind == 0:
        return (f"In {year}, {rng.choice(SUBJECTS)} of {rng.choice(PLACES)} {rng.choice(VERBS)} "
                f"{rng.randrange(2, 900)} million dollars.")
    if kind == 1:
        return (f"{rng.choice(PEOPLE)}, the {rng.choice(ROLES)} of {rng.choice(PLACES)}, visited "
                f"{rng.choice(PLACES)} {rng.randrange(2, 9)} times in {year}.")
    if kind == 2:
        return (f"{rng.choice(PLACES)} and {rng.choice(PLACES)} signed an agreement on {rng.choice(SUBJECTS)} "
                f"on {rng.randrange(1, 28)} {rng.choice(['March', 'June', 'October', 'December'])} {year}.")
    return (f"Critics argued that {rng.choice(SUBJECTS)} in {rng.choice(PLACES)} would stay weak because "
            f"{rng.choice(SUBJECTS)} depended on {rng.choice(PLACES)}.")


def make_pack(sections: int = 2000, cards: int = 100_000, seed: int = 7) -> Pack:
    """A synthetic pack: `sections` sections of ~8 sentences, `cards` numeric and short cards."""
    rng = random.Random(seed)
    section_list = []
    for s in range(sections):
        year = 1990 + s % 35
        notes = " ".join(sentence(rng, year) for _ in range(8))
        section_list.append(Section(f"s{s}", f"{rng.choice(PLACES)}: {rng.choice(SUBJECTS)} ({year})", notes))
    card_list = []
    for c in range(cards):
        section = section_list[c % sections]
        value = rng.randrange(2, 900)
        if c % 2:
            card = Card(id=f"c{c}", section=section.id, kind="short", prompt=f"Who was the envoy in case {c}?",
                        answer=rng.choice(PEOPLE), tags=(f"t{c % 50}",), explanation="Generated.")
        else:
            card = Card(id=f"c{c}", section=section.id, kind="numeric", prompt=f"How much in case {c}?",
                        answer=f"{value} million dollars", number=NumberSpec(value * 1e6, "USD"),
                        tags=(f"t{c % 50}",), explanation="Generated.")
        card_list.append(card)
    return Pack(id=PACK_ID, title="Scale test pack", sections=tuple(section_list), cards=tuple(card_list))


def make_database(path: Path, pack: Pack, reviews: int = 1_000_000, seed: int = 11) -> dict:
    """A progress.db (real schema) with one learner's state for every card and `reviews`
    reviews over the year before NOW. About 3% of the cards are due at NOW."""
    rng = random.Random(seed)
    for leftover in (path, Path(f"{path}-wal"), Path(f"{path}-shm")):
        leftover.unlink(missing_ok=True)
    store = Store.open(path)
    learner = store.learner("bench")
    store.sync_pack(learner, PACK_ID, [CardInfo(c.id, c.content_hash, i, c.section, c.tags)
                                       for i, c in enumerate(pack.cards)], NOW - timedelta(days=365))
    store.close()
    conn = sqlite3.connect(path)
    conn.execute("PRAGMA synchronous=OFF")  # bulk set-up only; the benchmarks use the store's settings
    n_cards = len(pack.cards)
    seen = int(n_cards * 0.6)  # 60% of the cards have been studied
    states = []
    for i in range(seen):
        stability = rng.uniform(1, 200)
        last = NOW - timedelta(days=rng.uniform(0, 200))
        due = last + timedelta(days=stability)
        if rng.random() < 0.03:
            due = NOW - timedelta(days=rng.uniform(0, 20))
        elif due <= NOW:
            due = NOW + timedelta(days=rng.uniform(1, 60))
        states.append((2, stability, rng.uniform(1, 10), iso(due), iso(last), rng.randrange(1, 30),
                       rng.randrange(0, 4), learner, PACK_ID, f"c{i}"))
    conn.executemany("UPDATE cards SET state=?, stability=?, difficulty=?, due=?, last_review=?, reps=?, lapses=? "
                     "WHERE learner_id=? AND pack_id=? AND card_id=?", states)
    start = NOW - timedelta(days=365)
    state_json = json.dumps({"state": 2})
    batch = []
    for n in range(reviews):
        card = f"c{rng.randrange(seen)}"
        moment = start + timedelta(seconds=n * 365 * 86400 / reviews)
        ok = rng.random() < 0.85
        batch.append((learner, PACK_ID, card, iso(moment), "an answer", int(ok), 1.0 if ok else 0.0, 3 if ok else 1,
                      rng.randrange(2000, 20000), state_json, 2 if n > seen else 0))
        if len(batch) == 50_000:
            conn.executemany("INSERT INTO reviews (learner_id, pack_id, card_id, reviewed_at, answer, correct, score, "
                             "rating, duration_ms, state_before, prev_state, practice, undone) "
                             "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 0, 0)", batch)
            batch.clear()
    if batch:
        conn.executemany("INSERT INTO reviews (learner_id, pack_id, card_id, reviewed_at, answer, correct, score, "
                         "rating, duration_ms, state_before, prev_state, practice, undone) "
                         "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 0, 0)", batch)
    conn.commit()
    conn.close()
    store = Store.open(path)
    store.rebuild_day_totals()
    store.conn.execute("ANALYZE")
    store.conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    store.close()
    return {"learner_id": learner, "cards": n_cards, "seen": seen, "reviews": reviews}


def ensure_database(path: Path):
    """The scale pack, and its database at `path` (made first if it is missing)."""
    pack = make_pack()
    if not path.exists():
        path.parent.mkdir(parents=True, exist_ok=True)
        print(f"building {path} (benchmarks/scale.py) ...")
        make_database(path, pack)
    return pack


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--cards", type=int, default=100_000)
    parser.add_argument("--sections", type=int, default=2000)
    parser.add_argument("--reviews", type=int, default=1_000_000)
    parser.add_argument("--out", default=str(ROOT / "benchmarks" / "out"))
    args = parser.parse_args()
    out = Path(args.out)
    out.mkdir(parents=True, exist_ok=True)
    t = time.perf_counter()
    pack = make_pack(args.sections, args.cards)
    print(f"pack: {len(pack.sections)} sections, {len(pack.cards)} cards in {time.perf_counter() - t:.1f} s")
    t = time.perf_counter()
    info = make_database(out / "scale.db", pack, args.reviews)
    size = (out / "scale.db").stat().st_size / 1e6
    print(f"database: {info['reviews']:,} reviews over {info['cards']:,} cards ({info['seen']:,} studied), "
          f"{size:.0f} MB, in {time.perf_counter() - t:.1f} s -> {out / 'scale.db'}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
