# Русские сообщения leadrules. Те же идентификаторы с теми же переменными, что в en.ftl
# (tests/locale.rs). Стиль: со строчной буквы, без точки в конце у диагностик; слова автора
# правил в обратных кавычках; значения переменными, а не склейкой кусков текста.

## Shared

untranslated = { $text }
list-or = { $init } или { $last }
list-and = { $init } и { $last }
leads-counted = { $count ->
    [one] { $count } лид
    [few] { $count } лида
   *[many] { $count } лидов
}

## Section: render

render-error = Ошибка
render-warning = Предупреждение
render-help = Подсказка
render-note = Примечание
render-line-shortened = строка { $line } длиной { $length ->
    [one] { $length } символ
    [few] { $length } символа
   *[many] { $length } символов
} показана сокращённой (…); место — в столбце { $column }

## End of section: render

## Section: syntax

## End of section: syntax

## Section: check

## End of section: check

## Section: check-names

## End of section: check-names

## Section: show

show-seconds = { $count ->
    [one] { $count } секунда
    [few] { $count } секунды
    [many] { $count } секунд
   *[other] { $count } секунды
}
show-minutes = { $count ->
    [one] { $count } минута
    [few] { $count } минуты
    [many] { $count } минут
   *[other] { $count } минуты
}
show-hours = { $count ->
    [one] { $count } час
    [few] { $count } часа
    [many] { $count } часов
   *[other] { $count } часа
}
show-days = { $count ->
    [one] { $count } день
    [few] { $count } дня
    [many] { $count } дней
   *[other] { $count } дня
}
show-weeks = { $count ->
    [one] { $count } неделя
    [few] { $count } недели
    [many] { $count } недель
   *[other] { $count } недели
}

## End of section: show

## Section: keywords

## End of section: keywords

## Section: compile

## End of section: compile

## Section: schema

## End of section: schema

## Section: format

## End of section: format

## Section: eval

# Где правило: «строка 52», «std/bant.rules, строка 27».
eval-place = строка { $line }
eval-place-in-file = { $file }, строка { $line }
# Значение поля в разборе и в вопросах.
eval-value-unknown = неизвестно
eval-value-yes = да
eval-value-no = нет
# Разбор лида (explain).
eval-explain-lead = лид { $name }: { $class }
eval-explain-decided-by = класс дало правило ({ $place }): { $rule }
eval-explain-playbook = что делать: { $playbook }
eval-explain-minimum-passed = минимум: пройден
eval-explain-minimum-failed = минимум: не пройден
eval-explain-minimum-unknown = минимум: неясно (не хватает данных)
eval-explain-gate-fails = не пройдено: { $reason }
eval-explain-framework-passes = фреймворк { $name }: пройден (выполнено { $met } из { $total }, нужно { $needed })
eval-explain-framework-fails = фреймворк { $name }: не пройден (выполнено { $met } из { $total }, нужно { $needed })
eval-explain-framework-undecided = фреймворк { $name }: пока неясно (выполнено { $met } из { $total }, нужно { $needed })
eval-explain-profile = профиль { $name }: соответствие { $fit } (оценка { $grade })
eval-explain-score = баллы: { $total }
eval-explain-score-named = { $name }: { $total }
eval-explain-capped = не больше { $cap }
eval-explain-deal = сделка:
eval-explain-deal-size = размер { $size }
eval-explain-deal-size-unknown = размер неизвестен
eval-explain-deal-probability = вероятность { $probability } (взвешенное совпадение)
eval-explain-deal-criterion = { $name }, важность { $importance }: совпадение { $rating }
eval-explain-deal-criterion-unrated = { $name }, важность { $importance }: совпадение { $rating } (ни одна оценка не подошла)
eval-explain-deal-priority = приоритет { $priority } (вероятность × размер)
eval-explain-classify = классификация:
eval-explain-decided = этот класс
eval-explain-temperature = температура: { $name }
eval-explain-temperature-within = температура: { $name }, ответить в течение { $within }
eval-explain-temperature-by = температура: { $name }, до { $by }
eval-explain-temperature-within-by = температура: { $name }, ответить в течение { $within }, до { $by }
eval-explain-temperature-disqualified = температура: нет, лид не прошёл минимум (у отсеянных лидов нет срока ответа)
eval-explain-unknown = неизвестно: { $fields }
eval-explain-questions = что узнать, чтобы класс мог измениться:
# Вопросы: что изменило бы класс.
eval-question = { $field } { $answer } → { $class }
eval-question-together = { $fields } → может стать { $class }, когда это станет известно
eval-reply-yes = = да
eval-reply-no = = нет
eval-reply-known = известно
eval-reply-between = { $low } и { $high }
# Примеры: что ожидалось и что получилось.
eval-example-a-verdict = решение по лиду
eval-example-an-error = ошибка: { $problem }
eval-example-class = класс { $class }
eval-example-temperature = температура { $name }
eval-example-temperature-none = без температуры
eval-example-temperature-disqualified = без температуры (лид не прошёл минимум)
eval-example-score = { $name } { $value }
eval-example-fit = соответствие { $fit } %
eval-example-framework-passes = { $name } пройден
eval-example-framework-fails = { $name } не пройден
eval-example-framework-undecided = { $name } пока неясен
eval-example-grade = оценка { $grade }
# Вычисление, которое переполнилось.
eval-fault-calculation = { $place }: `{ $code }` не вычислить, { $values } — не конечное число; решения по лиду нет
eval-fault-calculation-nowhere = вычисление не выполнить: { $values } — не конечное число; решения по лиду нет
eval-fault-score = { $place }: баллы `{ $name }` в сумме больше, чем вмещает число; решения по лиду нет
eval-fault-score-nowhere = баллы `score` в сумме больше, чем вмещает число; решения по лиду нет
eval-fault-priority = приоритет сделки не вычислить, { $probability } % × { $size } — не конечное число; решения по лиду нет
eval-fault-negated = -{ $value }
eval-fault-operation = { $a } { $sign } { $b }
eval-fault-not-a-number = не число
eval-fault-infinity = бесконечность
eval-fault-minus-infinity = минус бесконечность

## End of section: eval

## Section: input

## End of section: input

## Section: output

## End of section: output

## Section: run

## End of section: run

## Section: backtest

## End of section: backtest

## Section: cli

## End of section: cli

