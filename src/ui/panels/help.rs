//! The Help window (F1, Help → Aan de slag / Begrippenlijst / Sneltoetsen): the four steps with a small picture
//! each, the glossary and the shortcut list made from the command table. It stays open beside the work.

use eframe::egui;

use crate::text::Language;
use crate::ui::command::AppCommand;
use crate::ui::text::{self, Txt, glossary::GLOSSARY};
use egui::{RichText, TextureHandle, Ui};

/// The page the Help window shows.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub enum HelpPage {
    #[default]
    GettingStarted,
    Glossary,
    Shortcuts,
}

impl HelpPage {
    pub const ALL: [Self; 3] = [Self::GettingStarted, Self::Glossary, Self::Shortcuts];

    pub fn title(self) -> Txt {
        match self {
            Self::GettingStarted => text::CMD_HELP,
            Self::Glossary => text::CMD_GLOSSARY,
            Self::Shortcuts => text::CMD_SHORTCUTS,
        }
    }
}

/// The pictures of the four steps: screenshots of the app at 1366 × 768, small, in Dutch.
const STEP_PICTURES: [(&str, &[u8]); 4] = [
    ("help_step1", include_bytes!("../../../assets/help/step1-model.png")),
    ("help_step2", include_bytes!("../../../assets/help/step2-plan.png")),
    ("help_step3", include_bytes!("../../../assets/help/step3-simulate.png")),
    ("help_step4", include_bytes!("../../../assets/help/step4-share.png")),
];

/// The same pictures with the app in English.
const STEP_PICTURES_EN: [(&str, &[u8]); 4] = [
    ("help_step1_en", include_bytes!("../../../assets/help/step1-model-en.png")),
    ("help_step2_en", include_bytes!("../../../assets/help/step2-plan-en.png")),
    ("help_step3_en", include_bytes!("../../../assets/help/step3-simulate-en.png")),
    ("help_step4_en", include_bytes!("../../../assets/help/step4-share-en.png")),
];

/// A PNG as a texture, decoded once and kept in egui's memory; `None` if it cannot be decoded (then no picture).
fn png_texture(ctx: &egui::Context, name: &str, png: &[u8]) -> Option<TextureHandle> {
    let id = egui::Id::unique(("help_picture", name));
    if let Some(texture) = ctx.data(|d| d.get_temp::<TextureHandle>(id)) {
        return Some(texture);
    }
    let decoded = eframe::icon_data::from_png_bytes(png).ok()?;
    let size = [decoded.width as usize, decoded.height as usize];
    let image = egui::ColorImage::from_rgba_unmultiplied(size, &decoded.rgba);
    let texture = ctx.load_texture(name, image, egui::TextureOptions::LINEAR);
    ctx.data_mut(|d| d.insert_temp(id, texture.clone()));
    Some(texture)
}

/// A shortcut as the platform writes it: "Ctrl+Shift+S", on macOS "Cmd+Shift+S".
/// Keys as printed on the keyboard: "Ctrl+]", not "Ctrl+CloseBracket".
pub fn shortcut_text(shortcut: &egui::KeyboardShortcut, mac: bool) -> String {
    let names = egui::ModifierNames::NAMES;
    let modifiers = names.format(&shortcut.modifiers, mac);
    let key = shortcut.logical_key.symbol_or_name();
    if modifiers.is_empty() { key.to_owned() } else { format!("{modifiers}{}{key}", names.concat) }
}

/// The keys of `command` as the platform writes them ("Ctrl+Z", on macOS "Cmd+Z"); empty if it has no shortcut.
/// The status line uses it to say how to undo.
pub fn command_keys(command: &AppCommand, mac: bool) -> String {
    command.shortcut().map(|s| shortcut_text(&s, mac)).unwrap_or_default()
}

/// The rows of the shortcut list: every command with a shortcut (from the command table), its keys and its
/// second keys.
pub fn shortcut_rows(language: Language, mac: bool) -> Vec<(String, String)> {
    let mut commands = AppCommand::with_shortcuts();
    commands.sort_by_key(|c| c.label(language));
    commands
        .iter()
        .filter_map(|command| {
            let keys = shortcut_text(&command.shortcut()?, mac);
            let keys = match command.alternative_shortcut() {
                Some(other) => {
                    format!("{keys} {} {}", text::HELP_SHORTCUT_ALSO.get(language), shortcut_text(&other, mac))
                }
                None => keys,
            };
            Some((command.label(language), keys))
        })
        .collect()
}

