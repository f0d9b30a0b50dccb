#include "models/repo/demo/DemoPhrases.h"

namespace binhyen::demo {

using namespace Qt::StringLiterals;

const QList<Scenario>& scenarios() {
    static const QList<Scenario> all = {
        {u"theft"_s,
         u"to_giac"_s,
         u"urgent"_s,
         {u"phone"_s, u"zalo"_s, u"in_person"_s, u"camera"_s},
         6,
         {u"Mất trộm xe máy dựng trước nhà trong đêm"_s,
          u"Kẻ gian cạy cửa lấy trộm tiền và vàng khi gia đình đi vắng"_s,
          u"Mất trộm máy bơm nước ngoài rẫy"_s, u"Mất trộm bình ắc quy của xe tải đậu bên đường"_s,
          u"Mất trộm 15 con gà trong chuồng"_s, u"Kẻ gian cắt trộm dây điện trong vườn tiêu"_s,
          u"Mất trộm điện thoại di động để trên bàn quán cà phê"_s,
          u"Mất trộm xe đạp điện trước cổng trường"_s},
         {},
         {},
         u"Trộm cắp tài sản"_s},
        {u"robbery"_s,
         u"to_giac"_s,
         u"urgent"_s,
         {u"phone"_s, u"hotline"_s},
         1,
         {u"Bị hai đối tượng đi xe máy giật điện thoại khi đang dừng xe bên đường"_s,
          u"Phụ nữ bị giật túi xách trên đường liên ấp lúc chạng vạng"_s},
         {},
         {},
         u"Cướp giật tài sản"_s},
        {u"drugs"_s,
         u"tin_bao"_s,
         u"normal"_s,
         {u"phone"_s, u"zalo"_s, u"in_person"_s},
         1,
         {u"Nghi có nhóm thanh niên tụ tập sử dụng trái phép chất ma túy tại nhà trọ"_s,
          u"Phát hiện bơm kim tiêm vứt tại bãi đất trống gần trường học"_s},
         {},
         {},
         {}},
        {u"gambling"_s,
         u"tin_bao"_s,
         u"normal"_s,
         {u"phone"_s, u"zalo"_s, u"hotline"_s},
         2,
         {u"Nhóm người tụ tập đánh bài ăn tiền tại quán nước"_s,
          u"Tụ tập đá gà ăn tiền trong vườn cao su"_s,
          u"Nghi có người ghi số đề tại tiệm tạp hóa"_s},
         {},
         {},
         {}},
        {u"fighting"_s,
         u"phan_anh"_s,
         u"urgent"_s,
         {u"phone"_s, u"zalo"_s, u"camera"_s},
         3,
         {u"Xô xát giữa hai nhóm thanh niên tại quán nhậu"_s,
          u"Mâu thuẫn giữa hai hộ liền kề dẫn đến cãi vã, xô đẩy"_s,
          u"Thanh niên say rượu gây rối tại đám giỗ"_s,
          u"Nhóm thanh niên chạy xe lạng lách, gây ồn ào ban đêm"_s},
         {u"Đã mời các bên đến trụ sở hòa giải, nhắc nhở."_s,
          u"Lập biên bản vi phạm hành chính về hành vi gây rối trật tự công cộng."_s},
         {},
         u"Gây rối trật tự công cộng"_s},
        {u"suspicious_person"_s,
         u"phan_anh"_s,
         u"normal"_s,
         {u"phone"_s, u"zalo"_s, u"camera"_s, u"in_person"_s},
         4,
         {u"Người lạ đi xe máy không gắn biển số dò hỏi nhà vắng chủ"_s,
          u"Xe tải lạ đậu lâu bên đường, không rõ chủ"_s,
          u"Người lạ rao bán hàng, quan sát nhà dân"_s,
          u"Camera ghi hình người lạ trèo rào vào sân nhà lúc nửa đêm"_s,
          u"Nhóm người lạ thuê trọ, ra vào thất thường"_s},
         {u"Kiểm tra hành chính, không phát hiện vi phạm."_s,
          u"Tăng cường tuần tra khu vực, đã thông báo lên nhóm Zalo của ấp."_s,
          u"Xác minh là người thu mua phế liệu, đã hướng dẫn đăng ký tạm trú."_s},
         {},
         {}},
        {u"traffic_accident"_s,
         u"phan_anh"_s,
         u"urgent"_s,
         {u"phone"_s, u"hotline"_s},
         2,
         {u"Va chạm giữa xe máy và xe đạp tại ngã ba, một người bị thương nhẹ"_s,
          u"Xe tải va quẹt cột điện, dây điện sà xuống đường"_s,
          u"Hai xe máy va chạm trên đường liên ấp, hư hỏng phương tiện"_s},
         {u"Hỗ trợ đưa người bị thương đi cấp cứu, bảo vệ hiện trường, thông báo Cảnh sát giao thông."_s,
          u"Các bên tự thỏa thuận bồi thường, không yêu cầu xử lý."_s},
         {},
         {}},
        {u"fire"_s,
         u"phan_anh"_s,
         u"immediate"_s,
         {u"phone"_s, u"hotline"_s},
         1,
         {u"Cháy đống rơm sát nhà dân"_s, u"Cháy bãi cỏ khô ven rừng tràm"_s,
          u"Chập điện gây cháy mái hiên quán tạp hóa"_s},
         {u"Cùng người dân dập tắt đám cháy, không có thiệt hại về người."_s},
         {},
         {}},
        {u"lost_person"_s,
         u"phan_anh"_s,
         u"urgent"_s,
         {u"zalo"_s, u"phone"_s},
         1,
         {u"Gia đình báo cụ ông lớn tuổi đi lạc từ sáng"_s,
          u"Trẻ em đi chơi chưa về, gia đình nhờ nhóm Zalo tìm giúp"_s},
         {u"Thành viên nhóm Zalo phát hiện, đã đưa về gia đình."_s},
         u"lost_person_found"_s,
         {}},
        {u"lost_property"_s,
         u"phan_anh"_s,
         u"normal"_s,
         {u"in_person"_s, u"zalo"_s, u"phone"_s},
         2,
         {u"Người dân nhặt được ví có giấy tờ tùy thân mang đến giao nộp"_s,
          u"Nhặt được CCCD và giấy phép lái xe rơi trên đường"_s,
          u"Người dân báo mất giấy đăng ký xe mô tô"_s},
         {u"Đã xác minh, trao trả giấy tờ cho chủ sở hữu."_s},
         u"documents_returned"_s,
         {}},
        {u"lost_property"_s,
         u"phan_anh"_s,
         u"normal"_s,
         {u"in_person"_s, u"zalo"_s},
         1,
         {u"Nhặt được điện thoại di động tại chợ, mang đến giao nộp"_s,
          u"Nhặt được túi xách có tiền mặt mang đến giao nộp"_s},
         {u"Đã xác minh, trao trả tài sản cho chủ sở hữu."_s},
         u"property_returned"_s,
         {}},
        {u"other"_s,
         u"khong_antt"_s,
         u"normal"_s,
         {u"document"_s, u"in_person"_s, u"phone"_s},
         2,
         {u"Đơn đề nghị hòa giải tranh chấp ranh giới đất"_s,
          u"Phản ánh chó thả rông cắn người đi đường"_s,
          u"Phản ánh đốt rác gây khói ô nhiễm khu dân cư"_s,
          u"Hỏi thủ tục đăng ký tạm trú cho người thuê trọ"_s},
         {u"Hướng dẫn liên hệ Ủy ban nhân dân xã giải quyết theo thẩm quyền."_s,
          u"Đã giải thích, hướng dẫn người dân."_s},
         {},
         {}},
        {u"other"_s,
         u"kien_nghi"_s,
         u"normal"_s,
         {u"document"_s},
         1,
         {u"Kiến nghị khởi tố vụ hủy hoại tài sản công trình thủy lợi"_s},
         {},
         {},
         {}},
    };
    return all;
}

const QStringList& followUpSummaries() {
    static const QStringList all = {
        u"Thành viên nhóm Zalo cung cấp hình ảnh và nơi ở của đối tượng nghi vấn"_s,
        u"Người dân phát hiện đối tượng nghi vấn đang rao bán tài sản"_s,
        u"Người dân báo đối tượng giống mô tả trên nhóm Zalo đang ngồi ở quán nước"_s,
    };
    return all;
}

const QStringList& surnames() {
    static const QStringList all = {u"Nguyễn"_s, u"Trần"_s,   u"Lê"_s,   u"Phạm"_s, u"Huỳnh"_s,
                                    u"Phan"_s,   u"Trương"_s, u"Đặng"_s, u"Đỗ"_s,   u"Ngô"_s,
                                    u"Dương"_s,  u"Lý"_s,     u"Tạ"_s,   u"Lưu"_s};
    return all;
}

const QStringList& middleNames() {
    static const QStringList all = {u"Văn"_s, u"Minh"_s, u"Thanh"_s,
                                    u"Hữu"_s, u"Công"_s, u"Hoàng"_s};
    return all;
}

const QStringList& givenNames() {
    static const QStringList all = {u"Tài"_s,  u"Hải"_s,   u"Lâm"_s,  u"Phong"_s,
                                    u"Hiếu"_s, u"Khang"_s, u"Nhân"_s, u"Thịnh"_s,
                                    u"Vũ"_s,   u"Tùng"_s,  u"Kiệt"_s, u"Hào"_s};
    return all;
}

const QStringList& meetingTopics() {
    static const QStringList all = {
        u"phòng, chống trộm cắp tài sản"_s,
        u"phòng, chống ma túy trong thanh thiếu niên"_s,
        u"bảo đảm trật tự an toàn giao thông"_s,
        u"phòng cháy, chữa cháy mùa khô"_s,
        u"phòng, chống lừa đảo qua mạng"_s,
        u"hoạt động của nhóm Zalo Kết nối toàn dân – Bình yên cuộc sống"_s,
    };
    return all;
}

const QStringList& moderationNotes() {
    static const QStringList all = {
        u"Đăng tin quảng cáo, không liên quan ANTT."_s,
        u"Đăng bài ngoài giờ hành chính, không cấp bách."_s,
        u"Chia sẻ tin chưa được kiểm chứng."_s,
    };
    return all;
}

QString placeKindLabel(const QString& kindCode) {
    if (kindCode == u"ap")
        return u"ấp"_s;
    if (kindCode == u"khu_pho")
        return u"khu phố"_s;
    if (kindCode == u"thon")
        return u"thôn"_s;
    return u"tổ dân phố"_s;
}

bool isCrime(const QString& classification) {
    return classification == u"to_giac" || classification == u"tin_bao" ||
           classification == u"kien_nghi";
}

} // namespace binhyen::demo
