"""Word-level matching for the grader: prepared text, stems, synonyms, typo tolerance, and the local negation and
direction of a matched phrase.

A `Prepared` text is normalised, has pack aliases rewritten to their canonical names and number words turned into
digits, and is split into clauses so that a negation or a direction word only affects the clause it stands in. Words
are letter or digit runs in any script; the pack's `Language` (carried by its `Aliases`) gives stems, synonyms,
directions and function words. Symbols are significant: a word written in capitals or with digits in a reference
("NADPH", "CO2") must be given exactly, a sign sticks to its word ("NADP+"), and a single letter after a term
("chlorophyll a", "vitamin B") is part of the answer."""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any, NamedTuple

from .aliases import Aliases
from .bounded_negators import relative_heads
from .comparing import bare_directions, comparison_sides, crossed, crossed_clauses, directed
from .concord import concord_agrees
from .coverage import covers, overlap
from .dates import Date
from .ellipsis import denied_where_given, negated_alike, refusal_made
from .language import Language, hard_c_as_k, language
from .lexicon_compare import APPROXIMATORS
from .marks import Marks, read_marks
from .opposed_clauses import opposed_elsewhere
from .predicative import predicative
from .preparing import CLAUSE_SPLIT, figures, read
from .price_words import price_said
from .quantities import Quantity, find_dates, ordinals_in
from .replies import ANSWER_NO, phrase_negated
from .ru_cut_consonant import stemmed_apart
from .shares import Share, every_share
from .skipped_clauses import corrected_clauses, later_places, orphan_clauses, said_twice
from .swings import steady, swing_pool

__all__ = ["CLAUSE_SPLIT", "Aliases", "Match", "Prepared", "antonyms", "contradicts", "covers", "directions_agree",
           "find_phrase", "overlap", "stem", "word_match"]

_LATIN_LETTER = re.compile(r"[a-z]")
_ENGLISH = language("en")
stem = _ENGLISH.stem  # the English stem of a word (see `Language.stem` for other languages)
# an unstressed Russian "о" said "а", first in a word too ("отака" for "атака"); "э" written "е" ("ехолот")
_SPOKEN_ALIKE = ("ао", "оа", "еэ", "эе")
word_match = _ENGLISH.word_match  # English `Language.word_match`: 0 same or synonym, 1 typo, -1 none


