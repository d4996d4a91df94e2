"""A Russian verb said as a light verb and its noun: "принимали участие" is "участвовали", "оказал помощь" "помог",
"оказывали поддержку" "поддерживали", "нанесли удар" "ударили", "наносит ущерб" "вредит", "нанесла поражение"
"победила", "вели борьбу" "боролись", "вела войну" "воевала", "совершил ошибку" "ошибся", "задал вопрос" "спросил",
"теряет силу" "ослабевает", "набрал силу" "усилился", "вступает в реакцию" "реагирует". The light verb right before
its noun is read as the verb, in its aspect (the imperfective light verb gives the imperfective verb, the perfective the
perfective), so either wording makes a point said with the other. Only nouns whose verb is not made on their own
stem (a noun in "-ние", "влияние" / "влияли", is met by `ru_verbal_nouns` already; "дали совет" keeps its noun, which
a point "совет старейшин" asks for); only the light verb right before
the noun ("оказывал большую помощь" is left as it is). A rule of Russian, no word of a text."""

from __future__ import annotations

import re

__all__ = ["light_verbs_said"]


def _forms(impf: str, pf: str) -> tuple[tuple[str, ...], tuple[str, ...]]:
    return tuple(impf.split()), tuple(pf.split())


_ACCEPT = _forms("принимать принимает принимают принимал принимала принимало принимали принимая",
                 "принять принял приняла приняло приняли примет примут приняв")
_RENDER = _forms("оказывать оказывает оказывают оказывал оказывала оказывало оказывали оказывая",
                 "оказать оказал оказала оказало оказали окажет окажут оказав")
_INFLICT = _forms("наносить наносит наносят наносил наносила наносило наносили нанося",
                  "нанести нанес нанесла нанесло нанесли нанесет нанесут нанеся")
_LEAD = _forms("вести ведет ведут вел вела вело вели ведя", "")
_COMMIT = _forms("совершать совершает совершают совершал совершала совершало совершали совершая",
                 "совершить совершил совершила совершило совершили совершит совершат совершив")
_LOSE = _forms("терять теряет теряют терял теряла теряло теряли теряя",
               "потерять потерял потеряла потеряло потеряли потеряет потеряют утратить утратил утратила утратило "
               "утратили утратит утратят")
_GAIN = _forms("набирать набирает набирают набирал набирала набирало набирали набирая",
               "набрать набрал набрала набрало набрали наберет наберут")
_ENTER = _forms("вступать вступает вступают вступал вступала вступало вступали вступая",
                "вступить вступил вступила вступило вступили вступит вступят вступив")
_ASK = _forms("задавать задает задают задавал задавала задавали задавая", "задать задал задала задали задаст задав")

# (the light verb's forms, the noun's forms, the verb: imperfective, perfective)
_TABLE = (
    (_ACCEPT, "участие участия", ("участвовать", "участвовал")),
    (_RENDER, "помощь помощи", ("помогать", "помог")),
    (_RENDER, "поддержку поддержки", ("поддерживать", "поддержал")),
    (_INFLICT, "ущерб вред", ("вредить", "навредил")),
    (_INFLICT, "поражение", ("побеждать", "победил")),
    (_LEAD, "борьбу", ("бороться", "боролся")),
    (_LEAD, "войну войны", ("воевать", "воевал")),
    (_COMMIT, "ошибку ошибки", ("ошибаться", "ошибся")),
    (_ASK, "вопрос вопросы", ("спрашивать", "спросил")),
    (_LOSE, "силу", ("ослабевает", "ослаб")),  # "клейковина теряет силу": "ослабевает"
    (_GAIN, "силу", ("усиливается", "усилился")),
    (_ENTER, "в_реакцию", ("реагирует", "реагировал")),  # "сахара вступают в реакцию с белками": "реагируют"
)
# (a noun after its preposition is written with "_": "в_реакцию")
_READ = {f"{light} {noun.replace('_', ' ')}": verb[aspect]
         for (forms, nouns, verb) in _TABLE for aspect in (0, 1) for light in forms[aspect] for noun in nouns.split()}
_LIGHT = re.compile(rf"\b(?:{'|'.join(sorted(_READ, key=len, reverse=True))})\b")
_NOUNS = re.compile("|".join(sorted({noun.replace("_", " ") for (_, nouns, _) in _TABLE for noun in nouns.split()})))


def light_verbs_said(text: str) -> str:
    """`text` (normalised Russian) with "принимали участие" read as "участвовать", "оказал помощь" as "помог"."""
    return _LIGHT.sub(lambda m: _READ[m.group(0)], text) if _NOUNS.search(text) else text
