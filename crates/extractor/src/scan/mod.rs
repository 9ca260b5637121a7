//! Scanned pages: a page image in, words with boxes and the table's rulings
//! in page points out, ready for the same layout as born-digital text.
//!
//! The image is brought to about 300 dpi, deskewed ([`deskew`]), its
//! long horizontal and vertical runs of ink found and erased
//! ([`rulings`]), and the rest recognised by Tesseract ([`tesseract`]).

mod binary;
mod deskew;
pub(crate) mod process;
mod repair;
mod rulings;
mod tesseract;

use image::GrayImage;

pub use repair::{capitals, Repair, Repairer};
pub use tesseract::{OcrError, OcrOptions};

/// A page image and where it stands on the page.
pub struct Raster {
    /// The image, grey.
    pub image: GrayImage,
    /// Pixel (column, row) to page points: `x = m0·c + m2·r + m4`,
    /// `y = m1·c + m3·r + m5`.
    pub to_page: [f64; 6],
}

/// A recognised word in page points.
#[derive(Debug, Clone)]
pub struct Word {
    /// The word as recognised.
    pub text: String,
    /// Left edge.
    pub x: f64,
    /// Its middle less 0.3 of `size`: where a baseline would be.
    pub y: f64,
    /// Width.
    pub width: f64,
    /// The page's text height.
    pub size: f64,
    /// Tesseract's confidence, 0–100.
    pub confidence: f64,
    /// The word's reading direction on the page (a unit vector): `[1, 0]`
    /// but on a page scanned sideways.
    pub dir: [f64; 2],
}

/// A ruling of the table in page points: horizontal when `y0 == y1`,
/// vertical when `x0 == x1`.
pub type Ruling = [f64; 4];

/// What a scanned page holds.
#[derive(Debug, Default)]
pub struct ScanPage {
    /// The words, in Tesseract's reading order.
    pub words: Vec<Word>,
    /// Table rulings found in the image.
    pub rulings: Vec<Ruling>,
    /// The skew corrected, in degrees.
    pub skew: f64,
}

/// The image resized to `nw`×`nh`, Catmull-Rom (fast_image_resize: SIMD,
/// about ten times the `image` crate's speed here).
fn upscale(image: &GrayImage, nw: u32, nh: u32) -> GrayImage {
    use fast_image_resize::{
        images::Image, FilterType, PixelType, ResizeAlg, ResizeOptions, Resizer,
    };
    let (w, h) = image.dimensions();
    let fast = || -> Option<GrayImage> {
        let src = Image::from_vec_u8(w, h, image.as_raw().clone(), PixelType::U8).ok()?;
        let mut dst = Image::new(nw, nh, PixelType::U8);
        let options =
            ResizeOptions::new().resize_alg(ResizeAlg::Convolution(FilterType::CatmullRom));
        Resizer::new().resize(&src, &mut dst, &options).ok()?;
        GrayImage::from_raw(nw, nh, dst.into_vec())
    };
    fast().unwrap_or_else(|| {
        image::imageops::resize(image, nw, nh, image::imageops::FilterType::CatmullRom)
    })
}

/// Most pixels of the working image (an A4 page at 300 dpi is 8.7 M).
const MAX_WORKING_PIXELS: f64 = 40e6;

/// Resolution the image is brought to before recognition.
const TARGET_DPI: f64 = 300.0;

/// Recognises one page image.
pub fn recognise(raster: &Raster, options: &OcrOptions) -> Result<ScanPage, OcrError> {
    let page = recognise_as_is(raster, options)?;
    if !looks_sideways(&page) {
        return Ok(page);
    }
    // A page scanned sideways (a landscape table on a portrait sheet):
    // read again turned as Tesseract's orientation detection says, and
    // kept when it reads with more confidence.
    let dpi = 72.0 / raster.to_page[0].hypot(raster.to_page[1]).max(1e-6);
    let Some(turns) = tesseract::orientation(&raster.image, dpi, options) else {
        return Ok(page);
    };
    let turned = turned(raster, turns);
    let again = recognise_as_is(&turned, options)?;
    Ok(if mean_confidence(&again) > mean_confidence(&page) {
        again
    } else {
        page
    })
}

/// Below this mean word confidence a page may be sideways.
const SIDEWAYS_CONFIDENCE: f64 = 60.0;

/// Many words, read with little confidence: what Tesseract makes of text
/// turned a quarter (mean 38 against 95 upright on the same page).
fn looks_sideways(page: &ScanPage) -> bool {
    page.words.len() >= 10 && mean_confidence(page) < SIDEWAYS_CONFIDENCE
}