@dataclass(slots=True)
class Prepared:
    """Text ready for matching."""

    text: str  # normalised, aliases applied, number words as digits
    words: list[str]  # tokens
    stems: list[str]
    clauses: list[int]  # clause number of each token
    lang: Language = field(default=_ENGLISH, repr=False, compare=False)
    _raw: str = field(default="", repr=False, compare=False)  # the text as written (its capitals, its hyphens)
    _said: str = field(default="", repr=False, compare=False)  # the text before number words became digits
    _numbered: str = field(default="", repr=False)  # ... once they are digits (what its figures are read from)
    _share_reads: tuple[Share, ...] = field(default=(), repr=False)  # the shares it says ("one in four")
    _lemmas: bool = field(default=False, repr=False)  # read for the grader (`of`)
    _own: bool = field(default=True, repr=False, compare=False)  # changed by the pack's aliases (`preparing.read`)
    _quantities: list[Quantity] | None = field(default=None, repr=False, compare=False)
    _marks: Marks | None = field(default=None, repr=False, compare=False)
    _content: list[int] | None = field(default=None, repr=False, compare=False)
    _index: dict[str, list[int]] | None = field(default=None, repr=False, compare=False)
    _negated: bool | None = field(default=None, repr=False, compare=False)
    _direction: int | None = field(default=None, repr=False, compare=False)
    _found: dict[Any, tuple[int, int]] = field(default_factory=dict, repr=False, compare=False)
    _dates: list[Date] | None = field(default=None, repr=False, compare=False)
    _dirs: list[int] | None = field(default=None, repr=False, compare=False)
    _clause_dirs: list[tuple[list[int], int]] | None = field(default=None, repr=False, compare=False)
    _joined: dict[str, int] | None = field(default=None, repr=False, compare=False)
    _positions: dict[str, list[int]] | None = field(default=None, repr=False, compare=False)
    _wanted: dict[tuple[frozenset[str], bool], tuple[Want, ...]] | None = field(default=None, repr=False, compare=False)
    _negations: list[bool] | None = field(default=None, repr=False, compare=False)
    _stem_places: dict[str, list[int]] | None = field(default=None, repr=False, compare=False)
    _shares: tuple[float, ...] | None = field(default=None, repr=False, compare=False)
    _ordinals: frozenset[str] | None = field(default=None, repr=False, compare=False)

    @property
    def dates(self) -> list[Date]:
        """Dates written in the text (see quantities.find_dates)."""
        if self._dates is None:
            self._dates = find_dates(self.text, normalised=True, lang=self.lang.code)
        return self._dates

    @property
    def shares(self) -> tuple[float, ...]:
        """The shares the text says ("half", "a fifth", "4/5", "на пятую часть") in 0..1 (`shares.every_share`)."""
        if self._shares is None:
            self._shares = every_share(self._said, self._share_reads)
        return self._shares

    @property
    def ordinals(self) -> frozenset[str]:
        """The figures the text said as ordinals ("3rd", "third", "третий"), as digits; read when first asked for."""
        if self._ordinals is None:
            self._ordinals = ordinals_in(self._said, self.lang.code)
        return self._ordinals

    @property
    def quantities(self) -> list[Quantity]:
        """The figures the text gives (see `preparing.figures`), read when first asked for."""
        if self._quantities is None:
            self._quantities = figures(self.text, self._numbered, self._share_reads, self.lang, self._lemmas)
        return self._quantities

    @classmethod
    def of(cls, raw: str, aliases: Aliases, *, lemmas: bool = False) -> Prepared:
        """`raw` prepared; with `lemmas` (the grader's), irregular forms stem as their word ("sold" as "sell")."""
        lang = aliases.lang
        r = read(raw, aliases, lemmas)
        return cls(r.text, r.words, lang.stems(r.words, lemmas), r.clauses, lang, r.raw, r.said, r.numbered, r.shares,
                   lemmas, r.own)

    def unaliased(self, lang: Language) -> Prepared | None:
        """The grader's reading as `lang` reads it (no pack synonyms) where the pack changed nothing; else None."""
        return None if self._own or not self._lemmas or lang.lex is not self.lang.lex else Prepared(
            self.text, self.words, self.stems, self.clauses, lang, self._raw, self._said, self._numbered,
            self._share_reads, True, False)

    @property
    def exact(self) -> frozenset[str]:
        """Words written as symbols ("NADPH", "CO2"): given exactly or not at all."""
        return self.marks().exact

    @property
    def written(self) -> str:
        """The text as the learner wrote it (its capitals; names not yet read as their aliases)."""
        return self._raw or self.text

    @property
    def capitalised(self) -> frozenset[str]:
        """Words written with a capital first letter ("Dustin Hoffman")."""
        return self.marks().capitalised

    @property
    def initials(self) -> frozenset[str]:
        """Letters written as initials ("J. Wilson")."""
        return self.marks().initials

    @property
    def compounds(self) -> tuple[frozenset[str], ...]:
        """Words joined by hyphens or slashes into one term ("SYN-ACK")."""
        return self.marks().compounds

    def marks(self) -> Marks:
        """What the text as written marks (`read_marks`), read when first asked for."""
        if self._marks is None:
            self._marks = read_marks(self._raw, cyrillic=self.lang.code == "ru")
        return self._marks

    def stem_index(self) -> dict[str, list[int]]:
        """Content-word positions by stem."""
        if self._index is None:
            index: dict[str, list[int]] = {}
            for i in self.content():
                index.setdefault(self.stems[i], []).append(i)
            self._index = index
        return self._index

    def content(self) -> list[int]:
        """Positions of content words: not function words (but one that is its clause's predicate, `predicative`),
        not negators; a single letter only where it names something ("chlorophyll a", "vitamins b and c")."""
        if self._content is None:
            lex = self.lang.lex
            out: list[int] = []
            for i, w in enumerate(self.words):
                if len(w) == 1 and w.isalpha():
                    if self._letter_counts(i, out):
                        out.append(i)
                elif w not in lex.stop and w not in lex.negators and not self._hedges_figure(i) \
                        or predicative(self.words, self.clauses, i, self.lang.code):
                    out.append(i)
            self._content = out
        return self._content

    def _hedges_figure(self, i: int) -> bool:
        """Is word `i` a hedge of the figure after it ("almost 90%", "почти на метр", "nearly a year": one of
        `APPROXIMATORS`, before the figure or one function word before it)? It only says the figure is
        approximate, which one hedge says as well as another and the figure alone says too."""
        hedges = APPROXIMATORS.get(self.lang.code)
        if hedges is None or self.words[i] not in hedges:
            return False
        lex, after = self.lang.lex, self.words[i + 1:i + 3]
        if len(after) == 2 and after[0] in lex.stop:
            after = after[1:]
        return bool(after) and (after[0][:1].isdigit() or after[0] in lex.quantity_words)

    def _letter_counts(self, i: int, content: list[int]) -> bool:
        """A Latin letter names something ("S waves", "vitamin C", "chlorophyll a") unless it
        is an initial ("J. Wilson"); "a" and "i" only after a content word (or a letter that
        is one, with "and"/"or" between) in its clause, with no content word after them."""
        w = self.words[i]
        if not _LATIN_LETTER.fullmatch(w):
            return False
        if w not in ("a", "i"):
            return w not in self.initials
        if i == 0:
            return False
        prev = i - 1
        if self.words[prev] in ("and", "or") and prev > 0:
            prev -= 1
        if prev not in content or self.clauses[prev] != self.clauses[i]:
            return False
        if w in ("a", "i") and i + 1 < len(self.words) and self.clauses[i + 1] == self.clauses[i]:
            nxt = self.words[i + 1]
            return nxt in self.lang.lex.stop or nxt in self.lang.lex.negators
        return True

    def negated_at(self, i: int, window: int = 4) -> bool:
        """Is the word at i in the scope of a negator earlier in its clause (or of a
        "few"/"little" after it: "ideas are few")?"""
        if window == 4:
            if self._negations is None:
                self._negations = self._negated_words()
            return self._negations[i] if self._negations else False
        return self._negated_word(i, window)

    def _negated_words(self) -> list[bool]:
        """`negated_at` of every word (an empty list when the text has no negator at all)."""
        if self.lang.lex.negators.isdisjoint(self.words) and self.lang.lex.after_negators.isdisjoint(self.words):
            return []
        return [self._negated_word(i, 4) for i in range(len(self.words))]

    def _negated_word(self, i: int, window: int) -> bool:
        before = self.lang.negations_before(self.words, self.clauses, i, window)  # ("without him, X": not X)
        after = self.lang.negations_after(self.words, self.clauses, i)  # "ideas are few", "флота не было"
        return (before + after) % 2 == 1 or concord_agrees(self, i, window, before, after)  # "ни воды, ни еды нет"

    def negated(self) -> bool:
        if self._negated is None:
            count = self.lang.negations(self.words)
            if count > 1 and self.words[0] in ANSWER_NO:
                count -= 1  # "No, it did not", "Нет, не подписывал": the "no" agrees with the negation
            self._negated = count % 2 == 1
        return self._negated

    def find_word(self, want_stem: str, want_word: str, pool: tuple[int, ...] | None,
                  exact: bool = False) -> tuple[int, int]:
        """(0 exact or synonym / 1 typo / -1 none, position) of the first content word
        matching `want` (among `pool` positions if given); with `exact`, only the same
        word. Memoised per text."""
        key = (want_stem, want_word, pool, exact)
        found = self._found.get(key)
        if found is None:
            found = self._found[key] = self._find_word(want_stem, want_word, pool, exact)
        return found

    def _find_word(self, want_stem: str, want_word: str, pool: tuple[int, ...] | None,
                   exact: bool) -> tuple[int, int]:
        stems, words, lang = self.stems, self.words, self.lang
        places = self.content() if pool is None else pool
        if exact:  # a symbol given exactly, or typed in two pieces ("h2 so4" for "h2so4")
            return next(((0, j) for j in places if words[j] == want_word), None) or self._compound(want_word, pool)
        best, hit = -1, -1
        first, first_word, groups = want_stem[:1], want_word[:1], lang.group(want_stem)
        size, length = len(want_stem), len(want_word)
        long_stem, long_word, c_or_k = size >= 8, length >= 8, first in ("c", "k")  # (`hard_c_as_k`: c or k)
        for j in places:
            have, word = stems[j], words[j]
            if have[:1] != first and word[:1] != first_word and not (long_stem and -2 <= len(have) - size <= 2) \
                    and not (long_word and -2 <= len(word) - length <= 2) \
                    and not (groups and groups & lang.group(have)) and first + have[:1] not in _SPOKEN_ALIKE \
                    and not (c_or_k and hard_c_as_k(want_stem, have)):
                continue  # another first letter: only a synonym, or a typo in a long word of about its length
            m = lang.word_match(want_stem, have)
            if m < 0 and lang.word_match(want_word, word) >= 0:
                m = 1  # a typo that changed the stem: "lobbist", "heaings"
            if m >= 0 and lang.distinct_forms(want_word, word, typo=m == 1):
                continue
            if m < 0 and (lang.related(want_word, word) or lang.code == "ru" and stemmed_apart(want_word, word)):
                m = 0  # a relational adjective and its noun ("coastal" / "coast", "речной" / "реке"), a verb in "-еть"
                # in two tenses ("зависит" / "зависела", "имеет" / "имел"), a noun in "-ой" ("герой" / "героями")
            if m == 0:
                return 0, j
            if m == 1 and best < 0:
                best, hit = 1, j
        if best < 0 and (said := price_said(want_stem, stems, places, lang.code)) >= 0:
            return 0, said  # "нефть подешевела" says "цены на нефть", "oil got cheaper" "oil prices" (`price_words`)
        if best < 0 and length >= 6:
            return self._compound(want_word, pool)
        return best, hit

    def _compound(self, want: str, pool: tuple[int, ...] | None) -> tuple[int, int]:
        """A word written closed that the text writes open ("undersecretary" / "under secretary",
        "stepmother" / "step mother"): (0, the position of its content half) or (-1, -1)."""
        if self._joined is None:
            words, clauses = self.words, self.clauses
            self._joined = {}
            for j in range(len(words) - 1):
                if clauses[j] == clauses[j + 1]:
                    self._joined.setdefault(words[j] + words[j + 1], j)
        j = self._joined.get(want, -1)
        if j >= 0:
            for k in (j + 1, j):
                if k in (self.content() if pool is None else pool):
                    return 0, k
        return -1, -1

    def wanted(self, skip: frozenset[str], directions: bool = True) -> tuple[Want, ...]:
        """The content words a phrase needs found, those in `skip` left out unless nothing is left:
        plain words first, then direction words (which must stand in the clause of a plain one). Memoised."""
        if self._wanted is None:
            self._wanted = {}
        found = self._wanted.get((skip, directions))
        if found is None:
            places = [i for i in self.content() if self.stems[i] not in skip] or self.content()
            found = self._wanted[(skip, directions)] = tuple(
                Want(self.words[i], self.stems[i], self.dirs[i] if directions else 0, self.words[i] in self.exact,
                     tuple(self.words[a] + self.words[b] for a, b in ((i - 1, i), (i, i + 1))
                           if a >= 0 and b < len(self.words) and self.clauses[a] == self.clauses[b]))
                for i in sorted(places, key=lambda i: bool(self.dirs[i])))
        return found

    def positions_of_stem(self, stem: str) -> list[int]:
        """Where words of a stem stand in the text (every word, not only content words)."""
        if self._stem_places is None:
            self._stem_places = _places(self.stems)
        return self._stem_places.get(stem, [])

    def positions(self, word: str) -> list[int]:
        """Where a word stands in the text (memoised index)."""
        if self._positions is None:
            self._positions = _places(self.words)
        return self._positions.get(word, [])

    @property
    def dirs(self) -> list[int]:
        """The direction of each word: +1 a word of rising, -1 of falling, 0 neither."""
        if self._dirs is None:
            self._dirs = self.lang.directions(self.words)
        return self._dirs

    def direction(self, positions: list[int] | None = None) -> int:
        """+1 up, -1 down, 0 none or mixed: over the clauses of `positions` (or all)."""
        if positions is None:
            if self._direction is None:
                self._direction = _one_way(set(steady(self.words, self.dirs, self.lang.code)))
            return self._direction
        wanted = {self.clauses[i] for i in positions}
        return _one_way({d for d, c in zip(steady(self.words, self.dirs, self.lang.code), self.clauses, strict=True)
                         if c in wanted})


