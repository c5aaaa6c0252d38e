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

# Pieces joined the same way in every language.
input-join-colon = { $first }: { $second }
input-join-comma = { $first }, { $second }
input-join-semicolon = { $first }; { $second }
input-or-chain = { $first } или { $second }
input-verbatim = { $text }

# Why a file cannot be opened or read (what the system said, in words).
input-io-not-found = нет такого файла или папки
input-io-permission-denied = нет прав доступа
input-io-is-a-folder = это папка, а не файл
input-io-broken-pipe = программа, читавшая вывод, закрыла его раньше времени
input-io-disk-full = диск заполнен
input-io-read-only = диск только для чтения

# Sizes.
input-size-mib = { $count } МиБ
input-size-kib = { $count } КиБ
input-size-bytes = { $count ->
    [one] { $count } байт
    [few] { $count } байта
   *[many] { $count } байт
}

# The file as a whole.
input-open = не удаётся открыть { $path }: { $reason }
input-read = не удаётся прочитать { $path }: { $reason }
input-empty = { $name }: файл пуст
input-empty-sheet = { $name } (лист "{ $sheet }"): лист пуст
input-no-header = { $name }: в первой строке нет названий столбцов, а она должна их называть, например: ID;Сотрудников;Выручка, руб
input-invalid-json = { $name }: ошибка в JSON, строка { $line }, позиция { $column }: { $reason }
input-header-not-utf8 = { $name }: названия столбцов записаны не в UTF-8, так что файл, скорее всего, в кодировке Windows-1251; запустите без --encoding или с --encoding windows-1251
input-unsupported-encoding = { $name }: файл в кодировке { $encoding }, а её leadrules не читает; сохраните его как «CSV UTF-8» (или CSV в Windows-1251) и попробуйте снова
input-encoding-utf16 = UTF-16 («Текст Юникод» в Excel)
input-record-too-long = { $name }: запись, которая начинается в строке { $line }, не укладывается в { $limit }; таких длинных лидов не бывает, так что файл, видимо, повреждён (пропали переводы строк или не закрыта кавычка либо скобка)
input-workbook = { $name }: { $reason }
input-no-such-sheet = в { $name } нет листа "{ $sheet }"; { $count ->
    [one] в нём только лист
   *[other] в нём есть листы
} { $sheets }
input-duplicate-column = { $name }: поле { $field } читает столбец "{ $column }", который { $place }, и непонятно, в котором из них значение; переименуйте или удалите лишний столбец в выгрузке и попробуйте снова
input-no-matching-column = { $name }: ни один столбец не подходит ни к одному полю; правила читают { $wanted }; столбцы файла: { $found }
input-no-matching-column-more = { $name }: ни один столбец не подходит ни к одному полю; правила читают { $wanted }; столбцы файла: { $found } и ещё { $more }
input-no-matching-column-none = { $name }: ни один столбец не подходит ни к одному полю; правила читают { $wanted }; у столбцов файла нет названий
input-field-from = { $field } из { $columns }
input-standard-input = стандартный ввод
input-quoted = "{ $text }"

# Where a repeated column is.
input-place-header = встречается в заголовке { $count ->
    [one] { $count } раз
    [few] { $count } раза
   *[many] { $count } раз
} (столбцы { $positions })
input-place-json-lead = встречается { $count ->
    [one] { $count } раз
    [few] { $count } раза
   *[many] { $count } раз
} в лиде на строке { $line }

# Warnings about columns.
input-warn-missing-column = { $file }: для поля { $field } нет столбца (искали { $columns }); оно неизвестно у всех лидов
input-warn-repeated-column = { $file }: столбец "{ $column }" { $place }; его не читает ни одно поле, поэтому он пропускается
input-warn-repeated-key = { $file }: ключ "{ $key }" { $place }; его не читает ни одно поле, поэтому он пропускается

# Workbooks and binary files.
input-not-leads = это zip-архив или другой двоичный файл, а не файл с лидами; leadrules читает CSV, JSON, JSON Lines и книги Excel (.xlsx, .xls, .ods)
input-sheet-for-workbooks = --sheet нужен для книг Excel, а этот файл читается как CSV или JSON
input-workbook-forced-text = это похоже на книгу Excel (zip- или OLE-файл), а не на CSV или JSON; запустите с --input-format xlsx или без --input-format
input-workbook-unnamed = это похоже на книгу Excel (zip- или OLE-файл); чтобы прочитать её как книгу, укажите --input-format xlsx (или, если это файл, дайте ему расширение .xlsx)
input-workbook-damaged = книга повреждена и не читается; откройте её в Excel и сохраните заново или выгрузите лиды в CSV
input-workbook-unreadable = это не книга Excel (.xlsx, .xls) и не таблица OpenDocument (.ods), которую можно прочитать; сохраните её заново из Excel или выгрузите лиды в CSV
input-sheet-unreadable = лист "{ $sheet }" не читается ({ $reason })

