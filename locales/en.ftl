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
syntax-gate-no-reason-label = expected `{ $else } "reason"` at the end of this line
syntax-gate-no-reason-help = end the gate with the reason a lead is turned away: `require employees >= 10 else "too small"`
syntax-negative-label = negative
syntax-negative-weight = a weight cannot be negative
syntax-negative-weight-help = a weight says how much a criterion counts, from 0 up: `employees >= 50 weight 3`; to count against a lead, give it negative points in a score: `-20 when source = cold_call`
syntax-negative-importance = an importance cannot be negative
syntax-negative-importance-help = an importance is a number from 0 up: `price importance 5`
syntax-negative-within = a time to respond cannot be negative
syntax-negative-within-help = write how long a salesperson has: `respond within 15 minutes`
syntax-negative-cap = a score's cap cannot be negative
syntax-negative-cap-help = cap a score at a number from 0 up: `score engagement capped at 100`
syntax-negative-match = a match cannot be negative
syntax-negative-match-help = a match is a percentage from 0% to 100%: `match 90% when ...`
syntax-negative-count = a count of criteria cannot be negative
syntax-negative-count-help = count criteria from 0 up: `pass 3 of 4`
syntax-plus-sign = the number after `{ $word }` is written without a sign: `{ $written }`
syntax-plus-sign-label = no `+` here
syntax-plus-sign-help = this number counts from 0 up and takes no sign: write `{ $number }`
syntax-not-an-operator = `{ $operator }` is not an operator of this language
syntax-write-here = write `{ $word }` here
syntax-logic-word-help = write `{ $word }` for `{ $operator }`: conditions are joined and negated with words
syntax-logic-rewrite-help = write `{ $word }` for `{ $operator }`: `{ $condition }`
syntax-percent-space = a `%` must follow its number directly
syntax-percent-space-label = no space before `%`
syntax-percent-space-help = write the percentage without a space: `{ $written }`
syntax-not-known = `{ $written }` is one word here: `{ $meant }`
syntax-missing-subject = `{ $operator }` has nothing on its left: each comparison names what it compares
syntax-rewrite-help = write it so: `{ $condition }`
syntax-currency = `{ $word }` after an amount: money is written as the number alone
syntax-currency-label = a currency, not a unit
syntax-currency-help = write the amount without a currency: `{ $number }`
syntax-fix-remove-word = remove `{ $word }`
syntax-comma-in-condition = a `,` does not join two conditions
syntax-comma-in-condition-label = conditions are joined by a word, not a comma
syntax-comma-in-condition-help = say how the conditions go together: { $choices }
syntax-unquoted-text = a text is written between quotes
syntax-unquoted-text-label = text without quotes
syntax-unquoted-text-help = put it between double quotes: `{ $quoted }`
syntax-unit-dot = `{ $word }.`: a unit is written without a dot
syntax-unit-dot-label = no dot after the unit
syntax-unit-dot-help = write the unit without the dot: `{ $written }`
syntax-value-after-operator = expected a value after `{ $operator }`
syntax-nothing-to-compare-label = nothing to compare with
syntax-nothing-after-operator-label = nothing after this operator
syntax-nothing-to-compare-help = write the value to compare with right after `{ $operator }`, on the same line: `{ $written } …` with a number, a field or a text for `…`
syntax-nothing-after-operator-help = write a number or a field right after `{ $operator }`, on the same line: `{ $written } …` with it for `…`
syntax-read-as-value-label = read as the value after `{ $operator }`, though it starts the next line
syntax-condition-after-word = expected a condition after `{ $word }` on the same line
syntax-nothing-after-word-label = nothing follows on this line
syntax-read-as-condition-label = read as the rest of the condition after `{ $word }`
syntax-condition-after-word-help = finish the condition after `{ $word }` on its own line, or remove `{ $word }`
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
syntax-comma-values-help = separate the values with commas: { $example }
syntax-comma-them-help = separate them with a comma: `{ $example }`
syntax-missing-comma-one-of = expected `,` between the values of `{ $one_of }`
syntax-missing-comma-one-of-label = the value before this needs a `,` after its spellings
syntax-comma-here-label = a `,` is missing here
syntax-colon-after-field-type = expected `:` between the field's name and its type
syntax-colon-after-criterion = expected `:` after the criterion's name
syntax-colon-after-field = expected `:` after the field's name
syntax-colon-help = write a colon after `{ $name }`: `{ $example }`
syntax-colon-not-equals-label = write `:` here instead of `=`
syntax-needless-word = `{ $word }` does not go after `{ $keyword }`
syntax-needless-word-label = remove this
syntax-needless-word-help = write `{ $line }`
syntax-pasted-dash = `{ $mark }` is a typographic dash, as word processors write a minus
syntax-pasted-dash-label = not the minus sign `-`
syntax-unit-left-out = `{ $number }` needs its unit of time
syntax-unit-left-out-label = no unit
syntax-deadline-units-help = a deadline is written with its unit of time: { $units }
syntax-expectation-connective = `{ $word }` does not join an example's expectations: they are separated by commas
syntax-expectation-connective-label = write `,` here
syntax-expectation-connective-help = separate the expectations with commas: `{ $line }`
syntax-list-after-equals = a list of values is compared with `{ $written }`, not `{ $op }`
syntax-list-after-equals-label = write `{ $written }` here
syntax-list-after-equals-list-label = a list of values
syntax-list-after-equals-help = write `{ $line }`
syntax-equals-unknown = `{ $written }` does not test for an empty value
syntax-equals-unknown-label = write `{ $written }`
syntax-equals-unknown-help = an empty value is tested with `is unknown`, a filled one with `is known`: `{ $line }`
syntax-said-comparison = `{ $said }` is written `{ $op }` in a rule
syntax-said-comparison-label = write `{ $op }`
syntax-said-comparison-help = write the comparison with its sign: `{ $line }`
syntax-catch-all-word = the last line is not written with `{ $word }`: it takes `{ $otherwise }`
syntax-catch-all-word-label = write `{ $otherwise }`
syntax-catch-all-word-help = the line every other lead gets reads `{ $line }`
syntax-catch-all-rating = the rating for every other lead is not written with `{ $word }`: it takes `{ $otherwise }`
syntax-catch-all-rating-help = the last rating reads `{ $line }`
syntax-said-range = `{ $said }` is written `{ $written }` in a rule
syntax-clause-before-condition = `{ $clause }` is written after the line's condition, not before `{ $when }`
syntax-clause-before-condition-label = comes after the condition
syntax-clause-before-condition-help = a line reads: the name, `{ $when }` and its condition, then the rest: `{ $line }`
syntax-fix-move-clause = move `{ $clause }` to the end of the line
syntax-said-deadline = a time to respond is written `{ $respond }` and a number with its unit, not `{ $said }`
syntax-said-deadline-label = write `{ $written }`
syntax-said-deadline-help = write the deadline as a number and a unit: `{ $line }`
syntax-soon-deadline = `{ $said }` is not a time the rules can count: a time to respond is written `{ $respond }` and a number with its unit
syntax-soon-deadline-label = how soon: in how many minutes or hours?
syntax-soon-deadline-help = say how soon as a number and a unit, for example `{ $line }`
syntax-business-days = `{ $written }`: the rules count days on the calendar, weekends and holidays included, not business days
syntax-business-hours = `{ $written }`: the rules count hours on the clock, nights and weekends included, not working hours
syntax-business-time-label = working time is not counted
syntax-business-time-help = write the time on the calendar: { $choices }
syntax-colon-after-name = no `:` after the name `{ $name }`: a rule is the name, then `when` and its condition, or `otherwise`
syntax-colon-after-name-label = no `:` here
syntax-colon-after-name-help = write the line without it: `{ $line }`
syntax-multiplier-weight = `{ $word }` takes a plain number, not a multiplier: `{ $written }`
syntax-multiplier-weight-label = write `{ $number }`
syntax-multiplier-weight-help = a line with `2` counts twice as much as a line with `1`: `{ $line }`
syntax-spaced-dot = `{ $written }` is one name: no spaces around the `.`
syntax-spaced-dot-label = a space around the dot
syntax-spaced-dot-help = write it without spaces: `{ $joined }`
syntax-empty-playbook = `{ $word }` has no text
syntax-empty-playbook-label = the playbook's text is missing here
syntax-empty-playbook-help = write what sales does with these leads in quotes after `{ $word }`, on the same line, such as `{ $word } "call within a day"`, or delete the line
syntax-said-around-value = `{ $said }` is written `{ $written }` in a rule
syntax-line-end-mark = a line does not end with `{ $mark }`
syntax-line-end-mark-label = nothing goes here
syntax-line-end-mark-help = write the line without it: `{ $line }`
syntax-two-word-value = `{ $written }` is two words: a value is one
syntax-two-word-value-label = a space inside the value
syntax-two-word-value-help = a value of a `one of` field is one word, as the field lists it, such as `{ $joined }`; a text goes in quotes: `{ $quoted }`
syntax-count-word = `{ $word }` after `{ $number }`: a count or an amount of points is written as the number alone
syntax-count-word-label = not a unit
syntax-count-word-help = write the number alone: `{ $line }`
syntax-percent-word = a percentage is written with `%`: `{ $written }`, not `{ $word }`
syntax-percent-word-label = write `%`
syntax-percent-word-help = write the sign right after the number: `{ $line }`
syntax-said-unit = `{ $word }` is not a unit of the language: the same time is `{ $written }`
syntax-said-unit-label = write `{ $written }`
syntax-said-unit-help = write the time in a unit the language has: `{ $line }`
syntax-keyword-in-capitals = `{ $word }` is a keyword in capitals: keywords are written in lower case
syntax-keyword-in-capitals-label = write `{ $keyword }`
syntax-keyword-in-capitals-help = write `{ $keyword }` instead of `{ $word }`
syntax-stray-word = `{ $word }` is not part of the condition before it
syntax-stray-word-label = read as the name of a new line
syntax-stray-word-next-label = so `{ $when }` or `{ $otherwise }` was expected here
syntax-stray-word-join-help = if `{ $word }` belongs to the name before it, join them with `_`: `{ $joined }`; if not, take it out
syntax-stray-word-help = take `{ $word }` out: a line ends with its condition
syntax-count-in-words = a pass rule counts in digits: `{ $written }`, not `{ $said }`
syntax-count-in-words-label = write `{ $written }`
syntax-count-in-words-help = write the counts as digits: `{ $line }`
syntax-currency-sign = `{ $written }`: money is written as the number alone, without a currency sign
syntax-currency-sign-label = no currency sign here
syntax-currency-sign-help = write the amount as a number: `{ $line }`
syntax-amount-in-words = `{ $word }` is not a number: `{ $keyword }` takes one
syntax-amount-in-words-label = a number goes here
syntax-amount-in-words-help = write a number after `{ $keyword }`, a bigger one for what matters more: such as 5 for high, 3 for medium and 1 for low
syntax-unclosed-list = the list is not closed: its `]` is missing
syntax-unclosed-list-label = `]` goes here
syntax-unclosed-list-word-label = `{ $word }` is read as one more value of the list
syntax-unclosed-list-help = close the list after its last value: `{ $line }`
syntax-reason-without-else = a gate's reason follows `{ $word }`
syntax-reason-without-else-label = `{ $word }` goes here
syntax-reason-without-else-help = write `{ $word }` before the reason: `{ $line }`
syntax-values-after-equals = values listed after `{ $op }` are written as a list: `{ $written }`
syntax-values-after-equals-label = a second value after a comma
syntax-values-after-equals-help = write the values in brackets: `{ $line }`
syntax-chained-comparison = a condition compares `{ $subject }` once: two comparisons are joined with `and`
syntax-chained-comparison-label = write `{ $written }`
syntax-chained-comparison-help = repeat the subject after `and`: `{ $line }`
syntax-percent-weight = `{ $keyword }` takes a plain number, not a percentage
syntax-percent-weight-help = weights count against each other, so a criterion's share of the total needs no `%`: `{ $line }`
syntax-percent-expected-score = a score is a number of points, not a percentage
syntax-percent-after-number-label = `%` after a plain number
syntax-pass-percent = a pass rule counts criteria, not a percentage of them
syntax-pass-percent-label = a percentage
syntax-pass-percent-help = { $percent } of { $count ->
    [one] { $count } criterion
   *[other] { $count } criteria
} is at least { $met }: `{ $line }`
syntax-pass-percent-unknown-help = say how many criteria must be met, such as `{ $example }`
syntax-said-pass-rule = the pass rule is written `{ $written }`, not `{ $said }`
syntax-said-pass-rule-label = write `{ $written }`
syntax-said-pass-rule-help = write the pass rule as the language has it: `{ $line }`
syntax-share-of-amount = a share of an amount is written as a multiplication, not `{ $said }`
syntax-share-of-amount-label = write `{ $written }`
syntax-share-of-amount-help = multiply the amount by the percentage: `{ $line }`
syntax-header-colon = a block opens with `{"{"}` right after its header, without a `:`
syntax-header-colon-label = no `:` here
syntax-header-colon-help = write the header and its brace: `{ $header } {"{"}`
syntax-fix-remove-colon = remove the `:`
syntax-name-before = expected a name before `{ $word }`
syntax-name-missing-label = the rule's name is missing
syntax-name-first-help = each rule starts with its name: { $example }
syntax-name-after-label = `{ $word }` goes after the name
syntax-name-comes-first-help = the { $kind ->
    [temperature] temperature
   *[other] class
} name comes first: `{ $written }`
syntax-reserved-word = `{ $word }` is a reserved word and cannot be used as a name
syntax-reserved-word-label = reserved word
syntax-reserved-word-help = choose another name, such as `{ $word }_value`
syntax-when-or-otherwise = expected `{ $when }` followed by a condition, or `{ $otherwise }`
syntax-when-or-otherwise-temperature-help = each rule is a name and when it applies: `hot when timeline <= 30 days`, or `cold otherwise`
syntax-when-or-otherwise-class-help = each rule is a class and when it applies: `SQL when score >= 60`, or `nurture otherwise`
syntax-range-and = expected `{ $and }` and the upper end of the range
syntax-range-and-help = a range names both ends: `employees between 50 and 5_000`
syntax-unexpected = unexpected `{ $word }`
syntax-expected = expected { $what }
syntax-field-type = expected a field type: `{ $number }`, `{ $money }`, `{ $percent }`, `{ $yes_no }`, `{ $text }`, `{ $days }`, `{ $hours }`, `{ $minutes }`, `{ $seconds }`, `{ $weeks }`, `{ $months }`, `{ $years }`, `{ $date }`, `{ $datetime }` or `{ $one_of }` and its values
syntax-field-type-help = a type follows the colon: `employees : number`, `industry : one of it, retail`

