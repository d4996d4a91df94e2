"""Russian number words as digits: "семьдесят шесть целых сорок три сотых" -> "76.43",
"сто тринадцать с половиной миллионов" -> "113.5 миллионов", "восьмого декабря" ->
"8 декабря", "трое" -> "3". Text is normalised (lower case, "ё" as "е"). Scale words
(тысяч, миллионов) are left for the quantity reader, as in English.
"""

from __future__ import annotations

import re
from functools import lru_cache

from rapidfuzz.distance import OSA

from .alternation import longest_first
from .text import word_runs

__all__ = ["ORDINAL_FORMS", "measure_adjective_figures", "near_ru_number_word", "regnal_ordinals", "ru_ordinal_figures",
           "ru_words_to_digits"]


_HARD_ENDINGS = ("ый", "ой", "ого", "ому", "ым", "ом", "ая", "ую", "ое", "ые", "ых", "ыми")
_SOFT_ENDINGS = ("ий", "ьего", "ьему", "ьим", "ьем", "ья", "ьей", "ью", "ье", "ьи", "ьих", "ьими")
_FRACTION_PARTS = frozenset("десятых десятая десятую сотых сотая сотую тысячных".split())  # "три десятых"
ORDINAL_FORMS: set[str] = set()  # every case and gender of an ordinal ("первую", "Вторым", "третьей")


def _forms(table: dict[str, int]) -> dict[str, int]:
    """Every listed form, and for an ordinal (listed in -ого or -ьего) every case and gender of it
    ("в тринадцатом году", "Екатериной Второй", "первую линию", "третьей")."""
    out = {form: value for forms, value in table.items() for form in forms.split()}
    for form, value in list(out.items()):
        if form.endswith("ьего"):
            endings, stem = _SOFT_ENDINGS, form[:-4]
        elif form.endswith("ого") and form != "одного":
            endings, stem = _HARD_ENDINGS, form[:-3]
        else:
            continue
        for ending in endings:
            if stem + ending not in _FRACTION_PARTS:
                out.setdefault(stem + ending, value)
                ORDINAL_FORMS.add(stem + ending)
    return out


