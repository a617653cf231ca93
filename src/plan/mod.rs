//! The plan: intervention catalogue, budgets per year, cost-effectiveness and the portfolio optimiser.
