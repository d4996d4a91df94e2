"""Build Wiktionary's part of src/studybot/core/data/lexical_ru.tsv (its first field) from the wiki-wordnet database.

    python tools/build_wordnet_table_ru.py WIKIWORDNET_DB FREQUENCIES [OUT]

tools/build_lexical_ru.py runs this and merges its lines into the one Russian table; run alone, it writes the part
in its own format to OUT (default: wordnet_ru.tsv in the current folder).

WIKIWORDNET_DB is wiki_ru_wordnet/database/wikiwordnet.db of the PyPI sdist wiki-ru-wordnet==1.0.3
(`pip download --no-deps --no-binary :all: wiki-ru-wordnet==1.0.3`, then `tar xzf`): synsets of Russian
Wiktionary's senses (a row per lemma and sense, with its definition). FREQUENCIES is wordfreq/data/large_ru.msgpack.gz
of the PyPI wheel wordfreq==3.1.1 (`pip download --no-deps wordfreq==3.1.1`, then unzip): word frequencies, read
here only to leave out rare words and to tell a real inflected form from a made-up one; no frequency is shipped.
Pure Python with PyStemmer (a dependency of studybot); nothing of either package is imported, here or at run time.

Russian is inflected and the grader compares Snowball stems, so the table is keyed by stem. One line per stem:
the stem, a tab, its synonyms' stems per part of speech ("v=нагрева,подогрева;a=..."). What it keeps and why:
- senses: a lemma's FIRST sense only (Wiktionary lists the main sense first; there are no tag counts to trust a
  later one, as the English table does: "изменить" is "предать" only in its second sense), and only when its
  definition carries no label but grammatical ones: no register (разг., прост., устар., жарг., поэт.), no
  figurative sense (п., перен.), no field of knowledge (хим., мед., юр.: a term of one field is a term of the
  text, which a pack names itself). Those are where a synonym goes wrong for a reader.
- synsets of 2 to MAX_SIZE lemmas: larger groups in this database are loose lists rather than one sense.
- lemmas: single words of Cyrillic letters (a hyphen inside allowed), lower case (no proper names: those a
  pack's aliases handle), at least MIN_LETTERS letters, and frequent: the forms sharing the lemma's stem occur at
  least 10**MIN_ZIPF times per 10**9 words of the frequency list (rare and obsolete words are left out).
- two lemmas are synonyms when one kept synset is the first sense of both; their stems must differ.
- parts of speech from the lemma's ending (a rule of Russian): an infinitive (-ть after a vowel, -ти, -чь, and
  their reflexive -ся/-сь) is a verb, a full adjective (-ый, -ий, -ой) an adjective, a word in -о or -е whose
  adjective the frequency list has that adjective's adverb ("быстро", which shares its stem), the rest a noun; a
  synset whose lemmas disagree is left out.
- forms: Snowball gives some verbs' forms other stems than the infinitive's ("покинуть" -> покинут, "покинули" ->
  покинул, "покинет" -> покинет). The past and present forms that the verb's ending regularly makes, in the
  conjugation the frequency list has most, are made here, and the stems of those the list has (a form nobody
  writes is never made up) are keyed too.
- stems that stand for too many words are left out: a lemma's under MIN_STEM letters ("ум" of "уметь"), a form's
  under MIN_FORM_STEM ("бат": "бить" made as "бат"), and a reflexive verb's when the verb without -ся is the more
  frequent (Snowball gives "нестись" and "нести" one stem, which then means the other verb). A verb's stem that is
  also a noun's ("возраст", "возрасти") is told apart at run time by the word's ending (`wordnet_ru`).
The data is Wiktionary's, under CC BY-SA: the header keeps its attribution and licence, as the licence asks.
"""

from __future__ import annotations

import gzip
import re
import sqlite3
import sys
import unicodedata
from collections import defaultdict
from contextlib import closing
from pathlib import Path

import Stemmer
from lexical_tables import write_part

