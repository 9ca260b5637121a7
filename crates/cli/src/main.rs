//! `planx`: Latvian plan annexes in, checked JSON records out.
//!
//! Exit status: 0 success; 1 `check` found mismatches; 2 usage or I/O
//! error; 3 the input could not be read (an `error` record is printed).

#[global_allocator]
static GLOBAL: mimalloc::MiMalloc = mimalloc::MiMalloc;

use std::io::Write;
use std::path::{Path, PathBuf};
use std::process::ExitCode;

use anyhow::{Context, Result};
use clap::{Parser, Subcommand};
use planx_normalizer::LatvianLexicon;
use planx_record::{PlanRecord, Record};

#[derive(Parser)]
#[command(
    name = "planx",
    version,
    about = "Latvian plan annexes (\"pasākumu plāns\") to checked JSON records"
)]
struct Cli {
    #[command(subcommand)]
    command: Command,
}

#[derive(Subcommand)]
enum Command {
    /// Read one document and print its record as JSON.
    Extract {
        /// The input: a text export (tab-separated, pdftotext-style), a PDF
        /// (born-digital or scanned), a Word DOCX, an OpenDocument ODT or an
        /// HTML page; the kind is known by content, not by the file name.
        file: PathBuf,
        /// Write the record here instead of standard output.
        #[arg(short, long)]
        output: Option<PathBuf>,
    },
    /// Compare a record (or an input, read first) with a golden record;
    /// print every mismatching field; exit 1 on any.
    Check {
        /// A record (`.json`) or an input document.
        record_or_input: PathBuf,
        /// The hand-curated golden record.
        #[arg(long)]
        golden: PathBuf,
    },
    /// What changed between two versions of a plan (inputs or records):
    /// a Markdown report, or JSON with --json, or an HTML page with --html.
    Diff {
        /// The older version.
        old: PathBuf,
        /// The newer version.
        new: PathBuf,
        /// Print the diff as JSON (`planx/plan-diff/1`).
        #[arg(long, conflicts_with = "html")]
        json: bool,
        /// Print a self-contained side-by-side HTML page.
        #[arg(long)]
        html: bool,
        /// Write here instead of standard output.
        #[arg(short, long)]
        output: Option<PathBuf>,
    },
    /// One record from two versions: fields cut off in BASE are completed
    /// from OTHER where OTHER's text begins with them.
    Merge {
        /// The version whose record is kept.
        base: PathBuf,
        /// The version that completes it.
        other: PathBuf,
        /// Write here instead of standard output.
        #[arg(short, long)]
        output: Option<PathBuf>,
    },
    /// Every file under DIR (or every path read from --files-from) one JSON
    /// line, in parallel, in sorted path order. A file that cannot be read
    /// gets an `error` record; the batch goes on.
    Batch {
        /// The archive folder.
        dir: Option<PathBuf>,
        /// The JSON Lines output (written to a temporary file, renamed at
        /// the end). Default: standard output.
        #[arg(long)]
        out: Option<PathBuf>,
        /// Read the paths to process from this file, `-` for standard input.
        #[arg(long)]
        files_from: Option<PathBuf>,
        /// Process only shard K of N (0-based K), chosen by a stable hash of
        /// the path: `--shard 0/4`.
        #[arg(long, value_parser = parse_shard)]
        shard: Option<(u64, u64)>,
        /// Keep the lines of files already in --out with the same sha256.
        #[arg(long, requires = "out")]
        resume: bool,
        /// Worker threads (default: one per core).
        #[arg(long)]
        threads: Option<usize>,
        /// No progress bar and no summary.
        #[arg(long, short)]
        quiet: bool,
        /// Longest time one file may take, in seconds; past it the file gets
        /// an `error` record ("timed out"). 0 for no limit.
        #[arg(long, default_value_t = 120.0)]
        timeout: f64,
    },
    /// Researcher outputs from a batch: one CSV row per measure.
    Export {
        /// A JSON Lines file written by `planx batch`.
        jsonl: PathBuf,
        /// The CSV to write.
        #[arg(long)]
        csv: PathBuf,
        /// Start the CSV with a UTF-8 byte order mark (for Excel).
        #[arg(long)]
        bom: bool,
    },
    /// Print the table rows and text blocks the extractor sees (debugging).
    Rows {
        /// The input.
        file: PathBuf,
    },
}

fn main() -> ExitCode {
    let cli = Cli::parse();
    match run(cli) {
        Ok(code) => code,
        // A reader that stops early (`planx check … | head`) is no error.
        Err(e)
            if e.chain().any(|c| {
                c.downcast_ref::<std::io::Error>()
                    .is_some_and(|io| io.kind() == std::io::ErrorKind::BrokenPipe)
            }) =>
        {
            ExitCode::SUCCESS
        }
        Err(e) => {
            eprintln!("planx: {e:#}");
            ExitCode::from(2)
        }
    }
}

