package vn.ansinh.collection;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

import vn.ansinh.registry.FindingPeople;
import vn.ansinh.registry.KeepingHouseholds;
import vn.ansinh.registry.PersonDirectory;
import vn.ansinh.registry.PersonView;
import vn.ansinh.shared.NotFound;

/**
 * The staff UI's person page: registry data, household, schemes and the SI book. It lives in collection because the
 * SI book does, and collection already reads the registry (the registry must not read collection).
 */
@Controller
class PersonPages {

    /** Every officer reads a person's record within their area; cards and benefits need the SI book as well. */
    static final String READ = "hasAnyRole('ADMINISTRATOR','COLLECTION_OFFICER','CARD_OFFICER','CLAIMS_APPRAISER',"
            + "'BENEFIT_OFFICER','MANAGER')";

    private final FindingPeople finding;
    private final KeepingHouseholds households;
    private final PersonDirectory directory;
    private final SiBook siBook;

    PersonPages(FindingPeople finding, KeepingHouseholds households, PersonDirectory directory, SiBook siBook) {
        this.finding = finding;
        this.households = households;
        this.directory = directory;
        this.siBook = siBook;
    }

    @GetMapping("/people/{siCode}")
    @PreAuthorize(READ)
    String person(@PathVariable String siCode, Model model) {
        PersonView person = finding.find(siCode); // 404 when unknown, 403 outside the officer's area
        long id = directory.bySiCode(siCode).orElseThrow(() -> new NotFound("person with SI code", siCode)).id();
        model.addAttribute("person", person);
        model.addAttribute("household", person.householdCode() == null ? null : households.find(person.householdCode()));
        model.addAttribute("book", siBook.of(id));
        return "collection/person";
    }
}
