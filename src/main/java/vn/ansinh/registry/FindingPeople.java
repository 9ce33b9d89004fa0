package vn.ansinh.registry;

import java.util.Arrays;
import java.util.List;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import vn.ansinh.security.Actors;
import vn.ansinh.security.AreaScope;
import vn.ansinh.shared.InvalidInput;
import vn.ansinh.shared.NotFound;
import vn.ansinh.shared.Page;
import vn.ansinh.shared.PageRequest;
import vn.ansinh.shared.VietnameseText;

/**
 * Reads people for staff: one by SI code (403 outside the actor's area) or a search that only ever returns people
 * inside it.
 */
@Service
public class FindingPeople {

    private final People people;
    private final Communes communes;

    FindingPeople(People people, Communes communes) {
        this.people = people;
        this.communes = communes;
    }

    /** The person with this SI code, with the schemes they take part in. */
    @Transactional(readOnly = true)
    public PersonView find(String siCode) {
        PersonRow person = inScope(siCode);
        return person.view(people.participation(person.id()));
    }

    /**
     * People in the actor's area matching every criterion given (blank ones are ignored). {@code name} matches
     * without accents or case, by any of its words: "nguyen thi dao" and "Đào" both find "Nguyễn Thị Đào".
     * {@code communeCode} may also be a district or province code.
     */
    @Transactional(readOnly = true)
    public Page<PersonView> search(String cccd, String siCode, String name, String communeCode, PageRequest page) {
        cccd = blankToNull(cccd);
        siCode = blankToNull(siCode);
        if (cccd != null && !cccd.matches("[0-9]{12}")) {
            throw new InvalidInput("cccd", "must be exactly 12 digits");
        }
        if (siCode != null && !siCode.matches("[0-9]{10}")) {
            throw new InvalidInput("siCode", "must be exactly 10 digits");
        }
        String areaLike = blankToNull(communeCode) == null ? null
                : new AreaScope(communes.any("communeCode", communeCode.strip()).path()).likePattern();
        String key = VietnameseText.searchKey(name);
        List<String> words = key.isEmpty() ? List.of() : Arrays.asList(key.split(" "));
        return people.search(Actors.current().scope().likePattern(),
                new People.PersonSearch(cccd, siCode, areaLike, words), page).map(PersonRow::view);
    }

    /** The person with this SI code, refused when outside the actor's area. */
    PersonRow inScope(String siCode) {
        PersonRow person = people.bySiCode(siCode).orElseThrow(() -> new NotFound("person with SI code", siCode));
        Actors.requireInScope(person.areaPath(), "person " + siCode);
        return person;
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }
}
