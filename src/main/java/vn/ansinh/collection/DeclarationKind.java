package vn.ansinh.collection;

import java.util.Arrays;
import java.util.Optional;

/**
 * What an employer declares about an employee (RULES.md §12: khai báo tăng / giảm lao động, điều chỉnh lương, nghỉ
 * không lương), with the code of each in the office's labour-change list.
 */
public enum DeclarationKind {
    /** Tăng: employed from a date at a monthly SI salary. */
    HIRE("TANG"),
    /** Giảm: the employment's last day. */
    LEAVE("GIAM"),
    /** Điều chỉnh: a new monthly SI salary from a date. */
    SALARY_CHANGE("DIEU_CHINH"),
    /** Nghỉ không lương: unpaid days in a month (maternity leave counts as paid). */
    UNPAID_LEAVE("NGHI_KHONG_LUONG");

    private final String listCode;

    DeclarationKind(String listCode) {
        this.listCode = listCode;
    }

    /** The code in the labour-change list's kind column. */
    public String listCode() {
        return listCode;
    }

    /** A hire and a salary change state a monthly salary. */
    public boolean statesSalary() {
        return this == HIRE || this == SALARY_CHANGE;
    }

    /** Unpaid leave is declared for a month; every other kind for a day. */
    public boolean monthly() {
        return this == UNPAID_LEAVE;
    }

    static Optional<DeclarationKind> ofListCode(String code) {
        return Arrays.stream(values()).filter(k -> k.listCode.equals(code)).findFirst();
    }
}