def _one_way(found: set[int]) -> int:
    """The one direction among word directions (0 when none or both)."""
    found.discard(0)
    return found.pop() if len(found) == 1 else 0


class Want(NamedTuple):
    """A word a phrase needs found in an answer (see `Prepared.wanted`)."""
    word: str
    stem: str
    direction: int  # +1 / -1: any word of that direction will do (0: none, or directions not compared)
    exact: bool  # written as a symbol ("NADPH"): only the same word
    joins: tuple[str, ...]  # the word and a neighbour in its clause written as one ("ship yard": "shipyard")


class Match(NamedTuple):
    positions: tuple[int, ...]  # answer positions that matched the phrase's content words
    typo: bool
    text: str


def antonyms(a: Prepared, b: Prepared) -> tuple[str, str] | None:
    """A word of `a` whose opposite is in `b` ("positively" / "negatively")."""
    sa, sb = a.stem_index().keys(), b.stem_index().keys()  # (the stems of their content words, memoised)
    for x in sa - sb:
        for y in sb - sa if x in a.lang.opposites else ():  # (only a word with an opposite has one)
            if a.lang.opposite(x, y):
                return x, y
    return None


def contradicts(a: Prepared, b: Prepared) -> bool:
    """Does one text negate what the other does not, use the opposite word, or give a thing the opposite direction?"""
    return (a.negated() != b.negated() or antonyms(a, b) is not None
            or not directions_agree(a, b) or not directions_agree(b, a))


