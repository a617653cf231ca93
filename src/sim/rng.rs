//! A small seeded generator (xoshiro256** seeded by SplitMix64): the same seed gives the same numbers on every OS.

/// SplitMix64 step (Steele, Lea & Flood 2014), used to seed [`Xoshiro256`].
pub fn splitmix64(state: &mut u64) -> u64 {
    *state = state.wrapping_add(0x9E37_79B9_7F4A_7C15);
    let mut z = *state;
    z = (z ^ (z >> 30)).wrapping_mul(0xBF58_476D_1CE4_E5B9);
    z = (z ^ (z >> 27)).wrapping_mul(0x94D0_49BB_1331_11EB);
    z ^ (z >> 31)
}

/// xoshiro256** 1.0 (Blackman & Vigna 2018).
#[derive(Clone, Debug)]
pub struct Xoshiro256 {
    s: [u64; 4],
}

impl Xoshiro256 {
    /// Seeds the four state words with SplitMix64 from `seed`.
    pub fn new(seed: u64) -> Self {
        let mut sm = seed;
        let s = [splitmix64(&mut sm), splitmix64(&mut sm), splitmix64(&mut sm), splitmix64(&mut sm)];
        Self { s }
    }

    /// The generator of Monte Carlo run `run` under `seed`: independent of how runs are spread over threads.
    /// Its seed is the SplitMix64 output for `seed ^ run·φ` (φ = 0x9E3779B97F4A7C15).
    pub fn for_run(seed: u64, run: u64) -> Self {
        let mut sm = seed ^ run.wrapping_mul(0x9E37_79B9_7F4A_7C15);
        Self::new(splitmix64(&mut sm))
    }

    pub fn next_u64(&mut self) -> u64 {
        let result = self.s[1].wrapping_mul(5).rotate_left(7).wrapping_mul(9);
        let t = self.s[1] << 17;
        self.s[2] ^= self.s[0];
        self.s[3] ^= self.s[1];
        self.s[1] ^= self.s[2];
        self.s[0] ^= self.s[3];
        self.s[2] ^= t;
        self.s[3] = self.s[3].rotate_left(45);
        result
    }

    /// Uniform in `[0, 1)` with 53 random bits.
    pub fn next_f64(&mut self) -> f64 {
        (self.next_u64() >> 11) as f64 * (1.0 / (1u64 << 53) as f64)
    }

    /// Uniform in `[c·(1 − r), c·(1 + r))`: `c · (1 + r·(2U − 1))`.
    pub fn around(&mut self, central: f64, relative: f64) -> f64 {
        central * (1.0 + relative * (2.0 * self.next_f64() - 1.0))
    }
}

#[cfg(test)]
#[allow(clippy::unwrap_used)]
mod tests {
    use super::*;

    #[test]
    fn splitmix_reference_values() {
        // First outputs of SplitMix64 seeded with 1234567 (reference implementation by Vigna).
        let mut s = 1_234_567u64;
        assert_eq!(splitmix64(&mut s), 6_457_827_717_110_365_317);
        assert_eq!(splitmix64(&mut s), 3_203_168_211_198_807_973);
    }

    #[test]
    fn uniform_is_in_range_and_roughly_flat() {
        let mut r = Xoshiro256::new(7);
        let mut mean = 0.0;
        for _ in 0..10_000 {
            let u = r.next_f64();
            assert!((0.0..1.0).contains(&u));
            mean += u / 10_000.0;
        }
        assert!((mean - 0.5).abs() < 0.02);
    }
}
