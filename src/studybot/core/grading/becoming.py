"""What a thing turns into: in "the lake turns into a marsh", "the lake became a marsh", "озеро превратилось в
болото", "озеро стало болотом" the thing before the verb of becoming is what was, the thing after it what it became.
An answer that names the two the other way round ("the marsh became a lake", "болото превращается в озеро") says the
opposite change. So for a thing split into parts or parts joined into a whole, said with a verb or its noun and
"into" / "на" / "в" after it ("large grains are ground into fine dust", "дробление крупных зёрен на мелкие",
"соединение мелких зёрен в крупные"): the words before the preposition are what was, those after it what it
became. Rules of English and Russian word order, not words of a text."""

from __future__ import annotations

from ..lexicon_ru_causing import INSTRUMENTAL
from ..matching import Prepared

__all__ = ["becoming_flipped"]

# verbs of becoming, each with the word that must follow it, if any ("turned into a marsh", "превратилось в болото";
# "became a marsh", "стало болотом")
_BECOMING: dict[str, tuple[tuple[frozenset[str], str], ...]] = {
    "en": ((frozenset("become becomes became becoming".split()), ""),
           (frozenset("turn turns turned turning change changes changed changing".split()), "into")),
    "ru": ((frozenset("превратился превратилась превратилось превратились превращается превращаются превращался "
                      "превращалась превращалось превращались превратится превратятся превратить превращать "
                      "превратили превращали превращен превращена превращено превращены".split()), "в"),),
}
_RU_BECAME = frozenset("стал стала стало стали становится становятся становился становилась становилось "
                       "становились станет станут".split())
_INFINITIVE = ("ть", "ться", "ти", "чь")
_RU_INSTRUMENTAL = (*INSTRUMENTAL, "ым", "им")  # a noun's endings, and its adjective's ("активным металлом")
# verbs of splitting, joining and converting and their nouns, by their beginnings, and the prepositions of what they
# make ("split into", "ground into"; "расщепляются на", "деление на", "объединение в")
_MAKING_INTO = {
    "en": (("split", "break", "broke", "divid", "separat", "grind", "ground", "cut", "crush", "join", "combin",
            "merg", "fus", "convert", "turn", "chang", "transform", "process"), frozenset({"into"})),
    "ru": (("расщеп", "раздел", "делит", "делят", "делен", "делим", "разбив", "разби", "распад", "разлаг", "разлож",
            "дробл", "дроб", "измельч", "соедин", "объедин", "слива", "слил", "слия", "превращ", "преобраз",
            "перераб"), frozenset({"на", "в"})),
}
_MAKING_SPAN = 5  # words from the verb to its preposition  # "стали строить": they began building, no becoming


def _verb(text: Prepared) -> int:
    """Where a text's verb of becoming stands (-1: none)."""
    for j, word in enumerate(text.words):
        nxt = text.words[j + 1] if j + 1 < len(text.words) else ""
        if any(word in verbs and (not after or nxt == after) for verbs, after in _BECOMING.get(text.lang.code, ())):
            return j
        if text.lang.code == "ru" and word in _RU_BECAME and nxt and not nxt.endswith(_INFINITIVE) \
                and nxt not in text.lang.lex.stop:
            return j
    return -1


def _sides(text: Prepared, at: int) -> tuple[set[str], set[str]]:
    """The content stems of what was and of what it became: before and after the verb of becoming, in its clause;
    in Russian the instrumental of "стать" is what it became wherever it stands ("катодом становится медь" is
    "медь становится катодом"): the words in the instrumental right before the verb, none after it, say what it
    became."""
    clause = text.clauses[at]
    mine = [j for j in text.content() if text.clauses[j] == clause and j != at]
    before, after = [j for j in mine if j < at], [j for j in mine if j > at]
    if text.lang.code == "ru" and text.words[at] in _RU_BECAME and after \
            and not any(text.words[j].endswith(_RU_INSTRUMENTAL) for j in after):
        run = at  # the words in the instrumental right before the verb ("поэтому катодом становится медь")
        while run - 1 in before and text.words[run - 1].endswith(_RU_INSTRUMENTAL):
            run -= 1
        if run < at:
            before, after = [j for j in before if j < run] + after, list(range(run, at))
    return {text.stems[j] for j in before}, {text.stems[j] for j in after}


def _made_into(text: Prepared) -> int:
    """Where the preposition of what a verb of splitting, joining or converting makes stands ("into" in "split
    into", "на" in "расщепление на"), in the verb's clause and a few words after it (-1: none)."""
    beginnings, prepositions = _MAKING_INTO.get(text.lang.code, ((), frozenset()))
    for j, word in enumerate(text.words):
        if word.startswith(beginnings):
            for k in range(j + 1, min(len(text.words), j + 1 + _MAKING_SPAN)):
                if text.clauses[k] != text.clauses[j]:
                    break
                if text.words[k] in prepositions:
                    return k
    return -1


def _turned(point: Prepared, here: int, got: Prepared, there: int) -> bool:
    was, became = _sides(point, here)
    their_was, their_became = _sides(got, there)
    own_was, own_became = was - became, became - was
    if bool(own_became & their_was) and bool(own_was & their_became):
        return True
    match = point.lang.word_match  # (a form the stemmer keeps apart: "лёд" / "льда")
    return any(match(a, b) >= 0 for a in own_became for b in their_was - their_became) \
        and any(match(a, b) >= 0 for a in own_was for b in their_became - their_was)


def becoming_flipped(point: Prepared, got: Prepared) -> bool:
    """Does the answer name what the point says a thing became as what it was, and what it was as what it became
    ("the marsh became a lake" for "the lake became a marsh"; "fine dust ground into large grains" for "large
    grains ground into fine dust")?"""
    if (here := _verb(point)) >= 0 and (there := _verb(got)) >= 0 and _turned(point, here, got, there):
        return True
    return (here := _made_into(point)) >= 0 and (there := _made_into(got)) >= 0 and _turned(point, here, got, there)
