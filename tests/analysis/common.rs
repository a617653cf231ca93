//! Test models: the seed's model built from the tables of marvel-model.md, small hand-made models, and a
//! brute-force cycle enumeration to check Johnson's algorithm against.

use veerkrachtplanner::model::{Link, LinkId, Polarity, Project, ResourceKind, Variable, VariableId};

pub const VARIABLES: &[(&str, &str, ResourceKind)] = &[
    ("stress", "Stress", ResourceKind::Individual),
    ("welbevinden", "Welbevinden", ResourceKind::Individual),
    ("bestaanszekerheid", "Bestaanszekerheid (werk, inkomen, woning, veilige plek)", ResourceKind::Societal),
    ("toekomstperspectief", "Toekomstperspectief", ResourceKind::Individual),
    ("opleiding_werk", "Functioneren in opleiding en werk", ResourceKind::Societal),
    ("opvoedgedrag", "Adequaat opvoedgedrag", ResourceKind::Individual),
    ("ouder_kind_relatie", "Ouder-kind relatie", ResourceKind::Individual),
    (
        "levensvaardigheden",
        "Levensvaardigheden (zelfvertrouwen, zelfbeheersing, emotieregulatie)",
        ResourceKind::Individual,
    ),
    ("weg_naar_hulp", "De weg naar hulp kunnen vinden", ResourceKind::Organisational),
    ("professionele_hulp", "Ontvangen professionele hulp", ResourceKind::Organisational),
    ("signalering", "Signalering van problemen", ResourceKind::Organisational),
    ("mentale_problemen", "Mentale problemen", ResourceKind::Individual),
    ("lichamelijke_problemen", "Lichamelijke problemen", ResourceKind::Individual),
    ("complexiteit_hulpsysteem", "Complexiteit van het hulpsysteem", ResourceKind::Organisational),
    ("wachttijden_ggz", "Wachttijden GGZ", ResourceKind::Organisational),
    ("sociaal_netwerk", "Sociaal netwerk", ResourceKind::Societal),
    ("zelfvertrouwen", "Zelfvertrouwen", ResourceKind::Individual),
    ("individuele_agency", "Individuele agency", ResourceKind::Individual),
    ("maatschappelijke_participatie", "Maatschappelijke participatie", ResourceKind::Societal),
    ("succeservaringen", "Succeservaringen", ResourceKind::Individual),
    ("community_support", "Community support (gesteund voelen door de buurt)", ResourceKind::Societal),
    ("collectieve_agency", "Collectieve agency", ResourceKind::Societal),
    ("vertrouwen_buurt", "Vertrouwen in de buurt", ResourceKind::Societal),
    ("fysieke_ontmoetingen", "Fysieke ontmoetingen in de buurt", ResourceKind::Societal),
    ("gedeelde_idealen", "Gedeelde idealen of geloof", ResourceKind::Societal),
    ("ingrijpende_gebeurtenissen", "Ingrijpende levensgebeurtenissen", ResourceKind::Individual),
    ("prestatiedruk", "Ervaren prestatiedruk", ResourceKind::Individual),
    ("schaamte", "Schaamte", ResourceKind::Individual),
];

pub const LINKS: &[(&str, &str, char)] = &[
    ("stress", "welbevinden", '-'),
    ("welbevinden", "bestaanszekerheid", '+'),
    ("bestaanszekerheid", "stress", '-'),
    ("stress", "opleiding_werk", '-'),
    ("opleiding_werk", "bestaanszekerheid", '+'),
    ("bestaanszekerheid", "toekomstperspectief", '+'),
    ("toekomstperspectief", "stress", '-'),
    ("stress", "opvoedgedrag", '-'),
    ("opvoedgedrag", "ouder_kind_relatie", '+'),
    ("ouder_kind_relatie", "levensvaardigheden", '+'),
    ("levensvaardigheden", "stress", '-'),
    ("weg_naar_hulp", "professionele_hulp", '+'),
    ("professionele_hulp", "mentale_problemen", '-'),
    ("professionele_hulp", "levensvaardigheden", '+'),
    ("levensvaardigheden", "weg_naar_hulp", '+'),
    ("complexiteit_hulpsysteem", "weg_naar_hulp", '-'),
    ("sociaal_netwerk", "weg_naar_hulp", '+'),
    ("sociaal_netwerk", "zelfvertrouwen", '+'),
    ("zelfvertrouwen", "individuele_agency", '+'),
    ("sociaal_netwerk", "levensvaardigheden", '+'),
    ("sociaal_netwerk", "maatschappelijke_participatie", '+'),
    ("maatschappelijke_participatie", "sociaal_netwerk", '+'),
    ("gedeelde_idealen", "sociaal_netwerk", '+'),
    ("sociaal_netwerk", "stress", '-'),
    ("sociaal_netwerk", "welbevinden", '+'),
    ("individuele_agency", "maatschappelijke_participatie", '+'),
    ("maatschappelijke_participatie", "succeservaringen", '+'),
    ("succeservaringen", "individuele_agency", '+'),
    ("maatschappelijke_participatie", "collectieve_agency", '+'),
    ("community_support", "collectieve_agency", '+'),
    ("collectieve_agency", "maatschappelijke_participatie", '+'),
    ("maatschappelijke_participatie", "community_support", '+'),
    ("maatschappelijke_participatie", "vertrouwen_buurt", '+'),
    ("maatschappelijke_participatie", "levensvaardigheden", '+'),
    ("fysieke_ontmoetingen", "community_support", '+'),
    ("fysieke_ontmoetingen", "maatschappelijke_participatie", '+'),
    ("ingrijpende_gebeurtenissen", "stress", '+'),
    ("prestatiedruk", "stress", '+'),
    ("stress", "mentale_problemen", '+'),
    ("stress", "lichamelijke_problemen", '+'),
    ("stress", "sociaal_netwerk", '-'),
    ("mentale_problemen", "signalering", '+'),
    ("signalering", "professionele_hulp", '+'),
    ("wachttijden_ggz", "professionele_hulp", '-'),
    ("bestaanszekerheid", "schaamte", '-'),
    ("schaamte", "stress", '+'),
    ("schaamte", "maatschappelijke_participatie", '-'),
];

