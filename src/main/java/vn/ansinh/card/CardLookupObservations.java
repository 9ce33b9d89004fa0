package vn.ansinh.card;

import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.server.observation.ServerRequestObservationContext;

import io.micrometer.observation.ObservationPredicate;

/**
 * No HTTP server observation (request timer and its tags) for the card look-up: profiled under bench/card-lookup.sh
 * it was about 8 % of each look-up's CPU, at thousands of look-ups a second. The benchmark prints the rate and
 * latency that matter; every other request keeps its metrics.
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnWebApplication
class CardLookupObservations {

    static final String PATH = "/api/v1/cards/lookup";

    @Bean
    ObservationPredicate noCardLookupObservation() {
        return (name, context) -> !(context instanceof ServerRequestObservationContext request
                && PATH.equals(request.getCarrier().getRequestURI()));
    }
}
