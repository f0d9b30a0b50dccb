#include "models/domain/import/TextDecoding.h"

#include "models/domain/import/VietLegacyEncodings.h"

#include <QCoreApplication>
#include <string_view>

namespace binhyen {

namespace {

constexpr qsizetype kScoredBytes = 256 * 1024;

bool startsWithBom(const QByteArray& data) {
    return data.startsWith("\xEF\xBB\xBF");
}

// Strict UTF-8 (no overlong forms, surrogates or code points past U+10FFFF). A sequence cut by
// the end of the sample is accepted when what is there of it is well formed.
bool isValidUtf8(const QByteArray& data) {
    const auto* s = reinterpret_cast<const unsigned char*>(data.constData());
    const qsizetype n = data.size();
    qsizetype i = 0;
    while (i < n) {
        const unsigned char b = s[i];
        if (b < 0x80) {
            ++i;
            continue;
        }
        int len = 0;
        char32_t cp = 0;
        char32_t min = 0;
        if ((b & 0xE0) == 0xC0) {
            len = 2, cp = b & 0x1F, min = 0x80;
        } else if ((b & 0xF0) == 0xE0) {
            len = 3, cp = b & 0x0F, min = 0x800;
        } else if ((b & 0xF8) == 0xF0) {
            len = 4, cp = b & 0x07, min = 0x10000;
        } else {
            return false;
        }
        const bool cut = i + len > n;
        const qsizetype end = cut ? n : i + len;
        for (qsizetype k = i + 1; k < end; ++k) {
            if ((s[k] & 0xC0) != 0x80)
                return false;
            cp = (cp << 6) | (s[k] & 0x3F);
        }
        if (cut)
            return true;
        if (cp < min || cp > 0x10FFFF || (cp >= 0xD800 && cp <= 0xDFFF))
            return false;
        i += len;
    }
    return true;
}

using Seq = std::u16string_view;

constexpr Seq kInitials[] = {u"",   u"b",  u"c", u"ch", u"d", u"đ",  u"g",   u"gh", u"h",
                             u"k",  u"kh", u"l", u"m",  u"n", u"ng", u"ngh", u"nh", u"p",
                             u"ph", u"q",  u"r", u"s",  u"t", u"th", u"tr",  u"v",  u"x"};
constexpr Seq kFinals[] = {u"", u"c", u"ch", u"m", u"n", u"ng", u"nh", u"p", u"t"};
constexpr Seq kNuclei[] = {
    u"a",   u"ă",   u"â",   u"e",   u"ê",   u"i",   u"o",   u"ô",   u"ơ",   u"u",   u"ư",   u"y",
    u"ai",  u"ao",  u"au",  u"ay",  u"âu",  u"ây",  u"eo",  u"êu",  u"ia",  u"iê",  u"iu",  u"oa",
    u"oă",  u"oe",  u"oi",  u"ôi",  u"ơi",  u"oo",  u"ua",  u"uâ",  u"uê",  u"ui",  u"uô",  u"uơ",
    u"uy",  u"ưa",  u"ưi",  u"ươ",  u"ưu",  u"ya",  u"yê",  u"iêu", u"oai", u"oao", u"oay", u"oeo",
    u"uây", u"uôi", u"ươi", u"ươu", u"uya", u"uyê", u"uyu", u"yêu"};

template <std::size_t N> bool contains(const Seq (&set)[N], Seq s) {
    for (const Seq& item : set) {
        if (item == s)
            return true;
    }
    return false;
}

bool isVowel(char16_t c) {
    return Seq(u"aăâeêioôơuưy").find(c) != Seq::npos;
}

// A Vietnamese syllable: initial consonant, vowel nucleus, final consonant, at most one tone.
bool isVietnameseSyllable(QStringView word) {
    char16_t bases[8];
    if (word.size() > 7)
        return false;
    int tones = 0;
    std::size_t n = 0;
    for (QChar c : word) {
        const vietenc::LetterParts parts = vietenc::splitLetter(c.unicode());
        if (parts.base == 0 || Seq(u"fjwz").find(parts.base) != Seq::npos)
            return false;
        tones += parts.tone > 0 ? 1 : 0;
        bases[n++] = parts.base;
    }
    if (tones > 1)
        return false;
    const Seq all(bases, n);
    std::size_t i = 0;
    while (i < n && !isVowel(bases[i]))
        ++i;
    std::size_t j = i;
    while (j < n && isVowel(bases[j]))
        ++j;
    const Seq initial = all.substr(0, i);
    Seq nucleus = all.substr(i, j - i);
    if (nucleus.empty() || !contains(kInitials, initial) || !contains(kFinals, all.substr(j)))
        return false;
    if (initial == u"q") {
        if (nucleus.size() < 2 || nucleus.front() != u'u')
            return false;
        nucleus.remove_prefix(1);
    }
    if (initial == u"g" && nucleus.size() > 1 && nucleus.front() == u'i' &&
        contains(kNuclei, nucleus.substr(1)))
        return true;
    return contains(kNuclei, nucleus);
}

bool isWordChar(QChar c) {
    const char16_t u = c.unicode();
    if (u < 0x80)
        return (u >= u'a' && u <= u'z') || (u >= u'A' && u <= u'Z');
    return c.isLetter() || c.isMark();
}

// Punctuation that every legacy encoding here decodes the same way: no evidence either way.
bool isNeutralSymbol(char16_t c) {
    return Seq(u"\u00A0\u2013\u2014\u2018\u2019\u201C\u201D\u2022\u2026\uFEFF").find(c) !=
           Seq::npos;
}

} // namespace

int vietnameseScore(const QString& text) {
    int score = 0;
    const qsizetype n = text.size();
    qsizetype i = 0;
    while (i < n) {
        if (isWordChar(text.at(i))) {
            qsizetype j = i;
            bool nonAscii = false;
            while (j < n && isWordChar(text.at(j)))
                nonAscii = text.at(j++).unicode() >= 0x80 || nonAscii;
            if (nonAscii)
                score += isVietnameseSyllable(QStringView(text).sliced(i, j - i)) ? 3 : -2;
            i = j;
            continue;
        }
        const char16_t c = text.at(i++).unicode();
        if (c >= 0x80 && !isNeutralSymbol(c))
            score -= c == 0xFFFD ? 2 : 1;
    }
    return score;
}

TextEncoding detectEncoding(const QByteArray& sample) {
    if (isValidUtf8(sample))
        return startsWithBom(sample) ? TextEncoding::Utf8Bom : TextEncoding::Utf8;
    const QByteArray head = sample.left(kScoredBytes);
    TextEncoding best = TextEncoding::Unknown;
    int bestScore = 0;
    for (TextEncoding candidate :
         {TextEncoding::Windows1258, TextEncoding::Tcvn3, TextEncoding::Vni}) {
        const int score = vietnameseScore(decode(head, candidate));
        if (score > bestScore) {
            best = candidate;
            bestScore = score;
        }
    }
    return best;
}

QString decode(const QByteArray& data, TextEncoding encoding) {
    switch (encoding) {
    case TextEncoding::Windows1258:
        return vietenc::decodeWindows1258(data);
    case TextEncoding::Tcvn3:
        return vietenc::decodeTcvn3(data);
    case TextEncoding::Vni:
        return vietenc::decodeVni(data);
    case TextEncoding::Utf8:
    case TextEncoding::Utf8Bom:
    case TextEncoding::Unknown:
        break;
    }
    const QByteArrayView bytes =
        startsWithBom(data) ? QByteArrayView(data).sliced(3) : QByteArrayView(data);
    return vietenc::toNfc(QString::fromUtf8(bytes));
}

QByteArray encode(const QString& text, TextEncoding encoding) {
    switch (encoding) {
    case TextEncoding::Windows1258:
        return vietenc::encodeWindows1258(text);
    case TextEncoding::Tcvn3:
        return vietenc::encodeTcvn3(text);
    case TextEncoding::Vni:
        return vietenc::encodeVni(text);
    case TextEncoding::Utf8Bom:
        return QByteArray("\xEF\xBB\xBF") + vietenc::toNfc(text).toUtf8();
    case TextEncoding::Utf8:
    case TextEncoding::Unknown:
        break;
    }
    return vietenc::toNfc(text).toUtf8();
}

QString encodingLabel(TextEncoding encoding) {
    switch (encoding) {
    case TextEncoding::Utf8:
        return QCoreApplication::translate("TextDecoding", "UTF-8");
    case TextEncoding::Utf8Bom:
        return QCoreApplication::translate("TextDecoding", "UTF-8 with BOM");
    case TextEncoding::Windows1258:
        return QCoreApplication::translate("TextDecoding", "Windows-1258 (VN)");
    case TextEncoding::Tcvn3:
        return QCoreApplication::translate("TextDecoding", "TCVN3 (ABC)");
    case TextEncoding::Vni:
        return QCoreApplication::translate("TextDecoding", "VNI Windows");
    case TextEncoding::Unknown:
        break;
    }
    return QCoreApplication::translate("TextDecoding", "Unknown encoding");
}

QString encodingName(TextEncoding encoding) {
    switch (encoding) {
    case TextEncoding::Utf8:
        return QStringLiteral("utf-8");
    case TextEncoding::Utf8Bom:
        return QStringLiteral("utf-8-bom");
    case TextEncoding::Windows1258:
        return QStringLiteral("windows-1258");
    case TextEncoding::Tcvn3:
        return QStringLiteral("tcvn3");
    case TextEncoding::Vni:
        return QStringLiteral("vni");
    case TextEncoding::Unknown:
        break;
    }
    return QStringLiteral("unknown");
}

TextEncoding encodingFromName(const QString& name) {
    QString key = name.trimmed().toLower();
    key.remove(QLatin1Char('-')).remove(QLatin1Char('_')).remove(QLatin1Char(' '));
    struct Alias {
        const char* name;
        TextEncoding encoding;
    };
    static constexpr Alias aliases[] = {{"utf8", TextEncoding::Utf8},
                                        {"utf8bom", TextEncoding::Utf8Bom},
                                        {"utf8sig", TextEncoding::Utf8Bom},
                                        {"windows1258", TextEncoding::Windows1258},
                                        {"cp1258", TextEncoding::Windows1258},
                                        {"win1258", TextEncoding::Windows1258},
                                        {"tcvn3", TextEncoding::Tcvn3},
                                        {"tcvn", TextEncoding::Tcvn3},
                                        {"abc", TextEncoding::Tcvn3},
                                        {"vn3", TextEncoding::Tcvn3},
                                        {"vni", TextEncoding::Vni},
                                        {"vniwin", TextEncoding::Vni},
                                        {"vniwindows", TextEncoding::Vni}};
    for (const Alias& alias : aliases) {
        if (key == QLatin1String(alias.name))
            return alias.encoding;
    }
    return TextEncoding::Unknown;
}

} // namespace binhyen
