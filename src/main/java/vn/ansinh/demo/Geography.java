package vn.ansinh.demo;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.SplittableRandom;

/**
 * The area tree of a generated province: a city district with wards, perhaps a town, lowland districts whose first
 * commune is the district township, and western mountain districts. Codes follow the official shape (district three
 * digits, commune five) in a block of their own; for the provinces the generator knows the block starts where the
 * real one does, so a Nghe An and a Ha Tinh can be loaded side by side.
 */
final class Geography {

    enum Kind {
        PROVINCE, CITY, TOWN, LOWLAND, MOUNTAIN_DISTRICT,
        CITY_WARD, TOWN_WARD, TOWNSHIP, RURAL, INDUSTRIAL, MOUNTAIN;

        boolean urban() {
            return this == CITY_WARD || this == TOWN_WARD || this == TOWNSHIP;
        }
    }

    /**
     * One area. {@code index} is its position in {@link #places()} (and its id offset); {@code people} is set for
     * communes only.
     */
    record Place(int index, String code, String level, String name, String shortName, int parent, String path,
                 Integer wageRegion, Kind kind, int district, int people) {
    }

    /** First district and commune codes of the provinces whose real codes we follow (GSO list, pre-2025). */
    private static final Map<String, int[]> CODE_BLOCKS = Map.of("40", new int[]{412, 16681}, "42", new int[]{436, 18070});

    private final List<Place> places = new ArrayList<>();
    private final List<Place> communes = new ArrayList<>();

    Geography(ProvinceSpec spec) {
        SplittableRandom random = new SplittableRandom(CodePermutation.mix(spec.seed() ^ 0xA7EAL));
        int[] block = CODE_BLOCKS.getOrDefault(spec.provinceCode(),
                new int[]{spec.provinceNumber() * 10, spec.provinceNumber() * 330});
        int districtCount = spec.districts();
        int communeCount = spec.communes();
        if (block[0] + districtCount > 999) {
            throw new IllegalArgumentException("too many districts for province " + spec.provinceCode());
        }
        String provincePath = "/" + spec.provinceCode() + "/";
        places.add(new Place(0, spec.provinceCode(), "PROVINCE", spec.provinceName(), spec.provinceName(), -1,
                provincePath, null, Kind.PROVINCE, -1, 0));

        Kind[] districtKinds = districtKinds(districtCount);
        int[] communesPerDistrict = communesPerDistrict(districtKinds, communeCount);
        List<String> firsts = new ArrayList<>(PlaceNames.DISTRICT_FIRST);
        Collections.shuffle(firsts, new java.util.Random(random.nextLong()));
        Set<String> districtNames = new HashSet<>();
        List<double[]> weights = new ArrayList<>();
        int communeCode = block[1];
        boolean industrialPlaced = false;
        List<Place> pendingCommunes = new ArrayList<>();
        for (int d = 0; d < districtCount; d++) {
            String first = firsts.get(d % firsts.size());
            String shortName;
            do {
                shortName = first + " " + PlaceNames.SECOND.get(random.nextInt(PlaceNames.SECOND.size()));
            } while (!districtNames.add(shortName) || shortName.equals(first + " " + first));
            Kind kind = districtKinds[d];
            String prefix = switch (kind) {
                case CITY -> "Thành phố ";
                case TOWN -> "Thị xã ";
                default -> "Huyện ";
            };
            String districtCode = String.format("%03d", block[0] + d);
            String districtPath = provincePath + districtCode + "/";
            int districtIndex = places.size();
            places.add(new Place(districtIndex, districtCode, "DISTRICT", prefix + shortName, shortName, 0,
                    districtPath, null, kind, districtIndex, 0));

            Set<String> names = new HashSet<>();
            List<String> wards = new ArrayList<>(PlaceNames.WARDS);
            Collections.shuffle(wards, new java.util.Random(random.nextLong()));
            int n = communesPerDistrict[d];
            int industrial = !industrialPlaced && (kind == Kind.LOWLAND || kind == Kind.TOWN) && n >= 3 ? 2 : 0;
            industrialPlaced |= industrial > 0;
            for (int c = 0; c < n; c++) {
                Kind communeKind = communeKind(kind, c, n, industrial);
                String communeShort = communeName(random, communeKind, first, shortName, wards, names);
                String levelWord = switch (communeKind) {
                    case CITY_WARD, TOWN_WARD -> "Phường ";
                    case TOWNSHIP -> "Thị trấn ";
                    default -> "Xã ";
                };
                int region = switch (communeKind) {
                    case INDUSTRIAL -> 1;
                    case CITY_WARD -> 2;
                    case TOWN_WARD, TOWNSHIP -> 3;
                    case MOUNTAIN -> 4;
                    default -> kind == Kind.CITY || random.nextInt(100) < 55 ? 3 : 4;
                };
                String code = String.format("%05d", communeCode++);
                double weight = switch (communeKind) {
                    case CITY_WARD -> 1.7;
                    case TOWN_WARD, TOWNSHIP -> 1.3;
                    case INDUSTRIAL -> 1.1;
                    case MOUNTAIN -> 0.75;
                    default -> 1.0;
                } * Math.exp(0.25 * gaussian(random));
                weights.add(new double[]{weight});
                pendingCommunes.add(new Place(-1, code, "COMMUNE", levelWord + communeShort, communeShort,
                        districtIndex, districtPath + code + "/", region, communeKind, districtIndex, 0));
            }
        }
        if (communeCode - 1 > 99_999) {
            throw new IllegalArgumentException("too many communes for province " + spec.provinceCode());
        }
        int[] people = apportion(spec.people(), weights.stream().mapToDouble(w -> w[0]).toArray());
        for (int i = 0; i < pendingCommunes.size(); i++) {
            Place p = pendingCommunes.get(i);
            Place commune = new Place(places.size(), p.code(), p.level(), p.name(), p.shortName(), p.parent(), p.path(),
                    p.wageRegion(), p.kind(), p.district(), people[i]);
            places.add(commune);
            communes.add(commune);
        }
    }