# Broken JSON structure.
input-json-expected-array = ожидалась [ в начале массива лидов
input-json-not-whole-value = в этой строке не целое значение JSON; нужен один лид на строку ({"{"}...{"}"}) или массив лидов ([{"{"}...{"}"}, ...])
input-json-unclosed-array = файл кончается раньше, чем массив лидов закрыт скобкой ]
input-json-ends-in-lead = файл обрывается посреди лида
input-json-expected-comma = после лида ожидалась , или ]
input-json-trailing-text = лишний текст после конца массива лидов

# One lead that cannot be read: where it is.
input-row-line = строка { $line }
input-row-sheet-row = строка { $line }
input-row-lead = лид { $record }

# A record as a whole.
input-record-unreadable = эту запись не удалось прочитать
input-record-cells = { $cells ->
    [one] { $cells } ячейка
    [few] { $cells } ячейки
   *[many] { $cells } ячеек
}, а в заголовке { $columns ->
    [one] { $columns } столбец
    [few] { $columns } столбца
   *[many] { $columns } столбцов
}
input-record-cells-quoted = { $cells ->
    [one] { $cells } ячейка
    [few] { $cells } ячейки
   *[many] { $cells } ячеек
}, а в заголовке { $columns ->
    [one] { $columns } столбец
    [few] { $columns } столбца
   *[many] { $columns } столбцов
} (ячейка в кавычках растягивает запись со строки { $line } до строки { $last }: не закрыта кавычка?)
input-stray-quote = кавычка, открытая в строке { $line }, { $runs }; она считается лишней, и строки после строки { $line } снова читаются как лиды (закройте или удалите кавычку в выгрузке)
input-stray-quote-column = кавычка, открытая в строке { $line } (столбец "{ $column }"), { $runs }; она считается лишней, и строки после строки { $line } снова читаются как лиды (закройте или удалите кавычку в выгрузке)
input-quote-closed-far = закрывается только в строке { $closed }, на { $count ->
    [one] { $count } строку
    [few] { $count } строки
   *[many] { $count } строк
} ниже
input-quote-closed-at-cell-end = закрывается только в строке { $closed }, где кончается ячейка
input-quote-never-closed-limit = так и не закрывается (ячейка не укладывается в { $size })
input-quote-never-closed = так и не закрывается: ячейка тянется до конца файла
input-json-not-lead = { $what } — не лид: нужен объект вида {"{"}"ID": 1, ...{"}"}
input-json-a-list = список
input-json-the-text = текст "{ $text }"
input-json-invalid-record = "{ $text }" — некорректный JSON ({ $reason })

# One cell: its column and value, then what is wrong with it.
input-cell = столбец "{ $column }": "{ $value }" { $problem }
input-cell-no-column = "{ $value }" { $problem }
input-cell-is-not = — ожидается { $expected }
input-cell-not-single = — ожидается одно значение (в поле нужно: { $expected })
input-cell-ambiguous = — неоднозначно: это может быть { $decimal } или { $thousands } (по другим ячейкам столбца не видно, что здесь десятичный разделитель — `,` или `.`); укажите его у поля в правилах: `format "1 000,50"` или `format "1,000.50"`

# What a cell should have been.
input-expect-number = число (пишите, например, 1 000 000,50 или 1000000.50)
input-expect-money = сумма (пишите, например, 1 000 000,50 или 1000000.50)
input-expect-percent = процент (пишите, например, 45 %, 45 или 12,5%)
input-expect-yes-no = да или нет (пишите да/нет, yes/no, true/false или 1/0)
input-expect-minutes = число минут (пишите, например, 30 или 2 недели)
input-expect-hours = число часов (пишите, например, 30 или 2 недели)
input-expect-days = число дней (пишите, например, 30 или 2 недели)
input-expect-weeks = число недель (пишите, например, 30 или 2 недели)
input-expect-text = текст
input-expect-one-of = одно из допустимых значений: { $values }
input-expect-date = дата ({ $format })
input-expect-date-time = дата и время ({ $format })
input-expect-readable-text = читаемый текст: это не UTF-8 (если файл сохранён в Windows-1251, запустите с --encoding windows-1251)
input-date-usual = например, 2026-12-01 или 01.12.2026
input-date-declared = в виде { $pattern } или 2026-12-01
input-date-with-time = { $date }, можно со временем, например 14:30
input-date-no-year-zero = — такой даты нет (года 0 не бывает)
input-date-no-such-month = — такой даты нет (месяца { $month } не бывает)
input-date-month-days = — такой даты нет (в { $month ->
    [1] январе
    [2] феврале
    [3] марте
    [4] апреле
    [5] мае
    [6] июне
    [7] июле
    [8] августе
    [9] сентябре
    [10] октябре
    [11] ноябре
   *[12] декабре
} { $year } года { $days ->
    [one] { $days } день
    [few] { $days } дня
   *[many] { $days } дней
})

