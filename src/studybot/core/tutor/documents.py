"""The passages the tutor searches, prepared and indexed: `Library(pack)`.

A passage (`Doc`) is one sentence of a section's notes or of the source text (see
`passages`), prepared like a graded answer and reduced to match keys (see `words`).
Besides its own keys a passage knows

- the names it mentions and those of people (see `names`), and what it defines:
  "X, the ...", "X: ...", "X is a ...", "the geologist X", "called X" (`heads`, `definitions.heads_of`);
- the kinds of answer it gives: a figure, a date, a reason, a means ("by burning coal"), a list;
- the cards it supports: each card's answer, explanation and evidence are matched to
  the sentences of its section, and those sentences take the card's prompt as `hints`
  (partial credit for a question put in the card's words). A card's prompt, options
  or instructions are never a passage.

`Library` keeps the passages with their document frequencies, the vocabulary, the
pack's names, and the FTS5 index (`search.SearchIndex`) over their keys.
"""

from __future__ import annotations

import math
import re
from collections import Counter
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field

from ..matching import Prepared
from ..packs import Card, Pack
from ..search import SearchIndex
from ..text import clean, normalise
from .acronyms import EXPANDS_KEY, spelt_out
from .agents import Agents, agents_of
from .counted_back import inherit_counted
from .counts import UNINDEXED, dating_numbers, figure_keys, more_figures
from .definitions import heads_of, related_terms, role_holders
from .frames import TAKEN
from .instances import kind_instances
from .materials import material_keys
from .mutations_ru import mutated_stems
from .named_words import named_only
from .names import NameBook, find_names
from .negation import negated
from .openings import goes_on
from .passages import Passage, PassageKind, passages
from .people_nouns import people_nouns, roles_of
from .place_verbs import place_keys
from .properties import property_keys
from .spans import says_span
from .superlatives_ru import superlative_keys
from .topics import topic_keys
from .words import CONTRAST_KEY, DURATION_KEY, NEGATED_KEY, PERIOD_KEY, REASON_KEY, Words

__all__ = ["Doc", "Library", "Traits", "card_texts"]

SUPPORT_SHARE = 0.34  # a sentence supports a card when it has this weighted share of the card's answer keys ...
SUPPORT_NEAR = 0.75  # ... and this share of the best sentence's
MAX_SUPPORT = 2  # sentences a card supports at most
INTRODUCED_WORDS = 4  # words after a naming cue at the end of a sentence: the term it introduces
YEAR = re.compile(r"^(?:1[0-9]|20)\d\d$")
DECADE = re.compile(r"^(?:1[0-9]|20)\d0s$")  # "the 1860s"
_DIGIT = re.compile(r"\d")
_YEAR_LIKE = frozenset({"count", "duration", "time"})  # figures a year may be read as ("1903 года", "in 1812")
_YEAR_IN_TEXT = re.compile(r"(?<![\d.,])(?:1[0-9]|20)\d\d(?!\d|[.,]\d)")  # "in 1455, ..." too


def _ordinal_only(text: str | None, p: Prepared, raw: str, cardinal: str) -> bool:
    """Is a count said only as an ordinal ("The first pocket radio ...", "Первый паром ..."): which, not how many? A
    name's number ("the Regency TR-1", "Як-15") writes no count either."""
    written = rf"(?<![\w.,])(?<![^\W\d_]-){text}(?!\w|[.,]\d)"
    return bool(text) and text in p.ordinals and not re.search(written, raw) and not (
        cardinal and re.search(cardinal, raw, re.IGNORECASE))


_LIST = re.compile(r";|→|(?:,[^,]+){2,}")
# a time of day written as a clock writes it ("at about 8:45", "в 19:38"): a time, even where the quantity reader
# leaves a bare "8:45" two figures (it may be a ratio)
_CLOCK_FIGURE = re.compile(r"(?<![\d.,:])(?:[01]?\d|2[0-3]):[0-5]\d(?![\d:])")
# a span of years: "1859–1861", "с 1136 по 1478"
_YEAR_SPAN = re.compile(r"(?<![\d.,])(?:1[0-9]|20)\d\d\s*(?:[–—-]|по|до)\s*(?:1[0-9]|20)\d\d(?![\d.,])")


