package vn.ansinh.claim.appraisal;

import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

/** Every rule once, in the order they run, and their titles by code. */
final class AppraisalRules {

    /** Changes whenever a rule's logic changes, so stored results say which rules produced them. */
    static final String VERSION = "2026.11.1";

    /** The code of a deduction an appraiser adds by hand. */
    static final String APPRAISER_DEDUCTION = "R100";

    static final AppraisalRule CARD = new CardValidOnAdmission();
    static final AppraisalRule DUPLICATE = new DuplicateClaim();
    /** After the benefit percent is known, each over what the earlier ones left payable. */
    static final List<AppraisalRule> LINE_RULES = List.of(new CardExpiredDuringStay(), new BenefitLevelDue(),
            new PriceAboveApprovedList(), new ExaminationFeeRatio(), new ItemRestrictedBySexOrAge(),
            new DailyServiceLimit());
    static final AppraisalRule OVERLAP = new OverlappingInpatientStays();
    static final AppraisalRule HIGH_RISK = new HighRiskReview();

    static final List<AppraisalRule> ALL = java.util.stream.Stream.of(List.of(CARD, DUPLICATE), LINE_RULES,
            List.of(OVERLAP, HIGH_RISK)).flatMap(List::stream).toList();

    private static final Map<String, AppraisalRule> BY_CODE = ALL.stream()
            .collect(Collectors.toMap(AppraisalRule::code, Function.identity()));

    private AppraisalRules() {
    }

    static String titleVi(String code) {
        AppraisalRule rule = BY_CODE.get(code);
        return rule != null ? rule.titleVi() : APPRAISER_DEDUCTION.equals(code) ? "Giám định viên xuất toán" : code;
    }

    static String titleEn(String code) {
        AppraisalRule rule = BY_CODE.get(code);
        return rule != null ? rule.titleEn() : APPRAISER_DEDUCTION.equals(code) ? "Deducted by an appraiser" : code;
    }

    static boolean known(String code) {
        return BY_CODE.containsKey(code) || APPRAISER_DEDUCTION.equals(code);
    }
}
