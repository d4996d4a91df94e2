"""How Russian says that one thing causes another, by the words that mark the cause's side and the result's
(`grading.causing_ru`): a verb of causing ("вызвала", "привела к", "был вызван"), a preposition of a cause ("из-за",
"вследствие", "в результате"), a noun of a cause or a result ("причиной ... стала", "стал следствием"), and the
endings by which a noun's case tells its side. General language only: no word of any text."""

from __future__ import annotations

__all__ = ["ACCUSATIVE", "CAUSE_NOUNS", "CAUSE_PREPOSITIONS", "CAUSING", "CAUSING_TO", "CAUSED_BY", "DATIVE",
           "GENITIVE", "INSTRUMENTAL", "RESULT_NOUNS", "VERB_ENDINGS"]

# a cause's preposition, as word sequences: the cause is the noun after it ("из-за засухи", "вследствие войны")
CAUSE_PREPOSITIONS: tuple[tuple[str, ...], ...] = (
    ("из", "за"), ("вследствие",), ("благодаря",), ("по", "причине"), ("по", "вине"), ("в", "результате"),
    ("в", "силу"))
# word beginnings of an active verb of causing: its subject the cause, its object the result ("засуха вызвала голод")
CAUSING = ("вызвал", "вызыва", "вызовет", "вызовут", "повлек", "повлёк", "повлечет", "повлечёт", "влечет", "влечёт",
           "влекут", "порожда", "породил", "обусловил", "обуславлива", "обусловлива", "спровоцир", "провоцир")
# ... and of one whose result follows "к" ("привела к голоду")
CAUSING_TO = ("привел", "привёл", "привод", "приведет", "приведёт", "приведут", "привест")
# word beginnings of a passive participle of causing: its subject the result, the instrumental its cause
CAUSED_BY = ("вызван", "обусловлен", "порожден", "порождён", "спровоцирован")
# word beginnings of a noun of a cause ("причиной голода": the noun after it the result) and of a result
# ("следствием засухи", "результатом войны": the noun after it the cause)
CAUSE_NOUNS = ("причин",)
RESULT_NOUNS = ("следстви", "результат")

# endings that read a noun (or its adjective) in one case, for this reading only
ACCUSATIVE = ("у", "ю")  # "засуху", "войну", "бурю", "сильную": no nominative ends so
INSTRUMENTAL = ("ой", "ей", "ом", "ем", "ами", "ями", "ью", "ою", "ею")
GENITIVE = ("а", "я", "ы", "и", "ов", "ев", "ей", "ий", "ого", "его", "ой", "их", "ых")  # "из-за эпидемий"
DATIVE = ("у", "ю", "е", "и", "ам", "ям", "ому", "ему", "ой", "ей", "им", "ым")
# endings of a verb's form (reflexive, infinitive, past): no noun on a side ("начался", "стала", "был")
VERB_ENDINGS = ("ся", "сь", "ть", "ал", "ял", "ел", "ил", "ыл", "ёл", "ала", "яла", "ела", "ила", "ыла", "ало", "яло",
                "ело", "ило", "ыло", "али", "яли", "ели", "или", "ыли")
