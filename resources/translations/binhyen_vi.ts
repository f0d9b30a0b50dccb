<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="vi_VN">
<context>
    <name>Backup</name>
    <message>
        <source>The backup folder cannot be created.</source>
        <translation>Không tạo được thư mục sao lưu.</translation>
    </message>
    <message>
        <source>Writing the backup</source>
        <translation>Ghi bản sao lưu</translation>
    </message>
    <message>
        <source>The backup could not be given its final name.</source>
        <translation>Không đặt được tên chính thức cho bản sao lưu.</translation>
    </message>
    <message>
        <source>The backup cannot be used: </source>
        <translation>Không dùng được bản sao lưu: </translation>
    </message>
    <message>
        <source>The backup is damaged and was not used.</source>
        <translation>Bản sao lưu bị hỏng nên không được dùng.</translation>
    </message>
    <message>
        <source>The backup could not be copied next to the register.</source>
        <translation>Không chép được bản sao lưu vào thư mục của sổ.</translation>
    </message>
    <message>
        <source>The current register could not be moved aside; nothing was replaced.</source>
        <translation>Không chuyển được sổ hiện tại sang chỗ khác; chưa có gì bị thay thế.</translation>
    </message>
    <message>
        <source>The restored register could not be put in place; the original was put back.</source>
        <translation>Không đặt được sổ phục hồi vào chỗ; sổ gốc đã được trả lại như cũ.</translation>
    </message>
</context>
<context>
    <name>BackupCommand</name>
    <message>
        <source>Usage: binhyen backup --register FILE [--key-file FILE] --to FOLDER</source>
        <translation>Cách dùng: binhyen backup --register TỆP [--key-file TỆP] --to THƯ_MỤC</translation>
    </message>
    <message>
        <source>Backup written and verified.</source>
        <translation>Đã ghi và kiểm tra bản sao lưu.</translation>
    </message>
    <message>
        <source>Usage: binhyen restore --register FILE [--key-file FILE] --from BACKUP</source>
        <translation>Cách dùng: binhyen restore --register TỆP [--key-file TỆP] --from BẢN_SAO_LƯU</translation>
    </message>
    <message>
        <source>The backup file does not exist.</source>
        <translation>Không có tệp sao lưu này.</translation>
    </message>
    <message>
        <source>The register was restored from %1. The file it replaced was kept as %2.</source>
        <translation>Đã phục hồi sổ từ %1. Tệp bị thay thế được giữ lại tại %2.</translation>
    </message>
</context>
<context>
    <name>BackupLogRepo</name>
    <message>
        <source>Recording the backup failed.</source>
        <translation>Không ghi được nhật ký sao lưu.</translation>
    </message>
    <message>
        <source>Reading the backup history failed.</source>
        <translation>Không đọc được lịch sử sao lưu.</translation>
    </message>
</context>
<context>
    <name>CaseRepo</name>
    <message>
        <source>Reading the cases</source>
        <translation>Đọc danh sách vụ việc</translation>
    </message>
</context>
<context>
    <name>Cli</name>
    <message>
        <source>Warning: %1</source>
        <translation>Cảnh báo: %1</translation>
    </message>
    <message>
        <source>Error: %1</source>
        <translation>Lỗi: %1</translation>
    </message>
    <message>
        <source>See docs/CLI.md or run: binhyen help</source>
        <translation>Xem docs/CLI.md hoặc chạy: binhyen help</translation>
    </message>
    <message>
        <source>Option --%1 needs a value.</source>
        <translation>Tùy chọn --%1 cần có giá trị.</translation>
    </message>
    <message>
        <source>Unknown command: %1</source>
        <translation>Không có lệnh: %1</translation>
    </message>
    <message>
        <source>Unknown option: %1</source>
        <translation>Tùy chọn không hợp lệ: %1</translation>
    </message>
</context>
<context>
    <name>Crypto</name>
    <message>
        <source>A protected value could not be opened: wrong key, or it was altered.</source>
        <translation>Không mở được dữ liệu được bảo vệ: sai khóa, hoặc dữ liệu đã bị sửa.</translation>
    </message>
</context>
<context>
    <name>DemoRepo</name>
    <message>
        <source>Generating the demo months</source>
        <translation>Tạo dữ liệu mẫu các tháng gần đây</translation>
    </message>
    <message>
        <source>The demo story must be loaded before its recent months.</source>
        <translation>Phải nạp câu chuyện mẫu trước khi tạo các tháng gần đây.</translation>
    </message>
