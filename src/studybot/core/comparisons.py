"""Comparison and multiplication, rewritten to one form before words are compared (see
`phrases.rewrite_phrases`), and the two terms of a comparison (see `matching`).

Every comparative of a measured property becomes "more|less <canonical word>" ("более|менее ..."):
"denser", "heavier", "of higher density than", "the densest" are "more dense"; "lighter", "not as dense
as", "менее плотный", "легче" are "less dense" / "менее плотный". An equality is "same <word> as"
("as dense as", "the same density as", "такой же плотный, как": "одинаково"). A factor is "N times"
("twice", "2x", "twofold", "double the", "вдвое", "в два раза"), and a verb of a factor is a change by
it ("doubled": "increased 2 times", "halved": "decreased 2 times", "удвоился": "увеличился в 2 раза").
"""

from __future__ import annotations

import re
from collections.abc import Callable
from functools import lru_cache

from . import wordnet
from .bound_words import read_bounds
from .lexicon_compare import COMPARISONS, EN_COMPARED_NOUNS, EN_TIME, RU_SYNTHETIC, RU_TIME, Comparisons
from .numbers_en import words_to_digits
from .quick import any_piece
from .text import word_runs

__all__ = ["quality_scale", "rewrite_comparisons"]

_VOWELS = frozenset("aeiou")
# a price said by its verb: "cost(s) more / less" (not "the cost more than doubled": a figure's change follows)
_EN_COSTS = re.compile(r"(?<!\bthe )(?<!\bits )(?<!\btheir )(?<!\bthis )(?<!\ba )\bcost(?:s|ing)? "
                       r"(?:(?:a lot|much|far|a little|slightly|a bit) )?(more|less)\b(?! than (?:\d|increas|decreas))")


# "grow" before a comparative of quality is a verb of becoming ("grew richer", "grew more prosperous": became so), as
# "get" and "become" are; not before a noun ("grew more wheat") nor of speed ("the plants grew faster": their growth).
# So before a plain adjective that is no noun nor adverb ("the crew grew thirsty", "grew tired": became so), except one
# of size, which is the growth itself ("the town grew large"), and a particle ("grew up", "grew well")
_EN_GROWING = re.compile(r"\b(grow|grows|grew|growing|grown) ((?:more |less )?([a-z]+))\b")
_BECOME = {"grow": "become", "grows": "becomes", "grew": "became", "growing": "becoming", "grown": "become"}
_OF_SPEED = frozenset(("fast", "quick", "slow", "rapid", "swift"))
_OF_SIZE = frozenset(("big", "large", "great", "huge", "tall", "high", "long", "wide", "broad", "deep", "thick", "fat",
                      "small", "little", "short", "heavy", "vast", "enormous", "immense"))


def _became(m: re.Match[str]) -> str:
    word, graded = m.group(3), m.group(2) != m.group(3)
    if words_to_digits(word) != word or word.endswith("fold"):
        return m.group()  # a count ("grew two times", "grew tenfold"): a factor of growth, no state
    bases = wordnet.base_forms(word, "a") - {word} if not graded else wordnet.base_forms(word, "a")
    if not graded and not word.endswith("er"):
        bases = wordnet.base_forms(word, "a") & {word}  # a plain adjective: "grew thirsty"
        if bases & _OF_SIZE or wordnet.base_forms(word, "r"):
            return m.group()
    if not bases or bases & _OF_SPEED or wordnet.base_forms(word, "n"):
        return m.group()
    return f"{_BECOME[m.group(1)]} {m.group(2)}"


def _er(adj: str) -> tuple[str, str]:
    """The English comparative and superlative of a one- or two-syllable adjective."""
    if adj.endswith("e"):
        return adj + "r", adj + "st"
    if adj.endswith("y") and adj[-2] not in _VOWELS:
        return adj[:-1] + "ier", adj[:-1] + "iest"
    if len(adj) <= 4 and adj[-1] not in _VOWELS | set("wxy") and adj[-2] in _VOWELS and adj[-3] not in _VOWELS:
        return adj + adj[-1] + "er", adj + adj[-1] + "est"  # big, hot, thin
    return adj + "er", adj + "est"


def _ly(adj: str) -> str:
    return adj[:-1] + "ily" if adj.endswith("y") else adj + "ly"


