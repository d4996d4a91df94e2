"""Build the wider part of src/studybot/core/data/lexical_ru.tsv (its third field): Russian synonyms beyond the main
parts, for a word said in other words where nothing closer says it (the grader's `meaning`, the tutor's `reworded_ru`).

    python tools/build_thesaurus_wide_ru.py THESAURUS WIKIWORDNET_DB FREQUENCIES [OUT]

tools/build_lexical_ru.py runs this after the two main parts, in one go, and merges the three into the one Russian
table; run alone, it reads the main parts from OUT's folder (wordnet_ru.tsv and thesaurus_ru.tsv, as
tools/build_wordnet_table_ru.py and tools/build_thesaurus_ru.py write them) and writes the part in its own format to
OUT (default: thesaurus_wide_ru.tsv in the current folder).

THESAURUS, WIKIWORDNET_DB and FREQUENCIES are the files tools/build_thesaurus_ru.py and
tools/build_wordnet_table_ru.py read (Debian's mythes-ru 1:7.5.0-1, LibreOffice's Russian thesaurus, LGPL 2.1; the
PyPI sdist wiki-ru-wordnet==1.0.3, Russian Wiktionary's synsets, CC BY-SA 3.0; wordfreq 3.1.1's large_ru list,
read only to leave out rare words and made-up verb forms). Pure Python with PyStemmer; the keying by Snowball stem
(a verb's stem and those of its regular forms), the frequency filter and the line format are those tools', imported.

The main parts (Wiktionary's and the thesaurus's fields) keep a word's main sense and no nouns, since the
tutor's ranking reads them for every word (`tutor.senses_ru`). This table holds only what they leave out, and only
`wordnet_ru.wide_synonyms` reads it (with them): the grader, for a keypoint's verbs, adjectives and adverbs
(`meaning`), and the tutor, for the ONE look where its thresholds would decline:
- the thesaurus's first MAX_SENSE lines of synonyms ("(синоним)"), not its first alone, each pair taken back by the
  other word as the main table's are (`build_thesaurus_ru.back`), pronouns and ordinals never;
- nouns too, from the thesaurus and from Wiktionary ("мотор" / "двигатель", "машина" / "автомобиль"), a lemma's
  first sense only in Wiktionary, whose labels then may be of a field or of speech ("техн.", "разг.": a learner
  says "машина" for "автомобиль"), never figurative, obsolete, regional, slang or scornful (`EXCLUDED`);
- a stem of a pair the main tables already give is not repeated here (a line lists only the rest).
Measured on the Russian packs (round 13; grader: labelled answers, tutor: question sets), each choice:
- as built (two lines, nouns): grader first answers of the development packs 3438 -> 3439/3496 (samolet), own-words
  TUNE, PROBE, check and held-out unchanged, false accepts unchanged; tutor TUNE answered 279 -> 280/377 (dvs), its
  declines and PROBE, check, held-out and fresh held-out unchanged (`core/tutor/reworded_ru.py`).
- three lines: tutor the same, grader held-out own words +1, but "изменять" is "предавать" in the third line, so a
  wrong answer of a made-up card passes (tests/test_grading_thesaurus_ru.py): left at two.
- nouns in the grader: a wrong answer more accepted in a check set and in the held-out first answers: the grader
  reads verbs, adjectives and adverbs only (`meaning.MEANING_POS_RU`); the tutor's second look reads nouns too.
- not kept: Wiktionary's hypernyms (on the development packs' missed pairs they gave "рыба" / "вариант", "отдать" /
  "дать", part for whole), the thesaurus's "(сходный термин)" / "(связанный термин)" lines (related, not the same
  meaning; on those pairs nothing the other sources lack).
The header keeps both sources' attribution and licences; the table is shared under both, as its parts are.
"""

from __future__ import annotations

import sqlite3
import sys
from collections import defaultdict
from contextlib import closing
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
import build_thesaurus_ru as thesaurus  # noqa: E402  (the main tables' builders: keying, filters, line format)
from build_wordnet_table_ru import (  # noqa: E402
    _LABEL,
    _LEMMA,
    MAX_SIZE,
    MIN_LETTERS,
    MIN_STEM,
    MIN_ZIPF,
    _own_stem,
    _plain,
    _verb_stems,
    frequencies,
    groups,
    part_of_speech,
    table_lines,
)
from lexical_tables import write_part  # noqa: E402

MAX_SENSE = 2  # the thesaurus's first two lines of synonyms (three: "изменять" is "предавать" in its third)
# Wiktionary's labels that keep a sense out: figurative, obsolete, regional, slang, scornful, jocular, poetic
EXCLUDED = frozenset((
    "п.", "перен.", "устар.", "устар", "стар.", "арх.", "истор.", "прост.", "жарг.", "сленг", "вульг.", "груб.",
    "бран.", "неодобр.", "пренебр.", "презр.", "ирон.", "шутл.", "умласк.", "уничиж.", "поэт.", "высок.", "рег.",
    "обл.", "диал.", "детск.", "неол.", "редк.", "церк.", "религ.", "эвф."))

Table = dict[str, dict[str, set[str]]]

