"""Past forms of the Russian verbs whose infinitive Snowball stems apart from their past: the verbs in -сти, -зти
and -чь ("вынести" / "вынесли": "вынест" / "вынесл"; "провести" / "провели"; "привлечь" / "привлекли"), a closed
class of a few roots, each past form with its infinitive, with the prefixes it takes; the grader's `forms` (as the
English irregular verbs: "sold" as "sell"). Left out: roots whose past is also a common other word ("мёл" / "мел",
"сел" / "село", "мог" / "смог"), and reflexive forms.

And, by rule, an infinitive in "-оть", "-уть" or "-еть" (reflexive too), which Snowball leaves with its "т" while
it cuts the past to "-л" ("пороть" / "пороли": "порот" / "порол"; "тянуть" / "тянули", "колоть" / "кололи",
"бороться" / "боролись"), read as its masculine past (`infinitive_as_past`); not the nouns of those endings
("путь", "ноготь", "сеть", "треть")."""

from __future__ import annotations

__all__ = ["PAST_FORMS", "infinitive_as_past"]

_PREFIXES = ("", "в", "вз", "вы", "до", "за", "из", "на", "над", "об", "от", "пере", "по", "под", "при", "про",
             "раз", "рас", "с", "у", "воз", "со", "ото", "разо", "обо", "подо", "изо", "во", "произ", "воспроиз")
# infinitive's ending after the prefix, the masculine past, the stem of the other past forms (+ а, о, и)
_ROOTS = (("нести", "нес", "несл"), ("везти", "вез", "везл"), ("вести", "вел", "вел"), ("трясти", "тряс", "трясл"),
          ("ползти", "полз", "ползл"), ("плести", "плел", "плел"), ("цвести", "цвел", "цвел"),
          ("брести", "брел", "брел"), ("расти", "рос", "росл"), ("беречь", "берег", "берегл"),
          ("влечь", "влек", "влекл"), ("печь", "пек", "пекл"))
# without a prefix only (a prefix makes them other verbs, or their past other words)
_BARE = (("спасти", "спас", "спасл"), ("помочь", "помог", "помогл"), ("достичь", "достиг", "достигл"),
         ("привлечь", "привлек", "привлекл"))


def _past(roots: tuple[tuple[str, str, str], ...], prefixes: tuple[str, ...]) -> dict[str, str]:
    found: dict[str, str] = {}
    for prefix in prefixes:
        for infinitive, masculine, stem in roots:
            for form in (masculine, stem + "а", stem + "о", stem + "и"):
                found.setdefault(prefix + form, prefix + infinitive)
    return found


PAST_FORMS: dict[str, str] = {**_past(_ROOTS, _PREFIXES), **_past(_BARE, ("",))}

# nouns (and an adverb, a conjunction) in "-оть", "-уть", "-еть" with four letters or more before "-ть", and the
# endings of their compounds ("Главсевморпуть", "электросеть"); the verbs of those endings are "висеть" and
# "смотреть" with their prefixes ("зависеть", "рассмотреть")
_NOT_INFINITIVES = ("путь", "суть", "ртуть", "жуть", "муть", "чуть", "хоть", "плоть", "ноготь", "локоть", "коготь",
                    "деготь", "ломоть", "копоть", "похоть", "сеть", "треть", "плеть", "клеть")


def infinitive_as_past(word: str) -> str | None:
    """An infinitive in "-оть", "-уть", "-еть" (or "-оться" ...) as its masculine past ("пороть" / "порол", "тянуться"
    / "тянулся", "смотреть" / "смотрел"), or None: four letters or more before "-ть" ("дуть", "уметь" are left to
    Snowball), and not a noun of those endings (`_NOT_INFINITIVES`)."""
    bare, reflexive = (word[:-2], "ся") if word.endswith("ться") else (word, "")
    if len(bare) < 6 or not bare.endswith(("оть", "уть", "еть")):
        return None
    if bare.endswith(_NOT_INFINITIVES) and not bare.endswith(("висеть", "смотреть")):
        return None
    return bare[:-2] + "л" + reflexive
