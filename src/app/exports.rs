//! Exports as background jobs: rendering and writing a report of a large plan must not freeze the window. The
//! result, good or bad, goes to the status bar when the job is done.

use super::planner_app::PlannerApp;
use crate::export::report::ReportOptions;
use crate::model::Project;
use crate::ui::command::ExportKind;
use crate::ui::fields::InvalidInput;
use crate::ui::job::{Job, JobContext, JobPoll};
use crate::ui::text;
use eframe::egui;
use std::path::{Path, PathBuf};

/// The exports under way.
#[derive(Default)]
pub(crate) struct Exports {
    pending: Vec<PendingExport>,
    /// The window was asked to close while exports were being written: it closes when they are done.
    pub(crate) close_when_done: bool,
}

impl Exports {
    pub(crate) fn is_empty(&self) -> bool {
        self.pending.is_empty()
    }
}

/// An export under way.
struct PendingExport {
    path: PathBuf,
    /// Done: what the user must be told about the written file (may be empty).
    job: Job<Result<Vec<String>, String>>,
    /// The file was chosen in the in-app file window, which opens again when writing fails.
    via_file_window: bool,
    /// Fields that held invalid text when the export started (named in the status: they are not in the file).
    invalid_inputs: Vec<InvalidInput>,
}

/// The export's bytes (the export functions of `crate::export`) and what the user must be told about them (e.g.
/// characters the PDF cannot print).
fn export_bytes(
    kind: ExportKind,
    project: &Project,
    options: &ReportOptions,
) -> Result<(Vec<u8>, Vec<String>), String> {
    match kind {
        ExportKind::PlanPdf => crate::export::report::plan_pdf(project, options)
            .map(|e| (e.bytes, e.missing.iter().map(ToString::to_string).collect()))
            .map_err(|e| e.to_string()),
        ExportKind::DiagramSvg => {
            let scene = crate::export::svg::causal_diagram_in(project, options.language);
            Ok((crate::export::diagram::to_svg(&scene).into_bytes(), Vec::new()))
        }
        ExportKind::DiagramPng => {
            let scene = crate::export::svg::causal_diagram_in(project, options.language);
            let width = crate::export::raster::DEFAULT_WIDTH;
            let notes = match crate::export::raster::diagram_readability(&scene, width) {
                Ok(()) => Vec::new(),
                Err(_) => vec![crate::text::picture_words::diagram_picture_unreadable_in_app(options.language)],
            };
            crate::export::raster::diagram_png(&scene, width).map(|p| (p.png, notes)).map_err(|e| e.to_string())
        }
        ExportKind::PlanDocx => {
            crate::export::report::plan_docx(project, options).map(|b| (b, Vec::new())).map_err(|e| e.to_string())
        }
        ExportKind::RunsCsv => {
            let csv = crate::export::run_csv::CsvOptions { ids: false, language: options.language };
            let opts = crate::sim::RunOptions::from(&project.settings);
            crate::export::run_csv::all_runs(project, None, &opts, &csv).map(|b| (b, Vec::new()))
        }
        ExportKind::ModelXmile => crate::export::xmile::try_project_to_xmile(project, &[], &project.settings)
            .map(|t| (t.into_bytes(), Vec::new()))
            .map_err(|e| e.to_string()),
    }
}

impl PlannerApp {
    /// Starts writing the export of the project as it is now to `path` (atomically).
    pub(crate) fn start_export(&mut self, ctx: &egui::Context, kind: ExportKind, path: &Path, via_file_window: bool) {
        let project = self.document.project.clone();
        let target = path.to_path_buf();
        let options = ReportOptions {
            date: Some(crate::export::report::report_date(crate::cli::report_time(), self.language())),
            language: self.language(),
            file_name: self.document.path.as_ref().and_then(|p| p.file_name()).map(|n| n.to_string_lossy().into()),
        };
        let language = options.language;
        let job = Job::start(ctx, "export", move |_: &JobContext| {
            Ok(export_bytes(kind, &project, &options).and_then(|(bytes, notes)| {
                crate::io::write_export_file(&target, &bytes)
                    .map(|()| notes)
                    .map_err(|e| crate::text::problems::save_error(&e, language))
            }))
        });
        self.set_status(text::JOB_EXPORT_BUSY.get(self.language()));
        let invalid_inputs = self.invalid_inputs.clone();
        self.exports.pending.push(PendingExport { path: path.to_path_buf(), job, via_file_window, invalid_inputs });
    }

    /// Takes the finished exports and says how they went.
    pub(crate) fn poll_exports(&mut self, ctx: &egui::Context) {
        let mut index = 0;
        while index < self.exports.pending.len() {
            let result = match self.exports.pending[index].job.poll(ctx) {
                JobPoll::Running => {
                    index += 1;
                    continue;
                }
                JobPoll::Done(result) => result,
                JobPoll::Failed(why) => Err(text::job_failed(self.language(), text::JOB_EXPORT, &why)),
                // Nothing cancels an export; should it ever be, the file was not written.
                JobPoll::Cancelled => Err(text::JOB_EXPORT_STOPPED.get(self.language()).to_owned()),
            };
            let done = self.exports.pending.remove(index);
            let written = self.export_finished(result, &done.path, &done.invalid_inputs);
            if done.via_file_window {
                self.file_window.written(written, &self.status.text);
            }
        }
        if self.exports.is_empty() && std::mem::take(&mut self.exports.close_when_done) {
            ctx.send_viewport_cmd(egui::ViewportCommand::Close);
        }
    }

    /// The status after an export; true when the file was written.
    fn export_finished(
        &mut self,
        result: Result<Vec<String>, String>,
        path: &Path,
        invalid_inputs: &[InvalidInput],
    ) -> bool {
        let language = self.language();
        match result {
            Ok(notes) if !notes.is_empty() => {
                self.set_error(format!("{} {}", text::exported(language, path), notes.join(" ")));
                true
            }
            Ok(_) if !invalid_inputs.is_empty() => {
                let message = format!(
                    "{} {}",
                    text::exported(language, path),
                    text::fields::written_except(language, invalid_inputs)
                );
                self.set_error(message);
                true
            }
            Ok(_) => {
                self.set_status(text::exported(language, path));
                true
            }
            Err(reason) => {
                self.set_error(text::export_failed(language, &reason));
                false
            }
        }
    }
}
