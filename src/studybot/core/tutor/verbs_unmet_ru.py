"""The decision, once more, for Russian: the one passage that says all a question names, but with another verb.

Russian names one event with verbs of many roots ("обогнул Землю" / "сделал виток вокруг Земли", "погиб" /
"разбился", "появился" / "был открыт"), and no table pairs them all. A passage that says everything else a question
names (its names, nouns, adjectives, figures) and gives the kind of answer it wants, when it is the only passage that
does and the ranking's best, most likely tells of the very event the question's verb names: "Сколько раз Карлсон
облетел Луну в 1961 году?" and "В 1961 году Карлсон сделал два витка вокруг Луны". So when `Ranker.choose` declines,
such a passage answers, its unmet verbs left out of what it must cover; the same thresholds decide (`Ranker.answers`,
`supplies`) and the same checks of what it tells follow (`Tutor._vetted`).

A name may be said by the sentence right before the passage, which it goes on about ("Вулкан Тарно проснулся в 1815
году. Пепел в стратосфере охладил планету на полградуса": "на сколько градусов остыла Земля после Тарно?"); the
pack's subject, a light word elsewhere ("Дарвин" in a pack about him), counts as named; the words a card in front of
the learner lends a question ("кто за неё заплатил?" of a card on a charter, `about`) do not.

It does not answer when another passage says all that as well and gives the kind of answer wanted (the verb is then
what tells them apart), when the ranking puts another passage first, nor for "why" (`unsaid_verbs`), yes/no or "what
is X?" questions, nor when it leaves a word of the question unsaid that is no verb (a noun said otherwise is
`reworded`'s business, a missing one a decline's). Nor when the passage tells another event of the same people or
things, which the verb alone tells apart (round 34):

- the question's verb is one of a listed kind (`lexicon_ru_verbs`: leaving, dying, being born, winning, building ...),
  whose ways of saying it the tables give: a passage saying none of them tells of another event ("Когда Карлсон
  покинул отряд?" is not answered by "В 1960 году Карлсон вошёл в отряд");
- the question names only two things besides its verbs (one passage saying two of them proves less than one saying
  three) and the text uses the question's verb elsewhere: it says that event by that verb, so a passage that does not
  say it tells another ("Когда Карлсон вернулся на базу?" of a text saying elsewhere "Мартен вернулся на базу", and
  of Карлсон only "Карлсон вылетел с базы"). A verb the text never uses is most likely its event said otherwise.

The measure a figure is asked of ("на какой глубине", "какой высоты"), a light word, counts as a thing named when the
passage says it ("Скважина X дала газ ... с глубины около 40 метров"), and a rival saying nearly all the passage's words
within a longer sentence (the notes' sentence said again in the source's) is the same passage (round 42).

Measured in round 33, with two named things, or with any of the best eight passages, held-out declines fell; in round
34, two named things with these two checks answered 4 more held-out questions and no decline fell on any Russian set
(the best eight still lost a held-out decline, so only the best-ranked passage answers).

What is a verb is told by its ending, a rule of Russian: a finite form or an infinitive (`verbs_ru`), not a participle
(a participle qualifies a noun the passage must say) nor a noun in "-ость" / "-ости" ("национальности")."""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import replace

from .. import wordnet_ru
from ..lexicon_ru_verbs import RU_VERB_GROUPS
from .analysis import Question, Unit
from .ranking import Ranker, Scored, fits, supplies
from .verbs_ru import VERB_FORM
from .words import WORD

__all__ = ["another_event", "counted_frame", "is_verb", "question_verbs", "verb_otherwise"]

SAME_SHARE = 0.5  # share of their keys two passages must share to say the same (a notes' sentence and the source's)
WITHIN_SHARE = 0.9  # ... or share of the shorter one's keys the longer one says (a short sentence within a long one)
MIN_NAMED = 2  # things besides its verbs a question must name for one passage saying them all to tell its event
WELL_NAMED = 3  # ... for a verb the text uses elsewhere, said otherwise in that passage, to be read as its event
# the verbs of a listed kind ("покинул", "родился", "победил"): the tables give every way of saying their event
_LISTED_VERBS = frozenset(w for group in RU_VERB_GROUPS for w in group.split())
_NOUN_ENDING = re.compile(r"\w*ост(?:ь|и|ью|ей|ям|ями|ях)")  # "национальности", "скорости": nouns, not "нести"
_PREPOSITIONS = frozenset(("в", "во", "на", "после", "до", "из", "от", "с", "со", "без", "для", "у", "к", "ко", "по",
                           "о", "об", "при", "за", "под", "над", "перед", "между", "через", "около", "вокруг",
                           "против", "среди", "кроме", "вместо", "ради"))  # a word after one is no verb
_PARTICIPLE = re.compile(r"\w*вш(?:ий|ая|ее|ие|их)")  # "голосовавших": it qualifies a noun
# "сколько раз X ...?": "раз" counts the times an event happened; the passage counts them with the event's own noun
# ("два витка", "трижды"), not with "раз"
_TIMES = re.compile(r"\bсколько\s+раз\b")


