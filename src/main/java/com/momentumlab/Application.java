package com.momentumlab;

import com.vaadin.flow.component.page.AppShellConfigurator;
import com.vaadin.flow.component.page.ColorScheme;
import com.vaadin.flow.component.page.Push;
import com.vaadin.flow.theme.Theme;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;

/** Entry point; also the Vaadin app shell, which is where {@code @Push} and the colour scheme must live. */
@SpringBootApplication
@Push
@ColorScheme(ColorScheme.Value.LIGHT_DARK) // light or dark as the system is set
@Theme("momentum-lab")
public class Application implements AppShellConfigurator {

    public static void main(String[] args) {
        SpringApplication.run(Application.class, args);
    }
}
