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

# The parser: syntax errors, slips it repairs, literals that are not real values.

syntax-unclosed-string = unclosed string
syntax-unclosed-string-label = this text has no closing `"`
syntax-unclosed-string-help = end the text with `"` on the same line; write `\"` for a quote inside it
syntax-too-deep = brackets are nested too deeply
syntax-too-deep-label = too deep
syntax-too-deep-help = use at most { $max } nested brackets; split the condition into named criteria
syntax-found = found `{ $token }`
syntax-expected-here = expected here
syntax-piece-ends-here = the { $piece ->
        [use] `use` line
        [header] header
       *[block] `{ $kind }` block
    } ends here
syntax-piece-ends-early = the { $piece ->
        [use] `use` line
        [header] header
       *[block] `{ $kind }` block
    } ends too early
syntax-never-closed = this `{"{"}` is never closed
syntax-never-closed-label = opened here, never closed
syntax-never-closed-end-label = the block should end before this
syntax-never-closed-help = add `{"}"}` after the block's last line
syntax-gate-no-reason = this gate has no reason
syntax-gate-no-reason-label = expected `else "reason"` at the end of this line
syntax-gate-no-reason-help = end the gate with the reason a lead is turned away: require employees >= 10 else "too small"
syntax-negative-label = negative
syntax-negative-weight = a weight cannot be negative
syntax-negative-weight-help = a weight says how much a criterion counts, from 0 up: employees >= 50 weight 3; to count against a lead, give it negative points in a score: -20 when source = cold_call
syntax-negative-importance = an importance cannot be negative
syntax-negative-importance-help = an importance is a number from 0 up: price importance 5
syntax-negative-within = a time to respond cannot be negative
syntax-negative-within-help = write how long a salesperson has: respond within 15 minutes
syntax-negative-cap = a score's cap cannot be negative
syntax-negative-cap-help = cap a score at a number from 0 up: score engagement capped at 100
syntax-negative-match = a match cannot be negative
syntax-negative-match-help = a match is a percentage from 0% to 100%: match 90% when ...
syntax-negative-count = a count of criteria cannot be negative
syntax-negative-count-help = count criteria from 0 up: pass 3 of 4
syntax-not-an-operator = `{ $operator }` is not an operator of this language
syntax-write-here = write `{ $word }` here
syntax-double-equals-help = compare with a single `=`: industry = gambling
syntax-did-you-mean-example = did you mean `{ $operator }`? { $example }
syntax-and-help = join conditions with `and`: employees >= 10 and decision_maker
syntax-or-help = offer alternatives with `or`: BANT passes or score >= 60
syntax-not-help = negate a condition with `not`: not decision_maker
syntax-percent-space = a `%` must follow its number directly
syntax-percent-space-label = no space before `%`
syntax-percent-space-help = write the percentage without a space: 70%
syntax-value-after-operator = expected a value after `{ $operator }`
syntax-nothing-to-compare-label = nothing to compare with
syntax-nothing-to-compare-help = compare with a number, a field or a text: employees { $operator } 10
syntax-nothing-after-operator-label = nothing after this operator
syntax-nothing-after-operator-help = put a number or a field after it: budget { $operator } 1_000
syntax-not-a-value-label = `{ $token }` is not a value
syntax-unexpected-rbrace = unexpected `{"}"}`
syntax-unexpected-rbrace-label = nothing to close here
syntax-unexpected-rbrace-help = remove this `{"}"}`, or check that the block above opens with `{"{"}`
syntax-unexpected-after-piece = unexpected `{ $word }` after the end of the { $piece ->
        [use] `use` line
        [header] header
       *[block] `{ $kind }` block
    }
syntax-unexpected-before-blocks = unexpected `{ $word }` before the first block
syntax-not-in-a-block-label = not part of any block
syntax-block-on-own-line-help = start each block on a line of its own
syntax-definition-first-help = the `definition` line must be the first thing in the file
syntax-did-you-mean = did you mean `{ $word }`?
syntax-every-block-starts-help = every block starts at the beginning of a line with `fields`, `minimum`, `profile`, `framework`, `score`, `classify`, `temperature`, `deal`, `example` or `use`; a line that belongs to the block above goes before its closing `{"}"}`
syntax-missing-comma = expected `,` between { $place ->
        [values] the list's values
        [columns] the column names
        [expectations] the expectations
        [entries] the example's entries
        [ratings] the ratings
       *[items] the items
    }
