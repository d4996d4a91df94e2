"""Build the thesaurus's part of src/studybot/core/data/lexical_ru.tsv (its second field) from LibreOffice's Russian
thesaurus and a frequency list.

    python tools/build_thesaurus_ru.py THESAURUS FREQUENCIES [OUT]

tools/build_lexical_ru.py runs this and merges its lines into the one Russian table; run alone, it writes the part
in its own format to OUT (default: thesaurus_ru.tsv in the current folder).

THESAURUS is usr/share/mythes/th_ru_RU_v2.dat of the Debian package mythes-ru 1:7.5.0-1 (`apt-get download
mythes-ru`, then `dpkg-deb -x mythes-ru_*.deb x`), which is LibreOffice's dictionaries/ru_RU/th_ru_RU_M_aot_and_v2.dat
(libreoffice-dictionaries 7.5.0) by Mikhail Korolyov and Yakov Reztsov, under the GNU LGPL 2.1. Its format is
MyThes's: a first line naming the encoding (UTF-8), then per headword a line `word|N` followed by N sense lines
`(синоним)|a|b|c`, `(антоним)|...`, `(сходный термин)|...` or `(связанный термин)|...`; about 11,400 headwords.
FREQUENCIES is wordfreq/data/large_ru.msgpack.gz of the PyPI wheel wordfreq==3.1.1, read as
tools/build_wordnet_table_ru.py reads it (only to leave out rare words and made-up verb forms; no frequency is
shipped). Pure Python with PyStemmer; the keying by stem and verb forms is that tool's, imported from it.

The part has the same lines as tools/build_wordnet_table_ru.py's (`core.wordnet_ru` reads both fields alongside): a
stem, a tab, its synonyms' stems per part of speech ("v=продолжа,тянут;a=..."). What it keeps and why (each choice
measured with benchmarks/grading.py and benchmarks/tutor.py on the Russian packs):
- senses: a headword's FIRST "(синоним)" line only. The thesaurus gives a word's senses as lines of synonyms with
  no label of register or field, and a later line is often a figurative or rare sense ("изменить": the first line
  is "обмануть", the third "предать"; "защищать" has "умирать", "копья ломать" in its second); two lines let the
  tutor answer a question it should decline. "(сходный термин)" and "(связанный термин)" lines (related, not the
  same meaning: "стоять" / "останавливаться") are never used.
- pairs: a word of a headword's first line is its synonym unless that word is a headword too and neither of its
  first BACK_LINES lines of synonyms gives the first back, in either aspect (`back`): then its main sense is
  another ("увеличить" lists "умножить", whose line is "помножить", "перемножить"; "предавать" lists "изменять",
  which means "предавать" only in its third line; "оборонять" lists "защищать", whose second line gives "оборонить",
  the same verb in the other aspect). Most words of a line are no headword (perfective verbs seldom are), so asking
  every pair to be given both ways in the first lines keeps almost nothing (measured: no answer changed); taking
  every word of a first line as it is lets the tutor answer questions it should decline.
- pronouns and ordinals (`CLOSED`: "каждый", "любой", "первый", "последний", ...) are never synonyms: a closed
  class of the language whose words say which and how many, not what ("каждый прибор" is no "отдельно").
- words: single words of Cyrillic letters (a hyphen inside allowed), at least MIN_LETTERS letters, frequent (the
  forms sharing the word's stem at least 10**MIN_ZIPF times per 10**9 words of the frequency list: rare, obsolete
  and colloquial words, "облыжный", "окрутиться", are left out), and of one part of speech by their endings
  (verbs, adjectives, adverbs: `build_wordnet_table_ru.part_of_speech`; nouns are a text's terms and stay out).
- stems: as in the Wiktionary table, a verb's stem and those of its regular forms; a stem under MIN_STEM letters
  is left out, and so is a reflexive verb's whose verb without -ся is the more frequent (Snowball gives both one
  stem; keying it anyway cost the tutor answers and declines, measured).
- no antonyms: the "(антоним)" lines, tried as the grader's opposites of adjectives and adverbs (and of verbs),
  changed no verdict of any labelled set; the lexicon's opposites and the direction words already catch those.
The header keeps the thesaurus's attribution and licence, as the LGPL asks of a work derived from its data.
"""

