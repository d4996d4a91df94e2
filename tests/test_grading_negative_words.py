"""Words that hold a negation: a table of the language's forms, English and Russian.

"they hid the leaks" says "they did not show the leaks", "the cell lacks a nucleus" says "it has no
nucleus", "отсутствует" says "нет", "отказался подписать" says "не подписал". A fair teacher reads the
negative word and the negation with its positive partner as one claim, and the positive partner alone
as the opposite. Cards on invented subjects (a town council, a guild, a cell, an envoy, a comet), each
row what a teacher would mark; then the traps: words that look alike and hold no negation ("a failed
harvest", an animal's "hide", "без сомнения"), and double negations ("not without", "never failed to").
"""

from __future__ import annotations

from functools import partial

import pytest

from studybot.core.aliases import Aliases
from studybot.core.grading import Grader
from studybot.core.language import language
from studybot.core.matching import Prepared
from tests import cards

EN = Grader()
RU = Grader(language="ru")

short = partial(cards.short, prompt="What happened?")

ENGLISH = [
    # fail to / manage to: "failed to pass" is "did not pass"
    ("the charter failed to pass", "the charter did not pass", True),
    ("the charter failed to pass", "the charter passed", False),
    ("the charter did not pass", "the charter failed to pass", True),
    ("the charter passed", "the charter failed", False),
    ("the charter failed", "the charter passed", False),
    ("the monks never failed to pray at dawn", "the monks always prayed at dawn", True),
    ("the monks never failed to pray at dawn", "the monks did not pray at dawn", False),
    ("the envoy managed to reach the khan", "the envoy reached the khan", True),
    ("the envoy managed to reach the khan", "the envoy failed to reach the khan", False),
    ("the envoy reached the khan", "the envoy did not manage to reach the khan", False),
    ("the envoy reached the khan", "the envoy neglected to reach the khan", False),
    ("the clerk did not record the sale", "the clerk forgot to record the sale", True),
    ("the clerk did not record the sale", "the clerk omitted to record the sale", True),
    ("the clerk did not record the sale", "the clerk declined to record the sale", True),
    ("the clerk did not record the sale", "the clerk refrained from recording the sale", True),
    # the refusal, failure, inability of someone to do a thing: they do not do it
    ("the guild did not pay the toll", "the refusal of the guild to pay the toll", True),
    ("the guild did not pay the toll", "the failure of the guild to pay the toll", True),
    ("the guild did not pay the toll", "the inability of the old guild to pay the toll", True),
    ("the guild paid the toll", "the refusal of the guild to pay the toll", False),
    ("the guild did not pay the toll", "the readiness of the guild to pay the toll", False),
    # unconvinced, unsure: not convinced, not sure
    ("the envoy was not convinced the map was true", "the envoy was unconvinced the map was true", True),
    ("the envoy was not sure the map was true", "the envoy was unsure the map was true", True),
    ("the envoy was convinced the map was true", "the envoy was unconvinced the map was true", False),
    # doubting is not believing; the noun "doubt" stays
    ("the abbot did not believe the relic was genuine", "the abbot doubted the relic was genuine", True),
    ("the abbot did not believe the relic was genuine", "the abbot doubted that the relic was genuine", True),
    ("the abbot did not believe the relic was genuine", "the abbot believed the relic was genuine", False),
    ("the abbot did not believe the relic was genuine", "the abbot never doubted the relic was genuine", False),
    ("the abbot believed the relic was genuine", "the abbot never doubted that the relic was genuine", True),
    ("the abbot believed the relic was genuine", "the abbot doubted the relic was genuine", False),
    # lack: "has no"
    ("the cell lacks a nucleus", "the cell has no nucleus", True),
    ("the cell lacks a nucleus", "the cell does not have a nucleus", True),
    ("the cell lacks a nucleus", "the cell is without a nucleus", True),
    ("the cell lacks a nucleus", "the cell has a nucleus", False),
    ("the cell has no nucleus", "the cell lacks a nucleus", True),
    ("the cell has a nucleus", "the cell lacks a nucleus", False),
    ("the village lacked clean water", "the village had no clean water", True),
    ("the village lacked clean water", "there was no lack of clean water in the village", False),
    ("the village had no clean water", "the village was lacking clean water", True),
    ("the famine came from a lack of grain", "the famine came because there was no grain", True),
    # a deficiency of a thing is a lack of it, said before or after it
    ("a lack of vitamin B", "vitamin B deficiency", True),
    ("a lack of vitamin B", "a severe vitamin B deficiency", True),
    ("a lack of vitamin B", "a deficiency of vitamin B", True),
    ("a lack of iron in the soil", "an iron deficiency in the soil", True),
    ("a lack of iron in the soil", "the soil was deficient in iron", True),
    ("a lack of iron in the soil", "too much iron in the soil", False),
    ("a lack of iron in the soil", "iron in the soil", False),
    ("a lack of vitamin B", "vitamin D deficiency", False),
    ("vitamin B deficiency", "a lack of vitamin B", True),
    ("vitamin B deficiency", "vitamin B", False),
    # absent, missing, free of, devoid of: "not present", "without"
    ("the enzyme is absent", "the enzyme is not present", True),
    ("the enzyme is absent", "the enzyme is present", False),
    ("the enzyme is absent", "the enzyme is missing", True),
    ("the enzyme is not present", "the enzyme is missing", True),
    ("the yeast ferments without oxygen", "the yeast ferments when oxygen is absent", True),
    ("the yeast ferments without oxygen", "the yeast ferments in the absence of oxygen", True),
    ("the yeast ferments without oxygen", "the yeast ferments in the presence of oxygen", False),
    ("the alloy contains lead", "the alloy is lead-free", False),
    ("the plain has no trees", "the plain is devoid of trees", True),
    # hide, conceal: "not show"
    ("the council hid the losses", "the council did not show the losses", True),
    ("the council hid the losses", "the council concealed the losses", True),
    ("the council hid the losses", "the council did not reveal the losses", True),
    ("the council hid the losses", "the council showed the losses", False),
    ("the council hid the losses", "the council revealed the losses", False),
    ("the council showed the losses", "the council hid the losses", False),
    ("the losses were hidden", "the losses were not shown", True),
    ("the council hides its losses", "the council does not show its losses", True),
    # deny: "not admit"
    ("the abbot denied the charge", "the abbot did not admit the charge", True),
    ("the abbot denied the charge", "the abbot admitted the charge", False),
    ("the abbot admitted the charge", "the abbot denied the charge", False),
    ("the abbot did not deny the charge", "the abbot admitted the charge", True),
    # forbid, ban, prohibit: "not allow"
    ("the guild forbade night work", "the guild did not allow night work", True),
    ("the guild forbade night work", "the guild allowed night work", False),
    ("night work was banned", "night work was not allowed", True),
    ("night work was banned", "night work was permitted", False),
    ("night work was prohibited", "night work was forbidden", True),
    ("the guild did not forbid night work", "the guild allowed night work", True),
    # reject, refuse: "not accept"
    ("the senate rejected the plan", "the senate did not accept the plan", True),
    ("the senate rejected the plan", "the senate accepted the plan", False),
    ("the senate rejected the plan", "the senate refused the plan", True),
    ("the senate refused to sign", "the senate did not sign", True),
    ("the senate refused to sign", "the senate signed", False),
    # ignore, disregard: "not heed"
    ("the captain ignored the warning", "the captain did not heed the warning", True),
    ("the captain ignored the warning", "the captain disregarded the warning", True),
    ("the captain ignored the warning", "the captain paid no attention to the warning", True),
    ("the captain ignored the warning", "the captain heeded the warning", False),
    ("the captain ignored the warning", "the captain paid attention to the warning", False),
    # exclude, omit, leave out: "not include"
    ("the charter excluded women", "the charter did not include women", True),
    ("the charter excluded women", "the charter left out women", True),
    ("the charter excluded women", "the charter left women out", True),
    ("the charter excluded women", "the charter included women", False),
    ("the charter omitted women", "the charter excluded women", True),
    # unable, incapable: "cannot"
    ("the garrison could not hold the fort", "the garrison was unable to hold the fort", True),
    ("the garrison could not hold the fort", "the garrison was incapable of holding the fort", True),
    ("the garrison was unable to hold the fort", "the garrison held the fort", False),
    # lose is no longer keeping
    ("the duchy kept its independence", "the duchy lost its independence", False),
    ("the duchy lost its independence", "the duchy retained its independence", False),
    # set phrases with a negator that say no negation
    ("the comet will certainly return", "without doubt the comet will return", True),
    ("the comet will certainly return", "no doubt the comet will return", True),
    ("the stream was not without fish", "the stream had fish", True),
    ("the stream was not without fish", "the stream had no fish", False),
]

