<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="vi_VN">
<context>
    <name>AccountCommand</name>
    <message>
        <source>Usage: binhyen account recover --register FILE [--key-file FILE] --recovery-key-file FILE --user NAME</source>
        <translation>Cách dùng: binhyen account recover --register TỆP [--key-file TỆP] --recovery-key-file TỆP --user TÊN</translation>
    </message>
    <message>
        <source>The chief's account %1 has a new password and is unlocked.</source>
        <translation>Tài khoản chỉ huy %1 đã có mật khẩu mới và được mở khóa.</translation>
    </message>
</context>
<context>
    <name>ActivityRepo</name>
    <message>
        <source>Recording the activities</source>
        <translation>Ghi nhận hoạt động</translation>
    </message>
    <message>
        <source>Choose the kind of activity.</source>
        <translation>Chọn loại hoạt động.</translation>
    </message>
    <message>
        <source>Enter the date.</source>
        <translation>Nhập ngày.</translation>
    </message>
    <message>
        <source>Enter the title.</source>
        <translation>Nhập nội dung.</translation>
    </message>
    <message>
        <source>The attendance cannot be negative.</source>
        <translation>Số người tham dự không được âm.</translation>
    </message>
</context>
<context>
    <name>AuditCommand</name>
    <message>
        <source>This computer remembers no audit checkpoint of this register: it is checked on its own.</source>
        <translation>Máy này không lưu mốc kiểm tra nhật ký nào của sổ này: sổ được kiểm tra riêng.</translation>
    </message>
    <message>
        <source>No keychain on this computer: the register cannot be checked against the audit checkpoint remembered here.</source>
        <translation>Máy này không có kho khóa: không thể đối chiếu sổ với mốc kiểm tra nhật ký được lưu trên máy.</translation>
    </message>
    <message>
        <source>Usage: binhyen audit verify --register FILE [--key-file FILE]</source>
        <translation>Cách dùng: binhyen audit verify --register TỆP [--key-file TỆP]</translation>
    </message>
    <message>
        <source>The audit trail is broken: %1</source>
        <translation>Nhật ký kiểm tra bị phá vỡ: %1</translation>
    </message>
    <message>
        <source>The audit trail is intact.</source>
        <translation>Nhật ký kiểm tra nguyên vẹn.</translation>
    </message>
