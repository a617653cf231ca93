//! A fast reader for the common case: a project file as the program writes it (any whitespace and `//` comments,
//! every field known).
//!
//! It is a serde `Deserializer` for a strict subset of RON, so the model's own `Deserialize` code (field names,
//! defaults, variants) is used unchanged. Whatever it accepts, `ron` accepts too, with the same value: whitespace
//! only where `ron` skips it (and only spaces, tabs, line breaks and `//` comments), plain `"…"` strings with the
//! escapes `char::escape_debug` writes, decimal numbers converted by the same `from_str` as `ron` uses, and nothing
//! else. On anything outside the subset (a block comment, a raw string, a struct name, `NaN`, a syntax or type
//! error, and also an unknown field name) it gives up with `None`, and the caller reads the text with `ron` as
//! before, which finds every problem with its line and column.
//!
//! Because an unknown field name makes it give up, a project it returns has no field name the model does not know:
//! the separate scan for unknown field names (`unknown_fields`) would find nothing, and is skipped.

use serde::de::{self, DeserializeOwned, DeserializeSeed, MapAccess, SeqAccess, Visitor};
use std::fmt;

/// The value of `text` when it is within the subset (see the module documentation); `None` otherwise.
pub(crate) fn from_str<T: DeserializeOwned>(text: &str) -> Option<T> {
    let mut reader = Reader { text, bytes: text.as_bytes(), pos: 0 };
    reader.ws();
    let value = T::deserialize(&mut reader).ok()?;
    reader.ws();
    (reader.pos == reader.bytes.len()).then_some(value)
}

/// Outside the subset (or an error): read with `ron` instead.
#[derive(Debug)]
pub(crate) struct GiveUp;

impl fmt::Display for GiveUp {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str("not in the fast subset")
    }
}

impl std::error::Error for GiveUp {}

impl de::Error for GiveUp {
    fn custom<M: fmt::Display>(_: M) -> Self {
        Self
    }
}

type Result<T> = std::result::Result<T, GiveUp>;

struct Reader<'de> {
    text: &'de str,
    bytes: &'de [u8],
    pos: usize,
}

/// Letters, digits and `_`: the bytes of an ASCII identifier.
const IDENT: [bool; 256] = {
    let mut table = [false; 256];
    let mut b = 0;
    while b < 256 {
        table[b] = (b as u8).is_ascii_alphanumeric() || b == b'_' as usize;
        b += 1;
    }
    table
};

/// Bytes that may follow a number or an identifier: whitespace or punctuation that `ron` reads as a new token.
fn ends_token(b: Option<&u8>) -> bool {
    matches!(b, None | Some(b' ' | b'\t' | b'\n' | b'\r' | b',' | b':' | b'(' | b')' | b'[' | b']' | b'{' | b'}'))
}

impl<'de> Reader<'de> {
    /// Whitespace and `//` line comments (a `/* */` block comment gives up at the token that follows).
    fn ws(&mut self) {
        loop {
            match self.bytes.get(self.pos) {
                Some(b' ' | b'\t' | b'\r') => self.pos += 1,
                Some(b'\n') => {
                    self.pos += 1;
                    // Indentation: eight and four spaces at a time.
                    while self.next_are::<8>(*b"        ") {
                        self.pos += 8;
                    }
                    if self.next_are::<4>(*b"    ") {
                        self.pos += 4;
                    }
                }
                Some(b'/') if self.bytes.get(self.pos + 1) == Some(&b'/') => {
                    self.pos +=
                        self.bytes[self.pos..].iter().position(|&b| b == b'\n').unwrap_or(self.bytes.len() - self.pos);
                }
                _ => return,
            }
        }
    }

    /// Whether the next `N` bytes are `expected`.
    fn next_are<const N: usize>(&self, expected: [u8; N]) -> bool {
        self.bytes.get(self.pos..self.pos + N).and_then(|next| <[u8; N]>::try_from(next).ok()) == Some(expected)
    }

    fn peek(&self) -> Option<u8> {
        self.bytes.get(self.pos).copied()
    }

