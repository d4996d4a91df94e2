"""A name of several words with one of the words that tell it apart left out is another name (issue #11): "the
Order of the Blue Lion" is another award than "the order of the Blue Lion of Merit", "орден Синего Льва" another
than "орден Боевого Синего Льва". A short answer that says most of a long wording (`ShortGrading._best_wording`,
level 1) does not say such a name, whatever its likeness in letters. A name shortened the way people shorten it is a
question of the pack's aliases, and a slip in a word of the name is still the word. The other way round, a
capitalised word the answer puts into the name ("the order of the Blue Lion of Merit" for "the order of the Blue
Lion", "орден Боевого Синего Льва" for "орден Синего Льва") makes another name too (`name_word_added`).

The name is a run of words written with a capital letter in the wording. In English it is the name of a thing when
an "of" stands inside it ("Order of the Blue Lion of Merit"; a person's name has none: "John Henry Fowler" said as
"John Fowler" is left to the names' rules), and each of its capitalised words tells it apart but a first one right
before "of" (the kind of thing: "Order", "Treaty"). In Russian a capitalised adjective before another word of the
run tells it apart ("Боевого Синего Льва"); an epithet after a name ("Иван Смелый") does not. Rules of the two
languages' word order and endings, the same for every text."""

from __future__ import annotations

import re
from collections.abc import Iterable

from ..lexicon_names import NAME_WORDS
from ..matching import Prepared
from .letter_symbols import letters_kept
from .person_asks import asks_for_person

__all__ = ["name_turned", "name_word_added", "name_word_dropped", "owned_dropped", "said_whole"]

_WORD = re.compile(r"[^\W\d_]+")
_JOINS = {"en": frozenset(("of", "the", "and")), "ru": frozenset()}
_ADJECTIVE = re.compile(r"^[^\W\d_]{3,}(?:ый|ий|ой|ая|яя|ое|ее|ые|ие|ого|его|ому|ему|ым|им|ых|их|ую|юю|ей)$")


def _runs(ref: Prepared) -> list[list[int]]:
    """The runs of capitalised words of a wording (positions; English "of", "the", "and" may join them)."""
    joins = _JOINS.get(ref.lang.code, frozenset())
    runs: list[list[int]] = []
    run: list[int] = []
    for i, word in enumerate(ref.words):
        if word in ref.capitalised and word.isalpha():
            run.append(i)
        elif not (run and word in joins and i + 1 < len(ref.words) and ref.clauses[i + 1] == ref.clauses[i]):
            runs.append(run)
            run = []
    runs.append(run)
    return [r for r in runs if len(r) >= 2]


def _telling(ref: Prepared, run: list[int]) -> list[int]:
    """The words of a name's run that tell it apart from another name of the same kind."""
    words = ref.words
    if ref.lang.code == "en":
        inside = range(run[0], run[-1] + 1)
        if not any(words[k] == "of" for k in inside):  # a body's name ends in its kind ("... Conservation Service")
            names = NAME_WORDS["en"]
            return [k for k in run[:-1] if words[k] not in names.status] if words[run[-1]] in names.heads else []
        return run[1:] if words[run[0] + 1] == "of" else run  # ("Order of the ...": the kind)
    if ref.lang.code == "ru":
        return [i for i in run[:-1] if i > 0 and _ADJECTIVE.match(words[i])]
    return []


def _thing_name(ref: Prepared, run: list[int]) -> bool:
    """Is a run the name of a thing, not of a person: English with "of" inside it or right before it ("the order of
    the Blue Lion"), Russian with a capitalised adjective before another of its words?"""
    if ref.lang.code == "en":
        before = ref.words[max(0, run[0] - 2):run[0]]
        return "of" in before or any(ref.words[k] == "of" for k in range(run[0], run[-1] + 1))
    return bool(_telling(ref, run))


def name_word_dropped(ref: Prepared, got: Prepared, given: frozenset[str] | None = None) -> bool:
    """Does the answer say a name of the wording with a word that tells it apart left out (its other words said)?
    With `given` (the stems the question gives, which a match need not find), only such a word left out counts:
    "Natural Resources Service" asked what the Soil Conservation Service became."""
    if not ref.capitalised or ref.lang.code not in _JOINS:
        return False
    for run in _runs(ref):
        said = {i for i in run if got.find_word(ref.stems[i], ref.words[i], None)[0] >= 0}
        if said and any(i not in said and (given is None or ref.stems[i] in given and i in ref.content())
                        for i in _telling(ref, run)):
            return True
    return False