# What the parser expected, said as a rule author reads it ("expected { $what }"), and a help
# line showing it written out.
syntax-expected-condition = a comparison such as `employees >= 10`
syntax-expected-condition-help = a condition compares a field with a value: `employees >= 10`, `industry = it`, `need is known`
syntax-expected-value = a value such as `10`, `budget` or `"text"`
syntax-expected-rating = a rating such as `90% { $when } budget { $known }` or `{ $otherwise } 10%`
syntax-expected-rating-help = `price importance 5 match 90% when budget >= 500_000, 40% when budget is known, otherwise 10%`
syntax-expected-probability = a criterion such as `price { $importance } 5 { $match } 90% { $when } budget >= 500_000`
syntax-expected-probability-help = `price importance 5 match 90% when budget >= 500_000, otherwise 10%`
syntax-expected-expectation = what the example should give: `{ $class }`, `{ $temperature }`, `{ $score }`, `{ $fit }` or `{ $grade }`
syntax-expected-expectation-help = `expect class SQL, temperature hot`
syntax-expected-gate-reason = `{ $else } "reason"` after the gate's condition
syntax-expected-gate-reason-help = every gate needs a reason: `require employees >= 10 else "too small"`
syntax-expected-gate = a gate: `{ $require }` or `{ $reject }`
syntax-expected-gate-help = `require employees >= 10 else "too small"`
syntax-expected-when = `{ $when }` and a condition
syntax-expected-when-help = a line of rules names its condition after `when`
syntax-expected-otherwise = `{ $otherwise }`
syntax-expected-weight = `{ $weight }` and a number after the condition
syntax-expected-weight-help = each line of a profile is a condition and its weight: `employees >= 50 weight 3`
syntax-expected-field = a field such as `employees : { $number }`
syntax-expected-field-help = `employees : number from "employees"`
syntax-expected-criterion = a criterion such as `budget : budget >= 500_000`
syntax-expected-class-rule = a class rule such as `SQL { $when } { $score } >= 60`
syntax-expected-temperature-rule = a rule such as `hot { $when } timeline <= 30 { $days }`
syntax-expected-points = points such as `+30 { $when } ...`
syntax-expected-points-help = each score line gives (`+`) or takes (`-`) points when its condition holds
syntax-when-before-condition-help = write `{ $when }` before the condition: `{ $line }`
syntax-points-sign-help = points start with `+` (given) or `-` (taken): { $choices }
syntax-points-missing-help = write the points before `{ $when }`, with `+` to give them or `-` to take them: `+<points> { $line }`
syntax-expected-per = `{ $per }` and a step
syntax-expected-growth-cap = `{ $capped }` and the most points the line may give
syntax-expected-growth-step = a step such as `60 seconds` or `10`
syntax-expected-growth-help = `+1 per 60 seconds of time_on_site capped at 20`
syntax-expected-importance = `{ $importance }` and a number
syntax-expected-match = `{ $match }` and the ratings
syntax-expected-percent = a percentage such as `70%`
syntax-expected-size = `{ $size }` and the deal's size
syntax-expected-size-help = `deal {"{"} size budget probability {"{"} ... {"}"} {"}"}`
syntax-expected-probability-block = `{ $probability } {"{"} ... {"}"}`
syntax-expected-pass-rule = a pass rule: `{ $all }`, `{ $any }`, `3 { $of } 4`, `{ $at_least } 3` or `3`
syntax-expected-pass-help = `framework BANT pass 3 of 4 {"{"} ... {"}"}`
syntax-expected-pass = `{ $pass }` and a pass rule
syntax-expected-of = `{ $of }` and the number of criteria
syntax-expected-of-help = `pass 3 of 4`
syntax-expected-least = `{ $least }`
syntax-expected-least-help = `pass at least 3`
syntax-expected-at = `{ $at }` and a number
syntax-expected-at-help = `score engagement capped at 100 {"{"} ... {"}"}`
syntax-expected-duration = a duration such as `15 { $minutes }`
syntax-expected-duration-help = `respond within 15 minutes`
syntax-expected-unit = a unit: `seconds`, `minutes`, `hours`, `days`, `weeks`, `months` or `years`
syntax-expected-unit-help = durations carry their unit: `15 minutes`, `1 hour`, `90 days`
syntax-expected-lead = `{ $lead } {"{"} ... {"}"}` with the example's values
syntax-expected-lead-help = `lead {"{"} employees: 200, budget: 600_000 {"}"}`
syntax-expected-lead-entry = a field and its value, such as `employees: 200`
syntax-expected-lead-value = a value such as `200`, `"text"`, `{ $yes }` or a name
syntax-expected-known = `{ $known }` or `{ $unknown }`
syntax-expected-known-help = `need is known`
syntax-expected-in = `{ $in }` and a list
syntax-expected-in-help = `role not in [intern, manager]`
syntax-expected-text = a text in quotes, such as `"too small"`
syntax-expected-text-help = put text in double quotes, like "too small"
syntax-expected-number = a number
syntax-expected-date = a date such as `2026-12-01`
syntax-expected-name = a name
syntax-expected-member = a name after the `.`
syntax-expected-member-help = `BANT.budget`
syntax-expected-lbrace = `{"{"}`
syntax-expected-rbrace = `{"}"}`
syntax-expected-rparen = `)`
syntax-expected-lbracket = `[`
syntax-expected-lbracket-help = list the values in brackets: `role in [ceo, cto]`
syntax-expected-rbracket = `]`
syntax-expected-rbracket-help = close the list with `]`: `role in [ceo, cto]`
syntax-expected-colon = `:`
syntax-expected-comma = `,`
syntax-expected-and = `{ $and }`
syntax-expected-or = `{ $or }`
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
syntax-not-a-unit = `{ $word }` is not a unit of time
syntax-not-a-unit-label = unknown unit
syntax-units-help = after a number write a unit of time: { $units }; money and counts are written as the number alone
syntax-not-a-word = `{ $word }` is not a word of the language
syntax-not-a-word-label = misspelt
syntax-look-alike = letter { $position } of `{ $word }` is the Cyrillic `{ $letter }`, which looks like the Latin `{ $latin_letter }`
syntax-look-alike-label = Cyrillic `{ $letter }` (U+{ $code })
syntax-write-in-latin = write it in Latin letters: { $choices }
syntax-look-alike-latin = letter { $position } of `{ $word }` is the Latin `{ $letter }`, which looks like the Cyrillic `{ $cyrillic_letter }`
syntax-look-alike-latin-label = Latin `{ $letter }` (U+{ $code })
syntax-write-in-cyrillic = write it in Cyrillic letters: { $choices }
syntax-trailing-comma = a list cannot end with `,`
syntax-trailing-comma-label = nothing follows this comma
syntax-trailing-comma-help = remove the comma after the list's last value
syntax-bare-expectation = an expectation says what `{ $word }` is: a class, a temperature or a grade
syntax-bare-expectation-label = say what this is
syntax-bare-expectation-known-help = `{ $word }` is a { $kind ->
    [temperature] temperature
    [grade] grade
   *[other] class
} of this definition: write `{ $replacement }`
syntax-one-of-texts = the values of `{ $one_of }` are names, not texts
syntax-one-of-texts-label = a text where a value's name goes
syntax-one-of-texts-help = name each value, put the CRM's spellings in parentheses after it, and separate the values with `,`: `{ $example }`
syntax-pasted-quotes = `{ $mark }` is a typographic quote mark: a text is written between straight quotes `"`
syntax-pasted-quotes-label = quotes of a word processor
syntax-pasted-semicolon = `;` does not separate anything in this language
syntax-pasted-semicolon-label = `;` where a list takes `,`
syntax-pasted-semicolon-end-help = remove the `;`: a line ends without one: `{ $line }`
syntax-pasted-date = `{ $written }` is a date written the way a spreadsheet shows it
syntax-pasted-date-label = day, month and year: the language writes year-month-day
syntax-pasted-quoted-name = `{ $written }` is a name here, written without quotes
syntax-pasted-quoted-name-label = a name, not a text
syntax-pasted-spaced-name = `{ $written }` is two words: a class name is one
syntax-pasted-spaced-name-label = a space inside the name
syntax-write = write { $choices }
syntax-write-instead = write { $choices } instead of `{ $written }`
syntax-did-you-mean-choices = did you mean { $choices }? write the one you meant instead of `{ $written }`
syntax-fix-remove = remove it
syntax-fix-remove-plus = remove the `+`
syntax-percent-points = points are a number, not a percentage
syntax-percent-points-label = `%` after the points
syntax-percent-points-help = write the points without `%`: `{ $line }`
syntax-fix-remove-percent = remove the `%`
syntax-slash-comment = a comment starts with `#`, not `//`
syntax-slash-comment-label = `//` starts no comment here
syntax-slash-comment-help = write `#` instead of `//`: `{ $line }`
syntax-fix-write = write `{ $replacement }`

# Literals that are well-formed but not real values, and what the converter refuses.
syntax-whole-number-of-criteria = expected a whole number of criteria
syntax-whole-number-label = not a whole number
syntax-whole-number-of-criteria-help = count criteria with a whole number: `pass 3 of 4`
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
syntax-unit-not-for-type = only `number` is declared with a unit
syntax-unit-not-for-type-label = a unit after a type that is not `number`
syntax-unit-not-for-type-help = a duration is declared by its unit alone, `{ $unit }`, or as `number in { $unit }`
syntax-key-once-help = write `key` once
syntax-from-once-help = list every column in one `from`: `from "id", "ID"`
syntax-unknown-when-once-help = list every placeholder in one `unknown when`: unknown when "Select", "-"

## End of section: syntax

## Section: check

# Kinds of value, said inside sentences ("this is { $kind }").
check-type-yes-no = yes/no
check-type-number = a number
check-type-money = money
check-type-percent = a percentage
check-type-duration = a duration
check-type-text = text
check-type-one-of = a `one of` value
check-type-date = a date
check-type-date-time = a date and time
check-type-error = an invalid value

# Shared by the checker's diagnostics.
check-this-is = this is { $kind }
check-did-you-mean = did you mean `{ $name }`?
check-fix-write = write `{ $text }`
check-fix-write-for = write `{ $name }` for `{ $written }`
check-unknown-name = unknown name `{ $name }`
check-not-declared = not declared
check-the-first-one = the first one

# Expressions (check/expr.rs).
check-not-a-condition = `{ $expr }` is not a yes/no condition
check-condition-help-number = compare it with something, such as `{ $expr } >= 10`
check-condition-help-one-of = say which value you mean, such as `{ $expr } = { $example }`
check-condition-help-text = test it, such as `{ $expr } is known` or `{ $expr } contains "..."`
check-condition-help-other = compare it with something, or test it with `{ $expr } is known`
check-does-not-make-sense = `{ $expr }` does not make sense
check-does-not-make-sense-help = compare fields with values of the same kind: numbers with numbers, dates with dates
check-negative-not-a-number = only numbers can be negative, this is { $kind }
check-contains-not-text = `contains` looks inside text, but this is { $kind }
check-contains-needs-text = `contains` needs quoted text to look for
check-contains-needs-text-label = expected text in quotes
check-contains-needs-text-help = write the words to look for in quotes, such as `need contains "backup"`
check-not-a-value-of = `{ $value }` is not one of the values of `{ $field }`
check-field-can-be = `{ $field }` can be: { $values }
check-use-listed-value = use one of the values listed for `{ $field }` in `fields`, or add this one there
check-too-many-dots = a reference has at most one dot
check-too-many-dots-label = too many parts
check-too-many-dots-help = write `field`, or `framework.criterion` such as `BANT.budget`
check-framework-as-value = `{ $name }` is a framework: say what you want to know about it
check-framework-as-value-label = a framework, not a yes/no value
check-framework-as-value-help = write `{ $name } passes`, `{ $name } fails`, or one criterion such as `{ $name }.{ $criterion }`
check-placeholder-criterion = criterion
check-profile-as-value = `{ $name }` is a profile: refer to its fit
check-profile-as-value-label = a profile, not a value
check-profile-as-value-help = write `{ $name }.fit`, such as `{ $name }.fit >= 70%`
check-deal-as-value = `deal` alone is not a value
check-deal-as-value-label = not a value
check-deal-as-value-help = write `deal.size`, `deal.probability` or `deal.priority`
check-no-minimum = there is no `minimum` block to refer to
check-no-minimum-label = no gates declared
check-no-minimum-help = add a `minimum {"{"} require ... else "..." {"}"}` block, or remove this reference
check-no-unnamed-score = there is no unnamed `score` block to refer to
check-no-unnamed-score-label = no such score
check-scores-are-named = the scores here are named: did you mean `{ $name }`?
check-add-a-score = add a `score {"{"} +10 when ... {"}"}` block
check-unknown-name-help = declare `{ $name }` in the `fields` block, or check the spelling
check-not-a-criterion = `{ $member }` is not a criterion of framework `{ $owner }`
check-not-a-profile-property = `{ $member }` is not a property of profile `{ $owner }`
check-not-a-property = `{ $member }` is not a property of `{ $owner }`
check-no-such-part = no such part
check-owner-has = `{ $owner }` has: { $options }
check-deal-part-undefined = `deal.{ $member }` is not defined
check-deal-part-undefined-label = nothing computes this
check-deal-part-undefined-help = add a `deal {"{"} size ... probability {"{"} ... {"}"} {"}"}` block that defines it
check-field-has-no-parts = field `{ $field }` has no parts
check-field-has-no-parts-label = nothing to look up after the dot
check-field-has-no-parts-help = refer to the field itself: `{ $field }`
check-unknown-owner-help = the part before the dot must be a framework, a profile or `deal`
check-no-framework = there is no framework `{ $name }`
check-not-a-framework = not a framework
check-minimum-passes = the gates of `minimum` are a condition of their own, not a framework: `{ $written }` is written `{ $meant }`
check-minimum-passes-label = write `{ $meant }`
check-minimum-passes-help = `minimum` holds when the lead passes every gate, and `not minimum` when it fails one: write `{ $meant }`
check-no-framework-help = only a framework can pass or fail: declare one with `framework NAME pass ... {"{"} ... {"}"}`
check-only-equality = { $kind } can only be compared with `=` or `!=`
check-different-value-lists = `{ $first }` and `{ $second }` have different lists of values
check-cannot-compare = cannot compare { $left } with { $right }
check-cannot-compare-help = compare a field with a value of the same kind, such as `employees >= 10` or `industry = it`
check-quoted-yes-no-help = yes and no are written without quotes: write `{ $word }`
check-cannot-compare-units = cannot compare { $left } with { $right }
check-met-percent = `{ $framework }.met` counts criteria: it cannot be compared with `{ $percent }`
check-met-percent-label = this is a percentage
check-met-count-label = the number of `{ $framework }`'s { $count } { $count ->
    [one] criterion
   *[other] criteria
} that are met
check-met-percent-help = `{ $framework }` has { $count } { $count ->
    [one] criterion
   *[other] criteria
}, and { $percent } of them is { $met }: write `{ $written }`
check-met-percent-choices-help = `{ $framework }` has { $count } { $count ->
    [one] criterion
   *[other] criteria
}, and { $percent } of them is { $exact }, not a whole number: write { $choices }
check-unit-help-duration = a duration can only be compared with another duration, such as `timeline <= 90 days`
check-unit-help-percent = a percentage can only be compared with a percentage, such as `ICP.fit >= 70%`
check-score-percent-help = a score is a number of points, not a percentage: `{ $written }`
check-unit-help-other = compare amounts of money with money and counts with counts
check-unit-help-declare = if `{ $field }` counts a unit of time, declare it with its unit: `{ $declaration }`; it then meets durations of any unit
check-missing-unit = this number needs a unit to be compared with { $kind }
check-missing-unit-label = no unit
check-write-the-unit = write the unit, such as `{ $example }`
check-percent-fraction-or-tiny = write `{ $as_percent }` if `{ $written }` is a fraction of one, or `{ $as_written }` if less than one percent is meant
check-percent-fraction = `{ $written }` reads as a fraction of one: as a percentage it is `{ $as_percent }` (`{ $as_written }` would be less than one percent)
check-percent-one = write `{ $as_percent }` if the whole is meant, or `{ $as_written }` for one percent
check-percent-sign = write the percent sign: `{ $as_written }`
check-cannot-calculate = cannot calculate { $left } { $op } { $right }
check-units-do-not-combine = these units do not combine this way
check-units-do-not-combine-help = multiply or divide by a plain number or a percentage, such as `budget * 20%`
check-yes-no-not-a-number = `{ $expr }` is yes/no, not a number
check-is-a-number = `{ $number }` is a number
check-yes-no-words = write `{ $word }` for `{ $number }`: yes/no values are `{ $yes }` and `{ $no }`

# Examples (check/examples.rs).
check-example-named-twice = two examples are named "{ $name }"
check-example-named-twice-label = a second example with this name
check-example-named-twice-help = give each example its own name, so a failing one can be told apart
check-example-field-twice = `{ $field }` is given twice in this lead
check-example-field-twice-label = given again
check-example-field-twice-help = give each field once
check-example-unknown-field = unknown field `{ $name }`
check-example-unknown-field-label = not a field
check-example-unknown-field-help = an example lead can only give fields declared in `fields`
check-example-percent-fraction = `{ $value }` for the percentage `{ $field }` has no `%`
check-example-percent-fraction-label = a percentage written without `%`
check-example-cannot-hold = `{ $field }` cannot hold `{ $value }`
check-example-field-is = `{ $field }` is { $kind }
check-example-give = give `{ $field }` { $kind }
check-not-in-the-list = not in the list
check-example-no-score = there is no score `{ $name }`
check-example-not-a-score = not a score
check-example-no-score-block = there is no `score` block to compare with
check-example-scores-are = the scores are: { $names }
check-example-no-profile = there is no profile to have a `fit`
check-example-no-profile-label = no profile
check-example-no-profile-help = add a `profile ICP {"{"} ... {"}"}` block, or remove this expectation
check-example-impossible-fit = a fit of { $fit }% cannot happen
check-example-impossible-fit-label = a fit is between 0% and 100%
check-example-impossible-fit-help = expect a fit between 0% and 100%
check-example-not-a-grade = `{ $name }` is not a grade
check-example-not-a-grade-label = not a grade
check-example-grade-meant-help = a grade is a capital Latin letter: write `{ $grade }` instead of `{ $name }`
check-fix-write-grade = write `{ $grade }`
check-example-not-a-grade-help = a profile's grade is one of A, B, C, D or F, and needs a `profile` block
check-example-class-never-given = the example expects the class `{ $name }`, but no classify rule gives it
check-example-class-never-given-label = no rule gives this class
check-example-class-given-twice = `{ $class }` is given a second time here: was this line `{ $name }`?
check-example-class-overwritten-help = if a class line was overwritten, restore the rule that gives `{ $name }`; if the example is wrong, expect one of { $classes }
check-example-add-class-help = add a classify rule that gives `{ $name }`, or, if the example is wrong, expect one of { $classes }
check-example-no-temperature = there is no temperature `{ $name }`
check-example-not-a-temperature = not a temperature
check-example-temperatures-are = the temperature names are: { $names }
check-example-frameworks-are = the framework names are: { $names }

