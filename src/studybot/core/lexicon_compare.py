"""How English and Russian compare and multiply (general language data for `comparisons.py`).

A measured property is said in many ways: "denser", "more dense", "heavier", "of higher density",
"плотнее", "более плотный", "тяжелее"; and its opposite pole says less of it: "lighter", "less
dense", "легче", "менее плотный". Each group below names one property by a canonical word, with the
adjectives of more of it, those of less of it, and its nouns (read only where a comparison is made:
"a higher density than"). Only words any text on any subject uses; nothing of one text.
"""

from __future__ import annotations

from typing import NamedTuple

__all__ = ["AMOUNTS", "CHANGES", "COMPARISONS", "EN_COMPARED_NOUNS", "PROPERTIES", "RU_COMPARED_NOUNS",
           "SAME_OR_DIFFERENT", "Changes", "Comparisons", "Property"]


class Property(NamedTuple):
    canon: str  # the word every form is rewritten to, after "more"/"less" ("более"/"менее")
    more: tuple[str, ...]  # adjectives of more of it ("dense", "heavy")
    less: tuple[str, ...]  # adjectives of less of it ("light")
    nouns: tuple[str, ...]  # the property's nouns ("density"): "a higher density than" is "more dense than"
    rise: bool = False  # more of it is also a rise said alone: a price ("more expensive", "dearer": it rose)
    forms: tuple[str, ...] = ()  # the other words the tutor knows it by, besides its nouns (`PROPERTIES`)


class Comparisons(NamedTuple):
    """One language's comparison words (see `comparisons.rewrite_comparisons`)."""

    properties: tuple[Property, ...]
    more: str  # the word of more ("more", "более") and of less ("less", "менее")
    less: str
    than: frozenset[str]  # the second term of a comparison follows ("than", "чем")
    genitive: bool  # the second term may follow the comparative itself ("легче воды")
    same: str  # the word an equality is rewritten to ("as dense as" -> "same dense as")
    markers: frozenset[str]  # words of more or less that compare two things ("more", "higher", "больше")
    factors: frozenset[str]  # the word after a factor's figure ("2 times", "в 2 раза")


# the canonical words of size, which with a word of more or less say an amount compared as the words of more or less
# alone do ("greater", "larger" are "more big", as "more" and "higher" in number; Russian "крупнее" is "больше" itself)
AMOUNTS = {"en": frozenset(("big",)), "ru": frozenset()}


def _p(canon: str, more: str, less: str, nouns: str = "", rise: bool = False, forms: str = "") -> Property:
    return Property(canon, tuple(more.split()), tuple(less.split()), tuple(nouns.split()), rise, tuple(forms.split()))


ENGLISH_COMPARISONS = Comparisons(
    properties=(
        _p("dense", "dense heavy", "light", "density", forms="dense"),
        _p("fast", "fast quick rapid swift speedy", "slow", "speed velocity", forms="fast quick rapid swift slow"),
        _p("big", "big large great huge", "small", "size"),
        _p("hot", "hot warm", "cold cool", "temperature", forms="hot warm cold"),
        _p("old", "old early", "young new late", "age", forms="old young"),
        _p("long", "long", "short", "length"),
        _p("deep", "deep", "shallow", "depth", forms="deep shallow"),
        _p("wide", "wide broad", "narrow", "width", forms="wide broad narrow"),
        _p("thick", "thick", "thin", "thickness", forms="thick thin"),
        _p("strong", "strong powerful", "weak", "strength"),
        _p("expensive", "expensive dear costly", "cheap", rise=True),
    ),
    more="more", less="less", than=frozenset(("than",)), genitive=False, same="same",
    markers=frozenset("more less fewer higher lower".split()), factors=frozenset(("times",)),
)

