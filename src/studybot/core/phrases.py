"""Phrases rewritten before words are compared (see `matching.Prepared.of`): a language's
abbreviations and set phrases (its lexicon's `phrases`), and, in English, comparisons and
opposites said through a negation ("not as harsh as" -> "less harsh than", "not different"
-> "same", "no more X" -> "end of X")."""

from __future__ import annotations

import re
from collections.abc import Callable, Mapping
from typing import NamedTuple
from weakref import WeakKeyDictionary

from .alternation import longest_first
from .language import Language
from .lexicon import COMPLEMENTS
from .lexicon_degree import DEGREE_PAIRS
from .lexicon_negative import NEGATIVE_WORDS, SEPARABLE
from .lexicon_phrasal import PHRASAL_VERBS, SEPARABLE_PHRASAL
from .lexicon_ru_tutor import RUSSIAN_TUTOR
from .lexicon_tutor import ENGLISH_TUTOR
from .little_ones import small_ones
from .negation_slips import negation_slips
from .ru_gapping import read_gapped
from .text import normalise, word_runs
from .unless import read_unless

__all__ = ["NOT_ING_FORMS", "own_negatives", "rewrite_negatives", "rewrite_phrases", "side_letters"]


def _phrases(lang: Language) -> re.Pattern[str] | None:
    phrases = lang.lex.phrases
    if not phrases:
        return None
    return re.compile(r"n't\b|(?<![\w'])(" + longest_first(phrases) + r")(?:\.|(?![\w']))")  # (the longest first)


_PHRASE_PATTERNS: dict[str, re.Pattern[str] | None] = {}
_RUN = re.compile(r"\w+")


class _Starts(NamedTuple):
    """How phrases begin: a phrase is found only where the text has its words as whole words, in a row."""

    words: frozenset[str]  # phrases of one word
    firsts: frozenset[str]  # the first word of longer phrases
    pairs: frozenset[tuple[str, str]]  # and their first two words
    begins: frozenset[str]  # both: the words a phrase begins with (most texts have none: one test)

    def any_in(self, text: str) -> bool:
        """Might a phrase be in `text`?"""
        runs = word_runs(text)
        if "n't" in text:
            return True
        if self.begins.isdisjoint(runs):
            return False
        return not self.words.isdisjoint(runs) or not self.pairs.isdisjoint(zip(runs, runs[1:], strict=False))


def _starts(lang: Language, phrases: Mapping[str, str] | None = None) -> _Starts | None:
    """How the lexicon's phrases (or `phrases`) begin (None when one begins with no letter or digit)."""
    phrases = lang.lex.phrases if phrases is None else phrases
    if any(not _RUN.match(k) for k in phrases):
        return None
    runs = [_RUN.findall(k) for k in phrases]
    pairs = frozenset((r[0], r[1]) for r in runs if len(r) > 1)
    words, firsts = frozenset(r[0] for r in runs if len(r) == 1), frozenset(a for a, _ in pairs)
    return _Starts(words, firsts, pairs, words | firsts)


_STARTS: dict[str, _Starts | None] = {}
# what was refused said before the verb ("от сноса отказались", "от сноса рынка власти не отказались"): the verb put
# first, so that the negation it is read as (`lexicon_ru.PHRASES`) stands before what it denies, as in "отказались
# от сноса"; not across a clause, nor where the verb has its own "от" after it
_RU_REFUSED_FROM = re.compile(r"(?<!\w)от ((?:(?!не )[^\W\d_]+ ){0,3}(?!не(?!\w))[^\W\d_]+) "
                              r"((?:не )?отказ(?:ал(?:ся|ась|ось|ись)|ыва(?:л(?:ся|ась|ось|ись)|ется|ются|ться)|ется|"
                              r"утся|аться))(?!\w)(?! от(?!\w))")


