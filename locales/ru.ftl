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

cli-error = ошибка: { $message }
cli-warning = предупреждение: { $message }
cli-cannot-write-stdout = не удаётся записать в стандартный вывод: { $reason }
cli-io-not-found = нет такого файла или папки
cli-io-permission-denied = нет прав доступа
cli-io-is-a-folder = это папка, а не файл
cli-io-closed-pipe = программа, читавшая вывод, закрыла его раньше времени
cli-io-disk-full = диск заполнен
cli-io-read-only = диск доступен только для чтения
cli-io-other = { $reason }
cli-cannot-read-rule-file = не удаётся прочитать файл правил { $path }: { $reason }
cli-rule-file-problem = { $path }: { $problem }
cli-files-swapped =
    файл правил и файл лидов перепутаны местами: файл правил указывается первым
    подсказка: leadrules { $command } { $rules } { $leads }
cli-lead-file-as-rules =
    { $path } похож на файл лидов (.{ $extension }), а не на файл правил
    подсказка: укажите файл правил (.rules): leadrules { $command } ПРАВИЛА ...
cli-rules-internal-error = { $name } не удалось скомпилировать из-за ошибки в самой программе leadrules, а не в файле; пожалуйста, сообщите о ней разработчикам leadrules и приложите файл правил и сообщение выше
cli-rules-have-mistakes = в { $name } есть ошибки; исправьте их и запустите снова (`leadrules check { $name }` покажет их все)
cli-rules-do-not-classify = в { $name } нет блока `classify`: это библиотека фреймворков, которые определения подключают через `use`, а не определение, которое распределяет лиды по классам
cli-check-no-problems = { $file }: проблем не найдено
cli-check-problems = { $file }: { $errors ->
        [one] { $errors } ошибка
        [few] { $errors } ошибки
       *[many] { $errors } ошибок
    }, { $warnings ->
        [one] { $warnings } предупреждение
        [few] { $warnings } предупреждения
       *[many] { $warnings } предупреждений
    }
cli-fix-not-written = { $problem }; файл { $file } оставлен без изменений
cli-fix-fixed = { $file }: { $count ->
        [one] исправлена { $count } проблема
        [few] исправлены { $count } проблемы
       *[many] исправлено { $count } проблем
    } ({ $code })
cli-fix-would-fix = { $file }: { $count ->
        [one] будет исправлена { $count } проблема
        [few] будут исправлены { $count } проблемы
       *[many] будет исправлено { $count } проблем
    } ({ $code })
cli-fix-could-not-write = { $file }: не удалось записать исправления ({ $count ->
        [one] { $count } проблема
        [few] { $count } проблемы
       *[many] { $count } проблем
    }, { $code })
cli-fix-nothing = { $file }: исправлять нечего
cli-test-no-examples = { $file }: примеров нет
cli-test-passed = ок     { $place }: { $example }
cli-test-failed = ОШИБКА { $place }: { $example }
cli-test-expected = ожидалось { $expected }, получено { $actual }
cli-test-summary = { $passed ->
        [one] { $passed } пример прошёл
        [few] { $passed } примера прошли
       *[many] { $passed } примеров прошли
    }, { $failed ->
        [one] { $failed } не прошёл
       *[other] { $failed } не прошли
    }
cli-fmt-not-formatted = { $file }: { $errors ->
        [one] { $errors } ошибка
        [few] { $errors } ошибки
       *[many] { $errors } ошибок
    }; файл не отформатирован
