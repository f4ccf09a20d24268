// Anchor for the embedded translations (:/i18n/designer_<lang>.qm).
