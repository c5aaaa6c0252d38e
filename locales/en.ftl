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

