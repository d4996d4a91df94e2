"""What an answer shows: one to three sentences of the notes, in their order.

The chosen passage comes first; sentences next to it join when the answer needs them:
the sentence before, when the answer goes on about it ("He set out ...") or is its
result ("That is why ..."); the sentence that gives the figure, date or person asked for
when the answer lacks it; for "who is X?", the sentence that goes on about X; another
passage of the same section that answers as well and says something else; and, when there
is room, the sentence right after that covers the question as fully and goes on with the
answer (`going_on`: a thing named, then how it works or what it did).

A "why" question needs a reason: the chosen passage or a sentence next to it must give
one ("because", "so", "due to", "поэтому", or a result opening the sentence after; a sentence after
that opens with a word for a cause, "Причиной считают ...", "The reason was ...", gives the cause of what the one
before tells, whatever words of the question it says). When no candidate does, the reply says the text gives no
reason and shows what it says (and the sentence after it, which goes on about it: when that only restates the
question, or when the sentence after says a word the question asks by, as an unmarked cause often does), unless the
chosen passage says what the thing asked about does, which is why it is so ("valves that stop blood flowing
backwards", `unmarked_reasons`).

Measured in round 38 and left out: a reason taken only from the chosen passage or a sentence next to it, never from
another candidate: held out +1 declined but -6 answered, fresh held out +1 / -3, development -5 answered (a reason the
text gives in a nearby passage of the same event). And "no reason" for every "why" whose passage gives no marked
reason (no unmarked ones): held out +1 declined, but 43 right replies (22 held out) would tell the learner the text
gives no reason while showing it.
"""

from __future__ import annotations

import re
from collections.abc import Collection
from dataclasses import dataclass, replace

from .analysis import Question
from .appositions import asked_in_apposition
from .continuing import continued
from .documents import Doc
from .effect_side import asks_the_cause, tells_the_effect
from .given import names_given
from .going_on import goes_on_with
from .motive_nouns import names_motive
from .negation import opposite
from .openings import opens_item
from .ranking import Ranker, Scored, Weights, fits, supplies
from .restated import told_next
from .roles import agrees
from .superlatives_ru import SUPERLATIVE_KEY
from .unmarked_reasons import says_what_it_does
from .words import CONTRAST_KEY, NEGATED_KEY
from .worked_out import worked_out

_LABELLED = re.compile(r"^\W*[^\W\d_]+(?:[ -][^\W\d_]+){0,2}\s*:\s")  # an item under its term: "Variation: ..."

__all__ = ["Composed", "compose"]

NOVELTY = 0.3  # least share of its keys another passage must add to join a reply
CAUSE_OPENING = 3  # words in which a word for a cause opens a sentence ("The main reason", "Главной причиной")


@dataclass(frozen=True)
class Composed:
    """The sentences of a reply, in the notes' order, and whether a reason was asked for but not found."""

    docs: tuple[Doc, ...]
    no_reason: bool = False
    answer: Doc | None = None  # the passage the reply is cited by, when not the chosen one (a definition
    # elsewhere, see `_compared`, or a reason)


def compose(q: Question, best: Scored, ranked: list[Scored], ranker: Ranker) -> Composed:
    """The sentences that answer `q`, the chosen passage `best` first among them, read whole (`_whole`)."""
    composed = _compose(q, best, ranked, ranker)
    return replace(composed, docs=_whole(composed.docs, ranker))


def _whole(docs: tuple[Doc, ...], ranker: Ranker) -> tuple[Doc, ...]:
    """A reply's sentences with those before them that the first goes on from (`continued`, in its first clause:
    "It was the first iron bridge." after "The Lenn Bridge crosses the river."), while there is room
    (`Weights.max_sentences`, `max_chars`): a reply does not open with a pronoun or a connective whose sentence it does
    not show."""
    w8, out = ranker.weights, list(docs)
    while out and len(out) < w8.max_sentences and _opens_back(out[0], ranker):
        before = continued(out[0], ranker.library)
        if before is None or before in out or sum(len(d.text) for d in out) + len(before.text) > w8.max_chars:
            break
        out.insert(0, before)
    return tuple(out)


