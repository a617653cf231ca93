//! A minimal ZIP writer (deflate, no extras, no ZIP64) for the Word document's package. Deterministic: fixed
//! timestamps. PNG pictures, compressed already, are stored as they are.

use std::io::Write as _;

struct Entry {
    name: String,
    crc: u32,
    compressed: u32,
    size: u32,
    offset: u32,
    /// 8 deflate, 0 stored.
    method: u16,
}

/// Writes `files` (name, bytes) into a ZIP archive.
pub fn zip(files: &[(&str, Vec<u8>)]) -> Result<Vec<u8>, String> {
    let mut out: Vec<u8> = Vec::new();
    let mut entries = Vec::new();
    let too_big = || "het Word-bestand wordt groter dan 4 GB".to_owned();
    for (name, data) in files {
        let stored = std::path::Path::new(name).extension().is_some_and(|e| e.eq_ignore_ascii_case("png"));
        let deflated = if stored {
            data.clone()
        } else {
            let mut encoder = flate2::write::DeflateEncoder::new(Vec::new(), flate2::Compression::default());
            encoder.write_all(data).map_err(|e| e.to_string())?;
            encoder.finish().map_err(|e| e.to_string())?
        };
        let entry = Entry {
            name: (*name).to_owned(),
            crc: crc32fast::hash(data),
            compressed: u32::try_from(deflated.len()).map_err(|_| too_big())?,
            size: u32::try_from(data.len()).map_err(|_| too_big())?,
            offset: u32::try_from(out.len()).map_err(|_| too_big())?,
            method: if stored { 0 } else { 8 },
        };
        out.extend_from_slice(&0x0403_4b50_u32.to_le_bytes());
        header_fields(&mut out, &entry);
        out.extend_from_slice(entry.name.as_bytes());
        out.extend_from_slice(&deflated);
        entries.push(entry);
    }
    let directory_start = u32::try_from(out.len()).map_err(|_| too_big())?;
    for entry in &entries {
        out.extend_from_slice(&0x0201_4b50_u32.to_le_bytes());
        out.extend_from_slice(&20_u16.to_le_bytes()); // made by
        header_fields(&mut out, entry);
        out.extend_from_slice(&0_u16.to_le_bytes()); // comment length
        out.extend_from_slice(&0_u16.to_le_bytes()); // disk
        out.extend_from_slice(&0_u16.to_le_bytes()); // internal attributes
        out.extend_from_slice(&0_u32.to_le_bytes()); // external attributes
        out.extend_from_slice(&entry.offset.to_le_bytes());
        out.extend_from_slice(entry.name.as_bytes());
    }
    let directory_size = u32::try_from(out.len()).map_err(|_| too_big())? - directory_start;
    let count = u16::try_from(entries.len()).map_err(|_| too_big())?;
    out.extend_from_slice(&0x0605_4b50_u32.to_le_bytes());
    out.extend_from_slice(&[0, 0, 0, 0]); // disk numbers
    out.extend_from_slice(&count.to_le_bytes());
    out.extend_from_slice(&count.to_le_bytes());
    out.extend_from_slice(&directory_size.to_le_bytes());
    out.extend_from_slice(&directory_start.to_le_bytes());
    out.extend_from_slice(&0_u16.to_le_bytes());
    Ok(out)
}

/// The fields shared by the local header and the central directory (from "version needed" to "extra length").
fn header_fields(out: &mut Vec<u8>, entry: &Entry) {
    out.extend_from_slice(&20_u16.to_le_bytes()); // version needed
    out.extend_from_slice(&0x0800_u16.to_le_bytes()); // UTF-8 names
    out.extend_from_slice(&entry.method.to_le_bytes()); // deflate or stored
    out.extend_from_slice(&0_u16.to_le_bytes()); // time 00:00
    out.extend_from_slice(&0x5c21_u16.to_le_bytes()); // date 2026-01-01
    out.extend_from_slice(&entry.crc.to_le_bytes());
    out.extend_from_slice(&entry.compressed.to_le_bytes());
    out.extend_from_slice(&entry.size.to_le_bytes());
    out.extend_from_slice(&u16::try_from(entry.name.len()).unwrap_or(u16::MAX).to_le_bytes());
    out.extend_from_slice(&0_u16.to_le_bytes()); // extra length
}
