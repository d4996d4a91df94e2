"""Declining a question about an event the passage does not tell of (English; in Russian, a death).

"Who invented the telescope?", "When did the poet die?": a question that asks who, when, where or how many of the
event that begins a thing (its invention) or ends a life (a death) asks of that event only. A passage naming the
same person or thing but telling of another event ("In 1609 the poet came back to Venice") does not answer it,
whatever else it shares. The event is said by its verb in any form ("died", "dies", "dying"), by the noun or
adjective of the same event ("death", "dead", "inventor") or by a verb English uses for it ("was killed",
"perished", "built", "designed"): when the chosen passage says none of them, one of the next that does and answers
the question is taken, else the tutor declines.
Other kinds of question ("why did she die?", "what did he invent?") are left to the ranking. In Russian, a death
("когда умер X?", "сколько человек погибло?") is told by the words of a death (`DEATH_SAID_RU`) or the years of a life
after a name; other languages keep what they have. Tried and left out (round 12): "discovered" and "born" (with
"found", "noticed", "birth" ...) changed no question of the development packs. Round 14: any verb of a
who/when/where/how-many question (English: in "-ed" or an irregular past; Russian: a verb's ending) that the pack uses
but the chosen passage does not say, taken as another event (the next passages tried, else a decline): declined +1
TUNE, +1 PROBE, +2 check but answered -8 TUNE, -18 PROBE, -3 check (a verb said otherwise: "brought in" / "replaced",
"появился" / "был принят"); only with a second word of the question unsaid too: declined +2 TUNE, 0 PROBE, answered -1
TUNE, -2 PROBE. Both left out.
"""

from __future__ import annotations

import re

from ..text import normalise
from .analysis import Question
from .ranking import Ranker, Scored, supplies
from .words import WORD, Words

__all__ = ["EVENTS", "TRIED", "event_unsaid", "telling_event"]

TRIED = 3  # the best-ranked passages tried in place of one that does not tell of the event

# the verb of an event (as the stemmer leaves it) -> the words that say that event too
EVENTS: dict[str, tuple[str, ...]] = {
    "invent": ("invent", "invention", "inventor", "devise", "build", "built", "design", "construct", "create",
               "develop", "make", "made", "patent", "propose", "introduce", "pioneer", "conceive"),
    "die": ("die", "death", "dead", "kill", "perish", "execute", "murder", "assassinate", "slain"),
}


# Russian: a death, by the beginnings of the words that ask it ("умер", "погибли", "скончался") and of those that
# say it ("смерть", "гибель", "убит", "казнён", "жертвы", "посмертно"), or a life's years after a name ("(1907–1966)")
DEATH_ASKED_RU = ("умер", "умир", "умрет", "погиб", "гибн", "сконча")
DEATH_SAID_RU = re.compile(r"\b(?:умер|умир|умрет|смерт|погиб|гибел|гибл|сконча|убит|убил|убив|убий|казн|расстрел|"
                           r"жертв|посмертн|утонул)\w*|\bунес\w* жизн\w*|\(\d{3,4}\s*[–—-]\s*\d{3,4}\)")


def event_unsaid(q: Question, passage: str, words: Words) -> bool:
    """Does a question (who, when, where, how many) ask of an event (`EVENTS`; in Russian a death) that a passage
    (its text) does not tell of in any of the words that say it?"""
    if not (q.wants.person or q.wants.dated or q.wants.place or q.wants.numeric) or q.wants.reason or q.wants.manner:
        return False
    if words.lang.code == "ru":
        return any(u.text.startswith(DEATH_ASKED_RU) for u in q.units if not u.name) and not DEATH_SAID_RU.search(
            normalise(passage))
    if words.lang.code != "en":
        return False
    asked = [EVENTS[u.stem] for u in q.units if not u.name and u.stem in EVENTS]
    if not asked:
        return False
    said = {words.stem(w) for w in WORD.findall(passage.casefold())}
    return not any(said & ({words.stem(w) for w in event} | {_past(w, words) for w in event}) for event in asked)


def _past(word: str, words: Words) -> str:
    """The stem of a regular verb's past ("devised", "created"): the stemmer leaves it as the verb's own."""
    return words.stem(word + ("d" if word.endswith("e") else "ed"))


def telling_event(ranker: Ranker, q: Question, ranked: list[Scored]) -> Scored | None:
    """The first of the `TRIED` best-ranked passages that tells of the event asked about, answers the question
    (`Ranker.answers`, `supplies`) and names all that it names: "Who invented X?" is answered by "X was built by Y",
    ranked below a passage naming X with another verb, and "When did Tamsin Orrel die?" not by "Amos Penrose died
    in 1859"; None when none does (the tutor declines)."""
    words, named = ranker.library.words, [u for u in q.units if u.name]
    return next((r for r in ranked[:TRIED] if not event_unsaid(q, r.doc.text, words) and ranker.answers(r, q)
                 and supplies(r.doc, q) and all(u.strong & r.doc.keys for u in named)), None)