# an English possessive as written: the owner and the word after it ("Caesar's sister")
_POSSESSIVE = re.compile(r"(?<![\w'’])([^\W\d_]+)['’]s\s+([^\W\d_]+)")


def owned_dropped(ref: Prepared, got: Prepared) -> bool:
    """Does the answer keep the owner of a possessive of the wording and leave out the thing owned ("the grandson of
    Caesar" for "the grandson of Caesar's sister", "the king" for "the king's army")? The owner alone names another
    person or thing."""
    if ref.lang.code != "en" or "s " not in ref.written:
        return False
    lang, content = ref.lang, set(ref.content())
    for m in _POSSESSIVE.finditer(ref.written):
        owner, owned = (lang.stem(w.casefold()) for w in m.groups())
        if not any(ref.stems[i] == owned for i in content) or owner not in got.stems:
            continue
        if got.find_word(owned, m.group(2).casefold(), None)[0] < 0:
            return True
    return False


def said_whole(ref: Prepared, got: Prepared) -> bool:
    """Does an answer that says most of a wording keep the words that tell it apart: each letter that names one of
    several (`letters_kept`), each word that tells a name apart (`name_word_dropped`) and the thing an owner has
    (`owned_dropped`)?"""
    return letters_kept(ref, got) and not name_word_dropped(ref, got) and not owned_dropped(ref, got)


def name_word_added(ref: Prepared, got: Prepared, allowed: frozenset[str]) -> str:
    """The word the answer puts into a name of a thing in the wording (`_thing_name`), or "": a capitalised word
    that no right wording nor the question uses (`allowed`: their stems) among the name's words as the answer says
    them, or going on from them (English, through "of" and "the": "the order of the Silver Star of Labour" for "the
    order of the Silver Star"; Russian, a capitalised adjective right before them: "орден Трудового Серебряного
    Знамени" for "орден Серебряного Знамени"). The other way round from `name_word_dropped`: either way it is
    another name."""
    code, joins = got.lang.code, _JOINS.get(got.lang.code)
    if joins is None or not got.capitalised:
        return ""
    lang = got.lang

    def added(j: int) -> bool:
        word = got.words[j]
        return word in got.capitalised and word.isalpha() and word not in got.marks().exact \
            and not any(lang.word_match(got.stems[j], st) >= 0 for st in allowed)

    for run in _runs(ref):
        at = [got.find_word(ref.stems[i], ref.words[i], None) for i in run]
        if any(found < 0 for found, _ in at) or not _thing_name(ref, run):
            continue  # (a person's name goes on with what they were: "Valery Gorin, the Institute's chemist")
        first, last = min(j for _, j in at), max(j for _, j in at)
        inside = [j for j in range(first + 1, last) if j not in {k for _, k in at}]
        if code == "en":
            k = last + 1
            while k < len(got.words) and got.words[k] in joins:
                k += 1
            inside += [k] if k > last + 1 and k < len(got.words) else []
        elif first > 0 and _ADJECTIVE.match(got.words[first - 1]):
            inside.append(first - 1)
        if word := next((got.words[j] for j in inside if added(j)), ""):
            return word
    return ""


def name_turned(ref: Prepared, got: Prepared, prompt: Prepared, people: Iterable[str]) -> bool:
    """An English wording that is a name of two words written with capitals ("Port Said", "Cape Verde"), said with
    its two words the other way round side by side ("Said port", "Verde Cape"): another reading, another place or
    thing; unless the name is a person's (one of the pack's `people`, or the question asks who: "Who ...?", "Which
    engineer ...?"), whose surname may come first ("Lovelace Ada"). Russian word order is free: never read there."""
    if ref.lang.code != "en" or len(ref.words) != 2 or ref.content() != [0, 1] or ref.stems[0] == ref.stems[1] \
            or not all(w in ref.capitalised and w.isalpha() for w in ref.words):
        return False
    pairs = list(zip(got.stems, got.stems[1:], strict=False))
    if (ref.stems[1], ref.stems[0]) not in pairs or (ref.stems[0], ref.stems[1]) in pairs:
        return False
    if not prompt.lang.lex.person_questions.isdisjoint(prompt.words) \
            or asks_for_person(prompt.written, prompt.lang.code, prompt.lang.stem):
        return False
    return not any(_WORD.findall(name.casefold())[-2:] == ref.words for name in people)
