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
check-too-many-dots-help = напишите имя поля или `фреймворк.критерий`, например `BANT.budget`
check-framework-as-value = `{ $name }` — это фреймворк: уточните, что о нём нужно узнать
check-framework-as-value-label = фреймворк, а не значение да/нет
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
check-not-a-criterion = у фреймворка `{ $owner }` нет критерия `{ $member }`
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
check-unknown-owner-help = до точки должно стоять имя фреймворка, профиля или `deal`
check-no-framework = фреймворка `{ $name }` нет
check-not-a-framework = не фреймворк
check-no-framework-help = проходить или не проходить может только фреймворк: объявите его так: `framework NAME pass ... {"{"} ... {"}"}`
check-only-equality = { $kind } сравнивается только через `=` или `!=`
check-different-value-lists = у `{ $first }` и `{ $second }` разные списки значений
check-cannot-compare = нельзя сравнивать значения разных видов: { $left } и { $right }
check-cannot-compare-help = сравнивайте поле со значением того же вида, например `employees >= 10` или `industry = it`
check-cannot-compare-units = нельзя сравнивать разные единицы: { $left } и { $right }
check-unit-help-duration = длительность сравнивается только с длительностью, например `timeline <= 90 days`
check-unit-help-percent = процент сравнивается только с процентом, например `ICP.fit >= 70%`
check-unit-help-other = сравнивайте деньги с деньгами, а количества с количествами
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
check-yes-no-words = напишите `{ $word }` вместо `{ $number }`: значения да/нет пишутся как `yes` и `no`

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
check-example-cannot-hold = в поле `{ $field }` не может быть `{ $value }`
check-example-field-is = `{ $field }` — это { $kind }
check-example-give = задайте для `{ $field }` значение такого вида: { $kind }
check-not-in-the-list = нет в списке
check-example-no-score = скоринга `{ $name }` нет
check-example-not-a-score = не скоринг
check-example-no-score-block = нет блока score, с которым можно сравнить
check-example-scores-are = скоринги здесь: { $names }
check-example-no-profile = нет профиля, у которого было бы соответствие (fit)
check-example-no-profile-label = нет профиля
check-example-no-profile-help = добавьте блок `profile ICP {"{"} ... {"}"}` или уберите это ожидание
check-example-impossible-fit = соответствия { $fit }% не бывает
check-example-impossible-fit-label = соответствие бывает от 0% до 100%
check-example-impossible-fit-help = ожидайте соответствие от 0% до 100%
check-example-not-a-grade = `{ $name }` — не оценка профиля
check-example-not-a-grade-label = не оценка
check-example-not-a-grade-help = оценка профиля — одна из A, B, C, D или F, и для неё нужен блок `profile`
check-example-class-never-given = пример ожидает класс `{ $name }`, но ни одно правило classify его не даёт
check-example-class-never-given-label = этот класс не даёт ни одно правило
check-example-class-given-twice = здесь `{ $class }` дан второй раз: может быть, в этой строке был `{ $name }`?
check-example-class-overwritten-help = если строку класса затёрли, верните правило, которое даёт `{ $name }`; если ошибка в примере, ожидайте один из классов: { $classes }
check-example-add-class-help = добавьте правило classify, которое даёт `{ $name }`, или, если ошибка в примере, ожидайте один из классов: { $classes }
check-example-no-temperature = температуры `{ $name }` нет
check-example-not-a-temperature = не температура
check-example-temperatures-are = температуры здесь: { $names }
check-example-frameworks-are = фреймворки здесь: { $names }

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
check-never-unknown-help = чтобы узнать, есть ли данные для `{ $expr }`, проверьте через `is known` поля, из которых это значение считается; иначе уберите проверку
check-fix-swap-bounds = поменять границы местами: `between { $high } and { $low }`
check-backwards-range = диапазон перевёрнут: между `{ $low }` и `{ $high }` ничего нет
check-backwards-range-label = `{ $low }` больше, чем `{ $high }`
check-backwards-range-help = меньшая граница пишется первой: напишите `between { $high } and { $low }` или исправьте неверную границу
check-one-value-range = в диапазоне от `{ $low }` до `{ $high }` только одно значение
check-one-value-range-label = обе границы одинаковые
check-one-value-range-help = исправьте неверную границу или, если имеется в виду ровно `{ $low }`, напишите `= { $low }`
check-contradiction = ни у одного лида не может быть одновременно `{ $first }` и `{ $second }`
check-contradiction-label = противоречит `{ $first }`
check-contradiction-first = это условие стоит раньше
check-contradiction-help = это условие никогда не выполняется: исправьте неверное сравнение или напишите `or`, если подходит любое из двух
check-always-true-threshold = этот порог проходит любой лид
check-bounded-between = `{ $name }` — от { $low } до { $high }
check-always-true = всегда верно
check-always-true-threshold-help = выберите порог от { $low } до { $high } или уберите условие, если имеются в виду все лиды

