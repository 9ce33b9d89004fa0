package vn.ansinh.employer;

import java.time.LocalDate;
import java.util.Optional;

import org.springframework.dao.DuplicateKeyException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import vn.ansinh.area.Area;
import vn.ansinh.area.AreaLevel;
import vn.ansinh.area.Areas;
import vn.ansinh.audit.AuditLog;
import vn.ansinh.security.Actors;
import vn.ansinh.shared.Conflict;
import vn.ansinh.shared.InvalidInput;
import vn.ansinh.shared.NotFound;
import vn.ansinh.shared.VietnameseText;

/** Registering an employer and correcting what is registered, inside the officer's area. */
@Service
class RegisteringEmployer {

    private final Employers employers;
    private final Areas areas;
    private final SizeClassPolicy sizes;
    private final AuditLog audit;

    RegisteringEmployer(Employers employers, Areas areas, SizeClassPolicy sizes, AuditLog audit) {
        this.employers = employers;
        this.areas = areas;
        this.sizes = sizes;
        this.audit = audit;
    }

    @Transactional
    EmployerView register(EmployerForm form) {
        TaxCode taxCode = TaxCode.parse(form.taxCode());
        EmployerProfile profile = profile(form);
        employers.byTaxCode(taxCode.value()).ifPresent(existing -> {
            throw new Conflict("taxCode", "tax code " + taxCode.value() + " is already registered as unit " + existing.unitCode());
        });
        String unitCode = employers.allocateUnitCode(provinceCode(profile.commune()));
        long id;
        try {
            id = employers.insert(unitCode, taxCode, profile,
                    Optional.ofNullable(form.registeredOn()).orElseGet(LocalDate::now));
        } catch (DuplicateKeyException e) {
            // Another officer registered the same tax code between the check and the insert.
            throw new Conflict("taxCode", "tax code " + taxCode.value() + " is already registered");
        }
        EmployerView registered = employers.view(id).orElseThrow();
        audit.record("REGISTER", "employer", unitCode, null, registered);
        return registered.withSuggestion(profile.suggestedSizeClass());
    }

    @Transactional
    EmployerView update(String unitCode, EmployerForm form) {
        EmployerView before = employers.view(unitCode).orElseThrow(() -> new NotFound("Employer", unitCode));
        Actors.requireInScope(before.areaPath(), "Employer " + unitCode);
        if (form.taxCode() != null && !TaxCode.parse(form.taxCode()).value().equals(before.taxCode())) {
            throw new InvalidInput("taxCode", "cannot change; a new tax code is a new employer to register");
        }
        EmployerProfile profile = profile(form);
        employers.update(before.id(), profile);
        EmployerView after = employers.view(before.id()).orElseThrow();
        audit.record("UPDATE", "employer", unitCode, before, after);
        return after.withSuggestion(profile.suggestedSizeClass());
    }

    /** Checks the form against the area tree, the officer's scope and the size rules. */
    private EmployerProfile profile(EmployerForm form) {
        Area commune = areas.byCode(form.communeCode().trim())
                .filter(a -> a.level() == AreaLevel.COMMUNE)
                .orElseThrow(() -> new InvalidInput("communeCode", "no current commune has code " + form.communeCode()));
        Actors.requireInScope(commune.path(), "Commune " + commune.code());
        Integer wageRegion = form.wageRegion() != null ? form.wageRegion() : commune.wageRegion();
        if (wageRegion == null) {
            throw new InvalidInput("wageRegion", "commune " + commune.code() + " has no wage region recorded; give one (1 to 4)");
        }
        Sector sector = Sector.valueOf(form.sector());
        SizeClass suggested = form.headcount() == null ? null : sizes.suggest(form.headcount(), sector, LocalDate.now());
        SizeClass sizeClass = form.sizeClass() != null ? SizeClass.valueOf(form.sizeClass()) : suggested;
        if (sizeClass == null) {
            throw new InvalidInput("sizeClass", "give the size class or the headcount to derive it from");
        }
        return new EmployerProfile(VietnameseText.normalizeName(form.name()), commune, wageRegion,
                Ownership.valueOf(form.ownership()), sector, sizeClass, form.headcount(), suggested,
                Boolean.TRUE.equals(form.reducedAccidentRate()));
    }

    /** The first code of the commune's path: its province. */
    private static String provinceCode(Area commune) {
        return commune.path().substring(1, commune.path().indexOf('/', 1));
    }
}