_UNITS = _forms({
    "ноль нуля": 0, "один одна одно одного одной одному одним одну первый первого первое первая первом первой": 1,
    "два две двух двум двумя второй второго второе вторая втором": 2,
    "три трех трем тремя третий третьего третье третья третьем": 3,
    "четыре четырех четырем четырьмя четвертый четвертого четвертое четвертом": 4,
    "пять пяти пятью пятый пятого пятое пятом": 5, "шесть шести шестью шестой шестого шестое шестом": 6,
    "семь семи семью седьмой седьмого седьмое седьмом": 7,
    "восемь восьми восемью восьмой восьмого восьмое восьмом": 8,
    "девять девяти девятью девятый девятого девятое девятом": 9,
    "десять десяти десятью десятый десятого десятое десятом": 10,
    "одиннадцать одиннадцати одиннадцатый одиннадцатого": 11, "двенадцать двенадцати двенадцатый двенадцатого": 12,
    "тринадцать тринадцати тринадцатый тринадцатого": 13, "четырнадцать четырнадцати четырнадцатого": 14,
    "пятнадцать пятнадцати пятнадцатого": 15, "шестнадцать шестнадцати шестнадцатого": 16,
    "семнадцать семнадцати семнадцатого": 17, "восемнадцать восемнадцати восемнадцатого": 18,
    "девятнадцать девятнадцати девятнадцатого": 19,
    "четырнадцатый": 14, "пятнадцатый": 15, "шестнадцатый": 16, "семнадцатый": 17, "восемнадцатый": 18,
    "девятнадцатый": 19,
    "двое двоих": 2, "трое троих": 3, "четверо четверых": 4, "пятеро пятерых": 5, "шестеро шестерых": 6,
    "семеро семерых": 7, "восьмеро восьмерых": 8, "девятеро девятерых": 9, "десятеро десятерых": 10,
})
_TENS = _forms({
    "двадцать двадцати двадцатый двадцатого": 20, "тридцать тридцати тридцатый тридцатого": 30,
    "сорок сорока": 40, "пятьдесят пятидесяти пятьюдесятью": 50, "шестьдесят шестидесяти шестьюдесятью": 60,
    "семьдесят семидесяти семьюдесятью": 70, "восемьдесят восьмидесяти восемьюдесятью": 80, "девяносто девяноста": 90,
    "сороковой сорокового": 40, "пятидесятый пятидесятого": 50, "шестидесятый шестидесятого": 60,
    "семидесятый семидесятого": 70, "восьмидесятый восьмидесятого": 80, "девяностый девяностого": 90,
})
_HUNDREDS = _forms({
    "сто ста": 100, "двести двухсот": 200, "триста трехсот": 300, "четыреста четырехсот": 400,
    "пятьсот пятисот": 500, "шестьсот шестисот": 600, "семьсот семисот": 700, "восемьсот восьмисот": 800,
    "девятьсот девятисот": 900,
    # the dative, instrumental and prepositional ("в пятистах метрах", "двумястами", "к трёмстам")
    **{f"{d} {i} {p}": v for d, i, p, v in (
        ("двумстам", "двумястами", "двухстах", 200), ("тремстам", "тремястами", "трехстах", 300),
        ("четыремстам", "четырьмястами", "четырехстах", 400), ("пятистам", "пятьюстами", "пятистах", 500),
        ("шестистам", "шестьюстами", "шестистах", 600), ("семистам", "семьюстами", "семистах", 700),
        ("восьмистам", "восемьюстами", "восьмистах", 800), ("девятистам", "девятьюстами", "девятистах", 900))},
    "сотый сотого": 100, "двухсотый двухсотого": 200, "трехсотый трехсотого": 300,
    "четырехсотый четырехсотого": 400, "пятисотый пятисотого": 500, "шестисотый шестисотого": 600,
    "семисотый семисотого": 700, "восьмисотый восьмисотого": 800, "девятисотый девятисотого": 900,
    "тысячный тысячного": 1000,
})
_THOUSAND = frozenset("тысяча тысячи тысяч тысячу тысячам тысячами тысячах".split())  # ("в 4 тысячах точек")
_ONE_THOUSAND = frozenset(("тысяча", "тысячу"))  # the singular said alone is one thousand
# a scale said alone in the genitive singular after a word that governs it is one of it: "около миллиона", "из
# миллиона", "свыше тысячи" (the plural, "миллионы людей", "тысячи лет", counts none)
_ONE_SCALE_AFTER = re.compile(r"\b(около|из|до|от|свыше|более|менее|больше|меньше|порядка|с) "
                              r"(тысячи|миллиона|миллиарда)\b")
_SPOKEN_THOUSAND = re.compile(r"\bтыщ(?:а|и|у|ей|ами|ах)?\b")
_PLACES = {"десят": 1, "сот": 2, "тысячн": 3}
_PARTS = {"десятых": 1, "десятая": 1, "десятую": 1, "сотых": 2, "сотая": 2, "сотую": 2, "тысячных": 3}
_NUMBER_WORDS = {**_UNITS, **_TENS, **_HUNDREDS}
_NUMBER_ALTERNATION = longest_first(_NUMBER_WORDS)  # the longest first (whole words: one matches at a place)
_RUN = re.compile(r"(?:\b(?:" + longest_first((*_NUMBER_WORDS, *_THOUSAND)) + r")\b\s*)+")
_RUN_WORDS = frozenset((*_NUMBER_WORDS, *_THOUSAND))  # every match of `_RUN` begins with one as a whole run of `\w`
# two number words joined by a hyphen, the smaller first, are a range ("четыре-пять месяцев", "три-четыре года"), as
# "4-5" is: read spaced as "4 - 5", not as a figure and a negative one ("двадцать-пять" is left: one number, 25)
_HYPHENED_RANGE = re.compile(rf"\b({_NUMBER_ALTERNATION})-({_NUMBER_ALTERNATION})\b")
# a piece of every number word ("седьм" of "седьмую", "сот" of "сотый", "нул" of "нуля"): a text with none is left
_HINTS = ("дцат", "сят", "сто", "ст", "дв", "тр", "втор", "чет", "пят", "шест", "сем", "седьм", "вос", "девят", "один",
          "одн", "перв", "нол", "нул", "сот", "тысяч", "десят", "сорок")
_DECIMAL = re.compile(r"\b(\d+)\s+(?:(?:целых|целая|целой)(?:\s+и)?|и)\s+(\d+)\s+"
                      r"(десятых|десятая|десятую|сотых|сотая|сотую|тысячных)\b")
