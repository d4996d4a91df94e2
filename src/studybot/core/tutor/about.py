"""A question about the card the learner has in front of them: "why did they extend it?", "who is he?", "а кто это?".

In a study session a question leans on the card just seen: its pronouns and demonstratives ("it", "they", "that",
"он", "его", "это": the language's `TutorWords.pronouns`) stand for what the card speaks of. Read alone, "why did they
extend it?" is about any extension of the text; read with the card, about the card's. So a question that says such a
word and names too little itself (no name, at most `MAX_OWN_UNITS` content words), or says no content word but a
question word ("when?", "почему?": `elliptical`), takes the card's words (its prompt, and its answer once the learner
has seen it: a card still asked lends its prompt only, the reply must not look up what the learner is to give; as the
analyser reads them: question words and framing left out; the rarest `MAX_CONTEXT_UNITS`) as further units.
They say what the question is about, its own words what it asks of that: together they weigh at most
`CONTEXT_SHARE` of the question's own words, and a passage that says too little of them (`CARD_COVERAGE`) is not about
the card and does not answer; of those that are, the card's section's come first (`SECTION_BONUS`). "When" is not
answered by a passage that gives no date and no time word but those the card says: "when was that?" after "for how
long was the toll extended?" asks for a time the card did not give, not for its "two years and a half" again. The
kind of answer asked is the learner's ("why": a reason), never the card's ("how many"); a question that names nothing
but asks what its pronoun is ("who is he?", "кто это?") asks about the card's people (a card naming none gives it
nothing to look up), "what is it?" about its names when it has any.

A question naming its own subject ("who is Ada Fenwick?", "why did the Harbour Board extend the toll on salt carts?") is
read alone, as is every question without a card (the Ask mode, `studybot ask`). Whether a passage answers is decided
as for any question (`ranking`: coverage and the kind of answer asked): the reply is sentences of the notes with their
section (saying the text gives no reason, when it gives none), or a decline."""

from __future__ import annotations

from dataclasses import replace
from typing import TYPE_CHECKING, NamedTuple

from ..text import normalise
from .analysis import Question, Unit
from .words import WORD

if TYPE_CHECKING:
    from ..packs import Card
    from .analysis import Analyser
    from .ranking import Ranker, Scored

__all__ = ["CARD_COVERAGE", "CONTEXT_SHARE", "MAX_CONTEXT_UNITS", "MAX_OWN_UNITS", "SECTION_BONUS", "Reading",
           "about_card", "elliptical", "leans", "read_with"]

CONTEXT_SHARE = 0.5  # the card's words weigh at most this share of the question's own (and of their own weight)
CARD_COVERAGE = 0.5  # a passage must cover this share of the card's words (it is about the card) to answer
MAX_CONTEXT_UNITS = 6  # the card's rarest words taken at most (a long answer would outweigh the question)
MAX_OWN_UNITS = 2  # a question with more content words of its own than this says what it asks about
SECTION_BONUS = 0.05  # added to the score (not the coverage) of a passage of the card's section
# the forms a language's pronouns take after a preposition, besides `TutorWords.pronouns` (which open a sentence going
# on about the one before, where these do not come): "за неё", "о нём", "у них"
AFTER_PREPOSITIONS = {"ru": frozenset("него нее неё нем нём нему ней ним ними них".split())}


def _stems(u: Unit) -> frozenset[str]:
    return u.stems or frozenset({u.stem})


def leans(text: str, asked: Question | None, pronouns: frozenset[str]) -> bool:
    """Does a question (normalised, and as analysed: None when it has no content word) say a pronoun or demonstrative
    and name too little on its own: no name, and at most `MAX_OWN_UNITS` content words besides its pronouns?"""
    if not pronouns & set(WORD.findall(text)):
        return False
    if asked is None:
        return True
    own = [u for u in asked.units if u.text not in pronouns and not u.light]
    return not any(u.name for u in asked.units) and len(own) <= MAX_OWN_UNITS


class Reading(NamedTuple):
    """A question read with the card it leans on: the question, the units of it that are the card's words, the card."""

    question: Question
    units: tuple[Unit, ...]
    card: Card


def elliptical(analyser: Analyser, text: str, asked: Question | None) -> bool:
    """Is a question elliptical: no content word of its own, but a question word asking a kind of answer ("when?",
    "where?", "почему?", "сколько?")? Read with a card, it asks that of the card's subject."""
    if asked is not None:
        return False
    wants = analyser.wants(text, [])
    return any((wants.dated, wants.entity, wants.person, wants.place, wants.reason, wants.numeric, wants.manner))


