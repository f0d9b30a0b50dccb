#pragma once

#include <QString>
#include <QStringList>

namespace binhyen {

// Accent-blind search (docs/ARCHITECTURE.md, "Search"): the same fold on both sides.
// - searchableText() builds the shadow text the full-text index covers: the parts folded
//   (accents and đ/Đ → d, lower case), plus a compact form of every licence plate or phone number
//   ("72E1-123.45" and "0909 123 456" also as "72e112345", "0909123456").
// - ftsQuery() turns what the user typed into an FTS5 MATCH expression: every word must occur as a
//   whole word (a trailing * asks for a prefix); FTS syntax and punctuation are never errors — a
//   query with nothing searchable gives an empty expression (no results).
QString searchableText(const QStringList& parts);
QString ftsQuery(const QString& userQuery);

} // namespace binhyen
