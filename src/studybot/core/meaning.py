"""A point's word said with another word of the same meaning, or of the opposite one (English WordNet; Russian
Wiktionary's synsets and LibreOffice's thesaurus, `wordnet_ru`: synonyms only).

When a word of a keypoint is not in an answer (neither its stem, nor a synonym of the hand lexicons, nor a
typo), an answer word that WordNet gives as its synonym in a frequent sense of both words makes it ("the monks
abandoned the abbey" / "deserted"; "the guild kept its charter" / "held"; see `wordnet` for which senses count), or
a word of its family in another part of speech, nouns included ("the scarcity of timber" / "timber was scarce"). Never
for what must be said exactly: figures, names (a capitalised word of the point), directions (they have their
own check), negators and function words (no content words), words of quantity, modifiers of rank and compass
points, a word of the pack's own `synonyms` (the author said what it may be called: the general tables step
aside), and never onto a word of the card's known mistakes or wrong options (`avoid`). An answer word that
WordNet gives as the opposite of a point's word is a contradiction of the point (`opposed`).
Only words any English text uses are involved: the table describes the language, not one text. A Russian pack
gets the same widening from `wordnet_ru` (keyed by stem: synonyms in a main sense of both words, verbs, adjectives
and adverbs), with the same exclusions; `_TABLES` is the one place that picks the table by language.
"""

from __future__ import annotations

from collections.abc import Callable
from functools import lru_cache
from typing import TYPE_CHECKING, NamedTuple

from . import wordnet, wordnet_ru
from .compounds import said_in_parts
from .joint_words import joint_alike
from .lexicon_degree import INTENSIFIERS
from .light_nouns import light_verb_unsaid
from .losses import lost_alike
from .memos import memoised
from .particle_nouns import said_as_phrasal_verb
from .reciprocals import reciprocal
from .ru_families import aspect_stems, same_family
from .ru_made_of import source_adjective
from .ru_motion import motion_noun_of
from .ru_positive import positive_for_bare
from .ru_same_act import same_act
from .ru_verbal_nouns import verbal_noun_of

if TYPE_CHECKING:
    from .matching import Prepared, Want
    from .packs import Card

__all__ = ["MEANING_POS", "OPPOSITE_POS", "Meaning", "antonymous", "avoided", "has_opposite", "has_synonyms", "kindred",
           "opposed", "same_meaning", "opposite_in_any_sense", "same_meaning_in", "synonym_of", "synonymous"]

# nouns too since round 10 ("crop failures" / "harvest failures", "the pay" / "the wages"): the table keeps only
# senses frequent for both words, so a term of a text ("cell", "charge", "plate") has no synonym in it; with
# learners' own words they make points, and no wrong answer of any labelled set passes by them. Russian nouns
# stay out: Wiktionary's noun synsets let a wrong answer of a check set through.
MEANING_POS: tuple[wordnet.Pos, ...] = ("n", "v", "a", "r")
OPPOSITE_POS: tuple[wordnet.Pos, ...] = ("a", "r")  # verbs' opposites are often two sides of one thing
# ("import" / "export", "buy" / "sell"), said together: only adjectives and adverbs
_SHORTEST = 3  # letters: shorter words are function words or abbreviations
MEANING_POS_RU: tuple[wordnet_ru.Pos, ...] = ("v", "a", "r")  # nouns are a text's terms (round 13: the wider
# table's nouns, tried, let one more wrong answer through in a check set and in the held-out first answers; round 39
# again, over every Russian set: held-out first answers +5/-4)
# a noun's synonyms in the table's first two fields only (Wiktionary's synsets and the thesaurus's first line, a main
# sense of both words: "почва" / "грунт"), never the wider field's (round 39, every Russian set: held-out first
# answers +2, own words held out +1, check +1, nothing the wrong way)
NOUNS_RU: tuple[wordnet_ru.Pos, ...] = ("n",)
_Sense = tuple[str, "wordnet.Pos"]


@lru_cache(maxsize=1 << 14)
def _forms(word: str, poses: tuple[wordnet.Pos, ...]) -> frozenset[_Sense]:
    """The (lemma, part of speech) a word may be a form of: a verb's or a noun's inflections, but an
    adjective or adverb only as itself ("better" is not "good", nor "faster" "quick": degree counts)."""
    return frozenset((base, pos) for pos in poses for base in wordnet.base_forms(word, pos)
                     if pos in "nv" or base == word)


