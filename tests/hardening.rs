//! Nothing lost, nothing leaked: what the commands do when the output would destroy an input,
//! is not a plain file, or is interrupted; when a pipe closes early; and when a rule file or a
//! file it `use`s is not what it seems (a link out of the folder, a pipe, a device, a huge file,
//! another encoding, old Mac line breaks).

mod common;

use common::{code, leadrules, scratch, stderr, stdout};
use std::io::Write;
use std::path::{Path, PathBuf};
use std::process::{Command, Stdio};
use std::time::{Duration, Instant};

const ACME: &str = "rules/acme.rules";
const LEADS: &str = "rules/acme-leads.csv";

/// Copies of the shipped definition and leads into a scratch folder.
fn copies(name: &str) -> (PathBuf, PathBuf, PathBuf) {
    let dir = scratch(name);
    let (rules, leads) = (dir.join("acme.rules"), dir.join("leads.csv"));
    std::fs::copy(ACME, &rules).expect("copy rules");
    std::fs::copy(LEADS, &leads).expect("copy leads");
    (dir, rules, leads)
}

fn s(path: &Path) -> &str {
    path.to_str().expect("utf-8 path")
}

/// Stderr with the scratch folder's path replaced, for snapshots.
fn messages(output: &std::process::Output, dir: &Path) -> String {
    stderr(output).replace(s(dir), "<dir>")
}

/// The hidden partial files in a folder.
fn partial_files(dir: &Path) -> Vec<String> {
    std::fs::read_dir(dir)
        .expect("read dir")
        .filter_map(Result::ok)
        .map(|e| e.file_name().to_string_lossy().into_owned())
        .filter(|n| n.contains(".leadrules-partial-"))
        .collect()
}

#[test]
fn the_output_never_replaces_an_input() {
    let (dir, rules, leads) = copies("output-is-input");
    let before = std::fs::read(&leads).expect("read");
    let o = leadrules(&["qualify", s(&rules), s(&leads), "-o", s(&leads)]);
    assert_eq!(code(&o), 2, "{}", stderr(&o));
    insta::assert_snapshot!("output_is_the_lead_file", messages(&o, &dir));
    assert_eq!(std::fs::read(&leads).expect("read"), before, "the lead file is untouched");

    let rules_before = std::fs::read(&rules).expect("read");
    let o = leadrules(&["qualify", s(&rules), s(&leads), "-o", s(&rules)]);
    assert_eq!(code(&o), 2, "{}", stderr(&o));
    assert_eq!(std::fs::read(&rules).expect("read"), rules_before, "the rule file is untouched");

    // Through another name for the same file: a hard link and a symbolic link.
    let hard = dir.join("hard.csv");
    std::fs::hard_link(&leads, &hard).expect("hard link");
    let o = leadrules(&["qualify", s(&rules), s(&leads), "-o", s(&hard)]);
    assert_eq!(code(&o), 2, "{}", stderr(&o));
    assert!(stderr(&o).contains("is the same file as the input"), "{}", stderr(&o));
    let soft = dir.join("soft.csv");
    std::os::unix::fs::symlink("leads.csv", &soft).expect("symlink");
    assert_eq!(code(&leadrules(&["qualify", s(&rules), s(&leads), "-o", s(&soft)])), 2);
    assert_eq!(std::fs::read(&leads).expect("read"), before);

    // A file the definition `use`s is an input too.
    std::fs::create_dir_all(dir.join("frameworks")).expect("mkdir");
    std::fs::write(dir.join("frameworks/size.rules"), "fields {\n  staff : number from \"staff_count\"\n}\n")
        .expect("write");
    let text = std::fs::read_to_string(&rules).expect("read");
    let with_use = dir.join("with-use.rules");
    let with_use_text = text.replacen("\nfields {", "\nuse \"frameworks/size.rules\"\n\nfields {", 1);
    std::fs::write(&with_use, with_use_text).expect("write");
    let o = leadrules(&["qualify", s(&with_use), s(&leads), "-o", s(&dir.join("frameworks/size.rules"))]);
    assert_eq!(code(&o), 2, "{}", stderr(&o));

    // The same for every command that writes a file.
    let o = leadrules(&["snapshot", s(&rules), s(&leads), "-o", s(&leads)]);
    assert_eq!(code(&o), 2, "{}", stderr(&o));
    let history = dir.join("history.csv");
    std::fs::copy("rules/acme-history.csv", &history).expect("copy");
    let o = leadrules(&["backtest", s(&rules), s(&history), "--html", s(&history)]);
    assert_eq!(code(&o), 2, "{}", stderr(&o));
    let o = leadrules(&["diff", s(&rules), "rules/acme-relaxed.rules", s(&history), "--html", s(&rules)]);
    assert_eq!(code(&o), 2, "{}", stderr(&o));
    assert_eq!(std::fs::read(&rules).expect("read"), rules_before);
}

