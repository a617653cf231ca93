//! Writes laid-out pages as a PDF/UA-1 file with krilla: embedded, subset fonts; every run of content tagged and
//! placed in the structure tree; decoration and footers marked as artifacts; the outline (bookmarks); the title
//! shown by viewers; the document language.

use super::canvas::{Draw, Page, Role, Segment};
use super::fonts::{FACE_DATA, Fonts, Style};
use super::layout::{MARGIN_X, PlacedHeading};
use super::structure::{Child, Kind, Node};
use crate::export::document::Rgb;
use krilla::configure::{Accessibility, ConfigurationBuilder};
use krilla::destination::XyzDestination;
use krilla::geom::{PathBuilder, Point, Rect};
use krilla::metadata::Metadata;
use krilla::num::NormalizedF32;
use krilla::outline::{Outline, OutlineNode};
use krilla::page::PageSettings;
use krilla::paint::{Fill, FillRule, LineCap, LineJoin, Stroke, StrokeDash};
use krilla::surface::Surface;
use krilla::tagging::{
    Artifact, ArtifactType, BBox, ContentTag, Identifier, ListNumbering, TableHeaderScope, Tag, TagGroup, TagKind,
    TagTree,
};
use krilla::text::{Font, GlyphId, KrillaGlyph};
use krilla::{Document as PdfDocument, SerializeSettings};
use std::collections::HashMap;
use std::num::NonZeroU16;

/// What the renderer needs besides the pages.
pub struct Meta<'a> {
    pub title: &'a str,
    pub subject: &'a str,
    /// BCP 47, e.g. `nl-NL`.
    pub language: &'a str,
    pub creator: String,
}

fn color(c: Rgb) -> krilla::color::rgb::Color {
    krilla::color::rgb::Color::new(c.0, c.1, c.2)
}

fn fill(c: Rgb) -> Fill {
    Fill { paint: color(c).into(), opacity: NormalizedF32::ONE, rule: FillRule::NonZero }
}

fn path(segments: &[Segment]) -> Option<krilla::geom::Path> {
    let mut pb = PathBuilder::new();
    for s in segments {
        match *s {
            Segment::Move(x, y) => pb.move_to(x, y),
            Segment::Line(x, y) => pb.line_to(x, y),
            Segment::Cubic(x1, y1, x2, y2, x, y) => pb.cubic_to(x1, y1, x2, y2, x, y),
            Segment::Close => pb.close(),
        }
    }
    pb.finish()
}

/// Draws one line of text, split into runs per face (a character missing from every face prints as '?', a control
/// character as a space).
fn text(
    surface: &mut Surface<'_>,
    fonts: &Fonts,
    faces: &[Font],
    (style, size): (Style, f32),
    (x, y): (f32, f32),
    s: &str,
) {
    let mut x = x;
    let mut run: Vec<KrillaGlyph> = Vec::new();
    let mut run_text = String::new();
    let mut run_face = None;
    let flush =
        |surface: &mut Surface<'_>, run: &mut Vec<KrillaGlyph>, run_text: &mut String, face: usize, x: &mut f32| {
            if run.is_empty() {
                return;
            }
            let advance: f32 = run.iter().map(|g| g.x_advance).sum();
            surface.draw_glyphs(Point::from_xy(*x, y), run, faces[face].clone(), run_text, size, false);
            *x += advance * size;
            run.clear();
            run_text.clear();
        };
    for c in s.chars() {
        // A control character (a stray NUL, a tab) is no text: it prints as a space, as in the XML exports (a
        // font may map it to a glyph, which PDF/UA validation then refuses).
        let c = if c.is_control() { ' ' } else { c };
        let (placed, c) = match fonts.place(style, c) {
            Some(p) => (p, c),
            None => match fonts.replacement(style) {
                Some(p) => (p, '?'),
                None => continue,
            },
        };
        if run_face.is_some_and(|f| f != placed.face.0) {
            flush(surface, &mut run, &mut run_text, run_face.unwrap_or(0), &mut x);
        }
        run_face = Some(placed.face.0);
        let start = run_text.len();
        run_text.push(c);
        run.push(KrillaGlyph {
            glyph_id: GlyphId::new(placed.glyph),
            text_range: start..run_text.len(),
            x_advance: placed.advance,
            x_offset: 0.0,
            y_offset: 0.0,
            y_advance: 0.0,
            location: None,
        });
    }
    if let Some(face) = run_face {
        flush(surface, &mut run, &mut run_text, face, &mut x);
    }
}

fn draw(surface: &mut Surface<'_>, fonts: &Fonts, faces: &[Font], item: &Draw) {
    match item {
        Draw::Text { style, size, x, y, color: c, text: s } => {
            surface.set_stroke(None);
            surface.set_fill(Some(fill(*c)));
            text(surface, fonts, faces, (*style, *size), (*x, *y), s);
        }
        Draw::Stroke { path: p, width, color: c, dash } => {
            if let Some(p) = path(p) {
                surface.set_fill(None);
                surface.set_stroke(Some(Stroke {
                    paint: color(*c).into(),
                    width: *width,
                    line_cap: LineCap::Round,
                    line_join: LineJoin::Round,
                    dash: (!dash.is_empty()).then(|| StrokeDash { array: dash.clone(), offset: 0.0 }),
                    ..Stroke::default()
                }));
                surface.draw_path(&p);
                surface.set_stroke(None);
            }
        }
        Draw::Fill { path: p, color: c } => {
            if let Some(p) = path(p) {
                surface.set_stroke(None);
                surface.set_fill(Some(fill(*c)));
                surface.draw_path(&p);
            }
        }
    }
}

