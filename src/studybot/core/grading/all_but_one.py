"""A short keypoint's wording made but for one word the answer leaves out, with nothing said in its place (issue
#11): "the small lamp of the keeper" for "the keeper had a small oil lamp", "the hour it was posted" for "the hour the
letter was posted".

A wording of three or four content words (beside the question's own) is made, at reduced weight (as with a slip:
Hard), when all its words but one are found as a whole wording's are (stems, synonyms, negation, direction,
contradiction and roles checked as `StructuredGrading._cover` checks them), in one clause or two adjacent ones, and
the word left out is only left out, never replaced (rules of the language's word order, no word of any text):

- no content word of the answer stands between the words found for its neighbours in the wording ("the hour the
  parcel was posted"), nor, when it is the first or last word, next to its one neighbour past the function words
  ("oxygen comes from the air" for "oxygen comes from the water"), nor past the neighbours ("a small lamp of gas"
  for "a small oil lamp"), nor right before or after any word found ("sailors ate salted meat" for "sailors refused
  salted meat"), except, for a first or last word left out with the others in the wording's order, on the side
  where it did not stand ("a porridge ration kept them alive" for "a daily porridge ration"); a subject left out
  is said by no pronoun ("they went lame" says nothing of who went lame; "the hour it was posted" keeps its subject,
  "hour");
- it is no word with an opposite (a word of degree or kind: "deep", "early", "высокое"), no verb that opens the
  wording (its claim: "ask for more bread" is not made by "more bread"), no object of a preposition that
  ends it ("by hand", "in winter": how, where or when is the claim);
- nor a name, figure, direction, negator, quantity word, modifier of rank or compass, a word of stopping, a word of
  the pack's own synonyms (`nearly.loose_word`), nor a Russian word of how much the answer says the other way ("в
  деревне было мало лошадей" is not made by "лошадей в деревне было много"); a wording with a figure or a date is
  made whole or not at all.
The whole wording, the word left out included, must not be contradicted where it is made (`contradicted`,
`partly_flips.flipped_in_part`), nor give its role to another party (`parties.wrong_party`: "the prisoner caught the
guards" for "the guards caught the prisoner").
"""

from __future__ import annotations

from ..connectives import clashes_with_point
from ..lexicon_roles import DETERMINERS
from ..lexicon_ru_tutor import RUSSIAN_TUTOR
from ..matching import Prepared
from ..meaning import Meaning, has_opposite, same_meaning_in
from ..opposed_clauses import given_denied
from ..wordnet import base_forms
from ..wordnet_ru import parts_of_speech
from .degree_flips import amount_turned
from .either import either_wordings
from .mostly_related import MostlyRelatedGrading
from .nearly import adjective, loose_word
from .parties import wrong_party
from .partly_flips import flipped_in_part
from .structured import StructuredGrading, contradicted

__all__ = ["AllButOneGrading", "left_out_alone"]

FEWEST, MOST = 3, 4  # content words of a wording (beside the question's) that may be made but for one
_ARTICLES = {"en": frozenset(("a", "an", "the"))}  # skipped to find the preposition before a wording's last word
_SUBJECTS = {"en": frozenset("it they he she we you this these those".split()),  # pronouns that stand for a subject
             "ru": frozenset("он она оно они это эти".split())}


def _opens(ref: Prepared, i: int) -> bool:
    """Is the word at i the first content word of its clause?"""
    return not any(ref.clauses[k] == ref.clauses[i] for k in ref.content() if k < i)


def _opens_with_verb(ref: Prepared, i: int) -> bool:
    """Does the wording open with the word at i, one that may be a verb ("demand higher pay": its claim)?"""
    word = ref.words[i]
    verb = bool(base_forms(word, "v") or not base_forms(word)) if ref.lang.code == "en" \
        else parts_of_speech(word) == ("v",)  # (an English word the table does not know may be a verb: "ask")
    return verb and _opens(ref, i) and not _joined_plural(ref, i)


_JOINS = frozenset(("and", "or"))  # a word that joins a second noun to a first ("the roads and bridges")


def _joined_plural(ref: Prepared, i: int) -> bool:
    """Is the word at i an English plural joined by "and"/"or" to a plural that a determiner makes a noun ("covered
    the roads and (the) bridges")? The clause the joiner opens is a second object, not a second verb ("the rods were
    pulled out and took ages" keeps its verb: "took" is no plural, nor is "rises" in "the river rises and floods",
    whose "rises" has no determiner)."""
    if ref.lang.code != "en":
        return False
    k = i - 1
    while k >= 0 and ref.words[k] in _ARTICLES["en"]:
        k -= 1
    if k < 2 or ref.words[k] not in _JOINS:
        return False
    noun, before = ref.words[k - 1], ref.words[k - 2]
    return before in DETERMINERS["en"] and all(_plural(w) for w in (noun, ref.words[i]))