# Blocks (check/blocks.rs).
check-no-fields-block = there is no `fields` block
check-no-fields-block-label = the rules need fields to read
check-no-fields-block-help = declare the lead's fields: `fields {"{"} employees : number from "employees" {"}"}`
check-no-classify-block = there is no `classify` block
check-no-classify-block-label = no lead would get a class
check-no-classify-block-help = add `classify {"{"} SQL when ... MQL when ... nurture otherwise {"}"}`; a file meant only to be used by other definitions has no `definition` line
check-pass-rule-count = the pass rule counts { $of } criteria, but `{ $name }` has { $count }
check-pass-rule-count-label = says { $of }
check-pass-rule-count-criteria = { $count } criteria here
check-pass-rule-count-help = write `pass { $needed } of { $count }`, or add the missing criteria
check-impossible-pass-rule = `{ $name }` can never pass: it asks for { $needed } criteria but has only { $count }
check-impossible-pass-rule-label = more than there are
check-impossible-pass-rule-help = ask for at most { $count }, such as `pass { $example } of { $count }`, or add criteria
check-pass-rule-zero = `{ $name }` would pass every lead: it asks for 0 criteria
check-pass-rule-zero-label = always passes
check-pass-rule-zero-help = ask for at least one criterion, such as `pass any`
check-deal-size-not-money = the deal size must be an amount of money
check-deal-size-not-money-help = use a money field or a calculation with one, such as `size budget` or `size ad_spend * 12`
check-rating-out-of-range = a match is rated from 0% to 100%
check-rating-out-of-range-label = outside 0%..100%
check-rating-out-of-range-help = rate how well we match this criterion between 0% and 100%
check-since-not-a-date = the response clock must start from a date, but `{ $name }` is { $kind }
check-since-not-a-date-label = not a date
check-since-not-a-date-help = name a `datetime` field, such as the time the lead entered the CRM: `temperature since created_at`
check-since-unknown-help = name a `datetime` field declared in `fields`
check-after-otherwise = `{ $name }` comes after `otherwise` and can never be chosen
check-after-otherwise-label = never reached
check-after-otherwise-stops = every lead that gets here stops at this `otherwise`
check-after-otherwise-help = move this line above the `otherwise` line; `otherwise` must be last
check-missing-otherwise = `{ $block }` has no `otherwise` line
check-missing-otherwise-label = some leads would match no line
check-missing-otherwise-help = end the block with a catch-all line, such as `{ $example }`, so every lead gets exactly one answer
check-growth-not-numeric = points can grow only with a number, money, a percentage or a duration: `{ $name }` is none of them
check-growth-not-numeric-help = write a numeric field after the step, e.g. `+1 per 60 seconds of time_on_site capped at 20`; for a yes/no or `one of` field write a fixed line: `+5 when ...`
check-growth-step-unit = the step must be written in the unit of `{ $name }`, which is { $kind }
check-growth-step-unit-label = step `{ $step }`
check-growth-step-unit-help = a duration takes a duration (`60 seconds`), a percentage a percentage (`5%`), a number or money a bare number (`10`, `1000`)
check-growth-step-duration-help = write the step's unit, such as `{ $step } days` or `{ $step } minutes`
check-growth-step-not-positive = the step of a growing line must be more than 0
check-growth-step-not-positive-label = step `{ $step }`
check-growth-step-not-positive-help = the line gives its points for every whole step: give a step such as `60 seconds` or `10`
check-growth-cap-zero = the cap of a growing line must not be 0
check-growth-cap-label = { $cap }
check-growth-cap-zero-help = the cap is the most the line gives (`capped at 20`); to drop the line, remove it
check-growth-cap-sign = the cap must have the sign of the points (`{ $points }`)
check-growth-cap-sign-help = write the cap without a sign (`capped at 20`): it takes the sign of the points
check-weight-not-positive = a weight must be more than 0
check-weight-not-positive-label = weight { $value }
check-weight-not-positive-help = give a positive weight, or remove the line if it does not matter
check-importance-not-positive = an importance must be more than 0
check-importance-not-positive-label = importance { $value }
check-importance-not-positive-help = give a positive importance, or remove the line if it does not matter

# Conditions with the same answer for every lead (check/constant.rs).
check-always-computed = `{ $name }` is always computed (an unknown answer counts as not met)
check-written-value-known = a written value is always known
check-never-unknown = `{ $expr }` is never unknown, so this test is always true
check-never-unknown-help = to ask whether the data behind `{ $expr }` is there, test the fields it reads with `{ $known }`; otherwise remove the test
check-fix-swap-bounds = swap the bounds: `{ $between } { $high } { $and } { $low }`
check-backwards-range = the range is backwards: nothing is between `{ $low }` and `{ $high }`
check-backwards-range-label = `{ $low }` is more than `{ $high }`
check-backwards-range-help = the smaller bound comes first: write `{ $between } { $high } { $and } { $low }`, or correct the bound that is wrong
check-one-value-range = the range from `{ $low }` to `{ $high }` holds only one value
check-one-value-range-label = both bounds are the same
check-one-value-range-help = correct the bound that is wrong, or, if exactly `{ $low }` is meant, write `= { $low }`
check-contradiction = no lead can have both `{ $first }` and `{ $second }`
check-contradiction-label = contradicts `{ $first }`
check-contradiction-first = this comes first
check-contradiction-help = this condition is never true: correct the comparison that is wrong, or write `{ $or }` instead of `{ $and }` if either one is meant
check-contradiction-chain = no lead can have `{ $second }` together with { $earlier }
check-contradiction-chain-label = together with the comparisons before it, no value is left
check-gates-contradict = no lead passes both `{ $first }` and `{ $second }`
check-gates-contradict-label = no value passes this gate and `{ $first }` both: every lead whose value is known is stopped here
check-gates-contradict-help = correct the gate that is wrong: `{ $minimum }` lets a lead through only when it passes every gate
check-or-always-true = { $tests } together let every value through: this condition is always true
check-or-always-true-help = a condition every lead meets decides nothing: correct the comparison that is wrong, or remove the condition
check-or-part = one of the alternatives
check-or-true-when-known = { $tests } together let every value of `{ $name }` through
check-or-true-when-known-label = true for every lead whose `{ $name }` is known, unknown for a lead without it
check-or-true-when-known-help = if every lead whose `{ $name }` is known is meant, write `{ $name } { $known }`; otherwise correct the comparison that is wrong
check-always-true-threshold = every lead passes this threshold
check-bounded-between = `{ $name }` is between { $low } and { $high }
check-always-true = always true
check-always-true-threshold-help = choose a threshold between { $low } and { $high }, or remove the condition if every lead is meant

# Warnings (check/lints.rs).
check-unused-field = no rule uses the field `{ $name }`
check-unused-field-label = declared but never read
check-unused-field-help = use it in a rule, or remove it from `fields` if the committee dropped it
check-repeated-line = { $kind ->
        [gate] this gate is written twice: `{ $line }`
        [score] this score line is written twice, so its points count twice: `{ $line }`
       *[criterion] this criterion is written twice, so its weight counts twice: `{ $line }`
    }
check-repeated-line-label = written again here
check-repeated-line-first-label = first written here
check-repeated-line-help = { $kind ->
        [gate] remove the second one: a lead is held to the gate once, whichever line says it
        [score] remove the second one; to give more points, raise the points of the first
       *[criterion] remove the second one; to make it count more, raise the weight of the first
    }
check-fix-remove-repeated = remove the second `{ $line }`
check-class-rule-shadowed = the class rule for `{ $name }` can never be chosen
check-temperature-rule-shadowed = the temperature rule for `{ $name }` can never be chosen
check-rule-shadowed-label = every lead this matches is taken earlier
check-rule-shadowed-earlier = this earlier rule for `{ $name }` always wins
check-rule-shadowed-help = move the narrower rule above the wider one, or change its condition
check-unreachable-threshold = no lead can reach this threshold
check-never-true = never true
check-bounded-at-most = `{ $name }` is at most { $value }
check-bounded-at-least = `{ $name }` is at least { $value }
check-threshold-lower-help = { $strict ->
    [yes] lower the threshold below { $value }
   *[no] lower the threshold to { $value } or less
}{ $kind ->
    [score] , or add points so it can be reached
    [percent] ; a percentage of a whole is at most 100%
   *[other] {""}
}
check-threshold-raise-help = { $strict ->
    [yes] raise the threshold above { $value }
   *[no] raise the threshold to { $value } or more
}{ $kind ->
    [percent] ; a percentage of a whole is at most 100%
   *[other] {""}
}

# Circles between computed values (check/order.rs).
check-cycle-minimum = `minimum`
check-cycle-framework = framework `{ $name }`
check-cycle-profile = profile `{ $name }`
check-cycle-score = score `{ $name }`
check-cycle-deal = `deal`
check-cycle-itself = { $what } refers to itself
check-cycle-each-other = { $first } and { $second } refer to each other
check-cycle-label = this reference closes the circle
check-cycle-help = a value cannot be computed from itself: remove one of the references
check-let-named-like-class = the named condition `{ $name }` has the name of a class
check-let-named-like-class-label = also the name of a class
check-let-the-class = the class
check-let-named-like-class-help = give the condition another name, such as `{ $name }_lead`, so that `{ $name }` means one thing
check-let-circle-itself = the named condition { $name } refers to itself
check-let-circle = the named conditions { $names } refer to each other in a circle
check-let-circle-help = a condition cannot be defined by itself: write one of them without the other's name
check-let-circle-step = the circle goes through here
check-let-unused = the named condition `{ $name }` is never used
check-let-unused-label = no rule refers to it
check-let-unused-help = use `{ $name }` in a rule, or remove the line that declares it
check-let-unused-fix = remove the line that declares `{ $name }`

check-negative-duration = `{ $written }` is a negative amount of time: a duration is never below zero
check-negative-duration-label = a duration cannot be negative
check-negative-duration-help = write the amount without the minus, `{ $amount }`, and turn the comparison around if you meant "at least that long"
check-list-empty = the list is empty, so this test gives every lead the same answer
check-list-empty-label = no values listed
check-list-empty-help = list the values between the brackets, or remove the test
check-list-duplicate = `{ $value }` is listed twice
check-list-duplicate-label = listed again
check-list-duplicate-first-label = first listed here
check-list-duplicate-help = remove the second `{ $value }`, or write in its place the value that was meant
check-fix-remove-duplicate = remove the second `{ $value }`
check-duration-at-least-zero = every lead whose `{ $name }` is known passes this threshold: a duration is never below zero
check-duration-at-least-zero-label = the least a duration can be
check-duration-at-least-zero-whole-label = true whenever `{ $name }` is known
check-duration-at-least-zero-help = to ask whether it is filled in, write `{ $known }`; otherwise choose a threshold above zero
check-fix-write-known = write `{ $written }`

check-write-a-unit = write the number with its unit: { $choices }

## End of section: check

## Section: check-names

# Declarations (check/declare.rs). `what` is the kind of thing declared, as rule files write it:
# framework, profile, score, field, parameter, criterion or value.
check-names-two-unnamed-scores = there are two unnamed `score` blocks
check-names-two-unnamed-scores-label = a second unnamed score
check-names-two-unnamed-scores-help = merge them into one block, or name them: `score fit {"{"} ... {"}"}` and `score engagement {"{"} ... {"}"}`
check-names-no-field-for-columns = there is no field `{ $name }` to read from more columns
check-names-no-field-for-columns-label = no type, and not declared elsewhere
check-names-no-field-for-columns-help = declare it with its type, such as `{ $name } : money from "..."`, or `use` the file that declares it
check-names-field-in-used-file = a used file already declares `{ $name }` as { $kind }; to read it from more columns, write it without a type: `{ $name } from "..."`
check-names-rename-or-remove = give each a different name, or remove one of them
check-names-two-keys = only one field can be the key
check-names-two-keys-label = a second key
check-names-two-keys-first = the key is already this field
check-names-two-keys-help = remove `key` from one of the two fields: the key names each lead in the output
check-names-parameter-needs-value = `{ $name }` needs a value, not a name
check-names-parameter-needs-value-label = a name
check-names-parameter-needs-value-help = give a number, a percentage, a duration, text in quotes, yes/no or a date, such as `min_budget = 500_000`
check-names-reserved = `{ $name }` is a built-in name and cannot name a { $what }
check-names-reserved-label = reserved
check-names-reserved-help = choose another name for this { $what }, such as `{ $name }_value`
check-names-declared-twice = `{ $name }` is declared twice
check-names-declared-twice-label = a second { $what } named `{ $name }`
check-names-first-declared-here = first declared here
check-names-brought-in-by-use = brought in by this `use` line
check-names-two-blocks = there are two `{ $block }` blocks
check-names-two-blocks-label = a second block
check-names-two-blocks-help = a definition has one `{ $block }` block: merge the two
check-names-number-format-help = write how your CRM writes a number with decimals, such as "1 000,50" (decimal comma) or "1,000.50" (decimal point)
check-names-format-not-for = `format` is for numbers and dates, not { $kind }
check-names-format-not-for-label = not a number field
check-names-format-not-for-help = remove the `format`
check-names-no-decimal-mark = `{ $example }` has no decimal mark
check-names-no-decimal-mark-label = no `,` or `.`
check-names-not-a-number-example = `{ $example }` is not an example of a number with decimals
check-names-not-understood = not understood
check-names-not-a-date-format = `{ $format }` is not a date format
check-names-date-format-help = write the order of day `d`, month `m` and year `yyyy` with one separator, such as "m/d/yyyy" or "dd.mm.yyyy"

# Names that are recognisably something else (check/hints.rs).
check-names-value-without-field = `{ $name }` is a value of a field, not a condition
check-names-value-without-field-label = a value, with no field to compare
check-names-value-without-field-help = name the field it is a value of: { $choices }
check-names-column-for-field = `{ $name }` is a column of the CRM, not a field name
check-names-column-for-field-label = the field `{ $field }` is read from this column
check-names-column-for-field-help = rules use the field's own name: write `{ $field }`
check-names-column-for-fields-label = several fields are read from this column
check-names-column-for-fields-help = rules use a field's own name: write one of { $fields }
check-names-criterion-alone = `{ $name }` is a criterion of a framework, not a yes/no field
check-names-criterion-alone-label = a criterion is named with its framework
check-names-criterion-alone-help = name its framework before it: `{ $written }`
check-names-criterion-alone-choices-help = several frameworks have this criterion: write one of { $choices }
check-names-class-as-value = `{ $name }` is a class, not a value a rule can read
check-names-class-as-value-label = a class of `classify`
check-names-class-as-value-help = a rule cannot read the class, which is decided last; to test the same thing, repeat the condition that gives `{ $name }`: `{ $condition }`
check-names-class-as-value-otherwise-help = a rule cannot read the class, which is decided last; `{ $name }` is what `otherwise` gives, so test what the rules above it do not
check-names-class-in-own-rule-help = this is the rule that gives `{ $name }`, so it cannot test `{ $name }`: write what a lead must have to be `{ $name }` (a threshold such as `score >= 30`, a framework that passes)
check-names-class-compared = `class` is the result of `classify`, not a value a rule can read
check-names-class-compared-label = decided last, from all the other rules
check-names-class-compared-help = repeat the condition that gives `{ $value }` instead: `{ $replacement }` (the rules above it in `classify` come first, so repeat theirs too if that matters)
check-names-class-compared-otherwise-help = `{ $value }` is what `otherwise` gives: test what the rules above it in `classify` do not
check-names-class-compared-unknown-help = a rule cannot read the class; repeat the condition of the class you mean (the classes are { $classes })
check-names-framework-not-used = `{ $name }` is a standard framework, but this definition does not use its file
check-names-framework-not-used-label = declared in `{ $file }`
check-names-framework-not-used-help = add the line `{ $line }` at the top, with the other `use` lines
check-names-framework-spelt = the standard framework is spelt `{ $framework }`
check-names-fix-add = add `{ $line }`
check-names-crm-spelling = `{ $name }` is how the CRM writes the value `{ $value }` of `{ $field }`
check-names-crm-spelling-label = the CRM's spelling of `{ $value }`
check-names-crm-spelling-help = rules use the value's own name: write `{ $value }`

# Names in the wrong alphabet (check/alphabet.rs).
check-names-placeholder-is-a-value = "{ $text }" cannot mean unknown in `{ $field }`: it is { $value }
check-names-placeholder-is-a-value-label = already { $value }
check-names-placeholder-is-a-value-help = remove "{ $text }" from `unknown when`, or rename the value that is spelt so
check-names-placeholder-one-of-value = the value `{ $name }`
check-names-placeholder-yes = the answer yes
check-names-placeholder-no = the answer no
check-names-placeholder-blank = an empty cell is unknown already
check-names-placeholder-blank-label = empty
check-names-placeholder-blank-help = remove "" from `unknown when`: list only what a CRM writes for "no answer", such as "Select" or "-"
check-names-placeholder-is-an-answer-help = remove "{ $text }" from `unknown when`: a yes/no field reads it as an answer
check-names-two-catch-alls = `{ $field }` has two catch-all values: `other` and `прочее` both take every cell no other value spells
check-names-two-catch-alls-label = a second catch-all
check-names-two-catch-alls-help = keep one: `{ $first }`

## End of section: check-names

## Section: show

show-seconds = { $count ->
    [one] { $count } second
   *[other] { $count } seconds
}
show-minutes = { $count ->
    [one] { $count } minute
   *[other] { $count } minutes
}
show-hours = { $count ->
    [one] { $count } hour
   *[other] { $count } hours
}
show-days = { $count ->
    [one] { $count } day
   *[other] { $count } days
}
show-weeks = { $count ->
    [one] { $count } week
   *[other] { $count } weeks
}

## End of section: show

## Section: keywords

keywords-synonym = `{ $word }` is not a keyword; the language says `{ $keyword }`
keywords-synonym-label = write `{ $keyword }` here
keywords-synonym-help = write `{ $keyword }` instead of `{ $word }`
keywords-synonym-fix = write `{ $keyword }`

## End of section: keywords

## Section: compile

# An I/O error in plain words, a part of a message about reading or writing a file.
compile-io-not-found = no such file or folder
compile-io-permission-denied = permission denied
compile-io-is-a-folder = it is a folder, not a file
compile-io-broken-pipe = the program reading the output closed it early
compile-io-disk-full = the disk is full
compile-io-read-only = the disk is read-only
compile-io-not-a-folder = a part of the path is a file, not a folder
compile-io-already-exists = it already exists
compile-io-folder-not-empty = the folder is not empty
compile-io-bad-name = the name cannot be a file name here
compile-io-too-large = the file is too large
compile-io-quota = the disk quota is used up
compile-io-timed-out = it took too long and was given up
compile-io-interrupted = it was interrupted
compile-io-ends-early = the file ends too early
compile-io-unreadable = its contents cannot be read
compile-io-busy = another program is using it
compile-io-out-of-memory = there is not enough memory
compile-io-unsupported = the system cannot do this
compile-io-network = the network connection failed
# $code: the system's number for a rare failure (its own words are English, so they are not shown).
compile-io-other = system error code { $code }
compile-io-unnamed = the system gave no reason

