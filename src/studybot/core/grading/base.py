"""The grader's shared work: prepared wordings (cached), known mistakes, and the hard checks every kind applies."""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from functools import lru_cache
from typing import Any, NamedTuple, Self, TypeVar

from ..aliases import WORD, Aliases
from ..comparing import factor_missing, oriented_direction
from ..dates import Date
from ..exclusions import disagree as exclusion_disagrees
from ..formula_names import with_formulas
from ..grading_languages import grading_language
from ..language import LANGUAGES, language
from ..lexicon_countries import country_forms, with_adjectives, with_countries, with_said_for
from ..lexicon_measures import LASTING_ASKED, LASTING_VERBS
from ..matching import Prepared, antonyms, directions_agree, find_phrase
from ..memos import SETTLE_AFTER, is_settled, settled
from ..packs import Card, Pack
from ..swings import swings
from ..text import normalise
from .asked_negation import asked_negated
from .denied_figures import figures_denied
from .described import described_names, fronted_name
from .figures import figures_shown, in_unit_of, points_contrasted, same_quantity, spec_quantity
from .intensifiers import unstressed
from .longer_terms import longer_term, pack_terms
from .merged_stems import merged_said, merged_words
from .named_after import capital_runs, named_after
from .options import lettered_option
from .other_way import said_other_way
from .owners import owners, unowned
from .parties import Parties
from .person_asks import asks_for_person
from .plainer import plainer_wordings
from .prompt_names import items_kept_apart, patronymics_named
from .reordered import in_right_order, reordered
from .rounded import near_time
from .score_pairs import pair_reversed, ratio_changed
from .shared_preposition import said_after_shared_preposition
from .spans import span_ends
from .symbols_bracketed import symbol_bracketed
from .titled import lone_titled, unplaced, unprefixed_ship, untitled
from .too_for import too_for_crossed
from .verdict import Verdict, mistaken, wrong
from .written_mistakes import hits_as_written

__all__ = ["GraderBase"]

_LETTER_RUN = re.compile(r"[^\W\d_]+")
_NAMES_JOINED = re.compile(r"\s*(?:[,;&]|\band\b|(?<!\w)и(?!\w))\s*")  # "A, B and C", "А и Б"
_T = TypeVar("_T")


_CLAUSES = re.compile(r"[,;:]+(?!\d)")
_SENTENCES = re.compile(r"[;!?]+|(?<!\d)\.(?!\d)")  # (no decimal point: "2.5")


def _pieces(text: str) -> list[str]:
    """The pieces of an answer that fills blanks, in order ("SA, AV, ventricles")."""
    return [p.strip() for p in re.split(r"[,;]+(?!\d)", text) if p.strip()]


def _stated_wordings(card: Card) -> tuple[str, ...]:
    """A card's answer, its accepted wordings, its keypoints and theirs, in that order."""
    return (card.answer, *card.accept, *(wording for kp in card.keypoints for wording in (kp.point, *kp.accept)))


def _texts(pack: Pack) -> tuple[str, ...]:
    """The texts of a pack in which its people are named: every wording of a card, prompts, notes."""
    out: list[str] = []  # the answers first: a person's name is taken as they write it
    for card in pack.cards:
        out += [*_stated_wordings(card), *(w for blank in card.blanks for w in blank)]
    out += [text for card in pack.cards for text in (card.prompt, card.text or "", card.explanation)]
    out += [section.notes for section in pack.sections]
    return tuple(t for t in out if t)


def _who(pack: Pack) -> tuple[str, ...]:
    """The answers of the cards that ask who ("Who ...?", "Кто ...?", "Какой министр ...?": `person_asks`), their
    keypoints', and each name of a list of them ("Пётр Балинский и Евгений Кнорре", "A, B and C")."""
    asks, stem = LANGUAGES.get(pack.language, LANGUAGES["en"]).person_questions, language(pack.language).stem
    return tuple(name for card in pack.cards if asks & set(_LETTER_RUN.findall(card.prompt.casefold()))
                 or asks_for_person(card.prompt, pack.language, stem)
                 for w in _stated_wordings(card) for name in {w, *_NAMES_JOINED.split(w)} if name)


