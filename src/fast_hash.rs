//! A fast hash for the few maps on the per-lead path (question signatures, repeated cell
//! spellings). Their keys come from the rules and the lead file, not from an adversary, so a
//! multiply-rotate hash without protection against chosen collisions is enough.

use std::collections::HashMap;
use std::hash::{BuildHasherDefault, Hasher};

/// A `HashMap` with `FastHasher`.
pub type FastMap<K, V> = HashMap<K, V, BuildHasherDefault<FastHasher>>;

/// Multiply and rotate, a word at a time.
#[derive(Default)]
pub struct FastHasher(u64);

impl Hasher for FastHasher {
    fn write(&mut self, bytes: &[u8]) {
        for chunk in bytes.chunks(8) {
            let mut word = [0u8; 8];
            word[..chunk.len()].copy_from_slice(chunk);
            self.write_u64(u64::from_le_bytes(word));
        }
    }

    fn write_u8(&mut self, n: u8) {
        self.write_u64(u64::from(n));
    }

    fn write_u32(&mut self, n: u32) {
        self.write_u64(u64::from(n));
    }

    fn write_u64(&mut self, n: u64) {
        self.0 = (self.0.rotate_left(5) ^ n).wrapping_mul(0x51_7c_c1_b7_27_22_0a_95);
    }

    fn write_usize(&mut self, n: usize) {
        self.write_u64(n as u64);
    }

    fn finish(&self) -> u64 {
        self.0
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn different_keys_land_apart_and_equal_keys_together() {
        let mut map: FastMap<Box<[u32]>, usize> = FastMap::default();
        for i in 0..10_000u32 {
            map.insert(vec![i % 7, i, i / 3].into(), i as usize);
        }
        assert_eq!(map.len(), 10_000);
        assert_eq!(map.get(&[5u32, 12, 4][..]), Some(&12));
        let mut cells: FastMap<Box<[u8]>, u8> = FastMap::default();
        cells.insert(b"\xd0\xe5\xea\xeb\xe0\xec\xe0".as_slice().into(), 1);
        cells.insert(b"reklama".as_slice().into(), 2);
        assert_eq!(cells.get(b"reklama".as_slice()), Some(&2));
        assert_eq!(cells.get(b"reklam".as_slice()), None);
    }
}