# Предупреждения (check/lints.rs).
check-unused-field = ни одно правило не использует поле `{ $name }`
check-unused-field-label = объявлено, но нигде не читается
check-unused-field-help = используйте его в правиле или уберите из `fields`, если от него отказались
check-class-rule-shadowed = правило класса `{ $name }` никогда не будет выбрано
check-temperature-rule-shadowed = правило температуры `{ $name }` никогда не будет выбрано
check-rule-shadowed-label = всех подходящих сюда лидов забирает правило выше
check-rule-shadowed-earlier = это правило `{ $name }` стоит выше и всегда побеждает
check-rule-shadowed-help = поставьте более узкое правило выше широкого или измените его условие
check-unreachable-threshold = ни один лид не достигнет этого порога
check-never-true = никогда не верно
check-bounded-at-most = `{ $name }` не больше { $value }
check-bounded-at-least = `{ $name }` не меньше { $value }
check-threshold-lower-help = понизьте порог до { $value } или ниже либо добавьте баллов, чтобы его можно было достичь
check-threshold-lower-percent-help = понизьте порог до { $value } или ниже либо добавьте баллов, чтобы его можно было достичь; доля от целого — не больше 100%
check-threshold-raise-help = повысьте порог до { $value } или выше
check-threshold-raise-percent-help = повысьте порог до { $value } или выше; доля от целого — не больше 100%

# Круги между вычисляемыми значениями (check/order.rs).
check-cycle-minimum = `minimum`
check-cycle-framework = фреймворк `{ $name }`
check-cycle-profile = профиль `{ $name }`
check-cycle-score = скоринг `{ $name }`
check-cycle-deal = `deal`
check-cycle-itself = { $what } ссылается на себя
check-cycle-each-other = { $first } и { $second } ссылаются друг на друга
check-cycle-label = эта ссылка замыкает круг
check-cycle-help = значение нельзя вычислить из него самого: уберите одну из ссылок

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
    [framework] фреймворк
    [profile] профиль
    [score] скоринг
    [field] поле
    [parameter] параметр
    [criterion] критерий
    [value] значение
   *[other] { $what }
}
check-names-reserved-label = зарезервировано
check-names-reserved-help = выберите другое имя для { $what ->
    [framework] этого фреймворка
    [profile] этого профиля
    [score] этого скоринга
    [field] этого поля
    [parameter] этого параметра
    [criterion] этого критерия
    [value] этого значения
   *[other] { $what }
}, например `{ $name }_value`
check-names-declared-twice = имя `{ $name }` объявлено дважды
check-names-declared-twice-label = { $what ->
    [framework] второй фреймворк
    [profile] второй профиль
    [score] второй скоринг
    [field] второе поле
    [parameter] второй параметр
    [criterion] второй критерий
    [value] второе значение
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
check-names-column-for-field = `{ $name }` — столбец CRM, а не имя поля
check-names-column-for-field-label = из этого столбца читается поле `{ $field }`
check-names-column-for-field-help = в правилах пишется имя самого поля: `{ $field }`
check-names-column-for-fields-label = из этого столбца читается несколько полей
check-names-column-for-fields-help = в правилах пишется имя самого поля: одно из { $fields }
check-names-class-as-value = `{ $name }` — класс, а не значение, которое может читать правило
check-names-class-as-value-label = класс из `classify`
check-names-class-as-value-help = правило не может читать класс: он определяется последним; чтобы проверить то же самое, повторите условие, которое даёт `{ $name }`: `{ $condition }`
check-names-class-as-value-otherwise-help = правило не может читать класс: он определяется последним; `{ $name }` даёт `otherwise`, поэтому проверьте то, чего не проверяют правила выше
check-names-class-compared = `class` — результат `classify`, а не значение, которое может читать правило
check-names-class-compared-label = определяется последним, по всем остальным правилам
check-names-class-compared-help = вместо этого повторите условие, которое даёт `{ $value }`: `{ $replacement }` (правила выше в `classify` срабатывают раньше, так что при необходимости повторите и их условия)
check-names-class-compared-otherwise-help = `{ $value }` даёт `otherwise`: проверьте то, чего не проверяют правила выше в `classify`
check-names-class-compared-unknown-help = правило не может читать класс; повторите условие нужного класса (классы: { $classes })
check-names-framework-not-used = `{ $name }` — стандартный фреймворк, но это определение не подключает его файл
check-names-framework-not-used-label = объявлен в `{ $file }`
check-names-framework-not-used-help = добавьте строку `{ $line }` в начало, к другим строкам `use`
check-names-framework-spelt = стандартный фреймворк пишется так: `{ $framework }`
check-names-fix-add = добавить `{ $line }`
check-names-crm-spelling = `{ $name }` — так CRM записывает значение `{ $value }` поля `{ $field }`
check-names-crm-spelling-label = так в CRM пишется `{ $value }`
check-names-crm-spelling-help = в правилах пишется имя самого значения: `{ $value }`

# Имена не в том алфавите (check/alphabet.rs).
check-names-russian-keyword = `{ $written }` — русское слово, а правила пишутся с английским ключевым словом `{ $keyword }`
check-names-russian-keyword-label = здесь напишите `{ $keyword }`
check-names-russian-keyword-help = напишите `{ $keyword }` вместо `{ $written }`

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

## End of section: cli