</context>
<context>
    <name>GuiSession</name>
    <message>
        <source>This computer's keychain has no key for this register.</source>
        <translation>Kho khóa của máy này chưa có khóa của sổ này.</translation>
    </message>
    <message>
        <source>The key kept in this computer's keychain no longer opens this register.</source>
        <translation>Khóa lưu trong kho khóa của máy này không còn mở được sổ này.</translation>
    </message>
    <message>
        <source>The register was not opened.</source>
        <translation>Sổ chưa được mở.</translation>
    </message>
    <message>
        <source>BinhYen</source>
        <translation>Bình Yên</translation>
    </message>
    <message>
        <source>Automatic backup</source>
        <translation>Sao lưu tự động</translation>
    </message>
</context>
<context>
    <name>HelpCommand</name>
    <message>
        <source>BinhYen — register of tips and of the movement for national security protection

  binhyen [--register FILE]                      open the register in a window
  binhyen init --register FILE --recovery-key-out FILE [--register-key-out FILE]
               [--recovery-sheet-out PDF]        create an empty register
  binhyen demo --register FILE --recovery-key-out FILE [--register-key-out FILE]
                                                 create the demo register
  binhyen key sqlcipher-shell --register FILE [--key-file FILE]
  binhyen key recover --register FILE --recovery-key-file FILE
  binhyen key rekey --register FILE [--key-file FILE] --recovery-key-out FILE
  binhyen backup --register FILE [--key-file FILE] --to FOLDER
  binhyen restore --register FILE [--key-file FILE] --from BACKUP

Exit codes: 0 ok, 1 usage, 2 invalid input, 3 no or wrong key, 4 damaged or newer
register, 5 not permitted, 6 busy, 7 verification failed. Details: docs/CLI.md</source>
        <translation>Bình Yên — sổ tin báo và phong trào toàn dân bảo vệ an ninh Tổ quốc

  binhyen [--register TỆP]                       mở sổ trong cửa sổ chương trình
  binhyen init --register TỆP --recovery-key-out TỆP [--register-key-out TỆP]
               [--recovery-sheet-out PDF]        tạo sổ mới, trống
  binhyen demo --register TỆP --recovery-key-out TỆP [--register-key-out TỆP]
                                                 tạo sổ trình diễn
  binhyen key sqlcipher-shell --register TỆP [--key-file TỆP]
  binhyen key recover --register TỆP --recovery-key-file TỆP
  binhyen key rekey --register TỆP [--key-file TỆP] --recovery-key-out TỆP
  binhyen backup --register TỆP [--key-file TỆP] --to THƯ_MỤC
  binhyen restore --register TỆP [--key-file TỆP] --from BẢN_SAO_LƯU

Mã thoát: 0 xong, 1 sai cách dùng, 2 dữ liệu không hợp lệ, 3 không có khóa hoặc sai khóa,
4 sổ hỏng hoặc của phiên bản mới hơn, 5 không được phép, 6 đang bận, 7 kiểm tra không đạt.
Chi tiết: docs/CLI.md</translation>
    </message>
</context>
<context>
    <name>InitCommand</name>
    <message>
        <source>Usage: binhyen %1 --register FILE --recovery-key-out FILE [--register-key-out FILE] [--recovery-sheet-out PDF]</source>
        <translation>Cách dùng: binhyen %1 --register TỆP --recovery-key-out TỆP [--register-key-out TỆP] [--recovery-sheet-out PDF]</translation>
    </message>
    <message>
        <source>The file already exists; BinhYen never overwrites it.</source>
        <translation>Tệp đã tồn tại; Bình Yên không bao giờ ghi đè.</translation>
    </message>
    <message>
        <source>Demo register created: %1</source>
        <translation>Đã tạo sổ trình diễn: %1</translation>
    </message>
    <message>
        <source>Register created: %1</source>
        <translation>Đã tạo sổ: %1</translation>
    </message>
    <message>
        <source>The recovery key is in %1: print it (or write it down), keep it offline, then delete that file.</source>
        <translation>Khóa khôi phục nằm trong %1: hãy in ra (hoặc chép tay), cất giữ ngoài máy tính, rồi xóa tệp đó.</translation>
    </message>
</context>
<context>
    <name>KeyCommand</name>
    <message>
        <source>The register key is stored in this computer's keychain again.</source>
        <translation>Đã lưu lại khóa của sổ vào kho khóa của máy này.</translation>
    </message>
    <message>
        <source>Usage: binhyen key rekey --register FILE [--key-file FILE] --recovery-key-out FILE [--register-key-out FILE]</source>
        <translation>Cách dùng: binhyen key rekey --register TỆP [--key-file TỆP] --recovery-key-out TỆP [--register-key-out TỆP]</translation>
    </message>
    <message>
        <source>The file already exists; BinhYen never overwrites it.</source>
        <translation>Tệp đã tồn tại; Bình Yên không bao giờ ghi đè.</translation>
    </message>
    <message>
        <source>The register has a new key. The new recovery key is in %1; the old recovery key no longer opens it.</source>
        <translation>Sổ đã có khóa mới. Khóa khôi phục mới nằm trong %1; khóa khôi phục cũ không còn mở được sổ.</translation>
    </message>
    <message>
        <source>Usage: binhyen key sqlcipher-shell|recover|rekey --register FILE …</source>
        <translation>Cách dùng: binhyen key sqlcipher-shell|recover|rekey --register TỆP …</translation>
    </message>
    <message>
        <source>Unknown key command: %1</source>
        <translation>Không có lệnh khóa: %1</translation>
    </message>
