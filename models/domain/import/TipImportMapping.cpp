#include "models/domain/import/TipImportMapping.h"

#include "models/domain/Clock.h"
#include "models/domain/TextFold.h"

#include <QCoreApplication>
#include <QRegularExpression>
#include <array>

namespace binhyen {

namespace {

struct Alias {
    const char* code;
    const char* folded; // folded key, matched as whole words anywhere in the folded value
};

// Order matters: the first alias found wins.
constexpr std::array kChannels{
    Alias{"hotline", "duong day nong"},
    Alias{"hotline", "hotline"},
    Alias{"hotline", "113"},
    Alias{"zalo", "zalo"},
    Alias{"camera", "camera"},
    Alias{"camera", "clip"},
    Alias{"phone", "dien thoai"},
    Alias{"phone", "dt"},
    Alias{"phone", "goi dien"},
    Alias{"phone", "phone"},
    Alias{"in_person", "truc tiep"},
    Alias{"in_person", "den tru so"},
    Alias{"document", "van ban"},
    Alias{"document", "don"},
    Alias{"document", "thu"},
    Alias{"document", "cong van"},
};

constexpr std::array kClassifications{
    Alias{"khong_antt", "khong thuoc antt"},
    Alias{"khong_antt", "khong antt"},
    Alias{"kien_nghi", "kien nghi"},
    Alias{"to_giac", "to giac"},
    Alias{"tin_bao", "tin bao"},
    Alias{"phan_anh", "phan anh"},
};

// code|closure
constexpr std::array kStatuses{
    Alias{"closed|to_case", "vu viec"}, Alias{"closed|not_antt", "khong thuoc antt"},
    Alias{"closed|duplicate", "trung"}, Alias{"forwarded|", "da chuyen"},
    Alias{"forwarded|", "cqdt"},        Alias{"forwarded|", "co quan dieu tra"},
    Alias{"verifying|", "xac minh"},    Alias{"resolved|", "giai quyet"},
    Alias{"resolved|", "xong"},         Alias{"suspended|", "tam dinh chi"},
    Alias{"closed|", "ket thuc"},       Alias{"new|", "moi"},
};

constexpr std::array kCategories{
    Alias{"robbery", "cuop"},
    Alias{"theft", "trom"},
    Alias{"drugs", "ma tuy"},
    Alias{"gambling", "bac"},
    Alias{"fighting", "danh nhau"},
    Alias{"fighting", "gay roi"},
    Alias{"suspicious_person", "kha nghi"},
    Alias{"traffic_accident", "tai nan"},
    Alias{"fire", "chay"},
    Alias{"lost_person", "mat tich"},
    Alias{"lost_person", "di lac"},
    Alias{"lost_property", "that lac"},
    Alias{"lost_property", "mat giay to"},
};

// Folded, punctuation as spaces, single spaces.
QString key(const QString& text) {
    QString folded = foldText(text.normalized(QString::NormalizationForm_C));
    for (QChar& c : folded) {
        if (!c.isLetterOrNumber())
            c = QLatin1Char(' ');
    }
    return folded.simplified();
}

bool containsWords(const QString& haystack, const char* words) {
    const QString w = QString::fromLatin1(words);
    const QString padded = QLatin1Char(' ') + haystack + QLatin1Char(' ');
    return padded.contains(QLatin1Char(' ') + w + QLatin1Char(' '));
}

template <std::size_t N> QString lookup(const std::array<Alias, N>& aliases, const QString& text) {
    const QString k = key(text);
    if (k.isEmpty())
        return {};
    for (const Alias& a : aliases) {
        if (containsWords(k, a.folded))
            return QString::fromLatin1(a.code);
    }
    return {};
}

QString hamletKey(const QString& text) {
    static const QRegularExpression prefix(QStringLiteral("^(ap|khu pho|kp|thon|to dan pho|tdp) "));
    QString k = key(text);
    k.remove(prefix);
    return k;
}

} // namespace

QList<ImportField> allImportFields() {
    return {ImportField::OldNumber,      ImportField::ReceivedAt, ImportField::Channel,
            ImportField::Classification, ImportField::Category,   ImportField::Hamlet,
            ImportField::Address,        ImportField::Content,    ImportField::InformantName,
            ImportField::InformantPhone, ImportField::Officer,    ImportField::Status,
            ImportField::Outcome};
}

QString importFieldName(ImportField field) {
    static const QStringList names = {QString(),
                                      QStringLiteral("so_tin"),
                                      QStringLiteral("thoi_gian_tiep_nhan"),
                                      QStringLiteral("kenh"),
                                      QStringLiteral("phan_loai"),
                                      QStringLiteral("linh_vuc"),
                                      QStringLiteral("ap"),
                                      QStringLiteral("dia_chi"),
                                      QStringLiteral("noi_dung"),
                                      QStringLiteral("nguoi_bao_tin"),
                                      QStringLiteral("so_dien_thoai"),
                                      QStringLiteral("can_bo_tiep_nhan"),
                                      QStringLiteral("trang_thai"),
                                      QStringLiteral("ket_qua")};
    return names.value(int(field));
}

QString importFieldLabel(ImportField field) {
    switch (field) {
    case ImportField::Ignore:
        return QCoreApplication::translate("TipImport", "(not imported)");
    case ImportField::OldNumber:
        return QCoreApplication::translate("TipImport", "Old number");
    case ImportField::ReceivedAt:
        return QCoreApplication::translate("TipImport", "Received at");
    case ImportField::Channel:
        return QCoreApplication::translate("TipImport", "Channel");
    case ImportField::Classification:
        return QCoreApplication::translate("TipImport", "Classification");
    case ImportField::Category:
        return QCoreApplication::translate("TipImport", "Category");
    case ImportField::Hamlet:
        return QCoreApplication::translate("TipImport", "Hamlet");
    case ImportField::Address:
        return QCoreApplication::translate("TipImport", "Address");
    case ImportField::Content:
        return QCoreApplication::translate("TipImport", "Content");
    case ImportField::InformantName:
        return QCoreApplication::translate("TipImport", "Informant");
    case ImportField::InformantPhone:
        return QCoreApplication::translate("TipImport", "Informant's phone");
    case ImportField::Officer:
        return QCoreApplication::translate("TipImport", "Receiving officer");
    case ImportField::Status:
        return QCoreApplication::translate("TipImport", "Status");
    case ImportField::Outcome:
        return QCoreApplication::translate("TipImport", "Outcome");
    }
    return {};
}

ImportMapping defaultImportMapping(const QStringList& header) {
    static const QRegularExpression trailing(QStringLiteral("\\(.*\\)\\s*$"));
    ImportMapping mapping;
    for (QString name : header) {
        name.remove(trailing);
        const QString k = key(name).replace(QLatin1Char(' '), QLatin1Char('_'));
        ImportField found = ImportField::Ignore;
        for (ImportField f : allImportFields()) {
            if (importFieldName(f) == k && !mapping.contains(f))
                found = f;
        }
        mapping.append(found);
    }
    return mapping;
}

QList<ImportField> missingRequiredFields(const ImportMapping& mapping) {
    QList<ImportField> missing;
    for (ImportField f : {ImportField::ReceivedAt, ImportField::Channel, ImportField::Content}) {
        if (!mapping.contains(f))
            missing.append(f);
    }
    return missing;
}

QString channelFromText(const QString& text) {
    return lookup(kChannels, text);
}

QString classificationFromText(const QString& text) {
    return lookup(kClassifications, text);
}

QString statusFromText(const QString& text, QString* closure) {
    const QString both = lookup(kStatuses, text);
    if (closure)
        *closure = both.section(QLatin1Char('|'), 1);
    return both.section(QLatin1Char('|'), 0, 0);
}

QDateTime receivedTimeFromText(const QString& text) {
    static const QRegularExpression pattern(QStringLiteral(
        "^(\\d{1,2})[/.-](\\d{1,2})[/.-](\\d{4})[ T]+(\\d{1,2})[:hg](\\d{2})(?::(\\d{2}))?$"));
    static const QRegularExpression iso(
        QStringLiteral("^(\\d{4})-(\\d{2})-(\\d{2})[ T](\\d{2}):(\\d{2})(?::(\\d{2}))?$"));
    const QString t = text.simplified();
    QDate date;
    QTime time;
    if (const auto m = pattern.match(t); m.hasMatch()) {
        date = QDate(m.captured(3).toInt(), m.captured(2).toInt(), m.captured(1).toInt());
        time = QTime(m.captured(4).toInt(), m.captured(5).toInt(), m.captured(6).toInt());
    } else if (const auto i = iso.match(t); i.hasMatch()) {
        date = QDate(i.captured(1).toInt(), i.captured(2).toInt(), i.captured(3).toInt());
        time = QTime(i.captured(4).toInt(), i.captured(5).toInt(), i.captured(6).toInt());
    }
    if (!date.isValid() || !time.isValid() || date.year() < 1990 || date.year() > 2999)
        return {};
    return QDateTime(date, time, Clock::stationZone());
}

ImportedTip mapImportRow(const CsvRow& row, const ImportMapping& mapping,
                         const ImportVocabulary& vocabulary) {
    ImportedTip tip;
    tip.line = row.line;
    auto field = [&](ImportField f) {
        const qsizetype i = mapping.indexOf(f);
        return i < 0 ? QString() : row.fields.value(i).trimmed();
    };
    QStringList notes; // kept in the details

    const QString received = field(ImportField::ReceivedAt);
    tip.receivedAt = receivedTimeFromText(received);
    if (received.isEmpty())
        tip.errors << QCoreApplication::translate("TipImport", "The received time is missing.");
    else if (!tip.receivedAt.isValid())
        tip.errors << QCoreApplication::translate("TipImport",
                                                  "The received time \"%1\" is not a date and time "
                                                  "(dd/MM/yyyy HH:mm).")
                          .arg(received);
    const QString content = field(ImportField::Content);
    if (content.isEmpty())
        tip.errors << QCoreApplication::translate("TipImport", "The content is empty.");
    const QString channel = field(ImportField::Channel);
    tip.channel = channelFromText(channel);
    if (tip.channel.isEmpty())
        tip.errors << QCoreApplication::translate("TipImport",
                                                  "The channel \"%1\" is not recognised.")
                          .arg(channel);
    const QString classification = field(ImportField::Classification);
    tip.classification = classificationFromText(classification);
    if (!classification.isEmpty() && tip.classification.isEmpty())
        tip.errors << QCoreApplication::translate("TipImport",
                                                  "The classification \"%1\" is not recognised.")
                          .arg(classification);

    tip.oldNumber = field(ImportField::OldNumber);
    const QString category = field(ImportField::Category);
    if (category.isEmpty()) {
        tip.categoryCode = QStringLiteral("other");
    } else {
        const QString k = key(category);
        for (const auto& c : vocabulary.categories) {
            if (key(c.name) == k || key(c.code) == k)
                tip.categoryCode = c.code;
        }
        if (tip.categoryCode.isEmpty())
            tip.categoryCode = lookup(kCategories, category);
        if (tip.categoryCode.isEmpty()) {
            tip.newCategory = category;
            tip.warnings << QCoreApplication::translate(
                                "TipImport", "The category \"%1\" is new: added as written.")
                                .arg(category);
        }
    }

    const QString hamlet = field(ImportField::Hamlet);
    tip.address = field(ImportField::Address);
    if (!hamlet.isEmpty()) {
        const QString k = hamletKey(hamlet);
        for (const auto& h : vocabulary.hamlets) {
            if (hamletKey(h.name) == k)
                tip.placeId = h.id;
        }
        if (!tip.placeId) {
            tip.address =
                tip.address.isEmpty() ? hamlet : hamlet + QStringLiteral(", ") + tip.address;
            tip.warnings << QCoreApplication::translate(
                                "TipImport", "The hamlet \"%1\" is not known: kept in the address.")
                                .arg(hamlet);
        }
    }

    const QString officer = field(ImportField::Officer);
    if (!officer.isEmpty()) {
        const QString k = key(officer);
        for (const auto& o : vocabulary.officers) {
            if (key(o.name) == k || key(o.alt) == k)
                tip.officerId = o.id;
        }
        if (!tip.officerId) {
            notes << QCoreApplication::translate("TipImport", "Receiving officer: %1").arg(officer);
            tip.warnings << QCoreApplication::translate(
                                "TipImport", "The officer \"%1\" has no account: kept as text.")
                                .arg(officer);
        }
    }

    const QString status = field(ImportField::Status);
    if (!status.isEmpty()) {
        const QString code = statusFromText(status, &tip.closure);
        if (code.isEmpty()) {
            notes << QCoreApplication::translate("TipImport", "Status in the old register: %1")
                         .arg(status);
            tip.warnings << QCoreApplication::translate(
                                "TipImport",
                                "The status \"%1\" is not recognised: imported as new.")
                                .arg(status);
        } else {
            tip.status = code;
        }
    }
    tip.outcome = field(ImportField::Outcome);

    const QString name = field(ImportField::InformantName);
    const QString anonymous = key(name);
    if (anonymous != QLatin1String("an danh") && anonymous != QLatin1String("giau ten") &&
        anonymous != QLatin1String("khong"))
        tip.informantName = name;
    tip.informantPhone = field(ImportField::InformantPhone);

    constexpr int kSummaryLength = 300;
    if (content.size() <= kSummaryLength) {
        tip.summary = content;
    } else {
        tip.summary = content.left(kSummaryLength).trimmed() + QStringLiteral("…");
        notes.prepend(content);
    }
    tip.details = notes.join(QLatin1Char('\n'));
    return tip;
}

} // namespace binhyen
