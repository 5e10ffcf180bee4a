package com.momentumlab.rooms;

import java.util.Map;
import org.springframework.boot.EnvironmentPostProcessor;
import org.springframework.boot.SpringApplication;
import org.springframework.core.env.ConfigurableEnvironment;
import org.springframework.core.env.MapPropertySource;
import org.springframework.util.StringUtils;

/**
 * {@code momentumlab.rooms.redis-url} (the {@code MOMENTUMLAB_ROOMS_REDIS_URL} variable) is our short name for
 * Spring's {@code spring.data.redis.url}, which still wins when both are set. Unset, rooms stay in memory.
 */
class RoomsRedisUrl implements EnvironmentPostProcessor {

    static final String PROPERTY = "momentumlab.rooms.redis-url";

    @Override
    public void postProcessEnvironment(ConfigurableEnvironment environment, SpringApplication application) {
        String url = environment.getProperty(PROPERTY);
        if (StringUtils.hasText(url)) {
            environment.getPropertySources().addLast(
                    new MapPropertySource(PROPERTY, Map.of("spring.data.redis.url", url)));
        }
    }
}
