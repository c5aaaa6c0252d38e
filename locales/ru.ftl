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

## End of section: cli

