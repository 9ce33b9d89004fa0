package vn.ansinh.web;

import org.springframework.web.servlet.HandlerInterceptor;
import org.springframework.web.servlet.ModelAndView;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;
import org.springframework.web.servlet.view.RedirectView;
import org.springframework.web.util.UriComponents;
import org.springframework.web.util.UriComponentsBuilder;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

/**
 * The VI / EN links of the navigation bar: the page being read with only the language changed, so switching keeps
 * the area, year or search on screen. Added after the handler and only when a page is rendered: as a model attribute
 * of every controller it was also built for each JSON answer (about 8 % of a card look-up's CPU, profiled with
 * bench/card-lookup.sh).
 */
class LanguageLinks implements HandlerInterceptor {

    static final String ATTRIBUTE = "languageLink";

    @Override
    public void postHandle(HttpServletRequest request, HttpServletResponse response, Object handler,
                           ModelAndView page) {
        if (page == null || page.getView() instanceof RedirectView
                || page.getViewName() != null && page.getViewName().startsWith("redirect:")) {
            return;
        }
        // Path and query only (as received, still encoded): the link stays on whatever host the reader came through.
        UriComponents here = ServletUriComponentsBuilder.fromRequest(request).replaceQueryParam("lang").build();
        page.addObject(ATTRIBUTE, new LanguageLink(UriComponentsBuilder.newInstance().path(here.getPath())
                .query(here.getQuery()).build().toUriString()));
    }

    /** {@code in("en")}: the current page in English. */
    public record LanguageLink(String current) {

        public String in(String language) {
            return UriComponentsBuilder.fromUriString(current).replaceQueryParam("lang", language).build()
                    .toUriString();
        }
    }
}
