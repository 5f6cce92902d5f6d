//! The app's state, the actions that change it, and the context every page reads.
//!
//! The reducer is pure: what it needs from the outside world (the time an answer arrived)
//! comes in with the action, so it runs and is tested off the browser.

use std::collections::{BTreeSet, HashMap, HashSet};
use std::rc::Rc;

use yew::{Reducible, UseReducerHandle};
use yoyak::{Analysis, Label};

use crate::markup::EntityKey;
use crate::protocol::{Answer, Explored, Job, LengthChoice, Response};
use crate::seeds::SEEDS;
use crate::storage::{Loaded, SavedArticle};
use crate::worker::WorkerHandle;

/// What every page reads: the state and the worker.
#[derive(Clone, PartialEq)]
pub struct AppContext {
    /// The app's state and its dispatcher.
    pub state: UseReducerHandle<AppState>,
    /// The analysis worker.
    pub worker: WorkerHandle,
}

/// An analysis shared between components; compared by identity, not by content.
#[derive(Debug, Clone)]
pub struct Analyzed(pub Rc<Analysis>);

impl PartialEq for Analyzed {
    fn eq(&self, other: &Self) -> bool {
        Rc::ptr_eq(&self.0, &other.0)
    }
}

/// An analysis, or the error message of a failed one.
pub type Outcome = Result<Analyzed, String>;

/// An article in the library.
#[derive(Debug, Clone, PartialEq)]
pub struct Article {
    /// Its id, used in `#/article/<id>`.
    pub id: String,
    /// Its text as bundled or pasted.
    pub text: Rc<str>,
    /// True for articles the user saved.
    pub mine: bool,
    /// When the user saved it (ms since the epoch); 0 for bundled ones.
    pub saved_at: f64,
}

impl Article {
    /// The storage record of a user article.
    pub fn to_saved(&self) -> SavedArticle {
        SavedArticle {
            id: self.id.clone(),
            text: self.text.to_string(),
            saved_at: self.saved_at,
        }
    }
}

/// The paste box.
#[derive(Debug, Clone, Default)]
pub struct Draft {
    /// The text in the box (shared: a pasted article can be megabytes, and the state is cloned
    /// by every action).
    pub text: Rc<str>,
    /// Counts edits, so late answers for older text are dropped.
    pub seq: u64,
    /// The latest analysis: for which edit, at which length.
    pub result: Option<(u64, LengthChoice, Outcome)>,
    /// The latest request sent to the worker: for which edit, at which length, and when
    /// (`Date.now()` ms).
    pub sent: Option<(u64, LengthChoice, f64)>,
    /// True while a draft request is in the worker: the next one waits for its answer, so a
    /// long text being edited never queues up analyses of versions already gone.
    pub busy: bool,
    /// How long the latest answer took, in ms from sending to arriving.
    pub took_ms: Option<f64>,
    /// Bumped when the text changes other than by typing in the box (a save empties it), so
    /// the box, which is not re-set on every render, is set then.
    pub resets: u64,
}

/// How the reader shows an article (shared by the reader and the paste preview).
#[derive(Debug, Clone, Default, PartialEq)]
pub struct ViewPrefs {
    /// Entity types switched off in the legend.
    pub hidden: BTreeSet<Label>,
    /// Summary length.
    pub length: LengthChoice,
    /// The entity whose mentions are marked.
    pub selected: Option<EntityKey>,
    /// Whether the cleaner's removals are shown.
    pub show_removed: bool,
}

/// Everything the page knows.
#[derive(Debug, Clone, Default)]
pub struct AppState {
    /// Bumped by every action: cheap change detection for yew.
    pub version: u64,
    /// Bundled articles, then the user's.
    pub articles: Vec<Article>,
    /// Library analyses by article id.
    pub library: HashMap<String, Outcome>,
    /// Articles whose library analysis is still the preview (no entities yet).
    pub previews: HashSet<String>,
    /// The reader's latest analysis at a non-default length.
    pub reader: Option<(String, LengthChoice, Outcome)>,
    /// Reader settings.
    pub view: ViewPrefs,
    /// The paste box.
    pub draft: Draft,
    /// A message for the user (storage problems).
    pub notice: Option<String>,
    /// The entity index's latest answers, one per kind of question.
    pub explore: ExploreAnswers,
}