syntax-add-comma-label = add `,` before this
syntax-comma-values-help = separate the values with commas: { $example }
syntax-comma-names-help = separate the names with commas: from "id", "ID"
syntax-comma-them-help = separate them with commas: { $example }
syntax-comma-items-help = separate the items with commas
syntax-missing-comma-one-of = expected `,` between the values of `one of`
syntax-missing-comma-one-of-label = the value before this needs a `,` after its spellings
syntax-colon-after-field-type = expected `:` between the field's name and its type
syntax-colon-after-criterion = expected `:` after the criterion's name
syntax-colon-after-field = expected `:` after the field's name
syntax-colon-help = write a colon: { $example }
syntax-name-before = expected a name before `{ $word }`
syntax-name-missing-label = the rule's name is missing
syntax-name-first-help = each rule starts with its name: { $example }
syntax-reserved-word = `{ $word }` is a reserved word and cannot be used as a name
syntax-reserved-word-label = reserved word
syntax-reserved-word-help = choose another name, such as `{ $word }_value`
syntax-when-or-otherwise = expected `when` followed by a condition, or `otherwise`
syntax-when-or-otherwise-temperature-help = each rule is a name and when it applies: hot when timeline <= 30 days, or cold otherwise
syntax-when-or-otherwise-class-help = each rule is a class and when it applies: SQL when score >= 60, or nurture otherwise
syntax-range-and = expected `and` and the upper end of the range
syntax-range-and-help = a range names both ends: employees between 50 and 5_000
syntax-unexpected = unexpected `{ $word }`
syntax-expected = expected { $what }
syntax-field-type = expected a field type: number, money, percent, yes/no, text, days, hours, minutes, weeks, date, datetime or `one of` and its values
syntax-field-type-help = a type follows the colon: employees : number, industry : one of it, retail

# What the parser expected, said as a rule author reads it ("expected { $what }"), and a help
# line showing it written out.
syntax-expected-condition = a comparison such as `employees >= 10`
syntax-expected-condition-help = a condition compares a field with a value: employees >= 10, industry = it, need is known
syntax-expected-value = a value such as `10`, `budget` or `"text"`
syntax-expected-rating = a rating such as `90% when budget is known` or `otherwise 10%`
syntax-expected-rating-help = price importance 5 match 90% when budget >= 500_000, 40% when budget is known, otherwise 10%
syntax-expected-probability = a criterion such as `price importance 5 match 90% when budget >= 500_000`
syntax-expected-probability-help = price importance 5 match 90% when budget >= 500_000, otherwise 10%
syntax-expected-expectation = what the example should give: `class`, `temperature`, `score`, `fit` or `grade`
syntax-expected-expectation-help = expect class SQL, temperature hot
syntax-expected-gate-reason = `else "reason"` after the gate's condition
syntax-expected-gate-reason-help = every gate needs a reason: require employees >= 10 else "too small"
syntax-expected-gate = a gate: `require` or `reject`
syntax-expected-gate-help = require employees >= 10 else "too small"
syntax-expected-when = `when` and a condition
syntax-expected-when-help = +30 when ICP.fit >= 70%
syntax-expected-otherwise = `otherwise`
syntax-expected-weight = `weight` and a number after the condition
syntax-expected-weight-help = each line of a profile is a condition and its weight: employees >= 50 weight 3
syntax-expected-field = a field such as `employees : number`
syntax-expected-field-help = employees : number from "employees"
syntax-expected-criterion = a criterion such as `budget : budget >= 500_000`
syntax-expected-class-rule = a class rule such as `SQL when score >= 60`
syntax-expected-temperature-rule = a rule such as `hot when timeline <= 30 days`
syntax-expected-points = points such as `+30 when ...`
syntax-expected-points-help = each score line gives or takes points: +30 when ICP.fit >= 70%, -20 when source = cold_call
syntax-expected-importance = `importance` and a number
syntax-expected-match = `match` and the ratings
syntax-expected-percent = a percentage such as `70%`
syntax-expected-size = `size` and the deal's size
syntax-expected-size-help = deal {"{"} size budget probability {"{"} ... {"}"} {"}"}
syntax-expected-probability-block = `probability {"{"} ... {"}"}`
syntax-expected-pass-rule = a pass rule: `all`, `any`, `3 of 4`, `at least 3` or `3`
syntax-expected-pass-help = framework BANT pass 3 of 4 {"{"} ... {"}"}
syntax-expected-pass = `pass` and a pass rule
syntax-expected-of = `of` and the number of criteria
syntax-expected-of-help = pass 3 of 4
syntax-expected-least = `least`
syntax-expected-least-help = pass at least 3
syntax-expected-at = `at` and a number
syntax-expected-at-help = score engagement capped at 100 {"{"} ... {"}"}
syntax-expected-duration = a duration such as `15 minutes`
syntax-expected-duration-help = respond within 15 minutes
syntax-expected-unit = a unit: minutes, hours, days or weeks
syntax-expected-unit-help = durations carry their unit: 15 minutes, 1 hour, 90 days
syntax-expected-lead = `lead {"{"} ... {"}"}` with the example's values
syntax-expected-lead-help = lead {"{"} employees: 200, budget: 600_000 {"}"}
syntax-expected-lead-entry = a field and its value, such as `employees: 200`
syntax-expected-lead-value = a value such as `200`, `"text"`, `yes` or a name
syntax-expected-known = `known` or `unknown`
syntax-expected-known-help = need is known
syntax-expected-in = `in` and a list
syntax-expected-in-help = role not in [intern, manager]
syntax-expected-text = a text in quotes, such as `"too small"`
syntax-expected-text-help = put text in double quotes, like "too small"
syntax-expected-number = a number
syntax-expected-date = a date such as `2026-12-01`
syntax-expected-name = a name
syntax-expected-member = a name after the `.`
syntax-expected-member-help = BANT.budget
syntax-expected-lbrace = `{"{"}`
syntax-expected-rbrace = `{"}"}`
syntax-expected-rparen = `)`
syntax-expected-lbracket = `[`
syntax-expected-lbracket-help = list the values in brackets: role in [ceo, cto]
syntax-expected-rbracket = `]`
syntax-expected-rbracket-help = close the list with `]`: role in [ceo, cto]
syntax-expected-colon = `:`
syntax-expected-comma = `,`
syntax-expected-and = `and`
syntax-expected-or = `or`
syntax-expected-comparison = a comparison such as `>=`
syntax-expected-operator = an operator

