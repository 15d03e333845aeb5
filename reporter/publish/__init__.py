"""publish: deliver briefings — a static site for CI, e-mail over SMTP."""
