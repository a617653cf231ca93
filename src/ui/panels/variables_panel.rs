//! The list of variables with a search field. Clicking a name selects the variable and centres it.

use eframe::egui;

use crate::model::{Position, Project};
use crate::text::Language;
use crate::text::model_names::variable_name;
use crate::ui::command::AppCommand;
use crate::ui::text;
use crate::ui::theme;
use crate::ui::view_state::{Selection, ViewState};
use egui::{Sense, Ui, Vec2};

pub fn variables_panel_ui(
    ui: &mut Ui,
    project: &Project,
    view: &mut ViewState,
    language: Language,
    commands: &mut Vec<AppCommand>,
) {
    ui.horizontal(|ui| {
        ui.heading(text::VARIABLES.get(language));
        ui.with_layout(egui::Layout::right_to_left(egui::Align::Center), |ui| {
            let add = ui.button("+").on_hover_text(text::CMD_NEW_VARIABLE.get(language));
            add.widget_info(|| {
                egui::WidgetInfo::labeled(egui::Role::Button, true, text::CMD_NEW_VARIABLE.get(language))
            });
            if add.clicked() {
                let centre =
                    view.last_canvas_rect.map_or(egui::Pos2::ZERO, |r| view.transform.canvas_from_screen(r.center()));
                commands.push(AppCommand::AddVariableAt(Position::new(centre.x.round(), centre.y.round())));
            }
        });
    });
    let search = ui.add(
        egui::TextEdit::singleline(&mut view.variable_search)
            .hint_text(text::SEARCH.get(language))
            .desired_width(f32::INFINITY),
    );
    search.on_hover_text(text::SEARCH_HINT.get(language));
    let needle = view.variable_search.trim().to_lowercase();
    let shown = |i: usize| {
        let v = &project.variables[i];
        variable_name(&v.id, &v.name, language)
    };
    // A built-in variable is found under its shown name and under the name in the file.
    let found =
        |i: usize| [shown(i), project.variables[i].name.as_str()].iter().any(|n| n.to_lowercase().contains(&needle));
    let mut rows: Vec<usize> = (0..project.variables.len()).filter(|&i| needle.is_empty() || found(i)).collect();
    rows.sort_by_cached_key(|&i| shown(i).to_lowercase());
    if rows.is_empty() {
        ui.weak(text::NO_MATCH.get(language));
    }
    // Only the rows in view are laid out.
    let row_height = ui.spacing().interact_size.y.max(ui.text_style_height(&egui::TextStyle::Button) + 8.0);
    egui::ScrollArea::vertical().id_salt("variables_scroll").auto_shrink([false, true]).show_rows(
        ui,
        row_height,
        rows.len(),
        |ui, range| {
            for &i in &rows[range] {
                let variable = &project.variables[i];
                ui.horizontal(|ui| {
                    let (dot, _) = ui.allocate_exact_size(Vec2::splat(12.0), Sense::hover());
                    ui.painter().circle_filled(dot.center(), 5.5, theme::kind_colour(variable.kind));
                    let selected = view.selection.variables.contains(&variable.id);
                    let response =
                        ui.add(egui::Button::selectable(selected, shown(i)).truncate()).on_hover_text(shown(i));
                    if response.clicked() {
                        view.selection = Selection::only_variable(variable.id.clone());
                        view.focus_variable = Some(variable.id.clone());
                    }
                    if response.double_clicked() {
                        commands.push(AppCommand::StartRename(variable.id.clone()));
                    }
                });
            }
        },
    );
}
