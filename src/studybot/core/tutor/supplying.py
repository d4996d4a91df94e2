"""Does a passage give the kind of answer a question asks for (`supplies`): a figure of the kind asked ("how deep":
"8 km deep"), what "how many X" counts (or each act it counts told: `told_each`), a date or a time word, an instance
of what is asked, people the question does not name (or that no one did it: `_NOBODY`) for "who".
Split from `ranking` (it reads no weight), which asks it of
every answer it considers."""

from __future__ import annotations

import re
from collections.abc import Callable
from typing import TYPE_CHECKING

from .acronyms import spells_out
from .agents import acting
from .ages_en import asks_age_en, gives_age_en, says_age_en
from .analysis import Question
from .asked_ru import gives_age, gives_condition
from .by_how_much import share_of_change
from .called import gives_name
from .counts import counts_things, is_figure
from .definitions import defines_kind
from .documents import Doc
from .doers_en import doer_said
from .doers_ru import doer_said_ru
from .instances import gives_instance
from .money_shares import share_of_money
from .places_said import gives_place
from .ratios import ratio_of_property
from .told_each import tells_each
from .words import SYNONYM_KEY, Words

__all__ = ["new_people", "supplies"]

# "how many times did X ...?", "сколько раз X ...?": a count of events, which no span of time gives ("X spent 41
# minutes under the ice"); not "во сколько раз", a ratio
_TIMES = re.compile(r"\bhow many times\b|(?<!\bво )\bсколько раз\b")
_DURATION_ONLY = frozenset({"duration"})
FIGURE_REACH = 3  # words between a measure word a question asks by and the figure that gives it ("8 km deep")
# "who won?": "neither side won", "no one knows", "Никто не ...", "Победы не добилась ни одна сторона" answer it, a doer
# none of the people of the text (either language, as `_WHOSE`)
_NOBODY = re.compile(r"\b(?:no one|nobody|neither side|neither of them|none of them|никто|ни одна (?:из )?сторон\w*|"
                     r"ни один из них|ни одна из них|ни та,? ни другая|ни те,? ни другие)\b", re.IGNORECASE)
_WHOSE = re.compile(r"\W*(?:whose|чей|чья|чье|чьё|чьи|чьего|чьей|чьему|чьим|чьих|чью)\b")

if TYPE_CHECKING:
    from .ranking import Ranker, Scored


def supplies(doc: Doc, q: Question, words: Words) -> bool:
    """Does a passage give the kind of answer required: a figure for "how many", a date, a new person for "who"? (In
    the pack's language: `words`.)"""
    wants = q.wants
    # a figure of the kind asked for, or a figure with the word asked by ("how long": "128 bits long"; "how old": "at
    # the age of 62"; not "какое население": "население выросло на 12 %"), the word itself or its own forms, not its
    # synonyms in other senses ("how high": not "300 steps to the top", though "high" and "top" are one synonym
    # group of the lexicon: "a top official")
    measured = not wants.measures or bool(wants.measures & doc.traits.kinds) or not wants.phrased and any(
        _own(u.strong) & (doc.keys - doc.named) and _not_adverb(doc.text, u.stem, words)
        and _by_figure(doc.text, _own(u.strong), words) for u in q.units if u.stem in q.kinds) or (  # not "Old Tarsan"
        asks_age_en(q) and says_age_en(doc.text)) or ratio_of_property(doc, q) or share_of_change(doc, q) or (
        share_of_money(doc, q, words))  # "how old": "a captain of 28" (`ages_en`); "how fast": "вдвое медленнее"
    # (`ratios`); "на сколько сократилась площадь?": "на 40 процентов" (`by_how_much`); "how much did X pay?": "3.5% of
    # the price" (`money_shares`)
    if not all(keys & doc.keys for keys in q.measured):
        return False  # "какая плотность ...": a figure of that
    counted = not q.counted or counts_things(doc, q, words.kind_keys)  # "how many X": not a figure of days beside
    # X, or one of people for a kind of them (`counts`)
    expanded = not wants.expand or spells_out(doc, tuple(u for u in q.units if u.name)) or not any(
        u.name for u in q.units)  # "what does X stand for?": the sentence that spells X out
    if wants.numeric and doc.traits.kinds == _DURATION_ONLY and _TIMES.search(q.text):
        return False  # "how many times ...?": not a passage whose figures are all spans of time
    return ((not wants.numeric or doc.traits.numeric or tells_each(doc, q, words))  # each one told (`told_each`)
            and measured and counted and expanded and gives_instance(doc, q)
            and gives_age(doc, q) and gives_age_en(doc, q)  # `asked_ru`, `ages_en`
            and gives_place(doc, q)  # "where did X die?": not "X died in 1990" (`places_said`)
            and gives_name(doc, q, words)  # "what was the name of the ship?": a name beside the ship (`called`)
            and (not wants.dated or doc.traits.timed or gives_condition(doc, q))
            and (not wants.person or new_people(doc, q, words) or _defines_kind(doc, q) or acting(doc.agents, q)
                 or _owner_named(doc, q) or _NOBODY.search(doc.text) is not None
                 or doer_said(doc, q, words) or doer_said_ru(doc, q, words)))  # "who repairs X?": "The water board
    # ... repairs" (`doers_en`); "кто выдаёт X?": "X выдаёт Главсевморпуть" (`doers_ru`)


