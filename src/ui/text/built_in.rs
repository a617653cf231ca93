//! Edit boxes that show a built-in text in English (the name or description of a variable or the crisis of the
//! built-in model, kept in Dutch in the project file).

use super::{Txt, texts};

texts! {
    HINT_BUILT_IN_TEXT = "Ingebouwde tekst van het model, hier in het Engels. Het projectbestand houdt de Nederlandse tekst. Als u de tekst verandert, bewaart het programma uw eigen tekst, precies zoals u hem typt; die ziet u dan in beide talen.", "Built-in text of the model, shown in English. The project file keeps the Dutch text. If you change the text, your own text is saved exactly as you type it, and shown in both languages.";
}