# "round" as a preposition (British): after a word, before what is gone round; not after "to", "will", an article or
# "a"/"the" ("to round the figure", "the round of talks"), nor before a figure ("round 50" is a hedge)
_ROUND = re.compile(r"(?<=[^\W\d_]{2} )(?<!\bto )(?<!\bwill )(?<!\bthe )(?<!\ba )(?<!\ban )(?<!\bwould )"
                    r"round (?=(?:the|a|an|it|them|him|her|his|their|its|our|this|that|these|those)\b)")

# English comparisons said through a negation: "not as brutal as" is "less brutal than";
# "no more X" (not "no more than") says X has ended ("no more limit on visas": the limit was lifted)
_NOT_AS = re.compile(r"\bnot (?:as|so) ([^\W\d_]+) as\b")
_NOT_COMPLEMENT = re.compile(r"\b(?:not|never)(?: (?:the|at all|really|quite|entirely|fundamentally|essentially|"
                             r"very|so|that|exactly|much|all that))* (" + "|".join(COMPLEMENTS) + r")\b")
_MODAL = frozenset("to will would can could should shall might must may".split())
_NO_MORE = re.compile(r"\bno more\b(?! than\b)(?=\s+[^\W\d_])")
# "can't hold as much (as)" is "holds less"; "did not win as many" is "won fewer"
_NOT_AS_MUCH = re.compile(r"\b(?:cannot|can ?not|can't|could ?not|couldn't|does ?not|doesn't|do ?not|don't|did ?not|"
                          r"didn't) ([^\W\d_]+) as (much|many)\b(?: as\b)?")


# "stayed open", "remains the same" say a state as "was open", "is the same" do ("not closed" is "open")
_STAYED = re.compile(r"\b(stay|stays|stayed|staying|remain|remains|remained|remaining) (" + "|".join(COMPLEMENTS)
                     + r")\b")
_BE = {"stay": "be", "stays": "is", "stayed": "was", "staying": "being", "remain": "be", "remains": "is",
       "remained": "was", "remaining": "being"}


# "R atrium", "L ventricle": a letter alone standing for the side of the word it qualifies, read in the text as
# written (not "5 l" of water, "L-dopa", an initial: "R. Hooke", "George R Martin", nor before a function word)
_SIDE_LETTER = re.compile(r"(?<![\w.'/-])([RLrl]) ([a-z]{3,})\b(?!-)")
_SIDES = {"r": "right", "l": "left"}


def side_letters(raw: str, lang: Language) -> str:
    """English "R atrium", "L ventricle": "right atrium", "left ventricle"."""
    if lang.code != "en" or not ("R " in raw or "L " in raw or "r " in raw or "l " in raw):
        return raw

    def side(m: re.Match[str]) -> str:
        if raw[:m.start()].rstrip()[-1:].isdigit() or m.group(2) in lang.lex.stop:
            return m.group()
        return f"{_SIDES[m.group(1).lower()]} {m.group(2)}"
    return _SIDE_LETTER.sub(side, raw)


# "valveless", "colourless", "wingless": without the thing ("no valves"); not the adjectives whose "-less" says
# something else ("countless", "priceless", "relentless") nor words that only end so ("unless", "bless"), nor the
# noun "wireless", the radio (the one noun in "-less" of WordNet's frequent senses: "sent SOS by wireless")
_LESS = re.compile(r"\b([^\W\d_]{3,}?)less\b")
_NOT_WITHOUT = frozenset((
    "neverthe", "nonethe", "regard", "count", "price", "time", "rest", "relent", "reck",
    "ruth", "doubt", "match", "tire", "self", "need", "feck", "list", "gorm", "peer", "heed", "thank", "shame", "care",
    "help", "hope", "use", "worth", "point", "sense", "end", "mind", "fear", "heart", "bound", "breath", "wire"))


def _without(text: str) -> str:
    return _LESS.sub(lambda m: m.group() if m.group(1) in _NOT_WITHOUT else f"without {m.group(1)}", text)