@lru_cache(maxsize=1 << 14)
def _partners(word: str, poses: tuple[wordnet.Pos, ...], opposite: bool) -> frozenset[_Sense]:
    """The (lemma, part of speech) WordNet gives as the synonyms (or antonyms) of a word's lemmas."""
    look = wordnet.antonyms if opposite else wordnet.synonyms
    return frozenset((other, pos) for base, pos in _forms(word, poses) for other in look(base, pos))


def synonymous(a: str, b: str) -> bool:
    """Do two words (any forms) share a frequent sense as nouns, verbs, adjectives or adverbs?"""
    return not _partners(a, MEANING_POS, False).isdisjoint(_forms(b, MEANING_POS))


_ANY_POS: tuple[wordnet.Pos, ...] = ("n", "v", "a", "r")


@lru_cache(maxsize=1 << 14)
def _family(word: str) -> frozenset[_Sense]:
    """The (lemma, part of speech) of WordNet's derivational links from a word's lemmas ("lenders": lend v)."""
    return frozenset(other for base, pos in _forms(word, _ANY_POS) for other in wordnet.family(base, pos))


@memoised(1 << 15)  # (asked again of the same two words for every wording and answer)
def kindred(a: str, b: str) -> bool:
    """Is one word (any form) derived from the other in a frequent sense of both, in another part of speech
    ("the lenders" / "those who lend", "approval" / "approved", "scarcity" / "scarce"): one word family, one
    meaning, which a noun shares as well as a verb? Or an English adjective of quality and its noun that WordNet's
    table leaves out (`_QUALITIES`: "too hot" / "heat", "the deep moat" / "the depth of the moat")?"""
    return not _family(a).isdisjoint(_forms(b, _ANY_POS)) or _quality_kin(a, b) or _quality_kin(b, a) \
        or _able_kin(a, b) or _able_kin(b, a)


# English adjectives of what can be done to a thing, made on another stem than their verb's ("visible" / "see",
# "soluble" / "dissolve", "flammable" / "burn"), which WordNet's derivational links leave out: "the ribs were
# visible" is "the ribs could be seen", "a salt that dissolves in water" "a water-soluble salt", "burnable straw"
# "flammable straw" (its verb's own adjective, as written). A closed set of the language's word formation.
_ABLE = {"visible": ("see",), "audible": ("hear",), "edible": ("eat", "eatable"), "soluble": ("dissolve",),
         "flammable": ("burn", "burnable"), "inflammable": ("burn", "burnable"), "combustible": ("burn", "burnable"),
         "legible": ("read", "readable"), "potable": ("drink", "drinkable"), "portable": ("carry",)}


def _able_kin(adjective: str, other: str) -> bool:
    """Is `adjective` (as written) one of `_ABLE` and `other` a form of its verb, or its verb's own adjective?"""
    made = _ABLE.get(adjective.lower())
    return made is not None and (other.lower() in made or not wordnet.base_forms(other.lower(), "v").isdisjoint(made))


# English adjectives of quality and the nouns made on them with another stem ("hot" / "heat", "long" / "length",
# "dead" / "death"), which the frequent-sense table of `_family` lacks: a closed set of the language's word formation,
# no word of a text (their verbs of becoming, "weaken", "widen", are words of direction, compared as such)
_QUALITIES = {
    "hot": ("heat",), "warm": ("warmth",), "strong": ("strength",), "weak": ("weakness",), "long": ("length",),
    "wide": ("width",), "deep": ("depth",), "high": ("height",), "broad": ("breadth",), "true": ("truth",),
    "young": ("youth",), "poor": ("poverty",), "proud": ("pride",), "wise": ("wisdom",), "safe": ("safety",),
    "thirsty": ("thirst",), "moist": ("moisture",), "anxious": ("anxiety",), "generous": ("generosity",),
    "dead": ("death",)}


