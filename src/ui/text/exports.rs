//! Strings of Bestand → Exporteren beyond PDF and SVG.

use super::{Txt, texts};

texts! {
    CMD_EXPORT_DOCX = "Plan exporteren als Word-document…", "Export plan as Word document…";
    CMD_EXPORT_CSV = "Simulatie exporteren als CSV (Excel)…", "Export simulation as CSV (Excel)…";
    CMD_EXPORT_XMILE = "Model exporteren als XMILE…", "Export model as XMILE…";
    DOCX_FILTER = "Word-document", "Word document";
    CSV_FILTER = "CSV-bestand", "CSV file";
    XMILE_FILTER = "XMILE-model", "XMILE model";
    CMD_EXPORT_PNG = "Diagram exporteren als PNG-afbeelding…", "Export diagram as PNG image…";
    PNG_FILTER = "PNG-afbeelding", "PNG image";
}