# "used up" is exhausted, no rise
_USE_UP = re.compile(r"\b(use|uses|used|using) up\b")
_EXHAUST = {"use": "exhaust", "uses": "exhausts", "used": "exhausted", "using": "exhausting"}


def _complement(m: re.Match[str]) -> str:
    """A complement denied, said as its partner; not a verb after a modal or "to" ("could not open the gate": no
    "could closed"; "did not open the gate" stays "did closed", the opposite denied)."""
    before = m.string[:m.start()].rsplit(None, 1)[-1:]
    return m.group() if before and before[0] in _MODAL and m.group(1) != "agree" else COMPLEMENTS[m.group(1)]


def _rewrite_english(text: str) -> str:
    if " as much" in text or " as many" in text:
        text = _NOT_AS_MUCH.sub(lambda m: f"{m.group(1)} {'less' if m.group(2) == 'much' else 'fewer'}", text)
    if "not as " in text or "not so " in text:
        text = _NOT_AS.sub(r"less \1 than", text)
    if "no more " in text:
        text = _NO_MORE.sub("end of", text)
    if "not " in text or "never " in text:
        text = _NOT_COMPLEMENT.sub(_complement, text)  # "not different": the same
    return text


_GREEK = re.compile(r"(?<![α-ω])[α-ω](?![α-ω])")


# μ and ω, which are units far more often (micro, ohm), written as their names only where they stand as a word of
# their own: not after a figure ("5 μm", "10 Ω") nor inside a word of other letters ("μs", "kω"): "the μ-meson", "ω-3"
_UNIT_LETTERS = {"en": {"μ": "mu", "ω": "omega"}, "ru": {"μ": "мю", "ω": "омега"}}
_AFTER_FIGURE = re.compile(r"\d ?$")


def _lone(text: str, start: int, end: int) -> bool:
    """Does the letter at `start` stand as a word of its own, not a unit after a figure?"""
    return not (start and text[start - 1].isalpha() or end < len(text) and text[end].isalpha()
                or _AFTER_FIGURE.search(text, max(0, start - 2), start))


def spell_letters(text: str, lang: Language) -> str:
    """A Greek letter standing alone (not in a Greek word) written as its name, so that "β-particle"
    is "beta-particle" and "ΔH" is "delta h"; μ and ω only where they are no unit (`_UNIT_LETTERS`)."""
    names, units = lang.lex.letter_names, _UNIT_LETTERS.get(lang.code, {})

    def spell(m: re.Match[str]) -> str:
        start, end = m.start(), m.end()
        name = names.get(m.group()) or (units.get(m.group()) if _lone(text, start, end) else None)
        if name is None:
            return m.group()
        before = " " if start and text[start - 1].isalnum() else ""
        after = " " if end < len(text) and text[end].isalnum() else ""
        return f"{before}{name}{after}"
    return _GREEK.sub(spell, text)


# "not thick enough", "insufficiently thick", "недостаточно толстые": said as "too thin", "слишком тонкие"
_NOT_ENOUGH = {
    "en": re.compile(r"\b(?:not (?:sufficiently )?([^\W\d_]+) enough|(?:insufficiently|not sufficiently) "
                     r"([^\W\d_]+))\b"),
    "ru": re.compile(r"(?<!\w)не ?достаточно ([^\W\d_]+)"),
}
_TOO = {"en": "too", "ru": "слишком"}
_OPPOSITE_DEGREES: dict[str, dict[str, str]] = {}


def _too(text: str, lang: Language) -> str:
    """A degree said as not enough of its opposite, said as too much of it ("not thick enough": "too thin")."""
    opposite = _OPPOSITE_DEGREES.get(lang.code)
    if opposite is None:
        opposite = _OPPOSITE_DEGREES[lang.code] = {}
        for a, b in ((normalise(x), normalise(y)) for x, y in DEGREE_PAIRS.get(lang.code, ())):
            opposite.setdefault(lang.stem(a), b)
            opposite.setdefault(lang.stem(b), a)

    def too(m: re.Match[str]) -> str:
        word = next(g for g in m.groups() if g)
        other = opposite.get(lang.stem(word))
        return m.group() if other is None else f"{_TOO[lang.code]} {other}"
    return _NOT_ENOUGH[lang.code].sub(too, text)