# Why a rule file's text cannot be had.
compile-read-not-a-file = it is not a file (a folder, a device or a pipe)
compile-read-too-large = it is larger than { $mib } MiB, far more than any rule file; is it the right file?
compile-read-not-utf8-windows-1251 = line { $line }, column { $column }: the rule file is not UTF-8 text (it looks like Windows-1251); save it as UTF-8: in Notepad, File > Save As > Encoding: UTF-8, or run `iconv -f windows-1251 -t utf-8 OLD.rules > NEW.rules`
compile-read-not-utf8 = line { $line }, column { $column }: the rule file is not UTF-8 text; save it as UTF-8

# `use` lines.
compile-use-cycle = `{ $path }` uses itself, through this line
compile-use-cycle-label = this `use` closes a circle
compile-use-cycle-help = files may use each other only one way: remove one of the `use` lines
compile-use-twice-with-settings = `{ $path }` is used twice; its settings can be given once
compile-use-twice-with-settings-label = used again with settings
compile-use-twice-with-settings-help = give all `with` settings on the first `use` line of this file
compile-use-absolute = a `use` path must be relative
compile-use-absolute-label = an absolute path
compile-use-absolute-help = write the path from this file's folder, such as "frameworks/champ.rules"
compile-use-outside = `{ $path }` is outside the definition's folder
compile-use-outside-label = leaves the rules folder
compile-use-outside-help = keep every file a definition uses in its folder or below it, so the rules travel together
compile-use-outside-link = `{ $path }` leads outside the definition's folder through a link
compile-use-outside-link-label = a symbolic link leaves the rules folder
compile-use-outside-link-help = copy the file into the definition's folder (or below it) instead of linking to it
compile-use-cannot-read = cannot read `{ $path }`: { $reason }
compile-use-cannot-read-label = looked for { $file }
compile-use-cannot-read-help = paths are relative to the file with the `use` line; the standard frameworks are { $standard }
compile-use-not-utf8 = `{ $path }`, { $problem }
compile-use-not-utf8-label = not readable
compile-use-not-utf8-help = save the rule file as UTF-8 (in Excel or Notepad: "Save as", encoding UTF-8)
compile-use-not-a-rule-file = cannot use `{ $path }`: { $problem }
compile-use-not-a-rule-file-label = not a rule file
compile-use-not-a-rule-file-help = a `use` line names a rule file (.rules) in the definition's folder or below it
compile-std-unknown = there is no standard file `{ $path }`
compile-std-unknown-label = not a standard framework
compile-std-did-you-mean = did you mean "{ $suggestion }"? The standard files are { $standard }
compile-std-list = the standard files are { $standard }
compile-std-use-fix = use "{ $suggestion }"
compile-std-no-extension-label = the file's name without `.rules`
compile-std-no-extension-help = a standard file is named with its `.rules`: `{ $written }`

# `with` settings of a `use` line.
compile-setting-wrong-kind = `{ $name }` is { $expected }, not { $given }
compile-setting-wrong-kind-label = this is { $kind }
compile-setting-replaced = the value it replaces
compile-setting-wrong-kind-help = give a value of the same kind as the one it replaces
compile-setting-unknown = the used file has no parameter `{ $name }`
compile-setting-unknown-label = not a parameter there
compile-setting-did-you-mean = did you mean `{ $name }`?
compile-setting-no-parameters = the used file has no `parameters` to set
compile-setting-known = the used file's parameters are: { $names }
# The kind of a parameter's value.
compile-kind-number = a number
compile-kind-percentage = a percentage
compile-kind-duration = a duration
compile-kind-text = text
compile-kind-yes-no = yes/no
compile-kind-date = a date
compile-kind-name = a name

# A definition the compiled form cannot hold, or a compiler bug.
compile-too-many = the definition needs more { $what } than the compiled form can number ({ $most })
compile-too-many-help = split the definition into smaller ones
compile-internal-error = internal error in the compiler: { $invariant } ({ $detail }); no lead was judged
compile-internal-error-help = please report this with the file attached
compile-this-file = this file
# The invariant of the compiled program that a compiler bug broke.
compile-invariant-ids-in-range = every id is in range of its table
compile-invariant-tables-numbered = every table can be numbered by its ids
compile-invariant-layout-fits-blocks = the layout gives each block one truth register per condition
compile-invariant-blocks-tile-program = the blocks' code, one after another, is the whole program
compile-invariant-calculations-named = every calculation step is named once, in step order
compile-invariant-conditions-fit = each condition's code is part of its block's and writes its register
compile-invariant-written-before-read = every register and derived value a step reads is written before
compile-invariant-look-up-tables-fit = the look-up tables have one entry per field or class rule
# What there are too many of (after "more").
compile-ids-fields = fields
compile-ids-truth-registers = truth registers
compile-ids-number-registers = number registers
compile-ids-text-constants = text constants
compile-ids-steps = steps
compile-ids-range-tests = range tests
compile-ids-set-tests = set tests
compile-ids-field-tests = field tests
compile-ids-frameworks = frameworks
compile-ids-profiles = profiles
compile-ids-score-blocks = score blocks
compile-ids-class-rules = class rules
compile-ids-temperature-rules = temperature rules
compile-ids-rule-names = rule names

# Where a rule is: in the definition itself, or in a file it uses.
compile-location = line { $line }
compile-location-in-file = { $file } line { $line }
# What `decided_by` says of a class rule: its place, then the rule as written.
compile-class-rule-label = { $place }: { $rule }

## End of section: compile

## Section: schema

# What a field holds, as a part of a message ("`budget` is an amount of money").
schema-kind-number = a number
schema-kind-money = an amount of money
schema-kind-percent = a percentage
schema-kind-yes-no = yes or no
schema-kind-text = text
schema-kind-seconds = a number of seconds
schema-kind-minutes = a number of minutes
schema-kind-hours = a number of hours
schema-kind-days = a number of days
schema-kind-weeks = a number of weeks
schema-kind-months = a number of months (of 30 days)
schema-kind-years = a number of years (of 365 days)
schema-kind-date = a date ({ $format })
schema-kind-date-time = a date and time ({ $format })
schema-kind-one-of = one of { $values }
# How a date is written; $pattern as in the rule file: d.m.yyyy
schema-date-format-default = such as 2026-12-01 or 01.12.2026
schema-date-format-declared = as { $pattern }

## End of section: schema

## Section: format

format-internal-error = internal error in the formatter: { $what }; the file was left as it is
format-internal-does-not-parse = the formatted text does not parse
format-internal-changes-meaning = the formatted text would mean something else
format-internal-loses-comment = the formatted text would lose or reorder a comment
format-internal-error-help = please report this with the file attached; `leadrules check` still works on it
format-this-file = this file

## End of section: format

## Section: eval

# Where a rule is: `line 52`, `std/bant.rules line 27`.
eval-place = line { $line }
eval-place-in-file = { $file } line { $line }
# A field's value in a trace or a question.
eval-value-unknown = unknown
eval-value-yes = yes
eval-value-no = no
# The explain trace.
eval-explain-lead = lead { $name }: { $class }
eval-explain-decided-by = decided by { $place }: { $rule }
eval-explain-playbook = playbook: { $playbook }
eval-explain-minimum-passed = minimum: passed
eval-explain-minimum-failed = minimum: failed
eval-explain-minimum-unknown = minimum: not sure (a fact is missing)
eval-explain-gate-fails = fails: { $reason }
eval-explain-framework-passes = framework { $name }: passes ({ $met } of { $total } met, needs { $needed })
eval-explain-framework-fails = framework { $name }: fails ({ $met } of { $total } met, needs { $needed })
eval-explain-framework-undecided = framework { $name }: undecided ({ $met } of { $total } met, needs { $needed })
eval-explain-profile = profile { $name }: fit { $fit } (grade { $grade })
eval-explain-score = score: { $total }
eval-explain-score-named = { $name }: { $total }
eval-explain-growth = { $steps ->
    [one] { $steps } step
   *[other] { $steps } steps
} × { $per }
eval-explain-growth-capped = { $steps ->
    [one] { $steps } step
   *[other] { $steps } steps
} × { $per }, capped at { $cap }
eval-explain-capped = capped at { $cap }
eval-explain-deal = deal:
eval-explain-deal-size = size { $size }
eval-explain-deal-size-unknown = size unknown
eval-explain-deal-probability = probability { $probability } (weighted match)
eval-explain-deal-criterion = { $name } importance { $importance }: match { $rating }
eval-explain-deal-criterion-unrated = { $name } importance { $importance }: match { $rating } (no rating applied)
eval-explain-deal-priority = priority { $priority } (probability × size)
eval-explain-classify = classify:
eval-explain-decided = decided
eval-explain-temperature = temperature: { $name }
eval-explain-temperature-within = temperature: { $name }, respond within { $within }
eval-explain-temperature-by = temperature: { $name }, by { $by }
eval-explain-temperature-within-by = temperature: { $name }, respond within { $within }, by { $by }
eval-explain-temperature-disqualified = temperature: none, the lead fails the minimum (disqualified leads get no deadline)
eval-explain-flags = flags: { $flags }
eval-explain-flags-none = flags: none raised
eval-explain-unknown = unknown: { $fields }
eval-explain-questions = questions that could change the class:
# Questions: what would change the class.
eval-question = { $field } { $answer } → { $class }
eval-question-together = { $fields } → could be { $class } once known
eval-reply-yes = = yes
eval-reply-no = = no
eval-reply-known = is known
eval-reply-between = { $low } and { $high }
# Examples: what was expected and what the example gave.
eval-example-a-verdict = a verdict
eval-example-an-error = an error: { $problem }
eval-example-class = class { $class }
eval-example-temperature = temperature { $name }
eval-example-temperature-none = temperature none
eval-example-temperature-disqualified = temperature none (the lead fails the minimum)
eval-example-score = { $name } { $value }
eval-example-main-score = score { $value }
eval-example-fit = fit { $fit }%
eval-example-framework-passes = { $name } passes
eval-example-framework-fails = { $name } fails
eval-example-framework-undecided = { $name } is undecided
eval-example-grade = grade { $grade }
# Arithmetic that overflowed for a lead.
eval-fault-calculation = `{ $code }` ({ $place } of the rules) cannot be computed, { $values } is not a finite number; the lead gets no verdict
eval-fault-calculation-nowhere = a calculation cannot be computed: { $values } is not a finite number; the lead gets no verdict
eval-fault-score = the points of `{ $name }` ({ $place } of the rules) add up to more than a number can hold; the lead gets no verdict
eval-fault-score-nowhere = the points of `score` add up to more than a number can hold; the lead gets no verdict
eval-fault-priority = the deal priority cannot be computed, { $probability }% × { $size } is not a finite number; the lead gets no verdict
eval-fault-negated = -{ $value }
eval-fault-operation = { $a } { $sign } { $b }
eval-fault-not-a-number = not a number
eval-fault-infinity = infinity
eval-fault-minus-infinity = -infinity
eval-value-placeholder = "{ $text }" (counts as unknown)

## End of section: eval

## Section: input

# Pieces joined the same way in every language.
input-join-colon = { $first }: { $second }
input-join-comma = { $first }, { $second }
input-join-semicolon = { $first }; { $second }
input-or-chain = { $first } or { $second }
input-verbatim = { $text }

# Why a file cannot be opened or read (what the system said, in words).

# Sizes.
input-size-mib = { $count } MiB
input-size-kib = { $count } KiB
input-size-bytes = { $count ->
    [one] { $count } byte
   *[other] { $count } bytes
}

# The file as a whole.
input-open = cannot open { $path }: { $reason }
input-read = cannot read { $path }: { $reason }
input-empty = { $name }: the file is empty
input-empty-sheet = { $name } (sheet "{ $sheet }"): the file is empty
input-no-header = { $name }: { $at_top ->
    [yes] the first { $workbook ->
        [yes] row
       *[no] line
    }
   *[other] { $workbook ->
        [yes] row
       *[no] line
    } { $place }
} has no column names; it must name the columns, like ID;Сотрудников;Выручка, руб
input-invalid-json = { $name }: not valid JSON at line { $line }, column { $column }: { $reason }
input-header-not-utf8 = { $name }: the column names are not valid UTF-8, so the file is probably in Windows-1251; run without --encoding, or with --encoding windows-1251
input-record-too-long = { $name }: a record longer than { $limit } starting on line { $line }; no lead is that long, so the file is probably damaged (its line breaks are missing, or a quote or bracket is never closed)
input-workbook = { $name }: { $reason }
input-no-such-sheet = { $name } has no sheet "{ $sheet }"; { $count ->
    [one] its only sheet is
   *[other] its sheets are
} { $sheets }
input-duplicate-column = { $name }: the field { $field } reads the column "{ $column }", which { $place }, so it is not clear which one holds the value; rename or delete the extra column in the export and try again
input-no-matching-column = { $source ->
        [request] { $name }: no field of the lead is one the rules read; the rules read { $wanted }; the lead's fields are { $found }
       *[file] { $name }: no column matches any field; the rules read { $wanted }; the file's columns are { $found }
    }
input-no-matching-column-more = { $source ->
        [request] { $name }: no field of the lead is one the rules read; the rules read { $wanted }; the lead's fields are { $found } and { $more } more
       *[file] { $name }: no column matches any field; the rules read { $wanted }; the file's columns are { $found } and { $more } more
    }
input-no-matching-column-none = { $source ->
        [request] { $name }: the lead has no named field; the rules read { $wanted }
       *[file] { $name }: no column matches any field; the rules read { $wanted }; the file has no named columns
    }
input-header-below = { $name }: { $at_top ->
    [yes] the first { $workbook ->
        [yes] row
       *[no] line
    }
   *[other] { $workbook ->
        [yes] row
       *[no] line
    } { $first }
} does not name the columns; { $workbook ->
    [yes] row
   *[no] line
} { $place } does ({ $columns }), under a title. Delete the { $workbook ->
    [yes] rows
   *[no] lines
} above it, so that the column names come first, and run again
input-field-from = { $field } from { $columns }
input-totals-places = { $places }
input-totals-places-more = { $places } and { $more } more
input-standard-input = standard input
input-quoted = "{ $text }"

# Where a repeated column is.
input-place-header = appears { $count } times in the header (columns { $positions })
input-place-json-lead = appears { $count } times in the lead on line { $line }

# Warnings about columns.
input-warn-totals-rows = { $name }: { $alone ->
    [yes] { $workbook ->
        [yes] row
       *[no] line
    } { $places } is a totals row ("{ $label }"), not a lead: it is not judged, and the summary counts it apart
   *[no] { $workbook ->
        [yes] rows
       *[no] lines
    } { $places } are totals rows (the first: "{ $label }"), not leads: they are not judged, and the summary counts them apart
}
input-warn-missing-column = { $file }: field { $field } has no column (looked for { $columns }); it is unknown for every lead
input-warn-repeated-column = { $file }: the column "{ $column }" { $place }; no field reads it, so it is ignored
input-warn-repeated-key = { $file }: the key "{ $key }" { $place }; no field reads it, so it is ignored

# Workbooks and binary files.
input-not-leads = this is a zip archive or another binary file, not a lead file; leadrules reads CSV, JSON, JSON Lines and Excel workbooks (.xlsx, .xls, .ods)
input-sheet-for-workbooks = --sheet is for Excel workbooks, and this file is read as CSV or JSON
input-workbook-forced-text = this looks like an Excel workbook (a zip or OLE file), not CSV or JSON; run with --input-format xlsx, or without --input-format
input-workbook-unnamed = this looks like an Excel workbook (a zip or OLE file); to read it as one, give --input-format xlsx (or, for a file, name it .xlsx)
input-workbook-damaged = the workbook is damaged and cannot be read; open it in Excel and save it again, or export the leads as CSV
input-workbook-unreadable = this is not an Excel workbook (.xlsx, .xls) or OpenDocument spreadsheet (.ods) that can be read; save it again from Excel, or export the leads as CSV
input-sheet-for-html = --sheet is for Excel workbooks, and this file is a web page with a table (HTML), read as one sheet
input-html-no-table = this is a web page (HTML) with no table in it, so there are no leads to read; export the list of leads again (the CRM's "Export to Excel" of the list), or export the leads as CSV
input-html-too-large = the table of this web page (HTML) takes more than 512 MiB, too much to hold in memory; export the leads as CSV, which is read row by row
input-sheet-unreadable = the sheet "{ $sheet }" cannot be read: its data is damaged; open the workbook in Excel and save it again, or export the leads to CSV

# Broken JSON structure.
input-json-expected-array = expected [ to start an array of leads
input-json-not-whole-value = this line is not a whole JSON value; expected one lead per line ({"{"}...{"}"}) or an array of leads ([{"{"}...{"}"}, ...])
input-json-unclosed-array = the file ends before the array of leads is closed with ]
input-json-ends-in-lead = the file ends in the middle of a lead
input-json-expected-comma = expected , or ] after a lead
input-json-trailing-text = unexpected text after the end of the array of leads
input-json-wrapper-several = the object holds { $count } leads in its list "{ $list }", where one lead was expected; send them as an array of leads ([{"{"}...{"}"}, ...]) or as JSON Lines, one lead per line

# One lead that cannot be read: where it is.
input-row-line = line { $line }
input-row-sheet-row = row { $line }
input-row-lead = lead { $record }

