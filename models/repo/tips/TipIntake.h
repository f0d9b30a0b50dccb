#pragma once

#include "models/domain/Clock.h"
#include "models/domain/InformantIdentity.h"
#include "models/domain/Result.h"
#include "models/domain/Tip.h"

#include <QList>
#include <QSqlDatabase>
#include <QString>
#include <optional>

namespace binhyen {

class Session;

// One choice of the tip form: a register id or code with its Vietnamese label.
struct IntakeChoice {
    qint64 id = 0;
    QString code;
    QString label;
};

// Logging a tip while the caller talks: the tip, its sealed identity, its legal deadline and its
// audit row in one transaction; and the short lists the form offers (hamlets, hamlet Zalo groups,
// categories). Runs on the connection it is given.
class TipIntake {
public:
    TipIntake(QSqlDatabase db, const Clock& clock);

    // Needs WriteRecords (and SealIdentity when an identity is given). Sets status "new", the
    // creator, the creation time and due_at (LegalClock over the rules in force on the received
    // day); an identity, when not empty, is sealed to the tip (IdentityRepo::seal). Returns the id.
    Result<qint64> record(const Session& session, const NewTip& tip,
                          const std::optional<InformantIdentity>& identity);
    // "TB-0012/2026".
    Result<QString> numberOf(qint64 tipId) const;

    // Hamlets in force today (places), by name.
    Result<QList<IntakeChoice>> hamlets() const;
    // Hamlet Zalo groups (movement_models of type zalo_group with a zalo_groups row), by name.
    Result<QList<IntakeChoice>> zaloGroups() const;
    // Active categories in their configured order (code + label).
    Result<QList<IntakeChoice>> categories() const;

private:
    Result<QList<IntakeChoice>> choices(const QString& sql) const;

    QSqlDatabase m_db;
    const Clock& m_clock;
};

} // namespace binhyen