MAX_SENSE = 1  # a lemma's first (main) sense only (see the docstring)
MAX_SIZE = 6  # synsets of 2-6 lemmas
MIN_LETTERS = 3
MIN_STEM = 3  # letters of a lemma's stem: a shorter one ("ум" of "уметь") is the stem of too many words
MIN_FORM_STEM = 4  # and of a form's stem ("бат": "бить" made as "бат" is another word)
MIN_ZIPF = 3.0  # the stem's forms at least once per million words
# labels that say nothing of register, field or figurative use: grammar, "same as", "the act of", ...
PLAIN_LABELS = frozenset((
    "=", "помета", "помета.", "действие", "свойство", "соотн.", "наречие", "нареч.", "итп", "-", "прич.", "страд.",
    "безл.", "?", "книжн.", "офиц.", "публиц.", "значение", "семантика", "собир.", "неисч.", "мн.", "мн", "предик.",
    "субстантивир.", "субст.", "адъектив.", "lang"))
_LEMMA = re.compile(r"[а-яё]+(?:-[а-яё]+)?")
_LABEL = re.compile(r"\{\{([^|}]+)")
_VERB = re.compile(r"(?:[аяеиоуыэюё]ть|ти|чь)(?:ся|сь)?$")
_ADJECTIVE = re.compile(r"(?:ый|ий|ой)$")
# the regular past and present forms of a verb by the ending of its infinitive: (ending, its conjugations); the
# conjugation whose forms the frequency list has most often is taken; a reflexive verb's forms add -ся/-сь
_FORMS: tuple[tuple[str, tuple[tuple[str, ...], ...]], ...] = (
    ("овать", (("овал", "овала", "овали", "ует", "уют"),)),
    ("евать", (("евал", "евала", "евали", "ует", "уют"), ("евал", "евала", "евали", "евает", "евают"))),
    ("ать", (("ал", "ала", "али", "ает", "ают"), ("ал", "ала", "али", "ит", "ат"))),
    ("ять", (("ял", "яла", "яли", "яет", "яют"), ("ял", "яла", "яли", "ит", "ят"))),
    ("еть", (("ел", "ела", "ели", "еет", "еют"), ("ел", "ела", "ели", "ит", "ят"))),
    ("ить", (("ил", "ила", "или", "ит", "ят"), ("ил", "ила", "или", "ит", "ат"))),
    ("нуть", (("нул", "нула", "нули", "нет", "нут"),)),
    ("уть", (("ул", "ула", "ули", "ет", "ут"),)),
    ("ыть", (("ыл", "ыла", "ыли", "оет", "оют"),)),
    ("сти", (("с", "сла", "сли", "сет", "сут"), ("л", "ла", "ли", "дет", "дут"), ("л", "ла", "ли", "тет", "тут"))),
    ("зти", (("з", "зла", "зли", "зет", "зут"),)),
    ("чь", (("г", "гла", "гли", "жет", "гут"), ("к", "кла", "кли", "чет", "кут"))))

HEADER = """# Russian synonyms for studybot's grader, derived by tools/build_wordnet_table_ru.py (see its docstring)
# Source: wiki-ru-wordnet 1.0.3 (PyPI; https://github.com/jamsic/ru-wordnet, code under the MIT licence), whose
# database of synsets is derived from Russian Wiktionary (https://ru.wiktionary.org), by Wiktionary's
# contributors, under the Creative Commons Attribution-ShareAlike licence (CC BY-SA 3.0,
# https://creativecommons.org/licenses/by-sa/3.0/). This table is an adaptation of that data (Snowball stems of
# the lemmas of frequent senses; rare words left out with the wordfreq 3.1.1 frequency list, CC BY-SA 4.0) and
# is shared under the same licence, CC BY-SA 3.0: credit Wiktionary's contributors and keep this notice.
# Lines: STEM <tab> its synonyms' stems per part of speech, POS=stem,stem;POS=... (v verb, a adjective, r adverb,
# n noun)
"""