    List<Place> places() {
        return places;
    }

    List<Place> communes() {
        return communes;
    }

    /** The mean of a per-place factor over the people of the province. */
    double meanOverPeople(java.util.function.ToDoubleFunction<Kind> factor) {
        double sum = 0;
        long people = 0;
        for (Place c : communes) {
            sum += factor.applyAsDouble(c.kind()) * c.people();
            people += c.people();
        }
        return people == 0 ? 1 : sum / people;
    }

    List<Place> districts() {
        return places.stream().filter(p -> p.level().equals("DISTRICT")).toList();
    }

    void write(Chunk chunk, long areaBase) {
        Chunk.Rows rows = chunk.rows(Table.AREA);
        for (Place p : places) {
            rows.add(areaBase + p.index()).add(p.code()).add(p.level()).add(p.name());
            if (p.parent() < 0) {
                rows.nullValue();
            } else {
                rows.add(areaBase + p.parent());
            }
            rows.add(p.path());
            if (p.wageRegion() == null) {
                rows.nullValue();
            } else {
                rows.add(p.wageRegion());
            }
            rows.day(Timeline.AREAS_VALID_FROM).nullValue().end();
        }
    }

    private static Kind[] districtKinds(int count) {
        Kind[] kinds = new Kind[count];
        int mountains = Math.max(1, (int) Math.round(count * 0.35));
        for (int d = 0; d < count; d++) {
            kinds[d] = d == 0 ? Kind.CITY
                    : d >= count - mountains ? Kind.MOUNTAIN_DISTRICT
                    : d == 1 && count >= 5 ? Kind.TOWN : Kind.LOWLAND;
        }
        return kinds;
    }

