#pragma once

#include <QDateTime>
#include <QString>

namespace binhyen::listformat {

// How the lists show a register time: "28/11/2026 09:40" (station time), empty when unknown.
inline QString dateTime(const QDateTime& time) {
    return time.isValid() ? time.toString(QStringLiteral("dd/MM/yyyy HH:mm")) : QString();
}

// A register number ("TB-0012/2020") as a key that sorts by year, then sequence: "2020/0012".
inline QString numberKey(const QString& number) {
    const qsizetype slash = number.lastIndexOf(QLatin1Char('/'));
    const qsizetype dash = number.indexOf(QLatin1Char('-'));
    if (slash < 0 || dash < 0 || dash > slash)
        return number;
    return number.mid(slash + 1) + QLatin1Char('/') + number.mid(dash + 1, slash - dash - 1);
}

// Rich-text tooltip so a long summary wraps instead of running off the screen.
inline QString wrappedTip(const QString& text) {
    return text.isEmpty() ? QString()
                          : QStringLiteral("<p>") + text.toHtmlEscaped() + QStringLiteral("</p>");
}

} // namespace binhyen::listformat
