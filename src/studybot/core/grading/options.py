"""Choice cards: which option an answer names (by letter, by its words, with slips) and which it rules out."""

from __future__ import annotations

import re
from collections.abc import Callable

from rapidfuzz import fuzz
from rapidfuzz.distance import OSA

from ..matching import Prepared, antonyms, directions_agree
from ..text import normalise
from .choice_words import after_preposition, by_share

__all__ = ["CYRILLIC_LETTERS", "LETTERS", "by_letter", "by_number", "by_yes_no", "in_order", "misspelt", "one_denial",
           "one_way", "ruled_out", "rules_out", "runs_in", "word_replaced"]

LETTERS = "abcdefghijklmnopqrstuvwxyz"
CYRILLIC_LETTERS = "абвгдежзиклмнопрстуфхцчшщэюя"


# Cyrillic letters that look like Latin ones: typed on a Russian keyboard for the a) b) c) shown
_LOOK_ALIKE = {"а": "a", "с": "c", "е": "e", "о": "o", "р": "p", "х": "x"}

def rules_out(answer: Prepared, option: Prepared) -> bool:
    """Does an answer rule an option out: it negates what the option does not say negated
    ("did not repay" against "loans to be repaid"), uses an opposite word, or gives a thing
    the other direction? An option's own "not" is not held against an answer that leaves
    that part out ("grants" for "grants that did not have to be repaid")."""
    if answer.negated() and not option.negated():
        return True
    if option.negated() and not answer.negated():
        negated_words = {option.stems[i] for i in option.content() if option.negated_at(i)}
        if not negated_words or negated_words & {answer.stems[i] for i in answer.content()}:
            return True
    return antonyms(answer, option) is not None or not directions_agree(answer, option) \
        or not directions_agree(option, answer)


def lettered_option(options: tuple[str, ...], pattern: str) -> str | None:
    """The option a pack's own letter names ("b" in a choice card's `mistakes`: the second option as listed),
    else None."""
    letter = pattern.strip().strip(".)(").strip().casefold()
    for letters in (LETTERS[:len(options)], CYRILLIC_LETTERS[:len(options)]):
        if len(letter) == 1 and letter in letters:
            return options[letters.index(letter)]
    return None


def by_letter(n: int, options: list[Prepared], got: Prepared, raw: str) -> int | None:
    """The option an answer names by its letter ("b", "B)", "option b", "(b)"; a Cyrillic "с"
    typed for the c) shown), unless the answer is an option's own words ("А–У", no "a) У"), whole or after a
    preposition, or the share an option says (`choice_words`)."""
    simple = raw.strip().strip(".)(").strip()
    if len(simple) == 1 and simple not in CYRILLIC_LETTERS[:n]:
        simple = _LOOK_ALIKE.get(simple, simple)
    for letters in (LETTERS[:n], CYRILLIC_LETTERS[:n]):
        if len(simple) == 1 and simple in letters:
            return letters.index(simple)
    same = [i for i, o in enumerate(options) if o.words == got.words]
    if len(same) == 1 and (len(got.words) >= 2 or len(got.text) >= 2):
        return same[0]  # an option's own words, whole ("Нет", "Zero")
    for said in (after_preposition, by_share):  # "in May", "в мае"; "half" for "about half", "две трети"
        if (chosen := said(options, got)) is not None:
            return chosen
    typed = _transliterated(got.words)
    latin = [i for i, o in enumerate(options) if typed is not None and o.words == typed and _in_cyrillic(o.words)]
    if len(latin) == 1 and len(got.words) >= 2:
        return latin[0]  # a Russian option typed on a Latin keyboard: "A-U" for "А–У"
    numbered = by_number(n, options, got)
    if numbered is not None:
        return numbered
    if place := _PLACE_FIRST.match(raw.strip()):  # "the first one: ...", even beside options of figures
        return int(place.group(1)) - 1 if 1 <= int(place.group(1)) <= n else None
    initialled = [i for i, o in enumerate(options) if _INITIAL.match(o.text) and _INITIAL.match(got.text)
                  and got.words[:1] == o.words[:1] and not set(got.words[1:]).isdisjoint(o.words[1:])]
    if len(initialled) == 1:
        return initialled[0]  # "C. Mendes" of an option "C. Mendes": its initial, not the letter c
    m = _LETTER_FIRST.match(raw.strip()) or _LETTER_NAMED.search(raw)
    if m:
        letter = m.group(1) or (m.group(2) if m.lastindex and m.lastindex >= 2 else None)
        for letters in (LETTERS[:n], CYRILLIC_LETTERS[:n]):
            if letter and letter in letters:
                return letters.index(letter)
    return None