</context>
<context>
    <name>KeyFiles</name>
    <message>
        <source>The key file does not exist or cannot be read.</source>
        <translation>Không có tệp khóa hoặc không đọc được.</translation>
    </message>
    <message>
        <source>The key file's first line is not a BinhYen register key (64 hexadecimal characters).</source>
        <translation>Dòng đầu của tệp khóa không phải là khóa sổ Bình Yên (64 ký tự thập lục phân).</translation>
    </message>
</context>
<context>
    <name>KeySources</name>
    <message>
        <source>No key for this register: give --key-file, store the key on this computer with 'binhyen key recover', or run the command at a terminal to type the recovery key.</source>
        <translation>Không có khóa cho sổ này: hãy dùng --key-file, lưu khóa vào máy này bằng 'binhyen key recover', hoặc chạy lệnh tại cửa sổ dòng lệnh để gõ khóa khôi phục.</translation>
    </message>
    <message>
        <source>Type the recovery key (it is not shown), then Enter:</source>
        <translation>Gõ khóa khôi phục (không hiện trên màn hình) rồi nhấn Enter:</translation>
    </message>
</context>
<context>
    <name>Keychain</name>
    <message>
        <source>This computer has no usable keychain (secret service), so the register key cannot be remembered here. Open the register with the recovery key each time.</source>
        <translation>Máy này không có kho khóa dùng được (dịch vụ bí mật), nên không thể ghi nhớ khóa của sổ tại đây. Mỗi lần mở sổ hãy dùng khóa khôi phục.</translation>
    </message>
</context>
<context>
    <name>Labels</name>
    <message>
        <source>Phone</source>
        <translation>Điện thoại</translation>
    </message>
    <message>
        <source>Hotline</source>
        <translation>Đường dây nóng</translation>
    </message>
    <message>
        <source>Zalo</source>
        <translation>Zalo</translation>
    </message>
    <message>
        <source>In person</source>
        <translation>Trực tiếp</translation>
    </message>
    <message>
        <source>Camera</source>
        <translation>Camera</translation>
    </message>
    <message>
        <source>Document</source>
        <translation>Văn bản</translation>
    </message>
    <message>
        <source>New</source>
        <translation>Mới tiếp nhận</translation>
    </message>
    <message>
        <source>Verifying</source>
        <translation>Đang xác minh</translation>
    </message>
    <message>
        <source>Forwarded</source>
        <translation>Đã chuyển</translation>
    </message>
    <message>
        <source>Resolved</source>
        <translation>Đã giải quyết</translation>
    </message>
    <message>
        <source>Suspended</source>
        <translation>Tạm đình chỉ</translation>
    </message>
    <message>
        <source>Closed</source>
        <translation>Đã kết thúc</translation>
    </message>
    <message>
        <source>Clarified</source>
        <translation>Đã làm rõ</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>Có</translation>
    </message>
    <message>
        <source>No</source>
        <translation>Không</translation>
    </message>
</context>
<context>
    <name>Messages</name>
    <message>
        <source>Close</source>
        <translation>Đóng</translation>
    </message>
    <message>
        <source>OK</source>
        <translation>Đồng ý</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>Có</translation>
    </message>
    <message>
        <source>No</source>
        <translation>Không</translation>
    </message>
</context>
<context>
    <name>Migrator</name>
    <message>
        <source>This register was written by a newer version of BinhYen (schema %1; this version knows up to %2). Install the newer BinhYen; the register was not changed.</source>
        <translation>Sổ này do phiên bản Bình Yên mới hơn ghi (lược đồ %1; phiên bản này chỉ biết đến %2). Hãy cài Bình Yên mới hơn; sổ không bị thay đổi.</translation>
    </message>
    <message>
        <source>Upgrading the register to schema %1</source>
        <translation>Nâng cấp sổ lên lược đồ %1</translation>
    </message>
</context>
<context>
    <name>PdfDocument</name>
    <message>
        <source>Cannot write the PDF file %1.</source>
        <translation>Không ghi được tệp PDF %1.</translation>
    </message>
