#pragma once

#include <QFont>
#include <QString>

namespace binhyen {

// The report font: Tinos (metric-compatible with Times New Roman, full Vietnamese coverage),
// embedded in binhyen_reports as Qt resources so every PDF looks the same on any PC.
// Needs a QGuiApplication. Loading happens once, on first use, and is thread-safe.

// The family name of the embedded Tinos fonts ("Tinos"), or an empty string if they could not be
// loaded (a build error: the resources are missing).
QString reportFontFamily();

// Tinos at pointSize, regular weight; set bold/italic on the result as needed.
QFont reportFont(qreal pointSize);

} // namespace binhyen