def _opens_back(doc: Doc, ranker: Ranker) -> bool:
    """Does a sentence go on from the one before it in its first clause? A pronoun after a clause break speaks of what
    the sentence itself named ("Печь разжигали по понедельникам, и она горела ...": the stove)."""
    words = ranker.library.words
    seq = words.tokens(doc.text)
    first = next((k for k, w in enumerate(seq) if w in words.lang.lex.clause_breaks), len(seq))
    clause = re.split(r"[,;:—–(]", doc.text, maxsplit=1)[0]
    return not doc.traits.continues or any(w in words.tw.pronouns for w in words.tokens(clause)[:first or None])


def _compose(q: Question, best: Scored, ranked: list[Scored], ranker: Ranker) -> Composed:
    w8 = ranker.weights
    if q.wants.reason:
        reasoned = _with_reason(q, best, ranked, ranker)
        if reasoned is None or asked_in_apposition(q, " ".join(d.text for d in (best.doc, reasoned[0], *reasoned[1])),
                                                   ranker.library.words):  # "Hill, a schoolmaster, ..." (`appositions`)
            # no reason, unless it says what the thing does; and what the text goes on to say of a mere restatement
            no_reason = not says_what_it_does(q, best.doc.text, ranker.library.words)
            told = _told_after(best.doc, q, ranker, unexplained=no_reason)  # and, with no reason, what goes on
            shown = _fit(best.doc, _context(best.doc, q, ranker) + told, w8)
            return Composed(shown, no_reason=no_reason)
        return Composed(_fit(reasoned[0], reasoned[1], w8), answer=reasoned[0])  # perhaps of another section
    defining = _compared(q, best.doc, ranked)
    if defining and defining[0].section_id != best.doc.section_id and not _tells_difference(q, best.doc):  # what X
        # is, elsewhere, answers instead; not of a passage that says the difference itself ("A was different from B")
        answer = defining[0]
        return Composed(_fit(answer, [d for d in _compared(q, answer, ranked) if d.section_id == answer.section_id],
                             w8), answer=answer)
    defining = [d for d in defining if d.section_id == best.doc.section_id]  # a reply cites one section
    docs = _context(best.doc, q, ranker) + _items(best.doc, ranker) + defining + _announced(best.doc, ranker)
    if q.wants.manner and not q.wants.define and not best.doc.traits.manner:  # not "how is X worked out?" (what X is)
        docs += _told_after(best.doc, q, ranker, True)  # "how does X work?": "X makes use of this." and how
    other = _another(q, best, ranked, ranker, docs)
    if other is not None:
        docs.append(other)
    docs += _going_on(q, best.doc, ranker, docs)  # last: when there is room
    docs += told_next(best.doc, q, ranker)  # "X was split into three parts.": what the text says next (`restated`)
    return Composed(_fit(best.doc, docs, w8))


def _going_on(q: Question, doc: Doc, ranker: Ranker, chosen: list[Doc]) -> list[Doc]:
    """The sentence right after a passage (in its paragraph) that covers the question as fully and goes on with it
    (`going_on`): a thing named, then how it works or what it did ("The mill was given a governor. It opened the
    sluice when ...")."""
    after = [n for n in ranker.library.neighbours(doc) if n.id == doc.id + 1 and n not in chosen]
    return [n for n in after if ranker.coverage(n, q.units, q.total)[1] >= ranker.weights.answer_coverage
            and goes_on_with(n, doc, q, ranker.library.words)]


def _context(doc: Doc, q: Question, ranker: Ranker) -> list[Doc]:
    """A passage with the sentences next to it that it needs."""
    library, w8 = ranker.library, ranker.weights
    docs = [doc]
    before = [n for n in library.neighbours(doc) if n.id < doc.id]
    after = [n for n in library.neighbours(doc) if n.id > doc.id]
    if before and (continued(doc, library) or doc.traits.result or any(
            names_given(doc, u, library) for u in q.units if not u.strong & doc.keys)):  # "The town was founded ..."
        docs.insert(0, before[0])  # "He ...", "That is why ...", "Мощность этого станка ...", "Then ..." (`continuing`)
    words = library.words
    lacking = not supplies(doc, q, words) or (fits(doc, q, w8, hard=True) == 0 and _wants_something(q))
    if lacking:
        fillers = [n for n in before + after if fits(n, q, w8, hard=True) > 0 and (ranker.fills(n, doc, q) or (
            supplies(n, q, words) and ranker.coverage(n, q.units, q.total)[0] >= w8.fills_coverage))]  # its context too
        if fillers:  # the sentence after first: "Two weavers led the strike. Anna Berg ..."
            docs.append(max(fillers, key=lambda n: (n.id > doc.id, len(n.keys & q.keys))))
    elif after and q.wants.define and (after[0].traits.continues or (doc.traits.introduces and doc.heads & q.stems)):
        docs.append(after[0])  # "He ...", or what the term the answer ends by naming is
    elif after and after[0].traits.continues and ranker.coverage(after[0], q.units, q.total)[1] >= (
            w8.continues_coverage):  # "Those recommendations were limited to ...": it goes on with what is asked
        docs.append(after[0])
    kinds = [u for u in q.units if u.stem in q.kinds and not u.strong & doc.keys]
    if kinds:  # "which radio station ...": the sentence next to it that names the station
        naming = [n for n in before + after if all(u.strong & n.keys for u in kinds) and n.names - q.stems]
        if naming:
            docs.append(naming[0])
    return docs


