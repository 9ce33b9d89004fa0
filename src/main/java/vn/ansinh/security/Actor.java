package vn.ansinh.security;

import java.util.Set;

/** Whoever is acting: a staff member, a machine client, or the platform itself. */
public interface Actor {

    /** The name written to the audit log. */
    String name();

    AreaScope scope();

    Set<String> authorities();
}