cli-fmt-would-reformat = нужно переформатировать: { $file }
cli-fmt-formatted = отформатирован: { $file }
cli-explain-which-lead = укажите файл лидов с --id или --row либо сам лид с --lead
cli-explain-no-row = строки { $row } нет; строки нумеруются с 1, начиная с первого лида после заголовка
cli-explain-no-id = лида с идентификатором `{ $id }` нет (идентификаторы берутся из столбца { $columns } ключевого поля `{ $field }`)
cli-explain-no-id-keyless = лида с идентификатором `{ $id }` нет (в правилах нет ключевого поля `key`, поэтому укажите --row N)
cli-explain-no-lead = лида нет (идентификаторы берутся из столбца { $columns } ключевого поля `{ $field }`)
cli-explain-no-lead-keyless = лида нет (в правилах нет ключевого поля `key`, поэтому укажите --row N)
cli-explain-name-inline = из --lead
cli-explain-name-row = в строке { $row }
cli-explain-cannot-judge = лид { $lead } нельзя оценить: { $problem }
cli-explain-cannot-read = лид { $lead } не удаётся прочитать: { $problem }
cli-explain-unknown-key = в --lead есть `{ $key }`, но правила не читают такого поля или столбца
cli-explain-unknown-key-suggest = в --lead есть `{ $key }`, но правила не читают такого поля или столбца; может быть, имелось в виду `{ $suggestion }`?
cli-summary-leads = { $count ->
        [one] { $count } лид
        [few] { $count } лида
       *[many] { $count } лидов
    }: { $classes }
cli-summary-no-errors = ошибок нет
cli-summary-unread = не удалось прочитать: { $count } ({ $rows })
cli-summary-uncomputable = не удалось вычислить: { $count } ({ $rows })
cli-summary-rows = { $count ->
        [one] строка
       *[other] строки
    } { $list }
cli-summary-rows-more = { $count ->
        [one] строка
       *[other] строки
    } { $list } и ещё { $more }
cli-summary-blank-rows = { $count ->
        [one] пропущена { $count } пустая строка
        [few] пропущены { $count } пустые строки
       *[many] пропущено { $count } пустых строк
    }
cli-bad-encoding = leadrules не знает кодировку `{ $value }`; укажите utf-8 или windows-1251
cli-bad-jobs = `{ $value }` не подходит как число потоков; укажите целое число от 1 до 1024
cli-bad-input-format = `{ $value }` не формат файла лидов; укажите csv, json, jsonl или xlsx
cli-bom-for-csv-only = { $option } нужен только для вывода в CSV; JSON Lines, таблицы и книги Excel читаются и без него
cli-workbook-to-screen =
    книгу Excel нельзя показать на экране как текст
    подсказка: запишите её в файл: -o verdicts.xlsx
cli-snapshot-input-stopped = { $problem }; снимок не записан и не сравнён, потому что лиды после этого места прочитать не удалось
cli-snapshot-rule-text-rewritten = (файл перезаписан с новым текстом правил)
cli-snapshot-rule-text-out-of-date = (текст правил в файле устарел; --accept перезапишет его)
cli-snapshot-unchanged = ни один вердикт не изменился: { $count ->
        [one] { $count } лид
        [few] { $count } лида
       *[many] { $count } лидов
    }, как в { $file }
cli-snapshot-unchanged-rewritten = ни один вердикт не изменился: { $count ->
        [one] { $count } лид
        [few] { $count } лида
       *[many] { $count } лидов
    }, как в { $file } (файл перезаписан с текущими номерами строк и заголовком)
cli-snapshot-unchanged-out-of-date = ни один вердикт не изменился: { $count ->
        [one] { $count } лид
        [few] { $count } лида
       *[many] { $count } лидов
    }, как в { $file } (номера строк или заголовок в нём устарели; --accept перезапишет их)