/// The latest answer of the worker's entity index to each kind of question. The worker answers
/// in order, so the latest to arrive answers the latest question.
#[derive(Debug, Clone, Default)]
pub struct ExploreAnswers {
    /// Entity search.
    pub search: Option<Rc<Explored>>,
    /// Entity page.
    pub entity: Option<Rc<Explored>>,
    /// Network picture.
    pub network: Option<Rc<Explored>>,
    /// Timeline.
    pub timeline: Option<Rc<Explored>>,
}

impl PartialEq for AppState {
    fn eq(&self, other: &Self) -> bool {
        self.version == other.version
    }
}

impl AppState {
    /// The bundled articles and those saved in this browser, with what reading them found, and
    /// the library analyses already at hand (`(id, analysis)`: the bundled articles', made at
    /// build time), so the first render shows those cards whole.
    pub fn initial(saved: Loaded, analysed: Vec<(String, Analysis)>) -> AppState {
        let mut articles: Vec<Article> = SEEDS
            .iter()
            .map(|(id, text)| Article {
                id: (*id).to_string(),
                text: Rc::from(*text),
                mine: false,
                saved_at: 0.0,
            })
            .collect();
        articles.extend(saved.articles.into_iter().map(|s| Article {
            id: s.id,
            text: Rc::from(s.text),
            mine: true,
            saved_at: s.saved_at,
        }));
        let library = analysed
            .into_iter()
            .filter(|(id, _)| articles.iter().any(|a| a.id == *id))
            .map(|(id, a)| (id, Ok(Analyzed(Rc::new(a)))))
            .collect();
        AppState {
            articles,
            library,
            notice: saved.notice,
            ..AppState::default()
        }
    }

    /// The article with this id.
    pub fn article(&self, id: &str) -> Option<&Article> {
        self.articles.iter().find(|a| a.id == id)
    }

    /// The user's articles, as stored.
    pub fn saved(&self) -> Vec<SavedArticle> {
        self.articles
            .iter()
            .filter(|a| a.mine)
            .map(Article::to_saved)
            .collect()
    }

    /// True once every article of the library has its full analysis (or an error).
    pub fn library_done(&self) -> bool {
        self.previews.is_empty() && self.library_summarised()
    }

    /// True once every article of the library shows a summary (a preview at least).
    pub fn library_summarised(&self) -> bool {
        self.articles
            .iter()
            .all(|a| self.library.contains_key(&a.id))
    }
}

/// What can happen.
#[derive(Debug, Clone)]
pub enum Action {
    /// The worker answered, at `.1` (`Date.now()` ms).
    Reply(Box<Response>, f64),
    /// Show or hide an entity type.
    ToggleLabel(Label),
    /// Choose the summary length.
    SetLength(LengthChoice),
    /// Mark (or unmark, if already marked) the mentions of an entity.
    SelectEntity(EntityKey),
    /// Show or hide the cleaner's removals.
    ToggleRemoved,
    /// The paste box changed.
    EditDraft(Rc<str>),
    /// The paste box's text (edit `.0`, length `.1`) went to the worker at `.2` (`Date.now()`).
    DraftSent(u64, LengthChoice, f64),
    /// The draft was stored as this article.
    Saved(Article),
    /// A user article was removed from storage.
    Deleted(String),
    /// Show a message, or clear it.
    Notice(Option<String>),
    /// The entity index answered.
    Explored(Rc<Explored>),
    /// Articles were imported (and stored).
    Imported(Vec<Article>),
}

impl Reducible for AppState {
    type Action = Action;

