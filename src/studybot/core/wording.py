"""What studybot says about the study, in the pack's language: the verdict's head and labels, hints, when a
card comes back, the session's summary, the replies to a learner's requests. A learner of a Russian pack reads
"✓ Верно.", "Подсказка: 3 слова, начинается с «Х»", "снова через 3 дня", never the English. One table a
language; English is the default and a language without a table is spoken to in English. Counts take the
language's plural forms ("1 слово", "3 слова", "5 слов"). What the grader says of an answer is put in the pack's
language by `verdict_words` (core.wording_verdicts). The app's own words (keys, screens, help) are
`studybot.chrome`'s."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Literal, TypeVar

from .text import counted

__all__ = ["SAYS", "Noun", "Saying", "count", "in_time", "plural_ru", "says", "spoken"]

K = TypeVar("K")
Noun = Literal["word", "digit", "point", "hint", "answer", "review", "minute", "hour", "day", "new card", "card",
               "section", "error", "note", "week", "lapse", "line"]

# A noun's three Russian forms after a figure: 1 (21, 31 ...), 2-4 (22-24 ...), 5-20 and the rest. Some are
# the forms the phrase around them asks for: "из 3 цифр" (after "из"), "с 2 подсказками" (after "с").
_RU_NOUNS: dict[Noun, tuple[str, str, str]] = {
    "word": ("слово", "слова", "слов"), "digit": ("цифры", "цифр", "цифр"), "point": ("пункт", "пункта", "пунктов"),
    "hint": ("подсказкой", "подсказками", "подсказками"), "answer": ("ответ", "ответа", "ответов"),
    "review": ("повторение", "повторения", "повторений"), "minute": ("минуту", "минуты", "минут"),
    "hour": ("час", "часа", "часов"), "day": ("день", "дня", "дней"),
    "new card": ("новая карточка", "новые карточки", "новых карточек"), "card": ("карточка", "карточки", "карточек"),
    # the app's screens (studybot.chrome) count these too
    "section": ("раздел", "раздела", "разделов"), "error": ("ошибка", "ошибки", "ошибок"),
    "note": ("замечание", "замечания", "замечаний"), "week": ("неделю", "недели", "недель"),  # as "за 3 недели"
    "lapse": ("забывание", "забывания", "забываний"), "line": ("строка", "строки", "строк"),
}
_EN_NOUNS: dict[Noun, str] = {"new card": "more new card"}  # (English says "3 more new cards")


def plural_ru(n: int, forms: tuple[str, str, str]) -> str:
    """The Russian form of a noun after the figure `n`: forms are (1, 2-4, 5-20): 1 слово, 3 слова, 11 слов,
    21 слово, 112 слов."""
    tens, ones = abs(n) % 100, abs(n) % 10
    if 11 <= tens <= 14:
        return forms[2]
    return forms[0] if ones == 1 else forms[1] if 2 <= ones <= 4 else forms[2]


def count(n: int, noun: Noun, language: str = "en") -> str:
    """'3 words' / '3 слова': a figure and its noun in the language's plural form."""
    if language == "ru":
        return f"{n} {plural_ru(n, _RU_NOUNS[noun])}"
    return counted(n, _EN_NOUNS.get(noun, noun))