# a fraction of a unit ("одна десятая грамма", "три сотых секунды"): a figure; a bare fraction ("девять десятых") is a
# share, which `shares` reads as a percentage
_UNIT_FRACTION = re.compile(r"\b([1-9]|одн[ау])\s+(десят|сот|тысячн)(?:ая|ую|ых)\s+(?=(?:кило|милли|санти|микро)?"
                            r"(?:грамм|метр|литр|тонн|секунд|минут|градус|процент|вольт|ватт|ампер|джоул|калори)\w*\b)")
_HALF = re.compile(r"\b(\d+)\s+с\s+половиной\b")
_QUARTER = re.compile(r"\b(\d+)\s+с\s+четвертью\b")  # "два с четвертью миллиарда": 2.25 миллиарда
# "3 миллиона 600000" (of "три миллиона шестьсот тысяч"): the scale's count and what follows it are one number
_SCALED = re.compile(r"\b(\d+) (миллион(?:а|ов)?|миллиард(?:а|ов)?) (\d+)\b(?!\.\d| (?:тысяч|миллион|миллиард))")
_SCALES = {"миллион": 10 ** 6, "миллиард": 10 ** 9}
# "миллион семьсот тысяч": a scale said alone is one of it, and what follows it goes on the same number
_LONE_SCALE = re.compile(r"(?<![\d.,] )(?<![\d.,])\b(миллион|миллиард) (?=\d+\b(?!\.\d))")
# and with no figure after it, one of it too, as "тысяча" is: "миллиард пудов", "собрали миллиард" (1 миллиард)
_ONE_SCALE = re.compile(r"(?<![\d.,] )(?<![\d.,])\b(миллион|миллиард)\b(?! ?\d)")
_QUARTERS = frozenset(("четвертью", "четверти", "четвертей", "трети", "третей"))  # nouns of a share, no ordinals


def _scaled(match: re.Match[str]) -> str:
    scale = _SCALES[match.group(2).rstrip("аов")]
    rest = int(match.group(3))
    return f"{int(match.group(1)) * scale + rest}" if 0 < rest < scale else match.group(0)


def _value(words: list[str]) -> int | None:
    total, current = 0, 0
    for word in words:
        if word in _THOUSAND:
            total += max(current, 1) * 1000
            current = 0
        elif word in _NUMBER_WORDS:
            current += _NUMBER_WORDS[word]
        else:
            return None
    return total + current


def _numbers(words: list[str]) -> list[list[str]]:
    """Number words said one after another as several numbers: a unit or a teen after a unit or a teen
    starts a new one ("без пяти шесть": 5 and 6; "двадцать пять" and "пять тысяч" are one), so does a ten or a teen
    after a ten ("без двадцати двенадцать": 20 and 12), and a zero beside another ("шесть ноль", a score, is 6
    and 0)."""
    parts: list[list[str]] = [[]]
    for word in words:
        before = parts[-1][-1] if parts[-1] else None
        if before is not None and (_UNITS.get(word) == 0 or _UNITS.get(before) == 0
                                   or (0 < _UNITS.get(word, 0) < 20 and 0 < _UNITS.get(before, 0) < 20)
                                   or (before in _TENS and (word in _TENS or 10 <= _UNITS.get(word, 0) < 20))):
            parts.append([])
        parts[-1].append(word)
    return parts


_LONG_NUMBER_WORDS: dict[str, list[str]] = {}
for _word in _NUMBER_WORDS:
    if len(_word) >= 7:
        _LONG_NUMBER_WORDS.setdefault(_word[:2], []).append(_word)
# a word `_number_word` may change: seven letters or more, beginning as a long number word does (its first two
# letters); every other word of seven letters it leaves as it is, so the text is not searched for them
_CANDIDATE = re.compile(r"\b(?=" + "|".join(sorted(_LONG_NUMBER_WORDS)) + r")[а-я]{7,}\b")


def _fix_typos(text: str) -> str:
    """Long number words with one slip ("одинадцать", "четырнацать") as written right."""
    if not _CANDIDATE.search(text):
        return text
    return _CANDIDATE.sub(lambda m: _number_word(m.group(0)), text)


