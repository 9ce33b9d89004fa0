package vn.ansinh;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;

@SpringBootApplication
public class AnsinhApplication {
    public static void main(String[] args) {
        SpringApplication.run(AnsinhApplication.class, args);
    }
}
