//! `planx batch` over an archive of mixed and broken files: exactly one line
//! per file, the right kind for each, plans exact against golden, sorted
//! output, exit status 0; resume and shards.

mod common;

use std::collections::BTreeMap;
use std::path::{Path, PathBuf};
use std::process::Command;

use serde_json::Value;

fn planx(args: &[&str], stdin: Option<&str>) -> std::process::Output {
    let mut cmd = Command::new(env!("CARGO_BIN_EXE_planx"));
    cmd.args(args).current_dir(common::root());
    if let Some(input) = stdin {
        use std::io::Write;
        cmd.stdin(std::process::Stdio::piped())
            .stdout(std::process::Stdio::piped())
            .stderr(std::process::Stdio::piped());
        let mut child = cmd.spawn().expect("planx runs");
        child
            .stdin
            .take()
            .expect("stdin")
            .write_all(input.as_bytes())
            .expect("write stdin");
        return child.wait_with_output().expect("planx ends");
    }
    cmd.output().expect("planx runs")
}

fn put(root: &Path, rel: &str, bytes: &[u8]) {
    let p = root.join(rel);
    std::fs::create_dir_all(p.parent().expect("parent")).expect("mkdir");
    std::fs::write(p, bytes).expect("write");
}

/// A small PDF with one page, made by hand.
fn tiny_pdf() -> Vec<u8> {
    b"%PDF-1.4\n1 0 obj<</Type/Catalog/Pages 2 0 R>>endobj\n2 0 obj<</Type/Pages/Kids[3 0 R]/Count 1>>endobj\n\
3 0 obj<</Type/Page/Parent 2 0 R/MediaBox[0 0 595 842]>>endobj\ntrailer<</Root 1 0 R>>\n%%EOF\n"
        .to_vec()
}

/// A PDF whose one content stream inflates to more than 1 GiB (about 1 MB
/// on disk).
fn pdf_bomb() -> Vec<u8> {
    use std::io::Write;
    let mut z = flate2::write::ZlibEncoder::new(Vec::new(), flate2::Compression::best());
    let zeros = vec![b' '; 1 << 20];
    for _ in 0..1100 {
        z.write_all(&zeros).expect("compress");
    }
    let stream = z.finish().expect("compress");
    let mut pdf = b"%PDF-1.4\n1 0 obj<</Type/Catalog/Pages 2 0 R>>endobj\n2 0 obj<</Type/Pages/Kids[3 0 R]/Count 1>>endobj\n\
3 0 obj<</Type/Page/Parent 2 0 R/MediaBox[0 0 595 842]/Contents 4 0 R>>endobj\n"
        .to_vec();
    pdf.extend_from_slice(
        format!(
            "4 0 obj<</Length {}/Filter/FlateDecode>>stream\n",
            stream.len()
        )
        .as_bytes(),
    );
    pdf.extend_from_slice(&stream);
    pdf.extend_from_slice(b"\nendstream endobj\ntrailer<</Root 1 0 R>>\n%%EOF\n");
    pdf
}

/// The archive, with the kind each file must get.
fn archive(root: &Path) -> BTreeMap<String, &'static str> {
    let mut want = BTreeMap::new();
    let mut add = |rel: &str, bytes: Vec<u8>, kind: &'static str| {
        put(root, rel, &bytes);
        want.insert(rel.to_string(), kind);
    };
    add(
        "2016/lm/plans/annex-final.txt",
        common::read(common::PLANS[0].0),
        "action_plan",
    );
    add(
        "2016/lm/drafts/projekts.txt",
        common::read(common::PLANS[1].0),
        "action_plan",
    );
    add(
        "2016/lm/news/zina.txt",
        common::read(common::OTHERS[0]),
        "announcement",
    );
    add(
        "2021/cards/card.txt",
        common::read(common::OTHERS[1]),
        "project_card",
    );
    add("2013/sos.txt", common::read(common::OTHERS[2]), "news");
    for producer in ["chromium", "libreoffice", "reportlab"] {
        add(
            &format!("pdf/{producer}/apstiprinats.pdf"),
            common::read(&format!("fixtures/pdf/approved-2016-{producer}.pdf")),
            "action_plan",
        );
        add(
            &format!("pdf/{producer}/projekts.pdf"),
            common::read(&format!("fixtures/pdf/draft-2016-07-{producer}.pdf")),
            "action_plan",
        );
    }
    let utf16: Vec<u8> = [0xFF, 0xFE]
        .into_iter()
        .chain(
            String::from_utf8(common::read(common::PLANS[0].0))
                .expect("utf-8")
                .encode_utf16()
                .flat_map(u16::to_le_bytes),
        )
        .collect();
    add("2016/utf16-export.txt", utf16, "action_plan");
    add("broken/zero.txt", Vec::new(), "error");
    let random: Vec<u8> = (0u32..20_000)
        .map(|i| (i.wrapping_mul(2_654_435_761) >> 11) as u8)
        .collect();
    add("broken/random.pdf", random, "error");
    let pdf = tiny_pdf();
    add("broken/half.pdf", pdf[..pdf.len() / 2].to_vec(), "error");
    let mut encrypted = tiny_pdf();
    encrypted.extend_from_slice(b"trailer<</Root 1 0 R/Encrypt 9 0 R>>\n");
    add("broken/encrypted.pdf", encrypted, "error");
    add("broken/image.pdf", b"\x89PNG\r\n\x1a\n\0\0\0\rIHDR\0\0\0\x01\0\0\0\x01\x08\x02\0\0\0\x90wS\xde\0\0\0\x0cIDAT\x08\xd7c\xf8\xff\xff?\0\x05\xfe\x02\xfe\xa7\x35\x81\x84\0\0\0\0IEND\xaeB`\x82".to_vec(), "error");
    add("broken/bomb.pdf", pdf_bomb(), "error");
    let big = String::from_utf8(common::read(common::OTHERS[2]))
        .expect("utf-8")
        .repeat(30 * 1024 * 1024 / 7000);
    add("big/huge-news.txt", big.into_bytes(), "news");
    want
}

