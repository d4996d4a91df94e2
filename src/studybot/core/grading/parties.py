"""Who did what, by party: a keypoint whose words an answer keeps while it gives the point's role to
another party ("у турок не было флота" for "у России не было флота", "gave the juries to the senators"
for "equestrians given the juries"), or names the point's two parties each in the other's role
("Sweden defeated Russia" for "Russia defeated Sweden", "Швеция победила Россию" for "Россия победила
Швецию"; "Sweden was defeated by Russia", "Швецию победила Россия" keep the roles).

A party is a name the pack writes with a capital or lists among its aliases, or a plural noun of a group
of people by its ending ("equestrians", "royalists"): read from the pack, never from a list of one text; a
general noun for people ("governments", "politicians") is none, since one may say the other. A role is read only
where the language marks it: a preposition before the party ("to", "у"), an English bare subject
(with a verb of giving after it: the one given to), a Russian case ending. When in doubt, no fail.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable
from functools import lru_cache

from ..aliases import Aliases
from ..lexicon_paraphrase import DEMONYMS
from ..lexicon_roles import DETERMINERS, GIVEN_PARTICIPLES, PEOPLE_ENDINGS, ROLE_MARKERS, RU_CASE_ENDINGS, SAME_PEOPLE
from ..lexicon_ru_tutor import RUSSIAN_TUTOR
from ..matching import Prepared
from ..text import normalise
from .becoming import becoming_flipped
from .converse import converse_swapped
from .replaced import replacement_swapped
from .word_order import acted_on, order_reversed

__all__ = ["Parties", "case_swapped", "party_kept", "party_replaced", "roles_swapped", "same_party", "slot",
           "unless_wrong_party", "wrong_party"]

_WORD = re.compile(r"[^\W\d_]+")
_SENTENCE_END = re.compile(r"[.!?:;\n•\-–—\"«(]\s*$")
_EN_GROUPS = tuple(frozenset(g.split()) for g in DEMONYMS.split("|"))
MIN_PARTY = 3  # letters of a party's stem


class Parties:
    """The parties of a pack: its names (capitalised in its texts, or aliases) and nouns for groups of people."""

    def __init__(self, texts: tuple[str, ...], aliases: Aliases) -> None:
        self._texts, self._aliases, self.aliases = texts, aliases, aliases
        self._names: frozenset[str] | None = None
        self._persons: frozenset[str] | None = None
        self._known: dict[tuple[str, str], bool] = {}

    def _read(self) -> None:
        lang, aliases = self._aliases.lang, self._aliases
        names: set[str] = set()
        for text in self._texts:
            for m in _WORD.finditer(text):
                w = m.group()
                if w[:1].isupper() and not (w.isupper() and len(w) > 1) and m.start() > 0 \
                        and not _SENTENCE_END.search(text[:m.start()]):
                    names.add(lang.stem(normalise(w).casefold()))
        for key, canon in aliases.pairs.items():
            if " " not in key:
                names |= {lang.stem(key), lang.stem(canon)} if " " not in canon else {lang.stem(key)}
        self._names = frozenset(n for n in names if len(n) >= MIN_PARTY and n not in lang.lex.stop)
        people, titles = aliases.people, lang.lex.titles
        # people the pack names (`core.people`), and names it writes with a title ("царь Пётр", "King Harold")
        titled = {canon for key, canon in aliases.pairs.items() if not titles.isdisjoint(_WORD.findall(key))}
        self._persons = frozenset(lang.stem(normalise(w)) for name in (*people.canonicals, *people.given,
                                                                        *people.surnames, *titled)
                                  for w in _WORD.findall(name) if w not in titles)

    def is_party(self, word: str, st: str) -> bool:
        found = self._known.get((word, st))  # by the word too: its form decides ("русским", a people's ending)
        if found is None:
            found = self._known[word, st] = self._party(word, st)
        return found

    def _party(self, word: str, st: str) -> bool:
        if self._names is None:
            self._read()
        assert self._names is not None
        lang = self._aliases.lang
        if len(st) < MIN_PARTY or word in lang.lex.stop:
            return False
        if st in self._names or len(word) >= 7 and word.endswith(PEOPLE_ENDINGS.get(lang.code, ())):
            return True  # (not a general noun for people: "governments" may say "politicians")
        ends = RUSSIAN_TUTOR.people_endings if lang.code == "ru" else ()
        if ends and word.endswith(ends):
            return True
        if any(word.endswith(end) and word[:len(word) - len(end)] in self._names for end in lang.lex.demonym_endings):
            return True  # a name's people or adjective ("Telmarian", "Orvians"): a name, then one of the endings
        if lang.code != "ru":
            return False
        # a vowel of the genitive plural ("турок" / "турки"); a people of a named country ("русским" / "Россия")
        # or a people named from a named place ("орвийцам" / "Орвия": its stem, or four letters alike)
        return len(st) >= 5 and st[-2] in "оеё" and st[:-2] + st[-1] in self._names \
            or any(st.startswith(s) for g in SAME_PEOPLE["ru"] for s in g) \
            and any(same_party("ru", st, n) for n in self._names) \
            or len(st) >= 5 and any(st[:4] == n[:4] or len(n) == MIN_PARTY and st.startswith(n) for n in self._names)

    def name_key(self, word: str) -> str:
        """One form of a name's every case (`Aliases.name_key`)."""
        return self._aliases.name_key(word).casefold()

    def person(self, st: str) -> bool:
        if self._persons is None:
            self._read()
        assert self._persons is not None
        return st in self._persons


