"""A keypoint made without one of its modifiers: "a strong wind" for "a strong east wind", "the grass was
ploughed up" for "the prairie grass was ploughed up" (issue #11); a point's accepted wordings alike ("the money came
from dues" for an accepted "the money came from harbour dues").

A point of three content words or more whose one missing word stands right before another of its content words
(a word that qualifies the next one, maybe a word the question says: in English and Russian alike a modifier
comes before its noun; "родина древних Олимпийских игр" asked why the Olympic games were held there) is made when
the rest of the point is made, with the same checks (negation, direction, contradiction), and:
- the missing word is not the point's first content word, or (in English) it has no opposite and neither it nor the
  next word is a verb (a word of kind, as "prairie" or "dust", not of degree, as "high" or "dry": "wheat prices"
  does not make "high wheat prices"; nor the head of the phrase: "went blind" does not make "cattle went blind"), or
  it is a common noun right before a name, in apposition ("Орешин сократил оперу" for "дирижёр Орешин сократил
  оперу");
- the answer says nothing in its place: no other content word right before the word it qualifies ("a strong
  west wind"), and nowhere a word opposite to it ("a strong wind from the west"; "лошадей было много" for "было
  мало лошадей");
- it is not a name, a figure, a negator, a word of quantity, a word of direction ("less salty" is no "salty",
  "менее солёная" no "солёная"), a comparative of how often ("чаще ставили" is no "ставили") or a symbol;
- a Russian noun before another noun is the head, its genitive after it ("единица производства" is not made by
  "производства"); a noun before a verb may be one of two coordinated things ("снег и лёд отражают" by "снег");
- a Russian verb is left out only where the answer says its object after it: "Вересков выиграл партию", asked
  about the game, is not made by "Вересков" alone;
- a verb of losing ("the king lost power") is left out only where the answer says that thing fell ("the king's power
  declined", "was weakened"): "the king's power grew" or "the king's power" alone says no loss.
A point the question leaves short (its words given: "what happened to the abbey's tower?" for "the ruined tower of
the abbey collapsed") may leave out the adjective that only qualifies a word the question gives, where the answer
names that thing or calls it by a pronoun ("it collapsed") and the adjective has no opposite ("the dry summers
ended", asked about the summers, still wants "dry").
A word of novelty ("new", "новый") may be left out as the first word where the point or its question says a verb
of making ("built new bridges", "what did the town build?": "bridges" for "new bridges"): a thing made is new.
Only the order of words and the tables of opposites are read: no word of any text.
"""

from __future__ import annotations

from collections.abc import Callable

from .. import wordnet
from ..connectives import connective_at
from ..lexicon_making import MAKING_VERBS
from ..lexicon_ru_tutor import RUSSIAN_TUTOR
from ..lexicon_tutor import ENGLISH_TUTOR
from ..matching import Prepared
from ..meaning import has_opposite, opposite_in_any_sense
from ..quantities import find_quantities
from ..ru_families import ADJECTIVE_ENDINGS, VERB_ENDINGS
from .degree_flips import amount_turned
from .parts_left_out import picks_part

Covered = tuple[bool, str, bool, tuple[int, ...]]
_HOW_OFTEN = frozenset(("чаще", "реже"))
_SHORTEST_POINT = 3  # content words: a shorter point without one is a single word
_PERIODS = frozenset(("ancient", "old", "classical"))  # words of period a language's or people's name may drop
_NOVELTY = {"en": frozenset(("new", "newly")), "ru": frozenset(("новый", "новая", "новое", "новые", "нового", "новой",
                                                              "новых", "новому", "новым", "новую", "новыми"))}


