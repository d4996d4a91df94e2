"""Which measure a question asks for, by its words: the quantity kinds (`quantities.QuantityKind`) a word asks for
("deep": a length; `TutorWords.measures`, English here, Russian in `lexicon_ru_tutor`), the words that name a
quantity anywhere in a question ("the depth"; `TutorWords.measure_nouns`), and the phrases of both languages that ask
for one though no such word follows a question word (`TutorWords.measure_asks`): "how much does X weigh", "сколько
весит" (a mass), "сколько лет живёт" or "the lifespan of" (a span of time), "какого роста" (a length), "what is the
population of", "какое население" (a count), "the boiling point of" (a temperature). A passage then answers only with
a figure of that kind (`tutor.supplying.supplies`). Only data, no word of one text.

Tried and left out (round 14): "how many X" not met by a share of X alone ("a third of MPs ... members"): declined +1
TUNE, answered -1 PROBE, -1 fresh; a measure whose figures carry a unit (a length, a temperature ...) met only by a
figure of that kind, never by its word beside a count ("boils at a cold temperature"): answered +1 and -1 TUNE ("one
cell thick" lost); "как долго" a span of time only, not a count: nothing moved.
"""

from __future__ import annotations

__all__ = ["DISTANCE_FROM", "EN_BY_WHAT", "EN_DIMENSIONS", "EN_MEASURES", "EN_MEASURE_ASKS", "EN_MEASURE_NOUNS",
           "LASTING_ASKED", "LASTING_VERBS", "MEASURE_VERBS", "MEASURE_VERB_ENDINGS", "RU_DIMENSIONS",
           "RU_DATE_ASKS", "RU_MEASURE_ASKS", "RU_SINCE_WHEN"]


def _words(text: str) -> frozenset[str]:
    return frozenset(text.split())


EN_MEASURE_NOUNS = _words("height depth thickness width distance speed length temperature weight mass density age size "
                          "cost costs price prices salary wage wages fee fees budget income")  # "how much does X cost"

EN_MEASURES: dict[str, tuple[str, ...]] = {
    **dict.fromkeys(_words(
        "height tall taller tallest deep deeper deepest depth thick thickness thin far distance"), ("length",)),
    **dict.fromkeys(_words("high higher highest low lower lowest"), ("length", "percent", "money")),  # a rate too
    **dict.fromkeys(_words("wide wider width"), ("length", "data")),  # "16 bits wide"
    **dict.fromkeys(_words("fast faster fastest quick quickly slow slowly"),  # a rate: a speed, a rate
                    ("length", "speed", "percent", "datarate", "frequency", "taken")),  # of data, how often ("every
    # 20 min"), the time taken ("in 42 minutes")
    "speed": ("length", "speed", "percent", "datarate", "frequency"),
    **dict.fromkeys(_words(
        "long length"), ("length", "duration")),
    **dict.fromkeys(_words(
        "hot hotter hottest cold colder warm temperature"), ("temperature",)),
    **dict.fromkeys(_words(
        "weight mass"), ("mass",)),
    **dict.fromkeys(_words("heavy heavier heaviest"), ("mass", "density")),  # a heavy rock: a dense one
    **dict.fromkeys(_words("dense denser density"), ("mass", "density")),
    **dict.fromkeys(_words("salary wage wages price cost fee fees budget income"), ("money",)),  # "what salary"
    **dict.fromkeys(_words(  # "62 years old"; a count only with an age word ("at the age of 62", `supplies`)
        "old older oldest age"), ("duration",)),
    **dict.fromkeys(_words("often frequently"), ("frequency", "percent")),  # "how often": "twice a year", "every 4
    # years", or a share of the occasions ("in about 4 percent of cases")
    **dict.fromkeys(_words("large larger largest big bigger biggest size"),  # a file's size: "40 bytes"
                    ("length", "area", "volume", "count", "mass", "money", "data")),
}

