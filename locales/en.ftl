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
check-example-cannot-hold = `{ $field }` cannot hold `{ $value }`
check-example-field-is = `{ $field }` is { $kind }
check-example-give = give `{ $field }` { $kind }
check-not-in-the-list = not in the list
check-example-no-score = there is no score `{ $name }`
check-example-not-a-score = not a score
check-example-no-score-block = there is no score block to compare with
check-example-scores-are = the scores are: { $names }
check-example-no-profile = there is no profile to have a fit
check-example-no-profile-label = no profile
check-example-no-profile-help = add a `profile ICP {"{"} ... {"}"}` block, or remove this expectation
check-example-impossible-fit = a fit of { $fit }% cannot happen
check-example-impossible-fit-label = a fit is between 0% and 100%
check-example-impossible-fit-help = expect a fit between 0% and 100%
check-example-not-a-grade = `{ $name }` is not a grade
check-example-not-a-grade-label = not a grade
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
check-never-unknown-help = to ask whether the data behind `{ $expr }` is there, test the fields it reads with `is known`; otherwise remove the test
check-fix-swap-bounds = swap the bounds: `between { $high } and { $low }`
check-backwards-range = the range is backwards: nothing is between `{ $low }` and `{ $high }`
check-backwards-range-label = `{ $low }` is more than `{ $high }`
check-backwards-range-help = the smaller bound comes first: write `between { $high } and { $low }`, or correct the bound that is wrong
check-one-value-range = the range from `{ $low }` to `{ $high }` holds only one value
check-one-value-range-label = both bounds are the same
check-one-value-range-help = correct the bound that is wrong, or, if exactly `{ $low }` is meant, write `= { $low }`
check-contradiction = no lead can have both `{ $first }` and `{ $second }`
check-contradiction-label = contradicts `{ $first }`
check-contradiction-first = this comes first
check-contradiction-help = this condition is never true: correct the comparison that is wrong, or write `or` if either one is meant
check-always-true-threshold = every lead passes this threshold
check-bounded-between = `{ $name }` is between { $low } and { $high }
check-always-true = always true
check-always-true-threshold-help = choose a threshold between { $low } and { $high }, or remove the condition if every lead is meant

# Warnings (check/lints.rs).
check-unused-field = no rule uses the field `{ $name }`
check-unused-field-label = declared but never read
check-unused-field-help = use it in a rule, or remove it from `fields` if the committee dropped it
check-class-rule-shadowed = the class rule for `{ $name }` can never be chosen
check-temperature-rule-shadowed = the temperature rule for `{ $name }` can never be chosen
check-rule-shadowed-label = every lead this matches is taken earlier
check-rule-shadowed-earlier = this earlier rule for `{ $name }` always wins
check-rule-shadowed-help = move the narrower rule above the wider one, or change its condition
check-unreachable-threshold = no lead can reach this threshold
check-never-true = never true
check-bounded-at-most = `{ $name }` is at most { $value }
check-bounded-at-least = `{ $name }` is at least { $value }
check-threshold-lower-help = lower the threshold to { $value } or less, or add points so it can be reached
check-threshold-lower-percent-help = lower the threshold to { $value } or less, or add points so it can be reached; a percentage of a whole is at most 100%
check-threshold-raise-help = raise the threshold to { $value } or more
check-threshold-raise-percent-help = raise the threshold to { $value } or more; a percentage of a whole is at most 100%

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
check-names-column-for-field = `{ $name }` is a column of the CRM, not a field name
check-names-column-for-field-label = the field `{ $field }` is read from this column
check-names-column-for-field-help = rules use the field's own name: write `{ $field }`
check-names-column-for-fields-label = several fields are read from this column
check-names-column-for-fields-help = rules use a field's own name: write one of { $fields }
check-names-class-as-value = `{ $name }` is a class, not a value a rule can read
check-names-class-as-value-label = a class of `classify`
check-names-class-as-value-help = a rule cannot read the class, which is decided last; to test the same thing, repeat the condition that gives `{ $name }`: `{ $condition }`
check-names-class-as-value-otherwise-help = a rule cannot read the class, which is decided last; `{ $name }` is what `otherwise` gives, so test what the rules above it do not
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
check-names-russian-keyword = `{ $written }` is a Russian word; rules are written with the English keyword `{ $keyword }`
check-names-russian-keyword-label = write `{ $keyword }` here
check-names-russian-keyword-help = write `{ $keyword }` instead of `{ $written }`

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