    fn eat(&mut self, b: u8) -> bool {
        let found = self.peek() == Some(b);
        if found {
            self.pos += 1;
        }
        found
    }

    fn expect(&mut self, b: u8) -> Result<()> {
        if self.eat(b) { Ok(()) } else { Err(GiveUp) }
    }

    /// `ron`'s `comma()`: whitespace, an optional comma, whitespace; whether there was a comma.
    fn comma(&mut self) -> bool {
        self.ws();
        let had = self.eat(b',');
        self.ws();
        had
    }

    /// An ASCII identifier (`ron` also allows other letters and raw identifiers: those give up).
    fn ident(&mut self) -> Result<&'de str> {
        let start = self.pos;
        if !self.peek().is_some_and(|b| b.is_ascii_alphabetic() || b == b'_') {
            return Err(GiveUp);
        }
        self.pos += 1 + self.bytes[self.pos + 1..].iter().take_while(|&&b| IDENT[usize::from(b)]).count();
        if !ends_token(self.bytes.get(self.pos)) {
            return Err(GiveUp);
        }
        Ok(&self.text[start..self.pos])
    }

    /// The bytes of a number token: the run of characters `ron` reads as one (`_` gives up) that ends a token.
    fn number_token(&mut self, chars: fn(u8) -> bool) -> Result<&'de str> {
        let start = self.pos;
        while self.peek().is_some_and(chars) {
            self.pos += 1;
        }
        if self.pos == start || !ends_token(self.bytes.get(self.pos)) {
            return Err(GiveUp);
        }
        Ok(&self.text[start..self.pos])
    }

    fn float<F: std::str::FromStr>(&mut self) -> Result<F> {
        let token = self.number_token(|b| b.is_ascii_digit() || matches!(b, b'e' | b'E' | b'.' | b'+' | b'-'))?;
        token.parse().map_err(|_| GiveUp)
    }

    /// A decimal integer without a sign (`-` only where `signed`) and without leading zeros.
    fn integer<I: std::str::FromStr>(&mut self, signed: bool) -> Result<I> {
        let negative = signed && self.eat(b'-');
        let digits = self.number_token(|b| b.is_ascii_digit())?;
        if digits.len() > 1 && digits.starts_with('0') {
            return Err(GiveUp);
        }
        let token = if negative { &self.text[self.pos - digits.len() - 1..self.pos] } else { digits };
        token.parse().map_err(|_| GiveUp)
    }

    /// A `"…"` string: borrowed when it has no escapes.
    fn string<V: Visitor<'de>>(&mut self, visitor: V) -> Result<V::Value> {
        self.expect(b'"')?;
        let start = self.pos;
        let Some(stop) = self.bytes[start..].iter().position(|&b| b == b'"' || b == b'\\') else {
            return Err(GiveUp);
        };
        self.pos = start + stop;
        if self.bytes[self.pos] == b'"' {
            self.pos += 1;
            return visitor.visit_borrowed_str(&self.text[start..self.pos - 1]);
        }
        let mut out = String::with_capacity(stop + 16);
        out.push_str(&self.text[start..self.pos]);
        loop {
            match self.peek() {
                Some(b'"') => {
                    self.pos += 1;
                    return visitor.visit_string(out);
                }
                Some(b'\\') => {
                    self.pos += 1;
                    out.push(self.escape()?);
                }
                Some(_) => {
                    let run = self.bytes[self.pos..].iter().position(|&b| b == b'"' || b == b'\\').ok_or(GiveUp)?;
                    out.push_str(&self.text[self.pos..self.pos + run]);
                    self.pos += run;
                }
                None => return Err(GiveUp),
            }
        }
    }

    /// The character of an escape after its `\`: the escapes `char::escape_debug` writes. `\x..` and a line
    /// continuation give up.
    fn escape(&mut self) -> Result<char> {
        let b = self.peek().ok_or(GiveUp)?;
        self.pos += 1;
        Ok(match b {
            b'\'' => '\'',
            b'"' => '"',
            b'\\' => '\\',
            b'n' => '\n',
            b'r' => '\r',
            b't' => '\t',
            b'0' => '\0',
            b'u' => {
                self.expect(b'{')?;
                let start = self.pos;
                while self.peek().is_some_and(|b| b.is_ascii_hexdigit()) && self.pos - start < 6 {
                    self.pos += 1;
                }
                let digits = &self.text[start..self.pos];
                self.expect(b'}')?;
                let code = u32::from_str_radix(digits, 16).map_err(|_| GiveUp)?;
                char::from_u32(code).ok_or(GiveUp)?
            }
            _ => return Err(GiveUp),
        })
    }
}

