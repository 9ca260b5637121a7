//! Tesseract as a subprocess: a PGM image on its standard input, its TSV
//! (one row per page, block, paragraph, line and word, with boxes and
//! confidences) on its standard output.

use std::process::{Command, Stdio};
use std::sync::{Mutex, OnceLock};
use std::time::Duration;

use super::process;

use image::GrayImage;
use thiserror::Error;

/// How to run the OCR engine.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct OcrOptions {
    /// The Tesseract command.
    pub command: String,
    /// Tesseract's language (`lav`: Latvian).
    pub language: String,
    /// Longest time given to one page; past it the page is not read.
    pub timeout: Duration,
}

impl Default for OcrOptions {
    fn default() -> Self {
        OcrOptions {
            command: "tesseract".to_string(),
            language: "lav".to_string(),
            timeout: Duration::from_secs(120),
        }
    }
}

/// Why OCR could not be run.
#[derive(Debug, Error, Clone, PartialEq, Eq)]
#[non_exhaustive]
pub enum OcrError {
    /// The command is not installed.
    #[error("OCR needs Tesseract, and `{command}` cannot be run ({reason}); install it (Debian: apt-get install tesseract-ocr tesseract-ocr-lav)")]
    Missing {
        /// The command tried.
        command: String,
        /// What the system said.
        reason: String,
    },
    /// Tesseract runs but lacks the language data.
    #[error("Tesseract has no '{language}' language data (it has: {have}); install it (Debian: apt-get install tesseract-ocr-{language})")]
    NoLanguage {
        /// The language asked for.
        language: String,
        /// The languages it has.
        have: String,
    },
    /// Tesseract failed on a page.
    #[error("Tesseract failed: {reason}")]
    Failed {
        /// Its exit status and message.
        reason: String,
    },
}

/// A recognised word in pixels of the image given.
#[derive(Debug, Clone)]
pub struct PixelWord {
    pub text: String,
    pub left: f64,
    pub width: f64,
    pub top: f64,
    pub bottom: f64,
    pub confidence: f64,
}

/// What was found of a command and language.
type Probed = ((String, String), Result<(), OcrError>);

/// Checks once per command and language that Tesseract can run.
fn ready(options: &OcrOptions) -> Result<(), OcrError> {
    static SEEN: OnceLock<Mutex<Vec<Probed>>> = OnceLock::new();
    let key = (options.command.clone(), options.language.clone());
    let seen = SEEN.get_or_init(|| Mutex::new(Vec::new()));
    if let Ok(list) = seen.lock() {
        if let Some((_, r)) = list.iter().find(|(k, _)| *k == key) {
            return r.clone();
        }
    }
    let result = probe(options);
    if let Ok(mut list) = seen.lock() {
        list.push((key, result.clone()));
    }
    result
}

fn probe(options: &OcrOptions) -> Result<(), OcrError> {
    let out = Command::new(&options.command)
        .arg("--list-langs")
        .stdin(Stdio::null())
        .output()
        .map_err(|e| OcrError::Missing {
            command: options.command.clone(),
            reason: e.to_string(),
        })?;
    let text =
        String::from_utf8_lossy(&out.stdout).into_owned() + &String::from_utf8_lossy(&out.stderr);
    let langs: Vec<&str> = text
        .lines()
        .skip_while(|l| !l.starts_with("List of available languages"))
        .skip(1)
        .map(str::trim)
        .collect();
    if langs.contains(&options.language.as_str()) {
        Ok(())
    } else {
        Err(OcrError::NoLanguage {
            language: options.language.clone(),
            have: langs.join(", "),
        })
    }
}

