"""Ranking: scoring the passages bm25 proposes for a question and choosing the answer. bm25 (`search.SearchIndex`)
proposes `Weights.candidates` passages; each is rescored by the weighted share of the question it covers (its own words
in full; the words of the sentences around it, of its section's title and of its cards' prompts in part) plus small cues
(`Ranker._bonus`: the kind of answer wanted, a definition, a card prompt, bm25, brevity). The best passage that covers
`answer_coverage` of the question (and `relation_coverage` of what it asks about its names) and supplies the kind of
answer required is the answer. Every number is a field of `Weights`, tuned on several packs, never one (§6)."""

from __future__ import annotations

import re
from dataclasses import dataclass

from ..text import normalise
from .acronyms import spells_out
from .acted_nouns import reread_named
from .analysis import Question, Unit
from .appositions import described_name
from .asked_ru import gives_condition
from .class_defined import asked_term, defines_class
from .continuing import continued_credit
from .counts import counting_first, kind_alone, measures_own
from .definitions import opens_defining, titled_only
from .documents import Doc, Library
from .doers_en import doer_named, named_after_counts
from .fronted_subjects import fronted_subject
from .given import names_given
from .named_words import only_named
from .named_years import dated_by_name
from .near_topics import near_sections
from .negation import negating_first
from .opening_dates import asks_event_noun, opens_with_date
from .openings import opens_item
from .ordinals_asked import counted_only
from .otherwise import PLACE_FIT, measure_of_named, measures_another, other_dimension, said_before, says_where
from .posts import named_around, other_post, post_said
from .quoted_names import quoted
from .referring import read_before
from .roles import agreeing_first
from .sequels import after_anchor
from .subject_things import about_subject
from .subjects_en import others_motive
from .supplying import new_people, supplies
from .topic_asked_ru import topic_first
from .topics import on_topic
from .unsaid_verbs import both_readings, reason_otherwise, reread
from .weights import DEFAULT_WEIGHTS, Weights
from .words import COUNTED_KEY, QUANTITY_KEY, Words
from .years_asked import dated_first

__all__ = ["DEFAULT_WEIGHTS", "Ranker", "Scored", "Weights", "fits", "prompt_match", "supplies"]


OPENING_WORDS = 4  # words of a passage before its copula that may name what it defines ("The real interest rate is")


@dataclass(frozen=True)
class Scored:
    """A passage with its score for one question (coverage plus cues), its coverage, and that by its own words."""

    score: float
    coverage: float
    own: float
    doc: Doc


def prompt_match(prompt: tuple[frozenset[str], ...], q: Question) -> float:
    """How closely a card's prompt (keys of each content word) restates the question (F1)."""
    if not prompt:
        return 0.0
    prompt_keys = frozenset[str]().union(*prompt)
    asked = sum(u.weight for u in q.units if u.strong & prompt_keys) / q.total
    restated = sum(1 for keys in prompt if keys & q.keys) / len(prompt)
    return 2 * asked * restated / (asked + restated) if asked and restated else 0.0


def _dating(u: Unit, words: Words, dated: bool = False) -> bool:
    """Does a unit only date the question ("in 2019", "8 декабря"), or (`dated`: it asks for a date) ask for it by a
    noun for a time ("what date was X?", "which year")?"""
    return u.stem.isdigit() or u.stem in words.date_stems or u.stem in words.time_stems or (
        dated and u.stem in words.when_stems)


def gives_reason(doc: Doc) -> bool:
    """Does a passage give a reason or a result ("because", "so", "потому что", "поэтому")?"""
    return doc.traits.reason or doc.traits.result


