package vn.ansinh.demo;

import java.util.List;

/**
 * Syllables Vietnamese place names are built from. Communes of a lowland district often share its first syllable
 * (Kỳ Anh district: Kỳ Phong, Kỳ Bắc...), city wards carry names of heroes or old villages, and mountain communes
 * of the west have Thái names (Mường Xén, Nậm Cắn). Two syllables each, so names read as real ones without being
 * a copy of any.
 */
final class PlaceNames {

    /** First syllables of district names; also the prefix of their communes. */
    static final List<String> DISTRICT_FIRST = VietnameseNames.nfc(List.of(
            "Kỳ", "Cẩm", "Thạch", "Can", "Đức", "Hương", "Nghi", "Diễn", "Quỳnh", "Yên", "Hưng", "Nam", "Thanh",
            "Anh", "Đô", "Tân", "Quế", "Tương", "Quỳ", "Nghĩa", "Hoàng", "Lộc", "Xuân", "Sơn", "Hồng", "Vũ", "Trung",
            "Phúc", "Hòa", "Bình", "Mỹ", "Long", "Vĩnh", "Thọ", "Triệu", "Hải", "Lệ", "Minh", "Phú", "Châu"));

    /** Second syllables of district and commune names. */
    static final List<String> SECOND = VietnameseNames.nfc(List.of(
            "Anh", "Xuyên", "Hà", "Lộc", "Thọ", "Sơn", "Khê", "Châu", "Lưu", "Thành", "Nguyên", "Đàn", "Chương",
            "Lương", "Hợp", "Phong", "Bắc", "Nam", "Đông", "Tây", "Trung", "Tiến", "Lạc", "Lâm", "Thịnh", "Hưng",
            "Phú", "Hải", "Giang", "Lĩnh", "Hòa", "Bình", "Vinh", "Mỹ", "Long", "Xuân", "Thủy", "Hồng", "Quang",
            "Minh", "Tân", "An", "Khánh", "Thái", "Phúc", "Lợi", "Đồng", "Văn", "Yên", "Liên", "Hoa", "Kim", "Ngọc",
            "Trường", "Diệu", "Hiệp", "Tường", "Thắng", "Cường", "Điền"));

    /** City wards named after heroes and old villages. */
    static final List<String> WARDS = VietnameseNames.nfc(List.of(
            "Trần Phú", "Lê Lợi", "Quang Trung", "Hà Huy Tập", "Nguyễn Du", "Bắc Hà", "Nam Hà", "Tân Giang",
            "Thạch Linh", "Thạch Quý", "Văn Yên", "Đại Nài", "Trường Thi", "Bến Thủy", "Cửa Nam", "Đội Cung",
            "Đông Vĩnh", "Quán Bàu", "Hưng Bình", "Hưng Dũng", "Lê Mao", "Trung Đô", "Hồng Sơn", "Vinh Tân",
            "Hưng Phúc", "Lê Lai", "Phan Đình Phùng", "Nguyễn Trãi", "Minh Khai", "Đồng Quang"));

    static final List<String> MOUNTAIN_FIRST = VietnameseNames.nfc(List.of(
            "Mường", "Nậm", "Na", "Keng", "Huồi", "Tà", "Bảo", "Hạnh", "Lượng", "Chiêu", "Xá", "Tam", "Lưu", "Châu"));

    static final List<String> MOUNTAIN_SECOND = VietnameseNames.nfc(List.of(
            "Xén", "Cắn", "Lống", "Tụ", "Ngoi", "Típ", "Lằm", "Quang", "Khê", "Thành", "Lý", "Chiêng", "Nọi",
            "Đình", "Xái", "Cọn", "Hợp", "Kim", "Phong", "Tiến", "Hội", "Bình", "Nga", "Ca", "Mọi"));

    /** Streets for urban addresses. */
    static final List<String> STREETS = VietnameseNames.nfc(List.of(
            "Trần Phú", "Lê Duẩn", "Nguyễn Du", "Phan Đình Phùng", "Hà Huy Tập", "Xô Viết Nghệ Tĩnh", "Hải Thượng Lãn Ông",
            "Nguyễn Huy Tự", "Lý Tự Trọng", "Quang Trung", "Lê Hồng Phong", "Nguyễn Thị Minh Khai", "Mai Hắc Đế",
            "Võ Nguyên Giáp", "Đặng Dung", "Ngô Quyền", "Hồ Tùng Mậu", "Nguyễn Văn Cừ"));

    private PlaceNames() {
    }
}
