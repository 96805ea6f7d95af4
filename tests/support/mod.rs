//! Helpers shared by the integration-test binaries (one binary per area, each declaring
//! this module). Not every binary uses every helper.
#![allow(dead_code)]

pub mod assess;
pub mod catalog;
pub mod openfda;
pub mod report;
pub mod shared;
pub mod strategies;
