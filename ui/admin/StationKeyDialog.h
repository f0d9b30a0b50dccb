#pragma once

#include <QDialog>
#include <QSqlDatabase>

class QLabel;
class QLineEdit;

namespace binhyen::ui {

// The station signing public key (StationKeyRepo, Purpose::Signing) that signs the monthly report
// packages, with its fingerprint (reportpackage::fingerprint) in large grouped digits, so that
// the province can register it and later check the packages' origin (docs/REPORT-PACKAGE.md).
// Read-only: the key in base64 with a copy button.
class StationKeyDialog : public QDialog {
    Q_OBJECT
public:
    explicit StationKeyDialog(QSqlDatabase db, QWidget* parent = nullptr);

    QString publicKeyText() const;
    QString fingerprintText() const;

public Q_SLOTS:
    void copyPublicKey();

private:
    QLineEdit* m_key = nullptr;
    QLabel* m_fingerprint = nullptr;
};

} // namespace binhyen::ui
