//! Skew: the angle of the text lines, found by the projection profile
//! (the angle at which ink piles up in the fewest, fullest rows), and the
//! image turned back by it.

use image::{GrayImage, Luma};

/// Largest skew looked for, in degrees.
const MAX_DEGREES: f64 = 3.0;
/// Most ink pixels sampled.
const MAX_SAMPLES: usize = 120_000;

/// The angle, in degrees, of lines `row = row0 + column·tan(angle)` in the
/// image (positive: lines fall to the right).
pub fn angle(image: &GrayImage, level: u8) -> f64 {
    let (w, h) = image.dimensions();
    let ink = image.pixels().filter(|p| p.0[0] <= level).count();
    let step = (ink / MAX_SAMPLES).max(1);
    let points: Vec<(f64, f64)> = image
        .enumerate_pixels()
        .filter(|(_, _, p)| p.0[0] <= level)
        .step_by(step)
        .map(|(c, r, _)| (f64::from(c), f64::from(r)))
        .collect();
    if points.len() < 100 {
        return 0.0;
    }
    // tan(3°) < 0.06: every point lands within `rows` at every angle.
    let offset = f64::from(w) * 0.06 + 1.0;
    let rows = (f64::from(h) + 2.0 * offset) as usize + 2;
    let score = |deg: f64| -> f64 {
        let t = deg.to_radians().tan();
        let mut bins = vec![0u32; rows];
        for &(c, r) in &points {
            let y = r - c * t + offset;
            if y >= 0.0 {
                if let Some(b) = bins.get_mut(y as usize) {
                    *b += 1;
                }
            }
        }
        bins.iter().map(|&n| f64::from(n) * f64::from(n)).sum()
    };
    let best = |from: f64, to: f64, step: f64| -> f64 {
        let n = ((to - from) / step).round() as i64;
        (0..=n)
            .map(|i| from + i as f64 * step)
            .map(|d| (d, score(d)))
            .fold((0.0, f64::MIN), |a, b| if b.1 > a.1 { b } else { a })
            .0
    };
    let coarse = best(-MAX_DEGREES, MAX_DEGREES, 0.1);
    best(coarse - 0.1, coarse + 0.1, 0.01)
}

/// The image turned so that lines of the given angle become horizontal,
/// about its centre, same size, bilinear, white where nothing was.
pub fn straighten(image: &GrayImage, degrees: f64) -> GrayImage {
    let (w, h) = image.dimensions();
    let (sin, cos) = degrees.to_radians().sin_cos();
    let (cx, cy) = (f64::from(w) / 2.0, f64::from(h) / 2.0);
    let get = |c: i64, r: i64| -> f64 {
        if c < 0 || r < 0 || c >= i64::from(w) || r >= i64::from(h) {
            255.0
        } else {
            f64::from(image.get_pixel(c as u32, r as u32).0[0])
        }
    };
    let mut out = GrayImage::new(w, h);
    for (x, y, p) in out.enumerate_pixels_mut() {
        let (dx, dy) = (f64::from(x) - cx, f64::from(y) - cy);
        let sc = cx + dx * cos - dy * sin;
        let sr = cy + dx * sin + dy * cos;
        let (c0, r0) = (sc.floor(), sr.floor());
        let (fc, fr) = (sc - c0, sr - r0);
        let (c0, r0) = (c0 as i64, r0 as i64);
        let v = get(c0, r0) * (1.0 - fc) * (1.0 - fr)
            + get(c0 + 1, r0) * fc * (1.0 - fr)
            + get(c0, r0 + 1) * (1.0 - fc) * fr
            + get(c0 + 1, r0 + 1) * fc * fr;
        *p = Luma([v.round().clamp(0.0, 255.0) as u8]);
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Lines drawn at a known slope are found at that slope, and come out
    /// level after straightening.
    #[test]
    fn finds_and_removes_a_known_skew() {
        let (w, h) = (800u32, 400u32);
        let t = 0.6f64.to_radians().tan();
        let mut img = GrayImage::from_pixel(w, h, Luma([255]));
        for row0 in (40..360).step_by(30) {
            for c in 40..760 {
                let r = row0 as f64 + c as f64 * t;
                img.put_pixel(c, r as u32, Luma([0]));
            }
        }
        let found = angle(&img, 128);
        assert!((found - 0.6).abs() < 0.05, "found {found}");
        let level = straighten(&img, found);
        let after = angle(&level, 128);
        assert!(after.abs() < 0.1, "after {after}");
    }
}
