#!/usr/bin/python3
"""The tests' independent reader and maker of Excel workbooks (Debian's python3-openpyxl).

  xlsx_tool.py dump FILE        prints the workbook as JSON: properties, sheets, and for the first
                                sheet every cell's value, type, number format and font, the column
                                widths, the frozen pane and the filter
  xlsx_tool.py make CASE FILE   writes the workbook CASE (see MAKERS) the way Excel would
  xlsx_tool.py check-encrypted FILE   exits 0 when msoffcrypto takes FILE for an encrypted workbook
"""
import datetime
import io
import json
import re
import struct
import sys
import zipfile

import openpyxl
from openpyxl.utils.escape import unescape


def cell_json(cell):
    value = cell.value
    if isinstance(value, (datetime.datetime, datetime.date, datetime.time)):
        value = value.isoformat()
    elif isinstance(value, str):
        # Text as Excel shows it: openpyxl 3.0 leaves Excel's _xHHHH_ escapes in the text it reads,
        # and its unescape() decodes them as Excel does.
        value = unescape(value)
    return {
        "value": value,
        "type": cell.data_type,
        "format": cell.number_format,
        "bold": bool(cell.font.b),
        "font": cell.font.name,
    }


def dump(path):
    workbook = openpyxl.load_workbook(path)
    sheet = workbook.worksheets[0]
    properties = workbook.properties
    print(json.dumps({
        "title": properties.title,
        "subject": properties.subject,
        "sheets": workbook.sheetnames,
        "sheet": sheet.title,
        "freeze_panes": sheet.freeze_panes,
        "auto_filter": sheet.auto_filter.ref,
        "default_font": workbook._fonts[0].name,
        "widths": {key: dimension.width for key, dimension in sheet.column_dimensions.items()},
        "rows": [[cell_json(cell) for cell in row] for row in sheet.iter_rows()],
    }, ensure_ascii=False))


def rewrite(path, replacements):
    """Rewrites parts of the zip at PATH: {part: function(text) -> text}."""
    with zipfile.ZipFile(path) as source:
        parts = [(info, source.read(info.filename)) for info in source.infolist()]
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as target:
        for info, data in parts:
            if info.filename in replacements:
                data = replacements[info.filename](data.decode("utf-8")).encode("utf-8")
            target.writestr(info, data)


def share_strings(path, cells):
    """Moves the text of CELLS (inline strings, as openpyxl writes them) into a shared strings part,
    as Excel keeps text."""
    texts = []

    def sheet1(xml):
        for reference in cells:
            pattern = r'<c r="%s"([^>]*) t="inlineStr"><is><t>([^<]*)</t></is></c>' % reference
            match = re.search(pattern, xml)
            assert match, reference
            texts.append(match.group(2))
            xml = xml.replace(match.group(0), '<c r="%s"%s t="s"><v>%d</v></c>'
                              % (reference, match.group(1), len(texts) - 1))
        return xml

    def relationships(xml):
        return xml.replace("</Relationships>",
                           '<Relationship Id="rIdShared" Type="http://schemas.openxmlformats.org/officeDocument/'
                           '2006/relationships/sharedStrings" Target="sharedStrings.xml"/></Relationships>')

    def content_types(xml):
        return xml.replace("</Types>",
                           '<Override PartName="/xl/sharedStrings.xml" ContentType="application/'
                           'vnd.openxmlformats-officedocument.spreadsheetml.sharedStrings+xml"/></Types>')

    rewrite(path, {"xl/worksheets/sheet1.xml": sheet1, "xl/_rels/workbook.xml.rels": relationships,
                   "[Content_Types].xml": content_types})
    strings = "".join("<si><t>%s</t></si>" % text for text in texts)
    with zipfile.ZipFile(path, "a", zipfile.ZIP_DEFLATED) as archive:
        archive.writestr("xl/sharedStrings.xml",
                         '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>'
                         '<sst xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" count="%d" '
                         'uniqueCount="%d">%s</sst>' % (len(texts), len(texts), strings))


