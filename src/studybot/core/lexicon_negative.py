"""Words that hold a negation, in English and Russian, each with what it says as a negation and the
positive partner it negates: "hid" is "did not show", "lacks" is "has no", "rejected" is "did not accept",
"отсутствует" is "нет", "лишена" is "без", "скрыл" is "не показал", "запретили" is "не разрешили". Read by
`phrases.rewrite_negatives` for the grader, so that a negative word and the negation of its partner are one
claim and the partner alone its opposite. Set phrases whose negator negates nothing come too: "without
doubt" is "certainly", "not only" adds, "без сомнения" is "несомненно".

Only the forms that hold no other sense are listed: no "failed" of its own ("a failed harvest"), no noun
"hide" (an animal's; "hide" and "hides" only before an object), no "miss" (a title; only "is missing"), no
"lose" (a contest lost is no possession gone; see the opposites in `lexicon`), no "скрытый" ("скрытая
теплота" is latent heat). General vocabulary only.
"""

from __future__ import annotations

__all__ = ["AUXILIARIES", "GOVERNING_NEGATORS", "NEGATIVE_WORDS", "NOT_UNTIL", "SEPARABLE"]

# the negators that govern the word right after them, or after its auxiliary ("not extended", "was not extended",
# "has never been extended", "not 10 days", "не продлили", "не был продлён", "не 10 дней"); "no", "нет", "без",
# "few" deny a thing, not a verb or a figure
GOVERNING_NEGATORS = {"en": frozenset(("not", "never")), "ru": frozenset(("не",))}
# the auxiliaries that may stand between such a negator and its verb ("was not extended", "не был продлён")
EN_BE = frozenset("am is are was were be been being".split())  # the forms of "be"
AUXILIARIES = {"en": EN_BE | frozenset("has have had do does did will would shall should "
                               "can could may might must".split()),
               "ru": frozenset("был была было были будет будут быть".split())}

# a negator before these denies no time that follows: "not until 1799", "it didn't happen until July" (then, and no
# earlier)
NOT_UNTIL = frozenset({"until", "till", "til"})


def _verb(forms: str, partner: str, negation: str = "not") -> dict[str, str]:
    """Each form of a negative verb ("hide hides hid hidden hiding") as the negation of the partner's form
    in the same place ("show shows showed showed showing"); "-" leaves a place out."""
    pairs = zip(forms.split(), partner.split(), strict=True)
    return {form: f"{negation} {other}" for form, other in pairs if form != "-"}


def _same(forms: str, value: str) -> dict[str, str]:
    return dict.fromkeys(forms.split(","), value)


# words after which "hide" is the verb (an object follows), not the noun ("the hide of an ox")
_OBJECTS = "the a an his her its their our my your them it him this that these those some all any every"

# what a rule is kept or broken as: general nouns ("broke the rules", "нарушал правила")
_RULES = "rule rules law laws order orders regulation regulations treaty agreement ban ceasefire terms".split()
_RU_RULES = ("правила правило правил закон закона законы законов приказ приказа договор договора соглашение "
             "соглашения запрет запрета инструкцию инструкции устав устава режим требования").split()