</context>
<context>
    <name>AuditRepo</name>
    <message>
        <source>The backup's manifest could not be written.</source>
        <translation>Không ghi được tệp kê khai của bản sao lưu.</translation>
    </message>
    <message>
        <source>The backup has no manifest.</source>
        <translation>Bản sao lưu không có tệp kê khai.</translation>
    </message>
    <message>
        <source>The backup's manifest is not readable.</source>
        <translation>Không đọc được tệp kê khai của bản sao lưu.</translation>
    </message>
    <message>
        <source>tip %1</source>
        <translation>tin báo %1</translation>
    </message>
    <message>
        <source>case %1</source>
        <translation>vụ việc %1</translation>
    </message>
    <message>
        <source>user %1</source>
        <translation>tài khoản %1</translation>
    </message>
    <message>
        <source>user %1 (%2)</source>
        <translation>tài khoản %1 (%2)</translation>
    </message>
    <message>
        <source>The audit trail could not be read or written.</source>
        <translation>Không đọc hoặc ghi được nhật ký kiểm tra.</translation>
    </message>
    <message>
        <source>The session is locked: log on again to continue.</source>
        <translation>Phiên làm việc đang khóa: hãy đăng nhập lại để tiếp tục.</translation>
    </message>
    <message>
        <source>The action "%1" must be recorded by a logged-on user.</source>
        <translation>Thao tác "%1" phải do người dùng đã đăng nhập ghi nhận.</translation>
    </message>
    <message>
        <source>There is no %1.</source>
        <translation>Không có %1.</translation>
    </message>
    <message>
        <source>The station signing key is missing: the audit checkpoints cannot be checked.</source>
        <translation>Thiếu khóa ký của đơn vị: không kiểm tra được các mốc kiểm tra của nhật ký.</translation>
    </message>
    <message>
        <source>Audit checkpoint %1 is missing (checkpoints were deleted).</source>
        <translation>Thiếu mốc kiểm tra nhật ký số %1 (các mốc đã bị xóa).</translation>
    </message>
    <message>
        <source>Audit checkpoint %1 was changed after it was made.</source>
        <translation>Mốc kiểm tra nhật ký số %1 đã bị sửa sau khi lập.</translation>
    </message>
    <message>
        <source>Audit checkpoint %1 does not carry a valid station signature.</source>
        <translation>Mốc kiểm tra nhật ký số %1 không mang chữ ký hợp lệ của đơn vị.</translation>
    </message>
    <message>
        <source>This register's newest audit checkpoint is %1, but checkpoint %2 was made before: checkpoints were deleted or an older copy of the register was put in place.</source>
        <translation>Mốc kiểm tra nhật ký mới nhất của sổ này là số %1, nhưng trước đó đã lập mốc số %2: các mốc đã bị xóa hoặc một bản sổ cũ hơn đã được đặt thay vào.</translation>
    </message>
    <message>
        <source>Audit checkpoint %1 is not the one remembered outside the register: the register was replaced by another copy.</source>
        <translation>Mốc kiểm tra nhật ký số %1 không khớp với mốc được lưu bên ngoài sổ: sổ đã bị thay bằng một bản khác.</translation>
    </message>
    <message>
        <source>Audit row %1, signed by checkpoint %2, is missing (rows were deleted).</source>
        <translation>Thiếu dòng nhật ký số %1, dòng đã được mốc kiểm tra số %2 ký xác nhận (các dòng đã bị xóa).</translation>
    </message>
    <message>
        <source>Audit row %1 is missing (rows were deleted).</source>
        <translation>Thiếu dòng nhật ký số %1 (các dòng đã bị xóa).</translation>
    </message>
    <message>
        <source>Audit row %1 does not follow the row before it (rows were deleted, inserted or reordered).</source>
        <translation>Dòng nhật ký số %1 không nối tiếp dòng trước nó (các dòng đã bị xóa, chèn thêm hoặc đổi thứ tự).</translation>
    </message>
    <message>
        <source>Audit row %1 was changed after it was written.</source>
        <translation>Dòng nhật ký số %1 đã bị sửa sau khi ghi.</translation>
    </message>
    <message>
        <source>Audit row %1 is not the row that checkpoint %2 signed: rows up to it were changed, deleted or reordered.</source>
        <translation>Dòng nhật ký số %1 không phải dòng mà mốc kiểm tra số %2 đã ký: các dòng đến đó đã bị sửa, xóa hoặc đổi thứ tự.</translation>
    </message>
    <message>
        <source>Audit row %1 (%2) carries no valid signature: only the application's own events may be unsigned.</source>
        <translation>Dòng nhật ký số %1 (%2) không mang chữ ký hợp lệ: chỉ các sự kiện do chính phần mềm ghi mới được phép không ký.</translation>
    </message>
    <message>
        <source>Audit row %1 names a signing key that does not exist.</source>
        <translation>Dòng nhật ký số %1 ghi một khóa ký không tồn tại.</translation>
    </message>
    <message>
        <source>Audit row %1 is signed with the key of another user (written in someone else's name).</source>
        <translation>Dòng nhật ký số %1 được ký bằng khóa của người dùng khác (ghi mạo danh người khác).</translation>
    </message>
    <message>
        <source>Audit row %1 does not carry a valid signature of its user: it was changed, or rows before it were deleted or reordered.</source>
        <translation>Dòng nhật ký số %1 không mang chữ ký hợp lệ của người ghi: dòng đã bị sửa, hoặc các dòng trước nó đã bị xóa hay đổi thứ tự.</translation>
    </message>
    <message>
        <source>%1 has no audit row: it was written outside BinhYen (or before the audit trail, and a chief has not vouched for it).</source>
        <translation>%1 không có dòng nhật ký nào: bản ghi được tạo ngoài BinhYen (hoặc có từ trước khi có nhật ký mà chưa được lãnh đạo xác nhận).</translation>
    </message>
    <message>
        <source>%1 was changed outside BinhYen: it does not match its last audit row (%2).</source>
        <translation>%1 đã bị sửa ngoài BinhYen: không khớp với dòng nhật ký cuối cùng của nó (số %2).</translation>
    </message>
    <message>
        <source>%1 was deleted outside BinhYen (its last audit row is %2).</source>
        <translation>%1 đã bị xóa ngoài BinhYen (dòng nhật ký cuối cùng của nó là số %2).</translation>
    </message>
    <message>
        <source>person %1</source>
        <translation>hồ sơ người %1</translation>
    </message>
</context>
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
        <source>The backup file does not exist.</source>
        <translation>Không có tệp sao lưu này.</translation>
    </message>
    <message>
        <source>The register was restored from %1. The file it replaced was kept as %2.</source>
        <translation>Đã phục hồi sổ từ %1. Tệp bị thay thế được giữ lại tại %2.</translation>
    </message>
    <message>
        <source>The backup could not be read.</source>
        <translation>Không đọc được bản sao lưu.</translation>
    </message>
    <message>
        <source>Usage: binhyen restore --register FILE [--key-file FILE] --from BACKUP --user NAME</source>
        <translation>Cách dùng: binhyen restore --register TỆP [--key-file TỆP] --from BẢN_SAO_LƯU --user TÊN</translation>
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
    <name>CaseLabels</name>
    <message>
        <source>Tip linked</source>
        <translation>Liên kết tin báo</translation>
    </message>
    <message>
        <source>Call</source>
        <translation>Gọi điện</translation>
    </message>
    <message>
        <source>Scene visit</source>
        <translation>Đến hiện trường</translation>
    </message>
    <message>
        <source>Camera footage extracted</source>
        <translation>Trích xuất camera</translation>
    </message>
    <message>
        <source>Notice posted to the Zalo groups</source>
        <translation>Đăng thông báo lên nhóm Zalo</translation>
    </message>
    <message>
        <source>Suspect located</source>
        <translation>Phát hiện đối tượng</translation>
    </message>
    <message>
        <source>Brought in</source>
        <translation>Mời về trụ sở làm việc</translation>
    </message>
    <message>
        <source>Statement taken</source>
        <translation>Lấy lời khai</translation>
    </message>
    <message>
        <source>Handed over</source>
        <translation>Bàn giao</translation>
    </message>
    <message>
        <source>Outcome (closure proposed)</source>
        <translation>Kết quả (đề nghị kết thúc)</translation>
    </message>
    <message>
        <source>Chief's review</source>
        <translation>Lãnh đạo duyệt</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Khác</translation>
    </message>
    <message>
        <source>Waiting for review</source>
        <translation>Chờ duyệt</translation>
    </message>
    <message>
        <source>Closure approved</source>
        <translation>Đã duyệt kết thúc</translation>
    </message>
    <message>
        <source>Sent back</source>
        <translation>Đã trả lại</translation>
    </message>
</context>
<context>
    <name>CaseLinkRepo</name>
    <message>
        <source>Linking tips and cases</source>
        <translation>Liên kết tin báo với vụ việc</translation>
    </message>
    <message>
        <source>There is no such tip.</source>
        <translation>Không có tin báo này.</translation>
    </message>
    <message>
        <source>There is no such case.</source>
        <translation>Không có vụ việc này.</translation>
    </message>
    <message>
        <source>This tip is not linked to the case.</source>
        <translation>Tin báo này chưa được liên kết với vụ việc.</translation>
    </message>
    <message>
        <source>This tip is already linked to the case.</source>
        <translation>Tin báo này đã được liên kết với vụ việc.</translation>
    </message>
    <message>
        <source>Linked tip %1</source>
        <translation>Liên kết tin báo %1</translation>
    </message>
    <message>
        <source>Give a reason.</source>
        <translation>Hãy ghi lý do.</translation>
    </message>
</context>
<context>
    <name>CasePersonRepo</name>
    <message>
        <source>Changing the case's persons</source>
        <translation>Thay đổi danh sách người liên quan của vụ việc</translation>
    </message>
    <message>
        <source>This person is not (or no longer) listed in the case.</source>
        <translation>Người này không (hoặc không còn) có trong vụ việc.</translation>
    </message>
    <message>
        <source>There is no such case.</source>
        <translation>Không có vụ việc này.</translation>
    </message>
    <message>
        <source>Choose the person's role: suspect, victim, witness or reporter.</source>
        <translation>Hãy chọn vai trò của người này: đối tượng, bị hại, người làm chứng hoặc người báo tin.</translation>
    </message>
    <message>
        <source>%1 is already listed in this case as %2.</source>
        <translation>%1 đã có trong vụ việc này với vai trò %2.</translation>
    </message>
    <message>
        <source>Only a suspect has an outcome (identified, arrested, surrendered, handed over); %1 is listed as %2.</source>
        <translation>Chỉ đối tượng mới có kết quả xử lý (xác định, bắt giữ, đầu thú, bàn giao); %1 có trong vụ việc với vai trò %2.</translation>
    </message>
    <message>
        <source>Reading the case's persons</source>
        <translation>Đọc danh sách người liên quan của vụ việc</translation>
    </message>
</context>
<context>
    <name>CaseRepo</name>
    <message>
        <source>Reading the cases</source>
        <translation>Đọc danh sách vụ việc</translation>
    </message>
    <message>
        <source>Saving the case</source>
        <translation>Lưu vụ việc</translation>
    </message>
    <message>
        <source>A case needs a title.</source>
        <translation>Vụ việc cần có tên.</translation>
    </message>
    <message>
        <source>Unknown case type: %1.</source>
        <translation>Loại vụ việc không hợp lệ: %1.</translation>
    </message>
    <message>
        <source>The time it happened must be between 1990 and now.</source>
        <translation>Thời gian xảy ra phải từ năm 1990 đến hiện tại.</translation>
    </message>
    <message>
        <source>There is no such hamlet.</source>
        <translation>Không có ấp/khu phố này.</translation>
    </message>
    <message>
        <source>Reading the tip</source>
        <translation>Đọc tin báo</translation>
    </message>
    <message>
        <source>There is no such tip.</source>
        <translation>Không có tin báo này.</translation>
    </message>
    <message>
        <source>Case opened from tip %1.</source>
        <translation>Mở vụ việc từ tin báo %1.</translation>
    </message>
    <message>
        <source>A closed case can no longer be changed.</source>
        <translation>Vụ việc đã kết thúc, không thể sửa nữa.</translation>
    </message>
    <message>
        <source>There is no such case.</source>
        <translation>Không có vụ việc này.</translation>
    </message>
    <message>
        <source>Reading the case</source>
        <translation>Đọc vụ việc</translation>
    </message>
    <message>
        <source>Reading the accounts</source>
        <translation>Đọc danh sách tài khoản</translation>
    </message>
    <message>
        <source>Work can only be given to an active officer or chief.</source>
        <translation>Chỉ giao việc cho cán bộ hoặc lãnh đạo có tài khoản đang hoạt động.</translation>
    </message>
</context>
<context>
    <name>CaseTimelineRepo</name>
    <message>
        <source>Reading the case's timeline</source>
        <translation>Đọc diễn biến vụ việc</translation>
    </message>
    <message>
        <source>Adding to the case's timeline</source>
        <translation>Thêm diễn biến vụ việc</translation>
    </message>
    <message>
        <source>Unknown event kind: %1.</source>
        <translation>Loại diễn biến không hợp lệ: %1.</translation>
    </message>
    <message>
        <source>Give the time of the event.</source>
        <translation>Hãy nhập thời gian của diễn biến.</translation>
    </message>
    <message>
        <source>The event's time is in the future.</source>
        <translation>Thời gian của diễn biến ở tương lai.</translation>
    </message>
    <message>
        <source>The event's time is before 1990.</source>
        <translation>Thời gian của diễn biến trước năm 1990.</translation>
    </message>
    <message>
        <source>There is no such officer.</source>
        <translation>Không có cán bộ này.</translation>
    </message>
</context>
<context>
    <name>CaseTimelineReport</name>
    <message>
        <source>Case</source>
        <translation>Vụ việc</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Loại vụ việc</translation>
    </message>
    <message>
        <source>Occurred at</source>
        <translation>Thời điểm xảy ra</translation>
    </message>
    <message>
        <source>Place</source>
        <translation>Địa điểm</translation>
    </message>
    <message>
        <source>Officer in charge</source>
        <translation>Cán bộ thụ lý</translation>
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
        <source>Outcome</source>
        <translation>Kết quả</translation>
    </message>
    <message>
        <source>No.</source>
        <translation>STT</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Thời gian</translation>
    </message>
    <message>
        <source>Step</source>
        <translation>Diễn biến</translation>
    </message>
    <message>
        <source>Officer</source>
        <translation>Cán bộ</translation>
    </message>
    <message>
        <source>Tip</source>
        <translation>Tin báo</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Ghi chú</translation>
    </message>
    <message>
        <source>No events recorded yet.</source>
        <translation>Chưa ghi nhận diễn biến nào.</translation>
    </message>
    <message>
        <source>Timeline of case %1</source>
        <translation>Diễn biến vụ việc %1</translation>
    </message>
    <message>
        <source>TIMELINE OF THE CASE</source>
        <translation>DIỄN BIẾN VỤ VIỆC</translation>
    </message>
    <message>
        <source>Printed %1 by %2</source>
        <translation>In lúc %1, người in: %2</translation>
    </message>
</context>
<context>
    <name>CaseWorkflowRepo</name>
    <message>
        <source>This case is closed.</source>
        <translation>Vụ việc đã kết thúc.</translation>
    </message>
    <message>
        <source>Changing the case</source>
        <translation>Cập nhật vụ việc</translation>
    </message>
    <message>
        <source>No closure of this case is waiting for review.</source>
        <translation>Vụ việc này không có đề nghị kết thúc nào đang chờ duyệt.</translation>
    </message>
    <message>
        <source>A case is closed only when a chief approves its closure.</source>
        <translation>Vụ việc chỉ kết thúc khi lãnh đạo duyệt đề nghị kết thúc.</translation>
    </message>
    <message>
        <source>Unknown case status: %1.</source>
        <translation>Trạng thái vụ việc không hợp lệ: %1.</translation>
    </message>
    <message>
        <source>The closure of this case is waiting for review.</source>
        <translation>Đề nghị kết thúc vụ việc này đang chờ duyệt.</translation>
    </message>
    <message>
        <source>The case already has this status.</source>
        <translation>Vụ việc đang ở trạng thái này rồi.</translation>
    </message>
    <message>
        <source>Give the outcome of the case.</source>
        <translation>Hãy nhập kết quả giải quyết vụ việc.</translation>
    </message>
    <message>
        <source>The closure of this case is already waiting for review.</source>
        <translation>Vụ việc này đã có đề nghị kết thúc đang chờ duyệt.</translation>
    </message>
    <message>
        <source>Say why the closure is sent back.</source>
        <translation>Hãy ghi lý do trả lại đề nghị kết thúc.</translation>
    </message>
    <message>
        <source>Closure approved.</source>
        <translation>Đã duyệt kết thúc vụ việc.</translation>
    </message>
    <message>
        <source>Closure sent back.</source>
        <translation>Trả lại đề nghị kết thúc.</translation>
    </message>
    <message>
        <source>This tip is closed.</source>
        <translation>Tin báo đã kết thúc.</translation>
    </message>
    <message>
        <source>The work is already given to this officer.</source>
        <translation>Việc này đã được giao cho cán bộ này.</translation>
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
    <name>CoverageRepo</name>
    <message>
        <source>Enter the date.</source>
        <translation>Nhập ngày.</translation>
    </message>
    <message>
        <source>Computing the Zalo group coverage</source>
        <translation>Tính độ phủ nhóm Zalo</translation>
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
    <name>CsvReader</name>
    <message>
        <source>%1 more errors are not listed.</source>
        <translation>Còn %1 lỗi khác không được liệt kê.</translation>
    </message>
    <message>
        <source>Line %1: a quoted field is not closed.</source>
        <translation>Dòng %1: một trường mở ngoặc kép nhưng không đóng.</translation>
    </message>
    <message>
        <source>Line %1: a field is longer than %2 characters.</source>
        <translation>Dòng %1: có trường dài quá %2 ký tự.</translation>
    </message>
    <message>
        <source>Line %1: more than %2 columns.</source>
        <translation>Dòng %1: có hơn %2 cột.</translation>
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
    <message>
        <source>Loading the demo register</source>
        <translation>Nạp sổ đăng ký mẫu</translation>
    </message>
    <message>
        <source>This register already holds data; the demo can only fill an empty register.</source>
        <translation>Sổ đăng ký này đã có dữ liệu; chỉ có thể nạp dữ liệu mẫu vào sổ trống.</translation>
    </message>
    <message>
        <source>The demo's first account is not number 1.</source>
        <translation>Tài khoản đầu tiên của sổ trình diễn không phải là tài khoản số 1.</translation>
    </message>
    <message>
        <source>The demo data is missing from this build.</source>
        <translation>Bản cài đặt này thiếu dữ liệu mẫu.</translation>
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
    <message>
        <source>This register has no account yet. The station chief sets it up with the register's recovery key.</source>
        <translation>Sổ này chưa có tài khoản nào. Trưởng Công an xã thiết lập sổ bằng khóa khôi phục của sổ.</translation>
    </message>
    <message>
        <source>This recovery key does not belong to this register.</source>
        <translation>Khóa khôi phục này không phải của sổ này.</translation>
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
    <message>
        <source>
Setting up the station and its first chief (password from BINHYEN_PASSWORD):
  binhyen init ... --station-name NAME --parent-body NAME --commune-code DIGITS
               --province-code DIGITS --place-name NAME [--hamlets "A;B;..."]
               --chief-user USER --chief-name "FULL NAME"
Acting as a user (password from BINHYEN_PASSWORD or typed, never an argument):
  binhyen backup ... [--user USER]                 audited as that user
  binhyen restore ... --user USER                  a chief only
  binhyen audit verify --register FILE [--key-file FILE]
Demo accounts: truong (chief), canbo1, canbo2 (officers), thanhtra (inspector);
password BinhYen-demo-2020.</source>
        <translation>
Thiết lập đơn vị và tài khoản trưởng đầu tiên (mật khẩu lấy từ BINHYEN_PASSWORD):
  binhyen init ... --station-name TÊN --parent-body TÊN --commune-code MÃ_SỐ
               --province-code MÃ_SỐ --place-name ĐỊA_DANH [--hamlets "A;B;..."]
               --chief-user TÊN_ĐĂNG_NHẬP --chief-name "HỌ VÀ TÊN"
Thực hiện với tư cách một người dùng (mật khẩu lấy từ BINHYEN_PASSWORD hoặc gõ vào, không bao giờ là tham số):
  binhyen backup ... [--user TÊN_ĐĂNG_NHẬP]        ghi nhật ký theo người dùng đó
  binhyen restore ... --user TÊN_ĐĂNG_NHẬP         chỉ lãnh đạo (trưởng, phó trưởng)
  binhyen audit verify --register TỆP [--key-file TỆP]
Tài khoản trình diễn: truong (trưởng), canbo1, canbo2 (cán bộ), thanhtra (kiểm tra);
mật khẩu BinhYen-demo-2020.</translation>
    </message>
    <message>
        <source>Tips:
  binhyen import tips --register FILE [--key-file FILE] --user USER --csv FILE
               [--encoding utf-8|windows-1258|tcvn3|vni] [--skip-bad-rows]
  binhyen import residents --register FILE [--key-file FILE] --user USER --file CSV
               [--encoding utf-8|windows-1258|tcvn3|vni] [--skip-bad-rows]
  binhyen search --register FILE [--key-file FILE] --user USER [--limit N] "QUERY"</source>
        <translation>Tin báo:
  binhyen import tips --register TỆP [--key-file TỆP] --user TÊN_ĐĂNG_NHẬP --csv TỆP
               [--encoding utf-8|windows-1258|tcvn3|vni] [--skip-bad-rows]
  binhyen import residents --register TỆP [--key-file TỆP] --user TÊN_ĐĂNG_NHẬP --file TỆP_CSV
               [--encoding utf-8|windows-1258|tcvn3|vni] [--skip-bad-rows]
  binhyen search --register TỆP [--key-file TỆP] --user TÊN_ĐĂNG_NHẬP [--limit N] "TỪ_KHÓA"</translation>
    </message>
    <message>
        <source>Statistics:
  binhyen stats --register FILE [--key-file FILE] --user USER --month YYYY-MM
               [--out FILE]                        the month's figures as JSON</source>
        <translation>Thống kê:
  binhyen stats --register TỆP [--key-file TỆP] --user TÊN_ĐĂNG_NHẬP --month YYYY-MM
               [--out TỆP]                         số liệu của tháng dưới dạng JSON</translation>
    </message>
    <message>
        <source>The monthly report (a chief; docs/REPORT-PACKAGE.md):
  binhyen report --register FILE [--key-file FILE] --user USER --month YYYY-MM
               --format pdf --out FILE         the report to the province (PDF)
  binhyen report ... --format json --out FILE      the signed report package
  binhyen report ... --format csv --out FOLDER     its tables as CSV files
  binhyen verify-package FILE [--public-key KEY]   check a package (exit 7 if not intact)</source>
        <translation>Báo cáo tháng (Trưởng Công an xã; docs/REPORT-PACKAGE.md):
  binhyen report --register TỆP [--key-file TỆP] --user TÊN_ĐĂNG_NHẬP --month YYYY-MM
               --format pdf --out TỆP          báo cáo gửi cấp trên (PDF)
  binhyen report ... --format json --out TỆP       gói báo cáo có chữ ký số
  binhyen report ... --format csv --out THƯ_MỤC    các bảng số liệu dạng CSV
  binhyen verify-package TỆP [--public-key KHÓA]   kiểm tra gói báo cáo (mã thoát 7 nếu không nguyên vẹn)</translation>
    </message>
</context>
<context>
    <name>IdentityRepo</name>
    <message>
        <source>ALARM: the identity sealing public key has been replaced: identities recorded now would not be readable by the chiefs. Stop recording informants' identities and report this to the provincial police.</source>
        <translation>CẢNH BÁO: khóa công khai niêm phong đã bị thay: danh tính ghi từ bây giờ chỉ huy sẽ không đọc được. Hãy ngừng ghi danh tính người báo tin và báo cáo ngay cho Công an tỉnh.</translation>
    </message>
    <message>
        <source>ALARM: %1</source>
        <translation>CẢNH BÁO: %1</translation>
    </message>
    <message>
        <source>This recovery key does not belong to this register.</source>
        <translation>Khóa khôi phục này không thuộc sổ này.</translation>
    </message>
    <message>
        <source>ALARM: the station's signing public key has been replaced.</source>
        <translation>CẢNH BÁO: khóa công khai dùng để ký của đơn vị đã bị thay.</translation>
    </message>
    <message>
        <source>No such tip.</source>
        <translation>Không có tin báo này.</translation>
    </message>
    <message>
        <source>The informant records could not be read or written.</source>
        <translation>Không đọc hoặc ghi được dữ liệu người báo tin.</translation>
    </message>
    <message>
        <source>The sealed identity of tip %1 cannot be opened with the chiefs' identity key: it was sealed to another key or altered.</source>
        <translation>Không mở được danh tính niêm phong của tin báo %1 bằng khóa danh tính của chỉ huy: danh tính đã được niêm phong bằng một khóa khác hoặc đã bị sửa.</translation>
    </message>
    <message>
        <source>The sealed identity of tip %1 has been swapped: it was sealed for another tip.</source>
        <translation>Danh tính niêm phong của tin báo %1 đã bị tráo: nó được niêm phong cho một tin báo khác.</translation>
    </message>
    <message>
        <source>No informant with this pseudonym.</source>
        <translation>Không có người báo tin mang bí danh này.</translation>
    </message>
    <message>
        <source>The informants' merges form a loop.</source>
        <translation>Việc gộp bí danh người báo tin tạo thành vòng lặp.</translation>
    </message>
    <message>
        <source>There is no identity to seal.</source>
        <translation>Không có thông tin danh tính nào để niêm phong.</translation>
    </message>
    <message>
        <source>This tip already has a sealed informant identity.</source>
        <translation>Tin báo này đã có danh tính người báo tin được niêm phong.</translation>
    </message>
    <message>
        <source>The station's identity key is not usable.</source>
        <translation>Khóa danh tính của đơn vị không dùng được.</translation>
    </message>
    <message>
        <source>Write the reason for seeing who gave this tip: it is recorded in the audit trail.</source>
        <translation>Hãy ghi lý do cần xem ai đã báo tin này: lý do được ghi vào nhật ký kiểm tra.</translation>
    </message>
    <message>
        <source>This tip has no sealed informant identity.</source>
        <translation>Tin báo này không có danh tính người báo tin được niêm phong.</translation>
    </message>
    <message>
        <source>Write the reason for merging the two pseudonyms.</source>
        <translation>Hãy ghi lý do gộp hai bí danh.</translation>
    </message>
    <message>
        <source>These two pseudonyms are already the same informant.</source>
        <translation>Hai bí danh này đã là cùng một người báo tin.</translation>
    </message>
    <message>
        <source>A sealed identity has an unknown format.</source>
        <translation>Danh tính niêm phong có định dạng không xác định.</translation>
    </message>
    <message>
        <source>The renewed identity key left for this chief cannot be opened or is not signed by the station.</source>
        <translation>Không mở được khóa danh tính mới để lại cho chỉ huy này, hoặc khóa đó không có chữ ký của đơn vị.</translation>
    </message>
</context>
<context>
    <name>ImportCommand</name>
    <message>
        <source>line %1: refused: %2</source>
        <translation>dòng %1: bị từ chối: %2</translation>
    </message>
    <message>
        <source>line %1: warning: %2</source>
        <translation>dòng %1: lưu ý: %2</translation>
    </message>
    <message>
        <source>Usage: binhyen import tips --register FILE [--key-file FILE] --user NAME --csv FILE [--encoding ENCODING] [--skip-bad-rows]</source>
        <translation>Cách dùng: binhyen import tips --register TỆP [--key-file TỆP] --user TÊN_ĐĂNG_NHẬP --csv TỆP [--encoding BẢNG_MÃ] [--skip-bad-rows]</translation>
    </message>
    <message>
        <source>Unknown encoding: %1 (utf-8, utf-8-bom, windows-1258, tcvn3, vni)</source>
        <translation>Bảng mã không rõ: %1 (utf-8, utf-8-bom, windows-1258, tcvn3, vni)</translation>
    </message>
    <message>
        <source>Encoding: %1</source>
        <translation>Bảng mã: %1</translation>
    </message>
    <message>
        <source>Rows refused: %1. Nothing was imported (--skip-bad-rows imports the rest).</source>
        <translation>Số dòng bị từ chối: %1. Chưa nhập dòng nào (--skip-bad-rows để nhập các dòng còn lại).</translation>
    </message>
    <message>
        <source>Usage: binhyen import residents --register FILE [--key-file FILE] --user NAME --file CSV [--encoding ENCODING] [--skip-bad-rows]</source>
        <translation>Cách dùng: binhyen import residents --register TỆP [--key-file TỆP] --user TÊN --file CSV [--encoding BẢNG_MÃ] [--skip-bad-rows]</translation>
    </message>
    <message>
        <source>refused: %1</source>
        <translation>bị từ chối: %1</translation>
    </message>
    <message>
        <source>skipped: %1</source>
        <translation>bỏ qua: %1</translation>
    </message>
    <message>
        <source>warning: %1</source>
        <translation>lưu ý: %1</translation>
    </message>
</context>
<context>
    <name>IndicatorCatalog</name>
    <message>
        <source>Tips received</source>
        <translation>Tổng số tin báo</translation>
    </message>
    <message>
        <source>— by phone</source>
        <translation>— qua điện thoại</translation>
    </message>
    <message>
        <source>— through the hotline</source>
        <translation>— qua đường dây nóng</translation>
    </message>
    <message>
        <source>— through the Zalo groups</source>
        <translation>— qua nhóm Zalo</translation>
    </message>
    <message>
        <source>— in person</source>
        <translation>— trực tiếp</translation>
    </message>
    <message>
        <source>— from security cameras</source>
        <translation>— từ camera an ninh</translation>
    </message>
    <message>
        <source>— in writing</source>
        <translation>— bằng văn bản</translation>
    </message>
    <message>
        <source>— crime reports (tố giác)</source>
        <translation>— tố giác về tội phạm</translation>
    </message>
    <message>
        <source>— crime information (tin báo)</source>
        <translation>— tin báo về tội phạm</translation>
    </message>
    <message>
        <source>— prosecution requests (kiến nghị)</source>
        <translation>— kiến nghị khởi tố</translation>
    </message>
    <message>
        <source>— public feedback (phản ánh)</source>
        <translation>— phản ánh</translation>
    </message>
    <message>
        <source>— not security or order</source>
        <translation>— không thuộc lĩnh vực ANTT</translation>
    </message>
    <message>
        <source>— not classified yet</source>
        <translation>— chưa phân loại</translation>
    </message>
    <message>
        <source>Valuable tips</source>
        <translation>Tin báo có giá trị</translation>
    </message>
    <message>
        <source>Crime tips forwarded</source>
        <translation>Tin về tội phạm đã chuyển</translation>
    </message>
    <message>
        <source>— forwarded in time</source>
        <translation>— chuyển đúng hạn</translation>
    </message>
    <message>
        <source>Cases opened</source>
        <translation>Vụ việc mới</translation>
    </message>
    <message>
        <source>Cases solved</source>
        <translation>Vụ việc đã giải quyết</translation>
    </message>
    <message>
        <source>— solved with the public's help</source>
        <translation>— giải quyết nhờ tin báo của nhân dân</translation>
    </message>
    <message>
        <source>Suspects identified</source>
        <translation>Đối tượng đã xác định</translation>
    </message>
    <message>
        <source>Suspects arrested</source>
        <translation>Đối tượng bị bắt giữ</translation>
    </message>
    <message>
        <source>— caught in the act</source>
        <translation>— bắt quả tang</translation>
    </message>
    <message>
        <source>Persons who surrendered</source>
        <translation>Người ra đầu thú</translation>
    </message>
    <message>
        <source>Lost persons found</source>
        <translation>Người đi lạc được tìm thấy</translation>
    </message>
    <message>
        <source>Documents returned</source>
        <translation>Giấy tờ trả lại</translation>
    </message>
    <message>
        <source>Property returned</source>
        <translation>Tài sản trả lại</translation>
    </message>
    <message>
        <source>Value returned (đồng)</source>
        <translation>Giá trị trả lại (đồng)</translation>
    </message>
    <message>
        <source>Weapons and explosives handed in</source>
        <translation>Vũ khí, vật liệu nổ giao nộp</translation>
    </message>
    <message>
        <source>Mass movement models in force</source>
        <translation>Mô hình phong trào đang hoạt động</translation>
    </message>
    <message>
        <source>— Zalo groups</source>
        <translation>— nhóm Zalo</translation>
    </message>
    <message>
        <source>— linked households (liên gia)</source>
        <translation>— liên gia tự quản</translation>
    </message>
    <message>
        <source>— security cameras</source>
        <translation>— camera an ninh</translation>
    </message>
    <message>
        <source>— alarm bells (tiếng kẻng)</source>
        <translation>— tiếng kẻng an ninh</translation>
    </message>
    <message>
        <source>— social evils prevention</source>
        <translation>— phòng chống tệ nạn xã hội</translation>
    </message>
    <message>
        <source>— helping people live well</source>
        <translation>— giúp người lầm lỗi sống tốt</translation>
    </message>
    <message>
        <source>— other models</source>
        <translation>— mô hình khác</translation>
    </message>
    <message>
        <source>New models</source>
        <translation>Mô hình mới</translation>
    </message>
    <message>
        <source>Model points</source>
        <translation>Số điểm mô hình</translation>
    </message>
    <message>
        <source>Model teams</source>
        <translation>Số tổ, đội</translation>
    </message>
    <message>
        <source>Model members</source>
        <translation>Số thành viên</translation>
    </message>
    <message>
        <source>Model households</source>
        <translation>Số hộ tham gia</translation>
    </message>
    <message>
        <source>Exemplary models</source>
        <translation>Mô hình điển hình</translation>
    </message>
    <message>
        <source>Zalo groups in force</source>
        <translation>Nhóm Zalo đang hoạt động</translation>
    </message>
    <message>
        <source>Hamlets</source>
        <translation>Số thôn, ấp</translation>
    </message>
    <message>
        <source>— with a Zalo group</source>
        <translation>— có nhóm Zalo</translation>
    </message>
    <message>
        <source>Households connected through Zalo</source>
        <translation>Số hộ kết nối qua Zalo</translation>
    </message>
    <message>
        <source>Zalo members warned</source>
        <translation>Thành viên Zalo bị nhắc nhở</translation>
    </message>
    <message>
        <source>Zalo members removed</source>
        <translation>Thành viên Zalo bị xóa khỏi nhóm</translation>
    </message>
    <message>
        <source>Meetings held</source>
        <translation>Số buổi họp</translation>
    </message>
    <message>
        <source>Meeting attendance</source>
        <translation>Số lượt người dự họp</translation>
    </message>
    <message>
        <source>by channel:</source>
        <translation>chia theo kênh tiếp nhận:</translation>
    </message>
    <message>
        <source>by classification:</source>
        <translation>chia theo phân loại:</translation>
    </message>
    <message>
        <source>by type:</source>
        <translation>chia theo loại mô hình:</translation>
    </message>
    <message>
        <source>Tips received from the public</source>
        <translation>Tiếp nhận, xử lý tin báo của quần chúng</translation>
    </message>
    <message>
        <source>Cases and suspects</source>
        <translation>Kết quả giải quyết vụ việc, đối tượng</translation>
    </message>
    <message>
        <source>Help to residents</source>
        <translation>Kết quả giúp đỡ nhân dân</translation>
    </message>
    <message>
        <source>The movement of all people to protect national security</source>
        <translation>Xây dựng phong trào toàn dân bảo vệ an ninh Tổ quốc</translation>
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
    <message>
        <source>Setting up the station needs --station-name, --parent-body, --commune-code, --province-code and --place-name (missing: --%1).</source>
        <translation>Thiết lập đơn vị cần --station-name, --parent-body, --commune-code, --province-code và --place-name (thiếu: --%1).</translation>
    </message>
    <message>
        <source>The first chief needs --chief-user and --chief-name (missing: --%1).</source>
        <translation>Tài khoản trưởng đầu tiên cần --chief-user và --chief-name (thiếu: --%1).</translation>
    </message>
    <message>
        <source>Station set up; its first chief is the account %1.</source>
        <translation>Đã thiết lập đơn vị; tài khoản trưởng đầu tiên là %1.</translation>
    </message>
    <message>
        <source>Station set up; the first chief's account is created at the first start.</source>
        <translation>Đã thiết lập đơn vị; tài khoản trưởng đầu tiên sẽ được tạo ở lần mở đầu tiên.</translation>
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
    <name>LegalForms</name>
    <message>
        <source>%1, on %2/%3/%4</source>
        <translation>%1, ngày %2 tháng %3 năm %4</translation>
    </message>
    <message>
        <source>…… h …… min, on ……/……/………</source>
        <translation>…… giờ …… phút, ngày ……/……/………</translation>
    </message>
    <message>
        <source>%1 h %2 min, on %3</source>
        <translation>%1 giờ %2 phút, ngày %3</translation>
    </message>
    <message>
        <source>No.: %1</source>
        <translation>Số: %1</translation>
    </message>
    <message>
        <source>SOCIALIST REPUBLIC OF VIETNAM</source>
        <translation>CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM</translation>
    </message>
    <message>
        <source>Independence - Freedom - Happiness</source>
        <translation>Độc lập - Tự do - Hạnh phúc</translation>
    </message>
    <message>
        <source>(Signature, full name)</source>
        <translation>(Ký, ghi rõ họ tên)</translation>
    </message>
    <message>
        <source>The person who gave the information did not give their identity.</source>
        <translation>Người cung cấp nguồn tin không cho biết danh tính.</translation>
    </message>
    <message>
        <source>Full name:</source>
        <translation>Họ và tên:</translation>
    </message>
    <message>
        <source>Year of birth:</source>
        <translation>Năm sinh:</translation>
    </message>
    <message>
        <source>Place of residence:</source>
        <translation>Nơi cư trú:</translation>
    </message>
    <message>
        <source>Identity card No.:</source>
        <translation>Số CCCD/CMND:</translation>
    </message>
    <message>
        <source>issued on, by:</source>
        <translation>ngày cấp, nơi cấp:</translation>
    </message>
    <message>
        <source>Phone number:</source>
        <translation>Số điện thoại:</translation>
    </message>
    <message>
        <source>Relationship to the matter:</source>
        <translation>Quan hệ với sự việc:</translation>
    </message>
    <message>
        <source>Content of the information:</source>
        <translation>Nội dung nguồn tin:</translation>
    </message>
    <message>
        <source>Place of the incident:</source>
        <translation>Nơi xảy ra sự việc:</translation>
    </message>
    <message>
        <source>Documents and objects handed over:</source>
        <translation>Tài liệu, đồ vật giao nộp:</translation>
    </message>
    <message>
        <source>None.</source>
        <translation>Không.</translation>
    </message>
    <message>
        <source>The station's name for the tip's date is missing (station identity).</source>
        <translation>Chưa có tên đơn vị (thông tin đơn vị) áp dụng cho ngày của tin báo.</translation>
    </message>
    <message>
        <source>The tip's received time and content are needed for the form.</source>
        <translation>Biểu mẫu cần thời gian tiếp nhận và nội dung của tin báo.</translation>
    </message>
    <message>
        <source>the office of %1</source>
        <translation>trụ sở %1</translation>
    </message>
    <message>
        <source>RECORD OF RECEIPT OF INFORMATION ABOUT A CRIME</source>
        <translation>BIÊN BẢN TIẾP NHẬN NGUỒN TIN VỀ TỘI PHẠM</translation>
    </message>
    <message>
        <source>At %1, at %2.</source>
        <translation>Vào hồi %1, tại %2.</translation>
    </message>
    <message>
        <source>I, %1, of %2, received the information about a crime (tip No. %3, by %4) from:</source>
        <translation>Tôi là %1, thuộc %2, tiến hành tiếp nhận nguồn tin về tội phạm (số %3, hình thức tiếp nhận: %4) của:</translation>
    </message>
    <message>
        <source>This record was read back to the person who gave the information, who agreed with its content and signed it together with the receiving officer.</source>
        <translation>Biên bản đã được đọc lại cho người cung cấp nguồn tin nghe; người cung cấp nguồn tin đồng ý với nội dung và cùng ký tên với người tiếp nhận dưới đây.</translation>
    </message>
    <message>
        <source>THE PERSON GIVING THE INFORMATION</source>
        <translation>NGƯỜI CUNG CẤP NGUỒN TIN</translation>
    </message>
    <message>
        <source>THE RECEIVING OFFICER</source>
        <translation>NGƯỜI TIẾP NHẬN</translation>
    </message>
    <message>
        <source>Record of receipt of tip %1</source>
        <translation>Biên bản tiếp nhận nguồn tin %1</translation>
    </message>
    <message>
        <source>Recipients:</source>
        <translation>Nơi nhận:</translation>
    </message>
    <message>
        <source>- As above;</source>
        <translation>- Như trên;</translation>
    </message>
    <message>
        <source>- Filed: case file.</source>
        <translation>- Lưu: HS.</translation>
    </message>
    <message>
        <source>Transfer slip of tip %1</source>
        <translation>Phiếu chuyển nguồn tin %1</translation>
    </message>
    <message>
        <source>SLIP TRANSFERRING INFORMATION ABOUT A CRIME</source>
        <translation>PHIẾU CHUYỂN NGUỒN TIN VỀ TỘI PHẠM</translation>
    </message>
    <message>
        <source>To:</source>
        <translation>Kính gửi:</translation>
    </message>
    <message>
        <source>Pursuant to Articles 145 and 146 of the Criminal Procedure Code 2015;</source>
        <translation>Căn cứ Điều 145 và Điều 146 Bộ luật Tố tụng hình sự năm 2015;</translation>
    </message>
    <message>
        <source>%1 transfers the information about a crime No. %2, received at %3 by %4, to %5 for handling within its competence.</source>
        <translation>%1 chuyển nguồn tin về tội phạm số %2, tiếp nhận vào hồi %3, hình thức tiếp nhận: %4, đến %5 để giải quyết theo thẩm quyền.</translation>
    </message>
    <message>
        <source>Summary of the content:</source>
        <translation>Tóm tắt nội dung:</translation>
    </message>
    <message>
        <source>Documents and objects enclosed:</source>
        <translation>Tài liệu, đồ vật kèm theo:</translation>
    </message>
    <message>
        <source>CHIEF OF THE COMMUNE POLICE</source>
        <translation>TRƯỞNG CÔNG AN XÃ</translation>
    </message>
</context>
<context>
    <name>LegalFormsPrinter</name>
    <message>
        <source>Receipt record (Mẫu 01) — %1</source>
        <translation>Biên bản tiếp nhận (Mẫu 01) — %1</translation>
    </message>
    <message>
        <source>Transfer slip (Mẫu 03) — %1</source>
        <translation>Phiếu chuyển (Mẫu 03) — %1</translation>
    </message>
    <message>
        <source>The receipt record names the informant, as the law requires. Printing is recorded in the audit trail.</source>
        <translation>Biên bản tiếp nhận ghi tên người báo tin theo quy định của pháp luật. Việc in được ghi vào nhật ký kiểm tra.</translation>
    </message>
    <message>
        <source>The informant did not give an identity: the record says so.</source>
        <translation>Người báo tin không cho biết danh tính: biên bản sẽ ghi rõ điều này.</translation>
    </message>
    <message>
        <source>The transfer slip goes to %1 with the tip's documents. It never names the informant.</source>
        <translation>Phiếu chuyển gửi tới %1 kèm tài liệu của tin báo. Phiếu không bao giờ ghi tên người báo tin.</translation>
    </message>
    <message>
        <source>the investigating body</source>
        <translation>cơ quan điều tra</translation>
    </message>
    <message>
        <source>&amp;Print…</source>
        <translation>&amp;In…</translation>
    </message>
    <message>
        <source>Save as P&amp;DF instead…</source>
        <translation>Lưu thành tệp P&amp;DF thay vì in…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Hủy</translation>
    </message>
    <message>
        <source>The PDF file will contain the informant's name and identity. Keep it in a safe place and delete it when it is no longer needed. Saving it is recorded in the audit trail. Save it?</source>
        <translation>Tệp PDF sẽ chứa họ tên và thông tin nhân thân của người báo tin. Hãy cất giữ tệp ở nơi an toàn và xóa khi không còn cần. Việc lưu tệp được ghi vào nhật ký kiểm tra. Vẫn lưu?</translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>Tệp PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Receipt record</source>
        <translation>Biên bản tiếp nhận</translation>
    </message>
    <message>
        <source>Transfer slip</source>
        <translation>Phiếu chuyển</translation>
    </message>
</context>
<context>
    <name>LegalFormsRepo</name>
    <message>
        <source>Reading the tip</source>
        <translation>Đọc tin báo</translation>
    </message>
    <message>
        <source>There is no such tip.</source>
        <translation>Không có tin báo này.</translation>
    </message>
    <message>
        <source>No station identity (name, parent body) is recorded for %1.</source>
        <translation>Chưa có thông tin đơn vị (tên, cơ quan cấp trên) áp dụng cho ngày %1.</translation>
    </message>
    <message>
        <source>Unknown form: %1.</source>
        <translation>Không rõ biểu mẫu: %1.</translation>
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
    <name>MobilisedRepo</name>
    <message>
        <source>Recording the mobilised residents</source>
        <translation>Ghi nhận quần chúng được vận động</translation>
    </message>
    <message>
        <source>Choose the resident's role.</source>
        <translation>Chọn vai trò của người dân.</translation>
    </message>
    <message>
        <source>Write down how the resident agreed to take part (consent note).</source>
        <translation>Ghi rõ người dân đã đồng ý tham gia như thế nào (ghi chú đồng ý).</translation>
    </message>
    <message>
        <source>Enter the joining date.</source>
        <translation>Nhập ngày tham gia.</translation>
    </message>
    <message>
        <source>The leaving date %1 is before the joining date %2.</source>
        <translation>Ngày thôi tham gia %1 trước ngày tham gia %2.</translation>
    </message>
    <message>
        <source>The model had already ended on %1.</source>
        <translation>Mô hình đã kết thúc ngày %1.</translation>
    </message>
    <message>
        <source>Enter the leaving date.</source>
        <translation>Nhập ngày thôi tham gia.</translation>
    </message>
    <message>
        <source>There is no such mobilised resident.</source>
        <translation>Không có người dân được vận động này.</translation>
    </message>
</context>
<context>
    <name>MonthLockRepo</name>
    <message>
        <source>Reading the month reports</source>
        <translation>Đọc báo cáo tháng</translation>
    </message>
    <message>
        <source>The month %1 is not locked.</source>
        <translation>Tháng %1 chưa được khóa số liệu.</translation>
    </message>
    <message>
        <source>'%1' is not a month (YYYY-MM).</source>
        <translation>“%1” không phải là tháng (YYYY-MM).</translation>
    </message>
    <message>
        <source>The month %1 has not ended yet.</source>
        <translation>Tháng %1 chưa kết thúc.</translation>
    </message>
    <message>
        <source>The month %1 is already locked.</source>
        <translation>Tháng %1 đã được khóa số liệu.</translation>
    </message>
    <message>
        <source>Say why the correction is issued.</source>
        <translation>Ghi rõ lý do ban hành báo cáo đính chính.</translation>
    </message>
    <message>
        <source>The figures of %1 have not changed since they were issued: there is nothing to correct.</source>
        <translation>Số liệu tháng %1 không thay đổi so với báo cáo đã ban hành: không có gì để đính chính.</translation>
    </message>
</context>
<context>
    <name>MonthlyReport</name>
    <message>
        <source>Month %1/%2</source>
        <translation>Tháng %1/%2</translation>
    </message>
    <message>
        <source>No.</source>
        <translation>TT</translation>
    </message>
    <message>
        <source>Indicator</source>
        <translation>Chỉ tiêu</translation>
    </message>
    <message>
        <source>No figure of a month already reported has changed.</source>
        <translation>Không có điều chỉnh số liệu của các tháng đã báo cáo.</translation>
    </message>
    <message>
        <source>The figures corrected by this report:</source>
        <translation>Các số liệu được đính chính:</translation>
    </message>
    <message>
        <source>Changes to the figures of months already reported:</source>
        <translation>Điều chỉnh số liệu của các tháng đã báo cáo:</translation>
    </message>
    <message>
        <source>- %1, %2: reported %3, now %4 (%5).</source>
        <translation>- %1, %2: đã báo cáo %3, nay là %4 (%5).</translation>
    </message>
    <message>
        <source>Recipients:</source>
        <translation>Nơi nhận:</translation>
    </message>
    <message>
        <source>Archive: VT.</source>
        <translation>Lưu: VT.</translation>
    </message>
    <message>
        <source>CORRECTION REPORT</source>
        <translation>BÁO CÁO ĐÍNH CHÍNH</translation>
    </message>
    <message>
        <source>REPORT</source>
        <translation>BÁO CÁO</translation>
    </message>
    <message>
        <source>This report corrects report No. %1 of %2. Reason: %3</source>
        <translation>Báo cáo này đính chính Báo cáo số %1 ngày %2. Lý do: %3</translation>
    </message>
    <message>
        <source>I. THE SITUATION</source>
        <translation>I. TÌNH HÌNH</translation>
    </message>
    <message>
        <source>II. RESULTS</source>
        <translation>II. KẾT QUẢ CÔNG TÁC</translation>
    </message>
    <message>
        <source>5. Adjustments</source>
        <translation>5. Điều chỉnh số liệu</translation>
    </message>
    <message>
        <source>III. SHORTCOMINGS</source>
        <translation>III. HẠN CHẾ, TỒN TẠI</translation>
    </message>
    <message>
        <source>IV. TASKS FOR NEXT MONTH</source>
        <translation>IV. PHƯƠNG HƯỚNG, NHIỆM VỤ THÁNG TỚI</translation>
    </message>
    <message>
        <source>The above is the report of %1 on the results of building the movement of all people to protect national security in %2./.</source>
        <translation>Trên đây là báo cáo kết quả công tác xây dựng phong trào toàn dân bảo vệ ANTQ %2 của %1./.</translation>
    </message>
    <message>
        <source>the commune police of %1</source>
        <translation>Công an xã %1</translation>
    </message>
    <message>
        <source>Monthly report %1</source>
        <translation>Báo cáo tháng %1</translation>
    </message>
    <message>
        <source>DRAFT</source>
        <translation>DỰ THẢO</translation>
    </message>
    <message>
        <source>'%1' is not a month (YYYY-MM).</source>
        <translation>'%1' không phải là một tháng (YYYY-MM).</translation>
    </message>
    <message>
        <source>month %1 of %2</source>
        <translation>tháng %1 năm %2</translation>
    </message>
    <message>
        <source>Results of building the movement of all people to protect national security in %1</source>
        <translation>Kết quả công tác xây dựng phong trào toàn dân bảo vệ ANTQ %1</translation>
    </message>
    <message>
        <source>HEAD OF THE COMMUNE POLICE</source>
        <translation>TRƯỞNG CÔNG AN XÃ</translation>
    </message>
    <message>
        <source>ON BEHALF OF THE %1</source>
        <translation>KT. %1</translation>
    </message>
    <message>
        <source>DEPUTY HEAD OF THE COMMUNE POLICE</source>
        <translation>PHÓ TRƯỞNG CÔNG AN XÃ</translation>
    </message>
    <message>
        <source>In %1 the political security and social order in the commune were basically stable. During the month %2 received %3 tips from the public (previous month: %4), of which %5 were of value; %6 cases were solved, %7 of them with the public's help. The hamlets' Zalo groups cover %8 of %9 hamlets, connecting %10 households.</source>
        <translation>Trong %1, tình hình an ninh chính trị, trật tự an toàn xã hội trên địa bàn xã cơ bản ổn định. Trong tháng, %2 đã tiếp nhận %3 tin báo của quần chúng (tháng trước: %4), trong đó %5 tin có giá trị; làm rõ %6 vụ việc, trong đó %7 vụ nhờ quần chúng cung cấp thông tin. Nhóm Zalo của các ấp đã phủ %8/%9 ấp, kết nối %10 hộ gia đình.</translation>
    </message>
    <message>
        <source>The commune police of %1</source>
        <translation>Công an xã %1</translation>
    </message>
    <message>
        <source>Some residents still hesitate to report what they see; tips that arrive at night are not always verified within the day.</source>
        <translation>Một bộ phận người dân còn e ngại cung cấp thông tin; một số tin báo nhận vào ban đêm chưa được xác minh ngay trong ngày.</translation>
    </message>
    <message>
        <source>Keep the hamlets' Zalo groups active and answered during office hours; verify every tip within the legal time; hold a residents' meeting in each hamlet without a Zalo group; report valuable tips to the chief for recognition.</source>
        <translation>Duy trì hoạt động của các nhóm Zalo ấp, trả lời tin nhắn trong giờ hành chính; xác minh mọi tin báo trong thời hạn luật định; tổ chức họp dân tại các ấp chưa có nhóm Zalo; đề xuất khen thưởng người cung cấp tin có giá trị.</translation>
    </message>
    <message>
        <source>%1 (to report)</source>
        <translation>%1 (để báo cáo)</translation>
    </message>
    <message>
        <source>Tips received per month, by channel</source>
        <translation>Tin báo tiếp nhận theo tháng, chia theo kênh</translation>
    </message>
</context>
<context>
    <name>MovementLabels</name>
    <message>
        <source>Lost person found</source>
        <translation>Tìm được người đi lạc</translation>
    </message>
    <message>
        <source>Documents returned</source>
        <translation>Trao trả giấy tờ</translation>
    </message>
    <message>
        <source>Property returned</source>
        <translation>Trao trả tài sản</translation>
    </message>
    <message>
        <source>Weapons, explosives, firecrackers handed in</source>
        <translation>Giao nộp vũ khí, vật liệu nổ, pháo</translation>
    </message>
    <message>
        <source>Person persuaded to surrender</source>
        <translation>Vận động đầu thú</translation>
    </message>
    <message>
        <source>Residents' meeting</source>
        <translation>Họp dân</translation>
    </message>
    <message>
        <source>Propaganda session</source>
        <translation>Tuyên truyền</translation>
    </message>
    <message>
        <source>Other activity</source>
        <translation>Hoạt động khác</translation>
    </message>
    <message>
        <source>Member</source>
        <translation>Thành viên</translation>
    </message>
    <message>
        <source>Team leader</source>
        <translation>Tổ trưởng</translation>
    </message>
    <message>
        <source>Grassroots security force</source>
        <translation>Lực lượng tham gia bảo vệ ANTT ở cơ sở</translation>
    </message>
    <message>
        <source>Collaborator</source>
        <translation>Cộng tác viên</translation>
    </message>
    <message>
        <source>Warned</source>
        <translation>Nhắc nhở</translation>
    </message>
    <message>
        <source>Removed from the group</source>
        <translation>Loại khỏi nhóm</translation>
    </message>
    <message>
        <source>%1 dong</source>
        <translation>%1 đồng</translation>
    </message>
</context>
<context>
    <name>MovementRecords</name>
    <message>
        <source>Reading the hamlets</source>
        <translation>Đọc danh sách ấp, khu phố</translation>
    </message>
    <message>
        <source>There is no hamlet %1.</source>
        <translation>Không có ấp, khu phố số %1.</translation>
    </message>
    <message>
        <source>The hamlet %1 does not exist on %2.</source>
        <translation>Ngày %2 chưa có hoặc không còn %1.</translation>
    </message>
    <message>
        <source>Reading the accounts</source>
        <translation>Đọc danh sách tài khoản</translation>
    </message>
    <message>
        <source>There is no officer %1.</source>
        <translation>Không có cán bộ số %1.</translation>
    </message>
    <message>
        <source>Reading the models</source>
        <translation>Đọc danh sách mô hình</translation>
    </message>
    <message>
        <source>There is no model %1.</source>
        <translation>Không có mô hình số %1.</translation>
    </message>
</context>
<context>
    <name>MovementRepo</name>
    <message>
        <source>Changing the movement register</source>
        <translation>Thay đổi sổ theo dõi phong trào</translation>
    </message>
    <message>
        <source>Choose the model's type.</source>
        <translation>Chọn loại mô hình.</translation>
    </message>
    <message>
        <source>The model type "%1" is no longer used.</source>
        <translation>Loại mô hình "%1" đã ngừng sử dụng.</translation>
    </message>
    <message>
        <source>Enter the model's name.</source>
        <translation>Nhập tên mô hình.</translation>
    </message>
    <message>
        <source>Enter the start date.</source>
        <translation>Nhập ngày bắt đầu.</translation>
    </message>
    <message>
        <source>The end date %1 is before the start date %2.</source>
        <translation>Ngày kết thúc %1 trước ngày bắt đầu %2.</translation>
    </message>
    <message>
        <source>Points, teams, members and households cannot be negative.</source>
        <translation>Số điểm, số tổ, số thành viên và số hộ không được âm.</translation>
    </message>
    <message>
        <source>A hamlet Zalo group must cover at least one hamlet.</source>
        <translation>Nhóm Zalo phải gắn với ít nhất một ấp, khu phố.</translation>
    </message>
    <message>
        <source>A hamlet Zalo group keeps its type, and another model cannot become one: end the model and create a new one.</source>
        <translation>Nhóm Zalo ấp, khu phố không thể đổi sang loại khác và mô hình khác không thể đổi thành nhóm Zalo: hãy kết thúc mô hình này và tạo mô hình mới.</translation>
    </message>
    <message>
        <source>Enter the end date.</source>
        <translation>Nhập ngày kết thúc.</translation>
    </message>
    <message>
        <source>This model already ended on %1.</source>
        <translation>Mô hình này đã kết thúc ngày %1.</translation>
    </message>
    <message>
        <source>Reading the movement register</source>
        <translation>Đọc sổ theo dõi phong trào</translation>
    </message>
    <message>
        <source>There is no such model.</source>
        <translation>Không có mô hình này.</translation>
    </message>
    <message>
        <source>Changing the model types</source>
        <translation>Thay đổi loại mô hình</translation>
    </message>
    <message>
        <source>Enter the name of the model type.</source>
        <translation>Nhập tên loại mô hình.</translation>
    </message>
    <message>
        <source>The model type "%1" already exists.</source>
        <translation>Loại mô hình "%1" đã có.</translation>
    </message>
    <message>
        <source>The hamlet Zalo group type is always in use.</source>
        <translation>Loại mô hình nhóm Zalo ấp, khu phố luôn được sử dụng, không thể ngừng.</translation>
    </message>
    <message>
        <source>There is no such model type.</source>
        <translation>Không có loại mô hình này.</translation>
    </message>
</context>
<context>
    <name>OfficeHours</name>
    <message>
        <source>'%1' is not a period of office hours: write it as 07:30-11:30.</source>
        <translation>'%1' không phải là một khoảng giờ hành chính: hãy viết theo dạng 07:30-11:30.</translation>
    </message>
    <message>
        <source>In '%1' the end must come after the start.</source>
        <translation>Trong '%1', giờ kết thúc phải sau giờ bắt đầu.</translation>
    </message>
    <message>
        <source>'%1' overlaps the period before it or is out of order.</source>
        <translation>'%1' trùng với khoảng giờ trước nó hoặc không theo thứ tự.</translation>
    </message>
    <message>
        <source>Give at least one period of office hours, e.g. 07:30-11:30.</source>
        <translation>Hãy nhập ít nhất một khoảng giờ hành chính, ví dụ 07:30-11:30.</translation>
    </message>
    <message>
        <source>'%1' is not a day: use 1 (Monday) to 7 (Sunday).</source>
        <translation>'%1' không phải là một ngày: dùng số 1 (thứ Hai) đến 7 (Chủ nhật).</translation>
    </message>
    <message>
        <source>Day %1 is given twice.</source>
        <translation>Ngày %1 bị nhập hai lần.</translation>
    </message>
    <message>
        <source>Give at least one office day, e.g. 1,2,3,4,5 (Monday to Friday).</source>
        <translation>Hãy nhập ít nhất một ngày làm việc, ví dụ 1,2,3,4,5 (thứ Hai đến thứ Sáu).</translation>
    </message>
    <message>
        <source>Monday</source>
        <translation>thứ Hai</translation>
    </message>
    <message>
        <source>Tuesday</source>
        <translation>thứ Ba</translation>
    </message>
    <message>
        <source>Wednesday</source>
        <translation>thứ Tư</translation>
    </message>
    <message>
        <source>Thursday</source>
        <translation>thứ Năm</translation>
    </message>
    <message>
        <source>Friday</source>
        <translation>thứ Sáu</translation>
    </message>
    <message>
        <source>Saturday</source>
        <translation>thứ Bảy</translation>
    </message>
    <message>
        <source>Sunday</source>
        <translation>Chủ nhật</translation>
    </message>
    <message>
        <source>%1, %2 %3</source>
        <translation>%1, %2 ngày %3</translation>
    </message>
</context>
<context>
    <name>PdfDocument</name>
    <message>
        <source>Cannot write the PDF file %1.</source>
        <translation>Không ghi được tệp PDF %1.</translation>
    </message>
    <message>
        <source>Cannot print the document.</source>
        <translation>Không in được tài liệu.</translation>
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
    <message>
        <source>change a tip's status</source>
        <translation>thay đổi trạng thái tin báo</translation>
    </message>
    <message>
        <source>propose that a tip was valuable</source>
        <translation>đề xuất tin báo có giá trị</translation>
    </message>
    <message>
        <source>confirm that a tip was valuable</source>
        <translation>xác nhận tin báo có giá trị</translation>
    </message>
    <message>
        <source>extend a tip's verification period</source>
        <translation>gia hạn thời hạn kiểm tra, xác minh tin báo</translation>
    </message>
    <message>
        <source>change the legal rules and days off</source>
        <translation>thay đổi quy định thời hạn và ngày nghỉ</translation>
    </message>
    <message>
        <source>propose closing a case</source>
        <translation>đề nghị kết thúc vụ việc</translation>
    </message>
    <message>
        <source>approve or send back a case's closure</source>
        <translation>duyệt hoặc trả lại đề nghị kết thúc vụ việc</translation>
    </message>
    <message>
        <source>assign tips and cases to officers</source>
        <translation>giao tin báo, vụ việc cho cán bộ</translation>
    </message>
    <message>
        <source>link a tip to a case</source>
        <translation>liên kết tin báo với vụ việc</translation>
    </message>
    <message>
        <source>unlink a tip from a case</source>
        <translation>bỏ liên kết tin báo khỏi vụ việc</translation>
    </message>
    <message>
        <source>mark that a tip contributed to a case's result</source>
        <translation>đánh dấu tin báo góp phần làm rõ vụ việc</translation>
    </message>
    <message>
        <source>merge duplicate person records</source>
        <translation>gộp hồ sơ người trùng nhau</translation>
    </message>
    <message>
        <source>edit the hamlets and their neighbours</source>
        <translation>sửa danh sách ấp và các ấp giáp ranh</translation>
    </message>
    <message>
        <source>print the legal forms of a tip</source>
        <translation>in biểu mẫu pháp lý của tin báo</translation>
    </message>
    <message>
        <source>import data from a file (the old tip register, residents)</source>
        <translation>nhập dữ liệu từ tệp (sổ tin báo cũ, danh sách người dân)</translation>
    </message>
    <message>
        <source>lock a month and issue its figures</source>
        <translation>khóa số liệu tháng và ban hành báo cáo</translation>
    </message>
    <message>
        <source>issue a correction report for a locked month</source>
        <translation>ban hành báo cáo đính chính cho tháng đã khóa</translation>
    </message>
    <message>
        <source>export the monthly report to a file</source>
        <translation>xuất báo cáo tháng ra tệp</translation>
    </message>
</context>
<context>
    <name>PersonDuplicates</name>
    <message>
        <source>Looking for duplicate persons</source>
        <translation>Tìm hồ sơ người trùng nhau</translation>
    </message>
    <message>
        <source>Same phone number %1</source>
        <translation>Cùng số điện thoại %1</translation>
    </message>
    <message>
        <source>Same ID number %1</source>
        <translation>Cùng số CCCD/CMND %1</translation>
    </message>
    <message>
        <source>Similar names: %1 / %2</source>
        <translation>Họ tên gần giống: %1 / %2</translation>
    </message>
    <message>
        <source>Merging the persons</source>
        <translation>Gộp hồ sơ người</translation>
    </message>
    <message>
        <source>Choose two different persons to merge.</source>
        <translation>Hãy chọn hai hồ sơ người khác nhau để gộp.</translation>
    </message>
    <message>
        <source>Give a reason.</source>
        <translation>Hãy nêu lý do.</translation>
    </message>
</context>
<context>
    <name>PersonMatch</name>
    <message>
        <source>A phone number holds only digits (spaces and dots are allowed).</source>
        <translation>Số điện thoại chỉ gồm chữ số (được phép có dấu cách và dấu chấm).</translation>
    </message>
    <message>
        <source>A phone number has 9 to 11 digits; this one has %1.</source>
        <translation>Số điện thoại có từ 9 đến 11 chữ số; số này có %1 chữ số.</translation>
    </message>
    <message>
        <source>An ID number (CCCD or CMND) holds only digits.</source>
        <translation>Số CCCD hoặc CMND chỉ gồm chữ số.</translation>
    </message>
    <message>
        <source>An ID number has 12 digits (CCCD) or 9 digits (old CMND); this one has %1.</source>
        <translation>Số định danh có 12 chữ số (CCCD) hoặc 9 chữ số (CMND cũ); số này có %1 chữ số.</translation>
    </message>
    <message>
        <source>Enter the person's full name.</source>
        <translation>Hãy nhập họ tên của người này.</translation>
    </message>
    <message>
        <source>The year of birth must be between 1900 and %1.</source>
        <translation>Năm sinh phải từ 1900 đến %1.</translation>
    </message>
    <message>
        <source>Suspect</source>
        <translation>Đối tượng</translation>
    </message>
    <message>
        <source>Victim</source>
        <translation>Bị hại</translation>
    </message>
    <message>
        <source>Witness</source>
        <translation>Người làm chứng</translation>
    </message>
    <message>
        <source>Reporter</source>
        <translation>Người báo tin</translation>
    </message>
    <message>
        <source>A suspect's times cannot be in the future.</source>
        <translation>Thời điểm liên quan đến đối tượng không được ở tương lai.</translation>
    </message>
    <message>
        <source>Caught in the act: give the time of the arrest.</source>
        <translation>Bắt quả tang: hãy nhập thời điểm bắt giữ.</translation>
    </message>
    <message>
        <source>The arrest cannot be before the suspect was identified.</source>
        <translation>Thời điểm bắt giữ không được trước thời điểm xác định được đối tượng.</translation>
    </message>
    <message>
        <source>The hand-over cannot be before the suspect was identified.</source>
        <translation>Thời điểm bàn giao không được trước thời điểm xác định được đối tượng.</translation>
    </message>
    <message>
        <source>The hand-over cannot be before the arrest.</source>
        <translation>Thời điểm bàn giao không được trước thời điểm bắt giữ.</translation>
    </message>
</context>
<context>
    <name>PersonRepo</name>
    <message>
        <source>Saving the person</source>
        <translation>Lưu hồ sơ người</translation>
    </message>
    <message>
        <source>There is no such hamlet or place.</source>
        <translation>Không có ấp hoặc địa bàn này.</translation>
    </message>
    <message>
        <source>Looking for a person</source>
        <translation>Tìm người</translation>
    </message>
    <message>
        <source>Reading the person's cases</source>
        <translation>Đọc các vụ việc liên quan đến người này</translation>
    </message>
    <message>
        <source>Reading a person</source>
        <translation>Đọc hồ sơ người</translation>
    </message>
    <message>
        <source>There is no such person.</source>
        <translation>Không có hồ sơ người này.</translation>
    </message>
</context>
<context>
    <name>PlaceEditRepo</name>
    <message>
        <source>Changing the hamlets</source>
        <translation>Thay đổi danh sách ấp, khu phố</translation>
    </message>
    <message>
        <source>There is no such hamlet.</source>
        <translation>Không có ấp, khu phố này.</translation>
    </message>
    <message>
        <source>Choose the kind: hamlet, neighbourhood, village or residential group.</source>
        <translation>Chọn loại: ấp, khu phố, thôn hoặc tổ dân phố.</translation>
    </message>
    <message>
        <source>Enter the hamlet's name.</source>
        <translation>Nhập tên ấp, khu phố.</translation>
    </message>
    <message>
        <source>Enter the date.</source>
        <translation>Nhập ngày.</translation>
    </message>
    <message>
        <source>There is already a hamlet %1 on %2.</source>
        <translation>Ngày %2 đã có %1.</translation>
    </message>
    <message>
        <source>The number of households cannot be negative.</source>
        <translation>Số hộ không được âm.</translation>
    </message>
    <message>
        <source>Enter the commune code (digits).</source>
        <translation>Nhập mã xã (chỉ gồm chữ số).</translation>
    </message>
    <message>
        <source>The new name is the same as the old.</source>
        <translation>Tên mới trùng với tên cũ.</translation>
    </message>
    <message>
        <source>The hamlet %1 is valid from %2 to %3: the new name must start within that period, after its first day.</source>
        <translation>Tên %1 có hiệu lực từ %2 đến %3: tên mới phải bắt đầu trong khoảng thời gian đó, sau ngày đầu tiên.</translation>
    </message>
    <message>
        <source>Called %1 until %2.</source>
        <translation>Đến ngày %2 có tên là %1.</translation>
    </message>
    <message>
        <source>The hamlet %1 already ceased on %2.</source>
        <translation>Đã ghi nhận %1 không còn từ sau ngày %2.</translation>
    </message>
    <message>
        <source>The hamlet %1 only exists from %2.</source>
        <translation>Danh sách chỉ có %1 từ ngày %2.</translation>
    </message>
</context>
<context>
    <name>PlaceRepo</name>
    <message>
        <source>Reading or changing the places</source>
        <translation>Đọc hoặc sửa danh sách ấp, khu phố</translation>
    </message>
    <message>
        <source>hamlet</source>
        <translation>ấp</translation>
    </message>
    <message>
        <source>neighbourhood</source>
        <translation>khu phố</translation>
    </message>
    <message>
        <source>village</source>
        <translation>thôn</translation>
    </message>
    <message>
        <source>residential group</source>
        <translation>tổ dân phố</translation>
    </message>
    <message>
        <source>A place cannot be its own neighbour.</source>
        <translation>Một ấp không thể giáp ranh với chính nó.</translation>
    </message>
    <message>
        <source>There is no such place.</source>
        <translation>Không có ấp, khu phố này.</translation>
    </message>
    <message>
        <source>There is no place %1.</source>
        <translation>Không có ấp, khu phố mã %1.</translation>
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
    <name>ReportCommand</name>
    <message>
        <source>Usage: binhyen report --register FILE [--key-file FILE] --user NAME --month YYYY-MM --format pdf|json|csv --out FILE|FOLDER</source>
        <translation>Cách dùng: binhyen report --register TỆP [--key-file TỆP] --user TÊN_ĐĂNG_NHẬP --month YYYY-MM --format pdf|json|csv --out TỆP|THƯ_MỤC</translation>
    </message>
    <message>
        <source>The output already exists; BinhYen never overwrites it.</source>
        <translation>Tệp hoặc thư mục đầu ra đã tồn tại; BinhYen không bao giờ ghi đè.</translation>
    </message>
    <message>
        <source>'%1' is not a month (YYYY-MM).</source>
        <translation>'%1' không phải là một tháng (YYYY-MM).</translation>
    </message>
    <message>
        <source>Unknown format '%1': use pdf, json or csv.</source>
        <translation>Không có định dạng '%1': hãy dùng pdf, json hoặc csv.</translation>
    </message>
    <message>
        <source>The month %1 is not locked: the report is a draft.</source>
        <translation>Tháng %1 chưa khóa số liệu: báo cáo là bản dự thảo.</translation>
    </message>
    <message>
        <source>Report of %1 written: %2</source>
        <translation>Đã ghi báo cáo tháng %1: %2</translation>
    </message>
</context>
<context>
    <name>ReportCsv</name>
    <message>
        <source>Indicator</source>
        <translation>Chỉ tiêu</translation>
    </message>
    <message>
        <source>This month</source>
        <translation>Tháng này</translation>
    </message>
    <message>
        <source>Previous month</source>
        <translation>Tháng trước</translation>
    </message>
    <message>
        <source>Same month last year</source>
        <translation>Cùng kỳ năm trước</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>Mục</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Giá trị</translation>
    </message>
    <message>
        <source>Key</source>
        <translation>Mã chỉ tiêu</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>Mã</translation>
    </message>
    <message>
        <source>Month</source>
        <translation>Tháng</translation>
    </message>
    <message>
        <source>As reported</source>
        <translation>Số đã báo cáo</translation>
    </message>
    <message>
        <source>Now</source>
        <translation>Số hiện nay</translation>
    </message>
    <message>
        <source>Difference</source>
        <translation>Chênh lệch</translation>
    </message>
    <message>
        <source>The folder is not empty; BinhYen never overwrites files.</source>
        <translation>Thư mục không trống; BinhYen không bao giờ ghi đè tệp.</translation>
    </message>
    <message>
        <source>The folder could not be created.</source>
        <translation>Không tạo được thư mục.</translation>
    </message>
    <message>
        <source>The tables could not be written.</source>
        <translation>Không ghi được các bảng số liệu.</translation>
    </message>
</context>
<context>
    <name>ReportNarrativeRepo</name>
    <message>
        <source>Reading the text of the monthly report</source>
        <translation>Đọc nội dung báo cáo tháng</translation>
    </message>
    <message>
        <source>'%1' is not a month (YYYY-MM).</source>
        <translation>'%1' không phải là một tháng (YYYY-MM).</translation>
    </message>
    <message>
        <source>A section of the report is longer than %1 characters: shorten it.</source>
        <translation>Một phần của báo cáo dài quá %1 ký tự: hãy rút gọn.</translation>
    </message>
    <message>
        <source>The list of recipients is too long.</source>
        <translation>Danh sách nơi nhận quá dài.</translation>
    </message>
    <message>
        <source>The report is signed by an active chief of the station.</source>
        <translation>Báo cáo phải do một lãnh đạo Công an xã đang công tác ký.</translation>
    </message>
    <message>
        <source>The person who signs the report is unknown.</source>
        <translation>Không tìm thấy người ký báo cáo.</translation>
    </message>
</context>
<context>
    <name>ReportPackage</name>
    <message>
        <source>The report holds a number that is not a whole number.</source>
        <translation>Báo cáo có một số liệu không phải số nguyên.</translation>
    </message>
    <message>
        <source>The package is intact, but its origin is not proven: give the station's registered public key to prove who signed it.</source>
        <translation>Gói báo cáo còn nguyên vẹn nhưng chưa chứng minh được nguồn gốc: hãy cung cấp khóa công khai đã đăng ký của đơn vị để xác định ai đã ký.</translation>
    </message>
    <message>
        <source>The package is intact and was signed by the station's registered key.</source>
        <translation>Gói báo cáo còn nguyên vẹn và được ký bằng khóa đã đăng ký của đơn vị.</translation>
    </message>
    <message>
        <source>The package was changed after it was signed: do not use its figures.</source>
        <translation>Gói báo cáo đã bị thay đổi sau khi ký: không được sử dụng số liệu trong gói.</translation>
    </message>
    <message>
        <source>The package was not signed by the given station key: it does not come from that station.</source>
        <translation>Gói báo cáo không được ký bằng khóa của đơn vị đã cho: gói không phải do đơn vị đó gửi.</translation>
    </message>
    <message>
        <source>This package format version is not supported by this BinhYen: update BinhYen.</source>
        <translation>Phiên bản định dạng của gói báo cáo này không được phiên bản BinhYen đang dùng hỗ trợ: hãy cập nhật BinhYen.</translation>
    </message>
    <message>
        <source>The file is not a BinhYen report package.</source>
        <translation>Tệp này không phải là gói báo cáo BinhYen.</translation>
    </message>
    <message>
        <source>The report package could not be written.</source>
        <translation>Không ghi được gói báo cáo.</translation>
    </message>
    <message>
        <source>'%1' is not a month (YYYY-MM).</source>
        <translation>'%1' không phải là một tháng (YYYY-MM).</translation>
    </message>
    <message>
        <source>The file already exists; BinhYen never overwrites it.</source>
        <translation>Tệp đã tồn tại; BinhYen không bao giờ ghi đè tệp.</translation>
    </message>
</context>
<context>
    <name>ResidentImport</name>
    <message>
        <source>(not imported)</source>
        <translation>(không nhập)</translation>
    </message>
    <message>
        <source>Full name</source>
        <translation>Họ và tên</translation>
    </message>
    <message>
        <source>Year of birth</source>
        <translation>Năm sinh</translation>
    </message>
    <message>
        <source>ID number (CCCD/CMND)</source>
        <translation>Số CCCD/CMND</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Số điện thoại</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Địa chỉ</translation>
    </message>
    <message>
        <source>Hamlet</source>
        <translation>Ấp</translation>
    </message>
    <message>
        <source>Household note / role in the hamlet</source>
        <translation>Ghi chú hộ / vai trò ở ấp</translation>
    </message>
    <message>
        <source>Consent note</source>
        <translation>Ghi chú đồng ý</translation>
    </message>
    <message>
        <source>Line %1: %2 column(s) where the header has %3.</source>
        <translation>Dòng %1: có %2 cột trong khi dòng tiêu đề có %3 cột.</translation>
    </message>
    <message>
        <source>Line %1: the full name is empty.</source>
        <translation>Dòng %1: chưa có họ và tên.</translation>
    </message>
    <message>
        <source>Line %1: the year of birth "%2" is not a year between 1900 and %3.</source>
        <translation>Dòng %1: năm sinh "%2" không phải là năm từ 1900 đến %3.</translation>
    </message>
    <message>
        <source>Line %1: the ID number "%2": %3</source>
        <translation>Dòng %1: số CCCD/CMND "%2": %3</translation>
    </message>
    <message>
        <source>Line %1: the ID number "%2" lost its leading 0 in the spreadsheet: read as %3.</source>
        <translation>Dòng %1: số CCCD/CMND "%2" bị bảng tính làm mất số 0 ở đầu: đọc thành %3.</translation>
    </message>
    <message>
        <source>Line %1: the phone number "%2": %3</source>
        <translation>Dòng %1: số điện thoại "%2": %3</translation>
    </message>
    <message>
        <source>Line %1: the hamlet "%2" is not in the register.</source>
        <translation>Dòng %1: ấp "%2" không có trong sổ.</translation>
    </message>
    <message>
        <source>Household / role: %1</source>
        <translation>Hộ / vai trò: %1</translation>
    </message>
    <message>
        <source>Consent: %1</source>
        <translation>Đồng ý: %1</translation>
    </message>
    <message>
        <source>Line %1: %2</source>
        <translation>Dòng %1: %2</translation>
    </message>
</context>
<context>
    <name>ResidentImportRepo</name>
    <message>
        <source>Importing the residents</source>
        <translation>Nhập danh sách người dân</translation>
    </message>
    <message>
        <source>The file does not exist.</source>
        <translation>Tệp không tồn tại.</translation>
    </message>
    <message>
        <source>The file is too large to be a residents sheet (more than 64 MiB).</source>
        <translation>Tệp quá lớn, không thể là danh sách người dân (trên 64 MiB).</translation>
    </message>
    <message>
        <source>The file cannot be read.</source>
        <translation>Không đọc được tệp.</translation>
    </message>
    <message>
        <source>Line %1: the ID number %2 is already in the register (%3): skipped, not merged.</source>
        <translation>Dòng %1: số CCCD/CMND %2 đã có trong sổ (%3): bỏ qua, không gộp.</translation>
    </message>
    <message>
        <source>Line %1: the phone number %2 is already in the register (%3): skipped, not merged.</source>
        <translation>Dòng %1: số điện thoại %2 đã có trong sổ (%3): bỏ qua, không gộp.</translation>
    </message>
    <message>
        <source>Line %1: the ID number %2 is the same as on line %3: skipped.</source>
        <translation>Dòng %1: số CCCD/CMND %2 trùng với dòng %3: bỏ qua.</translation>
    </message>
    <message>
        <source>Line %1: the phone number %2 is the same as on line %3: skipped.</source>
        <translation>Dòng %1: số điện thoại %2 trùng với dòng %3: bỏ qua.</translation>
    </message>
    <message>
        <source>The file holds no table.</source>
        <translation>Tệp không có bảng dữ liệu nào.</translation>
    </message>
    <message>
        <source>This is not a residents sheet: no column for the full name (ho_ten) (first line: %1).</source>
        <translation>Đây không phải danh sách người dân: không có cột họ và tên (ho_ten) (dòng đầu: %1).</translation>
    </message>
    <message>
        <source>Line %1: %2</source>
        <translation>Dòng %1: %2</translation>
    </message>
</context>
<context>
    <name>ResultRepo</name>
    <message>
        <source>Recording the results</source>
        <translation>Ghi nhận kết quả</translation>
    </message>
    <message>
        <source>Choose the kind of result.</source>
        <translation>Chọn loại kết quả.</translation>
    </message>
    <message>
        <source>Enter the date.</source>
        <translation>Nhập ngày.</translation>
    </message>
    <message>
        <source>The number must be at least 1.</source>
        <translation>Số lượng phải từ 1 trở lên.</translation>
    </message>
    <message>
        <source>Only documents and property returned have a value (VND).</source>
        <translation>Chỉ giấy tờ, tài sản trao trả mới có giá trị (đồng).</translation>
    </message>
    <message>
        <source>The value cannot be negative.</source>
        <translation>Giá trị không được âm.</translation>
    </message>
</context>
<context>
    <name>ReviewChoices</name>
    <message>
        <source>Denunciation (tố giác)</source>
        <translation>Tố giác về tội phạm</translation>
    </message>
    <message>
        <source>Crime report (tin báo về tội phạm)</source>
        <translation>Tin báo về tội phạm</translation>
    </message>
    <message>
        <source>Request to prosecute (kiến nghị khởi tố)</source>
        <translation>Kiến nghị khởi tố</translation>
    </message>
    <message>
        <source>Security and order report (phản ánh ANTT)</source>
        <translation>Phản ánh về ANTT</translation>
    </message>
    <message>
        <source>Not a security and order matter</source>
        <translation>Không thuộc lĩnh vực ANTT</translation>
    </message>
</context>
<context>
    <name>ReviewQueueRepo</name>
    <message>
        <source>Reading the review queue</source>
        <translation>Đọc danh sách việc chờ duyệt</translation>
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
    <name>RulesRepo</name>
    <message>
        <source>The legal rules could not be read.</source>
        <translation>Không đọc được bảng quy định về thời hạn.</translation>
    </message>
    <message>
        <source>The change could not be saved.</source>
        <translation>Không lưu được thay đổi.</translation>
    </message>
    <message>
        <source>Give a value of zero or more, a date and the legal source of the change.</source>
        <translation>Hãy nhập giá trị (từ 0 trở lên), ngày áp dụng và căn cứ pháp lý của thay đổi.</translation>
    </message>
    <message>
        <source>The rule already has a value from %1: choose another date (past values are never rewritten).</source>
        <translation>Quy định đã có giá trị áp dụng từ ngày %1: hãy chọn ngày khác (giá trị đã qua không bao giờ bị ghi đè).</translation>
    </message>
    <message>
        <source>There is no rule "%1".</source>
        <translation>Không có quy định "%1".</translation>
    </message>
    <message>
        <source>Give the day and its name.</source>
        <translation>Hãy nhập ngày và tên ngày nghỉ.</translation>
    </message>
    <message>
        <source>%1 is already a day off.</source>
        <translation>Ngày %1 đã là ngày nghỉ.</translation>
    </message>
    <message>
        <source>%1 is not a listed day off.</source>
        <translation>Ngày %1 không có trong danh sách ngày nghỉ.</translation>
    </message>
</context>
<context>
    <name>SearchCommand</name>
    <message>
        <source>Usage: binhyen search --register FILE [--key-file FILE] --user NAME [--limit N] QUERY</source>
        <translation>Cách dùng: binhyen search --register TỆP [--key-file TỆP] --user TÊN_ĐĂNG_NHẬP [--limit N] TỪ_KHÓA</translation>
    </message>
</context>
<context>
    <name>SearchRepo</name>
    <message>
        <source>The search could not be run.</source>
        <translation>Không thực hiện được việc tìm kiếm.</translation>
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
    <name>StationHistoryRepo</name>
    <message>
        <source>Reading or changing the station's identity history</source>
        <translation>Đọc hoặc thay đổi lịch sử tên gọi, cơ quan cấp trên của đơn vị</translation>
    </message>
    <message>
        <source>The station has no identity on %1.</source>
        <translation>Ngày %1 đơn vị chưa có tên gọi, cơ quan cấp trên.</translation>
    </message>
    <message>
        <source>Enter the date the change took effect.</source>
        <translation>Nhập ngày thay đổi có hiệu lực.</translation>
    </message>
    <message>
        <source>Enter the report recipient and the province's name.</source>
        <translation>Nhập nơi nhận báo cáo và tên tỉnh, thành phố.</translation>
    </message>
    <message>
        <source>There is already an identity from %1; rows are never rewritten: enter the change from another date.</source>
        <translation>Đã có thông tin đơn vị từ ngày %1; thông tin cũ không bao giờ bị ghi đè: hãy nhập thay đổi từ một ngày khác.</translation>
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
    <message>
        <source>Only the identity key is handed over.</source>
        <translation>Chỉ khóa danh tính mới được bàn giao.</translation>
    </message>
    <message>
        <source>A chief's signing key is not usable.</source>
        <translation>Khóa ký của một chỉ huy không dùng được.</translation>
    </message>
</context>
<context>
    <name>StationRepo</name>
    <message>
        <source>The station's details could not be read or written.</source>
        <translation>Không đọc hoặc ghi được thông tin đơn vị.</translation>
    </message>
    <message>
        <source>Enter the unit's name.</source>
        <translation>Hãy nhập tên đơn vị.</translation>
    </message>
    <message>
        <source>Enter the superior body.</source>
        <translation>Hãy nhập cơ quan cấp trên.</translation>
    </message>
    <message>
        <source>The commune code has digits only (e.g. 26698).</source>
        <translation>Mã xã chỉ gồm chữ số (ví dụ 26698).</translation>
    </message>
    <message>
        <source>The province code has digits only (e.g. 77).</source>
        <translation>Mã tỉnh chỉ gồm chữ số (ví dụ 77).</translation>
    </message>
    <message>
        <source>Enter the place name for the date line.</source>
        <translation>Hãy nhập địa danh ghi ở dòng ngày tháng.</translation>
    </message>
</context>
<context>
    <name>StatsCommand</name>
    <message>
        <source>Usage: binhyen stats --register FILE [--key-file FILE] --user NAME --month YYYY-MM [--out FILE]</source>
        <translation>Cách dùng: binhyen stats --register TỆP [--key-file TỆP] --user TÊN_ĐĂNG_NHẬP --month YYYY-MM [--out TỆP]</translation>
    </message>
    <message>
        <source>'%1' is not a month (YYYY-MM).</source>
        <translation>“%1” không phải là tháng (YYYY-MM).</translation>
    </message>
    <message>
        <source>The file already exists; BinhYen never overwrites it.</source>
        <translation>Tệp đã tồn tại; BinhYen không bao giờ ghi đè lên tệp.</translation>
    </message>
    <message>
        <source>The figures could not be written.</source>
        <translation>Không ghi được số liệu ra tệp.</translation>
    </message>
</context>
<context>
    <name>StatsDrillRepo</name>
    <message>
        <source>'%1' is not a month (YYYY-MM).</source>
        <translation>'%1' không phải là tháng (YYYY-MM).</translation>
    </message>
    <message>
        <source>'%1' is not a known indicator.</source>
        <translation>'%1' không phải là chỉ tiêu đã biết.</translation>
    </message>
    <message>
        <source>Listing the records behind a figure</source>
        <translation>Đang liệt kê các hồ sơ tạo nên số liệu</translation>
    </message>
</context>
<context>
    <name>StatsRepo</name>
    <message>
        <source>Counting the month's figures</source>
        <translation>Tổng hợp số liệu tháng</translation>
    </message>
    <message>
        <source>'%1' is not a month (YYYY-MM).</source>
        <translation>“%1” không phải là tháng (YYYY-MM).</translation>
    </message>
</context>
<context>
    <name>StatsSeriesRepo</name>
    <message>
        <source>Computing the series of the charts</source>
        <translation>Đang tính số liệu cho biểu đồ</translation>
    </message>
    <message>
        <source>'%1' is not a month (YYYY-MM).</source>
        <translation>'%1' không phải là tháng (YYYY-MM).</translation>
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
    <name>SuggestionRepo</name>
    <message>
        <source>There is no such case.</source>
        <translation>Không có vụ việc này.</translation>
    </message>
    <message>
        <source>There is no such tip.</source>
        <translation>Không có tin báo này.</translation>
    </message>
    <message>
        <source>Looking for suggestions</source>
        <translation>Tìm gợi ý liên kết</translation>
    </message>
</context>
<context>
    <name>TextDecoding</name>
    <message>
        <source>UTF-8</source>
        <translation>UTF-8</translation>
    </message>
    <message>
        <source>UTF-8 with BOM</source>
        <translation>UTF-8 có BOM</translation>
    </message>
    <message>
        <source>Windows-1258 (VN)</source>
        <translation>Windows-1258 (VN)</translation>
    </message>
    <message>
        <source>TCVN3 (ABC)</source>
        <translation>TCVN3 (ABC)</translation>
    </message>
    <message>
        <source>VNI Windows</source>
        <translation>VNI Windows</translation>
    </message>
    <message>
        <source>Unknown encoding</source>
        <translation>Không rõ bảng mã</translation>
    </message>
</context>
<context>
    <name>TipDraftRepo</name>
    <message>
        <source>The draft tip could not be read or written.</source>
        <translation>Không đọc hoặc ghi được bản nháp tin báo.</translation>
    </message>
    <message>
        <source>The station's identity key is not usable.</source>
        <translation>Khóa niêm phong danh tính của đơn vị không dùng được.</translation>
    </message>
</context>
<context>
    <name>TipImport</name>
    <message>
        <source>(not imported)</source>
        <translation>(không nhập)</translation>
    </message>
    <message>
        <source>Old number</source>
        <translation>Số tin cũ</translation>
    </message>
    <message>
        <source>Received at</source>
        <translation>Thời gian tiếp nhận</translation>
    </message>
    <message>
        <source>Channel</source>
        <translation>Kênh tiếp nhận</translation>
    </message>
    <message>
        <source>Classification</source>
        <translation>Phân loại</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Lĩnh vực</translation>
    </message>
    <message>
        <source>Hamlet</source>
        <translation>Ấp</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Địa chỉ</translation>
    </message>
    <message>
        <source>Content</source>
        <translation>Nội dung</translation>
    </message>
    <message>
        <source>Informant</source>
        <translation>Người báo tin</translation>
    </message>
    <message>
        <source>Informant's phone</source>
        <translation>Số điện thoại người báo tin</translation>
    </message>
    <message>
        <source>Receiving officer</source>
        <translation>Cán bộ tiếp nhận</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Trạng thái</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>Kết quả</translation>
    </message>
    <message>
        <source>The received time is missing.</source>
        <translation>Thiếu thời gian tiếp nhận.</translation>
    </message>
    <message>
        <source>The received time "%1" is not a date and time (dd/MM/yyyy HH:mm).</source>
        <translation>Thời gian tiếp nhận "%1" không phải ngày giờ (dd/MM/yyyy HH:mm).</translation>
    </message>
    <message>
        <source>The content is empty.</source>
        <translation>Nội dung trống.</translation>
    </message>
    <message>
        <source>The channel "%1" is not recognised.</source>
        <translation>Không nhận ra kênh tiếp nhận "%1".</translation>
    </message>
    <message>
        <source>The classification "%1" is not recognised.</source>
        <translation>Không nhận ra phân loại "%1".</translation>
    </message>
    <message>
        <source>The category "%1" is new: added as written.</source>
        <translation>Lĩnh vực "%1" chưa có: đã thêm đúng như ghi.</translation>
    </message>
    <message>
        <source>The hamlet "%1" is not known: kept in the address.</source>
        <translation>Không có ấp "%1": giữ nguyên trong địa chỉ.</translation>
    </message>
    <message>
        <source>Receiving officer: %1</source>
        <translation>Cán bộ tiếp nhận: %1</translation>
    </message>
    <message>
        <source>The officer "%1" has no account: kept as text.</source>
        <translation>Cán bộ "%1" không có tài khoản: giữ nguyên tên.</translation>
    </message>
    <message>
        <source>Status in the old register: %1</source>
        <translation>Trạng thái trong sổ cũ: %1</translation>
    </message>
    <message>
        <source>The status "%1" is not recognised: imported as new.</source>
        <translation>Không nhận ra trạng thái "%1": nhập là mới tiếp nhận.</translation>
    </message>
</context>
<context>
    <name>TipImportRepo</name>
    <message>
        <source>Importing the tips</source>
        <translation>Nhập tin báo</translation>
    </message>
    <message>
        <source>The file does not exist.</source>
        <translation>Tệp không tồn tại.</translation>
    </message>
    <message>
        <source>The file is too large to be a register.</source>
        <translation>Tệp quá lớn, không phải là sổ tin báo.</translation>
    </message>
    <message>
        <source>The file cannot be read.</source>
        <translation>Không đọc được tệp.</translation>
    </message>
    <message>
        <source>The file holds no table.</source>
        <translation>Tệp không chứa bảng dữ liệu nào.</translation>
    </message>
    <message>
        <source>This is not a tip register: no column for %1 (first line: %2).</source>
        <translation>Đây không phải sổ tin báo: không có cột %1 (dòng đầu: %2).</translation>
    </message>
    <message>
        <source>(not recorded)</source>
        <translation>(không ghi)</translation>
    </message>
    <message>
        <source>line %1</source>
        <translation>dòng %1</translation>
    </message>
</context>
<context>
    <name>TipIntake</name>
    <message>
        <source>The register could not be read.</source>
        <translation>Không đọc được sổ.</translation>
    </message>
    <message>
        <source>No such tip.</source>
        <translation>Không có tin báo này.</translation>
    </message>
</context>
<context>
    <name>TipListRepo</name>
    <message>
        <source>Reading the tips</source>
        <translation>Đọc danh sách tin báo</translation>
    </message>
</context>
<context>
    <name>TipMatching</name>
    <message>
        <source>%1 day(s)</source>
        <translation>%1 ngày</translation>
    </message>
    <message>
        <source>%1 hour(s)</source>
        <translation>%1 giờ</translation>
    </message>
    <message>
        <source>%1 minute(s)</source>
        <translation>%1 phút</translation>
    </message>
    <message>
        <source>Same %1 %2</source>
        <translation>Cùng %1 %2</translation>
    </message>
    <message>
        <source>Neighbouring %1: %2</source>
        <translation>%1 giáp ranh: %2</translation>
    </message>
    <message>
        <source>Received at %1, when it happened</source>
        <translation>Nhận lúc %1, ngay khi xảy ra</translation>
    </message>
    <message>
        <source>Received at %1, %2 after it happened</source>
        <translation>Nhận lúc %1, %2 sau khi xảy ra</translation>
    </message>
    <message>
        <source>Received at %1, %2 before it happened</source>
        <translation>Nhận lúc %1, %2 trước khi xảy ra</translation>
    </message>
    <message>
        <source>Same licence plate %1</source>
        <translation>Cùng biển số %1</translation>
    </message>
    <message>
        <source>Shared words: %1</source>
        <translation>Cùng từ: %1</translation>
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
    <name>TipWorkflowRepo</name>
    <message>
        <source>Changing the tip</source>
        <translation>Cập nhật tin báo</translation>
    </message>
    <message>
        <source>There is no such tip.</source>
        <translation>Không có tin báo này.</translation>
    </message>
    <message>
        <source>Give a reason.</source>
        <translation>Hãy ghi lý do.</translation>
    </message>
    <message>
        <source>This step is not possible for a tip with the status '%1'.</source>
        <translation>Không thể thực hiện bước này với tin báo đang ở trạng thái '%1'.</translation>
    </message>
    <message>
        <source>Forwarding needs the receiving body and the time.</source>
        <translation>Chuyển tin báo cần ghi cơ quan tiếp nhận và thời gian chuyển.</translation>
    </message>
    <message>
        <source>The forwarding time is in the future.</source>
        <translation>Thời gian chuyển ở tương lai.</translation>
    </message>
    <message>
        <source>A tip cannot be forwarded before it was received.</source>
        <translation>Không thể chuyển tin báo trước thời điểm tiếp nhận.</translation>
    </message>
    <message>
        <source>A tip cannot duplicate itself.</source>
        <translation>Tin báo không thể trùng lặp với chính nó.</translation>
    </message>
    <message>
        <source>A duplicate tip or one outside public order cannot be valuable.</source>
        <translation>Tin báo trùng lặp hoặc không thuộc ANTT không thể là tin có giá trị.</translation>
    </message>
    <message>
        <source>This tip is already proposed or confirmed as valuable.</source>
        <translation>Tin báo này đã được đề xuất hoặc xác nhận là có giá trị.</translation>
    </message>
    <message>
        <source>There is no proposal that this tip was valuable.</source>
        <translation>Chưa có đề xuất tin báo này có giá trị.</translation>
    </message>
    <message>
        <source>The tip changed meanwhile; try again.</source>
        <translation>Tin báo vừa được người khác thay đổi; hãy thử lại.</translation>
    </message>
    <message>
        <source>The verification period has already been extended twice.</source>
        <translation>Thời hạn kiểm tra, xác minh đã được gia hạn hai lần.</translation>
    </message>
    <message>
        <source>Choose a classification.</source>
        <translation>Hãy chọn phân loại tin.</translation>
    </message>
    <message>
        <source>The tip already has this classification.</source>
        <translation>Tin báo đã có phân loại này.</translation>
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
    <name>UserSession</name>
    <message>
        <source>Password of %1 (it is not shown), then Enter:</source>
        <translation>Mật khẩu của %1 (không hiện trên màn hình), rồi nhấn Enter:</translation>
    </message>
    <message>
        <source>No password: set the environment variable BINHYEN_PASSWORD or run the command at a terminal to type it.</source>
        <translation>Chưa có mật khẩu: đặt biến môi trường BINHYEN_PASSWORD hoặc chạy lệnh trong cửa sổ dòng lệnh để gõ mật khẩu.</translation>
    </message>
    <message>
        <source>New password of %1 (it is not shown), then Enter:</source>
        <translation>Mật khẩu mới của %1 (không hiện trên màn hình), rồi nhấn Enter:</translation>
    </message>
    <message>
        <source>Type the same password again, then Enter:</source>
        <translation>Gõ lại đúng mật khẩu đó, rồi nhấn Enter:</translation>
    </message>
    <message>
        <source>The two passwords are not the same.</source>
        <translation>Hai lần gõ mật khẩu không giống nhau.</translation>
    </message>
    <message>
        <source>This command acts as a user: give --user NAME (the password is asked for).</source>
        <translation>Lệnh này được thực hiện với tư cách một người dùng: hãy ghi --user TÊN_ĐĂNG_NHẬP (mật khẩu sẽ được hỏi).</translation>
    </message>
</context>
<context>
    <name>VerifyPackageCommand</name>
    <message>
        <source>Month: %1</source>
        <translation>Tháng: %1</translation>
    </message>
    <message>
        <source>Status: draft (not locked)</source>
        <translation>Tình trạng: dự thảo (chưa khóa số liệu)</translation>
    </message>
    <message>
        <source>Status: issued, number %1</source>
        <translation>Tình trạng: đã ban hành, số %1</translation>
    </message>
    <message>
        <source>Unit: %1 (%2)</source>
        <translation>Đơn vị: %1 (%2)</translation>
    </message>
    <message>
        <source>Key fingerprint: %1</source>
        <translation>Dấu vân tay khóa: %1</translation>
    </message>
    <message>
        <source>Usage: binhyen verify-package FILE [--public-key KEY]</source>
        <translation>Cách dùng: binhyen verify-package TỆP [--public-key KHÓA]</translation>
    </message>
    <message>
        <source>--public-key needs the station's public key: 44 characters of base64, or a file holding them.</source>
        <translation>--public-key cần khóa công khai của đơn vị: 44 ký tự base64, hoặc một tệp chứa khóa đó.</translation>
    </message>
    <message>
        <source>Error: %1</source>
        <translation>Lỗi: %1</translation>
    </message>
    <message>
        <source>The package cannot be read: %1</source>
        <translation>Không đọc được gói báo cáo: %1</translation>
    </message>
</context>
<context>
    <name>ZaloModerationRepo</name>
    <message>
        <source>Recording the group's moderation</source>
        <translation>Ghi nhận việc quản lý thành viên nhóm</translation>
    </message>
    <message>
        <source>Choose whether members were warned or removed.</source>
        <translation>Chọn thành viên bị nhắc nhở hay bị loại khỏi nhóm.</translation>
    </message>
    <message>
        <source>Enter the date.</source>
        <translation>Nhập ngày.</translation>
    </message>
    <message>
        <source>The number of members must be at least 1.</source>
        <translation>Số thành viên phải từ 1 trở lên.</translation>
    </message>
    <message>
        <source>This model is not a hamlet Zalo group.</source>
        <translation>Mô hình này không phải là nhóm Zalo của ấp, khu phố.</translation>
    </message>
    <message>
        <source>The group "%1" was not running on %2.</source>
        <translation>Nhóm "%1" không hoạt động vào ngày %2.</translation>
    </message>
</context>
<context>
    <name>ZaloNotice</name>
    <message>
        <source>The commune police</source>
        <translation>Công an xã</translation>
    </message>
    <message>
        <source>%1 informs residents:</source>
        <translation>%1 thông báo đến bà con:</translation>
    </message>
    <message>
        <source>Incident: %1</source>
        <translation>Vụ việc: %1</translation>
    </message>
    <message>
        <source>Time: %1</source>
        <translation>Thời gian: %1</translation>
    </message>
    <message>
        <source>Place: %1</source>
        <translation>Địa điểm: %1</translation>
    </message>
    <message>
        <source>Suspect: %1</source>
        <translation>Đặc điểm đối tượng: %1</translation>
    </message>
    <message>
        <source>Stolen vehicle: %1</source>
        <translation>Phương tiện bị mất: %1</translation>
    </message>
    <message>
        <source>Plate number: %1</source>
        <translation>Biển số: %1</translation>
    </message>
    <message>
        <source>Anyone who sees this person or vehicle, please tell the commune police at once.</source>
        <translation>Bà con nào phát hiện người hoặc phương tiện nêu trên, xin báo ngay cho Công an xã.</translation>
    </message>
    <message>
        <source>Anyone who sees this person or vehicle, please call the commune police at once: %1</source>
        <translation>Bà con nào phát hiện người hoặc phương tiện nêu trên, xin gọi ngay cho Công an xã: %1</translation>
    </message>
    <message>
        <source>Do not chase or detain anyone yourself.</source>
        <translation>Bà con không tự ý truy đuổi, bắt giữ.</translation>
    </message>
    <message>
        <source>Thank you.</source>
        <translation>Xin cảm ơn bà con!</translation>
    </message>
    <message>
        <source>Looking for a lost person: %1</source>
        <translation>Tìm người đi lạc: %1</translation>
    </message>
    <message>
        <source>Age: %1</source>
        <translation>Tuổi: %1</translation>
    </message>
    <message>
        <source>Missing since: %1</source>
        <translation>Đi khỏi nhà từ: %1</translation>
    </message>
    <message>
        <source>Last seen: %1</source>
        <translation>Nơi nhìn thấy lần cuối: %1</translation>
    </message>
    <message>
        <source>Description: %1</source>
        <translation>Đặc điểm nhận dạng: %1</translation>
    </message>
    <message>
        <source>Anyone who sees this person, please keep them safe and tell the commune police at once.</source>
        <translation>Bà con nào gặp người có đặc điểm trên, xin giữ người đó ở nơi an toàn và báo ngay cho Công an xã.</translation>
    </message>
    <message>
        <source>Anyone who sees this person, please keep them safe and call the commune police at once: %1</source>
        <translation>Bà con nào gặp người có đặc điểm trên, xin giữ người đó ở nơi an toàn và gọi ngay cho Công an xã: %1</translation>
    </message>
</context>
<context>
    <name>ZaloNoticeRepo</name>
    <message>
        <source>Recording the notice</source>
        <translation>Ghi nhận thông báo</translation>
    </message>
    <message>
        <source>The notice's text is empty.</source>
        <translation>Nội dung thông báo đang trống.</translation>
    </message>
    <message>
        <source>Outside office hours (%1). The hamlet Zalo groups take posts in office hours only, unless urgent. Next opening: %2.</source>
        <translation>Ngoài giờ hành chính (%1). Nhóm Zalo của các ấp chỉ đăng tin trong giờ hành chính, trừ tin khẩn. Giờ hành chính tiếp theo: %2.</translation>
    </message>
    <message>
        <source>There is no such case.</source>
        <translation>Không có vụ việc này.</translation>
    </message>
    <message>
        <source>Posted to: %1</source>
        <translation>Đã đăng lên: %1</translation>
    </message>
    <message>
        <source>There is no such tip.</source>
        <translation>Không có tin báo này.</translation>
    </message>
</context>
<context>
    <name>binhyen::AccountListModel</name>
    <message>
        <source>Locked until %1</source>
        <translation>Bị khóa đến %1</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>Đang hoạt động</translation>
    </message>
    <message>
        <source>Deactivated</source>
        <translation>Đã vô hiệu hóa</translation>
    </message>
    <message>
        <source>User name</source>
        <translation>Tên đăng nhập</translation>
    </message>
    <message>
        <source>Full name</source>
        <translation>Họ và tên</translation>
    </message>
    <message>
        <source>Rank</source>
        <translation>Cấp bậc</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Vai trò</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Trạng thái</translation>
    </message>
    <message>
        <source>Must change the password at the next logon</source>
        <translation>Phải đổi mật khẩu ở lần đăng nhập tới</translation>
    </message>
    <message>
        <source>Logon lock</source>
        <translation>Khóa đăng nhập</translation>
    </message>
</context>
<context>
    <name>binhyen::AuditListModel</name>
    <message>
        <source>Logon</source>
        <translation>Đăng nhập</translation>
    </message>
    <message>
        <source>Failed logon</source>
        <translation>Đăng nhập thất bại</translation>
    </message>
    <message>
        <source>Logoff</source>
        <translation>Đăng xuất</translation>
    </message>
    <message>
        <source>Screen locked</source>
        <translation>Khóa màn hình</translation>
    </message>
    <message>
        <source>Screen unlocked</source>
        <translation>Mở khóa màn hình</translation>
    </message>
    <message>
        <source>Informant identity sealed</source>
        <translation>Niêm phong danh tính người báo tin</translation>
    </message>
    <message>
        <source>Informant identity revealed</source>
        <translation>Xem danh tính người báo tin</translation>
    </message>
    <message>
        <source>Informant pseudonyms merged</source>
        <translation>Gộp bí danh người báo tin</translation>
    </message>
    <message>
        <source>Identity key renewed</source>
        <translation>Thay mới khóa niêm phong danh tính</translation>
    </message>
    <message>
        <source>Identity key alarm</source>
        <translation>Cảnh báo khóa niêm phong danh tính</translation>
    </message>
    <message>
        <source>Tip recorded</source>
        <translation>Tiếp nhận tin báo</translation>
    </message>
    <message>
        <source>Tip changed</source>
        <translation>Sửa tin báo</translation>
    </message>
    <message>
        <source>Tip forwarded</source>
        <translation>Chuyển tin báo</translation>
    </message>
    <message>
        <source>Case opened</source>
        <translation>Mở vụ việc</translation>
    </message>
    <message>
        <source>Case changed</source>
        <translation>Sửa vụ việc</translation>
    </message>
    <message>
        <source>Account created</source>
        <translation>Tạo tài khoản</translation>
    </message>
    <message>
        <source>Account enabled</source>
        <translation>Cấp mật khẩu cho tài khoản</translation>
    </message>
    <message>
        <source>Password changed</source>
        <translation>Đổi mật khẩu</translation>
    </message>
    <message>
        <source>Password reset</source>
        <translation>Đặt lại mật khẩu</translation>
    </message>
    <message>
        <source>Password reset with the recovery key</source>
        <translation>Đặt lại mật khẩu bằng khóa khôi phục</translation>
    </message>
    <message>
        <source>Account deactivated</source>
        <translation>Vô hiệu hóa tài khoản</translation>
    </message>
    <message>
        <source>Account reactivated</source>
        <translation>Kích hoạt lại tài khoản</translation>
    </message>
    <message>
        <source>Role changed</source>
        <translation>Đổi vai trò</translation>
    </message>
    <message>
        <source>Audit checkpoint</source>
        <translation>Điểm kiểm tra nhật ký</translation>
    </message>
    <message>
        <source>Backup made</source>
        <translation>Sao lưu</translation>
    </message>
    <message>
        <source>Backup restored</source>
        <translation>Khôi phục bản sao lưu</translation>
    </message>
    <message>
        <source>Printed</source>
        <translation>In</translation>
    </message>
    <message>
        <source>Exported</source>
        <translation>Xuất dữ liệu</translation>
    </message>
    <message>
        <source>System clock moved</source>
        <translation>Đồng hồ hệ thống bị chỉnh</translation>
    </message>
    <message>
        <source>Tip</source>
        <translation>Tin báo</translation>
    </message>
    <message>
        <source>Case</source>
        <translation>Vụ việc</translation>
    </message>
    <message>
        <source>Account</source>
        <translation>Tài khoản</translation>
    </message>
    <message>
        <source>Informant</source>
        <translation>Người báo tin</translation>
    </message>
    <message>
        <source>Backup</source>
        <translation>Bản sao lưu</translation>
    </message>
    <message>
        <source>Register</source>
        <translation>Sổ</translation>
    </message>
    <message>
        <source>Station</source>
        <translation>Đơn vị</translation>
    </message>
    <message>
        <source>Checkpoint</source>
        <translation>Điểm kiểm tra</translation>
    </message>
    <message>
        <source>Person</source>
        <translation>Nhân khẩu</translation>
    </message>
    <message>
        <source>Report</source>
        <translation>Báo cáo</translation>
    </message>
    <message>
        <source>(application)</source>
        <translation>(phần mềm)</translation>
    </message>
    <message>
        <source>%1 #%2</source>
        <translation>%1 #%2</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Thời điểm</translation>
    </message>
    <message>
        <source>User</source>
        <translation>Người dùng</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Thao tác</translation>
    </message>
    <message>
        <source>Record</source>
        <translation>Đối tượng</translation>
    </message>
    <message>
        <source>Detail</source>
        <translation>Chi tiết</translation>
    </message>
    <message>
        <source>Existing record vouched for by a chief</source>
        <translation>Chỉ huy xác nhận bản ghi có sẵn</translation>
    </message>
    <message>
        <source>Informant identity sealed again</source>
        <translation>Niêm phong lại danh tính người báo tin</translation>
    </message>
    <message>
        <source>(sealed)</source>
        <translation>(đã niêm phong)</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>%1: %2 → %3</source>
        <translation>%1: %2 → %3</translation>
    </message>
    <message>
        <source>Tip status changed</source>
        <translation>Đổi trạng thái tin báo</translation>
    </message>
    <message>
        <source>Valuable tip proposed or decided</source>
        <translation>Đề nghị / quyết định tin có giá trị</translation>
    </message>
    <message>
        <source>Verification period extended</source>
        <translation>Gia hạn thời hạn xác minh</translation>
    </message>
    <message>
        <source>Tip classified</source>
        <translation>Phân loại tin báo</translation>
    </message>
    <message>
        <source>Tip assigned</source>
        <translation>Giao tin báo</translation>
    </message>
    <message>
        <source>Legal form printed</source>
        <translation>In biểu mẫu pháp lý</translation>
    </message>
    <message>
        <source>Legal form saved as a file</source>
        <translation>Lưu biểu mẫu pháp lý ra tệp</translation>
    </message>
    <message>
        <source>Notice posted to the Zalo groups</source>
        <translation>Đăng thông báo lên nhóm Zalo</translation>
    </message>
    <message>
        <source>Case status changed</source>
        <translation>Đổi trạng thái vụ việc</translation>
    </message>
    <message>
        <source>Case closure proposed</source>
        <translation>Đề nghị kết thúc vụ việc</translation>
    </message>
    <message>
        <source>Case closure reviewed</source>
        <translation>Duyệt đề nghị kết thúc vụ việc</translation>
    </message>
    <message>
        <source>Case assigned</source>
        <translation>Giao vụ việc</translation>
    </message>
    <message>
        <source>Case timeline event</source>
        <translation>Diễn biến vụ việc</translation>
    </message>
    <message>
        <source>Tip linked to a case</source>
        <translation>Liên kết tin báo với vụ việc</translation>
    </message>
    <message>
        <source>Tip unlinked from a case</source>
        <translation>Bỏ liên kết tin báo khỏi vụ việc</translation>
    </message>
    <message>
        <source>Tip's contribution to a case marked</source>
        <translation>Đánh dấu tin báo góp phần làm rõ vụ việc</translation>
    </message>
    <message>
        <source>Link note changed</source>
        <translation>Sửa ghi chú liên kết</translation>
    </message>
    <message>
        <source>Person added to a case</source>
        <translation>Thêm người vào vụ việc</translation>
    </message>
    <message>
        <source>Person removed from a case</source>
        <translation>Bỏ người khỏi vụ việc</translation>
    </message>
    <message>
        <source>Suspect outcome recorded</source>
        <translation>Ghi kết quả xử lý đối tượng</translation>
    </message>
    <message>
        <source>Person recorded</source>
        <translation>Thêm hồ sơ người</translation>
    </message>
    <message>
        <source>Person changed</source>
        <translation>Sửa hồ sơ người</translation>
    </message>
    <message>
        <source>Duplicate persons merged</source>
        <translation>Gộp hồ sơ người trùng nhau</translation>
    </message>
    <message>
        <source>Person record removed by a merge</source>
        <translation>Xóa hồ sơ người do gộp</translation>
    </message>
    <message>
        <source>Neighbouring hamlets changed</source>
        <translation>Sửa danh sách ấp giáp ranh</translation>
    </message>
    <message>
        <source>Settings changed</source>
        <translation>Thay đổi cài đặt</translation>
    </message>
    <message>
        <source>Hamlet</source>
        <translation>Ấp, khu phố</translation>
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
    <message>
        <source>Linked tips that contributed to the result</source>
        <translation>Tin báo liên kết đã góp phần vào kết quả</translation>
    </message>
    <message>
        <source>Opened at</source>
        <translation>Ngày thụ lý</translation>
    </message>
    <message>
        <source>Review</source>
        <translation>Duyệt</translation>
    </message>
    <message>
        <source>Tips</source>
        <translation>Tin báo</translation>
    </message>
    <message>
        <source>Contributed</source>
        <translation>Góp phần</translation>
    </message>
</context>
<context>
    <name>binhyen::SessionController</name>
    <message>
        <source>&amp;Lock the screen</source>
        <translation>&amp;Khóa màn hình</translation>
    </message>
    <message>
        <source>Security alarm</source>
        <translation>Cảnh báo an ninh</translation>
    </message>
    <message>
        <source>BinhYen found signs that the register was changed outside the program. Check the audit trail (Administration → Audit trail) and the backups.</source>
        <translation>Bình Yên phát hiện dấu hiệu sổ đã bị sửa ngoài chương trình. Hãy kiểm tra nhật ký kiểm tra (Quản trị → Nhật ký kiểm tra) và các bản sao lưu.</translation>
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
    <message>
        <source>Informant</source>
        <translation>Người báo tin</translation>
    </message>
</context>
<context>
    <name>binhyen::TipWindowModel</name>
    <message>
        <source>Due</source>
        <translation>Hạn xử lý</translation>
    </message>
</context>
<context>
    <name>binhyen::ui::AccountFormDialog</name>
    <message>
        <source>New account</source>
        <translation>Tạo tài khoản</translation>
    </message>
    <message>
        <source>e.g. canbo3 (letters without accents, digits)</source>
        <translation>VD: canbo3 (chữ không dấu, chữ số)</translation>
    </message>
    <message>
        <source>e.g. Thiếu úy</source>
        <translation>VD: Thiếu úy</translation>
    </message>
    <message>
        <source>e.g. Cán bộ Công an xã</source>
        <translation>VD: Cán bộ Công an xã</translation>
    </message>
    <message>
        <source>&amp;User name:</source>
        <translation>&amp;Tên đăng nhập:</translation>
    </message>
    <message>
        <source>&amp;Full name:</source>
        <translation>&amp;Họ và tên:</translation>
    </message>
    <message>
        <source>R&amp;ank:</source>
        <translation>&amp;Cấp bậc:</translation>
    </message>
    <message>
        <source>&amp;Position:</source>
        <translation>C&amp;hức vụ:</translation>
    </message>
    <message>
        <source>R&amp;ole:</source>
        <translation>&amp;Vai trò:</translation>
    </message>
    <message>
        <source>&amp;Create account</source>
        <translation>Tạ&amp;o tài khoản</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Hủy</translation>
    </message>
    <message>
        <source>Type the user name and the full name.</source>
        <translation>Hãy nhập tên đăng nhập và họ tên.</translation>
    </message>
</context>
<context>
    <name>binhyen::ui::AccountsDialog</name>
    <message>
        <source>Accounts</source>
        <translation>Tài khoản</translation>
    </message>
    <message>
        <source>Accounts are never deleted: an account no longer in use is deactivated, and everything it did stays in the audit trail.</source>
        <translation>Tài khoản không bao giờ bị xóa: tài khoản không còn dùng thì được vô hiệu hóa, và mọi việc tài khoản đã làm vẫn còn trong nhật ký kiểm tra.</translation>
    </message>
    <message>
        <source>&amp;New account…</source>
        <translation>&amp;Tạo tài khoản…</translation>
    </message>
    <message>
        <source>&amp;Reset password…</source>
        <translation>Đặt &amp;lại mật khẩu…</translation>
    </message>
    <message>
        <source>&amp;Deactivate</source>
        <translation>&amp;Vô hiệu hóa</translation>
    </message>
    <message>
        <source>Renew the identity &amp;sealing key…</source>
        <translation>Thay mới khóa &amp;niêm phong danh tính…</translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation>Đón&amp;g</translation>
    </message>
    <message>
        <source>Re&amp;activate</source>
        <translation>&amp;Kích hoạt lại</translation>
    </message>
    <message>
        <source>Account %1 created. Its user must change the temporary password at the first logon.</source>
        <translation>Đã tạo tài khoản %1. Người dùng phải đổi mật khẩu tạm ở lần đăng nhập đầu tiên.</translation>
    </message>
    <message>
        <source>The password of %1 was reset; it must be changed at the next logon.</source>
        <translation>Đã đặt lại mật khẩu của %1; phải đổi mật khẩu ở lần đăng nhập tới.</translation>
    </message>
    <message>
        <source>Deactivate account</source>
        <translation>Vô hiệu hóa tài khoản</translation>
    </message>
    <message>
        <source>Deactivate the account %1 (%2)? It can no longer log on; it is kept, with everything it did, and can be reactivated.</source>
        <translation>Vô hiệu hóa tài khoản %1 (%2)? Tài khoản sẽ không đăng nhập được nữa; tài khoản và mọi việc đã làm vẫn được giữ lại, và có thể kích hoạt lại.</translation>
    </message>
    <message>
        <source>Account %1 reactivated.</source>
        <translation>Đã kích hoạt lại tài khoản %1.</translation>
    </message>
    <message>
        <source>Account %1 deactivated.</source>
        <translation>Đã vô hiệu hóa tài khoản %1.</translation>
    </message>
    <message>
        <source>Renew the identity sealing key</source>
        <translation>Thay mới khóa niêm phong danh tính</translation>
    </message>
    <message>
        <source>%1 was a chief and could open sealed informant identities. Renew the identity sealing key now, so the old key no longer opens them? This needs the recovery key.</source>
        <translation>%1 là chỉ huy và đã có thể mở danh tính người báo tin được niêm phong. Thay mới khóa niêm phong danh tính ngay để khóa cũ không mở được nữa? Việc này cần khóa khôi phục.</translation>
    </message>
    <message>
        <source>Renewing the identity sealing key re-seals every informant identity under a new key pair. It needs the station's recovery key.</source>
        <translation>Thay mới khóa niêm phong danh tính sẽ niêm phong lại mọi danh tính người báo tin bằng cặp khóa mới. Việc này cần khóa khôi phục của đơn vị.</translation>
    </message>
    <message>
        <source>The identity sealing key was not renewed</source>
        <translation>Chưa thay mới được khóa niêm phong danh tính</translation>
    </message>
    <message>
        <source>The identity sealing key was renewed; %1 identities were sealed again.</source>
        <translation>Đã thay mới khóa niêm phong danh tính; đã niêm phong lại %1 danh tính.</translation>
    </message>
</context>
<context>
    <name>binhyen::ui::ActionDialog</name>
    <message>
        <source>(required)</source>
        <translation>(bắt buộc)</translation>
    </message>
    <message>
        <source>(optional)</source>
        <translation>(không bắt buộc)</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Lưu</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Hủy</translation>
    </message>
</context>
<context>
    <name>binhyen::ui::ActivitiesTab</name>
    <message>
        <source>Date</source>
        <translation>Ngày</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Loại</translation>
    </message>
    <message>
        <source>Hamlet</source>
        <translation>Ấp</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Nội dung</translation>
    </message>
    <message>
        <source>Attendance</source>
        <translation>Số người dự</translation>
    </message>
    <message>
        <source>Model</source>
        <translation>Mô hình</translation>
    </message>
    <message>
        <source>Officer</source>
        <translation>Cán bộ</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Ghi chú</translation>
    </message>
    <message>
        <source>&amp;New activity…</source>
        <translation>Thêm &amp;mới…</translation>
    </message>
    <message>
        <source>Activities</source>
        <translation>Hoạt động</translation>
    </message>
    <message>
        <source>Activities: %1 · attending in all: %2</source>
        <translation>Số buổi: %1 · tổng số người dự: %2</translation>
    </message>
    <message>
        <source>Activity</source>
        <translation>Hoạt động</translation>
    </message>
</context>
<context>
    <name>binhyen::ui::ActivityDialog</name>
    <message>
        <source>New activity</source>
        <translation>Thêm hoạt động</translation>
    </message>
    <message>
        <source>(commune-wide)</source>
        <translation>(toàn xã)</translation>
    </message>
    <message>
        <source>&amp;Held on:</source>
        <translation>&amp;Ngày tổ chức:</translation>
    </message>
    <message>
        <source>&amp;Kind:</source>
        <translation>&amp;Loại:</translation>
    </message>
    <message>
        <source>Ha&amp;mlet:</source>
        <translation>Ấ&amp;p:</translation>
    </message>
    <message>
        <source>M&amp;odel:</source>
        <translation>&amp;Mô hình:</translation>
    </message>
    <message>
        <source>&amp;Title:</source>
        <translation>Nội &amp;dung:</translation>
    </message>
    <message>
        <source>&amp;Attendance:</source>
        <translation>&amp;Số người dự:</translation>
    </message>
    <message>
        <source>&amp;Note:</source>
        <translation>&amp;Ghi chú:</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>Lư&amp;u</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Hủy</translation>
    </message>
</context>
<context>
    <name>binhyen::ui::AuditDialog</name>
    <message>
        <source>Audit trail</source>
        <translation>Nhật ký kiểm tra</translation>
    </message>
    <message>
        <source>&amp;Check integrity</source>
        <translation>&amp;Kiểm tra toàn vẹn</translation>
    </message>
    <message>
        <source>Checks the chain of the audit trail, every signature and checkpoint, and each audited record against its last recorded state</source>
        <translation>Kiểm tra chuỗi nhật ký, mọi chữ ký và điểm kiểm tra, và đối chiếu từng bản ghi với trạng thái được ghi lần cuối</translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation>Đón&amp;g</translation>
    </message>
    <message>
        <source>&amp;User:</source>
        <translation>&amp;Người dùng:</translation>
    </message>
    <message>
        <source>&amp;Record:</source>
        <translation>Đối &amp;tượng:</translation>
    </message>
    <message>
        <source>All records</source>
        <translation>Tất cả</translation>
    </message>
    <message>
        <source>&amp;From</source>
        <translation>Từ &amp;ngày</translation>
    </message>
    <message>
        <source>&amp;To</source>
        <translation>Đế&amp;n ngày</translation>
    </message>
    <message>
        <source>All users</source>
        <translation>Tất cả người dùng</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Showing the %1 newest entries</source>
        <translation>Hiển thị %1 dòng mới nhất</translation>
    </message>
    <message>
        <source>%1 entries</source>
        <translation>%1 dòng</translation>
    </message>
    <message>
        <source>The audit trail has been altered: %1</source>
        <translation>Nhật ký kiểm tra đã bị sửa đổi: %1</translation>
    </message>
    <message>
        <source>The audit trail is intact (%1 entries checked).</source>
        <translation>Nhật ký kiểm tra toàn vẹn (đã kiểm tra %1 dòng).</translation>
    </message>
    <message>
        <source>%1 entries after the last checkpoint are not yet signed by a chief.</source>
        <translation>%1 dòng sau điểm kiểm tra cuối chưa được chỉ huy ký xác nhận.</translation>
    </message>
</context>
<context>
    <name>binhyen::ui::CaseDetailsTab</name>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Lưu</translation>
    </message>
    <message>
        <source>Save the case's fields (Ctrl+S)</source>
        <translation>Lưu thông tin vụ việc (Ctrl+S)</translation>
    </message>
    <message>
        <source>&amp;Assign</source>
        <translation>&amp;Giao</translation>
    </message>
    <message>
        <source>Set s&amp;tatus</source>
        <translation>Đổi &amp;trạng thái</translation>
    </message>
    <message>
        <source>&amp;Propose closure…</source>
        <translation>Đề &amp;xuất kết thúc…</translation>
    </message>
    <message>
        <source>Appro&amp;ve closure…</source>
        <translation>&amp;Duyệt kết thúc…</translation>
    </message>
    <message>
        <source>Send &amp;back…</source>
        <translation>T&amp;rả lại…</translation>
    </message>
    <message>
        <source>Work on the case</source>
        <translation>Giải quyết vụ việc</translation>
    </message>
    <message>
        <source>Officer in &amp;charge</source>
        <translation>Cán bộ &amp;thụ lý</translation>
    </message>
    <message>
        <source>Stat&amp;us</source>
        <translation>Trạng th&amp;ái</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>Kết quả</translation>
    </message>
    <message>
        <source>Closure</source>
        <translation>Kết thúc</translation>
    </message>
    <message>
        <source>(nobody)</source>
        <translation>(chưa giao)</translation>
    </message>
    <message>
        <source>The case's lists could not be loaded</source>
        <translation>Không tải được các danh mục của vụ việc</translation>
    </message>
    <message>
        <source>(none yet)</source>
        <translation>(chưa có)</translation>
    </message>
    <message>
        <source>proposed as solved</source>
        <translation>đề xuất: đã làm rõ</translation>
    </message>
    <message>
        <source>proposed as unsolved</source>
        <translation>đề xuất: chưa làm rõ</translation>
    </message>
    <message>
        <source>Proposed by %1 on %2</source>
        <translation>Do %1 đề xuất lúc %2</translation>
    </message>
    <message>
        <source>The case is closed.</source>
        <translation>Vụ việc đã kết thúc.</translation>
    </message>
    <message>
        <source>Your role may not change cases.</source>
        <translation>Vai trò của bạn không được sửa vụ việc.</translation>
    </message>
    <message>
        <source>Only the station chief assigns a case.</source>
        <translation>Chỉ Trưởng Công an xã mới giao vụ việc.</translation>
    </message>
    <message>
        <source>The closure waits for the chief's review.</source>
        <translation>Đề xuất kết thúc đang chờ Trưởng Công an xã duyệt.</translation>
    </message>
    <message>
        <source>A closure proposal already waits for the chief.</source>
        <translation>Đã có đề xuất kết thúc đang chờ Trưởng Công an xã duyệt.</translation>
    </message>
    <message>
        <source>Your role may not propose a closure.</source>
        <translation>Vai trò của bạn không được đề xuất kết thúc vụ việc.</translation>
    </message>
    <message>
        <source>Only the station chief approves a closure.</source>
        <translation>Chỉ Trưởng Công an xã mới duyệt kết thúc vụ việc.</translation>
    </message>
    <message>
        <source>No closure proposal waits for review.</source>
        <translation>Không có đề xuất kết thúc nào đang chờ duyệt.</translation>
    </message>
    <message>
        <source>Save the case</source>
        <translation>Lưu vụ việc</translation>
    </message>
    <message>
        <source>Assign the case</source>
        <translation>Giao vụ việc</translation>
    </message>
    <message>
        <source>Set the status</source>
        <translation>Đổi trạng thái</translation>
    </message>
    <message>
        <source>Propose closing case %1</source>
        <translation>Đề xuất kết thúc vụ việc %1</translation>
    </message>
    <message>
        <source>The outcome of the case (what was done, what was found):</source>
        <translation>Kết quả giải quyết vụ việc (đã làm gì, làm rõ được gì):</translation>
    </message>
    <message>
        <source>The case was &amp;solved</source>
        <translation>Vụ việc đã được &amp;làm rõ</translation>
    </message>
    <message>
        <source>Approve closing case %1</source>
        <translation>Duyệt kết thúc vụ việc %1</translation>
    </message>
    <message>
        <source>Your comment (optional):</source>
        <translation>Ý kiến của đồng chí (không bắt buộc):</translation>
    </message>
    <message>
        <source>Send case %1 back</source>
        <translation>Trả lại vụ việc %1</translation>
    </message>
    <message>
        <source>Why is the closure sent back? The officer will see your comment:</source>
        <translation>Vì sao trả lại đề xuất kết thúc? Cán bộ thụ lý sẽ thấy ý kiến này:</translation>
    </message>
</context>
<context>
    <name>binhyen::ui::CaseFields</name>
    <message>
        <source>dd/MM/yyyy HH:mm (empty when unknown)</source>
        <translation>dd/MM/yyyy HH:mm (để trống nếu chưa rõ)</translation>
    </message>
    <message>
        <source>&amp;Title</source>
        <translation>&amp;Tên vụ việc</translation>
    </message>
    <message>
        <source>T&amp;ype</source>
        <translation>&amp;Loại vụ việc</translation>
    </message>
    <message>
        <source>&amp;Occurred at</source>
        <translation>Thời điểm &amp;xảy ra</translation>
    </message>
    <message>
        <source>&amp;Hamlet</source>
        <translation>Ấ&amp;p/khu phố</translation>
    </message>
    <message>
        <source>A&amp;ddress</source>
        <translation>Đị&amp;a chỉ</translation>
    </message>
    <message>
        <source>Su&amp;mmary</source>
        <translation>Tóm tắt &amp;nội dung</translation>
    </message>
    <message>
        <source>(no hamlet)</source>
        <translation>(không thuộc ấp nào)</translation>
    </message>
    <message>
        <source>Please give the case a title.</source>
        <translation>Vui lòng nhập tên vụ việc.</translation>
    </message>
    <message>
        <source>Write the time it occurred as dd/MM/yyyy HH:mm, or leave it empty when unknown.</source>
        <translation>Nhập thời điểm xảy ra theo dạng dd/MM/yyyy HH:mm, hoặc để trống nếu chưa rõ.</translation>
    </message>
</context>
<context>
    <name>binhyen::ui::CaseLinksTab</name>
    <message>
        <source>No.</source>
        <translation>Số</translation>
    </message>
    <message>
        <source>Received at</source>
        <translation>Thời điểm tiếp nhận</translation>
    </message>
    <message>
        <source>Hamlet</source>
        <translation>Ấp/khu phố</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>Tóm tắt</translation>
    </message>
    <message>
        <source>Valuable</source>
        <translation>Có giá trị</translation>
    </message>
    <message>
        <source>Contributed</source>
        <translation>Góp phần</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Ghi chú</translation>
    </message>
    <message>
        <source>&amp;Unlink…</source>
        <translation>&amp;Bỏ liên kết…</translation>
    </message>
    <message>
        <source>Why it is suggested</source>
        <translation>Lý do gợi ý</translation>
    </message>
    <message>
        <source>&amp;Link to this case…</source>
        <translation>&amp;Liên kết vào vụ việc…</translation>
    </message>
    <message>
        <source>Tips &amp;linked to the case</source>
        <translation>&amp;Tin báo đã liên kết</translation>
    </message>
    <message>
        <source>&amp;Suggested tips</source>
        <translation>Tin báo &amp;gợi ý</translation>
    </message>
    <message>
        <source>The linked tips could not be read</source>
        <translation>Không đọc được các tin báo liên kết</translation>
    </message>
    <message>
        <source>&amp;Suggested tips (%1)</source>
        <translation>Tin báo &amp;gợi ý (%1)</translation>
    </message>
    <message>
        <source>Whether the tip helped the result (the chief decides, with a reason)</source>
        <translation>Tin báo có góp phần vào kết quả không (Trưởng Công an xã quyết định, ghi rõ lý do)</translation>
    </message>
    <message>
        <source>Only the station chief marks a tip as having contributed.</source>
        <translation>Chỉ Trưởng Công an xã mới xác nhận tin báo góp phần vào kết quả.</translation>
    </message>
    <message>
        <source>Double-click or F2 to edit the note</source>
        <translation>Nhấp đúp hoặc nhấn F2 để sửa ghi chú</translation>
    </message>
    <message>
        <source>Only the station chief unlinks a tip.</source>
        <translation>Chỉ Trưởng Công an xã mới bỏ liên kết tin báo.</translation>
    </message>
    <message>
        <source>Unlink the selected tip from the case, with the reason</source>
        <translation>Bỏ liên kết tin báo đang chọn khỏi vụ việc, ghi rõ lý do</translation>
    </message>
    <message>
        <source>Link the selected suggested tip to this case</source>
        <translation>Liên kết tin báo gợi ý đang chọn vào vụ việc này</translation>
    </message>
    <message>
        <source>The case is closed, or your role may not link tips.</source>
        <translation>Vụ việc đã kết thúc, hoặc vai trò của bạn không được liên kết tin báo.</translation>
    </message>
    <message>
        <source>Change the note</source>
        <translation>Sửa ghi chú</translation>
    </message>
    <message>
        <source>Tip %1 contributed</source>
        <translation>Tin báo %1 góp phần vào kết quả</translation>
    </message>
    <message>
        <source>Tip %1 did not contribute</source>
        <translation>Tin báo %1 không góp phần vào kết quả</translation>
    </message>
    <message>
        <source>Why did tip %1 contribute to the result of the case?</source>
        <translation>Tin báo %1 đã góp phần vào kết quả giải quyết vụ việc như thế nào?</translation>
    </message>
    <message>
        <source>Why did tip %1 not contribute to the result?</source>
        <translation>Vì sao tin báo %1 không góp phần vào kết quả?</translation>
    </message>
    <message>
        <source>Link tip %1</source>
        <translation>Liên kết tin báo %1</translation>
    </message>
    <message>
        <source>A note on the link (optional):</source>
        <translation>Ghi chú về liên kết (không bắt buộc):</translation>
    </message>
    <message>
        <source>Unlink tip %1</source>
        <translation>Bỏ liên kết tin báo %1</translation>
    </message>
    <message>
        <source>Why is tip %1 unlinked from the case?</source>
        <translation>Vì sao bỏ liên kết tin báo %1 khỏi vụ việc?</translation>
    </message>
</context>
<context>
    <name>binhyen::ui::CaseListPage</name>
    <message>
        <source>Search cases: words without accents are fine (cay cam, trom xe may)</source>
        <translation>Tìm vụ việc: gõ không dấu cũng được (cay cam, trom xe may)</translation>
    </message>
    <message>
        <source>All statuses</source>
        <translation>Mọi trạng thái</translation>
    </message>
    <message>
        <source>&amp;Mine</source>
        <translation>Của tôi (&amp;M)</translation>
    </message>
    <message>
        <source>Only the cases assigned to me</source>
        <translation>Chỉ các vụ việc giao cho tôi</translation>
    </message>
    <message>
        <source>&amp;Waiting for the chief</source>
        <translation>Chờ &amp;lãnh đạo duyệt</translation>
    </message>
    <message>
        <source>Only the cases whose closure waits for the chief's review</source>
        <translation>Chỉ các vụ việc đề xuất kết thúc đang chờ Trưởng Công an xã duyệt</translation>
    </message>
    <message>
        <source>&amp;New case…</source>
        <translation>Vụ việc &amp;mới…</translation>
    </message>
    <message>
        <source>Open a new case (Ctrl+Shift+N)</source>
        <translation>Mở vụ việc mới (Ctrl+Shift+N)</translation>
    </message>
    <message>
        <source>Log on to search and filter the cases.</source>
        <translation>Hãy đăng nhập để tìm và lọc vụ việc.</translation>
    </message>
    <message>
        <source>Your role may not open cases.</source>
        <translation>Vai trò của bạn không được mở vụ việc.</translation>
    </message>
    <message>
        <source>Showing the %1 newest cases</source>
        <translation>Đang hiện %1 vụ việc mới nhất</translation>
    </message>
    <message>
        <source>%1 cases</source>
        <translation>%1 vụ việc</translation>
    </message>
</context>
<context>
    <name>binhyen::ui::CasePersonsPanel</name>
    <message>
        <source>Full name</source>
        <translation>Họ và tên</translation>
    </message>
    <message>
        <source>Born</source>
        <translation>Năm sinh</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Vai trò</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>Kết quả</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Ghi chú</translation>
    </message>
    <message>
        <source>&amp;Add person…</source>
        <translation>&amp;Thêm người…</translation>
    </message>
    <message>
        <source>Suspect &amp;outcome…</source>
        <translation>&amp;Kết quả xử lý đối tượng…</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>&amp;Bỏ khỏi vụ việc</translation>
    </message>
    <message>
        <source>identified %1</source>
        <translation>xác định %1</translation>
    </message>
    <message>
        <source>arrested %1</source>
        <translation>bắt giữ %1</translation>
    </message>
    <message>
        <source>caught in the act</source>
        <translation>bắt quả tang</translation>
    </message>
    <message>
        <source>surrendered %1</source>
        <translation>đầu thú %1</translation>
    </message>
    <message>
        <source>handed over %1</source>
        <translation>bàn giao %1</translation>
    </message>
    <message>
        <source>not yet identified</source>
        <translation>chưa xác định</translation>
    </message>
    <message>
        <source>The case is closed or waits for review: it cannot be changed.</source>
        <translation>Vụ việc đã kết thúc hoặc đang chờ duyệt: không thể sửa.</translation>
    </message>
    <message>
        <source>Only a suspect has an outcome.</source>
        <translation>Chỉ đối tượng nghi vấn mới có kết quả xử lý.</translation>
    </message>
    <message>
        <source>Remove a person</source>
        <translation>Bỏ một người khỏi vụ việc</translation>
    </message>
    <message>
        <source>Remove %1 (%2) from this case? The person's record stays in the register.</source>
        <translation>Bỏ %1 (%2) khỏi vụ việc này? Hồ sơ của người này vẫn được giữ trong sổ.</translation>
    </message>
</context>
<context>
    <name>binhyen::ui::CasePromptDialog</name>
    <message>
        <source>OK</source>
        <translation>Đồng ý</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Hủy</translation>
    </message>
    <message>
        <source>Please write the text asked for.</source>
        <translation>Vui lòng nhập nội dung được yêu cầu.</translation>
    </message>
</context>
<context>
    <name>binhyen::ui::CaseSuggestionsDialog</name>
    <message>
        <source>Suggested cases for tip %1</source>
        <translation>Vụ việc gợi ý cho tin báo %1</translation>
    </message>
    <message>
        <source>No.</source>
        <translation>Số</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Tên vụ việc</translation>
    </message>
    <message>
        <source>Occurred at</source>
        <translation>Thời điểm xảy ra</translation>
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
        <source>Why it is suggested</source>
        <translation>Lý do gợi ý</translation>
    </message>
    <message>
        <source>&amp;Link the tip to this case…</source>
        <translation>&amp;Liên kết tin báo vào vụ việc này…</translation>
    </message>
    <message>
        <source>&amp;Open the case</source>
        <translation>&amp;Mở vụ việc</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Đóng</translation>
    </message>
    <message>
        <source>Your role may not link tips.</source>
        <translation>Vai trò của bạn không được liên kết tin báo.</translation>
    </message>
    <message>
        <source>No open case looks related to this tip.</source>
        <translation>Không có vụ việc đang giải quyết nào có vẻ liên quan đến tin báo này.</translation>
    </message>
    <message>
        <source>&amp;Open cases that may be related (%1):</source>
        <translation>&amp;Vụ việc đang giải quyết có thể liên quan (%1):</translation>
    </message>
    <message>
        <source>Link the tip</source>
        <translation>Liên kết tin báo</translation>
    </message>
    <message>
        <source>A note on the link (optional):</source>
        <translation>Ghi chú về liên kết (không bắt buộc):</translation>
    </message>
</context>
<context>
    <name>binhyen::ui::CaseTimelineTab</name>
    <message>
        <source>Time</source>
        <translation>Thời gian</translation>
    </message>
    <message>
        <source>Step</source>
        <translation>Diễn biến</translation>
    </message>
    <message>
        <source>Officer</source>
        <translation>Cán bộ</translation>
    </message>
    <message>
        <source>Tip</source>
        <translation>Tin báo</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Ghi chú</translation>
    </message>
    <message>
        <source>&amp;Print…</source>
        <translation>&amp;In…</translation>
    </message>
    <message>
        <source>Save as P&amp;DF…</source>
        <translation>Lưu thành &amp;PDF…</translation>
    </message>
    <message>
        <source>What happened (Ctrl+Enter adds the event)</source>
        <translation>Nội dung diễn biến (Ctrl+Enter để thêm)</translation>
    </message>
    <message>
        <source>&amp;Add event</source>
        <translation>&amp;Thêm diễn biến</translation>
    </message>
    <message>
        <source>Add the event to the timeline (Ctrl+Enter)</source>
        <translation>Thêm diễn biến vào vụ việc (Ctrl+Enter)</translation>
    </message>
    <message>
        <source>&amp;New event:</source>
        <translation>Diễn biến &amp;mới:</translation>
    </message>
    <message>
        <source>(nobody)</source>
        <translation>(không ai)</translation>
    </message>
    <message>
        <source>The case is closed.</source>
        <translation>Vụ việc đã kết thúc.</translation>
    </message>
    <message>
        <source>Your role may not change cases.</source>
        <translation>Vai trò của bạn không được sửa vụ việc.</translation>
    </message>
    <message>
        <source>The timeline could not be read</source>
        <translation>Không đọc được diễn biến vụ việc</translation>
    </message>
    <message>
        <source>Add an event</source>
        <translation>Thêm diễn biến</translation>
    </message>
    <message>
        <source>Print the timeline</source>
        <translation>In diễn biến vụ việc</translation>
    </message>
    <message>
        <source>Timeline %1</source>
        <translation>Diễn biến vụ việc %1</translation>
    </message>
    <message>
        <source>Save the timeline as PDF</source>
        <translation>Lưu diễn biến vụ việc thành PDF</translation>
    </message>
    <message>
        <source>PDF documents (*.pdf)</source>
        <translation>Tài liệu PDF (*.pdf)</translation>
    </message>
</context>
<context>
    <name>binhyen::ui::CaseWindow</name>
    <message>
        <source>Post to &amp;Zalo…</source>
        <translation>Đăng lên &amp;Zalo…</translation>
    </message>
    <message>
        <source>Draft the notice for the hamlet Zalo groups</source>
        <translation>Soạn thông báo gửi các nhóm Zalo của ấp</translation>
    </message>
    <message>
        <source>&amp;1 Details</source>
        <translation>&amp;1 Thông tin</translation>
    </message>
    <message>
        <source>&amp;2 Timeline</source>
        <translation>&amp;2 Diễn biến</translation>
    </message>
    <message>
        <source>&amp;3 Linked tips</source>
        <translation>&amp;3 Tin báo liên kết</translation>
    </message>
    <message>
        <source>&amp;4 Persons</source>
        <translation>&amp;4 Người liên quan</translation>
    </message>
    <message>
        <source>%1 — %2 · %3</source>
        <translation>%1 — %2 · %3</translation>
    </message>
    <message>
        <source>The case could not be read</source>
        <translation>Không đọc được vụ việc</translation>
    </message>
    <message>
        <source>Case %1 — BinhYen</source>
        <translation>Vụ việc %1 — Bình Yên</translation>
    </message>
    <message>
        <source>%1 by %2: “%3”</source>
        <translation>%1 (%2): “%3”</translation>
    </message>
    <message>
        <source>Solved</source>
        <translation>Đã làm rõ</translation>
    </message>
    <message>
        <source>The case is closed, or your role may not post notices.</source>
        <translation>Vụ việc đã kết thúc, hoặc vai trò của bạn không được đăng thông báo.</translation>
    </message>
</context>
<context>
    <name>binhyen::ui::CaseWindows</name>
    <message>
        <source>&amp;Cases</source>
        <translation>&amp;Vụ việc</translation>
    </message>
    <message>
        <source>Your role may not open cases.</source>
        <translation>Vai trò của bạn không được mở vụ việc.</translation>
    </message>
    <message>
        <source>Log on first.</source>
        <translation>Hãy đăng nhập trước.</translation>
    </message>
    <message>
        <source>&amp;New case…</source>
        <translation>Vụ việc &amp;mới…</translation>
    </message>
    <message>
        <source>&amp;Open a case from the selected tip…</source>
        <translation>Mở vụ việc &amp;từ tin báo đang chọn…</translation>
    </message>
    <message>
        <source>Open a case from the tip</source>
        <translation>Mở vụ việc từ tin báo</translation>
    </message>
    <message>
        <source>Select a tip in the list first.</source>
        <translation>Hãy chọn một tin báo trong danh sách trước.</translation>
    </message>
    <message>
        <source>&amp;Suggested cases for the selected tip…</source>
        <translation>Vụ việc &amp;gợi ý cho tin báo đang chọn…</translation>
    </message>
    <message>
        <source>Suggested cases</source>
        <translation>Vụ việc gợi ý</translation>
    </message>
</context>
<context>
    <name>binhyen::ui::ChangePasswordDialog</name>
    <message>
        <source>Change password</source>
        <translation>Đổi mật khẩu</translation>
    </message>
    <message>
        <source>Your password was set by a chief. Choose your own password before you continue.</source>
        <translation>Mật khẩu của đồng chí do chỉ huy đặt. Hãy tự đặt mật khẩu riêng trước khi tiếp tục.</translation>
    </message>
    <message>
        <source>Choose a new password for %1.</source>
        <translation>Đặt mật khẩu mới cho %1.</translation>
    </message>
    <message>
        <source>Current password</source>
        <translation>Mật khẩu hiện tại</translation>
    </message>
    <message>
        <source>New password</source>
        <translation>Mật khẩu mới</translation>
    </message>
    <message>
        <source>New password again</source>
        <translation>Nhập lại mật khẩu mới</translation>
    </message>
    <message>
        <source>Log off</source>
        <translation>Đăng xuất</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Hủy</translation>
    </message>
    <message>
        <source>The two new passwords are not the same.</source>
        <translation>Hai lần nhập mật khẩu mới không giống nhau.</translation>
    </message>
</context>
<context>
    <name>binhyen::ui::ChiefPage</name>
    <message>
        <source>The first chief</source>
        <translation>Chỉ huy đầu tiên</translation>
    </message>
    <message>
        <source>The station chief's own account. The chief manages the other accounts and is the only one who can see who gave a confidential tip.</source>
        <translation>Tài khoản riêng của Trưởng Công an xã. Chỉ huy quản lý các tài khoản khác và là người duy nhất được xem danh tính người báo tin được giữ bí mật.</translation>
    </message>
    <message>
        <source>User name *</source>
        <translation>Tên đăng nhập *</translation>
    </message>
    <message>
        <source>e.g. %1</source>
        <translation>ví dụ: %1</translation>
    </message>
    <message>
        <source>Full name *</source>
        <translation>Họ và tên *</translation>
    </message>
    <message>
        <source>Rank</source>
        <translation>Cấp bậc</translation>
    </message>
    <message>
        <source>Position</source>
        <translation>Chức vụ</translation>
    </message>
    <message>
        <source>Password *</source>
        <translation>Mật khẩu *</translation>
    </message>
    <message>
        <source>Password again *</source>
        <translation>Nhập lại mật khẩu *</translation>
    </message>
    <message>
        <source>Enter the chief's user name and full name.</source>
        <translation>Hãy nhập tên đăng nhập và họ tên của chỉ huy.</translation>
    </message>
    <message>
        <source>The two passwords are not the same.</source>
        <translation>Hai lần nhập mật khẩu không giống nhau.</translation>
    </message>
</context>
<context>
    <name>binhyen::ui::CorrectionDialog</name>
    <message>
        <source>Issue a correction — %1</source>
        <translation>Ban hành báo cáo đính chính — tháng %1</translation>
    </message>
    <message>
        <source>The report no. %1 of %2 stays stored unchanged. A correction report with its own number will carry the month's figures as they are now and the differences.</source>
        <translation>Báo cáo số %1 của tháng %2 vẫn được lưu nguyên vẹn. Báo cáo đính chính có số riêng, mang số liệu hiện tại của tháng và các chênh lệch.</translation>
    </message>
    <message>
        <source>&amp;Note (required): why the correction is issued</source>
        <translation>&amp;Ghi chú (bắt buộc): lý do ban hành đính chính</translation>
    </message>
    <message>
        <source>&amp;Issue the correction</source>
        <translation>&amp;Ban hành đính chính</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Hủy</translation>
    </message>
    <message>
        <source>Enter the note of the correction.</source>
        <translation>Hãy nhập ghi chú của báo cáo đính chính.</translation>
    </message>
</context>
<context>
    <name>binhyen::ui::CoverageTab</name>
    <message>
        <source>Coverage &amp;on:</source>
        <translation>Phủ sóng &amp;ngày:</translation>
    </message>
    <message>
        <source>Hamlet</source>
        <translation>Ấp</translation>
    </message>
    <message>
        <source>Zalo group</source>
        <translation>Nhóm Zalo</translation>
    </message>
    <message>
        <source>Households</source>
        <translation>Số hộ</translation>
    </message>
    <message>
        <source>Households connected</source>
        <translation>Số hộ kết nối</translation>
    </message>
    <message>
        <source>Zalo coverage</source>
        <translation>Phủ sóng Zalo</translation>
    </message>
    <message>
        <source>no group yet</source>
        <translation>chưa có nhóm</translation>
    </message>
    <message>
        <source>%1/%2 hamlets have a Zalo group · %3 households connected</source>
        <translation>%1/%2 ấp có nhóm Zalo · %3 hộ kết nối</translation>
    </message>
</context>
<context>
    <name>binhyen::ui::DashboardPage</name>
    <message>
        <source>My tips</source>
        <translation>Tin báo của tôi</translation>
    </message>
    <message>
        <source>All tips of the station</source>
        <translation>Toàn bộ tin báo của đơn vị</translation>
    </message>
    <message>
        <source>Due within 24 hours: %1</source>
        <translation>Đến hạn trong 24 giờ: %1</translation>
    </message>
    <message>
        <source>Overdue: %1</source>
        <translation>Quá hạn: %1</translation>
    </message>
    <message>
        <source>New tips not yet classified: %1</source>
        <translation>Tin mới chưa phân loại: %1</translation>
    </message>
    <message>
        <source>Today (%1): &lt;b&gt;%2&lt;/b&gt; tips &amp;nbsp;·&amp;nbsp; This month: &lt;b&gt;%3&lt;/b&gt; tips</source>
        <translation>Hôm nay (%1): &lt;b&gt;%2&lt;/b&gt; tin báo &amp;nbsp;·&amp;nbsp; Tháng này: &lt;b&gt;%3&lt;/b&gt; tin báo</translation>
    </message>
</context>
<context>
    <name>binhyen::ui::DrillDialog</name>
    <message>
        <source>Records behind the figure</source>
        <translation>Hồ sơ tạo nên số liệu</translation>
    </message>
    <message>
        <source>%1, %2: %3 (from %4 records)</source>
        <translation>%1, tháng %2: %3 (từ %4 hồ sơ)</translation>
    </message>
    <message>
        <source>%1, %2: %3 records</source>
        <translation>%1, tháng %2: %3 hồ sơ</translation>
    </message>
    <message>
        <source>Number</source>
        <translation>Số</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Ngày</translation>
    </message>
    <message>
        <source>Content</source>
        <translation>Nội dung</translation>
    </message>
    <message>
        <source>Hamlet</source>
        <translation>Ấp, khu phố</translation>
    </message>
    <message>
        <source>Detail</source>
        <translation>Chi tiết</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>Số lượng</translation>
    </message>
    <message>
        <source>Press Enter to open this record.</source>
        <translation>Nhấn Enter để mở hồ sơ này.</translation>
    </message>
    <message>
        <source>Enter opens the selected tip or case; Esc closes.</source>
        <translation>Enter: mở tin báo hoặc vụ việc đang chọn; Esc: đóng.</translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation>Đó&amp;ng</translation>
    </message>
</context>
<context>
    <name>binhyen::ui::DuplicatesDialog</name>
    <message>
        <source>Born</source>
        <translation>Năm sinh</translation>
    </message>
    <message>
        <source>ID number</source>
        <translation>Số định danh</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Điện thoại</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Địa chỉ</translation>
    </message>
    <message>
        <source>Hamlet</source>
        <translation>Ấp</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Ghi chú</translation>
    </message>
    <message>
        <source>Recorded</source>
        <translation>Ngày ghi</translation>
    </message>
    <message>
        <source>Duplicate persons</source>
        <translation>Hồ sơ người trùng lặp</translation>
    </message>
    <message>
        <source>Merge into the &amp;left…</source>
        <translation>Gộp vào hồ sơ bên &amp;trái…</translation>
    </message>
    <message>
        <source>Merge into the &amp;right…</source>
        <translation>Gộp vào hồ sơ bên &amp;phải…</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Đóng</translation>
    </message>
    <message>
        <source>No possible duplicates were found.</source>
        <translation>Không tìm thấy hồ sơ nào có thể trùng lặp.</translation>
    </message>
    <message>
        <source>Why: %1</source>
        <translation>Lý do nghi trùng: %1</translation>
    </message>
    <message>
        <source>Merge person records</source>
        <translation>Gộp hồ sơ người</translation>
    </message>
    <message>
        <source>Keep %1 (record %2) and merge %3 (record %4) into it: the cases and the movement register follow, empty fields are filled, the merged record is deleted.</source>
        <translation>Giữ %1 (hồ sơ %2) và gộp %3 (hồ sơ %4) vào: các vụ việc và sổ phong trào chuyển theo, các trường còn trống được bổ sung, hồ sơ bị gộp sẽ bị xóa.</translation>
    </message>
    <message>
        <source>&amp;Reason</source>
        <translation>&amp;Lý do</translation>
    </message>
</context>
<context>
    <name>binhyen::ui::FirstRunWizard</name>
    <message>
        <source>Bình Yên — set up the station</source>
        <translation>Bình Yên — thiết lập đơn vị</translation>
    </message>
    <message>
        <source>&lt; Back</source>
        <translation>&lt; Quay lại</translation>
    </message>
    <message>
        <source>Next &gt;</source>
        <translation>Tiếp theo &gt;</translation>
    </message>
    <message>
        <source>Create the register</source>
        <translation>Tạo sổ</translation>
    </message>
    <message>
        <source>Finish</source>
        <translation>Hoàn tất</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Hủy</translation>
    </message>
    <message>
        <source>Help</source>
        <translation>Trợ giúp</translation>
    </message>
</context>
<context>
    <name>binhyen::ui::HamletsPage</name>
    <message>
        <source>Hamlets and neighbourhoods</source>
        <translation>Ấp, khu phố</translation>
    </message>
    <message>
        <source>One per line, with its kind: "Ấp Cây Cám", "Khu phố 3", "Thôn Đông", "Tổ dân phố 5". A name without a kind is taken as an ấp. More can be added later.</source>
        <translation>Mỗi dòng một tên, kèm loại: "Ấp Cây Cám", "Khu phố 3", "Thôn Đông", "Tổ dân phố 5". Tên không ghi loại được hiểu là ấp. Có thể bổ sung sau.</translation>
    </message>
</context>
<context>
    <name>binhyen::ui::HolidaysPage</name>
    <message>
        <source>&amp;Year:</source>
        <translation>&amp;Năm:</translation>
    </message>
    <message>
        <source>Day</source>
        <translation>Ngày</translation>
    </message>
    <message>
        <source>Holiday</source>
        <translation>Ngày nghỉ lễ</translation>
    </message>
    <message>
        <source>Name of the holiday (e.g. Tết Nguyên đán)</source>
        <translation>Tên ngày nghỉ (ví dụ: Tết Nguyên đán)</translation>
    </message>
    <message>
        <source>&amp;Add day off</source>
        <translation>&amp;Thêm ngày nghỉ</translation>
    </message>
    <message>
        <source>&amp;Remove selected</source>
        <translation>&amp;Xóa ngày đã chọn</translation>
    </message>
    <message>
        <source>%1 added as a day off.</source>
        <translation>Đã thêm ngày nghỉ %1.</translation>
    </message>
    <message>
        <source>%1 is no longer a day off.</source>
        <translation>Ngày %1 không còn là ngày nghỉ.</translation>
    </message>
</context>
<context>
    <name>binhyen::ui::ImportDialog</name>
    <message>
        <source>Import the old tip register (CSV)</source>
        <translation>Nhập sổ tin báo cũ (CSV)</translation>
    </message>
    <message>
        <source>Choose a CSV file to import.</source>
        <translation>Chọn tệp CSV cần nhập.</translation>
    </message>
    <message>
        <source>No file chosen</source>
        <translation>Chưa chọn tệp</translation>
    </message>
    <message>
        <source>Choose file…</source>
        <translation>Chọn tệp…</translation>
    </message>
    <message>
        <source>File:</source>
        <translation>Tệp:</translation>
    </message>
    <message>
        <source>&amp;Encoding:</source>
        <translation>&amp;Bảng mã:</translation>
    </message>
    <message>
        <source>Column in the file</source>
        <translation>Cột trong tệp</translation>
    </message>
    <message>
        <source>BinhYen field</source>
        <translation>Trường trong Bình Yên</translation>
    </message>
    <message>
        <source>Line</source>
        <translation>Dòng</translation>
    </message>
    <message>
        <source>Old number</source>
        <translation>Số cũ</translation>
    </message>
    <message>
        <source>Received</source>
        <translation>Thời gian tiếp nhận</translation>
    </message>
    <message>
        <source>Channel</source>
        <translation>Kênh</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Địa chỉ</translation>
    </message>
    <message>
        <source>Content</source>
        <translation>Nội dung</translation>
    </message>
    <message>
        <source>Informant</source>
        <translation>Người báo tin</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Trạng thái</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>Lỗi/cảnh báo</translation>
    </message>
    <message>
        <source>Column mapping</source>
        <translation>Ghép cột</translation>
    </message>
    <message>
        <source>Preview (as it will be imported)</source>
        <translation>Xem trước (như sẽ được nhập)</translation>
    </message>
    <message>
        <source>Errors and warnings by line</source>
        <translation>Lỗi và cảnh báo theo dòng</translation>
    </message>
    <message>
        <source>Skip the rows with errors</source>
        <translation>Bỏ qua các dòng lỗi</translation>
    </message>
    <message>
        <source>&amp;Import</source>
        <translation>&amp;Nhập</translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation>Đó&amp;ng</translation>
    </message>
    <message>
        <source>Choose the old tip register</source>
        <translation>Chọn sổ tin báo cũ</translation>
    </message>
    <message>
        <source>CSV files (*.csv *.txt);;All files (*)</source>
        <translation>Tệp CSV (*.csv *.txt);;Mọi tệp (*)</translation>
    </message>
    <message>
        <source>(not recognised; check the preview)</source>
        <translation>(không nhận biết được; hãy kiểm tra bản xem trước)</translation>
    </message>
    <message>
        <source>(detected: %1)</source>
        <translation>(tự nhận biết: %1)</translation>
    </message>
    <message>
        <source>Separator: %1</source>
        <translation>Dấu phân cách: %1</translation>
    </message>
    <message>
        <source>(ignore)</source>
        <translation>(bỏ qua)</translation>
    </message>
    <message>
        <source>semicolon (;)</source>
        <translation>dấu chấm phẩy (;)</translation>
    </message>
    <message>
        <source>comma (,)</source>
        <translation>dấu phẩy (,)</translation>
    </message>
    <message>
        <source>sealed on import</source>
        <translation>niêm phong khi nhập</translation>
    </message>
    <message>
        <source>anonymous</source>
        <translation>ẩn danh</translation>
    </message>
    <message>
        <source>Rows read: %1; with errors: %2.</source>
        <translation>Đã đọc %1 dòng; %2 dòng có lỗi.</translation>
    </message>
    <message>
        <source>The preview shows the first %1.</source>
        <translation>Bản xem trước chỉ hiện %1 dòng đầu.</translation>
    </message>
    <message>
        <source>Error: %1</source>
        <translation>Lỗi: %1</translation>
    </message>
    <message>
        <source>Warning: %1</source>
        <translation>Cảnh báo: %1</translation>
    </message>
    <message>
        <source>Nothing was imported: %1</source>
        <translation>Chưa nhập được gì: %1</translation>
    </message>
    <message numerus="yes">
        <source>Nothing was imported: %n row(s) have errors. Correct the file or tick "Skip the rows with errors".</source>
        <translation><numerusform>Chưa nhập được gì: %n dòng có lỗi. Hãy sửa tệp hoặc đánh dấu "Bỏ qua các dòng lỗi".</numerusform></translation>
    </message>
    <message>
        <source>Nothing was imported.</source>
        <translation>Chưa nhập được gì.</translation>
    </message>
    <message numerus="yes">
        <source>Imported %n tip(s) (%1 – %2).</source>
        <translation><numerusform>Đã nhập %n tin báo (%1 – %2).</numerusform></translation>
    </message>
</context>
<context>
    <name>binhyen::ui::LockScreen</name>
    <message>
        <source>Bình Yên — screen locked</source>
        <translation>Bình Yên — đã khóa màn hình</translation>
    </message>
    <message>
        <source>Bình Yên</source>
        <translation>Bình Yên</translation>
    </message>
    <message>
        <source>Screen locked</source>
        <translation>Đã khóa màn hình</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>Mật khẩu</translation>
    </message>
    <message>
        <source>Unlock</source>
        <translation>Mở khóa</translation>
    </message>
    <message>
        <source>Log on as someone else</source>
        <translation>Đăng nhập người khác</translation>
    </message>
    <message>
        <source>Locked by %1 (%2). Enter %1's password to continue.</source>
        <translation>Do %1 (%2) khóa. Nhập mật khẩu của %1 để tiếp tục.</translation>
    </message>
</context>
<context>
    <name>binhyen::ui::LogonDialog</name>
    <message>
        <source>Bình Yên — log on</source>
        <translation>Bình Yên — đăng nhập</translation>
    </message>
    <message>
        <source>Bình Yên</source>
        <translation>Bình Yên</translation>
    </message>
    <message>
        <source>User name</source>
        <translation>Tên đăng nhập</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>Mật khẩu</translation>
    </message>
    <message>
        <source>Log on</source>
        <translation>Đăng nhập</translation>
    </message>
    <message>
        <source>Quit</source>
        <translation>Thoát</translation>
    </message>
    <message>
        <source>Enter your user name.</source>
        <translation>Hãy nhập tên đăng nhập.</translation>
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
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>Overview</source>
        <translation>Tổng quan</translation>
    </message>
    <message>
        <source>People</source>
        <translation>Con người</translation>
    </message>
    <message>
        <source>Movement</source>
        <translation>Phong trào</translation>
    </message>
    <message>
        <source>Statistics &amp; reports</source>
        <translation>Thống kê &amp; Báo cáo</translation>
    </message>
    <message>
        <source>Administration</source>
        <translation>Quản trị</translation>
    </message>
    <message>
        <source>This part will come in a later version.</source>
        <translation>Phần này sẽ có trong phiên bản sau.</translation>
    </message>
    <message>
        <source>Record a new tip</source>
        <translation>Ghi tin báo mới</translation>
    </message>
    <message>
        <source>&amp;Search tips</source>
        <translation>&amp;Tìm tin báo</translation>
    </message>
    <message>
        <source>Log on to record a tip.</source>
        <translation>Hãy đăng nhập để ghi tin báo.</translation>
    </message>
    <message>
        <source>Import the old tip register (CSV)…</source>
        <translation>Nhập sổ tin báo cũ (CSV)…</translation>
    </message>
    <message>
        <source>Only the station chief reviews the queue.</source>
        <translation>Chỉ Trưởng Công an xã mới duyệt danh sách chờ.</translation>
    </message>
    <message>
        <source>Review</source>
        <translation>Duyệt</translation>
    </message>
    <message>
        <source>Import residents from a hamlet's sheet (CSV)…</source>
        <translation>Nhập danh sách người dân từ bảng của ấp (CSV)…</translation>
    </message>
    <message>
        <source>No user is logged on.</source>
        <translation>Chưa có người dùng đăng nhập.</translation>
    </message>
</context>
<context>
    <name>binhyen::ui::MobilisedDialog</name>
    <message>
        <source>New mobilised resident</source>
        <translation>Thêm quần chúng được vận động</translation>
    </message>
    <message>
        <source>Name or phone, then Enter</source>
        <translation>Họ tên hoặc số điện thoại, rồi nhấn Enter</translation>
    </message>
    <message>
        <source>&amp;Find</source>
        <translation>Tìm &amp;kiếm</translation>
    </message>
    <message>
        <source>(a new person, entered below)</source>
        <translation>(người mới, nhập bên dưới)</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>không rõ</translation>
    </message>
    <message>
        <source>How and when the resident agreed to take part</source>
        <translation>Người dân đồng ý tham gia như thế nào, khi nào</translation>
    </message>
    <message>
        <source>&amp;Left on</source>
        <translation>Thôi từ ngà&amp;y</translation>
    </message>
    <message>
        <source>Search the re&amp;gister:</source>
        <translation>&amp;Tìm trong sổ:</translation>
    </message>
    <message>
        <source>&amp;Person:</source>
        <translation>&amp;Người:</translation>
    </message>
    <message>
        <source>Full &amp;name:</source>
        <translation>&amp;Họ tên:</translation>
    </message>
    <message>
        <source>&amp;Birth year:</source>
        <translation>Năm &amp;sinh:</translation>
    </message>
    <message>
        <source>P&amp;hone:</source>
        <translation>Điện th&amp;oại:</translation>
    </message>
    <message>
        <source>Ha&amp;mlet:</source>
        <translation>Ấ&amp;p:</translation>
    </message>
    <message>
        <source>M&amp;odel:</source>
        <translation>&amp;Mô hình:</translation>
    </message>
    <message>
        <source>&amp;Role:</source>
        <translation>&amp;Vai trò:</translation>
    </message>
    <message>
        <source>&amp;Consent note:</source>
        <translation>Ghi &amp;chú đồng ý:</translation>
    </message>
    <message>
        <source>&amp;Joined on:</source>
        <translation>Ngày tham &amp;gia:</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Lưu</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Hủy</translation>
    </message>
    <message>
        <source>No registered person matches "%1".</source>
        <translation>Không có người nào trong sổ khớp với "%1".</translation>
    </message>
</context>
<context>
    <name>binhyen::ui::MobilisedTab</name>
    <message>
        <source>All residents</source>
        <translation>Tất cả quần chúng</translation>
    </message>
    <message>
        <source>M&amp;odel:</source>
        <translation>Mô hì&amp;nh:</translation>
    </message>
    <message>
        <source>Taking &amp;part on:</source>
        <translation>Đang tham gia n&amp;gày:</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Họ tên</translation>
    </message>
    <message>
        <source>Hamlet</source>
        <translation>Ấp</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Vai trò</translation>
    </message>
    <message>
        <source>Model</source>
        <translation>Mô hình</translation>
    </message>
    <message>
        <source>Joined</source>
        <translation>Ngày tham gia</translation>
    </message>
    <message>
        <source>Left</source>
        <translation>Ngày thôi</translation>
    </message>
    <message>
        <source>Consent note</source>
        <translation>Ghi chú đồng ý</translation>
    </message>
    <message>
        <source>&amp;New resident…</source>
        <translation>Thêm &amp;mới…</translation>
    </message>
    <message>
        <source>Record &amp;leaving…</source>
        <translation>Ghi nhận thôi tham gi&amp;a…</translation>
    </message>
    <message>
        <source>Mobilised residents</source>
        <translation>Quần chúng được vận động</translation>
    </message>
    <message>
        <source>Mobilised resident</source>
        <translation>Quần chúng được vận động</translation>
    </message>
    <message>
        <source>Stops taking part</source>
        <translation>Thôi tham gia</translation>
    </message>
    <message>
        <source>Resident:</source>
        <translation>Người dân:</translation>
    </message>
    <message>
        <source>&amp;Left on:</source>
        <translation>&amp;Thôi từ ngày:</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Lưu</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Hủy</translation>
    </message>
</context>
<context>
    <name>binhyen::ui::ModelDialog</name>
    <message>
        <source>Edit model</source>
        <translation>Sửa mô hình</translation>
    </message>
    <message>
        <source>New model</source>
        <translation>Thêm mô hình</translation>
    </message>
    <message>
        <source>E&amp;nded on</source>
        <translation>&amp;Kết thúc ngày</translation>
    </message>
    <message>
        <source>E&amp;xemplary (advanced model)</source>
        <translation>Điển &amp;hình tiên tiến</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(không có)</translation>
    </message>
    <message>
        <source>Posts about security and order only</source>
        <translation>Chỉ đăng tin về an ninh, trật tự</translation>
    </message>
    <message>
        <source>Office hours only, except urgent</source>
        <translation>Chỉ trong giờ hành chính, trừ việc khẩn cấp</translation>
    </message>
    <message>
        <source>&amp;Type:</source>
        <translation>L&amp;oại mô hình:</translation>
    </message>
    <message>
        <source>Na&amp;me:</source>
        <translation>&amp;Tên:</translation>
    </message>
    <message>
        <source>&amp;Hamlets covered:</source>
        <translation>&amp;Ấp tham gia:</translation>
    </message>
    <message>
        <source>&amp;Points:</source>
        <translation>Số đ&amp;iểm:</translation>
    </message>
    <message>
        <source>T&amp;eams:</source>
        <translation>Số t&amp;ổ:</translation>
    </message>
    <message>
        <source>Mem&amp;bers:</source>
        <translation>Số thành &amp;viên:</translation>
    </message>
    <message>
        <source>Ho&amp;useholds:</source>
        <translation>Số &amp;hộ:</translation>
    </message>
    <message>
        <source>&amp;Started on:</source>
        <translation>&amp;Bắt đầu ngày:</translation>
    </message>
    <message>
        <source>&amp;Responsible officer:</source>
        <translation>&amp;Cán bộ phụ trách:</translation>
    </message>
    <message>
        <source>N&amp;ote:</source>
        <translation>&amp;Ghi chú:</translation>
    </message>
    <message>
        <source>Zalo group:</source>
        <translation>Nhóm Zalo:</translation>
    </message>
    <message>
        <source>Group r&amp;ules:</source>
        <translation>&amp;Nội quy nhóm:</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Lưu</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Hủy</translation>
    </message>
    <message>
        <source>For a Zalo group: the households connected</source>
        <translation>Với nhóm Zalo: số hộ đã kết nối</translation>
    </message>
</context>
<context>
    <name>binhyen::ui::ModelsTab</name>
    <message>
        <source>In force &amp;on:</source>
        <translation>Đang hoạt động &amp;ngày:</translation>
    </message>
    <message>
        <source>All types</source>
        <translation>Tất cả các loại</translation>
    </message>
    <message>
        <source>T&amp;ype:</source>
        <translation>&amp;Loại:</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Loại mô hình</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Tên</translation>
    </message>
    <message>
        <source>Hamlets</source>
        <translation>Ấp</translation>
    </message>
    <message>
        <source>Points</source>
        <translation>Điểm</translation>
    </message>
    <message>
        <source>Teams</source>
        <translation>Tổ</translation>
    </message>
    <message>
        <source>Members</source>
        <translation>Thành viên</translation>
    </message>
    <message>
        <source>Households</source>
        <translation>Số hộ</translation>
    </message>
    <message>
        <source>Started</source>
        <translation>Bắt đầu</translation>
    </message>
    <message>
        <source>Ended</source>
        <translation>Kết thúc</translation>
    </message>
    <message>
        <source>Exemplary</source>
        <translation>Điển hình</translation>
    </message>
    <message>
        <source>&amp;New model…</source>
        <translation>&amp;Thêm mô hình…</translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation>&amp;Sửa…</translation>
    </message>
    <message>
        <source>En&amp;d…</source>
        <translation>&amp;Kết thúc…</translation>
    </message>
    <message>
        <source>Inspectors read the register but do not change it.</source>
        <translation>Cán bộ kiểm tra chỉ xem sổ, không được thay đổi.</translation>
    </message>
    <message>
        <source>Models</source>
        <translation>Mô hình</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>Có</translation>
    </message>
    <message>
        <source>End the model</source>
        <translation>Kết thúc mô hình</translation>
    </message>
    <message>
        <source>&amp;First day it no longer runs:</source>
        <translation>&amp;Ngày đầu tiên không còn hoạt động:</translation>
    </message>
    <message>
        <source>&amp;End the model</source>
        <translation>&amp;Kết thúc mô hình</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Hủy</translation>
    </message>
</context>
<context>
    <name>binhyen::ui::ModerationDialog</name>
    <message>
        <source>Zalo group: warning or removal</source>
        <translation>Nhóm Zalo: nhắc nhở hoặc loại khỏi nhóm</translation>
    </message>
    <message>
        <source>(choose the group)</source>
        <translation>(chọn nhóm)</translation>
    </message>
    <message>
        <source>What was posted, which rule</source>
        <translation>Đã đăng gì, vi phạm nội quy nào</translation>
    </message>
    <message>
        <source>&amp;Group:</source>
        <translation>&amp;Nhóm:</translation>
    </message>
    <message>
        <source>&amp;Date:</source>
        <translation>Ngà&amp;y:</translation>
    </message>
    <message>
        <source>&amp;Action:</source>
        <translation>&amp;Xử lý:</translation>
    </message>
    <message>
        <source>&amp;Members:</source>
        <translation>Số &amp;thành viên:</translation>
    </message>
    <message>
        <source>&amp;Note:</source>
        <translation>&amp;Ghi chú:</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Lưu</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Hủy</translation>
    </message>
    <message>
        <source>Choose the Zalo group.</source>
        <translation>Hãy chọn nhóm Zalo.</translation>
    </message>
</context>
<context>
    <name>binhyen::ui::MonthFilter</name>
    <message>
        <source>Only the mon&amp;th:</source>
        <translation>&amp;Chỉ tháng:</translation>
    </message>
</context>
<context>
    <name>binhyen::ui::MovementPage</name>
    <message>
        <source>&amp;Models</source>
        <translation>&amp;Mô hình</translation>
    </message>
    <message>
        <source>Zalo &amp;coverage</source>
        <translation>&amp;Phủ sóng Zalo</translation>
    </message>
    <message>
        <source>Mo&amp;bilised residents</source>
        <translation>Quần chúng được &amp;vận động</translation>
    </message>
    <message>
        <source>Acti&amp;vities</source>
        <translation>&amp;Hoạt động</translation>
    </message>
    <message>
        <source>Res&amp;ults</source>
        <translation>Kết &amp;quả</translation>
    </message>
    <message>
        <source>&amp;Zalo groups: moderation</source>
        <translation>Nhóm &amp;Zalo: kiểm duyệt</translation>
    </message>
</context>
<context>
    <name>binhyen::ui::NeighboursDialog</name>
    <message>
        <source>Neighbouring hamlets</source>
        <translation>Các ấp giáp ranh</translation>
    </message>
    <message>
        <source>&amp;Hamlet:</source>
        <translation>Ấ&amp;p:</translation>
    </message>
    <message>
        <source>&amp;Bordering hamlets (tick them):</source>
        <translation>Các ấp &amp;giáp ranh (đánh dấu chọn):</translation>
    </message>
    <message>
        <source>A notice about one hamlet also goes to the Zalo groups of the hamlets that border it.</source>
        <translation>Thông báo về một ấp cũng được gửi tới nhóm Zalo của các ấp giáp ranh.</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Lưu</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Đóng</translation>
    </message>
    <message>
        <source>Save the neighbours of %1 %2?</source>
        <translation>Lưu các ấp giáp ranh của %1 %2?</translation>
    </message>
    <message>
        <source>Not saved yet.</source>
        <translation>Chưa lưu.</translation>
    </message>
    <message>
        <source>Saved the neighbours of %1.</source>
        <translation>Đã lưu các ấp giáp ranh của %1.</translation>
    </message>
</context>
<context>
    <name>binhyen::ui::NewCaseDialog</name>
    <message>
        <source>New case</source>
        <translation>Vụ việc mới</translation>
    </message>
    <message>
        <source>New case from tip %1</source>
        <translation>Mở vụ việc từ tin báo %1</translation>
    </message>
    <message>
        <source>The case is opened from tip %1, which will be linked to it. Check the fields taken from the tip.</source>
        <translation>Vụ việc được mở từ tin báo %1, tin báo này sẽ được liên kết với vụ việc. Hãy kiểm tra lại các thông tin lấy từ tin báo.</translation>
    </message>
    <message>
        <source>&amp;Open the case</source>
        <translation>&amp;Mở vụ việc</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Hủy</translation>
    </message>
</context>
<context>
    <name>binhyen::ui::OfficeHoursDialog</name>
    <message>
        <source>Office hours of the Zalo groups</source>
        <translation>Giờ hành chính của các nhóm Zalo</translation>
    </message>
    <message>
        <source>Officers post to the hamlet Zalo groups in office hours only, unless the notice is urgent.</source>
        <translation>Cán bộ chỉ đăng lên nhóm Zalo các ấp trong giờ hành chính, trừ thông báo khẩn.</translation>
    </message>
    <message>
        <source>1 = Monday … 7 = Sunday, separated by commas</source>
        <translation>1 = thứ Hai … 7 = Chủ nhật, cách nhau bằng dấu phẩy</translation>
    </message>
    <message>
        <source>Now: %1</source>
        <translation>Hiện tại: %1</translation>
    </message>
    <message>
        <source>&amp;Hours</source>
        <translation>&amp;Giờ</translation>
    </message>
    <message>
        <source>&amp;Days (1 = Monday … 7 = Sunday)</source>
        <translation>&amp;Ngày (1 = thứ Hai … 7 = Chủ nhật)</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Lưu</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Hủy</translation>
    </message>
</context>
<context>
    <name>binhyen::ui::PasswordFields</name>
    <message>
        <source>&amp;Temporary password:</source>
        <translation>&amp;Mật khẩu tạm:</translation>
    </message>
    <message>
        <source>R&amp;epeat the password:</source>
        <translation>Nhập &amp;lại mật khẩu:</translation>
    </message>
    <message>
        <source>Type a temporary password: at least 10 characters mixing letters, digits and signs. The user must change it at the next logon.</source>
        <translation>Nhập mật khẩu tạm: ít nhất 10 ký tự, gồm chữ, chữ số và ký hiệu. Người dùng phải đổi mật khẩu ở lần đăng nhập tới.</translation>
    </message>
    <message>
        <source>The two passwords differ.</source>
        <translation>Hai mật khẩu không giống nhau.</translation>
    </message>
    <message>
        <source>The password is strong enough. The user must change it at the next logon.</source>
        <translation>Mật khẩu đủ mạnh. Người dùng phải đổi mật khẩu ở lần đăng nhập tới.</translation>
    </message>
</context>
<context>
    <name>binhyen::ui::PeoplePage</name>
    <message>
        <source>Name</source>
        <translation>Họ và tên</translation>
    </message>
    <message>
        <source>Born</source>
        <translation>Năm sinh</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Điện thoại</translation>
    </message>
    <message>
        <source>ID number</source>
        <translation>Số định danh</translation>
    </message>
    <message>
        <source>Hamlet</source>
        <translation>Ấp</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Địa chỉ</translation>
    </message>
    <message>
        <source>Name (accents not needed), or 3 digits or more of a phone or ID number</source>
        <translation>Họ tên (không cần gõ dấu), hoặc từ 3 chữ số trở lên của số điện thoại hay số định danh</translation>
    </message>
    <message>
        <source>&amp;Search:</source>
        <translation>Tìm &amp;kiếm:</translation>
    </message>
    <message>
        <source>&amp;New person…</source>
        <translation>Thêm &amp;người mới…</translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation>&amp;Sửa…</translation>
    </message>
    <message>
        <source>D&amp;uplicate persons…</source>
        <translation>Hồ sơ người trùng &amp;lặp…</translation>
    </message>
    <message>
        <source>Esc clears the search.</source>
        <translation>Nhấn Esc để xóa nội dung tìm kiếm.</translation>
    </message>
    <message>
        <source>Log on to search the persons.</source>
        <translation>Hãy đăng nhập để tìm kiếm người.</translation>
    </message>
    <message>
        <source>Record a new person</source>
        <translation>Ghi hồ sơ một người mới</translation>
    </message>
    <message>
        <source>Your role may not change person records.</source>
        <translation>Vai trò của bạn không được thay đổi hồ sơ người.</translation>
    </message>
    <message>
        <source>Correct the selected person's record (Enter)</source>
        <translation>Sửa hồ sơ của người đang chọn (Enter)</translation>
    </message>
    <message>
        <source>Choose a person in the list first.</source>
        <translation>Hãy chọn một người trong danh sách trước.</translation>
    </message>
    <message>
        <source>Person records that may be the same person, to merge</source>
        <translation>Các hồ sơ có thể là cùng một người, để gộp lại</translation>
    </message>
    <message>
        <source>Only the station chief merges duplicate person records.</source>
        <translation>Chỉ Trưởng Công an xã mới gộp các hồ sơ người trùng lặp.</translation>
    </message>
    <message>
        <source>Type a name, a phone number or a CCCD number to search…</source>
        <translation>Gõ tên, số điện thoại hoặc số CCCD để tìm…</translation>
    </message>
    <message>
        <source>No person matches “%1”.</source>
        <translation>Không tìm thấy người nào khớp với “%1”.</translation>
    </message>
    <message>
        <source>Showing the first %1 persons: type more to narrow the search.</source>
        <translation>Đang hiển thị %1 người đầu tiên: hãy gõ thêm để thu hẹp kết quả.</translation>
    </message>
    <message numerus="yes">
        <source>%n person(s) found</source>
        <translation><numerusform>Tìm thấy %n người</numerusform></translation>
    </message>
    <message>
        <source>Edit person</source>
        <translation>Sửa hồ sơ người</translation>
    </message>
</context>
<context>
    <name>binhyen::ui::PersonDetailsPanel</name>
    <message>
        <source>Choose a person in the list to see their record and their cases.</source>
        <translation>Chọn một người trong danh sách để xem hồ sơ và các vụ việc liên quan.</translation>
    </message>
    <message>
        <source>Birth year:</source>
        <translation>Năm sinh:</translation>
    </message>
    <message>
        <source>Phone:</source>
        <translation>Điện thoại:</translation>
    </message>
    <message>
        <source>ID number:</source>
        <translation>Số định danh:</translation>
    </message>
    <message>
        <source>Hamlet:</source>
        <translation>Ấp:</translation>
    </message>
    <message>
        <source>Address:</source>
        <translation>Địa chỉ:</translation>
    </message>
    <message>
        <source>Note:</source>
        <translation>Ghi chú:</translation>
    </message>
    <message>
        <source>Recorded:</source>
        <translation>Ngày ghi:</translation>
    </message>
    <message>
        <source>Case</source>
        <translation>Vụ việc</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Tên vụ việc</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Vai trò</translation>
    </message>
    <message>
        <source>Enter or a double click opens the case.</source>
        <translation>Nhấn Enter hoặc nhấp đúp để mở vụ việc.</translation>
    </message>
    <message>
        <source>&amp;Roles in cases</source>
        <translation>Vai t&amp;rò trong các vụ việc</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>không rõ</translation>
    </message>
    <message>
        <source>In no case yet.</source>
        <translation>Chưa có trong vụ việc nào.</translation>
    </message>
    <message numerus="yes">
        <source>%n case role(s)</source>
        <translation><numerusform>%n vai trò trong vụ việc</numerusform></translation>
    </message>
</context>
<context>
    <name>binhyen::ui::PersonFormDialog</name>
    <message>
        <source>New person</source>
        <translation>Người mới</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>không rõ</translation>
    </message>
    <message>
        <source>CCCD: 12 digits (old CMND: 9)</source>
        <translation>CCCD: 12 chữ số (CMND cũ: 9)</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(không có)</translation>
    </message>
    <message>
        <source>Full &amp;name</source>
        <translation>&amp;Họ và tên</translation>
    </message>
    <message>
        <source>&amp;Birth year</source>
        <translation>&amp;Năm sinh</translation>
    </message>
    <message>
        <source>&amp;ID number</source>
        <translation>Số &amp;định danh</translation>
    </message>
    <message>
        <source>&amp;Phone</source>
        <translation>Điện &amp;thoại</translation>
    </message>
    <message>
        <source>&amp;Address</source>
        <translation>Đị&amp;a chỉ</translation>
    </message>
    <message>
        <source>&amp;Hamlet</source>
        <translation>Ấ&amp;p</translation>
    </message>
    <message>
        <source>N&amp;ote</source>
        <translation>&amp;Ghi chú</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Lưu</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Hủy</translation>
    </message>
    <message>
        <source>Saved. The register may already hold this person:</source>
        <translation>Đã lưu. Trong sổ có thể đã có người này:</translation>
    </message>
    <message>
        <source>A chief can merge the records (Administration → Duplicate persons…).</source>
        <translation>Chỉ huy có thể gộp các hồ sơ (Quản trị → Hồ sơ người trùng lặp…).</translation>
    </message>
    <message>
        <source>&amp;Continue</source>
        <translation>&amp;Tiếp tục</translation>
    </message>
    <message>
        <source>Edit person</source>
        <translation>Sửa hồ sơ người</translation>
    </message>
</context>
<context>
    <name>binhyen::ui::PersonPickerDialog</name>
    <message>
        <source>Add a person to the case</source>
        <translation>Thêm người vào vụ việc</translation>
    </message>
    <message>
        <source>Name (accents not needed), phone or ID number</source>
        <translation>Họ tên (không cần gõ dấu), số điện thoại hoặc số định danh</translation>
    </message>
    <message>
        <source>&amp;Find:</source>
        <translation>&amp;Tìm:</translation>
    </message>
    <message>
        <source>&amp;New person…</source>
        <translation>Người &amp;mới…</translation>
    </message>
    <message>
        <source>&amp;Role</source>
        <translation>&amp;Vai trò</translation>
    </message>
    <message>
        <source>N&amp;ote</source>
        <translation>&amp;Ghi chú</translation>
    </message>
    <message>
        <source>&amp;Add</source>
        <translation>Th&amp;êm</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Hủy</translation>
    </message>
    <message>
        <source>Choose a person from the list, or create a new one.</source>
        <translation>Hãy chọn một người trong danh sách, hoặc tạo người mới.</translation>
    </message>
</context>
<context>
    <name>binhyen::ui::PlacesDialog</name>
    <message>
        <source>Hamlets of the commune</source>
        <translation>Các ấp của xã</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Loại</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Tên</translation>
    </message>
    <message>
        <source>Households</source>
        <translation>Số hộ</translation>
    </message>
    <message>
        <source>Valid from</source>
        <translation>Hiệu lực từ</translation>
    </message>
    <message>
        <source>Valid to</source>
        <translation>Hiệu lực đến</translation>
    </message>
    <message>
        <source>&amp;Rename from a date…</source>
        <translation>Đổi &amp;tên từ ngày…</translation>
    </message>
    <message>
        <source>Set &amp;households…</source>
        <translation>Sửa số &amp;hộ…</translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation>Đó&amp;ng</translation>
    </message>
    <message>
        <source>Only the station chief edits the hamlets.</source>
        <translation>Chỉ Trưởng Công an xã được sửa danh sách ấp.</translation>
    </message>
    <message>
        <source>Rename a hamlet</source>
        <translation>Đổi tên ấp</translation>
    </message>
    <message>
        <source>&amp;Rename</source>
        <translation>Đổi &amp;tên</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Hủy</translation>
    </message>
    <message>
        <source>&amp;New name:</source>
        <translation>Tên &amp;mới:</translation>
    </message>
    <message>
        <source>&amp;From:</source>
        <translation>&amp;Từ ngày:</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Lưu</translation>
    </message>
    <message>
        <source>&amp;Total households:</source>
        <translation>&amp;Tổng số hộ:</translation>
    </message>
    <message>
        <source>&amp;Add a hamlet…</source>
        <translation>Thêm ấ&amp;p…</translation>
    </message>
    <message>
        <source>Close the ha&amp;mlet…</source>
        <translation>&amp;Giải thể ấp…</translation>
    </message>
    <message>
        <source>This row is no longer valid: it is kept for old records.</source>
        <translation>Dòng này đã hết hiệu lực: chỉ giữ lại cho hồ sơ cũ.</translation>
    </message>
    <message>
        <source>Last day: %1. Kept for the old records.</source>
        <translation>Ngày cuối: %1. Giữ lại cho hồ sơ cũ.</translation>
    </message>
    <message>
        <source>Add a hamlet</source>
        <translation>Thêm ấp</translation>
    </message>
    <message>
        <source>&amp;Add</source>
        <translation>Thê&amp;m</translation>
    </message>
    <message>
        <source>Without the kind, e.g. Cây Cám</source>
        <translation>Không ghi loại, ví dụ: Cây Cám</translation>
    </message>
    <message>
        <source>&amp;Kind:</source>
        <translation>&amp;Loại:</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>Tê&amp;n:</translation>
    </message>
    <message>
        <source>&amp;Households:</source>
        <translation>Số &amp;hộ:</translation>
    </message>
    <message>
        <source>&amp;Valid from:</source>
        <translation>Hiệu lực &amp;từ:</translation>
    </message>
    <message>
        <source>N&amp;ote:</source>
        <translation>&amp;Ghi chú:</translation>
    </message>
    <message>
        <source>Close a hamlet</source>
        <translation>Giải thể ấp</translation>
    </message>
    <message>
        <source>Close the &amp;hamlet</source>
        <translation>&amp;Giải thể ấp</translation>
    </message>
    <message>
        <source>The hamlet stays in the register for the old records; it is no longer offered after its last day.</source>
        <translation>Ấp vẫn được giữ trong sổ cho hồ sơ cũ; sau ngày cuối sẽ không còn được chọn nữa.</translation>
    </message>
    <message>
        <source>Hamlet:</source>
        <translation>Ấp:</translation>
    </message>
    <message>
        <source>&amp;Last day:</source>
        <translation>Ngày &amp;cuối:</translation>
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
<context>
    <name>binhyen::ui::RecoveryKeyPage</name>
    <message>
        <source>The recovery key</source>
        <translation>Khóa khôi phục</translation>
    </message>
    <message>
        <source>It is shown only this once. Without it, the register cannot be opened on another computer, and a chief who forgets the password cannot be restored.</source>
        <translation>Khóa chỉ hiện một lần này. Không có khóa, sổ không mở được trên máy khác và chỉ huy quên mật khẩu sẽ không khôi phục được tài khoản.</translation>
    </message>
    <message>
        <source>Print the recovery sheet (or copy the key by hand), sign it and keep it locked in the station's safe. Do not keep it on this computer, in e-mail or in Zalo.</source>
        <translation>In phiếu khóa khôi phục (hoặc chép tay khóa), ký tên và cất trong tủ sắt của đơn vị. Không lưu khóa trên máy này, trong thư điện tử hay Zalo.</translation>
    </message>
    <message>
        <source>Save the recovery sheet (PDF)…</source>
        <translation>Lưu phiếu khóa khôi phục (PDF)…</translation>
    </message>
    <message>
        <source>I have written down / printed the recovery key</source>
        <translation>Tôi đã ghi lại / in khóa khôi phục</translation>
    </message>
    <message>
        <source>Recovery sheet saved: %1. Print it, then delete the file.</source>
        <translation>Đã lưu phiếu khóa khôi phục: %1. Hãy in phiếu rồi xóa tệp này.</translation>
    </message>
    <message>
        <source>recovery-sheet.pdf</source>
        <translation>phieu-khoa-khoi-phuc.pdf</translation>
    </message>
    <message>
        <source>Save the recovery sheet</source>
        <translation>Lưu phiếu khóa khôi phục</translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>Tệp PDF (*.pdf)</translation>
    </message>
</context>
<context>
    <name>binhyen::ui::RegisterTools</name>
    <message>
        <source>&amp;Close</source>
        <translation>Đó&amp;ng</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(không có)</translation>
    </message>
    <message>
        <source>Inspectors read the register but do not change it.</source>
        <translation>Cán bộ thanh tra chỉ xem sổ, không được thay đổi.</translation>
    </message>
</context>
<context>
    <name>binhyen::ui::ReportDialog</name>
    <message>
        <source>Monthly report %1</source>
        <translation>Báo cáo tháng %1</translation>
    </message>
    <message>
        <source>I. The &amp;situation:</source>
        <translation>I. &amp;Tình hình:</translation>
    </message>
    <message>
        <source>III. S&amp;hortcomings:</source>
        <translation>III. &amp;Hạn chế, tồn tại:</translation>
    </message>
    <message>
        <source>IV. &amp;Tasks for next month:</source>
        <translation>IV. Phương hướng, &amp;nhiệm vụ tháng tới:</translation>
    </message>
    <message>
        <source>&amp;Recipients (one per line; "Archive: VT." is added):</source>
        <translation>&amp;Nơi nhận (mỗi dòng một nơi; "Lưu: VT." được thêm tự động):</translation>
    </message>
    <message>
        <source>Si&amp;gned by:</source>
        <translation>Người &amp;ký:</translation>
    </message>
    <message>
        <source>&amp;Save the text</source>
        <translation>&amp;Lưu nội dung</translation>
    </message>
    <message>
        <source>Ctrl+S: keeps this text as a new version (recorded in the audit trail)</source>
        <translation>Ctrl+S: lưu nội dung này thành một phiên bản mới (ghi vào nhật ký kiểm tra)</translation>
    </message>
    <message>
        <source>Re&amp;fresh the preview</source>
        <translation>&amp;Xem lại bản in</translation>
    </message>
    <message>
        <source>F5</source>
        <translation>F5</translation>
    </message>
    <message>
        <source>Export the &amp;PDF…</source>
        <translation>Xuất &amp;PDF…</translation>
    </message>
    <message>
        <source>Export the signed &amp;package…</source>
        <translation>Xuất &amp;gói báo cáo có chữ ký…</translation>
    </message>
    <message>
        <source>Export the &amp;CSV tables…</source>
        <translation>Xuất các bảng &amp;CSV…</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Đóng</translation>
    </message>
    <message>
        <source>Monthly report</source>
        <translation>Báo cáo tháng</translation>
    </message>
    <message>
        <source>The month %1 is not locked: the report is a DRAFT, marked on every page. A chief locks the month in the statistics view.</source>
        <translation>Tháng %1 chưa khóa số liệu: báo cáo là bản DỰ THẢO, có dấu trên mọi trang. Lãnh đạo khóa tháng tại màn hình Thống kê.</translation>
    </message>
    <message>
        <source>Report No. %1 issued on %2.</source>
        <translation>Báo cáo số %1 ban hành ngày %2.</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Export the report</source>
        <translation>Xuất báo cáo</translation>
    </message>
    <message>
        <source>Export the signed package</source>
        <translation>Xuất gói báo cáo có chữ ký</translation>
    </message>
    <message>
        <source>Export the CSV tables</source>
        <translation>Xuất các bảng CSV</translation>
    </message>
    <message>
        <source>PDF (*.pdf)</source>
        <translation>PDF (*.pdf)</translation>
    </message>
    <message>
        <source>The report was saved in %1.</source>
        <translation>Đã lưu báo cáo vào %1.</translation>
    </message>
    <message>
        <source>Report package (*.json)</source>
        <translation>Gói báo cáo (*.json)</translation>
    </message>
    <message>
        <source>The signed package was saved in %1. The province checks it with the station's public key (Administration → Station signing key).</source>
        <translation>Đã lưu gói báo cáo có chữ ký vào %1. Cấp trên kiểm tra gói bằng khóa công khai của trạm (Quản trị → Khóa ký của đơn vị).</translation>
    </message>
    <message>
        <source>Choose an empty folder for the CSV tables</source>
        <translation>Chọn một thư mục trống để lưu các bảng CSV</translation>
    </message>
    <message>
        <source>The tables were saved in %1.</source>
        <translation>Đã lưu các bảng vào %1.</translation>
    </message>
    <message>
        <source>Only the station chief exports the report.</source>
        <translation>Chỉ lãnh đạo Công an xã được xuất báo cáo.</translation>
    </message>
    <message>
        <source>The text of the report was changed and not saved. Close without saving?</source>
        <translation>Nội dung báo cáo đã sửa nhưng chưa lưu. Đóng mà không lưu?</translation>
    </message>
</context>
<context>
    <name>binhyen::ui::ResetPasswordDialog</name>
    <message>
        <source>Reset password</source>
        <translation>Đặt lại mật khẩu</translation>
    </message>
    <message>
        <source>A temporary password for %1 (%2). They must change it at their next logon.</source>
        <translation>Mật khẩu tạm cho %1 (%2). Người dùng phải đổi mật khẩu ở lần đăng nhập tới.</translation>
    </message>
    <message>
        <source>Give it to them in person, never in a message.</source>
        <translation>Hãy trao trực tiếp, không gửi qua tin nhắn.</translation>
    </message>
    <message>
        <source>&amp;Reset password</source>
        <translation>Đặt &amp;lại mật khẩu</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Hủy</translation>
    </message>
</context>
<context>
    <name>binhyen::ui::ResidentImportDialog</name>
    <message>
        <source>Import residents from a hamlet's sheet (CSV)</source>
        <translation>Nhập danh sách người dân từ bảng của ấp (CSV)</translation>
    </message>
    <message>
        <source>Choose a CSV file saved from the hamlet's sheet.</source>
        <translation>Chọn tệp CSV lưu từ bảng danh sách của ấp.</translation>
    </message>
    <message>
        <source>No file chosen</source>
        <translation>Chưa chọn tệp</translation>
    </message>
    <message>
        <source>Choose file…</source>
        <translation>Chọn tệp…</translation>
    </message>
    <message>
        <source>File:</source>
        <translation>Tệp:</translation>
    </message>
    <message>
        <source>&amp;Encoding:</source>
        <translation>&amp;Bảng mã:</translation>
    </message>
    <message>
        <source>Column in the file</source>
        <translation>Cột trong tệp</translation>
    </message>
    <message>
        <source>BinhYen field</source>
        <translation>Trường trong BinhYen</translation>
    </message>
    <message>
        <source>Line</source>
        <translation>Dòng</translation>
    </message>
    <message>
        <source>Full name</source>
        <translation>Họ và tên</translation>
    </message>
    <message>
        <source>Year of birth</source>
        <translation>Năm sinh</translation>
    </message>
    <message>
        <source>ID number</source>
        <translation>Số CCCD/CMND</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Số điện thoại</translation>
    </message>
    <message>
        <source>Hamlet</source>
        <translation>Ấp</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Tình trạng</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>Vấn đề</translation>
    </message>
    <message>
        <source>Column mapping</source>
        <translation>Ghép cột</translation>
    </message>
    <message>
        <source>Preview (as it will be imported)</source>
        <translation>Xem trước (như sẽ được nhập)</translation>
    </message>
    <message>
        <source>The first lines, as decoded</source>
        <translation>Các dòng đầu, theo bảng mã đã chọn</translation>
    </message>
    <message>
        <source>Errors, duplicates and warnings by line</source>
        <translation>Lỗi, trùng lặp và lưu ý theo dòng</translation>
    </message>
    <message>
        <source>Skip the rows with errors</source>
        <translation>Bỏ qua các dòng lỗi</translation>
    </message>
    <message>
        <source>&amp;Import</source>
        <translation>&amp;Nhập</translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation>Đó&amp;ng</translation>
    </message>
    <message>
        <source>Choose the hamlet's residents sheet</source>
        <translation>Chọn danh sách người dân của ấp</translation>
    </message>
    <message>
        <source>CSV files (*.csv *.txt);;All files (*)</source>
        <translation>Tệp CSV (*.csv *.txt);;Mọi tệp (*)</translation>
    </message>
    <message>
        <source>(not recognised; check the first lines)</source>
        <translation>(không nhận ra; hãy xem các dòng đầu)</translation>
    </message>
    <message>
        <source>(detected: %1)</source>
        <translation>(nhận ra: %1)</translation>
    </message>
    <message>
        <source>error</source>
        <translation>lỗi</translation>
    </message>
    <message>
        <source>already in the register: skipped</source>
        <translation>đã có trong sổ: bỏ qua</translation>
    </message>
    <message>
        <source>to import</source>
        <translation>sẽ nhập</translation>
    </message>
    <message>
        <source>Rows read: %1; to import: %2; with errors: %3; already in the register: %4.</source>
        <translation>Số dòng đọc được: %1; sẽ nhập: %2; có lỗi: %3; đã có trong sổ: %4.</translation>
    </message>
    <message>
        <source>The preview shows the first %1.</source>
        <translation>Phần xem trước hiển thị %1 dòng đầu.</translation>
    </message>
    <message>
        <source>Error: %1</source>
        <translation>Lỗi: %1</translation>
    </message>
    <message>
        <source>Skipped: %1</source>
        <translation>Bỏ qua: %1</translation>
    </message>
    <message>
        <source>Warning: %1</source>
        <translation>Lưu ý: %1</translation>
    </message>
    <message>
        <source>Nothing was imported: %1</source>
        <translation>Chưa nhập được gì: %1</translation>
    </message>
    <message numerus="yes">
        <source>Nothing was imported: %n row(s) have errors. Correct the file or tick "Skip the rows with errors".</source>
        <translation><numerusform>Chưa nhập được gì: %n dòng có lỗi. Hãy sửa tệp hoặc đánh dấu "Bỏ qua các dòng lỗi".</numerusform></translation>
    </message>
    <message>
        <source>Nothing was imported.</source>
        <translation>Chưa nhập được gì.</translation>
    </message>
    <message numerus="yes">
        <source>Imported %n resident(s); %1 already in the register were skipped.</source>
        <translation><numerusform>Đã nhập %n người dân; bỏ qua %1 người đã có trong sổ.</numerusform></translation>
    </message>
</context>
<context>
    <name>binhyen::ui::ResultDialog</name>
    <message>
        <source>New result</source>
        <translation>Thêm kết quả</translation>
    </message>
    <message>
        <source>&amp;Valued at</source>
        <translation>Trị &amp;giá</translation>
    </message>
    <message>
        <source>&amp;Date:</source>
        <translation>&amp;Ngày:</translation>
    </message>
    <message>
        <source>&amp;Kind:</source>
        <translation>&amp;Loại:</translation>
    </message>
    <message>
        <source>&amp;Count:</source>
        <translation>&amp;Số lượng:</translation>
    </message>
    <message>
        <source>Value (đồng):</source>
        <translation>Giá trị (đồng):</translation>
    </message>
    <message>
        <source>Ha&amp;mlet:</source>
        <translation>Ấ&amp;p:</translation>
    </message>
    <message>
        <source>&amp;Note:</source>
        <translation>Ghi &amp;chú:</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>Lư&amp;u</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Hủy</translation>
    </message>
    <message>
        <source>Only documents and property returned carry a value.</source>
        <translation>Chỉ giấy tờ, tài sản trao trả mới có giá trị.</translation>
    </message>
    <message>
        <source>Type the value in đồng, for example 1.500.000, or untick "Valued at".</source>
        <translation>Nhập giá trị bằng đồng, ví dụ 1.500.000, hoặc bỏ chọn "Trị giá".</translation>
    </message>
</context>
<context>
    <name>binhyen::ui::ResultsTab</name>
    <message>
        <source>All kinds</source>
        <translation>Tất cả các loại</translation>
    </message>
    <message>
        <source>&amp;Kind:</source>
        <translation>&amp;Loại:</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Ngày</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Loại</translation>
    </message>
    <message>
        <source>Count</source>
        <translation>Số lượng</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Giá trị</translation>
    </message>
    <message>
        <source>Hamlet</source>
        <translation>Ấp</translation>
    </message>
    <message>
        <source>Tip</source>
        <translation>Tin báo</translation>
    </message>
    <message>
        <source>Officer</source>
        <translation>Cán bộ</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Ghi chú</translation>
    </message>
    <message>
        <source>&amp;New result…</source>
        <translation>Thêm &amp;mới…</translation>
    </message>
    <message>
        <source>Results</source>
        <translation>Kết quả</translation>
    </message>
    <message>
        <source>Results: %1 · value returned: %2</source>
        <translation>Số kết quả: %1 · giá trị trao trả: %2</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Kết quả</translation>
    </message>
</context>
<context>
    <name>binhyen::ui::RevealDialog</name>
    <message>
        <source>Informant identity — %1</source>
        <translation>Danh tính người báo tin — %1</translation>
    </message>
    <message>
        <source>Tip %1, informant %2.</source>
        <translation>Tin báo %1, người báo tin %2.</translation>
    </message>
    <message>
        <source>An informant's identity is kept secret (Criminal Procedure Code, Articles 484–486). Write why you need to see it and for which task: the reason and the reveal are recorded in the audit trail under your name.</source>
        <translation>Danh tính người báo tin phải được giữ bí mật (Bộ luật Tố tụng hình sự, Điều 484–486). Hãy ghi rõ vì sao cần xem và để làm việc gì: lý do và việc xem được ghi vào nhật ký kiểm tra dưới tên của đồng chí.</translation>
    </message>
    <message>
        <source>&amp;Reason for viewing (at least %1 characters):</source>
        <translation>&amp;Lý do cần xem (ít nhất %1 ký tự):</translation>
    </message>
    <message>
        <source>For example: call the informant back to verify the theft reported on 03/09</source>
        <translation>Ví dụ: gọi lại người báo tin để xác minh vụ trộm được báo ngày 03/09</translation>
    </message>
    <message>
        <source>Identity</source>
        <translation>Danh tính</translation>
    </message>
    <message>
        <source>Full name:</source>
        <translation>Họ và tên:</translation>
    </message>
    <message>
        <source>Phone:</source>
        <translation>Điện thoại:</translation>
    </message>
    <message>
        <source>Address:</source>
        <translation>Địa chỉ:</translation>
    </message>
    <message>
        <source>ID number:</source>
        <translation>Số CCCD:</translation>
    </message>
    <message>
        <source>Relationship:</source>
        <translation>Quan hệ với vụ việc:</translation>
    </message>
    <message>
        <source>Note:</source>
        <translation>Ghi chú:</translation>
    </message>
    <message>
        <source>Viewing this identity has been recorded in the audit trail. It is hidden again when this window closes.</source>
        <translation>Việc xem danh tính đã được ghi vào nhật ký kiểm tra. Danh tính sẽ được ẩn lại khi đóng cửa sổ này.</translation>
    </message>
    <message>
        <source>&amp;Show identity</source>
        <translation>&amp;Xem danh tính</translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation>Đón&amp;g</translation>
    </message>
    <message>
        <source>Write the reason in at least %1 characters: why the identity is needed and for which task. It is recorded in the audit trail.</source>
        <translation>Hãy ghi lý do ít nhất %1 ký tự: vì sao cần xem danh tính và để làm việc gì. Lý do được ghi vào nhật ký kiểm tra.</translation>
    </message>
</context>
<context>
    <name>binhyen::ui::ReviewPage</name>
    <message>
        <source>Tips not yet classified (%1)</source>
        <translation>Tin báo chưa phân loại (%1)</translation>
    </message>
    <message>
        <source>Received</source>
        <translation>Tiếp nhận lúc</translation>
    </message>
    <message>
        <source>Every tip has been classified.</source>
        <translation>Mọi tin báo đều đã được phân loại.</translation>
    </message>
    <message>
        <source>Deadlines due within 24 hours (%1)</source>
        <translation>Sắp hết hạn trong 24 giờ (%1)</translation>
    </message>
    <message>
        <source>Deadline</source>
        <translation>Hạn</translation>
    </message>
    <message>
        <source>No deadline is due.</source>
        <translation>Không có tin báo nào sắp hết hạn.</translation>
    </message>
    <message>
        <source>Proposed as valuable tips (%1)</source>
        <translation>Đề xuất tin báo có giá trị (%1)</translation>
    </message>
    <message>
        <source>Proposed</source>
        <translation>Đề xuất lúc</translation>
    </message>
    <message>
        <source>No tip waits for confirmation.</source>
        <translation>Không có tin báo nào chờ xác nhận.</translation>
    </message>
    <message>
        <source>Cases proposed for closure (%1)</source>
        <translation>Vụ việc đề xuất kết thúc (%1)</translation>
    </message>
    <message>
        <source>No case waits for approval.</source>
        <translation>Không có vụ việc nào chờ phê duyệt.</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Mở</translation>
    </message>
    <message>
        <source>Classify…</source>
        <translation>Phân loại…</translation>
    </message>
    <message>
        <source>Assign…</source>
        <translation>Giao việc…</translation>
    </message>
    <message>
        <source>Confirm valuable…</source>
        <translation>Xác nhận có giá trị…</translation>
    </message>
    <message>
        <source>Reject…</source>
        <translation>Không xác nhận…</translation>
    </message>
    <message>
        <source>Approve closure…</source>
        <translation>Duyệt kết thúc…</translation>
    </message>
    <message>
        <source>Send back…</source>
        <translation>Trả lại…</translation>
    </message>
    <message>
        <source>Nothing waits for review.</source>
        <translation>Không có việc nào chờ duyệt.</translation>
    </message>
    <message>
        <source>The review queue could not be read: %1</source>
        <translation>Không đọc được danh sách chờ duyệt: %1</translation>
    </message>
    <message>
        <source>Classify tip %1</source>
        <translation>Phân loại tin báo %1</translation>
    </message>
    <message>
        <source>&amp;Reason</source>
        <translation>&amp;Lý do</translation>
    </message>
    <message>
        <source>&amp;Classification</source>
        <translation>&amp;Phân loại</translation>
    </message>
    <message>
        <source>Assign case %1</source>
        <translation>Giao vụ việc %1</translation>
    </message>
    <message>
        <source>Assign tip %1</source>
        <translation>Giao tin báo %1</translation>
    </message>
    <message>
        <source>&amp;Note</source>
        <translation>&amp;Ghi chú</translation>
    </message>
    <message>
        <source>&amp;Officer</source>
        <translation>&amp;Cán bộ</translation>
    </message>
    <message>
        <source>Confirm tip %1 as valuable</source>
        <translation>Xác nhận tin báo %1 có giá trị</translation>
    </message>
    <message>
        <source>Do not confirm tip %1 as valuable</source>
        <translation>Không xác nhận tin báo %1 có giá trị</translation>
    </message>
    <message>
        <source>Approve the closure of case %1</source>
        <translation>Duyệt kết thúc vụ việc %1</translation>
    </message>
    <message>
        <source>&amp;Comment</source>
        <translation>&amp;Ý kiến</translation>
    </message>
    <message>
        <source>Send case %1 back</source>
        <translation>Trả lại vụ việc %1</translation>
    </message>
    <message>
        <source>Say what is missing: the officer in charge reads this comment.</source>
        <translation>Ghi rõ còn thiếu gì: cán bộ thụ lý sẽ đọc ý kiến này.</translation>
    </message>
</context>
<context>
    <name>binhyen::ui::ReviewSection</name>
    <message>
        <source>Number</source>
        <translation>Số</translation>
    </message>
    <message>
        <source>Content</source>
        <translation>Nội dung</translation>
    </message>
    <message>
        <source>Hamlet</source>
        <translation>Ấp</translation>
    </message>
    <message>
        <source>Officer</source>
        <translation>Cán bộ</translation>
    </message>
    <message>
        <source>%1 (overdue)</source>
        <translation>%1 (quá hạn)</translation>
    </message>
    <message>
        <source>Showing the first %1 of %2.</source>
        <translation>Đang hiện %1 mục đầu tiên trong tổng số %2.</translation>
    </message>
</context>
<context>
    <name>binhyen::ui::RuleChangeDialog</name>
    <message>
        <source>Change a legal rule</source>
        <translation>Thay đổi quy định thời hạn</translation>
    </message>
    <message>
        <source>New &amp;value:</source>
        <translation>&amp;Giá trị mới:</translation>
    </message>
    <message>
        <source>&amp;Effective from:</source>
        <translation>Áp dụng &amp;từ ngày:</translation>
    </message>
    <message>
        <source>&amp;Legal source:</source>
        <translation>Căn cứ &amp;pháp lý:</translation>
    </message>
    <message>
        <source>N&amp;ote:</source>
        <translation>Ghi &amp;chú:</translation>
    </message>
    <message>
        <source>Earlier values stay in the register: deadlines before this date keep the old value. The change is recorded in the audit trail.</source>
        <translation>Giá trị cũ vẫn được lưu trong sổ: thời hạn trước ngày này giữ giá trị cũ. Thay đổi được ghi vào nhật ký kiểm tra.</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Lưu</translation>
    </message>
    <message>
        <source>&amp;Cancel</source>
        <translation>&amp;Hủy</translation>
    </message>
</context>
<context>
    <name>binhyen::ui::RulesDialog</name>
    <message>
        <source>Legal deadlines and days off</source>
        <translation>Quy định thời hạn và ngày nghỉ</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>Mã</translation>
    </message>
    <message>
        <source>Rule</source>
        <translation>Quy định</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Giá trị</translation>
    </message>
    <message>
        <source>Legal source</source>
        <translation>Căn cứ pháp lý</translation>
    </message>
    <message>
        <source>Effective from</source>
        <translation>Áp dụng từ</translation>
    </message>
    <message>
        <source>To confirm</source>
        <translation>Cần đối chiếu</translation>
    </message>
    <message>
        <source>&amp;Change…</source>
        <translation>&amp;Thay đổi…</translation>
    </message>
    <message>
        <source>Give the rule a new value from a date, with its legal source</source>
        <translation>Đặt giá trị mới cho quy định kể từ một ngày, kèm căn cứ pháp lý</translation>
    </message>
    <message>
        <source>&amp;Rules in force</source>
        <translation>&amp;Quy định đang áp dụng</translation>
    </message>
    <message>
        <source>&amp;Days off</source>
        <translation>&amp;Ngày nghỉ</translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation>Đó&amp;ng</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>có</translation>
    </message>
    <message>
        <source>no</source>
        <translation>không</translation>
    </message>
    <message>
        <source>%1 minutes</source>
        <translation>%1 phút</translation>
    </message>
    <message>
        <source>%1 hours</source>
        <translation>%1 giờ</translation>
    </message>
    <message>
        <source>%1 days</source>
        <translation>%1 ngày</translation>
    </message>
    <message>
        <source>%1 months</source>
        <translation>%1 tháng</translation>
    </message>
    <message>
        <source>%1 (not yet in force)</source>
        <translation>%1 (chưa có hiệu lực)</translation>
    </message>
    <message>
        <source>to confirm</source>
        <translation>cần đối chiếu</translation>
    </message>
    <message>
        <source>%1: the new value applies from %2.</source>
        <translation>%1: giá trị mới áp dụng từ ngày %2.</translation>
    </message>
</context>
<context>
    <name>binhyen::ui::SessionActions</name>
    <message>
        <source>&amp;Administration</source>
        <translation>&amp;Quản trị</translation>
    </message>
    <message>
        <source>&amp;Accounts…</source>
        <translation>&amp;Tài khoản…</translation>
    </message>
    <message>
        <source>A&amp;udit trail…</source>
        <translation>&amp;Nhật ký kiểm tra…</translation>
    </message>
    <message>
        <source>See who gave this tip…</source>
        <translation>Xem danh tính người báo tin…</translation>
    </message>
    <message>
        <source>Reveal the sealed identity of the selected tip's informant, with a written reason (recorded in the audit trail)</source>
        <translation>Xem danh tính đã niêm phong của người báo tin của tin báo đang chọn, kèm lý do bằng văn bản (được ghi vào nhật ký kiểm tra)</translation>
    </message>
    <message>
        <source>Tips</source>
        <translation>Tin báo</translation>
    </message>
    <message>
        <source>Legal &amp;deadlines and days off…</source>
        <translation>Quy định &amp;thời hạn và ngày nghỉ…</translation>
    </message>
    <message>
        <source>&amp;Neighbouring hamlets…</source>
        <translation>Các ấp &amp;giáp ranh…</translation>
    </message>
    <message>
        <source>&amp;Office hours of the Zalo groups…</source>
        <translation>Giờ &amp;hành chính của các nhóm Zalo…</translation>
    </message>
    <message>
        <source>Du&amp;plicate persons…</source>
        <translation>Hồ sơ người trùng &amp;lặp…</translation>
    </message>
    <message>
        <source>Print receipt record (Mẫu 01)…</source>
        <translation>In biên bản tiếp nhận (Mẫu 01)…</translation>
    </message>
    <message>
        <source>The receipt record of the selected tip (Mẫu 01)</source>
        <translation>Biên bản tiếp nhận của tin báo đang chọn (Mẫu 01)</translation>
    </message>
    <message>
        <source>Print transfer slip (Mẫu 03)…</source>
        <translation>In phiếu chuyển (Mẫu 03)…</translation>
    </message>
    <message>
        <source>The transfer slip of the selected forwarded tip (Mẫu 03)</source>
        <translation>Phiếu chuyển của tin báo đã chuyển đang chọn (Mẫu 03)</translation>
    </message>
    <message>
        <source>Post lost-person notice to Zalo…</source>
        <translation>Đăng thông báo tìm người đi lạc lên Zalo…</translation>
    </message>
    <message>
        <source>A notice about the lost person for the hamlet Zalo groups</source>
        <translation>Thông báo về người đi lạc cho các nhóm Zalo của ấp</translation>
    </message>
    <message>
        <source>Classify…</source>
        <translation>Phân loại…</translation>
    </message>
    <message>
        <source>Classify the selected tip</source>
        <translation>Phân loại tin báo đang chọn</translation>
    </message>
    <message>
        <source>Assign…</source>
        <translation>Giao việc…</translation>
    </message>
    <message>
        <source>Give the selected tip to an officer</source>
        <translation>Giao tin báo đang chọn cho một cán bộ</translation>
    </message>
    <message>
        <source>This tip's informant identity is sealed: only a chief can print its receipt record, with a reason.</source>
        <translation>Danh tính người báo tin của tin báo này đã được niêm phong: chỉ chỉ huy mới in được biên bản tiếp nhận, kèm lý do.</translation>
    </message>
    <message>
        <source>Only a forwarded tip has a transfer slip.</source>
        <translation>Chỉ tin báo đã chuyển mới có phiếu chuyển.</translation>
    </message>
    <message>
        <source>Only for a tip about a lost person.</source>
        <translation>Chỉ dùng cho tin báo về người đi lạc.</translation>
    </message>
    <message>
        <source>Receipt record (Mẫu 01) — %1</source>
        <translation>Biên bản tiếp nhận (Mẫu 01) — %1</translation>
    </message>
    <message>
        <source>The receipt record names the informant %1. Write why it is printed: the reason and the reveal are recorded in the audit trail under your name.</source>
        <translation>Biên bản tiếp nhận ghi danh tính người báo tin %1. Hãy ghi lý do in: lý do và việc xem danh tính được ghi vào nhật ký kiểm tra dưới tên đồng chí.</translation>
    </message>
    <message>
        <source>&amp;Reason (at least %1 characters)</source>
        <translation>&amp;Lý do (ít nhất %1 ký tự)</translation>
    </message>
    <message>
        <source>Write the reason in at least %1 characters.</source>
        <translation>Hãy ghi lý do, ít nhất %1 ký tự.</translation>
    </message>
    <message>
        <source>Classify tip %1</source>
        <translation>Phân loại tin báo %1</translation>
    </message>
    <message>
        <source>&amp;Reason</source>
        <translation>&amp;Lý do</translation>
    </message>
    <message>
        <source>&amp;Classification</source>
        <translation>&amp;Phân loại</translation>
    </message>
    <message>
        <source>Assign tip %1</source>
        <translation>Giao tin báo %1</translation>
    </message>
    <message>
        <source>&amp;Officer</source>
        <translation>&amp;Cán bộ</translation>
    </message>
    <message>
        <source>&amp;Hamlets of the commune…</source>
        <translation>Danh sách &amp;ấp của xã…</translation>
    </message>
    <message>
        <source>&amp;Station identity over time…</source>
        <translation>Lịch sử thông tin đơn &amp;vị…</translation>
    </message>
    <message>
        <source>Station signing &amp;key…</source>
        <translation>&amp;Khóa ký của đơn vị…</translation>
    </message>
</context>
<context>
    <name>binhyen::ui::StationHistoryDialog</name>
    <message>
        <source>Station identity over time</source>
        <translation>Lịch sử thông tin đơn vị</translation>
    </message>
    <message>
        <source>Effective from</source>
        <translation>Áp dụng từ</translation>
    </message>
    <message>
        <source>Unit name</source>
        <translation>Tên đơn vị</translation>
    </message>
    <message>
        <source>Parent body</source>
        <translation>Cơ quan cấp trên</translation>
    </message>
    <message>
        <source>Place name</source>
        <translation>Địa danh</translation>
    </message>
    <message>
        <source>Report recipient</source>
        <translation>Nơi nhận báo cáo</translation>
    </message>
    <message>
        <source>Commune code</source>
        <translation>Mã xã</translation>
    </message>
    <message>
        <source>Province</source>
        <translation>Tỉnh</translation>
    </message>
    <message>
        <source>&amp;Add a row from a date…</source>
        <translation>&amp;Thêm dòng từ ngày…</translation>
    </message>
    <message>
        <source>Only the station chief changes the station's identity.</source>
        <translation>Chỉ Trưởng Công an xã được thay đổi thông tin đơn vị.</translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation>Đó&amp;ng</translation>
    </message>
    <message>
        <source>New station identity row</source>
        <translation>Thêm dòng thông tin đơn vị</translation>
    </message>
    <message>
        <source>Effective &amp;from:</source>
        <translation>Áp dụng &amp;từ ngày:</translation>
    </message>
    <message>
        <source>&amp;Unit name:</source>
        <translation>Tên đơn &amp;vị:</translation>
    </message>
    <message>
        <source>&amp;Parent body:</source>
        <translation>Cơ quan &amp;cấp trên:</translation>
    </message>
    <message>
        <source>Place &amp;name (date line):</source>
        <translation>Địa &amp;danh (dòng ngày tháng):</translation>
    </message>
    <message>
        <source>&amp;Report recipient:</source>
        <translation>Nơi nhận &amp;báo cáo:</translation>
    </message>
    <message>
        <source>&amp;Commune code:</source>
        <translation>&amp;Mã xã:</translation>
    </message>
    <message>
        <source>Pro&amp;vince code:</source>
        <translation>Mã t&amp;ỉnh:</translation>
    </message>
    <message>
        <source>Provin&amp;ce name:</source>
        <translation>Tê&amp;n tỉnh:</translation>
    </message>
    <message>
        <source>&amp;Why it changed:</source>
        <translation>&amp;Lý do thay đổi:</translation>
    </message>
    <message>
        <source>&amp;Add</source>
        <translation>Th&amp;êm</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Hủy</translation>
    </message>
</context>
<context>
    <name>binhyen::ui::StationKeyDialog</name>
    <message>
        <source>Station signing key</source>
        <translation>Khóa ký của đơn vị</translation>
    </message>
    <message>
        <source>The monthly report packages this station sends are signed with this key. The province registers the public key and its fingerprint once, then checks every package with it (binhyen verify-package FILE --public-key KEY). Read the fingerprint to the province by telephone or send it in writing: if the fingerprints differ, the packages do not come from this station.</source>
        <translation>Các gói báo cáo tháng đơn vị gửi lên đều được ký bằng khóa này. Công an tỉnh đăng ký khóa công khai và dấu vân tay của khóa một lần, sau đó dùng khóa để kiểm tra từng gói báo cáo (binhyen verify-package TỆP --public-key KHÓA). Hãy đọc dấu vân tay cho Công an tỉnh qua điện thoại hoặc gửi bằng văn bản: nếu dấu vân tay không khớp, các gói báo cáo không phải do đơn vị này gửi.</translation>
    </message>
    <message>
        <source>Public key (base64):</source>
        <translation>Khóa công khai (base64):</translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation>&amp;Sao chép</translation>
    </message>
    <message>
        <source>Fingerprint:</source>
        <translation>Dấu vân tay:</translation>
    </message>
</context>
<context>
    <name>binhyen::ui::StationPage</name>
    <message>
        <source>The station</source>
        <translation>Đơn vị</translation>
    </message>
    <message>
        <source>As it is written at the top of the station's documents. Fields marked * are required.</source>
        <translation>Ghi đúng như ở đầu văn bản của đơn vị. Các ô có dấu * là bắt buộc.</translation>
    </message>
    <message>
        <source>Unit name *</source>
        <translation>Tên đơn vị *</translation>
    </message>
    <message>
        <source>Superior body *</source>
        <translation>Cơ quan cấp trên *</translation>
    </message>
    <message>
        <source>Commune code *</source>
        <translation>Mã xã *</translation>
    </message>
    <message>
        <source>Province code *</source>
        <translation>Mã tỉnh *</translation>
    </message>
    <message>
        <source>Province or city</source>
        <translation>Tỉnh, thành phố</translation>
    </message>
    <message>
        <source>Place name for the date line *</source>
        <translation>Địa danh ở dòng ngày tháng *</translation>
    </message>
    <message>
        <source>Reports are sent to</source>
        <translation>Nơi nhận báo cáo</translation>
    </message>
    <message>
        <source>e.g. %1</source>
        <translation>ví dụ: %1</translation>
    </message>
</context>
<context>
    <name>binhyen::ui::StatisticsPage</name>
    <message>
        <source>&amp;Month:</source>
        <translation>&amp;Tháng:</translation>
    </message>
    <message>
        <source>&amp;Lock the month…</source>
        <translation>&amp;Khóa sổ tháng…</translation>
    </message>
    <message>
        <source>Indicator</source>
        <translation>Chỉ tiêu</translation>
    </message>
    <message>
        <source>This month</source>
        <translation>Tháng này</translation>
    </message>
    <message>
        <source>Previous month</source>
        <translation>Tháng trước</translation>
    </message>
    <message>
        <source>Same month last year</source>
        <translation>Cùng kỳ năm trước</translation>
    </message>
    <message>
        <source>&amp;Adjustments to locked months:</source>
        <translation>&amp;Điều chỉnh số liệu các tháng đã khóa sổ:</translation>
    </message>
    <message>
        <source>Log on to see the statistics.</source>
        <translation>Hãy đăng nhập để xem thống kê.</translation>
    </message>
    <message>
        <source>Computing the figures…</source>
        <translation>Đang tính số liệu…</translation>
    </message>
    <message>
        <source>Statistics</source>
        <translation>Thống kê</translation>
    </message>
    <message>
        <source>Locked, report no. %1</source>
        <translation>Đã khóa sổ, báo cáo số %1</translation>
    </message>
    <message>
        <source>Not locked</source>
        <translation>Chưa khóa sổ</translation>
    </message>
    <message>
        <source>%1 — %2: issued %3, now %4</source>
        <translation>%1 — %2: đã báo cáo %3, nay %4</translation>
    </message>
    <message>
        <source>No adjustments.</source>
        <translation>Không có điều chỉnh.</translation>
    </message>
    <message>
        <source>Only the chief of the station can lock a month.</source>
        <translation>Chỉ Trưởng Công an xã mới được khóa sổ tháng.</translation>
    </message>
    <message>
        <source>This month is already locked.</source>
        <translation>Tháng này đã khóa sổ.</translation>
    </message>
    <message>
        <source>Store the month's figures as issued in the monthly report.</source>
        <translation>Lưu số liệu của tháng như đã báo cáo trong báo cáo tháng.</translation>
    </message>
    <message>
        <source>Lock the month</source>
        <translation>Khóa sổ tháng</translation>
    </message>
    <message>
        <source>Lock %1? Its figures will be stored as issued and can then only be changed by a correction.</source>
        <translation>Khóa sổ tháng %1? Số liệu sẽ được lưu như đã báo cáo và sau đó chỉ có thể thay đổi bằng báo cáo đính chính.</translation>
    </message>
    <message>
        <source>&amp;Export CSV…</source>
        <translation>&amp;Xuất CSV…</translation>
    </message>
    <message>
        <source>Save this table as a CSV file that Excel opens (the export is recorded in the audit trail).</source>
        <translation>Lưu bảng này thành tệp CSV mở được bằng Excel (việc xuất được ghi vào nhật ký).</translation>
    </message>
    <message>
        <source>Export CSV</source>
        <translation>Xuất CSV</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>Tệp CSV (*.csv)</translation>
    </message>
    <message>
        <source>The file could not be written.</source>
        <translation>Không ghi được tệp.</translation>
    </message>
    <message>
        <source>Statistics %1: %2</source>
        <translation>Thống kê %1: %2</translation>
    </message>
    <message>
        <source>Computing… %p%</source>
        <translation>Đang tính… %p%</translation>
    </message>
    <message>
        <source>Issue a c&amp;orrection…</source>
        <translation>Đính &amp;chính…</translation>
    </message>
    <message>
        <source>Monthly re&amp;port…</source>
        <translation>Báo cáo thán&amp;g…</translation>
    </message>
    <message>
        <source>Prepare the monthly report of this month for the province.</source>
        <translation>Lập báo cáo tháng này gửi cấp trên.</translation>
    </message>
    <message>
        <source>Double-click a figure or press Enter to list the records behind it.</source>
        <translation>Nhấp đúp vào một số liệu hoặc nhấn Enter để xem các hồ sơ tạo nên số liệu đó.</translation>
    </message>
    <message>
        <source>Reports &amp;issued for the month:</source>
        <translation>Báo cáo đã ban &amp;hành trong tháng:</translation>
    </message>
    <message>
        <source>&amp;Table</source>
        <translation>Bả&amp;ng số liệu</translation>
    </message>
    <message>
        <source>C&amp;harts</source>
        <translation>Biể&amp;u đồ</translation>
    </message>
    <message>
        <source>Only the chief of the station can issue a correction.</source>
        <translation>Chỉ Trưởng Công an xã mới được ban hành báo cáo đính chính.</translation>
    </message>
    <message>
        <source>Only a locked month can be corrected.</source>
        <translation>Chỉ tháng đã khóa sổ mới có thể đính chính.</translation>
    </message>
    <message>
        <source>Issue a correction report of this month (đính chính) with the figures as they are now.</source>
        <translation>Ban hành báo cáo đính chính của tháng này với số liệu hiện tại.</translation>
    </message>
    <message>
        <source>Records behind the figure</source>
        <translation>Hồ sơ tạo nên số liệu</translation>
    </message>
    <message>
        <source>Correction no. %1 issued.</source>
        <translation>Đã ban hành báo cáo đính chính số %1.</translation>
    </message>
    <message>
        <source>No. %1 — correction issued %2: %3</source>
        <translation>Số %1 — báo cáo đính chính, ban hành %2: %3</translation>
    </message>
    <message>
        <source>No. %1 — original report, issued %2</source>
        <translation>Số %1 — báo cáo gốc, ban hành %2</translation>
    </message>
    <message>
        <source>No report issued: the month is not locked.</source>
        <translation>Chưa có báo cáo: tháng chưa khóa sổ.</translation>
    </message>
    <message>
        <source>Note: the audit checkpoint could not be kept in this computer's keychain (%1). The report is issued; keep the backups.</source>
        <translation>Lưu ý: không lưu được điểm kiểm tra nhật ký vào kho khóa của máy này (%1). Báo cáo vẫn được ban hành; hãy giữ các bản sao lưu.</translation>
    </message>
</context>
<context>
    <name>binhyen::ui::StatsChartsPanel</name>
    <message>
        <source>Click a bar to list the tips behind it.</source>
        <translation>Bấm vào một cột để xem danh sách tin báo tạo nên số liệu đó.</translation>
    </message>
    <message>
        <source>Tips received per month by channel (12 months to %1)</source>
        <translation>Tin báo tiếp nhận theo tháng, theo kênh (12 tháng đến %1)</translation>
    </message>
    <message>
        <source>Month</source>
        <translation>Tháng</translation>
    </message>
    <message>
        <source>Tips</source>
        <translation>Tin báo</translation>
    </message>
    <message>
        <source>Tips of %1 by classification</source>
        <translation>Tin báo tháng %1 theo phân loại</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Tips of %1 by classification: none</source>
        <translation>Tin báo tháng %1 theo phân loại: không có</translation>
    </message>
    <message>
        <source>Tips of %1 by category</source>
        <translation>Tin báo tháng %1 theo lĩnh vực</translation>
    </message>
    <message>
        <source>Zalo groups by hamlet on %1</source>
        <translation>Nhóm Zalo theo ấp, khu phố ngày %1</translation>
    </message>
    <message>
        <source>%1 of %2 hamlets have a Zalo group in force; %3 of %4 households are connected.</source>
        <translation>%1/%2 ấp, khu phố có nhóm Zalo đang hoạt động; %3/%4 hộ gia đình đã tham gia.</translation>
    </message>
    <message>
        <source>Households connected (hamlet with a group)</source>
        <translation>Hộ đã tham gia (ấp có nhóm)</translation>
    </message>
    <message>
        <source>Households not connected</source>
        <translation>Hộ chưa tham gia</translation>
    </message>
    <message>
        <source>Hamlet without a group (households)</source>
        <translation>Ấp chưa có nhóm (số hộ)</translation>
    </message>
    <message>
        <source>Households</source>
        <translation>Số hộ</translation>
    </message>
    <message>
        <source>Results of %1 (property returned worth %2 đồng)</source>
        <translation>Kết quả tháng %1 (tài sản trả lại trị giá %2 đồng)</translation>
    </message>
    <message>
        <source>Results</source>
        <translation>Kết quả</translation>
    </message>
    <message>
        <source>Number</source>
        <translation>Số lượng</translation>
    </message>
</context>
<context>
    <name>binhyen::ui::SuspectOutcomeDialog</name>
    <message>
        <source>Suspect outcome — %1</source>
        <translation>Kết quả xử lý đối tượng — %1</translation>
    </message>
    <message>
        <source>&amp;Identified</source>
        <translation>&amp;Xác định được</translation>
    </message>
    <message>
        <source>&amp;Arrested</source>
        <translation>&amp;Bắt giữ</translation>
    </message>
    <message>
        <source>&amp;Caught in the act</source>
        <translation>Bắt &amp;quả tang</translation>
    </message>
    <message>
        <source>&amp;Surrendered (đầu thú)</source>
        <translation>Đầu &amp;thú</translation>
    </message>
    <message>
        <source>&amp;Handed over to the investigating body</source>
        <translation>Bàn &amp;giao cho cơ quan điều tra</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Lưu</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Hủy</translation>
    </message>
</context>
<context>
    <name>binhyen::ui::TipFormDialog</name>
    <message>
        <source>The summary or the details repeat the informant's name or phone number. Remove them: only the sealed identity may hold them.</source>
        <translation>Nội dung tóm tắt hoặc chi tiết đang nhắc lại tên hoặc số điện thoại của người báo tin. Hãy xóa đi: chỉ phần danh tính niêm phong được ghi các thông tin này.</translation>
    </message>
    <message>
        <source>The summary is required.</source>
        <translation>Cần nhập nội dung tóm tắt.</translation>
    </message>
    <message>
        <source>The tip was not saved</source>
        <translation>Chưa lưu được tin báo</translation>
    </message>
    <message>
        <source>Saved tip %1</source>
        <translation>Đã lưu tin báo %1</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Đóng</translation>
    </message>
    <message>
        <source>The draft could not be saved: %1</source>
        <translation>Không lưu được bản nháp: %1</translation>
    </message>
    <message>
        <source>Draft saved at %1</source>
        <translation>Đã lưu nháp lúc %1</translation>
    </message>
    <message>
        <source>An unsaved tip from %1 was found (the form was closed without saving). Resume it?</source>
        <translation>Có một tin báo chưa lưu từ %1 (biểu mẫu đã bị đóng khi chưa lưu). Tiếp tục nhập?</translation>
    </message>
    <message>
        <source>The informant's identity was sealed in the draft and cannot be shown again: ask for it and type it again.</source>
        <translation>Danh tính người báo tin trong bản nháp đã được niêm phong, không hiển thị lại được: hãy hỏi và nhập lại.</translation>
    </message>
    <message>
        <source>Discard this tip?</source>
        <translation>Bỏ tin báo này?</translation>
    </message>
    <message>
        <source>The tip has not been saved. Discard what was typed?</source>
        <translation>Tin báo chưa được lưu. Bỏ những gì đã nhập?</translation>
    </message>
    <message>
        <source>Discard</source>
        <translation>Bỏ</translation>
    </message>
    <message>
        <source>Keep typing</source>
        <translation>Tiếp tục nhập</translation>
    </message>
    <message>
        <source>New tip</source>
        <translation>Tin báo mới</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Điện thoại</translation>
    </message>
    <message>
        <source>Hotline</source>
        <translation>Đường dây nóng</translation>
    </message>
    <message>
        <source>Hamlet Zalo group</source>
        <translation>Nhóm Zalo ấp</translation>
    </message>
    <message>
        <source>In person</source>
        <translation>Trực tiếp</translation>
    </message>
    <message>
        <source>Security camera (footage)</source>
        <translation>Camera an ninh (trích xuất)</translation>
    </message>
    <message>
        <source>Document or letter</source>
        <translation>Văn bản/thư</translation>
    </message>
    <message>
        <source>Anonymous</source>
        <translation>Ẩn danh</translation>
    </message>
    <message>
        <source>Identified (sealed)</source>
        <translation>Có danh tính (niêm phong)</translation>
    </message>
    <message>
        <source>Informant identity — sealed on saving</source>
        <translation>Danh tính người báo tin — niêm phong khi lưu</translation>
    </message>
    <message>
        <source>Type a few letters, accents optional</source>
        <translation>Gõ vài chữ, không cần dấu</translation>
    </message>
    <message>
        <source>Not classified yet</source>
        <translation>Chưa phân loại</translation>
    </message>
    <message>
        <source>Denunciation (tố giác)</source>
        <translation>Tố giác về tội phạm</translation>
    </message>
    <message>
        <source>Crime report (tin báo về tội phạm)</source>
        <translation>Tin báo về tội phạm</translation>
    </message>
    <message>
        <source>Prosecution request (kiến nghị khởi tố)</source>
        <translation>Kiến nghị khởi tố</translation>
    </message>
    <message>
        <source>Public order report (phản ánh ANTT)</source>
        <translation>Phản ánh về ANTT</translation>
    </message>
    <message>
        <source>Not a security matter</source>
        <translation>Không thuộc lĩnh vực ANTT</translation>
    </message>
    <message>
        <source>Normal</source>
        <translation>Bình thường</translation>
    </message>
    <message>
        <source>Urgent</source>
        <translation>Khẩn</translation>
    </message>
    <message>
        <source>Immediate — report at once</source>
        <translation>Hỏa tốc — báo cáo ngay</translation>
    </message>
    <message>
        <source>Required: what happened, where</source>
        <translation>Bắt buộc: việc gì, ở đâu</translation>
    </message>
    <message>
        <source>&amp;Resume the draft</source>
        <translation>&amp;Tiếp tục bản nháp</translation>
    </message>
    <message>
        <source>Discard the draft</source>
        <translation>Bỏ bản nháp</translation>
    </message>
    <message>
        <source>Full name</source>
        <translation>Họ và tên</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Địa chỉ</translation>
    </message>
    <message>
        <source>ID number</source>
        <translation>Số CCCD</translation>
    </message>
    <message>
        <source>Relationship</source>
        <translation>Quan hệ với vụ việc</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Ghi chú</translation>
    </message>
    <message>
        <source>Received at</source>
        <translation>Thời gian tiếp nhận</translation>
    </message>
    <message>
        <source>Channel</source>
        <translation>Kênh tiếp nhận</translation>
    </message>
    <message>
        <source>Zalo group</source>
        <translation>Nhóm Zalo</translation>
    </message>
    <message>
        <source>Informant</source>
        <translation>Người báo tin</translation>
    </message>
    <message>
        <source>Hamlet</source>
        <translation>Ấp/khu phố</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Lĩnh vực</translation>
    </message>
    <message>
        <source>Classification</source>
        <translation>Phân loại</translation>
    </message>
    <message>
        <source>Urgency</source>
        <translation>Mức độ khẩn</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>Nội dung tóm tắt</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Chi tiết</translation>
    </message>
    <message>
        <source>Save (Ctrl+Enter)</source>
        <translation>Lưu (Ctrl+Enter)</translation>
    </message>
    <message>
        <source>Close (Esc)</source>
        <translation>Đóng (Esc)</translation>
    </message>
    <message>
        <source>(sealed)</source>
        <translation>(đã niêm phong)</translation>
    </message>
    <message>
        <source>&amp;Print Mẫu 01 now…</source>
        <translation>&amp;In Mẫu 01 ngay…</translation>
    </message>
    <message>
        <source>The receipt record (Mẫu 01) with the informant's identity typed in this form; printing is recorded in the audit trail</source>
        <translation>Biên bản tiếp nhận (Mẫu 01) với danh tính người báo tin vừa nhập trong biểu mẫu này; việc in được ghi vào nhật ký kiểm tra</translation>
    </message>
</context>
<context>
    <name>binhyen::ui::TipListPage</name>
    <message>
        <source>Search tips: words without accents are fine (lang dai, trom cap, 72E1-123.45)</source>
        <translation>Tìm tin báo: gõ không dấu cũng được (lang dai, trom cap, 72E1-123.45)</translation>
    </message>
    <message>
        <source>All statuses</source>
        <translation>Mọi trạng thái</translation>
    </message>
    <message>
        <source>All channels</source>
        <translation>Mọi kênh</translation>
    </message>
    <message>
        <source>All classifications</source>
        <translation>Mọi phân loại</translation>
    </message>
    <message>
        <source>Denunciation</source>
        <translation>Tố giác về tội phạm</translation>
    </message>
    <message>
        <source>Crime report</source>
        <translation>Tin báo về tội phạm</translation>
    </message>
    <message>
        <source>Prosecution petition</source>
        <translation>Kiến nghị khởi tố</translation>
    </message>
    <message>
        <source>Security and order report</source>
        <translation>Phản ánh ANTT</translation>
    </message>
    <message>
        <source>Not a security matter</source>
        <translation>Không thuộc ANTT</translation>
    </message>
    <message>
        <source>Not classified yet</source>
        <translation>Chưa phân loại</translation>
    </message>
    <message>
        <source>All categories</source>
        <translation>Mọi loại việc</translation>
    </message>
    <message>
        <source>All hamlets</source>
        <translation>Mọi ấp/khu phố</translation>
    </message>
    <message>
        <source>All officers</source>
        <translation>Mọi cán bộ</translation>
    </message>
    <message>
        <source>Due within 24 hours</source>
        <translation>Sắp đến hạn (24 giờ)</translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation>Quá hạn</translation>
    </message>
    <message>
        <source>Newest first</source>
        <translation>Mới nhất trước</translation>
    </message>
    <message>
        <source>Oldest first</source>
        <translation>Cũ nhất trước</translation>
    </message>
    <message>
        <source>Received from</source>
        <translation>Tiếp nhận từ ngày</translation>
    </message>
    <message>
        <source>to</source>
        <translation>đến ngày</translation>
    </message>
    <message>
        <source>Tips found: %1</source>
        <translation>Số tin báo: %1</translation>
    </message>
</context>
<context>
    <name>binhyen::ui::TipStatusDialog</name>
    <message>
        <source>%1 — tip %2</source>
        <translation>%1 — tin báo %2</translation>
    </message>
    <message>
        <source>e.g. Investigation police of the district</source>
        <translation>ví dụ: Cơ quan Cảnh sát điều tra Công an huyện</translation>
    </message>
    <message>
        <source>Receiving body</source>
        <translation>Cơ quan tiếp nhận</translation>
    </message>
    <message>
        <source>dd/MM/yyyy HH:mm</source>
        <translation>dd/MM/yyyy HH:mm</translation>
    </message>
    <message>
        <source>Forwarded at</source>
        <translation>Thời gian chuyển</translation>
    </message>
    <message>
        <source>Transfer slip number</source>
        <translation>Số phiếu chuyển</translation>
    </message>
    <message>
        <source>TB-NNNN/YYYY</source>
        <translation>TB-NNNN/YYYY</translation>
    </message>
    <message>
        <source>Original tip number</source>
        <translation>Số tin báo gốc</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Lý do</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Lưu</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Hủy</translation>
    </message>
    <message>
        <source>Start verifying</source>
        <translation>Chuyển sang đang xác minh</translation>
    </message>
    <message>
        <source>Forward to the investigating body…</source>
        <translation>Chuyển cơ quan điều tra…</translation>
    </message>
    <message>
        <source>Resolved…</source>
        <translation>Đã giải quyết…</translation>
    </message>
    <message>
        <source>Turn into a case…</source>
        <translation>Chuyển thành vụ việc…</translation>
    </message>
    <message>
        <source>Not a security and order matter…</source>
        <translation>Không thuộc ANTT…</translation>
    </message>
    <message>
        <source>Duplicate…</source>
        <translation>Trùng lặp…</translation>
    </message>
    <message>
        <source>Propose as a valuable tip…</source>
        <translation>Đề xuất tin có giá trị…</translation>
    </message>
    <message>
        <source>Confirm as a valuable tip</source>
        <translation>Xác nhận tin có giá trị</translation>
    </message>
    <message>
        <source>Do not confirm</source>
        <translation>Không xác nhận</translation>
    </message>
    <message>
        <source>Extend…</source>
        <translation>Gia hạn…</translation>
    </message>
    <message>
        <source>Please give the reason.</source>
        <translation>Vui lòng nhập lý do.</translation>
    </message>
    <message>
        <source>Write the forwarding time as dd/MM/yyyy HH:mm.</source>
        <translation>Nhập thời gian chuyển theo dạng dd/MM/yyyy HH:mm.</translation>
    </message>
    <message>
        <source>Write the original tip's number as TB-NNNN/YYYY.</source>
        <translation>Nhập số tin báo gốc theo dạng TB-NNNN/YYYY.</translation>
    </message>
    <message>
        <source>There is no tip %1.</source>
        <translation>Không có tin báo %1.</translation>
    </message>
</context>
<context>
    <name>binhyen::ui::ZaloModerationTab</name>
    <message>
        <source>&amp;Group:</source>
        <translation>&amp;Nhóm:</translation>
    </message>
    <message>
        <source>Rules of the group</source>
        <translation>Nội quy của nhóm</translation>
    </message>
    <message>
        <source>Edit the &amp;rules…</source>
        <translation>&amp;Sửa nội quy…</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Ngày</translation>
    </message>
    <message>
        <source>Group</source>
        <translation>Nhóm</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Xử lý</translation>
    </message>
    <message>
        <source>Members</source>
        <translation>Số thành viên</translation>
    </message>
    <message>
        <source>Officer</source>
        <translation>Cán bộ</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Ghi chú</translation>
    </message>
    <message>
        <source>Record a &amp;warning or removal…</source>
        <translation>Ghi nhận nhắc nhở hoặc &amp;loại khỏi nhóm…</translation>
    </message>
    <message>
        <source>All groups</source>
        <translation>Tất cả các nhóm</translation>
    </message>
    <message>
        <source>Choose a group first.</source>
        <translation>Hãy chọn nhóm trước.</translation>
    </message>
    <message>
        <source>Choose a group to see its rules.</source>
        <translation>Chọn một nhóm để xem nội quy.</translation>
    </message>
    <message>
        <source>Zalo group</source>
        <translation>Nhóm Zalo</translation>
    </message>
    <message>
        <source>Posts about security and order only</source>
        <translation>Chỉ đăng tin về an ninh, trật tự</translation>
    </message>
    <message>
        <source>Posts on any subject</source>
        <translation>Đăng mọi nội dung</translation>
    </message>
    <message>
        <source>Office hours only, except urgent</source>
        <translation>Chỉ trong giờ hành chính, trừ trường hợp cấp bách</translation>
    </message>
    <message>
        <source>At any hour</source>
        <translation>Mọi giờ</translation>
    </message>
    <message>
        <source>(no rules written yet)</source>
        <translation>(chưa có nội quy)</translation>
    </message>
    <message>
        <source>Zalo groups</source>
        <translation>Nhóm Zalo</translation>
    </message>
    <message>
        <source>Members warned: %1 · removed from the group: %2</source>
        <translation>Thành viên bị nhắc nhở: %1 · bị loại khỏi nhóm: %2</translation>
    </message>
    <message>
        <source>Zalo group moderation</source>
        <translation>Kiểm duyệt nhóm Zalo</translation>
    </message>
</context>
<context>
    <name>binhyen::ui::ZaloNoticeDialog</name>
    <message>
        <source>Notice to the hamlet Zalo groups</source>
        <translation>Thông báo lên nhóm Zalo các ấp</translation>
    </message>
    <message>
        <source>Lost-person notice to the hamlet Zalo groups</source>
        <translation>Thông báo tìm người đi lạc lên nhóm Zalo các ấp</translation>
    </message>
    <message>
        <source>e.g. man, about 25, black jacket</source>
        <translation>ví dụ: nam, khoảng 25 tuổi, áo khoác đen</translation>
    </message>
    <message>
        <source>full name</source>
        <translation>họ và tên</translation>
    </message>
    <message>
        <source>&amp;Suspect</source>
        <translation>Đặc điểm đối &amp;tượng</translation>
    </message>
    <message>
        <source>&amp;Lost person</source>
        <translation>&amp;Người đi lạc</translation>
    </message>
    <message>
        <source>e.g. red Honda Wave motorbike</source>
        <translation>ví dụ: xe máy Honda Wave màu đỏ</translation>
    </message>
    <message>
        <source>e.g. about 70</source>
        <translation>ví dụ: khoảng 70 tuổi</translation>
    </message>
    <message>
        <source>&amp;Vehicle</source>
        <translation>&amp;Phương tiện</translation>
    </message>
    <message>
        <source>&amp;Age</source>
        <translation>T&amp;uổi</translation>
    </message>
    <message>
        <source>e.g. 72F1-123.45</source>
        <translation>ví dụ: 72F1-123.45</translation>
    </message>
    <message>
        <source>&amp;Plate</source>
        <translation>&amp;Biển số</translation>
    </message>
    <message>
        <source>the station's phone</source>
        <translation>số điện thoại của Công an xã</translation>
    </message>
    <message>
        <source>Station &amp;phone</source>
        <translation>Điện t&amp;hoại trực ban</translation>
    </message>
    <message>
        <source>which hamlet groups</source>
        <translation>nhóm Zalo của những ấp nào</translation>
    </message>
    <message>
        <source>&amp;Groups</source>
        <translation>&amp;Nhóm</translation>
    </message>
    <message>
        <source>&amp;Notice (edit before posting):</source>
        <translation>Nội dung thông báo (&amp;sửa trước khi đăng):</translation>
    </message>
    <message>
        <source>&amp;Urgent (may be posted outside office hours)</source>
        <translation>&amp;Khẩn (được đăng ngoài giờ hành chính)</translation>
    </message>
    <message>
        <source>&amp;Copy to clipboard</source>
        <translation>&amp;Sao chép</translation>
    </message>
    <message>
        <source>&amp;Mark as posted</source>
        <translation>&amp;Ghi nhận đã đăng</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Đóng</translation>
    </message>
    <message>
        <source>It is outside the groups' office hours and the notice is not marked urgent. Record it as posted anyway?</source>
        <translation>Đang ngoài giờ hành chính của các nhóm và thông báo không được đánh dấu khẩn. Vẫn ghi nhận là đã đăng?</translation>
    </message>
    <message>
        <source>The notice is empty.</source>
        <translation>Nội dung thông báo đang trống.</translation>
    </message>
</context>
</TS>