def read_msgpack(data: bytes) -> object:
    """The little of msgpack that wordfreq's cBpack uses: arrays, maps, strings, small integers, nil."""
    pos = 0

    def take(size: int) -> bytes:
        nonlocal pos
        pos += size
        return data[pos - size:pos]

    def read() -> object:
        kind = take(1)[0]
        if kind <= 0x7F:
            return kind
        if 0x80 <= kind <= 0x8F:
            return {read(): read() for _ in range(kind & 0x0F)}
        if 0x90 <= kind <= 0x9F or kind in (0xDC, 0xDD):
            count = kind & 0x0F if kind <= 0x9F else int.from_bytes(take(2 if kind == 0xDC else 4), "big")
            return [read() for _ in range(count)]
        if 0xA0 <= kind <= 0xBF or kind in (0xD9, 0xDA, 0xDB):
            size = kind & 0x1F if kind <= 0xBF else int.from_bytes(take({0xD9: 1, 0xDA: 2, 0xDB: 4}[kind]), "big")
            return take(size).decode("utf-8")
        if kind == 0xCC:
            return take(1)[0]
        if kind == 0xC0:
            return None
        raise ValueError(f"msgpack: unexpected byte {kind:#x} at {pos - 1}")
    return read()


def _plain(word: str) -> str:
    """As the grader's `text.normalise` leaves a Cyrillic word: lower case, "ё" as "е", no stress marks."""
    decomposed = unicodedata.normalize("NFD", word.casefold())
    kept = "".join(c for c in decomposed if not unicodedata.combining(c) or c == "\u0306")  # й keeps its breve
    return unicodedata.normalize("NFC", kept).replace("ё", "е")


def frequencies(path: Path) -> dict[str, float]:
    """word -> how often it occurs per 10**9 words (wordfreq's cBpack: bucket i holds words of 10**(-i/100))."""
    buckets = read_msgpack(gzip.decompress(path.read_bytes()))
    if not isinstance(buckets, list) or not isinstance(buckets[0], dict) or buckets[0].get("format") != "cB":
        raise ValueError(f"{path}: not a wordfreq cBpack")
    found: dict[str, float] = {}
    for i, words in enumerate(buckets[1:]):
        for word in words:
            plain = _plain(word)
            found[plain] = found.get(plain, 0.0) + 10 ** (9 - i / 100)
    return found


def part_of_speech(lemma: str, known: dict[str, float]) -> str:
    """v, a, r or n by the lemma's ending (see the docstring)."""
    if _VERB.search(lemma):
        return "v"
    if _ADJECTIVE.search(lemma):
        return "a"
    if lemma.endswith(("о", "е")) and any(lemma[:-1] + end in known for end in ("ый", "ий", "ой")):
        return "r"  # an adjective's adverb: "быстро" of "быстрый", "искренне" of "искренний"
    return "n"


def verb_forms(lemma: str, known: dict[str, float]) -> set[str]:
    """The regular past and present forms of a verb that the frequency list has, in the verb's conjugation."""
    reflexive = lemma.endswith(("ся", "сь"))
    base = lemma[:-2] if reflexive else lemma
    for ending, conjugations in _FORMS:
        if base.endswith(ending):
            stem = base[:-len(ending)]
            made = [{stem + r + (("сь" if r[-1] in "аеиоуыэюя" else "ся") if reflexive else "") for r in endings}
                    for endings in conjugations]
            found = max(({f for f in forms if f in known} for forms in made),
                        key=lambda forms: sum(known[f] for f in forms))
            return found
    return set()


def _own_stem(lemma: str, known: dict[str, float]) -> bool:
    """Can a lemma's stems stand for it? Not a reflexive verb's when its verb without -ся is the more frequent:
    Snowball gives both one stem, which then means the other verb ("нестись" / "нести")."""
    return not lemma.endswith(("ся", "сь")) or known.get(lemma[:-2], 0.0) < known.get(lemma, 0.0)


def _verb_stems(lemma: str, known: dict[str, float], stemmer: Stemmer.Stemmer) -> set[str]:
    """The stems of a verb's infinitive and of its forms (a stem that is also another word's, the noun
    "возраст" for "возрасти", is told apart at run time by the word's ending: `wordnet_ru.parts_of_speech`)."""
    return {stemmer.stemWord(lemma)} | {st for f in verb_forms(lemma, known)
                                        if len(st := stemmer.stemWord(f)) >= MIN_FORM_STEM}