def is_verb(word: str, stem: Callable[[str], str], before: str = "") -> bool:
    """Is a Russian word a verb by its ending (a finite form or an infinitive, no participle), and not a noun's or an
    adjective's form: one after a preposition (`before`: "после расстрела") or one the synonym tables know only as such
    ("числа", "стола" end as a past form does)?"""
    if not VERB_FORM.fullmatch(word) or _NOUN_ENDING.fullmatch(word) or _PARTICIPLE.fullmatch(word) or (
            before in _PREPOSITIONS):
        return False
    poses = wordnet_ru.wide_entry(stem(word))
    return not poses or "v" in poses


def question_verbs(q: Question, stem: Callable[[str], str]) -> tuple[Unit, ...]:
    """The units of a Russian question that are verbs (`is_verb`), each read with the word before it."""
    said = WORD.findall(q.text)
    before = {w: said[i - 1] if i else "" for i, w in reversed(list(enumerate(said)))}  # its first use
    return tuple(u for u in q.units if not u.name and is_verb(u.text, stem, before.get(u.text, "")))


def counted_frame(q: Question, u: Unit) -> bool:
    """Is a unit the "раз" of "сколько раз ...?" (the times counted, not a thing the passage must name)?"""
    return u.text == "раз" and _TIMES.search(q.text) is not None


def another_event(ranker: Ranker, verbs: tuple[Unit, ...], unmet: set[str], named: int) -> bool:
    """Does a passage that leaves a question's `unmet` verbs unsaid tell another event than the one they name: one of
    them is of a listed kind (`_LISTED_VERBS`), or the question names fewer than `WELL_NAMED` things besides its verbs
    and the text uses one of them elsewhere?"""
    if any(v.replace("ё", "е") in _LISTED_VERBS for v in unmet):
        return True
    known = ranker.library.df.keys()
    return named < WELL_NAMED and any(u.text in unmet and bool(u.strong & known) for u in verbs)


def _same(one: Scored, other: Scored) -> bool:
    """Do two passages say much the same (the notes' sentence and the source text's, most of their keys shared, or
    nearly all of one's said in the other: the notes' short sentence within the source's longer one)?"""
    a, b = one.doc.keys, other.doc.keys
    shared = len(a & b)
    return shared >= SAME_SHARE * len(a | b) or shared >= WITHIN_SHARE * min(len(a), len(b))


def verb_otherwise(ranker: Ranker, q: Question, ranked: list[Scored]) -> Scored | None:
    """The best-ranked passage when it says all the question names besides its verbs and gives the kind of answer
    wanted, and is the only candidate doing so; judged with the verbs it does not say left out."""
    words, w8 = ranker.library.words, ranker.weights
    if words.lang.code != "ru" or q.wants.reason or q.wants.yes_no or q.wants.define:
        return None
    verbs = question_verbs(q, words.lang.stem)
    topic = ranker.library.topic_stems  # the pack's subject ("Дарвин" in a pack about him) is named, if light
    named = tuple(u for u in q.units if u not in verbs and (not u.light or u.stem in topic) and not counted_frame(q, u)
                  and u.stem not in q.lent)  # the learner's own words: a card's prompt lends context, names no event
    wanted = q.wants.numeric or q.wants.dated or q.wants.entity or q.wants.person or q.wants.place
    if not verbs or len(named) < MIN_NAMED:
        return None

    def says(r: Scored, u: Unit) -> bool:  # a name: said by the passage or the sentence before, which it goes on about
        before = ranker.library.before(r.doc) if u.name else None
        return bool(u.strong & r.doc.keys) or before is not None and bool(u.strong & before.keys)

    def telling(r: Scored) -> bool:
        return all(says(r, u) for u in named) and supplies(r.doc, q, words) and (
            not wanted or fits(r.doc, q, w8, hard=True) > 0)

    telling_all = [r for r in ranked if telling(r)]
    if not telling_all or telling_all[0] is not ranked[0]:
        return None
    best = telling_all[0]
    if any(not _same(best, r) for r in telling_all[1:]):
        return None
    others = tuple(u for u in q.units if u not in verbs and not counted_frame(q, u))  # its light words as well
    unmet = {u.text for u in verbs if not (u.strong | u.weak) & best.doc.keys}
    measure = sum(1 for u in others if u.light and q.wants.measures and u.stem in q.kinds and says(best, u))
    if not unmet or another_event(ranker, verbs, unmet, len(named) + measure):  # "на какой глубине": a thing named
        return None
    kept = tuple(u for u in q.units if u.text not in unmet and not counted_frame(q, u))
    asked = replace(q, units=kept, total=sum(u.weight for u in kept))
    coverage, own = ranker.coverage(best.doc, asked.units, asked.total)
    judged = Scored(best.score, coverage, own, best.doc)
    return best if ranker.answers(judged, asked) else None