# A record as a whole.
input-record-unreadable = this record could not be read
input-record-cells = { $cells ->
    [one] { $cells } cell
   *[other] { $cells } cells
}, but the header has { $columns ->
    [one] { $columns } column
   *[other] { $columns } columns
}
input-record-cells-quoted = { $cells ->
    [one] { $cells } cell
   *[other] { $cells } cells
}, but the header has { $columns ->
    [one] { $columns } column
   *[other] { $columns } columns
} (a quoted cell makes the row run from line { $line } to line { $last }: is a quote not closed?)
input-stray-quote = the quote opened on line { $line } { $runs }; it is read as a stray quote and the lines after line { $line } are read as leads again (close or remove the quote in the export)
input-stray-quote-column = the quote opened on line { $line } (column "{ $column }") { $runs }; it is read as a stray quote and the lines after line { $line } are read as leads again (close or remove the quote in the export)
input-quote-closed-far = is only closed on line { $closed }, { $count } lines further
input-quote-closed-at-cell-end = is only closed on line { $closed }, where the cell ends
input-quote-never-closed-limit = is never closed (the cell runs past { $size })
input-quote-never-closed = is never closed: the cell runs to the end of the file
input-json-not-lead = { $what } is not a lead: expected an object like {"{"}"ID": 1, ...{"}"}
input-json-a-list = a list
input-json-the-text = the text "{ $text }"
input-json-invalid-record = "{ $text }" is not valid JSON ({ $reason })
input-json-record-ends-early = the record ends before its lead is closed with {"}"}
input-json-record-syntax = a mistake at column { $column }
input-json-record-unreadable = unreadable at column { $column }

# One cell: its column and value, then what is wrong with it.
input-cell = column "{ $column }": "{ $value }" { $problem }
input-cell-no-column = "{ $value }" { $problem }
input-cell-is-not = is not { $expected }
input-cell-not-single = is not a single value (the field needs { $expected })
input-cell-ambiguous = is not clear: it may be { $decimal } or { $thousands } (nothing else in the column shows whether `,` or `.` is the decimal mark); declare it on the field in the rules: `format "1 000,50"` or `format "1,000.50"`

# What a cell should have been.
input-expect-number = a number (write it like 1 000 000,50 or 1000000.50)
input-expect-money = an amount of money (write it like 1 000 000,50 or 1000000.50)
input-expect-percent = a percentage (write it like 45 %, 45 or 12,5%)
input-expect-yes-no = yes or no (write да/нет, yes/no, true/false or 1/0)
input-expect-seconds = a number of seconds (write it like 30 or 2 minutes)
input-expect-minutes = a number of minutes (write it like 30 or 2 weeks)
input-expect-hours = a number of hours (write it like 30 or 2 weeks)
input-expect-days = a number of days (write it like 30 or 2 weeks)
input-expect-weeks = a number of weeks (write it like 30 or 2 weeks)
input-expect-months = a number of months of 30 days (write it like 3 or 90 days)
input-expect-years = a number of years of 365 days (write it like 2 or 6 months)
input-expect-text = text
input-expect-one-of = one of the allowed values: { $values }
input-expect-date = a date ({ $format })
input-expect-date-time = a date and time ({ $format })
input-expect-readable-text = readable text: it is not valid UTF-8 (if the file was saved in Windows-1251, run with --encoding windows-1251)
input-date-usual = such as 2026-12-01 or 01.12.2026
input-date-declared = as { $pattern } or 2026-12-01
input-date-with-time = { $date }, optionally followed by a time such as 14:30
input-date-no-year-zero = is not a real date (there is no year 0)
input-date-no-such-month = is not a real date (there is no month { $month })
input-date-month-days = is not a real date ({ $month ->
    [1] January
    [2] February
    [3] March
    [4] April
    [5] May
    [6] June
    [7] July
    [8] August
    [9] September
    [10] October
    [11] November
   *[12] December
} { $year } has { $days } days)

## End of section: input

## Section: output

# The run summary on stderr.
output-summary-leads = { $count ->
    [one] { $count } lead
   *[other] { $count } leads
}: { $classes }
output-summary-class = { $class } { $count }
output-summary-no-errors = no errors
output-summary-unread = { $count } could not be read ({ $rows })
output-summary-uncomputable = { $count } could not be computed ({ $rows })
output-summary-rows = { $count ->
    [one] row
   *[other] rows
} { $list }
output-summary-rows-more = rows { $list } and { $more } more
output-summary-blank = { $count ->
    [one] { $count } empty row skipped
   *[other] { $count } empty rows skipped
}
output-summary-totals = { $count ->
    [one] { $count } totals row not judged
   *[other] { $count } totals rows not judged
}

# Output files.
output-is-input = { $output } is an input of this run; writing the output there would destroy it
    help: give the output another name, such as verdicts.csv
output-is-same-as-input = { $output } is the same file as the input { $input }; writing the output there would destroy it
    help: give the output another name, such as verdicts.csv
output-read-only = cannot write { $output }: the file is read-only, so it is left as it is
    help: make it writable (chmod u+w) if it may be replaced, or choose another name
output-not-a-file-folder = cannot write { $output }: it is a folder, not a file
    help: give the path of a file to write
output-not-a-file-special = cannot write { $output }: it is a special file (a socket or a disk), not a file
    help: give the path of a file to write
output-unreachable = cannot write { $output }: { $reason }
output-not-a-folder = { $folder } is not a folder
output-no-such-folder = the folder { $folder } does not exist; create it first, or write somewhere else
output-cannot-follow-link = cannot follow the link: { $reason }
output-link-circle = more than { $count } links in a row (a circle of links?)
output-cannot-write = cannot write { $output }: { $reason }
output-keep-missing-one = --keep { $column }: the lead file has no such column
    help: name a column of the file's header, as written there
output-keep-missing-many = --keep: the lead file has no columns { $columns }
    help: name columns of the file's header, as written there
output-xlsx-too-many = an Excel sheet holds at most { $most } leads; write CSV (-o verdicts.csv) for more

# The differences of two snapshots (`snapshot --check`).
output-snap-added = + { $lead }: new, { $reading }
output-snap-removed = - { $lead }: gone (was { $class })
output-snap-removed-error = - { $lead }: gone (was an error row)
output-snap-rule-changed = deciding rule changed ({ $place }): `{ $old }` → `{ $new }`
output-snap-rule-changed-leads = deciding rule changed ({ $place }): `{ $old }` → `{ $new }`; for { $count ->
    [one] { $count } lead
   *[other] { $count } leads
} only this changed: { $leads }
output-snap-rule-changed-more-leads = deciding rule changed ({ $place }): `{ $old }` → `{ $new }`; for { $count ->
    [one] { $count } more lead
   *[other] { $count } more leads
} only this changed: { $leads }
output-snap-line = line { $line }
output-snap-file-line = { $file } line { $line }
output-snap-no-rule = (no rule)
output-snap-error = error: { $reason }
output-snap-decided-by = { $verdict }, decided by `{ $rule }` ({ $place })
output-snap-still-unreadable = still cannot be read, now: { $new } (was: { $old })
output-snap-now-error = { $class } → error: { $reason }
output-snap-now-readable = error → { $reading }; the lead can be read now
output-snap-value-appeared = { $name } none → { $value }
output-snap-value-gone = { $name } { $value } → none
output-snap-now-decided-by = { $change }, because now decided by `{ $rule }` ({ $place })
output-snap-rule-changed-below = { $change }, deciding rule changed ({ $place }, see below)
output-snap-rule-text-only = { $count ->
    [one] { $count } lead decided by a rule whose text changed
   *[other] { $count } leads decided by rules whose text changed
}; no verdict moved ({ $leads ->
    [one] { $leads } lead
   *[other] { $leads } leads
})
output-snap-changed-of = { $changed } of { $leads ->
    [one] { $leads } lead
   *[other] { $leads } leads
} changed
output-snap-changed-of-steps = { $changed } of { $leads ->
    [one] { $leads } lead
   *[other] { $leads } leads
} changed: { $steps }
output-snap-step-new = new → { $class }
output-snap-step-gone = { $class } → gone
output-snap-step = { $step } { $count }
output-snap-values-changed = same class but another score, fit or temperature { $count }
output-snap-error-changed = unreadable for another reason { $count }
output-snap-rule-text-kept = { $count ->
    [one] { $count } other lead decided by a rule whose text changed kept its verdict
   *[other] { $count } other leads decided by rules whose text changed kept their verdict
}
output-snap-classes = classes: { $counts }

# Reading a snapshot file back.
output-snap-parse-error = line { $line }: { $problem }
output-snap-parse-after-lead = { $problem } (after the lead { $lead })
output-snap-parse-line-ends = the line ends where { $what } should be
output-snap-parse-after-quote = { $what } goes on after its closing quote; put a space after it
output-snap-parse-space-before = expected a space before { $what }
output-snap-parse-space-between = expected a space between two words
output-snap-parse-row-number = `row` must be followed by a row number, not `{ $text }` (write a lead whose id is row as "row")
output-snap-parse-by = `by` must be followed by the rule's place and text, like `by line 72: SQL when score >= 60`
output-snap-parse-u-braces = `\u` must be followed by a character code in braces, like \u{"{"}20{"}"}
output-snap-parse-not-a-character = `\u{"{"}{ $hex }{"}"}` is not a character
output-snap-parse-not-an-escape = `\{ $char }` is not an escape; write a backslash as \\ (the others are \" \n \r \t \u{"{"}…{"}"})
output-snap-parse-lone-backslash = the line ends with a lone backslash; write a backslash as \\
output-snap-parse-unclosed-quote = a quoted word is not closed: the line ends before its closing "
output-snap-what-lead = the lead
output-snap-what-row-number = the row number
output-snap-what-class = the class
output-snap-what-name = a name
output-snap-what-value = the value of `{ $name }`
output-snap-what-rule-line = the rule's line

## End of section: output

## Section: run

run-input-broke = { $error }; no verdicts were written, since the leads after this point could not be read
run-input-broke-snapshot = { $error }; no snapshot was written or compared, since the leads after this point could not be read
run-write = cannot write the verdicts: { $reason }
run-render = cannot render the verdicts: { $reason }
run-worker-failed = leadrules failed while evaluating the leads from row { $row } on (a bug; please report it)
run-worker-stopped = a worker thread stopped before finishing its leads
run-reader-failed = leadrules failed while reading the leads (a bug; please report it)
run-reading-stopped = the run stopped before all leads were read
run-too-many-leads = a snapshot holds at most { $most } leads, and this lead file has more; a snapshot is the committee's reference leads (hundreds or thousands), compared lead by lead
    help: take a sample of the export for the snapshot, and use `leadrules qualify` for the whole file
run-duplicate-id = more than one lead has the id { $id }; --check matches them in the order of the lead file

## End of section: run

## Section: backtest

# Column headings of the text and HTML reports.
backtest-column-leads = leads
backtest-column-share = share
backtest-column-won = won
backtest-column-lost = lost
backtest-column-open = open
backtest-column-conversion = conversion
backtest-column-interval = 95% interval
backtest-column-lift = lift
backtest-column-gate = gate
backtest-column-removed = removed
backtest-column-class = class
backtest-column-decided = decided
backtest-column-share-of-leads = % of leads
backtest-column-won-among-removed = won among removed
backtest-column-share-of-won = % of all won
backtest-column-grade = grade
backtest-column-temperature = temperature
backtest-column-definition = definition
backtest-column-admitted = admitted
backtest-column-lead = lead
backtest-column-old-rule = old rule
backtest-column-new-rule = new rule
backtest-matrix-corner = old \ new
backtest-tag-old = old
backtest-tag-new = new
# The text backtest report.
backtest-text-title = Backtest of { $definition } over { $history }
backtest-text-rows = { $rows ->
    [one] { $rows } row
   *[other] { $rows } rows
}: { $judged } judged, { $unreadable } could not be read
backtest-text-unrecognised = outcomes not recognised, counted as open: { $outcomes }
backtest-text-overall = overall: won { $won }, lost { $lost }, open { $open }; conversion { $conversion } ({ $interval })
backtest-text-by-class = By class (conversion = won / (won + lost); lift = over the overall conversion)
backtest-text-by-channel = By channel ({ $field })
backtest-text-by-grade = By grade
backtest-text-by-temperature = By temperature
backtest-text-gates = Minimum gates (a lead may fail several)
backtest-text-hidden-no-sales = Hidden potential: no class is handed to sales; name them with --sales
backtest-text-hidden = Hidden potential: { $hidden } of { $total } won deals ({ $share }) fell in classes sales never sees; sales classes: { $sales }
backtest-text-hidden-by-class = Hidden potential: { $hidden } of { $total } won deals ({ $share }) fell in classes sales never sees ({ $classes }); sales classes: { $sales }
# The text diff report.
backtest-text-diff-title = Diff of { $old } → { $new } over { $history }
backtest-text-diff-admitted = admitted to sales { $old_leads } → { $new_leads }, won { $old_won } → { $new_won }, conversion { $old_conversion } → { $new_conversion } (95%: { $old_interval } → { $new_interval })
backtest-text-diff-changed = { $changed } of { $rows ->
    [one] { $rows } lead
   *[other] { $rows } leads
} changed class
backtest-text-diff-matrix = Transition matrix: leads (won); rows are the old classes, columns the new
backtest-text-diff-moved = What moved, with examples
backtest-text-diff-moved-cell = { $from } → { $to }: { $leads ->
    [one] { $leads } lead
   *[other] { $leads } leads
}, { $won } won
backtest-text-diff-example = { $id }: was { $old }; now { $new }
backtest-text-diff-old-by-class = Old definition by class
backtest-text-diff-new-by-class = New definition by class
# The HTML backtest page.
backtest-html-foot = Made by leadrules { $version }. Conversion is won / (won + lost); open leads are not counted in it. Intervals are 95% Wilson score intervals: small groups have wide ones.
backtest-html-title = Backtest: { $definition }
backtest-html-meta = History { $history }: { $rows ->
    [one] { $rows } row
   *[other] { $rows } rows
}, { $judged } judged, { $unreadable } could not be read.
backtest-html-unrecognised = Outcomes not recognised, counted as open: { $outcomes }.
backtest-html-no-leads = No leads in this history
backtest-html-funnel-heading = 1. Funnel by class
backtest-html-funnel-title = Leads per class, in classify order
backtest-html-funnel-axis = leads (won · lost · open)
backtest-html-funnel-table = Leads per class
backtest-html-conversion-heading = 2. Conversion by class
backtest-html-conversion-title = Conversion per class, with 95% interval
backtest-html-conversion-table = Conversion per class; overall { $conversion } ({ $interval })
backtest-html-channels-heading = 3. Channel quality
backtest-html-channels-none = The history has no source channel field, so channels cannot be compared.
backtest-html-channel = channel
backtest-html-channels-folded = { $channels } channels in all: the top { $top } by leads are shown, the other { $folded } are folded into “other”.
backtest-html-channels-table = Leads and conversion per { $field }
backtest-html-pair-heading = 4. Conversion by grade and by temperature
backtest-html-by-grade = By grade
backtest-html-by-temperature = By temperature
backtest-html-no-grades = This definition has no grades
backtest-html-no-temperature = This definition has no temperature
backtest-html-pair-title = { $title }: conversion, 95% interval
backtest-html-gates-heading = 5. Minimum gates and hidden potential
backtest-html-no-gates = This definition has no minimum gates.
backtest-html-gates-title = Leads each minimum gate removed (a lead may fail several)
backtest-html-gates-axis = leads removed (won · lost · open)
backtest-html-gates-table = What each minimum gate removed
backtest-html-hidden-table = Won deals in classes sales never sees
backtest-html-hidden-no-sales = Hidden potential: no class is handed to sales, so nothing can be called hidden; name the sales classes with { $option }.
backtest-html-hidden-nothing-won = No won deals in this history, so no potential can be hidden. Sales sees: { $sales }.
backtest-html-hidden-none = All { $won } won deals were in classes sales sees ({ $sales }): this definition hides no won deal.
backtest-html-hidden-class = { $class } ({ $won } won)
backtest-html-hidden-headline = { $hidden ->
    [one] { $hidden } won deal
   *[other] { $hidden } won deals
} — { $share } of all won — fell in classes sales never sees
backtest-html-hidden = { $headline }. Sales sees: { $sales }.
backtest-html-hidden-by-class = { $headline }: { $classes }. Sales sees: { $sales }.
# The HTML diff page.
backtest-html-diff-meta = Both definitions judged over { $history }: { $rows ->
    [one] { $rows } row
   *[other] { $rows } rows
}; { $changed ->
    [one] { $changed } lead
   *[other] { $changed } leads
} changed class.
backtest-html-diff-headline = Admitted { $old_leads }{ $arrow }{ $new_leads }, won { $old_won }{ $arrow }{ $new_won }, conversion { $old_conversion }{ $arrow }{ $new_conversion }
backtest-html-diff-sub = 95% interval of the conversion: { $old_interval } → { $new_interval }. Admitted = leads in the classes handed to sales (old: { $old_sales }; new: { $new_sales }). Won deals hidden from sales: { $old_hidden } → { $new_hidden }.
backtest-html-admitted-title = Conversion of the leads handed to sales, old vs new
backtest-html-admitted-table = Leads handed to sales
backtest-html-matrix-heading = 1. Transition matrix
backtest-html-matrix-table = Transition matrix: leads (won); rows are the old classes, columns the new; unchanged cells in bold
backtest-html-no-classes = No classes
backtest-html-not-an-old-class = not a class of the old definition
backtest-html-not-a-new-class = not a class of the new definition
backtest-html-diff-conversion-heading = 2. Conversion by class, old vs new
backtest-html-diff-conversion-title = Conversion per class, old vs new, with 95% interval
backtest-html-diff-conversion-table = Conversion per class, old and new
backtest-html-diff-funnel-heading = 3. Funnel by class, old vs new
backtest-html-diff-funnel-title = Leads per class, old vs new
backtest-html-diff-funnel-table = Leads per class, old and new
backtest-html-moved-heading = 4. What moved, and the rule that moved it
backtest-html-nothing-moved = No lead changed class.
backtest-html-moved-cell = { $from } → { $to }: { $leads ->
    [one] { $leads } lead
   *[other] { $leads } leads
}, { $won } won
backtest-html-no-examples = No examples recorded.
backtest-html-examples-caption = { $shown } of { $leads ->
    [one] { $leads } lead
   *[other] { $leads } leads
}; the new rule is the one that moved them
# The charts.
backtest-svg-funnel-aria = { $title }: { $bars } bars; the same figures are in the table below
backtest-svg-funnel-bar = { $name }: { $leads } leads ({ $share } of all), { $won } won, { $lost } lost, { $open } open
backtest-svg-tagged = { $name } ({ $tag })
backtest-svg-nothing-decided = nothing decided yet
backtest-svg-nothing-decided-tip = { $name }: nothing decided yet ({ $open } open)
backtest-svg-conversion-bar = { $name }: { $conversion } conversion, 95% interval { $interval }, { $won } won of { $decided } decided
backtest-svg-overall = overall { $conversion }
backtest-svg-conversion-aria = { $title }: { $bars } bars with 95% intervals; the same figures are in the table below
backtest-svg-conversion-axis = conversion = won / (won + lost); whiskers: 95% interval
backtest-svg-conversion-axis-short = conversion; whiskers: 95% interval
backtest-svg-other-channels = other ({ $channels } channels)
backtest-svg-channels-title = Channel quality by { $field }: leads and conversion
backtest-svg-channels-aria = { $title }: { $channels } channels; the same figures are in the table below
backtest-svg-channels-panel = conversion · 95% interval
backtest-svg-channels-axis-cut = leads (the “other” bar is cut)
backtest-svg-no-channels = No channels in this history
backtest-svg-channel-bar = { $name }: { $leads } leads, { $won } won, { $lost } lost, { $open } open; conversion { $conversion } ({ $interval })
backtest-svg-matrix-aria = Transition matrix: { $old } old classes by { $new } new classes; each cell gives leads and won; the same figures are in the table below
backtest-svg-matrix-title = Where the leads went: old class (rows) → new class (columns)
backtest-svg-matrix-new = new definition: { $definition }
backtest-svg-matrix-old = old definition
backtest-svg-matrix-total = total
backtest-svg-matrix-won = won { $won }
backtest-svg-cell = { $from } → { $to }: { $leads } leads, { $won } won
backtest-svg-cell-unchanged = { $from } → { $to }: { $leads } leads, { $won } won (unchanged)
backtest-svg-key-fewer = fewer leads
backtest-svg-key-more = more leads
backtest-svg-key-unchanged = same class name: unchanged
# Names leadrules gives in a backtest.
backtest-definition-version = { $name } version { $version }
backtest-group-unknown = (unknown)
backtest-group-no-temperature = none (disqualified)
backtest-group-blank = (blank)
backtest-group-error = error
backtest-row = row { $row }
backtest-rule-unreadable = could not be read
# Errors before a history is judged.
backtest-error-no-such-sales-class = --sales { $class }: there is no such class; the classes are { $classes }
backtest-error-no-such-channel = --channel { $field }: the rules have no field `{ $field }`
backtest-error-no-outcome-column = the history has no column "{ $column }" with the outcomes; name the column with --outcome
backtest-error-no-outcome-column-help = the history has no column "{ $column }" with the outcomes; { $help }
backtest-hint-outcome-column = its column "{ $column }" looks like them (won: { $won }; lost: { $lost }): run again with { $options }
backtest-hint-outcome-among = name the column with --outcome; the history's columns the rules do not read are { $columns }{ $more ->
    [0] {""}
   *[other] { " " }and { $more } more
}
backtest-hint-outcome-none-unread = the rules read every column of the history; add a column with the outcomes and name it with --outcome
backtest-error-history-changed = { $history } changed while it was read
# Outcome lists and outcome values.
backtest-error-outcome-in-two-lists = the outcome "{ $value }" is given both in { $first } and in { $second }: a lead cannot be both; give each value in one list
backtest-error-no-outcome-recognised = no outcome in the column "{ $column }" is won, lost or open as the options say, so every lead would count as open; { $count ->
    [one] its only value is
   *[other] its { $count } values are
} { $values }; name them with --won, --lost and --open
# The sales total of a backtest.
backtest-text-admitted = handed to sales ({ $sales }): { $leads ->
    [one] { $leads } lead
   *[other] { $leads } leads
} ({ $share }), won { $won }, lost { $lost }; conversion { $conversion } ({ $interval })
backtest-text-admitted-no-sales = handed to sales: no class is handed to sales; name them with --sales
# --by, score bands and thresholds.
backtest-error-by-syntax = --by { $by }: write a column or a name, KEY:quantiles=N (N from 2 to 100) or KEY:EDGE,EDGE,... with increasing numbers
backtest-error-no-such-by = --by { $key }: the rules have no such field and the history no such column; names leadrules knows: class, grade, temperature, score, fit, PROFILE.fit, PROFILE.grade, a score's name
backtest-error-bad-percent = { $option } { $value }: give a percentage from 0 to 100, such as 30%
backtest-text-by = By { $by }
backtest-text-by-binned = By { $by } (in bins of numbers)
backtest-text-cross = { $rows } × { $columns }: leads (won) conversion; rows are { $rows }, columns { $columns }
backtest-text-bands = Score bands of { $score }, best first (cumulative = this band and every band above it)
backtest-text-bands-score = Score bands, best first (cumulative = this band and every band above it)
backtest-column-band = band
backtest-column-cumulative-leads = cum. leads
backtest-column-cumulative-share = cum. % of leads
backtest-column-cumulative-won = cum. % of won
backtest-column-cumulative-conversion = cum. conversion
backtest-text-threshold-volume = for { $wanted } of the leads: { $score } >= { $threshold } takes { $leads ->
    [one] { $leads } lead
   *[other] { $leads } leads
} ({ $share }), { $won } won ({ $won_share } of all won), conversion { $conversion } ({ $interval })
backtest-text-threshold-conversion = for a conversion of at least { $wanted }: { $score } >= { $threshold } takes { $leads ->
    [one] { $leads } lead
   *[other] { $leads } leads
} ({ $share }), { $won } won ({ $won_share } of all won), conversion { $conversion } ({ $interval })
backtest-text-threshold-none = no threshold of { $score } gives a conversion of { $wanted } on this history
backtest-group-other = (other)
backtest-html-analysis-heading = 6. Breakdowns and score bands
# Help of the analysis options.
backtest-help-arg-by = Break the figures down by KEY: any column of the history or field of the rules, `class`, `grade`, `temperature`, `score`, a score's name, `fit` or `PROFILE.fit`; numbers in bins: `budget:quantiles=4` or `budget:0,100000,1000000`; twice for a cross table as well
backtest-help-arg-target-volume = The score threshold that hands this share of the leads to sales: `30%`
backtest-help-arg-target-conversion = The score threshold that keeps the conversion at least this: `25%`
backtest-value-key = KEY
backtest-value-percent = PERCENT
backtest-help-arg-value = The column with each deal's value (money, read as the reader reads amounts); without it, the definition's deal size if it has one
backtest-help-arg-coverage = Also list what each gate, criterion, score line and class rule decided or changed on the history, and the lines that never did
backtest-error-no-such-value-column = --value { $column }: the rules have no such field and the history no such column
backtest-value-deal-size = the deal size of the definition (deal.size)
backtest-text-value = Won value by class (value: { $source }; average = over the won deals that have a value)
backtest-column-won-deals-share = % of won deals
backtest-column-won-value = won value
backtest-column-value-share = % of won value
backtest-column-average-won = average won deal
backtest-group-all = all leads
backtest-text-value-sales = handed to sales ({ $sales }): { $value_share } of the won value ({ $value } of { $total }) with { $deal_share } of the won deals
backtest-text-value-without = { $count ->
        [one] { $count } won deal has no value and is left out of the value figures
       *[other] { $count } won deals have no value and are left out of the value figures
    }