# Slips the parser repairs: numbers as people type them, Russian and misspelt words, letters
# from the wrong alphabet, a comma left at a list's end.
syntax-number-too-large = `{ $written }` is larger than leadrules can hold exactly
syntax-number-too-large-label = too large
syntax-number-too-many-digits = this number of { $digits } digits is larger than leadrules can hold exactly
syntax-number-max-digits-help = write a number of at most { $digits } digits before the point
syntax-number-rounded-note = below 1_000_000_000_000_000 every whole number is held exactly; a larger one would be rounded
syntax-number-spaces-and-decimal-comma = `{ $written }` groups its digits with spaces and marks the decimals with a comma
syntax-number-spaces = `{ $written }` groups its digits with spaces
syntax-number-thousands-commas = `{ $written }` groups its digits with commas
syntax-number-decimal-comma = `{ $written }` marks the decimals with a comma
syntax-number-ambiguous-comma = `{ $written }` has a comma, which may group thousands or mark decimals
syntax-number-abbreviated = `{ $written }` shortens the number with `{ $abbreviation }`
syntax-number-exponent = `{ $written }` is written with an exponent
syntax-number-fraction = a percentage is expected here, not the number `{ $written }`
syntax-number-not-a-percentage-label = not a percentage
syntax-number-not-as-rules-write-label = not a number as rules write it
syntax-number-percent-note = a percentage is written with `%`: 80% (not 0.8)
syntax-number-max-digits-note = numbers may have at most { $digits } digits before the point (below 1_000_000_000_000_000), where every whole number is held exactly
syntax-number-rules-write-note = rules write numbers in full, group digits with `_` and mark decimals with `.`: 1_500_000.50
syntax-number-smaller-help = write a smaller number in full, with `_` between digit groups: 1_000_000_000
syntax-russian-word = `{ $word }` is a Russian word; rules are written with the English keyword `{ $keyword }`
syntax-not-a-unit = `{ $word }` is not a unit of time
syntax-not-a-unit-label = unknown unit
syntax-not-a-word = `{ $word }` is not a word of the language
syntax-not-a-word-label = misspelt
syntax-look-alike = letter { $position } of `{ $word }` is the Cyrillic `{ $letter }`, which looks like the Latin `{ $latin_letter }`
syntax-look-alike-label = Cyrillic `{ $letter }` (U+{ $code })
syntax-write-in-latin = write it in Latin letters: { $choices }
syntax-trailing-comma = a list cannot end with `,`
syntax-trailing-comma-label = nothing follows this comma
syntax-trailing-comma-help = remove the comma after the list's last value
syntax-bare-expectation = an expectation says what `{ $word }` is: a class, a temperature or a grade
syntax-bare-expectation-label = say what this is
syntax-write = write { $choices }
syntax-write-instead = write { $choices } instead of `{ $written }`
syntax-did-you-mean-choices = did you mean { $choices }? write the one you meant instead of `{ $written }`
syntax-fix-remove = remove it
syntax-fix-write = write `{ $replacement }`

# Literals that are well-formed but not real values, and what the converter refuses.
syntax-whole-number-of-criteria = expected a whole number of criteria
syntax-whole-number-label = not a whole number
syntax-whole-number-of-criteria-help = count criteria with a whole number: pass 3 of 4
syntax-unknown-escape = unknown escape `\{ $escaped }` in text
syntax-unknown-escape-label = not an escape
syntax-unknown-escape-help = only `\"` (a quote) and `\\` (a backslash) can follow a backslash
syntax-not-a-real-date = `{ $text }` is not a real date
syntax-not-a-real-date-label = no such date or time
syntax-not-a-real-date-help = write year-month-day and an optional 24-hour time: 2026-12-01 or 2026-12-01 09:30
syntax-not-read = this part could not be read
syntax-not-read-label = not understood here
syntax-not-read-note = this is a bug in leadrules, not in your rules: please report it
syntax-condition-too-long = this condition is too long to read
syntax-condition-too-long-label = too long
syntax-condition-too-long-help = split it: give parts of it a name in a framework or a profile
syntax-written-twice = `{ $what }` is written twice for `{ $field }`
syntax-written-twice-label = written again here
syntax-key-once-help = write `key` once
syntax-from-once-help = list every column in one `from`: from "id", "ID"

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

## End of section: cli

