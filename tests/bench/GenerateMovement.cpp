// The movement register of a generated station (GenerateSteps.h): models of every type with the
// hamlets they cover, one Zalo group per hamlet, and each month's meetings, propaganda, results
// and Zalo moderation — the same SQL as MovementRepo, ActivityRepo, ResultRepo and
// ZaloModerationRepo (and the demo's months, models/repo/demo/DemoMonthsRecords.cpp).
#include "models/domain/Clock.h"
#include "models/repo/demo/DemoPhrases.h"
#include "tests/bench/GenerateSteps.h"

namespace binhyen::bench {

using namespace Qt::StringLiterals;

namespace {

struct ModelType {
    const char* code;
    const char* name; // "%1": the hamlet
    int perTenHamlets;
};

// Besides one Zalo group per hamlet.
constexpr ModelType kTypes[] = {
    {"lien_gia", "Liên gia tự quản %1", 20},
    {"camera", "Camera an ninh %1", 6},
    {"tieng_keng", "Tiếng kẻng an ninh %1", 3},
    {"te_nan", "Tổ phòng, chống tệ nạn xã hội %1", 2},
    {"song_tot", "Câu lạc bộ Sống tốt đời đẹp đạo %1", 1},
    {"other", "Tổ hòa giải, tuần tra nhân dân %1", 1},
};

QString isoDate(const QDate& d) {
    return d.toString(Qt::ISODate);
}

QDate dayBetween(QRandomGenerator& rng, const QDate& from, const QDate& to) {
    return from.addDays(qint64(rng.bounded(quint32(qMax<qint64>(1, from.daysTo(to) + 1)))));
}

} // namespace

Result<QHash<qint64, ZaloGroup>> insertMovementModels(QSqlDatabase db, quint32 seed,
                                                      const QList<BenchPlace>& places,
                                                      qint64 officerId, GeneratedRows& rows) {
    QRandomGenerator rng(seed ^ 0x6d6f7665U);
    Statement model(db, u"INSERT INTO movement_models (type_code, name, started_on, ended_on, "
                        "points, teams, members, households, exemplary, responsible_officer_id, "
                        "note, created_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"_s);
    Statement covers(db, u"INSERT INTO movement_model_places (model_id, place_id) VALUES (?, ?)"_s);
    Statement group(db, u"INSERT INTO zalo_groups (model_id, antt_only, "
                        "office_hours_only_except_urgent, rules) VALUES (?, ?, ?, ?)"_s);
    auto insertModel = [&](const QString& type, const QString& name, const QDate& started,
                           const QDate& ended, const QList<qint64>& placeIds) -> Result<qint64> {
        const int members = int(rng.bounded(8U, 160U));
        auto id = model.run(
            {type, name, isoDate(started), ended.isValid() ? QVariant(isoDate(ended)) : nullText(),
             int(rng.bounded(1U, 6U)), int(rng.bounded(1U, 4U)), members,
             members * int(rng.bounded(1U, 4U)), rng.bounded(10U) == 0 ? 1 : 0, officerId,
             nullText(), stationText(QDateTime(started, QTime(8, 0), Clock::stationZone()))});
        if (!id)
            return id;
        ++rows.models;
        for (qint64 placeId : placeIds) {
            if (auto c = covers.run({id.value(), placeId}); !c)
                return c.error();
            ++rows.modelPlaces;
        }
        return id;
    };

    QHash<qint64, ZaloGroup> groups;
    for (const BenchPlace& place : places) {
        const QDate started = dayBetween(rng, firstDay(), QDate(2021, 6, 30));
        auto id =
            insertModel(u"zalo_group"_s,
                        u"Nhóm Zalo %1 – Kết nối toàn dân, Bình yên cuộc sống"_s.arg(place.line),
                        started, {}, {place.id});
        if (!id)
            return id.error();
        if (auto g = group.run({id.value(), 1, 1,
                                u"Chỉ đăng tin về an ninh, trật tự; ngoài giờ hành chính chỉ báo "
                                u"tin khẩn cấp. Không đăng thông tin cá nhân của người khác."_s});
            !g)
            return g.error();
        ++rows.zaloGroups;
        groups.insert(place.id, {id.value(), started});
    }
    const int hamlets = int(places.size());
    for (const ModelType& type : kTypes) {
        const int count = qMax(1, hamlets * type.perTenHamlets / 10);
        for (int i = 0; i < count && hamlets > 0; ++i) {
            const int first = int(rng.bounded(quint32(hamlets)));
            QList<qint64> covered{places.at(first).id};
            if (rng.bounded(3U) == 0)
                covered << places.at((first + 1) % hamlets).id;
            const QDate started = dayBetween(rng, firstDay(), QDate(2025, 12, 31));
            const QDate ended =
                rng.bounded(100U) < 15 ? dayBetween(rng, started, lastDay()) : QDate();
            auto id = insertModel(QString::fromLatin1(type.code),
                                  QString::fromUtf8(type.name).arg(places.at(first).line), started,
                                  ended, covered);
            if (!id)
                return id.error();
        }
    }
    return groups;
}

Result<void> insertMonthlyMovement(QSqlDatabase db, quint32 seed, const QList<BenchPlace>& places,
                                   const QHash<qint64, ZaloGroup>& groups, qint64 officerId,
                                   GeneratedRows& rows) {
    if (places.isEmpty())
        return {};
    QRandomGenerator rng(seed ^ 0x6d6f6e74U);
    Statement activity(db, u"INSERT INTO activities (held_on, kind, place_id, model_id, title, "
                           "attendance, officer_id, note) VALUES (?, ?, ?, ?, ?, ?, ?, ?)"_s);
    Statement result(db, u"INSERT INTO results (occurred_on, kind, count, value_vnd, place_id, "
                         "tip_id, officer_id, note) VALUES (?, ?, ?, ?, ?, NULL, ?, ?)"_s);
    Statement moderation(db, u"INSERT INTO zalo_moderation (group_id, on_date, action, count, "
                             "officer_id, note) VALUES (?, ?, ?, ?, ?, ?)"_s);
    const auto& topics = demo::meetingTopics();
    const auto& notes = demo::moderationNotes();
    for (QDate first = firstDay(); first <= lastDay(); first = first.addMonths(1)) {
        const QDate last = first.addMonths(1).addDays(-1);
        auto day = [&] {
            return isoDate(dayBetween(rng, first, last));
        };
        auto place = [&]() -> const BenchPlace& {
            return places.at(int(rng.bounded(quint32(places.size()))));
        };
        const int meetings = int(rng.bounded(2U, 6U));
        for (int i = 0; i < meetings; ++i) {
            const BenchPlace& p = place();
            const ZaloGroup g = groups.value(p.id);
            const QString title = u"Họp dân "_s + p.line + u": "_s +
                                  topics.at(int(rng.bounded(quint32(topics.size()))));
            if (auto a = activity.run({day(), u"meeting"_s, p.id,
                                       g.modelId ? QVariant(g.modelId) : nullId(), title,
                                       int(rng.bounded(35U, 96U)), officerId, nullText()});
                !a)
                return a.error();
            ++rows.activities;
        }
        if (rng.bounded(100U) < 60) {
            if (auto a = activity.run({day(), u"propaganda"_s, place().id, nullId(),
                                       QString(u"Tuyên truyền lưu động: "_s +
                                               topics.at(int(rng.bounded(quint32(topics.size()))))),
                                       int(rng.bounded(80U, 200U)), officerId, nullText()});
                !a)
                return a.error();
            ++rows.activities;
        }
        struct Kind {
            const char* code;
            int percent;
            qint64 valueUnit; // VND per unit of value, 0: none
            const char* note;
        };
        static constexpr Kind kinds[] = {
            {"lost_person_found", 20, 0, "Tìm thấy người đi lạc, bàn giao cho gia đình."},
            {"documents_returned", 50, 0, "Trả lại giấy tờ tùy thân người dân đánh rơi."},
            {"property_returned", 40, 100000, "Trả lại tài sản bị mất cho chủ sở hữu."},
            {"weapons_handed_in", 50, 0,
             "Người dân tự nguyện giao nộp vũ khí thô sơ, công cụ hỗ trợ."},
            {"surrender", 15, 0, "Vận động 01 người có hành vi vi phạm pháp luật ra đầu thú."},
        };
        for (const Kind& k : kinds) {
            if (rng.bounded(100U) >= quint32(k.percent))
                continue;
            const qint64 value = k.valueUnit * qint64(rng.bounded(10U, 150U));
            if (auto r = result.run({day(), QString::fromLatin1(k.code), int(rng.bounded(1U, 4U)),
                                     value > 0 ? QVariant(value) : nullId(), place().id, officerId,
                                     QString::fromUtf8(k.note)});
                !r)
                return r.error();
            ++rows.results;
        }
        QList<qint64> open;
        for (const BenchPlace& p : places) {
            const ZaloGroup g = groups.value(p.id);
            if (g.modelId && g.startedOn <= last)
                open << g.modelId;
        }
        const int warnings = open.isEmpty() ? 0 : int(rng.bounded(1U, 4U));
        for (int i = 0; i < warnings; ++i) {
            const bool removed = rng.bounded(100U) < 25;
            if (auto m =
                    moderation.run({open.at(int(rng.bounded(quint32(open.size())))), day(),
                                    removed ? u"removed"_s : u"warned"_s,
                                    removed ? 1 : int(rng.bounded(1U, 4U)), officerId,
                                    removed ? u"Tái phạm sau khi đã nhắc nhở."_s
                                            : notes.at(int(rng.bounded(quint32(notes.size()))))});
                !m)
                return m.error();
            ++rows.moderation;
        }
    }
    return {};
}

} // namespace binhyen::bench
