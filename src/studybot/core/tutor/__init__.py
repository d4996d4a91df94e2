"""The tutor: answers the learner's own questions from the pack, or says it cannot.

`Tutor(pack).ask(question)` returns a `Reply`:

- ``kind="answer"``: one or two passages taken from the pack (section notes, card
  explanations, card prompts with their answers, and the source text when the pack
  ships one), the section they come from, and up to three cards to practise;
- ``kind="decline"``: the article does not cover the question; `nearest` names the
  closest sections it does cover;
- ``kind="intent"``: a request for the app to act on ("quiz me on trade", "hint",
  "why?", "what's due?"); the tutor only recognises it (see `match_intent`).

Retrieval (DESIGN §6), one module a step:

- `documents`: the passages of the pack, reduced to match keys (stems, synonym groups,
  direction, six-letter roots, canonical names) and indexed in `search.SearchIndex`
  (FTS5, bm25);
- `analysis`: the question as weighted units (names and content words, misspellings
  corrected against the index vocabulary) and the kind of answer it wants;
- `ranking`: bm25 candidates rescored by the weighted share of the question they cover
  plus small answer-type cues; every number is a field of `Weights`. The tutor declines
  when no passage covers `answer_coverage` of the question (and `relation_coverage` of
  what it asks about its names), or none gives the kind of answer required (a figure
  for "how many", a date for "when", a person for "who");
- `intents`: requests rather than questions.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Literal

from ..packs import Pack
from ..search import SearchIndex
from ..text import clean, normalise
from .analysis import Analyser, Question
from .documents import Doc, Library, end_sentence
from .intents import INTENT_TEXT, Intent, Target, TargetKind, find_target, match_intent
from .ranking import DEFAULT_WEIGHTS, Choice, Ranker, Scored, Weights

__all__ = ["ANSWER_COVERAGE", "ASK_TEXT", "DECLINE_TEXT", "DEFAULT_WEIGHTS", "MAX_QUESTION", "RELATION_COVERAGE",
           "Intent", "Reply", "ReplyKind", "Target", "TargetKind", "Tutor", "Weights", "match_intent"]

ReplyKind = Literal["answer", "decline", "intent"]

DECLINE_TEXT = "The article does not cover that."
ASK_TEXT = "Ask me something about the article."
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
    sentences: tuple[str, ...] = ()  # answers: the extracted passages, without the citation


class Tutor:
    """Answers questions about one pack. Build once (it indexes the pack), then `ask`.

    `ask` is safe to call from a worker thread; building is not thread-safe.
    """

    def __init__(self, pack: Pack, weights: Weights = DEFAULT_WEIGHTS):
        self.pack = pack
        self.weights = weights
        self.library = Library(pack)
        self.analyser = Analyser(self.library, weights)
        self.ranker = Ranker(self.library, weights)

    @property
    def docs(self) -> list[Doc]:
        """Every indexed passage, by id."""
        return self.library.docs

    @property
    def index(self) -> SearchIndex:
        """The passages' FTS5 index (`close()` it when done)."""
        return self.library.index

    def close(self) -> None:
        """Release the in-memory index (`ask` declines afterwards)."""
        self.library.index.close()

    def ask(self, question: str) -> Reply:
        """Answer, decline or recognise an intent. Never raises."""
        try:
            return self._ask(question)
        except Exception:  # noqa: BLE001 - the learner must always get a reply
            return Reply("decline", DECLINE_TEXT)

    def _ask(self, question: str) -> Reply:
        raw = clean(str(question or ""), multiline=False)[:MAX_QUESTION]
        text = normalise(raw)
        if not re.search(r"[^\W_]", text):
            return Reply("decline", ASK_TEXT)
        intent = match_intent(text)
        if intent is not None:
            kind, phrase = intent
            if kind == "quiz":
                return self._quiz(phrase)
            return Reply("intent", INTENT_TEXT[kind], intent=kind)
        asked = self.analyser.question(raw, text)
        if asked is None:
            return Reply("decline", ASK_TEXT)
        ranked = self.ranker.rank(asked)
        choice = self.ranker.choose(asked, ranked)
        return self._decline(ranked) if choice is None else self._reply(choice, asked)

    # -------------------------------------------------------------- replies

    def _quiz(self, phrase: str) -> Reply:
        target = find_target(self.pack, phrase, self._section_answering)
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

    def _reply(self, choice: Choice, q: Question) -> Reply:
        best, second = choice.best, choice.second
        chosen = [best.doc]
        if second is not None:
            chosen.append(second)
            if second.kind == "note" and best.doc.kind == "note" and second.order < best.doc.order:
                chosen.reverse()  # keep the notes' own order
        sentences = tuple(d.text for d in chosen)
        title = self._title(best.doc.section_id)
        reply = " ".join(end_sentence(s) for s in sentences) + f" (from: {title})"
        return Reply("answer", reply, section_id=best.doc.section_id, section_title=title,
                     cards=self.ranker.cards(q, best.doc), score=round(best.score, 3), sentences=sentences)

    def _decline(self, ranked: list[Scored]) -> Reply:
        nearest: list[str] = []
        for r in ranked:
            sid = r.doc.section_id
            if sid and self.library.sections[sid].title not in nearest:
                nearest.append(self.library.sections[sid].title)
            if len(nearest) == self.weights.max_nearest:
                break
        text = DECLINE_TEXT
        if nearest:
            text += " Nearest topics it does cover: " + "; ".join(nearest) + "."
        return Reply("decline", clean(text, multiline=False), score=round(ranked[0].score, 3) if ranked else 0.0,
                     nearest=tuple(clean(t, multiline=False) for t in nearest))

    def _title(self, section_id: str | None) -> str:
        if section_id is None:
            return clean(self.pack.source.title or "the source text", multiline=False)
        return clean(self.library.sections[section_id].title, multiline=False)