def _clause_directions(p: Prepared) -> list[tuple[list[int], int]]:
    """Each clause with content words: (their positions, the direction it states), in one pass. Memoised."""
    if p._clause_dirs is None:
        p._clause_dirs = _clause_directions_of(p)
    return p._clause_dirs


def _clause_directions_of(p: Prepared) -> list[tuple[list[int], int]]:
    dirs: dict[int, set[int]] = {}
    for direction, clause in zip(steady(p.words, p.dirs, p.lang.code), p.clauses, strict=True):
        dirs.setdefault(clause, set()).add(direction)
    content: dict[int, list[int]] = {}
    for i in p.content():
        content.setdefault(p.clauses[i], []).append(i)
    return [(idx, _one_way(set(dirs[clause]))) for clause, idx in content.items()]


def directions_agree(a: Prepared, b: Prepared) -> bool:
    """Clause by clause: where `a` says a thing went up or down ("exports fell"), the clause of `b` about the
    same thing must not say the opposite (nor the same, of two things compared the other way round)."""
    if not any(a.dirs) or not any(b.dirs):
        return True  # no direction word on one side: nothing to disagree with
    a_sides, b_sides = comparison_sides(a), comparison_sides(b)
    theirs: dict[str, set[tuple[int, int]]] = {}  # stem -> (clause, direction) of b's clauses that name it
    for jdx, direction in _clause_directions(b):
        if direction:
            for j in jdx:
                theirs.setdefault(b.stems[j], set()).add((b.clauses[j], direction))
    for idx, direction in _clause_directions(a):
        if not direction:
            continue
        subjects = {a.stems[i] for i in idx if not a.dirs[i]}
        mine = a_sides.get(a.clauses[idx[0]])  # "Y is slower than X" says what "X is faster than Y" does
        if any(crossed(mine, b_sides.get(c)) == (d == direction) for st in subjects for c, d in theirs.get(st, ())):
            return False
    return True


