//! Step 2 of a canvas frame: the variable boxes, the link handle and a link being drawn turn the input into view
//! state (selection, drag, link drawing) and commands. The background is in [`super::background`].

use eframe::egui;

use super::geometry::{self, SceneGeometry};
use super::hit_test;
use super::input::CanvasInput;
use super::interaction::CanvasInteraction;
use crate::edit::Edit;
use crate::model::{Polarity, Project, Variable};
use crate::text::Language;
use crate::text::model_names::variable_name;
use crate::ui::command::AppCommand;
use crate::ui::text;
use crate::ui::view_state::{Selection, ViewState};
use egui::{PointerButton, Pos2, Rect, Response, Role, Sense, Ui, Vec2, WidgetInfo};

/// Everything one frame's interaction steps read.
pub struct Frame<'a> {
    pub project: &'a Project,
    pub scene: &'a SceneGeometry,
    pub input: CanvasInput,
    pub rect: Rect,
    pub language: Language,
}

/// What the interaction steps found, for painting.
#[derive(Clone, Copy, Debug, Default)]
pub struct Overlay {
    pub hovered_node: Option<usize>,
    pub hovered_link: Option<usize>,
    /// The link handle: centre, radius, active (hovered or dragged).
    pub handle: Option<(Pos2, f32, bool)>,
    /// The link being drawn, from the cause's centre to the pointer.
    pub preview_line: Option<(Pos2, Pos2)>,
    pub band: Option<Rect>,
}

fn polarity(input: &CanvasInput) -> Polarity {
    if input.modifiers.alt { Polarity::Negative } else { Polarity::Positive }
}

/// One widget per visible variable: click, drag, context menu, accessibility. Returns the hovered box.
pub fn node_widgets(ui: &Ui, frame: &Frame<'_>, view: &mut ViewState, commands: &mut Vec<AppCommand>) -> Option<usize> {
    let mut hovered_node = None;
    for (gi, node) in frame.scene.nodes.iter().enumerate() {
        if !node.visible {
            continue;
        }
        let variable = &frame.project.variables[node.index];
        let Some(hit) = Some(node.rect.intersect(frame.rect)).filter(egui::Rect::is_positive) else { continue };
        let response = ui.interact(hit, ui.scope_id().with(("variable", &variable.id)), Sense::click_and_drag());
        let selected = view.selection.variables.contains(&variable.id);
        let name = variable_name(&variable.id, &variable.name, frame.language);
        response.widget_info(|| WidgetInfo::selected(Role::Button, true, selected, name));
        if response.hovered() {
            hovered_node = Some(gi);
        }
        if let CanvasInteraction::LinkingByClick { from } = &view.interaction {
            if response.clicked() {
                commands.push(AppCommand::AddLink {
                    from: from.clone(),
                    to: variable.id.clone(),
                    polarity: polarity(&frame.input),
                });
                view.interaction = CanvasInteraction::Idle;
            }
            continue;
        }
        node_clicks(&response, variable, frame, view, commands);
        node_drag(&response, variable, frame, view, commands);
        node_context_menu(&response, variable, frame.language, view, commands);
    }
    hovered_node
}

fn node_clicks(
    response: &Response,
    variable: &Variable,
    frame: &Frame<'_>,
    view: &mut ViewState,
    commands: &mut Vec<AppCommand>,
) {
    let modifiers = frame.input.modifiers;
    if response.double_clicked() {
        commands.push(AppCommand::StartRename(variable.id.clone()));
    } else if response.clicked() {
        if modifiers.shift || modifiers.command {
            if !view.selection.variables.remove(&variable.id) {
                view.selection.variables.insert(variable.id.clone());
            }
        } else {
            view.selection = Selection::only_variable(variable.id.clone());
        }
    }
    if response.secondary_clicked() && !view.selection.variables.contains(&variable.id) {
        view.selection = Selection::only_variable(variable.id.clone());
    }
}