RUSSIAN = [
    # сомневаться, что: не верить, что
    ("аббат не верил, что реликвия подлинная", "аббат сомневался, что реликвия подлинная", True),
    ("аббат не верил, что реликвия подлинная", "аббат верил, что реликвия подлинная", False),
    ("аббат верил, что реликвия подлинная", "аббат не сомневался, что реликвия подлинная", True),
    ("аббат верил, что реликвия подлинная", "аббат сомневался, что реликвия подлинная", False),
    # нет, без, отсутствует, лишён
    ("у клетки нет ядра", "клетка без ядра", True),
    ("у клетки нет ядра", "ядро у клетки отсутствует", True),
    ("ядро отсутствует", "ядра нет", True),
    ("у клетки нет ядра", "клетка лишена ядра", True),
    ("клетка лишена ядра", "у клетки есть ядро", False),
    ("в клетке отсутствует ядро", "в клетке есть ядро", False),
    ("в клетке нет ядра", "в клетке отсутствовало ядро", True),
    ("в отсутствие кислорода дрожжи бродят", "без кислорода дрожжи бродят", True),
    ("дрожжи бродят без кислорода", "дрожжи бродят при отсутствии кислорода", True),
    ("дрожжи бродят без кислорода", "дрожжи бродят в присутствии кислорода", False),
    ("равнина лишена деревьев", "на равнине нет деревьев", True),
    # отказаться, не смочь, не удаться
    ("посол отказался подписать договор", "посол не подписал договор", True),
    ("посол отказался подписать договор", "посол подписал договор", False),
    ("посол отказывался подписывать договор", "посол не подписывал договор", True),
    ("посол не смог подписать договор", "посол не подписал договор", True),
    ("совету не удалось подписать договор", "совет не подписал договор", True),
    ("совет не подписал договор", "совету не удалось подписать договор", True),
    ("совету удалось подписать договор", "совет подписал договор", True),
    ("посол сумел подписать договор", "посол подписал договор", True),
    ("совету удалось подписать договор", "совет не смог подписать договор", False),
    ("совет подписал договор", "совету не удалось подписать договор", False),
    ("гарнизон был не в состоянии удержать крепость", "гарнизон не мог удержать крепость", True),
    ("гарнизон не смог удержать крепость", "гарнизон удержал крепость", False),
    # скрыть: "не показать"
    ("совет скрыл убытки", "совет не показал убытки", True),
    ("совет скрыл убытки", "совет показал убытки", False),
    ("совет скрывал убытки", "совет не показывал убытки", True),
    ("убытки были скрыты", "убытки не были показаны", True),
    # запретить: "не разрешить"
    ("гильдия запретила ночную работу", "гильдия не разрешила ночную работу", True),
    ("гильдия запретила ночную работу", "гильдия разрешила ночную работу", False),
    ("ночная работа была запрещена", "ночная работа не была разрешена", True),
    ("ночная работа была запрещена", "ночная работа была разрешена", False),
    # отклонить, отвергнуть: "не принять"
    ("сенат отклонил план", "сенат не принял план", True),
    ("сенат отклонил план", "сенат принял план", False),
    ("сенат отверг план", "сенат не принял план", True),
    ("сенат отверг план", "сенат отклонил план", True),
    # отрицать: "не признавать"
    ("аббат отрицал обвинение", "аббат не признавал обвинение", True),
    ("аббат отрицал обвинение", "аббат признал обвинение", False),
    # set phrases and double negations
    ("комета несомненно вернётся", "без сомнения, комета вернётся", True),
    ("в ручье была рыба", "ручей был не без рыбы", True),
]