# "not c", "не в": an option ruled out by its letter (the letter ends the phrase: "not a single one" is no letter)
_RULED_OUT = re.compile(r"\b(?:not|не)\s+(?:option\s+|вариант\s+)?\(?([a-zа-я])\)?(?=\s*(?:[,.;!]|$))")


def ruled_out(n: int, raw: str, pick: Callable[[str], int | None]) -> tuple[bool, int | None]:
    """(Does an answer rule options out by letter, the option it then chooses): "not c" chooses none, "not a, c"
    the one it names besides (`pick` reads what is left), "not b, not c, not d" the one left."""
    out: set[int] = set()
    for m in _RULED_OUT.finditer(raw.casefold()):
        for letters in (LETTERS[:n], CYRILLIC_LETTERS[:n]):
            if m.group(1) in letters:
                out.add(letters.index(m.group(1)))
    if not out:
        return False, None
    rest = _RULED_OUT.sub(" ", raw.casefold()).strip(" ,.;!")
    left = [i for i in range(n) if i not in out]
    chosen = pick(rest) if rest else left[0] if len(left) == 1 else None
    return True, chosen if chosen not in out else None


# "b)", "(b", "option b -", "вариант б": a letter first; "(b)", "(option b)", "option b" anywhere; the letter also
# after the words a learner frames a choice with ("the answer is b", "i think it's c", "answer: b", "ответ: б",
# "думаю, в"; "it's" reaches here as "it"), then only as the whole rest or before its own stop or dash ("i think a big
# ship" is no letter)
_FRAMED = (r"(?:(?:the\s+)?(?:right\s+|correct\s+)?answer(?:\s+is|\s*[:–—-])?|(?:i\s+)?(?:think|guess|choose|pick)"
           r"(?:\s+it(?:'?s|\s+is)?)?|i'?d\s+say|it(?:'?s|\s+is)?|(?:правильный\s+)?ответ(?:\s*[:–—-])?|"
           r"(?:я\s+)?(?:думаю|выбираю)(?:,?\s+что)?,?|наверное,?|это)\s*")
_LETTER_FIRST = re.compile(rf"^(?:{_FRAMED})?(?:option\s+|вариант\s+)?\(?([a-zа-я])(?:[).:]|\s*[-–]|\s*$)\s*")
# "the first one: Mitchell ...", "the second option - ...", "второй вариант: ...": an option by its place, an ordinal
# (a figure here: "the 1 1: ...") and a word for an option, then what it says; so said, a place is no figure, and
# options of figures do not stop it (`by_number`)
_PLACE_FIRST = re.compile(r"^(?:the\s+)?(\d)(?:st|nd|rd|th|-?[йяеу]|ой)?\s+"
                          r"(?:1|one|option|answer|statement|вариант|ответ|утверждение)\s*[:–—-]")
_INITIAL = re.compile(r"[^\W\d_]\.\s")  # an initial and its dot opening a name ("c. okonkwo"), no preposition "в"
_LETTER_NAMED = re.compile(r"\(\s*(?:option\s+)?([a-z])\s*\)|\boption\s+([a-z])\b")
_CYRILLIC = re.compile("[а-яё]")
_LATIN_WORD = re.compile("[a-z]+")
# "2", "option 2", "the second (one)", "2nd", "второй (вариант)", "вариант 2", "№ 2": the option's place
# (ordinal words arrive here as figures: "the second one" is "the 2 1")
_NUMBERED = re.compile(r"^(?:the\s+)?(?:(?:option|answer|number|no\.?|вариант|ответ|номер|№)\s*)?"
                       r"(\d)(?:st|nd|rd|th|-?[йяеу]|ой)?(?:\s+(?:1|one|option|answer|вариант|ответ))?$")
_YES_NO = frozenset(("yes", "no", "да", "нет"))


# Latin letters for Russian ones, as a learner on a Latin keyboard writes them (one letter each)
_TRANSLIT = str.maketrans("abvgdezijklmnoprstufhcy", "абвгдезийклмнопрстуфхцы")


def _in_cyrillic(words: list[str]) -> bool:
    return any(_CYRILLIC.search(w) for w in words)