</context>
<context>
    <name>Permissions</name>
    <message>
        <source>read the register</source>
        <translation>xem sổ</translation>
    </message>
    <message>
        <source>change the register</source>
        <translation>thay đổi dữ liệu trong sổ</translation>
    </message>
    <message>
        <source>record an informant's identity</source>
        <translation>ghi danh tính người báo tin</translation>
    </message>
    <message>
        <source>see who gave a confidential tip</source>
        <translation>xem danh tính người báo tin được giữ bí mật</translation>
    </message>
    <message>
        <source>merge informant pseudonyms</source>
        <translation>gộp bí danh người báo tin</translation>
    </message>
    <message>
        <source>manage accounts</source>
        <translation>quản lý tài khoản</translation>
    </message>
    <message>
        <source>restore a backup</source>
        <translation>phục hồi từ bản sao lưu</translation>
    </message>
    <message>
        <source>make a backup</source>
        <translation>sao lưu sổ</translation>
    </message>
    <message>
        <source>read the audit trail</source>
        <translation>xem nhật ký kiểm tra</translation>
    </message>
    <message>
        <source>sign an audit checkpoint</source>
        <translation>ký điểm chốt nhật ký</translation>
    </message>
    <message>
        <source>renew the identity key</source>
        <translation>thay mới khóa niêm phong danh tính</translation>
    </message>
    <message>
        <source>change the station's settings</source>
        <translation>thay đổi thiết lập của đơn vị</translation>
    </message>
    <message>
        <source>Log on first.</source>
        <translation>Hãy đăng nhập trước.</translation>
    </message>
    <message>
        <source>A user with the role '%1' may not %2.</source>
        <translation>Người dùng có vai trò '%1' không được phép %2.</translation>
    </message>
</context>
<context>
    <name>RecoveryKey</name>
    <message>
        <source>The recovery key has 36 letters and digits in groups of four; this one does not look like it.</source>
        <translation>Khóa khôi phục gồm 36 chữ và số, chia nhóm bốn ký tự; khóa vừa nhập không đúng dạng này.</translation>
    </message>
    <message>
        <source>The recovery key has 36 letters and digits in groups of four; %1 were typed.</source>
        <translation>Khóa khôi phục gồm 36 chữ và số, chia nhóm bốn ký tự; mới nhập %1 ký tự.</translation>
    </message>
    <message>
        <source>The recovery key contains a typing mistake (its checksum does not match). Check each group again.</source>
        <translation>Khóa khôi phục có chỗ gõ sai (mã kiểm tra không khớp). Hãy dò lại từng nhóm.</translation>
    </message>
</context>
<context>
    <name>RecoverySheet</name>
    <message>
        <source>RECOVERY KEY OF THE BINHYEN REGISTER</source>
        <translation>KHÓA KHÔI PHỤC SỔ ĐĂNG KÝ BINHYEN</translation>
    </message>
    <message>
        <source>Station:</source>
        <translation>Đơn vị:</translation>
    </message>
    <message>
        <source>Register ID:</source>
        <translation>Mã sổ:</translation>
    </message>
    <message>
        <source>Register file:</source>
        <translation>Tệp sổ:</translation>
    </message>
    <message>
        <source>Created on:</source>
        <translation>Ngày giờ tạo:</translation>
    </message>
    <message>
        <source>Recovery key:</source>
        <translation>Khóa khôi phục:</translation>
    </message>
    <message>
        <source>How to keep this sheet</source>
        <translation>Hướng dẫn bảo quản</translation>
    </message>
    <message>
        <source>Keep this sheet on paper only, in a locked place (a safe). Never store it on a computer or a phone.</source>
        <translation>Chỉ lưu giữ tờ này trên giấy, cất ở nơi có khóa (két sắt). Không lưu trên máy tính hoặc điện thoại.</translation>
    </message>
    <message>
        <source>Whoever holds this sheet can open the register and the sealed informant compartment.</source>
        <translation>Người nào giữ tờ này đều mở được sổ đăng ký và phần niêm phong danh tính người báo tin.</translation>
    </message>
    <message>
        <source>It is needed when this computer's keychain is lost or when the register moves to another computer.</source>
        <translation>Tờ này cần dùng khi kho lưu khóa của máy tính này bị mất hoặc khi chuyển sổ sang máy tính khác.</translation>
    </message>
    <message>
        <source>Never photograph this sheet and never send it by Zalo or email.</source>
        <translation>Tuyệt đối không chụp ảnh tờ này, không gửi qua Zalo hoặc thư điện tử.</translation>
    </message>
    <message>
        <source>If this sheet is lost or exposed, the chief must rekey the register at once; rekeying issues a new recovery key.</source>
        <translation>Nếu tờ này bị mất hoặc bị lộ, Trưởng Công an xã phải đổi khóa sổ ngay; khi đổi khóa, phần mềm cấp khóa khôi phục mới.</translation>
    </message>
    <message>
        <source>Date of receipt: ....../....../..........</source>
        <translation>Ngày nhận: ....../....../..........</translation>
    </message>
    <message>
        <source>THE CHIEF</source>
        <translation>TRƯỞNG CÔNG AN XÃ</translation>
    </message>
    <message>
        <source>(Signature and full name)</source>
        <translation>(Ký, ghi rõ họ tên)</translation>
    </message>
    <message>
        <source>BinhYen register recovery key</source>
        <translation>Khóa khôi phục sổ đăng ký BinhYen</translation>
    </message>