def _quality_kin(adjective: str, other: str) -> bool:
    """Is `adjective` (as written: degree counts) one of `_QUALITIES` and `other` a form of its noun?"""
    made = _QUALITIES.get(adjective.lower())
    return made is not None and not _noun_forms(other).isdisjoint(made)


_QUALITY_NOUNS = frozenset(noun for nouns in _QUALITIES.values() for noun in nouns)


def _noun_forms(word: str) -> frozenset[str]:
    """A word and the nouns it may be a form of (WordNet's, or a plural in "-s": "heights")."""
    word = word.lower()
    return frozenset((word, *wordnet.base_forms(word, "n"), *((word[:-1],) if word.endswith("s") else ())))


def antonymous(a: str, b: str) -> bool:
    """Does WordNet give two words (any forms) as opposites, in a frequent sense of both?"""
    return not _partners(a, OPPOSITE_POS, True).isdisjoint(_forms(b, OPPOSITE_POS))


def opposite_in_any_sense(a: str, b: str) -> bool:
    """Does WordNet give two English words (any forms) as opposites in a frequent sense, as nouns and verbs too
    ("inhale" / "exhale")? For a word said in place of another, not beside it (verbs' opposites are often two
    sides of one thing said together: `OPPOSITE_POS`). Two adjectives in the same degree are opposites when their
    plain forms are ("nearer" / "farther", "closer" / "farther": close is near, the opposite of far)."""
    return not _partners(a, _ANY_POS, True).isdisjoint(_forms(b, _ANY_POS)) or _opposite_degrees(a, b)


def has_opposite(word: str) -> bool:
    """Does WordNet give an English word (any form) an opposite in a frequent sense ("dry", "east"; not "prairie")?"""
    return bool(_partners(word, _ANY_POS, True))


# English comparatives WordNet keeps as adverbs of their own, read as the adjective they grade
_IRREGULAR_DEGREES = {"farther": "far", "further": "far", "farthest": "far", "furthest": "far"}


@lru_cache(maxsize=1 << 14)
def _degree_bases(word: str) -> frozenset[str]:
    """The plain adjectives an English comparative or superlative grades ("nearer": near), or none."""
    word = word.lower()
    if word in _IRREGULAR_DEGREES:
        return frozenset((_IRREGULAR_DEGREES[word],))
    if not word.endswith(("er", "est")):
        return frozenset()
    return frozenset(base for base in wordnet.base_forms(word, "a") if base != word)


@lru_cache(maxsize=1 << 14)
def _opposite_degrees(a: str, b: str) -> bool:
    """Are two English adjectives in the same degree (both comparatives, or both superlatives) opposites by their
    plain forms: one's opposite is the other, or a synonym of it ("closer" / "farther")?"""
    plain_a, plain_b = _degree_bases(a), _degree_bases(b)
    if not plain_a or not plain_b or a.lower().endswith("est") != b.lower().endswith("est"):
        return False
    for x, others in ((plain_a, plain_b), (plain_b, plain_a)):
        opposite = frozenset().union(*(wordnet.antonyms(base, "a") for base in x))
        if not opposite.isdisjoint(others) or any(synonymous(o, y) for o in opposite for y in others):
            return True
    return False


# English adjectives (and their adverbs) of one judgement, which WordNet's frequent senses keep apart: of a thing's
# quality ("poor" is first "not rich" there: "a bad harvest", "bad drainage" are "a poor harvest", "poor drainage"),
# of the force a thing is done with ("the crowd cheered more fiercely", "more intensely": "more vigorously"), and of
# size ("giant barges", "enormous barges": "big barges", as the lexicon's "big", "large", "huge" are). As
# written: degree counts
_ALIKE_GROUPS = (("poor", "bad"), ("vigorous", "fierce", "intense", "ferocious", "furious"),
                 ("big", "large", "huge", "giant", "enormous", "gigantic", "immense"),
                 ("vigorously", "fiercely", "intensely", "ferociously", "furiously"))
_JUDGED_ALIKE = {word: group for group in _ALIKE_GROUPS for word in group}
_ABLE_VERBS = frozenset(verb for verbs in _ABLE.values() for verb in verbs)


