package vn.ansinh.security;

import java.util.Collection;
import java.util.Set;
import java.util.stream.Collectors;

import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.userdetails.UserDetails;

/** A logged-in staff member: roles and the area they work for. */
record StaffMember(long id, String username, String passwordHash, String displayName, Set<Role> roles,
                   AreaScope scope, String areaName, boolean enabled) implements UserDetails, Actor {

    @Override
    public String name() {
        return username;
    }

    @Override
    public Set<String> authorities() {
        return roles.stream().map(Role::authority).collect(Collectors.toUnmodifiableSet());
    }

    @Override
    public Collection<? extends GrantedAuthority> getAuthorities() {
        return authorities().stream().map(SimpleGrantedAuthority::new).toList();
    }

    @Override
    public String getPassword() {
        return passwordHash;
    }

    @Override
    public String getUsername() {
        return username;
    }

    @Override
    public boolean isEnabled() {
        return enabled;
    }
}