# "не менее трёх", "no fewer than 3": a bound on a figure, no negation ("at least", "at most")
# ("не выше 5,5", "no higher than 40": a level bounded so; "не свыше", "not over"; "не меньше чем в 20 раз": a factor
# bounded so, its "чем" with it)
# a comparative of a measure denied before a figure bounds it ("не ближе 17 метров": at least 17 metres away; "no
# longer than 5 km": at most 5 km)
_RU_LESS_DENIED = ("ближе", "короче", "дешевле", "легче", "моложе", "тоньше", "слабее", "мельче")
_RU_MORE_DENIED = ("дальше", "длиннее", "дороже", "тяжелее", "старше", "толще", "сильнее", "крупнее", "глубже")
_EN_LESS_DENIED = ("closer", "nearer", "shorter", "cheaper", "lighter", "younger", "thinner", "smaller")
_EN_MORE_DENIED = ("farther", "further", "longer", "heavier", "older", "thicker", "bigger", "larger", "deeper")
_BOUNDS = {"ru": (re.compile(r"(?<!\w)не (менее|более|меньше|больше|выше|ниже|свыше|"
                             + "|".join((*_RU_LESS_DENIED, *_RU_MORE_DENIED)) + r")(?:,? чем)?(?= (?:(?:в|на) )?(?:\d|"
                             + RUSSIAN_TUTOR.cardinal + "))"),
                  {"менее": "минимум", "меньше": "минимум", "ниже": "минимум", "более": "максимум",
                   "больше": "максимум", "выше": "максимум", "свыше": "максимум",
                   **dict.fromkeys(_RU_LESS_DENIED, "минимум"), **dict.fromkeys(_RU_MORE_DENIED, "максимум")}),
           "en": (re.compile(r"\b(?:not|no) (?:(less|fewer|more|higher|lower|"
                             + "|".join((*_EN_LESS_DENIED, *_EN_MORE_DENIED)) + r") than|(above|over|below|under))"
                             r"(?= (?:\d|" + ENGLISH_TUTOR.cardinal + "))"),
                  {"less": "at minimum", "fewer": "at minimum", "lower": "at minimum", "below": "at minimum",
                   "under": "at minimum", "more": "at maximum", "higher": "at maximum", "above": "at maximum",
                   "over": "at maximum", **dict.fromkeys(_EN_LESS_DENIED, "at minimum"),
                   **dict.fromkeys(_EN_MORE_DENIED, "at maximum")})}


# a thing that does something to itself: "опыляет сам себя" is "самоопыляет" ("самоопыляется"). (English
# "itself" is as often emphatic, "the treaty itself": not read.)
_ITSELF = {"ru": re.compile(r"(?<!\w)(?:([^\W\d_]{3,}) )?(?:сам|сама|само|сами) (?:себя|себе)"
                            r"(?: ([^\W\d_]{3,}))?(?!\w)")}
_VERB_FORMS = {"ru": ("ет", "ит", "ют", "ят", "ут", "ат", "ся", "сь", "л", "ла", "ли", "ло", "ть")}
_SELF = {"ru": "само"}


def _itself(text: str, lang: Language) -> str:
    pattern = _ITSELF.get(lang.code)
    if pattern is None or "себ" not in text:
        return text
    ends, prefix = _VERB_FORMS[lang.code], _SELF[lang.code]

    def compound(m: re.Match[str]) -> str:
        before, after = m.group(1) or "", m.group(2) or ""
        if after.endswith(ends):  # "сама себя переваривает": the verb after
            return f"{before} {prefix}{after}".strip()
        if before.endswith(ends):  # "опыляет сам себя": the verb before
            return f"{prefix}{before} {after}".strip()
        return m.group()
    return pattern.sub(compound, text)


