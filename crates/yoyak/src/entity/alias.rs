//! Groups entity mentions that name the same thing.
