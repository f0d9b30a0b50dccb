#include "models/domain/import/VietLegacyEncodings.h"

#include <QHash>
#include <algorithm>
#include <array>
#include <vector>

namespace binhyen::vietenc {

// Columns: none, sắc, huyền, hỏi, ngã, nặng.
const char16_t kVowelGrid[kVowelRows][kToneCount] = {
    {u'a', u'á', u'à', u'ả', u'ã', u'ạ'}, {u'ă', u'ắ', u'ằ', u'ẳ', u'ẵ', u'ặ'},
    {u'â', u'ấ', u'ầ', u'ẩ', u'ẫ', u'ậ'}, {u'e', u'é', u'è', u'ẻ', u'ẽ', u'ẹ'},
    {u'ê', u'ế', u'ề', u'ể', u'ễ', u'ệ'}, {u'i', u'í', u'ì', u'ỉ', u'ĩ', u'ị'},
    {u'o', u'ó', u'ò', u'ỏ', u'õ', u'ọ'}, {u'ô', u'ố', u'ồ', u'ổ', u'ỗ', u'ộ'},
    {u'ơ', u'ớ', u'ờ', u'ở', u'ỡ', u'ợ'}, {u'u', u'ú', u'ù', u'ủ', u'ũ', u'ụ'},
    {u'ư', u'ứ', u'ừ', u'ử', u'ữ', u'ự'}, {u'y', u'ý', u'ỳ', u'ỷ', u'ỹ', u'ỵ'},
    {u'A', u'Á', u'À', u'Ả', u'Ã', u'Ạ'}, {u'Ă', u'Ắ', u'Ằ', u'Ẳ', u'Ẵ', u'Ặ'},
    {u'Â', u'Ấ', u'Ầ', u'Ẩ', u'Ẫ', u'Ậ'}, {u'E', u'É', u'È', u'Ẻ', u'Ẽ', u'Ẹ'},
    {u'Ê', u'Ế', u'Ề', u'Ể', u'Ễ', u'Ệ'}, {u'I', u'Í', u'Ì', u'Ỉ', u'Ĩ', u'Ị'},
    {u'O', u'Ó', u'Ò', u'Ỏ', u'Õ', u'Ọ'}, {u'Ô', u'Ố', u'Ồ', u'Ổ', u'Ỗ', u'Ộ'},
    {u'Ơ', u'Ớ', u'Ờ', u'Ở', u'Ỡ', u'Ợ'}, {u'U', u'Ú', u'Ù', u'Ủ', u'Ũ', u'Ụ'},
    {u'Ư', u'Ứ', u'Ừ', u'Ử', u'Ữ', u'Ự'}, {u'Y', u'Ý', u'Ỳ', u'Ỷ', u'Ỹ', u'Ỵ'},
};

namespace {

constexpr char16_t kLowerDd = u'đ';
constexpr char16_t kUpperDd = u'Đ';
constexpr char16_t kReplacement = 0xFFFD;

// Windows-1252 in 0x80-0x9F (0 = unassigned). Windows-1258 shares it except Š Ž š ž.
constexpr char16_t kCp1252C1[32] = {0x20AC, 0,      0x201A, 0x0192, 0x201E, 0x2026, 0x2020, 0x2021,
                                    0x02C6, 0x2030, 0x0160, 0x2039, 0x0152, 0,      0x017D, 0,
                                    0,      0x2018, 0x2019, 0x201C, 0x201D, 0x2022, 0x2013, 0x2014,
                                    0x02DC, 0x2122, 0x0161, 0x203A, 0x0153, 0,      0x017E, 0x0178};

struct ByteChar {
    unsigned char byte;
    char16_t ch;
};

// Windows-1258 where it differs from Windows-1252/Latin-1 (0 = unassigned).
constexpr ByteChar kCp1258Changes[] = {
    {0x8A, 0},      {0x8E, 0},      {0x9A, 0},      {0x9E, 0},      {0xC3, 0x0102}, {0xCC, 0x0300},
    {0xD0, 0x0110}, {0xD2, 0x0309}, {0xD5, 0x01A0}, {0xDD, 0x01AF}, {0xDE, 0x0303}, {0xE3, 0x0103},
    {0xEC, 0x0301}, {0xF0, 0x0111}, {0xF2, 0x0323}, {0xF5, 0x01A1}, {0xFD, 0x01B0}, {0xFE, 0x20AB}};
// Windows-1258 tone bytes, by tone 1..5 (sắc, huyền, hỏi, ngã, nặng).
constexpr unsigned char kCp1258Tone[kToneCount] = {0, 0xEC, 0xCC, 0xD2, 0xDE, 0xF2};

// TCVN3 (VN3), same grid as kVowelGrid; 0 = not in VN3 (upper-case toned vowels).
constexpr unsigned char kTcvn3[kVowelRows][kToneCount] = {
    {'a', 0xB8, 0xB5, 0xB6, 0xB7, 0xB9},
    {0xA8, 0xBE, 0xBB, 0xBC, 0xBD, 0xC6},
    {0xA9, 0xCA, 0xC7, 0xC8, 0xC9, 0xCB},
    {'e', 0xD0, 0xCC, 0xCE, 0xCF, 0xD1},
    {0xAA, 0xD5, 0xD2, 0xD3, 0xD4, 0xD6},
    {'i', 0xDD, 0xD7, 0xD8, 0xDC, 0xDE},
    {'o', 0xE3, 0xDF, 0xE1, 0xE2, 0xE4},
    {0xAB, 0xE8, 0xE5, 0xE6, 0xE7, 0xE9},
    {0xAC, 0xED, 0xEA, 0xEB, 0xEC, 0xEE},
    {'u', 0xF3, 0xEF, 0xF1, 0xF2, 0xF4},
    {0xAD, 0xF8, 0xF5, 0xF6, 0xF7, 0xF9},
    {'y', 0xFD, 0xFA, 0xFB, 0xFC, 0xFE},
    {'A'},
    {0xA1}, // Ă
    {0xA2}, // Â
    {'E'},
    {0xA3}, // Ê
    {'I'},
    {'O'},
    {0xA4}, // Ô
    {0xA5}, // Ơ
    {'U'},
    {0xA6}, // Ư
    {'Y'},
};
constexpr unsigned char kTcvn3LowerDd = 0xAE;
constexpr unsigned char kTcvn3UpperDd = 0xA7;

// VNI Windows, lower case: a base byte and a mark byte (0 = none). Upper case is the same with
// both high bytes 0x20 lower (the Latin-1 capitals: "aù" á, "AÙ" Á) and ASCII bases upper-cased.
struct VniCode {
    unsigned char base;
    unsigned char mark;
};
constexpr VniCode kVniLower[12][kToneCount] = {
    {{'a', 0}, {'a', 0xF9}, {'a', 0xF8}, {'a', 0xFB}, {'a', 0xF5}, {'a', 0xEF}},       // a
    {{'a', 0xEA}, {'a', 0xE9}, {'a', 0xE8}, {'a', 0xFA}, {'a', 0xFC}, {'a', 0xEB}},    // ă
    {{'a', 0xE2}, {'a', 0xE1}, {'a', 0xE0}, {'a', 0xE5}, {'a', 0xE3}, {'a', 0xE4}},    // â
    {{'e', 0}, {'e', 0xF9}, {'e', 0xF8}, {'e', 0xFB}, {'e', 0xF5}, {'e', 0xEF}},       // e
    {{'e', 0xE2}, {'e', 0xE1}, {'e', 0xE0}, {'e', 0xE5}, {'e', 0xE3}, {'e', 0xE4}},    // ê
    {{'i', 0}, {0xED, 0}, {0xEC, 0}, {0xE6, 0}, {0xF3, 0}, {0xF2, 0}},                 // i
    {{'o', 0}, {'o', 0xF9}, {'o', 0xF8}, {'o', 0xFB}, {'o', 0xF5}, {'o', 0xEF}},       // o
    {{'o', 0xE2}, {'o', 0xE1}, {'o', 0xE0}, {'o', 0xE5}, {'o', 0xE3}, {'o', 0xE4}},    // ô
    {{0xF4, 0}, {0xF4, 0xF9}, {0xF4, 0xF8}, {0xF4, 0xFB}, {0xF4, 0xF5}, {0xF4, 0xEF}}, // ơ
    {{'u', 0}, {'u', 0xF9}, {'u', 0xF8}, {'u', 0xFB}, {'u', 0xF5}, {'u', 0xEF}},       // u
    {{0xF6, 0}, {0xF6, 0xF9}, {0xF6, 0xF8}, {0xF6, 0xFB}, {0xF6, 0xF5}, {0xF6, 0xEF}}, // ư
    {{'y', 0}, {'y', 0xF9}, {'y', 0xF8}, {'y', 0xFB}, {'y', 0xF5}, {0xEE, 0}},         // y
};
constexpr unsigned char kVniLowerDd = 0xF1;
constexpr unsigned char kVniUpperDd = 0xD1;

unsigned char upperVniByte(unsigned char b) {
    if (b >= 'a' && b <= 'z')
        return static_cast<unsigned char>(b - 0x20);
    return b >= 0xE0 ? static_cast<unsigned char>(b - 0x20) : b;
}

QByteArray bytesOf(unsigned char a, unsigned char b = 0) {
    QByteArray out(1, static_cast<char>(a));
    if (b != 0)
        out.append(static_cast<char>(b));
    return out;
}

struct Tables {
    std::array<char16_t, 256> cp1258{};
    std::array<char16_t, 256> tcvn3{};
    std::array<char16_t, 256> vniSingle{};
    std::vector<char16_t> vniPair = std::vector<char16_t>(65536, 0); // [base | mark << 8]
    QHash<char16_t, LetterParts> letters;
    QHash<char16_t, QByteArray> toCp1258, toTcvn3, toVni;

