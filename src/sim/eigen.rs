//! Eigenvalues of a real square matrix: reduction to upper Hessenberg form by stabilised elementary similarity
//! transformations, then the Francis double-shift QR iteration (the EISPACK `elmhes` + `hqr` pair as given in
//! *Numerical Recipes*, 2nd ed., §11.5–11.6). No linear-algebra crate.

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

/// The QR iteration did not converge (or the matrix holds a non-finite number).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct NoConvergence;

const MAX_ITERATIONS: usize = 60;

/// All eigenvalues `(re, im)` of `m`, complex ones in conjugate pairs. Unordered.
pub fn eigenvalues(m: &Matrix) -> Result<Vec<(f64, f64)>, NoConvergence> {
    let n = m.n;
    if m.v.iter().any(|x| !x.is_finite()) {
        return Err(NoConvergence);
    }
    // 1-based working copy, as in the reference text.
    let mut a = vec![vec![0.0; n + 1]; n + 1];
    for i in 0..n {
        for j in 0..n {
            a[i + 1][j + 1] = m.get(i, j);
        }
    }
    elmhes(&mut a, n);
    for i in 1..=n {
        for j in 1..i.saturating_sub(1) {
            a[i][j] = 0.0;
        }
    }
    hqr(&mut a, n)
}

/// The eigenvalue with the largest real part (on a tie, the one with non-negative imaginary part).
pub fn dominant_eigenvalue(m: &Matrix) -> Result<Option<(f64, f64)>, NoConvergence> {
    let ev = eigenvalues(m)?;
    Ok(ev.into_iter().reduce(|best, e| if e.0 > best.0 || (e.0 == best.0 && e.1 > best.1) { e } else { best }))
}

fn elmhes(a: &mut [Vec<f64>], n: usize) {
    for m in 2..n {
        let mut x = 0.0;
        let mut i = m;
        for j in m..=n {
            if a[j][m - 1].abs() > f64::abs(x) {
                x = a[j][m - 1];
                i = j;
            }
        }
        if i != m {
            for j in (m - 1)..=n {
                let t = a[i][j];
                a[i][j] = a[m][j];
                a[m][j] = t;
            }
            for row in a.iter_mut().skip(1) {
                row.swap(i, m);
            }
        }
        if x != 0.0 {
            for i in (m + 1)..=n {
                let mut y = a[i][m - 1];
                if y != 0.0 {
                    y /= x;
                    a[i][m - 1] = y;
                    for j in m..=n {
                        a[i][j] -= y * a[m][j];
                    }
                    for row in a.iter_mut().skip(1) {
                        row[m] += y * row[i];
                    }
                }
            }
        }
    }
}

fn sign(a: f64, b: f64) -> f64 {
    if b >= 0.0 { a.abs() } else { -a.abs() }
}

