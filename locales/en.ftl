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

## End of section: keywords

## Section: compile

# An I/O error in plain words, a part of a message about reading or writing a file.
compile-io-not-found = no such file or folder
compile-io-permission-denied = permission denied
compile-io-is-a-folder = it is a folder, not a file
compile-io-broken-pipe = the program reading the output closed it early
compile-io-disk-full = the disk is full
compile-io-read-only = the disk is read-only
# $reason: the system's own words for a rare failure.
compile-io-other = { $reason }

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

## End of section: compile

## Section: schema

# What a field holds, as a part of a message ("`budget` is an amount of money").
schema-kind-number = a number
schema-kind-money = an amount of money
schema-kind-percent = a percentage
schema-kind-yes-no = yes or no
schema-kind-text = text
schema-kind-minutes = a number of minutes
schema-kind-hours = a number of hours
schema-kind-days = a number of days
schema-kind-weeks = a number of weeks
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

