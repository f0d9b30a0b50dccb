#pragma once

#include <QByteArray>
#include <QString>

// Decoding the text of old office files: UTF-8 (with or without BOM) and the legacy Vietnamese
// encodings Windows-1258, TCVN3 (ABC) and VNI Windows. Pure functions, no database, no UI.
namespace binhyen {

enum class TextEncoding { Utf8, Utf8Bom, Windows1258, Tcvn3, Vni, Unknown };

// Valid UTF-8 (a sample cut inside its last character still counts) is Utf8, or Utf8Bom when it
// starts with a byte order mark. Otherwise each legacy encoding decodes the sample (at most its
// first 256 KiB) and the one whose text reads best as Vietnamese wins: words that are valid
// Vietnamese syllables count for it, broken words and stray symbols against it; ties go to
// Windows-1258, then TCVN3, then VNI. Unknown when none reads as Vietnamese. Deterministic.
TextEncoding detectEncoding(const QByteArray& sample);

// The text of data in that encoding, in NFC, without a byte order mark. Unknown decodes as UTF-8
// (invalid sequences become U+FFFD). Never fails, whatever the bytes.
QString decode(const QByteArray& data, TextEncoding encoding);

// The bytes of text in that encoding (Utf8Bom adds the mark); what the encoding cannot hold
// becomes '?'. TCVN3 writes upper-case toned vowels with the lower-case byte (see
// VietLegacyEncodings.h). Meant for tests and sample files.
QByteArray encode(const QString& text, TextEncoding encoding);

// "Windows-1258 (VN)", "TCVN3 (ABC)", "VNI Windows"…, translated.
QString encodingLabel(TextEncoding encoding);

// A stable ASCII name for the command line and settings: utf-8, utf-8-bom, windows-1258, tcvn3,
// vni; and back, accepting common spellings (cp1258, abc, vni-win…), case-blind. Unknown if none.
QString encodingName(TextEncoding encoding);
TextEncoding encodingFromName(const QString& name);

// How well text reads as Vietnamese (the detection score; higher is better). For tests.
int vietnameseScore(const QString& text);

} // namespace binhyen
