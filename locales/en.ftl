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

cli-error = error: { $message }
cli-warning = warning: { $message }
cli-cannot-write-stdout = cannot write to standard output: { $reason }
cli-io-not-found = no such file or folder
cli-io-permission-denied = permission denied
cli-io-is-a-folder = it is a folder, not a file
cli-io-closed-pipe = the program reading the output closed it early
cli-io-disk-full = the disk is full
cli-io-read-only = the disk is read-only
cli-io-other = { $reason }
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
cli-summary-leads = { $count ->
        [one] { $count } lead
       *[other] { $count } leads
    }: { $classes }
cli-summary-no-errors = no errors
cli-summary-unread = { $count } could not be read ({ $rows })
cli-summary-uncomputable = { $count } could not be computed ({ $rows })
cli-summary-rows = { $count ->
        [one] row
       *[other] rows
    } { $list }
cli-summary-rows-more = { $count ->
        [one] row
       *[other] rows
    } { $list } and { $more } more
cli-summary-blank-rows = { $count ->
        [one] { $count } empty row skipped
       *[other] { $count } empty rows skipped
    }
cli-bad-encoding = `{ $value }` is not an encoding leadrules reads; use utf-8 or windows-1251
cli-bad-jobs = `{ $value }` is not a number of threads; use a whole number from 1 to 1024
cli-bad-input-format = `{ $value }` is not a lead file format; use csv, json, jsonl or xlsx
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
cli-history-unreadable-row = row { $row }: { $problem }
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
cli-progress-time-left = { $eta } left
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
cli-help-arg-input-format = The lead file's format: csv, json, jsonl or xlsx (Excel and OpenDocument workbooks). Guessed from the file name and its first bytes when not given; a workbook on standard input needs --input-format xlsx
cli-help-arg-sheet = For an Excel or OpenDocument workbook: the sheet with the leads. Default: the first
cli-help-arg-id = The lead's id: the value of the field marked `key`
cli-help-arg-row = The lead's row number in the file (1 is the first lead after the header)
cli-help-arg-lead = A lead written inline as a JSON object, with the same column names as the export
cli-help-arg-snapshot-check = Compare the verdicts with this snapshot file and print every lead whose verdict changed. Exit code 0 when none did, 1 when some did
cli-help-arg-accept = With --check: after printing the changes, rewrite the snapshot file with the new verdicts, and exit 0
cli-help-arg-fmt-check = Change nothing; name every file that is not in the canonical layout and exit 1 if there is one
cli-help-arg-fmt-stdout = Print the formatted text instead of rewriting the files
cli-help-arg-history = The history: a lead export with a column saying how each lead ended
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
cli-usage-value-missing = a value is required for `{ $arg }` but none was supplied
cli-usage-invalid-value-of = invalid value `{ $value }` for `{ $arg }`; possible values: { $valid }
cli-usage-invalid-value = invalid value `{ $value }` for `{ $arg }`
cli-usage-value-refused = invalid value `{ $value }` for `{ $arg }`: { $reason }
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

