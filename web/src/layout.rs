//! Where the network picture puts its nodes: a deterministic force-directed layout
//! (Fruchterman–Reingold), computed in the worker so the page only draws.
//!
//! Nodes start on a golden-angle spiral in rank order (the most mentioned in the middle), so the
//! same graph always gets the same picture, with no random numbers.

use serde::{Deserialize, Serialize};
use yoyak::corpus::{Edge, EntitySummary, Network};

/// Rounds of the layout: enough for the 30 to 80 nodes the picture shows to settle.
const ITERATIONS: usize = 300;

/// A node of the network picture.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Node {
    /// The entity.
    pub entity: EntitySummary,
    /// Position, 0 to 1 from the left.
    pub x: f64,
    /// Position, 0 to 1 from the top.
    pub y: f64,
}

/// The network picture: the index's co-occurrence network with a place for each node.
#[derive(Debug, Clone, PartialEq, Default, Serialize, Deserialize)]
pub struct Picture {
    /// Nodes, most mentioned first.
    pub nodes: Vec<Node>,
    /// Edges between them (`a` and `b` index `nodes`).
    pub edges: Vec<Edge>,
}

impl Picture {
    /// Lays out `network`, pulling entities seen together more often closer (the pull grows with
    /// the log of the sentences they share, so one frequent pair does not collapse the picture).
    pub fn of(network: Network) -> Picture {
        let weights: Vec<(usize, usize, f64)> = network
            .edges
            .iter()
            .map(|e| (e.a, e.b, (e.together as f64).ln_1p()))
            .collect();
        let points = force(network.nodes.len(), &weights, ITERATIONS);
        Picture {
            nodes: network
                .nodes
                .into_iter()
                .zip(points)
                .map(|(entity, (x, y))| Node { entity, x, y })
                .collect(),
            edges: network.edges,
        }
    }
}

/// Positions in the unit square (0.05 to 0.95 on each axis) for `n` nodes joined by weighted
/// `edges` (`(a, b, weight)`), after `iterations` rounds.
pub fn force(n: usize, edges: &[(usize, usize, f64)], iterations: usize) -> Vec<(f64, f64)> {
    if n == 0 {
        return Vec::new();
    }
    if n == 1 {
        return vec![(0.5, 0.5)];
    }
    let golden = std::f64::consts::PI * (3.0 - 5f64.sqrt());
    let mut pos: Vec<(f64, f64)> = (0..n)
        .map(|i| {
            let r = 0.45 * ((i as f64 + 0.5) / n as f64).sqrt();
            let t = i as f64 * golden;
            (0.5 + r * t.cos(), 0.5 + r * t.sin())
        })
        .collect();
    // Ideal distance for n nodes in the unit square.
    let k = (1.0 / n as f64).sqrt() * 0.9;
    let mut temperature = 0.1;
    let cooling = temperature / (iterations.max(1) as f64 + 1.0);
    let mut disp = vec![(0.0f64, 0.0f64); n];
    for _ in 0..iterations {
        disp.iter_mut().for_each(|d| *d = (0.0, 0.0));
        for i in 0..n {
            for j in i + 1..n {
                let (dx, dy) = (pos[i].0 - pos[j].0, pos[i].1 - pos[j].1);
                let d2 = (dx * dx + dy * dy).max(1e-6);
                let f = k * k / d2;
                disp[i].0 += dx * f;
                disp[i].1 += dy * f;
                disp[j].0 -= dx * f;
                disp[j].1 -= dy * f;
            }
        }
        for &(a, b, w) in edges {
            if a >= n || b >= n || a == b {
                continue;
            }
            let (dx, dy) = (pos[a].0 - pos[b].0, pos[a].1 - pos[b].1);
            let d = (dx * dx + dy * dy).sqrt().max(1e-3);
            let f = d / k * w.max(0.0);
            disp[a].0 -= dx * f;
            disp[a].1 -= dy * f;
            disp[b].0 += dx * f;
            disp[b].1 += dy * f;
        }
        for i in 0..n {
            // A weak pull to the centre keeps unconnected nodes on the page.
            disp[i].0 += (0.5 - pos[i].0) * 0.3;
            disp[i].1 += (0.5 - pos[i].1) * 0.3;
            let len = (disp[i].0 * disp[i].0 + disp[i].1 * disp[i].1).sqrt();
            if len > 0.0 && len.is_finite() {
                let step = len.min(temperature);
                pos[i].0 += disp[i].0 / len * step;
                pos[i].1 += disp[i].1 / len * step;
            }
        }
        temperature = (temperature - cooling).max(0.002);
    }
    fit(&mut pos);
    pos
}