def without_modifier(point_text: str, prep: Callable[[str], Prepared], got: Prepared, skip: frozenset[str],
                     cover: Callable[[str, Prepared], Covered]) -> Covered | None:
    """The point made by `cover` without one of its modifiers (see the module), or None."""
    point = prep(point_text)
    content = [i for i in point.content() if point.stems[i] not in skip]
    short = len(content) < _SHORTEST_POINT and not _period_of_name(point, content)
    if (short and len(point.content()) < _SHORTEST_POINT) or point.negated() or point.quantities:
        return None
    said = {got.stems[j] for j in got.content()}
    missing = [i for i in content if point.stems[i] not in said]
    if len(missing) != 1:
        return None
    m = missing[0]
    # the word it qualifies next to it, maybe one the question already says ("родина древних Олимпийских игр")
    if m + 1 not in point.content() or point.clauses[m + 1] != point.clauses[m] or not _plain_word(point, m):
        return None
    given = _qualifies_given(point, m, skip, got)  # "the stone tower collapsed", asked about the tower
    if short and not given:
        return None  # (a point the question leaves short asks all the rest, but a word that only tells its thing)
    if (m == content[0] and not _kind_before_noun(point, m) and not _before_name(point, m)
            and not _new_of_made(point, m, skip) and not given) \
            or _opposite_said(point, m, got):
        return None
    if _verb_of_unsaid(point, m, said) or _head_noun(point, m) or picks_part(point, m):
        return None
    reduced = " ".join(w for j, w in enumerate(point.words) if j != m)
    made = cover(reduced, got)
    if not made[0] or not made[3]:
        return None
    if point.words[m] in point.lang.lex.losses and got.direction(list(made[3])) != -1:
        return None  # "the king lost power": less of it, said by its fall ("his power declined"), not "it grew"
    head = point.stems[m + 1]
    places = set(made[3])
    content_got = set(got.content())
    for j in (*made[3], *got.positions_of_stem(head)):  # (the head maybe the question's, matched on no word)
        if got.stems[j] == head and j - 1 in content_got and j - 1 not in places:
            return None  # another word in the missing one's place: "a strong west wind"
        if got.stems[j] == head and _of_after(got, j, content_got - places):
            return None  # or after its head, as English may say it: "a small lamp of gas" for "a small oil lamp"
    return made


def _of_after(got: Prepared, j: int, others: set[int]) -> bool:
    """Does an English word at j go on with "of" and (past an article) a content word of `others` ("lamp of gas")?"""
    k = j + 2
    while k < len(got.words) and got.words[k] in ("a", "an", "the"):
        k += 1
    return got.lang.code == "en" and got.words[j + 1:j + 2] == ["of"] and k in others


def _period_of_name(point: Prepared, content: list[int]) -> bool:
    """Is a point of two words a word of period before a name ("ancient Greek", "classical Latin"): a learner who
    names the language or people alone ("Greek") names the same one, while another period ("modern Greek") stays
    wrong (`_opposite_said`, and another word in its place)?"""
    return len(content) == 2 and content[1] == content[0] + 1 and point.words[content[0]] in _PERIODS \
        and point.words[content[1]] in point.capitalised


def _kind_before_noun(point: Prepared, m: int) -> bool:
    """Is a point's first word one of kind before a noun ("prairie grass"), not of degree ("high prices") nor the
    head of its phrase ("cattle went blind", "освобождение пленных")? English only: WordNet tells a verb (the
    next word may not be one, nor the word itself); a Russian noun's genitive follows it, as an adjective does not
    (no table tells them apart here)."""
    if point.lang.code != "en" or point.stems[m] in point.lang.opposites or has_opposite(point.words[m]):
        return False
    return not any(wordnet.base_forms(point.words[i], "v") for i in (m, m + 1))


def _before_name(point: Prepared, m: int) -> bool:
    """Is the point's first word a common noun right before a name ("дирижёр Орешин сократил оперу"): in apposition,
    a title or a trade, the name kept names the person?"""
    return point.words[m + 1] in point.capitalised and point.words[m] not in point.capitalised


