#include "ui/admin/StationKeyDialog.h"

#include "models/repo/accounts/StationKeyRepo.h"
#include "reports/package/PackageFormat.h"

#include <QApplication>
#include <QClipboard>
#include <QDialogButtonBox>
#include <QFontDatabase>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace binhyen::ui {

StationKeyDialog::StationKeyDialog(QSqlDatabase db, QWidget* parent)
    : QDialog(parent) {
    setObjectName(QStringLiteral("stationKeyDialog"));
    setWindowTitle(tr("Station signing key"));
    auto* layout = new QVBoxLayout(this);

    auto* intro = new QLabel(
        tr("The monthly report packages this station sends are signed with this key. The "
           "province registers the public key and its fingerprint once, then checks every "
           "package with it (binhyen verify-package FILE --public-key KEY). Read the fingerprint "
           "to the province by telephone or send it in writing: if the fingerprints differ, the "
           "packages do not come from this station."),
        this);
    intro->setWordWrap(true);
    layout->addWidget(intro);

    const QFont fixed = QFontDatabase::systemFont(QFontDatabase::FixedFont);
    layout->addWidget(new QLabel(tr("Public key (base64):"), this));
    auto* keyRow = new QHBoxLayout;
    m_key = new QLineEdit(this);
    m_key->setObjectName(QStringLiteral("stationPublicKey"));
    m_key->setReadOnly(true);
    m_key->setFont(fixed);
    keyRow->addWidget(m_key, 1);
    auto* copy = new QPushButton(tr("&Copy"), this);
    copy->setObjectName(QStringLiteral("copyPublicKey"));
    connect(copy, &QPushButton::clicked, this, &StationKeyDialog::copyPublicKey);
    keyRow->addWidget(copy);
    layout->addLayout(keyRow);

    layout->addWidget(new QLabel(tr("Fingerprint:"), this));
    m_fingerprint = new QLabel(this);
    m_fingerprint->setObjectName(QStringLiteral("stationKeyFingerprint"));
    m_fingerprint->setTextInteractionFlags(Qt::TextSelectableByMouse);
    QFont big = fixed;
    big.setPointSizeF(fixed.pointSizeF() * 1.8);
    big.setBold(true);
    m_fingerprint->setFont(big);
    m_fingerprint->setAlignment(Qt::AlignCenter);
    layout->addWidget(m_fingerprint);

    auto key = StationKeyRepo(db).publicKey(StationKeyRepo::Purpose::Signing);
    if (key) {
        m_key->setText(QString::fromLatin1(key.value().toBase64()));
        m_key->setCursorPosition(0);
        m_key->setMinimumWidth(QFontMetrics(fixed).horizontalAdvance(m_key->text()) + 24);
        // Two lines of four groups: easier to read aloud.
        const QStringList groups = reportpackage::fingerprint(key.value()).split(QLatin1Char(' '));
        m_fingerprint->setText(groups.mid(0, 4).join(QLatin1Char(' ')) + QLatin1Char('\n') +
                               groups.mid(4).join(QLatin1Char(' ')));
    } else {
        m_fingerprint->setText(key.error().message);
        copy->setEnabled(false);
    }

    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    layout->addWidget(buttons);
}

QString StationKeyDialog::publicKeyText() const {
    return m_key->text();
}

QString StationKeyDialog::fingerprintText() const {
    return m_fingerprint->text();
}

void StationKeyDialog::copyPublicKey() {
    QApplication::clipboard()->setText(m_key->text());
}

} // namespace binhyen::ui
