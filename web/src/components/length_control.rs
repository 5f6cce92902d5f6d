//! The summary length control: a number of sentences, a percentage, or everything.

use web_sys::{HtmlInputElement, HtmlSelectElement};
use yew::prelude::*;

use crate::protocol::LengthChoice;

/// Props of [`LengthControl`].
#[derive(Properties, PartialEq)]
pub struct LengthControlProps {
    /// The current choice.
    pub length: LengthChoice,
    /// How many sentences the article has.
    pub sentences: usize,
    /// A new choice.
    pub onlength: Callback<LengthChoice>,
}

/// A mode select and a slider.
#[function_component(LengthControl)]
pub fn length_control(props: &LengthControlProps) -> Html {
    let max = props.sentences.max(1);
    let (mode, value) = match props.length {
        LengthChoice::Sentences(n) => ("sentences", n.clamp(1, max)),
        LengthChoice::Percent(p) => ("percent", usize::from(p)),
        LengthChoice::All => ("all", max),
    };
    let onmode = {
        let (cb, length) = (props.onlength.clone(), props.length);
        Callback::from(move |e: Event| {
            let select: HtmlSelectElement = e.target_unchecked_into();
            let choice = match select.value().as_str() {
                "percent" => LengthChoice::Percent(30),
                "all" => LengthChoice::All,
                _ => match length {
                    LengthChoice::Sentences(n) => LengthChoice::Sentences(n),
                    _ => LengthChoice::default(),
                },
            };
            cb.emit(choice);
        })
    };
    let onvalue = {
        let cb = props.onlength.clone();
        Callback::from(move |e: InputEvent| {
            let input: HtmlInputElement = e.target_unchecked_into();
            let Ok(v) = input.value().parse::<f64>() else {
                return;
            };
            let v = v.max(1.0);
            cb.emit(if mode == "percent" {
                LengthChoice::Percent(v.min(100.0) as u8)
            } else {
                LengthChoice::Sentences(v as usize)
            });
        })
    };
    let (min, slider_max, step, shown) = match mode {
        "percent" => (10, 100, 10, format!("{value}%")),
        "all" => (1, max, 1, format!("전체 {max}문장")),
        _ => (1, max, 1, format!("{value} / {max}문장")),
    };
    html! {
        <div class="length-control">
            <label for="length-mode">{ "요약 길이" }</label>
            <select id="length-mode" onchange={onmode}>
                <option value="sentences" selected={mode == "sentences"}>{ "문장 수" }</option>
                <option value="percent" selected={mode == "percent"}>{ "비율 (%)" }</option>
                <option value="all" selected={mode == "all"}>{ "전체" }</option>
            </select>
            <input
                id="length-value"
                type="range"
                aria-label="요약 길이 값"
                min={min.to_string()}
                max={slider_max.to_string()}
                step={step.to_string()}
                value={value.to_string()}
                disabled={mode == "all"}
                oninput={onvalue}
            />
            <output for="length-value" aria-live="polite">{ shown }</output>
        </div>
    }
}