def _bounds(text: str, lang: Language) -> str:
    """A bound on a figure said through a negation, said as a bound: "не менее трёх" is "минимум трёх"."""
    found = _BOUNDS.get(lang.code)
    if found is None or ("не " not in text and "no" not in text):
        return text
    pattern, bound = found
    return pattern.sub(lambda m: bound[next(g for g in m.groups() if g)], text)


def rewrite_phrases(text: str, lang: Language, kept: frozenset[str] = frozenset()) -> str:
    """Set phrases rewritten before words are compared: abbreviations, contractions, idioms of
    negation ("stay out of"), comparisons said through a negation ("not as X as", "not thick
    enough"); Greek letters by their names. A phrase in `kept` (a name of the pack: the surname "Wood") stays."""
    if not text.isascii() and lang.lex.letter_names and _GREEK.search(text):
        text = spell_letters(text, lang)
    text = negation_slips(text, lang.code)  # "didnt", "did nto", "небыло", "нн было": the negation as typed
    if lang.code in _ITSELF or lang.code in _BOUNDS:
        text = _itself(_bounds(text, lang), lang)
    if lang.code == "en" and ("no" in text or "never" in text or "n't" in text):
        text = _rewrite_english(text)
    if lang.code == "en" and "round " in text:  # "went round the Moon": "around", the preposition as the US writes it
        text = _ROUND.sub("around ", text)
    if lang.code == "en" and "less" in text:
        text = _without(text)
    if lang.code == "en" and "little " in text:
        text = small_ones(text, lang.lex.stop)  # "little pellets", "little iron pellets": small ones
    if lang.code == "en" and " up" in text:
        text = _USE_UP.sub(lambda m: _EXHAUST[m.group(1)], text)
    if lang.code == "en" and ("stay" in text or "remain" in text):
        text = _STAYED.sub(lambda m: f"{_BE[m.group(1)]} {m.group(2)}", text)
    if lang.code == "ru" and "от " in text and "отказ" in text:  # "от сноса отказались": "отказались от сноса"
        text = _RU_REFUSED_FROM.sub(r"\2 от \1", text)
    if lang.code not in _PHRASE_PATTERNS:
        _PHRASE_PATTERNS[lang.code], _STARTS[lang.code] = _phrases(lang), _starts(lang)
    pattern, starts = _PHRASE_PATTERNS[lang.code], _STARTS[lang.code]
    if pattern is not None and (starts is None or starts.any_in(text)):
        phrases = lang.lex.phrases
        text = pattern.sub(lambda m: " not" if m.group(1) is None else m.group(0) if m.group(1) in kept
                           else phrases[m.group(1)], text)
    if lang.code in _NOT_ENOUGH and ("enough" in text or "sufficiently" in text or "достаточно" in text):
        text = _too(text, lang)
    if lang.code == "en" and "unless" in text:  # "not paid unless saved": "paid only if saved" (`unless`)
        text = read_unless(text)
    if lang.code == "ru" and " - " in text:  # "верхние открывают весной, нижние - летом" (`ru_gapping`)
        text = read_gapped(text)
    return text


# "left women out", "lead-free": the negative words written apart or joined to their object
# (each with its forms and particle: a match has both as whole runs of word characters, so a text without them
# is not searched)
_SEPARATED = [(re.compile(r"\b(?:" + "|".join(forms) + r") ((?:[^\W\d_]+ ){1," + most + "})" + particle
                          + r"\b(?! of\b)"), said, frozenset(forms), particle)
              for table, most in ((SEPARABLE, "2"), (SEPARABLE_PHRASAL, "3"))  # ("washed the river banks away")
              for forms, particle, said in table]
