#include "models/security/AuditChain.h"

#include "models/security/Canonical.h"
#include "models/security/Crypto.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QJsonValue>
#include <algorithm>

namespace binhyen::auditchain {

namespace {

QVariant nullable(qint64 value) {
    return value == 0 ? QVariant() : QVariant(value);
}

QVariant nullable(const QString& value) {
    return value.isEmpty() ? QVariant() : QVariant(value);
}

QVariant nullable(const QByteArray& value) {
    return value.isEmpty() ? QVariant() : QVariant(value);
}

const QString kSealed = QStringLiteral("(sealed)");

QJsonValue jsonOf(const QString& field, const QVariant& value) {
    if (value.typeId() == QMetaType::QVariantMap) { // {"before": …, "after": …}
        QJsonObject nested;
        const QVariantMap map = value.toMap();
        for (auto it = map.begin(); it != map.end(); ++it)
            nested.insert(it.key(), jsonOf(field, it.value()));
        return nested;
    }
    if (value.typeId() == QMetaType::QByteArray || field.endsWith(QLatin1String("_sealed")))
        return value.isNull() ? QJsonValue() : QJsonValue(kSealed);
    return QJsonValue::fromVariant(value);
}

} // namespace

QByteArray zeroHash() {
    return QByteArray(kHashBytes, '\0');
}

QByteArray rowHash(const ChainRow& row) {
    Canonical c;
    c.add(row.prevHash)
        .add(row.at)
        .add(nullable(row.userId))
        .add(row.action)
        .add(nullable(row.objectType))
        .add(nullable(row.objectId))
        .add(nullable(row.detail))
        .add(nullable(row.recordHash))
        .add(nullable(row.keyId))
        .add(row.monotonicMs);
    return crypto::hash(c.bytes(), kRowContext);
}

QByteArray checkpointHash(const CheckpointData& cp) {
    Canonical c;
    c.add(cp.number).add(cp.at).add(cp.headId).add(cp.headHash).add(cp.prevHash).add(cp.reason);
    return crypto::hash(c.bytes(), kCheckpointContext);
}

QByteArray recordHashOf(QList<QPair<QString, QVariant>> columns) {
    std::sort(columns.begin(), columns.end(),
              [](const auto& a, const auto& b) { return a.first < b.first; });
    Canonical c;
    for (const auto& [name, value] : columns) {
        if (value.isNull() || !value.isValid())
            continue;
        c.add(name).add(value);
    }
    return crypto::hash(c.bytes(), kRecordContext);
}

QString encodeDetail(const QVariantMap& changes, const QString& text) {
    QJsonObject root; // QJsonObject keeps its keys sorted
    if (!changes.isEmpty()) {
        QJsonObject fields;
        for (auto it = changes.begin(); it != changes.end(); ++it)
            fields.insert(it.key(), jsonOf(it.key(), it.value()));
        root.insert(QStringLiteral("changes"), fields);
    }
    if (!text.isEmpty())
        root.insert(QStringLiteral("text"), text);
    if (root.isEmpty())
        return {};
    return QString::fromUtf8(QJsonDocument(root).toJson(QJsonDocument::Compact));
}

Detail decodeDetail(const QString& detail) {
    Detail out;
    if (detail.isEmpty())
        return out;
    const QJsonDocument doc = QJsonDocument::fromJson(detail.toUtf8());
    if (!doc.isObject()) {
        out.text = detail;
        return out;
    }
    const QJsonObject root = doc.object();
    out.changes = root.value(QStringLiteral("changes")).toObject().toVariantMap();
    out.text = root.value(QStringLiteral("text")).toString();
    return out;
}

const QStringList& systemActions() {
    static const QStringList actions = {
        QStringLiteral("app.start"),    QStringLiteral("app.exit"),
        QStringLiteral("logon.failed"), QStringLiteral("logon.locked"),
        QStringLiteral("session.lock"), QStringLiteral("clock.jump"),
        QStringLiteral("audit.alarm"),  QStringLiteral("backup.automatic")};
    return actions;
}

bool isSystemAction(const QString& action) {
    return systemActions().contains(action);
}

QString chainIdOf(const QByteArray& stationSigningPublicKey) {
    return QString::fromLatin1(
        crypto::hash(stationSigningPublicKey, kChainIdContext).left(16).toHex());
}

} // namespace binhyen::auditchain
