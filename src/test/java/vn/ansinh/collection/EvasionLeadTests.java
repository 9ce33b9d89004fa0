package vn.ansinh.collection;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.groups.Tuple.tuple;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static vn.ansinh.collection.CollectionFixtures.PASSWORD;
import static vn.ansinh.collection.TaxFixtures.cccd;
import static vn.ansinh.collection.TaxFixtures.employ;
import static vn.ansinh.collection.TaxFixtures.file;
import static vn.ansinh.collection.TaxFixtures.person;
import static vn.ansinh.collection.TaxFixtures.row;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.core.io.ByteArrayResource;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

import com.jayway.jsonpath.JsonPath;

import vn.ansinh.IntegrationTest;
import vn.ansinh.TestAreas;
import vn.ansinh.security.Role;
import vn.ansinh.security.StaffAccounts;
import vn.ansinh.shared.Conflict;
import vn.ansinh.shared.PageRequest;

/**
 * Three employers in August 2024 (total compulsory rate 32 %, SI ceiling 46,800,000):
 * A (district A) under-declares one person and has two unregistered, one above the ceiling; B (district B) has a
 * person whose employment ended in June and one the registry does not know; U is not in the register at all, with a
 * May 2024 month too (ceiling 36,000,000).
 */
@IntegrationTest
class EvasionLeadTests {

    @Autowired ImportingTaxIncomes importing;
    @Autowired EvasionLeads leads;
    @Autowired JdbcClient jdbc;
    @Autowired MockMvc mvc;
    @Autowired StaffAccounts accounts;

    final YearMonth may = YearMonth.of(2024, 5);
    final YearMonth august = YearMonth.of(2024, 8);

    TestAreas areas;
    TaxFixtures.Employer a;
    TaxFixtures.Employer b;
    String u;
    String underDeclared;
    String unregistered;
    String aboveCeiling;
    String withinTolerance;
    String leftInJune;
    String startedMidMonth;
    String unknownPerson;
    String atUnregisteredEmployer;

    @BeforeEach
    void setUp() {
        areas = TestAreas.create(jdbc);
        a = TaxFixtures.employer(jdbc, areas.communeA1());
        b = TaxFixtures.employer(jdbc, areas.communeB1());
        u = TaxFixtures.taxCode();
        underDeclared = cccd();
        unregistered = cccd();
        aboveCeiling = cccd();
        withinTolerance = cccd();
        leftInJune = cccd();
        startedMidMonth = cccd();
        unknownPerson = cccd();
        atUnregisteredEmployer = cccd();
        for (String cccd : List.of(underDeclared, unregistered, aboveCeiling, withinTolerance, leftInJune,
                startedMidMonth, atUnregisteredEmployer)) {
            person(jdbc, cccd, areas.communeA2());
        }
        long raised = employ(jdbc, a, id(underDeclared), LocalDate.of(2024, 1, 1), null, 5_000_000);
        TaxFixtures.salary(jdbc, raised, LocalDate.of(2024, 9, 1), 9_500_000);
        employ(jdbc, a, id(withinTolerance), LocalDate.of(2023, 3, 1), null, 10_000_000);
        // Registered at B, not at A: still unregistered at A.
        employ(jdbc, b, id(unregistered), LocalDate.of(2022, 1, 1), null, 12_000_000);
        employ(jdbc, b, id(leftInJune), LocalDate.of(2024, 1, 1), LocalDate.of(2024, 6, 30), 7_000_000);
        employ(jdbc, b, id(startedMidMonth), LocalDate.of(2024, 8, 15), null, 8_000_000);

        TaxImportReceipt receipt = importing.importFile("thue-2024.csv", new ByteArrayResource(file(
                row(a.taxCode(), underDeclared, august, 9_000_000),
                row(a.taxCode(), unregistered, august, 12_000_000),
                row(a.taxCode(), aboveCeiling, august, 60_000_000),
                row(a.taxCode(), withinTolerance, august, 10_400_000),
                row(b.taxCode(), leftInJune, august, 7_000_000),
                row(b.taxCode(), startedMidMonth, august, 8_000_000),
                row(b.taxCode(), unknownPerson, august, 12_000_000),
                row(b.taxCode(), unregistered, may, 0),
                row(u, atUnregisteredEmployer, august, 20_000_000),
                row(u, atUnregisteredEmployer, may, 5_000_000))), false);
        assertThat(receipt.status()).isEqualTo(TaxImportReceipt.Status.LOADED);
    }

    long id(String cccd) {
        return jdbc.sql("select id from person where cccd = :cccd").param("cccd", cccd).query(Long.class).single();
    }

    /** The ranked leads of this test's employers, in the order they come. */
    List<EvasionLead> ours(List<EvasionLead> ranked) {
        Set<String> mine = Set.of(a.taxCode(), b.taxCode(), u);
        return ranked.stream().filter(l -> mine.contains(l.taxCode())).toList();
    }

