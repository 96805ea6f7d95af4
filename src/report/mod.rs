//! Doctor-visit report: one self-contained HTML page and a Markdown summary.
#![allow(dead_code)] // temporary: the renderers are wired in as the model branches land

mod escape;
mod palette;
mod svg;