def _transliterated(words: list[str]) -> list[str] | None:
    """The answer's words in Russian letters, when it is written in Latin ones only."""
    if not words or not all(_LATIN_WORD.fullmatch(w) for w in words):
        return None
    return [w.translate(_TRANSLIT) for w in words]


_LABELS = frozenset(("number", "no", "num", "nr", "номер", "n"))


def by_number(n: int, options: list[Prepared], got: Prepared) -> int | None:
    """The option an answer names by its place in the list, unless the options are themselves figures."""
    m = _NUMBERED.match(got.text.strip())
    if (labelled := _by_label(options, got)) is not None:
        return labelled
    if not m or any(o.quantities or any(w.isdigit() for w in o.words) for o in options):
        return None
    place = int(m.group(1)) - 1
    return place if 0 <= place < n else None


def _by_label(options: list[Prepared], got: Prepared) -> int | None:
    """Options told apart by a number in their words ("bar No. 6", "bar No. 21", "bar No. 9"): a bare figure, or one
    after "number", "No." or "#" ("6", "number 6"), names the one option that holds it, whatever its place."""
    if len(got.content()) > 2 or not all(o.quantities for o in options):
        return None  # (read before the answer's figures: most options hold none)
    figures = [q.value for q in got.quantities]
    if len(figures) != 1:
        return None
    if any(w not in _LABELS and not w.isdigit() for w in got.words):
        return None
    holding = [i for i, o in enumerate(options) if figures[0] in {q.value for q in o.quantities}]
    return holding[0] if len(holding) == 1 else None


def by_yes_no(options: list[Prepared], got: Prepared) -> int | None:
    """Options that all begin with yes or no: "нет, не дала" for "Нет", "yes, all of it" for "Yes, in
    full", "не дала" for "Нет" (an answer's leading yes or no, or else its negation), when one option
    alone begins so."""
    if not got.words or not all(o.words and o.words[0] in _YES_NO for o in options):
        return None
    if got.words[0] in _YES_NO:
        same = [i for i, o in enumerate(options) if o.words[0] == got.words[0]]
    else:  # "не вернула" for "Нет", "it was repaid" for "Yes": the answer's own negation says which
        same = [i for i, o in enumerate(options) if (o.words[0] in ("no", "нет")) == got.negated()]
    return same[0] if len(same) == 1 else None


def one_way(options: list[Prepared], got: Prepared, fits: list[int]) -> int | None:
    """ "it became cheaper per unit" for "It fell" beside "It first fell and then rose": an answer
    that says only which way a thing went, in words of no option, names the one option that goes
    that way alone; and a bare denial names the one option that is a denial (`one_denial`)."""
    denial = one_denial(options, got, fits)
    if denial is not None:
        return denial
    way = got.direction()
    others = [j for j in got.content() if not got.dirs[j]]
    if not way or any(options[i].find_word(got.stems[j], got.words[j], None)[0] >= 0 for i in fits for j in others):
        return None
    same = [i for i in fits if options[i].direction() == way]
    return same[0] if len(same) == 1 else None


def one_denial(options: list[Prepared], got: Prepared, fits: list[int]) -> int | None:
    """ "nothing really", "they did nothing", "ничего не сделали" for "Nothing tangible": a denial that
    no other option's words are in names the one option that is itself a denial, when the others say
    something was (and so are ruled out by it). "they sent no troops" names no option: its "troops"
    belong to another one."""
    if len(fits) != 1 or not got.negated() or sum(o.negated() for o in options) != 1 \
            or not options[fits[0]].negated():
        return None
    others = [o for i, o in enumerate(options) if i != fits[0]]
    if any(o.find_word(got.stems[j], got.words[j], None)[0] >= 0 for o in others for j in got.content()):
        return None
    return fits[0]


def shared_denial(options: list[Prepared], got: Prepared, sharing: list[int]) -> int | None:
    """A denial that shares words with one option alone of those it fits (another denial that shares no word is no
    rival: "banned"), itself a denial ("no breakthrough expected"), by a word no other option has: "не о шторме" names
    neither "предсказывать шторма не умели" nor another, where "о шторме знали" and "шторм начался ночью" say the
    storm too, and no more does the question said again ("Почему рыбаков не предупредили о шторме?")."""
    if len(sharing) != 1 or len(options) < 3 or not got.negated() or not options[k := sharing[0]].negated():
        return None
    return k if any(options[k].find_word(got.stems[j], got.words[j], None)[0] >= 0 and not any(
        o.find_word(got.stems[j], got.words[j], None)[0] >= 0 for i, o in enumerate(options) if i != k)
        for j in got.content()) else None