@dataclass(frozen=True)
class Traits:
    """The kinds of answer a passage gives."""

    numeric: bool  # a figure (not a year, not the day of a date)
    kinds: frozenset[str]  # the kinds of its figures ("length", "percent", "count", see `quantities`)
    dated: bool  # a year, a date, a month or a season
    timed: bool  # ... or a looser time word ("later", "years ago")
    reason: bool  # a reason marker ("because", "so", "due to")
    result: bool  # opens with a result marker ("That is why", "Поэтому"): its reason is the sentence before
    listing: bool  # a list (semicolons, arrows, several commas)
    continues: bool  # opens with a pronoun: it goes on about the sentence before
    announces: bool = False  # says that reasons follow, giving none itself ("Moscow gave several reasons for this.")
    introduces: bool = False  # ends by naming a term ("... a problem known as the dollar gap."): what it is comes next
    manner: bool = False  # says how, by what means or in what steps ("by means of", "by burning coal", "путём")


@dataclass(frozen=True)
class Doc:
    """One indexed passage and what ranking needs to know of it."""

    id: int
    kind: PassageKind
    text: str  # as shown (sanitised)
    section_id: str | None
    order: int
    paragraph: int
    keys: frozenset[str]
    heads: frozenset[str]  # stems of what the passage defines
    names: frozenset[str]  # name stems it mentions
    persons: frozenset[str]  # ... of people
    roles: frozenset[str]  # stems of the roles and titles it names ("minister", "officials")
    size: int  # content words
    traits: Traits
    hints: frozenset[str] = frozenset()  # keys of the prompts of the cards it supports
    cards: tuple[str, ...] = ()  # the cards it supports
    people: frozenset[str] = frozenset()  # stems of its other nouns for people ("savers", "the militia", "ополченцы")
    agents: Agents = Agents()  # the verbs a name it writes is the subject of, and those names (`agents`)
    named: frozenset[str] = frozenset()  # keys of words it writes only inside a name ("The Evening Interest")


@dataclass
class _Draft:
    passage: Passage
    prepared: Prepared
    stems: list[str]
    content: list[int]
    keys: set[str]
    hints: set[str] = field(default_factory=set)
    cards: list[str] = field(default_factory=list)


def _alias_texts(pack: Pack) -> list[str]:
    """Every name of the pack's aliases ("царь Пётр")."""
    return [name for canonical, others in pack.aliases.items() for name in (canonical, *others)]


def card_texts(card: Card) -> list[str]:
    """What a card says is true: its answer and accepted wordings, keypoints, items in
    order, cloze with the blanks filled, explanation and evidence (never wrong options)."""
    texts = [card.answer, *card.accept, *(k.point for k in card.keypoints), *card.items, card.explanation,
             card.evidence]
    if card.kind == "cloze" and card.text:
        texts.append(re.sub(r"\{\{(.*?)\}\}", lambda m: m.group(1).split("|")[0], card.text))
    return [t for t in texts if t and t.strip()]


