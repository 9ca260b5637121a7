//! The `planx` binary end to end: exit codes and output.

mod common;

use std::process::Command;

fn planx(args: &[&str]) -> std::process::Output {
    Command::new(env!("CARGO_BIN_EXE_planx"))
        .args(args)
        .current_dir(common::root())
        .output()
        .expect("planx runs")
}

#[test]
fn extract_prints_a_plan_record() {
    let out = planx(&["extract", common::PLANS[0].0]);
    assert!(out.status.success());
    let v: serde_json::Value = serde_json::from_slice(&out.stdout).expect("JSON on stdout");
    assert_eq!(v["format"], "planx/plan-record/1");
    assert_eq!(v["kind"], "action_plan");
    assert_eq!(v["source"]["input"], "text-tabular");
}

#[test]
fn check_passes_on_golden_and_fails_on_a_wrong_one() {
    for (fixture, golden) in common::PLANS {
        let out = planx(&["check", fixture, "--golden", golden]);
        assert!(
            out.status.success(),
            "{}",
            String::from_utf8_lossy(&out.stdout)
        );
    }
    // The draft is not the approved plan: mismatches, exit 1.
    let out = planx(&["check", common::PLANS[1].0, "--golden", common::PLANS[0].1]);
    assert_eq!(out.status.code(), Some(1));
    assert!(String::from_utf8_lossy(&out.stdout).contains("MISMATCH"));
}

#[test]
fn unreadable_input_prints_an_error_record_and_exits_3() {
    let dir = std::env::temp_dir().join(format!("planx-cli-{}", std::process::id()));
    std::fs::create_dir_all(&dir).expect("temp dir");
    let empty = dir.join("empty.txt");
    std::fs::write(&empty, b"").expect("write");
    let out = planx(&["extract", empty.to_str().expect("utf-8 path")]);
    assert_eq!(out.status.code(), Some(3));
    let v: serde_json::Value = serde_json::from_slice(&out.stdout).expect("JSON on stdout");
    assert_eq!(v["kind"], "error");
    let missing = planx(&["extract", "no/such/file.txt"]);
    assert_eq!(missing.status.code(), Some(2));
    let _ = std::fs::remove_dir_all(&dir);
}