def _joined_elsewhere(ref: Prepared, i: int, got: Prepared, positions: tuple[int, ...]) -> bool:
    """Does the answer join another noun where a joined plural of the wording was left out ("covered the roads and
    fields" for "covered the roads and bridges": a word in its place, not left out)?"""
    if not _joined_plural(ref, i):
        return False
    k = max(positions) + 1
    return k < len(got.words) and got.words[k] in _JOINS and _next_word(got, k, 1) in set(got.content())


def _plural(word: str) -> bool:
    """Does the word end as an English regular plural ("roads", "bridges"; not "glass", "bus", "this")?"""
    return len(word) > 3 and word.endswith("s") and not word.endswith(("ss", "us", "is"))


def _after_preposition(ref: Prepared, i: int) -> bool:
    """Does the word at i follow a function word (past the articles): the object of a preposition?"""
    articles, k = _ARTICLES.get(ref.lang.code, frozenset()), i - 1
    while k >= 0 and ref.words[k] in articles:
        k -= 1
    return k >= 0 and ref.words[k] in ref.lang.lex.stop


def _may_leave_out(ref: Prepared, i: int) -> bool:
    """May the word at i of a wording be the one left out (by its kind, not by the answer)?"""
    lang = ref.lang
    if ref.stems[i] in lang.opposites or lang.code == "en" and has_opposite(ref.words[i]):
        return False  # a word of degree or kind with an opposite: its claim
    if _opens_with_verb(ref, i) or _degree_of(ref, i):
        return False
    last = all(k < i for k in ref.content() if k != i)
    return not (last and _after_preposition(ref, i) and not _joined_plural(ref, i))  # ("and" is no preposition)


_HOW_MUCH = frozenset(("more", "less", "fewer", "больше", "меньше"))  # words of amount before the thing they measure


def _degree_of(ref: Prepared, i: int) -> bool:
    """Is the word at i the thing a word of amount right before it measures ("to get more kerosene", "чтобы получить
    больше керосина")? Left out, the wording keeps a bare amount and its verb, a frame any purpose may fill ("to get
    more", "чтобы получить больше"): the thing is its claim."""
    return i > 0 and ref.words[i - 1] in _HOW_MUCH and ref.clauses[i - 1] == ref.clauses[i]


def _next_word(got: Prepared, at: int, step: int) -> int:
    """The first word from `at` (exclusive) in direction `step`, in its clause, past function words (-1: none)."""
    k = at + step
    while 0 <= k < len(got.words) and got.clauses[k] == got.clauses[at] and got.words[k] in got.lang.lex.stop:
        k += step
    return k if 0 <= k < len(got.words) and got.clauses[k] == got.clauses[at] else -1


def _modifier_by_place(ref: Prepared, i: int) -> bool:
    """May the word at i be told a modifier by where it stands? In English a word of a wording's end is; Russian
    orders its words freely, so only an adjective's ending says so ("строгая", not "освобождение": in "пленных
    купцов казнили" the verb may stand for "освобождение" after the words found)."""
    word, ru = ref.words[i], RUSSIAN_TUTOR
    return ref.lang.code != "ru" or word.endswith(ru.adjective_endings) and not word.endswith(ru.verbal_noun_endings)


def left_out_alone(ref: Prepared, i: int, got: Prepared, positions: tuple[int, ...], skip: frozenset[str]) -> bool:
    """Is the word at i of a wording, made at `positions` without it, left out with nothing said in its place? (A
    conjunction that opens the answer's clause, "потому что", "поскольку", "because", is no word in its place: it says
    nothing of the thing.)"""
    breaks = got.lang.lex.clause_breaks
    content, places = {j for j in got.content() if got.words[j] not in breaks}, set(positions)
    others = [k for k in ref.content() if k != i]
    before, after = [k for k in others if k < i], [k for k in others if k > i]

    def found(k: int) -> int:
        return got.find_word(ref.stems[k], ref.words[k], positions)[1]

    if before and after:
        a, b = found(before[-1]), found(after[0])
        if a < 0 or b < 0 or any(k in content and k not in places for k in range(min(a, b) + 1, max(a, b))):
            return False  # other words between its neighbours
        k = _next_word(got, b, 1 if b > a else -1)
        if k in content and k not in places and got.stems[k] not in skip:
            return False  # said past them ("a small lamp of gas")
    elif before or after:
        a = found(before[-1] if before else after[0])
        if after and a > 0 and got.clauses[a - 1] == got.clauses[a] and got.words[a - 1] in _SUBJECTS.get(
                got.lang.code, frozenset()):
            return False  # a pronoun for the subject: "they went lame" says nothing of who
        k = _next_word(got, a, 1 if before else -1) if a >= 0 else -1
        if a < 0 or k in content and k not in places:
            return False  # the answer goes on past its one neighbour with words of its own
    # a word in its place: right beside a word found; when the word left out opens or ends the wording and the
    # others stand in its order, only inside their span or on the side it stood ("a strict diet" made by "a diet
    # lengthened life": "lengthened" stands past where "strict" would be)
    clauses, order = {got.clauses[j] for j in positions}, [found(k) for k in others]
    if before and after:  # a word inside the wording: its place is between its neighbours, or past them (above);
        # an adjective before them all qualifies the first ("damaged hair cells" for "hair cells of the ear")
        beside = [k for j in positions for k in (j - 1, j + 1) if k != min(positions) - 1 or not adjective(got, k)]
    elif order != sorted(order) or not _modifier_by_place(ref, i):
        beside = [k for j in positions for k in (j - 1, j + 1)]
    else:
        beside = [*range(min(positions) + 1, max(positions)), min(positions) - 1 if after else max(positions) + 1]
    return not any(0 <= k < len(got.words) and got.clauses[k] in clauses and k in content and k not in places
                   for k in beside)