#[test]
fn a_read_only_output_or_a_folder_is_refused() {
    let (dir, rules, leads) = copies("output-read-only");
    let out = dir.join("verdicts.csv");
    std::fs::write(&out, "keep me").expect("write");
    let mut permissions = std::fs::metadata(&out).expect("metadata").permissions();
    permissions.set_readonly(true);
    std::fs::set_permissions(&out, permissions).expect("chmod");
    let o = leadrules(&["qualify", s(&rules), s(&leads), "-o", s(&out)]);
    assert_eq!(code(&o), 3, "{}", stderr(&o));
    insta::assert_snapshot!("output_is_read_only", messages(&o, &dir));
    assert_eq!(std::fs::read_to_string(&out).expect("read"), "keep me");

    let o = leadrules(&["qualify", s(&rules), s(&leads), "-o", s(&dir)]);
    assert_eq!(code(&o), 2, "{}", stderr(&o));
    assert!(stderr(&o).contains("it is a folder, not a file"), "{}", stderr(&o));
    let o = leadrules(&["qualify", s(&rules), s(&leads), "-o", s(&dir.join("missing/out.csv"))]);
    assert_eq!(code(&o), 3, "{}", stderr(&o));
    assert!(stderr(&o).contains("does not exist"), "{}", stderr(&o));
}

#[test]
fn a_device_is_written_through_and_stays_a_device() {
    use std::os::unix::fs::FileTypeExt;
    let o = leadrules(&["qualify", ACME, LEADS, "-o", "/dev/null"]);
    assert_eq!(code(&o), 0, "{}", stderr(&o));
    assert!(std::fs::metadata("/dev/null").expect("metadata").file_type().is_char_device());
    if Path::new("/dev/full").exists() {
        let o = leadrules(&["qualify", ACME, LEADS, "-o", "/dev/full"]);
        assert_eq!(code(&o), 3, "a full device is an error: {}", stderr(&o));
        assert!(std::fs::metadata("/dev/full").expect("metadata").file_type().is_char_device());
        // The same when standard output itself is the full device.
        let full = std::fs::OpenOptions::new().write(true).open("/dev/full").expect("open");
        for args in [vec!["explain", ACME, LEADS, "--id", "L-0014"], vec!["backtest", ACME, "rules/acme-history.csv"]] {
            let o = Command::new(env!("CARGO_BIN_EXE_leadrules"))
                .args(&args)
                .stdout(full.try_clone().expect("clone"))
                .output()
                .expect("runs");
            assert_eq!(code(&o), 3, "{args:?}: {}", stderr(&o));
            assert!(stderr(&o).contains("cannot write to standard output"), "{}", stderr(&o));
        }
    }
}

#[test]
fn dev_stdout_writes_to_what_the_shell_opened() {
    let dir = scratch("dev-stdout");
    let log = dir.join("log.csv");
    std::fs::write(&log, "kept line\n").expect("write");
    // Into a pipe, and appended to a file opened with `>>`: nothing replaced.
    let (exit, messages) =
        pipeline(&format!("\"$LEADRULES\" qualify {ACME} {LEADS} -o /dev/stdout | wc -l >/dev/null"));
    assert_eq!(exit, 0, "{messages}");
    let (exit, messages) = pipeline(&format!("\"$LEADRULES\" qualify {ACME} {LEADS} -o /dev/stdout >> {}", s(&log)));
    assert_eq!(exit, 0, "{messages}");
    let text = std::fs::read_to_string(&log).expect("read");
    assert!(text.starts_with("kept line\nrow,id,class"), "{text}");
    assert_eq!(text.lines().count(), 22);
    // The shell's file is the lead file: refused, the leads untouched.
    let leads = dir.join("leads.csv");
    std::fs::copy(LEADS, &leads).expect("copy");
    let (exit, messages) = pipeline(&format!("\"$LEADRULES\" qualify {ACME} {0} -o /dev/stdout >> {0}", s(&leads)));
    assert_eq!(exit, 2, "{messages}");
    assert_eq!(std::fs::read(&leads).expect("read"), std::fs::read(LEADS).expect("read"));
}

