package vn.ansinh.parameter;

import java.util.List;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import vn.ansinh.audit.AuditLog;
import vn.ansinh.security.Actors;
import vn.ansinh.shared.Conflict;
import vn.ansinh.shared.InvalidInput;

/**
 * An administrator records a new period of a parameter (a new base salary from 1 July, say). The open period that
 * starts earlier is closed the day before the new one starts; any other overlap is refused, never silently
 * trimmed, because it would rewrite what was in force in the past.
 */
@Service
class ChangingParameters {

    private final ParameterPeriods periods;
    private final AuditLog audit;

    ChangingParameters(ParameterPeriods periods, AuditLog audit) {
        this.periods = periods;
        this.audit = audit;
    }

    @Transactional
    ParameterValue addPeriod(NewParameterPeriod period) {
        ParameterCode code = ParameterCode.find(period.code().trim())
                .orElseThrow(() -> new InvalidInput("code", "'" + period.code() + "' is not a known parameter code"));
        String qualifier = code.requireQualifier(period.qualifier());
        if (period.unit() != null && period.unit() != code.unit()) {
            throw new InvalidInput("unit", code + " is measured in " + code.unit() + ", not " + period.unit());
        }
        if (period.validTo() != null && period.validTo().isBefore(period.validFrom())) {
            throw new InvalidInput("validTo", "must be on or after validFrom " + period.validFrom());
        }
        if (code.unit() == ParameterUnit.VND && period.value().stripTrailingZeros().scale() > 0) {
            throw new InvalidInput("value", "a VND amount is whole dong");
        }

        periods.lock(code.name(), qualifier);
        List<ParameterValue> existing = periods.history(code.name(), qualifier);
        ParameterValue toClose = null;
        for (ParameterValue p : existing) {
            boolean closable = p.validTo() == null && p.validFrom().isBefore(period.validFrom());
            if (closable) {
                toClose = p;
            } else if (p.overlaps(period.validFrom(), period.validTo())) {
                throw new Conflict("validFrom", "the period " + period.validFrom() + " to "
                        + (period.validTo() == null ? "open" : period.validTo()) + " overlaps the recorded period "
                        + p.validFrom() + " to " + (p.validTo() == null ? "open" : p.validTo()) + " (value "
                        + p.value().toPlainString() + ") of " + describe(code, qualifier));
            }
        }
        if (toClose != null) {
            ParameterValue closed = periods.close(toClose.id(), period.validFrom().minusDays(1));
            audit.record("CLOSE_PERIOD", "reference_parameter", closed.id(), toClose, closed);
        }
        ParameterValue added = periods.insert(code, qualifier, period, Actors.current().name());
        audit.record("ADD_PERIOD", "reference_parameter", added.id(), null, added);
        return added;
    }

    private static String describe(ParameterCode code, String qualifier) {
        return qualifier.isEmpty() ? code.name() : code.name() + " (" + qualifier + ")";
    }
}
