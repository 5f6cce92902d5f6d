//! The `yoyak` Python package's native module, `yoyak._yoyak`.
//!
//! Answers are built by the `yoyak` command's own protocol code (included below from
//! `crates/yoyak-cli/src/protocol.rs`), so a dict from Python has the same fields, order, char
//! offsets and error messages as `yoyak <task> --json` / `--jsonl`: there is one schema, not a
//! copy to keep in step.

use std::cell::RefCell;

use pyo3::exceptions::PyValueError;
use pyo3::prelude::*;
use pyo3::types::{PyBool, PyBytes, PyDict, PyFloat, PyInt, PyList, PyString};
use serde_json::{Map, Value};
use yoyak::AnalyzeOptions;

// The CLI's requests and answers. Parts of it serve only the CLI (readable text output).
#[path = "../../yoyak-cli/src/protocol.rs"]
#[allow(dead_code)]
mod protocol;

use protocol::Task;

thread_local! {
    // One worker per OS thread: its analyzer keeps buffers between calls, and threads that
    // released the GIL never contend for it.
    static WORKER: RefCell<protocol::Worker> =
        RefCell::new(protocol::Worker::new(AnalyzeOptions::default()));
}

/// A Python option as the JSON value the CLI's protocol would read, so that a wrong value gets
/// the CLI's message. Values JSON cannot hold (NaN, objects) become strings, which the protocol
/// refuses with that same message.
fn option_value(value: Option<&Bound<'_, PyAny>>) -> Value {
    let Some(v) = value else {
        return Value::Null;
    };
    if v.is_none() {
        Value::Null
    } else if let Ok(b) = v.downcast::<PyBool>() {
        Value::Bool(b.is_true())
    } else if v.is_instance_of::<PyInt>() {
        if let Ok(n) = v.extract::<u64>() {
            Value::from(n)
        } else if let Ok(n) = v.extract::<i64>() {
            Value::from(n)
        } else {
            Value::String(v.to_string())
        }
    } else if let Ok(f) = v.downcast::<PyFloat>() {
        serde_json::Number::from_f64(f.value())
            .map(Value::Number)
            .unwrap_or_else(|| Value::String(f.to_string()))
    } else {
        Value::String(v.to_string())
    }
}

/// Converts an answer into plain dicts, lists, strings and numbers, keeping the field order.
fn to_py<'py>(py: Python<'py>, value: &Value) -> PyResult<Bound<'py, PyAny>> {
    Ok(match value {
        Value::Null => py.None().into_bound(py),
        Value::Bool(b) => PyBool::new(py, *b).to_owned().into_any(),
        Value::Number(n) => {
            if let Some(u) = n.as_u64() {
                u.into_pyobject(py)?.into_any()
            } else if let Some(i) = n.as_i64() {
                i.into_pyobject(py)?.into_any()
            } else {
                PyFloat::new(py, n.as_f64().unwrap_or(f64::NAN)).into_any()
            }
        }
        Value::String(s) => PyString::new(py, s).into_any(),
        Value::Array(items) => {
            let list = PyList::empty(py);
            for item in items {
                list.append(to_py(py, item)?)?;
            }
            list.into_any()
        }
        Value::Object(fields) => {
            let dict = PyDict::new(py);
            for (k, v) in fields {
                dict.set_item(k, to_py(py, v)?)?;
            }
            dict.into_any()
        }
    })
}

/// Runs one request through the CLI's protocol with the GIL released.
fn answer(py: Python<'_>, task: Task, request: Map<String, Value>) -> PyResult<PyObject> {
    let line = serde_json::to_vec(&Value::Object(request))
        .map_err(|e| PyValueError::new_err(e.to_string()))?;
    let answer = py.allow_threads(|| WORKER.with(|w| w.borrow_mut().run_line(task, &line)));
    let Value::Object(mut fields) = answer else {
        return Err(PyValueError::new_err("the analysis gave no answer"));
    };
    // The JSON-lines protocol puts the request's id first; a direct call has none.
    fields.shift_remove("id");
    if fields.len() == 1 {
        if let Some(Value::String(message)) = fields.get("error") {
            return Err(PyValueError::new_err(message.clone()));
        }
    }
    Ok(to_py(py, &Value::Object(fields))?.unbind())
}

fn text_request(text: Option<String>) -> Map<String, Value> {
    let mut request = Map::new();
    if let Some(text) = text {
        request.insert("text".into(), Value::String(text));
    }
    request
}

fn length_request(
    text: Option<String>,
    k: Option<&Bound<'_, PyAny>>,
    ratio: Option<&Bound<'_, PyAny>>,
    clean: Option<&Bound<'_, PyAny>>,
) -> Map<String, Value> {
    let mut request = text_request(text);
    request.insert("k".into(), option_value(k));
    request.insert("ratio".into(), option_value(ratio));
    request.insert("clean".into(), option_value(clean));
    request
}

