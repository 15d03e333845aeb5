"""render: Briefing -> HTML, PDF, Markdown, JSON."""
