package vn.lienthong.axis;

import java.util.Arrays;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;
import vn.lienthong.axis.cli.AxisCli;

/**
 * Trục liên thông văn bản (LienThong Axis). Without arguments, or with Spring options, starts the
 * server; {@code package <command>} and {@code keys <command>} run the command line instead.
 */
@SpringBootApplication
@ConfigurationPropertiesScan
public class AxisApplication {

    public static void main(String[] args) {
        if (args.length > 0 && AxisCli.handles(args[0])) {
            int exit = AxisCli.run(Arrays.asList(args), System.out, System.err);
            System.exit(exit);
        }
        SpringApplication.run(AxisApplication.class, args);
    }
}
