"""Ranking: scoring the passages bm25 proposes for a question and choosing the answer.

bm25 (`search.SearchIndex`) proposes `Weights.candidates` passages; each is rescored by
the weighted share of the question it covers plus small cues (the kind of answer
wanted, a definition of what is asked about, a card prompt that restates the
question, bm25, brevity). The best passage that covers `answer_coverage` of the
question (and `relation_coverage` of what it asks about its names) and supplies the
kind of answer required is the answer, with at most one helpful second passage from
its section. Every number of this is a field of `Weights`: tune them on several packs
at once, never on one (DESIGN §6).
"""

from __future__ import annotations

from dataclasses import dataclass

from .analysis import Question, Unit
from .documents import Doc, Library

__all__ = ["DEFAULT_WEIGHTS", "Choice", "Ranker", "Scored", "Weights", "fits", "prompt_match", "supplies"]


@dataclass(frozen=True)
class Weights:
    """Every weight and threshold of the tutor's ranking (scores are shares of a question, 0..1)."""

    # -- weighing the question's units (times the rarity of their keys)
    name: float = 1.5  # a name the pack knows (or a capitalised word it has) counts this many times
    light: float = 0.3  # a light word ("article", "number", "say": lexicon.LIGHT_WORDS) counts this share
    unknown_name: float = 2.0  # a capitalised word the pack lacks: this many times the rarest key
    framing: float = 0.5  # an unknown word ending in -ed, -ing or -ly (it frames more than it names)
    max_units: int = 24  # units of a question looked up at most
    # -- coverage
    partial_credit: float = 0.7  # share of a unit's weight met by a weak key or a word of a quoted title
    # -- rescoring the bm25 candidates
    candidates: int = 40  # bm25 hits rescored
    fit_bonus: float = 0.1  # times `fits`: the passage gives the kind of answer wanted
    define_bonus: float = 0.1  # the passage defines what a "what is X?" question names
    prompt_bonus: float = 0.15  # times how closely a card's prompt restates the question (0..1)
    card_penalty: float = 0.03  # a quiz card loses a tie to a statement
    restating_penalty: float = 0.05  # the passage only restates the question (not for yes/no questions) ...
    restating_margin: int = 2  # ... "only": at most this many content words beyond those asked about
    bm25_share: float = 0.05  # times the bm25 score relative to the best candidate's
    focus_share: float = 0.05  # times focus: 1 for a passage of `focus_words` content words or fewer, less beyond
    focus_words: int = 12
    # -- `fits`: the kinds of answer wanted
    figure_fit: float = 1.0  # a figure, for "how many / how much"
    date_fit: float = 1.0  # a year or time word, for "when"
    new_name_fit: float = 1.0  # a name the question does not give, for "who / which / where" ...
    new_names_fit: float = 1.5  # ... two or more such names
    reason_fit: float = 0.5  # a reason word or a "why" card, for "why" (not a hard requirement)
    list_fit: float = 1.0  # a list (commas, semicolons, arrows), for "name the two ..." (not a hard requirement)
    # -- deciding
    answer_coverage: float = 0.62  # weighted share of the question the answer must cover
    relation_coverage: float = 0.3  # ... and of its units other than names (what it asks about them)
    answers_tried: int = 8  # best-ranked passages tried against these thresholds before declining
    # -- a second passage from the answer's section
    second_novelty: float = 0.3  # least share of its keys the best passage lacks
    second_max_chars: int = 600  # longest the two passages may be together
    fills_coverage: float = 0.4  # a passage that supplies what the best lacks must cover this ...
    fills_bonus: float = 0.3  # ... and is preferred by this much
    continues_coverage: float = 0.4  # the note right after the best must cover this ...
    continues_bonus: float = 0.15  # ... and is preferred by this much
    near_score: float = 0.85  # any other answering passage must score this share of the best
    # -- what a reply shows
    max_cards: int = 3  # cards to practise offered with an answer
    max_nearest: int = 3  # nearest topics named in a decline


DEFAULT_WEIGHTS = Weights()


