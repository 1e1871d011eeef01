package nl.samenboek.app;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;

/** samenboek: start with {@code make run}. Without configuration it runs on embedded PostgreSQL and an embedded Mongo-compatible store under {@code SAMENBOEK_DATA_DIR}. */
@SpringBootApplication(scanBasePackages = "nl.samenboek")
public class SamenboekApplication {

    public static void main(String[] args) {
        SpringApplication.run(SamenboekApplication.class, args);
    }
}
