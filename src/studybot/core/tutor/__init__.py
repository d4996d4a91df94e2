"""The tutor: answers the learner's own questions from the pack, or says it cannot.

`Tutor(pack).ask(question)` returns a `Reply`:

- ``kind="answer"``: one to three sentences of the pack's notes (or of its source text),
  then the section they come from, and up to three cards to practise; for a "why"
  question whose answer the text gives no reason for, the reply says so first;
- ``kind="decline"``: the article does not cover the question; `nearest` names sections
  that come close, when any really does;
- ``kind="intent"``: a request for the app to act on ("quiz me on trade", "hint",
  "why?", "what's due?"); the tutor only recognises it (see `match_intent`).

Retrieval (DESIGN §6), one module a step:

- `words`: the pack's language (stems, synonym groups, the tutor's language data);
- `passages`: whole sentences of the notes and the source text;
- `names`: people, places and organisations found in the text itself;
- `acronyms`: the acronyms a sentence spells out ("the Internet Engineering Task Force (IETF)");
- `documents`: the passages, reduced to match keys and indexed in `search.SearchIndex`
  (FTS5, bm25), with keys for what they give besides words (a figure, a sum of money,
  a share, a span of years, a contrast); cards point to the sentences that answer them;
- `analysis`: the question as weighted units (misspellings corrected against the pack's
  vocabulary) and the kinds of answer it wants;
- `ranking`: bm25 candidates rescored by the weighted share of the question they cover,
  plus small cues; every number is a field of `Weights`;
- `replies`: the sentences an answer shows (and whether a reason asked for is missing);
- `intents`: requests rather than questions.

`ask` does not catch errors: a failure is a bug to see, not a decline.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass, replace
from typing import Literal

from ..formula_names import with_formulas
from ..how_to_answer import tutor_says
from ..lexicon_countries import with_countries
from ..lexicon_openers import without_opener
from ..packs import Card, Pack
from ..search import SearchIndex
from ..text import clean, normalise
from ..wording import says
from .about import about_card, read_with
from .about_topic import topic_unsaid
from .absent_reasons import absence_unexplained
from .analysis import Analyser, Question
from .averages_ru import average_unsaid
from .cache import open_library
from .capitals import america_is_us, typed_countries
from .case_names import case_names
from .colours import colour_unsaid, telling_colour
from .compared_unsaid import comparison_unsaid
from .counted_heads import amount_unsaid, head_unsaid
from .date_precision_ru import last_unsaid, precision_unsaid
from .declines import other_year
from .differences import contrast_pair, told_apart
from .documents import Doc, Library, card_texts
from .events import event_unsaid, telling_event, thing_unsaid
from .fates import fate_untold, latest
from .figure_places import place_of_figure_unsaid
from .futures import future_unsaid, telling_future
from .how_adjective import degree_unsaid, telling_degree
from .intents import INTENT_TEXT, Intent, Target, TargetKind, find_target, match_intent
from .intervals import dates_of_both, interval_unsaid, telling_interval
from .jobs import job_of
from .judged import judgement_unsaid
from .kin import kin_unsaid
from .layouts import read_layout
from .lives import life_unsaid
from .materials import material_unsaid, telling_material
from .motive_nouns import motive_answer
from .motives_en import own_motive
from .namers import namer_unsaid
from .names_unsaid import name_unsaid
from .namesakes import namesake_told
from .opposite_events import opposite_told, telling_own_event
from .ordinal_names import with_ordinals
from .other_names import another_named
from .own_notes import notes_first
from .owners import owner_unsaid
from .phases import phase_unsaid, telling_phase
from .pioneers import object_unsaid, telling_object
from .ranking import DEFAULT_WEIGHTS, Ranker, Scored, Weights
from .ranks import member_unnamed, members_said, other_member, other_rank, ranks_asked
from .rates_asked import rate_unsaid
from .replies import compose
from .results_asked import without_causes
from .reworded import said_otherwise
from .sequels import sequel
from .sides import side_unsaid, telling_side
from .slots import figure_of_other, kind_unsaid, telling_slot
from .successors import succession_unsaid
from .superlatives_ru import superlative_unsaid
from .supplying import telling
from .texts_said import titled_text
from .verbs_unmet_ru import verb_otherwise
from .wished import wished_only
from .word_origins import word_origin
from .words import Words
from .years_asked import year_uncovered

__all__ = ["ANSWER_COVERAGE", "ASK_TEXT", "DECLINE_TEXT", "DEFAULT_WEIGHTS", "MAX_QUESTION", "NO_REASON_TEXT",
           "RELATION_COVERAGE", "Intent", "Reply", "ReplyKind", "Target", "TargetKind", "Tutor", "Weights",
           "end_sentence", "match_intent"]

ReplyKind = Literal["answer", "decline", "intent"]

DECLINE_TEXT = tutor_says("decline")  # in English; a pack in another language hears them in it (`how_to_answer`)
NO_REASON_TEXT = tutor_says("no_reason")
ASK_TEXT = tutor_says("ask")
MAX_QUESTION = 600  # characters of a question that are read
ANSWER_COVERAGE = DEFAULT_WEIGHTS.answer_coverage  # weighted share of the question the best passage must cover
RELATION_COVERAGE = DEFAULT_WEIGHTS.relation_coverage  # ... and of its words other than names


@dataclass(frozen=True)
class Reply:
    """The tutor's answer to one question. All text is plain (no markup) and sanitised."""

    kind: ReplyKind
    text: str  # what the learner reads; answers end with "(from: <section title>)"
    section_id: str | None = None
    section_title: str | None = None
    cards: tuple[str, ...] = ()  # answers: up to three card ids to practise
    score: float = 0.0
    nearest: tuple[str, ...] = ()  # declines: titles of the closest sections the article covers
    intent: Intent | None = None  # intents: what the app is asked to do
    target: str | None = None  # quiz: a section id or a tag (None: the whole pack)
    target_kind: TargetKind | None = None  # quiz: what `target` names
    sentences: tuple[str, ...] = ()  # answers: the sentences shown, without the citation
    no_reason: bool = False  # answers to "why": the text gives no reason, `sentences` say what it does say