/// `from__to` as the default project names its links.
pub fn link_id(from: &str, to: &str) -> LinkId {
    LinkId::new(format!("{from}__{to}"))
}

pub fn polarity(sign: char) -> Polarity {
    if sign == '-' { Polarity::Negative } else { Polarity::Positive }
}

/// The seed's model from marvel-model.md: 28 variables, 47 links, every link "gemiddeld".
pub fn basis_model() -> Project {
    let mut p = Project::default();
    for (id, name, kind) in VARIABLES {
        p.variables.push(Variable::new(VariableId::new(*id), *name, *kind));
    }
    for (from, to, sign) in LINKS {
        p.links.push(Link::new(link_id(from, to), (*from).into(), (*to).into(), polarity(*sign)));
    }
    p
}

/// A model with variables named like their ids and the given links (ids `from__to`; see [`add_link`] for
/// parallel links).
pub fn model(variables: &[&str], links: &[(&str, &str, char)]) -> Project {
    let mut p = Project::default();
    for id in variables {
        p.variables.push(Variable::new(VariableId::new(*id), *id, ResourceKind::Individual));
    }
    for (from, to, sign) in links {
        add_link(&mut p, &format!("{from}__{to}"), from, to, *sign);
    }
    p
}

pub fn add_link(p: &mut Project, id: &str, from: &str, to: &str, sign: char) {
    p.links.push(Link::new(LinkId::new(id), from.into(), to.into(), polarity(sign)));
}

pub fn ids(s: &[&str]) -> Vec<VariableId> {
    s.iter().map(|&x| VariableId::new(x)).collect()
}

/// All elementary cycles by plain exhaustive search over simple paths (independent of the library's algorithm):
/// each as (variable ids from the smallest, link ids), sorted.
pub fn brute_force_cycles(p: &Project) -> Vec<(Vec<String>, Vec<String>)> {
    let mut vars: Vec<String> = p.variables.iter().map(|v| v.id.0.clone()).collect();
    vars.sort();
    let mut found = Vec::new();
    for start in &vars {
        let mut path = vec![start.clone()];
        let mut links: Vec<String> = Vec::new();
        extend(p, start, &mut path, &mut links, &mut found);
    }
    found.sort();
    found
}

fn extend(
    p: &Project,
    start: &str,
    path: &mut Vec<String>,
    links: &mut Vec<String>,
    found: &mut Vec<(Vec<String>, Vec<String>)>,
) {
    let last = path.last().unwrap().clone();
    for l in p.links.iter().filter(|l| l.from.0 == last) {
        let to = &l.to.0;
        if to == start {
            links.push(l.id.0.clone());
            found.push((path.clone(), links.clone()));
            links.pop();
        } else if to.as_str() > start && !path.contains(to) {
            path.push(to.clone());
            links.push(l.id.0.clone());
            extend(p, start, path, links, found);
            path.pop();
            links.pop();
        }
    }
}

/// A small deterministic generator (SplitMix64) for random test models.
pub struct SplitMix(pub u64);

impl SplitMix {
    pub fn next_u64(&mut self) -> u64 {
        self.0 = self.0.wrapping_add(0x9E37_79B9_7F4A_7C15);
        let mut z = self.0;
        z = (z ^ (z >> 30)).wrapping_mul(0xBF58_476D_1CE4_E5B9);
        z = (z ^ (z >> 27)).wrapping_mul(0x94D0_49BB_1331_11EB);
        z ^ (z >> 31)
    }

    pub fn below(&mut self, n: usize) -> usize {
        (self.next_u64() % n as u64) as usize
    }
}

/// A random model with `n` variables `v00`… and `m` links (self-links and parallel links allowed).
pub fn random_model(seed: u64, n: usize, m: usize) -> Project {
    let mut rng = SplitMix(seed);
    let names: Vec<String> = (0..n).map(|i| format!("v{i:02}")).collect();
    let refs: Vec<&str> = names.iter().map(String::as_str).collect();
    let mut p = model(&refs, &[]);
    for k in 0..m {
        let from = rng.below(n);
        let to = rng.below(n);
        let sign = if rng.below(3) == 0 { '-' } else { '+' };
        add_link(&mut p, &format!("l{k:03}"), &names[from], &names[to], sign);
    }
    p
}