@lru_cache(maxsize=65536)
def same_party(lang_code: str, a: str, b: str) -> bool:
    """Are two stems one party: one word, a people and its country ("турк" / "турц", "swede" / "sweden")?"""
    if a == b or (len(a) >= 3 and len(b) >= 3 and a[:3] == b[:3]):
        return True
    if lang_code == "en":
        return not _en_groups(a).isdisjoint(_en_groups(b))
    return any(any(a.startswith(s) for s in g) and any(b.startswith(s) for s in g)
               for g in SAME_PEOPLE.get(lang_code, ()))


@lru_cache(maxsize=16384)
def _en_groups(st: str) -> frozenset[int]:
    """The English groups of a country and its people with a word a stem begins ("swede": sweden, swedes)."""
    return frozenset(k for k, g in enumerate(_EN_GROUPS) if any(w.startswith(st) for w in g))


def slot(text: Prepared, i: int) -> str | None:
    """The role a word's place marks: the role of the preposition before it ("to the senators": "to"),
    "" for an English bare subject (the first content word of its clause), "to" for one before a
    participle of giving ("equestrians given the juries"); None when nothing marks it."""
    lang = text.lang
    markers = ROLE_MARKERS.get(lang.code, {})
    content = set(text.content())
    clause, k, passed = text.clauses[i], i - 1, 0
    plain = DETERMINERS.get(lang.code, frozenset())
    while k >= 0 and text.clauses[k] == clause:
        w = text.words[k]
        if w in markers:
            return markers[w]
        if k not in content and w not in plain and (lang.code == "en" or not passed):
            return None  # a word of another role: "than Sweden", "as Sweden", "на Швецию"
        if k in content:
            passed += 1
            if passed > 1 or lang.code == "en":
                break  # (a word between: "to foil Russia" is no role of Russia; Russian: "у Османской Турции")
        k -= 1
    if lang.code == "ru":
        return _case(text.words[i]) if passed > 1 or k < 0 or text.clauses[k] != clause else None
    if passed or lang.code != "en":
        return None
    after = next((j for j in range(i + 1, len(text.words)) if text.clauses[j] == clause and j in content
                  and text.words[j] not in lang.lex.auxiliaries), -1)
    if after >= 0 and text.words[after] in GIVEN_PARTICIPLES.get(lang.code, frozenset()):
        return "to"
    return ""


def _case(word: str) -> str | None:
    """A Russian word's cases by its ending, as a role ("=dat.pl ins.sg"); None when the ending says none."""
    for ending, cases in RU_CASE_ENDINGS:
        if word.endswith(ending) and len(word) - len(ending) >= MIN_PARTY:
            return "=" + " ".join(sorted(cases))
    return None


def _meet(want: str | None, role: str | None) -> bool:
    """Do two roles agree: one preposition, or (Russian) a case both words may be in?"""
    if want is None or role is None:
        return False
    if want.startswith("=") and role.startswith("="):
        return not set(want[1:].split()).isdisjoint(role[1:].split())
    return want == role


def _core_clauses(got: Prepared, positions: tuple[int, ...], parties: Parties) -> set[int]:
    """The clauses where the answer makes a point: those of its words that name no party, if any (its "Трепов" may
    stand in another clause, in another role: "Засулич велела ..., а присяжные сочувствовали Трепову")."""
    clauses = {got.clauses[j] for j in positions}
    core = {got.clauses[j] for j in positions if not parties.is_party(got.words[j], got.stems[j])}
    return core or clauses