def _alternation(words: object) -> str:
    return "|".join(sorted(map(re.escape, words), key=len, reverse=True))  # type: ignore[call-overload]


class _English:
    """The compiled English rewrites."""

    def __init__(self, cmp: Comparisons):
        self.cmp = cmp
        self.adjectives: dict[str, tuple[str, int]] = {}  # adjective or adverb -> (canonical, pole)
        self.synthetic: dict[str, tuple[str, int]] = {}  # "denser" -> ("dense", +1)
        self.nouns: dict[str, str] = {}
        for prop in cmp.properties:
            for words, pole in ((prop.more, 1), (prop.less, -1)):
                for adj in words:
                    self.adjectives[adj] = self.adjectives[_ly(adj)] = (prop.canon, pole)
                    if adj not in ("early", "late", "great"):  # time words below; "the greatest" is praise
                        er, est = _er(adj)
                        self.synthetic[er] = self.synthetic[est] = (prop.canon, pole)
            self.nouns.update(dict.fromkeys(prop.nouns, prop.canon))
        self.synthetic.update({"greater": ("big", 1), "elder": ("old", 1), "eldest": ("old", 1)})
        adjectives, nouns = _alternation(self.adjectives), _alternation(self.nouns)
        self.analytic = re.compile(rf"\b(more|less|most|least) ({adjectives})\b")
        self.of_noun = re.compile(rf"\b(higher|greater|larger|bigger|lower|smaller|more|less) ({nouns})\b"
                                  r"(?=[^,;.:]*\bthan\b)")
        self.forms = re.compile(rf"(?<!\bno )(?<!\bany )\b({_alternation(self.synthetic)})\b")  # "no longer": not
        self.time = re.compile(rf"\b({_alternation(EN_TIME)}) (?=than\b)")
        equal = _alternation(a for a in self.adjectives if a not in ("long", "far"))  # "as long as": "if"
        self.as_as = re.compile(rf"\bas ({equal}) as\b")
        self.same_noun = re.compile(rf"\b(?:the )?same ({nouns}) as\b")
        self.noun_compared = re.compile(rf"\b({nouns})\b(?=[^,;.:]*\b(?:than|same)\b)")  # "the density is higher than"
        compared = _alternation(EN_COMPARED_NOUNS)
        self.of_thing = re.compile(  # "the density of the alloy is greater than that of copper": "the alloy is denser"
            rf"\b(?:(?:the|its|their) )?({compared}) of ((?:(?:the|a|an) )?(?:[a-z]+ ){{0,2}}?[a-z]+) ({_BE}){_BY}"
            rf"(?:({_MORE_LESS}) than|(exceed|exceeds|exceeded)) (?:(?:the |its |their )?({compared}) of "
            r"|(?:that|those) of )?(?=[a-z])")
        self.exceeds = re.compile(  # "the alloy exceeds copper in density": "the alloy is more dense than copper"
            rf"\b(exceed|exceeds|exceeded|surpass|surpasses|surpassed|outstrip|outstrips|outstripped) "
            rf"((?:[a-z]+ ){{1,3}}?)in ({compared})\b")

    def word(self, sign: int, canon: str) -> str:
        return f"{self.cmp.more if sign > 0 else self.cmp.less} {canon}"

    def rewrite(self, text: str) -> str:
        if "grow" in text or "grew" in text:  # "the villagers grew richer": they became so, no rise of a quantity
            text = _EN_GROWING.sub(_became, text)
        if "cost" in text:  # "loans cost more" says "loans are more expensive", "it costs less" "it is cheaper"
            text = _EN_COSTS.sub(lambda m: self.word(1 if m.group(1) == "more" else -1, "expensive"), text)
        if " as " in text:
            text = self.as_as.sub(lambda m: f"{self.cmp.same} {self.adjectives[m.group(1)][0]} as", text)
        if "same " in text:
            text = self.same_noun.sub(lambda m: f"{self.cmp.same} {self.nouns[m.group(1)]} as", text)
        exceeds = "exceed" in text or "surpass" in text or "outstrip" in text
        if ("than" in text or exceeds) and not EN_COMPARED_NOUNS.keys().isdisjoint(word_runs(text)):
            text = self.of_thing.sub(_of_thing, text)  # (each match of `of_thing` and `exceeds` holds a noun)
            text = self.exceeds.sub(_exceeds, text) if exceeds and " in " in text else text
        if "than" in text:
            text = self.time.sub(lambda m: self.word(EN_TIME[m.group(1)][1], EN_TIME[m.group(1)][0]) + " ", text)
            text = self.of_noun.sub(lambda m: self.word(-1 if m.group(1) in ("lower", "smaller", "less") else 1,
                                                        self.nouns[m.group(2)]), text)
        if "than" in text or "same" in text:
            text = self.noun_compared.sub(lambda m: self.nouns[m.group(1)], text)
        if _EN_ANALYTIC_PIECES.search(text):
            text = self.analytic.sub(lambda m: self._analytic(m), text)
        if self.synthetic.keys().isdisjoint(word_runs(text)):
            return text  # (each match of `forms` is a whole run of word characters, one of `synthetic`)
        return self.forms.sub(lambda m: self.word(self.synthetic[m.group(1)][1], self.synthetic[m.group(1)][0]), text)

    def _analytic(self, m: re.Match[str]) -> str:
        canon, pole = self.adjectives[m.group(2)]
        return self.word(pole if m.group(1) in ("more", "most") else -pole, canon)


