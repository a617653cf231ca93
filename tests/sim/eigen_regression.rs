//! Regression guard for the replacement of our own QR iteration by the `faer` crate: the return time and the lock-in
//! verdict agree within 1e-9 with the values recorded below (from the earlier QR iteration) on both example projects
//! and on random matrices.

use veerkrachtplanner::sim::eigen::{Matrix, dominant_eigenvalue};
use veerkrachtplanner::sim::rng::Xoshiro256;
use veerkrachtplanner::sim::{compile, structural_resilience, verdict};

const TOLERANCE: f64 = 1e-9;

/// (project file, dominant Re λ, return time in months, lock-in) as recorded with the earlier code.
const PROJECTS: [(&str, f64, f64, bool); 2] = [
    ("projects/veerkracht-basis.veerkracht", -0.032_920_674_791_164_87, 30.376_048_071_419_74, false),
    ("projects/voorbeeld-gemeente.veerkracht", -0.032_920_674_791_164_87, 30.376_048_071_419_74, false),
];

/// The dominant eigenvalue (Re, |Im|) of `random_matrix(k)` for k = 0, 1, …, as recorded with the earlier code.
const RANDOM: [(f64, f64); 24] = [
    (-0.352_536_994_413_464_87, 0.0),
    (-1.449_357_229_389_503_8, 0.0),
    (-1.580_953_767_608_724_6, 0.0),
    (0.624_323_714_256_951_3, 0.0),
    (-3.625_406_656_778_656_3, 0.368_431_429_004_412_06),
    (-1.562_620_835_831_658_5, 0.0),
    (0.099_917_643_507_053_75, 0.911_613_932_132_320_7),
    (-2.695_089_054_158_217, 0.0),
    (-3.441_747_110_555_142_7, 0.306_600_255_427_076_1),
    (-0.098_893_344_279_720_78, 0.0),
    (-2.425_936_948_252_328_3, 0.253_818_195_733_386_26),
    (-1.971_900_918_806_747_6, 0.0),
    (0.302_996_506_723_456_8, 0.0),
    (-1.665_782_768_085_641_4, 0.083_705_430_440_543_06),
    (-1.483_113_194_049_246_8, 0.0),
    (-0.024_927_151_469_090_813, 0.0),
    (-3.580_956_756_674_185_6, 0.0),
    (-4.307_987_891_711_324, 0.0),
    (-0.117_821_310_424_112_01, 0.570_931_409_505_441),
    (-2.383_105_756_106_621_3, 0.0),
    (-2.947_183_123_116_634, 0.927_237_386_580_486_6),
    (-0.174_258_347_394_298_38, 0.0),
    (-1.768_196_287_898_327_5, 0.763_083_709_864_183),
    (-3.112_825_976_009_540_3, 0.451_436_307_375_588_26),
];

/// Random dense matrices of 1–30 rows (entries in −1…1, the diagonal shifted down so most are stable).
fn random_matrices() -> Vec<Matrix> {
    let mut rng = Xoshiro256::new(2026);
    (0..RANDOM.len())
        .map(|k| {
            let n = 1 + (k * 7) % 30;
            let mut m = Matrix::zeros(n);
            for i in 0..n {
                for j in 0..n {
                    m.add(i, j, rng.next_f64() * 2.0 - 1.0);
                }
                m.add(i, i, -(n as f64).sqrt() * if k % 3 == 0 { 0.5 } else { 1.2 });
            }
            m
        })
        .collect()
}

fn assert_same_verdict(what: &str, re: f64, recorded_re: f64, horizon: u32) {
    let (rt, lock_in) = verdict(re, horizon);
    let (recorded_rt, recorded_lock_in) = verdict(recorded_re, horizon);
    assert_eq!(lock_in, recorded_lock_in, "{what}: lock-in");
    match (rt, recorded_rt) {
        (Some(a), Some(b)) => assert!((a - b).abs() < TOLERANCE, "{what}: return time {a} vs {b}"),
        (a, b) => assert_eq!(a, b, "{what}: return time"),
    }
}

#[test]
fn example_projects_keep_their_return_time_and_lock_in() {
    for (file, re, return_time, lock_in) in PROJECTS {
        let p = veerkrachtplanner::io::load_project_file(std::path::Path::new(file)).unwrap();
        let s = structural_resilience(&compile(&p).unwrap(), &p, p.settings.horizon_months, None);
        assert!(s.computed, "{file}");
        assert!((s.dominant.0 - re).abs() < TOLERANCE, "{file}: {:?}", s.dominant);
        assert!((s.return_time_months.unwrap() - return_time).abs() < TOLERANCE, "{file}");
        assert_eq!(s.lock_in, lock_in, "{file}");
    }
}

#[test]
fn random_matrices_keep_their_dominant_eigenvalue_return_time_and_lock_in() {
    let mut locked = 0;
    for (k, (m, (re, im))) in random_matrices().iter().zip(RANDOM).enumerate() {
        let d = dominant_eigenvalue(m).unwrap().unwrap();
        assert!((d.0 - re).abs() < TOLERANCE && (d.1.abs() - im).abs() < TOLERANCE, "matrix {k}: {d:?}");
        for horizon in [12, 60] {
            assert_same_verdict(&format!("matrix {k}, horizon {horizon}"), d.0, re, horizon);
        }
        locked += usize::from(verdict(re, 60).1);
    }
    assert!(locked >= 3, "the set includes matrices that lock in");
}