@dataclass(frozen=True)
class Scored:
    """A passage with its score for one question (coverage plus cues) and its coverage alone."""

    score: float
    coverage: float
    doc: Doc


@dataclass(frozen=True)
class Choice:
    """The passage that answers a question, and a second one that helps (or None)."""

    best: Scored
    second: Doc | None


def prompt_match(doc: Doc, q: Question) -> float:
    """How closely a card's prompt restates the question (F1 of the two coverages)."""
    prompt_keys = frozenset[str]().union(*doc.prompt)
    asked = sum(u.weight for u in q.units if u.strong & prompt_keys) / q.total
    restated = sum(1 for keys in doc.prompt if keys & q.keys) / len(doc.prompt)
    return 2 * asked * restated / (asked + restated) if asked and restated else 0.0


def supplies(doc: Doc, q: Question) -> bool:
    """Does a passage give the kind of answer the question requires: a figure for "how many",
    a date for "when", a person the question does not name for "who"?"""
    wants = q.wants
    return ((not wants.numeric or doc.numeric) and (not wants.dated or doc.dated)
            and (not wants.person or bool(doc.persons - q.names)))


def fits(doc: Doc, q: Question, weights: Weights, hard: bool = False) -> float:
    """How well a passage supplies the kinds of answer wanted (0 when none are wanted):
    a number, a date, names the question does not give (two count more), and unless
    `hard`, the softer cues of a reason or a list."""
    wants, w8 = q.wants, weights
    new_names = len(doc.names - q.names)
    return sum((
        wants.numeric and doc.numeric and w8.figure_fit,
        wants.dated and doc.dated and w8.date_fit,
        wants.entity and (w8.new_names_fit if new_names >= 2 else w8.new_name_fit if new_names else 0.0),
        not hard and wants.reason and doc.reason and w8.reason_fit,
        not hard and wants.listing and doc.listing and w8.list_fit,
    ))


