#include "models/domain/import/ResidentImportMapping.h"

#include "models/domain/PersonMatch.h"
#include "models/domain/TextFold.h"

#include <QCoreApplication>
#include <QDate>
#include <QRegularExpression>
#include <array>

namespace binhyen {

namespace {

struct HeaderAlias {
    ResidentField field;
    const char* key; // folded, words joined by '_'
};

constexpr std::array kHeaderAliases{
    HeaderAlias{ResidentField::FullName, "ho_ten"},
    HeaderAlias{ResidentField::FullName, "ho_va_ten"},
    HeaderAlias{ResidentField::FullName, "ten"},
    HeaderAlias{ResidentField::FullName, "full_name"},
    HeaderAlias{ResidentField::BirthYear, "nam_sinh"},
    HeaderAlias{ResidentField::BirthYear, "ngay_sinh"},
    HeaderAlias{ResidentField::BirthYear, "ngay_thang_nam_sinh"},
    HeaderAlias{ResidentField::IdNumber, "so_cccd"},
    HeaderAlias{ResidentField::IdNumber, "cccd"},
    HeaderAlias{ResidentField::IdNumber, "cmnd"},
    HeaderAlias{ResidentField::IdNumber, "so_cmnd"},
    HeaderAlias{ResidentField::IdNumber, "cccd_cmnd"},
    HeaderAlias{ResidentField::IdNumber, "so_cccd_cmnd"},
    HeaderAlias{ResidentField::IdNumber, "so_dinh_danh"},
    HeaderAlias{ResidentField::IdNumber, "can_cuoc"},
    HeaderAlias{ResidentField::Phone, "so_dien_thoai"},
    HeaderAlias{ResidentField::Phone, "dien_thoai"},
    HeaderAlias{ResidentField::Phone, "sdt"},
    HeaderAlias{ResidentField::Phone, "so_dt"},
    HeaderAlias{ResidentField::Address, "dia_chi"},
    HeaderAlias{ResidentField::Address, "noi_o"},
    HeaderAlias{ResidentField::Hamlet, "ap"},
    HeaderAlias{ResidentField::Hamlet, "thon"},
    HeaderAlias{ResidentField::Hamlet, "khu_pho"},
    HeaderAlias{ResidentField::Hamlet, "to_dan_pho"},
    HeaderAlias{ResidentField::Hamlet, "ap_khu_pho"},
    HeaderAlias{ResidentField::Household, "ghi_chu_ho"},
    HeaderAlias{ResidentField::Household, "vai_tro"},
    HeaderAlias{ResidentField::Household, "vai_tro_trong_ap"},
    HeaderAlias{ResidentField::Household, "ghi_chu"},
    HeaderAlias{ResidentField::Household, "quan_he_voi_chu_ho"},
    HeaderAlias{ResidentField::Consent, "dong_y"},
    HeaderAlias{ResidentField::Consent, "ghi_chu_dong_y"},
    HeaderAlias{ResidentField::Consent, "su_dong_y"},
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

int birthYearFromText(const QString& text, bool* ok) {
    static const QRegularExpression year(QStringLiteral("^(\\d{4})$"));
    static const QRegularExpression date(
        QStringLiteral("^(\\d{1,2})[/.-](\\d{1,2})[/.-](\\d{4})$"));
    static const QRegularExpression iso(QStringLiteral("^(\\d{4})-(\\d{2})-(\\d{2})$"));
    *ok = true;
    if (const auto m = year.match(text); m.hasMatch())
        return m.captured(1).toInt();
    if (const auto m = date.match(text); m.hasMatch()) {
        const QDate d(m.captured(3).toInt(), m.captured(2).toInt(), m.captured(1).toInt());
        if (d.isValid())
            return d.year();
    }
    if (const auto m = iso.match(text); m.hasMatch()) {
        const QDate d(m.captured(1).toInt(), m.captured(2).toInt(), m.captured(3).toInt());
        if (d.isValid())
            return d.year();
    }
    *ok = false;
    return 0;
}

} // namespace

QList<ResidentField> allResidentFields() {
    return {ResidentField::FullName,  ResidentField::BirthYear, ResidentField::IdNumber,
            ResidentField::Phone,     ResidentField::Address,   ResidentField::Hamlet,
            ResidentField::Household, ResidentField::Consent};
}

QString residentFieldName(ResidentField field) {
    static const QStringList names = {QString(),
                                      QStringLiteral("ho_ten"),
                                      QStringLiteral("nam_sinh"),
                                      QStringLiteral("so_cccd"),
                                      QStringLiteral("so_dien_thoai"),
                                      QStringLiteral("dia_chi"),
                                      QStringLiteral("ap"),
                                      QStringLiteral("ghi_chu_ho"),
                                      QStringLiteral("dong_y")};
    return names.value(int(field));
}

QString residentFieldLabel(ResidentField field) {
    switch (field) {
    case ResidentField::Ignore:
        return QCoreApplication::translate("ResidentImport", "(not imported)");
    case ResidentField::FullName:
        return QCoreApplication::translate("ResidentImport", "Full name");
    case ResidentField::BirthYear:
        return QCoreApplication::translate("ResidentImport", "Year of birth");
    case ResidentField::IdNumber:
        return QCoreApplication::translate("ResidentImport", "ID number (CCCD/CMND)");
    case ResidentField::Phone:
        return QCoreApplication::translate("ResidentImport", "Phone");
    case ResidentField::Address:
        return QCoreApplication::translate("ResidentImport", "Address");
    case ResidentField::Hamlet:
        return QCoreApplication::translate("ResidentImport", "Hamlet");
    case ResidentField::Household:
        return QCoreApplication::translate("ResidentImport", "Household note / role in the hamlet");
    case ResidentField::Consent:
        return QCoreApplication::translate("ResidentImport", "Consent note");
    }
    return {};
}

ResidentMapping defaultResidentMapping(const QStringList& header) {
    static const QRegularExpression trailing(QStringLiteral("\\(.*\\)\\s*$"));
    ResidentMapping mapping;
    for (QString name : header) {
        name.remove(trailing);
        const QString k = key(name).replace(QLatin1Char(' '), QLatin1Char('_'));
        ResidentField found = ResidentField::Ignore;
        for (const HeaderAlias& a : kHeaderAliases) {
            if (k == QLatin1String(a.key) && !mapping.contains(a.field)) {
                found = a.field;
                break;
            }
        }
        mapping.append(found);
    }
    return mapping;
}

QList<ResidentField> missingRequiredResidentFields(const ResidentMapping& mapping) {
    if (mapping.contains(ResidentField::FullName))
        return {};
    return {ResidentField::FullName};
}

QString hamletMatchKey(const QString& text) {
    static const QRegularExpression prefix(
        QStringLiteral("^(ap|khu pho|kp|thon|to dan pho|tdp|xom|khom) "));
    QString k = key(text);
    k.remove(prefix);
    return k;
}

QString residentPhoneFromText(const QString& text, bool* corrected) {
    static const QRegularExpression typed(QStringLiteral("^\\+?[0-9][0-9 .\\-()]*$"));
    const QString t = text.trimmed();
    QString digits = personmatch::digitsOnly(t);
    QString out = t;
    if (typed.match(t).hasMatch()) {
        if (digits.startsWith(QLatin1String("84")) && digits.size() == 11)
            out = QLatin1Char('0') + digits.mid(2);
        else if (digits.size() == 9 && !digits.startsWith(QLatin1Char('0')))
            out = QLatin1Char('0') + digits;
        else
            out = digits;
    }
    if (corrected)
        *corrected = out != digits && out != t;
    return out;
}

QString residentIdFromText(const QString& text, bool* corrected) {
    static const QRegularExpression typed(QStringLiteral("^[0-9][0-9 .\\-]*$"));
    const QString t = text.trimmed();
    QString out = t;
    if (typed.match(t).hasMatch()) {
        const QString digits = personmatch::digitsOnly(t);
        out = digits.size() == 11 || digits.size() == 8 ? QLatin1Char('0') + digits : digits;
    }
    if (corrected)
        *corrected = out.size() > personmatch::digitsOnly(t).size();
    return out;
}

ImportedResident mapResidentRow(const CsvRow& row, const ResidentMapping& mapping, int columns,
                                const QList<ResidentHamlet>& hamlets, int currentYear) {
    ImportedResident r;
    r.line = row.line;
    const int line = row.line;
    auto field = [&](ResidentField f) {
        const qsizetype i = mapping.indexOf(f);
        return i < 0 ? QString() : row.fields.value(i).trimmed();
    };

    qsizetype used = row.fields.size();
    while (used > columns && row.fields.at(used - 1).trimmed().isEmpty())
        --used;
    if (used != columns)
        r.errors << QCoreApplication::translate("ResidentImport",
                                                "Line %1: %2 column(s) where the header has %3.")
                        .arg(line)
                        .arg(used)
                        .arg(columns);

    NewPerson& p = r.person;
    p.fullName = field(ResidentField::FullName).simplified();
    if (p.fullName.isEmpty())
        r.errors << QCoreApplication::translate("ResidentImport",
                                                "Line %1: the full name is empty.")
                        .arg(line);

    const QString year = field(ResidentField::BirthYear);
    if (!year.isEmpty()) {
        bool ok = false;
        p.birthYear = birthYearFromText(year, &ok);
        if (!ok || p.birthYear < 1900 || p.birthYear > currentYear) {
            r.errors << QCoreApplication::translate(
                            "ResidentImport",
                            "Line %1: the year of birth \"%2\" is not a year between "
                            "1900 and %3.")
                            .arg(line)
                            .arg(year)
                            .arg(currentYear);
            p.birthYear = 0;
        }
    }

    const QString id = field(ResidentField::IdNumber);
    bool idCorrected = false;
    p.idNumber = residentIdFromText(id, &idCorrected);
    if (auto normal = personmatch::normaliseIdNumber(p.idNumber); !normal) {
        r.errors << QCoreApplication::translate("ResidentImport",
                                                "Line %1: the ID number \"%2\": %3")
                        .arg(line)
                        .arg(id, normal.error().message);
    } else {
        p.idNumber = normal.value();
        if (idCorrected)
            r.warnings << QCoreApplication::translate(
                              "ResidentImport",
                              "Line %1: the ID number \"%2\" lost its leading 0 in the "
                              "spreadsheet: read as %3.")
                              .arg(line)
                              .arg(id, p.idNumber);
    }

    const QString phone = field(ResidentField::Phone);
    p.phone = residentPhoneFromText(phone);
    if (auto normal = personmatch::normalisePhone(p.phone); !normal) {
        r.errors << QCoreApplication::translate("ResidentImport",
                                                "Line %1: the phone number \"%2\": %3")
                        .arg(line)
                        .arg(phone, normal.error().message);
    } else {
        p.phone = normal.value();
    }

    p.address = field(ResidentField::Address);
    r.hamlet = field(ResidentField::Hamlet);
    if (!r.hamlet.isEmpty()) {
        const QString k = hamletMatchKey(r.hamlet);
        for (const ResidentHamlet& h : hamlets) {
            if (!k.isEmpty() && (h.matchKey.isEmpty() ? hamletMatchKey(h.name) : h.matchKey) == k) {
                p.placeId = h.id;
                r.hamletName = h.name;
                break;
            }
        }
        if (p.placeId == 0)
            r.errors << QCoreApplication::translate(
                            "ResidentImport", "Line %1: the hamlet \"%2\" is not in the register.")
                            .arg(line)
                            .arg(r.hamlet);
    }

    QStringList notes;
    if (const QString household = field(ResidentField::Household); !household.isEmpty())
        notes
            << QCoreApplication::translate("ResidentImport", "Household / role: %1").arg(household);
    if (const QString consent = field(ResidentField::Consent); !consent.isEmpty())
        notes << QCoreApplication::translate("ResidentImport", "Consent: %1").arg(consent);
    p.note = notes.join(QLatin1Char('\n'));

    if (r.errors.isEmpty()) {
        auto valid = personmatch::validate(p, currentYear);
        if (!valid)
            r.errors << QCoreApplication::translate("ResidentImport", "Line %1: %2")
                            .arg(line)
                            .arg(valid.error().message);
        else
            p = valid.value();
    }
    return r;
}

} // namespace binhyen
