"""Present and future forms of the Russian verbs whose stem Snowball cuts apart from their past's, each read as
the verb's past (the grader's `forms`, as `lexicon_ru_past` reads the past of "-сти" verbs as their infinitive):

- a root whose consonant alternates, or whose vowel drops or grows, before the personal endings ("писали" /
  "пишут", "доказали" / "докажут", "искали" / "ищут", "брали" / "берут", "звали" / "зовут", "жили" / "живут",
  "открыли" / "откроют", "начали" / "начнут", "поняли" / "поймут", "дали" / "дадут", "стали" / "станут"), with
  the prefixes it takes; and the bare infinitive of such a root of one syllable, which Snowball leaves whole
  ("ждать" / "ждали", "жить" / "жили", "взять" / "взяли");
- and, by rule, a verb in "-овать" / "-евать" said in "-ует", "-уют" ... or its adverbial participle in "-уя"
  ("рисовали" / "рисуют", "использовали" / "используя", "воевали" / "воюют", "танцевали" / "танцуют":
  `present_as_past`).

A closed class of roots of general Russian: left out are the forms that are also another common word ("плачу", of
"платить" as well; "стоит", "it costs"; the noun "знать"), the reflexive forms, and the verbs of motion
(`ru_motion`). The verb's tense is not a claim the grader weighs: its negation is ("не пишут" stays "не писали").
"""

from __future__ import annotations

import re

__all__ = ["PRESENT_FORMS", "present_as_past"]

_E = ("у", "ешь", "ет", "ем", "ете", "ут")  # the first conjugation after a hard consonant ("пиш-ут")
_EJ = ("ю", "ешь", "ет", "ем", "ете", "ют")  # after a vowel or a soft sign ("откро-ют", "пь-ют")
_I = ("у", "ишь", "ит", "им", "ите", "ат")  # the second ("леж-ат")
_I_SOFT = ("лю", "ишь", "ит", "им", "ите", "ят")  # and after a labial ("сплю", "сп-ят")

# the past's prefixes and the same prefixes before the present's stem (a vowel grows before a cluster: "разобрали"
# / "разберут" keep "раз", "отобьют" / "отбили" add "о")
_COMMON = ("", "вы", "за", "на", "по", "пере", "при", "про", "до", "у")
# (present stem, endings, past masculine, prefix pairs (past prefix, present prefix))
_ROOTS: tuple[tuple[str, tuple[str, ...], str, tuple[tuple[str, str], ...]], ...] = (
    ("пиш", _E, "писал", tuple((p, p) for p in (*_COMMON, "о", "с", "под", "рас", "в", "от", "из", "об", "впи"))),
    ("каж", _E, "казал", tuple((p, p) for p in ("с", "по", "у", "до", "рас", "на", "от", "за", "при", "о", "вы",
                                                "под", "пред", "пере", "вс", "вос"))),
    ("ищ", _E, "искал", tuple((p, p) for p in ("", "от", "раз", "по", "вы", "с"))),
    ("реж", _E, "резал", tuple((p, p) for p in (*_COMMON, "раз", "от", "под", "с", "об"))),
    ("вяж", _E, "вязал", tuple((p, p) for p in ("", "с", "при", "за", "на", "об", "раз", "от", "у", "под", "пере"))),
    ("пряч", _E, "прятал", tuple((p, p) for p in ("", "с", "за", "по", "у", "при"))),
    ("плач", ("ешь", "ет", "ем", "ете", "ут"), "плакал", tuple((p, p) for p in ("", "за", "рас", "по"))),
    ("паш", _E, "пахал", tuple((p, p) for p in ("", "вс", "вы", "на", "за", "рас"))),
    ("скач", _E, "скакал", tuple((p, p) for p in ("", "по", "вы", "за", "пере", "при", "от", "у", "под", "с"))),
    ("шепч", _E, "шептал", tuple((p, p) for p in ("", "по", "про", "на", "за", "пере"))),
    ("топч", _E, "топтал", tuple((p, p) for p in ("", "рас", "вы", "за", "по", "при", "с", "у"))),
    ("сыпл", _E, "сыпал", tuple((p, p) for p in (*_COMMON, "рас", "о", "об", "с"))),
    ("колебл", _E, "колебал", (("", ""), ("по", "по"))),
    ("жд", _E, "ждал", (("", ""), ("подо", "подо"), ("до", "до"))),
    ("бер", _E, "брал", (("", ""), ("за", "за"), ("вы", "вы"), ("на", "на"), ("со", "со"), ("у", "у"),
                        ("разо", "раз"), ("пере", "пере"), ("подо", "под"), ("при", "при"), ("до", "до"),
                        ("из", "из"), ("ото", "от"), ("про", "про"))),
    ("зов", _E, "звал", (("", ""), ("на", "на"), ("по", "по"), ("при", "при"), ("вы", "вы"), ("со", "со"),
                        ("ото", "от"), ("пере", "пере"), ("в", "в"))),
    ("жив", _E, "жил", tuple((p, p) for p in ("", "по", "про", "вы", "пере", "до", "за", "о", "с", "на"))),
    ("плыв", _E, "плыл", tuple((p, p) for p in (*_COMMON, "у", "от", "под", "с", "в", "раз", "об"))),
    ("пь", _EJ, "пил", (("", ""), ("вы", "вы"), ("на", "на"), ("за", "за"), ("по", "по"), ("до", "до"),
                       ("от", "ото"), ("про", "про"))),
    ("бь", _EJ, "бил", (("", ""), ("у", "у"), ("раз", "разо"), ("от", "ото"), ("за", "за"), ("при", "при"),
                       ("вы", "вы"), ("с", "со"), ("по", "по"), ("про", "про"), ("пере", "пере"),
                       ("под", "подо"), ("из", "изо"), ("об", "обо"), ("до", "до"))),
    ("ль", _EJ, "лил", (("", ""), ("на", "на"), ("раз", "разо"), ("вы", "вы"), ("по", "по"), ("при", "при"),
                       ("за", "за"), ("от", "ото"), ("с", "со"), ("пере", "пере"), ("из", "изо"))),
    ("шь", _EJ, "шил", (("", ""), ("с", "со"), ("за", "за"), ("при", "при"), ("вы", "вы"), ("на", "на"),
                       ("пере", "пере"), ("под", "подо"), ("об", "обо"))),
    ("мо", _EJ, "мыл", tuple((p, p) for p in ("", "вы", "по", "с", "от", "про", "раз", "под", "при", "об"))),
    ("ро", _EJ, "рыл", tuple((p, p) for p in ("", "вы", "от", "за", "по", "под", "раз", "с", "про", "на", "до"))),
    ("кро", _EJ, "крыл", tuple((p, p) for p in ("от", "за", "по", "при", "на", "с", "рас", "пере", "у", "в"))),
    ("начн", _E, "начал", (("", ""),)),
    ("пойм", _E, "понял", (("", ""),)),
    ("прим", _E, "принял", (("", ""),)),
    ("займ", _E, "занял", (("", ""),)),
    ("сним", _E, "снял", (("", ""),)),
    ("подним", _E, "поднял", (("", ""),)),
    ("отним", _E, "отнял", (("", ""),)),
    ("обним", _E, "обнял", (("", ""),)),
    ("найм", _E, "нанял", (("", ""),)),
    ("возьм", _E, "взял", (("", ""),)),
    ("стан", _E, "стал", tuple((p, p) for p in ("", "вс", "до", "за", "от", "у", "на", "при", "пере"))),
    ("леж", _I, "лежал", (("", ""), ("по", "по"))),
    ("сп", _I_SOFT, "спал", (("", ""), ("вы", "вы"), ("про", "про"), ("за", "за"))),
)
# "дать": its own endings ("дам", "даст", "дадут"), with the prefixes it takes ("создадут", "передаст"); not the bare
# "дам" (of "дама" too)
_GIVE = ("дам", "дашь", "даст", "дадим", "дадите", "дадут")
_GIVE_PREFIXES = ("", "с", "соз", "пере", "про", "пре", "из", "вы", "от", "по", "под", "раз", "за", "при", "на",
                  "воз", "об")