# Russian adjectives by their root (any ending follows: "плотный", "плотная", "плотного"), with the
# synthetic comparatives written out in `RU_SYNTHETIC`
RUSSIAN_COMPARISONS = Comparisons(
    properties=(
        _p("плотный", "плотн тяжел", "легк", "плотност", forms="плотн"),
        _p("быстрый", "быстр скор", "медлен", "скорост", forms="быстр медленн"),
        _p("больше", "больш крупн", "маленьк небольш", "размер"),
        _p("теплый", "тепл горяч жарк", "холодн прохладн", "температур", forms="тепл горяч жарк холодн"),
        _p("старый", "стар древн ранн", "молод нов поздн", "возраст", forms="стар древн молод"),
        _p("длинный", "длинн", "коротк", "длин", forms="длинн протяженност"),
        _p("глубокий", "глубок", "мелк", "глубин", forms="глубок"),
        _p("широкий", "широк", "узк", "ширин", forms="широк узкий узкая узкое узкие узкого узкой узких узко"),
        _p("толстый", "толст", "тонк", "толщин", forms="толст тонк"),
        _p("сильный", "сильн мощн", "слаб", "сил"),
        _p("дорогой", "дорог", "дешев", rise=True),
    ),
    more="более", less="менее", than=frozenset(("чем",)), genitive=True, same="одинаково",
    markers=frozenset("более менее больше меньше выше ниже".split()), factors=frozenset(("раз", "раза")),
)

# Russian synthetic comparatives: the word, its property's canonical word, and +1 more / -1 less of it.
# ("горячее" is also "hot" the adjective, "уже" also "already", "мельче" also "smaller": left out)
RU_SYNTHETIC = {
    "плотнее": ("плотный", 1), "тяжелее": ("плотный", 1), "легче": ("плотный", -1),
    "быстрее": ("быстрый", 1), "скорее": ("быстрый", 1), "медленнее": ("быстрый", -1),
    "крупнее": ("больше", 1),
    "теплее": ("теплый", 1), "жарче": ("теплый", 1), "холоднее": ("теплый", -1), "прохладнее": ("теплый", -1),
    "старше": ("старый", 1), "древнее": ("старый", 1), "моложе": ("старый", -1), "младше": ("старый", -1),
    "новее": ("старый", -1),
    "длиннее": ("длинный", 1), "короче": ("длинный", -1), "глубже": ("глубокий", 1), "шире": ("широкий", 1),
    "толще": ("толстый", 1), "тоньше": ("толстый", -1), "сильнее": ("сильный", 1), "слабее": ("сильный", -1),
    "мощнее": ("сильный", 1), "дороже": ("дорогой", 1), "дешевле": ("дорогой", -1),
}
# Russian properties said by a noun, each noun's root with the endings of its nominative, genitive and dative (the
# cases a comparison names it in: "плотность сплава больше плотности меди", "уступает меди по плотности"), and the
# comparatives of more and of less of it that the comparison is read as ("сплав плотнее меди"; `ru_nouns_compared`).
# Left out: nouns of other senses ("сила": a force, an army; "громкость", "расстояние": no comparative of one sense)
RU_COMPARED_NOUNS: dict[str, tuple[tuple[str, ...], tuple[str, str]]] = {
    "плотност": (("ь", "и"), ("плотнее", "менее плотный")),
    "скорост": (("ь", "и"), ("быстрее", "медленнее")),
    "вес": (("", "а", "у"), ("тяжелее", "легче")),
    "масс": (("а", "ы", "е"), ("тяжелее", "легче")),
    "длин": (("а", "ы", "е"), ("длиннее", "короче")),
    "высот": (("а", "ы", "е"), ("выше", "ниже")),
    "глубин": (("а", "ы", "е"), ("глубже", "менее глубокий")),
    "ширин": (("а", "ы", "е"), ("шире", "менее широкий")),
    "толщин": (("а", "ы", "е"), ("толще", "тоньше")),
    "температур": (("а", "ы", "е"), ("теплее", "холоднее")),
    "цен": (("а", "ы", "е"), ("дороже", "дешевле")),
    "стоимост": (("ь", "и"), ("дороже", "дешевле")),
    "возраст": (("", "а", "у"), ("старше", "моложе")),
    "размер": (("", "а", "у", "ы", "ов", "ам"), ("больше", "меньше")),
    "мощност": (("ь", "и"), ("мощнее", "менее мощный")),
}
# English properties said by a noun, each with the comparatives of more and of less of it that a comparison by the noun
# is read as ("the density of the alloy is greater than that of copper": "the alloy is denser than copper";
# `comparisons`): those of `ENGLISH_COMPARISONS` ("more dense"), and weight, height and price
EN_COMPARED_NOUNS: dict[str, tuple[str, str]] = {
    **{noun: (f"more {p.canon}", f"less {p.canon}") for p in ENGLISH_COMPARISONS.properties for noun in p.nouns},
    "weight": ("heavier", "lighter"), "mass": ("heavier", "lighter"), "height": ("higher", "lower"),
    "price": ("more expensive", "cheaper"), "cost": ("more expensive", "cheaper"),
}
# said of time ("раньше" is also "formerly", "later" also "afterwards"): a comparison only where its
# second term follows ("раньше часовни", "позже, чем", "earlier than")
RU_TIME = {"раньше": ("старый", 1), "ранее": ("старый", 1), "позже": ("старый", -1), "позднее": ("старый", -1)}
EN_TIME = {"earlier": ("old", 1), "sooner": ("old", 1), "later": ("old", -1)}

