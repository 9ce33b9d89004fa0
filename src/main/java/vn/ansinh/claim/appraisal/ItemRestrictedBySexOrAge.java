package vn.ansinh.claim.appraisal;

import java.time.LocalDate;
import java.time.Period;

import vn.ansinh.claim.ClaimLine;

/**
 * A501: items paid only for one sex or an age band (table claim_item_restriction); a line for anyone else is not
 * paid. Age is in whole years on the line's date.
 */
final class ItemRestrictedBySexOrAge implements AppraisalRule {

    public String code() {
        return "A501";
    }

    public String titleVi() {
        return "Dịch vụ, thuốc không phù hợp giới tính hoặc tuổi";
    }

    public String titleEn() {
        return "Item not allowed for the patient's sex or age";
    }

    public void apply(ClaimUnderAppraisal claim) {
        for (ClaimLine line : claim.claim.lines()) {
            LocalDate on = claim.lineDate(line);
            claim.reference.restriction(line.itemCode(), on).ifPresent(r -> {
                int age = Period.between(claim.claim.dateOfBirth(), on).getYears();
                String why = null;
                if (r.allowedSex() != null && r.allowedSex() != claim.claim.sex()) {
                    why = "for " + (r.allowedSex() == 1 ? "men" : "women") + " only";
                } else if (r.minAge() != null && age < r.minAge() || r.maxAge() != null && age > r.maxAge()) {
                    why = "for ages " + (r.minAge() == null ? 0 : r.minAge()) + " to "
                            + (r.maxAge() == null ? "any" : r.maxAge()) + ", patient aged " + age;
                }
                if (why != null) {
                    claim.deductLine(this, line, claim.remaining(line), line.itemCode() + " " + why + " ("
                            + r.legalReference() + ")");
                }
            });
        }
    }
}
