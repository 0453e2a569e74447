package nl.heerlen.energiemonitor;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;

@SpringBootApplication
public class EnergiemonitorApplication {
    public static void main(String[] args) {
        SpringApplication.run(EnergiemonitorApplication.class, args);
    }
}