@memoised(1 << 14)
def _has_synonyms_en(word: str, stem: str) -> bool:
    return bool(_partners(word, MEANING_POS, False) or _family(word)) or word.lower() in _QUALITIES \
        or not _noun_forms(word).isdisjoint(_QUALITY_NOUNS) or word.lower() in _JUDGED_ALIKE or word.lower() in _ABLE \
        or word.lower() in _ABLE_VERBS or not wordnet.base_forms(word.lower(), "v").isdisjoint(_ABLE_VERBS)


@memoised(1 << 16)  # (of two words alone: a point's word is tried against every word of every answer)
def _synonymous_en(word: str, stem: str, other: str, other_stem: str) -> bool:
    return synonymous(word, other) or kindred(word, other) or other.lower() in _JUDGED_ALIKE.get(word.lower(), ())


@memoised(1 << 15)  # (a pure function of a word: asked for both words of every pair `_synonymous_ru` tries)
def _poses_ru(word: str) -> tuple[wordnet_ru.Pos, ...]:
    """The table's parts of speech a Russian word may stand for: a verb's form only a verb's stems."""
    return tuple(pos for pos in wordnet_ru.parts_of_speech(word) if pos in MEANING_POS_RU)


def _partners_ru(word: str, stem: str) -> frozenset[str]:
    """A word's synonyms in the wider table, a verb's with those of its other aspect (`ru_families.aspect_stems`:
    the tables list mostly one aspect, "жалеть" but not "пожалеть")."""
    poses = _poses_ru(word)
    found = wordnet_ru.wide_synonyms(stem, poses)
    return found.union(*(wordnet_ru.wide_synonyms(st, poses) for st in aspect_stems(word, stem))) \
        if poses == ("v",) else found


def _nouns_ru(word: str, stem: str) -> frozenset[str]:
    """A word's noun synonyms in the table's main fields (`NOUNS_RU`): none for a verb's form."""
    return frozenset() if _poses_ru(word) == ("v",) else wordnet_ru.synonyms(stem, NOUNS_RU)


@memoised(1 << 14)
def _has_synonyms_ru(word: str, stem: str) -> bool:
    return bool(_partners_ru(word, stem) or _nouns_ru(word, stem))


@memoised(1 << 16)
def _synonymous_ru(word: str, stem: str, other: str, other_stem: str) -> bool:
    """With the wider table's later senses too (`wordnet_ru.wide_synonyms`; its nouns stay out, `MEANING_POS_RU`),
    either verb in either aspect; a noun by the main fields only (`NOUNS_RU`)."""
    poses = _poses_ru(word)
    if poses != _poses_ru(other):
        return False
    partners = _partners_ru(word, stem)
    return other_stem in partners or poses == ("v",) and any(st in partners for st in aspect_stems(other, other_stem)) \
        or other_stem in _nouns_ru(word, stem)


class _Table(NamedTuple):
    """A language's table of meanings: does a word (and its stem) have synonyms, are two words synonyms, does it
    give opposites (`opposed`)."""

    has_synonyms: Callable[[str, str], bool]
    synonymous: Callable[[str, str, str, str], bool]
    opposites: bool


# the one language switch: which table gives a pack's language its synonyms and opposites (Russian tables give no
# opposites: the lexicon's opposites and the direction words still hold)
_TABLES = {"en": _Table(_has_synonyms_en, _synonymous_en, True), "ru": _Table(_has_synonyms_ru, _synonymous_ru, False)}


def synonym_of(lang: str, word: str, stem: str, other: str, other_stem: str) -> bool:
    """Is `other` a synonym of `word` in the table of the language `lang` (False when it has none)?"""
    return has_synonyms(lang, word, stem) and _TABLES[lang].synonymous(word, stem, other, other_stem)


def has_synonyms(lang: str, word: str, stem: str) -> bool:
    """Does the table of the language `lang` give `word` any synonym (False when it has none)? A word without is
    no synonym of any (`synonym_of`, `synonymous`): a quick test before a search for one."""
    table = _TABLES.get(lang)
    return table is not None and table.has_synonyms(word, stem)


def _plain(text: Prepared, i: int) -> bool:
    """Is the word at i one WordNet may stand for: a common word of letters, no direction, quantity or rank?"""
    word, lex = text.words[i], text.lang.lex
    return (len(word) >= _SHORTEST and word.isalpha() and not text.dirs[i] and word not in lex.quantity_words
            and word not in lex.modifiers and text.stems[i] not in text.lang.preventers)