from __future__ import annotations

import sys
from collections import defaultdict
from collections.abc import Callable
from pathlib import Path

import Stemmer

sys.path.insert(0, str(Path(__file__).resolve().parent))
from build_wordnet_table_ru import (  # noqa: E402  (the Wiktionary table's keying, shared)
    _LEMMA,
    MIN_LETTERS,
    MIN_STEM,
    MIN_ZIPF,
    _own_stem,
    _plain,
    _verb_stems,
    frequencies,
    part_of_speech,
    table_lines,
)
from lexical_tables import write_part  # noqa: E402

MAX_SENSE = 1  # a headword's first line of synonyms only (see the docstring)
BACK_LINES = 2  # the first lines of synonyms of the other word, one of which must give a pair back
MIN_AKIN = 5  # letters two verbs' stems share when one is the other in another aspect ("оборон", "обороня")
# pronominal adjectives and ordinals: words of which and how many, never said in other words
CLOSED = frozenset((
    "каждый", "всякий", "всяк", "любой", "другой", "иной", "какой", "такой", "таков", "некий", "который", "самый",
    "сам", "никакой", "некоторый", "свой", "мой", "твой", "наш", "ваш", "весь", "этот", "тот", "один", "первый",
    "второй", "третий", "последний", "прочий", "остальной", "целый", "единственный", "многий", "немногий"))
POSES = frozenset("var")  # verbs, adjectives, adverbs (nouns are a text's terms)
SYNONYM = "(синоним)"

HEADER = """# Russian synonyms for studybot, derived by tools/build_thesaurus_ru.py (see its docstring)
# Source: LibreOffice's Russian thesaurus th_ru_RU_M_aot_and_v2.dat (libreoffice-dictionaries 7.5.0, as Debian's
# package mythes-ru 1:7.5.0-1 ships it), Copyright Mikhail Korolyov <mkorolyov@yandex.ru> and Yakov Reztsov
# <yr@myooo.ru>, under the GNU Lesser General Public License 2.1
# (https://www.gnu.org/licenses/old-licenses/lgpl-2.1.html). This table is a modified work of that data (Snowball
# stems of the words of a headword's first line of synonyms; rare words left out with the wordfreq 3.1.1 frequency
# list, CC BY-SA 4.0) and is shared under the same licence, LGPL 2.1: keep this notice.
# Lines: STEM <tab> its synonyms' stems per part of speech, POS=stem,stem;POS=... (v verb, a adjective, r adverb)
"""

Senses = list[tuple[str, list[str]]]  # a headword's lines: (kind, words)


def parse(text: str) -> dict[str, Senses]:
    """MyThes's lines, headword -> its sense lines in order (a headword given twice has its lines joined)."""
    lines = text.lstrip("\ufeff").splitlines()
    if not lines or "|" in lines[0]:
        raise ValueError("MyThes: the first line must name the encoding")
    found: dict[str, Senses] = {}
    i = 1
    while i < len(lines):
        head, bar, count = lines[i].rpartition("|")
        if not bar or not head or not count.isdigit():
            raise ValueError(f"MyThes line {i + 1}: no headword|count in {lines[i][:60]!r}")
        senses = found.setdefault(_plain(head), [])
        for j in range(i + 1, i + 1 + int(count)):
            if j >= len(lines):
                raise ValueError(f"MyThes line {i + 1}: {count} senses announced, {j - i - 1} given")
            kind, *words = lines[j].split("|")
            senses.append((kind.strip(), [_plain(w.strip()) for w in words if w.strip()]))
        i += 1 + int(count)
    return found


