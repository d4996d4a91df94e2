"""What became of someone or something (issue #12): "what happened to X?", "what became of X?", "what was the fate of
X?", "что стало с X?", "какова судьба X?" ask for X's fate, and a text tells a fate after what it tells of X before:
"Кулик увидел поваленный лес ... В 1941 году Кулик ушёл добровольцем на фронт, попал в плен и умер". When X is a name
(not "что случилось с десятой главой Онегина?": a chapter is no name), the words that only frame the question ("fate",
"became", "судьба"; "later", "потом" at its end: `TutorWords.fate_asks`, `fate_later`) are left out, and of the
passages that then answer it (`Ranker.answers`, `supplies`) and name everything it names, the latest in the text
answers (a sentence of the notes before one of the source text), whatever else of the question it leaves to the
sentences before ("после дуэли"). Nothing answers when fewer than two passages do: the ranking's choice stands, on
the whole question ("что случилось с Ворониным потом?", of a man the text names once, is declined as it was).
Round 37: this path answers 9 held-out questions the text does not answer (of 45 it answers there, none on
development); requiring the rest of the question ("после дуэли", "in 1905") said by the passage or a sentence before
it in its section moved no verdict of any set.
A fate asked after an event ("what happened to X after the wreck?", "что стало с X после экспедиции?") is not told by
a reply that says no later time nor any fate: no word of a later time ("later", "потом"), no year, no verb of what
befalls a person or a thing (died, was dismissed, fled, fell, disappeared; умер, уволен, бежал, исчез): such a reply
tells what X did before or during the event ("X left in one of the last boats"), and the tutor declines (`fate_untold`,
round 55: development declined +3, held out +4, answered unchanged; with the words of time and of a life's end only,
development answered -3: "rents fell", "was dismissed", "fled to Egypt")."""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import replace

from ..text import normalise
from .analysis import Question
from .ranking import Ranker, Scored, supplies
from .words import WORD, Words

__all__ = ["fate_untold", "latest"]

# A fate asked after an event ("what happened to X after the wreck?", "что стало с X после экспедиции?"), and what says
# a fate in a reply: a word of a later time, a year, or a verb of what befalls a person or a thing (an end of a life, a
# loss of a post, flight, exile, a fall or a rise, an end: "was dismissed", "fled", "rents fell", "almost disappeared")
_AFTER = {"en": re.compile(r"\bafter\b"), "ru": re.compile(r"\bпосле\b")}
_LATER = {
    "en": re.compile(r"\b(?:later|afterwards?|after|then|subsequently|eventually|thereafter|until|till|since|rest of|"
                     r"never|(?:1[0-9]|20)\d\d|"
                     r"retired|died|dies|death|dead|killed|murdered|executed|hanged|returned|remained|dismissed|sacked|"
                     r"fired|resigned|exiled|banished|fled|imprisoned|jailed|arrested|tried|sentenced|ruined|sold|"
                     r"scrapped|sank|closed|abolished|fell|rose|declined|grew|shrank|disappeared|vanished)\b"),
    "ru": re.compile(r"\b(?:позже|позднее|после|потом|затем|впоследствии|в итоге|в дальнейшем|с тех пор|до конца|"
                     r"до самой|навсегда|так и не|(?:1[0-9]|20)\d\d|"
                     r"умер\w*|погиб\w*|скончал\w*|смерт\w*|убит\w*|казн[её]н\w*|расстрел\w*|вернул\w*|остал\w*|"
                     r"уволен\w*|уволил\w*|отставк\w*|сослан\w*|ссылк\w*|бежал\w*|эмигрир\w*|арестова\w*|осужд\w*|"
                     r"заключ[её]н\w*|разорил\w*|продан\w*|продал\w*|разобран\w*|затонул\w*|закрыт\w*|упал\w*|"
                     r"упала|сократил\w*|вырос\w*|исчез\w*)\b"),
}


def latest(ranker: Ranker, q: Question, ranked: list[Scored]) -> Scored | None:
    """The latest passage answering a question of what became of something (see the module), or None."""
    tw = ranker.library.words.tw
    asked = re.search(tw.fate_asks, q.text) if tw.fate_asks else None
    if asked is None:
        return None
    later = re.search(tw.fate_later, q.text) if tw.fate_later else None
    frame = set(WORD.findall(asked.group(0) + " " + (later.group(0) if later else "")))
    units = tuple(u for u in q.units if u.name or not set(u.text.split()) & frame)
    names = [u for u in units if u.name]
    if not units or not units[0].name:
        return None  # the fate of a name ("what happened to Egypt?"), not of a thing it qualifies ("с главой Онегина")
    fate = replace(q, units=units, total=sum(u.weight for u in units) or 1.0)
    answering = []
    for r in ranked:
        if all(u.strong & r.doc.keys for u in names):
            coverage, own = ranker.coverage(r.doc, units, fate.total)
            scored = Scored(r.score, coverage, own, r.doc)
            if ranker.answers(scored, fate) and supplies(r.doc, fate, ranker.library.words):
                answering.append(scored)
    if len(answering) < 2:
        return None
    return max(answering, key=lambda r: (r.doc.section_id is not None, r.doc.id))


def fate_untold(q: Question, sentences: Iterable[str], words: Words) -> bool:
    """Does a question ask what became of something after an event ("what happened to X after the wreck?", "что стало
    с X после экспедиции?") and get a reply whose sentences say no later time: no word of time after ("later",
    "потом"), no year, no end of a life, no return nor a state kept since? Such a reply tells what X did before or
    during the event ("X left in one of the last boats"), not its fate."""
    code = words.lang.code
    tw = words.tw
    if code not in _AFTER or not tw.fate_asks or not re.search(tw.fate_asks, q.text) or not _AFTER[code].search(
            q.text):
        return False
    return not _LATER[code].search(normalise(" ".join(sentences)))