    /** The city has about a tenth of the communes, the mountain districts three tenths, the rest share the others. */
    private static int[] communesPerDistrict(Kind[] kinds, int total) {
        int[] counts = new int[kinds.length];
        int mountainDistricts = 0;
        for (Kind k : kinds) {
            if (k == Kind.MOUNTAIN_DISTRICT) {
                mountainDistricts++;
            }
        }
        int others = kinds.length - 1 - mountainDistricts;
        int city = Math.max(1, (int) Math.round(total * 0.10));
        int mountain = Math.max(mountainDistricts, (int) Math.round(total * 0.30));
        int rest = total - city - mountain;
        if (rest < others) {
            mountain -= others - rest;
            rest = others;
        }
        for (int d = 0, m = 0, o = 0; d < kinds.length; d++) {
            if (kinds[d] == Kind.CITY) {
                counts[d] = city;
            } else if (kinds[d] == Kind.MOUNTAIN_DISTRICT) {
                counts[d] = mountain / mountainDistricts + (m++ < mountain % mountainDistricts ? 1 : 0);
            } else {
                counts[d] = rest / others + (o++ < rest % others ? 1 : 0);
            }
        }
        return counts;
    }

    private static Kind communeKind(Kind district, int c, int n, int industrial) {
        return switch (district) {
            case CITY -> c < Math.max(1, Math.round(n * 0.7f)) ? Kind.CITY_WARD : Kind.RURAL;
            case TOWN -> c < Math.max(1, Math.round(n * 0.6f)) ? Kind.TOWN_WARD
                    : c - Math.round(n * 0.6f) < industrial ? Kind.INDUSTRIAL : Kind.RURAL;
            // A district of one commune (a small province) keeps it rural rather than make it the township.
            case LOWLAND -> c == 0 && n > 1 ? Kind.TOWNSHIP : c > 0 && c <= industrial ? Kind.INDUSTRIAL : Kind.RURAL;
            default -> c == 0 && n > 1 ? Kind.TOWNSHIP : Kind.MOUNTAIN;
        };
    }

    private static String communeName(SplittableRandom random, Kind kind, String districtFirst, String districtShort,
                                      List<String> wards, Set<String> taken) {
        for (int attempt = 0; ; attempt++) {
            String name = switch (kind) {
                case CITY_WARD, TOWN_WARD -> attempt < wards.size() ? wards.get(attempt) : syllables(random);
                case TOWNSHIP -> districtShort;
                case MOUNTAIN -> pick(random, PlaceNames.MOUNTAIN_FIRST) + " " + pick(random, PlaceNames.MOUNTAIN_SECOND);
                default -> attempt < 40 ? districtFirst + " " + pick(random, PlaceNames.SECOND) : syllables(random);
            };
            if (taken.add(name)) {
                return name;
            }
        }
    }

    private static String syllables(SplittableRandom random) {
        return pick(random, PlaceNames.DISTRICT_FIRST) + " " + pick(random, PlaceNames.SECOND);
    }

    private static String pick(SplittableRandom random, List<String> list) {
        return list.get(random.nextInt(list.size()));
    }

    /** Splits a total in proportion to the weights, handing out what rounding leaves to the largest remainders. */
    static int[] apportion(int total, double[] weights) {
        double sum = 0;
        for (double w : weights) {
            sum += w;
        }
        int[] shares = new int[weights.length];
        double[] remainders = new double[weights.length];
        int given = 0;
        for (int i = 0; i < weights.length; i++) {
            double exact = total * weights[i] / sum;
            shares[i] = (int) Math.floor(exact);
            remainders[i] = exact - shares[i];
            given += shares[i];
        }
        for (int left = total - given; left > 0; left--) {
            int best = 0;
            for (int i = 1; i < remainders.length; i++) {
                if (remainders[i] > remainders[best]) {
                    best = i;
                }
            }
            shares[best]++;
            remainders[best] = -1;
        }
        return shares;
    }

    /** A standard normal draw (Box-Muller), from the province's own generator. */
    static double gaussian(SplittableRandom random) {
        double u = 1.0 - random.nextDouble();
        double v = random.nextDouble();
        return Math.sqrt(-2 * Math.log(u)) * Math.cos(2 * Math.PI * v);
    }
}
