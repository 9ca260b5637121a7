//! Page images for OCR: the image XObject that covers the page, decoded
//! (DCT through the `image` crate; Flate and unfiltered grey, RGB, CMYK
//! and 1-bit samples by hand), or, for any other page (CCITT, JBIG2, JPX,
//! several images, text without a Unicode mapping), the page rasterised by
//! `pdftoppm` (poppler-utils).

use std::io::Cursor;
use std::process::Command;
use std::time::Duration;

use image::{GrayImage, ImageFormat, ImageReader, Limits, Luma};
use lopdf::{Document, Object, Stream};

use super::interpret::PageContent;
use crate::scan::process::Failure;
use crate::scan::Raster;

/// Largest image decoded, in pixels.
const MAX_PIXELS: u64 = 80_000_000;
/// Resolution of rasterised pages.
const RASTER_DPI: f64 = 300.0;
/// Longest time pdftoppm is given for one page.
const RASTER_TIMEOUT: Duration = Duration::from_secs(60);

/// The page as an image: its covering image when it has one that can be
/// decoded, else the page rasterised from `file` (the PDF on disk).
pub fn page_raster(
    doc: &Document,
    content: &PageContent,
    page: u32,
    size: (f64, f64),
    file: Option<&std::path::Path>,
) -> Result<Raster, String> {
    let area = size.0 * size.1;
    let covering = content
        .images
        .iter()
        .filter(|im| {
            let m = im.ctm;
            m[1].abs() < 1e-6 && m[2].abs() < 1e-6 && (m[0] * m[3]).abs() > area * 0.5
        })
        .max_by(|a, b| {
            (a.ctm[0] * a.ctm[3])
                .abs()
                .total_cmp(&(b.ctm[0] * b.ctm[3]).abs())
        });
    if let Some(placed) = covering {
        if let Ok(Object::Stream(stream)) = doc.get_object(placed.id) {
            if let Some(image) = decode(stream) {
                let (w, h) = (f64::from(image.width()), f64::from(image.height()));
                let m = placed.ctm;
                // Unit square: column c, row r → (c/w, 1 − r/h) (§8.9.4).
                let to_page = [m[0] / w, 0.0, 0.0, -m[3] / h, m[4], m[3] + m[5]];
                return Ok(Raster { image, to_page });
            }
        }
    }
    let file = file.ok_or("the page cannot be rasterised (no file)")?;
    rasterise(file, page, size)
}

/// Decodes an image XObject to grey, or `None` when its form is not one
/// read here.
fn decode(stream: &Stream) -> Option<GrayImage> {
    let dict = &stream.dict;
    let int = |k: &[u8]| dict.get(k).ok().and_then(|o| o.as_i64().ok());
    let (w, h) = (int(b"Width")?, int(b"Height")?);
    if w <= 0 || h <= 0 || (w as u64) * (h as u64) > MAX_PIXELS {
        return None;
    }
    let (w, h) = (u32::try_from(w).ok()?, u32::try_from(h).ok()?);
    let filters: Vec<Vec<u8>> = match dict.get(b"Filter").ok() {
        Some(Object::Name(n)) => vec![n.clone()],
        Some(Object::Array(a)) => a
            .iter()
            .filter_map(|o| o.as_name().ok().map(<[u8]>::to_vec))
            .collect(),
        _ => Vec::new(),
    };
    match filters
        .iter()
        .map(Vec::as_slice)
        .collect::<Vec<_>>()
        .as_slice()
    {
        [b"DCTDecode"] => {
            let mut reader =
                ImageReader::with_format(Cursor::new(&stream.content), ImageFormat::Jpeg);
            let mut limits = Limits::default();
            limits.max_alloc = Some(MAX_PIXELS * 4);
            reader.limits(limits);
            let image = reader.decode().ok()?.to_luma8();
            (image.dimensions() == (w, h)).then_some(image)
        }
        [] | [b"FlateDecode"] => {
            let data = if filters.is_empty() {
                stream.content.clone()
            } else {
                stream
                    .decompressed_content_with_limit(super::MAX_STREAM_BYTES)
                    .ok()?
            };
            samples(dict, &data, w, h)
        }
        _ => None,
    }
}

