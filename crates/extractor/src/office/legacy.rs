//! Legacy word-processing files — Word 97–2003 `.doc` (an OLE compound
//! file) and RTF — converted to DOCX by LibreOffice (`soffice --headless
//! --convert-to docx`) under a time limit, then read as DOCX. Without
//! LibreOffice the error names the program to install.

use std::process::Command;
use std::time::Duration;

use crate::scan::process::{self, Failure};
use crate::ExtractError;

/// Longest a conversion may take.
const LIMIT: Duration = Duration::from_secs(120);

/// The legacy format of the bytes, by their first bytes: `DOC` or `RTF`.
pub fn sniff(bytes: &[u8]) -> Option<&'static str> {
    if bytes.starts_with(b"\xD0\xCF\x11\xE0\xA1\xB1\x1A\xE1") {
        return Some("DOC");
    }
    let head = bytes
        .strip_prefix(b"\xEF\xBB\xBF".as_slice())
        .unwrap_or(bytes);
    head.starts_with(b"{\\rtf").then_some("RTF")
}

/// The DOCX LibreOffice makes of the file.
pub fn to_docx(bytes: &[u8], format: &'static str) -> Result<Vec<u8>, ExtractError> {
    let fail = |reason: String| ExtractError::Office { format, reason };
    let dir = tempfile::tempdir().map_err(|e| fail(format!("no temporary folder: {e}")))?;
    let ext = if format == "DOC" { "doc" } else { "rtf" };
    let input = dir.path().join(format!("input.{ext}"));
    std::fs::write(&input, bytes)
        .map_err(|e| fail(format!("cannot write a temporary copy: {e}")))?;
    let out = dir.path().join("out");
    let mut command = Command::new("soffice");
    command
        .arg("--headless")
        .arg("--norestore")
        .arg(format!(
            "-env:UserInstallation=file://{}",
            dir.path().join("profile").display()
        ))
        .arg("--convert-to")
        .arg("docx")
        .arg("--outdir")
        .arg(&out)
        .arg(&input);
    match process::run(command, Vec::new(), LIMIT) {
        Err(Failure::Spawn(e)) if e.kind() == std::io::ErrorKind::NotFound => {
            return Err(fail(
                "reading it needs LibreOffice (`soffice`) to convert it to DOCX, and it is not installed"
                    .to_string(),
            ))
        }
        Err(Failure::Spawn(e)) => return Err(fail(format!("LibreOffice (`soffice`) did not start: {e}"))),
        Err(Failure::TimedOut(t)) => {
            return Err(fail(format!(
                "LibreOffice did not convert it within {} s",
                t.as_secs()
            )))
        }
        Ok(_) => {}
    }
    std::fs::read(out.join("input.docx"))
        .map_err(|_| fail("LibreOffice could not convert it to DOCX".to_string()))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn legacy_files_are_known_by_their_first_bytes() {
        assert_eq!(sniff(b"{\\rtf1\\ansi Sveiki}"), Some("RTF"));
        assert_eq!(sniff(b"\xD0\xCF\x11\xE0\xA1\xB1\x1A\xE1rest"), Some("DOC"));
        assert_eq!(sniff(b"PK\x03\x04"), None);
    }
}