_BE = "(?:(?:is|was|are|were|be|been|being|becomes|became|become|remains|remained|stays|stayed) )?"
_BY = "((?:much|far|slightly|a little|a lot|somewhat|considerably|significantly|substantially|even|still) )?"
_MORE_LESS = "greater|higher|larger|bigger|more|lower|smaller|less"
_UP = frozenset(("greater", "higher", "larger", "bigger", "more", "exceed", "exceeds", "exceeded"))
# words that end the name of a thing ("the density of ice in winter is higher": its place or time, not the thing)
_NOT_A_THING = frozenset("in on at by for from with to and or but that which who when where while as than not no "
                         "is was are were be".split())


def _of_thing(m: re.Match[str]) -> str:
    """"the N of X is greater than (the N of | that of) Y" as "X is more N-ish than Y" (`EN_COMPARED_NOUNS`)."""
    noun, thing, be, by, how, verb, again = m.groups()
    after = m.string[m.end():].split(" ", 1)[0]
    if not _NOT_A_THING.isdisjoint(thing.split()) or EN_COMPARED_NOUNS[again or noun] != EN_COMPARED_NOUNS[noun] \
            or words_to_digits(after) != after:
        return m.group()  # (a figure after it, "greater than ten metres", is a bound: read as written)
    more, less = EN_COMPARED_NOUNS[noun]
    return f"{thing} {be or ('is ' if verb else '')}{by or ''}{more if (how or verb) in _UP else less} than "


def _exceeds(m: re.Match[str]) -> str:
    """"X exceeds Y in N" as "X is more N-ish than Y"."""
    verb, thing, noun = m.groups()
    if not _NOT_A_THING.isdisjoint(thing.split()):
        return m.group()
    be = "was" if verb.endswith("ed") else "is" if verb.endswith("s") else "are"
    return f"{be} {EN_COMPARED_NOUNS[noun][0]} than {thing.rstrip()}"


# English factors: "twice", "2x", "twofold", "two-fold", "half as X as", "N times as X as", "double the X of"
_NOT_SAID = "a|an|the|before|usual|expected|planned|normal|one|well|such|it|they|he|she|we|you|i"  # "3 times as before"
_NEXT = r"(?:and|but|so|while|because|since)\s+(?!as\b)"  # a clause that follows ("twice as high and it ...")
_EN_PARTS = {"half": 2, "third": 3, "quarter": 4, "fourth": 4, "fifth": 5, "tenth": 10}
_EN_ORDERS = {"an": 10, "one": 10, "two": 100, "three": 1000, "1": 10, "2": 100, "3": 1000}
_EN_FOLD = {"two": "2", "three": "3", "four": "4", "five": "5", "six": "6", "seven": "7", "eight": "8", "nine": "9",
            "ten": "10", "twenty": "20", "hundred": "100", "thousand": "1000"}