    @Test
    void ranksEmployersByEstimatedUnpaidContributionsWithExactAmounts() {
        List<EvasionLead> ranked = ours(leads.ranked(areas.provinceCode(), null, null, false,
                new PageRequest(0, 500)).items());

        assertThat(ranked).extracting(EvasionLead::taxCode, EvasionLead::registered, EvasionLead::people,
                        EvasionLead::notRegistered, EvasionLead::underDeclared, EvasionLead::estimatedUnpaid)
                .containsExactly(
                        // 32 % x (9,000,000 - 5,000,000) + 32 % x 12,000,000 + 32 % x 46,800,000 (ceiling)
                        tuple(a.taxCode(), true, 3, 2, 1, 1_280_000L + 3_840_000L + 14_976_000L),
                        // 32 % x 20,000,000 in August + 32 % x 5,000,000 in May
                        tuple(u, false, 1, 2, 0, 6_400_000L + 1_600_000L),
                        // 32 % x 7,000,000 (employment ended in June) + 32 % x 12,000,000 (unknown person)
                        tuple(b.taxCode(), true, 2, 2, 0, 2_240_000L + 3_840_000L));
        assertThat(ranked.get(0).unitCode()).isEqualTo(a.unitCode());
        assertThat(ranked.get(0).communeCode()).isEqualTo(areas.communeA1Code());
        assertThat(ranked.get(1).unitCode()).isNull();
        assertThat(ranked.get(1).firstMonth()).isEqualTo(may);

        // August only: U's May drops out, and U still ranks above B, by 320,000.
        assertThat(ours(leads.ranked(areas.provinceCode(), august, august, false, new PageRequest(0, 500)).items()))
                .extracting(EvasionLead::taxCode, EvasionLead::estimatedUnpaid)
                .containsExactly(tuple(a.taxCode(), 20_096_000L), tuple(u, 6_400_000L), tuple(b.taxCode(), 6_080_000L));
    }

    @Test
    void listsThePeopleAndMonthsOfALeadWithTheRateAndMissingBase() {
        EvasionLeadDetail detail = leads.of(a.taxCode(), null, null, false, new PageRequest(0, 50));

        assertThat(detail.lead().personMonths()).isEqualTo(3);
        assertThat(detail.lines().total()).isEqualTo(3);
        Map<String, EvasionLeadLine> byPerson = new java.util.HashMap<>();
        detail.lines().items().forEach(l -> byPerson.put(l.cccd(), l));
        assertThat(byPerson).containsOnlyKeys(underDeclared, unregistered, aboveCeiling);
        assertThat(byPerson.get(underDeclared)).extracting(EvasionLeadLine::kind, EvasionLeadLine::taxedIncome,
                        EvasionLeadLine::declaredSalary, EvasionLeadLine::missingBase, EvasionLeadLine::estimatedUnpaid)
                .containsExactly(LeadKind.UNDER_DECLARED, 9_000_000L, 5_000_000L, 4_000_000L, 1_280_000L);
        assertThat(byPerson.get(unregistered)).extracting(EvasionLeadLine::kind, EvasionLeadLine::declaredSalary,
                        EvasionLeadLine::missingBase, EvasionLeadLine::estimatedUnpaid)
                .containsExactly(LeadKind.NOT_REGISTERED, null, 12_000_000L, 3_840_000L);
        assertThat(byPerson.get(aboveCeiling)).extracting(EvasionLeadLine::missingBase, EvasionLeadLine::estimatedUnpaid)
                .containsExactly(46_800_000L, 14_976_000L);
        assertThat(byPerson.get(underDeclared).totalRatePercent()).isEqualByComparingTo(new BigDecimal("32"));
        assertThat(byPerson.get(underDeclared).siCode()).isNotNull();
        assertThat(detail.lines().items()).extracting(EvasionLeadLine::cccd).isSorted();

        EvasionLeadDetail ofB = leads.of(b.taxCode(), null, null, false, new PageRequest(0, 50));
        assertThat(ofB.lines().items()).extracting(EvasionLeadLine::cccd, EvasionLeadLine::personName)
                .containsExactlyInAnyOrder(tuple(leftInJune, "Trần Thị Thuế"), tuple(unknownPerson, null));
    }