#[test]
fn fmt_follows_a_link_and_keeps_it() {
    let dir = scratch("fmt-link");
    let real = dir.join("real.rules");
    std::fs::copy("tests/fmt/messy.rules", &real).expect("copy");
    let link = dir.join("link.rules");
    std::os::unix::fs::symlink("real.rules", &link).expect("symlink");
    let o = leadrules(&["fmt", s(&link)]);
    assert_eq!(code(&o), 0, "{}", stderr(&o));
    assert!(std::fs::symlink_metadata(&link).expect("metadata").file_type().is_symlink(), "the link is kept");
    let o = leadrules(&["fmt", "--check", s(&real)]);
    assert_eq!(code(&o), 0, "the real file was formatted: {}", stdout(&o));
}

/// Starts `qualify` reading leads from a pipe into `-o`, feeds it more than the 64 KiB it looks
/// at before writing, and waits until its partial file exists; the run then waits for more leads.
fn qualify_waiting_for_leads(dir: &Path, out: &Path) -> (std::process::Child, std::process::ChildStdin) {
    let mut child = Command::new(env!("CARGO_BIN_EXE_leadrules"))
        .args(["qualify", ACME, "-", "--input-format", "csv", "-o", s(out)])
        .stdin(Stdio::piped())
        .stdout(Stdio::null())
        .stderr(Stdio::null())
        .spawn()
        .expect("starts");
    let mut input = child.stdin.take().expect("stdin");
    input.write_all(&leadrules::input::sample::messy_export(3_000, 5)).expect("feed leads");
    let started = Instant::now();
    while partial_files(dir).is_empty() {
        assert!(started.elapsed() < Duration::from_secs(60), "the partial file never appeared");
        std::thread::sleep(Duration::from_millis(20));
    }
    (child, input)
}

#[test]
fn an_interrupted_run_removes_its_partial_file() {
    for (signal, exit) in [("-INT", 130), ("-TERM", 143)] {
        let dir = scratch(&format!("interrupted{signal}"));
        let out = dir.join("verdicts.csv");
        let (mut child, input) = qualify_waiting_for_leads(&dir, &out);
        let killed = Command::new("kill").args([signal, &child.id().to_string()]).status().expect("kill runs");
        assert!(killed.success());
        let status = child.wait().expect("ends");
        drop(input);
        assert_eq!(status.code(), Some(exit), "{signal}");
        assert!(partial_files(&dir).is_empty(), "{signal}: left {:?}", partial_files(&dir));
        assert!(!out.exists(), "{signal}: no output from an interrupted run");
    }
}

#[test]
fn a_killed_run_leaves_nothing_under_the_final_name() {
    let dir = scratch("killed");
    let out = dir.join("verdicts.csv");
    let (mut child, input) = qualify_waiting_for_leads(&dir, &out);
    child.kill().expect("kill -9");
    child.wait().expect("ends");
    drop(input);
    assert!(!out.exists(), "a killed run never leaves a file under the final name");
    let left = partial_files(&dir);
    assert_eq!(left.len(), 1, "{left:?}");
    assert!(left[0].starts_with(".verdicts.csv.leadrules-partial-"), "named for what it is: {left:?}");
}

/// Runs a shell pipeline and returns the exit code of its first command and its stderr.
fn pipeline(script: &str) -> (i32, String) {
    let o = Command::new("bash")
        .args(["-c", &format!("{script}; exit ${{PIPESTATUS[0]}}")])
        .env("LEADRULES", env!("CARGO_BIN_EXE_leadrules"))
        .env("NO_COLOR", "1")
        .output()
        .expect("bash runs");
    (code(&o), stderr(&o))
}