@lru_cache(maxsize=8192)
def _number_word(word: str) -> str:
    if word in _NUMBER_WORDS or word in _PARTS or word in _THOUSAND or word in _QUARTERS:
        return word  # ("с четвертью" is a quarter more, no slip of "четвертую": `_QUARTER`; "трёх четвертей" a share)
    for known in _LONG_NUMBER_WORDS.get(word[:2], ()):
        if abs(len(known) - len(word)) <= 1 and OSA.distance(known, word, score_cutoff=1) <= 1:
            return known
    return word


def near_ru_number_word(word: str) -> str | None:
    """The number word that `word` (four letters or more) is one slip from ("шест", "восем"), if any."""
    if len(word) < 4 or word in _NUMBER_WORDS:
        return None
    for known in _NUMBER_WORDS:
        if len(known) >= 4 and abs(len(known) - len(word)) <= 1 and OSA.distance(known, word, score_cutoff=1) <= 1:
            return known
    return None


# "1-й", "19-м", "2-я": an ordinal; but "1810-е", "в 1810-х" (a year's figure with a plural ending) are a decade
_SUFFIXED = re.compile(r"\b(\d+)-(?:й|я|го|му|м|ми|ю|ой|ый|ий|ая|ое|ым|ом|ую|ого|ому|ыми|ей|ья|ье|ьи|"
                       r"(?<!\d{3}-)(?:е|х|ые|ых))\b")
_CENTURY = re.compile(r"\b(\d+)\s+(?:в|(в)в)\.(?!\w)")
def ru_ordinal_figures(text: str) -> frozenset[str]:
    """The figures a normalised text writes as ordinals ("1-й", "второй", "двадцать первого"), as digits."""
    found = {m.group(1) for m in _SUFFIXED.finditer(text)}
    for m in _RUN.finditer(text):
        words = m.group(0).split()
        if words[-1] in ORDINAL_FORMS and (value := _value(words)) is not None:
            found.add(str(value))
    return frozenset(found)


_CAPITALISED_PAIR = re.compile(r"\b([А-ЯЁ][а-яё]+)(\s+)([А-ЯЁ][а-яё]+)\b")


def regnal_ordinals(raw: str, stop: frozenset[str]) -> str:
    """An ordinal written with a capital after a name is the name's number, a figure ("Всеволод Первый",
    "при Екатерине Второй" -> "Всеволод 1", "Екатерине 2"), in text as written; not after a function word
    ("Когда Первый съезд...")."""
    def repl(m: re.Match[str]) -> str:
        ordinal = m.group(3).lower().replace("ё", "е")
        if ordinal not in ORDINAL_FORMS or m.group(1).lower() in stop:
            return m.group(0)
        return f"{m.group(1)}{m.group(2)}{_NUMBER_WORDS[ordinal]}"
    return _CAPITALISED_PAIR.sub(repl, raw) if _CAPITALISED_PAIR.search(raw) else raw


_ONE_AND_A_HALF = re.compile(r"\bпол(?:тор[аы]|утора)\b")  # ("около полутора тысяч": the oblique cases)


_UNITS_OF_TIME = ("час часа часов минуту минута минуты минут секунду секунда секунды секунд день дня дней сутки суток "
                  "неделю неделя недели недель месяц месяца месяцев год года лет век века веков").split()
# (half of a measure, "пол-литра", is read with its unit: `unit_parts`; of money here: "полрубля", "полдоллара")
_HALF_UNIT = re.compile(r"\bпол(?:-| )?(часа|минуты|секунды|дня|суток|недели|месяца|года|века|рубля|доллара)\b")
# half of a scale ("полтысячи", "пол миллиона", "до полумиллиона"), and "полтораста" (150, "полутораста" in its
# other cases)
_HALF_SCALE = re.compile(r"\bпол(?:у|-| )?(тысяч|миллион|миллиард)(?:и|е|у|ей|ью|а|ом)?\b")
_ONE_FIFTY = re.compile(r"\bпол(?:тораста|утораста)\b")
# a quarter of a scale, or three ("четверть миллиона", "три четверти тысячи")
_QUARTER_SCALE = re.compile(r"\b(?:(три|3)\s+)?четверт[ьи]\s+(тысячи|миллиона|миллиарда)\b")
_UNIT_WITH_HALF = re.compile(r"(?:\b(\d+(?:\.\d+)?)\s+)?\b(" + "|".join(_UNITS_OF_TIME) + r")\s+с\s+половиной\b")


