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

# Pieces joined the same way in every language.
input-join-colon = { $first }: { $second }
input-join-comma = { $first }, { $second }
input-join-semicolon = { $first }; { $second }
input-or-chain = { $first } or { $second }
input-verbatim = { $text }

# Why a file cannot be opened or read (what the system said, in words).
input-io-not-found = no such file or folder
input-io-permission-denied = permission denied
input-io-is-a-folder = it is a folder, not a file
input-io-broken-pipe = the program reading the output closed it early
input-io-disk-full = the disk is full
input-io-read-only = the disk is read-only

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
input-no-header = { $name }: the first line has no column names; it must name the columns, like ID;Сотрудников;Выручка, руб
input-invalid-json = { $name }: not valid JSON at line { $line }, column { $column }: { $reason }
input-header-not-utf8 = { $name }: the column names are not valid UTF-8, so the file is probably in Windows-1251; run without --encoding, or with --encoding windows-1251
input-unsupported-encoding = { $name }: the file is in { $encoding }, which this tool does not read; save it as "CSV UTF-8" (or CSV in Windows-1251) and try again
input-encoding-utf16 = UTF-16 (Excel's "Unicode text")
input-record-too-long = { $name }: a record longer than { $limit } starting on line { $line }; no lead is that long, so the file is probably damaged (its line breaks are missing, or a quote or bracket is never closed)
input-workbook = { $name }: { $reason }
input-no-such-sheet = { $name } has no sheet "{ $sheet }"; { $count ->
    [one] its only sheet is
   *[other] its sheets are
} { $sheets }
input-duplicate-column = { $name }: the field { $field } reads the column "{ $column }", which { $place }, so it is not clear which one holds the value; rename or delete the extra column in the export and try again
input-no-matching-column = { $name }: no column matches any field; the rules read { $wanted }; the file's columns are { $found }
input-no-matching-column-more = { $name }: no column matches any field; the rules read { $wanted }; the file's columns are { $found } and { $more } more
input-no-matching-column-none = { $name }: no column matches any field; the rules read { $wanted }; the file has no named columns
input-field-from = { $field } from { $columns }
input-standard-input = standard input
input-quoted = "{ $text }"

# Where a repeated column is.
input-place-header = appears { $count } times in the header (columns { $positions })
input-place-json-lead = appears { $count } times in the lead on line { $line }

# Warnings about columns.
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
input-sheet-unreadable = the sheet "{ $sheet }" cannot be read ({ $reason })

# Broken JSON structure.
input-json-expected-array = expected [ to start an array of leads
input-json-not-whole-value = this line is not a whole JSON value; expected one lead per line ({"{"}...{"}"}) or an array of leads ([{"{"}...{"}"}, ...])
input-json-unclosed-array = the file ends before the array of leads is closed with ]
input-json-ends-in-lead = the file ends in the middle of a lead
input-json-expected-comma = expected , or ] after a lead
input-json-trailing-text = unexpected text after the end of the array of leads

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
input-expect-minutes = a number of minutes (write it like 30 or 2 weeks)
input-expect-hours = a number of hours (write it like 30 or 2 weeks)
input-expect-days = a number of days (write it like 30 or 2 weeks)
input-expect-weeks = a number of weeks (write it like 30 or 2 weeks)
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

## End of section: backtest

## Section: cli

## End of section: cli