# (a regular expression over the normalised question, the kinds it asks for): a question saying one asks a figure
EN_MEASURE_ASKS: tuple[tuple[str, tuple[str, ...]], ...] = (
    (r"\bweigh(?:s|ed)?\b", ("mass",)),  # "how much does X weigh?"
    (r"\blife ?spans?\b|\blife expectancy\b", ("duration",)),  # "what is the lifespan of X?"
    (r"\bwhat(?:'s| is| was| are| were)? (?:the )?(?:total )?population\b|\bhow populous\b", ("count",)),
    # "what is the boiling point of X?": a temperature (not "what does the boiling point depend on?")
    (r"\bwhat(?:'s| is| was| are| were)? (?:the |its |their )?(?:boiling|melting|freezing) points?\b",
     ("temperature",)),
    # a price: "how much did X pay / spend?", "how much did X sell it for?", "for how much" (not "how much wheat")
    (r"\bhow much (?:money )?(?:did|does|do|will|would|had|has|have) \w+(?: \w+)? (?:pay|spend|charge)\b"
     r"|\bhow much (?:did|does|do|will|would) .*\b(?:buy|sell|sold|bought|rent|lease)\b.* for\W*$|\bfor how much\b",
     ("money",)),
    # a sum of money asked by its name or by what a thing is worth: "how much money did X raise?", "how much was the
    # prize worth?" (not a span of years beside it)
    (r"\bhow much money\b|\bhow much (?:is|was|are|were|would|will) .*\bworth\b"
     r"|\bhow much (?:did|does|do|will|would) .*\bearn\b", ("money",)),  # "how much did the clerks earn?"
    # "how far apart were the visits?": a time between them as often as a distance (`tutor.intervals`)
    (r"\bhow far apart\b", ("length", "duration")),
)

RU_MEASURE_ASKS: tuple[tuple[str, tuple[str, ...]], ...] = (
    (r"\bвес(?:ит|ят|ил|ила|ило|или)\b", ("mass",)),  # "сколько весит X?"
    # how long a living thing lives: "сколько (лет) живёт X?", "продолжительность жизни"
    (r"\bсколько (?:же )?(?:(?:лет|времени) )?(?:живет|живут|жил|жила|жили|проживет|проживут)\b"
     r"|\bпродолжительност\w* жизни\b", ("duration",)),
    (r"\bкакого роста\b|\bкаким ростом\b|\bкакой рост у\b", ("length",)),  # a person's height
    (r"\bкак(?:ое|ово|ова|ая|ой) (?:\w+ )?(?:население|численность населения)\b", ("count",)),  # "какое население X"
    # a price: "за сколько X купил / продал Y?" (not "за сколько дней"), "сколько X заплатил?"; only verbs of buying
    # and selling ("сдать крепость" is to surrender it, "потратить" spends time too, "отдать" gives)
    (r"\bза сколько\b(?! (?:дн|лет|год|час|минут|секунд|недел|месяц|времен|век|шаг|ход))"
     r"(?=.*\b(?:купил|купила|купили|купит|купят|покупал|покупала|покупали|продал|продала|продали|продан|продав"
     r"|приобрел|приобрела|приобрели|приобретал|выкупил|выкупила|выкупили)\w*)"
     r"|\bсколько (?:\w+ )?(?:заплатил|заплатила|заплатило|заплатили)\b", ("money",)),
    # a sum of money asked by its name: "сколько денег собрал фонд?", "какую сумму выделили?" (not a count of things)
    (r"\bсколько (?:же |всего |примерно )?денег\b|\bкак(?:ую|ая|ой|ова) (?:\w+ )?сумм(?:у|а|ой)\b", ("money",)),
    # a unit's name ("на сколько метров выше?", "сколько километров до X?", "сколько тонн весил X?"): a figure of
    # its kind
    (r"\bсколько (?:же |всего |примерно )?(?:кило|санти|милли)?метр(?:а|ов)?\b", ("length",)),
    (r"\bсколько (?:же |всего |примерно )?(?:(?:кило)?грамм(?:а|ов)?|тонн|тонны)\b", ("mass",)),
    (r"\bсколько (?:же |всего |примерно )?литр(?:а|ов)?\b", ("volume",)),
    (r"\bсколько (?:же |всего |примерно )?гектар(?:а|ов)?\b", ("area",)),
)

