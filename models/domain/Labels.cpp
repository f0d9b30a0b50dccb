#include "models/domain/Labels.h"

#include <QCoreApplication>

namespace binhyen {

namespace {

struct Label {
    const char* code;
    const char* source;
};

QString lookup(const Label* table, qsizetype size, const QString& code) {
    for (qsizetype i = 0; i < size; ++i) {
        if (code == QLatin1String(table[i].code))
            return QCoreApplication::translate("Labels", table[i].source);
    }
    return code;
}

template <qsizetype N> QString lookup(const Label (&table)[N], const QString& code) {
    return lookup(table, N, code);
}

} // namespace

QString channelLabel(const QString& code) {
    static const Label labels[] = {
        {"phone", QT_TRANSLATE_NOOP("Labels", "Phone")},
        {"hotline", QT_TRANSLATE_NOOP("Labels", "Hotline")},
        {"zalo", QT_TRANSLATE_NOOP("Labels", "Zalo")},
        {"in_person", QT_TRANSLATE_NOOP("Labels", "In person")},
        {"camera", QT_TRANSLATE_NOOP("Labels", "Camera")},
        {"document", QT_TRANSLATE_NOOP("Labels", "Document")},
    };
    return lookup(labels, code);
}

QString tipStatusLabel(const QString& code) {
    static const Label labels[] = {
        {"new", QT_TRANSLATE_NOOP("Labels", "New")},
        {"verifying", QT_TRANSLATE_NOOP("Labels", "Verifying")},
        {"forwarded", QT_TRANSLATE_NOOP("Labels", "Forwarded")},
        {"resolved", QT_TRANSLATE_NOOP("Labels", "Resolved")},
        {"suspended", QT_TRANSLATE_NOOP("Labels", "Suspended")},
        {"closed", QT_TRANSLATE_NOOP("Labels", "Closed")},
    };
    return lookup(labels, code);
}

QString caseStatusLabel(const QString& code) {
    static const Label labels[] = {
        {"verifying", QT_TRANSLATE_NOOP("Labels", "Verifying")},
        {"clarified", QT_TRANSLATE_NOOP("Labels", "Clarified")},
        {"forwarded", QT_TRANSLATE_NOOP("Labels", "Forwarded")},
        {"suspended", QT_TRANSLATE_NOOP("Labels", "Suspended")},
        {"closed", QT_TRANSLATE_NOOP("Labels", "Closed")},
    };
    return lookup(labels, code);
}

QString yesNoLabel(bool value) {
    return value ? QCoreApplication::translate("Labels", "Yes")
                 : QCoreApplication::translate("Labels", "No");
}

} // namespace binhyen
