"""How a language writes counts, for the tutor's "how many / how much / сколько / во сколько раз" questions
(`CountWords`, read by `tutor.counts`): general words for people and the words for kinds of them, how a sentence
says how many times or how often, counts without a number ("hundreds of"), and the words that make a number a
year. Only data, and only general language: nothing here names a word of one text.
"""

from __future__ import annotations

from dataclasses import dataclass

from .lexicon import BODIES

__all__ = ["ENGLISH_COUNTS", "RUSSIAN_COUNTS", "CountWords"]


def _words(text: str) -> frozenset[str]:
    return frozenset(text.split())


@dataclass(frozen=True)
class CountWords:
    """How one language writes counts. Words are lower case as `text.normalise` leaves them; the patterns are
    regular expressions over a sentence's prepared words (number words as digits), joined by single spaces."""

    kinds_of: tuple[tuple[frozenset[str], frozenset[str]], ...] = ()  # general words ("people") and words for kinds
    # of them ("members", "soldiers"): a question's general word is met by a kind, a kind not by another kind
    multiplicative: str = ""  # how many times ("twice", "3 times", "tripled"): a figure for "how many times"
    frequency: str = ""  # how often ("twice a year", "every 4 years", "annually"): a figure for "how often"
    taken: str = ""  # the time a thing took ("за 42 минуты"): a figure for "how fast", as a rate is
    magnitudes: frozenset[str] = frozenset()  # words that give a count without a number ("hundreds of", "сотни")
    year_prepositions: frozenset[str] = frozenset()  # words before a number that make it a year ("in 1200")
    collectives: frozenset[str] = frozenset()  # nouns for a body of people ("regiment", "полк"): "3 regiments" counts
    # no people; every other noun for people or a role ("senators", "казаков") is a kind of the general word
    vague: frozenset[str] = frozenset()  # words that say "some number" and no figure ("a few", "several", "несколько")
    joining: frozenset[str] = frozenset()  # words joining two nouns one figure counts ("165 towns and villages")


# a small number as a figure or in words ("in 42 minutes", "within two days", "in a single day", "in a few hours")
_HOW_MANY = (r"(?:\d+(?:\.\d+)?|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|a few|a couple of|"
             r"several|a single|a|an|half an?)")

ENGLISH_COUNTS = CountWords(
    kinds_of=((_words("people persons person men individuals humans souls"),
               _words("members member soldiers soldier troops sailors seamen officers warriors fighters workers "
                      "labourers laborers employees staff citizens residents inhabitants villagers townspeople "
                      "peasants farmers settlers colonists pilgrims monks nuns priests prisoners captives refugees "
                      "migrants emigrants immigrants volunteers deputies delegates representatives senators "
                      "councillors officials voters students pupils teachers scientists researchers nobles slaves "
                      "servants passengers crew visitors tourists participants survivors victims casualties "
                      "women children adults spectators followers supporters mourners guests")),),
    magnitudes=_words("dozens scores hundreds thousands millions billions"),
    vague=_words("few several some many numerous various multiple countless"),
    joining=_words("and or"),
    collectives=_words("crowd crowds army armies troops corps militia militias navy garrison regiment regiments "
                       "cavalry infantry government governments committee committees council councils parliament "
                       "senate company companies police tribes families households enemy allies nobility clergy")
    | BODIES,
    year_prepositions=_words("in by since from to until till before after during of the this that its circa c ca"),
    multiplicative=r"(?<!\S)(?:twice|thrice|(?:doubl|tripl|trebl|quadrupl)(?:e|ed|es|ing)|\d+(?:\.\d+)?-?fold"
                   r"|(?:two|three|four|five|six|seven|eight|nine|ten|twenty|hundred|thousand)-?fold"
                   r"|\d+(?:\.\d+)? times)(?!\S)",
    frequency=r"(?<!\S)(?:(?:once|twice|thrice|\d+ times) (?:a|an|per|each|every) (?:\d+ )?[a-z]+"
              r"|(?:every|each) (?:other |\d+ |few )?(?:second|minute|hour|day|night|morning|evening|week|fortnight|"
              r"month|season|spring|summer|autumn|fall|winter|year|decade|century|generation)s?"
              r"|annually|yearly|monthly|weekly|daily|hourly|nightly|fortnightly|biennially|biannually"
              # once in a span: "once in 25 to 30 years", "once in a century"
              r"|once in (?:an? |(?:(?:about|roughly|around|some) )?\d[\d,]*(?: (?:to|or) \d[\d,]*)? )"
              r"(?:second|minute|hour|day|night|week|fortnight|month|year|decade|century|centuries|generation|lifetime)s?"
              r"|every \d+(?: \d{3})*(?: (?:hundred|thousand|million))? (?!(?:of|or|to|and|in)\b)[a-z]+"
              # how often in any measure: "every 5,000 miles"
              # a figure of things per unit of time: "8 words a minute", "2 km a day", "20 people per year"
              # (not a year: "on 14 April 1935, a day remembered as ...", "in 1969, a year after ...")
              r"|(?!(?:1[0-9]|20)\d\d (?:a|an|per) )"
              r"\d[\d.,]*(?: [a-z]+){0,2} (?:a|an|per) (?:minute|hour|day|night|week|fortnight|month|year|decade)s?"
              r")(?!\S)",
    taken=r"(?<!\S)(?:in|within) (?:(?:just|only|about|under|barely|less than) )*(?:" + _HOW_MANY + r" (?:or|to) )?"
          + _HOW_MANY + r" (?:second|minute|hour|day|week|fortnight|month|year)s?(?!\S)",  # "in 42 minutes",
    # "within a week", "within two or three days"
)