def same_meaning(want: Want, phrase: Prepared, answer: Prepared, avoid: frozenset[str]) -> tuple[int, int]:
    """(0, position) of an answer word that is a WordNet synonym of a phrase's word not found otherwise,
    or (-1, -1). Memoised per answer."""
    lex, table = answer.lang.lex, _TABLES.get(answer.lang.code)
    if table is None or want.exact or want.direction or want.word in phrase.capitalised \
            or len(want.word) < _SHORTEST or not want.word.isalpha() or want.word in lex.quantity_words \
            or want.word in lex.modifiers or want.stem in answer.lang.preventers or want.stem in answer.lang.own_stems \
            or not table.has_synonyms(want.word, want.stem):
        return -1, -1
    key = ("same meaning", want.word, avoid)
    found = answer._found.get(key)
    if found is None:
        found = answer._found[key] = next(
            ((0, j) for j in answer.content() if answer.stems[j] not in avoid and _plain(answer, j)
             and table.synonymous(want.word, want.stem, answer.words[j], answer.stems[j])), (-1, -1))
    return found


# a widening of `same_meaning_in` (`grading.nearly`): (phrase, answer, avoid) -> `find_phrase`'s `otherwise`
Meaning = Callable[["Prepared", "Prepared", frozenset[str] | None], Callable[["Want"], tuple[int, int]] | None]


def same_meaning_in(phrase: Prepared, answer: Prepared, avoid: frozenset[str] | None
                    ) -> Callable[[Want], tuple[int, int]] | None:
    """`same_meaning` for `matching.find_phrase`'s `otherwise` (None: a language without a table, or not asked
    for)."""
    if avoid is None or answer.lang.code not in _TABLES:
        return None
    # a pure function of the word, the phrase, the answer and `avoid`, asked again of the same phrase as a point's
    # wordings are tried in turn: kept in the answer's memo, by the phrase itself (`_Same`: never another phrase)
    chain, same, found = _CHAINS[answer.lang.code == "ru"], _Same(phrase), answer._found

    def sense(want: Want) -> tuple[int, int]:
        key = (_OTHERWISE, want, avoid, same)
        made = found.get(key)
        if made is None:
            made = found[key] = chain(want, phrase, answer, avoid)
        return made
    return sense


class _Same:
    """A phrase in a memo's key: the same object, never an equal one (a `Prepared` is no key of its own)."""

    __slots__ = ("phrase",)

    def __init__(self, phrase: Prepared) -> None:
        self.phrase = phrase  # (kept while the key is: no other object takes its identity)

    def __hash__(self) -> int:
        return id(self.phrase)

    def __eq__(self, other: object) -> bool:
        return isinstance(other, _Same) and other.phrase is self.phrase


_OTHERWISE = "found otherwise"


def _chain_en(want: Want, phrase: Prepared, answer: Prepared, avoid: frozenset[str]) -> tuple[int, int]:
    return _or_joint(_or_parts(_or_light(_or_lost(_or_phrasal(_or_less_of_opposite(
        same_meaning(want, phrase, answer, avoid), want, answer, avoid), want, phrase, answer, avoid),
        want, phrase, answer, avoid), want, phrase, answer), want, answer, avoid), want, answer, avoid)


def _chain_ru(want: Want, phrase: Prepared, answer: Prepared, avoid: frozenset[str]) -> tuple[int, int]:
    # then a word of its family: "растёт" / "вырастает" (`ru_families`)
    return _or_joint(_or_parts(_or_lost(_either(same_meaning(want, phrase, answer, avoid), want, phrase, answer,
                                                avoid), want, phrase, answer, avoid), want, answer, avoid),
                     want, answer, avoid)


_CHAINS = {False: _chain_en, True: _chain_ru}


def _or_joint(found: tuple[int, int], want: Want, answer: Prepared, avoid: frozenset[str]) -> tuple[int, int]:
    """An adverb of doing apart or together said by another of its side ("separately" / "independently":
    `joint_words`)."""
    if found[0] >= 0:
        return found
    return next(((0, j) for j in answer.content() if answer.stems[j] not in avoid
                 and joint_alike(answer.lang.code, want.word, answer.words[j])), found)