    Tables() {
        std::array<char16_t, 256> western{}; // ASCII, Windows-1252 C1 area, Latin-1
        for (int b = 0; b < 256; ++b)
            western[b] = char16_t(b);
        for (int b = 0x80; b < 0xA0; ++b)
            western[b] = kCp1252C1[b - 0x80] != 0 ? kCp1252C1[b - 0x80] : kReplacement;
        cp1258 = tcvn3 = vniSingle = western;
        for (const ByteChar& change : kCp1258Changes)
            cp1258[change.byte] = change.ch == 0 ? kReplacement : change.ch;

        for (int row = 0; row < kVowelRows; ++row) {
            for (int tone = 0; tone < kToneCount; ++tone) {
                const char16_t letter = kVowelGrid[row][tone];
                letters.insert(letter, {kVowelGrid[row % 12][0], tone, row >= 12});
                if (const unsigned char b = kTcvn3[row][tone]; b != 0)
                    tcvn3[b] = letter;
                VniCode code = kVniLower[row % 12][tone];
                if (row >= 12)
                    code = {upperVniByte(code.base), upperVniByte(code.mark)};
                if (code.mark != 0) {
                    vniPair[code.base | (code.mark << 8)] = letter;
                    // Mixed case as careless typing leaves it: "Aù" is Á, "aÙ" is á.
                    const int otherMark = row >= 12 ? code.mark + 0x20 : code.mark - 0x20;
                    vniPair[code.base | (otherMark << 8)] = letter;
                } else {
                    vniSingle[code.base] = letter;
                }
            }
        }
        letters.insert(kLowerDd, {kLowerDd, 0, false});
        letters.insert(kUpperDd, {kLowerDd, 0, true});
        tcvn3[kTcvn3LowerDd] = kLowerDd;
        tcvn3[kTcvn3UpperDd] = kUpperDd;
        vniSingle[kVniLowerDd] = kLowerDd;
        vniSingle[kVniUpperDd] = kUpperDd;

        // Encoders: the non-letter characters each byte table keeps, then the letters.
        for (int b = 0x80; b < 256; ++b) {
            if (cp1258[b] != kReplacement && !isTone(cp1258[b]))
                toCp1258.insert(cp1258[b], bytesOf(b));
            if (tcvn3[b] == western[b] && western[b] != kReplacement)
                toTcvn3.insert(western[b], bytesOf(b));
        }
        for (int b = 0x80; b < 0xC0; ++b) { // VNI uses 0xC0-0xFF for its letters and marks
            if (western[b] != kReplacement)
                toVni.insert(western[b], bytesOf(b));
        }
        for (int row = 0; row < kVowelRows; ++row) {
            for (int tone = 0; tone < kToneCount; ++tone) {
                const char16_t letter = kVowelGrid[row][tone];
                const unsigned char t =
                    kTcvn3[row][tone] != 0 ? kTcvn3[row][tone] : kTcvn3[row % 12][tone];
                toTcvn3.insert(letter, bytesOf(t));
                VniCode code = kVniLower[row % 12][tone];
                if (row >= 12)
                    code = {upperVniByte(code.base), upperVniByte(code.mark)};
                toVni.insert(letter, bytesOf(code.base, code.mark));
                if (!toCp1258.contains(letter)) { // base letter, then the tone's mark
                    const char16_t base = kVowelGrid[row][0];
                    QByteArray seq = base < 0x80 ? bytesOf(base) : toCp1258.value(base);
                    seq.append(static_cast<char>(kCp1258Tone[tone]));
                    toCp1258.insert(letter, seq);
                }
            }
        }
        toTcvn3.insert(kLowerDd, bytesOf(kTcvn3LowerDd));
        toTcvn3.insert(kUpperDd, bytesOf(kTcvn3UpperDd));
        toVni.insert(kLowerDd, bytesOf(kVniLowerDd));
        toVni.insert(kUpperDd, bytesOf(kVniUpperDd));
    }