def _present(point_word: str, point_stem: str, got: Prepared, clauses: set[int]) -> bool:
    """Is a party of the point named in the clauses where the answer makes the point (named elsewhere, it may have
    another role there)?"""
    pool = tuple(j for j in got.content() if got.clauses[j] in clauses)
    return got.find_word(point_stem, point_word, pool)[0] >= 0 \
        or any(same_party(got.lang.code, point_stem, got.stems[j]) for j in pool)


def party_replaced(point: Prepared, got: Prepared, positions: tuple[int, ...], parties: Parties,
                   own: Iterable[str], asked: frozenset[str] = frozenset()) -> str:
    """The party of the answer that takes the role a party of the point has, in a clause where the answer makes
    the point, while the point's party is named nowhere in the answer ("" when none): "турок" in "у турок не
    было флота" for "у России не было флота". `own`: the stems of the point's other wordings ("knights");
    `asked`: the question's stems, two of which are parties when the point has one as its subject and the answer
    the other, before the same word ("germanium forms" for "silicon forms", "Why did silicon replace germanium?")."""
    lang = point.lang
    mine = [(i, slot(point, i)) for i in point.content() if parties.is_party(point.words[i], point.stems[i])
            or point.stems[i] in asked and point.words[i] not in lang.lex.stop]
    clauses = _core_clauses(got, positions, parties)
    mine = [(i, role) for i, role in mine if (role is not None or _attribute(point, i)) and _alone(point, i, parties)
            and not _present(point.words[i], point.stems[i], got, clauses) and _anchored(point, i, got, clauses)]
    if not mine:
        return ""
    kept = {point.stems[i] for i in point.content()} | set(own)
    for j in got.content():
        if got.clauses[j] not in clauses or j in positions:
            continue
        st = got.stems[j]
        named = parties.is_party(got.words[j], st)
        if not named and st not in asked or any(lang.word_match(k, st) >= 0 for k in kept):
            continue
        role = None
        for i, want in mine:
            if not named and (point.stems[i] not in asked or want != ""):
                continue  # the question's words: as subjects only (`asked`)
            if parties.person(point.stems[i]) != parties.person(st) or same_party(lang.code, point.stems[i], st) \
                    or _denied(got, j):
                continue  # a person for a state ("у Петра" for "у России") may be said of it; "not to X" is no claim
            role = role if role is not None else slot(got, j)
            if _meet(want, role) and (want != "" or _owned(point, i) == _owned(got, j)) \
                    or {want, role} == {"", "of"} and _owned(point, i) == _owned(got, j) != "" \
                    or want is None and role is None and _attribute(point, i) == _attribute(got, j) != "":
                return got.words[j]
    return ""


def _denied(text: Prepared, j: int) -> bool:
    """Is a negator just before a word, in its clause ("not to the Guild", "не у Тельмарии")?"""
    return any(text.clauses[k] == text.clauses[j] and text.words[k] in text.lang.lex.negators
               for k in range(max(0, j - 3), j))


def _alone(point: Prepared, i: int, parties: Parties) -> bool:
    """Is a party one word, not a part of a longer name ("Under Secretary for Political Affairs")?"""
    return not any(0 <= k < len(point.words) and point.clauses[k] == point.clauses[i]
                   and parties.is_party(point.words[k], point.stems[k]) for k in (i - 1, i + 1))


def _anchored(point: Prepared, i: int, got: Prepared, clauses: set[int]) -> bool:
    """Does the clause of the point's party hold a word the answer gives where it makes the point (what the
    party's role is a role in)?"""
    for k in point.content():
        if k != i and point.clauses[k] == point.clauses[i]:
            found, j = got.find_word(point.stems[k], point.words[k], None)
            if found >= 0 and got.clauses[j] in clauses:
                return True
    return False


def _attribute(text: Prepared, i: int) -> str:
    """Russian: the stem of the noun a party's adjective stands before ("русской армии": "арм"), or ""."""
    if text.lang.code != "ru" or not text.words[i].endswith(_RU_ADJECTIVE):
        return ""
    nxt = i + 1
    return text.stems[nxt] if nxt < len(text.words) and nxt in text.content() \
        and text.clauses[nxt] == text.clauses[i] else ""


_RU_ADJECTIVE = ("ой", "ий", "ый", "ая", "яя", "ое", "ее", "ую", "юю", "ого", "его", "ому", "ему", "ым", "им", "ом",
                 "ем", "ых", "их", "ие", "ые", "ыми", "ими")