SPELT_CLOSE, SPELT_AHEAD = 65.0, 25.0  # similarity of a misspelt option's text, and its lead over the next


def misspelt(options: tuple[str, ...], raw: str, fits: list[int]) -> int | None:
    """The option an answer spells with slips ("sila" for "Sulla", "chief preist" for "The chief priest
    of Rome"), when its letters are clearly closer to that option than to any other, and the answer
    says nothing against it (`fits`)."""
    plain = normalise(raw)
    scores = sorted(((max(fuzz.ratio(plain, text), fuzz.ratio(plain, text.removeprefix("the "))), i)
                     for i, text in enumerate(normalise(o) for o in options)), reverse=True)
    if len(scores) < 2 or len(plain) < 4:
        return None
    (best, i), (second, _) = scores[0], scores[1]
    if best < SPELT_CLOSE or best - second < SPELT_AHEAD or i not in fits:
        return None
    theirs = re.findall(r"[^\W_]+", normalise(options[i]))
    # each word the option's own, or a slip of one that keeps its ends ("preist"): not another word ("push", "pull")
    slips = all(w in theirs or any(w[0] == t[0] and w[-1] == t[-1] and OSA.distance(w, t) <= 2 for t in theirs)
                for w in re.findall(r"[^\W_]+", plain))
    return i if slips else None


def runs_in(answer: Prepared, option: Prepared) -> bool:
    """Are the answer's words a run of the option's words, in order, nothing between, none after another preposition
    than the option's ("into the sea from the cell" is no run of "from the sea into the cell")?"""
    places = [option.find_word(answer.stems[i], answer.words[i], None)[1] for i in answer.content()]
    content = option.content()
    if any(p < 0 for p in places) or any((m := _marker(answer, i)) and (n := _marker(option, k)) and m != n
                                         for i, k in zip(answer.content(), places, strict=True)):
        return False
    ranks = [content.index(p) for p in places]
    return all(b == a + 1 for a, b in zip(ranks, ranks[1:], strict=False))


def in_order(answer: Prepared, option: Prepared) -> int:
    """Pairs of the answer's words that the option has in the same order; above them (weighed 1000 each) the answer's
    words that the option puts after the same preposition ("into the sea from the cell" says "from the cell into the
    sea", not "from the sea into the cell", whatever the order)."""
    places = [option.find_word(answer.stems[i], answer.words[i], None)[1] for i in answer.content()]
    marked = sum(1 for i, k in zip(answer.content(), places, strict=True)
                 if k >= 0 and (m := _marker(answer, i)) and m == _marker(option, k))
    places = [p for p in places if p >= 0]
    pairs = sum(1 for i in range(len(places)) for j in range(i + 1, len(places)) if places[i] < places[j])
    return 1000 * marked + pairs


_ARTICLES = frozenset("the a an".split())


def _marker(text: Prepared, i: int) -> str:
    """The function word right before a content word, an article between them skipped ("from" of "from the cell");
    "" after a content word."""
    k = i - 1
    if k >= 0 and text.words[k] in _ARTICLES:
        k -= 1
    return text.words[k] if k >= 0 and k not in text.content() and text.words[k] not in _ARTICLES else ""


def word_replaced(answer: Prepared, option: Prepared, others: list[Prepared]) -> bool:
    """Does the answer say the option with one of its words replaced by a word no option has, between the same
    neighbours ("grey foot rot" for "grey leaf rot")? Then it names another thing, not that option. Only
    in a term of a few words: in a sentence the word is most likely said otherwise ("пришлось" for "был вынужден")."""
    content = answer.content()
    if len(content) > 4 or len(option.content()) > 4:
        return False
    places = {i: option.find_word(answer.stems[i], answer.words[i], None)[1] for i in content}
    mine = option.content()
    for k, i in enumerate(content):
        if places[i] >= 0 or answer.words[i] in answer.lang.lex.clause_breaks \
                or any(o.find_word(answer.stems[i], answer.words[i], None)[0] >= 0 for o in others):
            continue  # (a conjunction is no word of a term: "slowly yet more cheaply")
        before = places[content[k - 1]] if k else None
        after = places[content[k + 1]] if k + 1 < len(content) else None
        if before is not None and after is not None and before >= 0 and after >= 0 \
                and mine.index(after) - mine.index(before) == 2:
            return True  # the option's word between the two the answer keeps is the one replaced
    return False
