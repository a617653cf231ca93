//! Chart helpers shared by the Simulatie and Plan views: tick labels in the language's number format, and a legend
//! drawn under the plot (never over the curves).

use crate::text::Language;
use crate::ui::fields::format_grouped_for_edit;
use eframe::egui::{self, Color32, RichText, Sense, Stroke, Ui, Vec2};
use egui_plot::GridMark;

/// A tick label: as many decimals as the grid step needs, the language's separators (`0,25`, `1.000`).
pub fn tick_label(mark: &GridMark, language: Language) -> String {
    let decimals = if mark.step_size >= 1.0 { 0 } else { (-mark.step_size.log10()).ceil().clamp(0.0, 6.0) as usize };
    format_grouped_for_edit(mark.value, decimals, language)
}

/// One entry of a legend under a chart.
#[derive(Clone, Debug)]
pub struct LegendEntry {
    pub name: String,
    pub colour: Color32,
    pub dashed: bool,
}

/// The legend under a chart: a short line in each series' colour and style, then its name; wraps to the width.
pub fn legend_below_ui(ui: &mut Ui, entries: &[LegendEntry]) {
    ui.horizontal_wrapped(|ui| {
        for entry in entries {
            let (rect, _) = ui.allocate_exact_size(Vec2::new(26.0, 12.0), Sense::hover());
            let (a, b) = (rect.left_center(), rect.right_center());
            let stroke = Stroke::new(2.0, entry.colour);
            if entry.dashed {
                ui.painter().extend(egui::Shape::dashed_line(&[a, b], stroke, 5.0, 3.0));
            } else {
                ui.painter().line_segment([a, b], stroke);
            }
            ui.label(RichText::new(&entry.name).small());
            ui.add_space(10.0);
        }
    });
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn ticks_follow_the_language() {
        let mark = |value, step_size| GridMark { value, step_size };
        assert_eq!(tick_label(&mark(0.25, 0.05), Language::Nl), "0,25");
        assert_eq!(tick_label(&mark(0.25, 0.05), Language::En), "0.25");
        assert_eq!(tick_label(&mark(1000.0, 100.0), Language::Nl), "1.000");
        assert_eq!(tick_label(&mark(1000.0, 100.0), Language::En), "1,000");
    }
}