# The dimensions of a length, each by the beginnings of its words (normalised): a question asking one ("how deep",
# "какая глубина") is not answered by a passage whose length is of another only ("10 km across", "поперечником 10 км")
EN_DIMENSIONS: tuple[tuple[str, tuple[str, ...]], ...] = (
    ("depth", ("deep", "depth")),
    ("height", ("high", "height", "tall", "altitude", "elevation")),
    ("width", ("wide", "width", "broad", "across", "diameter")),
    ("thickness", ("thick",)),
    ("length", ("length", "long")),
    ("distance", ("far", "distance")),
)
RU_DIMENSIONS: tuple[tuple[str, tuple[str, ...]], ...] = (
    ("depth", ("глубин", "глубок", "глубже")),
    ("height", ("высот", "высок", "выше", "рост")),
    ("width", ("ширин", "широк", "поперечник", "диаметр")),
    ("thickness", ("толщин", "толст")),
    ("length", ("длин", "протяженност")),
    ("distance", ("далек", "далеко", "дальше", "расстоян")),
)
# a distance said by a figure "from" a place ("12 km from the sea", "в 12 километрах от воды"): a length of no other
# dimension, which a question asking how high, deep or wide is not answered by
DISTANCE_FROM: dict[str, str] = {
    "en": r"\d\s*(?:km|kilomet\w*|miles?|m|met\w*)\s+(?:away\s+)?from\b",
    "ru": r"\bв\s+(?:\w+\s+)?[\d.,]+(?:\s+\w+)?\s+(?:км|километр\w*|м|метр\w*|верст\w*)\s+от\b",
}


# Verbs that give a measure of their subject, said before them ("«Эксплорер-1» весил 14 кг"), as a noun's is said
# after it ("масса Спутника-1"); by language (English asks "how much did X weigh?" by a phrase, whose verb is no
# measure's word of the question)
MEASURE_VERBS: dict[str, frozenset[str]] = {
    "ru": frozenset("весит весят весил весила весило весили весивший весившая весящий весящая".split()),
}
# Verbs of where a thing is, which say nothing but the figure after them: "the secondary bow lies at 51 degrees", "the
# village stands at 300 metres", "the lake sits 50 km north" are made by "at 51 degrees", "300 m", "it is 50 km north"
# (`grading.counted.figure_stems`); by language, every form
PLACING_VERBS: dict[str, frozenset[str]] = {
    "en": frozenset("lie lies lay lain lying stand stands stood standing sit sits sat sitting located situated "
                    "positioned".split()),
}

# The endings that make a measure adjective the verb of a question, by language: "what slows the heart?", "what warmed
# the sea?" ask what did it, not how slow or how warm (`tutor.frames.measure_kinds`); a measure noun's plural ("what
# speeds", "the costs") still asks a figure. Russian makes its verbs otherwise ("замедляет" is no form of "медленный").
MEASURE_VERB_ENDINGS: dict[str, tuple[str, ...]] = {"en": ("s", "ed", "ing")}

# A question that asks how long a thing lasted, and the verbs of lasting its answer may say the span with ("how long
# was the voyage?": "it took 40 days", "it lasted 40 days"): asked so, the span alone says them (`grading.base`)
LASTING_ASKED: dict[str, str] = {"en": r"\bhow long\b"}
LASTING_VERBS: dict[str, frozenset[str]] = {
    "en": frozenset("take takes took taken taking last lasts lasted lasting".split()),
}

# what "by what ..." asks when it asks no figure ("by how much", "by what amount" do): a means ("by what means"), or a
# time ("by what year were X using Y?": a date)
EN_BY_WHAT = (r"means|methods?|process|mechanism|route|technique|procedure|way|year|date|day|month|decade|century|"
              r"time|point|stage|name")

# "с какого времени / до какого момента X?": since or until when, a date (not a span of time), read as "с каких пор"
RU_SINCE_WHEN = (r"\b(с|со|до|по) (?:какого|которого) (?:времени|момента)\b", r"\1 каких пор")
# questions of a date besides "когда": "какое число было?" (not "какое число обозначала буква?": a word after "число"
# says what it counts, a figure), "до каких пор X?" (`RU_SINCE_WHEN`)
RU_DATE_ASKS = (r"|\bкакое (?:(?:было|будет|сегодня|тогда) )?число\b(?! (?!было|будет|сегодня|тогда)[^\W\d_])"
                r"|\b(?:с|со|до|по) каких пор\b")