class Library:
    """Every passage of one pack, prepared and indexed, with the statistics the tutor needs.

    Attributes: `docs` (by id), `df` (passages per key), `vocab` (word counts), `names`
    (`NameBook`), `section_keys` (keys of each section's title), `card_keys` (keys of each
    card's texts), `prompts` (the keys of each content word of each card's prompt), `index`.
    """

    def __init__(self, pack: Pack, words: Words):
        self.pack = pack
        self.words = words
        self.sections = {s.id: s for s in pack.sections}
        found = list(passages(pack, words.tw, words.stop | words.lang.lex.clause_breaks))  # openers after "etc."
        texts = [p.keyed or p.text for p in found] + [t for c in pack.cards for t in (c.prompt, *card_texts(c))]
        self.names: NameBook = find_names(texts, words)
        words.set_names(frozenset(self.names.stems))
        self.vocab: Counter[str] = Counter()
        drafts = [self._draft(p) for p in found]
        self.kinds = kind_instances(zip(texts, (d.prepared for d in drafts), strict=False), words, self.names)
        _inherit_names(drafts, self.names, words)
        inherit_counted(drafts, self.names, words)  # "half of them": the bottles before (`counted_back`)
        self.size = len(drafts)
        self.df: Counter[str] = Counter()
        for d in drafts:
            self.df.update(d.keys)
        self.section_keys = {s.id: self.strong_keys(s.title) for s in pack.sections}
        self.topic_stems = self._topic_stems()
        self.related = related_terms((p.keyed or p.text for p in found), words)  # terms the text defines by others
        self.role_people = role_holders([p.keyed or p.text for p in found] + _alias_texts(pack), words, self.names)
        self.card_keys: Mapping[str, frozenset[str]] = {}
        self.prompts: Mapping[str, tuple[frozenset[str], ...]] = {}
        self._link_cards(drafts)
        self.docs: Sequence[Doc] = [self._doc(i, d) for i, d in enumerate(drafts)]
        self.index = SearchIndex(("keys", "hints"), weights=(1.0, 0.3))
        self.index.build((doc.id, (" ".join(sorted(k for k in doc.keys if not k.startswith(UNINDEXED))),
                                   " ".join(sorted(doc.hints)))) for doc in self.docs)  # what a figure may count
        # apart (`counts_things`): not a word of the passage

    # -------------------------------------------------------------- statistics

    def idf(self, key: str) -> float:
        """The rarity of a key among the passages (a key no passage has is `rarest`)."""
        return _idf(self.size, self.df.get(key, 0))

    @property
    def rarest(self) -> float:
        """The rarity of a key no passage has."""
        return _idf(self.size, 0)

    def prefetch(self, ids: Iterable[int]) -> None:
        """Read these passages at once when they are kept on disk (see `cache.StoredDocs`)."""
        fetch = getattr(self.docs, "fetch", None)
        if fetch is not None:
            fetch([i for i in ids if 0 <= i < len(self.docs)])

    def neighbours(self, doc: Doc, reach: int = 1) -> list[Doc]:
        """The sentences before and after a passage in its paragraph (`reach` on each side), nearest first."""
        out = []
        for j in sorted(range(doc.id - reach, doc.id + reach + 1), key=lambda j: (abs(j - doc.id), j)):
            if j == doc.id:
                continue
            if 0 <= j < len(self.docs):
                other = self.docs[j]
                if other.section_id == doc.section_id and other.paragraph == doc.paragraph and other.kind == doc.kind:
                    out.append(other)
        return out

    def before(self, doc: Doc) -> Doc | None:
        """The sentence right before a passage in its paragraph, if any."""
        return next((n for n in self.neighbours(doc) if n.id == doc.id - 1), None)

    # -------------------------------------------------------------- preparing passages

    def _draft(self, passage: Passage) -> _Draft:
        words = self.words
        prepared = words.prepare(passage.keyed or passage.text)
        stems = words.stems(prepared)
        content = words.content(prepared)
        keys: set[str] = set()
        for i in content:
            strong, weak = words.keys(prepared.words[i], stems[i])
            keys |= strong | weak | property_keys(prepared.words[i], words.lang.code)  # "weighs": heavy (`properties`)
        keys |= words.phrase_keys(stems, content)
        keys |= self._raw_keys(passage.keyed or passage.text)
        keys |= figure_keys(prepared, stems, words, passage.keyed or passage.text)  # a share, a sum, a figure ...
        keys |= {CONTRAST_KEY} if words.contrast_pattern.search(" ".join(prepared.words)) else set()
        if words.tw.cause_words and words.states_reason(passage.text, " ".join(prepared.words)):
            keys.add(REASON_KEY)  # "what causes X?" is met by "X happens when ..."
        keys |= self._spelt_out(passage.keyed or passage.text) | topic_keys(prepared, stems, content, words)
        keys |= superlative_keys(prepared.words, words)  # "слабее всего", "холоднейшие": "самые" (`superlatives_ru`)
        keys |= {NEGATED_KEY} if negated(words, " ".join(prepared.words)) else set()  # "not", "refused to", "не стал"
        keys |= material_keys(passage.text) | place_keys(passage.text, words)  # "made of X", "a slab of
        # X", "wooden" (`materials`); "at the X", "in Y" (`place_verbs`)
        if words.period_pattern is not None and words.period_pattern.search(passage.keyed or passage.text):
            keys.add(PERIOD_KEY)
        if words.tw.duration_words and (_YEAR_SPAN.search(passage.keyed or passage.text) or any(
                q.kind == "duration" and not YEAR.match((q.text or " ").split()[0]) for q in prepared.quantities)
                or says_span(passage.text, words.code)):
            keys.add(DURATION_KEY)  # "длилась 21 год", "с 1136 по 1478 год" (not "в 1922 году")
        self.vocab.update(prepared.words)
        return _Draft(passage, prepared, stems, content, keys)

    def _raw_keys(self, text: str) -> set[str]:
        """Strong keys of the words as written (before aliases and number words were rewritten: "five", "второе")."""
        words = self.words
        keys: set[str] = set()
        for w in words.tokens(words.without_idioms(text)):  # "point of view" names no "point"
            if w.isalpha() and w not in words.stop and w not in words.tw.bare_negators:
                keys |= words.keys(w, words.stem(w))[0]
        return keys

    def _spelt_out(self, text: str) -> set[str]:
        """`EXPANDS_KEY` + the stem of each acronym a sentence spells out (`acronyms`), + its alias group's key."""
        words = self.words
        return {EXPANDS_KEY + k for acronym in spelt_out(text, words.tw.expansion_cues)
                for k in {words.stem(normalise(acronym))} | words.listed_in(acronym)}

    def _topic_stems(self) -> frozenset[str]:
        """Stems of the pack's title and its source's: what the whole text is about."""
        words = self.words
        out: set[str] = set()
        for title in (self.pack.title, self.pack.source.title):
            prepared = words.prepare(title or "")
            stems = words.stems(prepared)
            out.update(stems[i] for i in words.content(prepared))
        return frozenset(out)

    def strong_keys(self, text: str) -> frozenset[str]:
        """Strong keys of a text's content words and of the phrases it says (a section title, a card's text)."""
        words = self.words
        prepared = words.prepare(text)
        stems = words.stems(prepared)
        content = words.content(prepared)
        keys = {k for i in content for k in words.keys(prepared.words[i], stems[i])[0]}
        return frozenset(keys | words.phrase_keys(stems, content))

    def _doc(self, doc_id: int, d: _Draft) -> Doc:
        words = self.words
        p = d.prepared
        names = {d.stems[i] for i in d.content if d.stems[i] in self.names.stems}
        return Doc(
            id=doc_id, kind=d.passage.kind, text=clean(d.passage.text, multiline=False),
            section_id=d.passage.section_id, order=d.passage.order, paragraph=d.passage.paragraph,
            keys=frozenset(d.keys | ({NEGATED_KEY + n for n in names} if NEGATED_KEY in d.keys else set())),  # "X не"
            heads=frozenset(heads_of(p, d.passage.text, d.stems, d.content, self.names, words)),
            names=frozenset(names),
            persons=frozenset(names & self.names.persons),
            roles=roles_of(p.words, d.stems, d.content, words), size=len(d.content),
            traits=_traits(d.passage.keyed or d.passage.text, p, d.stems, words), hints=frozenset(d.hints - d.keys),
            cards=tuple(d.cards), people=people_nouns(p.words, d.stems, d.content, words),
            agents=agents_of(d.passage.text, self.names, words), named=named_only(d.passage.text, self.names, words))

    # -------------------------------------------------------------- cards

    def _link_cards(self, drafts: list[_Draft]) -> None:
        """Match each card to the sentences of its section that say what it asks for; they
        take the card's prompt as hints."""
        by_section: dict[str | None, list[_Draft]] = {}
        for d in drafts:
            by_section.setdefault(d.passage.section_id, []).append(d)
        card_keys: dict[str, frozenset[str]] = {}
        prompts: dict[str, tuple[frozenset[str], ...]] = {}
        self.card_keys, self.prompts = card_keys, prompts
        for card in self.pack.cards:
            keys = set().union(*(self.strong_keys(t) for t in card_texts(card))) - self._restored(card_texts(card))
            prompts[card.id] = self._prompt_keys(card.prompt)
            prompt = frozenset[str]().union(*prompts[card.id])
            card_keys[card.id] = frozenset(keys | prompt)
            section = by_section.get(card.section, [])
            supporting = self._supporting(keys, section)
            for d in supporting + [d for d in self._stating(card, prompts[card.id], section) if d not in supporting]:
                d.hints |= prompt
                d.cards.append(card.id)

    def _restored(self, texts: Iterable[str]) -> set[str]:
        """The stems `mutated_stems` gives a card's words and none of its words has: they find a card's sentences by
        no word more than once ("возмущён" is one word of a card, not three rare ones)."""
        prepared = [self.words.prepare(t) for t in texts]
        restored = {s for p in prepared for w in p.words for s in mutated_stems(w)}
        return restored - {s for p in prepared for s in self.words.stems(p)}

    def _stating(self, card: Card, prompt: tuple[frozenset[str], ...], drafts: list[_Draft]) -> list[_Draft]:
        """The sentences that state a card's answer, a figure, in full ("32 bits") and share half
        of its prompt's words: they say what it asks, however short they are."""
        answer = self.strong_keys(card.answer) if _DIGIT.search(card.answer or "") else frozenset()
        if not answer or not prompt:
            return []
        return [d for d in drafts if answer <= d.keys
                and 2 * sum(1 for keys in prompt if keys & d.keys) >= len(prompt)][:MAX_SUPPORT]

    def _supporting(self, keys: set[str], drafts: list[_Draft]) -> list[_Draft]:
        """The sentences with most of a card's keys (weighted by rarity)."""
        total = sum(self.idf(k) for k in keys)
        if not total:
            return []
        scored = sorted(((sum(self.idf(k) for k in keys & d.keys) / total, -i, d) for i, d in enumerate(drafts)),
                        key=lambda t: (t[0], t[1]), reverse=True)
        if not scored or scored[0][0] < SUPPORT_SHARE:
            return []
        best = scored[0][0]
        return [d for share, _, d in scored[:MAX_SUPPORT] if share >= SUPPORT_NEAR * best]

    def _prompt_keys(self, prompt: str) -> tuple[frozenset[str], ...]:
        """The strong keys of each content word of a prompt (question words left out)."""
        words = self.words
        prepared = words.prepare(prompt)
        stems = words.stems(prepared)
        return tuple(words.keys(prepared.words[i], stems[i])[0] for i in words.content(prepared)
                     if prepared.words[i] not in words.tw.question_words)


