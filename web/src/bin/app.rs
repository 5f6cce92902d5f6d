//! Entry point of the page.

fn main() {
    yew::Renderer::<yoyak_web::App>::new().render();
}
