//! What a newcomer reads first: the README says how to get a `billaudit` command before any
//! example uses it and how long the first build takes, and the performance notes say how that
//! was measured, with commands that work on any machine.

use std::path::Path;

fn read(rel: &str) -> String {
    std::fs::read_to_string(Path::new(env!("CARGO_MANIFEST_DIR")).join(rel)).unwrap()
}

/// The lines inside ```sh blocks, with their line numbers.
fn shell_lines(text: &str) -> Vec<(usize, String)> {
    let mut inside = false;
    let mut out = Vec::new();
    for (i, line) in text.lines().enumerate() {
        if line.starts_with("```") {
            inside = line.trim() == "```sh" && !inside;
            continue;
        }
        if inside {
            out.push((i + 1, line.trim().to_string()));
        }
    }
    out
}

#[test]
fn readme_installs_the_command_before_using_it() {
    let readme = read("README.md");
    let lines = shell_lines(&readme);
    let install = lines
        .iter()
        .find(|(_, l)| l.starts_with("cargo install --locked --path ."))
        .map(|(n, _)| *n)
        .expect("an install line in a sh block");
    let first_use = lines
        .iter()
        .find(|(_, l)| l.starts_with("billaudit "))
        .map(|(n, _)| *n)
        .expect("examples using the billaudit command");
    assert!(
        install < first_use,
        "README line {install} installs, line {first_use} already uses `billaudit`"
    );
    // Every subcommand an example uses exists.
    for (n, l) in &lines {
        if let Some(rest) = l.strip_prefix("billaudit ") {
            let sub = rest.split_whitespace().next().unwrap_or("");
            assert!(
                ["audit", "import", "rules", "explain", "init", "case", "gen"].contains(&sub),
                "README line {n}: unknown subcommand {sub:?}"
            );
        }
    }
}

#[test]
fn readme_states_the_first_build_time_and_docs_the_method() {
    let readme = read("README.md");
    let head = &readme[..readme.find("## Using it").expect("a Using it section")];
    assert!(
        head.contains("first build") && head.contains("minutes"),
        "the README says how long the first build takes before the examples:\n{head}"
    );
    assert!(
        !head.contains("FIRST_BUILD"),
        "placeholder left in the README"
    );
    assert!(
        head.contains("docs/performance.md"),
        "and where it was measured"
    );
    let perf = read("docs/performance.md");
    let first = &perf[perf.find("## First build").expect("a First build section")..];
    for what in [
        "CARGO_TARGET_DIR",
        "cargo run --release",
        "cargo test",
        "load",
    ] {
        assert!(first.contains(what), "First build: {what}");
    }
}

#[test]
fn performance_notes_are_like_for_like_and_portable() {
    let perf = read("docs/performance.md");
    for (n, l) in shell_lines(&perf) {
        for specific in ["/work/", "/home/", "/Users/", "/root/"] {
            assert!(
                !l.contains(specific),
                "docs/performance.md:{n}: a path specific to one machine: {l}"
            );
        }
    }
    for what in [
        "callgrind",
        "instructions per row",
        "taskset -c 0",
        "max RSS",
        "not like for like",
    ] {
        assert!(
            perf.contains(what),
            "docs/performance.md says nothing of {what:?}"
        );
    }
}