_FREE = re.compile(r"\b([^\W\d_]+)-free\b")
# "too shallow for the ships to reach the quay", "too weak to fight": the deed after "to" cannot be done ("too
# shallow so the ships can not reach the quay"); not after a negation ("not too weak to fight": it can)
# "kept the soil from washing away", "keeps ships from being seen": keeping a thing from doing is preventing it (not
# "kept the news from the king": no deed after "from"; a phrasal verb is read as its one verb by then: "from erode")
_KEPT_FROM = re.compile(r"\b(?:keep|keeps|kept|keeping) ((?:[^\W\d_]+ ){1,3})from (?=(?:[^\W\d_]+ing|"
                        + "|".join(sorted({verb for verb in PHRASAL_VERBS.values() if verb.isalpha()})) + r")\b)")
_KEPT_SAID = {"keep": "prevent", "keeps": "prevents", "kept": "prevented", "keeping": "preventing"}
_TOO_TO = re.compile(r"(\b(?:not|never|n't) )?\btoo ([^\W\d_]+) (?:for ((?:[^\W\d_]+ ){1,3}))?to ([^\W\d_]+)")
# "the refusal of the courts to enforce them", "the failure of the allies to agree": the doer does not do it
_FAILED_BY = re.compile(r"\b(?:refusals?|failures?|inability) of ((?:[^\W\d_]+ ){1,3})to ")
# "vitamin C deficiency", "an iron deficiency": a deficiency named after what is lacking, said before it
_DEFICIENT = re.compile(r"\b((?:[^\W\d_]+ ){1,2})deficienc(?:y|ies)\b(?! of\b)")
# a Russian infinitive ("выдать", "нести", "прорваться"; not the nouns "сеть", "путь", "память")
_RU_INFINITIVE = r"(?!(?:сеть|мать|путь|треть|память|нить)(?!\w))[^\W\d_]+(?:[аяеиоуы]ть|[аяеиоуы]ться|ти|тись)(?!\w)"
# "построить флот не удалось", "прорваться на юг Наполеону не удалось": the failed deed comes first
_RU_FAILED = re.compile(r"(?<!\w)(" + _RU_INFINITIVE + r") ((?:[^\W\d_]+ ){0,3})не (?:удалось|удастся|удавалось|"
                        r"удается)(?!\w)")
# "отказ выдать" (a refusal and what was refused to do) is "не выдать"; so is ceasing to do it ("бросил пить")
_RU_REFUSAL = re.compile(r"(?<!\w)(?:отказ(?:а|ом|е|у)?|прекратил[аио]?|прекращал[аи]?|прекращает|прекращают|"
                         r"бросил[аи]?|бросает|бросают) (?=" + _RU_INFINITIVE + ")")
# "ceased paying", "gave up smoking": no longer doing it ("stop" is left to the words of stopping: "the walls stop
# flooding" prevent it, "the town stopped paying" ceased; no form tells them apart)
# words in "-ing" that are no verb's form ("gave up everything", "went on during the war")
NOT_ING_FORMS = r"(?:thing|spring|string|king|ring|wing|evening|morning|ceiling|during|nothing|something|anything|" \
                r"everything)\b"
_EN_CEASED = re.compile(r"\b(?:cease|ceases|ceased|ceasing|quit|quits|quitting|give up|"
                        rf"gives up|gave up|giving up) (?!{NOT_ING_FORMS})([^\W\d_]{{2,}}ing)\b")
_CEASING = frozenset("cease ceases ceased ceasing quit quits quitting give gives gave giving".split())  # (first words)
# a participle after one of these and before a noun names a kind of thing ("a hidden chest", "the banned
# books"), and denies nothing of the clause
_DETERMINERS = frozenset("a an the this that these those its their his her our my your some any each every such"
                         .split())
_NEGATIVES: dict[str, tuple[re.Pattern[str], _Starts | None]] = {}
# the words an English rewrite below needs as a whole run (a separable verb's particle, a first word of ceasing,
# a word that begins a table's phrase; `_Starts`): a text with none of them, no "-free" and no "n't" is left as it is
_NEEDED: dict[str, frozenset[str] | None] = {}


