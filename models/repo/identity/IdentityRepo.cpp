#include "models/repo/identity/IdentityRepo.h"

#include "models/domain/StationTime.h"
#include "models/repo/accounts/StationKeyRepo.h"
#include "models/repo/audit/AuditRepo.h"
#include "models/repo/identity/IdentityRepoDetail.h"
#include "models/security/Crypto.h"
#include "models/security/Permissions.h"
#include "models/security/Session.h"
#include "models/store/Transaction.h"

#include <QCoreApplication>
#include <QSqlError>
#include <QVariantMap>

namespace binhyen {

using namespace identitydetail;
using Purpose = StationKeyRepo::Purpose;

namespace {

QVariantMap change(const QVariant& before, const QVariant& after) {
    return {{QStringLiteral("before"), before}, {QStringLiteral("after"), after}};
}

Error noSuchTip() {
    return makeError(ErrorCode::NotFound,
                     QCoreApplication::translate("IdentityRepo", "No such tip."));
}

} // namespace

// --- Shared helpers (IdentityRepoDetail.h) ----------------------------------------------------

Error identitydetail::dbError(const QSqlQuery& q) {
    return makeError(ErrorCode::Io,
                     QCoreApplication::translate(
                         "IdentityRepo", "The informant records could not be read or written."),
                     q.lastError().text());
}

const char* const identitydetail::kSealedTipsSql =
    "SELECT id, number, informant_id, informant_sealed FROM tips WHERE informant_sealed IS NOT "
    "NULL AND id > ? ORDER BY id";

Result<QList<SealedTip>> identitydetail::sealedTips(QSqlDatabase db, qint64 afterId) {
    QSqlQuery q(db);
    q.prepare(QString::fromLatin1(kSealedTipsSql));
    q.addBindValue(afterId);
    if (!q.exec())
        return dbError(q);
    QList<SealedTip> out;
    while (q.next())
        out.append({q.value(0).toLongLong(), q.value(1).toString(), q.value(2).toLongLong(),
                    q.value(3).toByteArray()});
    return out;
}

Result<identitycodec::Decoded> identitydetail::openTip(const SealedTip& tip,
                                                       const SecretBytes& identitySecret) {
    auto plain =
        crypto::openSealed(crypto::boxPublicOf(identitySecret), identitySecret, tip.sealed);
    if (!plain)
        return makeError(ErrorCode::VerificationFailed,
                         QCoreApplication::translate(
                             "IdentityRepo",
                             "The sealed identity of tip %1 cannot be opened with the chiefs' "
                             "identity key: it was sealed to another key or altered.")
                             .arg(tip.number),
                         QStringLiteral("tips.id=%1").arg(tip.id));
    auto decoded = identitycodec::decode(plain.value());
    if (!decoded)
        return decoded.error();
    if (decoded.value().tipId != tip.id) {
        identitycodec::wipeIdentity(decoded.value().identity);
        return makeError(
            ErrorCode::VerificationFailed,
            QCoreApplication::translate("IdentityRepo",
                                        "The sealed identity of tip %1 has been swapped: it was "
                                        "sealed for another tip.")
                .arg(tip.number),
            QStringLiteral("tips.id=%1 sealed-for=%2").arg(tip.id).arg(decoded.value().tipId));
    }
    return decoded;
}

Result<void> identitydetail::audit(QSqlDatabase db, const Clock& clock, const Session& session,
                                   const AuditEntry& entry) {
    auto r = AuditRepo(db, clock).append(session, entry);
    if (!r)
        return r.error();
    return {};
}

Result<QByteArray> identitydetail::tipHash(QSqlDatabase db, const Clock& clock, qint64 tipId) {
    return AuditRepo(db, clock).recordHash(QStringLiteral("tip"), tipId);
}

// --- IdentityRepo ------------------------------------------------------------------------------

IdentityRepo::IdentityRepo(QSqlDatabase db, const Clock& clock)
    : m_db(std::move(db))
    , m_clock(clock) {}

QString IdentityRepo::now() const {
    return stationTimeText(m_clock.now());
}

Result<qint64> IdentityRepo::rootInformant(qint64 informantId, QString* pseudonym) const {
    qint64 id = informantId;
    for (int hops = 0; hops < 64; ++hops) {
        QSqlQuery q(m_db);
        q.prepare(QStringLiteral("SELECT pseudonym, merged_into FROM informants WHERE id = ?"));
        q.addBindValue(id);
        if (!q.exec())
            return dbError(q);
        if (!q.next())
            return makeError(
                ErrorCode::NotFound,
                QCoreApplication::translate("IdentityRepo", "No informant with this pseudonym."));
        if (q.value(1).isNull()) {
            if (pseudonym)
                *pseudonym = q.value(0).toString();
            return id;
        }
        id = q.value(1).toLongLong();
    }
    return makeError(
        ErrorCode::Damaged,
        QCoreApplication::translate("IdentityRepo", "The informants' merges form a loop."));
}

Result<qint64> IdentityRepo::newInformant(QString* pseudonym) {
    // The next number of the sequence: never derived from the identity.
    QSqlQuery n(m_db);
    if (!n.exec(QStringLiteral(
            "SELECT coalesce(max(CAST(substr(pseudonym, 5) AS INTEGER)), 0) FROM informants")) ||
        !n.next())
        return dbError(n);
    *pseudonym = QStringLiteral("NBT-%1").arg(n.value(0).toLongLong() + 1, 4, 10, QLatin1Char('0'));
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral("INSERT INTO informants (pseudonym, created_at) VALUES (?, ?)"));
    q.addBindValue(*pseudonym);
    q.addBindValue(now());
    if (!q.exec())
        return dbError(q);
    return q.lastInsertId().toLongLong();
}

