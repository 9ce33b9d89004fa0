package vn.ansinh.web;

import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;
import org.springframework.web.util.UriComponents;
import org.springframework.web.util.UriComponentsBuilder;

/**
 * The VI / EN links of the navigation bar: the page being read with only the language changed, so switching keeps
 * the area, year or search on screen.
 */
@ControllerAdvice(annotations = Controller.class)
class LanguageLinks {

    @ModelAttribute("languageLink")
    LanguageLink languageLink() {
        // Path and query only (as received, still encoded): the link stays on whatever host the reader came through.
        UriComponents here = ServletUriComponentsBuilder.fromCurrentRequest().replaceQueryParam("lang").build();
        return new LanguageLink(UriComponentsBuilder.newInstance().path(here.getPath()).query(here.getQuery()).build()
                .toUriString());
    }

    /** {@code in("en")}: the current page in English. */
    public record LanguageLink(String current) {

        public String in(String language) {
            return UriComponentsBuilder.fromUriString(current).replaceQueryParam("lang", language).build()
                    .toUriString();
        }
    }
}
