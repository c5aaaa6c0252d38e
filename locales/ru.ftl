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

# Парсер: синтаксические ошибки, опечатки, которые он исправляет, значения, которых не бывает.

syntax-unclosed-string = текст не закрыт кавычкой
syntax-unclosed-string-label = у этого текста нет закрывающей `"`
syntax-unclosed-string-help = закончите текст знаком `"` на той же строке; кавычку внутри текста пишите как `\"`
syntax-too-deep = скобки вложены слишком глубоко
syntax-too-deep-label = слишком глубоко
syntax-too-deep-help = вкладывайте не больше { $max ->
        [one] { $max } скобки
       *[other] { $max } скобок
    } друг в друга; разбейте условие на именованные критерии
syntax-found = а здесь `{ $token }`
syntax-expected-here = здесь чего-то не хватает
syntax-piece-ends-here = здесь { $piece ->
        [use] заканчивается строка `use`
        [header] заканчивается заголовок
       *[block] заканчивается блок `{ $kind }`
    }
syntax-piece-ends-early = { $piece ->
        [use] строка `use` обрывается
        [header] заголовок обрывается
       *[block] блок `{ $kind }` обрывается
    } слишком рано
syntax-never-closed = эта `{"{"}` нигде не закрыта
syntax-never-closed-label = открыта здесь и не закрыта
syntax-never-closed-end-label = блок должен закончиться перед этим местом
syntax-never-closed-help = добавьте `{"}"}` после последней строки блока
syntax-gate-no-reason = у этой проверки не указана причина
syntax-gate-no-reason-label = в конце этой строки нужно `{ $else } "причина"`
syntax-gate-no-reason-help = закончите проверку причиной, по которой лид отсеивается: `требуется employees >= 10 иначе "слишком маленькая компания"`
syntax-negative-label = отрицательное
syntax-negative-weight = вес не может быть отрицательным
syntax-negative-weight-help = вес говорит, насколько важен критерий, и бывает от 0 и больше: `employees >= 50 вес 3`; чтобы критерий говорил против лида, дайте ему отрицательные баллы в скоринге: `-20 когда source = cold_call`
syntax-negative-importance = важность не может быть отрицательной
syntax-negative-importance-help = важность — это число от 0 и больше: `price важность 5`
syntax-negative-within = время на ответ не может быть отрицательным
syntax-negative-within-help = напишите, сколько времени есть у продавца: `ответить за 15 минут`
syntax-negative-cap = потолок скоринга не может быть отрицательным
syntax-negative-cap-help = ограничьте скоринг числом от 0 и больше: `баллы engagement не более 100`
syntax-negative-match = совпадение не может быть отрицательным
syntax-negative-match-help = совпадение — это процент от 0% до 100%: `совпадение 90% когда ...`
syntax-negative-count = число критериев не может быть отрицательным
syntax-negative-count-help = считайте критерии от 0 и больше: `зачёт 3 из 4`
syntax-plus-sign = число после `{ $word }` пишется без знака: `{ $written }`
syntax-plus-sign-label = здесь `+` не нужен
syntax-plus-sign-help = это число считается от 0 и пишется без знака: `{ $number }`
syntax-not-an-operator = в языке правил нет оператора `{ $operator }`
syntax-write-here = напишите здесь `{ $word }`
syntax-logic-word-help = напишите `{ $word }` вместо `{ $operator }`: условия соединяются и отрицаются словами
syntax-logic-rewrite-help = напишите `{ $word }` вместо `{ $operator }`: `{ $condition }`
syntax-percent-space = знак `%` пишется сразу после числа
syntax-percent-space-label = без пробела перед `%`
syntax-percent-space-help = напишите процент без пробела: `{ $written }`
syntax-not-known = `{ $written }` здесь пишется одним словом: `{ $meant }`
syntax-missing-subject = слева от `{ $operator }` ничего нет: в каждом сравнении называют, что сравнивается
syntax-rewrite-help = напишите так: `{ $condition }`
syntax-currency = `{ $word }` после суммы: деньги пишутся одним числом
syntax-currency-label = валюта, а не единица
syntax-currency-help = напишите сумму без валюты: `{ $number }`
syntax-fix-remove-word = убрать `{ $word }`
syntax-comma-in-condition = `,` не соединяет два условия
syntax-comma-in-condition-label = условия соединяют словом, а не запятой
syntax-comma-in-condition-help = скажите, как связаны условия: { $choices }
syntax-unquoted-text = текст пишется в кавычках
syntax-unquoted-text-label = текст без кавычек
syntax-unquoted-text-help = возьмите его в двойные кавычки: `{ $quoted }`
syntax-unit-dot = `{ $word }.`: единица пишется без точки
syntax-unit-dot-label = после единицы точка не нужна
syntax-unit-dot-help = напишите единицу без точки: `{ $written }`
syntax-value-after-operator = после `{ $operator }` нужно значение
syntax-nothing-to-compare-label = не с чем сравнивать
syntax-nothing-after-operator-label = после этого оператора ничего нет
syntax-nothing-to-compare-help = напишите значение для сравнения сразу после `{ $operator }`, в той же строке: `{ $written } …`, где вместо `…` — число, поле или текст
syntax-nothing-after-operator-help = напишите число или поле сразу после `{ $operator }`, в той же строке: `{ $written } …`, где вместо `…` — это число или поле
syntax-read-as-value-label = прочитано как значение после `{ $operator }`, хотя начинает следующую строку
syntax-condition-after-word = после `{ $word }` в той же строке нужно условие
syntax-nothing-after-word-label = дальше в строке ничего нет
syntax-read-as-condition-label = прочитано как продолжение условия после `{ $word }`
syntax-condition-after-word-help = допишите условие после `{ $word }` в той же строке или уберите `{ $word }`
syntax-not-a-value-label = `{ $token }` — не значение
syntax-unexpected-rbrace = лишняя `{"}"}`
syntax-unexpected-rbrace-label = здесь нечего закрывать
syntax-unexpected-rbrace-help = удалите эту `{"}"}` или проверьте, что блок выше открывается знаком `{"{"}`
syntax-unexpected-after-piece = после конца { $piece ->
        [use] строки `use`
        [header] заголовка
       *[block] блока `{ $kind }`
    } не ожидалось `{ $word }`
syntax-unexpected-before-blocks = перед первым блоком не ожидалось `{ $word }`
syntax-not-in-a-block-label = не входит ни в один блок
syntax-block-on-own-line-help = начинайте каждый блок с новой строки
syntax-definition-first-help = строка `definition` должна стоять в самом начале файла
syntax-did-you-mean = вы имели в виду `{ $word }`?
syntax-every-block-starts-help = каждый блок начинается с начала строки словом `fields`, `minimum`, `profile`, `framework`, `score`, `classify`, `temperature`, `deal`, `example` или `use`; строка, которая относится к блоку выше, пишется перед его закрывающей `{"}"}`
syntax-missing-comma = между { $place ->
        [values] значениями списка
        [columns] названиями столбцов
        [expectations] ожиданиями
        [entries] значениями примера
        [ratings] оценками
       *[items] элементами
    } нужна `,`
syntax-comma-values-help = разделяйте значения запятыми: { $example }
syntax-comma-them-help = разделите их запятой: `{ $example }`
syntax-missing-comma-one-of = между значениями `{ $one_of }` нужна `,`
syntax-missing-comma-one-of-label = после написаний предыдущего значения нужна `,`
syntax-comma-here-label = здесь не хватает `,`
syntax-colon-after-field-type = между именем поля и его типом нужно `:`
syntax-colon-after-criterion = после имени критерия нужно `:`
syntax-colon-after-field = после имени поля нужно `:`
syntax-colon-help = поставьте двоеточие после `{ $name }`: `{ $example }`
syntax-colon-not-equals-label = здесь нужно `:`, а не `=`
syntax-needless-word = после `{ $keyword }` не ставится `{ $word }`
syntax-needless-word-label = уберите это
syntax-needless-word-help = напишите `{ $line }`
syntax-pasted-dash = `{ $mark }` — типографское тире, которым текстовые редакторы заменяют минус
syntax-pasted-dash-label = это не знак минуса `-`
syntax-unit-left-out = после `{ $number }` не хватает единицы времени
syntax-unit-left-out-label = нет единицы
syntax-deadline-units-help = срок пишется с единицей времени: { $units }
syntax-expectation-connective = `{ $word }` не соединяет ожидания примера: они разделяются запятыми
syntax-expectation-connective-label = здесь нужна `,`
syntax-expectation-connective-help = разделите ожидания запятыми: `{ $line }`
syntax-list-after-equals = список значений сравнивается с помощью `{ $written }`, а не `{ $op }`
syntax-list-after-equals-label = напишите здесь `{ $written }`
syntax-list-after-equals-list-label = список значений
syntax-list-after-equals-help = напишите `{ $line }`
syntax-equals-unknown = `{ $written }` не проверяет, пусто ли значение
syntax-equals-unknown-label = напишите `{ $written }`
syntax-equals-unknown-help = пустое значение проверяется словом `неизвестно`, заполненное — словом `известно`: `{ $line }`
syntax-said-comparison = `{ $said }` в правиле пишется знаком `{ $op }`
syntax-said-comparison-label = напишите `{ $op }`
syntax-said-comparison-help = запишите сравнение знаком: `{ $line }`
syntax-catch-all-word = последняя строка пишется не со словом `{ $word }`, а со словом `{ $otherwise }`
syntax-catch-all-word-label = напишите `{ $otherwise }`
syntax-catch-all-word-help = строка для всех остальных лидов: `{ $line }`
syntax-catch-all-rating = совпадение для всех остальных лидов пишется не словами `{ $word }`, а словом `{ $otherwise }`
syntax-catch-all-rating-help = последнее совпадение: `{ $line }`
syntax-said-range = `{ $said }` в правиле пишется `{ $written }`
syntax-clause-before-condition = `{ $clause }` пишется после условия строки, а не перед `{ $when }`
syntax-clause-before-condition-label = пишется после условия
syntax-clause-before-condition-help = строка читается так: имя, `{ $when }` и условие, затем остальное: `{ $line }`
syntax-fix-move-clause = перенести `{ $clause }` в конец строки
syntax-said-deadline = срок ответа пишется `{ $respond }` и числом с единицей, а не `{ $said }`
syntax-said-deadline-label = напишите `{ $written }`
syntax-said-deadline-help = запишите срок числом и единицей: `{ $line }`
syntax-soon-deadline = `{ $said }` — не срок, который правила могут отсчитать: срок ответа пишется `{ $respond }` и числом с единицей
syntax-soon-deadline-label = как скоро: через сколько минут или часов?
syntax-soon-deadline-help = укажите срок числом и единицей, например `{ $line }`
syntax-business-days = `{ $written }`: правила считают дни по календарю, вместе с выходными и праздниками, а не рабочие дни
syntax-business-hours = `{ $written }`: правила считают часы подряд, вместе с ночами и выходными, а не рабочие часы
syntax-business-time-label = рабочее время не отсчитывается
syntax-business-time-help = запишите срок по календарю: { $choices }
syntax-colon-after-name = после имени `{ $name }` двоеточие не пишется: правило — это имя, затем `когда` и условие или `иначе`
syntax-colon-after-name-label = здесь `:` не нужно
syntax-colon-after-name-help = напишите строку без него: `{ $line }`
syntax-multiplier-weight = после `{ $word }` пишется просто число, а не множитель: `{ $written }`
syntax-multiplier-weight-label = напишите `{ $number }`
syntax-multiplier-weight-help = строка с `2` весит вдвое больше строки с `1`: `{ $line }`
syntax-spaced-dot = `{ $written }` — одно имя: вокруг точки пробелы не ставят
syntax-spaced-dot-label = пробел у точки
syntax-spaced-dot-help = напишите без пробелов: `{ $joined }`
syntax-empty-playbook = у `{ $word }` нет текста
syntax-empty-playbook-label = здесь нет текста сценария
syntax-empty-playbook-help = напишите в кавычках после `{ $word }`, на той же строке, что делают продажи с такими лидами, например `{ $word } "позвонить в течение дня"`, или удалите строку
syntax-said-around-value = `{ $said }` в правилах пишется `{ $written }`
syntax-line-end-mark = строка не заканчивается знаком `{ $mark }`
syntax-line-end-mark-label = здесь ничего не пишется
syntax-line-end-mark-help = напишите строку без него: `{ $line }`
syntax-two-word-value = `{ $written }` — два слова, а значение — одно
syntax-two-word-value-label = пробел внутри значения
syntax-two-word-value-help = значение поля `один из` — одно слово, как в списке поля, например `{ $joined }`; текст пишется в кавычках: `{ $quoted }`
syntax-count-word = `{ $word }` после `{ $number }`: количество и баллы пишутся одним числом
syntax-count-word-label = это не единица
syntax-count-word-help = напишите одно число: `{ $line }`
syntax-percent-word = процент пишется знаком `%`: `{ $written }`, а не `{ $word }`
syntax-percent-word-label = напишите `%`
syntax-percent-word-help = поставьте знак сразу после числа: `{ $line }`
syntax-said-unit = `{ $word }` — не единица языка правил: то же время — это `{ $written }`
syntax-said-unit-label = напишите `{ $written }`
syntax-said-unit-help = запишите срок в единице, которая есть в языке: `{ $line }`
syntax-keyword-in-capitals = `{ $word }` — ключевое слово заглавными буквами, а ключевые слова пишутся строчными
syntax-keyword-in-capitals-label = напишите `{ $keyword }`
syntax-keyword-in-capitals-help = напишите `{ $keyword }` вместо `{ $word }`
syntax-stray-word = `{ $word }` не входит в условие перед ним
syntax-stray-word-label = прочитано как имя новой строки
syntax-stray-word-next-label = поэтому здесь ждали `{ $when }` или `{ $otherwise }`
syntax-stray-word-join-help = если `{ $word }` — часть имени перед ним, соедините их знаком `_`: `{ $joined }`; если нет, уберите его
syntax-stray-word-help = уберите `{ $word }`: строка заканчивается своим условием
syntax-count-in-words = правило зачёта пишется цифрами: `{ $written }`, а не `{ $said }`
syntax-count-in-words-label = напишите `{ $written }`
syntax-count-in-words-help = запишите числа цифрами: `{ $line }`
syntax-currency-sign = `{ $written }`: деньги пишутся одним числом, без знака валюты
syntax-currency-sign-label = знак валюты не нужен
syntax-currency-sign-help = запишите сумму числом: `{ $line }`
syntax-amount-in-words = `{ $word }` — не число, а после `{ $keyword }` нужно число
syntax-amount-in-words-label = здесь нужно число
syntax-amount-in-words-help = напишите число после `{ $keyword }`, тем больше, чем важнее: например 5 — высокая, 3 — средняя, 1 — низкая
syntax-unclosed-list = список не закрыт: нет его `]`
syntax-unclosed-list-label = здесь нужна `]`
syntax-unclosed-list-word-label = `{ $word }` прочитано как ещё одно значение списка
syntax-unclosed-list-help = закройте список после последнего значения: `{ $line }`
syntax-reason-without-else = причина проверки пишется после `{ $word }`
syntax-reason-without-else-label = здесь нужно `{ $word }`
syntax-reason-without-else-help = напишите `{ $word }` перед причиной: `{ $line }`
syntax-values-after-equals = несколько значений после `{ $op }` пишутся списком: `{ $written }`
syntax-values-after-equals-label = второе значение после запятой
syntax-values-after-equals-help = запишите значения в квадратных скобках: `{ $line }`
syntax-chained-comparison = условие сравнивает `{ $subject }` один раз: два сравнения соединяются словом `и`
syntax-chained-comparison-label = напишите `{ $written }`
syntax-chained-comparison-help = повторите то, что сравнивается, после `и`: `{ $line }`
syntax-percent-weight = после `{ $keyword }` пишется просто число, а не процент
syntax-percent-weight-help = веса считаются друг относительно друга, поэтому доле критерия в сумме `%` не нужен: `{ $line }`
syntax-percent-expected-score = баллы — это число, а не процент
syntax-percent-after-number-label = `%` после простого числа
syntax-pass-percent = зачёт считает критерии, а не их процент
syntax-pass-percent-label = процент
syntax-pass-percent-help = { $percent } от { $count ->
    [one] { $count } критерия
   *[other] { $count } критериев
} — это не менее { $met }: `{ $line }`
syntax-pass-percent-unknown-help = укажите, сколько критериев должно выполняться, например `{ $example }`
syntax-said-pass-rule = правило зачёта пишется `{ $written }`, а не `{ $said }`
syntax-said-pass-rule-label = напишите `{ $written }`
syntax-said-pass-rule-help = запишите правило зачёта так, как его пишет язык: `{ $line }`
syntax-share-of-amount = доля суммы пишется умножением, а не `{ $said }`
syntax-share-of-amount-label = напишите `{ $written }`
syntax-share-of-amount-help = умножьте сумму на процент: `{ $line }`
syntax-header-colon = блок открывается `{"{"}` сразу после заголовка, без `:`
syntax-header-colon-label = здесь `:` не нужно
syntax-header-colon-help = напишите заголовок и скобку: `{ $header } {"{"}`
syntax-fix-remove-colon = убрать `:`
syntax-name-before = перед `{ $word }` нужно имя
syntax-name-missing-label = у правила нет имени
syntax-name-first-help = каждое правило начинается со своего имени: { $example }
syntax-name-after-label = `{ $word }` пишется после имени
syntax-name-comes-first-help = сначала пишется имя { $kind ->
    [temperature] температуры
   *[other] класса
}: `{ $written }`
syntax-reserved-word = `{ $word }` — зарезервированное слово, его нельзя взять как имя
syntax-reserved-word-label = зарезервированное слово
syntax-reserved-word-help = выберите другое имя, например `{ $word }_value`
syntax-when-or-otherwise = нужно `{ $when }` с условием или `{ $otherwise }`
syntax-when-or-otherwise-temperature-help = каждое правило — это имя и условие, когда оно действует: `hot когда timeline <= 30 дней` или `cold иначе`
syntax-when-or-otherwise-class-help = каждое правило — это класс и условие, когда он присваивается: `SQL когда баллы >= 60` или `nurture иначе`
syntax-range-and = нужно `{ $and }` и верхняя граница диапазона
syntax-range-and-help = у диапазона указываются обе границы: `employees между 50 и 5_000`
syntax-unexpected = здесь не ожидалось `{ $word }`
syntax-expected = здесь нужно: { $what }
syntax-field-type = нужен тип поля: `{ $number }`, `{ $money }`, `{ $percent }`, `{ $yes_no }`, `{ $text }`, `{ $days }`, `{ $hours }`, `{ $minutes }`, `{ $seconds }`, `{ $weeks }`, `{ $months }`, `{ $years }`, `{ $date }`, `{ $datetime }` или `{ $one_of }` со списком значений
syntax-field-type-help = после двоеточия пишется тип: `employees : число`, `industry : один из it, retail`

