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

keywords-synonym = `{ $word }` — не ключевое слово; в языке правил это `{ $keyword }`
keywords-synonym-label = здесь пишется `{ $keyword }`
keywords-synonym-help = напишите `{ $keyword }` вместо `{ $word }`
keywords-synonym-fix = написать `{ $keyword }`

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