/// Scales and centres the points into 0.05..0.95 on each axis (separately, so the picture fills
/// its frame whatever its shape).
fn fit(pos: &mut [(f64, f64)]) {
    let (mut x0, mut y0, mut x1, mut y1) = (f64::MAX, f64::MAX, f64::MIN, f64::MIN);
    for &(x, y) in pos.iter() {
        x0 = x0.min(x);
        y0 = y0.min(y);
        x1 = x1.max(x);
        y1 = y1.max(y);
    }
    let scale = |span: f64| {
        if span.is_finite() && span > 1e-9 {
            0.9 / span
        } else {
            0.0
        }
    };
    let (sx, sy) = (scale(x1 - x0), scale(y1 - y0));
    let (cx, cy) = ((x0 + x1) / 2.0, (y0 + y1) / 2.0);
    for p in pos.iter_mut() {
        *p = (0.5 + (p.0 - cx) * sx, 0.5 + (p.1 - cy) * sy);
        if !(p.0.is_finite() && p.1.is_finite()) {
            *p = (0.5, 0.5);
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn layout_is_deterministic_inside_the_square_and_pulls_neighbours_close() {
        let edges = [(0, 1, 3.0), (1, 2, 1.0), (3, 4, 2.0)];
        let a = force(6, &edges, 200);
        let b = force(6, &edges, 200);
        assert_eq!(a, b);
        for &(x, y) in &a {
            assert!(
                (0.049..=0.951).contains(&x) && (0.049..=0.951).contains(&y),
                "{x},{y}"
            );
        }
        let d = |i: usize, j: usize| ((a[i].0 - a[j].0).powi(2) + (a[i].1 - a[j].1).powi(2)).sqrt();
        // Linked nodes end closer than an unlinked pair.
        assert!(d(0, 1) < d(0, 4), "{a:?}");
        // No two nodes on top of each other.
        for i in 0..6 {
            for j in i + 1..6 {
                assert!(d(i, j) > 0.02, "{i} {j} {a:?}");
            }
        }
    }

    fn entity(name: &str) -> EntitySummary {
        EntitySummary {
            id: format!("OG:{name}"),
            name: name.to_string(),
            label: yoyak::Label::OG,
            mentions: 1,
            articles: 1,
        }
    }

    #[test]
    fn a_picture_keeps_the_network_and_places_every_node() {
        let network = Network {
            nodes: ["가", "나", "다"].into_iter().map(entity).collect(),
            edges: vec![Edge {
                a: 0,
                b: 1,
                together: 4,
            }],
        };
        let picture = Picture::of(network.clone());
        assert_eq!(picture.edges, network.edges);
        let names: Vec<&str> = picture
            .nodes
            .iter()
            .map(|n| n.entity.name.as_str())
            .collect();
        assert_eq!(names, ["가", "나", "다"]);
        let weights = [(0, 1, 4f64.ln_1p())];
        let at: Vec<(f64, f64)> = picture.nodes.iter().map(|n| (n.x, n.y)).collect();
        assert_eq!(at, force(3, &weights, ITERATIONS));
    }

    #[test]
    fn degenerate_graphs() {
        assert!(force(0, &[], 10).is_empty());
        assert_eq!(force(1, &[], 10), vec![(0.5, 0.5)]);
        let p = force(2, &[(0, 7, 1.0), (1, 1, f64::NAN)], 10);
        assert_eq!(p.len(), 2);
        assert!(p.iter().all(|(x, y)| x.is_finite() && y.is_finite()));
    }
}