def _kept(definition: str) -> bool:
    """Is a sense's definition free of labels of register, field or figurative use?"""
    fields = definition.split("~")
    text = fields[4] if len(fields) > 4 else definition
    return {label.strip() for label in _LABEL.findall(text.split("{{пример")[0])} <= PLAIN_LABELS


Group = list[tuple[str, str]]  # the lemmas of one sense, each with its sense's definition


def groups(rows: list[tuple[int, str, str]]) -> list[Group]:
    """The synsets of 2 to MAX_SIZE lemmas, each lemma with its sense, when that is one of its main senses."""
    senses: dict[str, list[int]] = defaultdict(list)
    members: dict[int, Group] = defaultdict(list)
    for synset, lemma, definition in rows:
        senses[lemma].append(synset)
        members[synset].append((lemma, definition))
    found = [[(lemma, definition) for lemma, definition in lemmas if synset in senses[lemma][:MAX_SENSE]]
             for synset, lemmas in members.items() if 2 <= len(lemmas) <= MAX_SIZE]
    return found


def _stems(group: Group, known: dict[str, float], by_stem: dict[str, float], stemmer: Stemmer.Stemmer
           ) -> tuple[str, dict[str, set[str]]]:
    """A group's part of speech and the stems of each lemma kept (none when its lemmas disagree in it)."""
    kept = {_plain(lemma) for lemma, definition in group
            if _LEMMA.fullmatch(lemma) and len(lemma) >= MIN_LETTERS and _kept(definition)
            and by_stem.get(stemmer.stemWord(_plain(lemma)), 0.0) >= 10 ** MIN_ZIPF}
    poses = {part_of_speech(lemma, known) for lemma in kept}
    if len(poses) != 1:
        return "", {}
    pos = poses.pop()
    stems = {lemma: _verb_stems(lemma, known, stemmer) if pos == "v" else {stemmer.stemWord(lemma)}
             for lemma in kept if _own_stem(lemma, known)}
    return pos, {lemma: found for lemma, found in stems.items() if found and min(map(len, found)) >= MIN_STEM}


def build(database: Path, frequency: Path) -> list[str]:
    """One line per stem: the stem, a tab, its synonyms' stems per part of speech."""
    stemmer = Stemmer.Stemmer("russian")
    known = frequencies(frequency)
    by_stem: dict[str, float] = defaultdict(float)
    for word, count in known.items():
        if word.isalpha():
            by_stem[stemmer.stemWord(word) if len(word) > 2 else word] += count
    with closing(sqlite3.connect(f"file:{database}?mode=ro", uri=True)) as db:  # (closed, not only committed)
        rows = db.execute("SELECT synset_id, lemma, definition FROM synsets ORDER BY rowid").fetchall()
    by_word: dict[str, dict[str, set[str]]] = defaultdict(lambda: defaultdict(set))
    for group in groups(rows):
        pos, stems = _stems(group, known, by_stem, stemmer)
        for lemma, mine in stems.items():
            theirs = set().union(*(s for other, s in stems.items() if other != lemma)) - mine
            for stem in mine if theirs else ():
                by_word[stem][pos] |= theirs
    return table_lines(by_word)


def table_lines(by_stem: dict[str, dict[str, set[str]]]) -> list[str]:
    """The table's lines (shared with tools/build_thesaurus_ru.py): a stem, a tab, then per part of speech
    "pos=stem,stem" joined by ";", all sorted."""
    return [f"{stem}\t" + ";".join(f"{pos}=" + ",".join(sorted(by_stem[stem][pos])) for pos in sorted(by_stem[stem]))
            for stem in sorted(by_stem)]


def main(argv: list[str]) -> int:
    if len(argv) not in (2, 3):
        print(__doc__.strip().splitlines()[2].strip(), file=sys.stderr)
        return 2
    database, frequency = Path(argv[0]), Path(argv[1])
    out = Path(argv[2]) if len(argv) > 2 else Path("wordnet_ru.tsv")
    for path in (database, frequency):
        if not path.is_file():
            print(f"error: no file {path}", file=sys.stderr)
            return 1
    lines = build(database, frequency)
    write_part(out, HEADER, lines)
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