def find_phrase(phrase: Prepared, answer: Prepared, *, skip: frozenset[str] = frozenset(),
                negation: bool | None | Any = ..., directions: bool = True, span: int | None = None,
                otherwise: Callable[[Want], tuple[int, int]] | None = None) -> Match | None:
    """Find every content word of `phrase` in `answer` (any order; stems, synonyms, typos; a word not found so, by
    `otherwise`, e.g. `meaning.same_meaning`), then check that the matched words are negated as the phrase is
    (`negation`: True/False to require a state, None to allow either). A direction word matches any word of the same
    direction unless `directions` is False; with `span`, the matched words must lie within that many words of each
    other. None when the phrase is not there."""
    wanted = phrase.wanted(skip, directions)
    if not wanted:
        return None
    flips = crossed_clauses(phrase, answer) if wanted[-1].direction else frozenset()  # "Y is slower than X"
    found = _found_from(phrase, answer, wanted, set(), skip=skip, negation=negation, span=span, flips=flips,
                        otherwise=otherwise)
    for start in () if found else later_places(phrase, wanted[0], answer, skip):  # its first word said again
        if found := _found_from(phrase, answer, wanted, start, skip=skip, negation=negation, span=span, flips=flips,
                                otherwise=otherwise):
            break
    return found


def _found_from(phrase: Prepared, answer: Prepared, wanted: tuple[Want, ...], start: set[int], *, skip: frozenset[str],
                negation: bool | None | Any, span: int | None, flips: frozenset[int],
                otherwise: Callable[[Want], tuple[int, int]] | None) -> Match | None:
    """`find_phrase` with its first word sought in the clause `start` (none: its first place), and then the whole
    phrase in that clause."""
    positions: list[int] = []
    clauses: set[int] = set(start)  # the clauses of `positions`
    typo = False
    for want in wanted:  # (a direction alone with skipped words in its clause: also where they are, `orphan_clauses`)
        best, hit = _locate(want, answer, clauses | orphan_clauses(phrase, answer, skip)
                            | corrected_clauses(answer, clauses) if want.direction and clauses else clauses, flips)
        best, hit = otherwise(want) if best < 0 and otherwise is not None else (best, hit)  # (only when not found)
        if best < 0:
            return None
        typo |= best == 1
        positions.append(hit)
        clauses.add(answer.clauses[hit])
    if span is not None and max(positions) - min(positions) > span or start and clauses != start:
        return None  # (sought again from a later clause: said whole in it)
    if opposed_elsewhere(phrase, answer, positions):  # "the south was wet, but the north dry": not "the north was wet"
        return None
    alike = negated_alike(phrase, answer, wanted, positions) if negation in (..., True) else None  # word by word
    phrase_neg = phrase_negated(phrase, answer, wanted) if negation is ... else negation  # ("Нет, на Ангаре")
    denied = any(map(answer.negated_at, positions)) or phrase_neg is True and (refusal_made(
        phrase, answer, positions) or denied_where_given(phrase, answer, positions, skip))  # ("without nails")
    if denied and phrase_neg is False:  # "could not fire the shell he made" makes "he made a shell"
        heads = relative_heads(answer.words, answer.clauses, positions, answer.lang.code, answer.negated_at)
        denied = any(answer.negated_at(j) for j in positions if j not in heads)
    if alike is False or (alike is None and phrase_neg is not None and phrase_neg != denied):
        return None  # (the negation agrees with the matched words')
    return Match(tuple(positions), typo, " ".join(answer.words[j] for j in positions))


