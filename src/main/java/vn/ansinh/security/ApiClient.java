package vn.ansinh.security;

import java.security.Principal;
import java.util.Set;

/** A machine client authenticated by its token: a health facility, an employer or another agency. */
public record ApiClient(long id, String clientName, Kind kind, String subjectCode, AreaScope scope) implements Actor, Principal {

    @Override
    public String getName() {
        return name();
    }

    public enum Kind {
        FACILITY, EMPLOYER, AGENCY;

        public String authority() {
            return "CLIENT_" + name();
        }
    }

    @Override
    public String name() {
        return "client:" + kind.name().toLowerCase() + ":" + subjectCode;
    }

    @Override
    public Set<String> authorities() {
        return Set.of(kind.authority());
    }
}
