package vn.ansinh.card;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;

import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

import vn.ansinh.registry.PersonDirectory;
import vn.ansinh.registry.PersonSummary;
import vn.ansinh.registry.RegistryRoles;
import vn.ansinh.security.Actors;
import vn.ansinh.shared.NotFound;
import vn.ansinh.web.Spreadsheets;
import vn.ansinh.web.Table;

/**
 * The person page's card section (the page lives in collection, which the card module depends on, so it loads this
 * with htmx): the card as a facility's look-up would find it today, and the card's history with reasons.
 */
@Controller
class CardPages {


    private final PersonDirectory people;
    private final LookingUpCards lookingUp;
    private final Cards cards;
    private final Spreadsheets spreadsheets;
    private final Clock clock;

    CardPages(PersonDirectory people, LookingUpCards lookingUp, Cards cards, Spreadsheets spreadsheets, Clock clock) {
        this.people = people;
        this.lookingUp = lookingUp;
        this.cards = cards;
        this.spreadsheets = spreadsheets;
        this.clock = clock;
    }

    @GetMapping(path = "/cards", params = "person")
    @PreAuthorize(RegistryRoles.READ)
    String ofPerson(@RequestParam String person, Model model) {
        List<Table> tables = tables(person);
        model.addAttribute("card", tables.get(0));
        model.addAttribute("history", tables.get(1));
        model.addAttribute("siCode", person.strip());
        return "card/person-card :: section";
    }

    @GetMapping(path = "/cards", params = {"person", "format=xlsx"})
    @PreAuthorize(RegistryRoles.READ)
    ResponseEntity<byte[]> export(@RequestParam String person) {
        return spreadsheets.download("the-bhyt-" + person.strip(), tables(person));
    }

    private List<Table> tables(String siCode) {
        PersonSummary person = people.bySiCode(siCode.strip())
                .orElseThrow(() -> new NotFound("person with SI code", siCode));
        Actors.requireInScope(person.areaPath(), "person " + person.siCode());
        LocalDate today = LocalDate.now(clock);
        Table.Builder card = Table.titled("cards.card")
                .column("cards.number", Table.Kind.TEXT).column("cards.result", Table.Kind.TEXT)
                .column("cards.group", Table.Kind.TEXT).column("cards.level", Table.Kind.NUMBER)
                .column("cards.validFrom", Table.Kind.DATE).column("cards.validTo", Table.Kind.DATE)
                .column("cards.facility", Table.Kind.TEXT).column("cards.fiveYearsFrom", Table.Kind.DATE)
                .column("cards.coPaymentThisYear", Table.Kind.MONEY);
        CardLookup found = lookingUp.lookUp(person.cccd(), person.fullName(), person.dateOfBirth(), today);
        CardLookup.Card c = found.card();
        if (c != null) {
            card.row(null, c.cardNumber(), spreadsheets.text("cards.result." + found.code()), c.groupCode(),
                    c.benefitLevel(), c.validFrom(), c.validTo(), c.registeredFacility(), c.fiveYearsFrom(),
                    c.coPaymentThisYear());
        }
        Table.Builder history = Table.titled("cards.history")
                .column("cards.when", Table.Kind.DATE).column("cards.event", Table.Kind.TEXT)
                .column("cards.number", Table.Kind.TEXT).column("cards.level", Table.Kind.NUMBER)
                .column("cards.validFrom", Table.Kind.DATE).column("cards.validTo", Table.Kind.DATE)
                .column("cards.reason", Table.Kind.TEXT).column("cards.by", Table.Kind.TEXT);
        cards.ofPerson(person.id()).ifPresent(held -> cards.history(held.id()).forEach(e -> history.row(null,
                LocalDate.ofInstant(e.at(), clock.getZone()), spreadsheets.text("cards.event." + e.event()),
                e.cardNumber(), e.benefitLevel(), e.validFrom(), e.validTo(), e.reason(), e.actor())));
        return List.of(card.build(), history.build());
    }
}
