#pragma once

#include "models/domain/InformantIdentity.h"

#include <QDate>
#include <QDateTime>
#include <QString>
#include <optional>

namespace binhyen {

// Plain values printed on the legal forms of Thông tư 119/2021/TT-BCA (Mẫu 01, Mẫu 03). Filled
// by models/repo/tips/LegalFormsRepo (or by a caller for a preview); reports/forms prints them.
// Every text is the user's own: the forms escape it (htmlText) and print it literally.

// The station's identity as it was on a date (table station_identity: the latest row with
// effective_from <= that date).
struct FormUnit {
    QString parentBody; // "CÔNG AN HUYỆN ĐẤT ĐỎ"
    QString unitName;   // "CÔNG AN XÃ LÁNG DÀI"
    QString placeName;  // date line: "Láng Dài, ngày …"
};

// A police officer as the forms name them.
struct FormOfficer {
    QString fullName;
    QString rank;     // "Thiếu úy" (may be empty)
    QString position; // "Cán bộ Công an xã" (may be empty)
};

// What Mẫu 01 prints about the person who gave the tip. The law requires the name; the other
// lines stay blank when unknown.
struct FormInformant {
    QString fullName;
    QString birthYear;
    QString address;
    QString idNumber;
    QString idIssued; // "cấp ngày …, nơi cấp …" as the officer wrote it
    QString phone;
    QString relationship;

    static FormInformant fromIdentity(const InformantIdentity& identity) {
        FormInformant f;
        f.fullName = identity.name.trimmed();
        f.address = identity.address.trimmed();
        f.idNumber = identity.idNumber.trimmed();
        f.phone = identity.phone.trimmed();
        f.relationship = identity.relationship.trimmed();
        return f;
    }
};

// Mẫu 01 "Biên bản tiếp nhận nguồn tin về tội phạm".
struct ReceiptRecordData {
    FormUnit unit;         // in force at receivedAt
    QString documentNo;    // "Số:"; empty prints a blank to fill by hand
    QString tipNumber;     // "TB-0012/2020"
    QDateTime receivedAt;  // station time; also the date line
    QString channel;       // tips.channel code (printed through channelLabel)
    QString receivedPlace; // where the record is made ("Trụ sở Công an xã …"); empty: unit
    QString incidentPlace; // hamlet and address of what is reported
    QString summary;
    QString details;
    QString handedOver;                     // documents and objects handed over; empty: "Không"
    FormOfficer receiver;                   // the receiving officer
    std::optional<FormInformant> informant; // nullopt: anonymous tip (identity not given)
};

// Mẫu 03 "Phiếu chuyển nguồn tin về tội phạm". Never carries the informant's identity.
struct TransferSlipData {
    FormUnit unit;         // in force at the slip's date (forwardedAt, else receivedAt)
    QString slipNo;        // tips.forward_slip_no; empty prints a blank
    QString recipient;     // "Kính gửi:" — tips.forwarded_to
    QDateTime forwardedAt; // invalid: not forwarded yet (the date line is left to fill)
    QString tipNumber;
    QDateTime receivedAt;
    QString channel; // code
    QString incidentPlace;
    QString summary;
    QString documents; // documents and objects forwarded; empty: "Không"
    FormOfficer chief; // the signer (Trưởng / Phó trưởng Công an xã)
};

} // namespace binhyen
