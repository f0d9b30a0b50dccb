#pragma once

#include "models/domain/Person.h"

#include <QDate>
#include <QList>
#include <QString>
#include <QStringList>
#include <optional>

namespace binhyen {

// The movement register (phong trào toàn dân bảo vệ ANTQ): self-management models, hamlet Zalo
// groups and their moderation, mobilised residents, activities, results not tied to a tip, and
// the coverage of the hamlets by Zalo groups. Dates are calendar days of the station
// (Asia/Ho_Chi_Minh), stored as "yyyy-MM-dd"; an invalid QDate means "none" (not ended, not left).
//
// A model is IN FORCE on a day D when started_on <= D and (ended_on IS NULL or ended_on > D):
// ended_on is the first day it no longer runs (a model ended on 15/09 is in force on 14/09, not
// on 15/09). MovementRepo::list (inForceOn) and CoverageRepo use exactly this rule.

// A type of self-management model (movement_model_types). The label is Vietnamese, as stored.
// Types are never deleted; a chief adds types and deactivates them (an inactive type keeps its
// models but takes no new ones).
struct MovementModelType {
    QString code; // zalo_group, lien_gia, camera, tieng_keng, te_nan, song_tot, other, custom_N
    QString label;
    int sort = 0;
    bool active = true;
};

inline const QString kZaloGroupType = QStringLiteral("zalo_group");

// The rules of a hamlet Zalo group (zalo_groups).
struct ZaloRules {
    bool anttOnly = true;                    // posts about security and order only
    bool officeHoursOnlyExceptUrgent = true; // office hours, except urgent
    QString rules;                           // the rules as posted to the group
};

// What an officer enters for a model (create or update).
struct NewMovementModel {
    QString typeCode;
    QString name;
    QDate startedOn;
    QDate endedOn;  // invalid: still running
    int points = 0; // điểm
    int teams = 0;  // tổ
    int members = 0;
    int households = 0;              // households covered (for a Zalo group: households connected)
    bool exemplary = false;          // điển hình tiên tiến
    qint64 responsibleOfficerId = 0; // users.id; 0: none
    QString note;
    QList<qint64> placeIds; // hamlets covered: each must exist and be valid on startedOn
    ZaloRules zalo;         // kept only for type zalo_group
};

struct MovementModel {
    qint64 id = 0;
    QString typeCode;
    QString typeLabel; // Vietnamese, from movement_model_types
    QString name;
    QDate startedOn;
    QDate endedOn; // invalid: still running
    int points = 0;
    int teams = 0;
    int members = 0;
    int households = 0;
    bool exemplary = false;
    qint64 responsibleOfficerId = 0;
    QString responsibleOfficerName; // empty when none
    QString note;
    QList<qint64> placeIds; // ascending
    QStringList placeNames; // "ấp Cây Cám", in the order of placeIds
    bool isZaloGroup = false;
    ZaloRules zalo;  // when isZaloGroup
    int warned = 0;  // members warned, all time (zalo_moderation)
    int removed = 0; // members removed, all time
};

struct MovementFilter {
    QString typeCode;   // empty: every type
    QDate inForceOn;    // invalid: every model, ended or not
    qint64 placeId = 0; // 0: any hamlet; else models covering this hamlet
};

// Moderation of a Zalo group: members warned (nhắc nhở) or removed (loại khỏi nhóm).
struct NewModeration {
    qint64 groupId = 0; // the model id of the Zalo group
    QDate onDate;
    QString action; // warned | removed
    int count = 1;  // >= 1
    QString note;
};

struct ModerationRow {
    qint64 id = 0;
    qint64 groupId = 0;
    QString groupName;
    QDate onDate;
    QString action;
    QString actionLabel; // translated
    int count = 0;
    qint64 officerId = 0;
    QString officerName;
    QString note;
};

struct ModerationTotals {
    int warned = 0;
    int removed = 0;
};

// A resident mobilised in a model or in the grassroots security force. The person is a register
// person (persons): either an existing one (personId) or a new one created through PersonRepo.
struct NewMobilised {
    qint64 personId = 0; // 0: create `person`
    NewPerson person;    // used when personId is 0 (validated by PersonRepo)
    qint64 modelId = 0;  // 0: not in a model (e.g. grassroots security force)
    QString role;        // member | team_leader | grassroots_security_force | collaborator
    QString consentNote; // required: how and when the resident agreed
    QDate joinedOn;
    QDate leftOn; // invalid: still taking part
};

struct MobilisedRow {
    qint64 id = 0;
    qint64 personId = 0;
    QString fullName;
    QString placeName; // the person's hamlet, empty when none
    qint64 modelId = 0;
    QString modelName; // empty when none
    QString role;
    QString roleLabel; // translated
    QString consentNote;
    QDate joinedOn;
    QDate leftOn;
};

// A residents' meeting or a propaganda session.
struct NewActivity {
    QDate heldOn;
    QString kind;       // meeting | propaganda | other
    qint64 placeId = 0; // 0: none (commune-wide)
    qint64 modelId = 0; // 0: none
    QString title;
    int attendance = 0; // >= 0
    QString note;
};

struct ActivityRow {
    qint64 id = 0;
    QDate heldOn;
    QString kind;
    QString kindLabel; // translated
    qint64 placeId = 0;
    QString placeName;
    qint64 modelId = 0;
    QString modelName;
    QString title;
    int attendance = 0;
    qint64 officerId = 0;
    QString officerName;
    QString note;
};

// A result not tied to a tip (help to residents, weapons handed in, surrenders).
struct NewMovementResult {
    QDate occurredOn;
    // lost_person_found | documents_returned | property_returned | weapons_handed_in | surrender
    QString kind;
    int count = 1; // >= 1
    // In đồng, only for documents_returned and property_returned; nullopt: not valued.
    std::optional<qint64> valueVnd;
    qint64 placeId = 0; // 0: none
    QString note;
};

struct MovementResultRow {
    qint64 id = 0;
    QDate occurredOn;
    QString kind;
    QString kindLabel; // translated
    int count = 0;
    std::optional<qint64> valueVnd;
    qint64 placeId = 0;
    QString placeName;
    qint64 tipId = 0;  // results recorded with a tip's outcome; 0 for the movement register's own
    QString tipNumber; // "TB-0112/2026" when tipId
    qint64 officerId = 0;
    QString officerName;
    QString note;
};

// One hamlet valid on the coverage date.
struct CoverageRow {
    qint64 placeId = 0;
    QString kind;
    QString kindLabel;           // translated: "ấp", "khu phố" …
    QString name;                // without the kind
    int households = 0;          // the hamlet's households (places.households)
    qint64 groupId = 0;          // the Zalo group in force covering it (smallest id); 0: none
    QString groupName;           // empty: none
    int householdsConnected = 0; // the households of the group(s) in force covering it
};

// Hamlets with and without a Zalo group in force on a date. Totals count each group once, even
// when it covers several hamlets (householdsConnected = sum of the households of the distinct
// Zalo groups in force covering at least one hamlet valid on the date).
struct Coverage {
    QDate date;
    QList<CoverageRow> rows; // every hamlet valid on the date, by id
    int hamlets = 0;
    int hamletsWithGroup = 0;
    int groups = 0;              // distinct Zalo groups in force covering a listed hamlet
    int householdsTotal = 0;     // households of the listed hamlets
    int householdsConnected = 0; // see above
};

} // namespace binhyen
