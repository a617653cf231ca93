//! The model canvas: pan/zoom, variables as boxes, links as curved arrows, selection, dragging, linking.

use eframe::egui;

pub mod geometry;
pub mod hit_test;
pub mod interaction;
pub mod paint;
pub mod view_transform;

use crate::edit::Edit;
use crate::model::{LinkId, Polarity, Project, VariableId};
use crate::text::Language;
use crate::ui::command::AppCommand;
use crate::ui::text;
use crate::ui::theme;
use crate::ui::view_state::{InlineRename, Selection, ViewState};
use egui::{
    Align2, Color32, FontId, Key, PointerButton, Pos2, Rect, Role, Sense, Stroke, StrokeKind, Ui, Vec2, WidgetInfo,
};
use interaction::{CanvasInteraction, ContextTarget};
use std::collections::BTreeSet;

/// Shows the canvas in all of `ui`'s remaining space. Changes to the project are pushed to `commands`.
#[expect(clippy::too_many_lines, reason = "split into input, state and paint in issue 10")]
pub fn canvas_ui(
    ui: &mut Ui,
    project: &Project,
    view: &mut ViewState,
    language: Language,
    commands: &mut Vec<AppCommand>,
) {
    let (rect, bg) = ui.allocate_exact_size(ui.available_size(), Sense::click_and_drag());
    bg.widget_info(|| WidgetInfo::labeled(Role::Canvas, true, text::CANVAS_LABEL.get(language)));
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
            view.transform.fit(bounds, rect);
        }
    }
    if let Some(id) = view.focus_variable.take()
        && let Some(index) = project.variables.iter().position(|v| v.id == id)
    {
        view.transform.centre_on(geometry::canvas_position(project, index), rect);
        view.auto_fit = false;
    }

    let (pointer, zoom_delta, scroll, modifiers, space_down) = ui.input(|i| {
        (i.pointer.latest_pos(), i.zoom_delta(), i.smooth_scroll_delta, i.modifiers, i.key_down(Key::Space))
    });
    let typing = ui.ctx().egui_wants_keyboard_input();
    let pointer_in = pointer.filter(|p| rect.contains(*p) && ui.ui_contains_pointer());
    if let Some(p) = pointer_in.filter(|_| !view.input_blocked) {
        let factor = zoom_delta * (scroll.y * 0.0015).exp();
        if (factor - 1.0).abs() > 1e-4 {
            view.transform.zoom_around(p, factor);
            view.auto_fit = false;
        }
        if scroll.x.abs() > 0.0 {
            view.transform.pan.x += scroll.x;
            view.auto_fit = false;
        }
    }

    let moving: BTreeSet<VariableId> = if matches!(view.interaction, CanvasInteraction::MovingSelection { .. }) {
        view.selection.variables.clone()
    } else {
        BTreeSet::new()
    };
    let painter = ui.painter_at(rect);
    let scene = geometry::build(project, &view.transform, rect, &moving, view.interaction.move_offset(), &mut |job| {
        painter.layout_job(job)
    });
    let zoom = view.transform.zoom;

    // ---- variables: one widget each (click, drag, context menu, accessibility) ----
    let mut hovered_node = None;
    for (gi, node) in scene.nodes.iter().enumerate() {
        if !node.visible {
            continue;
        }
        let variable = &project.variables[node.index];
        let Some(hit) = Some(node.rect.intersect(rect)).filter(egui::Rect::is_positive) else { continue };
        let response = ui.interact(hit, ui.scope_id().with(("variable", &variable.id)), Sense::click_and_drag());
        let selected = view.selection.variables.contains(&variable.id);
        response.widget_info(|| WidgetInfo::selected(Role::Button, true, selected, &variable.name));
        if response.hovered() {
            hovered_node = Some(gi);
        }
        if let CanvasInteraction::LinkingByClick { from } = &view.interaction {
            if response.clicked() {
                commands.push(AppCommand::AddLink {
                    from: from.clone(),
                    to: variable.id.clone(),
                    polarity: if modifiers.alt { Polarity::Negative } else { Polarity::Positive },
                });
                view.interaction = CanvasInteraction::Idle;
            }
            continue;
        }
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
        if response.drag_started_by(PointerButton::Primary) {
            if !selected {
                if modifiers.shift {
                    view.selection.variables.insert(variable.id.clone());
                } else {
                    view.selection = Selection::only_variable(variable.id.clone());
                }
            }
            view.interaction = CanvasInteraction::MovingSelection { offset: Vec2::ZERO };
        }
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
        if response.secondary_clicked() && !selected {
            view.selection = Selection::only_variable(variable.id.clone());
        }
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

    // ---- the link handle on the right edge of the variable under the pointer ----
    let handle_node = match &view.interaction {
        CanvasInteraction::Linking { from } => scene.node_by_id.get(from).copied(),
        _ => pointer_in.and_then(|p| scene.nodes.iter().rposition(|n| n.visible && n.rect.expand(10.0).contains(p))),
    };
    let mut handle_pos = None;
    if let Some(gi) = handle_node
        && zoom >= geometry::MIN_TEXT_ZOOM
    {
        let node = &scene.nodes[gi];
        let variable = &project.variables[node.index];
        let centre = Pos2::new(node.rect.right(), node.rect.center().y);
        let radius = (7.0 * zoom).max(6.0);
        let handle_rect = Rect::from_center_size(centre, Vec2::splat(2.0 * radius + 4.0));
        let response = ui
            .interact(handle_rect, ui.scope_id().with(("link_handle", &variable.id)), Sense::drag())
            .on_hover_text(text::LINK_HANDLE.get(language));
        response.widget_info(|| {
            WidgetInfo::labeled(Role::Button, true, format!("{} – {}", text::LINK_HANDLE.get(language), variable.name))
        });
        if response.drag_started() {
            view.interaction = CanvasInteraction::Linking { from: variable.id.clone() };
        }
        handle_pos = Some((centre, radius, response.hovered() || response.dragged()));
    }
    let mut preview_line = None;
    if let CanvasInteraction::Linking { from } = &view.interaction {
        let from = from.clone();
        let primary_down = ui.input(|i| i.pointer.primary_down());
        if let (Some(&a), Some(p)) = (scene.node_by_id.get(&from), pointer) {
            preview_line = Some((scene.nodes[a].rect.center(), p));
        }
        if !primary_down {
            view.interaction = CanvasInteraction::Idle;
            let target = pointer.and_then(|p| hit_test::node_at(&scene, p));
            match target.map(|t| &project.variables[scene.nodes[t].index].id) {
                Some(to) if to != &from => commands.push(AppCommand::AddLink {
                    from,
                    to: to.clone(),
                    polarity: if modifiers.alt { Polarity::Negative } else { Polarity::Positive },
                }),
                _ => {}
            }
        }
    }

    // ---- the background: selection, rubber band, pan, new variable, link clicks ----
    let link_under =
        |p: Pos2| hit_test::link_at(&scene, p, 6.0).map(|i| project.links[scene.links[i].index].id.clone());
    let hovered_link = if hovered_node.is_none() && bg.hovered() {
        pointer_in.and_then(|p| hit_test::link_at(&scene, p, 6.0))
    } else {
        None
    };
    if bg.double_clicked() {
        if let Some(p) = bg.interact_pointer_pos() {
            let c = view.transform.canvas_from_screen(p);
            commands.push(AppCommand::AddVariableAt(geometry::snap(c)));
        }
    } else if bg.clicked() {
        let on_link = bg.interact_pointer_pos().and_then(link_under);
        if matches!(view.interaction, CanvasInteraction::LinkingByClick { .. }) {
            view.interaction = CanvasInteraction::Idle;
        } else if let Some(link) = on_link {
            if modifiers.shift {
                if !view.selection.links.remove(&link) {
                    view.selection.links.insert(link);
                }
            } else {
                view.selection = Selection::only_link(link);
            }
        } else if !modifiers.shift {
            view.selection.clear();
        }
    }
    if bg.drag_started() {
        let middle = ui.input(|i| i.pointer.button_down(PointerButton::Middle));
        if middle || (space_down && !typing) {
            view.interaction = CanvasInteraction::Panning;
        } else if bg.dragged_by(PointerButton::Primary) || ui.input(|i| i.pointer.primary_down()) {
            let start = ui.input(|i| i.pointer.press_origin()).unwrap_or(rect.center());
            view.interaction = CanvasInteraction::RubberBand { start, additive: modifiers.shift };
        }
    }
    if bg.dragged() && view.interaction == CanvasInteraction::Panning {
        view.transform.pan += bg.drag_delta();
        view.auto_fit = false;
    }
    let mut band = None;
    if let CanvasInteraction::RubberBand { start, additive } = view.interaction
        && let Some(p) = pointer
    {
        let band_rect = Rect::from_two_pos(start, p);
        band = Some(band_rect);
        if bg.drag_stopped() {
            if !additive {
                view.selection.clear();
            }
            for i in hit_test::nodes_in_rect(&scene, band_rect) {
                view.selection.variables.insert(project.variables[scene.nodes[i].index].id.clone());
            }
            view.interaction = CanvasInteraction::Idle;
        }
    }
    if bg.drag_stopped() && view.interaction == CanvasInteraction::Panning {
        view.interaction = CanvasInteraction::Idle;
    }
    if bg.secondary_clicked()
        && let Some(p) = bg.interact_pointer_pos()
    {
        view.context_target = Some(match link_under(p) {
            Some(link) => {
                view.selection = Selection::only_link(link.clone());
                ContextTarget::Link(link)
            }
            None => ContextTarget::Canvas(view.transform.canvas_from_screen(p)),
        });
    }
    let target = view.context_target.clone();
    bg.context_menu(|ui| match &target {
        Some(ContextTarget::Link(link)) => {
            if ui.button(text::CMD_FLIP_POLARITY.get(language)).clicked() {
                commands.push(AppCommand::FlipPolarity(link.clone()));
            }
            if ui.button(text::CMD_DELETE.get(language)).clicked() {
                commands.push(AppCommand::DeleteSelection);
            }
        }
        Some(ContextTarget::Canvas(c)) => {
            if ui.button(text::CMD_NEW_VARIABLE.get(language)).clicked() {
                commands.push(AppCommand::AddVariableAt(geometry::snap(*c)));
            }
            if ui.button(text::CMD_FIT.get(language)).clicked() {
                commands.push(AppCommand::FitView);
            }
            if ui.button(text::CMD_AUTO_LAYOUT.get(language)).clicked() {
                commands.push(AppCommand::AutoLayout);
            }
        }
        None => {
            ui.close();
        }
    });

    // ---- painting ----
    painter.rect_filled(rect, 0.0, theme::CANVAS_BACKGROUND);
    let loop_links: Option<BTreeSet<LinkId>> = view.highlighted_loop.as_ref().map(|l| l.iter().cloned().collect());
    let loop_variables: Option<BTreeSet<VariableId>> = loop_links.as_ref().map(|set| {
        project.links.iter().filter(|l| set.contains(&l.id)).flat_map(|l| [l.from.clone(), l.to.clone()]).collect()
    });
    let intervention_counts: std::collections::BTreeMap<VariableId, usize> =
        crate::plan::interventions_per_variable(project).into_iter().map(|(id, list)| (id, list.len())).collect();
    let paint_ctx = paint::PaintContext {
        selection: &view.selection,
        hovered_node,
        hovered_link,
        loop_variables: loop_variables.as_ref(),
        loop_links: loop_links.as_ref(),
        zoom,
        intervention_counts: &intervention_counts,
    };
    paint::paint_links(&painter, project, &scene, &paint_ctx);
    paint::paint_nodes(&painter, project, &scene, &paint_ctx);
    if let Some((a, b)) = preview_line {
        painter.line_segment([a, b], Stroke::new(2.5, theme::HANDLE));
        painter.circle_filled(b, 4.0, theme::HANDLE);
    }
    if let Some((centre, radius, active)) = handle_pos {
        let fill = if active { theme::SELECTION } else { Color32::WHITE };
        painter.circle(centre, radius, fill, Stroke::new(2.0, theme::HANDLE));
        painter.text(centre, Align2::CENTER_CENTER, "→", FontId::proportional(radius * 1.4), theme::HANDLE);
    }
    if let Some(b) = band {
        painter.rect(b, 2.0, theme::RUBBER_BAND_FILL, Stroke::new(1.0, theme::RUBBER_BAND_STROKE), StrokeKind::Inside);
    }
    let hint = if project.variables.is_empty() { text::HELP_CANVAS.get(language) } else { "" };
    if !hint.is_empty() {
        let galley = painter.layout(hint.to_owned(), FontId::proportional(16.0), Color32::DARK_GRAY, 420.0);
        painter.galley(rect.center() - galley.size() / 2.0, galley, Color32::DARK_GRAY);
    }
    if let CanvasInteraction::LinkingByClick { .. } = view.interaction {
        painter.text(
            rect.left_top() + Vec2::new(12.0, 10.0),
            Align2::LEFT_TOP,
            text::SELECT_TO.get(language),
            FontId::proportional(15.0),
            theme::HANDLE,
        );
        if ui.input(|i| i.key_pressed(Key::Escape)) {
            view.interaction = CanvasInteraction::Idle;
        }
    }

    // ---- the name field of a variable being renamed ----
    inline_rename_ui(ui, project, view, &scene, language, commands);
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
        let cancelled = ui.input(|i| i.key_pressed(Key::Escape));
        let name = rename.text.trim().to_owned();
        let variable = rename.variable.clone();
        view.rename = None;
        let unchanged = project.variable(&variable).is_none_or(|v| v.name == name);
        if !cancelled && !name.is_empty() && !unchanged {
            commands.push(AppCommand::RenameVariable { variable, name });
        }
    }
}

/// Starts typing the name of `variable` in the canvas.
pub fn start_rename(view: &mut ViewState, project: &Project, variable: &VariableId) {
    if let Some(v) = project.variable(variable) {
        view.rename = Some(InlineRename { variable: variable.clone(), text: v.name.clone(), focus_requested: false });
    }
}