macro_rules! give_up {
    ($($name:ident)*) => {
        $(fn $name<V: Visitor<'de>>(self, _visitor: V) -> Result<V::Value> {
            Err(GiveUp)
        })*
    };
}

impl<'de> de::Deserializer<'de> for &mut Reader<'de> {
    type Error = GiveUp;

    give_up! {
        deserialize_any deserialize_i8 deserialize_i16 deserialize_i64 deserialize_u8 deserialize_u16 deserialize_char
        deserialize_bytes deserialize_byte_buf deserialize_unit deserialize_ignored_any
    }

    fn deserialize_bool<V: Visitor<'de>>(self, visitor: V) -> Result<V::Value> {
        match self.ident()? {
            "true" => visitor.visit_bool(true),
            "false" => visitor.visit_bool(false),
            _ => Err(GiveUp),
        }
    }

    fn deserialize_i32<V: Visitor<'de>>(self, visitor: V) -> Result<V::Value> {
        visitor.visit_i32(self.integer(true)?)
    }

    fn deserialize_u32<V: Visitor<'de>>(self, visitor: V) -> Result<V::Value> {
        visitor.visit_u32(self.integer(false)?)
    }

    fn deserialize_u64<V: Visitor<'de>>(self, visitor: V) -> Result<V::Value> {
        visitor.visit_u64(self.integer(false)?)
    }

    fn deserialize_f32<V: Visitor<'de>>(self, visitor: V) -> Result<V::Value> {
        visitor.visit_f32(self.float()?)
    }

    fn deserialize_f64<V: Visitor<'de>>(self, visitor: V) -> Result<V::Value> {
        visitor.visit_f64(self.float()?)
    }

    fn deserialize_str<V: Visitor<'de>>(self, visitor: V) -> Result<V::Value> {
        self.string(visitor)
    }

    fn deserialize_string<V: Visitor<'de>>(self, visitor: V) -> Result<V::Value> {
        self.string(visitor)
    }

    fn deserialize_option<V: Visitor<'de>>(self, visitor: V) -> Result<V::Value> {
        match self.ident()? {
            "None" => visitor.visit_none(),
            "Some" => {
                self.ws();
                self.expect(b'(')?;
                self.ws();
                let value = visitor.visit_some(&mut *self)?;
                self.comma();
                self.expect(b')')?;
                Ok(value)
            }
            _ => Err(GiveUp),
        }
    }

    fn deserialize_unit_struct<V: Visitor<'de>>(self, _name: &'static str, _visitor: V) -> Result<V::Value> {
        Err(GiveUp)
    }

    fn deserialize_newtype_struct<V: Visitor<'de>>(self, _name: &'static str, _visitor: V) -> Result<V::Value> {
        Err(GiveUp)
    }

    fn deserialize_seq<V: Visitor<'de>>(self, visitor: V) -> Result<V::Value> {
        self.expect(b'[')?;
        let value = visitor.visit_seq(Items { reader: &mut *self, close: b']', had_comma: true })?;
        self.ws();
        self.expect(b']')?;
        Ok(value)
    }

    fn deserialize_tuple<V: Visitor<'de>>(self, _len: usize, _visitor: V) -> Result<V::Value> {
        Err(GiveUp)
    }

    fn deserialize_tuple_struct<V: Visitor<'de>>(
        self,
        _name: &'static str,
        _len: usize,
        _visitor: V,
    ) -> Result<V::Value> {
        Err(GiveUp)
    }

    fn deserialize_map<V: Visitor<'de>>(self, visitor: V) -> Result<V::Value> {
        self.expect(b'{')?;
        let value = visitor.visit_map(Items { reader: &mut *self, close: b'}', had_comma: true })?;
        self.ws();
        self.expect(b'}')?;
        Ok(value)
    }

    fn deserialize_struct<V: Visitor<'de>>(
        self,
        _name: &'static str,
        _fields: &'static [&'static str],
        visitor: V,
    ) -> Result<V::Value> {
        // No struct name (`Variable(…)`): `ron` accepts it, this reader gives up.
        self.expect(b'(')?;
        let value = visitor.visit_map(Items { reader: &mut *self, close: b')', had_comma: true })?;
        self.ws();
        self.expect(b')')?;
        Ok(value)
    }

    fn deserialize_enum<V: Visitor<'de>>(
        self,
        _name: &'static str,
        _variants: &'static [&'static str],
        visitor: V,
    ) -> Result<V::Value> {
        visitor.visit_enum(self)
    }

    fn deserialize_identifier<V: Visitor<'de>>(self, visitor: V) -> Result<V::Value> {
        visitor.visit_borrowed_str(self.ident()?)
    }
}