/// The whole analysis: cleaned article, sentences, summary, keywords, entities.
#[pyfunction]
#[pyo3(signature = (text, k=None, ratio=None, clean=None), text_signature = "(text, k=None, ratio=None, clean=True)")]
fn analyze(
    py: Python<'_>,
    text: String,
    k: Option<&Bound<'_, PyAny>>,
    ratio: Option<&Bound<'_, PyAny>>,
    clean: Option<&Bound<'_, PyAny>>,
) -> PyResult<PyObject> {
    answer(
        py,
        Task::Analyze,
        length_request(Some(text), k, ratio, clean),
    )
}

/// The key sentences of an article, or of sentences already split (with their headline, if
/// known: `title`).
#[pyfunction]
#[pyo3(signature = (text=None, k=None, ratio=None, clean=None, *, sentences=None, title=None), text_signature = "(text=None, k=None, ratio=None, clean=True, *, sentences=None, title=None)")]
fn summarize(
    py: Python<'_>,
    text: Option<String>,
    k: Option<&Bound<'_, PyAny>>,
    ratio: Option<&Bound<'_, PyAny>>,
    clean: Option<&Bound<'_, PyAny>>,
    sentences: Option<Vec<String>>,
    title: Option<String>,
) -> PyResult<PyObject> {
    let mut request = length_request(text, k, ratio, clean);
    if let Some(sentences) = sentences {
        request.insert(
            "sentences".into(),
            Value::Array(sentences.into_iter().map(Value::String).collect()),
        );
    }
    if let Some(title) = title {
        request.insert("title".into(), Value::String(title));
    }
    answer(py, Task::Summarize, request)
}

/// Entities of the text as given.
#[pyfunction]
fn tag(py: Python<'_>, text: String) -> PyResult<PyObject> {
    answer(py, Task::Tag, text_request(Some(text)))
}

/// Sentences of the text as given (no cleaning).
#[pyfunction]
fn split(py: Python<'_>, text: String) -> PyResult<PyObject> {
    answer(py, Task::Split, text_request(Some(text)))
}

/// The article body without page clutter, its metadata and what was removed.
#[pyfunction]
fn clean(py: Python<'_>, text: String) -> PyResult<PyObject> {
    answer(py, Task::Clean, text_request(Some(text)))
}

/// One JSON-lines request answered exactly as `yoyak <task> --jsonl` answers it: a dict with
/// the request's "id" first, or `{"id", "error"}` for a bad line (never an exception), so a batch
/// goes on past bad input.
#[pyfunction]
#[pyo3(signature = (line, task="analyze"))]
fn run_line(py: Python<'_>, line: &Bound<'_, PyAny>, task: &str) -> PyResult<PyObject> {
    let task = match task {
        "analyze" => Task::Analyze,
        "clean" => Task::Clean,
        "split" => Task::Split,
        "summarize" => Task::Summarize,
        "tag" => Task::Tag,
        other => {
            return Err(PyValueError::new_err(format!(
                "unknown task {other:?}: expected analyze, clean, split, summarize or tag"
            )))
        }
    };
    // Bytes go through as they are, so invalid UTF-8 gets the CLI's message.
    let bytes: Vec<u8> = match line.downcast::<PyBytes>() {
        Ok(b) => b.as_bytes().to_vec(),
        Err(_) => line.extract::<String>()?.into_bytes(),
    };
    let answer = py.allow_threads(|| WORKER.with(|w| w.borrow_mut().run_line(task, &bytes)));
    Ok(to_py(py, &answer)?.unbind())
}

/// The explorer's id of an entity ("LABEL:normalised name"), to group one entity's mentions.
#[pyfunction]
fn entity_id(label: &str, name: &str) -> PyResult<String> {
    let label = yoyak::Label::parse(label).ok_or_else(|| {
        let known: Vec<&str> = yoyak::Label::ALL.iter().map(|l| l.as_str()).collect();
        PyValueError::new_err(format!(
            "unknown entity label {label:?}: expected one of {}",
            known.join(", ")
        ))
    })?;
    Ok(yoyak::corpus::entity_id(label, name))
}

#[pymodule]
fn _yoyak(m: &Bound<'_, PyModule>) -> PyResult<()> {
    m.add("__version__", env!("CARGO_PKG_VERSION"))?;
    m.add_function(wrap_pyfunction!(analyze, m)?)?;
    m.add_function(wrap_pyfunction!(summarize, m)?)?;
    m.add_function(wrap_pyfunction!(tag, m)?)?;
    m.add_function(wrap_pyfunction!(split, m)?)?;
    m.add_function(wrap_pyfunction!(clean, m)?)?;
    m.add_function(wrap_pyfunction!(entity_id, m)?)?;
    m.add_function(wrap_pyfunction!(run_line, m)?)?;
    Ok(())
}