@pytest.mark.parametrize(("answer", "given", "right"), ENGLISH)
def test_english_negative_words(answer, given, right):
    assert EN.grade(short(answer), given).correct is right


@pytest.mark.parametrize(("answer", "given", "right"), RUSSIAN)
def test_russian_negative_words(answer, given, right):
    assert RU.grade(short(answer), given).correct is right


POINTS = [
    # a keypoint made with a negative word, the answer said with the negation, or the opposite
    (EN, "prokaryotes lack a nucleus", "in prokaryotes there is no nucleus", True),
    (EN, "prokaryotes lack a nucleus", "prokaryotes are without a nucleus", True),
    (EN, "prokaryotes lack a nucleus", "in prokaryotes there is a nucleus", False),
    (EN, "the duke hid the treaty", "the duke did not show anyone the treaty", True),
    (EN, "the duke hid the treaty", "the duke showed the treaty to the king", False),
    (EN, "the alloy has no lead", "the alloy is free of lead", True),
    (EN, "the alloy has no lead", "it is a lead-free alloy", True),
    (EN, "the alloy has no lead", "the alloy has some lead", False),
    (EN, "the yeast ferments without oxygen", "the yeast ferments when oxygen is absent", True),
    (EN, "the yeast ferments without oxygen", "the yeast ferments when oxygen is present", False),
    (EN, "the regent refused to call parliament", "the regent did not call parliament", True),
    (EN, "the regent refused to call parliament", "the regent called parliament", False),
    (RU, "у прокариот отсутствует ядро", "у бактерий-прокариот нет ядра", True),
    (RU, "у прокариот отсутствует ядро", "у прокариот есть ядро", False),
    (RU, "у прокариот нет ядра", "ядро у прокариот отсутствует", True),
    (RU, "дрожжи бродят без кислорода", "дрожжи бродят когда кислород отсутствует", True),
    (RU, "дрожжи бродят без кислорода", "дрожжи бродят когда кислород есть", False),
    (RU, "регент отказался созвать собор", "регент не созвал собор", True),
    (RU, "регент отказался созвать собор", "регент созвал собор", False),
]