def _unit_and_a_half(text: str) -> str:
    """ "час с половиной" -> "1.5 час", "два года с половиной" -> "2.5 года": a half more of the unit."""
    if "половин" not in text:
        return text
    return _UNIT_WITH_HALF.sub(lambda m: f"{float(m.group(1) or 1) + 0.5:g} {m.group(2)}", text)


# "ни одного", "ни одной партии": none, the figure 0 ("не один" is several: left as 1); "ни разу" is 0 times
_NOT_ONE = re.compile(r"\bни\s+(?:одн(?:ого|ой|у|а|о|им|ими|их)|один|единого|единой|единую|единый|единым)\b")
_NOT_ONCE = re.compile(r"\bни\s+разу\b")


# spans of years said by their nouns: "через десятилетие" is 10 years, "два десятилетия" 20, "полстолетия" 50; not
# after a figure of one ("первое десятилетие века", read "1 десятилетие": a period, not a span)
_SPAN_YEARS = {"десятилети": 10, "столети": 100}
_SPANS = re.compile(r"\b(\d+(?:\.\d+)?) (десятилети|столети)(?:я|й)\b")
_LONE_SPAN = re.compile(r"(?<![\d.] )(?<![\d.])\b(десятилети|столети)(?:е|ем)\b")
_HALF_CENTURY = re.compile(r"\bпол(?:-| )?столетия\b")


def _spans_of_years(text: str) -> str:
    text = _HALF_CENTURY.sub("50 лет", text)
    text = _SPANS.sub(lambda m: f"{float(m.group(1)) * _SPAN_YEARS[m.group(2)]:g} лет" if float(m.group(1)) > 1
                      else m.group(0), text)
    return _LONE_SPAN.sub(lambda m: f"{_SPAN_YEARS[m.group(1)]} лет", text)


# "увеличился на единицу", "на единицу больше": by one; "на единицу массы" is per unit of a thing
_BY_ONE = re.compile(r"\bна\s+единицу\b(?=\s*(?:$|[^\w\s]|(?:больше|меньше|выше|ниже|и|а|но|или|с|до|от)\b))")


# a number inside an adjective of a measure ("девятибалльное", "двухэтажный", "пятилетний"): its figure, hyphened as
# "9-балльное" is; the number in the genitive, as such adjectives begin (ё read as е): `measure_adjective_figures`
_GENITIVES = {"одно": 1, "двух": 2, "трех": 3, "четырех": 4, "пяти": 5, "шести": 6, "семи": 7, "восьми": 8,
              "девяти": 9, "десяти": 10, "одиннадцати": 11, "двенадцати": 12, "тринадцати": 13, "четырнадцати": 14,
              "пятнадцати": 15, "шестнадцати": 16, "семнадцати": 17, "восемнадцати": 18, "девятнадцати": 19,
              "двадцати": 20, "тридцати": 30, "сорока": 40, "пятидесяти": 50, "шестидесяти": 60, "семидесяти": 70,
              "восьмидесяти": 80, "девяноста": 90, "сто": 100}
_MEASURE_ROOTS = ("балльн", "летн", "этажн", "дневн", "недельн", "месячн", "часов", "минутн", "секундн", "метров",
                  "километров", "тонн", "градусн", "кратн", "процентн")
_COMPOUND = re.compile(r"\b(" + "|".join(sorted(_GENITIVES, key=len, reverse=True)) + r")("
                       + "|".join(_MEASURE_ROOTS) + r")(?=[а-я]{1,4}\b)")


def measure_adjective_figures(text: str) -> str:
    """A normalised Russian answer with each number inside an adjective of a measure written as its figure
    ("девятибалльное" -> "9-балльное"): read where a figure is asked and none is given, never in running text, where
    such words name things ("Семилетняя война")."""
    if not any(root in text for root in _MEASURE_ROOTS):
        return text
    return _COMPOUND.sub(lambda m: f"{_GENITIVES[m.group(1)]}-{m.group(2)}", text)