def _plain_word(point: Prepared, i: int) -> bool:
    """A word that may only qualify the next one: not a name, a symbol or a figure, nor a word of direction ("less
    salty", "more wages", "менее солёной": without it the point says another thing, or the opposite)."""
    word = point.words[i]
    if word in _HOW_OFTEN or connective_at(point, i):
        return False  # "чаще ставили": how often is what the point says changed; "однако": a relation (`connectives`)
    return word.isalpha() and word not in point.capitalised and word not in point.exact and not point.dirs[i] \
        and not find_quantities(word, lang=point.lang.code)


def _verb_of_unsaid(point: Prepared, m: int, said: set[str]) -> bool:
    """Is the missing word a Russian verb whose object after it only the question says ("Вересков выиграл партию"
    asked about the game): what is left, the doer alone, says nothing of what they did?"""
    word = point.words[m]
    return point.lang.code == "ru" and word.endswith(VERB_ENDINGS) and not word.endswith(ADJECTIVE_ENDINGS) \
        and point.stems[m + 1] not in said


def _head_noun(point: Prepared, m: int) -> bool:
    """Is the missing word a Russian noun before another noun ("единица строения", "рост цен")? The noun after a noun
    is its dependent in the genitive, so the first is the head: what is left ("строения") names another thing.
    Adjectives, participles, verbs, adverbs in -о and pronouns in -ю ("всю") qualify what follows; a noun before a
    verb ("снег и лёд отражают") or a comparative ("над крылом больше") is one of its own and may be left out."""
    return point.lang.code == "ru" and _noun_like(point.words[m], "ю") and _noun_like(point.words[m + 1], "е") \
        and point.words[m + 1] not in point.capitalised  # (a name after a noun is in apposition: "дирижёр Орешин")


def _noun_like(word: str, *others: str) -> bool:
    """Does a Russian word end as no adjective, verb, adverb in -о (or word of `others`) does?"""
    return not word.endswith((*ADJECTIVE_ENDINGS, *VERB_ENDINGS, "о", *others))


def _opposite_said(point: Prepared, m: int, got: Prepared) -> bool:
    stem, word = point.stems[m], point.words[m]
    if amount_turned(word, got):
        return True  # "лошадей было много" for "было мало лошадей"
    for j in got.content():
        if point.lang.opposite(stem, got.stems[j]) or got.lang.opposite(got.stems[j], stem):
            return True
        if point.lang.code == "en" and opposite_in_any_sense(word, got.words[j]):
            return True
    return False


def _new_of_made(point: Prepared, m: int, skip: frozenset[str]) -> bool:
    """Is the point's first word one of novelty ("new bridges") where the point or its question (whose stems are
    `skip`) says a verb of making ("built", "what did they build?")? A thing made is new: the word adds nothing."""
    lang = point.lang
    if point.words[m] not in _NOVELTY.get(lang.code, ()):
        return False
    making = {st for w in MAKING_VERBS.get(lang.code, ()) for st in (lang.stem(w), lang.lemma_stem(w))}
    return not making.isdisjoint(skip) or not making.isdisjoint(point.stems)


def _qualifies_given(point: Prepared, m: int, skip: frozenset[str], got: Prepared) -> bool:
    """Does the point's word at m only qualify the next word, one the question gives (`skip`) and the answer names
    or calls by a pronoun ("it collapsed")? An adjective (a Russian word of an adjective's ending; an English one
    WordNet knows only as one) of no degree (no opposite: "dry", "высокий")."""
    word, lang = point.words[m], point.lang
    if point.stems[m + 1] not in skip or point.stems[m] in lang.opposites:
        return False
    pronouns = (ENGLISH_TUTOR if lang.code == "en" else RUSSIAN_TUTOR).pronouns
    if pronouns.isdisjoint(got.words) and point.stems[m + 1] not in got.stems:
        return False  # the answer speaks of another thing, or of none
    if lang.code == "en":
        return bool(wordnet.base_forms(word, "a")) and not has_opposite(word) \
            and not wordnet.base_forms(word, "v") and not wordnet.base_forms(word, "n")
    return word.endswith(ADJECTIVE_ENDINGS)