def _needed(lang: Language) -> frozenset[str] | None:
    """The words of `_NEEDED` for `lang` (None: no quick test, every text is read)."""
    if lang.code not in _NEEDED:
        starts = _starts(lang, NEGATIVE_WORDS[lang.code])
        _NEEDED[lang.code] = None if lang.code != "en" or starts is None else frozenset(
            {particle for *_, particle in _SEPARATED} | _CEASING | starts.begins | {"too", "from"})
    return _NEEDED[lang.code]


def rewrite_negatives(text: str, lang: Language) -> str:
    """Words that hold a negation said as the negation of their positive partner (`lexicon_negative`):
    "they hid the leaks" -> "they not showed the leaks", "клетка лишена ядра" -> "клетка без ядра"."""
    table = NEGATIVE_WORDS.get(lang.code)
    if not table:
        return text
    needed = _needed(lang)
    if needed is not None and "-free" not in text and "n't" not in text and needed.isdisjoint(word_runs(text)):
        return text
    if lang.code == "en":
        for pattern, said, forms, particle in _SEPARATED:
            if particle in (runs := word_runs(text)) and not forms.isdisjoint(runs) and pattern.search(text):
                text = pattern.sub(_separated(said), text)
        if "-free" in text:
            text = _FREE.sub(r"without \1", text)
        if " from " in text and ("keep" in text or "kept" in text):
            text = _KEPT_FROM.sub(lambda m: f"{_KEPT_SAID[m.group(0).split()[0]]} {m.group(1)}from ", text)
        if "too " in text and " to " in text:
            text = _TOO_TO.sub(_too_to, text)
        if " of " in text and ("refusal" in text or "failure" in text or "inability" in text):
            text = _FAILED_BY.sub(r"\1not ", text)
        if "deficien" in text:
            text = _DEFICIENT.sub(lambda m: _lacked_first(m, lang), text)
        if "ing" in text and not _CEASING.isdisjoint(word_runs(text)):
            text = _EN_CEASED.sub(r"not \1", text)
    elif lang.code == "ru":
        if "не уда" in text:
            text = _RU_FAILED.sub(lambda m: f"не {m.group(1)} {m.group(2)}".rstrip(), text)
        if "отказ" in text or "прекра" in text or "брос" in text:
            text = _RU_REFUSAL.sub("не ", text)
    found = _NEGATIVES.get(lang.code)
    if found is None:
        keys = longest_first(table)  # (the longest negative word first, read as a trie)
        denied = "(?:не )?" if lang.code == "ru" else ""  # "не исключают": "включают", no "не не включают"
        found = _NEGATIVES[lang.code] = (re.compile(r"(?<![\w'-])" + denied + "(?:" + keys + r")(?![\w'-])"),
                                         _starts(lang, table))
    pattern, starts = found
    if starts is None or starts.any_in(text):
        if "-" in text and lang.code == "en":  # "a pocket-veto" is "a pocket veto" (not "non-", "self-", ...)
            text = _JOINED.sub(lambda m: m.group(1) + (" " if m.group(1) not in _BOUND else "-"), text)
        text = pattern.sub(lambda m: _negative_said(m, table, lang), text)
    return text


# a negative word joined by a hyphen to the word before it, which names what kind of it it is ("a pocket-veto", "a
# travel-ban"): read as written apart, as the wording that writes it so is; a prefix before it ("non-", "anti-")
# makes another word
_JOINED = re.compile(r"(?<![\w'-])([^\W\d_]{3,})-(?=(?:veto|vetoes|vetoed|ban|bans|banned|refusal|rejection|denial|"
                     r"lack|absence)(?![\w'-]))")
_BOUND = frozenset("non anti self semi counter post over under pre pro".split())