fn lines(text: &str) -> Vec<Value> {
    text.lines()
        .map(|l| serde_json::from_str(l).expect("each line is JSON"))
        .collect()
}

#[test]
fn every_file_one_line_of_the_right_kind() {
    let dir = std::env::temp_dir().join(format!("planx-batch-{}", std::process::id()));
    let _ = std::fs::remove_dir_all(&dir);
    let root = dir.join("archive");
    let want = archive(&root);
    let out = dir.join("results.jsonl");
    let run = planx(
        &[
            "batch",
            root.to_str().expect("path"),
            "--out",
            out.to_str().expect("path"),
            "--threads",
            "2",
        ],
        None,
    );
    assert!(
        run.status.success(),
        "{}",
        String::from_utf8_lossy(&run.stderr)
    );
    let got = lines(&std::fs::read_to_string(&out).expect("output written"));
    assert_eq!(got.len(), want.len(), "one line per file");
    let paths: Vec<&str> = got
        .iter()
        .map(|v| v["source"]["path"].as_str().expect("path"))
        .collect();
    let mut sorted = paths.clone();
    sorted.sort_unstable();
    assert_eq!(paths, sorted, "sorted by path");
    for v in &got {
        let path = v["source"]["path"].as_str().expect("path");
        assert_eq!(
            v["kind"],
            want[path],
            "{path}: {}",
            v.get("error").unwrap_or(&Value::Null)
        );
        if v["kind"] == "error" {
            assert!(
                v["error"].as_str().is_some_and(|e| !e.is_empty()),
                "{path}: an error says why"
            );
        }
    }
    // The plans are exact against their golden files.
    for (rel, golden) in [
        ("2016/lm/plans/annex-final.txt", common::PLANS[0].1),
        ("2016/lm/drafts/projekts.txt", common::PLANS[1].1),
        ("2016/utf16-export.txt", common::PLANS[0].1),
    ] {
        let v = got
            .iter()
            .find(|v| v["source"]["path"] == rel)
            .expect("plan line");
        let score = planx_reconciler::check::score(v, &common::golden(golden));
        assert!(score.is_exact(), "{rel}: {:?}", score.mismatches);
    }

    // Resume keeps lines of unchanged files; the output is the same.
    let again = planx(
        &[
            "batch",
            root.to_str().expect("path"),
            "--out",
            out.to_str().expect("path"),
            "--resume",
            "-q",
        ],
        None,
    );
    assert!(again.status.success());
    assert_eq!(lines(&std::fs::read_to_string(&out).expect("output")), got);

    // Shards partition the archive.
    let mut union = Vec::new();
    for k in 0..3 {
        let part = planx(
            &[
                "batch",
                root.to_str().expect("path"),
                "--shard",
                &format!("{k}/3"),
                "-q",
            ],
            None,
        );
        assert!(part.status.success());
        union.extend(lines(&String::from_utf8_lossy(&part.stdout)));
    }
    union.sort_by(|a, b| {
        a["source"]["path"]
            .as_str()
            .cmp(&b["source"]["path"].as_str())
    });
    assert_eq!(union, got);

    // --files-from - with paths on stdin gives JSON lines on stdout.
    let listed: Vec<PathBuf> = ["2013/sos.txt", "broken/zero.txt"]
        .iter()
        .map(|r| root.join(r))
        .collect();
    let stdin = listed
        .iter()
        .map(|p| p.display().to_string())
        .collect::<Vec<_>>()
        .join("\n");
    let piped = planx(&["batch", "--files-from", "-", "-q"], Some(&stdin));
    assert!(piped.status.success());
    let kinds: Vec<Value> = lines(&String::from_utf8_lossy(&piped.stdout))
        .iter()
        .map(|v| v["kind"].clone())
        .collect();
    assert_eq!(kinds, vec![Value::from("news"), Value::from("error")]);
    let _ = std::fs::remove_dir_all(&dir);
}

#[test]
fn a_file_that_takes_too_long_is_an_error_record_and_the_batch_goes_on() {
    let dir = std::env::temp_dir().join(format!("planx-timeout-{}", std::process::id()));
    let _ = std::fs::remove_dir_all(&dir);
    let long = String::from_utf8(common::read(common::PLANS[1].0))
        .expect("utf-8")
        .repeat(300);
    put(&dir, "a-long-plan.txt", long.as_bytes());
    put(&dir, "b-empty.txt", b"");
    let run = planx(
        &[
            "batch",
            dir.to_str().expect("path"),
            "--timeout",
            "0.05",
            "-q",
        ],
        None,
    );
    assert!(run.status.success());
    let got = lines(&String::from_utf8_lossy(&run.stdout));
    assert_eq!(got.len(), 2);
    assert_eq!(got[0]["kind"], "error");
    assert!(
        got[0]["error"]
            .as_str()
            .is_some_and(|e| e.starts_with("timed out")),
        "{}",
        got[0]
    );
    assert_eq!(got[1]["kind"], "error");
    let _ = std::fs::remove_dir_all(&dir);
}