fn mean_confidence(page: &ScanPage) -> f64 {
    let words: Vec<f64> = page
        .words
        .iter()
        .filter(|w| w.text.chars().any(char::is_alphanumeric))
        .map(|w| w.confidence)
        .collect();
    words.iter().sum::<f64>() / words.len().max(1) as f64
}

/// The raster turned `turns` quarter turns clockwise, with the matrix from
/// its pixels to the same page points.
fn turned(raster: &Raster, turns: u8) -> Raster {
    let (w, h) = raster.image.dimensions();
    let (w, h) = (f64::from(w), f64::from(h));
    let m = raster.to_page;
    // Pixel (c', r') of the turned image is pixel (c, r) of the original:
    // clockwise c = r', r = h-1-c'; half turn c = w-1-c', r = h-1-r';
    // anticlockwise c = w-1-r', r = c'. Composed with `m`.
    let (image, to_page) = match turns % 4 {
        1 => (
            image::imageops::rotate90(&raster.image),
            [
                -m[2],
                -m[3],
                m[0],
                m[1],
                m[2] * (h - 1.0) + m[4],
                m[3] * (h - 1.0) + m[5],
            ],
        ),
        2 => (
            image::imageops::rotate180(&raster.image),
            [
                -m[0],
                -m[1],
                -m[2],
                -m[3],
                m[0] * (w - 1.0) + m[2] * (h - 1.0) + m[4],
                m[1] * (w - 1.0) + m[3] * (h - 1.0) + m[5],
            ],
        ),
        3 => (
            image::imageops::rotate270(&raster.image),
            [
                m[2],
                m[3],
                -m[0],
                -m[1],
                m[0] * (w - 1.0) + m[4],
                m[1] * (w - 1.0) + m[5],
            ],
        ),
        _ => (raster.image.clone(), m),
    };
    Raster { image, to_page }
}