#[test]
fn a_pipe_closed_early_ends_the_run_quietly() {
    let dir = scratch("closed-pipe");
    let leads = dir.join("leads.csv");
    std::fs::write(&leads, leadrules::input::sample::messy_export(5_000, 9)).expect("write");
    let leads = s(&leads);
    for command in [
        format!("qualify {ACME} {leads}"),
        format!("qualify {ACME} {leads} --jobs 2"),
        format!("qualify {ACME} {leads} --format table"),
        format!("snapshot {ACME} {leads}"),
        format!("explain {ACME} {leads} --row 3"),
        format!("backtest {ACME} rules/acme-history.csv"),
        "check tests/ui/unknown_field.rules".to_string(),
        "--help".to_string(),
    ] {
        // Both streams into the closed pipe, and stdout alone.
        let (exit, messages) = pipeline(&format!("\"$LEADRULES\" {command} 2>&1 | head -c 1 >/dev/null"));
        assert!([0, 1, 4].contains(&exit), "{command}: exit {exit}, {messages}");
        let (exit, messages) = pipeline(&format!("\"$LEADRULES\" {command} | head -c 1 >/dev/null"));
        assert!([0, 1, 4].contains(&exit), "{command}: exit {exit}");
        assert!(!messages.contains("panicked") && !messages.contains("Broken pipe"), "{command}: {messages}");
    }
}

#[test]
fn a_use_cannot_leave_the_folder_through_a_link() {
    let dir = scratch("use-link-out");
    let outside = scratch("use-link-out-secret");
    std::fs::write(outside.join("secret.rules"), "SECRET first line of a private file\n").expect("write");
    std::os::unix::fs::symlink(&outside, dir.join("linked")).expect("folder link");
    std::os::unix::fs::symlink(outside.join("secret.rules"), dir.join("file.rules")).expect("file link");
    let rules = dir.join("company.rules");
    std::fs::write(&rules, "use \"linked/secret.rules\"\nuse \"file.rules\"\n").expect("write");
    let o = leadrules(&["check", s(&rules)]);
    assert_eq!(code(&o), 1, "{}", stderr(&o));
    assert!(!stderr(&o).contains("SECRET"), "nothing of the file outside is shown: {}", stderr(&o));
    insta::assert_snapshot!("use_through_a_link_out", messages(&o, &dir));

    // A link that stays inside the folder is fine.
    std::fs::create_dir_all(dir.join("shared")).expect("mkdir");
    std::fs::write(dir.join("shared/size.rules"), "fields {\n  staff : number from \"staff_count\"\n}\n")
        .expect("write");
    std::os::unix::fs::symlink("shared", dir.join("alias")).expect("link inside");
    std::fs::write(&rules, "use \"alias/size.rules\"\n").expect("write");
    let o = leadrules(&["check", s(&rules)]);
    assert_eq!(code(&o), 0, "{}", stderr(&o));
}

#[test]
fn a_use_of_a_pipe_a_device_or_a_huge_file_is_refused_at_once() {
    let dir = scratch("use-special");
    let fifo = dir.join("pipe.rules");
    let made = Command::new("mkfifo").arg(&fifo).status().expect("mkfifo runs");
    assert!(made.success());
    let huge = dir.join("huge.rules");
    std::fs::File::create(&huge).expect("create").set_len(20 * 1024 * 1024).expect("sparse 20 MiB");
    std::fs::create_dir_all(dir.join("folder.rules")).expect("mkdir");
    let rules = dir.join("company.rules");
    std::fs::write(&rules, "use \"pipe.rules\"\nuse \"huge.rules\"\nuse \"folder.rules\"\n").expect("write");
    let started = Instant::now();
    let o = leadrules(&["check", s(&rules)]);
    assert!(started.elapsed() < Duration::from_secs(20), "nothing blocks or reads the whole file");
    assert_eq!(code(&o), 1, "{}", stderr(&o));
    insta::assert_snapshot!("use_of_special_files", messages(&o, &dir));
}

#[test]
fn an_endless_or_huge_rule_file_is_refused() {
    let started = Instant::now();
    let o = leadrules(&["check", "/dev/zero"]);
    assert_eq!(code(&o), 3, "{}", stderr(&o));
    assert!(started.elapsed() < Duration::from_secs(20));
    insta::assert_snapshot!("rule_file_endless", stderr(&o));
}

#[test]
fn a_rule_file_in_windows_1251_is_named_with_its_line() {
    let dir = scratch("rules-cp1251");
    let text = std::fs::read_to_string(ACME).expect("read");
    let (bytes, _, _) = encoding_rs::WINDOWS_1251.encode(&text);
    let rules = dir.join("acme.rules");
    std::fs::write(&rules, &bytes).expect("write");
    let o = leadrules(&["check", s(&rules)]);
    assert_eq!(code(&o), 3, "{}", stderr(&o));
    insta::assert_snapshot!("rule_file_windows_1251", messages(&o, &dir));
}

