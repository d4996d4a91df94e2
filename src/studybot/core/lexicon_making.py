"""Verbs of bringing a thing into being, every form a learner writes, per language: "opened a gallery", "founded
a school", "built a waterworks", "set up a fund"; "открыл галерею", "основал школу", "провёл водопровод" (and the
nouns of the act, "the founding of", "строительство"). Only data, and only words any text on any subject uses
(`grading.things_made`)."""

from __future__ import annotations

__all__ = ["MAKING_ACTS", "MAKING_VERBS"]


def _forms(stems: tuple[str, ...], endings: tuple[str, ...]) -> frozenset[str]:
    return frozenset(f"{s}{e}" for s in stems for e in endings)


_EN = frozenset(
    "open opened opens found founded founds establish established establishes create created creates build built "
    "builds set start started starts launch launched launches introduce introduced introduces organise organised "
    "organises organize organized organizes construct constructed constructs erect erected erects install "
    "installed installs lay laid lays institute instituted institutes".split())
_RU = (_forms(("открыл", "основал", "создал", "построил", "учредил", "организовал", "провел", "заложил", "устроил",
               "ввел", "возвел", "соорудил"), ("", "а", "и", "о"))
       | frozenset("открыть основать создать построить учредить организовать провести заложить устроить ввести "
                   "возвести соорудить".split()))
MAKING_VERBS: dict[str, frozenset[str]] = {"en": _EN, "ru": _RU}

# the act named by a noun ("the founding of an art school", "открытие галереи"): said in an answer, not a point's verb
MAKING_ACTS: dict[str, frozenset[str]] = {
    "en": frozenset("opening founding foundation establishment creation building construction launch launching "
                    "introduction installation".split()),
    "ru": _forms(("открыти", "основани", "создани", "учреждени", "строительств", "сооружени", "проведени",
                  "введени", "устройств"), ("е", "я", "ю", "ем", "и", "о", "а", "у", "ом")),
}
