use planx_record::{InputKind, Provenance};

/// What a table column holds, decided from its header text.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum Column {
    /// The row label: "Pasākums nr.1.1.", "Rīcības virziens nr.1", "Apraksts".
    Label,
    /// Measure name, or the content of a direction row.
    Title,
    /// Responsible institution / procurer.
    Responsible,
    /// Financer.
    Financer,
    /// Indicative implementation period.
    Period,
    /// Indicative budget.
    Budget,
    /// Involved institutions and persons.
    Partners,
    /// The measure's number in a column of its own ("Nr. p.k.").
    Id,
    /// Expected result ("Rezultāts", "Rezultatīvais rādītājs").
    Result,
    /// Funding source ("Finansējuma avots").
    FundingSource,
    /// One year's amount under the budget header ("2024" under
    /// "Nepieciešamais finansējums, EUR").
    BudgetYear(u16),
    /// The total under the budget header ("Kopā").
    BudgetTotal,
    /// A column whose header was not recognised (its 0-based position).
    Other(usize),
}

/// One table cell: its raw text (line wraps kept as `\n`) and where it was.
#[derive(Debug, Clone, PartialEq)]
pub struct Cell {
    /// What the cell holds.
    pub column: Column,
    /// Raw text; wrapped lines joined with `\n`, trailing spaces kept.
    pub text: String,
    /// Where the cell came from.
    pub provenance: Provenance,
}

/// One table row.
#[derive(Debug, Clone, PartialEq)]
pub struct Row {
    /// Cells in column order.
    pub cells: Vec<Cell>,
    /// Where the row came from.
    pub provenance: Provenance,
    /// Index of the page-like segment the row belongs to (0-based): a new
    /// segment starts where table rows resume after text outside the table.
    pub segment: u32,
}

impl Row {
    /// The text of the first cell of `column`, if any.
    pub fn cell(&self, column: Column) -> Option<&Cell> {
        self.cells.iter().find(|c| c.column == column)
    }
}

/// Text outside the table: a paragraph, possibly wrapped over lines.
#[derive(Debug, Clone, PartialEq)]
pub struct Block {
    /// Raw lines of the block, in order.
    pub lines: Vec<String>,
    /// Where the block came from.
    pub provenance: Provenance,
    /// Segment of the table rows it follows (see [`Row::segment`]).
    pub segment: u32,
}

/// An element of the document in reading order.
#[derive(Debug, Clone, PartialEq)]
pub enum Item {
    /// A table row.
    Row(Row),
    /// Text outside the table.
    Block(Block),
}

/// Whether a [`Footnote`] stands at the foot of its page or at the end of
/// the document.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum FootnoteKind {
    /// A footnote (DOCX `w:footnoteReference`, ODT `text:note-class="footnote"`).
    Footnote,
    /// An endnote (DOCX `w:endnoteReference`, ODT `text:note-class="endnote"`).
    Endnote,
}

/// A footnote or endnote of a written document (DOCX, ODT). Its text is
/// not part of the text that references it: a cell with a footnote mark
/// reads as the cell without it.
#[derive(Debug, Clone, PartialEq)]
pub struct Footnote {
    /// Footnote or endnote.
    pub kind: FootnoteKind,
    /// The note's text, its paragraphs joined with a space.
    pub text: String,
    /// The cell (table, row, column) or paragraph whose text carries the
    /// note's mark.
    pub provenance: Provenance,
}

/// Everything the extractor read from one input.
#[derive(Debug, Clone, PartialEq)]
pub struct Extraction {
    /// How the text was obtained.
    pub input: InputKind,
    /// Page count, where the input has pages.
    pub pages: Option<u32>,
    /// The text encoding decided on.
    pub encoding: &'static str,
    /// Decoding decisions, in words.
    pub decoding: Vec<String>,
    /// The columns the table has, from its header rows.
    pub columns: Vec<Column>,
    /// The header text of each column no role was found for
    /// ([`Column::Other`]), by its position: sub-column headers joined to
    /// the header above them with " / ".
    pub other_headers: Vec<(usize, String)>,
    /// Rows and text blocks in reading order; column headers removed.
    pub items: Vec<Item>,
    /// How many lines of page furniture (repeated column headers) were dropped.
    pub furniture_lines: usize,
    /// Words OCR recognised with a low confidence, with their page.
    pub doubtful: Vec<(u32, String)>,
    /// Changes made to recognised text before the table was read (rule
    /// `ocr`); `path` names the page until the record places them.
    pub repairs: Vec<planx_record::Correction>,
    /// Footnotes and endnotes referenced from the text, in reading order
    /// (DOCX and ODT; other inputs have none).
    pub footnotes: Vec<Footnote>,
}