def staff_list(path):
    """A colleague's attendee list, from row 2 (row 1 left empty): shared strings (one with the
    Japanese reading Excel keeps beside a name) and inline ones (one in runs), phone and postal
    numbers with leading zeros stored as text, a text starting with =, numbers, dates, booleans,
    formulas saved with their values, an empty column, and a second sheet."""
    workbook = openpyxl.Workbook()
    sheet = workbook.active
    sheet.title = "名簿"
    sheet.append([])
    sheet.append(["氏名", "フリガナ", "所属", "電話番号", "郵便番号", None, "番号", "申込日", "通訳", "備考"])
    sheet.append(["山田 太郎", "ヤマダ タロウ", "北九州市", "093-681-1563", "0805-0071", None, 7,
                  datetime.datetime(2027, 1, 19, 13, 47), True, "前日入り"])
    sheet.append(["佐藤 花子", "サトウ ハナコ", "=社名", "09012345678", "805-0062", None, 12.5,
                  datetime.date(2027, 2, 1), False, None])
    sheet.append(["Maria Santos", None, "INLINE", "+63-2-1234-5678", None, None, "NUMBER", None, True, "FORMULA"])
    sheet["C4"].data_type = "s"  # the text "=社名", not a formula
    sheet["H3"].number_format = "yyyy/mm/dd hh:mm"
    sheet["H4"].number_format = 'yyyy"年"m"月"d"日"'
    second = workbook.create_sheet("Second")
    second.append(["Family name", "Given name", "Organisation"])
    second.append(["Tanaka", "Yuki", "Kitakyushu University"])
    workbook.save(path)

    def sheet1(xml):
        # Formulas as Excel saves them: with the value they last gave.
        xml = xml.replace('<c r="J5" t="inlineStr"><is><t>FORMULA</t></is></c>',
                          '<c r="J5" t="str"><f>CONCAT("午後","から")</f><v>午後から</v></c>')
        xml = xml.replace('<c r="G5" t="inlineStr"><is><t>NUMBER</t></is></c>',
                          '<c r="G5"><f>G3+1</f><v>8</v></c>')
        # An inline string in runs, as other programs write them.
        xml = xml.replace('<c r="C5" t="inlineStr"><is><t>INLINE</t></is></c>',
                          '<c r="C5" t="inlineStr"><is><r><t xml:space="preserve">Kitakyushu </t></r>'
                          '<r><rPr><b/></rPr><t>City</t></r></is></c>')
        return xml

    rewrite(path, {"xl/worksheets/sheet1.xml": sheet1})
    share_strings(path, ["A2", "B2", "C2", "D2", "E2", "G2", "H2", "I2", "J2", "A3", "D3"])

    def shared(xml):
        # Japanese Excel keeps the reading a name was typed with beside it.
        return xml.replace("<t>&#23665;&#30000; &#22826;&#37070;</t>",
                           "<t>&#23665;&#30000; &#22826;&#37070;</t><rPh sb=\"0\" eb=\"2\"><t>ヤマダ</t></rPh>"
                           "<phoneticPr fontId=\"1\"/>")

    rewrite(path, {"xl/sharedStrings.xml": shared})


def merged(path):
    workbook = openpyxl.Workbook()
    sheet = workbook.active
    sheet.title = "Attendees"
    sheet.append(["Family name", "Given name", "Organisation"])
    sheet.append(["Tanaka", "Yuki", "Kitakyushu University"])
    sheet.append(["Sato", "Hana", "Kitakyushu City"])
    sheet.merge_cells("A3:B3")
    workbook.save(path)


def formula_without_value(path):
    workbook = openpyxl.Workbook()
    sheet = workbook.active
    sheet.title = "Attendees"
    sheet.append(["Family name", "Given name", "Organisation"])
    sheet.append(["Tanaka", "Yuki", "=UPPER(\"kitakyushu\")"])
    workbook.save(path)


def long_cell(path):
    """A cell longer than Excel's 32,767 characters, as a program other than Excel may write it
    (openpyxl itself cuts such a text, so the sheet is rewritten after it)."""
    workbook = openpyxl.Workbook()
    sheet = workbook.active
    sheet.title = "Attendees"
    sheet.append(["Family name", "Given name", "Notes"])
    sheet.append(["Tanaka", "Yuki", "LONG"])
    workbook.save(path)
    rewrite(path, {"xl/worksheets/sheet1.xml": lambda xml: xml.replace("<t>LONG</t>", "<t>%s</t>" % ("x" * 40000))})


def old_binary(path):
    import xlwt
    book = xlwt.Workbook()
    sheet = book.add_sheet("Attendees")
    sheet.write(0, 0, "Family name")
    sheet.write(1, 0, "Tanaka")
    book.save(path)


