//! Requests and answers of the `yoyak` command, shared by the one-document and JSON-lines modes.
//!
//! Offsets in answers are Unicode scalar (char) offsets into the text that was given, end
//! exclusive, so that any language can slice with them.

use std::fmt::Write as _;

use serde_json::{json, Map, Value};
use yoyak::summarize::Summarizer;
use yoyak::{AnalyzeOptions, Analyzer, Span, SummaryLength};

/// What a request asks for with each text.
#[derive(Clone, Copy, PartialEq, Eq)]
pub(crate) enum Task {
    Analyze,
    Clean,
    Split,
    Summarize,
    Tag,
}

/// One request: a text or pre-split sentences, with optional summary length.
pub(crate) struct Request {
    id: Value,
    text: Option<String>,
    sentences: Option<Vec<String>>,
    /// The headline of pre-split sentences (a text's own is found by the cleaner).
    title: Option<String>,
    length: Option<SummaryLength>,
    clean: Option<bool>,
}

impl Request {
    pub(crate) fn from_text(text: &str) -> Request {
        Request {
            id: Value::Null,
            text: Some(text.to_string()),
            sentences: None,
            title: None,
            length: None,
            clean: None,
        }
    }

    /// Parses and checks one JSON line; the error says what is wrong with it.
    fn parse(line: &[u8]) -> Result<Request, (Value, String)> {
        let text = std::str::from_utf8(line).map_err(|e| {
            (
                Value::Null,
                format!(
                    "the line is not valid UTF-8 (first bad byte at offset {})",
                    e.valid_up_to()
                ),
            )
        })?;
        let value: Value = serde_json::from_str(text)
            .map_err(|e| (Value::Null, format!("the line is not JSON: {e}")))?;
        let Value::Object(mut object) = value else {
            return Err((Value::Null, "the line must be a JSON object".into()));
        };
        let id = object.remove("id").unwrap_or(Value::Null);
        let fail = |message: String| (id.clone(), message);
        let text = match object.remove("text") {
            None | Some(Value::Null) => None,
            Some(Value::String(s)) => Some(s),
            Some(_) => return Err(fail("\"text\" must be a string".into())),
        };
        let sentences = match object.remove("sentences") {
            None | Some(Value::Null) => None,
            Some(Value::Array(items)) => Some(
                items
                    .into_iter()
                    .map(|v| match v {
                        Value::String(s) => Ok(s),
                        _ => Err(fail("\"sentences\" must be an array of strings".into())),
                    })
                    .collect::<Result<Vec<_>, _>>()?,
            ),
            Some(_) => return Err(fail("\"sentences\" must be an array of strings".into())),
        };
        let title = match object.remove("title") {
            None | Some(Value::Null) => None,
            Some(Value::String(s)) => Some(s),
            Some(_) => return Err(fail("\"title\" must be a string".into())),
        };
        let k = match object.remove("k") {
            None | Some(Value::Null) => None,
            Some(Value::Number(n)) if n.as_u64().is_some() => n.as_u64().map(|k| k as usize),
            Some(_) => return Err(fail("\"k\" must be a non-negative integer".into())),
        };
        let ratio = match object.remove("ratio") {
            None | Some(Value::Null) => None,
            Some(Value::Number(n)) => n.as_f64(),
            Some(_) => return Err(fail("\"ratio\" must be a number in (0, 1]".into())),
        };
        let length = match (k, ratio) {
            (Some(_), Some(_)) => return Err(fail("give \"k\" or \"ratio\", not both".into())),
            (Some(k), None) => Some(SummaryLength::Sentences(k)),
            (None, Some(r)) => Some(SummaryLength::Ratio(r)),
            (None, None) => None,
        };
        let clean = match object.remove("clean") {
            None | Some(Value::Null) => None,
            Some(Value::Bool(b)) => Some(b),
            Some(_) => return Err(fail("\"clean\" must be true or false".into())),
        };
        Ok(Request {
            id,
            text,
            sentences,
            title,
            length,
            clean,
        })
    }
}

/// An answer as JSON and as readable text.
pub(crate) struct Answer {
    pub(crate) json: Value,
    pub(crate) text: String,
}

/// The error line of the JSON-lines protocol.
pub(crate) fn error_line(id: Option<Value>, message: &str) -> Value {
    json!({"id": id.unwrap_or(Value::Null), "error": message})
}

fn span_json(span: &Span, text: &str) -> Value {
    json!({"start": span.char_start, "end": span.char_end, "text": span.slice(text)})
}

/// Runs requests, keeping the analyzer's buffers between them.
pub(crate) struct Worker {
    options: AnalyzeOptions,
    analyzer: Analyzer,
    summarizer: Summarizer,
}

impl Worker {
    pub(crate) fn new(options: AnalyzeOptions) -> Worker {
        Worker {
            analyzer: Analyzer::new(options.clone()),
            summarizer: Summarizer::default(),
            options,
        }
    }

    /// Answers one JSON line; errors become `{"id", "error"}` objects.
    pub(crate) fn run_line(&mut self, task: Task, line: &[u8]) -> Value {
        let request = match Request::parse(line) {
            Ok(r) => r,
            Err((id, message)) => return error_line(Some(id), &message),
        };
        let id = request.id.clone();
        match self.run(task, &request) {
            Ok(answer) => {
                let mut object = Map::new();
                object.insert("id".into(), id);
                if let Value::Object(fields) = answer.json {
                    object.extend(fields);
                }
                Value::Object(object)
            }
            Err(e) => error_line(Some(id), &e.to_string()),
        }
    }

