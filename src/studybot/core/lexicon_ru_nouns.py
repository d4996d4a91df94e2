"""Russian nouns whose singular and plural Snowball stems apart, each form with a form of the other number, so that
one stem stands for both (the grader's `forms`, as `lexicon_ru_past` is for verbs; the English irregular plurals are
WordNet's): the suppletive plurals ("человек" / "люди", "ребёнок" / "дети", "судно" / "суда", "друг"
/ "друзья", "сын" / "сыновья", "хозяин" / "хозяева", "мать" / "матери", "дочь" / "дочери") and the singulatives in
"-анин" / "-янин" / "-арин" ("крестьянин" / "крестьяне", "гражданин" / "граждане", "боярин" / "бояре"), a closed class
of the general language listed by root. "Судно"'s plural is "суд"'s in every case but the nominative ("судам",
"судов"), so "судно" stems as "суд" does: the price of reading "грузовым судам" as "грузовому судну". Left out:
nouns whose fleeting vowel alone parts the stems ("рынок" / "рынка": a slip already), and "лет" as "год": a span
("200 лет назад") is no year ("в 200 году"), and a figure's years are read as a duration already ("десять годов")."""

from __future__ import annotations

__all__ = ["FLEETING_VOWEL", "NOUN_FORMS"]

_C = "[бвгджзклмнпрстфхцчшщ]"
# nouns whose vowel drops in their other forms, read by one key (`TutorWords.fleeting_vowel`, the groups joined):
# "отец" / "отца" ("отц"); and the nouns of one syllable, which Snowball leaves unstemmed in every form ("лёд",
# "льда", "льдом"; "сон", "сна"; "дно", "дна"), by their consonants without the vowel and a soft sign ("лд", "сн",
# "дн"). Not the soft-stemmed ones ("день" / "дня" would be "дно" / "дна"'s "дн"), nor an ending "е", which
# pronouns and adverbs take ("все", "где", "мне": stop words or none of these), nor "лет", which is "год"'s
# A noun in "-аль" / "-яль" / "-иль" / "-ыль" is read, in its other forms, by the stem of its forms in "-и" as well,
# which Snowball cuts as a verb's past ("спирали" as "спира", "медали" "меда", "автомобили" "автомоб"; "спираль",
# "медалью", "автомобиля" keep "спирал", "медал", "автомобил"): "спираль" meets "спирали". Not a stem of two letters
# ("сталь", "стиль": "стали" is "стать"'s, "стили" stems whole), nor the prepositional in "-е" ("в начале": "начали")
_SOFT_L = "л(?:ь|ью|я|ю|ем|ей|ям|ями|ях)"
# A noun in "-ыт" is read, in its nominative, by the whole word as well, the stem of all its other forms, which Snowball
# cuts as a verb's present ("опыт" as "оп", "сбыт" as "сб"; "опыта", "опытом" "опыт"): "опыт" meets "опыта"; a short
# participle ("открыт") gains its noun's ("открытие"). Not "-ит" ("магнит"): its verbs ("летит") would gain a rare key
# A noun in "-ов" is read by the whole word as well, the stem of its other forms, which Snowball cuts as a genitive
# plural ("остров" as "остр"; "острова", "острове" "остров"): "на остров" meets "на острове". The few such nouns of
# the general language only: a key for every word in "-ов" (the genitive plurals "вулканов", "помещиков") weighed
# their words anew and lost two development answers (round 43)
# A feminine noun in "-овь" / "-евь" drops its vowel in its other forms ("церковь" / "церкви", "любовь" / "любви"):
# read by the stem without it ("церкв"); only with the soft sign, not the surnames and genitive plurals in "-ов"
FLEETING_VOWEL = (rf"^(\w+{_C})[ео]([кцнлр])ь?$|^(\w+{_C})[ео](в)ью?$"
                  rf"|^(?!лет$)({_C})[ео]({_C})$"
                  rf"|^({_C})ь?({_C}{{1,2}})(?:а|у|ом|о|ы|и|ов|ам|ами|ах)$"
                  rf"|^(\w{{3,}}[ая]){_SOFT_L}$|^(\w{{3,}})[иы]{_SOFT_L}$|^(\w{{2,}}ыт)$|^((?:полу)?остров|покров|улов|кров|зов|плов|засов|рыболов|птицелов|зверолов)$")

_CASES = ("", "а", "у", "ом", "е")  # nominative, genitive, dative, instrumental, prepositional (singular)

# a form of one number and the form whose stem both take
_SUPPLETIVE: dict[str, str] = {
    **{f"люд{end}": "человек" for end in ("и", "ей", "ям", "ьми", "ях")},
    **{f"дет{end}": "ребенок" for end in ("и", "ей", "ям", "ьми", "ях")},
    **{f"ребенк{end}": "ребенок" for end in ("а", "у", "ом", "е")},
    **{f"судн{end}": "суда" for end in ("о", "а", "у", "ом", "е")},
    **{f"друзь{end}": "друг" for end in ("я", "ям", "ями", "ях")}, "друзей": "друг",
    **{f"сыновь{end}": "сын" for end in ("я", "ям", "ями", "ях")}, "сыновей": "сын",
    **{f"хозяев{end}": "хозяин" for end in ("а", "", "ам", "ами", "ах")},
    "мать": "матери", "дочь": "дочери",
}

# the singulative's root and its plural's nominative: "крестьян-ин" / "крестьяне"; the genitive plural too
# ("крестьян", which stems apart from "крестьяне")
_SINGULATIVES = (
    "крестьян", "граждан", "горожан", "селян", "дворян", "мещан", "англичан", "христиан", "славян", "северян",
    "южан", "римлян", "египтян", "датчан", "парижан", "мусульман", "армян", "киевлян", "марсиан", "бояр",
    "татар", "болгар",
)


def _singulatives() -> dict[str, str]:
    found: dict[str, str] = {}
    for root in _SINGULATIVES:
        plural = root + ("ы" if root.endswith(("тар", "гар")) else "е")
        found.update({f"{root}ин{end}": plural for end in _CASES})
        found[root] = plural
    return found


NOUN_FORMS: dict[str, str] = {**_SUPPLETIVE, **_singulatives()}