## End of section: input

## Section: output

# The run summary on stderr.
output-summary-leads = { $count ->
    [one] { $count } лид
    [few] { $count } лида
   *[many] { $count } лидов
}: { $classes }
output-summary-class = { $class } { $count }
output-summary-no-errors = ошибок нет
output-summary-unread = { $count ->
    [one] { $count } лид не удалось прочитать
    [few] { $count } лида не удалось прочитать
   *[many] { $count } лидов не удалось прочитать
} ({ $rows })
output-summary-uncomputable = { $count ->
    [one] для { $count } лида не удалось вычислить результат
   *[other] для { $count } лидов не удалось вычислить результат
} ({ $rows })
output-summary-rows = { $count ->
    [one] строка
   *[other] строки
} { $list }
output-summary-rows-more = строки { $list } и ещё { $more }
output-summary-blank = { $count ->
    [one] пропущена { $count } пустая строка
    [few] пропущены { $count } пустые строки
   *[many] пропущено { $count } пустых строк
}

# Output files.
output-is-input = { $output } — входной файл этого запуска; запись туда уничтожила бы его
    подсказка: назовите выходной файл по-другому, например verdicts.csv
output-is-same-as-input = { $output } — тот же файл, что и входной { $input }; запись туда уничтожила бы его
    подсказка: назовите выходной файл по-другому, например verdicts.csv
output-read-only = не удаётся записать { $output }: файл только для чтения, поэтому он оставлен как есть
    подсказка: разрешите запись (chmod u+w), если его можно заменить, или выберите другое имя
output-not-a-file-folder = не удаётся записать { $output }: это папка, а не файл
    подсказка: укажите путь к файлу, в который писать
output-not-a-file-special = не удаётся записать { $output }: это особый файл (сокет или диск), а не обычный файл
    подсказка: укажите путь к файлу, в который писать
output-unreachable = не удаётся записать { $output }: { $reason }
output-not-a-folder = { $folder } — не папка
output-no-such-folder = папки { $folder } нет; сначала создайте её или пишите в другое место
output-cannot-follow-link = не удаётся перейти по ссылке: { $reason }
output-link-circle = больше { $count } ссылок подряд (ссылки замкнулись в круг?)
output-cannot-write = не удаётся записать { $output }: { $reason }
output-keep-missing-one = --keep { $column }: в файле с лидами нет такого столбца
    подсказка: назовите столбец из заголовка файла так, как он там написан
output-keep-missing-many = --keep: в файле с лидами нет столбцов { $columns }
    подсказка: назовите столбцы из заголовка файла так, как они там написаны
output-xlsx-too-many = на листе Excel помещается не больше { $most } лидов; для большего числа пишите CSV (-o verdicts.csv)

