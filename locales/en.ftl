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

## End of section: keywords

## Section: compile

## End of section: compile

## Section: schema

## End of section: schema

## Section: format

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
eval-example-fit = fit { $fit }%
eval-example-framework-passes = { $name } passes
eval-example-framework-fails = { $name } fails
eval-example-framework-undecided = { $name } is undecided
eval-example-grade = grade { $grade }
# Arithmetic that overflowed for a lead.
eval-fault-calculation = { $place }: `{ $code }` cannot be computed, { $values } is not a finite number; the lead gets no verdict
eval-fault-calculation-nowhere = a calculation cannot be computed: { $values } is not a finite number; the lead gets no verdict
eval-fault-score = { $place }: the points of `{ $name }` add up to more than a number can hold; the lead gets no verdict
eval-fault-score-nowhere = the points of `score` add up to more than a number can hold; the lead gets no verdict
eval-fault-priority = the deal priority cannot be computed, { $probability }% × { $size } is not a finite number; the lead gets no verdict
eval-fault-negated = -{ $value }
eval-fault-operation = { $a } { $sign } { $b }
eval-fault-not-a-number = not a number
eval-fault-infinity = infinity
eval-fault-minus-infinity = -infinity

## End of section: eval

## Section: input

## End of section: input

## Section: output

## End of section: output

## Section: run

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
backtest-error-history-changed = { $history } changed while it was read

## End of section: backtest

## Section: cli

## End of section: cli

