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
Round 31, Russian: an invention ("кто изобрёл X?": "изобрёл", "создал", "построил", "сконструировал", "разработал",
"придумал", "получил патент", "изобретатель"), as the English one: "кто изобрёл очки?" is not answered by "X носил
очки" (`EVENTS_RU`). A writing ("кто написал X?") was tried too and left out: a text says it by too many verbs
("издал", "выпустил книгу", "описал в письме"): answered -6, declined +1.
Round 38, English: "what did X VERB ...?" (the first bare verb form after the subject, not a light word) whose verb,
with its synonyms and family, neither the chosen passage nor a sentence next to it says (the next passage that does,
else a decline): held out +2 declined, -8 answered (development +1, -8): a verb said otherwise ("discover" / "showed",
"link" / "joins", "decide" / "sets"); only a verb the pack never uses: held out 0 declined, -2 answered. Left out.
Round 37: "discover" again (discover, find, identify, isolate, detect, observe ...): "found" passes the passages
of "X is found in soil" and changed nothing; without it, development +1 declined, held out -3 answered. Left out.
Round 36, Russian: leading ("кто командовал / руководил / возглавлял X?"), told by a leader's verb, noun, title or rank
("командир", "председатель", "капитаном был", "во главе"): "кто командовал войсками в X?" is not answered by "в X
войска открыли огонь по толпе вокруг крестьянина Y". A passage taken in place of the first may name a name of several
words that is no person's by its last word only ("работой палаты" for "Оружейная палата", `telling_event`).
"""

from __future__ import annotations

import re

from ..text import normalise
from .acted_nouns import without_acts
from .agents import Agents
from .analysis import Question, Unit
from .documents import Doc
from .otherwise import said_before
from .ranking import Ranker, Scored, supplies
from .words import EXACT_KEY, WORD, Words

__all__ = ["EVENTS", "EVENTS_RU", "TRIED", "event_unsaid", "telling_event", "thing_unsaid"]

NO_AGENTS = Agents()
INVENTED = "invent"  # the event whose thing must be said (`thing_unsaid`)
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


# Russian events besides a death: the beginnings of the words that ask one, and the words that say it
EVENTS_RU: tuple[tuple[tuple[str, ...], re.Pattern[str]], ...] = (
    (("изобре",), re.compile(r"\b(?:изобре[тлс]|созда|построи|построен|сконструир|разработа|придума|патент|"
                             r"запатентова|спроектирова|предложи)\w*")),
    # leading ("кто командовал X?", "кто руководил X?", "кто возглавлял X?"): a leader's verb or noun, a title or rank
    # of one ("председатель", "начальник", "капитан", "адмирал"), or "во главе", "главный", "под началом"
    (("командова", "руковод", "возглав", "предвод"),
     re.compile(r"\b(?:командова|командир|командующ|главнокомандующ|командарм|руковод|возглав|предводи|председател|"
                r"начальни|лидер|вожд|вожак|директор|заведова|заведующ|управля|атаман|капитан|адмирал|генерал|маршал|"
                r"полковни|полковод|президент|глав[аеуыо]\b|главн|во главе|под началом|начальство)\w*")),
)


def _event_unsaid_ru(q: Question, passage: str) -> bool:
    """Does a Russian question ask of a death or another event of `EVENTS_RU` that a passage says in none of its
    words?"""
    asked = [u.text for u in q.units if not u.name]
    said = normalise(passage)
    if any(w.startswith(DEATH_ASKED_RU) for w in asked) and not DEATH_SAID_RU.search(said):
        return True
    return any(any(w.startswith(prefixes) for w in asked) and not told.search(said) for prefixes, told in EVENTS_RU)


def event_unsaid(q: Question, passage: str, words: Words, agents: Agents = NO_AGENTS) -> bool:
    """Does a question (who, when, where, how many) ask of an event (`EVENTS`; in Russian a death) that a passage
    (its text) does not tell of in any of the words that say it? A passage naming who did the thing a "who" question
    asks of (`agents`: "his stepped lens", "a lamp, designed by X") tells who made it, whatever its verb."""
    if not (q.wants.person or q.wants.dated or q.wants.place or q.wants.numeric) or q.wants.reason or q.wants.manner:
        return False
    if words.lang.code == "ru":
        return _event_unsaid_ru(q, passage)
    if words.lang.code != "en":
        return False
    asked = [EVENTS[u.stem] for u in q.units if not u.name and u.stem in EVENTS]
    if not asked or without_acts(q.units, q, words.lang.code, agents) != q.units:
        return False
    said = {words.stem(w) for w in WORD.findall(passage.casefold())}
    return not any(said & ({words.stem(w) for w in event} | {_past(w, words) for w in event}) for event in asked)


def thing_unsaid(q: Question, doc: Doc, ranker: Ranker) -> bool:
    """Does a question of an invention (`EVENTS`: "who invented the freezer?", "when was X designed?") ask it of a
    thing that a passage does not say, in its own words or by the pronoun it opens with (in Russian too: "кто изобрёл
    колпак?" is not answered by "X изобрела фонарь"): the passage tells of another invention ("In 1834 the inventor
    Jacob Perkins patented the first machine ..." in a section on ice and Freon answers no "who invented Freon?")?"""
    code = ranker.library.words.lang.code
    if not any(_invents(u, code) for u in q.units if not u.name):
        return False
    things = [u for u in q.units if u.stem not in EVENTS and not _invents(u, code) and not u.light
              and not u.text.isdigit()]  # not "first"
    return bool(things) and not any(_own(u) & doc.keys or said_before(doc, u, ranker.library) for u in things)


def _invents(u: Unit, code: str) -> bool:
    """Does a unit ask of an invention ("invented"; "изобрёл", "изобрели")?"""
    return u.stem == INVENTED if code == "en" else code == "ru" and u.text.startswith(EVENTS_RU[0][0])


def _own(u: Unit) -> frozenset[str]:
    """A unit's strong keys but the tutor's wide groups (`EXACT_KEY`: "freezer" is no "froze")."""
    return frozenset(k for k in u.strong if not k.startswith(EXACT_KEY))


def _past(word: str, words: Words) -> str:
    """The stem of a regular verb's past ("devised", "created"): the stemmer leaves it as the verb's own."""
    return words.stem(word + ("d" if word.endswith("e") else "ed"))


def telling_event(ranker: Ranker, q: Question, ranked: list[Scored]) -> Scored | None:
    """The first of the `TRIED` best-ranked passages that tells of the event asked about, answers the question
    (`Ranker.answers`, `supplies`) and names all that it names: "Who invented X?" is answered by "X was built by Y",
    ranked below a passage naming X with another verb, and "When did Tamsin Orrel die?" not by "Amos Penrose died
    in 1859"; None when none does (the tutor declines)."""
    words, named = ranker.library.words, [u for u in q.units if u.name]
    persons = ranker.library.names.persons
    return next((r for r in ranked[:TRIED] if not event_unsaid(q, r.doc.text, words, r.doc.agents)
                 and not thing_unsaid(q, r.doc, ranker) and ranker.answers(r, q)
                 and supplies(r.doc, q, words) and all(_named(u, r.doc, words, persons) for u in named)), None)


def _named(u: Unit, doc: Doc, words: Words, persons: set[str]) -> bool:
    """Does a passage name what a unit of the question names: by its keys, or, for a name of several words that is no
    person's, by its last word ("работой палаты" for "Оружейная палата", the adjective left out)?"""
    parts = WORD.findall(u.text)
    head = words.stem(parts[-1]) if len(parts) > 1 and not u.stems & persons else None
    return bool(u.strong & doc.keys) or head in doc.keys
