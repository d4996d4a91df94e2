"""A word said with "more" where the wording says it with "less" (issue #11): "the more dollars abroad, the more
believable their conversion" does not make "the more dollars abroad, the less believable their conversion", nor
"the tribe grew less suspicious" "the tribe grew more suspicious". A clause that says both ways, or a verb of rising
beside "less", has no one direction (`matching.directions_agree` compares none there); the degree word is read
with the word it qualifies instead, the same word (stem) on both sides. A comparison of two things named ("the
asteroid is slower than the comet") is left to its terms (`comparing`). General data: the language's words of more
and less (`lexicon_compare`, and "fewer")."""

from __future__ import annotations

import re
from functools import cache
from operator import methodcaller

from .. import wordnet
from ..language import language
from ..lexicon_compare import COMPARISONS, Comparisons
from ..lexicon_degree import AMOUNT_WORDS
from ..lexicon_roles import DETERMINERS
from ..matching import Prepared

__all__ = ["amount_turned", "degree_flipped", "degree_slipped", "verb_degree"]

# words of more and less of a count or an amount ("fewer", "больше столов", "мало часов"): "мало столов, много
# часов" turns round "много столов, мало часов"
_FEWER = {"en": {"fewer": -1}, "ru": {"больше": 1, "меньше": -1, "много": 1, "мало": -1}}
_AFTER = {"ru": _FEWER["ru"]}


def amount_turned(word: str, got: Prepared) -> bool:
    """Is `word` one of little or much of a thing ("мало", "много": `lexicon_degree.AMOUNT_WORDS`) that the answer
    says the other way somewhere ("лошадей было много" for "мало лошадей")? A point may be made without such a word
    (its thing said plainly) only where it is not."""
    sign = AMOUNT_WORDS.get(word, 0)
    return sign != 0 and any(AMOUNT_WORDS.get(w) == -sign for w in got.words)


@cache  # (read by every wording of every answer: built once per language, never changed)
def _degrees(lang: str) -> dict[str, int]:
    cmp = COMPARISONS.get(lang)
    return {} if cmp is None else {cmp.more: 1, cmp.less: -1, **_FEWER.get(lang, {})}


def _qualified(text: Prepared, degrees: dict[str, int]) -> dict[str, int]:
    """stem -> +1 / -1 of each word said right after a word of more or less (0 when said both ways)."""
    out: dict[str, int] = {}
    words, clauses = text.words, text.clauses
    for i in range(1, len(words)):
        sign = degrees.get(words[i - 1])
        if sign and words[i] not in degrees and clauses[i - 1] == clauses[i]:
            st = text.stems[i]
            out[st] = sign if out.get(st, sign) == sign else 0
        # a count's word after its noun, ending the clause ("столов больше, часов меньше")
        sign = _AFTER.get(text.lang.code, {}).get(words[i], 0)
        if sign and words[i - 1] not in degrees and clauses[i - 1] == clauses[i] \
                and (i + 1 == len(words) or clauses[i + 1] != clauses[i]):
            st = text.stems[i - 1]
            out[st] = sign if out.get(st, sign) == sign else 0
    return out


# the second half of a correlative that starts with the word of "than" ("чем больше пошлина, тем менее выгодна")
_CORRELATIVE_THEN = {"ru": "тем"}


@cache
def _property_stems(lang: str) -> frozenset[str]:
    return frozenset(language(lang).stem(prop.canon) for prop in COMPARISONS[lang].properties)


def _two_terms(text: Prepared) -> bool:
    """Does the text compare two things it names ("faster than the asteroid"; in Russian also a measured quality
    with the second thing after it, "менее быстрый кометы", as `comparing.comparison_sides` reads it, not another
    word of the clause: "быстрее и дешевле")?"""
    cmp, code = COMPARISONS[text.lang.code], text.lang.code
    if not cmp.than.isdisjoint(text.words) and _CORRELATIVE_THEN.get(code) not in text.words:
        return True
    words, content = text.words, text.content()  # (a noun after the quality, not "и" or another "более")
    return cmp.genitive and any(w in (cmp.more, cmp.less) and i + 2 < len(words) and i + 2 in content
                                and words[i + 2] not in (cmp.more, cmp.less)
                                and text.stems[i + 1] in _property_stems(code) for i, w in enumerate(words))


