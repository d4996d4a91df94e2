"""A slip in a short word of a name, the name's other words all given: "sir robert peal" for "Sir Robert Peel",
"Jani Bek" for "Jani Beg". A word of three to five letters is too short for typo tolerance on its own ("fell" is no
slip of "fall"), but inside a name whose other words the answer gives as written, one letter put for another that
a learner could have hit or heard instead (`typos.plausible_typo`), or two swapped, is a slip of that name; the
word beside it may have a slip of its own when it is long enough to be forgiven one ("Vess Mitchel" for "Wess
Mitchell": the same person, the surname close). Only a
name of two words or more written with capitals in the wording, never an acronym ("EEC" is no "OEEC"); only one
word mended; never a word the answer gives as written elsewhere in the wording. English and Russian names alike:
a rule of spelling, no name of a text. And a given name that another initial stands for (`initials_contradicted`)."""

from __future__ import annotations

import re
from collections.abc import Mapping

from rapidfuzz.distance import OSA

from ..language import Language
from ..matching import Prepared
from ..people import patronymic
from ..typos import plausible_typo

__all__ = ["initials_contradicted", "initials_given", "mended_name_word"]

NAME_SLIP = (3, 5)  # letters of a name's word a slip is forgiven in here (longer ones have typo tolerance)
LONG_NAME_WORD = 6  # letters of a name's other word that may have a slip of its own beside it ("Vess Mitchel")


def mended_name_word(ref: Prepared, got: Prepared) -> str | None:
    """The answer with a slip of a short word of the wording's name mended, or None."""
    names = [i for i in ref.content() if ref.words[i] in ref.capitalised and ref.words[i].isalpha()
             and ref.words[i] not in ref.exact]  # (an acronym's letters are the name: "EEC" is no "OEEC")
    if len({ref.words[i] for i in names}) < 2:
        return None  # (a name of one word has nothing around it to say which name is meant)
    said = set(got.words)
    short = [j for j in got.content() if NAME_SLIP[0] <= len(got.words[j]) <= NAME_SLIP[1]
             and got.words[j].isalpha() and got.words[j] not in ref.words and got.words[j] not in got.exact]
    found = []
    for j in short:
        word = got.words[j]
        near = {ref.words[i] for i in names if ref.words[i] not in said
                and NAME_SLIP[0] <= len(ref.words[i]) <= NAME_SLIP[1] and OSA.distance(word, ref.words[i]) == 1
                and plausible_typo(word, ref.words[i])}
        if len(near) == 1:
            found.append((j, near.pop()))
    if len(found) != 1:
        return None
    j, mended = found[0]
    others = [ref.words[i] for i in names if ref.words[i] != mended and ref.words[i] not in said]
    if len(others) > 1 or others and not _slipped_long(others[0], got, j):
        return None  # every other word of the name given as written, or one long word of it with a typo of its own
    return " ".join(mended if k == j else w for k, w in enumerate(got.words))


def _slipped_long(word: str, got: Prepared, mended: int) -> bool:
    """Does the answer give a long word of the name (`LONG_NAME_WORD` letters or more, long enough for a typo on
    its own: "Mitchel" for "Mitchell") with a slip the language forgives, beside the short word mended?"""
    return len(word) >= LONG_NAME_WORD and any(
        got.lang.word_match(word, got.words[k]) == 1 and got.words[k][:1] == word[:1]
        for k in (mended - 1, mended + 1) if 0 <= k < len(got.words))


# a person by initials: "J. R. Tolley", "Н. А. Сомов" (initials first), "Сомов Н. А." (after the surname)
_INITIALS_FIRST = re.compile(r"(?<![\w.])((?:[^\W\d_]\.\s*){1,3})([^\W\d_]{3,})")
_INITIALS_AFTER = re.compile(r"(?<![\w.])([^\W\d_]{3,})\s+((?:[^\W\d_]\.\s*){1,3})")
_LETTER = re.compile(r"[^\W\d_]")


def initials_given(wordings: tuple[str, ...], lang: Language) -> dict[str, frozenset[str]]:
    """The surnames that right wordings give with initials only ("J. R. Tolley", "Сомов Н. А."), by their stems in
    `lang`, each with its initials' letters: read from the wordings alone, so once per card (`initials_contradicted`
    reads them for every answer)."""
    firsts: dict[str, set[str]] = {}  # a surname's stem -> the initials given with it
    for text in wordings:
        for found in _INITIALS_FIRST.finditer(text):
            if not text[:found.start()].rstrip()[-1:].isalpha() and not text[found.end():].lstrip()[:1].isupper():
                # (not "Ulysses S. Grant" nor "A. Wess Mitchell": a name said in full, the initial a middle one)
                firsts.setdefault(lang.stem(found.group(2).casefold()), set()).update(
                    _LETTER.findall(found.group(1).casefold()))
        for found in _INITIALS_AFTER.finditer(text):
            if text[found.end():].lstrip()[:1].isupper():
                continue  # ("Kenneth S. Yalowitz": a given name and a middle initial, no surname before initials)
            firsts.setdefault(lang.stem(found.group(1).casefold()), set()).update(
                _LETTER.findall(found.group(2).casefold()))
    return {stem: frozenset(letters) for stem, letters in firsts.items()}


def initials_contradicted(firsts: Mapping[str, frozenset[str]], got: Prepared) -> str:
    """A given name in capitals that the answer puts before the surname of a right wording naming the person by
    initials only (`firsts`: `initials_given` of the wordings, in the answer's language), and that begins with another
    letter than the initials: "Michael Tolley" names another man than "J. R. Tolley" ("John Tolley", "Robert Tolley"
    may be him). The given name's patronymic or initials may stand between ("Дмитрий Алексеевич Сомов" for
    "Н. А. Сомов"). Any language: the letters of the wordings, no name of a text."""
    if not firsts or not got.capitalised:
        return ""
    lex, words = got.lang.lex, got.words
    for j in range(1, len(words)):
        initials = next((v for st, v in firsts.items() if got.lang.word_match(st, got.stems[j]) >= 0), None)
        i = j - 1
        while i > 0 and (len(words[i]) == 1 and words[i].isalpha() or patronymic(words[i], lex)):
            i -= 1  # (initials a pack's aliases write out: "Дмитрий Н. А. Сомов")
        if initials is None or i < 0 or got.clauses[i] != got.clauses[i + 1]:
            continue
        given = words[i]
        if given in got.capitalised and len(given) >= 3 and given.isalpha() and given not in lex.stop \
                and given not in lex.titles and given[0] not in initials:
            return given
    return ""