def _not_adverb(text: str, stem: str, words: Words) -> bool:
    """Does a passage say the measure word a question asks by ("how wide") other than only by its adverb ("vary
    widely", "highly", "largely": another sense, no measure of anything)? Languages without adverb endings: yes."""
    endings = words.tw.adverb_endings
    if not endings:
        return True
    said = [w for w in re.findall(r"[^\W\d_]+", text.casefold()) if words.stem(w) == stem]
    return not said or any(not w.endswith(endings) for w in said)


def _by_figure(text: str, own: frozenset[str], words: Words) -> bool:
    """Does a passage say the measure word a question asks by within `FIGURE_REACH` words of a figure ("128 bits
    long", "a height of some 40 feet"), so that the figure gives that measure? Said only away from any ("high
    straight sides ... a single mast"), its figures give other things."""
    if words.lang.code != "en":
        return True  # Russian says a vague figure in words ("на глубине от нескольких до десятков километров")
    prepared = words.prepare(text)
    seq, stems = prepared.words, words.stems(prepared)
    figures = [i for i, w in enumerate(seq) if is_figure(w, words)]
    return any(abs(i - j) <= FIGURE_REACH for i, (w, st) in enumerate(zip(seq, stems, strict=True))
               if words.keys(w, st)[0] & own for j in figures)


def _owner_named(doc: Doc, q: Question) -> bool:
    """Does a passage name an owner a "whose X?" question asks for, a country or a body as well as a person ("whose
    system is GLONASS?": "GLONASS is the Soviet, now Russian, system"): a name the question does not give?"""
    return _WHOSE.match(q.text) is not None and bool(doc.names - q.stems)


def _own(keys: frozenset[str]) -> frozenset[str]:
    """A question word's keys without its synonym groups (`SYNONYM_KEY`)."""
    return frozenset(k for k in keys if not k.startswith(SYNONYM_KEY))


def _defines_kind(doc: Doc, q: Question) -> bool:
    """Does a passage define the kind of person a "who were the walkers?" question asks about (see `defines_kind`)?"""
    asked = [(u.stems or frozenset({u.stem}), u.name) for u in q.units if not u.light]
    return q.wants.define and defines_kind(doc.heads, asked)


def new_people(doc: Doc, q: Question, words: Words | None = None) -> bool:
    """Does a passage name people the question does not: by name, role ("the minister") or a noun for people
    ("savers"), unless asked for the holder of a post it does not name or a pioneer ("who became king / first ...?")?
    With `words` of English, a noun for people that only says again the question's own act ("their owner refused" for
    "who owned X?": `_doing_again`) names no one (Russian is left as it was: not measured there)."""
    people = doc.people - q.stems
    if words is not None and words.lang.code == "en" and people:
        people = frozenset(p for p in people if not _doing_again(p, q, words))
    return bool(doc.persons - q.stems or doc.roles - q.stems or (people and not q.posts - doc.roles)
                or q.instances & doc.keys)  # "King Oswin" for "which king?"


def _doing_again(stem: str, q: Question, words: Words) -> bool:
    """Is a noun for people (its stem) a word of the family of a word the question asks of ("owner": "owned",
    "founders": "founded"), by their keys?"""
    strong, weak = words.keys(stem, stem)
    return any((strong | weak) & (u.strong | u.weak) for u in q.units if not u.name and not u.light)


def telling(ranker: Ranker, q: Question, ranked: list[Scored], tells: Callable[[Doc], bool]) -> Scored | None:
    """The best-ranked passage that answers the question, supplies its kind of answer and `tells` what it asks (a
    colour, a material, something to come, the phase asked), or None."""
    words = ranker.library.words
    return next((r for r in ranked[:ranker.weights.answers_tried] if ranker.answers(r, q) and supplies(r.doc, q, words)
                 and tells(r.doc)), None)