# Что ожидал парсер, словами автора правил («здесь нужно: { $what }»), и строка подсказки с
# примером.
syntax-expected-condition = сравнение, например `employees >= 10`
syntax-expected-condition-help = условие сравнивает поле со значением: `employees >= 10`, `industry = it`, `need известно`
syntax-expected-value = значение, например `10`, `budget` или `"текст"`
syntax-expected-rating = оценка, например `90% { $when } budget { $known }` или `{ $otherwise } 10%`
syntax-expected-rating-help = `price важность 5 совпадение 90% когда budget >= 500_000, 40% когда budget известно, иначе 10%`
syntax-expected-probability = критерий, например `price { $importance } 5 { $match } 90% { $when } budget >= 500_000`
syntax-expected-probability-help = `price важность 5 совпадение 90% когда budget >= 500_000, иначе 10%`
syntax-expected-expectation = что должен дать пример: `{ $class }`, `{ $temperature }`, `{ $score }`, `{ $fit }` или `{ $grade }`
syntax-expected-expectation-help = `ожидается класс SQL, температура hot`
syntax-expected-gate-reason = `{ $else } "причина"` после условия проверки
syntax-expected-gate-reason-help = у каждой проверки должна быть причина: `требуется employees >= 10 иначе "слишком маленькая компания"`
syntax-expected-gate = проверка: `{ $require }` или `{ $reject }`
syntax-expected-gate-help = `требуется employees >= 10 иначе "слишком маленькая компания"`
syntax-expected-when = `{ $when }` и условие
syntax-expected-when-help = строка правил называет своё условие после `когда`
syntax-expected-otherwise = `{ $otherwise }`
syntax-expected-weight = `{ $weight }` и число после условия
syntax-expected-weight-help = каждая строка профиля — это условие и его вес: `employees >= 50 вес 3`
syntax-expected-field = поле, например `employees : { $number }`
syntax-expected-field-help = `employees : число из "employees"`
syntax-expected-criterion = критерий, например `budget : budget >= 500_000`
syntax-expected-class-rule = правило класса, например `SQL { $when } { $score } >= 60`
syntax-expected-temperature-rule = правило, например `hot { $when } timeline <= 30 { $days }`
syntax-expected-points = баллы, например `+30 { $when } ...`
syntax-expected-points-help = каждая строка скоринга добавляет (`+`) или снимает (`-`) баллы, когда выполнено её условие
syntax-when-before-condition-help = напишите `{ $when }` перед условием: `{ $line }`
syntax-points-sign-help = баллы начинаются с `+` (добавить) или `-` (снять): { $choices }
syntax-points-missing-help = напишите баллы перед `{ $when }`: с `+`, чтобы добавить, или с `-`, чтобы снять: `+<баллы> { $line }`
syntax-expected-per = `{ $per }` и шаг
syntax-expected-growth-cap = `{ $capped }` и наибольшее число баллов за строку
syntax-expected-growth-step = шаг, например `60 секунд` или `10`
syntax-expected-growth-help = `+1 за каждые 60 секунд time_on_site не более 20`
syntax-expected-importance = `{ $importance }` и число
syntax-expected-match = `{ $match }` и оценки
syntax-expected-percent = процент, например `70%`
syntax-expected-size = `{ $size }` и размер сделки
syntax-expected-size-help = `сделка {"{"} размер budget вероятность {"{"} ... {"}"} {"}"}`
syntax-expected-probability-block = `{ $probability } {"{"} ... {"}"}`
syntax-expected-pass-rule = правило прохождения: `{ $all }`, `{ $any }`, `3 { $of } 4`, `{ $at_least } 3` или `3`
syntax-expected-pass-help = `методика BANT зачёт 3 из 4 {"{"} ... {"}"}`
syntax-expected-pass = `{ $pass }` и правило прохождения
syntax-expected-of = `{ $of }` и число критериев
syntax-expected-of-help = `зачёт 3 из 4`
syntax-expected-least = `{ $least }`
syntax-expected-least-help = `зачёт не менее 3`
syntax-expected-at = `{ $at }` и число
syntax-expected-at-help = `баллы engagement не более 100 {"{"} ... {"}"}`
syntax-expected-duration = срок, например `15 { $minutes }`
syntax-expected-duration-help = `ответить за 15 минут`
syntax-expected-unit = единица времени: `секунд`, `минут`, `часов`, `дней`, `недель`, `месяцев` или `лет` (или `seconds`, `minutes`, `hours`, `days`, `weeks`, `months`, `years`)
syntax-expected-unit-help = срок пишется с единицей времени: `15 минут`, `1 час`, `90 дней`
syntax-expected-lead = `{ $lead } {"{"} ... {"}"}` со значениями примера
syntax-expected-lead-help = `лид {"{"} employees: 200, budget: 600_000 {"}"}`
syntax-expected-lead-entry = поле и его значение, например `employees: 200`
syntax-expected-lead-value = значение, например `200`, `"текст"`, `{ $yes }` или имя
syntax-expected-known = `{ $known }` или `{ $unknown }`
syntax-expected-known-help = `need известно`
syntax-expected-in = `{ $in }` и список
syntax-expected-in-help = `role не в [intern, manager]`
syntax-expected-text = текст в кавычках, например `"слишком маленькая"`
syntax-expected-text-help = пишите текст в двойных кавычках, например "слишком маленькая компания"
syntax-expected-number = число
syntax-expected-date = дата, например `2026-12-01`
syntax-expected-name = имя
syntax-expected-member = имя после `.`
syntax-expected-member-help = `BANT.budget`
syntax-expected-lbrace = `{"{"}`
syntax-expected-rbrace = `{"}"}`
syntax-expected-rparen = `)`
syntax-expected-lbracket = `[`
syntax-expected-lbracket-help = перечислите значения в квадратных скобках: `role в [ceo, cto]`
syntax-expected-rbracket = `]`
syntax-expected-rbracket-help = закройте список знаком `]`: `role в [ceo, cto]`
syntax-expected-colon = `:`
syntax-expected-comma = `,`
syntax-expected-and = `{ $and }`
syntax-expected-or = `{ $or }`
syntax-expected-comparison = сравнение, например `>=`
syntax-expected-operator = оператор

# Опечатки, которые исправляет парсер: числа, как их набирают люди, русские слова и слова с
# опечаткой, буквы не из того алфавита, запятая в конце списка.
syntax-number-too-large = число `{ $written }` слишком большое: leadrules не сохранит его точно
syntax-number-too-large-label = слишком большое
syntax-number-too-many-digits = это число из { $digits ->
        [one] { $digits } цифры
       *[other] { $digits } цифр
    } слишком большое: leadrules не сохранит его точно
syntax-number-max-digits-help = напишите число, у которого не больше { $digits ->
        [one] { $digits } цифры
       *[other] { $digits } цифр
    } до точки
syntax-number-rounded-note = до 1_000_000_000_000_000 каждое целое число хранится точно, а большее было бы округлено
syntax-number-spaces-and-decimal-comma = в числе `{ $written }` разряды разделены пробелами, а дробная часть — запятой
syntax-number-spaces = в числе `{ $written }` разряды разделены пробелами
syntax-number-thousands-commas = в числе `{ $written }` разряды разделены запятыми
syntax-number-decimal-comma = в числе `{ $written }` дробная часть отделена запятой
syntax-number-ambiguous-comma = в числе `{ $written }` есть запятая: она может разделять тысячи или отделять дробную часть
syntax-number-abbreviated = число `{ $written }` сокращено с помощью `{ $abbreviation }`
syntax-number-exponent = число `{ $written }` записано с показателем степени
syntax-number-fraction = здесь нужен процент, а не число `{ $written }`
syntax-number-not-a-percentage-label = не процент
syntax-number-not-as-rules-write-label = в правилах числа так не пишут
syntax-number-percent-note = процент пишется со знаком `%`: 80% (а не 0.8)
syntax-number-max-digits-note = в числе может быть не больше { $digits ->
        [one] { $digits } цифры
       *[other] { $digits } цифр
    } до точки (то есть оно меньше 1_000_000_000_000_000): тогда каждое целое число хранится точно
syntax-number-rules-write-note = в правилах числа пишут полностью, разряды разделяют знаком `_`, а дробную часть отделяют точкой: 1_500_000.50
syntax-number-smaller-help = напишите число поменьше полностью, разделяя разряды знаком `_`: 1_000_000_000
syntax-not-a-unit = `{ $word }` — не единица времени
syntax-not-a-unit-label = неизвестная единица
syntax-units-help = после числа пишется единица времени: { $units }; деньги и количества пишутся одним числом
syntax-not-a-word = в языке правил нет слова `{ $word }`
syntax-not-a-word-label = опечатка
syntax-look-alike = { $position }-я буква в `{ $word }` — кириллическая `{ $letter }`, похожая на латинскую `{ $latin_letter }`
syntax-look-alike-label = кириллическая `{ $letter }` (U+{ $code })
syntax-write-in-latin = напишите латинскими буквами: { $choices }
syntax-look-alike-latin = { $position }-я буква в `{ $word }` — латинская `{ $letter }`, похожая на кириллическую `{ $cyrillic_letter }`
syntax-look-alike-latin-label = латинская `{ $letter }` (U+{ $code })
syntax-write-in-cyrillic = напишите кириллицей: { $choices }
syntax-trailing-comma = список не может заканчиваться запятой
syntax-trailing-comma-label = после этой запятой ничего нет
syntax-trailing-comma-help = уберите запятую после последнего значения списка
syntax-bare-expectation = ожидание должно сказать, что такое `{ $word }`: класс, температура или буквенная оценка
syntax-bare-expectation-label = укажите, что это
syntax-bare-expectation-known-help = `{ $word }` — { $kind ->
    [temperature] температура
    [grade] буквенная оценка
   *[other] класс
} этого определения: напишите `{ $replacement }`
syntax-one-of-texts = значения `{ $one_of }` — это имена, а не тексты
syntax-one-of-texts-label = текст там, где нужно имя значения
syntax-one-of-texts-help = дайте каждому значению имя, напишите в скобках после него, как его пишет CRM, и разделите значения `,`: `{ $example }`
syntax-pasted-quotes = `{ $mark }` — типографская кавычка: текст пишется в прямых кавычках `"`
syntax-pasted-quotes-label = кавычки текстового редактора
syntax-pasted-semicolon = `;` в языке правил ничего не разделяет
syntax-pasted-semicolon-label = `;` там, где список разделяют `,`
syntax-pasted-semicolon-end-help = уберите `;`: строка заканчивается без неё: `{ $line }`
syntax-pasted-date = `{ $written }` — дата в том виде, в каком её показывает таблица
syntax-pasted-date-label = день, месяц и год: в языке пишут год-месяц-день
syntax-pasted-quoted-name = `{ $written }` здесь имя, оно пишется без кавычек
syntax-pasted-quoted-name-label = имя, а не текст
syntax-pasted-spaced-name = `{ $written }` — два слова, а имя класса — одно
syntax-pasted-spaced-name-label = пробел внутри имени
syntax-write = напишите { $choices }
syntax-write-instead = напишите { $choices } вместо `{ $written }`
syntax-did-you-mean-choices = вы имели в виду { $choices }? напишите нужное вместо `{ $written }`
syntax-fix-remove = удалить
syntax-fix-remove-plus = убрать `+`
syntax-percent-points = баллы — это число, а не процент
syntax-percent-points-label = `%` после баллов
syntax-percent-points-help = напишите баллы без `%`: `{ $line }`
syntax-fix-remove-percent = убрать `%`
syntax-slash-comment = комментарий начинается с `#`, а не с `//`
syntax-slash-comment-label = `//` здесь не начинает комментарий
syntax-slash-comment-help = напишите `#` вместо `//`: `{ $line }`
syntax-fix-write = написать `{ $replacement }`

