package vn.ansinh.demo;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.SplittableRandom;

import vn.ansinh.employer.Sector;
import vn.ansinh.employer.SizeClass;
import vn.ansinh.employer.SizeClassLimits;
import vn.ansinh.employer.TaxCode;
import vn.ansinh.shared.VietnameseText;

/**
 * The employers of a generated province and the jobs they offer. Public units come first (a people's committee,
 * schools and a health station per commune; a hospital, high schools and offices per district; hospitals, a
 * university and departments for the province), then a handful of foreign-invested garment factories of 1,000 to
 * 8,000 workers, then enterprises drawn from the mix the Ha Tinh seed reports (over 95 % micro and small) until
 * their jobs add up to the expected number of compulsory participants.
 * <p>
 * Each job is a slot; {@link #hire} takes a random open slot, so employers fill up in proportion to their size.
 */
final class EmployerRoster {

    /** One employer; {@code commune} is a place index, {@code capacity} its headcount. */
    record Employer(int index, String unitCode, String taxCode, String name, int commune, int wageRegion,
                    String ownership, String sector, String sizeClass, boolean reducedRate, int registeredOn,
                    int capacity) {

        /** Cadres and civil servants of state bodies: HI group HC, and no unemployment insurance. */
        boolean civilService() {
            return sector.equals("PUBLIC_ADMINISTRATION");
        }

        /** Paid on the public scale (coefficient times base salary) rather than on the market. */
        boolean publicPay() {
            return ownership.equals("PUBLIC_SERVICE") || civilService();
        }

        String hiGroup() {
            return publicPay() ? "HC" : "DN";
        }
    }

    private static final Map<String, List<String>> JOB_TITLES = Map.of(
            "MANUFACTURING", List.of("Công nhân sản xuất", "Tổ trưởng sản xuất", "Kỹ thuật viên", "Kế toán", "Thủ kho"),
            "CONSTRUCTION", List.of("Công nhân xây dựng", "Kỹ sư xây dựng", "Lái máy", "Kế toán", "Chỉ huy trưởng công trình"),
            "TRADE", List.of("Nhân viên bán hàng", "Nhân viên kinh doanh", "Kế toán", "Thủ kho", "Quản lý cửa hàng"),
            "TRANSPORT", List.of("Lái xe", "Phụ xe", "Điều phối viên", "Kế toán"),
            "SERVICES", List.of("Nhân viên phục vụ", "Lễ tân", "Đầu bếp", "Nhân viên văn phòng", "Kế toán"),
            "AGRICULTURE", List.of("Công nhân nông nghiệp", "Kỹ thuật viên nông nghiệp", "Kế toán", "Tổ trưởng"),
            "EDUCATION", List.of("Giáo viên", "Nhân viên văn phòng", "Kế toán", "Bảo vệ"),
            "HEALTH", List.of("Điều dưỡng", "Bác sĩ", "Y sĩ", "Dược sĩ", "Hộ sinh", "Kỹ thuật viên xét nghiệm"),
            "PUBLIC_ADMINISTRATION", List.of("Chuyên viên", "Công chức địa chính", "Công chức tư pháp - hộ tịch",
                    "Kế toán", "Văn thư"));

    private static final Map<String, List<String>> TRADE_WORDS = Map.of(
            "MANUFACTURING", List.of("May mặc", "Chế biến gỗ", "Vật liệu xây dựng", "Cơ khí", "Thực phẩm", "Bao bì"),
            "CONSTRUCTION", List.of("Xây dựng", "Đầu tư xây dựng", "Xây lắp điện", "Tư vấn xây dựng"),
            "TRADE", List.of("Thương mại", "Thương mại và dịch vụ", "Kinh doanh vật tư", "Xăng dầu"),
            "TRANSPORT", List.of("Vận tải", "Vận tải và du lịch", "Logistics"),
            "SERVICES", List.of("Dịch vụ", "Du lịch", "Khách sạn", "Công nghệ thông tin", "Môi trường đô thị"),
            "AGRICULTURE", List.of("Nông nghiệp", "Lâm nghiệp", "Chăn nuôi", "Thủy sản"));