def _told_after(doc: Doc, q: Question, ranker: Ranker, means: bool = False, unexplained: bool = False) -> list[Doc]:
    """The sentence right after a passage (in its paragraph) that only restates what a "why" question asks ("The
    invasion failed politically."): the text goes on with what it says of it ("The United States had not been told and
    opposed it ..."), which the reply shows after the text's "no reason", for the learner to judge. So too for a "how
    does X work?" question (`means`) met by a passage that says no means ("Differential positioning makes use of
    this."), restating the question or not: the sentence after it tells how ("A reference station ...").
    When the reply says the text gives no reason (`unexplained`), the sentence after a passage that says more is shown
    too when it says a word the question asks by, not a light one ("Нефтяной кризис начался в 1973 году." then
    "Арабские страны ввели эмбарго на нефть ..."): the text may give the cause without a word for one, and the learner
    reads it beside the text's "no reason" (an answer, one that says what the thing does, is not made longer)."""
    after = [n for n in ranker.library.neighbours(doc) if n.id == doc.id + 1]
    if means or ranker.restates(doc, q):
        return after
    return [n for n in after if unexplained and any((u.strong | u.weak) & n.keys for u in q.units if not u.light)]


def _items(doc: Doc, ranker: Ranker) -> list[Doc]:
    """The items of a list a passage opens ("Wegener gathered four kinds of evidence. First, ...
    Second, ..."): the sentences after it that open with an enumerator, while they do; after a sentence that counts
    what follows ("The rule rests on three facts."), those that open with a term and a colon ("Variation: ...")."""
    library = ranker.library
    if opens_item(doc.text, library.words):
        return []  # an item itself, not what opens the list
    counting = doc.traits.numeric and ":" not in doc.text
    items: list[Doc] = []
    for n in library.neighbours(doc, ranker.weights.max_sentences):
        if n.id == doc.id + len(items) + 1 and (opens_item(n.text, library.words) or (
                counting and _LABELLED.match(n.text))):
            items.append(n)
    return items


def _announced(doc: Doc, ranker: Ranker) -> list[Doc]:
    """The sentences after one that says reasons or motives follow ("Washington had several
    motives."): what it announces."""
    if not doc.traits.announces:
        return []
    return [n for n in ranker.library.neighbours(doc, ranker.weights.max_sentences) if n.id > doc.id]


def _compared(q: Question, doc: Doc, ranked: list[Scored]) -> list[Doc]:
    """For "how is X different from Y?" answered by a passage that does not name X (or Y): the
    first passage that defines it ("Disinflation is a fall in the rate of inflation ..."). X and Y are the words
    compared, not a figure or the pronoun "one" standing for a noun ("a cable-stayed bridge and a suspension one",
    "after 1945 and after 1918"); a light word they share ("between real and nominal values", "between bactericidal and
    bacteriostatic drugs") is defined by a passage that says another word compared too ("Real values are ..."), not by
    one about that word alone ("antiviral drugs")."""
    if not any(CONTRAST_KEY in u.strong for u in q.units):
        return []
    compared = [u for u in q.units if CONTRAST_KEY not in u.strong and u.stem.isalpha()]
    out: list[Doc] = []
    for u in compared:
        if len(compared) < 2 or u.strong & doc.keys:
            continue
        others = [o for o in compared if o is not u and not o.light]
        defining = [r.doc for r in ranked if (u.stems or {u.stem}) & r.doc.heads and u.strong & r.doc.keys and (
            not u.light or any(o.strong & r.doc.keys for o in others))]
        if defining:
            out.append(min(defining, key=lambda d: (d.section_id != doc.section_id, d.id)))  # its own section first
    return out