# the bare infinitives of one syllable that Snowball leaves whole ("ждать" as "ждат", "ждали" as "ждал"); not
# "знать" (a noun too), "стать" (as "сталь")
_INFINITIVES = {"ждать": "ждал", "жить": "жил", "брать": "брал", "взять": "взял", "звать": "звал", "пить": "пил",
                "бить": "бил", "лить": "лил", "шить": "шил", "мыть": "мыл", "рыть": "рыл", "спать": "спал",
                "дать": "дал"}


# forms that are also common words of another kind: "мою", "моем" (of "мой"), "рою", "роем" (of "рой"), "дам"
_OTHER_WORDS = ("мою", "моем", "рою", "роем", "дам")


def _present() -> dict[str, str]:
    found: dict[str, str] = {}
    for stem, endings, past, prefixes in _ROOTS:
        for before, now in prefixes:
            for ending in endings:
                found.setdefault(now + stem + ending, before + past)
    for prefix in _GIVE_PREFIXES:
        for form in _GIVE:
            found.setdefault(prefix + form, prefix + "дал")
    for other in _OTHER_WORDS:
        del found[other]
    return {**found, **_INFINITIVES}


PRESENT_FORMS: dict[str, str] = _present()

# a verb in "-овать" / "-евать" in its present or future ("рису-ют"), or its adverbial participle ("использу-я"):
# two letters or more before "-у-" (not "дует", "суете"), four before "-уя" (not "струя"); not "-ую", an adjective's
# accusative as often ("новую", "другую")
_OVAT = re.compile(r"(?P<root>[а-я]{2,}?)(?P<u>у|ю)(?:ет|ем|ете|ешь|ют)")
_OVAT_GERUND = re.compile(r"(?P<root>[а-я]{4,}?)(?P<u>у|ю)я")
_HUSHING = ("ц", "ж", "ш", "ч", "щ")


def present_as_past(word: str) -> str | None:
    """A verb in "-овать" / "-евать" said in its present, future or "-уя" form as its masculine past ("рисуют" /
    "рисовал", "воюет" / "воевал", "танцуя" / "танцевал"), or None."""
    if len(word) < 5 or not word.endswith(("ют", "ет", "ем", "ете", "ешь", "уя", "юя")):
        return None
    found = _OVAT.fullmatch(word) or _OVAT_GERUND.fullmatch(word)
    if found is None:
        return None
    root = found.group("root")
    if found.group("u") == "ю":
        return root + "евал"  # "во-ю-ет": "воевал", "горюет": "горевал", "клюют": "клевал"
    return root + ("евал" if root.endswith(_HUSHING) else "овал")