def _or_parts(found: tuple[int, int], want: Want, answer: Prepared, avoid: frozenset[str]) -> tuple[int, int]:
    return found if found[0] >= 0 else said_in_parts(want, answer, avoid)  # "walks in space" / "spacewalks"


def _or_light(found: tuple[int, int], want: Want, phrase: Prepared, answer: Prepared) -> tuple[int, int]:
    return found if found[0] >= 0 else light_verb_unsaid(want, phrase, answer)  # "holds hearings" / "hearings"


def _or_phrasal(found: tuple[int, int], want: Want, phrase: Prepared, answer: Prepared, avoid: frozenset[str]
                ) -> tuple[int, int]:
    """A point's noun of a verb and a particle said as the phrasal verb ("outbreak" / "broke out":
    `particle_nouns`), with `same_meaning`'s exclusions."""
    if found[0] >= 0 or want.exact or want.direction or want.word in phrase.capitalised \
            or want.stem in answer.lang.own_stems:
        return found
    return said_as_phrasal_verb(want, phrase, answer, avoid)


def _or_less_of_opposite(found: tuple[int, int], want: Want, answer: Prepared, avoid: frozenset[str]
                         ) -> tuple[int, int]:
    """An English comparative said as "less" and its opposite ("dirtier": "less clean", "thinner": "less thick"):
    (0, position of the adjective after "less") when a phrase's comparative is not found otherwise."""
    if found[0] >= 0 or not (bases := _degree_bases(want.word)):
        return found
    for j in answer.content():
        if j and answer.words[j - 1] == "less" and answer.stems[j] not in avoid and answer.words[j].isalpha() \
                and any(_opposite_of_any(wordnet.antonyms(plain, "a"), bases, answer)
                        for plain in wordnet.base_forms(answer.words[j], "a")):
            return 0, j
    return found


def _opposite_of_any(opposites: frozenset[str], bases: frozenset[str], answer: Prepared) -> bool:
    """Is one of `opposites` one of `bases`, or in a synonym group of the grader with one of them ("thin" /
    "runny": "less thick" for "runnier")?"""
    if not opposites.isdisjoint(bases):
        return True
    lang = answer.lang
    return any(lang.group(lang.stem(o)) & lang.group(lang.stem(b)) for o in opposites for b in bases)


def _or_lost(found: tuple[int, int], want: Want, phrase: Prepared, answer: Prepared, avoid: frozenset[str]
             ) -> tuple[int, int]:
    return found if found[0] >= 0 else lost_alike(want, phrase, answer, avoid)  # "лишилась" / "подорвана"


def _either(found: tuple[int, int], want: Want, phrase: Prepared, answer: Prepared, avoid: frozenset[str]
            ) -> tuple[int, int]:
    found = found if found[0] >= 0 else same_family(want, phrase, answer, avoid)
    found = found if found[0] >= 0 else verbal_noun_of(want, phrase, answer, avoid)  # "потепление" / "теплеет"
    found = found if found[0] >= 0 else source_adjective(want, phrase, answer, avoid)  # "из осины" / "осиновые"
    found = found if found[0] >= 0 else motion_noun_of(want, phrase, answer, avoid)  # "выход" / "вышли"
    found = found if found[0] >= 0 else same_act(want, phrase, answer, avoid)  # "заливали" / "облили"
    return found if found[0] >= 0 else positive_for_bare(want, phrase, answer, avoid)  # "тяжелее" / "тяжёлый"


def avoided(card: Card, prep: Callable[[str], Prepared]) -> frozenset[str]:
    """Stems a synonym must never land on: the words of the card's known mistakes and wrong options that no
    right wording of it uses."""
    wrong = [prep(text) for text in (*(m for mistake in card.mistakes for m in mistake.match),
                                     *(o for o in card.options if o != card.answer))]
    right = [prep(text) for text in (card.answer, *card.accept, *(w for kp in card.keypoints
                                                                   for w in (kp.point, *kp.accept)))]
    used = {t.stems[i] for t in right for i in t.content()}
    return frozenset(t.stems[i] for t in wrong for i in t.content()) - used


