#pragma once

#include <QWidget>

class QAction;
class QKeySequence;
class QLabel;

namespace binhyen {
struct ReviewItem;
enum class Operation;
class Clock;
class Register;
class Session;
} // namespace binhyen

namespace binhyen::ui {

class ReviewSection;

// The chief's review queue: tips not yet classified, deadlines due, valuable-tip proposals,
// cases proposed for closure. Each section is a compact table with its actions.
class ReviewPage : public QWidget {
    Q_OBJECT
public:
    // Each section shows its first kShown items (its title counts them all).
    static constexpr int kShown = 100;

    // `readNow`: read the queue at once; false leaves that to the first reload() (the main
    // window reads its pages when they are shown).
    ReviewPage(Register& reg, const Clock& clock, Session& session, QWidget* parent = nullptr,
               bool readNow = true);

public Q_SLOTS:
    void reload();

Q_SIGNALS:
    void tipActivated(qint64 tipId);
    void caseActivated(qint64 caseId);
    void changed();

private:
    using Handler = void (ReviewPage::*)(const ReviewItem&);
    QAction* addReviewAction(ReviewSection* section, const QString& name, const QString& text,
                             const QKeySequence& shortcut, Operation operation, Handler handler,
                             bool isDefault = false);
    void updateActions();
    void afterAction();

    void classify(const ReviewItem& item);
    void assign(const ReviewItem& item);
    void open(const ReviewItem& item);
    void confirmValuable(const ReviewItem& item);
    void rejectValuable(const ReviewItem& item);
    void approveClosure(const ReviewItem& item);
    void returnClosure(const ReviewItem& item);

    Register& m_register;
    const Clock& m_clock;
    Session& m_session;
    ReviewSection* m_unclassified = nullptr;
    ReviewSection* m_due = nullptr;
    ReviewSection* m_valuable = nullptr;
    ReviewSection* m_closure = nullptr;
    QLabel* m_problem = nullptr;
    QLabel* m_allDone = nullptr;
    QList<QPair<QAction*, ReviewSection*>> m_actions; // permitted actions need a selected row
};

} // namespace binhyen::ui
