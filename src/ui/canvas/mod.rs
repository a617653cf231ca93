//! The model canvas: pan/zoom, variables as boxes, links as curved arrows, selection, dragging, linking.
//!
//! One frame runs in three steps: [`input`] reads pointer and keys, [`state`] and [`background`] turn them into view
//! state and commands, [`paint`] draws the result. The [`legend`] and the inline name field go on top.

use eframe::egui;

pub mod background;
pub mod geometry;
pub mod hit_test;
pub mod input;
pub mod interaction;
pub mod legend;
pub mod paint;
pub mod state;
pub mod view_transform;

use crate::model::{LinkId, Project, VariableId};
use crate::text::Language;
use crate::text::model_names::{stored_variable_name, variable_name};
use crate::ui::command::AppCommand;
use crate::ui::text;
use crate::ui::view_state::{InlineRename, ViewState};
use egui::{FontId, Key, Rect, Role, Sense, Ui, Vec2, WidgetInfo};
use input::CanvasInput;
use interaction::CanvasInteraction;
use state::{Frame, Overlay};
use std::collections::{BTreeMap, BTreeSet};

/// Shows the canvas in all of `ui`'s remaining space. Changes to the project are pushed to `commands`.
/// `markers`: the plan interventions per variable (`plan::interventions_per_variable`, cached by the caller).
pub fn canvas_ui(
    ui: &mut Ui,
    project: &Project,
    markers: &BTreeMap<VariableId, Vec<crate::plan::InterventionMarker>>,
    view: &mut ViewState,
    language: Language,
    commands: &mut Vec<AppCommand>,
) {
    let (rect, bg) = ui.allocate_exact_size(ui.available_size(), Sense::click_and_drag());
    bg.widget_info(|| WidgetInfo::labeled(Role::Canvas, true, text::CANVAS_LABEL.get(language)));
    prepare_view(project, view, rect);

    // 1. input
    let input = CanvasInput::read(ui, rect);
    input.apply_wheel(view);
    let moving: BTreeSet<VariableId> = if matches!(view.interaction, CanvasInteraction::MovingSelection { .. }) {
        view.selection.variables.clone()
    } else {
        BTreeSet::new()
    };
    let painter = ui.painter_at(rect);
    let offset = view.interaction.move_offset();
    let scene =
        geometry::build(project, &view.transform, rect, &moving, offset, language, &mut |job| painter.layout_job(job));

    // 2. state
    let frame = Frame { project, scene: &scene, input, rect, language };
    let mut overlay = Overlay { hovered_node: state::node_widgets(ui, &frame, view, commands), ..Overlay::default() };
    overlay.handle = state::link_handle(ui, &frame, view);
    overlay.preview_line = state::drawn_link(&frame, view, commands);
    (overlay.hovered_link, overlay.band) = background::background(&bg, &frame, overlay.hovered_node, view, commands);
    let linking_by_click = matches!(view.interaction, CanvasInteraction::LinkingByClick { .. });
    if linking_by_click && input.escape {
        view.interaction = CanvasInteraction::Idle;
    }

    // 3. paint
    let loop_links: Option<BTreeSet<LinkId>> = view.highlighted_loop.as_ref().map(|l| l.iter().cloned().collect());
    let loop_variables: Option<BTreeSet<VariableId>> = loop_links.as_ref().map(|set| {
        project.links.iter().filter(|l| set.contains(&l.id)).flat_map(|l| [l.from.clone(), l.to.clone()]).collect()
    });
    let intervention_counts: BTreeMap<VariableId, usize> =
        markers.iter().map(|(id, list)| (id.clone(), list.len())).collect();
    let paint_ctx = paint::PaintContext {
        selection: &view.selection,
        hovered_node: overlay.hovered_node,
        hovered_link: overlay.hovered_link,
        loop_variables: loop_variables.as_ref(),
        loop_links: loop_links.as_ref(),
        zoom: view.transform.zoom,
        intervention_counts: &intervention_counts,
    };
    paint::paint_frame(&painter, rect, project, &scene, &paint_ctx, &overlay);
    paint::paint_hints(&painter, rect, project, linking_by_click, language);
    if !project.variables.is_empty() {
        legend::legend_ui(ui, rect, view, language);
    }
    inline_rename_ui(ui, project, view, &scene, language, commands);
}

