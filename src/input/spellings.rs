//! The values of the cells of `one of` and yes/no fields, remembered by their raw bytes while
//! one input is read: exports and batches repeat a few spellings (`Да`, `НЕТ`, ` ИТ `) in every
//! lead, and a look-up skips trimming, lowercasing and comparing them ignoring case. Only values
//! read well are remembered (a spelling that is not allowed is an error each time it appears),
//! and at most [`REMEMBERED_SPELLINGS`] a field, which bounds the memory of a column of free text
//! read as `one of`. CSV and JSON sources read through the same memory.

use crate::schema::{FieldKind, Schema};
use crate::value::Value;
use foldhash::HashMap;

/// How many distinct cells of one `one of` or yes/no field are remembered.
pub(crate) const REMEMBERED_SPELLINGS: usize = 1024;

/// For each field slot, the values of the cells seen so far (`None` for the fields of other
/// kinds, whose cells rarely repeat or are cheap to read).
#[derive(Clone, Debug, Default)]
pub(crate) struct Spellings {
    by_slot: Vec<Option<HashMap<Box<[u8]>, Value>>>,
}

impl Spellings {
    /// A memory for the fields of `schema`, empty.
    pub(crate) fn new(schema: &Schema) -> Spellings {
        let by_slot = schema
            .fields
            .iter()
            .map(|f| matches!(f.kind, FieldKind::OneOf(_) | FieldKind::YesNo).then(HashMap::default))
            .collect();
        Spellings { by_slot }
    }

    /// The value of the cell of field `slot` whose raw bytes are `raw`: remembered, or `read`
    /// (then remembered when it read well and the field's memory is not full).
    pub(crate) fn read<E>(
        &mut self,
        slot: usize,
        raw: &[u8],
        read: impl FnOnce() -> Result<Value, E>,
    ) -> Result<Value, E> {
        let Some(memory) = self.by_slot.get_mut(slot).and_then(Option::as_mut) else {
            return read();
        };
        if let Some(value) = memory.get(raw) {
            return Ok(value.clone());
        }
        let value = read()?;
        if memory.len() < REMEMBERED_SPELLINGS {
            memory.insert(raw.into(), value.clone());
        }
        Ok(value)
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::schema::{EnumValue, FieldSpec};

    fn schema() -> Schema {
        let fields = [
            ("industry", FieldKind::OneOf(vec![EnumValue { name: "it".into(), spellings: vec!["ИТ".into()] }])),
            ("dm", FieldKind::YesNo),
            ("budget", FieldKind::Money),
        ]
        .into_iter()
        .map(|(name, kind)| FieldSpec {
            name: name.into(),
            kind,
            columns: vec![name.into()],
            used: true,
            decimal_mark: None,
            unknown_when: Vec::new(),
        })
        .collect();
        Schema { fields, key: None }
    }

    #[test]
    fn a_spelling_read_well_is_read_once_and_others_each_time() {
        let mut spellings = Spellings::new(&schema());
        let mut reads = 0;
        for _ in 0..3 {
            let value = spellings.read(0, " ИТ ".as_bytes(), || {
                reads += 1;
                Ok::<_, ()>(Value::Enum(0))
            });
            assert_eq!(value, Ok(Value::Enum(0)));
        }
        assert_eq!(reads, 1);
        // An error is not remembered, nor a field of another kind.
        for slot in [1, 2] {
            let mut tries = 0;
            for _ in 0..2 {
                let _ = spellings.read(slot, b"x", || {
                    tries += 1;
                    if slot == 1 { Err(()) } else { Ok(Value::Number(1.0)) }
                });
            }
            assert_eq!(tries, 2, "slot {slot}");
        }
    }

    #[test]
    fn a_fields_memory_is_bounded() {
        let mut spellings = Spellings::new(&schema());
        for n in 0..REMEMBERED_SPELLINGS + 10 {
            let _ = spellings.read(0, n.to_string().as_bytes(), || Ok::<_, ()>(Value::Enum(0)));
        }
        let remembered = spellings.by_slot[0].as_ref().map_or(0, HashMap::len);
        assert_eq!(remembered, REMEMBERED_SPELLINGS);
    }
}
