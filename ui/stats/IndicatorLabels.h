#pragma once

#include <QString>
#include <QStringList>

namespace binhyen::ui {

// The Vietnamese-facing labels of the monthly indicators (docs/INDICATORS.md), by key path.
namespace indicatorlabels {

// The key paths in the order the statistics table shows them.
QStringList order();
// The label of a key path (translated); an unknown key shows the key itself.
QString label(const QString& key);
// The number in the Vietnamese way: thousands separated by dots (1.234).
QString number(qint64 value);

} // namespace indicatorlabels

} // namespace binhyen::ui