/// The words of an image at `dpi`.
/// The quarter turns clockwise that make the page's text upright, by
/// Tesseract's orientation detection (`--psm 0`, the `osd` data): `None`
/// when it cannot tell (data missing, no text, low confidence) or the page
/// is upright already.
pub fn orientation(image: &GrayImage, dpi: f64, options: &OcrOptions) -> Option<u8> {
    let (w, h) = image.dimensions();
    let mut pgm = format!("P5\n{w} {h}\n255\n").into_bytes();
    pgm.extend_from_slice(image.as_raw());
    let mut command = Command::new(&options.command);
    command
        .args(["stdin", "stdout", "--psm", "0"])
        .args(["--dpi", &format!("{}", dpi.round() as i64)])
        .env("OMP_THREAD_LIMIT", "1");
    let out = process::run(command, pgm, options.timeout).ok()?;
    let text = String::from_utf8_lossy(&out.stdout);
    let field = |name: &str| -> Option<f64> {
        text.lines()
            .find_map(|l| l.strip_prefix(name))
            .and_then(|v| v.trim().parse().ok())
    };
    let rotate = field("Rotate:")?;
    let confidence = field("Orientation confidence:")?;
    let turns = ((rotate / 90.0).round() as i64).rem_euclid(4) as u8;
    (turns != 0 && confidence >= MIN_ORIENTATION_CONFIDENCE).then_some(turns)
}

/// Least orientation confidence acted on (Tesseract's scale; a sideways
/// table page scores 10–20, a doubtful one below 2).
const MIN_ORIENTATION_CONFIDENCE: f64 = 2.0;

pub fn words(
    image: &GrayImage,
    dpi: f64,
    options: &OcrOptions,
) -> Result<Vec<PixelWord>, OcrError> {
    ready(options)?;
    let (w, h) = image.dimensions();
    let mut pgm = format!("P5\n{w} {h}\n255\n").into_bytes();
    pgm.extend_from_slice(image.as_raw());
    let mut command = Command::new(&options.command);
    command
        // Sparse text (psm 11): words with their boxes, no page layout
        // analysis — planx lays the page out itself, and Tesseract's own
        // layout drops words at cell edges.
        .args(["stdin", "stdout", "-l", &options.language, "--psm", "11"])
        .args(["--dpi", &format!("{}", dpi.round() as i64)])
        // Table rulings are erased, and plans print no `|`: without it
        // Tesseract reads an `I` or `l` instead.
        .args(["-c", "tessedit_char_blacklist=|"])
        .arg("tsv")
        // Pages run in parallel; each Tesseract keeps to one thread.
        .env("OMP_THREAD_LIMIT", "1");
    let out = match process::run(command, pgm, options.timeout) {
        Ok(out) => out,
        Err(process::Failure::Spawn(e)) => {
            return Err(OcrError::Missing {
                command: options.command.clone(),
                reason: e.to_string(),
            })
        }
        Err(process::Failure::TimedOut(limit)) => {
            return Err(OcrError::Failed {
                reason: format!("no answer within {} s on a page", limit.as_secs()),
            })
        }
    };
    if !out.status.success() {
        let err = String::from_utf8_lossy(&out.stderr);
        return Err(OcrError::Failed {
            reason: format!("{}: {}", out.status, err.trim()),
        });
    }
    Ok(parse_tsv(&String::from_utf8_lossy(&out.stdout)))
}

/// The words of Tesseract's TSV (level 5 rows).
fn parse_tsv(tsv: &str) -> Vec<PixelWord> {
    let mut out = Vec::new();
    for row in tsv.lines().skip(1) {
        let f: Vec<&str> = row.split('\t').collect();
        let [level, _, _, _, _, _, left, top, width, height, conf, text] = f.as_slice() else {
            continue;
        };
        let n = |s: &str| s.trim().parse::<f64>().unwrap_or(0.0);
        if *level == "5" && !text.trim().is_empty() {
            out.push(PixelWord {
                text: text.trim().to_string(),
                left: n(left),
                width: n(width),
                top: n(top),
                bottom: n(top) + n(height),
                confidence: n(conf),
            });
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn words_with_boxes_and_confidence() {
        let tsv = "level\tpage_num\tblock_num\tpar_num\tline_num\tword_num\tleft\ttop\twidth\theight\tconf\ttext\n\
                   4\t1\t1\t1\t1\t0\t10\t100\t300\t30\t-1\t\n\
                   5\t1\t1\t1\t1\t1\t10\t104\t80\t22\t95.5\tPasākums\n\
                   5\t1\t1\t1\t1\t2\t100\t100\t60\t30\t40\tnr.1.1.\n";
        let w = parse_tsv(tsv);
        assert_eq!(w.len(), 2);
        assert_eq!(w[0].text, "Pasākums");
        assert_eq!((w[0].top, w[0].bottom), (104.0, 126.0));
        assert_eq!(w[1].confidence, 40.0);
    }
}
