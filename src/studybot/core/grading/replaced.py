"""What was replaced and by what: a point of two things, one put in the other's place ("the water wheel was replaced
by a steam engine", "продразвёрстку заменили продналогом", "a steam engine rather than a water wheel"), that an answer
says the other way round ("the steam engine was replaced by a water wheel", "the water wheel replaced the steam engine",
"продналог заменили продразвёрсткой", "вместо продналога ввели продразвёрстку"). Its words all there, the point is not
made.

A rule of each language's grammar, no word of a text: the thing put in is the subject of an active verb of replacing
("a steam engine replaced ..."), the one after "by" / "with" ("was replaced by ...", "replaced ... with ..."), in
Russian the one in the instrumental ("заменили продналогом", "заменили сбором зерна": the first word of a run whose
noun a genitive follows) or after "на" ("заменили ... на ..."); the thing taken
out is the object of the active verb, the subject of the passive, the one after "instead of", "rather than",
"in place of", "вместо", "взамен", "а не". A thing whose role no such mark gives has the other's opposite role; when
neither is marked, or both the same, nothing is read."""

from __future__ import annotations

from ..lexicon_roles import DETERMINERS
from ..matching import Prepared
from ..ru_families import ADJECTIVE_ENDINGS

__all__ = ["REPLACING", "replacement_swapped"]

OLD, NEW = "old", "new"
# beginnings of the verbs (and nouns) of replacing, per language
REPLACING = _REPLACING = {"en": ("replac", "substitut", "supplant", "supersed"),
                          "ru": ("замен", "смени", "сменил", "сменя")}
# Russian passive forms of those verbs ("заменён", "заменены", "заменялся")
_RU_PASSIVE = ("заменен", "заменён", "сменен", "сменён")
# the marks before a thing that make it the one taken out ("instead of X") or the one put in ("by X")
_OUT_MARKS = {"en": (("instead", "of"), ("rather", "than"), ("place", "of")),
              "ru": (("вместо",), ("взамен",), ("а", "не"))}
_IN_MARKS = {"en": (("by",), ("with",)), "ru": (("на",),)}
_EN_PASSIVE = frozenset("was were is are be been being".split())
# Russian noun endings of the instrumental (singular and plural), read only with no preposition before the noun
_RU_INSTRUMENTAL = ("ом", "ем", "ём", "ой", "ей", "ою", "ею", "ами", "ями")
_RU_FEMININE_OBJECT = ("у", "ю")  # the accusative of "-а", "-я" nouns ("машину", "продразвёрстку")
_RU_FEMININE_SUBJECT = ("а", "я")  # their nominative, right before the verb ("машина заменила")
# verbs of several words, and the role of their subject: "X took over from Y" (X put in), "Y gave way to X"
_PHRASES: dict[str, tuple[tuple[tuple[str, ...], str], ...]] = {"en": tuple(
    (tuple(f"{verb} {rest}".split()), role) for verbs, rest, role in (
        ("take takes took taken taking", "over from", "new"), ("give gives gave given giving", "way to", "old"),
        ("make makes made making", "way for", "old")) for verb in verbs.split())}
_EN_AUXILIARIES = frozenset("was were is are be been being has have had will would".split())
_CLAUSE_OPENERS = frozenset("and but so then that which when".split())  # what may stand before a subject


def _verb(text: Prepared) -> dict[int, int]:
    """The place of the verb (or noun) of replacing in each clause that has one."""
    starts = _REPLACING.get(text.lang.code, ())
    out: dict[int, int] = {}
    for j in text.content():
        if text.words[j].startswith(starts):
            out.setdefault(text.clauses[j], j)
    return out


def _phrasal(text: Prepared) -> dict[int, tuple[int, int, str]]:
    """The verbs of several words of replacing ("took over from") in each clause that has one: where it begins, where
    it ends, and the role of its subject."""
    out: dict[int, tuple[int, int, str]] = {}
    for phrase, role in _PHRASES.get(text.lang.code, ()):
        n = len(phrase)
        for b in range(len(text.words) - n + 1):
            if tuple(text.words[b:b + n]) == phrase and len({text.clauses[k] for k in range(b, b + n)}) == 1:
                out.setdefault(text.clauses[b], (b, b + n - 1, role))
    return out