fn tag(kind: &Kind) -> TagKind {
    match kind {
        Kind::Heading(level, title) => {
            Tag::Hn(NonZeroU16::new(*level).unwrap_or(NonZeroU16::MIN), Some(title.clone())).into()
        }
        Kind::Paragraph | Kind::Note => Tag::P.into(),
        Kind::List => Tag::L(ListNumbering::Disc).into(),
        Kind::ListItem => Tag::LI.into(),
        Kind::Label => Tag::Lbl.into(),
        Kind::ListBody => Tag::LBody.into(),
        Kind::Table => Tag::Table.into(),
        Kind::TableHead => Tag::THead.into(),
        Kind::TableBody => Tag::TBody.into(),
        Kind::Row => Tag::TR.into(),
        Kind::HeaderCell => Tag::TH(TableHeaderScope::Column).into(),
        Kind::Cell => Tag::TD.into(),
        Kind::Figure { alt, bbox } => {
            let mut figure = Tag::Figure(Some(alt.clone()));
            if let Some((page, [l, t, r, b])) = bbox {
                figure.set_bbox(Rect::from_ltrb(*l, *t, *r, *b).map(|rect| BBox::new(*page, rect)));
            }
            figure.into()
        }
        Kind::Contents => Tag::TOC.into(),
        Kind::ContentsItem => Tag::TOCI.into(),
    }
}

fn group(node: &Node, ids: &mut HashMap<usize, Identifier>) -> TagGroup {
    let mut g = TagGroup::new(tag(&node.kind));
    for child in &node.children {
        match child {
            Child::Leaf(leaf) => {
                if let Some(id) = ids.remove(leaf) {
                    g.push(id);
                }
            }
            Child::Node(n) => g.push(group(n, ids)),
        }
    }
    g
}

fn outline(headings: &[PlacedHeading]) -> Outline {
    let mut outline = Outline::new();
    let mut current: Option<OutlineNode> = None;
    for h in headings {
        let node = OutlineNode::new(h.text.clone(), XyzDestination::new(h.page, Point::from_xy(MARGIN_X, h.y)));
        if h.level <= 1 {
            if let Some(done) = current.take() {
                outline.push_child(done);
            }
            current = Some(node);
        } else if let Some(parent) = current.as_mut() {
            parent.push_child(node);
        } else {
            outline.push_child(node);
        }
    }
    if let Some(done) = current {
        outline.push_child(done);
    }
    outline
}

/// The PDF file of `pages` with structure `nodes` and bookmarks `headings` (page indices into `pages`).
pub fn write(pages: &[Page], nodes: &[Node], headings: &[PlacedHeading], meta: &Meta<'_>) -> Result<Vec<u8>, String> {
    let configuration = ConfigurationBuilder::new()
        .with_accessibility_validator(Accessibility::UA1)
        .finish()
        .map_err(|e| format!("{e:?}"))?;
    let settings = SerializeSettings { configuration, enable_tagging: true, ..SerializeSettings::default() };
    let mut document = PdfDocument::new_with(settings);
    let fonts = Fonts::shared();
    let faces: Vec<Font> = FACE_DATA
        .iter()
        .map(|d| Font::new((*d).into(), 0).ok_or_else(|| "een meegeleverd lettertype is onleesbaar".to_owned()))
        .collect::<Result<_, _>>()?;
    let mut ids: HashMap<usize, Identifier> = HashMap::new();
    for page in pages {
        let (width, height) = page.size();
        let settings = PageSettings::from_wh(width, height).ok_or("ongeldig paginaformaat")?;
        let mut pdf_page = document.start_page_with(settings);
        let mut surface = pdf_page.surface();
        for mark in &page.marks {
            match mark.role {
                Role::Leaf(leaf) => {
                    let id = surface.start_tagged(ContentTag::Other);
                    ids.insert(leaf, id);
                }
                Role::Layout => {
                    surface.start_tagged(ContentTag::Artifact(Artifact::new(ArtifactType::Layout, None)));
                }
                Role::Footer => {
                    surface.start_tagged(ContentTag::Artifact(Artifact::new(ArtifactType::Footer, None)));
                }
            }
            for item in &mark.draws {
                draw(&mut surface, fonts, &faces, item);
            }
            surface.end_tagged();
        }
        surface.finish();
        pdf_page.finish();
    }
    let mut tree = TagTree::new().with_lang(Some(meta.language.to_owned()));
    for node in nodes {
        let g = group(node, &mut ids);
        tree.push(g);
    }
    document.set_tag_tree(tree);
    document.set_outline(outline(headings));
    document.set_metadata(
        Metadata::new()
            .title(meta.title.to_owned())
            .description(meta.subject.to_owned())
            .language(meta.language.to_owned())
            .creator(meta.creator.clone()),
    );
    document.finish().map_err(|e| format!("{e:?}"))
}