backtest-text-value-unreadable = { $count ->
        [one] { $count } value could not be read as an amount and is left out of the value figures (not counted as zero): { $rows }
       *[other] { $count } values could not be read as amounts and are left out of the value figures (not counted as zero): { $rows }
    }
cli-history-value-unreadable = { $count ->
        [one] { $count } value in { $column } could not be read as an amount: it is left out of the value figures, not counted as zero
       *[other] { $count } values in { $column } could not be read as amounts: they are left out of the value figures, not counted as zero
    }
backtest-html-value-heading = Won value
backtest-html-coverage-heading = Coverage on the history
backtest-change-threshold = threshold changed
backtest-change-points = points changed
backtest-change-weight = weight changed
backtest-change-needed = criteria needed changed
backtest-change-cap = cap changed
backtest-change-growth = step or cap changed
backtest-change-added = added
backtest-change-removed = removed
backtest-change-rewritten = condition rewritten
backtest-text-diff-changes = What changed between the definitions (found by comparing the compiled rules)
backtest-text-diff-no-changes = nothing: the two definitions decide alike
backtest-text-diff-cell-conversion = lost { $lost }, conversion { $conversion } ({ $interval })
backtest-text-diff-reason = because of { $change } ({ $leads ->
        [one] { $leads } lead
       *[other] { $leads } leads
    })
backtest-text-diff-example-scores = { $id }: score { $old_score } → { $new_score }; was { $old }; now { $new }
backtest-text-diff-example-score-kept = { $id }: score { $score } (unchanged); was { $old }; now { $new }
backtest-html-score-kept = { $score } (unchanged)
backtest-svg-matrix-conversion-aria = Transition matrix shaded by conversion: { $old } old classes by { $new } new classes; each cell gives leads and conversion; the same figures are in the table below
backtest-svg-matrix-conversion-title = How the leads of each cell converted: old class (rows) → new class (columns)
backtest-svg-key-lower = lower conversion
backtest-svg-key-higher = higher conversion
backtest-html-matrix-conversion-table = Conversion of each cell of the transition matrix
backtest-column-old-class = old class
backtest-column-new-class = new class
backtest-column-scores = score old → new
backtest-text-coverage = Coverage on the history: the leads each line decided or changed
backtest-column-line = line
backtest-column-block = block
backtest-column-rule = rule
backtest-column-effect = what it did
backtest-column-unknown = unknown
backtest-coverage-failed = failed
backtest-coverage-met = met
backtest-coverage-matched = matched
backtest-coverage-points = gave points
backtest-coverage-decided = decided
backtest-block-minimum = minimum
backtest-block-classify = classify
backtest-block-temperature = temperature
backtest-block-score = score
backtest-text-coverage-all = Every line decided or changed at least one lead of this history.
backtest-text-coverage-never = { $count ->
        [one] { $count } line never decided or changed a lead of this history:
       *[other] { $count } lines never decided or changed a lead of this history:
    }

## End of section: backtest

## Section: cli

cli-error = error: { $message }
cli-warning = warning: { $message }
cli-cannot-write-stdout = cannot write to standard output: { $reason }
cli-cannot-read-rule-file = cannot read the rule file { $path }: { $reason }
cli-rule-file-problem = { $path }: { $problem }
cli-files-swapped =
    the rule file and the lead file are the wrong way round: the rule file comes first
    help: leadrules { $command } { $rules } { $leads }
cli-lead-file-as-rules =
    { $path } looks like a lead file (.{ $extension }), not a rule file
    help: give the rule file (.rules): leadrules { $command } RULES ...
cli-rules-internal-error = { $name } could not be compiled because of a bug in leadrules, not a mistake in the file; please report it to the leadrules maintainers with the rule file and the message above attached
cli-rules-have-mistakes = { $name } has mistakes; fix them and run again (`leadrules check { $name }` lists them)
cli-rules-do-not-classify = { $name } has no `classify` block: it is a library of frameworks for definitions to `use`, not a definition that classifies leads
cli-check-no-problems = { $file }: no problems
cli-check-problems = { $file }: { $errors ->
        [one] { $errors } error
       *[other] { $errors } errors
    }, { $warnings ->
        [one] { $warnings } warning
       *[other] { $warnings } warnings
    }
cli-fix-not-written = { $problem }; { $file } is left as it was
cli-fix-fixed = { $file }: fixed { $count ->
        [one] { $count } problem
       *[other] { $count } problems
    } ({ $code })
cli-fix-would-leave-none = { $file }: the fixes would leave no problems
cli-fix-would-leave = { $file }: the fixes would leave { $errors ->
        [one] { $errors } error
       *[other] { $errors } errors
    }, { $warnings ->
        [one] { $warnings } warning
       *[other] { $warnings } warnings
    }
cli-fix-would-fix = { $file }: would fix { $count ->
        [one] { $count } problem
       *[other] { $count } problems
    } ({ $code })
cli-fix-could-not-write = { $file }: could not write { $count ->
        [one] the fix of { $count } problem
       *[other] the fixes of { $count } problems
    } ({ $code })
cli-fix-nothing = { $file }: nothing to fix
cli-test-no-examples = { $file }: no examples
cli-test-passed = ok     { $place }: { $example }
cli-test-failed = FAILED { $place }: { $example }
cli-test-expected = expected { $expected }, got { $actual }
cli-test-summary = { $passed } passed, { $failed } failed
cli-fmt-not-formatted = { $file }: { $errors ->
        [one] { $errors } error
       *[other] { $errors } errors
    }; not formatted
cli-fmt-would-reformat = would reformat: { $file }
cli-fmt-formatted = formatted: { $file }
cli-explain-which-lead = give a lead file with --id or --row, or a lead with --lead
cli-explain-no-row = there is no row { $row }; rows are counted from 1, the first lead after the header
cli-explain-no-id = no lead has the id `{ $id }` (ids are read from the column { $columns } of the `key` field `{ $field }`)
cli-explain-no-id-keyless = no lead has the id `{ $id }` (the rules have no `key` field, so use --row N)
cli-explain-no-lead = there is no lead (ids are read from the column { $columns } of the `key` field `{ $field }`)
cli-explain-no-lead-keyless = there is no lead (the rules have no `key` field, so use --row N)
cli-explain-name-inline = given with --lead
cli-explain-name-row = on row { $row }
cli-explain-cannot-judge = lead { $lead } cannot be judged: { $problem }
cli-explain-cannot-read = lead { $lead } cannot be read: { $problem }
cli-explain-unknown-key = --lead gives `{ $key }`, which is not a field or a column the rules read
cli-explain-unknown-key-suggest = --lead gives `{ $key }`, which is not a field or a column the rules read; did you mean `{ $suggestion }`?
cli-bad-encoding = `{ $value }` is not an encoding leadrules reads; use utf-8 or windows-1251
cli-bad-jobs = `{ $value }` is not a number of threads; use a whole number from 1 to 1024
cli-bad-input-format = `{ $value }` is not a lead file format; use csv, json, jsonl, xlsx or html
cli-bom-for-csv-only = { $option } is for CSV output; JSON Lines, tables and workbooks are read without it
cli-workbook-to-screen =
    an Excel workbook is not text to show on the screen
    help: write it to a file: -o verdicts.xlsx
