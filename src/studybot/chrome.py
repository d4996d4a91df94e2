"""The app's own words (its chrome) in the pack's language: the mode bar, the key bar, the help screen, the
Progress, Packs and Cards screens' headings, columns and empty states, and its notifications. A learner of a
`language: ru` pack reads "Подсказка", "Пропустить", "Прогресс"; an English pack reads what it always did. One
table a language, the same keys in each; a language without a table is spoken to in English. What studybot says
about the study itself (verdicts, hints, the summary) is `core.wording`'s; nothing here is a pack's wording.
The words are text, never markup: the screens show them through `clean` as they show everything."""

from __future__ import annotations

from .core.text import clean
from .core.wording import spoken

__all__ = ["CHROME", "COMMAND_WORDS", "chrome", "language_of_pack"]

CHROME: dict[str, dict[str, str]] = {
    "en": {
        # the mode bar and the keys every screen has
        "study": "Study", "ask": "Ask", "progress": "Progress", "packs": "Packs", "cards": "Cards", "help": "Help",
        "quit": "Quit",
        # the key bar of each screen
        "hint": "Hint", "skip": "Skip", "show": "Show answer", "right": "I was right", "wrong": "I was wrong",
        "undo": "Undo", "why": "Why", "suspend": "Suspend", "unsuspend": "Unsuspend", "reset": "Reset",
        "keep": "Keep", "earlier": "Earlier in the conversation (first: a folded verdict whole)",
        "later": "Later in the conversation", "ask_key": "Ask", "back_to_study": "Back to study",
        "scroll": "PgUp PgDn scroll", "refresh": "Refresh", "choose": "Study this pack", "close": "Close",
        "to_list": "To the list", "folded": "  ⋯ {n} more {noun}: PgUp shows them",
        "folded_one": "  ⋯ 1 more line: PgUp shows it",
        # Study
        "opening": "Opening your study session…", "one_moment": "One moment: working on it…",
        "cannot_start": "studybot could not start this session",
        "cannot_start_line": "Press F5 to choose another pack, or Ctrl+Q to quit",
        # Progress
        "loading_progress": "Loading your progress…",
        # Packs
        "looking": "Looking for packs…", "cannot_open_title": "Cannot be opened",
        "cannot_open": "This pack cannot be opened: {errors}.", "more_problems": "… and {more} more (studybot "
        "validate {name})", "ready": "{sections}, {cards}: ready to study.", "checking": "Checking it for its author…",
        "author_clean": "studybot validate finds nothing for its author to fix.",
        "author_notes": "For its author: studybot validate {name} has {notes} (examples the grader judges "
                        "otherwise, cards to improve). They do not stop you studying it.",
        "choose_loads": "Enter: study this pack.", "choose_fix": "Fix the errors to study this pack.",
        "fix_first": "This pack cannot be opened; fix its errors first.",
        # Cards
        "search": "Find: words, section:ID, tag:TAG, new/learning/review/suspended/leech",
        "loading_cards": "Loading the cards…", "no_match": "No card matches. ",
        "confirm_reset": "Reset this card?\n\n{prompt}\n\nIt becomes new again; its history is kept.\n"
                         "y: reset · n or Esc: keep it",
        "reset_done": "Reset: the card is new again", "suspend_done": "Suspended", "unsuspend_done": "Unsuspended",
        # Progress (and `studybot stats`)
        "column_section": "Section", "column_cards": "Cards", "column_seen": "Seen", "column_mastered": "Mastered",
        "column_left": "Left", "column_due": "Due",
        "more_sections_left": "… and {n} more {noun}, with less left (studybot stats lists every one)",
        "more_sections_due": "… and {n} more {noun}, with less due (studybot stats lists every one)",
        "mastered_means": "Mastered: {rule}.",
        "mastery_rule": "in review with FSRS stability of at least {days} {day_word} (recall still >= 90% three weeks "
                        "on)", "activity": "Activity, last 26 weeks",
        "weekdays": "Mon,,Wed,,Fri,,Sun", "months": "JFMAMJJASOND",
        "heat_legend": "   · none {levels} most ({top} a day)",
        "retention_by_week": "True retention by week (scheduled reviews right first time), last {weeks}:",
        "overall": "  · overall {retention}",
        "no_retention": "True retention: no scheduled reviews yet (it counts reviews of learned cards).",
        "forecast": "Due in the next 30 days: {reviews}, at most {most} a day",
        "forecast_axis": "    today" + " " * 20 + "+30 days",
        "weakest": "Weakest cards: the chance you would recall each in a week, lowest first",
        "weak_card": "  {recall} recall  {prompt} · lapses {lapses}{flag}", "leech_flag": " [leech]",
        "overrides": "Grades you overrode: {rate} of reviews of these cards",
        "today_left": "today: {left}",
        "summary": "{seen} of {cards} cards studied · {mastered} mastered ({share}) · {left}\n"
                   "{today} · streak {streak} · true retention {retention}",
        "reviews_today": "{reviews} today, {right} right, {minutes} min", "no_reviews_today": "no reviews yet today",
        "new_left": "{new} new left today", "not_studied": "{new} not studied yet", "due_now": "{due} due now · {new}",
        # Cards
        "state_new": "new", "state_learning": "learning", "state_review": "review", "state_suspended": "suspended",
        "state_leech": "leech", "card_answer": "Answer: {answer}", "card_section": "Section: {title} · id: {id}",
        "card_tags": " · tags: {tags}", "card_state": "State: {label}", "card_due": " · due {when}",
        "card_stability": " · stability {days} days", "history": "History (newest first):",
        "no_history": "No reviews yet.", "note_overridden": "overridden: {override}", "note_practice": "practice",
        "note_undone": "undone", "note_shown": "shown", "rating_again": "Again", "rating_hard": "Hard",
        "rating_good": "Good", "rating_easy": "Easy",
        # Ask
        "tutor_failed": "The tutor failed on that question ({error}). This is a bug; your progress is safe.",
        # the help screen (F1), 70 columns at most
        "help_title": "studybot keys (Esc closes; arrows and PgUp/PgDn scroll)", "help_modes": "Modes",
        "help_f1": "this help", "help_quit": "quit (your progress is already saved)",
        "help_studying": "While studying", "help_enter": "answer (end a line with ? to ask the tutor)",
        "help_lone": "on its own: what you can type (never graded)",
        "help_f2": "after the summary: go on with what fell due",
        "help_pgup": "back in the conversation; after a folded verdict\n           (⋯ more lines), the whole verdict",
        "help_pgdn": "on in the conversation", "help_say": "Say instead of an answer (never graded)",
        "help_other": "in Russian:", "help_commands": "Typed commands", "help_head": "Commands:",
        "help_or_say": "Or say instead of an answer: {words}; {other} {others}.\nEnd a line with ? to ask the tutor.",
        "help_rules": "Show answer counts as not known (Again); a right answer after a\n"
                      "hint (or /source) counts as Hard. I was right / I was wrong overrule\n"
                      "the grader for your last answer; the override is recorded.\n"
                      "Progress: r refreshes. Packs: Enter studies the highlighted pack.\n"
                      "Cards: type to find; u unsuspends, s suspends, x resets a card.",
    },
    "ru": {
        "study": "Учёба", "ask": "Вопросы", "progress": "Прогресс", "packs": "Наборы", "cards": "Карточки",
        "help": "Справка", "quit": "Выход",
        "hint": "Подсказка", "skip": "Пропустить", "show": "Показать ответ", "right": "Засчитать",
        "wrong": "Не засчитывать", "undo": "Отменить", "why": "Почему", "suspend": "Убрать",
        "unsuspend": "Вернуть", "reset": "Сбросить", "keep": "Оставить",
        "earlier": "Раньше в разговоре (сначала — свёрнутая оценка целиком)", "later": "Дальше в разговоре",
        "ask_key": "Спросить", "back_to_study": "К учёбе", "scroll": "PgUp PgDn прокрутка", "refresh": "Обновить",
        "choose": "Учить этот набор", "close": "Закрыть", "to_list": "К списку",
        "folded": "  ⋯ ещё {n} {noun}: PgUp покажет их", "folded_one": "  ⋯ ещё 1 строка: PgUp покажет её",
        "opening": "Открываю занятие…", "one_moment": "Минуту: работаю над этим…",
        "cannot_start": "studybot не может начать это занятие",
        "cannot_start_line": "F5 — выбрать другой набор, Ctrl+Q — выход",
        "loading_progress": "Загружаю ваш прогресс…",
        "looking": "Ищу наборы…", "cannot_open_title": "Не открывается",
        "cannot_open": "Этот набор не открывается: {errors}.", "more_problems": "… и ещё {more} (studybot "
        "validate {name})", "ready": "{sections}, {cards}: можно учить.",
        "checking": "Проверяю его для автора…", "author_clean": "studybot validate не нашёл, что исправить автору.",
        "author_notes": "Для автора: studybot validate {name} — {notes} (примеры, которые проверка оценивает "
                        "иначе, карточки, которые стоит улучшить). Учить набор это не мешает.",
        "choose_loads": "Enter — учить этот набор.", "choose_fix": "Исправьте ошибки, чтобы учить этот набор.",
        "fix_first": "Этот набор не открывается: сначала исправьте ошибки.",
        "search": "Поиск: слова, section:ID, tag:МЕТКА, новая/изучается/повторение/убрана/трудная",
        "loading_cards": "Загружаю карточки…", "no_match": "Подходящих карточек нет. ",
        "confirm_reset": "Сбросить эту карточку?\n\n{prompt}\n\nОна снова станет новой; её история сохранится.\n"
                         "y — сбросить · n или Esc — оставить",
        "reset_done": "Сброшено: карточка снова новая", "suspend_done": "Карточка убрана",
        "unsuspend_done": "Карточка возвращена",
        "column_section": "Раздел", "column_cards": "Всего", "column_seen": "Изуч.", "column_mastered": "Усвоено",
        "column_left": "Ост.", "column_due": "Пора",
        "more_sections_left": "… и ещё {n} {noun}, где осталось меньше (studybot stats покажет все)",
        "more_sections_due": "… и ещё {n} {noun}, где повторять меньше (studybot stats покажет все)",
        "mastered_means": "Усвоено: {rule}.",
        "mastery_rule": "на повторении, устойчивость FSRS не меньше {days} {day_word} (через три недели карточка "
                        "вспоминается с вероятностью не ниже 90%)",
        "activity": "Занятия за последние 26 недель", "weekdays": "Пн,,Ср,,Пт,,Вс", "months": "ЯФМАМИИАСОНД",
        "heat_legend": "   · нет {levels} больше всего ({top} в день)",
        "retention_by_week": "Истинное удержание по неделям (плановые повторения, верные с первого раза), за "
                             "{weeks}:",
        "overall": "  · в целом {retention}",
        "no_retention": "Истинное удержание: плановых повторений ещё не было (считаются повторения выученных "
                        "карточек).",
        "forecast": "Повторить за 30 дней: {reviews}, не больше {most} в день",
        "forecast_axis": "    сегодня" + " " * 18 + "+30 дней",
        "weakest": "Самые слабые карточки: вероятность вспомнить каждую через неделю, по возрастанию",
        "weak_card": "  {recall} шанс  {prompt} · забываний: {lapses}{flag}", "leech_flag": " [трудная]",
        "overrides": "Оценки, которые вы изменили: {rate} повторений этих карточек",
        "today_left": "сегодня: {left}",
        "summary": "Изучено карточек: {seen} из {cards} · усвоено: {mastered} ({share}) · {left}\n"
                   "{today} · серия: {streak} · истинное удержание: {retention}",
        "reviews_today": "сегодня {reviews}, верно {right}, {minutes} мин",
        "no_reviews_today": "сегодня повторений ещё не было", "new_left": "новых на сегодня: {new}",
        "not_studied": "ещё не изучено: {new}", "due_now": "пора повторить: {due} · {new}",
        "state_new": "новая", "state_learning": "изучается", "state_review": "повторение", "state_suspended": "убрана",
        "state_leech": "трудная", "card_answer": "Ответ: {answer}", "card_section": "Раздел: {title} · id: {id}",
        "card_tags": " · метки: {tags}", "card_state": "Состояние: {label}", "card_due": " · повторить {when}",
        "card_stability": " · устойчивость {days} дн.",
        "history": "История (сначала новые):", "no_history": "Повторений ещё не было.",
        "note_overridden": "оценка изменена: {override}", "note_practice": "тренировка", "note_undone": "отменено",
        "note_shown": "ответ показан", "rating_again": "Снова", "rating_hard": "Трудно", "rating_good": "Хорошо",
        "rating_easy": "Легко",
        "tutor_failed": "Наставник не смог ответить на этот вопрос ({error}). Это ошибка программы; ваш прогресс "
                        "сохранён.",
        "help_title": "Клавиши studybot (Esc закрывает; стрелки и PgUp/PgDn листают)", "help_modes": "Режимы",
        "help_f1": "эта справка", "help_quit": "выход (прогресс уже сохранён)", "help_studying": "Во время учёбы",
        "help_enter": "ответить (строка с ? в конце — вопрос наставнику)",
        "help_lone": "отдельно: что можно ввести (не оценивается)",
        "help_f2": "после итогов: продолжить с тем, что пора повторить",
        "help_pgup": "назад в разговоре; после свёрнутой оценки\n           (⋯ ещё строки) — вся оценка",
        "help_pgdn": "дальше в разговоре", "help_say": "Можно сказать вместо ответа (не оценивается)",
        "help_other": "по-английски:", "help_commands": "Команды", "help_head": "Команды:",
        "help_or_say": "Или скажите вместо ответа: {words}; {other} {others}.\nВопрос наставнику — строка с ? в "
                       "конце.",
        "help_rules": "«Показать ответ» засчитывается как «не знаю» (Again); верный ответ\n"
                      "после подсказки (или /source) — как «Трудно» (Hard). «Засчитать» и\n"
                      "«Не засчитывать» меняют оценку последнего ответа; это записывается.\n"
                      "Прогресс: r обновляет. Наборы: Enter — учить выбранный набор.\n"
                      "Карточки: вводите текст для поиска; u возвращает, s убирает,\n"
                      "x сбрасывает карточку.",
    },
}