# each with a piece of text every match of it holds: a text without it is left as it is, unsearched
_EN_FACTORS: tuple[tuple[str, re.Pattern[str], str | Callable[[re.Match[str]], str]], ...] = (
    ("twice", re.compile(r"\btwice\b"), "2 times"), ("thrice", re.compile(r"\bthrice\b"), "3 times"),
    ("magnitude", re.compile(rf"\b(?:by )?({'|'.join(_EN_ORDERS)}) orders? of magnitude\b"),
     lambda m: f"{_EN_ORDERS[m.group(1)]} times"),  # "grew by an order of magnitude": tenfold
    ("cent", re.compile(r"\b(\d+(?:\.\d+)?)-per-?cent\b"), r"\1 percent"),  # "a 50-percent drop"
    ("factor of", re.compile(r"\bby a factor of ((?:about |around |roughly |nearly |almost |some |over )?)"
                             r"(\d+(?:\.\d+)?|[^\W\d_]+)"), r"\1\2 times"),
    ("x", re.compile(r"\b(\d+(?:\.\d+)?) ?x\b"), r"\1 times"),
    ("×", re.compile(r"\b(\d+(?:\.\d+)?) ?×|(?<![\w.])× ?(\d+(?:\.\d+)?)\b"),
     lambda m: f"{m.group(1) or m.group(2)} times"),
    ("x", re.compile(r"(?<![\w.])x(\d+(?:\.\d+)?)\b"), r"\1 times"),  # "grew x3"
    ("again", re.compile(r"\bhalf (?:again as (many|much)|as (many|much) again)\b"), "1.5 times more"),
    (" as m", re.compile(r"\b(?:a|one)[ -](third|quarter|fourth|fifth|tenth) as (?:many|much)\b"
                         r"(?:([^,;.:]*?) as\b)?"),
     lambda m: f"{_EN_PARTS[m.group(1)]} times less" + (f"{m.group(2)} than" if m.group(2) is not None else "")),
    ("fold", re.compile(r"\b(\d+(?:\.\d+)?)[- ]?fold\b"), r"\1 times"),
    ("fold", re.compile(rf"\b({'|'.join(_EN_FOLD)})[- ]?fold\b"), lambda m: f"{_EN_FOLD[m.group(1)]} times"),
    ("half as ", re.compile(r"\bhalf as (?:many|much)\b(?:([^,;.:]*?) as\b)?"),
     lambda m: "2 times less" + (f"{m.group(1)} than" if m.group(1) is not None else "")),
    (" times as ", re.compile(r"\b(\S+ times) as (?:many|much)\b(?:([^,;.:]*?) as\b)?"),
     lambda m: f"{m.group(1)} more" + (f"{m.group(2)} than" if m.group(2) is not None else "")),
    ("half as ", re.compile(r"\bhalf as ([^\W\d_]+) as\b"), r"2 times less \1 than"),
    ("half the ", re.compile(r"\bhalf the ([^\W\d_]+) of\b"), r"2 times less \1 than"),
    ("double the ", re.compile(r"\bdouble the ([^\W\d_]+) of\b"), r"2 times more \1 than"),
    (" times as ", re.compile(r"\b(\S+ times) as ([^\W\d_]+) as\b"), r"\1 more \2 than"),
    # the second term left to be understood, at the end of a clause: "twice as high", "half as deep", "half as
    # long and the cost fell" (a conjunction that opens the next clause)
    (" times as ", re.compile(rf"\b(\S+ times) as (?!{_NOT_SAID}\b)([^\W\d_]+)(?=\s*(?:[,;.:!?)]|$|{_NEXT}))"),
     r"\1 more \2"),
    ("half as ", re.compile(rf"\bhalf as (?!{_NOT_SAID}\b)([^\W\d_]+)(?=\s*(?:[,;.:!?)]|$|{_NEXT}))"),
     r"2 times less \1"),
    (" times the ", re.compile(r"\b(\S+ times) the ([^\W\d_]+) of\b"), r"\1 more \2 than"),
)
_EN_VERB_FACTOR = re.compile(r"\b(doubl|tripl|trebl|quadrupl|quintupl|halv)(e|es|ed|ing)\b")
_EN_FACTOR_OF = {"doubl": ("increas", "2"), "tripl": ("increas", "3"), "trebl": ("increas", "3"),
                 "quadrupl": ("increas", "4"), "quintupl": ("increas", "5"), "halv": ("decreas", "2")}
