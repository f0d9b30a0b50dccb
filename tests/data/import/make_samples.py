#!/usr/bin/env python3
"""Writes the sample CSV files of tst_import_text, independently of BinhYen's own encoder:
Windows-1258 through Python's cp1258 codec (tones as combining marks), TCVN3 through glibc's
iconv TCVN5712-1 (the VN1 table; the sample only uses letters VN1 and VN3 place alike), VNI
from the VNI Windows letter table below. Run from this folder; the files are committed."""
import csv
import io
import subprocess
import unicodedata

ROWS = [
    ['so_tin', 'thoi_gian_tiep_nhan', 'kenh', 'ap', 'noi_dung'],
    ['12/2019', '03/02/2019 08:15', 'Điện thoại', 'Cây Cám',
     'Người dân báo mất trộm xe máy tại ấp Cây Cám, xã Láng Dài'],
    ['13/2019', '04/02/2019 21:40', 'Zalo', 'Phước Lợi', 'Đánh nhau trước quán nước; "đã giải quyết"'],
    ['14/2019', '05/02/2019 07:05', 'Trực tiếp', 'Đất Đỏ', 'Mất giấy tờ\n(căn cước, bằng lái)'],
]


def csv_text(delimiter, line_end):
    out = io.StringIO()
    csv.writer(out, delimiter=delimiter, lineterminator=line_end).writerows(ROWS)
    return out.getvalue()


TEXT = csv_text(',', '\n')

TONES = {'\u0301': 1, '\u0300': 2, '\u0309': 3, '\u0303': 4, '\u0323': 5}


def split(ch):
    """(untoned letter, tone 0..5) of a Vietnamese letter."""
    tone = 0
    rest = ''
    for c in unicodedata.normalize('NFD', ch):
        if c in TONES:
            tone = TONES[c]
        else:
            rest += c
    return unicodedata.normalize('NFC', rest), tone


def cp1258(text):
    out = b''
    for ch in text:
        try:
            out += ch.encode('cp1258')
        except UnicodeEncodeError:
            base, tone = split(ch)
            out += base.encode('cp1258') + '\u0301\u0300\u0309\u0303\u0323'[tone - 1].encode('cp1258')
    return out


def tcvn3(text):
    return subprocess.run(['iconv', '-f', 'UTF-8', '-t', 'TCVN5712-1'], input=text.encode(),
                          capture_output=True, check=True).stdout


# VNI Windows, as Latin-1 text: each vowel untoned, sắc, huyền, hỏi, ngã, nặng.
VNI = {'a': 'a aù aø aû aõ aï', 'ă': 'aê aé aè aú aü aë', 'â': 'aâ aá aà aå aã aä',
       'e': 'e eù eø eû eõ eï', 'ê': 'eâ eá eà eå eã eä', 'i': 'i í ì æ ó ò',
       'o': 'o où oø oû oõ oï', 'ô': 'oâ oá oà oå oã oä', 'ơ': 'ô ôù ôø ôû ôõ ôï',
       'u': 'u uù uø uû uõ uï', 'ư': 'ö öù öø öû öõ öï', 'y': 'y yù yø yû yõ î'}


def vni(text):
    out = ''
    for ch in text:
        low = ch.lower()
        base, tone = split(low)
        if low == 'đ':
            code = 'ñ'
        elif base in VNI:
            code = VNI[base].split(' ')[tone]
        else:
            code = low
        out += code.upper() if ch != low else code
    return out.encode('latin-1')


# The 134 letters in BinhYen's order: vowels a ă â e ê i o ô ơ u ư y, each untoned (unless
# ASCII) then sắc, huyền, hỏi, ngã, nặng; then đ; lower case first, then upper case.
def letters(upper):
    out = ''
    for base in 'a ă â e ê i o ô ơ u ư y'.split():
        for mark in ['', '\u0301', '\u0300', '\u0309', '\u0303', '\u0323']:
            ch = unicodedata.normalize('NFC', base + mark)
            if ord(ch) >= 0x80:
                out += ch
    out += 'đ'
    return out.upper() if upper else out


def write(name, data):
    with open(name, 'wb') as f:
        f.write(data)


write('utf8-comma.csv', TEXT.encode() + b'\n\n')
write('utf8-bom-semicolon-crlf.csv',
      b'\xef\xbb\xbf' + csv_text(';', '\r\n').encode() + b'\r\n\r\n')
write('windows-1258.csv', cp1258(TEXT))
write('tcvn3.csv', tcvn3(TEXT))
write('vni.csv', vni(TEXT))
write('letters-windows-1258.txt', cp1258(letters(False) + letters(True)))
write('letters-tcvn3.txt', tcvn3(letters(False) + 'ĂÂÊÔƠƯĐ'))
write('letters-vni.txt', vni(letters(False) + letters(True)))
