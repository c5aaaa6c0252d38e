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
eval-explain-temperature-within = температура: { $name }, срок ответа — { $within }
eval-explain-temperature-by = температура: { $name }, ответить до { $by }
eval-explain-temperature-within-by = температура: { $name }, срок ответа — { $within }, ответить до { $by }
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

# Заголовки столбцов текстовых и HTML-отчётов.
backtest-column-leads = лиды
backtest-column-share = доля
backtest-column-won = выиграно
backtest-column-lost = проиграно
backtest-column-open = в работе
backtest-column-conversion = конверсия
backtest-column-interval = интервал 95 %
backtest-column-lift = к среднему
backtest-column-gate = условие минимума
backtest-column-removed = отсеяно
backtest-column-class = класс
backtest-column-decided = с исходом
backtest-column-share-of-leads = % лидов
backtest-column-won-among-removed = выиграно среди отсеянных
backtest-column-share-of-won = % всех выигранных
backtest-column-grade = оценка
backtest-column-temperature = температура
backtest-column-definition = определение
backtest-column-admitted = передано в продажи
backtest-column-lead = лид
backtest-column-old-rule = старое правило
backtest-column-new-rule = новое правило
backtest-matrix-corner = было \ стало
backtest-tag-old = было
backtest-tag-new = стало
# Текстовый отчёт о проверке на истории.
backtest-text-title = Проверка определения { $definition } на истории { $history }
backtest-text-rows = { $rows ->
    [one] { $rows } строка
    [few] { $rows } строки
   *[many] { $rows } строк
}: оценено { $judged }, не удалось прочитать { $unreadable }
backtest-text-unrecognised = исходы не распознаны и считаются «в работе»: { $outcomes }
backtest-text-overall = всего: выиграно { $won }, проиграно { $lost }, в работе { $open }; конверсия { $conversion } ({ $interval })
backtest-text-by-class = По классам (конверсия = выиграно / (выиграно + проиграно); «к среднему» — во сколько раз выше общей конверсии)
backtest-text-by-channel = По каналам ({ $field })
backtest-text-by-grade = По оценкам
backtest-text-by-temperature = По температуре
backtest-text-gates = Условия минимума (лид может не пройти несколько)
backtest-text-hidden-no-sales = Скрытый потенциал: ни один класс не передаётся в продажи; назовите такие классы в --sales
backtest-text-hidden = Скрытый потенциал: { $hidden } из { $total ->
    [one] { $total } выигранной сделки
   *[other] { $total } выигранных сделок
} ({ $share }) попали в классы, которые продажи не видят; классы для продаж: { $sales }
backtest-text-hidden-by-class = Скрытый потенциал: { $hidden } из { $total ->
    [one] { $total } выигранной сделки
   *[other] { $total } выигранных сделок
} ({ $share }) попали в классы, которые продажи не видят ({ $classes }); классы для продаж: { $sales }
# Текстовый отчёт о сравнении двух определений.
backtest-text-diff-title = Сравнение { $old } → { $new } на истории { $history }
backtest-text-diff-admitted = передано в продажи { $old_leads } → { $new_leads }, выиграно { $old_won } → { $new_won }, конверсия { $old_conversion } → { $new_conversion } (95 %: { $old_interval } → { $new_interval })
backtest-text-diff-changed = класс изменился у { $changed } из { $rows ->
    [one] { $rows } лида
   *[other] { $rows } лидов
}
backtest-text-diff-matrix = Матрица переходов: лиды (выиграно); строки — старые классы, столбцы — новые
backtest-text-diff-moved = Что изменилось, с примерами
backtest-text-diff-moved-cell = { $from } → { $to }: { $leads ->
    [one] { $leads } лид
    [few] { $leads } лида
   *[many] { $leads } лидов
}, выиграно { $won }
backtest-text-diff-example = { $id }: было — { $old }; стало — { $new }
backtest-text-diff-old-by-class = Старое определение по классам
backtest-text-diff-new-by-class = Новое определение по классам
# HTML-страница проверки на истории.
backtest-html-foot = Сделано leadrules { $version }. Конверсия = выиграно / (выиграно + проиграно); лиды в работе в ней не учитываются. Интервалы — 95-процентные интервалы Уилсона: у маленьких групп они широкие.
backtest-html-title = Проверка на истории: { $definition }
backtest-html-meta = История { $history }: { $rows ->
    [one] { $rows } строка
    [few] { $rows } строки
   *[many] { $rows } строк
}, оценено { $judged }, не удалось прочитать { $unreadable }.
backtest-html-unrecognised = Исходы не распознаны и считаются «в работе»: { $outcomes }.
backtest-html-no-leads = В этой истории нет лидов
backtest-html-funnel-heading = 1. Воронка по классам
backtest-html-funnel-title = Лиды по классам, в порядке классификации
backtest-html-funnel-axis = лиды (выиграно · проиграно · в работе)
backtest-html-funnel-table = Лиды по классам
backtest-html-conversion-heading = 2. Конверсия по классам
backtest-html-conversion-title = Конверсия по классам, с интервалом 95 %
backtest-html-conversion-table = Конверсия по классам; общая { $conversion } ({ $interval })
backtest-html-channels-heading = 3. Качество каналов
backtest-html-channels-none = В истории нет поля с каналом привлечения, поэтому каналы сравнить нельзя.
backtest-html-channel = канал
backtest-html-channels-folded = Всего { $channels ->
    [one] { $channels } канал
    [few] { $channels } канала
   *[many] { $channels } каналов
}: показаны { $top } крупнейших по числу лидов, остальные { $folded } собраны в «другие».
backtest-html-channels-table = Лиды и конверсия по полю { $field }
backtest-html-pair-heading = 4. Конверсия по оценкам и по температуре
backtest-html-by-grade = По оценкам
backtest-html-by-temperature = По температуре
backtest-html-no-grades = В этом определении нет оценок
backtest-html-no-temperature = В этом определении нет температуры
backtest-html-pair-title = { $title }: конверсия, интервал 95 %
backtest-html-gates-heading = 5. Условия минимума и скрытый потенциал
backtest-html-no-gates = В этом определении нет условий минимума.
backtest-html-gates-title = Сколько лидов отсеяло каждое условие минимума (лид может не пройти несколько)
backtest-html-gates-axis = отсеянные лиды (выиграно · проиграно · в работе)
backtest-html-gates-table = Что отсеяло каждое условие минимума
backtest-html-hidden-table = Выигранные сделки в классах, которые продажи не видят
backtest-html-hidden-no-sales = Скрытый потенциал: ни один класс не передаётся в продажи, поэтому скрытым ничего назвать нельзя; назовите классы для продаж в { $option }.
backtest-html-hidden-nothing-won = В этой истории нет выигранных сделок, поэтому скрытого потенциала нет. Продажи видят: { $sales }.
backtest-html-hidden-none = Все { $won } выигранные сделки — в классах, которые продажи видят ({ $sales }): это определение не скрывает ни одной выигранной сделки.
backtest-html-hidden-class = { $class } (выиграно { $won })
backtest-html-hidden-headline = { $hidden ->
    [one] { $hidden } выигранная сделка — { $share } всех выигранных — попала
    [few] { $hidden } выигранные сделки — { $share } всех выигранных — попали
   *[many] { $hidden } выигранных сделок — { $share } всех выигранных — попали
} в классы, которые продажи не видят
backtest-html-hidden = { $headline }. Продажи видят: { $sales }.
backtest-html-hidden-by-class = { $headline }: { $classes }. Продажи видят: { $sales }.
# HTML-страница сравнения двух определений.
backtest-html-diff-meta = Оба определения оценены на истории { $history }: { $rows ->
    [one] { $rows } строка
    [few] { $rows } строки
   *[many] { $rows } строк
}; класс изменился у { $changed ->
    [one] { $changed } лида
   *[other] { $changed } лидов
}.
backtest-html-diff-headline = Передано в продажи { $old_leads }{ $arrow }{ $new_leads }, выиграно { $old_won }{ $arrow }{ $new_won }, конверсия { $old_conversion }{ $arrow }{ $new_conversion }
backtest-html-diff-sub = Интервал 95 % для конверсии: { $old_interval } → { $new_interval }. Передано в продажи — лиды в классах, которые получают продажи (было: { $old_sales }; стало: { $new_sales }). Выигранные сделки, скрытые от продаж: { $old_hidden } → { $new_hidden }.
backtest-html-admitted-title = Конверсия лидов, переданных в продажи: было и стало
backtest-html-admitted-table = Лиды, переданные в продажи
backtest-html-matrix-heading = 1. Матрица переходов
backtest-html-matrix-table = Матрица переходов: лиды (выиграно); строки — старые классы, столбцы — новые; неизменные ячейки выделены жирным
backtest-html-no-classes = Нет классов
backtest-html-not-an-old-class = такого класса нет в старом определении
backtest-html-not-a-new-class = такого класса нет в новом определении
backtest-html-diff-conversion-heading = 2. Конверсия по классам: было и стало
backtest-html-diff-conversion-title = Конверсия по классам, было и стало, с интервалом 95 %
backtest-html-diff-conversion-table = Конверсия по классам, было и стало
backtest-html-diff-funnel-heading = 3. Воронка по классам: было и стало
backtest-html-diff-funnel-title = Лиды по классам: было и стало
backtest-html-diff-funnel-table = Лиды по классам, было и стало
backtest-html-moved-heading = 4. Что изменилось и какое правило это сделало
backtest-html-nothing-moved = Ни у одного лида класс не изменился.
backtest-html-moved-cell = { $from } → { $to }: { $leads ->
    [one] { $leads } лид
    [few] { $leads } лида
   *[many] { $leads } лидов
}, выиграно { $won }
backtest-html-no-examples = Примеры не записаны.
backtest-html-examples-caption = { $shown } из { $leads ->
    [one] { $leads } лида
   *[other] { $leads } лидов
}; их перевело новое правило
# Диаграммы.
backtest-svg-funnel-aria = { $title }: столбцов — { $bars }; те же числа — в таблице ниже
backtest-svg-funnel-bar = { $name }: { $leads ->
    [one] { $leads } лид
    [few] { $leads } лида
   *[many] { $leads } лидов
} ({ $share } от всех), выиграно { $won }, проиграно { $lost }, в работе { $open }
backtest-svg-tagged = { $name } ({ $tag })
backtest-svg-nothing-decided = исходов пока нет
backtest-svg-nothing-decided-tip = { $name }: исходов пока нет (в работе { $open })
backtest-svg-conversion-bar = { $name }: конверсия { $conversion }, интервал 95 % { $interval }, выиграно { $won } из { $decided } с исходом
backtest-svg-overall = общая { $conversion }
backtest-svg-conversion-aria = { $title }: столбцов с интервалом 95 % — { $bars }; те же числа — в таблице ниже
backtest-svg-conversion-axis = конверсия = выиграно / (выиграно + проиграно); усы — интервал 95 %
backtest-svg-conversion-axis-short = конверсия; усы — интервал 95 %
backtest-svg-other-channels = другие ({ $channels ->
    [one] { $channels } канал
    [few] { $channels } канала
   *[many] { $channels } каналов
})
backtest-svg-channels-title = Качество каналов по полю { $field }: лиды и конверсия
backtest-svg-channels-aria = { $title }: каналов — { $channels }; те же числа — в таблице ниже
backtest-svg-channels-panel = конверсия · интервал 95 %
backtest-svg-channels-axis-cut = лиды (столбец «другие» обрезан)
backtest-svg-no-channels = В этой истории нет каналов
backtest-svg-channel-bar = { $name }: { $leads ->
    [one] { $leads } лид
    [few] { $leads } лида
   *[many] { $leads } лидов
}, выиграно { $won }, проиграно { $lost }, в работе { $open }; конверсия { $conversion } ({ $interval })
backtest-svg-matrix-aria = Матрица переходов: старых классов — { $old }, новых — { $new }; в каждой ячейке число лидов и выигранных; те же числа — в таблице ниже
backtest-svg-matrix-title = Куда перешли лиды: старый класс (строки) → новый класс (столбцы)
backtest-svg-matrix-new = новое определение: { $definition }
backtest-svg-matrix-old = старое определение
backtest-svg-matrix-total = итого
backtest-svg-matrix-won = выиграно { $won }
backtest-svg-cell = { $from } → { $to }: { $leads ->
    [one] { $leads } лид
    [few] { $leads } лида
   *[many] { $leads } лидов
}, выиграно { $won }
backtest-svg-cell-unchanged = { $from } → { $to }: { $leads ->
    [one] { $leads } лид
    [few] { $leads } лида
   *[many] { $leads } лидов
}, выиграно { $won } (без изменений)
backtest-svg-key-fewer = меньше лидов
backtest-svg-key-more = больше лидов
backtest-svg-key-unchanged = тот же класс: без изменений
# Имена, которые leadrules даёт сам.
backtest-definition-version = { $name }, версия { $version }
backtest-group-unknown = (неизвестно)
backtest-group-no-temperature = нет (отсеян)
backtest-group-blank = (пусто)
backtest-group-error = ошибка
backtest-row = строка { $row }
backtest-rule-unreadable = не удалось прочитать
# Ошибки до оценки истории.
backtest-error-no-such-sales-class = --sales { $class }: такого класса нет; классы: { $classes }
backtest-error-no-such-channel = --channel { $field }: в правилах нет поля `{ $field }`
backtest-error-no-outcome-column = в истории нет столбца "{ $column }" с исходами; укажите столбец в --outcome
backtest-error-history-changed = файл { $history } изменился, пока его читали

## End of section: backtest

## Section: cli

## End of section: cli

