#pragma once

#include <QDate>
#include <QString>
#include <QStringList>

namespace binhyen {

// User-facing labels of the movement register's codes, in the user's language (context
// "MovementLabels"). Model types are not here: their Vietnamese label is stored in
// movement_model_types (MovementRepo::types). An unknown code is shown as it is.
QString movementResultKindLabel(const QString& kind); // results.kind
QStringList movementResultKinds();                    // in display order
// Whether a result of this kind may carry a value in đồng (documents / property returned).
bool movementResultHasValue(const QString& kind);

QString activityKindLabel(const QString& kind); // meeting | propaganda | other
QStringList activityKinds();

// member | team_leader | grassroots_security_force | collaborator
QString residentRoleLabel(const QString& role);
QStringList residentRoles();

QString moderationActionLabel(const QString& action); // warned | removed
QStringList moderationActions();

// "1.500.000 đồng" (Vietnamese grouping with dots, whatever the UI language).
QString dongText(qint64 value);
// "dd/MM/yyyy"; empty for an invalid date.
QString movementDateText(const QDate& date);

} // namespace binhyen