cli-snapshot-accepted = принято: в { $file } теперь новые вердикты; зафиксируйте его в git вместе с изменением правил
cli-snapshot-differs = вердикты отличаются от { $file }; если изменения задуманы, запустите снова с --accept и зафиксируйте файл в git
cli-snapshot-cannot-read = не удаётся прочитать снимок { $file }: { $reason }; сначала запишите его: `{ $command }`
cli-snapshot-not-utf8 = { $file }: снимок не в кодировке UTF-8 (байт { $byte } недопустим); запишите его заново: `{ $command }`
cli-snapshot-bad-line = { $file } { $problem }; исправьте эту строку или запишите снимок заново: `{ $command }`
cli-history-unreadable-rows = { $count ->
        [one] { $count } строку не удалось прочитать, она не вошла в расчёт:
        [few] { $count } строки не удалось прочитать, они не вошли в расчёт:
       *[many] { $count } строк не удалось прочитать, они не вошли в расчёт:
    }
cli-history-unreadable-row = строка { $row }: { $problem }
cli-history-unreadable-more = и ещё { $count }
cli-history-outcomes-counted-open = исходы, которых нет в --won, --lost и --open, посчитаны как открытые: { $outcomes }
cli-report-json-failed = не удаётся записать отчёт в JSON: { $reason }
cli-report-wrote = записан { $file }
cli-diff-history-from-stdin =
    diff читает историю отдельно для каждого определения, поэтому её нельзя подать через стандартный ввод
    подсказка: сохраните историю в файл и укажите путь к нему
cli-diff-no-rule-file = файл правил { $spec } не найден; укажите путь или ИМЯ@ВЕРСИЯ определения из { $folder }
cli-diff-cannot-read-folder = не удаётся прочитать папку { $folder }: { $reason }
cli-diff-no-such-version = в { $folder } нет определения "{ $name }" версии { $version }; есть: { $found }
cli-diff-several-versions = в { $folder } несколько файлов с определением "{ $name }" версии { $version }: { $files }
cli-progress-reading = читается { $file }
cli-progress-time-left = осталось { $eta }
cli-help-about = Проверяет определение лида вашей компании и применяет его к лидам из выгрузки CRM
cli-help-long-about =
    leadrules читает определение лида (файл .rules, о котором договорились отделы продаж и маркетинга), проверяет его на ошибки и присваивает каждому лиду из выгрузки CRM (CSV или JSON) класс — например, SQL, MQL или disqualified — с причинами, баллами, температурой и тем, что о лиде пока неизвестно.

    Коды выхода: 0 — успешно; 1 — в файле правил есть ошибки или пример не прошёл; 2 — неверный вызов; 3 — файл не удалось прочитать или записать; 4 — готово, но некоторые лиды не удалось прочитать.