def compound_file(streams):
    """A compound file (the container of .xls files and of encrypted workbooks) holding STREAMS,
    each at least 4,096 bytes so that it lives in ordinary 512-byte sectors."""
    end_of_chain, fat_sector, free, no_stream = 0xFFFFFFFE, 0xFFFFFFFD, 0xFFFFFFFF, 0xFFFFFFFF
    sector = 512
    fat = [fat_sector, end_of_chain]  # sector 0: the FAT, sector 1: the directory
    starts = []
    for _, data in streams:
        assert len(data) >= 4096 and len(data) % sector == 0
        start = len(fat)
        count = len(data) // sector
        fat += list(range(start + 1, start + count)) + [end_of_chain]
        starts.append(start)
    fat += [free] * (sector // 4 - len(fat))
    header = b"\xD0\xCF\x11\xE0\xA1\xB1\x1A\xE1" + bytes(16)
    header += struct.pack("<HHHHH", 0x3E, 3, 0xFFFE, 9, 6) + bytes(6)
    header += struct.pack("<IIIIIIII", 0, 1, 1, 0, 4096, end_of_chain, 0, end_of_chain) + struct.pack("<I", 0)
    header += struct.pack("<I", 0) + struct.pack("<I", free) * 108

    def entry(name, kind, child, right, start, size):
        encoded = name.encode("utf-16-le") + b"\0\0"
        return (encoded.ljust(64, b"\0") + struct.pack("<HBB", len(encoded), kind, 1)
                + struct.pack("<III", no_stream, right, child) + bytes(16 + 4 + 16)
                + struct.pack("<IQ", start, size))

    # The root's child is the first stream; each stream's right sibling the next (names sort by
    # length, then letters).
    directory = entry("Root Entry", 5, 1, no_stream, end_of_chain, 0)
    for index, (name, data) in enumerate(streams):
        right = index + 2 if index + 1 < len(streams) else no_stream
        directory += entry(name, 2, no_stream, right, starts[index], len(data))
    directory = directory.ljust(sector, b"\0")
    body = struct.pack("<%dI" % len(fat), *fat) + directory + b"".join(data for _, data in streams)
    assert len(header) == sector
    return header + body


def encrypted(path):
    """What Excel saves with a password (agile encryption): a compound file holding the encryption's
    description and the encrypted workbook (random bytes here: nobody decrypts it)."""
    salt = "AAECAwQFBgcICQoLDA0ODw=="
    description = (
        '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>'
        '<encryption xmlns="http://schemas.microsoft.com/office/2006/encryption" '
        'xmlns:p="http://schemas.microsoft.com/office/2006/keyEncryptor/password">'
        f'<keyData saltSize="16" blockSize="16" keyBits="256" hashSize="64" cipherAlgorithm="AES" '
        f'cipherChaining="ChainingModeCBC" hashAlgorithm="SHA512" saltValue="{salt}"/>'
        f'<dataIntegrity encryptedHmacKey="{salt}" encryptedHmacValue="{salt}"/>'
        '<keyEncryptors><keyEncryptor uri="http://schemas.microsoft.com/office/2006/keyEncryptor/password">'
        f'<p:encryptedKey spinCount="100000" saltSize="16" blockSize="16" keyBits="256" hashSize="64" '
        f'cipherAlgorithm="AES" cipherChaining="ChainingModeCBC" hashAlgorithm="SHA512" saltValue="{salt}" '
        f'encryptedVerifierHashInput="{salt}" encryptedVerifierHashValue="{salt}" encryptedKeyValue="{salt}"/>'
        '</keyEncryptor></keyEncryptors></encryption>')
    info = struct.pack("<HHI", 4, 4, 0x40) + description.encode("utf-8")
    info = info.ljust(4096, b" ")
    package = struct.pack("<Q", 8192) + bytes((i * 7 + 3) % 256 for i in range(8184))
    with open(path, "wb") as file:
        file.write(compound_file([("EncryptionInfo", info), ("EncryptedPackage", package)]))


def not_a_workbook(path):
    with zipfile.ZipFile(path, "w") as archive:
        archive.writestr("readme.txt", "holiday photos")


def check_encrypted(path):
    """Exits 0 when msoffcrypto takes PATH for a password-protected workbook."""
    import msoffcrypto
    with open(path, "rb") as file:
        sys.exit(0 if msoffcrypto.OfficeFile(file).is_encrypted() else 1)


MAKERS = {
    "staff-list": staff_list,
    "merged": merged,
    "formula-without-value": formula_without_value,
    "long-cell": long_cell,
    "xls": old_binary,
    "encrypted": encrypted,
    "not-a-workbook": not_a_workbook,
}

if __name__ == "__main__":
    if len(sys.argv) == 3 and sys.argv[1] == "dump":
        dump(sys.argv[2])
    elif len(sys.argv) == 3 and sys.argv[1] == "check-encrypted":
        check_encrypted(sys.argv[2])
    elif len(sys.argv) == 4 and sys.argv[1] == "make" and sys.argv[2] in MAKERS:
        MAKERS[sys.argv[2]](sys.argv[3])
    else:
        sys.exit(__doc__)