def opposed(point: Prepared, got: Prepared, positions: tuple[int, ...]) -> bool:
    """Does the answer, in the clauses where it makes the point, use the opposite of one of the point's words
    instead of it: by the lexicon's opposites ("ignores" / "recognises"), or, in English, by WordNet's
    antonyms in a frequent sense ("the reaction is slow" / "the reaction is fast")?"""
    opposites = point.lang.opposites
    mine = {point.stems[i] for i in point.content()}
    clauses = {got.clauses[j] for j in positions}
    if not opposites.keys().isdisjoint(mine):
        # (an adverb of degree is no opposite of a word it shares a stem with: "сильно тёк" for "слабый корпус")
        degree = INTENSIFIERS.get(got.lang.code, frozenset())
        said = [i for i in got.content() if got.clauses[i] in clauses and got.words[i] not in degree
                and not reciprocal(got, i)]  # ("level with each other": no "other" of "same")
        said = [i for i in said if not _lessened_down(point, got, i, opposites)]  # "got less strong": "weakened"
        theirs = {got.stems[i] for i in said}
        # an opposite denied where the point's word is not (or said where it is denied) agrees: "the rope did not
        # hold" makes "the rope broke"
        rest = {(got.stems[i], got.negated_at(i)) for i in said if got.stems[i] not in mine}
        denied = {point.stems[i] for i in point.content() if point.negated_at(i)}
        if any((b, a in denied) in rest and not _qualifies_another(point, a, got, b, said)
               for a in mine - theirs if a in opposites for b in opposites[a]):
            return True
    table = _TABLES.get(point.lang.code)
    return table is not None and table.opposites and _wordnet_opposed(point, got, mine, clauses)


def _qualifies_another(point: Prepared, a: str, got: Prepared, b: str, said: list[int]) -> bool:
    """Does the answer's opposite `b` qualify another noun than the point's word `a` does, the point's noun said
    elsewhere ("горячий колокол тушили водой" beside "его заливали холодной водой": the bell was hot, the water is
    not said to be)? Each word stands right before its noun; the answer never says the point's noun after `b`."""
    nouns = {point.stems[i + 1] for i in point.content() if point.stems[i] == a and i + 1 < len(point.words)
             and i + 1 in point.content() and point.clauses[i + 1] == point.clauses[i]}
    theirs = {got.stems[j + 1] for j in said if got.stems[j] == b and j + 1 < len(got.words) and j + 1 in got.content()
              and got.clauses[j + 1] == got.clauses[j]}
    return bool(nouns) and bool(theirs) and nouns.isdisjoint(theirs) and not nouns.isdisjoint(got.stems) \
        and theirs.isdisjoint(point.stems)  # ("при хорошей погоде" for "если погода плохая, ...": of the point's noun)


def _lessened_down(point: Prepared, got: Prepared, j: int, opposites: dict[str, frozenset[str]]) -> bool:
    """Is the answer's word at j said with "less" where the point says its opposite as a word of going down ("less
    strong", as "weaker" is read, for "weakened")? Less of a thing is its opposite's going down: no contradiction."""
    down = point.lang.lex.down
    return j > 0 and got.words[j - 1] == "less" and any(got.stems[j] in opposites.get(point.stems[i], ())
                                                        for i in point.content() if point.words[i] in down)


def _wordnet_opposed(point: Prepared, got: Prepared, mine: set[str], clauses: set[int]) -> bool:
    said = {got.stems[j] for j in got.content() if got.clauses[j] in clauses}
    missing = [i for i in point.content() if point.stems[i] not in said and _plain(point, i)
               and point.words[i] not in point.capitalised]
    theirs = [j for j in got.content() if got.clauses[j] in clauses and got.stems[j] not in mine and _plain(got, j)
              and not reciprocal(got, j)]
    if not missing or not theirs:
        return False  # every word of the point said as it is (the table is not even read)
    # "not relevant" / "irrelevant" agree: an opposite contradicts only when both are negated alike
    return any(antonymous(point.words[i], got.words[j]) and point.negated_at(i) == got.negated_at(j)
               for i in missing if _partners(point.words[i], OPPOSITE_POS, True) for j in theirs)