</context>
<context>
    <name>RegisterFile</name>
    <message>
        <source>The register is on a network share. BinhYen refuses to open it there because the file can be corrupted; copy it to this computer's disk.</source>
        <translation>Sổ đang nằm trên ổ mạng. Bình Yên không mở sổ ở đó vì tệp có thể bị hỏng; hãy chép sổ vào ổ đĩa của máy này.</translation>
    </message>
    <message>
        <source>The folder of the register cannot be written (read-only). BinhYen needs to write next to the register file.</source>
        <translation>Không ghi được vào thư mục chứa sổ (chỉ đọc). Bình Yên cần ghi tệp bên cạnh tệp sổ.</translation>
    </message>
    <message>
        <source>The register file does not exist or cannot be read.</source>
        <translation>Không có tệp sổ hoặc không đọc được.</translation>
    </message>
    <message>
        <source>The register file is empty or truncated.</source>
        <translation>Tệp sổ trống hoặc bị cắt cụt.</translation>
    </message>
    <message>
        <source>The register file does not exist.</source>
        <translation>Không có tệp sổ.</translation>
    </message>
    <message>
        <source>The register file is read-only.</source>
        <translation>Tệp sổ chỉ cho phép đọc.</translation>
    </message>
    <message>
        <source>The register file is damaged (truncated). Restore it from a backup.</source>
        <translation>Tệp sổ bị hỏng (bị cắt cụt). Hãy phục hồi từ bản sao lưu.</translation>
    </message>
    <message>
        <source>A file with this name already exists; BinhYen never overwrites it.</source>
        <translation>Đã có tệp cùng tên; Bình Yên không bao giờ ghi đè.</translation>
    </message>
    <message>
        <source>The folder for the new register does not exist.</source>
        <translation>Không có thư mục để đặt sổ mới.</translation>
    </message>
    <message>
        <source>The file already exists; BinhYen never overwrites it.</source>
        <translation>Tệp đã tồn tại; Bình Yên không bao giờ ghi đè.</translation>
    </message>
    <message>
        <source>The file cannot be created.</source>
        <translation>Không tạo được tệp.</translation>
    </message>
    <message>
        <source>The file could not be written completely.</source>
        <translation>Không ghi được trọn vẹn tệp.</translation>
    </message>
</context>
<context>
    <name>RegisterLock</name>
    <message>
        <source>This register is already open in another BinhYen window (on %1). Use that window, or close it first.</source>
        <translation>Sổ này đang mở trong một cửa sổ Bình Yên khác (trên máy %1). Hãy dùng cửa sổ đó, hoặc đóng nó trước.</translation>
    </message>
</context>
<context>
    <name>Role</name>
    <message>
        <source>Officer</source>
        <translation>Cán bộ</translation>
    </message>
    <message>
        <source>Chief</source>
        <translation>Chỉ huy (Trưởng/Phó trưởng)</translation>
    </message>
    <message>
        <source>Inspector</source>
        <translation>Thanh tra (chỉ xem)</translation>
    </message>
</context>
<context>
    <name>SqlCipherResult</name>
    <message>
        <source>The database is not open</source>
        <translation>Cơ sở dữ liệu chưa được mở</translation>
    </message>
    <message>
        <source>Unable to prepare the statement</source>
        <translation>Không chuẩn bị được câu lệnh</translation>
    </message>
    <message>
        <source>The query contains no SQL statement</source>
        <translation>Truy vấn không có câu lệnh SQL nào</translation>
    </message>
    <message>
        <source>Only one SQL statement can be executed at a time</source>
        <translation>Mỗi lần chỉ chạy được một câu lệnh SQL</translation>
    </message>
    <message>
        <source>Parameter count mismatch: %1 expected, %2 bound</source>
        <translation>Số tham số không khớp: cần %1, đã gắn %2</translation>
    </message>
    <message>
        <source>Unable to bind parameter %1</source>
        <translation>Không gắn được tham số %1</translation>
    </message>
    <message>
        <source>The statement is not prepared</source>
        <translation>Câu lệnh chưa được chuẩn bị</translation>
    </message>
    <message>
        <source>Unable to execute the statement</source>
        <translation>Không thực hiện được câu lệnh</translation>
    </message>