COMPARISONS = {"en": ENGLISH_COMPARISONS, "ru": RUSSIAN_COMPARISONS}

# Every measured property, by language: the compared ones above and those a comparison needs no rewriting for ("higher"
# is a marker already, "heavier" a density's), each with its nouns and `forms`, the other words that say it in any part
# of speech: an adjective of either pole ("silent" / "loud"), an adverb ("глубоко"), a verb ("weighs", "весит"). The
# tutor meets a question's word of a property in part by another word of it ("how loud?": "they are silent", "как
# глубоко?": "глубина достигает 1642 м"; `tutor.properties`). English words are bases, their degrees and adverbs
# made; Russian ones roots an ending follows, or whole words where a root is another word's too ("узк", "вес").
# Left out: words of other senses ("light": a lamp's, "new", "long": of time too, "легкие": lungs, "тихий": a name).
PROPERTIES: dict[str, tuple[Property, ...]] = {
    "en": ENGLISH_COMPARISONS.properties + (
        _p("heavy", "heavy", "", "weight", forms="heavy weigh weighs weighed weighing"),
        _p("loud", "loud noisy", "quiet silent", "loudness noise", forms="loud noisy quiet silent"),
        _p("high", "high tall", "", "height altitude elevation", forms="high tall"),
        _p("far", "far distant", "near", "distance", forms="far distant"),
    ),
    "ru": RUSSIAN_COMPARISONS.properties + (
        _p("тяжелый", "тяжел", "", "", forms="тяжел вес веса весу весом весе весит весят весил весила весило весили "
           "весивший весившая весящий весящая масса массы массу массой массе"),
        _p("громкий", "громк шумн", "бесшумн беззвучн", "громкост", forms="громк шумн бесшумн беззвучн шум шума шуму "
           "шумом"),
        _p("высокий", "высок", "низк", "высот", forms="высок"),
        _p("далекий", "далек", "близк", "расстоян дальност", forms="далек далеко"),
        _p("долгий", "", "", "продолжительност длительност", forms="долгий долгая долгое долгие долгого долгой "
           "долгих долгим долгую долгими долго длительн"),
    ),
}


