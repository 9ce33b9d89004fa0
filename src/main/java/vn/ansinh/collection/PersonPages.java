package vn.ansinh.collection;

import java.util.List;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

import vn.ansinh.registry.FindingPeople;
import vn.ansinh.registry.KeepingHouseholds;
import vn.ansinh.registry.PersonDirectory;
import vn.ansinh.registry.RegistryRoles;
import vn.ansinh.registry.PersonView;
import vn.ansinh.shared.NotFound;
import vn.ansinh.web.Spreadsheets;
import vn.ansinh.web.Table;

/**
 * The staff UI's person page: registry data, household, schemes and the SI book. It lives in collection because the
 * SI book does, and collection already reads the registry (the registry must not read collection).
 */
@Controller
class PersonPages {

    private final FindingPeople finding;
    private final KeepingHouseholds households;
    private final PersonDirectory directory;
    private final SiBook siBook;
    private final Spreadsheets spreadsheets;

    PersonPages(FindingPeople finding, KeepingHouseholds households, PersonDirectory directory, SiBook siBook,
                Spreadsheets spreadsheets) {
        this.spreadsheets = spreadsheets;
        this.finding = finding;
        this.households = households;
        this.directory = directory;
        this.siBook = siBook;
    }

    @GetMapping("/people/{siCode}")
    @PreAuthorize(RegistryRoles.READ)
    String person(@PathVariable String siCode, Model model) {
        PersonView person = finding.find(siCode); // 404 when unknown, 403 outside the officer's area
        model.addAttribute("person", person);
        model.addAttribute("household", person.householdCode() == null ? null : households.find(person.householdCode()));
        model.addAttribute("book", siBook.of(idOf(siCode)));
        return "collection/person";
    }

    /** The page's own lists as one workbook: participation and the SI book (card and claims download from theirs). */
    @GetMapping(path = "/people/{siCode}", params = "format=xlsx")
    @PreAuthorize(RegistryRoles.READ)
    ResponseEntity<byte[]> workbook(@PathVariable String siCode) {
        PersonView person = finding.find(siCode); // 404 when unknown, 403 outside the officer's area
        Table.Builder participation = Table.titled("person.participation")
                .column("participation.scheme", Table.Kind.TEXT).column("participation.group", Table.Kind.TEXT)
                .column("participation.from", Table.Kind.DATE).column("participation.to", Table.Kind.DATE);
        person.participation().forEach(p -> participation.row(null, spreadsheets.text("scheme." + p.scheme()),
                p.groupCode(), p.validFrom(), p.validTo()));
        Table.Builder book = Table.titled("siBook.title")
                .column("siBook.month", Table.Kind.TEXT).column("siBook.employer", Table.Kind.TEXT)
                .column("siBook.salary", Table.Kind.MONEY).column("fund.RETIREMENT", Table.Kind.MONEY)
                .column("fund.SICKNESS_MATERNITY", Table.Kind.MONEY).column("fund.OCCUPATIONAL_ACCIDENT", Table.Kind.MONEY)
                .column("fund.UNEMPLOYMENT", Table.Kind.MONEY).column("fund.HEALTH", Table.Kind.MONEY)
                .column("siBook.status", Table.Kind.TEXT);
        siBook.of(idOf(siCode)).forEach(m -> book.row(null, m.month().toString(), m.employerName(), m.salary(), m.retirement(),
                m.sicknessMaternity(), m.occupationalAccident(), m.unemployment(), m.health(),
                spreadsheets.text("siBook." + m.status())));
        return spreadsheets.download("so-bhxh-" + person.siCode(), List.of(participation.build(), book.build()));
    }

    private long idOf(String siCode) {
        return directory.bySiCode(siCode).orElseThrow(() -> new NotFound("person with SI code", siCode)).id();
    }
}