@pytest.mark.parametrize(("grader", "point", "given", "right"), POINTS)
def test_keypoints_with_negative_words(grader, point, given, right):
    card = cards.explain(point, "the treasury was empty" if grader is EN else "казна была пуста", need=1)
    assert grader.grade(card, given).correct is right


NEGATED = [
    # negative words: one negation each
    ("en", "the cell lacks a nucleus", True),
    ("en", "the losses were hidden", True),
    ("en", "the plan was rejected", True),
    ("en", "the senate refused the plan", True),
    ("en", "night work was banned", True),
    ("en", "the enzyme is absent", True),
    # look alike, hold no negation
    ("en", "a failed harvest caused the famine", False),
    ("en", "kidney failure killed him", False),
    ("en", "the tanners soaked the hide of each ox", False),
    ("en", "hides and furs were traded", False),
    ("en", "miss jones taught the class", False),
    ("en", "the fortress was a success", False),
    # double negations
    ("en", "there was no lack of grain", False),
    ("en", "the stream was not without fish", False),
    ("en", "the monks never failed to pray", False),
    ("en", "the abbot did not deny it", False),
    ("en", "without doubt it returned", False),
    ("en", "it came every year without fail", False),
    ("ru", "ядро отсутствует", True),
    ("ru", "клетка лишена ядра", True),
    ("ru", "совет скрыл убытки", True),
    ("ru", "без сомнения, комета вернется", False),
    ("ru", "без всякого сомнения он прав", False),
    ("ru", "ручей был не без рыбы", False),
    ("ru", "скрытая теплота плавления", False),
    ("ru", "совету удалось подписать договор", False),
]


@pytest.mark.parametrize(("code", "text", "negated"), NEGATED)
def test_what_a_negative_word_negates(code, text, negated):
    assert Prepared.of(text, Aliases(None, language(code)), lemmas=True).negated() is negated


REWRITTEN = [
    # the failed deed said before "не удалось", and a refusal to do a thing, in Russian
    ("ru", "прорваться на юг армии не удалось", "не прорваться на юг армии"),
    ("ru", "отказ подписать договор", "не подписать договор"),
    ("ru", "отказ военных", "отказ военных"),  # a refusal of people: no deed refused
    # a participle before its noun names a kind of thing, after a verb it denies
    ("en", "the hidden chest held letters", "the hidden chest held letters"),
    ("en", "the chest was hidden", "the chest was not showed"),
    ("en", "they banned smoking", "they not allowed smoking"),
    ("en", "an unknown soldier", "an unknown soldier"),
    # ... also with a mark after its noun, as a list's item ends ("an unknown planet, a large moon")
    ("en", "an unknown planet, a large moon", "an unknown planet, a large moon"),
    ("en", "the unfinished bridge; a ferry", "the unfinished bridge; a ferry"),
    ("en", "the rejected plan.", "the rejected plan."),
    ("en", "it was unknown, a moon", "it was not known, a moon"),
    ("en", "the cause is unknown", "the cause is not known"),
    ("en", "nope, it left women out", "no, it not include women"),
]