def end_sentence(sentence: str) -> str:
    """A sentence with its final stop (added when it has none)."""
    sentence = sentence.strip()
    return sentence if sentence[-1:] in ".!?\"'”’)»" else sentence + "."


class Tutor:
    """Answers questions about one pack. Build once (it indexes the pack), then `ask`.

    `ask` is safe to call from a worker thread; building is not thread-safe.
    """

    def __init__(self, pack: Pack, weights: Weights = DEFAULT_WEIGHTS, *, language: str | None = None,
                 synonyms: tuple[tuple[str, ...], ...] | None = None, cache: bool = True):
        """`language` and `synonyms` default to the pack's own (`pack.language`, `pack.synonyms`);
        `cache`: keep the built library on disk and load it from there next time (see `cache`)."""
        self.pack = pack
        self.weights = weights
        code = language or str(getattr(pack, "language", "en") or "en")
        groups = synonyms if synonyms is not None else tuple(tuple(g) for g in getattr(pack, "synonyms", ()))
        self.language = code  # the tutor's own sentences are said in it
        said = " ".join(s.notes for s in pack.sections)  # "USA" for the "United States" it names (`lexicon_countries`)
        named = with_ordinals(with_countries(pack.aliases, code, said), code, said)  # "второй спутник": "Спутник-2"
        named = with_formulas(named, code, said)  # "CO2" for the "carbon dioxide" it names (`formula_names`)
        self._america = america_is_us(named, code, f"{said} {pack.source_text() or ''}")  # "America": the US
        self.words = Words(code, groups, named)
        texts = [said, pack.source_text() or "", *(t for c in pack.cards for t in (c.prompt, *card_texts(c)))]
        self.words.read_case(case_names(named, texts, self.words.aliases, groups))  # "Young" / "the young king"
        self.words.notes = True  # the pack's texts read its names by their capitals (`case_names`), questions do not
        try:
            self.library = open_library(pack, self.words, use_cache=cache)
        finally:
            self.words.notes = False
        self.analyser = Analyser(self.library, weights)
        self._members: frozenset[tuple[str, int]] | None = None  # the series members the passages name (`_unnamed`)
        self.ranker = Ranker(self.library, weights)

    @property
    def docs(self) -> Sequence[Doc]:
        """Every indexed passage, by id."""
        return self.library.docs

    @property
    def index(self) -> SearchIndex:
        """The passages' FTS5 index (`close()` it when done)."""
        return self.library.index

    def close(self) -> None:
        """Release the in-memory index (`ask` declines afterwards)."""
        self.library.index.close()

    def ask(self, question: str, about: Card | None = None, answered: bool = True) -> Reply:
        """Answer, decline or recognise an intent. Any text (or None) is a question; an
        error inside is a bug and is raised, never turned into a decline. `about`: the card the
        learner has in front of them (a study session), which a question that leans on a pronoun
        and names too little itself is about ("why did they extend it?", see `about`), as an elliptical "when?" is;
        `answered`: whether the learner has seen its answer (a card still asked lends its prompt only)."""
        raw = typed_countries(clean(str(question or ""), multiline=False)[:MAX_QUESTION], self.language,
                              self._america)  # "US", "America" (`capitals`)
        raw = without_opener(raw)  # "and who was X?", "а что такое X?": the question is what follows
        text = normalise(raw)
        if not re.search(r"[^\W_]", text):
            return Reply("decline", tutor_says("ask", self.language))
        if match_intent(text) is None and (keys := read_layout(raw, self.language, self._knows, self._requests)):
            raw, text = keys, normalise(keys)  # "rnj bpj,htk lbpktkm&": the other keyboard layout on
        intent = match_intent(text)
        if intent is not None:
            kind, phrase = intent
            if kind == "quiz":
                return self._quiz(phrase)
            return Reply("intent", INTENT_TEXT[kind], intent=kind)
        asked = self.analyser.question(raw, text)
        seen = read_with(self.analyser, text, asked, about, answered)  # "why did they extend it?": of the card
        if seen is not None:
            asked = seen.question
        if asked is None:
            return Reply("decline", tutor_says("ask", self.language))
        ranked = without_causes(asked, self.ranker.rank(asked), self.ranker)  # "why X?": not "Поэтому Y" after X
        if seen is not None:
            ranked = about_card(ranked, self.ranker, seen)  # what is about the card, of its section first
        best = word_origin(text, self.language, ranked) or latest(  # "what does the name X mean?" (`word_origins`)
            self.ranker, asked, ranked) or self.ranker.choose(asked, ranked) or said_otherwise(
            self.ranker, asked, ranked) or job_of(self.ranker, asked, ranked) or motive_answer(
            self.ranker, asked, ranked) or verb_otherwise(self.ranker, asked, ranked)  # "what happened to X?": its
        # fate, told last (`fates`); in other words (`reworded`); "X's job?": a role it gives (`jobs`); "why did X want
        # Y?": "X had a motive: to" (`motive_nouns`); the one passage saying all else by another verb (`verbs_unmet_ru`)
        note = None if best is None else notes_first(self.ranker, asked, best, ranked)  # the notes' sentence telling
        vetted = (None, ranked) if note is None or note is best else self._vetted(asked, text, note, ranked)  # the same
        best, ranked = vetted if vetted[0] is not None else self._vetted(asked, text, best, ranked)  # (`own_notes`)
        if best is None and (both := dates_of_both(self.ranker, asked, ranked)) is not None:
            return self._both(asked, both)  # "how long between X and Y?": the dates of each (`intervals`)
        if best is None and (pair := contrast_pair(text, self.language)) is not None and (
                apart := told_apart(pair, self.language, self.ask, self.library.words)):
            return self._joined(apart)  # "чем X отличается от Y?": what the text says each is (`differences`)
        if best is None:
            return self._decline(asked, ranked)
        reply = self._reply(asked, best, ranked)
        shown = reply.sentences
        words = self.library.words
        if life_unsaid(asked, shown, words) or succession_unsaid(asked, shown, words) or (
                namer_unsaid(asked, shown, self.language) or comparison_unsaid(asked, shown, self.language)) or (
                place_of_figure_unsaid(asked, shown, words) or fate_untold(asked, shown, words)):
            return self._decline(asked, ranked)  # "where was X born?": what it shows tells of no birth (`lives`);
            # "who succeeded X?": of no succession (`successors`); "who named X?": "X was named ..." (`namers`); "is A
            # faster than B?": a reply that says nothing of speed (`compared_unsaid`); "сколько X в Казахстане?": "в
            # мире 230 млн" (`figure_places`); "what happened to X after Y?": no later time (`fates`)
        if not reply.no_reason and absence_unexplained(asked, self._shown(reply), self.library.words):
            return replace(reply, no_reason=True,  # "why was X not built?": "X was built to ..." (`absent_reasons`)
                                     text=f"{tutor_says('no_reason', self.language)} {reply.text}")
        return reply

    def _shown(self, reply: Reply) -> Iterator[Doc]:
        """The passages whose sentences a reply shows, found when first asked for (`absence_unexplained` asks only of
        a "why not" question)."""
        shown = set(reply.sentences)
        return (d for d in self.library.docs if d.text in shown)

    def _vetted(self, asked: Question, text: str, chosen: Scored | None,
                ranked: list[Scored]) -> tuple[Scored | None, list[Scored]]:
        """The passage chosen, or one answering in its place, or None: what it tells checked against what the question
        asks (a motive, a year, a doer, a thing, a phase, a kind, a rank, another name, a degree, an interval)."""
        best: Scored | None = chosen
        if best is not None:
            best, ranked = own_motive(self.ranker, asked, best, ranked)  # "why did X want?": not what others suspect
        if best is not None and other_year(asked.text, asked.wants.yes_no, self.library.df):
            best = None  # "who won it in 1904?": the text tells of no such year (`declines`)
        if best is not None and (year_uncovered(asked, self._told(best.doc)) or rate_unsaid(asked, best.doc.text,
                                                                                          self.language)):
            best = None  # "how many in 1965?": a passage telling of 1960 only, or "It cost ..." after a sentence of
            # 1960 (`years_asked`); "сколько за год?": no rate (`rates_asked`)
        if best is not None and (event_unsaid(asked, best.doc.text, self.library.words, best.doc.agents)
                                 or thing_unsaid(asked, best.doc, self.ranker)):
            best = telling_event(self.ranker, asked, ranked)  # "who invented X?": not "X came back ..." (`events`)
        if best is not None and object_unsaid(asked, best.doc, self.library):
            best = telling_object(self.ranker, asked, ranked)  # "who discovered X?": a passage naming X (`pioneers`)
        if best is not None and colour_unsaid(asked, best.doc, self.library):
            best = telling_colour(self.ranker, asked, ranked)  # "what colour is X?": a sentence saying one (`colours`)
        if best is not None and side_unsaid(asked, best.doc):
            best = telling_side(self.ranker, asked, ranked)  # "the south pole?": not "the north pole" (`sides`)
        if best is not None and material_unsaid(asked, best.doc, self.library):
            best = telling_material(self.ranker, asked, ranked)  # "what is X made of?": one saying a material
        if best is not None and future_unsaid(asked, best.doc):
            best = telling_future(self.ranker, asked, ranked)  # "when will X be returned?": not a past event
        if best is not None and phase_unsaid(asked, best.doc, self.language):
            best = telling_phase(self.ranker, asked, ranked, self.language)  # "when did X start?": not its end
        if best is not None and opposite_told(asked, best.doc, self.library.words):  # "when did X leave?": not its
            best = telling_own_event(self.ranker, asked, ranked)  # arrival (`opposite_events`)
        if best is not None and (kind_unsaid(asked, best.doc, self.library) or figure_of_other(asked, best.doc,
                                                                                              self.library)):
            best = telling_slot(self.ranker, asked, ranked)  # "на каком заводе X?": one naming a factory (`slots`)
        if best is not None and name_unsaid(asked, best.doc, self.library):
            best = None  # "when did the US ban X?": "the EU banned X" tells of another doer (`names_unsaid`)
        if best is not None and wished_only(asked, best.doc, self.library.words):  # "what sanctions were lifted?":
            best = telling(self.ranker, asked, ranked,  # not "X would like all sanctions to be lifted" (`wished`)
                           lambda d: not wished_only(asked, d, self.library.words))
        if best is not None and topic_unsaid(asked, best.doc, self.library):  # "what did X say about Y?": of Y
            best = telling(self.ranker, asked, ranked, lambda d: not topic_unsaid(asked, d, self.library))
        if best is not None and owner_unsaid(asked, best.doc, self.library):  # "the side effects of X?": not of all
            best = telling(self.ranker, asked, ranked, lambda d: not owner_unsaid(asked, d, self.library))  # `owners`
        words = self.library.words
        if best is not None and (other_rank(ranks_asked(asked.text, words.stop, words.stem), best.doc.text, words.stop,
                                            words.stem) or self._other_member(asked, best.doc) or self._unnamed(asked)):
            best = None  # "who was the second X?": "The first X was ..." tells of another; "Спутник-3": "Спутник-2";
            # "Apollo 20?": a member the text never names
        if best is not None and another_named(asked, best.doc, self._title(best.doc.section_id), self.library.words,
                                             (d.text for d in self.library.docs)):
            best = None  # "Корякская сопка?": a passage of "Ключевская сопка" (`other_names`)
        for unsaid in ((precision_unsaid, last_unsaid), (average_unsaid,), (superlative_unsaid,),
                       (head_unsaid, amount_unsaid), (kin_unsaid,), (namesake_told,)):
            # "в каком году?": not "в XVII веке"; "в последний раз", "средняя", "самый высокий X": said so
            # (`date_precision_ru`, `averages_ru`, `superlatives_ru`); "how many X?": X counted, "how much X?": an
            # amount (`counted_heads`); "X's wife?": a passage saying a marriage (`kin`); "Сергей Третьяков?": not
            # "Павел Михайлович Третьяков" (`namesakes`)
            if best is not None and any(rule(asked, best.doc, self.library) for rule in unsaid):
                best = telling(self.ranker, asked, ranked, _saying(unsaid, asked, self.library))
        if best is not None and judgement_unsaid(asked, best.doc, self.language):  # "the downside of X?": "X is
            best = telling(self.ranker, asked, ranked,  # simple but makes a wide engine", not "Y used X" (`judged`)
                           lambda d: not judgement_unsaid(asked, d, self.language))
        if best is not None and degree_unsaid(asked, best.doc, self.language):
            best = telling_degree(self.ranker, asked, ranked, self.language)  # "how accurate is X?": one saying a
            # degree of it, not one saying none (`how_adjective`)
        best = titled_text(self.ranker, asked, text, best)  # "what does the inscription say?": its section
        if best is not None and interval_unsaid(asked, best.doc):
            best = telling_interval(self.ranker, asked, ranked)  # "how far apart were X?": a time between (`intervals`)
        if best is not None:
            best = sequel(self.ranker, asked, best)  # "what happened after X?": the passage after X's (`sequels`)
        return best, ranked

    def _other_member(self, q: Question, doc: Doc) -> bool:
        """Does a passage (with the sentence before, which its opening pronoun goes on about: "Its crew ...") tell of
        another member of a series than the question's ("Ranger 6" for "Ranger 7", `ranks.other_member`)?"""
        words = self.library.words
        return other_member(q.text, self._told(doc), words.stem, words.name_stem, self.library.names.stems)

    def _told(self, doc: Doc) -> str:
        """A passage's text, after the sentence before it when its opening pronoun goes on about that one ("It ...")."""
        before = self.library.before(doc) if doc.traits.continues else None
        return doc.text if before is None else f"{before.text} {doc.text}"

    def _unnamed(self, q: Question) -> bool:
        """Does the question ask of a member of a series the text never names, naming others (`ranks.member_unnamed`)?
        The members the passages name are read when first needed."""
        words, names = self.library.words, self.library.names.stems
        if self._members is None:
            self._members = members_said([d.text for d in self.library.docs], words.stem, words.name_stem, names)
        return member_unnamed(q.text, self._members, words.stem, words.name_stem, names)

    def _knows(self, word: str) -> bool:
        """Does the pack or its language know a lower-case word of letters?"""
        return word.isalpha() and self.analyser._known(word)  # the analyser's own test of a word

    @staticmethod
    def _requests(text: str) -> bool:
        return match_intent(normalise(text)) is not None

    # -------------------------------------------------------------- replies

    def _quiz(self, phrase: str) -> Reply:
        target = find_target(self.pack, phrase, self._section_answering, self.words)
        if target is None:
            text = "No topic of this pack matches that; quiz on the whole pack." if phrase.strip() \
                else "Quiz on the whole pack."
            return Reply("intent", clean(text, multiline=False), intent="quiz")
        text = clean(f"Quiz on: {target.title}." if target.title else "Quiz on the whole pack.", multiline=False)
        section = target.kind == "section"
        return Reply("intent", text, intent="quiz", target=target.id, target_kind=target.kind,
                     section_id=target.id if section else None, section_title=target.title if section else None)

    def _section_answering(self, phrase: str) -> str | None:
        """The section of the passage that covers enough of `phrase` as a question, if any."""
        question = self.analyser.question(phrase, normalise(phrase))
        ranked = self.ranker.rank(question) if question else []
        if ranked and ranked[0].coverage >= self.weights.answer_coverage and ranked[0].doc.section_id:
            return ranked[0].doc.section_id
        return None

    def _reply(self, q: Question, best: Scored, ranked: list[Scored]) -> Reply:
        composed = compose(q, best, ranked, self.ranker)
        sentences = tuple(d.text for d in composed.docs)
        answer = composed.answer or best.doc
        title = self._title(answer.section_id)
        body = " ".join(end_sentence(s) for s in sentences)
        text = f"{tutor_says('no_reason', self.language)} {body}" if composed.no_reason else body
        return Reply("answer", clean(f"{text} {says('from', self.language, title=title)}", multiline=False),
                     section_id=answer.section_id,
                     section_title=title, cards=self.ranker.cards(q, answer), score=round(best.score, 3),
                     sentences=sentences, no_reason=composed.no_reason)

    def _both(self, q: Question, both: tuple[Scored, Scored]) -> Reply:
        """The two passages that tell of each event a question of the time between them names, in the notes' order,
        cited by the first one's section."""
        sentences = tuple(r.doc.text for r in both)
        title = self._title(both[0].doc.section_id)
        body = " ".join(end_sentence(s) for s in sentences)
        return Reply("answer", clean(f"{body} {says('from', self.language, title=title)}", multiline=False),
                     section_id=both[0].doc.section_id, section_title=title, cards=self.ranker.cards(q, both[0].doc),
                     score=round(both[0].score, 3), sentences=sentences)

    def _joined(self, replies: list[Reply]) -> Reply:
        """One answer showing the sentences of several (each once), at most three as every reply: each one's first,
        then the others' next in turn; cited by the first one's section."""
        every = tuple(dict.fromkeys(s for r in replies for s in r.sentences))
        turns = [s for rank in range(3) for r in replies for s in r.sentences[rank:rank + 1]]
        kept = set(list(dict.fromkeys(turns))[:3])
        sentences = tuple(s for s in every if s in kept)
        first = replies[0]
        body = " ".join(end_sentence(s) for s in sentences)
        text = f"{body} {says('from', self.language, title=first.section_title or '')}"
        return Reply("answer", clean(text, multiline=False), section_id=first.section_id,
                     section_title=first.section_title, cards=first.cards, score=first.score, sentences=sentences)

    def _decline(self, q: Question, ranked: list[Scored]) -> Reply:
        nearest = [clean(self.library.sections[sid].title, multiline=False) for sid in self.ranker.nearest(q, ranked)]
        text = tutor_says("decline", self.language)
        if nearest:
            text += f" {tutor_says('nearest', self.language)} " + "; ".join(nearest) + "."
        return Reply("decline", clean(text, multiline=False), score=round(ranked[0].score, 3) if ranked else 0.0,
                     nearest=tuple(nearest))

    def _title(self, section_id: str | None) -> str:
        if section_id is None:
            return clean(self.pack.source.title or "the source text", multiline=False)
        return clean(self.library.sections[section_id].title, multiline=False)


def _saying(rules: tuple[Callable[[Question, Doc, Library], bool], ...], asked: Question,
            library: Library) -> Callable[[Doc], bool]:
    """A test of a passage: does it say what each of `rules` finds unsaid (`telling`'s choice of another passage)?"""
    return lambda doc: not any(rule(asked, doc, library) for rule in rules)