cli-snapshot-input-stopped = { $problem }; no snapshot was written or compared, since the leads after this point could not be read
cli-snapshot-rule-text-rewritten = (the file is rewritten with the new rule text)
cli-snapshot-rule-text-out-of-date = (the file's rule text is out of date; --accept rewrites it)
cli-snapshot-unchanged = no verdict changed: { $count ->
        [one] { $count } lead
       *[other] { $count } leads
    }, as in { $file }
cli-snapshot-unchanged-rewritten = no verdict changed: { $count ->
        [one] { $count } lead
       *[other] { $count } leads
    }, as in { $file } (rewritten with the current line numbers and header)
cli-snapshot-unchanged-out-of-date = no verdict changed: { $count ->
        [one] { $count } lead
       *[other] { $count } leads
    }, as in { $file } (its line numbers or header are out of date; --accept rewrites them)
cli-snapshot-accepted = accepted: { $file } now has the new verdicts; commit it together with the rule change
cli-snapshot-differs = the verdicts differ from { $file }; if the changes are intended, run again with --accept and commit the file
cli-snapshot-cannot-read = cannot read the snapshot { $file }: { $reason }; write one first with `{ $command }`
cli-snapshot-not-utf8 = { $file }: the snapshot is not UTF-8 text (byte { $byte } is not valid); write it again with `{ $command }`
cli-snapshot-bad-line = { $file } { $problem }; fix that line, or write the snapshot again with `{ $command }`
cli-history-unreadable-rows = { $count ->
        [one] { $count } row could not be read and is left out of the figures:
       *[other] { $count } rows could not be read and are left out of the figures:
    }
cli-history-unreadable-more = and { $count } more
cli-history-outcomes-counted-open = outcomes counted as open because they are not in --won, --lost or --open: { $outcomes }
cli-report-json-failed = cannot write the report as JSON: { $reason }
cli-report-wrote = wrote { $file }
cli-diff-history-from-stdin =
    diff reads the history once for each definition, so it cannot come from standard input
    help: save the history to a file and give its path
cli-diff-no-rule-file = cannot find the rule file { $spec }; give a path, or NAME@VERSION of a definition in { $folder }
cli-diff-cannot-read-folder = cannot read the folder { $folder }: { $reason }
cli-diff-no-such-version = no definition "{ $name }" version { $version } in { $folder }; there are: { $found }
cli-diff-several-versions = several files in { $folder } are "{ $name }" version { $version }: { $files }
cli-progress-reading = reading { $file }
cli-progress-time-left = about { $eta } left
cli-progress-read = { $done } of { $total } MB
cli-progress-seconds = { $seconds } s
cli-progress-minutes = { $minutes } min { $seconds } s
cli-help-about = Check your company's lead definition and run it over the leads your CRM exports
cli-help-long-about =
    leadrules reads a lead definition (a .rules file the sales and marketing committee agreed on), checks it for mistakes, and gives every lead of a CRM export (CSV or JSON) a class such as SQL, MQL or disqualified, with the reasons, the score, the temperature and what is still unknown about the lead.

    Exit codes: 0 success; 1 the rule file has errors or an example failed; 2 wrong usage; 3 a file could not be read or written; 4 finished, but some leads could not be read.
cli-help-check = Check rule files for mistakes and say how to fix each one
cli-help-qualify = Give every lead of a CRM export its class, score, temperature and reasons
cli-help-explain = Show, rule by rule, how one lead got its verdict
cli-help-test = Run the `example` leads written in rule files and compare with what they expect
cli-help-snapshot = Write every reference lead's verdict to a snapshot file, or compare with one (--check)
cli-help-fmt = Rewrite rule files in the one canonical layout; `--check` only names the files that are not
cli-help-backtest = Judge a definition on your won/lost history: volume and conversion per class and channel
cli-help-diff = Compare two definitions on your history: which leads move, and what sales gets
cli-help-init = Write a starting definition from a raw export: a field per column, guessed from its data
cli-help-serve = Judge leads as they arrive: the definition as an HTTP service for the CRM
cli-help-sql = Write the definition as one SQL query that gives every row of a table of leads its verdict, in PostgreSQL or DuckDB
cli-help-audit = Why a lead got the verdict the service answered: its records in the audit log, each re-run by the version that judged it
cli-help-help = Print this message or the help of the given subcommand(s)
cli-help-arg-help = Print help
cli-help-arg-version = Print version
cli-help-arg-help-command = Print help for the subcommand(s)
cli-help-arg-color = When to colour messages: auto (only on a terminal), always, never
cli-help-arg-lang = The language of messages and reports: ru or en (else LEADRULES_LANG, else the locale)
cli-help-arg-check-files = The rule files to check
cli-help-arg-test-files = The rule files whose examples to run
cli-help-arg-fmt-files = The rule files to format
cli-help-arg-deny-warnings = Also fail (exit 1) when there are only warnings
cli-help-arg-check-format = `text` for people, `json` for programs
cli-help-arg-fix = Apply the safe fixes (rewriting the files), then list what is left
cli-help-arg-fix-diff = With `--fix`: show the fixes as a unified diff on standard output and write nothing
cli-help-arg-rules = The lead definition (.rules file)
cli-help-arg-qualify-leads = The leads: a CSV export (separated by `,` `;` tab or `|`; UTF-8 or Windows-1251), a JSON array, JSON Lines or an Excel workbook (.xlsx, .xls, .ods); `-` reads them from standard input
cli-help-arg-explain-leads = The lead file to look in (not needed with --lead)
cli-help-arg-snapshot-leads = The reference leads the committee reviews changes on: a CSV export, a JSON array or JSON Lines; `-` reads them from standard input
cli-help-arg-qualify-output = Write the verdicts to this file instead of the screen. The file appears only when the run completes, so a failed run never leaves half a file
cli-help-arg-snapshot-output = Write the snapshot to this file instead of the screen. The file appears only when the run completes
cli-help-arg-qualify-format = csv (one row per lead, for spreadsheets), jsonl (one JSON object per line), table (for reading on screen), xlsx (an Excel workbook). Default: from the name of the -o file (`.xlsx`, `.jsonl`), else csv
cli-help-arg-excel = CSV that Russian Excel opens with a double-click: `;` between cells, a decimal comma and a byte-order mark
cli-help-arg-jobs = How many threads evaluate the leads; default: one per core. The rows come out in the order of the lead file and are the same whatever N is; `--jobs 1` runs on a single thread. The table and xlsx formats always use one thread
cli-help-arg-keep = Copy these columns of the lead file, as written there, into every verdict row after the verdict's own columns (comma-separated: --keep "Компания,Ответственный"), so the file can go straight back to the CRM's import
cli-help-arg-bom = Start the CSV with a byte-order mark, so that Excel opens Russian text correctly when the file is double-clicked
cli-help-arg-encoding = The lead file's text encoding: utf-8 or windows-1251. Detected when not given
cli-help-arg-input-format = The lead file's format: csv, json, jsonl, xlsx (Excel and OpenDocument workbooks) or html (a web page with a table, as Bitrix24 and 1C export to "Excel"). Guessed from the file name and its first bytes when not given; a workbook on standard input needs --input-format xlsx
cli-help-arg-sheet = For an Excel or OpenDocument workbook: the sheet with the leads. Default: the first
cli-help-arg-id = The lead's id: the value of the field marked `key`
cli-help-arg-row = The lead's row number in the file (1 is the first lead after the header)
cli-help-arg-lead = A lead written inline as a JSON object, with the same column names as the export
cli-help-arg-snapshot-check = Compare the verdicts with this snapshot file and print every lead whose verdict changed. Exit code 0 when none did, 1 when some did
cli-help-arg-accept = With --check: after printing the changes, rewrite the snapshot file with the new verdicts, and exit 0
cli-help-arg-fmt-check = Change nothing; name every file that is not in the canonical layout and exit 1 if there is one
cli-help-arg-fmt-to = Write the keywords in this language: ru or en (names, texts and comments stay as they are). Without it each file keeps the language most of its keywords are written in
cli-help-arg-fmt-stdout = Print the formatted text instead of rewriting the files
cli-help-arg-history = The history: a lead export with a column saying how each lead ended
cli-help-arg-backtest-history = The history: a lead export with a column saying how each lead ended (with `--sql`, the table of the database that holds it)
cli-help-arg-outcome = The column with each lead's outcome
cli-help-arg-won = The outcome values that mean won, comma-separated (default: won, выиграна, ...)
cli-help-arg-lost = The outcome values that mean lost, comma-separated (default: lost, проиграна, ...)
cli-help-arg-open = The outcome values that mean still open, comma-separated (default: open, в работе). Any other value counts as open too, with a warning
cli-help-arg-sales = The classes handed to sales, comma-separated (default: every class whose name contains "SQL")
cli-help-arg-channel = The field that names the lead's source channel (default: `source` or `channel`)
cli-help-arg-report-format = `text` (tables) or `json`
cli-help-arg-html = Also write a self-contained HTML page with the charts
cli-help-arg-old = The current definition: a .rules file, or NAME@VERSION
cli-help-arg-new = The proposed definition: a .rules file, or NAME@VERSION
cli-help-arg-rules-dir = Where to look for NAME@VERSION definitions
cli-help-arg-init-leads = The export to describe: a CSV (`,` `;` tab or `|`; UTF-8 or Windows-1251), a JSON array, JSON Lines or an Excel workbook
cli-help-arg-init-output = Write the definition to this file instead of the screen; an existing file is kept unless --force is given
cli-help-arg-init-force = Replace the -o file if it exists
cli-help-arg-init-keywords = Write the keywords in this language: en (the default) or ru. The comments follow --lang
cli-help-arg-listen = The address and port to listen on. Without a token only a loopback address (127.0.0.1, [::1]) is allowed
cli-help-arg-token-file = A file holding the token every request but /healthz must send as `Authorization: Bearer TOKEN`. Without it the token is read from LEADRULES_TOKEN, when set
cli-help-arg-max-body = The most bytes one request body may have
cli-help-arg-max-batch = The most leads one request may carry
cli-help-arg-max-connections = The most connections open at once; one more is answered 503
cli-help-arg-request-timeout = How many seconds reading and judging one request may take
cli-help-arg-serve-rules = The lead definition (.rules file), or a folder of its versions dated by `effective`
cli-help-arg-audit-log = Append every verdict answered to this log (JSON Lines), durably before the answer is sent; the versions' rule texts are kept beside it in FILE.d. Off when not given
cli-help-arg-audit-log-file = The audit log `serve --audit-log` writes
cli-help-arg-audit-at = Only the verdict in force for the lead at this time: its last record up to then. An RFC 3339 time, a local date and time with its offset from UTC (2026-11-24 17:00 +03:00), a date and time in UTC (2026-11-24 17:00), or a date (through its end, in UTC or at the offset after it)
cli-help-arg-audit-format = `text` for people, `json` for programs (the records, their re-runs and explanations)
cli-help-arg-serve-sample = A lead file (CSV, JSON Lines, a workbook) whose leads the editor page (/edit) judges under a changed rule text, to list the verdicts the change would move
cli-help-arg-sql-dialect = The database the query is for: postgres (PostgreSQL and the engines that speak its dialect) or duckdb
cli-help-arg-sql-table = The table (or view) of leads, its columns named as in the export and holding text
cli-help-arg-sql-view = Write `CREATE VIEW NAME AS` the query, for the database to refresh on its own schedule
cli-help-arg-sql-columns = Columns named otherwise than the first `from` name of their field: field=column, separated by commas
cli-help-arg-sql-decimal-mark = The decimal mark of the table's numbers, `,` or `.`, for the number fields whose `format` declares none (a number such as 1.000 reads two ways)
cli-help-arg-sql-sample = An export of the table: its header names the fields' columns, and its numbers show each column's decimal mark, as `qualify` learns it from the file
cli-help-arg-sql-backtest = Write the backtest of the history in the table instead of the verdicts: won, lost, open and conversion per class, channel, grade and temperature, as `leadrules backtest --format json` gives them
cli-help-arg-sql-open = The outcome values that mean still open, comma-separated (default: open, в работе). Any other value counts as open too, listed under `unrecognized_outcome`
cli-help-arg-backtest-sql = Print the backtest as one SQL query for this database (postgres or duckdb) over the table HISTORY instead of reading a file: the query `leadrules sql --backtest` writes
cli-help-usage-heading = Usage
cli-help-commands-heading = Commands
cli-help-arguments-heading = Arguments
cli-help-options-heading = Options
cli-help-options-placeholder = [OPTIONS]
cli-help-command-value = COMMAND
cli-help-default = [default: { $value }]
cli-help-possible-values = [possible values: { $values }]
cli-value-rules = RULES
cli-value-leads = LEADS
cli-value-file = FILE
cli-value-out = OUT
cli-value-format = FORMAT
cli-value-columns = COLUMNS
cli-value-column = COLUMN
cli-value-encoding = ENCODING
cli-value-sheet = NAME
cli-value-values = VALUES
cli-value-classes = CLASSES
cli-value-field = FIELD
cli-value-history = HISTORY
cli-value-old = OLD
cli-value-new = NEW
cli-value-dir = DIR
cli-value-color = COLOR
cli-value-lang = LANG
cli-value-addr = ADDR
cli-value-bytes = BYTES
cli-value-seconds = SECONDS
cli-value-log = LOG
cli-value-time = TIME
cli-value-dialect = DIALECT
cli-value-table = TABLE
cli-value-view = VIEW
cli-value-mark = MARK
cli-value-field-columns = FIELD=COLUMN,...
cli-usage-value-missing = a value is required for `{ $arg }` but none was supplied
cli-usage-invalid-value-of = invalid value `{ $value }` for `{ $arg }`; possible values: { $valid }
cli-usage-invalid-value = invalid value `{ $value }` for `{ $arg }`
cli-usage-value-refused = invalid value `{ $value }` for `{ $arg }`: { $reason }
cli-usage-reason-whole-number = write a whole number, such as 100
cli-usage-reason-address = write an address with its port, such as 127.0.0.1:8080
cli-usage-unknown-argument = unexpected argument `{ $arg }` found
cli-usage-unknown-argument-suggest =
    unexpected argument `{ $arg }` found
    help: a similar argument exists: `{ $suggestion }`
cli-usage-unknown-command = unrecognized subcommand `{ $command }`
cli-usage-unknown-command-suggest =
    unrecognized subcommand `{ $command }`
    help: a similar subcommand exists: `{ $suggestion }`
cli-usage-missing-arguments = the following required { $count ->
        [one] argument was
       *[other] arguments were
    } not provided:{ $args }
cli-usage-missing-command = a command is required
cli-usage-repeated-argument = the argument `{ $arg }` cannot be used multiple times
cli-usage-conflict = the argument `{ $arg }` cannot be used with `{ $other }`
cli-usage-no-equals = equal sign is needed when assigning values to `{ $arg }`
cli-usage-number-of-values = wrong number of values for `{ $arg }`
cli-usage-invalid-utf8 = invalid UTF-8 was detected in one or more arguments
cli-usage-other = the command line cannot be read
cli-usage-more = For more information, try '--help'.

## End of section: cli


## Section: init

init-no-columns = { $file } has no column to make a field of (no header, or only names that repeat)
init-no-detail = no detail
init-internal = internal error in init: the definition it wrote does not read back ({ $reason }); please report it with the export's header
init-exists = { $path } already exists; add --force to replace it
init-written = { $path }: a starting definition with { $fields ->
        [one] { $fields } field
       *[other] { $fields } fields
    } from { $rows ->
        [one] { $rows } row
       *[other] { $rows } rows
    }; read its comments, edit it, then run leadrules check { $path }
init-header-made = A starting definition written by leadrules init from { $file } ({ $rows ->
        [one] { $rows } row
       *[other] { $rows } rows
    }, { $columns ->
        [one] { $columns } column
       *[other] { $columns } columns
    }).
init-header-edit =
    Every rule below is a guess from the data, for the committee to edit: the comments show what each guess rests on.
    After each change run leadrules check, then leadrules backtest on a history with outcomes.
init-header-unreadable = { $count ->
        [one] { $count } row could not be read and is not counted
       *[other] { $count } rows could not be read and are not counted
    }; the first: { $reason }
init-column-repeated = The column "{ $column }" appears more than once in the export, so no field reads it: rename one of them.
init-column-empty = "{ $column }": empty in every row.
init-column-left-out = left out, no rule could use it: { $declaration }
init-column-key = "{ $column }": filled in every row and never the same twice, so it is the key that names each lead.
init-column-other-id = "{ $column }": filled in every row and never the same twice, another identifier beside the key.
init-column-numbers = "{ $column }": { $fill }; min { $min }, median { $median }, max { $max }.
init-column-values = "{ $column }": { $fill }; { $distinct ->
        [one] { $distinct } value
       *[other] { $distinct } values
    }, most often { $values }.
init-column-values-many = "{ $column }": { $fill }; more than { $distinct } different values, most often { $values }.
init-column-all-different = "{ $column }": { $fill }; every value different.
init-column-only-placeholders = "{ $column }": filled { $percent } % ({ $filled } of { $rows }), only with placeholders.
init-fill = filled { $percent } % ({ $filled } of { $rows })
init-fill-placeholders = filled { $percent } % ({ $filled } of { $rows }, { $placeholders ->
        [one] { $placeholders } of them a placeholder
       *[other] { $placeholders } of them placeholders
    })
init-value-count = "{ $value }" ({ $count })
init-placeholder-count = "{ $value }" ({ $count ->
        [one] { $count } row
       *[other] { $count } rows
    })
init-placeholders = looks like "no answer": { $values }
init-placeholder-columns = "{ $value }" ({ $count ->
        [one] { $count } cell
       *[other] { $count } cells
    } in { $columns ->
        [one] { $columns } column
       *[other] { $columns } columns
    })
init-placeholders-shared = looks like "no answer" in several columns, so read as unknown in every field: { $values }
init-outcome =
    "{ $column }" says how each lead ended (won: { $won }; lost: { $lost }; open: { $open }): it is the outcome for backtest, not a field.
    Try the definition on this export with:
init-outcome-none = none
init-no-outcome = No column looks like an outcome (won and lost); name yours with leadrules backtest --outcome COLUMN --won ... --lost ...
init-minimum = Gates: a lead that fails one is disqualified. This one is a guess from the data: keep it, change it or write the committee's own.
init-gate-below = { $field } below { $value }, the lowest tenth of the export: edit or remove this gate
init-gate-no = { $field } is no: edit or remove this gate
init-gate-unknown = { $field } is not filled in: edit or remove this gate
init-profile = Ideal customer profile: one line per field, each a guess from the data. Delete the lines that do not describe a good client, change the others, and give the ones that matter more weight.
init-criterion-yes = yes
init-criterion-median = at least the median
init-criterion-median-time = at most the median
init-criterion-most-common = the most common value
init-criterion-known = filled in
init-score = Points: a lead that fits the profile gets more. Add a line for every signal the committee agrees on.
init-flag-do-not = "{ $column }" says not to contact the lead: its yes is no plus, so it is in neither the profile nor the score but a flag on the verdict, which does not change the class.
init-flag-do-not-words = "{ $column }" says not to contact the lead in words, not yes or no: a lead with anything written in it gets a flag on the verdict, which does not change the class; the column is in neither the profile, the score nor the minimum. If one of its values means the lead may be contacted, leave that value out of the flag's condition.
init-classify = Classes: the first line that holds decides. Move the thresholds after a backtest.

## End of section: init
## Section: serve

serve-listening = serving "{ $name }" version { $version } ({ $digest }) at { $url }; stop with Ctrl-C
serve-stopping = stopping: no new connections; the requests in progress finish
serve-stopped = stopped
serve-cannot-read-rules = cannot read the rule file { $path }: { $reason }
serve-rules-have-errors = { $file } has { $count ->
        [one] { $count } error
       *[other] { $count } errors
    }
serve-rules-do-not-classify = { $file } has no `classify` block, so it gives leads no class
serve-examples-fail = { $count ->
        [one] { $count } example of { $file } fails
       *[other] { $count } examples of { $file } fail
    }: { $examples }
serve-reloaded = { $file } changed: now serving "{ $name }" version { $version } ({ $digest })
serve-reload-refused =
    the new version is refused: { $reason }; version { $version } keeps serving
    { $diagnostics }
serve-no-token-off-loopback =
    refusing to listen on { $addr } without a token: anyone who can reach it could use the service
    help: set LEADRULES_TOKEN or give --token-file FILE, or listen on 127.0.0.1
serve-cannot-listen = cannot listen on { $addr }: { $reason }
serve-cannot-start = cannot start the service: { $reason }
serve-cannot-read-token = cannot read the token file { $path }: { $reason }
serve-empty-token = the token is empty; put the token in LEADRULES_TOKEN or in the --token-file file
serve-unauthorized = this route needs the service's token: send the header `Authorization: Bearer TOKEN`
serve-not-found = no such route; the routes are /v1/qualify, /v1/explain, /v1/check, /v1/moved, /v1/definition, /healthz and /metrics, and the page at / and /edit
serve-method-not-allowed = this route does not take this method: send leads and rule texts with POST, ask for the rest with GET
serve-empty-body = the request has no body; send a lead as a JSON object, leads as a JSON array or JSON Lines, or a CRM's form
serve-json-not-leads = the JSON body is neither a lead (an object) nor leads (an array of objects)
serve-unsupported-media-type = cannot read a body of type { $media }; send application/json, application/x-ndjson or application/x-www-form-urlencoded
serve-form-no-lead = the form has no lead: amoCRM keys such as leads[add][0][name] name no field of a lead
serve-connection-test = connection test received: the service is ready; leads sent to this address are judged by the definition named here
serve-request-body = the request
serve-no-lead = the request has no lead with a value in it
serve-unreadable-leads = { $count ->
        [one] { $count } lead cannot be read, so it was not judged
       *[other] { $count } leads cannot be read, so none was judged
    }: { $problem }
serve-batch-too-large = the request carries more than { $limit ->
        [one] { $limit } lead
       *[other] { $limit } leads
    }; send them in several requests
serve-body-too-large = the body is larger than { $limit ->
        [one] { $limit } byte
       *[other] { $limit } bytes
    }; send the leads in several requests
serve-body-broke-off = the body broke off before its end
serve-body-timeout = the body did not arrive within { $seconds ->
        [one] { $seconds } second
       *[other] { $seconds } seconds
    }
serve-judging-timeout = judging the leads took more than { $seconds ->
        [one] { $seconds } second
       *[other] { $seconds } seconds
    }; send fewer leads in one request
serve-judging-failed = the leads could not be judged because of a bug in leadrules; please report it
serve-internal = the answer could not be written: { $reason }
serve-too-many-connections = the service has { $limit ->
        [one] { $limit } connection
       *[other] { $limit } connections
    } open, as many as it takes; try again in a second
serve-explain-one-lead = explain takes one lead, and the request has { $count }
serve-explain-lead-name = the lead
serve-uncomputable-lead = { $lead } cannot be judged: { $problem }
serve-rules-not-utf8 = the rule text is not UTF-8

serve-audit-logging = every verdict answered is first made durable in the audit log { $path }
serve-audit-torn-cut = the audit log { $path } ended with { $bytes ->
        [one] { $bytes } byte
       *[other] { $bytes } bytes
    } of a record torn by a crash while it was being written (its request was never answered); cut off
serve-audit-log-failed = the verdict was not answered because its record could not be made durable in the audit log: { $reason }

serve-no-version-in-force = no version in { $folder } is in force yet: the first, { $file }, takes effect on { $date }
serve-no-dated-version = { $folder } has no rule file with an `effective` date in its header, so no version to serve
## End of section: serve
## Section: audit

# The audit log of `serve --audit-log` and `leadrules audit`.
audit-cannot-open = cannot open the audit log { $path }: { $reason }
audit-log-in-use = another service is writing the audit log { $path } (it holds its lock): two services cannot write one log; stop the other, or give each its own --audit-log
audit-cannot-keep-texts = cannot keep the rule texts of the version in { $folder }: { $reason }
audit-log-closed = the audit log is closed: the service is stopping
audit-write-failed = the record could not be written to the audit log: { $reason }
audit-log-broken = the audit log cannot be written any more (a failed write could not be undone: { $reason }); restart the service
audit-cannot-read-log = cannot read the audit log { $path }: { $reason }
audit-bad-time = `{ $text }` is not a time: write 2026-11-24T17:00:00+03:00, a local time with its offset (2026-11-24 17:00 +03:00), 2026-11-24 17:00 (UTC) or 2026-11-24
audit-bad-digest = `{ $digest }` is not a version's digest (sha256: and 64 hex digits)
audit-texts-missing = the rule texts of version { $digest } are not kept in { $folder }: { $reason }
audit-texts-empty = the rule texts of version { $digest } list no file
audit-version-refused = the kept version { $digest } cannot be loaded again: { $reason }
audit-cannot-read-lead = the logged input of { $lead } cannot be read again: { $problem }
audit-torn-tail = the log ends with { $bytes ->
        [one] { $bytes } byte
       *[other] { $bytes } bytes
    } of a record torn by a stop while it was being written; its request was never answered, so it is left out
audit-broken-lines = { $count ->
        [one] line { $lines } of the log is not a record and is left out
       *[other] lines { $lines } of the log are not records and are left out
    }
audit-no-record = the log has no verdict for lead { $id }
audit-no-record-until = the log has no verdict for lead { $id } up to { $at }
audit-record = lead { $id } (line { $line } of the log): { $class }, score { $score }, respond by { $respond_by }; judged at { $at } by "{ $name }" version { $version } ({ $digest })
audit-none = none
audit-texts-changed = the kept texts no longer load to the digest { $digest } (the standard frameworks of this leadrules differ from those of the service that logged it); the re-run may differ for that reason
audit-rerun-same = re-run by the same version: the same verdict
audit-rerun-differs = re-run by the same version: a different verdict ({ $changes })

## End of section: audit
## Section: sql

# `leadrules sql`: the definition as one SQL query.
sql-columns-not-a-pair = `{ $pair }` is not a pair field=column in --columns
sql-columns-unknown-field = --columns names the field `{ $field }`, which the rules do not have (their fields: { $fields })
sql-decimal-mark-needed = the query cannot tell whether `,` or `.` is the decimal mark of the table's numbers (a number such as 1.000 reads as 1 or as 1000, and a table does not show which) for { $count ->
    [1] the field
   *[other] the fields
} { $fields }: give --decimal-mark , or --decimal-mark . or --sample FILE (an export of the table, whose numbers show it), or declare the mark on the field in the rules: `format "1 000,50"` or `format "1,000.50"`
sql-not-expressible = the definition cannot be written as SQL: its { $what } is not expressed by the compiler to SQL (a construct it does not know yet); run `leadrules qualify` instead
# The comment at the top of the query.
sql-comment-title = The verdicts of "{ $definition }" ({ $file }) for every lead of the table, written by `leadrules sql` for { $engine }.
sql-comment-left-out = Left out, as SQL cannot give them: the discovery questions (`questions`), the explanations (`leadrules explain`) and the row number (`row`; the key names the lead).
sql-comment-unknown = Unknown is NULL: a blank cell, a criterion that cannot be decided yet (true, false or NULL). A cell the reader rejects gives the row the class `error` and the reason in `error`.
sql-comment-absent = The sample export has no column for { $count ->
    [one] the field { $fields }: it is
   *[other] the fields { $fields }: they are
} read as NULL, unknown for every lead, as `qualify` reads such a file. Map a column with `--columns field=column` if the table has one.
sql-comment-decimal-mark-given = Where a number such as 1.000 reads two ways, it is read with the decimal mark given by --decimal-mark: { $fields }.
sql-comment-decimal-mark-sample = Where a number such as 1.000 reads two ways, it is read with the decimal mark its column shows in the sample export { $file }, as qualify learns it from the first rows of a file: { $fields }.
sql-comment-decimal-mark-none = no mark shown (such a number is an error, as in qualify)
sql-comment-decimal-mark-for = { $mark } for { $fields }

