//! `planx`: Latvian plan annexes in, checked JSON records out.
//!
//! Exit status: 0 success; 1 `check` found mismatches; 2 usage or I/O
//! error; 3 the input could not be read (an `error` record is printed).

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
        /// The input: a tab-separated or pdftotext-style text export.
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
        Err(e) => {
            eprintln!("planx: {e:#}");
            ExitCode::from(2)
        }
    }
}

fn run(cli: Cli) -> Result<ExitCode> {
    match cli.command {
        Command::Extract { file, output } => {
            let lexicon = LatvianLexicon::load()?;
            let record = read_file(&file, &lexicon)?;
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
            for m in &score.mismatches {
                println!(
                    "MISMATCH {}\n  golden: {}\n  output: {}",
                    m.path, m.golden, m.output
                );
            }
            for p in &score.extra {
                println!("EXTRA {p}");
            }
            println!(
                "fields {}  recall {:.4}  precision {:.4}  mismatches {}  extra {}",
                score.fields,
                score.recall,
                score.precision,
                score.mismatches.len(),
                score.extra.len()
            );
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
            );
            write_out(
                output.as_deref(),
                &(serde_json::to_string_pretty(&merged)? + "\n"),
            )?;
            Ok(ExitCode::SUCCESS)
        }
        Command::Rows { file } => {
            let lexicon = LatvianLexicon::load()?;
            let bytes =
                std::fs::read(&file).with_context(|| format!("cannot read {}", file.display()))?;
            let options = planx_extractor::ExtractOptions {
                lexicon: Some(&lexicon),
                ..Default::default()
            };
            let ex = planx_extractor::extract(&bytes, &options)
                .with_context(|| format!("{}", file.display()))?;
            print!("{}", ex.render());
            Ok(ExitCode::SUCCESS)
        }
    }
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