def _name_reworded(want: Prepared, got: Prepared, at: tuple[int, ...]) -> bool:
    """Is a pattern that is a name in capitals ("the Royal Library") met with another word for one of its words ("the
    King's library")? A name's words are its own: only they, or a slip of one, say it."""
    content = want.content()
    if not content or any(want.words[i] not in want.capitalised for i in content):
        return False
    return any(want.stems[i] not in {got.stems[j] for j in at}
               and not any(got.lang.word_match(want.stems[i], got.stems[j]) == 1 for j in at) for i in content)


class Pattern(NamedTuple):
    """A known mistake's pattern read once: what an answer is compared with."""

    want: Prepared
    pieces: list[str]  # blanks it fills, in order ("AV, SA"), when it has a comma
    dates: list[Date]  # dates it names with their month ("28 October"): compared as dates
    tiny: bool  # a letter or a tiny token: only the whole answer is it
    words: list[int]  # with figures: its words that are neither a figure nor a word of quantity


@dataclass
class CardMemo:
    """What a grader works out once per card (the card object itself: a reloaded pack makes new ones)."""

    wordings: tuple[str, ...] | None = None  # every right wording
    alternatives: bool | None = None  # does a right wording itself offer alternatives ("X or Y")?
    soft: dict[str, bool] = field(default_factory=dict)  # mistake pattern -> only explains a wrong answer
    sets: dict[str, frozenset[str]] = field(default_factory=dict)  # word sets of the card, by what they are for
    values: dict[str, Any] = field(default_factory=dict)  # other things read from the card alone (`card_value`)


