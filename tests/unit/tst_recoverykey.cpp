// The recovery key: typable, checksummed; keys derived under distinct contexts.
#include "models/security/KeyDerivation.h"
#include "models/security/RecoveryKey.h"

#include <QRegularExpression>
#include <QTest>

using namespace binhyen;

class TestRecoveryKey : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void formatAndParseRoundTrip() {
        for (int i = 0; i < 200; ++i) {
            SecretBytes secret = RecoveryKey::generateSecret();
            QCOMPARE(secret.size(), std::size_t(20));
            const QString text = RecoveryKey::format(secret);
            QVERIFY(QRegularExpression(
                        QStringLiteral("^([0-9A-HJKMNP-TV-Z]{4}-){8}[0-9A-HJKMNP-TV-Z]{4}$"))
                        .match(text)
                        .hasMatch());
            auto parsed = RecoveryKey::parse(text);
            QVERIFY(parsed.ok());
            QVERIFY(parsed.value().equals(secret));
            // Case, spaces and look-alike letters do not matter.
            QString sloppy = text.toLower();
            sloppy.replace(QLatin1Char('-'), QLatin1Char(' '));
            sloppy.replace(QLatin1Char('0'), QLatin1Char('o'));
            sloppy.replace(QLatin1Char('1'), QLatin1Char('l'));
            QVERIFY(RecoveryKey::parse(sloppy).value().equals(secret));
        }
    }

    void typingMistakesAreCaught() {
        int caught = 0;
        for (int i = 0; i < 200; ++i) {
            const QString text = RecoveryKey::format(RecoveryKey::generateSecret());
            QString typo = text;
            const int pos = (i * 7) % text.size();
            if (typo[pos] == QLatin1Char('-'))
                continue;
            typo[pos] = typo[pos] == QLatin1Char('7') ? QLatin1Char('8') : QLatin1Char('7');
            auto parsed = RecoveryKey::parse(typo);
            QVERIFY(!parsed.ok());
            QCOMPARE(parsed.error().code, ErrorCode::InvalidInput);
            ++caught;
        }
        QVERIFY(caught > 150);
        QVERIFY(!RecoveryKey::parse(QStringLiteral("ABCD-EFGH")).ok());
        QVERIFY(!RecoveryKey::parse(QStringLiteral("ABCD-EFGH-!!!!")).ok());
    }

    void derivedKeysAreDistinctAndStable() {
        SecretBytes secret = RecoveryKey::generateSecret();
        SecretBytes reg1 = KeyDerivation::registerKey(secret);
        SecretBytes reg2 = KeyDerivation::registerKey(secret);
        SecretBytes escrow = KeyDerivation::escrowKey(secret);
        QCOMPARE(reg1.size(), std::size_t(32));
        QVERIFY(reg1.equals(reg2));
        QVERIFY(!reg1.equals(escrow));
        QVERIFY(!KeyDerivation::registerKey(RecoveryKey::generateSecret()).equals(reg1));
    }

    void secretBytesHexRoundTrip() {
        SecretBytes key = SecretBytes::random(32);
        QByteArray hex = key.toHex();
        QCOMPARE(hex.size(), 64);
        bool ok = false;
        QVERIFY(SecretBytes::fromHex(hex, &ok).equals(key));
        QVERIFY(ok);
        SecretBytes::fromHex("zz", &ok);
        QVERIFY(!ok);
        wipe(hex);
        QVERIFY(hex.isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestRecoveryKey)
#include "tst_recoverykey.moc"