/// Follows the canvas rectangle: fits the model when asked (or while auto-fit is on and the size changed) and
/// centres on a variable chosen elsewhere.
fn prepare_view(project: &Project, view: &mut ViewState, rect: Rect) {
    // While the user has not panned or zoomed since the last fit, the model keeps fitting the window.
    if view.auto_fit && view.last_canvas_rect.is_some_and(|r| r.size() != rect.size()) {
        view.fit_requested = true;
    }
    view.last_canvas_rect = Some(rect);
    view.transform.origin = rect.min;
    if view.fit_requested || view.refit_frames > 0 {
        if view.fit_requested {
            view.refit_frames = 3;
        }
        view.refit_frames = view.refit_frames.saturating_sub(1);
        view.fit_requested = false;
        view.auto_fit = true;
        if let Some(bounds) = geometry::canvas_bounds(project) {
            view.transform.fit(bounds, rect, geometry::READABLE_ZOOM);
        }
    }
    if let Some(id) = view.focus_variable.take()
        && let Some(index) = project.variables.iter().position(|v| v.id == id)
    {
        view.transform.centre_on(geometry::canvas_position(project, index), rect);
        view.auto_fit = false;
    }
}

fn inline_rename_ui(
    ui: &mut Ui,
    project: &Project,
    view: &mut ViewState,
    scene: &geometry::SceneGeometry,
    language: Language,
    commands: &mut Vec<AppCommand>,
) {
    let Some(rename) = view.rename.as_mut() else { return };
    let Some(&gi) = scene.node_by_id.get(&rename.variable) else {
        view.rename = None;
        return;
    };
    let rect = scene.nodes[gi].rect;
    let field_rect = Rect::from_center_size(rect.center(), Vec2::new(rect.width().max(160.0), 30.0));
    let edit = egui::TextEdit::singleline(&mut rename.text)
        .align(egui::Align2::CENTER_CENTER)
        .font(FontId::proportional(15.0));
    let response = ui.put(field_rect, edit);
    let response = response.on_hover_text(text::RENAME_FIELD.get(language));
    if !rename.focus_requested {
        response.request_focus();
        rename.focus_requested = true;
        // Select the whole name, so that typing replaces it.
        if let Some(mut state) = egui::TextEdit::load_state(ui.ctx(), response.id) {
            state.cursor.set_char_range(Some(egui::text::CCursorRange::select_all_str(&rename.text)));
            state.store(ui.ctx(), response.id);
        }
    }
    if response.lost_focus() {
        if ui.input(|i| i.key_pressed(Key::Escape)) {
            view.rename = None;
        } else {
            commands.extend(finish_rename(view, project));
        }
    }
}

/// Ends the inline rename (if any) and returns the command that applies the typed name, if it is a new, non-empty
/// name. Saving, exporting, opening and quitting call this first, so that a name still being typed in the canvas is
/// in what they act on.
pub fn finish_rename(view: &mut ViewState, project: &Project) -> Option<AppCommand> {
    let rename = view.rename.take()?;
    let name = stored_variable_name(&rename.variable, rename.text.trim(), rename.language).to_owned();
    let unchanged = project.variable(&rename.variable).is_none_or(|v| v.name == name);
    (!name.is_empty() && !unchanged).then_some(AppCommand::RenameVariable { variable: rename.variable, name })
}

/// Starts typing the name of `variable` in the canvas, from its name as shown in `language`.
pub fn start_rename(view: &mut ViewState, project: &Project, variable: &VariableId, language: Language) {
    if let Some(v) = project.variable(variable) {
        let text = variable_name(&v.id, &v.name, language).to_owned();
        view.rename = Some(InlineRename { variable: variable.clone(), text, focus_requested: false, language });
    }
}
