//! Footnotes and endnotes of written documents: their texts are kept out
//! of the text that references them and given, with the provenance of the
//! cell or paragraph whose text carries the mark, as [`Footnote`]s.
//!
//! A reader meets a reference inside a paragraph, before it knows where
//! the paragraph stands; the reference waits in [`Notes`] until the reader
//! has placed the cell or paragraph and [`Notes::settle`]s it there.

use std::collections::HashMap;

use planx_record::Provenance;

use crate::{Footnote, FootnoteKind};

/// Most notes one document gives; references past it are counted, not
/// given (a crafted document could reference one long note millions of
/// times).
const MAX_NOTES: usize = 500;

/// Most characters of one note's text; a longer one is cut there, with
/// "…" at the end.
const MAX_CHARS: usize = 2000;

/// The notes of one document as its reader meets them.
#[derive(Default)]
pub(super) struct Notes {
    /// Note texts by kind and id, where they stand in parts of their own
    /// (DOCX `word/footnotes.xml`, `word/endnotes.xml`).
    texts: HashMap<(FootnoteKind, String), String>,
    /// Notes referenced since the last [`Notes::settle`], with their text.
    pending: Vec<(FootnoteKind, String)>,
    /// Notes placed, in reading order.
    found: Vec<Footnote>,
    /// References met.
    references: usize,
    /// References whose note has no text (an unknown id, a missing part,
    /// an empty note).
    unread: usize,
    /// Notes past [`MAX_NOTES`], not given.
    dropped: usize,
    /// Notes cut at [`MAX_CHARS`].
    cut: usize,
}

impl Notes {
    /// Records the text of the note `id` of `kind`, for references by id.
    /// A text past [`MAX_CHARS`] is kept one character longer, so that each
    /// reference copies little and still knows to cut it.
    pub(super) fn define(&mut self, kind: FootnoteKind, id: &str, text: String) {
        let text = match text.char_indices().nth(MAX_CHARS + 1) {
            Some((end, _)) => text.get(..end).unwrap_or_default().to_string(),
            None => text,
        };
        self.texts.insert((kind, id.to_string()), text);
    }

    /// A reference by id (DOCX); an id no note carries is counted as
    /// unread.
    pub(super) fn refer_id(&mut self, kind: FootnoteKind, id: Option<&str>) {
        if self.full() {
            self.references += 1;
            self.dropped += 1;
            return;
        }
        let text = id.and_then(|id| self.texts.get(&(kind, id.to_string())).cloned());
        self.refer(kind, text.unwrap_or_default());
    }

    /// A reference with the note's text at hand (ODT keeps the note body
    /// where it is referenced).
    pub(super) fn refer(&mut self, kind: FootnoteKind, text: String) {
        self.references += 1;
        if self.full() {
            self.dropped += 1;
            return;
        }
        let text = text.trim();
        if text.is_empty() {
            self.unread += 1;
            return;
        }
        let text = if text.chars().count() > MAX_CHARS {
            self.cut += 1;
            let mut short: String = text.chars().take(MAX_CHARS).collect();
            short.push('…');
            short
        } else {
            text.to_string()
        };
        self.pending.push((kind, text));
    }

    /// The notes referenced since the last call belong to the cell or
    /// paragraph at `provenance`.
    pub(super) fn settle(&mut self, provenance: &Provenance) {
        for (kind, text) in std::mem::take(&mut self.pending) {
            self.found.push(Footnote {
                kind,
                text,
                provenance: provenance.clone(),
            });
        }
    }

    /// Whether [`MAX_NOTES`] notes are placed or waiting.
    fn full(&self) -> bool {
        self.found.len() + self.pending.len() >= MAX_NOTES
    }

    /// What was done with the notes, for `source.decoding`: `what` names
    /// the references ("footnote references"); `None` without references.
    pub(super) fn summary(&self, what: &str) -> Option<String> {
        if self.references == 0 {
            return None;
        }
        let mut out = format!(
            "{} {what}; their texts kept out of the text and given as warnings",
            self.references
        );
        if self.unread > 0 {
            out.push_str(&format!(", {} without a text found", self.unread));
        }
        if self.cut > 0 {
            out.push_str(&format!(", {} cut at {MAX_CHARS} characters", self.cut));
        }
        if self.dropped > 0 {
            out.push_str(&format!(
                ", {} past the first {MAX_NOTES} not given",
                self.dropped
            ));
        }
        Some(out)
    }

    /// The notes placed, in reading order.
    pub(super) fn into_found(self) -> Vec<Footnote> {
        self.found
    }
}

/// A note's paragraphs as one line: each cleaned, empty ones left out,
/// joined with a space.
pub(super) fn join(paragraphs: &[String]) -> String {
    paragraphs
        .iter()
        .flat_map(|p| p.split('\n'))
        .map(|l| super::clean(l).trim().to_string())
        .filter(|l| !l.is_empty())
        .collect::<Vec<_>>()
        .join(" ")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn references_wait_for_their_place_and_unknown_ids_are_counted() {
        let mut n = Notes::default();
        n.define(FootnoteKind::Footnote, "1", "Skat. likumu".to_string());
        n.refer_id(FootnoteKind::Footnote, Some("1"));
        n.refer_id(FootnoteKind::Footnote, Some("9"));
        n.refer_id(FootnoteKind::Endnote, Some("1"));
        n.refer_id(FootnoteKind::Footnote, None);
        let at = Provenance {
            cell: Some([1, 2, 3]),
            ..Provenance::default()
        };
        n.settle(&at);
        n.settle(&Provenance::default());
        assert_eq!(
            n.summary("footnote references").as_deref(),
            Some("4 footnote references; their texts kept out of the text and given as warnings, 3 without a text found")
        );
        let found = n.into_found();
        assert_eq!(found.len(), 1);
        assert_eq!(
            found.first().map(|f| f.provenance.cell),
            Some(Some([1, 2, 3]))
        );
    }

    #[test]
    fn a_long_note_defined_once_is_cut_for_each_reference() {
        let mut n = Notes::default();
        n.define(FootnoteKind::Footnote, "1", "ā".repeat(5 * MAX_CHARS));
        n.refer_id(FootnoteKind::Footnote, Some("1"));
        n.refer_id(FootnoteKind::Footnote, Some("1"));
        n.settle(&Provenance::default());
        let summary = n.summary("notes").unwrap_or_default();
        assert!(summary.contains("2 cut at 2000 characters"), "{summary}");
        assert!(n
            .into_found()
            .iter()
            .all(|f| f.text.chars().count() == MAX_CHARS + 1 && f.text.ends_with('…')));
    }

    #[test]
    fn many_and_long_notes_are_bounded() {
        let mut n = Notes::default();
        for _ in 0..MAX_NOTES + 3 {
            n.refer(FootnoteKind::Footnote, "x".repeat(MAX_CHARS + 1));
        }
        n.settle(&Provenance::default());
        let summary = n.summary("notes").unwrap_or_default();
        assert!(summary.contains("3 past the first 500"), "{summary}");
        let found = n.into_found();
        assert_eq!(found.len(), MAX_NOTES);
        assert!(found
            .iter()
            .all(|f| f.text.chars().count() == MAX_CHARS + 1 && f.text.ends_with('…')));
    }
}
