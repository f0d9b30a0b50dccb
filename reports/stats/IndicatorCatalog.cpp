#include "reports/stats/IndicatorCatalog.h"

#include <QCoreApplication>

namespace binhyen::indicatorcatalog {

namespace {

struct Entry {
    const char* key;
    int section;
    const char* text;
};

// QT_TRANSLATE_NOOP keeps the sources visible to lupdate. Order: the report's and the
// statistics table's.
const Entry kEntries[] = {
    {"tips_total", 1, QT_TRANSLATE_NOOP("IndicatorCatalog", "Tips received")},
    {"tips_by_channel.phone", 1, QT_TRANSLATE_NOOP("IndicatorCatalog", "— by phone")},
    {"tips_by_channel.hotline", 1, QT_TRANSLATE_NOOP("IndicatorCatalog", "— through the hotline")},
    {"tips_by_channel.zalo", 1, QT_TRANSLATE_NOOP("IndicatorCatalog", "— through the Zalo groups")},
    {"tips_by_channel.in_person", 1, QT_TRANSLATE_NOOP("IndicatorCatalog", "— in person")},
    {"tips_by_channel.camera", 1, QT_TRANSLATE_NOOP("IndicatorCatalog", "— from security cameras")},
    {"tips_by_channel.document", 1, QT_TRANSLATE_NOOP("IndicatorCatalog", "— in writing")},
    {"tips_by_classification.to_giac", 1,
     QT_TRANSLATE_NOOP("IndicatorCatalog", "— crime reports (tố giác)")},
    {"tips_by_classification.tin_bao", 1,
     QT_TRANSLATE_NOOP("IndicatorCatalog", "— crime information (tin báo)")},
    {"tips_by_classification.kien_nghi", 1,
     QT_TRANSLATE_NOOP("IndicatorCatalog", "— prosecution requests (kiến nghị)")},
    {"tips_by_classification.phan_anh", 1,
     QT_TRANSLATE_NOOP("IndicatorCatalog", "— public feedback (phản ánh)")},
    {"tips_by_classification.khong_antt", 1,
     QT_TRANSLATE_NOOP("IndicatorCatalog", "— not security or order")},
    {"tips_by_classification.unclassified", 1,
     QT_TRANSLATE_NOOP("IndicatorCatalog", "— not classified yet")},
    {"tips_valuable", 1, QT_TRANSLATE_NOOP("IndicatorCatalog", "Valuable tips")},
    {"tips_crime_forwarded", 1, QT_TRANSLATE_NOOP("IndicatorCatalog", "Crime tips forwarded")},
    {"tips_crime_forwarded_in_time", 1,
     QT_TRANSLATE_NOOP("IndicatorCatalog", "— forwarded in time")},
    {"cases_new", 2, QT_TRANSLATE_NOOP("IndicatorCatalog", "Cases opened")},
    {"cases_solved", 2, QT_TRANSLATE_NOOP("IndicatorCatalog", "Cases solved")},
    {"cases_solved_public_help", 2,
     QT_TRANSLATE_NOOP("IndicatorCatalog", "— solved with the public's help")},
    {"suspects_identified", 2, QT_TRANSLATE_NOOP("IndicatorCatalog", "Suspects identified")},
    {"suspects_arrested", 2, QT_TRANSLATE_NOOP("IndicatorCatalog", "Suspects arrested")},
    {"suspects_caught_in_act", 2, QT_TRANSLATE_NOOP("IndicatorCatalog", "— caught in the act")},
    {"persons_surrendered", 2, QT_TRANSLATE_NOOP("IndicatorCatalog", "Persons who surrendered")},
    {"lost_persons_found", 3, QT_TRANSLATE_NOOP("IndicatorCatalog", "Lost persons found")},
    {"documents_returned", 3, QT_TRANSLATE_NOOP("IndicatorCatalog", "Documents returned")},
    {"property_returned", 3, QT_TRANSLATE_NOOP("IndicatorCatalog", "Property returned")},
    {"property_value_vnd", 3, QT_TRANSLATE_NOOP("IndicatorCatalog", "Value returned (đồng)")},
    {"weapons_handed_in", 3,
     QT_TRANSLATE_NOOP("IndicatorCatalog", "Weapons and explosives handed in")},
    {"models_in_force", 4, QT_TRANSLATE_NOOP("IndicatorCatalog", "Mass movement models in force")},
    {"models_by_type.zalo_group", 4, QT_TRANSLATE_NOOP("IndicatorCatalog", "— Zalo groups")},
    {"models_by_type.lien_gia", 4,
     QT_TRANSLATE_NOOP("IndicatorCatalog", "— linked households (liên gia)")},
    {"models_by_type.camera", 4, QT_TRANSLATE_NOOP("IndicatorCatalog", "— security cameras")},
    {"models_by_type.tieng_keng", 4,
     QT_TRANSLATE_NOOP("IndicatorCatalog", "— alarm bells (tiếng kẻng)")},
    {"models_by_type.te_nan", 4,
     QT_TRANSLATE_NOOP("IndicatorCatalog", "— social evils prevention")},
    {"models_by_type.song_tot", 4,
     QT_TRANSLATE_NOOP("IndicatorCatalog", "— helping people live well")},
    {"models_by_type.other", 4, QT_TRANSLATE_NOOP("IndicatorCatalog", "— other models")},
    {"models_new", 4, QT_TRANSLATE_NOOP("IndicatorCatalog", "New models")},
    {"model_points", 4, QT_TRANSLATE_NOOP("IndicatorCatalog", "Model points")},
    {"model_teams", 4, QT_TRANSLATE_NOOP("IndicatorCatalog", "Model teams")},
    {"model_members", 4, QT_TRANSLATE_NOOP("IndicatorCatalog", "Model members")},
    {"model_households", 4, QT_TRANSLATE_NOOP("IndicatorCatalog", "Model households")},
    {"models_exemplary", 4, QT_TRANSLATE_NOOP("IndicatorCatalog", "Exemplary models")},
    {"zalo_groups", 4, QT_TRANSLATE_NOOP("IndicatorCatalog", "Zalo groups in force")},
    {"hamlets_total", 4, QT_TRANSLATE_NOOP("IndicatorCatalog", "Hamlets")},
    {"hamlets_with_zalo", 4, QT_TRANSLATE_NOOP("IndicatorCatalog", "— with a Zalo group")},
    {"households_connected", 4,
     QT_TRANSLATE_NOOP("IndicatorCatalog", "Households connected through Zalo")},
    {"zalo_members_warned", 4, QT_TRANSLATE_NOOP("IndicatorCatalog", "Zalo members warned")},
    {"zalo_members_removed", 4, QT_TRANSLATE_NOOP("IndicatorCatalog", "Zalo members removed")},
    {"meetings", 4, QT_TRANSLATE_NOOP("IndicatorCatalog", "Meetings held")},
    {"meeting_attendance", 4, QT_TRANSLATE_NOOP("IndicatorCatalog", "Meeting attendance")},
};

const Entry* find(const QString& key) {
    for (const Entry& e : kEntries)
        if (key == QLatin1String(e.key))
            return &e;
    return nullptr;
}

} // namespace

QStringList order() {
    QStringList keys;
    for (const Entry& e : kEntries)
        keys << QString::fromLatin1(e.key);
    return keys;
}

QStringList keysOf(int section) {
    QStringList keys;
    for (const Entry& e : kEntries)
        if (e.section == section)
            keys << QString::fromLatin1(e.key);
    return keys;
}

int sectionOf(const QString& key) {
    const Entry* e = find(key);
    return e ? e->section : 0;
}

QString label(const QString& key) {
    const Entry* e = find(key);
    return e ? QCoreApplication::translate("IndicatorCatalog", e->text) : key;
}

QString breakdownLabel(const QString& key) {
    const QString group = key.section(QLatin1Char('.'), 0, 0);
    if (group == key)
        return {};
    if (group == QLatin1String("tips_by_channel"))
        return QCoreApplication::translate("IndicatorCatalog", "by channel:");
    if (group == QLatin1String("tips_by_classification"))
        return QCoreApplication::translate("IndicatorCatalog", "by classification:");
    if (group == QLatin1String("models_by_type"))
        return QCoreApplication::translate("IndicatorCatalog", "by type:");
    return {};
}

QString sectionTitle(int section) {
    switch (section) {
    case 1:
        return QCoreApplication::translate("IndicatorCatalog", "Tips received from the public");
    case 2:
        return QCoreApplication::translate("IndicatorCatalog", "Cases and suspects");
    case 3:
        return QCoreApplication::translate("IndicatorCatalog", "Help to residents");
    case 4:
        return QCoreApplication::translate("IndicatorCatalog",
                                           "The movement of all people to protect national "
                                           "security");
    }
    return {};
}

QString number(qint64 value) {
    QString digits = QString::number(value < 0 ? -value : value);
    for (int i = digits.size() - 3; i > 0; i -= 3)
        digits.insert(i, QLatin1Char('.'));
    return value < 0 ? QLatin1Char('-') + digits : digits;
}

} // namespace binhyen::indicatorcatalog
