//! Running a helper program (Tesseract, pdftoppm) with bytes on its
//! standard input, its output collected, and a time limit: a program that
//! hangs on a crafted page is killed, not waited for.

use std::io::{Read, Write};
use std::process::{Child, Command, ExitStatus, Stdio};
use std::time::{Duration, Instant};

/// What a finished program gave.
pub struct Finished {
    /// Exit status.
    pub status: ExitStatus,
    /// Standard output.
    pub stdout: Vec<u8>,
    /// Standard error.
    pub stderr: Vec<u8>,
}

/// Why the program gave nothing.
pub enum Failure {
    /// It could not be started.
    Spawn(std::io::Error),
    /// It ran past the limit and was killed.
    TimedOut(Duration),
}

/// Runs `command` with `input` on its standard input, for at most `limit`.
pub fn run(mut command: Command, input: Vec<u8>, limit: Duration) -> Result<Finished, Failure> {
    let mut child = command
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .map_err(Failure::Spawn)?;
    let stdin = child.stdin.take();
    let writer = std::thread::spawn(move || {
        if let Some(mut s) = stdin {
            // A program that stops reading shows by its own status.
            let _ = s.write_all(&input);
        }
    });
    let out = drain(child.stdout.take());
    let err = drain(child.stderr.take());
    let status = wait(&mut child, limit);
    let _ = writer.join();
    let stdout = out.join().unwrap_or_default();
    let stderr = err.join().unwrap_or_default();
    match status {
        Some(status) => Ok(Finished {
            status,
            stdout,
            stderr,
        }),
        None => Err(Failure::TimedOut(limit)),
    }
}

fn drain<R: Read + Send + 'static>(pipe: Option<R>) -> std::thread::JoinHandle<Vec<u8>> {
    std::thread::spawn(move || {
        let mut buf = Vec::new();
        if let Some(mut p) = pipe {
            let _ = p.read_to_end(&mut buf);
        }
        buf
    })
}

/// The exit status, or `None` when the limit passed (the child is killed).
fn wait(child: &mut Child, limit: Duration) -> Option<ExitStatus> {
    let start = Instant::now();
    loop {
        match child.try_wait() {
            Ok(Some(status)) => return Some(status),
            Ok(None) if start.elapsed() < limit => std::thread::sleep(Duration::from_millis(10)),
            _ => {
                let _ = child.kill();
                let _ = child.wait();
                return None;
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn output_and_time_limit() {
        let mut cat = Command::new("cat");
        cat.arg("-");
        let done = run(cat, b"abc".to_vec(), Duration::from_secs(10))
            .ok()
            .expect("cat runs");
        assert_eq!(done.stdout, b"abc");
        let mut sleep = Command::new("sleep");
        sleep.arg("5");
        assert!(matches!(
            run(sleep, Vec::new(), Duration::from_millis(100)),
            Err(Failure::TimedOut(_))
        ));
    }
}