@lru_cache(maxsize=4096)
def ru_words_to_digits(text: str) -> str:
    """Replace runs of Russian number words (cardinal, ordinal, collective) with digits,
    and read decimals ("N целых M сотых", "N и M десятых") and "с половиной"."""
    text = _fix_typos(text)
    if "ни " in text:
        text = _NOT_ONCE.sub("0 раз", _NOT_ONE.sub("0", text))
    if "единиц" in text:
        text = _BY_ONE.sub("на 1", text)
    if "тыщ" in text:  # spoken "тыща", "600 тыщ": thousand
        text = _SPOKEN_THOUSAND.sub("тысяч", text)
    if "-" in text or " в" in text:  # "1-й", "в 19-м веке", "XIX в.", "XVI-XVII вв."
        text = _SUFFIXED.sub(r"\1", text)
        text = _CENTURY.sub(lambda m: f"{m.group(1)} {'века' if m.group(2) else 'век'}", text)
    if "полтор" in text or "полутор" in text:
        text = _ONE_AND_A_HALF.sub("1.5", text)  # "полтора года", "полторы тысячи" is read as 1.5 тысячи
    if "тысячи" in text or "миллиона" in text or "миллиарда" in text:
        text = _ONE_SCALE_AFTER.sub(r"\1 1 \2", text)
    if "пол" in text:
        text = _HALF_UNIT.sub(r"0.5 \1", text)  # "полчаса", "полгода": half of the unit
        text = _HALF_SCALE.sub(lambda m: f"0.5 {m.group(1)}{'и' if m.group(1) == 'тысяч' else 'а'}", text)  # (any case)
        text = _ONE_FIFTY.sub("150", text)
    if "четверт" in text:
        text = _QUARTER_SCALE.sub(lambda m: f"{0.75 if m.group(1) else 0.25} {m.group(2)}", text)
    if not any(w in text for w in _HINTS):
        if "половин" in text:  # "5 с половиной": digits and a half
            text = _HALF.sub(lambda m: f"{int(m.group(1)) + 0.5}", text)
        return _unit_and_a_half(_ONE_SCALE.sub(r"1 \1", text) if "милли" in text else text)

    def repl(match: re.Match[str]) -> str:
        words = match.group(0).split()
        if len(words) >= 2 and words[-1] in ORDINAL_FORMS and words[-2] not in ORDINAL_FORMS \
                and _NUMBER_WORDS.get(words[-2], 1000) < 10:
            return match.group(0)  # a fraction: "одна пятая", "три седьмых"
        value = _value(words)
        if len(words) == 1 and words[0] in _ONE_THOUSAND and not match.string[:match.start()].rstrip()[-1:].isdigit():
            return "1000 "  # "тысяча километров", "за тысячу лет": one thousand ("2 тысячи", "тысячи людей" are not)
        if value is None or (len(words) == 1 and words[0] in _THOUSAND):
            return match.group(0)
        parts = _numbers(words)
        return f"{value} " if len(parts) == 1 else " ".join(str(_value(p)) for p in parts) + " "

    if not _RUN_WORDS.isdisjoint(word_runs(text)):  # (most texts name none: the long search is left out)
        if "-" in text:
            text = _HYPHENED_RANGE.sub(lambda m: m.group(1) + (" - " if _NUMBER_WORDS[m.group(1)] < _NUMBER_WORDS[
                m.group(2)] else "-") + m.group(2), text)
        text = _RUN.sub(repl, text)
    if "десят" in text or "сот" in text or "тысячн" in text:  # (every word of `_PARTS` holds one of these)
        text = _DECIMAL.sub(lambda m: f"{m.group(1)}.{m.group(2).zfill(_PARTS[m.group(3)])}", text)
        text = _UNIT_FRACTION.sub(lambda m: "0." + (m.group(1) if m.group(1).isdigit() else "1").zfill(
            _PLACES[m.group(2)]) + " ", text)
    if "половин" in text:  # (`_HALF` ends with the word)
        text = _HALF.sub(lambda m: f"{int(m.group(1)) + 0.5}", text)
    if "четвертью" in text:
        text = _QUARTER.sub(lambda m: f"{int(m.group(1)) + 0.25}", text)
    if "милли" in text:
        text = _ONE_SCALE.sub(r"1 \1", _SCALED.sub(_scaled, _LONE_SCALE.sub(r"1 \1 ", text)))
    if "лети" in text:
        text = _spans_of_years(text)
    return _unit_and_a_half(" ".join(text.split()))  # (`str.split` and `\s` take the same characters as spaces)
