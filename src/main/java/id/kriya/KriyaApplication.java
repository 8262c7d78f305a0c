package id.kriya;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;

@SpringBootApplication
public class KriyaApplication {

    public static void main(String[] args) {
        SpringApplication.run(KriyaApplication.class, args);
    }
}