# ------------------------------------------------------------------ what a passage says


def _dating(word: str, st: str, words: Words) -> bool:
    return word.isdigit() or st in words.date_stems or st in words.time_stems


def _inherit_names(drafts: list[_Draft], names: NameBook, words: Words) -> None:
    """A sentence that opens with a pronoun ("Он набрал 57,30%", "He set out ...") is about
    the names of the sentence before it (in its paragraph): it takes their keys."""
    pronouns, reach = words.tw.pronouns, words.tw.pronoun_reach or 3
    carried: set[str] = set()  # the name keys the sentence before took from the one before it
    for k, (before, d) in enumerate(zip(drafts, drafts[1:], strict=False)):
        p = d.passage
        if (before.passage.section_id, before.passage.paragraph, before.passage.kind) != (
                p.section_id, p.paragraph, p.kind):
            carried = set()
            continue
        if any(w in pronouns for w in d.prepared.words[:reach]):
            inherited = {k for i in before.content if before.stems[i] in names.stems
                         for k in words.keys(before.prepared.words[i], before.stems[i])[0]}
            # "Он ... . В 1887 году он ...": a chain of pronouns goes on about the name before it
            inherited |= carried if words.tw.pronoun_reach else set()
            carried = inherited - d.keys
            d.keys |= inherited
        else:
            carried = set()
        if words.same_time_pattern.search(" ".join(d.prepared.words)):  # "В тот же день ...": the date before
            dated = _last_dated(drafts, k, words) if words.tw.pronoun_reach else before
            d.keys |= {key for i in dated.content if _dating(dated.prepared.words[i], dated.stems[i], words)
                       for key in words.keys(dated.prepared.words[i], dated.stems[i])[0]}