Saying = Literal[
    "right", "partly", "wrong", "with_hints", "typo", "form", "you", "judged", "answer", "as_numbers", "source",
    "shown", "shown_again", "why", "hint", "hint_points", "hint_point", "hint_not", "hint_figure", "hint_year",
    "hint_decade", "hint_first_item", "hint_first_blank", "hint_words", "hint_starts", "again_minute", "again", "now",
    "in",
    "nothing_reviewed", "nothing_due", "session_done", "section_tally", "next_review", "go_on", "go", "go_in_app",
    "left", "left_learning", "left_one_learning", "left_all_learning", "leech", "back", "back_hint", "skipped",
    "already", "no_graded", "marked", "marked_helped", "undone", "nothing_to_undo", "from", "no_explanation",
    "about_last", "nothing_to_explain", "show_gives_up", "no_hint", "no_skip", "source_hint", "practice",
    "label_right", "label_wrong", "card", "none_due", "none_due_next", "header", "scope_section", "scope_tag",
    "nothing_more", "next_due", "nothing_due_now", "besides", "left_here", "next_due_aside", "none_left_here",
    "ahead_on", "ahead_now", "waiting", "more_allowed", "due_again", "quiz_on", "quiz_more", "quiz_tag", "quiz_all",
    "took", "took_seconds", "answer_here", "after_summary", "plain_intro", "ask_intro", "ask_here",
    "what_to_type", "what_to_type_idle", "unanswered", "suspended", "buried", "nothing_to_put_away", "no_suspended",
    "unsuspended", "no_source", "how_many",
]

