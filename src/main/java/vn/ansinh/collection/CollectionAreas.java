package vn.ansinh.collection;

import org.springframework.stereotype.Component;

import vn.ansinh.area.Area;
import vn.ansinh.area.Areas;
import vn.ansinh.security.Actors;
import vn.ansinh.security.AreaScope;
import vn.ansinh.shared.NotFound;

/** The area a collection list or run covers: one the actor names inside their own, or their whole area. */
@Component
class CollectionAreas {

    private final Areas areas;

    CollectionAreas(Areas areas) {
        this.areas = areas;
    }

    /** The named area (403 outside the actor's), or the actor's whole area when no code is given. */
    AreaScope scope(String areaCode) {
        if (areaCode == null || areaCode.isBlank()) {
            return Actors.current().scope();
        }
        return new AreaScope(area(areaCode).path());
    }

    /** The area with this code, which must lie in the actor's area. */
    Area area(String areaCode) {
        String code = areaCode == null ? "" : areaCode.strip();
        Area area = areas.byCode(code).orElseThrow(() -> new NotFound("Area", code));
        Actors.requireInScope(area.path(), "area " + area.code());
        return area;
    }
}