def _last_dated(drafts: list[_Draft], k: int, words: Words) -> _Draft:
    """The nearest sentence up to `drafts[k]` in its paragraph that gives a date (a month, a season
    or a year: "19:38" is no date), else `drafts[k]`."""
    first = drafts[k].passage
    for j in range(k, -1, -1):
        p = drafts[j].passage
        if (p.section_id, p.paragraph, p.kind) != (first.section_id, first.paragraph, first.kind):
            break
        if any(YEAR.match(w) or st in words.date_stems for w, st in zip(drafts[j].prepared.words, drafts[j].stems,
                                                                         strict=True)):
            return drafts[j]
    return drafts[k]


def _traits(raw: str, p: Prepared, stems: list[str], words: Words) -> Traits:
    tw = words.tw
    seq = p.words
    no_years = _YEAR_IN_TEXT.sub(" ", raw)
    figure = bool(_DIGIT.search(no_years)) or bool(re.search(tw.cardinal, no_years, re.IGNORECASE)) or any(
        q.kind not in _YEAR_LIKE for q in p.quantities)  # "до 2000 °C", "1500 m": a measure is no year
    in_dates = " ".join(d.text for d in p.dates)
    dating = dating_numbers(seq, raw, words)  # "40 BC", "Cleopatra VII", "Apollo 13"
    figures = [q for q in p.quantities if not (q.kind == "count" and (YEAR.match(q.text or "") or q.text in dating or (
        q.text and re.search(rf"(?<!\d){re.escape(q.text)}(?!\d)", in_dates)) or _ordinal_only(
        q.text, p, raw, tw.cardinal)))  # "the first radio": which one, not how many
               and not (q.kind == "duration" and q.text and q.text in in_dates)]  # "17 мая 1903 года": a year
    numeric = figure and bool(figures)
    dated = bool(p.dates) or any(YEAR.match(w) or DECADE.match(w) for w in seq) or any(
        st in words.date_stems and w not in tw.duration_words for w, st in zip(seq, stems, strict=False))  # "10 лет"
    # is no date, though "лет" is the stem of "летом" too
    timed = dated or any(st in words.time_stems for st in stems) or any(q.kind == "time" for q in figures) or bool(
        _CLOCK_FIGURE.search(raw))  # a time of day answers "what time", "во сколько", "в какое время"
    joined = " ".join(seq)
    reason = words.states_reason(raw, joined)  # "because", "built in 1972, to produce"; not "since 2007"
    result = bool(words.result_pattern.match(words.without_lookalikes(raw, joined)[1])) or any(
        w in tw.result_adverbs for w in seq)  # "So far ..." is no result
    reach = min(tw.pronoun_reach, 6) or 2  # a pronoun near the opening: the sentence goes on about the one before
    # "This was because", "Дело в том"
    continues = bool(seq) and (goes_on(seq, raw, reach, words) or bool(words.explaining_pattern.match(joined)))
    kinds: frozenset[str] = frozenset(q.kind for q in figures) if numeric else frozenset()
    if tw.duration_words and _YEAR_SPAN.search(raw) or says_span(raw, words.code):  # "с 1136 по 1478 год",
        numeric, kinds = True, kinds | {"duration"}  # "больше года", "more than a year" (`spans`): how long
    if more := more_figures(p, stems, words):  # "half", "twice a year", "вдвое", "1200 ткачей"
        numeric, kinds = True, kinds | more
    if tw.counts.taken and re.search(tw.counts.taken, joined):  # "подняли за 42 минуты": how fast
        numeric, kinds = True, kinds | {TAKEN}
    announces = not reason and ":" not in raw and bool(words.announcing_pattern.search(joined))
    named = [m.end() for m in words.naming_pattern.finditer(joined)]
    introduces = bool(named) and len(joined[named[-1]:].split()) <= INTRODUCED_WORDS
    return Traits(numeric, kinds, dated, timed, reason, result, bool(_LIST.search(raw)), continues, announces,
                  introduces, words.gives_manner(raw, joined))


def _idf(total: int, having: int) -> float:
    """Inverse document frequency of a key that `having` of `total` passages have (smoothed)."""
    return math.log((total + 1) / (having + 0.5))