# The differences of two snapshots (`snapshot --check`).
output-snap-added = + { $lead }: новый, { $reading }
output-snap-removed = - { $lead }: исчез (был { $class })
output-snap-removed-error = - { $lead }: исчез (был строкой с ошибкой)
output-snap-rule-changed = решающее правило изменилось ({ $place }): `{ $old }` → `{ $new }`
output-snap-rule-changed-leads = решающее правило изменилось ({ $place }): `{ $old }` → `{ $new }`; { $count ->
    [one] у { $count } лида
   *[other] у { $count } лидов
} изменилось только это: { $leads }
output-snap-rule-changed-more-leads = решающее правило изменилось ({ $place }): `{ $old }` → `{ $new }`; { $count ->
    [one] ещё у { $count } лида
   *[other] ещё у { $count } лидов
} изменилось только это: { $leads }
output-snap-line = строка { $line }
output-snap-file-line = { $file }, строка { $line }
output-snap-no-rule = (без правила)
output-snap-error = ошибка: { $reason }
output-snap-decided-by = { $verdict }, решило правило `{ $rule }` ({ $place })
output-snap-still-unreadable = по-прежнему не читается, теперь: { $new } (было: { $old })
output-snap-now-error = { $class } → ошибка: { $reason }
output-snap-now-readable = ошибка → { $reading }; теперь лид читается
output-snap-value-appeared = { $name } нет → { $value }
output-snap-value-gone = { $name } { $value } → нет
output-snap-now-decided-by = { $change }, потому что теперь решает правило `{ $rule }` ({ $place })
output-snap-rule-changed-below = { $change }, решающее правило изменилось ({ $place }, см. ниже)
output-snap-rule-text-only = { $count ->
    [one] { $count } лид решён правилом, текст которого изменился
    [few] { $count } лида решены правилами, текст которых изменился
   *[many] { $count } лидов решены правилами, текст которых изменился
}; ни один вердикт не изменился ({ $leads ->
    [one] { $leads } лид
    [few] { $leads } лида
   *[many] { $leads } лидов
})
output-snap-changed-of = { $changed ->
    [one] изменился
   *[other] изменились
} { $changed } из { $leads ->
    [one] { $leads } лида
   *[other] { $leads } лидов
}
output-snap-changed-of-steps = { $changed ->
    [one] изменился
   *[other] изменились
} { $changed } из { $leads ->
    [one] { $leads } лида
   *[other] { $leads } лидов
}: { $steps }
output-snap-step-new = новый → { $class }
output-snap-step-gone = { $class } → исчез
output-snap-step = { $step } { $count }
output-snap-values-changed = тот же класс, но другие баллы, соответствие или температура: { $count }
output-snap-error-changed = не читается по другой причине: { $count }
output-snap-rule-text-kept = { $count ->
    [one] ещё { $count } лид, решённый правилом с изменённым текстом, сохранил вердикт
    [few] ещё { $count } лида, решённых правилами с изменённым текстом, сохранили вердикт
   *[many] ещё { $count } лидов, решённых правилами с изменённым текстом, сохранили вердикт
}
output-snap-classes = классы: { $counts }

# Reading a snapshot file back.
output-snap-parse-error = строка { $line }: { $problem }
output-snap-parse-after-lead = { $problem } (после лида { $lead })
output-snap-parse-line-ends = строка кончается там, где ожидается { $what }
output-snap-parse-after-quote = { $what } продолжается после закрывающей кавычки; поставьте после неё пробел
output-snap-parse-space-before = ожидался пробел, а за ним { $what }
output-snap-parse-space-between = между двумя словами нужен пробел
output-snap-parse-row-number = после `row` должен идти номер строки, а не `{ $text }` (лид с id row пишите как "row")
output-snap-parse-by = после `by` должны идти место и текст правила, например `by line 72: SQL when score >= 60`
output-snap-parse-u-braces = после `\u` должен идти код символа в фигурных скобках, например \u{"{"}20{"}"}
output-snap-parse-not-a-character = `\u{"{"}{ $hex }{"}"}` — не символ
output-snap-parse-not-an-escape = `\{ $char }` — не escape-последовательность; обратную косую черту пишите как \\ (остальные: \" \n \r \t \u{"{"}…{"}"})
output-snap-parse-lone-backslash = строка кончается одинокой обратной косой чертой; пишите её как \\
output-snap-parse-unclosed-quote = слово в кавычках не закрыто: строка кончается раньше закрывающей "
output-snap-what-lead = лид
output-snap-what-row-number = номер строки
output-snap-what-class = класс
output-snap-what-name = имя
output-snap-what-value = значение `{ $name }`
output-snap-what-rule-line = номер строки правила

## End of section: output

## Section: run

run-input-broke = { $error }; вердикты не записаны, потому что лиды после этого места прочитать не удалось
run-input-broke-snapshot = { $error }; снимок не записан и не сравнён, потому что лиды после этого места прочитать не удалось
run-write = не удаётся записать вердикты: { $reason }
run-render = не удаётся подготовить вердикты к записи: { $reason }
run-worker-failed = leadrules сбился при оценке лидов начиная со строки { $row } (это ошибка программы; пожалуйста, сообщите о ней)
run-worker-stopped = рабочий поток остановился, не доделав свои лиды
run-reader-failed = leadrules сбился при чтении лидов (это ошибка программы; пожалуйста, сообщите о ней)
run-reading-stopped = запуск остановился, не дочитав все лиды
run-too-many-leads = в снимок помещается не больше { $most } лидов, а в этом файле их больше; снимок — это эталонные лиды комиссии (сотни или тысячи), которые сравниваются по одному
    подсказка: возьмите для снимка выборку из выгрузки, а весь файл прогоните через `leadrules qualify`
run-duplicate-id = у нескольких лидов один и тот же id { $id }; --check сопоставляет их в порядке файла с лидами

## End of section: run

## Section: backtest

## End of section: backtest

## Section: cli

## End of section: cli