cli-help-check = Проверить файлы правил на ошибки и подсказать, как исправить каждую
cli-help-qualify = Присвоить каждому лиду из выгрузки CRM класс, баллы, температуру и причины
cli-help-explain = Показать правило за правилом, как лид получил свой вердикт
cli-help-test = Прогнать лиды из блоков `example` в файлах правил и сравнить с ожидаемым
cli-help-snapshot = Записать вердикты эталонных лидов в файл снимка или сравнить с ним (--check)
cli-help-fmt = Привести файлы правил к единому оформлению; с `--check` только назвать файлы, которые ему не соответствуют
cli-help-backtest = Проверить определение на истории выигранных и проигранных сделок: объём и конверсия по классам и каналам
cli-help-diff = Сравнить два определения на вашей истории: какие лиды переходят между классами и что получают продажи
cli-help-help = Показать эту справку или справку по указанным командам
cli-help-arg-help = Показать справку
cli-help-arg-version = Показать версию
cli-help-arg-help-command = Показать справку по командам
cli-help-arg-color = Когда раскрашивать сообщения: auto (только в терминале), always (всегда), never (никогда)
cli-help-arg-lang = Язык сообщений и отчётов: ru или en (иначе LEADRULES_LANG, иначе язык системы)
cli-help-arg-check-files = Файлы правил для проверки
cli-help-arg-test-files = Файлы правил, примеры из которых нужно прогнать
cli-help-arg-fmt-files = Файлы правил для форматирования
cli-help-arg-deny-warnings = Завершаться с ошибкой (код 1), даже если есть только предупреждения
cli-help-arg-check-format = `text` — для людей, `json` — для программ
cli-help-arg-fix = Применить безопасные исправления (перезаписав файлы), затем показать, что осталось
cli-help-arg-fix-diff = Вместе с `--fix`: показать исправления построчным сравнением (unified diff) на стандартном выводе и ничего не записывать
cli-help-arg-rules = Определение лида (файл .rules)
cli-help-arg-qualify-leads = Лиды: выгрузка CSV (разделители `,` `;` табуляция или `|`; UTF-8 или Windows-1251), массив JSON, JSON Lines или книга Excel (.xlsx, .xls, .ods); `-` — читать со стандартного ввода
cli-help-arg-explain-leads = Файл лидов, в котором искать (не нужен с --lead)
cli-help-arg-snapshot-leads = Эталонные лиды, на которых комитет проверяет изменения: выгрузка CSV, массив JSON или JSON Lines; `-` — читать со стандартного ввода
cli-help-arg-qualify-output = Записать вердикты в этот файл, а не на экран. Файл появляется только после успешного завершения, поэтому прерванный запуск не оставит половину файла
cli-help-arg-snapshot-output = Записать снимок в этот файл, а не на экран. Файл появляется только после успешного завершения
cli-help-arg-qualify-format = csv (строка на лид, для таблиц), jsonl (объект JSON на строку), table (для чтения на экране), xlsx (книга Excel). По умолчанию — по имени файла -o (`.xlsx`, `.jsonl`), иначе csv
cli-help-arg-excel = CSV, который русский Excel открывает двойным щелчком: `;` между ячейками, десятичная запятая и метка порядка байтов (BOM)
cli-help-arg-jobs = Сколько потоков оценивают лиды; по умолчанию — по одному на ядро. Строки выводятся в порядке файла лидов и не зависят от N; `--jobs 1` — в одном потоке. Форматы table и xlsx всегда используют один поток
cli-help-arg-keep = Скопировать эти столбцы файла лидов, как они там записаны, в каждую строку вердикта после её собственных столбцов (через запятую: --keep "Компания,Ответственный"), чтобы файл можно было сразу загрузить обратно в CRM
cli-help-arg-bom = Начать CSV с метки порядка байтов (BOM), чтобы Excel правильно показал русский текст при открытии двойным щелчком
cli-help-arg-encoding = Кодировка файла лидов: utf-8 или windows-1251. Если не указана, определяется автоматически
cli-help-arg-input-format = Формат файла лидов: csv, json, jsonl или xlsx (книги Excel и OpenDocument). Если не указан, угадывается по имени файла и первым байтам; для книги со стандартного ввода нужен --input-format xlsx
cli-help-arg-sheet = Для книги Excel или OpenDocument: лист с лидами. По умолчанию — первый
cli-help-arg-id = Идентификатор лида: значение поля, помеченного `key`
cli-help-arg-row = Номер строки лида в файле (1 — первый лид после заголовка)
cli-help-arg-lead = Лид, записанный прямо в команде как объект JSON, с теми же названиями столбцов, что в выгрузке
cli-help-arg-snapshot-check = Сравнить вердикты с этим файлом снимка и показать каждый лид, чей вердикт изменился. Код выхода 0, если ни один не изменился, и 1, если изменились
cli-help-arg-accept = Вместе с --check: показав изменения, перезаписать файл снимка новыми вердиктами и завершиться с кодом 0
cli-help-arg-fmt-check = Ничего не менять; назвать каждый файл, оформленный не по единому образцу, и завершиться с кодом 1, если такой есть
cli-help-arg-fmt-stdout = Вывести отформатированный текст на экран вместо перезаписи файлов
cli-help-arg-history = История: выгрузка лидов со столбцом, где сказано, чем закончился каждый лид
cli-help-arg-outcome = Столбец с исходом каждого лида
cli-help-arg-won = Значения исхода, означающие выигрыш, через запятую (по умолчанию: won, выиграна, ...)
cli-help-arg-lost = Значения исхода, означающие проигрыш, через запятую (по умолчанию: lost, проиграна, ...)
cli-help-arg-open = Значения исхода, означающие, что сделка ещё открыта, через запятую (по умолчанию: open, в работе). Любое другое значение тоже считается открытым, с предупреждением
cli-help-arg-sales = Классы, которые передаются в продажи, через запятую (по умолчанию: все классы, в названии которых есть "SQL")
cli-help-arg-channel = Поле с каналом, из которого пришёл лид (по умолчанию: `source` или `channel`)
cli-help-arg-report-format = `text` (таблицы) или `json`
cli-help-arg-html = Также записать самодостаточную HTML-страницу с графиками
cli-help-arg-old = Текущее определение: файл .rules или ИМЯ@ВЕРСИЯ
cli-help-arg-new = Предлагаемое определение: файл .rules или ИМЯ@ВЕРСИЯ
cli-help-arg-rules-dir = Где искать определения ИМЯ@ВЕРСИЯ
cli-help-usage-heading = Использование
cli-help-commands-heading = Команды
cli-help-arguments-heading = Аргументы
cli-help-options-heading = Параметры
cli-help-options-placeholder = [ПАРАМЕТРЫ]
cli-help-command-value = КОМАНДА
cli-help-default = [по умолчанию: { $value }]
cli-help-possible-values = [возможные значения: { $values }]
cli-value-rules = ПРАВИЛА
cli-value-leads = ЛИДЫ
cli-value-file = ФАЙЛ
cli-value-out = ФАЙЛ
cli-value-format = ФОРМАТ
cli-value-columns = СТОЛБЦЫ
cli-value-column = СТОЛБЕЦ
cli-value-encoding = КОДИРОВКА
cli-value-sheet = ЛИСТ
cli-value-values = ЗНАЧЕНИЯ
cli-value-classes = КЛАССЫ
cli-value-field = ПОЛЕ
cli-value-history = ИСТОРИЯ
cli-value-old = СТАРОЕ
cli-value-new = НОВОЕ
cli-value-dir = ПАПКА
cli-value-color = ЦВЕТ
cli-value-lang = ЯЗЫК
cli-usage-value-missing = для `{ $arg }` нужно значение, но оно не указано
cli-usage-invalid-value-of = недопустимое значение `{ $value }` для `{ $arg }`; возможные значения: { $valid }
cli-usage-invalid-value = недопустимое значение `{ $value }` для `{ $arg }`
cli-usage-value-refused = недопустимое значение `{ $value }` для `{ $arg }`: { $reason }
cli-usage-unknown-argument = неизвестный аргумент `{ $arg }`
cli-usage-unknown-argument-suggest =
    неизвестный аргумент `{ $arg }`
    подсказка: есть похожий: `{ $suggestion }`
cli-usage-unknown-command = неизвестная команда `{ $command }`
cli-usage-unknown-command-suggest =
    неизвестная команда `{ $command }`
    подсказка: есть похожая: `{ $suggestion }`
cli-usage-missing-arguments = не { $count ->
        [one] указан обязательный аргумент
       *[other] указаны обязательные аргументы
    }:{ $args }
cli-usage-missing-command = нужно указать команду
cli-usage-repeated-argument = аргумент `{ $arg }` можно указать только один раз
cli-usage-conflict = аргумент `{ $arg }` нельзя указывать вместе с `{ $other }`
cli-usage-no-equals = значение для `{ $arg }` указывается через знак равенства
cli-usage-number-of-values = неверное число значений для `{ $arg }`
cli-usage-invalid-utf8 = в аргументах есть текст не в кодировке UTF-8
cli-usage-other = не удаётся разобрать командную строку
cli-usage-more = Подробнее — в справке: '--help'.

## End of section: cli