Result<QString> IdentityRepo::seal(const Session& session, qint64 tipId,
                                   const InformantIdentity& identity,
                                   std::optional<qint64> existingInformant) {
    if (auto allowed = require(session, Operation::SealIdentity); !allowed)
        return allowed.error();
    if (identity.isEmpty())
        return makeError(
            ErrorCode::InvalidInput,
            QCoreApplication::translate("IdentityRepo", "There is no identity to seal."));
    QSqlQuery t(m_db);
    t.prepare(QStringLiteral("SELECT informant_sealed IS NOT NULL FROM tips WHERE id = ?"));
    t.addBindValue(tipId);
    if (!t.exec())
        return dbError(t);
    if (!t.next())
        return noSuchTip();
    if (t.value(0).toBool())
        return makeError(ErrorCode::Exists,
                         QCoreApplication::translate(
                             "IdentityRepo", "This tip already has a sealed informant identity."));
    auto publicKey = StationKeyRepo(m_db).publicKey(Purpose::Identity);
    if (!publicKey)
        return publicKey.error();

    Transaction tx(m_db);
    QString pseudonym;
    auto informant = existingInformant ? rootInformant(*existingInformant, &pseudonym)
                                       : newInformant(&pseudonym);
    if (!informant)
        return informant.error();
    const SecretBytes plaintext = identitycodec::encode(tipId, identity);
    const QByteArray sealed =
        plaintext.isEmpty() ? QByteArray() : crypto::seal(publicKey.value(), plaintext);
    if (sealed.isEmpty())
        return makeError(ErrorCode::Damaged,
                         QCoreApplication::translate("IdentityRepo",
                                                     "The station's identity key is not usable."));
    QSqlQuery u(m_db);
    u.prepare(QStringLiteral("UPDATE tips SET informant_kind = 'identified', informant_sealed = ?, "
                             "informant_id = ?, informant_pseudonym = ?, updated_at = ? "
                             "WHERE id = ?"));
    u.addBindValue(sealed);
    u.addBindValue(informant.value());
    u.addBindValue(pseudonym);
    u.addBindValue(now());
    u.addBindValue(tipId);
    if (!u.exec() || u.numRowsAffected() != 1)
        return dbError(u);
    auto hash = tipHash(m_db, m_clock, tipId);
    if (!hash)
        return hash.error();
    AuditEntry entry{
        QStringLiteral("identity.seal"),
        QStringLiteral("tip"),
        tipId,
        {{QStringLiteral("informant_pseudonym"), change(QVariant(), pseudonym)},
         {QStringLiteral("informant_sealed"), change(QVariant(), QStringLiteral("(sealed)"))}},
        QString(),
        hash.value()};
    if (auto r = audit(m_db, m_clock, session, entry); !r)
        return r.error();
    if (auto r = tx.commit(); !r)
        return r.error();
    return pseudonym;
}