    pub(crate) fn run(&mut self, task: Task, request: &Request) -> Result<Answer, yoyak::Error> {
        let length = request.length.unwrap_or(self.options.summary);
        length.count(0)?;
        if let (Task::Summarize, Some(sentences)) = (task, &request.sentences) {
            let parts: Vec<&str> = sentences.iter().map(String::as_str).collect();
            let title = request.title.as_deref();
            let summary = self.summarizer.summarize_titled(&parts, title, length)?;
            let chosen: Vec<&str> = summary.indices.iter().map(|&i| parts[i]).collect();
            return Ok(Answer {
                text: chosen.iter().map(|s| format!("{s}\n")).collect(),
                json: json!({"indices": summary.indices, "sentences": chosen, "scores": summary.scores}),
            });
        }
        if request.title.is_some() {
            return Err(yoyak::Error::InvalidOption {
                name: "title",
                expected: "to come with \"sentences\" to summarize (a text's own headline is read by the cleaner)",
            });
        }
        let Some(text) = request.text.as_deref() else {
            return Err(yoyak::Error::InvalidOption {
                name: "text",
                expected: match task {
                    Task::Summarize => "a string field \"text\" or an array \"sentences\"",
                    _ => "a string field \"text\"",
                },
            });
        };
        yoyak::check_input(text, self.options.max_input_bytes)?;
        match task {
            Task::Split => {
                let spans = yoyak::segment::split(text);
                Ok(Answer {
                    text: spans
                        .iter()
                        .map(|s| format!("{}\n", s.slice(text)))
                        .collect(),
                    json: json!({"sentences": spans.iter().map(|s| span_json(s, text)).collect::<Vec<_>>()}),
                })
            }
            Task::Tag => {
                let entities = yoyak::entity::try_tag(text)?;
                let mut readable = String::new();
                for e in &entities {
                    let _ = writeln!(
                        readable,
                        "{}\t{}\t{}\t{}",
                        e.label.as_str(),
                        e.span.char_start,
                        e.span.char_end,
                        e.text
                    );
                }
                let list: Vec<Value> = entities
                    .iter()
                    .map(|e| {
                        json!({"start": e.span.char_start, "end": e.span.char_end,
                               "label": e.label.as_str(), "text": e.text})
                    })
                    .collect();
                Ok(Answer {
                    text: readable,
                    json: json!({ "entities": list }),
                })
            }
            Task::Clean => {
                let cleaned = yoyak::clean::clean(text);
                let mut readable = cleaned.body.clone();
                readable.push('\n');
                Ok(Answer {
                    text: readable,
                    json: serde_json::to_value(&cleaned).unwrap_or(Value::Null),
                })
            }
            Task::Summarize | Task::Analyze => {
                // A summary needs neither keywords nor entities: skip their cost.
                let summary_only = task == Task::Summarize;
                let options = AnalyzeOptions {
                    summary: length,
                    clean: request.clean.unwrap_or(self.options.clean),
                    keywords: if summary_only {
                        0
                    } else {
                        self.options.keywords
                    },
                    entities: !summary_only && self.options.entities,
                    ..self.options.clone()
                };
                if &options != self.analyzer.options() {
                    self.analyzer = Analyzer::new(options);
                }
                let analysis = self.analyzer.analyze(text)?;
                if task == Task::Summarize {
                    let chosen: Vec<&str> = analysis
                        .summary
                        .indices
                        .iter()
                        .map(|&i| analysis.sentences[i].text.as_str())
                        .collect();
                    return Ok(Answer {
                        text: chosen.iter().map(|s| format!("{s}\n")).collect(),
                        json: json!({"indices": analysis.summary.indices, "sentences": chosen,
                                     "scores": analysis.summary.scores}),
                    });
                }
                Ok(Answer {
                    text: readable_analysis(&analysis),
                    json: serde_json::to_value(&analysis).unwrap_or(Value::Null),
                })
            }
        }
    }
}

fn readable_analysis(a: &yoyak::Analysis) -> String {
    let mut out = String::new();
    let meta = &a.clean.metadata;
    if let Some(title) = a.clean.title.as_ref().or(meta.title.as_ref()) {
        let _ = writeln!(out, "# {title}");
    }
    let reporters: Vec<&str> = meta.reporters.iter().map(|r| r.name.as_str()).collect();
    let source = [
        meta.publisher.clone().unwrap_or_default(),
        meta.published.clone().unwrap_or_default(),
        reporters.join(", "),
    ]
    .into_iter()
    .filter(|s| !s.is_empty())
    .collect::<Vec<_>>()
    .join(" · ");
    if !source.is_empty() {
        let _ = writeln!(out, "{source}");
    }
    let _ = writeln!(out, "\n## 요약 (summary)");
    for &i in &a.summary.indices {
        let _ = writeln!(out, "- {}", a.sentences[i].text);
    }
    if !a.keywords.is_empty() {
        let words: Vec<&str> = a.keywords.iter().map(|k| k.text.as_str()).collect();
        let _ = writeln!(out, "\n## 키워드 (keywords)\n{}", words.join(", "));
    }
    if !a.groups.is_empty() {
        let _ = writeln!(out, "\n## 개체 (entities)");
        for label in yoyak::Label::ALL {
            let names: Vec<String> = a
                .groups
                .iter()
                .filter(|g| g.label == label)
                .map(|g| match g.count {
                    1 => g.name.clone(),
                    n => format!("{} ({n})", g.name),
                })
                .collect();
            if names.is_empty() {
                continue;
            }
            let _ = writeln!(out, "{}: {}", label.as_str(), names.join(", "));
        }
    }
    out
}