_EN_ANALYTIC = ("more ", "less ", "most ", "least ")  # every match of `_English.analytic` holds one of them
_EN_ANALYTIC_PIECES = any_piece(_EN_ANALYTIC)
_EN_VERBS = tuple(_EN_FACTOR_OF)  # and of `_EN_VERB_FACTOR`
_EN_ARTICLE_BEFORE = re.compile(r"\b(?:a|an|the) $")
# an answer that opens with the word and a noun after ("triple bond"), not with a verb's object ("double the dose")
_EN_NOUN_AFTER = re.compile(r" (?!(?:the|a|an|its|their|his|her|our|this|that|these|those|it|them|in|by|to|from|and"
                            r"|or|over|within|every|each|again)\b)[^\W\d_]{2,}")


def _factor_verb(m: re.Match[str]) -> str:
    if m.group(2) == "e" and m.group(1) != "halv" and (_EN_ARTICLE_BEFORE.search(m.string, 0, m.start())
                              or not m.string[:m.start()].strip() and _EN_NOUN_AFTER.match(m.string, m.end())):
        return m.group(0)  # an adjective, no change: "a triple bond", "the double helix", "triple bond" ("halve",
        # never an adjective, is the verb wherever it stands: "halve journey times")
    verb, factor = _EN_FACTOR_OF[m.group(1)]
    return f"{verb}{m.group(2)} {factor} times"


def _english_factors(text: str, down: frozenset[str]) -> str:
    if not _EN_FACTOR_PIECES.search(text) and not ("x" in text and _X_BESIDE_FIGURE.search(text)):
        return text  # none of the pieces below: nothing to rewrite
    for piece, pattern, repl in _EN_FACTORS:
        if piece in text:  # (checked on the text as the rewrites before left it)
            text = pattern.sub(repl, text)
    if any(verb in text for verb in _EN_VERBS):
        text = _EN_VERB_FACTOR.sub(_factor_verb, text)
    if "by half" in text:  # "fell by half" is halved ("rose by half" is by 50%: a share of change)
        text = re.sub(r"(?:\b([^\W\d_]+) |^)by half\b", lambda m: f"{m.group(1)} 2 times" if m.group(1) in down
                      else f"{m.group(1) or ''} by 1 in 2".lstrip(), text)
    if "by " in text:  # "by a third", "by two thirds": a share of the old value, the change (`changes`)
        text = _EN_BY_PART.sub(_by_part, text)
    if any(part in text for part in _EN_LESS_PARTS):  # "a third more": by a third
        text = _EN_PART_MORE.sub(lambda m: f"1 in {_EN_PARTS[m.group(1)]} {m.group(2)}", text)
    if "to " in text:  # "fell to a third" (or the answer "to a third") is a third of what it was ("by a third" is not)
        text = _EN_TO_PART.sub(lambda m: f"{m.group(1) or ''} {_EN_PARTS[m.group(2) or m.group(3)]} times".lstrip()
                               if m.group(1) in down or m.group(1) in (None, "cut", "cuts") else m.group(0), text)
    return text


# "fell to a third", "to one-third", "to half" (but "to third place": the article is needed there)
_EN_TO_PART = re.compile(rf"(?:\b([^\W\d_]+) |^)to (?:(?:a|one)[ -]({'|'.join(_EN_PARTS)})|(half))\b")
_EN_COUNTS = {"a": 1, "an": 1, "one": 1, "two": 2, "three": 3, "four": 4, "2": 2, "3": 3, "4": 4}
_EN_BY_PART = re.compile(rf"\bby ((?:about|around|roughly|nearly|almost|some|over|more than|less than|just over|"
                         rf"just under) )?(a|an|one|two|three|four|[234])[ -]({'|'.join(_EN_PARTS)}|halves|thirds"
                         r"|quarters|fourths|fifths|tenths)\b")
_EN_LESS_PARTS = ("third ", "quarter ", "fifth ", "tenth ")
_EN_PART_MORE = re.compile(r"\b(?:a|one)[ -](third|quarter|fifth|tenth) (more|less|fewer|higher|lower|bigger|larger"
                           r"|smaller)\b")