def party_kept(pick: int | None, options: tuple[str, ...], got: Prepared, parties: Parties,
               prep: Callable[[str], Prepared]) -> int | None:
    """The option an answer picks, unless the answer puts another party where the option has its own
    ("поражением шведской армии" for "Поражением русской армии"): then none."""
    if pick is None or not got.content():
        return pick
    option = prep(options[pick])
    mine = set(option.stems)
    made = tuple(j for j in got.content() if got.stems[j] in mine)  # the option's words in the answer
    return None if made and party_replaced(option, got, made, parties, ()) else pick


def _owned(text: Prepared, i: int) -> str:
    """English: the stem of what a party owns, before its "of" ("the army of Orvia") or after it ("Telmar
    army", from "Telmar's army"); "" when neither."""
    if text.lang.code != "en":
        return ""
    k, plain = i - 1, DETERMINERS["en"]
    while k >= 0 and text.words[k] in plain:
        k -= 1
    if k > 0 and text.words[k] == "of":
        owned = next((h for h in range(k - 1, -1, -1) if h in text.content()), -1)
        return text.stems[owned] if owned >= 0 and text.clauses[owned] == text.clauses[i] else ""
    if i + 1 < len(text.words) and text.clauses[i + 1] == text.clauses[i] and i + 1 in text.content():
        return text.stems[i + 1]
    return ""


def roles_swapped(point: Prepared, got: Prepared, parties: Parties) -> bool:
    """Two parties of the point, each named in the answer in the other's role: by their prepositions or cases
    exchanged, in any order ("Швеция победила Россию" for "Россия победила Швецию", "from Telmar to Orvia");
    in English by their order around the verb, turned back by a passive or a converse ("was defeated by",
    "lost to")."""
    lang = point.lang
    names = _heads(point, [i for i in point.content() if parties.is_party(point.words[i], point.stems[i])])
    if len(names) != 2 or point.clauses[names[0]] != point.clauses[names[1]]:
        return False
    first, second = names
    if not any(k in point.content() and k not in names for k in range(first + 1, second)):
        return False  # no verb between them ("Russia and Sweden")
    if any(point.words[k] in lang.lex.symmetric or point.words[k] in lang.lex.clause_breaks
           for k in range(first + 1, second)):
        return False  # "X married Y", "X and Y": no one acts on the other
    def found(i: int, clause: int) -> int:  # the point's name in this clause of the answer, or -1
        return next((j for j in got.content() if got.clauses[j] == clause and (
            got.stems[j] == point.stems[i] or got.words[j] in got.capitalised
            and parties.name_key(got.words[j]) == parties.name_key(point.words[i]))), -1)
    pairs = [mine for c in sorted(set(got.clauses)) if min(mine := [found(i, c) for i in names]) >= 0]
    if len(pairs) > 1:  # both named in more clauses than one: the clauses saying most of the point's other words
        others = {point.stems[i] for i in point.content() if i not in names}
        said = [len(others & {got.stems[j] for j in got.content() if got.clauses[j] == got.clauses[m[0]]})
                for m in pairs]
        pairs = [m for m, n in zip(pairs, said, strict=True) if n == max(said)]
    return bool(pairs) and all(_swapped_in(point, got, names, mine, parties) for mine in pairs)


def _swapped_in(point: Prepared, got: Prepared, names: list[int], mine: list[int], parties: Parties) -> bool:
    """`roles_swapped` where the answer names the point's two parties (`names`) in one clause (at `mine`)."""
    lang, (first, second) = point.lang, names
    if lang.code == "ru":
        return _roles_exchanged(point, got, names, mine) or _endings_exchanged(point, got, names, mine, parties)
    # (English: a name of two words or more has its role where it begins: "Harold Vane", "the United States")
    starts = [_name_start(point, i, parties) for i in names]
    got_starts = [_name_start(got, j, parties) for j in mine]
    if _roles_exchanged(point, got, starts, got_starts):
        return True
    if any(point.words[k] in ROLE_MARKERS["en"] for k in range(first + 1, second)) \
            or lang.code != "en" or not _leads(point, starts[0], parties) \
            or not _leads(got, got_starts[int(mine[1] < mine[0])], parties) \
            or not acted_on(got, got_starts[int(mine[0] < mine[1])], lang.lex.role_flips):
        return False  # ("the war of X with Y": read by the roles only; "what happened in X" says no role)
    flips = lang.lex.role_flips
    turned = _flips(point, first, second, flips) != _flips(got, min(mine), max(mine), flips)
    return (mine[1] < mine[0]) != turned