def _terms(text: Prepared, cmp: Comparisons) -> list[tuple[set[str], set[str]]]:
    """Each comparison of a text, clause by clause: the stems of the words its clause says before its word of more or
    less and after it (a clause that opens with the word takes the words before of the clause before: "mail by rail
    went faster and cheaper than by coach"), but those said on both sides ("mail by rail ... than mail by coach":
    "mail" names neither thing apart)."""
    out: list[tuple[set[str], set[str]]] = []
    content = set(text.content())
    before: set[str] = set()
    for clause in dict.fromkeys(text.clauses):
        places = [i for i, c in enumerate(text.clauses) if c == clause]
        first = next((i for i in places if text.words[i] in cmp.markers and text.dirs[i]), -1)
        said = [i for i in places if i in content and not text.dirs[i]]
        before = {text.stems[i] for i in said if i < first or first < 0} or before
        if first >= 0:
            after = {text.stems[i] for i in said if i > first}
            out.append((before - after, after - before))
    return out


def _terms_turned(ref: Prepared, got: Prepared) -> bool:
    """May the answer compare the wording's two things the other way round: does it name before a word of more or
    less a thing the wording names after its own, or the other way round ("by coach it was slower" for "by rail it
    was faster than by coach")? Then its words of more and less are the terms' to judge (`comparing`); else each
    quality keeps its own direction, a second term shared by two ("быстрее и дешевле конной") or not."""
    cmp = COMPARISONS[ref.lang.code]
    mine = _terms(ref, cmp)
    mine_first = set().union(*(first for first, _ in mine))
    mine_second = set().union(*(second for _, second in mine))
    return any(not (first.isdisjoint(mine_second) and second.isdisjoint(mine_first))
               for first, second in _terms(got, cmp))


def degree_flipped(ref: Prepared, got: Prepared, positions: tuple[int, ...]) -> bool:
    """Does the answer, at the words where it makes the wording, say with "less" a word the wording says with "more"
    (or the other way round), and nowhere the way the wording does?"""
    degrees = _degrees(ref.lang.code)
    if not degrees or degrees.keys().isdisjoint(got.words):
        return False
    if _less_of_plain(ref, got, positions) or _made_other_way(ref, got, positions):
        return True
    if degrees.keys().isdisjoint(ref.words):
        return False
    if (_two_terms(ref) or _two_terms(got)) and _terms_turned(ref, got):
        return False  # "the asteroid is slower than the comet" says what "the comet is faster" does (`comparing`)
    mine, theirs = _qualified(ref, degrees), _qualified(got, degrees)
    for p in positions:
        sign = theirs.get(got.stems[p])  # (0 when the answer says it both ways: "ours were lighter, theirs heavier")
        if sign and degrees.get(got.words[p - 1]) and mine.get(got.stems[p]) == -sign:
            return True
    return False


def _less_of_plain(ref: Prepared, got: Prepared, positions: tuple[int, ...]) -> bool:
    """Does the answer say with "less" a measured quality the wording says plainly, where nothing is compared ("fast
    trains": "slower trains", read "less fast trains"; "быстрые поезда": "более медленные поезда", "менее быстрые")?
    That is the opposite quality, though the words after "less" are the wording's own. So too where two things are
    compared and the wording's own thing is the first, the one said to be less so ("the cable was cheaper than the
    radio", read "less expensive", for "the cable would have cost a lot"); not where it is the second ("the radio
    was cheaper than the cable" says the cable cost more: `comparing`)."""
    cmp = COMPARISONS[ref.lang.code]
    props = _property_stems(ref.lang.code)
    plain = {ref.stems[i] for i in range(len(ref.words))
             if ref.stems[i] in props and (i == 0 or ref.words[i - 1] not in (cmp.more, cmp.less))}
    own, compared = set(ref.stems), not cmp.than.isdisjoint(got.words)
    for p in positions:
        if not (0 < p < len(got.words) and got.stems[p] in plain and got.words[p - 1] == cmp.less):
            continue
        # the second term: after "than" in the clause, or (in Russian) in the genitive right after the quality,
        # "менее быстрый кометы", a word the wording lacks
        second = next((t for t in range(p + 1, len(got.words)) if got.words[t] in cmp.than
                       and got.clauses[t] == got.clauses[p]), -1)
        if second < 0 and cmp.genitive and p + 1 < len(got.words) and got.stems[p + 1] not in own:
            second = p
        if second < 0 and not compared:
            return True
        if second >= 0 and any(q < p - 1 and got.clauses[q] == got.clauses[p] for q in positions) \
                and not any(q > second for q in positions):
            return True  # the wording's thing is the first term, said to be less so
    return False


# English verbs of making a measured quality more or less, by their endings: of its adjective or noun with "-en"
# ("widened", "deepen", "lengthens", "strengthened"), of its adjective alone ("narrowed", "slowed")
_EN_VERB_ENDINGS = ("ened", "ens", "en")
_VERB_ENDINGS = ("ed",)