# Значения, записанные верно, но невозможные, и то, что конвертер не смог прочитать.
syntax-whole-number-of-criteria = здесь нужно целое число критериев
syntax-whole-number-label = не целое число
syntax-whole-number-of-criteria-help = считайте критерии целым числом: `зачёт 3 из 4`
syntax-unknown-escape = в тексте неизвестная экранирующая последовательность `\{ $escaped }`
syntax-unknown-escape-label = не экранирование
syntax-unknown-escape-help = после обратной косой черты может стоять только `\"` (кавычка) или `\\` (сама косая черта)
syntax-not-a-real-date = даты `{ $text }` не бывает
syntax-not-a-real-date-label = нет такой даты или времени
syntax-not-a-real-date-help = напишите год-месяц-день и, если нужно, время в 24-часовом формате: 2026-12-01 или 2026-12-01 09:30
syntax-not-read = эту часть не удалось прочитать
syntax-not-read-label = здесь непонятно
syntax-not-read-note = это ошибка в leadrules, а не в ваших правилах: пожалуйста, сообщите о ней
syntax-condition-too-long = это условие слишком длинное, чтобы его прочитать
syntax-condition-too-long-label = слишком длинное
syntax-condition-too-long-help = разделите его: дайте частям условия имена в методике или профиле
syntax-written-twice = у `{ $field }` дважды написано `{ $what }`
syntax-written-twice-label = здесь — повторно
syntax-unit-not-for-type = единицу указывают только у типа `число`
syntax-unit-not-for-type-label = единица после типа, который не `число`
syntax-unit-not-for-type-help = длительность объявляют одной единицей (`{ $unit }`) или как `число в …`, например `число в секундах`
syntax-key-once-help = напишите `key` один раз
syntax-from-once-help = перечислите все столбцы в одном `из`: `из "id", "ID"`
syntax-unknown-when-once-help = перечислите все заглушки в одном `неизвестно при`: неизвестно при "Выберите", "-"

## End of section: syntax

## Section: check

# Виды значений внутри предложений («это { $kind }»): в именительном падеже.
check-type-yes-no = значение да/нет
check-type-number = число
check-type-money = деньги
check-type-percent = процент
check-type-duration = длительность
check-type-text = текст
check-type-one-of = значение из списка `one of`
check-type-date = дата
check-type-date-time = дата и время
check-type-error = ошибочное значение

# Общие для диагностик проверки.
check-this-is = это { $kind }
check-did-you-mean = может быть, имелось в виду `{ $name }`?
check-fix-write = написать `{ $text }`
check-fix-write-for = написать `{ $name }` вместо `{ $written }`
check-unknown-name = неизвестное имя `{ $name }`
check-not-declared = нигде не объявлено
check-the-first-one = первый — здесь

# Выражения (check/expr.rs).
check-not-a-condition = `{ $expr }` — не условие с ответом да/нет
check-condition-help-number = сравните это с чем-нибудь, например `{ $expr } >= 10`
check-condition-help-one-of = укажите, какое значение имеется в виду, например `{ $expr } = { $example }`
check-condition-help-text = проверьте текст, например `{ $expr } is known` или `{ $expr } contains "..."`
check-condition-help-other = сравните это с чем-нибудь или проверьте через `{ $expr } is known`
check-does-not-make-sense = `{ $expr }` не имеет смысла
check-does-not-make-sense-help = сравнивайте поля со значениями того же вида: числа с числами, даты с датами
check-negative-not-a-number = отрицательным бывает только число, а это { $kind }
check-contains-not-text = `contains` ищет внутри текста, а это { $kind }
check-contains-needs-text = для `contains` нужен текст в кавычках — что искать
check-contains-needs-text-label = ожидается текст в кавычках
check-contains-needs-text-help = напишите искомые слова в кавычках, например `need contains "backup"`
check-not-a-value-of = `{ $value }` нет среди значений поля `{ $field }`
check-field-can-be = значения `{ $field }`: { $values }
check-use-listed-value = возьмите одно из значений, перечисленных для `{ $field }` в `fields`, или добавьте туда это
check-too-many-dots = в ссылке может быть не больше одной точки
check-too-many-dots-label = слишком много частей
check-too-many-dots-help = напишите имя поля или `методика.критерий`, например `BANT.budget`
check-framework-as-value = `{ $name }` — это методика: уточните, что о ней нужно узнать
check-framework-as-value-label = методика, а не значение да/нет
check-framework-as-value-help = напишите `{ $name } passes`, `{ $name } fails` или один критерий, например `{ $name }.{ $criterion }`
check-placeholder-criterion = критерий
check-profile-as-value = `{ $name }` — это профиль: обращайтесь к его соответствию `fit`
check-profile-as-value-label = профиль, а не значение
check-profile-as-value-help = напишите `{ $name }.fit`, например `{ $name }.fit >= 70%`
check-deal-as-value = `deal` сам по себе — не значение
check-deal-as-value-label = не значение
check-deal-as-value-help = напишите `deal.size`, `deal.probability` или `deal.priority`
check-no-minimum = здесь ссылка на блок `minimum`, а его нет
check-no-minimum-label = обязательные условия не объявлены
check-no-minimum-help = добавьте блок `minimum {"{"} require ... else "..." {"}"}` или уберите эту ссылку
check-no-unnamed-score = здесь ссылка на безымянный блок `score`, а его нет
check-no-unnamed-score-label = такого скоринга нет
check-scores-are-named = у скорингов здесь есть имена: может быть, имелось в виду `{ $name }`?
check-add-a-score = добавьте блок `score {"{"} +10 when ... {"}"}`
check-unknown-name-help = объявите `{ $name }` в блоке `fields` или проверьте написание
check-not-a-criterion = у методики `{ $owner }` нет критерия `{ $member }`
check-not-a-profile-property = у профиля `{ $owner }` нет свойства `{ $member }`
check-not-a-property = у `{ $owner }` нет свойства `{ $member }`
check-no-such-part = такой части нет
check-owner-has = у `{ $owner }` есть: { $options }
check-deal-part-undefined = `deal.{ $member }` не определено
check-deal-part-undefined-label = это ничем не вычисляется
check-deal-part-undefined-help = добавьте блок `deal {"{"} size ... probability {"{"} ... {"}"} {"}"}`, который это определяет
check-field-has-no-parts = у поля `{ $field }` нет частей
check-field-has-no-parts-label = после точки искать нечего
check-field-has-no-parts-help = обращайтесь к самому полю: `{ $field }`
check-unknown-owner-help = до точки должно стоять имя методики, профиля или `сделка`
check-no-framework = методики `{ $name }` нет
check-not-a-framework = не методика
check-minimum-passes = проверки блока `минимум` — отдельное условие, а не методика: `{ $written }` пишется `{ $meant }`
check-minimum-passes-label = напишите `{ $meant }`
check-minimum-passes-help = `минимум` верно, когда лид прошёл все проверки, а `не минимум` — когда не прошёл хотя бы одну: напишите `{ $meant }`
check-no-framework-help = проходить или не проходить может только методика: объявите её так: `методика ИМЯ зачёт ... {"{"} ... {"}"}`
check-only-equality = { $kind } сравнивается только через `=` или `!=`
check-different-value-lists = у `{ $first }` и `{ $second }` разные списки значений
check-cannot-compare = нельзя сравнивать значения разных видов: { $left } и { $right }
check-cannot-compare-help = сравнивайте поле со значением того же вида, например `employees >= 10` или `industry = it`
check-quoted-yes-no-help = да и нет пишутся без кавычек: напишите `{ $word }`
check-cannot-compare-units = нельзя сравнивать разные единицы: { $left } и { $right }
check-met-percent = `{ $framework }.met` считает критерии: его нельзя сравнивать с `{ $percent }`
check-met-percent-label = это процент
check-met-count-label = сколько из { $count ->
    [one] { $count } критерия
   *[other] { $count } критериев
} `{ $framework }` выполнено
check-met-percent-help = у `{ $framework }` { $count ->
    [one] { $count } критерий
    [few] { $count } критерия
   *[many] { $count } критериев
}, и { $percent } из них — это { $met }: напишите `{ $written }`
check-met-percent-choices-help = у `{ $framework }` { $count ->
    [one] { $count } критерий
    [few] { $count } критерия
   *[many] { $count } критериев
}, и { $percent } из них — это { $exact }, не целое число: напишите { $choices }
check-unit-help-duration = длительность сравнивается только с длительностью, например `timeline <= 90 days`
check-unit-help-percent = процент сравнивается только с процентом, например `ICP.fit >= 70%`
check-score-percent-help = баллы — это число, а не процент: `{ $written }`
check-unit-help-other = сравнивайте деньги с деньгами, а количества с количествами
check-unit-help-declare = если `{ $field }` — это время, объявите поле с единицей: `{ $declaration }`; тогда его можно сравнивать с длительностью в любых единицах
check-missing-unit = этому числу нужна единица: с другой стороны сравнения — { $kind }
check-missing-unit-label = нет единицы
check-write-the-unit = укажите единицу, например `{ $example }`
check-percent-fraction-or-tiny = напишите `{ $as_percent }`, если `{ $written }` — доля от единицы, или `{ $as_written }`, если имеется в виду меньше одного процента
check-percent-fraction = `{ $written }` читается как доля от единицы: в процентах это `{ $as_percent }` (`{ $as_written }` было бы меньше одного процента)
check-percent-one = напишите `{ $as_percent }`, если имеется в виду целое, или `{ $as_written }`, если один процент
check-percent-sign = поставьте знак процента: `{ $as_written }`
check-cannot-calculate = нельзя вычислить: { $left } { $op } { $right }
check-units-do-not-combine = эти единицы так не сочетаются
check-units-do-not-combine-help = умножайте или делите на простое число или на процент, например `budget * 20%`
check-yes-no-not-a-number = `{ $expr }` — значение да/нет, а не число
check-is-a-number = `{ $number }` — это число
check-yes-no-words = напишите `{ $word }` вместо `{ $number }`: значения да/нет пишутся как `{ $yes }` и `{ $no }`

# Примеры (check/examples.rs).
check-example-named-twice = два примера называются "{ $name }"
check-example-named-twice-label = второй пример с этим именем
check-example-named-twice-help = дайте каждому примеру своё имя, чтобы было видно, какой из них не сошёлся
check-example-field-twice = `{ $field }` задано в этом лиде дважды
check-example-field-twice-label = задано ещё раз
check-example-field-twice-help = задайте каждое поле один раз
check-example-unknown-field = неизвестное поле `{ $name }`
check-example-unknown-field-label = не поле
check-example-unknown-field-help = в лиде примера можно задавать только поля, объявленные в `fields`
check-example-percent-fraction = у значения `{ $value }` процентного поля `{ $field }` нет знака `%`
check-example-percent-fraction-label = процент без знака `%`
check-example-cannot-hold = в поле `{ $field }` не может быть `{ $value }`
check-example-field-is = `{ $field }` — это { $kind }
check-example-give = задайте для `{ $field }` значение такого вида: { $kind }
check-not-in-the-list = нет в списке
check-example-no-score = скоринга `{ $name }` нет
check-example-not-a-score = не скоринг
check-example-no-score-block = нет блока `баллы`, с которым можно сравнить
check-example-scores-are = скоринги здесь: { $names }
check-example-no-profile = нет профиля, у которого было бы `соответствие`
check-example-no-profile-label = нет профиля
check-example-no-profile-help = добавьте блок `profile ICP {"{"} ... {"}"}` или уберите это ожидание
check-example-impossible-fit = соответствия { $fit }% не бывает
check-example-impossible-fit-label = соответствие бывает от 0% до 100%
check-example-impossible-fit-help = ожидайте соответствие от 0% до 100%
check-example-not-a-grade = `{ $name }` — не оценка профиля
check-example-not-a-grade-label = не оценка
check-example-grade-meant-help = оценка пишется заглавной латинской буквой: напишите `{ $grade }` вместо `{ $name }`
check-fix-write-grade = написать `{ $grade }`
check-example-not-a-grade-help = оценка профиля — одна из A, B, C, D или F, и для неё нужен блок `profile`
check-example-class-never-given = пример ожидает класс `{ $name }`, но ни одно правило блока `классы` его не даёт
check-example-class-never-given-label = этот класс не даёт ни одно правило
check-example-class-given-twice = здесь `{ $class }` дан второй раз: может быть, в этой строке был `{ $name }`?
check-example-class-overwritten-help = если строку класса затёрли, верните правило, которое даёт `{ $name }`; если ошибка в примере, ожидайте один из классов: { $classes }
check-example-add-class-help = добавьте в блок `классы` правило, которое даёт `{ $name }`, или, если ошибка в примере, ожидайте один из классов: { $classes }
check-example-no-temperature = температуры `{ $name }` нет
check-example-not-a-temperature = не температура
check-example-temperatures-are = температуры здесь: { $names }
check-example-frameworks-are = методики здесь: { $names }

# Блоки (check/blocks.rs).
check-no-fields-block = нет блока `fields`
check-no-fields-block-label = правилам нужны поля, из которых они читают
check-no-fields-block-help = объявите поля лида: `fields {"{"} employees : number from "employees" {"}"}`
check-no-classify-block = нет блока `classify`
check-no-classify-block-label = ни один лид не получил бы класс
check-no-classify-block-help = добавьте `classify {"{"} SQL when ... MQL when ... nurture otherwise {"}"}`; у файла, который только подключают другие определения, нет строки `definition`
check-pass-rule-count = правило прохождения насчитывает { $of ->
    [one] { $of } критерий
    [few] { $of } критерия
   *[many] { $of } критериев
}, а у `{ $name }` { $count ->
    [one] { $count } критерий
    [few] { $count } критерия
   *[many] { $count } критериев
}
check-pass-rule-count-label = указано { $of }
check-pass-rule-count-criteria = здесь { $count ->
    [one] { $count } критерий
    [few] { $count } критерия
   *[many] { $count } критериев
}
check-pass-rule-count-help = напишите `pass { $needed } of { $count }` или добавьте недостающие критерии
check-impossible-pass-rule = `{ $name }` никогда не пройдёт: { $needed ->
    [one] нужен { $needed } критерий
    [few] нужно { $needed } критерия
   *[many] нужно { $needed } критериев
}, а { $count ->
    [one] есть только { $count }
   *[other] их только { $count }
}
check-impossible-pass-rule-label = больше, чем есть
check-impossible-pass-rule-help = требуйте не больше { $count }, например `pass { $example } of { $count }`, или добавьте критерии
check-pass-rule-zero = `{ $name }` пропустил бы любой лид: он требует 0 критериев
check-pass-rule-zero-label = проходит всегда
check-pass-rule-zero-help = требуйте хотя бы один критерий, например `pass any`
check-deal-size-not-money = размер сделки должен быть суммой денег
check-deal-size-not-money-help = возьмите денежное поле или расчёт с ним, например `size budget` или `size ad_spend * 12`
check-rating-out-of-range = совпадение оценивается от 0% до 100%
check-rating-out-of-range-label = вне 0%..100%
check-rating-out-of-range-help = оцените от 0% до 100%, насколько лид подходит по этому критерию
check-since-not-a-date = отсчёт времени ответа должен начинаться с даты, а `{ $name }` — это { $kind }
check-since-not-a-date-label = не дата
check-since-not-a-date-help = укажите поле `datetime`, например время, когда лид попал в CRM: `temperature since created_at`
check-since-unknown-help = укажите поле `datetime`, объявленное в `fields`
check-after-otherwise = `{ $name }` стоит после `otherwise` и никогда не будет выбран
check-after-otherwise-label = сюда никто не доходит
check-after-otherwise-stops = каждый лид, дошедший до этого места, останавливается на этом `otherwise`
check-after-otherwise-help = перенесите эту строку выше строки `otherwise`: `otherwise` должна быть последней
check-missing-otherwise = в `{ $block }` нет строки `otherwise`
check-missing-otherwise-label = некоторые лиды не подойдут ни под одну строку
check-missing-otherwise-help = закончите блок строкой для всех остальных лидов, например `{ $example }`, чтобы каждый лид получил ровно один ответ
check-growth-not-numeric = баллы растут только с числовым полем (число, деньги, процент, длительность), а `{ $name }` не такое
check-growth-not-numeric-help = после шага напишите числовое поле, например `+1 за каждые 60 секунд time_on_site не более 20`; для поля да/нет или «один из» напишите строку с постоянными баллами: `+5 когда ...`
check-growth-step-unit = шаг нужно записать в единицах поля `{ $name }`, а это { $kind }
check-growth-step-unit-label = шаг `{ $step }`
check-growth-step-unit-help = для длительности шаг — длительность (`60 секунд`), для процента — процент (`5%`), для числа и денег — просто число (`10`, `1000`)
check-growth-step-duration-help = напишите единицу шага, например `{ $step } сек` или `{ $step } мин`
check-growth-step-not-positive = шаг растущей строки должен быть больше 0
check-growth-step-not-positive-label = шаг `{ $step }`
check-growth-step-not-positive-help = строка даёт баллы за каждый полный шаг: укажите шаг, например `60 секунд` или `10`
check-growth-cap-zero = предел растущей строки не может быть 0
check-growth-cap-label = { $cap }
check-growth-cap-zero-help = предел — наибольшее число баллов за строку (`не более 20`); чтобы убрать строку, удалите её
check-growth-cap-sign = знак предела должен совпадать со знаком баллов (`{ $points }`)
check-growth-cap-sign-help = напишите предел без знака (`не более 20`): он берёт знак баллов
check-weight-not-positive = вес должен быть больше 0
check-weight-not-positive-label = вес { $value }
check-weight-not-positive-help = задайте положительный вес или уберите строку, если она не важна
check-importance-not-positive = важность должна быть больше 0
check-importance-not-positive-label = важность { $value }
check-importance-not-positive-help = задайте положительную важность или уберите строку, если она не важна