class GraderBase:
    """Grades answers for the cards of one pack (aliases, language and references prepared once)."""

    def __init__(self, aliases: dict[str, tuple[str, ...]] | None = None, *, language: str = "en",
                 synonyms: tuple[tuple[str, ...], ...] = (), texts: tuple[str, ...] = (), who: tuple[str, ...] = (),
                 known: frozenset[str] = frozenset(), terms: tuple[tuple[str, ...], ...] = (),
                 vocabulary: frozenset[str] = frozenset()):
        """`texts` and `who`: the pack's texts, and the answers of its cards that ask who, from which the
        names of its people are read (`core.people`); `known`: the forms of the countries the language adds to
        the pack's aliases, never read as a slip of another name; `vocabulary`: the words of its notes (`Language`)."""
        self.aliases = Aliases(aliases, grading_language(language, synonyms, vocabulary), synonyms, texts=texts,
                               who=who, known=known, forms=True)
        self.phrased = (aliases, synonyms, who, known)  # (read again without the phrases: `written_mistakes`)
        self.parties = Parties(texts, self.aliases)  # who may act in a keypoint (`parties`)
        self.texts = texts  # (the notes name an option's person with a title: `titled_options`)
        self._terms = terms  # the right wordings of each card of the pack (`longer_terms`)
        self.prep = lru_cache(maxsize=8192)(lambda raw: Prepared.of(raw, self.aliases, lemmas=True))
        self.pattern = lru_cache(maxsize=8192)(self._pattern)
        self._memos: dict[int, tuple[Card, CardMemo]] = {}
        self._joined: dict[str, str] = {}  # a wording's content stems, joined (short answers' similarity)
        self._by_texts: dict[tuple[Any, ...], Any] = {}  # values read from a card's texts alone (`by_texts`)
        self.settle_in = 0  # grades left before `memos.settle_again` (the process's first grader only: `for_pack`)

    @classmethod
    def for_pack(cls, pack: Pack) -> Self:
        """The grader of a pack: its aliases, language and synonym groups."""
        texts = _texts(pack)  # "UK" and "Britain" for the "United Kingdom" they name (`lexicon_countries`)
        english = pack.language == "en"
        aliases = with_countries(pack.aliases, pack.language, " ".join(texts))
        aliases = with_said_for(aliases, pack.language, " ".join(texts))  # "Washington": the US; "Москва": Россия
        aliases = with_adjectives(aliases, "en", " ".join(texts)) if english else aliases  # "the American flag"
        aliases = with_formulas(aliases, pack.language, " ".join(texts))  # "CO2" for the "carbon dioxide" it names
        first = not is_settled()
        grader = settled(cls(aliases, language=pack.language, synonyms=pack.synonyms, texts=texts, who=_who(pack),
                             known=country_forms({c: v for c, v in aliases.items() if c not in pack.aliases}),
                             terms=tuple(tuple(w for w in _stated_wordings(c) if w) for c in pack.cards),
                             vocabulary=frozenset(w for s in pack.sections for w in WORD.findall(normalise(s.notes)))))
        grader.settle_in = SETTLE_AFTER if first else 0  # the process's first: settled again after its first grades
        return grader

    def _right_wordings(self, card: Card) -> tuple[str, ...]:
        """Every wording of a card that is right: answer, accepted, keypoints, blanks (memoised)."""
        memo = self.memo(card)
        if memo.wordings is None:
            memo.wordings = (*_stated_wordings(card), *(wording for blank in card.blanks for wording in blank))
        return memo.wordings

    def _short_wordings(self, card: Card) -> tuple[str, ...]:
        """The card's answer and accepted wordings, and the alias of any of them that the pack's aliases name
        by a word of it ("Ленуар" for "Этьен Ленуар" under `Ленуар: [Этьен Ленуар]`). Memoised."""
        return self.card_value(card, "short_wordings", lambda: self._with_shorter(card))

    def _with_shorter(self, card: Card) -> tuple[str, ...]:
        wordings = (card.answer, *card.accept)
        titles = self.aliases.lang.lex.titles
        prompt = set(self.prep(card.prompt).stems)

        def given(place: str) -> bool:
            return set(self.prep(place).stems) <= prompt

        shorter = [short for w in wordings for short in (self.aliases.shorter(w), untitled(w, titles), unplaced(
            w, given), unprefixed_ship(w), unowned(w), lone_titled(w, titles, self.texts)) if short]  # (unowned:
        # "X Y" of "NASA's X Y"; lone_titled: "Victoria" of "Queen Victoria")
        shorter += [name for w in wordings for name in described_names(w, titles)]  # "Ivan III, Grand Prince of ..."
        shorter += [name for w in wordings if (name := fronted_name(w, self.aliases.lang.code))]  # "архитектор X Y"
        shorter += plainer_wordings(wordings, self.aliases.lang.code)  # "soldiers of Napoleon's army"
        shorter += symbol_bracketed(wordings)  # "nitrous oxide (N2O)": "N2O", "nitrous oxide"
        shorter += unstressed(wordings, self.aliases.lang.code)  # "солёность выросла" for "... сильно выросла"
        shorter += owners(card.prompt, wordings, self.aliases.lang.code)  # "Farrow" for "Farrow's forge", asked whose
        return wordings + tuple(dict.fromkeys(short for short in shorter if short not in wordings))

    def longer_term(self, card: Card, got: Prepared, wordings: Iterable[str]) -> str:
        """The longer term of the pack that the answer says in place of one of a card's right `wordings`
        (`longer_terms`: "удельное сопротивление" for "сопротивление"), or ""."""
        terms = self.by_texts(("pack terms",), pack_terms, self._terms, self.prep)
        own = self.card_set(card, "right+prompt", lambda: (st for text in (*self._right_wordings(card), card.prompt)
                                                          for st in self.prep(text).stems))
        return next(filter(None, (longer_term(self.prep(w), got, terms, own) for w in wordings)), "")

    def card_set(self, card: Card, name: str, make: Callable[[], Iterable[str]]) -> frozenset[str]:
        """A set of words worked out from the card alone (its prompt's stems...), once per card."""
        entry = self._memos.get(id(card))  # (`memo`, without a call: a grade asks for a dozen sets)
        sets = entry[1].sets if entry is not None and entry[0] is card else self.memo(card).sets
        found = sets.get(name)
        if found is None:
            found = sets[name] = frozenset(make())
        return found

    def card_value(self, card: Card, name: str, make: Callable[[], _T]) -> _T:
        """A value worked out from the card alone (the figure a numeric card asks for...), once per card."""
        entry = self._memos.get(id(card))  # (`memo` read in place, as in `card_set`)
        values = entry[1].values if entry is not None and entry[0] is card else self.memo(card).values
        if name not in values:
            values[name] = make()
        found: _T = values[name]
        return found

    def by_texts(self, key: tuple[Any, ...], make: Callable[..., _T], *args: Any) -> _T:
        """A value worked out from texts of a card alone, never from an answer (the words a wording need not be
        matched on...), `make(*args)`, kept by those texts and what else it reads (a set of stems): worked out once,
        though every answer asks for it. Keyed by texts, never by a prepared text, which the grader's memo may drop."""
        values = self._by_texts
        if key in values:
            found: _T = values[key]
            return found
        if len(values) > 50_000:
            values.clear()
        made = values[key] = make(*args)
        return made

    def prompt_skip(self, card: Card) -> frozenset[str]:
        """The prompt's stems, which an answer need not repeat; but a term joined by a hyphen in
        a right wording ("SYN-ACK") is wanted whole when the prompt names only a part of it."""
        return self.card_set(card, "prompt", lambda: self._prompt_skip(card))

    def _prompt_skip(self, card: Card) -> set[str]:
        prompt = self.prep(card.prompt)
        skip = set(prompt.stems)
        if (asked := LASTING_ASKED.get(prompt.lang.code)) and re.search(asked, prompt.text):
            skip |= {prompt.lang.lemma_stem(w) for w in LASTING_VERBS[prompt.lang.code]}  # "how long": "it took"
        for text in self._right_wordings(card):
            ref = self.prep(text)
            skip |= patronymics_named(ref, skip)
            for term in ref.compounds:
                parts = {ref.lang.lemma_stem(w) for w in term}
                if parts - skip:
                    skip -= parts
        return skip - items_kept_apart([self.prep(kp.point) for kp in card.keypoints], skip) if card.kind == "list" \
            else skip  # "Walter Grey", "Henry Grey" asked "Which brothers joined Henry?"

    def memo(self, card: Card) -> CardMemo:
        """This grader's memo of a card, kept by the card object's identity."""
        entry = self._memos.get(id(card))
        if entry is None or entry[0] is not card:
            entry = self._memos[id(card)] = (card, CardMemo())
        return entry[1]

    def mistake_matches(self, card: Card, answer: str, pattern: str) -> bool:
        """Does the known-mistake `pattern` match `answer`, as it would in grading?
        (`studybot validate` warns of mistakes that match a right answer.)"""
        return self._mistake_hits(card, self.prep(answer), pattern)

    def _pattern(self, pattern: str, want: Prepared | None = None) -> Pattern:
        want = want or self.prep(pattern)
        words = [i for i in want.content() if not any(ch.isdigit() for ch in want.words[i])
                 and want.words[i] not in want.lang.lex.quantity_words]
        return Pattern(want, _pieces(pattern) if "," in pattern else [], [d for d in want.dates if d.month],
                       len(pattern.strip()) <= 2, words)

    def _mistake_hits(self, card: Card, got: Prepared, pattern: str, ordered: bool = True, split: bool = True,
                      read: Pattern | None = None) -> bool:
        read = read or self.pattern(pattern)
        if ordered and len(read.pieces) > 1 and card.kind == "cloze":  # blanks in order: "AV, SA" is not "SA, AV"
            theirs = _pieces(got.text)
            if len(read.pieces) == len(theirs):
                return all(self.prep(a).stems == self.prep(b).stems for a, b in zip(read.pieces, theirs, strict=True))
        want = read.want
        if read.dates:  # "28 October", "2019-10-29": compared as dates
            given = got.dates
            return any(p.month == g.month and (p.day is None or p.day == g.day)
                       and (p.year is None or g.year is None or p.year == g.year)
                       and (g.style in ("", "span") or g.style == p.style)  # "12 (24) июня": the old date said as such
                       for p in read.dates for g in given)
        if read.tiny:  # a letter or a tiny token: only the whole answer (with its unit: "2%" is not "2 pp")
            return got.words == want.words and all(any(same_quantity(w, h, points=True) for h in got.quantities)
                                                   for w in want.quantities)
        if split and want.quantities and len(said := [t for t in _SENTENCES.split(got.text) if t.strip()]) > 1:
            return any(self._mistake_hits(card, self.prep(t), pattern, ordered, False) for t in said)  # one sentence
        if want.quantities:  # the figures, and the words besides ("217 million", "$217m": the figure is the mistake)
            figures = got.quantities
            if not figures:
                return False
            spec = spec_quantity(card)  # a bare figure is in the card's unit: "1" on a card of months is no "1 year"
            for w in want.quantities:  # (loops, not generators: a card may have a dozen figures to check)
                for h in figures:
                    if same_quantity(w, in_unit_of(h, spec) if spec and w.kind != "count" else h, points=True):
                        break
                else:
                    return False
            if pair_reversed(want, got) is not None or ratio_changed(want, got) is not None:
                return False  # "9:8" is not the mistake "8:9", "9:3:3:1" not "1:3:3:9": a ratio's order is what it says
            return all(any(want.stems[i] == got.stems[j] for j in got.content()) for i in read.words)
        if not want.words:
            return False
        if len(want.words) <= 2:  # short patterns match as written, in sequence, negated alike
            places, n = got.positions_of_stem(want.stems[0]), len(want.stems)
            merged = self.card_set(card, "merged:" + pattern, lambda: merged_words(want, map(  # "tribune" is no
                self.prep, self._right_wordings(card))))  # "tribunal", though Snowball stems them alike
            return bool(places) and (any(got.stems[i:i + n] == want.stems and not merged_said(merged, got.words[
                i:i + n]) and got.negated_at(i + n - 1) == want.negated() for i in places if i + n <= len(got.stems))
                or said_after_shared_preposition(want, got))  # ("на торфе и угле" for "на угле")
        match = find_phrase(want, got, directions=False, span=len(want.words) + 2)
        if match is None or said_other_way(want, got, match.positions, self.parties) \
                or _name_reworded(want, got, match.positions):
            return False  # (the mistake's comparison or roles turned round: the opposite claim)
        if len(set(want.clauses)) == 1 and len({got.clauses[j] for j in match.positions}) > 1:
            return False  # a claim of one clause is made in one clause ("ECA American, OEEC European")
        # the words of a right answer, or a name, in another order ("the thief arrested the guard",
        # "Europe lacked dollars to buy from the US" for "US lacked dollars"): order decides who did what
        plain = list(match.positions[:sum(not want.dirs[i] for i in want.content())])  # (words of direction last)
        plain = [j for k, j in enumerate(plain) if j not in plain[:k]]  # (a word the pattern says twice: once)
        return plain == sorted(plain) or not (self._same_words_as_right(card, want) or self.aliases.names(want.words))

    def _same_words_as_right(self, card: Card, want: Prepared) -> bool:
        """Are a pattern's content words all words of one right wording (roles swapped)?"""
        mine = {want.stems[i] for i in want.content()}
        return any(mine <= {ref.stems[i] for i in ref.content()}
                   for ref in (self.prep(w) for w in self._right_wordings(card)))

    def _soft(self, card: Card, pattern: str) -> bool:
        """A pattern that is part of a right wording (or the right figure) only
        explains a wrong answer; it never fails a right one."""
        soft = self.memo(card).soft
        if pattern not in soft:
            soft[pattern] = self._is_soft(card, pattern)
        return soft[pattern]

    def _is_soft(self, card: Card, pattern: str) -> bool:
        want = self.prep(pattern)
        spec = spec_quantity(card)
        if spec is not None and any(same_quantity(spec, q) for q in want.quantities):
            return True
        return any(self._mistake_hits(card, self.prep(wording), pattern, ordered=False, split=False)  # (whole)
                   and not reordered(pattern, want, self.prep(wording)) for wording in self._right_wordings(card))

    def _turned_round(self, card: Card, got: Prepared, pattern: str) -> bool:
        """Does an answer that a pattern matches say the pattern's words in another order, when the pattern is a
        right wording's words in an order the instructor calls wrong ("it fell, then rose" beside the answer "it
        rose, then fell")? Then it is not that mistake: it may be the right wording itself."""
        want = self.prep(pattern)
        return any(reordered(pattern, want, ref := self.prep(w)) and in_right_order(want, ref, got)
                   for w in self._right_wordings(card))

    def _apply_mistakes(self, card: Card, got: Prepared, verdict: Verdict) -> Verdict:
        if not card.mistakes:
            return verdict  # (nothing to match: the answer's figures, which the test below reads, are not read for it)
        if not verdict.correct and any(w in got.lang.lex.hedges for w in got.words) and len(got.quantities) > 1:
            return verdict  # "3 or 4 times": a hedge fails as one; a known mistake's story of one figure misleads
        for mistake in card.mistakes:
            for pattern in mistake.match:
                if not self._mistake_hits(card, got, pattern) and not hits_as_written(self, card, got, pattern):
                    named = lettered_option(card.options, pattern) if card.kind == "choice" else None  # (a letter)
                    if named is None or not self._mistake_hits(card, got, named):
                        continue
                points = mistaken(verdict.keypoints, pattern, lambda w, p: self._mistake_hits(card, self.prep(w), p))
                if verdict.correct:
                    if self._soft(card, pattern) or self._turned_round(card, got, pattern):
                        continue
                    if self.prep(pattern).quantities and (self._right_quantity_given(card, got)
                                                          or figures_denied(self.prep(pattern), got)):
                        continue  # "176 million, down from 217 million" names the wrong figure in passing; "6
                        # years instead of 2" names it as the one it is not
                    if self._said_in_passing(card, got, pattern) or self._supposed(card, got, pattern) or named_after(
                            self.prep(pattern), got, self.by_texts(("runs",), capital_runs, self.texts), self.aliases):
                        continue  # "Menshutkin, as Mendeleev was ill"; "if you pour water into acid"; "Lowell Observ."
                    return wrong(mistake.feedback, "mistake", f"matches the known mistake '{pattern}'",
                                  keypoints=points)
                # the known mistake first: it is why the answer fails, what else was found comes after
                return Verdict(False, verdict.score, mistake.feedback, verdict.reason or "mistake",
                               keypoints=points,
                               trace=(f"matches the known mistake '{pattern}'",) + verdict.trace)
        return verdict

    def _said_in_passing(self, card: Card, got: Prepared, pattern: str) -> bool:
        """A right answer that names a known wrong name only in clauses of its own that say
        something else of it ("Menshutkin, because Mendeleev was ill", "A, B and C, while D was
        handed back"): each such clause has a word neither the question nor a right wording uses,
        and the answer is still right without them."""
        want = self.prep(pattern)
        stop = want.lang.lex.stop
        if want.quantities or want.dates or not want.content() or card.kind == "order" \
                or not all(w[0].isupper() for w in _LETTER_RUN.findall(pattern) if w.casefold() not in stop):
            return False  # only a name is mentioned in passing: a wrong claim ("warmed") is a claim
        lang = got.lang
        places = [j for j in got.content() for i in want.content() if lang.word_match(want.stems[i], got.stems[j]) >= 0]
        clauses = {got.clauses[j] for j in places}
        if not clauses:
            return False
        known = self.card_set(card, "right+prompt", lambda: (st for text in (*self._right_wordings(card), card.prompt)
                                                            for st in self.prep(text).stems))
        for clause in clauses:
            rest = [j for j in got.content() if got.clauses[j] == clause and j not in places
                    and got.words[j] not in lang.lex.clause_breaks]
            if not any(got.stems[j] not in known for j in rest):
                return False  # the clause only names it, or says of it what the question asks
        kept: dict[int, list[str]] = {}
        for word, clause in zip(got.words, got.clauses, strict=True):
            if clause not in clauses:
                kept.setdefault(clause, []).append(word)
        left = self.prep(", ".join(" ".join(words) for words in kept.values()))
        return bool(left.words) and bool(getattr(self, f"_grade_{card.kind}")(card, left).correct)

    def _supposed(self, card: Card, got: Prepared, pattern: str) -> bool:
        """A right answer that says the known mistake only as a supposition, in a clause of "if"
        ("if you pour water into the acid, it boils over"): what it asserts is the rest."""
        ifs = got.lang.lex.conditionals
        if not ifs or ifs.isdisjoint(got.words):
            return False
        pieces = [p for p in _CLAUSES.split(got.text) if p.strip()]
        kept = [p for p in pieces if not ifs & set(p.split()[:2])]
        if len(kept) == len(pieces) or not kept:
            return False
        return not self._mistake_hits(card, self.prep(", ".join(kept)), pattern)

    def _right_quantity_given(self, card: Card, got: Prepared) -> bool:
        spec = spec_quantity(card)
        if spec is None or card.number is None:
            return False
        return any(same_quantity(spec, q, card.number.allowed()) for q in got.quantities)

    def points(self, card: Card) -> bool:
        """Does the card set percentage points against percent (its prompt, answer or explanation)?"""
        return bool(self.card_set(card, "points", lambda: ["yes"] if points_contrasted(
            " ".join((card.prompt, card.answer, card.explanation))) else []))

    def _hard_checks(self, ref: Prepared, got: Prepared, prompt: Prepared | None = None, *,
                     points: bool = False) -> Verdict | None:
        for want in ref.quantities:
            # (a figure read two ways is one figure: "2 m" is two metres or two million, and either reading is it)
            if not any(same_quantity(alike, have, points=points) or near_time(alike, have, ref, got)
                       for alike in ref.quantities if alike.text == want.text for have in got.quantities):
                if got.quantities:
                    given = figures_shown(got.quantities)
                    return wrong(f"The figure is not right (expected {want.text}).", "quantity",
                                  f"missing {want.text}; given {given}")
                return wrong(f"The answer needs the figure ({want.text}).", "quantity", f"missing {want.text}")
        ends = span_ends(ref.text, ref.lang.code, list(ref.quantities))  # "1637" of "1634-1637": a span, both ends
        offered = [*got.quantities, *span_ends(got.text, got.lang.code, list(got.quantities))] if ends else []
        for want in ends:
            if not any(same_quantity(want, have, points=points) for have in offered):
                return wrong(f"The figure is not right (expected {ref.text}).", "quantity", f"missing {want.text}")
        if ref.quantities and (pair := pair_reversed(ref, got)):  # "0:5" for "5:0": the other side ahead
            return wrong(f"The figures are the wrong way round (expected {pair[0]}:{pair[1]}).", "quantity",
                         f"the pair {pair[0]}:{pair[1]} given as {pair[1]}:{pair[0]}")
        if ref.quantities and (ratio := ratio_changed(ref, got)):  # "9:3:1" for "9:3:3:1": the same figures
            return wrong(f"The ratio is not right (expected {ratio}).", "quantity", f"the ratio {ratio} not given")
        if ref.quantities and (factor := factor_missing(ref, got)):
            return wrong(f"The factor is not right (expected {factor}).", "quantity", f"missing the factor {factor}")
        if any(got.dirs):  # (an answer without a word of direction gives none, and disagrees with none)
            gd = oriented_direction(ref, got)  # (the wording's direction matters only when the answer gives one)
            rd = gd and (ref.direction() or (prompt.direction() if prompt else 0))
            if (rd and rd != gd) or not directions_agree(got, ref) \
                    or (gd and swings(ref.words, ref.dirs, ref.lang.code)):  # one way of a swing ("rise and fall")
                return wrong("The direction is the wrong way round (a rise is not a fall).", "direction",
                              "direction words disagree")
        # a negation the question itself makes ("which towns were never taxed?") is its subject: an answer that
        # repeats it ("the river towns were never taxed") says nothing opposite; one that drops the wording's
        # negation still does
        if ref.negated() != got.negated() and not (got.negated() and prompt and asked_negated(prompt, got)):
            return wrong("Check the negation: your answer says the opposite.", "negation", "negation disagrees")
        if too_for_crossed(ref, got, tuple(got.content())):  # "the ships were too small for the harbour"
            return wrong("Who did what is the wrong way round.", "mismatch", "the two sides of 'too ... for' exchanged")
        return self._exclusion(ref, got)

    def _exclusion(self, ref: Prepared, got: Prepared) -> Verdict | None:
        """An answer that counts in what the wording leaves out ("including Sundays" for "Sundays excepted"), or
        the other way round (`exclusions`)."""
        if exclusion_disagrees(ref.words, got.words, got.lang.code):
            return wrong("Check what is counted in and what is left out.", "negation",
                          "counting in and leaving out disagree")
        return None

    def _direction_or_negation(self, ref: Prepared, got: Prepared, prompt: Prepared,
                               ways: tuple[Prepared, Prepared] | None = None) -> Verdict | None:
        """`ways`: the card's answer and the answer read for their direction (a bound's "more" is none: `numeric`)."""
        way, got_way = ways or (ref, got)
        rd, gd = way.direction() or prompt.direction(), oriented_direction(way, got_way)
        if rd and gd and rd != gd:
            return wrong("The direction is the wrong way round (a rise is not a fall).", "direction",
                          "direction words disagree")
        for asked in (prompt, ref):  # "спешил на 5 секунд" asked how much it "отстал" (not "not accepted": below)
            if (opposed := antonyms(got, asked)) is not None and not got.negated_at(got.stems.index(opposed[0])):
                mine, theirs = got.words[got.stems.index(opposed[0])], asked.words[asked.stems.index(opposed[1])]
                return wrong("Check the wording: your answer says the opposite of what is asked.", "direction",
                             f"'{mine}' is the opposite of '{theirs}'")
        if got.negated() and not ref.negated() and not asked_negated(prompt, got):  # (as in _hard_checks)
            return wrong("Check the negation: your answer says the opposite.", "negation", "negation disagrees")
        return self._exclusion(ref, got)