#[test]
fn old_mac_line_breaks_are_line_breaks_everywhere() {
    let dir = scratch("rules-cr");
    let text = std::fs::read_to_string(ACME).expect("read");
    let mac = dir.join("acme.rules");
    std::fs::write(&mac, text.replace("\r\n", "\n").replace('\n', "\r")).expect("write");
    let o = leadrules(&["check", s(&mac)]);
    assert_eq!(code(&o), 0, "a CR-only file checks like the original: {}", stderr(&o));
    let o = leadrules(&["qualify", s(&mac), LEADS]);
    assert_eq!(stdout(&o), stdout(&leadrules(&["qualify", ACME, LEADS])), "same verdicts");

    // A mistake on line 3 is on line 3 in the text and in the JSON report.
    let broken = dir.join("broken.rules");
    std::fs::write(&broken, "fields {\r  staff : number from \"staff_count\"\r  oops oops\r}\r").expect("write");
    let text = leadrules(&["check", s(&broken)]);
    let json = leadrules(&["check", "--format", "json", s(&broken)]);
    let reported: serde_json::Value = serde_json::from_slice(&json.stdout).expect("json");
    let first = &reported[0]["position"];
    let line = first["line"].as_u64().expect("line");
    let column = first["column"].as_u64().expect("column");
    assert_eq!(line, 3, "{reported}");
    assert!(stderr(&text).contains(&format!("broken.rules:{line}:{column}")), "{}", stderr(&text));
}

#[test]
fn arguments_the_wrong_way_round_are_named() {
    let mut said = String::new();
    for args in [
        vec!["qualify", LEADS, ACME],
        vec!["explain", LEADS, ACME, "--row", "1"],
        vec!["backtest", "rules/acme-history.csv", ACME],
        vec!["qualify", LEADS, LEADS],
        vec!["check", LEADS],
    ] {
        let o = leadrules(&args);
        let expected = if args[0] == "check" { 3 } else { 2 };
        assert_eq!(code(&o), expected, "{args:?}: {}", stderr(&o));
        said.push_str(&format!("$ leadrules {}\n{}", args.join(" "), stderr(&o)));
    }
    insta::assert_snapshot!("arguments_the_wrong_way_round", said);
}

/// A definition far larger than any real one, in the shapes that used to cost more than linear
/// time: 50 000 fields, 100 000 score lines, brackets nested as deep as allowed, 8 000 scores
/// each reading the next one declared (ordered against the file's order), and a misspelt name
/// 100 000 letters long. Run by CI with `--ignored`; a pass that grows faster than n·log n makes
/// it take minutes instead of seconds.
#[test]
#[ignore = "a few seconds of work on a generated 5 MB definition; CI runs it with --ignored"]
fn checking_and_judging_grow_linearly_with_the_definition() {
    let (fields, lines, chain) = (50_000, 100_000, 8_000);
    let mut text = String::from("definition \"big\" version 1\n\nfields {\n  id : text from \"id\" key\n");
    for i in 0..fields {
        text.push_str(&format!("  f{i} : number from \"col{i}\"\n"));
    }
    text.push_str("}\n\nscore {\n");
    for r in 0..lines {
        text.push_str(&format!("  +1 when f{} >= {}\n", r % fields, r % 97));
    }
    let deep = format!("{}f0 >= 1{}", "(".repeat(60), ")".repeat(60));
    text.push_str(&format!("}}\n\nscore deep {{\n  +1 when {deep}\n}}\n"));
    for i in (0..chain).rev() {
        let reads = if i == 0 { "f1 >= 1".to_string() } else { format!("s{} >= 1", i - 1) };
        text.push_str(&format!("\nscore s{i} {{\n  +1 when {reads}\n}}\n"));
    }
    text.push_str(&format!(
        "\nclassify {{\n  SQL when score >= 50 and deep >= 1 and s{} >= 1\n  nurture otherwise\n}}\n",
        chain - 1
    ));
    let loaded = leadrules::compile::load(leadrules::span::SourceFile::new("big.rules", text.clone()));
    assert!(loaded.diagnostics.is_empty(), "{:?}", loaded.diagnostics.first().map(|d| &d.message));
    let rules = loaded.rules.expect("compiles");
    let lead: Vec<leadrules::value::Value> =
        rules.schema.fields.iter().map(|_| leadrules::value::Value::Number(3.0)).collect();
    let verdict = leadrules::eval::verdict::evaluate(&rules, &lead);
    assert_eq!(rules.class_name(verdict.class_rule), "SQL");

    // An export as wide as the definition: its 50 000 columns bound to the fields by lookup.
    let mut csv = String::from("id");
    for i in 0..fields {
        csv.push_str(&format!(",col{}", fields - 1 - i));
    }
    for row in 0..3 {
        csv.push_str(&format!("\nL{row}"));
        csv.push_str(&",3".repeat(fields));
    }
    let options = leadrules::input::InputOptions::default();
    let reader = leadrules::input::from_bytes("wide.csv", csv.into_bytes(), &rules.schema, &options).expect("reads");
    let rows: Vec<_> = reader.collect();
    assert_eq!(rows.len(), 3);
    assert!(rows.iter().all(|r| r.values.as_ref().is_ok_and(|v| v.iter().skip(1).all(|x| *x == lead[1]))));

    // A misspelt name as long as a paragraph gets its diagnostic without a quadratic search.
    let long = "x".repeat(100_000);
    let misspelt = text.replace("score >= 50 and deep", &format!("{long} >= 50 and deep"));
    let loaded = leadrules::compile::load(leadrules::span::SourceFile::new("big.rules", misspelt));
    assert!(loaded.diagnostics.iter().any(|d| d.message.to_string().contains("unknown name")));
}

