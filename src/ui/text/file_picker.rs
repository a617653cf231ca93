//! Strings of the in-app file window (used when no native file dialog can be shown).

use super::{Txt, texts};
use crate::text::Language;
use std::path::Path;

texts! {
    PICKER_OPEN_TITLE = "Project openen", "Open project";
    PICKER_SAVE_TITLE = "Project opslaan als", "Save project as";
    PICKER_EXPORT_TITLE = "Exporteren naar", "Export to";
    PICKER_COMPARE_TITLE = "Vergelijken met", "Compare with";
    PICKER_BASE_TITLE = "Gemeenschappelijke basisversie kiezen", "Choose the common base version";
    PICKER_UP = "Omhoog", "Up";
    PICKER_FOLDER = "Map:", "Folder:";
    PICKER_NAME = "Bestandsnaam", "File name";
    PICKER_RECENT = "Recente mappen", "Recent folders";
    PICKER_EMPTY = "(geen mappen of passende bestanden in deze map)", "(no folders or matching files in this folder)";
    PICKER_OPEN = "Openen", "Open";
    PICKER_SAVE = "Opslaan", "Save";
    PICKER_CANCEL = "Annuleren", "Cancel";
    PICKER_OVERWRITE = "Overschrijven", "Overwrite";
    PICKER_NO_NAME = "Typ eerst een bestandsnaam.", "Type a file name first.";
    PICKER_NOT_FOUND = "Bestand niet gevonden", "File not found";
    PICKER_CHOOSE_FILE = "Kies eerst een bestand in de lijst.", "Choose a file in the list first.";
    PICKER_WHY = "Geen bestandsvenster van het systeem (portaal, zenity of kdialog); het eigen bestandsvenster wordt gebruikt.", "No system file dialog (portal, zenity or kdialog); the built-in file window is used.";
    SETTING_OWN_DIALOG = "Altijd het eigen bestandsvenster gebruiken", "Always use the built-in file window";
    PICKER_NATIVE_FAILED = "Het bestandsvenster van het systeem kon niet worden geopend; het eigen bestandsvenster wordt gebruikt.", "The system file dialog could not be opened; the built-in file window is used.";
    LOAD_DETAILS = "Technische details", "Technical details";
}

/// "The folder cannot be read" with the folder and the system's reason.
pub fn folder_unreadable(language: Language, folder: &Path, reason: &str) -> String {
    match language {
        Language::Nl => format!("De map {} kan niet worden gelezen: {reason}", folder.display()),
        Language::En => format!("The folder {} cannot be read: {reason}", folder.display()),
    }
}

/// "The file exists: overwrite?"
pub fn file_exists(language: Language, path: &Path) -> String {
    match language {
        Language::Nl => format!("{} bestaat al. Overschrijven?", path.display()),
        Language::En => format!("{} already exists. Overwrite?", path.display()),
    }
}
