// MovementRepo (MovementRepo.h): the configurable model types. Never deleted, only deactivated.
#include "models/domain/TextFold.h"
#include "models/repo/movement/MovementRepo.h"
#include "models/repo/movement/MovementSql.h"
#include "models/security/Permissions.h"
#include "models/store/Transaction.h"

#include <QCoreApplication>
#include <QSet>
#include <QSqlQuery>
#include <algorithm>

namespace binhyen {

using namespace movementsql;

namespace {

QString typesContext() {
    return QCoreApplication::translate("MovementRepo", "Changing the model types");
}

// Types sort before "other" (990): after the last of the others.
constexpr int kOtherSort = 990;

} // namespace

Result<QString> MovementRepo::addType(const Session& chief, const QString& label) {
    if (auto allowed = require(chief, Operation::ChangeSettings); !allowed)
        return allowed.error();
    const QString text = label.simplified();
    if (text.isEmpty())
        return refused(
            QCoreApplication::translate("MovementRepo", "Enter the name of the model type."));
    Transaction tx(m_db);
    if (!tx.isActive())
        return tx.error();
    QSqlQuery q(m_db);
    q.setForwardOnly(true);
    if (!q.exec(QStringLiteral("SELECT code, label, sort FROM movement_model_types")))
        return queryError(q, typesContext());
    QSet<QString> codes;
    int sort = 0;
    const QString folded = foldText(text).toLower();
    while (q.next()) {
        codes.insert(q.value(0).toString());
        if (foldText(q.value(1).toString()).toLower() == folded)
            return refused(
                QCoreApplication::translate("MovementRepo", "The model type \"%1\" already exists.")
                    .arg(q.value(1).toString()));
        if (q.value(2).toInt() < kOtherSort)
            sort = std::max(sort, q.value(2).toInt());
    }
    int n = 1;
    while (codes.contains(QStringLiteral("custom_%1").arg(n)))
        ++n;
    const QString code = QStringLiteral("custom_%1").arg(n);
    sort = std::min(sort + 10, kOtherSort - 1);

    QSqlQuery ins(m_db);
    ins.prepare(QStringLiteral(
        "INSERT INTO movement_model_types (code, label, sort, active) VALUES (?, ?, ?, 1)"));
    ins.addBindValue(code);
    ins.addBindValue(text);
    ins.addBindValue(sort);
    if (!ins.exec())
        return queryError(ins, typesContext());
    const QVariantMap changes{{QStringLiteral("code"), change(QVariant(), code)},
                              {QStringLiteral("label"), change(QVariant(), text)},
                              {QStringLiteral("active"), change(QVariant(), true)}};
    if (auto logged = audit(m_db, m_clock, chief, QStringLiteral("movement_type.create"),
                            QStringLiteral("movement_type"), 0, changes, code);
        !logged)
        return logged.error();
    if (auto committed = tx.commit(); !committed)
        return committed.error();
    return code;
}

Result<void> MovementRepo::setTypeActive(const Session& chief, const QString& code, bool active) {
    if (auto allowed = require(chief, Operation::ChangeSettings); !allowed)
        return allowed.error();
    if (code == kZaloGroupType && !active)
        return refused(QCoreApplication::translate("MovementRepo",
                                                   "The hamlet Zalo group type is always in use."));
    Transaction tx(m_db);
    if (!tx.isActive())
        return tx.error();
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral("SELECT label, active FROM movement_model_types WHERE code = ?"));
    q.addBindValue(code);
    if (!q.exec())
        return queryError(q, typesContext());
    if (!q.next())
        return notFound(
            QCoreApplication::translate("MovementRepo", "There is no such model type."));
    const QString label = q.value(0).toString();
    if ((q.value(1).toInt() != 0) == active)
        return tx.commit(); // nothing changes
    QSqlQuery u(m_db);
    u.prepare(QStringLiteral("UPDATE movement_model_types SET active = ? WHERE code = ?"));
    u.addBindValue(active ? 1 : 0);
    u.addBindValue(code);
    if (!u.exec())
        return queryError(u, typesContext());
    const QVariantMap changes{{QStringLiteral("active"), change(!active, active)}};
    if (auto logged =
            audit(m_db, m_clock, chief,
                  active ? QStringLiteral("movement_type.activate")
                         : QStringLiteral("movement_type.deactivate"),
                  QStringLiteral("movement_type"), 0, changes, code + QStringLiteral(": ") + label);
        !logged)
        return logged;
    return tx.commit();
}

} // namespace binhyen