    static bool isTone(char16_t c) {
        return c == 0x0300 || c == 0x0301 || c == 0x0303 || c == 0x0309 || c == 0x0323;
    }
};

const Tables& tables() {
    static const Tables instance;
    return instance;
}

QString decodeSingle(QByteArrayView bytes, const std::array<char16_t, 256>& table) {
    QString out(bytes.size(), Qt::Uninitialized);
    QChar* dst = out.data();
    for (qsizetype i = 0; i < bytes.size(); ++i)
        dst[i] = QChar(table[static_cast<unsigned char>(bytes[i])]);
    return out;
}

QByteArray encodeWith(QStringView text, const QHash<char16_t, QByteArray>& table) {
    const QString nfc = toNfc(text.toString());
    QByteArray out;
    out.reserve(nfc.size());
    for (QChar c : nfc) {
        if (c.unicode() < 0x80) {
            out.append(static_cast<char>(c.unicode()));
            continue;
        }
        const auto it = table.constFind(c.unicode());
        out.append(it == table.constEnd() ? QByteArray(1, '?') : *it);
    }
    return out;
}

} // namespace

QString toNfc(const QString& text) {
    // QString::normalized() slows down badly on long text full of combining marks (garbage), so
    // normalise in pieces. Cutting before an ASCII character is safe: it is a starter that never
    // composes with what precedes it. Past kHardCut without one, cut anyway (only garbage).
    constexpr qsizetype kPiece = 4096;
    constexpr qsizetype kHardCut = 65536;
    if (text.size() <= kPiece)
        return text.normalized(QString::NormalizationForm_C);
    QString out;
    out.reserve(text.size());
    qsizetype start = 0;
    while (start < text.size()) {
        qsizetype end = std::min(text.size(), start + kPiece);
        while (end < text.size() && end - start < kHardCut && text.at(end).unicode() >= 0x80)
            ++end;
        out.append(text.mid(start, end - start).normalized(QString::NormalizationForm_C));
        start = end;
    }
    return out;
}

QString allVietnameseLetters() {
    QString out;
    for (int upper = 0; upper < 2; ++upper) {
        for (int row = upper * 12; row < upper * 12 + 12; ++row) {
            for (int tone = 0; tone < kToneCount; ++tone) {
                if (kVowelGrid[row][tone] >= 0x80)
                    out.append(QChar(kVowelGrid[row][tone]));
            }
        }
        out.append(QChar(upper ? kUpperDd : kLowerDd));
    }
    return out;
}

LetterParts splitLetter(char16_t c) {
    if (c < 0x80) {
        if (c >= u'a' && c <= u'z')
            return {c, 0, false};
        if (c >= u'A' && c <= u'Z')
            return {char16_t(c + 0x20), 0, true};
        return {};
    }
    return tables().letters.value(c);
}

QString decodeWindows1258(QByteArrayView bytes) {
    return toNfc(decodeSingle(bytes, tables().cp1258));
}

QString decodeTcvn3(QByteArrayView bytes) {
    return decodeSingle(bytes, tables().tcvn3);
}

QString decodeVni(QByteArrayView bytes) {
    const Tables& t = tables();
    QString out(bytes.size(), Qt::Uninitialized);
    QChar* dst = out.data();
    qsizetype n = 0;
    for (qsizetype i = 0; i < bytes.size(); ++i) {
        const auto b = static_cast<unsigned char>(bytes[i]);
        if (i + 1 < bytes.size()) {
            const auto m = static_cast<unsigned char>(bytes[i + 1]);
            if (const char16_t pair = t.vniPair[b | (m << 8)]; pair != 0) {
                dst[n++] = QChar(pair);
                ++i;
                continue;
            }
        }
        dst[n++] = QChar(t.vniSingle[b]);
    }
    out.truncate(n);
    return out;
}

QByteArray encodeWindows1258(QStringView text) {
    return encodeWith(text, tables().toCp1258);
}

QByteArray encodeTcvn3(QStringView text) {
    return encodeWith(text, tables().toTcvn3);
}

QByteArray encodeVni(QStringView text) {
    return encodeWith(text, tables().toVni);
}

} // namespace binhyen::vietenc