SAYS: dict[str, dict[Saying, str]] = {
    "en": {
        "right": "✓ Right", "partly": "◐ Partly right", "wrong": "✗ Not right",
        "with_hints": " with {hints}: counted as Hard", "typo": "(allowing a typo)", "you": " (you: {said})",
        "form": "(another form of the word)",
        "judged": "  How it was judged: ", "answer": "Answer: {answer}", "as_numbers": " (as numbers: {numbers})",
        "source": "Source: {title}", "shown": "The answer: {answer}",
        "shown_again": "Counted as not known: it comes back soon.", "why": "Why: {why}", "hint": "Hint: {hint}",
        "hint_points": "{points} are wanted; one is about: {first}",
        "hint_point": "1 point is wanted, for example: {first}", "hint_not": "it is not {option}",
        "hint_figure": "a figure{unit} of {digits}", "hint_year": "it was in {year}", "hint_decade": "in the {decade}s",
        "hint_first_item": "the first is {item}", "hint_first_blank": "the first blank is {blank}",
        "hint_words": "{words}, starting with '{first}'", "hint_starts": "it starts with: {items}",
        "again_minute": "again in a minute", "again": "again {when}", "now": "now", "in": "in {time}",
        "nothing_reviewed": "Nothing reviewed this session.", "nothing_due": "Nothing is due now.",
        "session_done": "Session done: {answers}, {correct} right ({percent}%), in {time}.",
        "took": "{minutes} min {seconds} s", "took_seconds": "{seconds} s",
        "section_tally": "  {title}: {right} right, {wrong} wrong", "next_review": "Next review: {when}.",
        "go_on": "To go on: /more 10 for 10 new cards beyond today's limit, or /ahead to practise cards before "
                 "they are due.",
        "go": "/go (F2 in the app) goes on", "go_in_app": "press F2 (or type /go) to go on",
        "left": "{left} left", "left_learning": "{left} left, {learning} of them learning",
        "left_one_learning": "1 left, a learning card", "left_all_learning": "{left} left, all of them learning",
        "leech": "Failed too often: suspended as a leech (/unsuspend to keep it, or rewrite it in the pack).",
        "back": "Back to the question: {prompt}",
        "back_hint": "That reply comes from this question's own section, so it counts as a hint: a right answer now "
                     "counts as Hard. Back to the question: {prompt}",
        "skipped": "Skipped: {prompt}", "already": "Your last answer is already counted {label}: nothing to change.",
        "no_graded": "There is no graded answer to change yet.",
        "marked": "Marked {label} by you{aided}. Your call is recorded. Next review: {when}.",
        "marked_helped": "; helped, so counted as Hard", "label_right": "right", "label_wrong": "wrong",
        "undone": "Took back your last answer. Here it is again:", "nothing_to_undo": "There is nothing to undo.",
        "from": "(from: {title})", "no_explanation": "No explanation was written for this card.",
        "about_last": "About the last question ({prompt}), not this one:\n",
        "nothing_to_explain": "There is nothing to explain yet: answer first{more}.",
        "show_gives_up": " (/show gives up on this question and shows the answer)",
        "no_hint": "There is no question to hint at right now.", "no_skip": "There is no question to skip.",
        "source_hint": "Read before answering, the source counts as a hint (a right answer is Hard). Back to the "
                       "question: {prompt}",
        "practice": " (practice ahead)",
        "card": "card {number} · {left}", "none_due": "nothing due", "none_due_next": "nothing due · next {when}",
        "header": "{place} · learner: {learner} · streak: {streak}", "scope_section": " · section: {title}",
        "scope_tag": " · tag: {tag}",
        "nothing_more": "Nothing more is due. Ask a question (end it with ?), /more N for new cards, /ahead to "
                        "practise ahead, or quit.",
        "next_due": " The next card is due {when}.", "nothing_due_now": "Nothing is due now.{when} /more N for new "
                                                                        "cards, /ahead to practise.",
        "besides": " besides this question",
        "left_here": "Left in this session{besides}: {total} ({learning} learning, {reviews}, {new} new).",
        "next_due_aside": " (the next card is due {when})",
        "none_left_here": "Nothing left in this session{besides}{when}.",
        "ahead_on": "Practice ahead is on: when nothing is due, cards come before their time.",
        "ahead_now": "Practising ahead (recorded as practice):",
        "waiting": "A question is waiting: answer it, or /skip.",
        "more_allowed": "{more} allowed today.", "due_again": "{cards} due again: press F2 to go on.",
        "quiz_on": "Quiz on {label}:", "quiz_tag": "tag '{tag}'", "quiz_all": "the whole pack",
        "quiz_more": "Quiz on {label} (today's new cards were used up: up to {more} more for this quiz):",
        # the answer line and the line mode's first words say how to answer, as the line under a question does
        "answer_here": "Type your answer and press Enter · end with ? to ask · /help",
        "after_summary": "Ask (end with ?) · /more N · /ahead · F2 when cards are due",
        "plain_intro": "Type your answer and press Enter; end a line with ? to ask; /help lists commands; end of "
                       "input quits.",
        "ask_intro": "Ask anything about the text: who, what, when, why. The tutor answers from the text and says "
                     "where. 'quiz me on' and a topic starts a quiz on it.",
        "ask_here": "Your question, then Enter",
        # a lone "?": what can be typed (never graded)
        "what_to_type": "Type your answer and press Enter. Instead of an answer you can say {sayings}. End a "
                        "question about the text with ? to ask the tutor; /help lists the commands.",
        "what_to_type_idle": "No question is waiting. End a question about the text with ? to ask the tutor; /go "
                             "studies what is due, /more N adds new cards, /ahead practises ahead; /help lists "
                             "the commands.",
        "unanswered": "Left unanswered, not counted (it will be asked again): {prompt}",
        "suspended": "Suspended (/unsuspend brings it back): {prompt}", "buried": "Buried until tomorrow: {prompt}",
        "nothing_to_put_away": "There is no card to put away.",
        "no_suspended": "No suspended card to bring back (F6 lists every card).",
        "unsuspended": "Unsuspended: {prompt}",
        "no_source": "There is no question or answer to show the source of yet.", "how_many": "Say how many: /more 10",
    },
    "ru": {
        "right": "✓ Верно", "partly": "◐ Отчасти верно", "wrong": "✗ Неверно",
        "with_hints": " с {hints}: засчитано как «Трудно»", "typo": "(с опечаткой)", "you": " (у вас: {said})",
        "form": "(другая форма слова)",
        "judged": "  Как оценено: ", "answer": "Ответ: {answer}", "as_numbers": " (номерами: {numbers})",
        "source": "Раздел: {title}", "shown": "Ответ: {answer}",
        "shown_again": "Засчитано как «не знаю»: карточка скоро вернётся.", "why": "Почему: {why}",
        "hint": "Подсказка: {hint}", "hint_points": "нужно назвать {points}; один из них: {first}",
        "hint_point": "нужно назвать 1 пункт, например: {first}",
        "hint_not": "это не {option}", "hint_figure": "число{unit} из {digits}", "hint_year": "это было в {year} году",
        "hint_decade": "в {decade}-х годах", "hint_first_item": "первый пункт: {item}",
        "hint_first_blank": "первый пропуск: {blank}", "hint_words": "{words}, начинается с «{first}»",
        "hint_starts": "начало: {items}",
        "again_minute": "снова через минуту", "again": "снова {when}", "now": "сейчас", "in": "через {time}",
        "nothing_reviewed": "За это занятие ответов не было.", "nothing_due": "Сейчас повторять нечего.",
        "session_done": "Занятие окончено: {answers}, верно {correct} ({percent}%), за {time}.",
        "took": "{minutes} мин {seconds} с", "took_seconds": "{seconds} с",
        "section_tally": "  {title}: верно {right}, неверно {wrong}", "next_review": "Следующее повторение: {when}.",
        "go_on": "Чтобы продолжить: /more 10 — ещё 10 новых карточек сверх дневного лимита, /ahead — повторить "
                 "карточки раньше срока.",
        "go": "/go (F2 в приложении) — продолжить", "go_in_app": "чтобы продолжить, нажмите F2 (или введите /go)",
        "left": "осталось {left}", "left_learning": "осталось {left}, на изучении {learning}",
        "left_one_learning": "осталась 1, на изучении", "left_all_learning": "осталось {left}, все на изучении",
        "leech": "Слишком много ошибок: карточка отложена как трудная (/unsuspend вернёт её; или перепишите её в "
                 "наборе).",
        "back": "Вернёмся к вопросу: {prompt}",
        "back_hint": "Этот ответ взят из раздела самого вопроса, поэтому он считается подсказкой: верный ответ теперь "
                     "засчитывается как «Трудно». Вернёмся к вопросу: {prompt}",
        "skipped": "Пропущено: {prompt}", "already": "Ваш последний ответ уже засчитан как {label}: менять нечего.",
        "no_graded": "Ещё нет оценённого ответа, который можно изменить.",
        "marked": "Вы отметили ответ как {label}{aided}. Ваше решение записано. Следующее повторение: {when}.",
        "marked_helped": "; с помощью, поэтому «Трудно»", "label_right": "верный", "label_wrong": "неверный",
        "undone": "Последний ответ отменён. Вопрос ещё раз:", "nothing_to_undo": "Отменять нечего.",
        "from": "(раздел: {title})", "no_explanation": "Объяснения к этой карточке нет.",
        "about_last": "О прошлом вопросе ({prompt}), не об этом:\n",
        "nothing_to_explain": "Объяснять пока нечего: сначала ответьте{more}.",
        "show_gives_up": " (/show — сдаться и увидеть ответ)",
        "no_hint": "Сейчас нет вопроса для подсказки.", "no_skip": "Нет вопроса, который можно пропустить.",
        "source_hint": "Раздел, прочитанный до ответа, считается подсказкой (верный ответ — «Трудно»). Вернёмся к "
                       "вопросу: {prompt}",
        "practice": " (повторение заранее)",
        "card": "карточка {number} · {left}", "none_due": "повторять нечего",
        "none_due_next": "повторять нечего · следующая {when}",
        "header": "{place} · учащийся: {learner} · серия: {streak}", "scope_section": " · раздел: {title}",
        "scope_tag": " · метка: {tag}",
        "nothing_more": "Больше повторять нечего. Задайте вопрос (в конце — ?), /more N — новые карточки, /ahead — "
                        "повторить заранее, или выйдите.",
        "next_due": " Следующая карточка — {when}.", "nothing_due_now": "Сейчас повторять нечего.{when} /more N — "
                                                                          "новые карточки, /ahead — повторить заранее.",
        "besides": " кроме этого вопроса",
        "left_here": "Осталось в этом занятии{besides}: {total} (на изучении {learning}, повторений "
                     "{review_count}, новых {new}).",
        "next_due_aside": " (следующая карточка — {when})",
        "none_left_here": "В этом занятии больше ничего не осталось{besides}{when}.",
        "ahead_on": "Повторение заранее включено: когда повторять нечего, карточки придут раньше срока.",
        "ahead_now": "Повторение заранее (записывается как тренировка):",
        "waiting": "Вопрос ждёт ответа: ответьте или /skip.", "more_allowed": "Сегодня разрешено ещё: {more}.",
        "due_again": "Снова пора повторить: {cards}. Чтобы продолжить, нажмите F2.",
        "quiz_on": "Проверка по теме «{label}»:", "quiz_tag": "метка {tag}", "quiz_all": "весь набор",
        "quiz_more": "Проверка по теме «{label}» (новые карточки на сегодня закончились: ещё до {more} для этой "
                     "проверки):",
        "answer_here": "Введите ответ и нажмите Enter · с ? в конце — вопрос · /help",
        "after_summary": "Вопрос (с ? в конце) · /more N · /ahead · F2, когда пора повторять",
        "plain_intro": "Введите ответ и нажмите Enter; строка с ? в конце — вопрос; /help — команды; конец ввода — "
                       "выход.",
        "ask_intro": "Спросите о тексте что угодно: кто, что, когда, почему. Ответ берётся из текста, с указанием "
                     "раздела. «Проверь меня по теме» и тема начинают проверку по ней.",
        "ask_here": "Ваш вопрос, затем Enter",
        "what_to_type": "Введите ответ и нажмите Enter. Вместо ответа можно написать {sayings}. Вопрос о тексте "
                        "задайте с ? в конце; /help — список команд.",
        "what_to_type_idle": "Сейчас вопрос не задан. Вопрос о тексте задайте с ? в конце; /go — повторить то, что "
                             "пора, /more N — новые карточки, /ahead — повторить заранее; /help — список команд.",
        "unanswered": "Оставлено без ответа и не засчитано (вопрос будет задан снова): {prompt}",
        "suspended": "Карточка больше не задаётся (/unsuspend вернёт её): {prompt}",
        "buried": "Отложено до завтра: {prompt}", "nothing_to_put_away": "Нет карточки, которую можно убрать.",
        "no_suspended": "Нет остановленной карточки, которую можно вернуть (F6 — список всех карточек).",
        "unsuspended": "Карточка снова задаётся: {prompt}",
        "no_source": "Пока нет ни вопроса, ни ответа, раздел которых можно показать.",
        "how_many": "Укажите, сколько: /more 10",
    },
}