    fn reduce(self: Rc<Self>, action: Action) -> Rc<Self> {
        let mut s = (*self).clone();
        s.version += 1;
        match action {
            Action::Reply(response, now) => {
                let Response { job, result, .. } = *response;
                let outcome = result.map(|a| Analyzed(Rc::new(a)));
                match job {
                    Job::Preview { id } => {
                        // Never over a full analysis; dropped for an article deleted meanwhile.
                        if s.article(&id).is_some() && !s.library.contains_key(&id) {
                            s.library.insert(id.clone(), outcome);
                            s.previews.insert(id);
                        }
                    }
                    Job::Library { id } => {
                        // An answer for an article deleted meanwhile is dropped.
                        if s.article(&id).is_some() {
                            s.previews.remove(&id);
                            s.library.insert(id, outcome);
                        }
                    }
                    Job::Reader { id, length } => s.reader = Some((id, length, outcome)),
                    Job::Draft { seq, length } => {
                        s.draft.busy = false;
                        if seq == s.draft.seq {
                            s.draft.took_ms = s
                                .draft
                                .sent
                                .filter(|sent| sent.0 == seq && sent.1 == length)
                                .map(|sent| now - sent.2);
                            s.draft.result = Some((seq, length, outcome));
                        }
                    }
                }
            }
            Action::ToggleLabel(label) => {
                if !s.view.hidden.remove(&label) {
                    s.view.hidden.insert(label);
                }
            }
            Action::SetLength(length) => s.view.length = length,
            Action::SelectEntity(key) => {
                s.view.selected = if s.view.selected.as_ref() == Some(&key) {
                    None
                } else {
                    Some(key)
                };
            }
            Action::ToggleRemoved => s.view.show_removed = !s.view.show_removed,
            Action::EditDraft(text) => {
                s.draft.text = text;
                s.draft.seq += 1;
            }
            Action::DraftSent(seq, length, at) => {
                s.draft.sent = Some((seq, length, at));
                s.draft.busy = true;
            }
            Action::Saved(article) => {
                // The draft's analysis is the library's too when it used the default length.
                if let Some((seq, length, Ok(a))) = &s.draft.result {
                    if *seq == s.draft.seq && *length == LengthChoice::default() {
                        s.library.insert(article.id.clone(), Ok(a.clone()));
                    }
                }
                s.articles.push(article);
                // Edits keep counting, so a late answer for the old text cannot match a new one.
                s.draft = Draft {
                    seq: s.draft.seq + 1,
                    busy: s.draft.busy,
                    resets: s.draft.resets + 1,
                    ..Draft::default()
                };
                s.notice = None;
            }
            Action::Deleted(id) => {
                s.articles.retain(|a| a.id != id);
                s.previews.remove(&id);
                s.library.remove(&id);
            }
            Action::Notice(notice) => s.notice = notice,
            Action::Explored(e) => {
                let slot = match &e.answer {
                    Answer::Search(_) => &mut s.explore.search,
                    Answer::Entity(..) => &mut s.explore.entity,
                    Answer::Network(_) => &mut s.explore.network,
                    Answer::Timeline(_) => &mut s.explore.timeline,
                };
                *slot = Some(e);
            }
            Action::Imported(articles) => {
                s.articles.extend(articles);
                s.notice = None;
            }
        }
        Rc::new(s)
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::protocol::Query;

    fn reply(job: Job, result: Result<Analysis, String>, at: f64) -> Action {
        Action::Reply(
            Box::new(Response {
                job,
                result,
                memory_bytes: 0,
                analysis_ms: 0.0,
            }),
            at,
        )
    }

    fn run(state: AppState, actions: Vec<Action>) -> Rc<AppState> {
        actions
            .into_iter()
            .fold(Rc::new(state), |s, action| s.reduce(action))
    }

    fn analysis() -> Analysis {
        let options = yoyak::AnalyzeOptions {
            entities: false,
            ..Default::default()
        };
        yoyak::analyze("카카오가 조직을 신설했다. 회사는 매출을 밝혔다.", &options).unwrap()
    }

    fn draft(seq: u64) -> Job {
        Job::Draft {
            seq,
            length: LengthChoice::default(),
        }
    }

    #[test]
    fn a_draft_answer_takes_the_time_that_came_with_it() {
        let length = LengthChoice::default();
        let actions = vec![
            Action::EditDraft(Rc::from("가")),
            Action::DraftSent(1, length, 1_000.0),
            reply(draft(1), Err("no".into()), 1_250.0),
        ];
        let s = run(AppState::default(), actions.clone());
        assert_eq!(s.draft.took_ms, Some(250.0));
        assert!(!s.draft.busy);
        assert!(matches!(&s.draft.result, Some((1, _, Err(e))) if e == "no"));
        // Pure: the same actions give the same state.
        assert_eq!(run(AppState::default(), actions).draft.took_ms, Some(250.0));
    }

    #[test]
    fn a_late_draft_answer_frees_the_worker_but_is_not_shown() {
        let length = LengthChoice::default();
        let s = run(
            AppState::default(),
            vec![
                Action::EditDraft(Rc::from("가")),
                Action::DraftSent(1, length, 0.0),
                Action::EditDraft(Rc::from("가나")),
                reply(draft(1), Err("old".into()), 5.0),
            ],
        );
        assert!(!s.draft.busy);
        assert!(s.draft.result.is_none() && s.draft.took_ms.is_none());
    }

    #[test]
    fn a_preview_never_replaces_a_full_analysis_and_deleted_articles_get_none() {
        let id = SEEDS[0].0.to_string();
        let preview = || Job::Preview { id: id.clone() };
        let library = || Job::Library { id: id.clone() };
        let s = run(
            AppState::initial(Loaded::default(), Vec::new()),
            vec![reply(preview(), Ok(analysis()), 0.0)],
        );
        assert!(s.previews.contains(&id) && !s.library_done());
        let s = s.reduce(reply(library(), Err("full".into()), 0.0));
        let s = s.reduce(reply(preview(), Ok(analysis()), 0.0));
        assert!(!s.previews.contains(&id));
        assert!(matches!(s.library.get(&id), Some(Err(e)) if e == "full"));
        let s = s.reduce(Action::Deleted(id.clone()));
        let s = s.reduce(reply(library(), Ok(analysis()), 0.0));
        assert!(s.article(&id).is_none() && !s.library.contains_key(&id));
    }

    #[test]
    fn the_bundled_analyses_make_the_library_whole_from_the_start() {
        let mut analysed: Vec<(String, Analysis)> = SEEDS
            .iter()
            .map(|(id, _)| ((*id).to_string(), analysis()))
            .collect();
        // One for an article not in the library (a seed removed since the build) is dropped.
        analysed.push(("gone".to_string(), analysis()));
        let s = AppState::initial(Loaded::default(), analysed);
        assert!(s.library_summarised() && s.library_done());
        assert!(!s.library.contains_key("gone"));
        // A late preview (none is asked for, but one could be in flight) changes nothing.
        let id = SEEDS[0].0.to_string();
        let s = Rc::new(s).reduce(reply(Job::Preview { id: id.clone() }, Err("x".into()), 0.0));
        assert!(s.previews.is_empty() && matches!(s.library.get(&id), Some(Ok(_))));
    }

    #[test]
    fn saving_a_draft_keeps_its_analysis_and_keeps_counting_edits() {
        let length = LengthChoice::default();
        let article = Article {
            id: "user-1".into(),
            text: Rc::from("가"),
            mine: true,
            saved_at: 9.0,
        };
        let s = run(
            AppState::default(),
            vec![
                Action::EditDraft(Rc::from("가")),
                Action::DraftSent(1, length, 0.0),
                reply(draft(1), Ok(analysis()), 1.0),
                Action::Saved(article.clone()),
            ],
        );
        assert_eq!(s.saved(), vec![article.to_saved()]);
        assert!(matches!(s.library.get("user-1"), Some(Ok(_))));
        assert_eq!((s.draft.seq, s.draft.resets), (2, 1));
        assert!(s.draft.text.is_empty() && s.draft.result.is_none());
    }

    #[test]
    fn each_kind_of_answer_has_its_own_slot() {
        let explored = |query: Query, answer: Answer| {
            Action::Explored(Rc::new(Explored {
                query,
                indexed: 0,
                answer,
            }))
        };
        let s = run(
            AppState::default(),
            vec![
                explored(Query::Timeline, Answer::Timeline(Vec::new())),
                explored(
                    Query::Network { top: 3 },
                    Answer::Network(Default::default()),
                ),
            ],
        );
        assert!(s
            .explore
            .timeline
            .as_ref()
            .is_some_and(|e| e.timeline().is_some()));
        assert!(s
            .explore
            .network
            .as_ref()
            .is_some_and(|e| e.network().is_some()));
        assert!(s.explore.search.is_none() && s.explore.entity.is_none());
    }
}