/// Dragging a box moves the whole selection; the move becomes one edit when the drag ends.
fn node_drag(
    response: &Response,
    variable: &Variable,
    frame: &Frame<'_>,
    view: &mut ViewState,
    commands: &mut Vec<AppCommand>,
) {
    if response.drag_started_by(PointerButton::Primary) {
        if !view.selection.variables.contains(&variable.id) {
            if frame.input.modifiers.shift {
                view.selection.variables.insert(variable.id.clone());
            } else {
                view.selection = Selection::only_variable(variable.id.clone());
            }
        }
        view.interaction = CanvasInteraction::MovingSelection { offset: Vec2::ZERO };
    }
    let zoom = view.transform.zoom;
    if response.dragged_by(PointerButton::Primary)
        && let CanvasInteraction::MovingSelection { offset } = &mut view.interaction
    {
        *offset += response.drag_delta() / zoom;
    }
    if response.drag_stopped()
        && let CanvasInteraction::MovingSelection { offset } = view.interaction
    {
        view.interaction = CanvasInteraction::Idle;
        if offset.length() > 0.5 {
            let project = frame.project;
            let moves = view
                .selection
                .variables
                .iter()
                .filter_map(|id| project.variables.iter().position(|v| &v.id == id).map(|i| (id, i)))
                .map(|(id, i)| (id.clone(), geometry::snap(geometry::canvas_position(project, i) + offset)))
                .collect();
            commands.push(AppCommand::Edit(Edit::MoveVariables { moves }));
        }
    }
}

fn node_context_menu(
    response: &Response,
    variable: &Variable,
    language: Language,
    view: &mut ViewState,
    commands: &mut Vec<AppCommand>,
) {
    response.context_menu(|ui| {
        if ui.button(text::CMD_RENAME.get(language)).clicked() {
            commands.push(AppCommand::StartRename(variable.id.clone()));
        }
        if ui.button(text::CMD_ADD_LINK.get(language)).clicked() {
            view.interaction = CanvasInteraction::LinkingByClick { from: variable.id.clone() };
        }
        if ui.button(text::CMD_DELETE.get(language)).clicked() {
            commands.push(AppCommand::DeleteSelection);
        }
    });
}

/// The link handle on the right edge of the variable under the pointer: dragging it starts a new link.
pub fn link_handle(ui: &Ui, frame: &Frame<'_>, view: &mut ViewState) -> Option<(Pos2, f32, bool)> {
    let scene = frame.scene;
    let zoom = view.transform.zoom;
    let gi = match &view.interaction {
        CanvasInteraction::Linking { from } => scene.node_by_id.get(from).copied(),
        _ => frame
            .input
            .pointer_in
            .and_then(|p| scene.nodes.iter().rposition(|n| n.visible && n.rect.expand(10.0).contains(p))),
    }?;
    if zoom < geometry::MIN_TEXT_ZOOM {
        return None;
    }
    let node = &scene.nodes[gi];
    let variable = &frame.project.variables[node.index];
    let centre = Pos2::new(node.rect.right(), node.rect.center().y);
    let radius = (7.0 * zoom).max(6.0);
    let handle_rect = Rect::from_center_size(centre, Vec2::splat(2.0 * radius + 4.0));
    let language = frame.language;
    let response = ui
        .interact(handle_rect, ui.scope_id().with(("link_handle", &variable.id)), Sense::drag())
        .on_hover_text(text::LINK_HANDLE.get(language));
    response.widget_info(|| {
        WidgetInfo::labeled(
            Role::Button,
            true,
            format!("{} – {}", text::LINK_HANDLE.get(language), variable_name(&variable.id, &variable.name, language)),
        )
    });
    if response.drag_started() {
        view.interaction = CanvasInteraction::Linking { from: variable.id.clone() };
    }
    Some((centre, radius, response.hovered() || response.dragged()))
}

/// A link being drawn follows the pointer and becomes an `AddLink` where the button is released over a variable.
/// Returns the preview line.
pub fn drawn_link(frame: &Frame<'_>, view: &mut ViewState, commands: &mut Vec<AppCommand>) -> Option<(Pos2, Pos2)> {
    let CanvasInteraction::Linking { from } = &view.interaction else { return None };
    let from = from.clone();
    let scene = frame.scene;
    let pointer = frame.input.pointer;
    let preview = match (scene.node_by_id.get(&from), pointer) {
        (Some(&a), Some(p)) => Some((scene.nodes[a].rect.center(), p)),
        _ => None,
    };
    if !frame.input.primary_down {
        view.interaction = CanvasInteraction::Idle;
        let target = pointer.and_then(|p| hit_test::node_at(scene, p));
        if let Some(to) = target.map(|t| &frame.project.variables[scene.nodes[t].index].id)
            && to != &from
        {
            commands.push(AppCommand::AddLink { from, to: to.clone(), polarity: polarity(&frame.input) });
        }
    }
    preview
}