    private static final List<String> BRAND_FIRST = List.of("Thành", "Hoàng", "Minh", "Phú", "An", "Hưng", "Đại",
            "Tân", "Việt", "Trường", "Hồng", "Kim", "Bảo", "Phát", "Thịnh", "Long", "Nam", "Quang", "Đức", "Hải");
    private static final List<String> BRAND_SECOND = List.of("Đạt", "Long", "Phát", "Thịnh", "Khang", "Lộc", "Phúc",
            "Hưng", "Thành", "Tín", "Anh", "Nguyên", "Hà", "Sơn", "Vinh", "Cường", "Tiến", "Lợi", "Tâm", "Minh");
    private static final List<String> FOREIGN_FIRST = List.of("Dae", "Shin", "Hwa", "Seo", "Jin", "Kwang", "Sung",
            "Young", "Hae", "Tae", "Fu", "Hong", "Yu", "Chang");
    private static final List<String> FOREIGN_SECOND = List.of("sung", "won", "jin", "il", "san", "do", "hyun",
            "yuan", "tai", "feng");

    private static final Weighted<String> SECTOR_MICRO = Weighted.<String>builder().add("TRADE", 35)
            .add("SERVICES", 25).add("CONSTRUCTION", 15).add("MANUFACTURING", 10).add("TRANSPORT", 8)
            .add("AGRICULTURE", 7).build();
    private static final Weighted<String> SECTOR_SMALL = Weighted.<String>builder().add("CONSTRUCTION", 25)
            .add("TRADE", 25).add("MANUFACTURING", 20).add("SERVICES", 15).add("TRANSPORT", 8)
            .add("AGRICULTURE", 7).build();
    private static final Weighted<String> SECTOR_LARGE = Weighted.<String>builder().add("MANUFACTURING", 50)
            .add("CONSTRUCTION", 20).add("TRADE", 10).add("SERVICES", 10).add("AGRICULTURE", 5)
            .add("TRANSPORT", 5).build();
    private static final Weighted<Integer> MICRO_SIZE = Weighted.<Integer>builder().add(1, 8).add(2, 14).add(3, 16)
            .add(4, 15).add(5, 13).add(6, 10).add(7, 8).add(8, 6).add(9, 5).add(10, 5).build();

    private final List<Employer> employers = new ArrayList<>();
    private final int[] slots;
    private int open;

    /** @param sizeClasses the size-class limits employers are classified by (those in force at the data end) */
    EmployerRoster(ProvinceSpec spec, Geography geography, SizeClassLimits sizeClasses) {
        SplittableRandom random = new SplittableRandom(CodePermutation.mix(spec.seed() ^ 0xE3B1L));
        Builder builder = new Builder(spec, geography, random, sizeClasses);
        int expected = (int) Math.round(spec.people() * Calibration.LABOUR_SHARE * Calibration.COMPULSORY_SHARE
                * Calibration.SLOT_MARGIN);
        int publicJobs = builder.publicUnits();
        int enterpriseJobs = Math.max(0, expected - publicJobs);
        int factoryJobs = builder.factories(enterpriseJobs);
        builder.enterprises(enterpriseJobs - factoryJobs);
        employers.addAll(builder.employers);
        int total = employers.stream().mapToInt(Employer::capacity).sum();
        slots = new int[total];
        int s = 0;
        for (Employer e : employers) {
            for (int i = 0; i < e.capacity(); i++) {
                slots[s++] = e.index();
            }
        }
        open = total;
    }

    List<Employer> employers() {
        return employers;
    }

    /** Takes an open job, or when every job is taken, any employer in proportion to its size. */
    Employer hire(SplittableRandom random) {
        if (open == 0) {
            return any(random);
        }
        int i = random.nextInt(open);
        int e = slots[i];
        slots[i] = slots[open - 1];
        slots[open - 1] = e;
        open--;
        return employers.get(e);
    }

    /** An employer in proportion to its size, taking no job (for past jobs). */
    Employer any(SplittableRandom random) {
        return employers.get(slots[random.nextInt(slots.length)]);
    }

    static String jobTitle(SplittableRandom random, Employer employer) {
        List<String> titles = JOB_TITLES.get(employer.sector());
        return random.nextInt(100) < 55 ? titles.get(0) : titles.get(random.nextInt(titles.size()));
    }

