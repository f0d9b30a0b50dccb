-- BinhYen demo register: the static part (the 3 September 2020 story and the station's setting).
--
-- Run by DemoRepo::fill inside one transaction, on a freshly created register (schema 0001), before
-- it generates the recent months relative to the clock. Every person, officer and informant here is
-- invented; "bà Trần Thị M." is the grocery owner named so in the product brief. Times are station
-- local time (Asia/Ho_Chi_Minh). Explicit ids keep the references readable; DemoRepo continues
-- after them.

-- ---------------------------------------------------------------------------------------------
-- Station identity over time (the 2025 reform)
-- ---------------------------------------------------------------------------------------------
INSERT INTO station_identity (id, effective_from, unit_name, parent_body, place_name, report_recipient,
                              commune_code, province_code, province_name, note) VALUES
    (1, '2018-01-01', 'CÔNG AN XÃ LÁNG DÀI', 'CÔNG AN HUYỆN ĐẤT ĐỎ', 'Láng Dài',
     'Công an huyện Đất Đỏ', '26698', '77', 'Bà Rịa - Vũng Tàu', NULL),
    (2, '2025-01-01', 'CÔNG AN XÃ LÁNG DÀI', 'CÔNG AN HUYỆN LONG ĐẤT', 'Láng Dài',
     'Công an huyện Long Đất', '26698', '77', 'Bà Rịa - Vũng Tàu',
     'Huyện Long Điền và huyện Đất Đỏ hợp nhất thành huyện Long Đất.'),
    (3, '2025-03-01', 'CÔNG AN XÃ LÁNG DÀI', 'CÔNG AN TỈNH BÀ RỊA - VŨNG TÀU', 'Láng Dài',
     'Phòng Tham mưu – Công an tỉnh Bà Rịa - Vũng Tàu', '26698', '77', 'Bà Rịa - Vũng Tàu',
     'Kết thúc hoạt động Công an cấp huyện; Công an xã trực thuộc Công an tỉnh.'),
    (4, '2025-07-01', 'CÔNG AN XÃ ĐẤT ĐỎ', 'CÔNG AN THÀNH PHỐ HỒ CHÍ MINH', 'Đất Đỏ',
     'Phòng Tham mưu – Công an Thành phố Hồ Chí Minh', '26680', '79', 'Thành phố Hồ Chí Minh',
     'Thị trấn Đất Đỏ, xã Long Tân, xã Láng Dài, xã Phước Long Thọ hợp nhất thành xã Đất Đỏ.');

-- ---------------------------------------------------------------------------------------------
-- Accounts (invented officers). Logon names of the demo: truong (chief), canbo1 and canbo2
-- (officers), thanhtra (inspector), each with the password BinhYen-demo-2020 (README.md); the deputy
-- chief and the third officer have no password. Account 1, truong (Thiếu tá Nguyễn Hoàng Dũng,
-- Trưởng Công an xã), is created by DemoRepo as the station's first chief before this script runs:
-- that creates the station key pairs.
-- ---------------------------------------------------------------------------------------------
INSERT INTO users (id, username, full_name, rank, position, role, active, created_at) VALUES
    (2, 'hang.ltt', 'Lê Thị Thu Hằng',   'Đại úy',    'Phó Trưởng Công an xã', 'chief',     1, '2020-01-02T08:00:00'),
    (3, 'canbo1',   'Phạm Minh Tâm',     'Thượng úy', 'Cán bộ Công an xã',     'officer',   1, '2020-01-02T08:00:00'),
    (4, 'canbo2',   'Võ Thanh Sơn',      'Trung úy',  'Cán bộ Công an xã',     'officer',   1, '2020-01-02T08:00:00'),
    (5, 'bao.dq',   'Đặng Quốc Bảo',     'Thiếu úy',  'Cán bộ Công an xã',     'officer',   1, '2020-01-02T08:00:00'),
    (6, 'thanhtra', 'Huỳnh Văn Lộc',     'Trung tá',  'Cán bộ kiểm tra',       'inspector', 1, '2020-01-02T08:00:00');

-- ---------------------------------------------------------------------------------------------
-- The 40 hamlets and neighbourhoods. Simplification: the same 40 in every period, recorded under
-- today's commune (xã Đất Đỏ, 26680); the note keeps the commune each belonged to before 2025.
-- ---------------------------------------------------------------------------------------------
INSERT INTO places (id, kind, name, households, commune_code, valid_from, valid_to, note) VALUES
    (1, 'ap', 'Cây Cám', 182, '26680', '2018-01-01', NULL, 'Trước 01/07/2025 thuộc xã Láng Dài (26698)'),
    (2, 'ap', 'Cây Da', 156, '26680', '2018-01-01', NULL, 'Trước 01/07/2025 thuộc xã Láng Dài (26698)'),
    (3, 'ap', 'Lò Vôi', 171, '26680', '2018-01-01', NULL, 'Trước 01/07/2025 thuộc xã Láng Dài (26698)'),
    (4, 'ap', 'Bàu Ráng', 138, '26680', '2018-01-01', NULL, 'Trước 01/07/2025 thuộc xã Láng Dài (26698)'),
    (5, 'ap', 'Bưng Muống', 94, '26680', '2018-01-01', NULL, 'Trước 01/07/2025 thuộc xã Láng Dài (26698)'),
    (6, 'ap', 'Gò Sạn', 127, '26680', '2018-01-01', NULL, 'Trước 01/07/2025 thuộc xã Láng Dài (26698)'),
    (7, 'ap', 'Suối Le', 149, '26680', '2018-01-01', NULL, 'Trước 01/07/2025 thuộc xã Láng Dài (26698)'),
    (8, 'ap', 'Láng Tròn', 163, '26680', '2018-01-01', NULL, 'Trước 01/07/2025 thuộc xã Láng Dài (26698)'),
    (9, 'ap', 'Thanh Bình', 175, '26680', '2018-01-01', NULL, 'Trước 01/07/2025 thuộc xã Láng Dài (26698)'),
    (10, 'ap', 'Thanh Long', 142, '26680', '2018-01-01', NULL, 'Trước 01/07/2025 thuộc xã Láng Dài (26698)'),
    (11, 'ap', 'Tân Hòa', 168, '26680', '2018-01-01', NULL, 'Trước 01/07/2025 thuộc xã Long Tân (26695)'),
    (12, 'ap', 'Tân Hiệp', 154, '26680', '2018-01-01', NULL, 'Trước 01/07/2025 thuộc xã Long Tân (26695)'),
    (13, 'ap', 'Tân Thuận', 161, '26680', '2018-01-01', NULL, 'Trước 01/07/2025 thuộc xã Long Tân (26695)'),
    (14, 'ap', 'Tân Trung', 133, '26680', '2018-01-01', NULL, 'Trước 01/07/2025 thuộc xã Long Tân (26695)'),
    (15, 'ap', 'Tân Lộc', 120, '26680', '2018-01-01', NULL, 'Trước 01/07/2025 thuộc xã Long Tân (26695)'),
    (16, 'ap', 'Tân Phú', 146, '26680', '2018-01-01', NULL, 'Trước 01/07/2025 thuộc xã Long Tân (26695)'),
    (17, 'ap', 'Tân Bình', 139, '26680', '2018-01-01', NULL, 'Trước 01/07/2025 thuộc xã Long Tân (26695)'),
    (18, 'ap', 'Tân Xuân', 112, '26680', '2018-01-01', NULL, 'Trước 01/07/2025 thuộc xã Long Tân (26695)'),
    (19, 'ap', 'Tân Mỹ', 128, '26680', '2018-01-01', NULL, 'Trước 01/07/2025 thuộc xã Long Tân (26695)'),
    (20, 'ap', 'Tân An', 87, '26680', '2018-01-01', NULL, 'Trước 01/07/2025 thuộc xã Long Tân (26695)'),
    (21, 'khu_pho', 'Hòa Bình', 212, '26680', '2018-01-01', NULL, 'Trước 01/07/2025 thuộc thị trấn Đất Đỏ (26680)'),
    (22, 'khu_pho', 'Hiệp Lợi', 198, '26680', '2018-01-01', NULL, 'Trước 01/07/2025 thuộc thị trấn Đất Đỏ (26680)'),
    (23, 'khu_pho', 'Phước Thới', 224, '26680', '2018-01-01', NULL, 'Trước 01/07/2025 thuộc thị trấn Đất Đỏ (26680)'),
    (24, 'khu_pho', 'Phước Sơn', 187, '26680', '2018-01-01', NULL, 'Trước 01/07/2025 thuộc thị trấn Đất Đỏ (26680)'),
    (25, 'khu_pho', 'Thanh Sơn', 176, '26680', '2018-01-01', NULL, 'Trước 01/07/2025 thuộc thị trấn Đất Đỏ (26680)'),
    (26, 'khu_pho', 'Mỹ Hòa', 165, '26680', '2018-01-01', NULL, 'Trước 01/07/2025 thuộc thị trấn Đất Đỏ (26680)'),
    (27, 'khu_pho', 'Long Thạnh', 193, '26680', '2018-01-01', NULL, 'Trước 01/07/2025 thuộc thị trấn Đất Đỏ (26680)'),
    (28, 'khu_pho', 'Bình An', 181, '26680', '2018-01-01', NULL, 'Trước 01/07/2025 thuộc thị trấn Đất Đỏ (26680)'),
    (29, 'khu_pho', 'Hòa Thuận', 158, '26680', '2018-01-01', NULL, 'Trước 01/07/2025 thuộc thị trấn Đất Đỏ (26680)'),
    (30, 'khu_pho', 'Đông Hưng', 170, '26680', '2018-01-01', NULL, 'Trước 01/07/2025 thuộc thị trấn Đất Đỏ (26680)'),
    (31, 'ap', 'Phước Thọ', 152, '26680', '2018-01-01', NULL, 'Trước 01/07/2025 thuộc xã Phước Long Thọ (26683)'),
    (32, 'ap', 'Phước Lộc', 144, '26680', '2018-01-01', NULL, 'Trước 01/07/2025 thuộc xã Phước Long Thọ (26683)'),
    (33, 'ap', 'Long Thọ', 166, '26680', '2018-01-01', NULL, 'Trước 01/07/2025 thuộc xã Phước Long Thọ (26683)'),
    (34, 'ap', 'Hội Mỹ', 131, '26680', '2018-01-01', NULL, 'Trước 01/07/2025 thuộc xã Phước Long Thọ (26683)'),
    (35, 'ap', 'Phước Hưng', 137, '26680', '2018-01-01', NULL, 'Trước 01/07/2025 thuộc xã Phước Long Thọ (26683)'),
    (36, 'ap', 'Bàu Sen', 118, '26680', '2018-01-01', NULL, 'Trước 01/07/2025 thuộc xã Phước Long Thọ (26683)'),
    (37, 'ap', 'Xóm Rẫy', 79, '26680', '2018-01-01', NULL, 'Trước 01/07/2025 thuộc xã Phước Long Thọ (26683)'),
    (38, 'ap', 'Thọ Sơn', 125, '26680', '2018-01-01', NULL, 'Trước 01/07/2025 thuộc xã Phước Long Thọ (26683)'),
    (39, 'ap', 'Hòa Long', 148, '26680', '2018-01-01', NULL, 'Trước 01/07/2025 thuộc xã Phước Long Thọ (26683)'),
    (40, 'ap', 'An Nhứt', 109, '26680', '2018-01-01', NULL, 'Trước 01/07/2025 thuộc xã Phước Long Thọ (26683)');

-- Hamlets that border each other (suggestions of tips for a case look there too). Ấp Cây Cám of
-- xã Láng Dài borders ấp Long Thọ of xã Phước Long Thọ, where the story's thief was found.
INSERT INTO place_neighbours (place_id, neighbour_id) VALUES
    (1, 2),
    (1, 3),
    (1, 33),
    (2, 3),
    (2, 33),
    (3, 4),
    (4, 5),
    (5, 6),
    (6, 7),
    (7, 8),
    (8, 9),
    (8, 34),
    (9, 10),
    (10, 11),
    (11, 12),
    (12, 13),
    (12, 23),
    (13, 14),
    (14, 15),
    (15, 16),
    (16, 17),
    (17, 18),
    (18, 19),
    (19, 20),
    (20, 21),
    (21, 22),
    (22, 23),
    (23, 24),
    (24, 25),
    (25, 26),
    (26, 27),
    (27, 28),
    (28, 29),
    (29, 30),
    (30, 31),
    (31, 32),
    (32, 33),
    (33, 34),
    (34, 35),
    (35, 36),
    (36, 37),
    (37, 38),
    (38, 39),
    (39, 40);

-- ---------------------------------------------------------------------------------------------
-- Movement register: the 36 hamlet Zalo groups "Kết nối toàn dân – Bình yên cuộc sống" (since
-- May 2020; 36 of the 40 hamlets, nearly 1,000 households, at least one member per household)
-- ---------------------------------------------------------------------------------------------
INSERT INTO movement_models (id, type_code, name, started_on, households, members, exemplary, responsible_officer_id) VALUES
    (1, 'zalo_group', 'Kết nối toàn dân – Bình yên cuộc sống – ấp Cây Cám', '2020-05-27', 30, 35, 1, 4),
    (2, 'zalo_group', 'Kết nối toàn dân – Bình yên cuộc sống – ấp Cây Da', '2020-05-24', 22, 24, 0, 5),
    (3, 'zalo_group', 'Kết nối toàn dân – Bình yên cuộc sống – ấp Lò Vôi', '2020-05-21', 30, 33, 0, 3),
    (4, 'zalo_group', 'Kết nối toàn dân – Bình yên cuộc sống – ấp Bàu Ráng', '2020-05-18', 38, 42, 0, 4),
    (5, 'zalo_group', 'Kết nối toàn dân – Bình yên cuộc sống – ấp Gò Sạn', '2020-05-15', 19, 21, 0, 5),
    (6, 'zalo_group', 'Kết nối toàn dân – Bình yên cuộc sống – ấp Suối Le', '2020-05-12', 20, 25, 0, 3),
    (7, 'zalo_group', 'Kết nối toàn dân – Bình yên cuộc sống – ấp Láng Tròn', '2020-05-09', 35, 36, 0, 4),
    (8, 'zalo_group', 'Kết nối toàn dân – Bình yên cuộc sống – ấp Thanh Bình', '2020-05-06', 21, 26, 0, 5),
    (9, 'zalo_group', 'Kết nối toàn dân – Bình yên cuộc sống – ấp Thanh Long', '2020-05-29', 29, 32, 0, 3),
    (10, 'zalo_group', 'Kết nối toàn dân – Bình yên cuộc sống – ấp Tân Hòa', '2020-05-26', 36, 41, 1, 4),
    (11, 'zalo_group', 'Kết nối toàn dân – Bình yên cuộc sống – ấp Tân Hiệp', '2020-05-23', 19, 25, 0, 5),
    (12, 'zalo_group', 'Kết nối toàn dân – Bình yên cuộc sống – ấp Tân Thuận', '2020-05-20', 34, 36, 0, 3),
    (13, 'zalo_group', 'Kết nối toàn dân – Bình yên cuộc sống – ấp Tân Trung', '2020-05-17', 24, 25, 0, 4),
    (14, 'zalo_group', 'Kết nối toàn dân – Bình yên cuộc sống – ấp Tân Lộc', '2020-05-14', 19, 24, 0, 5),
    (15, 'zalo_group', 'Kết nối toàn dân – Bình yên cuộc sống – ấp Tân Phú', '2020-05-11', 20, 25, 0, 3),
    (16, 'zalo_group', 'Kết nối toàn dân – Bình yên cuộc sống – ấp Tân Bình', '2020-05-08', 31, 37, 0, 4),
    (17, 'zalo_group', 'Kết nối toàn dân – Bình yên cuộc sống – ấp Tân Xuân', '2020-05-05', 31, 33, 0, 5),
    (18, 'zalo_group', 'Kết nối toàn dân – Bình yên cuộc sống – ấp Tân Mỹ', '2020-05-28', 20, 23, 0, 3),
    (19, 'zalo_group', 'Kết nối toàn dân – Bình yên cuộc sống – khu phố Hòa Bình', '2020-05-25', 25, 26, 0, 4),
    (20, 'zalo_group', 'Kết nối toàn dân – Bình yên cuộc sống – khu phố Hiệp Lợi', '2020-05-22', 20, 25, 0, 5),
    (21, 'zalo_group', 'Kết nối toàn dân – Bình yên cuộc sống – khu phố Phước Thới', '2020-05-19', 35, 41, 1, 3),
    (22, 'zalo_group', 'Kết nối toàn dân – Bình yên cuộc sống – khu phố Phước Sơn', '2020-05-16', 31, 32, 0, 4),
    (23, 'zalo_group', 'Kết nối toàn dân – Bình yên cuộc sống – khu phố Thanh Sơn', '2020-05-13', 19, 24, 0, 5),
    (24, 'zalo_group', 'Kết nối toàn dân – Bình yên cuộc sống – khu phố Mỹ Hòa', '2020-05-10', 36, 37, 0, 3),
    (25, 'zalo_group', 'Kết nối toàn dân – Bình yên cuộc sống – khu phố Long Thạnh', '2020-05-07', 21, 26, 0, 4),
    (26, 'zalo_group', 'Kết nối toàn dân – Bình yên cuộc sống – khu phố Bình An', '2020-05-04', 25, 27, 0, 5),
    (27, 'zalo_group', 'Kết nối toàn dân – Bình yên cuộc sống – khu phố Hòa Thuận', '2020-05-27', 38, 42, 0, 3),
    (28, 'zalo_group', 'Kết nối toàn dân – Bình yên cuộc sống – khu phố Đông Hưng', '2020-05-24', 38, 44, 0, 4),
    (29, 'zalo_group', 'Kết nối toàn dân – Bình yên cuộc sống – ấp Phước Thọ', '2020-05-21', 36, 41, 0, 5),
    (30, 'zalo_group', 'Kết nối toàn dân – Bình yên cuộc sống – ấp Phước Lộc', '2020-05-18', 19, 23, 0, 3),
    (31, 'zalo_group', 'Kết nối toàn dân – Bình yên cuộc sống – ấp Long Thọ', '2020-05-15', 36, 39, 0, 4),
    (32, 'zalo_group', 'Kết nối toàn dân – Bình yên cuộc sống – ấp Hội Mỹ', '2020-05-12', 36, 40, 0, 5),
    (33, 'zalo_group', 'Kết nối toàn dân – Bình yên cuộc sống – ấp Phước Hưng', '2020-05-09', 30, 35, 0, 3),
    (34, 'zalo_group', 'Kết nối toàn dân – Bình yên cuộc sống – ấp Thọ Sơn', '2020-05-06', 19, 23, 0, 4),
    (35, 'zalo_group', 'Kết nối toàn dân – Bình yên cuộc sống – ấp Hòa Long', '2020-05-29', 25, 28, 0, 5),
    (36, 'zalo_group', 'Kết nối toàn dân – Bình yên cuộc sống – ấp An Nhứt', '2020-05-26', 19, 22, 0, 3);
INSERT INTO movement_model_places (model_id, place_id) VALUES
    (1, 1), (2, 2), (3, 3), (4, 4), (5, 6), (6, 7), (7, 8), (8, 9),
    (9, 10), (10, 11), (11, 12), (12, 13), (13, 14), (14, 15), (15, 16), (16, 17),
    (17, 18), (18, 19), (19, 21), (20, 22), (21, 23), (22, 24), (23, 25), (24, 26),
    (25, 27), (26, 28), (27, 29), (28, 30), (29, 31), (30, 32), (31, 33), (32, 34),
    (33, 35), (34, 38), (35, 39), (36, 40);

-- The rules every group posts, enforced by the responsible officer.
INSERT INTO zalo_groups (model_id, antt_only, office_hours_only_except_urgent, rules)
SELECT id, 1, 1,
       '1. Chỉ chia sẻ thông tin liên quan đến an ninh, trật tự.' || char(10) ||
       '2. Chỉ đăng trong giờ hành chính, trừ trường hợp cấp bách.' || char(10) ||
       '3. Giữ bí mật nội dung tin báo và người cung cấp thông tin.' || char(10) ||
       '4. Thành viên vi phạm bị nhắc nhở hoặc loại khỏi nhóm.'
FROM movement_models WHERE type_code = 'zalo_group' ORDER BY id;

-- Other self-management models.
INSERT INTO movement_models (id, type_code, name, started_on, points, teams, members, households,
                             exemplary, responsible_officer_id, note) VALUES
    (37, 'lien_gia', 'Liên gia tự quản phòng, chống tội phạm ấp Cây Cám', '2018-03-15', 0, 12, 96, 96, 1, 4, NULL),
    (38, 'lien_gia', 'Liên gia tự quản phòng, chống tội phạm khu phố Phước Thới', '2019-06-01', 0, 15, 118, 118, 0, 3, NULL),
    (39, 'lien_gia', 'Liên gia tự quản phòng, chống tội phạm ấp Tân Hòa', '2019-09-10', 0, 10, 74, 74, 0, 4, NULL),
    (40, 'camera', 'Camera an ninh khu phố Hòa Bình – Hiệp Lợi', '2019-11-20', 24, 0, 24, 24, 1, 3,
     '24 camera của hộ dân hướng ra đường, chia sẻ hình ảnh khi có vụ việc.'),
    (41, 'camera', 'Camera an ninh trục đường liên ấp Cây Cám – Cây Da – Lò Vôi', '2020-07-01', 18, 0, 18, 18, 0, 4, NULL),
    (42, 'tieng_keng', 'Tiếng kẻng an ninh ấp Lò Vôi', '2017-04-01', 35, 5, 40, 171, 0, 5,
     'Mỗi cụm dân cư một điểm kẻng; quy ước hiệu kẻng khi có trộm, cháy.'),
    (43, 'te_nan', 'Phòng, chống tệ nạn xã hội ấp Phước Lộc', '2018-08-01', 0, 3, 25, 0, 0, 5, NULL),
    (44, 'song_tot', 'Sống tốt đời đẹp đạo – giáo họ Tân Hiệp', '2019-01-15', 0, 4, 320, 210, 1, 3, NULL),
    (45, 'other', 'Nhóm Zalo kết nối cơ quan, doanh nghiệp', '2020-05-20', 0, 0, 46, 0, 0, 1,
     'Cơ quan, doanh nghiệp trên địa bàn, gồm khu công nghiệp Phước Long Thọ.');

INSERT INTO movement_model_places (model_id, place_id) VALUES
    (37, 1), (38, 23), (39, 11), (40, 21), (40, 22), (41, 1), (41, 2), (41, 3), (42, 3), (43, 32), (44, 12);

-- ---------------------------------------------------------------------------------------------
-- People of the story and mobilised residents (invented names)
-- ---------------------------------------------------------------------------------------------
INSERT INTO persons (id, full_name, birth_year, id_number, phone, address, place_id, note, created_at) VALUES
    (1, 'Trần Thị M.', 1968, NULL, NULL, 'Tiệm tạp hóa, ấp Cây Cám, xã Láng Dài', 1,
     'Chủ tiệm tạp hóa nơi xảy ra vụ trộm xe ngày 03/09/2020.', '2020-09-03T20:50:00'),
    (2, 'Đỗ Văn Nghĩa', 1979, NULL, NULL, 'Ấp Cây Da, xã Láng Dài', 2,
     'Chủ xe Honda Wave Alpha biển số 72E1-123.45.', '2020-09-03T20:50:00'),
    (3, 'Lâm Văn Tới', 1982, NULL, NULL, 'Ấp Gò Sạn, xã Láng Dài, huyện Đất Đỏ', 6,
     NULL, '2020-09-03T23:35:00'),
    (4, 'Trương Văn Đức', 1975, NULL, NULL, 'Ấp Long Thọ, xã Phước Long Thọ', 33,
     'Bảo vệ dân phố.', '2019-03-01T08:00:00'),
    (5, 'Cao Minh Trí', 1988, NULL, NULL, 'Ấp Long Thọ, xã Phước Long Thọ', 33,
     'Bảo vệ dân phố.', '2019-03-01T08:00:00'),
    (6, 'Hồ Thị Kim Loan', 1983, NULL, NULL, 'Ấp Cây Cám, xã Láng Dài', 1,
     'Quản trị viên nhóm Zalo ấp Cây Cám.', '2020-05-27T08:00:00'),
    (7, 'Mai Văn Sang', 1970, NULL, NULL, 'Ấp Cây Cám, xã Láng Dài', 1,
     'Tổ trưởng liên gia tự quản.', '2018-03-15T08:00:00'),
    (8, 'Nguyễn Thị Bích Ngọc', 1990, NULL, NULL, 'Ấp Tân Hòa, xã Long Tân', 11,
     'Quản trị viên nhóm Zalo ấp Tân Hòa.', '2020-05-26T08:00:00'),
    (9, 'Châu Văn Phúc', 1966, NULL, NULL, 'Khu phố Phước Thới, thị trấn Đất Đỏ', 23,
     'Tổ trưởng liên gia tự quản.', '2019-06-01T08:00:00');

INSERT INTO mobilised_residents (person_id, model_id, role, consent_note, joined_on) VALUES
    (4, NULL, 'grassroots_security_force', 'Đồng ý tham gia, ký cam kết ngày 01/03/2019.', '2019-03-01'),
    (5, NULL, 'grassroots_security_force', 'Đồng ý tham gia, ký cam kết ngày 01/03/2019.', '2019-03-01'),
    (6, 1, 'team_leader', 'Đồng ý làm quản trị viên nhóm; đồng ý lưu số điện thoại.', '2020-05-27'),
    (7, 37, 'team_leader', 'Đồng ý tham gia, đã ký quy ước liên gia.', '2018-03-15'),
    (8, 10, 'team_leader', 'Đồng ý làm quản trị viên nhóm; đồng ý lưu số điện thoại.', '2020-05-26'),
    (9, 38, 'team_leader', 'Đồng ý tham gia, đã ký quy ước liên gia.', '2019-06-01');

-- ---------------------------------------------------------------------------------------------
-- September 2020 tips. TB-0004 and TB-0005 are the story of 3 September.
-- Informants are anonymous or known by a pseudonym only. DemoRepo then seals the identity of the
-- 20:30 caller of TB-0004 (recorded by canbo1, who received the call): it appears nowhere in clear.
-- ---------------------------------------------------------------------------------------------
INSERT INTO tips (id, year, seq, received_at, channel, zalo_group_id, receiving_officer_id, informant_kind,
                  informant_pseudonym, place_id, address, category_code, classification, urgency, summary,
                  details, status, due_at, forwarded_to, forwarded_at, forward_slip_no, outcome, valuable,
                  created_at, updated_at, created_by) VALUES
    (1, 2020, 1, '2020-09-01T08:15:00', 'in_person', NULL, 3, 'identified', 'Người báo tin TH-01', 11,
     'Ấp Tân Hòa, xã Long Tân', 'lost_property', 'phan_anh', 'normal',
     'Người dân nhặt được ví da có CCCD, giấy phép lái xe và 1.500.000 đồng, mang đến giao nộp',
     'Ví nhặt được trên đường liên ấp chiều 31/08/2020.', 'resolved', NULL, NULL, NULL, NULL,
     'Đã xác minh chủ sở hữu, trao trả ngày 02/09/2020.', 1,
     '2020-09-01T08:25:00', '2020-09-02T10:00:00', 3),
    (2, 2020, 2, '2020-09-02T09:10:00', 'zalo', 21, 4, 'anonymous', NULL, 23,
     'Khu phố Phước Thới, thị trấn Đất Đỏ', 'other', 'phan_anh', 'normal',
     'Phản ánh hộ dân hát karaoke gây ồn ào đến khuya nhiều ngày liền',
     NULL, 'resolved', NULL, NULL, NULL, NULL,
     'Đã mời chủ hộ đến nhắc nhở, hộ gia đình cam kết không tái phạm.', 0,
     '2020-09-02T09:15:00', '2020-09-03T15:00:00', 4),
    (3, 2020, 3, '2020-09-02T15:20:00', 'phone', NULL, 5, 'anonymous', NULL, 12,
     'Ấp Tân Hiệp, xã Long Tân', 'suspicious_person', 'phan_anh', 'normal',
     'Hai thanh niên lạ đi xe máy không gắn biển số dò hỏi nhà vắng chủ',
     NULL, 'closed', NULL, NULL, NULL, NULL,
     'Kiểm tra hành chính: người thu mua phế liệu, không có dấu hiệu vi phạm.', 0,
     '2020-09-02T15:25:00', '2020-09-02T17:30:00', 5),
    (4, 2020, 4, '2020-09-03T20:30:00', 'phone', NULL, 3, 'identified', 'Người báo tin CC-01', 1,
     'Trước tiệm tạp hóa của bà Trần Thị M., ấp Cây Cám, xã Láng Dài', 'theft', 'to_giac', 'urgent',
     'Trộm xe máy trước tiệm tạp hóa của bà Trần Thị M.; người dân truy đuổi nhưng đối tượng tẩu thoát',
     'Xe Honda Wave Alpha màu đỏ, biển số 72E1-123.45, dựng trước tiệm, còn cắm chìa khóa. Đối tượng nam, '
     || 'khoảng 35–40 tuổi, áo sơ mi sọc, đi bộ đến rồi dắt xe nổ máy chạy hướng Phước Long Thọ.',
     'forwarded', '2020-09-04T20:30:00', 'Cơ quan Cảnh sát điều tra Công an huyện Đất Đỏ',
     '2020-09-04T08:30:00', '06/PC-CAX',
     'Đối tượng bị bắt giữ lúc 23 giờ 30; chuyển tin cùng hồ sơ vụ việc VV-0001/2020.', 1,
     '2020-09-03T20:36:00', '2020-09-04T10:00:00', 3),
    (5, 2020, 5, '2020-09-03T23:00:00', 'phone', NULL, 4, 'anonymous', NULL, 33,
     'Gần cổng khu công nghiệp Phước Long Thọ', 'theft', 'tin_bao', 'immediate',
     'Người dân phát hiện người đàn ông giống mô tả trên nhóm Zalo đang ở gần khu công nghiệp Phước Long Thọ',
     'Người báo tin đã xem mô tả và hình trích xuất camera đăng trên nhóm Zalo của ấp.',
     'closed', '2020-09-04T00:00:00', NULL, NULL, NULL,
     'Lực lượng công an cùng bảo vệ dân phố mời đối tượng về trụ sở lúc 23 giờ 30; nhập hồ sơ VV-0001/2020.', 1,
     '2020-09-03T23:04:00', '2020-09-04T10:00:00', 4),
    (6, 2020, 6, '2020-09-06T10:00:00', 'in_person', NULL, 5, 'identified', 'Người báo tin HB-01', 21,
     'Khu phố Hòa Bình, thị trấn Đất Đỏ', 'lost_property', 'phan_anh', 'normal',
     'Người dân giao nộp bộ giấy tờ nhặt được (CCCD, giấy đăng ký xe mô tô)',
     NULL, 'resolved', NULL, NULL, NULL, NULL, 'Đã trao trả cho chủ sở hữu ngày 07/09/2020.', 1,
     '2020-09-06T10:10:00', '2020-09-07T09:00:00', 5),
    (7, 2020, 7, '2020-09-09T19:45:00', 'phone', NULL, 4, 'anonymous', NULL, 13,
     'Ấp Tân Thuận, xã Long Tân', 'fighting', 'phan_anh', 'urgent',
     'Xô xát giữa hai nhóm thanh niên tại tiệc cưới, một người bị thương nhẹ',
     NULL, 'resolved', NULL, NULL, NULL, NULL,
     'Lập biên bản vi phạm hành chính 02 người về hành vi gây rối trật tự công cộng.', 0,
     '2020-09-09T19:50:00', '2020-09-11T16:00:00', 4),
    (8, 2020, 8, '2020-09-12T02:10:00', 'camera', NULL, 5, 'identified', 'Người báo tin LT-02', 33,
     'Ấp Long Thọ, xã Phước Long Thọ', 'suspicious_person', 'phan_anh', 'normal',
     'Camera hộ dân ghi hình hai người lạ đi xe máy soi đèn vào sân nhà lúc gần 2 giờ sáng',
     NULL, 'closed', NULL, NULL, NULL, NULL,
     'Tăng cường tuần tra ban đêm cùng bảo vệ dân phố; chưa phát hiện vi phạm.', 0,
     '2020-09-12T02:20:00', '2020-09-14T08:00:00', 5),
    (9, 2020, 9, '2020-09-15T06:30:00', 'phone', NULL, 3, 'anonymous', NULL, 10,
     'Ấp Thanh Long, xã Láng Dài', 'theft', 'to_giac', 'urgent',
     'Hộ chăn nuôi bị mất trộm hai con bò trong chuồng ban đêm',
     NULL, 'forwarded', '2020-09-16T06:30:00', 'Cơ quan Cảnh sát điều tra Công an huyện Đất Đỏ',
     '2020-09-15T16:00:00', '07/PC-CAX', NULL, 0,
     '2020-09-15T06:40:00', '2020-09-15T16:00:00', 3),
    (10, 2020, 10, '2020-09-18T17:05:00', 'zalo', 10, 4, 'anonymous', NULL, 11,
     'Ấp Tân Hòa, xã Long Tân', 'lost_person', 'phan_anh', 'urgent',
     'Gia đình nhờ nhóm Zalo tìm giúp cụ bà 78 tuổi đi lạc từ trưa',
     NULL, 'resolved', NULL, NULL, NULL, NULL,
     'Thành viên nhóm phát hiện cụ ở ấp Tân Lộc lúc 18 giờ 20, đã đưa về gia đình.', 1,
     '2020-09-18T17:08:00', '2020-09-18T18:40:00', 4),
    (11, 2020, 11, '2020-09-22T14:00:00', 'hotline', NULL, 5, 'anonymous', NULL, 34,
     'Vườn điều bỏ hoang, ấp Hội Mỹ, xã Phước Long Thọ', 'gambling', 'tin_bao', 'normal',
     'Nhóm người tụ tập đá gà ăn tiền trong vườn điều bỏ hoang',
     NULL, 'resolved', NULL, NULL, NULL, NULL,
     'Kiểm tra, giải tán; lập biên bản xử phạt hành chính 05 người.', 1,
     '2020-09-22T14:05:00', '2020-09-23T10:00:00', 5),
    (12, 2020, 12, '2020-09-27T09:30:00', 'document', NULL, 3, 'identified', 'Người báo tin PH-01', 35,
     'Ấp Phước Hưng, xã Phước Long Thọ', 'other', 'khong_antt', 'normal',
     'Đơn phản ánh tranh chấp ranh giới đất giữa hai hộ liền kề',
     NULL, 'closed', NULL, NULL, NULL, NULL,
     'Hướng dẫn gửi đơn đến Ủy ban nhân dân xã để hòa giải theo thẩm quyền.', 0,
     '2020-09-27T09:40:00', '2020-09-28T09:00:00', 3);

-- ---------------------------------------------------------------------------------------------
-- September 2020 cases. VV-0001/2020 is the story.
-- ---------------------------------------------------------------------------------------------
INSERT INTO cases (id, year, seq, title, case_type, occurred_at, opened_at, place_id, address, summary,
                   assigned_officer_id, status, outcome, solved, solved_at, closed_at, review_status,
                   review_comment, reviewed_by, reviewed_at, created_at, updated_at, created_by) VALUES
    (1, 2020, 1, 'Trộm cắp xe máy trước tiệm tạp hóa ấp Cây Cám', 'theft', '2020-09-03T20:20:00',
     '2020-09-03T20:40:00', 1, 'Trước tiệm tạp hóa của bà Trần Thị M., ấp Cây Cám, xã Láng Dài',
     'Xe Honda Wave Alpha biển số 72E1-123.45 của anh Đỗ Văn Nghĩa dựng trước tiệm bị lấy trộm; '
     || 'người dân truy đuổi nhưng đối tượng tẩu thoát. Nhờ hình trích xuất camera đăng lên nhóm Zalo, '
     || 'người dân phát hiện đối tượng gần khu công nghiệp Phước Long Thọ.',
     3, 'closed',
     'Đối tượng thừa nhận hành vi trộm cắp; đã bàn giao đối tượng, tang vật và hồ sơ cho Cơ quan Cảnh sát '
     || 'điều tra Công an huyện Đất Đỏ. Vụ việc được làm rõ nhờ tin báo của quần chúng.',
     1, '2020-09-04T00:30:00', '2020-09-04T09:30:00', 'approved',
     'Đồng ý kết thúc. Đề nghị biểu dương quần chúng cung cấp tin có giá trị.', 1, '2020-09-04T10:00:00',
     '2020-09-03T20:40:00', '2020-09-04T10:00:00', 3),
    (2, 2020, 2, 'Gây rối trật tự tại tiệc cưới ấp Tân Thuận', 'fighting', '2020-09-09T19:30:00',
     '2020-09-09T20:00:00', 13, 'Ấp Tân Thuận, xã Long Tân',
     'Hai nhóm thanh niên xô xát sau khi uống rượu tại tiệc cưới; một người bị thương nhẹ, từ chối giám định.',
     4, 'closed', 'Xử phạt vi phạm hành chính 02 người về hành vi gây rối trật tự công cộng.',
     1, '2020-09-10T11:00:00', '2020-09-11T16:00:00', 'approved', NULL, 2, '2020-09-11T16:30:00',
     '2020-09-09T20:00:00', '2020-09-11T16:30:00', 4),
    (3, 2020, 3, 'Mất trộm hai con bò tại ấp Thanh Long', 'theft', '2020-09-15T02:00:00',
     '2020-09-15T07:00:00', 10, 'Ấp Thanh Long, xã Láng Dài',
     'Chuồng bò bị cắt khóa ban đêm, mất hai con bò; bảo vệ hiện trường, chuyển tin cho Cơ quan điều tra.',
     3, 'forwarded', NULL, 0, NULL, NULL, NULL, NULL, NULL, NULL,
     '2020-09-15T07:00:00', '2020-09-15T16:00:00', 3);

INSERT INTO tip_case_links (tip_id, case_id, contributed, note, linked_at, linked_by) VALUES
    (4, 1, 1, 'Tin báo ban đầu, mô tả đối tượng và hướng tẩu thoát.', '2020-09-04T10:00:00', 1),
    (5, 1, 1, 'Xác định vị trí đối tượng, dẫn đến việc mời đối tượng về làm việc.', '2020-09-04T10:00:00', 1),
    (7, 2, 0, NULL, '2020-09-09T20:00:00', 4),
    (9, 3, 0, NULL, '2020-09-15T07:00:00', 3);

INSERT INTO case_persons (case_id, person_id, role, identified_at, arrested_at, caught_in_act,
                          surrendered_at, handed_over_at, note) VALUES
    (1, 1, 'witness', NULL, NULL, 0, NULL, NULL, 'Chủ tiệm tạp hóa, chứng kiến sự việc.'),
    (1, 2, 'victim', NULL, NULL, 0, NULL, NULL, 'Chủ xe bị trộm.'),
    (1, 3, 'suspect', '2020-09-03T23:30:00', '2020-09-04T00:30:00', 0, NULL, '2020-09-04T08:30:00',
     'Thừa nhận hành vi trộm cắp xe máy.');

-- The story's timeline.
INSERT INTO case_events (case_id, occurred_at, kind, officer_id, tip_id, note) VALUES
    (1, '2020-09-03T20:40:00', 'tip_linked', 3, 4,
     'Mở vụ việc từ tin báo TB-0004/2020 (điện thoại lúc 20 giờ 30).'),
    (1, '2020-09-03T20:50:00', 'scene_visit', 3, NULL,
     'Tổ công tác đến hiện trường, ghi nhận thông tin từ bà Trần Thị M. và chủ xe.'),
    (1, '2020-09-03T21:15:00', 'camera_extract', 4, NULL,
     'Trích xuất camera của tiệm tạp hóa và camera an ninh trục đường liên ấp, xác định đặc điểm đối tượng.'),
    (1, '2020-09-03T21:40:00', 'zalo_notice', 4, NULL,
     'Đăng đặc điểm nhận dạng đối tượng và hình trích xuất lên các nhóm Zalo "Kết nối toàn dân – Bình yên cuộc sống".'),
    (1, '2020-09-03T23:00:00', 'suspect_located', 4, 5,
     'Tin báo TB-0005/2020: người dân phát hiện đối tượng gần khu công nghiệp Phước Long Thọ.'),
    (1, '2020-09-03T23:30:00', 'brought_in', 4, NULL,
     'Lực lượng công an cùng bảo vệ dân phố ấp Long Thọ mời đối tượng về trụ sở làm việc.'),
    (1, '2020-09-04T00:30:00', 'statement', 3, NULL,
     'Đối tượng Lâm Văn Tới (sinh năm 1982, trú xã Láng Dài) thừa nhận hành vi trộm cắp xe máy.'),
    (1, '2020-09-04T08:30:00', 'handed_over', 3, NULL,
     'Bàn giao đối tượng, tang vật và hồ sơ cho Cơ quan Cảnh sát điều tra Công an huyện Đất Đỏ (phiếu chuyển 06/PC-CAX).'),
    (1, '2020-09-04T09:30:00', 'outcome', 3, NULL, 'Đề nghị kết thúc vụ việc: đã làm rõ.'),
    (1, '2020-09-04T10:00:00', 'review', 1, NULL,
     'Trưởng Công an xã duyệt kết thúc; liên kết hai tin báo, đánh dấu tin có giá trị.'),
    (2, '2020-09-09T20:00:00', 'tip_linked', 4, 7, 'Mở vụ việc từ tin báo TB-0007/2020.'),
    (2, '2020-09-09T20:15:00', 'scene_visit', 4, NULL, 'Có mặt tại tiệc cưới, tách hai nhóm, mời những người liên quan về trụ sở.'),
    (2, '2020-09-10T11:00:00', 'outcome', 4, NULL, 'Lập biên bản vi phạm hành chính 02 người.'),
    (3, '2020-09-15T07:00:00', 'tip_linked', 3, 9, 'Mở vụ việc từ tin báo TB-0009/2020.'),
    (3, '2020-09-15T07:30:00', 'scene_visit', 3, NULL, 'Bảo vệ hiện trường, ghi nhận dấu vết cắt khóa chuồng.'),
    (3, '2020-09-15T16:00:00', 'handed_over', 3, NULL, 'Chuyển nguồn tin cho Cơ quan Cảnh sát điều tra Công an huyện Đất Đỏ (phiếu chuyển 07/PC-CAX).');

-- ---------------------------------------------------------------------------------------------
-- September 2020: results, activities, group moderation
-- ---------------------------------------------------------------------------------------------
INSERT INTO results (occurred_on, kind, count, value_vnd, place_id, tip_id, officer_id, note) VALUES
    ('2020-09-02', 'documents_returned', 1, 1500000, 11, 1, 3, 'Trao trả ví, giấy tờ và tiền cho chủ sở hữu.'),
    ('2020-09-07', 'documents_returned', 1, NULL, 21, 6, 5, 'Trao trả CCCD và giấy đăng ký xe.'),
    ('2020-09-10', 'property_returned', 1, 18000000, 2, 4, 3, 'Xe máy 72E1-123.45 được trả lại chủ xe sau khi Cơ quan điều tra xử lý vật chứng.'),
    ('2020-09-18', 'lost_person_found', 1, NULL, 11, 10, 4, 'Cụ bà đi lạc được đưa về gia đình.'),
    ('2020-09-24', 'weapons_handed_in', 2, NULL, 3, NULL, 5, 'Người dân tự nguyện giao nộp 02 dao tự chế.');

INSERT INTO activities (held_on, kind, place_id, model_id, title, attendance, officer_id, note) VALUES
    ('2020-09-10', 'meeting', 1, 1, 'Họp dân ấp Cây Cám: phòng, chống trộm cắp tài sản, biểu dương nhóm Zalo', 64, 3, NULL),
    ('2020-09-17', 'meeting', 11, 10, 'Họp dân ấp Tân Hòa: hướng dẫn tham gia nhóm Zalo của ấp', 52, 4, NULL),
    ('2020-09-24', 'propaganda', 23, NULL, 'Tuyên truyền lưu động phòng, chống tệ nạn xã hội khu phố Phước Thới', 120, 5, NULL),
    ('2020-09-26', 'meeting', 33, 31, 'Họp dân ấp Long Thọ: phối hợp bảo vệ dân phố tuần tra ban đêm', 47, 4, NULL);

INSERT INTO zalo_moderation (group_id, on_date, action, count, officer_id, note) VALUES
    (1, '2020-09-05', 'warned', 2, 4, 'Đăng tin quảng cáo bán hàng, không liên quan ANTT.'),
    (21, '2020-09-14', 'warned', 1, 3, 'Đăng bài ngoài giờ hành chính, không cấp bách.'),
    (10, '2020-09-21', 'removed', 1, 4, 'Tái phạm đăng tin không liên quan ANTT sau khi đã nhắc nhở.');

-- The officers proposed the closures that the chiefs approved (migration 7 keeps the proposal).
UPDATE cases SET closure_proposed_by = 3, closure_proposed_at = '2020-09-04T09:30:00', proposed_solved = 1 WHERE id = 1;
UPDATE cases SET closure_proposed_by = 4, closure_proposed_at = '2020-09-11T16:00:00', proposed_solved = 1 WHERE id = 2;
