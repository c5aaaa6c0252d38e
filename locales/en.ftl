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

## End of section: backtest

## Section: cli

## End of section: cli

