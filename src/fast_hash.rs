//! A fast hash for the few maps on the per-lead path (question signatures, repeated cell
//! spellings). Their keys come from the rules and the lead file, not from an adversary, so a
//! folded-multiply hash without protection against chosen collisions is enough.

use std::collections::{HashMap, HashSet};
use std::hash::{BuildHasherDefault, Hasher};

/// A `HashMap` with `FastHasher`.
pub type FastMap<K, V> = HashMap<K, V, BuildHasherDefault<FastHasher>>;

/// A `HashSet` with `FastHasher`.
pub type FastSet<T> = HashSet<T, BuildHasherDefault<FastHasher>>;

/// A folded multiply, a word at a time.
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

    /// A folded multiply: the full 128-bit product's halves xored, so every input bit reaches
    /// every output bit (a plain multiply only carries bits upwards).
    fn write_u64(&mut self, n: u64) {
        let product = u128::from(self.0 ^ n) * u128::from(0x51_7c_c1_b7_27_22_0a_95u64);
        self.0 = (product as u64) ^ ((product >> 64) as u64) ^ 0x2d35_8dcc_aa6c_78a5;
    }

    fn write_u128(&mut self, n: u128) {
        self.write_u64(n as u64);
        self.write_u64((n >> 64) as u64);
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

    /// Signatures that differ only in their middle digits still land in different buckets
    /// (which the low bits of the hash choose).
    #[test]
    fn keys_differing_in_middle_bits_spread_over_the_low_bits() {
        let buckets: std::collections::HashSet<u64> = (0..10_000u128)
            .map(|k| {
                let mut hasher = FastHasher::default();
                hasher.write_u128(k << 40);
                hasher.finish() & 0xFFFF
            })
            .collect();
        assert!(buckets.len() > 8_000, "only {} of 65 536 buckets used", buckets.len());
    }
}