sql-backtest-channel-kind = the channel field `{ $field }` is neither text, `one of` nor yes/no: the backtest query groups leads by such a field only; name another with --channel
# The comment at the top of the backtest query.
sql-backtest-comment-title = The backtest of "{ $definition }" ({ $file }) over the history in the table, written by `leadrules sql --backtest` for { $engine }: a row per group (dimension, position, name), with the figures of `leadrules backtest --format json` (leads, share, won, lost, open, conversion, its 95% interval, lift).
sql-backtest-comment-outcomes = Outcomes from the column "{ $column }", trimmed and in lowercase: won { $won }; lost { $lost }; open { $open }. Any other text counts as open and is listed under `unrecognized_outcome`.
sql-backtest-comment-groups = Channel field: { $channel } (a text written several ways is named by its first spelling in byte order; backtest names it by the first in the file). Classes handed to sales (`admitted`): { $sales }.
sql-backtest-comment-left-out = Left out: the `--by` breakdowns and their cross tables, the score bands and targets, and the refusal of a history none of whose outcomes a list names (the query lists those texts instead).
## End of section: sql

## Section: page (the committee's page of `leadrules serve`: `/` and `/edit`)

page-title-home = leadrules: the lead definition in force
page-title-edit = leadrules: try a change to the definition
page-nav-definition = The definition
page-nav-editor = Try a change
page-nav-language = Language
page-token-heading = This service asks for its token
page-token-explain = Type the service's token (the one the CRM sends as Authorization: Bearer). This browser tab keeps it until the tab is closed, and sends it with every request the page makes.
page-token-label = Token
page-token-open = Open
page-token-refused = The service did not take this token; type it again.
page-unreachable = The service did not answer; is it still running?
page-version = version { $version }
page-last-refused = The last change to the rule files ({ $at }) was refused, so the version below keeps serving: { $reason }.
page-effective = in force from { $date }
page-gates = Minimum: who can never be ours
page-gates-explain = A lead that fails one of these gates is disqualified, with the reason shown in bold.
page-gates-none = This definition has no minimum: no lead is disqualified by a gate.
page-gate-reason = { $reason }
page-profile = Profile { $name }
page-profile-explain = A lead's fit is the share of these weights whose criteria it meets, from 0 to 100 %; the fit gives the grade, A to F.
page-framework = Framework { $name }
page-framework-pass = It passes when { $needed } of its { $total -> 
        [one] { $total } criterion is
       *[other] { $total } criteria are
    } met.
page-score = Score
page-score-named = Score { $name }
page-score-cap = At most { $cap -> 
        [one] { $cap } point
       *[other] { $cap } points
    }.
page-deal = Deal: its size and how likely we win it
page-classes = Classes
page-classes-explain = The first rule that holds gives the lead its class; sales acts on the class's playbook.
page-playbook = playbook: { $playbook }
page-temperatures = Temperature: how soon to answer
page-temperatures-since = The deadlines count from { $field }.
page-temperatures-all-leads = Disqualified leads get a temperature too.
page-temperatures-qualified-leads = Disqualified leads get no temperature and no deadline.
page-respond-within = respond within { $duration }
page-try = Try a lead
page-try-explain = Fill in what you know: an empty field is unknown. The verdict, the questions to ask and the whole reasoning change as you type.
page-unknown-choice = — unknown —
page-one-of = one of the list
page-verdict = Verdict
page-key-class = Class
page-key-decided-by = Decided by
page-key-playbook = Playbook
page-key-failed-gates = Failed gates
page-key-score = Score
page-key-fit = Fit, %
page-key-grade = Grade
page-key-temperature = Temperature
page-key-respond-within = Respond within
page-key-respond-by = Respond by
page-key-probability = Win probability, %
page-key-deal-size = Deal size
page-key-unknown = Not known yet
page-questions = Discovery questions
page-questions-explain = What to find out: each answer that would change the class.
page-questions-none = No answer would change the class.
page-explanation = The reasoning
page-judging = Judging…
page-editor = Try a change to the definition
page-editor-explain = Edit the rules below. They are checked as you type, and the leads whose verdict the change would move are listed. Nothing here is saved: to put a change in force, save it to { $file }, and the service takes it if it checks clean and its examples pass.
page-editor-label = The rules of { $file }
page-editor-used = Only { $file } is edited here. The files it uses ({ $used }) are shown below, read-only, as the version in force was loaded with them, and the edit is checked with them: to change one, edit and save that file.
page-editor-used-heading = The files the definition uses
page-editor-read-only = read-only
page-number-placeholder = like 1 000 000,50
page-updated = A new version is in force; this page now shows it:
page-new-in-force = A new version is in force:
page-load-new = Load it (the text here is replaced)
page-version-word = version
page-problems = Problems
page-checking = Checking…
page-no-problems = No problems: the text checks clean.
page-line = line
page-column = column
page-help = help
page-note = note
page-moved = Verdicts the change would move
page-moved-explain-examples = Compared: the examples of the definition in force and of the edited text, judged under both. Start the service with --sample FILE to compare a file of leads too.
page-moved-explain-sample = Compared: the examples of the definition in force and of the edited text, and the leads of { $file }, judged under both.
page-moved-lead = Lead
page-moved-before = Now
page-moved-after = With the change
page-moved-rule = Decided by
page-comparing = Comparing…
page-from-example = example
page-from-sample = sample lead
page-sample-row = row { $row }
page-would-refuse = The service would refuse this text: { $reason }.
page-moved-not-compared = No verdict is compared until the text classifies leads.
page-moved-none = { $compared ->
        [0] There is no lead to compare: neither definition has examples, and the service was started without --sample.
        [one] The lead compared keeps its class and temperature.
       *[other] None of the { $compared } leads compared changes class or temperature.
    }
page-moved-some = The class or temperature changes for { $moved } of the { $compared -> 
        [one] { $compared } lead
       *[other] { $compared } leads
    } compared.
page-sample-unreadable = the sample leads { $file } cannot be read: { $reason }

## suggest
cli-help-suggest = What moving each threshold, weight and point value would do on your history, and the changes it supports
suggest-error-history-from-stdin = suggest reads the history many times: give it as a file, not as standard input (-)
suggest-error-cannot-read-history = cannot read the history { $path }: { $reason }
suggest-title = Suggestions for { $definition } over { $history }
suggest-rows = { $rows ->
        [one] { $rows } row
       *[other] { $rows } rows
    }: { $judged } judged; { $tried ->
        [one] { $tried } change tried
       *[other] { $tried } changes tried
    }, { $backtests ->
        [one] { $backtests } backtest run
       *[other] { $backtests } backtests run
    }
suggest-now = now: { $classes } gets { $leads ->
        [one] { $leads } lead
       *[other] { $leads } leads
    } at { $conversion } ({ $interval }); the other leads convert at { $rest } ({ $rest_interval })
suggest-rule = A change is proposed only when the leads it moves into sales convert better than the other leads do now, and the leads it moves out of sales worse than sales does now: each with at least { $min } won or lost leads, and a { $confidence } interval, widened for the { $tried ->
        [one] { $tried } change
       *[other] { $tried } changes
    } tried, that leaves out that conversion.
suggest-knobs-heading = What moving each number would do (each class: leads and conversion; into / out of sales: the leads that move, their conversion and 95% interval)
suggest-knob = line { $line }, { $block }, { $what }: { $rule }
suggest-kind-threshold = threshold { $value }
suggest-kind-points = points { $value }
suggest-kind-weight = weight { $value }
suggest-column-value = value
suggest-column-into = into sales
suggest-column-out = out of sales
suggest-column-supported = supported
suggest-value-now = { $value } (now)
suggest-supported-yes = yes
suggest-fields-heading = Fields the rules do not use (conversion by value or by band of about equal leads; lift over all leads)
suggest-fields-none = every field of the history is used by the rules
suggest-field-column = { $column } (a column the rules do not declare)
suggest-field-separates = { $field }: separates won from lost: { $group } ({ $leads ->
        [one] { $leads } lead
       *[other] { $leads } leads
    }) converts at { $conversion } ({ $interval }), lift { $lift }; { $groups ->
        [one] { $groups } group
       *[other] { $groups } groups
    }, from { $low } to { $high }
suggest-field-flat = { $field }: does not separate won from lost: { $groups ->
        [one] { $groups } group
       *[other] { $groups } groups
    }, from { $low } to { $high }, none different from all the leads beyond chance
suggest-field-after-outcome = { $field }: left out: blank on every open lead and filled on the decided ones, so written once the deal closed
suggest-field-identifier = { $field }: left out: nearly every lead has its own value (an identifier)
suggest-heading = Suggestions
suggest-none = { $separating ->
        [0] None: on this history no change tried moves leads that convert differently from where they are beyond chance, and no unused field separates won from lost.
       *[other] None: on this history no change tried moves leads that convert differently from where they are beyond chance.
    }
suggest-nothing-predicts = Nor do the classes themselves: { $classes } converts at { $conversion } ({ $interval }) and the other leads at { $rest } ({ $rest_interval }). Nothing in this history tells a won deal from a lost one, so it supports no change.
suggest-outcome-fields = None: the rules read { $fields }, { $count ->
        [one] which is
       *[other] which are
    } blank on every open lead and filled on the decided ones, so written once the deal closed. Rules that read the outcome judge the past by it and say nothing about new leads: remove { $count ->
        [one] that field
       *[other] those fields
    } from the rules; no change is proposed until then.
suggest-item = { $number }. line { $line }, { $block }: { $what }
suggest-what-change = { $old } → { $new }
suggest-what-declare = declare the column "{ $column }" in fields as { $declaration } (its type inferred as init infers it) and add the line "{ $new }"
suggest-what-line = add the line "{ $new }" ({ $field })
suggest-moves = into sales: { $into_figures }; out of sales: { $out_figures }; { $changed ->
        [one] { $changed } lead changes class
       *[other] { $changed } leads change class
    }
suggest-sales = { $classes }: { $leads_before } → { $leads_after ->
        [one] { $leads_after } lead
       *[other] { $leads_after } leads
    }, won { $won_before } → { $won_after }, conversion { $before } → { $after } (95%: { $before_interval } → { $after_interval })
suggest-column-leads-before = leads before
suggest-column-leads-after = after
suggest-column-conversion-before = conversion before
suggest-column-conversion-after = after