# Условия с одинаковым ответом для всех лидов (check/constant.rs).
check-always-computed = `{ $name }` вычисляется всегда (неизвестный ответ считается невыполненным)
check-written-value-known = записанное в правиле значение всегда известно
check-never-unknown = `{ $expr }` не бывает неизвестным, поэтому эта проверка всегда верна
check-never-unknown-help = чтобы узнать, есть ли данные для `{ $expr }`, проверьте через `{ $known }` поля, из которых это значение считается; иначе уберите проверку
check-fix-swap-bounds = поменять границы местами: `{ $between } { $high } { $and } { $low }`
check-backwards-range = диапазон перевёрнут: между `{ $low }` и `{ $high }` ничего нет
check-backwards-range-label = `{ $low }` больше, чем `{ $high }`
check-backwards-range-help = меньшая граница пишется первой: напишите `{ $between } { $high } { $and } { $low }` или исправьте неверную границу
check-one-value-range = в диапазоне от `{ $low }` до `{ $high }` только одно значение
check-one-value-range-label = обе границы одинаковые
check-one-value-range-help = исправьте неверную границу или, если имеется в виду ровно `{ $low }`, напишите `= { $low }`
check-contradiction = ни у одного лида не может быть одновременно `{ $first }` и `{ $second }`
check-contradiction-label = противоречит `{ $first }`
check-contradiction-first = это условие стоит раньше
check-contradiction-help = это условие никогда не выполняется: исправьте неверное сравнение или напишите `{ $or }` вместо `{ $and }`, если подходит любое из двух
check-contradiction-chain = ни у одного лида не может быть `{ $second }` вместе с { $earlier }
check-contradiction-chain-label = вместе со сравнениями перед ним не остаётся ни одного значения
check-gates-contradict = ни один лид не пройдёт и `{ $first }`, и `{ $second }`
check-gates-contradict-label = ни одно значение не проходит и этот фильтр, и `{ $first }`: здесь остановится каждый лид, у которого значение известно
check-gates-contradict-help = исправьте неверный фильтр: `{ $minimum }` пропускает лид, только если он проходит все фильтры
check-or-always-true = { $tests } вместе пропускают любое значение: это условие выполняется всегда
check-or-always-true-help = условие, которому отвечает любой лид, ничего не решает: исправьте неверное сравнение или уберите условие
check-or-part = один из вариантов
check-or-true-when-known = { $tests } вместе пропускают любое значение `{ $name }`
check-or-true-when-known-label = выполняется для каждого лида, у которого `{ $name }` известно, и неизвестно для лида без него
check-or-true-when-known-help = если имеется в виду каждый лид, у которого указано `{ $name }`, напишите `{ $name } { $known }`; иначе исправьте неверное сравнение
check-always-true-threshold = этот порог проходит любой лид
check-bounded-between = `{ $name }` — от { $low } до { $high }
check-always-true = всегда верно
check-always-true-threshold-help = выберите порог от { $low } до { $high } или уберите условие, если имеются в виду все лиды

# Предупреждения (check/lints.rs).
check-unused-field = ни одно правило не использует поле `{ $name }`
check-unused-field-label = объявлено, но нигде не читается
check-unused-field-help = используйте его в правиле или уберите из `fields`, если от него отказались
check-repeated-line = { $kind ->
        [gate] это условие минимума написано дважды: `{ $line }`
        [score] эта строка баллов написана дважды, и её баллы начисляются дважды: `{ $line }`
       *[criterion] этот критерий написан дважды, и его вес учитывается дважды: `{ $line }`
    }
check-repeated-line-label = написано ещё раз здесь
check-repeated-line-first-label = впервые написано здесь
check-repeated-line-help = { $kind ->
        [gate] уберите вторую строку: лид проверяется по условию один раз, какой бы строкой оно ни было написано
        [score] уберите вторую строку; чтобы дать больше баллов, увеличьте баллы первой
       *[criterion] уберите вторую строку; чтобы критерий значил больше, увеличьте вес первой
    }
check-fix-remove-repeated = убрать вторую строку `{ $line }`
check-class-rule-shadowed = правило класса `{ $name }` никогда не будет выбрано
check-temperature-rule-shadowed = правило температуры `{ $name }` никогда не будет выбрано
check-rule-shadowed-label = всех подходящих сюда лидов забирает правило выше
check-rule-shadowed-earlier = это правило `{ $name }` стоит выше и всегда побеждает
check-rule-shadowed-help = поставьте более узкое правило выше широкого или измените его условие
check-unreachable-threshold = ни один лид не достигнет этого порога
check-never-true = никогда не верно
check-bounded-at-most = `{ $name }` не больше { $value }
check-bounded-at-least = `{ $name }` не меньше { $value }
check-threshold-lower-help = { $strict ->
    [yes] понизьте порог ниже { $value }
   *[no] понизьте порог до { $value } или ниже
}{ $kind ->
    [score] {" "}либо добавьте баллов, чтобы его можно было достичь
    [percent] ; доля от целого — не больше 100%
   *[other] {""}
}
check-threshold-raise-help = { $strict ->
    [yes] повысьте порог выше { $value }
   *[no] повысьте порог до { $value } или выше
}{ $kind ->
    [percent] ; доля от целого — не больше 100%
   *[other] {""}
}

# Круги между вычисляемыми значениями (check/order.rs).
check-cycle-minimum = `minimum`
check-cycle-framework = методика `{ $name }`
check-cycle-profile = профиль `{ $name }`
check-cycle-score = скоринг `{ $name }`
check-cycle-deal = `deal`
check-cycle-itself = { $what } ссылается на себя
check-cycle-each-other = { $first } и { $second } ссылаются друг на друга
check-cycle-label = эта ссылка замыкает круг
check-cycle-help = значение нельзя вычислить из него самого: уберите одну из ссылок
check-let-named-like-class = условие `{ $name }` названо так же, как класс
check-let-named-like-class-label = это и имя класса
check-let-the-class = класс
check-let-named-like-class-help = назовите условие иначе, например `{ $name }_лид`, чтобы `{ $name }` значило что-то одно
check-let-circle-itself = условие { $name } ссылается само на себя
check-let-circle = условия { $names } ссылаются друг на друга по кругу
check-let-circle-help = условие нельзя определить через него самого: запишите одно из них без имени другого
check-let-circle-step = круг проходит здесь
check-let-unused = условие `{ $name }` нигде не используется
check-let-unused-label = ни одно правило на него не ссылается
check-let-unused-help = используйте `{ $name }` в правиле или удалите строку, где оно объявлено
check-let-unused-fix = удалить строку, где объявлено `{ $name }`

check-negative-duration = `{ $written }` — отрицательное количество времени, а длительность не бывает меньше нуля
check-negative-duration-label = длительность не бывает отрицательной
check-negative-duration-help = напишите количество без минуса, `{ $amount }`, и разверните сравнение, если имелось в виду «не меньше этого срока»
check-list-empty = список пуст, поэтому эта проверка даёт всем лидам один и тот же ответ
check-list-empty-label = значения не перечислены
check-list-empty-help = перечислите значения в скобках или уберите проверку
check-list-duplicate = `{ $value }` указано в списке дважды
check-list-duplicate-label = указано ещё раз
check-list-duplicate-first-label = впервые указано здесь
check-list-duplicate-help = уберите второе `{ $value }` или напишите на его месте значение, которое имелось в виду
check-fix-remove-duplicate = убрать второе `{ $value }`
check-duration-at-least-zero = этот порог проходит любой лид, у которого известно `{ $name }`: длительность не бывает меньше нуля
check-duration-at-least-zero-label = меньше длительность не бывает
check-duration-at-least-zero-whole-label = верно всегда, когда `{ $name }` известно
check-duration-at-least-zero-help = чтобы спросить, заполнено ли поле, напишите `{ $known }`; иначе выберите порог больше нуля
check-fix-write-known = написать `{ $written }`

check-write-a-unit = напишите число с единицей: { $choices }

## End of section: check

## Section: check-names

# Объявления (check/declare.rs). `what` — что объявлено, словом из файла правил:
# framework, profile, score, field, parameter, criterion или value.
check-names-two-unnamed-scores = два безымянных блока `score`
check-names-two-unnamed-scores-label = второй безымянный скоринг
check-names-two-unnamed-scores-help = объедините их в один блок или дайте им имена: `score fit {"{"} ... {"}"}` и `score engagement {"{"} ... {"}"}`
check-names-no-field-for-columns = нет поля `{ $name }`, которое можно было бы читать из других столбцов
check-names-no-field-for-columns-label = тип не указан, и поле не объявлено в другом месте
check-names-no-field-for-columns-help = объявите поле с типом, например `{ $name } : money from "..."`, или подключите через `use` файл, где оно объявлено
check-names-field-in-used-file = подключённый файл уже объявляет `{ $name }` ({ $kind }); чтобы читать поле и из других столбцов, напишите его без типа: `{ $name } from "..."`
check-names-rename-or-remove = дайте им разные имена или уберите одно из двух
check-names-two-keys = ключом может быть только одно поле
check-names-two-keys-label = второй ключ
check-names-two-keys-first = ключ уже здесь
check-names-two-keys-help = уберите `key` у одного из двух полей: по ключу в результатах называется каждый лид
check-names-parameter-needs-value = параметру `{ $name }` нужно значение, а не имя
check-names-parameter-needs-value-label = имя
check-names-parameter-needs-value-help = укажите число, процент, длительность, текст в кавычках, да/нет или дату, например `min_budget = 500_000`
check-names-reserved = `{ $name }` — встроенное имя, им нельзя назвать { $what ->
    [framework] методику
    [profile] профиль
    [score] скоринг
    [field] поле
    [parameter] параметр
    [criterion] критерий
    [value] значение
    [condition] условие
   *[other] { $what }
}
check-names-reserved-label = зарезервировано
check-names-reserved-help = выберите другое имя для { $what ->
    [framework] этой методики
    [profile] этого профиля
    [score] этого скоринга
    [field] этого поля
    [parameter] этого параметра
    [criterion] этого критерия
    [value] этого значения
    [condition] этого условия
   *[other] { $what }
}, например `{ $name }_value`
check-names-declared-twice = имя `{ $name }` объявлено дважды
check-names-declared-twice-label = { $what ->
    [framework] вторая методика
    [profile] второй профиль
    [score] второй скоринг
    [field] второе поле
    [parameter] второй параметр
    [criterion] второй критерий
    [value] второе значение
    [condition] второе условие
   *[other] второе объявление
} с именем `{ $name }`
check-names-first-declared-here = впервые объявлено здесь
check-names-brought-in-by-use = подключено этой строкой `use`
check-names-two-blocks = два блока `{ $block }`
check-names-two-blocks-label = второй блок
check-names-two-blocks-help = в определении один блок `{ $block }`: объедините их
check-names-number-format-help = напишите, как ваша CRM записывает число с дробной частью, например "1 000,50" (десятичная запятая) или "1,000.50" (десятичная точка)
check-names-format-not-for = `format` бывает только у чисел и дат, а здесь { $kind }
check-names-format-not-for-label = не числовое поле
check-names-format-not-for-help = уберите `format`
check-names-no-decimal-mark = в `{ $example }` нет десятичного знака
check-names-no-decimal-mark-label = нет `,` или `.`
check-names-not-a-number-example = `{ $example }` — не пример числа с дробной частью
check-names-not-understood = не удалось понять
check-names-not-a-date-format = `{ $format }` — не формат даты
check-names-date-format-help = запишите порядок дня `d`, месяца `m` и года `yyyy` с одним разделителем, например "m/d/yyyy" или "dd.mm.yyyy"

# Имена, в которых узнаётся что-то другое (check/hints.rs).
check-names-value-without-field = `{ $name }` — значение поля, а не условие
check-names-value-without-field-label = значение без поля, с которым его сравнить
check-names-value-without-field-help = назовите поле, значением которого оно является: { $choices }
check-names-column-for-field = `{ $name }` — столбец CRM, а не имя поля
check-names-column-for-field-label = из этого столбца читается поле `{ $field }`
check-names-column-for-field-help = в правилах пишется имя самого поля: `{ $field }`
check-names-column-for-fields-label = из этого столбца читается несколько полей
check-names-column-for-fields-help = в правилах пишется имя самого поля: одно из { $fields }
check-names-criterion-alone = `{ $name }` — критерий методики, а не поле да/нет
check-names-criterion-alone-label = критерий называют вместе с его методикой
check-names-criterion-alone-help = напишите перед ним имя методики: `{ $written }`
check-names-criterion-alone-choices-help = этот критерий есть у нескольких методик: напишите одно из { $choices }
check-names-class-as-value = `{ $name }` — класс, а не значение, которое может читать правило
check-names-class-as-value-label = класс из `classify`
check-names-class-as-value-help = правило не может читать класс: он определяется последним; чтобы проверить то же самое, повторите условие, которое даёт `{ $name }`: `{ $condition }`
check-names-class-as-value-otherwise-help = правило не может читать класс: он определяется последним; `{ $name }` даёт `otherwise`, поэтому проверьте то, чего не проверяют правила выше
check-names-class-in-own-rule-help = это правило само даёт класс `{ $name }` и не может его проверять: напишите, что должно быть у лида, чтобы получить `{ $name }` (порог вроде `баллы >= 30`, пройденную методику)
check-names-class-compared = `class` — результат `classify`, а не значение, которое может читать правило
check-names-class-compared-label = определяется последним, по всем остальным правилам
check-names-class-compared-help = вместо этого повторите условие, которое даёт `{ $value }`: `{ $replacement }` (правила выше в `classify` срабатывают раньше, так что при необходимости повторите и их условия)
check-names-class-compared-otherwise-help = `{ $value }` даёт `otherwise`: проверьте то, чего не проверяют правила выше в `classify`
check-names-class-compared-unknown-help = правило не может читать класс; повторите условие нужного класса (классы: { $classes })
check-names-framework-not-used = `{ $name }` — стандартная методика, но это определение не подключает её файл
check-names-framework-not-used-label = объявлен в `{ $file }`
check-names-framework-not-used-help = добавьте строку `{ $line }` в начало, к другим строкам `use`
check-names-framework-spelt = стандартная методика пишется так: `{ $framework }`
check-names-fix-add = добавить `{ $line }`
check-names-crm-spelling = `{ $name }` — так CRM записывает значение `{ $value }` поля `{ $field }`
check-names-crm-spelling-label = так в CRM пишется `{ $value }`
check-names-crm-spelling-help = в правилах пишется имя самого значения: `{ $value }`