def read_with(analyser: Analyser, text: str, asked: Question | None, card: Card | None,
              answered: bool = True) -> Reading | None:
    """The question (normalised `text`, analysed `asked`) read with the card seen, when it leans on it (`leans`, or an
    elliptical "when?", `elliptical`): the card's words (its prompt, a cloze's text, and its answer once `answered`:
    the answer of a card still asked is never looked up, the reply would give it away) are further units, all of them
    weighing `CONTEXT_SHARE` of what the question's own words weigh at most (they say what it is about, its own words
    what it asks of that); what the question says itself is not taken twice. None when there is no card, the question
    does not lean on it or the card gives it no word to look up."""
    pronouns = analyser.words.tw.pronouns | AFTER_PREPOSITIONS.get(analyser.words.lang.code, frozenset())
    if card is None or not (leans(text, asked, pronouns) or elliptical(analyser, text, asked)):
        return None
    own = tuple(u for u in (asked.units if asked else ()) if u.text not in pronouns)
    card_text = f"{card.prompt} {card.text or ''} {card.answer if answered else ''}"  # a cloze's text too
    read = analyser.question(card_text, normalise(card_text))
    said = frozenset[str]().union(*(_stems(u) for u in own))
    added = sorted((u for u in (read.units if read else ()) if not u.light and not _stems(u) & said),
                   key=lambda u: -u.weight)[:MAX_CONTEXT_UNITS]
    if not added:
        return None
    wants = asked.wants if asked is not None and own else analyser.wants(text, [*own, *added])
    if not own and _asks_who(analyser, text):
        added = [u for u in added if _stems(u) & analyser.library.names.persons]  # "who is he?", "кто она?": the
        if not added:  # people the card names (a card naming none gives nothing to look up)
            return None
        wants = analyser.wants(text, added)
    elif not own and wants.define and any(u.name for u in added):  # "what is it?": what it names, if anything
        added = [u for u in added if u.name]
        wants = analyser.wants(text, added)
    own_total, card_total = sum(u.weight for u in own), sum(u.weight for u in added)
    share = CONTEXT_SHARE * min(1.0, own_total / card_total) if own else 1.0
    units = own + tuple(replace(u, weight=u.weight * share) for u in added)
    base = asked if asked is not None else Question(text, (), 1.0, frozenset(), frozenset(), wants)
    question = replace(base, text=text, units=units, total=sum(u.weight for u in units) or 1.0, wants=wants,
                       keys=frozenset(k for u in units for k in u.strong),
                       stems=base.stems | frozenset(s for u in units for s in _stems(u)),
                       lent=frozenset(s for u in added for s in _stems(u)) - base.stems)
    return Reading(question, units[len(own):], card)


def _asks_who(analyser: Analyser, text: str) -> bool:
    """Does a question ask "who" (the language's pattern), also after a function word opening it ("а кто это?")?"""
    pattern = analyser.asks.get("person")
    words = WORD.findall(text)
    after = " ".join(words[1:]) if words and words[0] in analyser.words.stop else ""
    return pattern is not None and bool(pattern.search(text) or (after and pattern.search(after)))


def _times(ranker: Ranker, card: Card) -> frozenset[str]:
    """The stems of the time words a card says ("two years and a half (30 months)": year, month)."""
    words = ranker.library.words
    return frozenset(words.stem(w) for w in words.tokens(f"{card.prompt} {card.answer}")) & words.time_stems


def about_card(ranked: list[Scored], ranker: Ranker, reading: Reading) -> list[Scored]:
    """The candidates about the card: those covering `CARD_COVERAGE` of its words (with the sentences around them, as
    `Ranker.coverage` counts), those of its section first by `SECTION_BONUS` (coverage unchanged)."""
    total = sum(u.weight for u in reading.units) or 1.0
    section = reading.card.section
    out = [replace(r, score=r.score + SECTION_BONUS) if r.doc.section_id == section else r for r in ranked
           if ranker.coverage(r.doc, reading.units, total)[0] >= CARD_COVERAGE]
    if reading.question.wants.dated:  # "when was that?" after "to how long ...?": not the card's own duration again
        times = _times(ranker, reading.card)
        out = [r for r in out if r.doc.traits.dated or not r.doc.keys & ranker.library.words.time_stems <= times]
    out.sort(key=lambda r: (-r.score, r.doc.id))
    return out