    void write(Chunk chunk, long employerBase, long areaBase) {
        Chunk.Rows rows = chunk.rows(Table.EMPLOYER);
        for (Employer e : employers) {
            rows.add(employerBase + e.index()).add(e.unitCode()).add(e.taxCode()).add(e.name())
                    .add(VietnameseText.searchKey(e.name())).add(areaBase + e.commune()).add(e.wageRegion())
                    .add(e.ownership()).add(e.sector()).add(e.sizeClass()).add(e.reducedRate())
                    .day(e.registeredOn()).nullValue().timestamp(e.registeredOn()).end();
        }
    }

    /** The state of building the roster: codes are issued in the order employers are added. */
    private static final class Builder {
        private final ProvinceSpec spec;
        private final Geography geography;
        private final SplittableRandom random;
        private final SizeClassLimits sizeClasses;
        private final List<Employer> employers = new ArrayList<>();
        private final CodePermutation taxShuffle;
        private final String taxPrefix;
        private final String provinceShort;
        private final Weighted<Geography.Place> locations;
        private long taxSerial;

        Builder(ProvinceSpec spec, Geography geography, SplittableRandom random, SizeClassLimits sizeClasses) {
            this.spec = spec;
            this.geography = geography;
            this.random = random;
            this.sizeClasses = sizeClasses;
            this.taxShuffle = new CodePermutation(10_000_000, 0x7A3L * 31 + spec.provinceNumber());
            this.taxPrefix = switch (spec.provinceCode()) {
                case "40" -> "29"; // the tax offices number provinces differently: Nghe An 29, Ha Tinh 30
                case "42" -> "30";
                default -> spec.provinceCode();
            };
            this.provinceShort = spec.provinceName().replace("(demo)", "").replaceFirst("^Tỉnh ", "").trim();
            Weighted.Builder<Geography.Place> where = Weighted.builder();
            for (Geography.Place c : geography.communes()) {
                double factor = switch (c.kind()) {
                    case CITY_WARD -> 3.0;
                    case TOWN_WARD, TOWNSHIP -> 2.0;
                    case INDUSTRIAL -> 2.5;
                    case MOUNTAIN -> 0.3;
                    default -> 0.7;
                };
                where.add(c, Math.max(1, c.people()) * factor);
            }
            this.locations = where.build();
        }

        int publicUnits() {
            int jobs = 0;
            for (Geography.Place c : geography.communes()) {
                int p = c.people();
                String where = levelWord(c) + " " + c.shortName();
                jobs += add("Ủy ban nhân dân " + where, c, "STATE", "PUBLIC_ADMINISTRATION", 8 + p / 1000, 1995);
                jobs += add("Trường Mầm non " + c.shortName(), c, "PUBLIC_SERVICE", "EDUCATION", p / 350, 1998);
                jobs += add("Trường Tiểu học " + c.shortName(), c, "PUBLIC_SERVICE", "EDUCATION", p / 220, 1996);
                jobs += add("Trường THCS " + c.shortName(), c, "PUBLIC_SERVICE", "EDUCATION", p / 300, 1996);
                jobs += add("Trạm Y tế " + where, c, "PUBLIC_SERVICE", "HEALTH", 3 + p / 2500, 1997);
            }
            for (Geography.Place d : geography.districts()) {
                int p = geography.communes().stream().filter(c -> c.district() == d.index()).mapToInt(Geography.Place::people).sum();
                Geography.Place seat = geography.communes().stream().filter(c -> c.district() == d.index()).findFirst().orElseThrow();
                String name = d.name().substring(0, 1).toLowerCase() + d.name().substring(1);
                jobs += add("Ủy ban nhân dân " + name, seat, "STATE", "PUBLIC_ADMINISTRATION", 6 + p / 2500, 1995);
                jobs += add("Bảo hiểm xã hội " + name, seat, "STATE", "PUBLIC_ADMINISTRATION", 4 + p / 15_000, 1995);
                jobs += add("Bệnh viện Đa khoa " + name, seat, "PUBLIC_SERVICE", "HEALTH", p / 700, 1995);
                int highSchools = (int) Math.round(p / 45_000.0);
                for (int i = 1; i <= highSchools; i++) {
                    jobs += add("Trường THPT " + d.shortName() + (i > 1 ? " " + i : ""), seat, "PUBLIC_SERVICE",
                            "EDUCATION", 45 + random.nextInt(36), 1996);
                }
            }
            Geography.Place capital = geography.communes().get(0);
            int people = spec.people();
            String tinh = "tỉnh " + provinceShort;
            jobs += add("Văn phòng Ủy ban nhân dân " + tinh, capital, "STATE", "PUBLIC_ADMINISTRATION", 20 + people / 20_000, 1995);
            jobs += add("Bảo hiểm xã hội " + tinh, capital, "STATE", "PUBLIC_ADMINISTRATION", 30 + people / 20_000, 1995);
            for (String department : List.of("Sở Y tế ", "Sở Giáo dục và Đào tạo ", "Sở Tài chính ",
                    "Sở Lao động - Thương binh và Xã hội ")) {
                jobs += add(department + tinh, capital, "STATE", "PUBLIC_ADMINISTRATION", 15 + people / 40_000, 1995);
            }
            int hospitalStaff = people / 600;
            List<String> hospitals = List.of("Bệnh viện Đa khoa ", "Bệnh viện Sản Nhi ", "Bệnh viện Y học cổ truyền ",
                    "Bệnh viện Phục hồi chức năng ", "Bệnh viện Tâm thần ", "Bệnh viện Phổi ", "Bệnh viện Mắt ");
            for (int i = 0; hospitalStaff > 0 && i < hospitals.size(); i++) {
                int staff = i == hospitals.size() - 1 ? hospitalStaff : Math.min(hospitalStaff, 1_200);
                jobs += add(hospitals.get(i) + tinh, capital, "PUBLIC_SERVICE", "HEALTH", staff, 1995);
                hospitalStaff -= staff;
            }
            jobs += add("Trường Đại học " + provinceShort, capital, "PUBLIC_SERVICE", "EDUCATION", people / 2_000, 2007);
            return jobs;
        }