def _blocked(text: Prepared) -> set[int]:
    """The words of the verbs of several words of replacing: no thing's phrase runs over them."""
    return {k for b, e, _ in _phrasal(text).values() for k in range(b, e + 1)}


def _mark(text: Prepared, start: int, marks: tuple[tuple[str, ...], ...]) -> bool:
    return any(tuple(text.words[max(0, start - len(m)):start]) == m and start >= len(m) for m in marks)


def _phrase_start(text: Prepared, j: int, content: set[int], other: int = -1) -> int:
    """Where the run of words (content words and determiners) ending at a thing's head begins, never taking in the
    other thing (at `other`)."""
    code = text.lang.code
    plain = DETERMINERS.get(code, frozenset())
    marks = {m[-1] for m in (*_OUT_MARKS.get(code, ()), *_IN_MARKS.get(code, ()))}
    verbs = _REPLACING.get(code, ("\0",))
    k = j
    while k > 0 and text.clauses[k - 1] == text.clauses[j] and (k - 1 in content or text.words[k - 1] in plain) \
            and not text.words[k - 1].startswith(verbs) and text.words[k - 1] not in marks and k - 1 != other \
            and k - 1 not in _blocked(text):
        k -= 1
    return k


def _phrase_end(text: Prepared, j: int, content: set[int], other: int) -> int:
    """The last word of the run of content words a thing's word stands in ("power" of "a power loom": "loom")."""
    verbs = _REPLACING.get(text.lang.code, ("\0",))
    while j + 1 in content and text.clauses[j + 1] == text.clauses[j] and j + 1 != other \
            and not text.words[j + 1].startswith(verbs) and j + 1 not in _blocked(text):
        j += 1
    return j


def _role(text: Prepared, j: int, verbs: dict[int, int], content: set[int], other: int) -> str | None:
    """The role the grammar gives the thing whose last word stands at j, or None."""
    code = text.lang.code
    start = _phrase_start(text, j, content, other)
    if _mark(text, start, _OUT_MARKS.get(code, ())):
        return OLD
    phrase = _phrasal(text).get(text.clauses[j])
    if phrase is not None:
        b, e, subject = phrase
        if j > e:  # the thing right after the verb: the other role
            return (OLD if subject == NEW else NEW) if all(text.words[h] in DETERMINERS["en"]
                                                            for h in range(e + 1, start)) else None
        return subject if j < b and all(w in _EN_AUXILIARIES for w in text.words[j + 1:b]) else None
    v = verbs.get(text.clauses[j])
    if v is None:
        return None
    word = text.words[j]
    if code == "en":
        if j > v:
            if _mark(text, start, _IN_MARKS["en"]):
                return NEW
            return OLD if start == v + 1 or (start > v and all(text.words[h] in DETERMINERS["en"]
                                                                 for h in range(v + 1, start))) else None
        between = text.words[j + 1:v]  # only auxiliaries between the subject and its verb ("has been replaced")
        if start > 0 and text.words[start - 1] not in _CLAUSE_OPENERS or any(w not in _EN_AUXILIARIES for w in between):
            return None
        return OLD if any(w in _EN_PASSIVE for w in between) else NEW
    if code == "ru":
        if j > v and _mark(text, start, _IN_MARKS["ru"]):
            return NEW
        if start > 0 and start - 1 != v and start - 1 not in content:
            return None  # after another preposition
        if any(w.endswith(_RU_INSTRUMENTAL) and len(w) > 4 for w in (word, text.words[start])):
            return NEW  # (a noun's genitive follows it: "заменили сбором зерна", the thing's head the run's first)
        if start < j and not text.words[start].endswith(ADJECTIVE_ENDINGS):
            word = text.words[start]  # "сбор зерна": the head, not its genitive
        active = not text.words[v].startswith(_RU_PASSIVE)
        if word.endswith(_RU_FEMININE_OBJECT) and active:
            return OLD
        if j < v and word.endswith(_RU_FEMININE_SUBJECT) and active and all(h in content for h in range(j, v)):
            return NEW  # "продразвёрстка заменила ...": the subject of the active verb
    return None


