"""Progress reports, signatures and case-file bundles (ReportLab, pyHanko). No Qt."""