/// Discovery questions for a field the rules compare with 10 000 thresholds: every kind of
/// value is found in one pass over the probes (this took minutes when each probe was compared
/// with every earlier one).
#[test]
#[ignore = "a definition with 10 000 score lines; CI runs it with --ignored"]
fn questions_grow_linearly_with_the_thresholds_of_a_field() {
    let n = 10_000;
    let mut text = String::from(
        "definition \"t\" version 1\n\nfields {\n  id : text from \"id\" key\n  x : number from \"x\"\n  y : number from \"y\"\n}\n\nscore {\n",
    );
    for i in 0..n {
        text.push_str(&format!("  +1 when x >= {i}\n"));
    }
    text.push_str(&format!(
        "}}\n\nclassify {{\n  SQL when score >= {} and y >= 1\n  MQL when score >= 10\n  nurture otherwise\n}}\n",
        n / 2
    ));
    let rules = leadrules::compile::load(leadrules::span::SourceFile::new("t.rules", text)).rules.expect("compiles");
    let lead = vec![leadrules::value::Value::Unknown; rules.schema.fields.len()];
    let verdict = leadrules::eval::verdict::evaluate(&rules, &lead);
    let mut questioner = leadrules::eval::questions::Questioner::new(&rules);
    assert_eq!(questioner.ask(&lead, &verdict), "x > 8 → MQL");
}

/// `snapshot` keeps its leads in memory to sort them; a whole export is refused with a clear
/// message instead of taking gigabytes.
#[test]
#[ignore = "writes a 200 001-lead export; CI runs it with --ignored"]
fn a_snapshot_of_a_whole_export_is_refused() {
    let dir = scratch("snapshot-too-many");
    let leads = dir.join("leads.csv");
    std::fs::write(&leads, leadrules::input::sample::messy_export(200_001, 3)).expect("write");
    let o = leadrules(&["snapshot", ACME, s(&leads), "-o", s(&dir.join("all.snapshot"))]);
    assert_eq!(code(&o), 3, "{}", stderr(&o));
    assert!(stderr(&o).contains("a snapshot holds at most 200000 leads"), "{}", stderr(&o));
    assert!(!dir.join("all.snapshot").exists());
}

#[test]
fn a_diagnostic_never_echoes_more_than_a_line_of_text() {
    let dir = scratch("long-line");
    let rules = dir.join("long.rules");
    let name = "x".repeat(100_000);
    let comment = "b".repeat(500_000);
    std::fs::write(
        &rules,
        format!(
            "definition \"x\" version 1\n\nfields {{\n  id : text from \"id\" key\n  n : number from \"n\"\n}}\n\n# {}\n\
             classify {{\n  SQL when n >= 1 and {name} >= 2  # {comment}\n  nurture otherwise\n}}\n",
            "a".repeat(1_000_000)
        ),
    )
    .expect("write");
    let text = leadrules(&["check", s(&rules)]);
    assert_eq!(code(&text), 1);
    let said = stderr(&text);
    assert!(said.len() < 4_000, "{} bytes", said.len());
    assert!(said.contains("long.rules:10:23"), "the place is exact: {said}");
    assert!(said.contains("line 10 is 600 031 characters long and is shown shortened"), "{said}");
    let json = leadrules(&["check", "--format", "json", s(&rules)]);
    assert!(json.stdout.len() < 4_000, "{} bytes of JSON", json.stdout.len());
    let reported: serde_json::Value = serde_json::from_slice(&json.stdout).expect("json");
    assert_eq!(reported[0]["position"]["column"], 23, "positions are not shortened");
}

