//! Eigenvalues of a real square matrix, by the `faer` crate's dense non-symmetric eigenvalue solver (Hessenberg
//! reduction and a multishift QR iteration with deflation, as in LAPACK). This module only adapts our row-major
//! [`Matrix`] and picks the dominant eigenvalue.

use faer::Mat;

/// A dense square matrix, row-major.
#[derive(Clone, Debug, PartialEq)]
pub struct Matrix {
    pub n: usize,
    pub v: Vec<f64>,
}

impl Matrix {
    pub fn zeros(n: usize) -> Self {
        Self { n, v: vec![0.0; n * n] }
    }

    pub fn from_rows(rows: &[&[f64]]) -> Self {
        let n = rows.len();
        let mut m = Self::zeros(n);
        for (i, r) in rows.iter().enumerate() {
            for (j, &x) in r.iter().enumerate().take(n) {
                m.v[i * n + j] = x;
            }
        }
        m
    }

    pub fn get(&self, i: usize, j: usize) -> f64 {
        self.v[i * self.n + j]
    }

    pub fn add(&mut self, i: usize, j: usize, x: f64) {
        self.v[i * self.n + j] += x;
    }
}

/// The eigenvalue solver did not converge, or the matrix holds a non-finite number.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct NoConvergence;

/// All eigenvalues `(re, im)` of `m`, complex ones in conjugate pairs. Unordered.
pub fn eigenvalues(m: &Matrix) -> Result<Vec<(f64, f64)>, NoConvergence> {
    let n = m.n;
    if m.v.iter().any(|x| !x.is_finite()) {
        return Err(NoConvergence);
    }
    if n == 0 {
        return Ok(Vec::new());
    }
    let a = Mat::<f64>::from_fn(n, n, |i, j| m.get(i, j));
    let values = a.eigenvalues().map_err(|_| NoConvergence)?;
    if values.iter().any(|c| !c.re.is_finite() || !c.im.is_finite()) {
        return Err(NoConvergence);
    }
    Ok(values.iter().map(|c| (c.re, c.im)).collect())
}

/// The eigenvalue with the largest real part (on a tie, the one with non-negative imaginary part).
pub fn dominant_eigenvalue(m: &Matrix) -> Result<Option<(f64, f64)>, NoConvergence> {
    let ev = eigenvalues(m)?;
    Ok(ev.into_iter().reduce(|best, e| if e.0 > best.0 || (e.0 == best.0 && e.1 > best.1) { e } else { best }))
}

#[cfg(test)]
#[allow(clippy::unwrap_used)]
mod tests {
    use super::*;

    fn sorted(mut v: Vec<(f64, f64)>) -> Vec<(f64, f64)> {
        v.sort_by(|a, b| a.0.total_cmp(&b.0).then(a.1.total_cmp(&b.1)));
        v
    }

    #[test]
    fn triangular_matrix_has_its_diagonal() {
        let m = Matrix::from_rows(&[&[1.0, 2.0, 3.0], &[0.0, -4.0, 5.0], &[0.0, 0.0, 0.5]]);
        let ev = sorted(eigenvalues(&m).unwrap());
        assert!((ev[0].0 + 4.0).abs() < 1e-12 && (ev[1].0 - 0.5).abs() < 1e-12 && (ev[2].0 - 1.0).abs() < 1e-12);
    }

    #[test]
    fn rotation_has_complex_pair() {
        let m = Matrix::from_rows(&[&[0.0, -1.0], &[1.0, 0.0]]);
        let ev = sorted(eigenvalues(&m).unwrap());
        assert!(ev[0].0.abs() < 1e-12 && (ev[0].1 + 1.0).abs() < 1e-12 && (ev[1].1 - 1.0).abs() < 1e-12);
    }

    #[test]
    fn non_finite_and_empty_matrices() {
        let mut m = Matrix::zeros(2);
        m.add(0, 1, f64::NAN);
        assert_eq!(eigenvalues(&m), Err(NoConvergence));
        assert_eq!(dominant_eigenvalue(&Matrix::zeros(0)), Ok(None));
    }

    #[test]
    fn zero_matrix_and_companion_matrix_converge() {
        // Matrices on which some QR iterations without exceptional shifts never converge.
        assert!(eigenvalues(&Matrix::zeros(6)).unwrap().iter().all(|&(re, im)| re == 0.0 && im == 0.0));
        let n = 11;
        let mut c = Matrix::zeros(n);
        c.add(0, n - 1, 2.0);
        for i in 1..n {
            c.add(i, i - 1, 1.0);
        }
        // Eigenvalues of this companion matrix: the n-th roots of its corner entry, all of one modulus.
        let modulus = 2.0_f64.powf(1.0 / n as f64);
        let ev = eigenvalues(&c).unwrap();
        assert_eq!(ev.len(), n);
        assert!(ev.iter().all(|&(re, im)| (re.hypot(im) - modulus).abs() < 1e-9), "{ev:?}");
    }
}