# the typed commands, as F1 and /help list them
COMMAND_WORDS: dict[str, dict[str, str]] = {
    "en": {
        "hint": "a hint, more each time (then a right answer is Hard)",
        "skip": "put the question aside for this session",
        "show": "show me the answer (counted as not known)",
        "right": "I was right: overrule the grade of your last answer",
        "wrong": "I was wrong: overrule the grade of your last answer",
        "undo": "take back your last answer and answer again",
        "why": "why the last answer is right (its explanation)",
        "source": "the section's notes (read before answering: a hint)",
        "suspend": "stop asking this card",
        "unsuspend": "ask the last suspended card again",
        "bury": "put this card away until tomorrow",
        "due": "how much is due",
        "more": "/more N: N new cards beyond today's limit (N: 10)",
        "ahead": "practise cards before they are due (as practice)",
        "go": "go on after the summary with what is due (F2 in the app)",
        "end": "end the session with a summary",
        "help": "these commands",
    },
    "ru": {
        "hint": "подсказка, каждый раз больше (верный ответ — «Трудно»)",
        "skip": "отложить вопрос до конца занятия",
        "show": "показать ответ (засчитывается как «не знаю»)",
        "right": "засчитать последний ответ вопреки оценке",
        "wrong": "не засчитывать последний ответ вопреки оценке",
        "undo": "забрать последний ответ и ответить снова",
        "why": "почему последний ответ верен (объяснение)",
        "source": "текст раздела (до ответа считается подсказкой)",
        "suspend": "больше не задавать эту карточку",
        "unsuspend": "снова задавать последнюю убранную карточку",
        "bury": "отложить карточку до завтра",
        "due": "сколько пора повторить",
        "more": "/more N: ещё N новых карточек сверх дневного лимита",
        "ahead": "повторить карточки раньше срока (как тренировку)",
        "go": "после итогов: повторить то, что пора (F2 в программе)",
        "end": "закончить занятие и подвести итоги",
        "help": "эти команды",
    },
}

def chrome(key: str, language: str = "en", /, **values: object) -> str:
    """The app's words for `key` in `language` (English when it has no table), {names} filled from `values`,
    cleaned of control, escape and bidi characters."""
    return clean(spoken(CHROME, key, language, values))


def language_of_pack(pack: object) -> str:
    """The language a pack (or None, before one is open) is studied in: its `language`, English by default."""
    language = getattr(pack, "language", None)
    return language if isinstance(language, str) and language in CHROME else "en"