def _roles(text: Prepared, places: tuple[int, int]) -> tuple[str, str] | None:
    """The roles of two things (at their last words), each given by its mark or as the other's opposite."""
    content = set(text.content())
    verbs = _verb(text)
    ends = [_phrase_end(text, places[0], content, places[1]), _phrase_end(text, places[1], content, places[0])]
    a, b = _role(text, ends[0], verbs, content, ends[1]), _role(text, ends[1], verbs, content, ends[0])
    if a is None and b is None or a == b:
        return None
    if a is None:
        a = OLD if b == NEW else NEW
    if b is None:
        b = OLD if a == NEW else NEW
    return a, b


def _heads(point: Prepared) -> tuple[int, int] | None:
    """The last words of the two things of a point of replacing: the two runs of content words around its verb or its
    mark, in one clause."""
    content = set(point.content())
    verbs = _verb(point)
    code = point.lang.code
    marked = [j for j in point.content() if _mark(point, _phrase_start(point, j, content), _OUT_MARKS.get(code, ()))]
    phrases, blocked = _phrasal(point), _blocked(point)
    if not verbs and not marked and not phrases:
        return None
    clause = point.clauses[marked[0]] if marked else next(iter(verbs or phrases))
    stops = set(verbs.values()) | blocked
    ends = [j for j in point.content() if point.clauses[j] == clause and j not in stops
            and (j + 1 not in content or point.clauses[j + 1] != clause or j + 1 in stops)]
    if len(ends) != 2:
        return None
    if point.stems[ends[0]] != point.stems[ends[1]]:
        return ends[0], ends[1]
    # one head for both ("the old loom", "a power loom"): the word that tells each apart
    runs = [[k for k in range(_phrase_start(point, j, content), j) if k in content] for j in ends]
    apart = [next((k for k in run if all(point.stems[k] != point.stems[h] for h in other)), -1)
             for run, other in ((runs[0], runs[1]), (runs[1], runs[0]))]
    return (apart[0], apart[1]) if min(apart) >= 0 else None


_POINTS: dict[tuple[str, str], tuple[tuple[int, int], tuple[str, str]] | None] = {}  # each point's things, roles


def replacement_swapped(point: Prepared, got: Prepared) -> bool:
    """Does the answer put in what the point says was taken out, and take out what it says was put in?"""
    code = point.lang.code
    if code not in _REPLACING:
        return False
    key = (code, point.text)
    if key not in _POINTS:
        if len(_POINTS) > 4096:
            _POINTS.clear()
        firsts = {m[0] for m in _OUT_MARKS[code]} | {ph[0] for ph, _ in _PHRASES.get(code, ())}
        said = any(w.startswith(_REPLACING[code]) or w in firsts for w in point.words)
        heads = _heads(point) if said else None
        _POINTS[key] = None if heads is None or (want := _roles(point, heads)) is None else (heads, want)
    found = _POINTS[key]
    if found is None:
        return False
    heads, want = found
    lang = got.lang
    # each thing where the answer says it, in a clause of replacing if it says it there ("налог снизили, денежный
    # налог заменили ...")
    verbs = set(_verb(got)) | set(_phrasal(got))
    places = [[j for j in got.content() if lang.word_match(point.stems[i], got.stems[j]) >= 0] for i in heads]
    mine = [next((j for j in found if got.clauses[j] in verbs), found[0] if found else -1) for found in places]
    if min(mine) < 0 or mine[0] == mine[1]:
        return False
    have = _roles(got, (mine[0], mine[1]))
    return have is not None and have[0] != want[0] and have[1] != want[1]