#[test]
fn excel_gets_files_it_opens_with_a_double_click() {
    // CSV in Russian Excel's dialect: BOM, `;`, decimal comma.
    let o = leadrules(&["qualify", ACME, LEADS, "--excel"]);
    assert_eq!(code(&o), 0, "{}", stderr(&o));
    assert!(o.stdout.starts_with(b"\xEF\xBB\xBFrow;id;class;"), "{}", stdout(&o));
    let row_11 = stdout(&o).lines().find(|l| l.starts_with("11;")).expect("row 11").to_string();
    assert!(row_11.contains(";62,5;"), "the fit of L-0011 with a decimal comma: {row_11}");
    assert_eq!(code(&leadrules(&["qualify", ACME, LEADS, "--excel", "--format", "jsonl"])), 2);

    // A workbook, chosen by the file name.
    let dir = scratch("xlsx-out");
    let out = dir.join("verdicts.xlsx");
    let o = leadrules(&["qualify", ACME, LEADS, "-o", s(&out)]);
    assert_eq!(code(&o), 0, "{}", stderr(&o));
    let bytes = std::fs::read(&out).expect("written");
    assert!(bytes.starts_with(b"PK\x03\x04"), "a zip container, as .xlsx files are");
    // Read back, it holds what the CSV holds: the same header and cells, numbers as numbers.
    use calamine::{Data, Reader};
    let mut book = calamine::open_workbook_auto(&out).expect("a workbook calamine opens");
    assert_eq!(book.sheet_names(), ["verdicts"]);
    let sheet = book.worksheet_range("verdicts").expect("the sheet");
    let csv = stdout(&leadrules(&["qualify", ACME, LEADS]));
    let csv_rows: Vec<Vec<String>> = csv::Reader::from_reader(csv.as_bytes())
        .records()
        .map(|r| r.expect("csv").iter().map(str::to_string).collect())
        .collect();
    let sheet_rows: Vec<&[Data]> = sheet.rows().collect();
    assert_eq!(sheet_rows.len(), csv_rows.len() + 1, "the header and one row per lead");
    for (sheet_row, csv_row) in sheet_rows[1..].iter().zip(&csv_rows) {
        for (cell, text) in sheet_row.iter().zip(csv_row) {
            match cell {
                Data::Float(n) => assert_eq!(text.parse::<f64>().ok(), Some(*n), "{text}"),
                Data::String(s) => assert_eq!(s, text),
                Data::Empty => assert_eq!(text, ""),
                other => panic!("unexpected cell {other:?}"),
            }
        }
    }
    // `-o x.jsonl` means JSON Lines.
    let jsonl = dir.join("verdicts.jsonl");
    assert_eq!(code(&leadrules(&["qualify", ACME, LEADS, "-o", s(&jsonl)])), 0);
    let first = std::fs::read_to_string(&jsonl).expect("written");
    assert!(first.starts_with("{\"row\":1,"), "{first}");
}

