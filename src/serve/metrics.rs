//! The service's counters, written in the Prometheus text exposition format (`GET /metrics`):
//! requests and their latency by route and status, verdicts by class, reloads taken and
//! refused. Written by hand: the format is a few lines of text, and a metrics crate would add
//! more to the build than this file.

use std::collections::BTreeMap;
use std::fmt::Write;
use std::sync::Mutex;
use std::time::Duration;

/// The upper bounds of the latency histogram's buckets, in seconds.
const BUCKETS: [f64; 12] = [0.0005, 0.001, 0.0025, 0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1.0, 5.0];

#[derive(Default)]
struct Latency {
    /// How many requests fell at or under each bound (cumulative when written).
    buckets: [u64; BUCKETS.len()],
    count: u64,
    sum: f64,
}

#[derive(Default)]
struct Counts {
    requests: BTreeMap<(&'static str, u16), Latency>,
    verdicts: BTreeMap<String, u64>,
    reloads_loaded: u64,
    reloads_refused: u64,
}

/// The counters, shared by every request.
#[derive(Default)]
pub struct Metrics {
    counts: Mutex<Counts>,
}

impl Metrics {
    fn with<T>(&self, f: impl FnOnce(&mut Counts) -> T) -> T {
        match self.counts.lock() {
            Ok(mut counts) => f(&mut counts),
            Err(poisoned) => f(&mut poisoned.into_inner()),
        }
    }

    /// Counts a request to `route` answered with `status` after `took`.
    pub fn request(&self, route: &'static str, status: u16, took: Duration) {
        let seconds = took.as_secs_f64();
        self.with(|counts| {
            let latency = counts.requests.entry((route, status)).or_default();
            latency.count += 1;
            latency.sum += seconds;
            if let Some(i) = BUCKETS.iter().position(|bound| seconds <= *bound) {
                latency.buckets[i] += 1;
            }
        });
    }

    /// Counts verdicts served, by class.
    pub fn verdicts<'a>(&self, classes: impl IntoIterator<Item = &'a str>) {
        self.with(|counts| {
            for class in classes {
                match counts.verdicts.get_mut(class) {
                    Some(n) => *n += 1,
                    None => {
                        counts.verdicts.insert(class.to_string(), 1);
                    }
                }
            }
        });
    }

    /// Counts a new version of the rule files: taken, or refused.
    pub fn reload(&self, loaded: bool) {
        self.with(|counts| if loaded { counts.reloads_loaded += 1 } else { counts.reloads_refused += 1 });
    }

    /// The counters in the Prometheus text format; `info` names the version in force.
    pub fn exposition(&self, name: &str, version: &str, digest: &str) -> String {
        let mut out = String::new();
        self.with(|counts| {
            let _ = writeln!(out, "# HELP leadrules_requests_total Requests answered, by route and status.");
            let _ = writeln!(out, "# TYPE leadrules_requests_total counter");
            for ((route, status), latency) in &counts.requests {
                let _ = writeln!(
                    out,
                    "leadrules_requests_total{{route=\"{route}\",status=\"{status}\"}} {}",
                    latency.count
                );
            }
            let _ = writeln!(out, "# HELP leadrules_request_duration_seconds Time to answer a request.");
            let _ = writeln!(out, "# TYPE leadrules_request_duration_seconds histogram");
            for ((route, status), latency) in &counts.requests {
                let labels = format!("route=\"{route}\",status=\"{status}\"");
                let mut below = 0;
                for (bound, n) in BUCKETS.iter().zip(latency.buckets) {
                    below += n;
                    let _ =
                        writeln!(out, "leadrules_request_duration_seconds_bucket{{{labels},le=\"{bound}\"}} {below}");
                }
                let _ = writeln!(
                    out,
                    "leadrules_request_duration_seconds_bucket{{{labels},le=\"+Inf\"}} {}",
                    latency.count
                );
                let _ = writeln!(out, "leadrules_request_duration_seconds_sum{{{labels}}} {}", latency.sum);
                let _ = writeln!(out, "leadrules_request_duration_seconds_count{{{labels}}} {}", latency.count);
            }
            let _ = writeln!(out, "# HELP leadrules_verdicts_total Verdicts served, by class.");
            let _ = writeln!(out, "# TYPE leadrules_verdicts_total counter");
            for (class, n) in &counts.verdicts {
                let _ = writeln!(out, "leadrules_verdicts_total{{class=\"{}\"}} {n}", escape(class));
            }
            let _ = writeln!(out, "# HELP leadrules_reloads_total New versions of the rule files, taken or refused.");
            let _ = writeln!(out, "# TYPE leadrules_reloads_total counter");
            let _ = writeln!(out, "leadrules_reloads_total{{outcome=\"loaded\"}} {}", counts.reloads_loaded);
            let _ = writeln!(out, "leadrules_reloads_total{{outcome=\"refused\"}} {}", counts.reloads_refused);
        });
        let _ = writeln!(out, "# HELP leadrules_definition_info The definition in force.");
        let _ = writeln!(out, "# TYPE leadrules_definition_info gauge");
        let _ = writeln!(
            out,
            "leadrules_definition_info{{name=\"{}\",version=\"{}\",digest=\"{digest}\"}} 1",
            escape(name),
            escape(version)
        );
        out
    }
}

/// A label value as the exposition format writes it: `\`, `"` and line breaks escaped.
fn escape(text: &str) -> String {
    text.replace('\\', "\\\\").replace('"', "\\\"").replace('\n', "\\n")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn buckets_are_cumulative_and_labels_escaped() {
        let metrics = Metrics::default();
        metrics.request("/v1/qualify", 200, Duration::from_micros(300));
        metrics.request("/v1/qualify", 200, Duration::from_millis(3));
        metrics.verdicts(["SQL", "SQL", "say \"hi\""]);
        metrics.reload(false);
        let text = metrics.exposition("ACME", "3", "sha256:00");
        assert!(text.contains("leadrules_requests_total{route=\"/v1/qualify\",status=\"200\"} 2\n"), "{text}");
        assert!(text.contains("status=\"200\",le=\"0.0005\"} 1\n"), "{text}");
        assert!(text.contains("status=\"200\",le=\"0.005\"} 2\n"), "{text}");
        assert!(text.contains("le=\"+Inf\"} 2\n"), "{text}");
        assert!(text.contains("leadrules_verdicts_total{class=\"SQL\"} 2\n"), "{text}");
        assert!(text.contains("leadrules_verdicts_total{class=\"say \\\"hi\\\"\"} 1\n"), "{text}");
        assert!(text.contains("leadrules_reloads_total{outcome=\"refused\"} 1\n"), "{text}");
    }
}
