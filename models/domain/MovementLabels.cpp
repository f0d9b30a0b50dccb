#include "models/domain/MovementLabels.h"

#include <QCoreApplication>

namespace binhyen {

QString movementResultKindLabel(const QString& kind) {
    if (kind == QLatin1String("lost_person_found"))
        return QCoreApplication::translate("MovementLabels", "Lost person found");
    if (kind == QLatin1String("documents_returned"))
        return QCoreApplication::translate("MovementLabels", "Documents returned");
    if (kind == QLatin1String("property_returned"))
        return QCoreApplication::translate("MovementLabels", "Property returned");
    if (kind == QLatin1String("weapons_handed_in"))
        return QCoreApplication::translate("MovementLabels",
                                           "Weapons, explosives, firecrackers handed in");
    if (kind == QLatin1String("surrender"))
        return QCoreApplication::translate("MovementLabels", "Person persuaded to surrender");
    return kind;
}

QStringList movementResultKinds() {
    return {QStringLiteral("lost_person_found"), QStringLiteral("documents_returned"),
            QStringLiteral("property_returned"), QStringLiteral("weapons_handed_in"),
            QStringLiteral("surrender")};
}

bool movementResultHasValue(const QString& kind) {
    return kind == QLatin1String("documents_returned") ||
           kind == QLatin1String("property_returned");
}

QString activityKindLabel(const QString& kind) {
    if (kind == QLatin1String("meeting"))
        return QCoreApplication::translate("MovementLabels", "Residents' meeting");
    if (kind == QLatin1String("propaganda"))
        return QCoreApplication::translate("MovementLabels", "Propaganda session");
    if (kind == QLatin1String("other"))
        return QCoreApplication::translate("MovementLabels", "Other activity");
    return kind;
}

QStringList activityKinds() {
    return {QStringLiteral("meeting"), QStringLiteral("propaganda"), QStringLiteral("other")};
}

QString residentRoleLabel(const QString& role) {
    if (role == QLatin1String("member"))
        return QCoreApplication::translate("MovementLabels", "Member");
    if (role == QLatin1String("team_leader"))
        return QCoreApplication::translate("MovementLabels", "Team leader");
    if (role == QLatin1String("grassroots_security_force"))
        return QCoreApplication::translate("MovementLabels", "Grassroots security force");
    if (role == QLatin1String("collaborator"))
        return QCoreApplication::translate("MovementLabels", "Collaborator");
    return role;
}

QStringList residentRoles() {
    return {QStringLiteral("member"), QStringLiteral("team_leader"),
            QStringLiteral("grassroots_security_force"), QStringLiteral("collaborator")};
}

QString moderationActionLabel(const QString& action) {
    if (action == QLatin1String("warned"))
        return QCoreApplication::translate("MovementLabels", "Warned");
    if (action == QLatin1String("removed"))
        return QCoreApplication::translate("MovementLabels", "Removed from the group");
    return action;
}

QStringList moderationActions() {
    return {QStringLiteral("warned"), QStringLiteral("removed")};
}

QString dongText(qint64 value) {
    const bool negative = value < 0;
    QString digits = QString::number(negative ? -value : value);
    for (int i = int(digits.size()) - 3; i > 0; i -= 3)
        digits.insert(i, QLatin1Char('.'));
    return QCoreApplication::translate("MovementLabels", "%1 dong")
        .arg((negative ? QStringLiteral("-") : QString()) + digits);
}

QString movementDateText(const QDate& date) {
    return date.isValid() ? date.toString(QStringLiteral("dd/MM/yyyy")) : QString();
}

} // namespace binhyen
