#pragma once

#include <QWizardPage>

class QLabel;
class QLineEdit;
class QPlainTextEdit;

namespace binhyen::ui {

// First-run wizard: the station as its documents name it.
class StationPage : public QWizardPage {
    Q_OBJECT
public:
    explicit StationPage(QWidget* parent = nullptr);
    bool validatePage() override;

private:
    QLineEdit* addField(const char* name, const QString& label, const QString& example,
                        bool mandatory);
    QLabel* m_problem = nullptr;
};

// First-run wizard: the commune's hamlets and neighbourhoods, one per line.
class HamletsPage : public QWizardPage {
    Q_OBJECT
public:
    explicit HamletsPage(QWidget* parent = nullptr);

private:
    QPlainTextEdit* m_lines = nullptr;
};

} // namespace binhyen::ui