@pytest.mark.parametrize(("code", "text", "rewritten"), REWRITTEN)
def test_negative_words_rewritten(code, text, rewritten):
    assert Prepared.of(text, Aliases(None, language(code)), lemmas=True).text == rewritten


def test_every_key_is_a_phrase_of_words():
    """A key of the table is words (no stray piece of a phrase cut at a comma: " как" would eat every "как")."""
    from studybot.core.lexicon_negative import NEGATIVE_WORDS
    for table in NEGATIVE_WORDS.values():
        for key in table:
            assert key == key.strip() and key[0].isalpha() and key[-1].isalpha(), key


SEPARATED = [
    # a refusal said with a verb of its own, its particle maybe after the object
    ("the senate rejected the plan", "the senate turned down the plan", True),
    ("the senate rejected the plan", "the senate turned the plan down", True),
    ("the senate rejected the plan", "the senate said no to the plan", True),
    ("the senate rejected the plan", "the senate turned the plan around", False),
    ("the council hid the losses", "the council covered up the losses", True),
    ("the council hid the losses", "the council kept the losses secret", True),
    ("the guild excluded outsiders", "the guild shut outsiders out", True),
    pytest.param("the guild excluded outsiders", "the guild was closed to outsiders", True, marks=pytest.mark.xfail(
        strict=True, reason="negated alike now, but 'open to' is no word of 'include'")),
]


@pytest.mark.parametrize(("point", "given", "right"), SEPARATED)
def test_negative_verbs_of_their_own(point, given, right):
    assert EN.grade(cards.explain(point, "the treasury was empty", need=1), given).correct is right


LONG_POINTS = [
    # a long point made mostly (five content words or more): the negative word and its partner still disagree
    (EN, "the city council rejected the new harbour tax on salt", "the city council did not accept the new harbour "
                                                                  "tax on salt", True),
    (EN, "the city council rejected the new harbour tax on salt", "the city council approved the new harbour tax on "
                                                                  "salt", False),
    (EN, "the great charter of the guild passed the town assembly in spring",
     "the great charter of the guild failed in the town assembly in spring", False),
    (EN, "the northern duchy retained its old independence after the long war",
     "the northern duchy lost its old independence after the long war", False),
    # "keep" is no opposite of "lose" in the lexicon (too many senses), but it means "retain", whose opposite "lose"
    # is (`grading.partly_flips`: the opposite of a word of the same meaning)
    (EN, "the northern duchy kept its old independence after the long war",
     "the northern duchy lost its old independence after the long war", False),
    (RU, "городской совет отклонил новый портовый налог на соль", "городской совет не принял новый портовый налог "
                                                                   "на соль", True),
    (RU, "городской совет отклонил новый портовый налог на соль", "городской совет принял новый портовый налог на "
                                                                   "соль", False),
    (RU, "северное герцогство сохранило старую независимость после долгой войны",
     "северное герцогство потеряло старую независимость после долгой войны", False),
    (RU, "северное герцогство сохранило старую независимость после долгой войны",
     "северное герцогство утратило старую независимость после долгой войны", False),
]


@pytest.mark.parametrize(("grader", "point", "given", "right"), LONG_POINTS)
def test_long_points_with_negative_words(grader, point, given, right):
    card = cards.explain(point, "the treasury was empty" if grader is EN else "казна была пуста", need=1)
    assert grader.grade(card, given).correct is right