</context>
<context>
    <name>StationKeyRepo</name>
    <message>
        <source>The station keys could not be read or written.</source>
        <translation>Không đọc hoặc ghi được khóa của đơn vị.</translation>
    </message>
    <message>
        <source>This account holds no copy of the station's keys (only chiefs do).</source>
        <translation>Tài khoản này không giữ khóa của đơn vị (chỉ chỉ huy mới giữ).</translation>
    </message>
    <message>
        <source>The station has no keys yet (first-run set-up not done).</source>
        <translation>Đơn vị chưa có khóa (chưa thực hiện thiết lập ban đầu).</translation>
    </message>
</context>
<context>
    <name>Store</name>
    <message>
        <source>BinhYen was built with the wrong encryption engine and refuses to run. Reinstall BinhYen.</source>
        <translation>Bình Yên được dựng với bộ mã hóa không đúng nên từ chối chạy. Hãy cài lại Bình Yên.</translation>
    </message>
    <message>
        <source>The register's integrity check found damage.</source>
        <translation>Kiểm tra toàn vẹn phát hiện sổ bị hỏng.</translation>
    </message>
    <message>
        <source>The register file is damaged or is not a BinhYen register. Restore it from a backup.</source>
        <translation>Tệp sổ bị hỏng hoặc không phải sổ Bình Yên. Hãy phục hồi từ bản sao lưu.</translation>
    </message>
    <message>
        <source>The disk is full. Nothing was lost; free some space and try again.</source>
        <translation>Ổ đĩa đã đầy. Không mất dữ liệu nào; hãy giải phóng dung lượng rồi thử lại.</translation>
    </message>
    <message>
        <source>The register file or its folder cannot be written (read-only).</source>
        <translation>Không ghi được tệp sổ hoặc thư mục của sổ (chỉ đọc).</translation>
    </message>
    <message>
        <source>The register is busy with another program. Wait a moment and try again.</source>
        <translation>Sổ đang bận với một chương trình khác. Hãy chờ một lát rồi thử lại.</translation>
    </message>
    <message>
        <source>The register file cannot be opened (missing, or the folder is not accessible).</source>
        <translation>Không mở được tệp sổ (không có tệp, hoặc không truy cập được thư mục).</translation>
    </message>
    <message>
        <source>The change was refused because it conflicts with data already in the register.</source>
        <translation>Thay đổi bị từ chối vì mâu thuẫn với dữ liệu đã có trong sổ.</translation>
    </message>
    <message>
        <source>The disk reported an error while reading or writing the register.</source>
        <translation>Ổ đĩa báo lỗi khi đọc hoặc ghi sổ.</translation>
    </message>
    <message>
        <source>The register reported an unexpected error.</source>
        <translation>Sổ báo một lỗi không lường trước.</translation>
    </message>
    <message>
        <source>The register file is damaged: some pages are unreadable. Restore it from a backup; the damaged file is left as it is.</source>
        <translation>Tệp sổ bị hỏng: một số trang không đọc được. Hãy phục hồi từ bản sao lưu; tệp hỏng được giữ nguyên.</translation>
    </message>
    <message>
        <source>The key does not open this register (wrong key, or the file is not a BinhYen register). The file was not changed.</source>
        <translation>Khóa này không mở được sổ (sai khóa, hoặc tệp không phải sổ Bình Yên). Tệp không bị thay đổi.</translation>
    </message>
    <message>
        <source>No key is available for the register.</source>
        <translation>Chưa có khóa để mở sổ.</translation>
    </message>
</context>
<context>
    <name>TipRepo</name>
    <message>
        <source>Reading the tips</source>
        <translation>Đọc danh sách tin báo</translation>
    </message>
    <message>
        <source>A tip needs a received time and a summary.</source>
        <translation>Tin báo cần có thời điểm tiếp nhận và nội dung tóm tắt.</translation>
    </message>
    <message>
        <source>Saving the tip</source>
        <translation>Lưu tin báo</translation>
    </message>
    <message>
        <source>no row was written.</source>
        <translation>không ghi được dòng nào.</translation>
    </message>
    <message>
        <source>Counting the tips</source>
        <translation>Đếm tin báo</translation>
    </message>