class Changes(NamedTuple):
    """How a language says that a percentage is a change of the old value (see `changes.read_changes`):
    "by 50%", "на 50%" say by how much; "to 300%", "до 25% от прежнего уровня" the new level in percent of
    the old; "from 40%" and a level of another thing ("30% of GDP") say neither."""

    by: frozenset[str]  # the word before a percentage of change ("by", "на")
    to: frozenset[str]  # the word before a new level ("to", "до")
    since: frozenset[str]  # the word before an old level ("from", "с")
    of: frozenset[str]  # the word after a level, before what it is of ("of", "от")
    old: tuple[str, ...]  # beginnings of words that make that the old value ("its", "former", "level", "прежн")
    approximate: frozenset[str]  # words (and pairs) between "by" and the figure that only hedge it ("about", "up to")
    down: tuple[str, ...]  # beginnings of words of cutting the lexicon's words of falling leave out ("cut", "урез")
    up: tuple[str, ...]  # and of raising ("hike")
    levels: frozenset[str]  # what a change is measured from ("to 200% of its former level"): no title ("former")
    # the old value said as a clause: "to 5% of what they had been" (the word, and the verbs of being after it)
    was: tuple[str, frozenset[str]] = ("", frozenset())
    # the verbs of being a passive is made with: "half the light was lost" says "lost half the light"
    passive: frozenset[str] = frozenset()


CHANGES = {
    "en": Changes(
        by=frozenset(("by",)), to=frozenset(("to",)), since=frozenset(("from",)), of=frozenset(("of",)),
        old=("its", "their", "his", "her", "former", "previous", "original", "initial", "earlier", "prior", "old",
             "level", "value", "peak", "size"),
        approximate=frozenset(("about", "around", "roughly", "nearly", "almost", "approximately", "some", "just",
                               "over", "under", "only", "fully", "than", "more", "less", "fewer", "up to", "at least",
                               "at most")),
        down=("cut", "slash", "trimm", "reduction", "plummet", "tumbl", "below", "lost", "loss", "lose", "losing"),
        up=("hike", "above"),
        levels=frozenset(("level", "levels", "value", "values", "peak", "size", "figure", "figures")),
        was=("what", frozenset(("was", "were", "been", "used"))),
        passive=frozenset("was were is are be been being get gets got".split())),
    "ru": Changes(
        by=frozenset(("на",)), to=frozenset(("до",)), since=frozenset(("с", "со")), of=frozenset(("от",)),
        old=("прежн", "исходн", "первоначальн", "предыдущ", "прошл", "уровн", "значени", "пик", "довоенн"),
        approximate=frozenset("почти около примерно приблизительно более менее чем свыше целых лишь всего порядка "
                              "где то не".split()),
        down=("сокращен", "снижен", "урез", "подешев"), up=("подорож",),
        levels=frozenset(("уровень", "уровня", "уровнем", "значение", "значения", "пик", "пика")),
        passive=frozenset("был была было были будет будут".split())),
}

# words that say a figure is approximate when they stand right before it ("about 4 poods", "almost 90%", "почти на
# метр"): one hedge of a figure is as good as another, and a figure said without one is the figure said
APPROXIMATORS = {
    "en": frozenset("about around roughly approximately nearly almost circa".split()),  # ("approx": approximately)
    "ru": frozenset("около примерно приблизительно почти порядка".split()),
}

# words that say two things are alike in a measure, and words that say they differ (besides a comparison's words of
# more or less, `Comparisons.markers`): a point that says the one is not made by an answer that says the other of
# the same two things ("the pressure inside was lower than outside" for "the pressure inside and outside was the same")
SAME_OR_DIFFERENT: dict[str, tuple[tuple[str, ...], tuple[str, ...]]] = {
    "en": (("same", "equal", "equally", "equalled", "equals", "identical", "alike"),
           ("different", "differ", "differed", "differs", "unequal", "unequally", "exceed", "exceeded", "exceeds")),
    "ru": (("равный", "равны", "равно", "равна", "одинаковый", "одинаково", "одинаковы", "поровну"),
           ("разный", "разными", "различаться", "различались", "отличаться", "отличалось", "отличался", "неравный",
            "неодинаковый", "превышать", "превышало", "превышал")),
}
