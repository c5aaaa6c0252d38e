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

# Ошибка ввода-вывода простыми словами, часть сообщения о чтении или записи файла.
compile-io-not-found = нет такого файла или папки
compile-io-permission-denied = нет прав доступа
compile-io-is-a-folder = это папка, а не файл
compile-io-broken-pipe = программа, читавшая вывод, закрыла его раньше времени
compile-io-disk-full = диск заполнен
compile-io-read-only = диск доступен только для чтения
# $reason: слова самой системы о редком сбое (по-английски).
compile-io-other = системная ошибка: { $reason }

# Почему не удаётся получить текст файла правил.
compile-read-not-a-file = это не файл (а папка, устройство или канал)
compile-read-too-large = он больше { $mib } МиБ — гораздо больше любого файла правил; тот ли это файл?
compile-read-not-utf8-windows-1251 = строка { $line }, столбец { $column }: файл правил не в UTF-8 (похоже, в Windows-1251); сохраните его в UTF-8: в Блокноте — Файл > Сохранить как > Кодировка: UTF-8, или выполните `iconv -f windows-1251 -t utf-8 OLD.rules > NEW.rules`
compile-read-not-utf8 = строка { $line }, столбец { $column }: файл правил не в кодировке UTF-8; сохраните его в UTF-8

# Строки `use`.
compile-use-cycle = `{ $path }` подключает сам себя — через эту строку
compile-use-cycle-label = эта строка `use` замыкает круг
compile-use-cycle-help = файлы могут подключать друг друга только в одну сторону: уберите одну из строк `use`
compile-use-twice-with-settings = `{ $path }` подключён дважды; настройки для него задаются один раз
compile-use-twice-with-settings-label = подключён повторно с настройками
compile-use-twice-with-settings-help = перечислите все настройки `with` в первой строке `use` этого файла
compile-use-absolute = путь в `use` должен быть относительным
compile-use-absolute-label = абсолютный путь
compile-use-absolute-help = укажите путь от папки этого файла, например "frameworks/champ.rules"
compile-use-outside = `{ $path }` лежит вне папки определения
compile-use-outside-label = выходит за пределы папки с правилами
compile-use-outside-help = держите все файлы, которые подключает определение, в его папке или во вложенных папках, чтобы правила переносились вместе
compile-use-outside-link = `{ $path }` через символическую ссылку ведёт за пределы папки определения
compile-use-outside-link-label = символическая ссылка ведёт за пределы папки с правилами
compile-use-outside-link-help = скопируйте файл в папку определения (или во вложенную папку), а не ссылайтесь на него
compile-use-cannot-read = не удаётся прочитать `{ $path }`: { $reason }
compile-use-cannot-read-label = искали по пути { $file }
compile-use-cannot-read-help = путь отсчитывается от файла со строкой `use`; стандартные методики: { $standard }
compile-use-not-utf8 = `{ $path }`: { $problem }
compile-use-not-utf8-label = не читается
compile-use-not-utf8-help = сохраните файл правил в кодировке UTF-8 (в Excel или Блокноте: «Сохранить как», кодировка UTF-8)
compile-use-not-a-rule-file = нельзя подключить `{ $path }`: { $problem }
compile-use-not-a-rule-file-label = не файл правил
compile-use-not-a-rule-file-help = в строке `use` указывается файл правил (.rules) из папки определения или из вложенной папки
compile-std-unknown = стандартного файла `{ $path }` нет
compile-std-unknown-label = такой стандартной методики нет
compile-std-did-you-mean = может быть, имелся в виду "{ $suggestion }"? Стандартные файлы: { $standard }
compile-std-list = стандартные файлы: { $standard }
compile-std-use-fix = подключить "{ $suggestion }"

