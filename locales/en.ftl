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
check-no-framework-help = only a framework can pass or fail: declare one with `framework NAME pass ... {"{"} ... {"}"}`
check-only-equality = { $kind } can only be compared with `=` or `!=`
check-different-value-lists = `{ $first }` and `{ $second }` have different lists of values
check-cannot-compare = cannot compare { $left } with { $right }
check-cannot-compare-help = compare a field with a value of the same kind, such as `employees >= 10` or `industry = it`
check-cannot-compare-units = cannot compare { $left } with { $right }
check-unit-help-duration = a duration can only be compared with another duration, such as `timeline <= 90 days`
check-unit-help-percent = a percentage can only be compared with a percentage, such as `ICP.fit >= 70%`
check-unit-help-other = compare amounts of money with money and counts with counts
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
check-yes-no-words = write `{ $word }` for `{ $number }`: yes/no values are `yes` and `no`

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

