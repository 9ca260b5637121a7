//! Page images for OCR: the image XObject that covers the page, decoded
//! (DCT through the `image` crate; Flate and unfiltered grey, RGB, CMYK
//! and 1-bit samples by hand), or, for any other page (CCITT, JBIG2, JPX,
//! several images, text without a Unicode mapping), the page rasterised by
//! `pdftoppm` (poppler-utils).

use std::io::Cursor;
use std::process::{Command, Stdio};

use image::{GrayImage, ImageFormat, ImageReader, Limits, Luma};
use lopdf::{Document, Object, Stream};

use super::interpret::PageContent;
use crate::scan::Raster;

/// Largest image decoded, in pixels.
const MAX_PIXELS: u64 = 80_000_000;
/// Resolution of rasterised pages.
const RASTER_DPI: f64 = 300.0;

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
    rasterise(file, page, size.1)
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

/// One page of the PDF at `file` rasterised by pdftoppm at 300 dpi, grey.
fn rasterise(file: &std::path::Path, page: u32, height: f64) -> Result<Raster, String> {
    let n = page.to_string();
    let out = Command::new("pdftoppm")
        .args(["-r", "300", "-gray", "-singlefile", "-f", &n, "-l", &n])
        .arg(file)
        .stdin(Stdio::null())
        .stderr(Stdio::null())
        .output()
        .map_err(|e| format!("the page has no single image and pdftoppm (poppler-utils) cannot be run to rasterise it: {e}"))?;
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
    let s = 72.0 / RASTER_DPI;
    Ok(Raster {
        image,
        to_page: [s, 0.0, 0.0, -s, 0.0, height],
    })
}