fn run(cli: Cli) -> Result<ExitCode> {
    match cli.command {
        Command::Extract { file, output } => {
            // The dictionary loads while the file is read.
            let lexicon = LatvianLexicon::start_loading();
            let record = read_file(&file, &lexicon)?;
            lexicon.ready()?;
            let json = serde_json::to_string_pretty(&record)? + "\n";
            match output {
                Some(out) => std::fs::write(&out, json)
                    .with_context(|| format!("cannot write {}", out.display()))?,
                None => std::io::stdout().write_all(json.as_bytes())?,
            }
            if let Record::Document(d) = &record {
                if let Some(err) = &d.error {
                    eprintln!("planx: {}: {err}", file.display());
                    return Ok(ExitCode::from(3));
                }
            }
            Ok(ExitCode::SUCCESS)
        }
        Command::Check {
            record_or_input,
            golden,
        } => {
            let golden_json: serde_json::Value = serde_json::from_slice(
                &std::fs::read(&golden)
                    .with_context(|| format!("cannot read {}", golden.display()))?,
            )
            .with_context(|| format!("{} is not JSON", golden.display()))?;
            let output = if record_or_input.extension().is_some_and(|e| e == "json") {
                serde_json::from_slice(&std::fs::read(&record_or_input)?)
                    .with_context(|| format!("{} is not JSON", record_or_input.display()))?
            } else {
                let lexicon = LatvianLexicon::load()?;
                serde_json::to_value(read_file(&record_or_input, &lexicon)?)?
            };
            let score = planx_reconciler::check::score(&output, &golden_json);
            let mut out = std::io::stdout().lock();
            for m in &score.mismatches {
                writeln!(
                    out,
                    "MISMATCH {}\n  golden: {}\n  output: {}",
                    m.path, m.golden, m.output
                )?;
            }
            for p in &score.extra {
                writeln!(out, "EXTRA {p}")?;
            }
            writeln!(
                out,
                "fields {}  recall {:.4}  precision {:.4}  mismatches {}  extra {}",
                score.fields,
                score.recall,
                score.precision,
                score.mismatches.len(),
                score.extra.len()
            )?;
            Ok(if score.is_exact() {
                ExitCode::SUCCESS
            } else {
                ExitCode::from(1)
            })
        }
        Command::Diff {
            old,
            new,
            json,
            html,
            output,
        } => {
            let lexicon = LatvianLexicon::load()?;
            let (a, b) = (load_plan(&old, &lexicon)?, load_plan(&new, &lexicon)?);
            let d = planx_reconciler::diff::diff(&a, &b);
            let text = if json {
                serde_json::to_string_pretty(&d)? + "\n"
            } else if html {
                planx_reconciler::diff::html(&d)
            } else {
                planx_reconciler::diff::markdown(&d)
            };
            write_out(output.as_deref(), &text)?;
            Ok(ExitCode::SUCCESS)
        }
        Command::Merge {
            base,
            other,
            output,
        } => {
            let lexicon = LatvianLexicon::load()?;
            let merged = planx_reconciler::merge::merge(
                &load_plan(&base, &lexicon)?,
                &load_plan(&other, &lexicon)?,
                &lexicon,
            );
            write_out(
                output.as_deref(),
                &(serde_json::to_string_pretty(&merged)? + "\n"),
            )?;
            Ok(ExitCode::SUCCESS)
        }
        Command::Batch {
            dir,
            out,
            files_from,
            shard,
            resume,
            threads,
            quiet,
            timeout,
        } => batch(dir, out, files_from, shard, resume, threads, quiet, timeout),
        Command::Export { jsonl, csv, bom } => {
            let n = planx_cli::export::csv(&jsonl, &csv, bom)?;
            eprintln!("planx: {n} measures written to {}", csv.display());
            Ok(ExitCode::SUCCESS)
        }
        Command::Rows { file } => {
            let lexicon = LatvianLexicon::load()?;
            let bytes =
                std::fs::read(&file).with_context(|| format!("cannot read {}", file.display()))?;
            let ocr = planx_extractor::OcrOptions::default();
            let options = planx_extractor::ExtractOptions {
                lexicon: Some(&lexicon),
                ocr: Some(&ocr),
                ..Default::default()
            };
            let ex = planx_extractor::extract(&bytes, &options)
                .with_context(|| format!("{}", file.display()))?;
            write!(std::io::stdout().lock(), "{}", ex.render())?;
            Ok(ExitCode::SUCCESS)
        }
    }
}

fn parse_shard(s: &str) -> std::result::Result<(u64, u64), String> {
    let (k, n) = s.split_once('/').ok_or("want K/N, e.g. 0/4")?;
    let (k, n): (u64, u64) = (
        k.parse().map_err(|_| "K is not a number")?,
        n.parse().map_err(|_| "N is not a number")?,
    );
    if n == 0 || k >= n {
        return Err(format!("want 0 <= K < N, got {k}/{n}"));
    }
    Ok((k, n))
}