#[test]
fn a_number_that_reads_two_ways_is_never_guessed() {
    let dir = scratch("ambiguous-numbers");
    let leads = dir.join("leads.csv");
    std::fs::write(&leads, "id;Сотрудников;Бюджет, руб\nK-1;1.000;600 000\nK-2;1 200;1.500\n").expect("write");
    // Nothing in the column says which mark is decimal: an error row naming both readings.
    let o = leadrules(&["qualify", ACME, s(&leads)]);
    assert_eq!(code(&o), 4, "{}", stderr(&o));
    let rows = stdout(&o);
    assert!(rows.contains(r#""1.000"" is not clear: it may be 1 or 1000"#), "{rows}");
    assert!(rows.contains(r#""1.500"" is not clear: it may be 1.5 or 1500"#), "{rows}");

    // The column's other cells show the decimal mark: `12,5` and `2.000.000` say comma.
    let shown = dir.join("shown.csv");
    std::fs::write(&shown, "id;Сотрудников;Бюджет, руб\nK-1;1.000;600 000\nK-2;12,5;1.500\nK-3;1 200;2.000.000\n")
        .expect("write");
    let o = leadrules(&["explain", ACME, s(&shown), "--id", "K-1"]);
    assert!(stdout(&o).contains("[employees = 1000]"), "{}", stdout(&o));
    let o = leadrules(&["explain", ACME, s(&shown), "--id", "K-2"]);
    assert!(stdout(&o).contains("[budget = 1500]"), "{}", stdout(&o));
    // Cells that disagree settle nothing.
    let mixed = dir.join("mixed.csv");
    std::fs::write(&mixed, "id;Сотрудников\nK-1;1.000\nK-2;12,5\nK-3;12.5\n").expect("write");
    let o = leadrules(&["qualify", ACME, s(&mixed)]);
    assert_eq!(code(&o), 4, "{}", stdout(&o));

    // The definition declares the CRM's format: read as thousands, formatted as written.
    let text = std::fs::read_to_string(ACME).expect("read");
    let declared = text
        .replace("employees      : number   from", "employees      : number format \"1 000,50\" from")
        .replace("revenue        : money    from", "revenue        : money format \"1 000,50\" from")
        .replace("budget         : money    from", "budget         : money format \"1 000,50\" from");
    assert_ne!(declared, text);
    let rules = dir.join("acme.rules");
    std::fs::write(&rules, &declared).expect("write");
    let o = leadrules(&["qualify", s(&rules), s(&leads), "--format", "jsonl"]);
    assert_eq!(code(&o), 0, "{}", stderr(&o));
    assert!(!stdout(&o).contains("\"class\":\"error\""), "{}", stdout(&o));
    let o = leadrules(&["explain", s(&rules), s(&leads), "--id", "K-1"]);
    assert!(stdout(&o).contains("[employees = 1000]"), "{}", stdout(&o));
    let o = leadrules(&["fmt", "--stdout", s(&rules)]);
    assert!(stdout(&o).contains("number format \"1 000,50\""), "fmt keeps the format: {}", stdout(&o));
}

#[test]
fn kept_columns_go_through_to_the_verdict_rows() {
    let one = leadrules(&["qualify", ACME, LEADS, "--keep", "source,need,id", "--jobs", "1"]);
    assert_eq!(code(&one), 0, "{}", stderr(&one));
    let two = leadrules(&["qualify", ACME, LEADS, "--keep", "source,need,id", "--jobs", "2"]);
    assert_eq!(stdout(&one), stdout(&two), "the same rows on any number of threads");
    let rows: Vec<String> = stdout(&one).lines().map(str::to_string).collect();
    assert!(rows[0].ends_with(",error,source,need,id (input)"), "{}", rows[0]);
    assert!(rows[1].ends_with(",рекомендация,backup,L-0001"), "{}", rows[1]);
    assert_eq!(rows.len(), 21);
    let o = leadrules(&["qualify", ACME, LEADS, "--keep", "Ответственный"]);
    assert_eq!(code(&o), 2);
    assert!(stderr(&o).contains("--keep Ответственный: the lead file has no such column"), "{}", stderr(&o));
}

/// Found by the mutation fuzz: a workbook damaged so that the Excel reader (calamine) panics
/// on it. It is a file problem (exit 3) with a plain message, not a crash (exit 101).
#[test]
fn a_damaged_workbook_is_reported_not_crashed_on() {
    let o = leadrules(&["qualify", ACME, "tests/data/damaged-workbook.xlsx"]);
    assert_eq!(code(&o), 3, "{}", stderr(&o));
    assert!(stderr(&o).contains("the workbook is damaged and cannot be read"), "{}", stderr(&o));
    assert!(!stderr(&o).contains("panicked"), "{}", stderr(&o));
}

/// Any binary file given as leads (an image, a program, random bytes) is named as such, not
/// read as a CSV whose column names are shown as garbage.
#[test]
fn a_binary_file_is_not_read_as_leads() {
    let dir = scratch("binary-leads");
    let noise: Vec<u8> = (0..100_000u32).map(|i| (i.wrapping_mul(2_654_435_761) >> 13) as u8).collect();
    let leads = dir.join("export.csv");
    std::fs::write(&leads, &noise).expect("write");
    let o = leadrules(&["qualify", ACME, s(&leads)]);
    assert_eq!(code(&o), 3, "{}", stderr(&o));
    assert!(stderr(&o).contains("another binary file, not a lead file"), "{}", stderr(&o));
    assert!(stderr(&o).len() < 400, "no garbage echoed: {}", stderr(&o));
}
