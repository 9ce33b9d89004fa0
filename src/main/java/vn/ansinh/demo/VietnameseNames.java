package vn.ansinh.demo;

import java.text.Normalizer;
import java.util.Arrays;
import java.util.List;
import java.util.SplittableRandom;

/**
 * Personal names with realistic frequencies: family names as surveyed (Nguyễn about 38 %), middle names that mark
 * sex and generation (Thị and Văn less common among the young), given names; and the family names of the Thái,
 * Khơ Mú and Mông minorities of the western mountain districts. Everything is NFC, as stored.
 */
final class VietnameseNames {

    private static final Weighted<String> FAMILY = Weighted.<String>builder()
            .add("Nguyễn", 38.4).add("Trần", 11.0).add("Lê", 9.5).add("Phạm", 7.0).add("Hoàng", 4.2).add("Huỳnh", 0.9)
            .add("Phan", 4.5).add("Võ", 2.4).add("Vũ", 1.5).add("Đặng", 2.1).add("Bùi", 2.0).add("Đỗ", 1.4)
            .add("Hồ", 1.9).add("Ngô", 1.3).add("Dương", 1.0).add("Lý", 0.5).add("Đinh", 1.0).add("Đoàn", 0.8)
            .add("Trương", 0.8).add("Cao", 0.7).add("Thái", 0.6).add("Mai", 0.6).add("Chu", 0.5).add("Hà", 0.6)
            .add("Lưu", 0.4).add("Tạ", 0.3).add("Trịnh", 0.6).add("Lương", 0.5).add("Kiều", 0.2).add("Nghiêm", 0.2)
            .add("Thân", 0.2).add("Văn", 0.3).add("Tôn", 0.2).add("Phùng", 0.3).add("Đào", 0.6)
            .build();

    private static final Weighted<String> MINORITY_FAMILY = Weighted.<String>builder()
            .add("Lô", 12).add("Vi", 12).add("Lương", 10).add("Lò", 8).add("Kha", 6).add("Quang", 6).add("Lữ", 5)
            .add("Ngân", 4).add("Sầm", 3).add("Moong", 6).add("Xồng", 4).add("Vừ", 5).add("Lầu", 4).add("Và", 3)
            .add("Thao", 3).add("Cụt", 2).add("Hà", 5).build();

    private static final Weighted<String> MALE_MIDDLE = Weighted.<String>builder()
            .add("Văn", 40).add("Đức", 8).add("Minh", 8).add("Quang", 6).add("Hữu", 6).add("Công", 5).add("Xuân", 4)
            .add("Thanh", 4).add("Ngọc", 3).add("Đình", 5).add("Duy", 3).add("Quốc", 3).add("Trọng", 3)
            .add("Hoàng", 3).add("Anh", 2).add("Tiến", 2).add("Mạnh", 2).add("Bá", 2).add("Sỹ", 2).add("Gia", 2)
            .build();

    private static final Weighted<String> FEMALE_MIDDLE = Weighted.<String>builder()
            .add("Thị", 50).add("Ngọc", 6).add("Thu", 5).add("Thanh", 5).add("Minh", 3).add("Phương", 3)
            .add("Bảo", 3).add("Khánh", 3).add("Hoài", 2).add("Mai", 2).add("Diệu", 2).add("Kim", 3).add("Hồng", 3)
            .add("Thùy", 3).add("Quỳnh", 2).add("Hải", 2).add("Tú", 2).add("Cẩm", 1).build();

    private static final Weighted<String> MALE_GIVEN = Weighted.uniform(nfc(List.of(
            "Anh", "Hùng", "Dũng", "Tuấn", "Minh", "Nam", "Hải", "Long", "Sơn", "Thắng", "Cường", "Hiếu", "Phong",
            "Quân", "Trung", "Đạt", "Huy", "Khánh", "Toàn", "Tùng", "Bình", "Hòa", "Lâm", "Hưng", "Thành", "Tâm",
            "Vinh", "Kiên", "Lực", "Nghĩa", "Bảo", "Khoa", "Phúc", "Đức", "Hoàng", "Tiến", "Việt", "Lộc", "Quang",
            "Thịnh", "Tài", "Thái", "Hậu", "Chiến", "Công", "Duy", "Hiển", "Khôi", "Mạnh", "Nhật", "Phát", "Quý",
            "Sang", "Thanh", "Thuận", "Trí", "Trường", "Tú", "Vũ", "Đông", "Hợp", "Lam", "Nguyên", "Phương", "Thọ")));

    private static final Weighted<String> FEMALE_GIVEN = Weighted.uniform(nfc(List.of(
            "Hoa", "Lan", "Hương", "Mai", "Linh", "Trang", "Ngọc", "Hạnh", "Thảo", "Hà", "Hằng", "Nga", "Nhung",
            "Phương", "Thủy", "Yến", "Vân", "Huyền", "Loan", "Hồng", "Dung", "Hiền", "Liên", "Oanh", "Tâm", "Anh",
            "Chi", "Giang", "Thư", "Vy", "My", "Nhi", "Ngân", "Quỳnh", "Trâm", "Uyên", "Xuân", "Đào", "Lụa",
            "Tuyết", "Hậu", "Lý", "Thơ", "Thắm", "Quyên", "Duyên", "Hòa", "Bích", "Diệp", "Hiên", "Khuê", "Lệ",
            "Minh", "Nguyệt", "Phượng", "Sen", "Tình", "Thúy", "Trinh", "Vui")));

    private VietnameseNames() {
    }

    static String familyName(SplittableRandom random, boolean minority) {
        return (minority ? MINORITY_FAMILY : FAMILY).pick(random);
    }

    /** Middle and given names; about one woman in ten has two middle names, as in "Nguyễn Thị Thu Hà". */
    static String personalName(SplittableRandom random, char sex, int birthYear) {
        boolean young = birthYear >= 1990;
        String middle;
        if (sex == 'M') {
            middle = young && random.nextInt(100) < 45 ? other(random, MALE_MIDDLE, "Văn") : MALE_MIDDLE.pick(random);
            return middle + " " + MALE_GIVEN.pick(random);
        }
        middle = young && random.nextInt(100) < 55 ? other(random, FEMALE_MIDDLE, "Thị") : FEMALE_MIDDLE.pick(random);
        if (middle.equals("Thị") && random.nextInt(100) < 10) {
            middle = middle + " " + other(random, FEMALE_MIDDLE, "Thị");
        }
        return middle + " " + FEMALE_GIVEN.pick(random);
    }

    private static String other(SplittableRandom random, Weighted<String> names, String not) {
        String name;
        do {
            name = names.pick(random);
        } while (name.equals(not));
        return name;
    }

    static List<String> nfc(List<String> names) {
        return Arrays.asList(names.stream().map(n -> Normalizer.normalize(n, Normalizer.Form.NFC)).toArray(String[]::new));
    }
}
