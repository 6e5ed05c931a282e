package org.lexdraft.events;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.Readiness;

/**
 * Reports the event hub, and stays up while the LISTEN connection reconnects: the instance still
 * serves everything, and its streams catch up from the outbox once the listener is back.
 */
@Readiness
@ApplicationScoped
public class EventsHealth implements HealthCheck {

    @Inject
    EventHub hub;

    @Override
    public HealthCheckResponse call() {
        return HealthCheckResponse.named("events").up()
                .withData("listener", hub.listening() ? "connected" : "reconnecting")
                .withData("streams", hub.openStreams())
                .build();
    }
}