_TOGETHER = frozenset(("с", "with", "between", "между"))  # roles of two who act alike: no exchange read


def _roles_exchanged(point: Prepared, got: Prepared, names: list[int], mine: list[int]) -> bool:
    """Each of two parties in the role the other has in the point, by its preposition or its case ("Россия
    потерпела поражение от Швеции" for "Швеция потерпела поражение от России")."""
    ra, rb = slot(point, names[0]), slot(point, names[1])
    xa, xb = slot(got, mine[0]), slot(got, mine[1])
    if ra is None or rb is None or xa is None or xb is None or _meet(ra, rb) or {ra, rb, xa, xb} & _TOGETHER:
        return False
    return _meet(xa, rb) and _meet(xb, ra) and not _meet(xa, ra) and not _meet(xb, rb)


def _leads(text: Prepared, i: int, parties: Parties) -> bool:
    """English: does a party stand where a subject does: at its clause's start, after a determiner, after an
    adverbial of its own ("In 1709 Orvia defeated Telmar") or as the owner of the subject ("the army of Orvia
    defeated ..."), never after another preposition ("... defeated the army at Orvia")?"""
    k = i - 1
    while k >= 0 and text.words[k] in DETERMINERS["en"]:
        k -= 1
    if k < 0 or text.clauses[k] != text.clauses[i]:
        return True
    if text.words[k] == "of" and k > 0 and k - 1 in text.content():
        return _leads(text, k - 1, parties)  # "the army of Telmar defeated ...": its owner leads with it
    return text.words[k].isdigit() or k in text.content() and not parties.is_party(text.words[k], text.stems[k]) \
        and all(text.words[h] not in ROLE_MARKERS["en"] for h in range(k) if text.clauses[h] == text.clauses[i])


def _flips(text: Prepared, start: int, end: int, flips: tuple[tuple[str, ...], ...]) -> bool:
    between = text.words[start + 1:end]
    return any(tuple(between[i:i + len(f)]) == f for f in flips for i in range(len(between)))


def _tails(a: str, b: str) -> tuple[str, str]:
    """What is left of two forms of one word after their common beginning ("россия" / "россию": "я", "ю")."""
    k = 0
    while k < min(len(a), len(b)) and a[k] == b[k]:
        k += 1
    return a[k:], b[k:]


def _heads(text: Prepared, places: list[int]) -> list[int]:
    """The last word of each run of a name's words ("михаил кутузов", "барклай де толли": one name each)."""
    content = text.content()
    out = []
    for i in places:
        nxt = next((k for k in content if k > i), -1)
        if nxt in places and text.clauses[nxt] == text.clauses[i] and all(
                text.words[h] in text.lang.lex.stop for h in range(i + 1, nxt)):
            continue
        out.append(i)
    return out


def _name_start(text: Prepared, i: int, parties: Parties) -> int:
    """The first word of the name whose last word is this one ("harold" of "Harold Vane", "united" of "United
    States"): the party words before it in its clause, only a name's particles between ("Barclay de Tolly"; "Russia
    is America's" is two names)."""
    content = text.content()
    while True:
        prev = max((h for h in content if h < i), default=-1)
        if prev < 0 or text.clauses[prev] != text.clauses[i] \
                or not parties.is_party(text.words[prev], text.stems[prev]) \
                or any(text.words[h] not in text.lang.lex.name_particles for h in range(prev + 1, i)):
            return i
        i = prev


def _written(text: Prepared, i: int, parties: Parties) -> str:
    """A name's word as the text wrote it, in its case: a person's name is rewritten to its canonical form
    ("Кутузова" to "михаил кутузов"), its case kept among the words written with a capital."""
    key = parties.name_key(text.words[i])
    forms = [w for w in text.capitalised if parties.name_key(w) == key]
    return forms[0] if len(forms) == 1 else text.words[i]


def _endings_exchanged(point: Prepared, got: Prepared, names: list[int], mine: list[int], parties: Parties) -> bool:
    """Russian: each of two names ends in the answer as the other ended in the point ("Россия ... Швецию" /
    "Швеция ... Россию", "Кутузов ... Наполеона" / "Наполеон ... Кутузова"), in any order; a name after a
    preposition has its role from it: not read."""
    markers = ROLE_MARKERS["ru"]
    if any(i > 0 and point.words[i - 1] in markers for i in names) \
            or any(j > 0 and got.words[j - 1] in markers for j in mine):
        return False
    (pa, ga), (pb, gb) = (_tails(_written(point, i, parties), _written(got, j, parties))
                          for i, j in zip(names, mine, strict=True))
    return pa != ga and ga == pb and gb == pa