# Имена не в том алфавите (check/alphabet.rs).
check-names-placeholder-is-a-value = «{ $text }» не может означать «неизвестно» в поле `{ $field }`: это { $value }
check-names-placeholder-is-a-value-label = уже { $value }
check-names-placeholder-is-a-value-help = уберите «{ $text }» из `неизвестно при` или переименуйте значение с таким написанием
check-names-placeholder-one-of-value = значение `{ $name }`
check-names-placeholder-yes = ответ «да»
check-names-placeholder-no = ответ «нет»
check-names-placeholder-blank = пустая ячейка и так означает «неизвестно»
check-names-placeholder-blank-label = пусто
check-names-placeholder-blank-help = уберите "" из `неизвестно при`: перечислите только то, что CRM пишет вместо ответа, например "Выберите" или "-"
check-names-placeholder-is-an-answer-help = уберите «{ $text }» из `неизвестно при`: поле да/нет читает это как ответ
check-names-two-catch-alls = у поля `{ $field }` два значения «всё остальное»: и `other`, и `прочее` принимают любую ячейку, не подходящую к другим значениям
check-names-two-catch-alls-label = второе «всё остальное»
check-names-two-catch-alls-help = оставьте одно: `{ $first }`

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

keywords-synonym = `{ $word }` — не ключевое слово; в языке правил это `{ $keyword }`
keywords-synonym-label = здесь пишется `{ $keyword }`
keywords-synonym-help = напишите `{ $keyword }` вместо `{ $word }`
keywords-synonym-fix = написать `{ $keyword }`

## End of section: keywords

## Section: compile

# Ошибка ввода-вывода простыми словами, часть сообщения о чтении или записи файла.
compile-io-not-found = нет такого файла или папки
compile-io-permission-denied = нет прав доступа
compile-io-is-a-folder = это папка, а не файл
compile-io-broken-pipe = программа, читавшая вывод, закрыла его раньше времени
compile-io-disk-full = диск заполнен
compile-io-read-only = диск доступен только для чтения
compile-io-not-a-folder = часть пути — файл, а не папка
compile-io-already-exists = он уже существует
compile-io-folder-not-empty = папка не пуста
compile-io-bad-name = такое имя файла здесь недопустимо
compile-io-too-large = файл слишком большой
compile-io-quota = дисковая квота исчерпана
compile-io-timed-out = это заняло слишком много времени и было прервано
compile-io-interrupted = операция прервана
compile-io-ends-early = файл обрывается раньше времени
compile-io-unreadable = его содержимое не читается
compile-io-busy = его занимает другая программа
compile-io-out-of-memory = не хватает памяти
compile-io-unsupported = система этого не умеет
compile-io-network = сетевое соединение не удалось
# $code: номер редкого сбоя в системе (её собственные слова английские, их не показываем).
compile-io-other = системная ошибка с кодом { $code }
compile-io-unnamed = система не назвала причину

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
compile-std-no-extension-label = имя файла без `.rules`
compile-std-no-extension-help = стандартный файл называют вместе с `.rules`: `{ $written }`

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
compile-internal-error = внутренняя ошибка компилятора: { $invariant }; ни один лид не оценён (подробность для разработчиков, по-английски: `{ $detail }`)
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
# Что пишется в `decided_by` о правиле класса: где оно, затем само правило, как оно записано.
compile-class-rule-label = { $place }: { $rule }

## End of section: compile

## Section: schema

# Что хранит поле, как часть сообщения («`budget` — денежная сумма»).
schema-kind-number = число
schema-kind-money = денежная сумма
schema-kind-percent = процент
schema-kind-yes-no = да или нет
schema-kind-text = текст
schema-kind-seconds = число секунд
schema-kind-minutes = число минут
schema-kind-hours = число часов
schema-kind-days = число дней
schema-kind-weeks = число недель
schema-kind-months = число месяцев (по 30 дней)
schema-kind-years = число лет (по 365 дней)
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
eval-explain-framework-passes = методика { $name }: пройдена (выполнено { $met } из { $total }, нужно { $needed })
eval-explain-framework-fails = методика { $name }: не пройдена (выполнено { $met } из { $total }, нужно { $needed })
eval-explain-framework-undecided = методика { $name }: пока неясно (выполнено { $met } из { $total }, нужно { $needed })
eval-explain-profile = профиль { $name }: соответствие { $fit } (оценка { $grade })
eval-explain-score = баллы: { $total }
eval-explain-score-named = { $name }: { $total }
eval-explain-growth = { $steps ->
    [one] { $steps } шаг
    [few] { $steps } шага
   *[many] { $steps } шагов
} × { $per }
eval-explain-growth-capped = { $steps ->
    [one] { $steps } шаг
    [few] { $steps } шага
   *[many] { $steps } шагов
} × { $per }, не больше { $cap }
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
eval-explain-flags = отметки: { $flags }
eval-explain-flags-none = отметки: нет
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
eval-example-main-score = баллы { $value }
eval-example-fit = соответствие { $fit } %
eval-example-framework-passes = { $name } пройден
eval-example-framework-fails = { $name } не пройден
eval-example-framework-undecided = { $name } пока неясен
eval-example-grade = оценка { $grade }
# Вычисление, которое переполнилось.
eval-fault-calculation = `{ $code }` ({ $place } правил) не вычислить, { $values } — не конечное число; решения по лиду нет
eval-fault-calculation-nowhere = вычисление не выполнить: { $values } — не конечное число; решения по лиду нет
eval-fault-score = баллы `{ $name }` ({ $place } правил) в сумме больше, чем вмещает число; решения по лиду нет
eval-fault-score-nowhere = баллы `score` в сумме больше, чем вмещает число; решения по лиду нет
eval-fault-priority = приоритет сделки не вычислить, { $probability } % × { $size } — не конечное число; решения по лиду нет
eval-fault-negated = -{ $value }
eval-fault-operation = { $a } { $sign } { $b }
eval-fault-not-a-number = не число
eval-fault-infinity = бесконечность
eval-fault-minus-infinity = минус бесконечность
eval-value-placeholder = «{ $text }» (считается неизвестным)

## End of section: eval

## Section: input

# Pieces joined the same way in every language.
input-join-colon = { $first }: { $second }
input-join-comma = { $first }, { $second }
input-join-semicolon = { $first }; { $second }
input-or-chain = { $first } или { $second }
input-verbatim = { $text }

# Why a file cannot be opened or read (what the system said, in words).

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
input-no-header = { $name }: { $at_top ->
    [yes] в первой строке{ $workbook ->
        [yes] {" "}листа
       *[no] {""}
    }
   *[other] в строке { $place }{ $workbook ->
        [yes] {" "}листа
       *[no] {""}
    }
} нет названий столбцов, а она должна их называть, например: ID;Сотрудников;Выручка, руб
input-invalid-json = { $name }: ошибка в JSON, строка { $line }, позиция { $column }: { $reason }
input-header-not-utf8 = { $name }: названия столбцов записаны не в UTF-8, так что файл, скорее всего, в кодировке Windows-1251; запустите без --encoding или с --encoding windows-1251
input-record-too-long = { $name }: запись, которая начинается в строке { $line }, не укладывается в { $limit }; таких длинных лидов не бывает, так что файл, видимо, повреждён (пропали переводы строк или не закрыта кавычка либо скобка)
input-workbook = { $name }: { $reason }
input-no-such-sheet = в { $name } нет листа "{ $sheet }"; { $count ->
    [one] в нём только лист
   *[other] в нём есть листы
} { $sheets }
input-duplicate-column = { $name }: поле { $field } читает столбец "{ $column }", который { $place }, и непонятно, в котором из них значение; переименуйте или удалите лишний столбец в выгрузке и попробуйте снова
input-no-matching-column = { $source ->
        [request] { $name }: ни одно поле лида не из тех, что читают правила; правила читают { $wanted }; поля лида: { $found }
       *[file] { $name }: ни один столбец не подходит ни к одному полю; правила читают { $wanted }; столбцы файла: { $found }
    }
input-no-matching-column-more = { $source ->
        [request] { $name }: ни одно поле лида не из тех, что читают правила; правила читают { $wanted }; поля лида: { $found } и ещё { $more }
       *[file] { $name }: ни один столбец не подходит ни к одному полю; правила читают { $wanted }; столбцы файла: { $found } и ещё { $more }
    }
input-no-matching-column-none = { $source ->
        [request] { $name }: у полей лида нет названий; правила читают { $wanted }
       *[file] { $name }: ни один столбец не подходит ни к одному полю; правила читают { $wanted }; у столбцов файла нет названий
    }
input-header-below = { $name }: { $at_top ->
    [yes] в первой строке{ $workbook ->
        [yes] {" "}листа
       *[no] {""}
    }
   *[other] в строке { $first }{ $workbook ->
        [yes] {" "}листа
       *[no] {""}
    }
} нет названий столбцов; они в строке { $place } ({ $columns }), под заголовком. Удалите строки над ней, чтобы названия столбцов шли первыми, и запустите снова
input-field-from = { $field } из { $columns }
input-totals-places = { $places }
input-totals-places-more = { $places } и ещё { $more }
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
input-warn-totals-rows = { $name }: { $alone ->
    [yes] строка { $places }{ $workbook ->
        [yes] {" "}листа
       *[no] {""}
    } — строка итогов ("{ $label }"), а не лид: она не оценивается, и в сводке посчитана отдельно
   *[no] строки { $places }{ $workbook ->
        [yes] {" "}листа
       *[no] {""}
    } — строки итогов (первая: "{ $label }"), а не лиды: они не оцениваются, и в сводке посчитаны отдельно
}
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
input-sheet-for-html = --sheet нужен для книг Excel, а этот файл — веб-страница с таблицей (HTML), она читается как один лист
input-html-no-table = это веб-страница (HTML) без таблицы, в ней нет лидов; выгрузите список лидов заново (в CRM: «Экспорт в Excel» списка) или выгрузите лиды в CSV
input-html-too-large = таблица этой веб-страницы (HTML) занимает больше 512 МиБ, это слишком много для памяти; выгрузите лиды в CSV, он читается построчно
input-sheet-unreadable = лист "{ $sheet }" не читается: его данные повреждены; откройте книгу в Excel и сохраните заново или выгрузите лиды в CSV

