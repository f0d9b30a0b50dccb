#include "ui/stats/IndicatorLabels.h"

#include <QCoreApplication>
#include <QList>
#include <QPair>

namespace binhyen::ui::indicatorlabels {

namespace {

const char* const kContext = "binhyen::ui::IndicatorLabels";

struct Entry {
    const char* key;
    const char* text;
};

// QT_TRANSLATE_NOOP keeps the sources visible to lupdate.
const Entry kEntries[] = {
    {"tips_total", QT_TRANSLATE_NOOP("binhyen::ui::IndicatorLabels", "Tips received")},
    {"tips_by_channel.phone", QT_TRANSLATE_NOOP("binhyen::ui::IndicatorLabels", "— by phone")},
    {"tips_by_channel.hotline",
     QT_TRANSLATE_NOOP("binhyen::ui::IndicatorLabels", "— through the hotline")},
    {"tips_by_channel.zalo",
     QT_TRANSLATE_NOOP("binhyen::ui::IndicatorLabels", "— through the Zalo groups")},
    {"tips_by_channel.in_person", QT_TRANSLATE_NOOP("binhyen::ui::IndicatorLabels", "— in person")},
    {"tips_by_channel.camera",
     QT_TRANSLATE_NOOP("binhyen::ui::IndicatorLabels", "— from security cameras")},
    {"tips_by_channel.document", QT_TRANSLATE_NOOP("binhyen::ui::IndicatorLabels", "— in writing")},
    {"tips_by_classification.to_giac",
     QT_TRANSLATE_NOOP("binhyen::ui::IndicatorLabels", "— crime reports (tố giác)")},
    {"tips_by_classification.tin_bao",
     QT_TRANSLATE_NOOP("binhyen::ui::IndicatorLabels", "— crime information (tin báo)")},
    {"tips_by_classification.kien_nghi",
     QT_TRANSLATE_NOOP("binhyen::ui::IndicatorLabels", "— prosecution requests (kiến nghị)")},
    {"tips_by_classification.phan_anh",
     QT_TRANSLATE_NOOP("binhyen::ui::IndicatorLabels", "— public feedback (phản ánh)")},
    {"tips_by_classification.khong_antt",
     QT_TRANSLATE_NOOP("binhyen::ui::IndicatorLabels", "— not security or order")},
    {"tips_by_classification.unclassified",
     QT_TRANSLATE_NOOP("binhyen::ui::IndicatorLabels", "— not classified yet")},
    {"tips_valuable", QT_TRANSLATE_NOOP("binhyen::ui::IndicatorLabels", "Valuable tips")},
    {"tips_crime_forwarded",
     QT_TRANSLATE_NOOP("binhyen::ui::IndicatorLabels", "Crime tips forwarded")},
    {"tips_crime_forwarded_in_time",
     QT_TRANSLATE_NOOP("binhyen::ui::IndicatorLabels", "— forwarded in time")},
    {"cases_new", QT_TRANSLATE_NOOP("binhyen::ui::IndicatorLabels", "Cases opened")},
    {"cases_solved", QT_TRANSLATE_NOOP("binhyen::ui::IndicatorLabels", "Cases solved")},
    {"cases_solved_public_help",
     QT_TRANSLATE_NOOP("binhyen::ui::IndicatorLabels", "— solved with the public's help")},
    {"suspects_identified",
     QT_TRANSLATE_NOOP("binhyen::ui::IndicatorLabels", "Suspects identified")},
    {"suspects_arrested", QT_TRANSLATE_NOOP("binhyen::ui::IndicatorLabels", "Suspects arrested")},
    {"suspects_caught_in_act",
     QT_TRANSLATE_NOOP("binhyen::ui::IndicatorLabels", "— caught in the act")},
    {"persons_surrendered",
     QT_TRANSLATE_NOOP("binhyen::ui::IndicatorLabels", "Persons who surrendered")},
    {"lost_persons_found", QT_TRANSLATE_NOOP("binhyen::ui::IndicatorLabels", "Lost persons found")},
    {"documents_returned", QT_TRANSLATE_NOOP("binhyen::ui::IndicatorLabels", "Documents returned")},
    {"property_returned", QT_TRANSLATE_NOOP("binhyen::ui::IndicatorLabels", "Property returned")},
    {"property_value_vnd",
     QT_TRANSLATE_NOOP("binhyen::ui::IndicatorLabels", "Value returned (đồng)")},
    {"weapons_handed_in",
     QT_TRANSLATE_NOOP("binhyen::ui::IndicatorLabels", "Weapons and explosives handed in")},
    {"models_in_force",
     QT_TRANSLATE_NOOP("binhyen::ui::IndicatorLabels", "Mass movement models in force")},
    {"models_by_type.zalo_group",
     QT_TRANSLATE_NOOP("binhyen::ui::IndicatorLabels", "— Zalo groups")},
    {"models_by_type.lien_gia",
     QT_TRANSLATE_NOOP("binhyen::ui::IndicatorLabels", "— linked households (liên gia)")},
    {"models_by_type.camera",
     QT_TRANSLATE_NOOP("binhyen::ui::IndicatorLabels", "— security cameras")},
    {"models_by_type.tieng_keng",
     QT_TRANSLATE_NOOP("binhyen::ui::IndicatorLabels", "— alarm bells (tiếng kẻng)")},
    {"models_by_type.te_nan",
     QT_TRANSLATE_NOOP("binhyen::ui::IndicatorLabels", "— social evils prevention")},
    {"models_by_type.song_tot",
     QT_TRANSLATE_NOOP("binhyen::ui::IndicatorLabels", "— helping people live well")},
    {"models_by_type.other", QT_TRANSLATE_NOOP("binhyen::ui::IndicatorLabels", "— other models")},
    {"models_new", QT_TRANSLATE_NOOP("binhyen::ui::IndicatorLabels", "New models")},
    {"model_points", QT_TRANSLATE_NOOP("binhyen::ui::IndicatorLabels", "Model points")},
    {"model_teams", QT_TRANSLATE_NOOP("binhyen::ui::IndicatorLabels", "Model teams")},
    {"model_members", QT_TRANSLATE_NOOP("binhyen::ui::IndicatorLabels", "Model members")},
    {"model_households", QT_TRANSLATE_NOOP("binhyen::ui::IndicatorLabels", "Model households")},
    {"models_exemplary", QT_TRANSLATE_NOOP("binhyen::ui::IndicatorLabels", "Exemplary models")},
    {"zalo_groups", QT_TRANSLATE_NOOP("binhyen::ui::IndicatorLabels", "Zalo groups in force")},
    {"hamlets_total", QT_TRANSLATE_NOOP("binhyen::ui::IndicatorLabels", "Hamlets")},
    {"hamlets_with_zalo", QT_TRANSLATE_NOOP("binhyen::ui::IndicatorLabels", "— with a Zalo group")},
    {"households_connected",
     QT_TRANSLATE_NOOP("binhyen::ui::IndicatorLabels", "Households connected through Zalo")},
    {"zalo_members_warned",
     QT_TRANSLATE_NOOP("binhyen::ui::IndicatorLabels", "Zalo members warned")},
    {"zalo_members_removed",
     QT_TRANSLATE_NOOP("binhyen::ui::IndicatorLabels", "Zalo members removed")},
    {"meetings", QT_TRANSLATE_NOOP("binhyen::ui::IndicatorLabels", "Meetings held")},
    {"meeting_attendance", QT_TRANSLATE_NOOP("binhyen::ui::IndicatorLabels", "Meeting attendance")},
};

} // namespace

QStringList order() {
    QStringList keys;
    for (const Entry& e : kEntries)
        keys << QString::fromLatin1(e.key);
    return keys;
}

QString label(const QString& key) {
    for (const Entry& e : kEntries)
        if (key == QLatin1String(e.key))
            return QCoreApplication::translate(kContext, e.text);
    return key;
}

QString number(qint64 value) {
    QString digits = QString::number(value < 0 ? -value : value);
    for (int i = digits.size() - 3; i > 0; i -= 3)
        digits.insert(i, QLatin1Char('.'));
    return value < 0 ? QLatin1Char('-') + digits : digits;
}

} // namespace binhyen::ui::indicatorlabels