/// The Help window, while `page` is `Some`. Closing it pushes [`AppCommand::CloseHelp`].
pub fn help_window_ui(ctx: &egui::Context, page: HelpPage, language: Language, commands: &mut Vec<AppCommand>) {
    let mut open = true;
    let screen = ctx.content_rect();
    // Fits a 1366×768 laptop screen under the menu bar; the page scrolls, the tabs stay.
    let height = (screen.height() - 210.0).clamp(200.0, 560.0);
    // Beside the work: at the right, under the menu bar, over the properties rather than the model.
    egui::Window::new(text::HELP_TITLE.get(language))
        .id(egui::Id::unique("help_window"))
        .open(&mut open)
        .pivot(egui::Align2::RIGHT_TOP)
        .default_pos([screen.right() - 12.0, screen.top() + 56.0])
        .default_width(600.0_f32.min(screen.width() - 40.0))
        .show(ctx, |ui| {
            ui.horizontal(|ui| {
                for p in HelpPage::ALL {
                    if ui.selectable_label(p == page, p.title().get(language)).clicked() && p != page {
                        commands.push(AppCommand::ShowHelp(p));
                    }
                }
                ui.with_layout(egui::Layout::right_to_left(egui::Align::Center), |ui| {
                    if ui.button(text::HELP_CLOSE.get(language)).clicked() {
                        commands.push(AppCommand::CloseHelp);
                    }
                });
            });
            ui.separator();
            egui::ScrollArea::vertical()
                .id_salt(("help_page", page as u8))
                .max_height(height)
                .min_scrolled_height(height)
                .auto_shrink([false, true])
                .show(ui, |ui| match page {
                    HelpPage::GettingStarted => getting_started_ui(ui, language),
                    HelpPage::Glossary => glossary_ui(ui, language),
                    HelpPage::Shortcuts => shortcuts_ui(ui, language),
                });
        });
    if !open {
        commands.push(AppCommand::CloseHelp);
    }
}

fn getting_started_ui(ui: &mut Ui, language: Language) {
    ui.label(text::HELP_INTRO.get(language));
    let pictures = language.pick(STEP_PICTURES, STEP_PICTURES_EN);
    for (step, (name, png)) in text::HELP_STEPS.iter().zip(pictures) {
        ui.add_space(10.0);
        ui.label(RichText::new(step.title.get(language)).heading());
        ui.horizontal_top(|ui| {
            if let Some(texture) = png_texture(ui.ctx(), name, png) {
                let size = texture.size_vec2() * (220.0 / texture.size_vec2().x);
                let picture = ui.add(egui::Image::new(&texture).fit_to_exact_size(size));
                let label = text::HELP_PICTURE.get(language);
                picture.widget_info(|| egui::WidgetInfo::labeled(egui::Role::Image, true, label));
            }
            ui.vertical(|ui| {
                ui.label(step.what_to_click.get(language));
                ui.add_space(4.0);
                ui.label(RichText::new(step.result.get(language)).weak());
            });
        });
    }
}

fn glossary_ui(ui: &mut Ui, language: Language) {
    ui.label(text::HELP_GLOSSARY_INTRO.get(language));
    for entry in GLOSSARY {
        ui.add_space(8.0);
        ui.label(RichText::new(entry.term.get(language)).strong());
        ui.label(entry.meaning.get(language));
        ui.label(RichText::new(format!("{} {}", text::HELP_EXAMPLE.get(language), entry.example.get(language))).weak());
    }
}

fn shortcuts_ui(ui: &mut Ui, language: Language) {
    let mac = ui.ctx().os() == egui::os::OperatingSystem::Mac;
    egui::Grid::new("help_shortcuts").striped(true).spacing([24.0, 4.0]).show(ui, |ui| {
        ui.label(RichText::new(text::HELP_SHORTCUT_ACTION.get(language)).strong());
        ui.label(RichText::new(text::HELP_SHORTCUT_KEYS.get(language)).strong());
        ui.end_row();
        for (action, keys) in shortcut_rows(language, mac) {
            ui.label(action);
            ui.label(RichText::new(keys).monospace());
            ui.end_row();
        }
    });
    ui.add_space(10.0);
    ui.label(RichText::new(text::HELP_MOUSE_TITLE.get(language)).strong());
    egui::Grid::new("help_mouse").striped(true).spacing([24.0, 4.0]).show(ui, |ui| {
        for (action, how) in text::HELP_MOUSE {
            ui.label(action.get(language));
            ui.label(how.get(language));
            ui.end_row();
        }
    });
}