_ENGLISH: dict[str, str] = {
    # hide and conceal are not showing ("hides" and "hide" only before an object)
    **{f"{verb} {obj}": f"not {show} {obj}" for verb, show in (("hide", "show"), ("hides", "shows"),
                                                               ("hiding", "showing")) for obj in _OBJECTS.split()},
    **_verb("- - hid hidden", "show shows showed showed"),
    **_verb("conceal conceals concealed concealing", "show shows showed showing"),
    # deny is not admitting; forbid, prohibit, ban, outlaw are not allowing ("ban" and "bans" are nouns too)
    **_verb("deny denies denied denying", "admit admits admitted admitting"),
    **_verb("forbid forbids forbade forbidden forbidding", "allow allows allowed allowed allowing"),
    **_verb("prohibit prohibits prohibited prohibiting", "allow allows allowed allowing"),
    **_verb("banned banning outlawed outlawing disallow disallows disallowed", "allowed allowing allowed allowing "
                                                                               "allow allows allowed"),
    # reject and refuse (a thing: "refused to" is "did not", see lexicon.PHRASES) are not accepting
    **_verb("reject rejects rejected rejecting", "accept accepts accepted accepting"),
    **_verb("refuse refuses refused refusing", "accept accepts accepted accepting"),
    # ignore and disregard are not heeding, and so is paying no attention
    **_verb("ignore ignores ignored ignoring", "heed heeds heeded heeding"),
    **_verb("disregard disregards disregarded disregarding", "heed heeds heeded heeding"),
    **_verb("pay_no_attention_to pays_no_attention_to paid_no_attention_to paying_no_attention_to",
            "heed heeds heeded heeding"),
    **_verb("take_no_notice_of takes_no_notice_of took_no_notice_of taking_no_notice_of",
            "heed heeds heeded heeding"),
    # disobey is not obeying; so are break, violate, breach a rule (only a rule: "violate the sovereignty of states",
    # "break the glass" obey nothing)
    **_verb("disobey disobeys disobeyed disobeying", "obey obeys obeyed obeying"),
    **{f"{verb} {whose}{rule}": f"not {obey} {whose}{rule}" for verbs, obey in (
        ("break breach violate", "obey"), ("breaks breaches violates", "obeys"),
        ("broke broken breached violated", "obeyed"), ("breaking breaching violating", "obeying"))
       for verb in verbs.split() for whose in ("", "the ", "their ", "its ", "his ", "her ", "these ", "those ")
       for rule in _RULES},
    **{f"{pay} attention to": heed for pay, heed in (("pay", "heed"), ("pays", "heeds"), ("paid", "heeded"),
                                                     ("paying", "heeding"))},
    # exclude, omit and leave out are not including
    **_verb("exclude excludes excluded excluding", "include includes included including"),
    **_verb("omit omits omitted omitting", "include includes included including"),
    **_verb("leave_out leaves_out left_out leaving_out shut_out shuts_out shutting_out", "include includes included "
            "including include includes including"),
    # a thing refused said with a verb of its own: "turned down", "vetoed", "said no to"; "barred", "closed to"
    **_verb("turn_down turns_down turned_down turning_down veto vetoes vetoed vetoing say_no_to says_no_to said_no_to "
            "saying_no_to", "accept accepts accepted accepting accept accepts accepted accepting accept accepts "
            "accepted accepting"),
    "barred": "not allowed", "closed to": "not open to",
    # a ban imposed is not allowing; a ban lifted is allowing (the noun "ban" holds the negation)
    **{f"{verb} {det} ban on": said for verbs, said in (
        ("impose imposes imposed imposing introduce introduces introduced introducing put puts putting place "
         "places placed placing", "not allow"),
        ("lift lifts lifted lifting end ends ended ending", "allow"))
       for verb in verbs.split() for det in ("a", "the")},
    **_verb("cover_up covers_up covered_up covering_up keep_secret keeps_secret kept_secret keeping_secret",
            "show shows showed showing show shows showed showing"),
    # failing, neglecting, forgetting, declining, refraining to do a thing is not doing it; managing, succeeding
    # and being able to do it is doing it
    **{f"{verb} {particle}": "not" for verbs, particle in (
        ("neglect neglects neglected neglecting omit omits omitted omitting forget forgets forgot forgotten "
         "forgetting decline declines declined declining", "to"),
        ("refrain refrains refrained refraining abstain abstains abstained abstaining", "from"))
       for verb in verbs.split()},
    **{f"{verb} {particle}": "" for verbs, particle in (
        ("manage manages managed managing able", "to"), ("succeed succeeds succeeded succeeding", "in"))
       for verb in verbs.split()},
    "inability to": "not", "incapable of": "unable to", "refusal to": "not", "refusals to": "not",
    "failure to": "not", "failures to": "not",
    # no longer doing a thing is not doing it (any more), as ceasing to do it is ("stopped paying")
    **_same("no longer,not any longer,not anymore,not any more", "not"),
    # forgetting a thing is not remembering it ("forgot to" is "did not", above)
    **_verb("forget forgets forgot forgotten forgetting", "remember remembers remembered remembered remembering"),
    # doubting a thing is not believing it ("he doubted citrus was the cure"; the noun stays: "no doubt", "doubts")
    **_verb("doubted doubting", "believed believing"),
    **{f"{verb} {that}": f"not {believe} {that}" for verb, believe in (("doubt", "believe"), ("doubts", "believes"))
       for that in ("that", "whether", "if")},
    "nope": "no", "nah": "no",
    # lacking is having none; missing is absent (a negator, see lexicon.NEGATORS); free of, devoid of, deprived of
    # are without
    # and none of it lacking is plenty of it: "there was no shortage of grain", "no lack of volunteers"
    **_same("no shortage of,no shortages of,no lack of,no scarcity of", "plenty of"),
    "lack of": "no", "lacks": "has no", "lacked": "had no", "lack": "have no", "lacking in": "without",
    "lacking": "without", "in the absence of": "without", "in absence of": "without", "absence of": "no",
    # a deficiency of a thing is a lack of it, said before it or after it ("vitamin C deficiency")
    **_same("deficiency of,deficiencies of,deficiency,deficiencies", "no"), "deficient in": "without",
    **{f"{be} {missing}": f"{be} absent" for be in "is are was were be been being went".split()
       for missing in ("missing", "lacking")},
    "missing from": "absent from",
    **_same("free of,free from,devoid of,deprived of,stripped of,bereft of", "without"),
    # set phrases whose negator negates nothing
    **_same("without doubt,without a doubt,without any doubt,no doubt,beyond doubt,beyond any doubt,"
            "without question,beyond question", "certainly"),
    "without fail": "always", "without exception": "all", "not only": "", "nothing but": "only",
    "none other than": "",
    # "not yet" is "not" (so far): its "yet" no contrast opening a clause ("it was not yet built", "has yet to be")
    "not yet": "not", **{f"{have} yet to": f"{have} not" for have in "has have had is are was were".split()},
    # adjectives in un- that say "not": "unknown" is "not known"
    **{f"un{word}": f"not {word}" for word in (
        "known aware successful successfully armed paid married popular necessary certain clear finished "
        "signed harmed noticed explored inhabited occupied guarded stable convinced sure").split()},
    # ... and in in-, im-, ir-, il- (those whose "not X" has no word of its own: "invisible" is one, see
    # lexicon.COMPLEMENTS)
    **{f"{prefix}{word}": f"not {word}" for prefix, word in (
        ("in", "soluble"), ("in", "capable"), ("in", "sufficient"), ("in", "accessible"), ("in", "edible"),
        ("im", "permeable"), ("im", "mobile"), ("im", "mature"), ("ir", "reversible"), ("ir", "regular"),
        ("il", "literate"))},
}
_ENGLISH = {key.replace("_", " "): value for key, value in _ENGLISH.items()}


