#include "models/domain/CaseLabels.h"

#include <QCoreApplication>

namespace binhyen {

namespace {

struct Label {
    const char* code;
    const char* source;
};

template <qsizetype N> QString lookup(const Label (&table)[N], const QString& code) {
    for (const Label& label : table) {
        if (code == QLatin1String(label.code))
            return QCoreApplication::translate("CaseLabels", label.source);
    }
    return code;
}

} // namespace

QString caseEventKindLabel(const QString& kind) {
    static const Label labels[] = {
        {"tip_linked", QT_TRANSLATE_NOOP("CaseLabels", "Tip linked")},
        {"call", QT_TRANSLATE_NOOP("CaseLabels", "Call")},
        {"scene_visit", QT_TRANSLATE_NOOP("CaseLabels", "Scene visit")},
        {"camera_extract", QT_TRANSLATE_NOOP("CaseLabels", "Camera footage extracted")},
        {"zalo_notice", QT_TRANSLATE_NOOP("CaseLabels", "Notice posted to the Zalo groups")},
        {"suspect_located", QT_TRANSLATE_NOOP("CaseLabels", "Suspect located")},
        {"brought_in", QT_TRANSLATE_NOOP("CaseLabels", "Brought in")},
        {"statement", QT_TRANSLATE_NOOP("CaseLabels", "Statement taken")},
        {"handed_over", QT_TRANSLATE_NOOP("CaseLabels", "Handed over")},
        {"outcome", QT_TRANSLATE_NOOP("CaseLabels", "Outcome (closure proposed)")},
        {"review", QT_TRANSLATE_NOOP("CaseLabels", "Chief's review")},
        {"other", QT_TRANSLATE_NOOP("CaseLabels", "Other")},
    };
    return lookup(labels, kind);
}

QString caseReviewStatusLabel(const QString& code) {
    static const Label labels[] = {
        {"pending", QT_TRANSLATE_NOOP("CaseLabels", "Waiting for review")},
        {"approved", QT_TRANSLATE_NOOP("CaseLabels", "Closure approved")},
        {"returned", QT_TRANSLATE_NOOP("CaseLabels", "Sent back")},
    };
    return lookup(labels, code);
}

QStringList openCaseStatuses() {
    return {QStringLiteral("verifying"), QStringLiteral("clarified"), QStringLiteral("forwarded"),
            QStringLiteral("suspended")};
}

} // namespace binhyen