def _denied_by(ref: Prepared, got: Prepared, positions: tuple[int, ...]) -> bool:
    """Does the answer hold a negator in the clauses where it makes an affirmative wording ("the captives were never
    freed" makes no "the freeing of the captives" with "freeing" left out)?"""
    clauses = {got.clauses[j] for j in positions}
    return not ref.negated() and any(w in got.lang.lex.negators and c in clauses
                                     for w, c in zip(got.words, got.clauses, strict=True))


def _cut(text: Prepared, i: int) -> str | None:
    """The wording's text with its word at i cut out, or None when the word cannot be found in it as written."""
    word, whole = text.words[i], text.text
    nth = text.words[:i].count(word)
    at = whole.find(word)
    while at >= 0:  # (each place the word is written whole, left to right: no pattern compiled for each word)
        end = at + len(word)
        if not _word_char(whole[at - 1:at]) and not _word_char(whole[end:end + 1]):
            if not nth:
                return whole[:at] + whole[end:]
            nth -= 1
            at = whole.find(word, end)
        else:
            at = whole.find(word, at + 1)
    return None


def _word_char(char: str) -> bool:
    """Is a character (or "", none) one that `\\w` matches: a letter, a digit or "_"?"""
    return char.isalnum() or char == "_"


class AllButOneGrading(MostlyRelatedGrading):
    """`MostlyRelatedGrading`, and a short wording made but for one word left out."""

    def _cover(self, point_text: str, accept: tuple[str, ...], got: Prepared, skip: frozenset[str],
               known: frozenset[str] = frozenset(), absent: bool = False,
               avoid: frozenset[str] | None = None, sense: Meaning = same_meaning_in
               ) -> tuple[bool, str, bool, tuple[int, ...]]:
        found = super()._cover(point_text, accept, got, skip, known, absent, avoid, sense)
        if found[0] and given_denied(self.prep(point_text), got, skip) \
                and not any(self.prep(text).negated() for text in accept):
            return False, "", False, ()  # "парус не убирают, когда ...", asked "когда убирают парус?"
        if found[0] or avoid is None or sense is not same_meaning_in:
            return found
        point = self.prep(point_text)
        # (and each wording of two words joined by "or" with one of them: "expelled or lost its coloured algae")
        for text in (point_text, *accept, *either_wordings((point_text, *accept), point.lang.code)):
            made = self._but_one(point, self.prep(text), got, skip, known, absent, avoid)
            if made is not None:
                return made
        return found

    def _but_one(self, point: Prepared, ref: Prepared, got: Prepared, skip: frozenset[str], known: frozenset[str],
                 absent: bool, avoid: frozenset[str]) -> tuple[bool, str, bool, tuple[int, ...]] | None:
        """The wording made but for one word left out (see the module), or None."""
        wanted = [i for i in ref.content() if ref.stems[i] not in skip]
        if not FEWEST <= len(wanted) <= MOST or ref.quantities or ref.dates:
            return None
        have = sum(got.find_word(ref.stems[i], ref.words[i], None, ref.words[i] in ref.exact)[0] >= 0 for i in wanted)
        if not have or have < len(wanted) - 2:
            return None  # (cheap: synonyms may find one more word, never two)
        wants = {want.word: want for want in ref.wanted(skip)}
        for i in wanted:
            if ref.words[i] not in wants or not loose_word(wants[ref.words[i]], ref) or ref.negated_at(i) \
                    or not _may_leave_out(ref, i) or amount_turned(ref.words[i], got) or (rest := _cut(ref, i)) is None:
                continue
            made = StructuredGrading._cover(self, rest, (), got, skip, known, absent, avoid, same_meaning_in)
            where = made[3]
            if not made[0] or len(where) < len(wanted) - 1 \
                    or max(got.clauses[j] for j in where) - min(got.clauses[j] for j in where) > 1 \
                    or not left_out_alone(ref, i, got, where, skip) or contradicted(point, got, where) \
                    or contradicted(ref, got, where) or flipped_in_part(ref, got, where) \
                    or any(wrong_party(text, got, where, self.parties, (), skip) for text in (point, ref)) \
                    or _denied_by(ref, got, where) or _joined_elsewhere(ref, i, got, where) \
                    or clashes_with_point(point, ref, got, where):
                continue
            return True, made[1], True, where
        return None
