"""Adjectives of degree and their opposites, in English and Russian: what "too X" and "not Y enough"
say of one scale ("too thin" is "not thick enough", "слишком мал" is "недостаточно велик"), read by
`phrases.rewrite_phrases`. General vocabulary only: the scales any text measures things on."""

from __future__ import annotations

__all__ = ["AMOUNT_WORDS", "DEGREE_OPPOSITES", "DEGREE_PAIRS", "INTENSIFIERS", "WEAK_INTENSITY"]

DEGREE_PAIRS: dict[str, tuple[tuple[str, ...], ...]] = {
    "en": tuple(tuple(p.split()) for p in (
        "thin thick", "small large", "small big", "little big", "low high", "short long", "short tall",
        "slow fast", "slow quick", "cold hot", "cold warm", "cool warm", "light heavy", "narrow wide", "narrow broad",
        "shallow deep", "weak strong", "dry wet", "dry moist", "soft hard", "loose tight", "quiet loud", "dark bright",
        "cheap expensive", "young old", "early late", "few many", "little much", "poor rich", "rare frequent",
        "rare common", "simple complex", "easy difficult", "easy hard", "small great", "thin fat", "sparse dense",
        "dilute concentrated", "weak concentrated", "low steep", "gentle steep", "near far", "close far",
    )),
    "ru": tuple(tuple(p.split()) for p in (
        "тонкий толстый", "малый большой", "маленький большой", "мал велик", "небольшой большой", "низкий высокий",
        "короткий длинный", "медленный быстрый", "холодный горячий", "холодный тёплый", "прохладный тёплый",
        "лёгкий тяжёлый", "узкий широкий", "мелкий глубокий", "слабый сильный", "сухой влажный", "сухой мокрый",
        "мягкий твёрдый", "свободный тесный", "тихий громкий", "тёмный светлый", "дешёвый дорогой",
        "молодой старый", "ранний поздний", "редкий частый", "бедный богатый", "простой сложный", "лёгкий трудный",
        "лёгкий сложный", "разреженный плотный", "пологий крутой", "близкий далёкий", "мало много",
    )),
}

# adverbs that only say how much ("сильно сжимается", "слишком тяжёлые", "резко падает", "rose sharply"): a point
# made without them is made ("воздух сжимается", "тяжёлые", "rose a lot"); their opposites ("слабо", "слегка",
# "постепенно", "slightly") still contradict it (`lexicon_ru_own_words.RU_OPPOSITES`, `DEGREE_OPPOSITES`). Words,
# not stems: "сильно" shares its stem with "сильный" ("сильная кислота" is no "кислота"). ("очень", "very" are
# function words already.)
_STRONG_EN = "sharply greatly considerably significantly dramatically steeply substantially markedly"
INTENSIFIERS: dict[str, frozenset[str]] = {
    "ru": frozenset("сильно слишком чересчур резко значительно существенно намного гораздо весьма крайне "
                    "чрезвычайно заметно".split()),
    "en": frozenset(_STRONG_EN.split()),
}

# Russian words of how much of a thing, little (-1) or much (+1): a point is made without one only where the answer
# says no word of the other way ("лошадей было много" does not make "было мало лошадей"; `grading.modifiers`,
# `grading.all_but_one`)
AMOUNT_WORDS = {"мало": -1, "немного": -1, "много": 1, "немало": 1}

# how much, said the other way, compared by stem: "rose slightly", "went up a little" are not "rose sharply"
# (Russian: `lexicon_ru_own_words.RU_OPPOSITES`)
DEGREE_OPPOSITES: dict[str, tuple[tuple[str, str], ...]] = {
    "en": tuple((a, b) for a in _STRONG_EN.split()
                for b in "slightly little bit marginally somewhat barely modestly gradually".split()),
}

# English adjectives of a weak intensity, of light, sound or force, judged alike in each degree as written ("the
# second echo was weaker", "dimmer" for "fainter"); "pale" only of light and colour, never with "weak" or "feeble" (a
# pale patient is no weak one); their opposites ("brighter", "stronger") stay wrong (`meaning`, WordNet similar-to)
WEAK_INTENSITY: tuple[tuple[str, ...], ...] = tuple(tuple(group.split()) for group in (
    "faint weak dim feeble", "faint dim pale", "fainter weaker dimmer feebler", "fainter dimmer paler",
    "faintest weakest dimmest feeblest", "faintest dimmest palest"))