class Ranker:
    """Scores the passages of one `Library` for questions and chooses answers."""

    def __init__(self, library: Library, weights: Weights):
        self.library = library
        self.weights = weights

    def coverage(self, doc: Doc, units: tuple[Unit, ...], total: float) -> float:
        """Weighted share of `units` a passage covers (partial credit for weak and title keys)."""
        covered = 0.0
        for u in units:
            if u.strong & doc.keys:
                covered += u.weight
            elif u.weak & doc.keys or u.strong & doc.title_keys:
                covered += self.weights.partial_credit * u.weight
        return covered / total

    def rank(self, q: Question) -> list[Scored]:
        """The bm25 candidates rescored in Python, best first: coverage of the question, plus
        small bonuses for the kind of answer wanted, a definition of what is asked about, a
        card prompt that restates the question, bm25 and brevity."""
        w8 = self.weights
        terms = [k for u in q.units for k in sorted(u.strong | u.weak)]
        hits = self.library.index.search(terms, limit=w8.candidates)
        if not hits:
            return []
        top = max(h.score for h in hits) or 1.0
        ranked = []
        for hit in hits:
            doc = self.library.docs[hit.doc_id]
            coverage = self.coverage(doc, q.units, q.total)
            bonus = self._bonus(doc, q)
            focus = min(1.0, w8.focus_words / max(1, doc.size))  # a short passage is a focused answer
            ranked.append(Scored(coverage + bonus + w8.bm25_share * hit.score / top + w8.focus_share * focus,
                                 coverage, doc))
        ranked.sort(key=lambda r: (-r.score, r.doc.id))
        return ranked

    def _bonus(self, doc: Doc, q: Question) -> float:
        """The small cues added to a candidate's coverage (and the penalties taken from it)."""
        w8 = self.weights
        bonus = w8.fit_bonus * fits(doc, q, w8)
        if q.wants.define and doc.heads & q.keys:
            bonus += w8.define_bonus
        if doc.prompt:  # a card whose prompt is the learner's question answers it
            bonus += w8.prompt_bonus * prompt_match(doc, q)
        if doc.kind == "card":
            bonus -= w8.card_penalty  # on a tie a statement reads better than a quiz card
        if not q.wants.yes_no and doc.size - sum(1 for u in q.units if u.strong & doc.keys) <= w8.restating_margin:
            bonus -= w8.restating_penalty  # it only restates the question (which answers a yes/no question)
        return bonus

    def choose(self, q: Question, ranked: list[Scored]) -> Choice | None:
        """The best passage that covers enough of the question and gives the kind of answer
        it requires (with a helpful second passage), or None: decline."""
        w8 = self.weights
        names = [u for u in q.units if u.name]
        if names and not any(u.strong & self.library.df.keys() for u in names):
            return None  # every name asked about is unknown to the pack
        relation = tuple(u for u in q.units if not u.name)
        relation_total = sum(u.weight for u in relation)
        for best in ranked[:w8.answers_tried]:
            if best.coverage < w8.answer_coverage:
                continue
            if relation and self.coverage(best.doc, relation, relation_total) < w8.relation_coverage:
                continue  # it shares the names, not what is asked about them
            second = self._second(best, ranked, q)
            if supplies(best.doc, q) or (second is not None and supplies(second, q)):
                return Choice(best, second)
        return None

    def _second(self, best: Scored, ranked: list[Scored], q: Question) -> Doc | None:
        """A passage from the same section that helps: it supplies the kind of answer asked
        for (a number, a date, a name) when the best lacks it, continues the best note, or
        scores nearly as well and says something else."""
        if best.doc.section_id is None:
            return None
        w8 = self.weights
        lacking = not fits(best.doc, q, w8, hard=True)
        choice, choice_score = None, 0.0
        for r in self._second_pool(best, ranked, q).values():
            doc = r.doc
            novelty = len(doc.keys - best.doc.keys) / max(1, len(doc.keys))
            if novelty < w8.second_novelty or len(doc.text) + len(best.doc.text) > w8.second_max_chars:
                continue
            adjacent = doc.kind == "note" and best.doc.kind == "note" and doc.order == best.doc.order + 1
            fills = lacking and fits(doc, q, w8, hard=True) > 0
            if fills and r.coverage >= w8.fills_coverage:
                value = r.score + w8.fills_bonus
            elif adjacent and r.coverage >= w8.continues_coverage:
                value = r.score + w8.continues_bonus
            elif r.coverage >= w8.answer_coverage and r.score >= w8.near_score * best.score:
                value = r.score
            else:
                continue
            if value > choice_score:
                choice, choice_score = doc, value
        return choice

    def _second_pool(self, best: Scored, ranked: list[Scored], q: Question) -> dict[int, Scored]:
        """Candidates for the second passage: the other ranked passages of the best one's
        section, and the notes just before and after it (scored by coverage alone)."""
        docs = self.library.docs
        pool = {r.doc.id: r for r in ranked[1:] if r.doc.section_id == best.doc.section_id}
        if best.doc.kind == "note":
            for step in (-1, 1):
                j = best.doc.id + step
                if 0 <= j < len(docs) and docs[j].kind == "note" and j not in pool \
                        and docs[j].section_id == best.doc.section_id:
                    coverage = self.coverage(docs[j], q.units, q.total)
                    pool[j] = Scored(coverage, coverage, docs[j])
        return pool

    def cards(self, q: Question, best: Doc) -> tuple[str, ...]:
        """Up to `max_cards` cards of the answer's section that share most with the question
        (the answer's own card first; at least the first card of the section)."""
        if best.section_id is None:
            return ()
        scored = []
        for order, card in enumerate(self.library.pack.cards):
            if card.section == best.section_id:
                keys = self.library.card_keys.get(card.id, set())
                share = sum(u.weight for u in q.units if (u.strong | u.weak) & keys)
                scored.append((card.id == best.card_id, share, -order, card.id))
        scored.sort(reverse=True)
        picked = tuple(cid for first, share, _, cid in scored[:self.weights.max_cards] if first or share > 0)
        return picked or tuple(cid for *_, cid in scored[:1])
