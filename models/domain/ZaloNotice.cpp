#include "models/domain/ZaloNotice.h"

#include <QCoreApplication>
#include <QStringList>

namespace binhyen {

namespace {

// One short line per fact: user text on a single line, nothing printed for an empty fact.
void addLine(QStringList& lines, const QString& pattern, const QString& value) {
    const QString v = value.simplified();
    if (!v.isEmpty())
        lines << pattern.arg(v);
}

QString timeText(const QDateTime& at) {
    return at.isValid() ? at.toString(QStringLiteral("dd/MM/yyyy HH:mm")) : QString();
}

QString joinPlace(const QString& address, const QString& hamlet) {
    QStringList parts;
    if (!address.simplified().isEmpty())
        parts << address.simplified();
    if (!hamlet.simplified().isEmpty())
        parts << hamlet.simplified();
    return parts.join(QStringLiteral(", "));
}

QString opening(const QString& unitName) {
    const QString unit = unitName.simplified().isEmpty()
                             ? QCoreApplication::translate("ZaloNotice", "The commune police")
                             : unitName.simplified();
    return QCoreApplication::translate("ZaloNotice", "%1 informs residents:").arg(unit);
}

} // namespace

QString zaloCaseNotice(const CaseNoticeFacts& facts) {
    QStringList lines;
    lines << opening(facts.unitName);
    addLine(lines, QCoreApplication::translate("ZaloNotice", "Incident: %1"), facts.title);
    addLine(lines, QCoreApplication::translate("ZaloNotice", "Time: %1"),
            timeText(facts.occurredAt));
    addLine(lines, QCoreApplication::translate("ZaloNotice", "Place: %1"),
            joinPlace(facts.address, facts.hamlet));
    addLine(lines, QCoreApplication::translate("ZaloNotice", "Suspect: %1"),
            facts.suspectDescription);
    addLine(lines, QCoreApplication::translate("ZaloNotice", "Stolen vehicle: %1"), facts.vehicle);
    addLine(lines, QCoreApplication::translate("ZaloNotice", "Plate number: %1"), facts.plate);
    lines << QString();
    if (facts.stationPhone.simplified().isEmpty())
        lines << QCoreApplication::translate(
            "ZaloNotice", "Anyone who sees this person or vehicle, please tell the commune "
                          "police at once.");
    else
        lines << QCoreApplication::translate("ZaloNotice",
                                             "Anyone who sees this person or vehicle, please "
                                             "call the commune police at once: %1")
                     .arg(facts.stationPhone.simplified());
    lines << QCoreApplication::translate("ZaloNotice", "Do not chase or detain anyone yourself.");
    lines << QCoreApplication::translate("ZaloNotice", "Thank you.");
    return lines.join(QLatin1Char('\n'));
}

QString zaloLostPersonNotice(const LostPersonNoticeFacts& facts) {
    QStringList lines;
    lines << opening(facts.unitName);
    addLine(lines, QCoreApplication::translate("ZaloNotice", "Looking for a lost person: %1"),
            facts.personName);
    addLine(lines, QCoreApplication::translate("ZaloNotice", "Age: %1"), facts.age);
    addLine(lines, QCoreApplication::translate("ZaloNotice", "Missing since: %1"),
            timeText(facts.since));
    addLine(lines, QCoreApplication::translate("ZaloNotice", "Last seen: %1"), facts.lastSeen);
    addLine(lines, QCoreApplication::translate("ZaloNotice", "Description: %1"), facts.description);
    lines << QString();
    if (facts.stationPhone.simplified().isEmpty())
        lines << QCoreApplication::translate(
            "ZaloNotice", "Anyone who sees this person, please keep them safe and tell the "
                          "commune police at once.");
    else
        lines << QCoreApplication::translate("ZaloNotice",
                                             "Anyone who sees this person, please keep them "
                                             "safe and call the commune police at once: %1")
                     .arg(facts.stationPhone.simplified());
    lines << QCoreApplication::translate("ZaloNotice", "Thank you.");
    return lines.join(QLatin1Char('\n'));
}

} // namespace binhyen