/// The items of `[…]`, `{…}` or `(…)`, separated by commas, with an optional trailing comma (`ron`'s
/// `CommaSeparated`).
struct Items<'r, 'de> {
    reader: &'r mut Reader<'de>,
    close: u8,
    had_comma: bool,
}

impl Items<'_, '_> {
    fn has_item(&mut self) -> Result<bool> {
        self.reader.ws();
        let more = self.reader.peek() != Some(self.close);
        if more && !self.had_comma { Err(GiveUp) } else { Ok(more) }
    }
}

impl<'de> SeqAccess<'de> for Items<'_, 'de> {
    type Error = GiveUp;

    fn next_element_seed<T: DeserializeSeed<'de>>(&mut self, seed: T) -> Result<Option<T::Value>> {
        if !self.has_item()? {
            return Ok(None);
        }
        let value = seed.deserialize(&mut *self.reader)?;
        self.had_comma = self.reader.comma();
        Ok(Some(value))
    }
}

impl<'de> MapAccess<'de> for Items<'_, 'de> {
    type Error = GiveUp;

    fn next_key_seed<K: DeserializeSeed<'de>>(&mut self, seed: K) -> Result<Option<K::Value>> {
        if !self.has_item()? {
            return Ok(None);
        }
        seed.deserialize(&mut *self.reader).map(Some)
    }

    fn next_value_seed<V: DeserializeSeed<'de>>(&mut self, seed: V) -> Result<V::Value> {
        self.reader.ws();
        self.reader.expect(b':')?;
        self.reader.ws();
        let value = seed.deserialize(&mut *self.reader)?;
        self.had_comma = self.reader.comma();
        Ok(value)
    }
}

impl<'de> de::EnumAccess<'de> for &mut Reader<'de> {
    type Error = GiveUp;
    type Variant = Self;

    fn variant_seed<V: DeserializeSeed<'de>>(self, seed: V) -> Result<(V::Value, Self)> {
        let value = seed.deserialize(&mut *self)?;
        Ok((value, self))
    }
}

impl<'de> de::VariantAccess<'de> for &mut Reader<'de> {
    type Error = GiveUp;

    fn unit_variant(self) -> Result<()> {
        Ok(())
    }

    fn newtype_variant_seed<T: DeserializeSeed<'de>>(self, seed: T) -> Result<T::Value> {
        self.ws();
        self.expect(b'(')?;
        self.ws();
        let value = seed.deserialize(&mut *self)?;
        self.comma();
        self.expect(b')')?;
        Ok(value)
    }

    fn tuple_variant<V: Visitor<'de>>(self, _len: usize, _visitor: V) -> Result<V::Value> {
        Err(GiveUp)
    }

    fn struct_variant<V: Visitor<'de>>(self, _fields: &'static [&'static str], _visitor: V) -> Result<V::Value> {
        Err(GiveUp)
    }
}