STOPPING = [
    # prevent and avoid are read by the grader's words of stopping; a ban is a negation in a noun
    (EN, "the dam prevented floods downstream", "the dam stopped floods downstream", True),
    (EN, "the dam prevented floods downstream", "the dam did not prevent floods downstream", False),
    (EN, "the dam prevented floods downstream", "the dam caused floods downstream", False),
    (EN, "the guild banned night work", "the guild imposed a ban on night work", True),
    (EN, "the guild banned night work", "the guild put a ban on night work", True),
    (EN, "the guild banned night work", "the guild placed a ban on night work", True),
    (EN, "the guild allowed night work", "the guild put a ban on night work", False),
    (EN, "the guild banned night work", "the guild lifted the ban on night work", False),
    (EN, "the guild allowed night work", "the guild lifted the ban on night work", True),
    (RU, "гильдия запретила ночную работу", "гильдия ввела запрет на ночную работу", True),
    (RU, "гильдия запретила ночную работу", "гильдия сняла запрет на ночную работу", False),
    (RU, "гильдия разрешила ночную работу", "гильдия сняла запрет на ночную работу", True),
    # the noun of a ban alone, either side: "запрет на X" is "запретили X", its lifting "разрешили X"
    (RU, "запрет на ночную работу", "гильдия запретила ночную работу", True),
    (RU, "запрет на ночную работу", "ночная работа запрещалась", True),
    (RU, "запрет на ночную работу", "гильдия разрешила ночную работу", False),
    (RU, "запрет на ночную работу", "запрет на дневную работу", False),
    (RU, "гильдия запретила ночную работу", "был запрет на ночную работу", True),
    (RU, "гильдия запретила ночную работу", "не было запрета на ночную работу", False),
    (RU, "запрет разводить костры", "разводить костры запрещают", True),
    (RU, "запрет разводить костры", "разводить костры разрешают", False),
    (RU, "отмена запрета на ночную работу", "гильдия разрешила ночную работу", True),
    (RU, "отмена запрета на ночную работу", "гильдия запретила ночную работу", False),
    (RU, "армия отступала на восток, чтобы избежать генерального сражения с французами",
     "армия отступала на восток, чтобы дать генеральное сражение французам", False),
    (RU, "сейм принял новый закон о пошлинах", "сейм провалил новый закон о пошлинах", False),
]


@pytest.mark.parametrize(("grader", "point", "given", "right"), STOPPING)
def test_stopping_and_bans(grader, point, given, right):
    card = cards.explain(point, "the treasury was empty" if grader is EN else "казна была пуста", need=1)
    assert grader.grade(card, given).correct is right


def test_a_negative_word_among_the_packs_own_synonyms_keeps_its_word():
    """A pack that lists "lack" with "shortage" says they are one word: "lacked" is not read as "had no"."""
    own = Grader(synonyms=(("shortage", "lack"),))
    card = cards.explain("the mill lacked grain in winter", "the treasury was empty", need=1)
    assert own.grade(card, "the mill had a shortage of grain in winter").correct
    assert not EN.grade(card, "the mill had a shortage of grain in winter").correct  # no such pack word
    assert EN.grade(card, "the mill had no grain in winter").correct


CEASING = [
    # ceasing to do a thing is no longer doing it; a thing stopped is still read as prevented
    pytest.param(EN, "the town no longer paid the tribute", "the town stopped paying the tribute", True,
                 marks=pytest.mark.xfail(strict=True, reason="'stop' + gerund also prevents (walls stop flooding)")),
    (EN, "the town no longer paid the tribute", "the town gave up paying the tribute", True),
    (EN, "the town no longer paid the tribute", "the town ceased paying the tribute", True),
    (EN, "the town ceased paying the tribute", "the town paid the tribute", False),
    (EN, "the walls stop flooding", "the walls prevent flooding", True),
    (EN, "the bandage stopped the bleeding", "the bandage stopped the bleeding", True),
    (EN, "the law failed to pass", "the failure to pass the law", True),
    (EN, "the scribe forgot the date", "the scribe did not remember the date", True),
    (EN, "the scribe forgot the date", "the scribe remembered the date", False),
    (RU, "город больше не платил дань", "город перестал платить дань", True),
    (RU, "город больше не платил дань", "город прекратил платить дань", True),
    (RU, "город прекратил платить дань", "город платил дань", False),
    (RU, "рыбаки бросили сеть в море", "рыбаки бросили сеть в море", True),
]


@pytest.mark.parametrize(("grader", "point", "given", "right"), CEASING)
def test_ceasing(grader, point, given, right):
    card = cards.explain(point, "the treasury was empty" if grader is EN else "казна была пуста", need=1)
    assert grader.grade(card, given).correct is right


