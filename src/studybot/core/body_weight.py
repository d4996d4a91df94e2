"""A body's weight gained or lost, said with the everyday verbs whose other senses keep them out of the words of rising
and falling: in Russian "поправился на 10 кг" is "потолстел на 10 кг" ("поправиться" is also to get well, and
"поправить" to correct: only before "на" and a figure is it a weight), "прибавил в весе", "набрал вес" are
"потолстел", "сбросил вес", "потерял в весе" "похудел"; in English "he put on 10 kg" is "he gained 10 kg", "put on
weight" "gained weight" ("put on a coat" stays as it is). Read so, the figure's direction is the one said
(`answer_groups`: "потолстел" rises, "похудел" falls), and "поправился на десять килограммов" no longer answers "на
сколько похудел?". General Russian and English, no word of a text. The grader's (`preparing.read`)."""

from __future__ import annotations

import re

__all__ = ["weight_said"]

_FIGURE_RU = r"(?:\d[\d.,]*|один|одна|два|две|три|четыре|пять|шесть|семь|восемь|девять|десять|\w+надцать|двадцать" \
             r"|тридцать|сорок|пятьдесят|несколько|пару|пол)"
_RU_GAINED = re.compile(rf"\bпоправил(ся|ась|ись)(?= (?:почти |примерно |около |целых |ещё |еще )?на {_FIGURE_RU}\b)")
_RU_PHRASES = re.compile(r"\b(прибавил|набрал|сбросил|потерял)(а|и)? (?:в весе|вес)\b")
_RU_ENDINGS = {"ся": "", "ась": "а", "ись": "и"}
_RU_BY = {"прибавил": "потолстел", "набрал": "потолстел", "сбросил": "похудел", "потерял": "похудел"}
_EN_PUT_ON = re.compile(r"\b(put|puts|putting) on (?=(?:about |around |nearly |almost |some |over )?"
                        r"(?:\d[\d.,]*|a few|several|\w+) ?(?:kg|kilos?|kilograms?|kilogrammes?|pounds?|lbs?|stones?)\b"
                        r"|weight\b)")
_EN_GAINED = {"put": "gained", "puts": "gains", "putting": "gaining"}


def weight_said(text: str, code: str) -> str:
    """`text` (normalised) with a body's weight gained or lost said by the verbs of rising and falling weight."""
    if code == "ru" and ("поправил" in text or " вес" in text):
        text = _RU_GAINED.sub(lambda m: "потолстел" + _RU_ENDINGS[m.group(1)], text)
        return _RU_PHRASES.sub(lambda m: _RU_BY[m.group(1)] + (m.group(2) or ""), text)
    if code == "en" and "put" in text:
        return _EN_PUT_ON.sub(lambda m: _EN_GAINED[m.group(1)] + " ", text)
    return text