# an "x" as a factor has a figure beside it ("3x", "3 x", "x3"): every match of the forms of "x" holds one
_X_BESIDE_FIGURE = re.compile(r"\d ?x|x\d")
# every piece `_english_factors` looks for before it searches, but "x" (`_X_BESIDE_FIGURE`); for
# "by a third", "fell by half", "to a third" (whose pieces "by ", "to " most texts hold) the part they name
_EN_FACTOR_PIECES = any_piece((*(p for p, _, _ in _EN_FACTORS if p != "x"), *_EN_VERBS, *_EN_PARTS, "halves"))


def _by_part(m: re.Match[str]) -> str:
    count, part = _EN_COUNTS[m.group(2)], _EN_PARTS[m.group(3).removesuffix("s").replace("halve", "half")]
    return f"by {m.group(1) or ''}{count} in {part}" if count < part else m.group(0)


_RU_ANALYTIC = frozenset(("более", "менее", "наиболее", "наименее", *(f"сам{end}" for end in (
    "ый", "ая", "ое", "ые", "ого", "ой", "ому", "ым", "ых", "ую", "ыми", "ом"))))  # the first word of each `analytic`
_RU_SAME, _RU_MOST = " же", ("наибольш", "наименьш")  # held by every "такой же", "наибольший", "наименьший"


class _Russian:
    """The compiled Russian rewrites."""

    def __init__(self, cmp: Comparisons):
        self.cmp = cmp
        self.roots: list[tuple[str, str, int]] = []  # adjective root -> canonical, pole
        self.noun_roots: dict[str, str] = {}
        for prop in cmp.properties:
            self.roots += [(root, prop.canon, pole) for words, pole in ((prop.more, 1), (prop.less, -1))
                           for root in words]
            self.noun_roots.update(dict.fromkeys(prop.nouns, prop.canon))
        self.roots.sort(key=lambda r: -len(r[0]))
        roots, nouns = _alternation(r for r, _, _ in self.roots), _alternation(self.noun_roots)
        self.analytic = re.compile(rf"\b(более|менее|наиболее|наименее|сам(?:ый|ая|ое|ые|ого|ой|ому|ым|ых|ую|ыми|ом))"
                                   rf" ((?:{roots})\w*)")
        self.forms = re.compile(rf"\b({_alternation(RU_SYNTHETIC)})\b")
        self.time = re.compile(rf"\b({_alternation(RU_TIME)})\b(?= чем\b| \w+(?:а|я|ы|и|ого|его|ой|ей|ов|ев)\b)")
        how = "выше|больше|ниже|меньше"
        # and said by an adjective of degree before the noun: "имеет большую плотность, чем", "более высокой скорости"
        said = rf"{how}|больш\w+|меньш\w+|(?:более )?(?:высок|низк)\w+"
        self.of_noun = re.compile(rf"\b(?:({nouns})\w* ({how})|({said}) ({nouns})\w*)\b(?=[^,;.:]* чем\b)")
        # "плотность сплава выше, чем у меди", "плотность такая же, как": the noun said as its adjective
        self.noun_compared = re.compile(rf"\b({nouns})\w*(?=[^,;.:]* (?:(?:{how})\b[^,;.:]* чем|{cmp.same})\b)")

    def word(self, sign: int, canon: str) -> str:
        if canon == "больше":  # "больше" / "меньше" say more / less of size themselves
            return "больше" if sign > 0 else "меньше"
        return f"{self.cmp.more if sign > 0 else self.cmp.less} {canon}"

    def _root(self, word: str) -> tuple[str, int]:
        return next((canon, pole) for root, canon, pole in self.roots if word.startswith(root))

    def rewrite(self, text: str) -> str:
        text = text.replace(", чем ", " чем ")
        if "как" in text:  # "не такой плотный, как", "такой же плотный, как": one clause
            text = re.sub(r"\b((?:так\w*|столь)(?: же)? \w+), как\b", r"\1 как", text)
            text = re.sub(r"\bне (?:так\w*|столь) (\w+) как\b", r"менее \1 чем", text)
        if _RU_SAME in text:
            text = re.sub(r"\b(?:так\w*|столь) же\b", self.cmp.same, text)
        if any(word in text for word in _RU_MOST):
            text = re.sub(r"\bнаибольш\w*", "больше", re.sub(r"\bнаименьш\w*", "меньше", text))
        if " чем" in text:
            text = self.of_noun.sub(self._of_noun, text)
        if " чем" in text or self.cmp.same in text:
            text = self.noun_compared.sub(lambda m: self._noun(m.group(1)), text)
        if not RU_TIME.keys().isdisjoint(word_runs(text)):  # (each match of `time`, `analytic` and `forms`
            text = self.time.sub(lambda m: self.word(RU_TIME[m.group(1)][1], RU_TIME[m.group(1)][0]), text)
        if not _RU_ANALYTIC.isdisjoint(word_runs(text)):  # starts with a whole run of word characters)
            text = self.analytic.sub(self._analytic, text)
        if RU_SYNTHETIC.keys().isdisjoint(word_runs(text)):
            return text
        return self.forms.sub(lambda m: self.word(RU_SYNTHETIC[m.group(1)][1], RU_SYNTHETIC[m.group(1)][0]), text)

    def _analytic(self, m: re.Match[str]) -> str:
        canon, pole = self._root(m.group(2))
        return self.word(-pole if m.group(1) in ("менее", "наименее") else pole, canon)

    def _noun(self, noun: str) -> str:
        return next(c for root, c in self.noun_roots.items() if noun.startswith(root))

    def _of_noun(self, m: re.Match[str]) -> str:
        noun, how = (m.group(1), m.group(2)) if m.group(1) else (m.group(4), m.group(3))
        return self.word(-1 if how.startswith(("ниже", "меньш", "низк", "более низк")) else 1, self._noun(noun))