@pytest.mark.parametrize(("code", "text", "rewritten"), [
    ("en", "they gave up paying", "they not paying"),
    ("en", "they stopped paying", "they stopped paying"),
    ("en", "they stopped during the night", "they stopped during the night"),
    ("ru", "бросили сеть в море", "бросили сеть в море"),
    ("ru", "бросил пить", "не пить"),
])
def test_ceasing_rewritten(code, text, rewritten):
    assert Prepared.of(text, Aliases(None, language(code)), lemmas=True).text == rewritten


EXISTS = [
    # "не было" says there was none, the thing said first as often as after
    (RU, "в городе не было воды", "воды в городе не было", True),
    (RU, "в городе не было воды", "в городе была вода", False),
    (RU, "город был без воды", "воды в городе не было", True),
    # adjectives that say "not": "insoluble" is "not soluble"
    (EN, "the salt is not soluble in water", "the salt is insoluble in water", True),
    (EN, "the salt is insoluble in water", "the salt is soluble in water", False),
    (EN, "the change is irreversible", "the change is not reversible", True),
    (RU, "соль нерастворима в воде", "соль не растворима в воде", True),
    (RU, "соль нерастворима в воде", "соль растворима в воде", False),
]


@pytest.mark.parametrize(("grader", "point", "given", "right"), EXISTS)
def test_none_there_and_not_adjectives(grader, point, given, right):
    card = cards.explain(point, "the treasury was empty" if grader is EN else "казна была пуста", need=1)
    assert grader.grade(card, given).correct is right


# Which word a Russian negator after it negates: only one that closes its clause looks back ("флота у города не
# было"); one that goes on negates what follows it ("у города нет флота": the fleet, not the town)
LOOKING_BACK = [
    ("у города нет флота", "города", False), ("у города нет флота", "флота", True),
    ("флота у города нет", "флота", True), ("у города не было флота", "города", False),
    ("у города не было флота", "флота", True), ("флота у города не было", "флота", True),
    ("денег нет, а флот есть", "денег", True), ("денег нет, а флот есть", "флот", False),
]


@pytest.mark.parametrize(("text", "word", "negated"), LOOKING_BACK)
def test_a_russian_negator_after_a_word_negates_it_only_when_it_closes_the_clause(text, word, negated):
    prepared = Prepared.of(text, Aliases(None, language("ru")), lemmas=True)
    assert prepared.negated_at(prepared.words.index(word)) is negated


# A negative word in -ing that a word of stopping keeps from happening makes no claim of its own: "stopped the
# body rejecting the graft" is no "did not accept"
PREVENTED = [
    ("the drugs stopped the body rejecting the graft", "the drugs prevented the body from rejecting the graft", True),
    ("the drugs stopped rejection of the graft", "the drugs stopped the body rejecting the graft", True),
    ("the drugs stopped rejection of the graft", "the body rejected the graft", False),
    ("the walls stopped the water hiding the cracks", "the walls stopped the water hiding the cracks", True),
]


@pytest.mark.parametrize(("point", "given", "right"), PREVENTED)
def test_a_negative_word_kept_from_happening_is_no_claim(point, given, right):
    assert EN.grade(cards.explain(point, "the patient recovered", need=1), given).correct is right


@pytest.mark.parametrize(("text", "kept"), [("stopped the body rejecting the graft", True),
                                            ("kept them from hiding it", True),
                                            ("the council kept rejecting it", False)])
def test_what_a_word_of_stopping_keeps_from_being_rewritten(text, kept):
    from studybot.core.phrases import rewrite_negatives

    # (the negative word itself is what is kept: "kept them from" is read "prevented them from", its "hiding" stays)
    assert ("not" not in rewrite_negatives(text, language("en")).split()) is kept


@pytest.mark.parametrize("given", ["an unknown comet, a dust cloud", "a dust cloud, an unknown comet",
                                   "an unknown comet; a dust cloud", "an unknown comet and a dust cloud"])
def test_a_list_item_with_a_negative_adjective_first(given):
    """A list's first item "an unknown comet" is a kind of thing before the comma that ends it, as after it."""
    from studybot.core.packs import Card, Keypoint

    card = Card(id="l", section="s", kind="list", prompt="Name two causes the astronomers proposed.",
                answer="an unknown comet; a dust cloud", keypoints=(Keypoint("an unknown comet"),
                                                                    Keypoint("a dust cloud")), need=2)
    assert Grader().grade(card, given).correct
