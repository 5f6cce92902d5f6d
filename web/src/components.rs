//! The page's function components.

pub mod app;
pub mod article_view;
pub mod body;
pub mod card;
pub mod entities;
pub mod entity_page;
pub mod exports;
pub mod header;
pub mod legend;
pub mod length_control;
pub mod library;
pub mod page_head;
pub mod paste;
pub mod pictures;
pub mod reader;
pub mod removed;
pub mod side_panel;
