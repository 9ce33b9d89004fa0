package vn.ansinh.registry;

import org.springframework.stereotype.Component;

import vn.ansinh.area.Area;
import vn.ansinh.area.AreaLevel;
import vn.ansinh.area.Areas;
import vn.ansinh.security.Actors;
import vn.ansinh.shared.InvalidInput;

/** Resolves area codes given by a client, refusing what is not current or outside the actor's area. */
@Component
class Communes {

    private final Areas areas;

    Communes(Areas areas) {
        this.areas = areas;
    }

    /** A current commune the actor works for; people and households live in communes, never in districts. */
    Area inScope(String field, String code) {
        Area area = areas.byCode(code).filter(a -> a.level() == AreaLevel.COMMUNE)
                .orElseThrow(() -> new InvalidInput(field, "no current commune has code " + code));
        Actors.requireInScope(area.path(), "commune " + code);
        return area;
    }

    /** Any current area, of any level, to narrow a search. */
    Area any(String field, String code) {
        return areas.byCode(code).orElseThrow(() -> new InvalidInput(field, "no current area has code " + code));
    }
}