# Настройки `with` в строке `use`.
compile-setting-wrong-kind = `{ $name }` — это { $expected }, а не { $given }
compile-setting-wrong-kind-label = здесь { $kind }
compile-setting-replaced = значение, которое заменяется
compile-setting-wrong-kind-help = укажите значение того же вида, что и заменяемое
compile-setting-unknown = в подключённом файле нет параметра `{ $name }`
compile-setting-unknown-label = там нет такого параметра
compile-setting-did-you-mean = может быть, имелся в виду `{ $name }`?
compile-setting-no-parameters = в подключённом файле нет блока `parameters`, который можно настроить
compile-setting-known = параметры подключённого файла: { $names }
# Вид значения параметра.
compile-kind-number = число
compile-kind-percentage = процент
compile-kind-duration = срок
compile-kind-text = текст
compile-kind-yes-no = да/нет
compile-kind-date = дата
compile-kind-name = имя

# Определение, которое не помещается в скомпилированную форму, или ошибка компилятора.
compile-too-many = в определении больше { $what }, чем может пронумеровать скомпилированная форма ({ $most })
compile-too-many-help = разделите определение на несколько небольших
compile-internal-error = внутренняя ошибка компилятора: { $invariant } ({ $detail }); ни один лид не оценён
compile-internal-error-help = пожалуйста, сообщите об этой ошибке и приложите файл
compile-this-file = этот файл
# Какое правило скомпилированной программы нарушила ошибка компилятора.
compile-invariant-ids-in-range = каждый идентификатор не выходит за пределы своей таблицы
compile-invariant-tables-numbered = каждую таблицу можно пронумеровать её идентификаторами
compile-invariant-layout-fits-blocks = раскладка даёт каждому блоку по одному регистру истинности на условие
compile-invariant-blocks-tile-program = код блоков, один за другим, составляет всю программу
compile-invariant-calculations-named = каждый шаг вычисления назван один раз, в порядке шагов
compile-invariant-conditions-fit = код каждого условия — часть кода его блока и записывает его регистр
compile-invariant-written-before-read = каждый регистр и каждое производное значение записываются до того, как шаг их читает
compile-invariant-look-up-tables-fit = в справочных таблицах по одной записи на каждое поле или правило класса
# Чего слишком много (после «больше»: родительный падеж).
compile-ids-fields = полей
compile-ids-truth-registers = регистров истинности
compile-ids-number-registers = числовых регистров
compile-ids-text-constants = текстовых констант
compile-ids-steps = шагов
compile-ids-range-tests = проверок диапазона
compile-ids-set-tests = проверок по списку
compile-ids-field-tests = проверок полей
compile-ids-frameworks = методик
compile-ids-profiles = профилей
compile-ids-score-blocks = блоков скоринга
compile-ids-class-rules = правил классов
compile-ids-temperature-rules = правил температуры
compile-ids-rule-names = имён правил

# Где правило: в самом определении или в подключённом файле.
compile-location = строка { $line }
compile-location-in-file = { $file }, строка { $line }

## End of section: compile

## Section: schema

# Что хранит поле, как часть сообщения («`budget` — денежная сумма»).
schema-kind-number = число
schema-kind-money = денежная сумма
schema-kind-percent = процент
schema-kind-yes-no = да или нет
schema-kind-text = текст
schema-kind-minutes = число минут
schema-kind-hours = число часов
schema-kind-days = число дней
schema-kind-weeks = число недель
schema-kind-date = дата ({ $format })
schema-kind-date-time = дата и время ({ $format })
schema-kind-one-of = одно из значений: { $values }
# Как записана дата; $pattern — как в файле правил: d.m.yyyy
schema-date-format-default = например, 2026-12-01 или 01.12.2026
schema-date-format-declared = в виде { $pattern }

## End of section: schema

## Section: format

format-internal-error = внутренняя ошибка форматирования: { $what }; файл оставлен как был
format-internal-does-not-parse = отформатированный текст не читается как файл правил
format-internal-changes-meaning = отформатированный текст означал бы другое
format-internal-loses-comment = при форматировании комментарий потерялся бы или переместился
format-internal-error-help = пожалуйста, сообщите об этой ошибке и приложите файл; `leadrules check` с ним по-прежнему работает
format-this-file = этот файл

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

## End of section: cli