_RU_FACTOR_WORDS = {"вдвое": "2", "втрое": "3", "вчетверо": "4", "впятеро": "5", "вшестеро": "6", "всемеро": "7",
                    "ввосьмеро": "8", "вдевятеро": "9", "вдесятеро": "10", "вполовину": "2",
                    "двукратно": "2", "трехкратно": "3", "двукратном размере": "2", "трехкратном размере": "3"}
_RU_FACTOR = re.compile(rf"\b(?:в )?({_alternation(_RU_FACTOR_WORDS)})\b")
_RU_FACTOR_PIECES = any_piece(tuple(_RU_FACTOR_WORDS))  # (every match of `_RU_FACTOR` holds one of them)
_RU_VERB_FACTOR = re.compile(r"\b(удво|утро|учетвер|удваива|утраива|учетверя)(ил|ила|ило|или|ился|илась|илось|ились"
                             r"|ится|ятся|ит|ят|ение|ения|ению|ением|ении|ется|ются|ет|ют|лся|лась|лось|лись|л|ла|ло|ли)\b")
_RU_PARTS = {"половины": 2, "трети": 3, "четверти": 4}
_RU_FACTOR_OF = {"удво": "2", "утро": "3", "учетвер": "4", "удваива": "2", "утраива": "3", "учетверя": "4"}
_RU_VERBS = tuple(_RU_FACTOR_OF)  # every match of `_RU_VERB_FACTOR` holds one of them
_RU_VERB_PIECES = any_piece(_RU_VERBS)


def _russian_verb(m: re.Match[str]) -> str:
    end = m.group(2)
    word = f"увеличени{end[3:] or 'е'}" if end.startswith("ени") else \
        "увеличивается" if end in ("ится", "ит", "ется", "ет") else \
        "увеличиваются" if end in ("ятся", "ят", "ются", "ют") else "увеличился"
    return f"{word} в {_RU_FACTOR_OF[m.group(1)]} раза"


_RU_ORDERS = {None: 10, "два": 100, "2": 100, "три": 1000, "3": 1000}
_RU_FOLD = {"дву": "2", "двух": "2", "трех": "3", "четырех": "4", "пяти": "5", "шести": "6", "семи": "7", "восьми": "8",
            "девяти": "9", "десяти": "10", "сто": "100", "тысяче": "1000", "полутора": "1.5"}
# "двукратный рост", "в трёхкратном размере", "10-кратное увеличение": "в N раза"
_RU_FOLD_FORM = re.compile(rf"\b(?:в )?({'|'.join(sorted(_RU_FOLD, key=len, reverse=True))}|\d+(?:[.,]\d+)?-?)кратн\w*"
                           r"(?: размере)?")