HEADER = """# Russian synonyms for studybot beyond its main tables, derived by tools/build_thesaurus_wide_ru.py (see its
# docstring). Sources: (1) LibreOffice's Russian thesaurus th_ru_RU_M_aot_and_v2.dat (libreoffice-dictionaries 7.5.0,
# as Debian's package mythes-ru 1:7.5.0-1 ships it), Copyright Mikhail Korolyov <mkorolyov@yandex.ru> and Yakov
# Reztsov <yr@myooo.ru>, under the GNU Lesser General Public License 2.1
# (https://www.gnu.org/licenses/old-licenses/lgpl-2.1.html); (2) wiki-ru-wordnet 1.0.3 (PyPI;
# https://github.com/jamsic/ru-wordnet), whose synsets are derived from Russian Wiktionary
# (https://ru.wiktionary.org), by Wiktionary's contributors, under the Creative Commons Attribution-ShareAlike
# licence (CC BY-SA 3.0, https://creativecommons.org/licenses/by-sa/3.0/). This table is a modified work of both
# (Snowball stems of their words; rare words left out with the wordfreq 3.1.1 frequency list, CC BY-SA 4.0), shared
# under the licences of its sources: keep this notice.
# Lines: STEM <tab> its synonyms' stems per part of speech, POS=stem,stem;POS=... (v verb, a adjective, r adverb,
# n noun)
"""


def _wide_kept(definition: str) -> bool:
    """Is a Wiktionary sense free of the labels that keep it out (`EXCLUDED`)?"""
    fields = definition.split("~")
    text = fields[4] if len(fields) > 4 else definition
    return not {label.strip() for label in _LABEL.findall(text.split("{{пример")[0])} & EXCLUDED


def from_wiktionary(database: Path, known: dict[str, float], keyer: thesaurus.Keyer) -> Table:
    """Pairs of lemmas whose first sense is one synset of 2 to MAX_SIZE lemmas, labels allowing."""
    with closing(sqlite3.connect(f"file:{database}?mode=ro", uri=True)) as db:  # (closed, not only committed)
        rows = db.execute("SELECT synset_id, lemma, definition FROM synsets ORDER BY rowid").fetchall()
    found: Table = defaultdict(lambda: defaultdict(set))
    stem = keyer.stemmer.stemWord
    for group in groups(rows):
        kept = {_plain(lemma) for lemma, definition in group
                if _LEMMA.fullmatch(lemma) and len(lemma) >= MIN_LETTERS and _wide_kept(definition)
                and keyer.by_stem.get(stem(_plain(lemma)), 0.0) >= 10 ** MIN_ZIPF and 2 <= len(group) <= MAX_SIZE}
        poses = {part_of_speech(lemma, known) for lemma in kept}
        if len(poses) != 1:
            continue
        pos = poses.pop()
        stems = {lemma: _verb_stems(lemma, known, keyer.stemmer) if pos == "v" else {stem(lemma)}
                 for lemma in kept if _own_stem(lemma, known)}
        stems = {lemma: s for lemma, s in stems.items() if s and min(map(len, s)) >= MIN_STEM}
        for lemma, mine in stems.items():
            theirs = set().union(*(s for other, s in stems.items() if other != lemma)) - mine
            for s in mine if theirs else ():
                found[s][pos] |= theirs
    return found


def from_thesaurus(entries: dict[str, thesaurus.Senses], keyer: thesaurus.Keyer) -> Table:
    """The thesaurus's pairs of its first MAX_SENSE lines, nouns included."""
    saved = thesaurus.POSES
    thesaurus.POSES = frozenset("varn")
    try:
        found: Table = defaultdict(lambda: defaultdict(set))
        for a, b in thesaurus.pairs(entries, keyer.stemmer.stemWord, MAX_SENSE):
            (pos, mine), (other_pos, theirs) = keyer.key(a), keyer.key(b)
            if pos and pos == other_pos and mine.isdisjoint(theirs):
                for s in mine:
                    found[s][pos] |= theirs
        return found
    finally:
        thesaurus.POSES = saved


def read_table(path: Path) -> Table:
    """A shipped table's lines back into stems per part of speech."""
    found: Table = defaultdict(lambda: defaultdict(set))
    for line in path.read_text(encoding="utf-8").splitlines():
        if line and not line.startswith("#"):
            stem, _, rest = line.partition("\t")
            for part in rest.split(";"):
                pos, _, stems = part.partition("=")
                found[stem][pos] |= set(stems.split(","))
    return found


def build(thesaurus_file: Path, database: Path, frequency: Path, main: list[Path]) -> list[str]:
    """Both sources' pairs, less those the main tables give."""
    known = frequencies(frequency)
    keyer = thesaurus.Keyer(known)
    merged: Table = defaultdict(lambda: defaultdict(set))
    for part in (from_thesaurus(thesaurus.parse(thesaurus_file.read_text(encoding="utf-8")), keyer),
                 from_wiktionary(database, known, keyer)):
        for stem, by_pos in part.items():
            for pos, stems in by_pos.items():
                merged[stem][pos] |= stems
    for path in main:
        for stem, by_pos in read_table(path).items():
            for pos, stems in by_pos.items():
                if stem in merged and pos in merged[stem]:
                    merged[stem][pos] -= stems
    kept = {stem: {pos: s for pos, s in by_pos.items() if s} for stem, by_pos in merged.items()}
    return table_lines({stem: by_pos for stem, by_pos in kept.items() if by_pos})


def main(argv: list[str]) -> int:
    if len(argv) not in (3, 4):
        print(__doc__.strip().splitlines()[3].strip(), file=sys.stderr)
        return 2
    paths = [Path(a) for a in argv[:3]]
    out = Path(argv[3]) if len(argv) > 3 else Path("thesaurus_wide_ru.tsv")
    data = out.parent
    for path in paths:
        if not path.is_file():
            print(f"error: no file {path}", file=sys.stderr)
            return 1
    lines = build(*paths, [data / "wordnet_ru.tsv", data / "thesaurus_ru.tsv"])
    write_part(out, HEADER, lines)
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