RUSSIAN_COUNTS = CountWords(
    kinds_of=((_words("человек люди людей людям лиц душ"),
               _words("член члены членов солдат солдаты воин воины воинов боец бойцы бойцов матрос матросы матросов "
                      "моряк моряки моряков офицер офицеры офицеров депутат депутаты депутатов делегат делегаты "
                      "делегатов житель жители жителей работник работники работников рабочий рабочие рабочих "
                      "сотрудник сотрудники сотрудников крестьянин крестьяне крестьян гражданин граждане граждан "
                      "горожане горожан поселенец поселенцы поселенцев переселенцы переселенцев паломник паломники "
                      "паломников монах монахи монахов пленный пленные пленных беженец беженцы беженцев доброволец "
                      "добровольцы добровольцев участник участники участников студент студенты студентов ученик "
                      "ученики учеников ученый ученые ученых учёный учёные учёных чиновник чиновники чиновников "
                      "пассажир пассажиры пассажиров посетитель посетители посетителей зритель зрители зрителей "
                      "избиратель избиратели избирателей купец купцы купцов священник священники священников "
                      "дети детей женщины женщин мужчины мужчин жертвы жертв погибшие погибших раненые раненых "
                      "гость гости гостей")),),
    magnitudes=_words("десятки десятков десятками сотни сотен сотнями тысячи тысячами миллионы миллионов "
                      "миллионами"),
    vague=_words("несколько нескольких нескольким несколькими немного немало много многие многих многими "
                 "множество ряд считанные считаных считанных"),
    joining=_words("и или"),
    collectives=_words("люди народ толпа армия войско войска корпус полк дивизия гвардия гарнизон ополчение отряд "
                       "правительство комитет парламент сенат компания фирма неприятель делегация"),
    year_prepositions=_words("в во к ко с со по до от после этот этом том тот"),
    multiplicative=r"(?<!\S)(?:однажды|дважды|трижды|четырежды|вдвое|втрое|вчетверо|впятеро|вшестеро|"
                   r"вдесятеро|\d+(?:\.\d+)? раза?)(?!\S)",  # "в 3 раза", "втрое", "3 раза", "трижды"
    # "раз в 4 года", "раз в несколько лет", "три раза в неделю": how often, said by a count in words or a vague one too
    frequency=r"(?<!\S)(?:(?:однажды|дважды|трижды|четырежды|\d+ раза?|(?:два|три|четыре|пять|шесть|семь|восемь|девять|"
              r"десять|несколько) раза?|раз) в (?:(?:\d+|несколько|пару) )?"
              r"(?:секунд|минут|час|день|дня|дней|сутки|суток|недел|месяц|год|лет|век|столети)\w*"
              # "каждые 5 минут", "каждые несколько лет", "каждую пару недель": how often, said by a vague count too
              r"|кажд(?:ый|ую|ое|ые|ого|ой) (?:(?:\d+|несколько|пару|пара) )?(?:секунд|минут|час|день|дня|дней|сутки|"
              r"суток|недел|месяц|"
              r"год|лет|весн|осен|зим|утр|вечер|ноч|сезон|поколени)\w*"
              r"|кажд(?:ый|ую|ое|ые|ого|ой|ых) \d+(?: \d+)*(?: (?:сот|тысяч|миллион)\w*)? \w+"  # "каждые 10 тысяч км"
              r"|ежегодно|ежемесячно|еженедельно|ежедневно|ежечасно|ежеквартально|ежегодн\w+|ежедневн\w+)(?!\S)",
    taken=r"(?<!\S)за (?:(?:считанные|всего|около|несколько|пару|\d+(?:\.\d+)?) )*(?:полчаса|полгода|секунд|минут|"
          r"час|дн|день|сутки|суток|недел|месяц|год|лет)\w*",  # "за 42 минуты", "за три дня", "за полчаса"
)