def _tells_difference(q: Question, doc: Doc) -> bool:
    """Does a passage say the question's own word of a difference ("A was very different from B" for "how did A differ
    from B?"), not merely a contrast of its own ("rather than")?"""
    return any(u.stem in doc.keys for u in q.units if CONTRAST_KEY in u.strong)


def _wants_something(q: Question) -> bool:
    w = q.wants
    return w.numeric or w.dated or w.person or w.entity or w.place or w.manner


def _with_reason(q: Question, best: Scored, ranked: list[Scored], ranker: Ranker) -> tuple[Doc, list[Doc]] | None:
    """The best candidate that gives a reason, with the sentence before when it is a result
    of it, or the sentence after that gives the reason; or None. A sentence "X, so Y" whose Y says what the question
    asks about (`tells_the_effect`) is tried however far below the chosen passage it ranks, and even when Y says the
    question's noun only by a pronoun ("..., поэтому у них есть своя ДНК"): X is the reason asked for."""
    w8, library = ranker.weights, ranker.library
    if library.words.lang.code == "en" and names_motive(best.doc.text):
        return best.doc, []  # "X had a common motive: to ...", "the aim was to ..." (`motive_nouns`)
    negation = _answers_negation(q, best.doc)
    near = library.neighbours(best.doc)  # a sentence next to a negation goes on about it: no opposite
    tried = ranked[:w8.answers_tried]
    if best.doc.kind == "note" and tried and tried[0].doc.kind == "source":  # the notes' own sentence in place of the
        tried = [best, *(r for r in tried if r is not best)]  # source's (`own_notes`): its reason first
    for r in tried:
        if r is not best and (r.coverage < w8.fills_coverage or r.own < w8.own_coverage
                              or (r.score < w8.near_score * best.score and not (
                                  r.coverage >= w8.reason_coverage and tells_the_effect(q, r.doc.text, library.words)))
                              or (negation and opposite(q, r.doc) and r.doc not in near)):
            continue
        doc = r.doc
        if r is best and (explained := _explaining_section(doc, ranker)) is not None:
            return explained  # its section's title says the section gives reasons ("Why the US sees no ...")
        if _states_cause(q, doc, ranker):
            return doc, []
        before = [n for n in library.neighbours(doc) if n.id < doc.id]
        after = [n for n in library.neighbours(doc) if n.id > doc.id]
        if before and worked_out(doc, before[0], library.words):
            continue  # a figure drawn from the one before ("X therefore fell by 19%"), no reason (`worked_out`)
        if doc.traits.result and before:
            return doc, [before[0]]
        if doc.traits.reason and asks_the_cause(q, doc.text, library.words) and not tells_the_effect(
                q, doc.text, library.words):
            continue  # "X, so Y" gives the reason for Y: no answer to "why X?"
        if doc.traits.reason:
            lacking = frozenset[str]().union(*(u.strong for u in q.units if not u.strong & doc.keys))
            going_on = after[:1] if after and after[0].traits.continues and after[0].traits.reason and (
                lacking & after[0].keys) else []  # "... so that it went further. It was dangerous, since ..."
            return doc, (before[:1] if doc.traits.continues else []) + going_on
        if doc.traits.announces and after:  # "Moscow gave several reasons for its refusal." and the reasons
            return doc, [n for n in library.neighbours(doc, w8.max_sentences) if n.id > doc.id]
        if after and after[0].traits.announces:  # "The putsch failed. There were several reasons." and them
            return doc, [n for n in library.neighbours(doc, w8.max_sentences) if n.id > doc.id]
        if after and after[0].traits.result:
            continue  # "X. That is why Y": X is the reason for Y, not for itself
        if after and after[0].traits.reason and (after[0].traits.continues or _opens_with_cause(after[0], ranker) or (
                ranker.coverage(after[0], q.units, q.total)[0] >= w8.fills_coverage
                and not _name_left(q, after[0], library.names.persons))):
            return doc, after[:1]  # the sentence after gives the reason
    return _explaining_section(best.doc, ranker)