# Broken JSON structure.
input-json-expected-array = ожидалась [ в начале массива лидов
input-json-not-whole-value = в этой строке не целое значение JSON; нужен один лид на строку ({"{"}...{"}"}) или массив лидов ([{"{"}...{"}"}, ...])
input-json-unclosed-array = файл кончается раньше, чем массив лидов закрыт скобкой ]
input-json-ends-in-lead = файл обрывается посреди лида
input-json-expected-comma = после лида ожидалась , или ]
input-json-trailing-text = лишний текст после конца массива лидов
input-json-wrapper-several = в списке «{ $list }» этого объекта { $count ->
    [one] { $count } лид
    [few] { $count } лида
   *[many] { $count } лидов
}, а ожидался один лид; пришлите их массивом лидов ([{"{"}...{"}"}, ...]) или в формате JSON Lines, по лиду на строку

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
input-json-record-ends-early = запись кончается раньше, чем лид закрыт скобкой {"}"}
input-json-record-syntax = ошибка в позиции { $column }
input-json-record-unreadable = не читается в позиции { $column }

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
input-expect-seconds = число секунд (пишите, например, 30 или 2 минуты)
input-expect-minutes = число минут (пишите, например, 30 или 2 недели)
input-expect-hours = число часов (пишите, например, 30 или 2 недели)
input-expect-days = число дней (пишите, например, 30 или 2 недели)
input-expect-weeks = число недель (пишите, например, 30 или 2 недели)
input-expect-months = число месяцев по 30 дней (пишите, например, 3 или 90 дней)
input-expect-years = число лет по 365 дней (пишите, например, 2 или 6 месяцев)
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
output-summary-totals = { $count ->
    [one] не оценена { $count } строка итогов
    [few] не оценены { $count } строки итогов
   *[many] не оценено { $count } строк итогов
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
output-link-circle = больше { $count } { $count ->
    [one] ссылки
   *[other] ссылок
} подряд (ссылки замкнулись в круг?)
output-cannot-write = не удаётся записать { $output }: { $reason }
output-keep-missing-one = --keep { $column }: в файле с лидами нет такого столбца
    подсказка: назовите столбец из заголовка файла так, как он там написан
output-keep-missing-many = --keep: в файле с лидами нет столбцов { $columns }
    подсказка: назовите столбцы из заголовка файла так, как они там написаны
output-xlsx-too-many = на листе Excel помещается не больше { $most } { $most ->
    [one] лида
   *[other] лидов
}; для большего числа пишите CSV (-o verdicts.csv)

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
output-snap-parse-line-ends = здесь строка кончается, а ожидается { $what }
output-snap-parse-after-quote = { $what } продолжается после закрывающей кавычки; поставьте после неё пробел
output-snap-parse-space-before = ожидался пробел, а за ним { $what }
output-snap-parse-space-between = между двумя словами нужен пробел
output-snap-parse-row-number = после `row` должен идти номер строки, а не `{ $text }` (лид с id row пишите как "row")
output-snap-parse-by = после `by` должны идти место и текст правила, например `by line 72: SQL when score >= 60`
output-snap-parse-u-braces = после `\u` должен идти код символа в фигурных скобках, например \u{"{"}20{"}"}
output-snap-parse-not-a-character = `\u{"{"}{ $hex }{"}"}` — не символ
output-snap-parse-not-an-escape = `\{ $char }` — не escape-последовательность; обратную косую черту пишите как \\ (остальные: \" \n \r \t \u{"{"}…{"}"})
output-snap-parse-lone-backslash = в конце строки одинокая обратная косая черта; пишите её как \\
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
run-too-many-leads = в снимок помещается не больше { $most } { $most ->
    [one] лида
   *[other] лидов
}, а в этом файле их больше; снимок — это эталонные лиды комиссии (сотни или тысячи), которые сравниваются по одному
    подсказка: возьмите для снимка выборку из выгрузки, а весь файл прогоните через `leadrules qualify`
run-duplicate-id = у нескольких лидов один и тот же id { $id }; --check сопоставляет их в порядке файла с лидами

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
backtest-html-hidden-none = Все выигранные сделки ({ $won }) — в классах, которые продажи видят ({ $sales }): это определение не скрывает ни одной выигранной сделки.
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
backtest-error-no-outcome-column-help = в истории нет столбца "{ $column }" с исходами; { $help }
backtest-hint-outcome-column = на исходы похож её столбец "{ $column }" (выиграны: { $won }; проиграны: { $lost }): запустите снова с { $options }
backtest-hint-outcome-among = укажите столбец в --outcome; столбцы истории, которых правила не читают: { $columns }{ $more ->
    [0] {""}
   *[other] { " " }и ещё { $more }
}
backtest-hint-outcome-none-unread = правила читают все столбцы истории; добавьте столбец с исходами и укажите его в --outcome
backtest-error-history-changed = файл { $history } изменился, пока его читали
# Outcome lists and outcome values.
backtest-error-outcome-in-two-lists = исход «{ $value }» указан и в { $first }, и в { $second }: лид не может быть и тем и другим; укажите каждое значение в одном списке
backtest-error-no-outcome-recognised = ни один исход в столбце «{ $column }» не распознан как выигранный, проигранный или открытый, и все лиды считались бы открытыми; в столбце { $count ->
    [one] { $count } значение
    [few] { $count } значения
   *[many] { $count } значений
}: { $values }; укажите их в --won, --lost и --open
# The sales total of a backtest.
backtest-text-admitted = передано в продажи ({ $sales }): { $leads ->
    [one] { $leads } лид
    [few] { $leads } лида
   *[many] { $leads } лидов
} ({ $share }), выиграно { $won }, проиграно { $lost }; конверсия { $conversion } ({ $interval })
backtest-text-admitted-no-sales = передано в продажи: ни один класс не передаётся в продажи; укажите их в --sales
# --by, score bands and thresholds.
backtest-error-by-syntax = --by { $by }: укажите столбец или имя, КЛЮЧ:quantiles=N (N от 2 до 100) или КЛЮЧ:ГРАНИЦА,ГРАНИЦА,... с возрастающими числами
backtest-error-no-such-by = --by { $key }: в правилах нет такого поля, а в истории нет такого столбца; имена, которые знает leadrules: class, grade, temperature, score, fit, ПРОФИЛЬ.fit, ПРОФИЛЬ.grade, имя блока баллов
backtest-error-bad-percent = { $option } { $value }: укажите процент от 0 до 100, например 30%
backtest-text-by = По { $by }
backtest-text-by-binned = По { $by } (интервалы чисел)
backtest-text-cross = { $rows } × { $columns }: лиды (выиграно) конверсия; строки — { $rows }, столбцы — { $columns }
backtest-text-bands = Диапазоны баллов { $score }, от лучшего (нарастающим итогом = этот диапазон и все выше)
backtest-text-bands-score = Диапазоны баллов, от лучшего (нарастающим итогом = этот диапазон и все выше)
backtest-column-band = диапазон
backtest-column-cumulative-leads = лидов нараст.
backtest-column-cumulative-share = % лидов нараст.
backtest-column-cumulative-won = % выигранных нараст.
backtest-column-cumulative-conversion = конверсия нараст.
backtest-text-threshold-volume = для { $wanted } лидов: { $score } >= { $threshold } даёт { $leads ->
    [one] { $leads } лид
    [few] { $leads } лида
   *[many] { $leads } лидов
} ({ $share }), выиграно { $won } ({ $won_share } всех выигранных), конверсия { $conversion } ({ $interval })
backtest-text-threshold-conversion = для конверсии не ниже { $wanted }: { $score } >= { $threshold } даёт { $leads ->
    [one] { $leads } лид
    [few] { $leads } лида
   *[many] { $leads } лидов
} ({ $share }), выиграно { $won } ({ $won_share } всех выигранных), конверсия { $conversion } ({ $interval })
backtest-text-threshold-none = на этой истории нет порога «{ $score }», при котором конверсия не ниже { $wanted }
backtest-group-other = (прочие)
backtest-html-analysis-heading = 6. Разбивки и диапазоны баллов
# Help of the analysis options.
backtest-help-arg-by = Разбить цифры по КЛЮЧУ: любой столбец истории или поле правил, `class`, `grade`, `temperature`, `score`, имя блока баллов, `fit` или `ПРОФИЛЬ.fit`; числа по интервалам: `budget:quantiles=4` или `budget:0,100000,1000000`; дважды — ещё и перекрёстная таблица
backtest-help-arg-target-volume = Порог баллов, при котором в продажи уходит такая доля лидов: `30%`
backtest-help-arg-target-conversion = Порог баллов, при котором конверсия не ниже этой: `25%`
backtest-value-key = КЛЮЧ
backtest-value-percent = ПРОЦЕНТ
backtest-help-arg-value = Столбец со стоимостью каждой сделки (деньги, читаются так же, как суммы в выгрузке); без него — размер сделки из определения, если он задан
backtest-help-arg-coverage = Ещё и перечислить, что каждое условие минимума, критерий, строка баллов и правило классов решили или изменили на истории, и строки, которые не сработали ни разу
backtest-error-no-such-value-column = --value { $column }: в правилах нет такого поля, а в истории нет такого столбца
backtest-value-deal-size = размер сделки из определения (deal.size)
backtest-text-value = Выигранная сумма по классам (стоимость: { $source }; средняя — по выигранным сделкам, у которых стоимость есть)
backtest-column-won-deals-share = % выигранных сделок
backtest-column-won-value = выигранная сумма
backtest-column-value-share = % выигранной суммы
backtest-column-average-won = средняя выигранная сделка
backtest-group-all = все лиды
backtest-text-value-sales = передано в продажи ({ $sales }): { $value_share } выигранной суммы ({ $value } из { $total }) при { $deal_share } выигранных сделок
backtest-text-value-without = { $count ->
        [one] у { $count } выигранной сделки нет стоимости, она не вошла в расчёт сумм
       *[other] у { $count } выигранных сделок нет стоимости, они не вошли в расчёт сумм
    }
backtest-text-value-unreadable = { $count ->
        [one] { $count } стоимость не удалось прочитать как сумму, она не вошла в расчёт сумм (и не считается нулём): { $rows }
        [few] { $count } стоимости не удалось прочитать как суммы, они не вошли в расчёт сумм (и не считаются нулём): { $rows }
       *[many] { $count } стоимостей не удалось прочитать как суммы, они не вошли в расчёт сумм (и не считаются нулём): { $rows }
    }
cli-history-value-unreadable = { $count ->
        [one] { $count } стоимость в { $column } не удалось прочитать как сумму: она не вошла в расчёт сумм и не считается нулём
        [few] { $count } стоимости в { $column } не удалось прочитать как суммы: они не вошли в расчёт сумм и не считаются нулём
       *[many] { $count } стоимостей в { $column } не удалось прочитать как суммы: они не вошли в расчёт сумм и не считаются нулём
    }
backtest-html-value-heading = Выигранная сумма
backtest-html-coverage-heading = Покрытие на истории
backtest-change-threshold = изменён порог
backtest-change-points = изменены баллы
backtest-change-weight = изменён вес
backtest-change-needed = изменено число нужных критериев
backtest-change-cap = изменён предел
backtest-change-growth = изменён шаг или предел
backtest-change-added = добавлено
backtest-change-removed = удалено
backtest-change-rewritten = условие переписано
backtest-text-diff-changes = Что изменилось в определении (по сравнению скомпилированных правил)
backtest-text-diff-no-changes = ничего: оба определения решают одинаково
backtest-text-diff-cell-conversion = проиграно { $lost }, конверсия { $conversion } ({ $interval })
backtest-text-diff-reason = из-за: { $change } ({ $leads ->
        [one] { $leads } лид
        [few] { $leads } лида
       *[many] { $leads } лидов
    })
backtest-text-diff-example-scores = { $id }: баллы { $old_score } → { $new_score }; было — { $old }; стало — { $new }
backtest-text-diff-example-score-kept = { $id }: баллы { $score } (не изменились); было — { $old }; стало — { $new }
backtest-html-score-kept = { $score } (не изменились)
backtest-svg-matrix-conversion-aria = Матрица переходов с заливкой по конверсии: старых классов — { $old }, новых — { $new }; в каждой ячейке число лидов и конверсия; те же числа — в таблице ниже
backtest-svg-matrix-conversion-title = Как конвертировались лиды каждой ячейки: старый класс (строки) → новый класс (столбцы)
backtest-svg-key-lower = ниже конверсия
backtest-svg-key-higher = выше конверсия
backtest-html-matrix-conversion-table = Конверсия каждой ячейки матрицы переходов
backtest-column-old-class = старый класс
backtest-column-new-class = новый класс
backtest-column-scores = баллы: было → стало
backtest-text-coverage = Покрытие на истории: сколько лидов решила или изменила каждая строка
backtest-column-line = строка
backtest-column-block = блок
backtest-column-rule = правило
backtest-column-effect = что сделала
backtest-column-unknown = неизвестно
backtest-coverage-failed = отсеяло
backtest-coverage-met = выполнен
backtest-coverage-matched = совпал
backtest-coverage-points = дала баллы
backtest-coverage-decided = решило
backtest-block-minimum = минимум
backtest-block-classify = классы
backtest-block-temperature = температура
backtest-block-score = баллы
backtest-text-coverage-all = Каждая строка решила или изменила хотя бы один лид этой истории.
backtest-text-coverage-never = { $count ->
        [one] { $count } строка ни разу не решила и не изменила ни одного лида этой истории:
        [few] { $count } строки ни разу не решили и не изменили ни одного лида этой истории:
       *[many] { $count } строк ни разу не решили и не изменили ни одного лида этой истории:
    }

## End of section: backtest

## Section: cli

cli-error = ошибка: { $message }
cli-warning = предупреждение: { $message }
cli-cannot-write-stdout = не удаётся записать в стандартный вывод: { $reason }
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
cli-rules-do-not-classify = в { $name } нет блока `классы`: это библиотека методик, которую определения подключают строкой `подключить`, а не определение, которое распределяет лиды по классам
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
cli-fix-would-leave-none = { $file }: после исправлений проблем не останется
cli-fix-would-leave = { $file }: после исправлений останется: { $errors ->
        [one] { $errors } ошибка
        [few] { $errors } ошибки
       *[many] { $errors } ошибок
    }, { $warnings ->
        [one] { $warnings } предупреждение
        [few] { $warnings } предупреждения
       *[many] { $warnings } предупреждений
    }
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
cli-test-expected = ожидалось: { $expected }; получено: { $actual }
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
cli-bad-encoding = leadrules не знает кодировку `{ $value }`; укажите utf-8 или windows-1251
cli-bad-jobs = `{ $value }` не подходит как число потоков; укажите целое число от 1 до 1024
cli-bad-input-format = `{ $value }` не формат файла лидов; укажите csv, json, jsonl, xlsx или html
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
cli-snapshot-bad-line = { $file }, { $problem }; исправьте эту строку или запишите снимок заново: `{ $command }`
cli-history-unreadable-rows = { $count ->
        [one] { $count } строку не удалось прочитать, она не вошла в расчёт:
        [few] { $count } строки не удалось прочитать, они не вошли в расчёт:
       *[many] { $count } строк не удалось прочитать, они не вошли в расчёт:
    }
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
cli-progress-time-left = осталось около { $eta }
cli-progress-read = { $done } из { $total } МБ
cli-progress-seconds = { $seconds } с
cli-progress-minutes = { $minutes } мин { $seconds } с
cli-help-about = Проверяет определение лида вашей компании и применяет его к лидам из выгрузки CRM
cli-help-long-about =
    leadrules читает определение лида (файл .rules, о котором договорились отделы продаж и маркетинга), проверяет его на ошибки и присваивает каждому лиду из выгрузки CRM (CSV или JSON) класс — например, `SQL`, `MQL` или `disqualified` — с причинами, баллами, температурой и тем, что о лиде пока неизвестно.

    Коды выхода: 0 — успешно; 1 — в файле правил есть ошибки или пример не прошёл; 2 — неверный вызов; 3 — файл не удалось прочитать или записать; 4 — готово, но некоторые лиды не удалось прочитать.
cli-help-check = Проверить файлы правил на ошибки и подсказать, как исправить каждую
cli-help-qualify = Присвоить каждому лиду из выгрузки CRM класс, баллы, температуру и причины
cli-help-explain = Показать правило за правилом, как лид получил свой вердикт
cli-help-test = Прогнать лиды из блоков `example` в файлах правил и сравнить с ожидаемым
cli-help-snapshot = Записать вердикты эталонных лидов в файл снимка или сравнить с ним (--check)
cli-help-fmt = Привести файлы правил к единому оформлению; с `--check` только назвать файлы, которые ему не соответствуют
cli-help-backtest = Проверить определение на истории выигранных и проигранных сделок: объём и конверсия по классам и каналам
cli-help-diff = Сравнить два определения на вашей истории: какие лиды переходят между классами и что получают продажи
cli-help-init = Написать начальное определение по сырой выгрузке: по полю на столбец, тип угадан по данным
cli-help-serve = Оценивать лиды по мере поступления: определение как HTTP-сервис для CRM
cli-help-sql = Записать определение одним запросом SQL, который даёт вердикт каждой строке таблицы лидов, для PostgreSQL или DuckDB
cli-help-audit = Почему лид получил вердикт, который дал сервис: его записи в журнале аудита, каждая заново оценённая той версией, что её оценила
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
cli-help-arg-input-format = Формат файла лидов: csv, json, jsonl, xlsx (книги Excel и OpenDocument) или html (веб-страница с таблицей: так Битрикс24 и 1С выгружают «в Excel»). Если не указан, угадывается по имени файла и первым байтам; для книги со стандартного ввода нужен --input-format xlsx
cli-help-arg-sheet = Для книги Excel или OpenDocument: лист с лидами. По умолчанию — первый
cli-help-arg-id = Идентификатор лида: значение поля, помеченного `key`
cli-help-arg-row = Номер строки лида в файле (1 — первый лид после заголовка)
cli-help-arg-lead = Лид, записанный прямо в команде как объект JSON, с теми же названиями столбцов, что в выгрузке
cli-help-arg-snapshot-check = Сравнить вердикты с этим файлом снимка и показать каждый лид, чей вердикт изменился. Код выхода 0, если ни один не изменился, и 1, если изменились
cli-help-arg-accept = Вместе с --check: показав изменения, перезаписать файл снимка новыми вердиктами и завершиться с кодом 0
cli-help-arg-fmt-check = Ничего не менять; назвать каждый файл, оформленный не по единому образцу, и завершиться с кодом 1, если такой есть
cli-help-arg-fmt-to = Написать ключевые слова на этом языке: ru или en (имена, тексты и комментарии остаются как есть). Без него каждый файл сохраняет язык, на котором написано большинство его ключевых слов
cli-help-arg-fmt-stdout = Вывести отформатированный текст на экран вместо перезаписи файлов
cli-help-arg-history = История: выгрузка лидов со столбцом, где сказано, чем закончился каждый лид
cli-help-arg-backtest-history = История: выгрузка лидов со столбцом, где сказано, чем закончился каждый лид (с `--sql` — таблица базы, где она хранится)
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
cli-help-arg-init-leads = Выгрузка, которую нужно описать: CSV (`,` `;` табуляция или `|`; UTF-8 или Windows-1251), массив JSON, JSON Lines или книга Excel
cli-help-arg-init-output = Записать определение в этот файл, а не на экран; существующий файл не заменяется без --force
cli-help-arg-init-force = Заменить файл -o, если он уже есть
cli-help-arg-init-keywords = На каком языке писать ключевые слова: en (по умолчанию) или ru. Комментарии — на языке --lang
cli-help-arg-listen = Адрес и порт, на которых принимать запросы. Без токена можно только локальный адрес (127.0.0.1, [::1])
cli-help-arg-token-file = Файл с токеном, который каждый запрос, кроме /healthz, должен передавать как `Authorization: Bearer ТОКЕН`. Без него токен берётся из LEADRULES_TOKEN, если она задана
cli-help-arg-max-body = Сколько байт самое большее может быть в теле одного запроса
cli-help-arg-max-batch = Сколько лидов самое большее может быть в одном запросе
cli-help-arg-max-connections = Сколько соединений самое большее может быть открыто сразу; следующее получит ответ 503
cli-help-arg-request-timeout = Сколько секунд самое большее можно читать и оценивать один запрос
cli-help-arg-serve-rules = Определение лида (файл .rules) или папка его версий с датами `effective`
cli-help-arg-audit-log = Записывать каждый отданный вердикт в этот журнал (JSON Lines), надёжно, до отправки ответа; тексты правил версий хранятся рядом, в ФАЙЛ.d. Без этого параметра журнала нет
cli-help-arg-audit-log-file = Журнал аудита, который пишет `serve --audit-log`
cli-help-arg-audit-at = Только вердикт, действовавший для лида в это время: его последняя запись до этого момента. Время RFC 3339, местные дата и время со сдвигом от UTC (2026-11-24 17:00 +03:00), дата и время в UTC (2026-11-24 17:00) или дата (до её конца, в UTC или по сдвигу после неё)
cli-help-arg-audit-format = `text` — для людей, `json` — для программ (записи, их повторная оценка и объяснения)
cli-help-arg-serve-sample = Файл лидов (CSV, JSON Lines, книга Excel), чьи лиды страница правки (/edit) оценивает по изменённому тексту правил, чтобы показать, какие вердикты сдвинет изменение
cli-help-arg-sql-dialect = Для какой базы запрос: postgres (PostgreSQL и совместимые с ним) или duckdb
cli-help-arg-sql-table = Таблица (или представление) лидов: столбцы названы как в выгрузке и хранят текст
cli-help-arg-sql-view = Записать запрос как `CREATE VIEW ИМЯ AS`, чтобы база обновляла его по своему расписанию
cli-help-arg-sql-columns = Столбцы, названные не так, как первое имя `from` их поля: поле=столбец, через запятую
cli-help-arg-sql-decimal-mark = Десятичный знак чисел таблицы, `,` или `.`, для числовых полей, у которых `format` его не объявляет (число вроде 1.000 читается двояко)
cli-help-arg-sql-sample = Выгрузка таблицы: её заголовок называет столбцы полей, а её числа показывают десятичный знак каждого столбца — так, как его определяет по файлу `qualify`
cli-help-arg-sql-backtest = Записать вместо вердиктов бэктест истории в таблице: выигранные, проигранные, открытые сделки и конверсию по классам, каналам, оценкам и температуре, как их даёт `leadrules backtest --format json`
cli-help-arg-sql-open = Значения исхода, означающие, что сделка ещё открыта, через запятую (по умолчанию: open, в работе). Любое другое значение тоже считается открытой сделкой и перечисляется в `unrecognized_outcome`
cli-help-arg-backtest-sql = Вывести бэктест одним SQL-запросом для этой базы (postgres или duckdb) по таблице ИСТОРИЯ вместо чтения файла: тот же запрос, что пишет `leadrules sql --backtest`
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
cli-value-addr = АДРЕС
cli-value-bytes = БАЙТ
cli-value-seconds = СЕКУНД
cli-value-log = ЖУРНАЛ
cli-value-time = ВРЕМЯ
cli-value-dialect = СУБД
cli-value-table = ТАБЛИЦА
cli-value-view = ПРЕДСТАВЛЕНИЕ
cli-value-mark = ЗНАК
cli-value-field-columns = ПОЛЕ=СТОЛБЕЦ,...
cli-usage-value-missing = для `{ $arg }` нужно значение, но оно не указано
cli-usage-invalid-value-of = недопустимое значение `{ $value }` для `{ $arg }`; возможные значения: { $valid }
cli-usage-invalid-value = недопустимое значение `{ $value }` для `{ $arg }`
cli-usage-value-refused = недопустимое значение `{ $value }` для `{ $arg }`: { $reason }
cli-usage-reason-whole-number = укажите целое число, например 100
cli-usage-reason-address = укажите адрес и порт, например 127.0.0.1:8080
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


## Section: init

init-no-columns = в { $file } нет столбца, из которого можно сделать поле (нет заголовка или все названия повторяются)
init-no-detail = без подробностей
init-internal = внутренняя ошибка init: написанное определение не читается обратно ({ $reason }); пожалуйста, сообщите о ней и приложите заголовок выгрузки
init-exists = { $path } уже существует; чтобы заменить файл, добавьте --force
init-written = { $path }: начальное определение, { $fields ->
        [one] { $fields } поле
        [few] { $fields } поля
       *[many] { $fields } полей
    } по { $rows ->
        [one] { $rows } строке
       *[other] { $rows } строкам
    }; прочитайте комментарии, поправьте его и запустите leadrules check { $path }
init-header-made = Начальное определение, написанное leadrules init по выгрузке { $file } ({ $rows ->
        [one] { $rows } строка
        [few] { $rows } строки
       *[many] { $rows } строк
    }, { $columns ->
        [one] { $columns } столбец
        [few] { $columns } столбца
       *[many] { $columns } столбцов
    }).
init-header-edit =
    Каждое правило ниже — догадка по данным, которую комиссия поправит: в комментариях сказано, на чём она основана.
    После каждой правки запускайте leadrules check, затем leadrules backtest на истории с исходами.
init-header-unreadable = { $count ->
        [one] { $count } строку не удалось прочитать, она не учтена
        [few] { $count } строки не удалось прочитать, они не учтены
       *[many] { $count } строк не удалось прочитать, они не учтены
    }; первая: { $reason }
init-column-repeated = Столбец «{ $column }» встречается в выгрузке больше одного раза, поэтому ни одно поле его не читает: переименуйте один из них.
init-column-empty = «{ $column }»: пуст во всех строках.
init-column-left-out = не включено, ни одно правило не смогло бы его использовать: { $declaration }
init-column-key = «{ $column }»: заполнен во всех строках и ни разу не повторяется, поэтому это ключ, по которому называется каждый лид.
init-column-other-id = «{ $column }»: заполнен во всех строках и ни разу не повторяется — ещё один идентификатор, кроме ключа.
init-column-numbers = «{ $column }»: { $fill }; минимум { $min }, медиана { $median }, максимум { $max }.
init-column-values = «{ $column }»: { $fill }; { $distinct ->
        [one] { $distinct } значение
        [few] { $distinct } значения
       *[many] { $distinct } значений
    }, чаще всего { $values }.
init-column-values-many = «{ $column }»: { $fill }; больше { $distinct } { $distinct ->
    [one] разного значения
   *[other] разных значений
}, чаще всего { $values }.
init-column-all-different = «{ $column }»: { $fill }; все значения разные.
init-column-only-placeholders = «{ $column }»: заполнен на { $percent } % ({ $filled } из { $rows }), но только заглушками.
init-fill = заполнен на { $percent } % ({ $filled } из { $rows })
init-fill-placeholders = заполнен на { $percent } % ({ $filled } из { $rows }, из них { $placeholders ->
        [one] { $placeholders } заглушка
        [few] { $placeholders } заглушки
       *[many] { $placeholders } заглушек
    })
init-value-count = «{ $value }» ({ $count })
init-placeholder-count = «{ $value }» ({ $count ->
        [one] { $count } строка
        [few] { $count } строки
       *[many] { $count } строк
    })
init-placeholders = похоже на «нет ответа»: { $values }
init-placeholder-columns = «{ $value }» ({ $count ->
        [one] { $count } ячейка
        [few] { $count } ячейки
       *[many] { $count } ячеек
    } в { $columns ->
        [one] { $columns } столбце
       *[other] { $columns } столбцах
    })
init-placeholders-shared = похоже на «нет ответа» в нескольких столбцах, поэтому во всех полях читается как «неизвестно»: { $values }
init-outcome =
    «{ $column }» говорит, чем закончился каждый лид (выиграны: { $won }; проиграны: { $lost }; в работе: { $open }): это исход для backtest, а не поле.
    Проверьте определение на этой выгрузке так:
init-outcome-none = нет
init-no-outcome = Ни один столбец не похож на исход (выигран или проигран); укажите свой: leadrules backtest --outcome СТОЛБЕЦ --won ... --lost ...
init-minimum = Пороги: лид, не прошедший хотя бы один, дисквалифицирован. Этот порог — догадка по данным: оставьте, поправьте или замените порогами комиссии.
init-gate-below = { $field } меньше { $value }, нижняя десятая часть выгрузки: поправьте или уберите этот порог
init-gate-no = { $field } — нет: поправьте или уберите этот порог
init-gate-unknown = { $field } не заполнено: поправьте или уберите этот порог
init-profile = Портрет идеального клиента: по строке на поле, каждая — догадка по данным. Удалите строки, которые не описывают хорошего клиента, поправьте остальные и дайте важным больший вес.
init-criterion-yes = да
init-criterion-median = не меньше медианы
init-criterion-median-time = не больше медианы
init-criterion-most-common = самое частое значение
init-criterion-known = заполнено
init-score = Баллы: чем лучше лид подходит под портрет, тем больше. Добавьте строку на каждый признак, о котором договорилась комиссия.
init-flag-do-not = «{ $column }» велит не связываться с лидом: «да» в нём — не плюс, поэтому этот столбец не входит ни в портрет, ни в баллы, а даёт отметку в вердикте, которая не меняет класс.
init-flag-do-not-words = «{ $column }» велит не связываться с лидом, но словами, а не «да» или «нет»: лид, у которого в нём что-то записано, получает отметку в вердикте, которая не меняет класс; в портрет, баллы и минимум этот столбец не входит. Если какое-то его значение разрешает связываться, уберите это значение из условия отметки.
init-classify = Классы: решает первая выполненная строка. Сдвигайте пороги после проверки на истории (backtest).

## End of section: init
## Section: serve

serve-listening = работает «{ $name }» версии { $version } ({ $digest }) по адресу { $url }; остановить — Ctrl-C
serve-stopping = остановка: новые соединения не принимаются, начатые запросы завершаются
serve-stopped = остановлено
serve-cannot-read-rules = не удаётся прочитать файл правил { $path }: { $reason }
serve-rules-have-errors = в { $file } { $count ->
        [one] { $count } ошибка
        [few] { $count } ошибки
       *[many] { $count } ошибок
    }
serve-rules-do-not-classify = в { $file } нет блока `classify`, поэтому лиды не получают класса
serve-examples-fail = { $count ->
        [one] в { $file } не выполняется { $count } пример
        [few] в { $file } не выполняются { $count } примера
       *[many] в { $file } не выполняются { $count } примеров
    }: { $examples }
serve-reloaded = { $file } изменился: теперь работает «{ $name }» версии { $version } ({ $digest })
serve-reload-refused =
    новая версия не принята: { $reason }; продолжает работать версия { $version }
    { $diagnostics }
serve-no-token-off-loopback =
    без токена нельзя принимать запросы на { $addr }: сервисом мог бы воспользоваться любой, кто до него дотянется
    подсказка: задайте LEADRULES_TOKEN или укажите --token-file ФАЙЛ, либо слушайте 127.0.0.1
serve-cannot-listen = не удаётся принимать запросы на { $addr }: { $reason }
serve-cannot-start = не удаётся запустить сервис: { $reason }
serve-cannot-read-token = не удаётся прочитать файл с токеном { $path }: { $reason }
serve-empty-token = токен пуст; запишите токен в LEADRULES_TOKEN или в файл --token-file
serve-unauthorized = для этого адреса нужен токен сервиса: передайте заголовок `Authorization: Bearer ТОКЕН`
serve-not-found = такого адреса нет; есть /v1/qualify, /v1/explain, /v1/check, /v1/moved, /v1/definition, /healthz и /metrics, а также страница / и /edit
serve-method-not-allowed = этот адрес не принимает такой метод: лиды и текст правил отправляйте методом POST, остальное запрашивайте методом GET
serve-empty-body = у запроса нет тела; отправьте лид объектом JSON, лиды — массивом JSON или JSON Lines, либо форму из CRM
serve-json-not-leads = тело JSON — не лид (объект) и не лиды (массив объектов)
serve-unsupported-media-type = тело типа { $media } не читается; отправляйте application/json, application/x-ndjson или application/x-www-form-urlencoded
serve-form-no-lead = в форме нет лида: ключи amoCRM вида leads[add][0][name] не называют ни одного поля лида
serve-connection-test = проверка подключения получена: сервис готов; лиды, отправленные на этот адрес, оценит названное здесь определение
serve-request-body = запрос
serve-no-lead = в запросе нет лида ни с одним значением
serve-unreadable-leads = { $count ->
        [one] { $count } лид не удалось прочитать, поэтому он не оценён
        [few] { $count } лида не удалось прочитать, поэтому ни один лид не оценён
       *[many] { $count } лидов не удалось прочитать, поэтому ни один лид не оценён
    }: { $problem }
serve-batch-too-large = в запросе больше { $limit ->
        [one] { $limit } лида
        [few] { $limit } лидов
       *[many] { $limit } лидов
    }; отправьте их несколькими запросами
serve-body-too-large = тело запроса больше { $limit ->
        [one] { $limit } байта
        [few] { $limit } байт
       *[many] { $limit } байт
    }; отправьте лиды несколькими запросами
serve-body-broke-off = тело запроса оборвалось, не дойдя до конца
serve-body-timeout = тело запроса не пришло за { $seconds ->
        [one] { $seconds } секунду
        [few] { $seconds } секунды
       *[many] { $seconds } секунд
    }
serve-judging-timeout = оценка лидов заняла больше { $seconds ->
        [one] { $seconds } секунды
        [few] { $seconds } секунд
       *[many] { $seconds } секунд
    }; отправляйте меньше лидов в одном запросе
serve-judging-failed = лиды не удалось оценить из-за ошибки в leadrules; пожалуйста, сообщите о ней
serve-internal = не удалось записать ответ: { $reason }
serve-too-many-connections = у сервиса открыто { $limit ->
        [one] { $limit } соединение
        [few] { $limit } соединения
       *[many] { $limit } соединений
    }, больше он не принимает; повторите через секунду
serve-explain-one-lead = explain разбирает один лид, а в запросе их { $count }
serve-explain-lead-name = лид
serve-uncomputable-lead = { $lead } не удаётся оценить: { $problem }
serve-rules-not-utf8 = текст правил не в кодировке UTF-8

serve-audit-logging = каждый вердикт перед ответом надёжно записывается в журнал аудита { $path }
serve-audit-torn-cut = журнал аудита { $path } кончался { $bytes ->
        [one] { $bytes } байтом
       *[other] { $bytes } байтами
    } записи, оборванной сбоем во время записи (на её запрос ответа не было); они отрезаны
serve-audit-log-failed = вердикт не отправлен: его запись не удалось надёжно сохранить в журнале аудита: { $reason }

serve-no-version-in-force = ни одна версия в { $folder } ещё не действует: первая, { $file }, вступает в силу { $date }
serve-no-dated-version = в { $folder } нет файла правил с датой `effective` в заголовке, так что обслуживать нечего
## End of section: serve
## Section: audit

# Журнал аудита `serve --audit-log` и `leadrules audit`.
audit-cannot-open = не удаётся открыть журнал аудита { $path }: { $reason }
audit-log-in-use = в журнал аудита { $path } уже пишет другой сервис (он держит его блокировку): два сервиса не могут писать в один журнал; остановите другой или дайте каждому свой --audit-log
audit-cannot-keep-texts = не удаётся сохранить тексты правил версии в { $folder }: { $reason }
audit-log-closed = журнал аудита закрыт: сервис останавливается
audit-write-failed = запись не удалось сохранить в журнале аудита: { $reason }
audit-log-broken = в журнал аудита больше нельзя писать (неудачную запись не удалось отменить: { $reason }); перезапустите сервис
audit-cannot-read-log = не удаётся прочитать журнал аудита { $path }: { $reason }
audit-bad-time = `{ $text }` — не время: пишите 2026-11-24T17:00:00+03:00, местное время со сдвигом (2026-11-24 17:00 +03:00), 2026-11-24 17:00 (UTC) или 2026-11-24
audit-bad-digest = `{ $digest }` — не отпечаток версии (sha256: и 64 шестнадцатеричные цифры)
audit-texts-missing = тексты правил версии { $digest } не сохранены в { $folder }: { $reason }
audit-texts-empty = в сохранённых текстах версии { $digest } нет ни одного файла
audit-version-refused = сохранённую версию { $digest } не удаётся загрузить снова: { $reason }
audit-cannot-read-lead = записанные данные лида { $lead } не удаётся прочитать снова: { $problem }
audit-torn-tail = журнал кончается { $bytes ->
        [one] { $bytes } байтом
       *[other] { $bytes } байтами
    } записи, оборванной остановкой во время записи; на её запрос ответа не было, поэтому она пропущена
audit-broken-lines = { $count ->
        [one] строка { $lines } журнала — не запись, она пропущена
        [few] строки { $lines } журнала — не записи, они пропущены
       *[many] строки { $lines } журнала — не записи, они пропущены
    }
audit-no-record = в журнале нет вердикта для лида { $id }
audit-no-record-until = в журнале нет вердикта для лида { $id } до { $at }
audit-record = лид { $id } (строка { $line } журнала): { $class }, балл { $score }, ответить до { $respond_by }; оценён { $at } определением «{ $name }» версии { $version } ({ $digest })
audit-none = нет
audit-texts-changed = сохранённые тексты больше не дают отпечаток { $digest } (стандартные фреймворки этой версии leadrules отличаются от тех, что были у записавшего сервиса); повторная оценка может поэтому отличаться
audit-rerun-same = повторная оценка той же версией: тот же вердикт
audit-rerun-differs = повторная оценка той же версией: другой вердикт ({ $changes })

## End of section: audit
## Section: sql

# `leadrules sql`: определение одним запросом SQL.
sql-columns-not-a-pair = `{ $pair }` в --columns — не пара поле=столбец
sql-columns-unknown-field = --columns называет поле `{ $field }`, которого в правилах нет (их поля: { $fields })
sql-decimal-mark-needed = запрос не может знать, `,` или `.` — десятичный знак чисел таблицы (число вроде 1.000 читается как 1 или как 1000, а таблица не показывает, как именно) для { $count ->
    [1] поля
   *[other] полей
} { $fields }: укажите --decimal-mark , или --decimal-mark . либо --sample ФАЙЛ (выгрузку таблицы, числа которой его показывают) или объявите знак у поля в правилах: `format "1 000,50"` или `format "1,000.50"`
sql-not-expressible = определение нельзя записать на SQL: { $what } не выражается компилятором в SQL (конструкция, которой он ещё не знает); запустите `leadrules qualify`
# Комментарий в начале запроса.
sql-comment-title = Вердикты «{ $definition }» ({ $file }) для каждого лида таблицы; запрос записан `leadrules sql` для { $engine }.
sql-comment-left-out = Не вошли, так как SQL их не даёт: вопросы для уточнения (`questions`), объяснения (`leadrules explain`) и номер строки (`row`; лида называет ключ).
sql-comment-unknown = Неизвестное — это `NULL`: пустая ячейка, критерий, который пока нельзя решить (`true`, `false` или `NULL`). Ячейка, которую программа не может прочитать, даёт строке класс `error` и причину в `error`.
sql-comment-absent = В образце выгрузки нет столбца { $count ->
    [1] для поля { $fields }: оно читается
   *[other] для полей { $fields }: они читаются
} как NULL и неизвестно у всех лидов, так же как в `qualify` по такому файлу. Если столбец в таблице есть, укажите его: `--columns поле=столбец`.
sql-comment-decimal-mark-given = Где число вроде 1.000 читается двояко, оно читается с десятичным знаком из --decimal-mark: { $fields }.
sql-comment-decimal-mark-sample = Где число вроде 1.000 читается двояко, оно читается с десятичным знаком, который его столбец показывает в образце выгрузки { $file } (так qualify определяет его по первым строкам файла): { $fields }.
sql-comment-decimal-mark-none = знака не видно (такое число — ошибка, как и в qualify)
sql-comment-decimal-mark-for = { $mark } для { $fields }

sql-backtest-channel-kind = поле канала `{ $field }` — не текст, не `one of` и не да/нет: запрос бэктеста группирует лиды только по таким полям; назовите другое в --channel
# Комментарий в начале запроса бэктеста.
sql-backtest-comment-title = Бэктест «{ $definition }» ({ $file }) по истории в таблице; запрос записан `leadrules sql --backtest` для { $engine }: строка на группу (`dimension`, `position`, `name`) с цифрами `leadrules backtest --format json` (лиды, доля, выиграно, проиграно, открыто, конверсия, её 95-процентный интервал, подъём).
sql-backtest-comment-outcomes = Исходы из столбца «{ $column }», без пробелов по краям и в нижнем регистре: выиграна — { $won }; проиграна — { $lost }; открыта — { $open }. Любой другой текст считается открытой сделкой и перечислен в `unrecognized_outcome`.
sql-backtest-comment-groups = Поле канала: { $channel } (текст, записанный по-разному, назван первым написанием в порядке байтов; бэктест называет его первым в файле). Классы, которые получают продажи (`admitted`): { $sales }.
sql-backtest-comment-left-out = Не вошли: разбивки `--by` и их перекрёстные таблицы, полосы и цели балла, а также отказ от истории, ни один исход которой не назван в списках (запрос вместо этого перечисляет такие тексты).
## End of section: sql

## Раздел: page (страница для комиссии в `leadrules serve`: `/` и `/edit`)

page-title-home = leadrules: действующее определение лида
page-title-edit = leadrules: проба изменения определения
page-nav-definition = Определение
page-nav-editor = Попробовать изменение
page-nav-language = Язык
page-token-heading = Сервис просит токен
page-token-explain = Введите токен сервиса (тот, что CRM отправляет в заголовке Authorization: Bearer). Эта вкладка браузера хранит его, пока её не закроют, и отправляет с каждым запросом страницы.
page-token-label = Токен
page-token-open = Открыть
page-token-refused = Сервис не принял этот токен; введите его ещё раз.
page-unreachable = Сервис не ответил; он ещё работает?
page-version = версия { $version }
page-last-refused = Последнее изменение файлов правил ({ $at }) не принято, поэтому действует версия ниже: { $reason }.
page-effective = действует с { $date }
page-gates = Минимум: кто никогда не станет нашим клиентом
page-gates-explain = Лид, не прошедший один из этих фильтров, дисквалифицируется; причина выделена жирным.
page-gates-none = В этом определении нет минимума: ни один лид не дисквалифицируется фильтром.
page-gate-reason = { $reason }
page-profile = Профиль { $name }
page-profile-explain = Соответствие лида — доля весов тех критериев, которым он отвечает, от 0 до 100 %; по соответствию ставится оценка от A до F.
page-framework = Методика { $name }
page-framework-pass = Пройдена, если выполнено { $needed } из { $total } { $total ->
        [one] критерия
       *[other] критериев
    }.
page-score = Баллы
page-score-named = Баллы { $name }
page-score-cap = Не больше { $cap } { $cap ->
        [one] балла
       *[other] баллов
    }.
page-deal = Сделка: её размер и вероятность выигрыша
page-classes = Классы
page-classes-explain = Класс лиду даёт первое выполненное правило; продажи действуют по сценарию класса.
page-playbook = сценарий: { $playbook }
page-temperatures = Температура: как быстро ответить
page-temperatures-since = Сроки отсчитываются от { $field }.
page-temperatures-all-leads = Дисквалифицированные лиды тоже получают температуру.
page-temperatures-qualified-leads = Дисквалифицированные лиды не получают ни температуры, ни срока.
page-respond-within = ответить в течение { $duration }
page-try = Проверить лида
page-try-explain = Заполните то, что известно: пустое поле — неизвестно. Вердикт, вопросы и всё рассуждение меняются по мере ввода.
page-unknown-choice = — неизвестно —
page-one-of = одно значение из списка
page-verdict = Вердикт
page-key-class = Класс
page-key-decided-by = Решило правило
page-key-playbook = Сценарий
page-key-failed-gates = Не пройденные фильтры
page-key-score = Баллы
page-key-fit = Соответствие, %
page-key-grade = Оценка
page-key-temperature = Температура
page-key-respond-within = Ответить в течение
page-key-respond-by = Ответить до
page-key-probability = Вероятность выигрыша, %
page-key-deal-size = Размер сделки
page-key-unknown = Пока неизвестно
page-questions = Вопросы для выяснения
page-questions-explain = Что выяснить: каждый ответ, который изменил бы класс.
page-questions-none = Ни один ответ не изменит класс.
page-explanation = Рассуждение
page-judging = Оцениваем…
page-editor = Проба изменения определения
page-editor-explain = Измените правила ниже. Они проверяются по мере ввода, а ниже перечислены лиды, чей вердикт изменение сдвинет. Здесь ничего не сохраняется: чтобы изменение вступило в силу, сохраните его в { $file }, и сервис примет его, если в нём нет ошибок и примеры выполняются.
page-editor-label = Правила из { $file }
page-editor-used = Здесь редактируется только { $file }. Файлы, которые он подключает ({ $used }), показаны ниже только для чтения — такими, какими их загрузила действующая версия, и правка проверяется вместе с ними: чтобы изменить один из них, отредактируйте и сохраните его.
page-editor-used-heading = Файлы, которые подключает определение
page-editor-read-only = только для чтения
page-number-placeholder = например, 1 000 000,50
page-updated = В силу вступила новая версия; страница теперь показывает её:
page-new-in-force = В силу вступила новая версия:
page-load-new = Загрузить её (текст здесь будет заменён)
page-version-word = версия
page-problems = Замечания
page-checking = Проверяем…
page-no-problems = Замечаний нет: текст проверен чисто.
page-line = строка
page-column = столбец
page-help = подсказка
page-note = примечание
page-moved = Вердикты, которые сдвинет изменение
page-moved-explain-examples = Сравниваются примеры действующего определения и изменённого текста, каждый оценён по обоим. Запустите сервис с --sample ФАЙЛ, чтобы сравнивать и файл лидов.
page-moved-explain-sample = Сравниваются примеры действующего определения и изменённого текста, а также лиды из { $file }, каждый оценён по обоим.
page-moved-lead = Лид
page-moved-before = Сейчас
page-moved-after = С изменением
page-moved-rule = Решило правило
page-comparing = Сравниваем…
page-from-example = пример
page-from-sample = лид из файла
page-sample-row = строка { $row }
page-would-refuse = Сервис не примет этот текст: { $reason }.
page-moved-not-compared = Вердикты не сравниваются, пока текст не даёт лидам класс.
page-moved-none = { $compared ->
        [0] Сравнивать нечего: ни в одном из определений нет примеров, а сервис запущен без --sample.
       *[other] Ни у одного из { $compared } { $compared ->
            [one] сравнённого лида
           *[other] сравнённых лидов
        } не меняются ни класс, ни температура.
    }
page-moved-some = Класс или температура меняются у { $moved } из { $compared } { $compared ->
        [one] сравнённого лида
       *[other] сравнённых лидов
    }.
page-sample-unreadable = не удаётся прочитать образцы лидов { $file }: { $reason }

## suggest
cli-help-suggest = Что сделает на вашей истории сдвиг каждого порога, веса и балла, и какие изменения история подтверждает
suggest-error-history-from-stdin = suggest читает историю много раз: дайте её файлом, а не стандартным вводом (-)
suggest-error-cannot-read-history = не удалось прочитать историю { $path }: { $reason }
suggest-title = Предложения для { $definition } по истории { $history }
suggest-rows = { $rows ->
        [one] { $rows } строка
        [few] { $rows } строки
       *[many] { $rows } строк
    }: оценено { $judged }; { $tried ->
        [one] испытано { $tried } изменение
        [few] испытано { $tried } изменения
       *[many] испытано { $tried } изменений
    }, { $backtests ->
        [one] выполнен { $backtests } бэктест
        [few] выполнено { $backtests } бэктеста
       *[many] выполнено { $backtests } бэктестов
    }
suggest-now = сейчас: { $classes } получает { $leads ->
        [one] { $leads } лид
        [few] { $leads } лида
       *[many] { $leads } лидов
    } с конверсией { $conversion } ({ $interval }); остальные лиды конвертируются на { $rest } ({ $rest_interval })
suggest-rule = Изменение предлагается, только если лиды, которые оно переводит в продажи, конвертируются лучше остальных лидов сейчас, а лиды, которые оно выводит из продаж, — хуже, чем продажи сейчас: в каждой группе не меньше { $min } выигранных или проигранных лидов, и её интервал { $confidence }, расширенный на { $tried ->
        [one] { $tried } испытанное изменение
        [few] { $tried } испытанных изменения
       *[many] { $tried } испытанных изменений
    }, не содержит эту конверсию.
suggest-knobs-heading = Что сделает сдвиг каждого числа (по каждому классу: лиды и конверсия; в продажи / из продаж: лиды, которые переходят, их конверсия и 95-процентный интервал)
suggest-knob = строка { $line }, { $block }, { $what }: { $rule }
suggest-kind-threshold = порог { $value }
suggest-kind-points = баллы { $value }
suggest-kind-weight = вес { $value }
suggest-column-value = значение
suggest-column-into = в продажи
suggest-column-out = из продаж
suggest-column-supported = подтверждено
suggest-value-now = { $value } (сейчас)
suggest-supported-yes = да
suggest-fields-heading = Поля, которые правила не используют (конверсия по значениям или по полосам примерно равного числа лидов; лифт относительно всех лидов)
suggest-fields-none = правила используют все поля истории
suggest-field-column = { $column } (столбец, который правила не объявляют)
suggest-field-separates = { $field }: отделяет выигранные от проигранных: { $group } ({ $leads ->
        [one] { $leads } лид
        [few] { $leads } лида
       *[many] { $leads } лидов
    }) конвертируется на { $conversion } ({ $interval }), лифт { $lift }; { $groups ->
        [one] { $groups } группа
        [few] { $groups } группы
       *[many] { $groups } групп
    }, от { $low } до { $high }
suggest-field-flat = { $field }: не отделяет выигранные от проигранных: { $groups ->
        [one] { $groups } группа
        [few] { $groups } группы
       *[many] { $groups } групп
    }, от { $low } до { $high }, ни одна не отличается от всех лидов сверх случайности
suggest-field-after-outcome = { $field }: не рассматривается: пусто у всех открытых лидов и заполнено у решённых, то есть записано после закрытия сделки
suggest-field-identifier = { $field }: не рассматривается: почти у каждого лида своё значение (идентификатор)
suggest-heading = Предложения
suggest-none = { $separating ->
        [0] Нет: на этой истории ни одно испытанное изменение не переводит лиды, которые конвертируются иначе, чем там, где они сейчас, сверх случайности, и ни одно неиспользуемое поле не отделяет выигранные от проигранных.
       *[other] Нет: на этой истории ни одно испытанное изменение не переводит лиды, которые конвертируются иначе, чем там, где они сейчас, сверх случайности.
    }
suggest-nothing-predicts = Не отличаются и сами классы: { $classes } конвертируется на { $conversion } ({ $interval }), остальные лиды — на { $rest } ({ $rest_interval }). Ничто в этой истории не отличает выигранную сделку от проигранной, поэтому она не подтверждает никакого изменения.
suggest-outcome-fields = Нет: правила читают { $fields }, { $count ->
        [one] а это поле пусто у всех открытых лидов и заполнено у решённых, то есть записывается
       *[other] а эти поля пусты у всех открытых лидов и заполнены у решённых, то есть записываются
    } после закрытия сделки. Правила, которые читают исход, судят о прошлом по нему и ничего не говорят о новых лидах: уберите { $count ->
        [one] это поле
       *[other] эти поля
    } из правил; до тех пор изменения не предлагаются.
suggest-item = { $number }. строка { $line }, { $block }: { $what }
suggest-what-change = { $old } → { $new }
suggest-what-declare = объявить в fields столбец «{ $column }» как { $declaration } (тип выведен, как его выводит init) и добавить строку «{ $new }»
suggest-what-line = добавить строку «{ $new }» ({ $field })
suggest-moves = в продажи: { $into_figures }; из продаж: { $out_figures }; { $changed ->
        [one] { $changed } лид меняет класс
        [few] { $changed } лида меняют класс
       *[many] { $changed } лидов меняют класс
    }
suggest-sales = { $classes }: { $leads_before } → { $leads_after ->
        [one] { $leads_after } лид
        [few] { $leads_after } лида
       *[many] { $leads_after } лидов
    }, выиграно { $won_before } → { $won_after }, конверсия { $before } → { $after } (95 %: { $before_interval } → { $after_interval })
suggest-column-leads-before = лидов до
suggest-column-leads-after = после
suggest-column-conversion-before = конверсия до
suggest-column-conversion-after = после