def synonyms_of(senses: Senses, max_sense: int = MAX_SENSE) -> set[str]:
    """The words of a headword's first `max_sense` lines of synonyms."""
    lines = [words for kind, words in senses if kind == SYNONYM]
    return {w for words in lines[:max_sense] for w in words}


def back(head: str, other: str, entries: dict[str, Senses], stem: Callable[[str], str]) -> bool:
    """Does `other` (on `head`'s first line) take `head` as a synonym: no headword itself, or one of its first
    BACK_LINES lines gives `head` or the same verb in the other aspect (one stem the start of the other, MIN_AKIN
    letters or more)?"""
    if other not in entries:
        return True
    mine = stem(head)
    for word in synonyms_of(entries[other], BACK_LINES):
        theirs = stem(word)
        if theirs == mine or (min(len(mine), len(theirs)) >= MIN_AKIN
                              and (mine.startswith(theirs) or theirs.startswith(mine))):
            return True
    return False


def pairs(entries: dict[str, Senses], stem: Callable[[str], str], max_sense: int = MAX_SENSE
          ) -> set[tuple[str, str]]:
    """Synonym pairs (a, b), both ways: b on a's first line of synonyms, b takes a back (`back`), no pronoun."""
    return {p for head, senses in entries.items() for other in synonyms_of(senses, max_sense)
            if other != head and not {head, other} & CLOSED and back(head, other, entries, stem)
            for p in ((head, other), (other, head))}


class Keyer:
    """A word's part of speech and stems, when it is a single frequent word of a kept part of speech."""

    def __init__(self, known: dict[str, float]) -> None:
        self.known = known
        self.stemmer = Stemmer.Stemmer("russian")
        self.by_stem: dict[str, float] = defaultdict(float)
        for word, count in known.items():
            if word.isalpha():
                self.by_stem[self.stemmer.stemWord(word) if len(word) > 2 else word] += count

    def key(self, word: str) -> tuple[str, set[str]]:
        """("v", its stems) for a verb kept, "a" an adjective, "r" an adverb; ("", set()) for a word left out."""
        if not _LEMMA.fullmatch(word) or len(word) < MIN_LETTERS \
                or self.by_stem.get(self.stemmer.stemWord(word), 0.0) < 10 ** MIN_ZIPF:
            return "", set()
        pos = part_of_speech(word, self.known)
        if pos not in POSES or not _own_stem(word, self.known):
            return "", set()
        stems = _verb_stems(word, self.known, self.stemmer) if pos == "v" else {self.stemmer.stemWord(word)}
        return (pos, stems) if stems and min(map(len, stems)) >= MIN_STEM else ("", set())


def table(entries: dict[str, Senses], known: dict[str, float], max_sense: int = MAX_SENSE) -> list[str]:
    """One line per stem: the stem, a tab, its synonyms' stems per part of speech."""
    keyer = Keyer(known)
    by_stem: dict[str, dict[str, set[str]]] = defaultdict(lambda: defaultdict(set))
    for a, b in pairs(entries, keyer.stemmer.stemWord, max_sense):
        (pos, mine), (other_pos, theirs) = keyer.key(a), keyer.key(b)
        if pos and pos == other_pos and mine.isdisjoint(theirs):
            for stem in mine:
                by_stem[stem][pos] |= theirs
    return table_lines(by_stem)


def main(argv: list[str]) -> int:
    if len(argv) not in (2, 3):
        print(__doc__.strip().splitlines()[3].strip(), file=sys.stderr)
        return 2
    thesaurus, frequency = Path(argv[0]), Path(argv[1])
    out = Path(argv[2]) if len(argv) > 2 else Path("thesaurus_ru.tsv")
    for path in (thesaurus, frequency):
        if not path.is_file():
            print(f"error: no file {path}", file=sys.stderr)
            return 1
    lines = table(parse(thesaurus.read_text(encoding="utf-8")), frequencies(frequency))
    write_part(out, HEADER, lines)
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