/// Raw samples to grey: 8-bit grey, RGB or CMYK, and 1-bit grey.
fn samples(dict: &lopdf::Dictionary, data: &[u8], w: u32, h: u32) -> Option<GrayImage> {
    let bpc = dict
        .get(b"BitsPerComponent")
        .ok()
        .and_then(|o| o.as_i64().ok())
        .unwrap_or(8);
    let mask = matches!(dict.get(b"ImageMask").ok(), Some(Object::Boolean(true)));
    let components = match dict.get(b"ColorSpace").ok() {
        _ if mask => 1,
        Some(Object::Name(n)) if n == b"DeviceGray" || n == b"CalGray" => 1,
        Some(Object::Name(n)) if n == b"DeviceRGB" || n == b"CalRGB" => 3,
        Some(Object::Name(n)) if n == b"DeviceCMYK" => 4,
        _ => return None,
    };
    let (wu, hu) = (w as usize, h as usize);
    let inverted = match dict.get(b"Decode").ok() {
        Some(Object::Array(a)) => a.first().and_then(|o| o.as_float().ok()) == Some(1.0),
        _ => mask,
    };
    let mut out = GrayImage::new(w, h);
    match (bpc, components) {
        (8, n) => {
            let row = wu * n;
            if data.len() < row * hu {
                return None;
            }
            for (c, r, p) in out.enumerate_pixels_mut() {
                let i = r as usize * row + c as usize * n;
                let px = data.get(i..i + n)?;
                let v = match px {
                    [g] => f64::from(*g),
                    [r, g, b] => {
                        0.299 * f64::from(*r) + 0.587 * f64::from(*g) + 0.114 * f64::from(*b)
                    }
                    [c, m, y, k] => {
                        255.0
                            - (0.299 * f64::from(*c)
                                + 0.587 * f64::from(*m)
                                + 0.114 * f64::from(*y)
                                + f64::from(*k))
                            .min(255.0)
                    }
                    _ => 255.0,
                };
                *p = Luma([v.round().clamp(0.0, 255.0) as u8]);
            }
        }
        (1, 1) => {
            let row = wu.div_ceil(8);
            if data.len() < row * hu {
                return None;
            }
            for (c, r, p) in out.enumerate_pixels_mut() {
                let byte = data.get(r as usize * row + c as usize / 8)?;
                let bit = (byte >> (7 - (c % 8))) & 1 == 1;
                *p = Luma([if bit != inverted { 255 } else { 0 }]);
            }
        }
        _ => return None,
    }
    Some(out)
}

/// One page of the PDF at `file` rasterised by pdftoppm, grey, at 300 dpi
/// or less for a page so large that 300 dpi would pass [`MAX_PIXELS`].
fn rasterise(file: &std::path::Path, page: u32, size: (f64, f64)) -> Result<Raster, String> {
    let n = page.to_string();
    let square_inches = (size.0 / 72.0) * (size.1 / 72.0);
    let dpi = RASTER_DPI
        .min((MAX_PIXELS as f64 / square_inches.max(1e-6)).sqrt())
        .floor()
        .max(1.0);
    let mut command = Command::new("pdftoppm");
    command
        .args([
            "-r",
            &format!("{dpi}"),
            "-gray",
            "-singlefile",
            "-f",
            &n,
            "-l",
            &n,
        ])
        .arg(file);
    let out = match crate::scan::process::run(command, Vec::new(), RASTER_TIMEOUT) {
        Ok(out) => out,
        Err(Failure::Spawn(e)) => return Err(format!("the page has no single image and pdftoppm (poppler-utils) cannot be run to rasterise it: {e}")),
        Err(Failure::TimedOut(t)) => return Err(format!("pdftoppm did not rasterise the page within {} s", t.as_secs())),
    };
    if !out.status.success() {
        return Err(format!(
            "pdftoppm could not rasterise the page ({})",
            out.status
        ));
    }
    let mut reader = ImageReader::with_format(Cursor::new(&out.stdout), ImageFormat::Pnm);
    let mut limits = Limits::default();
    limits.max_alloc = Some(MAX_PIXELS * 4);
    reader.limits(limits);
    let image = reader
        .decode()
        .map_err(|e| format!("pdftoppm's image cannot be read: {e}"))?
        .to_luma8();
    let s = 72.0 / dpi;
    Ok(Raster {
        image,
        to_page: [s, 0.0, 0.0, -s, 0.0, size.1],
    })
}

#[cfg(test)]
mod tests {
    use super::*;
    use lopdf::dictionary;

    #[test]
    fn raw_grey_and_one_bit_samples() {
        let grey = Stream::new(
            dictionary! { "Width" => 2, "Height" => 2, "BitsPerComponent" => 8, "ColorSpace" => "DeviceGray" },
            vec![0, 255, 128, 64],
        );
        let img = decode(&grey).expect("grey decodes");
        assert_eq!(img.as_raw(), &vec![0, 255, 128, 64]);
        // 1-bit, 0 is black (no /Decode); rows padded to a byte.
        let bits = Stream::new(
            dictionary! { "Width" => 3, "Height" => 1, "BitsPerComponent" => 1, "ColorSpace" => "DeviceGray" },
            vec![0b0100_0000],
        );
        assert_eq!(
            decode(&bits).expect("1-bit decodes").as_raw(),
            &vec![0, 255, 0]
        );
        let rgb = Stream::new(
            dictionary! { "Width" => 1, "Height" => 1, "BitsPerComponent" => 8, "ColorSpace" => "DeviceRGB" },
            vec![255, 255, 255],
        );
        assert_eq!(decode(&rgb).expect("rgb decodes").as_raw(), &vec![255]);
    }

    #[test]
    fn unknown_or_oversized_images_are_not_decoded() {
        let jbig2 = Stream::new(
            dictionary! { "Width" => 2, "Height" => 2, "BitsPerComponent" => 1, "Filter" => "JBIG2Decode" },
            vec![0; 4],
        );
        assert!(decode(&jbig2).is_none());
        let huge = Stream::new(
            dictionary! { "Width" => 100_000, "Height" => 100_000, "BitsPerComponent" => 8, "ColorSpace" => "DeviceGray" },
            vec![0; 4],
        );
        assert!(decode(&huge).is_none());
        let short = Stream::new(
            dictionary! { "Width" => 10, "Height" => 10, "BitsPerComponent" => 8, "ColorSpace" => "DeviceGray" },
            vec![0; 4],
        );
        assert!(decode(&short).is_none());
    }
}
