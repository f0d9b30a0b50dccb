#pragma once

#include <QString>
#include <QStringList>

// The monthly indicators (docs/INDICATORS.md) as people read them: their order, their
// Vietnamese-facing labels and the section of the report they belong to (DOMAIN-VN.md §3:
// 1 tips, 2 cases, 3 help to residents, 4 the movement). One list for the statistics view, the
// report PDF and the CSV tables.
namespace binhyen::indicatorcatalog {

constexpr int kSections = 4;

// Every key path, in the order the table and the report show them.
QStringList order();
// The key paths of one section (1…kSections), in order.
QStringList keysOf(int section);
// The section of a key path (0 when unknown).
int sectionOf(const QString& key);
// The label of a key path (translated); an unknown key shows the key itself.
QString label(const QString& key);
// The heading of a breakdown ("tips_by_channel" → "by channel") for a key path inside one
// ("tips_by_channel.phone"); empty for a key that is not part of a breakdown.
QString breakdownLabel(const QString& key);
// The title of a section (translated).
QString sectionTitle(int section);
// The number in the Vietnamese way: thousands separated by dots (1.234).
QString number(qint64 value);

} // namespace binhyen::indicatorcatalog
