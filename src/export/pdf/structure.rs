//! The logical structure of the report (the PDF structure tree) as plain data: nodes with a kind and children, leaves
//! pointing at marked runs on the pages (see [`super::canvas::Role::Leaf`]).

/// What a structure element is.
#[derive(Clone, Debug, PartialEq)]
pub enum Kind {
    /// A heading of `level` (1 = chapter), with its text as title.
    Heading(u16, String),
    Paragraph,
    /// A remark (rendered in italics): a paragraph to a reader.
    Note,
    List,
    ListItem,
    Label,
    ListBody,
    Table,
    TableHead,
    TableBody,
    Row,
    HeaderCell,
    Cell,
    /// A chart or the diagram, with its alternative text and its box (page index, left, top, right, bottom).
    Figure {
        alt: String,
        bbox: Option<(usize, [f32; 4])>,
    },
    Contents,
    ContentsItem,
}

/// A child of a node.
#[derive(Clone, Debug, PartialEq)]
pub enum Child {
    Node(Node),
    Leaf(usize),
}

/// A structure element.
#[derive(Clone, Debug, PartialEq)]
pub struct Node {
    pub kind: Kind,
    pub children: Vec<Child>,
}

impl Node {
    pub fn new(kind: Kind) -> Self {
        Self { kind, children: Vec::new() }
    }

    pub fn with_leaves(kind: Kind, leaves: impl IntoIterator<Item = usize>) -> Self {
        Self { kind, children: leaves.into_iter().map(Child::Leaf).collect() }
    }

    pub fn push(&mut self, node: Node) {
        self.children.push(Child::Node(node));
    }
}

/// Moves the page indices of figure boxes by `offset` (when pages are put behind others).
pub fn shift_pages(node: &mut Node, offset: usize) {
    if let Kind::Figure { bbox: Some((page, _)), .. } = &mut node.kind {
        *page += offset;
    }
    for child in &mut node.children {
        if let Child::Node(n) = child {
            shift_pages(n, offset);
        }
    }
}