        /** A handful of foreign-invested garment factories in the industrial communes (region I). */
        int factories(int enterpriseJobs) {
            int count = (int) Math.round(spec.people() / 250_000.0);
            List<Geography.Place> industrial = geography.communes().stream()
                    .filter(c -> c.kind() == Geography.Kind.INDUSTRIAL).toList();
            if (industrial.isEmpty()) {
                industrial = List.of(geography.communes().get(0));
            }
            int jobs = 0;
            for (int i = 0; i < count; i++) {
                int size = (int) Math.round(2_200 * Math.exp(0.55 * Geography.gaussian(random)));
                size = Math.max(1_000, Math.min(8_000, size));
                if (jobs + size > enterpriseJobs * 0.45) {
                    break;
                }
                String brand = FOREIGN_FIRST.get(random.nextInt(FOREIGN_FIRST.size()))
                        + FOREIGN_SECOND.get(random.nextInt(FOREIGN_SECOND.size()));
                String name = "Công ty TNHH May " + brand + (random.nextBoolean() ? " Vina" : " Việt Nam");
                Geography.Place where = industrial.get(i % industrial.size());
                int registered = Days.between(random, Days.of(2014, 1, 1), Days.of(2021, 12, 31));
                jobs += add(name, where, "FOREIGN_INVESTED", "MANUFACTURING", size, registered, random.nextInt(100) < 30);
            }
            return jobs;
        }

        /** Enterprises until their headcounts reach {@code jobs}: 70 % micro, 26 % small, 3 % medium, 1 % large. */
        void enterprises(int jobs) {
            int given = 0;
            while (given < jobs) {
                int roll = random.nextInt(1000);
                String sector;
                int size;
                if (roll < 700) {
                    sector = SECTOR_MICRO.pick(random);
                    size = MICRO_SIZE.pick(random);
                } else {
                    sector = (roll < 960 ? SECTOR_SMALL : SECTOR_LARGE).pick(random);
                    Sector activity = Sector.valueOf(sector);
                    int microMax = sizeClasses.largest(SizeClass.MICRO, activity);
                    int smallMax = sizeClasses.largest(SizeClass.SMALL, activity);
                    int mediumMax = sizeClasses.largest(SizeClass.MEDIUM, activity);
                    size = roll < 960 ? logUniform(microMax + 1, smallMax)
                            : roll < 990 ? logUniform(smallMax + 1, mediumMax) : logUniform(mediumMax + 1, 999);
                }
                String sizeClass = sizeClass(sector, size);
                String ownership = ownership(sizeClass, sector);
                Geography.Place where = locations.pick(random);
                int year = Math.max(2000, 2024 - (int) Math.floor(-7.0 * Math.log(1.0 - random.nextDouble())));
                int registered = Math.min(Days.of(2024, 6, 30), Days.inYear(random, year));
                given += add(enterpriseName(sector, ownership, where), where, ownership, sector, size, registered,
                        !sizeClass.equals("MICRO") && random.nextInt(100) < 4);
            }
        }