def _name_left(q: Question, doc: Doc, persons: Collection[str]) -> bool:
    """Does a sentence tell of another person than the one a question asks of? "Why did Fleming build the tube?": "In
    1906 de Forest added a grid, and so made the triode" gives de Forest's reason for his own deed, said after
    Fleming's sentence, not Fleming's: a sentence that neither goes on from the passage nor opens with a cause tells the
    reason for a person's deed only when it names that person, not another one in his place. A thing asked of ("the
    ECA", "Apollo 1") may be said by a common noun ("the agency", "the cabin") as the reason's sentence goes on."""
    asked = [u for u in q.units if u.name and not (u.stems or frozenset({u.stem})).isdisjoint(persons)]
    return bool(asked and doc.persons) and any(not u.strong & doc.keys for u in asked) and not any(
        (u.stems or frozenset({u.stem})) & doc.persons for u in asked)


def _opens_with_cause(doc: Doc, ranker: Ranker) -> bool:
    """Does a sentence open with a word for a cause ("Причиной неудачи считают ...", "The reason was ...", "The main
    cause ...")? It names the cause of what the sentence before tells, as "This" would point back to it."""
    words = ranker.library.words
    return any(w in words.tw.cause_words for w in words.tokens(doc.text)[:CAUSE_OPENING])


def _answers_negation(q: Question, doc: Doc) -> bool:
    """Does a passage say a negation a question asks ("why did the council not pay?": "the council did not pay")?"""
    return NEGATED_KEY in doc.keys and any(u.stem == NEGATED_KEY for u in q.units)


def _states_cause(q: Question, doc: Doc, ranker: Ranker) -> bool:
    """For "what made / caused X?", does a passage say what did ("Pneumatic tyres made riding
    more comfortable")? Its subject is the cause asked for."""
    tw = ranker.library.words.tw
    if not tw.cause_asks or not re.match(tw.cause_asks, q.text):
        return False
    return any(u.text in tw.causing and u.strong & doc.keys for u in q.units)


def _explaining_section(doc: Doc, ranker: Ranker) -> tuple[Doc, list[Doc]] | None:
    """The answer and the sentences after it, when its section's title says the section
    gives reasons ("Why the US sees no economic reason"); else None."""
    library = ranker.library
    section = library.sections.get(doc.section_id or "")
    if section is None or not library.words.gives_reason(section.title):
        return None
    after = [n for n in library.neighbours(doc, ranker.weights.max_sentences) if n.id > doc.id]
    return (doc, after[:ranker.weights.max_sentences - 1]) if after else None


def _another(q: Question, best: Scored, ranked: list[Scored], ranker: Ranker, chosen: list[Doc]) -> Doc | None:
    """Another passage of the same section that answers nearly as well and says something else."""
    w8 = ranker.weights
    if best.doc.section_id is None:
        return None
    have = frozenset[str]().union(*(d.keys for d in chosen))
    near = w8.list_near_score if q.wants.listing or q.wants.define else w8.near_score  # more to say of a list, of X
    superlatives = {k for u in q.units for k in u.strong if k.startswith(SUPERLATIVE_KEY)}  # "самые сильные"
    for r in ranked[:w8.answers_tried]:
        doc = r.doc
        if doc in chosen or doc.section_id != best.doc.section_id or (q.wants.define and not doc.heads & q.stems):
            continue
        if not ranker.answers(r, q) or r.score < near * best.score or not supplies(doc, q, ranker.library.words):
            continue
        if q.wants.manner and best.doc.traits.manner and not doc.traits.manner:
            continue  # "how did X ...?": a sentence naming only what X did adds nothing to the one that says how
        if (_answers_negation(q, best.doc) and opposite(q, doc)) or not agrees(q, doc, ranker.library.words):
            continue  # "which council did not pay?": "Kessa paid"; "who hired Malde?": "Malde hired two apprentices"
        if superlatives and not superlatives & doc.keys and any(k.startswith(SUPERLATIVE_KEY) for k in doc.keys):
            continue  # "самые сильные ветры?": "самые слабые ветры" is the superlative of another quality
        if len(doc.keys - have) / max(1, len(doc.keys)) >= NOVELTY:
            return doc
    return None


def _fit(answer: Doc, docs: list[Doc], w8: Weights) -> tuple[Doc, ...]:
    """The answer and, in the order given, at most `max_sentences` distinct sentences in
    all within `max_chars`; in the notes' order."""
    kept: list[Doc] = [answer]
    size = len(answer.text)
    for doc in docs:
        if doc in kept or len(kept) == w8.max_sentences:
            continue
        if kept and size + len(doc.text) > w8.max_chars:
            continue
        kept.append(doc)
        size += len(doc.text)
    return tuple(sorted(kept, key=lambda d: d.id))
