"""Russian filling a container said the other way round: "набирает воду в бак" is "заполняет бак водой", "залили бетон в
форму" "заполнили форму бетоном", "закачивают воздух в баллон" "заполняют баллон воздухом". A verb of putting a
substance into a thing (набирать, наливать, заливать, закачивать, накачивать, загружать) whose object is followed by
"в" + the thing is read as "заполнять" in the same form and aspect ("наливает воду в бак" as "заполняет воду в бак");
"набирать" and "загружать", which say more ("набирали солдат в полк" recruits, "загрузили программу в память"), stay,
"заполнять" said after them ("набирает заполняет воду в бак"). The words stay where they are (a wording is matched by
its words, not their order), so either turn makes a point said with the other. Only when "в" follows within three
words of the verb, in its clause, before a word not in the prepositional case ("набирает высоту", "набрал силу",
"налил воды", "набирает высоту в горах" are left as they are), and not "из" ("набирают воду из колодца" takes it
out). A rule of Russian, no word of a text."""

from __future__ import annotations

import re

__all__ = ["filling_said"]


def _verb(impf_stem: str, pf_stem: str, *pf_future: str) -> dict[str, str]:
    """The forms of one verb of filling (its imperfective on `impf_stem` + "-ть", "-ет" ..., its perfective on
    `pf_stem` + "-ть", "-л" ..., the perfective's future `pf_future`, one and many), each with the form of
    "заполнять" / "заполнить" it is read as."""
    impf = {"ть": "заполнять", "ет": "заполняет", "ют": "заполняют", "л": "заполнял", "ла": "заполняла",
            "ло": "заполняло", "ли": "заполняли", "я": "заполняя"}
    pf = {"ть": "заполнить", "л": "заполнил", "ла": "заполнила", "ло": "заполнило", "ли": "заполнили"}
    return {**{impf_stem + end: said for end, said in impf.items()},
            **{pf_stem + end: said for end, said in pf.items()},
            **dict(zip(pf_future, ("заполнит", "заполнят"), strict=False))}


_READ = {
    **_verb("набира", "набра", "наберет", "наберут"),
    **_verb("налива", "нали", "нальет", "нальют"),
    **_verb("залива", "зали", "зальет", "зальют"),
    **_verb("закачива", "закача", "закачает", "закачают"),
    **_verb("накачива", "накача", "накачает", "накачают"),
    **_verb("загружа", "загрузи", "загрузит", "загрузят"),
}
_KEPT = ("набира", "набра", "набер", "загруж", "загруз")  # verbs that say more than filling: kept, "заполнять" added
# where the substance goes: "в" / "во" and a word not in the prepositional case ("в бак", "в форму", "в баллоны"; not
# "в горах", "в первом туре", "в цистерне": where a thing is done, not into what)
_INTO = r" во? (?![^\W\d_]+(?:е|ах|ях|ом|ем|ой|ей|ии)\b)[^\W\d_]"
# the verb, up to three words of its object (no comma, no "в", no "из" among them), then where it goes; or where it
# goes first ("закачивают в баллон воздух")
# (any word of these beginnings: its form is checked after)
_FILLING = re.compile(r"\b((?:на[бл]|за[лг]|[зн]ака)[^\W\d_]+)"
                      rf"(?=(?: (?!(?:в|во|из|изо)\b)[^\W\d_]+){{0,3}}{_INTO})")


def filling_said(text: str) -> str:
    """`text` (normalised Russian) with "наливает воду в бак" read as "заполняет воду в бак", "набирает воду в бак" as
    "набирает заполняет воду в бак" (so both say "заполняет бак водой")."""
    if " в" not in text or not ("наб" in text or "нал" in text or "зал" in text or "акач" in text or "загр" in text):
        return text  # (most texts: none of the verbs' beginnings)
    return _FILLING.sub(_filled, text)


def _filled(m: re.Match[str]) -> str:
    verb = m.group(1)
    if verb not in _READ:
        return verb
    return f"{verb} {_READ[verb]}" if verb.startswith(_KEPT) else _READ[verb]