        private String ownership(String sizeClass, String sector) {
            int r = random.nextInt(100);
            return switch (sizeClass) {
                case "MICRO" -> r < 75 ? "PRIVATE" : r < 90 ? "HOUSEHOLD_BUSINESS" : "COOPERATIVE";
                case "SMALL" -> sector.equals("AGRICULTURE") && r < 30 ? "COOPERATIVE"
                        : r < 90 ? "PRIVATE" : r < 95 ? "FOREIGN_INVESTED" : "STATE";
                default -> r < 60 ? "PRIVATE" : r < 85 ? "FOREIGN_INVESTED" : "STATE";
            };
        }

        private String enterpriseName(String sector, String ownership, Geography.Place where) {
            List<String> words = TRADE_WORDS.get(sector);
            String trade = words.get(random.nextInt(words.size()));
            String brand = BRAND_FIRST.get(random.nextInt(BRAND_FIRST.size())) + " "
                    + BRAND_SECOND.get(random.nextInt(BRAND_SECOND.size()));
            return switch (ownership) {
                case "HOUSEHOLD_BUSINESS" -> "Hộ kinh doanh " + VietnameseNames.familyName(random, false) + " "
                        + VietnameseNames.personalName(random, random.nextBoolean() ? 'M' : 'F', 1975);
                case "COOPERATIVE" -> "Hợp tác xã " + (sector.equals("AGRICULTURE") ? trade : "Dịch vụ " + trade.toLowerCase())
                        + " " + where.shortName();
                case "STATE" -> "Công ty TNHH MTV " + trade + " " + provinceShort;
                case "FOREIGN_INVESTED" -> "Công ty TNHH " + trade + " " + FOREIGN_FIRST.get(random.nextInt(FOREIGN_FIRST.size()))
                        + FOREIGN_SECOND.get(random.nextInt(FOREIGN_SECOND.size())) + " Việt Nam";
                default -> {
                    int r = random.nextInt(100);
                    String form = r < 55 ? "Công ty TNHH " : r < 80 ? "Công ty Cổ phần " : r < 92 ? "Doanh nghiệp tư nhân "
                            : "Công ty TNHH MTV ";
                    yield form + trade + " " + brand;
                }
            };
        }

        private String sizeClass(String sector, int headcount) {
            return sizeClasses.classify(headcount, Sector.valueOf(sector)).name();
        }

        private int logUniform(int from, int to) {
            return (int) Math.round(Math.exp(Math.log(from) + random.nextDouble() * (Math.log(to) - Math.log(from))));
        }

        private int add(String name, Geography.Place where, String ownership, String sector, int size, int sinceYear) {
            int registered = Days.between(random, Days.of(sinceYear, 1, 1), Days.of(sinceYear + 10, 12, 31));
            return add(name, where, ownership, sector, size, registered, false);
        }

        private int add(String name, Geography.Place where, String ownership, String sector, int size, int registered,
                        boolean reducedRate) {
            if (size <= 0) {
                return 0;
            }
            int index = employers.size();
            String unitCode = spec.provinceCode() + "D" + Digits.padded(index + 1, 6);
            employers.add(new Employer(index, unitCode, nextTaxCode(), name, where.index(), where.wageRegion(),
                    ownership, sector, sizeClass(sector, size), reducedRate, registered, size));
            return size;
        }

        /** The next code in the shuffled sequence that is valid: numbers the tax office cannot issue are skipped. */
        private String nextTaxCode() {
            while (true) {
                String nine = taxPrefix + Digits.padded(taxShuffle.apply(taxSerial++), 7);
                Optional<TaxCode> code = TaxCode.withCheckDigit(nine);
                if (code.isPresent()) {
                    return code.get().value();
                }
            }
        }

        private static String levelWord(Geography.Place commune) {
            return switch (commune.kind()) {
                case CITY_WARD, TOWN_WARD -> "phường";
                case TOWNSHIP -> "thị trấn";
                default -> "xã";
            };
        }
    }
}