def fits(doc: Doc, q: Question, weights: Weights, hard: bool = False) -> float:
    """How well a passage gives the kinds of answer wanted (0: none): a figure, date, new names (two count more),
    person, means; unless `hard`, a reason or a list."""
    wants, w8, traits, new_names = q.wants, weights, doc.traits, len(doc.names - q.stems)
    timed = traits.timed or (wants.dated and gives_condition(doc, q))  # a condition as a time word (`asked_ru`)
    return sum((wants.numeric and traits.numeric and w8.figure_fit,
        wants.dated and (w8.date_fit if traits.dated else w8.time_fit if timed else 0.0),
        (wants.entity or wants.place) and (w8.new_names_fit if new_names >= 2 else
                                           w8.new_name_fit if new_names else 0.0),
        wants.person and new_people(doc, q) and w8.person_fit,
        not hard and wants.reason and (traits.reason or traits.result or traits.announces) and w8.reason_fit,
        not hard and wants.listing and traits.listing and w8.list_fit,
        wants.manner and traits.manner and w8.manner_fit,  # hard: "X did Y by Z" is no mere "how did X Y"
        wants.place and says_where(doc.text) and PLACE_FIT))  # "in the cytoplasm", "у берега" (`otherwise`)


class Ranker:
    """Scores the passages of one `Library` for questions and chooses answers."""

    def __init__(self, library: Library, weights: Weights):
        self.library, self.weights = library, weights
        self._who = re.compile(library.words.tw.asks.get("person", "$^"))  # "who ...?"

    def context(self, doc: Doc) -> frozenset[str]:
        """Keys around a passage: the sentences next to it, its section's title."""
        keys: frozenset[str] = self.library.section_keys.get(doc.section_id or "", frozenset())
        return keys.union(*(other.keys for other in self.library.neighbours(doc, self.weights.context_reach)))

    def coverage(self, doc: Doc, units: tuple[Unit, ...], total: float) -> tuple[float, float]:
        """Weighted share of `units` a passage covers (in part by weak keys, context, hints), and by its own keys."""
        w8, covered, own = self.weights, 0.0, 0.0
        context: frozenset[str] | None = None
        measured = frozenset(QUANTITY_KEY + kind for kind in doc.traits.kinds)  # "100 °C" says "при какой температуре"
        for u in units:
            named = only_named(u, doc.keys, doc.named, self.library.words) or counted_only(u, doc.text)  # "two X"
            if not named and (u.strong & doc.keys or u.strong & measured or said_before(doc, u, self.library) or (
                    u.stem in self.library.words.present_stems and self._in_present(doc)) or after_anchor(
                    doc, u, self.library)):  # "now": "still stands"; "after X": "After that, ..." (`sequels`)
                share = 1.0 if u.stem in doc.keys or u.name else w8.synonym_credit  # its own word, or a synonym
                covered, own = covered + share * u.weight, own + share * u.weight
                continue
            if named or u.weak & doc.keys:  # in part; in its own words too when a figure counts a kind of it ("how many
                covered += w8.partial_credit * u.weight  # people": "600,000 soldiers", see `counts`)
                own += w8.partial_credit * u.weight if any(COUNTED_KEY + k in doc.keys for k in u.kinds) else 0.0
                continue
            context = self.context(doc) if context is None else context
            if u.strong & context:  # more when the sentence it continues says it (`continuing`)
                covered += continued_credit(doc, u, self.library, w8.context_credit, w8.partial_credit) * u.weight
            elif u.strong & doc.hints:
                covered += w8.hint_credit * u.weight
            elif u.loose & doc.keys:  # a looser relative of it (`loose`)
                covered += w8.loose_credit * u.weight
        return covered / total, own / total

    def rank(self, q: Question) -> list[Scored]:
        """The bm25 candidates rescored, best first: coverage plus small bonuses for the kind of answer wanted, a
        definition of what is asked, a card prompt restating the question, a section titled so, bm25, brevity."""
        w8, words = self.weights, self.library.words
        terms = [k for u in q.units for k in sorted(u.strong | u.weak)]
        hits = self.library.index.search(terms, limit=w8.candidates)
        top = max((h.score for h in hits), default=1.0) or 1.0
        self.library.prefetch(h.doc_id + k for h in hits for k in range(-w8.context_reach, w8.context_reach + 1))
        ranked, after = [], named_after_counts(q, [self.library.docs[h.doc_id] for h in hits], words)  # `doers_en`
        for hit in hits:
            doc = self.library.docs[hit.doc_id]
            if doc.kind == "heading":  # a heading of the source text counts in its statistics, never answers
                continue
            covered = self.coverage(doc, q.units, q.total)  # "who found the X effect?": "named after Karl X"
            coverage, own = reread_named(q, covered, words.lang.code, self.coverage, doc) if after else covered
            focus = min(1.0, w8.focus_words / max(1, doc.size))  # a short passage is a focused answer
            score = coverage + self._bonus(doc, q, after) + w8.bm25_share * hit.score / top + w8.focus_share * focus
            ranked.append(Scored(score, coverage, own, doc))
        if q.wants.define:
            ranked = self._first_definition(q, self._first_mention(q, ranked))
            if term := asked_term(q, self.library.words):  # "what is X?": "X is a ...", "a ... called X"
                ranked = [Scored(r.score + w8.class_definition, r.coverage, r.own, r.doc) if defines_class(
                    r.doc.text, term, self.library.words) else r for r in ranked]  # (`class_defined`)
        ranked.sort(key=lambda r: (-r.score, r.doc.id))
        return ranked

    def _first_mention(self, q: Question, ranked: list[Scored]) -> list[Scored]:
        """The first passage naming what "who is X?" asks of introduces it (a definition); or the first full name."""
        names = tuple(u for u in q.units if u.name)
        if not self._asks_what_named_is(q, names):
            return ranked
        if not (mentioning := [r for r in ranked if all(u.strong & r.doc.keys for u in names)]):
            return ranked
        first = min([r for r in mentioning if self._introduces(r.doc, names)] or mentioning, key=lambda r: r.doc.id)
        if first.doc.heads & q.stems and not self._introduces(first.doc, names):
            return ranked
        return [Scored(r.score + self.weights.define_bonus, r.coverage, r.own, r.doc) if r is first else r
                for r in ranked]

    def _first_definition(self, q: Question, ranked: list[Scored]) -> list[Scored]:
        """Of the passages that define what a "what is X?" question asks about by opening with it
        and a copula ("Inflation is a sustained rise ..."), the first in the text: a text defines
        a term before it goes on to use it ("Inflation, especially unexpected inflation, ...")."""
        defining = [r for r in ranked if r.doc.heads & q.stems and r.coverage >= self.weights.answer_coverage
                    and opens_defining(r.doc.text, q.stems, self.library.words, OPENING_WORDS)]
        if not defining or any(u.name for u in q.units):  # a name: its first mention (`_first_mention`)
            return ranked
        first = min(defining, key=lambda r: r.doc.id)
        return [Scored(r.score + self.weights.first_definition, r.coverage, r.own, r.doc) if r is first else r
                for r in ranked]

    def _introduces(self, doc: Doc, names: tuple[Unit, ...]) -> bool:
        """Does a passage give the full name of a person asked about, with a patronymic ("Борис Николаевич
        Ельцин"): the way a text introduces a person (such a first mention counts as a definition among others)?"""
        words = self.library.words
        endings = words.tw.patronymic_endings
        return bool(endings) and any((u.stems or {u.stem}) & doc.persons for u in names) and any(
            w.endswith(endings) for w in words.tokens(doc.text) if words.name_stem(w) in self.library.names.persons)

    def _bonus(self, doc: Doc, q: Question, after: bool = True) -> float:
        """The small cues added to a candidate's coverage (and the penalty taken from it)."""
        w8, words = self.weights, self.library.words
        before = self.library.before(doc)  # "The X ... It ..."
        doer = w8.doer_fit if q.wants.person and doer_named(doc, q, words, after) else 0.0  # "by the Guild"
        bonus = w8.fit_bonus * (fits(doc, q, w8) + doer) + (w8.topic_bonus if on_topic(doc, q, words, before) else 0.0)
        titled = self.library.section_keys.get(doc.section_id or "", frozenset())  # its section is about the question
        bonus += w8.section_share * sum(u.weight for u in q.units if u.strong & titled) / q.total
        bonus += read_before(doc, q, self.library, w8, lambda d, a: supplies(d, a, words))  # `referring`
        if q.wants.define and doc.heads & q.stems and not titled_only(doc.text, q.stems, words):  # as much
            bonus += w8.define_bonus * sum(self._defined(u, doc) for u in q.units) / len(q.units)  # as it defines
        names = tuple(u for u in q.units if u.name)
        if (self._asks_what_named_is(q, names) and spells_out(doc, names)) or described_name(q, doc, self.library):
            bonus += w8.define_bonus  # it spells out the acronym asked about, or says what the name is beside it
        if q.wants.listing and self.opens_list(doc):
            bonus += w8.fit_bonus * w8.list_fit  # "... three segments." then "First, ...", "Second, ..."
        if doc.cards:  # a card whose prompt is the learner's question: its sentences answer it
            bonus += w8.prompt_bonus * max(prompt_match(self.library.prompts[c], q) for c in doc.cards)
        if not q.wants.yes_no and self.restates(doc, q) and not fits(doc, q, w8, hard=True):  # "An IPv4 address is
            bonus -= w8.restating_penalty  # 32 bits long." adds the figure asked for; a restatement answers yes/no
        return bonus

    def _no_means(self, doc: Doc, q: Question) -> bool:
        """Does a passage only restate a how-question, with no means and no list after it ("The monks heated it.")?"""
        return q.wants.manner and not doc.traits.manner and self.restates(doc, q) and not self.opens_list(doc)

    def restates(self, doc: Doc, q: Question) -> bool:  # at most `restating_margin` content words beyond the question
        return doc.size - sum(1 for u in q.units if u.strong & doc.keys) <= self.weights.restating_margin

    def opens_list(self, doc: Doc) -> bool:
        """Is a passage followed by the items of a list, a sentence each ("First, ...")?"""
        words = self.library.words
        after = [n for n in self.library.neighbours(doc) if n.id == doc.id + 1]
        return bool(after) and opens_item(after[0].text, words) and not opens_item(doc.text, words)

    def choose(self, q: Question, ranked: list[Scored]) -> Scored | None:
        """The best passage covering enough of the question that gives the kind of answer asked (or with the next)."""
        w8, words = self.weights, self.library.words
        if any(u.name for u in q.units) and not any(u.strong & self.library.df.keys() for u in q.units if u.name):
            return None  # every name asked about is unknown to the pack
        fallback: Scored | None = None
        tried = topic_first(q, ranked[:w8.answers_tried], words, lambda r: self.answers(r, q))  # "о чём"
        counting = dated_first(q, counting_first(q, tried, lambda r: self.answers(r, q) and supplies(r.doc, q, words)),
                               lambda r: self.answers(r, q) and supplies(r.doc, q, words))  # "in 2001"
        tried = negating_first(q, self._relating_first(q, self._naming_first(q, counting)),  # "1,400 guns" first
                               lambda r: self.answers(r, q) and supplies(r.doc, q, words))  # "why did X not ...?"
        for best in tried:
            if not self.answers(best, q):
                continue
            if supplies(best.doc, q, words):
                return best
            if fallback is None and self._names(q, best) and any(
                    self.fills(n, best.doc, q) for n in self.library.neighbours(best.doc)):
                fallback = best  # with the sentence next to it that gives the answer
                if any(supplies(n, q, words) and self._dated_next(n, best.doc, q)
                       for n in self.library.neighbours(best.doc)):
                    return best  # the next sentence tells it from its date on (`opening_dates`)
        named = measure_of_named(q, ranked[:w8.answers_tried])  # `otherwise`
        return fallback or self._standout(q, ranked) or (
            named if named is None or not other_dimension(named.doc, q, self.library.words) else None)

    def _standout(self, q: Question, ranked: list[Scored]) -> Scored | None:
        """The first candidate when it stands clearly above the second and gives the kind of answer asked for: what
        it does not cover is most likely said in other words ("looked after" for "edited"), unless a name or a
        figure. A lone candidate stands above nothing; one word of the question proves little. To a "why" question, one
        giving a reason or a result answers with less of the question said (`standout_reason`): the reason is its
        own part, said in words of the text, as the question's restatement of the event often is not; unless a word
        it leaves unsaid is one the text uses elsewhere."""
        w8 = self.weights
        if len(ranked) < 2 or ranked[0].score - ranked[1].score < w8.standout_margin:
            return None
        best, keys = ranked[0], ranked[0].doc.keys
        if any(not u.strong & keys for u in q.units if u.name or not u.stem.isalpha()) or sum(
                1 for u in q.units if u.strong & keys) < w8.standout_units:
            return None  # a name or a figure is not said in other words
        # to "why?", a passage giving a reason may say less of the question in its own words, unless what it leaves
        # unsaid is a word the text uses elsewhere: not said otherwise here ("паром" for "причал")
        unsaid, known = [u for u in q.units if not (u.strong | u.weak) & keys and not u.light], self.library.df.keys()
        least = w8.standout_reason if q.wants.reason and gives_reason(best.doc) and not any(
            u.strong & known for u in unsaid) else w8.standout_coverage
        return best if best.own >= least and fits(best.doc, q, w8) and supplies(best.doc, q, self.library.words) \
            and self.answers(best, q, least) else None

    def fills(self, n: Doc, answer: Doc, q: Question) -> bool:
        """Does a sentence next to an answer give the kind of answer it lacks: it covers `fills_coverage` of the
        question in its own words, or goes on about the answer ("... доклад. Читал его химик Меншуткин"), or is the
        sentence before an answer to "who?" that goes on about it by a pronoun ("X joined. He then presented ...")?"""
        if not supplies(n, q, self.library.words) or other_dimension(n, q, self.library.words):
            return False
        return (n.id == answer.id + 1 and n.traits.continues) or (q.wants.person and n.id == answer.id - 1 and (
            answer.traits.continues or fronted_subject(answer.text, self.library.words, self.library.names))) or (
            self._dated_next(n, answer, q)) or self.coverage(  # "In 1885, after X, she opened ..." (`fronted_subjects`)
            n, q.units, q.total)[1] >= self.weights.fills_coverage

    def _dated_next(self, n: Doc, answer: Doc, q: Question) -> bool:
        """Does a sentence next to an answer to "when was the X?" date the event the answer names (`opening_dates`):
        the sentence after it opens with a date ("... oversaw the first large gas attack in history. On 22 April 1915,
        near Ypres, ..."), or the answer goes on by its pronoun from the sentence before, which opens with one ("On 21
        November 1783 X and Y took off ... It was the first free flight with people on board")?"""
        code = self.library.words.lang.code
        if not (q.wants.dated and asks_event_noun(q.text, code) and opens_with_date(n.text, code)):
            return False
        return n.id == answer.id + 1 or (n.id == answer.id - 1 and answer.traits.continues)

    def _naming_first(self, q: Question, tried: list[Scored]) -> list[Scored]:
        """The candidates, without those not naming what the question names when another that does answers it."""
        if any(self._names(q, r) and self.answers(r, q) and supplies(r.doc, q, self.library.words) for r in tried):
            return [r for r in tried if self._names(q, r)]
        return tried

    def _relating_first(self, q: Question, tried: list[Scored]) -> list[Scored]:
        """The candidates, without those saying none of what the question asks about its names ("won" in "which
        engine won ...?") when another says all of it, or giving a name the other part (`roles`) when one agrees."""
        words = self.library.words
        relation = [u for u in q.units if not u.name and not u.light and not _dating(u, words)]

        def says(r: Scored) -> int:
            return sum(1 for u in relation if (u.strong | u.weak) & r.doc.keys)

        if relation and any(says(r) == len(relation) and self.answers(r, q) and supplies(r.doc, q, words)
                            for r in tried):
            tried = [r for r in tried if says(r) or (q.wants.person and doer_named(r.doc, q, words))]  # "named after"
        return agreeing_first(q, tried, words, lambda r: self.answers(r, q) and supplies(r.doc, q, words))  # `roles`

    def _names(self, q: Question, r: Scored) -> bool:
        """Does a passage name one of the things the question names (or go on about the one before), or none?"""
        named = [u for u in q.units if u.name and not u.light]
        return not named or r.doc.traits.continues or any(u.strong & r.doc.keys or names_given(
            r.doc, u, self.library, True) for u in named)  # "The town was founded ..." after "Dunmore ..." (`given`)

    def answers(self, r: Scored, q: Question, least: float | None = None) -> bool:
        """Does a passage cover enough of the question: `answer_coverage` of it (`reason_coverage` giving the reason a
        "why" question asks for; or `least`), `own_coverage` in its own words, and `relation_coverage` of what it asks
        about the names in it (unless the passage defines what a "who is X?" question asks about)?"""
        w8, names, persons = self.weights, tuple(u for u in q.units if u.name), self.library.names.persons
        asked = [u for u in names if (u.stem in persons or (u.stems & persons)) and not self._names_after(u, q)]
        if asked and not any(u.strong & r.doc.keys or said_before(r.doc, u, self.library) or names_given(
                r.doc, u, self.library, True) for u in asked) and not self._named_by_role(r.doc, asked) and not \
                self._about_subject(r.doc, asked):  # "He ... For this he", "The weaver ..." (`given`)
            return False  # a person asked about must be named in the passage itself (or by its pronoun)
        if self._off_time_or_subject(r, q, names, before=True) or others_motive(r.doc, q, self.library):
            return False  # "why did X want Y?": not "Y knows ..., so it wants ..." (`subjects_en`)
        subject = frozenset[str]().union(*(u.stems or {u.stem} for u in names))
        if self._asks_what_named_is(q, names) and (r.doc.heads & subject or spells_out(r.doc, names)):
            # it defines the person or thing a "who is X?" question names: the rest frames the question
            return self.coverage(r.doc, names, sum(u.weight for u in names))[1] >= w8.answer_coverage
        floor = w8.reason_coverage if q.wants.reason and gives_reason(r.doc) else w8.answer_coverage  # "why?"
        coverage, own = reread(q, (r.coverage, r.own), self.library.df, self.library.words.lang.code,  # `acted_nouns`
                               lambda units, total: self.coverage(r.doc, units, total), r.doc.agents)
        if coverage < (floor if least is None else least) or own < w8.own_coverage:
            return False
        words = self.library.words  # "prime minister?": not the passage naming only a "Foreign Minister"
        if self._off_time_or_subject(r, q, names, before=False) or self._no_means(r.doc, q) or \
                other_post(r.doc, q, words) or measures_another(r.doc, q, words, self.library.names.stems) or \
                other_dimension(r.doc, q, words):  # "how deep": not "10 km across" (`otherwise`)
            return False
        plain = tuple(u for u in q.units if not u.name)
        if q.wants.person and {u.stem for u in plain} - q.kinds & words.role_stems and not self._holds_post(r.doc, q):
            return False  # "кто был президентом X?": the passage says who held that post, and of X
        measured = q.wants.measures & r.doc.traits.kinds  # "how fast ...": "48 km/h" says it without "fast"
        relation = tuple(u for u in plain if not u.light and not _dating(u, words)) or tuple(
            u for u in plain if not (q.wants.dated and _dating(u, words, True))  # "Turing Award year?", "what date"
            and not (measured and u.text in words.tw.measures) and u.text not in words.tw.emphasis)  # "когда
        # появилось метро в X?": a verb that frames the question says no fact of it (`lexicon_framing`)
        unsaid, relation = both_readings(relation, q, self.library.df, words.lang.code, r.doc.agents)
        if not (unsaid and relation) or reason_otherwise(q, r.doc, unsaid, self.library.df) or dated_by_name(
                q, r.doc, relation, words):  # "why did X help?"; "who invented the lamp?" of "his lamp"
            return True  # (`acted_nouns`); a reason told otherwise; "when was X passed?": "X Act 1956" (`named_years`)
        if kind_alone(r.doc, relation) or measured and not measures_own(r.doc, relation + names):
            return False  # "how many people lived in Paris?": "7,000 women set out from Paris"; "how much did X cost?":
        # "X ... $13 billion"; "how heavy is X?": a density next to a sentence about X is not X's. Then the question's
        return max(self.coverage(r.doc, c, sum(u.weight for u in c))[0]  # verbs are left out when that covers more
                   for c in {relation, unsaid}) >= w8.relation_coverage

    def _off_time_or_subject(self, r: Scored, q: Question, names: tuple[Unit, ...], before: bool) -> bool:
        """Does a passage answer another time or subject: the question asks of the present ("today") and the passage
        does not say so (it tells of the past); or (not `before` a definition is checked) a "who was the first
        president of X?" question names something of the pack the passage does not (`posts.named_around`)?"""
        if before:
            present = self.library.words.present_stems
            return bool(present & q.stems) and not present & r.doc.keys and not self._in_present(r.doc)
        return q.wants.define and bool(self._who.search(q.text)) and not r.doc.traits.continues and any(
            not u.light and u.strong & self.library.df.keys() and not u.strong & r.doc.keys and not named_around(
                r.doc, u, q, self.library, self.weights.context_reach) for u in names)

    def _in_present(self, doc: Doc) -> bool:
        """Does a passage say a state that still holds ("still stands", "has been kept in Y since 1874")?"""
        tense = self.library.words.tw.present_tense
        return bool(tense) and re.search(tense, normalise(doc.text)) is not None

    def _names_after(self, u: Unit, q: Question) -> bool:
        """Is a person's name the first word of another name the question gives ("Gutenberg Bibles": the Bibles are
        asked about, not Gutenberg), or written in quotes ("на «Сибирякове»": a ship, `quoted_names`)?"""
        at = q.units.index(u)
        if at + 1 >= len(q.units) or not (nxt := q.units[at + 1]).name or nxt.stem in self.library.names.persons:
            return quoted(u, q.text)
        pair = (u.stem, nxt.stem)
        return quoted(u, q.text) or any(pair == p for seq in self.library.names.sequences for p in zip(
            seq, seq[1:], strict=False))

    def _holds_post(self, doc: Doc, q: Question) -> bool:
        """Does a passage name the post a "кто был президентом X?" question asks about (not only as an owner: "the
        Queen's government", `posts`), and X itself unless it names no other place or body (X then is around it)?"""
        if not post_said(doc, q, self.library.words):
            return False
        missing = [u for u in q.units if u.name and not u.light and not (u.strong | u.weak) & doc.keys]
        return not missing or not (doc.names - doc.persons - q.stems)

    def _about_subject(self, doc: Doc, asked: list[Unit]) -> bool:  # the pack's subject, asked about (`subject_things`)
        return about_subject(doc, asked, self.library.names, self.context(doc))

    def _named_by_role(self, doc: Doc, asked: list[Unit]) -> bool:
        """Does a passage refer to a person asked about by a role or a noun for a person
        ("учёному", "the minister") while the sentence before names them?"""
        if not doc.roles or doc.persons:
            return False
        before = self.library.before(doc)
        return before is not None and any(u.strong & before.keys for u in asked)

    def _defined(self, u: Unit, doc: Doc) -> float:
        """How much of a unit a passage defines: a person by the surname, a term by its words."""
        stems = u.stems or frozenset({u.stem})
        if u.name and stems & self.library.names.persons and stems & doc.heads:
            return 1.0
        return len(stems & doc.heads) / len(stems)

    def _asks_what_named_is(self, q: Question, names: tuple[Unit, ...]) -> bool:
        """Does a question ask what its names are ("who is X?", "which post did X hold?"), the rest light or a role?"""
        tw = self.library.words.tw
        return q.wants.define and bool(names) and all(
            u.name or u.text in tw.light_words or u.text in tw.role_asks for u in q.units)

    def nearest(self, q: Question, ranked: list[Scored]) -> list[str]:
        """Ids of the sections whose passages come close to answering (for a decline, `near_topics`)."""
        return near_sections(q, ranked, self.library, self.weights)

    def cards(self, q: Question, best: Doc) -> tuple[str, ...]:
        """Up to `max_cards` cards of the answer's section that share most with the question
        (the cards the answer supports first; at least the first card of the section)."""
        if best.section_id is None:
            return ()
        scored = []
        for order, card in enumerate(self.library.pack.cards):
            if card.section == best.section_id:
                keys = self.library.card_keys.get(card.id, frozenset())
                share = sum(u.weight for u in q.units if (u.strong | u.weak) & keys)
                scored.append((card.id in best.cards, share, -order, card.id))
        scored.sort(reverse=True)
        picked = tuple(cid for first, share, _, cid in scored[:self.weights.max_cards] if first or share > 0)
        return picked or tuple(cid for *_, cid in scored[:1])
