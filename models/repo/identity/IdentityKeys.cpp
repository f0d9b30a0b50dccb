// IdentityRepo: the identity key pair's checks at chief logon and its rotation (IdentityRepo.h).
#include "models/domain/StationTime.h"
#include "models/repo/accounts/StationKeyRepo.h"
#include "models/repo/accounts/UserRepo.h"
#include "models/repo/audit/AuditRepo.h"
#include "models/repo/identity/IdentityRepo.h"
#include "models/repo/identity/IdentityRepoDetail.h"
#include "models/security/Crypto.h"
#include "models/security/Permissions.h"
#include "models/security/Session.h"
#include "models/store/Transaction.h"

#include <QCoreApplication>

namespace binhyen {

using namespace identitydetail;
using Purpose = StationKeyRepo::Purpose;

namespace {

const QString kCheckedSetting = QStringLiteral("identity.checked_up_to_tip");

Error replacedKeyAlarm() {
    return makeError(ErrorCode::VerificationFailed,
                     QCoreApplication::translate(
                         "IdentityRepo",
                         "ALARM: the identity sealing public key has been replaced: identities "
                         "recorded now would not be readable by the chiefs. Stop recording "
                         "informants' identities and report this to the provincial police."),
                     QStringLiteral("station_keys.identity"));
}

Error alarmFor(const Error& problem) {
    return makeError(ErrorCode::VerificationFailed,
                     QCoreApplication::translate("IdentityRepo", "ALARM: %1").arg(problem.message),
                     problem.detail);
}

} // namespace

Result<void> IdentityRepo::checkAtChiefLogon(const Session& chief) {
    if (auto allowed = require(chief, Operation::RevealIdentity); !allowed)
        return allowed;
    StationKeyRepo keys(m_db);
    auto secret = keys.unwrapForChief(chief, Purpose::Identity);
    if (!secret)
        return secret.error();
    auto stored = keys.publicKey(Purpose::Identity);
    if (!stored)
        return stored.error();
    if (crypto::boxPublicOf(secret.value()) != stored.value())
        return replacedKeyAlarm();

    Transaction tx(m_db);
    // A renewed key handed over at a rotation becomes an ordinary wrap under this chief's key.
    auto handedOver = keys.isHandedOver(chief.userId(), Purpose::Identity);
    if (!handedOver)
        return handedOver.error();
    if (handedOver.value()) {
        if (auto r = keys.wrapFor(chief.userId(), chief.wrappingKey(), Purpose::Identity,
                                  secret.value());
            !r)
            return r;
    }
    QSqlQuery s(m_db);
    s.prepare(QStringLiteral("SELECT value FROM settings WHERE key = ?"));
    s.addBindValue(kCheckedSetting);
    if (!s.exec())
        return dbError(s);
    const qint64 checkedUpTo = s.next() ? s.value(0).toLongLong() : 0;
    auto tips = sealedTips(m_db, checkedUpTo);
    if (!tips)
        return tips.error();
    qint64 goodUpTo = checkedUpTo;
    std::optional<Error> problem;
    for (const SealedTip& tip : tips.value()) {
        auto opened = openTip(tip, secret.value());
        if (!opened) {
            problem = opened.error();
            break; // checked again at the next logon until resolved
        }
        identitycodec::wipeIdentity(opened.value().identity);
        goodUpTo = tip.id;
    }
    if (goodUpTo != checkedUpTo) {
        QSqlQuery u(m_db);
        u.prepare(QStringLiteral("INSERT INTO settings (key, value) VALUES (?, ?) "
                                 "ON CONFLICT (key) DO UPDATE SET value = excluded.value"));
        u.addBindValue(kCheckedSetting);
        u.addBindValue(QString::number(goodUpTo));
        if (!u.exec())
            return dbError(u);
    }
    if (auto r = tx.commit(); !r)
        return r;
    if (problem)
        return alarmFor(*problem);
    return {};
}

Result<int> IdentityRepo::rotateIdentityKey(const Session& chief, const SecretBytes& escrowKey) {
    if (auto allowed = require(chief, Operation::RotateIdentityKey); !allowed)
        return allowed.error();
    StationKeyRepo keys(m_db);
    auto oldSecret = keys.unwrapForChief(chief, Purpose::Identity);
    if (!oldSecret)
        return oldSecret.error();
    auto stored = keys.publicKey(Purpose::Identity);
    if (!stored)
        return stored.error();
    if (crypto::boxPublicOf(oldSecret.value()) != stored.value())
        return replacedKeyAlarm();
    // The escrow must keep working: the recovery key given must be this register's.
    auto escrowed = keys.unwrapWithEscrow(escrowKey, Purpose::Identity);
    if (!escrowed || !escrowed.value().equals(oldSecret.value()))
        return makeError(
            ErrorCode::WrongKey,
            QCoreApplication::translate("IdentityRepo",
                                        "This recovery key does not belong to this register."));
    // Hand-overs are sealed to other chiefs' user keys: those must be the station-signed ones,
    // checked against the station signing key this chief holds (not only the stored copy).
    auto signing = keys.unwrapForChief(chief, Purpose::Signing);
    if (!signing)
        return signing.error();
    auto signingPublic = keys.publicKey(Purpose::Signing);
    if (!signingPublic)
        return signingPublic.error();
    if (crypto::signingPublicOf(signing.value()) != signingPublic.value())
        return makeError(ErrorCode::VerificationFailed,
                         QCoreApplication::translate("IdentityRepo",
                                                     "ALARM: the station's signing public key has "
                                                     "been replaced."),
                         QStringLiteral("station_keys.signing"));
    if (auto r = UserRepo(m_db, m_clock).verifyAccounts(); !r)
        return r.error();
    auto tips = sealedTips(m_db, 0);
    if (!tips)
        return tips.error();

    Transaction tx(m_db);
    const crypto::BoxPair fresh = crypto::newBoxPair();
    for (const SealedTip& tip : tips.value()) {
        // Re-sealed as it is: a value swapped from another tip stays detectable.
        auto plain = crypto::openSealed(stored.value(), oldSecret.value(), tip.sealed);
        if (!plain)
            return openTip(tip, oldSecret.value()).error(); // names the tip; nothing changed
        QSqlQuery u(m_db);
        u.prepare(QStringLiteral("UPDATE tips SET informant_sealed = ? WHERE id = ?"));
        u.addBindValue(crypto::seal(fresh.publicKey, plain.value()));
        u.addBindValue(tip.id);
        if (!u.exec())
            return dbError(u);
        auto hash = tipHash(m_db, m_clock, tip.id);
        if (!hash)
            return hash.error();
        AuditEntry entry{QStringLiteral("identity.reseal"),
                         QStringLiteral("tip"),
                         tip.id,
                         {},
                         QString(),
                         hash.value()};
        if (auto r = audit(m_db, m_clock, chief, entry); !r)
            return r.error();
    }
    if (auto r = keys.replacePublicKey(Purpose::Identity, fresh.publicKey,
                                       stationTimeText(m_clock.now()));
        !r)
        return r.error();
    if (auto r = keys.removeWrapsExcept(Purpose::Identity, chief.userId()); !r)
        return r.error();
    if (auto r =
            keys.wrapFor(chief.userId(), chief.wrappingKey(), Purpose::Identity, fresh.secretKey);
        !r)
        return r.error();
    if (auto r = keys.wrapForEscrow(escrowKey, Purpose::Identity, fresh.secretKey); !r)
        return r.error();
    // Other active chiefs: a hand-over to their current (station-signed) user key.
    QSqlQuery c(m_db);
    c.prepare(QStringLiteral(
        "SELECT u.id, k.public_key FROM users u JOIN user_keys k ON k.id = (SELECT max(id) FROM "
        "user_keys WHERE user_id = u.id) WHERE u.role = 'chief' AND u.active = 1 AND "
        "u.password_hash IS NOT NULL AND u.id <> ? ORDER BY u.id"));
    c.addBindValue(chief.userId());
    if (!c.exec())
        return dbError(c);
    int handedOver = 0;
    while (c.next()) {
        if (auto r = keys.handOver(c.value(0).toLongLong(), c.value(1).toByteArray(),
                                   Purpose::Identity, fresh.secretKey, signing.value());
            !r)
            return r.error();
        ++handedOver;
    }
    AuditEntry entry{QStringLiteral("identity.rotate"),
                     QString(),
                     0,
                     {{QStringLiteral("resealed"), static_cast<qint64>(tips.value().size())},
                      {QStringLiteral("handed_over_to_chiefs"), handedOver}},
                     QString(),
                     {}};
    if (auto r = audit(m_db, m_clock, chief, entry); !r)
        return r.error();
    if (auto r = tx.commit(); !r)
        return r.error();
    return static_cast<int>(tips.value().size());
}

} // namespace binhyen