    @Test
    void aHandledLeadLeavesTheRankingUntilNewMonthsArriveAndCannotBeHandledTwice() {
        LeadHandling handling = leads.markHandled(a.taxCode(), null, null, "Inspection ordered for October");

        assertThat(handling.lines()).isEqualTo(3);
        assertThat(handling.estimatedAmount()).isEqualTo(20_096_000L);
        assertThat(ours(leads.ranked(areas.provinceCode(), null, null, false, new PageRequest(0, 500)).items()))
                .extracting(EvasionLead::taxCode).containsExactly(u, b.taxCode());
        assertThat(jdbc.sql("""
                        select after ->> 'estimatedAmount' from audit_log
                        where action = 'HANDLE' and entity_type = 'evasion_lead' and entity_id = :tax""")
                .param("tax", a.taxCode()).query(String.class).single()).isEqualTo("20096000");
        assertThatThrownBy(() -> leads.markHandled(a.taxCode(), null, null, "again")).isInstanceOf(Conflict.class);

        EvasionLeadDetail handled = leads.of(a.taxCode(), null, null, true, new PageRequest(0, 50));
        assertThat(handled.lines().items()).extracting(EvasionLeadLine::handlingId)
                .containsOnly(handling.id());
        assertThat(handled.handlings()).extracting(LeadHandling::note).containsExactly("Inspection ordered for October");

        // A later file adds September for the under-declared person: a new open line, the rest stays handled.
        importing.importFile("thue-2024-09.csv", new ByteArrayResource(file(
                row(a.taxCode(), underDeclared, YearMonth.of(2024, 9), 12_000_000))), false);
        EvasionLeadDetail reopened = leads.of(a.taxCode(), null, null, false, new PageRequest(0, 50));
        // 32 % x (12,000,000 - 9,500,000), the salary raised from September.
        assertThat(reopened.lines().items()).extracting(EvasionLeadLine::month, EvasionLeadLine::estimatedUnpaid)
                .containsExactly(tuple(YearMonth.of(2024, 9), 800_000L));
    }

    @Test
    void officersSeeLeadsOfTheirAreaAndOnlyProvinceOfficesSeeUnregisteredEmployers() throws Exception {
        String province = CollectionFixtures.staff(accounts, "lead-p", Role.COLLECTION_OFFICER, areas.provinceCode());
        String districtA = CollectionFixtures.staff(accounts, "lead-a", Role.COLLECTION_OFFICER, areas.districtACode());
        String manager = CollectionFixtures.staff(accounts, "lead-m", Role.MANAGER, areas.provinceCode());

        String all = mvc.perform(get("/api/v1/collection/evasion-leads").param("from", "2024-08").param("to", "2024-08")
                        .param("size", "500").with(httpBasic(province, PASSWORD)))
                .andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString();
        List<String> seen = JsonPath.read(all, "$.items[*].taxCode");
        assertThat(seen.stream().filter(Set.of(a.taxCode(), b.taxCode(), u)::contains))
                .containsExactly(a.taxCode(), u, b.taxCode());
        List<Number> amounts = JsonPath.read(all, "$.items[?(@.taxCode == '" + u + "')].estimatedUnpaid");
        assertThat(amounts).singleElement().extracting(Number::longValue).isEqualTo(6_400_000L);

        String inA = mvc.perform(get("/api/v1/collection/evasion-leads").param("size", "500")
                        .with(httpBasic(districtA, PASSWORD)))
                .andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString();
        List<String> seenInA = JsonPath.read(inA, "$.items[*].taxCode");
        assertThat(seenInA).contains(a.taxCode()).doesNotContain(b.taxCode(), u);

        mvc.perform(get("/api/v1/collection/evasion-leads/" + a.taxCode()).with(httpBasic(districtA, PASSWORD)))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.lead.estimatedUnpaid").value(20_096_000))
                .andExpect(jsonPath("$.lines.total").value(3));
        mvc.perform(get("/api/v1/collection/evasion-leads/" + b.taxCode()).with(httpBasic(districtA, PASSWORD)))
                .andExpect(status().isForbidden());
        mvc.perform(get("/api/v1/collection/evasion-leads/" + u).with(httpBasic(districtA, PASSWORD)))
                .andExpect(status().isForbidden());
        mvc.perform(get("/api/v1/collection/evasion-leads/" + u).with(httpBasic(province, PASSWORD)))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.lead.registered").value(false));

        mvc.perform(post("/api/v1/collection/evasion-leads/" + u + "/handlings").contentType(MediaType.APPLICATION_JSON)
                        .content("{\"note\": \"Reported to the tax office\"}").with(httpBasic(manager, PASSWORD)))
                .andExpect(status().isForbidden());
        mvc.perform(post("/api/v1/collection/evasion-leads/" + u + "/handlings").contentType(MediaType.APPLICATION_JSON)
                        .content("{\"note\": \" \"}").with(httpBasic(province, PASSWORD)))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("note"));
        mvc.perform(post("/api/v1/collection/evasion-leads/" + u + "/handlings").contentType(MediaType.APPLICATION_JSON)
                        .content("{\"note\": \"Reported to the tax office\", \"from\": \"2024-08\", \"to\": \"2024-08\"}")
                        .with(httpBasic(province, PASSWORD)))
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.lines").value(1))
                .andExpect(jsonPath("$.estimatedAmount").value(6_400_000))
                .andExpect(jsonPath("$.handledBy").value(province));
        // May is still open.
        mvc.perform(get("/api/v1/collection/evasion-leads/" + u).with(httpBasic(province, PASSWORD)))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.lead.estimatedUnpaid").value(1_600_000))
                .andExpect(jsonPath("$.handlings.length()").value(1));
    }
}