/// One reading of the raster as it lies.
fn recognise_as_is(raster: &Raster, options: &OcrOptions) -> Result<ScanPage, OcrError> {
    let (w, h) = raster.image.dimensions();
    if w < 16 || h < 16 {
        return Ok(ScanPage::default());
    }
    // Points per pixel along x: the image's resolution on the page.
    let pt_per_px = (raster.to_page[0].hypot(raster.to_page[1])).max(1e-6);
    let dpi = 72.0 / pt_per_px;
    // Never past MAX_WORKING_PIXELS: a large image placed at a low
    // resolution must not be blown up without bound.
    let room = (MAX_WORKING_PIXELS / (f64::from(w) * f64::from(h))).sqrt();
    let scale = if dpi < TARGET_DPI * 0.85 {
        (TARGET_DPI / dpi).min(4.0).min(room).max(1.0)
    } else {
        1.0
    };
    let grey = if scale > 1.0 {
        let (nw, nh) = ((w as f64 * scale) as u32, (h as f64 * scale) as u32);
        upscale(&raster.image, nw, nh)
    } else {
        raster.image.clone()
    };
    let level = binary::otsu(&grey);
    let skew = deskew::angle(&grey, level);
    let grey = if skew.abs() > 0.05 {
        deskew::straighten(&grey, skew)
    } else {
        grey
    };
    // Rulings are often thin and grey: looked for at a level halfway
    // between Otsu's and the paper.
    let paper = binary::paper(&grey);
    let faint = binary::Ink::of(&grey, level / 2 + paper.max(level) / 2);
    let (found, blanks) = rulings::find(&faint, dpi * scale);
    // Tesseract is given the page binarised (Otsu) with the grid erased:
    // on these scans it reads that better than the grey page.
    let mut ink = binary::Ink::of(&grey, level);
    rulings::erase(&found, |c, r| ink.clear(c, r));
    let px_dpi = dpi * scale;
    let words = tesseract::words(&ink.to_image(), px_dpi, options)?;
    // Pixel of the working image → page point.
    let m = raster.to_page;
    let to_page = |c: f64, r: f64| -> (f64, f64) {
        let (c, r) = (c / scale, r / scale);
        (m[0] * c + m[2] * r + m[4], m[1] * c + m[3] * r + m[5])
    };
    // One size for the page's words, near the font's em: the height of the
    // tallest words of three or more letters (ascender to descender),
    // taken at the 90th percentile (a word's box depends on its letters).
    let mut heights: Vec<f64> = words
        .iter()
        .filter(|t| t.text.chars().filter(|c| c.is_alphabetic()).count() >= 3)
        .map(|t| t.bottom - t.top)
        .collect();
    heights.sort_by(f64::total_cmp);
    let size_px = heights
        .get(heights.len() * 9 / 10)
        .copied()
        .unwrap_or(20.0)
        .max(4.0);
    // Specks and stray diacritics read as words: letters far lower than
    // any text line.
    let median = heights.get(heights.len() / 2).copied().unwrap_or(size_px);
    let mut words: Vec<tesseract::PixelWord> = words
        .into_iter()
        .filter(|t| {
            let letters = t.text.chars().filter(|c| c.is_alphanumeric()).count();
            letters < 2 || t.bottom - t.top >= 0.45 * median
        })
        .collect();
    // Fill-in blanks are printed as underscores, which OCR does not read:
    // one underscore per half em of the blank's length. A blank has
    // nothing written over it (an underline has).
    for b in &blanks {
        let (x0, x1) = (b.x0.min(b.x1), b.x0.max(b.x1));
        let (r0, r1) = (
            (b.y0 - size_px * 0.5).max(0.0) as usize,
            (b.y0 - 4.0).max(0.0) as usize,
        );
        let (r2, r3) = ((b.y0 + 4.0) as usize, (b.y0 + size_px * 0.3) as usize);
        let cols = x0 as usize..=x1 as usize;
        let len = (x1 - x0) as usize;
        let above = cols
            .clone()
            .filter(|&c| (r0..r1).any(|r| ink.at(c, r)))
            .count();
        let below = cols
            .clone()
            .filter(|&c| (r2..r3).any(|r| ink.at(c, r)))
            .count();
        let (a0, a1) = ((b.y0 as usize).saturating_sub(2), b.y0 as usize + 2);
        let dark = cols.filter(|&c| (a0..=a1).any(|r| ink.at(c, r))).count();
        if above * 10 > len || below * 10 > len || dark * 10 < len * 9 {
            continue;
        }
        let n = ((x1 - x0) / (0.5 * size_px)).round().max(1.0) as usize;
        words.push(tesseract::PixelWord {
            text: "_".repeat(n),
            left: x0,
            width: x1 - x0,
            top: b.y0 - size_px * 0.6,
            bottom: b.y0,
            confidence: 100.0,
        });
    }
    let words = words
        .into_iter()
        .map(|t| {
            // The word's left middle, right middle and a half em above,
            // on the page: its direction and size whatever way the image
            // lies on the page.
            let mid = (t.top + t.bottom) / 2.0;
            let (x0, y0) = to_page(t.left, mid);
            let (x1, y1) = to_page(t.left + t.width, mid);
            let (xu, yu) = to_page(t.left, mid - size_px / 2.0);
            let width = (x1 - x0).hypot(y1 - y0);
            let size = ((xu - x0).hypot(yu - y0) * 2.0).max(1.0);
            let dir = if width > 0.0 {
                [(x1 - x0) / width, (y1 - y0) / width]
            } else {
                [1.0, 0.0]
            };
            // The layout reads a glyph's middle 0.3·size above its origin.
            Word {
                text: t.text,
                x: x0 + dir[1] * 0.3 * size,
                y: y0 - dir[0] * 0.3 * size,
                width,
                size,
                confidence: t.confidence,
                dir,
            }
        })
        .collect();
    let rulings = found
        .into_iter()
        .map(|r| {
            let (x0, y0) = to_page(r.x0, r.y0);
            let (x1, y1) = to_page(r.x1, r.y1);
            if (x1 - x0).abs() >= (y1 - y0).abs() {
                let y = (y0 + y1) / 2.0;
                [x0.min(x1), y, x0.max(x1), y]
            } else {
                let x = (x0 + x1) / 2.0;
                [x, y0.min(y1), x, y0.max(y1)]
            }
        })
        .collect();
    Ok(ScanPage {
        words,
        rulings,
        skew,
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_turned_raster_maps_each_pixel_to_the_same_page_point() {
        // A 4×3 image with one dark pixel, placed on the page at 2 pt per
        // pixel with rows running down.
        let mut image = GrayImage::from_pixel(4, 3, image::Luma([255]));
        image.put_pixel(3, 0, image::Luma([0]));
        let raster = Raster {
            image,
            to_page: [2.0, 0.0, 0.0, -2.0, 10.0, 100.0],
        };
        let at = |r: &Raster, c: f64, row: f64| {
            let m = r.to_page;
            (m[0] * c + m[2] * row + m[4], m[1] * c + m[3] * row + m[5])
        };
        let want = at(&raster, 3.0, 0.0);
        for turns in 1..4u8 {
            let t = turned(&raster, turns);
            let (c, r, _) = t
                .image
                .enumerate_pixels()
                .find(|(_, _, p)| p.0[0] == 0)
                .expect("the dark pixel");
            assert_eq!(at(&t, f64::from(c), f64::from(r)), want, "{turns}");
        }
    }
}