def _negative_said(m: re.Match[str], table: dict[str, str], lang: Language) -> str:
    """A negative word said as the negation of its partner; after "не" (Russian) the partner itself: two negations
    are none ("не исключают" is "включают", "не скрывал" is "показывал")."""
    word = m.group()
    denied = lang.code == "ru" and word.startswith("не ") and word not in table
    key = word[3:] if denied else word
    if _attributive(m, lang) or _own(key, lang) or _prevented(m, lang):
        return word
    said = table[key]
    return said[3:] if denied and said.startswith("не ") else f"не {said}".rstrip() if denied else said


def _lacked_first(m: re.Match[str], lang: Language) -> str:
    """"vitamin c deficiency" -> "no vitamin c" (the words before it that are not function words: "a", "the"; a
    letter other than "a" and "i" names a thing: "c", "d")."""
    words = m.group(1).split()
    named = [w not in lang.lex.stop or len(w) == 1 and w not in "ai" for w in words]
    k = next((i for i in range(len(words)) if all(named[i:])), len(words))
    if k == len(words):
        return m.group()
    return " ".join((*words[:k], "no", *words[k:]))


# adjectives whose "to" takes a noun ("too close to China", "too open to attack"): no infinitive after them
_TO_A_NOUN = frozenset("close near next similar equal open kind loyal hostile friendly due subject prone vulnerable "
                       "sensitive used related important dear attached opposed resistant immune".split())


def _too_to(m: re.Match[str]) -> str:
    """"too shallow for ships to reach" -> "too shallow so ships can not reach" (as it stands after a negation);
    "too close to China" is a nearness, not an infinitive."""
    if m.group(1) or (not m.group(3) and m.group(2) in _TO_A_NOUN):
        return m.group(0)
    return f"too {m.group(2)} so {m.group(3) or ''}can not {m.group(4)}"


def _separated(said: str) -> Callable[[re.Match[str]], str]:
    """The object of a separable verb after the negation it says: "left women out" -> "not include women"."""
    return lambda m: f"{said} {m.group(1).strip()}"


_OWN_NEGATIVES: WeakKeyDictionary[Language, frozenset[str]] = WeakKeyDictionary()


def own_negatives(lang: Language) -> frozenset[str]:
    """The words of the negative words (`rewrite_negatives`) that a pack's own synonym groups hold ("lack" under
    "[shortage, lack]"): where one stands, such a word is left as written (`_own`). Empty for most packs."""
    found = _OWN_NEGATIVES.get(lang)
    if found is None:
        found = _OWN_NEGATIVES[lang] = frozenset(w for key in NEGATIVE_WORDS.get(lang.code, {}) for w in key.split()
                                                 if _own(w, lang)) if lang.own_stems else frozenset()
    return found


def _own(key: str, lang: Language) -> bool:
    """Is a word of the phrase in one of the pack's own synonym groups ("[shortage, lack]")? The author
    said what it may be said as: it keeps its word."""
    return bool(lang.own_stems) and any(lang.stem(w) in lang.own_stems for w in key.split())


def _prevented(m: re.Match[str], lang: Language) -> bool:
    """Is an English negative word in -ing what a word of stopping keeps from happening ("stopped the body
    rejecting the graft", "kept them from hiding it")? It is no claim of its own: said as "not accepting" it
    would read as stopping a refusal."""
    if lang.code != "en" or not m.group().split()[0].endswith("ing"):
        return False
    before = m.string[:m.start()].split()[-4:]
    stops = {lang.stem(w) for w in lang.lex.preventers}
    return bool(before) and (before[-1] == "from" or any(lang.stem(w) in stops for w in before))


def _attributive(m: re.Match[str], lang: Language) -> bool:
    """Is an English word of one piece used before its noun, after a determiner ("the rejected plan")?"""
    if lang.code != "en" or " " in m.group():
        return False
    before, after = m.string[:m.start()].split(), m.string[m.end():].split(maxsplit=1)
    noun = after[0].strip(".,;:!?()«»\"'“”") if after else ""  # ("an unknown planet, a large moon")
    return bool(before) and before[-1] in _DETERMINERS and noun.isalpha() \
        and noun not in lang.lex.stop and noun not in lang.lex.negators
