package vn.ansinh.security;

import java.util.Set;

import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;

/** The current actor, from the security context; the platform itself when nobody is logged in (start-up, batches). */
public final class Actors {

    public static final Actor SYSTEM = new Actor() {
        @Override
        public String name() {
            return "system";
        }

        @Override
        public AreaScope scope() {
            return AreaScope.NATIONWIDE;
        }

        @Override
        public Set<String> authorities() {
            return Set.of(Role.ADMINISTRATOR.authority());
        }
    };

    private Actors() {
    }

    public static Actor current() {
        Authentication auth = SecurityContextHolder.getContext().getAuthentication();
        if (auth != null && auth.getPrincipal() instanceof Actor actor) {
            return actor;
        }
        return SYSTEM;
    }

    /** Throws {@link OutOfScope} unless the current actor's scope covers the area path. */
    public static void requireInScope(String areaPath, String what) {
        if (!current().scope().covers(areaPath)) {
            throw new OutOfScope(what);
        }
    }
}