def wrong_party(point: Prepared, got: Prepared, positions: tuple[int, ...], parties: Parties,
                wordings: Iterable[Prepared], asked: frozenset[str] = frozenset()) -> bool:
    """Does the answer, where it makes a point, give the point's role to another party or swap its two parties?
    `wordings`: the point's other accepted wordings; `asked`: the stems of the question, whose words are the
    parties it sets against each other ("Why did silicon replace germanium?")."""
    if not got.content():
        return False
    own = [st for ref in wordings for st in ref.stems]
    return bool(party_replaced(point, got, positions, parties, own, asked)) or roles_swapped(point, got, parties) \
        or case_swapped(point, got, parties) or replacement_swapped(point, got) \
        or converse_swapped(point, got, parties) or order_reversed(point, got, parties)


_RU_OBJECT = ("а", "я")  # a name's ending of the accusative (and genitive) after its nominative: "Ляпунов-а"


def _name_turn(point_form: str, got_form: str) -> int:
    """A Russian name's move between the point and the answer: +1 from the accusative to the nominative
    ("Ляпунова" -> "Ляпунов"), -1 back, 0 when neither or unread."""
    pa, ga = _tails(point_form, got_form)
    return 1 if pa in _RU_OBJECT and ga == "" else -1 if pa == "" and ga in _RU_OBJECT else 0


def _noun_turn(point_role: str | None, got_role: str | None) -> int:
    """A noun's move by its case: +1 from the nominative to the accusative ("казаки" -> "казаков"), -1 back."""
    def read(role: str | None) -> str:
        cases = set(role[1:].split()) if role and role.startswith("=") else set()
        return "nom" if cases == {"nom"} else "acc" if "acc" in cases and "nom" not in cases else ""
    was, now = read(point_role), read(got_role)
    return 1 if (was, now) == ("nom", "acc") else -1 if (was, now) == ("acc", "nom") else 0


def case_swapped(point: Prepared, got: Prepared, parties: Parties) -> bool:
    """Russian: a point of one named party and one other noun, the one acting on the other ("казаки убили
    Ляпунова"), that the answer says with both cases turned: the name now the subject and the noun the object
    ("Ляпунов убил казаков"). A passive ("Ляпунов был убит казаками") or a preposition keeps the roles."""
    if point.lang.code != "ru":
        return False
    content = point.content()
    names = _heads(point, [i for i in content if parties.is_party(point.words[i], point.stems[i])])
    if len(names) != 1:
        return False
    name = names[0]
    mates = [i for i in content if point.clauses[i] == point.clauses[name] and i != name
             and not parties.is_party(point.words[i], point.stems[i])]
    if len(mates) < 2:
        return False  # (a noun and a verb beside the name: "казаки убили Ляпунова")
    key = parties.name_key(point.words[name])
    at = next((j for j in got.content() if got.words[j] in got.capitalised and parties.name_key(got.words[j]) == key
               or got.stems[j] == point.stems[name]), -1)
    if at < 0 or not str(slot(got, at) or "=").startswith("="):
        return False  # (a name after a preposition has its role from it)
    turn = _name_turn(_written(point, name, parties), _written(got, at, parties))
    if turn == 0:
        return False
    turns = []  # each other word of the point the answer says in its clause, by its move between the cases
    for i in mates:
        j = next((j for j in got.content() if got.stems[j] == point.stems[i] and got.clauses[j] == got.clauses[at]), -1)
        if j >= 0 and (moved := _noun_turn(slot(point, i), slot(got, j))):
            turns.append(moved)
    return turns == [turn]


Covered = tuple[bool, str, bool, tuple[int, ...]]  # a keypoint made: (covered, the words, with a typo, where)


def unless_wrong_party(found: Covered, point: Prepared, got: Prepared, parties: Parties,
                       asked: frozenset[str] = frozenset()) -> Covered:
    """A keypoint made by most of its words, unless the answer gives its role to the wrong party there."""
    if found[0] and (wrong_party(point, got, found[3], parties, (), asked) or becoming_flipped(point, got)):
        return False, "", False, ()  # (or the things it names the other way round: "the marsh became a lake")
    return found
