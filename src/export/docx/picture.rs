//! A picture in the Word document: its part name, relationship and the inline DrawingML that places it in a
//! paragraph at the text width, with the figure's alternative text as its description (read by screen readers).

use crate::export::xml::escape;

/// The text width of the document's page (A4 less two 2 cm margins) in points.
pub const TEXT_WIDTH: f32 = 481.0;
/// The text width of a page on its side (the causal diagram's section) in points.
pub const LANDSCAPE_TEXT_WIDTH: f32 = 728.5;
const EMU_PER_POINT: f32 = 12_700.0;

/// The part name of picture `n` (from 1) inside the package.
pub fn file_name(n: usize) -> String {
    format!("word/media/{}", media_name(n))
}

/// The file name of picture `n` in the media folder.
pub fn media_name(n: usize) -> String {
    format!("figuur{n}.png")
}

/// The relationship id of picture `n`.
pub fn relationship(n: usize) -> String {
    format!("rIdFiguur{n}")
}

/// The run that shows picture `n` of `width` × `height` points, scaled down to `text_width` when wider.
pub fn inline(n: usize, (width, height): (f32, f32), text_width: f32, title: &str, alt: &str) -> String {
    let scale = (text_width / width.max(1.0)).min(1.0);
    let cx = (width * scale * EMU_PER_POINT).round() as u64;
    let cy = (height * scale * EMU_PER_POINT).round() as u64;
    let (title, alt, rel, name) = (escape(title), escape(alt), relationship(n), media_name(n));
    format!(
        r#"<w:r><w:drawing><wp:inline distT="0" distB="0" distL="0" distR="0"><wp:extent cx="{cx}" cy="{cy}"/><wp:docPr id="{n}" name="Figuur {n}" title="{title}" descr="{alt}"/><wp:cNvGraphicFramePr><a:graphicFrameLocks noChangeAspect="1"/></wp:cNvGraphicFramePr><a:graphic><a:graphicData uri="http://schemas.openxmlformats.org/drawingml/2006/picture"><pic:pic><pic:nvPicPr><pic:cNvPr id="{n}" name="{name}" descr="{alt}"/><pic:cNvPicPr/></pic:nvPicPr><pic:blipFill><a:blip r:embed="{rel}"/><a:stretch><a:fillRect/></a:stretch></pic:blipFill><pic:spPr><a:xfrm><a:off x="0" y="0"/><a:ext cx="{cx}" cy="{cy}"/></a:xfrm><a:prstGeom prst="rect"><a:avLst/></a:prstGeom></pic:spPr></pic:pic></a:graphicData></a:graphic></wp:inline></w:drawing></w:r>"#
    )
}
