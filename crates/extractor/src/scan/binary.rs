//! Grey to ink: Otsu's threshold, and a bitmap of dark pixels.

use image::{GrayImage, Luma};

/// Otsu's threshold: the grey level that best separates ink from paper
/// (pixels at or below it are ink).
pub fn otsu(image: &GrayImage) -> u8 {
    let mut hist = [0u64; 256];
    for p in image.pixels() {
        hist[usize::from(p.0[0])] += 1;
    }
    let total: u64 = hist.iter().sum();
    let sum_all: f64 = hist
        .iter()
        .enumerate()
        .map(|(i, &n)| i as f64 * n as f64)
        .sum();
    let (mut weight_b, mut sum_b) = (0u64, 0.0f64);
    let (mut best, mut best_var) = (127u8, -1.0f64);
    for (t, &n) in hist.iter().enumerate() {
        weight_b += n;
        if weight_b == 0 {
            continue;
        }
        let weight_f = total - weight_b;
        if weight_f == 0 {
            break;
        }
        sum_b += t as f64 * n as f64;
        let mean_b = sum_b / weight_b as f64;
        let mean_f = (sum_all - sum_b) / weight_f as f64;
        let var = weight_b as f64 * weight_f as f64 * (mean_b - mean_f).powi(2);
        if var > best_var {
            best_var = var;
            best = u8::try_from(t).unwrap_or(u8::MAX);
        }
    }
    best
}

/// The paper's grey: the median of the image (a page is mostly paper).
pub fn paper(image: &GrayImage) -> u8 {
    let mut hist = [0u64; 256];
    for p in image.pixels() {
        hist[usize::from(p.0[0])] += 1;
    }
    let half = hist.iter().sum::<u64>() / 2;
    let mut seen = 0;
    for (v, &n) in hist.iter().enumerate() {
        seen += n;
        if seen > half {
            return u8::try_from(v).unwrap_or(u8::MAX);
        }
    }
    u8::MAX
}

/// Dark pixels of an image, row by row.
pub struct Ink {
    /// Width in pixels.
    pub width: usize,
    /// Height in pixels.
    pub height: usize,
    bits: Vec<bool>,
}

impl Ink {
    /// The pixels at or below `level`.
    pub fn of(image: &GrayImage, level: u8) -> Ink {
        let (w, h) = image.dimensions();
        Ink {
            width: w as usize,
            height: h as usize,
            bits: image.pixels().map(|p| p.0[0] <= level).collect(),
        }
    }

    /// True when (column, row) is ink; false outside the image.
    pub fn at(&self, c: usize, r: usize) -> bool {
        c < self.width && r < self.height && self.bits.get(r * self.width + c) == Some(&true)
    }

    /// Makes (column, row) paper.
    pub fn clear(&mut self, c: usize, r: usize) {
        if c < self.width {
            if let Some(b) = self.bits.get_mut(r * self.width + c) {
                *b = false;
            }
        }
    }

    /// Black on white.
    pub fn to_image(&self) -> GrayImage {
        let mut out = GrayImage::new(self.width as u32, self.height as u32);
        for (i, p) in out.pixels_mut().enumerate() {
            *p = Luma([if self.bits.get(i) == Some(&true) {
                0
            } else {
                255
            }]);
        }
        out
    }
}