def _locate(want: Want, answer: Prepared, clauses: set[int], flips: frozenset[int]) -> tuple[int, int]:
    """Where in `answer` a word of a phrase is (0 same / 1 typo / -1 none, position), given the clauses of
    the words found before it (and those that compare its two things the other way round: more is less)."""
    if want.direction:
        pool = swing_pool(answer, clauses) if clauses else bare_directions(answer)  # ("rising and falling")
        return next(((0, j) for j in pool if directed(answer, j, flips) == want.direction), (-1, -1))
    same = answer.stem_index().get(want.stem)
    if same and not want.exact:
        same = [j for j in same if not answer.lang.distinct_forms(want.word, answer.words[j])]
        if same:  # a word said twice: the one among the phrase's other words, or the nearest after them
            return 0, said_twice(same, answer.clauses, clauses)
    found = answer.find_word(want.stem, want.word, None, want.exact)
    if found[0] < 0 and not want.exact and any(map(answer.text.__contains__, want.joins)):  # one word: "shipyard"
        return next(((0, j) for joined in want.joins for j in answer.positions(joined) if j in answer.content()), found)
    return found


def _places(items: list[str]) -> dict[str, list[int]]:
    """Each item's positions in `items`."""
    places: dict[str, list[int]] = {}
    for j, item in enumerate(items):
        places.setdefault(item, []).append(j)
    return places