# "на треть", "на две трети", "на пятую часть": a share of the old value, the change (`changes`)
_RU_BY_PART = re.compile(r"\bна (?:(треть)|(четверть)|(половину)|(?:две|2) (трети)|(?:три|3) (четверти)|(пятую) часть"
                         r"|(десятую) часть)\b")
_RU_BY_SHARE = ("1 из 3", "1 из 4", "1 из 2", "2 из 3", "3 из 4", "1 из 5", "1 из 10")


def _russian_factors(text: str, down: frozenset[str]) -> str:
    if "," in text and " раз" in text:  # (each quick test below: a piece every match holds)
        text = re.sub(r"\bв (\d+),(\d+) раз", r"в \1.\2 раз", text)  # "в 1,5 раза": one figure
    if "процентн" in text:  # "50-процентное снижение", "стопроцентный рост": a change by 50%, by 100%
        text = re.sub(r"\b(?:(\d+(?:[.,]\d+)?)-?|(сто))процентн\w*", lambda m: f"{m.group(1) or '100'}%", text)
    if "поряд" in text:  # "на порядок", "на два порядка": в 10, в 100 раз
        text = re.sub(r"\bна (?:(два|три|2|3) )?поряд(?:ок|ка)\b", lambda m: f"в {_RU_ORDERS[m.group(1)]} раз", text)
    if "кратн" in text:
        text = _RU_FOLD_FORM.sub(lambda m: f"в {_RU_FOLD.get(m.group(1), m.group(1).rstrip('-'))} раза", text)
    if _RU_FACTOR_PIECES.search(text):
        text = _RU_FACTOR.sub(lambda m: f"в {_RU_FACTOR_WORDS[m.group(1)]} раза", text)
    if "×" in text:  # "в 3 раза (×3)", "3×"
        text = re.sub(r"(\d+(?:[.,]\d+)?) ?×|(?<![\w.])× ?(\d+(?:[.,]\d+)?)\b",
                      lambda m: f"в {m.group(1) or m.group(2)} раза", text)
    if "на " in text and ("трет" in text or "четверт" in text or "половину" in text or " часть" in text):
        text = _RU_BY_PART.sub(lambda m: f"на {_RU_BY_SHARE[(m.lastindex or 1) - 1]}", text)
    if _RU_VERB_PIECES.search(text):
        text = _RU_VERB_FACTOR.sub(_russian_verb, text)
    # "сократилась до трети" (or the answer "до трети"): в 3 раза ("на треть" is not)
    if "до " in text and ("половины" in text or "трети" in text or "четверти" in text):
        text = re.sub(r"(?:\b(\w+) |^)до (половины|трети|четверти)\b", lambda m: f"{m.group(1) or ''} в "
                      f"{_RU_PARTS[m.group(2)]} раза".lstrip() if m.group(1) in down or m.group(1) is None
                      else m.group(0), text)
    if "наполовину" in text:  # "сократился наполовину" is halved ("вырос наполовину" is by half: on 50%)
        text = re.sub(r"(?:\b(\w+) |^)наполовину\b", lambda m: f"{m.group(1)} в 2 раза" if m.group(1) in down
                      else f"{m.group(1) or ''} на 1 из 2".lstrip(), text)
    return text


@lru_cache(maxsize=4)
def _compiled(code: str) -> _English | _Russian | None:
    cmp = COMPARISONS.get(code)
    if cmp is None:
        return None
    return _English(cmp) if code == "en" else _Russian(cmp)


def rewrite_comparisons(text: str, code: str, down: frozenset[str]) -> str:
    """Comparisons and factors of a normalised text in one form (see the module's docstring); `down`
    is the language's words of falling ("fell by half" is halved); a bound said another way ("over 120") as
    "more than" (`bound_words`)."""
    rules = _compiled(code)
    if rules is None:
        return text
    text = _english_factors(read_bounds(text, code), down) if code == "en" else _russian_factors(text, down)
    return rules.rewrite(text)


def quality_scale(word: str, code: str) -> tuple[str, int] | None:
    """The property an English adjective or adverb of quality measures and its way on it ("small": ("big", -1),
    "slowly": ("fast", -1)), or None (another word, another language)."""
    rules = _compiled(code)
    return rules.adjectives.get(word) if isinstance(rules, _English) else None