#[allow(clippy::too_many_arguments)]
fn batch(
    dir: Option<PathBuf>,
    out: Option<PathBuf>,
    files_from: Option<PathBuf>,
    shard: Option<(u64, u64)>,
    resume: bool,
    threads: Option<usize>,
    quiet: bool,
    timeout: f64,
) -> Result<ExitCode> {
    use planx_cli::batch;
    use std::io::{BufRead, IsTerminal};
    let started = std::time::Instant::now();
    let mut files: Vec<(PathBuf, String)> = Vec::new();
    let mut outside = Vec::new();
    match (&dir, &files_from) {
        (Some(root), None) => {
            let (found, links) = batch::walk(root);
            for p in found {
                let name = p.strip_prefix(root).unwrap_or(&p).display().to_string();
                files.push((p, name));
            }
            outside = links;
        }
        (None, Some(list)) => {
            let reader: Box<dyn BufRead> = if list.as_os_str() == "-" {
                Box::new(std::io::stdin().lock())
            } else {
                Box::new(std::io::BufReader::new(
                    std::fs::File::open(list)
                        .with_context(|| format!("cannot read {}", list.display()))?,
                ))
            };
            for line in reader.lines() {
                let line = line?;
                let line = line.trim();
                if !line.is_empty() {
                    files.push((PathBuf::from(line), line.to_string()));
                }
            }
        }
        _ => anyhow::bail!("give either DIR or --files-from"),
    }
    if let Some((k, n)) = shard {
        files.retain(|(_, name)| batch::path_hash(name) % n == k);
    }
    let options = batch::BatchOptions {
        shard,
        resume: match (&out, resume) {
            (Some(o), true) => batch::read_resume(o),
            _ => Default::default(),
        },
        timeout: (timeout > 0.0).then(|| std::time::Duration::from_secs_f64(timeout)),
    };
    let lexicon = std::sync::Arc::new(LatvianLexicon::load()?);
    let bar = (!quiet && std::io::stderr().is_terminal()).then(|| {
        let b = indicatif::ProgressBar::new(files.len() as u64);
        b.set_style(
            indicatif::ProgressStyle::with_template(
                "{bar:40} {pos}/{len} files {per_sec} eta {eta}",
            )
            .unwrap_or_else(|_| indicatif::ProgressStyle::default_bar()),
        );
        b
    });
    let tick = || {
        if let Some(b) = &bar {
            b.inc(1);
        }
    };
    let pool = rayon::ThreadPoolBuilder::new()
        .num_threads(threads.unwrap_or(0))
        .build()?;
    let mut lines = pool.install(|| batch::run(&files, &options, &lexicon, &tick));
    if let Some(b) = &bar {
        b.finish_and_clear();
    }
    for p in outside {
        let name = dir
            .as_ref()
            .and_then(|r| p.strip_prefix(r).ok())
            .unwrap_or(&p)
            .display()
            .to_string();
        let rec = batch::error_record(
            &name,
            String::new(),
            "symbolic link that points outside the tree: not followed".into(),
        );
        lines.push(batch::Line {
            path: name,
            kind: "error".into(),
            error: Some("symbolic link outside the tree".into()),
            json: serde_json::to_string(&rec)?,
        });
    }
    lines.sort_by(|a, b| a.path.cmp(&b.path));
    match &out {
        Some(o) => batch::write_atomically(o, &lines)
            .with_context(|| format!("cannot write {}", o.display()))?,
        None => {
            let mut w = std::io::BufWriter::new(std::io::stdout().lock());
            for l in &lines {
                w.write_all(l.json.as_bytes())?;
                w.write_all(b"\n")?;
            }
            w.flush()?;
        }
    }
    if !quiet {
        eprint!("{}", batch::summary(&lines, started));
    }
    Ok(ExitCode::SUCCESS)
}

/// A plan record from a record file (`.json`) or an input document.
fn load_plan(path: &Path, lexicon: &LatvianLexicon) -> Result<PlanRecord> {
    let record: Record = if path.extension().is_some_and(|e| e == "json") {
        serde_json::from_slice(
            &std::fs::read(path).with_context(|| format!("cannot read {}", path.display()))?,
        )
        .with_context(|| format!("{} is not a planx record", path.display()))?
    } else {
        read_file(path, lexicon)?
    };
    match record {
        Record::Plan(p) => Ok(*p),
        Record::Document(d) => anyhow::bail!(
            "{} is not an action plan (kind {}{})",
            path.display(),
            d.kind,
            d.error.map(|e| format!(": {e}")).unwrap_or_default()
        ),
    }
}

fn write_out(output: Option<&Path>, text: &str) -> Result<()> {
    match output {
        Some(out) => {
            std::fs::write(out, text).with_context(|| format!("cannot write {}", out.display()))
        }
        None => Ok(std::io::stdout().write_all(text.as_bytes())?),
    }
}

fn read_file(path: &Path, lexicon: &LatvianLexicon) -> Result<Record> {
    let bytes = std::fs::read(path).with_context(|| format!("cannot read {}", path.display()))?;
    Ok(planx_cli::read_record(
        &bytes,
        &path.display().to_string(),
        lexicon,
    ))
}