def _ru_verb(forms: str, partner: str) -> dict[str, str]:
    return _verb(forms, partner, "не")


_RUSSIAN: dict[str, str] = {
    # отсутствовать is "нет", отсутствие is "нет", "в отсутствие" is "без"
    **_same("отсутствует,отсутствуют,отсутствовал,отсутствовала,отсутствовало,отсутствовали", "нет"),
    **_same("отсутствие,отсутствия,отсутствию,отсутствием,отсутствии", "нет"),
    **_same("в отсутствие,в отсутствии,при отсутствии", "без"),
    # лишён is "без" (the short and the long participle: "клетка лишена ядра", "лишённый ядра")
    **_same("лишен,лишена,лишено,лишены,лишенный,лишенная,лишенное,лишенные,лишенного,лишенной,лишенных,"
            "лишенным,лишенными,лишенную", "без"),
    # отказаться (the imperfective; the perfective is in lexicon_ru.PHRASES) and отказать are "не"
    **_same("отказывался,отказывалась,отказывалось,отказывались,отказываться,отказаться,отказавшись,отказываясь,"
            "отказал,отказала,отказали,отказывал,отказывала,отказывали,отказывает,отказывают", "не"),
    # не смочь, не суметь, не удаться, не в состоянии are "не"; смочь, суметь, удаться say the deed itself
    **_same("не смог,не смогла,не смогло,не смогли,не сможет,не смогут,не сумел,не сумела,не сумело,не сумели,"
            "не удалось,не удается,не удавалось,не удастся,не получилось,не в состоянии,не способен,не способна,"
            "не способно,не способны,неспособен,неспособна,неспособно,неспособны", "не"),
    **_same("удалось,удавалось,сумел,сумела,сумело,сумели,смогла,смогли", ""),
    # скрыть is "не показать"
    **_ru_verb("скрыл скрыла скрыло скрыли скрывал скрывала скрывало скрывали скрывает скрывают скроет скроют "
               "скрыт скрыта скрыто скрыты скрыть скрывать скрывая скрыв",
               "показал показала показало показали показывал показывала показывало показывали показывает "
               "показывают покажет покажут показан показана показано показаны показать показывать показывая "
               "показав"),
    # запретить is "не разрешить"
    **_ru_verb("запретил запретила запретило запретили запрещал запрещала запрещало запрещали запрещает запрещают "
               "запретит запретят запрещен запрещена запрещено запрещены запретить запрещать запрещенный "
               "запрещенная запрещенное запрещенные запрещенных запрещенной запрещенного запрещалось запрещался "
               "запрещалась запрещались запрещается запрещаются",
               "разрешил разрешила разрешило разрешили разрешал разрешала разрешало разрешали разрешает разрешают "
               "разрешит разрешат разрешен разрешена разрешено разрешены разрешить разрешать разрешенный "
               "разрешенная разрешенное разрешенные разрешенных разрешенной разрешенного разрешалось разрешался "
               "разрешалась разрешались разрешается разрешаются"),
    # отклонить and отвергнуть are "не принять"
    **_ru_verb("отклонил отклонила отклонило отклонили отклонял отклоняла отклоняли отклоняет отклоняют "
               "отклонен отклонена отклонено отклонены отклонить отклонять",
               "принял приняла приняло приняли принимал принимала принимали принимает принимают "
               "принят принята принято приняты принять принимать"),
    **_ru_verb("отверг отвергла отвергло отвергли отвергал отвергала отвергали отвергает отвергают "
               "отвергнут отвергнута отвергнуто отвергнуты отвергнуть",
               "принял приняла приняло приняли принимал принимала принимали принимает принимают "
               "принят принята принято приняты принять"),
    # игнорировать and пренебречь are "не прислушаться", as is "не обратить внимания на"; "обратить внимание на" is
    # "прислушаться к"
    **_ru_verb("игнорировал игнорировала игнорировало игнорировали игнорирует игнорируют игнорировать "
               "проигнорировал проигнорировала проигнорировало проигнорировали проигнорирует проигнорируют "
               "проигнорировать пренебрег пренебрегла пренебрегло пренебрегли пренебрегал пренебрегала "
               "пренебрегали пренебрегает пренебрегают пренебречь",
               "прислушался прислушалась прислушалось прислушались прислушивается прислушиваются прислушаться "
               "прислушался прислушалась прислушалось прислушались прислушается прислушаются "
               "прислушаться прислушался прислушалась прислушалось прислушались прислушивался прислушивалась "
               "прислушивались прислушивается прислушиваются прислушаться"),
    **{f"{turned} {attention} на": f"{heeded} к" for turned, heeded in (
        ("обратил", "прислушался"), ("обратила", "прислушалась"), ("обратили", "прислушались"),
        ("обращал", "прислушивался"), ("обращала", "прислушивалась"), ("обращали", "прислушивались"),
        ("обращает", "прислушивается"), ("обращают", "прислушиваются")) for attention in ("внимание", "внимания")},
    # нарушить a rule (only a rule: "нарушить тишину", "связь нарушена" keep none) is "не соблюдать" it
    **{f"{broke} {rule}": f"не {kept} {rule}" for broke, kept in zip(
        "нарушил нарушила нарушило нарушили нарушал нарушала нарушало нарушали нарушает нарушают нарушить нарушать"
        .split(), "соблюдал соблюдала соблюдало соблюдали соблюдал соблюдала соблюдало соблюдали соблюдает соблюдают "
        "соблюдать соблюдать".split(), strict=True) for rule in _RU_RULES},
    # сомневаться, что (в том, что) is "не верить, что"
    **_ru_verb("сомневался сомневалась сомневались сомневается сомневаются сомневаюсь",
               "верил верила верили верит верят верю"),
    # отрицать is "не признавать"
    **_ru_verb("утаил утаила утаило утаили утаивал утаивала утаивали утаивает утаивают утаить",
               "показал показала показало показали показывал показывала показывали показывает показывают показать"),
    **_same("наложил вето на,наложила вето на,наложили вето на,наложит вето на", "не принял"),
    # запрет введён is "не разрешили", запрет снят is "разрешили"
    **_same("ввел запрет на,ввела запрет на,ввели запрет на,вводит запрет на,вводят запрет на", "не разрешили"),
    **_same("снял запрет на,сняла запрет на,сняли запрет на,отменил запрет на,отменила запрет на,"
            "отменили запрет на", "разрешили"),
    # the noun of a ban says it too: "запрет на вывоз" is "не разрешили вывоз" (as "запретили вывоз"), "запрет
    # разводить костры" "не разрешили разводить костры"; its lifting is "разрешили"
    **_same(",".join(f"{noun}{on}" for noun in ("запрет", "запрета", "запрету", "запретом", "запрете", "запреты",
                                                "запретов") for on in (" на", "")), "не разрешили"),
    **_same(",".join(f"{lift} {noun}{on}" for lift in ("отмена", "отмены", "отмену", "отменой", "снятие", "снятия",
                                                       "снятию", "снятием")
                     for noun in ("запрета", "запретов") for on in (" на", "")), "разрешили"),
    **_ru_verb("отрицал отрицала отрицало отрицали отрицает отрицают отрицать отрицая",
               "признавал признавала признавало признавали признает признают признавать признавая"),
    # исключить is "не включить" ("за исключением" is "кроме": no negation)
    **_ru_verb("исключил исключила исключили исключал исключала исключали исключает исключают исключен "
               "исключена исключены исключая",
               "включил включила включили включал включала включали включает включают включен "
               "включена включены включая"),
    # a lack said as a need, as lexicon_ru.PHRASES says "не хватало"
    **_same("нехватка,нехватки,нехватку,нехваткой,нехватке", "нужно больше"),
    # set phrases whose negator negates nothing
    **_same("без сомнения,без сомнений,без всякого сомнения,без всяких сомнений", "несомненно"),
    "без исключения": "все", "без труда": "легко", "без конца": "постоянно", "без устали": "неустанно",
    "без преувеличения": "", "не только": "", "неа": "нет",
    "больше не": "не",  # no longer, as "перестал"
    "так и не": "не",  # never did, in the end ("так и не продлили"): one negation, no clauses of "так" and "и"
    # "воды не было": there was none (the thing comes first, as with "нет")
    **_same("не было,не будет,не стало", "нет"),
    **_ru_verb("нерастворим нерастворима нерастворимо нерастворимы нерастворимый нерастворимая нерастворимое "
               "нерастворимые", "растворим растворима растворимо растворимы растворимый растворимая растворимое "
               "растворимые"),
    **dict.fromkeys(("не кто иной как", "не кто иной, как", "не что иное как", "не что иное, как"), ""),
    **_ru_verb("неизвестно неизвестен неизвестна неизвестны неизвестный неизвестная неизвестное неизвестные",
               "известно известен известна известны известный известная известное известные"),
}

NEGATIVE_WORDS: dict[str, dict[str, str]] = {"en": _ENGLISH, "ru": _RUSSIAN}

# English verbs whose particle may follow their object ("left women out", "turned the offer down"): the forms,
# the particle, and the negation said instead (a word or two between; "left out of fear" is no leaving out)
SEPARABLE: tuple[tuple[tuple[str, ...], str, str], ...] = (
    (("leave", "leaves", "left", "leaving", "shut", "shuts", "shutting"), "out", "not include"),
    (("turn", "turns", "turned", "turning"), "down", "not accept"),
    (("cover", "covers", "covered", "covering"), "up", "not show"),
    (("keep", "keeps", "kept", "keeping"), "secret", "not show"),
)
