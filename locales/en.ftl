# English messages of leadrules. One message per id; the same ids, with the same variables,
# are in ru.ftl (tests/locale.rs). Style: lowercase, no final period for diagnostics; the
# author’s own words in backticks; values as variables, never text glued from pieces.

## Shared

untranslated = { $text }
list-or = { $init } or { $last }
list-and = { $init } and { $last }
leads-counted = { $count ->
    [one] { $count } lead
   *[other] { $count } leads
}

## Section: render

render-error = Error
render-warning = Warning
render-help = Help
render-note = Note
render-line-shortened = line { $line } is { $length } characters long and is shown shortened (…); the place is at column { $column }

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

keywords-synonym = `{ $word }` is not a keyword; the language says `{ $keyword }`
keywords-synonym-label = write `{ $keyword }` here
keywords-synonym-help = write `{ $keyword }` instead of `{ $word }`
keywords-synonym-fix = write `{ $keyword }`

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