def spoken(tables: Mapping[str, Mapping[K, str]], key: K, language: str, values: Mapping[str, object]) -> str:
    """The sentence `key` of `language`'s table in `tables` (English when the language has none), its {names}
    filled from `values`: how `says` and the app's chrome pick their words."""
    text = tables.get(language, tables["en"])[key]
    return text.format(**values) if values else text


def says(saying: Saying, language: str = "en", /, **values: object) -> str:
    """The sentence `saying` in `language` (English when it has no table), its {names} filled from `values`."""
    return spoken(SAYS, saying, language, values)


def in_time(seconds: float, language: str = "en") -> str:
    """"in 10 minutes", "in 3 hours", "in 2 days" / "через 10 минут", "через 1 день", "через 3 дня":
    a moment `seconds` from now, rounded to the unit that suits it ("in a minute" when under 90 s)."""
    if seconds < 90:
        return "через минуту" if language == "ru" else "in a minute"
    noun: Noun
    if seconds < 3600:
        n, noun = round(seconds / 60), "minute"
    elif seconds < 36 * 3600:
        n, noun = round(seconds / 3600), "hour"
    else:
        n, noun = round(seconds / 86400), "day"
    figure = count(n, noun, language) if language == "ru" else f"{n} {noun}{'s' if n != 1 else ''}"
    return says("in", language, time=figure)
