//! Project files (`*.veerkracht`, RON text): load with a size cap and clear Dutch errors, save deterministically and
//! atomically with a `.bak` of the previous version, migrate older format versions.