@cache
def _verb_degrees() -> dict[str, tuple[str, int]]:
    """word the verb is made of -> (its quality's canonical word, +1 / -1): "wide" and "width" make it wider,
    "narrow" narrower ("light" is left out: "lighted" a lamp is no lighter one)."""
    out: dict[str, tuple[str, int]] = {}
    for prop in COMPARISONS["en"].properties:
        canon = prop.canon
        out |= {noun: (canon, 1) for noun in prop.nouns}
        out |= {word: (canon, 1) for word in prop.more} | {word: (canon, -1) for word in prop.less if word != "light"}
    return out


def verb_degree(word: str, before: str = "") -> tuple[str, int] | None:
    """The quality an English verb makes more or less ("widened": ("wide", 1); "narrowed": ("wide", -1)), if any; not
    of a gerund or a noun ("the slowing", "slowing", "a thickening": no verb of a doer), nor after a determiner
    (`before`: the word before it)."""
    if word.endswith("ing") or before in DETERMINERS["en"]:
        return None
    table = _verb_degrees()
    for endings, nouns in ((_EN_VERB_ENDINGS, True), (_VERB_ENDINGS, False)):
        for ending in endings:
            base = word[:-len(ending)]
            if not word.endswith(ending) or len(base) < 3:
                continue
            for said in (base, base + "e", base[:-1] if base[-1] == base[-2] else ""):
                found = table.get(said)
                if found and (nouns or said not in _noun_words()):
                    return found
    return None


@cache
def _noun_words() -> frozenset[str]:
    return frozenset(noun for prop in COMPARISONS["en"].properties for noun in prop.nouns)


def _made_other_way(ref: Prepared, got: Prepared, positions: tuple[int, ...]) -> bool:
    """English: does the answer say with "less" (or "more") the quality a verb of the wording makes more (or less),
    nothing compared ("made the road narrower", read "less wide", for "widened the road"; "made it deeper" for "the
    river silted the channel shallower" is the plain degree's `_less_of_plain`)? A comparative of the opposite
    adjective is the verb said the other way round."""
    cmp = COMPARISONS.get(ref.lang.code)
    if ref.lang.code != "en" or cmp is None or not cmp.than.isdisjoint(got.words):
        return False
    stem = language("en").stem
    made = {(stem(found[0]), found[1]) for i in ref.content()
            if (found := verb_degree(ref.words[i], ref.words[i - 1] if i else "")) is not None
            and (i == 0 or ref.words[i - 1] not in (cmp.more, cmp.less))}
    if not made:
        return False
    signs = {cmp.more: 1, cmp.less: -1}
    return any(0 < p < len(got.words) and (got.stems[p], -signs.get(got.words[p - 1], 0)) in made for p in positions)


_DEGREE_ENDINGS = ("er", "est")  # of an English comparative or superlative ("safer", "safest")
_GRADED_FORM = methodcaller("endswith", _DEGREE_ENDINGS)  # (mapped over a text's words: no Python frame per word)
_HYPHENED_FIRST = re.compile(r"([^\W\d_]+)-[^\W\d_]")  # the first word of a compound written with a hyphen


def _graded(word: str) -> frozenset[str]:
    """The plain adjectives a comparative or superlative is a degree of ("safer", "safest": "safe"; "better": "good"
    is not read, WordNet gives "well"); none for a word that is no such form ("number" is no degree of "numb")."""
    if not word.endswith(_DEGREE_ENDINGS):
        return frozenset()
    return wordnet.base_forms(word, "a") - {word}


def degree_slipped(ref: Prepared, got: Prepared) -> bool:
    """Does the answer say the plain adjective where the wording says its comparative or superlative, or the other
    way round ("safe" or "less safe" for "safer", "safer" for "safe"), and nowhere the wording's own form? That is
    another degree, no slip of spelling (English: WordNet's base forms)."""
    if ref.lang.code != "en" or not (any(map(_GRADED_FORM, ref.words)) or any(map(_GRADED_FORM, got.words))):
        return False  # (no word of either is a comparative or a superlative: no degree to slip)
    mine, theirs = _graded_alone(got), _graded_alone(ref)
    return any(base in mine and base not in theirs for w in theirs - mine for base in _graded(w)) or any(
        base in theirs and base not in mine for w in mine - theirs for base in _graded(w))


def _graded_alone(text: Prepared) -> set[str]:
    """The words of a text but those that begin a compound written with a hyphen ("high-ranking", "higher-ranking":
    a degree of the compound, which the learner may say either way)."""
    return set(text.words) - set(_HYPHENED_FIRST.findall(text.text))