Result<InformantIdentity> IdentityRepo::reveal(const Session& chief, qint64 tipId,
                                               const QString& reason) {
    if (auto allowed = require(chief, Operation::RevealIdentity); !allowed)
        return allowed.error();
    if (reason.trimmed().isEmpty())
        return makeError(ErrorCode::InvalidInput,
                         QCoreApplication::translate("IdentityRepo",
                                                     "Write the reason for seeing who gave this "
                                                     "tip: it is recorded in the audit trail."));
    QSqlQuery q(m_db);
    q.prepare(
        QStringLiteral("SELECT id, number, informant_id, informant_sealed FROM tips WHERE id = ?"));
    q.addBindValue(tipId);
    if (!q.exec())
        return dbError(q);
    if (!q.next())
        return noSuchTip();
    const SealedTip tip{q.value(0).toLongLong(), q.value(1).toString(), q.value(2).toLongLong(),
                        q.value(3).toByteArray()};
    if (tip.sealed.isEmpty())
        return makeError(ErrorCode::NotFound,
                         QCoreApplication::translate("IdentityRepo",
                                                     "This tip has no sealed informant identity."));
    auto secret = StationKeyRepo(m_db).unwrapForChief(chief, Purpose::Identity);
    if (!secret)
        return secret.error();
    auto opened = openTip(tip, secret.value());
    if (!opened)
        return opened.error();
    Transaction tx(m_db);
    if (auto r = audit(m_db, m_clock, chief,
                       AuditEntry{QStringLiteral("identity.reveal"),
                                  QStringLiteral("tip"),
                                  tipId,
                                  {},
                                  reason.trimmed(),
                                  {}});
        !r) {
        identitycodec::wipeIdentity(opened.value().identity);
        return r.error();
    }
    if (auto r = tx.commit(); !r) {
        identitycodec::wipeIdentity(opened.value().identity);
        return r.error();
    }
    return std::move(opened.value().identity);
}

Result<void> IdentityRepo::mergeInformants(const Session& chief, qint64 keep, qint64 merged,
                                           const QString& reason) {
    if (auto allowed = require(chief, Operation::MergeInformants); !allowed)
        return allowed;
    if (reason.trimmed().isEmpty())
        return makeError(ErrorCode::InvalidInput,
                         QCoreApplication::translate(
                             "IdentityRepo", "Write the reason for merging the two pseudonyms."));
    QString keptName, mergedName;
    auto keptRoot = rootInformant(keep, &keptName);
    if (!keptRoot)
        return keptRoot.error();
    auto mergedRoot = rootInformant(merged, &mergedName);
    if (!mergedRoot)
        return mergedRoot.error();
    if (keptRoot.value() == mergedRoot.value())
        return makeError(
            ErrorCode::InvalidInput,
            QCoreApplication::translate("IdentityRepo",
                                        "These two pseudonyms are already the same informant."));
    Transaction tx(m_db);
    QSqlQuery u(m_db);
    u.prepare(QStringLiteral("UPDATE informants SET merged_into = ? WHERE id = ?"));
    u.addBindValue(keptRoot.value());
    u.addBindValue(mergedRoot.value());
    if (!u.exec() || u.numRowsAffected() != 1)
        return dbError(u);
    AuditEntry entry{QStringLiteral("identity.merge"),
                     QStringLiteral("informant"),
                     mergedRoot.value(),
                     {{QStringLiteral("merged_into"), change(QVariant(), keptName)}},
                     reason.trimmed(),
                     {}};
    if (auto r = audit(m_db, m_clock, chief, entry); !r)
        return r;
    return tx.commit();
}

Result<QStringList> IdentityRepo::textMentionsSealed(const Session& chief, const QString& text) {
    if (auto allowed = require(chief, Operation::RevealIdentity); !allowed)
        return allowed.error();
    auto secret = StationKeyRepo(m_db).unwrapForChief(chief, Purpose::Identity);
    if (!secret)
        return secret.error();
    auto tips = sealedTips(m_db, 0);
    if (!tips)
        return tips.error();
    QStringList pseudonyms;
    for (const SealedTip& tip : tips.value()) {
        auto opened = openTip(tip, secret.value());
        if (!opened)
            continue; // reported by checkAtChiefLogon and on reveal, not here
        const bool mentioned = identitycodec::textMentions(text, opened.value().identity);
        identitycodec::wipeIdentity(opened.value().identity);
        QString pseudonym;
        if (mentioned && rootInformant(tip.informantId, &pseudonym) &&
            !pseudonyms.contains(pseudonym))
            pseudonyms.append(pseudonym);
    }
    return pseudonyms;
}

Result<QString> IdentityRepo::pseudonymOf(qint64 tipId) const {
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral("SELECT informant_id, informant_pseudonym FROM tips WHERE id = ?"));
    q.addBindValue(tipId);
    if (!q.exec())
        return dbError(q);
    if (!q.next())
        return noSuchTip();
    if (q.value(0).isNull())
        return q.value(1).toString();
    QString pseudonym;
    auto root = rootInformant(q.value(0).toLongLong(), &pseudonym);
    if (!root)
        return root.error();
    return pseudonym;
}

} // namespace binhyen