</context>
<context>
    <name>UserRepo</name>
    <message>
        <source>The accounts could not be read or written.</source>
        <translation>Không đọc hoặc ghi được tài khoản.</translation>
    </message>
    <message>
        <source>The password must have at least 10 characters.</source>
        <translation>Mật khẩu phải có ít nhất 10 ký tự.</translation>
    </message>
    <message>
        <source>The password must mix at least three of: lower-case letters, capital letters, digits, other signs.</source>
        <translation>Mật khẩu phải kết hợp ít nhất ba loại: chữ thường, chữ hoa, chữ số, ký hiệu khác.</translation>
    </message>
    <message>
        <source>The password must not contain the user name.</source>
        <translation>Mật khẩu không được chứa tên đăng nhập.</translation>
    </message>
    <message>
        <source>An account with this user name already exists.</source>
        <translation>Đã có tài khoản với tên đăng nhập này.</translation>
    </message>
    <message>
        <source>The password could not be processed (out of memory?).</source>
        <translation>Không xử lý được mật khẩu (thiếu bộ nhớ?).</translation>
    </message>
    <message>
        <source>The station is already set up: its first chief exists.</source>
        <translation>Đơn vị đã được thiết lập: đã có tài khoản chỉ huy đầu tiên.</translation>
    </message>
    <message>
        <source>Wrong user name or password.</source>
        <translation>Sai tên đăng nhập hoặc mật khẩu.</translation>
    </message>
    <message>
        <source>This account has been deactivated.</source>
        <translation>Tài khoản này đã bị vô hiệu hóa.</translation>
    </message>
    <message>
        <source>This account has no password yet; a chief must set one.</source>
        <translation>Tài khoản này chưa có mật khẩu; chỉ huy cần đặt mật khẩu.</translation>
    </message>
    <message>
        <source>Wrong password %1 times: this account is locked for %2 minutes.</source>
        <translation>Nhập sai mật khẩu %1 lần: tài khoản bị khóa trong %2 phút.</translation>
    </message>
    <message numerus="yes">
        <source>Wrong user name or password. %n attempt(s) left before the account is locked.</source>
        <translation><numerusform>Sai tên đăng nhập hoặc mật khẩu. Còn %n lần thử trước khi tài khoản bị khóa.</numerusform></translation>
    </message>
    <message>
        <source>This account has no signing key.</source>
        <translation>Tài khoản này không có khóa ký.</translation>
    </message>
    <message>
        <source>This account's signing key cannot be opened with its password.</source>
        <translation>Không mở được khóa ký của tài khoản bằng mật khẩu của nó.</translation>
    </message>
    <message>
        <source>The current password is wrong.</source>
        <translation>Mật khẩu hiện tại không đúng.</translation>
    </message>
    <message>
        <source>Only an active chief's account is restored with the recovery key.</source>
        <translation>Khóa khôi phục chỉ dùng để khôi phục tài khoản chỉ huy đang hoạt động.</translation>
    </message>
    <message>
        <source>This recovery key does not belong to this register.</source>
        <translation>Khóa khôi phục này không thuộc sổ này.</translation>
    </message>
    <message>
        <source>The last chief's account cannot be deactivated.</source>
        <translation>Không thể vô hiệu hóa tài khoản chỉ huy cuối cùng.</translation>
    </message>
    <message>
        <source>A new chief receives the station keys with a password: create the chief's account, or reset this account's password after the change.</source>
        <translation>Chỉ huy mới nhận khóa của đơn vị cùng với mật khẩu: hãy tạo tài khoản chỉ huy mới, hoặc đặt lại mật khẩu của tài khoản này sau khi đổi vai trò.</translation>
    </message>
    <message>
        <source>No account with the user name %1.</source>
        <translation>Không có tài khoản với tên đăng nhập %1.</translation>
    </message>
    <message>
        <source>No such account.</source>
        <translation>Không có tài khoản này.</translation>
    </message>
    <message>
        <source>The account "%1" was changed outside BinhYen (its signature does not match).</source>
        <translation>Tài khoản "%1" đã bị sửa ngoài Bình Yên (chữ ký không khớp).</translation>
    </message>
    <message>
        <source>A user's signing key was replaced outside BinhYen.</source>
        <translation>Khóa ký của một người dùng đã bị thay ngoài Bình Yên.</translation>
    </message>
    <message>
        <source>Unknown signing key.</source>
        <translation>Khóa ký không xác định.</translation>
    </message>
    <message numerus="yes">
        <source>Too many wrong passwords: this account is locked for %n more minute(s).</source>
        <translation><numerusform>Nhập sai mật khẩu quá nhiều lần: tài khoản còn bị khóa %n phút nữa.</numerusform></translation>
    </message>
</context>
<context>
    <name>binhyen::CaseListModel</name>
    <message>
        <source>Opened: %1</source>
        <translation>Thụ lý: %1</translation>
    </message>
    <message>
        <source>%1 linked tips, %2 of them contributed to the result</source>
        <translation>%1 tin báo liên kết, %2 tin góp phần vào kết quả</translation>
    </message>
    <message>
        <source>No.</source>
        <translation>Số</translation>
    </message>
    <message>
        <source>Occurred at</source>
        <translation>Thời điểm xảy ra</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Tên vụ việc</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Loại vụ việc</translation>
    </message>
    <message>
        <source>Hamlet</source>
        <translation>Ấp/khu phố</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Trạng thái</translation>
    </message>
    <message>
        <source>Solved</source>
        <translation>Đã làm rõ</translation>
    </message>
    <message>
        <source>Linked tips</source>
        <translation>Tin báo liên kết</translation>
    </message>