#[allow(clippy::many_single_char_names, unused_assignments)]
#[expect(
    clippy::too_many_lines,
    reason = "the reference QR iteration; to be replaced by a maintained crate (issue 8, item 4)"
)]
fn hqr(a: &mut [Vec<f64>], n: usize) -> Result<Vec<(f64, f64)>, NoConvergence> {
    let mut wr = vec![0.0; n + 1];
    let mut wi = vec![0.0; n + 1];
    let mut anorm = 0.0;
    for i in 1..=n {
        for j in i.saturating_sub(1).max(1)..=n {
            anorm += a[i][j].abs();
        }
    }
    let mut nn = n;
    let mut t = 0.0;
    let (mut p, mut q, mut r, mut s, mut w, mut x, mut y, mut z) = (0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0);
    while nn >= 1 {
        let mut its = 0;
        loop {
            let mut l = nn;
            while l >= 2 {
                s = a[l - 1][l - 1].abs() + a[l][l].abs();
                if s == 0.0 {
                    s = anorm;
                }
                if a[l][l - 1].abs() + s == s {
                    a[l][l - 1] = 0.0;
                    break;
                }
                l -= 1;
            }
            x = a[nn][nn];
            if l == nn {
                wr[nn] = x + t;
                wi[nn] = 0.0;
                nn -= 1;
            } else {
                y = a[nn - 1][nn - 1];
                w = a[nn][nn - 1] * a[nn - 1][nn];
                if l == nn - 1 {
                    p = 0.5 * (y - x);
                    q = p * p + w;
                    z = q.abs().sqrt();
                    x += t;
                    if q >= 0.0 {
                        z = p + sign(z, p);
                        wr[nn - 1] = x + z;
                        wr[nn] = x + z;
                        if z != 0.0 {
                            wr[nn] = x - w / z;
                        }
                        wi[nn - 1] = 0.0;
                        wi[nn] = 0.0;
                    } else {
                        wr[nn - 1] = x + p;
                        wr[nn] = x + p;
                        wi[nn - 1] = -z;
                        wi[nn] = z;
                    }
                    nn -= 2;
                } else {
                    if its >= MAX_ITERATIONS {
                        return Err(NoConvergence);
                    }
                    if its == 10 || its == 20 || its == 40 {
                        // Exceptional shift.
                        t += x;
                        for i in 1..=nn {
                            a[i][i] -= x;
                        }
                        s = a[nn][nn - 1].abs() + a[nn - 1][nn - 2].abs();
                        x = 0.75 * s;
                        y = x;
                        w = -0.4375 * s * s;
                    }
                    its += 1;
                    let mut m = nn - 2;
                    loop {
                        z = a[m][m];
                        r = x - z;
                        s = y - z;
                        p = (r * s - w) / a[m + 1][m] + a[m][m + 1];
                        q = a[m + 1][m + 1] - z - r - s;
                        r = a[m + 2][m + 1];
                        s = p.abs() + q.abs() + r.abs();
                        p /= s;
                        q /= s;
                        r /= s;
                        if m == l {
                            break;
                        }
                        let u = a[m][m - 1].abs() * (q.abs() + r.abs());
                        let v = p.abs() * (a[m - 1][m - 1].abs() + z.abs() + a[m + 1][m + 1].abs());
                        if u + v == v {
                            break;
                        }
                        m -= 1;
                    }
                    for i in (m + 2)..=nn {
                        a[i][i - 2] = 0.0;
                        if i != m + 2 {
                            a[i][i - 3] = 0.0;
                        }
                    }
                    let mut k = m;
                    while k < nn {
                        if k != m {
                            p = a[k][k - 1];
                            q = a[k + 1][k - 1];
                            r = 0.0;
                            if k != nn - 1 {
                                r = a[k + 2][k - 1];
                            }
                            x = p.abs() + q.abs() + r.abs();
                            if x != 0.0 {
                                p /= x;
                                q /= x;
                                r /= x;
                            }
                        }
                        s = sign((p * p + q * q + r * r).sqrt(), p);
                        if s != 0.0 {
                            if k == m {
                                if l != m {
                                    a[k][k - 1] = -a[k][k - 1];
                                }
                            } else {
                                a[k][k - 1] = -s * x;
                            }
                            p += s;
                            x = p / s;
                            y = q / s;
                            z = r / s;
                            q /= p;
                            r /= p;
                            for j in k..=nn {
                                p = a[k][j] + q * a[k + 1][j];
                                if k != nn - 1 {
                                    p += r * a[k + 2][j];
                                    a[k + 2][j] -= p * z;
                                }
                                a[k + 1][j] -= p * y;
                                a[k][j] -= p * x;
                            }
                            let mmin = if nn < k + 3 { nn } else { k + 3 };
                            for row in a.iter_mut().take(mmin + 1).skip(l) {
                                p = x * row[k] + y * row[k + 1];
                                if k != nn - 1 {
                                    p += z * row[k + 2];
                                    row[k + 2] -= p * r;
                                }
                                row[k + 1] -= p * q;
                                row[k] -= p;
                            }
                        }
                        k += 1;
                    }
                }
            }
            if nn < 2 || l + 1 >= nn {
                break;
            }
        }
    }
    Ok((1..=n).map(|i| (wr[i], wi[i])).collect())
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
}