</context>
<context>
    <name>binhyen::SqlCipherDriver</name>
    <message>
        <source>Unable to open the database</source>
        <translation>Không mở được cơ sở dữ liệu</translation>
    </message>
    <message>
        <source>Unable to close the database</source>
        <translation>Không đóng được cơ sở dữ liệu</translation>
    </message>
    <message>
        <source>The database is not open</source>
        <translation>Cơ sở dữ liệu chưa được mở</translation>
    </message>
    <message>
        <source>Unable to begin the transaction</source>
        <translation>Không bắt đầu được giao dịch</translation>
    </message>
    <message>
        <source>Unable to commit the transaction</source>
        <translation>Không xác nhận được giao dịch</translation>
    </message>
    <message>
        <source>Unable to roll back the transaction</source>
        <translation>Không hủy được giao dịch</translation>
    </message>
</context>
<context>
    <name>binhyen::TipListModel</name>
    <message>
        <source>No.</source>
        <translation>Số</translation>
    </message>
    <message>
        <source>Received at</source>
        <translation>Thời điểm tiếp nhận</translation>
    </message>
    <message>
        <source>Channel</source>
        <translation>Kênh</translation>
    </message>
    <message>
        <source>Hamlet</source>
        <translation>Ấp/khu phố</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Loại việc</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Trạng thái</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>Nội dung tóm tắt</translation>
    </message>
    <message>
        <source>Valuable</source>
        <translation>Có giá trị</translation>
    </message>
</context>
<context>
    <name>binhyen::ui::MainWindow</name>
    <message>
        <source>BinhYen — %1</source>
        <translation>Bình Yên — %1</translation>
    </message>
    <message>
        <source>Register: %1</source>
        <translation>Sổ: %1</translation>
    </message>
    <message>
        <source>Tips</source>
        <translation>Tin báo</translation>
    </message>
    <message>
        <source>Cases</source>
        <translation>Vụ việc</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Tệp</translation>
    </message>
    <message>
        <source>&amp;Reload</source>
        <translation>Tải &amp;lại</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Thoát</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>Trợ &amp;giúp</translation>
    </message>
    <message>
        <source>&amp;About BinhYen</source>
        <translation>&amp;Giới thiệu</translation>
    </message>
    <message>
        <source>Schema %1</source>
        <translation>Lược đồ %1</translation>
    </message>
    <message>
        <source>The tips could not be loaded</source>
        <translation>Không tải được danh sách tin báo</translation>
    </message>
    <message>
        <source>Showing the %1 newest tips</source>
        <translation>Hiển thị %1 tin mới nhất</translation>
    </message>
    <message>
        <source>%1 tips</source>
        <translation>%1 tin báo</translation>
    </message>
    <message>
        <source>The cases could not be loaded</source>
        <translation>Không tải được danh sách vụ việc</translation>
    </message>
    <message>
        <source>Showing the %1 newest cases</source>
        <translation>Hiển thị %1 vụ việc mới nhất</translation>
    </message>
    <message>
        <source>%1 cases</source>
        <translation>%1 vụ việc</translation>
    </message>
    <message>
        <source>A register of tips and of the movement for national security protection, for commune police.</source>
        <translation>Sổ đăng ký tin báo và phong trào toàn dân bảo vệ an ninh Tổ quốc dành cho Công an xã.</translation>
    </message>
    <message>
        <source>About BinhYen</source>
        <translation>Giới thiệu Bình Yên</translation>
    </message>
    <message>
        <source>ID: %1</source>
        <translation>Mã sổ: %1</translation>
    </message>
    <message>
        <source>BinhYen, version %1</source>
        <translation>Bình Yên, phiên bản %1</translation>
    </message>
</context>
<context>
    <name>binhyen::ui::RecoveryKeyDialog</name>
    <message>
        <source>Open the register with the recovery key</source>
        <translation>Mở sổ bằng khóa khôi phục</translation>
    </message>
    <message>
        <source>Type the recovery key from the recovery sheet the station chief keeps (36 letters and digits in groups of four).</source>
        <translation>Gõ khóa khôi phục ghi trên phiếu khóa khôi phục do Trưởng Công an xã cất giữ (36 chữ và số, chia nhóm bốn ký tự).</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Mở</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Hủy</translation>
    </message>
</context>
</TS>